"""Every sample and corpus file through ``moukit parse`` in every format, all at once and to
``-o``, on terminals 40, 80 and 200 columns wide: the default view must never die, and with
several files every file must be in the output (issue 13, item 1)."""

from __future__ import annotations

import json

import pytest

from moukit import parse_file
from moukit.cli.options import ParseFormat

from .conftest import corpus_files, moukit, sample_files

FILES = sample_files() + corpus_files()


KINDS = [parse_file(path).kind for path in FILES]
# Only the table view depends on the width; it is slow to draw (about 1 s for all the files),
# so the narrow and the wide terminal run in the full suite only (tests/test_table_view.py
# draws each document at every width in the fast tier).
TEXT_FORMATS = [f for f in ParseFormat if f not in (ParseFormat.table, ParseFormat.xlsx)]
CASES = [pytest.param(f.value, 120, id=f.value) for f in TEXT_FORMATS] + [
    pytest.param("table", w, id=f"table-{w}", marks=[pytest.mark.slow] if w != 80 else []) for w in (40, 80, 200)
]


@pytest.mark.parametrize(("format", "width"), CASES)
def test_every_file_in_every_format_at_every_width(tmp_path, monkeypatch, format, width):
    monkeypatch.setenv("COLUMNS", str(width))
    printed = moukit("parse", "--format", format, *FILES)
    assert printed.returncode == 0 and printed.stderr == b"", printed.stderr
    out = tmp_path / f"out.{format}"
    written = moukit("parse", "--format", format, "-o", out, *FILES)
    assert written.returncode == 0 and written.stdout == b"" and written.stderr == b""
    for text in (printed.stdout.decode("utf-8"), out.read_text(encoding="utf-8")):
        if format == "json":
            assert [doc["source"]["path"] for doc in json.loads(text)] == [str(f) for f in FILES]
        elif format == "jsonl":
            assert [json.loads(line)["source"]["path"] for line in text.splitlines()] == [str(f) for f in FILES]
        else:  # one view per file: each begins with its kind
            position = 0
            for kind in KINDS:
                position = text.index(kind, position) + len(kind)


def test_a_bug_in_the_command_is_one_line_not_a_traceback(monkeypatch, capsys):
    # The last guard of `moukit`: an exception that is not a MoukitError is a bug; the user
    # gets one line saying so, and exit code 1.
    from moukit.cli import commands

    def broken() -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(commands, "app", broken)
    with pytest.raises(SystemExit) as exit:
        commands.main()
    assert exit.value.code == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("moukit: internal error: IndexError: list index out of range")


def test_every_file_into_one_workbook(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")  # in the test extra
    out = tmp_path / "all.xlsx"
    written = moukit("parse", "--format", "xlsx", "-o", out, *FILES)
    assert written.returncode == 0 and written.stdout == b"" and written.stderr == b""
    rows = list(openpyxl.load_workbook(out, read_only=True)["documents"].iter_rows(min_row=2, values_only=True))
    assert [(row[0], row[2]) for row in rows] == [(str(f), kind) for f, kind in zip(FILES, KINDS)]
