"""How the ``moukit`` command presents itself: help with examples and without Python types,
and usage errors in plain words.

``MoukitGroup`` is the app's click group. As it hands out a command it gives it the examples of
``EXAMPLES`` as its epilog, and shows its arguments as ``FILE...`` where typer would show
``{FILE}...`` in the usage and ``FILE <list[str]>`` in the help. A value an option refuses is
reported in the words of the check that refused it, without the "Value error, " of the
validation library underneath.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import typer

import typer.core
from typer.core import TyperGroup

# The click that typer runs on: a copy inside typer from 0.2x on, the click package before.
_click: Any = getattr(typer.core, "_click", None)
if _click is None:  # pragma: no cover - older typer
    import click as _click

HELP_OPTIONS = {"help_option_names": ["-h", "--help"]}
"""``-h`` is ``--help``: what a newcomer types first."""

# \b keeps click from rewrapping the lines of the paragraph that follows it.
EXAMPLES: dict[str, str] = {
    "parse": """Examples:

\b
  moukit parse circular.txt                   the table, on a terminal
  moukit parse circular.pdf -f json -o c.json the Document as JSON
  moukit parse *.txt -f jsonl | jq .kind      one Document per line
  cat letter.txt | moukit parse -             standard input""",
    "normalize": """Examples:

\b
  moukit normalize circular.txt               the text that parse reads
  moukit normalize --step pua damaged.txt     one repair only
  moukit normalize --list                     the repairs, in order""",
    "check": """Examples:

\b
  moukit check circular.txt                   findings, as a table on a terminal
  moukit check --today 2025-01-01 *.txt -f json""",
    "diff": """Examples:

\b
  moukit diff old.txt new.txt                 clause by clause, on a terminal
  moukit diff news.txt 'circular.txt#mou'     the MOU attached to the circular
  moukit diff 'file#2.txt#' new.txt           a '#' in a name: end with '#'
  moukit diff -f html -o diff.html old.txt new.txt""",
    "batch": """Examples:

\b
  moukit batch archive/ -o circulars.jsonl    every .txt, .pdf, .docx under archive/
  moukit batch archive/ -o circulars.csv      a table for a spreadsheet
  moukit batch archive/ -o out.jsonl --resume continue a run that was stopped
  find . -name '*.pdf' | moukit batch - -o out.parquet""",
    "schema": """Examples:

\b
  moukit schema | jq '."$defs" | keys'        the models of a Document
  moukit schema diff                          the DocumentDiff""",
}

# "Value error, '2025-02-30' is not …": pydantic's prefix for a ValueError raised in a validator.
_NOISE = re.compile(r"^(?:Value error|Assertion failed), ")


class MoukitGroup(TyperGroup):
    """The ``moukit`` group: commands with examples and plain argument names, plain usage errors."""

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            if command.epilog is None and cmd_name in EXAMPLES:
                command.epilog = EXAMPLES[cmd_name]
            for param in command.params:
                if param.param_type_name == "argument":
                    _plain_argument(param)
                elif param.metavar is None and hasattr(param, "display_type_rich"):
                    _plain_option(param, ctx)
        return command

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except _click.exceptions.BadParameter as error:
            error.message = _NOISE.sub("", error.message)
            raise


def _plain_option(param: Any, ctx: Any) -> None:
    """A value's name, not its Python type: ``-o OUT``, ``-w N`` (a choice keeps its choices)."""
    if getattr(param, "is_flag", False):
        return
    shown = param.display_type_rich(ctx) or ""
    if "|" in shown:
        return
    param.metavar = "OUT" if "--output" in param.opts else "N" if "int" in shown else "SECONDS" if "float" in shown \
        else "PATH" if "path" in shown else "TEXT"


def _plain_argument(param: Any) -> None:
    """``FILE...`` in the usage line and the help, not ``{FILE}...`` and ``FILE <list[str]>``
    (typer's forms; older typer versions have neither method, and nothing changes)."""
    name = (param.metavar or param.name or "").upper() if param.metavar is None else param.metavar
    shown = name + ("..." if param.nargs != 1 else "")
    if hasattr(param, "display_type_rich"):  # the choices stay: NAME <document|diff>
        typed = param.display_type_rich
        param.display_type_rich = lambda ctx: shown_type if "|" in (shown_type := typed(ctx) or "") else None
    if hasattr(param, "_usage_display_name"):
        param._usage_display_name = lambda: shown if param.required else f"[{shown}]"  # type: ignore[attr-defined]
    if hasattr(param, "_rich_display_name"):
        param._rich_display_name = lambda: shown  # type: ignore[attr-defined]


def parse_day(value: str | None) -> datetime.date | None:
    """An option's YYYY-MM-DD (``--today``), with the reason when it is not a day."""
    if value is None:
        return None
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        raise typer.BadParameter(f"{value!r} is not written YYYY-MM-DD (as 2025-01-31)")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise typer.BadParameter(f"{value!r} is not a day that exists ({error})") from None
