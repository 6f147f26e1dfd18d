"""The accuracy harness (benchmarks/accuracy.py) against the hand-read gold (tests/accuracy/).

Three things: the scores do not drop below the floors recorded in tests/accuracy/floors.json
(raise a floor when the parser improves); every gold file is well-formed (tests/accuracy/
README.md); and the scorer itself counts a wrong reading as wrong, on a text written here.
"""

from __future__ import annotations

import json
import math
import re

import pytest

from .conftest import ROOT, load_benchmark

ACCURACY = ROOT / "tests" / "accuracy"
FLOORS = ACCURACY / "floors.json"
GOLD_FILES = sorted((ACCURACY / "gold").rglob("*.json"))
GOLD_IDS = [f"{path.parent.name}/{path.stem}" for path in GOLD_FILES]

# A gold clause path: numbers in Arabic digits ("3.1", "2/1") or one Thai letter ("ก"), ">"
# between a sub-clause and its parent: "2>1", "3>3.1", "9>1>ก".
CLAUSE_NUMBER = re.compile(r"\d+(?:[./]\d+)*|[ก-ฮ]")
ISO_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
ROLES = {"signer", "witness", "countersigner", "recorder", "checker", "certifier"}


@pytest.fixture(scope="module")
def accuracy():
    return load_benchmark("accuracy")


@pytest.fixture(scope="module")
def result(accuracy):
    return accuracy.run()


# -- (a) the floors -------------------------------------------------------------------------------


@pytest.mark.parametrize("floor,share", [("documents_found", "documents"), ("field_accuracy", "fields")])
def test_score_holds_its_floor(result, floor, share):
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    measured = result["summary"][share]
    percent = 100 * measured["right"] / measured["total"]
    assert percent >= floors[floor] - 1e-9, (
        f"{floor} fell to {measured['right']}/{measured['total']} ({percent:.2f}%), under the floor of "
        f"{floors[floor]}%: run `python benchmarks/accuracy.py --misses` to see what is now read wrong")


def test_furniture_leaked_holds_its_ceiling(result):
    ceiling = json.loads(FLOORS.read_text(encoding="utf-8"))["furniture_leaked_at_most"]
    leaked = result["summary"]["furniture"]["leaked"]
    assert len(leaked) <= ceiling, (
        f"{len(leaked)} furniture lines leaked into the text, over the ceiling of {ceiling}: "
        "run `python benchmarks/accuracy.py --misses` to see them")


def test_floors_are_rounded_down_to_a_tenth():
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    for key in ("documents_found", "field_accuracy"):
        assert math.isclose(floors[key] * 10, round(floors[key] * 10)), key


def test_every_gold_file_is_scored(result):
    assert result["gold_files"] == len(GOLD_FILES) > 0
    assert result["summary"]["errors"] == []
    assert result["summary"]["unscored_keys"] == []


def test_summary_lines_are_the_hooks_contract(accuracy, result):
    lines = accuracy.summary_lines(result["summary"])
    assert [line.split(":")[0] for line in lines] == ["documents found", "field accuracy", "false positives"]


# -- (b) the gold is well-formed ------------------------------------------------------------------


def readme_kinds() -> list[str]:
    """The kinds named in the README's `kind` row: `letter` (…), `memo` (…), …"""
    row = next(line for line in (ACCURACY / "README.md").read_text(encoding="utf-8").splitlines()
               if line.startswith("| `kind` |"))
    return re.findall(r"`(\w+)` \(", row)


def test_scorer_knows_the_readme_kinds(accuracy):
    assert list(accuracy.KINDS) == readme_kinds()


def _line_count(path) -> int:
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    return len(text.split("\n")) - (1 if text.endswith("\n") else 0)


def _check_document(doc: dict, line_count: int, fields: set[str]) -> None:
    assert {"kind", "first_line", "last_line"} <= set(doc), "kind, first_line and last_line are required"
    assert not set(doc) - {"kind", "first_line", "last_line"} - fields, "a key the scorer does not know"
    assert doc["kind"] in readme_kinds()
    assert 1 <= doc["first_line"] <= doc["last_line"] <= line_count, "lines out of order or past the end"
    if doc.get("date") is not None:
        assert ISO_DATE.fullmatch(doc["date"]), doc["date"]
    if doc.get("salutation") is not None:
        assert set(doc["salutation"]) <= {"word", "addressee"} and doc["salutation"]["word"]
    for person in doc.get("signatories") or ():
        assert set(person) == {"name", "role"} and person["role"] in ROLES, person
    seen: set[str] = set()
    for path in doc.get("clauses") or ():
        *parents, number = path.split(">")
        assert CLAUSE_NUMBER.fullmatch(number), f"clause path {path!r}"
        assert not parents or ">".join(parents) in seen, f"clause {path!r} comes before its parent"
        seen.add(path)


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=GOLD_IDS)
def test_gold_file_is_well_formed(accuracy, gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert {"file", "notes", "documents"} <= set(gold) <= {"file", "notes", "documents", "furniture"}
    source = ROOT / gold["file"]
    assert source.is_file(), f"{gold['file']} does not exist"
    line_count = _line_count(source)
    for doc in gold["documents"]:
        _check_document(doc, line_count, set(accuracy.FIELDS))
    firsts = [doc["first_line"] for doc in gold["documents"]]
    assert firsts == sorted(firsts), "documents are listed in source order"
    furniture = gold.get("furniture", [])
    assert furniture == sorted(set(furniture)) and all(1 <= n <= line_count for n in furniture)


# -- (c) the scorer can fail ----------------------------------------------------------------------

ORDER = """\
คำสั่งกรมส่งเสริมการปกครองท้องถิ่น
ที่ ๑๗/๒๕๖๐
เรื่อง แต่งตั้งคณะทำงานจัดทำคู่มือ
          เพื่อให้การจัดทำคู่มือเป็นไปด้วยความเรียบร้อย จึงแต่งตั้งคณะทำงาน ดังนี้
          ข้อ ๑ ให้ผู้อำนวยการกองคลังเป็นประธานคณะทำงาน
          ข้อ ๒ ให้คณะทำงานมีหน้าที่ ดังนี้
                    (๑) จัดทำร่างคู่มือ
                    (๒) เสนอร่างคู่มือต่ออธิบดี
          ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป
                    สั่ง ณ วันที่ ๒๑ มีนาคม พ.ศ. ๒๕๖๐
                              (นายโชคชัย เตชะธนรัญ)
                         อธิบดีกรมส่งเสริมการปกครองท้องถิ่น
"""


def _fields(scored: dict) -> dict[str, dict]:
    return {row["field"]: row for row in scored["documents"][0]["fields"]}


def test_right_fields_are_right_and_wrong_fields_wrong(accuracy):
    gold = {"file": "<test>", "furniture": [1, 4], "documents": [{
        "kind": "order", "first_line": 1, "last_line": 12,
        "ref": "17/2560",                      # right: Thai and Arabic digits fold alike
        "date": "2017-03",                     # right: a date without a day matches its month
        "clauses": ["1", "2", "2>1", "2>2"],   # right
        "subject": "แต่งตั้งคณะกรรมการ",         # wrong: the text says คณะทำงานจัดทำคู่มือ
        "signatories": [{"name": "โชคชัย เตชะธนรัญ", "role": "signer"},
                        {"name": "สมชาย ใจดี", "role": "witness"}],  # wrong: one too many
    }]}
    scored = accuracy.score_text(gold, ORDER)
    fields = _fields(scored)
    assert scored["documents"][0]["found"] == {"doc": "#0", "lines": [1, 12]}
    assert {name: row["right"] for name, row in fields.items()} == {
        "ref": True, "date": True, "clauses": True, "subject": False, "signatories": False}
    assert fields["clauses"]["f1"] == 1.0
    assert fields["signatories"]["f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert scored["false_positives"] == []
    # Line 1 is the title (not a paragraph): kept; line 4 is a paragraph of the body: leaked.
    assert [(row["line"], row["leaked"]) for row in scored["furniture"]] == [(1, False), (4, True)]
    summary = accuracy.summarize([scored])
    assert (summary["fields"]["right"], summary["fields"]["total"]) == (3, 5)
    assert [miss["field"] for miss in summary["misses"]] == ["subject", "signatories"]


def test_a_document_of_another_kind_is_not_found(accuracy):
    gold = {"file": "<test>", "documents": [
        {"kind": "announcement", "first_line": 1, "last_line": 12, "ref": "17/2560"}]}
    scored = accuracy.score_text(gold, ORDER)
    doc = scored["documents"][0]
    assert doc["found"] is None and doc["wrong_kind"]["kind"] == "order"
    assert _fields(scored)["ref"]["right"] is False, "a field of an unmatched document is wrong"
    assert [fp["kind"] for fp in scored["false_positives"]] == ["order"]
    summary = accuracy.summarize([scored])
    assert summary["documents"]["right"] == 0 and summary["fields"]["right"] == 0


@pytest.mark.parametrize("raw,folded", [
    ("ที่\u00a0มท ๐๘๙๑.๓/ว\u200b๒๕๕๖", "ที่ มท 0891.3/ว 2556"),
    ("  Yours sincerely,  ", "Yours sincerely"),
    ("ขอแสดงความนับถือ .", "ขอแสดงความนับถือ"),
    ("ประกาศสํานักนายกรัฐมนตรี", "ประกาศสำนักนายกรัฐมนตรี"),
    (None, None),
], ids=["spaces-digits", "trailing-comma", "trailing-dot", "sara-am", "none"])
def test_fold(accuracy, raw, folded):
    assert accuracy.fold(raw) == folded
