"""A full disk while writing Parquet leaves neither OUT nor an empty ``OUT.partial`` behind
(issue 14, item 9), whether the disk fills on a row group or on the footer."""

from __future__ import annotations

import errno
import shutil

import pytest

pytest.importorskip("pyarrow")

from moukit.batch.jobs import BatchJob, run_batch
from moukit.errors import OutputError
from moukit.export import parquet

from .conftest import SAMPLES


def _full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("where", ["close", "write_rows"])
def test_a_full_disk_leaves_no_partial_file(tmp_path, monkeypatch, where):
    archive = tmp_path / "archive"
    shutil.copytree(SAMPLES, archive, ignore=shutil.ignore_patterns("*.md"))
    monkeypatch.setattr(parquet.ParquetRowWriter, where, _full)
    out = tmp_path / "out.parquet"
    with pytest.raises(OutputError, match="No space left on device"):
        run_batch(BatchJob((str(archive),), out, workers=1))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive"]
