"""``moukit batch``: which files a walk takes and what it says about the others, resuming
after an extra is installed, Ctrl-C, and inputs that are not there (issue 13). In-process runs
(``moukit(...)``) with one worker unless the case is about workers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import SAMPLES, moukit

CIRCULAR = SAMPLES / "circular-dla-mou-thaihealth-2556.txt"


def paths_in(out: Path) -> list[str]:
    return sorted(Path(json.loads(line)["source"]["path"]).name for line in out.read_text(encoding="utf-8").splitlines())


def test_extensions_match_whatever_their_case(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    text = CIRCULAR.read_bytes()
    for name in ("a.txt", "B.TXT", "c.Txt"):
        (archive / name).write_bytes(text)
    (archive / "scan.png").write_bytes(b"\x89PNG")
    (archive / "NOTES").write_bytes(b"x")
    (archive / "old.DOC").write_bytes(b"x")
    out = tmp_path / "out.jsonl"
    result = moukit("batch", archive, "-o", out, "-w", "1")
    assert result.returncode == 0, result.stderr
    assert paths_in(out) == ["B.TXT", "a.txt", "c.Txt"]
    summary = result.stderr.decode("utf-8").splitlines()[-1]
    assert "3 files" in summary
    assert "not parsed: 3 files whose name matches no --include pattern (" in summary
    assert all(part in summary for part in (".png 1", ".doc 1", "no extension 1"))


def test_case_sensitive_matching_on_request(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "a.txt").write_bytes(CIRCULAR.read_bytes())
    (archive / "B.TXT").write_bytes(CIRCULAR.read_bytes())
    out = tmp_path / "out.jsonl"
    result = moukit("batch", archive, "-o", out, "-w", "1", "--case-sensitive")
    assert result.returncode == 0, result.stderr
    assert paths_in(out) == ["a.txt"]
    assert "not parsed: 1 file whose name matches no --include pattern (.txt 1)" in result.stderr.decode("utf-8")


def test_no_matching_file_says_what_was_there(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "scan.png").write_bytes(b"\x89PNG")
    result = moukit("batch", archive, "-o", tmp_path / "out.jsonl")
    assert result.returncode == 1
    assert "whose name matches no --include pattern (.png 1)" in result.stderr.decode("utf-8")
