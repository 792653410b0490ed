package org.istraga.export.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.istraga.cases.Case;
import org.istraga.cases.CaseLock;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.istraga.index.CaseIndex;
import org.istraga.index.IndexSchema;
import org.istraga.store.Hashes;

/**
 * Builds the export benchmark's case: N small generated documents written straight to the index
 * (no parsing), for scripts/bench/export. Arguments: case folder, number of documents.
 */
public final class ExportBenchCase {

  private ExportBenchCase() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    Case kase = Case.openOrCreate(dir, IndexSchema.caseSchema());
    try (CaseLock lock = CaseLock.acquire(kase.layout(), "bench"); CaseIndex index = CaseIndex.openWriter(kase)) {
      for (int i = 0; i < n; i++) {
        String text = "Dokument " + i + ": ugovor o nabavci opreme, iznos " + (i * 37 % 100000) + " dinara, strana 1.";
        DocumentRecord r = new DocumentRecord();
        r.id = Hashes.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        r.size = text.length();
        r.kind = "file";
        String path = "/evidence/folder-" + (i % 100) + "/dokument-" + i + ".txt";
        r.occurrences = List.of(new Occurrence(path, "/evidence", null, r.id, 0, "dokument-" + i + ".txt", 1_565_000_000_000L));
        r.mediaType = "text/plain";
        r.typeGroup = "text";
        r.ext = "txt";
        r.title = "Dokument " + i;
        r.authors = List.of("Autor " + (i % 50));
        r.date = "2019-08-14T09:20:00Z";
        r.language = "sr";
        r.script = "latin";
        r.status = "ok";
        r.text = text;
        index.put(r);
      }
      index.commit(Map.of("bench", "export"));
    }
    System.out.println("built " + n + " documents in " + dir);
  }
}
