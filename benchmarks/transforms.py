"""Benign transformations of a document's text for benchmarks/robustness.py: the same document
typed, saved or extracted another way (THAI-FORMATS.md §3), which must read the same.

Each transformation takes the source's lines and returns a ``Variant``: its lines and, for each
line, the span of source lines it came from, so that the gold's line numbers can be carried
over. Everything is deterministic (no random numbers): a run is reproducible.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from moukit.text import join_wrapped, width


@dataclass(frozen=True)
class Variant:
    lines: list[str]
    origin: list[tuple[int, int]]
    """For each line, the first and last source line (1-based, inclusive) it holds."""
    prefix: str = ""
    newline: str = "\n"

    @property
    def text(self) -> str:
        return self.prefix + self.newline.join(self.lines) + self.newline


def INSERTED(after: int) -> tuple[int, int]:
    """The origin of a line added after source line ``after``: an empty span (after+1, after),
    which neither opens nor closes a gold document nor holds a furniture line."""
    return (after + 1, after)


def same_lines(lines: list[str], change: Callable[[str], str] = lambda line: line, **kwargs) -> Variant:
    return Variant([change(line) for line in lines], [(n, n) for n in range(1, len(lines) + 1)], **kwargs)


PAGE_BREAK = "\f"

# -- characters -----------------------------------------------------------------------------------

_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_THAI_LETTER = re.compile("[\u0e01-\u0e2e]")
# Between two Thai base letters (no mark follows): where a zero-width space can sit in a word.
_THAI_GAP = re.compile("(?<=[\u0e01-\u0e2e])(?=[\u0e01-\u0e2e])")
# A tone mark before an upper vowel or before า/ำ: layout extraction puts it after ("หนา้", "เร่ือง").
_TONE_THEN_AA = re.compile("([\u0e48-\u0e4b])([\u0e32\u0e33])")
_VOWEL_THEN_TONE = re.compile("([\u0e34-\u0e37])([\u0e48-\u0e4b])")
# Tone marks and upper vowels drawn from the PUA of TH Sarabun fonts (the shifted-left forms).
_TO_PUA = str.maketrans({"\u0e48": "\uf70a", "\u0e49": "\uf70b", "\u0e4c": "\uf70e", "\u0e34": "\uf701",
                         "\u0e35": "\uf702", "\u0e31": "\uf710"})


def every_nth(pattern: re.Pattern[str], text: str, insert: str, n: int) -> str:
    """``insert`` at every ``n``-th match of a zero-width ``pattern``."""
    count = 0

    def put(_: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return insert if count % n == 0 else ""
    return pattern.sub(put, text)


def nbsp(line: str) -> str:
    # Every other space: word processors and web pages mix the two.
    parts = line.split(" ")
    return "".join(part + ("\u00a0" if i % 2 == 0 else " ") for i, part in enumerate(parts[:-1])) + parts[-1]


def thai_digits(line: str) -> str:
    # A Thai typist's digits: every line with Thai letters; an English line keeps its own.
    return line.translate(_TO_THAI) if _THAI_LETTER.search(line) else line


def dedent(line: str) -> str:
    # Leading spaces and tabs go; a form feed (a page break) stays where it is.
    feed = PAGE_BREAK if line.startswith(PAGE_BREAK) else ""
    return feed + line[len(feed):].lstrip(" \t")


def tabs(line: str) -> str:
    # A leading run of spaces becomes tabs (4 columns each, at least one).
    stripped = line.lstrip(" ")
    indent = len(line) - len(stripped)
    return "\t" * max(1, indent // 4) + stripped if indent else line


def misordered_marks(line: str) -> str:
    # "หน้า" -> "หนา้", "เรื่อง" -> "เร่ือง" (layout-mode extraction, THAI-FORMATS §3)
    return _VOWEL_THEN_TONE.sub(r"\2\1", _TONE_THEN_AA.sub(r"\2\1", line))


def spaced_marks(line: str) -> str:
    # "ที ่", "คณ ุ": a PDF layer puts a space before some combining marks (every third).
    return every_nth(re.compile("(?<=[\u0e01-\u0e2e])(?=[\u0e48-\u0e4c\u0e38\u0e39])"), line, " ", 3)


# -- line structure -------------------------------------------------------------------------------

# Thai letters, vowels and marks a word can end or start on (a break point lies between two)
_THAI_BREAKABLE = frozenset(chr(c) for c in range(0x0E01, 0x0E4F))
# A line that opens a numbered or bulleted item: a reader keeps it apart from the line above.
_ITEM = re.compile(r"^\s*(?:\(?[0-9๐-๙]+[.)/]|\(?[ก-ฮ][.)]\s|ข้อ\s*[0-9๐-๙]|[-•●○▪*])")


@cache
def _word_ends(line: str) -> frozenset[int]:
    """The offsets in ``line`` where a word ends, by pythainlp's newmm (dictionary-based, as
    the line breakers of word processors and PDF makers are): Thai is broken only there."""
    from pythainlp.tokenize import word_tokenize

    ends, at = set(), 0
    for word in word_tokenize(line, engine="newmm", keep_whitespace=True):
        at += len(word)
        ends.add(at)
    return frozenset(ends)


FILLED = 0.75
"""A printed line is filled to at least this share of the column before the page breaks it."""


def _cut(line: str, columns: int) -> tuple[str, str] | None:
    """Where a narrower page breaks ``line``: the last place within ``columns`` where a reader
    joins the two halves back to the line (a space not between two Thai letters, or a word end
    between two Thai letters with no space). When there is none that leaves the line at least
    ``FILLED`` full, the last space, as a page would break it: the space between two Thai words
    is then lost, as it is in real PDFs (a reader cannot tell it from a break inside a phrase:
    the join's ambiguity, docs/accuracy.md). None when the line has no break point at all."""
    if width(line) <= columns:
        return None
    best = fallback = None
    for i in range(1, len(line)):
        if width(line[:i]) > columns:
            break
        left, right = line[:i], line[i:]
        if right[0] == " " and left.strip():
            right = right.lstrip(" ")
            if right:
                fallback = (left.rstrip(" "), right)
        elif not (left[-1] in _THAI_BREAKABLE and right[0] in _THAI_BREAKABLE and i in _word_ends(line)):
            continue
        if right and join_wrapped([left, right]) == join_wrapped([line]):
            best = (left.rstrip(" "), right)
    if best is None or (fallback is not None and width(best[0]) < FILLED * columns
                        and width(fallback[0]) > width(best[0])):
        return fallback
    return best


def rewrap(lines: list[str], columns: int) -> Variant:
    """Each line wider than ``columns`` broken as a narrower page (or a PDF) breaks it; the
    pieces after the first start at the margin. Short lines (labels, signer blocks) stay."""
    out: list[str] = []
    origin: list[tuple[int, int]] = []
    for number, line in enumerate(lines, 1):
        while (cut := _cut(line, columns)) is not None:
            out.append(cut[0])
            origin.append((number, number))
            line = cut[1]
        out.append(line)
        origin.append((number, number))
    return Variant(out, origin)


def unwrap(lines: list[str]) -> Variant:
    """Web-style: in a file whose lines were wrapped at a page width, a line that fills the
    width is joined with the next, unless the next is blank, a page break, indented deeper, or
    opens a numbered or bulleted item. A file with lines well past its usual width was not
    wrapped (a web page, whose headlines and padded rows only look full), nor one too short to
    tell: it stays."""
    widths = sorted(width(line) for line in lines if line.strip())
    full = widths[int(len(widths) * 0.9)] if widths else 0
    if len(widths) < 40 or widths[-1] > 1.4 * full:
        return same_lines(lines)
    out: list[str] = []
    origin: list[tuple[int, int]] = []
    for number, line in enumerate(lines, 1):
        previous = out[-1] if out else ""
        above = lines[number - 2] if number > 1 else ""  # the source line: did it fill the width?
        indent = len(line) - len(line.lstrip(" "))
        if (above.strip() and width(above) >= 0.8 * full and line.strip()
                and PAGE_BREAK not in line and not _ITEM.match(line)
                and indent <= len(previous) - len(previous.lstrip(" "))):
            out[-1] = previous[:len(previous) - len(previous.lstrip(" "))] + join_wrapped([previous, line])
            origin[-1] = (origin[-1][0], number)
        else:
            out.append(line)
            origin.append((number, number))
    return Variant(out, origin)


def blank_lines(lines: list[str], mode: str) -> Variant:
    """``double``: each blank line twice; ``drop``: no blank line (a PDF layer); ``between``:
    a blank line after every line (some HTML and DOCX copies)."""
    out: list[str] = []
    origin: list[tuple[int, int]] = []
    for number, line in enumerate(lines, 1):
        blank = not line.strip()
        copies = {"double": 2 if blank else 1, "drop": 0 if blank else 1, "between": 1}[mode]
        for _ in range(copies):
            out.append(line)
            origin.append((number, number))
        if mode == "between" and not blank:
            out.append("")
            origin.append(INSERTED(number))
    return Variant(out, origin)


def page_breaks(lines: list[str], every: int = 25) -> Variant:
    """A page break every ``every`` lines, as a PDF extraction prints one: the next page's
    number (``- ๒ -``) on a line that starts with a form feed, then the text goes on. A file
    with page breaks of its own keeps them alone (its running heads and feet follow them)."""
    if any(PAGE_BREAK in line for line in lines):
        return same_lines(lines)
    out: list[str] = []
    origin: list[tuple[int, int]] = []
    page = 1
    for number, line in enumerate(lines, 1):
        out.append(line)
        origin.append((number, number))
        if number % every == 0 and number < len(lines):
            page += 1
            out.append(f"{PAGE_BREAK}- {str(page).translate(_TO_THAI)} -")
            origin.append(INSERTED(number))
    return Variant(out, origin)


# -- the catalogue ----------------------------------------------------------------------------------

TRANSFORMS: dict[str, Callable[[list[str]], Variant]] = {
    "thai_digits": lambda lines: same_lines(lines, thai_digits),
    "arabic_digits": lambda lines: same_lines(lines, lambda line: line.translate(_TO_ARABIC)),
    "wrap_60": lambda lines: rewrap(lines, 60),
    "wrap_75": lambda lines: rewrap(lines, 75),
    "wrap_90": lambda lines: rewrap(lines, 90),
    "unwrap": unwrap,
    "dedent": lambda lines: same_lines(lines, dedent),
    "tabs": lambda lines: same_lines(lines, tabs),
    "trailing_spaces": lambda lines: same_lines(lines, lambda line: line + "  " if line.strip() else line),
    "nbsp": lambda lines: same_lines(lines, nbsp),
    "zero_width": lambda lines: same_lines(lines, lambda line: every_nth(_THAI_GAP, line, "\u200b", 5)),
    "crlf_bom": lambda lines: same_lines(lines, prefix="\ufeff", newline="\r\n"),
    "blank_doubled": lambda lines: blank_lines(lines, "double"),
    "blank_dropped": lambda lines: blank_lines(lines, "drop"),
    "blank_between": lambda lines: blank_lines(lines, "between"),
    "sara_am_split": lambda lines: same_lines(lines, lambda line: line.replace("\u0e33", "\u0e4d\u0e32")),
    "marks_misordered": lambda lines: same_lines(lines, misordered_marks),
    "pua_glyphs": lambda lines: same_lines(lines, lambda line: line.translate(_TO_PUA)),
    "space_before_mark": lambda lines: same_lines(lines, spaced_marks),
    "page_breaks": page_breaks,
}
"""Name -> transformation, in the order the report prints them."""
