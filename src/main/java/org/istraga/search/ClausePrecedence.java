package org.istraga.search;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * Gives a run of clauses the precedence people expect, instead of the classic parser's, which
 * has none: there {@code a OR b c} means "c" (with {@code a} and {@code b} only raising scores)
 * and {@code a AND b OR c} means "a and b" ({@code c} dropped).
 *
 * <p>From tightest to loosest:
 *
 * <ol>
 *   <li>{@code NOT}, {@code -}, {@code !} and {@code +} apply to the one clause they precede;
 *   <li>{@code AND} ({@code &&}) joins its neighbours: {@code a OR b AND c} is {@code a OR (b AND
 *       c)};
 *   <li>{@code OR} ({@code ||}) joins its neighbours: {@code a AND b OR c} is {@code (a AND b) OR
 *       c};
 *   <li>words side by side must all match, as in web search: {@code huawei OR zte kamera} is
 *       {@code (huawei OR zte) AND kamera}, {@code ugovor -nacrt} is {@code ugovor AND NOT nacrt}.
 * </ol>
 *
 * <p>A negative alternative ({@code a OR NOT b}) is "a, or anything without b"; {@link
 * QueryFinisher} makes such an all-negative group match everything else.
 *
 * <p>The parser reports each clause as it is added ({@link #record}) and asks for the combined
 * query when a group ends ({@link #combine}). One instance per parse; not thread-safe.
 */
final class ClausePrecedence {

  /** How a clause is joined to the one before it. */
  enum Join {
    /** Written side by side (or the first clause). */
    NONE,
    AND,
    OR
  }

  private record Entry(Join join, boolean negated) {}

  private static final class Run {
    final List<Entry> entries = new ArrayList<>();
    /** The join of a clause that analysed to nothing, carried to the next clause. */
    Join pending = Join.NONE;
  }

  private final Map<List<BooleanClause>, Run> runs = new IdentityHashMap<>();

  /**
   * Records a clause the parser was asked to add to {@code clauses}.
   *
   * @param added whether it was added (a clause that analysed to nothing is not; its join then
   *     passes to the next clause, so {@code a OR . b} is still {@code a OR b})
   */
  void record(List<BooleanClause> clauses, boolean added, Join join, boolean negated) {
    Run run = runs.computeIfAbsent(clauses, k -> new Run());
    if (!added) {
      if (join != Join.NONE) {
        run.pending = join;
      }
      return;
    }
    Join effective = join == Join.NONE ? run.pending : join;
    run.pending = Join.NONE;
    run.entries.add(new Entry(run.entries.isEmpty() ? Join.NONE : effective, negated));
  }

  /**
   * The clauses of one group combined with precedence, or null when they were not all recorded
   * (the caller then falls back to the stock combination).
   */
  Query combine(List<BooleanClause> clauses) {
    Run run = runs.remove(clauses);
    if (run == null || run.entries.size() != clauses.size() || clauses.isEmpty()) {
      return null;
    }
    // units: split at side-by-side; alternatives: split at OR; conjuncts: joined by AND
    List<List<List<BooleanClause>>> units = new ArrayList<>();
    for (int i = 0; i < clauses.size(); i++) {
      Entry e = run.entries.get(i);
      BooleanClause c = new BooleanClause(clauses.get(i).getQuery(), e.negated() ? Occur.MUST_NOT : Occur.MUST);
      if (i == 0 || e.join() == Join.NONE) {
        units.add(new ArrayList<>());
        units.get(units.size() - 1).add(new ArrayList<>());
      } else if (e.join() == Join.OR) {
        units.get(units.size() - 1).add(new ArrayList<>());
      }
      List<List<BooleanClause>> unit = units.get(units.size() - 1);
      unit.get(unit.size() - 1).add(c);
    }
    BooleanQuery.Builder top = new BooleanQuery.Builder();
    int topClauses = 0;
    Query only = null;
    for (List<List<BooleanClause>> unit : units) {
      if (unit.size() == 1) {
        for (BooleanClause c : unit.get(0)) {
          top.add(c);
          topClauses++;
          only = c.getOccur() == Occur.MUST ? c.getQuery() : null;
        }
      } else {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        for (List<BooleanClause> alternative : unit) {
          either.add(conjunction(alternative), Occur.SHOULD);
        }
        only = either.build();
        top.add(only, Occur.MUST);
        topClauses++;
      }
    }
    return topClauses == 1 && only != null ? only : top.build();
  }

  private static Query conjunction(List<BooleanClause> clauses) {
    if (clauses.size() == 1 && clauses.get(0).getOccur() == Occur.MUST) {
      return clauses.get(0).getQuery();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    clauses.forEach(b::add);
    return b.build();
  }
}
