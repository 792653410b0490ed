#!/usr/bin/env python3
"""Word and key-token recall of Istraga's OCR on the pages of GenerateDegradedScans.java.

Usage (from the project root, after `scripts/istraga ingest --case CASE --ocr always GEN/scans`):
    python3 scripts/ocr-audit/measure.py GEN CASE [--baseline] [--out FILE.tsv]

For every file of GEN/conditions.tsv it collects the text Istraga holds for the file and for the
documents embedded in it (a DOCX's picture, an e-mail's attachment), and reports:
  words  share of the known text's words found (multiset, case-folded, punctuation stripped)
  keys   key tokens (contract numbers, amounts, dates, names) found exactly, as k/n
With --baseline it also runs `tesseract` (srp+srp_latn+eng) on the undegraded 300 dpi page
(GEN/clean/NAME.png, cached in GEN/baseline/) - the best Tesseract can do on that text.
"""
import collections
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ISTRAGA = os.path.join(ROOT, "scripts", "istraga")
WORD = re.compile(r"[\w]+(?:[.,/:-][\w]+)*", re.UNICODE)


def words(text):
    return collections.Counter(w.casefold() for w in WORD.findall(text))


def word_recall(truth, text):
    t = words(truth)
    o = words(text)
    found = sum(min(n, o[w]) for w, n in t.items())
    return found / max(1, sum(t.values()))


def key_recall(keys, text):
    flat = re.sub(r"\s+", " ", text)
    return sum(1 for k in keys if k in flat), len(keys)


def case_texts(case):
    out = subprocess.run([ISTRAGA, "export", "--case", case, "--format", "jsonl", "--query", "*:*",
                          "--out", "-"], capture_output=True, text=True, check=True).stdout
    docs = [json.loads(l) for l in out.splitlines() if l.startswith("{")]
    texts = {}
    for d in docs:
        t = subprocess.run([ISTRAGA, "show", "--case", case, "--text", d["id"]], capture_output=True,
                           text=True).stdout
        for p in d["paths"]:
            texts[p] = t
    return texts


def baseline(gen, name):
    os.makedirs(os.path.join(gen, "baseline"), exist_ok=True)
    txt = os.path.join(gen, "baseline", name)
    if not os.path.exists(txt + ".txt"):
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        subprocess.run(["tesseract", os.path.join(gen, "clean", name + ".png"), txt, "-l",
                        "srp+srp_latn+eng", "--dpi", "300"], capture_output=True, env=env, check=True)
    with open(txt + ".txt", encoding="utf-8") as f:
        return f.read()


def main(argv):
    gen, case = argv[0], argv[1]
    want_base = "--baseline" in argv
    out = argv[argv.index("--out") + 1] if "--out" in argv else None
    texts = case_texts(case)
    scans = os.path.realpath(os.path.join(gen, "scans"))
    rows = []
    with open(os.path.join(gen, "conditions.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            file, cond, src, keys = line.rstrip("\n").split("\t")
            keys = keys.split(" | ")
            name = re.sub(r"\.[a-z]+$", "", file)
            path = os.path.join(scans, file)
            text = "\n".join(t for p, t in texts.items() if p == path or p.startswith(path + "!/"))
            with open(os.path.join(gen, "truth", name + ".txt"), encoding="utf-8") as t:
                truth = t.read()
            k, n = key_recall(keys, text)
            row = [file, cond, "%.2f" % word_recall(truth, text), "%d/%d" % (k, n)]
            if want_base:
                b = baseline(gen, name) if src != "5" else None
                if b is None:
                    row += ["-", "-"]
                else:
                    bk, bn = key_recall(keys, b)
                    row += ["%.2f" % word_recall(truth, b), "%d/%d" % (bk, bn)]
            rows.append(row)
    head = ["file", "condition", "words", "keys"] + (["clean_words", "clean_keys"] if want_base else [])
    lines = ["\t".join(head)] + ["\t".join(r) for r in rows]
    print("\n".join(lines))
    if out:
        with open(out, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
