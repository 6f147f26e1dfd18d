"""The archive: ``moukit batch … -o archive.db`` (tables, resume, a killed run), ``moukit
search`` and ``moukit links`` (docs/archive.md). Real corpus text and short constructed letters
and regulations (tests/data/archive)."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from moukit.archive.search import search
from moukit.batch.jobs import BatchJob, run_batch

from .conftest import CORPUS, SAMPLES, moukit

DATA = Path(__file__).resolve().parent / "data" / "archive"
CIRCULAR = SAMPLES / "circular-dla-mou-thaihealth-2556.txt"


def build(tmp_path: Path, *inputs: Path, name: str = "archive.db", resume: bool = False, **options) -> Path:
    out = tmp_path / name
    run_batch(BatchJob(tuple(map(str, inputs)), out, workers=1, resume=resume, **options))
    return out


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    for source in (*DATA.iterdir(), CIRCULAR, CORPUS / "208.txt", CORPUS / "217.txt", CORPUS / "240.txt"):
        shutil.copy(source, folder / source.name)
    return build(folder, folder)


def rows(db: Path, sql: str, *parameters) -> list[tuple]:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute(sql, parameters).fetchall()


# -- the tables ---------------------------------------------------------------------------------


def test_every_file_has_its_row_and_its_documents_theirs(archive):
    files = dict(rows(archive, "SELECT path, error FROM files"))
    assert len(files) == 8
    assert files[str(archive.parent / "240.txt")] == "input_error"  # whitespace only: recorded, not parsed
    # The circular holds the MOU it sends: two documents, the MOU linked to its parent.
    documents = rows(archive, "SELECT d.position, d.kind, p.position FROM documents d JOIN files f ON f.id = d.file_id "
                     "LEFT JOIN documents p ON p.id = d.parent_id WHERE f.path LIKE '%circular-dla%' ORDER BY d.position")
    assert documents == [(0, "letter", None), (1, "mou", 0)]


def test_the_json_is_the_documents_and_the_tables_agree_with_it(archive):
    from moukit.models import Document

    (text,) = rows(archive, "SELECT json FROM documents d JOIN files f ON f.id = d.file_id "
                   "WHERE f.path LIKE '%circular-dla%' AND d.position = 0")[0]
    doc = Document.model_validate_json(text)
    mou = doc.attachments[0]
    clauses = rows(archive, "SELECT c.number, c.tree_path, c.depth, p.number FROM clauses c "
                   "JOIN documents d ON d.id = c.document_id JOIN files f ON f.id = d.file_id "
                   "LEFT JOIN clauses p ON p.id = c.parent_id WHERE f.path LIKE '%circular-dla%' AND d.position = 1 "
                   "ORDER BY c.id")
    assert [c[0] for c in clauses if c[2] == 0] == [block.number for block in mou.body if block.type == "clause"]
    for number, tree_path, depth, parent in clauses:
        assert tree_path.split("/")[-1] == number and len(tree_path.split("/")) == depth + 1
        assert (parent is None) == (depth == 0)
    parties = rows(archive, "SELECT p.name FROM parties p JOIN documents d ON d.id = p.document_id "
                   "JOIN files f ON f.id = d.file_id WHERE f.path LIKE '%circular-dla%' ORDER BY p.position")
    assert [p[0] for p in parties] == [party.name for party in mou.parties]


def test_foreign_keys_hold_and_deleting_a_file_takes_its_rows(archive, tmp_path):
    copy = tmp_path / "copy.db"
    shutil.copy(archive, copy)
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("DELETE FROM files WHERE path LIKE '%circular-dla%'")
        assert connection.execute("SELECT count(*) FROM documents d LEFT JOIN files f ON f.id = d.file_id "
                                  "WHERE f.id IS NULL").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM clauses c LEFT JOIN documents d ON d.id = c.document_id "
                                  "WHERE d.id IS NULL").fetchone() == (0,)


# -- resume -------------------------------------------------------------------------------------


def test_resume_skips_files_unchanged_and_parses_again_a_file_that_changed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for source in DATA.iterdir():
        shutil.copy(source, folder / source.name)
    out = build(tmp_path, folder)
    assert search(out, "ภาษีป้าย", limit=None)
    letter = folder / "letter-2556.txt"
    letter.write_text(letter.read_text(encoding="utf-8").replace("ภาษีป้าย", "ภาษีโรงเรือน"), encoding="utf-8")
    summary = run_batch(BatchJob((str(folder),), out, workers=1, resume=True))
    assert (summary.resumed, summary.files) == (3, 1)
    assert {hit.path for hit in search(out, "ภาษีโรงเรือน", limit=None)} == {str(letter)}
    assert str(letter) not in {hit.path for hit in search(out, "ภาษีป้าย", limit=None)}
    assert rows(out, "SELECT count(*) FROM files") == [(4,)]
    with closing(sqlite3.connect(out)) as reader:  # a reader (Datasette) keeps it open meanwhile
        reader.execute("SELECT count(*) FROM files").fetchone()
        letter.write_text(letter.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        again = run_batch(BatchJob((str(folder),), out, workers=1, resume=True))
    assert (again.resumed, again.files) == (3, 1)
    # The rows of the file parsed again went out whole: nothing points to them, no text is left.
    assert rows(out, "PRAGMA foreign_key_check") == []
    fresh = build(tmp_path, folder, name="fresh.db")
    for table in ("files", "documents", "clauses", "paragraphs", "units", "citations", "warnings", "fts_text_docsize"):
        assert rows(out, f"SELECT count(*) FROM {table}") == rows(fresh, f"SELECT count(*) FROM {table}"), table


def test_a_killed_run_leaves_every_file_whole_and_resume_completes_it(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for source in DATA.iterdir():
        shutil.copy(source, folder / source.name)
    out = tmp_path / "archive.db"
    seen = []

    def interrupt(outcome):
        seen.append(outcome)
        if len(seen) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch(BatchJob((str(folder),), out, workers=1), on_outcome=interrupt)
    with sqlite3.connect(out) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        kept = connection.execute("SELECT count(*) FROM files").fetchone()[0]
    assert kept == 2
    summary = run_batch(BatchJob((str(folder),), out, workers=1, resume=True))
    assert (summary.resumed, summary.files) == (2, 2)
    complete = build(tmp_path, folder, name="complete.db")
    for table in ("documents", "clauses", "paragraphs", "units", "links"):
        assert rows(out, f"SELECT count(*) FROM {table}") == rows(complete, f"SELECT count(*) FROM {table}"), table


def test_rows_handed_to_sqlite_before_their_group_commits_stay_unseen_until_it_does(tmp_path, monkeypatch):
    # The writer flushes every FLUSH_FILES files and commits every COMMIT_FILES: a reader (and a
    # killed run) sees whole groups only, and the archive is the one a single flush would make.
    from moukit import parse_file
    from moukit.archive import writer
    from moukit.archive.rows import file_rows
    from moukit.batch.work import Outcome

    sources = sorted(DATA.iterdir()) + [CIRCULAR]
    monkeypatch.setattr(writer, "FLUSH_FILES", 1)
    monkeypatch.setattr(writer, "COMMIT_FILES", 3)
    monkeypatch.setattr(writer, "COMMIT_SECONDS", 3600.0)
    out = tmp_path / "archive.db"
    output = writer.open_archive(out, resume=False)
    seen = []
    for source in sources:
        output.write(Outcome(str(source), "letter", None, file_rows(parse_file(source))))
        seen.append(rows(out, "SELECT count(*) FROM files")[0][0])
    output.close()
    assert seen == [0, 0, 3, 3, 3]
    folder = tmp_path / "in"
    folder.mkdir()
    for source in sources:
        shutil.copy(source, folder / source.name)
    whole = build(tmp_path, folder, name="whole.db")
    for table in ("files", "documents", "clauses", "paragraphs", "units", "citations", "links"):
        assert rows(out, f"SELECT count(*) FROM {table}") == rows(whole, f"SELECT count(*) FROM {table}"), table
    assert [h.text for h in search(out, "ภาษีป้าย", limit=None)] == [h.text for h in search(whole, "ภาษีป้าย", limit=None)]


def test_an_out_that_is_not_an_archive_is_not_appended_to(tmp_path):
    out = tmp_path / "other.db"
    with sqlite3.connect(out) as connection:
        connection.execute("CREATE TABLE mine (x)")
    result = moukit("batch", DATA, "-o", out, "--resume", "-w", "1")
    assert result.returncode == 2
    assert b"not an archive" in result.stderr and b"Traceback" not in result.stderr
    assert rows(out, "SELECT name FROM sqlite_master") == [("mine",)]


# -- search -------------------------------------------------------------------------------------


def paths(hits) -> set[str]:
    return {Path(hit.path).name for hit in hits}


def test_an_abbreviation_is_found_with_or_without_its_full_stop(archive):
    with_stop, without = search(archive, "สสส.", limit=None), search(archive, "สสส", limit=None)
    assert [h.text for h in with_stop] == [h.text for h in without]
    assert {"letter-2556.txt", CIRCULAR.name} <= paths(with_stop)


def test_thai_and_arabic_digits_find_each_other(archive):
    thai, arabic = search(archive, "๒๕๕๖", limit=None), search(archive, "2556", limit=None)
    assert [h.text for h in thai] == [h.text for h in arabic]
    assert "208.txt" in paths(arabic)  # printed with Arabic digits
    assert "letter-2556.txt" in paths(thai)  # printed with Thai digits
    hit = next(h for h in thai if h.part == "ref")
    assert [hit.text[start:end] for start, end in hit.spans] == ["๒๕๕๖"]


def test_a_two_letter_word_is_found_as_a_word_not_inside_another(archive):
    hits = search(archive, "มท", limit=None)
    assert {"letter-2556.txt", "letter-2557-cites.txt", CIRCULAR.name} <= paths(hits)
    # ร่วมทุน holds ม and ท side by side, across two words: not a hit.
    assert not any("ร่วมทุน" in hit.text and "มท" not in hit.text.replace("ร่วมทุน", "") for hit in hits)
    # ปี stands alone as a word in ปีงบประมาณ, which the segmenter keeps whole.
    assert any("ปีงบประมาณ" in hit.text for hit in search(archive, "ปี", limit=None))


def test_words_across_spaces_and_phrases(archive):
    assert search(archive, '"พ.ศ. 2556"', limit=None) and search(archive, '"พ.ศ.๒๕๕๖"', limit=None)
    both = search(archive, "ภาษีป้าย เร่งรัด", limit=None)
    assert both and all("ภาษีป้าย" in h.text and "เร่งรัด" in h.text for h in both)


def test_filters(archive):
    assert paths(search(archive, "ภาษีป้าย", kind="regulation", limit=None)) == {"regulation-2550.txt",
                                                                                 "regulation-2555-edition-2.txt"}
    assert paths(search(archive, "ภาษีป้าย", since="2557", limit=None)) == {"letter-2557-cites.txt"}
    assert paths(search(archive, "ภาษีป้าย", since="2013-01-01", until="2556", limit=None)) == {"letter-2556.txt"}
    assert paths(search(archive, "ภาษีป้าย", until="1 มีนาคม 2550", limit=None)) == {"regulation-2550.txt"}
    assert paths(search(archive, "ภาษีป้าย", agency="มท.", limit=None)) == {"letter-2556.txt", "letter-2557-cites.txt"}


def test_the_search_verb_is_exported():
    import moukit

    assert moukit.search is search


# -- links --------------------------------------------------------------------------------------


def test_links_by_reference_and_date_by_title_and_by_edition(archive):
    from moukit.archive.links import find_links

    (letter,) = find_links(archive, "ที่ มท ๐๘๐๘.๒/ว ๑๒๓๔")
    assert [(link["relation"], Path(link["document"]["path"]).name) for link in letter["cited_by"]] == [
        ("cites", "letter-2557-cites.txt")]
    first = find_links(archive, str(archive.parent / "regulation-2550.txt"))[0]
    assert sorted(link["relation"] for link in first["cited_by"]) == ["amends", "cancels", "follows"]
    assert {Path(link["document"]["path"]).name for link in first["cited_by"]} == {"regulation-2555-edition-2.txt"}
    cancels = next(link for link in first["cited_by"] if link["relation"] == "cancels")
    assert cancels["line"] == 8 and "ให้ยกเลิกความในข้อ ๓" in cancels["evidence"]


# -- the command line ---------------------------------------------------------------------------


def test_search_command_formats_and_exit_codes(archive):
    table = moukit("search", archive, "สสส.")
    assert table.returncode == 0 and "letter-2556.txt#0" in table.stdout.decode()
    csv_out = moukit("search", archive, "ภาษีป้าย", "-f", "csv", "--kind", "letter").stdout.decode().splitlines()
    assert csv_out[0].startswith("path,document,kind,ref,date") and len(csv_out) > 1
    records = [json.loads(line) for line in moukit("search", archive, "มท", "-f", "jsonl").stdout.decode().splitlines()]
    assert records and all("spans" in record for record in records)
    assert moukit("search", archive, "ไม่มีคำนี้ในคลังเลย").returncode == 1


def test_search_and_links_on_what_is_not_an_archive_say_so_in_one_line(tmp_path):
    for args in (("search", tmp_path / "missing.db", "x"), ("links", tmp_path / "missing.db", "x"),
                 ("search", CIRCULAR, "x")):
        result = moukit(*args)
        assert result.returncode == 2
        assert len(result.stderr.decode().strip().splitlines()) == 1 and b"Traceback" not in result.stderr


def test_links_command(archive):
    result = moukit("links", archive, "มท 0808.2/ว 1234")
    assert result.returncode == 0 and "cites" in result.stdout.decode()
    assert moukit("links", archive, "มท 0000/ว 1").returncode == 1


@pytest.mark.slow  # kill -9 of a real batch and its workers
def test_kill_9_leaves_a_consistent_archive_and_resume_completes_it(tmp_path):
    import os
    import signal
    import subprocess
    import time

    from .conftest import MOUKIT, PROCESS_ENV

    folder = tmp_path / "in"
    folder.mkdir()
    sources = [path for path in sorted(CORPUS.glob("*.txt")) if path.stat().st_size > 0][:40]
    for copy in range(15):  # 600 files: several commits (every 200 files or 2 s) to kill between
        for source in sources:
            shutil.copy(source, folder / f"{copy}-{source.name}")
    sources = list(folder.iterdir())
    out = tmp_path / "archive.db"
    process = subprocess.Popen([*MOUKIT, "batch", folder, "-o", out, "-w", "2"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env=PROCESS_ENV, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if out.exists() and rows(out, "SELECT count(*) FROM files")[0][0] >= 1:
                break
        except sqlite3.OperationalError:
            pass  # the schema is being written
        time.sleep(0.01)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    with closing(sqlite3.connect(out)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        kept = connection.execute("SELECT count(*) FROM files").fetchone()[0]
    assert 0 < kept < len(sources)
    summary = run_batch(BatchJob((str(folder),), out, workers=1, resume=True))
    assert summary.resumed == kept and summary.files == len(sources) - kept
    complete = build(tmp_path, folder, name="complete.db")
    for table in ("files", "documents", "clauses", "paragraphs", "units", "citations"):
        assert rows(out, f"SELECT count(*) FROM {table}") == rows(complete, f"SELECT count(*) FROM {table}"), table
    assert [h.text for h in search(out, "กระทรวง", limit=None)] == [h.text for h in search(complete, "กระทรวง", limit=None)]


def test_the_search_docs_give_for_datasette_finds_what_moukit_search_finds(archive):
    # The SQL of docs/archive.md's Datasette section, run as Datasette runs it (":q" bound).
    section = (Path(__file__).resolve().parent.parent / "docs" / "archive.md").read_text(encoding="utf-8")
    sql = section.split("## Datasette", 1)[1].split("```sql\n", 1)[1].split("```", 1)[0]
    found = {(Path(path).name, part, first) for path, _, _, _, part, _, first in rows(archive, sql.replace(":q", "?"), "ภาษีป้าย")}
    expected = {(Path(hit.path).name, hit.part, hit.first_line) for hit in search(archive, "ภาษีป้าย", limit=None)}
    assert found == expected and len(found) >= 8
    # The view holds one row per text the index holds, each with its text and part.
    assert rows(archive, "SELECT count(*), count(text), count(part) FROM texts") == rows(
        archive, "SELECT count(*), count(*), count(*) FROM fts_text_docsize")
    for table, part in (("clauses", "'clause'"), ("paragraphs", "'paragraph'"), ("units", "x.part")):
        assert rows(archive, f"SELECT count(*) FROM texts t JOIN {table} x ON x.id = t.id WHERE t.part = {part} "
                             "AND t.text = x.text AND t.first_line = x.first_line") == rows(
            archive, f"SELECT count(*) FROM {table} WHERE id IN (SELECT id FROM fts_text_docsize)"), table
    # …reached from the index by primary key: no table is read whole, nothing materialized.
    plan = " ".join(row[-1] for row in rows(archive, "EXPLAIN QUERY PLAN " + sql.replace(":q", "?"), "ภาษีป้าย"))
    assert "MATERIALIZE" not in plan and not re.search(r"SCAN (?:units|clauses|paragraphs|documents|files)\b", plan), plan


def test_one_trigram_index_finds_short_words_too_and_text_is_utf16(archive):
    with closing(sqlite3.connect(archive)) as connection:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "fts_text" in tables and "fts_words" not in tables
        assert connection.execute("PRAGMA encoding").fetchone()[0] == "UTF-16le"
    # Looked up by the trigrams it begins (ในป, …), each text then checked by its words.
    hits = search(archive, "ใน", limit=None)
    assert any("ในปีงบประมาณ" in hit.text for hit in hits)
    assert all("ใน" in hit.text for hit in hits)
    assert paths(search(archive, "กระทรวงมหาดไทย"))


def test_a_one_letter_word_is_found_where_it_is_one(archive):
    hits = search(archive, "ณ", limit=None)
    assert hits and all("ณ" in hit.text for hit in hits)
    # ณ inside a word (คุณ, เกณฑ์, ประมาณ) is not a hit: every hit holds ณ standing alone.
    assert all(re.search(r"(?:^|[\s(])ณ(?:\s|$)", hit.text) for hit in hits)


def test_a_short_word_and_a_longer_one_together(archive):
    both = search(archive, "ปี งบประมาณ", limit=None)
    assert both and all("งบประมาณ" in hit.text and "ปี" in hit.text for hit in both)
    assert {hit.text for hit in both} <= {hit.text for hit in search(archive, "ปี", limit=None)}
    assert search(archive, "มท ภาษีป้าย", limit=1) and not search(archive, "มท ไม่มีในเอกสารนี้", limit=None)


def test_a_short_word_in_many_texts_comes_unranked_in_the_archive_order(archive, monkeypatch):
    from moukit.archive import search as searching

    ranked = search(archive, "ใน", limit=None)
    assert all(hit.score is not None for hit in ranked)
    monkeypatch.setattr(searching, "RANKED_CANDIDATES", 10)  # fewer than the texts ใน may stand in
    unranked = search(archive, "ใน", limit=None)
    assert sorted(hit.text for hit in unranked) == sorted(hit.text for hit in ranked)
    assert all(hit.score is None for hit in unranked)
    assert search(archive, "ใน", limit=5, offset=3) == unranked[3:8]
    # With a longer word beside it, its few texts are ranked.
    assert all(hit.score is not None for hit in search(archive, "ใน งบประมาณ", limit=None))


def test_a_name_is_found_with_or_without_its_spaces(archive):
    hits = search(archive, "สมชาย ใจดี", limit=None)
    assert "letter-2556.txt" in paths(hits) and any(hit.part == "signatory" for hit in hits)
    assert {hit.text for hit in search(archive, '"สมชายใจดี"', limit=None)} == {hit.text for hit in hits if
                                                                             "สมชาย ใจดี" in hit.text}


_LAYOUT_3_UNITS = """
ALTER TABLE units RENAME TO units_4;
DROP VIEW texts;
CREATE TABLE units (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  part TEXT NOT NULL, label TEXT, text TEXT, first_line INTEGER, last_line INTEGER,
  clause_id INTEGER REFERENCES clauses(id) ON DELETE CASCADE, paragraph_id INTEGER REFERENCES paragraphs(id) ON DELETE CASCADE);
INSERT INTO units SELECT id, document_id, part, label, text, first_line, last_line, NULL, NULL FROM units_4;
INSERT INTO units SELECT id, document_id, 'clause', label, NULL, first_line, last_line, id, NULL FROM clauses
  WHERE id IN (SELECT id FROM fts_text_docsize);
INSERT INTO units SELECT id, document_id, 'paragraph', NULL, NULL, first_line, last_line, NULL, id FROM paragraphs
  WHERE id IN (SELECT id FROM fts_text_docsize);
DROP TABLE units_4;
CREATE VIEW texts AS
  SELECT u.id, f.path, d.position AS document, d.kind, d.ref, d.date, coalesce(d.subject, d.title) AS subject,
    u.part, u.label, coalesce(u.text, c.text, p.text) AS text, u.first_line, u.last_line
  FROM units u LEFT JOIN clauses c ON c.id = u.clause_id LEFT JOIN paragraphs p ON p.id = u.paragraph_id
    JOIN documents d ON d.id = u.document_id JOIN files f ON f.id = d.file_id;
"""


def _seen(hit) -> tuple:
    return hit.path, hit.document, hit.part, hit.label, hit.text, hit.first_line, hit.last_line


def _as_layout(archive: Path, copy: Path, version: int) -> Path:
    """``archive`` as an archive of an earlier layout holds it: a unit row for each clause and
    paragraph, pointing to it (layouts 1-3), and the short words in a word index of their own
    (``fts_words``), as layouts 1 and 2 wrote them."""
    from moukit.archive.fold import fold, words

    shutil.copy(archive, copy)
    with closing(sqlite3.connect(copy)) as connection:
        connection.executescript(_LAYOUT_3_UNITS)
        if version < 3:
            connection.execute("CREATE VIRTUAL TABLE fts_words USING fts5(words, content='', tokenize='ascii')")
            for unit_id, text in connection.execute("SELECT id, text FROM texts").fetchall():
                connection.execute("INSERT INTO fts_words (rowid, words) VALUES (?, ?)", (unit_id, " ".join(words(fold(text)))))
        connection.execute(f"PRAGMA user_version = {version}")
        connection.commit()
    return copy


@pytest.mark.parametrize("version", [1, 2, 3])
def test_an_archive_of_an_earlier_layout_is_still_read(archive, tmp_path, version):
    old = _as_layout(archive, tmp_path / "old.db", version)
    for query in ("สสส.", "มท", "นร", "ใน", "ณ", "ปี งบประมาณ", "๒๕๕๖", "ภาษีป้าย"):
        old_hits, hits = search(old, query, limit=None), search(archive, query, limit=None)
        assert sorted(map(_seen, old_hits)) == sorted(map(_seen, hits)), query  # layouts 1-2 rank short words otherwise
        if version == 3:
            assert list(map(_seen, old_hits)) == list(map(_seen, hits)), query
    assert moukit("search", old, "มท").returncode == 0
    result = moukit("batch", DATA, "-o", old, "--resume")  # but not appended to
    assert result.returncode == 2 and f"layout {version}".encode() in result.stderr
