"""The Thai words of official documents, one table each; every module that looks for them
reads them here, so that one list says what a label, an opener or a closing is.

A leaf module: words only, and ``words`` to make a regular-expression alternation of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# -- labels of the letter head --------------------------------------------------------------

SUBJECT_LABEL = "เรื่อง"
"""เรื่อง: the subject line of a letter, memo, order or announcement."""
TOPIC_LABEL = "ว่าด้วย"
"""ว่าด้วย: a regulation's subject, under or inside its title line."""
REFERENCES_LABEL = "อ้างถึง"
ENCLOSURES_LABEL = "สิ่งที่ส่งมาด้วย"
ISSUER_LABELS: tuple[str, ...] = ("ส่วนราชการ", "หน่วยงาน")
"""A memo's issuer label: "ส่วนราชการ กองคลัง โทร. ๑๒๓๔"; newer forms print "หน่วยงาน"."""
DATE_LABEL = "วันที่"
PARTIES_LABEL = "ระหว่าง"
MEETING_NUMBER_LABEL = "ครั้งที่"
EDITION_LABEL = "(ฉบับที่"
CONTRACT_NUMBER_LABEL = "สัญญาเลขที่"
"""สัญญาเลขที่: a contract's number, on the line under its title."""

# -- body -------------------------------------------------------------------------------------

BODY_OPENERS: tuple[str, ...] = (
    "ด้วย", "ตามที่", "ตามหนังสือ", "เนื่องด้วย", "เนื่องจาก", "อนุสนธิ", "โดยที่", "อาศัยอำนาจ",
)
"""Words that open the first paragraph of a document's text: "ด้วยจังหวัด…", "ตามที่…",
"โดยที่เป็นการสมควร…", "อาศัยอำนาจตามความในมาตรา…"."""
LETTER_BODY_OPENERS: tuple[str, ...] = BODY_OPENERS + ("กรมขอ", "ขอเรียน")
"""A letter's text may also open with the request itself: "กรมขอเรียนว่า…", "ขอเรียนว่า…"."""

SIGNING_VERBS: tuple[str, ...] = ("สั่ง", "ประกาศ", "ให้ไว้", "ออก", "แถลง")
"""The verb of an issuance's dating line: "สั่ง ณ วันที่", "ประกาศ ณ วันที่", "ให้ไว้ ณ วันที่"."""

# -- news pages -------------------------------------------------------------------------------

SOURCE_LABELS: tuple[str, ...] = ("ที่มา", "อ้างจาก", "แหล่งข่าว", "รายละเอียดเพิ่มเติม")
"""Labels of a news page's source line: "ที่มา : https://…", "อ้างจาก : ราชกิจจานุเบกษา"."""
CITATION_LABEL = "อ้างจาก"
"""The source label that cites the document quoted just above it: it is that document's last line."""
CREDIT_LABELS: tuple[str, ...] = ("สรุป/รายงาน", "รายงาน/สรุป", "ภาพ/ข่าว", "ข่าว/ภาพ", "เรียบเรียง", "ผู้เรียบเรียง",
                                  "Rewriter/Editor", "Rewriter", "Editor", "Written by", "Cr.", "Credit")
"""Labels of a news page's credit, at the foot of the page: "สรุป/รายงาน", "Rewriter บัลลังก์ …",
"ภาพ/ข่าว : กลุ่มสื่อสารเชิงกลยุทธ์ สำนักโฆษก", "Cr. ผอ.สพค.สพฐ."."""
PRESS_UNITS: tuple[str, ...] = ("กลุ่มประชาสัมพันธ์", "ฝ่ายประชาสัมพันธ์", "งานประชาสัมพันธ์", "กลุ่มสื่อสาร")
"""The press office a page names at its foot: "กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก"."""
PRESS_LABELS: tuple[str, ...] = ("ข่าวประชาสัมพันธ์", "ข่าวสาร", "ข่าวแจก", "ข่าวเพื่อสื่อมวลชน", "ข่าวเผยแพร่",
                                  "Press Release", "PRESS RELEASE", "News Release", "NEWS RELEASE")
"""The label a press release prints in its letterhead, above its headline: "ข่าวประชาสัมพันธ์"."""
AGENCY_WORDS: tuple[str, ...] = ("สำนักงาน", "สำนัก", "กระทรวง", "ทบวง", "กรม", "กอง", "ศูนย์", "สถาบัน", "มหาวิทยาลัย",
                                 "องค์การ", "องค์กร", "จังหวัด", "อำเภอ", "เทศบาล", "การไฟฟ้า", "การประปา", "ธนาคาร",
                                 "คณะกรรมการ", "สภา", "ศาล", "โรงเรียน", "โรงพยาบาล")
"""The words a government agency's name starts with: "สำนักงานประชาสัมพันธ์จังหวัดขอนแก่น"."""
REPORTING_VERBS: tuple[str, ...] = ("กล่าวว่า", "เปิดเผยว่า", "ให้สัมภาษณ์", "กล่าวเพิ่มเติมว่า", "แถลงว่า")
"""Reporting verbs of news prose: "… กล่าวว่า"."""

# -- salutations and closings ---------------------------------------------------------------

SALUTATION_WORDS: tuple[str, ...] = (
    "กราบบังคมทูลพระกรุณาทราบฝ่าละอองธุลีพระบาท",
    "กราบบังคมทูล",
    "กราบทูล",
    "กราบเรียน",
    "นมัสการ",
    "เรียน",
    "ทูล",
    "ถึง",
    "ฯพณฯ",
)
"""คำขึ้นต้น, longest first, so "กราบเรียน" is not read as "เรียน" and "กราบทูล" not as "ทูล". A
diplomatic letter opens with the form of address alone: "ฯพณฯ"."""

CLOSINGS: dict[str, str] = {
    "ขอแสดงความนับถืออย่างยิ่ง": "กราบเรียน",
    "ขอแสดงความนับถืออย่างสูง": "กราบเรียน",
    "ขอแสดงความนับถือ": "เรียน",
    "ด้วยความนับถือ": "เรียน",
    "ขอนมัสการด้วยความเคารพอย่างยิ่ง": "นมัสการ",
    "ขอนมัสการด้วยความเคารพ": "นมัสการ",
    "ด้วยความเคารพอย่างยิ่ง": "กราบเรียน",
    "ด้วยความเคารพ": "เรียน",
    "ควรมิควรแล้วแต่จะโปรดเกล้าโปรดกระหม่อม ขอเดชะ": "กราบบังคมทูล",
    "ควรมิควรแล้วแต่จะโปรดเกล้าโปรดกระหม่อม": "กราบบังคมทูล",
    "ควรมิควรแล้วแต่จะโปรด": "กราบทูล",
    "แล้วแต่จะโปรด": "ทูล",
}
"""คำลงท้าย and the คำขึ้นต้น it answers (ระเบียบงานสารบรรณ, ภาคผนวก ๘): the rank of a closing."""


def words(items: Iterable[str]) -> str:
    """A regular-expression alternation of literal words that prefers the longest (a word is
    never cut short by a shorter one it starts with), written as a tree of shared beginnings:
    ``นาย``, ``นาง``, ``นางสาว`` give ``(?:นา(?:ง(?:สาว)?|ย))``. It matches what the flat alternation of
    the words, longest first, matches, and in the same order of preference; the regex engine
    tries each branch of a flat alternation in turn, and a tree tries one letter at a time
    (a list of 150 honorifics is matched several times faster)."""
    tree: dict = {}
    for item in items:
        node = tree
        for char in item:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return "(?:%s)" % _branches(tree)


def _branches(node: dict) -> str:
    """The alternation of the words below ``node``; a word ending at ``node`` is the caller's
    optional ``?``, so that every longer word is tried before it."""
    branches = []
    for char in sorted(key for key in node if key):
        run, below = char, node[char]
        while len(below) == 1 and "" not in below:  # a chain of single letters is one literal
            (following,) = below
            run, below = run + following, below[following]
        rest = _branches(below) if len(below) > ("" in below) else ""
        branches.append(re.escape(run) + (f"(?:{rest}){'?' if '' in below else ''}" if rest else ""))
    return "|".join(branches)


TRANSLATION_CAPTION = re.compile(r"[-–]? *(?:ร่าง)?คำแปลอย่างไม่เป็นทางการ *[-–]?")
"""The caption over a translated document: "คำแปลอย่างไม่เป็นทางการ", "- ร่างคำแปลอย่างไม่เป็นทางการ –"."""

# -- lines built from these words ---------------------------------------------------------------

PAGE_SOURCE_LINE = re.compile(words(label for label in SOURCE_LABELS if label != CITATION_LABEL) + " ?:")
"""A news page's source line, which ends a document quoted above it: "ที่มา : https://…",
"รายละเอียดเพิ่มเติม: เว็บไซต์ราชกิจจานุเบกษา" (not "อ้างจาก :", the quoted document's own last line)."""
GAZETTE_CITATION = re.compile(r"\(?(?:จาก|อ้างจาก)? ?(?P<source>ราชกิจจานุเบกษา *(?:ฉบับ\S* *)?เล่ม *[0-9๐-๙]+ *ตอน[^)]*)\)?$")
"""A Royal Gazette citation under a quoted document: "(จากราชกิจจานุเบกษา เล่ม ๑๓๔ ตอนพิเศษ ๒๙๐ ง
วันที่ ๒๔ พฤศจิกายน ๒๕๖๐)"."""
CREDIT_LINE = re.compile(words(CREDIT_LABELS) + r"(?: *:? |$)|" + words(PRESS_UNITS))
"""A line of a news page's credit or press office (CREDIT_LABELS, PRESS_UNITS)."""
PRESS_LABEL_LINE = re.compile(words(PRESS_LABELS) + "(?: |$)")
"""A line of a press release's letterhead that opens with its label: "ข่าวประชาสัมพันธ์",
"ข่าวประชาสัมพันธ์ กรมส่งเสริมการปกครองท้องถิ่น" (PRESS_LABELS)."""
BODY_OPENER = re.compile(words(BODY_OPENERS))
"""A line that opens a document's text: "โดยที่…", "อาศัยอำนาจ…", "ตามที่…"."""
COUNTERSIGN_LINE = re.compile(r"ผู้รับสนอง(?:พระบรม|พระ)ราชโองการ$")
"""The label over the countersigner of a royal command: "ผู้รับสนองพระบรมราชโองการ"."""
SIGNING_LINE = re.compile(words(SIGNING_VERBS) + " *ณ *" + DATE_LABEL)
"""An issuance's dating line: "สั่ง ณ วันที่ ๘ สิงหาคม พุทธศักราช ๒๕๖๐", "ประกาศ ณ วันที่ …"."""
EFFECT_LABEL = "ทั้งนี้"
DATED_EFFECT = re.compile(EFFECT_LABEL + r" .{0,300}? (?P<dating>" + words(SIGNING_VERBS) + " *ณ *" + DATE_LABEL
                          + r" ?[0-9๐-๙]{1,2} .{3,40})$")
"""An issuance's effect sentence and its dating line run into one line by a web copy:
"ทั้งนี้ มีผลบังคับใช้ตั้งแต่วันนี้เป็นต้นไป ประกาศ ณ วันที่ 24 มิถุนายน 2565" (the date ends it)."""
INTRODUCES_LIST = re.compile(r".*(?:ดังนี้|ดังต่อไปนี้)$")
"""A sentence that introduces what follows: "…โดยมีรายละเอียด ดังนี้", "…ไว้ ดังต่อไปนี้"."""
QUOTE_INTRODUCER = re.compile(r"(?<!หมาย)(?:มีใจ|ใจ)?ความว่า(?= |$|“|\")")
"""The word that introduces a document's own words in a report: "…มอบสาร… ความว่า …" (not a
definition's "“…” หมายความว่า …")."""
SUMMARY_WORDS: tuple[str, ...] = ("สาระสำคัญ", "สรุป", "ใจความสำคัญ", "โดยสังเขป", "ประเด็น")
"""Words of a lead-in that announces the reporter's gist of a document, not its text."""

# -- letters in English (diplomatic letters quoted by Thai news pages) ----------------------------

EN_SALUTATION = re.compile(
    r"(?:(?P<dear>(?:My )?Dear) +(?P<addressee>[A-Z][^,]{1,60})"
    r"|(?P<address>(?:Your |His |Her )?Excellency|(?:Samdech|Mr\.|Madam|Madame) [A-Z][A-Za-z. ]{1,50}))"
    r",$"
)
"""The salutation of a letter in English: "Dear Mr. President,", "Excellency,",
"Samdech Techo Prime Minister,"."""
EN_CLOSING = re.compile(
    r"(?:Yours (?:sincerely|faithfully|truly)|Sincerely(?: yours)?|(?:With )?(?:my )?(?:warmest|best|kind) regards"
    r"|(?:Please )?[Aa]ccept,? .{0,80}assurances? of my (?:highest|most distinguished) consideration.*)[,.]?$"
)
"""The closing of a letter in English: "Sincerely yours,", "Accept, Excellency, the renewed
assurances of my highest consideration."."""
