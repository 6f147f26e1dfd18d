"""Metamorphic robustness of field reading: every gold document (tests/accuracy/gold/), typed or
extracted another way (benchmarks/transforms.py: Thai or Arabic digits, re-wrapped or joined
lines, indentation, NBSP, zero-width spaces, CRLF and a BOM, blank lines, decomposed sara am,
misordered or PUA marks, page breaks), must give the same fields as the source.

Each transformation is applied to the source text of a gold file; the gold's line numbers are
carried over to the transformed lines, its values are kept (the scorer of
benchmarks/accuracy.py compares them folded: Thai digits as Arabic, white space as one space,
ํา as ำ), and the parse of the transformed text is scored as accuracy.py scores the source.
A page-break transformation adds its page-number lines to the gold's furniture.

    python benchmarks/robustness.py [--losses] [--only NAME ...] [--json] [--commit]

It prints, per transformation, documents found and fields right beside the untransformed
baseline, and with ``--losses`` every field right in the baseline and wrong once transformed.
It always exits 0; tests/test_robustness.py asserts on a subset. Figures: docs/accuracy.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from accuracy import ROOT, gold_files, miss_line, score_parse, source_lines, summarize
from provenance import report
from transforms import PAGE_BREAK, TRANSFORMS, Variant, same_lines

from moukit import parse_text
from moukit.stages.normalize import normalize_text


def carry_gold(gold: dict, variant: Variant) -> dict:
    """The gold with its line numbers moved to the variant's lines."""
    origin = variant.origin

    def first(number: int) -> int:
        return next(i for i, (_, hi) in enumerate(origin, 1) if hi >= number)

    def last(number: int) -> int:
        return max(i for i, (lo, _) in enumerate(origin, 1) if lo <= number)

    documents = [{**doc, "first_line": first(doc["first_line"]), "last_line": last(doc["last_line"])}
                 for doc in gold["documents"]]
    furniture = []
    for number in gold.get("furniture", []):
        held = [i for i, (lo, hi) in enumerate(origin, 1) if lo <= number <= hi]
        if len(held) == 1 and origin[held[0] - 1] == (number, number):
            furniture.append(held[0])  # a furniture line joined to another or cut up is not scored
    furniture += [i for i, line in enumerate(variant.lines, 1) if line.startswith(PAGE_BREAK + "- ")]
    return {**gold, "documents": documents, "furniture": sorted(set(furniture))}


def score_variant(gold: dict, variant: Variant) -> dict:
    carried = carry_gold(gold, variant)
    text = variant.text
    try:
        document = parse_text(text)
    except Exception as error:  # noqa: BLE001 - a benchmark reports a crash, it does not stop on one
        return {"file": gold["file"], "documents": [], "false_positives": [], "furniture": [],
                "error": f"{type(error).__name__}: {error}"}
    # Furniture is looked for in the text as the parser repaired it (no zero-width space, PUA
    # glyph or NBSP left), so that a repaired line is not taken for one kept out of the text.
    return score_parse(carried, document, source_lines(normalize_text(text)))


def load_golds(paths: list[Path] | None = None) -> list[tuple[dict, list[str]]]:
    """(gold, source lines) for every gold file."""
    golds = []
    for path in paths or gold_files():
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (ROOT / gold["file"]).read_bytes().decode("utf-8-sig")
        golds.append((gold, source_lines(text)))
    return golds


def field_marks(files: list[dict]) -> dict[tuple, bool]:
    """(file, gold document, field) -> right; a document's being found is the field "document"."""
    marks = {}
    for result in files:
        for index, doc in enumerate(result["documents"]):
            marks[(result["file"], index, "document")] = doc["found"] is not None
            for row in doc["fields"]:
                marks[(result["file"], index, row["field"])] = row["right"]
    return marks


def run(names: list[str] | None = None, golds: list[tuple[dict, list[str]]] | None = None) -> dict:
    """Baseline and every transformation (or the ``names`` chosen): summaries and losses."""
    golds = golds if golds is not None else load_golds()
    baseline_files = [score_variant(gold, same_lines(lines)) for gold, lines in golds]
    baseline = summarize(baseline_files)
    before = field_marks(baseline_files)
    results = {}
    for name in names or TRANSFORMS:
        files = [score_variant(gold, TRANSFORMS[name](lines)) for gold, lines in golds]
        summary = summarize(files)
        after = field_marks(files)
        lost = [key for key, right in before.items() if right and not after.get(key, False)]
        gained = [key for key, right in before.items() if not right and after.get(key, False)]
        results[name] = {"documents": summary["documents"], "fields": summary["fields"],
                         "furniture_leaked": len(summary["furniture"]["leaked"]),
                         "errors": summary["errors"], "lost": [loss_line(files, key) for key in lost],
                         "gained": [list(key) for key in gained]}
    return {"baseline": {"documents": baseline["documents"], "fields": baseline["fields"],
                         "furniture_leaked": len(baseline["furniture"]["leaked"])},
            "transforms": results}


def loss_line(files: list[dict], key: tuple) -> str:
    """One lost field as accuracy.py prints a miss (the line is the document's in the variant)."""
    file, index, field = key
    result = next(r for r in files if r["file"] == file)
    if not result["documents"]:
        return f"{file}: {result.get('error', 'nothing parsed')}"
    doc = result["documents"][index]
    where = {"file": file, "line": doc["lines"][0], "kind": doc["kind"]}
    if field == "document":
        seen = doc.get("wrong_kind")
        return miss_line({**where, "field": field, "gold": doc["lines"],
                          "parsed": f"found as {seen['kind']} {seen['lines']}" if seen else "not found"})
    row = next(r for r in doc["fields"] if r["field"] == field)
    return miss_line({**where, **row, **({} if doc["found"] else {"parsed": "(document not found)"})})


def _share(share: dict) -> str:
    return f"{share['right']}/{share['total']}"


def report_lines(result: dict, *, losses: bool = False) -> list[str]:
    base = result["baseline"]
    out = [f"{'transformation':<20}{'documents':>11}{'fields':>10}{'lost':>6}{'gained':>8}{'furniture leaked':>18}",
           (f"{'(none: baseline)':<20}{_share(base['documents']):>11}{_share(base['fields']):>10}"
            f"{'':>6}{'':>8}{base['furniture_leaked']:>18}")]
    for name, row in result["transforms"].items():
        out.append(f"{name:<20}{_share(row['documents']):>11}{_share(row['fields']):>10}"
                   f"{len(row['lost']):>6}{len(row['gained']):>8}{row['furniture_leaked']:>18}")
        out += [f"  error: {error['file']}: {error['error']}" for error in row["errors"]]
    if losses:
        for name, row in result["transforms"].items():
            if row["lost"]:
                out += ["", f"{name}: lost {len(row['lost'])}"]
                out += [f"  {line}" for line in row["lost"]]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--losses", action="store_true", help="list each field lost to a transformation")
    parser.add_argument("--only", nargs="+", choices=list(TRANSFORMS), metavar="NAME",
                        help=f"run only these: {', '.join(TRANSFORMS)}")
    parser.add_argument("--json", action="store_true", help="print the whole result as one JSON object")
    parser.add_argument("--commit", action="store_true", help="name the commit of the moukit measured")
    args = parser.parse_args(argv)
    result = run(args.only)
    report(result, commit=args.commit, as_json=args.json, header=f"moukit robustness: {len(gold_files())} gold files",
           lines=lambda result: ["", *report_lines(result, losses=args.losses)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
