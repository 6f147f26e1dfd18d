"""What a parse could not place: warnings and unparsed text, collected while parsing."""

from __future__ import annotations

from collections.abc import Iterable

from .lines import Line
from .models import Paragraph, Warning
from .text import join_wrapped


class Notes:
    """Collects warnings and unparsed paragraphs for one Document (SPEC §1.4)."""

    def __init__(self) -> None:
        self.warnings: list[Warning] = []
        self.unparsed: list[Paragraph] = []
        self.spilled: list[Line] = []

    def spill(self, lines: Iterable[Line]) -> None:
        """Hand back lines past the end of this document: a contained document's tail goes
        to the document around it (a news page's lines after a quoted ประกาศ)."""
        self.spilled.extend(line for line in lines if not line.blank)

    def warn(self, code: str, message: str, line: int | None) -> None:
        self.warnings.append(Warning(code=code, message=message, line=line))

    def keep(self, lines: Iterable[Line], code: str = "unparsed_line", what: str = "text") -> None:
        """Keep lines the parser could not place, one paragraph per run of adjacent lines."""
        run: list[Line] = []
        for line in lines:
            if line.blank:
                continue
            if run and line.number != run[-1].number + 1:
                self._keep_run(run, code, what)
                run = []
            run.append(line)
        if run:
            self._keep_run(run, code, what)

    def _keep_run(self, run: list[Line], code: str, what: str) -> None:
        first, last = run[0].number, run[-1].number
        self.unparsed.append(Paragraph(text=join_wrapped(line.text for line in run), lines=(first, last)))
        where = f"line {first}" if first == last else f"lines {first}-{last}"
        self.warn(code, f"{what} not placed in any part ({where}): kept in unparsed", first)
