"""Body blocks: paragraphs and numbered clause trees (SPEC §2 Paragraph, Clause, Block).

``split_blocks(lines)`` turns body lines into ``Paragraph`` and ``Clause`` blocks in document
order. After it:

1. Lines are grouped into paragraphs exactly as ``body.split_paragraphs`` groups them (blank
   lines separate, wrapped lines join); nothing else decides where a paragraph ends.
2. A paragraph that opens with a clause label (``parts.numbering.match_label``) is a Clause:
   ``label`` as printed, ``number`` normalized, ``text`` its own text without the label and
   without its sub-clauses, ``lines`` its own lines only.
3. A paragraph that runs a numbered list inline (``split_inline``) is split into its lead-in
   and one Clause per item; all of them carry the paragraph's lines.
4. Clauses nest by their numbering (``_Nester``); unnumbered paragraphs stay top-level
   Paragraph blocks.
5. Every non-blank input line lies in the span of exactly one block (a Paragraph, a Clause or
   a sub-clause), except that the items of one inline list and their lead-in share one
   span. Spans never overlap otherwise, and the blocks read in source order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..lines import Line
from ..models import Clause, LineSpan, Paragraph
from ..numerals import to_arabic
from .body import split_paragraphs
from .numbering import ClauseLabel, Style, match_label, ordinal
from .quotes import quoted_paragraphs

Block = Paragraph | Clause

MAX_DEPTH = 8
"""The deepest level the nesting of numbered paragraphs opens: a hostile run of "๑. ดังนี้"
lines nests no further (a list inline in a clause of that level adds one)."""


@dataclass(slots=True)
class _Node:
    """A block while the tree is built: a clause when ``label`` is set, else a paragraph."""

    label: ClauseLabel | None
    text: str
    lines: LineSpan
    children: list[_Node] = field(default_factory=list)
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


def split_blocks(lines: Sequence[Line], *, headed: bool = False) -> list[Block]:
    """Body lines (blank lines included) → paragraphs and clause trees, in document order.

    With ``headed`` (a contract's form), a ข้อ clause takes the unnumbered paragraphs under it
    as its text: ``ข้อ ๑ ข้อตกลงซื้อขาย`` / ``ผู้ซื้อตกลงซื้อ…`` is one clause, as the older forms
    print it on one line, and its sub-clauses (๑.๑, (๑)) nest under it past that paragraph.
    """
    nodes: list[_Node] = []
    paragraphs = split_paragraphs(lines)
    quoted = quoted_paragraphs(paragraphs)
    for index, paragraph in enumerate(paragraphs):
        if index in quoted:
            # Text quoted into this document ("ให้ใช้ความต่อไปนี้แทน" / "“ข้อ ๗ …”"): its
            # numbers are the quoted document's, not clauses of this one.
            nodes.append(_Node(None, paragraph.text, paragraph.lines, paragraph=paragraph))
            continue
        pieces = _split_inline(paragraph.text, paragraph.lines)
        if pieces is not None:
            nodes.extend(pieces)
            continue
        node = _block_node(paragraph.text, paragraph.lines)
        if node.label is None:
            node.paragraph = paragraph  # frozen already: kept as it is
        nodes.append(node)
    nodes = _absorb_bare_labels(nodes)
    if headed:
        nodes = _absorb_headed_paragraphs(nodes)
    nester = _Nester()
    for node in nodes:
        nester.place(node)
    return [_freeze(node) for node in nester.top]


def split_inline(text: str, lines: LineSpan) -> list[Block] | None:
    """Split a paragraph that runs a numbered list inline into its lead-in and its items.

    ``"… กรอบการทำงาน 6 ข้อ คือ 1. พัฒนา… 2.ส่งเสริม… 3.เพิ่ม…"`` gives a Paragraph (the
    lead-in, ending "…6 ข้อ คือ"; none when the text opens with item 1) and one Clause per
    item; a lead-in that opens with a label is a Clause itself. Returns ``None`` when the
    text holds no such list. Every block carries ``lines``, the paragraph's span.

    An inline item is ``N.``, ``N)`` or ``(N)`` (one or two digits, Thai or Arabic) after a
    space or at the start, followed by a letter, a quote or a bracket. A list is split only
    when its numbers run 1, 2, 3 … (at least two items, one style) and every item has text.
    Not items: decimals and times (``2.5 ล้าน``, ``13.30 น.``: a digit follows the dot),
    ``ครั้งที่ 3/2565``, ``(1 จังหวัด 1 พัฒนา)``, a number closing a bracket opened just
    before it (``(สำนัก 3)``), and references (``ตาม 1.``, ``ตามข้อ 1 (1) (2) และ (3)``,
    ``มาตรา ๗ (๔)``). A list that restarts at 1 inside an item becomes that item's children
    (greedily: it takes every number that continues it). Text after the last item stays in
    the last item's text: nothing reliably marks where an inline list ends. A conjunction
    or comma that only joins two items (``… โครงสร้างพื้นฐาน และ 10) e-Service``) stays at
    the end of the item before.
    """
    nodes = _split_inline(text, lines)
    return None if nodes is None else [_freeze(node) for node in nodes]


# -- one paragraph --------------------------------------------------------------------------


def _block_node(text: str, lines: LineSpan, whole: bool = True) -> _Node:
    label = match_label(text)
    if label is None:
        return _Node(None, text, lines, whole=whole)
    return _Node(label, text[label.end :].strip(), lines, whole=whole)


def _absorb_bare_labels(nodes: list[_Node]) -> list[_Node]:
    """A label alone on its paragraph ("ข้อ ๑", then the text below it, as PDF extraction
    often leaves it) takes the unnumbered paragraph that follows as its text."""
    result: list[_Node] = []
    for node in nodes:
        last = result[-1] if result else None
        if last and last.label and last.whole and not last.text and not last.children and node.label is None:
            last.text, last.lines = node.text, (last.lines[0], node.lines[1])
            continue
        result.append(node)
    return result


def _absorb_headed_paragraphs(nodes: list[_Node]) -> list[_Node]:
    """A ข้อ clause takes the whole unnumbered paragraphs that follow it, before any other
    clause, as the rest of its text: "ข้อ ๑ ข้อตกลงซื้อขาย" + "ผู้ซื้อตกลงซื้อและผู้ขายตกลงขาย…"."""
    result: list[_Node] = []
    for node in nodes:
        last = result[-1] if result else None
        if (last and last.label and last.label.style == "khor" and last.whole and not last.children
                and node.label is None and node.whole):
            last.text = f"{last.text} {node.text}" if last.text else node.text
            last.lines = (last.lines[0], node.lines[1])
            continue
        result.append(node)
    return result


# -- nesting ----------------------------------------------------------------------------------

# A clause whose text announces a list: "ให้แบ่งส่วนราชการ … ไว้ดังต่อไปนี้", "ประกอบด้วย", ":"
_LEAD_IN_ENDS = ("ดังนี้", "ดังต่อไปนี้", "ได้แก่", "คือ", "ประกอบด้วย", ":")
_DOTTED = ("khor", "dot")


def _level(label: ClauseLabel, parts: tuple[str, ...]) -> tuple[str, ...]:
    """Clauses at one level share this key: the style, and the depth of a dotted number or
    the glyph of a bullet ("●" items and "-" items under them are two levels)."""
    if label.style in _DOTTED:
        return (label.style, str(len(parts)))
    if label.style == "bullet":
        return (label.style, label.number)
    return (label.style,)


class _Nester:
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
        self.top: list[_Node] = []
        self.stack: list[_Node] = []
        self.closed = 0
        """How many clauses at the bottom of ``stack`` are closed (they stand before a
        paragraph): they mark levels but take no more children."""

    def place(self, node: _Node) -> None:
        if node.label is None:
            self.top.append(node)
            self.closed = len(self.stack)
            return
        parent = min(self._parent_index(node), MAX_DEPTH - 2)
        del self.stack[parent + 1 :]
        self.closed = min(self.closed, len(self.stack))
        (self.stack[parent].children if parent >= self.closed else self.top).append(node)
        self.stack.append(node)

    def _parent_index(self, node: _Node) -> int:
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

    def _dotted_parent(self, node: _Node) -> int | None:
        if len(node.parts) < 2 or node.level[0] not in _DOTTED:
            return None
        parent_parts = node.parts[:-1]
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index].parts == parent_parts and self.stack[index].level[0] in _DOTTED:
                return index
        return None

    def _sibling(self, node: _Node) -> int | None:
        same = [i for i in range(len(self.stack) - 1, -1, -1) if self.stack[i].level == node.level]
        if not same:
            return None
        if node.ordinal is not None:
            for index in same:
                previous = self.stack[index].ordinal
                if previous is not None and previous + 1 == node.ordinal:
                    return index
        return same[0]


def _freeze(node: _Node) -> Block:
    if node.label is None:
        return node.paragraph or Paragraph(text=node.text, lines=node.lines)
    return Clause(
        label=node.label.label,
        number=node.label.number,
        text=node.text,
        lines=node.lines,
        children=tuple(_freeze(child) for child in node.children),
    )


# -- inline lists -----------------------------------------------------------------------------

_D = "[0-9๐-๙]"
# An item label inside a paragraph, after a space: "… คือ 1. พัฒนา…", "… สุขภาพ 2.ส่งเสริม…",
# "… ดังนี้ 1) แนวทางปฏิบัติ…", "… 8)Evaluation …", "… ให้ยกเลิก (1) ประกาศ…". A letter,
# quote or bracket must follow, so "2.5 ล้าน" and "13.30 น." are not items.
_INLINE_ITEM = re.compile(
    rf"(?<!\S)(?:\((?P<paren>{_D}{{1,2}})\)|(?P<num>{_D}{{1,2}})(?P<mark>[.)]))(?= ?[ก-ฮเ-ไA-Za-z“\"‘'(])"
)
# What comes just before a reference, not an item: "ข้อห้ามตาม 1.", "ตามข้อ 1 (1) (2)",
# "มาตรา ๗ (๔)", "วรรคสอง (1)", "ไม่มีราคาตาม (1) (2) และ (3)"
_REFERENCE_BEFORE = re.compile(
    rf"(?:ข้อ|มาตรา|ตาม|วรรค[ก-๙]*) ?(?:{_D}{{1,3}}(?:/{_D}{{1,3}})? ?)?(?:\({_D}{{1,3}}\) ?(?:และ|หรือ|,)? ?)*$"
)
# A conjunction or comma between two items: "… โครงสร้างพื้นฐาน และ 10) e-Service"
_JOINER = re.compile(r"(?:(?:^| )(?:และ|หรือ)|[,;])$")
_LETTER = re.compile(r"[ก-ฮA-Za-z]")
_WINDOW = 24  # characters looked at before an item label by the guards


@dataclass(slots=True)
class _Item:
    label: ClauseLabel
    start: int
    children: list[_Item] = field(default_factory=list)


def _inline_items(text: str) -> list[_Item]:
    """Candidate item labels in ``text``, in order, with the guards applied."""
    items = []
    for m in _INLINE_ITEM.finditer(text):
        start = m.start()
        if m["paren"]:
            style: Style = "paren"
            number = to_arabic(m["paren"])
        else:
            style = "dot" if m["mark"] == "." else "close"
            number = to_arabic(m["num"])
        if int(number) == 0 or _REFERENCE_BEFORE.search(text, max(0, start - _WINDOW), start):
            continue
        if style == "close" and _closes_bracket(text, start):
            continue
        items.append(_Item(ClauseLabel(style, m[0], number, m.end()), start))
    return items


def _closes_bracket(text: str, start: int) -> bool:
    """Whether "N)" closes a bracket opened just before it: "(สำนัก 3)", "(ฉบับที่ 2)"."""
    low = max(0, start - _WINDOW)
    return text.rfind("(", low, start) > text.rfind(")", low, start)


def _runs(candidates: list[_Item]) -> list[_Item]:
    """The list that numbers 1, 2, 3 … among the candidates, with one nested level.

    One pass: a candidate continues the nested list, else the outer list, else a 1 opens a
    list (the outer one, or one nested under the current outer item); other candidates are
    plain text. Lists of fewer than two items are dropped. A paragraph that opens with an
    item label may go on from its number: "4.มีเซนเซอร์… 5. รองรับ…" (PDF text, where the
    items 1–3 stood in the paragraph before) gives items 4 and 5.
    """
    outer: list[_Item] = []
    nested: list[_Item] = []

    def close_nested() -> None:
        if len(nested) >= 2:
            outer[-1].children.extend(nested)
        nested.clear()

    for item in candidates:
        label = item.label
        if nested and _continues(nested[-1], item):
            nested.append(item)
        elif outer and _continues(outer[-1], item):
            close_nested()
            outer.append(item)
        elif label.ordinal == 1 or (not outer and item.start == 0):
            if outer:
                close_nested()
                nested.append(item)
            else:
                outer.append(item)
    if outer:
        close_nested()
    if len(outer) == 1 and len(outer[0].children) >= 2:
        return outer[0].children  # "1. … ดังนี้ (1) … (2) …" with no item 2: the inner list
    return outer if len(outer) >= 2 else []


def _continues(last: _Item, item: _Item) -> bool:
    return item.label.style == last.label.style and item.label.ordinal == (last.label.ordinal or 0) + 1


def _may_hold_list(text: str) -> bool:
    """A quick test before the regex scan: every inline list holds an item 1 ("1.", "1)",
    "(1)", "๑.", …) unless the paragraph opens with its own label ("4.มีเซนเซอร์…")."""
    if not text:
        return False
    return text[0] in "(0123456789๐๑๒๓๔๕๖๗๘๙" or "1." in text or "1)" in text or "๑." in text or "๑)" in text


def _split_inline(text: str, lines: LineSpan) -> list[_Node] | None:
    if not _may_hold_list(text):
        return None
    items = _runs(_inline_items(text))
    if not items:
        return None
    # Every label in text order, outer items and their children, to cut the text between.
    order = [entry for item in items for entry in (item, *item.children)]
    ends = [entry.start for entry in order[1:]] + [len(text)]
    own: dict[int, str] = {}
    for entry, end in zip(order, ends):
        piece = text[entry.label.end : end].strip()
        # A joiner before the next item ("… โครงสร้างพื้นฐาน และ 10) …") stays in this item's
        # text, which is where it stands: nothing is dropped; it just does not count as text.
        bare = _JOINER.sub("", piece).rstrip() if end < len(text) else piece
        if not _LETTER.search(bare) and not entry.children:
            return None  # "(1) (2)": labels with no text between them are references
        own[entry.start] = piece

    def node(item: _Item) -> _Node:
        children = [node(child) for child in item.children]
        return _Node(item.label, own[item.start], lines, children, whole=False)

    lead_in = text[: order[0].start].strip()
    nodes = [_block_node(lead_in, lines, whole=False)] if lead_in else []
    return nodes + [node(item) for item in items]
