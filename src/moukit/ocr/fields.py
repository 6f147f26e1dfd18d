"""Text values read by OCR that cannot be trusted: an ``ocr_unverified_text`` warning per field.

A letter misread (``จวินทร์`` for ``จรินทร์``) or a tone mark dropped (``ท้องถิน`` for
``ท้องถิ่น``) reads as a plausible word; nothing in the text can tell. Two things outside it
can, and ``moukit.ocr.read_scan`` notes them per OCR line (``doubts``: line -> why):

- **the engine was unsure**: a character of the line was read with confidence under
  ``TEXT_CONFIDENCE`` (misread letters of names came out at 56–69 on the scans, where
  tesseract gives 90–97 to what it reads well);
- **the page shows marks OCR did not read** (``moukit.ocr.marks``): more blots of ink above
  the letters than upper vowels and tone marks in the text read there.

After a scan is parsed, ``text_warnings`` names each header value (subject, salutation and
addressee, ref, date, issuer, references) and each signatory's name and position lines that
stand on a doubted line, or on a line that holds a known word with a tone mark lost
(``misread.lost_tone_mark``: in a bold face the mark touches its letter, and the page's
marks check cannot see it dropped) or, a name's line aside, a word misread into no word by
one letter of its shape (``spelling.swapped_letter``: ``อัดรา``); and every ref, date,
salutation and closing that only the rules for a scan's text (``moukit.misread``) could read. A value on a line with no doubt is not thereby right: docs/ocr.md
gives the measured share of misread values each check catches.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..lines import Line
from ..models import Document, Warning

TEXT_CONFIDENCE = 80.0

_HEADER_FIELDS = ("ref", "date", "subject", "salutation", "issuer", "references")


def text_warnings(document: Document, lines: Sequence[Line], doubts: Mapping[int, str]) -> tuple[Warning, ...]:
    """One ``ocr_unverified_text`` warning per (field, doubted line) of ``document`` and its
    attachments, and an ``ocr_unverified_digits`` for each reference whose number OCR did not
    read as one (``parts.ref.unread_ref``: kept as read, never verified), in line order;
    ``lines[i]`` is line ``i + 1``."""
    doubts = _with_lost_marks(document, lines, doubts)
    found: dict[tuple[int, str], str] = {}
    for doc in _documents(document):
        for field in _HEADER_FIELDS:
            span = getattr(doc.header.lines, field)
            for number in _span(span):
                if number in doubts:
                    found.setdefault((number, field), doubts[number])
        for signatory in doc.signatories:
            name = _key(signatory.name)
            for number in _span(signatory.lines):
                if number in doubts and 0 < number <= len(lines):
                    text = _key(lines[number - 1].text)
                    field = "signer name" if name and name in text else "signer position"
                    found.setdefault((number, field), doubts[number])
    unread = [Warning(code="ocr_unverified_digits", line=doc.header.lines.ref[0], message=(
        f"the reference {doc.header.ref.raw} on line {doc.header.lines.ref[0]} is not verified (its number does "
        "not read as a reference's): read it on the page"))
        for doc in _documents(document) if doc.header.ref and doc.header.ref.number is None and doc.header.lines.ref]
    tolerated = [Warning(code="ocr_unverified_text", line=number, message=(
        f"{field} on line {number} was read through OCR damage ({why}): read it on the page"))
        for doc in _documents(document) for field, number, why in _read_through_damage(doc, lines)]
    return tuple(sorted(unread + tolerated + [Warning(code="ocr_unverified_text", line=number, message=(
        f"{field} on line {number} may hold misread letters ({why}): read it on the page"))
        for (number, field), why in sorted(found.items())], key=lambda w: w.line or 0))


def _with_lost_marks(document: Document, lines: Sequence[Line], doubts: Mapping[int, str]) -> dict[int, str]:
    """``doubts``, and a doubt on each line that a header value or a signer stands on when it
    holds a known word with a tone mark lost (``misread.lost_tone_mark``: ``แต่งตัง``): in a bold
    face the mark touches its letter, and the page's marks check cannot see it dropped; or, on
    any but a name's line, a word misread into no word by one letter of its shape
    (``spelling.swapped_letter``: ``อัดรา``), which neither the confidence nor the marks can see."""
    from ..misread import lost_tone_mark
    from .spelling import swapped_letter

    out = dict(doubts)
    numbers = {number for doc in _documents(document) for field in _HEADER_FIELDS
               for number in _span(getattr(doc.header.lines, field))}
    numbers |= {number for doc in _documents(document) for signer in doc.signatories for number in _span(signer.lines)}
    names = {number for doc in _documents(document) for signer in doc.signatories if _key(signer.name or "")
             for number in _span(signer.lines) if 0 < number <= len(lines)
             and _key(signer.name or "") in _key(lines[number - 1].text)}  # a name is rarely a dictionary word
    for number in sorted(numbers):
        if number not in out and 0 < number <= len(lines) and (lost := lost_tone_mark(lines[number - 1].text)):
            out[number] = f"'{lost[0]}' is the word '{lost[1]}' with a tone mark lost"
        elif number not in out and number not in names and 0 < number <= len(lines) \
                and (swap := swapped_letter(lines[number - 1].text)):
            out[number] = f"'{swap[0]}' is no word, '{swap[1]}' is: one letter read for another of its shape"
    return out


def _read_through_damage(doc: Document, lines: Sequence[Line]) -> list[tuple[str, int, str]]:
    """(field, line, why) for each of ``doc``'s ref, date, salutation and closing that only the rules for
    a scan's text (``moukit.misread``) read: read again as a typed text, its line gives no such
    value. Every value those rules make is named, so none passes unflagged."""
    from ..dates import find_thai_date, parse_thai_date
    from ..misread import reading
    from ..parts.ref import split_ref_line, unread_ref, unread_ref_line
    from ..parts.salutation import closing_end, parse_salutation

    header, where, out = doc.header, doc.header.lines, []
    with reading(False):
        if header.ref is not None and where.ref and 0 < where.ref[0] <= len(lines):
            text = lines[where.ref[0] - 1].text
            if split_ref_line(text) is None and unread_ref(text) is None and not unread_ref_line(text):
                out.append(("ref", where.ref[0], f"its label ที่ read '{(text.split() or [''])[0]}'"))
        if header.salutation is not None and where.salutation and 0 < where.salutation[0] <= len(lines):
            text = lines[where.salutation[0] - 1].text
            exact = parse_salutation(text)
            if exact is None or exact.word != header.salutation.word:
                out.append(("salutation", where.salutation[0],
                            f"'{(text.split() or [''])[0]}' read as {header.salutation.word}"))
        if header.date is not None and where.date and 0 < where.date[0] <= len(lines):
            text = lines[where.date[0] - 1].text
            exact = [parse_thai_date(text), *(found[0] for found in [find_thai_date(text)] if found)]
            if all(date is None or date.raw != header.date.raw for date in exact):
                out.append(("date", where.date[0], f"'{header.date.raw}' read as {header.date.iso}"))
        if doc.closing is not None and doc.closing_lines and 0 < doc.closing_lines[0] <= len(lines) \
                and closing_end(lines, doc.closing_lines[0] - 1) is None:
            out.append(("closing", doc.closing_lines[0], "marks read before it on its line"))
    return out


def _documents(document: Document) -> list[Document]:
    out = [document]
    for attachment in document.attachments:
        out.extend(_documents(attachment))
    return out


def _span(span: tuple[int, int] | None) -> range:
    return range(span[0], span[1] + 1) if span else range(0)


def _key(text: str) -> str:
    return "".join(text.split())


def page_doubts(png: bytes, words: Sequence, page_lines: Sequence[str],
                read_again: frozenset[int] = frozenset()) -> dict[int, str]:
    """Why each line of one page (from 0) cannot be trusted as read, for the lines that hold
    words (``words``: ``moukit.ocr.engine.Word``s, each knowing its line and box).
    ``read_again``: the words (indices) whose letters moukit replaced by digits it read sure
    (``moukit.ocr.reread``): tesseract's confidence in letters no longer in the text is no doubt."""
    from .marks import body_of, expected_marks, page_ink, seen_marks

    by_line: dict[int, list] = {}
    for word in words:
        by_line.setdefault(word.line, []).append(word)
    kept = {id(word) for index, word in enumerate(words) if index not in read_again}
    ink = page_ink(png)
    doubts: dict[int, str] = {}
    ceiling = 0
    for at in sorted(by_line):
        on_line = by_line[at]
        left = min(w.box[0] for w in on_line)
        top = min(w.box[1] for w in on_line)
        right = max(w.box[0] + w.box[2] for w in on_line)
        bottom = max(w.box[1] + w.box[3] for w in on_line)
        text = page_lines[at] if at < len(page_lines) else ""
        if not text.strip("\f "):
            continue  # a speckle line, left out
        unsure = min((w for w in on_line if id(w) in kept), key=lambda w: w.confidence, default=None)
        if unsure is not None and unsure.confidence < TEXT_CONFIDENCE:
            doubts[at] = f"'{unsure.text}' read with confidence {unsure.confidence:.0f}, below {TEXT_CONFIDENCE:.0f}"
        else:
            body = body_of(ink, [(w.text, w.box) for w in on_line], (left, top, right - left, bottom - top))
            seen = seen_marks(ink, (left, top, right - left, bottom - top), ceiling, body)
            read = expected_marks(text)
            if seen is not None and seen > read:
                doubts[at] = f"the page shows {seen} marks above the letters, {read} were read"
        ceiling = bottom
    return doubts
