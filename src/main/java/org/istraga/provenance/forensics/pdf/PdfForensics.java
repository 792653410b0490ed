package org.istraga.provenance.forensics.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.encryption.PDEncryption;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.istraga.provenance.forensics.AnalysisContext;
import org.istraga.provenance.forensics.DeclaredDate;
import org.istraga.provenance.forensics.LenientDates;
import org.istraga.provenance.forensics.Revision;

/**
 * Forensic analysis of one PDF: revision layout, metadata (Info and XMP), signatures, encryption,
 * active content and attachments, and the text of every earlier revision. Raises the {@code pdf-*}
 * flags and {@code dates-xmp-info-mismatch}; registers declared dates for the common rules.
 *
 * <p>Every step is guarded: a failing step adds an error to the context and the others go on.
 * Memory: the file is held once in memory (callers enforce {@code maxFileBytes}); earlier revisions
 * are opened one at a time as views on the same bytes. Stateless and thread-safe.
 */
public final class PdfForensics {

  private PdfForensics() {}

  /** The PDF section and the earlier revisions. */
  public record Result(PdfFacts facts, List<Revision> revisions) {}

  public static Result analyze(byte[] data, AnalysisContext ctx) {
    PdfRevisionScanner.Layout layout = PdfRevisionScanner.scan(data);
    String catalogVersion = null;
    int pageCount = -1;
    PdfFacts.Info info = null;
    PdfFacts.Xmp xmp = null;
    Map<String, String> xmpRaw = null;
    List<PdfSignatureFacts> signatures = new ArrayList<>();
    List<String> unsignedFields = null;
    PdfFacts.Encryption encryption = null;
    List<PdfFacts.JavaScript> javascript = List.of();
    String openAction = null;
    List<PdfFacts.EmbeddedFile> embedded = List.of();
    List<PdfFacts.Font> fonts = List.of();
    int max = ctx.limits().maxObjects();

    PDDocument doc = null;
    byte[] openable = data; // the bytes PDFBox reads; signatures and hashes always use data
    try {
      doc = Loader.loadPDF(new RandomAccessReadBuffer(data));
    } catch (InvalidPasswordException e) {
      encryption = PdfRawEncryption.read(data);
      if (encryption != null && Boolean.TRUE.equals(encryption.embeddedFilesOnly())) {
        // An unencrypted wrapper: only the attachments need the password; the rest is readable.
        openable = PdfRawEncryption.withoutEncryptEntries(data);
        try {
          doc = Loader.loadPDF(new RandomAccessReadBuffer(openable));
          encryption = encryption.openedWithoutPassword();
        } catch (IOException | RuntimeException | StackOverflowError e2) {
          ctx.error("pdf.open", e2);
          openable = data;
        }
      } else {
        ctx.error("pdf.open", "encrypted with a user password; only raw bytes were inspected");
      }
    } catch (IOException | RuntimeException | StackOverflowError e) {
      ctx.error("pdf.open", e);
      // Certificate (Adobe.PubSec) and rights-management handlers (MicrosoftIRMServices,
      // Adobe.APS, FileOpen...) fail here, not with a password error: the dictionary still says so.
      // A standard-handler file failing here is damaged; whether it needs a password is unknown.
      PdfFacts.Encryption raw = PdfRawEncryption.read(data);
      if (raw != null && raw.filter() != null && !"Standard".equals(raw.filter())) {
        encryption = raw;
      }
    }
    try {
      if (doc != null) {
        catalogVersion = step(ctx, "pdf.version", doc, d -> d.getDocumentCatalog().getVersion());
        Integer pc = step(ctx, "pdf.pages", doc, PDDocument::getNumberOfPages);
        pageCount = pc == null ? -1 : pc;
        info = step(ctx, "pdf.info", doc, PdfForensics::info);
        byte[] xmpBytes =
            step(ctx, "pdf.xmp", doc, d -> xmpBytes(d, ctx.limits().maxXmlPartBytes()));
        if (xmpBytes != null) {
          try {
            xmp = PdfXmpReader.read(xmpBytes, max);
            xmpRaw = PdfXmpReader.rawDates(xmpBytes);
          } catch (Exception e) {
            ctx.error("pdf.xmp", e);
          }
        }
        PdfFacts.Encryption opened = step(ctx, "pdf.encryption", doc, PdfForensics::encryption);
        if (opened != null) {
          encryption = opened;
        }
        List<PdfSignatureFacts> sigs =
            step(ctx, "pdf.signatures", doc, d -> signatures(d, data, layout, ctx));
        if (sigs != null) {
          signatures.addAll(sigs);
        }
        unsignedFields =
            step(ctx, "pdf.signature_fields", doc, d -> unsignedSignatureFields(d, max));
        if (ctx.withinBudget("pdf.javascript")) {
          List<PdfFacts.JavaScript> js =
              step(ctx, "pdf.javascript", doc, d -> PdfInventory.javascript(d, max));
          javascript = js == null ? List.of() : js;
        }
        openAction = step(ctx, "pdf.open_action", doc, PdfInventory::openAction);
        if (ctx.withinBudget("pdf.embedded_files")) {
          List<PdfFacts.EmbeddedFile> ef =
              step(
                  ctx,
                  "pdf.embedded_files",
                  doc,
                  d -> PdfInventory.embeddedFiles(d, max, ctx.limits().maxFileBytes()));
          embedded = ef == null ? List.of() : ef;
        }
        if (ctx.withinBudget("pdf.fonts")) {
          List<PdfFacts.Font> f = step(ctx, "pdf.fonts", doc, d -> PdfInventory.fonts(d, max));
          fonts = f == null ? List.of() : f;
        }
      } else {
        for (PdfRawSignatureScanner.Found f :
            PdfRawSignatureScanner.scan(data, ctx.limits().maxSignatures())) {
          signatures.add(
              PdfSignatureInspector.inspect(
                  f.dictionary(),
                  "(raw scan at offset " + f.offset() + ")",
                  PdfSignatureInspector.APPROVAL,
                  data,
                  layout));
        }
      }
    } finally {
      if (doc != null) {
        try {
          doc.close();
        } catch (IOException e) {
          ctx.error("pdf.close", e);
        }
      }
    }

    List<Revision> revisions = earlierRevisions(data, openable, layout, ctx);
    long lastEnd =
        layout.revisionEnds().isEmpty()
            ? data.length
            : layout.revisionEnds().get(layout.revisionEnds().size() - 1);
    PdfFacts facts =
        new PdfFacts(
            layout.headerVersion(),
            catalogVersion,
            layout.headerOffset(),
            layout.linearized(),
            layout.revisionCount(),
            layout.revisionEnds(),
            layout.bytesAfterLastEof(),
            PdfRevisionScanner.hexPreview(data, lastEnd, 32),
            pageCount,
            info,
            xmp,
            List.copyOf(signatures),
            unsignedFields == null || unsignedFields.isEmpty() ? null : unsignedFields,
            encryption,
            List.copyOf(javascript),
            openAction,
            List.copyOf(embedded),
            List.copyOf(fonts));
    PdfRules.apply(facts, xmpRaw, data.length, layout, ctx);
    return new Result(facts, revisions);
  }

  // ---------------------------------------------------------------------------------------------

  /** One step on the open document; its failure is recorded and yields null. */
  interface Step<T> {
    T run(PDDocument doc) throws Exception;
  }

  static <T> T step(AnalysisContext ctx, String name, PDDocument doc, Step<T> step) {
    try {
      return step.run(doc);
    } catch (Exception | StackOverflowError e) {
      ctx.error(name, e);
      return null;
    }
  }

  private static PdfFacts.Info info(PDDocument doc) {
    PDDocumentInformation in = doc.getDocumentInformation();
    COSDictionary d = in.getCOSObject();
    if (d.size() == 0) {
      return null;
    }
    String cRaw = d.getString(COSName.CREATION_DATE);
    String mRaw = d.getString(COSName.MOD_DATE);
    Map<String, String> custom = new LinkedHashMap<>();
    Set<String> standard =
        Set.of(
            "Title",
            "Author",
            "Subject",
            "Keywords",
            "Creator",
            "Producer",
            "CreationDate",
            "ModDate",
            "Trapped");
    int n = 0;
    for (COSName k : d.keySet()) {
      if (!standard.contains(k.getName()) && n++ < 100) {
        String v = d.getString(k);
        if (v != null) {
          custom.put(k.getName(), v.length() > 1000 ? v.substring(0, 1000) : v);
        }
      }
    }
    return new PdfFacts.Info(
        in.getTitle(),
        in.getAuthor(),
        in.getSubject(),
        in.getKeywords(),
        in.getCreator(),
        in.getProducer(),
        PdfDates.iso(cRaw),
        cRaw,
        PdfDates.iso(mRaw),
        mRaw,
        custom.isEmpty() ? null : custom);
  }

  private static byte[] xmpBytes(PDDocument doc, long max) throws IOException {
    PDMetadata md = doc.getDocumentCatalog().getMetadata();
    if (md == null) {
      return null;
    }
    try (InputStream in = md.createInputStream()) {
      return in.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 16));
    }
  }

  private static PdfFacts.Encryption encryption(PDDocument doc) {
    if (!doc.isEncrypted()) {
      return null;
    }
    PDEncryption e = doc.getEncryption();
    Map<String, Boolean> perms = PdfPermissions.decode(e.getPermissions(), e.getRevision());
    COSName eff = e.getCOSObject().getCOSName(COSName.getPDFName("EFF"));
    boolean wrapper =
        PdfRawEncryption.embeddedFilesOnly(
            e.getVersion(),
            nameOf(e.getCOSObject().getCOSName(COSName.getPDFName("StmF"))),
            nameOf(e.getCOSObject().getCOSName(COSName.getPDFName("StrF"))),
            nameOf(eff));
    return new PdfFacts.Encryption(
        e.getFilter(),
        e.getSubFilter(),
        e.getVersion(),
        e.getRevision(),
        e.getLength(),
        false,
        perms,
        wrapper ? Boolean.TRUE : null);
  }

  private static List<PdfSignatureFacts> signatures(
      PDDocument doc, byte[] data, PdfRevisionScanner.Layout layout, AnalysisContext ctx)
      throws IOException {
    int max = ctx.limits().maxSignatures();
    Map<COSDictionary, String[]> found = new LinkedHashMap<>(); // dict -> {name, kind}
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    COSDictionary perms =
        PdfInventory.dict(
            doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.PERMS));
    COSDictionary docMdp =
        perms == null ? null : PdfInventory.dict(perms.getDictionaryObject(COSName.DOCMDP));
    for (PDSignatureField field : doc.getSignatureFields()) {
      if (found.size() >= max) {
        break;
      }
      COSDictionary v = PdfInventory.dict(field.getCOSObject().getDictionaryObject(COSName.V));
      if (v == null || !seen.add(v)) {
        continue;
      }
      String kind =
          v == docMdp || hasDocMdpReference(v)
              ? PdfSignatureInspector.CERTIFICATION
              : PdfSignatureInspector.APPROVAL;
      found.put(v, new String[] {field.getFullyQualifiedName(), kind});
    }
    if (perms != null) {
      for (COSName key : perms.keySet()) {
        COSDictionary v = PdfInventory.dict(perms.getDictionaryObject(key));
        if (v == null || !seen.add(v) || found.size() >= max) {
          continue;
        }
        String kind =
            key.equals(COSName.DOCMDP)
                ? PdfSignatureInspector.CERTIFICATION
                : PdfSignatureInspector.USAGE_RIGHTS;
        found.put(v, new String[] {"/Perms/" + key.getName(), kind});
      }
    }
    List<PdfSignatureFacts> out = new ArrayList<>();
    for (Map.Entry<COSDictionary, String[]> e : found.entrySet()) {
      try {
        out.add(
            PdfSignatureInspector.inspect(
                e.getKey(), e.getValue()[0], e.getValue()[1], data, layout));
      } catch (RuntimeException ex) {
        ctx.error("pdf.signature " + e.getValue()[0], ex);
      }
    }
    return out;
  }

  /** Fully qualified names of signature fields without a value ({@code /V}), at most {@code max}. */
  private static List<String> unsignedSignatureFields(PDDocument doc, int max) throws IOException {
    List<String> out = new ArrayList<>();
    for (PDSignatureField field : doc.getSignatureFields()) {
      if (out.size() >= max) {
        break;
      }
      if (PdfInventory.dict(field.getCOSObject().getDictionaryObject(COSName.V)) == null) {
        out.add(java.util.Objects.toString(field.getFullyQualifiedName(), "(unnamed)"));
      }
    }
    return List.copyOf(out);
  }

  private static boolean hasDocMdpReference(COSDictionary sig) {
    return PdfSignatureInspector.docMdpReference(sig) != null;
  }

  /**
   * Opens each earlier revision as a view on the same bytes and extracts its text. Hashes are of
   * {@code data}; text comes from {@code openable}, the same bytes or, for an unencrypted wrapper,
   * the copy with its {@code /Encrypt} entries renamed (same length, same offsets).
   */
  static List<Revision> earlierRevisions(
      byte[] data, byte[] openable, PdfRevisionScanner.Layout layout, AnalysisContext ctx) {
    List<Long> ends = layout.revisionEnds();
    List<Revision> out = new ArrayList<>();
    int earlier = Math.max(0, ends.size() - 1);
    int limit = Math.min(earlier, ctx.limits().maxRevisions());
    if (earlier > limit) {
      ctx.error(
          "pdf.revisions",
          earlier + " earlier revisions; only the first " + limit + " were extracted");
    }
    for (int i = 0; i < limit; i++) {
      long end = ends.get(i);
      String sha = sha256(data, (int) end);
      if (!ctx.withinBudget("pdf.revisions")) {
        out.add(new Revision(i + 1, end, sha, null, -1, false, "time budget used up"));
        continue;
      }
      out.add(revision(i + 1, openable, (int) end, sha, ctx));
    }
    return out;
  }

  private static Revision revision(
      int index, byte[] data, int end, String sha, AnalysisContext ctx) {
    ByteBuffer view = ByteBuffer.wrap(data, 0, end).slice();
    try (PDDocument rev = Loader.loadPDF(new RandomAccessReadBuffer(view))) {
      int pages = rev.getNumberOfPages();
      PDFTextStripper stripper = new BudgetedTextStripper(ctx);
      stripper.setStartPage(1);
      stripper.setEndPage(Math.max(1, ctx.limits().maxRevisionPages()));
      String text = stripper.getText(rev);
      boolean truncated = false;
      int maxChars = ctx.limits().maxRevisionTextChars();
      if (text.length() > maxChars) {
        text = text.substring(0, maxChars);
        truncated = true;
      }
      if (pages > ctx.limits().maxRevisionPages()) {
        truncated = true;
      }
      return new Revision(index, end, sha, text, pages, truncated, null);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      String msg = e.getClass().getSimpleName() + ": " + Objects.toString(e.getMessage(), "");
      ctx.error("pdf.revision " + index, e);
      return new Revision(index, end, sha, null, -1, false, msg.strip());
    }
  }

  /** Stops text extraction between pages once the analysis time budget is used up. */
  static final class BudgetedTextStripper extends PDFTextStripper {
    private final AnalysisContext ctx;

    BudgetedTextStripper(AnalysisContext ctx) {
      this.ctx = ctx;
    }

    @Override
    protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
      if (ctx.deadlinePassed()) {
        throw new IOException("time budget used up during text extraction");
      }
      super.startPage(page);
    }
  }

  private static String nameOf(COSName n) {
    return n == null ? null : n.getName();
  }

  static String sha256(byte[] data, int len) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(data, 0, len);
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  /** Registers the Info and XMP dates for the common date rules. */
  static void declareDates(PdfFacts f, AnalysisContext ctx) {
    if (f.info() != null) {
      ctx.date("pdf.info", DeclaredDate.CREATED, PdfDates.parseIso(f.info().creationDate()));
      ctx.date("pdf.info", DeclaredDate.MODIFIED, PdfDates.parseIso(f.info().modDate()));
    }
    if (f.xmp() != null) {
      ctx.date("pdf.xmp", DeclaredDate.CREATED, LenientDates.parse(f.xmp().createDate()));
      ctx.date("pdf.xmp", DeclaredDate.MODIFIED, LenientDates.parse(f.xmp().modifyDate()));
    }
    for (PdfSignatureFacts s : f.signatures()) {
      OffsetDateTime t = PdfDates.parseIso(s.claimedSigningTime());
      ctx.date("pdf.signature " + s.fieldName(), "signed", t);
    }
  }
}
