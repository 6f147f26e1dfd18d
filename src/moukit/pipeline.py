"""The parse pipeline (SPEC §1) as a named list of stages:

    read -> normalize -> lines -> segment -> documents (classify, furniture, kind parser)
         -> account -> diagnose

``read`` turns bytes into text (``parse_bytes``, ``parse_file``); every later stage takes the
``Parse`` so far and returns it with one more thing made: ``STAGES`` lists them in order, and
``run`` passes a text through them. Each stage's work is a pure function in a module of its
own (``moukit.stages``, ``moukit.kinds``); this module only connects them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import NamedTuple

from .errors import InputError, InternalError, MoukitError
from .kinds import parser_for
from .lines import Line, span, split_lines
from .misread import reading
from .models import Document, Evidence, LineSpan, Page, Source, Warning
from .notes import Notes
from .stages.account import account
from .stages.classify import classify
from .stages.diagnose import diagnose_text
from .stages.furniture import split_furniture
from .stages.normalize import Normalized, normalize
from .stages.read import SourceText, read_bytes, read_file
from .stages.segment import Segment, Segmentation, merge_lines, split_segments

MAX_CHARS = 32 * 1024 * 1024
"""Text longer than this is refused (an absurd input, not a document)."""


class Parse(NamedTuple):
    """What the stages have made of one text so far; each stage fills in one more field
    (``_replace``: a named tuple, as a frozen dataclass's ``replace`` costs more per stage)."""

    text: str
    """The text as read, before any repair."""
    source: Source | None = None
    normalized: Normalized | None = None
    """The repaired text and what was repaired (``normalize``)."""
    lines: tuple[Line, ...] = ()
    """The repaired text's numbered lines (``lines``)."""
    segmentation: Segmentation | None = None
    """The documents found in the lines (``segment``)."""
    document: Document | None = None
    """The outermost Document, its attachments inside (``documents``, then ``account`` and
    ``diagnose`` add what they find)."""


def _normalize(parse: Parse) -> Parse:
    return parse._replace(normalized=normalize(parse.text))


def _lines(parse: Parse) -> Parse:
    return parse._replace(lines=split_lines(parse.normalized.text))


def _segment(parse: Parse) -> Parse:
    return parse._replace(segmentation=split_segments(parse.lines))


def _documents(parse: Parse) -> Parse:
    attachments = []
    spilled: list[Line] = []
    for segment in parse.segmentation.attachments:
        attachment, tail = _parse_segment(segment)
        attachments.append(attachment)
        spilled.extend(tail)
    # A contained document's tail (after its signer) is the outer document's text again.
    outer, _ = _parse_segment(merge_lines(parse.segmentation.outer, spilled), outermost=True)
    return parse._replace(document=outer.model_copy(update={
        "source": parse.source,
        "pages": _pages(parse.lines),
        "lines": (1, len(parse.lines)),
        "attachments": tuple(attachments),
    }))


def _account(parse: Parse) -> Parse:
    return parse._replace(document=account(parse.document, parse.lines))


def _diagnose(parse: Parse) -> Parse:
    return parse._replace(document=_warn_first(parse.document, diagnose_text(parse.normalized, parse.lines)))


STAGES: tuple[tuple[str, Callable[[Parse], Parse]], ...] = (
    ("normalize", _normalize),
    ("lines", _lines),
    ("segment", _segment),
    ("documents", _documents),
    ("account", _account),
    ("diagnose", _diagnose),
)
"""The stages after ``read``, in the order they run."""


def run(text: str, *, source: Source | None = None) -> Parse:
    """Pass one file's text through every stage; the ``Parse`` holds what each one made."""
    if len(text) > MAX_CHARS:
        raise InputError(f"text of {len(text):,} characters is over the limit of {MAX_CHARS:,}",
                         path=source.path if source else None)  # the file, when there is one
    parse = Parse(text, source)
    try:
        with reading(source is not None and source.encoding == "ocr"):  # a scan is read through its damage
            for _, stage in STAGES:
                parse = stage(parse)
    except MoukitError:
        raise
    except Exception as error:  # any other exception is a bug: never let it reach a user raw
        first_line = (str(error).splitlines() or [""])[0]
        raise InternalError(f"internal error while parsing ({type(error).__name__}: {first_line}); "
                            "please report it with the input file") from error
    return parse


def parse_text(text: str, *, source: Source | None = None) -> Document:
    """Parse the text of one file (which may hold several documents) into a Document."""
    if not isinstance(text, str):  # a caller's mistake, not an internal error
        hint = "; for a file's bytes, call parse_bytes(data, path)" if isinstance(text, (bytes, bytearray)) else ""
        raise TypeError(f"parse_text() takes a str, not {type(text).__name__}{hint}")
    return run(text, source=source).document


def parse_bytes(data: bytes, path: str | None = None) -> Document:
    """Decode bytes (UTF-8, UTF-16 or CP874), or extract a PDF's or DOCX's text, and parse it."""
    if not isinstance(data, (bytes, bytearray, memoryview)):  # a caller's mistake, said at the door
        hint = "; for text already decoded, call parse_text(text)" if isinstance(data, str) else ""
        raise TypeError(f"parse_bytes() takes the bytes of a file, not {type(data).__name__}{hint}")
    return _parse_source(read_bytes(bytes(data), path))


def parse_file(path: str | os.PathLike[str]) -> Document:
    """Read a text, PDF or DOCX file and parse it."""
    return _parse_source(read_file(path))


def _parse_source(source_text: SourceText) -> Document:
    if source_text.ocr_doubts is None:
        return _warn_first(parse_text(source_text.text, source=source_text.source), source_text.warnings)
    from .ocr.fields import text_warnings  # a scan: its doubted values are named (docs/ocr.md)

    parse = run(source_text.text, source=source_text.source)
    said = {(w.code, w.line) for w in source_text.warnings}
    unverified = tuple(w for w in text_warnings(parse.document, parse.lines, source_text.ocr_doubts)
                       if (w.code, w.line) not in said)
    return _warn_first(parse.document, tuple(sorted(source_text.warnings + unverified, key=lambda w: w.line or 0)))


def _warn_first(document: Document, warnings: tuple[Warning, ...]) -> Document:
    """Warnings about the whole input (what reading or normalizing met) before the parser's."""
    if not warnings:
        return document
    return document.model_copy(update={"warnings": warnings + document.warnings})


def _parse_segment(segment: Segment, *, outermost: bool = False) -> tuple[Document, list[Line]]:
    """Parse one document; returns it and the lines past its end (see Notes.spill)."""
    kind, evidence = classify(segment)
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
    return document.model_copy(update={
        "lines": _owned_span(segment.lines, {line.number for line in notes.spilled}),
        "evidence": tuple(Evidence(part=part, line=line) for part, line in evidence),
        "unparsed": tuple(sorted(document.unparsed + tuple(notes.unparsed), key=lambda p: p.lines)),
        "warnings": document.warnings + tuple(notes.warnings),
    }), notes.spilled


def _owned_span(lines: tuple[Line, ...], spilled: set[int]) -> LineSpan:
    """From the first to the last non-blank line the document keeps (not ``spilled``); all of
    ``lines`` when it keeps none. Looked for from each end: the lines between are not read."""
    owned = (line for line in lines if not line.blank and line.number not in spilled)
    first = next(owned, None)
    if first is None:
        return span(lines)
    last = next(line for line in reversed(lines) if not line.blank and line.number not in spilled)
    return (first.number, last.number)


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
