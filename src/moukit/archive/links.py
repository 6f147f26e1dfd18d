"""Links between documents: what a document cites, amends, cancels or re-issues.

Two halves. In the worker, ``citations`` reads a Document for what it names: each อ้างถึง line,
a "ตามหนังสือ … ที่ มท 0808.2/ว 1234 ลงวันที่ …" in its text, and a ยกเลิก / แก้ไขเพิ่มเติม
followed by the title of a regulation, announcement or order. In the archive, ``resolve_links``
matches those against the documents it holds — by the reference number normalized
(``ref_key``: Thai digits Arabic, no spaces, ``มท 0808.2/ว 1234`` = ``มท.๐๘๐๘.๒/ว๑๒๓๔``) and
the date when the citation gives one, or by the title normalized (``name_key``: without its
(ฉบับที่ n) and พ.ศ.) — and links editions of one title (ฉบับที่ 2 follows the first).
"""

from __future__ import annotations

import re
import sqlite3

from ..dates import find_thai_date
from ..models import Block, Clause, Document, Ref
from .fold import fold, squeeze

RELATIONS = ("cites", "amends", "cancels", "follows")
"""``follows``: a later edition (ฉบับที่ n) of the same title follows an earlier one."""

# In folded text: "มท 0808.2/ว 1234", "ศธ04010/ว12", "สธ 0201.044/ว 12"; orders' "17/2560".
_LETTER_REF = re.compile(r"([ก-ฮ][ก-ฮ.]{0,7}) ?(\d{3,6}(?:\.\d{1,3}){0,2}) ?/ ?(?:[ก-๎]{2,12} ?/ ?)?(ว ?)?(\d{1,6})")
_ORDER_REF = re.compile(r"(?:คำสั่ง|ประกาศ)[^\d]{0,80}?ที่ ?(\d{1,5}) ?/ ?(25\d\d)")
_EDITION = re.compile(r"\(? ?ฉบับที่ ?(\d{1,3}) ?\)?")
_YEAR = re.compile(r"พ\.?ศ\.? ?\d{4}")
# A title cited in the text: the kind's word, then up to its พ.ศ. (or the end of the sentence).
# A title names its subject: ว่าด้วย (regulations) or เรื่อง (announcements, orders).
_CITED_TITLE = re.compile(r"((?:ระเบียบ|ประกาศ|คำสั่ง|ข้อบังคับ)[^()]{0,80}?(?:ว่าด้วย|เรื่อง)[^()]{2,120}?"
                          r"(?:\(ฉบับที่ ?\d{1,3}\) ?)?พ\.?ศ\.? ?\d{4})")
_RELATION_WORDS = (("ยกเลิก", "cancels"), ("แก้ไขเพิ่มเติม", "amends"))
_CITING = ("ตามหนังสือ", "อ้างถึง", "ตามคำสั่ง", "ตามประกาศ", "ตามระเบียบ")
_NAMING = re.compile("|".join([*_CITING, *(word for word, _ in _RELATION_WORDS)]))
"""A text that cites another document or amends or cancels one: one search of each body text,
most of which name none."""


def ref_key(ref: Ref) -> str | None:
    """A reference number as the archive compares it: ``มท0808.2/ว1234``, ``17/2560``."""
    if ref.number is None:
        return None
    if ref.unit is not None:
        return f"{fold(ref.agency or '').replace('.', '')}{ref.unit}/{'ว' if ref.circular else ''}{ref.number}"
    if ref.year is not None:
        return f"{ref.number}/{ref.year}"
    return None


def name_key(title: str) -> str | None:
    """A title as the archive compares it: folded, without spaces, its edition and its พ.ศ."""
    text = _YEAR.sub("", _EDITION.sub("", fold(title)))
    key = squeeze(text).strip(".")
    return key if len(key) >= 8 else None  # "ประกาศ", "คำสั่ง" alone name no document


def edition(title: str) -> int:
    """(ฉบับที่ n) in a title, else 1."""
    match = _EDITION.search(fold(title))
    return int(match.group(1)) if match else 1


def citations(document: Document) -> list[tuple]:
    """(relation, ref_key, name_key, edition, date, evidence, line) for each document ``document`` names."""
    found: list[tuple] = []
    first = document.header.lines.references[0] if document.header.lines.references else document.lines[0]
    for text in document.header.references:
        found.extend(_refs_in(text, "cites", first))
    for text, line in _texts(document.body):
        folded = fold(text)
        if not _NAMING.search(folded):
            continue
        relation = next((name for word, name in _RELATION_WORDS if word in folded), None)
        found.extend(_refs_in(text, relation or "cites", line))
        if relation is not None:
            for match in _CITED_TITLE.finditer(folded):
                key = name_key(match.group(1))
                if key:
                    found.append((relation, None, key, edition(match.group(1)), None, _evidence(text), line))
    return list(dict.fromkeys(found))


def _refs_in(text: str, relation: str, line: int) -> list[tuple]:
    folded = fold(text)
    found = []
    for match in _LETTER_REF.finditer(folded):
        agency, unit, circular, number = match.groups()
        key = f"{agency.replace('.', '')}{unit}/{'ว' if circular else ''}{number}"
        dated = find_thai_date(folded[match.end():match.end() + 60])
        found.append((relation, key, None, None, dated[0].iso if dated else None, _evidence(text), line))
    for match in _ORDER_REF.finditer(folded):
        found.append((relation, f"{match.group(1)}/{match.group(2)}", None, None, None, _evidence(text), line))
    return found


def _texts(blocks: tuple[Block, ...]):
    for block in blocks:
        yield block.text, block.lines[0]
        if isinstance(block, Clause):
            yield from _texts(block.children)


def _evidence(text: str) -> str:
    return text if len(text) <= 300 else text[:299] + "…"


# -- in the archive -----------------------------------------------------------------------------

_RESOLVE = """
DELETE FROM links;
INSERT INTO links (from_id, to_id, relation, evidence, line)
  SELECT DISTINCT c.document_id, d.id, c.relation, c.evidence, c.line
  FROM citations c JOIN documents s ON s.id = c.document_id JOIN documents d ON d.ref_key = c.ref_key
  WHERE c.ref_key IS NOT NULL AND d.file_id != s.file_id AND (c.date IS NULL OR d.date IS NULL OR d.date = c.date);
INSERT INTO links (from_id, to_id, relation, evidence, line)
  SELECT DISTINCT c.document_id, d.id, c.relation, c.evidence, c.line
  FROM citations c JOIN documents s ON s.id = c.document_id JOIN documents d ON d.name_key = c.name_key
  WHERE c.name_key IS NOT NULL AND d.file_id != s.file_id AND (c.edition IS NULL OR c.edition = d.edition);
INSERT INTO links (from_id, to_id, relation, evidence, line)
  SELECT a.id, b.id, 'follows', a.title, a.first_line
  FROM documents a JOIN documents b ON a.name_key = b.name_key AND a.edition > b.edition AND a.kind = b.kind
  WHERE a.name_key IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM documents m WHERE m.name_key = a.name_key AND m.kind = a.kind
      AND m.edition > b.edition AND m.edition < a.edition);
"""


def resolve_links(connection: sqlite3.Connection) -> None:
    """Fill ``links`` from ``citations`` and the documents the archive holds (all anew: a
    document added later may be the one an earlier one cites). A file's documents do not link
    to one another: a web page quoting a regulation names it as that regulation does itself."""
    connection.executescript("BEGIN;" + _RESOLVE + "COMMIT;")


def find_links(db, ref: str) -> list[dict]:
    """The documents ``ref`` names in the archive ``db`` (a reference number, a title, a file,
    or ``FILE#n``), each with what it cites and what cites it: ``[{document, cites: [...],
    cited_by: [...]}]``, each link ``{relation, document, evidence, line}``."""
    from .search import open_archive

    connection = open_archive(db)
    try:
        return [{"document": _describe(connection, doc_id),
                 "cites": _edges(connection, "from_id", "to_id", doc_id),
                 "cited_by": _edges(connection, "to_id", "from_id", doc_id)} for doc_id in find_documents(connection, ref)]
    finally:
        if connection is not db:
            connection.close()


def find_documents(connection: sqlite3.Connection, ref: str) -> list[int]:
    """The ids of the documents ``ref`` names: a file as the archive records it (``FILE``,
    ``FILE#n``; else the one file whose recorded path ends in ``/FILE``), a reference number
    (by ``ref_key``), or a title (by ``name_key``), the first of these that names any."""
    from ..parts.ref import parse_ref

    path, _, position = ref.rpartition("#") if "#" in ref else (ref, "", "0")
    number = int(position) if position.isascii() and position.isdigit() else 0
    found = connection.execute("SELECT d.id FROM documents d JOIN files f ON f.id = d.file_id WHERE f.path = ? "
                               "AND d.position = ?", (path, number)).fetchall()
    if not found and path and "/" not in path:  # a file's own name: 011.txt
        tail = "/" + path
        found = connection.execute("SELECT d.id FROM documents d JOIN files f ON f.id = d.file_id WHERE "
                                   "substr(f.path, -?) = ? AND d.position = ? ORDER BY f.path",
                                   (len(tail), tail, number)).fetchall()
    parsed = parse_ref(fold(ref.removeprefix("ที่").strip()))
    key = ref_key(parsed) if parsed else None
    if not found and key:
        found = connection.execute("SELECT id FROM documents WHERE ref_key = ? ORDER BY date, id", (key,)).fetchall()
    title = name_key(ref)
    if not found and title:
        found = connection.execute("SELECT id FROM documents WHERE name_key = ? ORDER BY edition, id", (title,)).fetchall()
    return [row[0] for row in found]


_DOCUMENT = ("SELECT f.path, d.position, d.kind, d.ref, d.date, coalesce(d.subject, d.title), d.id "
             "FROM documents d JOIN files f ON f.id = d.file_id WHERE d.id = ?")


def _describe(connection: sqlite3.Connection, doc_id: int) -> dict:
    path, position, kind, ref, date, subject, _ = connection.execute(_DOCUMENT, (doc_id,)).fetchone()
    return {"path": path, "document": position, "kind": kind, "ref": ref, "date": date, "subject": subject}


def _edges(connection: sqlite3.Connection, this: str, other: str, doc_id: int) -> list[dict]:
    rows = connection.execute(f"SELECT relation, {other}, evidence, line FROM links WHERE {this} = ? "
                              "ORDER BY line, id", (doc_id,)).fetchall()
    return [{"relation": relation, "document": _describe(connection, target), "evidence": evidence, "line": line}
            for relation, target, evidence, line in rows]
