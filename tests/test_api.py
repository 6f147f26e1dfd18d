"""The Python API as a newcomer meets it (issue 13): a wrong argument type is said at the door,
in one sentence naming the right call, not as an error deep inside."""

from __future__ import annotations

import pytest

from moukit import parse_bytes, parse_text

from .conftest import SAMPLES

CIRCULAR = SAMPLES / "circular-dla-mou-thaihealth-2556.txt"


def test_parse_bytes_given_a_str_names_parse_text():
    with pytest.raises(TypeError, match=r"^parse_bytes\(\) takes the bytes of a file, not str; for text already "
                                        r"decoded, call parse_text\(text\)$"):
        parse_bytes(CIRCULAR.read_text(encoding="utf-8"), "circular.txt")


def test_parse_text_given_bytes_names_parse_bytes():
    with pytest.raises(TypeError, match=r"^parse_text\(\) takes a str, not bytes; for a file's bytes, call "
                                        r"parse_bytes\(data, path\)$"):
        parse_text(CIRCULAR.read_bytes())


def test_bytearray_and_memoryview_are_bytes():
    data = CIRCULAR.read_bytes()
    assert parse_bytes(bytearray(data), "c.txt") == parse_bytes(memoryview(data), "c.txt") == parse_bytes(data, "c.txt")
