"""``moukit normalize``: the repaired text that parsing reads, line for line (thin over
``moukit.stages.normalize``)."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from .output import error_line, write_text


def read_stdin() -> bytes:
    from ..stages.read import MAX_BYTES

    return sys.stdin.buffer.read(MAX_BYTES + 1)  # one byte over the limit is enough to refuse


def _list_steps(value: bool) -> None:
    # Eager, like --version: 'moukit normalize --list' needs no FILE.
    if value:
        from ..stages.normalize import NORMALIZERS

        lines = []
        for name, function in NORMALIZERS.items():
            summary = (function.__doc__ or "").strip().splitlines()
            lines.append(f"{name:18} {summary[0] if summary else ''}".rstrip() + "\n")
        write_text("".join(lines), None)
        raise typer.Exit()


def normalize(
    files: Annotated[list[str], typer.Argument(help="Text files; '-' reads standard input.", metavar="FILE")],
    *,
    step: Annotated[
        Optional[list[str]],
        typer.Option(
            "--step", "-s", metavar="STEP",
            help="Apply only this normalization step (repeatable); see 'moukit normalize --list'.",
        ),
    ] = None,
    list_steps: Annotated[
        bool,
        typer.Option(
            "--list", callback=_list_steps, is_eager=True, help="List the normalization steps in order and exit."
        ),
    ] = False,
) -> None:
    """Print the normalized text: the repaired text that parsing reads, line for line."""
    from ..errors import MoukitError
    from ..stages.normalize import NORMALIZERS, normalize_text
    from ..stages.read import read_bytes, read_file

    unknown = [name for name in step or () if name not in NORMALIZERS]
    if unknown:
        error_line(f"unknown normalization step {unknown[0]!r}; the steps are: {', '.join(NORMALIZERS)}")
        raise typer.Exit(2)
    failed = False
    for name in files:
        try:
            source = read_bytes(read_stdin(), "-") if name == "-" else read_file(name)
            write_text(normalize_text(source.text, step), None)
        except MoukitError as error:
            error_line(str(error))
            failed = True
    if failed:
        raise typer.Exit(1)
