package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.istraga.document.DataField;
import org.istraga.document.DocumentRecord;
import org.istraga.document.EntityMention;
import org.junit.jupiter.api.Test;

/** Entities of a document's metadata (each field read on its own) and data fields. */
class EntityAnnotatorTest {

  @Test
  void aFirmNameNeverRunsFromOneMetadataFieldIntoTheNext() {
    DocumentRecord r = new DocumentRecord();
    r.text = "Specifikacija cena za eLTE mrežu.";
    r.authors.add("Chen Liang");
    r.lastModifiedBy = "Vesna Mirković";
    r.company = "Huaxing Networks Co., Ltd.";
    EntityAnnotator.standard().annotate(r);
    List<String> orgs = r.entities.stream().filter(m -> m.type().equals("org"))
        .map(EntityMention::value).toList();
    assertEquals(List.of("huaxing networks co., ltd"), orgs);
  }

  @Test
  void dataFieldsBecomeMentionsWithTheirPages() {
    DocumentRecord r = new DocumentRecord();
    r.text = "F-7\n\n2019-03-14\n\nRSD\n\n07025246\n\n3300000.00\n\n1.500,00\n\n";
    r.pageStarts = new int[] {0, r.text.indexOf("3300000")};
    r.dataFields = List.of(
        field(r.text, "07025246", DataField.COMPANY_ID, null),
        field(r.text, "3300000.00", DataField.MONEY, "RSD"),
        field(r.text, "1.500,00", DataField.MONEY, "EUR"), // not an XML decimal: no mention
        new DataField(r.text.length() - 2, r.text.length() + 10, DataField.MONEY, "EUR"), // past the text
        field(r.text, "F-7", "a-kind-of-a-later-version", null));
    EntityAnnotator.standard().annotate(r);
    List<String> got = r.entities.stream().filter(m -> !m.type().equals("date"))
        .map(m -> m.type() + " " + m.value() + " p" + m.page()).toList();
    assertEquals(List.of("mb 07025246 p1", "money 3300000 RSD p2"), got);
  }

  private static DataField field(String text, String value, String kind, String currency) {
    int s = text.indexOf(value);
    return new DataField(s, s + value.length(), kind, currency);
  }
}
