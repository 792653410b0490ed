import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Generates degraded "scans" of procurement pages whose text is known, for the OCR audit
 * (docs/ocr.md, "Quality on degraded scans"): Serbian Cyrillic, Serbian Latin and English contract
 * pages, a price table and a two-column page, rendered with DejaVu fonts and degraded the way
 * leaked scans are (skew, quarter turns without /Rotate, low resolution, JPEG loss, noise, blur,
 * uneven lighting, colour stamps, signatures, fax bilevel, alpha, perspective), wrapped as
 * image-only PDFs, plain images, a multi-page TIFF, a DOCX and an e-mail with an image.
 *
 * <p>Reproducible from the seed. Run from the project root (Java 17 single-file program):
 * <pre>java -cp 'target/lib/*' scripts/ocr-audit/GenerateDegradedScans.java OUT [SEED]</pre>
 * Writes OUT/scans/ (the evidence), OUT/clean/ (each condition's undegraded page as 300 dpi PNG:
 * the best image Tesseract could get), OUT/truth/NAME.txt (the known text) and OUT/conditions.tsv
 * (file, condition, source page, key tokens separated by " | ").
 */
public class GenerateDegradedScans {

  static final String FONT_DIR = "/usr/share/fonts/truetype/dejavu/";

  /** Page texts; a line starting with "#" is a heading. Key tokens follow each page. */
  static final String[][] PAGES = {
    { // Serbian Cyrillic
      "# УГОВОР О ЈАВНОЈ НАБАВЦИ",
      "# број 404-02-117/2019-06",
      "Закључен дана 15.03.2019. године у Београду између:",
      "Министарство финансија Републике Србије, Кнеза Милоша 20,",
      "Београд, ПИБ 100293811, које заступа министар Синиша Мали",
      "(у даљем тексту: Наручилац), и",
      "привредног друштва Енергопројект Нискоградња а.д., Булевар",
      "Михајла Пупина 12, Нови Београд, матични број 07023014, које",
      "заступа директор Драган Ђорђевић (у даљем тексту: Добављач).",
      "Члан 1.",
      "Предмет уговора је набавка рачунарске опреме према понуди",
      "Добављача број 88/2019 од 04.03.2019. године.",
      "Члан 2.",
      "Укупна вредност уговора износи 1.234.567,89 RSD без ПДВ-а,",
      "односно 1.481.481,47 RSD са ПДВ-ом. Рок испоруке је тридесет",
      "дана од дана закључења уговора, најкасније до 14.04.2019. године.",
      "Члан 3.",
      "Плаћање се врши на текући рачун Добављача број",
      "160-0000000123456-78 код Банка Интеза а.д. Београд, у року од",
      "45 дана од дана пријема исправног рачуна.",
      "Члан 4.",
      "Уговор је сачињен у четири истоветна примерка, од којих свака",
      "уговорна страна задржава по два примерка.",
    },
    { // Serbian Latin
      "# UGOVOR O KUPOPRODAJI",
      "# broj 351-1234/2020-03",
      "Zaključen dana 02.11.2020. godine u Novom Sadu između:",
      "Javnog preduzeća Srbijašume, Bulevar Mihajla Pupina 113,",
      "Novi Beograd, PIB 100001378, koje zastupa direktor Željko Ćirić",
      "(u daljem tekstu: Kupac), i",
      "društva Šumarstvo Đurđević d.o.o., Čačak, Gradsko šetalište 7,",
      "matični broj 21345678, koje zastupa Đorđe Šušnjar",
      "(u daljem tekstu: Prodavac).",
      "Član 1.",
      "Prodavac prodaje, a Kupac kupuje građevinsko zemljište",
      "površine 4.560 m2 u katastarskoj opštini Žabalj.",
      "Član 2.",
      "Kupoprodajna cena iznosi 12.480.000,00 RSD i plaća se",
      "jednokratno, najkasnije do 30.11.2020. godine, na račun",
      "broj 205-0000000987654-32 kod Komercijalne banke.",
      "Član 3.",
      "Troškove overe ugovora i poreza na prenos apsolutnih prava",
      "snosi Kupac. Sporove rešava Privredni sud u Novom Sadu.",
      "Član 4.",
      "Ugovor stupa na snagu danom potpisivanja obeju ugovornih",
      "strana i sačinjen je u šest istovetnih primeraka.",
    },
    { // English
      "# GRANT CONTRACT - EXTERNAL ACTIONS",
      "# Contract No. EU/2018/C-0457",
      "Signed in Belgrade on 21 June 2018 between:",
      "The European Union, represented by the European Commission,",
      "Delegation of the European Union to the Republic of Serbia,",
      "Vladimira Popovica 40/V, 11070 New Belgrade (the Contracting",
      "Authority), and Balkan Road Construction d.o.o., Nis,",
      "registration number 20154821, represented by its managing",
      "director Mr Nikola Petrovic (the Beneficiary).",
      "Article 1 - Purpose",
      "The purpose of this contract is the award of a grant for the",
      "rehabilitation of the regional road R-214 between Knjazevac",
      "and Zajecar, as described in Annex I.",
      "Article 2 - Financing",
      "The total eligible cost of the action is estimated at",
      "US$ 71,371 (EUR 63,250.00). The Contracting Authority",
      "undertakes to finance a maximum of 85 percent of it.",
      "Article 3 - Duration",
      "The implementation period starts on 01.08.2018. and ends",
      "on 31.07.2019. Reports are due within 60 days after the end.",
      "Done in English in three originals.",
    },
  };

  static final String[][] KEYS = {
    {"404-02-117/2019-06", "15.03.2019.", "1.234.567,89", "1.481.481,47", "14.04.2019.", "100293811",
      "07023014", "160-0000000123456-78", "Синиша", "Ђорђевић", "Драган", "Енергопројект"},
    {"351-1234/2020-03", "02.11.2020.", "12.480.000,00", "30.11.2020.", "100001378", "21345678",
      "205-0000000987654-32", "Željko", "Ćirić", "Đorđe", "Šušnjar", "Srbijašume", "Žabalj"},
    {"EU/2018/C-0457", "71,371", "63,250.00", "01.08.2018.", "31.07.2019.", "20154821", "Petrovic",
      "Knjazevac", "R-214", "Belgrade"},
  };

  /** Price annex: rows of a ruled table. */
  static final String[][] TABLE = {
    {"Р.бр.", "Опис", "Кол.", "Јед. цена", "Укупно RSD"},
    {"1.", "Лаптоп рачунар HP ProBook 450", "25", "98.500,00", "2.462.500,00"},
    {"2.", "Мултифункционални штампач", "8", "41.990,00", "335.920,00"},
    {"3.", "Мрежни свич 24 порта", "4", "27.350,50", "109.402,00"},
    {"4.", "UPS уређај 1500 VA", "12", "15.780,00", "189.360,00"},
    {"5.", "Монитор 27 инча", "30", "22.499,99", "674.999,70"},
    {"", "Укупно без ПДВ-а", "", "", "3.772.181,70"},
    {"", "ПДВ 20%", "", "", "754.436,34"},
    {"", "Укупно са ПДВ-ом", "", "", "4.526.618,04"},
  };
  static final String[] TABLE_KEYS = {"98.500,00", "2.462.500,00", "335.920,00", "27.350,50", "109.402,00",
    "674.999,70", "3.772.181,70", "754.436,34", "4.526.618,04", "ProBook"};

  final Path out;
  final Random rnd;
  final Font serif;
  final Font serifBold;
  final Font sans;
  final List<String> rows = new ArrayList<>();

  GenerateDegradedScans(Path out, long seed) throws Exception {
    this.out = out;
    this.rnd = new Random(seed);
    serif = Font.createFont(Font.TRUETYPE_FONT, new File(FONT_DIR + "DejaVuSerif.ttf"));
    serifBold = Font.createFont(Font.TRUETYPE_FONT, new File(FONT_DIR + "DejaVuSerif-Bold.ttf"));
    sans = Font.createFont(Font.TRUETYPE_FONT, new File(FONT_DIR + "DejaVuSans.ttf"));
  }

  public static void main(String[] args) throws Exception {
    Path out = Paths.get(args[0]);
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261127L;
    for (String d : new String[] {"scans", "clean", "truth"}) {
      Files.createDirectories(out.resolve(d));
    }
    new GenerateDegradedScans(out, seed).run();
  }

  // ---------------------------------------------------------------- pages

  /** A page of text at dpi (A4, 11 pt, 2.5 cm margins), RGB white. */
  BufferedImage textPage(int src, int dpi) {
    BufferedImage img = blank(dpi);
    Graphics2D g = gfx(img);
    double s = dpi / 72.0;
    float body = (float) (11.5 * s);
    int x = (int) (72 * s);
    double y = 90 * s;
    for (String line : PAGES[src]) {
      boolean head = line.startsWith("# ");
      g.setFont((head ? serifBold : serif).deriveFont(head ? body * 1.2f : body));
      String t = head ? line.substring(2) : line;
      int lx = head ? (img.getWidth() - g.getFontMetrics().stringWidth(t)) / 2 : x;
      g.drawString(t, lx, (float) y);
      y += body * (head ? 1.9 : 1.55);
    }
    g.dispose();
    return img;
  }

  /** The price annex as a ruled table. */
  BufferedImage tablePage(int dpi) {
    BufferedImage img = blank(dpi);
    Graphics2D g = gfx(img);
    double s = dpi / 72.0;
    float body = (float) (10.5 * s);
    g.setFont(serifBold.deriveFont(body * 1.2f));
    g.drawString("ПРИЛОГ 1 - СПЕЦИФИКАЦИЈА ЦЕНА", (float) (150 * s), (float) (90 * s));
    g.setFont(serif.deriveFont(body));
    g.drawString("уз Уговор број 404-02-117/2019-06 од 15.03.2019. године", (float) (72 * s), (float) (120 * s));
    double[] cols = {60, 100, 320, 370, 450, 540};
    double top = 140;
    double rowH = 24;
    g.setStroke(new BasicStroke((float) (0.8 * s)));
    for (int r = 0; r <= TABLE.length; r++) {
      g.drawLine((int) (cols[0] * s), (int) ((top + r * rowH) * s), (int) (cols[5] * s), (int) ((top + r * rowH) * s));
    }
    for (double c : cols) {
      g.drawLine((int) (c * s), (int) (top * s), (int) (c * s), (int) ((top + TABLE.length * rowH) * s));
    }
    for (int r = 0; r < TABLE.length; r++) {
      g.setFont((r == 0 ? serifBold : serif).deriveFont(body));
      for (int c = 0; c < 5; c++) {
        String t = TABLE[r][c];
        float ty = (float) ((top + r * rowH + 16) * s);
        if (c >= 2 && r > 0) { // numbers right-aligned
          g.drawString(t, (float) (cols[c + 1] * s - 4 * s - g.getFontMetrics().stringWidth(t)), ty);
        } else {
          g.drawString(t, (float) ((cols[c] + 4) * s), ty);
        }
      }
    }
    g.setFont(serif.deriveFont(body));
    g.drawString("Цене су исказане у динарима (RSD), фцо магацин Наручиоца.", (float) (72 * s),
        (float) ((top + TABLE.length * rowH + 40) * s));
    g.dispose();
    return img;
  }

  /** Two columns: the Latin page on the left, the English page on the right, in a smaller size. */
  BufferedImage twoColumnPage(int dpi) {
    BufferedImage img = blank(dpi);
    Graphics2D g = gfx(img);
    double s = dpi / 72.0;
    float body = (float) (8.6 * s);
    int[] src = {1, 2};
    for (int c = 0; c < 2; c++) {
      double y = 80 * s;
      float x = (float) ((c == 0 ? 50 : 310) * s);
      for (String line : PAGES[src[c]]) {
        boolean head = line.startsWith("# ");
        g.setFont((head ? serifBold : serif).deriveFont(body));
        g.drawString(head ? line.substring(2) : line, x, (float) y);
        y += body * 1.5;
      }
    }
    g.dispose();
    return img;
  }

  BufferedImage blank(int dpi) {
    int w = (int) Math.round(8.27 * dpi);
    int h = (int) Math.round(11.69 * dpi);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.dispose();
    return img;
  }

  static Graphics2D gfx(BufferedImage img) {
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setColor(Color.BLACK);
    return g;
  }

  // ---------------------------------------------------------------- degradations

  /** Turns the content counter-clockwise by degrees on a canvas of the same size (a scanner bed). */
  static BufferedImage skew(BufferedImage src, double degrees) {
    BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.rotate(-Math.toRadians(degrees), src.getWidth() / 2.0, src.getHeight() / 2.0);
    g.drawImage(src, 0, 0, null);
    g.dispose();
    return out;
  }

  /** Quarter turns clockwise, the canvas turned with it. */
  static BufferedImage quarter(BufferedImage src, int quarters) {
    int w = src.getWidth();
    int h = src.getHeight();
    boolean swap = quarters % 2 == 1;
    BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    AffineTransform t = new AffineTransform();
    switch (quarters) {
      case 1: t.translate(h, 0); break;
      case 2: t.translate(w, h); break;
      case 3: t.translate(0, w); break;
      default: break;
    }
    t.rotate(Math.toRadians(90 * quarters));
    g.drawImage(src, t, null);
    g.dispose();
    return out;
  }

  void saltPepper(BufferedImage img, double fraction) {
    int n = (int) (img.getWidth() * (long) img.getHeight() * fraction);
    for (int i = 0; i < n; i++) {
      int x = rnd.nextInt(img.getWidth());
      int y = rnd.nextInt(img.getHeight());
      img.setRGB(x, y, rnd.nextBoolean() ? 0x000000 : 0xffffff);
    }
  }

  /** Box blur of the given radius (separable, two passes). */
  static BufferedImage blur(BufferedImage src, int r) {
    int w = src.getWidth();
    int h = src.getHeight();
    int[] px = src.getRGB(0, 0, w, h, null, 0, w);
    int[] tmp = new int[px.length];
    for (int pass = 0; pass < 2; pass++) {
      boolean horiz = pass == 0;
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          int sr = 0, sg = 0, sb = 0, n = 0;
          for (int k = -r; k <= r; k++) {
            int xx = horiz ? x + k : x;
            int yy = horiz ? y : y + k;
            if (xx < 0 || yy < 0 || xx >= w || yy >= h) {
              continue;
            }
            int p = px[yy * w + xx];
            sr += (p >> 16) & 0xff;
            sg += (p >> 8) & 0xff;
            sb += p & 0xff;
            n++;
          }
          tmp[y * w + x] = ((sr / n) << 16) | ((sg / n) << 8) | (sb / n);
        }
      }
      int[] sw = px;
      px = tmp;
      tmp = sw;
    }
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    out.setRGB(0, 0, w, h, px, 0, w);
    return out;
  }

  /** Gray, yellowish paper lit from the top left: brightness falls to {@code dark} at the far corner. */
  static void unevenLight(BufferedImage img, double dark, int paper) {
    int w = img.getWidth();
    int h = img.getHeight();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double f = 1 - (1 - dark) * (0.6 * x / w + 0.4 * y / h);
        int p = img.getRGB(x, y);
        int v = p & 0xff; // source is black on white
        double ink = (255 - v) / 255.0;
        int r = (int) ((paper * (1 - ink) + 20 * ink) * f);
        int gg = (int) ((paper * (1 - ink) + 20 * ink) * f);
        int b = (int) (((paper - 25) * (1 - ink) + 20 * ink) * f);
        img.setRGB(x, y, (r << 16) | (gg << 8) | b);
      }
    }
  }

  /** A round rubber stamp in colour, multiplied over the page at (cx, cy) in inches. */
  void stamp(BufferedImage img, int dpi, double cxIn, double cyIn, Color ink) {
    int d = (int) (1.6 * dpi);
    BufferedImage st = new BufferedImage(d, d, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = gfx(st);
    g.setColor(ink);
    g.setStroke(new BasicStroke(dpi / 40f));
    g.drawOval(dpi / 20, dpi / 20, d - dpi / 10, d - dpi / 10);
    g.drawOval(dpi / 4, dpi / 4, d - dpi / 2, d - dpi / 2);
    g.setFont(sans.deriveFont(Font.BOLD, dpi / 7f));
    String ring = "РЕПУБЛИКА СРБИЈА * МИНИСТАРСТВО ФИНАНСИЈА * БЕОГРАД * ";
    double rr = d / 2.0 - dpi * 0.17;
    for (int i = 0; i < ring.length(); i++) {
      double a = 2 * Math.PI * i / ring.length() - Math.PI / 2;
      AffineTransform save = g.getTransform();
      g.translate(d / 2.0 + rr * Math.cos(a), d / 2.0 + rr * Math.sin(a));
      g.rotate(a + Math.PI / 2);
      g.drawString(String.valueOf(ring.charAt(i)), -dpi / 28f, 0);
      g.setTransform(save);
    }
    g.setFont(sans.deriveFont(Font.BOLD, dpi / 6f));
    g.drawString("ГРБ", d / 2f - dpi / 6f, d / 2f + dpi / 18f);
    g.dispose();
    multiply(img, st, (int) (cxIn * dpi) - d / 2, (int) (cyIn * dpi) - d / 2, 0.85);
  }

  /** A signature: a few thick ink curves over the page around (x, y) in inches. */
  void signature(BufferedImage img, int dpi, double xIn, double yIn) {
    BufferedImage st = new BufferedImage(3 * dpi, dpi, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = gfx(st);
    g.setColor(new Color(20, 30, 110));
    g.setStroke(new BasicStroke(dpi / 60f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    double x = dpi * 0.1;
    for (int i = 0; i < 6; i++) {
      double x2 = x + dpi * (0.3 + rnd.nextDouble() * 0.3);
      g.draw(new CubicCurve2D.Double(x, dpi * (0.3 + rnd.nextDouble() * 0.4),
          x + dpi * 0.1, dpi * rnd.nextDouble(), x2 - dpi * 0.1, dpi * rnd.nextDouble(),
          x2, dpi * (0.3 + rnd.nextDouble() * 0.4)));
      x = x2;
    }
    g.draw(new CubicCurve2D.Double(dpi * 0.1, dpi * 0.8, dpi, dpi * 0.5, dpi * 2, dpi * 0.9, dpi * 2.8, dpi * 0.6));
    g.dispose();
    multiply(img, st, (int) (xIn * dpi), (int) (yIn * dpi), 1.0);
  }

  static void multiply(BufferedImage img, BufferedImage over, int ox, int oy, double strength) {
    for (int y = 0; y < over.getHeight(); y++) {
      for (int x = 0; x < over.getWidth(); x++) {
        int tx = ox + x;
        int ty = oy + y;
        if (tx < 0 || ty < 0 || tx >= img.getWidth() || ty >= img.getHeight()) {
          continue;
        }
        int o = over.getRGB(x, y);
        double a = ((o >>> 24) / 255.0) * strength;
        if (a == 0) {
          continue;
        }
        int p = img.getRGB(tx, ty);
        int r = mul((p >> 16) & 0xff, (o >> 16) & 0xff, a);
        int gg = mul((p >> 8) & 0xff, (o >> 8) & 0xff, a);
        int b = mul(p & 0xff, o & 0xff, a);
        img.setRGB(tx, ty, (r << 16) | (gg << 8) | b);
      }
    }
  }

  static int mul(int base, int ink, double a) {
    return (int) Math.round(base * (1 - a) + base * ink / 255.0 * a);
  }

  /** A phone photo: the page seen in perspective (top edge narrower), on a darker desk, shaded. */
  static BufferedImage perspective(BufferedImage src) {
    int w = src.getWidth();
    int h = src.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    double inset = 0.09; // the top edge is 18% narrower
    for (int y = 0; y < h; y++) {
      double v = y / (double) h;
      double shrink = inset * (1 - v);
      // rows nearer the top are compressed a little too
      double sv = Math.pow(v, 1.08);
      for (int x = 0; x < w; x++) {
        double u = x / (double) w;
        double su = (u - shrink) / (1 - 2 * shrink);
        int shade = (int) (255 * (0.78 + 0.17 * u));
        if (su < 0 || su > 1) {
          out.setRGB(x, y, 0x505050);
          continue;
        }
        int p = src.getRGB((int) Math.min(w - 1, su * w), (int) Math.min(h - 1, sv * h)) & 0xff;
        int c = p * shade / 255;
        out.setRGB(x, y, (c << 16) | (c << 8) | Math.max(0, c - 12));
      }
    }
    return out;
  }

  static BufferedImage gray(BufferedImage src) {
    BufferedImage g = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    g.getGraphics().drawImage(src, 0, 0, null);
    return g;
  }

  static BufferedImage bilevel(BufferedImage src, int threshold) {
    BufferedImage b = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < src.getHeight(); y++) {
      for (int x = 0; x < src.getWidth(); x++) {
        int p = src.getRGB(x, y);
        int l = (((p >> 16) & 0xff) * 299 + ((p >> 8) & 0xff) * 587 + (p & 0xff) * 114) / 1000;
        b.setRGB(x, y, l < threshold ? 0 : 0xffffff);
      }
    }
    return b;
  }

  /** Resamples to a different resolution (area average), as a low-resolution scanner would. */
  static BufferedImage scale(BufferedImage src, double fx, double fy) {
    int w = (int) Math.round(src.getWidth() * fx);
    int h = (int) Math.round(src.getHeight() * fy);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(src.getScaledInstance(w, h, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
    g.dispose();
    return out;
  }

  // ---------------------------------------------------------------- encoders

  static byte[] jpeg(BufferedImage img, float quality) throws IOException {
    ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam p = w.getDefaultWriteParam();
    p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    p.setCompressionQuality(quality);
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(bos)) {
      w.setOutput(ios);
      w.write(null, new IIOImage(img, null, null), p);
    } finally {
      w.dispose();
    }
    return bos.toByteArray();
  }

  /** Writes a (multi-page) TIFF; bilevel frames CCITT T.6, others Deflate; resolution recorded. */
  static void tiff(Path file, List<BufferedImage> frames, int dpi) throws IOException {
    tiff(file, frames, dpi, dpi);
  }

  static void tiff(Path file, List<BufferedImage> frames, int xDpi, int yDpi) throws IOException {
    ImageWriter w = ImageIO.getImageWritersByFormatName("tiff").next();
    Files.deleteIfExists(file);
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(file.toFile())) {
      w.setOutput(ios);
      w.prepareWriteSequence(null);
      for (BufferedImage f : frames) {
        ImageWriteParam p = w.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionType(f.getType() == BufferedImage.TYPE_BYTE_BINARY ? "CCITT T.6" : "Deflate");
        IIOMetadata meta = w.getDefaultImageMetadata(new javax.imageio.ImageTypeSpecifier(f), p);
        setDpi(meta, xDpi, yDpi);
        w.writeToSequence(new IIOImage(f, null, meta), p);
      }
      w.endWriteSequence();
    } finally {
      w.dispose();
    }
  }

  static void setDpi(IIOMetadata meta, int dpi) throws IOException {
    setDpi(meta, dpi, dpi);
  }

  static void setDpi(IIOMetadata meta, int xDpi, int yDpi) throws IOException {
    IIOMetadataNode h = new IIOMetadataNode("HorizontalPixelSize");
    h.setAttribute("value", Double.toString(25.4 / xDpi));
    IIOMetadataNode v = new IIOMetadataNode("VerticalPixelSize");
    v.setAttribute("value", Double.toString(25.4 / yDpi));
    IIOMetadataNode dim = new IIOMetadataNode("Dimension");
    dim.appendChild(h);
    dim.appendChild(v);
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
    root.appendChild(dim);
    meta.mergeTree("javax_imageio_1.0", root);
  }

  /** PNG, with the resolution recorded when dpi > 0. */
  static void png(Path file, BufferedImage img, int dpi) throws IOException {
    ImageWriter w = ImageIO.getImageWritersByFormatName("png").next();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(file.toFile())) {
      w.setOutput(ios);
      IIOMetadata meta = w.getDefaultImageMetadata(new javax.imageio.ImageTypeSpecifier(img), null);
      if (dpi > 0) {
        setDpi(meta, dpi);
      }
      w.write(new IIOImage(img, null, meta));
    } finally {
      w.dispose();
    }
  }

  enum Enc { JPEG85, JPEG, CCITT, FLATE }

  /**
   * An image-only PDF of one page showing img over the whole A4 (or A4 landscape for a page turned
   * a quarter), with no /Rotate.
   */
  static void pdf(Path file, BufferedImage img, Enc enc, float quality, boolean landscape) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDRectangle box = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
          : PDRectangle.A4;
      PDPage page = new PDPage(box);
      doc.addPage(page);
      PDImageXObject x;
      switch (enc) {
        case CCITT: x = CCITTFactory.createFromImage(doc, img.getType() == BufferedImage.TYPE_BYTE_BINARY
            ? img : bilevel(img, 150)); break;
        case FLATE: x = LosslessFactory.createFromImage(doc, img); break;
        default: x = JPEGFactory.createFromByteArray(doc, jpeg(img, enc == Enc.JPEG85 ? 0.85f : quality)); break;
      }
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(x, 0, 0, box.getWidth(), box.getHeight());
      }
      doc.save(file.toFile());
    }
  }

  // ---------------------------------------------------------------- conditions

  void record(String file, String condition, int src, BufferedImage clean) throws IOException {
    String name = file.replaceAll("\\.[a-z]+$", "");
    String[] keys = src == 3 ? TABLE_KEYS : src == 4 ? concat(KEYS[1], KEYS[2])
        : src == 5 ? concat(KEYS[0], KEYS[1]) : KEYS[src];
    String text = truth(src);
    Files.writeString(out.resolve("truth").resolve(name + ".txt"), text, StandardCharsets.UTF_8);
    ImageIO.write(gray(clean), "png", out.resolve("clean").resolve(name + ".png").toFile());
    rows.add(file + "\t" + condition + "\t" + src + "\t" + String.join(" | ", keys));
  }

  static String[] concat(String[] a, String[] b) {
    String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  static String truth(int src) {
    StringBuilder sb = new StringBuilder();
    if (src == 3) {
      sb.append("ПРИЛОГ 1 - СПЕЦИФИКАЦИЈА ЦЕНА\nуз Уговор број 404-02-117/2019-06 од 15.03.2019. године\n");
      for (String[] r : TABLE) {
        sb.append(String.join(" ", r)).append('\n');
      }
      sb.append("Цене су исказане у динарима (RSD), фцо магацин Наручиоца.\n");
      return sb.toString();
    }
    int[] srcs = src == 4 ? new int[] {1, 2} : src == 5 ? new int[] {0, 1} : new int[] {src};
    for (int s : srcs) {
      for (String l : PAGES[s]) {
        sb.append(l.startsWith("# ") ? l.substring(2) : l).append('\n');
      }
    }
    return sb.toString();
  }

  BufferedImage page(int src, int dpi) {
    return src == 3 ? tablePage(dpi) : src == 4 ? twoColumnPage(dpi) : textPage(src, dpi);
  }

  void run() throws Exception {
    Path s = out.resolve("scans");
    int src = 0;
    // image-only PDFs, one page each, cycling the three languages
    String[][] pdfs = {
      {"pdf-clean-jpeg300", "clean 300 dpi gray JPEG q85"},
      {"pdf-clean-ccitt300", "clean 300 dpi bilevel CCITT G4"},
      {"pdf-skew0.5", "skew 0.5°, JPEG"},
      {"pdf-skew2", "skew 2°, JPEG"},
      {"pdf-skew5", "skew 5°, JPEG"},
      {"pdf-skew10", "skew 10°, JPEG"},
      {"pdf-skew-3-ccitt", "skew -3°, CCITT"},
      {"pdf-rot90", "turned 90° (no /Rotate), JPEG"},
      {"pdf-rot180", "upside down (no /Rotate), JPEG"},
      {"pdf-rot270", "turned 270° (no /Rotate), CCITT"},
      {"pdf-dpi150", "150 dpi gray JPEG q75"},
      {"pdf-dpi200", "200 dpi gray JPEG q75"},
      {"pdf-jpeg-q20", "200 dpi JPEG quality 20"},
      {"pdf-jpeg-q40", "300 dpi JPEG quality 40"},
      {"pdf-saltpepper", "salt-and-pepper noise 3%, Flate"},
      {"pdf-blur", "blurred (box r=2), JPEG"},
      {"pdf-uneven-light", "gray paper, uneven lighting, colour JPEG"},
      {"pdf-stamp-red", "red round stamp over text, colour JPEG"},
      {"pdf-stamp-blue", "blue round stamp over text, colour JPEG"},
      {"pdf-signature", "signature stroke over names, colour JPEG"},
      {"pdf-fax-204x98", "fax standard 204x98 dpi, CCITT"},
      {"pdf-fax-200-noisy", "fax fine 200 dpi bilevel with noise, CCITT"},
      {"pdf-table", "price table, 300 dpi JPEG"},
      {"pdf-two-column", "two columns, 300 dpi JPEG"},
      {"pdf-photo-perspective", "phone photo in perspective, colour JPEG"},
    };
    for (String[] c : pdfs) {
      String name = c[0];
      int lang = name.contains("table") ? 3 : name.contains("two-column") ? 4 : (src++ % 3);
      int dpi = name.contains("dpi150") ? 150 : name.contains("dpi200") || name.contains("q20")
          || name.contains("fax") ? 200 : 300;
      BufferedImage clean = page(lang, 300);
      BufferedImage img = dpi == 300 ? page(lang, 300) : page(lang, dpi);
      Enc enc = Enc.JPEG85;
      float q = 0.75f;
      switch (name) {
        case "pdf-clean-ccitt300": enc = Enc.CCITT; break;
        case "pdf-skew0.5": img = skew(img, 0.5); break;
        case "pdf-skew2": img = skew(img, 2); break;
        case "pdf-skew5": img = skew(img, -5); break;
        case "pdf-skew10": img = skew(img, 10); break;
        case "pdf-skew-3-ccitt": img = skew(img, -3); enc = Enc.CCITT; break;
        case "pdf-rot90": img = quarter(img, 1); break;
        case "pdf-rot180": img = quarter(img, 2); break;
        case "pdf-rot270": img = quarter(img, 3); enc = Enc.CCITT; break;
        case "pdf-dpi150": case "pdf-dpi200": enc = Enc.JPEG; q = 0.75f; break;
        case "pdf-jpeg-q20": enc = Enc.JPEG; q = 0.20f; break;
        case "pdf-jpeg-q40": enc = Enc.JPEG; q = 0.40f; break;
        case "pdf-saltpepper": saltPepper(img, 0.03); enc = Enc.FLATE; img = gray(img); break;
        case "pdf-blur": img = blur(img, 2); break;
        case "pdf-uneven-light": unevenLight(img, 0.55, 225); break;
        case "pdf-stamp-red": stamp(img, 300, 2.2, 1.7, new Color(215, 35, 40)); break;
        case "pdf-stamp-blue": stamp(img, 300, 5.6, 4.3, new Color(40, 60, 200)); break;
        case "pdf-signature": signature(img, 300, 3.4, 1.6); signature(img, 300, 1.2, 3.2); break;
        case "pdf-fax-204x98": img = bilevel(scale(page(lang, 300), 204 / 300.0, 98 / 300.0), 170);
          enc = Enc.CCITT; break;
        case "pdf-fax-200-noisy": img = bilevel(img, 160); saltPepper(img, 0.004); enc = Enc.CCITT; break;
        case "pdf-photo-perspective": img = perspective(skew(img, 1.5)); break;
        default: break;
      }
      pdf(s.resolve(name + ".pdf"), img, enc, q, name.contains("rot90") || name.contains("rot270"));
      record(name + ".pdf", c[1], lang, clean);
    }
    // plain images
    BufferedImage a = page(0, 300);
    BufferedImage alpha = new BufferedImage(a.getWidth(), a.getHeight(), BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int ink = 255 - (a.getRGB(x, y) & 0xff);
        alpha.setRGB(x, y, (ink << 24)); // black text, transparent background
      }
    }
    png(s.resolve("img-alpha.png"), alpha, 300);
    record("img-alpha.png", "PNG, black text on transparent background", 0, a);

    BufferedImage lat = page(1, 150);
    png(s.resolve("img-150dpi-nodpi.png"), gray(lat), 0);
    record("img-150dpi-nodpi.png", "PNG 150 dpi, no resolution recorded", 1, page(1, 300));

    BufferedImage eng = page(2, 300);
    Files.write(s.resolve("img-skew4.jpg"), jpeg(skew(eng, 4), 0.6f));
    record("img-skew4.jpg", "JPEG q60, skew 4°, no resolution recorded", 2, eng);

    BufferedImage cyr = page(0, 300);
    Files.write(s.resolve("img-rot90.jpg"), jpeg(quarter(cyr, 3), 0.8f));
    record("img-rot90.jpg", "JPEG turned 270° (phone held sideways)", 0, cyr);

    BufferedImage photo = page(1, 300);
    signature(photo, 300, 3.5, 6.0);
    Files.write(s.resolve("img-photo.jpg"), jpeg(perspective(skew(photo, -2)), 0.5f));
    record("img-photo.jpg", "phone photo: perspective, shading, JPEG q50", 1, page(1, 300));

    BufferedImage g4 = bilevel(page(2, 200), 160);
    tiff(s.resolve("img-g4-200.tif"), List.of(g4), 200);
    record("img-g4-200.tif", "TIFF CCITT G4 200 dpi", 2, page(2, 300));

    // a fax received by a fax server: TIFF G4, standard mode 204 x 98 dpi
    tiff(s.resolve("img-fax-204x98.tif"), List.of(bilevel(scale(page(0, 300), 204 / 300.0, 98 / 300.0), 170)), 204, 98);
    record("img-fax-204x98.tif", "TIFF fax G4 standard mode 204x98 dpi", 0, page(0, 300));

    // multi-page TIFF: one upright gray frame, one bilevel frame turned 5 degrees
    Path tifDir = Files.createDirectories(out.resolve("multi"));
    tiff(s.resolve("img-multipage.tif"), List.of(gray(page(0, 300)), bilevel(skew(page(1, 300), 5), 160)), 300);
    record("img-multipage.tif", "TIFF 2 frames: gray, bilevel skew 5°", 5, page(0, 300));
    Files.deleteIfExists(tifDir);

    // a scan pasted into a DOCX
    BufferedImage docImg = page(2, 200);
    stamp(docImg, 200, 5.2, 9.5, new Color(40, 60, 200));
    byte[] docJpeg = jpeg(docImg, 0.7f);
    try (XWPFDocument d = new XWPFDocument(); OutputStream o = Files.newOutputStream(s.resolve("docx-scan.docx"))) {
      XWPFRun r = d.createParagraph().createRun();
      r.setText("Scan attached below.");
      r.addPicture(new java.io.ByteArrayInputStream(docJpeg), XWPFDocument.PICTURE_TYPE_JPEG, "scan.jpg",
          Units.toEMU(8.27 * 72 * 0.75), Units.toEMU(11.69 * 72 * 0.75));
      d.write(o);
    }
    record("docx-scan.docx", "DOCX with a pasted 200 dpi JPEG scan", 2, page(2, 300));

    // an e-mail with a scanned page attached as PNG (gray, 200 dpi)
    ByteArrayOutputStream pngBytes = new ByteArrayOutputStream();
    ImageIO.write(gray(skew(page(1, 200), 2.5)), "png", pngBytes);
    String b64 = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(pngBytes.toByteArray());
    String eml = "From: nabavke@example.rs\r\nTo: direktor@example.rs\r\nSubject: Skenirani ugovor\r\n"
        + "Date: Mon, 02 Nov 2020 10:15:00 +0100\r\nMessage-ID: <scan-1@example.rs>\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + "U prilogu.\r\n--b1\r\nContent-Type: image/png; name=\"ugovor.png\"\r\n"
        + "Content-Disposition: attachment; filename=\"ugovor.png\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + b64 + "\r\n--b1--\r\n";
    Files.writeString(s.resolve("mail-scan.eml"), eml, StandardCharsets.US_ASCII);
    record("mail-scan.eml", "e-mail with a PNG scan attached (skew 2.5°)", 1, page(1, 300));

    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("conditions.tsv")))) {
      w.println("file\tcondition\tsource\tkeys");
      rows.forEach(w::println);
    }
    System.out.println(rows.size() + " conditions written to " + out);
  }
}
