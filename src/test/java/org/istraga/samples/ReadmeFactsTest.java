package org.istraga.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-written {@code samples/README.md} quotes every fact a test or a reader relies on,
 * exactly as {@code facts.json} records it, so the two cannot drift apart.
 */
class ReadmeFactsTest {

  @Test
  void readmeQuotesTheRecordedFacts() throws IOException {
    String readme = Files.readString(CommittedSamples.root().resolve("README.md"),
        StandardCharsets.UTF_8);
    JsonNode f = CommittedSamples.facts();
    List<String> expected = new ArrayList<>();
    f.get("files").get("list").forEach(n -> expected.add(n.get("path").asText()));
    for (JsonNode p : f.get("contract").get("phrases")) {
      expected.add(p.get("cyrillic").asText());
      expected.add(p.get("latin").asText());
    }
    expected.add(f.get("contract").get("title").asText());
    expected.add(f.get("contract").get("author").asText());
    f.get("identifiers").get("list").forEach(n -> expected.add(n.get("value").asText()));
    expected.add(f.get("identifiers").get("ibanPrinted").asText());
    expected.addAll(CommittedSamples.strings(f.get("scan").get("ocrMustRead")));
    expected.add(f.get("scan").get("stampLeft").asText());
    expected.add(f.get("scan").get("stampRight").asText());
    JsonNode annex = f.get("priceAnnex");
    expected.addAll(CommittedSamples.strings(annex.get("sheets")));
    addAll(expected, annex, "author", "lastModifiedBy", "company", "created", "modified",
        "moneyFormat", "totalListFormatted", "totalNetFormatted");
    annex.get("items").forEach(n -> {
      expected.add(n.get("name").asText());
      expected.add(n.get("netFormatted").asText());
    });
    addAll(expected, f.get("memo"), "pathInArchive", "creator", "lastModifiedBy", "company",
        "revision", "title", "created", "modified", "memoNumber", "keySentence");
    addAll(expected, f.get("email"), "from", "to", "cc", "subject", "date", "messageId",
        "attachmentName", "bodyMentions");
    expected.addAll(CommittedSamples.strings(f.get("email").get("receivedTimes")));
    addAll(expected, f.get("incrementalUpdate"), "title", "author", "deadlineBefore",
        "deadlineAfter", "amountBefore", "amountAfter", "firstRevisionBytes", "created",
        "modified");
    expected.addAll(CommittedSamples.strings(f.get("duplicate").get("paths")));
    expected.addAll(CommittedSamples.strings(f.get("archive").get("entries")));
    expected.addAll(CommittedSamples.strings(f.get("archive").get("nestedEntries")));
    expected.add(f.get("archive").get("csvFirstRow").asText());
    expected.addAll(CommittedSamples.strings(f.get("summary").get("phrases")));
    addAll(expected, f.get("summary"), "title", "author");
    for (JsonNode v : f.get("namesNote").get("variants")) {
      addAll(expected, v, "cyrillic", "latin", "ascii");
    }
    List<String> missing = expected.stream().filter(s -> !readme.contains(s)).distinct()
        .toList();
    assertEquals(List.of(), missing, "samples/README.md does not quote these facts");
  }

  private static void addAll(List<String> out, JsonNode node, String... keys) {
    for (String key : keys) {
      JsonNode value = node.get(key);
      if (value == null) {
        throw new AssertionError("facts.json lacks " + key);
      }
      out.add(value.asText());
    }
  }
}
