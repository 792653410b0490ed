package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.istraga.document.DocumentRecord;
import org.istraga.document.EntityMention;
import org.junit.jupiter.api.Test;

/** Entities of a document's metadata: each field is read on its own. */
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
}
