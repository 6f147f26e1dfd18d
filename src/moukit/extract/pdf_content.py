"""What a PDF page's drawing instructions will cost pypdf, measured before it parses them.

pypdf parses a page's whole content stream (up to 1 µs a byte: a stream of numbers) before
the first operator reaches ``moukit.extract.pdf``'s operator budget, and parses a form XObject
again each time a page draws it. A 9 KB file whose 25 pages draw one 2 MB stream thus cost
25 s. So the decoded bytes are counted first, with ``len`` (no parse), and budgeted:

- a page's content past ``MAX_PAGE_CONTENT`` bytes is cut off before pypdf sees it: the text
  of the first ``MAX_PAGE_CONTENT`` bytes is read, and the page is reported damaged;
- a form XObject costs its decoded bytes each time a page draws it (``Do``), counted before
  pypdf parses it (``Forms``);
- a file's pages together may cost ``MAX_CONTENT`` bytes; reading stops before the page that
  would go over, and the pages read so far are kept (``pdf_truncated``).

The densest page of the corpus and tests holds 42 KB of drawing instructions and the largest
file 552 KB in all (21 pages; docs/performance.md): the budgets are 25 and 11 times those.
"""

from __future__ import annotations

import re
from typing import Any

from pypdf.generic import ArrayObject, ContentStream, NameObject, StreamObject

MAX_PAGE_CONTENT = 1024 * 1024
"""Decoded bytes of drawing instructions read on one page (forms drawn included)."""
MAX_CONTENT = 6 * 1024 * 1024
"""Decoded bytes of drawing instructions read in one file, counted as often as pages draw them:
at pypdf's slowest (1 µs a byte) some 6 s of CPU."""
MAX_FORM_BYTES = 256 * 1024 * 1024
"""Decoded bytes of form XObjects measured in one file (``Forms``): under a second of inflating."""
_MAX_FORMS = 10_000  # form XObjects looked at on one page, nested ones included
# An operator (one to three letters: "Tj", "T*", "'") between blanks or after a delimiter, to cut
# the stream after: pypdf reads nothing of a stream that ends inside an array or a string.
_OPERATOR = re.compile(rb"(?<=[\s\])>])[A-Za-z'\"][A-Za-z*]{0,2}(?=\s)")
_LOOK_BACK = 64 * 1024


def cut_content(page: Any, reader: Any) -> int:
    """The decoded bytes of ``page``'s content streams; when over ``MAX_PAGE_CONTENT``, the
    page is left holding its first ``MAX_PAGE_CONTENT`` bytes only, up to the end of the last
    operator in them. 0 when the page has no contents stream (pypdf says what it finds). Streams
    that cannot be decoded raise, and the page is left with no contents: pypdf would decode
    them again (a crafted stream bound to fail can cost 0.2 s each time)."""
    try:
        contents = page["/Contents"]
    except Exception:  # no contents, or a broken reference: pypdf reads the page as it can
        return 0
    if not isinstance(contents, (ArrayObject, StreamObject)):
        return 0
    try:
        stream = ContentStream(contents, reader, "bytes")  # as pypdf would build it: nothing parsed yet
        data = stream.get_data()
    except Exception:
        page[NameObject("/Contents")] = ContentStream(None, reader)
        raise
    if len(data) > MAX_PAGE_CONTENT:
        start = MAX_PAGE_CONTENT - _LOOK_BACK
        ends = [match.end() for match in _OPERATOR.finditer(data, start, MAX_PAGE_CONTENT)]
        stream.set_data(data[:ends[-1] if ends else MAX_PAGE_CONTENT])
        page[NameObject("/Contents")] = stream  # pypdf reads a ContentStream it is given as it is
        for part in contents if isinstance(contents, ArrayObject) else [contents]:
            _forget(part.get_object())
    return len(data)


def let_go(page: Any, reader: Any) -> None:
    """After a cut page is read: its ContentStream, set on the page, holds what pypdf parsed of
    it (tens of MB for a crafted megabyte); the page is left with none."""
    page[NameObject("/Contents")] = ContentStream(None, reader)


class Forms:
    """The decoded bytes of the form XObjects of a file's pages, each form decoded once.

    A form over ``MAX_PAGE_CONTENT`` is never parsed (a page that draws it is over its budget
    at once), so its decoded bytes are let go; past ``MAX_FORM_BYTES`` decoded in all, forms not
    yet seen count as over it, undecoded: a file of many forms that each inflate to 70 MB
    would cost minutes and gigabytes to measure."""

    def __init__(self) -> None:
        self.sizes: dict[int, int] = {}
        self.decoded = 0

    def of(self, page: Any) -> dict[str, int]:
        """The bytes of each form ``page`` can draw, by the name it is drawn by (``/X1 Do``);
        for a name that forms nested in others give to several, the largest."""
        sizes: dict[str, int] = {}
        seen: set[int] = set()
        todo = [_get(page, "/Resources")]
        while todo and len(seen) < _MAX_FORMS:
            xobjects = _get(todo.pop(), "/XObject")
            if not isinstance(xobjects, dict):
                continue
            for name in list(xobjects)[:_MAX_FORMS]:
                form = _get(xobjects, name)
                if id(form) in seen or _get(form, "/Subtype") != "/Form":
                    continue
                seen.add(id(form))
                size = self._size(form)
                sizes[str(name)] = max(size, sizes.get(str(name), 0))
                if size <= MAX_PAGE_CONTENT:
                    todo.append(_get(form, "/Resources"))
        return sizes

    def _size(self, form: Any) -> int:
        if id(form) not in self.sizes:  # pypdf keeps each object it has read: ids stay theirs
            if self.decoded > MAX_FORM_BYTES:
                size = MAX_PAGE_CONTENT + 1
            else:
                try:
                    size = len(form.get_data())
                except Exception:  # a damaged form: pypdf reports it when it is drawn
                    size = 0
                self.decoded += size
                if size > MAX_PAGE_CONTENT:
                    _forget(form)
            self.sizes[id(form)] = size
        return self.sizes[id(form)]


def _forget(stream: Any) -> None:
    """Let go of pypdf's copy of a stream's decoded bytes (up to 75 MB) that will not be parsed."""
    if getattr(stream, "decoded_self", None) is not None:
        stream.decoded_self = None


def _get(dictionary: Any, key: str) -> Any:
    try:
        return dictionary[key]  # resolved by pypdf
    except Exception:  # not a dictionary, no such key, or a broken reference
        return None
