package org.istraga.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableField;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * The text fields analysed once per document ({@link TextAnalysis}) give exactly the tokens their
 * analyzers give field by field: term, position increment and length, offsets, type and the final
 * offset and increment, on Serbian Cyrillic and Latin, English, numbers, line-end hyphens, word
 * parts and mixed scripts, and on the corpus's plain-text documents.
 */
class TextAnalysisTest {

  private static final String SERBIAN_CYRILLIC = "Министарство унутрашњих послова Републике Србије, у поступку јавне "
      + "набавке бр. 12/2019, закључило је уго-\nвор са ДОО „Телеком Нова“ д.о.о. из Ниша (ПИБ 101234567) на износ од "
      + "3.250.000,00 динара; о јавној набавци одлучио је Ђорђе Петровић. Сpбија, Министарствo, ХX.";
  private static final String SERBIAN_LATIN = "Ugovor o javnoj nabavci br. 404-1/2020 (Sl.glasnik RS, br. 124/12): "
      + "ponuđač Mlađan Đurić, iznos 1 200 000,00 din i 32,18m2, godine.Na sednici je odlučeno da se knjizi "
      + "prepara-\n  tion FED-\nERAL lucene.apache.org ana.petrovic@mup.gov.rs Рetrović 71.371USD O'Brien.";
  private static final String ENGLISH = "The Contractor's obligations under the contracts were suspended on 12:30 "
      + "by the Court's ruling; the payments of 1,250,000.50 EUR and 2.001 units (v1.2.3) were adjusted, "
      + "see Ugovor_MUP_2019.pdf and the mental-\nhealth report of Djordje Mladjan's office.";

  @Test
  void everySharedFieldGivesItsAnalyzersTokens() throws IOException {
    for (String text : List.of(SERBIAN_CYRILLIC, SERBIAN_LATIN, ENGLISH, "", "   ", "a", "3", "Ђ")) {
      assertSameAsAnalyzers(text);
    }
  }

  @Test
  void theSharedTokensAreTheSchemasTokens() throws IOException {
    TextAnalysis a = new TextAnalysis();
    TextAnalysis.Text t = new TextAnalysis.Text(SERBIAN_CYRILLIC);
    List<String> exact = listing(a.stream(t, TextAnalysis.Kind.EXACT));
    List<String> text = listing(a.stream(t, TextAnalysis.Kind.TEXT));
    List<String> stems = listing(a.stream(t, TextAnalysis.Kind.STEM_SR));
    List<String> stemPairs = listing(a.stream(t, TextAnalysis.Kind.STEM_SR_PAIRS));
    // the words as written, and the line-end hyphenation joined at the first piece's position
    assertEquals("Министарство@0[0,12]<ALPHANUM>/1", exact.get(0));
    int joined = SERBIAN_CYRILLIC.indexOf("уго-");
    assertTrue(exact.contains("уговор@14[" + joined + "," + (joined + 8) + "]<ALPHANUM>/1"), exact.toString());
    // folded, with the plain number and the bare-d twin
    assertTrue(text.contains("ministarstvo@0[0,12]<ALPHANUM>/1"), text.toString());
    assertTrue(text.stream().anyMatch(s -> s.startsWith("3250000@")), text.toString());
    assertTrue(text.stream().anyMatch(s -> s.startsWith("djordje@")) && text.stream().anyMatch(s -> s.startsWith("dorde@")));
    assertTrue(text.stream().anyMatch(s -> s.startsWith("srbija@")), text.toString());
    // stems with the velar twin of набавци, and their pairs as shingles
    assertTrue(stems.stream().anyMatch(s -> s.startsWith("nabavc@")) && stems.stream().anyMatch(s -> s.startsWith("nabavk@")));
    assertTrue(stemPairs.stream().anyMatch(s -> s.startsWith("javn nabavk@") && s.contains("shingle")), stemPairs.toString());
    assertEquals("end[" + SERBIAN_CYRILLIC.length() + "]+0", text.get(text.size() - 1));
  }

  @Test
  void documentsMayAlternateOnOneThread() throws IOException {
    TextAnalysis a = new TextAnalysis();
    TextAnalysis.Text first = new TextAnalysis.Text(SERBIAN_LATIN);
    TextAnalysis.Text second = new TextAnalysis.Text(ENGLISH);
    List<String> firstText = listing(a.stream(first, TextAnalysis.Kind.TEXT));
    List<String> secondPairs = listing(a.stream(second, TextAnalysis.Kind.PAIRS));
    assertEquals(analyzed(IndexSchema.STEM_SR, SERBIAN_LATIN), listing(a.stream(first, TextAnalysis.Kind.STEM_SR)));
    assertEquals(analyzed(IndexSchema.TEXT, SERBIAN_LATIN), firstText);
    assertEquals(analyzed(IndexSchema.PAIRS, ENGLISH), secondPairs);
    assertEquals(analyzed(IndexSchema.STEM, ENGLISH), listing(a.stream(second, TextAnalysis.Kind.STEM_EN)));
    assertEquals(analyzed(IndexSchema.EXACT, SERBIAN_LATIN), listing(a.stream(first, TextAnalysis.Kind.EXACT)));
  }

  @Test
  void theMapperSharesTheTextFieldsUpToTheLimit() throws IOException {
    DocumentMapper mapper = new DocumentMapper(IndexSchema.newFacetsConfig());
    DocumentRecord r = record(SERBIAN_LATIN, "sr");
    Document d = mapper.toDocument(r);
    List<String> shared = new ArrayList<>();
    for (IndexableField f : d.getFields()) {
      if (f.name().equals(IndexSchema.TEXT) || f.name().equals(IndexSchema.STEM_SR_PAIRS)) {
        assertNotSame(Field.class, f.getClass(), f.name());
        shared.add(f.name());
        assertEquals(analyzed(f.name(), SERBIAN_LATIN), listing(f.tokenStream(Analyzers.perField(), null)));
        assertEquals(SERBIAN_LATIN, f.stringValue());
      }
    }
    assertEquals(List.of(IndexSchema.TEXT, IndexSchema.STEM_SR_PAIRS), shared);

    String longText = "Ђорђе ".repeat(TextAnalysis.MAX_SHARED_CHARS / 6 + 1);
    assertTrue(longText.length() > TextAnalysis.MAX_SHARED_CHARS);
    for (IndexableField f : mapper.toDocument(record(longText, "sr")).getFields()) {
      if (f.name().equals(IndexSchema.TEXT)) {
        assertSame(Field.class, f.getClass(), "a text over the limit is analysed per field");
      }
    }
  }

  @Test
  void aRecordingRefusesAttributesItCannotReplay() {
    TokenRecording r = new TokenRecording();
    KeywordTokenizer source = new KeywordTokenizer();
    source.setReader(new java.io.StringReader("contracts"));
    TokenStream stemmed = new KStemFilter(source); // adds the keyword attribute
    assertThrows(IllegalStateException.class, () -> r.record(stemmed));
  }

  @Test
  void corpusPlainTextsGiveTheSameTokens() throws IOException {
    Path dir = Corpus.file("i_serbian");
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    TextAnalysis a = new TextAnalysis();
    int tokens = 0;
    for (Path p : files) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      TextAnalysis.Text t = new TextAnalysis.Text(text);
      for (TextAnalysis.Kind k : TextAnalysis.Kind.values()) {
        List<String> expected = analyzed(fieldOf(k), text);
        assertEquals(expected, listing(a.stream(t, k)), p + " " + k);
        tokens += expected.size();
      }
    }
    assertTrue(tokens > 10_000, "tokens compared: " + tokens);
  }

  private static void assertSameAsAnalyzers(String text) throws IOException {
    TextAnalysis a = new TextAnalysis();
    TextAnalysis.Text t = new TextAnalysis.Text(text);
    // in the IndexWriter's order for a Serbian document, then the English stem
    for (TextAnalysis.Kind k : TextAnalysis.Kind.values()) {
      assertEquals(analyzed(fieldOf(k), text), listing(a.stream(t, k)), k + " of \"" + text + "\"");
    }
  }

  private static String fieldOf(TextAnalysis.Kind k) {
    switch (k) {
      case TEXT:
        return IndexSchema.TEXT;
      case EXACT:
        return IndexSchema.EXACT;
      case PAIRS:
        return IndexSchema.PAIRS;
      case STEM_EN:
        return IndexSchema.STEM;
      case STEM_SR:
        return IndexSchema.STEM_SR;
      default:
        return IndexSchema.STEM_SR_PAIRS;
    }
  }

  private static DocumentRecord record(String text, String language) {
    DocumentRecord r = new DocumentRecord();
    r.id = "0".repeat(64);
    r.text = text;
    r.language = language;
    return r;
  }

  private static List<String> analyzed(String field, String text) throws IOException {
    return listing(Analyzers.perField().tokenStream(field, text));
  }

  /** term@position[start,end]type/length for each token, then the end state. */
  static List<String> listing(TokenStream ts) throws IOException {
    List<String> out = new ArrayList<>();
    try (ts) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        out.add(term + "@" + pos + "[" + off.startOffset() + "," + off.endOffset() + "]" + type.type() + "/"
            + len.getPositionLength());
      }
      ts.end();
      out.add("end[" + off.endOffset() + "]+" + inc.getPositionIncrement());
    }
    return out;
  }
}
