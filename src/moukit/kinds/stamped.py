"""หนังสือประทับตรา (kind ``stamped``): ที่ · ถึง · ข้อความ · the issuing agency · its stamp ·
the date · owner unit · โทร. (THAI-FORMATS §1 item 3). No closing and no signature: the
agency's stamp stands for them, so the agency and date come after the body."""

from __future__ import annotations

from collections.abc import Sequence

from ..dates import is_date_line, parse_thai_date
from ..lines import Line, span
from ..misread import reading_ocr
from ..models import Document, Issuer
from ..notes import Notes
from ..parts.body import split_paragraphs
from ..parts.ending import owner_unit_lines
from ..parts.footer import is_footer_label, parse_footer
from ..parts.header import HeaderScan, scan_header
from ..parts.salutation import closing_end
from ..text import collapse_spaces, width
from .letter import parse_letter

_AGENCY_WIDTH = 80


def parse_stamped(kind: str, lines: Sequence[Line], notes: Notes) -> Document:
    scan = scan_header(lines, 0, notes)
    # In a scan, the date is looked for above the โทร line: a date under it is another document's
    # (a page that OCR read whole, its stamp's date lost as speckle, and a letter sent with it).
    end = next((i for i in range(scan.end, len(lines)) if is_footer_label(lines[i].text)), len(lines)) \
        if reading_ocr() else len(lines)
    date_at = next((i for i in range(end - 1, scan.end - 1, -1) if is_date_line(lines[i].text)), None)
    if date_at is None and end < len(lines) and not any(closing_end(lines, i) is not None for i in range(scan.end, end)):
        return _without_date(kind, lines, scan, end, notes)
    if date_at is None:
        return parse_letter(kind, lines, notes)  # signed like a letter after all
    agency_start = date_at
    while agency_start > scan.end and (lines[agency_start - 1].blank or width(lines[agency_start - 1].text) <= _AGENCY_WIDTH):
        if lines[agency_start - 1].blank and any(not line.blank for line in lines[agency_start:date_at]):
            break
        agency_start -= 1
    agency = [line for line in lines[agency_start:date_at] if not line.blank]
    body = split_paragraphs(lines[scan.end : agency_start])
    owner, footer_start = owner_unit_lines(lines, date_at + 1)
    footer, leftover = parse_footer(lines[footer_start:], owner)
    notes.keep(leftover)
    header = scan.header
    updates: dict = {"date": parse_thai_date(lines[date_at].text)}
    where = {"date": (lines[date_at].number,) * 2}
    if agency:
        updates["issuer"] = Issuer(name=collapse_spaces(" ".join(l.text for l in agency)), address=None, postcode=None)
        where["issuer"] = (agency[0].number, agency[-1].number)
    header = header.model_copy(update={**updates, "lines": header.lines.model_copy(update=where)})
    return Document(kind=kind, lines=span(lines), header=header, body=tuple(body), footer=footer)


_OWNER_LINES = 3


def _without_date(kind: str, lines: Sequence[Line], scan: HeaderScan, end: int, notes: Notes) -> Document:
    """A scan whose stamp OCR lost, and the agency and date printed in it: the text down to the
    owner unit over the โทร line (``lines[end]``), no date claimed, what follows kept unparsed."""
    start = end
    while start > scan.end and not lines[start - 1].blank and end - start < _OWNER_LINES:
        start -= 1
    owner, footer_start = owner_unit_lines(lines, start)
    footer, leftover = parse_footer(lines[footer_start:], owner)
    notes.keep(leftover)
    body = split_paragraphs(lines[scan.end : start])
    return Document(kind=kind, lines=span(lines), header=scan.header, body=tuple(body), footer=footer)
