"""Alignment by content (SPEC §3): pair the blocks of two versions so that an inserted or
deleted clause changes nothing else.

1. Blocks whose texts are the same (as compared: spacing, digit script and ำ encoding do
   not count) pair first, in order.
2. Rows that list a person (a committee member: "นายวีระ … กรรมการ") pair by the person,
   and only with the same person: a new member is added, never a reworded old one.
3. The rest pair greedily by text similarity above ``MIN_SIMILARITY``; the same number is a
   small bonus, so two equally similar candidates go to the one with the same number.
4. Paired blocks that keep their relative order form the longest increasing run; a pair
   outside it has ``moved``.
5. The result lists every block of both versions in the new order, each removed block just
   after the new position of the old block before it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass

MIN_SIMILARITY = 0.5
NUMBER_BONUS = 0.05


@dataclass(frozen=True, slots=True)
class Item:
    """A block to align: its comparison key, its text, its number (or None) and, for a row
    that lists a person, the person's key (people.person_key)."""

    key: str
    text: str
    number: str | None
    person: str | None = None


@dataclass(frozen=True, slots=True)
class Pairing:
    old: int | None
    new: int | None
    moved: bool = False


def align(old: Sequence[Item], new: Sequence[Item], similarity: Callable[[str, str], float]) -> list[Pairing]:
    """Pair ``old`` with ``new`` items; unpaired ones come back with the other side None."""
    pairs = pair_items(old, new, range(len(old)), range(len(new)), similarity)
    return in_new_order(len(old), len(new), pairs, out_of_order(pairs))


def pair_items(old: Sequence[Item], new: Sequence[Item], old_ids: Sequence[int], new_ids: Sequence[int],
               similarity: Callable[[str, str], float], pairs: dict[int, int] | None = None) -> dict[int, int]:
    """Pair the items ``old_ids`` of ``old`` with ``new_ids`` of ``new`` (steps 1-3); returns
    (and adds to ``pairs``) old index -> new index."""
    pairs = {} if pairs is None else pairs
    _pair_equal(old, new, old_ids, new_ids, pairs)
    _pair_people(old, new, old_ids, new_ids, pairs)
    _pair_similar(old, new, old_ids, new_ids, pairs, similarity)
    return pairs


def _pair_equal(old: Sequence[Item], new: Sequence[Item], old_ids: Sequence[int], new_ids: Sequence[int],
                pairs: dict[int, int]) -> None:
    by_key: dict[str, list[int]] = {}
    for j in new_ids:
        by_key.setdefault(new[j].key, []).append(j)
    for i in old_ids:
        item = old[i]
        candidates = by_key.get(item.key)
        if candidates:
            # Several equal texts: prefer the same number, else the first left.
            same = next((j for j in candidates if new[j].number == item.number), candidates[0])
            candidates.remove(same)
            pairs[i] = same


def _pair_people(old: Sequence[Item], new: Sequence[Item], old_ids: Sequence[int], new_ids: Sequence[int],
                 pairs: dict[int, int]) -> None:
    taken = set(pairs.values())
    by_person: dict[str, list[int]] = {}
    for j in new_ids:
        if new[j].person is not None and j not in taken:
            by_person.setdefault(new[j].person, []).append(j)
    for i in old_ids:
        if i not in pairs and old[i].person is not None and by_person.get(old[i].person):
            pairs[i] = by_person[old[i].person].pop(0)


def _pair_similar(old: Sequence[Item], new: Sequence[Item], old_ids: Sequence[int], new_ids: Sequence[int],
                  pairs: dict[int, int], similarity: Callable[[str, str], float]) -> None:
    # A person's row pairs only with the same person's (step 2): it takes no part here.
    taken = set(pairs.values())
    left = [i for i in old_ids if i not in pairs and old[i].person is None]
    right = [j for j in new_ids if j not in taken and new[j].person is None]
    scored = []
    for i in left:
        for j in right:
            score = similarity(old[i].text, new[j].text)
            if score >= MIN_SIMILARITY:
                bonus = NUMBER_BONUS if old[i].number is not None and old[i].number == new[j].number else 0.0
                scored.append((score + bonus, -abs(i - j), i, j))
    scored.sort(reverse=True)
    used_new: set[int] = set()
    for _, _, i, j in scored:
        if i not in pairs and j not in used_new:
            pairs[i] = j
            used_new.add(j)


def out_of_order(pairs: dict[int, int]) -> set[int]:
    """Old indexes of the pairs outside the longest run that keeps its order."""
    order = sorted(pairs)
    values = [pairs[i] for i in order]
    # Longest increasing subsequence, O(n log n), remembering predecessors.
    tails: list[int] = []
    tail_at: list[int] = []
    previous = [-1] * len(values)
    for k, value in enumerate(values):
        at = bisect_left(tails, value)
        if at == len(tails):
            tails.append(value)
            tail_at.append(k)
        else:
            tails[at] = value
            tail_at[at] = k
        previous[k] = tail_at[at - 1] if at else -1
    keep = set()
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        keep.add(order[k])
        k = previous[k]
    return {i for i in order if i not in keep}


def in_new_order(n_old: int, n_new: int, pairs: dict[int, int], moved: set[int]) -> list[Pairing]:
    new_to_old = {j: i for i, j in pairs.items()}
    result: list[Pairing] = []
    placed_old: set[int] = set()
    removed = [i for i in range(n_old) if i not in pairs]
    # A removed block goes right after the block that preceded it in the old version.
    after: dict[int | None, list[int]] = {}
    for i in removed:
        anchor = next((k for k in range(i - 1, -1, -1) if k in pairs), None)
        after.setdefault(anchor, []).append(i)
    for i in after.pop(None, []):
        result.append(Pairing(i, None))
    for j in range(n_new):
        i = new_to_old.get(j)
        result.append(Pairing(i, j, moved=i in moved if i is not None else False))
        if i is not None:
            placed_old.add(i)
            for k in after.pop(i, []):
                result.append(Pairing(k, None))
    for rest in after.values():
        result.extend(Pairing(k, None) for k in rest)
    return result
