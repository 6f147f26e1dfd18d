"""Damage is not an edit: differences that a PDF's broken text layer explains.

A copy whose text layer lost every ำ (``ทาขึ้น`` for ``ทำขึ้น``), drew tone marks from a
font's private glyphs (``หนา้`` for ``หน้า``, a tone mark before its vowel), or spaced the
syllables of words (``กรรมสิ ทธิ์``) would otherwise show hundreds of word edits. By
default a difference is *explained by damage* when folding the damage away makes the two
texts the same, and the damage is flagged on that side:

- ``lost_sara_am``: the parser flagged the document (warning ``lost_sara_am``): ำ and า
  are one letter there;
- ``mark_order``: the same letters and the same tone marks in the same order, the marks on
  other letters (``เลม่`` for ``เล่ม``, ``ทอ้ง`` for ``ท้อง``: a layout extraction moved the mark
  to the next letter, which normalization cannot undo without a dictionary). The displaced
  mark is its own evidence: no edit moves a tone mark and changes nothing else;
- ``spaced_syllables``: a line with a space before a vowel or mark, or after a leading
  vowel, which no correct Thai spacing has: spaces inside Thai words are dropped.

``--strict`` folds nothing: every such difference is an edit.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations

from ..text import fold_damage
from .tokens import CACHE_SIZE

LOST_SARA_AM = "lost_sara_am"
MARK_ORDER = "mark_order"
SPACED_SYLLABLES = "spaced_syllables"

_TONES = re.compile("[\u0e48-\u0e4b]+")  # ่ ้ ๊ ๋
# "ซื ้ อ", "สิ ทธิ์", "เ รียน": a space before a following vowel or mark, or after a leading vowel.
_SPACE_IN_WORD = re.compile("[\u0e01-\u0e4e] +[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]|[\u0e40-\u0e44] +[\u0e01-\u0e2e]")
_THAI_SPACE = re.compile("(?<=[\u0e01-\u0e4e]) +(?=[\u0e01-\u0e4e])")


def document_flags(doc) -> frozenset[str]:
    """The damage the parser flagged on the document (its warnings)."""
    return frozenset(LOST_SARA_AM for w in doc.warnings if w.code == LOST_SARA_AM)


def line_flags(text: str) -> frozenset[str]:
    """The damage a line shows by itself: spaced syllables; and tone marks, whose moves show
    only against the other version (so ``mark_order`` is always looked for)."""
    return frozenset((MARK_ORDER, SPACED_SYLLABLES) if _SPACE_IN_WORD.search(text) else (MARK_ORDER,))


def as_aa(text: str) -> str:
    """ำ written as า, character for character (the text keeps its length)."""
    return text.replace("\u0e33", "\u0e32")


@lru_cache(maxsize=CACHE_SIZE)
def without_tones(text: str) -> str:
    """``text`` without tone marks: what alignment pairs by, so that a block whose tone marks
    the text layer moved still finds its partner (whether it changed is decided after)."""
    # Four str.replace calls: much faster than a regex or str.translate on Thai text.
    return text.replace("\u0e48", "").replace("\u0e49", "").replace("\u0e4a", "").replace("\u0e4b", "")


def fold(text: str, kinds: frozenset[str]) -> str:
    """``text`` with the damage of ``kinds`` undone as far as comparison needs."""
    if MARK_ORDER in kinds and _TONES.search(text):
        # The letters, then the tone marks in their order: equal when only their places differ.
        text = _TONES.sub("", text) + "".join(_TONES.findall(text))
    if LOST_SARA_AM in kinds:
        text = fold_damage(text)  # ำ as า (and spaces inside Thai runs dropped)
    elif SPACED_SYLLABLES in kinds:
        text = _THAI_SPACE.sub("", text)
    return text


def explaining(old: str, new: str, old_flags: frozenset[str], new_flags: frozenset[str], key) -> tuple[str, ...]:
    """The fewest damage kinds that make ``old`` and ``new`` compare the same (``key``: the
    comparison key), or () when damage does not explain the whole difference."""
    kinds = sorted(old_flags | new_flags | line_flags(old) | line_flags(new))
    for size in range(1, len(kinds) + 1):
        for chosen in combinations(kinds, size):
            folded = frozenset(chosen)
            if key(fold(old, folded)) == key(fold(new, folded)):
                return chosen
    return ()
