"""The clause tree: blocks (``Node``) while a body is read, nested by their numbering
(``Nester``), then frozen into the Document's ``Paragraph`` and ``Clause`` values (``freeze``).
``parts.clauses`` decides what each block is; this module only builds the tree."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Clause, LineSpan, Paragraph
from ..text import join_wrapped
from .numbering import ClauseLabel, ordinal

Block = Paragraph | Clause

MAX_DEPTH = 8
"""The deepest level the nesting of numbered paragraphs opens: a hostile run of "๑. ดังนี้"
lines nests no further (a list inline in a clause of that level adds one)."""


@dataclass(slots=True)
class Node:
    """A block while the tree is built: a clause when ``label`` is set, else a paragraph."""

    label: ClauseLabel | None
    text: str
    lines: LineSpan
    children: list[Node] = field(default_factory=list)
    whole: bool = True
    """The node is a whole paragraph (not a piece of an inline list)."""
    parts: tuple[str, ...] = ()
    """The dotted parts of a khor or dot number: ("3", "1") for ข้อ ๓.๑."""
    level: tuple[str, ...] = ()
    """Clauses at one level share this key (``_level``)."""
    ordinal: int | None = None
    """Where the number stands in its sequence (``ClauseLabel.ordinal``)."""
    paragraph: Paragraph | None = None
    """The Paragraph this node is, when it is one unchanged from ``split_paragraphs``."""

    def __post_init__(self) -> None:
        if self.label is not None:
            self.parts = self.label.components
            self.level = _level(self.label, self.parts)
            self.ordinal = ordinal(self.parts[-1])


# -- nesting ----------------------------------------------------------------------------------

# A clause whose text announces a list: "ให้แบ่งส่วนราชการ … ไว้ดังต่อไปนี้", "ประกอบด้วย", ":"
_LEAD_IN_ENDS = ("ดังนี้", "ดังต่อไปนี้", "ได้แก่", "คือ", "ประกอบด้วย", ":")
_DOTTED = ("khor", "dot", "paren")
_LOOSE_LINES = 2  # unnumbered paragraphs that an item of a sub-list can go on in  # "(1.1)" goes under "(1)" as ๑.๑ under ๑.


def _level(label: ClauseLabel, parts: tuple[str, ...]) -> tuple[str, ...]:
    """Clauses at one level share this key: the style, and the depth of a dotted number or
    the glyph of a bullet ("●" items and "-" items under them are two levels)."""
    if label.style in _DOTTED:
        return (label.style, str(len(parts)))
    if label.style == "bullet":
        return (label.style, label.number)
    return (label.style,)


class Nester:
    """Builds the clause tree from blocks in document order.

    ``stack`` holds the open clauses, outermost first. A new clause goes:

    1. under the open clause whose number is its own without the last part, for a dotted
       number (๒.๑ under ๒. or ข้อ ๒, ๒.๑.๓ under ๒.๑);
    2. else beside an open clause of its level (same style, same dotted depth), closing the
       levels below it; among several, beside the one it continues (ordinal + 1), else the
       innermost. Exception: a first item (๑, ก) right after an open clause of its level
       whose text announces a list (… ดังนี้, ได้แก่, :) opens a level under it;
    3. else, a new style, one level under the innermost open clause (ข้อ ๒ → (๑) → (ก)).

    An unnumbered paragraph is a top-level block and closes every open clause: a later clause
    cannot go under one that stands before the paragraph without reordering the text. The
    closed clauses still mark their levels, so that after "1. …", a paragraph and "- …"
    bullets, "2. …" is known as the sibling of "1." and closes the bullets' level: it goes
    to the top level, not under the last bullet. A clause whose parent is closed goes to
    the top level. Trees go no deeper than ``MAX_DEPTH``; the stack is never longer, so each
    step costs a bounded number of comparisons.
    """

    def __init__(self) -> None:
        self.top: list[Node] = []
        self.stack: list[Node] = []
        self.closed = 0
        """How many clauses at the bottom of ``stack`` are closed (they stand before a
        paragraph): they mark levels but take no more children."""
        self.loose: list[Node] = []
        """The unnumbered paragraphs placed since the last clause, and ``closed`` before them."""
        self.closed_before = 0

    def place(self, node: Node) -> None:
        if node.label is None:
            if not self.loose:
                self.closed_before = self.closed
            self.loose.append(node)
            self.top.append(node)
            self.closed = len(self.stack)
            return
        if self.loose and self._resumes(node):
            self._absorb_loose()
        self.loose = []
        parent = min(self._parent_index(node), MAX_DEPTH - 2)
        del self.stack[parent + 1 :]
        self.closed = min(self.closed, len(self.stack))
        (self.stack[parent].children if parent >= self.closed else self.top).append(node)
        self.stack.append(node)

    def _resumes(self, node: Node) -> bool:
        """Whether ``node`` is the next item of a sub-list that was open before the loose
        paragraphs: "(๒) กรรมการโดยตำแหน่ง ได้แก่ …" / "การศึกษา เลขาธิการ…" (the rest of
        (๒), cut off by a short line) / "(๓) …". Then the paragraphs go on with the item
        before, and the list stays open: read apart, they would close it and send (๓) to the
        top level beside ข้อ ๓. A dotted sub-list resumes so too (๕.๒ / the rest of it / ๕.๓)."""
        if node.ordinal is None or len(self.loose) > _LOOSE_LINES:
            return False
        return any(self.stack[i].level == node.level and self.stack[i].ordinal is not None
                   and self.stack[i].ordinal + 1 == node.ordinal
                   for i in range(max(1, self.closed_before), len(self.stack)))

    def _absorb_loose(self) -> None:
        last = self.stack[-1]
        for paragraph in self.loose:
            self.top.remove(paragraph)
            last.text = join_wrapped([last.text, paragraph.text])
            last.lines = (last.lines[0], paragraph.lines[1])
        self.closed = self.closed_before

    def _parent_index(self, node: Node) -> int:
        """Index in ``stack`` of the new clause's parent; -1 for the top level."""
        dotted = self._dotted_parent(node)
        if dotted is not None:
            return dotted
        sibling = self._sibling(node)
        if sibling is None:
            return len(self.stack) - 1
        if sibling == len(self.stack) - 1 and node.ordinal == 1 and self.stack[sibling].text.endswith(_LEAD_IN_ENDS):
            return sibling
        return sibling - 1

    def _dotted_parent(self, node: Node) -> int | None:
        if len(node.parts) < 2 or node.level[0] not in _DOTTED:
            return None
        parent_parts = node.parts[:-1]
        bracketed = node.level[0] == "paren"  # "(1.1)" under "(1)"; "๒.๒" never under "(๒)"
        for index in range(len(self.stack) - 1, -1, -1):
            level = self.stack[index].level[0]
            if self.stack[index].parts == parent_parts and level in _DOTTED and (level == "paren") == bracketed:
                return index
        return None

    def _sibling(self, node: Node) -> int | None:
        same = [i for i in range(len(self.stack) - 1, -1, -1) if self.stack[i].level == node.level]
        if not same:
            return None
        if node.ordinal is not None:
            for index in same:
                previous = self.stack[index].ordinal
                if previous is not None and previous + 1 == node.ordinal:
                    return index
        return same[0]


def freeze(node: Node) -> Block:
    if node.label is None:
        return node.paragraph or Paragraph(text=node.text, lines=node.lines)
    return Clause(
        label=node.label.label,
        number=node.label.number,
        text=node.text,
        lines=node.lines,
        children=tuple(freeze(child) for child in node.children),
    )
