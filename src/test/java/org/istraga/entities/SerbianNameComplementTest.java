package org.istraga.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link SerbianNameComplement}: where the words after a body's head stop being its name. */
class SerbianNameComplementTest {

  /** The text of the complement of the head that starts {@code text}, head included. */
  private static String named(String text) {
    TextContext ctx = new TextContext(text);
    TextContext.Tokens tok = ctx.tokens();
    SerbianBodyHeads.Head h = SerbianBodyHeads.lookup(tok.folded(0));
    int last = SerbianNameComplement.lastToken(ctx, 0, h);
    return text.substring(0, tok.end[last]);
  }

  @Test
  void complementsOfEachKind() {
    assertEquals("Agencija za borbu protiv korupcije", named("Agencija za borbu protiv korupcije je donela odluku"));
    assertEquals("Sud u Podgorici", named("Sud u Podgorici K. br. 5/15"));
    assertEquals("Ministarstvo finansija", named("Ministarstvo finansija utvrđuje iznos"));
    assertEquals("Opština Zvezdara", named("Opština Zvezdara, Bulevar kralja Aleksandra"));
    assertEquals("Vlada Ruske Federacije", named("Vlada Ruske Federacije - Finansiranje projekta"));
  }

  @Test
  void aBareHeadHasNoComplement() {
    assertEquals("Komisija", named("Komisija je utvrdila"));
    assertEquals("Agencija", named("Agencija 2019"));
  }

  @Test
  void aLaidOutTableDoesNotEndANameThatNeedsItsNoun() {
    assertEquals("Kancelarija za evropske\n\nintegracije",
        named("Kancelarija za evropske\n\nintegracije je objavila"));
    assertEquals("Opština Vračar", named("Opština Vračar\nOpštinska uprava"));
  }

  @Test
  void predicatesEndANameAndNounsThatLookLikeThemDoNot() {
    for (String verb : new String[] {"donela", "utvrditi", "potpisao", "moze", "obavezna", "dostavila"}) {
      assertTrue(SerbianNameComplement.predicateLike(verb), verb);
    }
    for (String noun : new String[] {"zelenilo", "radio", "finansija", "poslova", "uprava"}) {
      assertFalse(SerbianNameComplement.predicateLike(noun), noun);
    }
    assertTrue(SerbianNameComplement.STOP.contains("koja"));
    assertTrue(SerbianNameComplement.STOP.contains("the"));
  }
}
