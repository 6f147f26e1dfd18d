"""Nothing is lost (SPEC §1.4), over every sample and every corpus document.

Every non-blank source line lies in the span of some part of the Document, the text of
each line reaches the Document (no line covered by a span and then dropped), and no line
needs the pipeline's safety net (an ``unaccounted_line`` warning is a parser gap).
"""

from __future__ import annotations

import pytest

from moukit import parse_file
from moukit.stages.account import element_spans
from moukit.lines import split_lines
from moukit.stages.normalize import normalize_text
from moukit.stages.read import read_file
from moukit.text import collapse_spaces

from .conftest import corpus_files, sample_files

FILES = sample_files() + corpus_files()


def _lines(path):
    return split_lines(normalize_text(read_file(path).text))


def _all_warnings(doc):
    yield from doc.warnings
    for attachment in doc.attachments:
        yield from _all_warnings(attachment)


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_line_is_in_a_part(path):
    doc = parse_file(path)
    covered = set()
    for _, (first, last) in element_spans(doc):
        assert 1 <= first <= last <= doc.lines[1]
        covered.update(range(first, last + 1))
    lost = [line.number for line in _lines(path) if not line.blank and line.number not in covered]
    assert lost == []


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_no_line_needs_the_safety_net(path):
    doc = parse_file(path)
    assert [w for w in _all_warnings(doc) if w.code == "unaccounted_line"] == []


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_body_and_unparsed_text_keeps_every_word(path):
    # Every word of a line that lands in paragraphs, clauses or unparsed entries appears in
    # the text of the blocks that cover the line (an inline list spreads one line over
    # several clauses): joining wrapped lines may drop a line break, never a word. A caption
    # spliced into a line is taken out with a warning and kept in unparsed.
    doc = parse_file(path)
    lines = {line.number: collapse_spaces(line.text) for line in _lines(path)}
    pool: dict[int, str] = {}
    for block in _text_blocks(doc):
        text = (getattr(block, "label", "") + block.text).replace(" ", "")
        for number in range(block.lines[0], block.lines[1] + 1):
            pool[number] = pool.get(number, "") + text
    spliced = {w.line for w in _all_warnings(doc) if w.code == "spliced_caption"}
    for number, text in pool.items():
        source = lines[number]
        if number in spliced:
            for caption in _unparsed(doc):
                source = source.replace(caption.text, " ")
        words = [word.strip("|") for word in source.split() if word.strip("|")]
        for word in set(words):
            # as often as the line has it: a word dropped where it repeats is still caught
            assert text.count(word) >= words.count(word), (number, word)


def _unparsed(doc):
    yield from doc.unparsed
    for attachment in doc.attachments:
        yield from _unparsed(attachment)


def _text_blocks(doc):
    yield from doc.unparsed
    stack = list(doc.body)
    while stack:
        block = stack.pop()
        yield block
        if block.type == "clause":
            stack.extend(block.children)
    for attachment in doc.attachments:
        yield from _text_blocks(attachment)
