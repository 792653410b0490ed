package org.istraga.ingest.tika;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the XHTML that Tika writes into plain text plus the character offset where each page
 * starts ({@code <div class="page">} from PDFs, legacy spreadsheets and OpenDocument spreadsheets
 * and presentations, {@code <div class="sheet">} from Office Open XML spreadsheets, {@code <div
 * class="slide-content">} from presentations).
 *
 * <p>It is a small tolerant scanner, not an XML parser: Tika's output is regular (elements,
 * attributes, the five XML entities and numeric references) but may hold characters that XML 1.0
 * forbids, which would make a strict parser fail and lose the text. Text inside {@code <head>},
 * {@code <script>} and {@code <style>} is dropped; block elements end with a line break and table
 * cells with a tab, so words never run together across elements or pages.
 *
 * <p>Fields of structured data ({@link XmlDataHandler}) are paragraphs of class {@value
 * #FIELD_CLASS}: each stands between blank lines, which entity recognizers never cross, so the
 * value of one element never joins the value of the next into one mention; the value is trimmed.
 * A field with a {@code data-kind} attribute ({@code money} with the ISO 4217 code of its {@code
 * data-currency}, or an identifier kind, see {@link org.istraga.document.DataField}) is reported
 * in {@link Result#fields()} as a span of the output.
 *
 * <p>Cost: one pass over the input, output at most the input's length. Instances are not
 * thread-safe; use one per conversion.
 */
public final class XhtmlTextConverter {

  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "br",
      "pre", "blockquote", "section", "article", "header", "footer", "dd", "dt", "dl", "address",
      "hr", "thead", "tbody", "tfoot", "caption", "body", "html", "form", "fieldset", "nav", "aside",
      "main", "figure", "figcaption");
  private static final Set<String> SKIPPED = Set.of("head", "script", "style", "title");

  /** Class of a paragraph that holds one field's value of structured data. */
  public static final String FIELD_CLASS = "istraga-field";

  /**
   * The converted text, the page starts (empty when the document has no page layout) and the
   * spans of fields of a known kind.
   */
  public record Result(String text, int[] pageStarts, List<FieldSpan> fields) {

    public Result(String text, int[] pageStarts) {
      this(text, pageStarts, List.of());
    }
  }

  /**
   * Where a field's value stands in the output ({@code start} inclusive, {@code end} exclusive,
   * surrounding whitespace excluded), its kind and, for money, the currency its element declared.
   */
  public record FieldSpan(int start, int end, String kind, String currency) {}

  private final StringBuilder out;
  private int[] pages = new int[16];
  private int pageCount;
  private int skipDepth;
  private boolean inField;
  /** A field just ended with its blank line: whitespace up to the next text is not added. */
  private boolean afterField;
  private int fieldStart = -1;
  private String fieldKind;
  private String fieldCurrency;
  private final List<FieldSpan> fields = new ArrayList<>();

  private XhtmlTextConverter(int capacity) {
    this.out = new StringBuilder(capacity);
  }

  /** Converts one XHTML string. A string that is not XHTML is returned unchanged, without pages. */
  public static Result convert(String xhtml) {
    if (xhtml == null || xhtml.isEmpty()) {
      return new Result("", new int[0]);
    }
    if (xhtml.indexOf('<') < 0) {
      return new Result(xhtml, new int[0]);
    }
    XhtmlTextConverter c = new XhtmlTextConverter(Math.max(16, xhtml.length() / 2));
    c.scan(xhtml);
    return new Result(c.out.toString(), Arrays.copyOf(c.pages, c.pageCount), List.copyOf(c.fields));
  }

  private void scan(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char ch = s.charAt(i);
      if (ch == '<') {
        int end = s.indexOf('>', i + 1);
        if (end < 0) {
          break;
        }
        tag(s, i + 1, end);
        i = end + 1;
      } else if (ch == '&') {
        i = entity(s, i);
      } else {
        int next = i;
        while (next < n && s.charAt(next) != '<' && s.charAt(next) != '&') {
          next++;
        }
        int from = i;
        if (inField && out.length() == fieldStart) {
          while (from < next && Character.isWhitespace(s.charAt(from))) {
            from++; // a field's value starts at its first non-blank char
          }
        }
        if (skipDepth == 0 && from < next && !(afterField && isBlank(s, from, next))) {
          out.append(s, from, next);
          afterField = false;
        }
        i = next;
      }
    }
  }

  private void tag(String s, int from, int to) {
    if (from >= to) {
      return;
    }
    char first = s.charAt(from);
    if (first == '!' || first == '?') {
      return; // comment, doctype or processing instruction
    }
    boolean closing = first == '/';
    int nameStart = closing ? from + 1 : from;
    int nameEnd = nameStart;
    while (nameEnd < to && !Character.isWhitespace(s.charAt(nameEnd)) && s.charAt(nameEnd) != '/') {
      nameEnd++;
    }
    String name = s.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
    int colon = name.indexOf(':');
    if (colon >= 0) {
      name = name.substring(colon + 1);
    }
    boolean selfClosing = !closing && s.charAt(to - 1) == '/';
    if (SKIPPED.contains(name)) {
      if (closing) {
        skipDepth = Math.max(0, skipDepth - 1);
      } else if (!selfClosing) {
        skipDepth++;
      }
      return;
    }
    if (skipDepth > 0) {
      return;
    }
    if (closing) {
      if (name.equals("p") && inField) {
        endField();
        return;
      }
      if (name.equals("td") || name.equals("th")) {
        out.append('\t');
      } else if (BLOCKS.contains(name)) {
        newline();
      }
      return;
    }
    if (name.equals("br") || name.equals("hr")) {
      out.append('\n');
      return;
    }
    if (name.equals("div")) {
      String cls = attribute(s, nameEnd, to, "class");
      if (cls != null && (cls.equals("page") || cls.equals("sheet") || cls.equals("slide-content"))) {
        newline();
        addPage(out.length());
        return;
      }
    }
    if (BLOCKS.contains(name)) {
      newline();
    }
    if (name.equals("p") && !selfClosing) {
      String cls = attribute(s, nameEnd, to, "class");
      if (FIELD_CLASS.equals(cls)) {
        startField(attribute(s, nameEnd, to, "data-kind"), attribute(s, nameEnd, to, "data-currency"));
      }
    }
  }

  private void startField(String kind, String currency) {
    if (out.length() > 0) {
      newline();
      if (out.length() > 1 && out.charAt(out.length() - 2) != '\n') {
        out.append('\n'); // a blank line before: the field stands alone
      }
    }
    inField = true;
    afterField = false;
    fieldStart = out.length();
    fieldKind = kind;
    fieldCurrency = currency;
  }

  private void endField() {
    while (out.length() > fieldStart && Character.isWhitespace(out.charAt(out.length() - 1))) {
      out.setLength(out.length() - 1); // and ends at its last
    }
    if (fieldKind != null) {
      int s = fieldStart;
      int e = out.length();
      while (s < e && Character.isWhitespace(out.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(out.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        fields.add(new FieldSpan(s, e, fieldKind, fieldCurrency));
      }
    }
    inField = false;
    fieldKind = null;
    fieldCurrency = null;
    newline();
    out.append('\n');
    afterField = true;
  }

  private static boolean isBlank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void newline() {
    int len = out.length();
    if (len > 0 && out.charAt(len - 1) != '\n') {
      out.append('\n');
    }
  }

  private void addPage(int offset) {
    if (pageCount == pages.length) {
      pages = Arrays.copyOf(pages, pageCount * 2);
    }
    pages[pageCount++] = offset;
  }

  private static String attribute(String s, int from, int to, String attr) {
    int i = from;
    while (i < to) {
      int eq = s.indexOf('=', i);
      if (eq < 0 || eq >= to) {
        return null;
      }
      String key = s.substring(i, eq).trim();
      int q = eq + 1;
      while (q < to && Character.isWhitespace(s.charAt(q))) {
        q++;
      }
      if (q >= to) {
        return null;
      }
      char quote = s.charAt(q);
      int valueEnd;
      String value;
      if (quote == '"' || quote == '\'') {
        valueEnd = s.indexOf(quote, q + 1);
        if (valueEnd < 0 || valueEnd > to) {
          return null;
        }
        value = s.substring(q + 1, valueEnd);
        valueEnd++;
      } else {
        valueEnd = q;
        while (valueEnd < to && !Character.isWhitespace(s.charAt(valueEnd))) {
          valueEnd++;
        }
        value = s.substring(q, valueEnd);
      }
      if (key.equalsIgnoreCase(attr)) {
        return value;
      }
      i = valueEnd;
    }
    return null;
  }

  private int entity(String s, int amp) {
    int semi = s.indexOf(';', amp + 1);
    if (semi < 0 || semi - amp > 12) {
      if (skipDepth == 0) {
        out.append('&');
      }
      return amp + 1;
    }
    String name = s.substring(amp + 1, semi);
    int cp = -1;
    switch (name) {
      case "amp":
        cp = '&';
        break;
      case "lt":
        cp = '<';
        break;
      case "gt":
        cp = '>';
        break;
      case "quot":
        cp = '"';
        break;
      case "apos":
        cp = '\'';
        break;
      case "nbsp":
        cp = '\u00a0';
        break;
      default:
        if (name.startsWith("#x") || name.startsWith("#X")) {
          cp = parse(name.substring(2), 16);
        } else if (name.startsWith("#")) {
          cp = parse(name.substring(1), 10);
        }
    }
    if (cp < 0 || !Character.isValidCodePoint(cp)) {
      if (skipDepth == 0) {
        out.append('&');
      }
      return amp + 1;
    }
    if (skipDepth == 0) {
      out.appendCodePoint(cp);
    }
    return semi + 1;
  }

  private static int parse(String digits, int radix) {
    try {
      return Integer.parseInt(digits, radix);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
