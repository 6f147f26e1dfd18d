"""The signatures at the end of minutes: the recorder (ผู้จดรายงานการประชุม), the checkers
(ผู้ตรวจรายงานการประชุม), the certifier (ผู้รับรองรายงานการประชุม) and the notes between them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...lines import Line
from ...models import Block, Signatory
from ...parts.body import split_paragraphs
from ...parts.names import looks_like_name
from ...parts.signatures import parse_name_line
from ...text import collapse_spaces, width
from .attendance import is_title_only, split_cells, split_title

# "(ลงชื่อ)", "ลงชื่อ"
SIGN = re.compile(r"\(? *ลงชื่อ *\)?")
_DOTS = re.compile(r"[.…_]{2,}")
_ROLES = ((re.compile(r"ผู้(?:จด|บันทึก)\S*"), "recorder"), (re.compile(r"ผู้ตรวจ\S*"), "checker"),
          (re.compile(r"ผู้รับรอง\S*"), "certifier"))
# A note above signatures: "… คณะกรรมการตรวจรายงานการประชุม… ได้ตรวจแล้วถูกต้อง", "… รับรองแล้ว"
_CONTEXT_ROLES = (("รับรอง", "certifier"), ("ตรวจ", "checker"))
_POSITION_MAX_WIDTH = 50


def read_signatures(lines: Sequence[Line]) -> tuple[list[Signatory], list[Block]]:
    """Signature blocks and the notes between them ("… ได้ตรวจแล้วถูกต้อง …")."""
    signatories: list[Signatory] = []
    paragraphs: list[Block] = []
    context = "signer"
    i = 0
    while i < len(lines):
        if lines[i].blank:
            i += 1
            continue
        block = _read_signature(lines, i, context)
        if block is not None:
            signatory, i = block
            signatories.append(signatory)
            continue
        j = i
        while j < len(lines) and not lines[j].blank and (j == i or not signature_starts(lines[j])):
            j += 1
        found = split_paragraphs(lines[i:j])
        paragraphs.extend(found)
        text = " ".join(p.text for p in found)
        context = next((role for word, role in _CONTEXT_ROLES if word in text), context)
        i = j
    return signatories, paragraphs


def signature_starts(line: Line) -> bool:
    return bool(SIGN.match(line.text)) or parse_name_line(line.text, bare=False) is not None


def _role_of(text: str) -> tuple[str | None, str]:
    for pattern, role in _ROLES:
        match = pattern.search(text)
        if match:
            return role, (text[: match.start()] + "  " + text[match.end() :]).strip()
    return None, text


def _read_signature(lines: Sequence[Line], i: int, context: str) -> tuple[Signatory, int] | None:
    """The block whose first line is ``lines[i]``: (ลงชื่อ) line, (name) line, position lines."""
    sign = SIGN.match(lines[i].text)
    role, honorific, cells = None, None, []
    j = i
    if sign:
        role, rest = _role_of(_DOTS.sub("  ", lines[i].text[sign.end() :]))
        cells = split_cells(rest)
        if cells and is_title_only(cells[0]):
            honorific = cells.pop(0)
        if parse_name_line(lines[i].text, bare=False) is None:
            j = i + 1
            while j < len(lines) and lines[j].blank:
                j += 1
    found = parse_name_line(lines[j].text, bare=False) if j < len(lines) else None
    if found is None:
        # "ลงชื่อ  นายสมชาย ใจดี  ผู้จดรายงานการประชุม" with no name in parentheses under it
        bare = next((cell for cell in cells if looks_like_name(cell)), None) if sign else None
        if bare is None:
            return None
        cells.remove(bare)
        found, j = parse_name_line(bare), i
        if found is None:
            return None
    name_honorific, name = found.honorific, found.name
    if name_honorific is None:
        name_honorific, name = split_title(name)
    # The signature typed as the name ("ลงชื่อ สมศรี ใจงาม") is no position.
    positions = [cell for cell in cells if collapse_spaces(cell) not in (name, f"{honorific or ''}{name}")]
    end = j + 1
    while end < len(lines) and len(positions) < 4:
        text = lines[end].text
        if not text or width(text) > _POSITION_MAX_WIDTH or signature_starts(lines[end]):
            break
        line_role, rest = _role_of(text)
        role = role or line_role
        if rest:
            positions.append(collapse_spaces(rest))
        end += 1
    signatory = Signatory(honorific=honorific or name_honorific, name=name, positions=tuple(positions),
                          role=role or context, lines=(lines[i].number, lines[end - 1].number))
    return signatory, end
