"""Alignment that respects the clause tree: a clause pairs under the matching parent first.

An order whose section 3.9 repeats members of 3.8 word for word must pair the new 3.9's
members with the old 3.9's, not with their twins in 3.8. So clauses are aligned level by
level: the top-level clauses of both versions (align.pair_items), then the children of each
pair of parents, recursively. Only the clauses left unpaired after that are paired across
the whole tree — a clause that moved to another parent, or to another depth — and such a
pair says so (``crossed``). ``moved`` is, as before, outside the longest run of pairs that
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
    level: list[tuple[int | None, int | None]] = [(None, None)]
    while level:  # breadth first: parents are paired before their children are looked at
        following = []
        for old_parent, new_parent in level:
            if old_parent not in old_children or new_parent not in new_children:
                continue  # a side without children: nothing to pair at this level
            found = pair_items(old.items, new.items, old_children[old_parent], new_children[new_parent],
                               similarity, {})
            pairs.update(found)
            following += found.items()
        level = following
    # What is left pairs across the whole tree.
    taken = set(pairs.values())
    pair_items(old.items, new.items, [i for i in range(len(old.items)) if i not in pairs],
               [j for j in range(len(new.items)) if j not in taken], similarity, pairs)
    # Two top-level clauses have parents None and None: a pair (pairs.get(None) is None).
    crossed = {i for i, j in pairs.items() if pairs.get(old.parents[i]) != new.parents[j]}  # type: ignore[arg-type]
    ordered = in_new_order(len(old.items), len(new.items), pairs, out_of_order(pairs) | crossed)
    return [TreePairing(p, crossed=p.old in crossed) for p in ordered]
