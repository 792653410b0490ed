package org.istraga.samples;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static org.istraga.samples.Block.body;
import static org.istraga.samples.Block.centered;
import static org.istraga.samples.Block.heading;
import static org.istraga.samples.Block.tie;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Writes Annex 1 (amendment for the sites in Niš) as a PDF with an incremental update: the
 * first revision (draft of 02.10.2019.) states one delivery date and amount; the update saved
 * on 09.10.2019. with PDFBox {@code saveIncremental} replaces the page content, so the file ends
 * with two {@code %%EOF} markers and the text of the first revision (the bytes up to the first
 * marker) differs from the current one in exactly those two values. The file name carries a
 * Serbian diacritic ({@code š}).
 *
 * <p>Not thread-safe.
 */
final class AmendmentDocument {

  static final String PATH = "leak/aneksi/Ugovor-Niš-izmena.pdf";
  static final String DEADLINE_BEFORE = "30.11.2019.";
  static final String DEADLINE_AFTER = "31.03.2020.";
  static final String AMOUNT_BEFORE = "12.450.000,00 dinara";
  static final String AMOUNT_AFTER = "14.980.000,00 dinara";
  static final String DEADLINE_LABEL = "Rok isporuke baznih stanica za lokacije u Nišu: ";
  static final String AMOUNT_LABEL = "Vrednost radova na lokacijama u Nišu: ";
  static final OffsetDateTime DRAFTED = OffsetDateTime.of(2019, 10, 2, 10, 5, 0, 0, Story.CEST);
  static final OffsetDateTime UPDATED = OffsetDateTime.of(2019, 10, 9, 14, 31, 0, 0, Story.CEST);

  private final SampleFonts fonts;
  private final TextPdfWriter writer;

  AmendmentDocument(SampleFonts fonts) {
    this.fonts = fonts;
    this.writer = new TextPdfWriter(fonts);
  }

  static PageSpec page(String deadline, String amount) {
    String contract = "Ugovor br. " + Story.CONTRACT_NUMBER;
    return new PageSpec(tie("Aneks br. 1 – " + contract), "Strana 1 od 1", List.of(
        centered(Face.SERIF_BOLD, 15f, "ANEKS BR. 1"),
        centered(Face.SERIF_BOLD, 12f, "uz " + tie(contract) + " o proširenju eLTE mreže"
            + " (JN br. " + Story.PROCUREMENT_NUMBER + ")"),
        Block.space(10f),
        body("Zaključen između Ministarstva unutrašnjih poslova Republike Srbije (Naručilac),"
            + " koje zastupa " + SerbianTransliterator.toLatin(Story.BUYER_SIGNATORY_TITLE) + " "
            + tie(SerbianTransliterator.toLatin(Story.BUYER_SIGNATORY)) + ", i "
            + tie(SerbianTransliterator.toLatin(Story.SUPPLIER)) + " (Dobavljač), koje zastupa"
            + " direktor " + tie(SerbianTransliterator.toLatin(Story.SUPPLIER_DIRECTOR)) + "."),
        heading("Član 1."),
        body("Menja se član 4. Ugovora u delu koji se odnosi na lokacije u Nišu, zbog"
            + " kašnjenja u izdavanju odobrenja za postavljanje antenskih stubova."),
        body(tie(DEADLINE_LABEL + deadline)),
        body(tie(AMOUNT_LABEL + amount) + " bez PDV-a."),
        heading("Član 2."),
        body("Ostale odredbe Ugovora ostaju neizmenjene. Aneks je sačinjen u 6 (šest)"
            + " istovetnih primeraka."),
        Block.space(30f),
        Block.columns("ZA NARUČIOCA\n\n\n________________________\n"
                + SerbianTransliterator.toLatin(Story.BUYER_SIGNATORY),
            "ZA DOBAVLJAČA\n\n\n________________________\n"
                + SerbianTransliterator.toLatin(Story.SUPPLIER_DIRECTOR))));
  }

  void write(LeakFiles files, FactSheet facts) throws IOException {
    String title = "Aneks br. 1 – Ugovor br. " + Story.CONTRACT_NUMBER + " (Niš)";
    String author = MemoDocument.LAST_MODIFIED_BY;
    List<LaidOutPage> first = writer.layout(List.of(page(DEADLINE_BEFORE, AMOUNT_BEFORE)));
    List<LaidOutPage> second = writer.layout(List.of(page(DEADLINE_AFTER, AMOUNT_AFTER)));
    byte[] revision1 = writer.write(first,
        new PdfInfo(title, author, "Izmena rokova i vrednosti za lokacije u Nišu",
            "Microsoft® Word 2016", DRAFTED, DRAFTED),
        "istraga-samples:amendment");
    byte[] both;
    try (PDDocument doc = Loader.loadPDF(revision1)) {
      PDPage page = doc.getPage(0);
      PdfPageWriter pages = new PdfPageWriter(doc, fonts);
      pages.draw(page, second.get(0), PDPageContentStream.AppendMode.OVERWRITE);
      page.getCOSObject().setNeedToBeUpdated(true);
      COSDictionary resources = page.getResources().getCOSObject();
      resources.setNeedToBeUpdated(true);
      COSDictionary fontDict = resources.getCOSDictionary(COSName.FONT);
      if (fontDict != null) {
        fontDict.setNeedToBeUpdated(true);
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setModificationDate(DeterministicPdf.calendar(UPDATED));
      info.getCOSObject().setNeedToBeUpdated(true);
      doc.getDocument().getTrailer().setItem(COSName.ID,
          DeterministicPdf.idArray("istraga-samples:amendment", "istraga-samples:amendment-2"));
      // On an incremental save PDFBox recomputes the changing half of /ID from this number
      // (the clock when unset), so fix it.
      doc.setDocumentId(UPDATED.toInstant().toEpochMilli());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.saveIncremental(out);
      both = out.toByteArray();
    }
    files.write(PATH, both);

    ObjectNode a = facts.section("incrementalUpdate");
    a.put("path", PATH);
    a.put("eofMarkers", 2);
    a.put("firstRevisionBytes", revision1.length);
    a.put("title", title);
    a.put("author", author);
    a.put("created", ISO_OFFSET_DATE_TIME.format(DRAFTED));
    a.put("modifiedFirstRevision", ISO_OFFSET_DATE_TIME.format(DRAFTED));
    a.put("modified", ISO_OFFSET_DATE_TIME.format(UPDATED));
    a.put("deadlineBefore", DEADLINE_LABEL + DEADLINE_BEFORE);
    a.put("deadlineAfter", DEADLINE_LABEL + DEADLINE_AFTER);
    a.put("amountBefore", AMOUNT_LABEL + AMOUNT_BEFORE);
    a.put("amountAfter", AMOUNT_LABEL + AMOUNT_AFTER);
  }
}
