"""The header of letters and memos: the labelled parts above the body (THAI-FORMATS §1–2).

Parts start with a label word at the start of a line (ที่ · เรื่อง · เรียน · อ้างถึง ·
สิ่งที่ส่งมาด้วย · ส่วนราชการ · วันที่), a date line, or an urgency or secrecy mark. A part
continues over the following lines until a blank line or the next label; the issuer's name
and address are the unlabelled lines above the date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..dates import find_thai_date, is_date_line, parse_thai_date
from ..lines import Line
from ..misread import reading_ocr
from ..models import Header, HeaderLines, Ref, Salutation
from ..notes import Notes
from ..text import collapse_spaces, join_wrapped, marks_optional, wider_than
from ..vocabulary import (
    DATE_LABEL,
    ENCLOSURES_LABEL,
    ISSUER_LABELS,
    LETTER_BODY_OPENERS,
    REFERENCES_LABEL,
    SUBJECT_LABEL,
    words,
)
from .body import starts_paragraph
from .enclosures import parse_enclosure, split_items
from .issuer import build_issuer
from .ref import parse_ref, split_ref_line, unread_ref
from .salutation import misread_salutation, parse_closing, parse_salutation
from .splits import address_then_date, memo_ref_line
from .values import clean_value

# "ด่วนที่สุด", "ด่วนมาก ลับ", "ลับที่สุด", "ด่วนภายใน ๑๕ ม.ค. ๒๕๖๗"
_MOST = marks_optional("ที่สุด")  # OCR drops the tone mark: "ด่วนทีสุด"
_MARKS = re.compile(rf"(?:(ด่วน(?:{_MOST}|มาก|ภายใน [^ ]+(?: [^ ]+){{0,4}})?) *)?(?:(ลับ(?:{_MOST}|มาก)?))? *$")
_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "เรื่อง ขอความร่วมมือ…"; from a scan "เรอง …", "เรื่อง] …" (a speck glued to the label)
    ("subject", re.compile(marks_optional(SUBJECT_LABEL, vowels=True) + r"[\]|]?(?: +|$)")),
    ("references", re.compile(marks_optional(REFERENCES_LABEL, vowels=True) + r" *:? *")),  # "อ้างถึง หนังสือกรม… ที่ …"
    ("enclosures", re.compile(marks_optional(ENCLOSURES_LABEL, vowels=True) + r" *:? *")),  # "สิ่งที่ส่งมาด้วย สำเนา… จำนวน ๑ ชุด"
    ("issuer", re.compile(words(ISSUER_LABELS) + r" *:? *")),   # memo: "ส่วนราชการ กองคลัง โทร. ๑๒๓๔"
    ("date", re.compile(DATE_LABEL + r" +(?=[0-9๐-๙])")),          # memo: "วันที่ ๑๐ มกรา ๒๕๖๗", even unreadable
)
# A labelled date line is short; a body sentence may also open with "วันที่ 1 กรกฎาคม …".
_DATE_LABEL_WIDTH = 40
# An issuer's address line is short: "ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐"
_ADDRESS_WIDTH = 80
_ISSUER_WIDTH = 100
"""An issuer's first line is a heading (an agency, perhaps its address); a wider line is a
sentence: the text of a letter quoted from its body on ("…ความว่า เนื่องในวันเด็ก…")."""
_INSIDE_ADDRESS_LINES = 4
_INSIDE_ADDRESS_WIDTH = 60
_BEFORE_OPENING_DATE = re.compile(r"(?:(?:เมื่อ|ใน)?วันที่ *)?")
_CONTINUED = {"subject", "references", "enclosures", "issuer"}
# A memo prints ที่ and วันที่ on one line: "ที่ มท ๐๘๐๘.๒/๑๒๓   วันที่ ๑๐ มกราคม ๒๕๖๗"
_DATE_IN_LINE = re.compile(r" +วันที่ +(?=[0-9๐-๙])")
# A letter flattened from two columns: "ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖        กรมส่งเสริม…"
_COLUMN_GAP = re.compile(r" {3,}")
_BLANK_MARKS = " .…_"
_REF_TAIL = re.compile(r"(?:/|/ ?ว\.?|ว\.?)$")
_DIGITS_ONLY = re.compile(r"[0-9๐-๙]{1,6}$")
# A numbered item of a listed part: "๒. สำเนาคำสั่ง…"
_ITEM = re.compile(r"\(?[0-9๐-๙]{1,2}[.)]")
# Words that open a letter's first body paragraph: "ด้วยจังหวัด…", "ตามที่…", "อนุสนธิ…"
_BODY_OPENER = re.compile(words(LETTER_BODY_OPENERS))


@dataclass
class HeaderScan:
    """What ``scan_header`` read: the Header, where the body starts, and memo extras."""

    header: Header
    end: int
    phone: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class _Part:
    name: str
    first_text: str
    lines: list[Line]
    salutation: Salutation | None = None  # read through a scan's damage, not from first_text


def scan_header(lines: Sequence[Line], start: int, notes: Notes) -> HeaderScan:
    """Read header parts from ``lines[start:]`` until the body begins."""
    parts: list[_Part] = []
    marks: dict[str, tuple[str, int]] = {}
    ref: tuple[Ref, tuple[int, int]] | None = None
    current: _Part | None = None
    seen = set()
    i = start
    while i < len(lines):
        line = lines[i]
        if line.blank:  # a blank line ends a part, but not a subject that a เรียน closes
            if not (current is not None and current.name == "subject" and "salutation" not in seen
                    and _label_follows_closely(lines, i)):
                current = None
            i += 1
            continue
        text = line.text
        if not parts and ref is None and _read_marks(text, line.number, marks):
            i += 1
            continue
        if ref is None and (ref_text := split_ref_line(text)) is not None:
            ref_text, rest = _split_ref_rest(ref_text)
            ref_text, i = _join_broken_ref(lines, i, ref_text)
            parsed = parse_ref(ref_text)
            if parsed is not None:
                ref = (parsed, (line.number, lines[i].number))
                seen.add("ref")
                current = None
                for name, value in rest:
                    parts.append(_Part(name, value, [line]))
                    seen.add(name)
                i += 1
                continue
        if ref is None and "ref" not in seen and (memo := memo_ref_line(text)) is not None:
            # "ที่ ……………… วันที่ ๓ ตุลาคม ๒๕๖๗", "ที่ มค ๐๐๓๒.๑/พิเศษ   วันที่ …": a memo's ที่ and
            # วันที่ line, its number blank (written in by hand) or of no standard shape, is no
            # line of the issuer's address.
            raw = clean_value(memo[0].strip(_BLANK_MARKS))
            if raw:
                ref = (parse_ref(raw) or Ref(raw=raw, agency=None, unit=None, circular=False, number=None,
                                             year=None), (line.number, line.number))
            seen.add("ref")
            parts.append(_Part("date", memo[1], [line]))
            seen.add("date")
            current = None
            i += 1
            continue
        if ref is None and "ref" not in seen and (unread := unread_ref(text)) is not None:
            # A scan's handwritten number misread: the ref as read, its number not claimed.
            ref = (Ref(raw=unread, agency=None, unit=None, circular=False, number=None, year=None),
                   (line.number, line.number))
            seen.add("ref")
            if reading_ocr() and (date := _DATE_IN_LINE.search(text)) is not None:
                # A radio message's ที่ and วันที่ on one line: "ที่มท 0808.22/23 1658   วันที่ 27 …"
                parts.append(_Part("date", text[date.start():].strip(), [line]))
                seen.add("date")
            current = None
            i += 1
            continue
        # A scan's salutation whose word OCR misread ("ew ประธาน …"), where one is due.
        misread = misread_salutation(lines, i) if reading_ocr() and "subject" in seen and "salutation" not in seen else None
        labelled = ("salutation", text) if misread else _match_label(text)
        if labelled is not None:
            name, rest_text = labelled
            if name == "salutation":
                part = _Part(name, text, [line], misread)
                if (addressee := _addressee_below(lines, i)) is not None:
                    # "เรียน" alone, the addressee on the next line: a PDF wraps a long first word
                    part.first_text = f"{text} {addressee.text}"
                    part.lines.append(addressee)
                    i += 1
                parts.append(part)
                seen.add(name)
                current = None
                i += 1
                continue
            if name not in seen or name == _current_name(current):
                current = _Part(name, rest_text, [line])
                parts.append(current)
                seen.add(name)
                if name not in _CONTINUED:
                    current = None
                i += 1
                continue
        if current is not None and current.name == "issuer" and "date" not in seen \
                and (dated := address_then_date(text)) is not None:
            # "จังหวัดมหาสารคาม ๔๔๐๐๐      ๑๒ พฤศจิกายน ๒๕๖๗": the address's last line and the date,
            # flattened onto one line from two columns; the date is no part of the address.
            current.lines.append(line._replace(text=dated[0]))
            parts.append(_Part("date", dated[1], [line]))
            seen.add("date")
            current = None
            i += 1
            continue
        if current is not None and current.name == "subject" and "salutation" not in seen \
                and _label_follows_closely(lines, i):
            # The subject runs down to the เรียน (or อ้างถึง …) printed under it: a line between
            # them is the subject's, however it is indented or wherever the line broke.
            current.lines.append(line)
            i += 1
            continue
        if current is not None and current.name in _CONTINUED and _continues(current, line):
            current.lines.append(line)
            i += 1
            continue
        if "date" in seen and "salutation" not in seen and (inside := _inside_address(lines, i)):
            # The addressee's name and address printed between the date and the salutation (an
            # inside address, as letters in English print it): kept, then the salutation.
            notes.keep(lines[i:inside], what="an inside address")
            i = inside
            continue
        if "salutation" not in seen and "subject" not in seen and "date" not in seen and (
                "issuer" not in seen or not wider_than(text, _ADDRESS_WIDTH)) and parse_closing(text) is None \
                and ("issuer" in seen or not wider_than(text, _ISSUER_WIDTH)):
            current = _Part("issuer", text, [line])
            parts.append(current)
            seen.add("issuer")
            i += 1
            continue
        break
    header, phone = _build(parts, marks, ref, notes)
    return HeaderScan(header=header, end=i, phone=phone)


def _inside_address(lines: Sequence[Line], start: int) -> int | None:
    """The index of the salutation under an inside address that starts at ``start``: a few
    short lines, then a salutation; None otherwise. One blank line between two of them (a
    copy that spaces every line) is passed over, two end the address."""
    content = 0
    for i in range(start, len(lines)):
        if lines[i].blank and (i + 1 == len(lines) or lines[i + 1].blank or lines[i - 1].blank):
            return None
        if lines[i].blank:
            continue
        text = lines[i].text
        if parse_salutation(text):
            return i if i > start else None
        content += 1
        if wider_than(text, _INSIDE_ADDRESS_WIDTH) or content > _INSIDE_ADDRESS_LINES:
            return None
    return None


_SUBJECT_LINES = 3
def _label_follows_closely(lines: Sequence[Line], i: int) -> bool:
    """Whether a header label comes within a few lines after ``lines[i]``, no body opening or
    closing on the way; blank lines passed over (a copy may put one between every line)."""
    for n, k in enumerate([k for k in range(i, min(len(lines), i + 3 * _SUBJECT_LINES)) if not lines[k].blank]):
        text = lines[k].text
        if _BODY_OPENER.match(text) or parse_closing(text) is not None or wider_than(text, _ADDRESS_WIDTH * 2):
            return False
        if k > i and _match_label(text) is not None:
            return True
        if n + 1 >= _SUBJECT_LINES:
            return False
    return False


def _addressee_below(lines: Sequence[Line], i: int) -> Line | None:
    """The line under a salutation word printed alone ("เรียน" / "ผู้ว่าราชการจังหวัด ทุกจังหวัด"):
    a short line that is no label and no opening of the body; None otherwise. An addressee is
    a name or a position: a line that opens with a date ("ฯพณฯ" / "วันที่ 1 กรกฎาคม 2563
    ราชอาณาจักรไทยกับ…") opens the body."""
    salutation = parse_salutation(lines[i].text)
    if salutation is None or salutation.addressee is not None or salutation.word.isascii() or i + 1 >= len(lines):
        return None
    below = lines[i + 1]
    if below.blank or wider_than(below.text, _INSIDE_ADDRESS_WIDTH) or _match_label(below.text) \
            or _BODY_OPENER.match(below.text) or split_ref_line(below.text) is not None or _opens_with_date(below.text):
        return None
    return below


def _opens_with_date(text: str) -> bool:
    found = find_thai_date(text)
    return found is not None and _BEFORE_OPENING_DATE.fullmatch(text[:found[1]]) is not None


def _continues(part: _Part, line: Line) -> bool:
    """Whether ``line`` goes on with ``part`` (no blank line stands between them).

    A wrapped line goes on; so does a numbered item of a listed part (อ้างถึง, สิ่งที่ส่งมาด้วย);
    the issuer's address lines always do. A short line ends the part, so the body that
    follows a one-line part is not swallowed when the text has no blank lines.
    """
    if len(part.lines) == 1 and not part.first_text.strip():
        # "เรื่อง" alone on its line: its value is the next line, wherever it stands
        return _match_label(line.text) is None
    if part.name == "issuer":
        # Address lines are short; a closing or a long line of text is not an address.
        return parse_closing(line.text) is None and not wider_than(line.text, _ADDRESS_WIDTH)
    previous = part.lines[-1]
    if part.name in ("references", "enclosures") and _ITEM.match(line.text):
        return True
    if line.indent > part.lines[0].indent and len(part.lines) == 1 and part.lines[0].indent == 0:
        return True  # "อ้างถึง  ๑. …" / "         ๒. …": items aligned under the first
    return not starts_paragraph(previous, line) and not _BODY_OPENER.match(line.text)


def _current_name(part: _Part | None) -> str | None:
    return part.name if part else None


def _read_marks(text: str, number: int, marks: dict[str, tuple[str, int]]) -> bool:
    match = _MARKS.match(text) if len(text) <= 60 else None
    if match is None or not (match.group(1) or match.group(2)):
        return False
    if match.group(1):
        marks["urgency"] = (collapse_spaces(match.group(1)), number)
    if match.group(2):
        marks["secrecy"] = (match.group(2), number)
    return True


def _match_label(text: str) -> tuple[str, str] | None:
    if parse_salutation(text) is not None:
        return "salutation", text
    for name, pattern in _LABELS:
        match = pattern.match(text)
        if match and not (name == "date" and len(text) > _DATE_LABEL_WIDTH):
            return name, text if name == "date" else text[match.end() :]
    # "๗ ธันวาคม ๒๕๕๖"; a memo's "วันที่ ๑๐ มกราคม ๒๕๖๗"
    if is_date_line(text):
        return "date", text
    return None


def _split_ref_rest(ref_text: str) -> tuple[str, list[tuple[str, str]]]:
    """Split what shares the ref line: a memo's วันที่, a letter's issuer column."""
    rest: list[tuple[str, str]] = []
    date = _DATE_IN_LINE.search(ref_text)
    if date:
        rest.append(("date", ref_text[date.start() :].strip()))
        ref_text = ref_text[: date.start()]
    gap = _COLUMN_GAP.search(ref_text)
    if gap:
        rest.insert(0, ("issuer", ref_text[gap.end() :]))
        ref_text = ref_text[: gap.start()]
    return ref_text.strip(), rest


def _join_broken_ref(lines: Sequence[Line], i: int, ref_text: str) -> tuple[str, int]:
    # "ที่ มท ๐๘๙๑.๓/ว" with "๒๕๕๖" on the next line: a line break inside the number.
    if i + 1 < len(lines) and _REF_TAIL.search(ref_text) and _DIGITS_ONLY.match(lines[i + 1].text):
        return f"{ref_text} {lines[i + 1].text}", i + 1
    return ref_text, i


def _build(parts: list[_Part], marks: dict[str, tuple[str, int]],
           ref: tuple[Ref, tuple[int, int]] | None, notes: Notes) -> tuple[Header, list[tuple[str, int]]]:
    values: dict[str, object] = {}
    where: dict[str, tuple[int, int]] = {}
    phone: list[tuple[str, int]] = []
    for name, (value, number) in marks.items():
        values[name] = value
        where[name] = (number, number)
    if ref is not None:
        values["ref"], where["ref"] = ref
    issuer_parts = [p for p in parts if p.name == "issuer"]
    for part in parts:
        span = (part.lines[0].number, part.lines[-1].number)
        if part.name == "subject":
            values["subject"] = clean_value(join_wrapped([part.first_text] + [l.text for l in part.lines[1:]])) or None
        elif part.name == "salutation":
            values["salutation"] = part.salutation or parse_salutation(part.first_text)
        elif part.name == "date" and "date" not in values:
            values["date"] = _parse_date(part.first_text, part.lines[0].number, notes)
        elif part.name == "references":
            values["references"] = tuple(t for t, _ in split_items(part.lines, part.first_text))
        elif part.name == "enclosures":
            values["enclosures"] = tuple(parse_enclosure(t, s) for t, s in split_items(part.lines, part.first_text))
        elif part.name != "issuer":
            continue
        if part.name not in ("issuer", "enclosures") and part.name not in where:
            where[part.name] = span
    if issuer_parts:
        issuer, phone = build_issuer([(part.first_text, part.lines) for part in issuer_parts])
        values["issuer"] = issuer
        if issuer is not None:
            where["issuer"] = (issuer_parts[0].lines[0].number, issuer_parts[-1].lines[-1].number)
        else:
            notes.keep(line for part in issuer_parts for line in part.lines)
    return Header(**values, lines=HeaderLines(**where)), phone


def _parse_date(text: str, number: int, notes: Notes):
    date = parse_thai_date(text)
    if date is None:
        notes.warn("unreadable_date", f"line {number}: cannot read the date {text!r}", number)
    elif date.iso is None:
        notes.warn("impossible_date", f"line {number}: no such date: {date.raw}", number)
    return date
