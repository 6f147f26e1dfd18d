"""Header, footer and closing fields compared one by one; only the changed ones are listed.

Besides the fields as parsed, two facts that a reader of versions asks about first are read
from the title and the subject: the **edition** (``(ฉบับที่ ๓)`` → ``(ฉบับที่ ๔)``: field
``edition``, "3" → "4") and whether the document is a **supplement** to an earlier one
(``(เพิ่มเติม)`` in the subject or title: field ``supplement``, null → "เพิ่มเติม"). A reference
number left blank in the new version (``ที่ ........``) is ``header.ref`` going to null.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..models import Document
from ..numerals import to_arabic
from .models import FieldChange

# "(ฉบับที่ ๓)", "ฉบับที่ 2": the edition of an announcement, an order, a regulation.
EDITION = re.compile(r"ฉบับที่\s*([๐-๙0-9]+)")
# "(เพิ่มเติม)", "( เพิ่มเติม )": a supplement to an earlier document of the same subject.
_SUPPLEMENT = re.compile(r"\(\s*เพิ่มเติม\s*\)")
SUPPLEMENT = "เพิ่มเติม"


def fields(doc: Document) -> dict[str, str | None]:
    """Each compared field's value as one line of text (None when absent)."""
    h, f = doc.header, doc.footer
    joined = lambda values: " / ".join(values) or None
    heading = " ".join(x for x in (doc.title, h.subject) if x)
    edition = EDITION.search(heading)
    return {
        "title": doc.title,
        "edition": to_arabic(edition.group(1)) if edition else None,
        "supplement": SUPPLEMENT if _SUPPLEMENT.search(heading) else None,
        "header.urgency": h.urgency,
        "header.secrecy": h.secrecy,
        "header.ref": h.ref.raw if h.ref else None,
        "header.issuer": " ".join(x for x in (h.issuer.name, h.issuer.address, h.issuer.postcode) if x) if h.issuer else None,
        "header.date": h.date.raw if h.date else None,
        "header.subject": h.subject,
        "header.salutation": f"{h.salutation.word} {h.salutation.addressee or ''}".strip() if h.salutation else None,
        "header.references": joined(h.references),
        "header.enclosures": joined([e.text for e in h.enclosures]),
        "conclusion": doc.conclusion.text if doc.conclusion else None,
        "closing": doc.closing,
        "signed.date": doc.signed.date.raw if doc.signed and doc.signed.date else None,
        "signed.place": doc.signed.place if doc.signed else None,
        "footer.owner_unit": joined(f.owner_unit),
        "footer.phone": joined(f.phone),
        "footer.fax": joined(f.fax),
        "footer.email": joined(f.email),
        "footer.copies_to": joined(f.copies_to),
    }


def diff_fields(old: Document, new: Document, same: Callable[[str, str], bool]) -> Iterator[FieldChange]:
    """The fields whose values differ (``same``: whether two values count as the same)."""
    a, b = fields(old), fields(new)
    for name in a:
        x, y = a[name], b[name]
        if (x is None) != (y is None) or (x and y and not same(x, y)):
            yield FieldChange(field=name, old=x, new=y)
