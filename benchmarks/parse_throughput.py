"""Parse throughput through the Python API (SPEC §6: at least 1,000 seed-sized documents
per second per core).

What is timed, per document: ``to_json(parse_bytes(data, path))`` — decoding and hashing the
bytes, the whole parse pipeline, and the JSON export. The bytes are read from disk once, before
timing, so file I/O is not counted. The process is warm (one untimed pass first), pinned to one
core with ``os.sched_setaffinity`` where the platform has it, and the garbage collector stays
on, as in real use.

Each measurement is ``--rounds`` rounds of N calls (N chosen so that a round takes about
``--round-seconds``, or given with ``--number``); it reports the median time per call over the
rounds, the fastest and slowest round, docs/s = 1 / median, and the ratio to the target.

Then a stage breakdown of the main sample, calling the stages in the order of
``moukit.pipeline._parse`` on pre-computed inputs: read, normalize, lines, segment, documents
(classify, page furniture and the kind parser of each segment, then assembly), account, to_json.

    python benchmarks/parse_throughput.py [--rounds 7] [--number N] [--json]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

from moukit import __version__, parse_bytes
from moukit.accounting import account
from moukit.export.json import to_json
from moukit.lines import split_lines
from moukit.normalize import normalize_text
from moukit.pipeline import _parse_segment  # the per-document stage; private, used read-only
from moukit.read import read_bytes
from moukit.segment import split_segments

TARGET_DOCS_PER_SECOND = 1000  # SPEC §6, per core
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
MAIN_SAMPLE = "circular-dla-mou-thaihealth-2556.txt"


def pin_to_one_core(cpu: int) -> str:
    """Pin this process to one CPU when the OS allows it; say what was done."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu} (os.sched_setaffinity)"
    return "not pinned (os.sched_setaffinity unavailable on this platform)"


def measure(call, rounds: int, number: int | None, round_seconds: float) -> dict:
    """Time ``call()``: ``rounds`` rounds of ``number`` calls; seconds per call per round."""
    call()  # warm: first-call imports, regex compilation, pydantic validators
    if number is None:
        start = time.perf_counter()
        call()
        once = max(time.perf_counter() - start, 1e-7)
        number = max(1, round(round_seconds / once))
    per_call = []
    for _ in range(rounds):
        gc.collect()
        start = time.perf_counter()
        for _ in range(number):
            call()
        per_call.append((time.perf_counter() - start) / number)
    median = statistics.median(per_call)
    return {"number": number, "rounds": rounds, "median_s": median,
            "min_s": min(per_call), "max_s": max(per_call),
            "docs_per_s": 1 / median, "ratio_to_target": (1 / median) / TARGET_DOCS_PER_SECOND}


def stage_breakdown(path: Path, rounds: int, number: int | None, round_seconds: float) -> list[dict]:
    """Time each pipeline stage of one file on its own, in pipeline order."""
    data = path.read_bytes()
    source = read_bytes(data, str(path))
    normalized = normalize_text(source.text)
    lines = split_lines(normalized)
    segmentation = split_segments(lines)

    def documents():
        outer = _parse_segment(segmentation.outer)
        attachments = tuple(_parse_segment(s) for s in segmentation.attachments)
        return outer.model_copy(update={"source": source.source, "lines": (1, len(lines)),
                                        "attachments": attachments})

    assembled = documents()
    final = account(assembled, lines)
    stages = [
        ("read (decode, sha256)", lambda: read_bytes(data, str(path))),
        ("normalize", lambda: normalize_text(source.text)),
        ("lines", lambda: split_lines(normalized)),
        ("segment", lambda: split_segments(lines)),
        (f"documents ({1 + len(segmentation.attachments)} segments)", documents),
        ("account", lambda: account(assembled, lines)),
        ("to_json", lambda: to_json(final)),
    ]
    rows = [{"stage": name, **measure(call, rounds, number, round_seconds)} for name, call in stages]
    total = sum(row["median_s"] for row in rows)
    for row in rows:
        row["share"] = row["median_s"] / total
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7, help="rounds per measurement (default 7)")
    parser.add_argument("--number", type=int, default=None, help="calls per round (default: auto)")
    parser.add_argument("--round-seconds", type=float, default=0.3, help="target length of a round when auto")
    parser.add_argument("--cpu", type=int, default=0, help="the CPU to pin to (default 0)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    args = parser.parse_args()
    timing = (args.rounds, args.number, args.round_seconds)

    affinity = pin_to_one_core(args.cpu)
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    files = sorted(SAMPLES.glob("*.txt"))
    corpus = [(f.name, f.read_bytes()) for f in files]
    per_sample = []
    for name, data in corpus:
        row = measure(lambda: to_json(parse_bytes(data, name)), *timing)
        per_sample.append({"sample": name, "bytes": len(data), **row})

    def whole_set():
        for name, data in corpus:
            to_json(parse_bytes(data, name))

    whole = measure(whole_set, *timing)
    for key in ("median_s", "min_s", "max_s"):  # one call parses len(corpus) documents
        whole[key] /= len(corpus)
    whole["docs_per_s"] = 1 / whole["median_s"]
    whole["ratio_to_target"] = whole["docs_per_s"] / TARGET_DOCS_PER_SECOND
    stages = stage_breakdown(SAMPLES / MAIN_SAMPLE, *timing)

    result = {"moukit": __version__, "python": platform.python_version(), "affinity": affinity,
              "loadavg_1min_at_start": load and round(load[0], 2),
              "target_docs_per_s": TARGET_DOCS_PER_SECOND, "measured": "to_json(parse_bytes(data))",
              "per_sample": per_sample, "whole_set": whole, "main_sample": MAIN_SAMPLE,
              "stages": stages}
    if args.json:
        json.dump(result, sys.stdout, indent=2)
        print()
    else:
        print_report(result)


def print_report(r: dict) -> None:
    ms = lambda s: f"{s * 1000:7.3f}"  # noqa: E731
    print(f"moukit {r['moukit']} · Python {r['python']} · {r['affinity']} · load {r['loadavg_1min_at_start']}")
    print(f"timed: {r['measured']} per document; target {r['target_docs_per_s']:,} docs/s per core")
    print(f"\n{'sample':42} {'bytes':>6} {'N':>5} {'median ms':>9} {'min ms':>7} {'max ms':>7} {'docs/s':>7} {'× target':>8}")
    for row in [*r["per_sample"], {"sample": "whole set (per document)", "bytes": None, **r["whole_set"]}]:
        size = f"{row['bytes']:>6}" if row["bytes"] else " " * 6
        print(f"{row['sample']:42} {size} {row['number']:>5} {ms(row['median_s']):>9} {ms(row['min_s'])} {ms(row['max_s'])} "
              f"{row['docs_per_s']:7.0f} {row['ratio_to_target']:8.2f}")
    print(f"({r['whole_set']['rounds']} rounds of N calls; for the whole set one call parses every sample once)")
    print(f"\nstages of {r['main_sample']} (each timed alone, median of rounds):")
    print(f"{'stage':32} {'median ms':>9} {'min ms':>7} {'max ms':>7} {'share':>6}")
    for row in r["stages"]:
        print(f"{row['stage']:32} {ms(row['median_s']):>9} {ms(row['min_s'])} {ms(row['max_s'])} {row['share']:6.1%}")
    print(f"{'sum of stages':32} {ms(sum(s['median_s'] for s in r['stages'])):>9}")


if __name__ == "__main__":
    main()
