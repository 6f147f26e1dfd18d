"""FILEs for ``parse`` and ``check``: a directory stands for the files under it whose name
matches ``--include`` (as ``moukit batch`` walks it, in name order), and ``-O DIR`` gives each
input an output file of its own, at the same place under DIR."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from .output import error_line

SUFFIXES = {"json": ".json", "jsonl": ".jsonl", "md": ".md", "table": ".txt", "xlsx": ".xlsx"}
"""The extension of each output format's files under -O DIR."""


class Input(tuple):
    """(name, relative): a FILE to read, and its path under -O DIR (its path under the directory
    FILE it was found in, or its own name)."""

    __slots__ = ()

    def __new__(cls, name: str, relative: str):
        return super().__new__(cls, (name, relative))

    @property
    def name(self) -> str:
        return self[0]

    @property
    def relative(self) -> str:
        return self[1]


def expand_inputs(names: Sequence[str], include: Sequence[str], *, case_sensitive: bool = False) -> tuple[list[Input], bool]:
    """Each FILE as given, a directory as the files under it that match ``include``, sorted;
    and whether a directory could not be listed (said on standard error)."""
    from ..batch.jobs import iter_files

    inputs, failed = [], False
    for name in names:
        if name == "-" or not os.path.isdir(name):
            inputs.append(Input(name, "stdin" if name == "-" else os.path.basename(name)))
            continue
        found = []
        for item in iter_files([name], include, case_sensitive=case_sensitive):
            if isinstance(item, str):
                found.append(Input(item, os.path.relpath(item, name)))
            else:  # a directory that cannot be listed
                error_line(item.message)
                failed = True
        if not found:
            error_line(f"{name}: no file whose name matches {' '.join(include)} (see --include)")
            failed = True
        inputs.extend(sorted(found, key=lambda i: i.relative))
    return inputs, failed


def output_path(directory: Path, item: Input, suffix: str) -> Path:
    """Where -O DIR puts the output of ``item``: DIR/<its path under its directory>.<format>
    (a.txt -> DIR/a.txt.json: 240.txt and 240.pdf stay apart); the folders are made."""
    target = directory / (item.relative + suffix)
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


def command_inputs(files: list[str], include: list[str] | None, output: Path | None,
                   output_dir: Path | None) -> tuple[list[Input], bool]:
    """The FILEs of ``parse`` or ``check``, directories expanded; -o with -O is a usage error."""
    import typer

    from ..batch.jobs import DEFAULT_INCLUDE

    if output is not None and output_dir is not None:
        error_line("-o OUT and -O DIR do not go together: one output for every input, or one output per input")
        raise typer.Exit(2)
    return expand_inputs(files, tuple(include or DEFAULT_INCLUDE))
