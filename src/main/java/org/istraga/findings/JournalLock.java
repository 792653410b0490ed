package org.istraga.findings;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import org.istraga.IstragaException;

/**
 * The findings journal's own writer lock: an OS file lock on {@code findings.lock} beside the
 * journal, plus an in-process lock so that threads of one JVM take turns too (the OS lock is held
 * per process). It is independent of the case's write lock, so tagging works while an ingest runs.
 *
 * <p>{@link #acquire} waits: journal writes are short (one batch of lines and an fsync). The OS lock
 * is released when the process dies, even by SIGKILL.
 */
final class JournalLock implements AutoCloseable {

  /** One in-process lock per lock file; entries are tiny and never removed. */
  private static final ConcurrentMap<Path, ReentrantLock> LOCAL = new ConcurrentHashMap<>();

  private final ReentrantLock local;
  private final FileChannel channel;
  private final FileLock lock;

  private JournalLock(ReentrantLock local, FileChannel channel, FileLock lock) {
    this.local = local;
    this.channel = channel;
    this.lock = lock;
  }

  /** Waits for and takes the lock on {@code lockFile}. */
  static JournalLock acquire(Path lockFile) {
    Path key = lockFile.toAbsolutePath().normalize();
    ReentrantLock local = LOCAL.computeIfAbsent(key, k -> new ReentrantLock());
    local.lock();
    FileChannel ch = null;
    try {
      ch = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock l = ch.lock();
      return new JournalLock(local, ch, l);
    } catch (IOException | RuntimeException e) {
      if (ch != null) {
        try {
          ch.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      local.unlock();
      if (e instanceof IOException) {
        throw IstragaException.io("cannot lock the findings journal (" + key + "): " + e.getMessage()
            + "; check that the case folder is writable", e);
      }
      throw (RuntimeException) e;
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw IstragaException.io("cannot release the findings journal lock: " + e.getMessage(), e);
    } finally {
      local.unlock();
    }
  }
}
