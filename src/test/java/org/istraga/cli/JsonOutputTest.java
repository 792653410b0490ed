package org.istraga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.istraga.findings.CaseCopy;
import org.istraga.testing.Cli;
import org.istraga.testing.SampleCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --json, stdout is exactly one JSON document on every path of every command. */
class JsonOutputTest {

  @TempDir Path tmp;

  @Test
  void ledgerHeadWithJsonIsJson() throws Exception {
    String c = SampleCase.get().toString();
    Cli.Result plain = Cli.run("ledger", "--case", c, "--head");
    Cli.Result json = Cli.run("ledger", "--case", c, "--head", "--json");
    assertEquals(ExitCode.OK, json.code(), json::toString);
    assertEquals(plain.out().strip(), json.json().get("head").asText());
    assertTrue(json.json().get("ledger").asText().endsWith("ledger.jsonl"), json.out());
  }

  @Test
  void tagQueryThatMatchesNothingIsStillJson() throws Exception {
    Path c = CaseCopy.ofSamples(tmp.resolve("case"));
    Cli.Result r = Cli.run("tag", "--case", c.toString(), "--query", "qqzzxy", "--add", "provera", "--json");
    assertEquals(ExitCode.OK, r.code(), r::toString);
    JsonNode j = r.json();
    assertEquals(0, j.get("documents").asInt());
    assertEquals("provera", j.get("added").get(0).asText());
    assertFalse(j.has("journal_head"), "nothing was written to the journal: " + r.out());
    assertTrue(r.err().isEmpty(), r.err());
  }

  @Test
  void tableExportToAFileWithJsonPrintsASummaryAndToStdoutRefusesJson() throws Exception {
    String c = SampleCase.get().toString();
    Path csv = tmp.resolve("ugovori.csv");
    Cli.Result r = Cli.run("export", "--case", c, "--query", "ugovor", "--format", "csv", "--out", csv.toString(), "--json");
    assertEquals(ExitCode.OK, r.code(), r::toString);
    JsonNode j = r.json();
    assertEquals(csv.toAbsolutePath().toString(), j.get("out").asText());
    assertEquals("csv", j.get("format").asText());
    long lines = Files.readAllLines(csv).size();
    assertEquals(lines - 1, j.get("rows").asLong());
    assertTrue(j.get("rows").asLong() > 0, r.out());

    Cli.Result mixed = Cli.run("export", "--case", c, "--query", "ugovor", "--format", "jsonl", "--out", "-", "--json");
    assertEquals(ExitCode.USAGE, mixed.code(), mixed::toString);
    assertTrue(mixed.out().isEmpty(), mixed.out());
    assertTrue(mixed.err().startsWith("istraga: --json cannot be combined with --out -"), mixed.err());
  }

  @Test
  void bundleExportJsonNamesTheOutputAsAPathWithSnakeCaseKeys() throws Exception {
    Path c = CaseCopy.ofSamples(tmp.resolve("case"));
    Path zip = tmp.resolve("bundle.zip");
    Cli.Result r = Cli.run("export", "--case", c.toString(), "--query", "ugovor", "--format", "bundle", "--out", zip.toString(),
        "--include-sensitive", "--json");
    assertEquals(ExitCode.OK, r.code(), r::toString);
    JsonNode j = r.json();
    assertEquals(zip.toAbsolutePath().toString(), j.get("out").asText());
    assertTrue(j.has("sensitive_items") && j.has("sensitive_metadata"), r.out());
    assertFalse(j.has("sensitiveItems"), r.out());
    assertEquals(64, j.get("fingerprint").asText().length());
    assertTrue(j.get("documents").asInt() > 0, r.out());
  }
}
