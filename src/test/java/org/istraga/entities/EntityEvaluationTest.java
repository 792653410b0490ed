package org.istraga.entities;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Precision and recall per entity type over the hand-annotated evaluation set (real documents
 * from the shared corpus; see docs/entities.md). Prints one table for the development tranche,
 * one for each of the four held-out tranches (annotated after the recognizers were written), each with every
 * miss, and one for all of them; then asserts the quality bar on all together: pattern types (IBAN,
 * PIB, MB, e-mail, money, dates) precision ≥ 0.95 and recall ≥ 0.90; organizations precision
 * ≥ 0.80 and recall ≥ 0.70.
 */
class EntityEvaluationTest {

  private static final Set<EntityType> PATTERN_TYPES =
      Set.of(EntityType.IBAN, EntityType.PIB, EntityType.MB, EntityType.EMAIL, EntityType.MONEY,
          EntityType.DATE);

  /** Each tranche with its printed title and the fewest documents it must have. */
  private static final Map<EvaluationSet.Tranche, String> TITLES = new EnumMap<>(Map.of(
      EvaluationSet.Tranche.DEVELOPMENT, "Development tranche",
      EvaluationSet.Tranche.HELD_OUT, "Held-out tranche",
      EvaluationSet.Tranche.HELD_OUT_2, "Second held-out tranche",
      EvaluationSet.Tranche.HELD_OUT_3, "Third held-out tranche",
      EvaluationSet.Tranche.HELD_OUT_4, "Fourth held-out tranche"));
  private static final Map<EvaluationSet.Tranche, Integer> MIN_DOCS = new EnumMap<>(Map.of(
      EvaluationSet.Tranche.DEVELOPMENT, 10,
      EvaluationSet.Tranche.HELD_OUT, 6,
      EvaluationSet.Tranche.HELD_OUT_2, 8,
      EvaluationSet.Tranche.HELD_OUT_3, 8,
      EvaluationSet.Tranche.HELD_OUT_4, 12));

  @Test
  void meetsTheQualityBarOnTheEvaluationSet() {
    List<EvaluationSet.Doc> docs = EvaluationSet.load();
    int goldTotal = docs.stream().mapToInt(d -> d.gold().size()).sum();
    assertTrue(goldTotal >= 300, "at least 300 gold mentions, found " + goldTotal);

    EntityExtractor x = EntityExtractor.standard();
    for (EvaluationSet.Tranche tranche : EvaluationSet.Tranche.values()) {
      String title = TITLES.get(tranche);
      List<EvaluationSet.Doc> part = docs.stream().filter(d -> d.tranche() == tranche).toList();
      assertTrue(part.size() >= MIN_DOCS.get(tranche),
          "at least " + MIN_DOCS.get(tranche) + " documents in the " + title.toLowerCase(Locale.ROOT)
              + ", found " + part.size());
      List<String> errors = new ArrayList<>();
      Map<EntityType, EvaluationSet.Score> partScores = EvaluationSet.evaluate(x, part, errors);
      System.out.println(tableTitle(title, part));
      System.out.println(EvaluationSet.table(partScores));
      errors.forEach(System.out::println);
      System.out.println();
    }
    Map<EntityType, EvaluationSet.Score> scores = EvaluationSet.evaluate(x, docs, null);
    System.out.println(tableTitle("All " + TITLES.size()
        + " tranches (the targets are asserted on these)", docs));
    System.out.println(EvaluationSet.table(scores));

    List<Executable> checks = new ArrayList<>();
    for (Map.Entry<EntityType, EvaluationSet.Score> e : scores.entrySet()) {
      EntityType t = e.getKey();
      EvaluationSet.Score s = e.getValue();
      if (PATTERN_TYPES.contains(t)) {
        checks.add(() -> assertTrue(s.precision() >= 0.95,
            t.label() + " precision " + s.precision() + " < 0.95"));
        checks.add(() -> assertTrue(s.recall() >= 0.90,
            t.label() + " recall " + s.recall() + " < 0.90"));
      } else if (t == EntityType.ORG) {
        checks.add(() -> assertTrue(s.precision() >= 0.80,
            "org precision " + s.precision() + " < 0.80"));
        checks.add(() -> assertTrue(s.recall() >= 0.70, "org recall " + s.recall() + " < 0.70"));
      }
    }
    for (EntityType t : PATTERN_TYPES) {
      if (t != EntityType.IBAN) {
        checks.add(() -> assertTrue(scores.containsKey(t) && scores.get(t).gold > 0,
            "the evaluation set has gold mentions of " + t.label()));
      }
    }
    assertAll(checks);
  }

  private static String tableTitle(String name, List<EvaluationSet.Doc> docs) {
    return name + ": entity extraction on " + docs.size() + " documents, "
        + docs.stream().mapToInt(d -> d.gold().size()).sum() + " gold mentions:";
  }
}
