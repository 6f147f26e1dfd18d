"""Searching an archive: ``moukit search archive.db QUERY`` and ``moukit.search(db, query)``.

A query is words separated by spaces, all of which a hit must hold (a double-quoted run is one
word and may hold spaces). Each word is folded as the index was (``archive.fold``) and found by
the trigram index: a word of three characters or more as text, wherever it stands; a shorter
one by the trigrams it begins, each text then kept only where the word is one of its words
(``fold.words``: segmented when asked, not when the archive was built); an abbreviation of
three consonants (สสส, ครม) only where it stands as one. Hits are texts — a clause, a
paragraph, a title, a subject, a signer's name … — ranked by BM25, the better first. An
archive of layout 1 or 2 looks its short words up in its word index (``fts_words``).
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, NamedTuple

from ..dates import parse_thai_date
from ..errors import ArchiveError
from .fold import (
    ABBREVIATION,
    ABBREVIATION_AFTER,
    ABBREVIATION_BEFORE,
    CLOSING,
    fold,
    holds_word,
    looked_up_as_word,
    query_words,
    squeeze,
)
from .schema import READABLE, VERSION, WORD_INDEX, text_columns, text_joins


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
    score: float | None
    """BM25, lower is better (as SQLite gives it); None for the hits of short words that come
    in the archive's order (``RANKED_CANDIDATES``)."""
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
        layout = connection.execute("PRAGMA user_version").fetchone()[0]
        word_index = layout in WORD_INDEX
        # The index gives the texts that may hold the words; a text is a hit when each
        # abbreviation stands as one there (fold.ABBREVIATION) and, without a word index, each
        # short word is one of its words (fold.words).
        bounded = [abbreviation(word) for word in words if ABBREVIATION.fullmatch(squeeze(word))]
        short = [] if word_index else [squeeze(word) for word in words if looked_up_as_word(squeeze(word))]
        filters = _filters(kind, since, until, agency)
        try:
            sources = _sources(connection, words, word_index)
            if sources is None:
                rows = []
            elif bounded or short:
                rows = _checked(connection, layout, sources, filters, lambda text: _holds(text, bounded, short),
                                limit, offset)
            else:
                sql, parameters = _query(layout, sources, filters, limit, offset)
                rows = connection.execute(sql, parameters).fetchall()
        except sqlite3.OperationalError as error:
            raise ArchiveError(f"cannot search for {query!r}: {error}") from None
        patterns = [highlighter(word) for word in words]
        return [_hit(row, patterns) for row in rows]
    finally:
        if connection is not db:
            connection.close()


def _holds(text: str, bounded: list[re.Pattern[str]], short: list[str]) -> bool:
    if not all(pattern.search(text) for pattern in bounded):
        return False
    folded = fold(text) if short else text
    return all(holds_word(folded, word) for word in short)


class _Sources(NamedTuple):
    """The index queries a search joins: one per index it looks in."""

    indexes: list[str]
    """The full-text tables asked, "fts_text" / "fts_words": one MATCH query each (``_match``)."""
    parameters: list[str]
    ranked: bool = True
    """False: the hits come in the archive's order (``RANKED_CANDIDATES``)."""


def _sources(connection: sqlite3.Connection, words: list[str], word_index: bool) -> _Sources | None:
    """What to ask each index for ``words`` (folded); None when a short word stands nowhere in
    the archive."""
    words = [squeeze(word) for word in words]
    if not words:
        raise ArchiveError("an empty query: give a word to look for")
    short = [word for word in words if looked_up_as_word(word)]
    text = [_phrase(word) for word in words if not looked_up_as_word(word)]
    ranked = True
    if short and not word_index:
        candidates = []
        for word in short:
            terms, texts = _short_word_terms(connection, word)
            if not terms:
                return None
            text.append(terms)
            candidates.append(texts)
        ranked = len(text) > len(short) or min(candidates) <= RANKED_CANDIDATES
        short = []
    indexes, parameters = [], []
    if text:
        indexes.append("fts_text")
        parameters.append(" AND ".join(text))
    if short:
        indexes.append("fts_words")
        parameters.append(" AND ".join(_phrase(word) for word in short))
    return _Sources(indexes, parameters, ranked)


def _match(index: str, score: str | None = None) -> str:
    """The MATCH query of one index, giving (id, s): a unit and its score (BM25 by default;
    FTS5's ``rank`` where it ranks and cuts the page itself)."""
    return f"SELECT rowid AS id, {score or f'bm25({index})'} AS s FROM {index} WHERE {index} MATCH ?"


def _row(layout: int, unit: str) -> tuple[str, str]:
    """A hit's row for the unit id ``unit`` (an SQL expression): (path, document, kind, ref,
    date, subject, part, label, text, first line, last line), and the joins it needs."""
    return (f"SELECT f.path, d.position, d.kind, d.ref, d.date, coalesce(d.subject, d.title), {text_columns(layout)}",
            f"{text_joins(layout, unit)} JOIN files f ON f.id = d.file_id")


def _query(layout: int, sources: _Sources, filters: tuple[str, list[Any]], limit: int | None,
           offset: int) -> tuple[str, list[Any]]:
    """The SQL of a page of hits, best first (every hit when ``limit`` is None)."""
    where, parameters = filters
    inner = len(sources.indexes) == 1 and not where and limit is not None
    if inner:  # one index, no filter: FTS5 ranks and cuts the page itself, before any join
        parts = [_match(sources.indexes[0], "rank") + f" ORDER BY rank LIMIT {int(limit)} OFFSET {int(offset)}"]
    else:
        parts = [_match(index) for index in sources.indexes]
    joined, score = _joined(parts)
    select, joins = _row(layout, "m0.id")
    sql = f"{select}, {score} AS score FROM {joined} {joins} {where} ORDER BY score, d.date DESC, m0.id"
    if limit is not None and not inner:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    return sql, sources.parameters + parameters


def _joined(parts: list[str]) -> tuple[str, str]:
    sources = [f"({part}) AS m{index}" for index, part in enumerate(parts)]
    joined = sources[0] + "".join(f" JOIN {source} ON m{index + 1}.id = m0.id" for index, source in enumerate(sources[1:]))
    return joined, " + ".join(f"m{index}.s" for index in range(len(parts)))


CHECKED_BATCH = 200
"""Candidates fetched and checked at a time (``_checked``)."""


def _checked(connection: sqlite3.Connection, layout: int, sources: _Sources, filters: tuple[str, list[Any]],
             holds, limit: int | None, offset: int) -> list[tuple]:
    """The hits of a query whose candidates must each be checked (``holds(text)``): the
    candidates ranked once, then read and checked a batch at a time, best first, until there
    are enough — not the whole ranked page joined again for each page of hits."""
    if sources.ranked:
        joined, score = _joined([_match(index) for index in sources.indexes])
        ranked = connection.execute(f"SELECT m0.id, {score} AS score FROM {joined} ORDER BY score, m0.id",
                                    sources.parameters)
    else:  # one index (layout 3 on), in its own order: no ranking pass over every candidate
        ranked = connection.execute("SELECT rowid, NULL FROM fts_text WHERE fts_text MATCH ? ORDER BY rowid",
                                    sources.parameters)
    where, parameters = filters
    select, joins = _row(layout, "batch.id")
    wanted = None if limit is None else offset + limit
    rows: list[tuple] = []
    while wanted is None or len(rows) < wanted:
        batch = ranked.fetchmany(CHECKED_BATCH)
        if not batch:
            break
        scores = dict(batch)
        ids = ", ".join(["(?)"] * len(batch))
        found = {row[-1]: row[:-1] for row in connection.execute(
            f"WITH batch(id) AS (VALUES {ids}) {select}, batch.id FROM batch {joins} {where}", [*scores, *parameters])}
        for unit, score in scores.items():  # checked only until there are enough
            if unit in found and holds(found[unit][8]):
                rows.append((*found[unit], score))
                if wanted is not None and len(rows) >= wanted:
                    break
    return rows[offset:wanted]


RANKED_CANDIDATES = 10_000
"""A query of short words only is ranked by BM25 when the index gives at most this many texts
that may hold one of them; beyond, its hits come in the archive's order (the order its files
were written), unranked: BM25 over every trigram a short word begins, for each of its texts,
took 85–2,000 ms at 100,000 documents (มท, ปี, ใน: 36,000 to 635,000 texts) against 15–380 ms
to list them (docs/performance.md)."""


def _short_word_terms(connection: sqlite3.Connection, word: str) -> tuple[str | None, int]:
    """A short word's texts as the trigram index finds them: those with a trigram it begins
    (fold.indexed) that does not go on with a vowel or mark of its last letter (นรา is not นร,
    ตามที่ not มท: no word ends there). FTS5's own list of its terms gives the trigrams (a table
    of this connection's own, in ``temp``), and how many texts hold each: the expression (None
    when no trigram will do) and at most how many texts it finds."""
    connection.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_TERMS} USING fts5vocab(main, 'fts_text', 'row')")
    terms = connection.execute(f"SELECT term, doc FROM temp.{_TERMS} WHERE term >= ? AND term < ?",
                               (word, word + "\U0010ffff")).fetchall()
    ending = [(_phrase(term), texts) for term, texts in terms if not _CLOSING.match(term, len(word))]
    return (f"({' OR '.join(term for term, _ in ending)})" if ending else None), sum(texts for _, texts in ending)


_TERMS = "moukit_fts_text_terms"
_CLOSING = re.compile(f"[{CLOSING}]")


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
