"""Thai word-level edits between two versions of a text (SPEC §3, THAI-FORMATS §5).

Texts are compared on their *comparison key*. By default whitespace, the digit script and
the two encodings of ำ are not changes: ``"ตาม กฎหมาย ข้อ ๓"`` and ``"ตามกฎหมาย ข้อ 3"`` are
the same text. With ``strict=True`` the key is the text itself.

``word_edits`` works in four steps:

1. **Tokenize.** The key is cut into clusters (a base character with its marks and a
   following ำ, a leading vowel เ แ โ ใ ไ with the consonant after it), and into words with
   nlpo3 (newmm's dictionary). Words come from the text with the spaces between two Thai
   characters dropped, so a space moved by a PDF re-wrap does not turn ``ตาม|กฎหมาย`` into the
   compound ``ตามกฎหมาย``. Word boundaries inside a cluster are ignored.
2. **Align** the words with ``difflib.SequenceMatcher`` (autojunk off: it would make common
   Thai letters junk).
3. **Refine** each replaced run of words to clusters when that halves the edit:
   ``สถานีอนามัย`` → ``สถานีนอนามัย`` is an insert of ``น``, not a replaced word. An edit
   never starts inside a cluster, so a tone-mark change replaces the whole cluster.
4. **Merge** neighbouring changes, and changes separated only by whitespace or by at most
   two clusters, into one span; a span whose two sides have the same key is ``equal``.

Every span carries the original text of both sides: the ``old`` sides concatenate to the old
text and the ``new`` sides to the new one, spacing and digits as written (so by default the
two sides of an ``equal`` span may differ in spacing, digits or ำ). Whitespace the key
ignores, at the edge of a change, goes to the unchanged span beside it.

``similarity`` is the share of words in common, in order (an exact longest common
subsequence, bit-parallel). Tokens, keys and layouts are cached per text, so the aligner may
call it for many clause pairs. nlpo3 (or pythainlp) is imported on first use, never at import.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..numerals import to_arabic
from .models import Edit
from .tokens import CACHE_SIZE, tokenize

# Thai combining marks (category Mn): ั ิ ี ึ ื ุ ู ฺ ็ ่ ้ ๊ ๋ ์ ํ ๎
_MARKS = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")
_SARA_AM = "\u0e33"
_DECOMPOSED_AM = "\u0e4d\u0e32"  # nikhahit + sara aa, as some PDFs extract ำ
_LEADING_VOWELS = frozenset("เแโใไ")
_CONSONANTS = frozenset(map(chr, range(0x0E01, 0x0E2F)))  # ก … ฮ
# Thai letters, marks and signs (ฯ ๆ ๏ ๚ ๛), not digits and not ฿.
_THAI = "\u0e01-\u0e3a\u0e40-\u0e4f\u0e5a\u0e5b"
_THAI_CHARS = frozenset(ch for lo, hi in ((0x0E01, 0x0E3A), (0x0E40, 0x0E4F), (0x0E5A, 0x0E5B))
                        for ch in map(chr, range(lo, hi + 1)))

# "ให้กับ ชุมชน", "ตาม  กฎหมาย": whitespace between two Thai characters (a re-wrapped line).
_THAI_GAP = re.compile(f"(?<=[{_THAI}])\\s+(?=[{_THAI}])")
# "(Action Plan)  ใช้", "ใน ๘ ด้าน": any other whitespace run.
_SPACE_RUN = re.compile(r"\s+")

_REFINE_ATOMS = 120
"""Replaced runs of words up to this many clusters a side are tried at cluster level."""
_GAP_ATOMS = 2
"""An unchanged run of at most this many clusters between two changes joins them."""


# -- comparison keys ------------------------------------------------------------------------


def comparison_key(text: str, *, strict: bool = False) -> str:
    """The text as compared: ``"ตาม กฎหมาย ข้อ ๑"`` → ``"ตามกฎหมาย ข้อ 1"``.

    Default: whitespace between two Thai characters is dropped and any other run becomes one
    space (none at the ends), Thai digits become Arabic and ``ํา`` becomes ``ำ``.
    ``strict``: the text as is.
    """
    return text if strict else _loose_key(text)


@lru_cache(maxsize=CACHE_SIZE)
def _loose_key(text: str) -> str:
    key = _THAI_GAP.sub("", to_arabic(text)).replace(_DECOMPOSED_AM, _SARA_AM)
    return _SPACE_RUN.sub(" ", key).strip()


def is_unchanged(old: str, new: str, *, strict: bool = False) -> bool:
    """The two texts have the same comparison key."""
    return comparison_key(old, strict=strict) == comparison_key(new, strict=strict)


# -- words of a comparison key ------------------------------------------------------------------------------

@lru_cache(maxsize=CACHE_SIZE)
def _words(text: str, strict: bool) -> tuple[str, ...]:
    """The comparison key cut into words: they join to ``comparison_key(text, strict)``.

    Words come from the text with the spaces between Thai characters dropped; in strict
    mode those spaces are put back as tokens of their own.
    """
    if not strict:
        return tokenize(_loose_key(text))
    joined = _THAI_GAP.sub("", text)
    if joined == text:
        return tokenize(text)
    cuts = {0, len(text)}
    for match in _SPACE_RUN.finditer(text):
        cuts.update(match.span())
    at = 0  # where in ``text`` the next character of ``joined`` is
    for token in tokenize(joined):
        at = _advance(text, at, token)
        cuts.add(at)
    ordered = sorted(cuts)
    return tuple(text[a:b] for a, b in zip(ordered, ordered[1:]))


def _advance(text: str, at: int, token: str) -> int:
    """Where ``token`` of the joined text ends in ``text``, reading from ``at``.

    The joined text is ``text`` less whole whitespace runs between Thai characters, so the
    characters skipped here are only those dropped runs.
    """
    for ch in token:
        while text[at] != ch:
            at += 1
        at += 1
    return at


# -- similarity ------------------------------------------------------------------------------


def similarity(old: str, new: str, *, strict: bool = False) -> float:
    """0 to 1: the share of words the two texts have in common, in order.

    ``2 * LCS / (len(a) + len(b))`` over the words of the comparison keys (a space counts as a
    word); 1.0 exactly when the keys are equal. The longest common subsequence is exact
    (bit-parallel), about 40 µs for two 2,000-character clauses.
    """
    a, b = comparison_key(old, strict=strict), comparison_key(new, strict=strict)
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    words_a, words_b = _words(old, strict), _words(new, strict)
    common = _lcs_length(words_a, _match_masks(new, strict), len(words_b))
    return 2 * common / (len(words_a) + len(words_b))


def similarity_above(old: str, new: str, floor: float, *, strict: bool = False) -> float:
    """``similarity``, or 0.0 at once when it cannot reach ``floor``: two texts whose word
    counts differ too much (2 × the shorter / the sum < ``floor``) share too few words. The
    aligner scores every unpaired pair, so this spares it most LCS runs between a short
    paragraph and a long one."""
    a, b = len(_words(old, strict)), len(_words(new, strict))
    if a + b and 2 * min(a, b) < floor * (a + b):
        return 0.0
    return similarity(old, new, strict=strict)


@lru_cache(maxsize=CACHE_SIZE)
def _match_masks(text: str, strict: bool) -> dict[str, int]:
    """For each word of the text, a bit set of the places where it occurs."""
    masks: dict[str, int] = {}
    for place, word in enumerate(_words(text, strict)):
        masks[word] = masks.get(word, 0) | (1 << place)
    return masks


def _lcs_length(words: Sequence[str], masks: dict[str, int], width: int) -> int:
    """Length of the longest common subsequence (Allison–Dix / Hyyrö bit-parallel)."""
    full = (1 << width) - 1
    row = full
    for word in words:
        match = masks.get(word)
        if match:
            low = row & match
            row = ((row + low) | (row - low)) & full
    return width - row.bit_count()


# -- word edits ------------------------------------------------------------------------------

# A cluster: "เก่", "น้ำ", "ที่", "ก", " ", "A". A leading vowel stays with the consonant
# after it; marks and ำ stay with what precedes them.
_CLUSTER = re.compile(f"[{''.join(sorted(_LEADING_VOWELS))}]?[ก-ฮ][{''.join(sorted(_MARKS))}{_SARA_AM}]*"
                      f"|.[{''.join(sorted(_MARKS))}{_SARA_AM}]*", re.DOTALL)


@dataclass(frozen=True, slots=True)
class _Layout:
    """A text cut into clusters of its comparison key, grouped into words."""

    text: str
    key: str
    keys: tuple[str, ...]
    """The key of each cluster."""
    offsets: tuple[int, ...]
    """Where each cluster starts in ``key``, then ``len(key)``."""
    starts: tuple[int, ...]
    """Where each cluster starts in ``text`` (the first at 0), then ``len(text)``."""
    ends: tuple[int, ...]
    """Where the cluster before each ends in ``text`` (0 for the first), then ``len(text)``.
    Between the end of one cluster and the start of the next lies whitespace the key dropped."""
    words: tuple[int, ...]
    """The cluster each word starts at, then ``len(keys)``."""
    word_keys: tuple[str, ...]

    def key_of(self, start: int, end: int) -> str:
        return self.key[self.offsets[start]:self.offsets[end]]

    def cuts(self, ops: list[_Op], side: int) -> list[str]:
        """The text of each span on one side (1 old, 3 new). Whitespace dropped from the key
        at the edge of a change goes to the unchanged span beside it: ``"เล็ก และ"`` →
        ``"เล็กทุกแห่ง และ"`` inserts ``"ทุกแห่ง"``, not ``"ทุกแห่ง "``."""
        changes: list[tuple[int, int] | None] = []
        for op in ops:
            first, last = op[side], op[side + 1]
            if op[0] == "equal":
                changes.append(None)
            else:
                changes.append((self.starts[first], self.ends[last] if last > first else self.starts[first]))
        texts = []
        for k, cut in enumerate(changes):
            if cut is None:  # spans alternate, so the neighbours of an equal span are changes
                cut = (changes[k - 1][1] if k else 0, changes[k + 1][0] if k + 1 < len(changes) else len(self.text))
            texts.append(self.text[cut[0]:cut[1]])
        return texts


@lru_cache(maxsize=CACHE_SIZE)
def _layout(text: str, strict: bool) -> _Layout:
    key, origin, through = _keyed(text, strict)
    offsets = [match.start() for match in _CLUSTER.finditer(key)]
    keys = tuple(key[a:b] for a, b in zip(offsets, offsets[1:] + [len(key)]))
    starts = (0, *(origin[k] for k in offsets[1:]), len(text))
    ends = (0, *(through[k - 1] for k in offsets[1:]), len(text))
    cluster_at = {k: i for i, k in enumerate(offsets)}
    words, at = [0], 0
    for word in _words(text, strict):
        at += len(word)
        if at in cluster_at and at > 0:
            words.append(cluster_at[at])
    words.append(len(keys))
    offsets.append(len(key))
    return _Layout(text, key, keys, tuple(offsets), starts, ends, tuple(words),
                   tuple(key[offsets[a]:offsets[b]] for a, b in zip(words, words[1:])))


def _keyed(text: str, strict: bool) -> tuple[str, list[int], list[int]]:
    """``comparison_key(text)`` and, for each of its characters, where the characters it
    stands for start and end in ``text`` (a collapsed space run, both halves of ``ํา``)."""
    if strict:
        return text, list(range(len(text))), list(range(1, len(text) + 1))
    chars: list[str] = []
    origin: list[int] = []
    through: list[int] = []
    at = 0
    for match in _SPACE_RUN.finditer(text):
        start, end = match.span()
        chars.append(text[at:start])
        origin.extend(range(at, start))
        through.extend(range(at + 1, start + 1))
        dropped = start == 0 or end == len(text) or (text[start - 1] in _THAI_CHARS and text[end] in _THAI_CHARS)
        if not dropped:
            chars.append(" ")
            origin.append(start)
            through.append(end)
        at = end
    chars.append(text[at:])
    origin.extend(range(at, len(text)))
    through.extend(range(at + 1, len(text) + 1))
    key = to_arabic("".join(chars))
    if _DECOMPOSED_AM in key:
        for k in range(len(key) - 2, -1, -1):
            if key[k:k + 2] == _DECOMPOSED_AM:
                key = key[:k] + _SARA_AM + key[k + 2:]
                del origin[k + 1]
                through[k] = through.pop(k + 1)
    return key, origin, through


_Op = tuple[str, int, int, int, int]
"""``(tag, old start, old end, new start, new end)`` in clusters."""


def word_edits(old: str, new: str, *, strict: bool = False) -> tuple[Edit, ...]:
    """The whole of ``old`` → ``new`` as spans, unchanged ones included (see the module doc).

    ``"หลักการบริหาร"`` → ``"หลักการการบริหาร"`` gives ``equal "หลัก"``, ``insert "การ"``,
    ``equal "การบริหาร"``. Texts that differ only in key terms give one ``equal`` span
    (none for two empty texts).
    """
    key_old, key_new = comparison_key(old, strict=strict), comparison_key(new, strict=strict)
    if key_old == key_new:
        return (Edit(op="equal", old=old, new=new),) if old or new else ()
    if not key_old or not key_new:
        return (Edit(op=_tag(not old, not new), old=old, new=new),)
    a, b = _layout(old, strict), _layout(new, strict)
    ops = _merge(_word_ops(a, b), a, b)
    return tuple(Edit(op=op[0], old=old_text, new=new_text)
                 for op, old_text, new_text in zip(ops, a.cuts(ops, 1), b.cuts(ops, 3)))


def _word_ops(a: _Layout, b: _Layout) -> list[_Op]:
    """Align the words (common ends first), refining replaced runs to clusters."""
    wa, wb = a.word_keys, b.word_keys
    head = 0
    limit = min(len(wa), len(wb))
    while head < limit and wa[head] == wb[head]:
        head += 1
    tail = 0
    while tail < limit - head and wa[-1 - tail] == wb[-1 - tail]:
        tail += 1
    ops: list[_Op] = [("equal", 0, a.words[head], 0, b.words[head])]
    matcher = difflib.SequenceMatcher(None, wa[head:len(wa) - tail], wb[head:len(wb) - tail], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        op = (tag, a.words[head + i1], a.words[head + i2], b.words[head + j1], b.words[head + j2])
        ops.extend(_refine(op, a, b) if tag == "replace" else [op])
    ops.append(("equal", a.words[len(wa) - tail], len(a.keys), b.words[len(wb) - tail], len(b.keys)))
    return ops


def _refine(op: _Op, a: _Layout, b: _Layout) -> list[_Op]:
    """The replaced words as cluster edits when that at least halves the changed text."""
    _, a1, a2, b1, b2 = op
    if a2 - a1 > _REFINE_ATOMS or b2 - b1 > _REFINE_ATOMS:
        return [op]
    matcher = difflib.SequenceMatcher(None, a.keys[a1:a2], b.keys[b1:b2], autojunk=False)
    fine = _merge([(tag, a1 + i1, a1 + i2, b1 + j1, b1 + j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes()], a, b)
    return fine if 2 * _cost(fine, a, b) <= _cost([op], a, b) else [op]


def _cost(ops: list[_Op], a: _Layout, b: _Layout) -> int:
    """Characters (of the keys) removed plus characters added."""
    return sum(a.offsets[a2] - a.offsets[a1] + b.offsets[b2] - b.offsets[b1]
               for tag, a1, a2, b1, b2 in ops if tag != "equal")


def _merge(ops: list[_Op], a: _Layout, b: _Layout) -> list[_Op]:
    """Readable spans: neighbouring changes join, and so do two changes separated only by
    whitespace or at most ``_GAP_ATOMS`` clusters; a change with the same key on both
    sides is equal."""
    ops = _settle(ops, a, b)
    for k in range(1, len(ops) - 1):  # settled spans alternate: ops[k ± 1] are changes
        tag, a1, a2, _, _ = ops[k]
        if tag == "equal" and (a2 - a1 <= _GAP_ATOMS or a.key_of(a1, a2).isspace()):
            ops[k] = ("replace", *ops[k][1:])
    return _settle(ops, a, b)


def _settle(ops: list[_Op], a: _Layout, b: _Layout) -> list[_Op]:
    ops = _coalesce(ops)
    return _coalesce([("equal", *op[1:]) if op[0] != "equal" and a.key_of(op[1], op[2]) == b.key_of(op[3], op[4])
                      else op for op in ops])


def _coalesce(ops: list[_Op]) -> list[_Op]:
    """Join neighbouring equal spans and neighbouring changes; drop empty spans."""
    joined: list[_Op] = []
    for op in ops:
        tag, a1, a2, b1, b2 = op
        if a1 == a2 and b1 == b2:
            continue
        if joined and (joined[-1][0] == "equal") == (tag == "equal"):
            last = joined[-1]
            a1, b1 = last[1], last[3]
            joined[-1] = (tag if tag == "equal" else _tag(a1 == a2, b1 == b2), a1, a2, b1, b2)
        else:
            joined.append(op if tag == "equal" else (_tag(a1 == a2, b1 == b2), a1, a2, b1, b2))
    return joined


def _tag(no_old: bool, no_new: bool) -> str:
    return "insert" if no_old else "delete" if no_new else "replace"
