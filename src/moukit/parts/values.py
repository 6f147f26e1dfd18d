"""Header values cleaned of the marks that typing and extraction leave at their ends."""

from __future__ import annotations

import re

# What a value may end on by accident of typing or extraction: " ." "  ,", a "|" left by a
# table; and (below) a bracket closing nothing ("4413)"), a bracket opening nothing.
_STRAY_END = re.compile(r"(?: +[.,:;]+| *[|])+$")
# A dotted leader printed on a form around a value typed in: "ส่วนราชการ.......โรงเรียน......."
_LEADER = re.compile(r"^[.…_]{2,} *| *[.…_]{2,}$")
# What is left of a double label: "ส่วนราชการ/หน่วยงาน  โรงเรียน…" read as "ส่วนราชการ" + "/หน่วยงาน …"
_LABEL_REST = re.compile(r"^ */ *(?:ส่วนราชการ|หน่วยงาน) *:? *")


def clean_value(text: str) -> str:
    """A header value without the stray marks at its ends: "… จังหวัดมหาสารคาม ." -> "…
    จังหวัดมหาสารคาม", "4413)" -> "4413"; a bracket that opens or closes nothing is a stray."""
    text = _LEADER.sub("", _STRAY_END.sub("", text.strip()))
    for opener, closer in ("()", "[]"):
        if text.endswith(closer) and text.count(opener) < text.count(closer):
            text = text[:-1].rstrip()
        if text.startswith(opener) and text.count(opener) > text.count(closer):
            text = text[1:].lstrip()
    return text


def issuer_name(text: str) -> str:
    """An issuer's first line without what is left of a double label ("/หน่วยงาน") and stray
    marks: "/หน่วยงาน โรงเรียนบ้านหนองโน" -> "โรงเรียนบ้านหนองโน"."""
    return clean_value(_LABEL_REST.sub("", text))
