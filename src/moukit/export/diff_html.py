"""HTML: a DocumentDiff as one self-contained page (inline CSS, no script, nothing fetched).

At the top the two files, their kinds and the counts; then the changed fields; then each
changed clause with its word-level redline (``<del>``/``<ins>``) and the two versions side by
side; runs of unchanged clauses fold into ``<details>``. Every character taken from the
documents or the command line (text, labels, paths, field names and values) goes through
``html.escape(..., quote=True)`` on its way into the page (SPEC §7).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ..diff.models import DiffSide, DocumentDiff, FieldChange, ListChange
from ..registry import spec_of
from .diff_markdown import (
    SUMMARY_ORDER,
    Change,
    block_title,
    counted,
    damage_texts,
    field_title,
    group_unchanged,
    is_same,
    lines_text,
    list_redline,
    people_lists,
    redline,
    run_summary,
    side,
    similarity_text,
)
from .visible import shown_model

FONTS = '"Sarabun", "TH Sarabun New", "Noto Sans Thai", "Tahoma", sans-serif'

CSS = """
:root { --del-bg: #ffebe9; --del-fg: #86181d; --ins-bg: #dafbe1; --ins-fg: #0f5323;
        --line: #d0d7de; --muted: #57606a; --panel: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem 2rem 3rem; font-family: FONTS;
       font-size: 17px; line-height: 1.75; color: #1f2328; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
.section { font-size: 1.25rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
.head { font-size: 1.05rem; margin: 0; display: flex; flex-wrap: wrap; align-items: baseline; gap: .2rem .6rem; }
table { border-collapse: collapse; }
th { text-align: left; font-weight: 600; }
del { background: var(--del-bg); color: var(--del-fg); text-decoration: line-through; }
ins { background: var(--ins-bg); color: var(--ins-fg); text-decoration: underline; text-underline-offset: .3em; }
del, ins { border-radius: 3px; padding: 0 1px; }
del.whole, ins.whole { text-decoration: none; padding: 0; }
del + ins { margin-left: 2px; }
.sides td, .sides th { padding: .1rem 1rem .1rem 0; vertical-align: baseline; }
.path { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; overflow-wrap: anywhere; }
.hash, .lines, .similarity, .muted { color: var(--muted); font-size: .85em; }
.hash { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
.summary { margin: .75rem 0; font-size: 1rem; }
.count { display: inline-block; margin: 0 .4rem .3rem 0; padding: 0 .6rem; border-radius: 1rem;
         border: 1px solid var(--line); background: var(--panel); }
.count.zero { color: var(--muted); }
.legend { margin: .5rem 0 0; color: var(--muted); font-size: .9rem; }
.legend > * { margin-right: .6rem; }
.same { font-weight: 600; }
.tag { display: inline-block; padding: 0 .55rem; border-radius: 1rem; font-size: .8rem; font-weight: 600;
       line-height: 1.6; color: #fff; }
.tag.added, .count.added:not(.zero) { background: #1a7f37; color: #fff; border-color: #1a7f37; }
.tag.removed, .count.removed:not(.zero) { background: #cf222e; color: #fff; border-color: #cf222e; }
.tag.modified, .count.modified:not(.zero) { background: #9a6700; color: #fff; border-color: #9a6700; }
.tag.moved, .count.moved:not(.zero) { background: #0969da; color: #fff; border-color: #0969da; }
.tag.renumbered, .count.renumbered:not(.zero) { background: #8250df; color: #fff; border-color: #8250df; }
.tag.unchanged { background: #6e7781; }
.label { font-weight: 700; color: #6639ba; }
.lines { margin-left: auto; font-weight: normal; }
.fields { width: 100%; table-layout: fixed; }
.fields th, .fields td { border: 1px solid var(--line); padding: .35rem .6rem; vertical-align: top; overflow-wrap: anywhere; }
.fields thead th { background: var(--panel); }
.fields col.name { width: 22%; }
.block { margin: 0 0 1.25rem; padding: .75rem 1rem; border: 1px solid var(--line); border-left-width: 4px; border-radius: 6px; }
.block.added { border-left-color: #1a7f37; }
.block.removed { border-left-color: #cf222e; }
.block.modified { border-left-color: #9a6700; }
.block.unchanged { border-left-color: #0969da; }
.redline { margin: .4rem 0 .6rem; overflow-wrap: anywhere; }
.sbs { width: 100%; table-layout: fixed; font-size: .95rem; }
.sbs th, .sbs td { width: 50%; border: 1px solid var(--line); padding: .4rem .6rem; vertical-align: top; overflow-wrap: anywhere; }
.sbs thead th { background: var(--panel); font-size: .85rem; font-weight: 600; color: var(--muted); }
details.unchanged { margin: 0 0 1rem; padding: .3rem 1rem; border: 1px dashed var(--line); border-radius: 6px; color: var(--muted); }
details.unchanged summary { cursor: pointer; }
details.unchanged dl { margin: .4rem 0; color: #1f2328; }
details.unchanged dt { font-weight: 700; color: #6639ba; }
details.unchanged dd { margin: 0 0 .5rem 1.5rem; }
.list li { margin-bottom: .3rem; }
.attachment { margin-top: 2.5rem; padding-top: .5rem; border-top: 3px double var(--line); }
@media print { details.unchanged { break-inside: avoid; } .block { break-inside: avoid; } }
""".replace("FONTS", FONTS)


def to_diff_html(diff: DocumentDiff) -> str:
    """The DocumentDiff as one HTML page, attachments as sections after it."""
    diff = shown_model(diff)  # controls and bidi controls seen, not obeyed
    title = f"{diff.description} — moukit diff: {diff.old.path or '(no path)'} → {diff.new.path or '(no path)'}"
    head = ['<!DOCTYPE html>', '<html lang="th">', "<head>", '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{_e(title)}</title>", f"<style>{CSS}</style>", "</head>", "<body>", "<header>",
            f"<h1>moukit diff: {_e(diff.description)}</h1>", _legend(), "</header>", "<main>"]
    return "\n".join(head + _document(diff, level=2) + ["</main>", "</body>", "</html>"]) + "\n"


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _legend() -> str:
    tags = "".join(f'<span class="tag {t}">{t}</span>' for t in ("added", "removed", "modified", "moved", "renumbered"))
    return f'<p class="legend"><span>Legend:</span><del>deleted words</del><ins>inserted words</ins>{tags}</p>'


def _document(diff: DocumentDiff, level: int) -> list[str]:
    # An attachment's sides have no path of their own: the file is the one named above.
    out = [_sides(diff.old, diff.new)] if diff.old.path or diff.new.path or level == 2 else []
    out.append(_summary(diff))
    if diff.header:
        out += [_section(level, "Fields"), _fields(diff.header)]
    for title, changes in (("Clauses", diff.clauses), ("Paragraphs", diff.paragraphs)):
        if changes:
            out += [_section(level, title)] + _changes(changes, level + 1)
    for title, items in (("Parties", diff.parties), ("Signatories", diff.signatories)):
        if any(item.change != "unchanged" for item in items):
            out += [_section(level, title), _list(items)]
    for title, items, duties in people_lists(diff):
        out += [_section(level, title), _list(items)]
        if any(d.change != "unchanged" for d in duties):
            out += _changes(duties, level + 1)
    if diff.damage:
        out += [_section(level, "Damage (not counted as changes)"),
                '<ul class="list">' + "".join(f"<li>{_e(t)}</li>" for t in damage_texts(diff)) + "</ul>"]
    for n, attachment in enumerate(diff.attachments, start=1):
        heading = f"Attachment {n}: {attachment.old.kind} → {attachment.new.kind}"
        out += ['<section class="attachment">', _section(level, heading)]
        out += _document(attachment, min(level + 1, 5)) + ["</section>"]
    return out


def _section(level: int, title: str) -> str:
    return f'<h{level} class="section">{_e(title)}</h{level}>'


def _sides(old: DiffSide, new: DiffSide) -> str:
    rows = []
    for name, s in (("old", old), ("new", new)):
        digest = f"sha256 {s.sha256[:12]}…" if s.sha256 else ""
        rows.append(f'<tr><th>{name}</th><td class="path">{_e(s.path or "(no path)")}</td>'
                    f"<td>{_e(s.kind)} · {_e(spec_of(s.kind).thai)}</td>"
                    f'<td class="hash" title="{_e(s.sha256 or "")}">{_e(digest)}</td></tr>')
    return '<table class="sides">' + "".join(rows) + "</table>"


def _summary(diff: DocumentDiff) -> str:
    counts = "".join(
        f'<span class="count {name}{"" if getattr(diff.summary, name) else " zero"}">{name} {getattr(diff.summary, name)}</span>'
        for name in SUMMARY_ORDER
    )
    same = ' <span class="same">No differences.</span>' if is_same(diff) else ""
    return f'<p class="summary"><strong>{_e(counted(diff))}</strong>: {counts}{same}</p>'


def _fields(fields: Sequence[FieldChange]) -> str:
    rows = "".join(f"<tr><th>{_e(field_title(f.field))}</th><td>{_value(f.old, 'del')}</td><td>{_value(f.new, 'ins')}</td></tr>"
                   for f in fields)
    return ('<table class="fields"><colgroup><col class="name"><col><col></colgroup>'
            f"<thead><tr><th>field</th><th>old</th><th>new</th></tr></thead><tbody>{rows}</tbody></table>")


def _value(value: str | None, tag: str) -> str:
    return '<span class="muted">(none)</span>' if value is None else f'<{tag} class="whole">{_e(value)}</{tag}>'


def _changes(changes: Sequence[Change], level: int) -> list[str]:
    out: list[str] = []
    for item in group_unchanged(changes):
        out.append(_unchanged(item) if isinstance(item, list) else _block(item, level))
    return out


def _block(change: Change, level: int) -> str:
    title, tags = block_title(change)
    badges = "".join(f'<span class="tag {_e(t)}">{_e(t)}</span>'
                     + (f'<span class="similarity">{_e(similarity_text(change))}</span>' if t == "modified" else "")
                     for t in tags)
    heading = (f'<h{level} class="head"><span class="label">{_e(title)}</span>{badges}'
               f'<span class="lines">{_e(lines_text(change))}</span></h{level}>')
    body = f'<p class="redline">{_segments(redline(change))}</p>'
    if change.change == "modified":  # added or removed whole: the redline is the whole text already
        body += _side_by_side(change)
    return f'<article class="block {_e(change.change)}">{heading}{body}</article>'


def _side_by_side(change: Change) -> str:
    heads, cells = [], []
    for which, ref in (("old", change.old), ("new", change.new)):
        if ref is None:
            continue
        lines = f"line {ref.lines[0]}" if ref.lines[0] == ref.lines[1] else f"lines {ref.lines[0]}–{ref.lines[1]}"
        heads.append(f"<th>{which} · {_e(ref.label or 'paragraph')} · {_e(lines)}</th>")
        cells.append(f"<td>{_segments(side(change, which))}</td>")
    return f'<table class="sbs"><thead><tr>{"".join(heads)}</tr></thead><tbody><tr>{"".join(cells)}</tr></tbody></table>'


def _segments(segments: Sequence[tuple[str, str]]) -> str:
    # A block added or removed whole is one segment: tinted, not struck through or underlined.
    tags = {"delete": "del", "insert": "ins"}
    whole = ' class="whole"' if len(segments) == 1 else ""
    return "".join(f"<{tags[op]}{whole}>{_e(text)}</{tags[op]}>" if op in tags else _e(text) for op, text in segments)


def _unchanged(run: Sequence[Change]) -> str:
    items = "".join(f"<dt>{_e(c.new.label or 'paragraph')} <span class=\"lines\">{_e(lines_text(c))}</span></dt>"
                    f"<dd>{_e(c.new.text)}</dd>" for c in run if c.new is not None)
    return f'<details class="unchanged"><summary>{_e(run_summary(run))}</summary><dl>{items}</dl></details>'


def _list(items: Sequence[ListChange]) -> str:
    rows = []
    for item in items:
        if item.change == "modified" and item.edits:
            text = f"({_e(', '.join(item.changed))}) {_segments(list_redline(item))}"
        elif item.change == "modified":
            text = f'<del class="whole">{_e(item.old or "")}</del> → <ins class="whole">{_e(item.new or "")}</ins>'
        elif item.change == "added":
            text = f'<ins class="whole">{_e(item.new or "")}</ins>'
        elif item.change == "removed":
            text = f'<del class="whole">{_e(item.old or "")}</del>'
        else:
            continue
        rows.append(f'<li><span class="tag {_e(item.change)}">{_e(item.change)}</span> {text}</li>')
    same = [item.new or "" for item in items if item.change == "unchanged"]
    if same:
        names = "".join(f"<dd>{_e(name)}</dd>" for name in same)
        rows.append(f'<li><details class="unchanged"><summary>{len(same)} unchanged</summary><dl>{names}</dl></details></li>')
    return '<ul class="list">' + "".join(rows) + "</ul>"
