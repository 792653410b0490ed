package org.istraga.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.istraga.cli.ExitCode;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bundles of documents whose names are the ones leaks have: a long Cyrillic path inside an
 * archive (more than 255 UTF-8 bytes once flattened), a Windows device name, a name ending with a
 * dot, a name with a percent sign and one with a line break, the same bytes at two paths. The
 * bag is written, its manifests decode (RFC 8493 percent-encoding) to exactly the files there,
 * and it verifies, as a folder and as a ZIP.
 */
class OddNamesBundleTest {

  @TempDir static Path tmp;
  static Path caseDir;
  static final String LONG = "Одлука о покретању поступка јавне набавке мале вредности за набавку опреме за видео "
      + "надзор града Београда и Ниша 2019 година коначна верзија";

  @BeforeAll
  static void ingest() throws Exception {
    Path leak = tmp.resolve("leak");
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("dokumenti/" + LONG + ".txt", "Tekst odluke o nabavci opreme.\n".getBytes(StandardCharsets.UTF_8));
    entries.put("CON.txt", "Ime rezervisano u Windowsu.\n".getBytes(StandardCharsets.UTF_8));
    entries.put("kraj tačka. .txt.", "Ime se završava tačkom.\n".getBytes(StandardCharsets.UTF_8));
    Evidence.write(leak.resolve("arhiva.zip"), Evidence.zip(entries));
    Evidence.write(leak.resolve("100% tačno.txt"), "Procenat u imenu.\n");
    Evidence.write(leak.resolve("novi\nred.txt"), "Prelom reda u imenu.\n");
    Evidence.write(leak.resolve("a/isti.txt"), "Isti sadržaj na dva mesta.\n");
    Evidence.write(leak.resolve("b/kopija.txt"), "Isti sadržaj na dva mesta.\n");
    caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), leak.toString());
    assertEquals(ExitCode.OK, r.code(), r.toString());
  }

  @Test
  void folderBagHoldsEveryOriginalUnderASafeNameAndVerifies() throws Exception {
    Path bag = tmp.resolve("bag");
    Cli.Result r = Cli.run("export", "--case", caseDir.toString(), "--query", "*:*", "--format", "bundle",
        "--out", bag.toString(), "--include-sensitive");
    assertEquals(ExitCode.OK, r.code(), r.toString());
    List<Path> originals;
    try (Stream<Path> s = Files.walk(bag.resolve("data/documents"))) {
      originals = s.filter(p -> p.getParent().getFileName().toString().equals("original")).toList();
    }
    List<String> names = originals.stream().map(p -> p.getFileName().toString()).toList();
    for (String n : names) {
      assertTrue(n.getBytes(StandardCharsets.UTF_8).length <= BundleFileName.NAME_BYTES, n);
      assertFalse(n.endsWith(".") || n.endsWith(" "), n);
      assertFalse(n.equalsIgnoreCase("CON.txt"), n);
    }
    assertTrue(names.stream().anyMatch(n -> n.startsWith("dokumenti_Одлука о покретању") && n.endsWith(".txt")), names::toString);
    assertTrue(names.contains("_CON.txt"), names::toString);
    assertTrue(names.contains("kraj tačka. .txt"), names::toString);
    assertTrue(names.contains("novi_red.txt"), names::toString);
    assertTrue(names.contains("100% tačno.txt"), names::toString);
    // the archive, its 3 children, 3 loose files, and the file present at two paths once
    assertEquals(7, names.size(), names::toString);
    Path twice = originals.stream().filter(p -> p.getFileName().toString().matches("isti.txt|kopija.txt"))
        .findFirst().orElseThrow();
    String provenance = Files.readString(twice.getParent().getParent().resolve("provenance.json"));
    assertTrue(provenance.contains("/a/isti.txt") && provenance.contains("/b/kopija.txt"), provenance);

    // every manifest line decodes to a file of the bag with that digest, and every payload file is listed
    Map<String, String> listed = new LinkedHashMap<>();
    for (String line : Files.readString(bag.resolve("manifest-sha256.txt")).split("\n")) {
      String path = line.substring(66).replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
      listed.put(path, line.substring(0, 64));
    }
    try (Stream<Path> s = Files.walk(bag.resolve("data"))) {
      for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
        String rel = bag.relativize(p).toString();
        assertEquals(sha256(p), listed.remove(rel), rel);
      }
    }
    assertTrue(listed.isEmpty(), listed::toString);
    assertTrue(Files.readString(bag.resolve("manifest-sha256.txt")).contains("100%25 tačno.txt"));

    Cli.Result v = Cli.run("bundle", "verify", bag.toString(), "--case", caseDir.toString());
    assertEquals(ExitCode.OK, v.code(), v.toString());
  }

  @Test
  void zipBagVerifies() throws Exception {
    Path zip = tmp.resolve("bag.zip");
    Cli.Result r = Cli.run("export", "--case", caseDir.toString(), "--query", "*:*", "--format", "bundle",
        "--out", zip.toString(), "--include-sensitive");
    assertEquals(ExitCode.OK, r.code(), r.toString());
    Cli.Result v = Cli.run("bundle", "verify", zip.toString(), "--case", caseDir.toString());
    assertEquals(ExitCode.OK, v.code(), v.toString());
  }

  private static String sha256(Path p) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
  }
}
