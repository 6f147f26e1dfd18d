"""The end of a letter or memo: คำลงท้าย, the signature block and the footer under it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..lines import Line
from ..models import Footer, Signatory
from ..notes import Notes
from ..text import collapse_spaces, wider_than
from ..vocabulary import EN_CLOSING
from .footer import FOOTER_LABEL, parse_footer
from .numbering import match_label
from .salutation import closing_end, closing_text
from .signatures import chain_start, parse_name_line, read_signers, sign_roles

# Where a position line ends and the owner unit begins when no blank line separates them:
# "สำนักส่งเสริมการพัฒนาเศรษฐกิจ…", "กองคลัง", "ส่วนส่งเสริม…", "กลุ่มงาน…"
_UNIT_START = re.compile(r"(?:สำนัก|กอง|ส่วน|กลุ่ม|ฝ่าย|งาน|ศูนย์)")
# Lines between the closing and the name that belong to neither: "(ลงชื่อ)", "|", a dotted line.
_NAME_SEARCH = 4
_UNIT_WIDTH = 80
"""An owner unit's line is a unit's name ("สำนักส่งเสริมการพัฒนาเศรษฐกิจ…"), never a sentence."""
_SENDER_LINES = 3


@dataclass
class Ending:
    """The parts found at the end of a letter or memo."""

    body_end: int
    """Index of the first line after the body."""
    closing: str | None = None
    closing_line: int | None = None
    closing_last: int | None = None
    """The closing's last line: an English closing may wrap onto a second."""
    signatories: list[Signatory] = field(default_factory=list)
    footer: Footer = field(default_factory=Footer)


def read_ending(lines: Sequence[Line], start: int, notes: Notes) -> Ending:
    """Find the closing, signature and footer after the body that starts at ``start``."""
    closing_at, closing_last = _find_closing(lines, start)
    if closing_at is not None:
        closing = closing_text(lines, closing_at, closing_last)
        ending = Ending(body_end=closing_at, closing=closing, closing_line=lines[closing_at].number,
                        closing_last=lines[closing_last].number)
        latin = EN_CLOSING.match(closing or "") is not None
        name_at = _find_name(lines, closing_last + 1, notes, latin=latin)
    else:
        name_at = _last_parenthesized_name(lines, start)
        if name_at is not None:
            # Several signers (a committee, names side by side) sign one after another: the
            # body ends above the first of them, not above the last.
            name_at = chain_start(lines, name_at, start)
        ending = Ending(body_end=name_at if name_at is not None else len(lines))
        latin = False
    if name_at is None:
        if closing_at is not None:
            # No signer read under the closing: what stands there is kept, not lost.
            notes.keep(line for line in lines[closing_last + 1 :] if not line.blank)
        return ending
    signers = read_signers(lines, name_at, stop=FOOTER_LABEL, latin=latin)
    if signers is None:  # _find_name and chain_start saw a name; kept all the same
        notes.keep(line for line in lines[name_at:] if not line.blank)
        return ending
    after = signers.end
    last, owner_unit = _split_owner_unit(signers.signatories[-1], lines, signers.last_name, after)
    ending.signatories.extend(signers.signatories[:-1] + [last])
    footer_start = after
    if not owner_unit:
        owner_unit, footer_start = owner_unit_lines(lines, after)
    footer, leftover = parse_footer(lines[footer_start:], owner_unit)
    ending.footer = footer
    # what follows the signature and is no footer part is past the letter's end: the page's
    # (a quoted letter's) or, for a file's own letter, kept in unparsed
    notes.spill(leftover)
    return ending


def _find_closing(lines: Sequence[Line], start: int) -> tuple[int | None, int]:
    """The first and last index of the first closing at or after ``start`` (None, -1 if none)."""
    for i in range(start, len(lines)):
        if (last := closing_end(lines, i)) is not None:
            return i, last
    return None, -1


def _find_name(lines: Sequence[Line], start: int, notes: Notes, *, latin: bool = False) -> int | None:
    skipped: list[Line] = []
    for i in range(start, len(lines)):
        if lines[i].blank:
            continue
        if parse_name_line(lines[i].text, latin=latin) or (
                sign_roles(lines[i].text) is not None and i + 1 < len(lines)
                and parse_name_line(lines[i + 1].text, latin=latin)):
            notes.keep(skipped)
            return i
        skipped.append(lines[i])
        if len(skipped) >= _NAME_SEARCH:
            break
    return None


def _last_parenthesized_name(lines: Sequence[Line], start: int) -> int | None:
    # Without a closing (memos often have none) the signature is the last name printed in
    # parentheses: "(นายสมชาย ใจดี)".
    for i in range(len(lines) - 1, start - 1, -1):
        if lines[i].text.lstrip("| ").startswith("(") and parse_name_line(lines[i].text, bare=False):
            return i
    # …else a message's sender: a name with its title or rank among the last lines, only its
    # positions under it ("พลเอก ประยุทธ์ จันทร์โอชา" / "นายกรัฐมนตรี").
    tail = [i for i in range(start, len(lines)) if not lines[i].blank][-_SENDER_LINES:]
    return next((i for i in tail if parse_name_line(lines[i].text)), None)


def owner_unit_lines(lines: Sequence[Line], after: int) -> tuple[list[Line], int]:
    """The unlabelled lines between the signature block and the first footer label."""
    owner: list[Line] = []
    for i in range(after, len(lines)):
        line = lines[i]
        if line.blank:
            if owner:
                return (owner, i) if _label_follows(lines, i) else ([], after)
            continue
        if FOOTER_LABEL.match(line.text):
            return owner, i
        if match_label(line.text) or wider_than(line.text, _UNIT_WIDTH):
            # "2. ข้อความสารจาก…": the next item of the page, not a unit's name
            return [], after
        owner.append(line)
    return ([], after) if len(owner) > 3 or not owner else (owner, len(lines))


def _label_follows(lines: Sequence[Line], i: int) -> bool:
    for line in lines[i:]:
        if not line.blank:
            return FOOTER_LABEL.match(line.text) is not None
    return True


def _split_owner_unit(signatory: Signatory, lines: Sequence[Line], name_at: int,
                      after: int) -> tuple[Signatory, list[Line]]:
    # Text extracted without blank lines runs the position lines into the owner unit; the
    # unit lines start with a unit word and end right above the telephone line.
    if after >= len(lines) or not FOOTER_LABEL.match(lines[after].text):
        return signatory, []
    position_lines = list(lines[name_at + 1 : after])
    k = len(position_lines)
    while k > 1 and _UNIT_START.match(position_lines[k - 1].text):
        k -= 1
    if k == len(position_lines):
        return signatory, []
    kept = tuple(collapse_spaces(line.text.strip("| ")) for line in position_lines[:k])
    last = position_lines[k - 1].number
    return signatory.model_copy(update={"positions": kept, "lines": (signatory.lines[0], last)}), position_lines[k:]
