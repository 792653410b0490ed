package org.istraga.cases;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.istraga.IstragaException;

/**
 * The exclusive write lock of a case: at most one process ingests, tags or re-indexes a case at a
 * time. Readers (search, show, export) never take it and keep working while a writer runs.
 *
 * <p>It is an OS file lock on {@code write.lock}, so it is released when the process dies, even by
 * SIGKILL: a crashed ingest never leaves a case locked.
 */
public final class CaseLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private CaseLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the write lock or fails at once.
   *
   * @param command what the caller is about to do, for the holder note and the error message
   * @throws IstragaException BUSY when another process holds the lock
   */
  public static CaseLock acquire(CaseLayout layout, String command) {
    return acquire(layout, command, "wait for it to finish (search and show work meanwhile)");
  }

  /**
   * Takes the write lock or fails at once, telling the user {@code whenBusy} (what to do) when
   * another process holds it.
   *
   * @throws IstragaException BUSY when another process holds the lock
   */
  public static CaseLock acquire(CaseLayout layout, String command, String whenBusy) {
    Path file = layout.writeLock();
    FileChannel ch = null;
    try {
      ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
      FileLock l;
      try {
        l = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        l = null;
      }
      if (l == null) {
        String holder = readHolder(file);
        ch.close();
        throw new IstragaException(
            IstragaException.Kind.BUSY,
            "case " + layout.root() + " is being written by another process" + holder + "; " + whenBusy);
      }
      String note = "pid " + ProcessHandle.current().pid() + " (" + command + ")\n";
      ch.truncate(0);
      ch.write(java.nio.ByteBuffer.wrap(note.getBytes(StandardCharsets.UTF_8)), 0);
      return new CaseLock(ch, l);
    } catch (IOException e) {
      if (ch != null) {
        try {
          ch.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw IstragaException.io("cannot lock case " + layout.root() + ": " + e.getMessage()
          + "; check that the case folder is writable", e);
    }
  }

  private static String readHolder(Path file) {
    try {
      String s = Files.readString(file, StandardCharsets.UTF_8).trim();
      return s.isEmpty() ? "" : " (" + s + ")";
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
