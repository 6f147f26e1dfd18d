"""One parsed file as the archive's rows: what a batch worker sends back for ``-o archive.db``.

The rows are plain tuples, cheap to pickle; ids inside one file are local (a document's
position in the file, "#0" the outermost; a clause's position among the file's clauses) and
the writer (``archive.writer``) turns them into the archive's ids. The text the search index
holds of each unit (``archive.fold.indexed``) is computed here, in the worker, where the parse is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..check.rules import iter_documents
from ..export.tables import DOCUMENT_COLUMNS, document_rows
from ..models import Clause, Document, Paragraph
from .fold import fold, indexed
from .links import citations, edition, name_key, ref_key
from .schema import DOCUMENT_FIELDS

_FIELD_INDEX = [[column.name for column in DOCUMENT_COLUMNS].index(name) for name in DOCUMENT_FIELDS]


@dataclass
class FileRows:
    """A file's rows, table by table; each row of a part starts with its document's position."""

    file: tuple
    """(path, sha256, encoding, bytes, error, error_message)"""
    documents: list[tuple] = field(default_factory=list)
    """(position, parent position, *DOCUMENT_FIELDS, agency, issuer, ref_key, name_key, edition,
    first_line, last_line, json): json only on the outermost, which holds its attachments, as
    UTF-8 bytes (pickled as they are: a str is encoded to be pickled and decoded again)."""
    clauses: list[tuple] = field(default_factory=list)
    """(document, text id, parent's text id, tree_path, label, number, depth, text, first, last):
    a clause is its own unit (``archive.schema``)."""
    paragraphs: list[tuple] = field(default_factory=list)
    """(document, text id, position, text, first, last, unparsed)"""
    signatories: list[tuple] = field(default_factory=list)
    parties: list[tuple] = field(default_factory=list)
    references: list[tuple] = field(default_factory=list)
    enclosures: list[tuple] = field(default_factory=list)
    warnings: list[tuple] = field(default_factory=list)
    units: list[tuple] = field(default_factory=list)
    """(document, text id, part, label, text, first, last): the texts with no row of their own."""
    citations: list[tuple] = field(default_factory=list)
    """(document, relation, ref_key, name_key, edition, date, evidence, line)"""
    texts: int = 0
    """Text ids given: clauses, paragraphs and units share them, 0, 1, … in reading order
    (the writer adds the archive's next id)."""
    index: list[tuple] = field(default_factory=list)
    """(text id, indexed text) of each text that folds to something, in the ids' order."""

    def text_id(self, text: str) -> int:
        """The next text id, for ``text``; its index entry with it."""
        if folded := fold(text):
            self.index.append((self.texts, indexed(folded)))
        self.texts += 1
        return self.texts - 1


def file_rows(doc: Document) -> FileRows:
    """Every row the archive keeps for a parsed file."""
    source = doc.source
    rows = FileRows((source.path if source else None, source.sha256 if source else None,
                     source.encoding if source else None, source.bytes if source else None, None, None))
    parents: dict[int, int | None] = {0: None}
    for position, document in enumerate(iter_documents(doc)):
        _children_positions(document, position, parents)
        _document(rows, position, parents[position], document, doc if position == 0 else None)
    return rows


def error_file_rows(path: str, sha256: str | None, code: str, message: str) -> FileRows:
    return FileRows((path, sha256, None, None, code, message))


def _children_positions(document: Document, position: int, parents: dict[int, int | None]) -> None:
    # Depth first, as iter_documents walks: a child's position follows its parent's subtree.
    following = position + 1
    for attachment in document.attachments:
        parents[following] = position
        following += sum(1 for _ in iter_documents(attachment))


def _document(rows: FileRows, position: int, parent: int | None, document: Document,
              outermost: Document | None) -> None:
    shared = document_rows(document)[0]
    header = document.header
    rows.documents.append((
        position, parent, *(shared[index] for index in _FIELD_INDEX),
        header.ref.agency if header.ref else None,
        header.issuer.name if header.issuer else None,
        ref_key(header.ref) if header.ref else None,
        name_key(document.title) if document.title else None,
        edition(document.title) if document.title else None,
        *document.lines,
        type(outermost).__pydantic_serializer__.to_json(outermost) if outermost is not None else None,
    ))
    unit = _units(rows, position)
    if document.title:
        unit("title", None, document.title, document.title_lines or document.lines)
    if header.subject:
        unit("subject", None, header.subject, header.lines.subject or document.lines)
    if header.ref:
        unit("ref", None, header.ref.raw, header.lines.ref or document.lines)
    if header.salutation and header.salutation.addressee:
        unit("addressee", None, header.salutation.addressee, header.lines.salutation or document.lines)
    for index, text in enumerate(header.references):
        rows.references.append((position, index, text))
        unit("reference", None, text, header.lines.references or document.lines)
    for index, party in enumerate(document.parties):
        rows.parties.append((position, index, party.name, party.abbreviation, party.alias, *party.lines))
        unit("party", None, " ".join(filter(None, (party.name, party.abbreviation, party.alias))), party.lines)
    for index, enclosure in enumerate(header.enclosures):
        rows.enclosures.append((position, index, enclosure.text, enclosure.quantity, enclosure.unit, *enclosure.lines))
        unit("enclosure", None, enclosure.text, enclosure.lines)
    _body(rows, position, document)
    for index, signatory in enumerate(document.signatories):
        rows.signatories.append((position, index, signatory.role, signatory.honorific, signatory.name,
                                 "\n".join(signatory.positions), signatory.party, *signatory.lines))
        unit("signatory", signatory.role, " ".join(filter(None, (signatory.honorific, signatory.name,
                                                                    *signatory.positions))), signatory.lines)
    for appointment in document.appointments:
        for member in appointment.members:
            text = " ".join(filter(None, (member.honorific, member.name, member.position, member.role)))
            unit("member", appointment.committee, text, member.lines)
    for warning in document.warnings:
        rows.warnings.append((position, warning.code, warning.message, warning.line))
    rows.citations.extend((position, *citation) for citation in citations(document))


def _units(rows: FileRows, position: int):
    def unit(part: str, label: str | None, text: str, lines: tuple[int, int]) -> None:
        if fold(text):  # a text that folds to nothing is no unit
            rows.units.append((position, rows.text_id(text), part, label, text, *lines))
    return unit


def _body(rows: FileRows, position: int, document: Document) -> None:
    def walk(blocks, parent: int | None, path: str, depth: int) -> None:
        for block in blocks:
            if isinstance(block, Clause):
                local = rows.text_id(block.text)
                tree_path = f"{path}/{block.number}" if path else block.number
                rows.clauses.append((position, local, parent, tree_path, block.label, block.number, depth,
                                     block.text, *block.lines))
                walk(block.children, local, tree_path, depth + 1)
            elif isinstance(block, Paragraph):
                paragraph(block, 0)

    def paragraph(block: Paragraph, unparsed: int) -> None:
        rows.paragraphs.append((position, rows.text_id(block.text), len(rows.paragraphs) - first_paragraph,
                                block.text, *block.lines, unparsed))

    first_paragraph = len(rows.paragraphs)
    walk(document.body, None, "", 0)
    for block in document.unparsed:
        paragraph(block, 1)
