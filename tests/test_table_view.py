"""The terminal view (``moukit parse -f table``) renders every sample and corpus document, at
narrow, common and wide terminals: a traceback in the default view is the worst first hour."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from moukit import parse_file
from moukit.export.table import to_table

from .conftest import corpus_files, sample_files

DOCUMENTS = {path.name: parse_file(path) for path in sample_files() + corpus_files()}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_every_document_renders_at_every_width(name):
    doc = DOCUMENTS[name]
    for width in (40, 80, 200):
        console = Console(file=io.StringIO(), width=width, color_system=None)
        console.print(to_table(doc))
        assert doc.kind in console.file.getvalue()


def test_the_source_lines_of_a_news_page_show_where_they_are():
    # footer.lines.sources holds one span per source line: the view shows first to last.
    doc = DOCUMENTS["news-four-agency-mou-inline-items.txt"]
    console = Console(file=io.StringIO(), width=200, color_system=None)
    console.print(to_table(doc))
    row = next(line for line in console.file.getvalue().splitlines() if "ที่มา" in line)
    assert "สำนักข่าวสร้างสุข" in row and row.rstrip(" │").endswith(str(doc.footer.lines.sources[0][0]))
