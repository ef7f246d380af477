"""Many dossiers at once: one case per sub-folder or .zip of a folder (or of an uploaded .zip)."""

from __future__ import annotations

import concurrent.futures
import dataclasses
import gc
import logging
import multiprocessing
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from analyzer.classify import default_classifier
from analyzer.dossier import SourceFile
from analyzer.ingest.parallel import worker_context
from analyzer.ingest.sources import is_system_file, iter_zip
from analyzer.pipeline import AnalysisSettings, Progress, ProgressEvent, analyze, no_progress, report_fingerprint
from analyzer.report import build_report
from analyzer.report.tables import case_row
from analyzer.store import CaseStore

log = logging.getLogger(__name__)


CASE_FAILED = "Dit dossier kon door een onverwachte fout niet worden geanalyseerd; analyseer het los voor details."


@dataclass(frozen=True)
class CaseResult:
    name: str
    path: Path
    report: dict[str, Any] | None
    error: str | None


def case_name(path: Path) -> str:
    return path.stem if path.suffix.lower() == ".zip" else path.name


def find_cases(root: Path) -> list[Path]:
    """The dossiers in `root`: its sub-folders and .zip files, in name order (loose files are no case)."""
    return sorted(
        p
        for p in root.iterdir()
        if not is_system_file(p.name)
        and (p.is_dir() or p.suffix.lower() == ".zip")
        and not p.name.startswith((".", "_"))
    )


def analyze_cases(
    root: Path, settings: AnalysisSettings = AnalysisSettings(), progress: Progress = no_progress
) -> Iterator[CaseResult]:
    """Analyse every case in `root`; a case that cannot be analysed is a result with a Dutch error, never a crash."""
    return analyze_cases_at(find_cases(root), settings, progress)


def analyze_cases_at(
    cases: list[Path], settings: AnalysisSettings = AnalysisSettings(), progress: Progress = no_progress
) -> Iterator[CaseResult]:
    """Analyse the given cases one after the other; one broken case never stops the batch.

    `progress` hears a "dossier" event as each case starts, then that case's own stages."""
    started = time.monotonic()
    for number, path in enumerate(cases):
        progress(ProgressEvent("dossier", path.name, number, len(cases), time.monotonic() - started))
        try:
            yield CaseResult(case_name(path), path, build_report(analyze(path, settings, progress)), None)
        except Exception:  # noqa: BLE001 — one broken case must not stop a batch of hundreds
            log.exception("case %s failed", path)
            yield CaseResult(case_name(path), path, None, CASE_FAILED)


def unpack(archive: Path, destination: Path, settings: AnalysisSettings = AnalysisSettings()) -> Path:
    """Unpack an uploaded .zip of dossiers so each case becomes a folder; names can never leave `destination`.

    Zips inside it (one per case) become folders named after them. Members that cannot be unpacked
    (encrypted, over the size limits) are left out here; analyse that case's own zip to see them listed.
    """
    destination.mkdir(parents=True, exist_ok=True)
    for item in iter_zip(archive.read_bytes(), "", settings.ingest):
        if not isinstance(item, SourceFile):
            continue
        parts = [p for p in PurePosixPath(item.path).parts if p not in ("..", ".", "/") and not p.endswith(":")]
        if parts:
            target = destination.joinpath(*parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(item.data)
    return destination


def analyze_case(path: Path, settings: AnalysisSettings) -> CaseResult:
    """One case, in whatever process or Dask worker runs it; never raises."""
    return next(iter(analyze_cases_at([path], settings)))


def analyze_case_on_dask(path: Path, settings: AnalysisSettings) -> CaseResult:
    """One case as a Dask task. Dask's worker processes are daemonic, and a daemonic process may not start the
    process pool that reads the files: every case not in the cache failed ("daemonic processes are not allowed to
    have children"). The pool is shut down before the case returns, so no child outlives the task."""
    multiprocessing.current_process().daemon = False
    return analyze_case(path, settings)


def map_cases(paths: list[Path], settings: AnalysisSettings, scheduler: str | None = None) -> Iterator[CaseResult]:
    """Analyse cases in parallel — a process per core, or a Dask cluster — yielding each as it finishes.

    Every case is read with one process inside (its `workers` is set to 1): with many cases, spreading whole
    cases over the workers keeps them all busy without nested pools.
    """
    inner = dataclasses.replace(settings, workers=1, worker_start="fork")  # a case's worker has no other threads
    if scheduler:
        from dask.distributed import Client, as_completed

        with Client(scheduler) as client:
            futures = client.map(analyze_case_on_dask, paths, settings=inner, pure=False)
            for future in as_completed(futures):
                yield future.result()
    elif settings.workers > 1 and len(paths) > 1:
        default_classifier()  # load once here: forked workers inherit it instead of each loading it again
        context = worker_context(settings.worker_start)
        with ProcessPoolExecutor(max_workers=settings.workers, initializer=gc.freeze, mp_context=context) as pool:
            futures = [pool.submit(analyze_case, path, inner) for path in paths]
            for future in concurrent.futures.as_completed(futures):
                yield future.result()
    else:
        yield from analyze_cases_at(paths, settings)


def run_batch(
    root: Path,
    store: CaseStore,
    settings: AnalysisSettings = AnalysisSettings(),
    progress: Progress = no_progress,
    scheduler: str | None = None,
    *,
    team: str = "",
) -> list[dict[str, Any]]:
    """Analyse every case of `root`, keeping each finished case in the store at once, as a case of `team`.

    An interrupted batch on the same folder resumes: finished cases come from the store, not analysed again.
    `progress` hears a "batch" event at the start (the resumed cases done) and after each case is stored. Returns
    one row per case, in case order.
    """
    cases = find_cases(root)
    names = [case_name(p) for p in cases]
    key = str(root.resolve())
    batch_id = store.find_batch(key) or store.start_batch(key, names)
    done = store.batch_progress(batch_id)
    todo = [p for p in cases if case_name(p) not in done]
    resumed, started = len(done), time.monotonic()
    progress(ProgressEvent("batch", "", resumed, len(cases), reused=resumed))
    for result in map_cases(todo, settings, scheduler):
        analysis = None
        if result.report is not None:
            row = case_row(result.report)
            analysis = (result.report, str(result.path), report_fingerprint(result.report))
        else:
            row = {"dossier": result.name, "oordeel": "fout", "melding": result.error}
        store.finish_case(batch_id, result.name, row, result.error, analysis, team=team)
        done[result.name] = row
        progress(ProgressEvent("batch", result.name, len(done), len(cases), time.monotonic() - started, resumed))
    store.finish_batch(batch_id)
    return [done[name] for name in names]
