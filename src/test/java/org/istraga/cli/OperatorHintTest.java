package org.istraga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.istraga.testing.Cli;
import org.istraga.testing.SampleCase;
import org.junit.jupiter.api.Test;

/** A zero-hit search written with lowercase operators gets a hint on stderr; results are unchanged. */
class OperatorHintTest {

  @Test
  void suggestsTheQueryWithCapitalOperators() {
    assertEquals("hint: 'or' was searched as a word; the operators are written OR, AND, NOT (try: ugovor OR kamera)",
        OperatorHint.of("ugovor or kamera"));
    assertTrue(OperatorHint.of("Huawei ili Huaxing").endsWith("(try: Huawei OR Huaxing)"));
    assertTrue(OperatorHint.of("ugovor i aneks").endsWith("(try: ugovor AND aneks)"));
    assertTrue(OperatorHint.of("уговор или анекс").endsWith("(try: уговор OR анекс)"));
    assertTrue(OperatorHint.of("not kamera").endsWith("(try: NOT kamera)"));
    assertTrue(OperatorHint.of("a and b or c").startsWith("hint: 'and', 'or' were searched as words"),
        OperatorHint.of("a and b or c"));
  }

  @Test
  void noHintForCapitalOperatorsQuotedPhrasesFieldsOrOperatorsWithoutTerms() {
    assertNull(OperatorHint.of("ugovor OR kamera"));
    assertNull(OperatorHint.of("\"safe or city\" kamera"));
    assertNull(OperatorHint.of("\"Sigurni  i  grad\""));
    assertNull(OperatorHint.of("tag:i name:or"));
    assertNull(OperatorHint.of("ugovor or"));
    assertNull(OperatorHint.of("or ugovor"));
    assertNull(OperatorHint.of("kamera"));
    assertNull(OperatorHint.of(""));
  }

  @Test
  void zeroHitSearchWithLowercaseOrHintsOnStderrAndKeepsTheResult() throws Exception {
    String c = SampleCase.get().toString();
    Cli.Result r = Cli.run("search", "--case", c, "ugovor", "or", "qqzzxy");
    assertEquals(ExitCode.OK, r.code(), r::toString);
    assertTrue(r.out().startsWith("0 documents match ugovor or qqzzxy"), r.out());
    assertEquals("istraga: hint: 'or' was searched as a word; the operators are written OR, AND, NOT "
        + "(try: ugovor OR qqzzxy)\n", r.err());

    Cli.Result capital = Cli.run("search", "--case", c, "--json", "ugovor OR qqzzxy");
    assertTrue(capital.json().get("total").asLong() > 0, capital::toString);

    Cli.Result json = Cli.run("search", "--case", c, "--json", "ugovor ili qqzzxy");
    assertEquals(ExitCode.OK, json.code(), json::toString);
    JsonNode j = json.json();
    assertEquals(0, j.get("total").asLong());
    assertEquals("ugovor ili qqzzxy", j.get("query").asText());
    assertTrue(json.err().contains("'ili' was searched as a word"), json.err());
  }

  @Test
  void noHintWhenTheSearchFindsSomething() {
    Cli.Result r = Cli.run("search", "--case", SampleCase.get().toString(), "--no-snippets", "ugovor i aneks");
    assertEquals(ExitCode.OK, r.code(), r::toString);
    assertFalse(r.out().startsWith("0 documents"), r.out());
    assertTrue(r.err().isEmpty(), r.err());
  }
}
