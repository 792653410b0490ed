package org.istraga.samples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Builds the supplier's internal memo about the negotiations (DOCX, Serbian Latin) with
 * authorship metadata a provenance test can check: dc:creator and cp:lastModifiedBy are
 * different people, plus company, revision and created/modified dates.
 *
 * <p>The memo lives inside the ZIP archive ({@link ArchiveDocument}); this class returns its
 * bytes. Not thread-safe.
 */
final class MemoDocument {

  static final String CREATOR = "Snežana Ilić";
  static final String LAST_MODIFIED_BY = "Bojan Tešić";
  static final String COMPANY = SerbianTransliterator.toLatin(Story.SUPPLIER);
  static final String REVISION = "7";
  static final String TITLE = "Beleška o pregovorima sa MUP-om – Sigurni grad";
  static final LocalDateTime CREATED = LocalDateTime.of(2019, 8, 12, 12, 3, 0);
  static final LocalDateTime MODIFIED = LocalDateTime.of(2019, 8, 13, 14, 48, 0);
  static final String MEMO_NUMBER = "TN-INT-2019-082";

  /** The phrase about the GIS price that the memo asks to keep out of correspondence. */
  static final String KEY_SENTENCE =
      "Chen Liang traži da se iznos za GIS softver ne pominje u prepisci sa MUP-om.";

  byte[] build(FactSheet facts, String pathInArchive) throws IOException {
    byte[] raw;
    try (XWPFDocument doc = new XWPFDocument()) {
      para(doc, "INTERNA BELEŠKA", true, 14, ParagraphAlignment.CENTER);
      para(doc, COMPANY + " — Sektor prodaje i javnih nabavki", false, 11,
          ParagraphAlignment.CENTER);
      para(doc, "Broj: " + MEMO_NUMBER, false, 11, ParagraphAlignment.LEFT);
      para(doc, "Datum: 13.08.2019.", false, 11, ParagraphAlignment.LEFT);
      para(doc, "Za: " + SerbianTransliterator.toLatin(Story.SUPPLIER_DIRECTOR) + ", direktor",
          false, 11, ParagraphAlignment.LEFT);
      para(doc, "Od: " + CREATOR + ", rukovodilac javnih nabavki", false, 11,
          ParagraphAlignment.LEFT);
      para(doc, "Predmet: Pregovori sa MUP-om o ugovoru br. " + Story.CONTRACT_NUMBER
          + " (JN br. " + Story.PROCUREMENT_NUMBER + ")", true, 11, ParagraphAlignment.LEFT);
      para(doc, "Na sastanku održanom 12.08.2019. u Beogradu sa predstavnikom Sektora za"
          + " materijalno-finansijske poslove MUP-a (" + Story.MINISTRY_CONTACT_LATIN + ")"
          + " dogovoreni su konačni uslovi za proširenje eLTE mreže sistema „Sigurni grad“:"
          + " " + Story.BASE_STATIONS + " baznih stanica, kapacitet za do "
          + SerbianFormat.integer(Story.CAMERAS) + " kamera.", false, 11,
          ParagraphAlignment.BOTH);
      para(doc, Story.VENDOR + " je odobrio jednokratni popust od 57% na bazne stanice:"
          + " lista cena US$2,800,000.00 pada na US$1,204,000.00. Ukupna lista cena ponude je "
          + "US$" + SerbianFormat.amountEnglish(PriceAnnexWorkbook.totalList()) + ".", false, 11,
          ParagraphAlignment.BOTH);
      para(doc, "GIS softver (lista US$1,100,000.00) isporučuje se za US$71,371.00 (popust 92%"
          + " i kredit paketa US$16,629.00). " + KEY_SENTENCE, false, 11,
          ParagraphAlignment.BOTH);
      para(doc, "Ugovorena cena: " + SerbianFormat.amount(Story.RSD_NET) + " dinara bez PDV-a ("
          + SerbianFormat.amount(Story.EUR_NET) + " EUR). Avans 20%: "
          + SerbianFormat.amount(Story.RSD_ADVANCE) + " dinara, na račun "
          + Story.SUPPLIER_ACCOUNT + ". Instalaciju u Nišu radi "
          + SerbianTransliterator.toLatin(Story.SUBCONTRACTOR) + " Niš (PIB "
          + Story.SUBCONTRACTOR_PIB + ").", false, 11, ParagraphAlignment.BOTH);
      table(doc);
      para(doc, CREATOR, false, 11, ParagraphAlignment.RIGHT);
      setProperties(doc.getProperties());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      raw = out.toByteArray();
    }
    ObjectNode m = facts.section("memo");
    m.put("pathInArchive", pathInArchive);
    m.put("creator", CREATOR);
    m.put("lastModifiedBy", LAST_MODIFIED_BY);
    m.put("company", COMPANY);
    m.put("revision", REVISION);
    m.put("title", TITLE);
    m.put("created", OoxmlDates.w3c(CREATED));
    m.put("modified", OoxmlDates.w3c(MODIFIED));
    m.put("memoNumber", MEMO_NUMBER);
    m.put("keySentence", KEY_SENTENCE);
    return DeterministicZip.normalize(raw, MODIFIED.plusHours(2));
  }

  private static void table(XWPFDocument doc) {
    XWPFTable t = doc.createTable(4, 3);
    String[][] cells = {
      {"Stavka", "Lista (US$)", "Neto (US$)"},
      {"35 baznih stanica", "2,800,000.00", "1,204,000.00"},
      {"GIS softver", "1,100,000.00", "71,371.00"},
      {"Ukupno (sa instalacijom i obukom)",
          SerbianFormat.amountEnglish(PriceAnnexWorkbook.totalList()),
          SerbianFormat.amountEnglish(PriceAnnexWorkbook.totalNet())}
    };
    for (int r = 0; r < cells.length; r++) {
      XWPFTableRow row = t.getRow(r);
      for (int c = 0; c < cells[r].length; c++) {
        row.getCell(c).setText(cells[r][c]);
      }
    }
  }

  private static void para(XWPFDocument doc, String text, boolean bold, int size,
      ParagraphAlignment align) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(align);
    XWPFRun run = p.createRun();
    run.setText(text);
    run.setBold(bold);
    run.setFontSize(size);
    run.setFontFamily("Calibri");
  }

  private static void setProperties(POIXMLProperties props) {
    POIXMLProperties.CoreProperties core = props.getCoreProperties();
    core.setCreator(CREATOR);
    core.setLastModifiedByUser(LAST_MODIFIED_BY);
    core.setRevision(REVISION);
    core.setTitle(TITLE);
    core.setCreated(OoxmlDates.date(CREATED));
    core.setModified(OoxmlDates.date(MODIFIED));
    var ext = props.getExtendedProperties().getUnderlyingProperties();
    ext.setCompany(COMPANY);
    ext.setApplication("Microsoft Office Word");
    ext.setAppVersion("16.0000");
    ext.setTemplate("Normal.dotm");
    ext.setTotalTime(94);
  }
}
