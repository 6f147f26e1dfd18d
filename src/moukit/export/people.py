"""The people of parsed files as flat tables: who signed, and the parties to an agreement.

Three more tables of the kind ``export.tables`` holds (``TABLES``: the Excel workbook's sheets
and ``moukit batch --table``):

- ``signatories``: one row per signature of every document in the file, depth first;
- ``parties``: one row per party (คู่สัญญา) of every document in the file;
- ``members``: one row per member of every committee an order or announcement appoints.

As in the other tables every file has at least one row: a file that failed has its error, and a
file with no signature (or no party) one row whose other columns are empty.
"""

from __future__ import annotations

from ..check.rules import iter_documents
from ..models import Document
from .columns import Column, Row

SIGNATORY_COLUMNS = (
    Column("path", str, "the file, as given or found"),
    Column("document", int, "which document in the file: 0 the outermost, then attachments depth first (FILE#n)"),
    Column("kind", str, "that document's kind"),
    Column("role", str, "signer, witness, countersigner, issuer; in minutes recorder, checker, certifier"),
    Column("honorific", str, "คำนำหน้านาม: 'นาย', 'พลเอก', 'ศ.ดร.'"),
    Column("name", str, "the name without honorific"),
    Column("positions", str, "ตำแหน่ง: the lines under the name, joined with ' / '"),
    Column("party", str, "the party signed for, by name (agreements)"),
    Column("first_line", int, "the signature's first source line"),
    Column("last_line", int, "its last source line"),
    Column("error", str, "for a file that failed: the error code; else empty"),
    Column("error_message", str, "for a file that failed: the one-line message"),
)

PARTY_COLUMNS = (
    Column("path", str, "the file, as given or found"),
    Column("document", int, "which document in the file (FILE#n)"),
    Column("kind", str, "that document's kind: mou, contract"),
    Column("party", int, "the party's number, from 0, as signatories' party refers to it"),
    Column("name", str, "the party's name"),
    Column("abbreviation", str, "its short name as printed in parentheses: 'สสส.'"),
    Column("alias", str, "the name the agreement gives it: 'ผู้ให้ทุน'"),
    Column("first_line", int, "its first source line"),
    Column("last_line", int, "its last source line"),
    Column("error", str, "for a file that failed: the error code; else empty"),
    Column("error_message", str, "for a file that failed: the one-line message"),
)


MEMBER_COLUMNS = (
    Column("path", str, "the file, as given or found"),
    Column("document", int, "which document in the file (FILE#n)"),
    Column("kind", str, "that document's kind: order, announcement"),
    Column("committee", str, "the committee's name as its heading prints it"),
    Column("honorific", str, "คำนำหน้านาม: 'นาย', 'พลเอก', 'ศ.ดร.'"),
    Column("name", str, "the member's name without honorific"),
    Column("position", str, "ตำแหน่ง: the member's post, as printed in the row"),
    Column("role", str, "the role in the committee: 'ประธานกรรมการ', 'กรรมการ', 'กรรมการและเลขานุการ'"),
    Column("first_line", int, "the row's first source line"),
    Column("last_line", int, "its last source line"),
    Column("error", str, "for a file that failed: the error code; else empty"),
    Column("error_message", str, "for a file that failed: the one-line message"),
)


def member_rows(doc: Document) -> list[Row]:
    """One ``members`` row per member of each committee appointed in the file; one empty row if none."""
    path = doc.source.path if doc.source else None
    rows: list[Row] = [
        (path, index, document.kind, appointment.committee, m.honorific, m.name, m.position, m.role, *m.lines,
         None, None)
        for index, document in enumerate(iter_documents(doc))
        for appointment in document.appointments
        for m in appointment.members
    ]
    return rows or [(path, *[None] * (len(MEMBER_COLUMNS) - 1))]


def signatory_rows(doc: Document) -> list[Row]:
    """One ``signatories`` row per signature of each document in the file; one empty row if none."""
    path = doc.source.path if doc.source else None
    rows: list[Row] = []
    for index, document in enumerate(iter_documents(doc)):
        for s in document.signatories:
            party = document.parties[s.party].name if s.party is not None and s.party < len(document.parties) else None
            rows.append((path, index, document.kind, s.role, s.honorific, s.name, " / ".join(s.positions) or None,
                         party, *s.lines, None, None))
    return rows or [(path, *[None] * (len(SIGNATORY_COLUMNS) - 1))]


def party_rows(doc: Document) -> list[Row]:
    """One ``parties`` row per party of each document in the file; one empty row if none."""
    path = doc.source.path if doc.source else None
    rows: list[Row] = [
        (path, index, document.kind, number, p.name, p.abbreviation, p.alias, *p.lines, None, None)
        for index, document in enumerate(iter_documents(doc))
        for number, p in enumerate(document.parties)
    ]
    return rows or [(path, *[None] * (len(PARTY_COLUMNS) - 1))]
