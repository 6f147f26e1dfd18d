"""OCR on synthetic scans with full ground truth: the seed circular rendered and degraded (docs/ocr.md).

Each text (by default ``samples/circular-dla-mou-thaihealth-2556.txt``) is drawn line by line
with Debian's TLWG Thai fonts (Garuda, Loma, Norasi, Kinnari: fonts-tlwg-*), as a scanner
would see it: 200–300 ppi, turned 0.5–1.5°, blurred, speckled, saved as JPEG (a seeded
random per variant, so every run draws the same pages), pages joined as one multi-page TIFF.
It is then parsed like any scan, and scored against the parse of the text itself:

- **fields**: kind, ref, date, subject, salutation word, signer name, and every clause number
  of the MOU the circular carries: right, flagged (not right, but a warning of its own kind
  names its line: ``ocr_unverified_digits`` for numbers, ``ocr_unverified_text`` for text),
  missing, or wrong (unflagged);
- **lines**: each OCR line is matched to the printed line it reads (the closest, by
  difflib's ratio ≥ 0.6); a line read exactly (spaces and normalization aside) that carries a
  text doubt is a **false alarm**; a line read wrong is **caught** when doubted, else **missed**.

    python benchmarks/ocr_synthetic.py [--text FILE ...] [--fonts Garuda,Loma] [--cache DIR] [-v]
"""

from __future__ import annotations

import argparse
import difflib
import io
import random
import sys
import unicodedata
from pathlib import Path

from ocr_scans import (  # its neighbour: the scans' scoring, tesseract's cache
    _cached,
    header_fields,
)

ROOT = Path(__file__).resolve().parents[1]
FONTS = Path("/usr/share/fonts/truetype/tlwg")
SEED_TEXT = ROOT / "samples" / "circular-dla-mou-thaihealth-2556.txt"
LINES_PER_PAGE = 34


def wrapped(lines: list[str], fits) -> list[str]:
    """Lines too wide for the page broken at spaces (or, in a run without one, between two
    characters that are not a letter and its mark), as a typist's word processor would."""
    out = []
    for line in lines:
        line = line.rstrip()
        while line and not fits(line):
            cut = len(line)
            while cut > 1 and not fits(line[:cut]):
                cut -= 1
            space = line.rfind(" ", 0, cut)
            if space > cut // 2:
                cut = space
            while cut > 1 and unicodedata.category(line[cut]) == "Mn":
                cut -= 1
            out.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
        out.append(line)
    return out


def render(lines: list[str], font_file: Path, rng: random.Random) -> tuple[bytes, list[str]]:
    """The lines as pages of a degraded scan (one multi-page TIFF), and the lines as drawn."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    ppi = rng.choice((200, 240, 300))
    width, height = int(8.27 * ppi), int(11.69 * ppi)
    margin = int(0.9 * ppi)
    size = int(15 / 72 * ppi)
    font = ImageFont.truetype(str(font_file), size)
    lines = wrapped(lines, lambda line: font.getlength(line) <= width - 2 * margin)
    pages = []
    for start in range(0, max(len(lines), 1), LINES_PER_PAGE):
        page = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(page)
        for row, line in enumerate(lines[start:start + LINES_PER_PAGE]):
            draw.text((margin, margin + row * int(size * 1.55)), line.rstrip(), font=font, fill=0)
        page = page.rotate(rng.uniform(0.5, 1.5) * rng.choice((-1, 1)), resample=Image.BICUBIC, fillcolor=255)
        page = page.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.9) * ppi / 300))
        # numpy's noise, seeded from ``rng``: Pillow's effect_noise draws from C's rand(), so a
        # page's speckle depended on which pages the process had drawn before
        speckle = np.random.default_rng(rng.randrange(2**32)).normal(128, rng.uniform(8, 20), (page.height, page.width))
        page = Image.blend(page, Image.fromarray(np.clip(speckle, 0, 255).astype(np.uint8)), 0.12)
        out = io.BytesIO()
        page.save(out, format="JPEG", quality=rng.randint(55, 80))
        pages.append(Image.open(io.BytesIO(out.getvalue())).convert("L"))
    tiff = io.BytesIO()
    pages[0].save(tiff, format="TIFF", save_all=True, append_images=pages[1:])
    return tiff.getvalue(), lines


def _key(text: str) -> str:
    from moukit.stages.normalize import normalize

    return "".join(normalize(text).text.split())


def fields(doc) -> dict[str, tuple[str | None, tuple[int, int] | None]]:
    """Each scored field's value and the lines it was read from."""
    out = header_fields(doc)
    if doc.signatories:  # the name line and the two position lines under it, as the page prints them
        first = doc.signatories[0].lines[0]
        out["signer"] = (out["signer"][0], (first, first + 2))
    mou = next((a for a in doc.attachments if a.kind == "mou"), None)
    clauses = [block for block in (mou.body if mou else ()) if type(block).__name__ == "Clause"]
    for n, clause in enumerate(clauses, start=1):
        out[f"clause {n}"] = (clause.label, clause.lines)  # as printed: "(๔)"
        out[f"clause {n} text"] = (clause.text, clause.lines)
    return out


def _clauses_matched(found: dict, want: dict) -> dict:
    """The clauses found, renamed after the clause drawn whose text each reads, one to one, the
    closest pairs first (so that a clause missed does not shift the ones after it onto the
    wrong numbers)."""
    drawn = {name: _key(text) for name, (text, _) in want.items() if name.endswith(" text")}
    read = {name: _key(text or "") for name, (text, _) in found.items() if name.endswith(" text")}
    def ratio(a: str, b: str) -> float:  # their openings: a clause cut short by a page break still counts
        n = min(len(a), len(b), 80)
        return difflib.SequenceMatcher(None, a[:n], b[:n], autojunk=False).ratio() if n >= 20 else 0.0

    pairs = sorted(((ratio(a, b), f, w) for f, a in read.items() for w, b in drawn.items()), reverse=True)
    out = {name: value for name, value in found.items() if not name.startswith("clause ")}
    taken: set[str] = set()
    for ratio, f, w in pairs:
        if ratio >= 0.6 and f not in taken and w.removesuffix(" text") not in out:
            taken.add(f)
            out[w.removesuffix(" text")] = found[f.removesuffix(" text")]
    return out


def score(doc, gold, *, verbose: bool = False) -> dict[str, int]:
    digit_lines = {w.line for w in doc.warnings if w.code == "ocr_unverified_digits"}
    text_lines = {w.line for w in doc.warnings if w.code == "ocr_unverified_text"}
    found, want = fields(doc), fields(gold)
    found = _clauses_matched(found, want)
    want = {name: value for name, value in want.items() if not name.endswith(" text")}
    totals = dict.fromkeys(("right", "flagged", "missing", "wrong"), 0)
    for field, (expected, _) in want.items():
        value, lines = found.get(field, (None, None))
        flag_lines = digit_lines | text_lines if field not in ("kind",) else set()
        flagged = lines is not None and any(n in flag_lines for n in range(lines[0], lines[1] + 1))
        if value == expected or (value is not None and expected is not None and _key(str(value)) == _key(str(expected))):
            verdict = "right"
        elif flagged:
            verdict = "flagged"
        elif value is None or value == "unknown":
            verdict = "missing"
        else:
            verdict = "wrong"
        totals[verdict] += 1
        if verbose and verdict != "right":
            print(f"    {field}: {verdict}: found {value!r}, expected {expected!r}")
    return totals


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def line_checks(ocr_lines: list[str], doubts: dict[int, str], truth: list[str],
                verified: tuple[int, ...] = (), *, verbose: bool = False) -> dict[str, int]:
    keys = [_key(line) for line in truth if line.strip()]
    out = dict.fromkeys(("exact", "exact, doubted (false alarm)", "misread", "misread, doubted (caught)",
                         "digits verified", "digits verified, not as drawn"), 0)
    for number, line in enumerate(ocr_lines, start=1):
        key = _key(line)
        if len(key) < 4:
            continue
        best = difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
        if not best:
            continue
        if number in verified:  # a verified line's digits must be those drawn: else a silent error
            out["digits verified"] += 1
            if _digits(key) != _digits(best[0]):
                out["digits verified, not as drawn"] += 1
                if verbose:
                    print(f"    verified line {number} {line!r}: drawn {best[0]!r}")
        if best[0] == key:
            out["exact"] += 1
            out["exact, doubted (false alarm)"] += number in doubts
        else:
            out["misread"] += 1
            out["misread, doubted (caught)"] += number in doubts
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text", type=Path, nargs="*", default=[SEED_TEXT])
    parser.add_argument("--fonts", default="Garuda,Loma,Norasi,Kinnari")
    parser.add_argument("--cache", type=Path, help="keep tesseract's outputs here (benchmarks/ocr_scans.py)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if args.cache:
        _cached(args.cache)
    from moukit.pipeline import _parse_source, parse_text
    from moukit.stages.read import read_bytes

    totals = dict.fromkeys(("right", "flagged", "missing", "wrong"), 0)
    lines_total: dict[str, int] = {}
    for text_file in args.text:
        text = text_file.read_text(encoding="utf-8")
        for font in args.fonts.split(","):
            rng = random.Random(f"{text_file.name}:{font}")
            scan, drawn = render(text.splitlines(), FONTS / f"{font}.ttf", rng)
            gold = parse_text("\n".join(drawn) + "\n")  # the truth: the text as drawn
            source = read_bytes(scan, f"{text_file.stem}-{font}.tif")
            doc = _parse_source(source)
            print(f"{text_file.name} in {font}:", flush=True)
            for verdict, count in score(doc, gold, verbose=args.verbose).items():
                totals[verdict] += count
            checks = line_checks(source.text.split("\n"), dict(source.ocr_doubts or {}), drawn,
                                 source.source.ocr.verified_lines if source.source.ocr else (), verbose=args.verbose)
            for name, count in checks.items():
                lines_total[name] = lines_total.get(name, 0) + count
    n = sum(totals.values())
    print(f"fields {n}: " + ", ".join(f"{k} {v}" for k, v in totals.items())
          + f"; right or flagged {100 * (totals['right'] + totals['flagged']) / max(n, 1):.1f} %")
    print("lines: " + ", ".join(f"{k} {v}" for k, v in lines_total.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
