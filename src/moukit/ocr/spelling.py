"""Words OCR misread into no word: one letter read as another of its shape (``อัดรา`` for ``อัตรา``).

tesseract takes a Thai letter for another of the same shape (ต/ด, ท/ห, ช/ซ, ฎ/ฏ: the groups of
``moukit.misread``) and can be sure of it: s02's subject reads ``อัดรา`` at confidence 93, where
the page (a lossy JBIG2 copy) shows ``อัตรา``. Neither the engine's confidence nor the marks on
the page can tell; the words can. ``อัดรา`` is no Thai word, and one same-shape letter away
from a common one.

The choice is made as a noisy channel would (docs/ocr.md, "Text values"): a run of up to
``_MOST_WORDS`` of newmm's words (between two spaces), together no word of pythainlp's list
and at least ``_SHORTEST`` characters long, is taken for a misreading of the word ``w`` that one
same-shape letter makes of it when

    f(w) / N · SWAP  >  Π f(t) / N   over the run's words t,

with f the Thai National Corpus's word counts (pythainlp's ``tnc_freq.txt``, offline), N their
sum, and ``SWAP`` the rate at which tesseract reads a letter as another (measured on the
synthetic scans: 54 swaps in 73,407 letters). ``อัด`` + ``รา`` (1,234 and 6,184 in 33.5
million) is far less likely than ``อัตรา`` (10,297) misread; ``ที่`` + ``จัด`` far more than
``ที่วัด`` (162) misread. People's names are no words: the words after an honorific (นาย,
นางสาว, ดร.) are left out. The text is never changed.

A leaf of ``moukit.ocr``: ``fields.text_warnings`` asks it about the lines of header values.
"""

from __future__ import annotations

import math
from functools import lru_cache

from ..diff.tokens import tokenize
from ..misread import SHAPES
from ..parts.names import HONORIFICS, split_honorific

SWAP = 1e-3
"""How often tesseract reads a letter as another of its shape (7.4e-4 measured, rounded up)."""

_SHORTEST = 4  # characters: shorter runs are one swap from some word too often (ตา/ดา, ทาง/หาง)
_MOST_WORDS = 3  # newmm cuts a misread word into at most three known pieces (อัด|รา, คำ|รง)
_UNSEEN = 0.5  # the count given a word the corpus never saw (a piece newmm could not match)
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
    """newmm's words of each run of ``text`` between spaces, a person's name left out: the run
    that starts with an honorific and the one after it (``(นายวัลลภ พริ้งพงษ์)``,
    ``นาย วัลลภ พริ้งพงษ์``)."""
    out, skip = [], 0
    for chunk in text.split():
        bare = chunk.lstrip("(")
        honorific, _ = split_honorific(bare)
        if bare in HONORIFICS:
            skip = 3  # it, the given name and the surname
        elif honorific is not None and len(tokenize(bare)[0]) <= len(honorific):  # คุณภาพ is no คุณ + name
            skip = 2  # it with the given name glued on, and the surname
        if skip:
            skip -= 1
            continue
        out.append(tokenize(chunk))
    return out


@lru_cache(maxsize=1)
def _corpus() -> tuple[frozenset[str], dict[str, int], float]:
    """pythainlp's word list, the TNC's word counts and the log of their sum (loaded once, ~0.2 s)."""
    from pythainlp.corpus import thai_words
    from pythainlp.corpus.tnc import word_freqs

    counts = dict(word_freqs())
    return thai_words(), counts, math.log(sum(counts.values()))
