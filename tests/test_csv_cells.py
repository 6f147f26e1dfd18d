"""CSV cells as spreadsheets read them (issue 13, items 4 and 5): text a spreadsheet would turn
into a number or a date stays text (``="2.10"``), text it would run as a formula is guarded
(``'=HYPERLINK(…)``, OWASP), and ``--plain-csv`` writes values as they are. Where LibreOffice is
installed, a real ``soffice --headless --convert-to csv`` shows every value as written."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess

import pytest

from moukit import parse_text
from moukit.export.csv import plain_cell, spreadsheet_cell, to_csv
from moukit.models import Clause, Document

from .conftest import SAMPLES, moukit

CIRCULAR = SAMPLES / "circular-dla-mou-thaihealth-2556.txt"
HYPERLINK = '=HYPERLINK("http://example.invalid/x","ดูรายละเอียด")'

CELLS = [
    ("2.10", '="2.10"'),            # a clause number: 2.1 otherwise
    ("1/1", '="1/1"'),              # 1 January otherwise
    ("17/2560", '="17/2560"'),      # an order's ที่ in Arabic digits
    ("2013-12-07", '="2013-12-07"'),
    ("0891", '="0891"'),            # a leading zero
    ("1e5", '="1e5"'),
    ("TRUE", '="TRUE"'),
    ("-5", '="-5"'),
    (HYPERLINK, "'" + HYPERLINK),
    ("+66 2241 9000 ต่อ", "'+66 2241 9000 ต่อ"),
    ("- ข้อความ", "'- ข้อความ"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"),
    ("มท ๐๘๙๑.๓/ว ๒๕๕๖", "มท ๐๘๙๑.๓/ว ๒๕๕๖"),  # Thai digits are text to a spreadsheet
    ("ข้อ ๒.๑๐", "ข้อ ๒.๑๐"),
    ("a1b2", "a1b2"),
    ("", ""),
]


@pytest.mark.parametrize(("value", "cell"), CELLS, ids=[repr(v)[:20] for v, _ in CELLS])
def test_a_text_cell_is_kept_as_text_and_read_back(value, cell):
    assert spreadsheet_cell(value) == cell
    assert plain_cell(cell) == value


def test_numbers_and_nulls_are_left_alone():
    assert spreadsheet_cell(3) == 3 and spreadsheet_cell(None) is None


def _order_with_clause(number: str) -> Document:
    clause = Clause(label=f"ข้อ {number}", number=number, text="ให้ใช้บังคับ", lines=(2, 2))
    return Document(kind="order", lines=(1, 2), body=(clause,))


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def test_to_csv_guards_by_default_and_plain_on_request():
    doc = _order_with_clause("2.10")
    assert _rows(to_csv([doc], "clauses"))[0]["number"] == '="2.10"'
    assert _rows(to_csv([doc], "clauses", spreadsheet=False))[0]["number"] == "2.10"


@pytest.fixture
def hostile_letter(tmp_path):
    lines = CIRCULAR.read_text(encoding="utf-8").split("\n")
    lines[11] = f"เรื่อง {HYPERLINK}"  # line 12, the subject: copied from a web page
    path = tmp_path / "letter.txt"
    path.write_text("\n".join(lines[:12] + ["", ""] + lines[14:]), encoding="utf-8")
    assert parse_text(path.read_text(encoding="utf-8")).header.subject.startswith(HYPERLINK)
    return path


def test_batch_csv_guards_a_formula_in_a_subject(hostile_letter, tmp_path):
    out = tmp_path / "out.csv"
    assert moukit("batch", hostile_letter, "-o", out, "-w", "1").returncode == 0
    [row] = _rows(out.read_text(encoding="utf-8"))
    assert row["subject"].startswith("'" + HYPERLINK) and row["date"] == '="2013-12-07"'
    plain = tmp_path / "plain.csv"
    assert moukit("batch", hostile_letter, "-o", plain, "-w", "1", "--plain-csv").returncode == 0
    [row] = _rows(plain.read_text(encoding="utf-8"))
    assert row["subject"].startswith(HYPERLINK) and row["date"] == "2013-12-07"


def test_resume_reads_back_a_path_written_as_text(tmp_path, monkeypatch):
    # A file named like a number: its path cell is ="2.10"; --resume must know it is done.
    path = tmp_path / "2.10"
    path.write_bytes(CIRCULAR.read_bytes())
    out = tmp_path / "out.csv"
    monkeypatch.chdir(tmp_path)
    assert moukit("batch", "2.10", "-o", out, "-w", "1").returncode == 0
    assert _rows(out.read_text(encoding="utf-8"))[0]["path"] == '="2.10"'
    again = moukit("batch", "2.10", "-o", out, "-w", "1", "--resume")
    assert again.returncode == 0 and "skipped 1 already there" in again.stderr.decode("utf-8")
    assert len(_rows(out.read_text(encoding="utf-8"))) == 1


@pytest.mark.slow  # starts LibreOffice: several seconds
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_shows_every_value_as_written(hostile_letter, tmp_path):
    out = tmp_path / "docs.csv"
    moukit("batch", hostile_letter, CIRCULAR, "-o", out, "-w", "1")
    clauses = tmp_path / "clauses.csv"
    clauses.write_text(to_csv([_order_with_clause("2.10"), _order_with_clause("1/1")], "clauses", bom=True),
                       encoding="utf-8")
    for written in (out, clauses):
        converted = tmp_path / "calc" / written.name
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                        "--convert-to", "csv", "--outdir", str(converted.parent), str(written)],
                       check=True, capture_output=True, timeout=120)
        shown = _rows(converted.read_text(encoding="utf-8-sig"))
        expected = [{key: _as_shown(cell) for key, cell in row.items()} for row in _rows(written.read_text("utf-8"))]
        assert shown == expected


def _as_shown(cell: str) -> str:
    """What a spreadsheet shows for a cell moukit wrote: the text of ="…", else the cell itself
    (a guarded formula keeps its apostrophe)."""
    return plain_cell(cell) if cell.startswith('="') else cell
