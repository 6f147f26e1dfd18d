"""Documents a news report quotes after a lead-in that names them.

A news page reproduces a document's text without its head: "นายกรัฐมนตรีมอบสารเนื่องใน
โอกาส… ความว่า เนื่องในวันเด็กแห่งชาติ…", or "…ข้อตกลงความร่วมมือ… นี้ มีขึ้นเพื่อ… ดังนี้"
followed by the agreement's own items (๑) … (๙). The rule a reporter's reader applies:
*a sentence that names a document and ends with ความว่า introduces that document's words;
one that names it and ends with ดังนี้ introduces its items, when numbered items follow*. So:

1. a lead-in names a document when the last words before its introducer name a kind
   (``KindSpec.quoted_as``: สาร, หนังสือ, คำสั่ง, ประกาศ, ข้อตกลง …) and do not announce a
   summary (สาระสำคัญ, สรุป …: the reporter's gist is not the document);
2. after ``ความว่า`` the quoted text starts on the same line, if any follows the word, else on
   the next line, and runs to a rule line, the next document or the page's source line;
3. after ``ดังนี้`` the document is the run of items numbered 1, 2, 3 … that follows (at least
   ``_MIN_ITEMS``), from the first to the last, when they read as provisions: a list of names
   ("1.สมาคมผู้ค้าปลีกไทย", "2.บริษัท …": the parties a report lists) is not a document's text;
4. a quotation that opens with an issuance's title and holds its dating formula is that
   issuance, quoted whole inside one line (``stages.inline``).

A document that starts or ends inside a line has its ``Cut``: its words are the quotation's,
the reporter's words around them stay the report's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from statistics import median

from ..lines import Line, content_outside
from ..models import QUOTED_EXCERPT
from ..parts.body import split_paragraphs
from ..parts.numbering import match_label
from ..registry import SPECS, KindId
from ..text import join_wrapped
from ..vocabulary import INTRODUCES_LIST, QUOTE_INTRODUCER, SUMMARY_WORDS, words
from .inline import Cut, quoted_issuance, verbatim_cut

_NAMES = [(spec.id, re.compile(pattern)) for spec in SPECS for pattern in spec.quoted_as]
_SUMMARY = re.compile(words(SUMMARY_WORDS))
_LEAD_CHARS = 200
"""How far back from its introducer a lead-in may name the document it quotes."""
_MIN_CHARS = 120
"""Quoted words shorter than this are a phrase in the report, not a document's text."""
_MIN_ITEMS = 3
_LIST_ENDINGS = ("ดังนี้", "ดังต่อไปนี้")
_PROVISION_CHARS = 40
"""The median length of quoted items that are provisions; names and short phrases are shorter."""
_GAP_PARAGRAPHS = 2
"""Unnumbered paragraphs allowed between two numbered items of a quoted list."""
_LEAD_LINES = 12
"""How many lines above the one that ends with ดังนี้ its paragraph is looked for."""
# "--------------------------------" under a quoted message closes it
_RULE = re.compile(r"\s*[-–—_=*]{5,}\s*$")


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    """Index of its first line in the file's lines."""
    end: int
    """Index just past its last line."""
    kind: KindId
    evidence: tuple[tuple[str, int], ...]
    cut: Cut | None = None
    """Where in its first line the document starts (and, on one line, ends), when inside it."""


def find_quoted(lines: tuple[Line, ...], taken: list[tuple[int, int]]) -> list[Found]:
    """The documents quoted after a lead-in in ``lines``, outside the index ranges in ``taken``."""
    starts = sorted(first for first, _ in taken)
    content = content_outside(lines, taken)
    found: list[Found] = []
    for position, i in enumerate(content):
        if found and i < found[-1].end:
            continue
        text = lines[i].text
        # cheap substring tests first: the patterns run on a few lines of a page only
        verbatim = QUOTE_INTRODUCER.search(text) if "ความว่า" in text else None
        if verbatim:
            quoted = _verbatim(lines, content, position, verbatim, starts)
        elif text.endswith(_LIST_ENDINGS) and INTRODUCES_LIST.match(text):
            quoted = _items(lines, i, starts)
        else:
            quoted = None
        if quoted is None and "“" in text and " ณ " in text:  # cheap tests before the patterns
            quoted = _inline(lines, i)
        if quoted is not None:
            found.append(quoted)
    return found


def _named_kind(lead: str) -> KindId | None:
    """The kind of the document the lead-in names last, or None (none named, or a summary)."""
    lead = lead[-_LEAD_CHARS:]
    if _SUMMARY.search(lead):
        return None
    named = [(match.end(), kind) for kind, pattern in _NAMES for match in pattern.finditer(lead)]
    return max(named)[1] if named else None


def _verbatim(lines: tuple[Line, ...], content: list[int], position: int, introducer: re.Match[str],
              starts: list[int]) -> Found | None:
    i = content[position]
    text = lines[i].text
    kind = _named_kind(_paragraph_ending(lines, i, text[: introducer.start()]))
    if kind is None:
        return None
    rest = text[introducer.end():].strip()
    start = i if rest else (content[position + 1] if position + 1 < len(content) else None)
    if start is None:
        return None
    cut = verbatim_cut(text, introducer.end()) if rest else None
    stop = min((s for s in starts if s > start), default=len(lines))
    if cut is not None and cut.end < len(text):
        stop = start + 1  # the quotation closes on its first line: the lines below are the report's
    end = next((j for j in range(start + 1, stop) if _RULE.match(lines[j].text)), stop)
    following = lines[start + 1 if start == i else start : end]
    words_quoted = len(rest) + sum(len(line.text) for line in following if not line.blank)
    if words_quoted < _MIN_CHARS:
        return None
    return Found(start, end, kind, ((QUOTED_EXCERPT, lines[i].number), ("quoted_text", lines[start].number)), cut)


def _inline(lines: tuple[Line, ...], i: int) -> Found | None:
    found = quoted_issuance(lines[i].text)
    if found is None:
        return None
    kind, cut = found
    number = lines[i].number
    return Found(i, i + 1, kind, (("quoted_title", number), ("dating_line", number)), cut)


def _items(lines: tuple[Line, ...], i: int, starts: list[int]) -> Found | None:
    """The items after the lead-in that ends on line ``i``, read as paragraphs: an item wrapped
    over several lines is one paragraph, and so is a lead-in (its kind may be named on a line
    above the one that ends with ดังนี้)."""
    kind = _named_kind(_paragraph_ending(lines, i, lines[i].text))
    if kind is None:
        return None
    stop = min((s for s in starts if s > i), default=len(lines))
    items: list[tuple[int, int, str]] = []
    gap = 0
    for paragraph in _paragraphs(lines, i + 1, stop):
        label = match_label(paragraph[2])
        if label is not None and label.number == str(len(items) + 1):
            items.append(paragraph)
            gap = 0
            continue
        gap += 1
        if not items or gap > _GAP_PARAGRAPHS:
            break
    if len(items) < _MIN_ITEMS or median(len(text) for _, _, text in items) < _PROVISION_CHARS:
        return None
    return Found(items[0][0], items[-1][1], kind,
                 ((QUOTED_EXCERPT, lines[i].number), ("quoted_items", lines[items[0][0]].number)))


def _paragraph_ending(lines: tuple[Line, ...], i: int, last: str) -> str:
    """The text of the paragraph that line ``i`` ends, its line ``i`` cut to ``last`` (the words
    before an introducer): a page that wraps a lead-in may name the document on a line above."""
    first = i
    while first > 0 and i - first < _LEAD_LINES and not lines[first - 1].blank:
        first -= 1
    paragraph = split_paragraphs(lines[first:i + 1])[-1]
    above = lines[i - (paragraph.lines[1] - paragraph.lines[0]):i]  # the paragraph's lines above line i
    return join_wrapped([*(line.text for line in above), last])


def _paragraphs(lines: tuple[Line, ...], start: int, stop: int) -> Iterator[tuple[int, int, str]]:
    """(first index, past-last index, text) of each paragraph of ``lines[start:stop]``, one run
    of non-blank lines at a time (so that a caller that stops early reads no further)."""
    j = start
    while j < stop:
        if lines[j].blank:
            j += 1
            continue
        end = j
        while end < stop and not lines[end].blank:
            end += 1
        at = j
        for paragraph in split_paragraphs(lines[j:end]):
            size = min(paragraph.lines[1] - paragraph.lines[0] + 1, end - at)  # a run numbers one by one
            yield at, at + size, paragraph.text
            at += size
        j = end
