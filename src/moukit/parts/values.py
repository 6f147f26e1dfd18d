"""Header values cleaned of the marks that typing and extraction leave at their ends."""

from __future__ import annotations

import re

# What a value may end on by accident of typing or extraction: " ." "  ,", a "|" left by a
# table; and (below) a bracket closing nothing ("4413)"), a bracket opening nothing.
_STRAY_END = re.compile(r"(?: +[.,:;]+| *[|])+$")


def clean_value(text: str) -> str:
    """A header value without the stray marks at its ends: "… จังหวัดมหาสารคาม ." -> "…
    จังหวัดมหาสารคาม", "4413)" -> "4413"; a bracket that opens or closes nothing is a stray."""
    text = _STRAY_END.sub("", text.strip())
    for opener, closer in ("()", "[]"):
        if text.endswith(closer) and text.count(opener) < text.count(closer):
            text = text[:-1].rstrip()
        if text.startswith(opener) and text.count(opener) > text.count(closer):
            text = text[1:].lstrip()
    return text
