package org.istraga.document;

import java.util.Locale;

/** How a document came to be in the case. */
public enum DocumentKind {
  /** A regular file found under an evidence root. */
  FILE,
  /** A child extracted from a container (archive entry, attachment, embedded object). */
  EMBEDDED,
  /** An earlier revision of a PDF that was saved with incremental updates. */
  REVISION;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DocumentKind fromLabel(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
