"""The archive's targets (issue 16; docs/performance.md): what ``-o archive.db`` costs beside
``-o out.jsonl``, its size, its memory, and how fast a search returns its first page.

    python benchmarks/archive.py [--files 2000] [--corpus DIR] [--rounds 3] [--workers 2] [--documents 100000]

- **Build**: the generated corpus of benchmarks/batch.py (copies of samples/, each varied),
  ``--files`` files, or with ``--corpus DIR`` copies of the real documents there (tests/corpus:
  longer, with more paragraphs) to about ``--files``; ``moukit batch CORPUS -o out.jsonl`` and ``-o archive.db`` as real
  commands, interleaved, ``--rounds`` each; the median wall time of each and their ratio, the
  median CPU time of the process tree (less sensitive to a shared machine) and the command's
  share of it (the writer), the peak resident memory of the whole process tree, and the archive's size over the JSONL's. The
  build at a quarter of ``--files`` gives the memory at two sizes (flat in the files?).
- **Search**: an archive of ``--documents`` documents synthesised from the corpus (tests/corpus
  and samples parsed once; their rows written again and again under new file names, as the
  batch's writer writes them), then each query of benchmarks/search_queries.json asked for
  its first page (20 results) ``--repeat`` times, warm: the median over the queries of each
  query's median, and the slowest query; and the same for the Datasette query of
  docs/archive.md (the index joined to the view ``texts``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch import TreeSampler, make_corpus, moukit_command  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
QUERIES = Path(__file__).resolve().parent / "search_queries.json"


def run(corpus: Path, out: Path, workers: int) -> dict:
    argv = [*moukit_command(), "batch", str(corpus), "-o", str(out), "--workers", str(workers)]
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = TreeSampler(process.pid, period=0.02)
    sampler.start()
    stderr = process.stderr.read()
    process.wait()
    wall = time.perf_counter() - start
    sampler.stop()
    ticks = os.sysconf("SC_CLK_TCK")
    command = sum(n for pid, n in sampler.cpu_ticks.items() if sampler.roles.get(pid) == "command") / ticks
    result = {"wall_s": wall, "exit": process.returncode, "bytes": out.stat().st_size,
              "cpu_s": sampler.cpu_s, "command_cpu_s": command,
              "peak_total_mb": sampler.peak_total_kb / 1024,
              "summary": stderr.decode("utf-8", "replace").strip().splitlines()[-1:]}
    out.unlink()
    return result


def copy_corpus(root: Path, source: Path, copies: int) -> int:
    """``copies`` copies of every file under ``source`` (real documents, each as it is)."""
    files = sorted(path for path in source.rglob("*") if path.is_file() and path.suffix.lower() == ".txt")
    root.mkdir(parents=True, exist_ok=True)
    for copy in range(copies):
        for path in files:
            shutil.copyfile(path, root / f"{copy:04d}-{path.name}")
    return copies * len(files)


def build(work: Path, files: int, rounds: int, workers: int, source: Path | None = None) -> dict:
    """``files`` generated files, or (``source``) copies of its text files, about ``files`` in all."""
    corpus = work / "corpus"
    per_copy = len([path for path in source.rglob("*.txt") if path.is_file()]) if source else 0
    if source:
        files = copy_corpus(corpus, source, max(round(files / per_copy), 1))
    else:
        make_corpus(corpus, files)
    runs: dict[str, list[dict]] = {"jsonl": [], "db": []}
    for _ in range(rounds):
        for kind in ("jsonl", "db"):
            runs[kind].append(run(corpus, work / f"out.{kind}", workers))
    small = work / "small"
    if source:
        copy_corpus(small, source, max(round(files / 4 / per_copy), 1))
    else:
        make_corpus(small, max(files // 4, 1))
    median = {kind: statistics.median(r["wall_s"] for r in rs) for kind, rs in runs.items()}
    cpu = {kind: statistics.median(r["cpu_s"] for r in rs) for kind, rs in runs.items()}
    return {"files": files, "corpus": str(source) if source else "generated", "workers": workers, "rounds": rounds,
            "jsonl_s": median["jsonl"], "db_s": median["db"], "time_ratio": median["db"] / median["jsonl"],
            "jsonl_cpu_s": cpu["jsonl"], "db_cpu_s": cpu["db"], "cpu_ratio": cpu["db"] / cpu["jsonl"],
            "db_command_cpu_s": statistics.median(r["command_cpu_s"] for r in runs["db"]),
            "jsonl_bytes": runs["jsonl"][0]["bytes"], "db_bytes": runs["db"][0]["bytes"],
            "size_ratio": runs["db"][0]["bytes"] / runs["jsonl"][0]["bytes"],
            "db_peak_mb": max(r["peak_total_mb"] for r in runs["db"]),
            "db_peak_mb_quarter": run(small, work / "small.db", workers)["peak_total_mb"],
            "jsonl_peak_mb": max(r["peak_total_mb"] for r in runs["jsonl"]),
            "summaries": [r["summary"] for rs in runs.values() for r in rs]}


# -- a large archive, synthesised ----------------------------------------------------------------


def synthesise(out: Path, documents: int) -> dict:
    """An archive of about ``documents`` documents: the corpus's rows under new file names."""
    from moukit.archive.rows import file_rows
    from moukit.archive.writer import ArchiveOutput
    from moukit.batch.work import Outcome
    from moukit.errors import MoukitError
    from moukit.pipeline import parse_file

    parsed = []
    for path in sorted([*(ROOT / "tests" / "corpus").glob("*.txt"), *(ROOT / "samples").glob("*.txt")]):
        try:
            parsed.append(file_rows(parse_file(str(path))))
        except MoukitError:
            continue
    start = time.perf_counter()
    archive = ArchiveOutput(out, resume=False)
    written = copy = 0
    while written < documents:
        for rows in parsed:
            name = f"synthetic/{copy:06d}/{Path(rows.file[0]).name}"
            archive.write(Outcome(name, "x", None, _copy(rows, name, copy)))
            written += len(rows.documents)
            if written >= documents:
                break
        copy += 1
    archive.close()
    return {"documents": written, "seconds": time.perf_counter() - start, "bytes": out.stat().st_size}


def _copy(rows, name: str, copy: int):
    """The rows of a file as another file's: its own name, and reference numbers and titles of
    its own, so that its citations resolve within its copy as the corpus's do (a thousand
    copies of one letter would each cite all thousand)."""
    from dataclasses import replace

    def key(value):
        return None if value is None else f"{value}#{copy}"

    documents = [(*row[:22], key(row[22]), key(row[23]), *row[24:]) for row in rows.documents]
    citations = [(row[0], row[1], key(row[2]), key(row[3]), *row[4:]) for row in rows.citations]
    return replace(rows, file=(name, *rows.file[1:]), documents=documents, citations=citations)


def latency(archive: Path, repeat: int) -> dict:
    from moukit.archive.search import search

    queries = [entry["query"] for entry in json.loads(QUERIES.read_text(encoding="utf-8"))["queries"]]
    per_query = {}
    for query in queries:
        search(archive, query)  # warm: the pages this query reads
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            search(archive, query)
            times.append(time.perf_counter() - start)
        per_query[query] = statistics.median(times) * 1000
    ordered = sorted(per_query.values())
    slowest = max(per_query, key=per_query.get)
    return {"queries": len(queries), "median_ms": statistics.median(ordered),
            "p90_ms": ordered[int(0.9 * (len(ordered) - 1))], "slowest": slowest,
            "slowest_ms": per_query[slowest], "per_query_ms": per_query}


def view_latency(archive: Path, repeat: int) -> dict:
    """The Datasette query of docs/archive.md (the index joined to the view ``texts``, ``:q``
    bound to each query as Datasette binds it, unfolded): the median over the queries of each
    one's median of ``repeat`` warm runs, and the slowest."""
    import sqlite3

    section = (ROOT / "docs" / "archive.md").read_text(encoding="utf-8").split("## Datasette", 1)[1]
    sql = section.split("```sql\n", 1)[1].split("```", 1)[0].replace(":q", "?")
    queries = [entry["query"] for entry in json.loads(QUERIES.read_text(encoding="utf-8"))["queries"]]
    per_query = {}
    with sqlite3.connect(archive) as connection:
        for query in queries:
            try:
                connection.execute(sql, (query,)).fetchall()
            except sqlite3.OperationalError:
                continue  # FTS5's own syntax refuses it ("สสส." : a full stop); Datasette would say so
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                connection.execute(sql, (query,)).fetchall()
                times.append(time.perf_counter() - start)
            per_query[query] = statistics.median(times) * 1000
    slowest = max(per_query, key=per_query.get)
    return {"queries": len(per_query), "median_ms": statistics.median(per_query.values()),
            "slowest": slowest, "slowest_ms": per_query[slowest]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--corpus", type=Path, help="build from copies of this folder's .txt files (real documents) "
                        "rather than the generated corpus, about --files in all")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--documents", type=int, default=100_000, help="0: no search part")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip-build", action="store_true", help="only the search on a synthesised archive")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        data: dict = {}
        if not args.skip_build:
            data["build"] = build(work, args.files, args.rounds, args.workers, args.corpus)
            print(json.dumps(data["build"]), file=sys.stderr, flush=True)  # kept should the search part fail
        if args.documents:
            synthetic = work / "synthetic.db"
            data["synthetic"] = synthesise(synthetic, args.documents)
            data["search"] = latency(synthetic, args.repeat)
            data["view"] = view_latency(synthetic, args.repeat)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if "build" in data:
        b = data["build"]
        print(f"build, {b['files']} files ({b['corpus']}), {b['workers']} workers, median of {b['rounds']}: jsonl {b['jsonl_s']:.1f} s, "
              f"archive {b['db_s']:.1f} s, ratio {b['time_ratio']:.2f}")
        print(f"cpu (process tree), median: jsonl {b['jsonl_cpu_s']:.1f} s, archive {b['db_cpu_s']:.1f} s, ratio "
              f"{b['cpu_ratio']:.2f}; of the archive's, the command (reading results, writing SQLite) {b['db_command_cpu_s']:.1f} s")
        print(f"size: jsonl {b['jsonl_bytes'] / 1e6:.1f} MB, archive {b['db_bytes'] / 1e6:.1f} MB, ratio {b['size_ratio']:.2f}")
        print(f"peak memory (process tree): archive {b['db_peak_mb']:.0f} MB at {b['files']} files, "
              f"{b['db_peak_mb_quarter']:.0f} MB at a quarter; jsonl {b['jsonl_peak_mb']:.0f} MB")
    if "search" not in data:
        return
    s, q = data["synthetic"], data["search"]
    print(f"synthetic archive: {s['documents']} documents, {s['bytes'] / 1e6:.0f} MB, written in {s['seconds']:.0f} s")
    print(f"search, first page of 20, {q['queries']} queries: median {q['median_ms']:.1f} ms, p90 {q['p90_ms']:.1f} ms, "
          f"slowest {q['slowest']} {q['slowest_ms']:.1f} ms")
    v = data["view"]
    print(f"the Datasette query of docs/archive.md, {v['queries']} queries: median {v['median_ms']:.1f} ms, "
          f"slowest {v['slowest']} {v['slowest_ms']:.1f} ms")


if __name__ == "__main__":
    main()
