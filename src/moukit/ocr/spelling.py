"""Words OCR misread into no word: one letter read as another of its shape (``อัดรา`` for ``อัตรา``).

tesseract takes a Thai letter for another of the same shape (ต/ด, ท/ห, ช/ซ, ฎ/ฏ: the groups of
``moukit.misread``) and can be sure of it: s02's subject reads ``อัดรา`` at confidence 93, where
the page (a lossy JBIG2 copy) shows ``อัตรา``. Neither the engine's confidence nor the marks on
the page can tell; the words can. ``อัดรา`` is no Thai word, and one same-shape letter away
from a common one.

The choice is made as a noisy channel would (docs/ocr.md, "Letters read as another of their
shape"). Each stretch of the line between spaces is cut into the words that make it likeliest
(a unigram model: each word's chance its count f in the Thai National Corpus over their sum N;
pythainlp's ``tnc_freq.txt``, offline). A run of up to ``_MOST_WORDS`` of those words, together
no word of pythainlp's list and at least ``_SHORTEST`` characters long, is taken for a
misreading of the word ``w`` that one same-shape letter makes of it when

    f(w) / N · SWAP  >  Π f(t) / N   over the run's words t,

``SWAP`` being the rate at which tesseract reads a letter as another (measured on drawn pages:
55 in 73,445 letters). ``อัด`` + ``รา`` (1,234 and 6,184 in 33.5 million) is far less likely
than ``อัตรา`` (10,297) misread; ``ที่`` + ``จัด`` far more than ``ที่วัด`` (162) misread.
People's names are no words: the words after an honorific (นาย, นางสาว, ดร.) are left out.
The text is never changed.

A leaf of ``moukit.ocr``: ``fields.text_warnings`` asks it about the lines of header values.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from ..errors import MoukitError
from ..misread import SHAPES
from ..parts.names import HONORIFICS, split_honorific

SWAP = 1e-3
"""How often tesseract reads a letter as another (7.5e-4 measured on drawn pages, rounded up)."""

_SHORTEST = 4  # characters: a run of 3 is one swap from a word too often (typed text: 20 lines named, not 11)
_MOST_WORDS = 3  # a misread word is cut into at most three known pieces (อัด|รา, คำ|รง)
_UNSEEN = 0.5  # the count of a word the corpus never saw (a character no word holds)
_PARTNERS = {ch: group.replace(ch, "") for group in SHAPES for ch in group}
_THAI = frozenset(chr(code) for code in range(0x0E01, 0x0E4F))


def swapped_letter(text: str) -> tuple[str, str] | None:
    """The likeliest misreading in ``text`` of a known word with one letter read as another of
    its shape, and that word: ``("อัดรา", "อัตรา")``; None when no reading is likelier misread
    than as read (see the module's docstring)."""
    words, counts, total = _corpus()
    best: tuple[float, str, str] | None = None
    for run in _runs(text):
        for start in range(len(run)):
            for end in range(start + 1, min(len(run), start + _MOST_WORDS) + 1):
                read = "".join(run[start:end])
                if len(read) < _SHORTEST or read in words or not _THAI.issuperset(read):
                    continue
                as_read = sum(math.log(counts.get(t, 0) + _UNSEEN) for t in run[start:end]) - (end - start - 1) * total
                for at, ch in enumerate(read):
                    for other in _PARTNERS.get(ch, ""):
                        word = read[:at] + other + read[at + 1:]
                        if word in counts and word in words:
                            odds = math.log(SWAP) + math.log(counts[word]) - as_read
                            if odds > 0 and (best is None or odds > best[0]):
                                best = (odds, read, word)
    return (best[1], best[2]) if best else None


def _runs(text: str) -> list[tuple[str, ...]]:
    """The likeliest words (``_cut``) of each stretch of ``text`` between spaces, a person's name
    left out: the stretch that starts with an honorific and the one after it
    (``(นายวัลลภ พริ้งพงษ์)``, ``นาย วัลลภ พริ้งพงษ์``)."""
    out, skip = [], 0
    for chunk in text.split():
        bare = chunk.lstrip("(")
        honorific, _ = split_honorific(bare)
        if bare in HONORIFICS:
            skip = 3  # it, the given name and the surname
        elif honorific is not None and len(_cut(bare)[0]) <= len(honorific):  # คุณภาพ is no คุณ + name
            skip = 2  # it with the given name glued on, and the surname
        if skip:
            skip -= 1
            continue
        out.append(_cut(chunk))
    return out


def _cut(chunk: str) -> tuple[str, ...]:
    """``chunk`` cut into the words that make it likeliest (each word's chance its count in the
    TNC over N; a character no word holds is a word of its own, counted ``_UNSEEN``). newmm
    (nlpo3, as the diff cuts) cuts much the same, but its dictionary's trie holds 60 MB, and
    cut by it the check names more lines read right (docs/ocr.md)."""
    words, counts, total = _corpus()
    longest = _longest()
    best = [0.0] + [-math.inf] * len(chunk)
    start_of = [0] * (len(chunk) + 1)
    for end in range(1, len(chunk) + 1):
        for start in range(max(0, end - longest), end):
            piece = chunk[start:end]
            if end - start > 1 and piece not in counts and piece not in words:
                continue
            score = best[start] + math.log(counts.get(piece, 0) + _UNSEEN) - total
            if score > best[end]:
                best[end], start_of[end] = score, start
    pieces, end = [], len(chunk)
    while end:
        pieces.append(chunk[start_of[end]:end])
        end = start_of[end]
    return tuple(reversed(pieces))


@lru_cache(maxsize=1)
def _longest() -> int:
    """The most characters a word of the list or the counts has: the longest piece ``_cut`` tries."""
    words, counts, _ = _corpus()
    return max(len(word) for word in (*words, *counts))


@lru_cache(maxsize=1)
def _corpus() -> tuple[frozenset[str], dict[str, int], float]:
    """pythainlp's word list, the TNC's word counts and the log of their sum (loaded once, ~0.1 s).
    The counts file is read here, not by pythainlp's ``tnc.word_freqs``, which keeps its 106,000
    lines in a cache for the process's life besides."""
    from pythainlp.corpus import corpus_path, thai_words

    words, counts, total = thai_words(), {}, 0
    path = Path(corpus_path(), "tnc_freq.txt")
    try:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                word, _, count = line.rstrip("\n").partition("\t")
                counts[word] = int(count)
                total += int(count)
    except (OSError, ValueError) as error:
        raise MoukitError(f"pythainlp's word counts {path} cannot be read ({error}): reinstall pythainlp") from error
    return words, counts, math.log(total)
