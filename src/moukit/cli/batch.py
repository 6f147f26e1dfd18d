"""``moukit batch``: many files in parallel into one JSON Lines, CSV or Parquet file, thin over
``moukit.batch`` (docs/batch.md)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .options import BatchEngine, BatchTable, Digits, OcrMode, OcrOption
from .config import LANG_OPTION, chosen_lang
from .output import LANG, VOICE, error_line, set_lang, stdout_closed


def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files, directories (walked recursively), or '-' to read file paths from standard input, one per line.",
                       metavar="INPUT"),
    ],
    *,
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="OUT", help="The file to write: OUT.jsonl, OUT.csv, OUT.parquet or OUT.xlsx (the extension chooses the format), or '-': JSON Lines on standard output.")
    ],
    include: Annotated[
        Optional[list[str]],
        typer.Option("--include", "-i", metavar="GLOB", help="In directories, parse the files whose name matches GLOB, ignoring case (repeatable) [default: *.txt, *.pdf, *.docx]."),
    ] = None,
    case_sensitive: Annotated[
        bool, typer.Option("--case-sensitive", help="Match --include patterns with case: '*.pdf' then misses 'SCAN.PDF'.")
    ] = False,
    plain_csv: Annotated[
        bool, typer.Option("--plain-csv", help="CSV: write every value as it is, for programs; by default text that a spreadsheet would turn into a number, a date or a formula is kept as text.")
    ] = False,
    table: Annotated[BatchTable, typer.Option("--table", help="CSV and Parquet: one row per file (documents), per clause, per signature, per party, or per committee member.")] = BatchTable.documents,
    workers: Annotated[Optional[int], typer.Option("--workers", "-w", min=1, help="Parallel worker processes [default: one per CPU].")] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Continue an interrupted run: keep OUT's records, skip the files it has, append the others.")
    ] = False,
    lang: Annotated[Optional[str], LANG_OPTION] = None,
    digits: Annotated[Digits, typer.Option(help="Digits in text values: as in the source, Arabic or Thai (as parse --digits).")] = Digits.keep,
    retry_failed: Annotated[
        bool, typer.Option("--retry-failed", help="With --resume: parse again the files OUT records as failed (after installing a missing extra, say).")
    ] = False,
    timeout: Annotated[
        float, typer.Option("--timeout", metavar="SECONDS", min=0,
                            help="The time each file may take; one that takes longer gets an error record 'timeout' and the batch goes on. 0: no limit.")
    ] = 60.0,
    engine: Annotated[
        BatchEngine, typer.Option("--engine", help="Run on worker processes here (local) or on a Dask cluster (dask, the extra moukit[dask]).")
    ] = BatchEngine.local,
    scheduler: Annotated[
        Optional[str],
        typer.Option("--scheduler", metavar="ADDRESS", help="With --engine dask: the scheduler to use, tcp://HOST:8786 [default: a local cluster of --workers processes]."),
    ] = None,
    ocr: OcrOption = OcrMode.auto,
) -> None:
    """Parse many files in parallel into one JSON Lines, CSV or Parquet file.

    Every file gets exactly one record; a file that cannot be parsed gets an error record and
    the others go on. A progress bar shows on a terminal, a summary at the end. Exit code 1 if
    any file failed or no file was found, 2 for a usage error, else 0.
    """
    from ..batch.jobs import DEFAULT_INCLUDE, BatchJob, run_batch
    from ..batch.report import BatchReporter, batch_summary, interrupted_summary, skipped_phrase
    from ..errors import BatchUsageError, MoukitError

    job = BatchJob(tuple(inputs), output, table.value, tuple(include or DEFAULT_INCLUDE), workers, resume,
                   engine.value, scheduler, case_sensitive, plain_csv,
                   retry_failed, timeout=timeout or None, digits=digits.value, ocr=ocr.value)
    if lang is not None:
        set_lang(chosen_lang(lang))
    thai = LANG[0] == "th"
    if thai:
        from ..export.thai import thai_error, thai_interrupted, thai_summary
    reporter = BatchReporter(live=sys.stderr.isatty() and VOICE[0] >= 0, translate=thai_error if thai else None,
                             verbose=VOICE[0] > 0)
    try:
        with reporter:
            summary = run_batch(job, stdin=sys.stdin.buffer if "-" in inputs else None, count=reporter.live,
                                on_start=reporter.start, on_outcome=reporter.outcome)
    except BatchUsageError as error:
        error_line(str(error))
        raise typer.Exit(2) from None
    except MoukitError as error:
        error_line(str(error))
        raise typer.Exit(1) from None
    except BrokenPipeError:  # -o - and the reader went away (| head): not an error
        stdout_closed()
    except KeyboardInterrupt:
        sys.stderr.write((thai_interrupted if thai else interrupted_summary)(output, reporter.written) + "\n")
        raise typer.Exit(130) from None
    if summary.files + summary.resumed == 0:
        patterns = " ".join(job.include)
        skipped = f"; {skipped_phrase(summary.skipped)}" if summary.skipped else ""
        error_line(f"no files to parse: the INPUTs hold no file whose name matches {patterns} (see --include){skipped}; "
                   f"wrote an empty {output}")
        raise typer.Exit(1)
    if VOICE[0] >= 0:  # --quiet: the exit code says it
        sys.stderr.write((thai_summary if thai else batch_summary)(summary) + "\n")
    raise typer.Exit(1 if summary.failed or summary.resumed_failed else 0)
