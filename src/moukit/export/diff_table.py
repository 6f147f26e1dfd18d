"""The table view of a DocumentDiff: what changed, clause by clause, for a person at a terminal.

Each changed clause has a heading ("ข้อ ๔ → ข้อ ๓  renumbered", "(๕)  modified · 97% similar")
and its text as a word-level redline: deleted words red and struck through, inserted words
green and underlined. Runs of unchanged clauses fold into one dim line. Where the console
cannot style at all (a pipe, ``-o OUT``), the redline marks words as ``git diff --word-diff``
does: ``[-deleted-]`` and ``{+inserted+}``. With ``NO_COLOR`` rich drops the colours and keeps
the strike-through and underline.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..diff.models import DocumentDiff, ListChange
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
    similarity_text,
)
from .visible import shown_model

STYLES = {"delete": "red strike", "insert": "green underline", "equal": ""}
PLAIN_MARKS = {"delete": ("[-", "-]"), "insert": ("{+", "+}"), "equal": ("", "")}
TAG_STYLES = {"added": "bold green", "removed": "bold red", "modified": "bold yellow",
              "moved": "bold blue", "renumbered": "bold cyan", "unchanged": "dim"}
INDENT = 4


class Redline:
    """A block's text as (op, text) segments: styled on a styling console, marked on a plain one."""

    def __init__(self, segments: Sequence[tuple[str, str]]) -> None:
        self.segments = tuple(segments)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        text = Text()
        for op, part in self.segments:
            if console.color_system is None:
                start, end = PLAIN_MARKS[op]
                text.append(f"{start}{part}{end}")
            else:
                text.append(part, style=STYLES[op])
        yield text


def to_diff_table(diff: DocumentDiff) -> RenderableType:
    """A rich renderable of the whole DocumentDiff, attachments nested; its first line says
    what changed, in words."""
    diff = shown_model(diff)  # controls and bidi controls seen, not obeyed
    return Group(Text(diff.description, style="bold"), _panel(diff))


def _panel(diff: DocumentDiff) -> Panel:
    parts: list[RenderableType] = [_summary(diff)]
    if diff.header:
        parts.append(_fields(diff))
    for title, changes in (("ข้อ (clauses)", diff.clauses), ("ย่อหน้า (paragraphs)", diff.paragraphs)):
        if changes:
            parts += [Text(title, style="bold underline")] + _changes(changes)
    for title, items in (("คู่สัญญา (parties)", diff.parties), ("ผู้ลงนาม (signatories)", diff.signatories)):
        if any(item.change != "unchanged" for item in items):
            parts += [Text(title, style="bold underline"), _list(items)]
    for title, items, duties in people_lists(diff):
        parts += [Text(title, style="bold underline"), _list(items)]
        if any(d.change != "unchanged" for d in duties):
            parts += _changes(duties)
    if diff.damage:
        parts += [Text("damage (not counted as changes)", style="bold underline")]
        parts += [Text(f"  {line}", style="dim") for line in damage_texts(diff)]
    parts += [_panel(a) for a in diff.attachments]
    title = Text.assemble(("diff ", "bold"), _kind(diff.old.kind), (" → ", "bold"), _kind(diff.new.kind))
    subtitle = Text(f"{diff.old.path or '(no path)'} → {diff.new.path or '(no path)'}")
    return Panel(Group(*parts), title=title, subtitle=subtitle, box=box.ROUNDED, title_align="left")


def _kind(kind: str) -> Text:
    return Text.assemble((f"{kind} ", "bold cyan"), (spec_of(kind).thai, "cyan"))


def _summary(diff: DocumentDiff) -> Text:
    text = Text(f"{counted(diff)}: ")
    for n, name in enumerate(SUMMARY_ORDER):
        count = getattr(diff.summary, name)
        text.append(" · " if n else "")
        text.append(f"{name} {count}", style=TAG_STYLES[name] if count and name != "unchanged" else "dim")
    if is_same(diff):
        text.append("  — no differences", style="bold")
    return text


def _fields(diff: DocumentDiff) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_edge=False, padding=(0, 1))
    table.add_column("field", style="bold", no_wrap=True)
    # Thai runs have no spaces to wrap at: fold them at the edge rather than cut them with "…".
    table.add_column("old", ratio=1, style="red", overflow="fold")
    table.add_column("new", ratio=1, style="green", overflow="fold")
    for field in diff.header:
        table.add_row(Text(field_title(field.field)), _value(field.old), _value(field.new))
    return table


def _value(value: str | None) -> Text:
    return Text("(none)", style="dim italic") if value is None else Text(value)


def _changes(changes: Sequence[Change]) -> list[RenderableType]:
    out: list[RenderableType] = []
    for item in group_unchanged(changes):
        if isinstance(item, list):
            out.append(Text(f"  · {run_summary(item)}", style="dim"))
            continue
        out += [_heading(item), Padding(Redline(redline(item)), (0, 0, 0, INDENT))]
    return out


def _heading(change: Change) -> Table:
    title, tags = block_title(change)
    heading = Text(title, style="bold magenta")
    for tag in tags:
        heading.append("  ")
        heading.append(tag, style=TAG_STYLES[tag])
        if tag == "modified":
            heading.append(f" · {similarity_text(change)}", style="dim")
    grid = Table.grid(expand=True, padding=(0, 1))
    grid.add_column(ratio=1, overflow="fold")
    grid.add_column(style="dim", no_wrap=True, justify="right")
    grid.add_row(heading, Text(lines_text(change)))
    return grid


def _list(items: Sequence[ListChange]) -> Table:
    table = Table(box=None, show_header=False, padding=(0, 1), expand=True)
    table.add_column("change", no_wrap=True)
    table.add_column("text", ratio=1, overflow="fold")
    for item in items:
        if item.change == "unchanged":
            continue
        if item.change == "modified" and item.edits:
            table.add_row(Text(f"modified ({', '.join(item.changed)})", style=TAG_STYLES["modified"]),
                          Redline(list_redline(item)))
            continue
        if item.change == "modified":
            text = Text.assemble((item.old or "", "red"), (" → ", "bold"), (item.new or "", "green"))
        else:
            text = Text(item.new or "" if item.change == "added" else item.old or "",
                        style="green" if item.change == "added" else "red")
        table.add_row(Text(item.change, style=TAG_STYLES[item.change]), text)
    unchanged = sum(1 for item in items if item.change == "unchanged")
    if unchanged:
        table.add_row(Text("unchanged", style="dim"), Text(str(unchanged), style="dim"))
    return table
