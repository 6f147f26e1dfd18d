"""OCR's letter swaps and the check that names them (``moukit.ocr.spelling``; docs/ocr.md).

Three measures, each printed with its counts:

- **false alarms on typed text**: every header text line of every typed document in
  ``../shared/corpus/`` and ``samples/`` (the lines of ref, date, subject, salutation, issuer,
  references and the signers' positions: the lines ``moukit.ocr.fields`` asks the check about,
  a signer's name aside). Typed text has no OCR errors, so each line named is a false alarm
  (or a typo). Every other line of those texts too, as a larger proxy.
- **drawn pages**: the seed circular and, with ``--drawn N``, N lines of the corpus per font,
  drawn and degraded as ``ocr_synthetic.py`` draws them (Garuda, Loma, Norasi, Kinnari,
  Laksaman, Umpush), read by tesseract; each OCR line matched to the line drawn. A line read
  exactly and named is a false alarm; a line misread and named is caught when the word named
  is not in the line drawn. The letters tesseract swapped are counted from the alignment of
  each misread line with its drawn line (one letter for one letter), in or out of the
  same-shape groups (``moukit.misread.SHAPES``).
- **CPU**: the check's time per line.

With ``--sweep``, the typed lines and the drawn pages are named again under other choices (the
swap rate, the shortest run, the most words in a run, the letters swapped, names kept, no
word counts at all, newmm's cut), one row each.

    python benchmarks/ocr_spelling.py [--cache DIR] [--drawn 340] [--sweep] [-v]

``--cache DIR`` keeps tesseract's outputs (as ``ocr_scans.py``); without it, each drawn page is
read again (2–3 CPU s a page).
"""

from __future__ import annotations

import argparse
import collections
import difflib
import functools
import random
import sys
import time
from pathlib import Path

from ocr_scans import _cached
from ocr_synthetic import FONTS, SEED_TEXT, _key, render

from moukit.diff.tokens import tokenize
from moukit.misread import SHAPES
from moukit.ocr import spelling
from moukit.ocr.fields import _documents, _span
from moukit.ocr.spelling import swapped_letter
from moukit.pipeline import run
from moukit.stages.read import read_bytes, read_file

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
DRAWN_FONTS = ("Garuda", "Loma", "Norasi", "Kinnari", "Laksaman", "Umpush")
_CONSONANTS = frozenset(chr(code) for code in range(0x0E01, 0x0E2F))
_FIELDS = ("ref", "date", "subject", "salutation", "issuer", "references")


def typed_lines(files: list[Path]) -> list[tuple[str, int, str, bool]]:
    """(file, line, text, whether the check is asked about it) for each line of text of the
    typed ``files``: header values' lines and signers' lines, a name's line aside."""
    out = []
    for path in files:
        try:
            source = read_file(path)
            parse = run(source.text, source=source.source)
        except Exception as error:  # noqa: BLE001 - a corpus file moukit refuses is no line to check
            print(f"  {path.name}: {type(error).__name__}: {error}", file=sys.stderr)
            continue
        asked, names = set(), set()
        for doc in _documents(parse.document):
            asked |= {n for field in _FIELDS for n in _span(getattr(doc.header.lines, field))}
            for signer in doc.signatories:
                for n in _span(signer.lines):
                    asked.add(n)
                    if signer.name and 0 < n <= len(parse.lines) \
                            and _key(signer.name) in _key(parse.lines[n - 1].text):
                        names.add(n)
        out += [(path.name, n, line.text, n in asked - names) for n, line in enumerate(parse.lines, 1)
                if line.text.strip()]
    return out


def drawn_lines(corpus_lines: int) -> list[tuple[str, str]]:
    """(OCR line, line drawn) for the seed circular in four faces and ``corpus_lines`` lines of
    the corpus in each of six."""
    texts = [(SEED_TEXT.read_text(encoding="utf-8").splitlines(), font, f"{SEED_TEXT.name}:{font}")
             for font in DRAWN_FONTS[:4]]  # the pages of ocr_synthetic.py
    if corpus_lines:
        stripped = (line.strip() for path in sorted(CORPUS.glob("*.txt"))
                    for line in path.read_text(encoding="utf-8-sig").splitlines())
        pool = [line for line in stripped
                if 8 <= len(line) <= 90 and sum("\u0e01" <= ch <= "\u0e5b" for ch in line) > 0.6 * len(line)]
        random.Random(15).shuffle(pool)
        for n, font in enumerate(DRAWN_FONTS):
            chunk = pool[n * corpus_lines:(n + 1) * corpus_lines]
            texts += [(chunk[at:at + 68], font, f"more:{font}:{at}") for at in range(0, len(chunk), 68)]
    out = []
    for lines, font, seed in texts:
        scan, drawn = render(lines, FONTS / f"{font}.ttf", random.Random(seed))
        keys = {_key(line): line for line in drawn if line.strip()}
        for line in read_bytes(scan, f"{seed}.tif").text.split("\n"):
            if len(_key(line)) >= 4 and (best := difflib.get_close_matches(_key(line), keys, n=1, cutoff=0.6)):
                out.append((line, keys[best[0]]))
    return out


def swaps(pairs: list[tuple[str, str]]) -> tuple[collections.Counter, int]:
    """Letters read as another letter ((drawn, read) -> count) and the letters drawn."""
    found, letters = collections.Counter(), 0
    for read, drawn in pairs:
        a, b = _key(drawn), _key(read)
        letters += sum(ch in _CONSONANTS for ch in a)
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if op == "replace" and i2 - i1 == j2 - j1:
                found.update((x, y) for x, y in zip(a[i1:i2], b[j1:j2]) if x in _CONSONANTS and y in _CONSONANTS)
    return found, letters


def sweep(typed: list, pairs: list[tuple[str, str]], found: collections.Counter) -> None:
    """One row per choice: typed header lines and all lines named, drawn lines read exactly and
    named, misread lines named at a misread word."""
    shape_of = {ch: n for n, group in enumerate(SHAPES) for ch in group}
    seen = sorted({tuple(sorted(pair)) for pair, count in found.items() if count >= 2
                   and shape_of.get(pair[0], -1) != shape_of.get(pair[1], -2)})
    partners = dict(spelling._PARTNERS)
    for a, b in seen:
        partners[a], partners[b] = partners.get(a, "") + b, partners.get(b, "") + a
    choices = [("as built", {}), ("swap rate 3e-4", {"SWAP": 3e-4}), ("swap rate 3e-3", {"SWAP": 3e-3}),
               ("swap rate 1e-2", {"SWAP": 1e-2}), ("no odds: every such run named", {"SWAP": 1e30}),
               ("shortest run 3", {"_SHORTEST": 3}), ("shortest run 5", {"_SHORTEST": 5}),
               ("shortest run 6", {"_SHORTEST": 6}), ("one word, not a run", {"_MOST_WORDS": 1}),
               ("runs of 2 words", {"_MOST_WORDS": 2}), ("runs of 4 words", {"_MOST_WORDS": 4}),
               ("+ pairs seen twice: " + " ".join("/".join(p) for p in seen), {"_PARTNERS": partners}),
               ("names kept", {"HONORIFICS": (), "split_honorific": lambda text: (None, text)}),
               ("newmm's words (nlpo3, as the diff cuts)", {"_cut": tokenize}),
               ("a run the TNC counts is a word too", {"_corpus": lambda: widened})]
    words, counts, total = spelling._corpus()
    widened = (words | frozenset(counts), counts, total)
    exact = [read for read, drawn in pairs if _key(read) == _key(drawn)]
    misread = [(read, drawn) for read, drawn in pairs if _key(read) != _key(drawn)]
    print(f"{'choice':<40} typed header / all lines | drawn exact / misread at a misread word")
    cut = functools.lru_cache(maxsize=None)(spelling._cut)  # one cut of each line for every row but the last
    for name, values in choices:
        values = {"_cut": spelling._cut if "_corpus" in values else cut, **values}
        before = {key: getattr(spelling, key) for key in values}
        for key, value in values.items():
            setattr(spelling, key, value)
        header = sum(1 for _, _, text, asked in typed if asked and swapped_letter(text))
        every = sum(1 for _, _, text, _ in typed if swapped_letter(text))
        alarms = sum(1 for read in exact if swapped_letter(read))
        caught = sum(1 for read, drawn in misread if (hit := swapped_letter(read)) and hit[0] not in _key(drawn))
        print(f"{name:<40} {header:>3} of {sum(1 for *_, a in typed if a)} / {every:>3} of {len(typed)} | "
              f"{alarms:>3} of {len(exact)} / {caught:>3} of {len(misread)}")
        for key, value in before.items():
            setattr(spelling, key, value)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep tesseract's outputs here (benchmarks/ocr_scans.py)")
    parser.add_argument("--drawn", type=int, default=0, help="corpus lines drawn per font (besides the seed)")
    parser.add_argument("--sweep", action="store_true", help="the counts again under other choices")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every line named")
    args = parser.parse_args()
    if args.cache:
        _cached(args.cache)
    swapped_letter("")  # the word lists loaded before the clock starts
    files = sorted([*CORPUS.glob("*.txt"), *CORPUS.glob("*.pdf"), *(ROOT / "samples").glob("*.txt")])
    typed = typed_lines(files)
    cpu = time.process_time()
    named = [(name, n, text, asked, hit) for name, n, text, asked in typed if (hit := swapped_letter(text))]
    cpu = time.process_time() - cpu
    asked = sum(1 for *_, a in typed if a)
    print(f"typed ({len(files)} files): header lines named {sum(1 for *_, a, _ in named if a)} of {asked}; "
          f"all lines named {len(named)} of {len(typed)} ({100 * len(named) / len(typed):.2f} %)")
    print(f"CPU: {1000 * cpu / len(typed):.3f} ms a line (words lists loaded once: see the docstring)")
    if args.verbose:
        for name, n, text, asked_, hit in named:
            print(f"    {name}:{n}{' (header)' if asked_ else ''} {hit[0]} -> {hit[1]}: {text.strip()[:60]}")
    pairs = drawn_lines(args.drawn)
    exact = [(read, drawn) for read, drawn in pairs if _key(read) == _key(drawn)]
    misread = [(read, drawn) for read, drawn in pairs if _key(read) != _key(drawn)]
    alarms = [(read, hit) for read, _ in exact if (hit := swapped_letter(read))]
    caught = [(read, drawn, hit) for read, drawn in misread if (hit := swapped_letter(read))]
    right = [c for c in caught if c[2][0] not in _key(c[1])]
    print(f"drawn pages: lines read exactly {len(exact)}, named {len(alarms)} "
          f"({100 * len(alarms) / max(len(exact), 1):.2f} %); misread {len(misread)}, named {len(caught)}, "
          f"of them at a word misread {len(right)}")
    found, letters = swaps(pairs)
    shape_of = {ch: n for n, group in enumerate(SHAPES) for ch in group}
    inside = sum(count for (a, b), count in found.items() if shape_of.get(a, -1) == shape_of.get(b, -2))
    print(f"letters swapped: {sum(found.values())} of {letters} drawn "
          f"({sum(found.values()) / max(letters, 1):.1e}), {inside} inside a same-shape group: "
          + ", ".join(f"{a}→{b} {count}" for (a, b), count in found.most_common(12)))
    if args.verbose:
        for read, hit in alarms:
            print(f"    false alarm: {hit[0]} -> {hit[1]}: {read.strip()[:60]}")
        for read, drawn, hit in caught:
            print(f"    named: {hit[0]} -> {hit[1]}: {read.strip()[:50]} | drawn {drawn.strip()[:50]}")
    if args.sweep:
        sweep(typed, pairs, found)
    return 0


if __name__ == "__main__":
    sys.exit(main())
