"""Flat tables of parsed files, for CSV, Parquet and Excel (``moukit batch``).

Five tables, each a list of columns and a function from one parsed file to its rows
(``TABLES``, in the order of the Excel workbook's sheets):

- ``documents``: one row per file (its outermost Document; attachments are counted);
- ``clauses``: one row per clause of every document in the file, depth first;
- ``signatories``, ``parties``, ``members``: the people of the file (``export.people``).

Every file has at least one row in every table: a file that failed has one row with its
``error`` and ``error_message``, and a file without clauses (signatures, parties, committee
members) has one row whose other columns are empty. So every file given to a batch can be found in its output, which is
what ``--resume`` relies on. Values are one line each (Document text is whitespace-collapsed),
``None`` is an empty CSV field or a Parquet null, and counts and line numbers are integers.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check.rules import iter_documents
from ..models import Clause, Document, Paragraph
from .columns import Column, Row, Table
from .people import MEMBER_COLUMNS, PARTY_COLUMNS, SIGNATORY_COLUMNS, member_rows, party_rows, signatory_rows

DOCUMENT_COLUMNS = (
    Column("path", str, "the file, as given or found"),
    Column("sha256", str, "SHA-256 of the file's bytes"),
    Column("kind", str, "letter, memo, mou, news, … (SPEC §1.3)"),
    Column("title", str, "the document's own title line"),
    Column("ref", str, "ที่: the reference number as printed"),
    Column("date", str, "the document's date, ISO 8601: header.date, else the signing date (signed.date)"),
    Column("date_precision", str, "what that date prints: 'day', 'month' (no day), 'year' (no day or month)"),
    Column("subject", str, "เรื่อง"),
    Column("addressee", str, "who เรียน / ถึง addresses"),
    Column("signer", str, "the first signer's name, without honorific"),
    Column("signer_position", str, "the first line under that name"),
    Column("clauses", int, "numbered clauses in the body, sub-clauses included"),
    Column("paragraphs", int, "unnumbered paragraphs in the body"),
    Column("signatories", int, "signatures of every role"),
    Column("endorsements", int, "a memo's approval blocks (ความคิดเห็นของ…, คำสั่ง…) under its signature"),
    Column("committees", int, "committees appointed (แต่งตั้งคณะกรรมการ…), in every document of the file"),
    Column("committee_members", int, "their member rows, all committees together"),
    Column("attachments", int, "documents contained in this one"),
    Column("attachment_kinds", str, "their kinds, space-separated: 'mou'"),
    Column("warnings", int, "the parser's warnings"),
    Column("error", str, "for a file that failed: the error code ('input_error'); else empty"),
    Column("error_message", str, "for a file that failed: the one-line message"),
)

CLAUSE_COLUMNS = (
    Column("path", str, "the file, as given or found"),
    Column("document", int, "which document in the file: 0 the outermost, then attachments depth first (FILE#n)"),
    Column("kind", str, "that document's kind"),
    Column("label", str, "the clause number as printed: '(๑)', 'ข้อ ๓.๑'"),
    Column("number", str, "the number normalized: '1', '3.1'"),
    Column("depth", int, "0 for a top-level clause, 1 for its sub-clauses, …"),
    Column("text", str, "the clause's own text, without label and sub-clauses"),
    Column("first_line", int, "its first source line"),
    Column("last_line", int, "its last source line"),
    Column("error", str, "for a file that failed: the error code; else empty"),
    Column("error_message", str, "for a file that failed: the one-line message"),
)


def document_rows(doc: Document) -> list[Row]:
    """The one ``documents`` row of a parsed file."""
    header = doc.header
    date = header.date or (doc.signed.date if doc.signed else None)
    signers = [s for s in doc.signatories if s.role == "signer"] or list(doc.signatories)
    signer = signers[0] if signers else None
    appointments = [a for document in iter_documents(doc) for a in document.appointments]
    values = {
        "path": doc.source.path if doc.source else None,
        "sha256": doc.source.sha256 if doc.source else None,
        "kind": doc.kind,
        "title": doc.title,
        "ref": header.ref.raw if header.ref else None,
        "date": date.iso if date else None,
        "date_precision": date.precision if date else None,
        "subject": header.subject,
        "addressee": header.salutation.addressee if header.salutation else None,
        "signer": signer.name if signer else None,
        "signer_position": signer.positions[0] if signer and signer.positions else None,
        "clauses": sum(1 for _ in _clauses(doc.body)),
        "paragraphs": sum(isinstance(block, Paragraph) for block in doc.body),
        "signatories": len(doc.signatories),
        "endorsements": len(doc.endorsements),
        "committees": len(appointments),
        "committee_members": sum(len(a.members) for a in appointments),
        "attachments": len(doc.attachments),
        "attachment_kinds": " ".join(a.kind for a in doc.attachments) or None,
        "warnings": len(doc.warnings),
        "error": None,
        "error_message": None,
    }
    return [tuple(values[column.name] for column in DOCUMENT_COLUMNS)]


def clause_rows(doc: Document) -> list[Row]:
    """One ``clauses`` row per clause of each document in the file; one empty row if none."""
    path = doc.source.path if doc.source else None
    rows: list[Row] = [
        (path, index, document.kind, clause.label, clause.number, depth, clause.text, *clause.lines, None, None)
        for index, document in enumerate(iter_documents(doc))
        for clause, depth in _clauses(document.body)
    ]
    return rows or [_empty_row(CLAUSE_COLUMNS, path=path)]


def error_rows(table: str, path: str, code: str, message: str) -> list[Row]:
    """The one row of a file that failed, in any table."""
    return [_empty_row(TABLES[table].columns, path=path, error=code, error_message=message)]


TABLES: dict[str, Table] = {
    "documents": Table(DOCUMENT_COLUMNS, document_rows),
    "clauses": Table(CLAUSE_COLUMNS, clause_rows),
    "signatories": Table(SIGNATORY_COLUMNS, signatory_rows),
    "parties": Table(PARTY_COLUMNS, party_rows),
    "members": Table(MEMBER_COLUMNS, member_rows),
}
"""The tables by name, as ``moukit batch --table`` names them; the Excel workbook has one sheet
for each, in this order."""


def workbook_rows(doc: Document) -> dict[str, list[Row]]:
    """The rows of ``doc`` in each sheet of the workbook."""
    return {name: table.rows(doc) for name, table in TABLES.items()}


def workbook_error_rows(path: str, code: str, message: str) -> dict[str, list[Row]]:
    """The one row, in each sheet, of a file that failed."""
    return {name: error_rows(name, path, code, message) for name in TABLES}


def to_rows(doc: Document, table: str = "documents") -> list[dict[str, object]]:
    """The rows ``moukit batch`` writes for ``doc`` in ``table`` ("documents": one row;
    "clauses": one per clause; "signatories", "parties", "members": one per person or party),
    each a dict from column name to value, in column order."""
    if table not in TABLES:
        raise ValueError(f"no table {table!r}; the tables are: {', '.join(TABLES)}")
    columns, rows = TABLES[table]
    return [dict(zip((column.name for column in columns), row)) for row in rows(doc)]


def _clauses(blocks, depth: int = 0) -> Iterator[tuple[Clause, int]]:
    """Each clause in ``blocks`` with its depth, in document order (a clause before its children)."""
    for block in blocks:
        if isinstance(block, Clause):
            yield block, depth
            yield from _clauses(block.children, depth + 1)


def _empty_row(columns: tuple[Column, ...], **values: object) -> Row:
    return tuple(values.get(column.name) for column in columns)
