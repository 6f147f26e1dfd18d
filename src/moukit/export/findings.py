"""The table view of ``moukit check``: one table of findings per file."""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text


def to_findings_tables(results: list[dict]) -> Iterator[RenderableType]:
    """A rich table per readable file (unreadable ones are already reported on stderr)."""
    for result in results:
        if result["error"] is not None:
            continue
        kinds = {d["document"]: d["kind"] for d in result["documents"]}
        errors = sum(f.severity == "error" for f in result["findings"])
        warnings = len(result["findings"]) - errors
        summary = f"{_count(errors, 'error')}, {_count(warnings, 'warning')}" if errors + warnings else "no findings"
        table = Table(title=Text(f"{result['path']} · {summary}", style="bold"), title_justify="left",
                      expand=True, show_lines=False)
        for column in ("line", "document", "severity", "code", "message"):
            table.add_column(column, ratio=1 if column == "message" else None, no_wrap=column != "message",
                             style="dim" if column in ("line", "document") else None)
        for f in result["findings"]:
            style = "bold red" if f.severity == "error" else "yellow"
            table.add_row("" if f.line is None else str(f.line), f"{f.document} {kinds.get(f.document, '')}",
                          Text(f.severity, style=style), f.code, f.message)
        yield table if result["findings"] else table.title


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
