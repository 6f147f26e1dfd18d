"""The Thai-digit recogniser (moukit.ocr.thai_digits) on fonts it was not trained on.

Leave one font family out: for each TLWG family (Garuda, Kinnari, Loma, …), train on the
upright faces of the others (as ``recogniser()`` trains on every upright face) and read
``--samples`` degraded drawings of each digit ๐–๙ in each upright face (regular, bold, light)
of the held-out family; its slanted faces (oblique, italic) are read too and reported apart. Reports the accuracy of every reading, the share
flagged (margin under ``MARGIN``), and the accuracy of the readings not flagged — the figure
that matters: a digit read with a margin is to be right.

    python benchmarks/thai_digits.py [--samples 10] [--margin 0.15]
"""

from __future__ import annotations

import argparse
import random
import sys
import time

from moukit.ocr.thai_digits import DIGITS, MARGIN, Recogniser, drawn, fonts, upright


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=10)
    parser.add_argument("--margin", type=float, default=MARGIN)
    args = parser.parse_args()
    every = fonts()
    families = sorted({f.stem.split("-")[0] for f in every})
    tallies = {kind: [0, 0, 0, 0, 0] for kind in ("upright", "slanted")}  # read, right, flagged, trusted, right
    start = time.process_time()
    for family in families:
        held = [f for f in every if f.stem.split("-")[0] == family]
        model = Recogniser([f for f in every if f not in held and upright(f)])
        rng = random.Random(f"test:{family}")
        for font in held:
            tally = tallies["upright" if upright(font) else "slanted"]
            for digit in DIGITS:
                for _ in range(args.samples):
                    reading = model.read(drawn(digit, font, rng.choice((24, 32, 40, 56)), rng))
                    sure = reading is not None and reading.margin >= args.margin
                    right = reading is not None and reading.digit == digit
                    for index, count in enumerate((1, right, not sure, sure, sure and right)):
                        tally[index] += count
        print(f"{family:<15} held out", flush=True)
    for kind, (n, ok, fl, tr, tr_ok) in tallies.items():
        print(f"{kind} faces, {n} read: right {100 * ok / max(n, 1):.1f} %, flagged {100 * fl / max(n, 1):.1f} %, "
              f"right when not flagged {100 * tr_ok / max(tr, 1):.2f} % ({tr_ok}/{tr})")
    print(f"{time.process_time() - start:.0f} CPU s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
