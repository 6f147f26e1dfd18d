"""How many pages of a scan are OCR'd at once (moukit.ocr.page_threads; docs/ocr.md).

No OCR engine is needed: the engine and the page images are stood in for, and the stand-in
engine counts how many pages it is asked to read at the same time.
"""

from __future__ import annotations

import threading
import time
from typing import NamedTuple

import pytest

import moukit.ocr as ocr
from moukit.batch import jobs
from moukit.ocr import engine, images


class _Page(NamedTuple):
    number: int
    png: bytes


def _most_at_once(monkeypatch, threads: int | None, pages: int = 6) -> int:
    """Read ``pages`` stand-in pages under ``threads``: the most the engine read at once."""
    lock, busy, most = threading.Lock(), [0], [0]

    def recognise(png: bytes, path: str | None):
        with lock:
            busy[0] += 1
            most[0] = max(most[0], busy[0])
        time.sleep(0.05)
        with lock:
            busy[0] -= 1
        return None

    monkeypatch.setattr(engine, "recognise", recognise)
    monkeypatch.setattr(images, "pdf_pages", lambda data, path: (_Page(n, b"png") for n in range(1, pages + 1)))
    with ocr.using_ocr("auto", threads=threads):
        read = [image.number for image, _ in ocr._recognised(b"", "scan.pdf", "pdf")]
    assert read == list(range(1, pages + 1))  # in page order however many run at once
    return most[0]


def test_one_thread_reads_one_page_at_a_time(monkeypatch):
    assert _most_at_once(monkeypatch, 1) == 1


def test_more_threads_read_pages_side_by_side(monkeypatch):
    assert 1 < _most_at_once(monkeypatch, 3) <= 3


def test_the_default_is_the_cpus_up_to_four(monkeypatch):
    monkeypatch.setattr(ocr.os, "sched_getaffinity", lambda pid: set(range(16)), raising=False)
    assert ocr.page_threads() == ocr.MAX_PAGE_THREADS == 4
    monkeypatch.setattr(ocr.os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert ocr.page_threads() == 1
    with ocr.using_ocr("auto", threads=3):
        assert ocr.page_threads() == 3


def test_a_batch_gives_each_worker_its_share_of_the_cpus(monkeypatch):
    monkeypatch.setattr(jobs, "default_workers", lambda: 8)
    assert jobs.ocr_threads(1) is None  # one worker: the OCR's own default
    assert jobs.ocr_threads(2) == 4
    assert jobs.ocr_threads(3) == 2
    assert jobs.ocr_threads(16) == 1


def test_threads_must_be_one_or_more():
    with pytest.raises(ValueError, match="1 or more"), ocr.using_ocr("auto", threads=0):
        pass
