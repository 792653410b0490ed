package org.istraga.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.istraga.index.CaseIndex;
import org.istraga.index.IndexSchema;

/** Reads every committed record of a case, for assertions. */
public final class CaseRecords {

  private final List<DocumentRecord> records;

  private CaseRecords(List<DocumentRecord> records) {
    this.records = records;
  }

  public static CaseRecords read(Path caseDir) throws IOException {
    Case c = Case.open(caseDir, IndexSchema.caseSchema());
    List<DocumentRecord> out = new ArrayList<>();
    try (CaseIndex index = CaseIndex.openReader(c); CaseIndex.Handle h = index.searcher()) {
      TopDocs td = h.searcher().search(new MatchAllDocsQuery(), Math.max(1, h.reader().maxDoc()));
      for (ScoreDoc sd : td.scoreDocs) {
        out.add(h.get(sd.doc));
      }
    }
    return new CaseRecords(out);
  }

  public List<DocumentRecord> all() {
    return records;
  }

  /** The record one of whose paths ends with {@code suffix}. */
  public DocumentRecord byPathSuffix(String suffix) {
    return find(suffix).orElseThrow(() -> new AssertionError("no document with a path ending in " + suffix
        + "; paths: " + paths()));
  }

  /** Prefers a document still present at that path over one whose occurrence there is missing. */
  public Optional<DocumentRecord> find(String suffix) {
    DocumentRecord missing = null;
    for (DocumentRecord r : records) {
      for (Occurrence o : r.occurrences) {
        if (o.path().endsWith(suffix)) {
          if (!o.missing()) {
            return Optional.of(r);
          }
          missing = r;
        }
      }
    }
    return Optional.ofNullable(missing);
  }

  public DocumentRecord byId(String id) {
    return records.stream().filter(r -> r.id.equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no document " + id));
  }

  public List<String> paths() {
    List<String> p = new ArrayList<>();
    for (DocumentRecord r : records) {
      for (Occurrence o : r.occurrences) {
        p.add(o.path());
      }
    }
    return p;
  }
}
