package org.istraga;

import java.util.Objects;

/**
 * A failure that a user can act on: it carries a one-line message that names the bad value and
 * what to do, and a {@link Kind} that the command line maps to a documented exit code.
 *
 * <p>Capability packages throw this instead of printing; only the CLI turns it into output and
 * an exit code. The cause, when there is one, is kept for the stack traces printed with
 * {@code ISTRAGA_DEBUG=1} and is never swallowed.
 */
public class IstragaException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of failure this is; each kind has one stable exit code (see docs/exit-codes.md). */
  public enum Kind {
    /** A check ran and found something that does not hold (verification failed). */
    CHECK_FAILED,
    /** Bad arguments, options or query syntax. */
    USAGE,
    /** A named case, file, document id or page does not exist. */
    NOT_FOUND,
    /** Another process holds the case for writing. */
    BUSY,
    /** The case was written by an incompatible version or schema. */
    INCOMPATIBLE,
    /** Reading or writing failed: permissions, read-only disk, disk full. */
    IO,
    /** A bug: something that should not happen. */
    INTERNAL
  }

  private final Kind kind;

  public IstragaException(Kind kind, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind);
  }

  public IstragaException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind);
  }

  public Kind kind() {
    return kind;
  }

  public static IstragaException usage(String message) {
    return new IstragaException(Kind.USAGE, message);
  }

  public static IstragaException notFound(String message) {
    return new IstragaException(Kind.NOT_FOUND, message);
  }

  public static IstragaException io(String message, Throwable cause) {
    return new IstragaException(Kind.IO, message, cause);
  }
}
