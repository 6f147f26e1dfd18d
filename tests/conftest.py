"""Shared fixtures and the two ways to run the ``moukit`` command.

Pins what the environment could change: terminal width and detection, colour, so that CLI
output does not depend on who runs the tests.

``moukit(...)`` runs the command in this process with typer's CliRunner: fast, and what most
CLI tests use. ``moukit_process(...)`` runs ``python -m moukit`` as a real process, for what
only a real process shows (exit status, closed pipes, terminals, ``kill -9``); tests that use
it are marked ``slow``. Both return ``returncode``, ``stdout`` and ``stderr`` (bytes), so an
assertion reads the same either way. See docs/testing.md.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
CORPUS = Path(__file__).resolve().parent / "corpus"

os.environ["COLUMNS"] = "120"
os.environ["NO_COLOR"] = "1"
os.environ.pop("FORCE_COLOR", None)

MOUKIT = (sys.executable, "-m", "moukit")
"""The command line of a real moukit process (for ``subprocess.Popen``)."""

PROCESS_ENV = {key: value for key, value in os.environ.items() if key not in ("FORCE_COLOR", "PYTHONWARNINGS")}
"""The environment of a real moukit process: no colour, 120 columns, no warnings filters."""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite tests/golden/*.json from the current parser.")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def load_benchmark(name: str) -> ModuleType:
    """A script of benchmarks/ imported from its path (benchmarks/ is not a package), with its
    neighbours (provenance.py, accuracy.py …) importable while it loads."""
    benchmarks = str(ROOT / "benchmarks")
    spec = importlib.util.spec_from_file_location(f"moukit_benchmark_{name}", ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(benchmarks)
        spec.loader.exec_module(module)
    return module


def sample_files() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


def corpus_files() -> list[Path]:
    """The corpus's text files that hold text (240.txt stands for a scan with no text layer)."""
    return [path for path in sorted(CORPUS.glob("*.txt")) if path.read_bytes().strip(b"\f\n ")]


# --- running the command ---------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """An in-process run of the command: the fields of a CompletedProcess that tests read."""

    returncode: int
    stdout: bytes
    stderr: bytes


def moukit(*args: object, stdin: bytes = b"") -> Run:
    """Run ``moukit ARGS`` in this process (typer's CliRunner); standard input is empty unless
    given. stdout and stderr are apart; standard output is not a terminal. Any exception but
    the command's own exit propagates, so a bug fails the test with its traceback."""
    from typer.testing import CliRunner

    from moukit.cli import app

    result = CliRunner().invoke(app, [str(arg) for arg in args], input=stdin, catch_exceptions=False)
    return Run(result.exit_code, result.stdout_bytes, result.stderr_bytes)


def moukit_process(*args: object, stdin: bytes = b"", cwd: Path | None = None,
                   env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m moukit ARGS`` as a real process to completion (mark the test ``slow``)."""
    return subprocess.run([*MOUKIT, *map(str, args)], input=stdin, capture_output=True, cwd=cwd,
                          env=PROCESS_ENV if env is None else env, timeout=120)
