package org.istraga.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.document.ExtractionStatus;
import org.istraga.document.Occurrence;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Corpus;
import org.istraga.testing.EvidenceSnapshot;
import org.istraga.testing.RequiresCorpus;
import org.istraga.testing.Subprocess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole real-document corpus, ingested by a separate JVM limited to 512 MB of heap: every file
 * and every embedded child ends with a status, the run exits cleanly, hostile archives write
 * nothing outside the case, the evidence is untouched, forensic flags land on the right files,
 * and an ingest killed mid-run and rerun holds each document exactly once.
 */
@Tag("corpus")
@RequiresCorpus
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusIngestTest {

  @TempDir static Path tmp;
  Path corpus;
  Path caseDir;
  EvidenceSnapshot before;
  int exit;
  CaseRecords recs;
  Map<String, DocumentRecord> byName = new HashMap<>();

  @BeforeAll
  void ingestCorpus() throws Exception {
    corpus = Corpus.require();
    assertFalse(Files.exists(Path.of("/tmp/evil.txt")), "precondition: no /tmp/evil.txt before the run");
    before = EvidenceSnapshot.of(corpus);
    caseDir = tmp.resolve("case");
    Process p = Subprocess.start(tmp.resolve("ingest.log"), "ingest", "--case", caseDir.toString(), "--ocr", "off",
        "--threads", "2", "--json", corpus.toString());
    assertTrue(p.waitFor(25, TimeUnit.MINUTES), "ingest finished");
    exit = p.exitValue();
    recs = CaseRecords.read(caseDir);
    for (DocumentRecord r : recs.all()) {
      for (Occurrence o : r.occurrences) {
        if (!o.isEmbedded()) {
          byName.put(corpus.relativize(Path.of(o.path())).toString(), r);
        }
      }
    }
  }

  @Test
  void runExitsCleanlyWithinHalfAGigabyteOfHeap() throws Exception {
    assertEquals(ExitCode.OK, exit, () -> log());
    assertFalse(log().contains("OutOfMemoryError"), "no OutOfMemoryError in the main process");
  }

  @Test
  void everyFileAndChildHasAStatus() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files = s.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).collect(Collectors.toList());
    }
    for (Path f : files) {
      DocumentRecord r = byName.get(corpus.relativize(f).toString());
      assertNotNull(r, "a document for " + f);
    }
    for (DocumentRecord r : recs.all()) {
      assertNotNull(ExtractionStatus.fromLabel(r.status), r.firstPath());
    }
    JsonNode status = Cli.run("status", "--case", caseDir.toString(), "--json").json();
    assertEquals(files.size(), status.get("files_seen").asLong());
    assertEquals(recs.all().size(), status.get("documents").asLong());
  }

  @Test
  void evidenceIsUntouchedAndHostileArchivesWroteNothingOutside() throws Exception {
    assertEquals(before, EvidenceSnapshot.of(corpus));
    assertFalse(Files.exists(Path.of("/tmp/evil.txt")), "zip-slip entry was not written");
    assertTrue(recs.paths().stream().anyMatch(p -> p.contains("zip-slip.zip!/") && p.contains("../")),
        "the hostile entry name is kept as evidence");
    assertTrue(recs.all().stream().anyMatch(r -> "too-deep".equals(r.status) && r.firstPath().contains("droste.zip!/")),
        "the self-containing archive stops at the depth limit with a status");
    try (Stream<Path> s = Files.walk(caseDir.resolve("tmp"))) {
      assertEquals(0, s.filter(Files::isRegularFile).count(), "scratch space is cleaned");
    }
  }

  @Test
  void encryptedFilesAreReportedAsEncrypted() {
    for (String f : List.of("g_archives/full_encrypted.7z", "c_pdf_features/minimal-aes256.pdf",
        "c_pdf_features/testUnicodePassword.pdf")) {
      assertEquals("encrypted", byName.get(f).status, f);
    }
  }

  @Test
  void signatureAnomaliesAreFlaggedAndUntouchedSignaturesAreNot() {
    for (String f : List.of("coverage-anomalies__signature-gap-too-big.pdf", "coverage-anomalies__tail-uncovered.pdf",
        "coverage-anomalies__weird-byterange.pdf")) {
      assertTrue(flags("c_pdf_features/" + f).contains("pdf-signature-partial-coverage"), f);
    }
    for (String f : List.of("form-update-ap-indirect-sneaky-trailer.pdf", "form-update-override-appearance-stream-sneaky.pdf")) {
      assertTrue(flags("c_pdf_features/" + f).contains("pdf-changed-after-signing"), f);
    }
    for (String f : List.of("bug854315.pdf", "certified-with-indirect-refs-in-dir.pdf",
        "pades-with-old-style-signing-cert-attr.pdf", "sig-with-ski-sid.pdf", "signed_verified.pdf", "160F-2019.pdf")) {
      Set<String> fl = flags("c_pdf_features/" + f);
      for (String bad : List.of("pdf-signature-invalid", "pdf-signature-partial-coverage", "pdf-changed-after-signing")) {
        assertFalse(fl.contains(bad), f + " has " + bad);
      }
    }
  }

  @Test
  void earlierRevisionsAreChildrenWithTheirOwnText() {
    DocumentRecord pdf = byName.get("c_pdf_features/testPDF_incrementalUpdates.pdf");
    List<DocumentRecord> revisions = recs.all().stream()
        .filter(r -> "revision".equals(r.kind) && r.occurrences.stream().anyMatch(o -> pdf.id.equals(o.parent())))
        .collect(Collectors.toList());
    assertEquals(2, revisions.size(), "two earlier revisions");
    assertTrue(revisions.stream().anyMatch(r -> !r.text.strip().equals(pdf.text.strip())),
        "an earlier revision says something else than the final one");
    assertEquals(3, pdf.provenance.path("pdf").path("revision_count").asInt());
  }

  @Test
  void dkimBodyHashesAreChecked() {
    assertEquals("pass", firstDkim("f_email/testRFC822_dkim.eml").path("body_hash").asText());
    assertEquals("fail", firstDkim("f_email/mail_test_5").path("body_hash").asText());
    assertTrue(flags("f_email/mail_test_5").contains("email-dkim-body-hash-fail"));
  }

  @Test
  void killedIngestResumesWithEachDocumentOnce() throws Exception {
    Path killed = tmp.resolve("killed-case");
    Process p = Subprocess.start(tmp.resolve("killed.log"), "ingest", "--case", killed.toString(), "--ocr", "off",
        "--threads", "2", corpus.toString());
    assertFalse(p.waitFor(25, TimeUnit.SECONDS), "still running when killed");
    Subprocess.killHard(p);
    Cli.Result rerun = Cli.run("ingest", "--case", killed.toString(), "--ocr", "off", "--threads", "2", "--json",
        corpus.toString());
    assertEquals(ExitCode.OK, rerun.code(), rerun::toString);
    assertTrue(rerun.json().get("files_unchanged").asLong() > 0, "work committed before the kill was kept");
    CaseRecords after = CaseRecords.read(killed);
    Set<String> ids = new HashSet<>();
    for (DocumentRecord r : after.all()) {
      assertTrue(ids.add(r.id), "document " + r.id + " once");
    }
    Set<String> expected = recs.all().stream().map(r -> r.id).collect(Collectors.toSet());
    assertEquals(expected, ids, "the same documents as the uninterrupted run");
    assertEquals(ExitCode.OK, Cli.run("verify", "--case", killed.toString()).code());
  }

  private Set<String> flags(String name) {
    DocumentRecord r = byName.get(name);
    assertNotNull(r, name);
    return new HashSet<>(r.flags);
  }

  private JsonNode firstDkim(String name) {
    DocumentRecord r = byName.get(name);
    assertNotNull(r.provenance, name + " has a forensic report");
    return r.provenance.path("email").path("messages").path(0).path("dkim").path(0);
  }

  private String log() {
    try {
      return Files.readString(tmp.resolve("ingest.log"));
    } catch (java.io.IOException e) {
      return "";
    }
  }
}
