package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.istraga.cli.ExitCode;
import org.istraga.testing.Cli;
import org.istraga.testing.SampleCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search on the bundled fictional leak, checked against samples/facts.json: page-labelled
 * snippets of a phrase on page 3, Cyrillic/Latin twins, names in three spellings, embedded paths,
 * duplicates, e-mail headers, identifiers, amounts within a currency, and masked personal numbers.
 */
class SamplesSearchTest {

  static String caseDir;
  static JsonNode facts;

  @BeforeAll
  static void ingest() {
    caseDir = SampleCase.get().toString();
    facts = SampleCase.facts();
  }

  private static JsonNode search(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("search", "--case", caseDir, "--json", "--limit", "100"));
    all.addAll(List.of(args));
    Cli.Result r = Cli.run(all.toArray(new String[0]));
    assertEquals(ExitCode.OK, r.code(), r::toString);
    return r.json();
  }

  private static String path(String relative) {
    return SampleCase.file(relative).toString();
  }

  private static JsonNode hitWithPath(JsonNode result, String fullPath) {
    for (JsonNode h : result.get("hits")) {
      for (JsonNode p : h.get("paths")) {
        if (p.asText().equals(fullPath)) {
          return h;
        }
      }
    }
    return null;
  }

  private static Set<String> allPaths(JsonNode result) {
    Set<String> out = new HashSet<>();
    for (JsonNode h : result.get("hits")) {
      for (JsonNode p : h.get("paths")) {
        out.add(p.asText());
      }
    }
    return out;
  }

  @Test
  void phraseOnPageThreeIsReportedOnPageThreeInBothScripts() throws IOException {
    JsonNode c = facts.get("contract");
    int page = c.get("page3Phrase").get("page").asInt();
    for (String script : List.of("latin", "cyrillic")) {
      JsonNode r = search("\"" + c.get("page3Phrase").get(script).asText() + "\"");
      for (String pdf : List.of(c.get("cyrillicPdf").asText(), c.get("latinPdf").asText())) {
        JsonNode hit = hitWithPath(r, path(pdf));
        assertNotNull(hit, script + " phrase must find " + pdf + ": " + r);
        JsonNode snippets = hit.get("snippets");
        assertFalse(snippets.isEmpty(), "snippets of " + pdf);
        for (JsonNode s : snippets) {
          assertEquals(page, s.get("page").asInt(), "snippet " + s);
          assertTrue(s.get("text").asText().contains("**"), "matched words are marked: " + s);
          int[] mark = {s.get("marks").get(0).get(0).asInt(), s.get("marks").get(0).get(1).asInt()};
          String marked = s.get("plain").asText().substring(mark[0], mark[1]);
          assertEquals(org.istraga.index.Analyzers.normalize("text", c.get("page3Phrase").get("latin").asText()),
              org.istraga.index.Analyzers.normalize("text", marked), "the mark covers the phrase");
        }
      }
    }
  }

  @Test
  void everySpellingOfANameFindsTheNamesNote() throws IOException {
    String note = path(facts.get("namesNote").get("path").asText());
    for (JsonNode v : facts.get("namesNote").get("variants")) {
      Set<Set<String>> results = new HashSet<>();
      for (String spelling : List.of("cyrillic", "latin", "ascii")) {
        JsonNode r = search("\"" + v.get(spelling).asText() + "\"");
        assertNotNull(hitWithPath(r, note), spelling + " " + v.get(spelling) + " must find the names note");
        results.add(allPaths(r));
      }
      assertEquals(1, results.size(), "the three spellings of " + v + " find the same documents: " + results);
    }
  }

  @Test
  void latinQueryFindsTheCyrillicContractAndViceVersa() throws IOException {
    JsonNode c = facts.get("contract");
    JsonNode byLatin = search("\"" + c.get("titleLatin").asText() + "\"");
    JsonNode byCyrillic = search("\"" + c.get("title").asText() + "\"");
    for (String pdf : List.of(c.get("cyrillicPdf").asText(), c.get("latinPdf").asText())) {
      assertNotNull(hitWithPath(byLatin, path(pdf)), "Latin title finds " + pdf);
      assertNotNull(hitWithPath(byCyrillic, path(pdf)), "Cyrillic title finds " + pdf);
    }
    assertEquals(allPaths(byLatin), allPaths(byCyrillic));
  }

  @Test
  void pathMatchesEntryNamesInsideContainersAndFolders() throws IOException {
    JsonNode a = facts.get("archive");
    String memoEntry = a.get("memoEntry").asText();
    String memoName = memoEntry.substring(memoEntry.lastIndexOf('/') + 1);
    JsonNode r = search("path:\"" + memoName + "\"");
    String expected = path(a.get("path").asText()) + "!/" + memoEntry;
    assertNotNull(hitWithPath(r, expected), "path:" + memoName + " finds " + expected + ": " + allPaths(r));

    String nested = a.get("nestedEntry").asText();
    String csv = a.get("nestedEntries").get(0).asText();
    JsonNode deep = search("name:\"" + csv + "\"");
    assertNotNull(hitWithPath(deep, path(a.get("path").asText()) + "!/" + nested + "!/" + csv), allPaths(deep).toString());

    JsonNode folder = search("path:arhiva");
    for (String p : allPaths(folder)) {
      assertTrue(p.contains("/arhiva/"), p);
    }
    assertTrue(allPaths(folder).contains(expected), "children of containers in a folder match the folder");
    JsonNode wildcard = search("path:*.docx");
    assertNotNull(hitWithPath(wildcard, expected), "path:*.docx matches whole names");
  }

  @Test
  void duplicateIsOneHitWithEveryPath() throws IOException {
    JsonNode d = facts.get("duplicate");
    JsonNode r = search("id:" + d.get("sha256").asText().substring(0, 12));
    assertEquals(1, r.get("total").asInt());
    JsonNode hit = r.get("hits").get(0);
    assertEquals(d.get("sha256").asText(), hit.get("sha256").asText());
    assertEquals(d.get("sha256").asText().substring(0, 12), hit.get("id").asText());
    Set<String> paths = new HashSet<>();
    hit.get("paths").forEach(p -> paths.add(p.asText()));
    for (JsonNode p : d.get("paths")) {
      assertTrue(paths.contains(path(p.asText())), paths.toString());
    }

    String id = d.get("sha256").asText().substring(0, 12);
    Cli.Result text = Cli.run("search", "--case", caseDir, "id:" + id);
    assertEquals(ExitCode.OK, text.code(), text::toString);
    assertTrue(text.out().startsWith("1 document matches id:" + id), text.out());
    assertTrue(paths.stream().anyMatch(p -> text.out().contains(p + "  (+" + (paths.size() - 1) + " more paths)")), text.out());
  }

  @Test
  void emailHeadersAreSearchableByAddressNameAndDomain() throws IOException {
    JsonNode e = facts.get("email");
    String mail = path(e.get("path").asText());
    String from = e.get("fromAddress").asText();
    String to = e.get("toAddress").asText();
    assertNotNull(hitWithPath(search("from:\"" + from + "\""), mail));
    assertNotNull(hitWithPath(search("from:" + from.substring(from.indexOf('@') + 1)), mail));
    assertNotNull(hitWithPath(search("to:\"" + to + "\""), mail));
    assertNull(hitWithPath(search("from:\"" + to + "\""), mail), "the recipient is not the sender");
    JsonNode facet = search("*:*", "--facet", "from-domain");
    boolean found = false;
    for (JsonNode v : facet.get("facets").get("from-domain")) {
      found |= v.get("value").asText().equals(from.substring(from.indexOf('@') + 1));
    }
    assertTrue(found, facet.get("facets").toString());
  }

  private static void assertNull(Object o, String message) {
    assertTrue(o == null, message);
  }

  @Test
  void identifiersAndAmountsWithinACurrency() throws IOException {
    JsonNode c = facts.get("contract");
    Set<String> contracts = Set.of(path(c.get("cyrillicPdf").asText()), path(c.get("latinPdf").asText()));
    for (JsonNode id : facts.get("identifiers").get("list")) {
      String kind = id.get("kind").asText();
      if (kind.equals("pib") || kind.equals("mb") || kind.equals("iban")) {
        JsonNode r = search(kind + ":\"" + id.get("value").asText() + "\"");
        assertTrue(allPaths(r).containsAll(contracts), kind + " " + id.get("value") + " → " + allPaths(r));
      }
    }
    // 1.264.833,90 EUR is the contract's euro price; no dinar amount lies in that range
    JsonNode eur = search("amount:[1264833 TO 1264834] AND currency:EUR");
    assertTrue(allPaths(eur).containsAll(contracts), allPaths(eur).toString());
    JsonNode rsd = search("amount:[1264833 TO 1264834] AND currency:RSD");
    assertEquals(0, rsd.get("total").asInt(), "the amount range applies within the currency: " + allPaths(rsd));
    JsonNode anyCurrency = search("amount:[1264833 TO 1264834]");
    assertEquals(eur.get("total").asInt(), anyCurrency.get("total").asInt());
    JsonNode filtered = search("amount:[1264833 TO 1264834]", "--filter", "money.currency=RSD");
    assertEquals(0, filtered.get("total").asInt(), "a currency filter fixes the amount's currency too");
  }

  @Test
  void showMasksPersonalNumbersUnlessAsked() throws IOException {
    String note = path(facts.get("namesNote").get("path").asText());
    JsonNode hit = hitWithPath(search("path:\"" + note.substring(note.lastIndexOf('/') + 1) + "\""), note);
    assertNotNull(hit);
    Set<String> known = new HashSet<>();
    for (JsonNode id : facts.get("identifiers").get("list")) {
      if (id.get("kind").asText().equals("jmbg")) {
        known.add(id.get("value").asText());
      }
    }
    Cli.Result masked = Cli.run("show", "--case", caseDir, hit.get("id").asText(), "--json");
    assertEquals(ExitCode.OK, masked.code(), masked::toString);
    Cli.Result clear = Cli.run("show", "--case", caseDir, hit.get("id").asText(), "--json", "--show-sensitive");
    assertEquals(ExitCode.OK, clear.code(), clear::toString);
    Set<String> clearValues = new HashSet<>();
    for (JsonNode m : clear.json().get("document").get("entities")) {
      if (m.get("type").asText().equals("jmbg")) {
        clearValues.add(m.get("value").asText());
      }
    }
    assertFalse(clearValues.isEmpty(), "the names note mentions a JMBG");
    assertTrue(known.containsAll(clearValues), clearValues + " are the JMBGs of facts.json " + known);
    String text = Cli.run("show", "--case", caseDir, hit.get("id").asText()).out();
    for (String jmbg : clearValues) {
      assertFalse(masked.out().contains(jmbg), "masked output must not contain " + jmbg);
      assertFalse(text.contains(jmbg), "text output must not contain " + jmbg);
      String expectedMask = jmbg.substring(0, 2) + "*".repeat(jmbg.length() - 3) + jmbg.charAt(jmbg.length() - 1);
      assertTrue(masked.out().contains(expectedMask), "masked as " + expectedMask);
      assertTrue(text.contains(expectedMask), "masked as " + expectedMask + " in " + text);
    }
  }

  @Test
  void showPrintsThePageTextAndRefusesMissingPages() throws IOException {
    JsonNode c = facts.get("contract");
    JsonNode r = search("path:\"" + c.get("cyrillicPdf").asText().substring(c.get("cyrillicPdf").asText().lastIndexOf('/') + 1) + "\"");
    String id = hitWithPath(r, path(c.get("cyrillicPdf").asText())).get("id").asText();
    Cli.Result page = Cli.run("show", "--case", caseDir, id.substring(0, 8), "--page", "3");
    assertEquals(ExitCode.OK, page.code(), page::toString);
    assertTrue(page.out().replaceAll("\\s+", " ").contains(c.get("page3Phrase").get("cyrillic").asText()), page.out());
    Cli.Result other = Cli.run("show", "--case", caseDir, id, "--page", "1");
    assertFalse(other.out().replaceAll("\\s+", " ").contains(c.get("page3Phrase").get("cyrillic").asText()));
    Cli.Result missing = Cli.run("show", "--case", caseDir, id, "--page", "99");
    assertEquals(ExitCode.NOT_FOUND, missing.code(), missing::toString);
    assertTrue(missing.err().contains("has " + c.get("pages").asInt() + " pages"), missing.err());
  }

  @Test
  void showListsParentsAndChildren() throws IOException {
    JsonNode e = facts.get("email");
    String mail = path(e.get("path").asText());
    String mailId = hitWithPath(search("path:\"" + mail.substring(mail.lastIndexOf('/') + 1) + "\""), mail).get("id").asText();
    Cli.Result shown = Cli.run("show", "--case", caseDir, mailId, "--json");
    assertEquals(ExitCode.OK, shown.code(), shown::toString);
    JsonNode view = shown.json();
    boolean attachment = false;
    for (JsonNode ch : view.get("children")) {
      attachment |= ch.get("sha256").asText().equals(e.get("attachmentSha256").asText());
    }
    assertTrue(attachment, "the attachment is listed among the children: " + view.get("children"));
    Cli.Result child = Cli.run("show", "--case", caseDir, e.get("attachmentSha256").asText(), "--json");
    JsonNode parents = child.json().get("parents");
    boolean hasMail = false;
    for (JsonNode p : parents) {
      hasMail |= p.get("path").asText().equals(mail);
    }
    assertTrue(hasMail, parents.toString());
    JsonNode children = search("parent:" + mailId);
    assertEquals(view.get("children_total").asInt(), children.get("total").asInt());
  }
}
