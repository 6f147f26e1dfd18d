"""One batch at a time on one OUT.

Two runs writing to the same OUT would interleave their lines, and ``--resume`` would then keep
the torn ones. ``lock_output`` takes an exclusive lock (``flock``) on a hidden file beside OUT,
``.OUT.lock``, before OUT is touched; a second run finds it taken and stops with one line
naming the process that holds it. The kernel releases the lock when its process ends, however
it ends (``kill -9`` too), so a lock file left behind by a killed run stops no one; a run that
finishes removes it. Where ``fcntl`` does not exist (Windows) there is no lock.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import BatchUsageError, OutputError


class OutputLock:
    """The lock of one OUT, held from ``lock_output`` until ``release``."""

    def __init__(self, path: Path, fd: int | None):
        self.path = path
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:  # remove it only while it is still ours (see lock_output)
            if os.fstat(self._fd).st_ino == os.stat(self.path).st_ino:
                os.unlink(self.path)
        except OSError:
            pass
        finally:
            os.close(self._fd)  # releases the lock
            self._fd = None


def lock_path(out: Path) -> Path:
    return out.with_name(f".{out.name}.lock")


def lock_output(out: Path) -> OutputLock:
    """Lock ``out`` for this process; raise BatchUsageError when another process holds it."""
    try:
        import fcntl
    except ImportError:
        return OutputLock(lock_path(out), None)
    path = lock_path(out)
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise OutputError(f"{out}: cannot write beside it ({path.name}): {error.strerror or error}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip()
            os.close(fd)
            process = f" (process {holder})" if holder.isdigit() else ""
            raise BatchUsageError(f"{out}: another moukit batch{process} is writing to it; wait for it to "
                                  "finish, or write to another OUT") from None
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except OSError:
            same = False
        if same:  # not a file that a run finishing meanwhile removed: the lock is ours
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
            return OutputLock(path, fd)
        os.close(fd)
