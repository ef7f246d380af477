"""Read a dossier's files on every core: whole files, and large PDFs in chunks of pages, in a process pool.

Work is submitted a few tasks at a time so memory stays flat however many pages there are, results come
back in the dossier's order, and each process runs Tesseract single-threaded (see ocr.py).
"""

from __future__ import annotations

import concurrent.futures
import gc
import logging
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from analyzer.dossier import ExtractedFile, SourceFile
from analyzer.ingest.cache import ExtractionCache, cache_key
from analyzer.ingest.errors import UnreadableFile
from analyzer.ingest.extract import READERS, extract, sniff_suffix
from analyzer.ingest.pdf import page_count, pdf_file, read_pdf_pages
from analyzer.ingest.settings import IngestSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Chunk:
    """Pages [start, stop) of one PDF, or the whole file when start is None."""

    source: SourceFile
    start: int | None = None
    stop: int | None = None


def plan(source: SourceFile, settings: IngestSettings, workers: int) -> list[Chunk]:
    """Split a PDF into chunks so every worker gets pages (at most `chunk_pages` each); other files are one task."""
    if workers < 2 or READERS.get(sniff_suffix(source), ("", None))[0] != "pdf":
        return [Chunk(source)]
    total = page_count(source.data)
    if total is None or total < 2:
        return [Chunk(source)]
    last = min(total, settings.max_pages_per_file)
    size = max(1, min(settings.chunk_pages, -(-last // workers)))
    return [Chunk(source, start, min(start + size, last)) for start in range(0, last, size)]


def read_chunk(chunk: Chunk, settings: IngestSettings) -> tuple[list, list[str], int] | list[ExtractedFile]:
    """Runs in a worker process: a whole file's extraction, or the pages of one PDF chunk."""
    if chunk.start is None:
        return extract(chunk.source, settings)
    try:
        return read_pdf_pages(chunk.source.data, chunk.start, chunk.stop, settings)
    except UnreadableFile as err:
        return [ExtractedFile(path=chunk.source.path, kind="pdf", error=str(err))]


def assemble(source: SourceFile, parts: list, settings: IngestSettings) -> list[ExtractedFile]:
    """One file's result from its chunks; a chunk that failed makes the file fail with its message."""
    if len(parts) == 1 and isinstance(parts[0], list):
        return parts[0]
    failed = [p for p in parts if isinstance(p, list)]
    if failed:
        return failed[0]
    pages = [page for chunk_pages, _, _ in parts for page in chunk_pages]
    warnings = [w for _, chunk_warnings, _ in parts for w in chunk_warnings]
    try:
        return [pdf_file(source.path, pages, warnings, parts[0][2], settings)]
    except UnreadableFile as err:
        return [ExtractedFile(path=source.path, kind="pdf", error=str(err))]


@dataclass
class _Work:
    """One file in flight: its chunks, their futures and the moment it must be done."""

    item: SourceFile | ExtractedFile
    key: str | None
    chunks: list[Chunk]
    futures: list[Future]
    deadline: float
    done: list[ExtractedFile] | None = None

    def ready(self) -> bool:
        return self.done is not None or all(f.done() for f in self.futures)


class _Pool:
    """A process pool that can be thrown away when a file hangs, so the files after it still get read."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.executor = ProcessPoolExecutor(max_workers=workers, initializer=gc.freeze)

    def submit(self, chunk: Chunk, settings: IngestSettings) -> Future:
        return self.executor.submit(read_chunk, chunk, settings)

    def restart(self) -> None:
        for process in list(getattr(self.executor, "_processes", {}).values()):
            process.terminate()  # the only way to stop a worker stuck inside a C library
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = ProcessPoolExecutor(max_workers=self.workers, initializer=gc.freeze)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def extract_all(
    items: Iterable[SourceFile | ExtractedFile], settings: IngestSettings, cache: ExtractionCache, workers: int
) -> Iterator[tuple[SourceFile | ExtractedFile, list[ExtractedFile]]]:
    """Every item with its extraction result, in input order; cached files are not read again.

    A file not read within `settings.file_timeout_s` is reported as failed; the pool is replaced and the
    other files in flight are submitted again.
    """
    pending: deque[_Work] = deque()
    limit = max(2, workers * 2)
    pool = _Pool(workers)
    try:
        for item in items:
            pending.append(_start(item, settings, cache, pool, workers))
            while len(pending) > limit or (pending and pending[0].ready()):
                yield _finish(pending.popleft(), pending, settings, cache, pool)
        while pending:
            yield _finish(pending.popleft(), pending, settings, cache, pool)
    finally:
        pool.close()


def _start(item, settings: IngestSettings, cache: ExtractionCache, pool: _Pool, workers: int) -> _Work:
    deadline = time.monotonic() + settings.file_timeout_s
    if not isinstance(item, SourceFile):
        return _Work(item, None, [], [], deadline, done=[item])
    key = cache_key(item.data, settings)
    cached = cache.get(key, item.path)
    if cached is not None:
        return _Work(item, None, [], [], deadline, done=cached)
    chunks = plan(item, settings, workers)
    return _Work(item, key, chunks, [pool.submit(c, settings) for c in chunks], deadline)


def _finish(
    work: _Work, others: deque[_Work], settings: IngestSettings, cache: ExtractionCache, pool: _Pool
) -> tuple[SourceFile | ExtractedFile, list[ExtractedFile]]:
    if work.done is not None:
        return work.item, work.done
    try:
        parts = [f.result(timeout=max(0.0, work.deadline - time.monotonic())) for f in work.futures]
        result = assemble(work.item, parts, settings)
    except concurrent.futures.TimeoutError:
        log.warning("reading %s took longer than %s s", work.item.path, settings.file_timeout_s)
        pool.restart()
        for other in others:
            if other.done is None:
                other.futures = [pool.submit(c, settings) for c in other.chunks]
                other.deadline = time.monotonic() + settings.file_timeout_s
        return work.item, [_failed(work.item.path, TIMEOUT.format(seconds=settings.file_timeout_s))]
    except Exception:  # noqa: BLE001 — a crashed worker costs one file, never the run
        log.exception("extraction of %s failed in a worker", work.item.path)
        return work.item, [_failed(work.item.path, CRASHED)]
    if not any(r.warnings for r in result):
        cache.put(work.key, result)  # OCR trouble (e.g. Tesseract missing) is not cached: it may be fixed next time
    return work.item, result


TIMEOUT = (
    "Het lezen van dit bestand duurde langer dan {seconds:.0f} seconden (instelbare limiet) en is afgebroken; "
    "controleer het bestand of lever het opnieuw aan."
)
CRASHED = "Dit bestand kon door een onverwachte fout niet worden gelezen; controleer of het bestand heel is."


def _failed(path: str, message: str) -> ExtractedFile:
    return ExtractedFile(path=path, kind="unknown", error=message)
