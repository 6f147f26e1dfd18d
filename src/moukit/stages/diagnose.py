"""Warnings about a text as a whole: damage that normalization repaired, or could not.

``diagnose_text(normalized, lines)`` reads what normalization repaired (``normalized``) and
the normalized lines; it returns warnings for the outermost Document (SPEC §2 ``warnings``):

- ``mojibake_repaired``: the text was mojibake and ``moukit.stages.mojibake`` repaired it; the
  message names the misreading ("UTF-8 read as CP1252") and the first line.
- ``mojibake``: Thai letters whose mojibake lost a byte (``เธ?``, ``à¸�``): they cannot be
  repaired; the file must be decoded again from its original bytes.
- ``garbled_text``: lines that are not text: control characters, runs of symbols, Thai marks
  with no letter to sit on (a PDF whose font has no Unicode map gives ``'1>@0 1>#1/ 2@$@1``,
  corpus 027). Raised when at least 3 lines and a fifth of them are so, or all of them are.
- ``lone_surrogate``: lone surrogates (U+D800–U+DFFF, no character; a broken PDF ToUnicode
  map or DOCX symbol gives them) that normalization replaced by U+FFFD.
- ``mark_flood``: runs of over ``MAX_MARKS`` combining marks on one letter, cut to that many
  before NFC (no text writes them; a crafted one makes NFC's cost quadratic).
- ``bidi_control``: bidirectional embeddings, overrides and isolates (U+202A–U+202E,
  U+2066–U+2069). Thai and English text never needs them, and they make a line display in
  another order than it reads (``100`` beside ``\u202e000001\u202c``, which shows
  ``100000``): kept in the text, shown as ``⟨U+202E⟩`` by every view.
- ``lost_sara_am``: the text has words that need ``ำ`` spelt with ``า`` (``ดาเนินการ``,
  ``กาหนด``), at least two: some PDFs lose ``ำ`` for good, and a layer that also reads ``า``
  as ``ำ`` elsewhere keeps the count of ``ำ`` normal, so the count is not consulted. Flagged,
  never guessed.

Clean text costs a few scans of the whole text; lines are looked at one by one only when
the text holds control characters or many symbols.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lines import Line
from ..models import Warning
from .mojibake import Repair, find_lost_mojibake
from .normalize import MAX_MARKS, Damage, Normalized

# C0 controls but \t \n \f, DEL, C1 controls, U+FFFD: no text holds them
_CONTROL_CHARS = "\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd"
_CONTROL = re.compile(f"[{_CONTROL_CHARS}]")
# A Thai mark with no Thai letter before it ("สม0? >์"), a leading vowel before no consonant
_BAD_THAI = re.compile("(?:^|(?<=[^\u0e01-\u0e4e]))[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]|[เแโใไ](?![ก-ฮ])")
# ASCII signs that Thai official text uses little, if at all
_SYMBOL_CHARS = r"@#$^&*_=+<>|`~{}\[\]\\?!"
_SYMBOLS = re.compile(f"[{_SYMBOL_CHARS}]")
# Either one: the whole text is scanned once for both
_SUSPECT = re.compile(f"[{_CONTROL_CHARS}{_SYMBOL_CHARS}]")
_SYMBOL_SHARE = 0.15  # of a line's non-space characters
_MIN_SYMBOLS = 4
_MIN_GARBLED = 3
_GARBLED_SHARE = 0.2  # of the non-blank lines
# Words spelt with ำ, as they come out of a PDF that lost it: ดำเนินการ, สำนักงาน, จำนวน …
_LOST_AM = re.compile("ดาเนิน|สานัก|จานวน|กาหนด|ตาแหน่ง|คาสั่ง|สาคัญ|ตาบล|อานาจ|อาเภอ|จาเป็น|สาเนา|คาแนะนา|นาเสนอ|ประจาปี")
_MIN_LOST_AM = 2
_LOST_QUICK = ("ดาเนิน", "สานัก")
_LOST_SAMPLE = 8000
"""The lost forms of the commonest words of official text: a layer that lost its ำ has one of them."""
# Embeddings, overrides (LRE RLE PDF LRO RLO) and isolates (LRI RLI FSI PDI)
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
_BIDI_CHARS = tuple(map(chr, (*range(0x202A, 0x202F), *range(0x2066, 0x206A))))


def diagnose_text(normalized: Normalized, lines: Sequence[Line]) -> tuple[Warning, ...]:
    """Warnings about the whole text; see the module docstring."""
    text = "\n".join(line.text for line in lines)
    return (*_mojibake(normalized.mojibake, text), *map(_damage, normalized.damage), *_bidi(text),
            *_garbled(text, lines), *_lost_sara_am(text))


def _damage(damage: Damage) -> Warning:
    places = f"{damage.count} place{'s' if damage.count != 1 else ''}, from line {damage.line}"
    if damage.step == "surrogates":
        return Warning(code="lone_surrogate", line=damage.line,
                       message=f"lone surrogates (U+D800–U+DFFF, not characters) replaced by U+FFFD in {places}: "
                       "the file's text layer is damaged there")
    return Warning(code="mark_flood", line=damage.line,
                   message=f"runs of over {MAX_MARKS} combining marks on one letter cut to {MAX_MARKS} in {places}: "
                   "no text writes them")


def _bidi(text: str) -> list[Warning]:
    if not any(char in text for char in _BIDI_CHARS):
        return []  # one substring test a character, in C: the pattern runs on flagged text only
    found = _BIDI.search(text)
    if found is None:
        return []
    count = len(_BIDI.findall(text))
    line = text.count("\n", 0, found.start()) + 1
    return [Warning(
        code="bidi_control", line=line,
        message=f"{count} bidirectional control character{'s' if count != 1 else ''} from line {line} "
        f"(U+{ord(found.group()):04X}): they can make text display in another order than it reads; "
        "the views show them as ⟨U+…⟩",
    )]


def _mojibake(repairs: tuple[Repair, ...], normalized: str) -> list[Warning]:
    warnings = [
        Warning(
            code="mojibake_repaired",
            message=f"mojibake ({repair.misreading}) repaired in {repair.count} place{'s' if repair.count != 1 else ''}, "
            f"from line {repair.first_line}: the text was decoded with the wrong codec and saved again",
            line=repair.first_line,
        )
        for repair in repairs
    ]
    lost, line = find_lost_mojibake(normalized)
    if lost >= 3:
        warnings.append(Warning(
            code="mojibake",
            message=f"{lost} Thai letters from line {line} are mojibake that lost a byte (เธ? or à¸�) and cannot be "
            "repaired: decode the original file again",
            line=line,
        ))
    return warnings


def _garbled(text: str, lines: Sequence[Line]) -> list[Warning]:
    # Lines are looked at only when the whole text holds control characters or many symbols:
    # a broken text layer always has one or the other.
    suspects = _SUSPECT.findall(text)
    if len(suspects) * 100 < len(text) and not any(_CONTROL.match(char) for char in suspects):
        return []
    content = [line for line in lines if not line.blank]
    garbled = [line.number for line in content if _is_garbled(line.text)]
    few = len(garbled) < _MIN_GARBLED or len(garbled) < _GARBLED_SHARE * len(content)
    if not garbled or (few and len(garbled) < len(content)):
        return []
    return [Warning(
        code="garbled_text",
        message=f"{len(garbled)} of {len(content)} lines, from line {garbled[0]}, are not readable text (control "
        "characters, runs of symbols, Thai marks with no letter): the PDF's text layer is probably broken "
        "(a font without a Unicode map); do not trust what was parsed from them",
        line=garbled[0],
    )]


def _is_garbled(text: str) -> bool:
    if _CONTROL.search(text):
        return True
    symbols = len(_SYMBOLS.findall(text))
    if symbols >= _MIN_SYMBOLS and symbols > _SYMBOL_SHARE * (len(text) - text.count(" ")):
        return True
    bad = len(_BAD_THAI.findall(text))
    return bad >= 2 and bad * 10 > sum(1 for char in text if "\u0e01" <= char <= "\u0e5b")


def _lost_sara_am(text: str) -> list[Warning]:
    # The words are no Thai words spelt with า: a few of them are damage, however many ำ the
    # text holds (a layer that lost ำ may also read า as ำ elsewhere, which keeps the count of
    # ำ normal). The substring tests are a cheap first look.
    opening = text[:_LOST_SAMPLE]  # a layer that lost ำ lost it from its first page
    if not any(word in opening for word in _LOST_QUICK):
        return []
    found = _LOST_AM.search(text)
    if found is None:
        return []
    count = len(_LOST_AM.findall(text))
    if count < _MIN_LOST_AM:
        return []
    line = text.count("\n", 0, found.start()) + 1
    return [Warning(
        code="lost_sara_am",
        message=f"{count} words from line {line} are spelt with า where ำ belongs ({found.group()}…): the PDF lost "
        "its sara am; values taken from such words may not match the printed document",
        line=line,
    )]
