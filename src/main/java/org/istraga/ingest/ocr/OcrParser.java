package org.istraga.ingest.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.istraga.cases.Scratch;

/**
 * The Tika parser of the forked OCR worker: for the pages named in the {@link OcrRequest} of the
 * parse context, it makes each page image ({@link PdfPageImages}; image files are read as they
 * are unless transparent or askew, {@link ImageFileImage}),
 * runs Tesseract on them ({@link TesseractRunner}) and writes one
 * {@code <div class="page">} per page, which the worker's metadata filter turns into text and
 * page offsets.
 *
 * <p>Metadata it reports, read back by the ingest: {@link #PAGES} (the page number of each page
 * division, in order), {@link #FAILED} (one {@code page: reason} per page without text),
 * {@link #METHODS} (one {@code page:method} per page, {@code +reused} when the same image was read
 * earlier in the run, {@code +osd} when the page read as gibberish and was read again with
 * orientation detection) and timings.
 *
 * <p>Configured in the worker's generated tika-config.xml; never used in the main process.
 */
public class OcrParser implements Parser {

  private static final long serialVersionUID = 1L;

  /** Comma-separated page numbers of the page divisions, in output order. */
  public static final String PAGES = "istraga:ocr_pages";
  /** One value per page without text: {@code <page>: <reason>}. */
  public static final String FAILED = "istraga:ocr_failed";
  /** One value per page with an image: {@code <page>:<method>} (see {@link PageImage#method()}). */
  public static final String METHODS = "istraga:ocr_methods";
  /** Milliseconds spent making page images. */
  public static final String IMAGE_MILLIS = "istraga:ocr_image_ms";
  /** Milliseconds spent in Tesseract. */
  public static final String TESSERACT_MILLIS = "istraga:ocr_tesseract_ms";
  /** Number of Tesseract processes run. */
  public static final String TESSERACT_RUNS = "istraga:ocr_tesseract_runs";
  /** Number of pages whose image had already been read in this run (text reused). */
  public static final String REUSED = "istraga:ocr_reused";

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return Collections.singleton(OcrDetector.OCR_INPUT);
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    OcrRequest req = context.get(OcrRequest.class);
    if (req == null) {
      throw new TikaException("no OCR request in the parse context");
    }
    TikaInputStream tis = TikaInputStream.get(stream);
    Path file = tis.getPath();
    Path work = Files.createDirectories(Paths.get(req.workDir())).resolve(req.taskId());
    Files.createDirectories(work);
    try {
      List<Integer> pages = new ArrayList<>();
      List<TesseractRunner.Text> texts;
      TesseractRunner tesseract = new TesseractRunner(req.tesseract(), req.languages(), req.pageTimeoutMillis(), work,
          req.textCacheDir() == null ? null : new PageTextCache(Paths.get(req.textCacheDir())));
      long t0 = System.nanoTime();
      long t1;
      if (OcrRequest.PDF.equals(req.kind())) {
        List<PageImage> images = pdfImages(file, req, work);
        t1 = System.nanoTime();
        List<PageImage> ok = new ArrayList<>();
        for (PageImage p : images) {
          if (p.ok()) {
            ok.add(p);
          }
        }
        keep(req, ok);
        List<TesseractRunner.Text> okTexts = tesseract.pages(ok);
        texts = new ArrayList<>();
        int k = 0;
        for (PageImage p : images) {
          pages.add(p.page());
          if (p.ok()) {
            TesseractRunner.Text t = okTexts.get(k++);
            texts.add(t);
            metadata.add(METHODS, p.page() + ":" + p.method() + suffix(t));
          } else {
            texts.add(new TesseractRunner.Text(null, p.error()));
          }
        }
      } else {
        String format = ImageSignature.of(file);
        PageImage prepared = format == null ? null : ImageFileImage.prepare(file, format, work);
        t1 = System.nanoTime();
        if (prepared != null) {
          keep(req, List.of(prepared));
          texts = tesseract.pages(List.of(prepared));
          pages.add(1);
          metadata.add(METHODS, "1:" + prepared.method() + suffix(texts.get(0)));
        } else {
          texts = tesseract.frames(file);
          for (int i = 1; i <= texts.size(); i++) {
            pages.add(i);
            metadata.add(METHODS, i + ":image" + suffix(texts.get(i - 1)));
          }
        }
      }
      long t2 = System.nanoTime();
      metadata.set(IMAGE_MILLIS, Long.toString((t1 - t0) / 1_000_000));
      metadata.set(TESSERACT_MILLIS, Long.toString((t2 - t1) / 1_000_000));
      metadata.set(TESSERACT_RUNS, Integer.toString(tesseract.runs()));
      metadata.set(REUSED, Integer.toString(tesseract.reused()));
      write(handler, metadata, pages, texts);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TikaException("OCR interrupted", e);
    } finally {
      Scratch.delete(work); // scratch space; the next run of the stage clears the folder
    }
  }

  /** Method suffix for how Tesseract's text was obtained. */
  private static String suffix(TesseractRunner.Text t) {
    return (t.turned() ? TURNED : "") + (t.reused() ? "+reused" : "");
  }

  /** Method suffix of a page read again with orientation detection ({@link TesseractRunner}). */
  static final String TURNED = "+osd";

  private static List<PageImage> pdfImages(Path file, OcrRequest req, Path work) throws IOException {
    List<PageImage> images = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
        IOUtils.createTempFileOnlyStreamCache())) {
      PdfPageImages maker = new PdfPageImages(doc, work, req.renderDpi());
      for (int p : req.pages()) {
        images.add(maker.image(p));
      }
    }
    return images;
  }

  private static void write(ContentHandler handler, Metadata metadata, List<Integer> pages,
      List<TesseractRunner.Text> texts) throws SAXException {
    XHTMLContentHandler x = new XHTMLContentHandler(handler, metadata);
    x.startDocument();
    StringBuilder order = new StringBuilder();
    for (int i = 0; i < pages.size(); i++) {
      TesseractRunner.Text t = texts.get(i);
      order.append(i == 0 ? "" : ",").append(pages.get(i));
      x.startElement("div", "class", "page");
      if (t.ok()) {
        x.characters(t.text().strip());
      } else {
        metadata.add(FAILED, pages.get(i) + ": " + t.error());
      }
      x.endElement("div");
    }
    x.endDocument();
    metadata.set(PAGES, order.toString());
  }

  /** Copies the images Tesseract reads to the keep folder, named with task, page and dpi. */
  private static void keep(OcrRequest req, List<PageImage> images) throws IOException {
    if (req.keepImagesDir() == null) {
      return;
    }
    Path dir = Files.createDirectories(Paths.get(req.keepImagesDir()));
    for (PageImage p : images) {
      String name = p.file().getFileName().toString();
      String ext = name.substring(name.lastIndexOf('.') + 1);
      Files.copy(p.file(), dir.resolve(req.taskId() + "-p" + p.page() + "-" + p.dpi() + "dpi." + ext),
          StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
