package org.istraga.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.Bits;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.index.CaseIndex;
import org.istraga.index.IndexSchema;

/**
 * The real text the benchmark documents are cut from: every document of an ingested case (the
 * shared corpus) with at least {@value #MIN_CHARS} characters of text, grouped into Serbian-family,
 * English and other languages so the generator can mix them in fixed proportions.
 *
 * <p>Loaded once, in id order, so the same source case always gives the same pools. Immutable
 * after loading; thread-safe.
 */
final class SourceTexts {

  static final int MIN_CHARS = 400;

  /** One source document's text and language. */
  record Source(String id, String text, String language, String script) {}

  /** A language pool with cumulative lengths for length-weighted picking. */
  static final class Pool {
    final List<Source> sources = new ArrayList<>();
    long[] cumulative = new long[0];

    void seal() {
      cumulative = new long[sources.size()];
      long sum = 0;
      for (int i = 0; i < sources.size(); i++) {
        sum += sources.get(i).text().length();
        cumulative[i] = sum;
      }
    }

    long chars() {
      return cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1];
    }

    /** A source picked with probability proportional to its length. */
    Source pick(Random random) {
      long x = (long) (random.nextDouble() * chars());
      int i = java.util.Arrays.binarySearch(cumulative, x + 1);
      return sources.get(i >= 0 ? i : -i - 1);
    }
  }

  final Pool serbian = new Pool();
  final Pool english = new Pool();
  final Pool other = new Pool();

  /** Reads every text of the case at {@code caseDir}. */
  static SourceTexts load(Path caseDir) throws IOException {
    Case kase = Case.open(caseDir, IndexSchema.caseSchema());
    List<Source> all = new ArrayList<>();
    try (CaseIndex index = CaseIndex.openReader(kase); CaseIndex.Handle h = index.searcher()) {
      for (LeafReaderContext ctx : h.reader().leaves()) {
        Bits live = ctx.reader().getLiveDocs();
        for (int d = 0; d < ctx.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) {
            continue;
          }
          DocumentRecord r = h.get(ctx.docBase + d);
          String text = r.text == null ? "" : r.text.strip();
          if (text.length() >= MIN_CHARS && letters(text) > text.length() / 3) {
            all.add(new Source(r.id, text, r.language, r.script));
          }
        }
      }
    }
    all.sort(Comparator.comparing(Source::id));
    SourceTexts t = new SourceTexts();
    for (Source s : all) {
      String lang = s.language() == null ? "" : s.language().toLowerCase(Locale.ROOT);
      if (IndexSchema.SERBIAN_FAMILY.contains(lang)) {
        t.serbian.sources.add(s);
      } else if (lang.equals("en")) {
        t.english.sources.add(s);
      } else {
        t.other.sources.add(s);
      }
    }
    t.serbian.seal();
    t.english.seal();
    t.other.seal();
    if (t.serbian.sources.isEmpty() || t.english.sources.isEmpty()) {
      throw new IllegalStateException("source case " + caseDir + " needs Serbian and English texts; ingest the shared corpus into it");
    }
    return t;
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  String describe() {
    return String.format(Locale.ROOT, "%d Serbian-family texts (%,d chars), %d English (%,d chars), %d other (%,d chars)",
        serbian.sources.size(), serbian.chars(), english.sources.size(), english.chars(), other.sources.size(), other.chars());
  }
}
