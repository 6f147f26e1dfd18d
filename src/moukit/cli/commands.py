"""The ``moukit`` command (SPEC §4): a thin layer over the library.

Each command reads its input, makes one library call, exports and writes. Errors from bad
input are one line on stderr and a defined exit code, never a traceback: 0 success,
1 failure (unreadable or non-text input), 2 usage error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .. import __version__
from .config import LANG_OPTION, chosen_lang, default_map, read_settings
from .options import (
    Color,
    CheckFormat,
    DiffFormat,
    Digits,
    OcrMode,
    OcrOption,
    ParseFormat,
    SchemaName,
)
from .archive import links, search
from .batch import batch
from .inputs import SUFFIXES, command_inputs, output_path
from .normalize import normalize
from .help import HELP_OPTIONS, MoukitGroup, parse_day
from .output import (LANG, error_line, page_progress, say, set_lang, set_voice, write_documents, write_findings,
                     write_rich, write_text)

# The options that parse and check share, for FILE arguments that are directories
IncludeOption = Annotated[
    Optional[list[str]],
    typer.Option("--include", "-i", metavar="GLOB", help="In a directory FILE, read the files whose name matches GLOB, ignoring case (repeatable) [default: *.txt, *.pdf, *.docx]."),
]
OutputDirOption = Annotated[
    Optional[Path],
    typer.Option("--output-dir", "-O", metavar="DIR", help="Write one output per input under DIR, at the input's place (a.txt -> DIR/a.json)."),
]

app = typer.Typer(
    name="moukit",
    help="Parse Thai government circulars, letters and MOUs into structured, traceable data.",
    cls=MoukitGroup,
    context_settings=HELP_OPTIONS,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"moukit {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = None,
    lang: Annotated[Optional[str], LANG_OPTION] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Say less: no progress bar and no summary (errors are still shown).")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Say more: a line on standard error for every file done.")] = False,
    color: Annotated[Color, typer.Option("--color", help="Colour the table views: auto (on a terminal, unless NO_COLOR), always, never.")] = Color.auto,
) -> None:
    """Parse Thai government circulars, letters and MOUs into structured, traceable data."""
    settings = read_settings()
    set_lang(chosen_lang(lang, settings.get("lang")))
    set_voice(-1 if quiet else 1 if verbose else 0, color.value)
    ctx.default_map = {**default_map(settings), **(ctx.default_map or {})}


@app.command()
def parse(
    files: Annotated[list[str], typer.Argument(help="Text files to parse; '-' reads standard input.", metavar="FILE")],
    *,
    format: Annotated[
        Optional[ParseFormat],
        typer.Option("--format", "-f", help="Output format [default: table on a terminal, json otherwise]."),
    ] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of standard output.")] = None,
    digits: Annotated[Digits, typer.Option(help="Digits in text values: as in the source, Arabic or Thai.")] = Digits.keep,
    include: IncludeOption = None,
    output_dir: OutputDirOption = None,
    ocr: OcrOption = OcrMode.auto,
) -> None:
    """Parse documents into their parts: header, body, clauses, signatories, footer.

    With several files, json prints an array and jsonl one Document per line. A file that
    cannot be read is reported on stderr and the others are still parsed; the exit code
    is then 1.
    """
    from ..export.digits import with_digits
    from ..ocr import using_ocr
    from ..pipeline import parse_bytes, parse_file

    inputs, failed = command_inputs(files, include, output, output_dir)
    chosen = format or (ParseFormat.table if output is None and output_dir is None and sys.stdout.isatty()
                        else ParseFormat.xlsx if output is not None and output.suffix.lower() == ".xlsx"
                        else ParseFormat.json)
    docs = []
    for item in inputs:
        name = item.name
        try:
            with using_ocr(ocr.value), page_progress(name):
                doc = parse_bytes(_read_stdin(), "-") if name == "-" else parse_file(name)
        except _errors() as error:
            error_line(str(error))
            failed = True
            continue
        doc = with_digits(doc, digits.value)
        say(f"{name}: {doc.kind}, {len(_document_list(doc))} documents, {len(doc.warnings)} warnings")
        if output_dir is None:
            docs.append(doc)
        else:
            write_documents([doc], chosen, output_path(output_dir, item, SUFFIXES[chosen.value]), several=False)
    if docs:
        write_documents(docs, chosen, output, several=len(inputs) > 1 or len(inputs) != len(files))
    if failed:
        raise typer.Exit(1)


app.command()(normalize)


@app.command()
def check(
    files: Annotated[list[str], typer.Argument(help="Text files to check; '-' reads standard input.", metavar="FILE")],
    *,
    lang: Annotated[Optional[str], LANG_OPTION] = None,
    format: Annotated[
        Optional[CheckFormat],
        typer.Option("--format", "-f", help="Output format [default: table on a terminal, json otherwise]."),
    ] = None,
    today: Annotated[
        Optional[str],
        typer.Option(
            "--today", metavar="YYYY-MM-DD", callback=parse_day,
            help="Judge future dates against this day instead of the system's date (for reproducible runs).",
        ),
    ] = None,
    include: IncludeOption = None,
    output_dir: OutputDirOption = None,
    ocr: OcrOption = OcrMode.auto,
) -> None:
    """Check documents against the สารบรรณ rules: missing parts, ranks, dates, clause numbers.

    Each finding is an error or a warning with the source line it is about. The exit code
    is 1 when any FILE has an error-level finding or cannot be read, else 0.
    """
    from ..check.rules import check_document
    from ..export.thai import thai_message
    from ..ocr import using_ocr
    from ..pipeline import parse_bytes, parse_file
    from ..text import printable_name

    if lang is not None:
        set_lang(chosen_lang(lang))
    chosen = format or (CheckFormat.table if sys.stdout.isatty() else CheckFormat.json)
    inputs, failed = command_inputs(files, include, None, output_dir)
    results = []
    for item in inputs:
        name = item.name
        try:
            with using_ocr(ocr.value):
                doc = parse_bytes(_read_stdin(), "-") if name == "-" else parse_file(name)
        except _errors() as error:
            error_line(str(error))
            results.append({"path": printable_name(name), "error": str(error), "documents": [], "findings": []})
            failed = True
            continue
        findings = check_document(doc, today=today)
        if LANG[0] == "th":
            findings = [f.model_copy(update={"message": thai_message(f.message)}) for f in findings]
        failed |= any(f.severity == "error" for f in findings)
        say(f"{printable_name(name)}: {sum(f.severity == 'error' for f in findings)} errors, "
            f"{sum(f.severity == 'warning' for f in findings)} warnings")
        results.append({"path": printable_name(name), "error": None, "documents": _document_list(doc),
                        "findings": findings})
    if output_dir is not None:  # one file per input: its entry alone (JSON) or its table
        for item, result in zip(inputs, results):
            if result["error"] is None:
                write_findings([result], chosen, output_path(output_dir, item, SUFFIXES[chosen.value]))
    else:
        write_findings(results, chosen, None)
    if failed:
        raise typer.Exit(1)


def _document_list(doc) -> list[dict]:
    from ..check.rules import iter_documents

    return [{"document": f"#{i}", "kind": d.kind, "lines": list(d.lines)} for i, d in enumerate(iter_documents(doc))]


@app.command()
def diff(
    old: Annotated[str, typer.Argument(help="The old version: FILE, FILE#kind (first of that kind), FILE#n, or ARCHIVE.db#REF (a document of an archive by its reference number, title or file; REF@DATE to pick among several).", metavar="OLD")],
    new: Annotated[Optional[str], typer.Argument(help="The new version, selected the same way.", metavar="NEW")] = None,
    *,
    format: Annotated[
        Optional[DiffFormat],
        typer.Option("--format", "-f", help="Output format [default: table on a terminal, json otherwise]."),
    ] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of standard output.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Also report spacing, digit-script (๑/1) and ำ-encoding differences, and text-layer damage as edits.")] = False,
    list_: Annotated[bool, typer.Option("--list", help="List the documents each FILE holds, with the selectors that name them.")] = False,
) -> None:
    """Compare two versions clause by clause, with Thai word-level edits.

    Clauses pair by content, so an inserted or deleted clause changes nothing else; moved
    and renumbered clauses are marked. Exit codes follow diff(1): 0 the same, 1 different,
    2 trouble (an unreadable file, a selector that names no document).
    """
    from ..diff.document import diff_documents, is_same

    try:
        if list_ or new is None:  # --list FILE [FILE]: what each file holds; NEW missing: a usage error
            write_text("".join(_list_for_diff(spec, list_) for spec in [old] + [new] * bool(new)), None, failure=2)
            return
        (old_doc, old_source), (new_doc, new_source) = (_load_for_diff(old), _load_for_diff(new))
        chosen = format or (DiffFormat.table if output is None and sys.stdout.isatty() else DiffFormat.json)
        if chosen is DiffFormat.unified:  # text to show: an archived side's file is read again
            old_source, new_source = (parse or _archived_text(spec) for parse, spec in
                                      ((old_source, old), (new_source, new)))
    except _errors() as error:
        error_line(str(error))
        raise typer.Exit(2) from None
    result = diff_documents(old_doc, new_doc, strict=strict)
    _write_diff(result, chosen, output, (old_doc, old_source, old), (new_doc, new_source, new))
    raise typer.Exit(0 if is_same(result) else 1)


def _list_for_diff(spec: str, listing: bool) -> str:
    from ..archive.pick import describe_matches, split_archive_spec
    from ..diff.select import list_files

    archived = None if os.path.isfile(spec) else split_archive_spec(spec)
    return describe_matches(*archived) if archived and listing else list_files([spec], _load_for_diff, listing=listing)


def _load_for_diff(spec: str):
    """Parse FILE or FILE#selector, or read ARCHIVE#REF from the archive; returns the selected
    Document and the file's ``Parse`` (None from an archive, which keeps no text)."""
    from ..archive.pick import archived_document, split_archive_spec
    from ..diff.select import select_document, split_selector
    from ..pipeline import run
    from ..stages.read import read_bytes, read_file
    from ..text import printable_name

    archived = None if os.path.isfile(spec) else split_archive_spec(spec)
    if archived is not None:
        doc = archived_document(*archived)
        named = doc.source.model_copy(update={"path": printable_name(spec)}) if doc.source else None
        return doc.model_copy(update={"source": named}), None
    path, selector = _split_side(spec, split_selector)
    source = read_bytes(_read_stdin(), "-") if path == "-" else read_file(path)
    parse = run(source.text, source=source.source)
    selected = select_document(parse.document, selector, path=path)
    # The diff names the file (and the selector) that each side came from.
    named = source.source.model_copy(update={"path": printable_name(spec)})
    return selected.model_copy(update={"source": named}), parse


def _archived_text(spec: str):
    """The parse of the file an ``ARCHIVE#REF`` document came from (``archive.pick.archived_text``)."""
    from ..archive.pick import archived_document, archived_text, split_archive_spec

    archive, ref = split_archive_spec(spec)
    return archived_text(archived_document(archive, ref), archive, spec)


def _split_side(spec: str, split_selector) -> tuple[str, str | None]:
    """FILE or FILE#selector. A file of that very name wins over a selector ('หนังสือ#2.txt');
    a '#' at the end names the whole file before it, whatever it holds ('report#1#'). When
    neither is a file, the error names SPEC whole."""
    if spec.endswith("#"):
        return spec[:-1], None
    if os.path.isfile(spec):
        return spec, None
    path, selector = split_selector(spec)
    return (spec, None) if selector is not None and path != "-" and not os.path.exists(path) else (path, selector)


def _write_diff(result, chosen: DiffFormat, output: Path | None, old_side, new_side) -> None:
    if chosen is DiffFormat.table:
        from ..export.diff_table import to_diff_table

        write_rich([to_diff_table(result)], output, failure=2)
        return
    if chosen is DiffFormat.json:
        text = result.model_dump_json(indent=2) + "\n"
    elif chosen is DiffFormat.md:
        from ..export.diff_markdown import to_diff_markdown

        text = to_diff_markdown(result)
    elif chosen is DiffFormat.html:
        from ..export.diff_html import to_diff_html

        text = to_diff_html(result)
    else:
        from ..export.unified import to_unified

        text = to_unified(_doc_lines(*old_side[:2]), _doc_lines(*new_side[:2]), old_side[2], new_side[2],
                          description=result.description)
    write_text(text, output, failure=2)


def _doc_lines(doc, parse) -> list[str]:
    """The normalized lines of the selected document (the unified view's text), as the parse
    repaired them: the text is not normalized a second time."""
    first, last = doc.lines
    return parse.normalized.text.split("\n")[first - 1 : last]


app.command()(batch)
app.command()(search)  # moukit.archive: an archive that batch -o archive.db wrote
app.command()(links)


@app.command()
def schema(
    name: Annotated[SchemaName, typer.Argument(help="Which model's schema to print: document (moukit parse) or diff (moukit diff).")] = SchemaName.document,
) -> None:
    """Print the JSON Schema of the Document or of the DocumentDiff."""
    import json

    from ..diff.models import DocumentDiff
    from ..models import Document

    model = Document if name is SchemaName.document else DocumentDiff
    write_text(json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2) + "\n", None)


def _errors() -> tuple[type[Exception], ...]:
    from ..errors import MoukitError

    return (MoukitError,)


def main() -> None:
    """Console entry point: run the app, with a clean exit on a closed pipe or Ctrl-C."""
    _name_main_module()
    try:
        app()
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (`moukit parse … | head`): not an error
        sys.exit(0)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:  # not a MoukitError: a bug; one line, not a traceback
        first_line = (str(error).splitlines() or [""])[0]
        error_line_kind = f"{type(error).__name__}: {first_line}".rstrip(": ")
        sys.stderr.write(f"moukit: internal error: {error_line_kind}; please report it with the input file "
                         "(MOUKIT_TRACEBACK=1 shows the traceback)\n")
        if os.environ.get("MOUKIT_TRACEBACK"):
            raise
        sys.exit(1)


def _name_main_module() -> None:
    """Run as the `moukit` script, ``__main__`` is a stub that calls ``main``. Give it the module
    name ``python -m moukit`` gives it, so that multiprocessing knows it is not user code: the
    batch's workers then skip running the stub again, which would import this CLI (typer, click)
    into each of them: several milliseconds and 1.2 MB a worker."""
    stub = sys.modules.get("__main__")
    if stub is not None and getattr(stub, "main", None) is main and getattr(stub, "__spec__", None) is None:
        from importlib.machinery import ModuleSpec

        stub.__spec__ = ModuleSpec("moukit.__main__", None)


def _read_stdin() -> bytes:
    from ..stages.read import MAX_BYTES

    return sys.stdin.buffer.read(MAX_BYTES + 1)  # one byte over the limit is enough to refuse
