package org.istraga.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.istraga.IstragaException;
import org.istraga.cases.Case;
import org.istraga.cases.CaseLock;
import org.istraga.document.DocumentRecord;
import org.istraga.entities.EntityExtractor;
import org.istraga.entities.Watchlist;
import org.istraga.index.CaseIndex;
import org.istraga.provenance.CustodyLedger;
import org.istraga.store.Hashes;

/**
 * Loads a watchlist into a case and re-tags every document's entities from its stored text and
 * metadata, without touching the evidence or parsing anything again. Later ingests apply the same
 * watchlist to new documents.
 *
 * <p>Holds the case's write lock; readers keep working and see the new tags at each commit.
 * Cost: entity extraction over every document's text (about 1 ms per 10 KB per core).
 */
public final class EntityRetagger {

  /** What a re-tagging did. */
  public record Result(int watchlistEntries, long documents, long documentsWithWatchlistHits, long mentions) {}

  private static final int PAGE = 500;

  private EntityRetagger() {}

  /** The entity annotator for a case: standard recognizers plus the case's watchlist, if any. */
  public static EntityAnnotator annotatorFor(Case kase) {
    Path w = kase.layout().watchlist();
    EntityExtractor x = EntityExtractor.standard();
    if (Files.isRegularFile(w)) {
      x = x.withWatchlist(Watchlist.load(w));
    }
    return new EntityAnnotator(x);
  }

  /** Installs {@code file} as the case's watchlist and re-tags every document. */
  public static Result loadAndRetag(Case kase, Path file) {
    Watchlist w = Watchlist.load(file);
    try (CaseLock lock = CaseLock.acquire(kase.layout(), "watchlist");
        CaseIndex index = CaseIndex.openWriter(kase);
        CustodyLedger ledger = CustodyLedger.openForAppend(kase.layout().ledger())) {
      Path tmp = kase.layout().root().resolve("watchlist.tsv.tmp");
      Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
      Files.move(tmp, kase.layout().watchlist(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      EntityAnnotator annotator = new EntityAnnotator(EntityExtractor.standard().withWatchlist(w));
      long docs = 0;
      long hits = 0;
      long mentions = 0;
      try (CaseIndex.Handle h = index.searcher()) {
        MatchAllDocsQuery all = new MatchAllDocsQuery();
        ScoreDoc after = null;
        while (true) {
          TopDocs td = after == null ? h.searcher().search(all, PAGE) : h.searcher().searchAfter(after, all, PAGE);
          if (td.scoreDocs.length == 0) {
            break;
          }
          for (ScoreDoc sd : td.scoreDocs) {
            DocumentRecord r = h.get(sd.doc);
            annotator.annotate(r);
            long n = r.entities.stream().filter(e -> "watchlist".equals(e.type())).count();
            if (n > 0) {
              hits++;
              mentions += n;
            }
            index.put(r);
            docs++;
          }
          after = td.scoreDocs[td.scoreDocs.length - 1];
        }
      }
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("file", file.toAbsolutePath().toString());
      e.put("sha256", Hashes.sha256(kase.layout().watchlist()));
      e.put("entries", w.size());
      e.put("documents", docs);
      e.put("documents_with_hits", hits);
      ledger.append("watchlist", e);
      ledger.sync();
      Map<String, String> data = new LinkedHashMap<>(index.commitData());
      data.put("ledger_head", ledger.head());
      data.put("committed_at", Instant.now().toString());
      index.commit(data);
      return new Result(w.size(), docs, hits, mentions);
    } catch (IOException e) {
      throw IstragaException.io("cannot re-tag case " + kase.root() + ": " + e.getMessage(), e);
    }
  }
}
