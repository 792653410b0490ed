package org.istraga.entities;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall per entity type over the hand-annotated evaluation set (real documents
 * from the shared corpus; see docs/entities.md). Prints the table and every miss, then asserts
 * the quality bar: pattern types (IBAN, PIB, MB, e-mail, money, dates) precision ≥ 0.95 and
 * recall ≥ 0.90; organizations precision ≥ 0.80 and recall ≥ 0.70.
 */
class EntityEvaluationTest {

  private static final Set<EntityType> PATTERN_TYPES =
      Set.of(EntityType.IBAN, EntityType.PIB, EntityType.MB, EntityType.EMAIL, EntityType.MONEY,
          EntityType.DATE);

  @Test
  void meetsTheQualityBarOnTheEvaluationSet() {
    List<EvaluationSet.Doc> docs = EvaluationSet.load();
    int goldTotal = docs.stream().mapToInt(d -> d.gold().size()).sum();
    assertTrue(docs.size() >= 10, "at least 10 evaluation documents, found " + docs.size());
    assertTrue(goldTotal >= 300, "at least 300 gold mentions, found " + goldTotal);

    List<String> errors = new ArrayList<>();
    Map<EntityType, EvaluationSet.Score> scores =
        EvaluationSet.evaluate(EntityExtractor.standard(), errors);
    System.out.println("Entity extraction on " + docs.size() + " documents, " + goldTotal
        + " gold mentions:");
    System.out.println(EvaluationSet.table(scores));
    errors.forEach(System.out::println);

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
    assertAll(checks.stream().map(c -> (org.junit.jupiter.api.function.Executable) c::execute));
  }

  /** Functional interface so assertion lambdas can be collected before running. */
  @FunctionalInterface
  interface Executable {
    void execute() throws Throwable;
  }
}
