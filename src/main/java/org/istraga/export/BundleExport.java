package org.istraga.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.istraga.IstragaException;
import org.istraga.Json;
import org.istraga.Version;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.istraga.findings.Citation;
import org.istraga.findings.Findings;
import org.istraga.findings.FindingsJournal;
import org.istraga.findings.LineText;
import org.istraga.findings.QueryIds;
import org.istraga.index.CaseIndex;
import org.istraga.index.IndexSchema;
import org.istraga.provenance.LedgerVerifier;
import org.istraga.store.BlobStore;
import org.istraga.store.Hashes;

/**
 * Writes a citation bundle: a BagIt bag (folder or ZIP) with each selected document's original
 * bytes (checked against its SHA-256 before they are copied), its page-marked text, metadata and
 * provenance, the citations in Istraga JSON, CSL-JSON, RIS and BibTeX, and a readable index.
 * docs/findings.md describes the layout.
 *
 * <p>Nothing is written until the sensitive-metadata check passed: the selected documents, and
 * the embedded children their bytes carry, are scanned first ({@link SensitiveScan}); unless the
 * options allow every item found, a {@link SensitiveMetadataException} lists them. The bag is
 * written to a {@code .partial} sibling and renamed when complete.
 *
 * <p>Cost: two passes over the selected records (scan, write), one pass over the custody ledger,
 * one read of every original (two for evidence files: hash, then copy while hashing). Memory holds
 * the selected ids, the ledger entries of those documents and the citations, not the documents.
 */
public final class BundleExport {

  /** How the bundle is written. */
  public record Options(boolean includeSensitive, boolean stripMetadata, Set<String> publicEmails, boolean zip,
      boolean overwrite) {}

  /** What was written. */
  public record Summary(Path out, int documents, int citations, int sensitiveItems, String sensitiveMetadata,
      int stripped, String fingerprint) {}

  static final String STRIPPED_LABEL = "MODIFIED COPY: metadata removed by Istraga; not the original evidence";
  static final Set<String> CUSTODY_TYPES = Set.of("file", "child", "missing", "replaced", "link");

  private final Case kase;

  public BundleExport(Case kase) {
    this.kase = kase;
  }

  /** Writes the bundle for {@code selection} to {@code out}. */
  public Summary write(Selection selection, Options options, Path out) throws IOException {
    Findings findings = new FindingsJournal(kase.layout()).read();
    try (CaseIndex index = CaseIndex.openReader(kase); CaseIndex.Handle h = index.searcher()) {
      List<Integer> docs = new ArrayList<>();
      Set<String> ids = new LinkedHashSet<>();
      QueryIds.forEach(h, selection.toQuery(index, findings), (doc, id) -> {
        docs.add(doc);
        ids.add(id);
      });
      if (docs.isEmpty()) {
        throw IstragaException.notFound("the selection (" + selection.describe() + ") matches no document; nothing to bundle");
      }
      RecordSource records = new RecordSource(h);
      SensitiveScan scan = new SensitiveScan(options.publicEmails());
      List<SensitiveItem> items = new ArrayList<>();
      Set<String> toStrip = new HashSet<>();
      for (int doc : docs) {
        DocumentRecord r = records.full(doc);
        for (SensitiveItem i : scan.scan(r, null)) {
          items.add(i);
          if (i.strippable()) {
            toStrip.add(r.id);
          }
        }
        for (DocumentRecord child : descendants(h, records, r.id)) {
          items.addAll(scan.scan(child, r.shortId()));
        }
      }
      String policy = decide(items, options);
      if (!options.stripMetadata()) {
        toStrip.clear();
      }
      List<Citation> citations = new ArrayList<>();
      for (Citation c : selection.kind() == Selection.Kind.CITATIONS ? findings.citations()
          : selection.citationsOf(findings, ids)) {
        citations.add(toStrip.contains(c.sha256()) ? c.withoutAuthors() : c);
      }
      Map<String, List<JsonNode>> custody = new HashMap<>();
      LedgerVerifier.Result ledger = LedgerVerifier.verify(kase.layout().ledger(), line -> {
        if (CUSTODY_TYPES.contains(line.type())) {
          for (String f : new String[] {"sha256", "old_sha256", "new_sha256"}) {
            String v = line.json().path(f).asText(null);
            if (v != null && ids.contains(v)) {
              custody.computeIfAbsent(v, k -> new ArrayList<>()).add(line.json());
            }
          }
        }
      });
      Writer w = new Writer(records, selection, options, toStrip, custody, ledger, citations, policy, items.size());
      String[] fingerprint = new String[1];
      if (options.zip()) {
        String bagName = out.getFileName().toString().replaceFirst("(?i)\\.zip$", "");
        AtomicOutput.file(out, options.overwrite(), o -> fingerprint[0] = w.write(docs, BagTarget.zip(o, bagName)));
      } else {
        AtomicOutput.folder(out, options.overwrite(), dir -> fingerprint[0] = w.write(docs, BagTarget.folder(dir)));
      }
      return new Summary(out, docs.size(), citations.size(), items.size(), policy, toStrip.size(), fingerprint[0]);
    }
  }

  /** Applies the rule: what may go in, or a refusal listing what may not. */
  private static String decide(List<SensitiveItem> items, Options o) {
    if (items.isEmpty()) {
      return "none";
    }
    if (o.includeSensitive()) {
      return o.stripMetadata() ? "stripped+included" : "included";
    }
    if (!o.stripMetadata()) {
      throw new SensitiveMetadataException(items.size() + " item(s) that could expose a source or a person would go "
          + "into the bundle (listed above); review them, then add --strip-metadata or --include-sensitive", items);
    }
    List<SensitiveItem> left = new ArrayList<>();
    for (SensitiveItem i : items) {
      if (!i.strippable()) {
        left.add(i);
      }
    }
    if (!left.isEmpty()) {
      throw new SensitiveMetadataException(left.size() + " sensitive item(s) cannot be removed by --strip-metadata "
          + "(listed above: text, e-mail headers, containers or formats Istraga cannot rewrite); add "
          + "--include-sensitive to include them, or leave those documents out", left);
    }
    return "stripped";
  }

  /** Every embedded descendant of a document (children of children too). */
  private static List<DocumentRecord> descendants(CaseIndex.Handle h, RecordSource records, String id) throws IOException {
    List<DocumentRecord> out = new ArrayList<>();
    Deque<String> todo = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    todo.add(id);
    seen.add(id);
    while (!todo.isEmpty()) {
      String parent = todo.poll();
      List<Integer> children = new ArrayList<>();
      QueryIds.forEach(h, new TermQuery(new Term(IndexSchema.PARENT, parent)), (doc, childId) -> {
        if (seen.add(childId)) {
          children.add(doc);
          todo.add(childId);
        }
      });
      for (int doc : children) {
        out.add(records.full(doc));
      }
    }
    return out;
  }

  /** The second pass: writes every file of the bag. */
  private final class Writer {
    private final RecordSource records;
    private final Selection selection;
    private final Options options;
    private final Set<String> toStrip;
    private final Map<String, List<JsonNode>> custody;
    private final LedgerVerifier.Result ledger;
    private final List<Citation> citations;
    private final String policy;
    private final int itemCount;
    private final BlobStore blobs = new BlobStore(kase.layout().blobs());
    private final ObjectWriter pretty = Json.mapper().writerWithDefaultPrettyPrinter();

    Writer(RecordSource records, Selection selection, Options options, Set<String> toStrip,
        Map<String, List<JsonNode>> custody, LedgerVerifier.Result ledger, List<Citation> citations, String policy,
        int itemCount) {
      this.records = records;
      this.selection = selection;
      this.options = options;
      this.toStrip = toStrip;
      this.custody = custody;
      this.ledger = ledger;
      this.citations = citations;
      this.policy = policy;
      this.itemCount = itemCount;
    }

    String write(List<Integer> docs, BagTarget target) throws IOException {
      BagWriter bag = new BagWriter(target);
      String created = Instant.now().toString();
      List<BundleManifest.Doc> entries = new ArrayList<>();
      Set<String> folders = new HashSet<>();
      for (int doc : docs) {
        DocumentRecord r = records.full(doc);
        String folder = "documents/" + (folders.add(r.shortId()) ? r.shortId() : r.id);
        entries.add(document(bag, r, folder));
      }
      bag.payload("citations/citations.json", pretty.writeValueAsString(citations) + "\n");
      bag.payload("citations/citations.csl.json", CitationFormats.cslJson(citations));
      bag.payload("citations/citations.ris", CitationFormats.ris(citations));
      bag.payload("citations/citations.bib", CitationFormats.bibtex(citations));
      BundleManifest m = new BundleManifest("istraga-bundle", 1, created, Version.istraga(), selection.describe(),
          ledger.head(), ledger.intact(), policy, itemCount, entries, "citations/citations.json");
      bag.payload("bundle.json", pretty.writeValueAsString(m) + "\n");
      bag.payload("index.md", BundleIndexPages.markdown(m, citations));
      bag.payload("index.html", BundleIndexPages.html(m, citations));
      Map<String, String> info = new LinkedHashMap<>();
      info.put("Bag-Software-Agent", "Istraga " + Version.istraga());
      info.put("Bagging-Date", created.substring(0, 10));
      info.put("External-Description", "Istraga citation bundle: " + entries.size() + " document(s), "
          + citations.size() + " citation(s)");
      info.put("Istraga-Version", Version.istraga());
      info.put("Istraga-Created", created);
      info.put("Istraga-Selection", selection.describe());
      if (selection.kind() == Selection.Kind.QUERY) {
        info.put("Istraga-Query", selection.value());
      }
      info.put("Istraga-Case-Ledger-Head", ledger.head());
      info.put("Istraga-Sensitive-Metadata", policy);
      return bag.finish(info);
    }

    private BundleManifest.Doc document(BagWriter bag, DocumentRecord r, String folder) throws IOException {
      String name = BundleFileName.of(r);
      boolean strip = toStrip.contains(r.id);
      String original = null;
      String source = null;
      BundleManifest.StrippedCopy stripped = null;
      Path from = originalPath(r);
      if (strip) {
        MetadataStripper.Stripped s;
        try {
          s = MetadataStripper.strip(from, r.mediaType);
        } catch (IOException e) {
          throw new IstragaException(IstragaException.Kind.CHECK_FAILED, "cannot strip the metadata of " + r.shortId()
              + " (" + LineText.of(r.firstPath()) + "): " + e.getMessage()
              + "; use --include-sensitive or leave it out", e);
        }
        String file = folder + "/stripped/" + name;
        BagWriter.Digests d = bag.payload(file, s.bytes());
        stripped = new BundleManifest.StrippedCopy(file, d.sha256(), STRIPPED_LABEL, s.removed());
        source = from.startsWith(kase.layout().blobs()) ? "blob store" : "evidence";
      } else {
        original = folder + "/original/" + name;
        try (InputStream in = Files.newInputStream(from); BagWriter.HashingStream o = bag.payload(original)) {
          in.transferTo(o);
          o.close();
          if (!o.digests().sha256().equals(r.id)) {
            throw new IstragaException(IstragaException.Kind.CHECK_FAILED, LineText.of(from.toString())
                + " changed while it was copied "
                + "(its SHA-256 is no longer " + r.id + "); run 'istraga verify' and export again");
          }
        }
        source = from.startsWith(kase.layout().blobs()) ? "blob store" : "evidence";
      }
      PagedText text = PagedText.of(r);
      bag.payload(folder + "/text.txt", text.text);
      bag.payload(folder + "/text-pages.json", pretty.writeValueAsString(text.pages) + "\n");
      bag.payload(folder + "/metadata.json", pretty.writeValueAsString(metadata(r, strip)) + "\n");
      bag.payload(folder + "/provenance.json", pretty.writeValueAsString(provenance(r, strip)) + "\n");
      List<String> paths = new ArrayList<>();
      for (Occurrence o : r.occurrences) {
        paths.add(o.path());
      }
      return new BundleManifest.Doc(r.id, r.shortId(), r.title, paths, r.mediaType, r.size, r.pageCount, original,
          source, stripped, folder + "/text.txt", folder + "/text-pages.json", folder + "/metadata.json",
          folder + "/provenance.json");
    }

    /** An evidence file that still holds the document's bytes, else its stored blob. */
    private Path originalPath(DocumentRecord r) throws IOException {
      for (Occurrence o : r.occurrences) {
        if (o.isEmbedded() || o.missing()) {
          continue;
        }
        Path p = Paths.get(o.path());
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && Hashes.sha256(p).equals(r.id)) {
          return p;
        }
      }
      if (r.stored && blobs.contains(r.id)) {
        return blobs.path(r.id);
      }
      throw new IstragaException(IstragaException.Kind.CHECK_FAILED, "the original bytes of " + r.shortId() + " ("
          + LineText.of(r.firstPath())
          + ") are not available: no path holds them any more and they are not in the blob store; "
          + "restore the evidence (see 'istraga verify') or leave the document out");
    }

    private JsonNode metadata(DocumentRecord r, boolean strip) {
      ObjectNode o = Json.mapper().valueToTree(r);
      if (strip) {
        o.remove("authors");
        o.remove("last_modified_by");
        o.remove("provenance");
        JsonNode md = o.get("metadata");
        if (md instanceof ObjectNode mo) {
          List<String> drop = new ArrayList<>();
          mo.fieldNames().forEachRemaining(k -> {
            if (SensitiveScan.isSensitiveKey(k)) {
              drop.add(k);
            }
          });
          mo.remove(drop);
        }
        o.put("metadata_stripped", true);
      }
      return o;
    }

    private Map<String, Object> provenance(DocumentRecord r, boolean strip) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("id", r.id);
      p.put("short_id", r.shortId());
      p.put("ni", NiUri.sha256(r.id));
      p.put("sha256", r.id);
      p.put("sha1", r.sha1);
      p.put("md5", r.md5);
      p.put("size", r.size);
      p.put("media_type", r.mediaType);
      p.put("kind", r.kind);
      p.put("occurrences", r.occurrences);
      p.put("custody", custody.getOrDefault(r.id, List.of()));
      p.put("case_ledger_head", ledger.head());
      p.put("case_ledger_intact", ledger.intact());
      p.put("flags", r.flags);
      if (r.provenance != null && !strip) {
        p.put("forensics", r.provenance);
      } else if (r.provenance != null) {
        p.put("forensics", "left out: the bundle was written with --strip-metadata");
      }
      p.put("ingested_at", r.ingestedAt);
      p.put("istraga_version", r.istragaVersion);
      p.put("tika_version", r.tikaVersion);
      return p;
    }
  }
}
