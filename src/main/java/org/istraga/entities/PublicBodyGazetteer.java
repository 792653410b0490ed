package org.istraga.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The curated list of Serbian (and a few Montenegrin) public bodies in {@code
 * public-bodies.tsv}: ministries, agencies, regulators, courts, state enterprises. Names match
 * transliteration-, case- and diacritic-insensitively and tolerate one case ending per word
 * ({@link SerbianStemmer}); one-word capitalised aliases are acronyms that must appear in
 * capitals, letter for letter (diacritics count: the city NIŠ is not NIS). Immutable; loaded once
 * per JVM.
 */
final class PublicBodyGazetteer {

  /** One body: its canonical display name and folded key. */
  record Body(String display, String key) {}

  private static final PublicBodyGazetteer INSTANCE = load();

  private final PhraseIndex<Body> names = new PhraseIndex<>();
  private final PhraseIndex<Body> acronyms = new PhraseIndex<>();
  /** 3-letter prefixes of the first words of all names (written once, at first use; benign race). */
  private volatile java.util.Set<String> firstPrefixes;

  static PublicBodyGazetteer get() {
    return INSTANCE;
  }

  private static PublicBodyGazetteer load() {
    PublicBodyGazetteer g = new PublicBodyGazetteer();
    try (InputStream in = PublicBodyGazetteer.class.getResourceAsStream("public-bodies.tsv")) {
      if (in == null) {
        throw new IllegalStateException("resource public-bodies.tsv missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        String display = cols[0].trim();
        Body body = new Body(display, ScriptFolding.fold(display));
        for (String alias : cols) {
          String a = alias.trim();
          if (a.isEmpty()) {
            continue;
          }
          if (isAcronym(a)) {
            g.acronyms.add(PhraseIndex.tokenize(a, false), body);
          } else {
            g.names.add(PhraseIndex.tokenize(a, true), body);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read public-bodies.tsv", e);
    }
    return g;
  }

  static boolean isAcronym(String s) {
    if (s.length() < 2 || s.length() > 6) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  /** The body whose full name is exactly these stemmed tokens, or null. */
  Body exact(List<String> stemmedTokens) {
    return names.get(stemmedTokens);
  }

  /** Appends ORG mentions for every listed body named in the text. */
  void find(TextContext ctx, boolean serbianText, List<Mention> out) {
    TextContext.Tokens tokens = ctx.tokens();
    String t = ctx.text;
    if (firstPrefixes == null) {
      java.util.Set<String> p = new java.util.HashSet<>();
      for (String first : names.firstTokens()) {
        p.add(first.substring(0, Math.min(3, first.length())));
      }
      firstPrefixes = p;
    }
    java.util.Set<String> prefixes = firstPrefixes;
    for (PhraseIndex.Hit<Body> h :
        names.match(tokens, TextContext.Tokens::stemmed, (a, b, v) -> true,
            k -> {
              String f = tokens.folded(k);
              return prefixes.contains(f.substring(0, Math.min(3, f.length())));
            })) {
      if (SerbianBodyNames.inLawTitle(tokens, h.firstToken())) {
        continue; // "Zakona o agenciji za borbu protiv korupcije": a law's title
      }
      int s = tokens.start[h.firstToken()];
      int e = tokens.end[h.lastToken()];
      out.add(org(h.value(), t, s, e));
    }
    if (!serbianText) {
      return;
    }
    for (PhraseIndex.Hit<Body> h :
        acronyms.match(tokens, TextContext.Tokens::folded,
            (a, b, v) -> acronymOk(t, tokens.start[a], tokens.end[b]))) {
      int s = tokens.start[h.firstToken()];
      int e = tokens.end[h.lastToken()];
      out.add(org(h.value(), t, s, e));
    }
  }

  private static boolean acronymOk(String t, int s, int e) {
    for (int i = s; i < e; i++) {
      if (!Character.isUpperCase(t.charAt(i))) {
        return false;
      }
    }
    if (!letterForLetter(t, s, e)) {
      return false;
    }
    char before = s > 0 ? t.charAt(s - 1) : ' ';
    char after = e < t.length() ? t.charAt(e) : ' ';
    if (before == '.' || before == '@' || before == '/' || before == '-' || after == '@') {
      return false;
    }
    return !(after == '.' && e + 1 < t.length() && Character.isLetter(t.charAt(e + 1)));
  }

  /**
   * True if the acronym {@code t[s, e)} folds without losing a diacritic: folding drops them,
   * but NIŠ (the city) is not NIS, НИШ not НИС.
   */
  static boolean letterForLetter(String t, int s, int e) {
    String written = ScriptFolding.toLatin(t.substring(s, e)).toLowerCase(java.util.Locale.ROOT);
    return written.equals(ScriptFolding.fold(t, s, e));
  }

  private static Mention org(Body b, String t, int s, int e) {
    return new Mention(EntityType.ORG, b.key(), t.substring(s, e), s, e, b.display(),
        java.util.Optional.empty(), java.util.Optional.empty());
  }
}
