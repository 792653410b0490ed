package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.istraga.cli.ExitCode;
import org.istraga.testing.Cli;
import org.istraga.testing.EvidenceSnapshot;
import org.istraga.testing.SampleCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence is never touched: the SHA-256 and modification time of every input file (and of
 * every folder) are identical before and after ingest, search, show, export (including a bundle
 * copying originals) and verify.
 */
class EvidenceUntouchedTest {

  @TempDir Path tmp;

  @Test
  void hashesAndTimesAreIdenticalAfterEveryCommand() throws Exception {
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
    EvidenceSnapshot before = EvidenceSnapshot.of(leak);
    Path caseDir = tmp.resolve("case");
    String c = caseDir.toString();
    assertOk(Cli.run("ingest", "--case", c, leak.toString()));
    assertEquals(before, EvidenceSnapshot.of(leak), "after ingest");
    assertOk(Cli.run("search", "--case", c, "--json", "ugovor"));
    Cli.Result hits = Cli.run("search", "--case", c, "--json", "--limit", "1", "Ниш");
    assertOk(hits);
    assertOk(Cli.run("show", "--case", c, "--text", hits.json().get("hits").get(0).get("id").asText()));
    assertEquals(before, EvidenceSnapshot.of(leak), "after search and show");
    assertOk(Cli.run("export", "--case", c, "--query", "*:*", "--format", "csv", "--out", tmp.resolve("all.csv").toString()));
    assertOk(Cli.run("export", "--case", c, "--query", "ugovor", "--format", "bundle", "--include-sensitive",
        "--out", tmp.resolve("bundle").toString()));
    assertEquals(before, EvidenceSnapshot.of(leak), "after export");
    assertOk(Cli.run("verify", "--case", c));
    assertEquals(before, EvidenceSnapshot.of(leak), "after verify");
  }

  private static void assertOk(Cli.Result r) {
    assertEquals(ExitCode.OK, r.code(), r::toString);
  }
}
