"""Stage 4, segment: one file's lines -> the documents it holds.

A file may hold several documents: a circular and the MOU attached to it, a news page that
quotes one or more ประกาศ. After ``split_segments``:
1. ``outer`` is the file's own document; ``attachments`` are the documents inside it, in order;
2. every line of the file belongs to exactly one segment (blank lines included); where an
   attachment was cut out of the outer document, a blank line stands in its place. The one
   exception: a document quoted from inside a line (``stages.inline``) has that line's
   quoted words, and the outer document keeps the reporter's words of it, on the same number;
3. an attachment starts at a confirmed title line and ends before the next one, or before a
   news source line (``ที่มา :``, ``อ้างจาก :``), which returns to the outer document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from ..dates import is_date_line
from ..lines import Line
from ..parts.ref import split_ref_line
from ..parts.salutation import parse_salutation
from ..registry import KindId, spec_of
from ..text import LETTER, collapse_spaces
from ..vocabulary import (
    BODY_OPENER,
    CITATION_LABEL,
    CONTRACT_NUMBER_LABEL,
    CREDIT_LINE,
    EDITION_LABEL,
    MEETING_NUMBER_LABEL,
    PAGE_SOURCE_LINE,
    PARTIES_LABEL,
    SUBJECT_LABEL,
    TOPIC_LABEL,
    TRANSLATION_CAPTION,
    words,
)
from .furniture import is_furniture
from .letters import find_letters
from .inline import Cut, cut_lines
from .quoted import find_quoted
from .titles import title_kind
from .untitled import find_untitled

# Lines that, within the next few lines after a title, confirm a document starts there:
# "เรื่อง การแก้ไขปัญหา…", "ที่ ๑๖/๒๕๖๐", "ระหว่าง", "ว่าด้วย…", "ครั้งที่ ๑/๒๕๖๗".
_CONFIRMS = re.compile(words((SUBJECT_LABEL, "ที่ ", PARTIES_LABEL, TOPIC_LABEL, MEETING_NUMBER_LABEL, EDITION_LABEL,
                                    CONTRACT_NUMBER_LABEL)))
# A rule printed right under the title: "-----------------------------------------"
_RULE_LINE = re.compile(r"[-–—_.…*=]{5,}$")
# The last line of a title block: "พ.ศ. ๒๕๖๐", "(ฉบับที่ ๒) พ.ศ. ๒๕๖๑"
_TITLE_YEAR = re.compile(r"(?:\(ฉบับที่ *[0-9๐-๙]{1,3}\) *)?(?:พ\.ศ\.|พุทธศักราช) *[0-9๐-๙]{4}$")
# A news page's source line (PAGE_SOURCE_LINE) ends a quoted document…
# …but "อ้างจาก : ราชกิจจานุเบกษา" under a quoted ประกาศ cites that document: it is its last line.
_CITED_LINE = re.compile(CITATION_LABEL + " ?:")
# A one-line title with its subject ("ประกาศสำนักงาน… เรื่อง ห้ามอากาศยาน…") followed by the
# body's first words: "ตามที่ได้มีประกาศ…", "อาศัยอำนาจตามความใน…"
_LOOKAHEAD = 3
# A message's title block runs a few lines before its salutation ("ฯพณฯ", "เรียน …").
_LETTER_LOOKAHEAD = 8
_LEAD_FURNITURE = 3
_COVER_LINES = 8
"""Non-blank lines a cover page may hold above the first page's title."""
"""Lines of page furniture or stray glyphs that may stand above a file's own first line."""
# "ถึงนางออง ซาน ซู จี ที่ปรึกษาแห่งรัฐ…": the addressee line of a message's heading
# (ถึงแก่กรรม, ถึงแก่อสัญกรรม: "to pass away", a condolence message's words, no addressee)
_ADDRESSEE = re.compile(r"ถึง(?!แก่)(?:\S| +\S)")
_MESSAGE_HEAD = 5
_OWN_HEAD_LINES = 25
_CREDIT_TAIL = 3
"""Credit lines a page may print under the rule that closes a quoted document."""
"""Lines of a file's head where a ที่ line makes the file an official document itself."""


Evidence = tuple[tuple[str, int], ...]
Start = tuple[int, str, Evidence]
"""Where a document starts (an index into the file's lines), its kind, and its evidence."""


@dataclass(frozen=True, slots=True)
class Segment:
    lines: tuple[Line, ...]
    """The lines of this document, blank lines included, in source order."""
    kind_hint: str | None = None
    """The kind its title line announces, or its evidence shows (``stages.untitled``)."""
    repeats: frozenset[int] = frozenset()
    """Line numbers of a title block printed twice, whose later copy starts an attachment."""
    evidence: Evidence = ()
    """What made it a document: (part, line number) pairs, its start first."""


@dataclass(frozen=True, slots=True)
class Segmentation:
    outer: Segment
    attachments: tuple[Segment, ...] = ()


def split_segments(lines: tuple[Line, ...]) -> Segmentation:
    """Find the documents in one file's lines."""
    titled, repeats = _attachment_starts(lines)
    starts, ends, cuts = _with_untitled(lines, titled)
    outer_kind = _first_title_kind(lines)
    first_content = _opening(lines)
    outer_evidence: Evidence = (("title", lines[first_content].number),) if outer_kind else ()
    if starts and starts[0][0] == first_content:
        # The file is itself an untitled document: "โดยที่…" on its first line.
        _, outer_kind, outer_evidence = starts.pop(0)
    cover = _cover(lines, first_content, starts) if outer_kind else frozenset()
    if cover:
        # The title printed on a cover and again on the first page: one document, whose
        # cover lines are a repeat of the title block.
        _, _, outer_evidence = starts.pop(0)
        repeats = repeats | cover
    if not starts:
        return Segmentation(Segment(lines, outer_kind, cover, outer_evidence))
    outer: list[Line] = list(lines[: starts[0][0]])
    attachments = []
    for n, (start, kind, evidence) in enumerate(starts):
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        end = _before_caption(lines, start, _before_credits(
            lines, start, _source_line_index(lines, start + 1, min(stop, ends.get(start, stop)))))
        if start in cuts:  # a document quoted inside its first line: the reporter's words stay out
            first, outer_first = cut_lines(lines[start], cuts[start], whole=end == start + 1)
            attachments.append(Segment((*first, *lines[start + 1:end]), kind, evidence=evidence))
            outer.extend(outer_first)
        else:
            attachments.append(Segment(lines[start:end], kind, evidence=evidence))
        if end < stop:
            # A blank line where the attachment was cut out, so that no paragraph of the
            # outer document runs across it.
            outer.append(Line(lines[end].number, ""))
            outer.extend(lines[end:stop])
    return Segmentation(Segment(tuple(outer), outer_kind, repeats, outer_evidence), tuple(attachments))


def _with_untitled(lines: tuple[Line, ...], starts: list[Start]
                   ) -> tuple[list[Start], dict[int, int], dict[int, Cut]]:
    """The title-started documents and those found without a title, in source order; the end
    of those whose end their evidence fixes (a quoted document), by start; and the cut of
    those that start inside their first line, by start."""
    taken = []
    for n, (start, _, _) in enumerate(starts):
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        taken.append((start, _source_line_index(lines, start + 1, stop)))
    if not taken and _first_title_kind(lines) is not None:
        taken.append((0, len(lines)))  # the file's own title starts the one document it holds
    untitled = [(found.start, found.kind, found.evidence) for found in find_untitled(lines, taken)]
    taken += [(start, _next_start(lines, start, starts + untitled)) for start, _, _ in untitled]
    found_letters = find_letters(lines, taken)
    letters = [(found.start, found.kind, found.evidence) for found in found_letters]
    taken += [(start, _next_start(lines, start, starts + untitled + letters)) for start, _, _ in letters]
    # Only a report quotes documents this way: a file whose own text is an official document
    # (its title, or a ที่ line in its head) reports another's words as its own text.
    quoted = [] if _opens_as_document(lines) else find_quoted(lines, taken)
    ends = {found.start: found.end for found in (*found_letters, *quoted) if found.end is not None}
    cuts = {found.start: found.cut for found in quoted if found.cut is not None}
    return sorted(starts + untitled + letters + [(f.start, f.kind, f.evidence) for f in quoted]), ends, cuts


def _opens_as_document(lines: tuple[Line, ...]) -> bool:
    """Whether the file's own text is an official document: a title of a kind on its first
    line, or a ที่ line among its first lines (a letter, a memo, an order)."""
    if _first_title_kind(lines) is not None:
        return True
    head = islice((line for line in lines if not line.blank), _OWN_HEAD_LINES)
    return any(split_ref_line(line.text) for line in head)


def _next_start(lines: tuple[Line, ...], start: int, starts: list[Start]) -> int:
    stop = min((other for other, _, _ in starts if other > start), default=len(lines))
    return _source_line_index(lines, start + 1, stop)


def _attachment_starts(lines: tuple[Line, ...]) -> tuple[list[Start], frozenset[int]]:
    content = [i for i, line in enumerate(lines) if not line.blank]
    kinds = {i: title_kind(lines[i].text) for i in content}  # once per line, not per look-ahead
    opening = _opening(lines) or 0
    starts = []
    repeats: set[int] = set()
    for position, i in enumerate(content):
        if i <= opening:
            continue  # the file's own title, if any, belongs to the outer document
        kind = kinds[i]
        if kind is None:
            continue
        following = content[position + 1 : position + 1 + _LOOKAHEAD]
        later = next((j for j in following if kinds[j]), None)
        if later is not None:
            # A headline above the real title line: the later one starts the document. When
            # it is the same title printed twice, the first copy is a repeat.
            if collapse_spaces(lines[later].text) == collapse_spaces(lines[i].text):
                # Only the lines the later copy prints again: "ประกาศ…" / "เรื่อง …" twice.
                repeats.update(lines[i + k].number for k in range(later - i)
                               if not lines[i + k].blank and later + k < len(lines)
                               and lines[i + k].text == lines[later + k].text)
            continue
        if spec_of(kind).title_alone:
            # …unless it stands in a list of titles (an index page names documents, it holds none).
            neighbours = [content[p] for p in (position - 1, position + 1) if 0 < p < len(content)]
            if not any(kinds[j] and not _same_title(lines[j].text, lines[i].text) for j in neighbours):
                starts.append((i, kind, (("title", lines[i].number),)))
            continue
        if kind == KindId.letter:
            # A message's title block is confirmed by the salutation under it, or by the lines a
            # message's heading prints: its addressee (ถึง…) or its date.
            block = content[position + 1 : position + 1 + _LETTER_LOOKAHEAD]
            confirmed = _salutation_below(lines, block)
            part = "salutation"
            if confirmed is None:
                confirmed = next((j for j in block[:_MESSAGE_HEAD] if _ADDRESSEE.match(lines[j].text)
                                  or is_date_line(lines[j].text)), None)
                part = "message_head"
            if confirmed is not None:
                starts.append((i, kind, (("title", lines[i].number), (part, lines[confirmed].number))))
            continue
        # A title block is closed by a rule line or by its year ("พ.ศ. ๒๕๖๐") within a few lines.
        block_end = following[-1] + 2 if following else i + 2
        confirmed = next((("title_rule", j) for j in range(i + 1, min(block_end, len(lines)))
                          if _RULE_LINE.match(lines[j].text)), None) \
            or next((("title_year", j) for j in following if _TITLE_YEAR.match(lines[j].text)), None) \
            or next((("head_label", j) for j in following if _CONFIRMS.match(lines[j].text)), None)
        if confirmed is None and f" {SUBJECT_LABEL} " in lines[i].text and (opener := next(
                (j for j in following[:_WRAPPED_TITLE + 1] if BODY_OPENER.match(lines[j].text)), None)) is not None:
            # "ประกาศ… เรื่อง …" / "ตามที่…", or with the rest of a title wrapped by the page
            # between them ("… การขึ้นลงของ" / "อากาศยาน (ฉบับที่ 3)" / "ตามที่…")
            confirmed = ("body_opener", opener)
        if confirmed is not None:
            starts.append((i, kind, (("title", lines[i].number), (confirmed[0], lines[confirmed[1]].number))))
    kept, dropped = _drop_repeated_titles(lines, starts)
    return kept, dropped | repeats


_WRAPPED_TITLE = 1  # lines a title with its เรื่อง may run on below before the text opens


def _same_title(a: str, b: str) -> bool:
    """Two lines print one title: the same words, or a headline that repeats it cut short."""
    a, b = collapse_spaces(a), collapse_spaces(b)
    return a.startswith(b) or b.startswith(a)


def _salutation_below(lines: tuple[Line, ...], following: list[int]) -> int | None:
    """The first Thai salutation among ``following``: a Thai title over a letter in English
    ("สารแสดงความเสียใจ…" / "Dear Mr. President,") is the page's headline, not the letter's."""
    return next((j for j in following if (found := parse_salutation(lines[j].text)) and "\u0e01" <= found.word[0]), None)


def _drop_repeated_titles(lines: tuple[Line, ...], starts: list[Start]) -> tuple[list[Start], frozenset[int]]:
    # News pages repeat a title block ("ประกาศกรม…" / "เรื่อง …" twice): keep the last copy,
    # the one the document's body follows; the earlier copy's lines are repeats.
    kept: list[Start] = []
    repeats: set[int] = set()
    for start in starts:
        if kept and _same_block(lines, kept[-1][0], start[0]):
            repeats.update(line.number for line in lines[kept[-1][0] : start[0]] if not line.blank)
            kept[-1] = start
        else:
            kept.append(start)
    return kept, frozenset(repeats)


def _same_block(lines: tuple[Line, ...], first: int, second: int) -> bool:
    between = [line for line in lines[first:second] if not line.blank]
    return lines[first].text == lines[second].text and len(between) <= _LOOKAHEAD


def _before_caption(lines: tuple[Line, ...], start: int, end: int) -> int:
    """Where a document ends when a translation caption stands last in its segment ("-คำแปล
    อย่างไม่เป็นทางการ-" over the next message): the caption labels the document below it."""
    last = next((i for i in range(end - 1, start, -1) if lines[i].text.strip()
                 and not _RULE_LINE.match(lines[i].text.strip())), None)
    return last if last is not None and TRANSLATION_CAPTION.fullmatch(lines[last].text.strip()) else end


def _before_credits(lines: tuple[Line, ...], start: int, end: int) -> int:
    """Where a quoted document ends when a rule closes it and only the page's credit stands
    under the rule ("-----" / "กลุ่มประชาสัมพันธ์และเผยแพร่"): the credit is the page's."""
    tail = islice((i for i in range(end - 1, start, -1) if lines[i].text.strip()), _CREDIT_TAIL + 1)
    for n, i in enumerate(tail):
        if _RULE_LINE.match(lines[i].text.strip()):
            return i if n else end
        if not CREDIT_LINE.match(lines[i].text):
            return end
    return end


def _source_line_index(lines: tuple[Line, ...], start: int, stop: int) -> int:
    for i in range(start, stop):
        if PAGE_SOURCE_LINE.match(lines[i].text):
            return i
        if _CITED_LINE.match(lines[i].text):
            return i + 1
    return stop


def _first_title_kind(lines: tuple[Line, ...]) -> str | None:
    first = _opening(lines)
    return title_kind(lines[first].text) if first is not None else None


def _cover(lines: tuple[Line, ...], opening: int | None, starts: list[Start]) -> frozenset[int]:
    """The line numbers of a cover page that prints the title the first document starts with
    again, a few lines below (a cover holds the title, an agency, a year: no text)."""
    if opening is None or not starts:
        return frozenset()
    start = starts[0][0]
    between = [line for line in lines[opening:start] if not line.blank]
    if len(between) > _COVER_LINES or not _same_title(lines[opening].text, lines[start].text):
        return frozenset()
    return frozenset(line.number for line in between)


def _opening(lines: tuple[Line, ...]) -> int | None:
    """The index of the line that opens the file's own text: its first non-blank line that is
    not page furniture (a Royal Gazette page header, a page number) or a stray glyph."""
    first = None
    for i, line in enumerate(lines):
        if line.blank:
            continue
        if first is None:
            first = i
        if not is_furniture(line) and LETTER.search(line.text):
            return i
        if i - first >= _LEAD_FURNITURE:
            break
    return first


def merge_lines(segment: Segment, extra: list[Line]) -> Segment:
    """The segment with more of the file's lines put back in source order (a contained
    document's tail), a blank line standing at every gap so no paragraph runs across it."""
    if not extra:
        return segment
    merged = sorted([line for line in segment.lines if not line.blank] + extra, key=lambda line: line.number)
    result: list[Line] = []
    for line in merged:
        if result and line.number != result[-1].number + 1:
            result.append(Line(line.number, ""))
        result.append(line)
    return Segment(tuple(result), segment.kind_hint, segment.repeats, segment.evidence)
