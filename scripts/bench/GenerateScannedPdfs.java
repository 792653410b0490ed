import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Generates image-only ("scanned") PDFs for the OCR benchmark, reproducibly, from pages of real
 * text PDFs of the shared corpus (Serbian Cyrillic and Latin, English): each page is rendered in
 * grayscale at 300 dpi and stored as a scanner would, cycling through the encodings scanners use:
 * JPEG, CCITT Group 4 (two-tone) and Flate (lossless gray); every fourth page is stored turned a
 * quarter on a landscape page and shown upright with /Rotate 90, as some scanners do.
 *
 * <p>Run from the project root (Java 17 single-file program, PDFBox from target/lib):
 * <pre>java -cp 'target/lib/*' scripts/bench/GenerateScannedPdfs.java CORPUS OUT PAGES SEED</pre>
 * Writes OUT/scan-NN.pdf (3 pages each, the last one fewer) and OUT.tsv (file, pages, encodings).
 */
public class GenerateScannedPdfs {

  static final String[] SOURCES = {
    "i_serbian/crta_government_docs/Zakon_o_slobodnom_pristupu_info.pdf",
    "i_serbian/crta_government_docs/Nacrt-zakona-o-racunovodstvu.pdf",
    "i_serbian/crta_government_docs/2711-12Lat.pdf",
    "i_serbian/crta_government_docs/Zakon_o_finansiranju_politickih_stranaka.pdf",
    "a_text_pdf/safety_contract_MS.pdf",
    "a_text_pdf/03.pdf",
    "a_text_pdf/multicolumn.pdf",
    "a_text_pdf/pdflatex-4-pages.pdf",
  };

  public static void main(String[] args) throws IOException {
    Path corpus = Paths.get(args[0]);
    Path out = Paths.get(args[1]);
    int pages = Integer.parseInt(args[2]);
    long seed = Long.parseLong(args[3]);
    Random rnd = new Random(seed);
    Files.createDirectories(out);
    List<BufferedImage> rendered = new ArrayList<>();
    for (int i = 0; i < pages; i++) {
      String src = SOURCES[i % SOURCES.length];
      try (PDDocument d = Loader.loadPDF(corpus.resolve(src).toFile())) {
        int page = rnd.nextInt(d.getNumberOfPages());
        rendered.add(new PDFRenderer(d).renderImageWithDPI(page, 300, ImageType.GRAY));
      }
    }
    Path list = out.resolveSibling(out.getFileName() + ".tsv");
    try (PrintWriter manifest = new PrintWriter(Files.newBufferedWriter(list, StandardCharsets.UTF_8))) {
      int n = 0;
      for (int start = 0; start < pages; start += 3) {
        n++;
        Path f = out.resolve(String.format("scan-%02d.pdf", n));
        StringBuilder kinds = new StringBuilder();
        try (PDDocument doc = new PDDocument()) {
          for (int i = start; i < Math.min(pages, start + 3); i++) {
            kinds.append(kinds.length() == 0 ? "" : ",").append(addPage(doc, rendered.get(i), i));
          }
          Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
          c.clear();
          c.set(2019, Calendar.AUGUST, 14, 12, 0, 0);
          doc.getDocumentInformation().setCreationDate(c);
          doc.getDocumentInformation().setProducer("Istraga scripts/bench/GenerateScannedPdfs");
          byte[] id = String.format("istraga-scan-%d-%02d", seed, n).getBytes(StandardCharsets.US_ASCII);
          COSArray ids = new COSArray();
          ids.add(new COSString(id));
          ids.add(new COSString(id));
          doc.getDocument().getTrailer().setItem(COSName.ID, ids);
          doc.save(f.toFile());
        }
        manifest.printf("%s\t%d\t%s%n", f.getFileName(), Math.min(pages, start + 3) - start, kinds);
      }
    }
  }

  /** Adds one scanned page; returns how its image is encoded. */
  static String addPage(PDDocument doc, BufferedImage gray, int i) throws IOException {
    boolean turned = i % 4 == 3;
    BufferedImage img = turned ? turn(gray) : gray;
    PDImageXObject x;
    String kind;
    switch (i % 3) {
      case 0:
        x = JPEGFactory.createFromByteArray(doc, jpeg(img, 0.8f));
        kind = "jpeg";
        break;
      case 1:
        x = CCITTFactory.createFromImage(doc, binarize(img));
        kind = "ccitt";
        break;
      default:
        x = LosslessFactory.createFromImage(doc, img);
        kind = "flate";
    }
    float w = gray.getWidth() * 72f / 300;
    float h = gray.getHeight() * 72f / 300;
    PDPage page = new PDPage(new PDRectangle(w, h));
    doc.addPage(page);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      if (turned) {
        // stored turned a quarter counter-clockwise on a landscape page that viewers turn 90
        // degrees clockwise: shown upright, as some scanners write portrait pages
        page.setMediaBox(new PDRectangle(h, w));
        page.setRotation(90);
        cs.drawImage(x, 0, 0, h, w);
      } else {
        cs.drawImage(x, 0, 0, w, h);
      }
    }
    return kind + (turned ? "+rotate90" : "");
  }

  /** The image turned a quarter counter-clockwise. */
  static BufferedImage turn(BufferedImage src) {
    BufferedImage out = new BufferedImage(src.getHeight(), src.getWidth(), BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < src.getHeight(); y++) {
      for (int x = 0; x < src.getWidth(); x++) {
        out.getRaster().setSample(y, src.getWidth() - 1 - x, 0, src.getRaster().getSample(x, y, 0));
      }
    }
    return out;
  }

  static BufferedImage binarize(BufferedImage gray) {
    BufferedImage out = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < gray.getHeight(); y++) {
      for (int x = 0; x < gray.getWidth(); x++) {
        out.getRaster().setSample(x, y, 0, gray.getRaster().getSample(x, y, 0) < 160 ? 0 : 1);
      }
    }
    return out;
  }

  static byte[] jpeg(BufferedImage img, float quality) throws IOException {
    ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      w.setOutput(out);
      ImageWriteParam p = w.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(quality);
      w.write(null, new IIOImage(img, null, null), p);
    } finally {
      w.dispose();
    }
    return bytes.toByteArray();
  }
}
