"""Where the ``moukit`` command writes: standard output or ``-o FILE``, as UTF-8 text, with a
reader that goes away (``moukit parse … | head``) taken quietly, and errors as one line on
standard error."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import typer

from .options import ParseFormat


def write_documents(docs, chosen: ParseFormat, output: Path | None, *, several: bool) -> None:
    # json: one object for one FILE, an array for several, even when some of them failed.
    if chosen is ParseFormat.table:
        write_table(docs, output)
        return
    if chosen is ParseFormat.xlsx:
        write_workbook(docs, output)
        return
    if chosen is ParseFormat.json:
        from ..export.json import to_json

        text = to_json(docs[0]) if not several else "[\n" + ",\n".join(to_json(d).rstrip("\n") for d in docs) + "\n]\n"
    elif chosen is ParseFormat.jsonl:
        from ..export.json import to_jsonl

        text = to_jsonl(docs)
    else:
        from ..export.markdown import to_markdown

        text = "\n".join(to_markdown(d) for d in docs)
    write_text(text, output)


def write_workbook(docs, output: Path | None) -> None:
    """The Excel workbook of ``docs`` to OUT: a binary file, never standard output."""
    from ..errors import MissingExtraError
    from ..export.xlsx import to_xlsx

    if output is None:
        error_line("--format xlsx writes an Excel file: give it with -o OUT.xlsx")
        raise typer.Exit(2)
    try:
        to_xlsx(docs, output)
    except MissingExtraError as error:
        error_line(str(error))
        raise typer.Exit(2) from None
    except OSError as error:
        error_line(f"{output}: cannot write: {error.strerror or error}")
        raise typer.Exit(1) from None


def write_table(docs, output: Path | None) -> None:
    from ..export.table import to_table

    write_rich((to_table(doc) for doc in docs), output)


def write_rich(renderables, output: Path | None, *, failure: int = 1) -> None:
    """Rich views: on standard output sized and coloured for the terminal (NO_COLOR is
    honoured); to a file plain text, 120 columns. Either way one string, written like every
    other format."""
    from rich.console import Console

    if output is not None:
        console = Console(width=120, no_color=True, color_system=None)
    elif VOICE[1] == "always":  # --color always: styled even in a pipe
        console = Console(force_terminal=True, no_color=False)
    else:
        console = Console(no_color=True, color_system=None) if VOICE[1] == "never" else Console()
    with console.capture() as capture:
        for renderable in renderables:
            console.print(renderable)
    write_text(capture.get(), output, failure=failure)


def write_text(text: str, output: Path | None, *, failure: int = 1) -> None:
    if output is None:
        try:
            sys.stdout.buffer.write(text.encode("utf-8"))
            sys.stdout.flush()
        except BrokenPipeError:
            stdout_closed()
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        error_line(f"{output}: cannot write: {error.strerror or error}")
        raise typer.Exit(failure) from None


def stdout_closed() -> NoReturn:
    """The reader went away (`moukit parse … | head`): not an error; stop quietly with 0."""
    # Point stdout at /dev/null so that the interpreter's last flush does not fail again.
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    raise typer.Exit(0)


LANG = ["en"]
"""The language of messages, as --lang or MOUKIT_LANG chose it (export.thai)."""
VOICE = [0, "auto"]
"""How much the command says on standard error (-1 --quiet, 0, 1 --verbose) and --color."""


def set_lang(lang: str) -> None:
    LANG[0] = lang


def set_voice(verbosity: int, color: str) -> None:
    VOICE[:] = [verbosity, color]


def say(message: str) -> None:
    """A line on standard error with --verbose only: what was done with a file."""
    if VOICE[0] > 0:
        sys.stderr.write(f"moukit: {message}\n")


@contextlib.contextmanager
def page_progress(name: str) -> Iterator[None]:
    """On a terminal (not --quiet), a line on standard error that counts the pages of a scan
    as OCR reads them, gone when the file is done; shown only once a page has been read, so a
    text file shows nothing. In a pipe or a log: nothing."""
    if not sys.stderr.isatty() or VOICE[0] < 0:
        yield
        return
    from ..ocr import reporting_pages
    from ..text import printable_name

    shown: list = []  # the Progress and its task, once the first page is read

    def advance(page: int) -> None:
        if not shown:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn

            progress = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                console=Console(stderr=True), transient=True)
            progress.start()
            shown[:] = [progress, progress.add_task("", total=None)]
        shown[0].update(shown[1], description=f"{printable_name(name)}: OCR, page {page} read")

    try:
        with reporting_pages(advance):
            yield
    finally:
        if shown:
            shown[0].stop()


def error_line(message: str) -> None:
    if LANG[0] == "th":
        from ..export.thai import thai_error

        message = thai_error(message)
    sys.stderr.write(f"moukit: error: {message}\n")


def write_findings(results: list[dict], chosen, output: Path | None) -> None:
    """``moukit check``'s results: a JSON array of one entry per FILE, or a table per FILE."""
    from .options import CheckFormat

    if chosen is CheckFormat.json:
        import json

        plain = [{**r, "findings": [f.model_dump(mode="json") for f in r["findings"]]} for r in results]
        write_text(json.dumps(plain, ensure_ascii=False, indent=2) + "\n", output)
    else:
        from ..export.findings import to_findings_tables

        write_rich(to_findings_tables(results, lang=LANG[0]), output)
