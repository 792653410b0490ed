package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.istraga.cases.Case;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.document.EntityMention;
import org.istraga.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries pasted from web pages and documents, with the invisible characters they bring along. */
class QueryTextOdditiesTest {

  @TempDir static Path dir;
  static Case kase;
  static DocumentRecord both;
  static DocumentRecord apart;
  static DocumentRecord ugovorOnly;
  static DocumentRecord discount;
  static DocumentRecord mail;
  static DocumentRecord file;
  static DocumentRecord inYear;
  static DocumentRecord english;
  static DocumentRecord serbian;

  @BeforeAll
  static void build() throws IOException {
    both = SearchFixtures.record("/evidence/a.txt", "Ugovor o nabavci. Kamera za sistem Safe City.");
    apart = SearchFixtures.record("/evidence/b.txt", "Kamera na zgradi. Odeljak o gradu: safe. Drugi deo: city.");
    ugovorOnly = SearchFixtures.record("/evidence/c.txt", "Ugovor bez ostalog.");
    both.language = "sr";
    discount = SearchFixtures.record("/evidence/d.txt", "Popust od 57% na cenu.");
    discount.entities.add(new EntityMention("percent", "57", null, "57%", 10, 13, 1, new BigDecimal("57"), null, false));
    mail = SearchFixtures.record("/evidence/poruka.eml", "Šaljem potpisan primerak.");
    mail.emailFrom = "Ana Petrović <ana.petrovic@mup.example>";
    mail.emailTo = new java.util.ArrayList<>(List.of("Đorđe Radenković <djordje.radenkovic@telekomnova.example>"));
    file = SearchFixtures.record("/evidence/Izjava_Đurić.pdf", "Izjava svedoka.");
    inYear = SearchFixtures.record("/evidence/2019/memo.docx", "Zapisnik.");
    english = SearchFixtures.record("/evidence/annex.xlsx",
        "List price US$2,800,000.00, discount 57%, net 1,204,000.50; GIS 71,371; rate 3.25");
    serbian = SearchFixtures.record("/evidence/aneks.txt",
        "Lista cena 2.800.000,00 dolara, neto 1.204.000,50; GIS 71.371; stopa 3,25");
    inYear.ext = "docx";
    kase = SearchFixtures.caseWith(dir.resolve("case"), List.of(both, apart, ugovorOnly, discount, mail, file, inYear,
        english, serbian));
  }

  private static Set<String> ids(String query) throws IOException {
    return SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> new TreeSet<>(SearchFixtures.ids(s, query)));
  }

  /**
   * A no-break space (Word, web pages) or another Unicode space between words is a space: the
   * classic syntax split only at ASCII blanks, so {@code ugovor<NBSP>AND<NBSP>kamera} was the
   * phrase "ugovor and kamera" and found nothing.
   */
  @Test
  void unicodeSpacesSeparateWordsAndOperators() throws IOException {
    assertEquals(Set.of(both.id), ids("ugovor AND kamera"));
    for (String space : List.of("\u00a0", "\u202f", "\u2007", "\u2009", "\u2028", "\u0085")) {
      assertEquals(Set.of(both.id), ids("ugovor" + space + "AND" + space + "kamera"), "space U+" + (int) space.charAt(0));
      assertEquals(Set.of(both.id, ugovorOnly.id), ids("ugovor" + space + "OR" + space + "nabavci"), "space U+" + (int) space.charAt(0));
    }
    // words side by side must all match, not be one phrase
    assertEquals(Set.of(both.id, apart.id), ids("safe\u00a0city"));
    assertEquals(Set.of(both.id), ids("\"safe\u00a0city\""));
    assertEquals(Set.of(both.id, ugovorOnly.id), ids("name:a.txt\u00a0OR\u00a0name:c.txt"));
  }

  /**
   * A number typed in one notation finds it written in the other: a Serbian reader types
   * 2.800.000,00 for what an English annex, or the text Tika writes for a spreadsheet cell, has as
   * 2,800,000.00. Ranges and comparisons on fields are left as they are.
   */
  @Test
  void numbersAreFoundInBothNotations() throws IOException {
    Set<String> both2 = Set.of(english.id, serbian.id);
    for (String q : List.of("2.800.000,00", "2,800,000.00", "1.204.000,50", "71.371", "71,371",
        "3,25", "3.25", "GIS AND 71.371")) {
      assertEquals(both2, ids(q), q);
    }
    assertEquals(Set.of(serbian.id), ids("\"GIS 71.371\""), "a phrase is searched as written");
    assertEquals("(2.800.000,00 OR 2,800,000.00 OR 2800000) x", RawQueryText.rewrite("2.800.000,00 x"));
    for (String unchanged : List.of("amount:>1.000.000", "amount:[1.000.000 TO 2.000.000]",
        "15.03.2019", "404-02-117/2019-06", "v1.2.3", "192.168.1.1", "12:30", "percent:57%")) {
      assertEquals(unchanged, RawQueryText.rewrite(unchanged), unchanged);
    }
    // a percentage is also the percent field, however it is written; "57%" is the field alone, since
    // its text is the bare number, which any 57 (a time 15:51:57, "model 57") would match
    assertEquals("percent:57", RawQueryText.rewrite("57%"));
    assertEquals("popust percent:57", RawQueryText.rewrite("popust 57 %"));
    // a phone number typed in groups is one value, not four words
    assertEquals("kontakt \"011 555 0147\"", RawQueryText.rewrite("kontakt 011 555 0147"));
    assertEquals("\"+381 63 123 4567\"", RawQueryText.rewrite("+381 63 123 4567"));
    assertEquals("2019 100 200", RawQueryText.rewrite("2019 100 200"));
    assertEquals("(percent:12,5 OR ((12,5 OR 12.5) posto))", RawQueryText.rewrite("12,5 posto"));
    assertEquals("\"57 odsto\"", RawQueryText.rewrite("\"57 odsto\""), "a phrase is searched as written");
  }

  /**
   * A question typed as a query ends in "?": the word before it is searched as written (the mark
   * is punctuation) and as a one-letter wildcard, so "ugovor?" finds "Ugovor" (it found only
   * words one letter longer).
   */
  @Test
  void aQuestionMarkEndingTheQueryIsAlsoPunctuation() throws IOException {
    assertEquals(Set.of(both.id, ugovorOnly.id), ids("ugovor?"));
    assertEquals(Set.of(both.id), ids("kamera ugovor? "));
    assertEquals(Set.of(both.id), ids("ugovor AND kamera?"));
    // inside the query it stays a wildcard: "ugovo?" needs one letter there
    assertEquals(Set.of(both.id, ugovorOnly.id), ids("ugovo? AND ugovor"));
    assertEquals(Set.of(), ids("kamer? AND bez"));
  }

  /** A message that quotes a pasted line break shows it as \n: the error stays one line. */
  @Test
  void errorMessagesStayOneLineWhateverTheQueryHolds() {
    for (String q : List.of("/[\nugovor/", "date:\"2019-\n13\"", "size:\"1\r\n0XB\"", "/(\u0085/")) {
      Cli.Result r = Cli.run("search", "--case", kase.root().toString(), "--", q);
      assertEquals(ExitCode.USAGE, r.code(), r::toString);
      String err = r.err().strip();
      assertFalse(err.contains("\n") || err.contains("\r") || err.contains("\u0085"), err);
      assertTrue(err.startsWith("istraga: bad query"), err);
    }
    Cli.Result r = Cli.run("search", "--case", kase.root().toString(), "--", "/[\nugovor/");
    assertTrue(r.err().contains("/[\\nugovor/"), r.err());
  }

  /** A percentage is written with its sign, as in the text: percent:>50% is percent:>50. */
  @Test
  void percentagesMayKeepTheirSign() throws IOException {
    for (String q : List.of("percent:57", "percent:57%", "percent:>50%", "percent:>=57 %", "percent:[50% TO 60%]")) {
      assertEquals(Set.of(discount.id), ids(q), q);
    }
    assertEquals(Set.of(), ids("percent:>57%"));
    assertEquals(Set.of(), ids("percent:<57%"));
  }

  /**
   * A name typed with a bare d for đ ("Dorde", "Duric") finds it in e-mail addresses and file
   * names too, which index only the dj spelling (the text also indexes the bare one).
   */
  @Test
  void bareDFindsDjInAddressesAndFileNames() throws IOException {
    for (String q : List.of("Dorde Radenkovic", "Djordje Radenkovic", "Dordje Radenkovic", "Ђорђе Раденковић",
        "to:dorde", "to:\"dorde radenkovic\"", "Radenkovic")) {
      assertEquals(Set.of(mail.id), ids(q), q);
    }
    for (String q : List.of("Duric", "Djuric", "Đurić", "Ђурић", "name:duric", "izjava duric")) {
      assertEquals(Set.of(file.id), ids(q), q);
    }
    assertEquals(List.of("dorde", "djorde", "dordje", "djordje"), BareDSpellings.spellings("dorde"));
    assertEquals(List.of("djordje"), BareDSpellings.spellings("djordje"));
    assertEquals(List.of("beograd"), BareDSpellings.spellings("beograd"), "a d before a consonant or at the end stays");
  }

  /**
   * A terms file saved as "UTF-8 with BOM" (Notepad, Excel): its first line is still a comment or a
   * query of its own, and a query pasted with the mark in front still reads its field.
   */
  @Test
  void aByteOrderMarkIsNotPartOfTheQuery() throws IOException {
    Path terms = dir.resolve("terms.txt");
    java.nio.file.Files.writeString(terms, "\uFEFF# spisak pojmova\r\nname:c.txt\r\n\"safe city\"\r\n");
    Cli.Result r = Cli.run("hits", "--case", kase.root().toString(), "--json", terms.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    assertEquals(2, r.json().get("queries").asInt(), r.out());
    assertEquals(2, r.json().get("rows").get(0).get("line").asInt(), r.out());
    assertEquals(1, r.json().get("rows").get(0).get("documents").asInt(), r.out());
    java.nio.file.Files.writeString(terms, "\uFEFFname:c.txt\n");
    Cli.Result first = Cli.run("hits", "--case", kase.root().toString(), "--json", terms.toString());
    assertEquals(ExitCode.OK, first.code(), first::toString);
    assertEquals(1, first.json().get("rows").get(0).get("documents").asInt(), first.out());
    assertEquals(Set.of(ugovorOnly.id), ids("\uFEFFname:c.txt"));
  }

  /**
   * The documented folder pattern path:*&#47;2019/* is a path wildcard: its first slash follows a
   * wildcard, not a letter, and used to start a regular expression (/2019/ over the text).
   */
  @Test
  void pathPatternsWithWildcardsBeforeSlashes() throws IOException {
    assertEquals(Set.of(inYear.id), ids("path:*/2019/*"));
    assertEquals(Set.of(inYear.id), ids("path:*/2019/memo.doc?"));
    assertEquals(Set.of(), ids("path:*/2020/*"));
    assertEquals(Set.of(inYear.id), ids("ext:.docx"), "an extension written with its dot");
    assertEquals(Set.of(inYear.id), ids("ext:docx"));
  }

  /**
   * A value outside a fixed vocabulary can match nothing: it is refused with the values that
   * exist, instead of a silent zero; a language may be written as people name it.
   */
  @Test
  void closedVocabulariesRefuseWhatCannotMatch() throws IOException {
    for (String q : List.of("lang:sr", "lang:SR", "lang:srp", "lang:serbian", "lang:sr-Latn", "language:sr_RS")) {
      assertEquals(Set.of(both.id), ids(q), q);
    }
    long texts = List.of(both, apart, ugovorOnly, discount, mail, file, inYear, english, serbian)
        .stream().filter(r -> "text".equals(r.typeGroup)).count();
    assertEquals(texts, ids("type:text").size());
    assertEquals(texts, ids("type:TEXT").size());
    assertEquals(Set.of(), ids("type:audio"), "a valid type no document has");
    assertTrue(usage("type:docx").contains("for a file extension write ext:docx"), usage("type:docx"));
    assertTrue(usage("type:pdf,word").contains("type:(pdf OR word)"), usage("type:pdf,word"));
    assertTrue(usage("script:cirilica").contains("is not one of cyrillic, latin, mixed, other"), usage("script:cirilica"));
    assertTrue(usage("lang:klingonese").contains("is not a language"), usage("lang:klingonese"));
  }

  private static String usage(String query) throws IOException {
    return SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> {
      try {
        s.search(new SearchRequest(query, List.of(), List.of(), 10, SortOrder.RELEVANCE, 10, null, false));
        return "no error";
      } catch (org.istraga.IstragaException e) {
        assertEquals(org.istraga.IstragaException.Kind.USAGE, e.kind(), e.getMessage());
        return e.getMessage();
      }
    });
  }

  /**
   * Quotes typed on a Serbian keyboard or autocorrected by Word make a phrase, as ASCII quotes do;
   * they used to leave two words that could stand anywhere.
   */
  @Test
  void typographicQuotesMakeAPhrase() throws IOException {
    assertEquals(Set.of(both.id, apart.id), ids("safe city"));
    for (String q : List.of("\"safe city\"", "\u201esafe city\u201c", "\u201csafe city\u201d", "\u00absafe city\u00bb",
        "\u201dsafe city\u201d", "kamera AND \u201esafe city\u201c")) {
      assertEquals(Set.of(both.id), ids(q), q);
    }
    // an odd one is punctuation, not the start of an unclosed phrase
    assertEquals(Set.of(both.id, apart.id), ids("safe city\u201d"));
  }
}
