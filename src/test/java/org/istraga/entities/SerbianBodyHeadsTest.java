package org.istraga.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link SerbianBodyHeads}: heads in any case and either script, adjectives back in the nominative. */
class SerbianBodyHeadsTest {

  @Test
  void aHeadInAnyCaseFormAndScriptIsOneHead() {
    for (String form : new String[] {"Agencija", "Agenciji", "Агенцији", "AGENCIJOM", "agencije"}) {
      SerbianBodyHeads.Head h = SerbianBodyHeads.lookup(ScriptFolding.fold(form));
      assertEquals("Agencija", h == null ? null : h.nominative(), form);
      assertEquals(SerbianBodyHeads.Gender.F, h.gender());
    }
    assertEquals("Centar", SerbianBodyHeads.lookup("centra").nominative());
    assertEquals("Centar", SerbianBodyHeads.lookup("centar").nominative());
    assertEquals("Tužilaštvo", SerbianBodyHeads.lookup(ScriptFolding.fold("Тужилаштву")).nominative());
    assertNull(SerbianBodyHeads.lookup("ugovor"));
    assertFalse(SerbianBodyHeads.isHead("ugovora"));
  }

  @Test
  void onlyGenitiveHeadsTakeLowerCaseComplements() {
    assertTrue(SerbianBodyHeads.lookup("ministarstva").genitive(), "Ministarstvo finansija");
    assertTrue(SerbianBodyHeads.lookup("upravi").genitive(), "Uprava carina");
    assertFalse(SerbianBodyHeads.lookup("agencija").genitive(), "Agencija needs za or a name");
    assertFalse(SerbianBodyHeads.lookup("sud").genitive());
  }

  @Test
  void adjectivesThatMayStandBeforeAHead() {
    assertTrue(SerbianBodyHeads.isAdjective("republickoj"));
    assertTrue(SerbianBodyHeads.isAdjective("osnovnog"));
    assertTrue(SerbianBodyHeads.isAdjective("privredni"));
    assertFalse(SerbianBodyHeads.isAdjective("ugovor"));
    assertFalse(SerbianBodyHeads.isAdjective("republickoga" + "xx"), "too long an ending for the stem");
  }

  @Test
  void adjectivesAgreeWithTheHeadInTheNominative() {
    assertEquals("Republička", SerbianBodyHeads.nominativeAdjective("Republičkoj", SerbianBodyHeads.Gender.F));
    assertEquals("Osnovni", SerbianBodyHeads.nominativeAdjective("Osnovnog", SerbianBodyHeads.Gender.M));
    assertEquals("Javno", SerbianBodyHeads.nominativeAdjective("Javnom", SerbianBodyHeads.Gender.N));
    assertEquals("Više", SerbianBodyHeads.nominativeAdjective("Višem", SerbianBodyHeads.Gender.N), "a soft stem");
    assertEquals("REPUBLIČKA", SerbianBodyHeads.nominativeAdjective("REPUBLIČKE", SerbianBodyHeads.Gender.F));
    assertEquals("Vis", SerbianBodyHeads.nominativeAdjective("Vis", SerbianBodyHeads.Gender.M), "no ending to take off");
  }
}
