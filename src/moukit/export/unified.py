"""Unified diff: the two documents' normalized lines, as ``diff -u`` prints them.

Line by line, so it shows what the clause view does not: a clause wrapped differently is a
change here. Lines are compared whole. (difflib's autojunk heuristic, which ruins Thai at
character level, here only ignores very frequent lines such as blank ones in files over 200
lines when it looks for anchors; hunks may then be cut differently, but every change is shown.)
Control and bidi characters are shown (``⟨U+202E⟩``, ``␛``), never passed to the terminal.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from .visible import shown


def to_unified(old_lines: Sequence[str], new_lines: Sequence[str], old_name: str, new_name: str,
               description: str | None = None) -> str:
    """``---``/``+++`` headers and ``@@`` hunks with three lines of context; "" when the lines are the same.
    ``description`` (the diff's summary in words) goes first, on a line of its own: ``patch``
    and ``git apply`` skip text before the first ``---``."""
    # Lines compared as they are, printed with their controls and bidi controls shown.
    diff = difflib.unified_diff(list(old_lines), list(new_lines), fromfile=shown(old_name), tofile=shown(new_name),
                                lineterm="")
    text = "".join(shown(line) + "\n" for line in diff)
    return f"{shown(description)}\n{text}" if text and description else text
