package org.istraga.samples;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes the contract twice, in Cyrillic and as its Latin twin, and records where each key
 * phrase is printed. Generation fails if a phrase is missing or the page-3 phrase is printed
 * anywhere but page 3.
 *
 * <p>Not thread-safe.
 */
final class ContractDocuments {

  static final String CYRILLIC_PATH = "leak/ugovori/Ugovor-404-02-117-2019-06-cirilica.pdf";
  static final String LATIN_PATH = "leak/ugovori/Ugovor-404-02-117-2019-06-latinica.pdf";

  /** What later documents need: the Latin PDF (mailed, duplicated) and the signature page. */
  record Result(byte[] latinPdf, LaidOutPage cyrillicLastPage, int pageCount) {}

  private final TextPdfWriter writer;

  ContractDocuments(SampleFonts fonts) {
    this.writer = new TextPdfWriter(fonts);
  }

  Result write(LeakFiles files, FactSheet facts) throws IOException {
    List<PageSpec> cyrillicSpec = ContractText.pages();
    List<PageSpec> latinSpec =
        cyrillicSpec.stream().map(p -> p.mapText(SerbianTransliterator::toLatin)).toList();
    List<LaidOutPage> cyrillic = writer.layout(cyrillicSpec);
    List<LaidOutPage> latin = writer.layout(latinSpec);

    String title = "Уговор бр. " + Story.CONTRACT_NUMBER;
    String author = "МУП – Сектор за материјално-финансијске послове";
    String subject = "Проширење eLTE мреже – ЈН бр. " + Story.PROCUREMENT_NUMBER;
    files.write(CYRILLIC_PATH, writer.write(cyrillic,
        new PdfInfo(title, author, subject, "Microsoft® Word 2016", Story.CONTRACT_WRITTEN,
            Story.CONTRACT_WRITTEN),
        "istraga-samples:contract-cyrillic"));
    byte[] latinPdf = files.write(LATIN_PATH, writer.write(latin,
        new PdfInfo(SerbianTransliterator.toLatin(title), SerbianTransliterator.toLatin(author),
            SerbianTransliterator.toLatin(subject), "Microsoft® Word 2016",
            Story.CONTRACT_WRITTEN.plusMinutes(25), Story.CONTRACT_WRITTEN.plusMinutes(25)),
        "istraga-samples:contract-latin"));

    ObjectNode c = facts.section("contract");
    c.put("cyrillicPdf", CYRILLIC_PATH);
    c.put("latinPdf", LATIN_PATH);
    c.put("pages", cyrillic.size());
    c.put("title", title);
    c.put("titleLatin", SerbianTransliterator.toLatin(title));
    c.put("author", author);
    c.put("authorLatin", SerbianTransliterator.toLatin(author));
    c.put("created", ISO_OFFSET_DATE_TIME.format(Story.CONTRACT_WRITTEN));
    c.put("createdLatin", ISO_OFFSET_DATE_TIME.format(Story.CONTRACT_WRITTEN.plusMinutes(25)));
    ObjectNode p3 = c.putObject("page3Phrase");
    p3.put("page", ContractText.PAGE3);
    p3.put("cyrillic", ContractText.PAGE3_PHRASE);
    p3.put("latin", SerbianTransliterator.toLatin(ContractText.PAGE3_PHRASE));
    ArrayNode phrases = c.putArray("phrases");
    for (Map.Entry<String, String> e : ContractText.phrases().entrySet()) {
      String cyr = e.getValue();
      String lat = SerbianTransliterator.toLatin(cyr);
      List<Integer> pagesCyr = TextPdfWriter.pagesContaining(cyrillic, cyr);
      List<Integer> pagesLat = TextPdfWriter.pagesContaining(latin, lat);
      if (pagesCyr.isEmpty() || !pagesCyr.equals(pagesLat)) {
        throw new IllegalStateException("phrase " + e.getKey() + " is printed on pages "
            + pagesCyr + " (Cyrillic) and " + pagesLat + " (Latin); fix ContractText");
      }
      ObjectNode ph = phrases.addObject();
      ph.put("key", e.getKey());
      ph.put("cyrillic", cyr);
      ph.put("latin", lat);
      ArrayNode pages = ph.putArray("pages");
      pagesCyr.forEach(pages::add);
    }
    if (!TextPdfWriter.pagesContaining(cyrillic, ContractText.PAGE3_PHRASE)
        .equals(List.of(ContractText.PAGE3))) {
      throw new IllegalStateException("the page-3 phrase must be printed on page 3 only");
    }
    return new Result(latinPdf, cyrillic.get(cyrillic.size() - 1), cyrillic.size());
  }
}
