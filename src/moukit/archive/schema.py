"""The archive's tables (SQLite): what ``moukit batch INPUT… -o archive.db`` writes.

One row per file in ``files``; one per document in ``documents`` (the outermost, then its
attachments, each linked to its parent); the parts of each document in their own tables, each
row naming its document; every text a search can find has an id of its own, shared by
``clauses``, ``paragraphs`` and ``units`` (one sequence: an id is in one of them), and
``fts_text`` indexes their trigrams under it (``archive.fold``; case sensitive, as the text is
folded already: FTS5's own folding cost a sixth of the indexing). ``units`` holds the texts
that have no row of their own elsewhere (title, subject, ref, names …): a clause or paragraph
is its own unit. ``links`` ties a document to the documents it cites, amends, cancels or
re-issues. The view ``texts`` is each text the index holds with its document, as a search
shows it (and as Datasette or the sqlite3 shell can join it to the index: docs/archive.md).
It runs over ``fts_text_docsize``, FTS5's own table of one row per indexed text (its
length, for BM25): one table with an id for every text, which a join from the index reaches
by primary key (a UNION ALL of the three tables, joined to the index, was materialized whole
by SQLite for every query).

Every table a file fills is deleted from and written again inside one transaction, so a
killed run leaves each file either whole or absent. The columns are documented in
docs/archive.md.
"""

from __future__ import annotations

SUFFIXES = (".db", ".sqlite", ".sqlite3")
"""A file is an archive's when its name ends with one of these (``batch -o``, ``diff ARCHIVE#REF``)."""
VERSION = 4
"""The archive's layout, kept in ``PRAGMA user_version``: an archive of another version is not
appended to. 4: a clause or paragraph is indexed under its own id (one sequence with the units'),
with no unit row of its own (layout 3 gave each a ``units`` row pointing to it: a third of the
writer's table work and 3 MB per 1,000 real files); 3: one index, of trigrams
(``fold.indexed``), which short words are looked up in too; 2: a word index (``fts_words``) of
the words of one and two characters beside it, and text in UTF-16 (as 3); 1: the word index
held every word."""
READABLE = (1, 2, 3, 4)
"""The layouts ``moukit search``, ``links`` and ``diff`` read."""
WORD_INDEX = (1, 2)
"""The layouts whose short words are looked up in ``fts_words``."""
ENCODING = "UTF-16le"
"""The text encoding of a new archive: Thai takes two bytes a character in UTF-16, three in
UTF-8 (a third less text; SQLite converts for readers, which see no difference)."""

DOCUMENT_FIELDS = ("kind", "title", "ref", "date", "date_precision", "subject", "addressee", "signer",
                   "signer_position", "clauses", "paragraphs", "signatories", "endorsements", "committees",
                   "committee_members", "attachments", "attachment_kinds", "warnings")
"""The columns ``documents`` shares with the CSV/Parquet ``documents`` table (export.tables),
with their meaning there."""

_TABLES = """
CREATE TABLE files (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  sha256 TEXT,
  encoding TEXT,
  bytes INTEGER,
  error TEXT,
  error_message TEXT
);
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT, title TEXT, ref TEXT, date TEXT, date_precision TEXT, subject TEXT, addressee TEXT,
  signer TEXT, signer_position TEXT, clauses INTEGER, paragraphs INTEGER, signatories INTEGER,
  endorsements INTEGER, committees INTEGER, committee_members INTEGER, attachments INTEGER,
  attachment_kinds TEXT, warnings INTEGER,
  agency TEXT,
  issuer TEXT,
  ref_key TEXT,
  name_key TEXT,
  edition INTEGER,
  first_line INTEGER, last_line INTEGER,
  json TEXT
);
CREATE TABLE clauses (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES clauses(id) ON DELETE CASCADE,
  tree_path TEXT NOT NULL,
  label TEXT, number TEXT, depth INTEGER, text TEXT, first_line INTEGER, last_line INTEGER
);
CREATE TABLE paragraphs (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER, text TEXT, first_line INTEGER, last_line INTEGER, unparsed INTEGER
);
CREATE TABLE signatories (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER, role TEXT, honorific TEXT, name TEXT, positions TEXT, party INTEGER,
  first_line INTEGER, last_line INTEGER
);
CREATE TABLE parties (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER, name TEXT, abbreviation TEXT, alias TEXT, first_line INTEGER, last_line INTEGER
);
CREATE TABLE "references" (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER, text TEXT
);
CREATE TABLE enclosures (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER, text TEXT, quantity INTEGER, unit TEXT, first_line INTEGER, last_line INTEGER
);
CREATE TABLE warnings (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  code TEXT, message TEXT, line INTEGER
);
CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  part TEXT NOT NULL,
  label TEXT,
  text TEXT,
  first_line INTEGER, last_line INTEGER
);
CREATE TABLE citations (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  relation TEXT NOT NULL,
  ref_key TEXT, name_key TEXT, edition INTEGER, date TEXT,
  evidence TEXT, line INTEGER
);
CREATE TABLE links (
  id INTEGER PRIMARY KEY,
  from_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  to_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  relation TEXT NOT NULL,
  evidence TEXT, line INTEGER
);
CREATE VIRTUAL TABLE fts_text USING fts5(text, content='', tokenize='trigram case_sensitive 1');
CREATE INDEX documents_file ON documents(file_id);
CREATE INDEX documents_parent ON documents(parent_id);
CREATE INDEX documents_ref_key ON documents(ref_key);
CREATE INDEX documents_name_key ON documents(name_key);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_kind ON documents(kind);
CREATE INDEX clauses_document ON clauses(document_id);
CREATE INDEX clauses_parent ON clauses(parent_id);
CREATE INDEX paragraphs_document ON paragraphs(document_id);
CREATE INDEX signatories_document ON signatories(document_id);
CREATE INDEX signatories_name ON signatories(name);
CREATE INDEX parties_document ON parties(document_id);
CREATE INDEX references_document ON "references"(document_id);
CREATE INDEX enclosures_document ON enclosures(document_id);
CREATE INDEX warnings_document ON warnings(document_id);
CREATE INDEX units_document ON units(document_id);
CREATE INDEX citations_document ON citations(document_id);
CREATE INDEX citations_ref_key ON citations(ref_key);
CREATE INDEX links_from ON links(from_id);
CREATE INDEX links_to ON links(to_id);
"""

TEXT_TABLES = ("units", "clauses", "paragraphs")
"""The tables whose rows the index holds (layout 4), each under its row's id."""


def text_joins(version: int, unit: str) -> str:
    """SQL joins that give, for the unit id ``unit`` (an SQL expression), its rows as
    ``text_columns`` reads them and its document as ``d``."""
    if version >= 4:
        return (f"LEFT JOIN units u ON u.id = {unit} LEFT JOIN clauses c ON c.id = {unit} "
                f"LEFT JOIN paragraphs p ON p.id = {unit} "
                "JOIN documents d ON d.id = coalesce(u.document_id, c.document_id, p.document_id)")
    return (f"JOIN units u ON u.id = {unit} LEFT JOIN clauses c ON c.id = u.clause_id "
            "LEFT JOIN paragraphs p ON p.id = u.paragraph_id JOIN documents d ON d.id = u.document_id")


def text_columns(version: int) -> str:
    """A unit's part, label, text, first and last line, from ``text_joins``."""
    if version >= 4:
        return ("coalesce(u.part, CASE WHEN c.id IS NOT NULL THEN 'clause' ELSE 'paragraph' END) AS part, "
                "coalesce(u.label, c.label) AS label, coalesce(u.text, c.text, p.text) AS text, "
                "coalesce(u.first_line, c.first_line, p.first_line) AS first_line, "
                "coalesce(u.last_line, c.last_line, p.last_line) AS last_line")
    return "u.part, u.label, coalesce(u.text, c.text, p.text) AS text, u.first_line, u.last_line"


TEXTS_VIEW = f"""
CREATE VIEW texts AS
  SELECT s.id, f.path, d.position AS document, d.kind, d.ref, d.date, coalesce(d.subject, d.title) AS subject,
    {text_columns(VERSION)}
  FROM fts_text_docsize s {text_joins(VERSION, "s.id")} JOIN files f ON f.id = d.file_id;
"""
"""Each text the index holds, with its document: what a search shows, for Datasette and SQL."""
TABLES = _TABLES + TEXTS_VIEW
"""What a new archive is made of."""
