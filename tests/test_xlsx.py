"""Excel output (issue 13, item 12): ``moukit batch … -o OUT.xlsx`` and ``parse -f xlsx`` write
one workbook with the sheets documents, clauses, signatories and parties; text cells are text
(2.10 stays 2.10, =HYPERLINK(…) is not run), the header row is bold and frozen, columns are
sized, Thai is intact. Where LibreOffice is installed, it reads every value back as written."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys

import pytest

from moukit import parse_file, to_rows
from moukit.export.xlsx import to_xlsx
from moukit.models import Clause, Document

from .conftest import CORPUS, SAMPLES, moukit, sample_files

openpyxl = pytest.importorskip("openpyxl")  # in the test extra

CIRCULAR = SAMPLES / "circular-dla-mou-thaihealth-2556.txt"
SHEETS = ["documents", "clauses", "signatories", "parties", "members"]
HYPERLINK = '=HYPERLINK("http://example.invalid/x","ดูรายละเอียด")'


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    root = tmp_path_factory.mktemp("xlsx")
    (root / "empty.txt").write_bytes(b"")
    for sample in sample_files():
        shutil.copy(sample, root / sample.name)
    out = root / "out.xlsx"
    result = moukit("batch", root, "-o", out, "-w", "1")
    assert result.returncode == 1 and not out.with_name("out.xlsx.partial").exists()
    return out, openpyxl.load_workbook(out)


def _values(sheet) -> list[dict]:
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row)) for row in rows[1:]]


def test_the_sheets_hold_the_rows_of_every_file(workbook):
    out, book = workbook
    assert book.sheetnames == SHEETS
    documents = _values(book["documents"])
    assert len(documents) == len(sample_files()) + 1
    circular = next(row for row in documents if row["path"].endswith(CIRCULAR.name))
    expected = to_rows(parse_file(circular["path"]))[0]
    assert circular == expected  # Thai intact, counts as numbers, absent values empty
    failed = next(row for row in documents if row["path"].endswith("empty.txt"))
    assert failed["error"] == "input_error" and failed["error_message"].endswith("is empty (0 bytes)")
    for name in SHEETS[1:]:  # a failed file has its row in every sheet
        assert any(row["path"].endswith("empty.txt") and row["error"] for row in _values(book[name]))
    signers = [row for row in _values(book["signatories"]) if row["path"] == circular["path"]]
    assert signers[0]["name"] == "โชคชัย เตชะธนรัญ" and signers[0]["positions"].startswith("รองอธิบดี รักษาการแทน / ")
    parties = [row["abbreviation"] for row in _values(book["parties"]) if row["path"] == circular["path"]]
    assert "สสส." in parties


def test_text_cells_are_text_the_header_is_frozen_and_columns_sized(workbook):
    _, book = workbook
    for sheet in book:
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.b for cell in sheet[1])
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str):
                    assert cell.data_type == "s" and cell.number_format == "@"
        widths = [sheet.column_dimensions[letter].width for letter in "ABC"]
        assert all(8 <= width <= 62 for width in widths)
    assert book["documents"].column_dimensions["A"].width > 30  # the paths


def test_numbers_dates_and_formulas_stay_as_written(tmp_path):
    clauses = [Clause(label=f"ข้อ {n}", number=n, text=text, lines=(i + 2, i + 2))
               for i, (n, text) in enumerate([("2.10", HYPERLINK), ("1/1", "+66 2241 9000"), ("3", "@SUM(A1)")])]
    out = tmp_path / "t.xlsx"
    to_xlsx([Document(kind="order", lines=(1, 5), body=tuple(clauses))], out)
    rows = list(openpyxl.load_workbook(out)["clauses"].iter_rows(min_row=2))
    assert [(row[4].value, row[6].value) for row in rows] == [
        ("2.10", HYPERLINK), ("1/1", "+66 2241 9000"), ("3", "@SUM(A1)")]
    assert all(row[6].data_type == "s" for row in rows)  # text, not a formula


def test_parse_writes_a_workbook_to_an_xlsx_out(tmp_path):
    out = tmp_path / "one.xlsx"
    assert moukit("parse", CIRCULAR, "-o", out).returncode == 0  # the extension chooses
    assert _values(openpyxl.load_workbook(out)["documents"])[0]["kind"] == "letter"
    result = moukit("parse", "-f", "xlsx", CIRCULAR)
    assert result.returncode == 2 and result.stdout == b""
    assert result.stderr.decode("utf-8") == "moukit: error: --format xlsx writes an Excel file: give it with -o OUT.xlsx\n"


def test_xlsx_cannot_be_resumed_and_needs_its_extra(tmp_path, monkeypatch):
    out = tmp_path / "out.xlsx"
    result = moukit("batch", CIRCULAR, "-o", out, "--resume")
    assert result.returncode == 2
    assert "--resume works with .jsonl and .csv only: an Excel file cannot be appended to" in result.stderr.decode("utf-8")
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    for args in (["batch", CIRCULAR, "-o", out], ["parse", CIRCULAR, "-o", out]):
        result = moukit(*args)
        assert result.returncode == 2 and not out.exists()
        assert result.stderr.decode("utf-8").endswith("Excel output needs openpyxl: pip install 'moukit[xlsx]'\n")


@pytest.mark.slow  # starts LibreOffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_reads_every_value_as_written(workbook, tmp_path):
    out, book = workbook
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                    "--outdir", str(tmp_path), str(out)], check=True, capture_output=True, timeout=120)
    for name in SHEETS:
        with (tmp_path / f"out-{name}.csv").open(encoding="utf-8", newline="") as file:
            shown = list(csv.DictReader(file))
        written = [{k: "" if v is None else str(v) for k, v in row.items()} for row in _values(book[name])]
        assert shown == written, name


def test_committee_members_are_rows_of_their_own_sheet():
    from moukit.export.tables import workbook_rows

    rows = workbook_rows(parse_file(CORPUS / "225.txt"))["members"]
    assert len(rows) == 120  # eleven committees of corpus 225
    first = dict(zip(("path", "document", "kind", "committee", "honorific", "name", "position", "role"), rows[0]))
    assert (first["committee"], first["name"], first["role"]) == (
        "คณะกรรมการปฏิรูปประเทศด้านการเมือง", "เอนก เหล่าธรรมทัศน์", "ประธานกรรมการ")
