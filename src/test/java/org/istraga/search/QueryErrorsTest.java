package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.istraga.cases.Case;
import org.istraga.cli.ExitCode;
import org.istraga.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A malformed query exits 2 with one line that says where the problem is and what to do; never a
 * stack trace.
 */
class QueryErrorsTest {

  @TempDir static Path dir;
  static Case kase;

  @BeforeAll
  static void build() throws IOException {
    kase = SearchFixtures.caseWith(dir.resolve("case"),
        List.of(SearchFixtures.record("/evidence/a.txt", "Safe City ugovor"), SearchFixtures.record("/evidence/b.txt", "kamera")));
  }

  /** Query → a fragment the message must contain. */
  private static final Map<String, String> BAD = Map.ofEntries(
      Map.entry("safe AND", "column 9"),
      Map.entry("\"safe city", "column 1: the phrase starting here is not closed"),
      Map.entry("(safe OR city", "column 1: the '(' here is not closed"),
      Map.entry("safe) city", "column 5: a ')' has no matching '('"),
      Map.entry("date:[2024 TO", "column 6: the range starting here is not closed"),
      Map.entry("path:/ugovori", "quote it"),
      Map.entry("OR city", "OR needs a term on each side"),
      Map.entry("type:", "has no value"),
      Map.entry("fomr:ana", "did you mean 'from:'"),
      Map.entry("colour:red", "unknown field 'colour:'"),
      Map.entry("size:12XB", "is not a size"),
      Map.entry("date:2024-13", "not a valid date"),
      Map.entry("year:abc", "is not a whole number"),
      Map.entry("size:1MB*", "wildcards and patterns do not apply to size"),
      Map.entry("tag:[a TO b]", "ranges do not apply to tag"),
      Map.entry("id:xyz", "needs a document id"),
      Map.entry("text:/[a-/", "bad regular expression"),
      Map.entry("safe\\", "trailing backslash"),
      Map.entry("title:foo^", "column"),
      Map.entry("\"\"", "empty phrase"),
      Map.entry("safe AND \"  \"~2", "empty phrase"),
      Map.entry("title:\"\"", "empty phrase"),
      Map.entry("\"--\"", "no letters or digits to search for"),
      // accepted by the stock parser but silently misread: now said
      Map.entry("ugovor~x", "'~x' at column 7 is not a number: a fuzzy word takes the number of edits"),
      Map.entry("\"safe city\"~x", "'~x' at column 12 is not a number: a phrase takes the number of positions"),
      Map.entry("\"safe city\"~-1", "'~-1' at column 12 is not a number"),
      Map.entry("ugovor~3", "'~3' at column 7 allows too many edits"),
      Map.entry("safe^1e40", "boost '^1e40' at column 5 is too large"),
      Map.entry("safe OR //", "empty regular expression // at column 9"),
      Map.entry("size:99999999999999999999GB", "too large for a size"),
      // crashed with an internal error (stack overflow in the parser; automaton size limit)
      Map.entry("(".repeat(3000) + "safe" + ")".repeat(3000), "parentheses nested more than 100 deep (at column 101)"),
      Map.entry("ž".repeat(5000) + "*", "(5001 characters) is too long or complex to match"),
      Map.entry("title:" + "a".repeat(3000) + "?b", "is too long or complex to match"),
      // a long value quoted back is cut so the line fits a terminal
      Map.entry("id:" + "x".repeat(2000) + "*", "not 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…'"));

  @Test
  void malformedQueriesExitTwoWithOneLine() {
    for (Map.Entry<String, String> e : BAD.entrySet()) {
      Cli.Result r = Cli.run("search", "--case", kase.root().toString(), e.getKey());
      assertEquals(ExitCode.USAGE, r.code(), e.getKey() + " → " + r);
      String err = r.err().strip();
      assertFalse(err.contains("\n"), "one line for " + e.getKey() + ": " + err);
      assertTrue(err.length() < 400, "short line for " + e.getKey() + ": " + err);
      assertTrue(err.startsWith("istraga: bad query"), err);
      assertTrue(err.contains(e.getValue()), e.getKey() + " → " + err);
      assertFalse(err.contains("Exception") || err.contains("\tat "), err);
      assertTrue(r.out().isEmpty(), "nothing on stdout: " + r.out());
    }
  }

  @Test
  void overlongQueryIsAUsageError() {
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      q.append("w").append(i).append(' ');
    }
    Cli.Result r = Cli.run("search", "--case", kase.root().toString(), q.toString());
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertTrue(r.err().startsWith("istraga: bad query: too many terms"), r.err());
    assertTrue(r.err().length() < 250, "short message: " + r.err());
  }

  /**
   * A pasted list of a few hundred names joined with OR runs (Lucene's default limit of 1,024
   * clauses stopped it at about 110, with an internal error at search time); a list beyond the
   * raised limit is a usage error before the search starts.
   */
  @Test
  void aLongListOfNamesRuns() {
    StringBuilder q = new StringBuilder("\"Safe City\"");
    for (int i = 0; i < 600; i++) {
      q.append(" OR \"Petar Petrović").append(i).append('"').append(" OR prezime").append(i);
    }
    Cli.Result r = Cli.run("search", "--case", kase.root().toString(), "--no-snippets", q.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    assertTrue(r.out().startsWith("1 document matches"), r.out());
    StringBuilder tooMany = new StringBuilder("a");
    for (int i = 0; i < 2000; i++) {
      tooMany.append(" OR b").append(i);
    }
    Cli.Result e = Cli.run("search", "--case", kase.root().toString(), tooMany.toString());
    assertEquals(ExitCode.USAGE, e.code(), e::toString);
    assertTrue(e.err().startsWith("istraga: bad query: too many terms"), e.err());
  }

  /** "-kamera" reads as an option to the command line: the one-line error says how to pass it. */
  @Test
  void aQueryStartingWithMinusIsExplained() throws IOException {
    Cli.Result r = Cli.run("search", "--case", kase.root().toString(), "-kamera");
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("Unknown option: '-kamera'"), r.err());
    assertTrue(r.err().contains("-- '-kamera'"), r.err());
    Cli.Result typo = Cli.run("search", "--case", kase.root().toString(), "--limt", "3", "safe");
    assertEquals(ExitCode.USAGE, typo.code(), typo::toString);
    assertFalse(typo.err().contains("goes after"), typo.err());
    assertEquals(1, Cli.run("search", "--case", kase.root().toString(), "--json", "--", "-kamera").json().get("total").asInt());
  }

  @Test
  void jsonOutputFailsTheSameWay() {
    Cli.Result r = Cli.run("search", "--case", kase.root().toString(), "--json", "safe AND");
    assertEquals(ExitCode.USAGE, r.code());
    assertTrue(r.out().isEmpty());
    assertEquals(1, r.err().strip().lines().count());
  }

  @Test
  void badOptionsAreUsageErrorsToo() {
    assertEquals(ExitCode.USAGE, Cli.run("search", "--case", kase.root().toString(), "--sort", "colour", "x").code());
    assertEquals(ExitCode.USAGE, Cli.run("search", "--case", kase.root().toString(), "--filter", "type", "x").code());
    assertEquals(ExitCode.USAGE, Cli.run("search", "--case", kase.root().toString(), "--filter", "colour=red", "x").code());
    assertEquals(ExitCode.USAGE, Cli.run("search", "--case", kase.root().toString(), "--limit", "0", "x").code());
    assertEquals(ExitCode.NOT_FOUND, Cli.run("search", "--case", dir.resolve("nowhere").toString(), "x").code());
  }

  @Test
  void wellFormedOddQueriesWork() throws IOException {
    for (String q : List.of("*:*", "", "NOT kamera", "-kamera", "safe && city", "safe || nothing", "!kamera",
        "\"safe city\"~2", "saf*", "sfae~2", "/ugov.r/", "(safe OR kamera) AND NOT city", "title:*", "text\\:colon",
        "size:[* TO *]", "date:{2020 TO 2030}", "safe^3 city", "ugovor 404-02-117/2019-06", "path:evidence/a.txt")) {
      Cli.Result r = Cli.run("search", "--case", kase.root().toString(), "--json", "--", q);
      assertEquals(ExitCode.OK, r.code(), q + " → " + r);
    }
    assertEquals(1, Cli.run("search", "--case", kase.root().toString(), "--json", "--", "NOT kamera").json().get("total").asInt());
    assertEquals(2, Cli.run("search", "--case", kase.root().toString(), "--json").json().get("total").asInt());
  }
}
