package org.istraga.cases;

import java.nio.file.Path;

/**
 * Where everything lives inside a case folder. The layout is part of the case format: changing
 * it means a new {@link CaseConfig#FORMAT_VERSION}.
 *
 * <pre>
 * CASE/
 *   case.json        format and schema versions, analysis settings, creation time
 *   write.lock       held by the one process that may write (ingest, tag...)
 *   index/           the Lucene index (documents, text, facets)
 *   blobs/           content-addressed store of embedded children's bytes (by SHA-256)
 *   ledger.jsonl     the custody ledger: append-only, hash-chained JSON Lines
 *   findings.jsonl   tags, notes and citations: append-only journal, outside the index
 *   watchlist.tsv    the watchlist loaded with 'istraga watchlist' (names, tab-separated aliases)
 *   unread.json      files under the roots an ingest could not read (absent when there are none)
 *   tmp/             scratch space for one run (spooled children, generated Tika config)
 * </pre>
 */
public final class CaseLayout {

  private final Path root;

  public CaseLayout(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  public Path config() {
    return root.resolve("case.json");
  }

  public Path writeLock() {
    return root.resolve("write.lock");
  }

  public Path index() {
    return root.resolve("index");
  }

  public Path blobs() {
    return root.resolve("blobs");
  }

  public Path ledger() {
    return root.resolve("ledger.jsonl");
  }

  public Path findings() {
    return root.resolve("findings.jsonl");
  }

  public Path watchlist() {
    return root.resolve("watchlist.tsv");
  }

  /** Files and folders the ingests met but could not read: see {@code org.istraga.ingest.UnreadFiles}. */
  public Path unread() {
    return root.resolve("unread.json");
  }

  public Path tmp() {
    return root.resolve("tmp");
  }
}
