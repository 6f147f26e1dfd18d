"""Documents issued under a signature and a date of issue: คำสั่ง (``order``), ระเบียบ /
ข้อบังคับ (``regulation``), ประกาศ (``announcement``), แถลงการณ์ (``statement``) and
หนังสือรับรอง (``certificate``) (THAI-FORMATS §1 items 4–6).

    คำสั่งหัวหน้าคณะรักษาความสงบแห่งชาติ        title (issuer in it)
    ที่ ๑๖/๒๕๖๐                                  ref: number / B.E. year
    เรื่อง การบริหารงานบุคคล…                     subject ("ว่าด้วย…" for a regulation)
    -----------                                 rule line
    โดยที่… / อาศัยอำนาจ… / ข้อ ๑ … / ทั้งนี้…      body: grounds, authority, clauses, effect
    สั่ง ณ วันที่ ๒๑ มีนาคม พุทธศักราช ๒๕๖๐        signed (ประกาศ ณ / ให้ไว้ ณ)
    ผู้รับสนองพระราชโองการ                         (Royal Gazette texts)
    พลเอก ประยุทธ์ จันทร์โอชา                     signer, often without parentheses
    หัวหน้าคณะรักษาความสงบแห่งชาติ               position lines
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..dates import find_thai_date, parse_thai_date
from ..lines import Line, span
from ..models import (
    Document,
    Footer,
    FooterLines,
    Header,
    HeaderLines,
    Issuer,
    Paragraph,
    Ref,
    Signatory,
    Signed,
    ThaiDate,
)
from ..notes import Notes
from ..parts.appointments import split_appointments
from ..parts.blocks import split_body
from ..parts.body import holds_open
from ..parts.numbering import match_label
from ..parts.ref import parse_ref
from ..parts.signatures import BARE_NAME, parse_name_line
from ..text import LETTER, collapse_spaces, join_wrapped, wider_than, width
from ..vocabulary import (
    BODY_OPENER,
    BODY_OPENERS,
    CITATION_LABEL,
    COUNTERSIGN_LINE,
    DATED_EFFECT,
    GAZETTE_CITATION,
    SIGNING_LINE,
    TOPIC_LABEL,
    TRANSLATION_CAPTION,
    words,
)
from .head_lines import REF_LABEL as _REF_LABEL
from .head_lines import RULE as _RULE
from .head_lines import SUBJECT as _SUBJECT
from .head_lines import next_content, rule_closes, title_wraps

# "สั่ง ณ วันที่ ๒๑ มีนาคม พุทธศักราช ๒๕๖๐", "ประกาศ ณ วันที่ 18 มีนาคม พ.ศ. 2563", "ให้ไว้ ณ วันที่ …"
_SIGNING = SIGNING_LINE
# A ministry tag closing a web copy's headline: "[กระทรวงคมนาคม]", "[สำนักนายกรัฐมนตรี]"
_MINISTRY_TAG = re.compile(r"\[(?:กระทรวง|สำนักนายกรัฐมนตรี|ทบวง)[^\[\]]{0,60}\]$")
_DATE_LINE_CHARS = 80
# "(ฉบับที่ ๒)", "(ฉบับ 2)", "พ.ศ. ๒๕๖๐" standing alone under the title
_TITLE_TAIL = re.compile(r"(?:\(ฉบับ(?:ที่)? *[0-9๐-๙]{1,3}\)|(?:พ\.ศ\.|พุทธศักราช) *[0-9๐-๙]{4})$")
# "แถลงการณ์รัฐบาล “กรณี…”": a subject printed in quotes after the title
_QUOTED_SUBJECT = re.compile(r" +[“\"]([^”\"]{4,200})[”\"]$")
# "คำสั่งนายกรัฐมนตรี ที่ 5/2563"
_TITLE_REF = re.compile(r" +ที่ +([0-9๐-๙]{1,4} *\/ *[0-9๐-๙]{2,4})$")
# An agency line: "สำนักนายกรัฐมนตรี", "กระทรวงศึกษาธิการ", "กรมการขนส่งทางบก"
_AGENCY = re.compile(r"(?:สำนัก|กระทรวง|กรม|ทบวง|คณะ|สภา|ศาล|มหาวิทยาลัย|องค์การ|จังหวัด|เทศบาล)\S*$")
_THAI = re.compile(r"[\u0e01-\u0e2e]")
# "อ้างจาก : ราชกิจจานุเบกษา": where a news page says the quoted document came from
_CITED = re.compile(CITATION_LABEL + r" ?: ?(.*)$")
_HEAD_LINES = 6
_TITLE_LINES = 3
_TITLE_WIDTH = 110
# The first word of an annex heading or a note under an issuance, never of a position
_ANNEX_WORDS = ("บัญชี", "แบบท้าย", "ภาคผนวก", "เอกสารแนบ", "หมายเหตุ")
# What may stand before a statement's date and is no issuer: "วันที่", a weekday, "issued on"
_DATE_WORDS = re.compile(r"(?:วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|ศุกร์|เสาร์|อาทิตย์)?ที่|issued on|dated?|on)\s*$", re.IGNORECASE)
# An issuer's name: a heading of a few words in either script ("กองทัพบก", "Royal Thai Army")
_ISSUER_NAME = re.compile(r"(?:[ก-๙][ก-๙.() ]{1,60}|[A-Z][A-Za-z.() ]{1,60})")
# The first words of the text, inside an over-wide title line: " ด้วยปรากฏว่า…", " ตามที่…"
_INLINE_OPENER = re.compile(" " + words(BODY_OPENERS))


def parse_issuance(kind: str, lines: Sequence[Line], notes: Notes) -> Document:
    title_at = next((i for i, line in enumerate(lines) if not line.blank and LETTER.search(line.text)), 0)
    notes.keep(lines[:title_at], what="a stray mark above the title")
    # A document quoted from its preamble or its first clause on has no title: a title line
    # never opens with "โดยที่…", "อาศัยอำนาจ…" or "ข้อ ๑".
    untitled = bool(BODY_OPENER.match(lines[title_at].text) or match_label(lines[title_at].text)) if lines else False
    head = _Head() if untitled else _read_head(lines, title_at)
    if untitled:
        head.end = title_at
    signing_at = _find_signing(lines, head.end)
    body_end, dating_from = signing_at, 0
    if signing_at == len(lines) and (effect := _dated_effect(lines, head.end)) is not None:
        # The effect sentence and its dating line run into one line by a web copy: the line
        # stays in the text, and its dating formula is the signing.
        signing_at, dating_from = effect
        body_end = signing_at + 1
    body, appointments = split_appointments(split_body(lines[head.end:body_end]))
    if head.opening is not None:
        body = [head.opening, *body]
    signed = signatories = None
    rest_at = len(lines)
    if signing_at < len(lines):
        line = lines[signing_at]
        found = find_thai_date(line.text[dating_from:])
        # "สั่ง ณ วันที่      พฤศจิกายน พ.ศ. ๒๕๖๗": the day left blank reads as a month
        date = found[0] if found else parse_thai_date(line.text[dating_from:][_SIGNING.match(line.text[dating_from:]).end():])
        signed = Signed(date=date, place=None, lines=(line.number, line.number))
        signatories, rest_at = _read_signers(lines, signing_at + 1)
    cited = [line for line in lines[rest_at:] if _citation(line.text)]
    notes.spill(line for line in lines[rest_at:] if line not in cited)
    header = head.header
    if header.date is None and signed is None and head.title and (found := find_thai_date(head.title)):
        # A statement dated in its title: "แถลงการณ์นายกรัฐมนตรี 19 พฤศจิกายน 2563"
        header = header.model_copy(update={"date": found[0], "lines": header.lines.model_copy(
            update={"date": (head.title_lines[0],) * 2})})
    elif header.date is None and signed is None and (dated := _date_line(lines, head.end, signing_at)):
        # …or on a short line of its own under the title or at its end: "วันที่ 29 เมษายน 2567",
        # "กองทัพบก วันที่ 30 กรกฎาคม 2568", "Royal Thai Army, 30 July 2025". The line is the
        # date (and the issuer printed before it), not a paragraph of the text.
        date, number, issuer = dated
        update = {"date": date, "lines": header.lines.model_copy(update={"date": (number,) * 2})}
        if issuer and header.issuer is None:
            update["issuer"] = Issuer(name=issuer, address=None, postcode=None)
        header = header.model_copy(update=update)
        body = [block for block in body if not (isinstance(block, Paragraph) and block.lines == (number, number))]
    return Document(
        kind=kind,
        lines=span(lines),
        title=head.title,
        title_lines=head.title_lines,
        header=header,
        footer=Footer(sources=tuple(_citation(line.text) for line in cited),
                      lines=FooterLines(sources=tuple((line.number,) * 2 for line in cited))),
        body=tuple(body),
        appointments=tuple(appointments),
        signed=signed,
        signatories=tuple(signatories or ()),
    )


class _Head:
    def __init__(self) -> None:
        self.title: str | None = None
        self.title_lines: tuple[int, int] | None = None
        self.header = Header()
        self.end = 0
        self.opening: Paragraph | None = None
        """The first paragraph, when it shares the title's line."""


def _read_head(lines: Sequence[Line], title_at: int) -> _Head:
    head = _Head()
    title_parts = [lines[title_at].text]
    title_last = lines[title_at].number
    subject: list[Line] = []
    ref: tuple[Ref, int] | None = None
    i = title_at + 1
    seen = 0
    while i < len(lines) and seen < _HEAD_LINES:
        line = lines[i]
        text = line.text
        if line.blank:
            i += 1
            continue
        seen += 1
        if _RULE.match(text) or TRANSLATION_CAPTION.fullmatch(text):
            # a rule, or "- ร่างคำแปลอย่างไม่เป็นทางการ –": what closes the title block is not text
            title_last = line.number
        elif not subject and ref is None and lines[i - 1].number == title_last and title_wraps(lines, i):
            # "แถลงการณ์ … ทางโทรทัศน์รวม" / "การเฉพาะกิจแห่งประเทศไทย": a title line as wide as
            # the page's text was wrapped by it, and goes on in the line below.
            title_parts[-1] = join_wrapped([title_parts[-1], text])
            title_last = line.number
        elif (_TITLE_TAIL.match(text) or text.startswith(TOPIC_LABEL)) and not subject:
            # "พ.ศ. ๒๕๖๑", and "ว่าด้วยการชักธงชาติ…": a regulation's name runs through its
            # ว่าด้วย line ("ระเบียบนี้เรียกว่า ระเบียบกระทรวง… ว่าด้วย… พ.ศ. ๒๕๖๑")
            title_parts.append(text)
            title_last = line.number
        elif not subject and ref is None and _closed_by_year(lines, i):
            # "กฎ ก.ค.ศ." / "การจัดประเภทตำแหน่ง…" / "และเงินประจำตำแหน่ง…" / "พ.ศ. ๒๕๖๐": a
            # title printed over several lines runs down to the year that closes it.
            title_parts.append(text)
            title_last = line.number
        elif ref is None and (match := _REF_LABEL.match(text)) and (parsed := parse_ref(text[match.end():])):
            ref = (parsed, line.number)
        elif _SUBJECT.match(text) and not subject:
            subject.append(line)
        elif subject and (_TITLE_TAIL.match(text) or (subject[-1] is lines[i - 1] and (
                holds_open(subject[-1].text) or (rule_closes(lines, i) and not BODY_OPENER.match(text))
                or title_wraps(lines, i)))):
            # "พ.ศ. ๒๕๖๗", or the second line of a long subject: it runs on down to the rule
            # that closes the head ("เรื่อง แต่งตั้ง…" / "ประจำปีการศึกษา ๒๕๖๗" / "-----"); a
            # line that closes a bracket the subject left open ("… (ฉบับ" / "ที่ 3)"); and the
            # line under a subject line the page wrapped, as a title's ("…ด้วยเหตุ" / "พิเศษ")
            subject.append(line)
        elif not subject and (after := next_content(lines, i)) is not None and (
                _RULE.match(after.text) or TRANSLATION_CAPTION.fullmatch(after.text)
                or (i + 1 < len(lines) and _closes_unfolded_block(line, lines[i + 1]))):
            # "ประกาศ" / "ให้รัฐมนตรีพ้นจาก…" / "-----": an unlabelled line between a title and
            # the rule (or the translation caption) that closes its block is the subject.
            subject.append(line)
        else:
            break
        i += 1
    head.end = i
    # "… (ฉบับที่ 3) [กระทรวงคมนาคม]": a web copy files the page under its ministry, in brackets
    # at the end of the headline; the tag is the site's, no part of the title or the subject.
    title = _MINISTRY_TAG.sub("", collapse_spaces(" ".join(title_parts))).rstrip()
    inline = re.search(r" เรื่อง +", title)  # "ประกาศสำนักนายกรัฐมนตรี เรื่อง …" on one line
    subject_text = _MINISTRY_TAG.sub("", join_wrapped(_drop_label(l.text) for l in subject)).rstrip() or None
    if inline and not subject:
        title, subject_text = title[: inline.start()], title[inline.end():]
        subject = [lines[title_at]]
        if wider_than(lines[title_at].text, _TITLE_WIDTH) and (opener := _INLINE_OPENER.search(subject_text)):
            # A web copy ran the title and the first paragraph into one line: the subject ends
            # where the text's first words begin ("… เป็นการชั่วคราว ด้วยปรากฏว่า…").
            subject_text, opening = subject_text[: opener.start()], subject_text[opener.start() + 1 :]
            head.opening = Paragraph(text=opening, lines=(lines[title_at].number,) * 2)
    if not subject and not inline and (quoted := _QUOTED_SUBJECT.search(title)):
        # "แถลงการณ์รัฐบาล “กรณีสถานการณ์ชายแดน ไทย-กัมพูชา”": the subject in quotes, no เรื่อง
        title, subject_text = title[: quoted.start()], quoted.group(1)
        subject = [lines[title_at]]
    if ref is None and (numbered := _TITLE_REF.search(title)) and (parsed := parse_ref(numbered.group(1))):
        # "คำสั่งนายกรัฐมนตรี ที่ 5/2563": the number printed on the title line
        title, ref = title[: numbered.start()], (parsed, lines[title_at].number)
    head.title = title or None
    head.title_lines = (lines[title_at].number, title_last)
    where = {}
    if subject:
        where["subject"] = (subject[0].number, subject[-1].number)
    if ref:
        where["ref"] = (ref[1], ref[1])
    head.header = Header(ref=ref[0] if ref else None, subject=subject_text, lines=HeaderLines(**where))
    return head


def _closes_unfolded_block(line: Line, following: Line) -> bool:
    """Whether ``following`` is the blank line that closes the title block of an issuance
    quoted inside one line of a report (``stages.inline.unfold``: the lines it prints share
    the source line's number), as a rule closes a printed one."""
    return following.blank and following.number == line.number


def _closed_by_year(lines: Sequence[Line], start: int) -> bool:
    """Whether the unlabelled lines from ``start`` run, within a few lines, to the year line that
    closes a title block (``พ.ศ. ๒๕๖๐``), with no head label (เรื่อง, ที่) or body line before it."""
    seen = 0
    for line in lines[start:]:
        if line.blank:
            continue
        if _TITLE_TAIL.match(line.text):
            return True
        if seen >= _TITLE_LINES or (_SUBJECT.match(line.text) and not line.text.startswith(TOPIC_LABEL)) \
                or _REF_LABEL.match(line.text) \
                or BODY_OPENER.match(line.text) or match_label(line.text) or wider_than(line.text, _TITLE_WIDTH):
            return False
        seen += 1
    return False


def _drop_label(text: str) -> str:
    match = _SUBJECT.match(text)
    return text[match.end():] if match and not text.startswith(TOPIC_LABEL) else text


def _date_line(lines: Sequence[Line], start: int, end: int) -> tuple[ThaiDate, int, str | None] | None:
    """The date printed on a short line of its own: the first line of the text or one of its
    last two lines (where a statement puts its date and issuer); and the issuer printed before
    the date ("กองทัพบก วันที่ …", "Royal Thai Army, 30 July 2025"), if any."""
    content = [line for line in lines[start:end] if not line.blank]
    for line in content[:1] + content[-2:]:
        if len(line.text) <= _DATE_LINE_CHARS and (found := find_thai_date(line.text)):
            before = _DATE_WORDS.sub("", line.text[: found[1]]).strip(" ,")
            return found[0], line.number, before if _ISSUER_NAME.fullmatch(before) else None
    return None


def _dated_effect(lines: Sequence[Line], start: int) -> tuple[int, int] | None:
    """The last line that closes the effect sentence with the dating formula ("ทั้งนี้ …
    ประกาศ ณ วันที่ 24 มิถุนายน 2565"), and where the formula starts in it."""
    for i in range(len(lines) - 1, start - 1, -1):
        if "ณ" in lines[i].text and (match := DATED_EFFECT.match(lines[i].text)):
            return i, match.start("dating")
    return None


def _find_signing(lines: Sequence[Line], start: int) -> int:
    for i in range(len(lines) - 1, start - 1, -1):
        if _SIGNING.match(lines[i].text):
            return i
    return len(lines)


def _read_signers(lines: Sequence[Line], start: int) -> tuple[list[Signatory], int]:
    """Signers under the signing line; returns them and where the rest begins."""
    signers: list[Signatory] = []
    i = start
    role = "signer"
    while i < len(lines):
        line = lines[i]
        if line.blank:
            i += 1
            continue
        if COUNTERSIGN_LINE.match(line.text):
            role = "countersigner"
            i += 1
            continue
        found = parse_name_line(line.text)
        if found is None and not signers and BARE_NAME.match(line.text):
            found = parse_name_line(f"({line.text})")
        if found is None and not signers and _AGENCY.match(line.text) and width(line.text) <= 60:
            # Signed by an agency, not a person: "สำนักนายกรัฐมนตรี" under a ประกาศ.
            signers.append(Signatory(honorific=None, name=collapse_spaces(line.text), role="issuer",
                                     lines=(line.number, line.number)))
            i += 1
            break
        if found is None:
            break
        positions: list[str] = []
        j = i + 1
        while j < len(lines) and _is_position(lines[j].text):
            positions.append(collapse_spaces(lines[j].text))
            j += 1
        first = lines[i - 1].number if role == "countersigner" and not signers else line.number
        signers.append(Signatory(honorific=found.honorific, name=found.name, positions=tuple(positions),
                                 role=role, lines=(first, lines[j - 1].number)))
        i = j
    return signers, i


def _is_position(text: str) -> bool:
    """A position line under a signer: short Thai text, not a rule, a name, a news tail or the
    heading of an annex ("บัญชีกำหนดสายงาน… / ท้ายกฎ ก.ค.ศ. …" under a regulation's signer)."""
    return (
        bool(text) and width(text) <= 80 and not _RULE.match(text) and _THAI.search(text) is not None
        and not _is_tail(text) and not text.startswith(_ANNEX_WORDS) and parse_name_line(text, bare=False) is None
    )


def _is_tail(text: str) -> bool:
    # A news page's lines after a quoted document: "อ้างจาก : ราชกิจจานุเบกษา", "ที่มา : …",
    # "(จากราชกิจจานุเบกษา เล่ม ๑๓๔ ตอนพิเศษ ๒๙๐ ง …)"
    return text.startswith(("ที่มา", "อ้างจาก", "รายละเอียดเพิ่มเติม")) or GAZETTE_CITATION.match(text) is not None


def _citation(text: str) -> str | None:
    """The source a line under a quoted document cites: "อ้างจาก : ราชกิจจานุเบกษา" ->
    "ราชกิจจานุเบกษา"; "(จากราชกิจจานุเบกษา เล่ม ๑๓๔ …)" -> "ราชกิจจานุเบกษา เล่ม ๑๓๔ …"."""
    if (cited := _CITED.match(text)) is not None:
        return cited.group(1).strip()
    if (gazette := GAZETTE_CITATION.match(text)) is not None:
        return gazette.group("source").strip()
    return None
