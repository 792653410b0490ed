package org.istraga.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.istraga.index.Analyzers;
import org.istraga.index.IndexSchema;

/**
 * Prints the Serbian stem terms of each word of a vocabulary, as a query for the word searches
 * them in {@code stem_sr}: one line per input line, {@code word TAB term term...}. Two builds'
 * tables, compared by {@code scripts/bench/stem-meetings}, show which words a change of the
 * Serbian stem analysis makes meet (share a term) and which it parts.
 *
 * <pre>{@code
 * java -cp target/classes:target/test-classes:target/lib/* org.istraga.bench.StemTable < words.txt > stems.tsv
 * }</pre>
 *
 * <p>Input: one word per line (anything after a TAB is ignored). Single-threaded; memory: one
 * word at a time.
 */
public final class StemTable {

  private StemTable() {}

  public static void main(String[] args) throws IOException {
    Analyzer query = Analyzers.perFieldForQuery();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        String word = line.split("\t", 2)[0].strip();
        if (word.isEmpty()) {
          continue;
        }
        out.write(word);
        out.write('\t');
        out.write(String.join(" ", terms(query, word)));
        out.write('\n');
      }
    }
  }

  private static List<String> terms(Analyzer a, String word) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(IndexSchema.STEM_SR, word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
