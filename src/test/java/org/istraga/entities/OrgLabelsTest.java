package org.istraga.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The facet label of an organization does not depend on the case or script it was written in. */
class OrgLabelsTest {

  @Test
  void capitalsGetTheCasingOfRunningText() {
    assertEquals("Latham & Watkins LLP", OrgLabels.label("LATHAM & WATKINS LLP"));
    assertEquals("Telekom Srbija a.d.", OrgLabels.label("TELEKOM SRBIJA a.d."));
    assertEquals("Siemens GmbH", OrgLabels.label("SIEMENS GmbH"));
    assertEquals("JP Putevi Srbije", OrgLabels.label("JP PUTEVI SRBIJE"));
    assertEquals("NIS a.d.", OrgLabels.label("NIS a.d."));
    assertEquals("Bank of China Ltd", OrgLabels.label("BANK OF CHINA Ltd"));
    assertEquals("O'Brien-Smith Ltd", OrgLabels.label("O'BRIEN-SMITH Ltd"));
    assertEquals("Mcdonald's", OrgLabels.label("MCDONALD'S"));
  }

  @Test
  void everySpellingOfOneFirmHasOneLabel() {
    String[] raw = {"Телеком Нова ДОО", "Telekom Nova d.o.o.", "TELEKOM NOVA D.O.O.", "ТЕЛЕКОМ НОВА Д.О.О."};
    for (String r : raw) {
      Mention m = Extract.of(EntityType.ORG, "Ugovor je potpisan sa firmom " + r + " juče.").get(0);
      assertEquals("telekom nova d.o.o.", m.value(), r);
      assertEquals("Telekom Nova d.o.o.", OrgLabels.label(m.display()), r);
    }
  }

  @Test
  void aNameWithLowerCaseLettersIsKeptAsWritten() {
    assertEquals("HIP Petrohemija a.d.", OrgLabels.label("HIP Petrohemija a.d."));
    assertEquals("Osnovni sud u Podgorici", OrgLabels.label("Osnovni sud u Podgorici"));
    assertEquals("Đorđe Company d.o.o.", OrgLabels.label("Ђорђе Company d.o.o."));
  }
}
