"""The recogniser's training drawings are kept between processes (moukit.ocr.cache; docs/ocr.md).

Trained on one TLWG face, one drawing a digit (skipped with the reason when Debian's
fonts-tlwg-* are not installed), in a cache directory of the test's own.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

pytest.importorskip("numpy")
pytest.importorskip("PIL")

from moukit.ocr import cache, thai_digits  # noqa: E402

LOMA = thai_digits.FONTS / "Loma.ttf"


@pytest.fixture
def loma() -> list[Path]:
    if not LOMA.exists():
        pytest.skip("the Loma font (Debian fonts-tlwg-loma) is not installed")
    return [LOMA]


def _same(one: thai_digits.Recogniser, other: thai_digits.Recogniser) -> bool:
    return (one._bitmaps.tobytes() == other._bitmaps.tobytes()
            and one._labels.tobytes() == other._labels.tobytes())


def test_a_second_recogniser_loads_the_drawings_the_first_computed(loma, tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    first = thai_digits.Recogniser(loma, samples=1)
    kept = list(tmp_path.glob("thai-digits-*.npz"))
    assert len(kept) == 1
    calls = []
    monkeypatch.setattr(thai_digits, "_drawings", lambda *a: calls.append(a) or pytest.fail("drew again"))
    second = thai_digits.Recogniser(loma, samples=1)
    assert calls == [] and _same(first, second)
    assert second.read(first._bitmaps[0].reshape(thai_digits.SIZE, thai_digits.SIZE) > 0.5).digit == "๐"


def test_a_damaged_cache_file_is_drawn_again_and_replaced(loma, tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    first = thai_digits.Recogniser(loma, samples=1)
    (kept,) = tmp_path.glob("thai-digits-*.npz")
    whole = kept.read_bytes()
    kept.write_bytes(whole[: len(whole) // 2])  # a process killed while writing it
    again = thai_digits.Recogniser(loma, samples=1)
    assert _same(first, again) and kept.read_bytes() == whole


def test_other_training_or_changed_fonts_are_kept_under_another_name(loma, tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    thai_digits.Recogniser(loma, samples=1)
    thai_digits.Recogniser(loma, samples=2)
    copy = tmp_path / "fonts" / "Loma.ttf"
    copy.parent.mkdir()
    copy.write_bytes(LOMA.read_bytes())
    thai_digits.Recogniser([copy], samples=1)
    os.utime(copy, ns=(0, 0))  # the "same" font file, changed on disk
    thai_digits.Recogniser([copy], samples=1)
    assert len(list(tmp_path.glob("thai-digits-*.npz"))) == 4


def test_an_empty_cache_setting_keeps_nothing_and_an_unwritable_one_is_not_an_error(loma, tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, "")
    assert cache.cache_dir() is None
    thai_digits.Recogniser(loma, samples=1)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocked / "moukit"))
    assert thai_digits.Recogniser(loma, samples=1).read(
        thai_digits.drawn("๗", LOMA, 48, random.Random(1))) is not None
    assert list(tmp_path.iterdir()) == [blocked]


def test_the_default_directory_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv(cache.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "moukit"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache.cache_dir() == Path.home() / ".cache" / "moukit"
