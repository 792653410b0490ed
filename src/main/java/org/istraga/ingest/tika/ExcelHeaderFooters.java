package org.istraga.ingest.tika;

import java.io.IOException;
import java.nio.file.Path;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.extractor.ExcelExtractor;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.FooterRecord;
import org.apache.poi.hssf.record.HeaderRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.HeaderFooter;
import org.apache.poi.xssf.usermodel.helpers.HeaderFooterHelper;
import org.istraga.provenance.forensics.SafeXml;
import org.xml.sax.ContentHandler;

/**
 * The page headers and footers of an Excel workbook (xls, xlsx) as the text a printed page shows,
 * instead of the coded strings Tika writes.
 *
 * <p>Excel stores a header as one string with codes: {@code &L}, {@code &C}, {@code &R} start its
 * left, centre and right sections; {@code &"Arial,Bold"} sets a font, {@code &14} a font size,
 * {@code &B}, {@code &I}, {@code &U}... switch bold, italic, underline; {@code &KFF0000} a colour;
 * {@code &P}, {@code &N}, {@code &D}, {@code &T}, {@code &F}, {@code &A}, {@code &Z}, {@code &G} stand
 * for the page number, page count, date, time, file name, sheet name, path and a picture; {@code &&}
 * is an ampersand. Tika's Excel extractor writes the string as stored, so a header "Ugovor o nabavci"
 * in 14-point Arial Bold read {@code &CPoverljivo&L&"Arial,Bold"&14Ugovor o nabavci} and its words
 * were the tokens "cpoverljivo" and "14ugovor": no search for "ugovor" or "poverljivo" found it.
 * Here each such string is written as its sections' text, left, centre, right, separated by a tab;
 * the codes that stand for values computed when the page is printed (page number, date...) are
 * left out, like Word's {@code PAGE} field ({@link WordFieldCodes}).
 *
 * <p>Tika's xlsx extractor splits the string into its sections (POI's {@code HeaderFooterHelper})
 * but leaves the codes in each: {@code &"Arial,Bold"&14Ugovor o nabavci}, {@code &8Ministarstvo}.
 *
 * <p>The strings are read from the file: an xls workbook's header and footer records (POI's event
 * reader: one pass over the workbook stream, no cells kept), the {@code headerFooter} elements of an
 * xlsx workbook's worksheets (one streaming pass over each worksheet's XML); only text that is
 * exactly what Tika writes for one of them is rewritten. Cost: that pass; the filter holds the text
 * between two element boundaries. Not thread-safe (a {@link Filter} belongs to one parse).
 */
final class ExcelHeaderFooters {

  private static final Pattern WORKSHEET = Pattern.compile("xl/worksheets/[^/]+\\.xml");
  private static final Set<String> HEADER_FOOTER_ELEMENTS =
      Set.of("oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter");

  private ExcelHeaderFooters() {}

  /** The coded header and footer strings of the workbook in {@code file}, in order, once each. */
  static List<String> readXls(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    HSSFRequest request = new HSSFRequest();
    request.addListener(r -> add(out, ((HeaderRecord) r).getText()), HeaderRecord.sid);
    request.addListener(r -> add(out, ((FooterRecord) r).getText()), FooterRecord.sid);
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      new HSSFEventFactory().processWorkbookEvents(request, fs);
    }
    return out;
  }

  /** The coded header and footer strings of the worksheets of the xlsx {@code file}, once each. */
  static List<String> readXlsx(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
      Enumeration<ZipArchiveEntry> entries = zip.getEntries();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry e = entries.nextElement();
        if (!WORKSHEET.matcher(e.getName()).matches()) {
          continue;
        }
        try (InputStream in = zip.getInputStream(e)) {
          XMLStreamReader r = SafeXml.reader(in);
          while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && HEADER_FOOTER_ELEMENTS.contains(r.getLocalName())) {
              add(out, r.getElementText());
            }
          }
          r.close();
        } catch (XMLStreamException ex) {
          throw new IOException("worksheet " + e.getName() + " is not well-formed XML: " + ex.getMessage(), ex);
        }
      }
    }
    return out;
  }

  /**
   * The text Tika's xlsx extractor writes for the coded string {@code coded}: its sections, codes
   * and all, as POI splits them, separated by tabs.
   */
  static String tikaXlsxText(String coded) {
    HeaderFooterHelper helper = new HeaderFooterHelper();
    return ExcelExtractor._extractHeaderFooter(new HeaderFooter() {
      @Override
      public String getLeft() {
        return helper.getLeftSection(coded);
      }

      @Override
      public void setLeft(String text) {
        throw new UnsupportedOperationException("read only");
      }

      @Override
      public String getCenter() {
        return helper.getCenterSection(coded);
      }

      @Override
      public void setCenter(String text) {
        throw new UnsupportedOperationException("read only");
      }

      @Override
      public String getRight() {
        return helper.getRightSection(coded);
      }

      @Override
      public void setRight(String text) {
        throw new UnsupportedOperationException("read only");
      }
    });
  }

  private static void add(List<String> out, String coded) {
    if (coded != null && coded.indexOf('&') >= 0 && !out.contains(coded)) {
      out.add(coded);
    }
  }

  /**
   * The text a printed page shows for the coded header or footer {@code coded}: its left, centre
   * and right sections that have text, separated by a tab, without formatting codes and without the
   * values computed when printing. Text before any section code is the centre section.
   */
  static String readable(String coded) {
    StringBuilder[] sections = {new StringBuilder(), new StringBuilder(), new StringBuilder()};
    int section = 1;
    int i = 0;
    int n = coded.length();
    while (i < n) {
      char c = coded.charAt(i);
      if (c != '&' || i + 1 >= n) {
        sections[section].append(c);
        i++;
        continue;
      }
      char code = coded.charAt(i + 1);
      i += 2;
      switch (code) {
        case '&' -> sections[section].append('&');
        case 'L', 'l' -> section = 0;
        case 'C', 'c' -> section = 1;
        case 'R', 'r' -> section = 2;
        case 'K', 'k' -> i = Math.min(n, i + 6); // a colour: RRGGBB, or a theme colour TTSNN
        case '"' -> {
          int close = coded.indexOf('"', i);
          i = close < 0 ? n : close + 1; // a font: &"name,style"
        }
        case 'P', 'p' -> {
          // the page number, perhaps with an offset: &P+1
          if (i < n && (coded.charAt(i) == '+' || coded.charAt(i) == '-')) {
            int j = i + 1;
            while (j < n && Character.isDigit(coded.charAt(j))) {
              j++;
            }
            i = j > i + 1 ? j : i;
          }
        }
        default -> {
          if (Character.isDigit(code)) {
            while (i < n && Character.isDigit(coded.charAt(i))) {
              i++; // a font size: &14
            }
          }
          // other codes (&N &D &T &F &A &Z &G, &B &I &U &E &S &X &Y &O &H) stand for nothing here
        }
      }
    }
    List<String> parts = new ArrayList<>();
    for (StringBuilder s : sections) {
      String t = s.toString().strip();
      if (!t.isEmpty()) {
        parts.add(t);
      }
    }
    return String.join("\t", parts);
  }

  /** The warning recorded when a workbook's header and footer codes cannot be read. */
  static final String NOT_READ = "Excel header and footer codes not read, left in the text";

  /**
   * A filter over {@code handler} that writes the coded strings {@code coded} as {@link #readable};
   * {@code xlsx}: as Tika's xlsx extractor writes them ({@link #tikaXlsxText}), else as stored (xls);
   * {@code handler} itself when there are none.
   */
  static ContentHandler filter(ContentHandler handler, List<String> coded, boolean xlsx) {
    if (coded.isEmpty()) {
      return handler;
    }
    Map<String, String> replacements = new LinkedHashMap<>();
    for (String c : coded) {
      String written = xlsx ? tikaXlsxText(c) : c;
      if (!written.isEmpty()) {
        replacements.put(written, readable(c));
      }
    }
    return new Filter(handler, replacements);
  }

  /**
   * Passes Tika's XHTML on with each coded header or footer string in its text replaced by its
   * readable text. Text is held from one element boundary to the next, so a string Tika writes in
   * several pieces is still found whole.
   */
  static final class Filter extends HeldTextRewriter {
    private final Map<String, String> replacements;

    private Filter(ContentHandler handler, Map<String, String> replacements) {
      super(handler);
      this.replacements = replacements;
    }

    @Override
    String rewrite(String text) {
      for (Map.Entry<String, String> e : replacements.entrySet()) {
        if (text.contains(e.getKey())) {
          text = text.replace(e.getKey(), e.getValue());
        }
      }
      return text;
    }
  }
}
