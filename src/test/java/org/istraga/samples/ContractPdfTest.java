package org.istraga.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The Cyrillic contract and its Latin twin hold the facts of {@code facts.json}, read back with
 * PDFBox text extraction page by page.
 */
class ContractPdfTest {

  private final JsonNode contract = CommittedSamples.facts().get("contract");

  @Test
  void everyPhraseIsPrintedOnExactlyTheRecordedPagesInBothScripts() throws IOException {
    List<String> cyr = pageTexts(contract.get("cyrillicPdf").asText());
    List<String> lat = pageTexts(contract.get("latinPdf").asText());
    assertEquals(contract.get("pages").asInt(), cyr.size());
    assertEquals(cyr.size(), lat.size());
    assertTrue(cyr.size() >= 3, "the contract must have at least three pages");
    for (JsonNode phrase : contract.get("phrases")) {
      List<Integer> expected = new ArrayList<>();
      phrase.get("pages").forEach(n -> expected.add(n.asInt()));
      assertEquals(expected, pagesWith(cyr, phrase.get("cyrillic").asText()),
          "Cyrillic pages of " + phrase.get("key"));
      assertEquals(expected, pagesWith(lat, phrase.get("latin").asText()),
          "Latin pages of " + phrase.get("key"));
    }
  }

  @Test
  void theDistinctivePhraseIsOnPageThreeOnly() throws IOException {
    JsonNode p3 = contract.get("page3Phrase");
    assertEquals(3, p3.get("page").asInt());
    assertEquals(List.of(3), pagesWith(pageTexts(contract.get("cyrillicPdf").asText()),
        p3.get("cyrillic").asText()));
    assertEquals(List.of(3), pagesWith(pageTexts(contract.get("latinPdf").asText()),
        p3.get("latin").asText()));
  }

  @Test
  void theLatinTwinIsTheTransliteratedCyrillicText() throws IOException {
    List<String> cyr = pageTexts(contract.get("cyrillicPdf").asText());
    List<String> lat = pageTexts(contract.get("latinPdf").asText());
    for (int i = 0; i < cyr.size(); i++) {
      assertEquals(words(SerbianTransliterator.toLatin(cyr.get(i))), words(lat.get(i)),
          "page " + (i + 1));
      assertFalse(lat.get(i).codePoints().anyMatch(c -> c >= 0x0400 && c <= 0x04FF),
          "Cyrillic letter on Latin page " + (i + 1));
    }
    assertTrue(String.join(" ", lat).matches("(?s).*[čćšžđ].*"),
        "the Latin twin uses Serbian diacritics");
    assertTrue(String.join(" ", cyr).contains("ђ") && String.join(" ", cyr).contains("љ"));
  }

  @Test
  void identifiersInTheContractPassTheirChecks() throws IOException {
    String page1 = pageTexts(contract.get("cyrillicPdf").asText()).get(0);
    JsonNode ids = CommittedSamples.facts().get("identifiers");
    for (JsonNode id : ids.get("list")) {
      String kind = id.get("kind").asText();
      String value = id.get("value").asText();
      boolean valid = switch (kind) {
        case "pib" -> Checksums.isValidPib(value);
        case "mb" -> Checksums.isValidMb(value);
        case "jmbg" -> Checksums.isValidJmbg(value);
        case "account" -> Checksums.isValidAccount(value);
        case "iban" -> Checksums.isValidIban(value);
        default -> throw new AssertionError("unknown identifier kind " + kind);
      };
      assertTrue(valid, kind + " " + value + " fails its check");
    }
    assertTrue(page1.contains(ids.get("ibanPrinted").asText()));
    assertTrue(page1.contains("160-0000000418725-51"));
  }

  @Test
  void metadataIsFixed() throws IOException {
    try (PDDocument doc = Loader.loadPDF(
        CommittedSamples.bytes(contract.get("cyrillicPdf").asText()))) {
      PDDocumentInformation info = doc.getDocumentInformation();
      assertEquals(contract.get("title").asText(), info.getTitle());
      assertEquals(contract.get("author").asText(), info.getAuthor());
      assertEquals(PdfInfo.PRODUCER, info.getProducer());
      assertEquals(OffsetDateTime.parse(contract.get("created").asText()).toInstant(),
          info.getCreationDate().toInstant());
      assertEquals(2, doc.getDocument().getTrailer().getCOSArray(COSName.ID).size());
    }
    try (PDDocument doc = Loader.loadPDF(
        CommittedSamples.bytes(contract.get("latinPdf").asText()))) {
      assertEquals(contract.get("titleLatin").asText(), doc.getDocumentInformation().getTitle());
      assertEquals(contract.get("authorLatin").asText(),
          doc.getDocumentInformation().getAuthor());
      assertEquals(OffsetDateTime.parse(contract.get("createdLatin").asText()).toInstant(),
          doc.getDocumentInformation().getCreationDate().toInstant());
    }
  }

  /** Text of each page, extracted by PDFBox. */
  static List<String> pageTexts(String relative) throws IOException {
    try (PDDocument doc = Loader.loadPDF(CommittedSamples.bytes(relative))) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(doc));
      }
      return pages;
    }
  }

  static List<Integer> pagesWith(List<String> pages, String phrase) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).contains(phrase)) {
        out.add(i + 1);
      }
    }
    return out;
  }

  private static String words(String text) {
    return text.trim().replaceAll("\\s+", " ");
  }
}
