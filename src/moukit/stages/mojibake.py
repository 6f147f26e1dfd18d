"""Mojibake: Thai text that was decoded with the wrong codec and saved again (THAI-FORMATS §3).

Two kinds reach users, and both are undone by sending the characters back to the bytes they
came from and decoding those bytes the right way:

- UTF-8 read as Windows-1252, Latin-1 or CP874 and saved again as UTF-8: ``สวัสดี`` becomes
  ``à¸ªà¸§à¸±à¸ªà¸”à¸µ`` (Windows-1252), or ``เธชเธงเธฑเธชเธ”เธต`` (CP874). Each Thai character
  is three bytes in UTF-8, so it shows as three characters.
- CP874 (TIS-620) read as Latin-1 or Windows-1252 and saved again: ``สำนักงาน`` becomes
  ``ÊÓ¹Ñ¡§Ò¹``. PDFs set in the old non-Unicode Thai fonts give the same text; opened on a
  Mac, the same bytes read as Mac Roman: ``ประกาศ`` becomes ``ª√–°“»``.

A stretch is repaired only when its bytes decode strictly and the result is plausibly Thai:
every character of a UTF-8 repair is Thai, punctuation or a Latin-1 letter, and a CP874 repair
must read as Thai by ``read``'s test (Thai bytes outnumber ASCII letters, no marks after
non-Thai characters). Repairs are rare in clean text and cost one regular-expression search.

Bytes that the first decoding destroyed (a byte CP874 leaves undefined became ``?`` or
U+FFFD) cannot come back: ``find_lost_mojibake`` counts those stretches so that the parse can
warn about them.

After ``repair_mojibake(text)``:
1. the text has the same ``"\\n"`` characters as before (ASCII is the same in every view);
2. no stretch remains that a further call would repair: the function repeats until nothing
   changes (double mojibake is undone layer by layer), so it is idempotent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .read import reads_as_thai

_MIN_SEQUENCES = 3
"""UTF-8 sequences a text must hold before its mojibake is repaired (unless it is all mojibake)."""
_MIN_LEGACY = 6
_COMMON_THAI = 50
_SAMPLE = 4000
"""Characters per ร/น/า above which a text is taken for real Thai (prose has about 1 in 10)."""
"""Latin-1 signs a text must hold before it is read as CP874 ("àÃ×èÍ§" is เรื่อง)."""


def _view(codec: str) -> dict[int, str]:
    """The character each byte 0x80-0xFF shows as when read with ``codec``.

    Bytes the codec leaves undefined pass through as the code point of the same number (the
    C1 controls U+0080-U+009F), as Windows and web browsers decode them.
    """
    table = {}
    for byte in range(0x80, 0x100):
        try:
            table[byte] = bytes([byte]).decode(codec)
        except UnicodeDecodeError:
            table[byte] = chr(byte)
    return table


def _class(view: dict[int, str], first: int, last: int) -> str:
    return "[" + "".join(re.escape(view[b]) for b in range(first, last + 1)) + "]"


@dataclass(frozen=True)
class _Misreading:
    """UTF-8 bytes shown through one 8-bit codec."""

    name: str
    view: dict[int, str]
    pattern: re.Pattern[str]
    reverse: dict[str, int]
    thai_only: bool

    @classmethod
    def of(cls, codec: str, *, thai_only: bool) -> _Misreading:
        view = _view(codec)
        cont = _class(view, 0x80, 0xBF)
        if thai_only:
            # CP874 shows UTF-8 lead bytes as Thai letters: only Thai (E0 B8/B9 xx) and
            # punctuation (E2 80 xx) sequences are told apart from real Thai, and only in runs.
            thai = re.escape(view[0xE0]) + _class(view, 0xB8, 0xB9)
            punctuation = re.escape(view[0xE2] + view[0x80])
            pattern = re.compile(f"(?:(?:{thai}|{punctuation}){cont})+")
        else:
            two = _class(view, 0xC2, 0xDF) + cont
            three = _class(view, 0xE0, 0xEF) + cont + "{2}"
            four = _class(view, 0xF0, 0xF4) + cont + "{3}"
            pattern = re.compile(f"(?:{three}|{two}|{four})+")
        return cls(f"UTF-8 read as {codec.upper()}", view, pattern, {char: byte for byte, char in view.items()}, thai_only)

    def decode(self, run: str) -> str | None:
        """The text whose UTF-8 bytes show as ``run``, if it is plausible text."""
        try:
            text = bytes(self.reverse[char] for char in run).decode("utf-8")
        except (KeyError, UnicodeDecodeError):
            return None
        if all(_plausible(char) for char in text):
            return text
        # Double mojibake: one layer down, the text is mojibake again ("Ã\xa0Â¸" → "à¸").
        return text if _MARKER.search(text) and all(char in _SHOWN for char in text) else None


def _plausible(char: str) -> bool:
    """Thai, general punctuation (“ ” – …), NBSP or €: what Thai mojibake hides."""
    code = ord(char)
    return 0x0E01 <= code <= 0x0E5B or 0x2000 <= code <= 0x206F or code in (0xA0, 0x20AC)


# Every character an 8-bit view shows, ASCII included: what a layer of mojibake is made of.
_SHOWN = frozenset(map(chr, range(0x80))) | {char for codec in ("cp1252", "latin-1", "cp874") for char in _view(codec).values()}
_MISREADINGS = (
    _Misreading.of("cp1252", thai_only=False),
    _Misreading.of("latin-1", thai_only=False),
    _Misreading.of("cp874", thai_only=True),
)
# "à¸", "à¹" (Windows-1252, Latin-1), "เธ?เธ" (CP874, two letters: "เน" alone is real Thai, as
# in "ดำเนิน"): the first bytes of Thai letters; "Ã\xa0Â¸": the same once more; "â€œ", "โ€œ":
# a quotation mark
_MARKER = re.compile(
    "[àâ][\u00b8\u00b9\u20ac\u0080]|Ã\u00a0Â|โ€"
    "|เ[ธน][\u0080-\u00a0\u20ac\u2026\u2018\u2019\u201c\u201d\u2022\u2013\u2014ก-ฟ]เ[ธน]"
)
# Every text _MARKER finds holds one of à â Ã € (each found by one fast C search) or เธ (a
# two-letter literal, which the regex engine finds faster than `in` does)
_MARKER_CHARS = ("à", "â", "Ã", "€")
_MARKER_PAIR = re.compile("เธ")
# "ÊÓ¹Ñ¡§Ò¹": CP874 bytes shown as Latin-1 letters and signs (0xA1-0xFF) and C1 codes (“ ”)
_LATIN_RUN = re.compile("[\u0080-\u00ff]+")
_LATIN_SIGN = re.compile("[\u00a1-\u00ff]")
# Latin-1 characters as the CP874 characters of the same byte; bytes CP874 leaves undefined stay.
_CP874 = {chr(byte): char for byte, char in _view("cp874").items() if char != chr(byte)}
_THAI = re.compile("[\u0e01-\u0e5b]")
# CP874 bytes shown as Mac Roman: each byte 0x80-0xFF as its Mac Roman character, and back
_MAC_VIEW = {byte: bytes([byte]).decode("mac_roman") for byte in range(0x80, 0x100)}
_MAC_BYTE = {char: byte for byte, char in _MAC_VIEW.items()}
_MAC_CP874 = {char: decoded for byte, char in _MAC_VIEW.items()
              if (decoded := bytes([byte]).decode("cp874", errors="replace")) != "\ufffd"}
_MAC_RUN = re.compile("[%s]+" % "".join(re.escape(char) for char in _MAC_VIEW.values()))
# Mac Roman's signs that Latin-1 has not ("√", "–", "“", "∑", "◊", "‡"): the proof of that view
_MAC_SIGN = re.compile("[%s]" % "".join(re.escape(char) for char in _MAC_VIEW.values() if ord(char) > 0xFF))
# What stays when the first decoding lost a byte: "เธ?", "à¸\ufffd"
_LOST = re.compile("(?:เ[ธน]|à[\u00b8\u00b9])[?\ufffd]")


@dataclass(frozen=True)
class Repair:
    """One kind of mojibake repaired in a text."""

    misreading: str
    """"UTF-8 read as CP1252", "CP874 read as Latin-1" …"""
    count: int
    """Stretches repaired."""
    first_line: int
    """The 1-based line of the first one."""


def repair_mojibake(text: str) -> str:
    """Undo mojibake where it is certain (see the module docstring); other text is untouched."""
    return find_mojibake(text)[0]


def find_mojibake(text: str) -> tuple[str, tuple[Repair, ...]]:
    """The repaired text and the repairs made, layer by layer, in order."""
    repairs: list[Repair] = []
    while True:
        repaired, repair = _repair_once(text)
        if repair is None:
            return text, tuple(repairs)
        repairs.append(repair)
        text = repaired


def find_lost_mojibake(text: str) -> tuple[int, int]:
    """(count, first line) of Thai letters whose mojibake lost a byte and cannot be repaired."""
    found = _LOST.search(text) if "?" in text or "\ufffd" in text else None
    if found is None:
        return 0, 0
    return len(_LOST.findall(text)), text.count("\n", 0, found.start()) + 1


def _repair_once(text: str) -> tuple[str, Repair | None]:
    if (any(char in text for char in _MARKER_CHARS) or _MARKER_PAIR.search(text)) and _MARKER.search(text):
        # The view that explains the most: Latin-1 text also partly reads as Windows-1252.
        found = [result for misreading in _MISREADINGS if (result := _repair_utf8(text, misreading))]
        if found:
            repaired, repair, _ = max(found, key=lambda result: result[2])
            return repaired, repair
    if text.isascii() or _common_thai(text):
        return text, None  # legacy mojibake holds no Thai letters; real Thai is left at once
    if _MAC_SIGN.search(text):
        repaired, repair = _repair_mac_roman(text)
        if repair is not None:
            return repaired, repair
    if _LATIN_SIGN.search(text):
        return _repair_cp874(text)
    return text, None


def _common_thai(text: str) -> bool:
    """Whether the text reads as real Thai at a glance: Thai holds a ร, น or า in about one
    character of ten (counted in C), mojibake none (a few dashes and quotes are no mojibake)."""
    sample = text[:_SAMPLE]  # the opening pages tell: mojibake covers a whole layer
    return (sample.count("\u0e23") + sample.count("\u0e19") + sample.count("\u0e32")) * _COMMON_THAI > len(sample)


def _repair_mac_roman(text: str) -> tuple[str, Repair | None]:
    """CP874 read as Mac Roman (a legacy Thai font's PDF or file opened on a Mac): "ª√–°“»"
    is ประกาศ. Only where Mac Roman's own signs (√ – “ ∑ ∏ ◊ …, which Latin-1 has not) are
    many, outnumber the Thai letters, and the bytes read as Thai."""
    signs = len(_MAC_SIGN.findall(text))
    if signs < _MIN_LEGACY or signs <= len(_THAI.findall(text)):
        return text, None
    as_bytes = bytes(_MAC_BYTE.get(char, 0x20) if ord(char) > 0x7F else ord(char) for char in text)
    if not reads_as_thai(as_bytes):
        return text, None
    return _redecode_runs(text, list(_MAC_RUN.finditer(text)), _MAC_CP874, "CP874 read as Mac Roman")


def _repair_utf8(text: str, misreading: _Misreading) -> tuple[str, Repair, int] | None:
    """The repaired text, the repair and the characters it recovered; None if no repair."""
    pieces: list[str] = []
    copied = letters = longest = count = 0
    first = -1
    other = False  # non-ASCII text outside the repaired stretches
    for match in misreading.pattern.finditer(text):
        decoded = misreading.decode(match.group())
        if decoded is None:
            continue
        other = other or not text[copied : match.start()].isascii()
        pieces += (text[copied : match.start()], decoded)
        copied = match.end()
        letters += len(decoded)
        longest = max(longest, len(decoded))
        count += 1
        first = match.start() if first < 0 else first
    if not count:
        return None
    other = other or not text[copied:].isascii()
    if letters < _MIN_SEQUENCES and other:
        return None  # one stray sequence in real text is no evidence
    if misreading.thai_only and longest < 2 and other:
        return None  # nor is a CP874 triple in real Thai ("เนต" in "อินเทอร์เนต")
    pieces.append(text[copied:])
    return "".join(pieces), Repair(misreading.name, count, text.count("\n", 0, first) + 1), letters


def _repair_cp874(text: str) -> tuple[str, Repair | None]:
    runs = list(_LATIN_RUN.finditer(text))
    latin = len(_LATIN_SIGN.findall(text))
    if latin < _MIN_LEGACY or latin <= len(_THAI.findall(text)):
        return text, None  # real Thai with a few signs (° × ©) is not legacy text
    # The text as its bytes were: ASCII as is, Latin-1 characters as their byte.
    as_bytes = "".join(char if ord(char) <= 0xFF else " " for char in text).encode("latin-1")
    if not reads_as_thai(as_bytes):
        return text, None
    return _redecode_runs(text, runs, _CP874, "CP874 read as Latin-1")


def _redecode_runs(text: str, runs: list[re.Match[str]], table: dict[str, str], misreading: str
                   ) -> tuple[str, Repair | None]:
    """The text with each run of legacy characters shown as the CP874 characters of their bytes
    (``table``); the repair, or None when no run changed."""
    pieces: list[str] = []
    copied = count = 0
    for run in runs:
        decoded = "".join(table.get(char, char) for char in run.group())
        if decoded == run.group():
            continue
        pieces += (text[copied : run.start()], decoded)
        copied = run.end()
        count += 1
    if not count:
        return text, None
    pieces.append(text[copied:])
    return "".join(pieces), Repair(misreading, count, text.count("\n", 0, runs[0].start()) + 1)
