"""Reference texts of open formats for the text fidelity audit (scripts/bench/text_fidelity.py).

Each *_pages function takes a file path and returns [(page, text)], page a 1-based PDF page, sheet
or slide number, or None where the format has no pages the audit checks; None for no reference.

  pdf        pdftotext -layout, one call per page (-f N -l N)
  docx/xlsx/pptx   the words of the package's XML parts (body, headers, footers, footnotes,
             endnotes, comments, text boxes; shared and inline strings per sheet; slides, notes)
  odt/ods/odp      content.xml and styles.xml (headers, footers)
  eml/mbox/mail    the visible text of every text/plain and text/html part (Python's email module)
  html/xml   the visible text (no script, style, markup); txt/csv/json: the text itself

Cost: one pdftotext process per PDF page; the others read the file once in memory.
"""
import email
import email.policy
import html.parser
import mailbox
import os
import re
import subprocess
import xml.etree.ElementTree as ET
import zipfile

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


def pdf_pages_numbered(path):
    """pdf_pages as [(page number, text)], or None when pdfinfo does not read the file."""
    pages = pdf_pages(path)
    return [(i + 1, t) for i, t in enumerate(pages)] if pages is not None else None


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

