"""Official documents quoted without their title line, found by the evidence of their parts.

A news page often reproduces an order, an announcement or a regulation from its preamble on:
the title stays in the reporter's lead ("ราชกิจจานุเบกษา เผยแพร่คำสั่ง…"), and the document's
own text runs from "โดยที่…" / "อาศัยอำนาจ…" or "ข้อ ๑" down to its dating line
("สั่ง ณ วันที่ ๘ สิงหาคม พุทธศักราช ๒๕๖๐") and its signer. The rule a civil servant states:
*an issuance ends with its dating line and a signer, and its text is numbered from ข้อ ๑,
after a preamble that opens with โดยที่, อาศัยอำนาจ, ตามที่ …*. So:

1. every dating line (``SIGNING_LINE``) with a signer under it, not inside a document already
   found, is an end (a dating line in a page footer has no signer under it); so is an effect
   sentence that a web copy ran into its dating line ("ทั้งนี้ …เป็นต้นไป ประกาศ ณ วันที่ …",
   the date ending the line: ``DATED_EFFECT``), whose signer the page may leave out;
2. its start is the nearest ``ข้อ ๑`` / ``1.`` above it, and the preamble lines just above that
   (each opening with a body opener, or a preamble of a few wrapped lines whose last sentence
   introduces the clauses: "ตามที่… / …จึงออกประกาศ … ดังนี้"), or, with no clauses, the
   first line of the run of opener lines just above the dating line;
3. its kind is what its own text calls it ("คำสั่งนี้", "ประกาศฉบับนี้", "ระเบียบนี้"), else
   what its dating verb says (สั่ง → order, ประกาศ → announcement).

A dating line quoted in a sentence ("… ตามประกาศ ณ วันที่ …") is not at the start of its line
and is not taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lines import Line
from ..parts.numbering import match_label
from ..parts.signatures import BARE_NAME, parse_name_line
from ..registry import SPECS, KindId
from ..text import fold_damage
from .titles import is_titled_line
from ..vocabulary import BODY_OPENER, COUNTERSIGN_LINE, DATED_EFFECT, INTRODUCES_LIST, SIGNING_LINE, words

# "คำสั่งนี้", "ประกาศคณะกรรมการค่าจ้างฉบับนี้", "ระเบียบนี้เรียกว่า", "กฎ ก.ค.ศ. นี้"
# (matched on text folded through damage: "คาสั่งนี้" from a layer that lost its ำ)
_SELF_NAME = re.compile("(%s)(?:[^ ]{0,40}?ฉบับ|[^ ]{0,12}?| ?ก\\.[ก-ฮ.]{2,8} ?)นี้" % "|".join(
    fold_damage(name) for spec in SPECS for name in spec.self_names))
_KIND_OF_NAME = {fold_damage(name): spec.id for spec in SPECS for name in spec.self_names}
_KIND_OF_VERB = {spec.signing_verb: spec.id for spec in SPECS if spec.signing_verb}
_VERB = re.compile(words(_KIND_OF_VERB))
_TOP_STYLES = ("khor", "dot")
_SIGNER_SEARCH = 4
_PREAMBLE_LINES = 4
"""Lines a preamble may wrap over between its opener and the sentence introducing ข้อ ๑."""
_MAX_LINES = 2000
"""An issuance longer than this is not looked for (its clause 1 is too far above the end)."""


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    """Index of its first line in the file's lines."""
    end: int
    """Index of its dating line."""
    kind: KindId
    evidence: tuple[tuple[str, int], ...]
    """What made it a document: (part, line number) for its opener, first clause, dating line."""


def find_untitled(lines: tuple[Line, ...], taken: list[tuple[int, int]]) -> list[Found]:
    """The issuances without a title in ``lines``, outside the index ranges in ``taken``
    (documents already found), in source order."""
    found: list[Found] = []
    floor = 0
    for end, line in enumerate(lines):
        if "ณ" not in line.text:
            continue  # every dating formula holds ณ: the cheap test first, on every line
        dating = _dating(lines, end)
        if dating is None or _inside(end, taken):
            continue
        start, evidence = _start(lines, max(floor, end - _MAX_LINES, _above(end, taken)), end)
        floor = end + 1
        if start is None:
            continue
        text = " ".join(lines[i].text for i in range(start, end + 1))
        found.append(Found(start, end, _kind(text, dating), (*evidence, ("dating_line", line.number))))
    return found


def _dating(lines: tuple[Line, ...], end: int) -> str | None:
    """The dating formula that ends an issuance at ``lines[end]``: a dating line with a signer
    under it, or the formula closing its effect sentence."""
    text = lines[end].text
    if lines[end].blank or "ณ" not in text:
        return None
    if SIGNING_LINE.match(text):
        return text if _signed_below(lines, end) else None
    effect = DATED_EFFECT.match(text)
    return effect.group("dating") if effect else None


def _signed_below(lines: tuple[Line, ...], end: int) -> bool:
    """Whether a signer's name (or ผู้รับสนองพระราชโองการ) stands in the few lines under the
    dating line: a dating line printed in a page footer has none."""
    below = [line.text for line in lines[end + 1 : end + 1 + _SIGNER_SEARCH] if not line.blank][:2]
    return any(COUNTERSIGN_LINE.match(text) or parse_name_line(text) or
               (BARE_NAME.match(text) and parse_name_line(f"({text})")) for text in below)


def _inside(index: int, taken: list[tuple[int, int]]) -> bool:
    return any(first <= index < last for first, last in taken)


def _above(index: int, taken: list[tuple[int, int]]) -> int:
    """The first index after the last document found above ``index``."""
    return max((last for first, last in taken if last <= index), default=0)


def _start(lines: tuple[Line, ...], floor: int, end: int) -> tuple[int | None, list[tuple[str, int]]]:
    first_clause = next((i for i in range(end - 1, floor - 1, -1) if _is_clause_one(lines[i].text)), None)
    top = first_clause if first_clause is not None else end
    start = top
    i = top - 1
    while i >= floor and (lines[i].blank or BODY_OPENER.match(lines[i].text)):
        if not lines[i].blank:
            start = i
        i -= 1
    if start == top and first_clause is not None:
        start = _wrapped_preamble(lines, floor, top)
    evidence = []
    if start < top:
        evidence.append(("preamble", lines[start].number))
    if first_clause is not None:
        evidence.append(("first_clause", lines[first_clause].number))
    # Its title may stand above, run on into the first paragraph on one line by a web copy
    # ("ประกาศสำนักงาน… เรื่อง ห้ามอากาศยาน… ด้วยปรากฏว่า…"): too wide for a title line.
    titled = _title_above(lines, floor, start, 1 if evidence else _PREAMBLE_LINES)
    if titled is not None:
        return titled, [("title", lines[titled].number), *evidence]
    if not evidence:
        return None, []  # a dating line with neither clauses nor a preamble above it
    return start, evidence


def _title_above(lines: tuple[Line, ...], floor: int, start: int, reach: int) -> int | None:
    """The line among the ``reach`` content lines above ``start`` that opens with a title and
    its เรื่อง ("ประกาศกรม… เรื่อง …"), however wide."""
    above = [i for i in range(start - 1, floor - 1, -1) if not lines[i].blank][:reach]
    return next((i for i in above if is_titled_line(lines[i].text)), None)


def _wrapped_preamble(lines: tuple[Line, ...], floor: int, top: int) -> int:
    """The opener line of a preamble wrapped over a few lines above ข้อ ๑, whose last line
    introduces the clauses ("…โดยมีรายละเอียด ดังนี้"); ``top`` when there is none."""
    above = [i for i in range(top - 1, floor - 1, -1) if not lines[i].blank][:_PREAMBLE_LINES]
    if not above or not INTRODUCES_LIST.match(lines[above[0]].text):
        return top
    return next((i for i in above if BODY_OPENER.match(lines[i].text)), top)


def _is_clause_one(text: str) -> bool:
    label = match_label(text)
    return label is not None and label.number == "1" and label.style in _TOP_STYLES


def _kind(text: str, dating_line: str) -> KindId:
    named = _SELF_NAME.search(fold_damage(text))
    if named:
        return _KIND_OF_NAME[named.group(1)]
    verb = _VERB.match(dating_line)
    return _KIND_OF_VERB[verb.group(0)] if verb else KindId.announcement
