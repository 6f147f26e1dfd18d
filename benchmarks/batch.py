"""``moukit batch`` at scale (SPEC §6; issue 5): documents per second at 1 and 2 workers, and
peak memory at 1,000 and 20,000 files.

The corpus is generated: copies of the files in samples/, each with a small variation (one
Thai digit changed at random, a line "สำเนาที่ N" added, so no two files are the same), 1,000
to a directory, in a temporary directory that is removed afterwards (``--keep`` keeps it).
``--bad K`` spreads K bad files among them (binary, empty, undecodable): the runs must then
give one record per file, K of them error records, and exit 1 — the check is printed.

Every run is the real command, ``moukit batch CORPUS -o OUT.jsonl --workers W``, in a fresh
process, timed from start to exit with ``time.perf_counter``.

- **Throughput**: ``--files`` documents (default 5,000) at 1 and at 2 workers, ``--rounds``
  runs each (default 3, interleaved 1, 2, 1, 2, …), median wall time; docs/s = files / median.
  One worker parses in the batch process itself; two use a pool of worker processes. Each
  run's fixed cost (interpreter, imports, starting the pool) is measured on a 10-file corpus
  and reported apart, with the steady rate (files − 10) / (wall − wall of 10 files). Beside
  them, from /proc (Linux): the CPU time of the batch's processes ("cpu s", sampled every
  0.1 s) and the CPU time the rest of the machine used meanwhile ("others s": the machine's
  busy time from /proc/stat, less the batch's and this script's; some 0.1–0.2 s of it is the
  batch's own start and exit that the sampling misses). Well above that, the run competed for
  the CPUs: distrust it.
- **Memory**: ``--memory-rounds`` runs (default 3) at each of ``--memory-files`` (default
  1,000, 5,000 and 20,000), the sizes interleaved, ``--memory-workers`` workers (default 2). A
  thread samples every 20 ms, from /proc, every process of the batch — the command, the
  forkserver, the workers (a worker is replaced every 256 files, so a run starts many),
  multiprocessing's resource tracker: the peak of their summed resident memory (VmRSS) is
  "peak total" (median, min and max over the runs); then each role's high-water mark (VmHWM,
  kept by the kernel, so exact however short the peak; for the workers, the largest). (``ru_maxrss`` from ``wait4``
  is no use here: Linux counts in it the memory of this script at the moment it forked the
  command, before the ``exec``.)

    python benchmarks/batch.py [--files 5000] [--rounds 3] [--memory-files 1000 5000 20000] [--memory-rounds 3]
                               [--bad 10] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from provenance import moukit_commit

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PER_DIRECTORY = 1000
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
SMALL = 10


# -- the corpus --------------------------------------------------------------------------------


def make_corpus(root: Path, files: int, *, bad: int = 0, seed: int = 0) -> int:
    """Write ``files`` documents (``bad`` of them bad) under ``root``; return how many are bad."""
    rng = random.Random(seed)
    samples = [(path.stem, path.read_text(encoding="utf-8")) for path in sorted(SAMPLES.glob("*.txt"))]
    bad_at = set(range(0, files, files // bad)[:bad]) if bad else set()
    for i in range(files):
        folder = root / f"{i // PER_DIRECTORY:03}"
        if i % PER_DIRECTORY == 0:
            folder.mkdir(parents=True, exist_ok=True)
        stem, text = samples[i % len(samples)]
        path = folder / f"{i:06}-{stem}.txt"
        if i in bad_at:
            path.write_bytes(_bad_bytes(len(bad_at & set(range(i)))))
        else:
            path.write_text(_vary(text, rng, i), encoding="utf-8")
    return len(bad_at)


def _vary(text: str, rng: random.Random, i: int) -> str:
    positions = [n for n, char in enumerate(text) if char in THAI_DIGITS]
    if positions:
        n = rng.choice(positions)
        text = text[:n] + rng.choice(THAI_DIGITS) + text[n + 1:]
    return f"{text.rstrip()}\nสำเนาที่ {i}\n"


def _bad_bytes(k: int) -> bytes:
    return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 64, b"", "café au lait\n".encode("latin-1") * 20)[k % 3]


# -- running the command -----------------------------------------------------------------------


def moukit_command() -> list[str]:
    script = Path(sys.executable).parent / ("moukit.exe" if os.name == "nt" else "moukit")
    return [str(script)] if script.exists() else [sys.executable, "-m", "moukit"]


class TreeSampler(threading.Thread):
    """Samples a process and all its descendants (Linux /proc): resident memory, high-water
    marks and CPU time."""

    def __init__(self, pid: int, period: float):
        super().__init__(daemon=True)
        self.pid, self.period = pid, period
        self.peak_total_kb = 0
        self.hwm_kb: dict[int, int] = {}
        self.cpu_ticks: dict[int, int] = {}
        self.roles: dict[int, str] = {}
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            total = 0
            for pid, parent in _descendants(self.pid).items():
                rss, hwm = _status_kb(pid)
                total += rss
                self.hwm_kb[pid] = max(self.hwm_kb.get(pid, 0), hwm)
                self.cpu_ticks[pid] = max(self.cpu_ticks.get(pid, 0), _cpu_ticks(pid))
                if pid not in self.roles:
                    self.roles[pid] = _role(pid, parent, self.pid)
            self.peak_total_kb = max(self.peak_total_kb, total)
            self._done.wait(self.period)

    def stop(self) -> None:
        self._done.set()
        self.join()

    @property
    def cpu_s(self) -> float:
        """CPU time of the tree, each process's own (user + system) as last seen."""
        return sum(self.cpu_ticks.values()) / os.sysconf("SC_CLK_TCK")


def _role(pid: int, parent: int, root: int) -> str:
    """command (the batch), forkserver, tracker (multiprocessing's resource tracker) or worker."""
    if pid == root:
        return "command"
    if parent != root:
        return "worker"  # forked by the forkserver
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            return "tracker" if b"resource_tracker" in cmdline.read() else "forkserver"
    except OSError:
        return "forkserver"


def _cpu_ticks(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rpartition(b")")[2].split()
        return int(fields[11]) + int(fields[12])  # utime + stime, not the children's
    except (OSError, IndexError, ValueError):
        return 0


def machine_busy_s() -> float:
    """CPU time the whole machine has spent busy since boot (all CPUs, /proc/stat)."""
    with open("/proc/stat", encoding="ascii") as stat:
        values = [int(v) for v in stat.readline().split()[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)  # idle + iowait
    return (sum(values[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _descendants(root: int) -> dict[int, int]:
    """``root`` and every process under it, each with its parent."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as stat:
                    parents[int(entry)] = int(stat.read().rpartition(b")")[2].split()[1])
            except (OSError, IndexError, ValueError):
                pass
    found, frontier = {root: parents.get(root, 0)}, {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier}
        found.update((pid, parents[pid]) for pid in frontier)
    return found


def _status_kb(pid: int) -> tuple[int, int]:
    values = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    values[line[:5]] = int(line.split()[1])
    except OSError:
        pass
    return values.get("VmRSS", 0), values.get("VmHWM", 0)


def run_batch(corpus: Path, out: Path, workers: int, *, memory: bool = False) -> dict:
    """One ``moukit batch`` run: wall time, CPU time of its processes and of everything else on
    the machine meanwhile, exit code, the records written, and memory if asked."""
    argv = [*moukit_command(), "batch", str(corpus), "-o", str(out), "--workers", str(workers)]
    busy, own = machine_busy_s(), time.process_time()
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = TreeSampler(process.pid, period=0.02 if memory else 0.1)
    sampler.start()
    stderr = process.stderr.read()
    process.wait()
    wall = time.perf_counter() - start
    sampler.stop()
    others = machine_busy_s() - busy - sampler.cpu_s - (time.process_time() - own)
    records = errors = 0
    with out.open("rb") as lines:  # line by line: this process stays small
        for line in lines:
            records += 1
            errors += line.startswith(b'{"source":')
    result = {"wall_s": wall, "cpu_s": sampler.cpu_s, "others_cpu_s": max(others, 0.0), "exit": process.returncode,
              "records": records, "error_records": errors,
              "summary": stderr.decode("utf-8", "replace").strip().splitlines()[-1:]}
    if memory:
        peaks: dict[str, list[float]] = {}
        for pid, kb in sorted(sampler.hwm_kb.items()):
            peaks.setdefault(sampler.roles[pid], []).append(kb / 1024)
        result.update(peak_total_mb=sampler.peak_total_kb / 1024, processes=len(sampler.hwm_kb),
                      sum_of_peaks_mb=sum(sampler.hwm_kb.values()) / 1024, peaks_mb=peaks)
    out.unlink()
    return result


# -- the measurements --------------------------------------------------------------------------


def throughput(work: Path, files: int, rounds: int, bad: int) -> dict:
    corpus, small = work / f"corpus-{files}", work / "corpus-small"
    bad_files = make_corpus(corpus, files, bad=bad)
    make_corpus(small, SMALL)
    out = work / "out.jsonl"
    results: dict[int, dict] = {}
    for workers in (1, 2):
        run_batch(corpus, out, workers)  # warm the file cache and .pyc files
    runs: dict[int, list[dict]] = {1: [], 2: []}
    fixed: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(rounds):
        for workers in (1, 2):
            runs[workers].append(run_batch(corpus, out, workers))
            fixed[workers].append(run_batch(small, out, workers)["wall_s"])
    for workers in (1, 2):
        walls = [run["wall_s"] for run in runs[workers]]
        median, fixed_median = statistics.median(walls), statistics.median(fixed[workers])
        results[workers] = {
            "median_s": median, "min_s": min(walls), "max_s": max(walls), "docs_per_s": files / median,
            "cpu_median_s": statistics.median(run["cpu_s"] for run in runs[workers]),
            "others_cpu_max_s": max(run["others_cpu_s"] for run in runs[workers]),
            "fixed_s": fixed_median, "steady_docs_per_s": (files - SMALL) / (median - fixed_median),
            "one_record_per_file": all(r["records"] == files for r in runs[workers]),
            "error_records": sorted({r["error_records"] for r in runs[workers]}),
            "exit_codes": sorted({r["exit"] for r in runs[workers]}),
        }
    return {"files": files, "bad": bad_files, "rounds": rounds, "workers": results,
            "ratio": results[2]["docs_per_s"] / results[1]["docs_per_s"],
            "steady_ratio": results[2]["steady_docs_per_s"] / results[1]["steady_docs_per_s"]}


def memory(work: Path, sizes: list[int], workers: int, rounds: int) -> list[dict]:
    """Per size: ``rounds`` runs, the sizes interleaved (1,000, 5,000, 20,000, 1,000, …), so
    that a change in the machine's load affects every size alike."""
    corpora = {files: work / f"corpus-{files}" for files in sizes}
    for files, corpus in corpora.items():
        if not corpus.exists():
            make_corpus(corpus, files)
        run_batch(corpus, work / "out.jsonl", workers)  # warm the file cache
    runs: dict[int, list[dict]] = {files: [] for files in sizes}
    for _ in range(rounds):
        for files, corpus in corpora.items():
            runs[files].append(run_batch(corpus, work / "out.jsonl", workers, memory=True))
    for corpus in corpora.values():
        shutil.rmtree(corpus)
    rows = []
    for files, results in runs.items():
        totals = [r["peak_total_mb"] for r in results]
        roles = {role: statistics.median(max(r["peaks_mb"].get(role, [0.0])) for r in results)
                 for role in ("command", "forkserver", "worker", "tracker")}
        rows.append({"files": files, "workers": workers, "rounds": rounds, "peak_total_mb": statistics.median(totals),
                     "peak_total_min_mb": min(totals), "peak_total_max_mb": max(totals),
                     "wall_s": statistics.median(r["wall_s"] for r in results),
                     "others_cpu_max_s": max(r["others_cpu_s"] for r in results),
                     "worker_processes": statistics.median(len(r["peaks_mb"].get("worker", [])) for r in results),
                     "role_peaks_mb": roles, "records_ok": all(r["records"] == files for r in results), "runs": results})
    return rows


def report(data: dict) -> None:
    t = data["throughput"]
    print(f"\nThroughput: {t['files']:,} files ({t['bad']} bad), {t['rounds']} rounds, wall time of the whole command")
    print(f"{'workers':>7} {'median s':>9} {'min s':>7} {'max s':>7} {'docs/s':>8} {'fixed s':>8} {'steady docs/s':>14}"
          f" {'cpu s':>6} {'others s':>9}  one record per file, error records, exit")
    for workers, r in t["workers"].items():
        print(f"{workers:>7} {r['median_s']:>9.2f} {r['min_s']:>7.2f} {r['max_s']:>7.2f} {r['docs_per_s']:>8,.0f} "
              f"{r['fixed_s']:>8.2f} {r['steady_docs_per_s']:>14,.0f} {r['cpu_median_s']:>6.2f} "
              f"{r['others_cpu_max_s']:>9.2f}  {r['one_record_per_file']}, {r['error_records']}, {r['exit_codes']}")
    print("cpu s: median CPU time of the batch's processes; others s: the most CPU time that other processes"
          " on the machine used during one run (well above 0: the run competed for the CPUs, distrust it)")
    print(f"2 workers / 1 worker: {t['ratio']:.2f}× (whole command), {t['steady_ratio']:.2f}× (steady rate); target ≥ 1.5×")
    if not data["memory"]:
        return
    first = data["memory"][0]
    print(f"\nMemory: {first['workers']} workers, sampled every 20 ms, {first['rounds']} runs per size (interleaved);"
          " medians over the runs")
    print(f"{'files':>7} {'wall s':>7} {'others s':>9} {'peak total MB':>14} {'min':>6} {'max':>6} "
          f"{'command':>8} {'forkserver':>10} {'worker':>7} {'tracker':>8} {'workers':>8}  one record per file")
    for m in data["memory"]:
        role = m["role_peaks_mb"]
        print(f"{m['files']:>7,} {m['wall_s']:>7.1f} {m['others_cpu_max_s']:>9.2f} {m['peak_total_mb']:>14.1f} "
              f"{m['peak_total_min_mb']:>6.1f} {m['peak_total_max_mb']:>6.1f} {role['command']:>8.1f} "
              f"{role['forkserver']:>10.1f} {role['worker']:>7.1f} {role['tracker']:>8.1f} "
              f"{m['worker_processes']:>8.0f}  {m['records_ok']}")
    print("command, forkserver, worker, tracker: the high-water mark of each (worker: the largest of the"
          " worker processes); workers: how many worker processes the run started in all")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=5000, help="documents for the throughput runs")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--bad", type=int, default=10, help="bad files among the throughput corpus")
    parser.add_argument("--memory-files", type=int, nargs="*", default=[1000, 5000, 20000])
    parser.add_argument("--memory-workers", type=int, default=2)
    parser.add_argument("--memory-rounds", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="moukit-batch-bench-"))
    try:
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
        data = {"commit": moukit_commit(), "python": platform.python_version(), "cpus": os.cpu_count(), "load_1min_at_start": load,
                "throughput": throughput(work, args.files, args.rounds, args.bad),
                "memory": memory(work, args.memory_files, args.memory_workers, args.memory_rounds) if args.memory_files else []}
        if args.json:
            print(json.dumps(data, indent=2))
        else:
            print(f"moukit at commit {data['commit']}, Python {data['python']}, {data['cpus']} CPUs, load average {load}")
            report(data)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
