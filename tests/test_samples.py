"""Every sample against its golden JSON (tests/golden/<sample>.json).

The golden files are written by ``pytest --update-golden`` and reviewed line by line
against the source text (see docs/golden-review.md); a golden file that records a wrong
parse is a bug, not a test.
"""

from __future__ import annotations

import json

import pytest

from moukit import parse_file
from moukit.export.json import to_json

from .conftest import GOLDEN, ROOT, sample_files


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.stem)
def test_sample_matches_golden(path, update_golden):
    doc = parse_file(path.relative_to(ROOT))
    produced = to_json(doc)
    golden = GOLDEN / f"{path.stem}.json"
    if update_golden or not golden.exists():
        golden.write_text(produced, encoding="utf-8")
        if not update_golden:
            pytest.fail(f"{golden.name} did not exist; written now: review it against the source")
    assert json.loads(produced) == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.stem)
def test_output_is_deterministic(path):
    assert to_json(parse_file(path)) == to_json(parse_file(path))
