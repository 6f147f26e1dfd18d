"""What ``moukit batch`` shows on standard error: a progress bar while it runs (on a terminal
only), a line per failed file, and the closing summary."""

from __future__ import annotations

import sys


class BatchReporter:
    """What ``moukit batch`` shows on standard error while it runs: a progress bar with the rate
    and the time left (on a terminal only) and one line per file that failed."""

    def __init__(self, *, live: bool, translate=None, verbose: bool = False):
        self.live = live
        self.verbose = verbose
        """Also a line for each file parsed (``moukit -v batch``)."""
        self._translate = translate or (lambda message: message)
        """How an error line is put (``export.thai.thai_error`` for --lang th)."""
        self.written = 0
        """Files whose record this run has written."""
        self._progress = None
        self._task = None

    def __enter__(self) -> BatchReporter:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def start(self, total: int | None) -> None:
        if not self.live:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task) -> Text:
                return Text(f"{task.speed:,.0f} files/s" if task.speed else "", style="progress.data.speed")

        self._progress = Progress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(), Rate(), TimeElapsedColumn(),
                                  TextColumn("ETA"), TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        self._task = self._progress.add_task("batch", total=total)
        self._progress.start()

    def outcome(self, outcome) -> None:
        self.written += 1
        if outcome.error is None and self.verbose:
            self._line(f"moukit: {outcome.path}: {outcome.kind}")
        if outcome.error is not None:
            self._line(f"moukit: error: {self._translate(outcome.error.message)}")
        if self._progress is not None:
            self._progress.advance(self._task)

    def _line(self, line: str) -> None:
        # Above the progress bar when there is one, which stays at the bottom.
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            sys.stderr.write(line + "\n")


def batch_summary(summary) -> str:
    kinds = ", ".join(f"{kind} {n:,}" for kind, n in summary.kinds.most_common())
    parsed = summary.files - summary.failed
    rate = f" ({summary.files / summary.seconds:,.0f} files/s)" if summary.seconds > 0 and summary.files else ""
    files = f"{summary.files:,} file" + ("" if summary.files == 1 else "s")
    text = (f"moukit: batch: {files} in {summary.seconds:,.1f} s{rate}: {parsed:,} parsed"
            f"{f' ({kinds})' if kinds else ''}, {summary.failed:,} failed; written to {shown(summary.output)}")
    if summary.resumed:
        text += f"; skipped {summary.resumed:,} already there ({summary.resumed_failed:,} of them failed)"
    if summary.retried:
        text += f"; retried {summary.retried:,} that had failed"
    if summary.skipped:
        text += "; " + skipped_phrase(summary.skipped)
    return text


def shown(output) -> str:
    """OUT as a summary names it: ``-`` is standard output."""
    return "standard output" if str(output) == "-" else str(output)


def interrupted_summary(output, written: int) -> str:
    """What Ctrl-C leaves: every record written so far is whole and kept, and --resume goes on."""
    files = f"{written:,} file" + ("" if written == 1 else "s")
    if output.suffix.lower() in (".parquet", ".xlsx"):
        kind = "a Parquet" if output.suffix.lower() == ".parquet" else "an Excel"
        return (f"moukit: batch: interrupted after {files}; nothing was kept: {kind} file is whole only once "
                f"finished ({output} is untouched). Write .jsonl or .csv for a run that can be continued")
    return (f"moukit: batch: interrupted; the records of {files} parsed by this run are kept in {output}. "
            "Run the same command with --resume to continue where it stopped")


def skipped_phrase(skipped) -> str:
    """"not parsed: 3 files whose name matches no --include pattern (.png 2, none 1)"."""
    total = sum(skipped.values())
    kinds = ", ".join(f"{suffix or 'no extension'} {n:,}" for suffix, n in skipped.most_common(5))
    more = ", …" if len(skipped) > 5 else ""
    return (f"not parsed: {total:,} file{'' if total == 1 else 's'} whose name matches no --include pattern "
            f"({kinds}{more})")
