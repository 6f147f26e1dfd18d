"""``FILE#mou`` / ``FILE#2``: pick one document out of a parsed file (SPEC §3).

``#0`` is the outermost document, ``#n`` the n-th in parse order (its attachments, depth
first); ``#kind`` the first document of that kind, the outermost included.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import SelectorError
from ..models import KINDS, Document


def split_selector(spec: str) -> tuple[str, str | None]:
    """"circular.txt#mou" -> ("circular.txt", "mou"); a path without # -> (path, None)."""
    path, sep, selector = spec.rpartition("#")
    if not sep or not selector or "/" in selector:
        return spec, None
    return path, selector


def select_document(doc: Document, selector: str | None, *, path: str = "") -> Document:
    """The document ``selector`` names inside ``doc`` (``doc`` itself for None)."""
    if selector is None:
        return doc
    documents = list(_in_parse_order(doc))
    if selector.isdigit():
        index = int(selector)
        if index < len(documents):
            return documents[index]
        raise SelectorError(f"{path}#{selector}: the file holds {len(documents)} document(s), numbered #0-#{len(documents) - 1}")
    if selector not in KINDS:
        raise SelectorError(f"{path}#{selector}: not a kind or a number; kinds are: {', '.join(KINDS)}")
    for candidate in documents:
        if candidate.kind == selector:
            return candidate
    kinds = ", ".join(sorted({d.kind for d in documents}))
    raise SelectorError(f"{path}#{selector}: no {selector} in the file (it holds: {kinds})")


def _in_parse_order(doc: Document) -> Iterator[Document]:
    yield doc
    for attachment in doc.attachments:
        yield from _in_parse_order(attachment)
