package org.istraga.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.istraga.cases.Case;
import org.istraga.cases.CaseLayout;
import org.istraga.cases.CaseLock;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.index.CaseIndex;
import org.istraga.index.IndexSchema;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.SampleCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagAndNoteCommandTest {

  @TempDir Path tmp;

  @Test
  void tagsByIdPrefixAndQueryAreRecordedWithUserAndWorkInTagQueriesAtOnce() throws Exception {
    Path c = CaseCopy.ofSamples(tmp.resolve("case"));
    CaseRecords recs = CaseRecords.read(c);
    DocumentRecord memo = recs.byPathSuffix(SampleCase.facts().at("/memo/pathInArchive").asText());
    Cli.Result r = Cli.run("tag", "--case", c.toString(), memo.id.substring(0, 8), "--add", "Hitno", "--user", "ana");
    assertEquals(ExitCode.OK, r.code(), r.toString());

    Cli.Result q = Cli.run("tag", "--case", c.toString(), "--query", "Huaxing", "--add", "vendor", "--user", "bojan", "--json");
    assertEquals(ExitCode.OK, q.code(), q.toString());
    Set<String> expected = new HashSet<>();
    for (DocumentRecord d : recs.all()) {
      if (d.text.contains("Huaxing")) {
        expected.add(d.id);
      }
    }
    assertEquals(expected.size(), q.json().get("documents").asInt());

    Findings f = new FindingsJournal(new CaseLayout(c)).read();
    assertEquals(Set.of(memo.id), f.idsWithTag("HITNO"));
    assertEquals(expected, f.idsWithTag("vendor"));
    assertEquals("bojan", journalLines(c).get(1).get("user").asText());

    Case kase = Case.open(c, IndexSchema.caseSchema());
    try (CaseIndex index = CaseIndex.openReader(kase); CaseIndex.Handle h = index.searcher()) {
      assertEquals(List.of(memo.id), new QueryIds(f).ids(h, "tag:hitno"));
      assertEquals(expected, new HashSet<>(new QueryIds(f).ids(h, "tag:vendor")));
    }

    Cli.Result rm = Cli.run("tag", "--case", c.toString(), memo.id, "--remove", "hitno");
    assertEquals(ExitCode.OK, rm.code(), rm.toString());
    assertEquals(Set.of(), new FindingsJournal(new CaseLayout(c)).read().idsWithTag("Hitno"));
    Cli.Result list = Cli.run("tag", "--case", c.toString(), "--list", "--json");
    assertEquals(expected.size(), list.json().at("/tags/vendor").asInt());
  }

  @Test
  void taggingWorksWhileAnIngestHoldsTheCaseWriteLock() throws Exception {
    Path c = CaseCopy.ofSamples(tmp.resolve("case"));
    DocumentRecord summary = CaseRecords.read(c).byPathSuffix("Safe-City-eLTE-deal-summary-EN.pdf");
    try (CaseLock lock = CaseLock.acquire(new CaseLayout(c), "ingest")) {
      Cli.Result busy = Cli.run("ingest", "--case", c.toString(), SampleCase.leak().toString());
      assertEquals(ExitCode.BUSY, busy.code(), "the case lock is really held: " + busy);
      Cli.Result r = Cli.run("tag", "--case", c.toString(), summary.id, "--add", "engleski");
      assertEquals(ExitCode.OK, r.code(), r.toString());
      Cli.Result n = Cli.run("note", "--case", c.toString(), summary.shortId(), "--page", "1", "proveriti", "popust");
      assertEquals(ExitCode.OK, n.code(), n.toString());
    }
    Findings f = new FindingsJournal(new CaseLayout(c)).read();
    assertEquals(Set.of(summary.id), f.idsWithTag("engleski"));
    assertEquals("proveriti popust", f.notesOf(summary.id).get(0).text());
    assertEquals(1, f.notesOf(summary.id).get(0).page());
  }

  @Test
  void notesRefuseMissingPagesAndListByDocument() throws Exception {
    Path c = CaseCopy.ofSamples(tmp.resolve("case"));
    DocumentRecord contract = CaseRecords.read(c).byPathSuffix("Ugovor-404-02-117-2019-06-cirilica.pdf");
    Cli.Result bad = Cli.run("note", "--case", c.toString(), contract.id, "--page", "9", "x");
    assertEquals(ExitCode.NOT_FOUND, bad.code(), bad.toString());
    assertTrue(bad.err().contains("has 4 pages"), bad.err());
    assertEquals(ExitCode.OK, Cli.run("note", "--case", c.toString(), contract.id, "--user", "ana", "potpis na str. 4").code());
    Cli.Result list = Cli.run("note", "--case", c.toString(), contract.id, "--json");
    assertEquals("potpis na str. 4", list.json().at("/notes/0/text").asText());
    assertEquals("ana", list.json().at("/notes/0/user").asText());
    assertTrue(list.json().at("/notes/0/at").asText().startsWith("20"));

    assertEquals(ExitCode.OK, Cli.run("note", "--case", c.toString(), contract.id, "--page", "2", "pečat").code());
    Cli.Result page2 = Cli.run("note", "--case", c.toString(), contract.id, "--page", "2", "--json");
    assertEquals(1, page2.json().at("/notes").size(), page2.out());
    assertEquals("pečat", page2.json().at("/notes/0/text").asText());
    assertEquals(2, page2.json().at("/notes/0/page").asInt());
    Cli.Result page3 = Cli.run("note", "--case", c.toString(), contract.id, "--page", "3");
    assertEquals(ExitCode.OK, page3.code(), page3.toString());
    assertTrue(page3.out().startsWith("No notes on " + contract.shortId() + " page 3."), page3.out());
    Cli.Result badList = Cli.run("note", "--case", c.toString(), contract.id, "--page", "0");
    assertEquals(ExitCode.NOT_FOUND, badList.code(), badList.toString());
    assertEquals(2, Cli.run("note", "--case", c.toString(), contract.id, "--json").json().at("/notes").size());
  }

  @Test
  void tagsNotesAndCitationsSurviveAFullReindexAndReingest() throws Exception {
    Path c = CaseCopy.ofSamples(tmp.resolve("case"));
    DocumentRecord contract = CaseRecords.read(c).byPathSuffix("Ugovor-404-02-117-2019-06-cirilica.pdf");
    String phrase = SampleCase.facts().at("/contract/page3Phrase/latin").asText();
    assertEquals(ExitCode.OK, Cli.run("tag", "--case", c.toString(), contract.id, "--add", "ugovor").code());
    assertEquals(ExitCode.OK, Cli.run("note", "--case", c.toString(), contract.id, "--page", "3", "GIS").code());
    Cli.Result cite = Cli.run("cite", "--case", c.toString(), contract.id, "--page", "3", "--quote", phrase);
    assertEquals(ExitCode.OK, cite.code(), cite.toString());
    byte[] journalBefore = Files.readAllBytes(c.resolve("findings.jsonl"));

    deleteTree(c.resolve("index"));
    Cli.Result ingest = Cli.run("ingest", "--case", c.toString(), SampleCase.leak().toString());
    assertEquals(ExitCode.OK, ingest.code(), ingest.toString());

    byte[] journalAfter = Files.readAllBytes(c.resolve("findings.jsonl"));
    assertTrue(java.util.Arrays.equals(journalBefore, journalAfter), "ingest never writes the findings journal");
    Findings f = new FindingsJournal(new CaseLayout(c)).read();
    assertEquals(Set.of(contract.id), f.idsWithTag("ugovor"));
    assertEquals("GIS", f.notesOf(contract.id).get(0).text());
    assertEquals(1, f.citationsOf(contract.id).size());
    Case kase = Case.open(c, IndexSchema.caseSchema());
    try (CaseIndex index = CaseIndex.openReader(kase); CaseIndex.Handle h = index.searcher()) {
      assertEquals(List.of(contract.id), new QueryIds(f).ids(h, "tag:ugovor"));
      DocumentRecord again = h.get(contract.id);
      Citation cited = f.citationsOf(contract.id).get(0);
      assertEquals(cited.quote(), again.text.substring(cited.start(), cited.end()));
    }
  }

  private static List<JsonNode> journalLines(Path c) throws IOException {
    List<JsonNode> out = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(c.resolve("findings.jsonl"))) {
      out.add(org.istraga.Json.mapper().readTree(line));
    }
    return out;
  }

  private static void deleteTree(Path p) throws IOException {
    try (Stream<Path> s = Files.walk(p)) {
      s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
    }
  }
}
