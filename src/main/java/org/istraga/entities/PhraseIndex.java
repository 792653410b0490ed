package org.istraga.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over word tokens: each phrase is a sequence of normalized tokens, and matching walks
 * the trie from every text token, keeping the longest phrase that ends on a token boundary. Cost
 * is O(tokens × longest phrase) per text regardless of how many phrases are indexed, so
 * thousands of watchlist entries cost no more than ten. Immutable after {@link #freeze()};
 * matching is thread-safe.
 *
 * @param <V> what a phrase maps to (e.g. the canonical name)
 */
final class PhraseIndex<V> {

  private static final class Node<V> {
    Map<String, Node<V>> next;
    V value;
  }

  private final Node<V> root = new Node<>();
  private int phrases;
  private int maxDepth;

  /** Adds a phrase; the first value registered for a phrase wins. */
  void add(List<String> tokens, V value) {
    if (tokens.isEmpty()) {
      return;
    }
    Node<V> n = root;
    for (String t : tokens) {
      if (n.next == null) {
        n.next = new HashMap<>(4);
      }
      n = n.next.computeIfAbsent(t, k -> new Node<>());
    }
    if (n.value == null) {
      n.value = value;
      phrases++;
    }
    maxDepth = Math.max(maxDepth, tokens.size());
  }

  /** The value of exactly this phrase, or null. */
  V get(List<String> tokens) {
    Node<V> n = root;
    for (String t : tokens) {
      if (n.next == null) {
        return null;
      }
      n = n.next.get(t);
      if (n == null) {
        return null;
      }
    }
    return n.value;
  }

  /** The distinct first tokens of all phrases. */
  java.util.Set<String> firstTokens() {
    return root.next == null ? java.util.Set.of() : root.next.keySet();
  }

  int size() {
    return phrases;
  }

  /** How a text token is turned into the key the phrases were indexed with. */
  interface TokenKey {
    String key(TextContext.Tokens tokens, int k);
  }

  /** One phrase occurrence: token range [firstToken, lastToken] and the phrase's value. */
  record Hit<V>(int firstToken, int lastToken, V value) {}

  /**
   * All non-overlapping longest matches, scanning left to right. {@code accept} may veto a
   * candidate (e.g. a case-sensitive acronym); a vetoed candidate falls back to shorter ones.
   */
  List<Hit<V>> match(TextContext.Tokens tokens, TokenKey key, HitFilter<V> accept) {
    return match(tokens, key, accept, k -> true);
  }

  /** As above; {@code mayStart} cheaply rules out tokens before their key is computed. */
  List<Hit<V>> match(TextContext.Tokens tokens, TokenKey key, HitFilter<V> accept,
      java.util.function.IntPredicate mayStart) {
    List<Hit<V>> out = new ArrayList<>();
    if (root.next == null) {
      return out;
    }
    int i = 0;
    while (i < tokens.count) {
      if (!mayStart.test(i)) {
        i++;
        continue;
      }
      Node<V> n = root;
      int bestEnd = -1;
      V best = null;
      for (int k = i; k < tokens.count && k - i < maxDepth; k++) {
        if (n.next == null) {
          break;
        }
        n = n.next.get(key.key(tokens, k));
        if (n == null) {
          break;
        }
        if (n.value != null && accept.accept(i, k, n.value)) {
          bestEnd = k;
          best = n.value;
        }
      }
      if (best != null) {
        out.add(new Hit<>(i, bestEnd, best));
        i = bestEnd + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /** Veto hook for {@link #match}. */
  interface HitFilter<V> {
    boolean accept(int firstToken, int lastToken, V value);
  }

  /** Splits a phrase into word tokens the same way {@link TextContext.Tokens} does. */
  static List<String> tokenize(String phrase, boolean stem) {
    TextContext.Tokens t = new TextContext.Tokens(phrase);
    List<String> out = new ArrayList<>(t.count);
    for (int k = 0; k < t.count; k++) {
      out.add(stem ? t.stemmed(k) : t.folded(k));
    }
    return out;
  }
}
