package org.istraga.index;

import static org.istraga.index.TokenListing.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The analysis of spellings that people type or that documents print in several ways: numbers
 * with thousands separators ({@link NumberValueFilter}), abbreviations with dots and words with
 * apostrophes ({@link WordPartsFilter#joined}, {@link JoinedSpellingFilter}), Serbian stems after
 * sibilarization ({@link SerbianStemFilter}) and words that mix Latin and Cyrillic look-alikes
 * ({@link MixedScriptFilter}).
 */
class TypingVariantsAnalysisTest {

  private static List<String> index(String field, String text) throws IOException {
    return tokens(Analyzers.perField(), field, text);
  }

  private static List<String> query(String field, String text) throws IOException {
    return tokens(Analyzers.perFieldForQuery(), field, text);
  }

  @Test
  void aNumberWithSeparatorsIsAlsoIndexedInItsPlainSpelling() throws IOException {
    assertEquals(List.of("3.250.000,00@0[0,12]", "3250000@0[0,12]"), index(IndexSchema.TEXT, "3.250.000,00"));
    assertEquals(List.of("2,800,000.00@0[0,12]", "2800000@0[0,12]"), index(IndexSchema.TEXT, "2,800,000.00"));
    assertEquals(List.of("1.250.000,50@0[0,12]", "1250000.50@0[0,12]"), index(IndexSchema.TEXT, "1.250.000,50"));
    assertEquals(List.of("1500,00@0[0,7]", "1500@0[0,7]"), index(IndexSchema.TEXT, "1500,00"));
    assertTrue(index(IndexSchema.TEXT, "71.371USD").containsAll(List.of("71.371@0[0,6]", "71371@0[0,6]", "usd@0[6,9]")));
    // numbers that are no thousands figure, and plain numbers, are left alone
    for (String alone : List.of("3,25", "14.08.2019", "2019", "v1.2.3", "192.168.1.1")) {
      assertEquals(1, index(IndexSchema.TEXT, alone).size(), alone);
    }
    assertNull(NumberValueFilter.plain("3,25"));
    assertEquals("71371", Analyzers.plainNumber("71,371"));
  }

  @Test
  void groupsWrittenApartAreOneNumberToo() throws IOException {
    assertEquals(List.of("iznos@0[0,5]", "1@1[6,7]", "1200000@1[6,15]", "200@2[8,11]", "000@3[12,15]", "dinara@4[16,22]"),
        index(IndexSchema.TEXT, "iznos 1\u00A0200\u00A0000 dinara"));
    assertTrue(index(IndexSchema.TEXT, "1 200 000,50 din").contains("1200000.50@0[0,12]"));
    assertTrue(index(IndexSchema.TEXT, "cena 12 345 i 3.250.000,00").containsAll(List.of("12345@1[5,11]", "3250000@4[14,26]")),
        "a number read ahead gets its own plain spelling");
    // not groups: page numbers, dates, a four-digit first group, two blanks, a line break
    for (String apart : List.of("Strana 12 od 40", "14 08 2019", "2019 200", "1  200", "1\n200", "12 3456")) {
      assertEquals(apart.split("\\s+").length, index(IndexSchema.TEXT, apart).size(), apart);
    }
    // the number at the end of the text
    assertTrue(index(IndexSchema.TEXT, "ukupno 5 000").contains("5000@1[7,12]"));
  }

  @Test
  void abbreviationsWithDotsAndWordsWithApostrophesAreAlsoIndexedWithout() throws IOException {
    assertTrue(index(IndexSchema.TEXT, "Telekom Nova D.O.O.").contains("doo@2[13,18]"));
    assertTrue(index(IndexSchema.TEXT, "Телеком Нова д.о.о.").contains("doo@2[13,18]"));
    assertTrue(index(IndexSchema.TEXT, "O’Brien").contains("obrien@0[0,7]"));
    List<String> pairs = index(IndexSchema.PAIRS, "Nova d.o.o. Beograd");
    assertTrue(pairs.stream().anyMatch(t -> t.startsWith("nova doo@0"))
        && pairs.stream().anyMatch(t -> t.startsWith("doo beograd@1")), pairs.toString());
    // a query writes them without the separators, in words, phrases and stems
    assertEquals(List.of("doo@0[0,5]"), query(IndexSchema.TEXT, "d.o.o."));
    assertEquals(List.of("obrien@0[0,7]"), query(IndexSchema.TEXT, "O'Brien"));
    assertEquals(List.of("nova doo@0[0,10]"), query(IndexSchema.PAIRS, "Nova D.O.O."));
    assertEquals(List.of("obrien@0[0,7]"), query(IndexSchema.STEM, "O'Brien"));
    // not abbreviations: names with dots keep only their parts
    assertNull(WordPartsFilter.joined("Sl.glasnik"));
    assertNull(WordPartsFilter.joined("mup.gov.rs"));
    assertNull(WordPartsFilter.joined("v1.2"));
    assertEquals("AD", WordPartsFilter.joined("A.D"));
    assertEquals(List.of("sl.glasnik@0[0,10]"), query(IndexSchema.TEXT, "Sl.glasnik"));
  }

  @Test
  void aSerbianStemAfterSibilarizationAlsoHasItsVelar() throws IOException {
    assertEquals(List.of("nabavc@0[0,7]", "nabavk@0[0,7]"), index(IndexSchema.STEM_SR, "nabavci"));
    assertEquals(List.of("nabavc@0[0,7]", "nabavk@0[0,7]"), index(IndexSchema.STEM_SR, "набавци"));
    assertEquals(List.of("nabavk@0[0,7]"), index(IndexSchema.STEM_SR, "nabavka"));
    assertTrue(index(IndexSchema.STEM_SR, "knjizi").contains("knjig@0[0,6]"));
    assertTrue(index(IndexSchema.STEM_SR, "odluci").contains("odluk@0[0,6]"));
    // no case ending after the sibilant: no twin (već is not vek)
    assertEquals(List.of("vec@0[0,3]"), index(IndexSchema.STEM_SR, "već"));
    assertEquals(0, SerbianStemFilter.velarTwin("lice", "lic"));
    // the stems have the bare-d spelling too: ponudac typed without diacritics finds ponuđača
    assertTrue(index(IndexSchema.STEM_SR, "ponuđača").contains("ponudac@0[0,8]"));
    assertEquals(List.of("ponudac@0[0,7]"), query(IndexSchema.STEM_SR, "ponudac"));
    assertEquals(List.of("ponudac@0[0,8]"), query(IndexSchema.STEM_SR, "ponudjac"));
  }

  @Test
  void aWordMixingLatinAndCyrillicLookAlikesIsReadInItsScript() throws IOException {
    // Cyrillic words with a Latin p, o, c, x typed on the wrong keyboard
    assertEquals(List.of("srbija@0[0,6]"), index(IndexSchema.TEXT, "Сpбија"));
    assertEquals(List.of("ministarstvo@0[0,12]"), index(IndexSchema.TEXT, "Министарствo"));
    assertEquals(List.of("saobracaj@0[0,9]"), index(IndexSchema.TEXT, "Сaобраћај"));
    assertEquals(List.of("hrvatska@0[0,8]"), query(IndexSchema.TEXT, "Xрватска"));
    // Latin words with a Cyrillic Р, с, е
    assertEquals(List.of("petrovic@0[0,8]"), index(IndexSchema.TEXT, "Рetrović"));
    assertEquals(List.of("cacak@0[0,5]"), query(IndexSchema.TEXT, "Čačaк"));
    // each word of a value on its own; a tie is left as written
    assertEquals(List.of("petar petrovic@0[0,14]"), index(IndexSchema.TYPE, "Petar Петровић"));
    assertEquals(List.of("hx@0[0,2]"), index(IndexSchema.TEXT, "ХX"));
    assertTrue(index(IndexSchema.STEM_SR, "Сpбији").contains("srbij@0[0,6]"));
  }
}
