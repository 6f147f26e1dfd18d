"""The ``moukit`` command end to end (SPEC §4).

Most cases run the command in-process (``moukit(...)``, typer's CliRunner), with stdout and
stderr apart and standard output not a terminal. What only a real process shows runs
``python -m moukit`` (``moukit_process``, marked slow): exit statuses, a terminal, a closed
pipe. Assertions are on JSON and on plain facts about the text (a subject is mentioned, a
line count), never on the layout of the table view.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from moukit import __version__
from moukit.stages.normalize import NORMALIZERS

from .conftest import MOUKIT, PROCESS_ENV, ROOT, SAMPLES, Run, moukit, moukit_process

CIRCULAR = SAMPLES / "circular-dla-mou-thaihealth-2556.txt"
NEWS = SAMPLES / "news-dla-meeting-directives.txt"
CIRCULAR_CP874 = ROOT / "tests" / "data" / "letter-cp874.txt"

SUBJECT_START = "ขอความร่วมมือประชาสัมพันธ์"  # the first words of the circular's เรื่อง (line 12)
SUBJECT = (
    "ขอความร่วมมือประชาสัมพันธ์บันทึกข้อตกลงความร่วมมือการส่งเสริม สนับสนุน และพัฒนา"
    "ขีดความสามารถขององค์กรปกครองส่วนท้องถิ่น ระหว่าง กรมส่งเสริมการปกครองท้องถิ่น"
    " กระทรวงมหาดไทย กับ สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ (สสส.)"
)

# A letter typed with Arabic digits, for --digits thai.
ARABIC_LETTER = """\
ที่ มท 0891.3/ว 2556

กรมส่งเสริมการปกครองท้องถิ่น
ถนนนครราชสีมา เขตดุสิต กทม. 10300

7 ธันวาคม 2556

เรื่อง ขอความร่วมมือประชาสัมพันธ์ 9 ข้อ

เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

ด้วยกรมส่งเสริมการปกครองท้องถิ่นได้ร่วมลงนามเมื่อวันที่ 18 ตุลาคม 2556

ขอแสดงความนับถือ
"""

# SGR parameters that set a colour: 30–38 and 90–97 (foreground), 40–48 and 100–107 (background).
_SGR = re.compile(r"\x1b\[([0-9;]*)m")
_COLOUR_CODES = {*range(30, 39), *range(40, 49), *range(90, 98), *range(100, 108)}


Result = Run | subprocess.CompletedProcess[bytes]  # in-process or a real process


def stdout_json(result: Result):
    return json.loads(result.stdout.decode("utf-8"))


def assert_ok(result: Result) -> None:
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert result.stderr == b""


def assert_no_traceback(result: Result) -> None:
    assert b"Traceback" not in result.stderr
    assert b"Traceback" not in result.stdout


def error_lines(result: Result) -> list[str]:
    return result.stderr.decode("utf-8").splitlines()


def colour_codes(text: str) -> set[int]:
    return {int(code) for params in _SGR.findall(text) for code in params.split(";") if code} & _COLOUR_CODES


# --- parse: formats -------------------------------------------------------------------------


def test_parse_json_is_one_document():
    result = moukit("parse", "--format", "json", CIRCULAR)
    assert_ok(result)
    doc = stdout_json(result)
    assert doc["kind"] == "letter"
    assert doc["source"]["path"] == str(CIRCULAR)
    assert doc["source"]["encoding"] == "utf-8"
    assert doc["header"]["ref"]["raw"] == "มท ๐๘๙๑.๓/ว ๒๕๕๖"
    assert doc["header"]["ref"]["number"] == "2556"
    assert doc["header"]["subject"] == SUBJECT
    assert [attachment["kind"] for attachment in doc["attachments"]] == ["mou"]
    assert doc["attachments"][0]["title"] == "บันทึกข้อตกลงความร่วมมือ"


def test_parse_json_keeps_thai_unescaped():
    result = moukit("parse", "--format", "json", CIRCULAR)
    assert_ok(result)
    assert "๗ ธันวาคม ๒๕๕๖" in result.stdout.decode("utf-8")
    assert b"\\u0e" not in result.stdout.lower()


def test_parse_default_format_is_json_when_stdout_is_not_a_terminal():
    default = moukit("parse", CIRCULAR)
    assert_ok(default)
    assert stdout_json(default) == stdout_json(moukit("parse", "--format", "json", CIRCULAR))


def test_parse_jsonl_prints_one_document_per_line():
    result = moukit("parse", "--format", "jsonl", CIRCULAR, NEWS)
    assert_ok(result)
    lines = result.stdout.decode("utf-8").splitlines()
    assert len(lines) == 2
    docs = [json.loads(line) for line in lines]
    assert [doc["source"]["path"] for doc in docs] == [str(CIRCULAR), str(NEWS)]
    assert docs[0]["kind"] == "letter"
    assert all(doc["schema_version"] == 1 for doc in docs)


def test_parse_json_with_several_files_is_an_array():
    result = moukit("parse", "--format", "json", CIRCULAR, NEWS)
    assert_ok(result)
    docs = stdout_json(result)
    assert isinstance(docs, list)
    assert [doc["source"]["path"] for doc in docs] == [str(CIRCULAR), str(NEWS)]


def test_parse_md_contains_the_subject():
    result = moukit("parse", "--format", "md", CIRCULAR)
    assert_ok(result)
    text = result.stdout.decode("utf-8")
    assert SUBJECT in text
    assert "บันทึกข้อตกลงความร่วมมือ" in text  # the attached MOU's title


def test_parse_table_renders_plain_text_off_a_terminal():
    result = moukit("parse", "--format", "table", CIRCULAR)
    assert_ok(result)
    text = result.stdout.decode("utf-8")
    assert SUBJECT_START in text
    assert "\x1b[" not in text


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
@pytest.mark.parametrize("no_color", [True, False], ids=["NO_COLOR", "colour"])
def test_parse_default_format_on_a_terminal_is_the_table(no_color):
    import pty

    env = {key: value for key, value in PROCESS_ENV.items() if key != "NO_COLOR"}
    env["TERM"] = "xterm-256color"
    if no_color:
        env["NO_COLOR"] = "1"
    controller, terminal = pty.openpty()
    try:
        process = subprocess.Popen(
            [*MOUKIT, "parse", str(CIRCULAR)],
            stdin=subprocess.DEVNULL, stdout=terminal, stderr=subprocess.PIPE, env=env,
        )
        os.close(terminal)
        chunks = []
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        stderr = process.stderr.read()
        process.stderr.close()
        assert process.wait(timeout=120) == 0, stderr
    finally:
        os.close(controller)
    text = b"".join(chunks).decode("utf-8")
    assert not text.lstrip().startswith("{")  # not JSON
    assert SUBJECT_START in text
    if no_color:
        assert colour_codes(text) == set()
    else:
        assert colour_codes(text)


@pytest.mark.parametrize("format", [None, "json", "jsonl", "md", "table"], ids=lambda f: f or "default")
def test_parse_output_file_gets_everything_and_stdout_nothing(tmp_path, format):
    out = tmp_path / "ผลลัพธ์.out"
    args = ["parse", CIRCULAR, "-o", out] + (["--format", format] if format else [])
    result = moukit(*args)
    assert_ok(result)
    assert result.stdout == b""
    text = out.read_bytes().decode("utf-8")  # strict UTF-8
    assert SUBJECT_START in text
    if format in (None, "json"):  # -o without --format writes JSON, even from a terminal
        assert json.loads(text)["header"]["date"]["raw"] == "๗ ธันวาคม ๒๕๕๖"
    if format == "jsonl":
        assert [json.loads(line)["kind"] for line in text.splitlines()] == ["letter"]


def test_parse_reads_standard_input():
    result = moukit("parse", "--format", "json", "-", stdin=CIRCULAR.read_bytes())
    assert_ok(result)
    doc = stdout_json(result)
    assert doc["source"]["path"] == "-"
    assert doc["source"]["bytes"] == CIRCULAR.stat().st_size
    assert doc["header"]["ref"]["number"] == "2556"


def test_parse_reads_cp874():
    result = moukit("parse", "--format", "json", CIRCULAR_CP874)
    assert_ok(result)
    doc = stdout_json(result)
    assert doc["source"]["encoding"] == "cp874"
    assert doc["header"]["subject"] == SUBJECT


# --- parse: --digits ------------------------------------------------------------------------


def test_digits_keep_is_the_default():
    header = stdout_json(moukit("parse", CIRCULAR))["header"]
    assert header["date"] == {"raw": "๗ ธันวาคม ๒๕๕๖", "iso": "2013-12-07", "year_be": 2556, "precision": "day"}


def test_digits_arabic_changes_text_not_parsed_values():
    result = moukit("parse", "--digits", "arabic", CIRCULAR)
    assert_ok(result)
    doc = stdout_json(result)
    assert doc["header"]["date"] == {"raw": "7 ธันวาคม 2556", "iso": "2013-12-07", "year_be": 2556, "precision": "day"}
    assert doc["header"]["ref"]["raw"] == "มท 0891.3/ว 2556"
    assert doc["header"]["ref"]["number"] == "2556"
    assert "๑๘ ตุลาคม ๒๕๕๖" not in result.stdout.decode("utf-8")
    assert "18 ตุลาคม 2556" in doc["body"][0]["text"]


def test_digits_thai_on_an_arabic_digit_text(tmp_path):
    letter = tmp_path / "letter.txt"
    letter.write_text(ARABIC_LETTER, encoding="utf-8")
    result = moukit("parse", "--digits", "thai", letter)
    assert_ok(result)
    doc = stdout_json(result)
    assert doc["header"]["date"] == {"raw": "๗ ธันวาคม ๒๕๕๖", "iso": "2013-12-07", "year_be": 2556, "precision": "day"}
    assert doc["header"]["ref"]["raw"] == "มท ๐๘๙๑.๓/ว ๒๕๕๖"
    assert doc["header"]["ref"]["unit"] == "0891.3"  # a parsed value stays Arabic
    assert doc["header"]["subject"] == "ขอความร่วมมือประชาสัมพันธ์ ๙ ข้อ"
    assert doc["source"]["path"] == str(letter)  # paths are never converted


# --- errors ---------------------------------------------------------------------------------


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Bad inputs by case id: the path and a word the error must use."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    nul = tmp_path / "nul.txt"
    nul.write_bytes("ที่ มท ๐๘๙๑.๓\x00\x00\x00".encode())
    png = tmp_path / "scan.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06")
    undecodable = tmp_path / "latin1.txt"
    undecodable.write_bytes("subject line\ncafé à la carte, déjà vu\n".encode("latin-1"))
    return {
        "missing": (tmp_path / "no-such-file.txt", "no such file"),
        "directory": (tmp_path, "directory"),
        "empty": (empty, "empty"),
        "nul-bytes": (nul, "binary"),
        "png": (png, "binary"),
        "undecodable": (undecodable, "decoded"),
    }


BAD_CASES = ["missing", "directory", "empty", "nul-bytes", "png", "undecodable"]


# A directory is read by parse (its files: tests/test_cli_dirs.py), not by normalize.
@pytest.mark.parametrize(("case", "command"), [(case, command) for case in BAD_CASES for command in ("parse", "normalize")
                                               if (case, command) != ("directory", "parse")])
def test_bad_input_is_one_line_on_stderr_and_exit_1(tmp_path, command, case):
    path, word = _bad_inputs(tmp_path)[case]
    result = moukit(command, path)
    assert result.returncode == 1
    assert_no_traceback(result)
    assert result.stdout == b""
    [line] = error_lines(result)
    assert line.startswith("moukit: error: ")
    assert str(path) in line
    assert word in line


def test_undecodable_input_names_the_line(tmp_path):
    path, _ = _bad_inputs(tmp_path)["undecodable"]
    [line] = error_lines(moukit("parse", path))
    assert f"{path}:2:" in line  # "café" is on line 2


def test_empty_standard_input_is_an_error():
    result = moukit("parse", "-", stdin=b"")
    assert result.returncode == 1
    assert_no_traceback(result)
    [line] = error_lines(result)
    assert "-: " in line


@pytest.mark.parametrize("format", ["json", "jsonl"])
def test_a_bad_file_does_not_stop_the_good_ones(tmp_path, format):
    missing = tmp_path / "missing.txt"
    result = moukit("parse", "--format", format, CIRCULAR, missing)
    assert result.returncode == 1
    assert_no_traceback(result)
    [line] = error_lines(result)
    assert str(missing) in line
    text = result.stdout.decode("utf-8")
    # Two FILEs were given: json is an array (of the one that parsed), jsonl one line.
    docs = json.loads(text) if format == "json" else [json.loads(line) for line in text.splitlines()]
    assert [doc["source"]["path"] for doc in docs] == [str(CIRCULAR)]


@pytest.mark.parametrize("format", ["json", "table"])
def test_an_unwritable_output_is_one_line_and_exit_1(tmp_path, format):
    out = tmp_path / "no-such-dir" / "out.txt"
    result = moukit("parse", "--format", format, "-o", out, CIRCULAR)
    assert result.returncode == 1
    assert_no_traceback(result)
    [line] = error_lines(result)
    assert str(out) in line


@pytest.mark.parametrize(
    "args",
    [
        ["parse", "--no-such-option", CIRCULAR],
        ["parse", "--format", "xml", CIRCULAR],
        ["parse", "--digits", "roman", CIRCULAR],
        ["parse"],
        ["normalize"],
        ["schema", "no-such-model"],
        ["no-such-command"],
    ],
    ids=["unknown-option", "unknown-format", "unknown-digits", "parse-no-file", "normalize-no-file",
         "unknown-schema", "unknown-command"],
)
def test_usage_errors_exit_2(args):
    result = moukit(*args)
    assert result.returncode == 2
    assert_no_traceback(result)
    assert result.stdout == b""
    assert "Usage:" in result.stderr.decode("utf-8")


def test_unknown_format_names_the_option():
    stderr = moukit("parse", "--format", "xml", CIRCULAR).stderr.decode("utf-8")
    assert "--format" in stderr
    assert "'xml'" in stderr


def test_unknown_normalization_step_exits_2_listing_the_steps():
    result = moukit("normalize", "--step", "nosuchstep", CIRCULAR)
    assert result.returncode == 2
    assert_no_traceback(result)
    assert result.stdout == b""
    [line] = error_lines(result)
    assert "nosuchstep" in line
    assert all(name in line for name in NORMALIZERS)


# --- normalize ------------------------------------------------------------------------------


def test_normalize_keeps_the_number_of_lines():
    result = moukit("normalize", CIRCULAR)
    assert_ok(result)
    source = CIRCULAR.read_text(encoding="utf-8")
    assert result.stdout.decode("utf-8").count("\n") == source.count("\n")


def test_normalize_crlf_keeps_the_number_of_lines():
    source = "ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖\r\n\r\nเรื่อง ทดสอบ\rเรียน ผู้ว่าราชการจังหวัด\r\n"
    result = moukit("normalize", "-", stdin=source.encode("utf-8"))
    assert_ok(result)
    assert result.stdout.decode("utf-8") == "ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖\n\nเรื่อง ทดสอบ\nเรียน ผู้ว่าราชการจังหวัด\n"


# (damaged line, repaired line): one damage per line, so the line count is checked too.
REPAIRS = [
    ("เกณฑ\uf70eราคากลาง", "เกณฑ์ราคากลาง"),  # a PUA thanthakhat (tests/data/024)
    ("หน\uf70bา ๑ เล\uf70aม ๑๓๔", "หน้า ๑ เล่ม ๑๓๔"),  # PUA tone marks (tests/data/027)
    ("ความจ\u0e4d\u0e32เป\u0e47น", "ความจำเป็น"),  # a decomposed sara am
    ("ข้อ\u00a0๑\u00a0การประชุม", "ข้อ ๑ การประชุม"),  # NBSP
    ("ขอแสดง\u200bความนับถือ", "ขอแสดงความนับถือ"),  # a zero-width space
    ("", ""),
    ("เเละ", "และ"),  # sara e typed twice for sara ae
]


def test_normalize_repairs_damaged_text(tmp_path):
    damaged = tmp_path / "damaged.txt"
    damaged.write_text("\n".join(line for line, _ in REPAIRS) + "\n", encoding="utf-8")
    result = moukit("normalize", damaged)
    assert_ok(result)
    assert result.stdout.decode("utf-8").split("\n")[:-1] == [repaired for _, repaired in REPAIRS]


def test_normalize_step_applies_only_that_step():
    result = moukit("normalize", "--step", "pua", "-", stdin="เกณฑ\uf70e\u00a0ราคา\n".encode("utf-8"))
    assert_ok(result)
    assert result.stdout.decode("utf-8") == "เกณฑ์\u00a0ราคา\n"  # the NBSP is another step's


def test_normalize_list_shows_the_steps_in_order():
    result = moukit("normalize", "--list")  # no FILE needed
    assert_ok(result)
    names = [line.split()[0] for line in result.stdout.decode("utf-8").splitlines()]
    assert names == list(NORMALIZERS)


# --- schema, version, help ------------------------------------------------------------------


def test_schema_is_a_json_schema_of_the_document():
    result = moukit("schema")
    assert_ok(result)
    schema = stdout_json(result)
    # The Document holds Documents (attachments), so the root is a reference into $defs.
    refs = set(re.findall(r'"\$ref": "#/\$defs/([^"]+)"', result.stdout.decode("utf-8")))
    assert refs and refs <= set(schema["$defs"])  # every reference resolves
    document = schema["$defs"][schema["$ref"].removeprefix("#/$defs/")] if "$ref" in schema else schema
    assert document["type"] == "object"
    assert {"schema_version", "kind", "header", "body", "signatories", "attachments"} <= set(document["properties"])
    assert stdout_json(moukit("schema", "document")) == schema


def test_schema_describes_what_parse_prints():
    schema = stdout_json(moukit("schema"))
    document = schema["$defs"]["Document"]
    doc = stdout_json(moukit("parse", "--format", "json", CIRCULAR))
    assert set(doc) <= set(document["properties"])
    assert set(document.get("required", ())) <= set(doc)


def test_version():
    result = moukit("--version")
    assert_ok(result)
    assert result.stdout.decode("utf-8") == f"moukit {__version__}\n"


def test_help_lists_the_commands():
    result = moukit("--help")
    assert_ok(result)
    text = result.stdout.decode("utf-8")
    assert all(command in text for command in ("parse", "normalize", "schema"))


def test_no_arguments_shows_help_on_stderr_as_a_usage_error():
    # typer's no_args_is_help: the help goes to stderr and the exit code is 2, like any usage error.
    result = moukit()
    assert result.returncode == 2
    assert result.stdout == b""
    help_text = result.stderr.decode("utf-8")
    assert "Usage:" in help_text
    assert all(command in help_text for command in ("parse", "normalize", "schema"))


# --- a closed pipe --------------------------------------------------------------------------

MANY = [CIRCULAR] * 24  # far more than a pipe holds (64 KiB on Linux)


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [
        ["parse", "--format", "json", *MANY],
        ["parse", "--format", "jsonl", *MANY],
        ["parse", "--format", "md", *MANY],
        ["parse", "--format", "table", *MANY],
        ["normalize", *MANY],
    ],
    ids=["json", "jsonl", "md", "table", "normalize"],
)
def test_a_closed_pipe_is_not_an_error(args):
    # `moukit parse … | head -1`: the reader goes away after a few bytes.
    process = subprocess.Popen(
        [*MOUKIT, *map(str, args)],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=PROCESS_ENV,
    )
    assert process.stdout.read(16)
    process.stdout.close()
    stderr = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=120) == 0
    assert stderr == b""


# --- a real process: exit statuses, standard input through a pipe, python -m moukit ------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "stdin", "code"),
    [
        (["--version"], b"", 0),
        (["parse", "--format", "json", "-"], CIRCULAR.read_bytes(), 0),
        (["parse", "--format", "json", CIRCULAR, "no-such-file.txt"], b"", 1),
        (["diff", NEWS, CIRCULAR], b"", 1),
        (["parse", "--format", "xml", CIRCULAR], b"", 2),
        ([], b"", 2),
    ],
    ids=["version", "stdin", "bad-file", "diff-different", "usage", "no-arguments"],
)
def test_a_real_process_exits_with_the_documented_status(args, stdin, code):
    # What CliRunner cannot show: the status the interpreter exits with and a real pipe.
    result = moukit_process(*args, stdin=stdin)
    assert result.returncode == code, result.stderr.decode("utf-8", "replace")
    assert_no_traceback(result)
    if code == 0:
        assert_ok(result)
        assert result.stdout
    elif code == 1 and args[0] == "parse":
        [line] = error_lines(result)
        assert line.startswith("moukit: error: ") and "no-such-file.txt" in line
        assert stdout_json(result)[0]["source"]["path"] == str(CIRCULAR)
    elif code == 2:
        assert result.stdout == b""
        assert "Usage:" in result.stderr.decode("utf-8")
