package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Serbian word typed in an oblique case finds its other cases where the index has no Serbian
 * stems (an English document's text), and a plain English word is not expanded through the
 * Serbian stemmer ({@link SerbianStemSiblings}).
 */
class SerbianStemSiblingsTest {

  @TempDir Path dir;

  @Test
  void anObliqueCaseFindsTheTownInEnglishTextAndEnglishWordsStayApart() throws IOException {
    DocumentRecord memo = english("memo/site-visits.txt", "Site visits took place in Cacak and Kraljevo in March.");
    DocumentRecord audio = english("memo/recordings.txt", "The audio files of the hearing were lost.");
    DocumentRecord letter = SearchFixtures.serbianLatin("dopisi/dopis.txt", "Policijska uprava u Čačku traži ponude.");
    DocumentRecord other = english("memo/other.txt", "The committee met in Belgrade.");
    Case kase = SearchFixtures.caseWith(dir.resolve("case"), List.of(memo, audio, letter, other));
    SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> {
      assertEquals(Set.of(memo.id, letter.id), SearchFixtures.idSet(s, "Čačku"), "the locative, English and Serbian text");
      assertEquals(Set.of(memo.id, letter.id), SearchFixtures.idSet(s, "Чачку"), "Cyrillic");
      assertEquals(Set.of(memo.id), SearchFixtures.idSet(s, "Kraljevu"), "a locative without diacritics (-u)");
      assertEquals(Set.of(memo.id), SearchFixtures.idSet(s, "Kraljeva"), "a capitalised name in the genitive");
      assertEquals(Set.of(memo.id, letter.id), SearchFixtures.idSet(s, "ČAČKU"), "the case of letters does not matter");
      assertEquals(Set.of(), SearchFixtures.idSet(s, "audit"), "audit and audio share a Serbian stem: not expanded");
      assertEquals(Set.of(audio.id), SearchFixtures.idSet(s, "audio"));
      return null;
    });
  }

  private static DocumentRecord english(String path, String text) {
    DocumentRecord r = SearchFixtures.record(path, text);
    r.language = "en";
    r.script = "latin";
    return r;
  }
}
