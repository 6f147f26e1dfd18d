"""People compare as rows, keyed by the person, not as prose.

A committee member, a signatory, a party: two versions list the same person when the
person's *key* is the same — the name without honorific, rank or title and without spaces,
read through text-layer damage (text.fold_damage). So "นาย วีระ  สมความคิด" and "นายวีระ
สมความคิด" are one person, and a new member is ``added``, never a reworded old one. A
person's row is ``modified`` only when the same person's position, role or title changed;
``changed`` names which.

Rows come from the Document as it is: signatories, parties, committee members listed as
clauses ("(๓) นายวีระ สมความคิด กรรมการ"), and — when the model carries them — appointments
(committees with their members) and a meeting's attendance. ``rows_of`` reads any object
with ``honorific``/``name``/``position``/``role`` attributes, so a new people list joins by
adding one line to ``people_lists``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..parts.names import split_honorific
from ..text import display_name, fold_damage
from .tokens import CACHE_SIZE

_MAX_ROW = 160
"""A member's row is short: a name, a position, a role. Longer text is a clause about someone."""
_NAME_WORDS = 2
"""Given name and surname: the words of a Thai name after its titles."""
# A row that lists a person starts with a title and a name, and says no more than who the
# person is: no verb of a clause ("ให้", "มีหน้าที่", "เป็น").
_CLAUSE_WORDS = re.compile("ให้|มีหน้าที่|ดังนี้|ดังต่อไปนี้")


@dataclass(frozen=True, slots=True)
class Row:
    """One person: the key they pair by, the line shown, and the parts compared."""

    key: str
    text: str
    parts: tuple[tuple[str, str], ...]
    """(part, value): "honorific", "name", "position", "role" … — what ``changed`` names."""
    lines: tuple[int, int] | None = None


def person_key(name: str) -> str:
    """The name as people are matched: no spaces, damage folded."""
    return fold_damage("".join(name.split()))


@lru_cache(maxsize=CACHE_SIZE)
def row_name(text: str) -> str | None:
    """The name a clause lists as a row of people, as printed ("นายวีระ สมความคิด กรรมการ" →
    "นายวีระ สมความคิด"), or None for a clause that is not such a row."""
    if len(text) > _MAX_ROW or _CLAUSE_WORDS.search(text):
        return None
    honorific, rest = split_honorific(text.strip())
    words = rest.split()
    if honorific is None or len(words) < _NAME_WORDS:
        return None
    # "ปีติพงศ์ พึ่งบุญ ณ อยุธยา": a family name with ณ takes two more words.
    size = _NAME_WORDS + 2 if len(words) > _NAME_WORDS + 1 and words[_NAME_WORDS] == "ณ" else _NAME_WORDS
    return display_name(honorific, " ".join(words[:size]))


def row_person(text: str) -> str | None:
    """The key of the person a clause lists ("นายวีระ สมความคิด กรรมการ" → "วีระสมความคิด"),
    or None for a clause that is not a row of a list of people."""
    name = row_name(text)
    return None if name is None else person_key(split_honorific(name)[1])


def signatory_row(signatory) -> Row:
    name = display_name(signatory.honorific, signatory.name)
    text = " — ".join([name, *signatory.positions]) + ("" if signatory.role == "signer" else f" [{signatory.role}]")
    return Row(person_key(signatory.name), text, (
        ("honorific", signatory.honorific or ""), ("name", signatory.name),
        ("position", " / ".join(signatory.positions)), ("role", signatory.role)), signatory.lines)


def party_row(party) -> Row:
    text = party.name + (f" ({party.abbreviation})" if party.abbreviation else "")
    return Row(person_key(party.name), text, (
        ("name", party.name), ("abbreviation", party.abbreviation or ""), ("alias", party.alias or "")), party.lines)


def rows_of(people: Iterable) -> list[Row]:
    """Rows of any list of people with ``honorific``, ``name`` and optional ``position``,
    ``role``, ``note`` (a meeting's attendance, a committee's members)."""
    rows = []
    for person in people:
        honorific = getattr(person, "honorific", None)
        shown = [display_name(honorific, person.name)]
        parts = [("honorific", honorific or ""), ("name", person.name)]
        for part in ("position", "role", "note"):
            value = getattr(person, part, None)
            if isinstance(value, (tuple, list)):
                value = " / ".join(value)
            if value:
                shown.append(str(value))
            parts.append((part, str(value or "")))
        rows.append(Row(person_key(person.name), " — ".join(shown), tuple(parts), getattr(person, "lines", None)))
    return rows


def people_lists(doc) -> Iterator[tuple[str, list[Row]]]:
    """The Document's lists of people beyond signatories and parties, each as (name, rows):
    a meeting's attendance, a memo's endorsements (the blocks its approvers wrote under it,
    one row per block, keyed by who signed it); further lists join here."""
    meeting = getattr(doc, "meeting", None)
    if meeting is not None:
        for part in ("present", "absent", "attending"):
            yield f"meeting.{part}", rows_of(getattr(meeting, part, ()))
    endorsements = getattr(doc, "endorsements", None) or ()
    if endorsements:
        yield "endorsements", [endorsement_row(e) for e in endorsements]


def endorsement_row(endorsement) -> Row:
    """One approval block: keyed by its signer (by its heading when the signature is blank)."""
    signer = endorsement.signer
    name = display_name(signer.honorific, signer.name) if signer else ""
    date = endorsement.date.raw if endorsement.date else ""
    shown = [x for x in (endorsement.heading, endorsement.text, name, *(signer.positions if signer else ()), date) if x]
    key = person_key(signer.name) if signer else person_key(endorsement.heading or endorsement.text)
    return Row(key, " — ".join(shown), (
        ("heading", endorsement.heading or ""), ("text", endorsement.text), ("name", signer.name if signer else ""),
        ("position", " / ".join(signer.positions) if signer else ""), ("date", date)), endorsement.lines)


@dataclass(frozen=True, slots=True)
class Committee:
    """A committee an order appoints: its name, its members as rows, its duties (blocks)."""

    name: str
    members: list[Row]
    duties: tuple


def committees(doc) -> list[Committee]:
    """The committees the Document lists (its ``appointments``: committee, members, duties);
    [] for a Document without them."""
    return [Committee(str(getattr(a, "committee", "") or ""), rows_of(getattr(a, "members", ())),
                      tuple(getattr(a, "duties", ())))
            for a in getattr(doc, "appointments", None) or ()]


def changed_parts(old: Row, new: Row, same) -> tuple[str, ...]:
    """The parts of the same person's row that differ (``same`` compares two values)."""
    new_parts = dict(new.parts)
    return tuple(part for part, value in old.parts if not same(value, new_parts.get(part, "")))
