"""Unified diff: the two documents' normalized lines, as ``diff -u`` prints them.

Line by line, so it shows what the clause view does not: a clause wrapped differently is a
change here. Lines are compared whole. (difflib's autojunk heuristic, which ruins Thai at
character level, here only ignores very frequent lines such as blank ones in files over 200
lines when it looks for anchors; hunks may then be cut differently, but every change is shown.)
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence


def to_unified(old_lines: Sequence[str], new_lines: Sequence[str], old_name: str, new_name: str) -> str:
    """``---``/``+++`` headers and ``@@`` hunks with three lines of context; "" when the lines are the same."""
    diff = difflib.unified_diff(list(old_lines), list(new_lines), fromfile=old_name, tofile=new_name, lineterm="")
    return "".join(line + "\n" for line in diff)
