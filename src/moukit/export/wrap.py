"""Thai text that wraps between words in the table view.

Thai writes no space between words, and rich breaks a line only at spaces: a long Thai value
in a table cell was cut wherever the cell ended, often inside a word (``ท้อ`` / ``งถิ่น``).
``ThaiText`` is a rich ``Text`` that also breaks where a Thai word ends, the words found by the
segmenter the diff uses (``moukit.diff.tokens``: newmm's dictionary, offline, loaded on first
use). A word wider than the whole cell is still folded by character, as rich does. Text with
no Thai, or that fits, wraps exactly as rich's own ``Text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len, chop_cells
from rich.containers import Lines
from rich.text import Text

if TYPE_CHECKING:
    from rich.console import Console

_THAI = re.compile("[\u0e01-\u0e5b]")


class ThaiText(Text):
    """A ``Text`` whose lines break between Thai words as well as at spaces."""

    def wrap(self, console: Console, width: int, *, justify: Any = None, overflow: Any = None,
             tab_size: int = 8, no_wrap: bool | None = None) -> Lines:
        if no_wrap or self.no_wrap or not _THAI.search(self.plain) or cell_len(self.plain) <= width:
            return super().wrap(console, width, justify=justify, overflow=overflow, tab_size=tab_size, no_wrap=no_wrap)
        fold = (overflow or self.overflow or "fold") == "fold"
        lines = Lines()
        for line in self.split(allow_blank=True):
            pieces = line.divide(break_offsets(line.plain, width, fold=fold))
            for piece in pieces:
                piece.rstrip_end(width)
                piece.truncate(width, overflow=overflow or self.overflow or "fold")
            lines.extend(pieces)
        return lines


def _words(text: str) -> Iterator[tuple[int, str]]:
    """(start, word with the spaces after it) for each word of ``text``: Thai words as the
    segmenter finds them, other runs between spaces whole."""
    from ..diff.tokens import tokenize

    start = 0
    word = ""
    for token in tokenize(text):
        if token.isspace() or not word:
            word += token
            continue
        if word.isspace():  # spaces at the start of the line stay with the first word
            word += token
            continue
        yield start, word
        start += len(word)
        word = token
    if word:
        yield start, word


def break_offsets(text: str, width: int, *, fold: bool = True) -> list[int]:
    """Where to break ``text`` so that each line fits ``width`` cells: as rich's
    ``divide_line``, with Thai word ends as break points too."""
    breaks: list[int] = []
    used = 0
    for start, word in _words(text):
        length = cell_len(word.rstrip())
        if width - used >= length:
            used += cell_len(word)
            continue
        if length > width and fold:  # wider than a whole line: fold it by character
            for last, piece in _last(chop_cells(word, width)):
                if start:
                    breaks.append(start)
                if last:
                    used = cell_len(piece)
                else:
                    start += len(piece)
        elif used and start:
            breaks.append(start)
            used = cell_len(word)
    return breaks


def _last(items: list[str]) -> Iterator[tuple[bool, str]]:
    for index, item in enumerate(items):
        yield index == len(items) - 1, item
