package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Corpus;
import org.istraga.testing.RequiresCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Legacy Word and Outlook files of the real corpus whose text the fidelity audit found garbled or
 * incomplete ({@code org.istraga.ingest.tika.LegacyOfficeParser}): Word field codes in the text, an
 * Outlook message's plain body that says more than its HTML. Skipped with a message without the
 * corpus.
 */
@RequiresCorpus
class LegacyOfficeTextCorpusTest {

  @TempDir static Path tmp;
  private static CaseRecords recs;

  @BeforeAll
  static void ingest() throws Exception {
    Path checklist = Corpus.file("e_office/contract processing checklist.doc");
    Path law = Corpus.file("i_serbian/crta_government_docs/Zakon-o-udruzenjima.doc");
    Path chinese = Corpus.file("f_email/testMSG_chinese.msg");
    Path welcome = Corpus.file("f_email/test-outlook2003.msg");
    Path plainAsShown = Corpus.file("f_email/testMSG.msg");
    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", checklist.toString(),
        law.toString(), chinese.toString(), welcome.toString(), plainAsShown.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    recs = CaseRecords.read(caseDir);
  }

  @Test
  void aHyperlinkInAFootnoteReadsAsItsText() {
    DocumentRecord d = recs.byPathSuffix("contract processing checklist.doc");
    assertEquals("ok", d.status, d.statusReason);
    assertTrue(d.text.contains("Please check the Comptroller’s website to determine if the contractor"), d.text);
    assertFalse(d.text.contains("HYPERLINK"), d.text);
    assertFalse(d.text.contains("\uFFFD"), "no field or note mark left as U+FFFD");
  }

  @Test
  void articleNumbersComputedByWordAreNoCodeWords() {
    DocumentRecord d = recs.byPathSuffix("Zakon-o-udruzenjima.doc");
    assertFalse(d.text.contains("AUTONUM"), "Word's AUTONUM field instruction is not text");
    assertTrue(d.text.contains("Члан"), d.text);
    assertTrue(d.text.contains("Овим законом уређују се оснивање и правни положај удружења"), d.text);
  }

  @Test
  void thePlainBodyOfAnOutlookMessageAddsWhatItsHtmlLacks() {
    DocumentRecord chinese = recs.byPathSuffix("testMSG_chinese.msg");
    assertTrue(chinese.text.contains("Search word testing by Lydia"), chinese.text);
    DocumentRecord welcome = recs.byPathSuffix("test-outlook2003.msg");
    // the plain body lists where the HTML's links point
    assertTrue(welcome.text.contains("http://r.office.microsoft.com/r/rlidOutlookWelcomeMail1?clid=1033"),
        welcome.text);
    assertEquals(1, count(welcome.text, "Streamlined Mail Experience - Outlook helps you read"),
        "the HTML's paragraph once, as shown");
  }

  @Test
  void aPlainBodyThatRepeatsTheShownOneIsNotAdded() {
    DocumentRecord d = recs.byPathSuffix("testMSG.msg");
    assertEquals(1, count(d.text, "As discussed, I've been working on making the type detection code"), d.text);
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
