package org.istraga.provenance.forensics.office;

import static org.istraga.provenance.forensics.AnalysisContext.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.istraga.provenance.forensics.AnalysisContext;
import org.istraga.provenance.forensics.DeclaredDate;
import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.ForensicReport;
import org.istraga.provenance.forensics.LenientDates;

/**
 * Forensic analysis of Office documents: OOXML ({@code ooxml}), OpenDocument ({@code odf}) and OLE2
 * ({@code ole}) containers, chosen by the file's own bytes. Reports who wrote and last saved the
 * document, when, with what, and content that a reader does not see (tracked changes, comments,
 * hidden sheets/slides/text, macros), and raises the {@code office-*} and {@code
 * author-differs-from-last-modifier} flags. Stateless and thread-safe.
 */
public final class OfficeForensics {

  private static final int MAX_ZIP_ENTRIES = 10_000;

  private OfficeForensics() {}

  /** The format actually found ({@code ooxml}, {@code odf}, {@code ole} or {@code none}). */
  public record Result(String format, OfficeFacts facts) {}

  /**
   * Analyzes an unlabelled ZIP file if it is an OOXML or ODF package; any other ZIP (including one
   * that cannot be opened) gives format {@code none} and no error, since it was never claimed to be
   * an Office document.
   */
  public static Result probe(Path file, AnalysisContext ctx) throws IOException {
    try (ZipParts parts = ZipParts.open(file, ctx.limits().maxXmlPartBytes(), MAX_ZIP_ENTRIES)) {
      if (!OdfInspector.isOdf(parts) && !OoxmlInspector.isOoxml(parts)) {
        return new Result(ForensicReport.NONE, null);
      }
    } catch (IOException e) {
      return new Result(ForensicReport.NONE, null);
    }
    return analyze(file, ForensicReport.OOXML, ctx);
  }

  public static Result analyze(Path file, String requestedFormat, AnalysisContext ctx)
      throws IOException {
    if (Files.size(file) > ctx.limits().maxFileBytes()) {
      ctx.error(
          "office", "file above the " + ctx.limits().maxFileBytes() + "-byte limit; not analyzed");
      return new Result(requestedFormat, null);
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8);
    }
    boolean ole = head.length == 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF;
    boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K';
    OfficeFactsBuilder b = new OfficeFactsBuilder();
    String format;
    if (ole) {
      format = ForensicReport.OLE;
      Ole2Inspector.inspect(file, b, ctx);
    } else if (zip) {
      try (ZipParts parts = ZipParts.open(file, ctx.limits().maxXmlPartBytes(), MAX_ZIP_ENTRIES)) {
        if (OdfInspector.isOdf(parts)) {
          format = ForensicReport.ODF;
          OdfInspector.inspect(parts, b, ctx);
        } else if (OoxmlInspector.isOoxml(parts)) {
          format = ForensicReport.OOXML;
          OoxmlInspector.inspect(parts, b, ctx);
        } else {
          ctx.error(
              "office",
              "a ZIP file but neither an OOXML nor an ODF package although labelled "
                  + requestedFormat);
          return new Result(ForensicReport.NONE, null);
        }
      }
    } else {
      ctx.error("office", "not an OLE2 or ZIP container although labelled " + requestedFormat);
      return new Result(requestedFormat, null);
    }
    OfficeFacts facts = b.build();
    rules(facts, ctx);
    return new Result(format, facts);
  }

  /**
   * Whether the last saver is one of the document's authors. The author property holds several
   * names separated by semicolons when a document has several authors (Word's "Authors" field
   * writes {@code A; B}; names themselves may hold commas, {@code Allison, Timothy B.}); the
   * last saver being one of them is not a different account. Case and surrounding blanks do not
   * matter.
   */
  static boolean amongAuthors(String author, String lastModifiedBy) {
    String saver = lastModifiedBy.strip().toLowerCase(Locale.ROOT);
    if (author.strip().toLowerCase(Locale.ROOT).equals(saver)) {
      return true;
    }
    for (String one : author.split(";")) {
      if (one.strip().toLowerCase(Locale.ROOT).equals(saver)) {
        return true;
      }
    }
    return false;
  }

  static void rules(OfficeFacts f, AnalysisContext ctx) {
    ctx.date("office.properties", DeclaredDate.CREATED, LenientDates.parse(f.created()));
    ctx.date("office.properties", DeclaredDate.MODIFIED, LenientDates.parse(f.modified()));
    ctx.date("office.properties", "printed", LenientDates.parse(f.lastPrinted()));
    if (f.author() != null && f.lastModifiedBy() != null && !amongAuthors(f.author(), f.lastModifiedBy())) {
      ctx.flag(
          FlagName.AUTHOR_DIFFERS_FROM_LAST_MODIFIER,
          "The document was created by \""
              + f.author()
              + "\" but last saved by \""
              + f.lastModifiedBy()
              + "\".",
          evidence("author", f.author(), "last_modified_by", f.lastModifiedBy()));
    }
    int ins = f.trackedInsertions() == null ? 0 : f.trackedInsertions();
    int del = f.trackedDeletions() == null ? 0 : f.trackedDeletions();
    if (ins + del > 0) {
      ctx.flag(
          FlagName.OFFICE_TRACKED_CHANGES,
          "The document holds "
              + (ins + del)
              + " tracked change(s) that were never accepted;"
              + " earlier wording may be visible in them.",
          evidence(
              "insertions", ins,
              "deletions", del,
              "authors", f.trackedChangeAuthors() == null ? List.of() : f.trackedChangeAuthors()));
    }
    if (f.comments() != null && f.comments() > 0) {
      ctx.flag(
          FlagName.OFFICE_COMMENTS,
          "The document holds " + f.comments() + " comment(s).",
          evidence(
              "count",
              f.comments(),
              "authors",
              f.commentAuthors() == null ? List.of() : f.commentAuthors()));
    }
    List<String> hidden = new ArrayList<>();
    if (f.hiddenSheets() != null) {
      for (OfficeFacts.HiddenSheet s : f.hiddenSheets()) {
        hidden.add("sheet \"" + s.name() + "\" (" + s.state() + ")");
      }
    }
    if (f.hiddenSlides() != null) {
      for (int n : f.hiddenSlides()) {
        hidden.add("slide " + n);
      }
    }
    if (f.hiddenTextRuns() != null && f.hiddenTextRuns() > 0) {
      hidden.add(f.hiddenTextRuns() + " hidden text run(s)");
    }
    if (!hidden.isEmpty()) {
      ctx.flag(
          FlagName.OFFICE_HIDDEN_CONTENT,
          "The document holds content a reader does not see: " + String.join(", ", hidden) + ".",
          evidence("hidden", hidden));
    }
    if (f.encrypted()) {
      ctx.flag(
          FlagName.OFFICE_ENCRYPTED,
          Boolean.TRUE.equals(f.rightsManaged())
              ? "The document's content is encrypted by rights management (IRM) and was not"
                  + " read; only the properties stored outside the encrypted part are reported."
              : "The document is password-encrypted; its content and most of its metadata could"
                  + " not be read.",
          evidence("container", f.container(), "rights_managed", f.rightsManaged()));
    }
    if (f.signatures() != null) {
      OfficeSignatureRules.apply(f, ctx);
    }
    if (f.macros()) {
      ctx.flag(
          FlagName.OFFICE_MACROS,
          "The document carries a macro project (code that can run when it is opened).",
          evidence("container", f.container()));
    }
  }
}
