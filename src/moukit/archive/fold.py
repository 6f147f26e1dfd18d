"""Thai text as the archive's search index sees it: folded, and what makes a short word a word.

Folding makes two spellings a reader takes for the same text compare equal: Thai digits are
Arabic (๒๕๕๖ is 2556), ``ํา`` (nikhahit + sara aa, as old fonts type it) is ``ำ``, zero-width
and soft-hyphen characters go, Latin letters lose their case, whitespace runs are one space,
and a full stop that ends an abbreviation (สสส., มท.) is dropped so that สสส finds สสส. and
สสส. finds สสส. Folding never joins or splits words otherwise, so a substring of the folded
text is a substring a reader can see.

The index (``archive.schema``) keeps the trigrams of each folded text, without its spaces and
with ``END`` after it (``indexed``): they find any text of three characters or more wherever it
stands, and every place a word of one or two characters (ปี, ใน, มท) could stand, as the start
of a trigram. Whether such a place is the word is decided when a query asks, over the texts
the index gives (``words``): newmm's words (nlpo3 on pythainlp's bundled dictionary: offline)
plus the short dictionary words inside a compound the segmenter kept whole: ``ภายใน`` holds
``ใน``, ``ปีงบประมาณ`` holds ``ปี``, but ``ร่วมทุน`` does not hold ``มท``, which would straddle
two words. Segmenting every text when the archive is built cost more than the parse itself.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

SHORT = 3
"""Query words shorter than this (in characters) are looked up as words, longer ones as text."""
ABBREVIATION = re.compile(r"[\u0e01-\u0e2e]{3}")
"""A query word of three Thai consonants and nothing else (สสส, อปท, คสช, ครม) is an
abbreviation (four, as in สมพร, is more often a name or a word without written vowels): found as text, but only where it does not continue or begin another word
(``ABBREVIATION_BEFORE``/``ABBREVIATION_AFTER``): นครมี holds ครม, and is not a hit."""
ABBREVIATION_BEFORE = "[\u0e01-\u0e2e\u0e40-\u0e44\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]"
"""What cannot stand before an abbreviation: a consonant, a leading vowel or a mark (the word
goes on); a closing vowel (และสสส) or anything not Thai can."""
ABBREVIATION_AFTER = "[\u0e30-\u0e3a\u0e47-\u0e4e]"
"""What cannot follow one: a vowel or mark (its last letter starts a syllable: ครมี)."""

_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_THAI_DIGITS_RUN = re.compile("[๐-๙]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_INVISIBLE_FOUND = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SARA_AM = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")  # นํ้า, ทํา: nikhahit (tone) sara aa
# A full stop after a Thai letter or mark, not followed by one: the end of สสส., มท., พ.ศ.
_ABBREVIATION_DOT = re.compile(r"(?<=[\u0e01-\u0e4e])\.(?![\u0e01-\u0e4e])")
_WORD_SPLIT = re.compile(r"[^\w\u0e01-\u0e4e]+")
CLOSING = "\u0e30-\u0e3a\u0e45\u0e47-\u0e4e"
"""A vowel or mark that belongs to the letter before it (ะ า ั ิ ่ ้ ์ …): no word ends before one."""
_SPACE_BEFORE_MARK = re.compile(f" [{CLOSING}]")
_DICT_NAME = "moukit-words_th"  # the name diff.tokens loads it under: loaded once per process


@lru_cache(maxsize=4096)  # a document's texts are folded for its units, then for its citations
def fold(text: str) -> str:
    """``text`` as the index and queries compare it (see the module's docstring)."""
    # Each step only where it has work: str.translate walks a Thai text a character at a time
    # (60 ns a character), so digits are translated a run at a time. casefold() leaves Thai as
    # it is and costs less than looking for a letter with a case; split() and join() squeeze
    # whitespace (the same characters as \s) at a quarter of a regular expression's cost.
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _INVISIBLE_FOUND.search(text):
        text = text.translate(_INVISIBLE)
    if _THAI_DIGITS_RUN.search(text):
        text = _THAI_DIGITS_RUN.sub(_arabic, text)
    if "\u0e4d" in text:
        text = _SARA_AM.sub("\\1\u0e33", text)
    text = text.casefold()
    if "." in text:
        text = _ABBREVIATION_DOT.sub("", text)
    return " ".join(text.split())


def _arabic(digits: re.Match) -> str:
    return digits.group().translate(_DIGITS)


END = "  "
"""What ``indexed`` puts after a text: two spaces, which a squeezed text never holds, so that
each of its characters begins a trigram (the last two too) and no query word's trigram holds
one."""
def indexed(folded: str) -> str:
    """A folded text as the trigram index holds it (layout 3 on): squeezed, then ``END``."""
    return squeeze(folded) + END


def _spaced(folded: str) -> bool:
    """Whether a Thai letter or mark, a space, then a vowel or mark stand in ``folded`` (จัดท ำ):
    found from the space (a search from each Thai letter is four times slower)."""
    return any(match.start() and "\u0e01" <= folded[match.start() - 1] <= "\u0e4e"
               for match in _SPACE_BEFORE_MARK.finditer(folded))


def squeeze(folded: str) -> str:
    """A folded text without its spaces, as the trigram index holds it: Thai puts spaces where a
    writer pauses, not between words, so "พ.ศ. 2556", "พ.ศ.2556" and "มท 0208" / "มท0208" are
    the same text to a reader."""
    return folded.replace(" ", "")


def words(folded: str) -> list[str]:
    """The words of one or two characters (``looked_up_as_word``) a folded text holds: its
    segmented words that short, and the short dictionary words inside each longer one (the
    module's docstring). What a short query word must be one of; the word index of layouts 1
    and 2 held them."""
    tokens = segment(folded)
    if _spaced(folded):  # a PDF that spaced its letters (จัดท ำ): its words without the spaces too
        seen = set(tokens)
        tokens += [token for token in segment(squeeze(folded)) if token not in seen]
    return [word for token in tokens for word in _short_words(token)]


def holds_word(folded: str, word: str) -> bool:
    """Whether the short ``word`` is one of ``words(folded)``, cutting into words only the runs
    between spaces that hold it (newmm cuts at every space; of 222,167 pairs of a short word and
    a corpus text that holds its letters, 2 differ from cutting the whole text, where a
    dictionary word holds a space: ต่าง ๆ). A text spaced before its marks is cut whole."""
    if _spaced(folded):
        return word in words(folded)
    return any(word in run and any(word in _short_words(token) for token in segment(run))
               for run in folded.split(" "))


@lru_cache(maxsize=65536)  # a language's words repeat: each token is looked at once
def _short_words(token: str) -> tuple[str, ...]:
    found: list[str] = []
    for piece in _WORD_SPLIT.split(token):
        if len(piece) >= SHORT:
            found.extend(_inner_short_words(piece))
        elif piece:
            found.append(piece)
    return tuple(found)


@lru_cache(maxsize=65536)
def _inner_short_words(token: str) -> tuple[str, ...]:
    """The one- and two-character dictionary words inside ``token`` whose two sides are
    dictionary words of two characters or more (or nothing): a compound's parts a reader would
    search for alone (ภายใน: ใน), not a pair of letters two words share (หลากหลาย: not กห)."""
    if len(token) <= 2:
        return ()
    dictionary = _dictionary()
    inner = []
    for size in (2, 1):
        for start in range(len(token) - size + 1):
            word = token[start:start + size]
            if word in dictionary and _is_words(token[:start]) and _is_words(token[start + size:]):
                inner.append(word)
    return tuple(dict.fromkeys(inner))


@lru_cache(maxsize=65536)
def _is_words(text: str) -> bool:
    """Whether ``text`` is empty or segments into dictionary words (or digits) only."""
    if not text:
        return True
    dictionary = _dictionary()
    return all((word in dictionary and len(word) >= 2) or word.isdigit() for word in segment(text))


def segment(text: str) -> list[str]:
    """newmm's words of ``text``, in one call: nlpo3 on pythainlp's word list (as the diff
    segments), else pythainlp's own newmm."""
    return _segmenter()(text)


@lru_cache(maxsize=1)
def _segmenter():
    path = _dictionary_file()
    try:
        import nlpo3
    except ImportError:
        path = None
    if path is None:
        from pythainlp.tokenize import word_tokenize

        return lambda text: word_tokenize(text, engine="newmm", keep_whitespace=False)
    message, loaded = nlpo3.load_dict(str(path), _DICT_NAME)
    if not loaded and "already exists" not in message:
        from pythainlp.tokenize import word_tokenize

        return lambda text: word_tokenize(text, engine="newmm", keep_whitespace=False)
    return lambda text: nlpo3.segment(text, _DICT_NAME)


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    # The segmenter's own word list; a missing list only costs the inner words.
    path = _dictionary_file()
    if path is None:
        return frozenset()
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def _dictionary_file() -> Path | None:
    """pythainlp's corpus/words_th.txt, found without importing pythainlp."""
    spec = importlib.util.find_spec("pythainlp")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder, "corpus", "words_th.txt")
        if path.is_file():
            return path
    return None


def query_words(query: str) -> list[str]:
    """A query's words, folded: whitespace separates them, a double-quoted run is one (which
    may hold spaces: ``"พ.ศ. 2556"``)."""
    found = []
    for quoted, plain in re.findall(r'"([^"]*)"|(\S+)', query):
        word = fold(quoted if quoted else plain.strip('"'))
        if word:
            found.append(word)
    return found


def looked_up_as_word(word: str) -> bool:
    """Whether the query word ``word`` (folded, squeezed) is looked up as a word rather than as
    text: under three characters (``words``)."""
    return len(word) < SHORT
