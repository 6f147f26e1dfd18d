"""One parser per document kind; each kind's spec in ``moukit.registry`` names its parser.

Each parser takes the content lines of one document (page furniture already removed) and
a ``Notes`` collector, and returns the Document's parts. Kinds without a parser of their
own yet are read by ``generic``: title and paragraphs, nothing lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module

from ..lines import Line
from ..models import Document
from ..notes import Notes
from ..registry import SPECS

KindParser = Callable[[str, Sequence[Line], Notes], Document]


def _resolve(target: str) -> KindParser:
    module, function = target.split(":")
    return getattr(import_module(f".{module}", __name__), function)


PARSERS: dict[str, KindParser] = {spec.id.value: _resolve(spec.parser) for spec in SPECS}


def parser_for(kind: str) -> KindParser:
    return PARSERS[kind]
