"""The whole analysis, stage after stage: ingest → segment → date → classify → duplicates → facts → score.

This is the one place that wires the stages together; the CLI and the dashboard both call `analyze`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from analyzer.classify import CorrectionStore, apply_corrections, classify_documents, default_classifier
from analyzer.classify.corrections import Correction
from analyzer.classify.model import DocumentClassifier
from analyzer.dates import DateSettings, find_document_date
from analyzer.dossier import Document, Dossier, ExtractedFile, InputFile
from analyzer.duplicates import DuplicateSettings, mark_duplicates, scored
from analyzer.facts import extract_facts
from analyzer.ingest import IngestSettings, input_file, is_system_file, iter_sources
from analyzer.ingest.cache import ExtractionCache
from analyzer.ingest.parallel import extract_all
from analyzer.paths import cache_home
from analyzer.score import Assessment, assess
from analyzer.score.parameters import Parameters, default_parameters
from analyzer.segment import SegmentSettings, document_title, segment_pages
from analyzer.store import CaseStore


@dataclass(frozen=True)
class ProgressEvent:
    """Where a long run is, for the CLI and the dashboard alike: the stage, what it is busy with and, for a counted
    stage (pages read, dossiers done), how far it is and how long it took so far.

    Stages: extract (counted in pages), segment, date, classify, duplicates, facts; a batch adds dossier (a dossier
    starts; `done` dossiers before it) and batch (a dossier is finished and kept).
    """

    stage: str
    detail: str = ""  # the file whose pages were just read, the dossier's name
    done: int = 0
    total: int = 0  # 0: the stage is not counted
    elapsed: float = 0.0  # seconds since the counted stage started
    reused: int = 0  # of `done`: what took no work (cached files, a resumed batch's dossiers), not in the rate

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.total) if self.total else 0.0

    @property
    def seconds_left(self) -> float | None:
        """At the rate of the work done so far; None until some real work is done, and once all is."""
        worked = self.done - self.reused
        if not 0 < self.done < self.total or worked <= 0 or self.elapsed <= 0:
            return None
        return self.elapsed * (self.total - self.done) / worked


Progress = Callable[[ProgressEvent], None]

# What each stage is called where a user sees it (CLI on stderr, dashboard).
STAGE_LABELS = {
    "extract": "Tekst lezen",
    "segment": "Documenten splitsen",
    "date": "Datums bepalen",
    "classify": "Documenten classificeren",
    "duplicates": "Dubbele documenten zoeken",
    "facts": "Feiten lezen en vereisten toetsen",
    "dossier": "Dossier",
    "batch": "Dossiers",
}


def time_left_text(seconds: float) -> str:
    """The time left in words, rounded as an estimate should be."""
    minutes = round(seconds / 60)
    if minutes < 1:
        return "nog minder dan een minuut"
    if minutes < 60:
        return f"nog ongeveer {minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"nog ongeveer {hours} uur" + (f" {minutes} min" if minutes else "")


def progress_text(event: ProgressEvent) -> str:
    """One line for a user: "Tekst lezen: pagina 37 van 200 — nog ongeveer 1 min"."""
    label = STAGE_LABELS.get(event.stage, event.stage)
    if not event.total:
        return label
    if event.stage == "extract":
        text = f"{label}: pagina {event.done} van {event.total}"
    elif event.stage == "dossier":
        text = f"{label} {min(event.done + 1, event.total)} van {event.total}: {event.detail}"
    else:
        text = f"{label}: {event.done} van {event.total} klaar" + (f", laatste: {event.detail}" if event.detail else "")
    left = event.seconds_left
    return text if left is None else f"{text} — {time_left_text(left)}"


@dataclass(frozen=True)
class AnalysisSettings:
    ingest: IngestSettings = field(default_factory=IngestSettings)
    segment: SegmentSettings = field(default_factory=SegmentSettings)
    dates: DateSettings = field(default_factory=DateSettings)
    duplicates: DuplicateSettings = field(default_factory=DuplicateSettings)
    # Every number the legal rules use, each with its source (analyzer/score/parameters.yaml).
    parameters: Parameters = field(default_factory=default_parameters)
    # "werkgever": the gaps to fix before filing; "werknemer": the points the employee's counsel will attack.
    perspective: str = "werkgever"
    # Processes that read and OCR files; default: every core.
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    # How they start: "fork" (fast; for a single-threaded caller such as the CLI) or "forkserver" (for a caller with
    # threads of its own, such as the dashboard's server: see analyzer/ingest/parallel.py).
    worker_start: str = "fork"
    # Cache extracted text by content hash (in `cache_dir`, default: the user's data folder at run time).
    use_cache: bool = True
    cache_dir: Path | None = None


def no_progress(event: ProgressEvent) -> None:
    """Default progress callback: report nothing."""


def extract_dossier(
    root: Path, settings: AnalysisSettings, progress: Progress = no_progress, cache: ExtractionCache | None = None
) -> tuple[list[ExtractedFile], list[InputFile], list[str]]:
    """Read every file under `root` (in parallel, cached); the extracted files, the input files with their hashes
    (one per input, read or not: the report's file count), and the skipped system files.

    `progress` hears the pages read (extract events) as chunks and files finish."""
    extracted: list[ExtractedFile] = []
    skipped: list[str] = []
    sources = []
    for item in iter_sources(root, settings.ingest):
        if is_system_file(item.path):
            skipped.append(item.path)
        else:
            sources.append(item)
    if cache is None:
        cache = ExtractionCache((settings.cache_dir or cache_home()) if settings.use_cache else None)
    started = time.monotonic()

    def pages_read(path: str, done: int, total: int, cached: int) -> None:
        progress(ProgressEvent("extract", path, done, total, time.monotonic() - started, cached))

    for _, result in extract_all(sources, settings.ingest, cache, settings.workers, pages_read, settings.worker_start):
        extracted.extend(result)
    return extracted, [input_file(item) for item in sources], skipped


def split_documents(extracted: Iterable[ExtractedFile], settings: SegmentSettings) -> list[Document]:
    """One document per failed file, per non-paginated file, and per page range of each PDF."""
    documents: list[Document] = []
    for item in extracted:
        if item.failed:
            documents.append(
                Document(id="", file=item.path, pages=(), paginated=False, attachment=item.attachment, error=item.error)
            )
            continue
        for segment in segment_pages(item.pages, settings) if item.paginated else [None]:
            pages = item.pages[segment.start : segment.end] if segment else item.pages
            text = "\n".join(p.text for p in pages)
            documents.append(
                Document(
                    id="",
                    file=item.path,
                    pages=pages,
                    paginated=item.paginated,
                    attachment=item.attachment,
                    title=document_title(text, fallback=item.title),
                    split_reason=segment.reason if segment else None,
                    header_date=item.header_date,
                )
            )
    return [dataclasses.replace(doc, id=f"D{number:03d}") for number, doc in enumerate(documents, start=1)]


def dossier_year(documents: Iterable[Document], settings: DateSettings) -> int | None:
    """The year most documents are dated in: the context for dates written without a year.

    Taken from each document's own date (first pass, without context), not from every date mentioned,
    so birth dates and employment start dates do not pull it back in time.
    """
    years = Counter(
        finding.date.year
        for doc in documents
        if not doc.error and (finding := find_document_date(doc.text, header_date=doc.header_date, settings=settings))
    )
    return years.most_common(1)[0][0] if years else None


def date_documents(documents: list[Document], settings: DateSettings) -> list[Document]:
    """Give each document the date it was written or held, with the quoted line and the reason."""
    context_year = dossier_year(documents, settings)
    dated: list[Document] = []
    for doc in documents:
        finding = None
        if not doc.error:
            finding = find_document_date(
                doc.text, header_date=doc.header_date, context_year=context_year, settings=settings
            )
        if finding is None:
            dated.append(dataclasses.replace(doc, context_year=context_year))
        else:
            dated.append(
                dataclasses.replace(
                    doc,
                    date=finding.date,
                    date_quote=finding.quote,
                    date_reason=finding.reason,
                    context_year=context_year,
                )
            )
    return dated


def _warnings(extracted: list[ExtractedFile], skipped: list[str]) -> list[str]:
    warnings = [f"{item.path}: {warning}" for item in extracted for warning in item.warnings]
    for item in extracted:
        if item.failed:
            where = f"{item.path} (bijlage {item.attachment})" if item.attachment else item.path
            warnings.append(f"Niet gelezen: {where}: {item.error}")
    if skipped:
        warnings.append("Overgeslagen systeembestanden (geen onderdeel van het dossier): " + ", ".join(skipped))
    return warnings


def analyze(
    root: Path,
    settings: AnalysisSettings = AnalysisSettings(),
    progress: Progress = no_progress,
    *,
    classifier: DocumentClassifier | None = None,
    corrections: Mapping[str, Correction] | None = None,
) -> Dossier:
    """Read, split, date and classify every document of the dossier at `root` (a folder, a .zip or one file).

    `classifier` defaults to the user's own model or the shipped one; `corrections` to the user's stored ones.
    """
    extracted, inputs, skipped = extract_dossier(root, settings, progress)
    progress(ProgressEvent("segment", root.name))
    documents = split_documents(extracted, settings.segment)
    progress(ProgressEvent("date", root.name))
    documents = date_documents(documents, settings.dates)
    progress(ProgressEvent("classify", root.name))
    documents = classify_documents(documents, classifier or default_classifier())
    documents = apply_corrections(documents, CorrectionStore().all() if corrections is None else corrections)
    progress(ProgressEvent("duplicates", root.name))
    documents = mark_duplicates(documents, settings.duplicates)
    progress(ProgressEvent("facts", root.name))
    assessment = score_documents(documents, settings)
    pages = sum(1 for item in extracted for page in item.pages if page.number is not None)
    name = root.name[:-4] if root.name.lower().endswith(".zip") else root.name
    return Dossier(
        name=name,
        files=len(inputs),
        pages=pages,
        documents=tuple(documents),
        warnings=tuple(_warnings(extracted, skipped)),
        inputs=tuple(inputs),
        assessment=assessment,
    )


def score_documents(documents: list[Document] | tuple[Document, ...], settings: AnalysisSettings) -> Assessment:
    """Facts and score over the documents that count: a repeat of another document is read once, as its primary."""
    counted = scored(documents)
    return assess(counted, settings.parameters, settings.perspective, extract_facts(counted))


def rescore(dossier: Dossier, settings: AnalysisSettings = AnalysisSettings()) -> Dossier:
    """Score again after the documents changed (a corrected type or date) or the perspective did."""
    return dataclasses.replace(dossier, assessment=score_documents(dossier.documents, settings))


def report_fingerprint(report: dict) -> str:
    """What identifies an analysis's input in the store: a hash of its documents as the report lists them."""
    return hashlib.sha256(json.dumps(report["documents"], sort_keys=True).encode()).hexdigest()


def save_case(report: dict, source: Path, store: CaseStore | None = None, *, team: str = "") -> int:
    """Keep a report in the case store (shared by the CLI, batches and the dashboard) as one of case (`team`, name)
    ("" without access control); returns the analysis id. Another team's case of the same name is another case."""
    fingerprint = report_fingerprint(report)
    name = report["dossier"]["name"]
    if store is not None:
        return store.save_analysis(name, report, source=str(source), fingerprint=fingerprint, team=team)
    with CaseStore() as own:
        return own.save_analysis(name, report, source=str(source), fingerprint=fingerprint, team=team)
