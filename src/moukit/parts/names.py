"""Personal names with their honorifics, ranks and titles (THAI-FORMATS §2, Signatures)."""

from __future__ import annotations

import re

from ..vocabulary import words

# คำนำหน้านาม, academic and professional titles, royal-lineage titles and ranks.
# Several may stand together: "ศ.ดร.", "พลเอก ดร.", "ว่าที่ร้อยตรี", "พ.จ.อ.หญิง".
HONORIFICS: tuple[str, ...] = (
    "นาย", "นาง", "นางสาว", "น.ส.", "คุณ", "คุณหญิง", "ท่านผู้หญิง",
    "ดร.", "ศ.", "รศ.", "ผศ.", "ศาสตราจารย์", "รองศาสตราจารย์", "ผู้ช่วยศาสตราจารย์",
    "นายแพทย์", "แพทย์หญิง", "นพ.", "พญ.", "ทพ.", "ทพญ.", "ทันตแพทย์", "ทันตแพทย์หญิง",
    "ภก.", "ภญ.", "เภสัชกร", "เภสัชกรหญิง",
    "หม่อมราชวงศ์", "หม่อมหลวง", "ม.ร.ว.", "ม.ล.", "ว่าที่",
    "จอมพล", "พลเอก", "พลโท", "พลตรี", "พันเอก", "พันโท", "พันตรี", "ร้อยเอก", "ร้อยโท", "ร้อยตรี",
    "จ่าสิบเอก", "จ่าสิบโท", "จ่าสิบตรี", "สิบเอก", "สิบโท", "สิบตรี",
    "พลตำรวจเอก", "พลตำรวจโท", "พลตำรวจตรี", "พันตำรวจเอก", "พันตำรวจโท", "พันตำรวจตรี",
    "ร้อยตำรวจเอก", "ร้อยตำรวจโท", "ร้อยตำรวจตรี", "ดาบตำรวจ", "จ่าสิบตำรวจ",
    "พลเรือเอก", "พลเรือโท", "พลเรือตรี", "นาวาเอก", "นาวาโท", "นาวาตรี", "เรือเอก", "เรือโท", "เรือตรี",
    "พลอากาศเอก", "พลอากาศโท", "พลอากาศตรี", "นาวาอากาศเอก", "นาวาอากาศโท", "นาวาอากาศตรี",
    "เรืออากาศเอก", "เรืออากาศโท", "เรืออากาศตรี", "พันจ่าเอก", "พันจ่าอากาศเอก",
    "พล.อ.", "พล.ท.", "พล.ต.", "พ.อ.", "พ.ท.", "พ.ต.", "ร.อ.", "ร.ท.", "ร.ต.",
    "พล.ต.อ.", "พล.ต.ท.", "พล.ต.ต.", "พ.ต.อ.", "พ.ต.ท.", "พ.ต.ต.", "ร.ต.อ.", "ร.ต.ท.", "ร.ต.ต.", "ด.ต.",
    "พล.ร.อ.", "พล.ร.ท.", "พล.ร.ต.", "น.อ.", "น.ท.", "น.ต.", "ร.อ.", "พล.อ.อ.", "พล.อ.ท.", "พล.อ.ต.",
    "จ.ส.อ.", "จ.ส.ท.", "จ.ส.ต.", "ส.อ.", "ส.ท.", "ส.ต.", "พ.จ.อ.", "พ.จ.ท.", "พ.จ.ต.", "จ.อ.", "จ.ท.", "จ.ต.", "พ.อ.ท.", "พ.อ.ต.",
    "ส.ต.อ.", "ส.ต.ท.", "ส.ต.ต.", "จ.ส.ต.", "พ.อ.อ.",
)
# One title, optionally "หญิง" (female ranks: "ร.ต.หญิง"), then optional spaces.
_ONE = re.compile(words(HONORIFICS) + "(?:หญิง)? *")
_MAX_TITLES = 4

# Position words that begin with "นาย": "นายกรัฐมนตรี", "นายอำเภอ" are no "นาย" + name.
_NOT_A_NAME = re.compile(r"นาย(?:ก(?:รัฐมนตรี|เทศมนตรี|องค์การ|สมาคม|สภา)|อำเภอ|ทะเบียน|ช่าง|ด่าน|ตรวจ|สถานี)")
# A name is one to three words after the titles: "โชคชัย เตชะธนรัญ", "หลี่ เค่อเฉียง".
_NAME_WORDS = re.compile(r"[\u0e00-\u0e7fA-Za-z.\-]{1,40}(?: [\u0e00-\u0e7fA-Za-z.\-]{1,40}){0,2}")
# A blank left for filling in is no name: "(.........................)", "นาย……………", "____"
_BLANK = re.compile(r"\.\.\.|…|_")
_LETTER = re.compile(r"[ก-ฮA-Za-z]")
_THAI = re.compile(r"[ก-ฮ]")
_LATIN = re.compile(r"[A-Za-z]")


def split_honorific(text: str) -> tuple[str | None, str]:
    """"นายโชคชัย เตชะธนรัญ" -> ("นาย", "โชคชัย เตชะธนรัญ"); no title -> (None, text)."""
    if _NOT_A_NAME.match(text):
        return None, text
    end = 0
    for _ in range(_MAX_TITLES):
        match = _ONE.match(text, end)
        if match is None:
            break
        end = match.end()
        # Titles stack after an abbreviation, a space or ว่าที่ ("ศ.ดร.", "พลเอก ดร.",
        # "ว่าที่ร้อยตรี"); a glued word is the name: "นายคุณากร" is นาย + คุณากร.
        if not (text[end - 1] in ". " or match.group(0).startswith("ว่าที่")):
            break
    if end == 0 or end == len(text):
        return None, text
    return " ".join(text[:end].split()), text[end:].strip()


def looks_like_name(text: str, *, honorific_required: bool = True) -> bool:
    """Whether a bare line (no parentheses) is a personal name: "พลเอก ประยุทธ์ จันทร์โอชา"."""
    honorific, rest = split_honorific(text)
    if honorific is None and honorific_required:
        return False
    if _BLANK.search(rest) or not _LETTER.search(rest):
        return False
    if _THAI.search(rest) and _LATIN.search(rest):
        return False  # a name is written in one script: "(กรุณาใช้ chrome ในการกรอกข้อมูล)" is a note
    return _NAME_WORDS.fullmatch(rest) is not None and (honorific is not None or " " in rest)
