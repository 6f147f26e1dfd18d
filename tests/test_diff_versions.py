"""``moukit diff`` on versions as they come: the clause tree, people as rows, damage, header
fields and the summary in words (issue 17).

Real pairs: corpus 011 → 012 (editions 2 → 3 of one ประกาศ), corpus 014 against a copy whose
text layer lost every ำ (the damage of real PDFs, made mechanically on the real text). The
order/supplement and the member lists are short constructed orders with invented names, on the
pattern of real appointment orders (corpus 225: committees with member rows).
"""

from __future__ import annotations

from moukit import diff_documents, parse_file, parse_text
from moukit.diff.select import select_document
from moukit.models import Clause, Document, Paragraph

from .conftest import CORPUS, moukit

HEAD = """คำสั่งกรมทดสอบระบบ
ที่ ๑๒/๒๕๖๗
เรื่อง แต่งตั้งคณะกรรมการดำเนินงานจัดงานวันเด็กแห่งชาติ{supplement}

อาศัยอำนาจตามความในมาตรา ๓๒ แห่งพระราชบัญญัติระเบียบบริหารราชการแผ่นดิน พ.ศ. ๒๕๓๔ จึงแต่งตั้งคณะกรรมการ ดังนี้

"""
TAIL = """
ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป

สั่ง ณ วันที่ ๑ มกราคม พ.ศ. ๒๕๖๗

({signer})
{position}
"""
FIRST = "๑. คณะกรรมการอำนวยการ ประกอบด้วย"
SECOND = "๒. คณะกรรมการฝ่ายสถานที่ ประกอบด้วย"
VEERA = "นายวีระ สมความคิด ประธานกรรมการ"
USA = "นางสาวอุษา ใจงาม กรรมการ"
SOMSAK = "นายสมศักดิ์ ทองดี กรรมการและเลขานุการ"
UMAPORN = "นางอุมาพร ศรีสุข กรรมการ"
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"


def order(*sections: tuple[str, list[str]], supplement: str = "", signer: str = "นายสมชาย ใจดี",
          position: str = "อธิบดีกรมทดสอบระบบ") -> str:
    body = []
    for heading, rows in sections:
        body.append(heading)
        body += [f"({THAI_DIGITS[n]}) {row}" for n, row in enumerate(rows, start=1)]
    return HEAD.format(supplement=supplement) + "\n".join(body) + "\n" + TAIL.format(signer=signer, position=position)


def changes(diff):
    return [(c.change, c.old.label if c.old else None, c.new.label if c.new else None)
            for c in diff.clauses if c.change != "unchanged" or c.moved]


def members(diff) -> list[tuple[str, int | None, int | None, str]]:
    """(change, old line, new line, row text) of each changed member, whether the parser lists
    the committees (``appointments``) or the members stay clauses of the body."""
    rows = [(r.change, r.old_lines and r.old_lines[0], r.new_lines and r.new_lines[0], r.new or r.old)
            for group in diff.people if group.group == "appointments" for r in group.rows]
    rows += [(c.change, c.old and c.old.lines[0], c.new and c.new.lines[0], (c.new or c.old).text)
             for c in diff.clauses if c.person]
    return [row for row in rows if row[0] != "unchanged"]


def clause(label: str, text: str, line: int, *children) -> Clause:
    return Clause(label=label, number=label.strip("()."), text=text, lines=(line, line), children=children)


def document(*body) -> Document:
    return Document(kind="order", lines=(1, 40), body=body)


# -- the tree -------------------------------------------------------------------------------


def test_a_member_twice_listed_pairs_within_its_own_committee():
    # วีระ sits on both committees; the new version drops him from the first only. A flat
    # alignment pairs the old first committee's วีระ with his twin under the second.
    old = document(clause("๑.", FIRST[3:], 7, clause("(๑)", VEERA, 8), clause("(๒)", USA, 9)),
                   clause("๒.", SECOND[3:], 10, clause("(๑)", VEERA, 11), clause("(๒)", USA, 12)))
    new = document(clause("๑.", FIRST[3:], 7, clause("(๑)", USA, 8)),
                   clause("๒.", SECOND[3:], 9, clause("(๑)", VEERA, 10), clause("(๒)", USA, 11),
                          clause("(๓)", UMAPORN, 12)))
    diff = diff_documents(old, new)
    assert members(diff) == [("removed", 8, None, VEERA), ("added", None, 12, UMAPORN)]  # วีระ: under ๑.
    assert not any(c.moved for c in diff.clauses)
    assert diff.description == "1 member added, 1 member removed"


def test_members_twice_listed_in_a_parsed_order():
    # The same, read from text: the parser lists the committees or keeps the rows as clauses.
    old = parse_text(order((FIRST, [VEERA, USA, SOMSAK]), (SECOND, [VEERA, USA, SOMSAK])))
    new = parse_text(order((FIRST, [USA, SOMSAK]), (SECOND, [VEERA, USA, SOMSAK, UMAPORN])))
    diff = diff_documents(old, new)
    assert [(change, old_line, new_line) for change, old_line, new_line, _ in members(diff)] == [
        ("removed", 8, None), ("added", None, 14)]
    assert diff.description == "1 member added, 1 member removed"


def test_a_clause_moved_to_another_parent_says_so():
    duty = "ให้คณะกรรมการจัดทำรายงานผลการดำเนินงานเสนออธิบดีภายในสามสิบวัน"
    old = document(clause("๑.", "การจัดงาน", 1, clause("(๑)", "ให้จัดเตรียมสถานที่", 2), clause("(๒)", duty, 3)),
                   clause("๒.", "การประเมินผล", 4, clause("(๑)", "ให้ประเมินผลการจัดงาน", 5)))
    new = document(clause("๑.", "การจัดงาน", 1, clause("(๑)", "ให้จัดเตรียมสถานที่", 2)),
                   clause("๒.", "การประเมินผล", 3, clause("(๑)", "ให้ประเมินผลการจัดงาน", 4), clause("(๒)", duty, 5)))
    moved = [c for c in diff_documents(old, new).clauses if c.moved]
    assert len(moved) == 1 and moved[0].change == "unchanged"
    assert (moved[0].moved_parent.old, moved[0].moved_parent.new) == ("๑.", "๒.")


# -- people as rows -------------------------------------------------------------------------


def test_a_new_member_is_added_not_a_reworded_old_one():
    # The slot of วีระ goes to อุมาพร: two people, not วีระ → อุมาพร.
    for diff in (diff_documents(document(clause("(๑)", VEERA, 1), clause("(๒)", USA, 2)),
                                document(clause("(๑)", UMAPORN, 1), clause("(๒)", USA, 2))),
                 diff_documents(parse_text(order((FIRST, [VEERA, USA]))), parse_text(order((FIRST, [UMAPORN, USA]))))):
        assert sorted((change, text.split(" — ")[0].split(" ")[0]) for change, _, _, text in members(diff)) == [
            ("added", "นางอุมาพร"), ("removed", "นายวีระ")]


def test_the_same_member_with_a_new_role_is_modified_with_word_edits():
    new_role = SOMSAK.replace("กรรมการและเลขานุการ", "กรรมการ")
    diff = diff_documents(document(clause("(๑)", VEERA, 1), clause("(๒)", SOMSAK, 2)),
                          document(clause("(๑)", VEERA, 1), clause("(๒)", new_role, 2)))
    (changed,) = [c for c in diff.clauses if c.change != "unchanged"]
    assert (changed.change, changed.person) == ("modified", "นายสมศักดิ์ ทองดี")
    assert [(e.op, e.old) for e in changed.edits if e.op != "equal"] == [("delete", "และเลขานุการ")]
    assert diff.description == "1 member changed"
    parsed = diff_documents(parse_text(order((FIRST, [VEERA, SOMSAK]))), parse_text(order((FIRST, [VEERA, new_role]))))
    assert [change for change, *_ in members(parsed)] == ["modified"] and parsed.description == "1 member changed"


def test_signatories_are_rows_keyed_by_the_person():
    base = parse_text(order((FIRST, [VEERA])))
    spaced = parse_text(order((FIRST, [VEERA]), signer="นาย สมชาย  ใจดี"))
    assert [s.change for s in diff_documents(base, spaced).signatories] == ["unchanged"]
    promoted = diff_documents(base, parse_text(order((FIRST, [VEERA]), position="รองอธิบดีกรมทดสอบระบบ")))
    (row,) = promoted.signatories
    assert (row.change, row.changed) == ("modified", ("position",))
    assert [(e.op, e.new) for e in row.edits if e.op != "equal"] == [("insert", "รอง")]
    other = diff_documents(base, parse_text(order((FIRST, [VEERA]), signer="นายสมปอง ใจดี")))
    assert sorted(s.change for s in other.signatories) == ["added", "removed"]
    # A misspelt name corrected, nothing else changed: the same signer, its name respelt.
    respelt = diff_documents(parse_text(order((FIRST, [VEERA]), signer="นายสมชาย ใจดีย์")), base)
    assert [(s.change, s.changed) for s in respelt.signatories] == [("modified", ("name",))]


# -- damage ---------------------------------------------------------------------------------


def _lost_sara_am(text: str) -> str:
    return text.replace("\u0e33", "\u0e32")


def test_a_copy_that_lost_every_sara_am_is_damage_not_edits():
    text = (CORPUS / "014.txt").read_text(encoding="utf-8-sig")
    old = select_document(parse_text(text), "order")
    new = select_document(parse_text(_lost_sara_am(text)), "order")
    assert "lost_sara_am" in {w.code for w in parse_text(_lost_sara_am(text)).warnings}
    diff = diff_documents(old, new)
    assert diff.summary.modified == diff.summary.added == diff.summary.removed == 0
    (note,) = diff.damage
    assert note.kind == "lost_sara_am" and diff.summary.damaged > 5
    assert note.count == sum(1 for block in (*diff.clauses, *diff.paragraphs) if block.damage)
    assert note.old_lines == note.new_lines  # the same lines on both sides
    assert diff.description == f"{note.count} blocks differ only by damage (lost ำ)"  # the title too: no change
    strict = diff_documents(old, new, strict=True)
    assert strict.summary.modified == diff.summary.damaged and not strict.damage


def test_a_real_edit_in_a_damaged_copy_shows_alone():
    text = (CORPUS / "014.txt").read_text(encoding="utf-8-sig")
    edited = _lost_sara_am(text).replace("จานวนหนึ่งคน", "จานวนสองคน", 1)
    diff = diff_documents(select_document(parse_text(text), "order"), select_document(parse_text(edited), "order"))
    (changed,) = [c for c in diff.clauses if c.change == "modified"]
    assert [(e.op, e.old, e.new) for e in changed.edits if e.op != "equal"] == [("replace", "หนึ่ง", "สอง")]


def test_tone_marks_moved_by_the_text_layer_are_damage():
    # Corpus 026 (a Royal Gazette PDF): "เลม่" for "เล่ม", "ทอ้ งถิ่น" for "ท้องถิ่น".
    clean = order((FIRST, ["ให้รวบรวมเล่มรายงานขององค์กรปกครองส่วนท้องถิ่นทุกแห่ง"]))
    damaged = clean.replace("เล่ม", "เลม่").replace("ท้องถิ่น", "ทอ้ งถิ่น")
    diff = diff_documents(parse_text(clean), parse_text(damaged))
    assert diff.summary.modified == 0 and [n.kind for n in diff.damage] == ["mark_order"]
    assert diff_documents(parse_text(clean), parse_text(damaged), strict=True).summary.modified == 1
    # A tone mark added or dropped is an edit, damage or not.
    dropped = clean.replace("เล่ม", "เลม")
    assert diff_documents(parse_text(clean), parse_text(dropped)).summary.modified == 1


# -- header fields and the summary in words ----------------------------------------------------


def test_editions_011_to_012_read_as_an_edition_change():
    old = select_document(parse_file(CORPUS / "011.txt"), "announcement")
    new = select_document(parse_file(CORPUS / "012.txt"), "announcement")
    diff = diff_documents(old, new)
    edition = next(f for f in diff.header if f.field == "edition")
    assert (edition.old, edition.new) == ("2", "3")
    # Read side by side: items 1, (5) and 4 reworded; the preamble's two paragraphs too (the
    # ตามที่ … paragraph now cites edition 2 as well, the next adds "ต่อไปอีก"); the title (the page
    # cut it short in 011), the edition and the signing date changed.
    assert diff.description == ("3 clauses reworded, 2 paragraphs reworded, edition 2 → 3, title changed, "
                                "date of signing changed")
    cited = next(p for p in diff.paragraphs if p.change == "modified")
    assert "(ฉบับที่ 2) ประกาศ ณ วันที่ 6 เมษายน 2563" in "".join(e.new for e in cited.edits if e.op != "equal")


def test_a_supplement_and_a_blanked_reference_are_header_changes():
    old = parse_text(order((FIRST, [VEERA])))
    new = parse_text(order((FIRST, [VEERA, UMAPORN]), supplement=" (เพิ่มเติม)"))
    diff = diff_documents(old, new)
    supplement = next(f for f in diff.header if f.field == "supplement")
    assert (supplement.old, supplement.new) == (None, "เพิ่มเติม")
    assert diff.description == "1 member added, now a supplement (เพิ่มเติม)"
    blanked = new.model_copy(update={"header": new.header.model_copy(update={"ref": None})})
    assert "reference number blanked" in diff_documents(new, blanked).description


def test_the_same_document_is_described_as_no_differences():
    doc = parse_text(order((FIRST, [VEERA])))
    assert diff_documents(doc, doc).description == "no differences"


# -- selectors and --list -----------------------------------------------------------------------


def test_the_nth_document_of_a_kind_is_selected_by_kind_and_count():
    from moukit.diff.select import split_selector

    assert split_selector("news.txt#announcement#2") == ("news.txt", "announcement#2")
    doc = parse_file(CORPUS / "008.txt")  # a news page quoting three announcements
    assert select_document(doc, "announcement#2").lines == (18, 27)
    assert select_document(doc, "announcement").lines == select_document(doc, "announcement#1").lines == (8, 16)


def test_a_selector_that_matches_nothing_names_what_the_file_holds():
    import pytest

    from moukit.errors import SelectorError

    doc = parse_file(CORPUS / "008.txt")
    with pytest.raises(SelectorError, match=r"3 announcement\(s\), not 5 .*#0 \(news\), #announcement, "
                                            r"#announcement#2, #announcement#3"):
        select_document(doc, "announcement#5", path="008.txt")
    with pytest.raises(SelectorError, match=r"no order in the file \(it holds: #0 \(news\), #announcement"):
        select_document(doc, "order", path="008.txt")


def test_diff_list_names_each_document_with_its_selector():
    result = moukit("diff", "--list", CORPUS / "008.txt")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert lines[0].endswith("008.txt: 4 documents")
    assert [line.split()[0].rsplit("#", 1)[-1] for line in lines[1:]] == ["0", "announcement", "2", "3"]
    assert "008.txt#announcement#2" in lines[3] and "lines 18-27" in lines[3]
    alone = moukit("diff", CORPUS / "008.txt")
    assert alone.returncode == 2 and alone.stderr.count(b"\n") == 1 and b"--list" in alone.stderr


# -- the views ------------------------------------------------------------------------------------


def test_every_view_opens_with_the_summary_in_words(tmp_path):
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(order((FIRST, [VEERA, USA])), encoding="utf-8")
    new.write_text(order((FIRST, [VEERA, USA, UMAPORN])), encoding="utf-8")
    said = "1 member added"
    assert moukit("diff", "-f", "md", old, new).stdout.decode().splitlines()[0] == f"# moukit diff — {said}"
    assert moukit("diff", "-f", "unified", old, new).stdout.decode().splitlines()[0] == said
    assert f"<h1>moukit diff: {said}</h1>" in moukit("diff", "-f", "html", old, new).stdout.decode()
    assert moukit("diff", "-f", "table", old, new).stdout.decode().splitlines()[0] == said
    assert f'"description": "{said}"' in moukit("diff", "-f", "json", old, new).stdout.decode()


def test_views_show_a_changed_person_word_by_word_and_the_damage():
    from moukit.export.diff_markdown import to_diff_markdown

    base = parse_text(order((FIRST, [VEERA])))
    promoted = diff_documents(base, parse_text(order((FIRST, [VEERA]), position="รองอธิบดีกรมทดสอบระบบ")))
    assert "- modified (position): นายสมชาย ใจดี — <ins>รอง</ins>อธิบดีกรมทดสอบระบบ" in to_diff_markdown(promoted)
    text = (CORPUS / "014.txt").read_text(encoding="utf-8-sig")
    damaged = diff_documents(select_document(parse_text(text), "order"),
                             select_document(parse_text(_lost_sara_am(text)), "order"))
    page = to_diff_markdown(damaged)
    assert "Damage (not counted as changes)" in page and "lost ำ (the text layer prints า): 19 blocks" in page


def test_committees_compare_committee_by_committee_with_members_and_duties():
    # Any Document that lists its committees (``appointments``: committee, members, duties).
    from types import SimpleNamespace as Of

    from moukit.diff.compare import Mode
    from moukit.diff.rows import diff_people

    def member(honorific, name, role, line):
        return Of(honorific=honorific, name=name, position=None, role=role, note=None, lines=(line, line))

    duty = Paragraph(text="มีหน้าที่จัดเตรียมสถานที่และอำนวยความสะดวกแก่ผู้ร่วมงาน", lines=(9, 9))
    old = Of(meeting=None, appointments=[
        Of(committee="คณะกรรมการอำนวยการ", members=[member("นาย", "วีระ สมความคิด", "ประธานกรรมการ", 2)], duties=()),
        Of(committee="คณะกรรมการฝ่ายสถานที่", members=[member("นาย", "วีระ สมความคิด", "กรรมการ", 5),
                                                       member("นาย", "สมศักดิ์ ทองดี", "กรรมการ", 6)], duties=(duty,))])
    new = Of(meeting=None, appointments=[
        Of(committee="คณะกรรมการอำนวยการ", members=[member("นาย", "วีระ  สมความคิด", "ประธานกรรมการ", 2)], duties=()),
        Of(committee="คณะกรรมการฝ่ายสถานที่", members=[member("นาย", "วีระ สมความคิด", "กรรมการ", 5),
                                                       member("นาย", "สมศักดิ์ ทองดี", "กรรมการและเลขานุการ", 6),
                                                       member("นาง", "อุมาพร ศรีสุข", "กรรมการ", 7)],
           duties=(duty.model_copy(update={"text": duty.text.replace("และ", "และจัดระบบจราจร และ")}),))])
    first, second = diff_people(old, new, Mode(strict=False))
    assert (first.change, [r.change for r in first.rows]) == ("unchanged", ["unchanged"])
    assert (second.old, second.change) == ("คณะกรรมการฝ่ายสถานที่", "modified")
    assert [(r.change, r.changed) for r in second.rows] == [("unchanged", ()), ("modified", ("role",)), ("added", ())]
    assert [d.change for d in second.duties] == ["modified"]


def _rows_of_224(text: str) -> Document:
    """Lines 38-50 of corpus 224 (the ministers appointed, one row each, NBSP-padded) as the
    paragraphs of a Document, spaces collapsed as parsing does: the rows as some documents
    keep them, whatever the parser makes of this page's layout."""
    lines = text.split("\n")[37:50]
    return document(*(Paragraph(text=" ".join(line.split()), lines=(n, n)) for n, line in enumerate(lines, start=38)))


def test_ministers_listed_as_rows_in_a_real_proclamation():
    # Corpus 224 (a พระบรมราชโองการ naming ministers) against a copy where one minister is
    # replaced and another gets a new ministry: two people and one change of post, not two
    # reworded rows.
    import re

    text = (CORPUS / "224.txt").read_text(encoding="utf-8")
    copy = text.replace("นายเผ่าภูมิ โรจนสกุล", "นายสมชาย ใจดี")
    copy = re.sub(r"(นายพิชิต ชื่นบาน[\s\xa0]+เป็น)รัฐมนตรีประจำสำนักนายกรัฐมนตรี", r"\1รัฐมนตรีว่าการกระทรวงแรงงาน", copy)
    diff = diff_documents(_rows_of_224(text), _rows_of_224(copy))
    assert diff.description == "1 person changed, 1 person added, 1 person removed"
    rows = [(p.change, p.person) for p in diff.paragraphs if p.change != "unchanged"]
    assert rows == [("modified", "นายพิชิต ชื่นบาน"), ("removed", "นายเผ่าภูมิ โรจนสกุล"), ("added", "นายสมชาย ใจดี")]
    changed = next(p for p in diff.paragraphs if p.change == "modified")
    assert [(e.op, e.old, e.new) for e in changed.edits if e.op != "equal"] == [
        ("replace", "ประจำสำนักนายกรัฐมนตรี", "ว่าการกระทรวงแรงงาน")]


def test_a_memo_signed_back_shows_its_approval_blocks_as_rows():
    # The first and the last version of a memo form (tests/data/memos, written on the forms
    # schools use): the director's block is added, then ticked; the deputy's stays.
    signed = (CORPUS.parent / "data" / "memos" / "memo-approval-blocks.txt").read_text(encoding="utf-8")
    sent = signed[: signed.index("คำสั่ง/ความเห็นของผู้อำนวยการโรงเรียน")]
    ticked = signed.replace("[  ] อนุญาต", "[/] อนุญาต")
    added = diff_documents(parse_text(sent), parse_text(signed))
    assert added.description == "1 approval block added"
    decided = diff_documents(parse_text(signed), parse_text(ticked))
    assert decided.description == "1 approval block changed"
    (group,) = decided.people
    row = next(r for r in group.rows if r.change == "modified")
    assert (group.group, row.changed) == ("endorsements", ("text",))
    assert [(e.op, e.old, e.new) for e in row.edits if e.op != "equal"] == [("replace", " ", "/")]


def test_the_aligner_skips_pairs_too_different_in_length_to_reach_its_floor():
    # A short paragraph against a long one cannot share half its words: no LCS is run (corpus
    # 022 against 024, 34 × 912 paragraphs, took 2 s; 0.1 s with the bound).
    from moukit.diff.words import similarity, similarity_above

    short, long = "ให้ดำเนินการ", "ให้ดำเนินการตามระเบียบกระทรวงมหาดไทยว่าด้วยการพัสดุ และรายงานผลให้ทราบภายในสามสิบวัน"
    assert similarity(short, long) < 0.5 and similarity_above(short, long, 0.5) == 0.0
    close = long.replace("สามสิบ", "หกสิบ")
    assert similarity_above(long, close, 0.5) == similarity(long, close) > 0.5


def test_the_person_a_row_names():
    from moukit.diff.people import row_name, row_person

    assert row_name("นายวีระ สมความคิด ประธานกรรมการ") == "นายวีระ สมความคิด"
    assert row_name("นายปีติพงศ์ พึ่งบุญ ณ อยุธยา กรรมการ") == "นายปีติพงศ์ พึ่งบุญ ณ อยุธยา"  # corpus 225
    assert row_person("นาย วีระ  สมความคิด กรรมการ") == row_person("นายวีระ สมความคิด กรรมการและเลขานุการ")
    # A clause about someone is no row: it has a verb of a clause.
    assert row_name("นายวีระ สมความคิด ให้ปฏิบัติหน้าที่ผู้อำนวยการแทน") is None
    assert row_name("คณะกรรมการอำนวยการ ประกอบด้วย") is None


def test_two_copies_of_one_contract_template():
    # The purchase contract (tests/data/constructed) and a copy of its template filled for
    # another seller: the party called ผู้ขาย changes its name, its signer is another person,
    # and clause ๑ buys 40 machines, not 50.
    text = (CORPUS.parent / "data" / "constructed" / "contract-purchase-computers.txt").read_text(encoding="utf-8")
    copy = (text.replace("บริษัท ไทยคอมพิวเตอร์ซิสเต็ม จำกัด", "บริษัท สยามไอที จำกัด")
            .replace("จำนวน ๕๐ เครื่อง", "จำนวน ๔๐ เครื่อง").replace("นายสมศักดิ์ รักงาน", "นายวิชัย มั่นคง"))
    diff = diff_documents(parse_text(text), parse_text(copy))
    assert [(p.change, p.changed, p.new) for p in diff.parties if p.change != "unchanged"] == [
        ("modified", ("name",), "บริษัท สยามไอที จำกัด")]
    assert sorted((s.change, s.old or s.new) for s in diff.signatories if s.change != "unchanged") == [
        ("added", "นายวิชัย มั่นคง — กรรมการผู้มีอำนาจลงนาม"), ("removed", "นายสมศักดิ์ รักงาน — กรรมการผู้มีอำนาจลงนาม")]
    (clause,) = [c for c in diff.clauses if c.change != "unchanged"]
    assert (clause.new.label, [(e.op, e.old, e.new) for e in clause.edits if e.op != "equal"]) == (
        "ข้อ ๑", [("replace", "๕", "๔")])
    # The shorter company name ends a line early, and the copy's opening paragraph reads as two:
    # joined again, it is one paragraph with the two names changed, not one added.
    (opening,) = [p for p in diff.paragraphs if p.change != "unchanged"]
    assert (opening.change, opening.old.lines, opening.new.lines) == ("modified", (4, 11), (4, 11))
    assert [(e.op, e.new) for e in opening.edits if e.op != "equal"] == [
        ("replace", "สยามไอที"), ("replace", "วิชัย มั่นคง")]
    assert diff.description == ("1 clause reworded, 1 paragraph reworded, 1 signatory added, 1 signatory removed, "
                                "1 party changed")


def test_a_paragraph_cut_in_two_by_layout_is_one_paragraph():
    text = order((FIRST, [VEERA]))
    opener = "อาศัยอำนาจตามความในมาตรา ๓๒ แห่งพระราชบัญญัติระเบียบบริหารราชการแผ่นดิน พ.ศ. ๒๕๓๔"
    cut = text.replace(opener + " ", opener + "\n\n")
    assert len(parse_text(cut).body) == len(parse_text(text).body) + 1  # the opener is two paragraphs
    diff = diff_documents(parse_text(text), parse_text(cut))
    assert [p.change for p in diff.paragraphs][:1] == ["unchanged"] and diff.description == "no differences"
    back = diff_documents(parse_text(cut), parse_text(text))
    assert back.description == "no differences"


def test_members_pair_under_the_same_section_label_when_its_heading_was_rewritten():
    # Section ๒.'s heading is rewritten past pairing; its members still pair with ๒.'s, not
    # with their twins under ๑.
    old = document(clause("๑.", "คณะกรรมการอำนวยการ", 1, clause("(๑)", VEERA, 2), clause("(๒)", USA, 3)),
                   clause("๒.", "คณะกรรมการฝ่ายสถานที่", 4, clause("(๑)", VEERA, 5), clause("(๒)", USA, 6)))
    new = document(clause("๑.", "คณะกรรมการอำนวยการ", 1, clause("(๑)", USA, 2)),
                   clause("๒.", "คณะทำงานด้านพิธีการและการต้อนรับแขกผู้มีเกียรติ", 3, clause("(๑)", VEERA, 4),
                          clause("(๒)", USA, 5)))
    diff = diff_documents(old, new)
    assert members(diff) == [("removed", 2, None, VEERA)]  # the one under ๑.
    assert not any(c.moved for c in diff.clauses)
