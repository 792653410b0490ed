#!/usr/bin/env python3
"""Compares Istraga's extracted text and page mapping with independent extractors, file by file.

Input: a JSON Lines dump of a case (org.istraga.bench.CaseTextDump; scripts/bench/text-fidelity
makes it) and the evidence files it lists. For each top-level file of a format with an independent
reference extractor:

  pdf        pdftotext -layout, one call per page (-f N -l N)
  docx/xlsx/pptx   the words of the package's XML parts (body, headers, footers, footnotes,
             endnotes, comments, text boxes; shared and inline strings per sheet; slides, notes)
  odt/ods/odp      content.xml and styles.xml (headers, footers)
  eml/mbox/mail    the visible text of every text/plain and text/html part (Python's email module)
  html/xml   the visible text (no script, style, markup); txt/csv/json: the text itself

Words are compared after normalisation: NFKC (ligatures, full-width forms), lower case, soft
hyphens removed, a hyphen at a line end joined to the next line's word, and words split at every
non-letter, non-digit. A reference word counts as LOST when it is neither a word of Istraga's text
(the file's document and all its embedded children) nor a substring of that text with everything
but letters and digits removed (so a word pdftotext reads as "Istr aga" or "Istraga's" is not
counted lost when spacing differs). A word counts as WRONG PAGE when the reference puts it on page
N (a PDF page, a sheet, a slide) and it is in Istraga's text but not in Istraga's page N (again
with the squashed-substring allowance). Only words of 3 or more characters count.

Output: one line per file with figures (reference words, lost, wrong page, examples), and totals.
"""
import argparse
import collections
import email
import email.policy
import html.parser
import json
import mailbox
import os
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

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


# ---------------------------------------------------------------- reference extractors

def pdf_pages(path):
    try:
        info = subprocess.run(["pdfinfo", path], capture_output=True, timeout=60).stdout.decode(
            "utf-8", "replace")
    except subprocess.TimeoutExpired:
        return None
    m = re.search(r"^Pages:\s+(\d+)", info, re.M)
    if not m:
        return None
    pages = []
    for n in range(1, int(m.group(1)) + 1):
        try:
            r = subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), "-enc", "UTF-8",
                                path, "-"], capture_output=True, timeout=60)
            pages.append(r.stdout.decode("utf-8", "replace"))
        except subprocess.TimeoutExpired:
            pages.append("")
    return pages


def xml_text(data, keep=None):
    """Concatenated text nodes of an XML document, one space between elements."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return ""
    out = []
    for el in root.iter():
        tag = el.tag.split("}")[-1] if isinstance(el.tag, str) else ""
        if keep is None or tag in keep:
            if el.text:
                out.append(el.text)
        out.append(" ")
    return "".join(out)


def ooxml_pages(path):
    """[(page_number or None, text)]; pages for sheets and slides, None for word documents."""
    z = zipfile.ZipFile(path)
    names = z.namelist()
    out = []
    if "word/document.xml" in names:
        for n in names:
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$", n):
                out.append((None, xml_text(z.read(n), {"t", "delText"})))
    elif "xl/workbook.xml" in names:
        shared = []
        if "xl/sharedStrings.xml" in names:
            root = ET.fromstring(z.read("xl/sharedStrings.xml"))
            for si in root:
                shared.append("".join(t.text or "" for t in si.iter() if t.tag.endswith("}t")))
        for page, part in workbook_order(z, "xl/workbook.xml", "sheet"):
            root = ET.fromstring(z.read(part))
            texts = []
            for c in root.iter():
                if not c.tag.endswith("}c"):
                    continue
                t = c.get("t")
                v = next((x.text for x in c if x.tag.endswith("}v")), None)
                if t == "s" and v is not None and v.strip().isdigit() and int(v) < len(shared):
                    texts.append(shared[int(v)])
                elif t == "inlineStr":
                    texts.append("".join(x.text or "" for x in c.iter() if x.tag.endswith("}t")))
                elif t == "str" and v:
                    texts.append(v)
            out.append((page, "\n".join(texts)))
            # the sheet's cell comments and drawn shapes (text boxes) belong to its page
            for rel in related(z, part, ("comments", "drawing")):
                out.append((page, xml_text(z.read(rel), {"t"})))
    elif "ppt/presentation.xml" in names:
        for page, part in workbook_order(z, "ppt/presentation.xml", "sldId"):
            out.append((page, xml_text(z.read(part), {"t"})))
            # speaker notes and (legacy) comments are on their slide's page
            for rel in related(z, part, ("notesSlide", "comments")):
                out.append((page, xml_text(z.read(rel), {"t", "text"})))
    return out


def related(z, part, kinds):
    """Parts that {part}'s relationships name with a type ending in one of {kinds}."""
    base, name = part.rsplit("/", 1)
    rels_name = base + "/_rels/" + name + ".rels"
    if rels_name not in z.namelist():
        return []
    out = []
    for r in ET.fromstring(z.read(rels_name)):
        kind = (r.get("Type") or "").rsplit("/", 1)[-1]
        target = r.get("Target") or ""
        if kind in kinds and r.get("TargetMode") != "External":
            target = target[1:] if target.startswith("/") else os.path.normpath(base + "/" + target)
            if target in z.namelist():
                out.append(target)
    return out


def workbook_order(z, main, child_tag):
    """(1-based position, part name) of a workbook's sheets or a presentation's slides, in order."""
    base = main.rsplit("/", 1)[0]
    rels_name = base + "/_rels/" + main.rsplit("/", 1)[1] + ".rels"
    rels = {}
    for r in ET.fromstring(z.read(rels_name)):
        target = r.get("Target")
        if target.startswith("/"):
            target = target[1:]
        else:
            target = base + "/" + target
        rels[r.get("Id")] = os.path.normpath(target)
    out = []
    root = ET.fromstring(z.read(main))
    for el in root.iter():
        if el.tag.split("}")[-1] == child_tag:
            rid = next((v for k, v in el.attrib.items() if k.endswith("}id")), None)
            if rid in rels and rels[rid] in z.namelist():
                out.append((len(out) + 1, rels[rid]))
    return out


def odf_pages(path):
    z = zipfile.ZipFile(path)
    names = z.namelist()
    if "content.xml" not in names:
        return []
    out = []
    root = ET.fromstring(z.read("content.xml"))
    body = next((e for e in root if e.tag.endswith("}body")), None)
    if body is None:
        return []
    kind = next(iter(body), None)
    kind = kind.tag.split("}")[-1] if kind is not None else ""
    unit = {"spreadsheet": "table", "presentation": "page"}.get(kind)
    if unit:
        n = 0
        for el in body.iter():
            if el.tag.split("}")[-1] == unit:
                n += 1
                out.append((n, odf_element_text(el)))
    else:
        out.append((None, odf_element_text(body)))
    if "styles.xml" in names:
        sroot = ET.fromstring(z.read("styles.xml"))
        for el in sroot.iter():
            if el.tag.split("}")[-1] in ("header", "footer", "header-left", "footer-left"):
                out.append((None, odf_element_text(el)))
    return out


def odf_element_text(el):
    parts = []
    for e in el.iter():
        if e.text:
            parts.append(e.text)
        if e.tail:
            parts.append(e.tail)
        parts.append(" ")
    return "".join(parts)


class VisibleText(html.parser.HTMLParser):
    # the title is metadata (the record's title), not body text
    SKIP = {"script", "style", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(s):
    p = VisibleText()
    try:
        p.feed(s)
        p.close()
    except Exception:  # noqa: BLE001 - broken markup: keep what was read
        pass
    return "".join(p.out)


def message_text(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype not in ("text/plain", "text/html"):
            continue
        try:
            body = part.get_content()
        except Exception:  # noqa: BLE001 - undecodable part: fall back to raw bytes
            payload = part.get_payload(decode=True) or b""
            body = payload.decode("utf-8", "replace")
        if not isinstance(body, str):
            continue
        out.append(html_text(body) if ctype == "text/html" else body)
    return "\n".join(out)


def mail_pages(path):
    with open(path, "rb") as f:
        head = f.read(5)
    if head.startswith(b"From "):
        texts = []
        for m in mailbox.mbox(path, factory=lambda f: email.message_from_binary_file(
                f, policy=email.policy.default)):
            texts.append(message_text(m))
        return [(None, "\n".join(texts))]
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    return [(None, message_text(msg))]


def plain_pages(path, data_kind):
    with open(path, "rb") as f:
        raw = f.read()
    s = None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        s = raw.decode("utf-16")
    else:
        try:
            s = raw.decode("utf-8")
        except UnicodeDecodeError:
            m = re.search(rb"charset=[\"']?([\w-]+)", raw[:4096], re.I) if data_kind == "html" else None
            if m:
                try:
                    s = raw.decode(m.group(1).decode("ascii"))
                except (LookupError, UnicodeDecodeError):
                    s = None
    if s is None:
        return None  # undeclared legacy charset: Istraga's detection is checked elsewhere
    if data_kind == "html":
        return [(None, html_text(s))]
    if data_kind == "xml":
        return [(None, xml_text(raw))]
    return [(None, s)]


# ---------------------------------------------------------------- comparison

def kind_of(path, media_type):
    ext = os.path.splitext(path)[1].lower().lstrip(".")
    mt = media_type or ""
    if ext == "pdf" or mt == "application/pdf":
        return "pdf"
    if ext in ("docx", "docm", "xlsx", "xlsm", "pptx", "pptm"):
        return "ooxml"
    if ext in ("odt", "ods", "odp"):
        return "odf"
    if ext in ("eml", "mbox") or mt in ("message/rfc822", "application/mbox"):
        return "mail"
    if ext in ("html", "htm", "xhtml") or mt.startswith("text/html"):
        return "html"
    if ext == "xml" and mt in ("application/xml", "text/xml"):
        return "xml"
    if ext in ("txt", "csv", "json", "tsv") or mt.startswith("text/plain") or mt.startswith("text/csv"):
        return "plain"
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dump", help="JSON Lines from org.istraga.bench.CaseTextDump")
    ap.add_argument("--json", help="write per-file results here")
    ap.add_argument("--examples", type=int, default=8)
    ap.add_argument("--only", help="regex on the path: compare only those files")
    args = ap.parse_args()

    docs = [json.loads(l) for l in open(args.dump, encoding="utf-8")]
    by_path = {}
    descendants = collections.defaultdict(list)
    for d in docs:
        for p in d["paths"]:
            if "!/" in p:
                descendants[p.split("!/", 1)[0]].append(d)
            else:
                by_path[p] = d
    results = []
    totals = collections.Counter()
    for path in sorted(by_path):
        if args.only and not re.search(args.only, path):
            continue
        d = by_path[path]
        kind = kind_of(path, d.get("media_type"))
        if kind is None or not os.path.isfile(path):
            continue
        try:
            if kind == "pdf":
                pages = pdf_pages(path)
                ref = [(i + 1, t) for i, t in enumerate(pages)] if pages is not None else None
            elif kind == "ooxml":
                ref = ooxml_pages(path)
            elif kind == "odf":
                ref = odf_pages(path)
            elif kind == "mail":
                ref = mail_pages(path)
            else:
                ref = plain_pages(path, kind)
        except Exception as e:  # noqa: BLE001 - a reference extractor failing is reported
            print(f"REFERR {path}: {type(e).__name__}: {e}", file=sys.stderr)
            continue
        if ref is None:
            continue
        text = d["text"]
        whole = Side(text + "\n" + "\n".join(c["text"] for c in descendants.get(path, [])))
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
                    if page <= len(starts):
                        end = starts[page] if page < len(starts) else len(text)
                        page_counts[page] = collections.Counter(
                            w.replace(JOIN, "") for w in words(text[starts[page - 1]:end]))
                    else:
                        page_counts[page] = collections.Counter()
                have = page_counts[page]
            else:
                if whole_counts is None:
                    whole_counts = collections.Counter(w.replace(JOIN, "") for w in words(
                        text + "\n" + "\n".join(c["text"] for c in descendants.get(path, []))))
                have = whole_counts
            missing_occ += sum(max(0, n - have[w]) for w, n in counts.items())
        for page, t in ref:
            ws = set(words(t))
            ref_words |= {w.replace(JOIN, "") for w in ws}
            for w in ws:
                if not whole.has(w):
                    w = w.replace(JOIN, "")
                    lost.add(w)
                elif page is not None and starts:
                    if page not in page_sides:
                        if page <= len(starts):
                            end = starts[page] if page < len(starts) else len(text)
                            page_sides[page] = Side(text[starts[page - 1]:end])
                        else:
                            page_sides[page] = Side("")
                    if not page_sides[page].has(w):
                        wrong.add((page, w.replace(JOIN, "")))
        r = {
            "path": path, "kind": kind, "status": d["status"], "ref_words": len(ref_words),
            "lost": len(lost), "wrong_page": len(wrong), "missing_occurrences": missing_occ,
            "ref_occurrences": sum(sum(c.values()) for c in ref_by_page.values()),
            "pages_ref": len({p for p, _ in ref if p is not None}),
            "pages_istraga": len(starts),
            "lost_examples": sorted(lost)[: args.examples],
            "wrong_examples": sorted(wrong)[: args.examples],
        }
        results.append(r)
        totals["files"] += 1
        totals["ref_words"] += r["ref_words"]
        totals["lost"] += r["lost"]
        totals["wrong_page"] += r["wrong_page"]
        totals["ref_occurrences"] += r["ref_occurrences"]
        totals["missing_occurrences"] += r["missing_occurrences"]
        if r["lost"]:
            totals["files_with_lost"] += 1
        if r["wrong_page"]:
            totals["files_with_wrong_page"] += 1
        if r["pages_ref"] and r["pages_ref"] != r["pages_istraga"]:
            totals["files_page_count_differs"] += 1
        flag = "  " if not (r["lost"] or r["wrong_page"]) else "!!"
        print(f"{flag} {kind:5} {r['ref_words']:6} lost={r['lost']:<5} wrong={r['wrong_page']:<5} "
              f"miss_occ={r['missing_occurrences']:<5} "
              f"pages={r['pages_ref']}/{r['pages_istraga']} {d['status']:8} {path}")
        if r["lost"]:
            print(f"      lost: {' '.join(r['lost_examples'])}")
        if r["wrong_page"]:
            print(f"      wrong: {' '.join(f'{p}:{w}' for p, w in r['wrong_examples'])}")
    print("TOTAL " + " ".join(f"{k}={v}" for k, v in sorted(totals.items())))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"totals": totals, "files": results}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
