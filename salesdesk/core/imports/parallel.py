"""Normalising a large file's rows on two cores.

Parsing phone numbers, numbers and dates is pure Python and holds the GIL (phonenumbers
alone takes about 100 us a row), so a big file's later rows are read by one helper
process (spawned: safe beside Qt's threads) while this process reads and matches the
first ones. Rows come back in file order; if the helper cannot start or fails, its rows
are read here instead, so the result never depends on it.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from .rows import RowReader, RowValues

PARALLEL_MIN_ROWS = 10_000
HELPER_SHARE = 0.6  # this process also matches and stores every row: the helper reads more
HELPER_CHUNK = 5_000  # rows per task: matched here while the helper reads the next ones


def read_rows(reader: RowReader, numbers: list[int], rows: list[list[str]]) -> list[RowValues]:
    collecting = gc.isenabled()
    gc.disable()  # many small objects, no cycles
    try:
        return [reader.read(n, c) for n, c in zip(numbers, rows, strict=True)]
    finally:
        if collecting:
            gc.enable()


def _spawnable() -> bool:
    """A spawned process re-imports the main script: impossible for `python - < x.py`."""
    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    return main_file is None or os.path.exists(main_file)


class RowSource:
    """The rows of a table as RowValues, in order; `workers` 1 keeps it in-process."""

    def __init__(
        self,
        reader: RowReader,
        numbers: list[int],
        rows: list[list[str]],
        workers: int | None = None,
        *,
        before_wait: Callable[[], None] | None = None,
    ) -> None:
        self.reader, self.numbers, self.rows = reader, numbers, rows
        self.before_wait = before_wait  # called before waiting for the helper's rows
        if workers is None:
            workers = 2 if (os.cpu_count() or 1) >= 2 and len(rows) >= PARALLEL_MIN_ROWS else 1
        if not _spawnable():
            workers = 1
        self.split = len(rows)
        self.pool: ProcessPoolExecutor | None = None
        self.chunks: list[tuple[int, int, Future]] = []  # (start, end, the helper's rows)
        if workers > 1:
            self.split = len(rows) - int(len(rows) * HELPER_SHARE)
            try:
                context = multiprocessing.get_context("spawn")
                self.pool = ProcessPoolExecutor(max_workers=1, mp_context=context)
                for start in range(self.split, len(rows), HELPER_CHUNK):
                    end = min(start + HELPER_CHUNK, len(rows))
                    job = self.pool.submit(read_rows, reader, numbers[start:end], rows[start:end])
                    self.chunks.append((start, end, job))
            except (OSError, RuntimeError, ValueError):
                self.close()
                self.split, self.chunks = len(rows), []

    def __iter__(self) -> Iterator[RowValues]:
        read = self.reader.read
        for n, cells in zip(self.numbers[: self.split], self.rows[: self.split], strict=True):
            yield read(n, cells)
        for start, end, job in self.chunks:
            if self.before_wait is not None and not job.done():
                self.before_wait()
            try:
                helped = job.result()
            except Exception:  # a helper that died: read its rows here
                helped = read_rows(self.reader, self.numbers[start:end], self.rows[start:end])
            yield from helped

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
