package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.tika.metadata.Metadata;
import org.istraga.document.DocumentRecord;
import org.junit.jupiter.api.Test;

/** Descriptive fields taken from the metadata Tika's parsers write. */
class MetadataMapperTest {

  @Test
  void outlookSubjectKeepsItsReplyAndForwardPrefix() {
    // as Tika's OutlookExtractor writes a forwarded .msg: PR_SUBJECT in dc:title, the conversation topic in dc:subject
    Metadata m = new Metadata();
    m.set(Metadata.CONTENT_TYPE, "application/vnd.ms-outlook");
    m.set("dc:title", "FW: Ponuda 404-12/2023");
    m.set("dc:subject", "Ponuda 404-12/2023");
    m.set("Message-From", "Paul Hill");
    DocumentRecord r = new DocumentRecord();
    MetadataMapper.apply(m, r);
    assertEquals("FW: Ponuda 404-12/2023", r.subject);
  }

  @Test
  void rfc822SubjectIsTheSubjectField() {
    Metadata m = new Metadata();
    m.set(Metadata.CONTENT_TYPE, "message/rfc822");
    m.set("dc:subject", "RE: Ugovor");
    m.set("dc:title", "RE: Ugovor");
    m.set("Message-From", "a@example.org");
    DocumentRecord r = new DocumentRecord();
    MetadataMapper.apply(m, r);
    assertEquals("RE: Ugovor", r.subject);
  }
}
