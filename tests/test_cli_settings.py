"""-q/--quiet, -v/--verbose, --color, and defaults from moukit.toml or [tool.moukit] in a
pyproject.toml (issue 13, item 15)."""

from __future__ import annotations

import json

import pytest

from .conftest import SAMPLES, moukit

CIRCULAR = SAMPLES / "circular-dla-mou-thaihealth-2556.txt"


@pytest.fixture
def archive(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(CIRCULAR.read_bytes())
    (tmp_path / "in" / "b.text").write_bytes(CIRCULAR.read_bytes())
    (tmp_path / "in" / "blank.txt").write_bytes(b"")
    return tmp_path


def test_quiet_leaves_only_the_errors(archive):
    result = moukit("-q", "batch", "in", "-o", "out.jsonl", "-w", "1")
    assert result.returncode == 1
    assert result.stderr.decode("utf-8").splitlines() == ["moukit: error: in/blank.txt: is empty (0 bytes)"]


def test_verbose_names_every_file(archive):
    lines = moukit("-v", "batch", "in", "-o", "out.jsonl", "-w", "1").stderr.decode("utf-8").splitlines()
    assert "moukit: in/a.txt: letter" in lines and lines[-1].startswith("moukit: batch: 2 files")
    parse = moukit("-v", "parse", CIRCULAR).stderr.decode("utf-8")
    assert parse == f"moukit: {CIRCULAR}: letter, 2 documents, 0 warnings\n"
    check = moukit("-v", "check", "--today", "2025-01-01", CIRCULAR).stderr.decode("utf-8")
    assert check == f"moukit: {CIRCULAR}: 0 errors, 0 warnings\n"
    assert moukit("parse", CIRCULAR).stderr == b""  # silent by default


@pytest.mark.parametrize(("color", "escapes"), [("always", True), ("never", False), ("auto", False)])
def test_color_of_the_table(color, escapes):
    result = moukit("--color", color, "parse", "-f", "table", CIRCULAR)  # standard output is not a terminal
    assert result.returncode == 0 and ("\x1b[" in result.stdout.decode("utf-8")) is escapes
    assert "\x1b[" not in moukit("--color", color, "parse", "-f", "json", CIRCULAR).stdout.decode("utf-8")


@pytest.mark.parametrize("where", ["moukit.toml", "pyproject.toml"])
def test_settings_are_the_defaults(archive, where):
    settings = 'include = ["*.txt", "*.text"]\nworkers = 1\ntoday = "2000-01-01"\nlang = "th"\n'
    text = settings if where == "moukit.toml" else f'[project]\nname = "x"\n\n[tool.moukit]\n{settings}'
    (archive / where).write_text(text, encoding="utf-8")
    batch = moukit("batch", "in", "-o", "out.jsonl")
    assert batch.returncode == 1
    assert len((archive / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 3  # *.text too
    assert "อ่านได้ 2" in batch.stderr.decode("utf-8")  # lang = "th"
    found = json.loads(moukit("check", CIRCULAR).stdout)[0]["findings"]
    assert [f["code"] for f in found] == ["future_date"]  # today = 2000-01-01: 2556 B.E. is later
    assert found[0]["message"].startswith("วันที่ คือ")
    # the command line wins
    assert json.loads(moukit("check", "--today", "2025-01-01", CIRCULAR).stdout)[0]["findings"] == []
    assert "files in" in moukit("--lang", "en", "batch", "in", "-o", "o2.jsonl", "--include", "*.txt").stderr.decode()


@pytest.mark.parametrize(("text", "message"), [
    ("workers = 0\n", "moukit.toml: workers = 0: expected a whole number of worker processes, 1 or more"),
    ("colour = 1\n", "moukit.toml: unknown setting 'colour'; the settings are: include, workers, today, lang"),
    ('lang = "fr"\n', 'moukit.toml: lang = \'fr\': expected "en" or "th"'),
    ("include = *.txt\n", "moukit.toml: not valid TOML: "),
], ids=["bad-value", "unknown-key", "bad-lang", "not-toml"])
def test_a_settings_file_moukit_cannot_use_is_a_usage_error(archive, text, message):
    (archive / "moukit.toml").write_text(text, encoding="utf-8")
    result = moukit("parse", CIRCULAR)
    assert result.returncode == 2 and result.stdout == b""
    (line,) = result.stderr.decode("utf-8").splitlines()
    assert line.startswith(f"moukit: error: {archive / message}" if message.startswith("moukit.toml") else message)


@pytest.mark.slow  # a real process on a pseudo-terminal
@pytest.mark.parametrize(("color", "coloured"), [("never", False), ("auto", True)])
def test_color_on_a_terminal(color, coloured):
    import os
    import pty
    import re
    import subprocess

    from .conftest import MOUKIT, PROCESS_ENV

    env = {key: value for key, value in PROCESS_ENV.items() if key != "NO_COLOR"}
    env["TERM"] = "xterm-256color"
    controller, terminal = pty.openpty()
    try:
        process = subprocess.Popen([*MOUKIT, "--color", color, "parse", str(CIRCULAR)], stdin=subprocess.DEVNULL,
                                   stdout=terminal, stderr=subprocess.PIPE, env=env)
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
        process.stderr.close()
        assert process.wait(timeout=120) == 0
    finally:
        os.close(controller)
    text = b"".join(chunks).decode("utf-8")
    assert "ขอความร่วมมือประชาสัมพันธ์" in text  # the table, not JSON
    colours = {code for group in re.findall(r"\x1b\[([0-9;]*)m", text) for code in group.split(";") if code}
    assert bool(colours & {str(n) for n in [*range(30, 38), *range(90, 98)]} | ({"38"} & colours)) is coloured
