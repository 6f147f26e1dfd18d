"""Accuracy of the parser against the hand-read gold (issue 11): how many of the official
documents a person finds in the corpus moukit finds, and how many of their parts it reads right.

The gold is one JSON file per real document file in ``tests/accuracy/gold/`` (format in
``tests/accuracy/README.md``). For each, the file it names is parsed with ``moukit.parse_file``
and scored:

- the parsed tree is flattened (the outermost Document, then its attachments, depth first);
  the candidates are the documents whose kind is not ``news`` or ``unknown``;
- each gold document is matched to a candidate of the same kind whose line span overlaps its
  own, largest overlap first, each candidate used once; an unmatched gold document that a
  document of another kind covers for at least half its span is reported as found with the
  wrong kind; a candidate matched by no gold document is a false positive;
- every key of a gold document other than kind/first_line/last_line is a field, right only
  when equal to what the parser gives after folding (NFC, Thai digits to Arabic, white space
  runs to one space, trailing ``,.:`` dropped); the fields of an unmatched gold document are
  wrong;
- each gold furniture line (page number, print stamp, running head …) must not appear in the
  text of a paragraph or clause whose lines include it.

    python benchmarks/accuracy.py [--misses] [--json] [--commit]

It always exits 0: it reports, the floors in ``tests/accuracy/floors.json`` are asserted by
``tests/test_accuracy.py``. Method and the last recorded run: ``docs/accuracy.md``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from moukit import parse_file, parse_text
from moukit.models import Clause, Document
from moukit.parts.numbering import BULLETS
from provenance import report  # the benchmarks put their own folder on sys.path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "accuracy" / "gold"
KINDS = ("letter", "memo", "stamped", "order", "regulation", "announcement", "statement",
         "minutes", "certificate", "mou", "contract")
"""The kinds a gold document may have (tests/accuracy/README.md), in the README's order."""
NOT_CANDIDATES = frozenset({"news", "unknown"})
SPAN_KEYS = frozenset({"kind", "first_line", "last_line"})
WRONG_KIND_SHARE = 0.5
"""An unmatched gold document is "found with the wrong kind" when a parsed document of another
kind covers at least this share of its lines."""
VALUE_WIDTH = 80

# -- folding ------------------------------------------------------------------------------------

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# "ที่\u00a0มท ๐๘๙๑.๓/ว\u200b๒๕๕๖" -> "ที่ มท 0891.3/ว 2556": any run of white space, NBSP and
# zero-width characters is one space.
_SPACE_RUN = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")
# "ขอแสดงความนับถือ ." / "Yours sincerely," / "ดังนี้ :" lose their trailing marks.
_TRAILING_MARKS = re.compile(r"[ ,.:]+$")
# "สํานัก" (NIKHAHIT + SARA AA, as many PDFs extract it) is "สำนัก" (SARA AM): NFC does not
# compose them, the parser's normalizer does, and the gold copies the page as printed.
_SARA_AM = ("\u0e4d\u0e32", "\u0e33")


def fold(text: str | None) -> str | None:
    """The form strings are compared in; None stays None."""
    if text is None:
        return None
    text = unicodedata.normalize("NFC", text).translate(_THAI_DIGITS).replace(*_SARA_AM)
    return _TRAILING_MARKS.sub("", _SPACE_RUN.sub(" ", text).strip())


# -- fields: what the gold holds and where the parsed Document holds it --------------------------


def _parsed_date(doc: Document) -> str | None:
    for date in (doc.header.date, doc.signed and doc.signed.date, doc.meeting and doc.meeting.date):
        if date is not None and date.iso is not None:
            return date.iso
    return None


def _same_date(gold: str | None, parsed: str | None) -> bool:
    # A gold date without a day ("2024-11") matches any parsed date of that month.
    if gold is None or parsed is None:
        return gold == parsed
    return parsed == gold or (len(gold) == 7 and parsed.startswith(gold))


def _salutation(word: str | None, addressee: str | None) -> str | None:
    return None if word is None else fold(f"{word} {addressee or ''}")


def _clause_paths(blocks: tuple, parent: str = "") -> Iterator[str]:
    # The gold lists the numbered clauses: a bulleted item ("- ถ้า…", "● …") has no number.
    for block in blocks:
        if isinstance(block, Clause) and block.number in BULLETS:
            yield from _clause_paths(block.children, parent)
        elif isinstance(block, Clause):
            path = parent + fold(block.number)
            yield path
            yield from _clause_paths(block.children, path + ">")


def _parsed_signatories(doc: Document, gold: list[dict]) -> tuple:
    # The gold lists people only: an agency signing a ประกาศ (role "issuer") is not held against
    # the parser unless the gold names it.
    gold_names = {fold(person["name"]) for person in gold or ()}
    return tuple((fold(s.name), s.role) for s in doc.signatories
                 if s.role != "issuer" or fold(s.name) in gold_names)


@dataclass(frozen=True)
class FieldSpec:
    gold: Callable[[Any], Any]
    """The gold value in its compared form."""
    parsed: Callable[[Document, Any], Any]
    """The parsed document's value in the same form (given the gold value)."""
    same: Callable[[Any, Any], bool] = lambda gold, parsed: gold == parsed
    items: bool = False
    """A list field: a partial score (F1 of its items) is computed too."""


def _text_field(get: Callable[[Document], str | None]) -> FieldSpec:
    return FieldSpec(gold=fold, parsed=lambda doc, _: fold(get(doc)))


FIELDS: dict[str, FieldSpec] = {
    "title": _text_field(lambda doc: doc.title),
    "ref": _text_field(lambda doc: doc.header.ref and doc.header.ref.raw),
    "date": FieldSpec(gold=lambda value: value, parsed=lambda doc, _: _parsed_date(doc), same=_same_date),
    "subject": _text_field(lambda doc: doc.header.subject),
    "salutation": FieldSpec(
        gold=lambda value: value and _salutation(value["word"], value.get("addressee")),
        parsed=lambda doc, _: doc.header.salutation and _salutation(
            doc.header.salutation.word, doc.header.salutation.addressee)),
    "closing": _text_field(lambda doc: doc.closing),
    "signatories": FieldSpec(
        gold=lambda value: tuple((fold(person["name"]), person["role"]) for person in value or ()),
        parsed=_parsed_signatories, items=True),
    "parties": FieldSpec(gold=lambda value: tuple(fold(name) for name in value or ()),
                         parsed=lambda doc, _: tuple(fold(party.name) for party in doc.parties)),
    "clauses": FieldSpec(gold=lambda value: tuple(fold(path) for path in value or ()),
                         parsed=lambda doc, _: tuple(_clause_paths(doc.body)), items=True),
    "copies": FieldSpec(gold=lambda value: value, parsed=lambda doc, _: doc.conclusion and doc.conclusion.copies),
}


def f1(gold: tuple, parsed: tuple) -> float:
    """F1 of two lists taken as multisets; 1.0 when both are empty."""
    if not gold and not parsed:
        return 1.0
    common = sum((Counter(gold) & Counter(parsed)).values())
    return 2 * common / (len(gold) + len(parsed))


# -- matching -------------------------------------------------------------------------------------


def flatten(document: Document) -> list[Document]:
    """The document and its attachments, recursively, depth first: "#0", "#1", …"""
    found = [document]
    for attachment in document.attachments:
        found.extend(flatten(attachment))
    return found


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """How many lines two inclusive spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]) + 1)


def _span(gold_doc: dict) -> tuple[int, int]:
    return (gold_doc["first_line"], gold_doc["last_line"])


def match_documents(gold_docs: list[dict], flat: list[Document]) -> tuple[dict[int, int], dict[int, int]]:
    """Gold index -> flat index: the matches (same kind, overlapping, largest overlap first, each
    candidate once), and for unmatched gold documents the best-covering document of another kind."""
    pairs = sorted(((-overlap(_span(g), doc.lines), gi, di)
                    for gi, g in enumerate(gold_docs) for di, doc in enumerate(flat)
                    if doc.kind not in NOT_CANDIDATES and doc.kind == g["kind"]
                    and overlap(_span(g), doc.lines) > 0))
    matches: dict[int, int] = {}
    for _, gi, di in pairs:
        if gi not in matches and di not in matches.values():
            matches[gi] = di
    wrong_kind: dict[int, int] = {}
    for gi, g in enumerate(gold_docs):
        length = g["last_line"] - g["first_line"] + 1
        covering = [(overlap(_span(g), doc.lines), -di) for di, doc in enumerate(flat)
                    if doc.kind != g["kind"] and not (di == 0 and doc.kind == "news")]
        best = max(covering, default=(0, 0))
        if gi not in matches and best[0] >= WRONG_KIND_SHARE * length:
            wrong_kind[gi] = -best[1]
    return matches, wrong_kind


# -- scoring one file -----------------------------------------------------------------------------


def score_fields(gold_doc: dict, doc: Document | None) -> list[dict]:
    """One row per field of a gold document; every field of an unmatched document is wrong."""
    rows = []
    for key, value in gold_doc.items():
        if key in SPAN_KEYS or key not in FIELDS:
            continue
        spec = FIELDS[key]
        gold = spec.gold(value)
        parsed = None if doc is None else spec.parsed(doc, value)
        row = {"field": key, "gold": gold, "parsed": parsed,
               "right": doc is not None and spec.same(gold, parsed)}
        if spec.items:
            row["f1"] = 0.0 if doc is None else round(f1(gold, parsed), 4)
        rows.append(row)
    return rows


def _block_texts(blocks: tuple) -> Iterator[tuple[str, tuple[int, int]]]:
    for block in blocks:
        yield block.text, block.lines
        if isinstance(block, Clause):
            yield from _block_texts(block.children)


def score_furniture(numbers: list[int], source_lines: list[str], flat: list[Document]) -> list[dict]:
    """Each gold furniture line, leaked when its folded text is inside a paragraph or clause (of
    any document) whose lines include it. A line that folds to nothing cannot leak: skipped."""
    texts = [(fold(text), lines) for doc in flat for text, lines in _block_texts(doc.body)]
    rows = []
    for number in numbers:
        line = fold(source_lines[number - 1]) if number <= len(source_lines) else ""
        if line:
            leaked = any(line in text and lines[0] <= number <= lines[1] for text, lines in texts)
            rows.append({"line": number, "text": line, "leaked": leaked})
    return rows


def score_parse(gold: dict, document: Document, source_lines: list[str]) -> dict:
    """Score one parsed file against its gold (a dict in the tests/accuracy/README.md format)."""
    flat = flatten(document)
    matches, wrong_kind = match_documents(gold["documents"], flat)
    docs = []
    for gi, gold_doc in enumerate(gold["documents"]):
        found = flat[matches[gi]] if gi in matches else None
        entry = {"kind": gold_doc["kind"], "lines": list(_span(gold_doc)),
                 "found": None if found is None else {"doc": f"#{matches[gi]}", "lines": list(found.lines)},
                 "fields": score_fields(gold_doc, found),
                 "unscored": sorted(set(gold_doc) - SPAN_KEYS - set(FIELDS))}
        if gi in wrong_kind:
            other = flat[wrong_kind[gi]]
            entry["wrong_kind"] = {"doc": f"#{wrong_kind[gi]}", "kind": other.kind, "lines": list(other.lines)}
        docs.append(entry)
    used = set(matches.values())
    false_positives = [{"doc": f"#{di}", "kind": doc.kind, "lines": list(doc.lines), "title": doc.title}
                       for di, doc in enumerate(flat) if doc.kind not in NOT_CANDIDATES and di not in used]
    return {"file": gold["file"], "documents": docs, "false_positives": false_positives,
            "furniture": score_furniture(gold.get("furniture", []), source_lines, flat)}


def source_lines(text: str) -> list[str]:
    """The lines as the gold numbers them: only LF (or CRLF) ends a line, a form feed does not."""
    lines = text.replace("\r\n", "\n").split("\n")
    return lines[:-1] if len(lines) > 1 and lines[-1] == "" else lines


def score_text(gold: dict, text: str) -> dict:
    """Parse ``text`` with ``moukit.parse_text`` and score it against ``gold``."""
    return score_parse(gold, parse_text(text), source_lines(text))


def score_gold_file(path: Path) -> dict:
    """Parse the file a gold file names with ``moukit.parse_file`` and score it."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    source = ROOT / gold["file"]
    text = source.read_bytes().decode("utf-8-sig")
    try:
        document = parse_file(source)
    except Exception as error:  # a benchmark reports a crash as a file with nothing found
        document = Document(kind="unknown", lines=(1, max(1, len(source_lines(text)))))
        result = score_parse(gold, document, source_lines(text))
        return {**result, "error": f"{type(error).__name__}: {error}"}
    return score_parse(gold, document, source_lines(text))


def gold_files(gold_dir: Path = GOLD) -> list[Path]:
    return sorted(gold_dir.rglob("*.json"))


# -- the whole run ------------------------------------------------------------------------------


def _share(right: int, total: int) -> dict:
    return {"right": right, "total": total, "percent": round(100 * right / total, 2) if total else 0.0}


def _misses(files: list[dict]) -> list[dict]:
    misses = []
    for result in files:
        for doc in result["documents"]:
            where = {"file": result["file"], "line": doc["lines"][0], "kind": doc["kind"]}
            if doc["found"] is None:
                seen = doc.get("wrong_kind")
                parsed = f"found as {seen['kind']} {seen['lines']}" if seen else "not found"
                misses.append({**where, "field": "document", "gold": doc["lines"], "parsed": parsed})
            lost = {} if doc["found"] else {"parsed": "(document not found)"}
            misses.extend({**where, **row, **lost} for row in doc["fields"] if not row["right"])
    return misses


def summarize(files: list[dict]) -> dict:
    """Totals over the scored files: per kind, per field, false positives, furniture, misses."""
    docs = [doc for result in files for doc in result["documents"]]
    rows = [row for doc in docs for row in doc["fields"]]
    per_kind = {}
    for kind in [k for k in KINDS if any(d["kind"] == k for d in docs)]:
        of_kind = [d for d in docs if d["kind"] == kind]
        kind_rows = [row for d in of_kind for row in d["fields"]]
        per_kind[kind] = {"gold": len(of_kind), "found": sum(d["found"] is not None for d in of_kind),
                          "fields": _share(sum(r["right"] for r in kind_rows), len(kind_rows))}
    per_field = {}
    for name in FIELDS:
        named = [row for row in rows if row["field"] == name]
        if named:
            per_field[name] = _share(sum(r["right"] for r in named), len(named))
            if FIELDS[name].items:
                per_field[name]["mean_f1"] = round(sum(r["f1"] for r in named) / len(named), 4)
    furniture = [row for result in files for row in result["furniture"]]
    return {
        "documents": _share(sum(d["found"] is not None for d in docs), len(docs)),
        "fields": _share(sum(row["right"] for row in rows), len(rows)),
        "fields_of_found": _share(sum(row["right"] for doc in docs if doc["found"] for row in doc["fields"]),
                                  sum(len(doc["fields"]) for doc in docs if doc["found"])),
        "per_kind": per_kind,
        "per_field": per_field,
        "false_positives": [{"file": r["file"], **fp} for r in files for fp in r["false_positives"]],
        "wrong_kind": [{"file": r["file"], "kind": d["kind"], "lines": d["lines"], "found": d["wrong_kind"]}
                       for r in files for d in r["documents"] if "wrong_kind" in d],
        "furniture": {"lines": len(furniture), "leaked": [{"file": r["file"], **row} for r in files
                                                          for row in r["furniture"] if row["leaked"]]},
        "errors": [{"file": r["file"], "error": r["error"]} for r in files if "error" in r],
        "unscored_keys": sorted({key for d in docs for key in d["unscored"]}),
        "misses": _misses(files),
    }


def run(gold_dir: Path = GOLD) -> dict:
    """Score every gold file; the result that ``--json`` prints."""
    paths = gold_files(gold_dir)
    files = [score_gold_file(path) for path in paths]
    return {"gold_files": len(paths), "summary": summarize(files), "files": files}


# -- report ---------------------------------------------------------------------------------------


def _percent(share: dict) -> str:
    return f"{share['right']}/{share['total']} ({100 * share['right'] / share['total'] if share['total'] else 0:.1f}%)"


def _shown(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _cap(text: str, start: int = 0) -> str:
    """At most VALUE_WIDTH characters of ``text`` from ``start`` ("…" marks a cut)."""
    if start:
        text = "…" + text[start:]
    return text if len(text) <= VALUE_WIDTH else text[:VALUE_WIDTH - 1] + "…"


def miss_line(miss: dict) -> str:
    """``file:line kind field: gold=… parsed=…``; long values are shown from a little before
    where they first differ, so that two cut values never look alike."""
    gold, parsed = _shown(miss["gold"]), _shown(miss["parsed"])
    differ = next((i for i, (a, b) in enumerate(zip(gold, parsed)) if a != b), min(len(gold), len(parsed)))
    start = differ - 20 if max(len(gold), len(parsed)) > VALUE_WIDTH and differ > 30 else 0
    return (f"{miss['file']}:{miss['line']} {miss['kind']} {miss['field']}: "
            f"gold={_cap(gold, start)} parsed={_cap(parsed, start)}")


def summary_lines(summary: dict) -> list[str]:
    """The three last lines of the report (a hook prints them with ``tail -3``)."""
    found, fields, furniture = summary["documents"], summary["fields"], summary["furniture"]
    return [f"documents found: {_percent(found)}",
            f"field accuracy: {_percent(fields)}",
            f"false positives: {len(summary['false_positives'])}; "
            f"furniture leaked: {len(furniture['leaked'])}/{furniture['lines']}"]


def report_lines(result: dict, *, misses: bool = False) -> list[str]:
    summary = result["summary"]
    out = ["", f"{'kind':<14}{'gold':>6}{'found':>7}  field accuracy"]
    for kind, row in summary["per_kind"].items():
        out.append(f"{kind:<14}{row['gold']:>6}{row['found']:>7}  {_percent(row['fields'])}")
    out += ["", f"fields of the documents found: {_percent(summary['fields_of_found'])}"]
    out += ["", f"{'field':<14}{'right/total':>14}  mean F1"]
    for name, row in summary["per_field"].items():
        partial = f"  {row['mean_f1']:.3f}" if "mean_f1" in row else ""
        out.append(f"{name:<14}{_percent(row):>14}{partial}")
    out += ["", f"false positives ({len(summary['false_positives'])}):"]
    out += [f"  {fp['file']}:{fp['lines'][0]}-{fp['lines'][1]} {fp['kind']} {fp['doc']} title={_cap(_shown(fp['title']))}"
            for fp in summary["false_positives"]]
    out += ["", f"found with the wrong kind ({len(summary['wrong_kind'])}):"]
    out += [f"  {w['file']}:{w['lines'][0]}-{w['lines'][1]} {w['kind']} parsed as {w['found']['kind']} "
            f"{w['found']['lines'][0]}-{w['found']['lines'][1]}" for w in summary["wrong_kind"]]
    furniture = summary["furniture"]
    out += ["", f"furniture: {furniture['lines'] - len(furniture['leaked'])} kept, "
                f"{len(furniture['leaked'])} leaked of {furniture['lines']} lines"]
    out += [f"  leaked {row['file']}:{row['line']} {_cap(row['text'])}" for row in furniture["leaked"]]
    out += [f"error: {row['file']}: {row['error']}" for row in summary["errors"]]
    if summary["unscored_keys"]:
        out.append(f"gold keys the scorer does not know (not counted): {', '.join(summary['unscored_keys'])}")
    if misses:
        out += ["", f"misses ({len(summary['misses'])}):"]
        out += [miss_line(miss) for miss in summary["misses"]]
    return out + [""] + summary_lines(summary)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list every wrong field, one line each")
    parser.add_argument("--json", action="store_true", help="print the whole result as one JSON object")
    parser.add_argument("--commit", action="store_true",
                        help="name the commit of the moukit measured (rev-parse --short HEAD, +dirty if edited)")
    args = parser.parse_args(argv)
    result = run()
    report(result, commit=args.commit, as_json=args.json,
           header=f"moukit accuracy: {result['gold_files']} gold files in {GOLD.relative_to(ROOT)}",
           lines=lambda result: report_lines(result, misses=args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
