package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The other spellings a typed word or phrase is also searched in ({@link SpellingVariants}). */
class SpellingVariantsTest {

  @Test
  void aWordFinalYatMeetsItsOtherReflexInAdverbsAndNumeralsOnly() {
    assertEquals("pre", SpellingVariants.dialectTwin("prije"));
    assertEquals("prije", SpellingVariants.dialectTwin("pre"));
    assertEquals("pre", SpellingVariants.dialectTwin("ПРИЈЕ"), "either script and case");
    assertEquals("poslije", SpellingVariants.dialectTwin("posle"));
    assertEquals("dve", SpellingVariants.dialectTwin("dvije"));
    assertNull(SpellingVariants.dialectTwin("gdje"), "gdje is searched as gde already (its bare-d spelling)");
    assertNull(SpellingVariants.dialectTwin("Srbije"), "a genitive in -ije is no yat");
    assertNull(SpellingVariants.dialectTwin("nije"), "nor is nije");
    assertNull(SpellingVariants.dialectTwin("volje"), "nor volje");
  }

  @Test
  void anActiveParticipleInEoMeetsItsIjekavianIo() {
    assertEquals("zelio", SpellingVariants.dialectTwin("želeo"));
    assertEquals("zeleo", SpellingVariants.dialectTwin("želio"));
    assertEquals("video", SpellingVariants.dialectTwin("vidio"), "the verb: vidio is ekavian video");
    assertNull(SpellingVariants.dialectTwin("video"), "the noun of video surveillance must not find vidio ('saw')");
    assertNull(SpellingVariants.dialectTwin("bio"), "too short: bio is no beo");
    assertNull(SpellingVariants.dialectTwin("dio"), "too short");
    assertEquals("prije zaključenja", SpellingVariants.dialectPhrase("pre zaključenja"));
    assertNull(SpellingVariants.dialectPhrase("javna nabavka"));
  }

  @Test
  void anEnglishNounHasItsOtherNumber() {
    assertEquals("annex", SpellingVariants.englishNumber("annexes"));
    assertEquals("annexes", SpellingVariants.englishNumber("annex"));
    assertEquals("policy", SpellingVariants.englishNumber("policies"));
    assertEquals("policies", SpellingVariants.englishNumber("policy"));
    assertEquals("officers", SpellingVariants.englishNumber("officer"));
    assertEquals("contract", SpellingVariants.englishNumber("contracts"));
    assertNull(SpellingVariants.englishNumber("process"), "-ss is no plural");
    assertNull(SpellingVariants.englishNumber("status"), "-us is no plural");
    assertNull(SpellingVariants.englishNumber("basis"), "-is is no plural (and bases is also base's)");
    assertEquals("analyses", SpellingVariants.englishNumber("analysis"), "an irregular plural");
    assertEquals("criterion", SpellingVariants.englishNumber("criteria"));
    assertEquals("indices", SpellingVariants.englishNumber("index"));
    assertEquals("men", SpellingVariants.englishNumber("man"));
    assertEquals("child", SpellingVariants.englishNumber("children"));
    assertEquals("medias", SpellingVariants.englishNumber("media"), "media is also the press: not made medium");
    assertNull(SpellingVariants.englishNumber("Niš"), "not an English-looking word");
    assertEquals("price annexes", SpellingVariants.englishNumberPhrase("price annex"));
    assertEquals("contracting officer", SpellingVariants.englishNumberPhrase("contracting officers"));
    assertNull(SpellingVariants.englishNumberPhrase("annex"), "one word is no phrase");
  }

  @Test
  void aPhraseAlsoHasEachOtherWordInItsOtherNumber() {
    assertEquals(List.of("contracts signed"), SpellingVariants.englishNumberInner("contract signed"));
    assertEquals(List.of("prices index report", "price indices report"),
        SpellingVariants.englishNumberInner("price index report"), "one word at a time; the last is englishNumberPhrase's");
    assertEquals(List.of(), SpellingVariants.englishNumberInner("contract"), "one word");
  }

  @Test
  void aFeminineNounInIjaMeetsItsGenitiveInIje() {
    assertEquals("komisija", SpellingVariants.ijaTwin("komisije"));
    assertEquals("komisije", SpellingVariants.ijaTwin("Комисија"), "either script");
    assertEquals("kompanije", SpellingVariants.ijaTwin("kompanija"));
    assertNull(SpellingVariants.ijaTwin("Srbije"), "after b, left with the verbs' dobije/dobija (a known limit)");
    assertNull(SpellingVariants.ijaTwin("dobije"), "after b: the perfective present, whose -ija is the imperfective");
    assertNull(SpellingVariants.ijaTwin("odbija"), "nor odbija/odbije (two aspects)");
    assertNull(SpellingVariants.ijaTwin("poslije"), "a yat adverb (dialectTwin's)");
    assertNull(SpellingVariants.ijaTwin("nije"), "too short");
  }

  @Test
  void theActiveAndPassiveParticiplesOfAVerbInAtiMeet() {
    assertEquals("procitan", SpellingVariants.participleTwin("pročitao"));
    assertEquals("procitao", SpellingVariants.participleTwin("прочитана"));
    assertEquals("potpisao", SpellingVariants.participleTwin("potpisani"));
    assertEquals("potpisan", SpellingVariants.participleTwin("potpisao"));
    assertEquals("potpisivan", SpellingVariants.participleTwin("potpisivao"), "the imperfective keeps its own aspect");
    assertNull(SpellingVariants.participleTwin("čitao"), "five letters: left");
    assertNull(SpellingVariants.participleTwin("posao"), "the noun posao (job)");
    assertNull(SpellingVariants.participleTwin("Dragan"), "a name of six letters");
    assertNull(SpellingVariants.participleTwin("Radovan"), "a name: not radovao");
    assertNull(SpellingVariants.participleTwin("milovana"), "a name in the genitive, typed in lower case: not milovao");
    assertNull(SpellingVariants.participleTwin("radovao"), "not the name Radovan");
    assertNull(SpellingVariants.participleTwin("strana"), "six letters");
    assertNull(SpellingVariants.participleTwin("zaključen"), "no -an");
  }

  @Test
  void twoTypedWordsOfAPhraseAreAlsoTheirCompound() {
    assertEquals(List.of("cybersecurity"), SpellingVariants.compounds("cyber security"));
    assertEquals(List.of("cybersecurity unit", "cyber securityunit"), SpellingVariants.compounds("cyber security unit"));
    assertEquals(List.of(), SpellingVariants.compounds("e mail"), "a part of one or two letters");
    assertEquals(List.of(), SpellingVariants.compounds("404 02"), "digits are no compound");
    assertEquals(List.of(), SpellingVariants.compounds("email"), "one word");
  }
}
