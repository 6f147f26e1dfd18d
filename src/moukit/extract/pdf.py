"""The text layer of a PDF, in reading order, laid out as lines (extra ``moukit[pdf]``: pypdf).

Why pypdf, in its plain (stream-order) mode: it is pure Python with one optional compiled
dependency (``cryptography``, for the AES-encrypted, owner-password PDFs that government
sites publish), and it hands each piece of text to a visitor with its position. Within a
line, text comes in the order the producer wrote it, which for Thai is typing order:
layout-mode extraction (``pdftotext -layout``) sorts glyphs by x and moves tone marks after
the vowel (``หนา้``, ``เลม่``, THAI-FORMATS §3). The positions are used only between lines,
never to reorder glyphs within one:

- a piece starts a new line when its baseline moves by more than half the type size, or when
  it runs in another direction; pieces on one baseline (a running header's three parts) are
  joined with a space;
- the lines go top to bottom, whatever order the page drew them in (``moukit.extract.layout``:
  a footer drawn first is still last, cells side by side on one baseline are one line, a
  watermark is never mixed into the text's lines, text in another direction comes last);
- a first line that starts right of the text's left margin gets leading spaces, one per half
  em (so ``moukit.parts.body`` sees the paragraph indent, as in ``pdftotext -layout`` text);
- a vertical gap of more than one and a half line heights becomes blank lines (at most three),
  so that paragraphs set with empty lines between them stay apart;
- pages are joined by ``"\\n\\f"``: each page after the first starts with a form feed.

Work is bounded, so that a small crafted file cannot cost minutes: at most ``MAX_PAGES``
pages are read, at most ``MAX_PAGE_OPERATORS`` content-stream operators on a page and
``MAX_OPERATORS`` in the file (a dense real page has a few thousand), each item of an array
operand (a ``TJ``'s kerned runs) counting as one more: pypdf spends 2–20 µs on each. Past a limit the pages
read so far are kept and a ``pdf_truncated`` warning says where reading stopped; a text layer
over ``MAX_CHARS`` characters is refused. The bytes of drawing instructions are budgeted too,
before pypdf parses them (``moukit.extract.pdf_content``).

Characters that no text can hold are dropped and counted: C0 controls other than tab (pypdf
passes on the raw code of a glyph the PDF maps to no character, THAI-FORMATS §3). Glyph and
mark repairs (PUA glyphs, marks order, sara am) are left to ``moukit.stages.normalize``, which runs
on every input.
"""

from __future__ import annotations

import logging
import math
import re
import statistics
from collections import Counter
from io import BytesIO
from typing import Any

from pypdf import PdfReader

from moukit.errors import InputError, MoukitError, NoTextLayer
from moukit.models import Warning

from . import pdf_content
from .extracted import Extracted
from .layout import (
    ADVANCE,
    COLUMN,
    SAME_LINE,
    Budget,
    PdfLine,
    TooLong,
    direction_of,
    order_page,
    to_frame,
)
from .pdf_content import Forms, cut_content, let_go

# pypdf logs what it repairs in damaged files; a library must not print it (SPEC §1), so
# give its logger a handler of its own: an application that configures logging still sees it.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

GAP = 1.5  # of the line height: a larger gap between baselines holds blank lines
MAX_BLANKS = 3
MAX_INDENT = 120
MAX_CHARS = 32 * 1024 * 1024  # as pipeline.MAX_CHARS: a larger text layer is refused early
MAX_PAGES = 2_000
"""Pages read from one file; an official document has far fewer."""
MAX_PAGE_OPERATORS = 100_000
"""Content-stream operators read on one page (the densest page of the corpus has 3,541)."""
MAX_OPERATORS = 2_000_000
"""Content-stream operators (and array items) read in one file: about 1,000 dense pages; a
crafted file stops within some 10 to 20 s of CPU."""

# C0 controls but tab, newline and form feed, and DEL: the raw codes of unmapped glyphs.
_UNMAPPED = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


class _PageFull(Exception):
    """The page, or the file, has used up its operators (``MAX_PAGE_OPERATORS``, ``MAX_OPERATORS``)
    or its bytes of drawing instructions (``pdf_content.MAX_PAGE_CONTENT``, ``MAX_CONTENT``)."""


class _PageReader:
    """Collects the text pieces pypdf reports for one page into ``PdfLine`` values, in stream order."""

    def __init__(self, chars: int = 0, operators: int = 0, content: int = 0, page_content: int = 0,
                 forms: dict[str, int] | None = None) -> None:
        self.lines: list[PdfLine] = []
        self.broken = False  # the last piece ended with pypdf's own line break
        self.chars = chars  # characters read so far, earlier pages included
        self.operators = operators  # operators read so far, earlier pages included
        self.page_operators = 0
        self.content = content  # bytes of drawing instructions, earlier pages included
        self.page_content = page_content
        self.forms = forms or {}  # the bytes of each form the page can draw (pdf_content.Forms)

    def count(self, operator: Any, operands: Any, cm: Any, tm: Any) -> None:
        # pypdf's work grows with the items of an array too (a TJ's kerned runs): count them.
        work = 1 + sum(len(operand) for operand in operands if isinstance(operand, list))
        self.operators += work
        self.page_operators += work
        if operator == b"Do" and operands:  # pypdf parses the form's stream next: count its bytes first
            size = self.forms.get(str(operands[0]), 0)
            self.content += size
            self.page_content += size
        if self.page_operators > MAX_PAGE_OPERATORS or self.page_content > pdf_content.MAX_PAGE_CONTENT:
            raise _PageFull
        if self.full():
            raise _PageFull

    def full(self) -> bool:
        """Whether the file's budgets are spent."""
        return self.operators > MAX_OPERATORS or self.content > pdf_content.MAX_CONTENT

    def visit(self, text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if not text:
            return
        place = _position(cm, tm)
        unplaced = place is None  # no usable position: the text stays where the stream put it
        if place is None:
            last = self.lines[-1] if self.lines else None
            place = (last.x, last.y, 1.0, last.direction) if last else (0.0, 0.0, 1.0, 0)
        x, y, scale, direction = place
        size = _finite(abs(_number(size)) * scale) or 10.0
        for i, piece in enumerate(text.split("\n")):
            if i:
                self.broken = True
            if piece:
                self._add(piece, x, y, size, direction, hard=i > 0 or (unplaced and self.broken))

    def _add(self, piece: str, x: float, y: float, size: float, direction: int, *, hard: bool) -> None:
        cleaned, dropped = _UNMAPPED.subn("", piece.replace("\t", " ").replace("\r", " "))
        self.chars += len(cleaned)
        if self.chars > MAX_CHARS:
            raise TooLong
        line = self.lines[-1] if self.lines else None
        if (line is None or hard or direction != line.direction
                or abs(y - line.y) > SAME_LINE * max(size, line.size)):
            if not cleaned.strip(" ") and not dropped:
                return  # a space before the first word: pypdf's, not the page's
            line = PdfLine(x, y, size, direction=direction)
            self.lines.append(line)
        elif self.broken and line.parts and not line.parts[-1].endswith(" ") and not cleaned.startswith(" "):
            line.parts.append(" ")  # two runs on one baseline: a running header's parts
        line.parts.append(cleaned)
        line.dropped += dropped
        line.right = max(line.right, x + ADVANCE * size * len(cleaned))
        self.broken = False


def _position(cm: Any, tm: Any) -> tuple[float, float, float, int] | None:
    """Where a text piece starts, in the frame of its direction; the vertical scale of its
    text matrix; the direction of its baseline. None when the matrices give no position
    (not six numbers, or a matrix that flattens the text to a point or a line)."""
    try:
        a, b, c, d, e, f = (_number(v) for v in tm)
        ca, cb, cc, cd, ce, cf = (_number(v) for v in cm)
    except (TypeError, ValueError):  # not six numbers
        return None
    along = (_finite(a * ca + b * cc), _finite(a * cb + b * cd))  # the baseline's direction
    up = (_finite(c * ca + d * cc), _finite(c * cb + d * cd))
    if along[0] * up[1] - along[1] * up[0] == 0:
        return None
    direction = direction_of(*along)
    x, y = to_frame(_finite(e * ca + f * cc + ce), _finite(e * cb + f * cd + cf), direction)
    return x, y, _finite(math.hypot(*up)) or 1.0, direction


def _number(value: Any) -> float:
    try:
        return _finite(float(value))
    except (TypeError, ValueError, OverflowError):
        return 0.0


def _finite(value: float) -> float:
    """A hostile PDF's matrix may hold inf or nan: they would poison every position."""
    return value if math.isfinite(value) and abs(value) < 1e9 else 0.0


def extract_pdf(data: bytes, path: str | None) -> Extracted:
    """The text layer of a PDF file; see the module docstrings (this one and the package's)."""
    reader = _open(data, path)
    try:
        pages = list(reader.pages)
    except Exception as error:  # pypdf raises many kinds on a broken page tree
        raise InputError(f"is a damaged PDF: its pages cannot be listed ({_reason(error)})", path=path) from None
    page_lines: list[list[PdfLine]] = []
    unreadable: list[tuple[int, str]] = []
    chars = operators = content = 0
    truncated: tuple[int, str] | None = (MAX_PAGES, f"it has {len(pages):,} pages, over the limit of "
                                                    f"{MAX_PAGES:,}") if len(pages) > MAX_PAGES else None
    too_long = InputError(f"has a text layer of over {MAX_CHARS:,} characters", path=path)
    over_bytes = f"over {pdf_content.MAX_PAGE_CONTENT:,} bytes of drawing instructions on the page"
    forms = Forms()
    for number, page in enumerate(pages[:MAX_PAGES], start=1):
        failed = None
        try:  # the bytes pypdf is to parse, counted before it parses one
            cut = (size := cut_content(page, reader)) > pdf_content.MAX_PAGE_CONTENT
        except MoukitError:  # a time budget's Timeout (moukit.batch.budget) is not damage
            raise
        except Exception as error:  # instructions that cannot be decoded count as a full page
            cut, size, failed = False, pdf_content.MAX_PAGE_CONTENT, error
        size = min(size, pdf_content.MAX_PAGE_CONTENT)
        collector = _PageReader(chars, operators, content + size, size, forms.of(page) if size else None)
        try:
            if collector.full():
                raise _PageFull
            if failed is not None:
                raise failed
            page.extract_text(visitor_text=collector.visit, visitor_operand_before=collector.count)
        except TooLong:
            raise too_long from None
        except _PageFull:
            if collector.full():  # the file's budget: stop before this page
                what = (f"{MAX_OPERATORS:,} drawing operators" if collector.operators > MAX_OPERATORS
                        else f"{pdf_content.MAX_CONTENT:,} bytes of drawing instructions")
                truncated = (number - 1, f"its pages hold over {what}")
                break
            unreadable.append((number, f"over {MAX_PAGE_OPERATORS:,} drawing operators on the page"
                               if collector.page_operators > MAX_PAGE_OPERATORS else over_bytes))
        except MoukitError:
            raise
        except Exception as error:  # a damaged content stream: keep what was read, say so
            unreadable.append((number, over_bytes if cut else _reason(error)))
        else:
            if cut:
                unreadable.append((number, over_bytes))
        if cut:
            let_go(page, reader)
        operators, content = collector.operators, collector.content
        budget = Budget(MAX_CHARS - collector.chars)  # the spaces between cells count too
        try:
            page_lines.append(order_page([line for line in collector.lines if line.text or line.dropped], budget))
        except TooLong:
            raise too_long from None
        chars = MAX_CHARS - budget.left
    if not any(page_lines) and any(map(_has_fonts, pages)):
        why = f" (page {unreadable[0][0]}: {unreadable[0][1]})" if unreadable else ""
        raise InputError(f"is a damaged PDF: its pages use fonts, but no text could be read from them{why}", path=path)
    if not any(page_lines):
        raise NoTextLayer(  # read.py reads it by OCR (moukit.ocr), when that is not turned off
            f"has no text layer ({len(pages)} page{'s' if len(pages) != 1 else ''} of images, as a scan gives)",
            path=path,
        )
    return _assemble(page_lines, dict(unreadable), truncated)


def _has_fonts(page: Any) -> bool:
    """Whether a page's resources name a font: a page that shows text has one, a scan has none."""
    try:
        return bool(page["/Resources"]["/Font"])
    except Exception:  # no resources, no fonts, or a broken dictionary
        return False


def _open(data: bytes, path: str | None) -> PdfReader:
    try:
        reader = PdfReader(BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("is a password-protected PDF: open it with its password and save an unprotected copy", path=path)
        return reader
    except InputError:
        raise
    except Exception as error:
        what = "an encrypted PDF that cannot be decrypted" if "crypt" in _reason(error).lower() else "a damaged PDF"
        raise InputError(f"is {what} ({_reason(error)})", path=path) from None


def _reason(error: BaseException) -> str:
    first = (str(error).splitlines() or [""])[0][:200]
    return f"{type(error).__name__}: {first}" if first else type(error).__name__


def _assemble(pages: list[list[PdfLine]], unreadable: dict[int, str],
              truncated: tuple[int, str] | None = None) -> Extracted:
    margin = _left_margin([line for lines in pages for line in lines if line.flow])
    height = _line_height(pages)
    out: list[str] = []
    warnings: list[Warning] = []
    dropped_at: list[tuple[int, int]] = []  # (line of the text, glyphs dropped there)
    for number, lines in enumerate(pages, start=1):
        first_line = len(out) + 1
        page_out, at = _page_text(lines, margin, height)
        if number > 1:
            page_out[0:1] = ["\f" + (page_out[0] if page_out else "")]
        dropped_at += [(first_line + index, line.dropped) for line, index in zip(lines, at) if line.dropped]
        if not lines:
            warnings.append(Warning(code="pdf_page_without_text", line=first_line, message=(
                f"page {number} has no text layer (an image, as a scan gives): its content is not in the text")))
        if number in unreadable:
            warnings.append(Warning(code="pdf_page_damaged", line=first_line, message=(
                f"page {number} could not be read to its end ({unreadable[number]}): text may be missing")))
        out.extend(page_out or [""])
    if dropped_at:
        glyphs = sum(count for _, count in dropped_at)
        warnings.append(Warning(code="pdf_unmapped_glyphs", line=dropped_at[0][0], message=(
            f"{_count(glyphs, 'glyph')} on {_count(len(dropped_at), 'line')} map to no character in the PDF "
            "and were left out: letters or marks are missing there")))
    if truncated is not None:
        read, why = truncated
        warnings.append(Warning(code="pdf_truncated", line=len(out), message=(
            f"only the first {_count(read, 'page')} were read: {why}; the rest of the file is not in the text")))
    return Extracted(text="\n".join(out) + "\n", encoding="pdf-text", warnings=tuple(warnings))


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _page_text(lines: list[PdfLine], margin: float, height: float) -> tuple[list[str], list[int]]:
    """The page's lines of text, blank lines added; and the index in it of each of ``lines``.

    Lines apart from the flow (another direction) follow it after one blank line, unindented."""
    out: list[str] = []
    at: list[int] = []
    previous: PdfLine | None = None
    for line in lines:
        if previous is not None:
            blanks = _blank_lines(previous, line, height) if line.flow else int(previous.flow)
            out.extend([""] * blanks)
        indent = min(MAX_INDENT, max(0, round((line.x - margin) / (COLUMN * line.size)))) if line.flow else 0
        at.append(len(out))
        out.append(" " * indent + line.text if line.text else "")
        previous = line
    return out, at


def _blank_lines(previous: PdfLine, line: PdfLine, height: float) -> int:
    gap = previous.y - line.y
    if gap > GAP * height:
        return min(MAX_BLANKS, round(gap / height) - 1)
    if gap < -height:
        return 1  # back up the page: another column or block, set apart
    return 0


def _left_margin(lines: list[PdfLine]) -> float:
    """The x where most lines start: the left edge of the text column."""
    starts = Counter(round(line.x) for line in lines if line.text)
    if not starts:
        return 0.0
    most = max(starts.values())
    return float(min(x for x, count in starts.items() if count == most))


def _line_height(pages: list[list[PdfLine]]) -> float:
    """The usual distance between baselines of consecutive lines."""
    gaps = [
        previous.y - line.y
        for lines in pages
        for previous, line in zip(lines, lines[1:])
        if line.flow and previous.flow and 0.5 * line.size < previous.y - line.y < 3 * line.size
    ]
    if gaps:
        return statistics.median(gaps)
    sizes = [line.size for lines in pages for line in lines]
    return 1.2 * (statistics.median(sizes) if sizes else 12.0)
