"""Thai digits re-read from the pages' own glyphs: how often the recogniser is right, and sure (docs/ocr.md).

tesseract's Thai model cannot read ``๔ ๖ ๗ ๘ ๙``. ``moukit.ocr.thai_digits`` can, from a glyph
image; ``moukit.ocr.glyphs`` cuts a word's glyphs out of the page by tesseract's word box.
This measures the two together on scans, before any of it is used to verify a value:

- **synthetic** (default): the seed circular drawn and degraded as ``ocr_synthetic.py`` draws
  it (same fonts, same seeds). Each OCR line is matched to the line drawn there, character by
  character (difflib); every Thai digit drawn whose OCR word is matched character for character
  is a **glyph to read**. Reported: how many words could be cut into one glyph per character,
  the recogniser's accuracy on the glyphs cut, and at each margin the share flagged and the
  readings that are wrong and not flagged — the silent errors the margin must rule out;
  tesseract's own accuracy on the same glyphs beside it.
- **--scans DIR**: the real scans (no per-digit truth). For every OCR word holding a Thai digit:
  whether it could be cut, and how often the recogniser, when sure, agrees with tesseract on
  the digits tesseract can read (๐ ๑ ๒ ๓ ๕).

    python benchmarks/ocr_digits.py [--fonts Garuda,Loma] [--scans ../shared/scans] [--cache DIR] [-v]
"""

from __future__ import annotations

import argparse
import difflib
import random
import re
import sys
from pathlib import Path

from ocr_scans import _cached
from ocr_synthetic import FONTS, LINES_PER_PAGE, SEED_TEXT, render

DIGITS = "๐๑๒๓๔๕๖๗๘๙"
READABLE = "๐๑๒๓๕"  # the Thai digits in tesseract's Thai character set
MARGINS = (0.10, 0.15, 0.20, 0.25, 0.30, 0.35)


def _pages(data: bytes, name: str, kind: str):
    """(page ink, PageText) for each page of a scan."""
    from moukit.ocr.engine import recognise
    from moukit.ocr.images import image_pages, pdf_pages
    from moukit.ocr.marks import page_ink

    images = pdf_pages(data, name) if kind == "pdf" else image_pages(data, name)
    for image in images:
        if image.png:
            yield page_ink(image.png), recognise(image.png, name)


def _aligned(read: str, truth: str) -> dict[int, int]:
    """Index in ``read`` -> index in ``truth`` where the two agree in length (equal or 1:1 replaced)."""
    out = {}
    for op, a0, a1, b0, b1 in difflib.SequenceMatcher(None, read, truth, autojunk=False).get_opcodes():
        if op == "equal" or (op == "replace" and a1 - a0 == b1 - b0):
            out.update(zip(range(a0, a1), range(b0, b1)))
    return out


def _words_by_line(page):
    lines: dict[int, list] = {}
    for word in page.words:
        lines.setdefault(word.line, []).append(word)
    return lines


def synthetic(fonts: list[str], verbose: bool) -> list[tuple[str, str, str, float]]:
    """(truth, tesseract's reading, the recogniser's, its margin) per Thai-digit glyph cut."""
    from moukit.ocr.glyphs import spacing, word_glyphs
    from moukit.ocr.thai_digits import recogniser

    model = recogniser()
    out: list[tuple[str, str, str, float]] = []
    words = cut = 0
    lines = SEED_TEXT.read_text(encoding="utf-8").splitlines()
    for font in fonts:
        scan, drawn = render(lines, FONTS / f"{font}.ttf", random.Random(f"{SEED_TEXT.name}:{font}"))
        for number, (ink, page) in enumerate(_pages(scan, f"{font}.tif", "tiff")):
            truth_lines = [t for t in drawn[number * LINES_PER_PAGE:(number + 1) * LINES_PER_PAGE] if t.strip()]
            text_lines = page.text.split("\n")
            for at, line_words in _words_by_line(page).items():
                read = text_lines[at]
                truth = max(truth_lines, key=lambda t: difflib.SequenceMatcher(None, read, t).ratio(), default="")
                if not any(ch in DIGITS for ch in truth):
                    continue
                mapping = _aligned(read, truth)
                cursor = 0
                for word in line_words:
                    start = read.find(word.text, cursor)
                    if start < 0:
                        continue
                    cursor = start + len(word.text)
                    span = range(start, cursor)
                    if not any(i in mapping and truth[mapping[i]] in DIGITS for i in span):
                        continue
                    words += 1
                    if not all(i in mapping for i in span):
                        continue  # not matched character for character: its truth is unsure
                    glyphs = word_glyphs(ink, word.box, word.text)
                    if glyphs is None:
                        if verbose:
                            print(f"  {font}: not cut: {word.text!r} (drawn {truth[mapping[start]:mapping[cursor - 1] + 1]!r})")
                        continue
                    cut += 1
                    columns = [i for i in span if spacing(read[i])]
                    for i, glyph in zip(columns, glyphs):
                        if truth[mapping[i]] in DIGITS:
                            reading = model.read(glyph)
                            if reading is not None:
                                out.append((truth[mapping[i]], read[i], reading.digit, reading.margin))
    print(f"synthetic ({', '.join(fonts)}): words holding a drawn Thai digit {words}, "
          f"cut one glyph per character {cut} ({100 * cut / max(words, 1):.0f} %)")
    return out


def report(readings: list[tuple[str, str, str, float]], verbose: bool) -> None:
    n = len(readings)
    if not n:
        print("no glyph read")
        return
    right = sum(t == r for t, _, r, _ in readings)
    tess = sum(t == s for t, s, _, _ in readings)
    print(f"Thai-digit glyphs read {n}: recogniser right {right} ({100 * right / n:.1f} %), "
          f"tesseract right {tess} ({100 * tess / n:.1f} %)")
    for margin in MARGINS:
        sure = [(t, r) for t, _, r, m in readings if m >= margin]
        wrong = sum(t != r for t, r in sure)
        print(f"  margin {margin:.2f}: flagged {100 * (n - len(sure)) / n:5.1f} %, "
              f"right when not flagged {100 * (len(sure) - wrong) / max(len(sure), 1):6.2f} % "
              f"({len(sure) - wrong}/{len(sure)}), wrong and not flagged {wrong}")
    if verbose:
        for t, s, r, m in sorted(readings, key=lambda x: -x[3]):
            if t != r:
                print(f"    drawn {t} read {r} (tesseract {s}) at margin {m:.3f}")


def scans(folder: Path, verbose: bool) -> None:
    from moukit.ocr.glyphs import spacing, word_glyphs
    from moukit.ocr.thai_digits import recogniser

    model = recogniser()
    words = cut = 0
    agree: dict[float, list[int]] = {m: [0, 0, 0] for m in MARGINS}  # sure, sure and agree on READABLE, READABLE sure
    for pdf in sorted(folder.glob("*.pdf")):
        for ink, page in _pages(pdf.read_bytes(), pdf.name, "pdf"):
            for word in page.words:
                if not any(ch in DIGITS for ch in word.text):
                    continue
                words += 1
                glyphs = word_glyphs(ink, word.box, word.text)
                if glyphs is None:
                    continue
                cut += 1
                for ch, glyph in zip(spacing(word.text), glyphs):
                    reading = model.read(glyph)
                    if reading is None:
                        continue
                    for margin, counts in agree.items():
                        if reading.margin >= margin:
                            counts[0] += 1
                            if ch in READABLE:
                                counts[2] += 1
                                counts[1] += reading.digit == ch
                    if verbose and ch in DIGITS and reading.digit != ch:
                        print(f"  {pdf.stem}: {word.text!r}: {ch} re-read {reading.digit} at margin {reading.margin:.3f}")
    print(f"scans: words holding a Thai digit {words}, cut one glyph per character {cut} ({100 * cut / max(words, 1):.0f} %)")
    for margin, (sure, same, readable) in agree.items():
        print(f"  margin {margin:.2f}: glyphs read sure {sure}; of those tesseract read as ๐ ๑ ๒ ๓ ๕, "
              f"the recogniser agrees on {same}/{readable}")


_MONTH = re.compile("มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม"
                    "|พฤศจิกายน|ธันวาคม")


def _drawn_number(kind: str, truth: str) -> str | None:
    """The number a slot of ``kind`` stands for in the line as drawn."""
    if kind == "label":
        found = re.match(r"\s*(?:\(([๐-๙]+)\)|([๐-๙]+)\.)", truth)
        return (found.group(1) or found.group(2)) if found else None
    if kind == "ref":
        found = re.search(r"/(?:ว\.?\s*)?([๐-๙]+)", truth)
        return found.group(1) if found else None
    month = _MONTH.search(truth)
    if month is None:
        return None
    if kind == "day":
        found = re.search(r"([๐-๙]+)\s*$", truth[:month.start()])
    else:
        found = re.match(r"\s*(?:พ\.ศ\.\s*)?([๐-๙]+)", truth[month.end():])
    return found.group(1) if found else None


def slot_readings(fonts: list[str], verbose: bool) -> None:
    """Every slot of the synthetic pages (``moukit.ocr.slots``: where the letter expects a
    number, whatever tesseract read) read from its glyphs as ``moukit.ocr.reread`` reads it,
    against the number drawn there: how often right, how often sure, right when sure."""
    from moukit.ocr.reread import SURE, _placed, _read_slot
    from moukit.ocr.slots import find_slots
    from moukit.ocr.thai_digits import recogniser

    model = recogniser()
    rows: list[tuple[str, str, str, str, float | None]] = []  # kind, as read, drawn, re-read, margin
    lines = SEED_TEXT.read_text(encoding="utf-8").splitlines()
    for font in fonts:
        scan, drawn = render(lines, FONTS / f"{font}.ttf", random.Random(f"{SEED_TEXT.name}:{font}"))
        numbered: set[str] = set()
        for number, (ink, page) in enumerate(_pages(scan, f"{font}.tif", "tiff")):
            truth_lines = [t for t in drawn[number * LINES_PER_PAGE:(number + 1) * LINES_PER_PAGE] if t.strip()]
            text_lines = page.text.split("\n")
            words = _words_by_line(page)
            for at, slots in find_slots(text_lines, numbered).items():
                read = text_lines[at]
                truth = max(truth_lines, key=lambda t: difflib.SequenceMatcher(None, read, t).ratio(), default="")
                placed = _placed(list(enumerate(words.get(at, []))), read)
                for slot in slots:
                    want = _drawn_number(slot.kind, truth)
                    if want is None:
                        continue
                    got = _read_slot(ink, model, slot, placed, read)
                    rows.append((slot.kind, read[slot.start:slot.stop], want,
                                 got[0].rstrip(")") if got else "", got[1] if got else None))
    n = len(rows)
    if not n:
        print("slots: none")
        return
    cut = [r for r in rows if r[4] is not None]
    right = sum(r[2] == r[3] for r in cut)
    sure = [r for r in cut if r[4] >= SURE]
    sure_right = sum(r[2] == r[3] for r in sure)
    letters = sum(not all(c in DIGITS for c in r[1]) for r in rows)
    print(f"slots (numbers the letter's structure expects) {n}, {letters} of them read by tesseract as letters "
          f"or signs: read as a number that fits {len(cut)}, right {right} ({100 * right / max(len(cut), 1):.1f} %); "
          f"at margin {SURE}: flagged {100 * (len(cut) - len(sure)) / max(len(cut), 1):.1f} %, "
          f"right when not flagged {100 * sure_right / max(len(sure), 1):.2f} % ({sure_right}/{len(sure)})")
    if verbose:
        for kind, read, want, got, margin in rows:
            if got != want:
                print(f"    {kind}: read {read!r}, drawn {want}, re-read {got or '-'}"
                      + (f" at margin {margin:.3f}" if margin is not None else ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fonts", default="Garuda,Loma,Norasi,Kinnari")
    parser.add_argument("--scans", type=Path, help="also read the real scans of this folder")
    parser.add_argument("--cache", type=Path, help="keep tesseract's outputs here (benchmarks/ocr_scans.py)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if args.cache:
        _cached(args.cache)
    report(synthetic(args.fonts.split(","), args.verbose), args.verbose)
    slot_readings(args.fonts.split(","), args.verbose)
    if args.scans:
        scans(args.scans, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
