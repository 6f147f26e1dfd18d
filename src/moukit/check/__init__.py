"""``moukit check``: a parsed Document against the สารบรรณ rules of its kind (``rules``), clause
numbering (``numbering``)."""

from .rules import check_document, iter_documents

__all__ = ["check_document", "iter_documents"]
