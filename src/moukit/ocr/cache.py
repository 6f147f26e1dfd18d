"""Arrays moukit computed once, kept on disk between processes (the Thai-digit recogniser's
training drawings: 2.3 CPU s to draw, a few milliseconds to load).

Nothing here is downloaded: a file holds what this machine computed itself, under a name
that is the SHA-256 of everything the computation read (the code that computes it, the
versions of Pillow, FreeType and numpy, each font file's name, size and time), so a change
to any of them computes afresh rather than loading stale arrays. A file that cannot be read
back whole is computed again and replaced; a directory that cannot be written is only not
used. The same input gives the same arrays whether they were loaded or computed.

The directory: ``$MOUKIT_CACHE_DIR`` (empty: keep nothing), else ``$XDG_CACHE_HOME/moukit``,
else ``~/.cache/moukit``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

CACHE_ENV = "MOUKIT_CACHE_DIR"


def cache_dir() -> Path | None:
    """Where computed arrays are kept; None when ``$MOUKIT_CACHE_DIR`` is set empty."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "moukit"


def key(name: str, parts: Iterable[object]) -> str:
    """A file name for arrays that depend on ``parts`` (anything with a stable ``repr``)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(repr(part).encode("utf-8") + b"\0")
    return f"{name}-{digest.hexdigest()[:32]}.npz"


def file_stamp(path: Path) -> tuple[str, int, int]:
    """What identifies a file's content cheaply: its name, size and modification time."""
    stat = path.stat()
    return path.name, stat.st_size, stat.st_mtime_ns


def cached_arrays(name: str, fields: tuple[str, ...], make: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """The arrays ``make()`` returns (named ``fields``), loaded from the cache file ``name``
    (see ``key``) when it holds them all, else computed and written there for the next process."""
    import numpy as np

    folder = cache_dir()
    path = folder / name if folder is not None else None
    if path is not None:
        try:
            with np.load(path, allow_pickle=False) as stored:
                if set(stored.files) == set(fields):
                    return {field: stored[field] for field in fields}
        except (OSError, ValueError, EOFError, zipfile.BadZipFile):
            pass  # not there yet, unreadable, or written by a process that died: compute it
    arrays = make()
    if path is not None:
        _write(path, arrays)
    return arrays


def _write(path: Path, arrays: dict[str, Any]) -> None:
    """Write atomically (a reader sees the old file or the whole new one); a cache that cannot
    be written is not an error, the arrays are only computed again next time."""
    import numpy as np

    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".npz")
        with os.fdopen(handle, "wb") as out:
            np.savez(out, **arrays)
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
