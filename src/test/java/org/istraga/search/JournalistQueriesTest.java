package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.istraga.cli.ExitCode;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.istraga.testing.TextPdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries a journalist types on a Serbian leak, judged by hand: {@code search/journalist-queries.json}
 * lists for each query the files it must find and must not find (and where its snippets must
 * be), decided by reading the passages of {@code search/journalist-documents.json}. The test writes
 * those passages as evidence files of the kinds a leak holds (text, PDF pages, DOCX, e-mail),
 * ingests them like a real case, and checks every judgment: both scripts, with and without
 * diacritics, {@code dj} and bare {@code d} for {@code đ}, inflected names and phrases, amounts,
 * dates and identifiers as typed, wildcards on Cyrillic, fielded and range queries, operators.
 */
class JournalistQueriesTest {

  @TempDir static Path tmp;
  static String caseDir;

  @BeforeAll
  static void ingest() throws IOException {
    Path leak = tmp.resolve("leak");
    JsonNode docs;
    try (InputStream in = JournalistQueriesTest.class.getResourceAsStream("/search/journalist-documents.json")) {
      docs = new ObjectMapper().readTree(in).get("documents");
    }
    for (JsonNode d : docs) {
      Path file = leak.resolve(d.get("file").asText());
      switch (d.get("format").asText()) {
        case "txt" -> Evidence.write(file, d.get("text").asText());
        case "pdf" -> Evidence.write(file, TextPdfs.of(strings(d.get("pages"))));
        case "docx" -> Evidence.write(file, Evidence.docx(d.get("author").asText(), d.get("author").asText(),
            strings(d.get("paragraphs")).toArray(String[]::new)));
        case "eml" -> Evidence.write(file, eml(d));
        default -> throw new IllegalStateException("unknown format in " + d);
      }
    }
    caseDir = tmp.resolve("case").toString();
    Cli.Result r = Cli.run("ingest", "--case", caseDir, "--ocr", "off", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
  }

  @TestFactory
  Stream<DynamicTest> everyJudgedQueryFindsWhatItMustAndNothingItMustNot() {
    JournalistQueries judged = JournalistQueries.load("/search/journalist-queries.json");
    assertTrue(judged.judgments().size() >= 60, "at least 60 judged queries");
    return judged.judgments().stream().map(j -> DynamicTest.dynamicTest(j.query(), () -> {
      JournalistQueries.Found found = JournalistQueries.search(caseDir, j.query());
      JournalistQueries.assertJudged(j, found);
    }));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static byte[] eml(JsonNode d) {
    String mail = "From: " + d.get("from").asText() + "\r\n"
        + "To: " + d.get("to").asText() + "\r\n"
        + "Subject: " + d.get("subject").asText() + "\r\n"
        + "Date: " + d.get("date").asText() + "\r\n"
        + "Message-ID: <judged-1@telekomnova.example>\r\n"
        + "MIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + d.get("body").asText().replace("\n", "\r\n") + "\r\n";
    return mail.getBytes(StandardCharsets.UTF_8);
  }
}
