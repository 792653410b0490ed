package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.istraga.testing.EvidenceSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files built by the test: archive bombs (one huge entry, and nested fan-out), nesting
 * beyond the depth limit, zip-slip entry names, XML external entities and entity-expansion bombs.
 * Each gets a status; nothing is written outside the case; the case stays small; the rest of the
 * run is unaffected.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

  static final String SECRET = "TOP-SECRET-MARKER-4711";

  @TempDir static Path tmp;
  Path evidence;
  Path caseDir;
  Cli.Result result;
  CaseRecords recs;
  EvidenceSnapshot before;

  @BeforeAll
  void ingest() throws Exception {
    evidence = tmp.resolve("leak");
    caseDir = tmp.resolve("case");
    Files.createDirectories(evidence);
    writeZeroBomb(evidence.resolve("bombs/zeros.zip"), 400L << 20);
    writeNestedBomb(evidence.resolve("bombs/nested.zip"));
    writeDeepNesting(evidence.resolve("deep/deep.zip"), 16);
    Map<String, byte[]> slip = new LinkedHashMap<>();
    slip.put("../../../../../../tmp/istraga-evil.txt", "zip slip".getBytes(StandardCharsets.UTF_8));
    slip.put("/etc/istraga-evil-abs.txt", "absolute".getBytes(StandardCharsets.UTF_8));
    slip.put("C:\\Windows\\istraga-evil-drive.txt", "drive letter".getBytes(StandardCharsets.UTF_8));
    slip.put("odd\u0001name\u202e.txt", "odd bytes".getBytes(StandardCharsets.UTF_8));
    Evidence.write(evidence.resolve("slip/slip.zip"), Evidence.zip(slip));
    Path secret = Evidence.write(tmp.resolve("outside/secret.txt"), SECRET);
    Evidence.write(evidence.resolve("xml/xxe.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \""
        + secret.toUri() + "\">]>\n<r>before &x; after</r>\n");
    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      laughs.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        laughs.append(i == 1 ? "&lol;" : "&lol" + (i - 1) + ";");
      }
      laughs.append("\">");
    }
    laughs.append("]>\n<lolz>&lol9;</lolz>\n");
    Evidence.write(evidence.resolve("xml/billion-laughs.xml"), laughs.toString());
    Evidence.write(evidence.resolve("plain/ordinary.txt"), "An ordinary note about the Safe City contract.");
    before = EvidenceSnapshot.of(evidence);
    result = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--threads", "2", "--json", evidence.toString());
    recs = CaseRecords.read(caseDir);
  }

  @Test
  void runCompletesAndOrdinaryFilesAreUnaffected() throws Exception {
    assertEquals(ExitCode.OK, result.code(), result::toString);
    assertEquals("ok", recs.byPathSuffix("plain/ordinary.txt").status);
    assertEquals(before, EvidenceSnapshot.of(evidence), "evidence untouched");
  }

  @Test
  void singleEntryBombIsStopped() {
    DocumentRecord zip = recs.byPathSuffix("bombs/zeros.zip");
    assertEquals("bomb", zip.status, zip.statusReason);
  }

  @Test
  void nestedBombIsStopped() {
    DocumentRecord zip = recs.byPathSuffix("bombs/nested.zip");
    assertEquals("bomb", zip.status, zip.statusReason);
  }

  @Test
  void nestingBeyondTheDepthLimitStopsWithAStatus() {
    long tooDeep = recs.all().stream().filter(r -> "too-deep".equals(r.status)).count();
    assertEquals(1, tooDeep, () -> recs.all().stream().map(r -> r.firstPath() + " " + r.status).collect(Collectors.joining("\n")));
    int maxDepth = recs.all().stream().flatMap(r -> r.occurrences.stream()).mapToInt(Occurrence::depth).max().orElse(0);
    assertEquals(12, maxDepth, "children are unpacked down to the default depth limit and no further");
  }

  @Test
  void caseStaysSmall() throws IOException {
    long bytes;
    try (Stream<Path> s = Files.walk(caseDir)) {
      bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    assertTrue(bytes < 200L << 20, "case is " + bytes + " bytes after ingesting bombs");
  }

  @Test
  void zipSlipNamesAreKeptAndNothingIsWrittenOutside() throws IOException {
    List<String> paths = recs.paths();
    assertTrue(paths.stream().anyMatch(p -> p.endsWith("slip.zip!/../../../../../../tmp/istraga-evil.txt")), paths::toString);
    assertTrue(paths.stream().anyMatch(p -> p.endsWith("slip.zip!//etc/istraga-evil-abs.txt")), paths::toString);
    assertTrue(paths.stream().anyMatch(p -> p.contains("istraga-evil-drive.txt")), paths::toString);
    assertFalse(Files.exists(Path.of("/tmp/istraga-evil.txt")));
    assertFalse(Files.exists(Path.of("/etc/istraga-evil-abs.txt")));
    try (Stream<Path> s = Files.walk(tmp)) {
      List<Path> evil = s.filter(p -> p.getFileName().toString().startsWith("istraga-evil"))
          .collect(Collectors.toList());
      assertTrue(evil.isEmpty(), "no file named after a hostile entry anywhere: " + evil);
    }
  }

  @Test
  void xmlExternalEntitiesAreNotResolved() {
    DocumentRecord xxe = recs.byPathSuffix("xml/xxe.xml");
    assertFalse(xxe.text.contains(SECRET), "the external entity must not be read: " + xxe.text);
    for (DocumentRecord r : recs.all()) {
      assertFalse(r.text.contains(SECRET), r.firstPath());
    }
  }

  @Test
  void entityExpansionBombDoesNotBlowUp() {
    DocumentRecord lol = recs.byPathSuffix("xml/billion-laughs.xml");
    assertTrue(lol.text.length() < 1_000_000, "expanded text length " + lol.text.length());
    assertTrue(List.of("ok", "corrupt", "corrupt-partial", "empty", "bomb").contains(lol.status), lol.status);
  }

  @Test
  void moreChildrenThanTheLimitStopWithAStatus() throws Exception {
    Map<String, byte[]> many = new LinkedHashMap<>();
    for (int i = 0; i < 300; i++) {
      many.put("item-" + i + ".txt", ("item " + i).getBytes(StandardCharsets.UTF_8));
    }
    Path leak = tmp.resolve("many");
    Evidence.write(leak.resolve("many.zip"), Evidence.zip(many));
    Path c = tmp.resolve("many-case");
    Cli.Result r = Cli.run("ingest", "--case", c.toString(), "--ocr", "off", "--max-children", "100", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    CaseRecords many2 = CaseRecords.read(c);
    assertEquals("too-many-children", many2.byPathSuffix("many.zip").status);
    assertTrue(many2.all().size() <= 102, "at most the limit of children: " + many2.all().size());
  }

  /** A zip with one entry of {@code size} zero bytes, deflated to a few hundred kilobytes. */
  static void writeZeroBomb(Path file, long size) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
      z.setLevel(Deflater.BEST_COMPRESSION);
      z.putNextEntry(new ZipEntry("zeros.txt"));
      byte[] block = new byte[1 << 20];
      for (long written = 0; written < size; written += block.length) {
        z.write(block);
      }
      z.closeEntry();
    }
  }

  /** Ten zips, each of ten 20 MB zero files: 2 GB expanded from well under a megabyte. */
  static void writeNestedBomb(Path file) throws IOException {
    ByteArrayOutputStream inner = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(inner)) {
      z.setLevel(Deflater.BEST_COMPRESSION);
      byte[] block = new byte[1 << 20];
      for (int i = 0; i < 10; i++) {
        z.putNextEntry(new ZipEntry("z" + i + ".bin"));
        for (int k = 0; k < 20; k++) {
          z.write(block);
        }
        z.closeEntry();
      }
    }
    Map<String, byte[]> outer = new LinkedHashMap<>();
    for (int i = 0; i < 10; i++) {
      outer.put("layer-" + i + ".zip", inner.toByteArray());
    }
    Evidence.write(file, Evidence.zip(outer));
  }

  /** A zip nested {@code levels} deep, with a text file at the bottom. */
  static void writeDeepNesting(Path file, int levels) throws IOException {
    byte[] bytes = "bottom of the well".getBytes(StandardCharsets.UTF_8);
    String name = "bottom.txt";
    for (int i = 0; i < levels; i++) {
      Map<String, byte[]> m = new LinkedHashMap<>();
      m.put(name, bytes);
      bytes = Evidence.zip(m);
      name = "level-" + (levels - i) + ".zip";
    }
    Evidence.write(file, bytes);
  }
}
