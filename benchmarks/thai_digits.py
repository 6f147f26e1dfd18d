"""The Thai-digit recogniser (moukit.ocr.thai_digits) on fonts it was not trained on.

Leave one font family out: for each TLWG family (Garuda, Kinnari, Loma, …, with its bold and
oblique faces), train on the others and read ``--samples`` degraded drawings of each digit
๐–๙ in each face of the held-out family. Reports the accuracy of every reading, the share
flagged (margin under ``MARGIN``), and the accuracy of the readings not flagged — the figure
that matters: a digit read with a margin is to be right.

    python benchmarks/thai_digits.py [--samples 10] [--margin 0.15]
"""

from __future__ import annotations

import argparse
import random
import sys
import time

from moukit.ocr.thai_digits import DIGITS, MARGIN, Recogniser, drawn, fonts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=10)
    parser.add_argument("--margin", type=float, default=MARGIN)
    args = parser.parse_args()
    every = fonts()
    families = sorted({f.stem.split("-")[0] for f in every})
    total = right = flagged = trusted = trusted_right = 0
    start = time.process_time()
    for family in families:
        held = [f for f in every if f.stem.split("-")[0] == family]
        model = Recogniser([f for f in every if f not in held])
        rng = random.Random(f"test:{family}")
        n = ok = fl = tr = tr_ok = 0
        for font in held:
            for digit in DIGITS:
                for _ in range(args.samples):
                    reading = model.read(drawn(digit, font, rng.choice((24, 32, 40, 56)), rng))
                    n += 1
                    ok += reading is not None and reading.digit == digit
                    if reading is None or reading.margin < args.margin:
                        fl += 1
                    else:
                        tr += 1
                        tr_ok += reading.digit == digit
        print(f"{family:<15} {n:>5} read, right {100 * ok / n:5.1f} %, flagged {100 * fl / n:5.1f} %, "
              f"right when not flagged {100 * tr_ok / max(tr, 1):5.1f} %", flush=True)
        total, right, flagged, trusted, trusted_right = (total + n, right + ok, flagged + fl, trusted + tr,
                                                         trusted_right + tr_ok)
    print(f"all {total}: right {100 * right / total:.1f} %, flagged {100 * flagged / total:.1f} %, "
          f"right when not flagged {100 * trusted_right / max(trusted, 1):.2f} % "
          f"({trusted_right}/{trusted}); {time.process_time() - start:.0f} CPU s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
