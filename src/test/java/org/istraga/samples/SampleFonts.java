package org.istraga.samples;

import java.awt.geom.GeneralPath;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.istraga.IstragaException;

/**
 * The DejaVu TrueType files the generator sets text in, parsed once with FontBox. It gives
 * advance widths for line breaking and glyph outlines for the raster "scan", both straight from
 * the font file, so layout and rendering never depend on the JDK's font rasterizer or on fonts
 * the operating system happens to substitute.
 *
 * <p>The directory is {@value #DEFAULT_DIR} unless the system property {@value #DIR_PROPERTY}
 * names another. A missing file fails at once with a message saying what to install.
 *
 * <p>Not thread-safe (FontBox tables load lazily); one instance per generator run. Close it to
 * release the files.
 */
final class SampleFonts implements Closeable {

  static final String DIR_PROPERTY = "istraga.samples.fonts";
  static final String DEFAULT_DIR = "/usr/share/fonts/truetype/dejavu";

  private final Path dir;
  private final Map<Face, TrueTypeFont> fonts = new EnumMap<>(Face.class);
  private final Map<Face, CmapLookup> cmaps = new EnumMap<>(Face.class);

  private SampleFonts(Path dir) {
    this.dir = dir;
  }

  /**
   * Opens the DejaVu directory named by {@value #DIR_PROPERTY} (default {@value #DEFAULT_DIR});
   * fails with an actionable message if a face is missing.
   */
  static SampleFonts open() {
    return open(Paths.get(System.getProperty(DIR_PROPERTY, DEFAULT_DIR)));
  }

  /** Opens the DejaVu fonts in {@code dir}; fails with an actionable message if one is missing. */
  static SampleFonts open(Path dir) {
    SampleFonts result = new SampleFonts(dir);
    for (Face face : Face.values()) {
      Path file = dir.resolve(face.fileName());
      if (!Files.isRegularFile(file)) {
        throw IstragaException.notFound(
            "font " + file + " not found; install DejaVu (apt-get install fonts-dejavu-core) "
                + "or set -D" + DIR_PROPERTY + "=<directory with " + face.fileName() + ">");
      }
    }
    return result;
  }

  /** The TrueType file of {@code face}. */
  Path file(Face face) {
    return dir.resolve(face.fileName());
  }

  /** Width of {@code text} in points when set in {@code face} at {@code size} points. */
  float width(Face face, float size, String text) throws IOException {
    TrueTypeFont ttf = font(face);
    float units = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      units += ttf.getAdvanceWidth(glyphId(face, cp));
      i += Character.charCount(cp);
    }
    return units * size / ttf.getUnitsPerEm();
  }

  /** The glyph id of {@code codePoint}; fails if the face has no glyph for it. */
  int glyphId(Face face, int codePoint) throws IOException {
    font(face);
    int gid = cmaps.get(face).getGlyphId(codePoint);
    if (gid == 0) {
      throw new IllegalArgumentException(
          String.format("%s has no glyph for U+%04X '%s'", face.fileName(), codePoint,
              new String(Character.toChars(codePoint))));
    }
    return gid;
  }

  /** Advance width of a glyph in font units. */
  int advance(Face face, int gid) throws IOException {
    return font(face).getAdvanceWidth(gid);
  }

  /** Units per em of {@code face}. */
  int unitsPerEm(Face face) throws IOException {
    return font(face).getUnitsPerEm();
  }

  /** The outline of a glyph in font units (y up), or an empty path for blank glyphs. */
  GeneralPath outline(Face face, int gid) throws IOException {
    GlyphData data = font(face).getGlyph().getGlyph(gid);
    return data == null ? new GeneralPath() : data.getPath();
  }

  private TrueTypeFont font(Face face) throws IOException {
    TrueTypeFont ttf = fonts.get(face);
    if (ttf == null) {
      ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file(face).toFile()));
      fonts.put(face, ttf);
      cmaps.put(face, ttf.getUnicodeCmapLookup());
    }
    return ttf;
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (TrueTypeFont ttf : fonts.values()) {
      try {
        ttf.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    fonts.clear();
    cmaps.clear();
    if (first != null) {
      throw first;
    }
  }
}
