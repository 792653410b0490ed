package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.document.EntityMention;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.istraga.testing.SampleCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities found during ingest are stored with their documents, pages and normalized values. */
class EntityIngestTest {

  @TempDir Path tmp;

  @Test
  void cyrillicAndLatinMentionsOfTheSupplierShareOneValue() throws Exception {
    CaseRecords recs = CaseRecords.read(SampleCase.get());
    JsonNode c = SampleCase.facts().get("contract");
    Set<String> cyr = orgs(recs.byPathSuffix(c.get("cyrillicPdf").asText()));
    Set<String> lat = orgs(recs.byPathSuffix(c.get("latinPdf").asText()));
    assertTrue(cyr.contains("telekom nova d.o.o."), cyr::toString);
    assertTrue(lat.contains("telekom nova d.o.o."), lat::toString);
  }

  @Test
  void moneyAndIdentifiersAreNormalizedWithPages() throws Exception {
    CaseRecords recs = CaseRecords.read(SampleCase.get());
    JsonNode facts = SampleCase.facts();
    DocumentRecord contract = recs.byPathSuffix(facts.get("contract").get("cyrillicPdf").asText());
    BigDecimal euros = new BigDecimal(facts.get("priceAnnex").get("totalNetEur").asText());
    EntityMention eur = contract.entities.stream()
        .filter(e -> "money".equals(e.type()) && "EUR".equals(e.currency()) && euros.compareTo(e.amount()) == 0)
        .findFirst().orElseThrow(() -> new AssertionError("no EUR " + euros + " in " + contract.entities));
    assertTrue(eur.page() >= 1, "text mentions carry their page");
    for (JsonNode id : facts.get("identifiers").get("list")) {
      String kind = id.get("kind").asText();
      if (kind.equals("pib") || kind.equals("mb")) {
        String v = id.get("value").asText();
        assertTrue(recs.all().stream().anyMatch(r -> r.entities.stream()
            .anyMatch(e -> e.type().equals(kind) && e.value().equals(v))), kind + " " + v + " found");
      }
    }
  }

  @Test
  void jmbgIsFoundAndMarkedSensitive() throws Exception {
    CaseRecords recs = CaseRecords.read(SampleCase.get());
    EntityMention jmbg = recs.all().stream().flatMap(r -> r.entities.stream())
        .filter(e -> "jmbg".equals(e.type())).findFirst().orElseThrow();
    assertTrue(jmbg.sensitive());
    assertEquals(13, jmbg.value().length());
  }

  @Test
  void emailHeadersYieldEntities() throws Exception {
    CaseRecords recs = CaseRecords.read(SampleCase.get());
    JsonNode e = SampleCase.facts().get("email");
    DocumentRecord mail = recs.byPathSuffix(e.get("path").asText());
    Set<String> emails = mail.entities.stream().filter(x -> "email".equals(x.type()))
        .map(EntityMention::value).collect(Collectors.toSet());
    assertTrue(emails.contains(e.get("fromAddress").asText()), emails::toString);
    assertTrue(emails.contains(e.get("toAddress").asText()), emails::toString);
  }

  @Test
  void watchlistRetagsWithoutReingest() throws Exception {
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("a.txt"), "Састанак са Ђорђем? Не: Ђорђе Раденковић је потписао.");
    Evidence.write(leak.resolve("b.txt"), "DJORDJE RADENKOVIC sent the offer to Nis.");
    Evidence.write(leak.resolve("c.txt"), "Nothing about him here.");
    Path caseDir = tmp.resolve("case");
    assertEquals(ExitCode.OK, Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", leak.toString()).code());
    Path list = Evidence.write(tmp.resolve("watch.tsv"), "# people of interest\nĐorđe Radenković\tDjordje R.\n");
    Cli.Result r = Cli.run("watchlist", "--case", caseDir.toString(), "--json", list.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    assertEquals(3, r.json().get("documents").asLong());
    assertEquals(2, r.json().get("documents_with_hits").asLong(), r::toString);
    CaseRecords recs = CaseRecords.read(caseDir);
    for (String f : new String[] {"a.txt", "b.txt"}) {
      assertTrue(recs.byPathSuffix(f).entities.stream()
          .anyMatch(e -> "watchlist".equals(e.type()) && "Đorđe Radenković".equals(e.value())), f);
    }
    assertFalse(recs.byPathSuffix("c.txt").entities.stream().anyMatch(e -> "watchlist".equals(e.type())));
    // new documents ingested later get the same watchlist
    Evidence.write(leak.resolve("d.txt"), "Ђорђе Раденковић again.");
    assertEquals(ExitCode.OK, Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", leak.toString()).code());
    assertTrue(CaseRecords.read(caseDir).byPathSuffix("d.txt").entities.stream()
        .anyMatch(e -> "watchlist".equals(e.type())));
    Cli.Result bad = Cli.run("watchlist", "--case", caseDir.toString(), tmp.resolve("missing.tsv").toString());
    assertEquals(ExitCode.NOT_FOUND, bad.code(), bad::toString);
  }

  @Test
  void entitiesCommandListsMergedValuesAndOnlyCountsPersonalNumbers() throws Exception {
    Cli.Result r = Cli.run("entities", "--case", SampleCase.get().toString(), "--json", "--top", "50");
    assertEquals(ExitCode.OK, r.code(), r::toString);
    JsonNode types = r.json().get("types");
    long telekom = 0;
    for (JsonNode v : types.get("org")) {
      if (v.get("value").asText().toLowerCase(java.util.Locale.ROOT).startsWith("telekom nova")) {
        telekom++;
      }
    }
    assertEquals(1, telekom, "Cyrillic and Latin spellings are one facet value: " + types.get("org"));
    assertTrue(types.get("jmbg").get("documents").asLong() >= 1);
    assertFalse(r.out().contains(SampleCase.facts().get("archive").get("csvFirstRow").asText().split(",")[5]),
        "the JMBG itself is never listed");
    Cli.Result typed = Cli.run("entities", "--case", SampleCase.get().toString(), "--type", "pib", "--json");
    assertEquals(1, typed.json().get("types").size());
    Cli.Result bad = Cli.run("entities", "--case", SampleCase.get().toString(), "--type", "nonsense");
    assertEquals(ExitCode.USAGE, bad.code(), bad::toString);
  }

  private static Set<String> orgs(DocumentRecord r) {
    return r.entities.stream().filter(e -> "org".equals(e.type())).map(EntityMention::value).collect(Collectors.toSet());
  }
}
