package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.EmbeddedDocumentUtil;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.istraga.ingest.ocr.OcrPages;
import org.istraga.provenance.forensics.pdf.PdfUnencryptedWrapper;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's PDF parser that also reads an "unencrypted wrapper": a PDF whose attached files alone are
 * encrypted (Acrobat's "encrypt only file attachments"; strings and streams use the Identity crypt
 * filter). Every PDF reader shows its pages without a password, but PDFBox refuses the empty
 * password, so Tika reported the whole file as encrypted and read no text.
 *
 * <p>When PDFBox refuses a file with a password error and its raw encryption dictionary is such a
 * wrapper ({@link PdfUnencryptedWrapper}), the document is read from an in-memory copy whose
 * trailer no longer names the encryption dictionary. Its text, pages and metadata come out as for
 * any PDF ({@code pdf:encrypted} stays {@code true}, and {@link #ENCRYPTED_ATTACHMENTS} counts the
 * locked attachments). The file's identity, hashes and stored bytes are those of the original:
 * only the parser reads the copy. Each encrypted attachment is still unpacked as a child, with its
 * raw (encrypted) bytes and {@code X-TIKA:encrypted=true}, so that it gets the status
 * {@code encrypted} and the ingest tries the {@code --passwords} passwords on the file; with the
 * right one PDFBox opens the original and the attachments are decrypted as usual.
 *
 * <p>It also adds the visible text of signature boxes ("Digitally signed by …"), which Tika does
 * not extract: the text drawn by the appearance of each visible signature widget is added at the
 * end of the widget's page ({@link SignatureAppearances}, {@link PageEndInserter}), so it maps to
 * that page. For a PDF without an AcroForm or without signature fields this costs two dictionary
 * look-ups and a walk of the field tree.
 *
 * <p>It reads each page in one flow, ignoring article threads' beads, which made PDFBox cut the
 * first letter off every line of a column whose bead was drawn a little too narrow ({@link
 * ArticleBeads}).
 *
 * <p>It writes the value of each filled-in form field at the end of the page that shows it,
 * instead of in Tika's list after the last page ({@link FormFieldPages}).
 *
 * <p>It joins the letters of words set letter-spaced ("З А К О Н" to "ЗАКОН") when the page's
 * glyphs show one word drawn with wide character spacing ({@link LetterSpacedWords}).
 *
 * <p>It also records which pages hold a scan-sized image ({@link ScanImagePages}): dictionary
 * look-ups only, so that a scan whose text layer is only a Bates number is still OCR'd.
 *
 * <p>Cost of the wrapper handling: none for other PDFs. For a wrapper, the file is read into memory twice (original and
 * copy) and scanned once; files larger than an eighth of the heap are left as encrypted. The
 * object table is walked once to find the attached files. Thread-safe (no state; a parse keeps
 * its state in the {@link ParseContext}).
 */
public final class PdfParser extends PDFParser {

  private static final long serialVersionUID = 1L;

  /** Metadata key on an unencrypted wrapper: how many of its attached files are encrypted. */
  public static final String ENCRYPTED_ATTACHMENTS = "istraga:pdf_encrypted_attachments";

  /**
   * Prefix given, in the parsed copy only, to the {@code /Subtype} of an encrypted attached file:
   * Tika passes the subtype on to the child's metadata, where {@link LockedAttachments} reads it
   * and puts back the original.
   */
  static final String LOCKED_SUBTYPE = "istraga-encrypted;";

  /** Per-parse state: set when the wrapper path was taken. */
  private static final class Opening {
    int lockedAttachments = -1;
    /** Visible text of signature widgets by page index; empty until the document is open. */
    Map<Integer, List<String>> signatureLines = Map.of();
    /** The document being parsed, once open (for {@link LetterSpacedWords}). */
    PDDocument doc;
    /** Form fields' lines by page index; none until the document is open. */
    FormFieldPages.Result formFields = FormFieldPages.Result.NONE;

    List<String> letterSpacedRuns(int pageIndex) {
      return doc == null ? List.of() : LetterSpacedWords.confirmedRuns(doc, pageIndex);
    }
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    EmbeddedDocumentExtractor previousExtractor = context.get(EmbeddedDocumentExtractor.class);
    Opening previousOpening = context.get(Opening.class);
    Opening opening = new Opening();
    context.set(Opening.class, opening);
    try {
      ContentHandler joined = new LetterSpacedWords(handler, opening::letterSpacedRuns);
      ContentHandler fieldsMoved = new FormFieldPages.Filter(joined, () -> opening.formFields.allLines());
      ContentHandler fieldsOnPages = new PageEndInserter(
          fieldsMoved, () -> opening.formFields.linesByPage(), "form-fields");
      super.parse(stream, new PageEndInserter(fieldsOnPages, () -> opening.signatureLines), metadata, context);
    } finally {
      context.set(Opening.class, previousOpening);
      context.set(EmbeddedDocumentExtractor.class, previousExtractor);
      if (opening.lockedAttachments >= 0) {
        metadata.set(PDF.IS_ENCRYPTED, "true");
        metadata.set(ENCRYPTED_ATTACHMENTS, Integer.toString(opening.lockedAttachments));
      }
    }
  }

  @Override
  protected PDDocument getPDDocument(InputStream inputStream, String password,
      StreamCacheCreateFunction streamCache, Metadata metadata, ParseContext context) throws IOException {
    // Tika's own version buffers the whole stream in memory as well.
    byte[] data = inputStream.readAllBytes();
    PDDocument doc;
    try {
      doc = Loader.loadPDF(new RandomAccessReadBuffer(data), password, streamCache);
    } catch (InvalidPasswordException refused) {
      doc = openWrapper(data, refused, streamCache, context);
    }
    recordScanImagePages(doc, metadata);
    dropArticleBeads(doc, metadata);
    limitAttachments(doc, metadata, context);
    return readSignatureLines(doc, metadata, context);
  }

  @Override
  protected PDDocument getPDDocument(Path path, String password, StreamCacheCreateFunction streamCache,
      Metadata metadata, ParseContext context) throws IOException {
    PDDocument doc;
    try {
      doc = super.getPDDocument(path, password, streamCache, metadata, context);
    } catch (InvalidPasswordException refused) {
      if (Files.size(path) > Runtime.getRuntime().maxMemory() / 8) {
        throw refused;
      }
      doc = openWrapper(Files.readAllBytes(path), refused, streamCache, context);
    }
    recordScanImagePages(doc, metadata);
    dropArticleBeads(doc, metadata);
    limitAttachments(doc, metadata, context);
    return readSignatureLines(doc, metadata, context);
  }

  /**
   * Records the pages holding a scan-sized image ({@link ScanImagePages}) under
   * {@link OcrPages#SCAN_IMAGE_PAGES}, for the OCR decision. A document whose page tree cannot be
   * walked gets no such record (its pages are judged by their text alone).
   */
  private static void recordScanImagePages(PDDocument doc, Metadata metadata) {
    try {
      String pages = ScanImagePages.of(doc);
      if (!pages.isEmpty()) {
        metadata.set(OcrPages.SCAN_IMAGE_PAGES, pages);
      }
    } catch (RuntimeException e) {
      EmbeddedDocumentUtil.recordException(e, metadata);
    }
  }

  /**
   * Detaches the attached files that would decode past the expansion budget ({@link
   * PdfAttachmentBudget}) and records them as a suspected bomb on the document, whose pages are
   * still read.
   */
  private static void limitAttachments(PDDocument doc, Metadata metadata, ParseContext context) {
    ExpansionBudget budget = context.get(ExpansionBudget.class);
    try {
      List<String> detached = PdfAttachmentBudget.enforce(doc, budget == null ? Long.MAX_VALUE : budget.limit());
      if (!detached.isEmpty()) {
        EmbeddedDocumentUtil.recordEmbeddedStreamException(
            new IOException("Suspected archive bomb: " + String.join("; ", detached)), metadata);
      }
    } catch (RuntimeException e) {
      EmbeddedDocumentUtil.recordException(e, metadata);
    }
  }

  /** Lets the text stripper read each page in one flow ({@link ArticleBeads}). */
  private static void dropArticleBeads(PDDocument doc, Metadata metadata) {
    try {
      ArticleBeads.drop(doc);
    } catch (RuntimeException e) {
      EmbeddedDocumentUtil.recordException(e, metadata);
    }
  }

  /**
   * Reads the visible text of the document's signature widgets ({@link SignatureAppearances})
   * for {@link PageEndInserter}, which puts it on the widget's page. An appearance that cannot be
   * read is recorded as a parse warning on the document; the document is parsed as usual.
   */
  private static PDDocument readSignatureLines(PDDocument doc, Metadata metadata, ParseContext context) {
    Opening opening = context.get(Opening.class);
    if (opening == null) {
      return doc;
    }
    opening.doc = doc;
    try {
      opening.formFields = FormFieldPages.read(doc);
    } catch (RuntimeException e) {
      EmbeddedDocumentUtil.recordException(e, metadata); // the fields stay in Tika's list at the end
    }
    SignatureAppearances.Result r;
    try {
      r = SignatureAppearances.read(doc);
    } catch (RuntimeException e) {
      r = new SignatureAppearances.Result(Map.of(), e);
    }
    opening.signatureLines = r.linesByPage();
    if (r.firstFailure() != null) {
      EmbeddedDocumentUtil.recordException(r.firstFailure(), metadata);
    }
    return doc;
  }

  /** The wrapper's document read from the openable copy; rethrows {@code refused} otherwise. */
  private static PDDocument openWrapper(byte[] data, InvalidPasswordException refused,
      StreamCacheCreateFunction streamCache, ParseContext context) throws IOException {
    Opening opening = context.get(Opening.class);
    if (opening == null || !PdfUnencryptedWrapper.isWrapper(data)) {
      throw refused;
    }
    PDDocument doc;
    try {
      doc = Loader.loadPDF(
          new RandomAccessReadBuffer(PdfUnencryptedWrapper.openableCopy(data)), "", streamCache);
    } catch (IOException | RuntimeException e) {
      refused.addSuppressed(e);
      throw refused;
    }
    opening.lockedAttachments = lockAttachments(doc);
    EmbeddedDocumentExtractor inner = EmbeddedDocumentUtil.getEmbeddedDocumentExtractor(context);
    context.set(EmbeddedDocumentExtractor.class, new LockedAttachments(inner, context));
    return doc;
  }

  /**
   * Marks every encrypted attached file of the (in-memory) document: its filters are removed, so
   * that its raw stored bytes are handed over instead of failing to decode, and its subtype gets
   * {@link #LOCKED_SUBTYPE}. A file with its own Identity crypt filter is not encrypted and is
   * left alone. Returns how many were marked.
   */
  static int lockAttachments(PDDocument doc) {
    Set<COSStream> files = Collections.newSetFromMap(new IdentityHashMap<>());
    for (COSObject o : doc.getDocument().getObjectsByType(COSName.EMBEDDED_FILE)) {
      if (o.getObject() instanceof COSStream s) {
        files.add(s);
      }
    }
    for (COSObject o : doc.getDocument().getObjectsByType(COSName.FILESPEC)) {
      if (o.getObject() instanceof COSDictionary spec
          && spec.getDictionaryObject(COSName.EF) instanceof COSDictionary ef) {
        for (COSName key : ef.keySet()) {
          if (ef.getDictionaryObject(key) instanceof COSStream s) {
            files.add(s);
          }
        }
      }
    }
    int locked = 0;
    for (COSStream s : files) {
      if (hasIdentityCryptFilter(s)) {
        continue;
      }
      String subtype = s.getNameAsString(COSName.SUBTYPE);
      s.removeItem(COSName.FILTER);
      s.removeItem(COSName.DECODE_PARMS);
      s.setItem(COSName.SUBTYPE, COSName.getPDFName(LOCKED_SUBTYPE + (subtype == null ? "" : subtype)));
      locked++;
    }
    return locked;
  }

  /** True when the stream names its own crypt filter and that filter is Identity (the default). */
  private static boolean hasIdentityCryptFilter(COSStream s) {
    COSBase filters = s.getDictionaryObject(COSName.FILTER);
    COSBase parms = s.getDictionaryObject(COSName.DECODE_PARMS);
    int n = filters instanceof COSArray a ? a.size() : filters == null ? 0 : 1;
    for (int i = 0; i < n; i++) {
      COSBase f = filters instanceof COSArray a ? a.getObject(i) : filters;
      if (!COSName.CRYPT.equals(f)) {
        continue;
      }
      COSBase p = parms instanceof COSArray pa ? (i < pa.size() ? pa.getObject(i) : null) : parms;
      COSName name = p instanceof COSDictionary d ? d.getCOSName(COSName.NAME) : null;
      return name == null || COSName.IDENTITY.equals(name);
    }
    return false;
  }

  /**
   * Hands the children of an unencrypted wrapper to the run's extractor, marking the encrypted
   * attachments ({@link #LOCKED_SUBTYPE}) as encrypted and putting back their subtype. While a
   * child is parsed the run's own extractor is in the context, so that the child's own children
   * are not taken for the wrapper's.
   */
  private static final class LockedAttachments implements EmbeddedDocumentExtractor {
    private final EmbeddedDocumentExtractor inner;
    private final ParseContext context;

    LockedAttachments(EmbeddedDocumentExtractor inner, ParseContext context) {
      this.inner = inner;
      this.context = context;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      return inner.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
        throws SAXException, IOException {
      String subtype = metadata.get(PDF.EMBEDDED_FILE_SUBTYPE);
      if (subtype != null && subtype.startsWith(LOCKED_SUBTYPE)) {
        String original = subtype.substring(LOCKED_SUBTYPE.length());
        metadata.set(PDF.EMBEDDED_FILE_SUBTYPE, original.isEmpty() ? null : original);
        metadata.set(TikaCoreProperties.IS_ENCRYPTED, true);
      }
      context.set(EmbeddedDocumentExtractor.class, inner);
      try {
        inner.parseEmbedded(stream, handler, metadata, outputHtml);
      } finally {
        context.set(EmbeddedDocumentExtractor.class, this);
      }
    }
  }
}
