package org.istraga.samples;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a plain-text note (UTF-8, LF line ends) in which the same people and places appear in
 * Cyrillic, in Latin with diacritics and in plain ASCII (Ђорђе / Đorđe / Djordje, Ниш / Niš /
 * Nis): the ground truth for script- and diacritic-folding search.
 */
final class NamesNoteDocument {

  static final String PATH = "leak/beleske/napomena-imena-i-mesta.txt";

  static String text() {
    return String.join("\n",
        "Napomena uz dokumente o ugovoru " + Story.CONTRACT_NUMBER,
        "",
        "Ista imena se u dokumentima pišu na više načina:",
        "- direktor Telekom Nove: Ђорђе Раденковић (ćirilica, ugovor),"
            + " Đorđe Radenković (latinica, pošta),",
        "  Djordje Radenkovic (engleski izveštaj, pasoš). JMBG: "
            + Story.SUPPLIER_DIRECTOR_JMBG + ".",
        "- pomoćnik ministra: Милорад Јеремић / Milorad Jeremić / Milorad Jeremic.",
        "- grad: Ниш / Niš / Nis; podizvođač Инфосистем Плус д.о.о. / Infosistem Plus d.o.o.",
        "- ministarstvo: Министарство унутрашњих послова / Ministarstvo unutrašnjih poslova"
            + " / MUP / Ministry of Interior.",
        "",
        "Poziv sa Vesnom Mirković zakazan za petak u Nišu, tel. " + Story.SALES_PHONE + ".",
        "");
  }

  void write(LeakFiles files, FactSheet facts) throws IOException {
    files.write(PATH, text().getBytes(StandardCharsets.UTF_8));
    ObjectNode n = facts.section("namesNote");
    n.put("path", PATH);
    n.put("encoding", "UTF-8");
    ArrayNode variants = n.putArray("variants");
    add(variants, "Ђорђе Раденковић", "Đorđe Radenković", "Djordje Radenkovic");
    add(variants, "Милорад Јеремић", "Milorad Jeremić", "Milorad Jeremic");
    add(variants, "Ниш", "Niš", "Nis");
  }

  private static void add(ArrayNode variants, String cyrillic, String latin, String ascii) {
    ObjectNode v = variants.addObject();
    v.put("cyrillic", cyrillic);
    v.put("latin", latin);
    v.put("ascii", ascii);
  }
}
