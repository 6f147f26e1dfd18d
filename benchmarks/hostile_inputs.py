"""Hostile inputs through ``parse_text`` (SPEC §7: regular expressions stay linear): how long
each takes, and whether the time grows linearly with the input.

Each case is built at two sizes, half and full; each size is parsed ``--rounds`` times (default
3) and the median is printed, with the ratio full ÷ half. A linear stage gives about 2; a
quadratic one about 4 and more (and at full size it takes minutes, not seconds). The full
sizes are those of issue 6: a 1 MB line, a million ``(``, half a million ``๑.``, 20,000
nested numbered lines, 200,000 lines of bare labels; and the cases that were found quadratic
once (a page of nothing but page numbers, one paragraph of tens of thousands of lines).

    python benchmarks/hostile_inputs.py [--rounds 3] [--only NAME ...] [--json]

Then the crafted files of issue 14 (``FILES``: PDF and Word files made by
``tests/crafted.py``, a bidi spoof, lone surrogates): each parsed whole with ``parse_bytes``
``--rounds`` times, the median CPU time printed with what came of it (a Document and its
budget warnings, or the one-line error).

Each case runs in a fresh Python process of its own (this script with ``--child``), so that its
peak memory (``ru_maxrss`` of that process: the interpreter and moukit, about 45 MB, the input,
and the parse) is its own; ``--bare`` prints that of a process that only imports moukit.

It asserts nothing; tests/test_hostile.py, test_pdf_budget.py and test_docx_budget.py check
that every case finishes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from provenance import moukit_commit

from moukit import parse_bytes, parse_text
from moukit.errors import MoukitError

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from tests import crafted  # the generators of the crafted files, shared with the tests

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
    # issue 14: NFC sorts a run of marks by insertion (300 KB took 8 s, 3 MB 13 minutes)
    "a letter and 150,000 marks (300 KB)": (lambda n: "ก" + "\u0301\u0316" * (n // 2), 150_000),
    "a letter and 1.5 M marks (3 MB)": (lambda n: "ก" + "\u0301\u0316" * (n // 2), 1_500_000),
    "100,000 Thai floods of 20 marks": (lambda n: ("ก" + "\u0e48\u0e38" * 10 + "\n") * n, 100_000),
}


def _deep_tables(depth: int, rows: int) -> str:
    inner = crafted.paragraph("ใน")
    for _ in range(depth):
        inner = ("<w:tbl><w:tr><w:tc>" + inner + "</w:tc></w:tr>"
                 + ("<w:tr><w:tc>" + crafted.paragraph("x") + "</w:tc></w:tr>") * rows + "</w:tbl>")
    return inner


_NUMBERED = ('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
             "<w:r><w:t>ข้อความ</w:t></w:r></w:p>")
_ABSURD_LIST = ('<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="999999999"/>'
                '<w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="' + "%1" * 20_000 + '"/></w:lvl></w:abstractNum>'
                '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
_PAGE = b"BT /F1 12 Tf 72 700 Td (page) Tj ET"

# name -> (build() -> (bytes, file name))
FILES: dict[str, Callable[[], tuple[bytes, str]]] = {
    "PDF: a no-op stream on 1,000 pages": lambda: (crafted.shared_pdf(b"q Q\n" * 20_000 + _PAGE, 1_000), "x.pdf"),
    "PDF: 100,000 pages": lambda: (crafted.shared_pdf(_PAGE, 100_000), "x.pdf"),
    "PDF: 200,000 one-glyph lines": lambda: (crafted.shared_pdf(
        b"BT /F1 1 Tf 72 800 Td " + b"(a) Tj 0 -0.001 Td " * 200_000 + b"ET", 1), "x.pdf"),
    "PDF: 40,000 runs on one baseline": lambda: (crafted.shared_pdf(
        b"BT /F1 12 Tf 72 700 Td " + b"[(a) -10 (b)] TJ " * 40_000 + b"ET", 1), "x.pdf"),
    "PDF: 25 pages of 99,000 kerned TJ (9 KB)": lambda: (crafted.shared_pdf(
        b"BT /F1 12 Tf 72 700 Td " + b"[(a) -100000 (b)] TJ " * 99_000 + b"ET", 25), "x.pdf"),
    "PDF: 25 pages of 2 MB of numbers (6 KB)": lambda: (crafted.shared_pdf(_PAGE + b" 1" * 1_000_000 + b" Tj", 25),
                                                        "x.pdf"),
    "PDF: an 800 KB form drawn 5,000 times": lambda: (crafted.form_pdf(_PAGE + b" 1" * 400_000 + b" Tj", 5_000), "x.pdf"),
    "PDF: 20 pages that inflate to 70 MB each": lambda: (crafted.inflating_pdf(20, 70), "x.pdf"),
    "PDF: a ToUnicode map to U+D800": lambda: (crafted.pdf([crafted.text_stream(b"\x01\x02\x03")],
                                                           {1: "0E01", 2: "D800", 3: "0E02"}), "x.pdf"),
    "DOCX: a label of 20,000 numbers": lambda: (crafted.docx(_NUMBERED * 10, numbering=_ABSURD_LIST), "x.docx"),
    "DOCX: 16 MiB of tiny elements": lambda: (crafted.docx("<w:p><w:r/></w:p>" * 900_000), "x.docx"),
    "DOCX: tables nested 80 deep": lambda: (crafted.docx(_deep_tables(80, 60)), "x.docx"),
    "text: a bidi spoof 100 → 100000": lambda: ("ข้อ ๑ ให้จ่ายเงิน \u202e000001\u202c บาท\n".encode(), "x.txt"),
}


def time_file(build: Callable[[], tuple[bytes, str]], rounds: int) -> tuple[int, float, str]:
    data, name = build()
    times = []
    outcome = ""
    for _ in range(rounds):
        start = time.process_time()
        try:
            doc = parse_bytes(data, name)
            outcome = "ok " + " ".join(sorted({w.code for w in doc.warnings if w.code != "page_furniture"}))
        except MoukitError as error:
            outcome = str(error).split(": ", 1)[1][:70]
        times.append(time.process_time() - start)
    return len(data), statistics.median(times), outcome


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


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(kind: str, name: str, rounds: int) -> dict[str, object]:
    """Run one case in this (fresh) process; what it measured, with this process's peak memory."""
    if kind == "text":
        build, n = CASES[name]
        half, _ = time_case(build, n // 2, rounds)
        full, outcome = time_case(build, n, rounds)
        result: dict[str, object] = {"case": name, "chars": len(build(n)), "half_s": half, "full_s": full,
                                     "ratio": full / half, "result": outcome}
    elif kind == "file":
        size, cpu, outcome = time_file(FILES[name], rounds)
        result = {"case": name, "bytes": size, "cpu_s": cpu, "result": outcome}
    else:
        result = {}
    return {**result, "peak_mb": peak_mb()}


def in_child(kind: str, name: str, rounds: int) -> dict[str, object]:
    run = subprocess.run([sys.executable, os.path.abspath(__file__), "--child", kind, name, "--rounds", str(rounds)],
                         capture_output=True, text=True, check=False)
    if run.returncode:
        return {"case": name, "result": f"child failed: {run.stderr.strip().splitlines()[-1:]}", "peak_mb": float("nan")}
    return json.loads(run.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", nargs="*", default=None, help="case names (a prefix is enough)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "NAME"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child, args.rounds)))
        return 0
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    if not args.json:
        print(f"moukit at commit {moukit_commit()} · Python {sys.version.split()[0]} · load {load:.2f} · median of {args.rounds} runs per size")
        print(f"{'case':34s} {'chars':>11s} {'half s':>8s} {'full s':>8s} {'ratio':>6s} {'peak MB':>8s}  result")
    bare = in_child("bare", "", 1)["peak_mb"]
    results = []
    for name in CASES:
        if args.only and not any(name.startswith(prefix) for prefix in args.only):
            continue
        results.append(r := in_child("text", name, args.rounds))
        if not args.json and "chars" in r:
            print(f"{name:34s} {r['chars']:>11,} {r['half_s']:8.3f} {r['full_s']:8.3f} {r['ratio']:6.2f} "
                  f"{r['peak_mb']:8.0f}  {r['result']}", flush=True)
    files = []
    if not args.json:
        print(f"\n{'crafted file':40s} {'bytes':>11s} {'cpu s':>8s} {'peak MB':>8s}  result")
    for name in FILES:
        if args.only and not any(name.startswith(prefix) for prefix in args.only):
            continue
        files.append(r := in_child("file", name, args.rounds))
        if not args.json and "bytes" in r:
            print(f"{name:40s} {r['bytes']:>11,} {r['cpu_s']:8.3f} {r['peak_mb']:8.0f}  {r['result']}", flush=True)
    if args.json:
        print(json.dumps({"commit": moukit_commit(), "load": load, "rounds": args.rounds, "bare_peak_mb": bare,
                          "cases": results, "files": files}, ensure_ascii=False, indent=2))
    else:
        print(f"peak memory of a process that only imports moukit: {bare:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
