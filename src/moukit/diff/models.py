"""The DocumentDiff model: the JSON contract of ``moukit diff`` (SPEC §3), built with the same
frozen base as the Document."""

from __future__ import annotations

from typing import Literal

from ..models import SCHEMA_VERSION, Kind, LineSpan, Model


class DiffSide(Model):
    """Which document a diff compares: the file and the kind."""

    path: str | None
    sha256: str | None
    kind: Kind


class DiffSummary(Model):
    added: int = 0
    removed: int = 0
    modified: int = 0
    unchanged: int = 0
    moved: int = 0
    renumbered: int = 0


class FieldChange(Model):
    field: str
    """The part that changed, as a path: "header.subject", "footer.phone", "closing"."""
    old: str | None
    new: str | None


class Edit(Model):
    op: Literal["equal", "insert", "delete", "replace"]
    old: str
    """The old text of the span ("" for an insert)."""
    new: str
    """The new text of the span ("" for a delete)."""


class BlockRef(Model):
    """One side of a changed block: where it is and what it says."""

    label: str | None = None
    number: str | None = None
    text: str
    lines: LineSpan


class ClauseChange(Model):
    change: Literal["added", "removed", "modified", "unchanged"]
    moved: bool = False
    """Its place relative to the other clauses changed."""
    renumbered: bool = False
    """The same clause under another number: "ข้อ ๔" became "ข้อ ๓"."""
    old: BlockRef | None
    new: BlockRef | None
    similarity: float
    """0 to 1: how much of the text the two versions share (1 for unchanged)."""
    edits: tuple[Edit, ...] = ()
    """Thai word-level edits from the old text to the new (empty when unchanged)."""


class ParagraphChange(Model):
    change: Literal["added", "removed", "modified", "unchanged"]
    old: BlockRef | None
    new: BlockRef | None
    similarity: float
    edits: tuple[Edit, ...] = ()


class ListChange(Model):
    """A party or signatory added, removed or changed: each side as one line of text."""

    change: Literal["added", "removed", "modified", "unchanged"]
    old: str | None
    new: str | None


class DocumentDiff(Model):
    schema_version: int = SCHEMA_VERSION
    old: DiffSide
    new: DiffSide
    summary: DiffSummary
    """Counts over ``clauses`` (and, for a document without clauses, ``paragraphs``)."""
    header: tuple[FieldChange, ...] = ()
    """Changed header, footer and closing fields only."""
    clauses: tuple[ClauseChange, ...] = ()
    """Every clause of both versions in the new order, removed ones at their old place."""
    paragraphs: tuple[ParagraphChange, ...] = ()
    """Unnumbered blocks (preamble, body paragraphs), aligned the same way."""
    parties: tuple[ListChange, ...] = ()
    signatories: tuple[ListChange, ...] = ()
    attachments: tuple[DocumentDiff, ...] = ()
    """Contained documents, paired by kind and order."""
