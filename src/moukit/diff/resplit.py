"""A paragraph cut in two (or two joined) by layout is the same paragraph.

Two copies of one text are wrapped differently, and a line that happens to end short reads as
the end of a paragraph: the old version's one paragraph is the new version's two. After
alignment that shows as a pair whose new side is the paragraph's first part, followed by the
rest "added" (or the mirror: the old side cut, the rest "removed"). When the two parts joined
are the other side's text, or nearly (``JOINED`` similar, and closer than the first part alone),
they are one paragraph again, spanning both parts' lines, and any edit shows inside it.
"""

from __future__ import annotations

from collections.abc import Callable

from ..models import Paragraph

Pair = tuple[Paragraph | None, Paragraph | None]
JOINED = 0.9
"""How similar the joined parts must be to the other side (0 to 1)."""


def join_resplit(pairs: list[Pair], similarity: Callable[[str, str], float]) -> list[Pair]:
    """``pairs`` (old, new) in the aligned order, with each re-split paragraph joined again."""
    out: list[Pair] = []
    for a, b in pairs:
        if out and out[-1][0] is not None and out[-1][1] is not None:
            x, y = out[-1]
            if a is None and b is not None and _closer(x.text, y.text, _join(y, b).text, similarity):
                out[-1] = (x, _join(y, b))  # the new side's paragraph was cut in two
                continue
            if b is None and a is not None and _closer(y.text, x.text, _join(x, a).text, similarity):
                out[-1] = (_join(x, a), y)  # the old side's paragraph was cut in two
                continue
        out.append((a, b))
    return out


def _closer(other: str, part: str, joined: str, similarity: Callable[[str, str], float]) -> bool:
    score = similarity(other, joined)
    return score >= JOINED and score > similarity(other, part)


def _join(first: Paragraph, rest: Paragraph) -> Paragraph:
    return Paragraph(text=f"{first.text} {rest.text}", lines=(first.lines[0], rest.lines[1]))
