"""The fast forms of small text tests agree with their plain definitions (benchmarks/
parse_throughput.py measures why they exist): words() as a tree, width() through Windows-874
bytes, has_surrogates() through UTF-16, and Line.blank worked out when a line is made."""

from __future__ import annotations

import pickle
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from moukit.lines import Line, split_lines
from moukit.parts.names import HONORIFICS, split_honorific
from moukit.text import has_surrogates, width
from moukit.vocabulary import CLOSINGS, SALUTATION_WORDS, words

MARKS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
# Thai, ASCII, marks of other scripts, signs Windows-874 has and lacks, a lone surrogate, emoji
ALPHABET = st.sampled_from([*map(chr, range(0x0E00, 0x0E60)), *"abc .-“”–—€•", "\u0301", "\u00e9", "\ud800",
                            "\U0001f600", "\ufffd", "\uf70e"])
TEXTS = st.text(ALPHABET, max_size=60)


def _flat(items) -> re.Pattern[str]:
    """The plain alternation words() stands for: every word, longest first."""
    return re.compile("(?:%s)" % "|".join(re.escape(item) for item in sorted(set(items), key=len, reverse=True)))


VOCABULARIES = [HONORIFICS, SALUTATION_WORDS, tuple(CLOSINGS), ("นาย", "นาง", "นางสาว", "น.ส.", "a.b", "(x)", "ab", "abc")]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(VOCABULARIES), st.data())
def test_words_tree_matches_like_the_flat_alternation(vocabulary, data) -> None:
    # Texts that start with a word of the list, cut or extended, so that the prefixes matter.
    word = data.draw(st.sampled_from(vocabulary))
    cut = data.draw(st.integers(0, len(word)))
    text = word[:cut] + "".join(data.draw(st.lists(st.sampled_from(["สาว", " ", "หญิง", "ก", ".", "c"]), max_size=3)))
    tree, flat = re.compile(words(vocabulary)), _flat(vocabulary)
    for pattern_of in (lambda p: p, lambda p: p + "(?:หญิง)? *$"):  # alone, and with a tail that must match
        got = re.match(pattern_of(tree.pattern), text)
        want = re.match(pattern_of(flat.pattern), text)
        assert (got and got.group()) == (want and want.group()), (text, vocabulary[:3])


def test_words_prefers_the_longest_word() -> None:
    assert re.match(words(["นาง", "นางสาว", "นาย"]), "นางสาวสมศรี").group() == "นางสาว"
    assert split_honorific("นางสาวสมศรี มีสุข") == ("นางสาว", "สมศรี มีสุข")
    assert split_honorific("พ.ต.อ.หญิง สมร ใจดี") == ("พ.ต.อ.หญิง", "สมร ใจดี")


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_width_counts_every_character_but_thai_marks(text: str) -> None:
    assert width(text) == len(text) - sum(text.count(mark) for mark in MARKS)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_has_surrogates_is_the_range_test(text: str) -> None:
    assert has_surrogates(text) == bool(re.search("[\ud800-\udfff]", text))


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from([*"ก -.…*=~•·_ข", "\f"]), max_size=12))
def test_line_blank_is_set_from_its_text_however_the_line_is_made(text: str) -> None:
    (line,) = split_lines(text)
    assert line.blank == (not line.text or re.fullmatch(r"[-–—_.…*=~•· ]{4,}", line.text) is not None)
    assert line._replace(text="ก").blank is False
    assert line._replace(text="").blank is True
    assert pickle.loads(pickle.dumps(line)) == line
    assert Line(line.number, line.text, line.indent, line.page_break) == line
