"""Documents quoted inside one line of a report: where they start and end in the line, and the
lines a reader sees in them.

A news page may run a whole ประกาศ or คำสั่ง into one paragraph, in quotes: "…ได้เผยแพร่
พระบรมราชโองการ ประกาศ แต่งตั้งรัฐมนตรี โดยมีใจความว่า “ประกาศ ตามที่… บัดนี้… ทั้งนี้ ตั้งแต่
บัดนี้เป็นต้นไป ประกาศ ณ วันที่ ๙ มกราคม พุทธศักราช ๒๕๖๗ เป็นปีที่ ๙ ในรัชกาลปัจจุบัน
ผู้รับสนองพระบรมราชโองการ เศรษฐา ทวีสิน นายกรัฐมนตรี”". The rule a reader applies: *a quotation
that opens with an issuance's title and holds its dating formula (ประกาศ ณ วันที่, สั่ง ณ วันที่ …)
is that issuance, quoted whole*. Its words are the quotation's only; the reporter's words
around it stay the report's (``Cut``).

Lines are the unit of the model, so a quoted document is handed to its kind's parser as the
lines it would print on paper (``unfold``): its title (with เรื่อง …), its text, the effect
sentence (ทั้งนี้ …), the dating formula, the countersigning label and the signer's name and
position — each a ``Line`` with the source line's number, cut where the words of those parts
begin, nothing added or dropped.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..dates import find_thai_date
from ..lines import Line
from ..parts.names import split_honorific
from ..registry import KindId
from ..text import collapse_spaces
from ..vocabulary import BODY_OPENERS, EFFECT_LABEL, SIGNING_LINE, words
from .titles import title_kind

# The quote's opening, and a royal command's own heading, which the report's words keep.
_OPENING = re.compile(r"“ *")
_HEADING = re.compile(r"พระบรมราชโองการ +")
_TITLE_REACH = 60
"""A title is looked for in this many characters after the opening quote."""
_KINDS = (KindId.announcement, KindId.order, KindId.regulation)
"""The kinds that close with a dating formula (ประกาศ ณ วันที่, สั่ง ณ วันที่, ให้ไว้ ณ วันที่)."""
# Where the text begins after the title ("… เรื่อง ห้ามอากาศยาน… ด้วยปรากฏว่า…"), and where the
# effect sentence begins ("… ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป")
_OPENER = re.compile(" " + words(BODY_OPENERS))
_EFFECT = re.compile(f" {EFFECT_LABEL} ")
# A document quoted whole has text between its title and its dating: its first words, its effect
# sentence, or a royal command's "บัดนี้" / "ให้ประกาศว่า"; a title cited with its date has none.
_TEXT_MARK = re.compile(f"{_OPENER.pattern}|{_EFFECT.pattern}| บัดนี้|ให้ประกาศว่า")
# After the date: "เป็นปีที่ ๙ ในรัชกาลปัจจุบัน"
_REIGN_YEAR = re.compile(r" *เป็นปีที่ *[0-9๐-๙]+ *ในรัชกาลปัจจุบัน")
_COUNTERSIGN = "ผู้รับสนองพระบรมราชโองการ"
_NAME_WORDS = 2
"""A signer's name printed without its honorific is its given name and family name."""


class Cut(NamedTuple):
    """Where a quoted document lies in its line (character offsets into ``Line.text``)."""

    start: int
    """Its first character, after the opening quote (and a royal command's heading)."""
    end: int
    """Just past its last character, before the closing quote (the line's end if none)."""
    outer: str
    """The line without the document's words: the reporter's words before and after them,
    with the quotation marks (and a royal command's heading, พระบรมราชโองการ)."""


def quoted_issuance(text: str) -> tuple[KindId, Cut] | None:
    """The issuance quoted whole in ``text``, if any: its kind and where it lies."""
    for opening in _OPENING.finditer(text):
        start = _after_heading(text, opening.end())
        kind = title_kind(text[start: start + _TITLE_REACH].split(" เรื่อง ")[0].split(" ")[0])
        if kind not in _KINDS:
            continue
        close = text.find("”", start)
        end = len(text) if close < 0 else close
        dating = SIGNING_LINE.search(text, start, end)
        if dating is None:
            continue  # a title named in quotes ("…ตาม“ประกาศกระทรวง…”") is no document quoted
        if not _TEXT_MARK.search(text, start, dating.start()):
            continue  # a title cited in quotes with its date ("“ประกาศ… เรื่อง … ประกาศ ณ วันที่ …”"): no text
        return kind, Cut(start, end, _outer(text, start, end))
    return None


def verbatim_cut(text: str, start: int) -> Cut | None:
    """The cut of a document whose words begin at ``start`` in ``text`` (after ``ความว่า``),
    in quotes or not; None when nothing follows on the line."""
    rest = text[start:]
    words_start = start + len(rest) - len(rest.lstrip(" “\""))
    if words_start >= len(text):
        return None
    quoted = text[words_start - 1: words_start] in "“\""
    words_start = _after_heading(text, words_start)
    close = text.find("”", words_start) if quoted else -1
    end = len(text) if close < 0 else close
    return Cut(words_start, end, _outer(text, words_start, end))


def _after_heading(text: str, start: int) -> int:
    heading = _HEADING.match(text, start)
    return heading.end() if heading else start


def _outer(text: str, start: int, end: int) -> str:
    return f"{text[:start].rstrip()} {text[end:].lstrip()}".strip()


def cut_lines(line: Line, cut: Cut, *, whole: bool) -> tuple[list[Line], list[Line]]:
    """The first lines of the quoted document, and what stays in the report of its first line.

    ``whole``: the document is this line alone, an issuance run into it (unfolded into the
    lines it would print); else its words run on in the lines below, as they are.
    """
    words_ = line.text[cut.start: cut.end]
    first = unfold(line.number, words_) if whole else [Line(line.number, words_.strip(), line.indent, line.page_break)]
    return first, [Line(line.number, cut.outer, line.indent, line.page_break)] if cut.outer else []


def unfold(number: int, text: str) -> list[Line]:
    """The lines an issuance run into one line would print (see the module docstring)."""
    dating = SIGNING_LINE.search(text)
    head, tail = (text[: dating.start()], text[dating.start():]) if dating else (text, "")
    opener = _OPENER.search(head)
    title, body = (head[: opener.start()], head[opener.start():]) if opener else (head, "")
    first, _, subject = title.strip().partition(" ")
    if subject and " เรื่อง " not in f" {title} " and title_kind(first):
        block = [first, subject]  # "ประกาศ แต่งตั้งรัฐมนตรี": a royal command's unlabelled subject
    else:
        block = [title]  # "ประกาศสำนักนายกรัฐมนตรี เรื่อง …": the title line reads its เรื่อง
    effect = _EFFECT.search(body)
    text_pieces = [body[: effect.start()], body[effect.start():]] if effect else [body]
    # A blank line closes the title block, as the rule under a printed title does (the issuance
    # parser reads an unlabelled subject above it).
    return [*_lines(number, block), Line(number, ""), *_lines(number, [*text_pieces, *_closing(tail)])]


def _lines(number: int, pieces: list[str]) -> list[Line]:
    return [Line(number, collapse_spaces(piece)) for piece in pieces if piece.strip()]


def _closing(tail: str) -> list[str]:
    """The dating formula with its date (and the year of the reign), the countersigning label,
    the signer's name and the position after it."""
    if not tail:
        return []
    found = find_thai_date(tail)
    end = found[2] if found else len(tail)
    reign = _REIGN_YEAR.match(tail, end)
    end = reign.end() if reign else end
    pieces, rest = [tail[:end]], collapse_spaces(tail[end:])
    if rest.startswith(_COUNTERSIGN):
        pieces.append(_COUNTERSIGN)
        rest = rest[len(_COUNTERSIGN):].strip()
    honorific, name = split_honorific(rest)
    words_ = name.split(" ")
    if len(words_) > _NAME_WORDS:  # "เศรษฐา ทวีสิน นายกรัฐมนตรี": the name, then the position
        cut = len(rest) - len(" ".join(words_[_NAME_WORDS:]))
        pieces += [rest[:cut], rest[cut:]]
    else:
        pieces.append(rest)
    return pieces
