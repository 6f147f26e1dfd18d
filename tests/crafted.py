"""Files made by hand for the attack tests: a minimal PDF whose font maps its codes through a
ToUnicode map of our choosing, and a Word package with a body of our choosing."""

from __future__ import annotations

import io
import zipfile


def pdf(streams: list[bytes], to_unicode: dict[int, str] | None = None) -> bytes:
    """A PDF of one page per content stream, drawn with font /F1; ``to_unicode`` maps one-byte
    codes to UTF-16BE hex (``{1: "D800"}``), so a stream's ``<01> Tj`` shows what it maps to."""
    cmap = b""
    if to_unicode:
        pairs = b"".join(b"<%02X> <%s>\n" % (code, hexa.encode()) for code, hexa in to_unicode.items())
        cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def /CMapType 2 def\n"
                b"1 begincodespacerange <00> <FF> endcodespacerange\n%d beginbfchar\n%sendbfchar\n"
                b"endcmap CMapName currentdict /CMap defineresource pop end end" % (len(to_unicode), pairs))
    n = len(streams)
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica" + (b" /ToUnicode 4 0 R" if cmap else b"") + b" >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (5 + 2 * i) for i in range(n)) + b"] /Count %d >>" % n,
        font,
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap),
    ]
    for i, stream in enumerate(streams):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents %d 0 R >>" % (6 + 2 * i))
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    return _write(objects)


def shared_pdf(stream: bytes, pages: int) -> bytes:
    """A PDF of ``pages`` pages that all draw one compressed content stream (object 4), with
    font /F1 (Helvetica): a small file whose every page costs the whole stream."""
    return _shared(b"<< /Length %d /Filter /FlateDecode >>", stream, b"/Contents 4 0 R", pages, b"")


def form_pdf(form: bytes, draws: int, pages: int = 1) -> bytes:
    """A PDF of ``pages`` pages that each draw one compressed form XObject (object 4, /X1, its
    stream ``form``) ``draws`` times: pypdf parses the form again at each ``/X1 Do``."""
    contents = b"q /X1 Do Q\n" * draws
    return _shared(b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                   b"/Length %d /Filter /FlateDecode >>", form,
                   b"/Contents << /Length %d >>\nstream\n%s\nendstream" % (len(contents), contents), pages,
                   b" /XObject << /X1 4 0 R >>")


def _shared(head: bytes, stream: bytes, contents: bytes, pages: int, xobjects: bytes) -> bytes:
    """Pages that all share object 4, a compressed stream of dictionary ``head``, and the /Contents ``contents``."""
    import zlib

    packed = zlib.compress(stream, 9)
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        (head % len(packed)) + b"\nstream\n%s\nendstream" % packed,
    ]
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >>" + xobjects + b" >> " + contents + b" >>")
    objects += [page] * pages
    return _write(objects)


def inflating_pdf(pages: int, megabytes: int) -> bytes:
    """A PDF of ``pages`` pages, each drawing a stream of its own that inflates to ``megabytes``
    MB of numbers (70 KB compressed) before one line of text: memory, not time, is what it costs."""
    import zlib

    chunk = b"1 " * 500_000
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(pages))
               + b"] /Count %d >>" % pages,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for i in range(pages):
        packer = zlib.compressobj(9)
        packed = b"".join(packer.compress(chunk) for _ in range(megabytes))
        packed += packer.compress(b"BT /F1 12 Tf 72 700 Td (page %d) Tj ET" % i) + packer.flush()
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents %d 0 R >>" % (5 + 2 * i))
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(packed), packed))
    return _write(objects)


def _write(objects: list[bytes]) -> bytes:
    """A PDF file of ``objects``, numbered from 1, the first the catalog."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def text_stream(*lines: str | bytes) -> bytes:
    """A content stream drawing each line (plain ASCII, or hex codes as bytes) 14 points under the last."""
    ops = [b"BT /F1 12 Tf 14 TL 72 770 Td"]
    for line in lines:
        ops.append((b"<%s> Tj T*" % line.hex().encode()) if isinstance(line, bytes) else b"(%s) Tj T*" % line.encode())
    ops.append(b"ET")
    return b"\n".join(ops)


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          b'<Default Extension="xml" ContentType="application/xml"/>'
          b'<Override PartName="/word/document.xml" '
          b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         b'Target="word/document.xml"/></Relationships>')


def docx(body: str, *, doctype: str = "", parts: dict[str, bytes] | None = None, numbering: str = "") -> bytes:
    """A Word package whose body is ``body`` (WordprocessingML, the w: prefix bound), with a
    numbering part holding ``numbering`` (w:abstractNum and w:num elements) if given."""
    if numbering:
        numbering = f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W}>{numbering}</w:numbering>'
    document = f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<w:document {W}><w:body>{body}</w:body></w:document>'
    types = _TYPES
    if numbering:  # the part, its relationship from the body, and its content type
        parts = {**(parts or {}), "word/numbering.xml": numbering.encode("utf-8"), "word/_rels/document.xml.rels": _NUMBERING_RELS}
        types = types.replace(b"</Types>", b'<Override PartName="/word/numbering.xml" ContentType="application/'
                              b'vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", document.encode("utf-8"))
        for name, content in (parts or {}).items():
            archive.writestr(name, content)
    return out.getvalue()


_NUMBERING_RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships '
                   b'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" '
                   b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" '
                   b'Target="numbering.xml"/></Relationships>')


def paragraph(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
