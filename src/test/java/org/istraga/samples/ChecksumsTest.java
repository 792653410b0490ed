package org.istraga.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The check-digit algorithms against published examples and hand-worked sums, and the
 * property that matters for a validator under test: changing any one digit breaks the check.
 */
class ChecksumsTest {

  @Test
  void ibanMatchesTheRegistryExampleForSerbia() {
    // SWIFT IBAN registry example for RS
    assertTrue(Checksums.isValidIban("RS35260005601001611379"));
    assertTrue(Checksums.isValidIban("RS35 2600 0560 1001 6113 79"));
    assertEquals("RS35260005601001611379", Checksums.iban("RS", "260005601001611379"));
    assertFalse(Checksums.isValidIban("RS35260005601001611378"));
    assertEquals("RS35 2600 0560 1001 6113 79", Checksums.printIban("RS35260005601001611379"));
  }

  @Test
  void accountControlIsIso7064Mod97() {
    // the account inside the registry example IBAN above
    assertTrue(Checksums.isValidAccount("260-0056010016113-79"));
    assertEquals(79, Checksums.accountControl("260", "0056010016113"));
    assertEquals("160-0000000418725-51", Checksums.formatAccount("160", "0000000418725"));
    assertFalse(Checksums.isValidAccount("160-0000000418725-52"));
    assertFalse(Checksums.isValidAccount("160-000000041872-51"));
  }

  @Test
  void pibIsIso7064Mod1110() {
    // digits 1,0,9,4,3,7,1,8, starting from p=10 (s=0 counts as 10):
    // s=(10+1)%10=1 p=2; s=(2+0)=2 p=4; s=(4+9)%10=3 p=6; s=(6+4)=10 p=20%11=9;
    // s=(9+3)%10=2 p=4; s=(4+7)=11%10=1 p=2; s=(2+1)=3 p=6; s=(6+8)%10=4 p=8;
    // check digit (11-8) mod 10 = 3
    assertEquals(3, Checksums.pibCheckDigit("10943718"));
    assertTrue(Checksums.isValidPib("109437183"));
    assertSingleDigitChangesBreak("109437183", Checksums::isValidPib);
  }

  @Test
  void matičniBrojUsesTheRegistryWeights() {
    // weights 2,7,6,5,4,3,2: 2·2+1·7+5·6+3·5+9·4+0·3+5·2 = 4+7+30+15+36+0+10 = 102; 102 mod 11 = 3; 11-3 = 8
    assertEquals(8, Checksums.mbCheckDigit("2153905"));
    assertTrue(Checksums.isValidMb("21539058"));
    assertSingleDigitChangesBreak("21539058", Checksums::isValidMb);
    // 2·2+1·7+4·6+8·5+7·4+5·3+6·2 = 130; 130 mod 11 = 9; 11-9 = 2
    assertEquals(2, Checksums.mbCheckDigit("2148756"));
    // remainders 0 (2153909: sum 110) and 1 (2153904: sum 100) have no agreed check digit
    assertThrows(IllegalArgumentException.class, () -> Checksums.mbCheckDigit("2153909"));
    assertThrows(IllegalArgumentException.class, () -> Checksums.mbCheckDigit("2153904"));
    assertFalse(Checksums.isValidMb("21539049"));
  }

  @Test
  void jmbgUsesTheTwelveWeights() {
    // 0·7+1·6+0·5+1·4+9·3+7·2+0·7+7·6+1·5+0·4+1·3+2·2 = 105; 105 mod 11 = 6; 11-6 = 5
    assertEquals(5, Checksums.jmbgCheckDigit("010197071012"));
    assertTrue(Checksums.isValidJmbg("0101970710125"));
    assertSingleDigitChangesBreak("0101970710125", Checksums::isValidJmbg);
    assertFalse(Checksums.isValidJmbg("010197071012"));
    assertThrows(IllegalArgumentException.class, () -> Checksums.jmbgCheckDigit("050596571011"));
  }

  private static void assertSingleDigitChangesBreak(String valid,
      Predicate<String> check) {
    for (int i = 0; i < valid.length(); i++) {
      for (char d = '0'; d <= '9'; d++) {
        if (d != valid.charAt(i)) {
          String changed = valid.substring(0, i) + d + valid.substring(i + 1);
          assertFalse(check.test(changed), "still valid after a one-digit change: " + changed);
        }
      }
    }
  }
}
