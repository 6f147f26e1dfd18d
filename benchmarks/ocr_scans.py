"""OCR on real scans: is every header field right, or flagged — never silently wrong? (docs/ocr.md)

Reads each scanned circular of ``../shared/scans/`` (image-only PDFs) through ``moukit.parse_file``
and scores six fields against ``fields.json`` (read off the page images by a person): kind, ref,
date, subject, salutation word and signer name. Each field is

- **right**: equal to the person's reading, spaces ignored, after moukit's normalization of both;
- **flagged**: not right, but the Document warns about the line the value was read from
  (``ocr_unverified_digits``), so a reader knows to look at the page;
- **missing**: printed on the page, but moukit found no value (the field is empty, not wrong;
  a kind of ``unknown`` counts here: moukit claims no kind);
- **wrong**: a value that differs and carries no warning — the failure this work is about.

The expected kind is ``stamped`` for a head with ถึง (a stamped letter, a radio message) and
``letter`` otherwise; a field the person reads as not printed (null) is right when moukit finds
none. CPU seconds are those of this process and its children (tesseract) per page.

    python benchmarks/ocr_scans.py [--scans DIR] [--only s01,s02] [-v] [--cache DIR]

``--cache DIR`` keeps tesseract's outputs per page image, and per line crop read again as
Thai (``moukit.ocr.script``), keyed by the image's SHA-256 and the engine's options, so that
work on the reading rules can be measured again in seconds; CPU figures are only meaningful
without it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

from moukit.pipeline import parse_file
from moukit.stages.normalize import normalize

FIELDS = ("kind", "ref", "date", "subject", "salutation", "signer")
SCANS = Path(__file__).resolve().parents[2] / "shared" / "scans"


def _same(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return _key(a) == _key(b)


def _key(text: str) -> str:
    return "".join(normalize(text).text.split())


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def header_fields(doc) -> dict[str, tuple[str | None, tuple[int, int] | None]]:
    """The scored header fields of a Document: each one's value and the lines it was read from."""
    h = doc.header
    signer = doc.signatories[0] if doc.signatories else None
    return {
        "kind": (doc.kind, None),
        "ref": (h.ref.raw if h.ref else None, h.lines.ref),
        "date": (h.date.raw if h.date else None, h.lines.date),
        "subject": (h.subject, h.lines.subject),
        "salutation": (h.salutation.word if h.salutation else None, h.lines.salutation),
        "signer": (f"{signer.honorific or ''}{signer.name}" if signer and signer.name else None,
                   signer.lines if signer else None),
    }


def score(doc, gold: dict) -> dict[str, tuple[str, str | None, str | None]]:
    """field -> (verdict, found, expected)."""
    # A field counts as flagged only by a warning of its own kind on its own line: digits for
    # the ref and the date, text (naming the field) for the others — never by a stamp's speckle.
    digit_lines = {w.line for w in doc.warnings if w.code == "ocr_unverified_digits"}
    text_lines = {(w.line, w.message.split(" on line ")[0]) for w in doc.warnings if w.code == "ocr_unverified_text"}
    found = header_fields(doc)
    expected = {
        "kind": "stamped" if gold["salutation_word"] == "ถึง" else "letter",
        "ref": gold["ref"], "date": gold["date"], "subject": gold["subject"],
        "salutation": gold["salutation_word"], "signer": gold["signer_name"],
    }
    out = {}
    for field in FIELDS:
        value, lines = found[field]
        want = expected[field]
        doubted = lines is not None and any(_flags(field, line, digit_lines, text_lines)
                                            for line in range(lines[0], lines[1] + 1))
        if _same(value, want):
            verdict = "right, flagged" if doubted and value is not None else "right"
        elif doubted:
            verdict = "flagged"
        elif value is None or (field == "kind" and value == "unknown"):
            verdict = "missing"
        else:
            verdict = "wrong"
        out[field] = (verdict, value, want)
    return out


def _cached(folder: Path) -> None:
    """Route tesseract runs through a cache of their outputs in ``folder``."""
    from moukit.ocr import engine

    folder.mkdir(parents=True, exist_ok=True)
    uncached = engine.run

    def run(png: bytes, path: str | None, languages: str = engine.LANGUAGES, psm: str = engine.PSM) -> tuple[str, str]:
        key = hashlib.sha256(png + f"{languages} {psm}".encode()).hexdigest()  # a page's or a line's
        text, table = folder / f"{key}.txt", folder / f"{key}.tsv"
        if not (text.exists() and table.exists()):
            out = uncached(png, path, languages, psm)
            text.write_text(out[0], encoding="utf-8")
            table.write_text(out[1], encoding="utf-8")
        return text.read_text(encoding="utf-8"), table.read_text(encoding="utf-8")

    engine.run = run


def _flags(field: str, line: int, digit_lines: set[int], text_lines: set[tuple[int, str]]) -> bool:
    """Whether a warning on ``line`` is about ``field``'s value (see ``score``)."""
    if field in ("ref", "date"):
        return line in digit_lines or (line, field) in text_lines
    named = {"subject": "subject", "salutation": "salutation", "signer": "signer name"}.get(field)
    return (line, named) in text_lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scans", type=Path, default=SCANS)
    parser.add_argument("--only", default="", help="comma-separated file stems: s01,s02")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every field that is not right")
    parser.add_argument("--cache", type=Path, help="keep tesseract's outputs here (see the docstring)")
    args = parser.parse_args()
    if args.cache:
        _cached(args.cache)
    gold = json.loads((args.scans / "fields.json").read_text(encoding="utf-8"))
    names = [n for n in sorted(gold) if not args.only or n.split(".")[0] in args.only.split(",")]
    totals = {verdict: 0 for verdict in ("right", "flagged", "missing", "wrong")}
    per_field = {field: dict.fromkeys(totals, 0) for field in FIELDS}
    pages = 0
    false_alarms = 0  # right values with a warning on their line: the checks' cost to a reader
    cpu0, wall0 = _cpu(), time.perf_counter()
    for name in names:
        doc = parse_file(args.scans / name)
        pages += len(doc.source.ocr.page_confidence) if doc.source and doc.source.ocr else 0
        scored = score(doc, gold[name])
        line = " ".join(f"{field}={verdict}" for field, (verdict, _, _) in scored.items())
        print(f"{name}: {line}", flush=True)
        for field, (verdict, value, want) in scored.items():
            if verdict == "right, flagged":
                false_alarms += 1
                verdict = "right"
            totals[verdict] += 1
            per_field[field][verdict] += 1
            if args.verbose and verdict != "right":
                print(f"    {field}: {verdict}: found {value!r}, expected {want!r}")
    cpu, wall = _cpu() - cpu0, time.perf_counter() - wall0
    n = sum(totals.values())
    print()
    for field in FIELDS:
        print(f"{field:<11}" + "  ".join(f"{v} {c:>2}" for v, c in per_field[field].items()))
    print(f"fields {n}: right {totals['right']} ({100 * totals['right'] / n:.1f} %), "
          f"flagged {totals['flagged']}, missing {totals['missing']}, wrong (unflagged) {totals['wrong']}; "
          f"right or flagged {100 * (totals['right'] + totals['flagged']) / n:.1f} %")
    print(f"right values that are flagged all the same (false alarms): {false_alarms} of {totals['right']}")
    print(f"pages {pages}: {cpu / max(pages, 1):.2f} CPU s per page, {wall:.0f} s wall")
    return 0


if __name__ == "__main__":
    sys.exit(main())
