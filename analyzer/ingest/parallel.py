"""Read a dossier's files on every core: whole files, and large PDFs in chunks of pages, in a process pool.

Work is submitted a few tasks at a time so memory stays flat however many pages there are, results come
back in the dossier's order, and each process runs Tesseract single-threaded (see ocr.py). The pages to read are
counted up front (once per PDF, the count `plan` splits by), and told as chunks and files finish.
"""

from __future__ import annotations

import concurrent.futures
import gc
import logging
import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

import cv2

from analyzer.dossier import ExtractedFile, SourceFile
from analyzer.ingest.cache import ExtractionCache, cache_key
from analyzer.ingest.errors import UnreadableFile
from analyzer.ingest.extract import READERS, extract, sniff_suffix
from analyzer.ingest.pdf import page_count, pdf_file, read_pdf_pages
from analyzer.ingest.settings import IngestSettings

log = logging.getLogger(__name__)

# Told as pages are read: (the file, pages read so far, pages to read, of those read the ones taken from the cache).
PagesRead = Callable[[str, int, int, int], None]


@dataclass(frozen=True)
class Chunk:
    """Pages [start, stop) of one PDF, or the whole file when start is None."""

    source: SourceFile
    start: int | None = None
    stop: int | None = None


def pages_to_read(item: SourceFile | ExtractedFile, settings: IngestSettings) -> int:
    """The pages a file stands for in the progress count: a PDF's pages up to the limit, 1 for any other file
    (and for a PDF that cannot be opened: its full read reports why)."""
    if not isinstance(item, SourceFile) or READERS.get(sniff_suffix(item), ("", None))[0] != "pdf":
        return 1
    return max(1, min(page_count(item.data) or 1, settings.max_pages_per_file))


def plan(source: SourceFile, settings: IngestSettings, workers: int, pages: int | None = None) -> list[Chunk]:
    """Split a PDF into chunks, the same number for every worker (at most `chunk_pages` pages each, unless that
    would make more than `max_chunks_per_worker` each); other files are one task.

    `pages` is `pages_to_read(source)` when the caller counted it already (the PDF is not opened again).
    """
    if workers < 2 or READERS.get(sniff_suffix(source), ("", None))[0] != "pdf":
        return [Chunk(source)]
    last = pages_to_read(source, settings) if pages is None else pages
    if last < 2:
        return [Chunk(source)]
    # As many chunks for every worker (a 63-page scan in four chunks of 16, not 25 + 25 + 13 with one core idle
    # for the last), each at most `chunk_pages`, but no more than `max_chunks_per_worker` each.
    count = workers * min(-(-last // (workers * settings.chunk_pages)), settings.max_chunks_per_worker)
    size = -(-last // count)
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
    """One file in flight: its chunks, their futures, the moment it must be done and the pages it stands for."""

    item: SourceFile | ExtractedFile
    key: str | None
    chunks: list[Chunk]
    futures: list[Future]
    deadline: float
    pages: int = 1
    done: list[ExtractedFile] | None = None
    told: int = 0  # of `pages`, the ones already counted as read
    counted: set[int] = field(default_factory=set)  # the chunks among them
    generation: int = 0  # the pool its chunks went to (see _Pool.restart)
    breaks: int = 0  # times a worker died while this file was awaited

    def lost(self) -> bool:
        """Some chunk's result is gone with a pool that was thrown away: the file must be read again."""
        return self.done is None and not all(
            f.done() and not f.cancelled() and f.exception() is None for f in self.futures
        )

    def ready(self) -> bool:
        return self.done is not None or all(f.done() for f in self.futures)


@dataclass
class _Tally:
    """Pages read so far, told to `on_pages` as they grow: never more than once per page, never going back."""

    total: int
    on_pages: PagesRead | None
    read: int = 0
    cached: int = 0

    def tell(self, work: _Work, pages: int, *, cached: bool = False) -> None:
        pages = min(pages, work.pages - work.told)
        if pages <= 0:
            return
        work.told += pages
        self.read += pages
        self.cached += pages if cached else 0
        if self.on_pages:
            self.on_pages(work.item.path, self.read, self.total, self.cached)

    def chunks_read(self, works: Iterable[_Work]) -> None:
        """Count the finished chunks of split PDFs at once, before their file is complete; a file read whole counts
        when it is finished (and cached), so whatever was told has been kept."""
        for work in works:
            if len(work.chunks) < 2:
                continue
            for index, future in enumerate(work.futures):
                if index not in work.counted and future.done():
                    work.counted.add(index)
                    chunk = work.chunks[index]
                    self.tell(work, chunk.stop - chunk.start)

    def finished(self, work: _Work) -> None:
        self.tell(work, work.pages - work.told)


def worker_context(start: str) -> multiprocessing.context.BaseContext:
    """How worker processes start: "fork" for a single-threaded caller (the CLI), "forkserver" for a caller with
    threads of its own (the dashboard's server). A worker forked while another thread of its parent held a library's
    lock waits for that lock forever (seen: lxml's, a worker reading a .docx forked by the dashboard). With a fork
    server, workers fork from a single-threaded process that imported the analyzer once (about a second, the first
    time only)."""
    context = multiprocessing.get_context(start)
    if start == "forkserver":
        context.set_forkserver_preload(["analyzer.pipeline"])
    return context


class _Pool:
    """A process pool that can be thrown away when a file hangs or a worker dies, so the other files still get read."""

    def __init__(self, workers: int, start: str = "fork") -> None:
        self.workers = workers
        self.context = worker_context(start)
        if workers > 1 and start == "fork":
            # One thread for OpenCV in every process: the pages are already spread over the workers, so its own
            # threads only fight the other worker for the cores (2 workers on 2 cores: 23.3 -> 22.8 s for the 60
            # scanned pages of benchmarks/ocr_bench.py read as one dossier, three runs each). Set here, before the
            # workers fork: changing it inside a forked worker deadlocks when this process had OpenCV threads. A fork
            # server's workers do not inherit it and keep OpenCV's default.
            cv2.setNumThreads(1)
        self.executor = ProcessPoolExecutor(max_workers=workers, initializer=gc.freeze, mp_context=self.context)
        self.generation = 0  # how many times the pool was replaced

    def submit(self, work: _Work, settings: IngestSettings, timeout_s: float) -> None:
        """Send the file's chunks to the workers and set its deadline."""
        try:
            work.futures = [self.executor.submit(read_chunk, c, settings) for c in work.chunks]
        except BrokenProcessPool:  # a worker died since the last file was awaited
            self.restart()
            work.futures = [self.executor.submit(read_chunk, c, settings) for c in work.chunks]
        work.generation = self.generation
        work.deadline = time.monotonic() + timeout_s

    def restart(self) -> None:
        for process in list((getattr(self.executor, "_processes", None) or {}).values()):
            process.terminate()  # the only way to stop a worker stuck inside a C library
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = ProcessPoolExecutor(max_workers=self.workers, initializer=gc.freeze, mp_context=self.context)
        self.generation += 1

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def extract_all(
    items: Iterable[SourceFile | ExtractedFile],
    settings: IngestSettings,
    cache: ExtractionCache,
    workers: int,
    on_pages: PagesRead | None = None,
    start: str = "fork",
) -> Iterator[tuple[SourceFile | ExtractedFile, list[ExtractedFile]]]:
    """Every item with its extraction result, in input order; cached files are not read again.

    A file not read within `settings.file_timeout_s` is reported as failed; the pool is replaced and the
    other files in flight are submitted again. `on_pages` hears the page count first (0 read), then each chunk
    of a split PDF as it is read, each other file when it is finished and each cached file at once; the count
    ends at exactly the total, failed files included.
    """
    items = list(items)  # the sources are in memory already; listing them lets their pages be counted first
    pages = [pages_to_read(item, settings) for item in items]
    tally = _Tally(sum(pages), on_pages)
    if on_pages:
        on_pages("", 0, tally.total, 0)
    pending: deque[_Work] = deque()
    limit = max(2, workers * 2)
    pool = _Pool(workers, start)

    def finish() -> tuple[SourceFile | ExtractedFile, list[ExtractedFile]]:
        work = pending.popleft()
        result = _finish(work, pending, settings, cache, pool, tally)
        tally.finished(work)
        return result

    try:
        for item, count in zip(items, pages, strict=True):
            pending.append(_start(item, count, settings, cache, pool, workers, tally))
            tally.chunks_read(pending)
            while len(pending) > limit or (pending and pending[0].ready()):
                yield finish()
        while pending:
            yield finish()
    finally:
        pool.close()


def _start(
    item, pages: int, settings: IngestSettings, cache: ExtractionCache, pool: _Pool, workers: int, tally: _Tally
) -> _Work:
    deadline = time.monotonic() + settings.file_timeout_s
    if not isinstance(item, SourceFile):
        return _Work(item, None, [], [], deadline, pages, done=[item])
    key = cache_key(item.data, settings)
    cached = cache.get(key, item.path)
    if cached is not None:
        work = _Work(item, None, [], [], deadline, pages, done=cached)
        tally.tell(work, pages, cached=True)
        return work
    work = _Work(item, key, plan(item, settings, workers, pages), [], deadline, pages)
    pool.submit(work, settings, settings.file_timeout_s)
    return work


def _wait(work: _Work, others: deque[_Work], tally: _Tally) -> None:
    """Wait until every chunk of `work` is read, counting the chunks of any file in flight as they finish; a
    TimeoutError when its deadline passes first."""
    while not all(f.done() for f in work.futures):
        left = work.deadline - time.monotonic()
        if left <= 0:
            raise concurrent.futures.TimeoutError
        running = [f for w in (work, *others) for f in w.futures if not f.done()]
        concurrent.futures.wait(running, timeout=left, return_when=concurrent.futures.FIRST_COMPLETED)
        tally.chunks_read((work, *others))


def _finish(
    work: _Work, others: deque[_Work], settings: IngestSettings, cache: ExtractionCache, pool: _Pool, tally: _Tally
) -> tuple[SourceFile | ExtractedFile, list[ExtractedFile]]:
    if work.done is not None:
        return work.item, work.done
    try:
        _wait(work, others, tally)
        parts = [f.result() for f in work.futures]
        result = assemble(work.item, parts, settings)
    except concurrent.futures.TimeoutError:
        log.warning("reading %s took longer than %s s", work.item.path, settings.file_timeout_s)
        _replace_pool(pool, others, settings)
        return work.item, [_failed(work.item.path, TIMEOUT.format(seconds=settings.file_timeout_s))]
    except BrokenProcessPool:
        # A worker died (a crash inside a C library, or the system killed it for memory) and took every chunk in
        # flight with it. They are read again in a new pool; the file awaited is given up if it breaks one twice.
        log.warning("a worker died while %s was read", work.item.path)
        if work.generation == pool.generation:
            _replace_pool(pool, others, settings)
        work.breaks += 1
        if work.breaks > 1:
            return work.item, [_failed(work.item.path, CRASHED)]
        pool.submit(work, settings, settings.file_timeout_s)
        return _finish(work, others, settings, cache, pool, tally)
    except Exception:  # noqa: BLE001 — a crashed worker costs one file, never the run
        log.exception("extraction of %s failed in a worker", work.item.path)
        return work.item, [_failed(work.item.path, CRASHED)]
    if not any(r.warnings for r in result):
        cache.put(work.key, result)  # OCR trouble (e.g. Tesseract missing) is not cached: it may be fixed next time
    return work.item, result


def _replace_pool(pool: _Pool, others: deque[_Work], settings: IngestSettings) -> None:
    """A new pool, and the files in flight whose chunks were lost with the old one sent to it."""
    pool.restart()
    for other in others:
        if other.lost():
            pool.submit(other, settings, settings.file_timeout_s)


TIMEOUT = (
    "Het lezen van dit bestand duurde langer dan {seconds:.0f} seconden (instelbare limiet) en is afgebroken; "
    "controleer het bestand of lever het opnieuw aan."
)
CRASHED = "Dit bestand kon door een onverwachte fout niet worden gelezen; controleer of het bestand heel is."


def _failed(path: str, message: str) -> ExtractedFile:
    return ExtractedFile(path=path, kind="unknown", error=message)
