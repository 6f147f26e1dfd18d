"""Document text is shown, never obeyed (issue 14, items 7 and 8): rich markup, control
characters, escape sequences and bidi controls in a file reach the table, Markdown and diff
views as visible text; Markdown text cannot open a heading or a code fence."""

from __future__ import annotations

import io
import re

import pytest
from markdown_it import MarkdownIt
from rich.console import Console

from moukit import parse_text
from moukit.export.markdown import to_markdown
from moukit.export.table import to_table
from moukit.export.visible import shown

from .conftest import SAMPLES, moukit

CIRCULAR = (SAMPLES / "circular-dla-mou-thaihealth-2556.txt").read_text(encoding="utf-8")
# Paragraph 1 of the circular's body (line 23), then what an attacker puts in a file.
BODY = "ด้วยกรมส่งเสริมการปกครองท้องถิ่น"
HOSTILE = {
    "closing-tag": "ตามที่แจ้ง [/] แล้ว",
    "link": "[link=https://evil.test]ดูรายละเอียด[/link]",
    "clear-screen": "ข้อความ\x1b[2J\x1b[H",
    "osc-8": "\x1b]8;;https://evil.test\x07ที่นี่\x1b]8;;\x07",
    "title-osc": "\x1b]0;owned\x07ต่อ",
    "bell-and-backspace": "เงิน 100\x08\x08\x08900 บาท\x07",
}
SGR = re.compile(r"\x1b\[[0-9;]*m")  # rich's own styling


def _with(line: str) -> str:
    return CIRCULAR.replace(BODY, f"{line} {BODY}", 1)


def _terminal(renderable) -> str:
    out = io.StringIO()
    Console(file=out, force_terminal=True, color_system="truecolor", width=100).print(renderable)
    return out.getvalue()


@pytest.mark.parametrize("line", HOSTILE.values(), ids=HOSTILE.keys())
def test_the_table_view_shows_markup_and_escapes_as_text(line):
    output = _terminal(to_table(parse_text(_with(line))))
    assert "\x1b" not in SGR.sub("", output)  # no escape sequence but rich's colours
    assert "\x07" not in output and "\x08" not in output
    assert shown(line)[:8] in output  # the line's start as typed, its controls shown


def test_markup_in_the_table_view_is_text_not_a_link():
    output = _terminal(to_table(parse_text(_with(HOSTILE["link"]))))
    assert "[link=https://evil.test]" in output and "\x1b]8" not in output


@pytest.mark.parametrize("form", ["table", "md"])
def test_the_command_prints_a_closing_tag_and_escapes_without_a_traceback(tmp_path, form):
    path = tmp_path / "letter.txt"
    path.write_text(_with(HOSTILE["closing-tag"] + HOSTILE["clear-screen"]), encoding="utf-8")
    result = moukit("parse", "--format", form, path)
    assert result.returncode == 0 and result.stderr == b""
    page = result.stdout.decode()
    assert ("[/]" if form == "table" else "\\[/\\]") in page and "\x1b" not in page
    assert ("␛[2J" if form == "table" else "␛\\[2J") in page


INJECTIONS = ["# หัวข้อปลอม", "```", "~~~ python", "    โค้ด", "- รายการ", "1. ข้อ", "> อ้าง", "===", "<script>x</script>"]


def test_markdown_text_cannot_open_a_heading_or_a_code_fence():
    text = CIRCULAR
    for line in INJECTIONS:  # each as a paragraph of its own in the body
        text = text.replace(BODY, f"{line}\n\n{BODY}", 1)
    doc = parse_text(text)
    clean = MarkdownIt("commonmark").parse(to_markdown(parse_text(CIRCULAR)))
    tokens = MarkdownIt("commonmark").parse(to_markdown(doc))
    kinds = {token.type for token in tokens}
    assert not kinds & {"fence", "code_block", "blockquote_open", "html_block", "ordered_list_open", "hr"}
    headings = [t for t in tokens if t.type == "heading_open"]
    assert len(headings) == len([t for t in clean if t.type == "heading_open"])
    rendered = MarkdownIt("commonmark").render(to_markdown(doc))
    assert "หัวข้อปลอม" in rendered and "<script>" not in rendered


# -- bidi controls (item 8) -----------------------------------------------------------------------

OLD = "คำสั่งกรมส่งเสริมการปกครองท้องถิ่น\nเรื่อง การจ่ายเงิน\n\nข้อ ๑ ให้จ่ายเงิน 100 บาท\nข้อ ๒ ให้รายงานผล\n"
SPOOF = "\u202e000001\u202c"  # shows as "100000" where bidi is obeyed


def test_bidi_controls_are_flagged_in_parse():
    doc = parse_text(OLD.replace("100", SPOOF))
    (warning,) = [w for w in doc.warnings if w.code == "bidi_control"]
    assert warning.line == 4 and "U+202E" in warning.message
    assert SPOOF in doc.model_dump_json()  # the JSON keeps the text as it is


def test_text_without_bidi_controls_is_not_flagged():
    assert "bidi_control" not in [w.code for w in parse_text(CIRCULAR).warnings]


@pytest.mark.parametrize("form", ["table", "md", "html", "unified"])
def test_every_diff_view_shows_bidi_controls(tmp_path, form):
    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.txt").write_text(OLD.replace("100", SPOOF), encoding="utf-8")
    result = moukit("diff", "--format", form, tmp_path / "old.txt", tmp_path / "new.txt")
    assert result.returncode == 1, result.stderr
    page = result.stdout.decode()
    assert "\u202e" not in page and "\u202c" not in page
    assert "⟨U+202E⟩000001⟨U+202C⟩" in page.replace("<ins>", "").replace("</ins>", "").replace("{+", "").replace("+}", "")


@pytest.mark.parametrize("form", ["table", "md"])
def test_the_document_views_show_bidi_controls(tmp_path, form):
    (tmp_path / "new.txt").write_text(OLD.replace("100", SPOOF), encoding="utf-8")
    page = moukit("parse", "--format", form, tmp_path / "new.txt").stdout.decode()
    assert "\u202e" not in page and "⟨U+202E⟩000001⟨U+202C⟩" in page
