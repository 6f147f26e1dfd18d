"""Cold CLI start (SPEC §6): ``moukit --version`` under 150 ms, ``moukit parse FILE`` under
400 ms wall.

Each run is a fresh process started with ``subprocess.run`` and timed with
``time.perf_counter`` around it (process start, imports, work, exit). The command is the
installed ``moukit`` console script next to this interpreter when there is one, else
``python -m moukit``. "Cold" means a new interpreter; the OS file cache and the ``.pyc`` files
are warm (one untimed run first), as for a user's second command of the day. As a floor, the
same is measured for a bare ``python -c pass``. Beside the wall time it shows the child's CPU
time (user + system, from ``resource.getrusage``): on a busy machine, wall time well above CPU
time means the process waited for a CPU.

Then each command is run ``--import-runs`` more times with ``PYTHONPROFILEIMPORTTIME=1`` (the
same as ``python -X importtime``) and the 10 heaviest imports by median cumulative time are
listed, so a module that stops being imported lazily shows up at once. importtime adds its own
overhead: read those figures relative to each other, not against the wall times. A module's
cost is charged to whichever module imports it first.

    python benchmarks/cli_startup.py [--runs 30] [--import-runs 5] [--sample FILE] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

from provenance import moukit_commit

try:
    import resource
except ImportError:  # not on Windows
    resource = None

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
MAIN_SAMPLE = SAMPLES / "circular-dla-mou-thaihealth-2556.txt"
TOP_IMPORTS = 10


def moukit_command() -> list[str]:
    """The console script beside this interpreter, else ``python -m moukit``."""
    script = Path(sys.executable).parent / ("moukit.exe" if os.name == "nt" else "moukit")
    return [str(script)] if script.exists() else [sys.executable, "-m", "moukit"]


def run(argv: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    if result.returncode != 0:
        sys.exit(f"{' '.join(argv)} exited {result.returncode}: {result.stderr.decode()[-500:]}")
    return result


def children_cpu() -> float:
    """CPU seconds (user + system) used so far by finished child processes; 0 where unknown."""
    if resource is None:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_runs(argv: list[str], runs: int) -> dict:
    """Wall time (and CPU time) of ``runs`` fresh processes, after one untimed run."""
    run(argv)
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), children_cpu()
        run(argv)
        times.append(time.perf_counter() - start)
        cpu.append(children_cpu() - start_cpu)
    return {"runs": runs, "median_s": statistics.median(times), "min_s": min(times), "max_s": max(times),
            "cpu_median_s": statistics.median(cpu)}


def heaviest_imports(argv: list[str], runs: int, top: int = TOP_IMPORTS) -> dict:
    """The ``top`` imports by cumulative time: the median of each module over ``runs`` runs."""
    env = {**os.environ, "PYTHONPROFILEIMPORTTIME": "1"}
    seen: dict[str, dict] = {}  # by depth and name: a module can show up twice (nested, then cached)
    totals = []
    for _ in range(runs):
        total = 0.0
        for line in run(argv, env).stderr.decode().splitlines():
            if not line.startswith("import time:") or "[us]" in line:
                continue
            self_us, cumulative_us, name = line[len("import time:"):].split("|")
            depth = (len(name) - len(name.lstrip(" ")) - 1) // 2
            module = name.strip()
            row = seen.setdefault(f"{depth} {module}", {"module": module, "depth": depth, "self": [], "cum": []})
            row["self"].append(int(self_us) / 1000)
            row["cum"].append(int(cumulative_us) / 1000)
            total += int(cumulative_us) / 1000 if depth == 0 else 0
        totals.append(total)
    rows = [{"module": r["module"], "depth": r["depth"], "self_ms": statistics.median(r["self"]),
             "cumulative_ms": statistics.median(r["cum"])} for r in seen.values()]
    rows.sort(key=lambda row: row["cumulative_ms"], reverse=True)
    return {"runs": runs, "modules_imported": len(seen), "total_ms": statistics.median(totals), "top": rows[:top]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30, help="timed runs per command (default 30)")
    parser.add_argument("--import-runs", type=int, default=5, help="importtime runs per command (default 5)")
    parser.add_argument("--sample", type=Path, default=MAIN_SAMPLE, help="file for 'moukit parse'")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    args = parser.parse_args()

    moukit = moukit_command()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    commands = [
        ("python -c pass (floor)", [sys.executable, "-c", "pass"], None),
        ("moukit --version", [*moukit, "--version"], 0.150),
        ("moukit parse FILE --format json", [*moukit, "parse", str(args.sample), "--format", "json"], 0.400),
    ]
    results = []
    for label, argv, target in commands:
        row = {"command": label, "argv": argv, "target_s": target, **time_runs(argv, args.runs)}
        if target:
            row["ratio_to_target"] = row["median_s"] / target  # under 1.0 meets the target
            row["imports"] = heaviest_imports(argv, args.import_runs)
        results.append(row)

    if args.json:
        json.dump({"python": platform.python_version(), "commit": moukit_commit(), "moukit_command": moukit,
                   "cpus": os.cpu_count(), "loadavg_1min_at_start": load, "results": results}, sys.stdout, indent=2)
        print()
    else:
        print_report(moukit, load, results)


def print_report(moukit: list[str], load: float | None, results: list[dict]) -> None:
    print(f"moukit at commit {moukit_commit()} · Python {platform.python_version()} · command: {' '.join(moukit)} · {os.cpu_count()} CPUs · load {load}")
    print(f"\n{'command':34} {'runs':>4} {'median ms':>9} {'min ms':>7} {'max ms':>7} {'cpu ms':>7} {'target ms':>9} {'median/target':>13}")
    for row in results:
        target = f"{row['target_s'] * 1000:9.0f}" if row["target_s"] else " " * 9
        ratio = f"{row['ratio_to_target']:13.2f}" if row["target_s"] else ""
        print(f"{row['command']:34} {row['runs']:>4} {row['median_s'] * 1000:9.1f} {row['min_s'] * 1000:7.1f} "
              f"{row['max_s'] * 1000:7.1f} {row['cpu_median_s'] * 1000:7.1f} {target} {ratio}")
    for row in results:
        if "imports" not in row:
            continue
        imports = row["imports"]
        print(f"\n{row['command']}: {imports['modules_imported']} modules imported, "
              f"{imports['total_ms']:.1f} ms in imports under importtime (median of {imports['runs']} runs);"
              f" {TOP_IMPORTS} heaviest by cumulative time:")
        print(f"  {'cumulative ms':>13} {'self ms':>8}  module (indented by import depth)")
        for imp in imports["top"]:
            print(f"  {imp['cumulative_ms']:13.1f} {imp['self_ms']:8.1f}  {'  ' * imp['depth']}{imp['module']}")


if __name__ == "__main__":
    main()
