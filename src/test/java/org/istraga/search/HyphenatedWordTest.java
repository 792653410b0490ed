package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A word typed with a hyphen between letters also finds it written joined, and still hyphenated. */
class HyphenatedWordTest {

  @TempDir Path dir;

  @Test
  void joinedDropsHyphensBetweenLettersOnly() {
    assertEquals("email", HyphenatedWord.joined("e-mail"));
    assertEquals("videonadzora", HyphenatedWord.joined("video-nadzora"));
    assertEquals("\"cooperation agreement\"", HyphenatedWord.joined("\"co-operation agreement\""));
    assertNull(HyphenatedWord.joined("404-02-117/2019-06"));
    assertNull(HyphenatedWord.joined("PDV-20"));
    assertNull(HyphenatedWord.joined("email"));
  }

  @Test
  void hyphenatedQueryFindsTheJoinedAndTheHyphenatedText() throws IOException {
    DocumentRecord joined = record("a.txt", "Send the closeout report by email. Sistem za videonadzor je isporučen.");
    DocumentRecord hyphenated = record("b.txt", "The close-out meeting was arranged by e-mail. Sistem video-nadzora radi.");
    DocumentRecord apart = record("c.txt", "Close the door; the mail is out. Video snimak bez nadzora.");
    Case kase = SearchFixtures.caseWith(dir.resolve("case"), List.of(joined, hyphenated, apart));
    SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> {
      assertEquals(Set.of(joined.id, hyphenated.id), SearchFixtures.idSet(s, "e-mail"));
      assertEquals(Set.of(joined.id, hyphenated.id), SearchFixtures.idSet(s, "close-out"));
      assertEquals(Set.of(joined.id, hyphenated.id), SearchFixtures.idSet(s, "video-nadzora"), "joined, it is also looked up as a stem");
      assertEquals(Set.of(hyphenated.id), SearchFixtures.idSet(s, "\"close-out meeting\""));
      // schema 8: the hyphenated word is also indexed joined, so the joined query finds it too
      assertEquals(Set.of(joined.id, hyphenated.id), SearchFixtures.idSet(s, "email"));
      assertEquals(Set.of(joined.id, hyphenated.id), SearchFixtures.idSet(s, "closeout"));
      assertEquals(Set.of(hyphenated.id), SearchFixtures.idSet(s, "\"sistem video-nadzora\""),
          "a phrase through the hyphenated word still matches: its second part keeps its position");
      return null;
    });
  }

  private static DocumentRecord record(String name, String text) {
    DocumentRecord r = SearchFixtures.record("docs/" + name, text);
    r.language = "sr";
    return r;
  }
}
