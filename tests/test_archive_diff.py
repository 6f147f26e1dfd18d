"""``moukit diff archive.db#REF1 archive.db#REF2``: two documents found in an archive, compared
from the JSON it keeps (docs/archive.md). An archive of real files: editions 2 and 3 of one
announcement (tests/corpus 011 and 012), two orders, the regulation and its second edition
and a letter (tests/data/archive), and a revision of that letter under the same ที่ number."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from moukit.archive.pick import archived_document, split_archive_spec
from moukit.errors import SelectorError

from .conftest import CORPUS, moukit
from .test_archive import DATA, build

LETTER = "มท 0808.2/ว 1234"
REGULATION = "ระเบียบกระทรวงมหาดไทย ว่าด้วยการจัดเก็บภาษีป้ายขององค์กรปกครองส่วนท้องถิ่น พ.ศ. ๒๕๕๐"


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("versions")
    for source in (CORPUS / "011.txt", CORPUS / "012.txt", CORPUS / "014.txt", CORPUS / "016.txt", *DATA.iterdir()):
        shutil.copy(source, folder / source.name)
    # The letter sent again a year later under its register number, its deadline changed.
    text = (DATA / "letter-2556.txt").read_text(encoding="utf-8")
    revised = text.replace("๕ มีนาคม ๒๕๕๖", "๕ มีนาคม ๒๕๕๗").replace("เร่งรัดการจัดเก็บ", "เร่งรัดการจัดเก็บให้เสร็จ")
    assert revised.count("๒๕๕๗") == 1 and "ให้เสร็จ" in revised
    (folder / "letter-2557-again.txt").write_text(revised, encoding="utf-8")
    return build(folder, folder)


def diff_json(*args) -> tuple[int, dict]:
    result = moukit("diff", "-f", "json", *args)
    assert result.returncode in (0, 1), result.stderr.decode()
    return result.returncode, json.loads(result.stdout)


def without_paths(diff: dict) -> dict:
    return {key: value for key, value in diff.items() if key not in ("old", "new")}


def test_two_editions_in_the_archive_diff_as_the_files_do(archive):
    code, from_archive = diff_json(f"{archive}#011.txt#1", f"{archive}#012.txt#1")
    _, from_files = diff_json(CORPUS / "011.txt#1", CORPUS / "012.txt#1")
    assert code == 1 and without_paths(from_archive) == without_paths(from_files)
    assert "edition 2 → 3" in from_archive["description"]
    # Each side is named as it was asked for, with the file's own hash.
    assert from_archive["old"]["path"] == f"{archive}#011.txt#1"
    assert from_archive["new"]["sha256"] == from_files["new"]["sha256"]


def test_a_reference_number_as_printed_names_the_letter(archive):
    printed = archived_document(str(archive), "ที่ มท ๐๘๐๘.๒/ว ๑๒๓๔@2556")
    plain = archived_document(str(archive), f"{LETTER}@2013-03-05")
    assert printed == plain and printed.header.ref.raw == "มท ๐๘๐๘.๒/ว ๑๒๓๔"
    code, diff = diff_json(f"{archive}#{LETTER}@2556", f"{archive}#{LETTER}@2557")
    assert code == 1 and diff["summary"]["modified"] + len(diff["paragraphs"]) > 0
    assert "ให้เสร็จ" in json.dumps(diff, ensure_ascii=False)


def test_an_order_number_and_a_title_with_its_editions(archive):
    order = archived_document(str(archive), "ที่ ๑๖/๒๕๖๐")
    assert order.kind == "order" and order.header.ref.raw == "๑๖/๒๕๖๐"
    code, diff = diff_json(f"{archive}#{REGULATION}@2550", f"{archive}#{REGULATION}@2555")
    assert code == 1 and diff["summary"]["added"] == 1 and diff["summary"]["removed"] == 1


def test_a_ref_several_documents_share_is_refused_with_the_refs_that_pick_each(archive):
    result = moukit("diff", f"{archive}#{LETTER}", f"{archive}#011.txt#1")
    error = result.stderr.decode()
    assert result.returncode == 2 and len(error.strip().splitlines()) == 1
    assert "2 documents in the archive match" in error
    assert f"{archive}#{LETTER}@2013-03-05" in error and f"{archive}#{LETTER}@2014-03-05" in error
    listed = moukit("diff", "--list", f"{archive}#{REGULATION}")
    assert listed.returncode == 0 and "@2007-03-01" in listed.stdout.decode() and "@2012-06-01" in listed.stdout.decode()


def test_copies_of_one_date_are_picked_by_their_file(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(DATA / "letter-2556.txt", tmp_path / folder)
    archive = build(tmp_path, tmp_path / "a", tmp_path / "b")
    with pytest.raises(SelectorError) as raised:
        archived_document(str(archive), LETTER)
    first, second = (str(tmp_path / folder / "letter-2556.txt") for folder in ("a", "b"))
    assert f"'{archive}#{first}#0'" in str(raised.value) and f"'{archive}#{second}#0'" in str(raised.value)
    assert archived_document(str(archive), f"{second}#0").header.ref.raw == "มท ๐๘๐๘.๒/ว ๑๒๓๔"


def test_no_such_ref_and_no_archive_are_one_line_each_exit_2(archive, tmp_path):
    other = tmp_path / "other.db"
    import sqlite3

    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    cases = {
        f"{archive}#มท 9999/ว 1": "no document in the archive",
        f"{archive}#{LETTER}@2540": "no document in the archive",
        f"{other}#{LETTER}": "not an archive moukit wrote",
    }
    for spec, message in cases.items():
        result = moukit("diff", spec, f"{archive}#011.txt#1")
        error = result.stderr.decode()
        assert result.returncode == 2 and message in error and len(error.strip().splitlines()) == 1, error


def test_what_is_an_archive_spec(archive, tmp_path):
    assert split_archive_spec(f"{archive}#011.txt#1") == (str(archive), "011.txt#1")
    assert split_archive_spec(f"{archive}#{LETTER}") == (str(archive), LETTER)
    text = tmp_path / "notes.db"
    text.write_text("ที่ มท 0808.2/ว 1\n", encoding="utf-8")  # a text file named .db: a FILE#selector
    assert split_archive_spec(f"{text}#1") is None
    assert split_archive_spec(f"{CORPUS / '011.txt'}#1") is None
    assert split_archive_spec(f"{tmp_path / 'missing.db'}#x") is None


def _hunks(result) -> list[str]:
    """A unified diff's lines without the two that name its sides."""
    return [line for line in result.stdout.decode().splitlines() if not line.startswith(("--- ", "+++ "))]


def test_unified_reads_the_archived_files_again_and_shows_their_text(archive):
    from_archive = moukit("diff", "-f", "unified", f"{archive}#011.txt#1", f"{archive}#012.txt#1")
    from_files = moukit("diff", "-f", "unified", CORPUS / "011.txt#1", CORPUS / "012.txt#1")
    assert from_archive.returncode == from_files.returncode == 1, from_archive.stderr.decode()
    assert _hunks(from_archive) == _hunks(from_files) and any(line.startswith("@@") for line in _hunks(from_files))
    assert f"--- {archive}#011.txt#1" in from_archive.stdout.decode()


def test_unified_refuses_a_file_gone_or_changed_since_it_was_archived(tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    for name in ("011.txt", "012.txt"):
        shutil.copy(CORPUS / name, folder / name)
    db = build(tmp_path, folder)
    with (folder / "012.txt").open("a", encoding="utf-8") as file:
        file.write("\nบรรทัดที่เพิ่มภายหลัง\n")
    (folder / "011.txt").unlink()
    for spec, said in ((f"{db}#012.txt#1", "has changed since it was archived"), (f"{db}#011.txt#1", "is not on disk")):
        result = moukit("diff", "-f", "unified", spec, spec)
        error = result.stderr.decode()
        assert result.returncode == 2 and said in error and len(error.strip().splitlines()) == 1, error
    # the views that compare Documents still work from the archive alone
    assert moukit("diff", "-f", "json", f"{db}#011.txt#1", f"{db}#012.txt#1").returncode == 1
