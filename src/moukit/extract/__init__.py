"""Text out of document files: PDF text layers (``moukit[pdf]``) and Word files (``moukit[docx]``).

``read.read_bytes`` calls ``sniff`` on every input; only when it names a format is the
extractor module imported, so plain-text reading never loads pypdf or python-docx (SPEC §6).

After ``extract(data, path, kind)`` returns, the following are guaranteed:

1. ``text`` holds the document's text in reading order, one line per printed line (PDF) or per
   paragraph and table cell (DOCX), with a form feed ``\\f`` at the start of each page after
   the first (PDF), so that page furniture can be found (``moukit.stages.furniture``);
2. ``text`` holds no NUL and no C0 control character but ``\\n``, ``\\f`` and ``\\t``;
3. ``encoding`` names the extractor: ``"pdf-text"`` or ``"docx"``;
4. ``warnings`` name what the extractor could not read (a page with no text layer, glyphs the
   PDF maps to no character), each with the line of the extracted text it concerns.

A file the extractor cannot read — damaged, encrypted with a password, with no text at all,
or read without the extra installed — raises ``InputError`` with one line naming the file.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from typing import Literal

from ..errors import InputError
from .extracted import Extracted

Format = Literal["pdf", "docx"]

# "%PDF-1.7": a PDF starts with its version; readers accept junk in the first kilobyte.
_PDF_MAGIC = b"%PDF-"
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc and other OLE2 files
# Word also saves as RTF, as a web page and as a single-file web page (MHTML), under any name,
# .doc included: markup, not the document's text. "{\rtf1\ansi…", "<!DOCTYPE html…", "<html…",
# "MIME-Version: 1.0" (after an optional byte-order mark and blank space).
_RTF_MAGIC = b"{\\rtf"
_HTML_STARTS = (b"<!doctype html", b"<html")
_MHTML_START = b"mime-version:"
_SUFFIXES: dict[str, Format] = {".pdf": "pdf", ".docx": "docx"}
_EXTRAS = {"pdf": ("pypdf", "pdf"), "docx": ("docx", "docx")}


def sniff(data: bytes, path: str | None) -> Format | None:
    """The format of a document file, by its first bytes, else by the file name; None for text.

    A file named ``.pdf`` or ``.docx`` whose bytes are not of that format, a Word 97-2003
    or other non-Word ZIP file, and RTF, HTML or MHTML (whatever the name) raise
    ``InputError``: decoding them as text would give noise or markup.
    """
    head = data[:1024]
    suffix = _suffix(path)
    if data.startswith(_PDF_MAGIC) or (suffix == ".pdf" and _PDF_MAGIC in head):
        return "pdf"
    if data.startswith(_OLE_MAGIC):
        raise InputError("is a Word 97-2003 (.doc) or other OLE2 file, not text: save it as .docx or PDF", path=path)
    if data.startswith(_ZIP_MAGIC):
        return _sniff_zip(data, path)
    if suffix in _SUFFIXES:
        expected = "a PDF (it does not start with %PDF-)" if suffix == ".pdf" else "a Word .docx file (not a ZIP package)"
        raise InputError(f"is named {suffix} but is not {expected}", path=path)
    _refuse_markup(head, path)
    return None


def _refuse_markup(head: bytes, path: str | None) -> None:
    """RTF, HTML and MHTML files (Word's other ways of saving, often named .doc) are refused:
    read as text they would give their markup, parsed as a document of no kind."""
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    if start.startswith(_RTF_MAGIC):
        found = "an RTF (Rich Text Format) file"
    elif start.startswith(_MHTML_START) and b"multipart/related" in start:
        found = "a web archive (MHTML, Word's single-file web page)"
    elif start.startswith(_HTML_STARTS) or (start.startswith(b"<?xml") and b"<html" in start):
        found = "an HTML page"
    else:
        return
    raise InputError(f"is {found}, not text: save it as .docx, PDF or plain text (.txt)", path=path)


def _sniff_zip(data: bytes, path: str | None) -> Format:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise InputError(f"is a damaged ZIP file (a .docx is one): {error}", path=path) from None
    if "word/document.xml" in names:
        return "docx"
    if "content.xml" in names:
        raise InputError("is an OpenDocument file (.odt), not a Word .docx file: save it as .docx or PDF", path=path)
    raise InputError("is a ZIP archive, not a Word .docx file", path=path)


def _suffix(path: str | None) -> str:
    if not path:
        return ""
    dot = path.rfind(".")
    return path[dot:].lower() if dot > max(path.rfind("/"), path.rfind("\\")) else ""


def extract(data: bytes, path: str | None, kind: Format) -> Extracted:
    """The text of a PDF or DOCX file; see the module docstring."""
    module, extra = _EXTRAS[kind]
    try:
        __import__(module)
    except ImportError:
        raise InputError(
            f"is a {kind.upper()} file: reading it needs the {extra} extra (pip install 'moukit[{extra}]')",
            path=path,
        ) from None
    try:
        if kind == "pdf":
            from .pdf import extract_pdf

            return extract_pdf(data, path)
        from .docx import extract_docx

        return extract_docx(data, path)
    except InputError:
        raise
    except Exception as error:  # a bug in an extractor: still one clear line, never a traceback
        first = (str(error).splitlines() or [""])[0][:200]
        raise InputError(
            f"could not be read as {kind.upper()} (an error in moukit's reader, {type(error).__name__}: {first}); "
            "please report it with the file",
            path=path,
        ) from error
