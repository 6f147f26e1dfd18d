"""Header values cleaned of the marks that typing and extraction leave at their ends.

Trimmed from the end by hand, not with patterns anchored at ``$``: a regex engine tries those
from every position, and a value of 100,000 dots would take quadratic time.
"""

from __future__ import annotations

import re

_PUNCTUATION = ".,:;"  # typed after a space at a value's end: "… จังหวัดมหาสารคาม ."
_LEADER = ".…_"  # a dotted leader around a value typed into a form: "……โรงเรียน……"
# What is left of a double label: "ส่วนราชการ/หน่วยงาน  โรงเรียน…" read as "ส่วนราชการ" + "/หน่วยงาน …"
_LABEL_REST = re.compile(r" */ *(?:ส่วนราชการ|หน่วยงาน) *:? *")


def _strip_stray_end(text: str) -> str:
    """Cut " .", " ,:", a "|" left by a table and a dotted leader off the end, repeatedly."""
    end = len(text)
    while True:
        while end and text[end - 1] == " ":
            end -= 1
        if end and text[end - 1] == "|":
            end -= 1
            continue
        run = end
        while run and text[run - 1] in _PUNCTUATION:
            run -= 1
        if run < end and (run == 0 or text[run - 1] == " "):
            end = run
            continue
        run = end
        while run and text[run - 1] in _LEADER:
            run -= 1
        if end - run >= 2:
            end = run
            continue
        return text[:end]


def clean_value(text: str) -> str:
    """A header value without the stray marks at its ends: "… จังหวัดมหาสารคาม ." -> "…
    จังหวัดมหาสารคาม", "4413)" -> "4413", "……โรงเรียน……" -> "โรงเรียน"; a bracket that opens or
    closes nothing is a stray."""
    text = _strip_stray_end(text.strip())
    lead = text.lstrip(_LEADER)
    if len(text) - len(lead) >= 2:
        text = lead.lstrip()
    for opener, closer in ("()", "[]"):
        if text.endswith(closer) and text.count(opener) < text.count(closer):
            text = text[:-1].rstrip()
        if text.startswith(opener) and text.count(opener) > text.count(closer):
            text = text[1:].lstrip()
    return text


def issuer_name(text: str) -> str:
    """An issuer's first line without what is left of a double label ("/หน่วยงาน") and stray
    marks: "/หน่วยงาน โรงเรียนบ้านหนองโน" -> "โรงเรียนบ้านหนองโน"."""
    label = _LABEL_REST.match(text)
    return clean_value(text[label.end():] if label else text)
