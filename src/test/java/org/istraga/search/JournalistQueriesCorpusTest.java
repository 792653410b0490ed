package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.istraga.cli.ExitCode;
import org.istraga.testing.Cli;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The judged journalist queries on real documents (skipped with a message when the shared corpus
 * is absent): {@code search/journalist-queries-corpus.json} names, by file name, the documents of
 * {@code i_serbian} (Montenegrin court judgments, Serbian fiscal receipts, CRTA procurement
 * reports and laws in both scripts) and of the bundled samples that each query must and must not
 * find, as decided by reading their extracted texts.
 */
class JournalistQueriesCorpusTest {

  @TempDir Path tmp;

  /**
   * Ingests the corpus's Serbian folder and the samples, then one test per judged query. Without
   * the corpus, one test that is skipped with the reason (an aborted class setup or factory would
   * be counted as no test at all, silently).
   */
  @TestFactory
  Stream<DynamicTest> everyJudgedQueryFindsWhatItMustAndNothingItMustNot() {
    if (!Corpus.available()) { // one test that reports the skip (or fails it where the corpus is required)
      return Stream.of(DynamicTest.dynamicTest("the real-document corpus", Corpus::require));
    }
    Path serbian = Corpus.require().resolve("i_serbian");
    String caseDir = tmp.resolve("case").toString();
    Cli.Result r = Cli.run("ingest", "--case", caseDir, "--ocr", "off", serbian.toString(), Corpus.samples().toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    JournalistQueries judged = JournalistQueries.load("/search/journalist-queries-corpus.json");
    return judged.judgments().stream().map(j -> DynamicTest.dynamicTest(j.query(), () -> {
      JournalistQueries.Found found = JournalistQueries.search(caseDir, j.query());
      JournalistQueries.assertJudged(j, found);
    }));
  }
}
