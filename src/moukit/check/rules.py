"""Conformance to the สารบรรณ rules: ``check_document(doc) -> list[Finding]`` (SPEC §4 ``check``).

The checker reads a parsed Document, never the text: what the parser did not find, the checker
reports as missing. It checks the outermost document and every attachment, each against the
rules of its own kind; a finding's ``document`` says which one ("#0" the outermost, then
"#1", "#2" … in parse order, depth first — the numbering of ``FILE#N`` in SPEC §3). Each
finding names the first source line of the part it is about; for a missing part, the line
of the part it should stand before (or after, at the end), so an editor jumps to the gap.

The rules and their severities. An **error** breaks the regulation (ระเบียบสำนักนายกรัฐมนตรีว่าด้วย
งานสารบรรณ) or makes the document unusable as a record; a **warning** is a lapse of form or a
doubt worth a look.

========================== ======== ====================================================
code                       severity when
========================== ======== ====================================================
``missing_<part>``         error    a part the kind requires is absent (table below)
``missing_<part>``         warning  a part the kind's form has but that is often left out
``ref_format``             warning  an order's ที่ without its number and B.E. year
``salutation_rank``        warning  คำขึ้นต้น and คำลงท้าย of different ranks: กราบเรียน …
                                    ขอแสดงความนับถือ (pairs from ``parts.salutation.CLOSINGS``;
                                    ถึง and ฯพณฯ have no ranked closing: not compared)
``impossible_date``        error    a date that does not exist: ๓๑ ก.พ. ๒๕๖๖ (``iso`` null)
``unreadable_date``        error    a date line whose date cannot be read (warning when
                                    the kind does not require that date)
``future_date``            warning  a date after ``today``
``clause_duplicate``       error    two sibling clauses with one number: ข้อ ๒, ข้อ ๒
``clause_gap``             warning  a number skipped among siblings: (๑) (๒) (๔)
``clause_order``           warning  a number lower than the one before it (not a restart)
``signer_without_party``   warning  a signer (role "signer") with no party, among parties
``copies_mismatch``        warning  the closing formula's ฉบับ differ from the parties
``unparsed_line``,         warning  the parser's own warning: text placed in no part, so
``unaccounted_line``                the checker could not check it (a misspelt label?)
``unrecognised_kind``      error    read as no kind, but with three or more of a letter's ที่,
                                    date, เรื่อง, คำขึ้นต้น, คำลงท้าย: a letter that lost a part
``unrecognised_kind``      warning  read as no kind otherwise: its form was not checked
                                    (``check.unknown``)
========================== ======== ====================================================

Required parts by kind (E error, W warning; "signatory" means one with role signer,
countersigner or issuer — witnesses, recorders and checkers do not sign the document):

============ ==================================================================================
kind         parts
============ ==================================================================================
message      (a letter with a title, สาร…) W วันที่ date · E คำขึ้นต้น · E คำลงท้าย · E signatory
letter       E ที่ ref · E วันที่ date · E เรื่อง subject · E คำขึ้นต้น salutation ·
             E คำลงท้าย closing · E signatory · W ส่วนราชการเจ้าของหนังสือ issuer ·
             W ส่วนราชการเจ้าของเรื่อง owner unit (footer)
memo         E ส่วนราชการ issuer · E วันที่ date · E เรื่อง subject · E signatory ·
             W ที่ ref · W คำขึ้นต้น salutation
stamped      E ที่ ref · E ถึง salutation · W วันที่ date
order        E ที่ ref (n/พ.ศ.; W when the number or year is missing from it) · E เรื่อง subject ·
             E สั่ง ณ วันที่ signed date · E signatory
announcement E เรื่อง subject or title · E ประกาศ ณ วันที่ signed date · E signatory
regulation   the same as announcement
certificate  E ให้ไว้ ณ วันที่ signed date · E signatory
mou          E คู่สัญญา at least two parties · E at least one numbered clause (ข้อ) ·
             E signatory
contract     the same as mou (a blank party or signer counts as none)
minutes      E meeting date (วันที่ประชุม) · W ผู้จดรายงานการประชุม recorder
news, statement   nothing (their form is not regulated)
unknown      nothing by kind; ``unrecognised_kind`` says so (above)
============ ==================================================================================

A document a news report quotes after a lead-in ("…มอบสาร… ความว่า", "…ข้อตกลง… ดังนี้";
evidence ``lead_in``) is an excerpt: its missing parts are not reported (the report left them
out), its dates and numbering are checked.

Parser warnings: ``unparsed_line`` and ``unaccounted_line`` become warnings, because text the
parser could not place is text the checker could not check. ``impossible_date`` and
``unreadable_date`` are not copied: the date rules above report them, for every dated part.
Every other parser warning is about extraction damage repaired or furniture set aside
(``page_furniture``, ``web_furniture``, ``spliced_caption``, ``signature_mark``,
``repeated_title`` …): it says nothing about the document's form and is left out.

Clause numbering: see ``check_numbering``.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from ..models import QUOTED_EXCERPT, Clause, Document, Finding, ThaiDate
from ..registry import KindId, Layout, Severity, spec_of
from ..vocabulary import CLOSINGS
from .numbering import numbering_findings
from .unknown import unknown_findings

SIGNING_ROLES = frozenset({"signer", "countersigner", "issuer"})
"""Roles that sign the document itself (witnesses, recorders and checkers do not)."""

SURFACED_PARSER_WARNINGS = frozenset({"unparsed_line", "unaccounted_line"})
"""Parser warnings that are findings too: text placed in no part was not checked."""



class _Draft(NamedTuple):
    severity: Severity
    code: str
    message: str
    line: int | None


def check_document(doc: Document, *, today: datetime.date | None = None) -> list[Finding]:
    """The findings for ``doc`` and every document attached to it, in document order.

    Pure: it reads the Document only. ``today`` (default: the system's date) is the limit
    for future dates; pass it for a run that gives the same findings on every day.
    """
    today = today or datetime.date.today()
    findings: list[Finding] = []
    for index, part in enumerate(iter_documents(doc)):
        drafts: list[_Draft] = []
        for rule in _RULES:
            drafts += rule(part, today)
        drafts.sort(key=lambda d: d.line or 0)  # stable: same line keeps the rule order
        findings += [Finding(**d._asdict(), document=f"#{index}") for d in dict.fromkeys(drafts)]
    return findings


def iter_documents(doc: Document) -> Iterator[Document]:
    """``doc`` and its attachments, depth first: the order of "#0", "#1" … (SPEC §3)."""
    yield doc
    for attachment in doc.attachments:
        yield from iter_documents(attachment)


# -- required parts ---------------------------------------------------------------------------

LineSpan = tuple[int, int]

# Each part: how a message names it, and how it names it as a landmark ("after วันที่ (line 6)").
_PART_NAMES: dict[str, tuple[str, str]] = {
    "title": ("the title", "the title"),
    "ref": ("ที่ (reference number)", "ที่"),
    "issuer": ("ส่วนราชการ (issuing agency)", "ส่วนราชการ"),
    "date": ("วันที่ (date)", "วันที่"),
    "subject": ("เรื่อง (subject)", "เรื่อง"),
    "subject_or_title": ("เรื่อง (subject) or a title", "เรื่อง"),
    "salutation": ("คำขึ้นต้น (salutation: เรียน, กราบเรียน …)", "คำขึ้นต้น"),
    "parties": ("คู่สัญญา (parties)", "the parties"),
    "body": ("ข้อความ (body)", "the body"),
    "clauses": ("numbered clauses (ข้อ)", "the clauses"),
    "closing": ("คำลงท้าย (closing: ขอแสดงความนับถือ …)", "คำลงท้าย"),
    "signed_date": ("the date of signing or issue (… ณ วันที่)", "… ณ วันที่"),
    "signatory": ("a signatory (ผู้ลงนาม: name and position)", "the signature"),
    "owner_unit": ("ส่วนราชการเจ้าของเรื่อง (owner unit, under the signature)", "ส่วนราชการเจ้าของเรื่อง"),
    "phone": ("โทร. (telephone)", "โทร."),
    "meeting_date": ("the meeting date (วันที่ประชุม)", "the meeting date"),
    "recorder": ("ผู้จดรายงานการประชุม (the recorder)", "ผู้จดรายงานการประชุม"),
}
_NEEDS = {"parties": "at least two", "clauses": "at least one"}

def _layout(doc: Document) -> Layout:
    spec = spec_of(doc.kind)
    return spec.titled_layout if doc.title and spec.titled_layout is not None else spec.layout


def _found_parts(doc: Document) -> dict[str, LineSpan | None]:
    """The parts present in ``doc`` and their source lines (None: present, lines not kept)."""
    h, signers, clauses = doc.header, _signatories(doc), _clauses(doc)
    recorders = [s for s in doc.signatories if s.role == "recorder"]
    candidates: list[tuple[str, bool, LineSpan | None]] = [
        ("title", doc.title is not None, doc.title_lines),
        ("ref", h.ref is not None, h.lines.ref),
        ("issuer", h.issuer is not None, h.lines.issuer),
        ("date", h.date is not None or h.lines.date is not None, h.lines.date),  # unreadable: see _dates
        ("subject", h.subject is not None, h.lines.subject),
        ("subject_or_title", h.subject is not None or doc.title is not None, h.lines.subject or doc.title_lines),
        ("salutation", h.salutation is not None, h.lines.salutation),
        ("parties", len(doc.parties) >= 2, _span(doc.parties)),
        ("body", bool(doc.body), _span(doc.body)),
        ("clauses", bool(clauses), _span(clauses)),
        ("closing", doc.closing is not None, doc.closing_lines),
        ("signed_date", doc.signed is not None, doc.signed.lines if doc.signed else None),
        ("signatory", bool(signers), _span(signers)),
        ("owner_unit", bool(doc.footer.owner_unit), doc.footer.lines.owner_unit),
        ("phone", bool(doc.footer.phone), doc.footer.lines.phone),
        ("meeting_date", doc.meeting is not None and doc.meeting.date is not None, h.lines.date),
        ("recorder", bool(recorders), _span(recorders)),
    ]
    return {name: span for name, present, span in candidates if present}


def _missing_parts(doc: Document, today: datetime.date) -> Iterator[_Draft]:
    if any(seen.part == QUOTED_EXCERPT for seen in doc.evidence):
        return  # an excerpt a report quotes: the parts it leaves out are the report's omission
    layout = _layout(doc)
    found = _found_parts(doc)
    located = [(name, found.get(name)) for name, _ in layout]
    for i, (name, severity) in enumerate(layout):
        if severity is None or name in found:
            continue
        before = next(((n, span) for n, span in reversed(located[:i]) if span), None)
        after = next(((n, span) for n, span in located[i + 1 :] if span), None)
        label, _ = _PART_NAMES[name]
        message = f"missing {label}: {spec_of(doc.kind).phrase} needs {_NEEDS.get(name, 'one')}"
        if name == "parties" and doc.parties:
            message += f"; found {len(doc.parties)}"
        where = ([f"after {_PART_NAMES[before[0]][1]} (line {before[1][1]})"] if before else []) + (
            [f"before {_PART_NAMES[after[0]][1]} (line {after[1][0]})"] if after else [])
        if where:
            message += ", expected " + " and ".join(where)
        line = after[1][0] if after else before[1][1] if before else doc.lines[0]
        yield _Draft(severity, f"missing_{name}", message, line)
    yield from _order_ref(doc)


def _span(parts) -> LineSpan | None:
    """From the first line of the first part to the last line of the last one."""
    return (parts[0].lines[0], parts[-1].lines[1]) if parts else None


def _first(span: LineSpan | None) -> int | None:
    return span[0] if span else None


def _signatories(doc: Document) -> list:
    return [s for s in doc.signatories if s.role in SIGNING_ROLES]


def _clauses(doc: Document) -> list[Clause]:
    return [block for block in doc.body if isinstance(block, Clause)]


def _order_ref(doc: Document) -> Iterator[_Draft]:
    ref = doc.header.ref
    if doc.kind == KindId.order and ref is not None and (ref.number is None or ref.year is None):
        yield _Draft("warning", "ref_format", f"ที่ {ref.raw}: an order's reference number is its running number "
                     "and Buddhist-era year, as in ที่ ๑๗/๒๕๖๐", _first(doc.header.lines.ref))


# -- salutation and closing -------------------------------------------------------------------

# The ranked salutation words, longest first: "กราบบังคมทูลพระกรุณา…" ranks as กราบบังคมทูล.
_RANKED = sorted(set(CLOSINGS.values()), key=len, reverse=True)


def _rank_mismatch(doc: Document, today: datetime.date) -> Iterator[_Draft]:
    salutation, closing = doc.header.salutation, doc.closing
    if salutation is None or closing is None or closing not in CLOSINGS:
        return
    rank = next((word for word in _RANKED if salutation.word.startswith(word)), None)
    if rank is None or CLOSINGS[closing] == rank:
        return
    expected = " or ".join(c for c, word in CLOSINGS.items() if word == rank)
    where = _first(doc.header.lines.salutation)
    yield _Draft("warning", "salutation_rank",
                 f"คำลงท้าย {closing} answers {CLOSINGS[closing]}, but the คำขึ้นต้น (salutation"
                 f"{f', line {where}' if where else ''}) is {salutation.word}: expected {expected}",
                 _first(doc.closing_lines))


# -- dates ------------------------------------------------------------------------------------


def _dates(doc: Document, today: datetime.date) -> Iterator[_Draft]:
    required = {name for name, severity in spec_of(doc.kind).layout if severity == "error"}
    h = doc.header
    dated: list[tuple[str, ThaiDate | None, int | None, bool]] = []
    if h.date is not None or h.lines.date is not None:
        dated.append(("the date (วันที่)", h.date, _first(h.lines.date), "date" in required))
    if doc.signed is not None:
        dated.append(("the date of signing (… ณ วันที่)", doc.signed.date, _first(doc.signed.lines),
                      "signed_date" in required))
    meeting = doc.meeting.date if doc.meeting else None
    if meeting is not None and meeting != h.date:
        dated.append(("the meeting date (วันที่ประชุม)", meeting, None, True))
    for what, date, line, needed in dated:
        if date is None:
            yield _Draft("error" if needed else "warning", "unreadable_date",
                         f"{what} cannot be read: expected a day, a month name and a Buddhist-era year, "
                         "as in ๗ ธันวาคม ๒๕๕๖", line)
        elif date.iso is None:
            yield _Draft("error", "impossible_date",
                         f"{what} is {date.raw}, a day that does not exist: expected a day the month has", line)
        elif date.iso > today.isoformat()[: len(date.iso)]:  # "2024-11": a month without its day
            yield _Draft("warning", "future_date",
                         f"{what} is {date.raw} ({date.iso}), after today ({today.isoformat()}): expected the "
                         "day the document was signed or issued, not later", line)


# -- clause numbering -------------------------------------------------------------------------

def _numbering_rule(doc: Document, today: datetime.date) -> Iterator[_Draft]:
    return map(_Draft._make, numbering_findings(_clauses(doc)))


# -- parties ----------------------------------------------------------------------------------


def _parties(doc: Document, today: datetime.date) -> Iterator[_Draft]:
    if not doc.parties:
        return
    for s in doc.signatories:
        if s.role == "signer" and s.party is None:
            yield _Draft("warning", "signer_without_party",
                         f"signer {s.name} signs for no party: expected one of the คู่สัญญา (parties) "
                         "named in the position lines under the name", _first(s.lines))
    conclusion = doc.conclusion
    if conclusion is not None and conclusion.copies is not None and conclusion.copies != len(doc.parties):
        yield _Draft("warning", "copies_mismatch",
                     f"the closing formula makes {conclusion.copies} ฉบับ (originals) for {len(doc.parties)} "
                     f"parties (คู่สัญญา): expected {len(doc.parties)}, one for each party (ฝ่ายละ ๑ ฉบับ)",
                     _first(conclusion.lines))


# -- parser warnings --------------------------------------------------------------------------


def _parser_warnings(doc: Document, today: datetime.date) -> Iterator[_Draft]:
    for warning in doc.warnings:
        if warning.code in SURFACED_PARSER_WARNINGS:
            yield _Draft("warning", warning.code,
                         f"text placed in no part of {spec_of(doc.kind).phrase}, so it was not checked: "
                         f"a label that is misspelt or damaged? (parser: {warning.message})", warning.line)


def _unknown_kind(doc: Document, today: datetime.date) -> Iterator[_Draft]:
    return map(_Draft._make, unknown_findings(doc))


_RULES: tuple[Callable[[Document, datetime.date], Iterable[_Draft]], ...] = (
    _unknown_kind,
    _missing_parts,
    _rank_mismatch,
    _dates,
    _numbering_rule,
    _parties,
    _parser_warnings,
)
