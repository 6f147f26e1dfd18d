"""What changed, in words: the first line of every view of a diff.

"2 clauses reworded, 33 members added, edition 3 → 4". Changes are counted where they are:
clauses (or paragraphs, for a document without clauses), committee members (rows that list a
person, and appointments), signatories and parties, the header fields that a reader of versions
asks about first (the edition, a supplement, a blanked reference number, the date), and the
attached documents. Differences explained by text-layer damage are named last, as damage.
"""

from __future__ import annotations

from .header import EDITION
from .models import DocumentDiff

_FIELD_WORDS = {
    "title": "title", "header.subject": "subject", "header.date": "date", "signed.date": "date of signing",
    "header.ref": "reference number", "header.salutation": "addressee", "closing": "closing",
}
_DAMAGE_WORDS = {"lost_sara_am": "lost ำ", "mark_order": "misplaced tone marks", "spaced_syllables": "spaced syllables"}


def describe(diff: DocumentDiff) -> str:
    """One line, in words; "no differences" when there are none."""
    parts = _describe(diff)
    return ", ".join(parts) if parts else "no differences"


def _describe(diff: DocumentDiff) -> list[str]:
    parts: list[str] = []
    clauses = [c for c in diff.clauses if c.person is None]
    # Members are counted once: from the committees when the Document lists them, else from
    # the clauses that are rows of people.
    committees = [group for group in diff.people if group.group == "appointments"]
    members = ([row.change for group in committees for row in group.rows] if committees
               else [c.change for c in diff.clauses if c.person is not None])
    # Clauses and paragraphs both: a change among the paragraphs is never hidden behind
    # unchanged clauses.
    parts += _counts([c.change for c in clauses], "clause", {"modified": "reworded"})
    moved = sum(1 for c in clauses if c.moved and c.change != "added")
    if moved:
        parts.append(_n(moved, "clause") + " moved")
    parts += _counts([p.change for p in diff.paragraphs if p.person is None], "paragraph", {"modified": "reworded"})
    parts += _counts([p.change for p in diff.paragraphs if p.person is not None], "person", {"modified": "changed"})
    parts += _counts([group.change for group in committees if group.change != "modified"], "committee", {})
    parts += _counts(members, "member", {"modified": "changed"})
    parts += _counts([d.change for group in committees for d in group.duties], "duty", {"modified": "reworded"})
    parts += _fields(diff)
    parts += _counts([s.change for s in diff.signatories], "signatory", {"modified": "changed"})
    parts += _counts([p.change for p in diff.parties], "party", {"modified": "changed"})
    for group in diff.people:
        changes = [r.change for r in group.rows]
        if group.group == "endorsements":
            parts += _counts(changes, "approval block", {"modified": "changed"})
        elif group.group != "appointments":
            parts += [f"{text} ({group.group})" for text in _counts(changes, "person", {"modified": "changed"})]
    parts += [f"{_n(note.count, 'block')} differ only by damage ({_DAMAGE_WORDS.get(note.kind, note.kind)})"
              for note in diff.damage]
    for attachment in diff.attachments:
        inner = _describe(attachment)
        if inner:
            parts.append(f"in the attached {attachment.new.kind}: " + ", ".join(inner))
    return parts


def _counts(changes: list[str], noun: str, words: dict[str, str]) -> list[str]:
    out = []
    for change in ("modified", "added", "removed"):
        count = changes.count(change)
        if count:
            out.append(f"{_n(count, noun)} {words.get(change, change)}")
    return out


def _n(count: int, noun: str) -> str:
    plural = "people" if noun == "person" else noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{count} {noun if count == 1 else plural}"


def _fields(diff: DocumentDiff) -> list[str]:
    out = []
    changed = {f.field: f for f in diff.header}
    edition = changed.pop("edition", None)
    if edition:
        out.append(f"edition {edition.old or '(none)'} → {edition.new or '(none)'}")
    supplement = changed.pop("supplement", None)
    if supplement:
        out.append("now a supplement (เพิ่มเติม)" if supplement.new else "no longer a supplement (เพิ่มเติม)")
        changed.pop("header.subject", None)  # the subject's change is that mark, or includes it
    ref = changed.pop("header.ref", None)
    if ref:
        out.append("reference number blanked" if ref.new is None else "reference number added" if ref.old is None
                   else "reference number changed")
    if edition:  # the edition is printed in the title or the subject: already said
        for name in ("title", "header.subject"):
            field = changed.get(name)
            if field and field.old and field.new and EDITION.sub("", field.old) == EDITION.sub("", field.new):
                changed.pop(name)
    for name, field in changed.items():
        out.append(f"{_FIELD_WORDS.get(name, name)} changed")
    return out
