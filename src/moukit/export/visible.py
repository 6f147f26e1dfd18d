"""Document text as the views show it: seen, never obeyed.

A file's text can hold what a terminal or a reader's screen would act on instead of showing:
control characters (ESC starts the sequences that move the cursor, clear the screen or, as
OSC 8, make a hidden hyperlink), and bidirectional controls, which reorder what follows them
(``\\u202e000001\\u202c`` displays as ``100000``: a Trojan-Source spoof of a reviewed value).
Every view but JSON (which escapes them) passes its text through ``shown`` first:

- a C0 control or DEL becomes its Unicode control picture (ESC → ``␛``, NUL → ``␀``);
- a C1 control or a bidi control (U+202A–U+202E, U+2066–U+2069) becomes ``⟨U+202E⟩``.

Line breaks stay: the views that must keep a value on one line deal with them. ``shown_model``
does the same to every string of a Document or a DocumentDiff, so a view cannot miss one.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from pydantic import BaseModel

# C0 controls but \n, DEL, C1 controls; embeddings, overrides (LRE RLE PDF LRO RLO) and isolates
# (LRI RLI FSI PDI).
_HIDDEN = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

M = TypeVar("M", bound=BaseModel)


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟, the control pictures
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"⟨U+{code:04X}⟩"


def shown(text: str) -> str:
    """``text`` with every control and bidi control made visible (see the module docstring)."""
    return _HIDDEN.sub(_picture, text) if _HIDDEN.search(text) else text


def shown_model(model: M) -> M:
    """A copy of ``model`` with ``shown`` applied to every string in it; ``model`` itself
    when it holds none to change (the common case costs one walk)."""
    data = model.model_dump(mode="python")
    changed = _shown_value(data)
    return model if changed is data else type(model).model_validate(changed)


def _shown_value(value: Any) -> Any:
    """``value`` with its strings shown; the same object when nothing in it changes."""
    if isinstance(value, str):
        return shown(value)
    if isinstance(value, dict):
        items = {key: _shown_value(item) for key, item in value.items()}
        return value if all(items[key] is value[key] for key in value) else items
    if isinstance(value, (list, tuple)):
        items_ = [_shown_value(item) for item in value]
        return value if all(a is b for a, b in zip(items_, value)) else type(value)(items_)
    return value


def escape_markdown(text: str) -> str:
    """Document text as Markdown that shows it literally: controls shown, HTML's & < > as
    entities, Markdown's punctuation backslashed (``#``, a backtick or ``~`` cannot open a
    heading or a code fence), a leading ``-``, ``+``, ``=`` or ``1.`` that would start a list
    or underline a heading backslashed, line breaks as spaces (a value stays on its line)."""
    text = " ".join(shown(text).splitlines())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = "".join("\\" + c if c in _MARKDOWN_PUNCTUATION else c for c in text)
    return _LINE_START.sub(r"\1\\\2", text, count=1)


_MARKDOWN_PUNCTUATION = frozenset("\\`*_[]|~#$!")
# What opens a block at the start of a line: "- ", "+ ", "=", "1. ", "1) " (after spaces)
_LINE_START = re.compile(r"^( *(?:\d{1,9})?)([-+=.)])")
