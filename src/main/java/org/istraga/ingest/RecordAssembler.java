package org.istraga.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.istraga.Version;
import org.istraga.document.DocumentKind;
import org.istraga.document.DocumentRecord;
import org.istraga.document.ExtractionStatus;
import org.istraga.document.Occurrence;
import org.istraga.ingest.lang.LanguageDetector;
import org.istraga.ingest.ocr.OcrPages;
import org.istraga.ingest.tika.ExtractedItem;
import org.istraga.ingest.tika.Extraction;
import org.istraga.ingest.tika.PageTextMetadataFilter;
import org.istraga.store.Hashes;

/**
 * Turns one file's {@link Extraction} into document records: the file's own record and one per
 * embedded child, each child with its occurrence ({@code container!/entry}), parent, root and
 * depth. Also used for files that are not extracted at all (too large, unreadable).
 *
 * <p>Thread-safe: it holds only immutable configuration and a thread-safe language detector.
 */
final class RecordAssembler {

  /** A page with fewer non-blank characters than this has no usable text layer. */
  static final int MIN_PAGE_CHARS = OcrPages.MIN_PAGE_CHARS;
  private static final Set<String> OCR_IMAGE_TYPES = Set.of(
      "image/jpeg", "image/png", "image/tiff", "image/bmp", "image/x-ms-bmp", "image/gif", "image/webp",
      "image/jp2", "image/x-portable-pixmap", "image/x-portable-graymap", "image/x-portable-bitmap");

  /** SHA-256 of no bytes at all. */
  static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  /** A child record and where its bytes were spooled (null when they were not). */
  record Child(DocumentRecord record, Path spool) {}

  /** The records of one file. */
  record Assembly(DocumentRecord root, List<Child> children) {}

  private final LanguageDetector languages;
  private final EntityAnnotator entities;
  private final java.util.concurrent.atomic.LongAdder entityNanos = new java.util.concurrent.atomic.LongAdder();
  private final OcrMode ocr;
  private final int maxDepth;

  RecordAssembler(LanguageDetector languages, EntityAnnotator entities, OcrMode ocr, int maxDepth) {
    this.languages = languages;
    this.entities = entities;
    this.ocr = ocr;
    this.maxDepth = maxDepth;
  }

  /** Time spent finding entities so far, summed over threads (for the benchmark's cost share). */
  long entityMillis() {
    return entityNanos.sum() / 1_000_000;
  }

  /** A record for a file that was hashed but not extracted. */
  DocumentRecord unextracted(EvidenceFile f, Hashes.Digests d, ExtractionStatus status, String reason) {
    DocumentRecord r = base(d.sha256(), d.sha1(), d.md5(), d.size(), DocumentKind.FILE);
    r.occurrences.add(fileOccurrence(f, d.sha256()));
    r.ext = MetadataMapper.extension(f.displayPath());
    r.mediaType = "application/octet-stream";
    r.typeGroup = "other";
    r.status = status.label();
    r.statusReason = reason;
    return r;
  }

  Assembly assemble(EvidenceFile f, Hashes.Digests d, Extraction ex) throws IOException {
    Map<String, ExtractedItem> byPath = new HashMap<>();
    ExtractedItem rootItem = null;
    for (ExtractedItem it : ex.items()) {
      byPath.put(it.idPath(), it);
      if (it.isRoot()) {
        rootItem = it;
      }
    }
    DocumentRecord root = base(d.sha256(), d.sha1(), d.md5(), d.size(), DocumentKind.FILE);
    root.occurrences.add(fileOccurrence(f, d.sha256()));
    root.ext = MetadataMapper.extension(f.displayPath());
    if (rootItem == null) {
      rootItem = new ExtractedItem("/", 0, new Metadata(), "", new int[0], null);
    }
    fill(root, rootItem, ex.outcome(), d.size());
    checkZipEnd(root, f.path());

    Map<String, String[]> placed = new HashMap<>(); // idPath -> {sha, displayPath}
    placed.put("/", new String[] {root.id, f.displayPath()});
    List<Child> children = new ArrayList<>();
    for (ExtractedItem it : ex.items()) {
      if (!it.isRoot()) {
        children.add(child(it, byPath, placed, root.id, ex.outcome()));
      }
    }
    markBombAtRoot(root, children);
    markUnreadZip(root, f.path(), children);
    for (Child c : children) {
      if (c.spool() != null) {
        markUnreadZip(c.record(), c.spool(), children);
      }
    }
    return new Assembly(root, children);
  }

  /**
   * Marks a ZIP archive from which no entry was extracted while its central directory lists files
   * as damaged: Tika's package parser gives up on some damaged entries without an error, and the
   * archive would otherwise pass for an intact one (status ok or empty) with nothing in it.
   */
  private static void markUnreadZip(DocumentRecord r, Path bytes, List<Child> children) {
    if (!"application/zip".equals(r.mediaType)
        || !ExtractionStatus.OK.label().equals(r.status) && !ExtractionStatus.EMPTY.label().equals(r.status)) {
      return;
    }
    for (Child c : children) {
      if (r.id.equals(c.record().occurrences.get(0).parent())) {
        return;
      }
    }
    try {
      int listed = ZipEnd.fileEntries(bytes);
      if (listed > 0) {
        r.status = ExtractionStatus.CORRUPT.label();
        r.statusReason = "damaged: the ZIP's central directory lists " + listed + (listed == 1 ? " file" : " files")
            + " but none could be read";
      }
    } catch (IOException e) {
      // unreadable now: the hash pass already read it; keep the parser's verdict
    }
  }

  private Child child(ExtractedItem it, Map<String, ExtractedItem> byPath, Map<String, String[]> placed,
      String rootId, Extraction.Outcome outcome) throws IOException {
    String[] parent = place(it.parentIdPath(), byPath, placed, rootId);
    Metadata m = it.metadata();
    String sha = m.get("X-TIKA:digest:SHA256");
    String sha1 = m.get("X-TIKA:digest:SHA1");
    String md5 = m.get("X-TIKA:digest:MD5");
    Path spool = it.spoolFile();
    long size = parseLong(m.get(Metadata.CONTENT_LENGTH), -1);
    String bytesNote = null;
    if (spool != null) {
      Hashes.Digests sd = Hashes.of(spool);
      if (sha == null || EMPTY_SHA256.equalsIgnoreCase(sha) && sd.size() > 0) {
        // no digest, or the digest of an already consumed stream (a parser that read the child
        // into an open container before handing it over): the spooled bytes are the child's
        sha = sd.sha256();
        sha1 = sd.sha1();
        md5 = sd.md5();
      }
      if (!sd.sha256().equalsIgnoreCase(sha)) {
        bytesNote = "stored bytes incomplete (limit on embedded bytes reached); not kept";
        Files.deleteIfExists(spool);
        spool = null;
      } else {
        size = sd.size();
      }
    } else {
      bytesNote = "bytes of this embedded item could not be extracted";
    }
    if (spool != null && ItemRendering.needed(size, m.get(Metadata.CONTENT_TYPE), it.text())) {
      byte[] rendering = ItemRendering.of(m, it.text());
      Files.write(spool, rendering);
      Hashes.Digests rd = Hashes.of(rendering);
      sha = rd.sha256();
      sha1 = rd.sha1();
      md5 = rd.md5();
      size = rd.size();
      bytesNote = ItemRendering.NOTE;
    }
    if (sha == null) {
      sha = Hashes.sha256(("istraga:unhashed:" + parent[0] + ":" + it.idPath()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    boolean revision = "VERSION".equals(m.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE));
    DocumentRecord r = base(sha.toLowerCase(java.util.Locale.ROOT), lower(sha1), lower(md5), Math.max(size, 0),
        revision ? DocumentKind.REVISION : DocumentKind.EMBEDDED);
    String name = entryName(it, revision);
    String display = parent[1] + Occurrence.EMBED_SEPARATOR + name;
    r.occurrences.add(new Occurrence(display, null, parent[0], rootId, it.depth(), name, null));
    r.ext = MetadataMapper.extension(name);
    fill(r, it, outcome, size); // -1 when unknown: not taken for a zero-byte file
    if (spool != null) {
      checkZipEnd(r, spool);
    }
    if (bytesNote != null) {
      r.statusReason = r.statusReason == null ? bytesNote : r.statusReason + "; " + bytesNote;
    }
    placed.put(it.idPath(), new String[] {r.id, display});
    return new Child(r, spool);
  }

  /** Marks a ZIP-based document whose end record is missing as damaged (see {@link ZipEnd}). */
  private static void checkZipEnd(DocumentRecord r, Path bytes) {
    if (!ZipEnd.isZipBased(r.mediaType) || !ExtractionStatus.OK.label().equals(r.status)) {
      return;
    }
    try {
      if (!ZipEnd.hasEnd(bytes)) {
        r.status = ExtractionStatus.CORRUPT_PARTIAL.label();
        r.statusReason = "truncated: the ZIP end record is missing; what could be read from the entries is kept";
      }
    } catch (IOException e) {
      // unreadable now: the hash pass already read it; keep the parser's verdict
    }
  }

  /**
   * The expansion budget covers a whole file: when unpacking stopped anywhere inside it, the file
   * itself is the bomb, whatever its own parse reported.
   */
  private static void markBombAtRoot(DocumentRecord root, List<Child> children) {
    if (ExtractionStatus.BOMB.label().equals(root.status)) {
      return;
    }
    for (Child c : children) {
      if (ExtractionStatus.BOMB.label().equals(c.record().status)) {
        root.status = ExtractionStatus.BOMB.label();
        root.statusReason = "unpacking stopped inside " + c.record().firstPath() + ": " + c.record().statusReason;
        return;
      }
    }
  }

  /** Finds (placing first if needed) the sha and display path of the item at an id path. */
  private String[] place(String idPath, Map<String, ExtractedItem> byPath, Map<String, String[]> placed,
      String rootId) {
    String[] p = placed.get(idPath);
    if (p != null) {
      return p;
    }
    ExtractedItem it = byPath.get(idPath);
    String[] parent = place(parentOf(idPath), byPath, placed, rootId);
    if (it == null) {
      // an intermediate container that Tika did not report (crash): address it by its id path
      String[] synthetic = {parent[0], parent[1] + Occurrence.EMBED_SEPARATOR + "(embedded " + idPath + ")"};
      placed.put(idPath, synthetic);
      return synthetic;
    }
    String sha = it.metadata().get("X-TIKA:digest:SHA256");
    boolean revision = "VERSION".equals(it.metadata().get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE));
    String[] me = {sha == null ? parent[0] : sha.toLowerCase(java.util.Locale.ROOT),
        parent[1] + Occurrence.EMBED_SEPARATOR + entryName(it, revision)};
    placed.put(idPath, me);
    return me;
  }

  private static String parentOf(String idPath) {
    int i = idPath.lastIndexOf('/');
    return i <= 0 ? "/" : idPath.substring(0, i);
  }

  private static String entryName(ExtractedItem it, boolean revision) {
    Metadata m = it.metadata();
    if (revision) {
      String n = m.get("pdf:incrementalUpdateNumber");
      int k = (int) parseLong(n, it.embeddedId());
      return "revision-" + (k + 1);
    }
    String name = m.get(TikaCoreProperties.RESOURCE_NAME_KEY);
    if (name == null || name.isBlank()) {
      String p = m.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
      if (p != null) {
        int slash = p.lastIndexOf('/');
        name = p.substring(slash + 1);
      }
    }
    if (name == null || name.isBlank()) {
      name = "embedded-" + it.embeddedId();
    }
    return name.replace("\u0000", "");
  }

  private void fill(DocumentRecord r, ExtractedItem it, Extraction.Outcome outcome, long size) {
    MetadataMapper.apply(it.metadata(), r);
    r.text = it.text();
    r.pageStarts = it.pageStarts();
    r.dataFields = PageTextMetadataFilter.dataFields(it.metadata().get(PageTextMetadataFilter.FIELDS));
    // a PDF's declared count (the page tree's /Count, which Tika reports as xmpTPg:NPages) can
    // disagree with the pages the parser walked (a broken or circular page tree, text cut at the
    // limit); the record counts the pages read so that every page 1..pageCount has a start
    Integer declaredPages = null;
    // a spreadsheet's pages are its sheets and a presentation's its slides, hidden ones included,
    // as read; their files declare no count (or, for slides, a count that tools do not update)
    if (r.pageStarts.length > 0 && ("spreadsheet".equals(r.typeGroup) || "presentation".equals(r.typeGroup))) {
      r.pageCount = r.pageStarts.length;
    }
    if (r.pageStarts.length > 0 && "pdf".equals(r.typeGroup)) {
      if (r.pageCount != null && r.pageCount != r.pageStarts.length) {
        declaredPages = r.pageCount;
      }
      r.pageCount = r.pageStarts.length;
    }
    r.textTruncated = "true".equalsIgnoreCase(it.metadata().get(TikaCoreProperties.WRITE_LIMIT_REACHED));
    StatusClassifier.Verdict v = StatusClassifier.classify(it, outcome, size, maxDepth);
    r.status = v.status().label();
    r.statusReason = v.reason();
    r.error = v.error();
    if (r.textTruncated) {
      r.statusReason = (r.statusReason == null ? "" : r.statusReason + "; ")
          + "text cut at the limit of characters per file (raise it with --max-text)";
    }
    if (declaredPages != null) {
      r.statusReason = (r.statusReason == null ? "" : r.statusReason + "; ")
          + "the PDF declares " + declaredPages + " pages; " + r.pageCount
          + (r.pageCount == 1 ? " page was read and is counted" : " pages were read and are counted");
    }
    Forensics.apply(it.metadata(), r);
    PdfTextLayer.recordGlyphCounts(r, it.metadata());
    PdfTextLayer.repair(r);
    entityNanos.add(Enrichment.apply(r, languages, entities));
    r.ocrState = ocrState(r);
    if ("pending".equals(r.ocrState) && v.status() == ExtractionStatus.EMPTY) {
      r.statusReason = "awaiting OCR";
    }
    if (!"none".equals(r.ocrState)) {
      PdfTextLayer.noteUnusablePages(r);
    }
  }

  private String ocrState(DocumentRecord r) {
    boolean candidate = OCR_IMAGE_TYPES.contains(r.mediaType) && r.text.isBlank()
        || "pdf".equals(r.typeGroup) && (ocr == OcrMode.ALWAYS || !ocrCandidatePages(r).isEmpty())
        || OCR_IMAGE_TYPES.contains(r.mediaType) && ocr == OcrMode.ALWAYS;
    if (!candidate) {
      return "none";
    }
    if (ExtractionStatus.fromLabel(r.status) == ExtractionStatus.ENCRYPTED) {
      return "none";
    }
    // with --ocr off the document still joins the backlog: that run only does not OCR it;
    // 'istraga ocr' or a later ingest works the backlog off
    return "pending";
  }

  /** 1-based pages of a PDF without a usable text layer (nearly empty, or not text: {@link OcrPages}). */
  static List<Integer> ocrCandidatePages(DocumentRecord r) {
    return OcrPages.candidates(r);
  }

  private static DocumentRecord base(String sha, String sha1, String md5, long size, DocumentKind kind) {
    DocumentRecord r = new DocumentRecord();
    r.id = sha;
    r.sha1 = sha1;
    r.md5 = md5;
    r.size = size;
    r.kind = kind.label();
    r.ingestedAt = Instant.now().toString();
    r.istragaVersion = Version.istraga();
    r.tikaVersion = Version.tika();
    return r;
  }

  private static Occurrence fileOccurrence(EvidenceFile f, String sha) {
    return new Occurrence(f.displayPath(), f.root().toString(), null, sha, 0,
        f.path().getFileName() == null ? f.displayPath() : org.istraga.store.RawPaths.display(f.path().getFileName()),
        f.mtime());
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
  }

  private static long parseLong(String s, long dflt) {
    if (s == null) {
      return dflt;
    }
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return dflt;
    }
  }
}
