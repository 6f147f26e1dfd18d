"""Web-page furniture in news pages: what a page around an article prints that is not the
article — page titles, counters, share buttons, polls, link lists, photo captions.

``find_furniture`` returns the indexes of such lines; the news parser keeps them out of
the body and in ``unparsed`` (SPEC §1.4), so nothing is lost.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...lines import Line
from ...text import wider_than
from ...vocabulary import CREDIT_LABELS, CREDIT_LINE, PRESS_UNITS, SOURCE_LABELS, words

# Buttons, counters and labels: "พิมพ์", "โดย", "| |", "อ่าน : 2,834", "Shares:", "QR Code :",
# "แฟ้มภาพ", "+ ดูเพิ่มเติม", "ปฏิทินกิจกรรม", "จำนวนผู้เข้าชม 361", "แสดงความคิดเห็น"
_WIDGET = re.compile(
    r"(?:พิมพ์|โดย|[|\s]+|อ่าน ?: ?[0-9,]+|Shares ?:?|QR Code ?:?|แฟ้มภาพ|\+ ?ดูเพิ่มเติม|ปฏิทินกิจกรรม"
    r"|จำนวนผู้เข้าชม ?[0-9,]+|แสดงความคิดเห็น|แชร์|Share|Tweet|Like"
    # the print stamp of a news page, a date alone in dd/mm/yyyy: "05/06/2568"
    r"|[0-3]?[0-9]/[01]?[0-9]/[0-9]{4})$"
)
# A poll: "โพล", its question, "ชอบ", "ไม่ชอบ", "เห็นด้วย 0 คน", "0 %", "กรุณารอสักครู่ ระบบ…"
_POLL_START = re.compile(r"โพล$")
_POLL_LINE = re.compile(r"(?:ชอบ|ไม่ชอบ|(?:ไม่)?เห็นด้วย ?[0-9,]* ?คน|[0-9.]+ ?%|แสดงความคิดเห็น|กรุณารอสักครู่.*|คุณคิดอย่างไร.*)$")
# A related-links list: " • หลักธรรมาภิบาล… - หลักธรรมาภิบาล…", " • วารสาร… -"
_LINK = re.compile(r"[•●▪] .* -(?: .*)?$")
# A news page's source line: "ที่มา : https://…", "ที่มา: สำนักข่าวสร้างสุข",
# "รายละเอียดเพิ่มเติม: เว็บไซต์ราชกิจจานุเบกษา"
SOURCE_LINE = re.compile(words(SOURCE_LABELS) + r"(?: ?: ?| (?=[A-Za-z]))(.*)$")
"""…and "ที่มา DLA News" with no colon, when a Latin name follows."""
_ZERO_WIDTH_CHARS = ("\u200b", "\u200c", "\u200d", "\ufeff")
# A site's ministry tag after a headline: "… COVID-19 [กระทรวงอุตสาหกรรม]"
_TAG = re.compile(r"\s*\[[^\]]{2,40}\]$")
_REPEAT_MIN = 20
_CUT_HEADLINE = 60
"""A headline cut short is still this long: shorter prefixes are other lines that begin alike."""
_REPEAT_REACH = 3
"""A paragraph printed again within this many lines is a repeat of it."""
_TAIL_WIDTH = 40
_CREDIT_WIDTH = 80
_CREDIT_FIRST = frozenset(label[0] for label in (*CREDIT_LABELS, *PRESS_UNITS))
_REPORTERS_CHARS = 120
# Reporters' names, without honorifics: "บัลลังก์ โรหิตเสถียร", "อรพรรณ ฤทธิ์มั่น, บัลลังก์ โรหิตเสถียร"
_REPORTERS = re.compile(r"[ก-๙]+ [ก-๙]+(?:, ?[ก-๙]+ [ก-๙]+){0,3}")
_CAPTION_MIN = 15
_CAPTION_WIDTH = 110


def find_furniture(lines: Sequence[Line], title: str | None) -> set[int]:
    """Indexes of the furniture lines among ``lines``."""
    found: set[int] = set()
    in_poll = False
    tail = False
    page = "\n".join(line.text for line in lines)  # searched once per short line by _is_spliced
    invisible = any(char in page for char in _ZERO_WIDTH_CHARS)  # once a page, not once a line
    headline = _spaceless(title, invisible) if title else None
    recent: list[str] = []
    for i, line in enumerate(lines):
        text = line.text
        if line.blank:
            continue
        plain = _spaceless(text, invisible)
        if len(plain) >= _REPEAT_MIN and plain in recent:
            found.add(i)  # the page printed this line again: "เว็บไซต์ราชกิจจานุเบกษา…" twice
            continue
        recent.append(plain)
        if len(recent) > _REPEAT_REACH:
            del recent[0]
        if _POLL_START.match(text):
            in_poll = tail = True
        if in_poll and (_POLL_START.match(text) or _POLL_LINE.match(text) or (text.endswith("?") and not wider_than(text, 59))):
            found.add(i)
            continue
        in_poll = False
        if _is_credit(lines, i):
            found.add(i)  # the page's credit: "สรุป/รายงาน", "Rewriter …", the reporters' names
            continue
        if _WIDGET.match(text) or _is_link(text) or (headline is not None and i > 0 and repeats(plain, headline)):
            found.add(i)
            tail = tail or _is_link(text)
        elif tail and not wider_than(text, _TAIL_WIDTH):
            found.add(i)  # section names and buttons after the article's poll or link list
        elif len(text) >= _CAPTION_MIN and not wider_than(text, _CAPTION_WIDTH) \
                and (_is_caption(lines, i) or _is_spliced(lines, i, page)):
            found.add(i)  # a photo caption: a short line
    return found


def _is_credit(lines: Sequence[Line], i: int) -> bool:
    """A line of the page's credit: a credit label or the press office (CREDIT_LINE), or the
    reporters' names just above a credit label ("อรพรรณ ฤทธิ์มั่น, บัลลังก์ โรหิตเสถียร" /
    "สรุป/รายงาน")."""
    text = lines[i].text
    if text[:1] in _CREDIT_FIRST and CREDIT_LINE.match(text):
        return not wider_than(text, _CREDIT_WIDTH)
    if len(text) > _REPORTERS_CHARS or not _REPORTERS.fullmatch(text):  # a few names: a short line
        return False
    below = next((line.text for line in lines[i + 1 :] if not line.blank), "")
    return bool(CREDIT_LINE.match(below) or (_REPORTERS.fullmatch(below) and _is_credit(lines, i + 1)))


def _is_link(text: str) -> bool:
    if not _LINK.match(text):
        return False
    head, _, rest = text[2:].partition(" - ")
    return not rest or rest.strip() == head.strip() or text.endswith(" -")


def repeats(a: str, b: str) -> bool:
    """Whether two spaceless lines print one headline: the same, or one cut short of the other
    (a page title cut at its length limit, "…กระทรวงวัฒนธรรม เ", and the whole headline)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= _CUT_HEADLINE and long.startswith(short)


def _spaceless(text: str, invisible: bool = True) -> str:
    # "สสส.ลงนาม MOU ขับเคลื่อน…" repeats the headline "สสส. ลงนาม MOU ขับเคลื่อน…" with other
    # spacing; a copy may differ by no-break and zero-width spaces only; and a page may print the
    # headline once with its ministry tag, "… [กระทรวงอุตสาหกรรม]", and once without.
    if text.endswith("]"):
        text = _TAG.sub("", text)
    plain = text.replace(" ", "")  # normalization made every space a plain one (the no-break too)
    if invisible and any(char in plain for char in _ZERO_WIDTH_CHARS):  # zero-width spaces: rare
        plain = "".join(char for char in plain if char not in _ZERO_WIDTH_CHARS)
    return plain


def _is_caption(lines: Sequence[Line], i: int) -> bool:
    """A photo caption: a short line (``_CAPTION_MIN`` characters to ``_CAPTION_WIDTH``
    columns, which the caller checks) that the next paragraph starts with."""
    text = lines[i].text
    for line in lines[i + 1 : i + 5]:
        if line.blank or line.text == text:
            continue
        common = _common_prefix(text, line.text)
        return common >= 20 and common >= 0.7 * len(text) and len(line.text) > len(text)
    return False


def _is_spliced(lines: Sequence[Line], i: int, page: str) -> bool:
    """A short line (see ``_is_caption``) that the page also spliced into a longer line (an
    image caption).

    ``page`` is the lines' texts joined with newlines: a line that another line holds stands
    in it twice, so one search rules out most lines without a scan of every line."""
    text = lines[i].text
    if len(text) < 20 or " " not in text:
        return False
    if page.find(text, page.find(text) + 1) < 0:
        return False
    return any(len(line.text) > len(text) + 20 and text in line.text and spliced_at(line.text, text) is not None
               for line in lines)


def spliced_at(text: str, caption: str) -> int | None:
    """Where ``caption`` stands spliced inside ``text``: glued to the text on both sides,
    cutting a word ("…ชุมชนท้อง<caption>ถิ่นต้นแบบ…"). A caption of one word, or one set off
    by spaces, is ordinary text that happens to repeat it."""
    if " " not in caption:
        return None
    start = text.find(caption)
    while start > 0:
        end = start + len(caption)
        if end < len(text) and not text[start - 1].isspace() and not text[end].isspace():
            return start
        start = text.find(caption, start + 1)
    return None


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n
