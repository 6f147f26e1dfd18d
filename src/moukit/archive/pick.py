"""``ARCHIVE#REF``: one document out of an archive, as ``moukit diff archive.db#REF1
archive.db#REF2`` compares them (docs/archive.md).

REF is what ``moukit links`` takes — a reference number as printed or not, a title, a file as
the archive records it (``FILE``, ``FILE#n``) or by its own name — and may end in ``@DATE``
(``@2020-04-06``, ``@2563``, ``@1 มีนาคม 2556``) to keep only the documents dated then: a
letter's register numbers restart each year, and editions of a title share it. The document
comes back from the JSON the archive keeps of its file, so nothing is parsed again.
"""

from __future__ import annotations

import os
import sqlite3
from typing import TYPE_CHECKING

from ..diff.select import select_document
from ..errors import ArchiveError, SelectorError
from ..models import Document
from .links import find_documents
from .schema import SUFFIXES
from .search import day, open_archive

if TYPE_CHECKING:
    from ..pipeline import Parse

SQLITE_HEADER = b"SQLite format 3\x00"
SHOWN = 8
"""At most this many of the documents an ambiguous REF matches are named in the error."""


def split_archive_spec(spec: str) -> tuple[str, str] | None:
    """(ARCHIVE, REF) when ``spec`` names a document inside an archive: the text before one of
    its ``#`` ends in .db, .sqlite or .sqlite3 and is an SQLite file (the first such ``#``: a
    REF may hold one, ``archive.db#letter.txt#1``); None otherwise — a file, or FILE#selector."""
    at = spec.find("#")
    while at != -1:
        path = spec[:at]
        if path.lower().endswith(SUFFIXES) and _is_sqlite(path):
            return path, spec[at + 1:]
        at = spec.find("#", at + 1)
    return None


def _is_sqlite(path: str) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:  # missing, a directory, unreadable: not an archive to open
        return False


def archived_document(archive: str, ref: str) -> Document:
    """The one document ``ref`` names in ``archive``; SelectorError when it names none or
    several (the error lists them, each with the REF that picks it alone), ArchiveError when
    ``archive`` is not an archive moukit wrote."""
    connection = open_archive(archive)
    try:
        name, found = matching(connection, ref)
        spec = f"{archive}#{ref}"
        if not found:
            raise SelectorError(f"{spec}: no document in the archive has this reference number, title or file "
                                f"(moukit links {archive} REF, or moukit search, finds one)")
        if len(found) > 1:
            raise SelectorError(f"{spec}: {len(found)} documents in the archive match; pick one: "
                                + "; ".join(_choices(archive, name, found)))
        position, outermost = connection.execute(
            "SELECT d.position, o.json FROM documents d JOIN documents o ON o.file_id = d.file_id AND o.position = 0 "
            "WHERE d.id = ?", (found[0][0],)).fetchone()
    except sqlite3.Error as error:
        raise ArchiveError(f"{archive}: cannot be read: {error}") from None
    finally:
        connection.close()
    if outermost is None:
        raise ArchiveError(f"{archive}: the document {ref!r} has no JSON in the archive")
    try:
        doc = Document.model_validate_json(outermost)
    except ValueError as error:  # pydantic's ValidationError: JSON of another schema
        raise ArchiveError(f"{spec}: the archive's JSON of it is not a Document this moukit reads "
                           f"({str(error).splitlines()[0]}); write the archive again") from None
    if not position:
        return doc
    # An attachment, with its file's source as FILE#n gives it (the diff names each side by it).
    return select_document(doc, str(position), path=spec).model_copy(update={"source": doc.source})


def archived_text(doc: Document, archive: str, spec: str) -> Parse:
    """The parse of the file ``doc`` was archived from, read again for a view that shows text
    (``moukit diff --format unified``): the archive keeps Documents, not text. The file is
    looked for where the archive recorded it (as given to ``batch``, so relative to where it
    ran), then beside the archive; SelectorError when it is not there or has changed since
    (its SHA-256 differs from the archive's), so the text shown is always the archived one's."""
    from ..pipeline import run
    from ..stages.read import read_file

    recorded = doc.source.path if doc.source else None
    unkept = f"{spec}: --format unified shows the file's text, which the archive does not keep"
    if not recorded or not doc.source.sha256:
        raise SelectorError(f"{unkept}, nor its file's name: choose table, json, md or html")
    candidates = [recorded] + ([os.path.join(os.path.dirname(archive), recorded)] if not os.path.isabs(recorded) else [])
    found = next((path for path in candidates if os.path.isfile(path)), None)
    if found is None:
        raise SelectorError(f"{unkept}, and its file {recorded} is not on disk: diff the files themselves, "
                            "or choose table, json, md or html")
    source = read_file(found)
    if source.source.sha256 != doc.source.sha256:
        raise SelectorError(f"{unkept}, and its file {found} has changed since it was archived (its SHA-256 "
                            "differs): diff the files themselves, or choose table, json, md or html")
    return run(source.text, source=source.source)


def matching(connection: sqlite3.Connection, ref: str) -> tuple[str, list[tuple]]:
    """REF without its ``@DATE``, and (id, path, position, kind, date) of each document it
    names, dated within DATE when it has one."""
    name, at, when = ref.rpartition("@")
    try:
        bounds = (day(when, end=False), day(when, end=True)) if at and name else None
    except ArchiveError:  # not a date: the '@' is the REF's own
        bounds = None
    if bounds is None:
        name = ref
    rows = [connection.execute("SELECT d.id, f.path, d.position, d.kind, d.date FROM documents d "
                               "JOIN files f ON f.id = d.file_id WHERE d.id = ?", (doc_id,)).fetchone()
            for doc_id in find_documents(connection, name)]
    if bounds is not None:
        rows = [row for row in rows if row[4] is not None and bounds[0] <= row[4] <= bounds[1]]
    return name, rows


def _choices(archive: str, name: str, found: list[tuple]) -> list[str]:
    """Each match with the REF that names it alone: REF@DATE when no other match has its date,
    else its file (FILE#n)."""
    dates = [row[4] for row in found]
    choices = []
    for _, path, position, kind, date in found[:SHOWN]:
        alone = f"{name}@{date}" if date and dates.count(date) == 1 else f"{path}#{position}"
        choices.append(f"'{archive}#{alone}' ({kind}{', ' + date if date else ''}, {path}#{position})")
    if len(found) > SHOWN:
        choices.append(f"… and {len(found) - SHOWN} more (moukit links {archive} REF lists them)")
    return choices


def describe_matches(archive: str, ref: str) -> str:
    """``moukit diff --list ARCHIVE#REF``: one line per document REF names, each with the
    ARCHIVE#REF that picks it alone."""
    connection = open_archive(archive)
    try:
        name, found = matching(connection, ref)
    finally:
        connection.close()
    lines = [f"{archive}#{ref}: {len(found)} document{'s' if len(found) != 1 else ''} in the archive"]
    if len(found) == 1:
        _, path, position, kind, date = found[0]
        lines.append(f"  '{archive}#{ref}' ({kind}{', ' + date if date else ''}, {path}#{position})")
    else:
        lines += ["  " + choice for choice in _choices(archive, name, found)]
    return "\n".join(lines) + "\n"
