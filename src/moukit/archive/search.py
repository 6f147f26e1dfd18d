"""Searching an archive: ``moukit search archive.db QUERY`` and ``moukit.search(db, query)``.

A query is words separated by spaces, all of which a hit must hold (a double-quoted run is one
word and may hold spaces). Each word is folded as the index was (``archive.fold``): a word of
three characters or more is found as text by the trigram index wherever it stands, a shorter
one, and an abbreviation of three or four consonants (สสส, ครม), as a word by the word index. Hits are texts — a clause, a paragraph, a title, a subject, a
signer's name … — ranked by BM25 (the sum over both indexes), the better first.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..dates import parse_thai_date
from ..errors import ArchiveError
from .fold import ABBREVIATION, ABBREVIATION_AFTER, ABBREVIATION_BEFORE, fold, looked_up_as_word, query_words, squeeze
from .schema import READABLE, UNIT_TEXT, UNIT_TEXT_JOINS, VERSION


@dataclass(frozen=True)
class Hit:
    """One text that matches, with the document it is in."""

    path: str
    """The file, as the batch was given it."""
    document: int
    """Which document in the file: 0 the outermost, then its attachments depth first (FILE#n)."""
    kind: str | None
    ref: str | None
    date: str | None
    """The document's date, ISO 8601."""
    subject: str | None
    """เรื่อง, else the document's title."""
    part: str
    """What matched: clause, paragraph, title, subject, ref, reference, addressee, enclosure,
    party, signatory, member."""
    label: str | None
    """A clause's number as printed; a signatory's role; a member's committee."""
    text: str
    first_line: int
    last_line: int
    score: float
    """BM25, lower is better (as SQLite gives it)."""
    spans: tuple[tuple[int, int], ...]
    """Where the query's words stand in ``text``: (start, end) character offsets."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def open_archive(db: str | os.PathLike[str] | sqlite3.Connection) -> sqlite3.Connection:
    """A connection to an archive moukit wrote; ArchiveError if it is none."""
    if isinstance(db, sqlite3.Connection):
        return db
    path = Path(db)
    if not path.is_file():
        raise ArchiveError(f"{path}: no such archive (write one with: moukit batch INPUT… -o {path.name})")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise ArchiveError(f"{path}: not an archive: {error}") from None
    if version not in READABLE:
        connection.close()
        raise ArchiveError(f"{path}: not an archive moukit wrote (layout {version}, expected {VERSION})")
    return connection


def search(db: str | os.PathLike[str] | sqlite3.Connection, query: str, *, kind: str | None = None,
           since: str | None = None, until: str | None = None, agency: str | None = None,
           limit: int | None = 20, offset: int = 0) -> list[Hit]:
    """The texts of the archive ``db`` that match ``query``, best first.

    ``kind``: only documents of this kind; ``since``/``until``: dated on or after / on or
    before (ISO ``2013-03-01``, a B.E. or C.E. year ``2556``, a Thai date ``1 มีนาคม 2556``);
    ``agency``: its reference's agency letters (มท) or a part of its issuer's name.
    ``limit=None``: every hit.
    """
    connection = open_archive(db)
    try:
        words = query_words(query)
        # An abbreviation is a hit only where it stands as one (fold.ABBREVIATION): the index
        # finds the texts, this test keeps the hits, a page at a time until there are enough.
        bounded = [abbreviation(word) for word in words if ABBREVIATION.fullmatch(squeeze(word))]
        rows: list[tuple] = []
        page, start = (None if limit is None else max(4 * (limit + offset), 200)) if bounded else limit, 0 if bounded else offset
        while True:
            sql, parameters = _query(query, kind, since, until, agency, page, start)
            try:
                found = connection.execute(sql, parameters).fetchall()
            except sqlite3.OperationalError as error:
                raise ArchiveError(f"cannot search for {query!r}: {error}") from None
            rows += [row for row in found if all(pattern.search(row[8]) for pattern in bounded)]
            if not bounded or page is None or len(found) < page or len(rows) >= offset + limit:
                break
            start += page
        if bounded:
            rows = rows[offset:None if limit is None else offset + limit]
        patterns = [highlighter(word) for word in words]
        return [_hit(row, patterns) for row in rows]
    finally:
        if connection is not db:
            connection.close()


def _query(query: str, kind, since, until, agency, limit, offset) -> tuple[str, list[Any]]:
    words = [squeeze(word) for word in query_words(query)]
    if not words:
        raise ArchiveError("an empty query: give a word to look for")
    text = [word for word in words if not looked_up_as_word(word)]
    short = [word for word in words if looked_up_as_word(word)]
    parts, parameters, score = [], [], []
    if text:
        parts.append("SELECT rowid AS id, bm25(fts_text) AS s FROM fts_text WHERE fts_text MATCH ?")
        parameters.append(" AND ".join(_phrase(word) for word in text))
    if short:
        parts.append("SELECT rowid AS id, bm25(fts_words) AS s FROM fts_words WHERE fts_words MATCH ?")
        parameters.append(" AND ".join(_phrase(word) for word in short))
    where, filters = _filters(kind, since, until, agency)
    inner = len(parts) == 1 and not where and limit is not None
    if inner:  # one index, no filter: FTS5 ranks and cuts the page itself, before any join
        index = "fts_text" if text else "fts_words"
        parts[0] = (f"SELECT rowid AS id, rank AS s FROM {index} WHERE {index} MATCH ? "
                    f"ORDER BY rank LIMIT {int(limit)} OFFSET {int(offset)}")
    sources = [f"({part}) AS m{index}" for index, part in enumerate(parts)]
    joined = sources[0] + "".join(f" JOIN {source} ON m{index + 1}.id = m0.id" for index, source in enumerate(sources[1:]))
    score = " + ".join(f"m{index}.s" for index in range(len(parts)))
    sql = (f"SELECT f.path, d.position, d.kind, d.ref, d.date, coalesce(d.subject, d.title), u.part, u.label, "
           f"{UNIT_TEXT}, u.first_line, u.last_line, {score} AS score "
           f"FROM {joined} JOIN units u ON u.id = m0.id {UNIT_TEXT_JOINS} JOIN documents d ON d.id = u.document_id "
           f"JOIN files f ON f.id = d.file_id {where} ORDER BY score, d.date DESC, u.id")
    if limit is not None and not inner:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    return sql, parameters + filters


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _filters(kind, since, until, agency) -> tuple[str, list[Any]]:
    clauses, parameters = [], []
    if kind:
        clauses.append("d.kind = ?")
        parameters.append(kind)
    if since:
        clauses.append("d.date >= ?")
        parameters.append(day(since, end=False))
    if until:
        clauses.append("d.date <= ?")
        parameters.append(day(until, end=True))
    if agency:
        key = fold(agency).replace(".", "")
        clauses.append("(replace(d.agency, '.', '') = ? OR d.issuer LIKE ? OR d.ref LIKE ?)")
        parameters += [key, f"%{agency.strip()}%", f"{agency.strip()}%"]
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", parameters


def day(text: str, *, end: bool) -> str:
    """A --since/--until bound as an ISO day: ``2556`` and ``2013`` are the year's first (or last)
    day, ``2556-03`` a month's, ``2013-03-01`` itself, ``1 มีนาคม 2556`` that day."""
    value = fold(text)
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", value)
    if match:
        year, month, date = int(match.group(1)), match.group(2), match.group(3)
        year -= 543 if year > 2400 else 0  # a Buddhist-era year
        if date:
            return f"{year:04d}-{int(month):02d}-{int(date):02d}"
        if month:
            return f"{year:04d}-{int(month):02d}-{'31' if end else '01'}"
        return f"{year:04d}-{'12-31' if end else '01-01'}"
    parsed = parse_thai_date(text)
    if parsed is None or parsed.iso is None:
        raise ArchiveError(f"{text!r} is not a date: give 2556, 2013, 2013-03-01 or 1 มีนาคม 2556")
    return parsed.iso


def _hit(row: tuple, patterns: list[re.Pattern[str]]) -> Hit:
    path, document, kind, ref, date, subject, part, label, text, first, last, score = row
    spans = sorted({match.span() for pattern in patterns for match in pattern.finditer(text) if match.end() > match.start()})
    return Hit(path, document, kind, ref, date, subject, part, label, text, first, last, score, tuple(spans))


# -- where a folded word stands in the text as printed ------------------------------------------

_GAP = r"[\s\u200b\u200c\u200d\u2060\ufeff\u00ad.]*"
_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"


def highlighter(word: str) -> re.Pattern[str]:
    """A pattern finding ``word`` (folded) in unfolded text: either digit script, ``ำ`` typed
    as ``ํา``, any case, spaces, zero-width marks and abbreviation dots between its letters."""
    pieces = []
    for char in squeeze(word):
        if char.isdigit() and char.isascii():
            pieces.append(f"[{char}{_THAI_DIGITS[int(char)]}]")
        elif char == "\u0e33":
            pieces.append("(?:\u0e33|\u0e4d\u0e32)")
        else:
            pieces.append(re.escape(char))
    return re.compile(_GAP.join(pieces), re.IGNORECASE)


def abbreviation(word: str) -> re.Pattern[str]:
    """``highlighter(word)`` where it stands as an abbreviation (``fold.ABBREVIATION``)."""
    return re.compile(f"(?<!{ABBREVIATION_BEFORE}){highlighter(word).pattern}(?!{ABBREVIATION_AFTER})", re.IGNORECASE)
