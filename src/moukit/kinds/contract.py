"""สัญญา (kind ``contract``): read with the agreement parser of ``mou`` for now."""

from __future__ import annotations

from .mou.parser import parse_mou as parse_contract

__all__ = ["parse_contract"]
