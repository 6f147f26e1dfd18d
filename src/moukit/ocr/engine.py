"""Tesseract, run as a program: one page image in, its text and word confidences out.

Why a subprocess and not a binding: Debian's ``tesseract-ocr`` 5 with ``tesseract-ocr-tha`` is
the only offline engine with Thai weights that a package ships (pip engines download theirs at
run time, which moukit never does). One run writes both outputs we need: the plain text
(``txt``: Thai kept as words, where a searchable-PDF text layer puts a space between most
letters) and the word table (``tsv``: a confidence per word). ``--psm 4`` (one column of
text of varying sizes) reads letter heads best; ``-l tha+eng`` reads the Latin and Arabic
digits that Thai letters carry (ref numbers, ``ก.อบต.``, ``2551``).

``OMP_THREAD_LIMIT=1``: tesseract's own threads cost more CPU than they save on one page
(measured 5.7 against 2.3 CPU s); pages run in parallel instead (``moukit.ocr.run_pages``).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

LANGUAGES = "tha+eng"
PSM = "4"
LINE_LANGUAGES = "tha"
LINE_PSM = "7"
"""A stretch of one line read again as Thai alone (``moukit.ocr.script``): one line of text."""
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-tha jbig2dec fonts-thai-tlwg"
"""The system part of ``moukit[ocr]`` on Debian and Ubuntu (docs/ocr.md)."""

PAGE_SECONDS = 120  # a page that takes longer is a hostile image, not a letter


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    confidence: float
    """Tesseract's confidence in the word, 0–100."""
    line: int
    """The line of the page's text that holds it, from 0."""
    box: tuple[int, int, int, int] = (0, 0, 0, 0)
    """Where it stands on the page image: left, top, width, height in pixels."""


@dataclass(frozen=True, slots=True)
class PageText:
    text: str
    """The page's lines as tesseract's text output gives them, blank lines kept."""
    words: tuple[Word, ...]

    @property
    def confidence(self) -> float:
        """The mean word confidence (0–100); 0 for a page with no words."""
        return round(sum(w.confidence for w in self.words) / len(self.words), 1) if self.words else 0.0


@functools.lru_cache(maxsize=1)
def tesseract() -> tuple[str, str]:
    """The tesseract program and its version; ``InputError``-ready message when it cannot read Thai."""
    program = shutil.which("tesseract")
    if program is None:
        raise MissingEngine(f"needs tesseract for OCR, which is not installed ({INSTALL})")
    try:
        listed = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=30,
                                stdin=subprocess.DEVNULL)
        version = subprocess.run([program, "--version"], capture_output=True, text=True, timeout=30,
                                 stdin=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError) as error:
        raise MissingEngine(f"needs tesseract for OCR, which does not run ({error})") from None
    langs = set(listed.stdout.split())
    if not {"tha", "eng"} <= langs:
        raise MissingEngine(f"needs tesseract's Thai and English data for OCR, which are not installed ({INSTALL})")
    first = (version.stdout or version.stderr).split()
    return program, first[1] if len(first) > 1 and first[0] == "tesseract" else "?"


class MissingEngine(Exception):
    """No usable tesseract: the message says what to install; the caller names the file."""


def recognise(png: bytes, path: str | None) -> PageText:
    """OCR one page image (PNG bytes)."""
    text, table = run(png, path)
    text = text.replace("\f", "").rstrip("\n")
    return _close_paragraphs(text, _words(table, text))


def recognise_line(png: bytes, path: str | None) -> PageText:
    """OCR an image of one line's stretch as Thai alone: its text on one line, its words (line 0)."""
    text, table = run(png, path, LINE_LANGUAGES, LINE_PSM)
    text = " ".join(text.replace("\f", "").split("\n")).strip()
    return PageText(text=text, words=tuple(Word(w.text, w.confidence, 0, w.box) for w in _words(table, text)))


PARAGRAPH_GAP = 1.0
"""A blank line tesseract puts between two lines stays only where the page shows at least
this many line heights of white between them: a paragraph break it guessed from a short line
or an indent (a subject wrapped over two lines) is not one."""


def _close_paragraphs(text: str, words: list[Word]) -> PageText:
    lines = text.split("\n")
    spans: dict[int, tuple[int, int]] = {}
    for word in words:
        top, bottom = word.box[1], word.box[1] + word.box[3]
        old = spans.get(word.line, (top, bottom))
        spans[word.line] = (min(old[0], top), max(old[1], bottom))
    heights = sorted(bottom - top for top, bottom in spans.values())
    height = heights[len(heights) // 2] if heights else 0
    keep = list(range(len(lines)))
    written = sorted(spans)
    for above, below in zip(written, written[1:]):
        between = range(above + 1, below)
        if between and all(not lines[at].strip() for at in between) and height and \
                spans[below][0] - spans[above][1] < PARAGRAPH_GAP * height:
            keep = [at for at in keep if at not in between]
    moved = {old: new for new, old in enumerate(keep)}
    return PageText(text="\n".join(lines[at] for at in keep),
                    words=tuple(Word(w.text, w.confidence, moved[w.line], w.box) for w in words if w.line in moved))


def run(png: bytes, path: str | None, languages: str = LANGUAGES, psm: str = PSM) -> tuple[str, str]:
    """tesseract's text and TSV outputs for one image (benchmarks may cache this call)."""
    program, _ = tesseract()
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    with tempfile.TemporaryDirectory(prefix="moukit-ocr-") as folder:
        image, out = Path(folder, "page.png"), Path(folder, "page")
        image.write_bytes(png)
        try:
            done = subprocess.run([program, str(image), str(out), "-l", languages, "--psm", psm, "txt", "tsv"],
                                  capture_output=True, timeout=PAGE_SECONDS, env=env, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise InputError(f"OCR of a page took over {PAGE_SECONDS} s and was stopped", path=path) from None
        except OSError as error:
            raise InputError(f"OCR could not run tesseract ({error})", path=path) from None
        if done.returncode != 0:
            said = (done.stderr.decode("utf-8", "replace").strip().splitlines() or [""])[-1][:200]
            raise InputError(f"OCR failed on a page (tesseract: {said or done.returncode})", path=path)
        return (Path(folder, "page.txt").read_text(encoding="utf-8", errors="replace"),
                Path(folder, "page.tsv").read_text(encoding="utf-8", errors="replace"))


def _words(table: str, text: str) -> list[Word]:
    """The words of tesseract's TSV, each tied to its line in the text output.

    Both outputs come from one layout: the text output prints the TSV's lines in order, with a
    blank line after each paragraph (block, paragraph, line are the TSV's 3rd–5th columns)."""
    rows = [row.split("\t") for row in table.splitlines()[1:]]
    lines = text.split("\n")
    words: list[Word] = []
    at = -1  # the text line of the current TSV line
    key = None
    for row in rows:
        if len(row) < 12 or row[0] != "5" or not row[11].strip():
            continue
        line_key = (row[2], row[3], row[4])
        if line_key != key:
            key = line_key
            at += 1
            while at < len(lines) and row[11].strip() not in lines[at]:
                at += 1  # blank lines between paragraphs
            if at >= len(lines):
                return words  # the outputs disagree: keep what is tied for sure
        try:
            confidence = float(row[10])
        except ValueError:
            continue
        box = (int(row[6]), int(row[7]), int(row[8]), int(row[9])) if all(v.isdigit() for v in row[6:10]) else (0, 0, 0, 0)
        words.append(Word(row[11], max(0.0, confidence), at, box))
    return words
