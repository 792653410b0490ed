package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.istraga.cli.ExitCode;
import org.istraga.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The held-out numbers audit: what journalists type when they chase procurement money and
 * paperwork (amounts in every notation, with currency codes, symbols and words, percentages,
 * contract and case numbers, PIB and MB, dates, accounts, IBANs, phones, e-mail addresses),
 * judged by hand in {@code search/numbers-queries.json} over the invented passages of {@code
 * search/numbers-documents.json} (PDF pages, DOCX, XLSX, e-mail, text), all written before any
 * query was run on them. Each judgment is checked like {@link JournalistQueriesTest}'s (a
 * judgment a known limit still breaks carries a {@code limit} mark and must stay broken), and the
 * set is scored: the number of queries that keep every judgment must not fall below what the
 * audit reached (src/test/resources/search/MEASUREMENTS.md, "Numbers audit").
 */
class NumbersQueriesTest {

  /**
   * Queries of the 74 that keep every judgment after the audit's fixes (52 before them, 67 with
   * the query-side rules, 71 once the money extractor read a spreadsheet's column headed {@code
   * Iznos (RSD)}); the 3 others carry a {@code limit} mark, all index-side causes
   * (MEASUREMENTS.md).
   */
  private static final int KEPT_AT_LEAST = 71;

  @TempDir static Path tmp;
  static String caseDir;

  @BeforeAll
  static void ingest() throws IOException {
    Path leak = tmp.resolve("leak");
    JudgedDocuments.write("/search/numbers-documents.json", leak, "numbers-1@tehnosistemi.example");
    caseDir = tmp.resolve("case").toString();
    Cli.Result r = Cli.run("ingest", "--case", caseDir, "--ocr", "off", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
  }

  @TestFactory
  Stream<DynamicTest> everyJudgedNumberQueryFindsWhatItMustAndNothingItMustNot() {
    JournalistQueries judged = JournalistQueries.load("/search/numbers-queries.json");
    assertTrue(judged.judgments().size() >= 60, "at least 60 judged queries");
    return judged.judgments().stream().map(j -> DynamicTest.dynamicTest(j.query(), () ->
        JournalistQueries.assertJudged(j, JournalistQueries.search(caseDir, j.query()))));
  }

  /** The score of the held-out set, with every broken judgment printed (the audit's record). */
  @Test
  void theSetKeepsAtLeastWhatTheAuditReached() throws IOException {
    JournalistQueries judged = JournalistQueries.load("/search/numbers-queries.json");
    int kept = 0;
    List<String> broken = new ArrayList<>();
    for (JournalistQueries.Judgment j : judged.judgments()) {
      List<String> wrong = JournalistQueries.check(j, JournalistQueries.search(caseDir, j.query()));
      if (wrong.isEmpty()) {
        kept++;
      } else {
        broken.add(j.query() + " → " + wrong);
      }
    }
    System.out.println("numbers audit: " + kept + " of " + judged.judgments().size() + " keep every judgment");
    broken.forEach(b -> System.out.println("  broken: " + b));
    assertTrue(kept >= KEPT_AT_LEAST, kept + " of " + judged.judgments().size() + " keep every judgment, fewer than "
        + KEPT_AT_LEAST + ": " + broken);
  }
}
