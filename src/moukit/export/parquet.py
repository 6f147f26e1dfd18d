"""Parquet of the flat tables in ``export.tables``, written as a stream of row groups.

Needs pyarrow (the extra ``moukit[parquet]``); it is imported when a writer is made, never
when moukit is imported. Strings are UTF-8 ``string`` columns, counts and line numbers
``int64``, absent values null; the columns and their order are those of the CSV.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from ..errors import MissingExtraError
from .columns import Row
from .tables import TABLES

ROW_GROUP_ROWS = 10_000
"""Rows held before a row group is written: the writer's memory is bounded by this, not by
the number of rows."""





class ParquetRowWriter:
    """Write rows of one table to a Parquet file, a row group every ``row_group_rows`` rows.

    A file is complete (readable) only once ``close`` has written its footer.
    """

    def __init__(self, path: str | os.PathLike[str], table: str, *, row_group_rows: int = ROW_GROUP_ROWS):
        pa, pq = load_pyarrow()
        self._columns = TABLES[table].columns
        self._schema = pa.schema([(c.name, pa.int64() if c.type is int else pa.string()) for c in self._columns])
        self._writer = pq.ParquetWriter(os.fspath(path), self._schema, compression="zstd")
        self._pa = pa
        self._rows: list[Row] = []
        self._row_group_rows = row_group_rows

    def write_rows(self, rows: Iterable[Row]) -> None:
        self._rows.extend(rows)
        if len(self._rows) >= self._row_group_rows:
            self._flush()

    def close(self) -> None:
        self._flush()
        self._writer.close()

    def _flush(self) -> None:
        if not self._rows:
            return
        arrays = [self._pa.array([row[i] for row in self._rows], type=field.type) for i, field in enumerate(self._schema)]
        self._writer.write_table(self._pa.Table.from_arrays(arrays, schema=self._schema))
        self._rows = []


def load_pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as error:
        raise MissingExtraError("Parquet output needs pyarrow: pip install 'moukit[parquet]'") from error
    return pyarrow, pyarrow.parquet
