"""Small PDFs cannot cost minutes (issue 14, item 5): pages, and drawing operators per page and
per file, are budgeted; past a budget the pages read so far are kept with a ``pdf_truncated``
or ``pdf_page_damaged`` warning, or, when nothing was read, one clear error."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

pytest.importorskip("pypdf")

from moukit import parse_bytes
from moukit.errors import InputError, NoTextLayer
from moukit.extract import pdf, pdf_content
from moukit.stages.read import read_bytes

from .crafted import form_pdf, shared_pdf

DATA = Path(__file__).resolve().parent

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


# -- bytes of drawing instructions, counted before pypdf parses them (pdf_content) -------------


class _Parsed:
    """Counts the bytes pypdf parses as content streams (the work the byte budgets bound)."""

    def __init__(self, monkeypatch):
        from pypdf.generic import ContentStream

        self.bytes = 0
        parse = ContentStream._parse_content_stream

        def counting(stream_self, stream):
            self.bytes += len(stream.getbuffer())
            return parse(stream_self, stream)

        monkeypatch.setattr(ContentStream, "_parse_content_stream", counting)


def test_a_page_over_its_bytes_is_read_up_to_the_cut(monkeypatch):
    monkeypatch.setattr(pdf_content, "MAX_PAGE_CONTENT", 10_000)
    parsed = _Parsed(monkeypatch)
    heavy = b"BT /F1 12 Tf 72 700 Td (first) Tj ET\n" + b"1 " * 20_000 + b"BT /F1 12 Tf 72 600 Td (last) Tj ET"
    extracted = read_bytes(pdf_pages(PAGE, heavy, PAGE), "heavy.pdf")
    assert extracted.text.count("page") == 2 and "first" in extracted.text and "last" not in extracted.text
    assert [w.code for w in extracted.warnings] == ["pdf_page_damaged"]
    assert "page 2 could not be read to its end (over 10,000 bytes of drawing instructions on the page)" \
        in extracted.warnings[0].message
    assert parsed.bytes <= 2 * len(PAGE) + 10_000  # not the page's 40,000 bytes


def test_the_cut_ends_after_an_operator_so_that_pypdf_reads_what_is_before_it(monkeypatch):
    # pypdf reads nothing of a stream that ends inside an array: the cut goes back to the last "TJ"
    monkeypatch.setattr(pdf_content, "MAX_PAGE_CONTENT", 10_000)
    kerned = b"BT /F1 12 Tf 72 700 Td " + b"[(a) -9 (b)] TJ " * 2_000 + b"ET"
    extracted = read_bytes(pdf_pages(kerned), "kerned.pdf")
    assert extracted.text.count("a") > 500
    assert [w.code for w in extracted.warnings] == ["pdf_page_damaged"]


def test_pages_that_share_one_large_stream_stop_at_the_file_budget(monkeypatch):
    # the 9 KB file of 25 pages that each draw a 2 MB stream, made small: each page is cut at
    # its budget and the file stops when its pages have cost the file's
    monkeypatch.setattr(pdf_content, "MAX_PAGE_CONTENT", 10_000)
    monkeypatch.setattr(pdf_content, "MAX_CONTENT", 45_000)
    parsed = _Parsed(monkeypatch)
    stream = PAGE + b" " + b"[(a) -100000 (b)] TJ " * 5_000
    extracted = read_bytes(shared_pdf(stream, 25), "shared.pdf")
    assert extracted.text.count("page") == 4  # 4 × 10,000 bytes fit, the fifth page does not
    assert _codes(extracted) == ["pdf_page_damaged"] * 4 + ["pdf_truncated"]
    assert ("only the first 4 pages were read: its pages hold over 45,000 bytes of drawing instructions"
            in extracted.warnings[-1].message)
    assert parsed.bytes <= 45_000


def test_a_form_drawn_again_and_again_costs_its_bytes_each_time(monkeypatch):
    # pypdf parses a form XObject again at each "Do": each draw is counted before it parses it
    monkeypatch.setattr(pdf_content, "MAX_PAGE_CONTENT", 60_000)
    parsed = _Parsed(monkeypatch)
    form = PAGE + b" " + b"1 " * 10_000 + b"Tj"  # 20,038 bytes
    extracted = read_bytes(form_pdf(form, 1_000), "forms.pdf")  # the page's own stream: 11,000 bytes
    assert extracted.text.count("page") == 2  # a third draw would pass the page's 60,000 bytes
    assert [w.code for w in extracted.warnings] == ["pdf_page_damaged"]
    assert "over 60,000 bytes of drawing instructions on the page" in extracted.warnings[0].message
    assert parsed.bytes == 11_000 + 2 * len(form)  # not 1,000 × 20,038


def test_the_byte_budgets_leave_real_pdfs_alone():
    # every PDF of the tests and corpus is far under them (docs/performance.md: 42 KB a page at most)
    for path in sorted(DATA.rglob("*.pdf")):
        try:
            extracted = pdf.extract_pdf(path.read_bytes(), path.name)
        except NoTextLayer:  # a scan
            continue
        assert not {"pdf_truncated", "pdf_page_damaged"} & set(_codes(extracted)), path


@pytest.mark.slow
@pytest.mark.parametrize(("data", "damaged"), [
    # 25 s and about an hour of CPU before (docs/performance.md): each parse was of the whole stream;
    # 25 pages of 2 MB of numbers, the slowest to parse, are in benchmarks/hostile_inputs.py
    pytest.param(lambda: shared_pdf(b"BT /F1 12 Tf 72 700 Td " + b"[(a) -100000 (b)] TJ " * 99_000 + b"ET", 25), 0,
                 id="25-pages-of-a-2-MB-kerned-stream"),
    pytest.param(lambda: form_pdf(PAGE + b" 1" * 400_000 + b" Tj", 5_000), 1, id="an-800-KB-form-drawn-5000-times"),
])
def test_crafted_streams_are_parsed_up_to_the_byte_budgets_only(monkeypatch, data, damaged):
    parsed = _Parsed(monkeypatch)
    try:
        doc = parse_bytes(data(), "crafted.pdf")
        assert sum(w.code == "pdf_page_damaged" for w in doc.warnings) == damaged
    except InputError as error:  # pages of nothing but kerning: no text before the operator budget
        assert damaged == 0 and "drawing operators on the page" in str(error)
    assert parsed.bytes <= pdf_content.MAX_CONTENT


def test_contents_that_cannot_be_decoded_count_as_a_full_page_and_are_not_decoded_again(monkeypatch):
    # a stream that inflates past pypdf's limit (75 MB) costs its inflating on every page that
    # draws it (30 such pages took 3.6 s, 0.12 s each): each such page now counts as a full one,
    # and pypdf is not asked to inflate it a second time. Here every inflating fails so.
    import pypdf.filters
    from pypdf.errors import LimitReachedError

    monkeypatch.setattr(pdf_content, "MAX_PAGE_CONTENT", 10_000)
    monkeypatch.setattr(pdf_content, "MAX_CONTENT", 45_000)
    inflated = []

    def failing(stream):
        inflated.append(stream)
        raise LimitReachedError("Limit reached while decompressing.")

    monkeypatch.setattr(pypdf.filters, "decode_stream_data", failing)
    with pytest.raises(InputError, match=r"^bomb\.pdf: is a damaged PDF: .*\(page 1: LimitReachedError: Limit reached"):
        read_bytes(shared_pdf(PAGE, 30), "bomb.pdf")
    assert len(inflated) == 5  # pages 1-4, and the fifth, which would pass the file's 45,000 bytes
