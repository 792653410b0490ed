package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.istraga.cli.ExitCode;
import org.istraga.testing.Cli;
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
    JudgedDocuments.write("/search/journalist-documents.json", leak, "judged-1@telekomnova.example");
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
}
