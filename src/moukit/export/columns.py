"""The shape of a flat table (``export.tables``, ``export.people``): its columns, each with a
type and a meaning, and a function from one parsed file to its rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ..models import Document

Row = tuple[object, ...]


class Column(NamedTuple):
    name: str
    type: type  # str or int
    doc: str


class Table(NamedTuple):
    columns: tuple[Column, ...]
    rows: Callable[[Document], list[Row]]
