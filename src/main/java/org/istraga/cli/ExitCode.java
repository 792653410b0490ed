package org.istraga.cli;

import org.istraga.IstragaException;

/**
 * The documented exit codes of every {@code istraga} command (README.md, "Exit codes"; also the footer of {@code istraga --help}).
 *
 * <p>They are stable: scripts may rely on them. A command that completed its work exits 0 even
 * when some files got failure statuses during ingest; those are reported, not fatal.
 */
public final class ExitCode {
  /** The command did what was asked. */
  public static final int OK = 0;
  /** A verification ran and found something that does not hold. */
  public static final int CHECK_FAILED = 1;
  /** Bad options, arguments or query syntax. */
  public static final int USAGE = 2;
  /** A named case, path, document id or page does not exist. */
  public static final int NOT_FOUND = 3;
  /** Another process is writing to the case. */
  public static final int BUSY = 4;
  /** The case was written by an incompatible version of Istraga. */
  public static final int INCOMPATIBLE = 5;
  /** An I/O failure: permission denied, read-only file system, disk full. */
  public static final int IO = 6;
  /** An unexpected internal error (a bug; rerun with ISTRAGA_DEBUG=1 and report it). */
  public static final int INTERNAL = 70;
  /** Interrupted by the user (Ctrl-C); a rerun resumes. */
  public static final int INTERRUPTED = 130;

  private ExitCode() {}

  /** Maps a failure kind to its exit code. */
  public static int of(IstragaException.Kind kind) {
    switch (kind) {
      case CHECK_FAILED:
        return CHECK_FAILED;
      case USAGE:
        return USAGE;
      case NOT_FOUND:
        return NOT_FOUND;
      case BUSY:
        return BUSY;
      case INCOMPATIBLE:
        return INCOMPATIBLE;
      case IO:
        return IO;
      case INTERNAL:
      default:
        return INTERNAL;
    }
  }
}
