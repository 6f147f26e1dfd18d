"""The contract kind (สัญญา…): its parser and the parts only it uses; it shares the agreement
parts of ``mou`` (parties, closing formula, signature table)."""

from .parser import parse_contract

__all__ = ["parse_contract"]
