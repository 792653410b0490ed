package org.istraga.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.istraga.document.DocumentKind;
import org.istraga.document.DocumentRecord;
import org.istraga.document.EntityMention;
import org.istraga.document.Occurrence;
import org.istraga.store.Hashes;

/**
 * Generates realistic benchmark documents from real text, reproducibly: document {@code i} of seed
 * {@code s} is always the same (its own {@link Random} is seeded from both), so a build can resume
 * and run on several threads.
 *
 * <p>A document is a window of real text (45% Serbian-family, 45% English, 10% other languages;
 * length log-normal with a median of 6,000 and a mean near 10,000 characters), continued from
 * other texts of the same language when the source is too short, with names, amounts, procurement
 * numbers, e-mail addresses and organisations inserted every few hundred characters (recorded as
 * entity mentions). Metadata follows the shape of a leak: a folder tree by department, year and
 * subfolder; type groups with realistic shares; authors and organisations from Zipf-like pools;
 * 10% embedded children; dates over twenty years; pages every ~3,000 characters in PDFs.
 *
 * <p>Thread-safe (no mutable state).
 */
final class DocumentGenerator {

  private static final String[] FIRST = {"Marko", "Nikola", "Stefan", "Jelena", "Milica", "Ana", "Đorđe", "Dragana",
    "Vesna", "Nenad", "Milorad", "Snežana", "Bojan", "Ivana", "Dušan", "Zoran", "Goran", "Maja", "Tijana", "Miloš",
    "Ljubica", "Njegoš", "Željko", "Čedomir", "Ćirilo", "John", "Mary", "Kenneth", "Jeffrey", "Sarah", "Chen", "Wei"};
  private static final String[] LAST = {"Petrović", "Jovanović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić",
    "Stanković", "Pavlović", "Milošević", "Tešić", "Mirković", "Obradović", "Radenković", "Jeremić", "Pešić",
    "Kovačević", "Todorović", "Lazić", "Popović", "Ljubičić", "Smith", "Lay", "Skilling", "Brown", "Liang", "Zhang"};
  private static final String[] ORG_A = {"Telekom", "Info", "Energo", "Gradnja", "Elektro", "Metal", "Agro", "Trans",
    "Medi", "Data", "Sigma", "Nova", "Beo", "Vojvodina", "Morava", "Dunav", "Huaxing", "Balkan", "Ekspert", "Sistem"};
  private static final String[] ORG_B = {"Nova", "Plus", "Sistem", "Servis", "Inženjering", "Group", "Tech", "Promet",
    "Networks", "Solutions", "Projekt", "Invest", "Komerc", "Net", "Trade", "Consulting"};
  private static final String[] ORG_FORM = {"d.o.o.", "a.d.", "doo", "Ltd", "Co., Ltd.", "JP"};
  private static final String[] DOMAINS = {"mup.gov.rs", "telekomnova.example", "infosistem.example", "gmail.com",
    "enron.com", "huaxing.example", "beograd.gov.rs", "energo.example", "uprava.gov.rs", "eps.rs"};
  private static final String[] DEPARTMENTS = {"kabinet", "nabavke", "finansije", "pravna-sluzba", "it-sektor",
    "racunovodstvo", "kadrovska", "investicije", "ugovori", "posta", "arhiva", "izvestaji", "tenderi", "revizija",
    "sektor-bezbednosti"};
  private static final String[] TOOLS = {"Microsoft Word", "Microsoft Excel", "LibreOffice Writer", "Adobe Acrobat Pro",
    "Adobe PDF Library 15.0", "Acrobat Distiller 10.0", "PDFCreator 2.1", "Canon iR-ADV C5535", "Microsoft Outlook",
    "pdfTeX-1.40", "Nitro PDF", "ABBYY FineReader 14", "Google Docs Renderer", "Foxit PhantomPDF", "iText 5.5"};
  private static final String[] CURRENCIES = {"RSD", "RSD", "EUR", "EUR", "USD"};
  private static final String[] FLAGS = {"modified-after-signing", "dates-inconsistent", "producer-mismatch",
    "incremental-update", "dkim-failed"};

  /** Type group, extension, media type, share in percent. */
  private record Kind(String group, String ext, String mediaType, int percent) {}

  private static final Kind[] KINDS = {
    new Kind("pdf", "pdf", "application/pdf", 45),
    new Kind("word", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 12),
    new Kind("word", "doc", "application/msword", 6),
    new Kind("email", "eml", "message/rfc822", 15),
    new Kind("spreadsheet", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 5),
    new Kind("text", "txt", "text/plain", 12),
    new Kind("html", "html", "text/html", 5)};

  private static final long START = Instant.parse("2005-01-01T00:00:00Z").toEpochMilli();
  private static final long END = Instant.parse("2024-12-31T23:59:59Z").toEpochMilli();

  private final SourceTexts texts;
  private final long seed;

  DocumentGenerator(SourceTexts texts, long seed) {
    this.texts = texts;
    this.seed = seed;
  }

  /** The id of document {@code i}: a SHA-256, as for real content. */
  String idOf(long i) {
    return Hashes.sha256(("istraga-bench:" + seed + ":" + i).getBytes(StandardCharsets.UTF_8));
  }

  /** Document {@code i}. */
  DocumentRecord generate(long i) {
    Random random = new Random(seed * 1_000_003L + i);
    DocumentRecord r = new DocumentRecord();
    r.id = idOf(i);
    Kind kind = kind(random);
    r.typeGroup = kind.group();
    r.ext = kind.ext();
    r.mediaType = kind.mediaType();

    SourceTexts.Pool pool = pool(random);
    SourceTexts.Source first = pool.pick(random);
    r.language = first.language();
    r.script = first.script();
    int length = (int) Math.min(300_000, Math.max(200, Math.exp(Math.log(6000) + random.nextGaussian())));
    boolean noText = random.nextInt(100) < 3;
    StringBuilder text = new StringBuilder(length + 256);
    List<EntityMention> mentions = new ArrayList<>();
    if (!noText) {
      fill(text, mentions, random, pool, first, length, "cyrillic".equals(first.script()));
    }
    r.text = text.toString();
    r.entities = mentions;
    r.status = noText ? (random.nextBoolean() ? "empty" : "encrypted") : "ok";

    if ("pdf".equals(r.typeGroup) && !r.text.isEmpty()) {
      List<Integer> starts = new ArrayList<>();
      int at = 0;
      while (at < r.text.length()) {
        starts.add(at);
        at += 2500 + random.nextInt(1000);
      }
      r.pageStarts = starts.stream().mapToInt(Integer::intValue).toArray();
      r.pageCount = r.pageStarts.length;
      if (random.nextInt(100) < 5) {
        r.ocrPages = new int[] {1};
        r.ocrState = "done";
      }
    }
    if (random.nextInt(100) >= 8) {
      long t = START + (long) (random.nextDouble() * (END - START));
      r.date = Instant.ofEpochMilli(t - t % 1000).toString();
      r.created = r.date;
      r.modified = r.date;
    }
    metadata(r, random);
    places(r, random, i);
    r.size = (long) (r.text.getBytes(StandardCharsets.UTF_8).length * (1.2 + random.nextDouble() * ("pdf".equals(r.typeGroup) ? 6 : 2))) + 512;
    if (random.nextInt(100) < 3) {
      r.flags.add(FLAGS[random.nextInt(FLAGS.length)]);
    }
    r.kind = r.occurrences.get(0).isEmbedded() ? DocumentKind.EMBEDDED.label() : DocumentKind.FILE.label();
    return r;
  }

  private static Kind kind(Random random) {
    int x = random.nextInt(100);
    for (Kind k : KINDS) {
      if (x < k.percent()) {
        return k;
      }
      x -= k.percent();
    }
    return KINDS[0];
  }

  private SourceTexts.Pool pool(Random random) {
    int x = random.nextInt(100);
    if (x < 45 || texts.other.sources.isEmpty() && x < 50) {
      return texts.serbian;
    }
    return x < 90 || texts.other.sources.isEmpty() ? texts.english : texts.other;
  }

  /** Real text windows with generated entities between chunks. */
  private void fill(StringBuilder out, List<EntityMention> mentions, Random random, SourceTexts.Pool pool,
      SourceTexts.Source first, int length, boolean cyrillic) {
    SourceTexts.Source src = first;
    int pos = wordStart(src.text(), random.nextInt(Math.max(1, src.text().length() - Math.min(length, src.text().length()) + 1)));
    while (out.length() < length) {
      if (pos >= src.text().length()) {
        src = pool.pick(random);
        pos = wordStart(src.text(), random.nextInt(Math.max(1, src.text().length() / 2)));
        out.append("\n\n");
      }
      int chunk = 300 + random.nextInt(900);
      int end = wordEnd(src.text(), Math.min(src.text().length(), pos + Math.min(chunk, length - out.length() + 1)));
      out.append(src.text(), pos, end);
      pos = end;
      if (out.length() < length) {
        out.append(' ');
        entity(out, mentions, random, cyrillic);
        out.append(' ');
      }
    }
  }

  private static int wordStart(String s, int at) {
    int i = Math.min(at, s.length());
    while (i > 0 && i < s.length() && !Character.isWhitespace(s.charAt(i - 1))) {
      i++;
    }
    return Math.min(i, s.length());
  }

  private static int wordEnd(String s, int at) {
    int i = at;
    while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Appends one generated mention and records it. */
  private static void entity(StringBuilder out, List<EntityMention> mentions, Random random, boolean cyrillic) {
    int start = out.length();
    int kind = random.nextInt(10);
    if (kind < 3) {
      String name = person(random);
      out.append(cyrillic ? Transliteration.toCyrillic(name) : name);
      return;
    }
    if (kind < 5) {
      String org = org(random);
      String shown = cyrillic && random.nextBoolean() ? Transliteration.toCyrillic(org) : org;
      out.append(shown);
      mentions.add(new EntityMention("org", Transliteration.toLatinFolded(org), org, shown, start, out.length(), 0, null, null, false));
      return;
    }
    if (kind < 7) {
      String cur = CURRENCIES[random.nextInt(CURRENCIES.length)];
      BigDecimal amount = BigDecimal.valueOf(Math.exp(Math.log(50_000) + 2 * random.nextGaussian())).setScale(2, RoundingMode.HALF_UP);
      String shown = String.format(Locale.GERMANY, "%,.2f %s", amount, cur);
      out.append(shown);
      mentions.add(new EntityMention("money", amount.toPlainString() + " " + cur, null, shown, start, out.length(), 0, amount, cur, false));
      return;
    }
    if (kind < 8) {
      String number = String.format(Locale.ROOT, "%d-%02d-%d/%d", 100 + random.nextInt(900), random.nextInt(20),
          random.nextInt(500), 2005 + random.nextInt(20));
      out.append("JN br. ").append(number);
      mentions.add(new EntityMention("procurement-number", number, null, number, start, out.length(), 0, null, null, false));
      return;
    }
    String email = Transliteration.toLatinFolded(FIRST[zipf(random, FIRST.length)] + "." + LAST[zipf(random, LAST.length)])
        + "@" + DOMAINS[zipf(random, DOMAINS.length)];
    out.append(email);
    mentions.add(new EntityMention("email", email, null, email, start, out.length(), 0, null, null, false));
  }

  private static String person(Random random) {
    return FIRST[zipf(random, FIRST.length)] + " " + LAST[zipf(random, LAST.length)];
  }

  private static String org(Random random) {
    return ORG_A[zipf(random, ORG_A.length)] + " " + ORG_B[zipf(random, ORG_B.length)] + " " + ORG_FORM[random.nextInt(ORG_FORM.length)];
  }

  /** A skewed index in [0, n): small indexes are much more frequent. */
  static int zipf(Random random, int n) {
    double u = random.nextDouble();
    return Math.min(n - 1, (int) (n * u * u * u));
  }

  private static void metadata(DocumentRecord r, Random random) {
    if (!r.text.isEmpty() && random.nextInt(100) < 60) {
      int nl = r.text.indexOf('\n');
      String line = (nl > 0 ? r.text.substring(0, nl) : r.text).strip();
      r.title = line.length() > 90 ? line.substring(0, 90) : line;
    }
    if ("email".equals(r.typeGroup)) {
      String from = person(random);
      r.emailFrom = from + " <" + Transliteration.toLatinFolded(from).replace(' ', '.') + "@" + DOMAINS[zipf(random, DOMAINS.length)] + ">";
      int to = 1 + random.nextInt(3);
      for (int k = 0; k < to; k++) {
        String p = person(random);
        r.emailTo.add(p + " <" + Transliteration.toLatinFolded(p).replace(' ', '.') + "@" + DOMAINS[zipf(random, DOMAINS.length)] + ">");
      }
      r.subject = r.title;
      return;
    }
    int authors = random.nextInt(100) < 70 ? 1 : random.nextInt(3);
    for (int a = 0; a < authors; a++) {
      String name = FIRST[zipf(random, FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
      if (!r.authors.contains(name)) {
        r.authors.add(name);
      }
    }
    r.creatorTool = TOOLS[zipf(random, TOOLS.length)];
    if ("pdf".equals(r.typeGroup)) {
      r.producer = TOOLS[zipf(random, TOOLS.length)];
    }
  }

  private void places(DocumentRecord r, Random random, long i) {
    String folder = "/leak/" + DEPARTMENTS[zipf(random, DEPARTMENTS.length)] + "/" + (2005 + random.nextInt(20))
        + "/" + String.format(Locale.ROOT, "predmet-%02d", random.nextInt(12));
    String name = String.format(Locale.ROOT, "dokument-%07d.%s", i, r.ext);
    if (i > 100 && random.nextInt(100) < 10) {
      long parent = random.nextInt((int) Math.min(Integer.MAX_VALUE, i));
      String container = folder + String.format(Locale.ROOT, "/paket-%07d.zip", parent);
      String idOfParent = idOf(parent);
      r.occurrences.add(new Occurrence(container + Occurrence.EMBED_SEPARATOR + name, "/leak", idOfParent, idOfParent, 1, name, null));
    } else {
      r.occurrences.add(new Occurrence(folder + "/" + name, "/leak", null, r.id, 0, name, START + i * 1000));
    }
    if (random.nextInt(100) < 2) {
      String copy = "/leak/" + DEPARTMENTS[random.nextInt(DEPARTMENTS.length)] + "/kopije/" + name;
      r.occurrences.add(new Occurrence(copy, "/leak", null, r.id, 0, name, START + i * 1000));
    }
  }
}
