package org.istraga.samples;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Records every invented identifier of the story (PIB, matični broj, account, IBAN, JMBG) in the
 * fact sheet, with its owner and the check it passes, for entity and sensitive-data tests.
 */
final class IdentifierFacts {

  private static final String MB_CHECK = "weights 2,7,6,5,4,3,2; 11 - (sum mod 11)";
  private static final String JMBG_CHECK = "weights 7,6,5,4,3,2,7,6,5,4,3,2; 11 - (sum mod 11)";

  private IdentifierFacts() {}

  static void record(FactSheet facts) {
    ObjectNode ids = facts.section("identifiers");
    ArrayNode list = ids.putArray("list");
    add(list, "pib", Story.SUPPLIER_PIB, Story.SUPPLIER, "ISO 7064 MOD 11,10");
    add(list, "mb", Story.SUPPLIER_MB, Story.SUPPLIER, MB_CHECK);
    add(list, "pib", Story.SUBCONTRACTOR_PIB, Story.SUBCONTRACTOR, "ISO 7064 MOD 11,10");
    add(list, "mb", Story.SUBCONTRACTOR_MB, Story.SUBCONTRACTOR, MB_CHECK);
    add(list, "account", Story.SUPPLIER_ACCOUNT, Story.SUPPLIER, "ISO 7064 MOD 97-10");
    add(list, "iban", Story.SUPPLIER_IBAN, Story.SUPPLIER, "ISO 13616 MOD 97-10");
    add(list, "jmbg", Story.SUPPLIER_DIRECTOR_JMBG, Story.SUPPLIER_DIRECTOR, JMBG_CHECK);
    add(list, "jmbg", Story.SALES_JMBG, Story.SALES_LATIN, JMBG_CHECK);
    ids.put("ibanPrinted", Checksums.printIban(Story.SUPPLIER_IBAN));
  }

  private static void add(ArrayNode list, String kind, String value, String owner, String check) {
    ObjectNode o = list.addObject();
    o.put("kind", kind);
    o.put("value", value);
    o.put("owner", owner);
    o.put("check", check);
  }
}
