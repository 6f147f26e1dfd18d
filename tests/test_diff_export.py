"""The views of a DocumentDiff: table, Markdown, HTML, unified (SPEC §3, §4, §7).

DocumentDiffs are built by hand (every input field carrying markup that must come out as
text) and from the real pair: the nine clauses a news article quotes against the MOU's own.
The HTML and the Markdown are checked by parsing what they produce, not by looking for
strings only: every tag must be one the exporter writes, and the hostile text must come back
as text. Nothing here needs a browser.
"""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from rich.console import Console

from moukit.export.diff_html import to_diff_html
from moukit.export.diff_markdown import block_title, escape_markdown, redline, run_summary, side, to_diff_markdown
from moukit.export.diff_table import to_diff_table
from moukit.export.unified import to_unified
from moukit.export.visible import shown
from moukit.diff.models import (
    BlockRef, ClauseChange, DiffSide, DiffSummary, DocumentDiff, Edit, FieldChange, ListChange, ParagraphChange,
)

from .conftest import ROOT, SAMPLES, moukit

NEWS = SAMPLES / "news-dla-thaihealth-mou-clauses.txt"
CIRCULAR = SAMPLES / "circular-dla-mou-thaihealth-2556.txt"

HOSTILE = """<script>alert(1)</script> "q" & 'a' *em* _u_ [l](http://x.test) | ~~s~~ $m$ `c` # h <img src=x onerror=alert(2)>"""
"""Markup for HTML, Markdown and rich at once; each input field below carries it after a marker."""


def _ref(marker: str, lines: int, label: str | None = None) -> BlockRef:
    return BlockRef(label=label, number=None, text=f"{marker}{HOSTILE}", lines=(lines, lines))


def hostile_diff() -> DocumentDiff:
    """Every string field of a DocumentDiff, its attachment included, carries HOSTILE."""
    edits = (Edit(op="equal", old="EQ" + HOSTILE, new="EQ" + HOSTILE), Edit(op="delete", old="DEL" + HOSTILE, new=""),
             Edit(op="insert", old="", new="INS" + HOSTILE), Edit(op="replace", old="ROLD" + HOSTILE, new="RNEW" + HOSTILE))
    clauses = (
        ClauseChange(change="added", old=None, new=_ref("ADDED", 3, "LA" + HOSTILE), similarity=0.0),
        ClauseChange(change="removed", old=_ref("REMOVED", 4, "LR" + HOSTILE), new=None, similarity=0.0),
        ClauseChange(change="modified", renumbered=True, old=_ref("MOLD", 5, "LMO" + HOSTILE),
                     new=_ref("MNEW", 6, "LMN" + HOSTILE), similarity=0.5, edits=edits),
        ClauseChange(change="unchanged", moved=True, old=_ref("MOVED", 7, "LV" + HOSTILE),
                     new=_ref("MOVED", 2, "LV" + HOSTILE), similarity=1.0),
        ClauseChange(change="unchanged", old=_ref("SAME", 8, "LS" + HOSTILE), new=_ref("SAME", 8, "LS" + HOSTILE),
                     similarity=1.0),
    )
    inner = DocumentDiff(
        old=DiffSide(path="APATH" + HOSTILE, sha256=None, kind="mou"), new=DiffSide(path=None, sha256=None, kind="mou"),
        summary=DiffSummary(added=1), clauses=(ClauseChange(change="added", old=None, new=_ref("INNER", 9, "(๑)"), similarity=0.0),),
    )
    return DocumentDiff(
        old=DiffSide(path="OPATH" + HOSTILE, sha256="OSHA" + HOSTILE, kind="letter"),
        new=DiffSide(path="NPATH" + HOSTILE, sha256="NSHA" + HOSTILE, kind="letter"),
        summary=DiffSummary(added=1, removed=1, modified=1, unchanged=2, moved=1, renumbered=1),
        header=(FieldChange(field="FNAME" + HOSTILE, old="FOLD" + HOSTILE, new="FNEW" + HOSTILE),
                FieldChange(field="header.subject", old=None, new="SUBJECT" + HOSTILE)),
        clauses=clauses,
        paragraphs=(ParagraphChange(change="modified", old=_ref("POLD", 1), new=_ref("PNEW", 1), similarity=0.6,
                                    edits=(Edit(op="replace", old="PO" + HOSTILE, new="PN" + HOSTILE),)),),
        parties=(ListChange(change="modified", old="PARTYO" + HOSTILE, new="PARTYN" + HOSTILE),
                 ListChange(change="unchanged", old="PARTYU" + HOSTILE, new="PARTYU" + HOSTILE)),
        signatories=(ListChange(change="added", old=None, new="SIGNA" + HOSTILE),
                     ListChange(change="removed", old="SIGNR" + HOSTILE, new=None)),
        attachments=(inner,),
    )


# Every piece of input text the views must show (paths, field names and values, labels,
# block texts, edit texts, parties, signatories), each followed by HOSTILE.
SHOWN = ["OPATH", "NPATH", "FNAME", "FOLD", "FNEW", "SUBJECT", "ADDED", "REMOVED", "EQ", "DEL", "INS",
         "ROLD", "RNEW", "PO", "PN", "PARTYO", "PARTYN", "SIGNA", "SIGNR", "INNER", "LA", "LR", "LMO", "LMN", "LV"]
SHOWN_HTML = SHOWN + ["MOVED", "SAME", "LS", "PARTYU"]  # the page also holds the unchanged ones


class Page(HTMLParser):
    """The tags, attributes and text of an HTML page, as a browser would read them."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.inside: dict[str, list[str]] = {"del": [], "ins": []}
        """The text of each <del> and <ins>, in order."""
        self._open: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in self.inside:
            self._open.append(tag)
            self.inside[tag].append("")

    def handle_endtag(self, tag):
        if tag in self.inside and self._open and self._open[-1] == tag:
            self._open.pop()

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)
        if self._open:
            self.inside[self._open[-1]][-1] += data

    @property
    def data(self) -> str:
        return "".join(self.text)


HTML_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "main", "section", "article", "h1", "h2",
             "h3", "h4", "h5", "h6", "p", "span", "strong", "table", "colgroup", "col", "thead", "tbody", "tr", "th",
             "td", "del", "ins", "details", "summary", "dl", "dt", "dd", "ul", "li"}
HTML_ATTRIBUTES = {"class", "lang", "charset", "name", "content", "title"}


# -- HTML ---------------------------------------------------------------------------------------


def test_html_escapes_every_input_field():
    html = to_diff_html(hostile_diff())
    page = Page(html)
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert {tag for tag, _ in page.tags} <= HTML_TAGS
    assert {name for _, attrs in page.tags for name in attrs} <= HTML_ATTRIBUTES
    for marker in SHOWN_HTML:
        assert f"{marker}{HOSTILE}" in page.data, marker
    titles = [attrs["title"] for _, attrs in page.tags if "title" in attrs]
    assert "OSHA" + HOSTILE in titles  # an attribute value, quotes escaped


def test_html_page_is_self_contained():
    html = to_diff_html(hostile_diff())
    page = Page(html)
    assert html.startswith("<!DOCTYPE html>")
    assert ("html", {"lang": "th"}) in page.tags
    assert ("meta", {"charset": "utf-8"}) in page.tags
    assert not [t for t, a in page.tags if t in ("link", "script", "img", "iframe", "object", "embed")]
    assert not [a for _, a in page.tags if "src" in a or "href" in a]
    style = html.split("<style>", 1)[1].split("</style>", 1)[0]
    assert "@import" not in style and "url(" not in style
    assert '"Sarabun", "TH Sarabun New", "Noto Sans Thai", "Tahoma", sans-serif' in style


def test_html_shows_redline_side_by_side_and_folds_unchanged():
    page = Page(to_diff_html(hostile_diff()))
    tags = [t for t, _ in page.tags]
    classes = [a.get("class") for _, a in page.tags]
    assert "del" in tags and "ins" in tags and "details" in tags
    assert classes.count("sbs") == 2  # the modified clause and the modified paragraph only
    assert "legend" in classes


@settings(derandomize=True, max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_html_shows_any_text_as_text(text):
    diff = DocumentDiff(
        old=DiffSide(path=text, sha256=None, kind="mou"), new=DiffSide(path="b", sha256=None, kind="mou"),
        summary=DiffSummary(modified=1), header=(FieldChange(field=text, old=text, new=None),),
        clauses=(ClauseChange(change="modified", old=BlockRef(label=text, text=text + "x", lines=(1, 1)),
                              new=BlockRef(label=text, text=text + "y", lines=(1, 1)), similarity=0.5,
                              edits=(Edit(op="equal", old=text, new=text), Edit(op="replace", old="x", new="y"))),),
    )
    page = Page(to_diff_html(diff))
    assert {tag for tag, _ in page.tags} <= HTML_TAGS
    assert {name for _, attrs in page.tags for name in attrs} <= HTML_ATTRIBUTES
    if text.strip():  # as typed, but controls and bidi controls shown (⟨U+202E⟩, ␛)
        assert shown(text).replace("\r", "\n") in page.data.replace("\r", "\n")


# -- Markdown -----------------------------------------------------------------------------------


def _render_markdown(markdown: str) -> Page:
    # GitHub-flavoured enough: CommonMark with raw HTML, tables and ~~strikethrough~~.
    return Page(MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown))


def test_markdown_escapes_every_input_field():
    markdown = to_diff_markdown(hostile_diff())
    page = _render_markdown(markdown)
    assert "<script" not in markdown.lower()
    assert {tag for tag, _ in page.tags} <= {"h1", "h2", "h3", "h4", "p", "ul", "li", "strong", "em", "del", "ins",
                                             "blockquote", "table", "thead", "tbody", "tr", "th", "td"}
    for marker in SHOWN:
        assert f"{marker}{HOSTILE}" in page.data, marker


def test_markdown_field_rows_keep_three_cells():
    page = _render_markdown(to_diff_markdown(hostile_diff()))
    cells_per_row: list[int] = []
    for tag, _ in page.tags:
        if tag == "tr":
            cells_per_row.append(0)
        elif tag in ("td", "th"):
            cells_per_row[-1] += 1
    assert cells_per_row and set(cells_per_row) == {3}, cells_per_row


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("<b>ก</b>", "&lt;b&gt;ก&lt;/b&gt;", id="html"),
        pytest.param("a & b", "a &amp; b", id="ampersand"),
        pytest.param("*ข้อ* _๑_", "\\*ข้อ\\* \\_๑\\_", id="emphasis"),
        pytest.param("[ลิงก์](http://x.test)", "\\[ลิงก์\\](http://x.test)", id="link"),
        pytest.param("ก | ข", "ก \\| ข", id="table-pipe"),
        pytest.param("~~ค~~ $x$ `y`", "\\~\\~ค\\~\\~ \\$x\\$ \\`y\\`", id="strike-math-code"),
        pytest.param("บรรทัด\nสอง", "บรรทัด สอง", id="newline"),
    ],
)
def test_escape_markdown(text, expected):
    assert escape_markdown(text) == expected


# -- table ----------------------------------------------------------------------------------------

_COLOUR = re.compile(r"\x1b\[([0-9;]*)m")


def _render(console: Console, diff: DocumentDiff) -> str:
    with console.capture() as capture:
        console.print(to_diff_table(diff))
    return capture.get()


def test_table_honours_no_color():
    out = _render(Console(width=100, force_terminal=True, no_color=True, file=io.StringIO()), hostile_diff())
    parameters = [p for codes in _COLOUR.findall(out) for p in codes.split(";") if p]
    assert not [p for p in parameters if p.startswith(("3", "4", "9")) and p not in ("3", "4", "9")], "a colour code"
    assert "9" in parameters and "4" in parameters  # strike-through and underline still mark the edits


def test_table_without_styles_marks_edits_and_shows_markup_as_text():
    out = _render(Console(width=200, color_system=None, file=io.StringIO()), hostile_diff())
    assert "\x1b[" not in out
    assert "[-DEL<script>" in out and "{+INS<script>" in out
    assert "[l](http://x.test)" in out  # rich markup in the input is not read as markup


# -- unified ------------------------------------------------------------------------------------


def test_unified_has_headers_and_hunks():
    old = ["บันทึกข้อตกลง", "", "(๑) ส่งเสริม", "(๒) สนับสนุน", ""]
    new = ["บันทึกข้อตกลง", "", "(๑) ส่งเสริมและสนับสนุน", "(๒) สนับสนุน", ""]
    assert to_unified(old, new, "a.txt", "b.txt#mou").splitlines() == [
        "--- a.txt", "+++ b.txt#mou", "@@ -1,5 +1,5 @@",
        " บันทึกข้อตกลง", " ", "-(๑) ส่งเสริม", "+(๑) ส่งเสริมและสนับสนุน", " (๒) สนับสนุน", " ",
    ]


def test_unified_of_the_same_lines_is_empty():
    assert to_unified(["ก", "ข"], ["ก", "ข"], "a", "b") == ""


# -- the shared pieces ----------------------------------------------------------------------------


def _clause(change, old, new, **flags) -> ClauseChange:
    ref = lambda label: BlockRef(label=label, text="ข้อความ", lines=(1, 1)) if label else None  # noqa: E731
    return ClauseChange(change=change, old=ref(old), new=ref(new), similarity=1.0 if change == "unchanged" else 0.5, **flags)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        pytest.param(_clause("unchanged", "ข้อ ๔", "ข้อ ๓", renumbered=True), ("ข้อ ๔ → ข้อ ๓", ["renumbered"]), id="renumbered"),
        pytest.param(_clause("modified", "(๕)", "(๕)"), ("(๕)", ["modified"]), id="modified"),
        pytest.param(_clause("added", None, "ข้อ ๒/๑"), ("ข้อ ๒/๑", ["added"]), id="added"),
        pytest.param(_clause("removed", "ข้อ ๕", None), ("ข้อ ๕", ["removed"]), id="removed"),
        pytest.param(_clause("unchanged", "(๗)", "(๑)", moved=True, renumbered=True), ("(๗) → (๑)", ["moved", "renumbered"]),
                     id="moved-and-renumbered"),
        pytest.param(_clause("modified", "ข้อ ๔", "ข้อ ๓", renumbered=True), ("ข้อ ๔ → ข้อ ๓", ["modified", "renumbered"]),
                     id="modified-and-renumbered"),
        pytest.param(_clause("unchanged", "(๒)", "(๒)"), ("(๒)", ["unchanged"]), id="unchanged"),
    ],
)
def test_block_title(change, expected):
    assert block_title(change) == expected


def test_run_summary_lists_labels_and_shortens_long_runs():
    labels = "๑๒๓๔๕๖๗๘๙"
    assert run_summary([_clause("unchanged", f"({n})", f"({n})") for n in labels[:3]]) == "(๑) (๒) (๓) unchanged"
    assert run_summary([_clause("unchanged", f"({n})", f"({n})") for n in labels]) == "(๑) (๒) … (๙) unchanged (9 clauses)"


def test_redline_and_sides_of_a_replace():
    change = ClauseChange(change="modified", old=BlockRef(label="(๙)", text="ในช่วงปี", lines=(1, 1)),
                          new=BlockRef(label="(๙)", text="ภายในปี", lines=(1, 1)), similarity=0.5,
                          edits=(Edit(op="replace", old="ในช่วง", new="ภายใน"), Edit(op="equal", old="ปี", new="ปี"),
                                 Edit(op="delete", old=" ", new="")))
    assert redline(change) == [("delete", "ในช่วง"), ("insert", "ภายใน"), ("equal", "ปี"), ("delete", "␣")]
    assert side(change, "old") == [("delete", "ในช่วง"), ("equal", "ปี"), ("delete", "␣")]
    assert side(change, "new") == [("insert", "ภายใน"), ("equal", "ปี")]


# -- the real pair --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_diff() -> DocumentDiff:
    from moukit import diff_documents, parse_file
    from moukit.diff.select import select_document

    return diff_documents(select_document(parse_file(NEWS), "mou"), select_document(parse_file(CIRCULAR), "mou"))


def test_real_pair_html(real_diff):
    page = Page(to_diff_html(real_diff))
    assert {tag for tag, _ in page.tags} <= HTML_TAGS
    assert page.inside["ins"].count("การ") == 2  # (๑) หลักการการบริหาร: in the redline and the new column
    assert page.inside["ins"].count("น") == 4  # (๕) สถานีนอนามัย, twice, in both places


def test_real_pair_markdown_and_table(real_diff):
    markdown = to_diff_markdown(real_diff)
    assert "หลัก<ins>การ</ins>การบริหาร" in markdown
    assert "สถานี<ins>น</ins>อนามัย" in markdown
    assert "(๒) (๓) (๔) unchanged" in markdown
    out = _render(Console(width=120, color_system=None, file=io.StringIO()), real_diff)
    assert "{+การ+}" in out and "{+น+}" in out


@pytest.fixture
def _moukit(monkeypatch):
    """The command, run in-process from the repository's root (the paths below are relative)."""
    monkeypatch.chdir(ROOT)
    return moukit


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        pytest.param("table", "{+การ+}", id="table"),
        pytest.param("md", "สถานี<ins>น</ins>อนามัย", id="md"),
        pytest.param("html", "สถานี<ins>น</ins>อนามัย", id="html"),
        pytest.param("unified", "+++ samples/circular-dla-mou-thaihealth-2556.txt#mou", id="unified"),
    ],
)
def test_cli_writes_each_view_of_the_real_pair(_moukit, fmt, expected):
    result = _moukit("diff", "samples/news-dla-thaihealth-mou-clauses.txt#mou",
                     "samples/circular-dla-mou-thaihealth-2556.txt#mou", "--format", fmt)
    assert result.returncode == 1, result.stderr.decode()
    assert expected in result.stdout.decode("utf-8")


@pytest.mark.parametrize("fmt", ["md", "html", "table"])
def test_cli_same_file_says_no_differences(_moukit, fmt):
    result = _moukit("diff", str(CIRCULAR.relative_to(ROOT)), str(CIRCULAR.relative_to(ROOT)), "--format", fmt)
    assert result.returncode == 0, result.stderr.decode()
    assert re.search(r"[Nn]o differences", result.stdout.decode("utf-8"))
    assert _moukit("diff", str(CIRCULAR.relative_to(ROOT)), str(CIRCULAR.relative_to(ROOT)), "-f", "unified").stdout == b""
