"""How two texts of two versions compare: the mode (strict or not, the damage flagged on each
side), the comparison key, and one pair's change, similarity, word edits and damage. Shared by
the block, field and row comparisons of ``document.py`` and ``rows.py``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from ..models import Clause, Paragraph
from . import damage as dmg
from .align import MIN_SIMILARITY, Item
from .models import BlockRef, Edit
from .people import row_person
from .words import comparison_key as _word_key
from .words import similarity, similarity_above, word_edits


@dataclass(frozen=True, slots=True)
class Mode:
    """How two versions are compared: strict or not, and the damage flagged on each side."""

    strict: bool
    old_flags: frozenset[str] = frozenset()
    new_flags: frozenset[str] = frozenset()


def comparison_key(text: str, *, strict: bool = False) -> str:
    """What two versions must share to count as the same: by default no whitespace at all
    ("aid, medical" = "aid,medical"; SPEC §3 ignores whitespace), one digit script, one ำ."""
    key = _word_key(text, strict=strict)
    return key if strict else key.replace(" ", "")


def aligned_text(text: str, mode: Mode) -> str:
    """The text as alignment sees it: through the damage flagged on either side (not strict).
    Tone marks stay where they are: their moves show only against the other version."""
    return text if mode.strict else dmg.fold(text, mode.old_flags | mode.new_flags)


def matcher(mode: Mode) -> Callable[[str, str], float]:
    """The similarity the aligner scores pairs with: exact above its floor, 0 below."""
    return partial(similarity_above, floor=MIN_SIMILARITY, strict=mode.strict)


def item(text: str, number: str | None, mode: Mode) -> Item:
    seen = aligned_text(text, mode)
    # Pairing reads through spacing and tone marks in either mode; --strict decides what changed.
    # (Tones dropped from the cached key, not before keying: one key computation per text.)
    key = dmg.without_tones(comparison_key(seen))
    return Item(key, seen, number, row_person(text))


def same(a: str, b: str, mode: Mode) -> bool:
    """Two values are the same: by their comparison keys, or (not strict) but for damage."""
    key = partial(comparison_key, strict=mode.strict)
    return key(a) == key(b) or (not mode.strict and bool(dmg.explaining(a, b, mode.old_flags, mode.new_flags, key)))


def compare(a: str | None, b: str | None, mode: Mode) -> tuple[str, float, tuple[Edit, ...], tuple[str, ...]]:
    """(change, similarity, edits, damage) of one pair of texts."""
    if a is None:
        return "added", 0.0, (), ()
    if b is None:
        return "removed", 0.0, (), ()
    strict = mode.strict
    key = partial(comparison_key, strict=strict)
    if key(a) == key(b):
        # Spaces inside words (a PDF's spaced syllables) are no change, but they are damage.
        spaced = () if strict or a == b else dmg.explaining(a, b, frozenset(), frozenset(), lambda t: t)
        return "unchanged", 1.0, (), tuple(k for k in spaced if k == dmg.SPACED_SYLLABLES)
    if not strict:
        damage = dmg.explaining(a, b, mode.old_flags, mode.new_flags, key)
        if damage:
            return "unchanged", 1.0, (), damage
    edits = word_edits(a, b, strict=True) if strict else text_edits(a, b, mode)
    score = round(similarity(aligned_text(a, mode), aligned_text(b, mode), strict=strict), 3)
    return "modified", score, edits, ()


def text_edits(a: str, b: str, mode: Mode) -> tuple[Edit, ...]:
    """Word edits under the default comparison, damage left out: where a side lost its ำ the
    words are matched with ำ read as า on both sides, then each span gets its own text back."""
    if dmg.LOST_SARA_AM not in mode.old_flags | mode.new_flags:
        return damage_as_equal(word_edits(a, b), mode)
    spans = word_edits(dmg.as_aa(a), dmg.as_aa(b))  # as_aa keeps every character's place
    out, i, j = [], 0, 0
    for span in spans:
        out.append(Edit(op=span.op, old=a[i:i + len(span.old)], new=b[j:j + len(span.new)]))
        i, j = i + len(span.old), j + len(span.new)
    return damage_as_equal(tuple(out), mode)


def damage_as_equal(edits: tuple[Edit, ...], mode: Mode) -> tuple[Edit, ...]:
    """Inside a reworded block, a span that damage alone explains is no edit: ``equal``."""
    out: list[Edit] = []
    for edit in edits:
        if edit.op == "replace" and dmg.explaining(edit.old, edit.new, mode.old_flags, mode.new_flags, comparison_key):
            edit = Edit(op="equal", old=edit.old, new=edit.new)
        if out and out[-1].op == "equal" and edit.op == "equal":
            edit = Edit(op="equal", old=out[-1].old + edit.old, new=out[-1].new + edit.new)
            out.pop()
        out.append(edit)
    return tuple(out)


def block_ref(block: Clause | Paragraph | None) -> BlockRef | None:
    if block is None:
        return None
    if isinstance(block, Clause):
        return BlockRef(label=block.label, number=block.number, text=block.text, lines=block.lines)
    return BlockRef(text=block.text, lines=block.lines)
