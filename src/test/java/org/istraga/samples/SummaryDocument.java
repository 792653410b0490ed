package org.istraga.samples;

import static org.istraga.samples.Block.paragraph;
import static org.istraga.samples.Block.tie;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Writes the vendor's English deal summary (one-page text PDF): "Safe City", eLTE, 35 units,
 * 3,500 cameras, the 57% and 92% discounts and the US$71,371 GIS price, with names spelled
 * without diacritics (Djordje Radenkovic, Nis) as English documents do.
 *
 * <p>Not thread-safe.
 */
final class SummaryDocument {

  static final String PATH = "leak/izvestaji/Safe-City-eLTE-deal-summary-EN.pdf";
  static final OffsetDateTime WRITTEN = OffsetDateTime.of(2019, 8, 20, 16, 10, 0, 0, Story.CEST);

  /** Phrases tests may look up in the summary. */
  static final List<String> PHRASES = List.of(
      "Safe City", "eLTE", "35 units", "3,500 cameras", "57%", "92%", "US$71,371",
      "US$1,204,000", "US$2,800,000", "US$1,100,000", Story.VENDOR, Story.CONTRACT_NUMBER,
      Story.SUPPLIER_DIRECTOR_ASCII, "Nis");

  private final TextPdfWriter writer;

  SummaryDocument(SampleFonts fonts) {
    this.writer = new TextPdfWriter(fonts);
  }

  static PageSpec page() {
    String list = "US$" + SerbianFormat.amountEnglish(PriceAnnexWorkbook.totalList())
        .replace(".00", "");
    String net = "US$" + SerbianFormat.amountEnglish(PriceAnnexWorkbook.totalNet())
        .replace(".00", "");
    return new PageSpec(tie("Huaxing Networks – CONFIDENTIAL – internal use only"),
        "Page 1 of 1", List.of(
        paragraph(Face.SANS_BOLD, 15f, "Serbia \"Safe City\" – eLTE network expansion", 0f),
        paragraph(Face.SANS, 11f, "Deal summary for regional management, 20 August 2019."
            + " Prepared by " + Story.VENDOR_PERSON + ".", 4f),
        paragraph(Face.SANS_BOLD, 12f, "Customer and contract", 11f),
        paragraph(Face.SANS, 11f, "Customer: Ministry of Interior of the Republic of Serbia"
            + " (MUP). Local partner and contracting party: Telekom Nova d.o.o., Belgrade"
            + " (director " + tie(Story.SUPPLIER_DIRECTOR_ASCII) + "). Contract no. "
            + Story.CONTRACT_NUMBER + ", public procurement no. " + Story.PROCUREMENT_NUMBER
            + ", signed in Belgrade on 14 August 2019.", 5f),
        paragraph(Face.SANS_BOLD, 12f, "Scope", 11f),
        paragraph(Face.SANS, 11f, "Expansion of the customer's eLTE network with "
            + tie("35 units") + " (eLTE base stations) of " + tie(Story.VENDOR) + ", giving"
            + " capacity for up to " + tie("3,500 cameras") + " of the Safe City video"
            + " surveillance system in Belgrade, Novi Sad and Nis, plus a GIS software licence."
            + " Delivery within 120 days.", 5f),
        paragraph(Face.SANS_BOLD, 12f, "Pricing", 11f),
        paragraph(Face.SANS, 11f, "Total list price " + list + ", i.e. well over US$3"
            + " million. The 35 base stations, listed at " + tie("US$2,800,000") + ", carry a"
            + " one-time " + tie("57% discount") + " and are sold for " + tie("US$1,204,000")
            + " (about US$1.2 million). The GIS software, listed at " + tie("US$1,100,000")
            + ", is sold for " + tie("US$71,371") + " after a " + tie("92% discount") + " and a"
            + " bundle credit of US$16,629. Net total " + net + ", equal to EUR 1,264,833.90"
            + " at 0.90; in the contract 148,657,952.00 dinars before VAT.", 5f),
        paragraph(Face.SANS_BOLD, 12f, "Risks", 11f),
        paragraph(Face.SANS, 11f, "The discount is not to be repeated in later phases. The"
            + " customer must not learn the GIS software price from the partner's"
            + " correspondence. Sites in Nis depend on permits for antenna masts; a delay of"
            + " the Nis deliveries to March 2020 is likely (annex in preparation).", 5f),
        paragraph(Face.SANS_BOLD, 12f, "People", 11f),
        paragraph(Face.SANS, 11f, tie(Story.SUPPLIER_DIRECTOR_ASCII) + " (director, Telekom"
            + " Nova), Vesna Mirkovic (key account manager, Telekom Nova), Milorad Jeremic"
            + " (assistant minister, MUP), Nenad Obradovic (MUP procurement).", 5f)));
  }

  void write(LeakFiles files, FactSheet facts) throws IOException {
    List<LaidOutPage> pages = writer.layout(List.of(page()));
    for (String phrase : PHRASES) {
      if (TextPdfWriter.pagesContaining(pages, phrase).isEmpty()) {
        throw new IllegalStateException("the summary must print \"" + phrase + "\" on one line");
      }
    }
    String title = "Serbia Safe City – eLTE deal summary";
    files.write(PATH, writer.write(pages,
        new PdfInfo(title, Story.VENDOR_PERSON, "MUP eLTE expansion, contract "
            + Story.CONTRACT_NUMBER, "Microsoft® Word for Microsoft 365", WRITTEN, WRITTEN),
        "istraga-samples:summary-en"));
    ObjectNode s = facts.section("summary");
    s.put("path", PATH);
    s.put("language", "en");
    s.put("title", title);
    s.put("author", Story.VENDOR_PERSON);
    s.put("pages", pages.size());
    ArrayNode p = s.putArray("phrases");
    PHRASES.forEach(p::add);
  }
}
