package org.istraga.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.tika.sax.ToTextContentHandler;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The SAX side of {@link LetterSpacedWords}: which calls are candidates, when a page is asked for
 * its confirmed runs, and what is written. The page geometry is checked by
 * {@code org.istraga.ingest.LetterSpacedPdfTest} on a real PDF; here the confirmed runs of each page
 * are given.
 */
class LetterSpacedWordsTest {

  private final List<Integer> asked = new ArrayList<>();

  @Test
  void joinsConfirmedRunsOfSeparateLetters() throws Exception {
    String out = run(Map.of(0, List.of("REŠENJE")),
        page(p("R", " ", "E", " ", "Š", " ", "E", " ", "N", " ", "J", " ", "E"), p("Sud usvaja zahtev.")));
    assertEquals("REŠENJE\nSud usvaja zahtev.\n", out);
    assertEquals(List.of(0), asked);
  }

  @Test
  void leavesUnconfirmedRunsAsTheyCame() throws Exception {
    String out = run(Map.of(0, List.of()), page(p("A", " ", "B", " ", "C", " ", "D", " ", "kolone")));
    assertEquals("A B C D kolone\n", out);
  }

  @Test
  void joinsATypedLineOnlyWhenItIsTheWholeLine() throws Exception {
    String out = run(Map.of(0, List.of("Z A K O N", "O B R A Z L O Ž E NJ E")),
        page(p("Z A K O N"), p("O B R A Z L O Ž E NJ E "), p("P R E S U D U", " ", "Optuženi: J.B.")));
    assertEquals("ZAKON\nOBRAZLOŽENJE \nP R E S U D U Optuženi: J.B.\n", out);
    assertEquals(List.of(0), asked, "the inline run asks nothing more of the page");
  }

  @Test
  void shortRunsAndTextWithoutRunsAskNothing() throws Exception {
    String out = run(Map.of(), page(p("u", " ", "i", " ", "s"), p("a b c"), p(""), p("Obično pismo.")));
    assertEquals("u i s\na b c\n\nObično pismo.\n", out);
    assertEquals(List.of(), asked);
  }

  @Test
  void eachPageIsAskedForItsOwnRuns() throws Exception {
    String out = run(Map.of(0, List.of(), 1, List.of("SADRŽAJ")),
        page(p("S", " ", "A", " ", "D", " ", "R", " ", "Ž", " ", "A", " ", "J")),
        page(p("S", " ", "A", " ", "D", " ", "R", " ", "Ž", " ", "A", " ", "J")));
    assertEquals("S A D R Ž A J\nSADRŽAJ\n", out);
    assertEquals(List.of(0, 1), asked);
  }

  // ---- a small SAX script: pages of paragraphs of characters() calls ----

  @SafeVarargs
  private static List<List<String>> page(List<String>... paragraphs) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> p : paragraphs) {
      out.add(p);
    }
    return out;
  }

  private static List<String> p(String... calls) {
    return List.of(calls);
  }

  @SafeVarargs
  private String run(Map<Integer, List<String>> runs, List<List<String>>... pages) throws SAXException {
    ToTextContentHandler text = new ToTextContentHandler();
    LetterSpacedWords h = new LetterSpacedWords(text, i -> {
      asked.add(i);
      return runs.getOrDefault(i, List.of());
    });
    String ns = "http://www.w3.org/1999/xhtml";
    h.startDocument();
    for (List<List<String>> page : pages) {
      AttributesImpl cls = new AttributesImpl();
      cls.addAttribute("", "class", "class", "CDATA", "page");
      h.startElement(ns, "div", "div", cls);
      for (List<String> paragraph : page) {
        h.startElement(ns, "p", "p", new AttributesImpl());
        for (String call : paragraph) {
          h.characters(call.toCharArray(), 0, call.length());
        }
        h.endElement(ns, "p", "p");
        h.ignorableWhitespace(new char[] {'\n'}, 0, 1);
      }
      h.endElement(ns, "div", "div");
    }
    h.endDocument();
    return text.toString();
  }
}
