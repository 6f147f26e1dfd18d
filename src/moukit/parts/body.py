"""Body text: paragraphs rebuilt from wrapped lines (ข้อความ)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lines import Line
from ..models import Paragraph
from ..text import collapse_spaces, join_wrapped, wider_than, width
from .appointments import DUTIES, ROLE
from .numbering import match_label, opens_letters, strays

# A printed A4 line holds about 60-100 columns of Thai; a line that long was wrapped and
# continues on the next line, a shorter one ends its paragraph. Web text puts a whole
# paragraph on one line, far longer than a printed line: such a line stands alone.
WRAP_MIN = 45
WRAP_MAX = 110
# The lines of a printed paragraph fill the page's width alike; a line clearly shorter than
# the widest line around it ends its paragraph. Web text, one paragraph per line, has lines
# of every width, so its mid-length lines stand alone.
FULL_SHARE = 0.8
# In web text a line goes on below only when the next one opens with words no sentence opens
# with: "… มีอำนาจหน้าที่" / "ดังต่อไปนี้" (a Gazette text pasted with its print line
# breaks), "… 3 ฉบับ" / "คือ ประกาศแต่งตั้ง…".
_LEAD_IN_END = re.compile(r"(?:ดังต่อไปนี้|ดังนี้|ต่อไปนี้|คือ|และ|หรือ)(?: |$)")


def split_paragraphs(lines: Sequence[Line]) -> list[Paragraph]:
    """Group lines into paragraphs: blank lines separate them, wrapped lines join."""
    paragraphs: list[Paragraph] = []
    lettered = False  # whether a lettered list (ก. …) has opened above: its ข. ค. … are items
    for run in _runs(lines):
        if len(run) == 1:  # one line is one paragraph, whatever its width
            _flush(run, paragraphs)
            lettered = lettered or opens_letters(match_label(run[0].text))
            continue
        web = any(wider_than(line.text, WRAP_MAX) for line in run)
        # A line's reach is its indent plus its text: an indented first line fills the page too.
        full = None if web else FULL_SHARE * max(line.indent + width(line.text) for line in run)
        current: list[Line] = []
        for line in run:
            if current and starts_paragraph(current[-1], line, full, lettered=lettered):
                _flush(current, paragraphs)
                current = []
            current.append(line)
            lettered = lettered or opens_letters(match_label(line.text))
        _flush(current, paragraphs)
    return paragraphs


def _runs(lines: Sequence[Line]) -> list[list[Line]]:
    """The runs of non-blank lines between blank lines. A blank line after a line of text that
    cannot end a paragraph (``dangles``: "… ตามมาตรฐาน MD5 หรือ"), or before one that cannot
    open one ("ดังต่อไปนี้"), separates nothing: web text and PDFs may give every line a
    paragraph of its own."""
    runs: list[list[Line]] = [[]]
    for line in lines:
        if line.blank:
            if runs[-1]:
                runs.append([])
        elif not runs[-1] and len(runs) > 1 and _goes_on(runs[-2][-1], line):
            runs.pop()
            runs[-1].append(line)
        else:
            runs[-1].append(line)
    return [run for run in runs if run]


_TEXT_WIDTH = 40  # a line of running text, not a heading, a byline ("โดย") or an address line


# "… มีอำนาจหน้าที่" / "ดังต่อไปนี้": no sentence opens with these words, so the line ends the
# sentence above, even with a blank line between (a copy that spaces every line).
_LEAD_IN_TAIL = re.compile(r"(?:ดังต่อไปนี้|ดังนี้)(?: |$)")


def _goes_on(last: Line, line: Line) -> bool:
    if _LEAD_IN_TAIL.match(line.text):
        return True
    return dangles(last.text) and width(last.text) >= _TEXT_WIDTH and match_label(line.text) is None \
        and PARAGRAPH_START.match(line.text) is None


# The purpose sentence that ends a letter's body is a paragraph of its own, even when the
# text has no blank line before it: "จึงเรียนมาเพื่อโปรดทราบ", "จึงกราบเรียนมาเพื่อโปรดพิจารณา";
# so are an order's "ทั้งนี้ ตั้งแต่…" and an agreement's "ทำ ณ … เมื่อวันที่ …"; and a
# committee's duties ("มีหน้าที่ …") under the row of its last member ("… กรรมการและเลขานุการ").
# ของ, และ, หรือ, แก่, ซึ่ง joined to the words after them: a line that opens so goes on from the
# line above (alone on a line, "และ" / "กับ" may stand between two parties, and stay apart).
_JOINS_ABOVE = re.compile(r"(?:ของ|และ|หรือ|แก่|ซึ่ง)[\u0e01-\u0e4e]")
PARAGRAPH_START = re.compile(r"(?:จึง(?:กราบ)?(?:เรียน|แจ้ง|ประกาศ)มา|ทั้งนี้ ตั้งแต่|ทำ ณ |ทำที่ )")


# Words a sentence cannot end on: a line that ends on one goes on in the next line.
_DANGLING_WORD = re.compile(r"(?:โดย|เฉพาะ|และ|หรือ|(?<!สิ่ง)(?<!ข้าว)ของ|ซึ่ง)$")
_DANGLING_LAST = frozenset("ยะอง")  # the last letters of the words above: a cheap first test
_QUOTE_REACH = 80
_COMMA_WIDTH = 40  # a comma ends a wrapped line of text, not a short line of an address block


def dangles(text: str) -> bool:
    """Whether a line cannot end its paragraph: it ends on โดย, เฉพาะ, และ, หรือ, ของ, ซึ่ง; on a
    comma (a line of text, not of an address); or inside a quotation it opened (“…)."""
    last = text[-1:]
    if last in _DANGLING_LAST and _DANGLING_WORD.search(text, max(0, len(text) - 8)):
        return True
    if last == ",":
        return width(text) >= _COMMA_WIDTH
    if "“" not in text:
        return False
    # A quotation opened near the end of the line ("… เรียกว่า “พระราชบัญญัติ…"); a quote opened
    # far back whose close is lost (a caption spliced into it) holds nothing open.
    opened = text.rfind("“")
    return opened > text.rfind("”") and len(text) - opened <= _QUOTE_REACH


# A line ending where a number must follow: a word that cites one ("ตามข้อ", "มาตรา",
# "(ฉบับที่", "เมื่อวันที่") or a cited number and its "และ" ("ข้อ ๓ (๔) และ"). The number that
# opens the next line is the one cited, not an item's: "… ตามข้อ ๓ (๔) และ" / "(๕) ซึ่ง…".
_CITES_NUMBER = re.compile(
    r"(?:(?<!หัว)ข้อ|(?<!ก็)(?<!ติด)ตาม|มาตรา|ฉบับที่|วันที่|เลขที่|ลำดับที่|หมวด(?:ที่)?|ส่วนที่|วรรค(?:ที่)?|(?<![.\u0e01-\u0e4e])[พค]\.ศ\."
    r"|(?:ข้อ|มาตรา|\() ?[0-9๐-๙]+(?:[./][0-9๐-๙]+)*\)? (?:และ|หรือ|ถึง))$")
_BRACKET_REACH = 24
# A line ending on a cited clause's or section's number ("… ตามข้อ ๖", "… มาตรา 14"), and a
# line opening with a bracketed number: the cited number's sub-item ("ข้อ ๖ (๓)") when the
# first line was wrapped by the page.
_CITED_NUMBER_END = re.compile(r"(?:(?<!หัว)ข้อ|มาตรา) ?[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})*$")
_SUB_NUMBER = re.compile(r"\([0-9๐-๙]{1,3}\)")


def holds_open(text: str) -> bool:
    """Whether a line ends where the next must go on: on a word that cites a number (see
    ``_CITES_NUMBER``), or inside a bracket opened near its end ("… โรคติดเชื้อ (COVID" /
    "19) …", "… (ฉบับที่" / "3) …"), so that a number opening the next line closes it."""
    opened = text.rfind("(")
    if opened > text.rfind(")") and len(text) - opened <= _BRACKET_REACH:
        return True
    return text[-1:] in _CITING_LAST and _CITES_NUMBER.search(text, max(0, len(text) - 40)) is not None


_CITING_LAST = frozenset("อาดคะงม.\u0e48")  # the last characters of the words above: a cheap first test


def _is_text_line(line: Line) -> bool:
    """A line of running text in print (``_TEXT_WIDTH`` to ``WRAP_MAX`` columns), however ragged."""
    return len(line.text) >= _TEXT_WIDTH and not wider_than(line.text, WRAP_MAX) and width(line.text) >= _TEXT_WIDTH


def is_wrapped(line: Line) -> bool:
    """Whether a line is as long as a printed line, so that its text goes on below it."""
    return len(line.text) >= WRAP_MIN and not wider_than(line.text, WRAP_MAX) and width(line.text) >= WRAP_MIN


def starts_paragraph(previous: Line, line: Line, full: float | None = 0.0, *, lettered: bool = True) -> bool:
    """Whether ``line`` opens a new paragraph rather than continuing ``previous``.

    ``full`` is the width a line must reach to count as filling the page (see FULL_SHARE);
    None for web text (a run with lines wider than print), whose lines stand alone.
    ``lettered``: whether a lettered list (ก. …) is open above; if not, a line opening with a
    later letter (``numbering.strays``: "น. ทางโทรทัศน์…") under a full printed line goes on
    with it.
    """
    if previous.text.endswith("(") or holds_open(previous.text):
        return False  # "… บันทึกข้อตกลงความร่วมมือ (" / "MOU) 3 ฝ่าย …": the bracket goes on
    if _SUB_NUMBER.match(line.text) and _CITED_NUMBER_END.search(previous.text) and is_wrapped(previous):
        return False  # "… ตามข้อ ๖" / "(๓) ซึ่ง…": the sub-item of the clause cited, as "ข้อ ๖ (๓)"
    if _LEAD_IN_TAIL.match(line.text):
        return False  # "… มีอำนาจหน้าที่" / "ดังต่อไปนี้": the lead-in's last words
    if dangles(previous.text) and match_label(line.text) is None:
        return False  # "… ตามมาตรฐาน MD5 หรือ" / "SHA-1 หรือดีกว่า": no sentence ends so
    if line.indent > previous.indent:
        return True  # a typed paragraph indents its first line
    if _JOINS_ABOVE.match(line.text) and _is_text_line(previous):
        return False  # "ของกระทรวง…" / "และการ…" under a line of text: no sentence opens with these
    if full is None:
        return _LEAD_IN_END.match(line.text) is None
    if not is_wrapped(previous) or previous.indent + width(previous.text) < full:
        return True
    label = match_label(line.text)
    return (label is not None and (lettered or not strays(label))) or PARAGRAPH_START.match(line.text) is not None or (
        DUTIES.match(line.text) is not None and ROLE.search(previous.text) is not None)


def _flush(run: list[Line], paragraphs: list[Paragraph]) -> None:
    if run:
        # One line (most paragraphs of web text) needs no joining: join_wrapped of one part
        # is its text with its spaces collapsed.
        text = collapse_spaces(run[0].text) if len(run) == 1 else join_wrapped(line.text for line in run)
        paragraphs.append(Paragraph(text=text, lines=(run[0].number, run[-1].number)))
