package org.istraga.search;

import java.util.List;
import java.util.Random;

/**
 * Random query strings for grammar fuzzing: well-formed clauses of every kind the syntax has
 * (words in both scripts, phrases, fields, ranges, comparisons, wildcards, regular expressions,
 * fuzzy terms, boosts, groups), joined with every operator, then damaged with the mistakes people
 * make (a quote, bracket or operator too many or too few, a stray special character, a Unicode
 * oddity pasted from a web page). Deterministic for a seed.
 */
final class QueryFuzzer {

  static final List<String> WORDS = List.of(
      "ugovor", "ugovora", "ugovoru", "уговор", "UGOVOR", "nabavka", "nabavke", "набавци", "Čačak", "Cacak",
      "Чачак", "Đorđević", "Djordjevic", "Ђорђевић", "Dordevic", "Niš", "Ниш", "kamera", "Huawei", "safe", "city",
      "telekom", "nova", "ministarstvo", "unutrašnjih", "poslova", "račun", "izveštaj", "report", "contract",
      "contracts", "payment", "the", "a", "i", "or", "and", "not", "to", "TO", "dj", "ž", "Ђ", "x");
  static final List<String> VALUES = List.of(
      "3.500", "3,500", "1.200.000", "1,200,000", "US$1.2", "57%", "404-02-117/2019-06", "JN 12/2019",
      "109437183", "0101990710006", "ana.petrovic@mup.gov.rs", "https://www.mup.gov.rs/ugovori/2019?x=1",
      "www.gao.gov/cgi-bin/getrpt?GAO-06-399", "RS35 1600 0000 0041 8725 51", "+381 11 555 0147", "d.o.o.",
      "Sl.glasniku", "32,18m2", "1.500,00din", "2019", "14.08.2019.", "C++", "C#", ".NET", "AT&T", "50%",
      "e-mail", "PDV-a", "ugo-\nvora");
  static final List<String> FIELDS = List.of(
      "text", "exact", "stem", "stem_sr", "title", "subject", "author", "producer", "company", "from", "to",
      "path", "name", "type", "ext", "mime", "lang", "script", "status", "ocr", "flag", "kind", "id", "parent",
      "depth", "date", "year", "size", "pages", "tag", "message-id", "org", "watchlist", "iban", "pib", "mb",
      "jmbg", "phone", "email", "email-domain", "url", "domain", "procurement", "contract", "cpv",
      "date-mention", "amount", "currency", "percent", "amount.eur", "colour", "*", "");
  static final List<String> BOUNDS = List.of(
      "2020", "2019-08", "2019-08-14", "14.08.2019.", "08.2019", "*", "abc", "", "-1", "10XB", "10MB", "1.5",
      "1e6", "99999999999999999999", "1.000.000", "1,5", "NaN", "Infinity", "0x10", "2019-13", "TO", "\"2020\"",
      "3f2a", "ž", "1KB");
  static final List<String> ODDITIES = List.of(
      "\u0301", "\u200d", "\u200b", "\u00ad", "\u200f", "\u200e", "\u202e", "\ud83d\ude00", "\u00a0", "\u2007",
      "\u202f", "\u3000", "\u2028", "\t", "\n", "\r\n", "\ufeff", "\uff55", "\u043e", "\u0430", "\u0000", "\u0085",
      "\u2060", "\u034f", "\ud800", "\udc00", "\u0130", "\ufb01", "ß");
  static final List<String> OPERATORS = List.of(
      " AND ", " OR ", " NOT ", " && ", " || ", " ", " ", " ", " -", " +", " !", " AND NOT ", " OR NOT ");
  static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/ ";

  private final Random random;

  QueryFuzzer(long seed) {
    this.random = new Random(seed);
  }

  /** One query: well formed, or (one time in two) damaged; now and then a very long one. */
  String next() {
    if (random.nextInt(200) == 0) {
      return monster();
    }
    String q = expression(0);
    int damage = random.nextInt(4);
    for (int i = 0; i < damage; i++) {
      q = damage(q);
    }
    return q;
  }

  /** What a paste gone wrong produces: very long words, lists, nesting and patterns. */
  private String monster() {
    int n = 200 + random.nextInt(3000);
    switch (random.nextInt(6)) {
      case 0:
        return "(".repeat(n) + word() + ")".repeat(n);
      case 1:
        return word().repeat(n / 4) + pick(List.of("*", "?", "~1", ""));
      case 2: {
        StringBuilder sb = new StringBuilder(word());
        for (int i = 0; i < n / 2; i++) {
          sb.append(pick(List.of(" OR ", " ", " AND "))).append(word()).append(i);
        }
        return sb.toString();
      }
      case 3:
        return "/" + "(a|b)".repeat(n / 10) + pick(List.of(".*", "{1,9}", "")) + "/";
      case 4:
        return "\"" + (word() + " ").repeat(n / 5) + "\"" + pick(List.of("", "~3"));
      default:
        return pick(FIELDS) + ":" + "x".repeat(n) + pick(List.of("*", "", "?"));
    }
  }

  private String expression(int depth) {
    int n = 1 + random.nextInt(depth == 0 ? 5 : 3);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(pick(OPERATORS));
      } else if (random.nextInt(6) == 0) {
        sb.append(pick(List.of("-", "+", "NOT ", "!")));
      }
      sb.append(clause(depth));
    }
    return sb.toString();
  }

  private String clause(int depth) {
    switch (random.nextInt(depth < 2 ? 14 : 13)) {
      case 0:
      case 1:
        return word();
      case 2:
        return pick(VALUES);
      case 3:
        return "\"" + word() + " " + word() + (random.nextBoolean() ? " " + pick(VALUES) : "") + "\""
            + (random.nextInt(3) == 0 ? "~" + pick(List.of("2", "x", "", "-1", "1.5", "99")) : "");
      case 4:
        return pick(FIELDS) + ":" + pick(List.of(word(), pick(VALUES), "\"" + word() + " " + word() + "\"", "",
            "*", pick(BOUNDS)));
      case 5:
        return pick(FIELDS) + ":" + pick(List.of("[", "{")) + pick(BOUNDS) + " TO " + pick(BOUNDS)
            + pick(List.of("]", "}"));
      case 6:
        return pick(FIELDS) + ":" + pick(List.of(">", ">=", "<", "<=")) + pick(BOUNDS);
      case 7:
        return wildcard();
      case 8:
        return "/" + pick(List.of("ugov[oa]r.*", ".*", "[", "(", "ђорђ[еe]", "a{1,1000}", "[^a]*", "", "\\d+",
            "(a|b)*c{2,}", "x**", "ž.*")) + "/";
      case 9:
        return word() + "~" + pick(List.of("", "0", "1", "2", "3", "0.5", "x", "-1", "1e9"));
      case 10:
        return word() + "^" + pick(List.of("2", "0", "0.5", "1e40", "abc", "", "-1", "3.", "NaN"));
      case 11:
        return word() + pick(ODDITIES) + word();
      case 12:
        return "\\" + pick(List.of(":", "(", "\"", "\\", "*", "a", " ", "")) + word();
      default:
        return "(" + expression(depth + 1) + ")";
    }
  }

  private String word() {
    String w = pick(WORDS);
    if (random.nextInt(8) == 0) {
      w = w.toUpperCase(java.util.Locale.ROOT);
    }
    return w;
  }

  private String wildcard() {
    String w = word();
    int at = random.nextInt(w.length() + 1);
    return w.substring(0, at) + pick(List.of("*", "?", "**", "*?")) + w.substring(at);
  }

  private String damage(String q) {
    int at = q.isEmpty() ? 0 : random.nextInt(q.length() + 1);
    switch (random.nextInt(4)) {
      case 0: // a stray special character
        return q.substring(0, at) + SPECIAL.charAt(random.nextInt(SPECIAL.length())) + q.substring(at);
      case 1: // a character lost
        return q.isEmpty() || at == q.length() ? q : q.substring(0, at) + q.substring(at + 1);
      case 2: // a Unicode oddity pasted in
        return q.substring(0, at) + pick(ODDITIES) + q.substring(at);
      default: // an operator too many
        return q.substring(0, at) + pick(OPERATORS) + q.substring(at);
    }
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
