package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.index.IndexSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Phrases answered from the word-pair field find exactly the documents Lucene's positional phrase
 * query finds on the text, for phrases of two to four words over a small vocabulary (many
 * near-misses: the words occur often, the phrase less often).
 */
class PairedPhraseTest {

  private static final String[] VOCABULARY = {"of", "the", "javne", "nabavke", "ugovor", "i", "kamera", "Ниш", "niš", "safe", "city"};

  @TempDir Path dir;

  @Test
  void pairedPhrasesMatchPositionalPhrases() throws IOException {
    Random random = new Random(5);
    List<DocumentRecord> records = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      StringBuilder text = new StringBuilder();
      int n = 5 + random.nextInt(40);
      for (int w = 0; w < n; w++) {
        text.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(random.nextInt(8) == 0 ? ". " : " ");
      }
      records.add(SearchFixtures.record("/evidence/p" + i + ".txt", text.toString()));
    }
    Case kase = SearchFixtures.caseWith(dir.resolve("case"), records);
    SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> {
      int nonEmpty = 0;
      for (int q = 0; q < 300; q++) {
        int len = 2 + random.nextInt(3);
        List<String> words = new ArrayList<>();
        for (int w = 0; w < len; w++) {
          words.add(VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        Set<String> paired = new HashSet<>(SearchFixtures.ids(s, "text:\"" + String.join(" ", words) + "\""));
        Set<String> positional = positional(s.searcher(), h, words);
        assertEquals(positional, paired, "phrase " + words);
        nonEmpty += positional.isEmpty() ? 0 : 1;
      }
      assertTrue(nonEmpty > 100, "most phrases match something: " + nonEmpty);
      return null;
    });
  }

  private static Set<String> positional(IndexSearcher searcher, org.istraga.index.CaseIndex.Handle h, List<String> words)
      throws IOException {
    PhraseQuery.Builder b = new PhraseQuery.Builder();
    for (String w : words) {
      b.add(new Term(IndexSchema.TEXT, org.istraga.index.Analyzers.normalize(IndexSchema.TEXT, w)));
    }
    Set<String> ids = new HashSet<>();
    for (ScoreDoc sd : searcher.search(b.build(), 10_000).scoreDocs) {
      ids.add(h.get(sd.doc).id);
    }
    return ids;
  }
}
