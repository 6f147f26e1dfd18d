"""The table view wraps Thai between words (issue 13): a long Thai value breaks where a word
ends, as the diff's segmenter finds words, not wherever the cell ends."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from moukit import parse_text
from moukit.diff.tokens import tokenize
from moukit.export.table import to_table
from moukit.export.wrap import ThaiText, break_offsets

from .conftest import SAMPLES

CIRCULAR = (SAMPLES / "circular-dla-mou-thaihealth-2556.txt").read_text(encoding="utf-8")
# The circular's first body paragraph (line 23), as the parser joins it
PARAGRAPH = parse_text(CIRCULAR).body[0].text


def _boundaries(text: str) -> set[int]:
    ends, at = set(), 0
    for token in tokenize(text):
        at += len(token)
        ends.add(at)
    return ends


@pytest.mark.parametrize("width", [20, 33, 47, 80])
def test_breaks_fall_between_words(width):
    offsets = break_offsets(PARAGRAPH, width)
    assert offsets and set(offsets) <= _boundaries(PARAGRAPH)


@pytest.mark.parametrize("width", [20, 33, 47, 80])
def test_every_line_fits_and_nothing_is_lost(width):
    lines = ThaiText(PARAGRAPH).wrap(Console(file=io.StringIO(), width=width), width)
    assert all(line.cell_len <= width for line in lines)
    assert "".join(line.plain for line in lines).replace(" ", "") == PARAGRAPH.replace(" ", "")


def test_a_word_wider_than_the_cell_is_folded():
    lines = ThaiText("ก" * 25).wrap(Console(file=io.StringIO(), width=10), 10)
    assert [line.plain for line in lines] == ["ก" * 10, "ก" * 10, "ก" * 5]


def test_text_without_thai_wraps_as_rich_does():
    text = "The Ministry of Interior and the Thai Health Promotion Foundation signed"
    console = Console(file=io.StringIO(), width=20)
    from rich.text import Text

    assert [l.plain for l in ThaiText(text).wrap(console, 20)] == [l.plain for l in Text(text).wrap(console, 20)]


@pytest.mark.parametrize("width", [50, 70, 90])
def test_the_table_view_keeps_the_words_of_a_paragraph_whole(width):
    out = io.StringIO()
    doc = parse_text(PARAGRAPH)  # the paragraph alone: each word is in the view once
    Console(file=out, width=width, no_color=True).print(to_table(doc))
    rendered = out.getvalue()
    words = [w for w in tokenize(PARAGRAPH) if not w.isspace() and len(w) > 1]
    assert all(word in rendered for word in words), [w for w in words if w not in rendered][:5]
