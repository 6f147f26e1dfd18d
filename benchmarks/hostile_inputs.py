"""Hostile inputs through ``parse_text`` (SPEC §7: regular expressions stay linear): how long
each takes, and whether the time grows linearly with the input.

Each case is built at two sizes, half and full; each size is parsed ``--rounds`` times (default
3) and the median is printed, with the ratio full ÷ half. A linear stage gives about 2; a
quadratic one about 4 and more (and at full size it takes minutes, not seconds). The full
sizes are those of issue 6: a 1 MB line, a million ``(``, half a million ``๑.``, 20,000
nested numbered lines, 200,000 lines of bare labels; and the cases that were found quadratic
once (a page of nothing but page numbers, one paragraph of tens of thousands of lines).

    python benchmarks/hostile_inputs.py [--rounds 3] [--only NAME ...] [--json]

It asserts nothing; tests/test_hostile.py checks that every case finishes.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable

from moukit import parse_text
from moukit.errors import MoukitError
from provenance import moukit_commit

LABELS = ["ข้อ ๑", "เรื่อง", "ที่", "(๑)", "เรียน"]
LINE = "ให้องค์กรปกครองส่วนท้องถิ่นเป็นหน่วยงานหลักในการสร้างความเข้มแข็งให้กับชุมชนท้องถิ่นเพื่อแก้ไข"


def nested_numbering(lines: int, depth: int = 200) -> str:
    out = ["ประกาศกรมส่งเสริมการปกครองท้องถิ่น", "เรื่อง หลักเกณฑ์การทดสอบ", ""]
    for block in range(1, lines // depth + 1):
        parts = [str(block)]
        for _ in range(depth):
            out.append(".".join(parts) + ("." if len(parts) == 1 else "") + " ข้อความ")
            parts.append("1")
    return "\n".join(out)


# name -> (build(n), full n)
CASES: dict[str, tuple[Callable[[int], str], int]] = {
    "1 MB line": (lambda n: "ก" * n, 1_000_000),
    "1 MB line of words": (lambda n: "ข้อความ " * (n // 8), 1_000_000),
    "a million (": (lambda n: "(" * n, 1_000_000),
    "half a million ๑.": (lambda n: "๑." * n, 500_000),
    "20,000 nested numbered lines": (nested_numbering, 20_000),
    "200,000 bare label lines": (lambda n: "\n".join(LABELS[i % 5] for i in range(n)), 200_000),
    "200,000 ข้อ N lines": (lambda n: "\n".join(f"ข้อ {i}" for i in range(n)), 200_000),
    "40,000 page-number lines": (lambda n: "\n".join(["- ๒ -"] * n), 40_000),
    "100,000 pages": (lambda n: "\f- ๒ -\n" * n, 100_000),
    "10,000 pages, running footers": (lambda n: "\fเกณฑ์ราคากลาง\nข้อความ\nประกาศ ณ วันที่ 13 มีนาคม 2566\n" * n, 10_000),
    "one paragraph of 40,000 lines": (lambda n: "\n".join([LINE] * n), 40_000),
    "300,000 mojibake letters": (lambda n: "à¸\x81" * n, 300_000),
    "a million Latin-1 signs": (lambda n: "Ê" * n, 1_000_000),
    "control and symbol soup": (lambda n: "\x0f@#" * n, 300_000),
    "a million tone marks": (lambda n: "\u0e48" * n, 1_000_000),
}


def time_case(build: Callable[[int], str], n: int, rounds: int) -> tuple[float, str]:
    text = build(n)
    times = []
    outcome = "ok"
    for _ in range(rounds):
        start = time.perf_counter()
        try:
            parse_text(text)
        except MoukitError as error:
            outcome = type(error).__name__
        times.append(time.perf_counter() - start)
    return statistics.median(times), outcome


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", nargs="*", default=None, help="case names (a prefix is enough)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    if not args.json:
        print(f"moukit at commit {moukit_commit()} · Python {sys.version.split()[0]} · load {load:.2f} · median of {args.rounds} runs per size")
        print(f"{'case':34s} {'chars':>11s} {'half s':>8s} {'full s':>8s} {'ratio':>6s}  result")
    results = []
    for name, (build, n) in CASES.items():
        if args.only and not any(name.startswith(prefix) for prefix in args.only):
            continue
        half, _ = time_case(build, n // 2, args.rounds)
        full, outcome = time_case(build, n, args.rounds)
        chars = len(build(n))
        results.append({"case": name, "chars": chars, "half_s": half, "full_s": full, "ratio": full / half, "result": outcome})
        if not args.json:
            print(f"{name:34s} {chars:>11,} {half:8.3f} {full:8.3f} {full / half:6.2f}  {outcome}", flush=True)
    if args.json:
        print(json.dumps({"commit": moukit_commit(), "load": load, "rounds": args.rounds, "cases": results}, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
