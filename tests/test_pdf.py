"""PDF input (``moukit[pdf]``): real text layers, extracted in reading order and repaired.

The PDFs in tests/data/pdf were made by tests/data/pdf/make_pdfs.py from the seed circular and
from the order in corpus 016, shaped with a TLWG Thai font the way office software shapes Thai,
so their text layers carry real damage: PUA glyphs, decomposed sara am, marks out of order
(``circular-laksaman.pdf``), or LibreOffice's own (``notice-libreoffice.pdf``). The tests read
the committed files; making them needs fonts and tools that CI does not have. To test reading
order, the tests redraw them with their lines in another order (``_redrawn``) and draw small
pages of their own (``_drawn``).
"""

from __future__ import annotations

import io
import random
import re

import pytest

from moukit import parse_bytes, parse_file, parse_text
from moukit.errors import InputError, MoukitError
from moukit.stages.normalize import normalize_text
from moukit.stages.read import read_bytes, read_file

from .conftest import CORPUS, ROOT, SAMPLES, moukit

pypdf = pytest.importorskip("pypdf")

PDFS = ROOT / "tests" / "data" / "pdf"
CIRCULAR_PDF = PDFS / "circular-laksaman.pdf"
ORDER_PDF = PDFS / "order-gazette.pdf"
CIRCULAR_TEXT = SAMPLES / "circular-dla-mou-thaihealth-2556.txt"
PUA = re.compile("[\uf700-\uf71a]")


def _fields(value):
    """A Document as JSON without what depends on the layout: line spans, warnings, unparsed."""
    if hasattr(value, "model_dump"):
        value = value.model_dump(mode="json", exclude={"source"})
    if isinstance(value, dict):
        dropped = {"lines", "title_lines", "closing_lines", "warnings", "unparsed", "evidence"}
        return {key: _fields(item) for key, item in value.items() if key not in dropped}
    if isinstance(value, (list, tuple)):
        return [_fields(item) for item in value]
    return value


def _unspaced(text: str | None) -> str | None:
    return None if text is None else text.replace(" ", "")


# "BT 1 0 0 1 70.9 744.1898 Tm /F2+0 11 Tf 13.2 TL (\001\002) Tj T* ET": reportlab draws each
# piece of text of the test PDFs in a text object of its own, at its baseline (group 1).
_TEXT_OBJECT = re.compile(rb"BT 1 0 0 1 [\d.]+ ([\d.]+) Tm .*? ET\n", re.DOTALL)


def _redrawn(data: bytes, arrange) -> bytes:
    """A test PDF with the printed lines of each page drawn in the order ``arrange`` gives them
    (the pieces of one line stay together, in their order)."""
    from pypdf.generic import ContentStream

    writer = pypdf.PdfWriter(clone_from=io.BytesIO(data))
    for page in writer.pages:
        stream = page.get_contents().get_data()
        lines: dict[bytes, list[bytes]] = {}
        for match in _TEXT_OBJECT.finditer(stream):
            lines.setdefault(match[1], []).append(match[0])
        content = ContentStream(None, writer)
        content.set_data(_TEXT_OBJECT.sub(b"", stream) + b"".join(map(b"".join, arrange(list(lines.values())))))
        page.replace_contents(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


ARRANGEMENTS = {  # each page's printed lines, in the order a producer might draw them
    "footer first, title last": lambda lines: [lines[-1], *lines[2:-1], *lines[:2]],
    "bottom to top": lambda lines: lines[::-1],
    "shuffled": lambda lines: random.Random(len(lines)).sample(lines, len(lines)),
}


@pytest.fixture(scope="module", params=["as made", "footer first, title last"])
def circular_pdf(request) -> bytes:
    """The seed circular's PDF as made, and redrawn: the footer of each page (the continuation
    mark) drawn first, its first two lines (page number and title, or the ref) last."""
    data = CIRCULAR_PDF.read_bytes()
    return data if request.param == "as made" else _redrawn(data, ARRANGEMENTS[request.param])


@pytest.fixture(scope="module")
def pair(circular_pdf):
    """(the circular parsed from its text, the same circular parsed from its PDF)."""
    return parse_file(CIRCULAR_TEXT), parse_bytes(circular_pdf, CIRCULAR_PDF.name)


# -- the seed circular as a shaped-Thai PDF -----------------------------------------------


def test_the_text_layer_carries_real_pdf_damage():
    extracted = read_file(CIRCULAR_PDF).text
    assert len(PUA.findall(extracted)) > 300  # ป\uf70bา for ป้า: lowered tone marks
    assert "ผ\uf70bู" in extracted  # ผู้ with the tone mark before the vowel
    assert "น\u0e4d\uf70bา" in extracted or "\u0e4d\u0e32" in extracted  # sara am decomposed
    repaired = normalize_text(extracted)
    assert not PUA.search(repaired) and "\u0e4d" not in repaired
    assert "ผู้ว่าราชการจังหวัด" in repaired and "สำนักงานกองทุน" in repaired


def test_the_source_names_the_extractor(pair, circular_pdf):
    text, pdf = pair
    assert pdf.source.encoding == "pdf-text"
    assert pdf.source.bytes == len(circular_pdf)
    kinds = lambda doc: [doc.kind, *(kind for part in doc.attachments for kind in kinds(part))]  # noqa: E731
    assert kinds(pdf) == kinds(text) == ["letter", "mou"]


def test_the_letter_parses_to_the_same_fields_as_its_text(pair):
    text, pdf = pair
    # Everything of the letter: ref, issuer, date, subject, salutation, enclosures, body,
    # closing, signatory, footer. The letter's lines fit the page, so none was re-wrapped.
    # (The PDF also has its pages; a text file has none.)
    letter = {key: value for key, value in _fields(text).items() if key not in ("attachments", "pages")}
    assert {key: value for key, value in _fields(pdf).items() if key not in ("attachments", "pages")} == letter


def test_the_mou_parses_to_the_same_parts(pair):
    text, pdf = pair
    mou_text, mou_pdf = text.attachments[0], pdf.attachments[0]
    assert (mou_pdf.kind, mou_pdf.title) == (mou_text.kind, mou_text.title) == ("mou", "บันทึกข้อตกลงความร่วมมือ")
    assert _fields(mou_pdf.header) == _fields(mou_text.header)
    assert _fields(mou_pdf.parties) == _fields(mou_text.parties)
    assert _fields(mou_pdf.signatories) == _fields(mou_text.signatories)
    assert mou_pdf.conclusion.copies == mou_text.conclusion.copies == 2
    clauses = lambda doc: [(b.label, b.number) for b in doc.body if b.type == "clause"]  # noqa: E731
    assert clauses(mou_pdf) == clauses(mou_text) == [(f"({d})", str(n)) for n, d in enumerate("๑๒๓๔๕๖๗๘๙", 1)]


def test_no_mou_text_is_lost_or_changed_but_spaces_at_line_ends(pair):
    # The MOU's paragraphs are one line each in the text and wrapped on the page. A line of a
    # PDF ends without its space, and a Thai-Thai join takes none, so a space where the page
    # broke the line is lost ("ทันสมัย มีขีด" → "ทันสมัยมีขีด"); every other character is there.
    text, pdf = pair

    def all_text(doc):
        blocks = [block.text for block in doc.body] + [doc.conclusion.text]
        return _unspaced("".join(blocks))

    assert all_text(pdf.attachments[0]) == all_text(text.attachments[0])


def test_the_mou_body_has_the_same_blocks(pair):
    text, pdf = pair
    blocks = lambda doc: [(b.type, getattr(b, "label", None), _unspaced(b.text)) for b in doc.body]  # noqa: E731
    assert blocks(pdf.attachments[0]) == blocks(text.attachments[0])


def test_page_breaks_are_form_feeds_and_page_furniture_leaves_the_flow(pair):
    _, pdf = pair
    extracted = read_file(CIRCULAR_PDF).text
    pages = len(pypdf.PdfReader(CIRCULAR_PDF).pages)
    assert extracted.count("\f") == pages - 1 == 3
    furniture = [entry.text for doc in (pdf, *pdf.attachments) for entry in doc.unparsed]
    assert "- ๒ -" in " ".join(furniture) and "- ๔ -" in " ".join(furniture)
    assert any(text.startswith("/(นายสมพร ไร่ข้างยาง)") for text in furniture)  # a continuation mark
    codes = {warning.code for doc in (pdf, *pdf.attachments) for warning in doc.warnings}
    assert codes <= {"page_furniture", "signature_mark"}
    assert "page_furniture" in codes


def test_lines_refer_to_the_extracted_text(pair):
    _, pdf = pair
    lines = normalize_text(read_file(CIRCULAR_PDF).text).split("\n")
    ref_first, _ = pdf.header.lines.ref
    assert lines[ref_first - 1].strip() == "ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖"
    signer = pdf.attachments[0].signatories[1]
    assert lines[signer.lines[0] - 1].strip() == "(นายสมพร ไร่ข้างยาง)"
    first, last = pdf.attachments[0].body[3].lines  # clause (๑), wrapped on three lines
    assert lines[first - 1].strip().startswith("(๑)") and last > first


def test_the_page_of_a_line_is_the_count_of_form_feeds_before_it(pair):
    # The Document models carry no page numbers; a page is one form feed further in the
    # extracted text, so the page of any element is found from its first line.
    _, pdf = pair
    lines = read_file(CIRCULAR_PDF).text.split("\n")

    def page_of(line: int) -> int:
        return 1 + sum(text.count("\f") for text in lines[:line])

    mou = pdf.attachments[0]
    assert page_of(pdf.header.lines.ref[0]) == 1
    assert page_of(mou.signatories[0].lines[0]) == 3
    assert page_of(mou.signatories[-1].lines[0]) == 4


# -- a Royal Gazette page: running header on every page, no blank lines --------------------


@pytest.fixture(scope="module", params=["as made", "bottom to top"])
def gazette(request):
    """The Gazette order's PDF parsed, as made and redrawn with its lines bottom to top."""
    data = ORDER_PDF.read_bytes()
    return parse_bytes(data if request.param == "as made" else _redrawn(data, ARRANGEMENTS[request.param]), "o.pdf")


def test_the_gazette_running_header_leaves_the_flow(gazette):
    doc = gazette
    order = next(d for d in (doc, *doc.attachments) if d.kind == "order")
    unparsed = [entry.text for d in (doc, *doc.attachments) for entry in d.unparsed]
    assert len([text for text in unparsed if "ราชกิจจานุเบกษา ๒๑ มีนาคม ๒๕๖๐" in text]) == 3  # one per page
    assert not any("ราชกิจจานุเบกษา ๒๑ มีนาคม" in block.text for block in order.body)


def test_the_gazette_order_gives_the_fields_of_its_text(gazette):
    text_lines = (CORPUS / "016.txt").read_text(encoding="utf-8-sig").split("\n")[5:48]
    text = parse_text("\n".join(text_lines))
    doc = gazette
    order = next(d for d in (doc, *doc.attachments) if d.kind == "order")
    assert (order.title, text.title) == ("คำสั่งหัวหน้าคณะรักษาความสงบแห่งชาติ",) * 2
    assert _fields(order.header) == _fields(text.header)
    assert _fields(order.signed) == _fields(text.signed)
    assert _fields(order.signatories) == _fields(text.signatories)
    labels = lambda d: [b.label for b in d.body if b.type == "clause" and b.label.startswith("ข้อ")]  # noqa: E731
    assert labels(order) == labels(text) == [f"ข้อ {n}" for n in "๑ ๒ ๓ ๔ ๕ ๖ ๗ ๘ ๙ ๑๐ ๑๑ ๑๒ ๑๓ ๑๔ ๑๕".split()]


# -- reading order: top to bottom, whatever order the page is drawn in ---------------------


def _stream_text(data: bytes) -> str:
    return "\f".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize("arrangement", list(ARRANGEMENTS))
@pytest.mark.parametrize("path", [CIRCULAR_PDF, ORDER_PDF], ids=lambda path: path.stem)
def test_a_page_drawn_out_of_order_gives_the_same_text(path, arrangement):
    redrawn = _redrawn(path.read_bytes(), ARRANGEMENTS[arrangement])
    assert _stream_text(redrawn) != _stream_text(path.read_bytes())  # the stream order did change
    assert read_bytes(redrawn, "redrawn.pdf").text == read_file(path).text


def test_a_footer_drawn_first_is_last_and_a_title_drawn_last_is_first():
    redrawn = _redrawn(CIRCULAR_PDF.read_bytes(), ARRANGEMENTS["footer first, title last"])
    in_stream = normalize_text(_stream_text(redrawn)).split("\f")[1].strip().split("\n")
    assert in_stream[0].startswith("/ส่วนท้องถิ่นพัฒนา") and in_stream[-2:] == ["- ๒ -", "บันทึกข้อตกลงความร่วมมือ"]
    page = [line.strip() for line in normalize_text(read_bytes(redrawn, "r.pdf").text).split("\f")[1].split("\n")]
    page = [line for line in page if line]
    assert page[:2] == ["- ๒ -", "บันทึกข้อตกลงความร่วมมือ"] and page[-1] == "/ส่วนท้องถิ่นพัฒนา…"


def _drawn(*runs: tuple[str, str]) -> bytes:
    """A page of Helvetica text: each (text matrix, text) drawn in turn, as a text object."""
    from pypdf.generic import ContentStream, DictionaryObject, NameObject

    writer = pypdf.PdfWriter()
    page = writer.add_blank_page(595, 842)
    font = {"/Type": "/Font", "/Subtype": "/Type1", "/BaseFont": "/Helvetica"}
    font = DictionaryObject({NameObject(key): NameObject(value) for key, value in font.items()})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    content = ContentStream(None, writer)
    content.set_data(b"".join(b"BT /F1 12 Tf %s Tm (%s) Tj ET\n" % (tm.encode(), text.encode()) for tm, text in runs))
    page.replace_contents(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _at(x: float, y: float) -> str:
    return f"1 0 0 1 {x} {y} Tm"[:-3]


def _lines(*runs: tuple[str, str]) -> list[str]:
    return [line for line in read_bytes(_drawn(*runs), "drawn.pdf").text.split("\n") if line.strip()]


def test_cells_drawn_column_by_column_share_their_line():
    table = [(_at(72, 700), "Name"), (_at(72, 680), "Somchai"), (_at(300, 700), "Score"), (_at(300, 680), "90")]
    lines = _lines(*table)
    assert len(lines) == 2 and re.fullmatch("Name {2,}Score", lines[0]) and re.fullmatch("Somchai {2,}90", lines[1])
    assert lines[0].index("Score") == lines[1].index("90")  # the columns line up, as in pdftotext -layout


def test_a_watermark_tiled_over_the_text_is_not_mixed_into_its_lines():
    # Corpus 241: the watermark is drawn first, over the whole page, on the baselines of the text.
    mark = "WATERMARK     WATERMARK     WATERMARK"
    runs = [(_at(60, 705), mark), (_at(60, 650), mark), *((_at(72, 700 - 20 * n), f"body {n}") for n in range(4))]
    assert _lines(*runs) == [mark, mark, "body 0", "body 1", "body 2", "body 3"]


def test_a_diagonal_watermark_comes_after_the_text_on_a_line_of_its_own():
    runs = [(_at(72, 700), "body 0"), ("0.7071 0.7071 -0.7071 0.7071 150 500", "CONFIDENTIAL"), (_at(72, 680), "body 1")]
    assert _lines(*runs) == ["body 0", "body 1", "CONFIDENTIAL"]


def test_a_page_set_sideways_is_read_along_its_lines():
    runs = [("0 1 -1 0 100 100", "first line"), ("0 1 -1 0 120 100", "second line"), ("0 1 -1 0 80 300", "TITLE")]
    assert [line.strip() for line in _lines(*runs)] == ["TITLE", "first line", "second line"]


def test_text_with_no_position_stays_where_the_stream_put_it():
    assert _lines((_at(72, 700), "one"), ("0 0 0 0 0 0", "two"), (_at(72, 680), "three")) == ["one", "two", "three"]


def test_the_spaces_between_cells_count_toward_the_text_budget(monkeypatch):
    from moukit.extract import pdf

    table = [(_at(72, 700), "Name"), (_at(500, 680), "x"), (_at(500, 700), "Score"), (_at(72, 680), "y")]
    monkeypatch.setattr(pdf, "MAX_CHARS", 30)  # 11 characters of text, 2 gaps of over 60 spaces
    with pytest.raises(InputError, match="has a text layer of over 30 characters"):
        read_bytes(_drawn(*table), "table.pdf")


# -- LibreOffice's damage: ำา repaired, unmapped glyphs flagged ----------------------------


def test_libreoffice_sara_am_is_repaired():
    extracted = read_file(PDFS / "letter-libreoffice.pdf").text
    assert "สำานักงาน" in extracted
    doc = parse_file(PDFS / "letter-libreoffice.pdf")
    text = parse_file(CIRCULAR_TEXT)
    assert doc.header.subject == text.header.subject
    assert _fields(doc.header.ref) == _fields(text.header.ref)


def test_libreoffice_unmapped_glyphs_are_flagged():
    source = read_file(PDFS / "notice-libreoffice.pdf")
    assert not re.search("[\x00-\x08\x0b-\x1f]", source.text.replace("\f", ""))
    doc = parse_file(PDFS / "notice-libreoffice.pdf")
    warning = next(w for w in doc.warnings if w.code == "pdf_unmapped_glyphs")
    assert warning.line == 2 and "4 glyphs on 2 lines" in warning.message
    assert doc.header.subject == "งดจ่ายน้ำประปาชั่วคราว"


# -- what cannot be read -------------------------------------------------------------------


def test_a_scan_has_no_text_layer():
    from moukit.errors import NoTextLayer
    from moukit.extract.pdf import extract_pdf
    from moukit.ocr import using_ocr

    data = (PDFS / "scanned-page.pdf").read_bytes()
    with pytest.raises(NoTextLayer, match=r"has no text layer \(1 page of images, as a scan gives\)"):
        extract_pdf(data, "scanned-page.pdf")  # moukit.stages.read then reads it by OCR (tests/test_ocr.py)
    with using_ocr("never"), pytest.raises(InputError, match="is a scanned PDF and OCR is off"):
        parse_file(PDFS / "scanned-page.pdf")


def test_unreadable_content_streams_are_not_taken_for_a_scan():
    broken = CIRCULAR_PDF.read_bytes().replace(b"stream", b"strean")
    with pytest.raises(InputError, match="damaged PDF: its pages use fonts, but no text could be read"):
        parse_bytes(broken, "broken.pdf")


def _merged(*pages: tuple[object, int]) -> bytes:
    writer = pypdf.PdfWriter()
    for path, number in pages:
        writer.add_page(pypdf.PdfReader(path).pages[number])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_scanned_page_among_text_pages_is_flagged():
    data = _merged((CIRCULAR_PDF, 0), (PDFS / "scanned-page.pdf", 0), (CIRCULAR_PDF, 1))
    source = read_bytes(data, "mixed.pdf")
    warning = next(w for w in source.warnings if w.code == "pdf_page_without_text")
    assert "page 2" in warning.message
    assert source.text.split("\n")[warning.line - 1] == "\f"
    doc = parse_bytes(data, "mixed.pdf")
    assert doc.warnings[0] == warning


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128"])
def test_a_password_protected_pdf_is_refused(tmp_path, algorithm):
    pytest.importorskip("cryptography") if algorithm.startswith("AES") else None
    writer = pypdf.PdfWriter(clone_from=CIRCULAR_PDF)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm=algorithm)
    path = tmp_path / "locked.pdf"
    writer.write(path)
    with pytest.raises(InputError, match="password-protected PDF"):
        parse_file(path)


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128"])
def test_a_pdf_with_only_an_owner_password_is_read(tmp_path, algorithm):
    # Government PDFs are often "secured" against printing or copying, with no password to open.
    pytest.importorskip("cryptography") if algorithm.startswith("AES") else None
    writer = pypdf.PdfWriter(clone_from=CIRCULAR_PDF)
    writer.encrypt(user_password="", owner_password="owner", algorithm=algorithm)
    path = tmp_path / "secured.pdf"
    writer.write(path)
    assert parse_file(path).header.subject == parse_file(CIRCULAR_TEXT).header.subject


DAMAGED = [
    (b"%PDF-1.7\n", "empty-after-header"),
    (b"%PDF-1.4\n" + bytes(range(256)) * 40, "binary-after-header"),
    (CIRCULAR_PDF.read_bytes()[:20_000], "cut-in-half"),
    (CIRCULAR_PDF.read_bytes()[:2_000], "cut-short"),
    (CIRCULAR_PDF.read_bytes().replace(b"/FlateDecode", b"/FlateDecodeX"), "unknown-filter"),
    (CIRCULAR_PDF.read_bytes().replace(b"stream", b"strean"), "broken-streams"),
    (CIRCULAR_PDF.read_bytes().replace(b" obj", b" jbo"), "broken-objects"),
]


@pytest.mark.parametrize("data", [row[0] for row in DAMAGED], ids=[row[1] for row in DAMAGED])
def test_a_damaged_pdf_gives_a_document_or_a_clear_error(data):
    try:
        doc = parse_bytes(data, "damaged.pdf")
    except InputError as error:
        assert str(error).startswith("damaged.pdf: ") and "\n" not in str(error)
        return
    assert doc.source.encoding == "pdf-text"


@pytest.mark.parametrize("matrix", [b"1e308 0 0 1e308 1e308 1e308 cm", b"99999999999999999999999999 0 0 1 0 0 cm",
                                    b"0 0 0 0 0 0 cm", b"1 0 0 1 nan inf cm", b"1 0 cm"])
def test_hostile_matrices_give_a_document(matrix):
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = pypdf.PdfWriter(clone_from=CIRCULAR_PDF)
    page = writer.pages[0]
    content = DecodedStreamObject()
    content.set_data(matrix + b"\n" + page.get_contents().get_data())
    page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    assert parse_bytes(out.getvalue(), "matrix.pdf").source.encoding == "pdf-text"


def test_a_file_named_pdf_that_is_not_one_is_refused():
    with pytest.raises(InputError, match=r"is named \.pdf but is not a PDF"):
        read_bytes("<html>ไม่พบหน้า</html>".encode(), "download.pdf")


def test_pdf_magic_wins_over_the_name():
    assert read_bytes(CIRCULAR_PDF.read_bytes(), "letter.txt").source.encoding == "pdf-text"


def test_without_the_extra_a_pdf_gets_a_clear_error(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_pypdf(name, *args, **kwargs):
        if name == "pypdf" or name.startswith("pypdf."):
            raise ImportError("No module named 'pypdf'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pypdf)
    with pytest.raises(InputError, match=r"needs the pdf extra \(pip install 'moukit\[pdf\]'\)"):
        read_file(CIRCULAR_PDF)


@pytest.mark.slow  # a fresh interpreter, to see what it imports
def test_plain_text_reading_does_not_import_pdf_libraries():
    import subprocess
    import sys

    code = ("import sys; from moukit import parse_file; parse_file(sys.argv[1]); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pypdf', 'docx', 'moukit.extract.pdf')))")
    result = subprocess.run([sys.executable, "-c", code, str(CIRCULAR_TEXT)], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_moukit_parse_accepts_a_pdf():
    import json

    result = moukit("parse", "--format", "json", CIRCULAR_PDF)
    assert result.returncode == 0, result.stderr.decode()
    doc = json.loads(result.stdout)
    assert doc["source"]["encoding"] == "pdf-text"
    assert doc["header"]["ref"]["raw"] == "มท ๐๘๙๑.๓/ว ๒๕๕๖"


@pytest.mark.slow  # over a second; the fuzzing in test_hostile.py also feeds broken PDFs
def test_extraction_raises_nothing_but_moukit_errors_on_mangled_pdfs():
    data = CIRCULAR_PDF.read_bytes()
    for step in range(0, len(data), 997):  # one byte changed in each kilobyte, in turn
        mangled = data[:step] + bytes([data[step] ^ 0x5A]) + data[step + 1 :]
        try:
            parse_bytes(mangled, "mangled.pdf")
        except MoukitError as error:
            assert type(error).__name__ != "InternalError", error


# -- page furniture in extracted text (moukit.stages.furniture) -----------------------------------

FURNITURE_LINES = [
    ("- ๒ -", True), ("หน้า ๒ จาก ๕", True), ("Page 2 of 5", True), ("หน้า 2/5", True),
    ("/เรื่อง…", True), ("/(นายสมพร ไร่ข้างยาง)…", True), ("/(๒) ส่งเสริม…", True),
    ("เล่ม ๑๓๙ ตอนที่ ๑๓ ก ราชกิจจานุเบกษา ๒๔ กุมภาพันธ์ ๒๕๖๕", True),
    ("เลม่ ๑๓๙ ตอนที่ ๑๓ ก                       ราชกิจจานุเบกษา                   ๒๔ กุมภาพันธ์ ๒๕๖๕", True),
    ("หน้า ๑๒ เล่ม ๑๓๔ ตอนพิเศษ ๗๐ ง ราชกิจจานุเบกษา ๒๑ มีนาคม ๒๕๖๐", True),
    ("/(นายสมพร ไร่ข้างยาง)", False),  # a bracket needs the dots
    ("ราชกิจจานุเบกษา เล่ม ๑๓๙ ตอนที่ ๑๓ ก", False),  # a citation in running text
    ("หน้าที่ของคณะกรรมการ", False), ("2", False),  # a bare number only at a page edge
]


@pytest.mark.parametrize(("text", "expected"), FURNITURE_LINES, ids=[row[0][:20] for row in FURNITURE_LINES])
def test_furniture_lines(text, expected):
    from moukit.stages.furniture import is_furniture
    from moukit.lines import Line

    assert is_furniture(Line(1, text)) is expected


def _furniture(text: str) -> list[str]:
    from moukit.stages.furniture import split_furniture
    from moukit.lines import split_lines

    return [line.text for line in split_furniture(split_lines(text))[1]]


def test_running_footers_repeat_at_the_page_feet():
    page = "{n}\nข้อ {n} เนื้อความของหน้า\nเกณฑ์ราคากลาง ฉบับเดือน มีนาคม 2566\nประกาศ ณ วันที่ 13 มีนาคม 2566\n"
    text = "\f".join(page.format(n=n) for n in (1, 2, 3))
    footer = ["เกณฑ์ราคากลาง ฉบับเดือน มีนาคม 2566", "ประกาศ ณ วันที่ 13 มีนาคม 2566"]
    assert _furniture(text) == [line for n in "123" for line in (n, *footer)]  # "ข้อ n …" is content


def test_a_repeated_line_inside_the_page_is_content():
    page = "ข้อความที่ {n}\nจึงเรียนมาเพื่อโปรดทราบ\nบรรทัดท้ายหน้า {n} ต่างกัน\nอีกบรรทัดหนึ่งของหน้า {n}\nและอีก {n}\n"
    assert _furniture("\f".join(page.format(n=n) for n in "กขค")) == []


def test_without_form_feeds_repeated_lines_stay():
    text = "ประกาศ ณ วันที่ 13 มีนาคม 2566\nข้อความ\n" * 3
    assert _furniture(text) == []


_MARK = "สำนักงานคณะกรรมการกฤษฎีกา"


def test_a_watermark_tiled_over_the_pages_is_furniture_where_it_stands_alone():
    # As a layout-preserving extraction gives a Krisdika copy of an act: the diagonal mark
    # twice or thrice on a line, its pieces where the body's letters cut it, and body lines
    # it runs into (those stay: their words are the text).
    text = "\n".join([
        f"{_MARK}          พระราชบัญญัติ",
        f"     {_MARK}        {_MARK}",
        "        เครื่องแบบและบัตรประจำตัวเจ้าหน้าที่",
        f"{_MARK}       {_MARK}       {_MARK}",
        "     มาตรา ๑ พระราชบัญญัตินี้เรียกว่า",
        "                 กงานคณะกรรมการกฤษฎี",
        "           กา          า",
        f"   {_MARK}                {_MARK}",
        "มาตรา ๒ พระราชบัญญัตินี้ให้ใช้บังคับ",
    ])
    assert _furniture(text) == [f"{_MARK}        {_MARK}", f"{_MARK}       {_MARK}       {_MARK}",
                                "กงานคณะกรรมการกฤษฎี", "กา          า", f"{_MARK}                {_MARK}"]


def test_a_phrase_twice_on_too_few_lines_is_no_watermark():
    # A table's repeated cell on a line or two ("คุณลักษณะพื้นฐาน" in a price list) is content.
    text = "\n".join([f"{_MARK}     {_MARK}", "ข้อความ", f"{_MARK}    {_MARK}", "กา", _MARK])
    assert _furniture(text) == []


def test_pages_give_each_line_its_page():
    # Four pages in the shaped PDF of the seed circular; the attached MOU starts on page 2.
    doc = parse_file(CIRCULAR_PDF)
    assert [p.number for p in doc.pages] == [1, 2, 3, 4]
    assert doc.pages[0].lines[0] == 1 and doc.pages[-1].lines[1] == doc.lines[1]
    assert all(a.lines[1] + 1 == b.lines[0] for a, b in zip(doc.pages, doc.pages[1:]))
    mou_first = doc.attachments[0].lines[0]
    assert next(p.number for p in doc.pages if p.lines[0] <= mou_first <= p.lines[1]) == 2
    assert parse_file(ROOT / "samples" / "circular-dla-mou-thaihealth-2556.txt").pages == ()
