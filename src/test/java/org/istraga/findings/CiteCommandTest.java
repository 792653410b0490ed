package org.istraga.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.SampleCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code istraga cite} and {@code istraga citations} on the sample leak's contract. */
class CiteCommandTest {

  @TempDir static Path tmp;
  static Path kase;
  static DocumentRecord cyrillic;
  static DocumentRecord latin;

  @BeforeAll
  static void copyCase() throws Exception {
    kase = CaseCopy.ofSamples(tmp.resolve("case"));
    CaseRecords recs = CaseRecords.read(kase);
    cyrillic = recs.byPathSuffix(SampleCase.facts().at("/contract/cyrillicPdf").asText().replaceFirst("^leak/", ""));
    latin = recs.byPathSuffix(SampleCase.facts().at("/contract/latinPdf").asText().replaceFirst("^leak/", ""));
  }

  @Test
  void latinQuoteOfTheCyrillicContractIsRecordedWithTheExactCyrillicText() throws Exception {
    JsonNode phrase = SampleCase.facts().at("/contract/page3Phrase");
    int page = phrase.get("page").asInt();
    Cli.Result r = Cli.run("cite", "--case", kase.toString(), cyrillic.shortId(), "--page", Integer.toString(page),
        "--quote", phrase.get("latin").asText().toUpperCase(java.util.Locale.ROOT), "--user", "ana", "--json");
    assertEquals(ExitCode.OK, r.code(), r.toString());
    JsonNode c = r.json();
    String exact = c.get("quote").asText();
    assertEquals(phrase.get("cyrillic").asText(), exact.replaceAll("-?\\s+", " ").replace("- ", ""));
    assertEquals(exact, cyrillic.text.substring(c.get("start").asInt(), c.get("end").asInt()));
    assertEquals(page, cyrillic.pageAt(c.get("start").asInt()));
    assertEquals(cyrillic.id, c.get("sha256").asText());
    assertEquals(cyrillic.shortId(), c.get("short_id").asText());
    assertEquals(SampleCase.facts().at("/contract/title").asText(), c.get("title").asText());
    assertEquals(SampleCase.facts().at("/contract/author").asText(), c.at("/authors/0").asText());
    assertTrue(c.get("paths").get(0).asText().endsWith("cirilica.pdf"));
    assertEquals("ana", c.get("user").asText());

    Cli.Result list = Cli.run("citations", "--case", kase.toString(), "--json");
    assertEquals(ExitCode.OK, list.code(), list.toString());
    boolean found = false;
    for (JsonNode x : list.json().get("citations")) {
      found |= x.get("key").asText().equals(c.get("key").asText()) && x.hasNonNull("at");
    }
    assertTrue(found, list.out());
    assertTrue(list.json().at("/journal/intact").asBoolean());
  }

  @Test
  void wrongPageIsRefusedWithTheRightPage() {
    JsonNode phrase = SampleCase.facts().at("/contract/page3Phrase");
    Cli.Result r = Cli.run("cite", "--case", kase.toString(), latin.id, "--page", "1", "--quote",
        phrase.get("cyrillic").asText());
    assertEquals(ExitCode.CHECK_FAILED, r.code(), r.toString());
    assertTrue(r.err().contains("but on page " + phrase.get("page").asInt()), r.err());
    assertTrue(r.err().contains("--page " + phrase.get("page").asInt()), r.err());
  }

  @Test
  void alteredQuoteIsRefusedWithTheClosestPassageAndNothingIsRecorded() throws Exception {
    JsonNode phrase = SampleCase.facts().at("/contract/page3Phrase");
    String altered = phrase.get("latin").asText().replace("Nišu", "Beogradu");
    Cli.Result before = Cli.run("citations", "--case", kase.toString(), "--json");
    Cli.Result r = Cli.run("cite", "--case", kase.toString(), latin.id, "--page", phrase.get("page").asText(),
        "--quote", altered);
    assertEquals(ExitCode.CHECK_FAILED, r.code(), r.toString());
    assertTrue(r.err().contains("closest passage is on page " + phrase.get("page").asInt()), r.err());
    assertTrue(r.err().contains("Izvorni kod GIS"), r.err());
    Cli.Result after = Cli.run("citations", "--case", kase.toString(), "--json");
    assertEquals(before.json().get("citations").size(), after.json().get("citations").size());
  }
}
