package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.istraga.document.PageMap;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.SampleCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Concrete results of ingesting the bundled fictional leak, checked against samples/facts.json. */
class SamplesIngestTest {

  static CaseRecords recs;
  static JsonNode facts;

  @BeforeAll
  static void ingest() throws Exception {
    recs = CaseRecords.read(SampleCase.get());
    facts = SampleCase.facts();
  }

  @Test
  void cyrillicContractTextIsExtracted() {
    JsonNode c = facts.get("contract");
    DocumentRecord r = recs.byPathSuffix(c.get("cyrillicPdf").asText());
    assertEquals("ok", r.status);
    assertTrue(r.text.contains(c.get("title").asText()), r.text.substring(0, Math.min(300, r.text.length())));
    assertEquals(c.get("pages").asInt(), r.pageCount);
    assertEquals("cyrillic", r.script);
    assertEquals("sr", r.language);
  }

  @Test
  void phraseIsOnItsPage() {
    JsonNode c = facts.get("contract");
    for (String script : List.of("cyrillic", "latin")) {
      DocumentRecord r = recs.byPathSuffix(c.get(script.equals("cyrillic") ? "cyrillicPdf" : "latinPdf").asText());
      String phrase = c.get("page3Phrase").get(script).asText();
      int at = normalizeSpaces(r.text).indexOf(phrase);
      assertTrue(at >= 0, "phrase '" + phrase + "' in " + script + " text");
      assertEquals(c.get("page3Phrase").get("page").asInt(), pageOfNormalized(r, phrase));
    }
  }

  @Test
  void duplicateIsOneDocumentWithBothPaths() {
    JsonNode d = facts.get("duplicate");
    DocumentRecord r = recs.byId(d.get("sha256").asText());
    List<String> paths = r.occurrences.stream().map(Occurrence::path).collect(Collectors.toList());
    for (JsonNode p : d.get("paths")) {
      assertTrue(paths.contains(SampleCase.file(p.asText()).toString()), paths::toString);
    }
  }

  @Test
  void emailAttachmentIsAChildOfTheEmail() {
    JsonNode e = facts.get("email");
    DocumentRecord mail = recs.byPathSuffix(e.get("path").asText());
    String childPath = SampleCase.file(e.get("path").asText()) + "!/" + e.get("attachmentName").asText();
    DocumentRecord attachment = recs.byId(e.get("attachmentSha256").asText());
    Occurrence occ = attachment.occurrences.stream().filter(o -> o.path().equals(childPath)).findFirst()
        .orElseThrow(() -> new AssertionError(childPath + " not among " + attachment.occurrences));
    assertEquals(mail.id, occ.parent());
    assertEquals(1, occ.depth());
    assertTrue(mail.emailFrom.contains(e.get("fromAddress").asText()), mail.emailFrom);
    assertEquals(e.get("messageId").asText(), mail.messageId);
  }

  @Test
  void docxAuthorInsideNestedArchive() {
    JsonNode m = facts.get("memo");
    DocumentRecord memo = recs.byPathSuffix(".zip!/" + m.get("pathInArchive").asText());
    assertTrue(memo.authors.contains(m.get("creator").asText()), memo.authors::toString);
    assertEquals(m.get("lastModifiedBy").asText(), memo.lastModifiedBy);
    assertEquals(m.get("company").asText(), memo.company);
  }

  @Test
  void earlierPdfRevisionIsAChildOfKindRevision() {
    JsonNode u = facts.get("incrementalUpdate");
    DocumentRecord current = recs.byPathSuffix(u.get("path").asText());
    assertTrue(normalizeSpaces(current.text).contains(u.get("deadlineAfter").asText()));
    DocumentRecord earlier = recs.all().stream()
        .filter(r -> "revision".equals(r.kind) && r.occurrences.stream().anyMatch(o -> current.id.equals(o.parent())))
        .filter(r -> normalizeSpaces(r.text).contains(u.get("deadlineBefore").asText()))
        .findFirst().orElseThrow(() -> new AssertionError("no earlier revision with the old deadline"));
    assertEquals(u.get("firstRevisionBytes").asLong(), earlier.size);
    assertTrue(earlier.stored, "the earlier revision's bytes are kept");
  }

  @Test
  void earlierRevisionTextIsSearchable() throws Exception {
    JsonNode u = facts.get("incrementalUpdate");
    String oldDeadline = u.get("deadlineBefore").asText().replaceAll(".*: ", "");
    org.istraga.testing.Cli.Result r = org.istraga.testing.Cli.run("search", "--case", SampleCase.get().toString(),
        "--json", "\"" + oldDeadline + "\"");
    assertEquals(0, r.code(), r::toString);
    JsonNode hits = r.json().get("hits");
    assertTrue(hits.size() >= 1, r.out());
    for (JsonNode h : hits) {
      assertTrue(h.get("paths").toString().contains("!/revision-"), "only the earlier revision says " + oldDeadline
          + ": " + h.get("paths"));
    }
    String newDeadline = u.get("deadlineAfter").asText().replaceAll(".*: ", "");
    org.istraga.testing.Cli.Result now = org.istraga.testing.Cli.run("search", "--case", SampleCase.get().toString(),
        "--json", "\"" + newDeadline + "\"", "kind:file");
    assertEquals(1, now.json().get("total").asLong(), now.out());
  }

  @Test
  void scannedPageIsAnOcrCandidate() {
    DocumentRecord scan = recs.byPathSuffix(facts.get("scan").get("path").asText());
    assertTrue(scan.text.isBlank() || scan.ocrPages.length > 0, "no text layer, or OCR text");
    assertTrue(List.of("pending", "done").contains(scan.ocrState), scan.ocrState);
  }

  static String normalizeSpaces(String s) {
    return s.replaceAll("\\s+", " ");
  }

  /** Page of a phrase found in whitespace-normalized text, mapped back to the raw text. */
  static int pageOfNormalized(DocumentRecord r, String phrase) {
    String first = phrase.split(" ")[0];
    int from = 0;
    while (true) {
      int at = r.text.indexOf(first, from);
      if (at < 0) {
        return -1;
      }
      String window = normalizeSpaces(r.text.substring(at, Math.min(r.text.length(), at + phrase.length() * 2)));
      if (window.startsWith(phrase)) {
        return PageMap.pageAt(r.pageStarts, at);
      }
      from = at + 1;
    }
  }
}
