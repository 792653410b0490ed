package org.istraga.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.istraga.IstragaException;

/**
 * Reads a bag as a set of files by bag-relative path, from a folder or from a ZIP with one
 * top-level folder. Nothing is extracted to disk, and nothing outside the bag is read: a symbolic
 * link in a folder bag is listed (so the verifier reports it) but never followed, whether it names
 * a file or a folder on the way to one. Not thread-safe.
 */
abstract class BagReader implements Closeable {

  private final List<String> files;

  /** @param files the bag-relative paths of its files, in any order (duplicates removed) */
  private BagReader(List<String> files) {
    this.files = List.copyOf(new TreeSet<>(files));
  }

  /** Every file in the bag, sorted by path. */
  final List<String> files() {
    return files;
  }

  /** Opens a file; null when it does not exist. */
  abstract InputStream open(String path) throws IOException;

  /** Reads a whole (small) file; null when it does not exist. */
  byte[] read(String path) throws IOException {
    try (InputStream in = open(path)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  static BagReader open(Path bag) throws IOException {
    if (Files.isDirectory(bag)) {
      return folder(bag.toRealPath());
    }
    if (Files.isRegularFile(bag)) {
      return zip(bag);
    }
    throw IstragaException.notFound("bundle " + bag + " does not exist");
  }

  private static BagReader folder(Path root) throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        // a symbolic link is listed, so the verifier reports it; open() never follows it
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p)) {
          files.add(root.relativize(p).toString().replace('\\', '/'));
        }
      }
    }
    return new BagReader(files) {
      @Override
      InputStream open(String path) throws IOException {
        Path p = root.resolve(path).normalize();
        if (!p.startsWith(root) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          return null;
        }
        // a symbolic link to a folder (data/documents/x -> /elsewhere) would lead outside the bag
        for (Path q = p.getParent(); q != null && !q.equals(root); q = q.getParent()) {
          if (Files.isSymbolicLink(q)) {
            return null;
          }
        }
        return Files.newInputStream(p);
      }

      @Override
      public void close() {
        // nothing held open
      }
    };
  }

  private static BagReader zip(Path file) throws IOException {
    ZipFile z;
    try {
      z = new ZipFile(file.toFile(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.util.zip.ZipException e) {
      throw new IstragaException(IstragaException.Kind.CHECK_FAILED, file + " is neither a bag folder nor a readable ZIP: "
          + e.getMessage(), e);
    }
    String prefix = null;
    List<String> files = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
      ZipEntry e = en.nextElement();
      if (e.isDirectory()) {
        continue;
      }
      String name = e.getName();
      int slash = name.indexOf('/');
      String top = slash < 0 ? "" : name.substring(0, slash + 1);
      if (prefix == null) {
        prefix = top;
      }
      if (!top.equals(prefix) || top.isEmpty()) {
        z.close();
        throw new IstragaException(IstragaException.Kind.CHECK_FAILED, file + ": a serialized bag must hold exactly one "
            + "top-level folder (found '" + name + "')");
      }
      if (!names.add(name)) {
        z.close();
        // an unzip tool writes the last of two same-named entries, a reader may check the first:
        // which bytes the bag holds would depend on the tool
        throw new IstragaException(IstragaException.Kind.CHECK_FAILED, file + ": holds two entries named '" + name
            + "'; a bag's files must be unambiguous, so this ZIP is not a bundle Istraga wrote");
      }
      files.add(name.substring(prefix.length()));
    }
    String p = prefix == null ? "" : prefix;
    return new BagReader(files) {
      @Override
      InputStream open(String path) throws IOException {
        ZipEntry e = z.getEntry(p + path);
        return e == null ? null : z.getInputStream(e);
      }

      @Override
      public void close() throws IOException {
        z.close();
      }
    };
  }
}
