"""Which moukit a benchmark measures: the git commit of the source tree that ``import moukit``
would load (found with ``importlib.util.find_spec``, so nothing is imported), marked when that
tree has uncommitted changes. A figure is only as good as the commit it names.

    from provenance import moukit_commit     # the benchmarks put their own folder on sys.path
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path


def _git(folder: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, check=True).stdout.strip()


def moukit_commit() -> str:
    """``git rev-parse --short HEAD`` of the loaded moukit's tree, ``+dirty`` if src/moukit has edits."""
    spec = importlib.util.find_spec("moukit")
    if spec is None or spec.origin is None:
        return "unknown (moukit is not installed)"
    package = Path(spec.origin).resolve().parent
    try:
        commit = _git(package, "rev-parse", "--short", "HEAD")
        edited = _git(package, "status", "--porcelain", "--", ".")
    except (OSError, subprocess.CalledProcessError):
        return f"unknown ({package} is not in a git checkout)"
    return f"{commit}+dirty" if edited else commit


def report(result: dict, *, commit: bool, as_json: bool, header: str, lines: Callable[[dict], list[str]]) -> dict:
    """Print a benchmark's result: one JSON object, or ``header`` (with the commit when asked)
    and ``lines(result)``. Returns the result, with ``commit`` first when asked."""
    if commit:
        result = {"commit": moukit_commit(), **result}
    if as_json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return result
    print("\n".join([header + (f", commit {result['commit']}" if commit else ""), *lines(result)]))
    return result
