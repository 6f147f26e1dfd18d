"""Stage 4, segment: one file's lines -> the documents it holds.

A file may hold several documents: a circular and the MOU attached to it, a news page that
quotes one or more ประกาศ. After ``split_segments``:
1. ``outer`` is the file's own document; ``attachments`` are the documents inside it, in order;
2. every line of the file belongs to exactly one segment (blank lines included); where an
   attachment was cut out of the outer document, a blank line stands in its place;
3. an attachment starts at a confirmed title line and ends before the next one, or before a
   news source line (``ที่มา :``, ``อ้างจาก :``), which returns to the outer document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lines import Line
from .parts.salutation import parse_salutation
from .titles import title_kind

# Lines that, within the next few lines after a title, confirm a document starts there:
# "เรื่อง การแก้ไขปัญหา…", "ที่ ๑๖/๒๕๖๐", "ระหว่าง", "ว่าด้วย…", "ครั้งที่ ๑/๒๕๖๗".
_CONFIRMS = re.compile(r"(?:เรื่อง|ที่ |ระหว่าง|ว่าด้วย|ครั้งที่|\(ฉบับที่)")
# A rule printed right under the title: "-----------------------------------------"
_RULE_LINE = re.compile(r"[-–—_.…*=]{5,}$")
# A news page's source line ends a quoted document: "ที่มา : https://…", "อ้างจาก : ราชกิจจานุเบกษา",
# "รายละเอียดเพิ่มเติม: เว็บไซต์ราชกิจจานุเบกษา".
_SOURCE_LINE = re.compile(r"(?:ที่มา|อ้างจาก|รายละเอียดเพิ่มเติม) ?:")
# A one-line title with its subject ("ประกาศสำนักงาน… เรื่อง ห้ามอากาศยาน…") followed by the
# body's first words: "ตามที่ได้มีประกาศ…", "อาศัยอำนาจตามความใน…"
_BODY_OPENER = re.compile(r"(?:ตามที่|ด้วย|โดยที่|อาศัยอำนาจ|เนื่องจาก|เนื่องด้วย)")
_LOOKAHEAD = 3
# A message's title block runs a few lines before its salutation ("ฯพณฯ", "เรียน …").
_LETTER_LOOKAHEAD = 8


@dataclass(frozen=True, slots=True)
class Segment:
    lines: tuple[Line, ...]
    """The lines of this document, blank lines included, in source order."""
    kind_hint: str | None = None
    """The kind its title line announces, when it starts with one."""


@dataclass(frozen=True, slots=True)
class Segmentation:
    outer: Segment
    attachments: tuple[Segment, ...] = ()


def split_segments(lines: tuple[Line, ...]) -> Segmentation:
    """Find the documents in one file's lines."""
    starts = _attachment_starts(lines)
    if not starts:
        return Segmentation(Segment(lines, _first_title_kind(lines)))
    outer: list[Line] = list(lines[: starts[0][0]])
    attachments = []
    for n, (start, kind) in enumerate(starts):
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        end = _source_line_index(lines, start + 1, stop)
        attachments.append(Segment(lines[start:end], kind))
        if end < stop:
            # A blank line where the attachment was cut out, so that no paragraph of the
            # outer document runs across it.
            outer.append(Line(lines[end].number, ""))
            outer.extend(lines[end:stop])
    return Segmentation(Segment(tuple(outer), _first_title_kind(lines)), tuple(attachments))


def _attachment_starts(lines: tuple[Line, ...]) -> list[tuple[int, str]]:
    content = [i for i, line in enumerate(lines) if not line.blank]
    starts = []
    for position, i in enumerate(content):
        if position == 0:
            continue  # the file's own title, if any, belongs to the outer document
        kind = title_kind(lines[i].text)
        if kind is None:
            continue
        following = content[position + 1 : position + 1 + _LOOKAHEAD]
        if any(title_kind(lines[j].text) for j in following):
            continue  # a headline above the real title line: the later one starts the document
        if kind == "letter":
            if _salutation_follows(lines, content[position + 1 : position + 1 + _LETTER_LOOKAHEAD]):
                starts.append((i, kind))
            continue
        rule_below = i + 1 < len(lines) and _RULE_LINE.match(lines[i + 1].text)
        if rule_below or any(_CONFIRMS.match(lines[j].text) for j in following) or (
            " เรื่อง " in lines[i].text and following and _BODY_OPENER.match(lines[following[0]].text)
        ):
            starts.append((i, kind))
    return _drop_repeated_titles(lines, starts)


def _salutation_follows(lines: tuple[Line, ...], following: list[int]) -> bool:
    return any(parse_salutation(lines[j].text) for j in following)


def _drop_repeated_titles(lines: tuple[Line, ...], starts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    # News pages repeat a title block ("ประกาศกรม…" / "เรื่อง …" twice): keep the last copy,
    # the one the document's body follows.
    kept: list[tuple[int, str]] = []
    for start in starts:
        if kept and _same_block(lines, kept[-1][0], start[0]):
            kept[-1] = start
        else:
            kept.append(start)
    return kept


def _same_block(lines: tuple[Line, ...], first: int, second: int) -> bool:
    between = [line for line in lines[first:second] if not line.blank]
    return lines[first].text == lines[second].text and len(between) <= _LOOKAHEAD


def _source_line_index(lines: tuple[Line, ...], start: int, stop: int) -> int:
    for i in range(start, stop):
        if _SOURCE_LINE.match(lines[i].text):
            return i
    return stop


def _first_title_kind(lines: tuple[Line, ...]) -> str | None:
    for line in lines:
        if not line.blank:
            return title_kind(line.text)
    return None


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
    return Segment(tuple(result), segment.kind_hint)
