"""``moukit search`` and ``moukit links``: reading an archive that ``moukit batch … -o
archive.db`` wrote, thin over ``moukit.archive`` (docs/archive.md)."""

from __future__ import annotations

import csv
import io
import json
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .output import error_line, write_rich, write_text


class SearchFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


_CSV_FIELDS = ("path", "document", "kind", "ref", "date", "subject", "part", "label", "first_line", "last_line",
               "score", "text")


def search(
    archive: Annotated[Path, typer.Argument(help="The archive: a .db file that moukit batch wrote.", metavar="ARCHIVE")],
    query: Annotated[str, typer.Argument(help="Words to find, all of them (Thai or not; either digit script); \"a phrase\" in double quotes.", metavar="QUERY")],
    *,
    kind: Annotated[Optional[str], typer.Option("--kind", help="Only documents of this kind: letter, order, mou, …")] = None,
    since: Annotated[Optional[str], typer.Option("--since", metavar="DATE", help="Only documents dated on or after DATE: 2556 (B.E.), 2013, 2013-03-01 or 1 มีนาคม 2556.")] = None,
    until: Annotated[Optional[str], typer.Option("--until", metavar="DATE", help="Only documents dated on or before DATE (as --since).")] = None,
    agency: Annotated[Optional[str], typer.Option("--agency", help="Only documents of this agency: the letters of its reference (มท) or part of its name.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=0, help="At most this many results; 0 for all.")] = 20,
    format: Annotated[SearchFormat, typer.Option("--format", "-f", help="table (on a terminal, the match highlighted), json, jsonl or csv.")] = SearchFormat.table,
) -> None:
    """Search an archive: the clauses, paragraphs and other texts that hold every word of
    QUERY, best first, with their file, document, lines and the match highlighted.

    Exit code 0 with results, 1 with none, 2 for an archive or query that cannot be read.
    """
    from ..archive.search import search as run
    from ..errors import ArchiveError

    try:
        hits = run(archive, query, kind=kind, since=since, until=until, agency=agency, limit=limit or None)
    except ArchiveError as error:
        error_line(str(error))
        raise typer.Exit(2) from None
    if format is SearchFormat.table:
        write_rich([_hits_view(hits, query)], None)
    elif format is SearchFormat.json:
        write_text(json.dumps([hit.to_dict() for hit in hits], ensure_ascii=False, indent=2) + "\n", None)
    elif format is SearchFormat.jsonl:
        write_text("".join(json.dumps(hit.to_dict(), ensure_ascii=False) + "\n" for hit in hits), None)
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(_CSV_FIELDS)
        writer.writerows([getattr(hit, name) for name in _CSV_FIELDS] for hit in hits)
        write_text(buffer.getvalue(), None)
    raise typer.Exit(0 if hits else 1)


def _hits_view(hits, query: str):
    from rich.console import Group
    from rich.text import Text

    from ..export.visible import shown

    if not hits:
        return Text(f"No text in the archive holds {query}.")
    views = []
    for hit in hits:
        head = Text()
        head.append(shown(f"{hit.path}#{hit.document}"), style="bold")
        head.append("  " + "  ".join(shown(str(v)) for v in (hit.kind, hit.ref, hit.date) if v))
        if hit.subject:
            head.append("\n" + shown(hit.subject), style="italic")
        lines = f"{hit.first_line}" if hit.first_line == hit.last_line else f"{hit.first_line}–{hit.last_line}"
        body = Text(f"  {hit.part}{' ' + shown(hit.label) if hit.label else ''} (line {lines}): ", style="dim")
        text = Text(shown(hit.text))  # shown() keeps lengths: each control is one picture character
        for start, end in hit.spans:
            text.stylize("bold reverse", start, end)
        body.append_text(text)
        views += [head, body, Text("")]
    return Group(*views)


def links(
    archive: Annotated[Path, typer.Argument(help="The archive: a .db file that moukit batch wrote.", metavar="ARCHIVE")],
    ref: Annotated[str, typer.Argument(help="The document: its reference number (มท 0808.2/ว 1234, 17/2560), its title, or FILE / FILE#n as the archive records it or by its own name (letter.txt#1).", metavar="REF")],
    *,
    format: Annotated[SearchFormat, typer.Option("--format", "-f", help="table or json (jsonl and csv: as json).")] = SearchFormat.table,
) -> None:
    """Show what a document in the archive cites, amends, cancels or follows, and what does so
    to it, each link with the line that makes it.

    Exit code 0 when the document is found, 1 when it is not, 2 for an archive that cannot be read.
    """
    from ..archive.links import find_links
    from ..errors import ArchiveError

    try:
        found = find_links(archive, ref)
    except ArchiveError as error:
        error_line(str(error))
        raise typer.Exit(2) from None
    if not found:
        error_line(f"{archive}: no document with the reference, title or file {ref!r}")
        raise typer.Exit(1)
    if format is SearchFormat.table:
        write_rich([_links_view(found)], None)
    else:
        write_text(json.dumps(found, ensure_ascii=False, indent=2) + "\n", None)


def _links_view(found):
    from rich.console import Group
    from rich.text import Text

    from ..export.visible import shown

    def name(document: dict) -> str:
        return shown("  ".join(str(v) for v in (f"{document['path']}#{document['document']}", document["kind"],
                                                 document["ref"], document["date"], document["subject"]) if v))

    views = []
    for entry in found:
        views.append(Text(name(entry["document"]), style="bold"))
        for key, arrow in (("cites", "→"), ("cited_by", "←")):
            for link in entry[key]:
                views.append(Text(f"  {arrow} {link['relation']}: {name(link['document'])}"))
                views.append(Text(f"      line {link['line']}: {shown(link['evidence'] or '')}", style="dim"))
        if not entry["cites"] and not entry["cited_by"]:
            views.append(Text("  no links in this archive", style="dim"))
    return Group(*views)
