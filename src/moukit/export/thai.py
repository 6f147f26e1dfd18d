"""Messages in Thai for ``--lang th`` (or ``MOUKIT_LANG=th``): ``check`` findings, the one-line
errors, and the batch summary. English stays the default.

The library writes its messages in English with the Thai terms in them ("missing เรื่อง
(subject): a letter (หนังสือภายนอก) needs one"); this module rewrites them, one form per
finding code or error, from the English. A message of a form it does not know stays English
(and the test walks every finding the samples and the corpus give, so that none does). Codes,
JSON keys and file names never change: scripts read those.
"""

from __future__ import annotations

import re

from ..registry import KindId, spec_of


# -- names of parts and kinds ------------------------------------------------------------------

# How check names a part (long form, then the short form of a landmark) -> Thai.
_PARTS = {
    "the title": "ชื่อเรื่อง (หัวเอกสาร)", "ที่ (reference number)": "ที่ (เลขที่หนังสือ)",
    "ส่วนราชการ (issuing agency)": "ส่วนราชการ", "วันที่ (date)": "วันที่",
    "เรื่อง (subject)": "เรื่อง", "เรื่อง (subject) or a title": "เรื่อง หรือชื่อเรื่อง",
    "คำขึ้นต้น (salutation: เรียน, กราบเรียน …)": "คำขึ้นต้น (เรียน กราบเรียน …)",
    "คู่สัญญา (parties)": "คู่สัญญา", "ข้อความ (body)": "ข้อความ", "numbered clauses (ข้อ)": "ข้อที่มีเลขกำกับ",
    "คำลงท้าย (closing: ขอแสดงความนับถือ …)": "คำลงท้าย (ขอแสดงความนับถือ …)",
    "the date of signing or issue (… ณ วันที่)": "วันที่ลงนามหรือออก (… ณ วันที่)",
    "a signatory (ผู้ลงนาม: name and position)": "ผู้ลงนาม (ชื่อและตำแหน่ง)",
    "ส่วนราชการเจ้าของเรื่อง (owner unit, under the signature)": "ส่วนราชการเจ้าของเรื่อง (ใต้ลายมือชื่อ)",
    "โทร. (telephone)": "โทร.", "the meeting date (วันที่ประชุม)": "วันที่ประชุม",
    "ผู้จดรายงานการประชุม (the recorder)": "ผู้จดรายงานการประชุม",
    "the parties": "คู่สัญญา", "the body": "ข้อความ", "the clauses": "ข้อ", "the signature": "ลายมือชื่อ",
    "the meeting date": "วันที่ประชุม",
    "the date (วันที่)": "วันที่", "the date of signing (… ณ วันที่)": "วันที่ลงนาม (… ณ วันที่)",
}
_NEEDS = {"one": "ส่วนนี้", "at least one": "อย่างน้อยหนึ่งรายการ", "at least two": "อย่างน้อยสองฝ่าย"}
# A part's name may hold ": " itself (คำขึ้นต้น (salutation: เรียน, …)): match the known names first.
_PART_NAME = "|".join(re.escape(name) for name in sorted(_PARTS, key=len, reverse=True)) + "|.+?"
_KIND = re.compile(r"(?:an? |)[A-Za-z ]+ \(([^)]+)\)|a document")


def _part(name: str) -> str:
    return _PARTS.get(name, name)


def _kind(phrase: str) -> str:
    """"a letter (หนังสือภายนอก)" -> "หนังสือภายนอก"; "a document" -> "เอกสาร"."""
    match = _KIND.fullmatch(phrase)
    if match and match.group(1):
        return match.group(1)
    return spec_of(KindId.unknown).thai if match else phrase


def _where(text: str) -> str:
    """", expected after วันที่ (line 10) and before คำขึ้นต้น (line 13)" in Thai."""
    def one(match: re.Match[str]) -> str:
        side = "หลัง" if match.group(1) == "after" else "ก่อน"
        return f"{side}{_part(match.group(2))} (บรรทัด {match.group(3)})"

    text = re.sub(r"(after|before) (.+?) \(line (\d+)\)", one, text)
    return text.replace(", expected ", ", ควรอยู่").replace(" and ", " และ")


# -- findings -----------------------------------------------------------------------------------

_FINDINGS: list[tuple[re.Pattern[str], object]] = [
    (re.compile(rf"missing (?P<part>{_PART_NAME}): (?P<kind>.+?) needs (?P<n>one|at least one|at least two)"
                r"(?P<found>; found \d+)?(?P<where>, expected .*)?"),
     lambda m: (f"ขาด {_part(m['part'])}: {_kind(m['kind'])} ต้องมี{_NEEDS[m['n']]}"
                + (f" (พบ {m['found'][8:]})" if m["found"] else "") + _where(m["where"] or ""))),
    (re.compile(r"ที่ (?P<raw>.+): an order's reference number is its running number and Buddhist-era year, "
                r"as in (?P<example>.+)"),
     lambda m: f"ที่ {m['raw']}: เลขที่คำสั่งต้องมีเลขลำดับและปีพุทธศักราช เช่น {m['example']}"),
    (re.compile(r"คำลงท้าย (?P<closing>.+) answers (?P<rank>.+), but the คำขึ้นต้น \(salutation(?:, line (?P<line>\d+))?\) "
                r"is (?P<word>.+): expected (?P<expected>.+)"),
     lambda m: (f"คำลงท้าย {m['closing']} ใช้กับคำขึ้นต้น {m['rank']} แต่คำขึ้นต้น"
                + (f" (บรรทัด {m['line']})" if m["line"] else "") + f" คือ {m['word']}: ควรใช้ "
                + m["expected"].replace(" or ", " หรือ "))),
    (re.compile(r"(?P<what>.+) cannot be read: expected a day, a month name and a Buddhist-era year, as in (?P<ex>.+)"),
     lambda m: f"อ่าน{_part(m['what'])}ไม่ได้: ควรมีวัน เดือน และปีพุทธศักราช เช่น {m['ex']}"),
    (re.compile(r"(?P<what>.+) is (?P<raw>.+), a day that does not exist: expected a day the month has"),
     lambda m: f"{_part(m['what'])} คือ {m['raw']} ซึ่งไม่มีวันนี้ในปฏิทิน: ควรเป็นวันที่มีอยู่จริงในเดือนนั้น"),
    (re.compile(r"(?P<what>.+) is (?P<raw>.+) \((?P<iso>[\d-]+)\), after today \((?P<today>[\d-]+)\): "
                r"expected the day the document was signed or issued, not later"),
     lambda m: (f"{_part(m['what'])} คือ {m['raw']} ({m['iso']}) ซึ่งเลยวันนี้ ({m['today']}): "
                "ควรเป็นวันที่ลงนามหรือออกเอกสาร ไม่ใช่วันข้างหน้า")),
    (re.compile(r"(?P<label>.+) repeats the number of (?P<same>.+) \(line (?P<line>\d+)\): each clause needs its own number"),
     lambda m: f"{m['label']} ใช้เลขซ้ำกับ {m['same']} (บรรทัด {m['line']}): แต่ละข้อต้องมีเลขของตนเอง"),
    (re.compile(r"(?P<label>.+) follows (?P<previous>.+): expected (?P<expected>.+) \(the numbering skips\)"),
     lambda m: f"{m['label']} ตามหลัง {m['previous']}: ควรเป็น {m['expected']} (เลขข้อข้ามไป)"),
    (re.compile(r"(?P<label>.+) follows (?P<previous>.+): expected (?P<expected>.+) \(numbers go up one by one\)"),
     lambda m: f"{m['label']} ตามหลัง {m['previous']}: ควรเป็น {m['expected']} (เลขข้อต้องเรียงทีละหนึ่ง)"),
    (re.compile(r"signer (?P<name>.+) signs for no party: expected one of the คู่สัญญา \(parties\) named in the "
                r"position lines under the name"),
     lambda m: f"ผู้ลงนาม {m['name']} ไม่ได้ลงนามแทนคู่สัญญาฝ่ายใด: ตำแหน่งใต้ชื่อควรระบุคู่สัญญาฝ่ายหนึ่ง"),
    (re.compile(r"the closing formula makes (?P<n>\d+) ฉบับ \(originals\) for (?P<k>\d+) parties \(คู่สัญญา\): "
                r"expected (?P<e>\d+), one for each party \(ฝ่ายละ ๑ ฉบับ\)"),
     lambda m: f"ข้อความท้ายทำไว้ {m['n']} ฉบับ แต่มีคู่สัญญา {m['k']} ฝ่าย: ควรเป็น {m['e']} ฉบับ (ฝ่ายละ ๑ ฉบับ)"),
    (re.compile(r"text placed in no part of (?P<kind>.+?), so it was not checked: a label that is misspelt or damaged\? "
                r"\(parser: (?P<parser>.*)\)"),
     lambda m: (f"ข้อความนี้ไม่อยู่ในส่วนใดของ{_kind(m['kind'])} จึงไม่ได้ตรวจ: หัวข้อสะกดผิดหรือเสียหายหรือไม่? "
                f"(ตัวแยกส่วน: {m['parser']})")),
    (re.compile(r"read as no kind of document, so its parts were not checked: it has (?P<have>.+) of (?P<kind>.+?), "
                r"but no (?P<lacks>.+), which .+ needs to be recognised as one"),
     lambda m: (f"ไม่รู้ว่าเป็นเอกสารชนิดใด จึงไม่ได้ตรวจส่วนต่าง ๆ: มี {m['have'].replace('line ', 'บรรทัด ')} "
                f"ของ{_kind(m['kind'])} แต่ไม่มี{' และ'.join(_part(p) for p in m['lacks'].split(' and '))} "
                f"ซึ่ง{_kind(m['kind'])}ต้องมีจึงจะรู้ว่าเป็น{_kind(m['kind'])}")),
    (re.compile(r"read as no kind of document \(.+\), so the parts a kind needs were not checked: .+"),
     lambda m: ("ไม่รู้ว่าเป็นเอกสารชนิดใด (หนังสือภายนอก บันทึกข้อความ คำสั่ง ประกาศ บันทึกข้อตกลง …) "
                "จึงไม่ได้ตรวจส่วนที่เอกสารแต่ละชนิดต้องมี: หนังสือภายนอกรู้ได้จากบรรทัด ที่ วันที่ เรื่อง และเรียน "
                "คำสั่งหรือประกาศรู้ได้จากชื่อเรื่อง; ตรวจเพียงวันที่และเลขข้อ")),
]


def thai_message(message: str) -> str:
    """A finding's message in Thai; the English one when its form is not known here."""
    for pattern, render in _FINDINGS:
        if match := pattern.fullmatch(message):
            return render(match)  # type: ignore[operator]
    return message


# -- errors and summaries -----------------------------------------------------------------------

_ERRORS = [
    (re.compile(r"no such file"), "ไม่มีไฟล์นี้"),
    (re.compile(r"no such file or directory; nothing was written"), "ไม่มีไฟล์หรือโฟลเดอร์นี้ จึงไม่ได้เขียนอะไรเลย"),
    (re.compile(r"is a directory(?P<rest>.*)"), r"เป็นโฟลเดอร์ ไม่ใช่ไฟล์\g<rest>"),
    (re.compile(r"is empty \(0 bytes\)"), "เป็นไฟล์ว่าง (0 ไบต์)"),
    (re.compile(r"is binary, not text: (?P<why>.+)"), r"เป็นไฟล์ไบนารี ไม่ใช่ข้อความ: \g<why>"),
    (re.compile(r"cannot be decoded: (?P<why>.+)"), r"ถอดรหัสเป็นข้อความไม่ได้: \g<why>"),
    (re.compile(r"is a (?P<kind>PDF|DOCX) file: reading it needs the (?P<extra>\w+) extra \((?P<pip>pip install .+)\)"),
     r"เป็นไฟล์ \g<kind>: ต้องติดตั้งส่วนเสริม \g<extra> ก่อน (\g<pip>)"),
    (re.compile(r"is (?P<what>.+), not text: save it as (?P<as>.+)"), r"เป็น \g<what> ไม่ใช่ข้อความ: บันทึกใหม่เป็น \g<as>"),
]


def thai_error(message: str) -> str:
    """A one-line error ("FILE[:LINE]: what is wrong") in Thai; English when its form is not known."""
    head, sep, tail = message.partition(": ")
    for pattern, thai in _ERRORS:
        if sep and pattern.fullmatch(tail):
            return f"{head}: {pattern.sub(thai, tail)}"
    return message


def thai_summary(summary) -> str:
    """``moukit batch``'s closing line in Thai."""
    kinds = ", ".join(f"{kind} {n:,}" for kind, n in summary.kinds.most_common())
    parsed = summary.files - summary.failed
    where = "เอาต์พุตมาตรฐาน" if str(summary.output) == "-" else summary.output
    rate = f" ({summary.files / summary.seconds:,.0f} ไฟล์/วินาที)" if summary.seconds > 0 and summary.files else ""
    text = (f"moukit: batch: {summary.files:,} ไฟล์ ใน {summary.seconds:,.1f} วินาที{rate}: อ่านได้ {parsed:,}"
            f"{f' ({kinds})' if kinds else ''}, ไม่สำเร็จ {summary.failed:,}; เขียนลง {where}")
    if summary.resumed:
        text += f"; ข้าม {summary.resumed:,} ไฟล์ที่มีอยู่แล้ว (ไม่สำเร็จ {summary.resumed_failed:,})"
    if summary.retried:
        text += f"; อ่านใหม่ {summary.retried:,} ไฟล์ที่เคยไม่สำเร็จ"
    if summary.skipped:
        total = sum(summary.skipped.values())
        suffixes = ", ".join(f"{suffix or 'ไม่มีนามสกุล'} {n:,}" for suffix, n in summary.skipped.most_common(5))
        text += f"; ไม่ได้อ่าน {total:,} ไฟล์ที่ชื่อไม่ตรงกับ --include ({suffixes})"
    return text


def thai_interrupted(output, written: int) -> str:
    """What Ctrl-C leaves, in Thai."""
    if output.suffix.lower() in (".parquet", ".xlsx"):
        return (f"moukit: batch: หยุดกลางคันหลังอ่าน {written:,} ไฟล์; ไม่ได้เก็บอะไรไว้: ไฟล์ชนิดนี้จะสมบูรณ์เมื่อเขียนจบเท่านั้น "
                f"({output} ไม่ถูกแตะต้อง) ใช้ .jsonl หรือ .csv ถ้าต้องการทำต่อได้")
    return (f"moukit: batch: หยุดกลางคัน; ผลของ {written:,} ไฟล์ที่อ่านในรอบนี้เก็บไว้ใน {output} แล้ว "
            "สั่งคำสั่งเดิมพร้อม --resume เพื่อทำต่อจากที่หยุด")
