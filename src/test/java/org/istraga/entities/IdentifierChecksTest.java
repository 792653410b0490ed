package org.istraga.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierChecksTest {

  @Test
  void pibUsesIso7064Mod1110() {
    // published PIBs of Serbian public enterprises (javna_preduzeca register) and firms
    for (String pib : List.of("101799285", "100984339", "100237773", "100002887", "101670560")) {
      assertTrue(IdentifierChecks.pib(pib), pib);
    }
    assertFalse(IdentifierChecks.pib("101799286"));
    assertFalse(IdentifierChecks.pib("123456789"));
    assertFalse(IdentifierChecks.pib("10179928"));
  }

  @Test
  void matičniBrojUsesMod11WithWeightsFromTheRight() {
    for (String mb : List.of("08646465", "17345745", "08113700", "07350767", "66841251")) {
      assertTrue(IdentifierChecks.mb(mb), mb);
    }
    assertFalse(IdentifierChecks.mb("08646466"));
    assertFalse(IdentifierChecks.mb("12345678"));
  }

  @Test
  void jmbgNeedsAValidDateAndCheckDigit() {
    assertTrue(IdentifierChecks.jmbg("0308964384007")); // textbook example
    assertTrue(IdentifierChecks.jmbg("0101990710008"));
    assertFalse(IdentifierChecks.jmbg("0101990710006")); // wrong check digit
    assertFalse(IdentifierChecks.jmbg("3102990710003")); // 31 February
    assertFalse(IdentifierChecks.jmbg("0113990710001")); // month 13
  }

  @Test
  void serbianAccountControlIs98MinusMod97() {
    assertTrue(IdentifierChecks.serbianAccount("265166031000504268"));
    assertTrue(IdentifierChecks.serbianAccount("840000000089366616"));
    assertFalse(IdentifierChecks.serbianAccount("265166031000504269"));
  }

  @Test
  void ibanNeedsCountryLengthAndMod97() {
    assertTrue(IdentifierChecks.iban("RS35105008123123123173"));
    assertTrue(IdentifierChecks.iban("GB82WEST12345698765432"));
    assertTrue(IdentifierChecks.iban("BG93FINV915010USD0AYWL"));
    assertFalse(IdentifierChecks.iban("RS35105008123123123174"));
    assertFalse(IdentifierChecks.iban("RS3510500812312312317")); // RS is 22 long
    assertFalse(IdentifierChecks.iban("XX35105008123123123173"));
    assertEquals(22, IdentifierChecks.ibanLength("RS"));
  }

  @Test
  void cpvChecksDivision() {
    assertTrue(IdentifierChecks.cpv("32000000"));
    assertTrue(IdentifierChecks.cpv("09310000"));
    assertFalse(IdentifierChecks.cpv("12000000")); // no division 12
    assertFalse(IdentifierChecks.cpv("3200000"));
  }
}
