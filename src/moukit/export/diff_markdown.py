"""Markdown: a DocumentDiff as a page to read on GitHub or in an editor.

Deleted words are ``<del>``, inserted words ``<ins>`` (GitHub renders both; ``~~``/``**``
do not open or close reliably inside a Thai word). Document text is escaped for Markdown
and for HTML, so a clause cannot add markup of its own, and its control and bidi characters
are shown (``visible.py``), so a clause cannot reorder or hide what the page shows.

The helpers shared by the three diff views (headings, field names, runs of unchanged
blocks, redline segments) live here, as ``table.py`` takes its names from ``markdown.py``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..diff.document import is_same
from ..diff.models import (
    ClauseChange,
    DiffSide,
    DocumentDiff,
    FieldChange,
    ListChange,
    ParagraphChange,
)
from ..models import LineSpan
from ..registry import spec_of
from .visible import escape_markdown, shown_model

Change = ClauseChange | ParagraphChange

FIELD_NAMES = {
    "title": "ชื่อเรื่อง", "header.urgency": "ชั้นความเร็ว", "header.secrecy": "ชั้นความลับ",
    "header.ref": "ที่", "header.issuer": "ส่วนราชการ", "header.date": "วันที่", "header.subject": "เรื่อง",
    "header.salutation": "คำขึ้นต้น", "header.references": "อ้างถึง", "header.enclosures": "สิ่งที่ส่งมาด้วย",
    "conclusion": "ข้อความท้าย", "closing": "คำลงท้าย", "signed.date": "ลงวันที่", "signed.place": "ลงนาม ณ",
    "footer.owner_unit": "ส่วนราชการเจ้าของเรื่อง", "footer.phone": "โทร.", "footer.fax": "โทรสาร",
    "footer.email": "ไปรษณีย์อิเล็กทรอนิกส์", "footer.copies_to": "สำเนาส่ง", "footer.sources": "ที่มา",
}
"""The Thai part name of each ``FieldChange.field`` path; an unknown path shows as itself."""

SUMMARY_ORDER = ("added", "removed", "modified", "moved", "renumbered", "unchanged")
LONG_RUN = 8
"""A run of more unchanged blocks than this lists its first and last labels only."""


def to_diff_markdown(diff: DocumentDiff) -> str:
    """The DocumentDiff as Markdown, attachments as sections after it."""
    diff = shown_model(diff)
    out = [f"# moukit diff — {escape_markdown(diff.description)}", "", "Legend: <del>deleted</del> · <ins>inserted</ins>", ""]
    return "\n".join(out + _document(diff, level=1)).rstrip() + "\n"


def _document(diff: DocumentDiff, level: int) -> list[str]:
    heading = "#" * (level + 1)
    out = [f"- **old**: {_side(diff.old)}", f"- **new**: {_side(diff.new)}", "", f"**{summary_text(diff)}**", ""]
    if is_same(diff):
        out += ["No differences.", ""]
    if diff.header:
        out += [f"{heading} Fields", "", "| field | old | new |", "|---|---|---|"]
        out += [_field_row(f) for f in diff.header] + [""]
    for title, changes in (("Clauses", diff.clauses), ("Paragraphs", diff.paragraphs)):
        if changes:
            out += [f"{heading} {title}", ""] + _changes(changes, level + 2)
    for title, items in (("Parties", diff.parties), ("Signatories", diff.signatories)):
        if any(item.change != "unchanged" for item in items):
            same = sum(1 for item in items if item.change == "unchanged")
            out += [f"{heading} {title}", ""] + [_list_item(item) for item in items if item.change != "unchanged"]
            out += ([f"- {same} unchanged"] if same else []) + [""]
    for title, items, duties in people_lists(diff):
        same = sum(1 for item in items if item.change == "unchanged")
        out += [f"{heading} {escape_markdown(title)}", ""] + [_list_item(i) for i in items if i.change != "unchanged"]
        out += ([f"- {same} unchanged"] if same else []) + [""]
        if any(d.change != "unchanged" for d in duties):
            out += _changes(duties, level + 2)
    if diff.damage:
        out += [f"{heading} Damage (not counted as changes)", ""] + [f"- {escape_markdown(t)}" for t in damage_texts(diff)] + [""]
    for n, attachment in enumerate(diff.attachments, start=1):
        out += [f"{heading} Attachment {n}: {attachment.old.kind} → {attachment.new.kind}", ""]
        out += _document(attachment, level + 1)
    return out


def _side(side: DiffSide) -> str:
    path = escape_markdown(side.path) if side.path else "(no path)"
    return f"{path} ({side.kind} · {spec_of(side.kind).thai})"


def _field_row(field: FieldChange) -> str:
    cells = [escape_markdown(field_title(field.field)), _value(field.old, "del"), _value(field.new, "ins")]
    return "| " + " | ".join(cells) + " |"


def _value(value: str | None, tag: str) -> str:
    return "*(none)*" if value is None else f"<{tag}>{escape_markdown(value)}</{tag}>"


def _changes(changes: Sequence[Change], level: int) -> list[str]:
    out: list[str] = []
    for item in group_unchanged(changes):
        if isinstance(item, list):
            out += [f"*{escape_markdown(run_summary(item))}*", ""]
            continue
        details = " · ".join(tag_texts(item))
        title, _ = block_title(item)
        out += [f"{'#' * min(level, 6)} {escape_markdown(title)} — {details}", "", f"*{lines_text(item)}*", ""]
        out += ["> " + "".join(_segment(op, text) for op, text in redline(item)), ""]
    return out


def _segment(op: str, text: str) -> str:
    text = escape_markdown(text)
    return {"delete": f"<del>{text}</del>", "insert": f"<ins>{text}</ins>"}.get(op, text)


def _list_item(item: ListChange) -> str:
    if item.change == "modified" and item.edits:
        return f"- modified ({', '.join(item.changed)}): " + "".join(_segment(op, text) for op, text in list_redline(item))
    if item.change == "modified":
        return f"- modified: <del>{escape_markdown(item.old or '')}</del> → <ins>{escape_markdown(item.new or '')}</ins>"
    if item.change == "added":
        return f"- added: <ins>{escape_markdown(item.new or '')}</ins>"
    return f"- removed: <del>{escape_markdown(item.old or '')}</del>"


# -- shared by the diff views -----------------------------------------------------------------


DAMAGE_NAMES = {"lost_sara_am": "lost ำ (the text layer prints า)", "mark_order": "tone marks moved to another letter",
                "spaced_syllables": "spaces inside words"}


def people_lists(diff: DocumentDiff) -> list[tuple[str, Sequence[ListChange], Sequence[ParagraphChange]]]:
    """The lists of people beyond parties and signatories that changed, each with its title
    ("คณะกรรมการ (committee, modified): …", "meeting.present"), its rows and, for a committee,
    its duties."""
    out = []
    for group in diff.people:
        if group.change == "unchanged":
            continue
        if group.group == "appointments":
            name = group.new if group.old is None or group.old == group.new else f"{group.old} → {group.new}"
            out.append((f"คณะกรรมการ (committee, {group.change}): {name}", group.rows, group.duties))
        else:
            out.append((group.group, group.rows, ()))
    return out


def damage_texts(diff: DocumentDiff) -> list[str]:
    """"lost ำ (…): 19 blocks, old lines 10, 11, … / new lines 10, 11, …"."""
    return [f"{DAMAGE_NAMES.get(n.kind, n.kind)}: {n.count} block{'s' if n.count != 1 else ''}, "
            f"old lines {_numbers(n.old_lines)} / new lines {_numbers(n.new_lines)}" for n in diff.damage]


def _numbers(lines: Sequence[int], most: int = 12) -> str:
    shown = ", ".join(map(str, lines[:most]))
    return shown + (f", … ({len(lines)})" if len(lines) > most else "")


def list_redline(item: ListChange) -> list[tuple[str, str]]:
    """A modified row (same person) as redline segments, from its word edits."""
    return edit_segments(item.edits)


def counted(diff: DocumentDiff) -> str:
    """What ``summary`` counts: "9 clauses", or "3 paragraphs" for a document without clauses."""
    if diff.clauses or not diff.paragraphs:
        return f"{len(diff.clauses)} clause{'' if len(diff.clauses) == 1 else 's'}"
    return f"{len(diff.paragraphs)} paragraph{'' if len(diff.paragraphs) == 1 else 's'}"


def summary_text(diff: DocumentDiff) -> str:
    """"9 clauses: added 0 · removed 0 · modified 2 · moved 0 · renumbered 0 · unchanged 7"."""
    counts = " · ".join(f"{name} {getattr(diff.summary, name)}" for name in SUMMARY_ORDER)
    return f"{counted(diff)}: {counts}"


def block_title(change: Change) -> tuple[str, list[str]]:
    """The heading of one block and its tags: ("ข้อ ๔ → ข้อ ๓", ["renumbered"]), ("(๕)", ["modified"])."""
    old, new = change.old, change.new
    labels = [ref.label for ref in (old, new) if ref is not None and ref.label]
    if len(labels) == 2 and labels[0] != labels[1]:
        title = f"{labels[0]} → {labels[1]}"
    else:
        title = labels[-1] if labels else "paragraph"
    parent = getattr(change, "moved_parent", None)
    if parent is not None:  # moved to another parent: say from where to where
        title += f" (under {parent.old or 'the top level'} → under {parent.new or 'the top level'})"
    tags = [change.change] if change.change != "unchanged" else []
    tags += [flag for flag in ("moved", "renumbered") if getattr(change, flag, False)]
    return title, tags or ["unchanged"]


def similarity_text(change: Change) -> str:
    """"97% similar": how much of the text a modified block kept."""
    return f"{round(change.similarity * 100)}% similar"


def tag_texts(change: Change) -> list[str]:
    """The tags with the similarity after "modified": ["modified", "93% similar", "renumbered"]."""
    _, tags = block_title(change)
    return [t for tag in tags for t in ((tag, similarity_text(change)) if tag == "modified" else (tag,))]


def lines_text(change: Change) -> str:
    """"lines 21 → 77": the block's source lines in the old and in the new file."""
    spans = [_span(ref.lines) if ref else "—" for ref in (change.old, change.new)]
    return f"lines {spans[0]} → {spans[1]}"


def _span(lines: LineSpan) -> str:
    return str(lines[0]) if lines[0] == lines[1] else f"{lines[0]}–{lines[1]}"


def field_title(field: str) -> str:
    """"เรื่อง (header.subject)"."""
    name = FIELD_NAMES.get(field)
    return f"{name} ({field})" if name else field


def is_plain_unchanged(change: Change) -> bool:
    return change.change == "unchanged" and not getattr(change, "moved", False) and not getattr(change, "renumbered", False)


def group_unchanged(changes: Sequence[Change]) -> Iterator[Change | list[Change]]:
    """The changes in order, each run of unchanged (unmoved, same-numbered) blocks as one list."""
    run: list[Change] = []
    for change in changes:
        if is_plain_unchanged(change):
            run.append(change)
            continue
        if run:
            yield run
            run = []
        yield change
    if run:
        yield run


def run_summary(run: Sequence[Change]) -> str:
    """"(๒) (๓) (๔) unchanged"; "(๒) (๓) … (๙) unchanged (12 clauses)"; "3 paragraphs unchanged"."""
    labels = [c.new.label for c in run if c.new is not None and c.new.label]
    if not labels:
        return f"{len(run)} paragraph{'s' if len(run) > 1 else ''} unchanged"
    if len(labels) <= LONG_RUN:
        return " ".join(labels) + " unchanged"
    return f"{' '.join(labels[:2])} … {labels[-1]} unchanged ({len(labels)} clauses)"


def redline(change: Change) -> list[tuple[str, str]]:
    """The block as (op, text) segments, op "equal" | "delete" | "insert", reading old → new."""
    if change.change == "added":
        return [("insert", change.new.text)] if change.new else []
    if change.change == "removed":
        return [("delete", change.old.text)] if change.old else []
    if not change.edits:
        return [("equal", (change.new or change.old).text)]  # type: ignore[union-attr]
    return edit_segments(change.edits)


def edit_segments(edits) -> list[tuple[str, str]]:
    """Word edits as redline segments: equal text as it is, deleted and inserted text shown."""
    segments: list[tuple[str, str]] = []
    for edit in edits:
        if edit.op == "equal":
            segments.append(("equal", edit.new or edit.old))
        if edit.op in ("delete", "replace") and edit.old:
            segments.append(("delete", visible(edit.old)))
        if edit.op in ("insert", "replace") and edit.new:
            segments.append(("insert", visible(edit.new)))
    return segments


def side(change: Change, which: str) -> list[tuple[str, str]]:
    """One version of the block as segments: ``which`` "old" keeps equal and deleted text,
    "new" equal and inserted text."""
    ref = change.old if which == "old" else change.new
    if ref is None:
        return []
    mark = "delete" if which == "old" else "insert"
    if not change.edits:  # unchanged: the text as it is; added or removed: all of it marked
        return [("equal" if change.change in ("unchanged", "modified") else mark, ref.text)]
    segments = []
    for edit in change.edits:
        text = edit.old if which == "old" else edit.new
        if text:
            segments.append(("equal", text) if edit.op == "equal" else (mark, visible(text)))
    return segments


def visible(text: str) -> str:
    """A deleted or inserted run of spaces (``--strict``) as "␣", so that it can be seen."""
    return "␣" * len(text) if text.isspace() else text


