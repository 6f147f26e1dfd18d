"""``diff_documents`` on real pairs and constructed revisions (SPEC §3)."""

from __future__ import annotations

from moukit import diff_documents, parse_file, parse_text
from moukit.diff.select import select_document
from moukit.numerals import to_thai

from .conftest import CORPUS, SAMPLES, moukit

CIRCULAR = SAMPLES / "circular-dla-mou-thaihealth-2556.txt"
NEWS = SAMPLES / "news-dla-thaihealth-mou-clauses.txt"
MOU_LINES = CIRCULAR.read_text(encoding="utf-8").split("\n")[49:]  # line 50 on: the MOU


def changed(diff):
    return [c for c in diff.clauses if c.change != "unchanged" or c.moved]


def edits(change):
    return [(e.op, e.old, e.new) for e in change.edits if e.op != "equal"]


def test_news_quote_against_the_mou_reports_the_two_reworded_clauses():
    news = select_document(parse_file(NEWS), "mou")
    mou = select_document(parse_file(CIRCULAR), "mou")
    diff = diff_documents(news, mou)
    assert [c.new.label for c in changed(diff)] == ["(๑)", "(๕)"]
    first, fifth = changed(diff)
    assert edits(first) == [("insert", "", "การ")]  # "หลักการบริหาร" -> "หลักการการบริหาร"
    assert edits(fifth) == [("insert", "", "น"), ("insert", "", "น")]  # "สถานีอนามัย" -> "สถานีนอนามัย", twice
    assert not any(c.moved or c.renumbered for c in diff.clauses)
    assert (diff.summary.modified, diff.summary.unchanged) == (2, 7)


def test_strict_also_reports_the_line_wrap_spaces():
    news = select_document(parse_file(NEWS), "mou")
    mou = select_document(parse_file(CIRCULAR), "mou")
    assert len(changed(diff_documents(news, mou, strict=True))) > 2


def _revision(clauses: list[str]) -> str:
    """The MOU with its clause lines replaced, numbered (๑), (๒)… in their new order."""
    head = [line for line in MOU_LINES[:13]]  # title block, preamble
    tail = MOU_LINES[32:]  # closing formula and signatures
    body = []
    for n, text in enumerate(clauses, start=1):
        body += [f"({to_thai(str(n))}) {text}", ""]
    return "\n".join(head + body + tail)


def _original_clauses() -> list[str]:
    return [line.split(") ", 1)[1] for line in MOU_LINES if line.startswith("(") and line[1] in "๑๒๓๔๕๖๗๘๙"]


def test_revision_with_deleted_inserted_moved_and_reworded_clauses():
    original = _original_clauses()
    assert len(original) == 9
    revised = list(original)
    del revised[2]  # (๓) deleted
    revised.insert(5, "ส่งเสริมการใช้เทคโนโลยีดิจิทัลในการให้บริการประชาชนขององค์กรปกครองส่วนท้องถิ่น")  # inserted
    revised[2] = revised[2].replace("ศูนย์พัฒนาเด็กเล็ก ", "ศูนย์พัฒนาเด็กเล็กทุกแห่ง ", 1)  # (๔) reworded
    moved = revised.pop(6)  # old (๗) moves to the front
    revised.insert(0, moved)
    old = parse_text("\n".join(MOU_LINES))
    new = parse_text(_revision(revised))
    diff = diff_documents(old, new)
    kinds = sorted((c.change, c.moved) for c in diff.clauses if c.change != "unchanged" or c.moved)
    assert kinds == [("added", False), ("modified", False), ("removed", False), ("unchanged", True)]
    reworded = next(c for c in diff.clauses if c.change == "modified")
    assert (reworded.old.label, edits(reworded)) == ("(๔)", [("insert", "", "ทุกแห่ง")])
    assert next(c for c in diff.clauses if c.change == "removed").old.label == "(๓)"
    assert next(c for c in diff.clauses if c.moved).old.label == "(๗)"
    # Every clause after the changes got a new number, and nothing else is reported.
    assert diff.summary.renumbered == sum(1 for c in diff.clauses if c.renumbered) > 0
    assert diff.summary.unchanged == 7 and diff.summary.moved == 1


def test_identical_files_are_the_same():
    result = moukit("diff", CIRCULAR, CIRCULAR, "-f", "json")
    assert result.returncode == 0, result.stderr
    assert '"modified": 0' in result.stdout.decode()


def test_exit_codes_follow_diff():
    different = moukit("diff", NEWS, f"{CIRCULAR}#mou", "-f", "json")
    assert different.returncode == 1, different.stderr
    trouble = moukit("diff", NEWS, "missing.txt")
    stderr = trouble.stderr.decode()
    assert trouble.returncode == 2 and stderr.count("\n") == 1 and "Traceback" not in stderr
    selector = moukit("diff", NEWS, f"{CIRCULAR}#order")
    assert selector.returncode == 2 and "no order" in selector.stderr.decode()


def test_announcement_editions():
    # corpus 011 (edition 2) -> 012 (edition 3) of the same ประกาศ, read side by side: item 1
    # changes its dates, (4) only its spacing, (5) adds "ประเทศไทยหรือกลับ", item 4 is
    # rewritten; the edition mark and the date of issue change; the rest is the same.
    old = select_document(parse_file(CORPUS / "011.txt"), "announcement")
    new = select_document(parse_file(CORPUS / "012.txt"), "announcement")
    diff = diff_documents(old, new)
    changes = [(c.change, c.old.label, c.new.label) for c in diff.clauses]
    assert changes == [
        ("modified", "1.", "1."), ("unchanged", "2.", "2."), ("unchanged", "3.", "3."),
        ("unchanged", "(1)", "(1)"), ("unchanged", "(2)", "(2)"), ("unchanged", "(3)", "(3)"),
        ("unchanged", "(4)", "(4)"), ("modified", "(5)", "(5)"), ("unchanged", "(6)", "(6)"),
        ("modified", "4.", "4."),
    ]
    fifth = next(c for c in diff.clauses if c.old.label == "(5)")
    assert edits(fifth) == [("insert", "", "ประเทศไทยหรือกลับ")]
    assert {f.field for f in diff.header} >= {"header.subject", "signed.date"}
    assert next(f for f in diff.header if f.field == "signed.date").new == "15 เมษายน พ.ศ. 2563"
