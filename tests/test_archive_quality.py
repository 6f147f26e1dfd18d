"""Search recall and precision on the query set (benchmarks/search_queries.json) over an
archive of the corpus and samples: the floors docs/archive.md publishes (issue 16: recall
≥ 99 %, precision ≥ 95 %)."""

from __future__ import annotations

import pytest

from .conftest import load_benchmark


@pytest.mark.slow
def test_search_recall_and_precision_on_the_query_set(tmp_path):
    quality = load_benchmark("search_quality")
    report = quality.evaluate(quality.build(tmp_path))
    assert report["recall"] >= 0.99, quality.markdown(report)
    assert report["precision"] >= 0.95, quality.markdown(report)
