package org.istraga.ingest.ocr;

import java.io.Serializable;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * What one call of the forked OCR worker must do: which pages of which kind of document, with
 * which Tesseract and languages. It travels to the forked process inside Tika's
 * {@code ParseContext} (Java serialization), where {@link OcrParser} reads it.
 *
 * @param kind {@link #PDF} or {@link #IMAGE}
 * @param pages 1-based PDF pages to OCR, in order; ignored for images (every frame is read)
 * @param languages Tesseract languages, e.g. {@code srp+srp_latn+eng}
 * @param tesseract absolute path of the tesseract binary
 * @param renderDpi resolution at which pages without a usable page image are rendered
 * @param pageTimeoutMillis time one page may take in Tesseract before it is killed
 * @param workDir scratch folder for page images (one subfolder per call, deleted afterwards)
 * @param keepImagesDir when not null, page images handed to Tesseract are kept there (for
 *     benchmarks and debugging), named {@code <taskId>-p<page>.<ext>} with a {@code .dpi} file
 *     beside each
 * @param taskId a token naming this call (letters, digits, '-', '_')
 */
public record OcrRequest(
    String kind,
    int[] pages,
    String languages,
    String tesseract,
    int renderDpi,
    long pageTimeoutMillis,
    String workDir,
    String keepImagesDir,
    String taskId) implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String PDF = "pdf";
  public static final String IMAGE = "image";

  /** Tesseract language lists: codes such as {@code srp_latn} joined by '+'. */
  static final Pattern LANGUAGES = Pattern.compile("[A-Za-z0-9_]+(\\+[A-Za-z0-9_]+)*");
  private static final Pattern TASK = Pattern.compile("[A-Za-z0-9_-]{1,100}");

  public OcrRequest {
    if (!PDF.equals(kind) && !IMAGE.equals(kind)) {
      throw new IllegalArgumentException("unknown OCR kind: " + kind);
    }
    if (!LANGUAGES.matcher(languages).matches()) {
      throw new IllegalArgumentException("bad Tesseract language list: " + languages);
    }
    if (!TASK.matcher(taskId).matches()) {
      throw new IllegalArgumentException("bad task id: " + taskId);
    }
    pages = pages.clone();
  }

  @Override
  public String toString() {
    return "OcrRequest[" + kind + " pages " + Arrays.toString(pages) + ", " + languages + "]";
  }
}
