"""Nothing is lost (SPEC §1.4): every non-blank source line lands in some part of the Document.

``element_spans`` lists the line span of every leaf part of a Document (header parts,
blocks, signatories, footer parts, unparsed text …), attachments included. ``account``
is the pipeline's last stage: a non-blank line that no part covers goes to ``unparsed``
with a warning, so a gap in a parser can never drop text silently.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..lines import Line
from ..models import Clause, Document, LineSpan
from ..notes import Notes


def element_spans(doc: Document) -> Iterator[tuple[str, LineSpan]]:
    """(part name, span) for every leaf part of ``doc`` and its attachments."""
    if doc.title_lines:
        yield "title", doc.title_lines
    for name, value in doc.header.lines:
        if value:
            yield f"header.{name}", value
    for item in doc.header.enclosures:
        yield "header.enclosures", item.lines
    for party in doc.parties:
        yield "parties", party.lines
    for block in doc.body:
        yield from _block_spans(block)
    if doc.conclusion:
        yield "conclusion", doc.conclusion.lines
    if doc.closing_lines:
        yield "closing", doc.closing_lines
    if doc.signed:
        yield "signed", doc.signed.lines
    for signatory in doc.signatories:
        yield "signatories", signatory.lines
    for name, value in doc.footer.lines:
        if name == "sources":
            for source in value:
                yield "footer.sources", source
        elif value:
            yield f"footer.{name}", value
    for appointment in doc.appointments:
        for member in appointment.members:
            yield "appointments", member.lines
        for block in appointment.duties:
            yield from _block_spans(block)
    for endorsement in doc.endorsements:
        yield "endorsements", endorsement.lines
    if doc.meeting:
        for group in (doc.meeting.present, doc.meeting.absent, doc.meeting.attending):
            for person in group:
                yield "meeting", person.lines
    for paragraph in doc.unparsed:
        yield "unparsed", paragraph.lines
    for attachment in doc.attachments:
        yield from element_spans(attachment)


def _block_spans(block) -> Iterator[tuple[str, LineSpan]]:
    yield block.type, block.lines
    if isinstance(block, Clause):
        for child in block.children:
            yield from _block_spans(child)


def covered_lines(doc: Document) -> set[int]:
    covered: set[int] = set()
    for _, (first, last) in element_spans(doc):
        covered.update(range(first, last + 1))
    return covered


def account(doc: Document, lines: Sequence[Line]) -> Document:
    """Put every non-blank line that no part covers into ``unparsed``, with a warning."""
    covered = covered_lines(doc)
    missing = [line for line in lines if line.number not in covered and not line.blank]
    if not missing:
        return doc
    notes = Notes()
    notes.keep(missing, code="unaccounted_line", what="text")
    return doc.model_copy(update={
        "unparsed": tuple(sorted(doc.unparsed + tuple(notes.unparsed), key=lambda p: p.lines)),
        "warnings": tuple(sorted(doc.warnings + tuple(notes.warnings), key=_warning_order)),
    })


def _warning_order(warning) -> tuple[int, str]:
    return (warning.line or 0, warning.code)
