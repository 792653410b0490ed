package org.istraga.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A torn last line is cut and recorded without touching the complete lines before it. */
class CustodyLedgerRepairTest {

  @TempDir Path tmp;

  @Test
  void repairAppendsTheRecoveryEntryAfterTheLastCompleteLine() throws Exception {
    Path file = tmp.resolve("ledger.jsonl");
    try (CustodyLedger l = CustodyLedger.openForAppend(file)) {
      l.append("file", Map.of("path", "/leak/a.pdf", "sha256", "a".repeat(64)));
      l.append("file", Map.of("path", "/leak/b.pdf", "sha256", "b".repeat(64)));
    }
    List<String> before = Files.readAllLines(file, StandardCharsets.UTF_8);
    Files.writeString(file, "{\"seq\":3,\"ts\":\"2019-08-14T00:00:00Z\",\"type\":\"fi", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    try (CustodyLedger l = CustodyLedger.openForAppend(file)) {
      l.append("file", Map.of("path", "/leak/c.pdf", "sha256", "c".repeat(64)));
    }
    List<String> after = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(before, after.subList(0, 2), "complete lines are untouched");
    List<String> types = new ArrayList<>();
    LedgerVerifier.Result r = LedgerVerifier.verify(file, line -> types.add(line.type()));
    assertTrue(r.intact(), r.problems().toString());
    assertFalse(r.incompleteTail());
    assertEquals(List.of("file", "file", "recovered", "file"), types);
  }
}
