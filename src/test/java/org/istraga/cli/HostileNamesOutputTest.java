package org.istraga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entry names are evidence and are kept exactly, but the text output of ingest, status and search
 * shows each on one line with its control characters escaped: a name holding a newline cannot
 * forge a line of the listing, an escape sequence cannot drive the terminal, and a right-to-left
 * override cannot disguise an extension. JSON output keeps the exact names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileNamesOutputTest {

  static final String FORGED = "evil\n  ok              /etc/forged-line\u001b[2J.pdf";
  static final String RTL = "invoice\u202efdp.exe";
  static final String CR = "memo\r\nsecond.txt";

  @TempDir static Path tmp;
  Path caseDir;
  Cli.Result ingest;

  @BeforeAll
  void ingest() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(FORGED, "%PDF-1.4 broken".getBytes(StandardCharsets.UTF_8));
    entries.put(RTL, "%PDF-1.4 also broken".getBytes(StandardCharsets.UTF_8));
    entries.put(CR, "memo about the contract signed in Nis".getBytes(StandardCharsets.UTF_8));
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("names.zip"), Evidence.zip(entries));
    caseDir = tmp.resolve("case");
    ingest = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--threads", "1", leak.toString());
  }

  @Test
  void namesAreKeptExactly() throws Exception {
    assertEquals(ExitCode.OK, ingest.code(), ingest::toString);
    CaseRecords recs = CaseRecords.read(caseDir);
    for (String name : List.of(FORGED, RTL, CR)) {
      assertEquals(name, recs.byPathSuffix("names.zip!/" + name).occurrences.get(0).name());
    }
  }

  @Test
  void ingestAndStatusListEachFailureOnOneEscapedLine() {
    Cli.Result status = Cli.run("status", "--case", caseDir.toString());
    assertEquals(ExitCode.OK, status.code(), status::toString);
    for (Cli.Result r : List.of(ingest, status)) {
      assertPrintable(r.out());
      assertTrue(r.out().contains("names.zip!/evil\\n  ok              /etc/forged-line\\u001B[2J.pdf"), r.out());
      assertTrue(r.out().contains("names.zip!/invoice\\u202Efdp.exe"), r.out());
      assertFalse(r.out().lines().anyMatch(l -> l.startsWith("  ok ")), "no forged line: " + r.out());
    }
  }

  @Test
  void searchTextShowsEscapedPathsAndJsonKeepsThemExact() throws Exception {
    Cli.Result text = Cli.run("search", "--case", caseDir.toString(), "contract");
    assertEquals(ExitCode.OK, text.code(), text::toString);
    assertPrintable(text.out());
    assertTrue(text.out().contains("names.zip!/memo\\r\\nsecond.txt"), text.out());
    Cli.Result json = Cli.run("search", "--case", caseDir.toString(), "--json", "contract");
    assertTrue(json.json().get("hits").get(0).get("paths").get(0).asText().endsWith("names.zip!/" + CR), json.out());
  }

  @Test
  void showListsEscapedPaths() throws Exception {
    Cli.Result json = Cli.run("search", "--case", caseDir.toString(), "--json", "contract");
    String id = json.json().get("hits").get(0).get("id").asText();
    Cli.Result show = Cli.run("show", "--case", caseDir.toString(), id);
    assertEquals(ExitCode.OK, show.code(), show::toString);
    assertTrue(show.out().contains("names.zip!/memo\\r\\nsecond.txt"), show.out());
    assertFalse(show.out().contains("memo\r"), show.out());
  }

  @Test
  void visibleEscapesOnlyWhatATerminalWouldObey() {
    assertEquals("C:\\Windows\\ugovor — Niš Ниш.pdf", TextFormat.visible("C:\\Windows\\ugovor — Niš Ниш.pdf"));
    assertEquals("a\\tb\\u0000c\\u007Fd\\u0085e\\u2028f\\u2066g", TextFormat.visible("a\tb\u0000c\u007fd\u0085e\u2028f\u2066g"));
    assertEquals(null, TextFormat.visible(null));
  }

  /** No control character other than line ends, and no bidirectional override, in the output. */
  private static void assertPrintable(String out) {
    for (String line : out.split("\n", -1)) {
      String bare = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      assertEquals(bare, TextFormat.visible(bare), "an unescaped character in: " + line);
    }
  }
}
