"""Marks above the letters that the page shows but OCR did not read (a dropped tone mark).

tesseract's Thai model often drops a tone mark stacked over an upper vowel (``ท้องถิ่น`` read
``ท้องถิน``, ``พริ้ง`` read ``พริง``) and is sure of what it returns, so a word's confidence
cannot tell. The page image can: every mark above a line of Thai (upper vowels ``ั ิ ี ึ ื ็``,
tone marks ``่ ้ ๊ ๋``, ``์``, the circle of ``ำ``) is a small blot of ink standing free above
the letters' bodies. ``seen_marks`` counts those blots over one line, to be compared with
``expected_marks`` of the text read there: more blots than marks means OCR left some out.

How a line is looked at (numpy on the line's strip of the page image, no labelling):

1. the **body** (the letters' x-height, ``body_of``): where the ink of the line's plain
   letters (ก ร ง …: nothing above or below) stands in the engine's boxes for them, a band
   that may slope (a scan turned by a degree drifts a row every 57 columns); else the
   longest run of rows where the line's ink is densest (``BODY_SHARE`` of the densest row);
   the marks are looked for in the ``ZONE_HEIGHT`` body heights above it, never above the
   previous line's bottom unless that leaves less than a body height;
2. **ascenders** are left out: ink joined to the body's top row through ink (the stems of
   ``ป ฝ ฟ``, digits, capitals, brackets, a slash, the tails of ``ใ ไ``);
3. what is left is cut into **stacks** (runs of columns with ink) and each stack into its
   blots (runs of rows with ink): ``ิ้`` is one stack of two blots, or one blot taller than
   ``STACKED`` body heights where a bold face joins them; blots under ``MIN_BLOT`` of the
   body height squared are specks.

Limits, measured (docs/ocr.md): a mark that touches its letter (a bold face, a dark scan) is
joined to the body and not seen, so a line can hide a dropped mark; specks and a line's
neighbours make the count too high on some lines that were read right (false alarms).
"""

from __future__ import annotations

from typing import Any, NamedTuple

UPPER = frozenset("ัิีึื็่้๊๋์ํำ")
"""Thai marks written above a letter, each one blot (ำ: its circle)."""
LATIN_UPPER = frozenset("ij\"'“”‘’`^")
"""Other characters with a free blot above the body of a line (a dot, a quotation mark)."""
BODY_SHARE = 0.45
ZONE_HEIGHT = 1.3
MIN_BLOT = 0.02
STACKED = 0.7
"""A blot taller than this many body heights is two marks stacked and touching (``ั้`` in bold)."""
TALLEST = 1.4
"""A blot taller than this many body heights is a stroke, not marks."""


PLAIN = frozenset("กขคฆงจฉชซฌฑฒณดตถทธนบผพภมยรลวศษสหอฮ")
"""Letters that fill the body and no more: nothing above, nothing below."""


class Body(NamedTuple):
    """The band of a line's letters' bodies (the x-height), which may slope (a skewed scan)."""
    top: float
    """Its top row at column ``at``."""
    slope: float
    """Rows per column."""
    at: int
    height: int

    def top_at(self, x: Any) -> Any:
        return self.top + self.slope * (x - self.at)


def body_of(ink: Any, boxes: list[tuple[str, tuple[int, int, int, int]]],
            line: tuple[int, int, int, int]) -> Body | None:
    """The body of a line from the ink of its plain letters, each looked for in its engine
    box (but its edges) from the top to the bottom of the ``line``'s box (the engine's boxes
    are not tight in height): its slope the median of the slopes between their tops (a scan
    turned by a degree drifts a row every 57 columns), its height their median height; None
    with fewer than three plain letters."""
    import statistics

    import numpy as np

    _, top, _, height = line
    found = []  # (column, top, bottom) of each plain letter's ink
    for text, (x, _, w, _) in boxes:
        if len(text) != 1 or text not in PLAIN or w < 3:
            continue
        runs = _runs(ink[top:top + height, x + w // 8:x + w - w // 8].any(axis=1))
        if runs:  # the letter: its longest run of rows (a mark above, a vowel below are apart)
            start, stop = max(runs, key=lambda run: run[1] - run[0])
            found.append((x + w // 2, top + start, top + stop - 1))
    if len(found) < 3:
        return None
    slopes = [(t2 - t1) / (x2 - x1) for i, (x1, t1, _) in enumerate(found) for x2, t2, _ in found[i + 1:] if x2 != x1]
    slope = statistics.median(slopes) if slopes else 0.0
    at = found[0][0]
    tops = statistics.median(t - slope * (x - at) for x, t, _ in found)
    return Body(tops, slope, at, int(statistics.median(b - t for _, t, b in found)) + 1)


def expected_marks(text: str) -> int:
    """How many free blots above the letters ``text`` should show."""
    return sum(ch in UPPER or ch in LATIN_UPPER for ch in text)


def seen_marks(ink: Any, box: tuple[int, int, int, int], ceiling: int,
               body: Body | None = None) -> int | None:
    """The blots above the body of the line in ``box`` (left, top, width, height) of the page's
    ``ink`` (a 2-D bool array), looking no higher than row ``ceiling`` (the previous line's
    bottom) where that leaves room; None when the line has no body to measure from. ``body``
    is the line's body when known (``body_of``); else it is measured from the ink, level."""
    import numpy as np

    left, top, width, height = box
    if width <= 0 or height <= 0:
        return None
    if body is None:
        rows = ink[top:top + height, left:left + width].sum(axis=1)
        if rows.max() == 0:
            return None
        start, stop = max(_runs(rows >= BODY_SHARE * rows.max()), key=lambda run: run[1] - run[0])
        body = Body(top + start, 0.0, left, stop - start)
    if body.height < 4:
        return None
    columns = np.arange(left, left + width)
    body_top = np.round(body.top_at(columns)).astype(int)  # per column: a skewed line slopes
    # The previous line's box may reach down into this one (a stamp, a tall bracket): it bounds
    # the zone only down to one body height, room for two stacked marks.
    reach = int(ZONE_HEIGHT * body.height)
    reach = max(min(reach, int(body_top.min()) - ceiling), body.height)
    rows = body_top[None, :] + np.arange(-reach, 1)[:, None]  # last row: the body's top
    inside = (rows >= 0) & (rows < ink.shape[0])
    zone = np.where(inside, ink[np.clip(rows, 0, ink.shape[0] - 1), columns[None, :]], False)
    marks = (zone & ~_joined_to(zone, zone[-1], reach=1))[:-1]
    least = max(2, int(MIN_BLOT * body.height * body.height))
    count = 0
    for start, stop in _runs(marks.any(axis=0)):
        stack = marks[:, start:stop]
        for r0, r1 in _runs(stack.any(axis=1)):
            tall = (r1 - r0) / body.height
            if stack[r0:r1].sum() >= least and tall <= TALLEST:
                count += 2 if tall > STACKED else 1
    return count


def _joined_to(zone: Any, seeds: Any, reach: int) -> Any:
    """The ink of ``zone`` joined to ``seeds`` in its last row (the body's top) through ink, allowing gaps of
    ``reach`` pixels (a stem's pixels may miss a row or a column on a coarse scan): grown from
    that row until it stops growing, so a hook that turns down again stays joined."""
    import numpy as np

    joined = np.zeros_like(zone)
    joined[-1] = seeds
    while True:
        grown = joined.copy()
        for shift in range(1, reach + 1):
            grown[:-shift] |= joined[shift:]
            grown[shift:] |= joined[:-shift]
            grown[:, :-shift] |= joined[:, shift:]
            grown[:, shift:] |= joined[:, :-shift]
        grown &= zone
        if (grown == joined).all():
            return joined
        joined = grown


def _runs(flags: Any) -> list[tuple[int, int]]:
    """(start, stop) of each run of True in a 1-D bool array."""
    import numpy as np

    padded = np.concatenate(([False], flags, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist()))


def page_ink(png: bytes) -> Any:
    """The page's ink as a 2-D bool array (dark under mid-grey)."""
    import io

    import numpy as np

    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        return np.asarray(image.convert("L")) < 128
