package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
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
 * Hostile archives found by the audit of 2026-11-28 (docs/reliability.md): an archive of many
 * identical entries (each became an update of one record that was indexed again with all its
 * places, quadratic in their number: a ZIP of 100,000 empty entries did not finish in 15 minutes),
 * and gzip files of several members (only the first member was read, the rest silently dropped,
 * and a multi-member bomb passed as "ok").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepeatedContentTest {

  static final int COPIES = 20_000;

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
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      for (int i = 0; i < COPIES; i++) {
        z.putNextEntry(new ZipEntry(String.format("folder-%05d/logo.txt", i)));
        z.write("the same logo text in every folder".getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
        z.putNextEntry(new ZipEntry(String.format("folder-%05d/empty.txt", i)));
        z.closeEntry();
      }
      z.putNextEntry(new ZipEntry("unique.txt"));
      z.write("the one unique memo".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    Evidence.write(evidence.resolve("copies.zip"), zip.toByteArray());
    Evidence.write(evidence.resolve("logs/joined.log.gz"), concat(
        gzip("first member: the server started\n".getBytes(StandardCharsets.UTF_8)),
        gzip("second member: the contract was signed at noon\n".getBytes(StandardCharsets.UTF_8))));
    byte[] zeros = gzip(new byte[4 << 20]);
    byte[][] members = new byte[100][];
    java.util.Arrays.fill(members, zeros);
    Evidence.write(evidence.resolve("logs/members-bomb.gz"), concat(members)); // 400 MB from 400 KB
    Evidence.write(evidence.resolve("plain/ordinary.txt"), "An ordinary note about the Safe City contract.");
    before = EvidenceSnapshot.of(evidence);
    result = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--threads", "2", "--json", evidence.toString());
    recs = CaseRecords.read(caseDir);
  }

  @Test
  void runCompletesAndEvidenceIsUntouched() throws IOException {
    assertEquals(ExitCode.OK, result.code(), result::toString);
    assertEquals("ok", recs.byPathSuffix("plain/ordinary.txt").status);
    assertEquals(before, EvidenceSnapshot.of(evidence), "evidence untouched");
  }

  @Test
  void identicalEntriesAreOneDocumentWithEveryPlace() {
    DocumentRecord zip = recs.byPathSuffix("copies.zip");
    assertEquals("ok", zip.status, zip.statusReason);
    DocumentRecord logo = recs.byPathSuffix("folder-00000/logo.txt");
    assertEquals(COPIES, logo.occurrences.size(), "one place per entry");
    Set<String> paths = new HashSet<>();
    for (Occurrence o : logo.occurrences) {
      paths.add(o.path());
      assertEquals(1, o.depth());
      assertTrue(o.path().endsWith("/logo.txt"), o.path());
    }
    assertEquals(COPIES, paths.size(), "every place is distinct");
    assertTrue(logo.text.contains("the same logo text"), logo.text);
    DocumentRecord empty = recs.byPathSuffix("folder-19999/empty.txt");
    assertEquals(COPIES, empty.occurrences.size());
    assertEquals("empty", empty.status);
    long documents = recs.all().stream().filter(r -> r.firstPath().contains("copies.zip!/")).count();
    assertEquals(3, documents, "logo, empty and unique: one document per distinct content");
    assertTrue(recs.byPathSuffix("unique.txt").text.contains("the one unique memo"));
  }

  @Test
  void rerunKeepsTheSamePlaces() throws Exception {
    Cli.Result again = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--threads", "2", "--json",
        evidence.toString());
    assertEquals(ExitCode.OK, again.code(), again::toString);
    assertEquals(0, again.json().get("documents_added").asInt(), again.out());
    CaseRecords after = CaseRecords.read(caseDir);
    assertEquals(COPIES, after.byPathSuffix("folder-00000/logo.txt").occurrences.size());
  }

  @Test
  void everyMemberOfAConcatenatedGzipIsRead() {
    DocumentRecord log = recs.byPathSuffix("joined.log.gz!/joined.log");
    assertTrue(log.text.contains("first member: the server started"), log.text);
    assertTrue(log.text.contains("second member: the contract was signed at noon"), log.text);
    assertEquals("ok", recs.byPathSuffix("logs/joined.log.gz").status);
  }

  @Test
  void aBombSpreadOverManyGzipMembersIsStopped() {
    DocumentRecord bomb = recs.byPathSuffix("logs/members-bomb.gz");
    assertEquals("bomb", bomb.status, bomb.statusReason);
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : List.of(parts)) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
