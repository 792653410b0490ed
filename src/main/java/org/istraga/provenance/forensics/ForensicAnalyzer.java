package org.istraga.provenance.forensics;

import static org.istraga.provenance.forensics.AnalysisContext.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.istraga.provenance.forensics.cms.CmsFacts;
import org.istraga.provenance.forensics.cms.CmsForensics;
import org.istraga.provenance.forensics.email.EmailFacts;
import org.istraga.provenance.forensics.email.EmailForensics;
import org.istraga.provenance.forensics.image.ImageFacts;
import org.istraga.provenance.forensics.image.ImageForensics;
import org.istraga.provenance.forensics.office.OfficeFacts;
import org.istraga.provenance.forensics.office.OfficeForensics;
import org.istraga.provenance.forensics.pdf.PdfFacts;
import org.istraga.provenance.forensics.pdf.PdfForensics;

/**
 * Per-document forensics: given one file and its detected media type, produces a {@link
 * ForensicReport} with the format's provenance facts, consistency flags and (for PDFs) the earlier
 * revisions.
 *
 * <p>Robust by contract: {@link #analyze} never throws for bad content. Malformed or hostile files
 * yield a partial report whose {@link ForensicReport#errors()} say what could not be read (and an
 * {@code analysis-incomplete} flag). Memory and time are bounded by {@link ForensicLimits}: files
 * above {@code maxFileBytes} are hashed but not loaded, every walk is capped, and optional steps
 * stop when the time budget is used up.
 *
 * <p>Thread-safe and reusable: the analyzer holds only immutable options; each call has its own
 * state. It never writes to, moves or locks the input file, and makes no network access.
 *
 * <pre>{@code
 * ForensicAnalyzer analyzer = new ForensicAnalyzer(
 *     ForensicOptions.defaults().withDkimKeys(DkimKeys.load(Path.of("keys.txt"))));
 * ForensicReport r = analyzer.analyze(Path.of("leak/contract.pdf"), "application/pdf");
 * r.flags().forEach(f -> System.out.println(f.name() + ": " + f.message()));
 * String json = r.toJson();
 * }</pre>
 */
public final class ForensicAnalyzer {

  private static final int HEAD_BYTES = 8192;

  private final ForensicOptions options;

  public ForensicAnalyzer(ForensicOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public ForensicOptions options() {
    return options;
  }

  /**
   * Analyzes one file. Cost: one read of the file for its hash, plus the format analysis (for PDFs:
   * one load of the final document and one per earlier revision, up to {@code maxRevisions}).
   *
   * @param file an existing regular file (read only)
   * @param mediaType the media type detected by the caller (Tika), or null to sniff
   * @return the report; never null
   */
  public ForensicReport analyze(Path file, String mediaType) {
    AnalysisContext ctx = new AnalysisContext(options);
    long size = -1;
    String sha = null;
    byte[] head = new byte[0];
    try {
      size = Files.size(file);
      head = readHead(file);
      sha = sha256(file);
    } catch (IOException | RuntimeException e) {
      ctx.error("read", e);
      return finish(
          ctx, ForensicReport.NONE, mediaType, size, sha, null, null, null, null, null, List.of());
    }
    if (size == 0) {
      // Nothing to analyze: an empty file is not a damaged PDF, Office file or image, whatever
      // its name or label says (the ingest reports it as empty).
      return finish(
          ctx, ForensicReport.NONE, mediaType, size, sha, null, null, null, null, null, List.of());
    }
    FormatSniffer.Choice choice = FormatSniffer.choose(mediaType, head);
    String format = choice.format();
    PdfFacts pdf = null;
    OfficeFacts office = null;
    ImageFacts image = null;
    EmailFacts email = null;
    CmsFacts cms = null;
    List<Revision> revisions = List.of();
    try {
      switch (format) {
        case ForensicReport.PDF -> {
          byte[] data = loadBounded(file, size, ctx);
          if (data != null) {
            PdfForensics.Result r = PdfForensics.analyze(data, ctx);
            pdf = r.facts();
            revisions = r.revisions();
          }
        }
        case ForensicReport.OLE -> {
          if (EmailForensics.isOutlookMsg(file)) {
            format = ForensicReport.EMAIL;
            email = EmailForensics.analyzeMsg(file, ctx);
          } else {
            OfficeForensics.Result r = OfficeForensics.analyze(file, format, ctx);
            format = r.format();
            office = r.facts();
          }
        }
        case ForensicReport.OOXML, ForensicReport.ODF -> {
          OfficeForensics.Result r =
              FormatSniffer.PROBE.equals(choice.container())
                  ? OfficeForensics.probe(file, ctx)
                  : OfficeForensics.analyze(file, format, ctx);
          format = r.format();
          office = r.facts();
        }
        case ForensicReport.IMAGE -> image = ImageForensics.analyze(file, ctx);
        case ForensicReport.EMAIL -> {
          if ("msg".equals(choice.container())) {
            email = EmailForensics.analyzeMsg(file, ctx);
          } else {
            byte[] data = loadBounded(file, size, ctx);
            if (data != null) {
              email = EmailForensics.analyze(data, choice.container(), ctx);
            }
          }
        }
        case ForensicReport.CMS -> {
          byte[] data = loadBounded(file, size, ctx);
          if (data != null) {
            cms = CmsForensics.analyze(data, options.signedDocument(), ctx);
          }
        }
        default -> {
          // no forensic analyzer for this type: the report carries only size and hash
        }
      }
    } catch (Exception | StackOverflowError | OutOfMemoryError | LinkageError e) {
      ctx.error(format, e);
    }
    return finish(ctx, format, mediaType, size, sha, pdf, office, image, email, cms, revisions);
  }

  private ForensicReport finish(
      AnalysisContext ctx,
      String format,
      String mediaType,
      long size,
      String sha,
      PdfFacts pdf,
      OfficeFacts office,
      ImageFacts image,
      EmailFacts email,
      CmsFacts cms,
      List<Revision> revisions) {
    try {
      ConsistencyRules.apply(ctx);
    } catch (RuntimeException e) {
      ctx.error("rules", e);
    }
    if (!ctx.errors().isEmpty()) {
      ctx.flag(
          FlagName.ANALYSIS_INCOMPLETE,
          "Part of the file could not be analyzed; see errors.",
          evidence("errors", ctx.errors().size(), "first", ctx.errors().get(0)));
    }
    return new ForensicReport(
        format,
        mediaType,
        size,
        sha,
        ctx.now().toString(),
        pdf,
        office,
        image,
        email,
        cms,
        ctx.flags(),
        revisions,
        ctx.errors());
  }

  private byte[] loadBounded(Path file, long size, AnalysisContext ctx) throws IOException {
    long max = options.limits().maxFileBytes();
    if (size > max) {
      ctx.error(
          "read",
          "file is " + size + " bytes, above the " + max + "-byte limit; structure not analyzed");
      return null;
    }
    return Files.readAllBytes(file);
  }

  private static byte[] readHead(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD_BYTES);
    }
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int r;
      while ((r = in.read(buf)) > 0) {
        md.update(buf, 0, r);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
