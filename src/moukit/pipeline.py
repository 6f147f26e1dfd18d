"""The parse pipeline (SPEC §1), stage by stage:

    read -> normalize -> lines -> segment -> classify -> parse_<kind> -> account

``parse_text`` and ``parse_file`` are the library's entry points. Each stage is a pure
function in a module of its own; this module only calls them in order.
"""

from __future__ import annotations

import os

from .errors import InputError, MoukitError
from .kinds import parser_for
from .lines import Line, span, split_lines
from .models import Document, Page, Source, Warning
from .notes import Notes
from .stages.account import account
from .stages.classify import classify
from .stages.diagnose import diagnose_text
from .stages.furniture import split_furniture
from .stages.normalize import normalize_text
from .stages.read import SourceText, read_bytes, read_file
from .stages.segment import Segment, merge_lines, split_segments

MAX_CHARS = 32 * 1024 * 1024
"""Text longer than this is refused (an absurd input, not a document)."""


class InternalError(MoukitError):
    """A bug in moukit met while parsing; the message says where to report it."""


def parse_text(text: str, *, source: Source | None = None) -> Document:
    """Parse the text of one file (which may hold several documents) into a Document."""
    if len(text) > MAX_CHARS:
        raise InputError(f"text of {len(text):,} characters is over the limit of {MAX_CHARS:,}")
    try:
        return _parse(text, source)
    except MoukitError:
        raise
    except Exception as error:  # any other exception is a bug: never let it reach a user raw
        first_line = (str(error).splitlines() or [""])[0]
        raise InternalError(f"internal error while parsing ({type(error).__name__}: {first_line}); "
                            "please report it with the input file") from error


def parse_bytes(data: bytes, path: str | None = None) -> Document:
    """Decode bytes (UTF-8, UTF-16 or CP874), or extract a PDF's or DOCX's text, and parse it."""
    return _parse_source(read_bytes(data, path))


def parse_file(path: str | os.PathLike[str]) -> Document:
    """Read a text, PDF or DOCX file and parse it."""
    return _parse_source(read_file(path))


def _parse_source(source_text: SourceText) -> Document:
    return _warn_first(parse_text(source_text.text, source=source_text.source), source_text.warnings)


def _warn_first(document: Document, warnings: tuple[Warning, ...]) -> Document:
    """Warnings about the whole input (what reading or normalizing met) before the parser's."""
    if not warnings:
        return document
    return document.model_copy(update={"warnings": warnings + document.warnings})


def _parse(text: str, source: Source | None) -> Document:
    lines = split_lines(normalize_text(text))
    segmentation = split_segments(lines)
    attachments = []
    spilled: list[Line] = []
    for segment in segmentation.attachments:
        attachment, tail = _parse_segment(segment)
        attachments.append(attachment)
        spilled.extend(tail)
    # A contained document's tail (after its signer) is the outer document's text again.
    outer, _ = _parse_segment(merge_lines(segmentation.outer, spilled), outermost=True)
    document = outer.model_copy(update={
        "source": source,
        "pages": _pages(lines),
        "lines": (1, len(lines)),
        "attachments": tuple(attachments),
    })
    return _warn_first(account(document, lines), diagnose_text(text, lines))


def _parse_segment(segment: Segment, *, outermost: bool = False) -> tuple[Document, list[Line]]:
    """Parse one document; returns it and the lines past its end (see Notes.spill)."""
    kind = classify(segment)
    content, furniture = split_furniture(segment.lines)
    notes = Notes()
    notes.keep(furniture, code="page_furniture", what="page furniture")
    if segment.repeats:
        notes.keep((line for line in content if line.number in segment.repeats),
                   code="repeated_title", what="a repeat of the title block below")
        content = tuple(Line(line.number, "") if line.number in segment.repeats else line for line in content)
    document = parser_for(kind)(kind, _nonempty(content, segment.lines), notes)
    if outermost:
        notes.keep(notes.spilled)
        notes.spilled = []
    spilled = {line.number for line in notes.spilled}
    owned = [line for line in segment.lines if not line.blank and line.number not in spilled]
    return document.model_copy(update={
        "lines": span(owned or segment.lines),
        "unparsed": tuple(sorted(document.unparsed + tuple(notes.unparsed), key=lambda p: p.lines)),
        "warnings": document.warnings + tuple(notes.warnings),
    }), notes.spilled


def _pages(lines: tuple[Line, ...]) -> tuple[Page, ...]:
    """The pages a text's form feeds mark; none for text without them."""
    starts = [line.number for line in lines if line.page_break and line.number > 1]
    if not starts:
        return ()
    bounds = [1, *starts, len(lines) + 1]
    return tuple(Page(number=n, lines=(first, last - 1))
                 for n, (first, last) in enumerate(zip(bounds, bounds[1:]), start=1) if last > first)


def _nonempty(content: tuple[Line, ...], lines: tuple[Line, ...]) -> tuple[Line, ...]:
    # A document of nothing but page furniture still needs one line for its span.
    return content or lines[:1]
