"""The help and the usage errors of ``moukit`` as a newcomer reads them (issue 13, item 11): no
Python types, ``-h``, examples, shell completion, and errors in plain words."""

from __future__ import annotations

import pytest

from .conftest import SAMPLES, moukit

COMMANDS = ["parse", "normalize", "check", "diff", "batch", "schema"]
CIRCULAR = SAMPLES / "circular-dla-mou-thaihealth-2556.txt"


@pytest.mark.parametrize("command", COMMANDS)
def test_help_shows_plain_names_and_examples(command):
    long, short = moukit(command, "--help"), moukit(command, "-h")
    assert long.returncode == short.returncode == 0 and long.stdout == short.stdout
    text = long.stdout.decode("utf-8")
    assert "<list[" not in text and "<str>" not in text and "<path>" not in text and "{" not in text.split("\n")[0]
    assert "Examples:" in text and f"moukit {command}" in text.split("Examples:")[1]


def test_the_usage_line_reads_file_dots():
    assert moukit("parse", "-h").stdout.decode("utf-8").startswith("Usage: moukit parse [OPTIONS] FILE...")


def test_top_level_help_offers_completion_and_h():
    text = moukit("-h").stdout.decode("utf-8")
    assert "--install-completion" in text and "--show-completion" in text and "-h, --help" in text


@pytest.mark.parametrize(("args", "message"), [
    (["parse", "--format", "xml", CIRCULAR],
     "Error: Invalid value for '--format' / '-f': 'xml' is not one of 'table', 'json', 'jsonl', 'md', 'xlsx'."),
    (["check", "--today", "2025-02-30", CIRCULAR],
     "Error: Invalid value for '--today': '2025-02-30' is not a day that exists (day is out of range for month)"),
    (["check", "--today", "01/01/2025", CIRCULAR],
     "Error: Invalid value for '--today': '01/01/2025' is not written YYYY-MM-DD (as 2025-01-31)"),
], ids=["choice", "no-such-day", "not-iso"])
def test_usage_errors_are_plain_words(args, message):
    result = moukit(*args)
    assert result.returncode == 2
    lines = result.stderr.decode("utf-8").splitlines()
    assert lines[-1] == message and "Value error" not in result.stderr.decode("utf-8")


def test_today_still_judges_future_dates(tmp_path):
    letter = tmp_path / "future.txt"
    letter.write_text(CIRCULAR.read_text(encoding="utf-8").replace("๗ ธันวาคม ๒๕๕๖", "๗ ธันวาคม ๒๕๖๙"), encoding="utf-8")
    result = moukit("check", "--today", "2025-01-01", letter)
    assert b"future_date" in result.stdout
    assert b"future_date" not in moukit("check", "--today", "2027-01-01", letter).stdout
