package org.istraga.ingest.tika;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Joins the letters of words drawn letter-spaced in a PDF ("З А К О Н", "С а д р ж а ј", "R E Š E
 * NJ E": the headings of Serbian laws, reports and court decisions, set with Word's expanded
 * character spacing), so that the word is one word in the text, as pdftotext reads it.
 *
 * <p>PDFBox puts a word separator wherever the gap between two glyphs is wider than a fraction of
 * a space, so a word set with wide character spacing and no space glyph came out as single
 * letters, and a search for "zakon" or "садржај" did not find the heading. A word typed with real
 * spaces between its letters is left as written: PDFBox hands a run that contains space glyphs to
 * Tika as one string, while its own separators arrive as separate {@code " "} calls; only runs of
 * {@value #MIN_LETTERS} or more single-letter calls separated by such calls are candidates.
 *
 * <p>A line that is nothing but single letters typed with one space between them ("Z A K O N",
 * "R E Š E NJ E", NJ, LJ and DŽ counting as one letter) is joined too, when its letters are as
 * close as those of a word set with wide spacing (pdftotext joins them as well); letters typed
 * with spaces inside a longer line ("razredi A B C D") are left as written.
 *
 * <p>A candidate is joined only when the page's glyphs confirm it ({@link #confirmedRuns}): the
 * letters stand on one baseline, in one font size, each gap under {@value #MAX_GAP_EM} em (a
 * table whose one-letter cells are far apart, or single-letter words of a TeX document, which
 * draws no space glyphs at all, stay apart). That check extracts the page once more with PDFBox,
 * only for pages with a candidate (a run of one-letter words, or a line that is nothing but a
 * typed run: spaced letters inside running text, frequent in court decisions, cost nothing);
 * other pages cost a few comparisons per {@code characters} call. Not thread-safe; one instance per parse.
 */
final class LetterSpacedWords extends ContentHandlerDecorator {

  /** Fewest letters a letter-spaced run has. */
  static final int MIN_LETTERS = 4;
  /** Widest gap between two letters of one letter-spaced word, in ems of its font size. */
  static final double MAX_GAP_EM = 0.8;
  /** A letter, or a Serbian and Croatian digraph typed as one (NJ, LJ, DŽ). */
  private static final String UNIT = "(?:\\p{L}|[NnLl][Jj]|[Dd][Žž])";
  /** A line of single letters typed with one space between them: "Z A K O N", "R E Š E NJ E". */
  static final Pattern TYPED = Pattern.compile(UNIT + "(?: " + UNIT + "){" + (MIN_LETTERS - 1) + ",}");

  private final IntFunction<List<String>> runsOfPage;
  /** The buffered calls of a candidate run: single letters, each but maybe the last followed by " ". */
  private final List<String> pending = new ArrayList<>();
  private int depth;
  private int pageDepth = -1;
  private int pageIndex = -1;
  private int confirmedPage = -1;
  /** A call that is a typed letter-spaced run at a line start, until the next event. */
  private String held;
  private boolean atLineStart = true;
  private List<String> confirmed = List.of();

  /**
   * @param runsOfPage the confirmed letter-spaced words of a 0-based page index, in reading
   *     order (see {@link #confirmedRuns}); asked at most once a page
   */
  LetterSpacedWords(ContentHandler handler, IntFunction<List<String>> runsOfPage) {
    super(handler);
    this.runsOfPage = runsOfPage;
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (held != null) {
      String next = new String(ch, start, length);
      if (next.isBlank() && next.indexOf('\n') < 0) {
        held += next; // trailing spaces: the line may still end here
        return;
      }
      boolean lineEnd = next.isBlank();
      releaseHeld(lineEnd);
      if (lineEnd) {
        super.characters(ch, start, length);
        atLineStart = true;
        return;
      }
    }
    if (isLetter(ch, start, length)) {
      if (!pending.isEmpty() && !pending.get(pending.size() - 1).equals(" ")) {
        flush();
      }
      pending.add(new String(ch, start, length));
      return;
    }
    if (length == 1 && ch[start] == ' ' && !pending.isEmpty() && !pending.get(pending.size() - 1).equals(" ")) {
      pending.add(" ");
      return;
    }
    flush();
    if (atLineStart && length >= 2 * MIN_LETTERS - 1 && pageDepth >= 0) {
      String text = new String(ch, start, length);
      if (TYPED.matcher(text.strip()).matches()) {
        held = text; // a whole line only if the line ends next
        return;
      }
    }
    super.characters(ch, start, length);
    if (length > 0) {
      atLineStart = ch[start + length - 1] == '\n';
    }
  }

  /**
   * Writes the held typed run: joined when the line ended right after it and the page confirms
   * it, else as it came.
   */
  private void releaseHeld(boolean lineEnd) throws SAXException {
    String text = held;
    held = null;
    String spaced = text.strip();
    if (lineEnd && confirm(spaced)) {
      int lead = text.indexOf(spaced);
      text = text.substring(0, lead) + spaced.replace(" ", "") + text.substring(lead + spaced.length());
    }
    super.characters(text.toCharArray(), 0, text.length());
    atLineStart = false;
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    lineEnd();
    super.ignorableWhitespace(ch, start, length);
  }

  /** A line or block ends: the buffered run and the held line are written. */
  private void lineEnd() throws SAXException {
    if (held != null) {
      releaseHeld(true);
    }
    flush();
    atLineStart = true;
  }

  @Override
  public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
    lineEnd();
    depth++;
    if (pageDepth < 0 && "div".equals(localName.isEmpty() ? name : localName)
        && "page".equals(atts.getValue("class"))) {
      pageDepth = depth;
      pageIndex++;
    }
    super.startElement(uri, localName, name, atts);
  }

  @Override
  public void endElement(String uri, String localName, String name) throws SAXException {
    lineEnd();
    if (depth == pageDepth) {
      pageDepth = -1;
    }
    depth--;
    super.endElement(uri, localName, name);
  }

  @Override
  public void endDocument() throws SAXException {
    lineEnd();
    super.endDocument();
  }

  private static boolean isLetter(char[] ch, int start, int length) {
    if (length == 0 || length > 2) {
      return false;
    }
    int cp = Character.codePointAt(ch, start, start + length);
    return Character.charCount(cp) == length && Character.isLetter(cp);
  }

  /** Writes the buffered run: joined when the page confirms it, else as it came. */
  private void flush() throws SAXException {
    if (pending.isEmpty()) {
      return;
    }
    StringBuilder letters = new StringBuilder();
    for (String s : pending) {
      if (!s.equals(" ")) {
        letters.append(s);
      }
    }
    boolean trailingSpace = pending.get(pending.size() - 1).equals(" ");
    int count = letters.codePointCount(0, letters.length());
    if (count >= MIN_LETTERS && pageDepth >= 0 && confirm(letters.toString())) {
      pending.clear();
      String joined = trailingSpace ? letters + " " : letters.toString();
      super.characters(joined.toCharArray(), 0, joined.length());
      atLineStart = false;
      return;
    }
    List<String> calls = new ArrayList<>(pending);
    pending.clear();
    for (String s : calls) {
      super.characters(s.toCharArray(), 0, s.length());
    }
    atLineStart = false;
  }

  private boolean confirm(String word) {
    if (confirmedPage != pageIndex) {
      confirmedPage = pageIndex;
      List<String> runs = runsOfPage.apply(pageIndex);
      confirmed = runs == null ? new ArrayList<>() : new ArrayList<>(runs);
    }
    return confirmed.remove(word);
  }

  /**
   * The letter-spaced words of one page of {@code doc} (0-based {@code pageIndex}), in PDFBox's
   * reading order: runs of {@value #MIN_LETTERS} or more one-glyph words on one baseline, in one
   * font size, with gaps under {@value #MAX_GAP_EM} em, joined. Empty when the page cannot be read.
   */
  static List<String> confirmedRuns(PDDocument doc, int pageIndex) {
    List<String> out = new ArrayList<>();
    try {
      Collector collector = new Collector(out);
      collector.setSortByPosition(false);
      collector.setStartPage(pageIndex + 1);
      collector.setEndPage(pageIndex + 1);
      collector.getText(doc);
      collector.endLine();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    return out;
  }

  /** Collects runs of one-glyph words from PDFBox's words and separators. */
  private static final class Collector extends PDFTextStripper {
    private final List<String> out;
    private final List<TextPosition> run = new ArrayList<>();
    private int lineCalls;
    private String lineText;
    private List<TextPosition> linePositions;

    Collector(List<String> out) {
      this.out = out;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      lineCalls++;
      lineText = text;
      linePositions = positions;
      if (positions.size() == 1 && isLetter(text.toCharArray(), 0, text.length()) && fits(positions.get(0))) {
        run.add(positions.get(0));
      } else {
        endRun();
        if (positions.size() == 1 && isLetter(text.toCharArray(), 0, text.length())) {
          run.add(positions.get(0));
        }
      }
    }

    @Override
    protected void writeWordSeparator() {
      // a separator between two letters of a run is what the run is made of
    }

    @Override
    protected void writeLineSeparator() {
      endLine();
    }

    @Override
    protected void writeParagraphEnd() {
      endLine();
    }

    @Override
    protected void writePageEnd() {
      endLine();
    }

    /**
     * Ends a line: a line that is one string of letters typed with spaces between them, on one
     * baseline, in one size, each letter at most {@value #MAX_GAP_EM} em from the next, is a
     * typed letter-spaced word, recorded as its spaced text.
     */
    void endLine() {
      endRun();
      if (lineCalls == 1 && lineText != null) {
        String spaced = lineText.strip();
        if (TYPED.matcher(spaced).matches() && evenlySpaced(linePositions)) {
          out.add(spaced);
        }
      }
      lineCalls = 0;
      lineText = null;
      linePositions = null;
    }

    private static boolean evenlySpaced(List<TextPosition> positions) {
      TextPosition prev = null;
      for (TextPosition p : positions) {
        if (p.getUnicode() == null || p.getUnicode().isBlank()) {
          continue;
        }
        if (prev != null) {
          float size = Math.max(1f, prev.getFontSizeInPt());
          float gap = p.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj());
          if (Math.abs(p.getFontSizeInPt() - prev.getFontSizeInPt()) > 0.05f * size
              || Math.abs(p.getYDirAdj() - prev.getYDirAdj()) > 0.2f * size
              || gap < -0.1f * size || gap > MAX_GAP_EM * size) {
            return false;
          }
        }
        prev = p;
      }
      return prev != null;
    }

    /** Whether {@code next} continues the current run: same baseline and size, a narrow gap. */
    private boolean fits(TextPosition next) {
      if (run.isEmpty()) {
        return true;
      }
      TextPosition prev = run.get(run.size() - 1);
      float size = Math.max(1f, prev.getFontSizeInPt());
      if (Math.abs(next.getFontSizeInPt() - prev.getFontSizeInPt()) > 0.05f * size) {
        return false;
      }
      if (Math.abs(next.getYDirAdj() - prev.getYDirAdj()) > 0.2f * size) {
        return false;
      }
      float gap = next.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj());
      return gap >= -0.1f * size && gap <= MAX_GAP_EM * size;
    }

    void endRun() {
      if (run.size() >= MIN_LETTERS) {
        StringBuilder word = new StringBuilder();
        for (TextPosition p : run) {
          word.append(p.getUnicode());
        }
        out.add(word.toString());
      }
      run.clear();
    }
  }
}
