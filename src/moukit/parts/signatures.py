"""Signature blocks: the signer's name and the position lines under it (THAI-FORMATS §2)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..lines import Line
from ..models import Signatory
from ..text import collapse_spaces, wider_than, width
from .names import looks_like_name, split_honorific
from .numbering import match_label

# Marks that PDF extraction leaves around a signature: "(นายโชคชัย เตชะธนรัญ) |",
# "| (ลงชื่อ) ……………", "ลงชื่อ นายสมชาย ใจดี".
_STRAY_MARKS = " |.…_"
_SIGN_WORD = re.compile(r"\(?ลงชื่อ\)?")

# A signer of a letter in English: "General Prayut Chan-o-cha (Ret.)", "HUN SEN", "Mr. KISHIDA
# Fumio"; a bare name counts with a rank or title, "(Ret.)" or in capitals.
_EN_NAME = re.compile(r"(?:(?P<rank>General|Gen\.|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|H\.E\.) )?"
                      r"(?P<name>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){1,3})(?P<retired> \(Ret\.\))?")

_POSITION_WIDTH = 100
BARE_NAME = re.compile(r"[\u0e01-\u0e4e]{2,30} [\u0e01-\u0e4e]{2,30}$")
"""A signer printed without honorific or parentheses: "ธีระเกียรติ เจริญเศรษฐศิลป์"."""

# "(นายโชคชัย เตชะธนรัญ)" — the full name in parentheses under the signature.
_PARENTHESIZED = re.compile(r"\(([^()]{2,80})\)")


def _strip_marks(text: str) -> str:
    text = text.strip(_STRAY_MARKS)
    sign = _SIGN_WORD.match(text)
    return text[sign.end() :].strip(_STRAY_MARKS) if sign else text


def _only_sign_marks(prefix: str) -> bool:
    # What may stand before the parenthesized name on its line: "(ลงชื่อ) ………… (นาย…)"
    rest = prefix.strip(_STRAY_MARKS)
    return not rest or _SIGN_WORD.fullmatch(rest) is not None


@dataclass(frozen=True, slots=True)
class NameLine:
    honorific: str | None
    name: str


def parse_name_line(text: str, *, bare: bool = True, latin: bool = False) -> NameLine | None:
    """A signer's name line -> honorific and name; None when the line is no name.

    With ``bare`` a name without parentheses counts when it starts with an honorific
    ("พลเอก ประยุทธ์ จันทร์โอชา"); a parenthesized one always counts.
    """
    cleaned = _strip_marks(text)
    match = _PARENTHESIZED.search(cleaned) if cleaned.endswith(")") else None
    if match and match.start() > 0 and not _only_sign_marks(cleaned[: match.start()]):
        match = None
    if match:
        content = collapse_spaces(match.group(1))
        if not looks_like_name(content, honorific_required=False):
            return None  # "(สสส.)", "(สำนัก ๓)": an abbreviation or a remark, not a name
        return NameLine(*split_honorific(content))
    cleaned = collapse_spaces(cleaned)
    if bare and cleaned and looks_like_name(cleaned):
        return NameLine(*split_honorific(cleaned))
    english = _EN_NAME.fullmatch(cleaned) if bare and cleaned[:1].isascii() else None
    # Under a closing in English (``latin``) the signer's name may stand bare: "Don Pramudwinai".
    if english and (latin or english.group("rank") or english.group("retired") or english.group("name").isupper()):
        return NameLine(english.group("rank"), english.group("name"))
    return None


def parse_signature(lines: Sequence[Line], start: int, *, role: str = "signer",
                    stop: re.Pattern[str] | None = None, latin: bool = False) -> tuple[Signatory, int] | None:
    """The signature block whose name line is ``lines[start]``.

    Position lines follow the name up to a blank line, a line matching ``stop`` (footer
    labels), or the next name. Returns the Signatory and the index after the block.
    """
    found = parse_name_line(lines[start].text, latin=latin)
    if found is None:
        return None
    positions: list[str] = []
    end = start + 1
    while end < len(lines):
        text = lines[end].text
        if not text or (stop is not None and stop.match(text)) or parse_name_line(text, bare=False) \
                or wider_than(text, _POSITION_WIDTH) or match_label(text):
            break  # a position is a short, unnumbered line: a numbered or long one is text again
        positions.append(collapse_spaces(text.strip("| ")))
        end += 1
    signatory = Signatory(
        honorific=found.honorific,
        name=found.name,
        positions=tuple(p for p in positions if p),
        role=role,
        lines=(lines[start].number, lines[end - 1].number),
    )
    return signatory, end


# A form's signing line: "ลงชื่อ.........................", "ลงชื่อ…………ผู้ตรวจรับ", "(ลงชื่อ) ____";
# two side by side: "ลงชื่อ.........ประธานกรรมการ     ลงชื่อ.........กรรมการ".
_SIGN_SPLIT = re.compile(r"\(?ลงชื่อ\)?")
_GAP = re.compile(r" {3,}")


def sign_roles(text: str) -> list[str] | None:
    """The roles printed after the dots of a signing line ("ลงชื่อ……ผู้ตรวจรับ" -> ["ผู้ตรวจรับ"],
    "" when none), one per ``ลงชื่อ``; None when the line is no bare signing line (it carries a
    name, or is no signing line at all)."""
    stripped = text.strip("| ")
    if not _SIGN_WORD.match(stripped):
        return None
    roles = []
    for segment in _SIGN_SPLIT.split(stripped)[1:]:
        if segment[:1] not in ("", *_STRAY_MARKS, " "):
            return None  # "ลงชื่อเข้าร่วม": a word of text, not a form's signing line
        role = collapse_spaces(segment.strip(_STRAY_MARKS + " "))
        if "(" in role or wider_than(role, 40) or (role and parse_name_line(role)):
            return None  # "ลงชื่อ (นายสมชาย ใจดี)", "ลงชื่อ นายสมชาย ใจดี": a name, not a role
        roles.append(role)
    return roles


def name_columns(line: Line) -> list[tuple[int, NameLine]] | None:
    """Names printed side by side on one line, each with the column it starts at:
    "(นายเอ  บีซี)          (นางดี  อีเอฟ)"; None unless there are two or more."""
    if line.text.count("(") < 2 or _GAP.search(line.text) is None:
        return None  # two names side by side are two in parentheses, a column gap apart
    found = []
    for column, segment in _columns(line):
        name = parse_name_line(segment, bare=False)
        if name is None:
            return None
        found.append((column, name))
    return found if len(found) > 1 else None


def _columns(line: Line) -> list[tuple[int, str]]:
    """The pieces of a line between column gaps, each with the column it starts at."""
    found, offset, column = [], 0, line.indent
    for gap in _GAP.finditer(line.text):
        found.append((column, line.text[offset : gap.start()]))
        column += width(line.text[offset : gap.end()])
        offset = gap.end()
    found.append((column, line.text[offset:]))
    return found


def parse_signature_row(lines: Sequence[Line], start: int, roles: Sequence[str] = (), *,
                        stop: re.Pattern[str] | None = None) -> tuple[list[Signatory], int] | None:
    """Signers printed side by side: the names on ``lines[start]``, each position line split at
    its column gaps and each piece given to the name whose column is nearest."""
    names = name_columns(lines[start])
    if names is None:
        return None
    positions: list[list[str]] = [[role] if role else [] for role in roles][: len(names)]
    positions += [[] for _ in range(len(names) - len(positions))]
    end = start + 1
    while end < len(lines):
        text = lines[end].text
        if not text or (stop is not None and stop.match(text)) or parse_name_line(text, bare=False) \
                or name_columns(lines[end]) or match_label(text):
            break
        for column, piece in _columns(lines[end]):
            nearest = min(range(len(names)), key=lambda k: abs(names[k][0] - column))
            positions[nearest].append(collapse_spaces(piece.strip("| ")))
        end += 1
    span = (lines[start].number, lines[end - 1].number)
    return [Signatory(honorific=name.honorific, name=name.name, positions=tuple(p for p in held if p), lines=span)
            for (_, name), held in zip(names, positions)], end


@dataclass
class Signers:
    """Signature blocks read one after another (``read_signers``)."""

    signatories: list[Signatory]
    end: int
    """Index after the last block."""
    last_name: int
    """Index of the last block's name line."""


def _skip_blank(lines: Sequence[Line], i: int) -> int:
    while i < len(lines) and lines[i].blank:
        i += 1
    return i


def read_signers(lines: Sequence[Line], start: int, *, stop: re.Pattern[str] | None = None,
                 latin: bool = False) -> Signers | None:
    """The signature blocks from ``lines[start]`` on: each an optional signing line (``ลงชื่อ……``,
    with the role printed after its dots) over a name — or names side by side — and the position
    lines under it. The first block may be a bare name with its title; a later one needs its
    parentheses, ลงชื่อ before it or a signing line above it, so that an owner unit is never
    taken for a signer."""
    found: list[Signatory] = []
    end = last_name = start
    i = start
    while (j := _skip_blank(lines, i)) < len(lines):
        roles = sign_roles(lines[j].text)
        k = _skip_blank(lines, j + 1) if roles is not None else j
        if k >= len(lines) or (found and roles is None and not is_name_line(lines[k])):
            break
        row = parse_signature_row(lines, k, roles or (), stop=stop)
        if row is not None:
            block, after = row
        elif (single := parse_signature(lines, k, stop=stop, latin=latin)) is not None:
            signatory, after = single
            if roles and roles[0]:  # "ลงชื่อ……ประธานกรรมการ": the capacity signed in
                signatory = signatory.model_copy(update={"positions": (roles[0], *signatory.positions)})
            block = [signatory]
        else:
            break
        if roles is not None:
            block = [s.model_copy(update={"lines": (lines[j].number, s.lines[1])}) for s in block]
        found.extend(block)
        end, last_name, i = after, k, after
    return Signers(found, end, last_name) if found else None


def chain_start(lines: Sequence[Line], name_at: int, floor: int) -> int:
    """Where the signature blocks that end with the one named at ``name_at`` begin: blocks
    above it (a name, its short position lines, an optional signing line) are walked up, so
    that a memo signed by a committee keeps all its signers."""
    first = name_at
    while True:
        j = first - 1
        while j >= floor and lines[j].blank:
            j -= 1
        if j >= floor and first == name_at and sign_roles(lines[j].text) is not None:
            first = j  # this block's own signing line
            continue
        k, held = j, 0
        while k >= floor and not lines[k].blank and held < 4 and not is_name_line(lines[k]) \
                and not wider_than(lines[k].text, _POSITION_WIDTH) and not match_label(lines[k].text):
            k, held = k - 1, held + 1
        if k < floor or lines[k].blank or not is_name_line(lines[k]):
            return first
        first = k
        above = k - 1
        while above >= floor and lines[above].blank:
            above -= 1
        if above >= floor and sign_roles(lines[above].text) is not None:
            first = above


def is_name_line(line: Line) -> bool:
    """A signer's name in parentheses, names side by side, or a name after ลงชื่อ:
    "(นายสมชาย  ใจดี)", "ลงชื่อ นายสมชาย ใจดี"."""
    text = line.text.lstrip("| ")
    if text.startswith("("):
        return parse_name_line(line.text, bare=False) is not None or name_columns(line) is not None
    if _SIGN_WORD.match(text):
        return parse_name_line(line.text) is not None
    return name_columns(line) is not None
