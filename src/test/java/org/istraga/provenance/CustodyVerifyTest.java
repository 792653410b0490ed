package org.istraga.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.istraga.cli.ExitCode;
import org.istraga.store.Hashes;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code istraga verify} and {@code istraga ledger} on an ingested tree, then on copies tampered
 * with in each way an editor needs detected: an evidence byte changed, a file removed or added, a
 * stored child changed, a ledger line edited, removed or reordered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustodyVerifyTest {

  @TempDir static Path tmp;
  Path pristineEvidence;
  Path pristineCase;
  Path evidence;
  Path caseDir;

  @BeforeAll
  void ingest() throws Exception {
    pristineEvidence = tmp.resolve("pristine/leak");
    pristineCase = tmp.resolve("pristine/case");
    Evidence.write(pristineEvidence.resolve("a/contract.pdf"),
        Evidence.pdf("Contract 404-02-117/2019", "Annex: 57% discount"));
    Evidence.write(pristineEvidence.resolve("b/notes.txt"), "Notes on the Safe City deal.");
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("memo.txt", "Memo: GIS software at US$71,371".getBytes(StandardCharsets.UTF_8));
    Evidence.write(pristineEvidence.resolve("c/bundle.zip"), Evidence.zip(entries));
    Cli.Result r = Cli.run("ingest", "--case", pristineCase.toString(), "--threads", "1", "--ocr", "off",
        pristineEvidence.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
  }

  /** Each test works on a fresh copy of the evidence and case, at the same absolute paths. */
  @BeforeEach
  void copy() throws Exception {
    evidence = pristineEvidence.resolveSibling("work-leak");
    caseDir = pristineEvidence.resolveSibling("work-case");
    deleteTree(evidence);
    deleteTree(caseDir);
    // the case records absolute paths: verify the pristine tree through a swap of names
    copyTree(pristineCase, caseDir);
    copyTree(pristineEvidence, evidence);
    swap(pristineEvidence, evidence);
  }

  @Test
  void untouchedCaseVerifies() throws Exception {
    Cli.Result r = verify();
    assertEquals(ExitCode.OK, r.code(), r::toString);
    JsonNode j = r.json();
    assertTrue(j.get("ok").asBoolean());
    assertEquals(3, j.get("files").get("checked").asLong());
    assertEquals(3, j.get("files").get("unchanged").asLong());
    assertEquals(1, j.get("blobs").get("unchanged").asLong(), "the zip's child is stored and checked");
  }

  @Test
  void modifiedByteIsNamed() throws Exception {
    Path f = pristineEvidence.resolve("b/notes.txt");
    byte[] b = Files.readAllBytes(f);
    b[3] ^= 1;
    Files.write(f, b);
    Cli.Result r = verify();
    assertEquals(ExitCode.CHECK_FAILED, r.code(), r::toString);
    JsonNode p = single(r.json(), "modified");
    assertEquals(f.toString(), p.get("path").asText());
    assertTrue(r.out().contains(f.toString()) || r.json() != null);
  }

  @Test
  void missingAndNewFilesAreNamed() throws Exception {
    Files.delete(pristineEvidence.resolve("a/contract.pdf"));
    Evidence.write(pristineEvidence.resolve("a/added.txt"), "appeared after ingest");
    Cli.Result r = verify();
    assertEquals(ExitCode.CHECK_FAILED, r.code(), r::toString);
    assertEquals(pristineEvidence.resolve("a/contract.pdf").toString(), single(r.json(), "missing").get("path").asText());
    assertEquals(pristineEvidence.resolve("a/added.txt").toString(), single(r.json(), "new").get("path").asText());
  }

  @Test
  void renamedFileIsListedOnceAsMovedWithBothPaths() throws Exception {
    Path before = pristineEvidence.resolve("a/contract.pdf");
    Path after = pristineEvidence.resolve("b/contract-renamed.pdf");
    String sha = Hashes.sha256(before);
    Files.move(before, after);
    Cli.Result r = verify();
    assertEquals(ExitCode.CHECK_FAILED, r.code(), r::toString);
    JsonNode j = r.json();
    assertEquals(1, j.get("files").get("missing").asLong(), "a move is still a file missing and a file new");
    assertEquals(1, j.get("files").get("added").asLong());
    assertEquals(1, j.get("problems").size(), j::toString);
    JsonNode p = single(j, "moved");
    assertEquals(after.toString(), p.get("path").asText());
    assertEquals(before.toString(), p.get("recorded_path").asText());
    assertEquals(sha, p.get("expected_sha256").asText());
    assertEquals(sha, p.get("actual_sha256").asText());
  }

  @Test
  void newFileWithOtherContentBesideAMissingOneIsNotAMove() throws Exception {
    Path before = pristineEvidence.resolve("a/contract.pdf");
    Files.delete(before);
    Evidence.write(pristineEvidence.resolve("a/contract-v2.pdf"), Evidence.pdf("Contract 404-02-117/2019", "Annex: 75% discount"));
    Cli.Result r = verify();
    assertEquals(ExitCode.CHECK_FAILED, r.code(), r::toString);
    assertEquals(before.toString(), single(r.json(), "missing").get("path").asText());
    assertEquals(pristineEvidence.resolve("a/contract-v2.pdf").toString(), single(r.json(), "new").get("path").asText());
  }

  @Test
  void changedStoredChildIsNamed() throws Exception {
    Path blob;
    try (Stream<Path> s = Files.walk(caseDir.resolve("blobs"))) {
      blob = s.filter(Files::isRegularFile).findFirst().orElseThrow();
    }
    blob.toFile().setWritable(true);
    Files.writeString(blob, "tampered");
    Cli.Result r = verify();
    assertEquals(ExitCode.CHECK_FAILED, r.code(), r::toString);
    JsonNode p = single(r.json(), "modified");
    assertEquals("blob", p.get("kind").asText());
    assertEquals(blob.toString(), p.get("path").asText());
  }

  @Test
  void editedLedgerLineIsLocated() throws Exception {
    List<String> lines = ledger();
    int i = indexOfFileEntry(lines);
    lines.set(i, lines.get(i).replace("\"status\":\"ok\"", "\"status\":\"empty\""));
    writeLedger(lines);
    assertLedgerProblemAt(i + 1, "edited");
  }

  @Test
  void removedLedgerLineIsLocated() throws Exception {
    List<String> lines = ledger();
    int i = indexOfFileEntry(lines);
    lines.remove(i);
    writeLedger(lines);
    assertLedgerProblemAt(i + 1, "chain broken");
  }

  @Test
  void reorderedLedgerLinesAreLocated() throws Exception {
    List<String> lines = ledger();
    int i = indexOfFileEntry(lines);
    String a = lines.get(i);
    lines.set(i, lines.get(i + 1));
    lines.set(i + 1, a);
    writeLedger(lines);
    assertLedgerProblemAt(i + 1, "chain broken");
  }

  @Test
  void linesCutFromTheEndOfTheLedgerAreDetected() throws Exception {
    // what remains is a valid chain; only the index's commit remembers how far the ledger went
    List<String> lines = ledger();
    String removed = lines.remove(lines.size() - 1);
    assertTrue(removed.contains("\"type\":\"run-end\""), removed);
    writeLedger(lines);
    Cli.Result r = verify();
    assertEquals(ExitCode.CHECK_FAILED, r.code(), r::toString);
    JsonNode ledger = r.json().get("ledger");
    assertFalse(ledger.get("intact").asBoolean());
    JsonNode p = ledger.get("problems").get(0);
    assertEquals(lines.size() + 1, p.get("line").asInt(), r::toString);
    assertTrue(p.get("problem").asText().startsWith("entries missing at the end"), p::toString);
    String committedHead = removed.substring(removed.lastIndexOf("\"hash\":\"") + 8, removed.length() - 2);
    assertTrue(p.get("problem").asText().contains(committedHead), p::toString);
  }

  @Test
  void lastLedgerLineCutShortAfterTheCommitIsNotTakenForACrash() throws Exception {
    // a crash can only tear a line written after the last commit; the committed head is synced first
    List<String> lines = ledger();
    String last = lines.remove(lines.size() - 1);
    Files.write(caseDir.resolve("ledger.jsonl"), (String.join("\n", lines) + "\n"
        + last.substring(0, last.length() / 2)).getBytes(StandardCharsets.UTF_8));
    Cli.Result r = verify();
    assertEquals(ExitCode.CHECK_FAILED, r.code(), r::toString);
    assertTrue(r.json().get("ledger").get("problems").get(0).get("problem").asText()
        .startsWith("entries missing at the end"), r::toString);
  }

  @Test
  void headPinsTheHistory() throws Exception {
    Cli.Result head = Cli.run("ledger", "--case", caseDir.toString(), "--head");
    assertEquals(ExitCode.OK, head.code(), head::toString);
    String h = head.out().trim();
    assertTrue(h.matches("[0-9a-f]{64}"), h);
    List<String> lines = ledger();
    assertTrue(lines.get(lines.size() - 1).endsWith("\"hash\":\"" + h + "\"}"));
  }

  private void assertLedgerProblemAt(int lineNo, String what) throws Exception {
    Cli.Result r = verify();
    assertEquals(ExitCode.CHECK_FAILED, r.code(), r::toString);
    JsonNode ledger = r.json().get("ledger");
    assertFalse(ledger.get("intact").asBoolean());
    JsonNode first = ledger.get("problems").get(0);
    assertEquals(lineNo, first.get("line").asInt(), r::toString);
    assertTrue(first.get("problem").asText().startsWith(what), first::toString);
    Cli.Result text = Cli.run("ledger", "--case", caseDir.toString());
    assertEquals(ExitCode.CHECK_FAILED, text.code());
  }

  private Cli.Result verify() {
    return Cli.run("verify", "--case", caseDir.toString(), "--json", "--threads", "2");
  }

  private static JsonNode single(JsonNode report, String state) {
    List<JsonNode> found = new ArrayList<>();
    report.get("problems").forEach(p -> {
      if (p.get("state").asText().equals(state)) {
        found.add(p);
      }
    });
    assertEquals(1, found.size(), "one " + state + " finding expected in " + report);
    return found.get(0);
  }

  private int indexOfFileEntry(List<String> lines) {
    for (int i = 0; i < lines.size() - 1; i++) {
      if (lines.get(i).contains("\"type\":\"file\"") && lines.get(i).contains("\"status\":\"ok\"")) {
        return i;
      }
    }
    throw new AssertionError("no file entry in the ledger");
  }

  private List<String> ledger() throws Exception {
    return new ArrayList<>(Files.readAllLines(caseDir.resolve("ledger.jsonl")));
  }

  private void writeLedger(List<String> lines) throws Exception {
    Files.write(caseDir.resolve("ledger.jsonl"), lines);
  }

  /** Puts the working copy of the evidence where the case expects it, keeping the pristine copy. */
  private void swap(Path a, Path b) throws Exception {
    Path t = a.resolveSibling("swap-tmp");
    Files.move(a, t);
    Files.move(b, a);
    Files.move(t, b);
  }

  @org.junit.jupiter.api.AfterEach
  void restore() throws Exception {
    swap(pristineEvidence, evidence);
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void deleteTree(Path p) throws Exception {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        x.toFile().setWritable(true);
        Files.delete(x);
      }
    }
  }
}
