package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.document.EntityMention;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Structured XML through the real ingest: amounts whose currency is an attribute or a sibling
 * element are money with that currency and their XML decimal value, values of neighbouring
 * elements never join into a mention, and tax ids keep being found. Every file is written here
 * (invented firms, realistic vocabularies: UBL 2.1 as Serbia's SEF writes it, ISO 20022
 * pain.001 and camt.053, an eForms notice, OCDS as XML).
 */
class XmlDataIngestTest {

  @TempDir static Path tmp;
  static CaseRecords recs;

  static final String UBL_NS = "xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\""
      + " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\"";

  /** A one-line SEF invoice (the case of the brief: the day of the issue date and the currency code). */
  static final String INVOICE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" " + UBL_NS + ">"
      + "<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:mfin.gov.rs:srbdt:2021</cbc:CustomizationID>"
      + "<cbc:ID>F-2019-117</cbc:ID><cbc:IssueDate>2019-03-14</cbc:IssueDate>"
      + "<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode><cbc:DocumentCurrencyCode>RSD</cbc:DocumentCurrencyCode>"
      + "<cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID=\"9948\">101134702</cbc:EndpointID>"
      + "<cac:PartyName><cbc:Name>Vrelo Gradnja d.o.o.</cbc:Name></cac:PartyName>"
      + "<cac:PartyTaxScheme><cbc:CompanyID>RS101134702</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>"
      + "<cac:PartyLegalEntity><cbc:RegistrationName>Vrelo Gradnja d.o.o.</cbc:RegistrationName><cbc:CompanyID>07025246</cbc:CompanyID></cac:PartyLegalEntity>"
      + "</cac:Party></cac:AccountingSupplierParty>"
      + "<cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Ministarstvo unutrašnjih poslova</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>"
      + "<cac:TaxTotal><cbc:TaxAmount currencyID=\"RSD\">550000.00</cbc:TaxAmount></cac:TaxTotal>"
      + "<cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID=\"RSD\">2750000.00</cbc:LineExtensionAmount>"
      + "<cbc:TaxExclusiveAmount currencyID=\"RSD\">2750000.00</cbc:TaxExclusiveAmount>"
      + "<cbc:PayableAmount currencyID=\"RSD\">3300000.00</cbc:PayableAmount></cac:LegalMonetaryTotal>"
      + "<cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode=\"H87\">14</cbc:InvoicedQuantity>"
      + "<cbc:LineExtensionAmount currencyID=\"RSD\">2750000.00</cbc:LineExtensionAmount>"
      + "<cac:Price><cbc:PriceAmount currencyID=\"RSD\">196428.5714</cbc:PriceAmount></cac:Price></cac:InvoiceLine>"
      + "</Invoice>";

  /** A pretty-printed credit note with a three-decimal amount (never read as thousands). */
  static final String CREDIT_NOTE = """
      <?xml version="1.0" encoding="UTF-8"?>
      <CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
          %s>
        <cbc:ID>KO-2020-9</cbc:ID>
        <cbc:IssueDate>2020-11-02</cbc:IssueDate>
        <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
        <cac:AccountingSupplierParty>
          <cac:Party>
            <cac:PartyName>
              <cbc:Name>Dunav Projekt d.o.o.</cbc:Name>
            </cac:PartyName>
          </cac:Party>
        </cac:AccountingSupplierParty>
        <cac:AccountingCustomerParty>
          <cac:Party>
            <cac:PartyName>
              <cbc:Name>Kvarc Inženjering</cbc:Name>
            </cac:PartyName>
            <cac:Contact><cbc:Name>Marko Marković</cbc:Name></cac:Contact>
          </cac:Party>
        </cac:AccountingCustomerParty>
        <cac:LegalMonetaryTotal>
          <cbc:TaxExclusiveAmount currencyID="EUR">1500.000</cbc:TaxExclusiveAmount>
          <cbc:PayableAmount currencyID="EUR">
            1800.00
          </cbc:PayableAmount>
        </cac:LegalMonetaryTotal>
      </CreditNote>
      """.formatted(UBL_NS);

  static final String PAIN_001 = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">
        <CstmrCdtTrfInitn>
          <GrpHdr><MsgId>PAY-2021-04-07</MsgId><CreDtTm>2021-04-07T10:15:00</CreDtTm>
            <NbOfTxs>1</NbOfTxs><CtrlSum>1500.00</CtrlSum></GrpHdr>
          <PmtInf>
            <PmtInfId>P1</PmtInfId><ReqdExctnDt>2021-04-08</ReqdExctnDt>
            <Dbtr><Nm>Sava Trejd d.o.o.</Nm></Dbtr>
            <CdtTrfTxInf>
              <PmtId><EndToEndId>E2E-7</EndToEndId></PmtId>
              <Amt><InstdAmt Ccy="EUR">1500.00</InstdAmt></Amt>
              <Cdtr><Nm>Alpina Consulting GmbH</Nm></Cdtr>
            </CdtTrfTxInf>
          </PmtInf>
        </CstmrCdtTrfInitn>
      </Document>
      """;

  static final String CAMT_053 = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
        <BkToCstmrStmt><Stmt><Id>IZV-88</Id><CreDtTm>2022-01-31T18:00:00</CreDtTm>
          <Bal><Amt Ccy="RSD">12345678.90</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2022-01-31</Dt></Dt></Bal>
          <Ntry><Amt Ccy="RSD">250000</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2022-01-17</Dt></BookgDt></Ntry>
        </Stmt></BkToCstmrStmt>
      </Document>
      """;

  static final String EFORMS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2"
          %s>
        <cbc:ID>f1c3a9e0-0000-4000-8000-000000000001</cbc:ID>
        <cbc:IssueDate>2023-05-19+02:00</cbc:IssueDate>
        <cac:ProcurementProject>
          <cbc:Name>Rekonstrukcija mosta</cbc:Name>
          <cac:RequestedTenderTotal>
            <cbc:EstimatedOverallContractAmount currencyID="EUR">4200000</cbc:EstimatedOverallContractAmount>
          </cac:RequestedTenderTotal>
        </cac:ProcurementProject>
      </ContractNotice>
      """.formatted(UBL_NS);

  /** OCDS as XML: amount and currency as sibling elements, in both orders. */
  static final String OCDS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <release>
        <ocid>ocds-abc123-2019-55</ocid>
        <date>2019-06-01</date>
        <tender><value><amount>980000.5</amount><currency>USD</currency></value></tender>
        <awards><award><value><currency>EUR</currency><amount>75000</amount></value></award></awards>
        <planning><budget><amount>12</amount><description>stavki</description></budget></planning>
      </release>
      """;

  @BeforeAll
  static void ingest() throws Exception {
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("faktura.xml"), INVOICE);
    Evidence.write(leak.resolve("knjizno.xml"), CREDIT_NOTE);
    Evidence.write(leak.resolve("pain001.xml"), PAIN_001);
    Evidence.write(leak.resolve("camt053.xml"), CAMT_053);
    Evidence.write(leak.resolve("notice.xml"), EFORMS);
    Evidence.write(leak.resolve("release.xml"), OCDS);
    Evidence.write(leak.resolve("table.csv"), "Datum,Valuta,Iznos\n2019-03-14,RSD,1500\n");
    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    recs = CaseRecords.read(caseDir);
  }

  @Test
  void invoiceAmountsAreMoneyInTheirAttributeCurrency() {
    DocumentRecord r = recs.byPathSuffix("faktura.xml");
    assertEquals(Set.of("550000 RSD", "2750000 RSD", "3300000 RSD", "196428.5714 RSD"), money(r));
    EntityMention payable = r.entities.stream().filter(e -> "3300000 RSD".equals(e.value())).findFirst().orElseThrow();
    assertEquals("3300000.00", r.text.substring(payable.start(), payable.end()), "the mention covers the figure");
    assertEquals("RSD", payable.currency());
    assertEquals(0, new java.math.BigDecimal("3300000").compareTo(payable.amount()));
  }

  @Test
  void neighbouringElementsNeverJoin() {
    DocumentRecord r = recs.byPathSuffix("faktura.xml");
    assertFalse(money(r).contains("14 RSD"), r.entities::toString);
    assertTrue(values(r, "date").contains("2019-03-14"), r.entities::toString);
    assertTrue(r.text.contains("\n\n2019-03-14\n\n380\n\nRSD\n\n"), "each element's value a paragraph: " + r.text);
    assertFalse(money(recs.byPathSuffix("table.csv")).contains("14 RSD"), "CSV cells do not join either");
  }

  @Test
  void invoiceIdsAndPartiesAreFound() {
    DocumentRecord r = recs.byPathSuffix("faktura.xml");
    assertEquals(2, r.entities.stream().filter(e -> "pib".equals(e.type()) && "101134702".equals(e.value())).count(),
        "the PIB of EndpointID schemeID=9948 and the VAT id RS101134702: " + r.entities);
    assertEquals(Set.of("07025246"), values(r, "mb"), "PartyLegalEntity/CompanyID is the matični broj");
    Set<String> orgs = values(r, "org");
    assertTrue(orgs.contains("vrelo gradnja d.o.o."), orgs::toString);
    assertTrue(orgs.stream().anyMatch(o -> o.startsWith("ministarstvo unutrasnjih poslova")), orgs::toString);
  }

  @Test
  void creditNoteDecimalsAreXmlDecimals() {
    assertEquals(Set.of("1500 EUR", "1800 EUR"), money(recs.byPathSuffix("knjizno.xml")));
  }

  @Test
  void partyNamesWithoutALegalFormAreOrganizations() {
    DocumentRecord r = recs.byPathSuffix("knjizno.xml");
    Set<String> orgs = values(r, "org");
    assertTrue(orgs.contains("kvarc inzenjering"), orgs::toString);
    assertTrue(orgs.contains("dunav projekt d.o.o."), orgs::toString);
    assertFalse(orgs.stream().anyMatch(o -> o.contains("markovic")), "a contact's name is no party: " + orgs);
    assertFalse(values(recs.byPathSuffix("pain001.xml"), "org").stream().anyMatch(o -> o.startsWith("alpina") && !o.contains("gmbh")),
        "ISO 20022 names are left to the recognizers");
  }

  @Test
  void paymentFilesAndStatementsGiveTheirAmounts() {
    assertEquals(Set.of("1500 EUR"), money(recs.byPathSuffix("pain001.xml")), "CtrlSum has no currency");
    assertEquals(Set.of("12345678.9 RSD", "250000 RSD"), money(recs.byPathSuffix("camt053.xml")));
  }

  @Test
  void noticeAndOcdsAmounts() {
    assertEquals(Set.of("4200000 EUR"), money(recs.byPathSuffix("notice.xml")));
    assertEquals(Set.of("980000.5 USD", "75000 EUR"), money(recs.byPathSuffix("release.xml")),
        "an amount without an adjacent currency element is no money");
  }

  @Test
  void amountFieldsSurviveInTheStoredRecord() {
    DocumentRecord r = recs.byPathSuffix("camt053.xml");
    assertEquals(2, r.dataFields.size(), r.dataFields::toString);
    assertEquals("RSD", r.dataFields.get(0).currency());
    assertEquals("money", r.dataFields.get(0).kind());
    assertFalse(r.metadata.containsKey("istraga:fields"), "the side channel is not metadata");
  }

  @Test
  void aRetagKeepsTheDataFieldsMentions() throws Exception {
    Path list = Evidence.write(tmp.resolve("watch.tsv"), "Vrelo Gradnja\n");
    Cli.Result w = Cli.run("watchlist", "--case", tmp.resolve("case").toString(), list.toString());
    assertEquals(ExitCode.OK, w.code(), w::toString);
    DocumentRecord r = CaseRecords.read(tmp.resolve("case")).byPathSuffix("faktura.xml");
    assertEquals(money(recs.byPathSuffix("faktura.xml")), money(r));
    assertEquals(Set.of("07025246"), values(r, "mb"));
    assertTrue(values(r, "watchlist").contains("Vrelo Gradnja"), r.entities::toString);
  }

  private static Set<String> money(DocumentRecord r) {
    return values(r, "money");
  }

  private static Set<String> values(DocumentRecord r, String type) {
    Set<String> out = new TreeSet<>();
    for (EntityMention e : r.entities) {
      if (type.equals(e.type())) {
        out.add(e.value());
      }
    }
    return out;
  }

}
