"""Lists of people compared row by row (people.py says how a row is keyed): signatories,
parties, a meeting's attendance, and the committees an order appoints — committee by
committee, paired by name, with their members as rows and their duties as blocks."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from difflib import SequenceMatcher
from functools import partial

from ..models import Block, Clause, Document
from .align import align
from .compare import (
    Mode,
    block_ref,
    compare,
    comparison_key,
    item,
    matcher,
    same,
    text_edits,
)
from .models import ListChange, ParagraphChange, PeopleChange
from .people import Row, changed_parts, committees, people_lists
from .words import word_edits

_RESPELT = 0.85
"""How alike two names must be (difflib ratio over the keys) to be one name respelt."""
_RESPELT_PAIRS = 10_000
"""Unpaired rows beyond this many pairs (100 × 100) are not searched for respelt names."""


def diff_rows(old: list[Row], new: list[Row], mode: Mode) -> tuple[ListChange, ...]:
    """Rows paired by the person's key, in order; the rest added or removed. Listed in the new
    order, each removed row after the row that preceded it in the old version."""
    by_key: dict[str, list[int]] = {}
    for j, row in enumerate(new):
        by_key.setdefault(row.key, []).append(j)
    partner: dict[int, int] = {}  # new index -> old index
    for i, row in enumerate(old):
        if by_key.get(row.key):
            partner[by_key[row.key].pop(0)] = i
    _pair_respelt(old, new, partner, mode)
    _pair_by_alias(old, new, partner)
    paired_old = set(partner.values())
    removed_after: dict[int, list[int]] = {}  # old index of the paired row before -> removed rows
    for i in range(len(old)):
        if i not in paired_old:
            anchor = next((k for k in range(i - 1, -1, -1) if k in paired_old), -1)
            removed_after.setdefault(anchor, []).append(i)
    out = [_removed(old[i]) for i in removed_after.pop(-1, [])]
    for j, row in enumerate(new):
        if j not in partner:
            out.append(ListChange(change="added", old=None, new=row.text, new_lines=row.lines))
            continue
        before = old[partner[j]]
        changed = changed_parts(before, row, partial(same, mode=mode))
        spans = () if not changed else word_edits(before.text, row.text, strict=True) if mode.strict \
            else text_edits(before.text, row.text, mode)
        out.append(ListChange(change="modified" if changed else "unchanged", old=before.text, new=row.text,
                              changed=changed, edits=spans, old_lines=before.lines, new_lines=row.lines))
        out += [_removed(old[i]) for i in removed_after.pop(partner[j], [])]
    return tuple(out)


def _pair_respelt(old: list[Row], new: list[Row], partner: dict[int, int], mode: Mode) -> None:
    """A name whose spelling was corrected ("เตชะธนรัณ" → "เตชะธนรัญ") is the same person when
    the names are nearly the same and everything else in the row is: paired, ``changed``
    "name". Two people with similar names differ in their position or role."""
    left = [i for i in range(len(old)) if i not in partner.values()]
    right = [j for j in range(len(new)) if j not in partner]
    if not left or not right or len(left) * len(right) > _RESPELT_PAIRS:
        return
    for j in right:
        for i in left:
            if i in partner.values():
                continue
            a, b = old[i], new[j]
            if changed_parts(a, b, partial(same, mode=mode)) == ("name",) \
                    and SequenceMatcher(None, a.key, b.key, autojunk=False).ratio() >= _RESPELT:
                partner[j] = i
                break


def _pair_by_alias(old: list[Row], new: list[Row], partner: dict[int, int]) -> None:
    """Two copies of one contract: the party the agreement calls "ผู้ขาย" in both is the same
    party even when another company fills it — paired, ``changed`` "name"."""
    taken = set(partner.values())
    by_alias: dict[str, list[int]] = {}
    for i, row in enumerate(old):
        alias = dict(row.parts).get("alias")
        if alias and i not in taken:
            by_alias.setdefault(alias, []).append(i)
    for j, row in enumerate(new):
        alias = dict(row.parts).get("alias")
        if j not in partner and alias and by_alias.get(alias):
            partner[j] = by_alias[alias].pop(0)


def _removed(row: Row) -> ListChange:
    return ListChange(change="removed", old=row.text, new=None, old_lines=row.lines)


def diff_people(old: Document, new: Document, mode: Mode) -> Iterator[PeopleChange]:
    new_lists = dict(people_lists(new))
    for group, rows in people_lists(old):
        changes = diff_rows(rows, new_lists.pop(group, []), mode)
        yield PeopleChange(group=group, change=_overall(changes), rows=changes)
    for group, rows in new_lists.items():
        changes = diff_rows([], rows, mode)
        yield PeopleChange(group=group, change=_overall(changes), rows=changes)
    yield from _diff_committees(committees(old), committees(new), mode)


def _diff_committees(old, new, mode: Mode) -> Iterator[PeopleChange]:
    """Committee by committee: paired by name, in order; members compared as rows, duties as
    blocks."""
    key = partial(comparison_key, strict=mode.strict)
    pairings = align([item(c.name, None, mode) for c in old], [item(c.name, None, mode) for c in new],
                     matcher(mode))
    for pairing in pairings:
        a = old[pairing.old] if pairing.old is not None else None
        b = new[pairing.new] if pairing.new is not None else None
        rows = diff_rows(a.members if a else [], b.members if b else [], mode)
        duties = _diff_duties(a.duties if a else [], b.duties if b else [], mode)
        change = "added" if a is None else "removed" if b is None else _overall([*rows, *duties])
        if a and b and change == "unchanged" and key(a.name) != key(b.name):
            change = "modified"
        yield PeopleChange(group="appointments", change=change, old=a.name if a else None, new=b.name if b else None,
                           rows=rows, duties=duties)


def _diff_duties(old: Sequence[Block], new: Sequence[Block], mode: Mode) -> tuple[ParagraphChange, ...]:
    """A committee's duties (มีหน้าที่ …), clauses flattened, aligned by content."""
    a, b = list(_flat(old)), list(_flat(new))
    changes = []
    for pairing in align([item(x.text, None, mode) for x in a], [item(x.text, None, mode) for x in b],
                         matcher(mode)):
        x = a[pairing.old] if pairing.old is not None else None
        y = b[pairing.new] if pairing.new is not None else None
        change, score, spans, damage = compare(x.text if x else None, y.text if y else None, mode)
        changes.append(ParagraphChange(change=change, old=block_ref(x), new=block_ref(y), similarity=score, edits=spans,
                                       damage=damage))
    return tuple(changes)


def _flat(blocks: Sequence[Block]) -> Iterator[Block]:
    for block in blocks:
        yield block
        if isinstance(block, Clause):
            yield from _flat(block.children)


def _overall(changes: Sequence[ListChange | ParagraphChange]) -> str:
    return "unchanged" if all(c.change == "unchanged" for c in changes) else "modified"
