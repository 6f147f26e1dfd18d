"""Parse throughput through the Python API (SPEC §6: at least 1,000 seed-sized documents
per second per core).

What is timed, per document: ``to_json(parse_bytes(data, path))`` — decoding and hashing the
bytes, the whole parse pipeline, and the JSON export. The bytes are read from disk once, before
timing, so file I/O is not counted. The process is warm (one untimed pass first), pinned to one
core with ``os.sched_setaffinity`` where the platform has it, and the garbage collector stays
on, as in real use.

Each measurement is ``--rounds`` rounds of N calls (N chosen so that a round takes about
``--round-seconds``, or given with ``--number``); it reports the median time per call over the
rounds, the fastest and slowest round, docs/s = 1 / median, and the ratio to the target. The
median CPU time of the process (``time.process_time``) is shown beside it: on a shared machine,
wall time well above CPU time means the process waited for the CPU.

Beside it, in the same run, the floor: a bare line classifier over the same bytes — decode,
split into lines, and test each line once against one pattern of every line-start landmark
moukit knows (labels, salutations, closings, dating lines, clause numbers, titles). No parser
can read a document faster than it can look at each of its lines once; the ratio says what the
rest of the parse costs over that.

Then a stage breakdown of the main sample: the same call, with the stage functions that
``moukit.pipeline`` calls (read_bytes, normalize_text, split_lines, split_segments,
_parse_segment once per document, account) wrapped in timers inside that module, so the stages
run in the pipeline's own order on real inputs; the rest of the parse is "glue", and to_json
is timed apart. The wrappers are removed before anything else is measured.

    python benchmarks/parse_throughput.py [--rounds 7] [--number N] [--json]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import statistics
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import moukit.pipeline as pipeline
from moukit import __version__, parse_bytes
from moukit.export.json import to_json
from provenance import moukit_commit

TARGET_DOCS_PER_SECOND = 1000  # SPEC §6, per core
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
MAIN_SAMPLE = "circular-dla-mou-thaihealth-2556.txt"


def pin_to_one_core(cpu: int) -> str:
    """Pin this process to one CPU when the OS allows it; say what was done."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu} (os.sched_setaffinity)"
    return "not pinned (os.sched_setaffinity unavailable on this platform)"


def _time_calls(call, number: int) -> tuple[float, float]:
    """Wall seconds and CPU seconds (of this process) for ``number`` calls."""
    start, start_cpu = time.perf_counter(), time.process_time()
    for _ in range(number):
        call()
    return time.perf_counter() - start, time.process_time() - start_cpu


def calibrate(call, round_seconds: float) -> int:
    """N calls to a round of about ``round_seconds`` (grow N until 50 ms, as timeit's autorange)."""
    number = 1
    while (elapsed := _time_calls(call, number)[0]) < 0.05:
        number *= 2
    return max(1, round(number * round_seconds / elapsed))


def measure(call, rounds: int, number: int | None, round_seconds: float) -> dict:
    """Time ``call()``: ``rounds`` rounds of ``number`` calls; seconds per call per round."""
    call()  # warm: first-call imports, regex compilation, pydantic validators
    number = number or calibrate(call, round_seconds)
    per_call, cpu_per_call = [], []
    for _ in range(rounds):
        gc.collect()
        wall, cpu = _time_calls(call, number)
        per_call.append(wall / number)
        cpu_per_call.append(cpu / number)
    median = statistics.median(per_call)
    return {"number": number, "rounds": rounds, "median_s": median,
            "min_s": min(per_call), "max_s": max(per_call), "cpu_median_s": statistics.median(cpu_per_call),
            "docs_per_s": 1 / median, "ratio_to_target": (1 / median) / TARGET_DOCS_PER_SECOND}


def _landmarks() -> "re.Pattern[str]":
    """One pattern of every line-start landmark of the genre, from moukit's own tables."""
    from moukit.registry import title_pattern
    from moukit.vocabulary import BODY_OPENERS, CLOSINGS, SALUTATION_WORDS, SIGNING_LINE, words

    labels = ("ที่", "เรื่อง", "อ้างถึง", "สิ่งที่ส่งมาด้วย", "ส่วนราชการ", "วันที่", "ระหว่าง", "ว่าด้วย")
    clause = r"(?:ข้อ *[0-9๐-๙]|\(?[0-9๐-๙]{1,2}[.)])"
    return re.compile("|".join((words(labels + tuple(SALUTATION_WORDS) + tuple(CLOSINGS) + BODY_OPENERS),
                                SIGNING_LINE.pattern, clause, title_pattern().pattern)))


def line_classifier(data: bytes, landmark: "re.Pattern[str]") -> int:
    """The floor: decode, split into lines, test each line once against every landmark."""
    return sum(1 for line in data.decode("utf-8-sig").splitlines() if landmark.match(line.strip()))


# The stages of moukit.pipeline, in its order (its STAGES), after reading.
STAGES = [("read_bytes", "read (decode, sha256)")] + [(name, name) for name, _ in pipeline.STAGES]


@contextmanager
def timed_stages(spent: dict[str, float]):
    """Wrap read_bytes and each of moukit.pipeline's STAGES to add their time to ``spent``."""

    def timer(name, function):
        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - start
        return timed

    read, stages = pipeline.read_bytes, pipeline.STAGES
    pipeline.read_bytes = timer("read_bytes", read)
    pipeline.STAGES = tuple((name, timer(name, stage)) for name, stage in stages)
    try:
        yield
    finally:
        pipeline.read_bytes, pipeline.STAGES = read, stages


def stage_breakdown(path: Path, rounds: int, number: int | None, round_seconds: float) -> list[dict]:
    """Where the time of ``to_json(parse_bytes(data))`` goes, stage by stage, in pipeline order.

    The stages are timed inside real parses (their calls in moukit.pipeline wrapped with
    timers), so the breakdown follows the orchestrator as it is; "pipeline glue" is the rest
    of the parse (assembling Documents, merging lines) and includes the timers' own cost.
    """
    data = path.read_bytes()
    number = number or calibrate(lambda: to_json(parse_bytes(data, path.name)), round_seconds)
    per_round: dict[str, list[float]] = {}
    for _ in range(rounds):
        spent = dict.fromkeys([name for name, _ in STAGES] + ["glue", "to_json"], 0.0)
        gc.collect()
        with timed_stages(spent):
            for _ in range(number):
                start = time.perf_counter()
                document = parse_bytes(data, path.name)
                parsed = time.perf_counter()
                to_json(document)
                spent["to_json"] += time.perf_counter() - parsed
                spent["glue"] += parsed - start
        spent["glue"] -= sum(spent[name] for name, _ in STAGES)
        for name, seconds in spent.items():
            per_round.setdefault(name, []).append(seconds / number)
    labels = dict(STAGES, glue="pipeline glue (rest of parse_bytes)", to_json="to_json")
    rows = [{"stage": labels[name], "median_s": statistics.median(times), "min_s": min(times),
             "max_s": max(times), "number": number, "rounds": rounds}
            for name, times in per_round.items()]
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
    for key in ("median_s", "min_s", "max_s", "cpu_median_s"):  # one call parses len(corpus) documents
        whole[key] /= len(corpus)
    whole["docs_per_s"] = 1 / whole["median_s"]
    whole["ratio_to_target"] = whole["docs_per_s"] / TARGET_DOCS_PER_SECOND
    landmark = _landmarks()

    def whole_set_floor():
        for _, data in corpus:
            line_classifier(data, landmark)

    floor = measure(whole_set_floor, *timing)
    for key in ("median_s", "min_s", "max_s", "cpu_median_s"):
        floor[key] /= len(corpus)
    floor["docs_per_s"] = 1 / floor["median_s"]
    floor["ratio_to_target"] = floor["docs_per_s"] / TARGET_DOCS_PER_SECOND
    floor["parse_over_floor"] = whole["median_s"] / floor["median_s"]
    stages = stage_breakdown(SAMPLES / MAIN_SAMPLE, *timing)

    result = {"moukit": __version__, "commit": moukit_commit(), "python": platform.python_version(), "affinity": affinity,
              "loadavg_1min_at_start": load and round(load[0], 2),
              "target_docs_per_s": TARGET_DOCS_PER_SECOND, "measured": "to_json(parse_bytes(data))",
              "per_sample": per_sample, "whole_set": whole, "line_classifier_floor": floor, "main_sample": MAIN_SAMPLE,
              "stages": stages}
    if args.json:
        json.dump(result, sys.stdout, indent=2)
        print()
    else:
        print_report(result)


def print_report(r: dict) -> None:
    ms = lambda s: f"{s * 1000:7.3f}"  # noqa: E731
    print(f"moukit {r['moukit']} at commit {r['commit']} · Python {r['python']} · {r['affinity']} · load {r['loadavg_1min_at_start']}")
    print(f"timed: {r['measured']} per document; target {r['target_docs_per_s']:,} docs/s per core")
    print(f"\n{'sample':42} {'bytes':>6} {'N':>5} {'median ms':>9} {'min ms':>7} {'max ms':>7} {'cpu ms':>7} {'docs/s':>7} {'× target':>8}")
    for row in [*r["per_sample"], {"sample": "whole set (per document)", "bytes": None, **r["whole_set"]}]:
        size = f"{row['bytes']:>6}" if row["bytes"] else " " * 6
        print(f"{row['sample']:42} {size} {row['number']:>5} {ms(row['median_s']):>9} {ms(row['min_s'])} {ms(row['max_s'])} "
              f"{ms(row['cpu_median_s'])} {row['docs_per_s']:7.0f} {row['ratio_to_target']:8.2f}")
    floor = r["line_classifier_floor"]
    print(f"{'floor: bare line classifier (per document)':42} {'':6} {floor['number']:>5} {ms(floor['median_s']):>9} "
          f"{ms(floor['min_s'])} {ms(floor['max_s'])} {ms(floor['cpu_median_s'])} {floor['docs_per_s']:7.0f} "
          f"{floor['ratio_to_target']:8.2f}")
    print(f"({r['whole_set']['rounds']} rounds of N calls; for the whole set one call parses every sample once;"
          " docs/s from the wall median; cpu ms is the process's CPU time, which waiting for the CPU does not add to)")
    print(f"the whole parse costs {floor['parse_over_floor']:.1f}× the floor (decode, split, one landmark test a line)")
    print(f"\nstages of {r['main_sample']} (timed inside to_json(parse_bytes(data)), median of rounds):")
    print(f"{'stage':46} {'median ms':>9} {'min ms':>7} {'max ms':>7} {'share':>6}")
    for row in r["stages"]:
        print(f"{row['stage']:46} {ms(row['median_s']):>9} {ms(row['min_s'])} {ms(row['max_s'])} {row['share']:6.1%}")
    plain = next(row for row in r["per_sample"] if row["sample"] == r["main_sample"])
    print(f"{'sum of stages':46} {ms(sum(s['median_s'] for s in r['stages'])):>9}"
          f"   (the same sample without timers: {ms(plain['median_s']).strip()} ms)")


if __name__ == "__main__":
    main()
