package org.istraga.samples;

/**
 * The DejaVu font faces the sample documents are set in. DejaVu covers Serbian Cyrillic and
 * Latin with diacritics and is installed on most Linux systems (Debian: fonts-dejavu-core).
 */
enum Face {
  SERIF("DejaVuSerif.ttf"),
  SERIF_BOLD("DejaVuSerif-Bold.ttf"),
  SANS("DejaVuSans.ttf"),
  SANS_BOLD("DejaVuSans-Bold.ttf");

  private final String fileName;

  Face(String fileName) {
    this.fileName = fileName;
  }

  /** The TrueType file name inside the DejaVu font directory. */
  String fileName() {
    return fileName;
  }
}
