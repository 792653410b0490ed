"""Reference texts of legacy binary Office files, RTF and Outlook messages for the text fidelity audit.

Each *_pages function takes a file path and returns [(page, text)] like fidelity_open's, or None
when the tool reads nothing (a format it does not know); a tool's failure raises ToolFailed, which
the audit reports as a reference error, not as Istraga's loss. The tools are Debian packages,
independent of Apache POI (which Tika uses); a format whose tool is not installed is skipped.

  doc   antiword -s -r -w 0 (hidden text and removed revisions shown, fields as their results;
        package antiword); for the Word 6/95 files antiword does not read, catdoc -w (package catdoc)
  xls   xls2csv (package catdoc), one page per sheet (it ends each sheet with a form feed)
  ppt   catppt (package catdoc), the whole file as one page (it does not mark slides)
  rtf   unrtf --html (package unrtf; its HTML output writes every non-ASCII letter as an entity,
        its text output leaves them in the file's code page), then the visible text
  msg   msgconvert (package libemail-outlook-message-perl) to an .eml file, then the e-mail
        comparison of fidelity_open (text and HTML parts, attached messages too)

Cost: one process per file (msgconvert: a Perl start, ~0.3 s); output is read in memory.
"""
import os
import shutil
import subprocess
import tempfile

import fidelity_open

TIMEOUT = 120


class ToolFailed(Exception):
    """The reference tool exited with an error or timed out on a file."""


def run(cmd, ok_codes=(0,)):
    """The tool's standard output as UTF-8 text; ToolFailed on a timeout or an exit code not in ok_codes."""
    try:
        r = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired as e:
        raise ToolFailed(f"{cmd[0]} timed out after {TIMEOUT}s") from e
    if r.returncode not in ok_codes:
        err = r.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ToolFailed(f"{cmd[0]} exit {r.returncode}: {err[-1] if err else ''}")
    return r.stdout.decode("utf-8", "replace")


def doc_pages(path):
    try:
        text = run(["antiword", "-s", "-r", "-w", "0", "-m", "UTF-8.txt", path])
    except ToolFailed:
        text = ""
    if not text.strip() and shutil.which("catdoc"):
        # antiword does not read Word 6/95 files ("the text stream of this file is too small")
        text = run(["catdoc", "-d", "utf-8", "-w", path])
    return [(None, text)]


def xls_pages(path):
    text = run(["xls2csv", "-d", "utf-8", "-q", "1", path])
    sheets = text.split("\f")
    if sheets and not sheets[-1].strip():
        sheets.pop()
    return [(i + 1, s) for i, s in enumerate(sheets)]


def ppt_pages(path):
    return [(None, run(["catppt", "-d", "utf-8", path]))]


def rtf_pages(path):
    return [(None, fidelity_open.html_text(run(["unrtf", "--html", "--nopict", path])))]


def msg_pages(path):
    with tempfile.TemporaryDirectory(prefix="fidelity-msg-") as tmp:
        eml = os.path.join(tmp, "message.eml")
        run(["msgconvert", "--outfile", eml, path])
        if not os.path.isfile(eml):
            raise ToolFailed(f"msgconvert wrote no message for {path}")
        return fidelity_open.mail_pages(eml)
