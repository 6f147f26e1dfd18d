"""Small PDFs cannot cost minutes (issue 14, item 5): pages, and drawing operators per page and
per file, are budgeted; past a budget the pages read so far are kept with a ``pdf_truncated``
or ``pdf_page_damaged`` warning, or, when nothing was read, one clear error."""

from __future__ import annotations

import time

import pytest

pytest.importorskip("pypdf")

from moukit import parse_bytes
from moukit.errors import InputError
from moukit.extract import pdf
from moukit.stages.read import read_bytes

from .crafted import shared_pdf

PAGE = b"BT /F1 12 Tf 72 700 Td (page) Tj ET"
NOOPS = b"q Q\n" * 2_000 + PAGE  # 4,001 operators of which 4 draw text


def _codes(extracted) -> list[str]:
    return [w.code for w in extracted.warnings]


def test_pages_past_the_limit_are_not_read(monkeypatch):
    monkeypatch.setattr(pdf, "MAX_PAGES", 10)
    extracted = read_bytes(shared_pdf(PAGE, 30), "many.pdf")
    assert extracted.text.count("page") == 10 and extracted.text.count("\f") == 9
    (warning,) = [w for w in extracted.warnings if w.code == "pdf_truncated"]
    assert warning.message == ("only the first 10 pages were read: it has 30 pages, over the limit of 10; "
                               "the rest of the file is not in the text")


def test_a_stream_of_no_ops_drawn_on_every_page_stops_at_the_file_budget(monkeypatch):
    monkeypatch.setattr(pdf, "MAX_OPERATORS", 20_000)
    extracted = read_bytes(shared_pdf(NOOPS, 100), "noops.pdf")
    assert extracted.text.count("page") == 4  # 4 × 4,001 operators fit, the fifth page does not
    assert "only the first 4 pages were read: its pages hold over 20,000 drawing operators" in extracted.warnings[-1].message
    assert _codes(extracted) == ["pdf_truncated"]


def test_a_page_over_its_operators_keeps_the_other_pages(monkeypatch):
    monkeypatch.setattr(pdf, "MAX_PAGE_OPERATORS", 1_000)
    data = pdf_pages(PAGE, b"q Q\n" * 2_000 + PAGE, PAGE)
    extracted = read_bytes(data, "heavy.pdf")
    assert extracted.text.count("page") == 2
    assert _codes(extracted) == ["pdf_page_without_text", "pdf_page_damaged"]
    assert "over 1,000 drawing operators on the page" in extracted.warnings[1].message


def pdf_pages(*streams: bytes) -> bytes:
    from .crafted import pdf as make

    return make(list(streams))


def test_one_page_of_nothing_but_operators_is_one_clear_error(monkeypatch):
    monkeypatch.setattr(pdf, "MAX_PAGE_OPERATORS", 1_000)
    with pytest.raises(InputError, match=r"^flood\.pdf: is a damaged PDF: its pages use fonts, but no text could be "
                                         r"read from them \(page 1: over 1,000 drawing operators on the page\)$"):
        read_bytes(shared_pdf(b"BT /F1 1 Tf 72 800 Td " + b"(a) Tj 0 -0.001 Td " * 1_000 + b"ET", 1), "flood.pdf")


@pytest.mark.slow
@pytest.mark.parametrize(("stream", "pages"), [
    pytest.param(b"q Q\n" * 20_000 + PAGE, 1_000, id="a-no-op-stream-on-1000-pages"),  # was 94 s
    pytest.param(PAGE, 5_000, id="5000-pages"),
    pytest.param(b"BT /F1 1 Tf 72 800 Td " + b"(a) Tj 0 -0.001 Td " * 200_000 + b"ET", 1, id="200000-one-glyph-lines"),
])
def test_crafted_pdfs_finish_in_seconds_with_the_real_limits(stream, pages):
    started = time.process_time()
    try:
        doc = parse_bytes(shared_pdf(stream, pages), "crafted.pdf")
        assert {"pdf_truncated", "pdf_page_damaged"} & {w.code for w in doc.warnings}
    except InputError as error:
        assert "drawing operators" in str(error)
    assert time.process_time() - started < 20  # minutes before; seconds now, on a slow machine too


def test_the_items_of_an_array_count_toward_the_budget(monkeypatch):
    # 300 TJ operators of 9 items each: 300 operators, but pypdf works through 3,000 things
    monkeypatch.setattr(pdf, "MAX_PAGE_OPERATORS", 1_000)
    kerned = b"BT /F1 12 Tf 72 700 Td " + b"[(a) -9 (b) -9 (c) -9 (d) -9 (e)] TJ " * 300 + b"ET"
    extracted = read_bytes(pdf_pages(PAGE, kerned), "kerned.pdf")
    assert [w.code for w in extracted.warnings if w.code != "pdf_page_without_text"] == ["pdf_page_damaged"]
    assert "page 2 could not be read to its end (over 1,000 drawing operators" in extracted.warnings[-1].message
