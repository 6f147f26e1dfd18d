"""The kinds of official document: one ``KindSpec`` each, the only place a kind is named.

``models.Kind`` (the JSON contract), title recognition (``stages.titles``), the kind parsers
(``kinds``), ``check`` and every exporter read this table. To add a kind: one entry here, its
parser module under ``kinds/``, its tests and its page in docs/kinds/ (docs/contributing.md).

A leaf module: it imports nothing from moukit, so that ``models`` can build ``Kind`` from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Literal

Severity = Literal["error", "warning"]
E: Severity = "error"
W: Severity = "warning"
ANCHOR = None
"""In a layout: a part that is not required but tells where the others belong."""

Layout = tuple[tuple[str, "Severity | None"], ...]


class KindId(str, Enum):
    """The kind ids, in the order of the JSON contract; compare them with ``doc.kind`` directly."""

    letter = "letter"
    memo = "memo"
    stamped = "stamped"
    order = "order"
    regulation = "regulation"
    announcement = "announcement"
    statement = "statement"
    news = "news"
    minutes = "minutes"
    certificate = "certificate"
    mou = "mou"
    contract = "contract"
    unknown = "unknown"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class KindSpec:
    id: KindId
    thai: str
    """The kind's name in Thai, as a heading names it: "หนังสือภายนอก"."""
    phrase: str
    """How a message names a document of this kind: "a letter (หนังสือภายนอก)"."""
    parser: str = "generic:parse_generic"
    """``module:function`` under ``moukit.kinds`` that reads a document of this kind."""
    titles: tuple[str, ...] = ()
    """Regular expressions that match the start of its title line (examples above each); each
    starts with a literal letter or ``[A-Z]``, which ``stages.titles`` uses as a cheap first test."""
    layout: Layout = ()
    """For ``check``: its parts in the order the form prints them, each with the severity of
    its absence (``ANCHOR``: not required, but tells where the others belong)."""
    title_width: int = 110
    """How wide its title line may be (in print columns): a title is a short line, and a body
    sentence that happens to start with "ประกาศ…" is long; a statement's title can name a
    dozen countries."""
    title_alone: bool = False
    """Whether its title line alone starts a document: its form has no labelled head (ที่,
    เรื่อง, ระหว่าง) under the title to confirm it, as a statement's has none."""
    self_names: tuple[str, ...] = ()
    """How its own text names it, before นี้: "คำสั่ง" in "คำสั่งนี้ให้ใช้บังคับ…", "ระเบียบ" in
    "ระเบียบนี้เรียกว่า…": the evidence of its kind when it has no title line."""
    signing_verb: str | None = None
    """The verb of its dating line (``… ณ วันที่``): "สั่ง" for an order, "ประกาศ" for an announcement."""
    quoted_as: tuple[str, ...] = ()
    """Regular expressions for how a news report names a document of this kind when it quotes
    its text ("นายกรัฐมนตรีมอบสาร… ความว่า", "ข้อตกลงความร่วมมือ… ดังนี้"): ``stages.quoted``."""
    titled_layout: Layout | None = None
    """The layout when the document has a title line, where that changes the form (a letter with
    a title is a message, สาร…: no ที่ or เรื่อง)."""


_ISSUANCE = "issuance:parse_issuance"
_ISSUED_LAYOUT: Layout = (("title", ANCHOR), ("subject_or_title", E), ("body", ANCHOR), ("signed_date", E),
                          ("signatory", E))

SPECS: tuple[KindSpec, ...] = (
    KindSpec(
        KindId.letter, "หนังสือภายนอก", "a letter (หนังสือภายนอก)", "letter:parse_letter",
        # A message sent as a letter: "สารแสดงความยินดีจากนายกรัฐมนตรี", "สารอวยพร…", "สาร" alone
        # over its sender's name; a translated one: "ข้อความสารจากพลเอกประยุทธ์ จันทร์โอชา…"
        titles=(r"สาร(?:แสดง|อวยพร|จาก|ถึง|$)", r"ข้อความสาร(?:จาก|ถึง|แสดง)"),
        layout=(("ref", E), ("issuer", W), ("date", E), ("subject", E), ("salutation", E), ("body", ANCHOR),
                ("closing", E), ("signatory", E), ("owner_unit", W), ("phone", ANCHOR)),
        titled_layout=(("title", ANCHOR), ("date", W), ("salutation", E), ("body", ANCHOR), ("closing", E),
                       ("signatory", E)),
        # "มอบสาร…", "มีสารแสดงความยินดี…", "ได้มีหนังสือถึง…", "จดหมาย…" (not เอกสาร, ข่าวสาร, สารสนเทศ)
        quoted_as=(r"(?:มอบ|ส่ง|มี|ได้|^| )สาร(?!สนเทศ|เคมี|บรรณ|ะ|ภาพ)|สาร(?:แสดง|อวยพร|เนื่องใน|ถึง|จาก)",
                   r"(?:มี|ส่ง|ได้|^| )หนังสือ(?!พิมพ์|เดินทาง)", r"จดหมาย"),
    ),
    KindSpec(
        KindId.memo, "บันทึกข้อความ", "a memo (บันทึกข้อความ)", "memo:parse_memo",
        # "บันทึกข้อความ" alone, or beside a receiving-stamp box: "บันทึกข้อความ      เลขรับ……"
        titles=(r"บันทึกข้อความ(?:$| {3,})",),
        layout=(("title", ANCHOR), ("issuer", E), ("ref", W), ("date", E), ("subject", E), ("salutation", W),
                ("body", ANCHOR), ("signatory", E)),
    ),
    KindSpec(
        KindId.stamped, "หนังสือประทับตรา", "a stamped letter (หนังสือประทับตรา)", "stamped:parse_stamped",
        layout=(("ref", E), ("salutation", E), ("body", ANCHOR), ("date", W)),
    ),
    KindSpec(
        KindId.order, "คำสั่ง", "an order (คำสั่ง)", _ISSUANCE, self_names=("คำสั่ง",), signing_verb="สั่ง",
        quoted_as=(r"คำสั่ง",),
        # คำสั่งหัวหน้าคณะรักษาความสงบแห่งชาติ · คำสั่งกรมส่งเสริมการปกครองท้องถิ่น
        titles=(r"คำสั่ง(?!นี้|ให้|การ)",),
        layout=(("title", ANCHOR), ("ref", E), ("subject", E), ("body", ANCHOR), ("signed_date", E),
                ("signatory", E)),
    ),
    KindSpec(
        KindId.regulation, "ระเบียบ", "a regulation (ระเบียบ)", _ISSUANCE,
        self_names=("ระเบียบ", "ข้อบังคับ", "กฎ"), signing_verb="ให้ไว้", quoted_as=(r"ระเบียบ(?!วาระ)",),
        # ระเบียบกระทรวงมหาดไทย ว่าด้วย… · ข้อบังคับมหาวิทยาลัย…
        # ระเบียบมหาวิทยาลัยเชียงใหม่ (ว่าด้วย… on the next line)
        # กฎกระทรวง… · กฎ ก.ค.ศ. การจัดประเภทตำแหน่ง…
        titles=(r"ระเบียบ\S*(?: \S+)? ?ว่าด้วย", r"ระเบียบ(?!นี้|การ)\S+$", r"ข้อบังคับ(?!นี้)",
                r"กฎ(?:กระทรวง| ?ก\.[ก-ฮ]\.)"),
        layout=_ISSUED_LAYOUT,
    ),
    KindSpec(
        KindId.announcement, "ประกาศ", "an announcement (ประกาศ)", _ISSUANCE, self_names=("ประกาศ",),
        signing_verb="ประกาศ", quoted_as=(r"ประกาศ(?!ใช้|เกียรติ|ตัว)",),
        # ประกาศสำนักนายกรัฐมนตรี · ประกาศกระทรวงศึกษาธิการ (not "ประกาศ ณ วันที่")
        titles=(r"ประกาศ(?! *ณ)(?!ใน|ให้|นี้|เมื่อ|ราชกิจจา)",),
        layout=_ISSUED_LAYOUT,
    ),
    KindSpec(
        KindId.statement, "แถลงการณ์", "a statement (แถลงการณ์)", _ISSUANCE, self_names=("แถลงการณ์",),
        signing_verb="แถลง", quoted_as=(r"แถลงการณ์", r"ถ้อยแถลง"),
        # แถลงการณ์นายกรัฐมนตรี · ถ้อยแถลงร่วม… · ถ้อยแถลงข่าวร่วม… · Joint Statement between… ·
        # ROYAL THAI ARMY STATEMENT
        titles=(r"แถลงการณ์", r"ถ้อยแถลง", r"Statement\b", r"[A-Z][A-Za-z ]{0,40} Statement\b",
                r"[A-Z][A-Z ]{2,60} STATEMENT$"),
        title_alone=True, title_width=400,
    ),
    KindSpec(KindId.news, "ข่าว", "a news page (ข่าว)", "news.parser:parse_news"),
    KindSpec(
        KindId.minutes, "รายงานการประชุม", "minutes (รายงานการประชุม)", "minutes.parser:parse_minutes",
        # รายงานการประชุมสภาเทศบาลนครพิษณุโลก
        titles=(r"รายงานการประชุม",),
        layout=(("title", ANCHOR), ("meeting_date", E), ("body", ANCHOR), ("recorder", W)),
    ),
    KindSpec(
        KindId.certificate, "หนังสือรับรอง", "a certificate (หนังสือรับรอง)", _ISSUANCE,
        titles=(r"หนังสือรับรอง",),
        layout=(("title", ANCHOR), ("body", ANCHOR), ("signed_date", E), ("signatory", E)),
    ),
    KindSpec(
        KindId.mou, "บันทึกข้อตกลง", "an MOU (บันทึกข้อตกลง)", "mou.parser:parse_mou",
        # บันทึกข้อตกลงความร่วมมือ · บันทึกความเข้าใจ · บันทึกความร่วมมือ
        titles=(r"บันทึก(?:ข้อตกลง|ความเข้าใจ|ความร่วมมือ)",),
        quoted_as=(r"ข้อตกลง", r"บันทึกความ(?:เข้าใจ|ร่วมมือ)", r"MOU"),
        layout=(("title", ANCHOR), ("parties", E), ("clauses", E), ("signatory", E)),
    ),
    KindSpec(
        KindId.contract, "สัญญา", "a contract (สัญญา)", "contract:parse_contract",
        # สัญญาซื้อขาย · สัญญาจ้างที่ปรึกษา · สัญญาเช่ารถยนต์ · สัญญากู้ยืมเงิน · สัญญาจะซื้อจะขาย ·
        # สัญญาค้ำประกัน · สัญญาให้ทุนการศึกษา (not a wrapped body line "สัญญาจ้างนี้…", "สัญญาซื้อขายฉบับนี้…")
        titles=(r"สัญญา(?:จะ)?(?:ซื้อ|ขาย|จ้าง|เช่า|ยืม|กู้|แลกเปลี่ยน|ให้|ค้ำ)(?!\S*นี้)",
                # หนังสือสัญญาค้ำประกัน · หนังสือสัญญากู้ยืมเงิน
                r"หนังสือสัญญา(?!\S*นี้)"),
        layout=(("title", ANCHOR), ("ref", ANCHOR), ("parties", E), ("clauses", E), ("signatory", E)),
    ),
    KindSpec(KindId.unknown, "เอกสาร", "a document"),
)

KIND_IDS: tuple[str, ...] = tuple(spec.id.value for spec in SPECS)
BY_ID: dict[str, KindSpec] = {spec.id.value: spec for spec in SPECS}


def spec_of(kind: str) -> KindSpec:
    """The spec of a kind id; ``unknown``'s for an id that is not a kind."""
    return BY_ID.get(kind, BY_ID[KindId.unknown.value])


def title_pattern() -> re.Pattern[str]:
    """One pattern for every kind's title lines; the name of the group that matched, up to
    ``__``, is the kind (``m.lastgroup.split("__")[0]``)."""
    return re.compile("|".join(f"(?P<{spec.id.value}__{n}>{pattern})"
                               for spec in SPECS for n, pattern in enumerate(spec.titles)))
