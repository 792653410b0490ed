package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.istraga.document.PageMap;
import org.istraga.store.BlobStore;
import org.istraga.store.Hashes;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.istraga.testing.EvidenceSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives {@code istraga ingest} and {@code istraga status} in-process on a small, realistic
 * evidence tree: a multi-page PDF, an e-mail with a PDF attachment, a ZIP holding a DOCX and a
 * nested ZIP, duplicated bytes at two paths, a zero-byte file and a symbolic link leaving the tree.
 * The tests run in order on one case: first ingest, rerun, change, removal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestCommandTest {

  @TempDir static Path tmp;
  Path evidence;
  Path caseDir;
  EvidenceSnapshot before;
  Cli.Result first;

  @BeforeAll
  void ingestOnce() throws Exception {
    evidence = tmp.resolve("leak");
    caseDir = tmp.resolve("case");
    byte[] contract = Evidence.pdf(
        "Contract 404-02-117/2019\nBetween the Ministry and Telekom Nova d.o.o.",
        "Delivery of 35 units.\nPrice list attached.",
        "The network has capacity for up to 3,500 cameras.\nSigned in Nis.");
    Evidence.write(evidence.resolve("contracts/contract.pdf"), contract);
    Evidence.write(evidence.resolve("mail/attachments/contract-copy.pdf"), contract);
    Evidence.write(evidence.resolve("mail/offer.eml"), Evidence.eml(
        "Petar Petrovic <petar@vendor.example>", "Ana Anic <ana@ministry.example>",
        "Contract for signature", "Dear Ana, the contract is attached.", "contract.pdf",
        contract, "application/pdf"));
    Map<String, byte[]> inner = new LinkedHashMap<>();
    inner.put("notes.txt", "Inner notes about the annex and the 57% discount.".getBytes(StandardCharsets.UTF_8));
    Map<String, byte[]> outer = new LinkedHashMap<>();
    outer.put("memo.docx", Evidence.docx("Milica Jovanovic", "Stefan Ilic",
        "Memo on the network expansion.", "The GIS software discount is 92%."));
    outer.put("nested.zip", Evidence.zip(inner));
    Evidence.write(evidence.resolve("archive/bundle.zip"), Evidence.zip(outer));
    Evidence.write(evidence.resolve("empty.txt"), new byte[0]);
    Evidence.write(evidence.resolve("summary.txt"), "Summary: Safe City eLTE expansion, 35 units.");
    Path outside = Evidence.write(tmp.resolve("outside/secret.txt"), "outside the evidence root");
    Files.createSymbolicLink(evidence.resolve("link-to-outside.txt"), outside);
    before = EvidenceSnapshot.of(evidence);
    first = Cli.run("ingest", "--case", caseDir.toString(), "--threads", "2", "--ocr", "off", "--json",
        evidence.toString());
  }

  @Test
  @Order(1)
  void firstRunCompletesAndCountsFiles() throws Exception {
    assertEquals(ExitCode.OK, first.code(), first::toString);
    JsonNode s = first.json();
    assertEquals(6, s.get("files_seen").asLong(), first::toString); // the link is not a regular file
    assertEquals(6, s.get("files_new").asLong());
    assertEquals(1, s.get("files_skipped").asLong(), "the symbolic link is recorded, not followed");
    assertFalse(s.get("interrupted").asBoolean());
  }

  @Test
  @Order(2)
  void duplicatesAreOneDocumentWithAllPaths() throws Exception {
    CaseRecords recs = CaseRecords.read(caseDir);
    DocumentRecord contract = recs.byPathSuffix("contracts/contract.pdf");
    List<String> paths = contract.occurrences.stream().map(Occurrence::path).collect(Collectors.toList());
    assertTrue(paths.contains(evidence.resolve("contracts/contract.pdf").toString()), paths::toString);
    assertTrue(paths.contains(evidence.resolve("mail/attachments/contract-copy.pdf").toString()), paths::toString);
    assertTrue(paths.contains(evidence.resolve("mail/offer.eml") + "!/contract.pdf"),
        "the attachment has the same bytes, so it is the same document: " + paths);
    assertEquals(Hashes.of(evidence.resolve("contracts/contract.pdf")).sha256(), contract.id);
    assertEquals("file", contract.kind);
  }

  @Test
  @Order(3)
  void pdfPagesMapTextToPageNumbers() throws Exception {
    DocumentRecord contract = CaseRecords.read(caseDir).byPathSuffix("contracts/contract.pdf");
    assertEquals(3, contract.pageCount);
    assertEquals(3, contract.pageStarts.length);
    int at = contract.text.indexOf("capacity for up to 3,500 cameras");
    assertTrue(at >= 0, contract.text);
    assertEquals(3, contract.pageAt(at));
    assertEquals(1, contract.pageAt(contract.text.indexOf("404-02-117/2019")));
    assertTrue(PageMap.pageText(contract.text, contract.pageStarts, 2).contains("35 units"));
    assertEquals("ok", contract.status);
  }

  @Test
  @Order(4)
  void attachmentIsAChildOfTheEmail() throws Exception {
    CaseRecords recs = CaseRecords.read(caseDir);
    DocumentRecord mail = recs.byPathSuffix("mail/offer.eml");
    assertEquals("email", mail.typeGroup);
    assertTrue(mail.emailFrom.contains("petar@vendor.example"), mail.emailFrom);
    DocumentRecord attachment = recs.byPathSuffix("offer.eml!/contract.pdf");
    Occurrence occ = attachment.occurrences.stream()
        .filter(o -> o.path().endsWith("offer.eml!/contract.pdf")).findFirst().orElseThrow();
    assertEquals(mail.id, occ.parent());
    assertEquals(mail.id, occ.rootId());
    assertEquals(1, occ.depth());
  }

  @Test
  @Order(5)
  void nestedArchivesYieldChildrenWithStoredBytes() throws Exception {
    CaseRecords recs = CaseRecords.read(caseDir);
    DocumentRecord zip = recs.byPathSuffix("archive/bundle.zip");
    DocumentRecord memo = recs.byPathSuffix("bundle.zip!/memo.docx");
    assertTrue(memo.authors.contains("Milica Jovanovic"), memo.authors::toString);
    assertEquals("Stefan Ilic", memo.lastModifiedBy);
    assertEquals("word", memo.typeGroup);
    DocumentRecord nestedZip = recs.byPathSuffix("bundle.zip!/nested.zip");
    DocumentRecord notes = recs.byPathSuffix("bundle.zip!/nested.zip!/notes.txt");
    Occurrence notesOcc = notes.occurrences.get(0);
    assertEquals(nestedZip.id, notesOcc.parent());
    assertEquals(zip.id, notesOcc.rootId());
    assertEquals(2, notesOcc.depth());
    assertTrue(notes.text.contains("57% discount"));
    BlobStore blobs = new BlobStore(caseDir.resolve("blobs"));
    for (DocumentRecord child : List.of(memo, nestedZip, notes)) {
      assertTrue(blobs.contains(child.id), "bytes of " + child.firstPath() + " are stored");
      assertEquals(child.id, Hashes.of(blobs.path(child.id)).sha256());
    }
  }

  @Test
  @Order(6)
  void zeroByteFileIsEmptyWithReason() throws Exception {
    DocumentRecord empty = CaseRecords.read(caseDir).byPathSuffix("empty.txt");
    assertEquals("empty", empty.status);
    assertEquals("zero-byte file", empty.statusReason);
  }

  @Test
  @Order(7)
  void symlinkIsRecordedNotFollowed() throws Exception {
    CaseRecords recs = CaseRecords.read(caseDir);
    assertTrue(recs.find("secret.txt").isEmpty(), "the link target outside the root was not read");
    String ledger = Files.readString(caseDir.resolve("ledger.jsonl"));
    assertTrue(ledger.contains("\"type\":\"link\"") && ledger.contains("link-to-outside.txt"), ledger);
  }

  @Test
  @Order(8)
  void statusJsonHasTheDocumentedFields() throws Exception {
    Cli.Result r = Cli.run("status", "--case", caseDir.toString(), "--json");
    assertEquals(ExitCode.OK, r.code(), r::toString);
    JsonNode s = r.json();
    assertEquals(6, s.get("files_seen").asLong(), r::toString);
    assertEquals(8, s.get("documents").asLong(), r::toString);
    assertTrue(s.get("by_status").get("ok").asLong() > 0);
    assertEquals(1, s.get("by_status").get("empty").asLong(), r::toString);
    assertTrue(s.get("failures").isArray());
  }

  @Test
  @Order(9)
  void evidenceIsUntouched() throws Exception {
    assertEquals(before, EvidenceSnapshot.of(evidence));
  }

  @Test
  @Order(10)
  void rerunOverUnchangedTreeParsesNothing() throws Exception {
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--json", evidence.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    JsonNode s = r.json();
    assertEquals(6, s.get("files_unchanged").asLong(), r::toString);
    assertEquals(0, s.get("documents_added").asLong());
    assertEquals(0, s.get("bytes_read").asLong(), "nothing was even hashed again");
  }

  @Test
  @Order(11)
  void changedNewAndRemovedFilesArePickedUp() throws Exception {
    Path summary = evidence.resolve("summary.txt");
    Evidence.write(summary, "Summary, revised: Safe City eLTE expansion, 35 units, 3,500 cameras.");
    Files.setLastModifiedTime(summary, FileTime.fromMillis(Files.getLastModifiedTime(summary).toMillis() + 5000));
    Evidence.write(evidence.resolve("new/added.txt"), "A new file about the price annex.");
    Files.delete(evidence.resolve("empty.txt"));
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--json", evidence.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    JsonNode s = r.json();
    assertEquals(1, s.get("files_changed").asLong(), r::toString);
    assertEquals(1, s.get("files_new").asLong(), r::toString);
    assertEquals(1, s.get("files_missing").asLong(), r::toString);
    CaseRecords recs = CaseRecords.read(caseDir);
    assertTrue(recs.byPathSuffix("summary.txt").text.contains("revised"));
    DocumentRecord gone = recs.byPathSuffix("empty.txt");
    assertTrue(gone.occurrences.get(0).missing(), "a removed file stays as evidence, marked missing");
    Cli.Result st = Cli.run("status", "--case", caseDir.toString(), "--json");
    assertEquals(1, st.json().get("files_missing").asLong(), st::toString);
  }

  @Test
  @Order(12)
  void ledgerRecordsEveryFileWithHashesAndVersions() throws Exception {
    List<String> lines = Files.readAllLines(caseDir.resolve("ledger.jsonl"));
    assertTrue(lines.size() > 10);
    String fileLine = lines.stream().filter(l -> l.contains("\"type\":\"file\"") && l.contains("contracts/contract.pdf"))
        .findFirst().orElseThrow();
    JsonNode e = org.istraga.Json.mapper().readTree(fileLine);
    assertNotNull(e.get("sha256"));
    assertNotNull(e.get("sha1"));
    assertNotNull(e.get("md5"));
    assertNotNull(e.get("mtime"));
    assertEquals(org.istraga.Version.tika(), e.get("tika").asText());
    assertEquals(org.istraga.Version.istraga(), e.get("istraga").asText());
  }
}
