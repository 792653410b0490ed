#!/usr/bin/env python3
"""Compares Istraga's extracted text and page mapping with independent extractors, file by file.

Input: a JSON Lines dump of a case (org.istraga.bench.CaseTextDump; scripts/bench/text-fidelity
makes it) and the evidence files it lists. Each file of a format with a comparer below is compared
(a top-level file, or a member of a zip or tar file on disk, read from the archive); one comparer
per format family, its reference tool named in COMPARERS:

  pdf, ooxml, odf, mail, html, xml, plain   fidelity_open.py (pdftotext; the package XML; Python)
  doc, xls, ppt, rtf, msg                   fidelity_legacy.py (antiword/catdoc, xls2csv, catppt,
                                            unrtf, msgconvert: Debian packages)

A comparer whose tool is not installed is skipped with a message naming the package.

Words are compared after normalisation: NFKC (ligatures, full-width forms), lower case, soft
hyphens removed, a hyphen at a line end joined to the next line's word, and words split at every
non-letter, non-digit. A reference word counts as LOST when it is neither a word of Istraga's text
(the file's document and all its embedded children) nor a substring of that text with everything
but letters and digits removed (so a word pdftotext reads as "Istr aga" or "Istraga's" is not
counted lost when spacing differs). A word counts as WRONG PAGE when the reference puts it on page
N (a PDF page, a sheet, a slide) and it is in Istraga's text but not in Istraga's page N (again
with the squashed-substring allowance). Only words of 3 or more characters count. The other way
round, a word of the document's own text (not its children's) that the reference lacks is EXTRA
(text the reference does not show, or garbled text), and GARBLED counts the U+FFFD replacement
characters and C0 control characters (other than tab, line and page breaks) in it.

Output: one line per file with figures (reference words, lost, wrong page, extra, garbled,
examples), totals, and totals per format family.
"""
import argparse
import collections
import json
import os
import re
import shutil
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from typing import Callable, NamedTuple

import fidelity_legacy
import fidelity_open
WORD = re.compile(r"[^\W_]+", re.UNICODE)
WORD_OR_JOIN = re.compile(r"[^\W_]+(?:\u2060[^\W_]+)*", re.UNICODE)
MIN_LEN = 3
JOIN = "\u2060"  # marks a line-end hyphen join inside a reference word
SPLIT = re.compile(r"\u2060|(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")


def normalise(text):
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u00ad", "")
    text = re.sub(r"(\w)-[ \t]*\r?\n\s*(\w)", r"\1" + JOIN + r"\2", text)
    return text.lower()


def words(text):
    """Normalised words; a word joined at a line-end hyphen keeps the JOIN mark between parts."""
    return [w for w in WORD_OR_JOIN.findall(normalise(text)) if len(w.replace(JOIN, "")) >= MIN_LEN]


def squash(text):
    return "".join(WORD.findall(normalise(text)))


class Side:
    """Istraga's text (or one page of it), as a word set and a squashed string."""

    def __init__(self, text):
        self.words = {w.replace(JOIN, "") for w in words(text)}
        self.squashed = squash(text)

    def has(self, w):
        joined = w.replace(JOIN, "")
        if joined in self.words or joined in self.squashed:
            return True
        # a reference word glued from parts by its layout ("above48", a hyphen joined across
        # columns: "com-" at a right column's line end + "pular" at the next line's start) counts
        # as present when each of its parts is
        parts = [p for p in SPLIT.split(w) if p]
        if len(parts) > 1 and all(p in self.words or p in self.squashed for p in parts):
            return True
        return False



GARBLED = re.compile(r"[\ufffd\x00-\x08\x0b\x0e-\x1f]")


# ---------------------------------------------------------------- comparers

class Comparer(NamedTuple):
    """One format family: its reference tool (as recorded in the output) and how to read it."""
    tool: str
    executables: tuple  # programs that must be on PATH; empty for Python-only references
    package: str  # Debian package(s) that install them
    pages: Callable  # path -> [(page or None, text)] or None


COMPARERS = {
    "pdf": Comparer("pdftotext -layout per page", ("pdftotext", "pdfinfo"), "poppler-utils",
                    fidelity_open.pdf_pages_numbered),
    "ooxml": Comparer("package XML parts", (), "", fidelity_open.ooxml_pages),
    "odf": Comparer("content.xml, styles.xml", (), "", fidelity_open.odf_pages),
    "mail": Comparer("Python email text/html parts", (), "", fidelity_open.mail_pages),
    "html": Comparer("visible HTML text", (), "", lambda p: fidelity_open.plain_pages(p, "html")),
    "xml": Comparer("XML text nodes", (), "", lambda p: fidelity_open.plain_pages(p, "xml")),
    "plain": Comparer("the text itself", (), "", lambda p: fidelity_open.plain_pages(p, "plain")),
    "doc": Comparer("antiword -s -r (catdoc for Word 6/95)", ("antiword",), "antiword catdoc",
                    fidelity_legacy.doc_pages),
    "xls": Comparer("xls2csv, a page per sheet", ("xls2csv",), "catdoc", fidelity_legacy.xls_pages),
    "ppt": Comparer("catppt", ("catppt",), "catdoc", fidelity_legacy.ppt_pages),
    "rtf": Comparer("unrtf --html", ("unrtf",), "unrtf", fidelity_legacy.rtf_pages),
    "msg": Comparer("msgconvert to .eml, then the e-mail parts", ("msgconvert",),
                    "libemail-outlook-message-perl", fidelity_legacy.msg_pages),
}


def kind_of(path, media_type):
    ext = os.path.splitext(path)[1].lower().lstrip(".")
    mt = media_type or ""
    if ext == "pdf" or mt == "application/pdf":
        return "pdf"
    if ext in ("docx", "docm", "xlsx", "xlsm", "pptx", "pptm"):
        return "ooxml"
    if ext in ("odt", "ods", "odp"):
        return "odf"
    if ext in ("doc", "dot") and mt == "application/msword":
        return "doc"
    if ext in ("xls", "xlt") and mt == "application/vnd.ms-excel":
        return "xls"
    if ext in ("ppt", "pps", "pot") and mt == "application/vnd.ms-powerpoint":
        return "ppt"
    if ext == "rtf" or mt == "application/rtf":
        return "rtf"
    if ext == "msg" or mt == "application/vnd.ms-outlook":
        return "msg"
    if ext in ("eml", "mbox") or mt in ("message/rfc822", "application/mbox"):
        return "mail"
    if ext in ("html", "htm", "xhtml") or mt.startswith("text/html"):
        return "html"
    if ext == "xml" and mt in ("application/xml", "text/xml"):
        return "xml"
    if ext in ("txt", "csv", "json", "tsv") or mt.startswith("text/plain") or mt.startswith("text/csv"):
        return "plain"
    return None


# ---------------------------------------------------------------- files to compare

def archive_member(container, member, into):
    """Writes {member} of the zip or tar file {container} under {into}; its path, or None."""
    target = os.path.join(into, os.path.basename(member) or "member")
    if zipfile.is_zipfile(container):
        with zipfile.ZipFile(container) as z:
            if member not in z.namelist():
                return None
            with z.open(member) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
        return target
    if tarfile.is_tarfile(container):
        with tarfile.open(container) as t:
            try:
                src = t.extractfile(member)
            except KeyError:
                return None
            if src is None:
                return None
            with src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
        return target
    return None


def subjects(docs, only):
    """(path shown, document, kind, path on disk or (container, member)) of every file to compare.

    Every top-level file on disk is compared (a file found twice, twice); a document only inside
    archives is compared once, at its first place that can be read: a member of a zip or tar file
    on disk (one level down; the same file in a zip and in a tar is one document).
    """
    out = []
    for d in sorted(docs, key=lambda d: min(d["paths"])):
        members = []
        for p in sorted(d["paths"]):
            if only and not re.search(only, p):
                continue
            kind = kind_of(p, d.get("media_type"))
            if kind is None:
                continue
            parts = p.split("!/")
            if len(parts) == 1 and os.path.isfile(p):
                out.append((p, d, kind, p))
            elif len(parts) == 2 and os.path.isfile(parts[0]) and (
                    zipfile.is_zipfile(parts[0]) or tarfile.is_tarfile(parts[0])):
                members.append((p, d, kind, (parts[0], parts[1])))
        if members and not any(o[1] is d for o in out[-len(d["paths"]):]):
            out.append(members[0])
    return out


# ---------------------------------------------------------------- comparison

def page_text(text, starts, page):
    if page > len(starts):
        return ""
    end = starts[page] if page < len(starts) else len(text)
    return text[starts[page - 1]:end]


def compare(path, kind, d, children, ref, examples):
    """Figures of one file: Istraga's document {d} (and its {children}) against the reference."""
    text = d["text"]
    all_text = text + "\n" + "\n".join(c["text"] for c in children)
    whole = Side(all_text)
    starts = d.get("page_starts") or []
    page_sides = {}
    ref_words = set()
    lost = set()
    wrong = set()
    whole_counts = None
    page_counts = {}
    ref_by_page = collections.defaultdict(collections.Counter)
    for page, t in ref:
        ref_by_page[page].update(w.replace(JOIN, "") for w in words(t))
    missing_occ = 0
    for page, counts in ref_by_page.items():
        if page is not None and starts:
            if page not in page_counts:
                page_counts[page] = collections.Counter(
                    w.replace(JOIN, "") for w in words(page_text(text, starts, page)))
            have = page_counts[page]
        else:
            if whole_counts is None:
                whole_counts = collections.Counter(w.replace(JOIN, "") for w in words(all_text))
            have = whole_counts
        missing_occ += sum(max(0, n - have[w]) for w, n in counts.items())
    for page, t in ref:
        ws = set(words(t))
        ref_words |= {w.replace(JOIN, "") for w in ws}
        for w in ws:
            if not whole.has(w):
                lost.add(w.replace(JOIN, ""))
            elif page is not None and starts:
                if page not in page_sides:
                    page_sides[page] = Side(page_text(text, starts, page))
                if not page_sides[page].has(w):
                    wrong.add((page, w.replace(JOIN, "")))
    reference = Side("\n".join(t for _, t in ref))
    extra = {w for w in Side(text).words if not reference.has(w)}
    return {
        "path": path, "kind": kind, "tool": COMPARERS[kind].tool, "status": d["status"],
        "ref_words": len(ref_words), "lost": len(lost), "wrong_page": len(wrong),
        "extra": len(extra), "garbled": len(GARBLED.findall(text)),
        "missing_occurrences": missing_occ,
        "ref_occurrences": sum(sum(c.values()) for c in ref_by_page.values()),
        "pages_ref": len({p for p, _ in ref if p is not None}),
        "pages_istraga": len(starts),
        "lost_examples": sorted(lost)[:examples],
        "wrong_examples": sorted(wrong)[:examples],
        "extra_examples": sorted(extra)[:examples],
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dump", help="JSON Lines from org.istraga.bench.CaseTextDump")
    ap.add_argument("--json", help="write per-file results here")
    ap.add_argument("--examples", type=int, default=8)
    ap.add_argument("--only", help="regex on the path: compare only those files")
    ap.add_argument("--kinds", help="comma-separated format families to compare (default: all): "
                    + ",".join(COMPARERS))
    args = ap.parse_args()

    kinds = set(args.kinds.split(",")) if args.kinds else set(COMPARERS)
    unknown = kinds - set(COMPARERS)
    if unknown:
        ap.error(f"unknown format families {sorted(unknown)}; known: {','.join(COMPARERS)}")
    docs = [json.loads(l) for l in open(args.dump, encoding="utf-8")]
    descendants = collections.defaultdict(list)
    for d in docs:
        for p in d["paths"]:
            for i in (m.start() for m in re.finditer(r"!/", p)):
                descendants[p[:i]].append(d)
    missing_tools = {}
    for kind in sorted(kinds):
        absent = [x for x in COMPARERS[kind].executables if shutil.which(x) is None]
        if absent:
            missing_tools[kind] = absent
            print(f"SKIP {kind}: {', '.join(absent)} not installed "
                  f"(apt-get install {COMPARERS[kind].package})", file=sys.stderr)
    results = []
    totals = collections.Counter()
    by_kind = collections.defaultdict(collections.Counter)
    with tempfile.TemporaryDirectory(prefix="text-fidelity-") as tmp:
        for path, d, kind, where in subjects(docs, args.only):
            if kind not in kinds:
                continue
            if kind in missing_tools:
                totals["skipped_no_tool"] += 1
                continue
            try:
                disk = where
                if isinstance(where, tuple):
                    disk = archive_member(where[0], where[1], tmp)
                    if disk is None:
                        continue
                ref = COMPARERS[kind].pages(disk)
            except Exception as e:  # noqa: BLE001 - a reference extractor failing is reported
                print(f"REFERR {path}: {type(e).__name__}: {e}", file=sys.stderr)
                totals["reference_errors"] += 1
                continue
            finally:
                if isinstance(where, tuple) and disk and os.path.isfile(disk):
                    os.remove(disk)
            if ref is None:
                continue
            children = {c["id"]: c for c in descendants.get(path, [])}.values()
            r = compare(path, kind, d, list(children), ref, args.examples)
            results.append(r)
            for counter in (totals, by_kind[kind]):
                counter["files"] += 1
                for k in ("ref_words", "lost", "wrong_page", "extra", "garbled", "ref_occurrences",
                          "missing_occurrences"):
                    counter[k] += r[k]
                if r["lost"]:
                    counter["files_with_lost"] += 1
                if r["wrong_page"]:
                    counter["files_with_wrong_page"] += 1
                if r["pages_ref"] and r["pages_ref"] != r["pages_istraga"]:
                    counter["files_page_count_differs"] += 1
            flag = "  " if not (r["lost"] or r["wrong_page"]) else "!!"
            print(f"{flag} {kind:5} {r['ref_words']:6} lost={r['lost']:<5} wrong={r['wrong_page']:<5} "
                  f"extra={r['extra']:<5} garbled={r['garbled']:<4} "
                  f"miss_occ={r['missing_occurrences']:<5} "
                  f"pages={r['pages_ref']}/{r['pages_istraga']} {d['status']:8} {path}")
            if r["lost"]:
                print(f"      lost: {' '.join(r['lost_examples'])}")
            if r["wrong_page"]:
                print(f"      wrong: {' '.join(f'{p}:{w}' for p, w in r['wrong_examples'])}")
            if r["extra"]:
                print(f"      extra: {' '.join(r['extra_examples'])}")
    for kind in sorted(by_kind):
        print(f"KIND {kind:5} ({COMPARERS[kind].tool}) "
              + " ".join(f"{k}={v}" for k, v in sorted(by_kind[kind].items())))
    print("TOTAL " + " ".join(f"{k}={v}" for k, v in sorted(totals.items())))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"totals": totals, "by_kind": by_kind,
                       "tools": {k: c.tool for k, c in COMPARERS.items()}, "files": results},
                      f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
