"""Writing the archive: ``moukit batch INPUT… -o archive.db``.

Each file's rows go in together — its ``files`` row, its documents and their parts, its search
units and their index entries — and are committed in groups (every ``COMMIT_FILES`` files or
``COMMIT_SECONDS``): a run killed at any moment leaves every file whole or absent, and the
files it had not committed are parsed again by ``--resume``. SQLite's write-ahead log makes a
commit cheap; closing the archive turns it back into one self-contained file.

``--resume`` goes by the file's SHA-256: a file whose bytes are those the archive recorded is
skipped, one that changed on disk has its rows taken out and is parsed again, and a file the
archive does not hold is added. ``--retry-failed`` parses again the files recorded as failed.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from pathlib import Path
from typing import Any

from ..errors import BatchUsageError, OutputError
from .fold import fold, indexed
from .links import resolve_links
from .rows import FileRows, error_file_rows
from .schema import ENCODING, SUFFIXES, TABLES, TEXT_TABLES, VERSION

COMMIT_FILES = 200
COMMIT_SECONDS = 2.0
FLUSH_FILES = 10
"""Rows go to SQLite every this many files, inside the commit group: while the writer is in
SQLite it reads no results, and the workers' outcomes (about 47 KB a file) wait in their pipes;
a flush of 200 files (about 0.13 s) filled them, the workers stopped until it ended and a core
idled. Ten files take about 10 ms, which the pipes hold (the build: wall -7 %, CPU -3 %)."""
CACHE_KIB = 8192
"""SQLite's page cache while writing (its default is 2 MiB): the index's merges read back
fewer pages (-10 % of the writer's CPU at 1,000 files; 64 MiB does no better)."""
INDEX_SETTINGS = {"hashsize": 16 << 20, "automerge": 16, "crisismerge": 64}
"""FTS5's settings for the trigram index (kept in the archive, for a resumed run too): terms
gathered in memory up to 16 MiB before they are written (its default, 1 MiB, writes many small
segments), and segments merged 16 at a time (its default, 4, merges the same entries more
often): -25 % of the index's CPU at 1,000 files (docs/performance.md)."""

_PARTS = {  # table: its columns after document_id, as FileRows holds them
    "signatories": "position, role, honorific, name, positions, party, first_line, last_line",
    "parties": "position, name, abbreviation, alias, first_line, last_line",
    '"references"': "position, text",
    "enclosures": "position, text, quantity, unit, first_line, last_line",
    "warnings": "code, message, line",
    "citations": "relation, ref_key, name_key, edition, date, evidence, line",
}


_INSERTS = {  # table: its INSERT, in the order a file's rows go in (parents first)
    "documents": f"INSERT INTO documents VALUES ({', '.join('?' * 30)})",
    "clauses": "INSERT INTO clauses (id, document_id, parent_id, tree_path, label, number, depth, text, first_line, "
               "last_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "paragraphs": "INSERT INTO paragraphs VALUES (?, ?, ?, ?, ?, ?, ?)",
    **{table: f"INSERT INTO {table} (document_id, {columns}) VALUES (?{', ?' * (columns.count(',') + 1)})"
       for table, columns in _PARTS.items()},
    "units": "INSERT INTO units VALUES (?, ?, ?, ?, ?, ?, ?)",
    "fts_text": "INSERT INTO fts_text (rowid, text) VALUES (?, ?)",
}


def is_archive(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def open_archive(path: Path, *, resume: bool, retry_failed: bool = False) -> ArchiveOutput:
    """The archive at ``path``, open for ``batch`` to write (anew, or resumed)."""
    try:
        return ArchiveOutput(path, resume=resume, retry_failed=retry_failed)
    except sqlite3.DatabaseError as error:
        raise BatchUsageError(f"{path}: not an archive moukit can append to ({error})") from None


class ArchiveOutput:
    """An open archive, as ``batch`` writes one (the interface of ``batch.output.Output``)."""

    form = "archive"
    """What the batch's workers send for each file: ``archive.rows.FileRows``."""

    def __init__(self, path: Path, *, resume: bool, retry_failed: bool = False):
        self.path = self.writing = path
        self.done: set[str] = set()
        self.failed = self.retried = 0
        fresh = not resume or not path.exists()
        if fresh:
            for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                stale.unlink(missing_ok=True)
        self._db = connect(path)
        # Its ids are the writer's own, parents written first: checking each row's parents cost
        # 5 % of the writer (remove_file deletes a file's rows itself). Readers keep the checks.
        self._db.execute("PRAGMA foreign_keys = OFF")
        if fresh:  # before anything is written: both are fixed when the file is made
            self._db.execute(f"PRAGMA encoding = '{ENCODING}'")
            self._db.execute("PRAGMA auto_vacuum = INCREMENTAL")  # close() gives back the pages merges freed
        self._db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = NORMAL")
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version == 0 and not self._db.execute("SELECT 1 FROM sqlite_master").fetchone():
            settings = "".join(f"INSERT INTO fts_text (fts_text, rank) VALUES ('{name}', {value}); "
                               for name, value in INDEX_SETTINGS.items())
            self._db.executescript(f"BEGIN; {TABLES} {settings} PRAGMA user_version = {VERSION}; COMMIT;")
        elif version != VERSION:
            self._db.close()
            raise BatchUsageError(f"{path}: not an archive moukit writes (layout {version}, expected {VERSION}); "
                                  "refusing to append to it")
        else:
            self._read_back(retry_failed)
        self._next = {"documents": self._max_id("documents") + 1,
                      "texts": max(self._max_id(table) for table in TEXT_TABLES) + 1}
        self._pending, self._since = 0, time.monotonic()
        self._pending_rows: dict[str, list[tuple]] = {table: [] for table in _INSERTS}
        self._db.execute("BEGIN")

    # -- resume -------------------------------------------------------------------------------

    def _read_back(self, retry_failed: bool) -> None:
        stale = []
        for file_id, name, sha256, error in self._db.execute("SELECT id, path, sha256, error FROM files").fetchall():
            now = file_sha256(name)  # a file gone from disk keeps its record
            if (now is not None and now != sha256) or (error and retry_failed):
                stale.append(file_id)
                self.retried += bool(error and retry_failed)
            else:
                self.done.add(name)
                self.failed += error is not None
        self._db.execute("BEGIN")
        for file_id in stale:
            remove_file(self._db, file_id)
        self._db.execute("COMMIT")

    # -- writing ------------------------------------------------------------------------------

    def write(self, outcome) -> None:
        rows = outcome.payload
        if not isinstance(rows, FileRows):  # an ErrorRecord
            rows = error_file_rows(outcome.path, file_sha256(outcome.path), rows.code, rows.message)
        try:
            self._insert(rows)
            self._pending += 1
            if self._pending % FLUSH_FILES == 0:
                self._flush()
            if self._pending >= COMMIT_FILES or time.monotonic() - self._since >= COMMIT_SECONDS:
                self._flush()
                self._db.execute("COMMIT")
                self._db.execute("BEGIN")
                self._pending, self._since = 0, time.monotonic()
        except sqlite3.Error as error:
            raise OutputError(f"{self.path}: cannot write: {error}") from None

    def _insert(self, rows: FileRows) -> None:
        db = self._db
        old = db.execute("SELECT id FROM files WHERE path = ?", (rows.file[0],)).fetchone()
        if old:  # the same path given twice, or found again: the last parse wins
            self._flush()
            remove_file(db, old[0])
        file_id = db.execute("INSERT INTO files (path, sha256, encoding, bytes, error, error_message) "
                             "VALUES (?, ?, ?, ?, ?, ?)", rows.file).lastrowid
        pending = self._pending_rows
        documents = self._ids("documents", len(rows.documents))
        pending["documents"] += [(documents[row[0]], file_id, None if row[1] is None else documents[row[1]], row[0],
                                  *row[2:-1], None if row[-1] is None else row[-1].decode())
                                 for row in rows.documents]
        base = self._ids("texts", rows.texts).start  # a text's id: base + its id in the file
        pending["clauses"] += [(base + row[1], documents[row[0]], None if row[2] is None else base + row[2], *row[3:])
                               for row in rows.clauses]
        pending["paragraphs"] += [(base + row[1], documents[row[0]], *row[2:]) for row in rows.paragraphs]
        for table in _PARTS:
            pending[table] += [(documents[row[0]], *row[1:]) for row in getattr(rows, table.strip('"'))]
        pending["units"] += [(base + row[1], documents[row[0]], *row[2:]) for row in rows.units]
        # In the ids' order (FTS5 writes out what it holds whenever an id comes below the last one)
        pending["fts_text"] += [(base + text_id, text) for text_id, text in rows.index]

    def _flush(self) -> None:
        """The rows of the files written since the last flush, a table at a time (one statement
        for many files costs less than one a file: -11 % of the writer's CPU), parents first."""
        for table, rows in self._pending_rows.items():
            if rows:
                self._db.executemany(_INSERTS[table], rows)
                rows.clear()

    def _max_id(self, table: str) -> int:
        return self._db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]

    def _ids(self, table: str, count: int) -> range:
        first = self._next[table]
        self._next[table] = first + count
        return range(first, first + count)

    # -- closing ------------------------------------------------------------------------------

    def close(self) -> None:
        try:
            self._flush()
            self._db.execute("COMMIT")
            # Statistics first: without them the planner joins the citations to the documents
            # by scanning (35 s at 12,000 documents, quadratic; 0.06 s with them).
            self._db.execute("ANALYZE documents")
            self._db.execute("ANALYZE citations")
            resolve_links(self._db)
            self._db.execute("PRAGMA optimize")
            self._db.execute("PRAGMA incremental_vacuum")
            try:  # one self-contained file again, unless a reader has it open (Datasette)
                self._db.execute("PRAGMA journal_mode = DELETE")
            except sqlite3.OperationalError:
                pass  # the log stays beside it until the next writer: the archive is whole either way
            self._db.close()
        except sqlite3.Error as error:
            raise OutputError(f"{self.path}: cannot write: {error}") from None

    def abort(self) -> None:
        """Stop after an exception: keep every file committed, and the current group too (each
        file in it was written whole)."""
        try:
            self.close()
        except Exception:  # noqa: BLE001 - the exception that stopped the batch is the one to report
            self._db.close()


def remove_file(db: sqlite3.Connection, file_id: int) -> None:
    """A file's rows out of the archive, its index entries with them (inside the caller's
    transaction). The index keeps no copy of the text, so an entry is removed by giving the
    text it was made from again (a text that folds to nothing has none: ``FileRows.text_id``). The
    rows are deleted table by table, every table that refers to a document (the writer runs
    without SQLite's foreign-key actions)."""
    for table in TEXT_TABLES:
        for text_id, text in db.execute(f"SELECT x.id, x.text FROM {table} x JOIN documents d ON d.id = x.document_id "
                                        "WHERE d.file_id = ?", (file_id,)).fetchall():
            if folded := fold(text or ""):
                db.execute("INSERT INTO fts_text (fts_text, rowid, text) VALUES ('delete', ?, ?)",
                           (text_id, indexed(folded)))
    documents = "SELECT id FROM documents WHERE file_id = ?"
    for table, column in _references(db, "documents"):
        db.execute(f'DELETE FROM "{table}" WHERE "{column}" IN ({documents})', (file_id,))
    db.execute("DELETE FROM documents WHERE file_id = ?", (file_id,))
    db.execute("DELETE FROM files WHERE id = ?", (file_id,))


def _references(db: sqlite3.Connection, parent: str) -> list[tuple[str, str]]:
    """(table, column) of every other table's foreign key to ``parent``, as the schema declares them."""
    tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return [(table, key[3]) for table in tables if table != parent
            for key in db.execute(f'PRAGMA foreign_key_list("{table}")') if key[2] == parent]


def file_sha256(name: str) -> str | None:
    """The file's SHA-256 now, or None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(name, "rb") as file:
            while chunk := file.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def describe(path: Path) -> dict[str, Any]:
    """Counts of what an archive holds (for reports and tests)."""
    db = connect(path)
    try:
        return {table: db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                for table in ("files", "documents", "clauses", "paragraphs", "units", "links")}
    finally:
        db.close()
