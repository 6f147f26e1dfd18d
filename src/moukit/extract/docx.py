"""The text of a Word .docx file (extra ``moukit[docx]``: python-docx).

python-docx opens and checks the package; the body is then read from its XML directly,
because the paragraph API leaves out text a Thai letter keeps there: text boxes (the ที่ and
date block is often one), content controls, and the numbers of automatic lists (``(๑)``,
``ข้อ ๑``, ``ก.`` typed by Word, not by the writer). The body, in document order:

- a paragraph is one line: its runs' text, tabs as spaces, a line break (``w:br``) as a new
  line; an automatically numbered paragraph starts with its label, rendered as Word renders
  it (``decimal`` 1, ``thaiNumbers`` ๑, ``thaiLetters`` ก, letters, roman, bullets as ``•``);
  an empty paragraph is a blank line;
- a text box's paragraphs follow the paragraph that anchors it;
- a table gives its cells row by row, left to right, each cell's paragraphs and nested tables
  in order, with a blank line after each cell (a signature table's blocks stay apart);
- tracked insertions are read as text, tracked deletions and field codes are not (a field
  shows its result: the date it printed, not ``DATE \\@ "d MMMM yyyy"``).

Headers, footers, footnotes and comments are not read: they are page furniture or notes about
the document, not its text. A package over ``MAX_UNPACKED`` bytes unpacked is refused before
any XML is parsed (a ZIP bomb); python-docx's XML parser resolves no entities, so an entity
reference stays in the text as written (``&name;``), the text after it kept. A ``w:sym``
symbol that is a control character is left out.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from io import BytesIO
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn

from moukit.errors import InputError

from .extracted import Extracted

MAX_UNPACKED = 256 * 1024 * 1024
MAX_XML_PART = 16 * 1024 * 1024
"""The largest XML part read (word/document.xml, numbering, styles): lxml holds a tree of about
28 bytes per byte of XML, so 16 MiB of tiny elements costs some 450 MB; a 1,000-page letter
book is a few MiB. Images and other parts are not parsed, only counted in ``MAX_UNPACKED``."""
MAX_CHARS = 32 * 1024 * 1024  # as pipeline.MAX_CHARS, counted as the text is produced
MAX_LABEL = 64
"""The longest list label rendered (Word's own are a few characters: "ข้อ ๑๒", "(ก)")."""
_P, _TBL, _TR, _TC, _R = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:r")
_T, _TAB, _PTAB, _BR, _CR = qn("w:t"), qn("w:tab"), qn("w:ptab"), qn("w:br"), qn("w:cr")
_NO_BREAK_HYPHEN, _SYM = qn("w:noBreakHyphen"), qn("w:sym")
_TXBX = qn("w:txbxContent")
_FIXED = {_TAB: " ", _PTAB: " ", _BR: "\n", _CR: "\n", _NO_BREAK_HYPHEN: "-"}  # the text these elements stand for
_SKIP = {qn(tag) for tag in ("w:pPr", "w:rPr", "w:del", "w:moveFrom", "w:instrText", "w:delText", "w:sectPr",
                             "w:footnoteReference", "w:endnoteReference", "w:commentReference")}
_SKIP.add("{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback")  # a copy of mc:Choice
_CONTAINERS = {qn(tag) for tag in ("w:sdt", "w:sdtContent", "w:customXml", "w:ins", "w:moveTo", "w:smartTag")}
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
# Thai list letters as Thai documents number sub-items: ก ข ค ง … (the obsolete ฃ ฅ left out)
_THAI_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"


def extract_docx(data: bytes, path: str | None) -> Extracted:
    """The text of a .docx file; see the module docstring and ``moukit.extract``."""
    _check_size(data, path)
    try:
        document = docx.Document(BytesIO(data))
        body = document.element.body
        numbering = _Numbering(document)
        lines = list(_counted(_block_lines(body, numbering), path))
    except InputError:
        raise
    except Exception as error:  # python-docx and lxml raise many kinds on a broken package
        first = (str(error).splitlines() or [""])[0][:200]
        raise InputError(f"is a damaged Word file ({type(error).__name__}: {first})", path=path) from None
    return Extracted(text="\n".join(lines) + "\n", encoding="docx")


def _check_size(data: bytes, path: str | None) -> None:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise InputError(f"is a damaged Word file ({error})", path=path) from None
    unpacked = sum(info.file_size for info in infos)
    if unpacked > MAX_UNPACKED:
        raise InputError(f"unpacks to {unpacked:,} bytes, over the limit of {MAX_UNPACKED:,}: not read", path=path)
    big = next((i for i in infos if i.filename.endswith((".xml", ".rels")) and i.file_size > MAX_XML_PART), None)
    if big is not None:
        raise InputError(f"its part {big.filename} unpacks to {big.file_size:,} bytes of XML, over the limit of "
                         f"{MAX_XML_PART:,}: not read", path=path)


def _counted(lines: Iterator[str], path: str | None) -> Iterator[str]:
    """``lines`` as they come, refused once they hold over ``MAX_CHARS`` characters: the budget
    is kept as the text is produced, not after."""
    chars = 0
    for line in lines:
        chars += len(line) + 1
        if chars > MAX_CHARS:
            raise InputError(f"has a text of over {MAX_CHARS:,} characters", path=path)
        yield line


def _block_lines(container: Any, numbering: _Numbering) -> Iterator[str]:
    """The lines of the paragraphs and tables in ``container``, in document order."""
    stack = [iter(container)]
    while stack:
        element = next(stack[-1], None)
        if element is None:
            stack.pop()
            continue
        tag = element.tag
        if tag == _P:
            yield from _paragraph_lines(element, numbering)
        elif tag == _TBL:
            yield from _table_lines(element, numbering)
        elif tag in _CONTAINERS:
            stack.append(iter(element))


def _table_lines(table: Any, numbering: _Numbering) -> Iterator[str]:
    # The table's own rows only, found among its children (not with iter(), which also finds
    # the rows of nested tables, each time for every table around them: minutes for 36 KB of
    # nested tables); a nested table is read with its cell.
    for row in _children(table, _TR):
        for cell in _children(row, _TC):
            yield from _block_lines(cell, numbering)
            yield ""


def _children(element: Any, tag: str) -> Iterator[Any]:
    """The children of ``element`` with ``tag``, also those wrapped in a content control."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _CONTAINERS:
            yield from _children(child, tag)


def _paragraph_lines(paragraph: Any, numbering: _Numbering) -> Iterator[str]:
    parts: list[str] = [numbering.label(paragraph)]
    boxes: list[Any] = []
    stack = [iter(paragraph)]
    while stack:
        element = next(stack[-1], None)
        if element is None:
            stack.pop()
            continue
        tag = element.tag
        if tag == _T:
            # itertext: an entity reference the parser leaves unresolved is a child, printed as
            # written (&x;), and the text after it is its tail (element.text stops before it).
            parts.extend(element.itertext())
        elif tag in _FIXED:
            parts.append(_FIXED[tag])
        elif tag == _SYM:
            parts.append(_symbol(element))
        elif tag == _TXBX:
            boxes.append(element)
        elif tag not in _SKIP and len(element):
            stack.append(iter(element))
    yield from "".join(parts).split("\n")
    for box in boxes:
        yield from _block_lines(box, numbering)


def _symbol(element: Any) -> str:
    """A ``w:sym`` character; symbol-font glyphs (U+F000-U+F0FF) and control characters (NUL,
    ESC …: no text holds them) stand for no character. A surrogate is kept, for normalization
    to replace and flag as damage."""
    try:
        char = chr(int(element.get(qn("w:char")) or "", 16))
    except ValueError:
        return ""
    return "" if "\uf000" <= char <= "\uf0ff" or char <= "\x1f" or "\x7f" <= char <= "\x9f" else char


class _Numbering:
    """Word's automatic list numbers: the label each numbered paragraph shows."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, tuple[int, str, str, str]]] = {}  # numId -> ilvl -> (start, format, text, suffix)
        self.counters: dict[str, dict[int, int]] = {}
        self.style_numbers = _style_numbers(document)
        try:
            part = document.part.part_related_by(RELATIONSHIP_TYPE.NUMBERING)
        except KeyError:
            return
        root = part.element
        abstract = {a.get(qn("w:abstractNumId")): _levels(a) for a in root.iter(qn("w:abstractNum"))}
        for num in root.iter(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            levels = dict(abstract.get(ref.get(qn("w:val")) if ref is not None else None, {}))
            for override in num.iter(qn("w:lvlOverride")):
                start = override.find(qn("w:startOverride"))
                level = _int(override.get(qn("w:ilvl")))
                if start is not None and level in levels:
                    levels[level] = (_int(start.get(qn("w:val")), 1),) + levels[level][1:]
            self.levels[num.get(qn("w:numId")) or ""] = levels

    def label(self, paragraph: Any) -> str:
        """``"(๑) "`` for a paragraph Word numbers, else ``""``; counts the paragraph."""
        num_id, level = self._number_of(paragraph)
        levels = self.levels.get(num_id or "")
        if not levels or level not in levels:
            return ""
        counters = self.counters.setdefault(num_id or "", {})
        counters[level] = counters.get(level, levels[level][0] - 1) + 1
        for deeper in [key for key in counters if key > level]:
            del counters[deeper]
        start, number_format, text, suffix = levels[level]
        if len(text) > MAX_LABEL:
            return ""  # no list label is that long: a crafted one would be expanded per paragraph
        if number_format == "bullet":
            label = text if text and not ("\uf000" <= text[0] <= "\uf0ff") else "•"
        elif number_format == "none":
            label = text.split("%")[0]
        else:
            label = text
            for shown in range(9, 0, -1):  # %10 does not exist: %1 … %9
                value = counters.get(shown - 1, levels.get(shown - 1, (1,))[0])
                label = label.replace(f"%{shown}", _format(value, levels.get(shown - 1, levels[level])[1]))
        if len(label) > MAX_LABEL:
            return ""
        return label + ("" if suffix == "nothing" or not label else " ")

    def _number_of(self, paragraph: Any) -> tuple[str | None, int]:
        properties = paragraph.find(qn("w:pPr"))
        num_pr = properties.find(qn("w:numPr")) if properties is not None else None
        if num_pr is None and properties is not None:
            style = properties.find(qn("w:pStyle"))
            num_pr = self.style_numbers.get(style.get(qn("w:val")) if style is not None else None)
        if num_pr is None:
            return None, 0
        num = num_pr.find(qn("w:numId"))
        level = num_pr.find(qn("w:ilvl"))
        return (num.get(qn("w:val")) if num is not None else None), _int(level.get(qn("w:val")) if level is not None else None)


def _levels(abstract: Any) -> dict[int, tuple[int, str, str, str]]:
    levels = {}
    for lvl in abstract.iter(qn("w:lvl")):
        values = {name: (child.get(qn("w:val")) if (child := lvl.find(qn(f"w:{name}"))) is not None else None)
                  for name in ("start", "numFmt", "lvlText", "suff")}
        levels[_int(lvl.get(qn("w:ilvl")))] = (_int(values["start"], 1), values["numFmt"] or "decimal",
                                               values["lvlText"] or "", values["suff"] or "tab")
    return levels


def _style_numbers(document: Any) -> dict[str | None, Any]:
    """Paragraph styles that number their paragraphs (heading styles often do): style id -> w:numPr."""
    try:
        styles = document.styles.element
    except Exception:  # a package without a styles part: python-docx makes one, or fails
        return {}
    found = {}
    for style in styles.iter(qn("w:style")):
        properties = style.find(qn("w:pPr"))
        num_pr = properties.find(qn("w:numPr")) if properties is not None else None
        if num_pr is not None and num_pr.find(qn("w:numId")) is not None:
            found[style.get(qn("w:styleId"))] = num_pr
    return found


def _int(value: str | None, default: int = 0) -> int:
    """A small number (up to nine digits, as Word writes them); ``default`` for anything else."""
    try:
        return int(value) if value is not None and len(value) <= 10 else default
    except ValueError:
        return default


def _format(value: int, number_format: str) -> str:
    if number_format == "thaiNumbers":
        return str(value).translate(_THAI_DIGITS)
    if number_format in ("thaiLetters", "thaiCounting"):
        return _letters(value, _THAI_LETTERS)
    if number_format in ("lowerLetter", "upperLetter"):
        text = _letters(value, "abcdefghijklmnopqrstuvwxyz")
        return text.upper() if number_format == "upperLetter" else text
    if number_format in ("lowerRoman", "upperRoman"):
        text = _roman(value)
        return text if number_format == "upperRoman" else text.lower()
    return str(value)


def _letters(value: int, alphabet: str) -> str:
    """Word's letter numbering: a … z, then aa … zz (the letter repeated; Arabic past 20 rounds)."""
    if not 0 < value <= 20 * len(alphabet):
        return str(value)
    count, index = divmod(value - 1, len(alphabet))
    return alphabet[index] * (count + 1)


def _roman(value: int) -> str:
    if not 0 < value < 4000:
        return str(value)
    out = []
    for number, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, value = divmod(value, number)
        out.append(numeral * count)
    return "".join(out)
