"""``diff_documents``: two parsed Documents -> a DocumentDiff (SPEC §3).

Clauses (flattened in document order, so sub-clauses align too) and unnumbered paragraphs
are aligned by content (align.py); header, footer and closing fields are compared one by
one; parties and signatories by name; attachments pair by kind and order.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from ..models import Clause, Document, Paragraph
from ..text import display_name
from .align import Item, align
from .models import (
    BlockRef,
    ClauseChange,
    DiffSide,
    DiffSummary,
    DocumentDiff,
    FieldChange,
    ListChange,
    ParagraphChange,
)
from .words import comparison_key as _word_key
from .words import similarity, word_edits


def diff_documents(old: Document, new: Document, *, strict: bool = False) -> DocumentDiff:
    """Compare two versions; ``strict`` also reports spacing, digit-script and ำ differences."""
    clauses = _diff_clauses(list(_clauses(old.body)), list(_clauses(new.body)), strict)
    paragraphs = _diff_paragraphs([b for b in old.body if isinstance(b, Paragraph)],
                                  [b for b in new.body if isinstance(b, Paragraph)], strict)
    counted = clauses or paragraphs
    return DocumentDiff(
        old=_side(old),
        new=_side(new),
        summary=_summary(counted),
        header=tuple(_diff_fields(old, new, strict)),
        clauses=tuple(clauses),
        paragraphs=tuple(paragraphs),
        parties=tuple(_diff_list([_party(p) for p in old.parties], [_party(p) for p in new.parties], strict)),
        signatories=tuple(_diff_list([_signatory(s) for s in old.signatories],
                                     [_signatory(s) for s in new.signatories], strict)),
        attachments=tuple(diff_documents(a, b, strict=strict) for a, b in _pair_attachments(old, new)),
    )


def is_same(diff: DocumentDiff) -> bool:
    """No change anywhere: every block unchanged and unmoved, no field, party, signatory or
    attachment changed (``moukit diff`` exits 0)."""
    blocks = list(diff.clauses) + list(diff.paragraphs)
    lists = list(diff.parties) + list(diff.signatories)
    return (
        not diff.header
        and all(b.change == "unchanged" and not getattr(b, "moved", False) and not getattr(b, "renumbered", False)
                for b in blocks)
        and all(item.change == "unchanged" for item in lists)
        and all(is_same(a) for a in diff.attachments)
    )


def comparison_key(text: str, *, strict: bool = False) -> str:
    """What two versions must share to count as the same: by default no whitespace at all
    ("aid, medical" = "aid,medical"; SPEC §3 ignores whitespace), one digit script, one ำ."""
    key = _word_key(text, strict=strict)
    return key if strict else key.replace(" ", "")


def _side(doc: Document) -> DiffSide:
    return DiffSide(path=doc.source.path if doc.source else None,
                    sha256=doc.source.sha256 if doc.source else None, kind=doc.kind)


def _clauses(blocks) -> Iterator[Clause]:
    for block in blocks:
        if isinstance(block, Clause):
            yield block
            yield from _clauses(block.children)


def _items(texts_and_numbers, strict: bool) -> list[Item]:
    return [Item(comparison_key(text, strict=strict), text, number) for text, number in texts_and_numbers]


def _diff_clauses(old: list[Clause], new: list[Clause], strict: bool) -> list[ClauseChange]:
    match = partial(similarity, strict=strict)
    pairings = align(_items(((c.text, c.number) for c in old), strict),
                     _items(((c.text, c.number) for c in new), strict), match)
    changes = []
    for pairing in pairings:
        a = old[pairing.old] if pairing.old is not None else None
        b = new[pairing.new] if pairing.new is not None else None
        change, score, edits = _compare(a.text if a else None, b.text if b else None, strict)
        changes.append(ClauseChange(
            change=change,
            moved=pairing.moved,
            renumbered=bool(a and b and a.number != b.number),
            old=_ref(a),
            new=_ref(b),
            similarity=score,
            edits=edits,
        ))
    return changes


def _diff_paragraphs(old: list[Paragraph], new: list[Paragraph], strict: bool) -> list[ParagraphChange]:
    match = partial(similarity, strict=strict)
    pairings = align(_items(((p.text, None) for p in old), strict), _items(((p.text, None) for p in new), strict), match)
    changes = []
    for pairing in pairings:
        a = old[pairing.old] if pairing.old is not None else None
        b = new[pairing.new] if pairing.new is not None else None
        change, score, edits = _compare(a.text if a else None, b.text if b else None, strict)
        changes.append(ParagraphChange(change=change, old=_ref(a), new=_ref(b), similarity=score, edits=edits))
    return changes


def _compare(a: str | None, b: str | None, strict: bool):
    if a is None:
        return "added", 0.0, ()
    if b is None:
        return "removed", 0.0, ()
    if comparison_key(a, strict=strict) == comparison_key(b, strict=strict):
        return "unchanged", 1.0, ()
    return "modified", round(similarity(a, b, strict=strict), 3), word_edits(a, b, strict=strict)


def _ref(block: Clause | Paragraph | None) -> BlockRef | None:
    if block is None:
        return None
    if isinstance(block, Clause):
        return BlockRef(label=block.label, number=block.number, text=block.text, lines=block.lines)
    return BlockRef(text=block.text, lines=block.lines)


def _summary(changes) -> DiffSummary:
    counts = {"added": 0, "removed": 0, "modified": 0, "unchanged": 0}
    for change in changes:
        counts[change.change] += 1
    return DiffSummary(
        **counts,
        moved=sum(1 for c in changes if getattr(c, "moved", False)),
        renumbered=sum(1 for c in changes if getattr(c, "renumbered", False)),
    )


def _fields(doc: Document) -> dict[str, str | None]:
    h, f = doc.header, doc.footer
    joined = lambda values: " / ".join(values) or None  # noqa: E731 - a one-line helper
    return {
        "title": doc.title,
        "header.urgency": h.urgency,
        "header.secrecy": h.secrecy,
        "header.ref": h.ref.raw if h.ref else None,
        "header.issuer": " ".join(x for x in (h.issuer.name, h.issuer.address, h.issuer.postcode) if x) if h.issuer else None,
        "header.date": h.date.raw if h.date else None,
        "header.subject": h.subject,
        "header.salutation": f"{h.salutation.word} {h.salutation.addressee or ''}".strip() if h.salutation else None,
        "header.references": joined(h.references),
        "header.enclosures": joined([e.text for e in h.enclosures]),
        "conclusion": doc.conclusion.text if doc.conclusion else None,
        "closing": doc.closing,
        "signed.date": doc.signed.date.raw if doc.signed and doc.signed.date else None,
        "signed.place": doc.signed.place if doc.signed else None,
        "footer.owner_unit": joined(f.owner_unit),
        "footer.phone": joined(f.phone),
        "footer.fax": joined(f.fax),
        "footer.email": joined(f.email),
        "footer.copies_to": joined(f.copies_to),
    }


def _diff_fields(old: Document, new: Document, strict: bool) -> Iterator[FieldChange]:
    a, b = _fields(old), _fields(new)
    for name in a:
        x, y = a[name], b[name]
        if (x is None) != (y is None) or (x and y and comparison_key(x, strict=strict) != comparison_key(y, strict=strict)):
            yield FieldChange(field=name, old=x, new=y)


def _party(party) -> str:
    return party.name + (f" ({party.abbreviation})" if party.abbreviation else "")


def _signatory(signatory) -> str:
    name = display_name(signatory.honorific, signatory.name)
    return " — ".join([name, *signatory.positions]) + ("" if signatory.role == "signer" else f" [{signatory.role}]")


def _diff_list(old: list[str], new: list[str], strict: bool) -> Iterator[ListChange]:
    match = partial(similarity, strict=strict)
    for pairing in align(_items(((t, None) for t in old), strict), _items(((t, None) for t in new), strict), match):
        a = old[pairing.old] if pairing.old is not None else None
        b = new[pairing.new] if pairing.new is not None else None
        change, _, _ = _compare(a, b, strict)
        yield ListChange(change=change, old=a, new=b)


def _pair_attachments(old: Document, new: Document) -> Iterator[tuple[Document, Document]]:
    by_kind: dict[str, list[Document]] = {}
    for attachment in new.attachments:
        by_kind.setdefault(attachment.kind, []).append(attachment)
    for attachment in old.attachments:
        candidates = by_kind.get(attachment.kind)
        if candidates:
            yield attachment, candidates.pop(0)
