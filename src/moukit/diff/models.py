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
    damaged: int = 0
    """Blocks whose only difference is text-layer damage (counted among ``unchanged``)."""


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


class ParentChange(Model):
    """The parents of a clause that moved to another parent: their labels (null: top level)."""

    old: str | None
    new: str | None


class ClauseChange(Model):
    change: Literal["added", "removed", "modified", "unchanged"]
    moved: bool = False
    """Its place relative to the other clauses changed, or it moved to another parent."""
    moved_parent: ParentChange | None = None
    """Set when the clause moved to another parent (or depth): where it was and is."""
    person: str | None = None
    """For a row that lists a person (a committee member), the person it names: such rows
    pair only with the same person's."""
    damage: tuple[str, ...] = ()
    """The text-layer damage that explains a difference counted as none: "lost_sara_am",
    "mark_order", "spaced_syllables" (never under ``--strict``)."""
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
    person: str | None = None
    """For a paragraph that is a row of people ("พลเอก ฉัตรชัย สาริกัลยะ เป็นรองนายกรัฐมนตรี"), the
    person it names: such rows pair only with the same person's."""
    old: BlockRef | None
    new: BlockRef | None
    similarity: float
    edits: tuple[Edit, ...] = ()
    damage: tuple[str, ...] = ()


class ListChange(Model):
    """A person (party, signatory, member) added, removed or changed: each side as one line
    of text. Rows pair by the person, so ``modified`` is the same person changed."""

    change: Literal["added", "removed", "modified", "unchanged"]
    old: str | None
    new: str | None
    changed: tuple[str, ...] = ()
    """What changed in a modified row: "position", "role", "honorific", "name" (spelling) …"""
    edits: tuple[Edit, ...] = ()
    """Word-level edits from the old line to the new (modified rows)."""
    old_lines: LineSpan | None = None
    """Where the row is printed in the old version (null when added)."""
    new_lines: LineSpan | None = None


class PeopleChange(Model):
    """A list of people compared row by row: a committee, a meeting's attendance."""

    group: str
    """Which list: "meeting.present"; for a committee "appointments"."""
    change: Literal["added", "removed", "modified", "unchanged"]
    old: str | None = None
    """The committee's name in the old version (committees only)."""
    new: str | None = None
    rows: tuple[ListChange, ...] = ()
    duties: tuple[ParagraphChange, ...] = ()
    """A committee's duties (มีหน้าที่ …), aligned and compared as blocks."""


class DamageNote(Model):
    """Blocks that differ only by one kind of text-layer damage: how many, and where."""

    kind: str
    """"lost_sara_am", "mark_order" or "spaced_syllables"."""
    count: int
    old_lines: tuple[int, ...]
    """The first source line of each such block in the old version."""
    new_lines: tuple[int, ...]


class DocumentDiff(Model):
    schema_version: int = SCHEMA_VERSION
    description: str = ""
    """What changed, in words, for a person: "2 clauses reworded, 33 members added, edition 3 → 4"."""
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
    people: tuple[PeopleChange, ...] = ()
    """Other lists of people, row by row: committees appointed (committee by committee), a
    meeting's attendance."""
    damage: tuple[DamageNote, ...] = ()
    """Differences explained by text-layer damage and so not counted as changes (default
    comparison only)."""
    attachments: tuple[DocumentDiff, ...] = ()
    """Contained documents, paired by kind and order."""
