"""Repair text as it arrives from files and PDF extraction (SPEC §1.2).

``NORMALIZERS`` holds the named steps in the order they run; ``normalize_text`` applies all of
them or a chosen few, always in that order. Each step returns its input untouched when the
characters it repairs are absent, so clean text costs a few scans.

After ``normalize_text(text)`` with the default steps, the following are guaranteed:

1. The text has as many lines as the source: CRLF and lone CR became LF, and no step adds or
   removes a ``"\\n"``, so line numbers taken from it are line numbers of the source file.
   Mojibake whose repair is certain is undone (``à¸ªà¸§à¸±à¸ªà¸”à¸µ`` → ``สวัสดี``, see
   ``moukit.stages.mojibake``).
2. No zero-width characters (U+200B U+200C U+200D U+2060 U+FEFF); no lone surrogate (U+FFFD).
3. Every space character is U+0020: NBSP, the other Unicode space separators, tab, vertical
   tab, U+0085, U+2028 and U+2029 became spaces. Form feeds (PDF page breaks) stay.
4. No Thai PUA glyphs (U+F700–U+F71A): they became the Thai characters they draw.
5. No spaces between a Thai syllable and a combining mark that belongs to it
   (``และสิ ่ง`` → ``และสิ่ง``, ``คณ   ุ`` → ``คณุ``).
6. The marks after each consonant stand in typing order: above/below vowel, then tone mark
   or thanthakhat, then nikhahit, then a following ะ า ำ (``เร่ือง`` → ``เรื่อง``,
   ``หนา้`` → ``หน้า``, ``นำ้`` → ``น้ำ``).
7. Sara am is one character: no ``ํา`` pair is left (``จํา`` → ``จำ``, ``ต่ํา`` → ``ต่ำ``), and
   no ``ำ`` is followed by a ``า`` (``สำานัก`` → ``สำนัก``: LibreOffice PDFs map the nikhahit
   glyph of a shaped ``ำ`` to ``ำ`` and its sara aa glyph to ``า`` again).
8. No doubled sara e standing for sara ae (``เเละ`` → ``และ``).
9. The text is in Unicode NFC; runs of over 32 combining marks were cut first (``MAX_MARKS``).
10. No line ends with a space.
11. ``normalize_text(normalize_text(x)) == normalize_text(x)``.

Marks are moved or glued only inside clusters of Thai characters that follow a consonant; a
cluster holding a non-Thai combining character is left to NFC. Digits are not folded (SPEC
§1.2 rule 4). ``ๅ`` is kept, unlike in ``pythainlp.util.reorder_vowels``, which turns every
``ๅ`` not after ฤ/ฦ into ``า`` (pythainlp is not used here: its regex swaps are not
idempotent on runs such as ``ก่ิ่ิ``).
Tone marks that layout extraction moved after the next consonant (``เลม่``, ``ทอ้ง``) are
left alone: ``ม่`` is a valid syllable, and telling the two apart needs a dictionary.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache
from typing import NamedTuple

from ..errors import UnknownStepError
from ..text import has_surrogates, is_nfc
from .mojibake import Repair, find_mojibake, repair_mojibake

# Thai combining marks (Unicode category Mn): ั ิ ี ึ ื ุ ู ฺ ็ ่ ้ ๊ ๋ ์ ํ ๎
_THAI_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"

_ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")

# "ข้อ\xa01", "ที่\tมท": every Unicode space separator (Zs) but U+0020, then tab, \v, NEL,
# and the line and paragraph separators (never a newline: that would shift line numbers).
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\x0b\x85\u2028\u2029]")

# The PUA glyphs of TH Sarabun-style fonts and the characters they draw (THAI-FORMATS §3).
_PUA_MAP = dict(
    zip(
        map(chr, range(0xF700, 0xF71B)),
        "ฐ"  # F700 ฐ without its tail
        "\u0e34\u0e35\u0e36\u0e37"  # F701–F704 ิ ี ึ ื shifted left
        "\u0e48\u0e49\u0e4a\u0e4b\u0e4c"  # F705–F709 ่ ้ ๊ ๋ ์ shifted down and left
        "\u0e48\u0e49\u0e4a\u0e4b\u0e4c"  # F70A–F70E ่ ้ ๊ ๋ ์ shifted down
        "ญ"  # F70F ญ without its tail
        "\u0e31\u0e4d\u0e47"  # F710–F712 ั ํ ็ shifted left
        "\u0e48\u0e49\u0e4a\u0e4b\u0e4c"  # F713–F717 ่ ้ ๊ ๋ ์ shifted left
        "\u0e38\u0e39\u0e3a",  # F718–F71A ุ ู ฺ shifted down
        strict=True,
    )
)
# "เกณฑ\uf70eราคากลาง" (corpus 024): a thanthakhat drawn from the PUA
_PUA = re.compile("[\uf700-\uf71a]")

# Where each character of a cluster belongs: the sort key is (place, canonical combining
# class), which keeps Unicode's canonical order for ุ ู ฺ and the tone marks, so NFC agrees.
_PLACE = {
    **dict.fromkeys("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47", 0),  # vowel marks
    **dict.fromkeys("\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4e", 1),  # tone marks, thanthakhat
    "\u0e4d": 2,  # nikhahit, the first half of a decomposed sara am
    **dict.fromkeys("\u0e30\u0e32\u0e33", 3),  # the following vowels ะ า ำ
}
_CLUSTER_KEY = {ch: (place, unicodedata.combining(ch)) for ch, place in _PLACE.items()}


def _pair_pattern() -> re.Pattern[str]:
    """Two cluster characters that may be out of order: "่ื" in "เร่ือง", "า้" in "หนา้".

    It also matches some pairs in order ("ู้" in "ผู้"); the caller compares the keys. The
    second character is a lookahead so that overlapping pairs are all seen.
    """
    keys = _CLUSTER_KEY.values()
    firsts = "".join(ch for ch, key in _CLUSTER_KEY.items() if key > min(keys))
    seconds = "".join(ch for ch, key in _CLUSTER_KEY.items() if key < max(keys))
    return re.compile(f"[{firsts}](?=[{seconds}])")


_PAIR = _pair_pattern()

# "คณ   ุ", "ที ่" (corpus 024): spaces between a Thai character and a mark. It starts with
# a literal space so that the regex engine can skip ahead fast; the lookbehind then checks
# the character before that space (only the first space of a run can pass it).
_SPACE_BEFORE_MARK = re.compile(f" (?<=[\u0e01-\u0e2e\u0e30-\u0e3a\u0e45{_THAI_MARKS}] ) *(?=[{_THAI_MARKS}])")

# "ต\u0e4d\u0e48\u0e32" (ต + nikhahit + mai ek + sara aa) → "ต่ำ"
_SARA_AM_AROUND_TONE = re.compile("\u0e4d([\u0e48-\u0e4b]+)\u0e32")
# "สำานักงาน" (a LibreOffice PDF): sara am, then the sara aa of its own glyph once more
_SARA_AM_THEN_AA = re.compile("\u0e33\u0e32+")


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR → LF; one line break stays one line break."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


# A lone surrogate (U+D800–U+DFFF) is no character: a broken PDF ToUnicode map, a DOCX
# w:sym or a caller of parse_text can put one in a str, and no UTF-8 writer accepts it.
_SURROGATE = re.compile("[\ud800-\udfff]")


def normalize_surrogates(text: str) -> str:
    """Lone surrogates (U+D800–U+DFFF) → U+FFFD, always; a ``lone_surrogate`` warning."""
    if not has_surrogates(text):
        return text
    return _SURROGATE.sub("\ufffd", text)


MAX_MARKS = 32
"""The longest run of combining marks kept on one letter; Thai writes at most three. CPython's
NFC sorts a run by insertion, so its cost grows with the square of the run."""


@cache
def _mark_flood() -> re.Pattern[str]:
    # Every character of a non-zero canonical combining class, planes 0 and 1 (none lies
    # above), in a run longer than MAX_MARKS; built once, in about 15 ms.
    marks = [code for code in range(0x20000) if unicodedata.combining(chr(code))]
    ranges: list[str] = []
    start = previous = marks[0]
    for code in [*marks[1:], -1]:
        if code != previous + 1:
            ranges.append(re.escape(chr(start)) + ("" if start == previous else "-" + re.escape(chr(previous))))
            start = code
        previous = code
    return re.compile(f"[{''.join(ranges)}]{{{MAX_MARKS + 1},}}")


def normalize_mark_floods(text: str) -> str:
    """Cut runs of over 32 combining marks on one letter to 32; a ``mark_flood`` warning.

    Keeps NFC linear on a letter followed by thousands of marks (``MAX_MARKS``). Text that is
    NFC already (a linear quick check) is left alone: NFC has nothing to sort in it, and
    looking for runs costs more than the check."""
    if is_nfc(text):
        return text
    flood = _mark_flood()
    if not flood.search(text):
        return text
    return flood.sub(lambda run: run.group()[:MAX_MARKS], text)


def normalize_mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252, Latin-1 or CP874 (or CP874 read as Latin-1) and saved: the Thai back."""
    return repair_mojibake(text)


def normalize_zero_width(text: str) -> str:
    """Remove zero-width spaces and joiners, word joiners and stray BOMs."""
    for ch in _ZERO_WIDTH:
        if ch in text:
            text = text.replace(ch, "")
    return text


def normalize_spaces(text: str) -> str:
    """NBSP, other Unicode spaces, tabs, \\v, U+0085, U+2028, U+2029 → one plain space each."""
    if not _SPACES.search(text):
        return text
    return _SPACES.sub(" ", text)


def normalize_pua(text: str) -> str:
    """Thai PUA glyphs U+F700–U+F71A → the Thai characters they stand for."""
    if not _PUA.search(text):
        return text
    # One replace per glyph present: str.translate takes a slow path on non-ASCII text.
    for glyph in set(_PUA.findall(text)):
        text = text.replace(glyph, _PUA_MAP[glyph])
    return text


# Clusters: a run of Thai marks and ะ า ำ, with any other combining characters (canonical
# class above 0) that touch it. The mark steps leave a cluster alone when it holds a non-Thai
# combining character: moving Thai marks there could break the NFC order, and a second run
# of normalize_text would then change the text again.


def _widen(text: str, start: int, end: int, floor: int = 0) -> tuple[int, int]:
    """Widen ``text[start:end]`` to the whole cluster around it."""
    while start > floor and (text[start - 1] in _CLUSTER_KEY or unicodedata.combining(text[start - 1])):
        start -= 1
    while end < len(text) and (text[end] in _CLUSTER_KEY or unicodedata.combining(text[end])):
        end += 1
    return start, end


def _only_thai(cluster: str) -> bool:
    return all(ch in _CLUSTER_KEY for ch in cluster)


def _follows_consonant(text: str, start: int) -> bool:
    return start > 0 and "ก" <= text[start - 1] <= "ฮ"


def normalize_marks_glue(text: str) -> str:
    """Drop spaces that extraction put between a Thai character and a combining mark.

    Only where the joined cluster follows a consonant (directly or through clusters glued
    before it), so that marks_order sorts it into NFC order again.
    """
    if not _SPACE_BEFORE_MARK.search(text):
        return text
    pieces: list[str] = []
    copied = glued = 0
    for match in _SPACE_BEFORE_MARK.finditer(text):
        before = _widen(text, match.start(), match.start())  # the cluster ending at the base
        after = _widen(text, match.end(), match.end())  # the cluster the spaces stand before
        joins = _follows_consonant(text, before[0]) or before[0] == glued > 0
        if joins and _only_thai(text[slice(*before)] + text[slice(*after)]):
            pieces.append(text[copied : match.start()])
            copied = glued = match.end()
    pieces.append(text[copied:])
    return "".join(pieces)


def normalize_marks_order(text: str) -> str:
    """Sort each cluster of Thai marks and ะ า ำ after a consonant into typing order.

    ``เร่ือง`` → ``เรื่อง``, ``หนา้`` → ``หน้า``.
    """
    pieces: list[str] = []
    copied = done = 0
    for match in _PAIR.finditer(text):
        start = match.start()
        if start < done or _CLUSTER_KEY[text[start]] <= _CLUSTER_KEY[text[start + 1]]:
            continue  # inside a cluster already handled, or a pair in order
        start, end = _widen(text, start, start + 2, floor=done)
        done = end
        if not (_follows_consonant(text, start) and _only_thai(text[start:end])):
            continue  # no consonant to sort after: a mark could land after a space
        pieces += (text[copied:start], "".join(sorted(text[start:end], key=_CLUSTER_KEY.__getitem__)))
        copied = end
    if not pieces:
        return text
    pieces.append(text[copied:])
    return "".join(pieces)


def _tones_before_sara_am(match: re.Match[str]) -> str:
    before = match.string[match.start() - 1] if match.start() else " "
    if unicodedata.combining(before) > 107:  # a tone mark after it would break NFC order
        return match.group(0)
    return match.group(1) + "\u0e33"


def normalize_sara_am(text: str) -> str:
    """Fold the decomposed sara am: ``ํา`` → ``ำ``, ``ํ่า`` → ``่ำ``, ``ำา`` → ``ำ``."""
    if "\u0e4d" in text:
        text = text.replace("\u0e4d\u0e32", "\u0e33")
        text = _SARA_AM_AROUND_TONE.sub(_tones_before_sara_am, text)
    if _SARA_AM_THEN_AA.search(text):  # the regex engine finds a two-letter literal faster than `in`
        text = _SARA_AM_THEN_AA.sub("\u0e33", text)
    return text


def normalize_sara_ae(text: str) -> str:
    """Two sara e typed for sara ae → sara ae: ``เเละ`` → ``และ`` (never valid Thai as it is)."""
    if not re.search("เเ", text):  # the regex engine finds a two-letter literal faster than `in`
        return text
    return text.replace("เเ", "แ")


def normalize_nfc(text: str) -> str:
    """Unicode NFC (it does not join ``ํา``; the sara_am step does)."""
    if is_nfc(text):
        return text
    return unicodedata.normalize("NFC", text)


def normalize_trailing_spaces(text: str) -> str:
    """Remove spaces at the end of each line (a form feed is not a space and stays)."""
    if " \n" not in text and not text.endswith(" "):
        return text
    # Line by line: the regex " +$" is quadratic on a long run of spaces.
    return "\n".join(line.rstrip(" ") for line in text.split("\n"))


# The order matters: mojibake comes first, before NBSP (a byte of "ภ" in Latin-1 mojibake)
# becomes a space; PUA glyphs must be Thai before NFC, and the steps after NFC keep the
# text in NFC (they move marks only inside all-Thai clusters), so a second run finds nothing
# to do.
NORMALIZERS: dict[str, Callable[[str], str]] = {
    "newlines": normalize_newlines,
    "surrogates": normalize_surrogates,
    "mojibake": normalize_mojibake,
    "zero_width": normalize_zero_width,
    "spaces": normalize_spaces,
    "pua": normalize_pua,
    "mark_floods": normalize_mark_floods,
    "nfc": normalize_nfc,
    "marks_glue": normalize_marks_glue,
    "marks_order": normalize_marks_order,
    "sara_am": normalize_sara_am,
    "sara_ae": normalize_sara_ae,
    "trailing_spaces": normalize_trailing_spaces,
}
DEFAULT_STEPS: tuple[str, ...] = tuple(NORMALIZERS)
ALWAYS = ("surrogates",)
"""Steps that run whichever steps are chosen: text holding a surrogate cannot be written."""


class Damage(NamedTuple):
    """What a step took out of the text for good: how many places, from which line."""

    step: str
    """"surrogates" (lone surrogates replaced by U+FFFD) or "mark_floods" (marks cut)."""
    count: int
    line: int


# What the damaging steps take out, counted before they run.
_DAMAGE = {"surrogates": lambda: _SURROGATE, "mark_floods": _mark_flood}


class Normalized(NamedTuple):
    """Normalized text and a record of what was repaired in it."""

    text: str
    repaired: tuple[str, ...]
    """The steps that changed the text, in the order they ran: ("newlines", "pua", "nfc")."""
    mojibake: tuple[Repair, ...] = ()
    """What the ``mojibake`` step undid: the misreading, how often, from which line."""
    damage: tuple[Damage, ...] = ()
    """What the ``surrogates`` and ``mark_floods`` steps took out of the text."""


def normalize(text: str, steps: Iterable[str] | None = None) -> Normalized:
    """Apply the named steps (default: all) to ``text``, in ``NORMALIZERS`` order, and say which
    of them repaired something.

    ``steps`` may name steps in any order and may be one name as a string. An unknown name
    raises ``UnknownStepError`` listing the valid ones.
    """
    repaired: list[str] = []
    mojibake: tuple[Repair, ...] = ()
    damage: list[Damage] = []
    for name in _chosen(steps):
        if name == "mojibake":  # the step whose repairs are reported in detail
            result, mojibake = find_mojibake(text)
        else:
            result = NORMALIZERS[name](text)
        # A step hands back its input itself when it had nothing to do.
        if result is not text and result != text:
            repaired.append(name)
            if name in _DAMAGE:
                damage.append(_damage(name, text))
        text = result
    return Normalized(text, tuple(repaired), mojibake, tuple(damage))


def _damage(step: str, text: str) -> Damage:
    places = _DAMAGE[step]().finditer(text)
    first = next(places)
    return Damage(step, 1 + sum(1 for _ in places), text.count("\n", 0, first.start()) + 1)


def normalize_text(text: str, steps: Iterable[str] | None = None) -> str:
    """``normalize(text, steps).text``: the repaired text alone."""
    for name in _chosen(steps):
        text = NORMALIZERS[name](text)
    return text


def _chosen(steps: Iterable[str] | None) -> tuple[str, ...]:
    if steps is None:
        return DEFAULT_STEPS
    wanted = {steps} if isinstance(steps, str) else set(steps)
    wanted |= set(ALWAYS)
    unknown = sorted(wanted - NORMALIZERS.keys())
    if unknown:
        raise UnknownStepError(
            f"unknown normalization step {', '.join(map(repr, unknown))}; "
            f"valid steps: {', '.join(NORMALIZERS)}"
        )
    return tuple(name for name in NORMALIZERS if name in wanted)
