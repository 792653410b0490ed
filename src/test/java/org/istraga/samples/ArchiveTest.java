package org.istraga.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The ZIP archive holds the DOCX memo (with distinct creator and last editor) and a nested ZIP
 * with a contact list and a site list; names use UTF-8 with Serbian diacritics.
 */
class ArchiveTest {

  private final JsonNode archive = CommittedSamples.facts().get("archive");
  private final JsonNode memo = CommittedSamples.facts().get("memo");

  @Test
  void entriesAreTheRecordedOnesWithUtf8Names() throws IOException {
    Map<String, byte[]> outer = entries(CommittedSamples.bytes(archive.get("path").asText()));
    assertEquals(CommittedSamples.strings(archive.get("entries")), new ArrayList<>(outer.keySet()));
    assertTrue(archive.get("memoEntry").asText().contains("š"));
    Map<String, byte[]> nested = entries(outer.get(archive.get("nestedEntry").asText()));
    assertEquals(CommittedSamples.strings(archive.get("nestedEntries")),
        new ArrayList<>(nested.keySet()));
  }

  @Test
  void memoHasDistinctAuthorAndEditorAndTheRecordedMetadata() throws IOException {
    byte[] docx = entries(CommittedSamples.bytes(archive.get("path").asText()))
        .get(memo.get("pathInArchive").asText());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
      assertEquals(memo.get("creator").asText(), core.getCreator());
      assertEquals(memo.get("lastModifiedBy").asText(), core.getLastModifiedByUser());
      assertNotEquals(core.getCreator(), core.getLastModifiedByUser());
      assertEquals(memo.get("revision").asText(), core.getRevision());
      assertEquals(memo.get("title").asText(), core.getTitle());
      assertEquals(memo.get("created").asText(), core.getCreated().toInstant().toString());
      assertEquals(memo.get("modified").asText(), core.getModified().toInstant().toString());
      assertEquals(memo.get("company").asText(),
          doc.getProperties().getExtendedProperties().getUnderlyingProperties().getCompany());
      assertTrue(text.getText().contains(memo.get("keySentence").asText()));
      assertTrue(text.getText().contains(memo.get("memoNumber").asText()));
    }
  }

  @Test
  void nestedContactListHoldsValidInventedJmbgs() throws IOException {
    Map<String, byte[]> outer = entries(CommittedSamples.bytes(archive.get("path").asText()));
    Map<String, byte[]> nested = entries(outer.get(archive.get("nestedEntry").asText()));
    String csv = new String(nested.get("kontakti.csv"), StandardCharsets.UTF_8);
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .get().parse(new StringReader(csv)).getRecords();
    assertEquals(archive.get("csvRows").asInt(), rows.size());
    assertTrue(csv.contains(archive.get("csvFirstRow").asText()));
    List<String> jmbgs = new ArrayList<>();
    for (CSVRecord r : rows) {
      if (!r.get("jmbg").isEmpty()) {
        assertTrue(Checksums.isValidJmbg(r.get("jmbg")), r.get("jmbg"));
        jmbgs.add(r.get("jmbg"));
      }
    }
    List<String> recorded = new ArrayList<>();
    for (JsonNode id : CommittedSamples.facts().get("identifiers").get("list")) {
      if (id.get("kind").asText().equals("jmbg")) {
        recorded.add(id.get("value").asText());
      }
    }
    assertEquals(recorded, jmbgs);
    String sites = new String(nested.get("lokacije-baznih-stanica.txt"), StandardCharsets.UTF_8);
    assertEquals(archive.get("sitesTotal").asInt(),
        sites.lines().filter(l -> l.matches(" ?\\d+\\. BS-\\d{3} .*")).count());
  }

  /** The entries of a ZIP in physical order, with their bytes; fails unless names are UTF-8. */
  static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipFile in = ZipFile.builder()
        .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
        assertTrue(e.getGeneralPurposeBit().usesUTF8ForNames(), "UTF-8 flag on " + e.getName());
        try (InputStream data = in.getInputStream(e)) {
          out.put(e.getName(), data.readAllBytes());
        }
      }
    }
    return out;
  }
}
