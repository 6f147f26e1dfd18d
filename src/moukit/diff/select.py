"""``FILE#mou`` / ``FILE#2``: pick one document out of a parsed file (SPEC §3).

``#0`` is the outermost document, ``#n`` the n-th in parse order (its attachments, depth
first); ``#kind`` the first document of that kind, the outermost included; ``#kind#n`` the
n-th of that kind (from 1). ``list_documents`` names every document with its selector.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import SelectorError
from ..models import KINDS, Document
from ..text import printable_name

# "f.txt#order#2": a kind and a count before the last "#".
_KIND_COUNT = re.compile(r"#([a-z_]+)#[0-9]+$")
# Text-wide damage the parser flags on the outermost document only: a selected document
# inside it carries it too, so that the diff reads its text through that damage.
_TEXT_DAMAGE = frozenset({"lost_sara_am"})


def split_selector(spec: str) -> tuple[str, str | None]:
    """"circular.txt#mou" -> ("circular.txt", "mou"); "f.txt#order#2" -> ("f.txt", "order#2");
    a path without a selector -> (path, None)."""
    path, sep, selector = spec.rpartition("#")
    if not sep or not selector or "/" in selector:
        return spec, None
    match = _KIND_COUNT.search(spec)
    if match is not None and match.start() > 0:
        return spec[: match.start()], spec[match.start() + 1 :]
    return path, selector


def select_document(doc: Document, selector: str | None, *, path: str = "") -> Document:
    """The document ``selector`` names inside ``doc`` (``doc`` itself for None): ``"3"`` the
    fourth in parse order, ``"order"`` the first order, ``"order#2"`` the second order."""
    if selector is None:
        return doc
    documents = list(_in_parse_order(doc))
    path = printable_name(path)
    return _inherit_damage(_find(documents, selector, path), doc)


def _find(documents: list[Document], selector: str, path: str) -> Document:
    holds = "it holds: " + ", ".join(f"{row.selector} ({row.kind})" if row.number == 0 else row.selector
                                     for row in list_documents(documents[0]))
    if selector.isascii() and selector.isdigit():  # "²" is a digit to str.isdigit, not to int()
        index = int(selector)
        if index < len(documents):
            return documents[index]
        raise SelectorError(f"{path}#{selector}: the file holds {len(documents)} document(s), numbered "
                            f"#0-#{len(documents) - 1} ({holds})")
    kind, _, count = selector.partition("#")
    if kind not in KINDS or (count and not (count.isascii() and count.isdigit())):
        raise SelectorError(f"{path}#{selector}: not a kind or a number, nor kind#n ({holds}); kinds are: {', '.join(KINDS)}")
    of_kind = [d for d in documents if d.kind == kind]
    n = int(count) if count else 1
    if 1 <= n <= len(of_kind):
        return of_kind[n - 1]
    have = f"no {kind}" if not of_kind else f"{len(of_kind)} {kind}(s), not {n}"
    raise SelectorError(f"{path}#{selector}: {have} in the file ({holds})")


@dataclass(frozen=True, slots=True)
class Listed:
    """One document of a file as ``moukit diff --list`` names it."""

    number: int
    selector: str
    """The shortest selector that names it: "#0", "#mou", "#order#2"."""
    kind: str
    lines: tuple[int, int]
    title: str | None


def list_documents(doc: Document) -> list[Listed]:
    """Every document of a parsed file in parse order, each with the selector that names it."""
    seen: dict[str, int] = {}
    rows = []
    for number, found in enumerate(_in_parse_order(doc)):
        seen[found.kind] = seen.get(found.kind, 0) + 1
        nth = seen[found.kind]
        selector = "#0" if number == 0 else f"#{found.kind}" if nth == 1 else f"#{found.kind}#{nth}"
        rows.append(Listed(number, selector, found.kind, found.lines, found.title))
    return rows


def _inherit_damage(selected: Document, outer: Document) -> Document:
    inherited = tuple(w for w in outer.warnings if w.code in _TEXT_DAMAGE and w not in selected.warnings)
    return selected.model_copy(update={"warnings": selected.warnings + inherited}) if inherited else selected


def _in_parse_order(doc: Document) -> Iterator[Document]:
    yield doc
    for attachment in doc.attachments:
        yield from _in_parse_order(attachment)


def describe_documents(doc: Document, spec: str) -> str:
    """``moukit diff --list``: one line per document, its selector first ("FILE#order#2  order
    lines 40-77  คำสั่ง…"), under a line naming the file."""
    path = split_selector(spec)[0]
    rows = list_documents(doc)
    width = max(len(path) + len(row.selector) for row in rows)
    out = [f"{path}: {len(rows)} document{'s' if len(rows) != 1 else ''}"]
    for row in rows:
        first, last = row.lines
        out.append(f"  {(path + row.selector).ljust(width)}  #{row.number:<3} {row.kind:<12} lines {first}-{last}"
                   + (f"  {row.title}" if row.title else ""))
    return "\n".join(out) + "\n"


def list_files(specs: list[str], load: Callable[[str], tuple[Document, Any]], *, listing: bool = True) -> str:
    """``moukit diff --list``: each file's documents with the selectors that name them (``load``
    parses a FILE and returns the selected Document and the file's Parse). Without ``listing``
    (one FILE and no --list) it is a usage error that points to --list."""
    if not listing:
        raise SelectorError(f"{specs[0]}: diff needs OLD and NEW; 'moukit diff --list FILE' names the documents a file holds")
    return "".join(describe_documents(load(spec)[1].document, spec) for spec in specs)
