"""``diff_documents``: two parsed Documents -> a DocumentDiff (SPEC §3).

Clauses are aligned by content, level by level down the clause tree (tree.py), so a clause
pairs under the matching parent first; unnumbered paragraphs by content (align.py); header,
footer and closing fields one by one (header.py); signatories, parties, committee members and
other lists of people as rows keyed by the person (people.py); attachments by kind and order.
Differences that text-layer damage explains are counted apart, not as edits (damage.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial

from ..models import Clause, Document, Paragraph
from . import damage as dmg
from .align import Item, align
from .describe import describe
from .header import diff_fields
from .models import (
    BlockRef,
    ClauseChange,
    DamageNote,
    DiffSide,
    DiffSummary,
    DocumentDiff,
    Edit,
    ListChange,
    ParagraphChange,
    ParentChange,
    PeopleChange,
)
from .people import Row, changed_parts, committees, party_row, people_lists, row_name, row_person, signatory_row
from .tree import Tree, align_tree
from .words import comparison_key as _word_key
from .words import similarity, word_edits


@dataclass(frozen=True, slots=True)
class _Mode:
    """How two versions are compared: strict or not, and the damage flagged on each side."""

    strict: bool
    old_flags: frozenset[str] = frozenset()
    new_flags: frozenset[str] = frozenset()


def diff_documents(old: Document, new: Document, *, strict: bool = False) -> DocumentDiff:
    """Compare two versions; ``strict`` also reports spacing, digit-script and ำ differences,
    and counts differences that text-layer damage explains as edits."""
    return _diff(old, new, _Mode(strict, dmg.document_flags(old), dmg.document_flags(new)))


def _diff(old: Document, new: Document, mode: _Mode) -> DocumentDiff:
    clauses = _diff_clauses(_tree(old.body), _tree(new.body), mode)
    paragraphs = _diff_paragraphs([b for b in old.body if isinstance(b, Paragraph)],
                                  [b for b in new.body if isinstance(b, Paragraph)], mode)
    counted = clauses or paragraphs
    diff = DocumentDiff(
        old=_side(old),
        new=_side(new),
        summary=_summary(counted),
        header=tuple(diff_fields(old, new, partial(_same, mode=mode))),
        clauses=tuple(clauses),
        paragraphs=tuple(paragraphs),
        parties=_diff_rows([party_row(p) for p in old.parties], [party_row(p) for p in new.parties], mode),
        signatories=_diff_rows([signatory_row(s) for s in old.signatories],
                               [signatory_row(s) for s in new.signatories], mode),
        people=tuple(_diff_people(old, new, mode)),
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


def comparison_key(text: str, *, strict: bool = False) -> str:
    """What two versions must share to count as the same: by default no whitespace at all
    ("aid, medical" = "aid,medical"; SPEC §3 ignores whitespace), one digit script, one ำ."""
    key = _word_key(text, strict=strict)
    return key if strict else key.replace(" ", "")


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


def _aligned_text(text: str, mode: _Mode) -> str:
    """The text as alignment sees it: through the damage flagged on either side (not strict).
    Tone marks stay where they are: their moves show only against the other version."""
    return text if mode.strict else dmg.fold(text, mode.old_flags | mode.new_flags)


def _item(text: str, number: str | None, mode: _Mode) -> Item:
    seen = _aligned_text(text, mode)
    # Pairing reads through spacing and tone marks in either mode; --strict decides what changed.
    key = comparison_key(dmg.without_tones(seen))
    return Item(key, seen, number, row_person(text))


def _diff_clauses(old: tuple[list[Clause], list[int | None]], new: tuple[list[Clause], list[int | None]],
                  mode: _Mode) -> list[ClauseChange]:
    (old_clauses, old_parents), (new_clauses, new_parents) = old, new
    pairings = align_tree(Tree([_item(c.text, c.number, mode) for c in old_clauses], old_parents),
                          Tree([_item(c.text, c.number, mode) for c in new_clauses], new_parents),
                          partial(similarity, strict=mode.strict))
    changes = []
    for tree_pairing in pairings:
        pairing = tree_pairing.pairing
        a = old_clauses[pairing.old] if pairing.old is not None else None
        b = new_clauses[pairing.new] if pairing.new is not None else None
        change, score, edits, damage = _compare(a.text if a else None, b.text if b else None, mode)
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
            old=_ref(a),
            new=_ref(b),
            similarity=score,
            edits=edits,
        ))
    return changes


def _label(clauses: Sequence[Clause], index: int | None) -> str | None:
    return clauses[index].label if index is not None else None


def _person(a: Clause | None, b: Clause | None) -> str | None:
    """The name a member's row lists, as printed (the new side's when both)."""
    for clause in (b, a):
        name = row_name(clause.text) if clause is not None else None
        if name is not None:
            return name
    return None


def _diff_paragraphs(old: list[Paragraph], new: list[Paragraph], mode: _Mode) -> list[ParagraphChange]:
    pairings = align([_item(p.text, None, mode) for p in old], [_item(p.text, None, mode) for p in new],
                     partial(similarity, strict=mode.strict))
    changes = []
    for pairing in pairings:
        a = old[pairing.old] if pairing.old is not None else None
        b = new[pairing.new] if pairing.new is not None else None
        change, score, edits, damage = _compare(a.text if a else None, b.text if b else None, mode)
        changes.append(ParagraphChange(change=change, old=_ref(a), new=_ref(b), similarity=score, edits=edits,
                                       damage=damage))
    return changes


def _same(a: str, b: str, mode: _Mode) -> bool:
    """Two values are the same: by their comparison keys, or (not strict) but for damage."""
    key = partial(comparison_key, strict=mode.strict)
    return key(a) == key(b) or (not mode.strict and bool(dmg.explaining(a, b, mode.old_flags, mode.new_flags, key)))


def _compare(a: str | None, b: str | None, mode: _Mode) -> tuple[str, float, tuple[Edit, ...], tuple[str, ...]]:
    """(change, similarity, edits, damage) of one pair of texts."""
    if a is None:
        return "added", 0.0, (), ()
    if b is None:
        return "removed", 0.0, (), ()
    strict = mode.strict
    key = partial(comparison_key, strict=strict)
    if key(a) == key(b):
        # Spaces inside words (a PDF's spaced syllables) are no change, but they are damage.
        spaced = () if strict or a == b else dmg.explaining(a, b, frozenset(), frozenset(), lambda t: t)
        return "unchanged", 1.0, (), tuple(k for k in spaced if k == dmg.SPACED_SYLLABLES)
    if not strict:
        damage = dmg.explaining(a, b, mode.old_flags, mode.new_flags, key)
        if damage:
            return "unchanged", 1.0, (), damage
    edits = word_edits(a, b, strict=True) if strict else _edits(a, b, mode)
    score = round(similarity(_aligned_text(a, mode), _aligned_text(b, mode), strict=strict), 3)
    return "modified", score, edits, ()


def _edits(a: str, b: str, mode: _Mode) -> tuple[Edit, ...]:
    """Word edits under the default comparison, damage left out: where a side lost its ำ the
    words are matched with ำ read as า on both sides, then each span gets its own text back."""
    if dmg.LOST_SARA_AM not in mode.old_flags | mode.new_flags:
        return _damage_as_equal(word_edits(a, b), mode)
    spans = word_edits(dmg.as_aa(a), dmg.as_aa(b))  # as_aa keeps every character's place
    out, i, j = [], 0, 0
    for span in spans:
        out.append(Edit(op=span.op, old=a[i:i + len(span.old)], new=b[j:j + len(span.new)]))
        i, j = i + len(span.old), j + len(span.new)
    return _damage_as_equal(tuple(out), mode)


def _damage_as_equal(edits: tuple[Edit, ...], mode: _Mode) -> tuple[Edit, ...]:
    """Inside a reworded block, a span that damage alone explains is no edit: ``equal``."""
    out: list[Edit] = []
    for edit in edits:
        if edit.op == "replace" and dmg.explaining(edit.old, edit.new, mode.old_flags, mode.new_flags, comparison_key):
            edit = Edit(op="equal", old=edit.old, new=edit.new)
        if out and out[-1].op == "equal" and edit.op == "equal":
            edit = Edit(op="equal", old=out[-1].old + edit.old, new=out[-1].new + edit.new)
            out.pop()
        out.append(edit)
    return tuple(out)


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


def _diff_rows(old: list[Row], new: list[Row], mode: _Mode) -> tuple[ListChange, ...]:
    """Rows paired by the person's key, in order; the rest added or removed."""
    key = partial(comparison_key, strict=mode.strict)
    by_key: dict[str, list[int]] = {}
    for j, row in enumerate(new):
        by_key.setdefault(row.key, []).append(j)
    partner: dict[int, int] = {}
    for i, row in enumerate(old):
        if by_key.get(row.key):
            partner[by_key[row.key].pop(0)] = i
    paired_old = set(partner.values())
    out: list[ListChange] = [ListChange(change="removed", old=old[i].text, new=None)
                             for i in range(len(old)) if i not in paired_old]
    for j, row in enumerate(new):
        if j not in partner:
            out.append(ListChange(change="added", old=None, new=row.text))
            continue
        before = old[partner[j]]
        changed = changed_parts(before, row, lambda x, y: key(x) == key(y))
        if not changed:
            out.append(ListChange(change="unchanged", old=before.text, new=row.text))
        else:
            edits = word_edits(before.text, row.text, strict=True) if mode.strict else _edits(before.text, row.text, mode)
            out.append(ListChange(change="modified", old=before.text, new=row.text, changed=changed, edits=edits))
    return tuple(out)


def _diff_people(old: Document, new: Document, mode: _Mode) -> Iterator[PeopleChange]:
    new_lists = dict(people_lists(new))
    for group, rows in people_lists(old):
        changes = _diff_rows(rows, new_lists.pop(group, []), mode)
        yield PeopleChange(group=group, change=_overall(changes), rows=changes)
    for group, rows in new_lists.items():
        changes = _diff_rows([], rows, mode)
        yield PeopleChange(group=group, change=_overall(changes), rows=changes)
    yield from _diff_committees(committees(old), committees(new), mode)


def _diff_committees(old, new, mode: _Mode) -> Iterator[PeopleChange]:
    """Committee by committee: paired by name, in order; members compared as rows."""
    key = partial(comparison_key, strict=mode.strict)
    pairings = align([Item(key(name), name, None) for name, _ in old], [Item(key(name), name, None) for name, _ in new],
                     partial(similarity, strict=mode.strict))
    for pairing in pairings:
        a = old[pairing.old] if pairing.old is not None else None
        b = new[pairing.new] if pairing.new is not None else None
        rows = _diff_rows(a[1] if a else [], b[1] if b else [], mode)
        change = "added" if a is None else "removed" if b is None else _overall(rows)
        if a and b and change == "unchanged" and key(a[0]) != key(b[0]):
            change = "modified"
        yield PeopleChange(group="appointments", change=change, old=a[0] if a else None, new=b[0] if b else None,
                           rows=rows)


def _overall(rows: Sequence[ListChange]) -> str:
    return "unchanged" if all(r.change == "unchanged" for r in rows) else "modified"


def _pair_attachments(old: Document, new: Document) -> Iterator[tuple[Document, Document]]:
    by_kind: dict[str, list[Document]] = {}
    for attachment in new.attachments:
        by_kind.setdefault(attachment.kind, []).append(attachment)
    for attachment in old.attachments:
        candidates = by_kind.get(attachment.kind)
        if candidates:
            yield attachment, candidates.pop(0)
