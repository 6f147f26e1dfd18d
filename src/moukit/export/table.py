"""The table view: a Document rendered with rich for a person at a terminal.

It shows every part the JSON holds, labelled with the Thai part names a civil servant
knows, with the source line of each part in a dim column so values can be checked. Document
text goes into the table as rich ``Text``, never as markup (``[/]`` or ``[link=…]`` in a line
is shown as typed), with its control and bidi characters shown (``visible.py``): nothing from
the file reaches the terminal as an escape sequence. Thai values wrap between words
(``wrap.py``), not wherever the cell ends.
"""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..models import Clause, Document, LineSpan, Paragraph
from ..registry import spec_of
from ..text import display_name
from .visible import shown_model
from .wrap import ThaiText


def to_table(doc: Document) -> RenderableType:
    """A rich renderable of the whole Document, attachments nested."""
    return _document(shown_model(doc))


def _document(doc: Document) -> RenderableType:
    parts: list[RenderableType] = []
    fields = _fields(doc)
    if fields.row_count:
        parts.append(fields)
    if doc.body:
        parts.append(_body(doc))
    if doc.signatories:
        parts.append(_signatories(doc))
    if doc.appointments:
        parts.append(_members(doc))
    parts += [_document(a) for a in doc.attachments]
    if doc.unparsed or doc.warnings:
        parts.append(_problems(doc))
    title = Text.assemble((f"{doc.kind} ", "bold cyan"), (spec_of(doc.kind).thai, "cyan"))
    if doc.title:
        title.append(f" · {doc.title}", style="bold")
    subtitle = f"lines {doc.lines[0]}–{doc.lines[1]}"
    if doc.source and doc.source.path:
        subtitle = f"{doc.source.path} · {doc.source.encoding} · {subtitle}"
    return Panel(Group(*parts), title=title, subtitle=Text(subtitle), box=box.ROUNDED, title_align="left")


def _fields(doc: Document) -> Table:
    table = Table(box=None, show_header=False, padding=(0, 1), expand=True)
    table.add_column("part", style="bold", no_wrap=True)
    table.add_column("value", ratio=1)
    table.add_column("lines", style="dim", no_wrap=True, justify="right")
    h, f = doc.header, doc.footer
    rows: list[tuple[str, str | None, LineSpan | None]] = [
        ("ชั้นความเร็ว", h.urgency, h.lines.urgency),
        ("ชั้นความลับ", h.secrecy, h.lines.secrecy),
        ("ที่", _ref(doc), h.lines.ref),
        ("ส่วนราชการ", _issuer(doc), h.lines.issuer),
        ("วันที่", _date(h.date), h.lines.date),
        ("เรื่อง", h.subject, h.lines.subject),
        ("คำขึ้นต้น", f"{h.salutation.word} {h.salutation.addressee or ''}".strip() if h.salutation else None, h.lines.salutation),
    ]
    rows += [("อ้างถึง", r, h.lines.references) for r in h.references]
    rows += [("สิ่งที่ส่งมาด้วย", _enclosure(e), e.lines) for e in h.enclosures]
    rows += [("คู่สัญญา", p.name + (f" ({p.abbreviation})" if p.abbreviation else ""), p.lines) for p in doc.parties]
    if doc.conclusion:
        rows.append(("ข้อความท้าย", doc.conclusion.text, doc.conclusion.lines))
    rows.append(("คำลงท้าย", doc.closing, doc.closing_lines))
    if doc.signed:
        rows.append(("ลงวันที่", _date(doc.signed.date), doc.signed.lines))
    rows += [
        ("เจ้าของเรื่อง", " / ".join(f.owner_unit) or None, f.lines.owner_unit),
        ("โทร.", ", ".join(f.phone) or None, f.lines.phone),
        ("โทรสาร", ", ".join(f.fax) or None, f.lines.fax),
        ("อีเมล", ", ".join(f.email) or None, f.lines.email),
        ("สำเนาส่ง", " / ".join(f.copies_to) or None, f.lines.copies_to),
        # one span per source line (a news page prints them apart): from the first to the last
        ("ที่มา", " / ".join(f.sources) or None,
         (f.lines.sources[0][0], f.lines.sources[-1][1]) if f.lines.sources else None),
    ]
    for label, value, lines in rows:
        if value:
            table.add_row(label, ThaiText(value), _span(lines))
    return table


def _body(doc: Document) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_edge=False, padding=(0, 1))
    table.add_column("ข้อ", style="bold magenta", no_wrap=True)
    table.add_column("ข้อความ", ratio=1)
    table.add_column("lines", style="dim", no_wrap=True, justify="right")
    for block in doc.body:
        _add_block(table, block, 0)
    return table


def _add_block(table: Table, block: Paragraph | Clause, depth: int) -> None:
    label = "" if isinstance(block, Paragraph) else "  " * depth + block.label
    table.add_row(Text(label), ThaiText(block.text), _span(block.lines))
    if isinstance(block, Clause):
        for child in block.children:
            _add_block(table, child, depth + 1)


def _signatories(doc: Document) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_edge=False, padding=(0, 1))
    for column in ("ผู้ลงนาม", "ตำแหน่ง", "ฝ่าย", "lines"):
        table.add_column(column, style="dim" if column == "lines" else None, ratio=1 if column == "ตำแหน่ง" else None)
    for s in doc.signatories:
        party = doc.parties[s.party].abbreviation or doc.parties[s.party].name if s.party is not None and s.party < len(doc.parties) else ""
        name = display_name(s.honorific, s.name) + ("" if s.role == "signer" else f" ({s.role})")
        table.add_row(Text(name), ThaiText("\n".join(s.positions)), Text(party), _span(s.lines))
    return table


def _members(doc: Document) -> Table:
    """The committees a document appoints: one row per member, under its committee's name."""
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_edge=False, padding=(0, 1))
    for column in ("คณะกรรมการ / กรรมการ", "ตำแหน่ง", "ในคณะ", "lines"):
        table.add_column(column, style="dim" if column == "lines" else None, ratio=1 if column == "ตำแหน่ง" else None)
    for appointment in doc.appointments:
        table.add_row(ThaiText(appointment.committee, style="bold"), Text(""), Text(""), _span(appointment.lines))
        for m in appointment.members:
            table.add_row(Text("  " + display_name(m.honorific, m.name)), ThaiText(m.position or ""),
                          Text(m.role or ""), _span(m.lines))
    return table


def _problems(doc: Document) -> Table:
    table = Table(box=None, show_header=False, padding=(0, 1))
    table.add_column("code", style="yellow", no_wrap=True)
    table.add_column("message", ratio=1)
    for w in doc.warnings:
        table.add_row(w.code, ThaiText(w.message))
    return table


def _ref(doc: Document) -> str | None:
    ref = doc.header.ref
    if ref is None:
        return None
    details = [f"{k} {v}" for k, v in (("agency", ref.agency), ("unit", ref.unit), ("no.", ref.number), ("year", ref.year)) if v]
    return ref.raw + (" (หนังสือเวียน)" if ref.circular else "") + (f"  [{', '.join(details)}]" if details else "")


def _issuer(doc: Document) -> str | None:
    issuer = doc.header.issuer
    return " ".join(x for x in (issuer.name, issuer.address, issuer.postcode) if x) if issuer else None


def _date(date) -> str | None:
    if date is None:
        return None
    return f"{date.raw}  ({date.iso or 'impossible date'})"


def _enclosure(e) -> str:
    return e.text + (f"  [{e.quantity} {e.unit or ''}]" if e.quantity is not None else "")


def _span(lines: LineSpan | None) -> str:
    if not lines:
        return ""
    return str(lines[0]) if lines[0] == lines[1] else f"{lines[0]}–{lines[1]}"
