package org.istraga.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.istraga.cases.Case;
import org.istraga.document.DocumentKind;
import org.istraga.document.DocumentRecord;
import org.istraga.document.ExtractionStatus;
import org.istraga.document.Occurrence;
import org.istraga.index.CaseIndex;
import org.istraga.index.IndexSchema;
import org.istraga.store.Hashes;

/**
 * Builds small cases for tests: records written straight through {@link CaseIndex#put}, as the
 * ingest does, and runs the CLI in-process.
 */
final class SearchFixtures {

  private SearchFixtures() {}

  /** A plain record of a file at {@code path} with {@code text}; its id is the hash of both. */
  static DocumentRecord record(String path, String text) {
    DocumentRecord r = new DocumentRecord();
    r.id = sha256(path + "\u0000" + text);
    r.kind = DocumentKind.FILE.label();
    r.size = text.getBytes(StandardCharsets.UTF_8).length;
    String name = path.substring(path.lastIndexOf('/') + 1);
    r.occurrences.add(new Occurrence(path, "/evidence", null, r.id, 0, name, 1_700_000_000_000L));
    r.mediaType = "text/plain";
    r.typeGroup = "text";
    r.ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : null;
    r.status = ExtractionStatus.OK.label();
    r.text = text;
    return r;
  }

  /** {@link #record} of a Serbian document in Latin script (language {@code sr}). */
  static DocumentRecord serbianLatin(String path, String text) {
    DocumentRecord r = record(path, text);
    r.language = "sr";
    r.script = "latin";
    return r;
  }

  /** An embedded child of {@code parent} named {@code entry}. */
  static DocumentRecord child(DocumentRecord parent, String entry, String text) {
    DocumentRecord r = record(parent.firstPath() + Occurrence.EMBED_SEPARATOR + entry, text);
    r.kind = DocumentKind.EMBEDDED.label();
    r.occurrences.clear();
    r.occurrences.add(new Occurrence(parent.firstPath() + Occurrence.EMBED_SEPARATOR + entry, "/evidence",
        parent.id, parent.id, 1, entry, null));
    return r;
  }

  static String sha256(String s) {
    return Hashes.sha256(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Creates a case in {@code dir} holding {@code records}. */
  static Case caseWith(Path dir, Collection<DocumentRecord> records) throws IOException {
    return caseWith(dir, records, Integer.MAX_VALUE);
  }

  /** Creates a case, committing every {@code commitEvery} records (so the index has several segments). */
  static Case caseWith(Path dir, Collection<DocumentRecord> records, int commitEvery) throws IOException {
    Case kase = Case.openOrCreate(dir, IndexSchema.caseSchema());
    try (CaseIndex index = CaseIndex.openWriter(kase)) {
      int n = 0;
      for (DocumentRecord r : records) {
        index.put(r);
        if (++n % commitEvery == 0) {
          index.commit(Map.of());
        }
      }
      index.commit(Map.of());
    }
    return kase;
  }

  /** Opens a searcher on a case and runs {@code body} with it. */
  static <T> T withSearcher(Case kase, TagLookup tags, SearcherBody<T> body) throws IOException {
    try (CaseIndex index = CaseIndex.openReader(kase); CaseIndex.Handle h = index.searcher()) {
      return body.apply(new CaseSearcher(h.searcher(), tags), h);
    }
  }

  @FunctionalInterface
  interface SearcherBody<T> {
    T apply(CaseSearcher s, CaseIndex.Handle h) throws IOException;
  }

  /** The full ids of {@code records}, sorted: the documents a query is expected to find. */
  static SortedSet<String> idsOf(DocumentRecord... records) {
    SortedSet<String> out = new TreeSet<>();
    for (DocumentRecord r : records) {
      out.add(r.id);
    }
    return out;
  }

  /** {@link #ids} as a sorted set, for comparing hits with the documents expected. */
  static SortedSet<String> idSet(CaseSearcher s, String query) throws IOException {
    return new TreeSet<>(ids(s, query));
  }

  /** Full ids of every hit of a query (all pages). */
  static List<String> ids(CaseSearcher s, String query) throws IOException {
    List<String> out = new ArrayList<>();
    SearchRequest req = new SearchRequest(query, List.of(), List.of(), 10, SortOrder.RELEVANCE,
        SearchRequest.MAX_LIMIT, null, false);
    while (true) {
      SearchResult r = s.search(req);
      for (SearchHit h : r.hits()) {
        out.add(h.sha256());
      }
      if (r.next() == null) {
        return out;
      }
      req = req.withAfter(r.next());
    }
  }
}
