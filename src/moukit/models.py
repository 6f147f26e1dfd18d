"""The Document model: the JSON contract of ``moukit parse`` (SPEC §2); the diff's models are
in ``diff.models``.

It imports nothing from moukit but the kind registry (a leaf). Every model is frozen and rejects
unknown fields; sequences are tuples, so a parsed Document cannot be changed by accident.
Every part taken from the source carries ``lines``: its first and last 1-based line number
in the source file, so each value can be traced back to the text it came from.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

from .registry import KIND_IDS

SCHEMA_VERSION = 1

LineSpan = tuple[int, int]
"""``(first, last)``: 1-based, inclusive line numbers in the source file."""

Kind = Literal[KIND_IDS]  # type: ignore[valid-type]  # the ids of moukit.registry, in its order
KINDS: tuple[str, ...] = KIND_IDS


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


# -- small values -------------------------------------------------------------------------


class ThaiDate(Model):
    raw: str
    """The date as printed, from the day number on (no วันที่ or weekday): "๗ ธันวาคม ๒๕๕๖", "14 ก.พ. 67"."""
    iso: str | None
    """The date as ISO 8601 (A.D.): "2013-12-07"; as printed without a day "2024-11" (or
    without a month "2024"); null when the printed date is impossible."""
    year_be: int
    """The Buddhist-era year (พ.ศ.): 2556."""
    precision: Literal["day", "month", "year"] = "day"
    """What the page prints: "day" (a full date); "month" ("พฤศจิกายน ๒๕๖๗", the day left blank
    to be filled in by hand); "year" ("พ.ศ. ๒๕๖๗" alone). No day or month is ever invented."""


class Ref(Model):
    raw: str
    """ที่: the reference number as printed, without the label: "มท ๐๘๙๑.๓/ว ๒๕๕๖"."""
    agency: str | None
    """The agency letters (รหัสตัวพยัญชนะ): "มท"."""
    unit: str | None
    """The unit code in Arabic digits (รหัสตัวเลขของเจ้าของเรื่อง): "0891.3"."""
    circular: bool
    """True for a หนังสือเวียน, whose number carries the ว mark."""
    number: str | None
    """The register number (เลขทะเบียนหนังสือส่ง) in Arabic digits: "2556"; "17" in "ที่ ๑๗/๒๕๖๐"."""
    year: int | None
    """The B.E. year when the number carries it (orders, announcements): 2560 in "ที่ ๑๗/๒๕๖๐"."""


class Issuer(Model):
    name: str
    """ส่วนราชการเจ้าของหนังสือ: "กรมส่งเสริมการปกครองท้องถิ่น"."""
    address: str | None
    """The address lines joined, without the postcode: "ถนนนครราชสีมา เขตดุสิต กทม."."""
    postcode: str | None
    """รหัสไปรษณีย์ in Arabic digits: "10300"."""


class Salutation(Model):
    word: str
    """คำขึ้นต้น: "เรียน", "กราบเรียน", "นมัสการ", "ถึง"."""
    addressee: str | None
    """Who the document is addressed to: "ผู้ว่าราชการจังหวัด ทุกจังหวัด"."""


class Enclosure(Model):
    text: str
    """One item of สิ่งที่ส่งมาด้วย, without its number and quantity: "สำเนาบันทึกข้อตกลง…"."""
    quantity: int | None
    """The count in "จำนวน ๑ ชุด": 1."""
    unit: str | None
    """The counting word (ลักษณนาม) in "จำนวน ๑ ชุด": "ชุด"."""
    lines: LineSpan


class HeaderLines(Model):
    """Where each header part stands in the source (null when the part is absent)."""

    urgency: LineSpan | None = None
    secrecy: LineSpan | None = None
    ref: LineSpan | None = None
    issuer: LineSpan | None = None
    date: LineSpan | None = None
    subject: LineSpan | None = None
    salutation: LineSpan | None = None
    references: LineSpan | None = None


class Header(Model):
    urgency: str | None = None
    """ชั้นความเร็ว: "ด่วน", "ด่วนมาก", "ด่วนที่สุด"."""
    secrecy: str | None = None
    """ชั้นความลับ: "ลับ", "ลับมาก", "ลับที่สุด"."""
    ref: Ref | None = None
    """ที่: the reference number."""
    issuer: Issuer | None = None
    """ส่วนราชการเจ้าของหนังสือ (letters) or ส่วนราชการ (memos)."""
    date: ThaiDate | None = None
    """วัน เดือน ปี: the document's own date."""
    subject: str | None = None
    """เรื่อง: the subject, wrapped lines joined."""
    salutation: Salutation | None = None
    """คำขึ้นต้น and the addressee: "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด"."""
    references: tuple[str, ...] = ()
    """อ้างถึง: the documents referred to, one per item."""
    enclosures: tuple[Enclosure, ...] = ()
    """สิ่งที่ส่งมาด้วย: what is sent with the document, one per item."""
    lines: HeaderLines = HeaderLines()
    """Source lines of each header part."""


class Party(Model):
    name: str
    """A party to an agreement: "สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ"."""
    abbreviation: str | None = None
    """Its short name as printed in parentheses: "สสส."."""
    alias: str | None = None
    """The name the agreement gives it: ซึ่งต่อไปในบันทึกนี้เรียกว่า "ผู้ให้ทุน"."""
    lines: LineSpan


# -- body blocks ----------------------------------------------------------------------------


class Paragraph(Model):
    type: Literal["paragraph"] = "paragraph"
    text: str
    """One paragraph of ข้อความ, wrapped lines joined."""
    lines: LineSpan


class Clause(Model):
    type: Literal["clause"] = "clause"
    label: str
    """The number as printed: "(๑)", "ข้อ ๓.๑", "ก."."""
    number: str
    """The number normalized: "1", "3.1", "ก"."""
    text: str
    """The clause's own text, without its label and without its sub-clauses."""
    lines: LineSpan
    children: tuple[Clause, ...] = ()
    """Sub-clauses, nested by the numbering (ข้อ ๒ → ๒.๑ → (๑) → (ก))."""


Block = Annotated[Union[Paragraph, Clause], Field(discriminator="type")]


class Conclusion(Model):
    text: str
    """The closing formula of an agreement: "… จัดทำขึ้น ๒ ฉบับ มีข้อความถูกต้องตรงกัน …"."""
    copies: int | None
    """How many originals were made: 2 for "๒ ฉบับ"."""
    lines: LineSpan


class Signed(Model):
    date: ThaiDate | None
    """The date of signing or issue: "สั่ง ณ วันที่ ๒๑ มีนาคม พุทธศักราช ๒๕๖๐"."""
    place: str | None
    """Where it was signed, when printed, without ณ: "มหาวิทยาลัยขอนแก่น" from "ทำ ณ มหาวิทยาลัยขอนแก่น"."""
    lines: LineSpan


class Signatory(Model):
    honorific: str | None
    """คำนำหน้านาม, ranks and titles before the name: "นาย", "พลเอก", "ศ.ดร."."""
    name: str
    """The name without honorific and parentheses: "โชคชัย เตชะธนรัญ"."""
    positions: tuple[str, ...] = ()
    """ตำแหน่ง: the lines printed under the name, in order, acting forms included."""
    party: int | None = None
    """Index into ``parties`` of the party this person signs for."""
    role: str = "signer"
    """"signer"; "witness" (พยาน); "countersigner" (ผู้รับสนองพระราชโองการ); "issuer" (an agency
    signing a ประกาศ); in minutes "recorder" (ผู้จดรายงานการประชุม), "checker" (ผู้ตรวจรายงาน),
    "certifier" (ผู้รับรองรายงาน)."""
    lines: LineSpan


class Endorsement(Model):
    """A block written under a memo by someone it was sent up to: an opinion, an order, a
    forwarding note (ความคิดเห็นของ…, คำสั่ง/ความเห็นของ…, เรียน … เพื่อโปรดพิจารณา)."""

    heading: str | None
    """The block's first line: "ความคิดเห็นของรองผู้อำนวยการกลุ่มบริหารงานบุคคล",
    "เรียน ผู้อำนวยการโรงเรียน"; null when the block opens with its text."""
    text: str
    """What was written: "เห็นควรอนุญาต", "[ ] อนุญาต [ ] ไม่อนุญาต"; empty when only signed."""
    signer: Signatory | None
    """Who signed the block; null when the signature is a blank left to fill in."""
    date: ThaiDate | None
    """The date written under the signer: "๑๖ พ.ย. ๒๕๖๗"."""
    lines: LineSpan


class FooterLines(Model):
    """Where each footer part stands in the source (null when the part is absent)."""

    owner_unit: LineSpan | None = None
    phone: LineSpan | None = None
    fax: LineSpan | None = None
    email: LineSpan | None = None
    copies_to: LineSpan | None = None
    sources: tuple[LineSpan, ...] = ()
    """One span per source line: a news page prints them apart (under each quoted document)."""


class Footer(Model):
    owner_unit: tuple[str, ...] = ()
    """ส่วนราชการเจ้าของเรื่อง: the owner unit, one entry per printed line."""
    phone: tuple[str, ...] = ()
    """โทร.: telephone numbers as printed: "๐ ๒๒๔๑ ๙๐๐๐ ต่อ ๔๑๓๒-๓"."""
    fax: tuple[str, ...] = ()
    """โทรสาร: fax numbers as printed."""
    email: tuple[str, ...] = ()
    """ไปรษณีย์อิเล็กทรอนิกส์: e-mail addresses."""
    copies_to: tuple[str, ...] = ()
    """สำเนาส่ง: who receives copies."""
    sources: tuple[str, ...] = ()
    """ที่มา / อ้างจาก: where a news page says its text came from: "สำนักข่าวสร้างสุข", a URL."""
    lines: FooterLines = FooterLines()
    """Source lines of each footer part."""


class Person(Model):
    honorific: str | None
    name: str
    """A row of an attendance list, without honorific."""
    position: str | None = None
    note: str | None = None
    """A remark in the row: "(ลากิจ)"."""
    lines: LineSpan


class Member(Person):
    role: str | None = None
    """The member's role in the committee as printed at the row's end: "ประธานกรรมการ",
    "กรรมการ", "กรรมการและเลขานุการ", "ที่ปรึกษา"."""


class Appointment(Model):
    """A committee (คณะกรรมการ, คณะทำงาน …) that an order or announcement appoints."""

    committee: str
    """Its name as the heading prints it: "คณะกรรมการปฏิรูปประเทศด้านการเมือง"."""
    members: tuple[Member, ...] = ()
    """One row per member, in order: name, position, role."""
    duties: tuple[Block, ...] = ()
    """มีหน้าที่ …: what the committee is to do, as printed under its members."""
    lines: LineSpan


class Meeting(Model):
    number: str | None = None
    """ครั้งที่: "๑/๒๕๖๗"."""
    date: ThaiDate | None = None
    place: str | None = None
    started: str | None = None
    """เริ่มประชุมเวลา: "๑๔.๐๐ น."."""
    ended: str | None = None
    """เลิกประชุมเวลา."""
    present: tuple[Person, ...] = ()
    absent: tuple[Person, ...] = ()
    attending: tuple[Person, ...] = ()


class Warning(Model):  # noqa: A001 - the contract's name for it
    code: str
    """A stable, machine-readable name: "unparsed_line", "impossible_date", "page_furniture"."""
    message: str
    line: int | None
    """The source line the warning is about."""


class Evidence(Model):
    part: str
    """A part seen: "title", "salutation", "ref", "dating_line" (สั่ง/ประกาศ ณ วันที่ …), "first_clause",
    "preamble" (โดยที่…, อาศัยอำนาจ…), "title_rule", "title_year", "head_label" (เรื่อง, ที่, ระหว่าง … under
    a title), "news_mark", "closing", "date_line" (a notice dated at its foot), "lead_in" (a report's sentence
    that introduces a quoted document: "…มอบสาร… ความว่า"), "quoted_text", "quoted_items", "quoted_title"."""
    line: int
    """The source line it stands on."""


QUOTED_EXCERPT = "lead_in"
"""The evidence part of a quoted document: an excerpt, whose missing parts ``check`` does not report."""


class Ocr(Model):
    """How a scan was read (docs/ocr.md, document.md): page confidences (0–100), lines checked and changed."""
    engine: str
    version: str
    languages: str
    page_confidence: tuple[float, ...] = ()
    verified_lines: tuple[int, ...] = ()
    unverified_lines: tuple[int, ...] = ()
    reread_digit_lines: tuple[int, ...] = ()
    reread_thai_lines: tuple[int, ...] = ()


class Source(Model):
    path: str | None
    """The file as given on the command line; null for text passed in directly."""
    sha256: str
    """SHA-256 of the bytes as read, before any decoding or repair."""
    encoding: str
    """How the bytes were decoded: "utf-8", "utf-8-sig", "utf-16", "cp874"; "ocr" for a scan."""
    bytes: int
    """The size of the input in bytes."""
    ocr: Ocr | None = None  # left out of the JSON, not null, for text: its JSON stays as it was

    @model_serializer(mode="wrap")
    def _drop_no_ocr(self, handler: SerializerFunctionWrapHandler) -> dict:
        return {key: value for key, value in handler(self).items() if key != "ocr" or value is not None}


class Page(Model):
    number: int
    """The page, from 1: a form feed in the text (a PDF's page break) starts the next one."""
    lines: LineSpan
    """The source lines on this page; an element's page is the page holding its first line."""


# -- the document ---------------------------------------------------------------------------


class Document(Model):
    schema_version: int = SCHEMA_VERSION
    source: Source | None = None
    """Where the text came from; only on the outermost Document."""
    pages: tuple[Page, ...] = ()
    """Page by page, the source lines (text with page breaks: PDFs); only on the outermost
    Document, empty for text without page breaks."""
    kind: Kind
    """What kind of official document this is (SPEC §1.3)."""
    evidence: tuple[Evidence, ...] = ()
    """Why it was read as a document of its kind: the parts that marked it, each with its line,
    in the order they were weighed (empty when nothing marked it: kind ``unknown``)."""
    lines: LineSpan
    """The first and last line of this document in the source file."""
    title: str | None = None
    """The document's own title line: "บันทึกข้อตกลงความร่วมมือ", a news headline."""
    title_lines: LineSpan | None = None
    header: Header = Header()
    parties: tuple[Party, ...] = ()
    body: tuple[Block, ...] = ()
    """ข้อความ: paragraphs and clauses in document order."""
    conclusion: Conclusion | None = None
    closing: str | None = None
    """คำลงท้าย: "ขอแสดงความนับถือ"."""
    closing_lines: LineSpan | None = None
    signed: Signed | None = None
    signatories: tuple[Signatory, ...] = ()
    footer: Footer = Footer()
    appointments: tuple[Appointment, ...] = ()
    """The committees an order or announcement appoints, with their members and duties. The
    committee's heading stays in ``body``; its member rows and duties are here, not clauses."""
    endorsements: tuple[Endorsement, ...] = ()
    """A memo's approval blocks under its signature, in order; the memo's own signers are in
    ``signatories``, never here."""
    meeting: Meeting | None = None
    attachments: tuple[Document, ...] = ()
    """Documents contained in this one: the MOU attached to a circular, an embedded ประกาศ."""
    unparsed: tuple[Paragraph, ...] = ()
    """Text the parser could not place, kept so that nothing is lost; each has a warning."""
    warnings: tuple[Warning, ...] = ()


# -- checks ---------------------------------------------------------------------------------


class Finding(Model):
    """One result of ``moukit check``: a departure from the สารบรรณ rules (or a doubt about one)."""

    severity: Literal["error", "warning"]
    """"error": the document breaks a rule (a required part is missing, a date cannot exist);
    "warning": a lapse of form worth a look (ranks of คำขึ้นต้น and คำลงท้าย differ, a date in
    the future, a clause number skipped)."""
    code: str
    """A stable, machine-readable name: "missing_subject", "salutation_rank", "clause_gap"."""
    message: str
    """What is wrong and what was expected, in plain English with the Thai term."""
    line: int | None
    """The first source line of the part concerned; for a missing part, where it belongs (the
    first line of the next part present, else the last line of the part before it); null when
    the parser kept no line for the part."""
    document: str
    """Which document in the file: "#0" the outermost, "#1" its first attachment, … (depth first)."""
