"""``diff_documents``: two parsed Documents -> a DocumentDiff (SPEC §3).

Clauses are aligned by content, level by level down the clause tree (tree.py), so a clause
pairs under the matching parent first; unnumbered paragraphs by content (align.py); header,
footer and closing fields one by one (header.py); signatories, parties, committee members and
other lists of people as rows keyed by the person (people.py); attachments by kind and order.
Differences that text-layer damage explains are counted apart, not as edits (damage.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import partial

from ..models import Clause, Document, Paragraph
from . import damage as dmg
from .align import align
from .compare import Mode, block_ref, compare, item, matcher, same
from .describe import describe
from .header import diff_fields
from .models import (
    ClauseChange,
    DamageNote,
    DiffSide,
    DiffSummary,
    DocumentDiff,
    ParagraphChange,
    ParentChange,
)
from .people import party_row, row_name, signatory_row
from .resplit import join_resplit
from .rows import diff_people, diff_rows
from .tree import Tree, align_tree
from .words import similarity


def diff_documents(old: Document, new: Document, *, strict: bool = False) -> DocumentDiff:
    """Compare two versions; ``strict`` also reports spacing, digit-script and ำ differences,
    and counts differences that text-layer damage explains as edits."""
    return _diff(old, new, Mode(strict, dmg.document_flags(old), dmg.document_flags(new)))


def _diff(old: Document, new: Document, mode: Mode) -> DocumentDiff:
    clauses = _diff_clauses(_tree(old.body), _tree(new.body), mode)
    paragraphs = _diff_paragraphs([b for b in old.body if isinstance(b, Paragraph)],
                                  [b for b in new.body if isinstance(b, Paragraph)], mode)
    counted = clauses or paragraphs
    diff = DocumentDiff(
        old=_side(old),
        new=_side(new),
        summary=_summary(counted),
        header=tuple(diff_fields(old, new, partial(same, mode=mode))),
        clauses=tuple(clauses),
        paragraphs=tuple(paragraphs),
        parties=diff_rows([party_row(p) for p in old.parties], [party_row(p) for p in new.parties], mode),
        signatories=diff_rows([signatory_row(s) for s in old.signatories],
                               [signatory_row(s) for s in new.signatories], mode),
        people=tuple(diff_people(old, new, mode)),
        damage=_damage_notes(list(clauses) + list(paragraphs)),
        attachments=tuple(_diff(a, b, mode) for a, b in _pair_attachments(old, new)),
    )
    return diff.model_copy(update={"description": describe(diff)})


def is_same(diff: DocumentDiff) -> bool:
    """No change anywhere: every block unchanged and unmoved, no field, party, signatory,
    person or attachment changed (``moukit diff`` exits 0). Damage alone is no change."""
    blocks = list(diff.clauses) + list(diff.paragraphs)
    lists = list(diff.parties) + list(diff.signatories) + list(diff.people)
    return (
        not diff.header
        and all(b.change == "unchanged" and not getattr(b, "moved", False) and not getattr(b, "renumbered", False)
                for b in blocks)
        and all(item.change == "unchanged" for item in lists)
        and all(is_same(a) for a in diff.attachments)
    )


def _side(doc: Document) -> DiffSide:
    return DiffSide(path=doc.source.path if doc.source else None,
                    sha256=doc.source.sha256 if doc.source else None, kind=doc.kind)


def _tree(blocks) -> tuple[list[Clause], list[int | None]]:
    """The clauses flattened in document order, with each one's parent index."""
    clauses: list[Clause] = []
    parents: list[int | None] = []

    def walk(children, parent: int | None) -> None:
        for block in children:
            if isinstance(block, Clause):
                clauses.append(block)
                parents.append(parent)
                walk(block.children, len(clauses) - 1)

    walk(blocks, None)
    return clauses, parents


def _diff_clauses(old: tuple[list[Clause], list[int | None]], new: tuple[list[Clause], list[int | None]],
                  mode: Mode) -> list[ClauseChange]:
    (old_clauses, old_parents), (new_clauses, new_parents) = old, new
    pairings = align_tree(Tree([item(c.text, c.number, mode) for c in old_clauses], old_parents),
                          Tree([item(c.text, c.number, mode) for c in new_clauses], new_parents),
                          matcher(mode))
    changes = []
    for tree_pairing in pairings:
        pairing = tree_pairing.pairing
        a = old_clauses[pairing.old] if pairing.old is not None else None
        b = new_clauses[pairing.new] if pairing.new is not None else None
        change, score, edits, damage = compare(a.text if a else None, b.text if b else None, mode)
        parent = None
        if tree_pairing.crossed and pairing.old is not None and pairing.new is not None:
            parent = ParentChange(old=_label(old_clauses, old_parents[pairing.old]),
                                  new=_label(new_clauses, new_parents[pairing.new]))
        changes.append(ClauseChange(
            change=change,
            moved=pairing.moved,
            moved_parent=parent,
            renumbered=bool(a and b and a.number != b.number),
            person=_person(a, b),
            damage=damage,
            old=block_ref(a),
            new=block_ref(b),
            similarity=score,
            edits=edits,
        ))
    return changes


def _label(clauses: Sequence[Clause], index: int | None) -> str | None:
    return clauses[index].label if index is not None else None


def _person(a: Clause | Paragraph | None, b: Clause | Paragraph | None) -> str | None:
    """The name a row of people lists, as printed (the new side's when both)."""
    for block in (b, a):
        name = row_name(block.text) if block is not None else None
        if name is not None:
            return name
    return None


def _diff_paragraphs(old: list[Paragraph], new: list[Paragraph], mode: Mode) -> list[ParagraphChange]:
    pairings = align([item(p.text, None, mode) for p in old], [item(p.text, None, mode) for p in new],
                     matcher(mode))
    pairs = [(old[p.old] if p.old is not None else None, new[p.new] if p.new is not None else None) for p in pairings]
    changes = []
    for a, b in join_resplit(pairs, partial(similarity, strict=mode.strict)):
        change, score, edits, damage = compare(a.text if a else None, b.text if b else None, mode)
        changes.append(ParagraphChange(change=change, person=_person(a, b), old=block_ref(a), new=block_ref(b),
                                       similarity=score, edits=edits,
                                       damage=damage))
    return changes


def _summary(changes) -> DiffSummary:
    counts = {"added": 0, "removed": 0, "modified": 0, "unchanged": 0}
    for change in changes:
        counts[change.change] += 1
    return DiffSummary(
        **counts,
        moved=sum(1 for c in changes if getattr(c, "moved", False)),
        renumbered=sum(1 for c in changes if getattr(c, "renumbered", False)),
        damaged=sum(1 for c in changes if c.damage),
    )


def _damage_notes(changes) -> tuple[DamageNote, ...]:
    by_kind: dict[str, list] = {}
    for change in changes:
        for kind in change.damage:
            by_kind.setdefault(kind, []).append(change)
    return tuple(
        DamageNote(kind=kind, count=len(found), old_lines=tuple(c.old.lines[0] for c in found),
                   new_lines=tuple(c.new.lines[0] for c in found))
        for kind, found in sorted(by_kind.items())
    )


def _pair_attachments(old: Document, new: Document) -> Iterator[tuple[Document, Document]]:
    by_kind: dict[str, list[Document]] = {}
    for attachment in new.attachments:
        by_kind.setdefault(attachment.kind, []).append(attachment)
    for attachment in old.attachments:
        candidates = by_kind.get(attachment.kind)
        if candidates:
            yield attachment, candidates.pop(0)
