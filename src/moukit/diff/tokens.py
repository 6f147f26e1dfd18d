"""Thai words for the diff: nlpo3 (newmm's algorithm, in Rust) on pythainlp's bundled word
list, offline; pythainlp's own newmm when nlpo3 is not installed. Loaded on first use, never
at import."""

from __future__ import annotations

import importlib.util
import re
import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from ..errors import MoukitError

CACHE_SIZE = 4096
"""Texts remembered per cache of the diff (tokens, keys, layouts): the clauses of a few long MOUs."""

# "ด้านพื้นฐาน\xa0 ประกอบด้วย": whitespace runs and the text between them.
_SPACE_SPLIT = re.compile(r"(\s+)")

_DICT_NAME = "moukit-words_th"
_load_lock = threading.Lock()


@lru_cache(maxsize=1)
def _segmenter() -> Callable[[str], list[str]]:
    """nlpo3 on pythainlp's bundled dictionary; pythainlp's newmm if nlpo3 is missing."""
    try:
        import nlpo3
    except ImportError:
        from pythainlp.tokenize import word_tokenize

        return lambda text: word_tokenize(text, engine="newmm", keep_whitespace=True)
    path = _dictionary_path()
    with _load_lock:
        message, loaded = nlpo3.load_dict(str(path), _DICT_NAME)
        if not loaded and "already exists" not in message:
            raise MoukitError(f"nlpo3 cannot load the Thai dictionary {path}: {message}")
    return lambda text: nlpo3.segment(text, _DICT_NAME)


def _dictionary_path() -> Path:
    """pythainlp's ``corpus/words_th.txt``, found without importing pythainlp (~80 ms)."""
    spec = importlib.util.find_spec("pythainlp")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder, "corpus", "words_th.txt")
        if path.is_file():
            return path
    raise MoukitError("pythainlp's word list corpus/words_th.txt is missing: reinstall pythainlp")


@lru_cache(maxsize=CACHE_SIZE)
def tokenize(text: str) -> tuple[str, ...]:
    """Thai words (newmm's dictionary) and every whitespace run as its own token.

    ``"ตามกฎหมาย และ"`` → ``("ตามกฎหมาย", " ", "และ")``; the tokens join back to ``text``.
    """
    tokens: list[str] = []
    for piece in _SPACE_SPLIT.split(text):
        if not piece:
            continue
        if piece[0].isspace():
            tokens.append(piece)
            continue
        words = _segmenter()(piece)
        tokens.extend(words if "".join(words) == piece else [piece])
    return tuple(tokens)
