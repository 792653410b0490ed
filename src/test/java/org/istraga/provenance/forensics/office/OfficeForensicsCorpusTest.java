package org.istraga.provenance.forensics.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.istraga.provenance.forensics.Flag;
import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * Office metadata on real documents. Expected OLE2 values were read with Python olefile
 * (SummaryInformation: author, last saved by, revision number, edit time in seconds, dates); OOXML
 * and ODF values from the XML parts with Python zipfile, counting {@code w:ins}, {@code w:moveTo},
 * {@code w:del}, {@code w:moveFrom}, comments and sheet states.
 */
class OfficeForensicsCorpusTest {

  private final ForensicAnalyzer analyzer = new ForensicAnalyzer(ForensicOptions.defaults());

  private ForensicReport office(String rel, String mediaType) {
    return analyzer.analyze(Corpus.file(rel), mediaType);
  }

  @Test
  void wordBinaryAuthorsRevisionAndEditTime() {
    ForensicReport r = office("e_office/E-MODELE_CONTRAT_2007_EN.doc", "application/msword");
    assertEquals("ole", r.format());
    OfficeFacts f = r.office();
    assertEquals("doc", f.container());
    assertEquals("sarazla", f.author());
    assertEquals("goedeja", f.lastModifiedBy());
    assertEquals("6", f.revisionNumber());
    assertEquals(142L, f.totalEditTimeMinutes()); // olefile: 8520 s
    assertEquals("2007-06-04T10:45:00Z", f.created());
    assertEquals("2007-06-06T18:23:00Z", f.modified());
    assertEquals("Normal.dot", f.template());
    Flag flag = r.flag(FlagName.AUTHOR_DIFFERS_FROM_LAST_MODIFIER).orElseThrow();
    assertEquals("sarazla", flag.evidence().get("author"));
    assertEquals("goedeja", flag.evidence().get("last_modified_by"));
  }

  @Test
  void authorsAndRevisionNumbersOfSeveralOleDocuments() {
    record Expected(String file, String author, String lastBy, String revision, Long minutes) {}
    for (Expected e :
        List.of(
            new Expected("e_office/ASU contract info sheet.doc", "jschwartz", "kjnovak", "2", 6L),
            new Expected(
                "e_office/contracts-yale-brooks2-03.doc",
                "Internet Legal Resource Guide",
                "Preferred Customer",
                "196",
                10387L),
            new Expected(
                "e_office/contract processing checklist.doc", "Pat Heisler", "lloyd", "14", 198L),
            new Expected(
                "e_office/OverviewContractAdmin.ppt", "Sandra Addison", "Irma Brown", "32", 404L),
            new Expected("e_office/bids.ppt", "agill", "kwhitney", "19", 379L),
            new Expected(
                "e_office/AdminContracts.doc", "Bonny Fleming", "Bonny Fleming", "2", null))) {
      OfficeFacts f = office(e.file(), null).office();
      assertEquals(e.author(), f.author(), e.file());
      assertEquals(e.lastBy(), f.lastModifiedBy(), e.file());
      assertEquals(e.revision(), f.revisionNumber(), e.file());
      assertEquals(e.minutes(), f.totalEditTimeMinutes(), e.file());
    }
    assertFalse(
        office("e_office/AdminContracts.doc", null)
            .hasFlag(FlagName.AUTHOR_DIFFERS_FROM_LAST_MODIFIER));
  }

  @Test
  void excelBinaryCompanyAndComments() {
    ForensicReport r =
        office("e_office/2007-04-02 ERA Contractors 2005.xls", "application/vnd.ms-excel");
    OfficeFacts f = r.office();
    assertEquals("xls", f.container());
    assertEquals("ERA", f.author());
    assertEquals("Monique Lenglet", f.lastModifiedBy());
    assertEquals("European Railway Agency", f.company());
    assertEquals("2006-02-02T10:08:54Z", f.created());
    assertEquals("2007-04-02T07:46:43Z", f.modified());
    assertNull(f.revisionNumber());
    assertEquals(List.of(), f.hiddenSheets());
  }

  @Test
  void docxTrackedChangesAndComments() {
    ForensicReport r = office("e_office/testWORD_2006ml.docx", null);
    assertEquals("ooxml", r.format());
    OfficeFacts f = r.office();
    assertEquals("docx", f.container());
    assertEquals("This is the Author", f.author());
    assertEquals("Allison, Timothy B.", f.lastModifiedBy());
    assertEquals("3", f.revisionNumber());
    assertEquals("2016-11-29T00:58:00Z", f.created());
    assertEquals("2016-11-29T17:54:00Z", f.modified());
    assertEquals(4, f.trackedInsertions()); // 2 w:ins + 2 w:moveTo
    assertEquals(25, f.trackedDeletions()); // 23 w:del + 2 w:moveFrom
    assertEquals(List.of("Allison, Timothy B."), f.trackedChangeAuthors());
    assertEquals(1, f.comments());
    assertEquals(List.of("Allison, Timothy B."), f.commentAuthors());
    Flag tc = r.flag(FlagName.OFFICE_TRACKED_CHANGES).orElseThrow();
    assertEquals("4", tc.evidence().get("insertions"));
    assertEquals("[\"Allison, Timothy B.\"]", tc.evidence().get("authors"));
    assertTrue(r.hasFlag(FlagName.OFFICE_COMMENTS));
  }

  @Test
  void commentsInXlsxAndPptx() {
    OfficeFacts xlsx = office("e_office/testComment.xlsx", null).office();
    assertEquals("xlsx", xlsx.container());
    assertEquals(1, xlsx.comments());
    assertEquals(List.of("Author"), xlsx.commentAuthors());
    OfficeFacts pptx = office("e_office/testComment.pptx", null).office();
    assertEquals("pptx", pptx.container());
    assertEquals(1, pptx.comments());
    assertEquals(List.of("Michael McCandless"), pptx.commentAuthors());
    assertEquals("2", pptx.revisionNumber());
    assertEquals(List.of(), pptx.hiddenSlides());
  }

  @Test
  void hiddenSheetIsFlagged() {
    ForensicReport r = office("e_office/CVLKRA-KYC_Download_File_Structure_V3.1.xlsx", null);
    assertEquals(
        List.of(new OfficeFacts.HiddenSheet("Country Master (2)", "hidden")),
        r.office().hiddenSheets());
    Flag f = r.flag(FlagName.OFFICE_HIDDEN_CONTENT).orElseThrow();
    assertEquals("[\"sheet \\\"Country Master (2)\\\" (hidden)\"]", f.evidence().get("hidden"));
    assertEquals("wenceslausf", r.office().author());
    assertEquals("Aishwarya.Deshmukh", r.office().lastModifiedBy());
  }

  @Test
  void odfMetaTrackedChangesAndAnnotations() {
    ForensicReport r = office("e_office/testODFwithOOo3.odt", null);
    assertEquals("odf", r.format());
    OfficeFacts f = r.office();
    assertEquals("odt", f.container());
    assertEquals("Bart Hanssens", f.author());
    assertEquals("Bart Hanssens", f.lastModifiedBy());
    assertEquals("2", f.revisionNumber());
    assertEquals(123L, f.totalEditTimeMinutes()); // PT02H03M24S
    assertEquals("2009-10-05T19:04:01Z", f.created());
    assertEquals(2, f.trackedInsertions());
    assertEquals(1, f.trackedDeletions());
    assertEquals(1, f.comments());
    assertEquals(List.of("Bart Hanssens"), f.commentAuthors());

    OfficeFacts ods = office("e_office/test-columnar.ods", null).office();
    assertEquals("ods", ods.container());
    assertEquals("henry feldman", ods.author());
    assertEquals("Nick Burch", ods.lastModifiedBy());
    assertEquals("3", ods.revisionNumber());
    assertEquals(2L, ods.totalEditTimeMinutes()); // PT2M38S
  }

  @Test
  void macrosAndEncryptionAreReported() {
    assertTrue(office("e_office/testWORD_macros.doc", null).hasFlag(FlagName.OFFICE_MACROS));
    ForensicReport enc =
        office("c_signed_or_protected_other/testWORD_protected_passtika.docx", null);
    assertEquals("ooxml-encrypted", enc.office().container());
    assertTrue(enc.office().encrypted());
    assertTrue(enc.hasFlag(FlagName.OFFICE_ENCRYPTED));
    ForensicReport odt = office("c_signed_or_protected_other/testODTEncrypted.odt", null);
    assertTrue(odt.office().encrypted());
    assertEquals(List.of(), odt.errors()); // encrypted parts are skipped, not misparsed
  }
}
