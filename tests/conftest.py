"""Shared fixtures. Pins what the environment could change: terminal width and detection,
colour, so that CLI output does not depend on who runs the tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
CORPUS = Path(__file__).resolve().parent / "corpus"

os.environ["COLUMNS"] = "120"
os.environ["NO_COLOR"] = "1"
os.environ.pop("FORCE_COLOR", None)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite tests/golden/*.json from the current parser.")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def sample_files() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


def corpus_files() -> list[Path]:
    """The corpus's text files that hold text (240.txt stands for a scan with no text layer)."""
    return [path for path in sorted(CORPUS.glob("*.txt")) if path.read_bytes().strip(b"\f\n ")]
