"""Reading order of a PDF page: the lines read in stream order, put top to bottom.

A PDF draws its text in any order: a footer slogan first, the page number last, a table
column by column, a watermark over the page before or after the text. ``order_page`` takes
the lines ``moukit.extract.pdf`` read in stream order and gives them in the order of the
page. It moves whole lines, never glyphs within one (Thai marks stay in typing order):

- a *block* is a run of lines that goes down the page in the stream; a new block starts
  where the stream goes back up (a footer drawn first, then the text from the top);
- blocks whose heights overlap are one *group*; groups go top to bottom;
- in a group of several blocks the lines go top to bottom, and lines on one baseline side by
  side (table cells, columns drawn one after the other) become one line, left to right,
  with a gap of spaces as wide as the space between them (two at least, as in
  ``pdftotext -layout``) — unless two lines on one baseline overlap: then one block is a layer
  over the other (a watermark tiled over the page) and the group keeps its stream order, so
  that no line of one is ever mixed into a line of the other;
- lines set in another direction than most of the page's text (a diagonal watermark, a
  note up the margin) are read apart and come after the page's text, one line each.

After ``order_page(lines, budget)`` returns, the following are guaranteed:

1. every line read is in the result once, alone or joined with the others on its baseline;
2. lines of one block keep their stream order unless their group is sorted top to bottom;
3. a page whose stream goes down the page gives its lines unchanged and in the same order;
4. the spaces of the gaps are taken from ``budget`` (``TooLong`` past it);
5. it took O(n log n) time in the lines, and time linear in the text.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

SAME_LINE = 0.5  # of the type size: baselines closer than this are one line
COLUMN = 0.5  # of the type size: the width of one column of text
ADVANCE = 0.6  # of the type size: a generous advance per character (marks counted), for overlaps
MIN_GAP = 2
MAX_GAP = 120
STEP = 15  # degrees: text directions are told apart to this step

# Thai vowel and tone marks (and their PUA variants), zero-width spaces: they take no column.
_NO_WIDTH = dict.fromkeys([0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F), *range(0xF700, 0xF71B),
                           *range(0x200B, 0x200E)])


class TooLong(Exception):
    """The text would grow past its budget of characters."""


@dataclass
class Budget:
    """The characters the text may still grow by."""

    left: int

    def spend(self, count: int) -> None:
        self.left -= count
        if self.left < 0:
            raise TooLong


@dataclass
class PdfLine:
    """One printed line of a page: its pieces of text and where it starts."""

    x: float  # start of the line, in the frame of its direction
    y: float  # its baseline, in the same frame (up the page is larger)
    size: float  # type size
    parts: list[str] = field(default_factory=list)
    dropped: int = 0  # glyphs that map to no character, left out
    right: float = 0.0  # an upper bound for the right end of the line
    direction: int = 0  # of the baseline, degrees counter-clockwise, a multiple of STEP
    flow: bool = True  # False: set in another direction than the page's text

    @property
    def text(self) -> str:
        return "".join(self.parts).strip(" ")


def direction_of(dx: float, dy: float) -> int:
    """The direction of a baseline along (dx, dy), to the nearest STEP degrees; 0 when none."""
    if dx == 0 and dy == 0:
        return 0
    return round(math.degrees(math.atan2(dy, dx)) / STEP) * STEP % 360


def to_frame(x: float, y: float, direction: int) -> tuple[float, float]:
    """A point of user space in the frame whose x axis runs along ``direction``."""
    if direction == 0:
        return x, y
    angle = math.radians(direction)
    cos, sin = math.cos(angle), math.sin(angle)
    return x * cos + y * sin, y * cos - x * sin


def order_page(lines: list[PdfLine], budget: Budget) -> list[PdfLine]:
    """The page's lines in reading order; see the module docstring."""
    if not lines:
        return []
    weight: Counter[int] = Counter()
    for line in lines:
        weight[line.direction] += len(line.text) + 1
    main = max(weight, key=lambda d: (weight[d], d == 0))
    apart = [line for line in lines if line.direction != main]
    for line in apart:
        line.flow = False
    flow = [line for line in lines if line.direction == main]
    return [line for group in _groups(_blocks(flow)) for line in _group_lines(group, budget)] + apart


def _blocks(lines: list[PdfLine]) -> list[list[PdfLine]]:
    blocks: list[list[PdfLine]] = []
    for line in lines:
        previous = blocks[-1][-1] if blocks else None
        if previous is None or line.y - previous.y > SAME_LINE * max(line.size, previous.size):
            blocks.append([line])
        else:
            blocks[-1].append(line)
    return blocks


def _groups(blocks: list[list[PdfLine]]) -> list[list[list[PdfLine]]]:
    """Blocks whose heights overlap, together and in stream order; groups top to bottom."""
    spans = []
    for index, block in enumerate(blocks):
        pad = SAME_LINE / 2 * max(line.size for line in block)
        spans.append((max(line.y for line in block) + pad, min(line.y for line in block) - pad, index))
    spans.sort(key=lambda span: -span[0])  # stable: equal tops keep their stream order
    groups: list[list[int]] = []
    bottom = math.inf
    for top, low, index in spans:
        if groups and top >= bottom:
            groups[-1].append(index)
            bottom = min(bottom, low)
        else:
            groups.append([index])
            bottom = low
    return [[blocks[index] for index in sorted(group)] for group in groups]


def _group_lines(group: list[list[PdfLine]], budget: Budget) -> list[PdfLine]:
    if len(group) == 1:
        return group[0]
    ordered = sorted((line for block in group for line in block), key=lambda line: -line.y)
    rows = _rows(ordered)
    if any(_overlap(row) for row in rows):
        return [line for block in group for line in block]  # a layer over another: stream order
    return [row[0] if len(row) == 1 else _join(row, budget) for row in rows]


def _rows(lines: list[PdfLine]) -> list[list[PdfLine]]:
    """Lines sorted top to bottom, gathered by baseline."""
    rows: list[list[PdfLine]] = []
    for line in lines:
        first = rows[-1][0] if rows else None
        if first is not None and first.y - line.y <= SAME_LINE * max(first.size, line.size):
            rows[-1].append(line)
        else:
            rows.append([line])
    for row in rows:
        row.sort(key=lambda line: line.x)
    return rows


def _overlap(row: list[PdfLine]) -> bool:
    """Whether lines of one baseline (sorted by x) cover each other."""
    right = -math.inf
    for line in row:
        if line.x < right:
            return True
        right = max(right, line.right)
    return False


def _join(row: list[PdfLine], budget: Budget) -> PdfLine:
    """Lines side by side on one baseline as one line, the gaps between them kept."""
    first = row[0]
    parts = [first.text]
    used = _columns(first.text)  # the columns the text so far takes
    for line in row[1:]:
        gap = min(MAX_GAP, max(MIN_GAP, round((line.x - first.x) / (COLUMN * first.size)) - used))
        budget.spend(gap)
        parts += [" " * gap, line.text]
        used += gap + _columns(line.text)
    return PdfLine(first.x, first.y, max(line.size for line in row), parts, sum(line.dropped for line in row),
                   max(line.right for line in row), first.direction)


def _columns(text: str) -> int:
    return len(text.translate(_NO_WIDTH))
