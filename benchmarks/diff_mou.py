"""Diff of two long MOUs a few edits apart (SPEC §6: well under one second).

Builds a 200-clause MOU from the seed MOU's own clause texts (each made distinct by its
area of work), and a revision with two clauses deleted, two inserted, one moved, three
reworded and every clause relabelled. Times, in the same run:

- moukit: ``diff_documents`` on the two parsed Documents (parse time shown apart);
- difflib, line level: ``unified_diff`` of the two texts (what a generic tool shows);
- difflib, character level: ``SequenceMatcher(autojunk=False)`` over the two texts.

Medians of ``--rounds`` runs, and what each reports, so the figures can be compared.

    python benchmarks/diff_mou.py [--clauses 200] [--rounds 7]
"""

from __future__ import annotations

import argparse
import difflib
import statistics
import time
from pathlib import Path

from moukit import diff_documents, parse_text
from moukit.numerals import to_thai
from provenance import moukit_commit

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "circular-dla-mou-thaihealth-2556.txt"
AREAS = ["การศึกษา", "สาธารณสุข", "เกษตรกรรม", "การท่องเที่ยว", "สิ่งแวดล้อม", "การคมนาคม", "สวัสดิการสังคม",
         "การจัดการภัยพิบัติ", "เศรษฐกิจชุมชน", "วัฒนธรรม"]


def seed_clauses() -> list[str]:
    lines = SEED.read_text(encoding="utf-8").split("\n")[49:]
    return [line.split(") ", 1)[1] for line in lines if line.startswith("(") and line[1] in "๑๒๓๔๕๖๗๘๙"]


def build(n: int) -> list[str]:
    base = seed_clauses()
    return [f"{base[k % len(base)]} โดยเฉพาะด้าน{AREAS[k % len(AREAS)]} ในเขตพื้นที่ที่ {to_thai(str(k + 1))}" for k in range(n)]


def revise(clauses: list[str]) -> list[str]:
    revised = list(clauses)
    del revised[40], revised[120]
    revised.insert(60, "ส่งเสริมการใช้เทคโนโลยีดิจิทัลในการให้บริการประชาชนขององค์กรปกครองส่วนท้องถิ่น")
    revised.insert(150, "จัดให้มีการประเมินผลการดำเนินงานตามบันทึกข้อตกลงนี้เป็นประจำทุกปี")
    revised.insert(5, revised.pop(170))
    for k in (10, 90, 180):
        revised[k] = revised[k].replace(" โดยเฉพาะด้าน", " อย่างต่อเนื่อง โดยเฉพาะด้าน", 1)
    return revised


def as_mou(clauses: list[str]) -> str:
    head = ["บันทึกข้อตกลงความร่วมมือ", "ระหว่าง", "กรมส่งเสริมการปกครองท้องถิ่น", "กับ",
            "สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ (สสส.)", ""]
    body = [f"ข้อ {to_thai(str(n))} {text}" for n, text in enumerate(clauses, start=1)]
    return "\n".join(head + body) + "\n"


def median_time(function, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clauses", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    old_text, new_text = as_mou(build(args.clauses)), as_mou(revise(build(args.clauses)))
    old, new = parse_text(old_text), parse_text(new_text)
    diff_documents(old, new)  # loads the dictionary once, as any real run does first

    from moukit.diff import words

    def cold_diff():
        # Every per-text cache emptied: the cost of a first diff of two new files.
        for cached in (words._loose_key, words.tokenize, words._words, words._match_masks, words._layout):
            cached.cache_clear()
        return diff_documents(old, new)

    result = diff_documents(old, new)
    parse_s = median_time(lambda: (parse_text(old_text), parse_text(new_text)), args.rounds)
    diff_s = median_time(cold_diff, args.rounds)
    warm_s = median_time(lambda: diff_documents(old, new), args.rounds)
    lines_s = median_time(lambda: list(difflib.unified_diff(old_text.split("\n"), new_text.split("\n"), lineterm="")), args.rounds)
    chars_s = median_time(lambda: difflib.SequenceMatcher(None, old_text, new_text, autojunk=False).get_opcodes(), max(3, args.rounds // 2))
    changed_lines = sum(1 for line in difflib.unified_diff(old_text.split("\n"), new_text.split("\n"), lineterm="")
                        if line[:1] in "+-" and line[:3] not in ("+++", "---"))
    s = result.summary
    print(f"moukit at commit {moukit_commit()}")
    print(f"{len(old_text):,} and {len(new_text):,} characters, {args.clauses} clauses; median of {args.rounds} rounds")
    print(f"moukit parse (both)        {parse_s * 1000:9.1f} ms")
    print(f"moukit diff_documents cold {diff_s * 1000:9.1f} ms   reports: added {s.added}, removed {s.removed}, "
          f"modified {s.modified}, moved {s.moved}, renumbered {s.renumbered}, unchanged {s.unchanged}")
    print(f"moukit diff, caches warm   {warm_s * 1000:9.1f} ms")
    print(f"difflib unified (lines)    {lines_s * 1000:9.1f} ms   reports: {changed_lines} changed lines")
    print(f"difflib chars (no autojunk){chars_s * 1000:9.1f} ms")
    print(f"ratio diff / 1 s target    {diff_s:9.3f}")


if __name__ == "__main__":
    main()
