package org.istraga.document;

import java.util.Locale;

/**
 * The outcome of extracting one file or embedded child: one value from a small, documented set.
 *
 * <p>Each status has a stable kebab-case {@link #label()} (used in JSON, queries such as
 * {@code status:encrypted}, and facets) and a stable numeric {@link #code()} whose tens digit is
 * its {@link Category}. Codes and labels never change meaning once released; new statuses get new
 * codes. "No content" is a recorded reason ({@link #EMPTY} with a reason string), not a failure.
 */
public enum ExtractionStatus {
  /** Text and metadata were extracted. */
  OK("ok", 0, Category.SUCCESS),
  /** Parsed without error but no text: zero bytes, blank pages, an image awaiting OCR... */
  EMPTY("empty", 10, Category.NO_CONTENT),
  /** No parser reads this format; the file is hashed, stored and indexed by its metadata. */
  UNSUPPORTED("unsupported", 20, Category.NO_CONTENT),
  /** Encrypted or password-protected and no supplied password opened it. */
  ENCRYPTED("encrypted", 30, Category.NEEDS_INPUT),
  /** Larger than the configured size limit; hashed and recorded, not parsed. */
  TOO_LARGE("too-large", 40, Category.OVER_LIMIT),
  /** Nested deeper than the configured embedding depth; recorded, not unpacked further. */
  TOO_DEEP("too-deep", 41, Category.OVER_LIMIT),
  /** Unpacking stopped: compression ratio or expanded size marks an archive bomb. */
  BOMB("bomb", 42, Category.OVER_LIMIT),
  /** The parser did not finish within the per-file timeout; partial output, if any, kept. */
  TIMEOUT("timeout", 43, Category.OVER_LIMIT),
  /** More embedded children than the configured limit; the rest were not unpacked. */
  TOO_MANY_CHILDREN("too-many-children", 44, Category.OVER_LIMIT),
  /** Truncated or damaged; whatever text could be recovered is kept. */
  CORRUPT_PARTIAL("corrupt-partial", 50, Category.DAMAGED),
  /** Damaged beyond recovery: nothing could be extracted. */
  CORRUPT("corrupt", 51, Category.DAMAGED),
  /** The parser process crashed (native crash, stack overflow, killed). */
  CRASHED("crashed", 60, Category.PARSER_FAILURE),
  /** The parser ran out of memory on this file. */
  OUT_OF_MEMORY("out-of-memory", 61, Category.PARSER_FAILURE),
  /** The file could not be read (permissions, I/O error). */
  UNREADABLE("unreadable", 70, Category.UNREADABLE),
  /** The file disappeared between being listed and being read. */
  VANISHED("vanished", 71, Category.UNREADABLE),
  /** The file changed while it was being read; it is retried on the next run. */
  CHANGED("changed", 72, Category.UNREADABLE);

  /** What a caller should do about a status. */
  public enum Category {
    /** Nothing to do. */
    SUCCESS,
    /** Nothing to do; the reason explains why there is no text. */
    NO_CONTENT,
    /** Supply input (a password list) and rerun. */
    NEEDS_INPUT,
    /** A configured limit stopped the work; raise the limit and rerun to go further. */
    OVER_LIMIT,
    /** The file itself is broken; partial text is kept where possible. */
    DAMAGED,
    /** The parser failed; rerun with more memory or report the file. */
    PARSER_FAILURE,
    /** The file could not be read; fix access or restore it and rerun. */
    UNREADABLE;

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final String label;
  private final int code;
  private final Category category;

  ExtractionStatus(String label, int code, Category category) {
    this.label = label;
    this.code = code;
    this.category = category;
  }

  public String label() {
    return label;
  }

  public int code() {
    return code;
  }

  public Category category() {
    return category;
  }

  /** True when the status is a failure to report (anything but success and no-content). */
  public boolean isFailure() {
    return category != Category.SUCCESS && category != Category.NO_CONTENT;
  }

  /** True when a later run should try this file again without being told to. */
  public boolean isRetriedAutomatically() {
    return this == CHANGED || this == VANISHED || this == UNREADABLE;
  }

  /**
   * Looks a status up by its label.
   *
   * @throws IllegalArgumentException naming the bad label and the valid ones
   */
  public static ExtractionStatus fromLabel(String label) {
    for (ExtractionStatus s : values()) {
      if (s.label.equals(label)) {
        return s;
      }
    }
    StringBuilder valid = new StringBuilder();
    for (ExtractionStatus s : values()) {
      valid.append(valid.length() == 0 ? "" : ", ").append(s.label);
    }
    throw new IllegalArgumentException(
        "unknown status '" + label + "'; valid statuses are: " + valid);
  }
}
