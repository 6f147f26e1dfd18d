"""Markdown: a Document as a page a person reads (and diffs) in a text editor or on the web."""

from __future__ import annotations

from ..models import Clause, Document, Paragraph
from ..registry import spec_of
from ..text import display_name
from .visible import escape_markdown, shown_model


def to_markdown(doc: Document) -> str:
    """The Document as Markdown, attachments as sections after it: document text escaped, so
    that it cannot add a heading, a code fence or a link; its controls shown (``visible.py``)."""
    doc = shown_model(doc)
    return "\n".join(_document(doc, level=1)).rstrip() + "\n"


def _document(doc: Document, level: int) -> list[str]:
    heading = "#" * level
    title = doc.title or doc.header.subject or spec_of(doc.kind).thai
    out = [f"{heading} {_escape(title)}", "", f"*{doc.kind}* · {spec_of(doc.kind).thai} · lines {doc.lines[0]}–{doc.lines[1]}", ""]
    out += _header(doc)
    if doc.parties:
        out += ["**Parties**", ""] + [f"- {_party(p)}" for p in doc.parties] + [""]
    for block in doc.body:
        out += _block(block, depth=0)
    if doc.conclusion:
        out += [_escape(doc.conclusion.text), ""]
    if doc.closing:
        out += [f"*{_escape(doc.closing)}*", ""]
    for s in doc.signatories:
        name = display_name(s.honorific, s.name)
        positions = "; ".join(s.positions)
        out.append(f"- **{_escape(name)}**" + (f" — {_escape(positions)}" if positions else "") + (f" ({s.role})" if s.role != "signer" else ""))
    if doc.signatories:
        out.append("")
    for appointment in doc.appointments:
        out += _appointment(appointment)
    for endorsement in doc.endorsements:
        out += _endorsement(endorsement)
    out += _footer(doc)
    for attachment in doc.attachments:
        out += _document(attachment, level + 1)
    if doc.unparsed:
        out += [f"{heading}# Unparsed", ""] + [f"- line {p.lines[0]}: {_escape(p.text)}" for p in doc.unparsed] + [""]
    return out


def _header(doc: Document) -> list[str]:
    h = doc.header
    rows = [
        ("ชั้นความเร็ว", h.urgency), ("ชั้นความลับ", h.secrecy),
        ("ที่", h.ref.raw if h.ref else None),
        ("ส่วนราชการ", " ".join(x for x in (h.issuer.name, h.issuer.address, h.issuer.postcode) if x) if h.issuer else None),
        ("วันที่", h.date.raw if h.date else None),
        ("เรื่อง", h.subject),
        ("คำขึ้นต้น", " ".join(x for x in (h.salutation.word, h.salutation.addressee) if x) if h.salutation else None),
        ("อ้างถึง", "; ".join(h.references) or None),
        ("สิ่งที่ส่งมาด้วย", "; ".join(e.text for e in h.enclosures) or None),
    ]
    rows = [(k, v) for k, v in rows if v]
    if not rows:
        return []
    return ["| | |", "|---|---|"] + [f"| {k} | {_escape(v)} |" for k, v in rows] + [""]


def _footer(doc: Document) -> list[str]:
    f = doc.footer
    rows = [("ส่วนราชการเจ้าของเรื่อง", f.owner_unit), ("โทร.", f.phone), ("โทรสาร", f.fax),
            ("ไปรษณีย์อิเล็กทรอนิกส์", f.email), ("สำเนาส่ง", f.copies_to), ("ที่มา", f.sources)]
    return [f"{k}: {_escape('; '.join(v))}  " for k, v in rows if v] + ([""] if any(v for _, v in rows) else [])


def _block(block: Paragraph | Clause, depth: int) -> list[str]:
    if isinstance(block, Paragraph):
        return [_escape(block.text), ""] if depth == 0 else ["  " * depth + _escape(block.text)]
    out = ["  " * depth + f"- **{_escape(block.label)}** {_escape(block.text)}"]
    for child in block.children:
        out += _block(child, depth + 1)
    return out + ([""] if depth == 0 else [])


def _appointment(appointment) -> list[str]:
    """A committee: its name, one line per member (name, position, role), its duties."""
    out = [f"**{_escape(appointment.committee)}**", ""]
    for m in appointment.members:
        extra = " — ".join(x for x in (m.position, m.role) if x)
        out.append(f"- {_escape(display_name(m.honorific, m.name))}" + (f" — {_escape(extra)}" if extra else ""))
    out += [""] if appointment.members else []
    for block in appointment.duties:
        out += _block(block, depth=0)
    return out


def _endorsement(endorsement) -> list[str]:
    """A memo's approval block: its heading, text, signer and date."""
    out = [f"> **{_escape(endorsement.heading)}**" if endorsement.heading else ">"]
    if endorsement.text:
        out.append(f"> {_escape(endorsement.text)}")
    if endorsement.signer:
        signer = display_name(endorsement.signer.honorific, endorsement.signer.name)
        positions = "; ".join(endorsement.signer.positions)
        out.append(f"> — {_escape(signer)}" + (f", {_escape(positions)}" if positions else ""))
    if endorsement.date:
        out.append(f"> {_escape(endorsement.date.raw)}")
    return out + [""]


def _party(party) -> str:
    extra = ", ".join(x for x in (party.abbreviation, party.alias) if x)
    return _escape(party.name) + (f" ({_escape(extra)})" if extra else "")


def _escape(text: str) -> str:
    # Keep Markdown from reading document text as markup (headings, fences, tables, emphasis,
    # links, HTML).
    return escape_markdown(text)
