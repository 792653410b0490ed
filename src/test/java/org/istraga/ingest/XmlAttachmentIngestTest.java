package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Base64;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.istraga.testing.TextPdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file carried inside XML as base64 (Serbia's SEF e-invoices embed the invoice's PDF in
 * {@code cac:AdditionalDocumentReference/cac:Attachment/cbc:EmbeddedDocumentBinaryObject}) is a
 * child document of the XML, through the real ingest: named by its filename, its text extracted
 * and searchable, its bytes hashed; the base64 itself is no text of the invoice. Every file is
 * written here (invented firms).
 */
class XmlAttachmentIngestTest {

  @TempDir static Path tmp;
  static CaseRecords recs;
  static byte[] pdf;

  static String invoice(String attachments) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""
        + " xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\""
        + " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">"
        + "<cbc:ID>F-2019-117</cbc:ID><cbc:IssueDate>2019-03-14</cbc:IssueDate>"
        + attachments
        + "<cac:LegalMonetaryTotal><cbc:PayableAmount currencyID=\"RSD\">3300000.00</cbc:PayableAmount>"
        + "</cac:LegalMonetaryTotal></Invoice>";
  }

  @BeforeAll
  static void ingest() throws Exception {
    pdf = TextPdfs.of(List.of("Faktura F-2019-117 Vrelo Gradnja d.o.o. ukupno za uplatu 3.300.000,00 RSD"));
    String b64 = Base64.getMimeEncoder().encodeToString(pdf); // wrapped at 76 chars, as producers write it
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("sef-faktura.xml"), invoice(
        "<cac:AdditionalDocumentReference><cbc:ID>F-2019-117</cbc:ID><cac:Attachment>"
            + "<cbc:EmbeddedDocumentBinaryObject mimeCode=\"application/pdf\" filename=\"F-2019-117.pdf\">\n"
            + b64 + "\n</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>"));
    Evidence.write(leak.resolve("not-base64.xml"), invoice(
        "<cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode=\"text/plain\">vidi prilog: ugovor"
            + " o nabavci</cbc:EmbeddedDocumentBinaryObject></cac:Attachment>"));
    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    recs = CaseRecords.read(caseDir);
  }

  @Test
  void theEmbeddedPdfIsAChildOfTheInvoiceWithItsTextAndHash() throws Exception {
    DocumentRecord xml = recs.byPathSuffix("sef-faktura.xml");
    DocumentRecord child = recs.byPathSuffix("sef-faktura.xml!/F-2019-117.pdf");
    Occurrence o = child.occurrences.stream().filter(x -> x.path().endsWith("!/F-2019-117.pdf")).findFirst()
        .orElseThrow();
    assertEquals(xml.id, o.parent());
    assertEquals(1, o.depth());
    assertEquals("pdf", child.typeGroup);
    assertNotNull(child.text);
    assertTrue(child.text.contains("ukupno za uplatu"), child.text);
    assertEquals(org.istraga.store.Hashes.sha256(pdf), child.id, "the child is the decoded bytes");
  }

  @Test
  void theBase64IsNoTextOfTheInvoiceAndItsAmountsStay() {
    DocumentRecord xml = recs.byPathSuffix("sef-faktura.xml");
    assertFalse(xml.text.contains("JVBERi"), "the PDF's base64 is not indexed as words");
    assertTrue(xml.text.contains("F-2019-117"), xml.text);
    assertTrue(xml.entities.stream().anyMatch(e -> e.type().equals("money") && e.value().equals("3300000 RSD")),
        () -> xml.entities.toString());
  }

  @Test
  void aBinaryObjectElementHoldingPlainTextKeepsItAsText() {
    DocumentRecord xml = recs.byPathSuffix("not-base64.xml");
    assertTrue(xml.text.contains("vidi prilog: ugovor o nabavci"), xml.text);
    assertFalse(recs.find("not-base64.xml!/").isPresent(), "no child from text that is not base64");
  }
}
