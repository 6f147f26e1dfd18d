"""Reading bytes and files: encodings detected, bad input rejected with one clear line."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import pathlib
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moukit.stages import read
from moukit.errors import InputError, MoukitError
from moukit.stages.read import SourceText, read_bytes, read_file

DATA = Path(__file__).parent / "data"
LETTER = "ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖\nเรื่อง ขอความร่วมมือประชาสัมพันธ์\nเรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด\n"

DECODED = [
    (LETTER.encode(), LETTER, "utf-8", "utf-8"),
    (b"\xef\xbb\xbf" + LETTER.encode("utf-8"), LETTER, "utf-8-sig", "utf-8-bom"),
    (LETTER.encode("utf-16"), LETTER, "utf-16", "utf-16-native-bom"),
    (b"\xff\xfe" + LETTER.encode("utf-16-le"), LETTER, "utf-16", "utf-16-le-bom"),
    (b"\xfe\xff" + LETTER.encode("utf-16-be"), LETTER, "utf-16", "utf-16-be-bom"),
    (LETTER.encode("cp874"), LETTER, "cp874", "cp874-letter"),
    ("“ประกาศ” – ๑๐๐ €\n".encode("cp874"), "“ประกาศ” – ๑๐๐ €\n", "cp874", "cp874-windows-punctuation"),
    ("เเละ ข้อ ๑\n".encode("cp874"), "เเละ ข้อ ๑\n", "cp874", "cp874-double-sara-e"),
    ("Project ภาษาไทย ๒๕๖๗\n".encode("cp874"), "Project ภาษาไทย ๒๕๖๗\n", "cp874", "cp874-with-english"),
    ("ที่\r\nเรื่อง\r\n".encode(), "ที่\r\nเรื่อง\r\n", "utf-8", "crlf-kept-for-normalize"),
    (b"plain ascii", "plain ascii", "utf-8", "ascii"),
]


@pytest.mark.parametrize(("data", "text", "encoding"), [row[:3] for row in DECODED], ids=[row[3] for row in DECODED])
def test_read_bytes_decodes(data: bytes, text: str, encoding: str) -> None:
    result = read_bytes(data, path="letter.txt")
    assert result.text == text
    assert result.source.encoding == encoding
    assert result.source.bytes == len(data)
    assert result.source.sha256 == hashlib.sha256(data).hexdigest()
    assert result.source.path == "letter.txt"


LATIN_1 = "Le café est très bon, à la française.\nÇa coûte 5 €.\n".replace("€", "EUR")

REJECTED = [
    (b"", "is empty", None, "empty"),
    (b" \n\t\r\n", "only whitespace", None, "whitespace"),
    (b"\xef\xbb\xbf", "only whitespace", None, "bom-only"),
    ("\u00a0\n".encode(), "only whitespace", None, "nbsp-only"),
    (b"ab\x00cd", "NUL bytes", None, "nul-byte"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL bytes", None, "png-header"),
    ("ก\x00ข".encode("utf-16"), "NUL characters", None, "utf-16-with-nul"),
    (bytes(range(1, 9)) * 10 + b"text", "control character", None, "control-characters"),
    (LATIN_1.encode("latin-1"), "does not read as Thai in CP874", 1, "latin-1-french"),
    (b"line one\nline two\n" + "café".encode("latin-1"), "byte 0xE9 is not UTF-8", 3, "latin-1-line-3"),
    ("CAFÉ CRÈME".encode("latin-1"), "not UTF-8", 1, "latin-1-capitals"),
    ("กข\n".encode() + b"\xdb\n", "byte 0xDB", 2, "byte-undefined-in-cp874"),
    ("ข้อ ๑\nข้อ ๒ ".encode() + "ข้อ ๓".encode("cp874"), "not UTF-8", 2, "utf-8-then-cp874"),
    (b"\xef\xbb\xbfline\n\xff", "UTF-8 byte order mark", 2, "bad-utf-8-after-bom"),
    (b"\xff\xfe" + "ก\n".encode("utf-16-le") + b"\x00\xd8", "UTF-16 byte order mark", 2, "lone-surrogate"),
    (b"\xff\xfe" + "กข".encode("utf-16-le") + b"\x01", "UTF-16 byte order mark", 1, "odd-length-utf-16"),
]


@pytest.mark.parametrize(("data", "fragment", "line"), [row[:3] for row in REJECTED], ids=[row[3] for row in REJECTED])
def test_read_bytes_rejects(data: bytes, fragment: str, line: int | None) -> None:
    with pytest.raises(InputError) as caught:
        read_bytes(data, path="bad.txt")
    message = str(caught.value)
    assert fragment in message
    assert caught.value.line == line
    assert message.startswith("bad.txt:" if line is None else f"bad.txt:{line}:")
    assert "\n" not in message


def test_read_bytes_rejects_input_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "MAX_BYTES", 10)
    assert read_bytes(b"0123456789").text == "0123456789"
    with pytest.raises(InputError, match="larger than the limit of 10 bytes"):
        read_bytes(b"0123456789A")


def test_max_bytes_is_64_mib() -> None:
    assert read.MAX_BYTES == 64 * 1024 * 1024


def test_read_bytes_without_a_path() -> None:
    result = read_bytes(LETTER.encode())
    assert result.source.path is None
    with pytest.raises(InputError, match=r"^<text>: is empty"):
        read_bytes(b"")


def test_source_text_is_frozen() -> None:
    result = read_bytes(b"text")
    assert isinstance(result, SourceText)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.text = "other"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("name", "encoding", "first"),
    [
        ("letter-cp874.txt", "cp874", "ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖"),
        ("004-bom-decomposed-am.txt", "utf-8-sig", "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล"),
        ("024-pua-excerpt.txt", "utf-8", "เกณฑ"),
    ],
    ids=["cp874-letter", "utf-8-bom", "utf-8-pdf-text"],
)
def test_read_file_real_files(name: str, encoding: str, first: str) -> None:
    path = DATA / name
    result = read_file(path)
    assert result.source.encoding == encoding
    assert first in result.text
    assert result.source.path == str(path)
    assert result.source.bytes == path.stat().st_size
    assert result.source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_read_file_takes_str_and_pathlike(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_bytes(LETTER.encode())
    assert read_file(str(path)) == read_file(path)


def test_read_file_missing(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError, match="no such file") as caught:
        read_file(missing)
    assert str(caught.value) == f"{missing}: no such file"
    assert caught.value.path == str(missing)


def test_read_file_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=f"^{re.escape(str(tmp_path))}: is a directory"):
        read_file(tmp_path)


def test_read_file_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(InputError, match=r"empty\.txt: is empty"):
        read_file(path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_read_file_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(b"text")
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_file(path)


def test_read_file_permission_error_is_an_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(b"text")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(pathlib.Path, "open", refuse)
    with pytest.raises(InputError, match=r"secret\.txt: permission denied"):
        read_file(path)


def test_read_file_over_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "MAX_BYTES", 2**20)
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (2**20 + 1))
    with pytest.raises(InputError, match=r"big\.txt: is larger than the limit of 1 MiB"):
        read_file(path)


def test_read_file_nul_in_path() -> None:
    with pytest.raises(InputError, match="cannot be read"):
        read_file("bad\x00name.txt")


@settings(derandomize=True, max_examples=500)
@given(st.binary(max_size=200))
def test_read_bytes_raises_only_moukit_errors(data: bytes) -> None:
    try:
        result = read_bytes(data)
    except MoukitError:
        return
    assert result.source.bytes == len(data)
    assert "\x00" not in result.text


thai_or_latin_bytes = st.lists(
    st.sampled_from([b"\xe0\xc3\xd7\xe8\xcd\xa7", b"\xb7\xd5\xe8", b" ", b"\n", b"caf\xe9", b"\xe9", b"\xe0", b"a"]),
    max_size=30,
).map(b"".join)


@settings(derandomize=True)
@given(thai_or_latin_bytes)
def test_cp874_guess_raises_only_moukit_errors(data: bytes) -> None:
    try:
        result = read_bytes(data)
    except MoukitError:
        return
    assert result.source.encoding in {"utf-8", "cp874"}


@settings(derandomize=True)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), min_size=1))
def test_utf_8_text_reads_back(text: str) -> None:
    if not text.strip() or text.startswith("\ufeff"):
        return
    assert read_bytes(text.encode("utf-8")).text == text
    assert read_bytes(text.encode("utf-16")).text == text
