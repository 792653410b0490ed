package org.istraga.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test class whose class-level setup ({@code @BeforeAll}) reads the real-document corpus.
 * Without the corpus the class is reported as skipped, with the reason, before that setup runs:
 * an assumption that aborts a {@code @BeforeAll} makes JUnit drop the class's tests from the
 * report altogether (Surefire counts "Tests run: 0"), so the skip would be silent. Where the
 * corpus is required ({@code ISTRAGA_REQUIRE_CORPUS=1}, the CI corpus suite) the class runs and
 * {@link Corpus#require()} fails it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresCorpus.Condition.class)
public @interface RequiresCorpus {

  /** Disables the annotated class when the corpus is absent and not required. */
  final class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (Corpus.available() || "1".equals(System.getenv("ISTRAGA_REQUIRE_CORPUS"))) {
        return ConditionEvaluationResult.enabled("real-document corpus at " + Corpus.location());
      }
      return ConditionEvaluationResult.disabled("SKIPPED: real-document corpus not found at "
          + Corpus.location() + " (set ISTRAGA_CORPUS or run .ci/run, which provides it)");
    }
  }
}
