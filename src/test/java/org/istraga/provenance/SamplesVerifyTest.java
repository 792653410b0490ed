package org.istraga.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.istraga.cli.ExitCode;
import org.istraga.testing.Cli;
import org.istraga.testing.SampleCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a copy of the sample leak: a tampered copy of a sample file is reported as modified by
 * {@code istraga verify}, naming it, and an edited ledger line is located.
 */
class SamplesVerifyTest {

  @TempDir Path tmp;

  @Test
  void tamperedSampleAndEditedLedgerLineAreReported() throws Exception {
    Path leak = tmp.resolve("leak");
    try (Stream<Path> s = Files.walk(SampleCase.leak())) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = leak.resolve(SampleCase.leak().relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    Path caseDir = tmp.resolve("case");
    assertEquals(ExitCode.OK, Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", leak.toString()).code());
    assertEquals(ExitCode.OK, Cli.run("verify", "--case", caseDir.toString()).code());

    String contract = SampleCase.facts().get("contract").get("cyrillicPdf").asText();
    Path target = leak.resolve(contract.substring("leak/".length()));
    byte[] b = Files.readAllBytes(target);
    b[b.length / 2] ^= 0x20;
    Files.write(target, b);
    Cli.Result r = Cli.run("verify", "--case", caseDir.toString(), "--json");
    assertEquals(ExitCode.CHECK_FAILED, r.code(), r::toString);
    JsonNode problems = r.json().get("problems");
    assertEquals(1, problems.size(), problems::toString);
    assertEquals("modified", problems.get(0).get("state").asText());
    assertEquals(target.toString(), problems.get(0).get("path").asText());
    Cli.Result text = Cli.run("verify", "--case", caseDir.toString());
    assertTrue(text.out().contains("MODIFIED") && text.out().contains(target.toString()), text.out());

    Path ledger = caseDir.resolve("ledger.jsonl");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(ledger));
    int i = 1;
    while (!lines.get(i).contains("\"type\":\"file\"")) {
      i++;
    }
    lines.set(i, lines.get(i).replaceFirst("\"size\":\\d+", "\"size\":1"));
    Files.write(ledger, lines);
    Cli.Result l = Cli.run("verify", "--case", caseDir.toString(), "--json");
    JsonNode chain = l.json().get("ledger");
    assertFalse(chain.get("intact").asBoolean());
    assertEquals(i + 1, chain.get("problems").get(0).get("line").asInt());
  }
}
