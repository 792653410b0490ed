package org.istraga.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives the organizations of one text whose names differ only in Serbian case endings one value:
 * "Telekoma Srbija a.d." (genitive) and "Telekomu Srbija a.d." (dative) take the value and
 * display of "Telekom Srbija a.d."; "Infosistemu Plus d.o.o." that of "Infosistem Plus d.o.o.".
 *
 * <p>Two names are the same name in another case when they have the same legal form (or one of
 * them none, for names of two words or more, such as a listed firm found without its form), the
 * same number of words, and each pair of words is equal after folding or shares a stem of at
 * least three letters (five for a name of one word) followed by case endings only ({@link
 * #ENDINGS}). A name is never merged with a name met only in another text. Among the names of a
 * group the nominative is taken to be the shortest; on equal length the one with more words in
 * "-a" (Nova Energija, not Nove Energije), then the one written most often, then the first.
 *
 * <p>Cost: a comparison per pair of distinct displays, after a cheap filter on form and word
 * count; texts name few distinct organizations. Stateless and thread-safe.
 */
final class OrgCaseMerge {

  private OrgCaseMerge() {}

  /** Serbian noun and adjective case endings (folded), and none. */
  private static final java.util.Set<String> ENDINGS =
      java.util.Set.of("", "a", "e", "i", "u", "o", "om", "em", "oj", "og", "oga", "ome", "omu",
          "im", "ima", "ama", "ih", "ju", "ji", "ja", "je", "ij", "ija", "iji", "iju", "ije");

  private record Name(String display, String form, List<String> words) {}

  static List<Mention> merge(List<Mention> orgs) {
    Map<String, Integer> count = new LinkedHashMap<>();
    Map<String, Mention> firstOf = new LinkedHashMap<>();
    for (Mention m : orgs) {
      count.merge(m.display(), 1, Integer::sum);
      firstOf.putIfAbsent(m.display(), m);
    }
    if (count.size() < 2) {
      return orgs;
    }
    List<Name> names = new ArrayList<>(count.size());
    for (String d : count.keySet()) {
      String form = OrgPropagation.formOf(d);
      String name = form == null ? d : d.substring(0, d.length() - form.length()).trim();
      names.add(new Name(d, form, PhraseIndex.tokenize(name, false)));
    }
    Map<String, String> target = new LinkedHashMap<>();
    boolean[] grouped = new boolean[names.size()];
    for (int i = 0; i < names.size(); i++) {
      if (grouped[i]) {
        continue;
      }
      List<Name> group = new ArrayList<>();
      group.add(names.get(i));
      for (int j = i + 1; j < names.size(); j++) {
        if (!grouped[j] && sameName(names.get(i), names.get(j))) {
          grouped[j] = true;
          group.add(names.get(j));
        }
      }
      if (group.size() < 2) {
        continue;
      }
      Name best = group.get(0);
      for (Name n : group) {
        if (better(n, best, count)) {
          best = n;
        }
      }
      for (Name n : group) {
        if (n != best) {
          target.put(n.display(), best.display());
        }
      }
    }
    if (target.isEmpty()) {
      return orgs;
    }
    List<Mention> out = new ArrayList<>(orgs.size());
    for (Mention m : orgs) {
      String to = target.get(m.display());
      if (to == null) {
        out.add(m);
      } else {
        Mention rep = firstOf.get(to);
        out.add(new Mention(EntityType.ORG, rep.value(), m.raw(), m.start(), m.end(),
            rep.display(), Optional.empty(), Optional.empty()));
      }
    }
    return out;
  }

  private static boolean better(Name a, Name b, Map<String, Integer> count) {
    int la = a.words().stream().mapToInt(String::length).sum();
    int lb = b.words().stream().mapToInt(String::length).sum();
    if (la != lb) {
      return la < lb;
    }
    long aa = a.words().stream().filter(w -> w.endsWith("a")).count();
    long ab = b.words().stream().filter(w -> w.endsWith("a")).count();
    if (aa != ab) {
      return aa > ab;
    }
    return count.get(a.display()) > count.get(b.display());
  }

  private static boolean sameName(Name a, Name b) {
    int n = a.words().size();
    if (n == 0 || n != b.words().size()) {
      return false;
    }
    if (a.form() == null ? b.form() == null || n < 2
        : b.form() == null ? n < 2 : !a.form().equals(b.form())) {
      return false;
    }
    boolean differs = false;
    for (int k = 0; k < n; k++) {
      String x = a.words().get(k);
      String y = b.words().get(k);
      if (x.equals(y)) {
        continue;
      }
      differs = true;
      if (!sameWord(x, y, n == 1 ? 5 : 3)) {
        return false;
      }
    }
    return differs;
  }

  /** True if the folded words share a stem of {@code minStem}+ letters and then case endings. */
  static boolean sameWord(String x, String y, int minStem) {
    int p = 0;
    int max = Math.min(x.length(), y.length());
    while (p < max && x.charAt(p) == y.charAt(p)) {
      p++;
    }
    if (p < minStem || !Character.isLetter(x.charAt(0))) {
      return false;
    }
    // the shared stem may have taken the first letter of an ending (Srbij-a / Srbij-e)
    for (int q = p; q >= Math.max(minStem, p - 2); q--) {
      if (ENDINGS.contains(x.substring(q)) && ENDINGS.contains(y.substring(q))) {
        return true;
      }
    }
    return false;
  }
}
