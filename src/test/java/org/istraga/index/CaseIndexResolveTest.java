package org.istraga.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.istraga.IstragaException;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids and unique prefixes, as git resolves them; an ambiguous prefix names its candidates. */
class CaseIndexResolveTest {

  @TempDir Path tmp;

  private static DocumentRecord record(String id) {
    DocumentRecord r = new DocumentRecord();
    r.id = id;
    r.kind = "file";
    r.text = "Ugovor " + id;
    r.occurrences.addAll(List.of(new Occurrence("/leak/" + id.substring(0, 8) + ".pdf", "/leak", null, null, 0,
        id.substring(0, 8) + ".pdf", 1_000L)));
    return r;
  }

  @Test
  void prefixesResolveAndAmbiguityListsTheCandidates() throws Exception {
    Case kase = Case.openOrCreate(tmp.resolve("case"), IndexSchema.caseSchema());
    String a = "8435ab" + "0".repeat(58);
    String b = "8435cd" + "1".repeat(58);
    String c = "9f00" + "2".repeat(60);
    try (CaseIndex index = CaseIndex.openWriter(kase)) {
      for (String id : List.of(a, b, c)) {
        index.put(record(id));
      }
      index.commit(Map.of());
    }
    try (CaseIndex index = CaseIndex.openReader(kase)) {
      assertEquals(c, index.resolve("9f00"));
      assertEquals(a, index.resolve("8435ab"));
      assertEquals(a, index.resolve(a));
      IstragaException e = assertThrows(IstragaException.class, () -> index.resolve("8435"));
      assertEquals(IstragaException.Kind.NOT_FOUND, e.kind());
      assertTrue(e.getMessage().contains("8435ab000000") && e.getMessage().contains("8435cd111111"), e.getMessage());
      assertTrue(e.getMessage().endsWith("give more characters"), e.getMessage());
      IstragaException none = assertThrows(IstragaException.class, () -> index.resolve("dead"));
      assertTrue(none.getMessage().contains("no document with id dead"), none.getMessage());
    }
  }
}
