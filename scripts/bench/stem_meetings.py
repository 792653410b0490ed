#!/usr/bin/env python3
"""Which words a change of the Serbian stem analysis makes meet, and which it parts.

Input: two tables of org.istraga.bench.StemTable (word TAB terms) over the same vocabulary, the
first from the build before the change, the second after, and the vocabulary with counts (word
TAB count). Two words meet when a query for one finds the other in stem_sr: their terms share
one. Prints the counts, then every group of words that now share a term and did not before
(largest first, with the word counts), then the pairs that no longer meet.

  scripts/bench/stem_meetings.py before.tsv after.tsv vocab.tsv [--all]
"""
import collections
import sys


def load(path):
    table = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, _, terms = line.rstrip("\n").partition("\t")
            table[word] = frozenset(terms.split())
    return table


def pairs_meeting(table):
    by_term = collections.defaultdict(set)
    for word, terms in table.items():
        for t in terms:
            by_term[t].add(word)
    return by_term


def main():
    before, after = load(sys.argv[1]), load(sys.argv[2])
    counts = {}
    with open(sys.argv[3], encoding="utf-8") as f:
        for line in f:
            w, _, n = line.rstrip("\n").partition("\t")
            counts[w] = int(n or 1)
    show_all = "--all" in sys.argv
    by_term = pairs_meeting(after)
    new_pairs = set()
    for term, words in by_term.items():
        ws = sorted(words)
        for i, a in enumerate(ws):
            for b in ws[i + 1:]:
                if not before[a] & before[b]:
                    new_pairs.add((a, b))
    parted = set()
    by_term_before = pairs_meeting(before)
    for term, words in by_term_before.items():
        ws = sorted(words)
        for i, a in enumerate(ws):
            for b in ws[i + 1:]:
                if not after[a] & after[b]:
                    parted.add((a, b))
    # group new pairs by connected words
    groups = collections.defaultdict(set)
    for a, b in new_pairs:
        key = min(after[a] & after[b])
        groups[key].update((a, b))
    print(f"vocabulary {len(after)} words; new meeting pairs {len(new_pairs)} in {len(groups)} terms; parted pairs {len(parted)}")
    for key, words in sorted(groups.items(), key=lambda kv: -sum(counts.get(w, 1) for w in kv[1])):
        ws = sorted(words, key=lambda w: -counts.get(w, 1))
        print(f"MEET {key}: " + " ".join(f"{w}({counts.get(w, 1)})" for w in (ws if show_all else ws[:12])))
    for a, b in sorted(parted):
        print(f"PART {a}({counts.get(a, 1)}) {b}({counts.get(b, 1)}) before {' '.join(sorted(before[a] & before[b]))}")


if __name__ == "__main__":
    main()
