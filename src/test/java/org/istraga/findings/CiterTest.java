package org.istraga.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.istraga.IstragaException;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.junit.jupiter.api.Test;

class CiterTest {

  /** A three-page record laid out like extracted PDF text: lines, a hyphenated word, Cyrillic. */
  private static DocumentRecord record() {
    String p1 = "УГОВОР О НАБАВЦИ\nЗакључен дана 14. августа 2019. године између\nМинистарства унутрашњих послова и\n\n";
    String p2 = "Члан 3.\nИзворни код GIS софтвера депону-\nје се код јавног бележника у Нишу.\nРок: 30 дана.\n\n";
    String p3 = "Telekom Nova d.o.o. – Novi Beograd\nUkupna vrednost: 1.264.833,90 EUR\n";
    DocumentRecord r = new DocumentRecord();
    r.id = "ab".repeat(32);
    r.text = p1 + p2 + p3;
    r.pageStarts = new int[] {0, p1.length(), p1.length() + p2.length()};
    r.pageCount = 3;
    r.title = "Уговор";
    r.authors = List.of("МУП");
    r.mediaType = "application/pdf";
    r.status = "ok";
    r.occurrences = List.of(new Occurrence("/leak/ugovor.pdf", "/leak", null, r.id, 0, "ugovor.pdf", 0L));
    return r;
  }

  @Test
  void latinQuoteOfCyrillicTextAcrossHyphenatedLineBreakGivesExactOffsets() {
    DocumentRecord r = record();
    Citation c = new Citer().cite(r, 2, "izvorni kod GIS softvera deponuje se kod javnog beleznika u Nisu", "ana");
    assertEquals("Изворни код GIS софтвера депону-\nје се код јавног бележника у Нишу", c.quote());
    assertEquals(c.quote(), r.text.substring(c.start(), c.end()));
    int pageStart = r.pageStarts[1];
    assertEquals(c.start() - pageStart, c.pageStart());
    assertEquals(c.end() - pageStart, c.pageEnd());
    assertEquals("Члан 3.\n", c.prefix());
    assertEquals(".\nРок: 30 дана.\n\n", c.suffix());
    assertEquals(Citation.keyOf("abababababab", 2, c.start()), c.key());
    assertEquals(List.of("/leak/ugovor.pdf"), c.paths());
    assertEquals("ana", c.user());
    assertTrue(c.paged());
    assertEquals("izvorni kod GIS softvera deponuje se kod javnog beleznika u Nisu", c.requestedQuote());
  }

  @Test
  void whitespaceCaseDashesAndExactQuoteAreTolerated() {
    DocumentRecord r = record();
    Citation c = new Citer().cite(r, 3, "TELEKOM NOVA d.o.o. - Novi   Beograd", "ana");
    assertEquals("Telekom Nova d.o.o. – Novi Beograd", c.quote());
    Citation exact = new Citer().cite(r, 1, "Закључен дана 14. августа 2019. године", "ana");
    assertNull(exact.requestedQuote());
    assertEquals("УГОВОР О НАБАВЦИ\n", exact.prefix());
  }

  @Test
  void spacingAroundHyphensAndDashesNeverMatters() {
    String text = "Predmet ovog ugo-\nvora je oprema.\nPeriod 2019 -\n2021, stav 42.4:-\n\u201cDržava\u201d plaća\n"
        + "avans; rok: 1990 \u2013 1991; Beograd\u2013Niš; ugo\u00ac\nvor.\nKompajleri \u2014 inkrementalni.\n";
    DocumentRecord r = record();
    r.text = text;
    r.pageStarts = new int[] {0};
    r.pageCount = 1;
    Citer citer = new Citer();
    // a line-end hyphen quoted with a space after it, or joined
    assertEquals("ugo-\nvora je", citer.cite(r, 1, "ugo- vora je", "ana").quote());
    assertEquals("ugo-\nvora je", citer.cite(r, 1, "ugovora je", "ana").quote());
    // a hyphen before a line break, quoted with spaces or none
    assertEquals("2019 -\n2021", citer.cite(r, 1, "2019 - 2021", "ana").quote());
    assertEquals("-\n2021", citer.cite(r, 1, "- 2021", "ana").quote());
    assertEquals("42.4:-\n\u201cDržava", citer.cite(r, 1, "42.4:- \"Drzava", "ana").quote());
    // dashes typed as hyphens; a quote that starts or ends at a dash between words
    assertEquals("1990 \u2013 1991", citer.cite(r, 1, "1990 - 1991", "ana").quote());
    assertEquals("\u2013 1991", citer.cite(r, 1, "- 1991", "ana").quote());
    assertEquals("Beograd\u2013Niš", citer.cite(r, 1, "Beograd-Nis", "ana").quote());
    // a not sign some extractors give for a line-end hyphen
    assertEquals("ugo\u00ac\nvor.", citer.cite(r, 1, "ugovor.", "ana").quote());
    assertEquals("\u2014 inkrementalni", citer.cite(r, 1, "\u2014 Inkrementalni", "ana").quote());
    assertEquals("Kompajleri \u2014", citer.cite(r, 1, "kompajleri -", "ana").quote());
    // a quote copied up to a line-end hyphen: its words before the hyphen
    Citation cut = citer.cite(r, 1, "Predmet ovog ugo-", "ana");
    assertEquals("Predmet ovog ugo", cut.quote());
    assertEquals("Predmet ovog ugo-", cut.requestedQuote());
    assertEquals("rok: 1990 \u2013", citer.cite(r, 1, "rok: 1990 \u2013", "ana").quote(), "a dash that is there is kept");
    // the words still have to be there
    assertThrows(QuoteNotFoundException.class, () -> citer.cite(r, 1, "ugovora nije", "ana"));
    assertThrows(QuoteNotFoundException.class, () -> citer.cite(r, 1, "2019 - 2022", "ana"));
  }

  @Test
  void cyrillicLettersWithMarksAreToleratedLikeAccents() {
    DocumentRecord r = record();
    r.text = "Все типы оповещений в личных настройках.\nЁлка стоит.\n";
    r.pageStarts = new int[] {0};
    r.pageCount = 1;
    assertEquals("оповещений в личных настройках", new Citer().cite(r, 1, "оповещении в личных настроиках", "ana").quote());
    assertEquals("Ёлка стоит", new Citer().cite(r, 1, "елка стоит", "ana").quote());
  }

  @Test
  void quoteOnAnotherPageIsRefusedNamingThatPage() {
    DocumentRecord r = record();
    QuoteNotFoundException e = assertThrows(QuoteNotFoundException.class,
        () -> new Citer().cite(r, 1, "javnog beležnika u Nišu", "ana"));
    assertEquals(2, e.foundOnPage());
    assertEquals(IstragaException.Kind.CHECK_FAILED, e.kind());
    assertTrue(e.getMessage().contains("--page 2"), e.getMessage());
  }

  @Test
  void quoteAcrossAPageBreakIsRefusedNamingBothPagesAndEachPart() {
    DocumentRecord r = record();
    // the last words of page 1 and the first of page 2, in Latin script like a reader would type them
    QuoteNotFoundException e = assertThrows(QuoteNotFoundException.class,
        () -> new Citer().cite(r, 1, "Ministarstva unutrasnjih poslova i Clan 3.", "ana"));
    assertEquals(1, e.spanFirstPage());
    assertEquals(2, e.spanLastPage());
    assertEquals(0, e.foundOnPage());
    assertEquals(IstragaException.Kind.CHECK_FAILED, e.kind());
    assertTrue(e.getMessage().contains("from page 1 to page 2"), e.getMessage());
    assertTrue(e.getMessage().contains("--page 1 --quote \"Министарства унутрашњих послова и\""), e.getMessage());
    assertTrue(e.getMessage().contains("--page 2 --quote \"Члан 3.\""), e.getMessage());
    // each part, as suggested, is accepted on its page
    assertEquals("Министарства унутрашњих послова и", new Citer().cite(r, 1, "Министарства унутрашњих послова и", "ana").quote());
    assertEquals("Члан 3.", new Citer().cite(r, 2, "Члан 3.", "ana").quote());
  }

  @Test
  void quoteAcrossAPageBreakLeavesOutPageNumbersAndRunningFootersAndHeaders() {
    // a court filing as PDFBox extracts it: each page ends with the firm's file number and the
    // page number, the next begins with a running header; a reader quoting the sentence skips them
    String p1 = "Plaintiff’s claims are barred by Plaintiff’s failure to establish or\n\n"
        + "maintain procedures designed to prevent disclosure of its alleged trade\nNY\\1469151.5\n\n9\n\n";
    String p2 = "IBM v. Papermaster, Answer\nsecrets, including by departing employees.\nFifth Affirmative Defense\n";
    DocumentRecord r = record();
    r.text = p1 + p2;
    r.pageStarts = new int[] {0, p1.length()};
    r.pageCount = 2;
    QuoteNotFoundException e = assertThrows(QuoteNotFoundException.class, () -> new Citer().cite(r, 1,
        "prevent disclosure of its alleged trade secrets, including by departing employees", "ana"));
    assertEquals(1, e.spanFirstPage());
    assertEquals(2, e.spanLastPage());
    assertTrue(e.getMessage().contains("from page 1 to page 2"), e.getMessage());
    assertTrue(e.getMessage().contains("\"NY\\1469151.5\" / \"9\" / \"IBM v. Papermaster, Answer\""), e.getMessage());
    assertTrue(e.getMessage().contains("--page 1 --quote \"prevent disclosure of its alleged trade\""), e.getMessage());
    assertTrue(e.getMessage().contains("--page 2 --quote \"secrets, including by departing employees\""), e.getMessage());
    assertEquals("prevent disclosure of its alleged trade",
        new Citer().cite(r, 1, "prevent disclosure of its alleged trade", "ana").quote());
    // words that are not at the foot of page 1 and the head of page 2 do not make a page break
    QuoteNotFoundException inside = assertThrows(QuoteNotFoundException.class,
        () -> new Citer().cite(r, 1, "failure to establish or secrets, including", "ana"));
    assertEquals(0, inside.spanFirstPage(), inside.getMessage());
    // a long line at the foot is text, not a footer: it is not left out
    String long1 = "its alleged trade\n" + "x".repeat(Citer.MARGIN_LINE_CHARS + 1) + "\n";
    r.text = long1 + p2;
    r.pageStarts = new int[] {0, long1.length()};
    QuoteNotFoundException notFooter = assertThrows(QuoteNotFoundException.class,
        () -> new Citer().cite(r, 1, "its alleged trade secrets, including", "ana"));
    assertEquals(0, notFooter.spanFirstPage(), notFooter.getMessage());
  }

  @Test
  void quoteAcrossThreePagesNamesTheMiddlePage() {
    DocumentRecord r = record();
    QuoteNotFoundException e = assertThrows(QuoteNotFoundException.class,
        () -> new Citer().cite(r, 2, "poslova i Član 3. Izvorni kod GIS softvera deponuje se kod javnog beležnika "
            + "u Nišu. Rok: 30 dana. Telekom Nova", "ana"));
    assertEquals(1, e.spanFirstPage());
    assertEquals(3, e.spanLastPage());
    assertTrue(e.getMessage().contains("--page 3 --quote \"Telekom Nova\""), e.getMessage());
    assertTrue(e.getMessage().contains(", --page 2 --quote \"Члан 3."), e.getMessage());
  }

  @Test
  void alteredQuoteIsRefusedWithTheClosestPassage() {
    DocumentRecord r = record();
    QuoteNotFoundException e = assertThrows(QuoteNotFoundException.class,
        () -> new Citer().cite(r, 3, "Ukupna vrednost: 1.264.833,00 EUR", "ana"));
    assertEquals(0, e.foundOnPage());
    assertEquals(3, e.closestPage());
    assertEquals("Ukupna vrednost: 1.264.833,90 EUR", e.closestPassage());
    QuoteNotFoundException far = assertThrows(QuoteNotFoundException.class,
        () -> new Citer().cite(r, 3, "код јавног бележника у Београду", "ana"));
    assertEquals(2, far.closestPage());
    assertTrue(far.closestPassage().startsWith("код јавног бележника"), far.closestPassage());
  }

  @Test
  void closestPassageIsWholeWordsAndCanBeCitedAsShown() {
    DocumentRecord r = record();
    // "vrednot" matches best inside "vrednost": the suggestion is the whole word, never a fragment
    QuoteNotFoundException e = assertThrows(QuoteNotFoundException.class,
        () -> new Citer().cite(r, 3, "ukupna vrednot: 1.264.833", "ana"));
    assertEquals("Ukupna vrednost: 1.264.833,90", e.closestPassage());
    assertEquals("Ukupna vrednost: 1.264.833,90", new Citer().cite(r, 3, e.closestPassage(), "ana").quote());
  }

  @Test
  void quotationMarksTypedAroundTheWordsAreDroppedWhenTheTextHasNone() {
    DocumentRecord r = record();
    Citer citer = new Citer();
    Citation c = citer.cite(r, 3, "\u201EUkupna vrednost: 1.264.833,90 EUR\u201C", "ana");
    assertEquals("Ukupna vrednost: 1.264.833,90 EUR", c.quote());
    assertEquals("\u201EUkupna vrednost: 1.264.833,90 EUR\u201C", c.requestedQuote());
    assertEquals("Telekom Nova", citer.cite(r, 3, "\"telekom nova\"", "ana").quote());
    // on another page without the marks: the refusal names that page
    assertEquals(2, assertThrows(QuoteNotFoundException.class,
        () -> citer.cite(r, 1, "\u00ABјавног бележника\u00BB", "ana")).foundOnPage());
    // marks that are not a pair around the whole quote are words of the quote
    assertThrows(QuoteNotFoundException.class, () -> citer.cite(r, 3, "\"Telekom\" Nova", "ana"));
  }

  @Test
  void unrelatedQuoteHasNoSuggestion() {
    QuoteNotFoundException e = assertThrows(QuoteNotFoundException.class,
        () -> new Citer().cite(record(), 1, "the quick brown fox jumps over the lazy dog", "ana"));
    assertEquals(0, e.closestPage());
    assertNull(e.closestPassage());
  }

  @Test
  void missingPageAndBadPageAreUsageAndNotFound() {
    DocumentRecord r = record();
    IstragaException noPage = assertThrows(IstragaException.class, () -> new Citer().cite(r, null, "Рок: 30 дана", "ana"));
    assertEquals(IstragaException.Kind.USAGE, noPage.kind());
    assertTrue(noPage.getMessage().contains("page 2"), noPage.getMessage());
    IstragaException bad = assertThrows(IstragaException.class, () -> new Citer().cite(r, 4, "Рок", "ana"));
    assertEquals(IstragaException.Kind.NOT_FOUND, bad.kind());
  }

  @Test
  void documentWithoutPagesIsPageOne() {
    DocumentRecord r = new DocumentRecord();
    r.id = "cd".repeat(32);
    r.text = "From: Vesna\n\nU prilogu je potpisan ugovor br. 404-02-\n117/2019-06.\n";
    r.status = "ok";
    Citation c = new Citer().cite(r, null, "potpisan ugovor br. 404-02-117/2019-06", "ana");
    assertEquals(1, c.page());
    assertFalse(c.paged());
    assertEquals("potpisan ugovor br. 404-02-\n117/2019-06", c.quote());
    IstragaException two = assertThrows(IstragaException.class, () -> new Citer().cite(r, 2, "potpisan", "ana"));
    assertEquals(IstragaException.Kind.NOT_FOUND, two.kind());
    assertTrue(two.getMessage().contains("has no pages (its whole text counts as page 1); there is no page 2: "
        + "leave out --page or give --page 1"), two.getMessage());
  }

  @Test
  void quoteCutFromInsideAWordOrNumberIsRefusedWithTheWholeWords() {
    DocumentRecord r = record();
    r.text = "Ukupna vrednost: 1.264.833,90 EUR.\nPostupak je nelegalan, a Novak je potpisao.\n"
        + "Izvorni kod depono-\nvaće se u Nišu; rok 2019-\n2021.\n";
    r.pageStarts = new int[] {0};
    r.pageCount = 1;
    Citer citer = new Citer();
    // an amount cut by its first digits, a word cut by its negation: the quote would say the opposite
    QuoteNotFoundException amount = assertThrows(QuoteNotFoundException.class,
        () -> citer.cite(r, 1, "264.833,90 EUR", "ana"));
    assertEquals("1.264.833,90 EUR", amount.closestPassage());
    assertEquals(1, amount.closestPage());
    assertTrue(amount.getMessage().contains("begins inside a word"), amount.getMessage());
    assertTrue(amount.getMessage().contains("--quote \"1.264.833,90 EUR\""), amount.getMessage());
    assertEquals("nelegalan", assertThrows(QuoteNotFoundException.class,
        () -> citer.cite(r, 1, "legalan", "ana")).closestPassage());
    QuoteNotFoundException cutEnd = assertThrows(QuoteNotFoundException.class,
        () -> citer.cite(r, 1, "ukupna vrednost: 1.264", "ana"));
    assertEquals("Ukupna vrednost: 1.264.833,90", cutEnd.closestPassage());
    assertTrue(cutEnd.getMessage().contains("ends inside a word"), cutEnd.getMessage());
    // the second half of a word hyphenated at a line end is not a word of its own
    assertEquals("depono- vaće se", assertThrows(QuoteNotFoundException.class,
        () -> citer.cite(r, 1, "vaće se", "ana")).closestPassage());
    // digits grouped with no-break or thin spaces are one number too
    DocumentRecord typeset = record();
    typeset.text = "Iznos: 1\u00A0264\u202F833,90 EUR.\n";
    typeset.pageStarts = new int[] {0};
    assertEquals("1\u00A0264\u202F833,90 EUR", assertThrows(QuoteNotFoundException.class,
        () -> citer.cite(typeset, 1, "264 833,90 EUR", "ana")).closestPassage());
    assertEquals("1\u00A0264\u202F833,90 EUR", citer.cite(typeset, 1, "1 264 833,90 EUR", "ana").quote());
    // a later whole-word occurrence is taken over an earlier partial one ("Nova" inside "Novak")
    assertEquals("1.264.833,90 EUR", citer.cite(r, 1, "1.264.833,90 eur", "ana").quote());
    assertEquals("legalan", citer.cite(r, 1, "je nelegalan", "ana").quote().substring(5));
    assertEquals("2019-\n2021", citer.cite(r, 1, "2019-2021", "ana").quote());
    // a quote typed up to a line-end hyphen still ends there
    assertEquals("Izvorni kod depono", citer.cite(r, 1, "Izvorni kod depono-", "ana").quote());
  }

  @Test
  void partialWordElsewhereDoesNotHideTheWholeWordsOnAnotherPage() {
    DocumentRecord r = record();
    String p1 = "Rok je 130 dana od potpisa.\n";
    String p2 = "Rok je 30 dana od potpisa.\n";
    r.text = p1 + p2;
    r.pageStarts = new int[] {0, p1.length()};
    r.pageCount = 2;
    QuoteNotFoundException e = assertThrows(QuoteNotFoundException.class,
        () -> new Citer().cite(r, 1, "30 dana od potpisa", "ana"));
    assertEquals(2, e.foundOnPage(), e.getMessage());
    IstragaException noPage = assertThrows(IstragaException.class, () -> new Citer().cite(r, null, "30 dana", "ana"));
    assertTrue(noPage.getMessage().endsWith("(the quote is on page 2)"), noPage.getMessage());
  }

  @Test
  void approximateMatchFindsTheBestWindow() {
    ApproximateMatch m = ApproximateMatch.find("kapacitet", "ovo je kapacitot za kamere");
    assertEquals(1, m.distance());
    assertEquals("kapacitot", "ovo je kapacitot za kamere".substring(m.start(), m.end()));
  }
}
