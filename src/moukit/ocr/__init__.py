"""OCR of scanned documents (extra ``moukit[ocr]`` plus tesseract's Thai data; docs/ocr.md).

``moukit.stages.read`` calls ``is_image`` on every input and ``read_scan`` for an image
file, and for a PDF without a text layer (or every PDF under ``using_ocr("always")``). This
module imports nothing heavy: Pillow and pypdf are imported by ``images`` when a scan is read.

After ``read_scan(data, path, kind)`` returns, the following are guaranteed:

1. ``text`` holds each page's lines as tesseract's text output gives them, pages joined by
   ``"\\n\\f"`` as a PDF's text layer is, so line numbers and pages mean what they mean for
   any other input; the text is never repaired here (``normalize`` runs on it as on any text),
   except for Thai digits that moukit's recogniser read sure on the page (``moukit.ocr.reread``:
   tesseract's Thai model cannot read ``๔ ๖ ๗ ๘ ๙``), put in place of tesseract's, same length,
   and runs of Latin letters that tesseract read where the page prints Thai, read again as Thai
   alone (``moukit.ocr.script``);
2. ``ocr`` records the engine, its version, the language data, each page's mean confidence,
   every line that holds digits as verified or unverified (``moukit.ocr.digits``), every
   line whose digits moukit's recogniser put in place of tesseract's (``reread_digit_lines``)
   and every line read again as Thai (``reread_thai_lines``: doubted, its digits never verified
   unless the recogniser read every Thai digit of it sure);
3. ``warnings`` hold one ``ocr_unverified_digits`` per line whose digits are not verified,
   ``ocr_page_without_image`` for a page that held nothing to read, ``ocr_digits_not_reread``
   when no Thai font is installed for the recogniser to learn from, and
   ``ocr_speckle_dropped`` for a page some of whose lines were scattered marks (``is_speckle``),
   left out as blank lines (so the lines after them keep their numbers);
4. ``doubts`` maps each line whose letters cannot be trusted as read (a character read with
   low confidence, marks on the page that the text lacks) to why (``moukit.ocr.fields``);
   after the parse, ``fields.text_warnings`` names the values on those lines.

No usable tesseract, or no Pillow, raises ``InputError`` naming the file and the install command.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Literal

from ..errors import InputError
from ..models import Ocr, Warning

Mode = Literal["auto", "always", "never"]
MODES: tuple[str, ...] = ("auto", "always", "never")
ImageFormat = Literal["png", "jpeg", "tiff"]

_MODE: contextvars.ContextVar[str] = contextvars.ContextVar("moukit_ocr_mode", default="auto")
_ON_PAGE: contextvars.ContextVar[Callable[[int], None] | None] = contextvars.ContextVar("moukit_ocr_on_page",
                                                                                      default=None)
_THREADS: contextvars.ContextVar[int | None] = contextvars.ContextVar("moukit_ocr_threads", default=None)
MAX_PAGE_THREADS = 4
"""More tesseract processes than this for one file gain little and hold ~100 MB each."""
_MAGIC: tuple[tuple[bytes, ImageFormat], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpeg"), (b"II*\x00", "tiff"), (b"MM\x00*", "tiff"),
)


def ocr_mode() -> str:
    """auto: OCR a PDF without a text layer and any image; always: every PDF too; never: none."""
    return _MODE.get()


@contextlib.contextmanager
def using_ocr(mode: str, *, threads: int | None = None) -> Iterator[None]:
    """Read the files parsed inside the ``with`` block under ``mode`` (one of ``MODES``), with
    at most ``threads`` pages of a scan OCR'd at once (None: ``MAX_PAGE_THREADS`` or the CPUs
    this process may use, the fewer; a batch of N workers gives each its share of the CPUs)."""
    if mode not in MODES:
        raise ValueError(f"OCR mode must be one of {', '.join(MODES)}, not {mode!r}")
    if threads is not None and threads < 1:
        raise ValueError(f"OCR page threads must be 1 or more, not {threads}")
    token, threads_token = _MODE.set(mode), _THREADS.set(threads)
    try:
        yield
    finally:
        _THREADS.reset(threads_token)
        _MODE.reset(token)


def page_threads() -> int:
    """How many pages of one scan are OCR'd at once here (see ``using_ocr``)."""
    chosen = _THREADS.get()
    if chosen is not None:
        return chosen
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(MAX_PAGE_THREADS, cpus))


@contextlib.contextmanager
def reporting_pages(callback: Callable[[int], None]) -> Iterator[None]:
    """Call ``callback(n)`` each time page ``n`` of a scan read inside the ``with`` block has
    been OCR'd (a progress bar's hook: ``moukit parse`` shows one on a terminal)."""
    token = _ON_PAGE.set(callback)
    try:
        yield
    finally:
        _ON_PAGE.reset(token)


def image_format(data: bytes) -> ImageFormat | None:
    """The format of a PNG, JPEG or TIFF file by its first bytes; None for anything else."""
    return next((name for magic, name in _MAGIC if data.startswith(magic)), None)


def is_image(data: bytes) -> bool:
    """Whether ``data`` is a PNG, JPEG or TIFF image that decodes: one to read by OCR."""
    if image_format(data) is None:
        return False
    from .images import decodes

    return decodes(data)


@dataclass(frozen=True, slots=True)
class Scan:
    text: str
    ocr: Ocr
    warnings: tuple[Warning, ...]
    doubts: dict[int, str]
    """Text line -> why its letters cannot be trusted as read (``moukit.ocr.fields``)."""


def read_scan(data: bytes, path: str | None, kind: str) -> Scan:
    """OCR a scanned PDF (``kind == "pdf"``) or an image file; see the module docstring."""
    from .digits import check_digits
    from .engine import LANGUAGES, MissingEngine, tesseract
    from .fields import page_doubts
    from .reread import reread_lines

    if ocr_mode() == "never":
        raise InputError(f"is a scanned {'PDF' if kind == 'pdf' else 'image'} and OCR is off (--ocr never)",
                         path=path)
    try:
        _, version = tesseract()
    except MissingEngine as missing:
        raise InputError(str(missing), path=path) from None
    lines: list[str] = []
    confidences: dict[int, list[float]] = {}  # text line (from 1) -> its digit words' confidences
    pages: list[float] = []
    warnings: list[Warning] = []
    doubts: dict[int, str] = {}
    reread: set[int] = set()  # text lines whose Thai digits the recogniser read sure
    unsure: dict[int, str] = {}  # text lines re-read in part, or given a number read unsure -> why
    numbered: set[str] = set()  # label forms Thai-numbered on the pages so far (moukit.ocr.slots)
    changed: list[int] = []  # text lines whose digits moukit put in place of tesseract's reading
    script: list[int] = []  # text lines with Latin letters read again as Thai (moukit.ocr.script)
    report = _ON_PAGE.get()
    for image, page in _recognised(data, path, kind):
        if report is not None:
            report(image.number)
        first = len(lines) + 1
        page_lines = page.text.split("\n") if page is not None else [""]
        if lines:
            page_lines[0] = "\f" + page_lines[0]
        lines.extend(page_lines)
        pages.append(page.confidence if page else 0.0)
        if page is None:
            warnings.append(Warning(code="ocr_page_without_image", line=first,
                                    message=f"page {image.number} holds no image to read: it is left empty"))
            continue
        by_line: dict[int, list[float]] = {}
        for word in page.words:
            by_line.setdefault(word.line, []).append(word.confidence)
        speckled = [at for at, scores in by_line.items() if is_speckle(page_lines[at], scores)]
        for at in speckled:
            page_lines[at] = "\f" if page_lines[at].startswith("\f") else ""
        words, rescripted = _rescripted(image.png, page.words, page_lines, speckled, numbered)
        for word in words:
            if word.line not in speckled and any(ch.isdigit() for ch in word.text):
                confidences.setdefault(first + word.line, []).append(word.confidence)
        read_again: set[int] = set()  # words whose letters became digits read sure
        for at, done in reread_lines(image.png, words, page_lines, numbered).items():
            if at not in speckled:
                read_again |= done.words
                if done.text != page_lines[at]:
                    changed.append(first + at)
                page_lines[at] = done.text
                if done.sure:
                    reread.add(first + at)
                else:
                    unsure[first + at] = done.why or ""
                if done.words:  # read again as digits: tesseract's confidence in them no longer counts
                    confidences[first + at] = [w.confidence for i, w in enumerate(words) if w.line == at
                                               and i not in done.words and any(ch.isdigit() for ch in w.text)]
        lines[first - 1:] = page_lines
        doubts.update((first + at, why) for at, why in page_doubts(image.png, words, page_lines,
                                                                   frozenset(read_again)).items())
        for at, done in rescripted.items():  # read again as Thai: its values are named, its digits unverified
            script.append(first + at)
            doubts[first + at] = done.why
            if first + at not in reread or any("0" <= ch <= "9" for _, thai in done.runs for ch in thai):
                unsure.setdefault(first + at, f"the line was {done.why}")
        if speckled:
            warnings.append(Warning(code="ocr_speckle_dropped", line=first + speckled[0], message=(
                f"page {image.number}: {len(speckled)} line{'s' * (len(speckled) != 1)} of scattered marks read "
                "with low confidence (a stamp, an emblem, speckle) left out of the text as blank lines")))
    if not any(line.strip("\f ") for line in lines):
        raise InputError(f"is a scan in which OCR found no text ({len(pages)} page{'s' * (len(pages) != 1)})",
                         path=path)
    if not _digit_fonts():  # the recogniser cannot learn: what it would read again stays as read
        thai = next((n for n, line in enumerate(lines, 1) if any("๐" <= ch <= "๙" for ch in line)), 1)
        warnings.append(Warning(code="ocr_digits_not_reread", line=thai, message=(
            "Thai digits were not read again from the page: no Thai font is installed to learn them from "
            "(apt-get install fonts-thai-tlwg); they stay as tesseract read them, unverified")))
    checks = check_digits(lines, confidences, reread, unsure)
    warnings += [Warning(code="ocr_unverified_digits", line=check.line, message=(
        f"digits {check.digits} on line {check.line} are not verified ({check.reason}): read them on the page"))
        for check in checks if check.reason]
    warnings.sort(key=lambda w: w.line or 0)
    ocr = Ocr(engine="tesseract", version=version, languages=LANGUAGES, page_confidence=tuple(pages),
              verified_lines=tuple(c.line for c in checks if not c.reason),
              unverified_lines=tuple(c.line for c in checks if c.reason), reread_digit_lines=tuple(sorted(changed)),
              reread_thai_lines=tuple(script))
    return Scan(text="\n".join(lines) + "\n", ocr=ocr, warnings=tuple(warnings), doubts=doubts)


def _rescripted(png: bytes, words: tuple, lines: list[str], speckled: list[int],
                numbered: set[str]) -> tuple[tuple, dict]:
    """The page's words with each run of Latin letters that was read again as Thai replaced by
    the Thai reading's words, and page line -> its ``Rescript``; ``lines`` get the Thai text.
    Clause labels are left to the recogniser (``numbered``: as for ``reread_lines``)."""
    from .script import reread_script
    from .slots import find_slots

    labels = {at: [(s.start, s.stop) for s in found if s.kind == "label"]
              for at, found in find_slots(lines, set(numbered)).items()}
    rescripted = reread_script(png, words, lines, frozenset(speckled), labels)
    if not rescripted:
        return words, {}
    out: list = []
    for word in words:  # a line's words stand together, in order
        done = rescripted.get(word.line)
        if done is None:
            out.append(word)
        elif not out or out[-1].line != word.line:
            out.extend(done.words)
    for at, done in rescripted.items():
        lines[at] = done.text
    return tuple(out), rescripted


def _digit_fonts() -> bool:
    """Whether moukit's Thai-digit recogniser has fonts to learn from (``ocr.thai_digits``)."""
    from .thai_digits import fonts

    return bool(fonts())


SPECKLE_CONFIDENCE = 75.0
SPECKLE_SHORT_SHARE = 0.6


def is_speckle(text: str, confidences: list[float]) -> bool:
    """Whether an OCR line is marks, not words: three or more tokens, each one or two characters
    and no digit; or read with a low mean confidence, and most of its tokens one or two
    characters ("d  ’ & J  1  Ld  a ๓  เซ", "P|": a seal's or emblem's specks)."""
    tokens = text.split()
    if len(tokens) >= 3 and all(len(token) <= 2 and not any(c.isdigit() for c in token) for token in tokens):
        return True  # nothing but scattered specks ("a   )  ae"), however sure the engine is
    if not tokens or sum(confidences) / len(confidences) >= SPECKLE_CONFIDENCE:
        return False
    return sum(len(token) <= 2 for token in tokens) >= SPECKLE_SHORT_SHARE * len(tokens)


def _recognised(data: bytes, path: str | None, kind: str) -> Iterator[tuple]:
    """(PageImage, PageText or None) per page in order, OCR'd ``page_threads()`` pages at a time
    in threads (each runs a tesseract process); at most ``2 × workers`` page images are held."""
    from .engine import recognise
    from .images import image_pages, pdf_pages

    if kind == "pdf":
        images = pdf_pages(data, path)
    else:
        images = image_pages(data, path)
    workers = page_threads()
    pending: list[tuple[object, Future | None]] = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for image in images:
            pending.append((image, pool.submit(recognise, image.png, path) if image.png else None))
            if len(pending) >= 2 * workers:
                image, future = pending.pop(0)
                yield image, future.result() if future else None
        for image, future in pending:
            yield image, future.result() if future else None
