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
 * from the shared corpus; see docs/entities.md). Prints one table for the development tranche,
 * one for each of the three held-out tranches (annotated after the recognizers were written), each with every
 * miss, and one for all of them; then asserts the quality bar on all together: pattern types (IBAN,
 * PIB, MB, e-mail, money, dates) precision ≥ 0.95 and recall ≥ 0.90; organizations precision
 * ≥ 0.80 and recall ≥ 0.70.
 */
class EntityEvaluationTest {

  private static final Set<EntityType> PATTERN_TYPES =
      Set.of(EntityType.IBAN, EntityType.PIB, EntityType.MB, EntityType.EMAIL, EntityType.MONEY,
          EntityType.DATE);

  @Test
  void meetsTheQualityBarOnTheEvaluationSet() {
    List<EvaluationSet.Doc> docs = EvaluationSet.load();
    List<EvaluationSet.Doc> development = docs.stream()
        .filter(d -> d.tranche() == EvaluationSet.Tranche.DEVELOPMENT).toList();
    List<EvaluationSet.Doc> heldOut = docs.stream()
        .filter(d -> d.tranche() == EvaluationSet.Tranche.HELD_OUT).toList();
    List<EvaluationSet.Doc> heldOut2 = docs.stream()
        .filter(d -> d.tranche() == EvaluationSet.Tranche.HELD_OUT_2).toList();
    List<EvaluationSet.Doc> heldOut3 = docs.stream()
        .filter(d -> d.tranche() == EvaluationSet.Tranche.HELD_OUT_3).toList();
    int goldTotal = docs.stream().mapToInt(d -> d.gold().size()).sum();
    assertTrue(development.size() >= 10,
        "at least 10 development documents, found " + development.size());
    assertTrue(heldOut.size() >= 6, "at least 6 held-out documents, found " + heldOut.size());
    assertTrue(heldOut2.size() >= 8,
        "at least 8 documents in the second held-out tranche, found " + heldOut2.size());
    assertTrue(heldOut3.size() >= 8,
        "at least 8 documents in the third held-out tranche, found " + heldOut3.size());
    assertTrue(goldTotal >= 300, "at least 300 gold mentions, found " + goldTotal);

    EntityExtractor x = EntityExtractor.standard();
    List<String> errors = new ArrayList<>();
    Map<EntityType, EvaluationSet.Score> devScores = EvaluationSet.evaluate(x, development, errors);
    List<String> heldOutErrors = new ArrayList<>();
    Map<EntityType, EvaluationSet.Score> heldOutScores =
        EvaluationSet.evaluate(x, heldOut, heldOutErrors);
    List<String> heldOut2Errors = new ArrayList<>();
    Map<EntityType, EvaluationSet.Score> heldOut2Scores =
        EvaluationSet.evaluate(x, heldOut2, heldOut2Errors);
    List<String> heldOut3Errors = new ArrayList<>();
    Map<EntityType, EvaluationSet.Score> heldOut3Scores =
        EvaluationSet.evaluate(x, heldOut3, heldOut3Errors);
    Map<EntityType, EvaluationSet.Score> scores = EvaluationSet.evaluate(x, docs, null);
    System.out.println(tableTitle("Development tranche", development));
    System.out.println(EvaluationSet.table(devScores));
    errors.forEach(System.out::println);
    System.out.println();
    System.out.println(tableTitle("Held-out tranche", heldOut));
    System.out.println(EvaluationSet.table(heldOutScores));
    heldOutErrors.forEach(System.out::println);
    System.out.println();
    System.out.println(tableTitle("Second held-out tranche", heldOut2));
    System.out.println(EvaluationSet.table(heldOut2Scores));
    heldOut2Errors.forEach(System.out::println);
    System.out.println();
    System.out.println(tableTitle("Third held-out tranche", heldOut3));
    System.out.println(EvaluationSet.table(heldOut3Scores));
    heldOut3Errors.forEach(System.out::println);
    System.out.println();
    System.out.println(tableTitle("All four tranches (the targets are asserted on these)", docs));
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
    assertAll(checks.stream().map(c -> (org.junit.jupiter.api.function.Executable) c::execute));
  }

  private static String tableTitle(String name, List<EvaluationSet.Doc> docs) {
    return name + ": entity extraction on " + docs.size() + " documents, "
        + docs.stream().mapToInt(d -> d.gold().size()).sum() + " gold mentions:";
  }

  /** Functional interface so assertion lambdas can be collected before running. */
  @FunctionalInterface
  interface Executable {
    void execute() throws Throwable;
  }
}
