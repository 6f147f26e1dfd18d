"""``moukit diff`` on files whose name holds a ``#`` (issue 13, item 7): a file of that very
name wins over a selector, a selector after such a name still works, and a ``#`` at the end
names the whole file."""

from __future__ import annotations

import json
import shutil

import pytest

from .conftest import SAMPLES, moukit

CIRCULAR = SAMPLES / "circular-dla-mou-thaihealth-2556.txt"


@pytest.fixture
def hashed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(CIRCULAR, tmp_path / "หนังสือ#2.txt")
    shutil.copy(CIRCULAR, tmp_path / "circular.txt")
    return tmp_path


def _diff(*args: str) -> tuple[int, dict]:
    result = moukit("diff", *args, "-f", "json")
    assert result.returncode in (0, 1), result.stderr.decode("utf-8")
    return result.returncode, json.loads(result.stdout)


def test_an_existing_file_wins_over_a_selector(hashed):
    code, diff = _diff("หนังสือ#2.txt", "circular.txt")
    assert code == 0 and diff["old"]["kind"] == "letter"


def test_a_selector_after_a_name_with_a_hash(hashed):
    code, diff = _diff("หนังสือ#2.txt#mou", "circular.txt#mou")
    assert code == 0 and diff["old"]["kind"] == "mou"


def test_a_trailing_hash_names_the_whole_file(hashed):
    code, diff = _diff("หนังสือ#2.txt#", "circular.txt#")
    assert code == 0 and diff["old"]["kind"] == "letter"


def test_a_missing_file_with_a_hash_is_one_clear_line(hashed):
    result = moukit("diff", "ไม่มี#2.txt", "circular.txt")
    assert result.returncode == 2
    (line,) = result.stderr.decode("utf-8").splitlines()
    assert line == "moukit: error: ไม่มี#2.txt: no such file"
