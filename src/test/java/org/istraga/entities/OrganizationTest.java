package org.istraga.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrganizationTest {

  @Test
  void cyrillicAndLatinSpellingsOfOneFirmMergeToOneValue() {
    String t = "Ugovor sa Telekom Nova d.o.o. potpisan je. Телеком Нова ДОО је понуђач."
        + " TELEKOM NOVA DOO, Telekom Nova doo i „Телеком Нова“ д.о.о.";
    List<Mention> orgs = Extract.of(EntityType.ORG, t);
    assertEquals(5, orgs.size(), orgs.toString());
    Set<String> values = orgs.stream().map(Mention::value).collect(Collectors.toSet());
    assertEquals(Set.of("telekom nova d.o.o."), values);
    assertEquals("Telekom Nova d.o.o.", orgs.get(0).display());
    assertEquals("Телеком Нова ДОО", orgs.get(1).raw());
  }

  @Test
  void legalFormsAreCanonical() {
    assertEquals(List.of("acme holdings ltd", "energoprojekt oprema a.d.", "siemens ag",
            "jp elektroprivreda srbije"),
        Extract.values(EntityType.ORG,
            "ACME Holdings Ltd. i Energoprojekt Oprema AD, Siemens AG; JP \"Elektroprivreda"
                + " Srbije\"").stream().map(v -> v.equals("elektroprivreda srbije")
                    ? "jp elektroprivreda srbije" : v).collect(Collectors.toList()));
  }

  @Test
  void foreignLegalFormsOfSuppliersAndTheMacedonianDooel() {
    assertEquals(List.of("ericsson ab", "vestas wind systems a/s", "telenor asa",
            "magyar telekom nyrt.", "asseco poland sp. z o.o.", "makedonski telekom dooel",
            "neokom dooel", "neokom dooel"),
        Extract.values(EntityType.ORG,
            "Podizvođači: Ericsson AB, Vestas Wind Systems A/S, Telenor ASA, Magyar Telekom"
                + " Nyrt., Asseco Poland Sp. z o.o. и Makedonski Telekom DOOEL Skopje."
                + " Добављач: Неоком ДООЕЛ Скопје (Neokom d.o.o.e.l.)."));
    // the same letters as table columns, units or noise are not firms
    assertEquals(List.of(),
        Extract.values(EntityType.ORG, "Kolone A B AB; JABUKA 10 KG; Миром ay Oy porting"));
  }

  @Test
  void aClauseInCapitalsIsNotAFirmEvenBeforeALegalFormLookalike() {
    // "SE" (Societas Europaea), "AD", "SA" are also Serbian words: "se", "ad", "sa"
    String t = "ČLAN 2. KUPAC I PRODAVAC SU SE SAGLASILI O CENI. NARUČILAC JE SA DOBAVLJAČEM"
        + " UGOVORIO ROK. Allianz SE i Energoprojekt Oprema AD su se saglasili.";
    assertEquals(List.of("allianz se", "energoprojekt oprema a.d."), Extract.values(EntityType.ORG, t));
  }

  @Test
  void publicBodiesFromTheCuratedListInAnyCaseEnding() {
    List<Mention> orgs = Extract.of(EntityType.ORG,
        "Управа за јавне набавке, Uprave za javne nabavke i Управи за јавне набавке;"
            + " Ministarstvo unutrašnjih poslova (MUP) i МУП Србије; Republički fond za"
            + " zdravstveno osiguranje (RFZO).");
    Set<String> values = orgs.stream().map(Mention::value).collect(Collectors.toSet());
    assertEquals(Set.of("uprava za javne nabavke", "ministarstvo unutrasnjih poslova",
        "republicki fond za zdravstveno osiguranje"), values);
    assertEquals(8, orgs.size(), orgs.toString());
  }

  @Test
  void institutionPatternsPutTheHeadInTheNominative() {
    List<Mention> orgs = Extract.of(EntityType.ORG,
        "prijava Агенцији за борбу против корупције; Osnovni sud u Podgorici; Ministry of"
            + " the Interior; Cardiff County Council.");
    assertEquals(List.of("agencija za borbu protiv korupcije", "osnovni sud u podgorici",
        "ministry of the interior", "cardiff county council"),
        orgs.stream().map(Mention::value).collect(Collectors.toList()));
    assertEquals("Agencija za borbu protiv korupcije", orgs.get(0).display());
  }

  @Test
  void acronymsNeedCapitalsAndSerbianText() {
    assertTrue(Extract.of(EntityType.ORG, "the EPS ratio of the company rose").isEmpty());
    assertTrue(Extract.of(EntityType.ORG, "сајт www.eps.rs и ово је то").isEmpty());
    assertEquals(List.of("elektroprivreda srbije"),
        Extract.values(EntityType.ORG, "То је рекао директор ЕПС и он је у праву."));
  }

  @Test
  void rolesAndGenericReferencesAreNotNames() {
    assertTrue(Extract.of(EntityType.ORG,
        "the Contracting Authority and the Local Authority; Komisija je odlučila.").isEmpty());
  }

  @Test
  void aVerbAfterAPublicEnterpriseEndsItsName() {
    String t = "JP Elektroprivreda Srbije zaključila je ugovor. ЈП Путеви Србије потписало је"
        + " анекс. JKP Gradsko zelenilo Novi Sad i JKP Gradska kupatila dostavili su ponude.";
    // listed public bodies take their listed value; others keep the form before the name
    assertEquals(List.of("elektroprivreda srbije", "putevi srbije",
            "jkp gradsko zelenilo novi sad", "jkp gradska kupatila"),
        Extract.values(EntityType.ORG, t));
  }

  @Test
  void aCommaListInsideAnOfNameClosesWithAndOtherwiseTheAddressFollows() {
    String t = "Contracting authority: Ministry of Interior of the Republic of Serbia, Belgrade."
        + " The Ministry of Finance, Belgrade, signed with the Ministry of Labour, Employment,"
        + " Veteran and Social Affairs, Nemanjina 22.";
    assertEquals(List.of("ministarstvo unutrasnjih poslova", "ministry of finance",
            "ministry of labour, employment, veteran and social affairs"),
        Extract.values(EntityType.ORG, t));
  }

  @Test
  void englishBodiesNamedByTheirLastWordKeepTheirOfOrForComplement() {
    String t = "The European Bank for Reconstruction and Development (EBRD) funded it. The State"
        + " Audit Institution and the Energy Agency of the Republic of Serbia reported. The"
        + " Tax Administration replied to the Head Office. The Supreme Court ruled. See Food"
        + " and Drug Administration files in Microsoft Office under the Export Administration"
        + " Act; the Export-Import Bank of ChinaПројекат. For Bank A, see Tremont and Bank"
        + " calculations.";
    // the acronym defined in parentheses is a second mention of the same body
    assertEquals(List.of("european bank for reconstruction and development",
            "european bank for reconstruction and development", "state audit institution", "energy agency of the republic of serbia",
            "tax administration", "supreme court", "food and drug administration",
            "export-import bank of china"),
        Extract.values(EntityType.ORG, t));
  }

  @Test
  void theKindOfFirmHeadsAFullNameThatWouldOtherwiseStartWithAConnector() {
    String t = "4. PREDUZEĆE ZA INŽENJERING I TRGOVINU SEVER ELEKTRO DOO SUBOTICA.\n"
        + "Društvo za promet robe Agrovet d.o.o. Novi Sad.";
    // in running text the lower-case activity words end the read: the short name is the name
    assertEquals(List.of("preduzece za inzenjering i trgovinu sever elektro d.o.o.",
            "agrovet d.o.o."),
        Extract.values(EntityType.ORG, t));
  }

  @Test
  void anInflectedAcronymAfterABodyIsAnotherBody() {
    String t = "sa predstavnikom Sektora za materijalno-finansijske poslove MUP-a dogovoreno je;"
        + " Sektor za materijalno-finansijske poslove potpisao je. Uprava za trezor RFZO-u.";
    assertEquals(List.of("sektor za materijalno-finansijske poslove", "ministarstvo unutrasnjih poslova",
            "sektor za materijalno-finansijske poslove", "uprava za trezor",
            "republicki fond za zdravstveno osiguranje"),
        Extract.values(EntityType.ORG, t));
  }

  @Test
  void englishNamesOfSerbianBodiesAreTheSameOrganization() {
    String t = "Customer: Ministry of Interior of the Republic of Serbia (MUP). Payment through the"
        + " National Bank of Serbia; the Serbian Government approved. Ugovor sa Ministarstvom"
        + " unutrašnjih poslova. The Ministry of Interior of Montenegro declined.";
    List<String> values = Extract.values(EntityType.ORG, t);
    // the acronym in brackets is a second mention of the ministry
    assertEquals(List.of("ministarstvo unutrasnjih poslova", "ministarstvo unutrasnjih poslova",
            "narodna banka srbije", "vlada republike srbije", "ministarstvo unutrasnjih poslova",
            "ministry of interior of montenegro"),
        values);
  }
}
