"""Title lines: the first line of an official document names its kind (THAI-FORMATS §1)."""

from __future__ import annotations

import re

from ..text import wider_than

# Each pattern matches the start of a title line; the first that matches names the kind.
TITLE_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    # บันทึกข้อความ
    (re.compile(r"บันทึกข้อความ$"), "memo"),
    # บันทึกข้อตกลงความร่วมมือ · บันทึกความเข้าใจ · บันทึกความร่วมมือ
    (re.compile(r"บันทึก(?:ข้อตกลง|ความเข้าใจ|ความร่วมมือ)"), "mou"),
    # คำสั่งหัวหน้าคณะรักษาความสงบแห่งชาติ · คำสั่งกรมส่งเสริมการปกครองท้องถิ่น
    (re.compile(r"คำสั่ง(?!นี้|ให้|การ)"), "order"),
    # ระเบียบกระทรวงมหาดไทย ว่าด้วย… · ข้อบังคับมหาวิทยาลัย…
    # ระเบียบมหาวิทยาลัยเชียงใหม่ (ว่าด้วย… on the next line)
    (re.compile(r"(?:ระเบียบ\S*(?: \S+)? ?ว่าด้วย|ระเบียบ(?!นี้|การ)\S+$|ข้อบังคับ(?!นี้))"), "regulation"),
    # ประกาศสำนักนายกรัฐมนตรี · ประกาศกระทรวงศึกษาธิการ (not "ประกาศ ณ วันที่")
    (re.compile(r"ประกาศ(?! *ณ)(?!ใน|ให้|นี้|เมื่อ|ราชกิจจา)"), "announcement"),
    # แถลงการณ์นายกรัฐมนตรี
    (re.compile(r"แถลงการณ์"), "statement"),
    # รายงานการประชุมสภาเทศบาลนครพิษณุโลก
    (re.compile(r"รายงานการประชุม"), "minutes"),
    # หนังสือรับรอง
    (re.compile(r"หนังสือรับรอง"), "certificate"),
    # A message sent as a letter: "สารแสดงความยินดีจากนายกรัฐมนตรี", "สารอวยพร…"
    (re.compile(r"สาร(?:แสดง|อวยพร|จาก|ถึง)"), "letter"),
)

# Every title above starts with one of these letters: a cheap test before the patterns.
_FIRST_LETTERS = frozenset("บครขปแหส")
# A title is a short line; a body sentence that happens to start with "ประกาศ…" is long.
MAX_TITLE_WIDTH = 110


def title_kind(text: str) -> str | None:
    """The kind a title line announces, or None when the line is no title."""
    if not text or text[0] not in _FIRST_LETTERS or wider_than(text, MAX_TITLE_WIDTH):
        return None
    for pattern, kind in TITLE_KINDS:
        if pattern.match(text):
            return kind
    return None
