"""Body blocks: clause trees from numbered paragraphs, inline lists, and the real documents."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moukit.lines import Line, split_lines
from moukit.models import Clause, Paragraph
from moukit.stages.normalize import normalize_text
from moukit.parts.clause_tree import MAX_DEPTH
from moukit.parts.clauses import split_blocks, split_inline

from .conftest import CORPUS, SAMPLES

Block = Paragraph | Clause


def lines_of(text: str) -> tuple[Line, ...]:
    return split_lines(normalize_text(text))


def body(path: Path, first: int, last: int) -> list[Block]:
    """The blocks of source lines ``first``–``last`` (1-based, inclusive) of a file."""
    lines = lines_of(path.read_text(encoding="utf-8"))
    return split_blocks(lines[first - 1 : last])


def outline(blocks: Sequence[Block], depth: int = 0) -> list[str]:
    """One entry per block, indented two spaces per level: the label, or "¶" for a paragraph."""
    out = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append("  " * depth + "¶")
        else:
            out.append("  " * depth + block.label)
            out += outline(block.children, depth + 1)
    return out


def walk(blocks: Sequence[Block]) -> Iterator[Block]:
    for block in blocks:
        yield block
        if isinstance(block, Clause):
            yield from walk(block.children)


def clauses(blocks: Sequence[Block]) -> list[Clause]:
    return [block for block in blocks if isinstance(block, Clause)]


# -- nesting ----------------------------------------------------------------------------------

# (lines, outline, id). Short lines: each is a paragraph of its own, as in the corpus.
NESTING = [
    (
        ["ข้อ ๒ ให้จังหวัดดำเนินการ", "๒.๑ ข้อเท็จจริง", "(๑) ส่งเสริม", "(ก) พัฒนา", "(ข) ประสาน", "(๒) สนับสนุน",
         "๒.๒ ข้อพิจารณา", "ข้อ ๓ ให้ใช้บังคับ"],
        ["ข้อ ๒", "  ๒.๑", "    (๑)", "      (ก)", "      (ข)", "    (๒)", "  ๒.๒", "ข้อ ๓"],
        "khor-dotted-paren-letter",
    ),
    (
        ["๒. ข้อเท็จจริง", "๒.๑ เรื่องเดิม", "๒.๑.๑ รายละเอียด", "๒.๒ ข้อพิจารณา", "๓. ข้อเสนอ"],
        ["๒.", "  ๒.๑", "    ๒.๑.๑", "  ๒.๒", "๓."],
        "dotted-by-components",
    ),
    (
        ["ข้อ 1 ให้มีคณะกรรมการ", "(1) ประธาน", "(2) รองประธาน", "ข้อ 2 ให้คณะกรรมการมีอำนาจ", "(1) กำหนดนโยบาย", "ข้อ 3 ให้ใช้บังคับ"],
        ["ข้อ 1", "  (1)", "  (2)", "ข้อ 2", "  (1)", "ข้อ 3"],
        "restart-under-new-parent",
    ),
    (
        ["ข้อ ๑ ให้ยกเลิก", "ข้อ ๑/๑ ให้เพิ่มความต่อไปนี้", "ข้อ ๒ ให้ใช้บังคับ"],
        ["ข้อ ๑", "ข้อ ๑/๑", "ข้อ ๒"],
        "inserted-clause-is-a-sibling",
    ),
    (
        ["1. กรอบการทำงาน ดังนี้", "1. พัฒนาระบบข้อมูล", "2. ส่งเสริมการใช้ข้อมูล", "2. ระยะเวลา"],
        ["1.", "  1.", "  2.", "2."],
        "same-style-restart-after-lead-in-nests",
    ),
    (
        ["1. ห้ามอากาศยาน", "2. การอนุญาตการบิน", "1. ให้ผู้โดยสาร"],
        ["1.", "2.", "1."],
        "same-style-restart-without-lead-in-is-a-sibling",
    ),
    (
        ["● ประกาศราชกิจจานุเบกษา", "- รายละเอียด", "- เพิ่มเติม", "● ประกาศฉบับที่สอง"],
        ["●", "  -", "  -", "●"],
        "bullets-by-glyph",
    ),
    (
        ["๑. เครื่องคอมพิวเตอร์", "(๑) หน่วยประมวลผล", "ก. ความเร็ว", "ข. หน่วยความจำ", "(๒) จอภาพ", "๒. เครื่องพิมพ์"],
        ["๑.", "  (๑)", "    ก.", "    ข.", "  (๒)", "๒."],
        "letter-dot-under-paren",
    ),
    (
        ["ข้อ ๑ ให้มีคณะกรรมการ", "ให้เลขาธิการเป็นกรรมการและเลขานุการ", "ข้อ ๒ ให้ใช้บังคับ"],
        ["ข้อ ๑", "¶", "ข้อ ๒"],
        "paragraph-between-clauses",
    ),
    (
        ["1. เครื่องคอมพิวเตอร์แม่ข่าย", "คุณลักษณะพื้นฐาน", "- มีหน่วยประมวลผลกลาง", "- มีหน่วยความจำหลัก",
         "2. เครื่องคอมพิวเตอร์แม่ข่าย แบบที่ 2"],
        ["1.", "¶", "-", "-", "2."],
        "paragraph-closes-clauses-but-keeps-levels",
    ),
    (
        # (๒) continues the list that was open before the paragraph: the paragraph is the rest
        # of (๑) (docs/reading-rules.md, "An unnumbered paragraph between clauses …")
        ["ข้อ ๑ ให้ยกเลิก", "(๑) ประกาศฉบับแรก", "วรรคสอง", "(๒) ประกาศฉบับที่สอง"],
        ["ข้อ ๑", "  (๑)", "  (๒)"],
        "sub-list-resumes-after-a-paragraph",
    ),
    (
        # ๕.๓ continues ๕.๑, ๕.๒ across the rest of ๕.๒ that a short line cut off (a statement
        # re-wrapped at 60 columns: "… ที่เป็นมิตรต่อ" / "มุสลิม นอกจากนี้ …")
        ["๕. ความร่วมมือทางเศรษฐกิจ ดังนี้", "๕.๑ การค้า", "๕.๒ การท่องเที่ยว ที่เป็นมิตรต่อ", "มุสลิม นอกจากนี้",
         "๕.๓ การลงทุน", "๖. การศึกษา"],
        ["๕.", "  ๕.๑", "  ๕.๒", "  ๕.๓", "๖."],
        "dotted-sub-list-resumes-after-a-paragraph",
    ),
    (
        ["๕. ความร่วมมือทางเศรษฐกิจ ดังนี้", "๕.๑ การค้า", "๕.๒ การท่องเที่ยว", "วรรคสอง", "๕.๔ การลงทุน"],
        ["๕.", "  ๕.๑", "  ๕.๒", "¶", "๕.๔"],
        "dotted-clause-after-paragraph-that-continues-nothing-goes-top-level",
    ),
    (
        ["ข้อ ๑ ให้ยกเลิก", "(๑) ประกาศฉบับแรก", "วรรคสอง", "(๓) ประกาศฉบับที่สาม"],
        ["ข้อ ๑", "  (๑)", "¶", "(๓)"],
        "clause-after-paragraph-goes-top-level",
    ),
    (
        ["(ก) ข้อความ", "(ข) ข้อความ", "(ค) ข้อความ"],
        ["(ก)", "(ข)", "(ค)"],
        "letters-at-top-level",
    ),
]


@pytest.mark.parametrize(("source", "expected"), [row[:2] for row in NESTING], ids=[row[2] for row in NESTING])
def test_nesting(source: list[str], expected: list[str]) -> None:
    assert outline(split_blocks(lines_of("\n".join(source)))) == expected


def test_clause_text_and_lines_are_its_own() -> None:
    blocks = split_blocks(lines_of("ข้อ ๒ ให้ ก.ค.ศ. ประกอบด้วย\n(๑) รัฐมนตรี เป็นประธาน\n(๒) ปลัดกระทรวง"))
    (khor,) = blocks
    assert isinstance(khor, Clause)
    assert (khor.label, khor.number, khor.text, khor.lines) == ("ข้อ ๒", "2", "ให้ ก.ค.ศ. ประกอบด้วย", (1, 1))
    assert [(c.label, c.number, c.text, c.lines) for c in khor.children] == [
        ("(๑)", "1", "รัฐมนตรี เป็นประธาน", (2, 2)),
        ("(๒)", "2", "ปลัดกระทรวง", (3, 3)),
    ]


def test_bare_label_takes_the_paragraph_below() -> None:
    (clause,) = split_blocks(lines_of("ข้อ ๑\nประกาศนี้เรียกว่า ประกาศกระทรวง"))
    assert isinstance(clause, Clause)
    assert (clause.label, clause.text, clause.lines) == ("ข้อ ๑", "ประกาศนี้เรียกว่า ประกาศกระทรวง", (1, 2))


def test_reference_at_line_start_is_a_paragraph() -> None:
    blocks = split_blocks(lines_of("ข้อ ๓ หรือข้อ ๔ แล้วแต่กรณี"))
    assert outline(blocks) == ["¶"]


def test_depth_is_bounded() -> None:
    blocks = split_blocks(lines_of("\n".join(["๑. ดังนี้"] * 50)))
    depth, level = 0, blocks
    while level:
        depth += 1
        last = level[-1]
        level = list(last.children) if isinstance(last, Clause) else []
    assert depth == MAX_DEPTH


def test_blank_and_empty_input() -> None:
    assert split_blocks([]) == []
    assert split_blocks(lines_of("\n\n")) == []


# -- inline lists -----------------------------------------------------------------------------

# (text, [(label or "¶", text)], id)
INLINE = [
    (
        "มีกรอบการทำงาน 3 ข้อ คือ 1. พัฒนาระบบข้อมูล 2.ส่งเสริมการใช้ข้อมูล 3.เพิ่มขีดความสามารถ",
        [("¶", "มีกรอบการทำงาน 3 ข้อ คือ"), ("1.", "พัฒนาระบบข้อมูล"), ("2.", "ส่งเสริมการใช้ข้อมูล"), ("3.", "เพิ่มขีดความสามารถ")],
        "dot-items",
    ),
    (
        "ได้เน้นย้ำภารกิจ ดังนี้ 1) แนวทางปฏิบัติ 2) การดำเนินการ",
        [("¶", "ได้เน้นย้ำภารกิจ ดังนี้"), ("1)", "แนวทางปฏิบัติ"), ("2)", "การดำเนินการ")],
        "close-items",
    ),
    (
        "ข้อ 3 ให้ยกเลิก (1) ประกาศฉบับแรก (2) ประกาศฉบับที่สอง",
        [("ข้อ 3", "ให้ยกเลิก"), ("(1)", "ประกาศฉบับแรก"), ("(2)", "ประกาศฉบับที่สอง")],
        "paren-items-after-labelled-lead-in",
    ),
    (
        "1. พัฒนาระบบข้อมูล 2. ส่งเสริมการใช้ข้อมูล",
        [("1.", "พัฒนาระบบข้อมูล"), ("2.", "ส่งเสริมการใช้ข้อมูล")],
        "no-lead-in",
    ),
    (
        "4.มีเซนเซอร์ตรวจวัดความชื้นได้ 5. รองรับระบบไฟฟ้า",
        [("4.", "มีเซนเซอร์ตรวจวัดความชื้นได้"), ("5.", "รองรับระบบไฟฟ้า")],
        "continues-own-label",
    ),
    (
        "ประกอบด้วย 1) Economy ส่งเสริมเศรษฐกิจ 2) Education ส่งเสริมการศึกษา และ 3) e-Service การบริหารงาน ซึ่งจะช่วยส่งเสริม",
        [("¶", "ประกอบด้วย"), ("1)", "Economy ส่งเสริมเศรษฐกิจ"), ("2)", "Education ส่งเสริมการศึกษา และ"),
         ("3)", "e-Service การบริหารงาน ซึ่งจะช่วยส่งเสริม")],
        "conjunction-kept-tail-kept",
    ),
    (
        "ดังนี้ 1) ห้ามจำหน่าย (สำนัก 3) กล่าว 2) ห้ามนำเข้า",
        [("¶", "ดังนี้"), ("1)", "ห้ามจำหน่าย (สำนัก 3) กล่าว"), ("2)", "ห้ามนำเข้า")],
        "number-closing-a-bracket-is-text",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [row[:2] for row in INLINE], ids=[row[2] for row in INLINE])
def test_split_inline(text: str, expected: list[tuple[str, str]]) -> None:
    blocks = split_inline(text, (7, 8))
    assert blocks is not None
    assert [(b.label if isinstance(b, Clause) else "¶", b.text) for b in blocks] == expected
    assert all(b.lines == (7, 8) for b in blocks)


def test_split_inline_nested_restart() -> None:
    text = "ดังนี้ 1) แนวทาง 2) การประเมิน ประกอบด้วย 1) Economy 2) Education 3) Equality"
    blocks = split_inline(text, (5, 5))
    assert blocks is not None
    assert outline(blocks) == ["¶", "1)", "2)", "  1)", "  2)", "  3)"]
    assert blocks[2].text == "การประเมิน ประกอบด้วย"


NOT_INLINE = [
    ("วันนี้ ( 21 มกราคม 2565) เวลา 13.30 น. ณ ห้องประชุม 5501", "time"),
    ("งบประมาณ 2.5 ล้านบาท และ 1.2 แสนคน", "decimals"),
    ("ครั้งที่ 3/2565 ณ วันที่ 21 มกราคม 2565", "meeting-number"),
    ("ผลงานประเภทจังหวัด (1 จังหวัด 1 พัฒนา) จำนวน 54 ผลงาน", "bracketed-phrase"),
    ("3. ข้อห้ามตาม 1. ไม่รวมถึงอากาศยานดังต่อไปนี้", "reference-to-item"),
    ("ประกอบด้วยอนุกรรมการตามข้อ 1 (1) (2) และ (3) จนกว่าจะได้แต่งตั้ง", "reference-chain"),
    ("กรรมการใน ก.ค.ศ. ตามมาตรา ๗ (๔) และ (๕) แห่งพระราชบัญญัติ", "statute-reference"),
    ("ในกรณีที่ไม่มีราคาตาม (1) (2) และ (3) ให้ใช้ราคาตาม (4)", "price-reference-chain"),
    ("มีกรอบการทำงาน คือ 1. พัฒนาระบบข้อมูล", "single-item"),
    ("ดังนี้ 2. พัฒนา 3. ส่งเสริม", "not-from-one"),
    ("ดังนี้ 1. พัฒนา 2) ส่งเสริม", "mixed-styles"),
    ("สำนักสนับสนุนสุขภาวะชุมชน (สำนัก 3) กล่าวว่า", "bracket"),
    ("ทั้ง 4 หน่วยงาน คือ กรมการพัฒนาชุมชน", "count"),
    ("", "empty"),
]


@pytest.mark.parametrize("text", [row[0] for row in NOT_INLINE], ids=[row[1] for row in NOT_INLINE])
def test_not_inline(text: str) -> None:
    assert split_inline(text, (1, 1)) is None


# -- the real documents -----------------------------------------------------------------------

MOU_CLAUSES = [
    "ส่งเสริมและสนับสนุนให้องค์กรปกครองส่วนท้องถิ่นเป็นหน่วยงานหลัก",
    "ส่งเสริมและสนับสนุนให้องค์กรปกครองส่วนท้องถิ่นพัฒนาและใช้ระบบข้อมูล",
    "จัดการความรู้และแลกเปลี่ยนเรียนรู้",
    "ส่งเสริมและสนับสนุนองค์กรปกครองส่วนท้องถิ่นให้มีศักยภาพ",
    "ส่งเสริมและสนับสนุนองค์กรปกครองส่วนท้องถิ่นให้มีการเตรียมความพร้อม",
    "ส่งเสริมและสนับสนุนด้านนโยบายและทรัพยากรเพื่อการดำเนินการ",
    "ส่งเสริมและสนับสนุนด้านนโยบายและทรัพยากรเพื่อการพัฒนาบุคลากร",
    "ส่งเสริมและสนับสนุนให้มีการเพิ่มขีดความสามารถ",
    "ให้มีคณะทำงานร่วม",
]
THAI_LABELS = ["(๑)", "(๒)", "(๓)", "(๔)", "(๕)", "(๖)", "(๗)", "(๘)", "(๙)"]


@pytest.mark.parametrize(
    ("name", "first", "last", "first_lines"),
    [
        ("circular-dla-mou-thaihealth-2556.txt", 63, 80, [63, 65, 67, 69, 71, 74, 76, 78, 80]),
        ("news-dla-thaihealth-mou-clauses.txt", 17, 33, [17, 19, 21, 23, 25, 27, 29, 31, 33]),
    ],
    ids=["seed-001-attached-mou", "seed-000-news"],
)
def test_mou_clauses(name: str, first: int, last: int, first_lines: list[int]) -> None:
    blocks = body(SAMPLES / name, first, last)
    assert all(isinstance(b, Clause) and not b.children for b in blocks)
    assert [b.label for b in blocks] == THAI_LABELS
    assert [b.number for b in blocks] == [str(n) for n in range(1, 10)]
    assert [b.lines[0] for b in blocks] == first_lines
    for block, words in zip(blocks, MOU_CLAUSES):
        assert block.text.startswith(words), (block.label, block.text[:60])


def test_seed_002_six_inline_items() -> None:
    blocks = body(SAMPLES / "news-four-agency-mou-inline-items.txt", 21, 21)
    lead_in, *items = blocks
    assert isinstance(lead_in, Paragraph) and lead_in.text.endswith("ซึ่งมีกรอบการทำงาน 6 ข้อ คือ")
    assert [(i.label, i.number) for i in clauses(items)] == [(f"{n}.", str(n)) for n in range(1, 7)]
    first_words = [
        "พัฒนาและบูรณาการ", "ส่งเสริมและสนับสนุน", "เพิ่มขีดความสามารถ", "พัฒนาตัวชี้วัด", "สนับสนุนและพัฒนา", "ให้มีคณะทำงานร่วม",
    ]
    for item, words in zip(clauses(items), first_words):
        assert item.text.startswith(words)
    assert all(b.lines == (21, 21) for b in walk(blocks))
    assert clauses(items)[-1].text.endswith("ในช่วงระยะเวลาไม่เกิน 3 ปี")


def test_seed_003_directives_with_nested_list() -> None:
    blocks = body(SAMPLES / "news-dla-meeting-directives.txt", 5, 5)
    lead_in, *directives = blocks
    assert isinstance(lead_in, Paragraph) and lead_in.text.endswith("ทั่วประเทศ ดังนี้")
    assert "13.30 น." in lead_in.text
    assert [d.label for d in clauses(directives)] == ["1)", "2)", "3)", "4)"]
    first_words = ["แนวทางปฏิบัติ", "การดำเนินการแก้ไข", "การดำเนินการของศูนย์", "การประเมินคุณธรรม"]
    for directive, words in zip(clauses(directives), first_words):
        assert directive.text.startswith(words)
    fourth = clauses(directives)[3]
    assert fourth.text.endswith("หรือ 10Es ประกอบด้วย")
    assert "(1 จังหวัด 1 พัฒนา)" in fourth.text
    assert [c.label for c in fourth.children] == [f"{n})" for n in range(1, 11)]
    assert [c.text.split()[0] for c in fourth.children] == [
        "Economy", "Education", "Equality", "Election", "Environment",
        "Effective", "Emergency", "Evaluation", "Essential", "e-Service",
    ]
    assert fourth.children[8].text == "Essential Infrastructure การฟื้นฟูซ่อมแซมโครงสร้างพื้นฐาน และ"
    # Nothing marks the end of an inline list: the rest of the paragraph stays in the last item.
    assert fourth.children[9].text.endswith("ครั้งที่ 3/2565 ณ วันที่ 21 มกราคม 2565")


def test_seed_004_five_items_one_per_line() -> None:
    blocks = body(SAMPLES / "news-three-party-mou-five-items.txt", 18, 32)
    assert outline(blocks) == ["¶", "1.", "2.", "3.", "4.", "5.", "¶"]
    items = clauses(blocks)
    assert [i.number for i in items] == ["1", "2", "3", "4", "5"]
    assert [i.lines for i in items] == [(21, 21), (23, 23), (25, 25), (27, 27), (29, 29)]
    first_words = ["พัฒนาระบบการจัดการ", "เตรียมความพร้อม", "ยกระดับการจัดการ", "เสริมสร้างความเข้มแข็ง", "การจัดการและปรับ"]
    for item, words in zip(items, first_words):
        assert item.text.startswith(words)


def test_corpus_014_order() -> None:
    blocks = body(CORPUS / "014.txt", 13, 31)
    assert outline(blocks) == [
        "ข้อ 1", "  (1)", "  (2)", "  (3)", "  (4)", "  (5)", "¶",
        "ข้อ 2", "ข้อ 3", "¶", "ข้อ 4", "ข้อ 5", "ข้อ 6", "ข้อ 7", "¶", "ข้อ 8", "¶", "ข้อ 9", "ข้อ 10",
    ]
    assert [c.number for c in clauses(blocks)] == [str(n) for n in range(1, 11)]
    # "ข้อ 1 (4) และ" and "ตามข้อ 1 (1) (2) และ (3)" inside clauses are references, not items.
    assert "ตามข้อ 1 (1) (2) และ (3)" in clauses(blocks)[5].text


def test_corpus_016_order_thai_digits() -> None:
    blocks = body(CORPUS / "016.txt", 11, 45)
    khor = clauses(blocks)
    assert [c.label for c in khor] == [f"ข้อ {d}" for d in "๑ ๒ ๓ ๔ ๕ ๖ ๗ ๘ ๙ ๑๐ ๑๑ ๑๒ ๑๓ ๑๔ ๑๕".split()]
    assert [c.number for c in khor] == [str(n) for n in range(1, 16)]
    children = {c.number: [(k.label, k.number) for k in c.children] for c in khor if c.children}
    assert children == {n: [("(๑)", "1"), ("(๒)", "2"), ("(๓)", "3")] for n in ("2", "5", "6")}
    assert "ตามมาตรา ๗ (๔) และ (๕)" in khor[0].text


def test_corpus_009_nested_twelve_and_letters() -> None:
    blocks = body(CORPUS / "009.txt", 12, 123)
    khor = {c.number: c for c in clauses(blocks)}
    assert list(khor) == [str(n) for n in range(1, 8)]
    assert [c.label for c in khor["5"].children] == [f"({n})" for n in range(1, 13)]
    assert [c.label for c in khor["3"].children] == ["(1)", "(2)", "(3)", "(4)"]
    assert len(khor["6"].children) == 9 and not any(c.children for c in khor["6"].children)
    groups = khor["7"].children
    assert [c.label for c in groups] == [f"({n})" for n in range(1, 10)]
    assert [len(g.children) for g in groups] == [10, 5, 6, 6, 9, 7, 8, 13, 5]
    assert [c.label for c in groups[0].children] == ["(ก)", "(ข)", "(ค)", "(ง)", "(จ)", "(ฉ)", "(ช)", "(ซ)", "(ฌ)", "(ญ)"]
    assert groups[2].lines == (62, 63)  # "… มีอำน" / "ดังต่อไปนี้": a wrapped line joined


def test_corpus_011_items_and_reference() -> None:
    blocks = body(CORPUS / "011.txt", 9, 21)
    assert outline(blocks) == ["¶", "¶", "1.", "2.", "3.", "  (1)", "  (2)", "  (3)", "  (4)", "  (5)", "  (6)", "4.", "¶"]
    third = clauses(blocks)[2]
    assert third.text == "ข้อห้ามตาม 1. ไม่รวมถึงอากาศยานดังต่อไปนี้"


def test_corpus_004_thai_dot_items() -> None:
    blocks = body(CORPUS / "004.txt", 10, 13)
    assert [(c.label, c.number) for c in clauses(blocks)] == [("๑.", "1"), ("๒.", "2")]


# -- properties -------------------------------------------------------------------------------

_LABELS = st.sampled_from([
    "", "", "ข้อ ๑", "ข้อ 2", "ข้อ ๓.๑", "ข้อ ๑/๑", "ข้อ ๓ หรือ", "(๑)", "(2)", "(ก)", "1.", "๒.", "๒.๑", "1)",
    "ก.", "ก.พ.", "•", "-", "- ๒ -", "13.30 น.", "2.5 ล้าน",
])
_WORDS = st.sampled_from([
    "ดังนี้", "คือ", "ตาม", "และ", "ให้", "ส่งเสริม", "1.", "2.", "1)", "2)", "(1)", "(2)", "3/2565", "(สำนัก 3)",
    "กรมส่งเสริมการปกครองท้องถิ่น กระทรวงมหาดไทย และสำนักงานกองทุนสนับสนุนการสร้างเสริม", " ", "\f",
])
_LINE = st.tuples(st.sampled_from(["", "", " ", "    "]), _LABELS, st.lists(_WORDS, max_size=8)).map(
    lambda parts: parts[0] + " ".join([parts[1], *parts[2]])
)
_DOCUMENT = st.lists(_LINE, max_size=40).map("\n".join)


def _spans(blocks: Sequence[Block]) -> set[tuple[int, int]]:
    return {block.lines for block in walk(blocks)}


@settings(derandomize=True, max_examples=400, deadline=None)
@given(_DOCUMENT)
def test_split_blocks_is_lossless(text: str) -> None:
    """Never raises; every non-blank line lies in exactly one span (inline items share theirs)."""
    lines = lines_of(text)
    blocks = split_blocks(lines)
    spans = sorted(_spans(blocks))
    for (_, last), (first, _) in zip(spans, spans[1:]):
        assert last < first  # distinct spans never overlap
    covered = {n for first, last in spans for n in range(first, last + 1)}
    assert {line.number for line in lines if not line.blank} <= covered
    assert covered <= {line.number for line in lines}
    order = [block.lines for block in walk(blocks)]
    assert order == sorted(order)  # blocks read in source order


@pytest.mark.slow  # over two seconds; test_hostile_line below keeps long input in the fast tier
def test_large_inputs() -> None:
    """Linear work: a 20,000-line file of nested numbered lines and 50,000 "๑." lines parse
    in seconds (benchmarks print figures; tests assert no timing)."""
    nested = []
    for i in range(2000):
        n = i % 900 + 1  # clause numbers have at most three digits
        nested += [f"ข้อ {n} ให้ดำเนินการ ดังนี้", f"{n}.1 ข้อเท็จจริง", "(1) ส่งเสริม", "(ก) พัฒนา", "(ข) ประสาน", "(ค) ติดตาม",
                   "(2) สนับสนุน ได้แก่ 1) แนวทาง 2) วิธีการ", "• หมายเหตุ", "- รายละเอียด", "วรรคสอง ให้เป็นไปตามนั้น"]
    blocks = split_blocks(lines_of("\n".join(nested)))
    assert len(nested) == 20_000
    assert outline(blocks[:2]) == [
        "ข้อ 1", "  1.1", "    (1)", "      (ก)", "      (ข)", "      (ค)", "    (2)", "      1)", "      2)", "        •", "          -",
        "¶",
    ]
    assert len(blocks) == 4000
    flat = split_blocks(lines_of("\n".join(["๑."] * 50_000)))
    assert len(flat) == 50_000 and flat[-1].lines == (50_000, 50_000)


HOSTILE = [
    ("(" * 1_000_000, "brackets"),
    ("๑.๑." * 250_000, "dotted-numbers"),
    ("ข้อ " + "๑" * 1_000_000, "long-number"),
    ("- " + " " * 1_000_000 + "๒ ข้อความ", "dash-and-spaces"),
    ("ตาม (1) " * 120_000, "reference-chain"),
    (" ".join(f"{n % 99 + 1}. ก" for n in range(20_000)), "inline-items"),
]


@pytest.mark.parametrize("text", [row[0] for row in HOSTILE], ids=[row[1] for row in HOSTILE])
def test_hostile_line(text: str) -> None:
    """One long line of numbering debris (SPEC §7): linear work, one span."""
    blocks = split_blocks(lines_of(text))
    assert _spans(blocks) == {(1, 1)}


# -- text quoted into a document: the other document's numbers are not clauses ------------------


def test_quoted_replacement_text_is_not_clauses():
    from moukit.lines import split_lines
    from moukit.parts.clauses import split_blocks

    lines = split_lines(
        "ข้อ ๑ ระเบียบนี้เรียกว่า “ระเบียบกระทรวง (ฉบับที่ ๒)”\n"
        "ข้อ ๒ ให้ยกเลิกความในข้อ ๗ และให้ใช้ความต่อไปนี้แทน\n"
        "“ข้อ ๗ ในโอกาสและวันพิธีสำคัญ ให้ชักธงชาติ ดังนี้\n"
        "(๑) วันขึ้นปีใหม่\n"
        "(๒) วันมาฆบูชา\n"
        "การชักธงชาติในโอกาสอื่นให้เป็นไปตามที่กระทรวงกำหนด”\n"
        "ข้อ ๓ ระเบียบนี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศ\n")
    blocks = split_blocks(lines)
    assert [b.number for b in blocks if b.type == "clause"] == ["1", "2", "3"]
    assert all(b.children == () for b in blocks if b.type == "clause")
    # the quoted wording is the text of the clause that quotes it, not paragraphs of its own
    assert [b.lines for b in blocks] == [(1, 1), (2, 6), (7, 7)]
    assert blocks[1].text.endswith("ให้ใช้ความต่อไปนี้แทน “ข้อ ๗ ในโอกาสและวันพิธีสำคัญ ให้ชักธงชาติ ดังนี้ "
                                   "(๑) วันขึ้นปีใหม่ (๒) วันมาฆบูชา การชักธงชาติในโอกาสอื่นให้เป็นไปตามที่กระทรวงกำหนด”")


def test_a_quote_never_closed_quotes_nothing():
    from moukit.lines import split_lines
    from moukit.parts.clauses import split_blocks

    blocks = split_blocks(split_lines("“ข้อความที่ไม่ปิด\n(๑) รายการแรก\n(๒) รายการที่สอง\n"))
    assert [b.number for b in blocks if b.type == "clause"] == ["1", "2"]


def test_corpus_217_quoted_clause_seven_is_text_of_clause_four():
    from moukit import parse_file

    doc = parse_file(CORPUS / "217.txt")
    (regulation,) = doc.attachments
    assert [b.number for b in regulation.body if b.type == "clause"] == ["1", "2", "3", "4"]


def test_a_lead_in_that_goes_on_before_its_sub_clauses_keeps_them_under_it():
    from moukit.lines import split_lines

    blocks = split_blocks(split_lines(
        "5. ความร่วมมือทางเศรษฐกิจ : ผู้นำทั้งสองเห็นพ้องที่จะส่งเสริม\n"
        "ความร่วมมือทางเศรษฐกิจในประเด็นต่อไปนี้ :\n"
        "5.1 การค้าและการลงทุน\n"
        "5.2 ความมั่นคงทางอาหาร\n"
        "6. ความร่วมมือด้านการศึกษา\n"))
    five, six = blocks
    assert (five.number, [c.number for c in five.children], six.number) == ("5", ["5.1", "5.2"], "6")
    assert five.text.endswith("ในประเด็นต่อไปนี้ :") and five.lines == (1, 2)


# -- an enumeration inside a sentence is not a list of clauses (issue 11) --------------------


def test_items_each_joined_to_the_next_are_a_sentences_enumeration():
    text = ("in three areas of cooperation; namely, (1) human resource development, regulatory reform, "
            "innovation, (2) Bio-Circular-Green (BCG) Economy and (3) infrastructure.")
    assert split_inline(text, (1, 1)) is None
    thai = "ความร่วมมือสามด้าน ได้แก่ (๑) การพัฒนาบุคลากร, (๒) การวิจัย และ (๓) การบริการวิชาการ"
    assert split_inline(thai, (1, 1)) is None


def test_items_not_joined_are_still_split():
    text = "กรอบการทำงาน 3 ข้อ คือ 1. พัฒนาระบบข้อมูล 2.ส่งเสริมการเรียนรู้ 3.เพิ่มขีดความสามารถ"
    blocks = split_inline(text, (1, 1))
    assert [b.label for b in blocks if isinstance(b, Clause)] == ["1.", "2.", "3."]


def test_real_joint_statement_enumeration_stays_its_paragraph():
    from moukit import parse_file

    (statement,) = parse_file(CORPUS / "215.txt").attachments
    assert not any(isinstance(block, Clause) for block in statement.body)
