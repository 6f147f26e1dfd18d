"""The Python API as a newcomer meets it (issue 13): a wrong argument type is said at the door,
in one sentence naming the right call, not as an error deep inside."""

from __future__ import annotations

import pytest

from moukit import parse_bytes, parse_file, parse_text

from .conftest import SAMPLES

CIRCULAR = SAMPLES / "circular-dla-mou-thaihealth-2556.txt"


def test_parse_bytes_given_a_str_names_parse_text():
    with pytest.raises(TypeError, match=r"^parse_bytes\(\) takes the bytes of a file, not str; for text already "
                                        r"decoded, call parse_text\(text\)$"):
        parse_bytes(CIRCULAR.read_text(encoding="utf-8"), "circular.txt")


def test_parse_text_given_bytes_names_parse_bytes():
    with pytest.raises(TypeError, match=r"^parse_text\(\) takes a str, not bytes; for a file's bytes, call "
                                        r"parse_bytes\(data, path\)$"):
        parse_text(CIRCULAR.read_bytes())


def test_bytearray_and_memoryview_are_bytes():
    data = CIRCULAR.read_bytes()
    assert parse_bytes(bytearray(data), "c.txt") == parse_bytes(memoryview(data), "c.txt") == parse_bytes(data, "c.txt")


# -- parity with the command line (issue 13, item 16) -------------------------------------------


def test_dir_shows_the_api_only():
    import moukit

    assert dir(moukit) == sorted(moukit.__all__)
    for name in moukit.__all__:
        assert getattr(moukit, name) is not None
    assert {"check_document", "select_document", "to_rows", "Document", "DocumentDiff"} <= set(moukit.__all__)


def test_check_document_is_what_moukit_check_prints():
    import datetime
    import json

    from moukit import check_document

    from .conftest import moukit

    path = SAMPLES / "news-dla-meeting-directives.txt"
    printed = json.loads(moukit("check", "--today", "2025-01-01", path).stdout)[0]["findings"]
    findings = check_document(parse_file(path), today=datetime.date(2025, 1, 1))
    assert [f.model_dump(mode="json") for f in findings] == printed


def test_select_and_diff_are_what_moukit_diff_prints():
    import json

    from moukit import DocumentDiff, diff_documents, select_document

    from .conftest import moukit

    news = SAMPLES / "news-dla-thaihealth-mou-clauses.txt"
    printed = json.loads(moukit("diff", news, f"{CIRCULAR}#mou", "-f", "json").stdout)
    mou = select_document(parse_file(CIRCULAR), "mou")
    diff = diff_documents(parse_file(news), mou)
    assert isinstance(diff, DocumentDiff) and mou.kind == "mou"
    assert diff.model_dump(mode="json")["summary"] == printed["summary"]


def test_to_rows_are_the_rows_of_the_csv(tmp_path):
    import csv

    from moukit import to_rows
    from moukit.export.csv import plain_cell

    from .conftest import moukit

    out = tmp_path / "clauses.csv"
    moukit("batch", CIRCULAR, "-o", out, "--table", "clauses", "-w", "1")
    with out.open(encoding="utf-8-sig", newline="") as file:
        written = [{k: plain_cell(v) for k, v in row.items()} for row in csv.DictReader(file)]
    rows = to_rows(parse_file(CIRCULAR), "clauses")
    assert [{k: "" if v is None else str(v) for k, v in row.items()} for row in rows] == written
    assert to_rows(parse_file(CIRCULAR))[0]["kind"] == "letter"
    with pytest.raises(ValueError, match="no table 'pages'; the tables are: documents, clauses"):
        to_rows(parse_file(CIRCULAR), "pages")
