"""Alignment that respects the clause tree: a clause pairs under the matching parent first.

An order whose section 3.9 repeats members of 3.8 word for word must pair the new 3.9's
members with the old 3.9's, not with their twins in 3.8. So clauses are aligned level by
level: the top-level clauses of both versions (align.pair_items), then the children of each
pair of parents, recursively — and of two parents left unpaired that carry the same number
(a section reworded past pairing still has its label). Only the clauses left unpaired after
that are paired across the whole tree — a clause that moved to another parent, or to
another depth — and such a pair says so (``crossed``). ``moved`` is, as before, outside the longest run of pairs that
keep their order in the flattened tree, or crossed to another parent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .align import Item, Pairing, in_new_order, out_of_order, pair_items


@dataclass(frozen=True, slots=True)
class Tree:
    """A flattened clause tree: items in document order and each one's parent (an index, or None)."""

    items: Sequence[Item]
    parents: Sequence[int | None]

    def children(self) -> dict[int | None, list[int]]:
        out: dict[int | None, list[int]] = {}
        for index, parent in enumerate(self.parents):
            out.setdefault(parent, []).append(index)
        return out


@dataclass(frozen=True, slots=True)
class TreePairing:
    pairing: Pairing
    crossed: bool = False
    """The pair's parents are not a pair: the clause moved to another parent (or depth)."""


def align_tree(old: Tree, new: Tree, similarity: Callable[[str, str], float]) -> list[TreePairing]:
    """Pair the clauses of two trees; every clause of both comes back once, in the new order."""
    old_children, new_children = old.children(), new.children()
    pairs: dict[int, int] = {}
    matching: dict[int | None, int | None] = {None: None}  # parents whose children pair locally
    level: list[tuple[int | None, int | None]] = [(None, None)]
    while level:  # breadth first: parents are paired before their children are looked at
        following: list[tuple[int | None, int | None]] = []
        for old_parent, new_parent in level:
            if old_parent not in old_children or new_parent not in new_children:
                continue  # a side without children: nothing to pair at this level
            olds, news = old_children[old_parent], new_children[new_parent]
            found = pair_items(old.items, new.items, olds, news, similarity, {})
            pairs.update(found)
            following += found.items()
            following += _same_numbers(old, new, olds, news, found)
        matching.update(following)
        level = following
    # What is left pairs across the whole tree.
    taken = set(pairs.values())
    pair_items(old.items, new.items, [i for i in range(len(old.items)) if i not in pairs],
               [j for j in range(len(new.items)) if j not in taken], similarity, pairs)
    crossed = {i for i, j in pairs.items() if matching.get(old.parents[i], -1) != new.parents[j]}
    ordered = in_new_order(len(old.items), len(new.items), pairs, out_of_order(pairs) | crossed)
    return [TreePairing(p, crossed=p.old in crossed) for p in ordered]


def _same_numbers(old: Tree, new: Tree, olds: list[int], news: list[int],
                  found: dict[int, int]) -> list[tuple[int | None, int | None]]:
    """Clauses left unpaired under matching parents that carry the same number ("๓.๙" and
    "๓.๙" reworded past pairing): their sub-clauses still pair with each other first."""
    taken = set(found.values())
    by_number: dict[str, list[int]] = {}
    for j in news:
        if j not in taken and new.items[j].number is not None:
            by_number.setdefault(new.items[j].number, []).append(j)  # type: ignore[arg-type]
    return [(i, by_number[old.items[i].number].pop(0)) for i in olds  # type: ignore[index]
            if i not in found and by_number.get(old.items[i].number)]  # type: ignore[arg-type]

