"""Normalising a large file's rows on two cores.

Parsing phone numbers, numbers and dates is pure Python and holds the GIL (phonenumbers
alone takes about 100 us a row), so a big file's later rows are read by one helper
process (spawned: safe beside Qt's threads) while this process reads and matches the
first ones. When this process gets to a chunk the helper has not finished, it reads the
last chunk the helper has not started instead of waiting, so the two share the work
whatever else the machine is doing. Rows come back in file order; if the helper cannot
start or fails, its rows are read here instead, so the result never depends on it.
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
HELPER_SHARE = 0.8  # this process also matches and stores every row: the helper reads more
HELPER_CHUNK = 2_500  # rows per task: matched here while the helper reads the next ones


_helper_reader: RowReader | None = None  # in the helper process: one reader for every chunk


def _start_helper(reader: RowReader) -> None:
    global _helper_reader
    _helper_reader = reader


def _helper_rows(numbers: list[int], rows: list[list[str]]) -> list[RowValues]:
    assert _helper_reader is not None
    return read_rows(_helper_reader, numbers, rows)


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
                # One reader for the helper's life: what it remembers (repeated values,
                # phone numbers) serves every chunk.
                self.pool = ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=context,
                    initializer=_start_helper,
                    initargs=(reader,),
                )
                for start in range(self.split, len(rows), HELPER_CHUNK):
                    end = min(start + HELPER_CHUNK, len(rows))
                    job = self.pool.submit(_helper_rows, numbers[start:end], rows[start:end])
                    self.chunks.append((start, end, job))
            except (OSError, RuntimeError, ValueError):
                self.close()
                self.split, self.chunks = len(rows), []

    def __iter__(self) -> Iterator[RowValues]:
        read = self.reader.read
        for n, cells in zip(self.numbers[: self.split], self.rows[: self.split], strict=True):
            yield read(n, cells)
        stolen: dict[int, list[RowValues]] = {}  # the helper's chunks read here meanwhile
        for index, (start, end, job) in enumerate(self.chunks):
            if index in stolen:
                yield from stolen.pop(index)
                continue
            if not job.done() and self.before_wait is not None:
                self.before_wait()
            while not job.done():
                # Rather than wait, read the last chunk the helper has not started: the two
                # processes finish together whatever else the machine is busy with.
                later = next(
                    (i for i in range(len(self.chunks) - 1, index, -1)
                     if i not in stolen and self.chunks[i][2].cancel()),
                    None,
                )  # fmt: skip
                if later is None:
                    break
                first, last, _ = self.chunks[later]
                stolen[later] = self._here(first, last)
            try:
                helped = job.result()
            except Exception:  # a helper that died: read its rows here
                helped = self._here(start, end)
            yield from helped

    def _here(self, start: int, end: int) -> list[RowValues]:
        return read_rows(self.reader, self.numbers[start:end], self.rows[start:end])

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
