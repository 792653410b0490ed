package org.istraga.findings;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.istraga.IstragaException;
import org.istraga.Json;
import org.istraga.cases.CaseLayout;
import org.istraga.provenance.CustodyLedger;
import org.istraga.provenance.LedgerVerifier;

/**
 * The findings journal of a case ({@code findings.jsonl}): tags, notes and citations, kept outside
 * the Lucene index so that re-indexing or re-ingesting never loses them.
 *
 * <p>Format: the same hash-chained JSON Lines as the custody ledger (it is written with {@link
 * CustodyLedger} and checked with {@link LedgerVerifier}): every line is one JSON object {@code
 * {"seq":N,"ts":"<instant>","type":"tag|note|citation|recovered",...,"prev":"<hash of the line
 * before>","hash":"<SHA-256 of this line up to ,"hash":>"}}. docs/findings.md lists the fields of
 * each type.
 *
 * <p>Durability: {@link #append} writes a batch of lines and fsyncs before it returns, so a write
 * that was acknowledged survives a crash or SIGKILL. A line torn by a crash (no final newline) is
 * not part of the journal: readers skip it, and the next write cuts it off and records a {@code
 * recovered} entry with the cut bytes' length and hash; earlier lines are never touched.
 *
 * <p>Concurrency: writers take the journal's own lock ({@code findings.lock}, not the case's write
 * lock, so tagging works while an ingest runs) and wait for each other. Readers take no lock and
 * see every complete line. Cost: {@link #read} reads and hashes the whole journal once (a tag line
 * of 1,000 ids is about 67 KB); a write reads the last line and costs one fsync per batch.
 */
public final class FindingsJournal {

  /** Ids per {@code tag} line: a query tagging many documents writes several lines. */
  public static final int IDS_PER_LINE = 1000;

  private final Path file;
  private final Path lockFile;

  public FindingsJournal(CaseLayout layout) {
    this(layout.findings());
  }

  /** A journal at an explicit path (its lock file sits beside it). */
  public FindingsJournal(Path file) {
    this.file = file.toAbsolutePath().normalize();
    this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
  }

  public Path file() {
    return file;
  }

  /** One line to append: its type and its fields (in order; {@code seq}, {@code ts}, {@code type} come first). */
  public record Entry(String type, Map<String, ?> fields) {}

  /**
   * Appends entries as one batch and makes them durable before returning.
   *
   * @return the journal's head hash after the batch
   * @throws IstragaException IO when the journal cannot be written (read-only folder, disk full);
   *     CHECK_FAILED when its last complete line is damaged (run {@code istraga citations} to see)
   */
  public String append(Collection<Entry> entries) {
    try (JournalLock lock = JournalLock.acquire(lockFile)) {
      boolean created = !Files.exists(file);
      String head;
      CustodyLedger journal;
      try {
        journal = CustodyLedger.openForAppend(file);
      } catch (IstragaException e) {
        if (e.kind() == IstragaException.Kind.CHECK_FAILED) {
          throw new IstragaException(IstragaException.Kind.CHECK_FAILED, "the last line of the findings journal "
              + file + " is damaged (edited by hand?); restore the file from a backup", e);
        }
        throw e;
      }
      try {
        for (Entry e : entries) {
          journal.append(e.type(), e.fields());
        }
        journal.sync();
        head = journal.head();
      } finally {
        try {
          journal.close();
        } catch (IOException e) {
          throw IstragaException.io("cannot close the findings journal " + file + ": " + e.getMessage(), e);
        }
      }
      if (created) {
        syncDirectory(file.getParent());
      }
      return head;
    }
  }

  /** Appends one entry durably. */
  public String append(String type, Map<String, ?> fields) {
    return append(List.of(new Entry(type, fields)));
  }

  /**
   * Reads and checks the whole journal: every complete line, folded into tags, notes and
   * citations, plus the chain check ({@link Findings#integrity()}). A missing journal is empty.
   */
  public Findings read() {
    Findings.Builder b = new Findings.Builder();
    try {
      LedgerVerifier.Result r = LedgerVerifier.verify(file, b::accept);
      return b.build(r);
    } catch (IOException e) {
      throw IstragaException.io("cannot read the findings journal " + file + ": " + e.getMessage(), e);
    }
  }

  /** Splits ids into {@code tag} entries of at most {@link #IDS_PER_LINE} ids each. */
  public static List<Entry> tagEntries(String op, String tag, List<String> ids, String user, String query) {
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += IDS_PER_LINE) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("op", op);
      f.put("tag", tag);
      f.put("ids", ids.subList(i, Math.min(ids.size(), i + IDS_PER_LINE)));
      f.put("user", user);
      if (query != null) {
        f.put("query", query);
      }
      out.add(new Entry("tag", f));
    }
    return out;
  }

  /** A {@code note} entry. */
  public static Entry noteEntry(String id, Integer page, String text, String user) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("id", id);
    if (page != null) {
      f.put("page", page);
    }
    f.put("text", text);
    f.put("user", user);
    return new Entry("note", f);
  }

  /** A {@code citation} entry holding every field of the citation. */
  @SuppressWarnings("unchecked")
  public static Entry citationEntry(Citation c) {
    Map<String, Object> f = Json.mapper().convertValue(c, LinkedHashMap.class);
    f.remove("at");
    return new Entry("citation", f);
  }

  private static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // some file systems cannot sync a directory; the file itself is synced
    }
  }
}
