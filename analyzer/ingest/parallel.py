"""Read a dossier's files on every core: whole files, and large PDFs in chunks of pages, in a process pool.

Work is submitted a few tasks at a time so memory stays flat however many pages there are, results come
back in the dossier's order, and each process runs Tesseract single-threaded (see ocr.py).
"""

from __future__ import annotations

import logging
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


class _Inline:
    """Runs tasks in this process, for one worker (no pickling, easier to debug)."""

    def submit(self, fn, *args) -> Future:
        future: Future = Future()
        future.set_result(fn(*args))
        return future

    def __enter__(self) -> _Inline:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def extract_all(
    items: Iterable[SourceFile | ExtractedFile], settings: IngestSettings, cache: ExtractionCache, workers: int
) -> Iterator[tuple[SourceFile | ExtractedFile, list[ExtractedFile]]]:
    """Every item with its extraction result, in input order; cached files are not read again."""
    pending: deque[tuple[SourceFile | ExtractedFile, str | None, list[Future] | list[ExtractedFile]]] = deque()
    limit = max(2, workers * 2)
    with ProcessPoolExecutor(max_workers=workers) if workers > 1 else _Inline() as pool:
        for item in items:
            if not isinstance(item, SourceFile):
                pending.append((item, None, [item]))
            else:
                key = cache_key(item.data, settings)
                cached = cache.get(key, item.path)
                if cached is not None:
                    pending.append((item, None, cached))
                else:
                    pending.append(
                        (item, key, [pool.submit(read_chunk, c, settings) for c in plan(item, settings, workers)])
                    )
            while len(pending) > limit or (pending and _ready(pending[0][2])):
                yield _finish(pending.popleft(), settings, cache)
        while pending:
            yield _finish(pending.popleft(), settings, cache)


def _ready(work: list) -> bool:
    return all(not isinstance(w, Future) or w.done() for w in work)


def _finish(
    entry, settings: IngestSettings, cache: ExtractionCache
) -> tuple[SourceFile | ExtractedFile, list[ExtractedFile]]:
    item, key, work = entry
    if key is None:
        return item, list(work)
    try:
        result = assemble(item, [future.result() for future in work], settings)
    except Exception:  # noqa: BLE001 — a crashed worker costs one file, never the run
        log.exception("extraction of %s failed in a worker", item.path)
        result = [
            ExtractedFile(
                path=item.path,
                kind="unknown",
                error="Dit bestand kon door een onverwachte fout niet worden gelezen; controleer of het bestand heel is.",
            )
        ]
    if not any(r.warnings for r in result):
        cache.put(key, result)  # OCR trouble (e.g. Tesseract missing) is not cached: it may be fixed next time
    return item, result
