package org.istraga.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MentionMaskerTest {

  @Test
  void jmbgKeepsFirstTwoAndLastDigit() {
    Mention m = Extract.of(EntityType.JMBG, "JMBG 0101990710008").get(0);
    assertTrue(m.sensitive());
    assertEquals("01**********8", MentionMasker.mask(m));
    assertEquals("01**********8", MentionMasker.maskRaw(m));
  }

  @Test
  void otherTypesAreNotMasked() {
    Mention m = Extract.of(EntityType.PIB, "PIB 101799285").get(0);
    assertFalse(m.sensitive());
    assertEquals("101799285", MentionMasker.mask(m));
  }

  @Test
  void separatorsInRawTextAreKept() {
    assertEquals("01*-***-****8", MentionMasker.maskDigits("010-199-07108"));
  }
}
