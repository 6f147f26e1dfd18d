"""ข่าว and news pages (kind ``news``): headline, dateline, body with its numbered items, the
source line; web-page furniture kept out of the body (THAI-FORMATS §1 item 5, §3)."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from ...dates import find_thai_date, is_date_line, parse_thai_date
from ...lines import Line, span
from ...models import (
    Document,
    Footer,
    FooterLines,
    Header,
    HeaderLines,
    Issuer,
    Paragraph,
    ThaiDate,
)
from ...notes import Notes
from ...parts.blocks import split_body
from ...text import collapse_spaces, wider_than
from .letterhead import headline_start, office
from .webpage import SOURCE_LINE, find_furniture, repeats, spliced_at

# A paragraph that opens with its date: "เมื่อวันที่ 6 มิถุนายน 2565 …", "วันนี้ ( 21 มกราคม 2565) …",
# "(17 มีนาคม 2563) นายประเสริฐ …"
_DATELINE = re.compile(r"(?:เมื่อวันที่|วันนี้|วันที่|\( ?[0-9๐-๙])")
_HEAD = 6
# Two words without spaces, each followed by a hyphen, before the headline of a page title.
_BREADCRUMB = re.compile(r"[^\s-]+-[^\s-]+- ?(\S.*)$")
_SPLICE_MIN = 20
_MINISTRY_TAG = re.compile(r"\s*\[กระทรวง[^\]]{1,40}\]$")
_DATELINE_PARAGRAPHS = 4


def parse_news(kind: str, lines: Sequence[Line], notes: Notes) -> Document:
    content = [i for i, line in enumerate(lines) if not line.blank]
    below = headline_start(lines, content)  # a press release's letterhead above its headline
    issuing = office(lines, content[:below])
    office_at = issuing[0] if issuing else None
    title_at = _headline(lines, content[below:])
    if title_at is not None and (fuller := _fuller_headline(lines, content, title_at)) is not None:
        title_at = fuller
    title = _headline_text(collapse_spaces(lines[title_at].text)) if title_at is not None else None
    furniture = find_furniture(lines, title)
    if title_at is not None:
        furniture.discard(title_at)
        # The page title "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-<headline>" above the headline
        furniture.update(i for i in content[: content.index(title_at)]
                         if not is_date_line(lines[i].text) and i != office_at)
    date, date_at = _date_line(lines, content, furniture, title_at)
    if date is None:  # the letterhead's "ฉบับที่ ๑๒๕/๒๕๖๗ วันที่ ๓ ธันวาคม ๒๕๖๗"
        date, date_at = next(((found[0], i) for i in content[:below] if (found := find_thai_date(lines[i].text))),
                             (None, None))
        furniture.discard(date_at)
    date_lines = (lines[date_at].number,) * 2 if date_at is not None else None
    sources = [(i, m.group(1).strip()) for i in content if i not in furniture and (m := SOURCE_LINE.match(lines[i].text))]
    taken = furniture | {i for i, _ in sources} | {i for i in (date_at, title_at, office_at) if i is not None}
    body_lines = [Line(line.number, "") if i in taken else line for i, line in enumerate(lines)]
    body_lines = _unsplice(body_lines, [lines[i] for i in sorted(furniture)], notes)
    body = split_body(body_lines)
    if date is None:
        date, date_lines = _dateline(body)
    notes.keep((lines[i] for i in sorted(furniture)), code="web_furniture", what="web-page furniture")
    where = {"date": date_lines} if date_lines else {}
    issuer = None
    if office_at is not None:
        issuer = Issuer(name=issuing[1], address=None, postcode=None)
        where["issuer"] = (lines[office_at].number,) * 2
    footer_lines = {"sources": tuple((lines[i].number,) * 2 for i, _ in sources)}
    return Document(
        kind=kind,
        lines=span(lines),
        title=title,
        title_lines=(lines[title_at].number,) * 2 if title_at is not None else None,
        header=Header(issuer=issuer, date=date, lines=HeaderLines(**where)),
        body=tuple(body),
        footer=Footer(sources=tuple(text for _, text in sources if text), lines=FooterLines(**footer_lines)),
    )


def _fuller_headline(lines: Sequence[Line], content: list[int], title_at: int) -> int | None:
    """The next line, when it prints the headline whole and the headline line was cut short."""
    position = content.index(title_at)
    if position + 1 >= len(content):
        return None
    here, there = (_plain(lines[i].text) for i in (title_at, content[position + 1]))
    return content[position + 1] if len(there) > len(here) and repeats(here, there) else None


def _plain(text: str) -> str:
    return "".join(text.split())


def _headline_text(text: str) -> str:
    """A page title "Site-Section-Headline" gives its headline: "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-
    แถลงการณ์นายกรัฐมนตรี 19 พฤศจิกายน 2563" -> "แถลงการณ์นายกรัฐมนตรี 19 พฤศจิกายน 2563"."""
    match = _BREADCRUMB.match(text)
    headline = match.group(1) if match else text
    # the site's ministry tag after the headline is its category, not its words: "… [กระทรวงคมนาคม]";
    # a page title keeps the HTML entities of its <title>: "belt &amp; road"
    return html.unescape(_MINISTRY_TAG.sub("", headline)) if "&" in headline else _MINISTRY_TAG.sub("", headline)


def _headline(lines: Sequence[Line], content: list[int]) -> int | None:
    """The headline: the first line, or a later line that repeats the end of a page title
    ("รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-นายกรัฐมนตรีมีสาร…" then "นายกรัฐมนตรีมีสาร…")."""
    if not content:
        return None
    first = lines[content[0]].text
    if "-" in first:
        for i in content[1:_HEAD]:
            text = lines[i].text
            if len(text) >= 15 and not wider_than(text, 200) and (first.endswith(text) or text.startswith(first.rsplit("-", 1)[-1][:40])):
                return i
    return content[0]


def _date_line(lines: Sequence[Line], content: list[int], furniture: set[int],
               title_at: int | None) -> tuple[ThaiDate | None, int | None]:
    # A date standing alone near the top: "วันพฤหัสบดีที่ 2 กรกฎาคม 2563"
    for i in content[:_HEAD]:
        if i not in furniture and i != title_at and is_date_line(lines[i].text):
            return parse_thai_date(lines[i].text), i
    return None, None


def _dateline(body) -> tuple[ThaiDate | None, tuple[int, int] | None]:
    """The date an early paragraph opens with, and that paragraph's lines."""
    paragraphs = [block for block in body if isinstance(block, Paragraph)][:_DATELINE_PARAGRAPHS]
    for paragraph in paragraphs:
        if _DATELINE.match(paragraph.text):
            found = find_thai_date(paragraph.text)
            return (found[0], paragraph.lines) if found else (None, None)
    return None, None


def _unsplice(body_lines: list[Line], furniture: list[Line], notes: Notes) -> list[Line]:
    """Take a photo caption out of the text it was spliced into: a page's image caption
    "4 หน่วยงาน ร่วมสร้าง… thaihealth" inside "…ชุมชนท้อง<caption>ถิ่นต้นแบบ…"."""
    everything = "\n".join(line.text for line in body_lines)
    # Only a caption that stands inside the text at all can be spliced into it.
    captions = [line for line in furniture
                if len(line.text) >= _SPLICE_MIN and " " in line.text and line.text in everything]
    if not captions:
        return body_lines
    result = []
    for line in body_lines:
        text = line.text
        for caption in captions:
            at = spliced_at(text, caption.text)
            if at is not None:
                text = text[:at] + text[at + len(caption.text):]
                notes.warn("spliced_caption", f"line {line.number}: removed the caption of line "
                           f"{caption.number} spliced into the text", line.number)
        result.append(line if text == line.text else Line(line.number, text, line.indent, line.page_break))
    return result
