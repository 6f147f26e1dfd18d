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
4. Clauses nest by their numbering (``clause_tree.Nester``); unnumbered paragraphs stay top-level
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
from ..models import LineSpan
from ..numerals import to_arabic
from ..text import collapse_spaces
from .body import PARAGRAPH_START, split_paragraphs
from .clause_tree import Block, Nester, Node, freeze
from .numbering import ClauseLabel, Style, match_label
from .quotes import quoted_paragraphs


def split_blocks(lines: Sequence[Line], *, headed: bool = False) -> list[Block]:
    """Body lines (blank lines included) → paragraphs and clause trees, in document order.

    With ``headed`` (a contract's form), a ข้อ clause takes the unnumbered paragraphs under it
    as its text: ``ข้อ ๑ ข้อตกลงซื้อขาย`` / ``ผู้ซื้อตกลงซื้อ…`` is one clause, as the older forms
    print it on one line, and its sub-clauses (๑.๑, (๑)) nest under it past that paragraph.
    """
    nodes: list[Node] = []
    paragraphs = split_paragraphs(lines)
    quoted = quoted_paragraphs(paragraphs)
    quotations: set[int] = set()
    for index, paragraph in enumerate(paragraphs):
        if index in quoted:
            # Text quoted into this document ("ให้ใช้ความต่อไปนี้แทน" / "“ข้อ ๗ …”"): its
            # numbers are the quoted document's, not clauses of this one.
            nodes.append(Node(None, paragraph.text, paragraph.lines, paragraph=paragraph))
            quotations.add(id(nodes[-1]))
            continue
        pieces = _split_inline(paragraph.text, paragraph.lines)
        if pieces is not None:
            nodes.extend(pieces)
            continue
        node = _block_node(paragraph.text, paragraph.lines)
        if node.label is None:
            node.paragraph = paragraph  # frozen already: kept as it is
        nodes.append(node)
    nodes = _absorb_quotations(nodes, quotations)
    nodes = _absorb_listed_items(_absorb_lead_ins(_absorb_bare_labels(nodes)))
    if headed:
        nodes = _absorb_headed_paragraphs(nodes)
    nester = Nester()
    for node in nodes:
        nester.place(node)
    return [freeze(node) for node in nester.top]


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
    nodes = _split_inline(collapse_spaces(text), lines)  # spaced as a paragraph's text is
    return None if nodes is None else [freeze(node) for node in nodes]


# -- one paragraph --------------------------------------------------------------------------


def _block_node(text: str, lines: LineSpan, whole: bool = True) -> Node:
    label = match_label(text)
    if label is None:
        return Node(None, text, lines, whole=whole)
    return Node(label, text[label.end :].strip(), lines, whole=whole)


def _absorb_bare_labels(nodes: list[Node]) -> list[Node]:
    """A label alone on its paragraph ("ข้อ ๑", then the text below it, as PDF extraction
    often leaves it) takes the unnumbered paragraph that follows as its text."""
    result: list[Node] = []
    for node in nodes:
        last = result[-1] if result else None
        if last and last.label and last.whole and not last.text and not last.children and node.label is None:
            last.text, last.lines = node.text, (last.lines[0], node.lines[1])
            continue
        result.append(node)
    return result


def _absorb_lead_ins(nodes: list[Node]) -> list[Node]:
    """A clause whose lead-in goes on in an unnumbered paragraph before its own sub-clauses
    ("5. ความร่วมมือทางเศรษฐกิจ" / "…ในประเด็นต่อไปนี้ :" / "5.1 …") takes that paragraph as
    its text, so that 5.1 nests under 5."""
    result: list[Node] = []
    for index, node in enumerate(nodes):
        last = result[-1] if result else None
        following = nodes[index + 1] if index + 1 < len(nodes) else None
        if (node.label is None and last is not None and last.label is not None and last.whole
                and following is not None and following.label is not None and len(following.parts) >= 2
                and following.parts[:-1] == last.parts and last.parts):
            last.text, last.lines = f"{last.text} {node.text}".strip(), (last.lines[0], node.lines[1])
            continue
        result.append(node)
    return result


# A clause that announces the text it quotes: "… และให้ใช้ความต่อไปนี้แทน", "… ความว่า", "ให้เพิ่ม
# ความต่อไปนี้เป็นข้อ ๒/๑ แห่ง… พ.ศ. ๒๕๕๕" (corpus 219),
# "… ดังต่อไปนี้", and the definitions of "ข้อ ๕ ในระเบียบนี้" / "“คณะกรรมการ” หมายความว่า …"
_QUOTES_NEXT = re.compile(r"(?:แทน|ความว่า|ดังต่อไปนี้|ดังนี้|ใน\S{0,20}นี้)$")
_QUOTES_NEXT_REACH = 32  # the longest ending above: looked for this far from the end only


def _absorb_quotations(nodes: list[Node], quotations: set[int]) -> list[Node]:
    """A clause that announces a quotation takes the quoted paragraphs under it as its text:
    the new wording of an amended clause ("ข้อ ๔ … ให้ใช้ความต่อไปนี้แทน" / "“ข้อ ๗ …" / … ”,
    corpus 217), the definitions under "ในระเบียบนี้" (corpus 220). Its numbers stay text."""
    result: list[Node] = []
    taking: list[Node] = []  # the clause, then the paragraphs it takes
    for node in nodes:
        quoting = node.label is None and (id(node) in quotations or node.text[:1] in "“\"")
        if taking and quoting:
            taking.append(node)
            continue
        if len(taking) > 1:
            _take(taking)
        taking = [node] if node.label is not None and node.whole and (
            _QUOTES_NEXT.search(node.text, max(0, len(node.text) - _QUOTES_NEXT_REACH))
            or "ความต่อไปนี้" in node.text) else []
        result.append(node)
    _take(taking)
    return result


def _take(run: list[Node]) -> None:
    """The first node of ``run`` takes the text and lines of the others (joined once: a
    string grown piece by piece would cost quadratic time on a long run)."""
    if len(run) > 1:
        run[0].text = " ".join(node.text for node in run)
        run[0].lines = (run[0].lines[0], run[-1].lines[1])


# A clause that announces a list: "… พ้นจากความเป็นรัฐมนตรี ดังต่อไปนี้", "… มีหน้าที่ ดังนี้"
_LIST_LEAD_IN = ("ดังนี้", "ดังต่อไปนี้", ":")


def _absorb_listed_items(nodes: list[Node]) -> list[Node]:
    """A clause that ends announcing a list (``ดังนี้``, ``ดังต่อไปนี้``) takes the unnumbered
    paragraphs under it as its text, one after another, up to the next clause or a paragraph
    that closes the text ("ทั้งนี้ ตั้งแต่…"): "๒. ให้แต่งตั้งรัฐมนตรี ดังต่อไปนี้" / "พลเอก
    ฉัตรชัย สาริกัลยะ เป็นรองนายกรัฐมนตรี" / … (corpus 223). Quoted text stays apart."""
    if not any(node.label is not None and node.text.endswith(_LIST_LEAD_IN) for node in nodes):
        return nodes  # no clause announces a list: nothing to take (most bodies)
    result: list[Node] = []
    taking: list[Node] = []
    for node in nodes:
        if node.label is not None or not node.whole or node.paragraph is None \
                or PARAGRAPH_START.match(node.text) or node.text[:1] in "“\"":
            _take(taking)
            taking = [node] if node.label is not None and node.whole and node.text.endswith(_LIST_LEAD_IN) else []
            result.append(node)
            continue
        if taking:
            taking.append(node)
            continue
        result.append(node)
    _take(taking)
    return result


def _absorb_headed_paragraphs(nodes: list[Node]) -> list[Node]:
    """A ข้อ clause takes the whole unnumbered paragraphs that follow it, before any other
    clause, as the rest of its text: "ข้อ ๑ ข้อตกลงซื้อขาย" + "ผู้ซื้อตกลงซื้อและผู้ขายตกลงขาย…"."""
    result: list[Node] = []
    for node in nodes:
        last = result[-1] if result else None
        if (last and last.label and last.label.style == "khor" and last.whole and not last.children
                and node.label is None and node.whole):
            last.text = f"{last.text} {node.text}" if last.text else node.text
            last.lines = (last.lines[0], node.lines[1])
            continue
        result.append(node)
    return result


# -- inline lists -----------------------------------------------------------------------------

_D = "[0-9๐-๙]"
# An item label inside a paragraph, after a space: "… คือ 1. พัฒนา…", "… สุขภาพ 2.ส่งเสริม…",
# "… ดังนี้ 1) แนวทางปฏิบัติ…", "… 8)Evaluation …", "… ให้ยกเลิก (1) ประกาศ…". A letter,
# quote or bracket must follow, so "2.5 ล้าน" and "13.30 น." are not items.
_ITEM_LABEL = rf"(?P<label>\((?P<paren>{_D}{{1,2}})\)|(?P<num>{_D}{{1,2}})(?P<mark>[.)]))(?= ?[ก-ฮเ-ไA-Za-z“\"‘'(])"
# At the start of the text, or after a space (a paragraph's text has one plain space between
# words: join_wrapped collapsed the rest); the literal space is the first thing the pattern
# looks for, which the regex engine skips ahead to fast (a lookbehind first is tried everywhere,
# and a class such as \s is tested at every character).
_ITEM_AT_START = re.compile(_ITEM_LABEL)
_ITEM_AFTER_SPACE = re.compile(rf" {_ITEM_LABEL}")
# What comes just before a reference, not an item: "ข้อห้ามตาม 1.", "ตามข้อ 1 (1) (2)",
# "มาตรา ๗ (๔)", "วรรคสอง (1)", "ไม่มีราคาตาม (1) (2) และ (3)"
_REFERENCE_BEFORE = re.compile(
    rf"(?:ข้อ|มาตรา|ตาม|วรรค[ก-๙]*) ?(?:{_D}{{1,3}}(?:/{_D}{{1,3}})? ?)?(?:\({_D}{{1,3}}\) ?(?:และ|หรือ|,)? ?)*$"
)
# A conjunction or comma between two items: "… โครงสร้างพื้นฐาน และ 10) e-Service", "… Economy and (3) …"
_JOINER = re.compile(r"(?:(?:^| )(?:และ|หรือ|and|or)|[,;])$")
_JOINER_WIDTH = len(" หรือ")  # the longest: a joiner is looked for this far from the end only
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
    first = _ITEM_AT_START.match(text)
    for m in ([first] if first else []) + list(_ITEM_AFTER_SPACE.finditer(text)):
        start = m.start("label")
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
        items.append(_Item(ClauseLabel(style, m["label"], number, m.end()), start))
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


def _split_inline(text: str, lines: LineSpan) -> list[Node] | None:
    if not _may_hold_list(text):
        return None
    items = _runs(_inline_items(text))
    if not items:
        return None
    # Every label in text order, outer items and their children, to cut the text between.
    order = [entry for item in items for entry in (item, *item.children)]
    ends = [entry.start for entry in order[1:]] + [len(text)]
    own: dict[int, str] = {}
    joined = 0
    for entry, end in zip(order, ends):
        piece = text[entry.label.end : end].strip()
        # A joiner before the next item ("… โครงสร้างพื้นฐาน และ 10) …") stays in this item's
        # text, which is where it stands: nothing is dropped; it just does not count as text.
        joiner = _JOINER.search(piece, max(0, len(piece) - _JOINER_WIDTH)) if end < len(text) else None
        bare = piece[: joiner.start()].rstrip() if joiner else piece
        if not _LETTER.search(bare) and not entry.children:
            return None  # "(1) (2)": labels with no text between them are references
        joined += joiner is not None
        own[entry.start] = piece
    if joined == len(order) - 1 and not any(item.children for item in items):
        # "namely, (1) human resources, (2) BCG Economy and (3) infrastructure.": every item
        # joined to the next by a comma or a conjunction is a sentence's enumeration.
        return None

    def node(item: _Item) -> Node:
        children = [node(child) for child in item.children]
        return Node(item.label, own[item.start], lines, children, whole=False)

    lead_in = text[: order[0].start].strip()
    nodes = [_block_node(lead_in, lines, whole=False)] if lead_in else []
    return nodes + [node(item) for item in items]
