package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.istraga.IstragaException;
import org.istraga.cases.Case;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grammar fuzzing of the query language: every generated query ({@link QueryFuzzer}) either runs
 * (with snippets) or is refused with a one-line usage message of Istraga's own, never an internal
 * error, a stack trace or a parser dump; through the CLI that is exit 0 or 2 with one line on
 * stderr. Pure word queries also keep their logic: a group in parentheses, its negation and its
 * upper-case spelling count what they should.
 *
 * <p>Bounded by default; a longer run by hand: {@code mvn -q -o test -Dtest=QueryFuzzTest
 * -Distraga.fuzz.queries=50000 -Distraga.fuzz.seed=7}. The outcome histogram is printed.
 */
class QueryFuzzTest {

  private static final int QUERIES = Integer.getInteger("istraga.fuzz.queries", 1500);
  private static final long SEED = Long.getLong("istraga.fuzz.seed", 20261127L);
  /**
   * Lucene 9.12's unified highlighter asserts (Passage.addMatch) on some passages of documents
   * hit by a regular expression matching nearly every word ({@code /.* /}); the tests run with
   * assertions on, the application does not, and with them off these queries return their snippets
   * (checked by hand). Counted apart in the histogram, so a change in their number is seen.
   */
  private static final String LUCENE_HIGHLIGHTER = "org.apache.lucene.search.uhighlight.";
  private static final String HIGHLIGHTER_ASSERTION = "lucene highlighter assertion (tests only)";
  /** One query in this many also runs through the command line. */
  private static final int CLI_EVERY = 10;

  @TempDir static Path dir;
  static Case kase;

  @BeforeAll
  static void build() throws IOException {
    Random random = new Random(42);
    List<DocumentRecord> records = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      StringBuilder text = new StringBuilder();
      List<Integer> pages = new ArrayList<>(List.of(0));
      int words = 20 + random.nextInt(200);
      for (int w = 0; w < words; w++) {
        List<String> from = random.nextInt(5) == 0 ? QueryFuzzer.VALUES : QueryFuzzer.WORDS;
        text.append(from.get(random.nextInt(from.size()))).append(random.nextInt(12) == 0 ? "\n" : " ");
        if (random.nextInt(60) == 0) {
          text.append("\f");
          pages.add(text.length());
        }
      }
      DocumentRecord r = SearchFixtures.record("/evidence/d" + i + "/doc" + i + ".txt", text.toString());
      r.language = random.nextBoolean() ? "sr" : "en";
      r.title = QueryFuzzer.WORDS.get(random.nextInt(QueryFuzzer.WORDS.size()));
      r.pageStarts = pages.stream().mapToInt(Integer::intValue).toArray();
      r.pageCount = pages.size();
      r.date = "2019-0" + (1 + random.nextInt(9)) + "-14T09:45:00Z";
      records.add(r);
    }
    // -Distraga.fuzz.case=DIR keeps the case, to rerun a failing query by hand
    String keep = System.getProperty("istraga.fuzz.case");
    kase = SearchFixtures.caseWith(keep == null ? dir.resolve("case") : Path.of(keep), records, 25);
  }

  @Test
  void everyQueryRunsOrSaysInOneLineWhatIsWrong() throws IOException {
    Map<String, Integer> histogram = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> {
      QueryFuzzer fuzzer = new QueryFuzzer(SEED);
      for (int i = 0; i < QUERIES; i++) {
        String q = fuzzer.next();
        String outcome = inProcess(s, q);
        histogram.merge(outcome.startsWith("FAIL") ? "failure" : outcome, 1, Integer::sum);
        if (outcome.startsWith("FAIL")) {
          failures.add(printable(q) + " → " + outcome);
        }
        if (i % CLI_EVERY == 0 && !outcome.equals(HIGHLIGHTER_ASSERTION)) {
          String cli = throughCli(q);
          if (cli != null) {
            failures.add(printable(q) + " → CLI " + cli);
          }
        }
      }
      return null;
    });
    System.out.println("query fuzz: " + QUERIES + " queries (seed " + SEED + "): " + histogram);
    assertEquals(List.of(), failures.subList(0, Math.min(failures.size(), 25)), failures.size() + " failures");
  }

  /** "hits", "no hits", "usage", or "FAIL ..." when the answer breaks the property. */
  private static String inProcess(CaseSearcher s, String q) {
    try {
      SearchResult r = s.search(new SearchRequest(q, List.of(), List.of(), 10, SortOrder.RELEVANCE, 10, null, true));
      return r.total() > 0 ? "hits" : "no hits";
    } catch (IstragaException e) {
      String m = e.getMessage();
      if (e.kind() != IstragaException.Kind.USAGE) {
        return "FAIL " + e.kind() + ": " + m;
      }
      if (m == null || m.isBlank() || m.contains("\n") || m.contains("\r") || m.length() > 400
          || m.contains("Exception") || m.contains("org.apache") || m.contains("Encountered")) {
        return "FAIL usage message not one clean line: " + m;
      }
      return "usage";
    } catch (AssertionError e) {
      StackTraceElement[] stack = e.getStackTrace();
      if (stack.length > 0 && stack[0].getClassName().startsWith(LUCENE_HIGHLIGHTER)) {
        return HIGHLIGHTER_ASSERTION;
      }
      return "FAIL " + e;
    } catch (Throwable t) {
      StringBuilder where = new StringBuilder("FAIL ").append(t);
      StackTraceElement[] stack = t.getStackTrace();
      for (int i = 0; i < Math.min(4, stack.length); i++) {
        where.append(" at ").append(stack[i]);
      }
      return where.toString();
    }
  }

  /** Null when the command line keeps the property, else what went wrong. */
  private static String throughCli(String q) {
    Cli.Result r = Cli.run("search", "--case", kase.root().toString(), "--limit", "3", "--", q);
    String err = r.err().strip();
    if (r.code() == ExitCode.OK) {
      return err.isEmpty() || err.startsWith("istraga: hint") && !err.contains("\n") ? null : "exit 0 with " + err;
    }
    if (r.code() == ExitCode.USAGE && err.startsWith("istraga: ") && !err.contains("\n") && r.out().isEmpty()) {
      return null;
    }
    return "exit " + r.code() + ": " + err;
  }

  @Test
  void wordQueriesKeepTheirLogic() throws IOException {
    Random random = new Random(SEED);
    List<String> failures = new ArrayList<>();
    SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> {
      long all = count(s, "*");
      for (int i = 0; i < Math.max(100, QUERIES / 10); i++) {
        StringBuilder q = new StringBuilder();
        int n = 1 + random.nextInt(4);
        for (int w = 0; w < n; w++) {
          if (w > 0) {
            q.append(List.of(" ", " AND ", " OR ", " -").get(random.nextInt(4)));
          }
          q.append(QueryFuzzer.WORDS.get(random.nextInt(QueryFuzzer.WORDS.size() - 12)));
        }
        String query = q.toString();
        long plain = count(s, query);
        check(failures, query, "(" + query + ")", plain, count(s, "(" + query + ")"));
        check(failures, query, "NOT (" + query + ") + itself", all, plain + count(s, "NOT (" + query + ")"));
        String upper = query.toUpperCase(Locale.ROOT);
        check(failures, query, upper, plain, count(s, upper));
      }
      return null;
    });
    assertEquals(List.of(), failures.subList(0, Math.min(failures.size(), 25)), failures.size() + " failures");
  }

  private static void check(List<String> failures, String query, String variant, long expected, long actual) {
    if (expected != actual) {
      failures.add(query + ": " + variant + " counts " + actual + ", expected " + expected);
    }
  }

  private static long count(CaseSearcher s, String q) throws IOException {
    return s.search(new SearchRequest(q, List.of(), List.of(), 10, SortOrder.RELEVANCE, 1, null, false)).total();
  }

  private static String printable(String q) {
    StringBuilder sb = new StringBuilder();
    q.codePoints().forEach(c -> {
      if (c < 0x20 || c >= 0x7f && (Character.getType(c) == Character.FORMAT || Character.isWhitespace(c)
          || Character.getType(c) == Character.SURROGATE || Character.getType(c) == Character.NON_SPACING_MARK
          || Character.isSpaceChar(c))) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }
}
