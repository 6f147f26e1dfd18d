"""Signature blocks: the signer's name and the position lines under it (THAI-FORMATS §2)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..lines import Line
from ..models import Signatory
from ..text import collapse_spaces, wider_than
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
                    stop: "re.Pattern[str] | None" = None, latin: bool = False) -> tuple[Signatory, int] | None:
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
