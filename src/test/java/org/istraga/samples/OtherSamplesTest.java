package org.istraga.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The English summary, the names note, the duplicate and the recorded file list. */
class OtherSamplesTest {

  private final JsonNode facts = CommittedSamples.facts();

  @Test
  void englishSummaryStatesTheDeal() throws IOException {
    JsonNode s = facts.get("summary");
    try (PDDocument doc = Loader.loadPDF(CommittedSamples.bytes(s.get("path").asText()))) {
      assertEquals(s.get("pages").asInt(), doc.getNumberOfPages());
      assertEquals(s.get("author").asText(), doc.getDocumentInformation().getAuthor());
      String text = new PDFTextStripper().getText(doc);
      for (String phrase : CommittedSamples.strings(s.get("phrases"))) {
        assertTrue(text.contains(phrase), "summary lacks \"" + phrase + "\"");
      }
    }
  }

  @Test
  void namesNoteSpellsNamesInEveryScript() throws IOException {
    JsonNode n = facts.get("namesNote");
    String text = new String(CommittedSamples.bytes(n.get("path").asText()),
        StandardCharsets.UTF_8);
    for (JsonNode v : n.get("variants")) {
      for (String key : List.of("cyrillic", "latin", "ascii")) {
        assertTrue(text.contains(v.get(key).asText()), "note lacks " + v.get(key));
      }
      assertEquals(v.get("latin").asText(),
          SerbianTransliterator.toLatin(v.get("cyrillic").asText()));
    }
  }

  @Test
  void duplicateIsTheSameBytesAtTwoPaths() throws IOException {
    JsonNode d = facts.get("duplicate");
    List<String> paths = CommittedSamples.strings(d.get("paths"));
    assertEquals(2, paths.size());
    byte[] a = CommittedSamples.bytes(paths.get(0));
    byte[] b = CommittedSamples.bytes(paths.get(1));
    assertArrayEquals(a, b);
    assertEquals(d.get("sha256").asText(), LeakFiles.sha256(a));
  }

  @Test
  void fileListMatchesTheFilesAndStaysSmall() throws IOException {
    Path root = CommittedSamples.root();
    List<String> listed = new ArrayList<>();
    long total = 0;
    for (JsonNode f : facts.get("files").get("list")) {
      byte[] bytes = CommittedSamples.bytes(f.get("path").asText());
      assertEquals(f.get("bytes").asLong(), bytes.length, f.get("path").asText());
      assertEquals(f.get("sha256").asText(), LeakFiles.sha256(bytes), f.get("path").asText());
      listed.add(f.get("path").asText());
      total += bytes.length;
    }
    List<String> onDisk;
    try (Stream<Path> s = Files.walk(root.resolve("leak"))) {
      onDisk = s.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
    assertEquals(onDisk, listed, "facts.json lists every file under samples/leak");
    assertTrue(total < 3_000_000, "samples must stay well under 3 MB, are " + total);
  }
}
