"""Bytes → text, with the encoding and a fingerprint of the input (SPEC §1.1).

Detection, in order: a UTF-8 BOM (``utf-8-sig``), a UTF-16 BOM (``utf-16``), strict UTF-8
(``utf-8``), then CP874 (``cp874``, the Windows superset of TIS-620) when the result reads as
Thai. "Strict UTF-8, else CP874" beats statistical detectors on short Thai texts
(THAI-FORMATS §3). Every decode is strict: a byte that does not decode is never dropped.

After ``read_bytes`` or ``read_file`` returns, the following are guaranteed:

1. ``text`` is the whole input, decoded without loss; a leading BOM is removed.
2. ``text`` holds no NUL, at most one control character in ten, and more than whitespace.
3. ``source`` records the path as given (a byte of the name that is not UTF-8, or a control
   character, escaped: ``\\xe0``), the SHA-256 of the raw bytes, the encoding used and the
   size in bytes.

Anything else raises ``InputError`` with a one-line message naming the file (and the line of
the first undecodable byte): missing, a directory, not a regular file (a named pipe, which
would block the read until a writer comes, a device, a socket), unreadable, empty, binary,
undecodable, or larger than ``MAX_BYTES``.

PDF and Word files are recognised by their first bytes (``%PDF-``; a ZIP package holding
``word/document.xml``) or, failing that, by a ``.pdf``/``.docx`` name, and their text is
extracted by ``moukit.extract`` (imported only then). ``source.encoding`` then names the
extractor, ``"pdf-text"`` or ``"docx"``; ``source.sha256`` and ``source.bytes`` are those of
the file; ``text`` is the extracted text, which line numbers refer to; ``warnings`` say what
the extractor could not read (a page without text, unmapped glyphs).

A PNG, JPEG or TIFF image, and a PDF without a text layer (every PDF under ``--ocr always``),
is read by OCR (``moukit.ocr``): ``source.encoding`` is then ``"ocr"`` and ``source.ocr``
records how; under ``--ocr never`` such a file is refused with one line.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from moukit.errors import InputError, NoTextLayer
from moukit.extract import extract, sniff
from moukit.models import Source, Warning
from moukit.ocr import is_image, ocr_mode
from moukit.text import printable_name

MAX_BYTES = 64 * 1024 * 1024
"""The largest input read, in bytes (64 MiB): far above any official document."""

_BOM_UTF8 = b"\xef\xbb\xbf"
_BOMS_UTF16 = (b"\xff\xfe", b"\xfe\xff")

# Control characters that text files do not contain: C0 without \t \n \v \f \r, and DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_MAX_CONTROL_SHARE = 0.1

# The CP874 guess: Thai bytes, ASCII letters, and the class of each byte.
_NOT_THAI_BYTES = bytes(b for b in range(256) if not (0xA1 <= b <= 0xDA or 0xDF <= b <= 0xFB))
_NOT_ASCII_LETTERS = bytes(b for b in range(256) if not (chr(b).isascii() and chr(b).isalpha()))


def _cp874_class(byte: int) -> int:
    """m combining mark, l leading vowel, t other Thai, o not Thai."""
    if byte == 0xD1 or 0xD4 <= byte <= 0xDA or 0xE7 <= byte <= 0xEE:
        return ord("m")
    if 0xE0 <= byte <= 0xE4:
        return ord("l")
    return ord("o") if byte in _NOT_THAI_BYTES else ord("t")


_CP874_CLASSES = bytes(map(_cp874_class, range(256)))
# Thai that no Thai writer produces but Latin-1 read as CP874 does: a mark after a non-Thai
# byte ("café" → "caf้") and a leading vowel before one ("à la" → "เ la").
_ODD_PAIRS = (b"om", b"lo")
_MIN_THAI_SHARE = 0.3  # of Thai characters among Thai characters and ASCII letters
_MAX_ODD_SHARE = 0.05  # of odd pairs per Thai character
# Less Thai than that still reads as Thai when it comes in words of its own: no odd pair, every
# run of 8-bit bytes holds a consonant and touches no ASCII letter ("เรื่อง Re: Meeting with the
# Ministry of Interior", one line of CP874); Latin-1 accents sit inside words ("señor", "café").
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
_NOT_CONSONANTS = bytes(b for b in range(256) if not 0xA1 <= b <= 0xCE)
_MIN_CONSONANTS = 3


@dataclass(frozen=True, slots=True)
class SourceText:
    """Decoded text and where it came from."""

    text: str
    source: Source
    warnings: tuple[Warning, ...] = ()
    """What reading could not recover (a PDF page without text); they go to the Document."""
    ocr_doubts: Mapping[int, str] | None = None
    """For a scan: line -> why its letters cannot be trusted (``moukit.ocr.fields``)."""


def read_file(path: str | os.PathLike[str]) -> SourceText:
    """Read and decode one file; see the module docstring for what is rejected."""
    name = os.fspath(path)
    try:
        file = Path(name)
        mode = file.stat().st_mode
        if stat.S_ISDIR(mode):
            raise InputError("is a directory, not a text file", path=name)
        if not stat.S_ISREG(mode):  # opening a FIFO waits for a writer, forever if none comes
            raise InputError(f"is {_special(mode)}, not a regular file: not read (use '-' to read standard input)",
                             path=name)
        with file.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError("no such file", path=name) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a text file", path=name) from None
    except PermissionError:
        raise InputError("permission denied", path=name) from None
    except (OSError, ValueError) as error:  # ValueError: a NUL in the path
        reason = getattr(error, "strerror", None) or str(error)
        raise InputError(f"cannot be read: {reason}", path=name) from None
    return read_bytes(data, path=name)


def _special(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a special file"


def read_bytes(data: bytes, path: str | None = None) -> SourceText:
    """Decode ``data`` (the content of ``path``, if given); see the module docstring."""
    if len(data) > MAX_BYTES:
        raise InputError(f"is larger than the limit of {_size(MAX_BYTES)}", path=path)
    if not data:
        raise InputError("is empty (0 bytes)", path=path)
    if is_image(data):
        return _read_scan(data, path, "image")
    kind = sniff(data, path)
    if kind is not None:
        return _read_document(data, path, kind)
    text, encoding = _decode(data, path)
    if "\x00" in text:
        raise InputError("is binary, not text: it contains NUL characters", path=path)
    if not text or text.isspace():
        raise InputError("contains no text, only whitespace", path=path)
    if _control_share(text.encode("utf-8") if encoding == "utf-16" else data) > _MAX_CONTROL_SHARE:
        raise InputError("is binary, not text: over one character in ten is a control character", path=path)
    return SourceText(text=text, source=_source(data, path, encoding))


def _read_document(data: bytes, path: str | None, kind: str) -> SourceText:
    """The text of a PDF or DOCX file, as ``moukit.extract`` gives it."""
    if kind == "pdf" and ocr_mode() == "always":
        return _read_scan(data, path, kind)
    try:
        extracted = extract(data, path, kind)  # type: ignore[arg-type]
    except NoTextLayer:
        return _read_scan(data, path, kind)
    if not extracted.text.strip():
        raise InputError(f"contains no text: the {kind.upper()} file holds no words", path=path)
    return SourceText(text=extracted.text, source=_source(data, path, extracted.encoding), warnings=extracted.warnings)


def _read_scan(data: bytes, path: str | None, kind: str) -> SourceText:
    """The text of a scanned PDF or an image, by OCR (``moukit.ocr``; refused under --ocr never)."""
    from moukit.ocr import read_scan

    scan = read_scan(data, path, kind)
    source = _source(data, path, "ocr").model_copy(update={"ocr": scan.ocr})
    return SourceText(text=scan.text, source=source, warnings=scan.warnings, ocr_doubts=scan.doubts)


def _source(data: bytes, path: str | None, encoding: str) -> Source:
    # A name that is not UTF-8 is recorded escaped: the Document must be writable as UTF-8.
    name = None if path is None else printable_name(path)
    return Source(path=name, sha256=hashlib.sha256(data).hexdigest(), encoding=encoding, bytes=len(data))


def _decode(data: bytes, path: str | None) -> tuple[str, str]:
    """The text and the name of the encoding it was decoded with."""
    if data.startswith(_BOMS_UTF16):
        return _decode_after_bom(data, data[:2], path), "utf-16"
    if b"\x00" in data:
        raise InputError("is binary, not text: it contains NUL bytes", path=path)
    if data.startswith(_BOM_UTF8):
        return _decode_after_bom(data, _BOM_UTF8, path), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        bad = error.start
    if reads_as_thai(data):
        try:
            return data.decode("cp874"), "cp874"
        except UnicodeDecodeError:  # a byte CP874 leaves undefined, such as 0xDB or 0xFF
            pass
    raise InputError(
        f"cannot be decoded: byte 0x{data[bad]:02X} is not UTF-8, and the file does not read as Thai in CP874",
        path=path,
        line=_line_number(data[:bad].decode("utf-8")),
    )


def _decode_after_bom(data: bytes, bom: bytes, path: str | None) -> str:
    """Decode a file that starts with a byte order mark; the mark is not part of the text."""
    codec = "utf-8" if bom == _BOM_UTF8 else "utf-16"
    body = data[len(bom) :] if codec == "utf-8" else data  # the utf-16 codec reads its own BOM
    try:
        return body.decode(codec)
    except UnicodeDecodeError as error:
        offset = error.start + len(data) - len(body)
        raise InputError(
            f"cannot be decoded: it starts with a {codec.upper()} byte order mark, "
            f"but the byte at offset {offset} is not valid {codec.upper()}",
            path=path,
            # "replace" only to count the lines before the bad byte; that prefix is valid.
            line=_line_number(body[: error.start].decode(codec, errors="replace")),
        ) from None


def _size(n: int) -> str:
    """ "64 MiB" for whole mebibytes, else "1,000 bytes"."""
    return f"{n // 2**20} MiB" if n % 2**20 == 0 else f"{n:,} bytes"


def _line_number(prefix: str) -> int:
    """The 1-based line on which the text after ``prefix`` starts (CRLF, CR, LF all count once)."""
    return prefix.count("\n") + prefix.count("\r") - prefix.count("\r\n") + 1


def _control_share(data: bytes) -> float:
    return len(data.translate(None, _NOT_CONTROL_BYTES)) / len(data)


def reads_as_thai(data: bytes) -> bool:
    """Whether CP874 bytes read as Thai rather than as Latin-1 or other 8-bit text."""
    thai = len(data.translate(None, _NOT_THAI_BYTES))
    if not thai:
        return False
    classes = data.translate(_CP874_CLASSES)
    odd = sum(map(classes.count, _ODD_PAIRS)) + classes.startswith(b"m") + classes.endswith(b"l")
    if odd > _MAX_ODD_SHARE * thai:
        return False
    letters = len(data.translate(None, _NOT_ASCII_LETTERS))
    return thai >= _MIN_THAI_SHARE * (thai + letters) or (odd == 0 and _thai_words_apart(data))


def _thai_words_apart(data: bytes) -> bool:
    """Every run of 8-bit bytes is a Thai word standing apart from ASCII words."""
    consonants = 0
    for run in _HIGH_RUN.finditer(data):
        start, end = run.span()
        if data[start - 1 : start].isalpha() or data[end : end + 1].isalpha():
            return False
        found = len(run.group().translate(None, _NOT_CONSONANTS))
        if not found:
            return False
        consonants += found
    return consonants >= _MIN_CONSONANTS
