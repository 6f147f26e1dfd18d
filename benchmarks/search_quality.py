"""Recall and precision of ``moukit search`` on the query set (benchmarks/search_queries.json).

    python benchmarks/search_quality.py            # builds an archive of tests/corpus and samples
    python benchmarks/search_quality.py --archive a.db --markdown

Each query comes with what a Thai reader expects it to find, as a regular expression over each
searchable text as printed (docs/archive.md). A text is *expected* when the expression matches
it and *found* when the search returns it (all results, no limit). Recall = expected texts
found / expected texts; precision = expected texts found / texts found; both over all queries
together (micro), and per query.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = Path(__file__).resolve().parent / "search_queries.json"


def expectation(spec: str):
    """A predicate on a text from the query set's notation: ``A(x)``: x as an abbreviation (not
    after a Thai consonant, leading vowel or mark, not before a Thai vowel or mark); ``C(x)``: the same, and not before anything Thai (a
    two-letter agency code); ``AND(a|b)``:
    both; else a regular expression, tried on the text and on the text without its spaces."""
    if spec.startswith("AND(") and spec.endswith(")"):
        parts = [re.compile(part) for part in spec[4:-1].split("|")]
        return lambda text: all(part.search(text) for part in parts)
    if spec.startswith(("A(", "C(")):
        after = "[\u0e01-\u0e4e]" if spec.startswith("C(") else "[\u0e30-\u0e3a\u0e47-\u0e4e]"
        pattern = re.compile(rf"(?<![ก-ฮเ-ไ\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])(?:{spec[2:-1]})(?!{after})")
        return lambda text: bool(pattern.search(text))
    plain = re.compile(spec)
    return lambda text: bool(plain.search(text) or plain.search(text.replace(" ", "")))


def as_printed(text: str) -> str:
    """What a reader sees: NFC, no zero-width characters, ํา as ำ."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub("[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "", text)
    return re.sub("\u0e4d([\u0e48-\u0e4b]?)\u0e32", "\\1\u0e33", text)


def build(folder: Path) -> Path:
    from moukit.batch.jobs import BatchJob, run_batch

    out = folder / "corpus.db"
    run_batch(BatchJob((str(ROOT / "tests" / "corpus"), str(ROOT / "samples")), out))
    return out


def evaluate(archive: Path) -> dict:
    from moukit.archive.search import search

    with sqlite3.connect(archive) as connection:
        # A hit names its document and lines; a text is (path, document, part, first line, text):
        # every text the index holds (the view ``texts``).
        keys = {row[0]: row for row in connection.execute("SELECT id, path, document, part, first_line, text FROM texts")}
        units = [(key, row[5]) for key, row in keys.items()]
    results = []
    for entry in json.loads(QUERIES.read_text(encoding="utf-8"))["queries"]:
        expects = expectation(entry["expect"])
        expected = {keys[unit_id][1:] for unit_id, text in units if expects(as_printed(text))}
        found = {(hit.path, hit.document, hit.part, hit.first_line, hit.text) for hit in search(archive, entry["query"], limit=None)}
        results.append({"query": entry["query"], "why": entry["why"], "expected": len(expected), "found": len(found),
                        "right": len(expected & found), "missed": sorted(t[4][:80] for t in expected - found)[:5],
                        "wrong": sorted(t[4][:80] for t in found - expected)[:5]})
    expected = sum(r["expected"] for r in results)
    found = sum(r["found"] for r in results)
    right = sum(r["right"] for r in results)
    return {"queries": results, "units": len(units), "recall": right / expected if expected else 1.0,
            "precision": right / found if found else 1.0, "expected": expected, "found": found, "right": right}


def markdown(report: dict) -> str:
    lines = ["| query | what it tests | expected | found | recall | precision |", "|---|---|---:|---:|---:|---:|"]
    for r in report["queries"]:
        recall = r["right"] / r["expected"] if r["expected"] else 1.0
        precision = r["right"] / r["found"] if r["found"] else 1.0
        lines.append(f"| `{r['query']}` | {r['why']} | {r['expected']} | {r['found']} | {recall:.1%} | {precision:.1%} |")
    lines.append(f"| **all {len(report['queries'])} queries** | {report['units']} texts searched | {report['expected']} | "
                 f"{report['found']} | **{report['recall']:.1%}** | **{report['precision']:.1%}** |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path, help="an archive already built (default: build one of the corpus)")
    parser.add_argument("--markdown", action="store_true", help="print the table docs/archive.md shows")
    parser.add_argument("--verbose", "-v", action="store_true", help="print what each query missed or found wrongly")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        report = evaluate(args.archive or build(Path(folder)))
    if args.markdown:
        print(markdown(report))
    for r in report["queries"]:
        if args.verbose and (r["missed"] or r["wrong"]):
            print(f"{r['query']}: missed {r['missed']} wrong {r['wrong']}", file=sys.stderr)
    print(f"search recall: {report['right']}/{report['expected']} ({report['recall']:.1%})")
    print(f"search precision: {report['right']}/{report['found']} ({report['precision']:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
