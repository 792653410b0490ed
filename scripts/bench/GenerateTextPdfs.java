import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Generates distinct text PDFs for the ingest benchmark, reproducibly, from real text of the
 * shared corpus (Serbian Cyrillic and Latin laws and reports, court judgments, English
 * contracts...). Each PDF takes one corpus text, as a real document has one subject and one
 * language, and lays out runs of consecutive words from random places of it with DejaVu Sans on
 * 1 to 4 A4 pages; the same seed gives the same files.
 *
 * <p>Run from the project root (Java 17 single-file program, PDFBox from target/lib):
 * <pre>java -cp 'target/lib/*' scripts/bench/GenerateTextPdfs.java CORPUS OUT COUNT SEED</pre>
 * Writes OUT/gen-NNNNN.pdf and, beside the folder, OUT.tsv (file, pages, bytes).
 */
public class GenerateTextPdfs {

  static final float MARGIN = 56;
  static final float SIZE = 10;
  static final float LEADING = 13.5f;

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: GenerateTextPdfs CORPUS OUT COUNT SEED");
      System.exit(2);
    }
    Path corpus = Paths.get(args[0]);
    Path out = Paths.get(args[1]);
    int count = Integer.parseInt(args[2]);
    long seed = Long.parseLong(args[3]);
    File fontFile = new File(System.getProperty("bench.font", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
    if (!fontFile.isFile()) {
      System.err.println("font " + fontFile + " missing: apt-get install fonts-dejavu-core or -Dbench.font=FILE.ttf");
      System.exit(3);
    }
    List<String[]> texts = loadTexts(corpus);
    System.err.println("sources: " + texts.size() + " texts, " + texts.stream().mapToInt(t -> t.length).sum() + " words");
    Files.createDirectories(out);
    Random rnd = new Random(seed);
    Path list = out.resolveSibling(out.getFileName() + ".tsv");
    try (PrintWriter manifest = new PrintWriter(Files.newBufferedWriter(list, StandardCharsets.UTF_8))) {
      for (int i = 1; i <= count; i++) {
        Path f = out.resolve(String.format("gen-%05d.pdf", i));
        int pages = write(f, i, seed, rnd, texts, fontFile);
        manifest.printf("%s\t%d\t%d%n", f.getFileName(), pages, Files.size(f));
      }
    }
  }

  static List<String[]> loadTexts(Path corpus) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("a_text_pdf", "i_serbian", "h_text_html_csv_json_xml")) {
      try (Stream<Path> s = Files.walk(corpus.resolve(dir))) {
        s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".txt"))
            .sorted().forEach(files::add);
      }
    }
    List<String[]> texts = new ArrayList<>();
    for (Path p : files) {
      String text;
      try {
        if (p.toString().endsWith(".pdf")) {
          try (PDDocument d = Loader.loadPDF(p.toFile())) {
            text = new PDFTextStripper().getText(d);
          }
        } else {
          text = Files.readString(p, StandardCharsets.UTF_8);
        }
      } catch (IOException | RuntimeException e) {
        continue; // encrypted, damaged or not UTF-8: not a text source
      }
      String[] words = text.replace('\u0000', ' ').trim().split("\\s+");
      if (words.length >= 200) {
        texts.add(words);
      }
    }
    return texts;
  }

  static int write(Path f, int n, long seed, Random rnd, List<String[]> texts, File fontFile) throws IOException {
    int pages = 1 + rnd.nextInt(4);
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc, fontFile);
      Map<Integer, Boolean> glyphs = new HashMap<>();
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      int lines = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
      String[] src = texts.get(rnd.nextInt(texts.size()));
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, SIZE);
          cs.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
          cs.setLeading(LEADING);
          cs.showText(clean(font, glyphs, "Document " + n + ", page " + (p + 1) + " of " + pages));
          cs.newLine();
          int used = 2;
          cs.newLine();
          while (used < lines) {
            int len = 40 + rnd.nextInt(120);
            int start = rnd.nextInt(Math.max(1, src.length - len));
            StringBuilder line = new StringBuilder();
            for (int w = start; w < Math.min(src.length, start + len) && used < lines; w++) {
              String word = clean(font, glyphs, src[w]);
              if (word.isEmpty()) {
                continue;
              }
              String candidate = line.length() == 0 ? word : line + " " + word;
              if (font.getStringWidth(candidate) / 1000 * SIZE > width && line.length() > 0) {
                cs.showText(line.toString());
                cs.newLine();
                used++;
                line.setLength(0);
                line.append(word);
              } else {
                line.setLength(0);
                line.append(candidate);
              }
            }
            if (line.length() > 0 && used < lines) {
              cs.showText(line.toString());
              cs.newLine();
              used++;
            }
            cs.newLine();
            used++;
          }
          cs.endText();
        }
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle("Benchmark document " + n);
      info.setProducer("Istraga scripts/bench/GenerateTextPdfs");
      Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      c.clear();
      c.set(2019, Calendar.JANUARY, 1 + n % 28, 12, 0, 0);
      info.setCreationDate(c);
      info.setModificationDate(c);
      COSArray id = new COSArray();
      byte[] idBytes = String.format("istraga-bench-%d-%05d", seed, n).getBytes(StandardCharsets.US_ASCII);
      id.add(new COSString(idBytes));
      id.add(new COSString(idBytes));
      doc.getDocument().getTrailer().setItem(COSName.ID, id);
      doc.save(f.toFile());
    }
    return pages;
  }

  /** Drops characters the font cannot show. */
  static String clean(PDType0Font font, Map<Integer, Boolean> glyphs, String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      boolean ok = glyphs.computeIfAbsent(cp, k -> {
        if (Character.isISOControl(k)) {
          return false;
        }
        try {
          font.encode(new String(Character.toChars(k)));
          return true;
        } catch (IOException | IllegalArgumentException e) {
          return false;
        }
      });
      if (ok) {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }
}
