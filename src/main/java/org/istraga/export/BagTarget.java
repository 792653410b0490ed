package org.istraga.export;

import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Where a bag's files go: a folder, or a ZIP archive holding one top-level folder (the bag's
 * name), as RFC 8493 section 4 asks of serialized bags. Files are written one after the other.
 */
interface BagTarget extends Closeable {

  /** Opens the file at a bag-relative path (with {@code /} separators); close it before the next. */
  OutputStream open(String relPath) throws IOException;

  /** A bag written into a folder; every file is fsynced when closed. */
  static BagTarget folder(Path root) {
    return new BagTarget() {
      @Override
      public OutputStream open(String relPath) throws IOException {
        Path p = root.resolve(relPath).normalize();
        if (!p.startsWith(root)) {
          throw new IOException("bag path escapes the bag: " + relPath);
        }
        Files.createDirectories(p.getParent());
        FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new FilterOutputStream(Channels.newOutputStream(ch)) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            flush();
            ch.force(true);
            super.close();
          }
        };
      }

      @Override
      public void close() {
        // nothing held open
      }
    };
  }

  /** A bag written as a ZIP with one top-level folder {@code bagName}. */
  static BagTarget zip(OutputStream out, String bagName) {
    ZipOutputStream z = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8);
    return new BagTarget() {
      @Override
      public OutputStream open(String relPath) throws IOException {
        ZipEntry e = new ZipEntry(bagName + "/" + relPath);
        e.setTime(System.currentTimeMillis());
        z.putNextEntry(e);
        return new FilterOutputStream(z) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            z.closeEntry();
          }
        };
      }

      @Override
      public void close() throws IOException {
        z.finish();
        z.flush();
      }
    };
  }
}
