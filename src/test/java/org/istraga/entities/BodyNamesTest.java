package org.istraga.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SerbianBodyNames} and {@link EnglishBodyNames} on their own, without the gazetteer. */
class BodyNamesTest {

  private static List<Mention> serbian(String text) {
    TextContext ctx = new TextContext(text);
    List<Mention> out = new ArrayList<>();
    SerbianBodyNames.find(ctx, new boolean[ctx.tokens().count], out);
    return out;
  }

  private static List<String> english(String text) {
    List<Mention> out = new ArrayList<>();
    EnglishBodyNames.find(new TextContext(text), out);
    return out.stream().map(Mention::display).toList();
  }

  @Test
  void serbianNamesInTheNominativeWhateverTheirCaseAndScript() {
    List<Mention> latin = serbian("Prijava Agenciji za borbu protiv korupcije je podneta.");
    List<Mention> cyrillic = serbian("Пријава Агенцији за борбу против корупције је поднета.");
    assertEquals(1, latin.size(), latin.toString());
    assertEquals("Agencija za borbu protiv korupcije", latin.get(0).display());
    assertEquals("Agenciji za borbu protiv korupcije", latin.get(0).raw());
    assertEquals(latin.get(0).value(), cyrillic.get(0).value());
    List<Mention> court = serbian("presudom Osnovnog suda u Podgorici K. br. 5/15");
    assertEquals("Osnovni sud u Podgorici", court.get(0).display());
    Mention quoted = serbian("u Domu zdravlja „Dr Simo Milošević“ u Foči").get(0);
    assertEquals("Domu zdravlja „Dr Simo Milošević“", quoted.raw(), "a quoted name ends the name");
    assertEquals("Dom zdravlja Dr Simo Milošević", quoted.display());
  }

  @Test
  void aBareHeadOrAHeadCoveredByTheGazetteerIsNotAName() {
    assertTrue(serbian("Komisija je utvrdila da Uprava nije odgovorila.").isEmpty());
    // "Vlada" alone is the exception: the capitalised word names the government (a body)
    List<Mention> government = serbian("Komisija je utvrdila da Vlada nije odgovorila.");
    assertEquals(1, government.size(), government.toString());
    assertEquals("vlada", government.get(0).value());
    String t = "Opština Zvezdara";
    TextContext ctx = new TextContext(t);
    boolean[] covered = new boolean[ctx.tokens().count];
    covered[0] = true;
    List<Mention> out = new ArrayList<>();
    SerbianBodyNames.find(ctx, covered, out);
    assertTrue(out.isEmpty(), out.toString());
    assertEquals(1, serbian(t).size());
  }

  @Test
  void englishNamesAndWhatIsNotOne() {
    assertEquals(List.of("Ministry of Finance"), english("The Ministry of Finance, Belgrade, signed."));
    assertEquals(List.of("Ministry of Labour, Employment, Veteran and Social Affairs"),
        english("with the Ministry of Labour, Employment, Veteran and Social Affairs today"));
    assertEquals(List.of("Public Procurement Office"), english("the Public Procurement Office decided"));
    assertEquals(List.of(), english("files in Microsoft Office under the Export Administration Act"));
    assertEquals(List.of(), english("any State Agency and the Participating Agency"));
  }
}
