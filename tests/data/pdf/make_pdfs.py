"""Make the test PDFs in this folder: real Thai text layers, shaped the way office software
shapes Thai, so that the PDF damage of THAI-FORMATS §3 is real, not simulated.

How the damage arises. A Thai font draws some marks as variant glyphs: a tone mark lowered
when no vowel stands above it (``ป้า``), ญ and ฐ without their tails before a lower vowel, sara
am split into nikhahit and sara aa. The TLWG fonts (Debian ``fonts-thai-tlwg``; Laksaman is
their TH Sarabun) substitute those variants through OpenType GSUB, and their character map
also lists the variants at the Private Use Area code points U+F700–U+F71A. A PDF producer that
writes the text layer (the ToUnicode map) from the font's character map, as Microsoft Word does
with TH SarabunPSK, writes ``ป\\uf70bา`` for ``ป้า``, ``นํ้า`` for ``น้ำ`` and ``ผ\\uf70bู`` for
``ผู้``: PUA glyphs, decomposed sara am and marks out of typing order. This script does exactly
that: HarfBuzz shapes each line with Laksaman, every glyph is written back as the code point
that the font's character map gives it, and reportlab draws the result.

Layout is an A4 official letter (Laksaman at the width of 16 pt TH SarabunPSK, 2.5 cm left
and 2 cm right margins): a blank source line is one line of vertical space, a source line too long for the
page is wrapped (at a space near the end of the line, else between Thai words: pythainlp's
newmm stands in for the word processor's dictionary) with its first line indented
when it is a paragraph; the page number ``- ๒ -`` heads every page after the first and a
continuation mark ``/word…`` (the first words of the next page) ends every page but the last,
as the สารบรรณ rules ask.

Files made:

- ``circular-laksaman.pdf``: ``samples/circular-dla-mou-thaihealth-2556.txt`` (seed 001), the
  circular and its attached MOU, blank lines kept as vertical space; the MOU title block and the
  signature blocks centred.
- ``order-gazette.pdf``: the order of ``tests/corpus/016.txt`` (lines 6–48, คำสั่งหัวหน้า
  คณะรักษาความสงบแห่งชาติ ที่ ๑๖/๒๕๖๐) set like a Royal Gazette page: a running header
  ``หน้า ๑๒`` / ``เล่ม ๑๓๔ ตอนพิเศษ ๗๐ ง  ราชกิจจานุเบกษา  ๒๑ มีนาคม ๒๕๖๐`` on every page,
  paragraphs with an indented first line and no blank lines between them.
- ``scanned-page.pdf``: one page with no text layer and no font (a grey rectangle), as a scan gives
  (written with pypdf).
- ``letter-libreoffice.pdf``: the first 21 lines of the seed circular (the letter's head), set
  in Laksaman by LibreOffice (``soffice --headless --convert-to pdf``, 7.4). LibreOffice writes
  the text layer from the text, not from the font's character map, so there are no PUA glyphs;
  its damage is different and partly beyond repair: the nikhahit glyph of a shaped ``ำ`` maps
  to ``ำ`` and the sara aa glyph to ``า`` once more (``สำานักงาน``), a glyph first met in one
  cluster keeps that cluster's character everywhere (``ผู้`` comes out ``ผ้้``), and a few
  glyphs map to no character at all (pypdf gives their raw codes, ``เรื\x1fอง``). Made only when
  ``soffice`` is on the PATH; its bytes carry a creation date, so it is not reproducible.
- ``notice-libreoffice.pdf``: a five-line notice (``NOTICE`` below) by LibreOffice the same
  way; its ``ต่ำ`` leaves the lowered mai ek glyph with no character, so ``ต่ำ`` and every later
  mai ek drawn with that glyph lose their tone mark (pypdf: ``\x1f``).

Run it from the repository root with the TLWG fonts installed (``apt-get install
fonts-thai-tlwg``) and ``pip install reportlab uharfbuzz fonttools pythainlp pypdf``::

    python tests/data/pdf/make_pdfs.py

The PDFs are made with reportlab's invariant mode, so the same inputs give the same bytes; the
tests read the committed files and need none of these tools.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

import uharfbuzz as hb
from fontTools.ttLib import TTFont
from pythainlp.tokenize import syllable_tokenize, word_tokenize
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont as ReportlabFont
from reportlab.pdfgen.canvas import Canvas

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
FONT = Path("/usr/share/fonts/truetype/tlwg/Laksaman.ttf")

# Laksaman draws Thai about 1.45 times as wide as TH SarabunPSK: 11 pt of it sets a line as
# long as 16 pt TH SarabunPSK does, so the letter keeps the line breaks of its source.
SIZE = 11.0
LEADING = 15.0  # baseline to baseline, points
LEFT, RIGHT, TOP, BOTTOM = 70.9, 56.7, 56.7, 56.7  # 2.5 cm, 2 cm, 2 cm, 2 cm
WIDTH = A4[0] - LEFT - RIGHT
INDENT = 2.5 * 28.35  # first-line indent of a paragraph: 2.5 cm


class Shaper:
    """HarfBuzz shaping with Laksaman; glyphs written back through the font's character map."""

    def __init__(self, path: Path) -> None:
        self.font = hb.Font(hb.Face(hb.Blob.from_file_path(str(path))))
        self.scale = SIZE / self.font.face.upem
        tt = TTFont(str(path))
        order = tt.getGlyphOrder()
        reverse: dict[str, int] = {}
        for code, name in sorted(tt.getBestCmap().items()):
            reverse.setdefault(name, code)  # the lowest code point drawing that glyph
        self.code_of = {gid: reverse.get(name) for gid, name in enumerate(order)}

    def shape(self, text: str) -> tuple[str, float]:
        """The code points a cmap-based PDF producer writes for ``text``, and its width in points."""
        if not text:
            return "", 0.0
        buffer = hb.Buffer()
        buffer.add_str(text)
        buffer.guess_segment_properties()
        hb.shape(self.font, buffer)
        out = []
        for info in buffer.glyph_infos:
            code = self.code_of.get(info.codepoint)
            if code is None:
                raise ValueError(f"glyph {info.codepoint} of {text!r} has no code point")
            out.append(chr(code))
        width = sum(pos.x_advance for pos in buffer.glyph_positions) * self.scale
        return "".join(out), width


@dataclass
class Page:
    draws: list[tuple[float, float, str]] = field(default_factory=list)  # x, baseline y, text
    first_words: str = ""


@dataclass
class Layout:
    shaper: Shaper
    header: list[tuple[str, str]] = field(default_factory=list)  # (align, text) running header lines
    numbered: bool = True  # "- ๒ -" on pages after the first
    continuation: bool = True  # "/word…" at the foot of every page but the last
    pages: list[Page] = field(default_factory=lambda: [Page()])
    y: float = 0.0

    def __post_init__(self) -> None:
        self._start_page()

    def _start_page(self) -> None:
        self.y = A4[1] - TOP - SIZE
        number = len(self.pages)
        lines = [(align, text.replace("{page}", thai_digits(number))) for align, text in self.header]
        if self.numbered and number > 1:
            lines.insert(0, ("center", f"- {thai_digits(number)} -"))
        for align, text in lines:
            self._draw_aligned(align, text)
            self.y -= LEADING
        if lines:
            self.y -= LEADING  # a blank line under the page head

    def _draw_aligned(self, align: str, text: str) -> None:
        parts = [part for part in text.split("  ") if part]  # two spaces: left | centre | right
        if align == "spread" and len(parts) == 3:
            for part, where in zip(parts, ("left", "center", "right")):
                self._draw_aligned(where, part)
            return
        shaped, width = self.shaper.shape(text)
        x = {"left": LEFT, "center": LEFT + (WIDTH - width) / 2, "right": LEFT + WIDTH - width}[align]
        self.pages[-1].draws.append((x, self.y, shaped))

    def _room(self) -> None:
        if self.y < BOTTOM + 2 * LEADING:  # keep a line free for the continuation mark
            self.pages.append(Page())
            self._start_page()

    def blank(self) -> None:
        self.y -= LEADING
        if self.y < BOTTOM + 2 * LEADING:
            self.pages.append(Page())
            self._start_page()

    def paragraph(self, text: str, *, indent: float = 0.0, align: str = "left") -> None:
        for i, line in enumerate(self._wrap(text, indent)):
            self._room()
            page = self.pages[-1]
            if not page.first_words:
                page.first_words = line
            shaped, width = self.shaper.shape(line)
            x = LEFT + (indent if i == 0 else 0.0)
            if align == "center":
                x = LEFT + (WIDTH - width) / 2
            page.draws.append((x, self.y, shaped))
            self.y -= LEADING

    def _wrap(self, text: str, indent: float) -> list[str]:
        lines: list[str] = []
        room = WIDTH - indent
        rest = text
        while rest:
            if self.shaper.shape(rest)[1] <= room:
                lines.append(rest)
                break
            cut = self._cut(rest, room)
            lines.append(rest[:cut].rstrip(" "))
            rest = rest[cut:].lstrip(" ")
            room = WIDTH
        return lines

    def _cut(self, text: str, room: float) -> int:
        """Where a word processor breaks ``text`` to fit ``room``: at a space near the end of the
        line, else after the last word that fits, else between the syllables of a long compound
        word (``องค์กรปกครองส่วนท้องถิ่น``) so that the line comes out full."""
        ends = list(accumulate(len(word) for word in word_tokenize(text, engine="newmm", keep_whitespace=True)))
        fitting = [end for end in ends if self._fits(text[:end], room)] or ends[:1]
        cut = fitting[-1]
        space = text.rfind(" ", 0, cut + 1)
        if space > 0 and self._fits(text[:space], room) and not self._fits(text[:space], 0.85 * room):
            return space + 1
        if not self._fits(text[:cut], 0.85 * room):
            return cut
        for cluster_end in accumulate(len(c) for c in syllable_tokenize(text[cut:], engine="dict")):
            if not self._fits(text[: cut + cluster_end], room):
                break
            cut_in_word = cut + cluster_end
            if not self._fits(text[:cut_in_word], 0.85 * room):
                return cut_in_word
        return cut

    def _fits(self, text: str, room: float) -> bool:
        return self.shaper.shape(text.rstrip(" "))[1] <= room

def thai_digits(number: int) -> str:
    return str(number).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))


def write(layout: Layout, path: Path) -> None:
    pdfmetrics.registerFont(ReportlabFont("Laksaman", str(FONT)))
    canvas = Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    canvas.setTitle(path.stem)
    for number, page in enumerate(layout.pages):
        canvas.setFont("Laksaman", SIZE)
        for x, y, text in page.draws:
            canvas.drawString(x, y, text)
        if layout.continuation and number + 1 < len(layout.pages):
            words = layout.pages[number + 1].first_words.split(" ")
            mark = "/" + " ".join(words[:2] if words[0].startswith("(") or words[0] == "ข้อ" else words[:1]) + "…"
            shaped, width = layout.shaper.shape(mark)
            canvas.drawString(LEFT + WIDTH - width, BOTTOM, shaped)
        canvas.showPage()
    canvas.save()


def make_circular(shaper: Shaper) -> Layout:
    layout = Layout(shaper)
    lines = (ROOT / "samples" / "circular-dla-mou-thaihealth-2556.txt").read_text(encoding="utf-8").split("\n")
    mou = lines.index("บันทึกข้อตกลงความร่วมมือ")
    for number, line in enumerate(lines):
        text = line.strip()
        if not text:
            layout.blank()
        elif mou <= number < mou + 6 or (number > mou and _in_signature(lines, number)):
            layout.paragraph(text, align="center")
        else:
            too_long = shaper.shape(text)[1] > WIDTH
            layout.paragraph(text, indent=INDENT if too_long else 0.0)
    return layout


def _in_signature(lines: list[str], number: int) -> bool:
    """A line of a signature block: a "(name)" line and the position lines under it."""
    start = number
    while start > 0 and lines[start - 1].strip():
        start -= 1
    return lines[start].strip().startswith("(นาย") or lines[start].strip().startswith("(นาง")


def make_order(shaper: Shaper) -> Layout:
    header = [("right", "หน้า  {page}"), ("spread", "เล่ม ๑๓๔ ตอนพิเศษ ๗๐ ง  ราชกิจจานุเบกษา  ๒๑ มีนาคม ๒๕๖๐")]
    layout = Layout(shaper, header=header, numbered=False, continuation=False)
    lines = (ROOT / "tests" / "corpus" / "016.txt").read_text(encoding="utf-8-sig").split("\n")[5:48]
    for number, line in enumerate(lines):
        text = line.strip()
        centred = text.startswith(("คำสั่งหัวหน้า", "ที่ ๑๖", "เรื่อง ")) or number >= len(lines) - 3
        if centred:
            layout.paragraph(text, align="center")
        else:
            layout.paragraph(text, indent=INDENT)
    return layout


def make_scanned(path: Path) -> None:
    """A page as a scanner makes it: an image (here a grey rectangle) and no font at all."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=A4[0], height=A4[1])
    content = DecodedStreamObject()
    content.set_data(f"0.6 g {LEFT:.1f} {BOTTOM:.1f} {WIDTH:.1f} {A4[1] - TOP - BOTTOM:.1f} re f".encode())
    page[NameObject("/Contents")] = writer._add_object(content)
    with path.open("wb") as out:
        writer.write(out)


_FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"
 office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Laksaman" svg:font-family="Laksaman"/></office:font-face-decls>
<office:styles><style:style style:name="Body" style:family="paragraph">
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
<style:text-properties style:font-name="Laksaman" fo:font-size="11pt" style:font-name-complex="Laksaman"
 style:font-size-complex="11pt"/></style:style></office:styles>
<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm"
 fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2cm"/>
</style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
<office:body><office:text>
{paragraphs}
</office:text></office:body></office:document>
"""


NOTICE = ["ประกาศการประปา", "เรื่อง งดจ่ายน้ำประปาชั่วคราว", "",
          "เนื่องจากแรงดันน้ำต่ำ จึงขอให้ประชาชนสำรองน้ำไว้ใช้ตั้งแต่วันที่ ๗ ธันวาคม ๒๕๕๖",
          "จึงเรียนมาเพื่อโปรดทราบ"]


def make_libreoffice(path: Path, lines: list[str]) -> bool:
    """``lines`` set by LibreOffice, one paragraph each; False when soffice is not installed."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return False
    paragraphs = "\n".join(
        f'<text:p text:style-name="Body">{html.escape(line.strip())}</text:p>' if line.strip() else '<text:p text:style-name="Body"/>'
        for line in lines
    )
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / f"{path.stem}.fodt"
        source.write_text(_FODT.format(paragraphs=paragraphs), encoding="utf-8")
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", work, str(source)],
                       check=True, capture_output=True, timeout=120)
        shutil.copyfile(Path(work) / f"{path.stem}.pdf", path)
    return True


def main() -> int:
    shaper = Shaper(FONT)
    write(make_circular(shaper), HERE / "circular-laksaman.pdf")
    write(make_order(shaper), HERE / "order-gazette.pdf")
    make_scanned(HERE / "scanned-page.pdf")
    circular = (ROOT / "samples" / "circular-dla-mou-thaihealth-2556.txt").read_text(encoding="utf-8").split("\n")
    made = make_libreoffice(HERE / "letter-libreoffice.pdf", circular[:21])
    if not made or not make_libreoffice(HERE / "notice-libreoffice.pdf", NOTICE):
        print("soffice not found: the LibreOffice PDFs are left as they are", file=sys.stderr)
    for path in sorted(HERE.glob("*.pdf")):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
