package org.istraga.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

  private static final String TEXT =
      "Ugovor br. 404-02-117/2019-06 od 14. avgusta 2019. sa Telekom Nova d.o.o. (PIB 101799285)"
          + " na iznos od 1.234.567,89 RSD; kontakt jn@telekom-nova.rs, 011/123-4567.";

  @Test
  void mentionsAreOrderedAndOffsetsPointIntoTheText() {
    List<Mention> all = Extract.STANDARD.extract(TEXT);
    assertTrue(all.size() >= 7, all.toString());
    int last = -1;
    for (Mention m : all) {
      assertTrue(m.start() >= last, "ordered by start");
      last = m.start();
      assertEquals(TEXT.substring(m.start(), m.end()), m.raw());
    }
  }

  @Test
  void identifiersAmountsAndDatesNeverOverlap() {
    List<Mention> all = Extract.STANDARD.extract(TEXT + " JMBG 0101990710008, 20.11.2014.");
    for (Mention a : all) {
      for (Mention b : all) {
        if (a != b && a.type() != EntityType.ORG && b.type() != EntityType.ORG) {
          assertTrue(a.end() <= b.start() || b.end() <= a.start(), a + " overlaps " + b);
        }
      }
    }
  }

  @Test
  void labelsAreStableKebabCase() {
    assertEquals("bank-account", EntityType.BANK_ACCOUNT.label());
    assertEquals("procurement-number", EntityType.PROCUREMENT_NUMBER.label());
    assertEquals(EntityType.CONTRACT_NUMBER, EntityType.fromLabel("contract-number"));
  }

  @Test
  void emptyAndNullTextGiveNoMentions() {
    assertTrue(Extract.STANDARD.extract("").isEmpty());
    assertTrue(Extract.STANDARD.extract(null).isEmpty());
  }

  @Test
  void oneInstanceIsSafeToShareAcrossThreads() throws Exception {
    List<Mention> expected = Extract.STANDARD.extract(TEXT);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Mention>>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        futures.add(pool.submit(() -> Extract.STANDARD.extract(TEXT)));
      }
      for (Future<List<Mention>> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void pathologicalInputStaysLinear() {
    // long runs of separators and digits that regexes with nested quantifiers choke on
    String evil = "1.".repeat(20_000) + " " + "a@".repeat(20_000) + " " + "0 ".repeat(20_000)
        + "www." + "a.".repeat(20_000);
    long start = System.nanoTime();
    Extract.STANDARD.extract(evil);
    // not a timed assertion: the call must simply return (a catastrophic backtrack would not)
    assertTrue(System.nanoTime() > start);
  }
}
