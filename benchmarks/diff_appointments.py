"""Diff of two appointment orders of 1,500 committee members each (issue 17: under 1 s in process).

Builds an order (คำสั่ง) appointing 30 committees of 50 members, each member a row
"(n) นายสมชาย ใจดี ตำแหน่ง … กรรมการ", with invented names made from given-name and surname
syllables; every member of committee 2k+1 also sits on committee 2k+2 (the "3.9 repeats 3.8"
pattern). The revision adds 33 members, removes 12, changes the role of 9 and moves one
duty clause to another committee. Times ``diff_documents`` on the two parsed Documents
(parse time shown apart), every per-text cache emptied first (cold) and warm; medians of
``--rounds`` runs, with what the diff reports against what was done.

    python benchmarks/diff_appointments.py [--committees 30] [--members 50] [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import time

from provenance import moukit_commit

from moukit import diff_documents, parse_text
from moukit.numerals import to_thai

GIVEN = ["สม", "วี", "อุ", "ประ", "กิต", "ชัย", "พร", "ศักดิ์", "มณี", "รัตน์", "สุ", "นิ", "ธี", "วัฒน์", "จันทร์", "ทอง"]
FAMILY = ["ใจ", "ดี", "ศรี", "สุข", "ทอง", "คำ", "แก้ว", "มั่น", "วงศ์", "สกุล", "พันธ์", "เจริญ", "รุ่ง", "เรือง"]
TITLES = ["นาย", "นาง", "นางสาว"]
ROLES = ["กรรมการ", "กรรมการและเลขานุการ", "กรรมการและผู้ช่วยเลขานุการ"]


def person(k: int) -> str:
    given = GIVEN[k % 16] + GIVEN[(k // 16) % 16] + GIVEN[(k // 256) % 16]
    family = FAMILY[k % 14] + FAMILY[(k // 14) % 14] + FAMILY[(k // 196) % 14]
    return f"{TITLES[k % 3]}{given} {family}"


def build(committees: int, members: int) -> list[tuple[str, list[str]]]:
    out = []
    for c in range(committees):
        first = (c - c % 2) * members  # committees 2k+1 and 2k+2 share their members
        rows = [f"{person(first + m)} ตำแหน่ง นักวิชาการศึกษา {ROLES[0] if m else 'ประธานกรรมการ'}"
                for m in range(members)]
        rows.append(f"ให้คณะกรรมการชุดที่ {to_thai(str(c + 1))} มีหน้าที่ดำเนินการจัดงานในส่วนที่ได้รับมอบหมาย")
        out.append((f"คณะกรรมการฝ่ายที่ {to_thai(str(c + 1))}", rows))
    return out


def revise(sections: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    revised = [(name, list(rows)) for name, rows in sections]
    for k in range(33):  # new members, at the end of the committees' lists
        revised[k % len(revised)][1].insert(-1, f"{person(900_000 + k)} ตำแหน่ง ครู {ROLES[0]}")
    for k in range(12):  # members dropped
        del revised[(k * 7) % len(revised)][1][5 + k]
    for k in range(9):  # roles changed
        rows = revised[(k * 3) % len(revised)][1]
        rows[20] = rows[20].replace(ROLES[0], ROLES[1])
    duty = revised[0][1].pop()  # a duty clause moved to another committee
    revised[2][1].insert(-1, duty)
    return revised


def as_order(sections: list[tuple[str, list[str]]]) -> str:
    lines = ["คำสั่งกรมทดสอบระบบ", "ที่ ๑๒/๒๕๖๗", "เรื่อง แต่งตั้งคณะกรรมการดำเนินงาน", "",
             "อาศัยอำนาจตามความในมาตรา ๓๒ แห่งพระราชบัญญัติระเบียบบริหารราชการแผ่นดิน พ.ศ. ๒๕๓๔ จึงแต่งตั้งคณะกรรมการ ดังนี้", ""]
    for n, (name, rows) in enumerate(sections, start=1):
        lines.append(f"{to_thai(str(n))}. {name} ประกอบด้วย")
        lines += [f"({to_thai(str(m))}) {row}" for m, row in enumerate(rows, start=1)]
    lines += ["", "สั่ง ณ วันที่ ๑ มกราคม พ.ศ. ๒๕๖๗", "", "(นายสมชาย ใจดี)", "อธิบดีกรมทดสอบระบบ"]
    return "\n".join(lines) + "\n"


def median_time(function, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--committees", type=int, default=30)
    parser.add_argument("--members", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    sections = build(args.committees, args.members)
    old_text, new_text = as_order(sections), as_order(revise(sections))
    old, new = parse_text(old_text), parse_text(new_text)
    diff_documents(old, new)  # loads the dictionary once, as any real run does first

    from moukit.diff import words

    def cold_diff():
        for cached in (words._loose_key, words.tokenize, words._words, words._match_masks, words._layout):
            cached.cache_clear()
        return diff_documents(old, new)

    result = diff_documents(old, new)
    parse_s = median_time(lambda: (parse_text(old_text), parse_text(new_text)), args.rounds)
    cold_s = median_time(cold_diff, args.rounds)
    warm_s = median_time(lambda: diff_documents(old, new), args.rounds)
    members = sum(len(rows) - 1 for _, rows in sections)
    print(f"moukit at commit {moukit_commit()}")
    print(f"{len(old_text):,} and {len(new_text):,} characters, {args.committees} committees, {members:,} members; "
          f"median of {args.rounds} rounds")
    print("made: 33 members added, 12 removed, 9 roles changed, 1 duty clause moved to another committee")
    print(f"reports: {result.description}")
    print(f"moukit parse (both)        {parse_s * 1000:9.1f} ms")
    print(f"moukit diff_documents cold {cold_s * 1000:9.1f} ms")
    print(f"moukit diff, caches warm   {warm_s * 1000:9.1f} ms")
    print(f"ratio diff / 1 s target    {cold_s:9.3f}")


if __name__ == "__main__":
    main()
