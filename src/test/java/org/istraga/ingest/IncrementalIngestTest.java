package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sequences a journalist goes through between runs over the same case: files renamed, moved,
 * copied, removed, restored, replaced; roots given twice, nested, through a link, one after the
 * other; folders that cannot be read. After each, the run's counts, {@code status}, the records
 * and {@code verify} agree with what happened to the tree.
 */
class IncrementalIngestTest {

  @TempDir Path tmp;

  @Test
  void renamesMovesCopiesAndRemovalsKeepEachDocumentOnce() throws Exception {
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("a.txt"), "Ugovor o nabavci kamera, aneks jedan.");
    Evidence.write(leak.resolve("dir/b.txt"), "Faktura za softver GIS, račun dva.");
    Evidence.write(leak.resolve("dir/c.txt"), "Ponuda za mrežu, stavka tri.");
    Path caseDir = tmp.resolve("case");
    JsonNode first = ingest(caseDir, leak);
    assertEquals(3, first.get("files_new").asLong());

    Files.move(leak.resolve("a.txt"), leak.resolve("a-renamed.txt"));
    Files.move(leak.resolve("dir"), leak.resolve("dir2"));
    Files.copy(leak.resolve("dir2/b.txt"), leak.resolve("copy-of-b.txt"));
    JsonNode second = ingest(caseDir, leak);
    assertEquals(4, second.get("files_seen").asLong(), second::toString);
    assertEquals(3, second.get("files_missing").asLong(), "each old path of a moved file is reported once");
    assertEquals(3, second.get("files_missing_present_elsewhere").asLong(), "no content lost: " + second);
    assertEquals(0, second.get("documents_added").asLong(), "moved and copied bytes are not new documents");
    assertEquals(0, second.get("by_status").size(), "nothing parsed again: " + second);

    CaseRecords recs = CaseRecords.read(caseDir);
    assertEquals(3, recs.all().size());
    DocumentRecord b = recs.byPathSuffix("/copy-of-b.txt");
    assertEquals(List.of(leak.resolve("dir/b.txt").toString()), paths(b, true));
    assertEquals(List.of(leak.resolve("dir2/b.txt").toString(), leak.resolve("copy-of-b.txt").toString()).stream()
        .sorted().toList(), paths(b, false).stream().sorted().toList());
    JsonNode search = Cli.run("search", "--case", caseDir.toString(), "--json", "softver").json();
    assertEquals(1, search.get("total").asLong(), "found once, whatever its paths");
    JsonNode hit = search.get("hits").get(0);
    assertEquals(leak.resolve("dir/b.txt").toString(), hit.get("missing_paths").get(0).asText());
    assertEquals(leak.resolve("dir/b.txt").toString(), hit.get("paths").get(2).asText(),
        "present paths first: " + hit);
    Cli.Result show = Cli.run("show", "--case", caseDir.toString(), b.id.substring(0, 12));
    assertTrue(show.out().contains(leak.resolve("copy-of-b.txt").toString())
        && show.out().contains(leak.resolve("dir2/b.txt").toString())
        && show.out().contains(leak.resolve("dir/b.txt") + "  (missing"), show::toString);
    JsonNode status = status(caseDir);
    assertEquals(4, status.get("files_seen").asLong());
    assertEquals(3, status.get("files_missing").asLong());
    assertEquals(3, status.get("files_missing_present_elsewhere").asLong(), status::toString);
    assertEquals(3, status.get("documents").asLong());
    assertVerifies(caseDir);

    // one of the duplicate's two paths removed; the first rename undone; a unique file deleted
    Files.delete(leak.resolve("copy-of-b.txt"));
    Files.move(leak.resolve("a-renamed.txt"), leak.resolve("a.txt"));
    Files.delete(leak.resolve("dir2/c.txt"));
    JsonNode third = ingest(caseDir, leak);
    assertEquals(3, third.get("files_missing").asLong(), third::toString);
    assertEquals(2, third.get("files_missing_present_elsewhere").asLong(),
        "the removed copy and the renamed path lost nothing; c.txt is gone: " + third);
    assertEquals(1, third.get("files_new").asLong(), "a.txt is back: " + third);
    recs = CaseRecords.read(caseDir);
    assertEquals(List.of(leak.resolve("dir2/b.txt").toString()), paths(recs.byPathSuffix("/dir2/b.txt"), false));
    assertEquals(List.of(leak.resolve("a.txt").toString()), paths(recs.byPathSuffix("/a.txt"), false),
        "a path found again is present again");
    assertEquals(List.of(), paths(recs.byPathSuffix("/dir2/c.txt"), false), "kept as evidence, present nowhere");
    Cli.Result gone = Cli.run("search", "--case", caseDir.toString(), "stavka");
    assertTrue(gone.out().contains("/c.txt  (missing)  (+1 more path)"), gone.out());
    status = status(caseDir);
    assertEquals(2, status.get("files_seen").asLong());
    assertEquals(5, status.get("files_missing").asLong(), status::toString);
    assertEquals(3, status.get("files_missing_present_elsewhere").asLong(),
        "a.txt's and b.txt's old paths; not c.txt's two: " + status);
    assertEquals(3, status.get("documents").asLong());
    String ledger = Files.readString(caseDir.resolve("ledger.jsonl"));
    assertTrue(ledger.contains("\"path\":\"" + leak.resolve("dir2/c.txt") + "\",\"sha256\":\""
        + recs.byPathSuffix("/dir2/c.txt").id + "\",\"present_elsewhere\":false"), "the loss is in the ledger");
    assertVerifies(caseDir);

    // the text summary says how many missing paths are only moves
    Files.move(leak.resolve("a.txt"), leak.resolve("a-opet.txt"));
    Cli.Result text = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", leak.toString());
    assertEquals(ExitCode.OK, text.code(), text::toString);
    assertTrue(text.out().contains("1 missing (1 of them present at another path)"), text.out());
  }

  @Test
  void replacedBytesAreNoticedByIngestWhenTheTimeChangesAndByVerifyAlways() throws Exception {
    Path leak = tmp.resolve("leak");
    Path memo = Evidence.write(leak.resolve("memo.txt"), "Iznos ugovora je 1000 dinara.");
    Path other = Evidence.write(leak.resolve("other.txt"), "Druga beleška.");
    Path caseDir = tmp.resolve("case");
    ingest(caseDir, leak);
    String before = CaseRecords.read(caseDir).byPathSuffix("/memo.txt").id;

    // same size, same modification time, other bytes: a file swapped to look untouched
    FileTime mtime = Files.getLastModifiedTime(memo);
    Files.writeString(memo, "Iznos ugovora je 9000 dinara.");
    Files.setLastModifiedTime(memo, mtime);
    JsonNode quiet = ingest(caseDir, leak);
    assertEquals(2, quiet.get("files_unchanged").asLong(), "size and time are what an ingest compares");
    Cli.Result verify = Cli.run("verify", "--case", caseDir.toString());
    assertEquals(ExitCode.CHECK_FAILED, verify.code(), verify::toString);
    assertTrue(verify.out().contains("MODIFIED") && verify.out().contains(memo.toString()), verify::toString);

    // a new time on the same bytes (touch, a copy back with new times): read again, still unchanged
    Files.setLastModifiedTime(other, FileTime.fromMillis(Files.getLastModifiedTime(other).toMillis() + 60_000));
    JsonNode touched = ingest(caseDir, leak);
    assertEquals(2, touched.get("files_unchanged").asLong(), touched::toString);
    assertEquals(0, touched.get("files_new").asLong(), "a touched file is not new: " + touched);
    assertEquals(0, touched.get("by_status").size(), "nor parsed again: " + touched);

    // a truncation changes the size: the ingest reads it, the old content is marked replaced
    Files.write(other, new byte[0]);
    JsonNode truncated = ingest(caseDir, leak);
    assertEquals(1, truncated.get("files_changed").asLong(), truncated::toString);
    CaseRecords recs = CaseRecords.read(caseDir);
    DocumentRecord empty = recs.byPathSuffix("/other.txt");
    assertEquals("empty", empty.status);
    assertEquals(before, recs.byPathSuffix("/memo.txt").id, "the swapped memo keeps its recorded content");
  }

  @Test
  void rootsGivenTwiceNestedOrThroughALinkAreWalkedOnce() throws Exception {
    Path a = tmp.resolve("A");
    Evidence.write(a.resolve("a1.txt"), "Prvi dokument iz A.");
    Evidence.write(a.resolve("sub/a2.txt"), "Drugi dokument iz A/sub.");
    Path b = tmp.resolve("B");
    Evidence.write(b.resolve("b1.txt"), "Dokument iz B.");
    Path caseDir = tmp.resolve("case");

    JsonNode nested = ingest(caseDir, a.resolve("sub"), a);
    assertEquals(2, nested.get("files_seen").asLong(), "a root inside another is not walked twice: " + nested);
    assertEquals(2, nested.get("files_new").asLong());
    JsonNode twice = ingest(caseDir, a, a, tmp.resolve("B/../A"));
    assertEquals(2, twice.get("files_seen").asLong(), twice::toString);
    assertEquals(2, twice.get("files_unchanged").asLong());
    Path link = Files.createSymbolicLink(tmp.resolve("A-link"), a);
    JsonNode linked = ingest(caseDir, link);
    assertEquals(2, linked.get("files_unchanged").asLong(), "a root given as a link is walked at its target: "
        + linked);
    assertEquals(0, linked.get("files_missing").asLong());

    // A, then B, then A again: B's files are not missing, they were not walked
    ingest(caseDir, b);
    JsonNode again = ingest(caseDir, a);
    assertEquals(0, again.get("files_missing").asLong(), again::toString);
    JsonNode status = status(caseDir);
    assertEquals(3, status.get("files_seen").asLong(), status::toString);
    assertEquals(0, status.get("files_missing").asLong());
    assertEquals(3, status.get("documents").asLong());
    CaseRecords recs = CaseRecords.read(caseDir);
    for (DocumentRecord r : recs.all()) {
      assertEquals(1, r.occurrences.size(), "one path each: " + r.occurrences);
    }
    String ledger = Files.readString(caseDir.resolve("ledger.jsonl"));
    assertTrue(ledger.contains("\"roots_given\":[\"" + link + "\"]"), "the link given is recorded");
    assertVerifies(caseDir);
  }

  @Test
  void linksAreRecordedNeverFollowedAndHardLinksAreOneDocument() throws Exception {
    Path leak = tmp.resolve("leak");
    Path target = Evidence.write(leak.resolve("target.txt"), "Meta unutar korena.");
    Path outside = Evidence.write(tmp.resolve("outside/secret.txt"), "Tajna van korena koja se ne sme čitati.");
    Files.createDirectories(leak.resolve("d"));
    Files.createSymbolicLink(leak.resolve("to-file"), Path.of("target.txt"));
    Files.createSymbolicLink(leak.resolve("to-outside"), outside);
    Files.createSymbolicLink(leak.resolve("to-outside-dir"), outside.getParent());
    Files.createSymbolicLink(leak.resolve("d/self"), Path.of("."));
    Files.createSymbolicLink(leak.resolve("d/up"), Path.of(".."));
    Files.createSymbolicLink(leak.resolve("dangling"), Path.of("nowhere.txt"));
    Files.createLink(leak.resolve("d/hard.txt"), target);
    Path caseDir = tmp.resolve("case");
    JsonNode run = ingest(caseDir, leak);
    assertEquals(2, run.get("files_seen").asLong(), run::toString);
    assertEquals(6, run.get("files_skipped").asLong(), "six links recorded: " + run);
    CaseRecords recs = CaseRecords.read(caseDir);
    assertEquals(1, recs.all().size(), "one content: " + recs.paths());
    assertEquals(2, recs.all().get(0).occurrences.size(), "the hard link is a second path");
    assertEquals(0, Cli.run("search", "--case", caseDir.toString(), "--json", "Tajna").json().get("total").asLong());
    String ledger = Files.readString(caseDir.resolve("ledger.jsonl"));
    assertEquals(6, ledger.split("\"type\":\"link\"", -1).length - 1, ledger);
    for (String line : ledger.split("\n")) {
      JsonNode e = org.istraga.Json.mapper().readTree(line);
      if ("file".equals(e.path("type").asText())) {
        assertTrue(e.get("path").asText().startsWith(leak + "/"), "only files inside the root are read: " + line);
      }
    }
    JsonNode again = ingest(caseDir, leak);
    assertEquals(2, again.get("files_unchanged").asLong(), again::toString);
    assertEquals(0, again.get("files_missing").asLong());
    assertVerifies(caseDir);
  }

  @Test
  void verifyListsANewFileOnceWhenRunsHadNestedRoots() throws Exception {
    Path a = tmp.resolve("A");
    Path one = Evidence.write(a.resolve("one.txt"), "Jedan.");
    Evidence.write(a.resolve("sub/two.txt"), "Dva.");
    Path caseDir = tmp.resolve("case");
    ingest(caseDir, one); // a single file as a root
    ingest(caseDir, a.resolve("sub"));
    JsonNode whole = ingest(caseDir, a);
    assertEquals(2, whole.get("files_unchanged").asLong(), whole::toString);
    assertVerifies(caseDir);
    Evidence.write(a.resolve("sub/new.txt"), "Novi fajl posle ingestije.");
    Cli.Result v = Cli.run("verify", "--case", caseDir.toString(), "--json");
    assertEquals(ExitCode.CHECK_FAILED, v.code(), v::toString);
    assertEquals(1, v.json().get("files").get("added").asLong(), v::toString);
    assertEquals(1, v.json().get("problems").size(), v::toString);
  }

  @Test
  void aFolderWhoseNameEndsWithABangIsNotMissing() throws Exception {
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("HITNO!/ugovor.txt"), "Ugovor iz hitne fascikle.");
    Evidence.write(leak.resolve("HITNO!/prilozi.zip"), Evidence.zip(java.util.Map.of("prilog.txt",
        "Prilog u arhivi.".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    Path caseDir = tmp.resolve("case");
    ingest(caseDir, leak);
    JsonNode again = ingest(caseDir, leak);
    assertEquals(0, again.get("files_missing").asLong(), again::toString);
    assertEquals(2, again.get("files_unchanged").asLong(), again::toString);
    for (DocumentRecord r : CaseRecords.read(caseDir).all()) {
      for (Occurrence o : r.occurrences) {
        assertFalse(o.missing(), "present: " + o);
      }
    }
    assertVerifies(caseDir);
  }

  @Test
  void aFolderThatCannotBeListedIsNotReportedMissing() throws Exception {
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("open.txt"), "Otvoren dokument.");
    Path locked = leak.resolve("locked");
    Evidence.write(locked.resolve("inside.txt"), "Dokument u zaključanoj fascikli.");
    Path caseDir = tmp.resolve("case");
    ingest(caseDir, leak);
    Files.setPosixFilePermissions(locked, java.util.Set.of());
    try {
      Assumptions.assumeFalse(Files.isReadable(locked),
          "skipped: running as root, folder permissions do not stop the walk (MissingFilesTest covers the rule)");
      JsonNode again = ingest(caseDir, leak);
      assertEquals(0, again.get("files_missing").asLong(), again::toString);
      assertTrue(again.get("failures").toString().contains("permission denied"), again::toString);
      assertFalse(CaseRecords.read(caseDir).byPathSuffix("/locked/inside.txt").occurrences.get(0).missing());
      JsonNode status = status(caseDir);
      assertEquals(1, status.get("files_unread").asLong(), status::toString);
      assertEquals(0, status.get("files_missing").asLong(), status::toString);
    } finally {
      Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void filesThatCannotBeReadAreListedByStatusUntilTheyAreReadOrGone() throws Exception {
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("ok.txt"), "Dokument koji se čita.");
    Path fifo = leak.resolve("pipe");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    Assumptions.assumeTrue(mk.waitFor() == 0, "skipped: mkfifo is not available");
    Path caseDir = tmp.resolve("case");
    JsonNode run = ingest(caseDir, leak);
    assertEquals(1, run.get("files_skipped").asLong(), run::toString);
    JsonNode status = status(caseDir);
    assertEquals(1, status.get("files_unread").asLong(), status::toString);
    assertEquals(fifo.toString(), status.get("failures").get(0).get("path").asText(), status::toString);
    assertEquals("unreadable", status.get("failures").get(0).get("status").asText());
    Cli.Result text = Cli.run("status", "--case", caseDir.toString());
    assertTrue(text.out().contains("1 could not be read") && text.out().contains(fifo.toString()), text::toString);

    // another root walked meanwhile does not clear it; once it is gone from its root, it is
    Path other = tmp.resolve("other");
    Evidence.write(other.resolve("x.txt"), "Drugi koren.");
    ingest(caseDir, other);
    assertEquals(1, status(caseDir).get("files_unread").asLong());
    Files.delete(fifo);
    ingest(caseDir, leak);
    status = status(caseDir);
    assertEquals(0, status.get("files_unread").asLong(), status::toString);
    assertEquals(0, status.get("failures").size(), status::toString);
    assertFalse(Files.exists(caseDir.resolve("unread.json")));
  }

  static JsonNode ingest(Path caseDir, Path... roots) throws Exception {
    List<String> args = new ArrayList<>(List.of("ingest", "--case", caseDir.toString(), "--ocr", "off",
        "--threads", "1", "--json"));
    for (Path r : roots) {
      args.add(r.toString());
    }
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertEquals(ExitCode.OK, r.code(), r::toString);
    return r.json();
  }

  static JsonNode status(Path caseDir) throws Exception {
    Cli.Result r = Cli.run("status", "--case", caseDir.toString(), "--json");
    assertEquals(ExitCode.OK, r.code(), r::toString);
    return r.json();
  }

  static void assertVerifies(Path caseDir) {
    Cli.Result v = Cli.run("verify", "--case", caseDir.toString());
    assertEquals(ExitCode.OK, v.code(), v::toString);
  }

  /** The file paths of a record that are missing ({@code missing} true) or present. */
  static List<String> paths(DocumentRecord r, boolean missing) {
    return r.occurrences.stream().filter(o -> o.missing() == missing).map(Occurrence::path).toList();
  }
}
