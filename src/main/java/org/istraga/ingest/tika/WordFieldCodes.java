package org.istraga.ingest.tika;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.model.FieldsDocumentPart;
import org.apache.poi.hwpf.usermodel.Field;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.xml.sax.ContentHandler;

/**
 * The field codes of a legacy Word (.doc) file that Tika writes as if they were text, and a filter
 * that takes them out of its output.
 *
 * <p>A Word field is stored as {@code 0x13 instruction 0x14 result 0x15}: Word shows the result
 * (a link's text, a page number) and hides the instruction ({@code HYPERLINK "http://…"}). Tika's
 * Word extractor reads the fields of the main text and the headers and footers, but
 * <ul>
 *   <li>writes the footnotes, endnotes, comments and text boxes as POI's raw text, instruction and
 *       marks included; the marks, control characters, become U+FFFD: "Please check the
 *       {@code �HYPERLINK "http://…/tpsearch1.html" ��Comptroller’s website�} to determine" (corpus
 *       {@code contract processing checklist.doc});
 *   <li>writes the instruction of a field without a stored result, whose value Word computes when it
 *       shows the document: every article of a law numbered by {@code AUTONUM} read "Члан AUTONUM"
 *       (corpus {@code Zakon-o-udruzenjima.doc}, 90 times), a footer "Page PAGE".
 * </ul>
 * The instructions are read from the file's field tables (POI's {@link HWPFDocument#getFields()}),
 * so only text that is a field instruction of this file is removed: a marked field keeps its
 * result, a field without a result (whose value is computed and not stored) becomes nothing. Form
 * fields without a result (a check box) are kept as Tika writes them ({@code FORMCHECKBOX}): they
 * say that a form field stands there, and its state is not read. The number an {@code AUTONUM}
 * field would show is not computed (it depends on Word's outline levels), so "Члан" stands without
 * its number, as antiword shows it.
 *
 * <p>Cost: the file is read a second time by POI (Tika's extractor does not expose its document):
 * memory and time about those of Tika's own reading of the text. Not thread-safe (a {@link Filter}
 * holds the state of one parse).
 */
final class WordFieldCodes {

  /** POI field types of form fields: FORMTEXT, FORMCHECKBOX, FORMDROPDOWN. */
  private static final int[] FORM_FIELDS = {70, 71, 83};

  /**
   * A mark at the head of a paragraph: the reference mark (0x02, Word shows the note's number) with
   * which POI's raw text of a footnote, endnote or comment begins.
   */
  private static final Pattern LEADING_MARK = Pattern.compile("^(\\s*)\uFFFD");

  /** Instructions of marked fields (sub-documents) → whether the field has a result. */
  private final Map<String, Boolean> marked;
  /** Instructions Tika writes bare (a field without result), with how many fields have each. */
  private final Map<String, Integer> bare;

  private WordFieldCodes(Map<String, Boolean> marked, Map<String, Integer> bare) {
    this.marked = marked;
    this.bare = bare;
  }

  /**
   * Reads the field tables of {@code file}. A Word 6/95 file (no field tables POI reads) has none;
   * a file POI cannot read (encrypted, damaged) throws, and Tika's own parse reports it.
   */
  static WordFieldCodes read(Path file) throws IOException {
    Map<String, Boolean> marked = new HashMap<>();
    Map<String, Integer> bare = new HashMap<>();
    HWPFDocument doc;
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      try {
        doc = new HWPFDocument(fs.getRoot());
      } catch (OldWordFileFormatException e) {
        return new WordFieldCodes(marked, bare);
      }
      String all = doc.getText().toString();
      for (FieldsDocumentPart part : FieldsDocumentPart.values()) {
        Range range = rangeOf(doc, part);
        if (range == null) {
          continue;
        }
        int base = range.getStartOffset();
        for (Field f : doc.getFields().getFields(part)) {
          int start = base + f.getMarkStartOffset() + 1;
          int end = base + (f.hasSeparator() ? f.getMarkSeparatorOffset() : f.getMarkEndOffset());
          if (start < 0 || end > all.length() || start >= end) {
            continue;
          }
          String instruction = all.substring(start, end);
          if (instruction.indexOf('\u0013') >= 0) {
            continue; // a nested field: its parts are not one instruction
          }
          if (part == FieldsDocumentPart.MAIN || part == FieldsDocumentPart.HEADER) {
            if (!f.hasSeparator() && !isFormField(f.getType())) {
              bare.merge(instruction.replaceAll("[\\x00-\\x1f]", "\n"), 1, Integer::sum);
            }
          } else {
            // in the text, the instruction runs from the field's start mark to the next mark: the
            // separator, or a data mark before it (a hyperlink's 0x01)
            String key = instruction.split("[\\x00-\\x1f]", 2)[0];
            if (!key.isBlank()) {
              marked.merge(key, f.hasSeparator(), Boolean::logicalOr);
            }
          }
        }
      }
    }
    return new WordFieldCodes(marked, bare);
  }

  private static Range rangeOf(HWPFDocument doc, FieldsDocumentPart part) {
    return switch (part) {
      case MAIN -> doc.getRange();
      case HEADER -> doc.getHeaderStoryRange();
      case FOOTNOTES -> doc.getFootnoteRange();
      case ENDNOTES -> doc.getEndnoteRange();
      case ANNOTATIONS -> doc.getCommentsRange();
      case TEXTBOX -> doc.getMainTextboxRange();
      default -> null; // header text boxes: Tika does not write them
    };
  }

  private static boolean isFormField(int type) {
    for (int t : FORM_FIELDS) {
      if (t == type) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text} without the field instructions of this file and without a note's reference mark at
   * its head: a marked field ({@code �instr�result�}) becomes its result, and the first {@code
   * budget} occurrences of each bare instruction are removed (the budget, copied from {@link
   * #bare}, is shared by the calls of one parse).
   */
  String clean(String text, Map<String, Integer> budget) {
    String out = LEADING_MARK.matcher(text).replaceFirst("$1");
    if (!marked.isEmpty() && out.indexOf('\uFFFD') >= 0) {
      out = unmark(out);
    }
    for (Map.Entry<String, Integer> e : budget.entrySet()) {
      String instruction = e.getKey();
      int left = e.getValue();
      int at;
      while (left > 0 && !instruction.isBlank() && (at = out.indexOf(instruction)) >= 0) {
        out = out.substring(0, at) + out.substring(at + instruction.length());
        left--;
      }
      e.setValue(left);
    }
    return out;
  }

  private String unmark(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('\uFFFD', i);
      if (open < 0) {
        break;
      }
      int close = text.indexOf('\uFFFD', open + 1);
      Boolean hasResult = close < 0 ? null : marked.get(text.substring(open + 1, close));
      if (hasResult == null) {
        out.append(text, i, open + 1);
        i = open + 1;
        continue;
      }
      out.append(text, i, open);
      int next = close + 1;
      if (hasResult) {
        while (next < text.length() && text.charAt(next) == '\uFFFD') {
          next++; // the separator, after a data mark (a hyperlink's)
        }
        int end = text.indexOf('\uFFFD', next);
        if (end < 0) {
          end = text.length();
        }
        out.append(text, next, end);
        next = Math.min(text.length(), end + 1);
      }
      i = next;
    }
    out.append(text, Math.min(i, text.length()), text.length());
    return out.toString();
  }

  /** A new filter over {@code handler} for one parse of this file. */
  Filter filter(ContentHandler handler) {
    return new Filter(handler, this);
  }

  /**
   * Passes Tika's XHTML on with the field instructions taken out of its text. Text is held from one
   * element boundary to the next (Tika's XHTML handler splits a paragraph's characters at every
   * mark it replaces) and cleaned as a whole.
   */
  static final class Filter extends HeldTextRewriter {
    private final WordFieldCodes codes;
    private final Map<String, Integer> budget;

    Filter(ContentHandler handler, WordFieldCodes codes) {
      super(handler);
      this.codes = codes;
      this.budget = new HashMap<>(codes.bare);
    }

    @Override
    String rewrite(String text) {
      return codes.clean(text, budget);
    }

    /** The bare instructions not found in the text so far (a test's view). */
    List<String> unfound() {
      List<String> out = new ArrayList<>();
      budget.forEach((k, v) -> {
        if (v > 0) {
          out.add(k);
        }
      });
      return out;
    }
  }

  /** A set of codes given directly (tests). */
  static WordFieldCodes of(Map<String, Boolean> marked, Map<String, Integer> bare) {
    return new WordFieldCodes(new HashMap<>(marked), new HashMap<>(bare));
  }
}
