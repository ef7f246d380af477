"""Many dossiers at once: one case per sub-folder or .zip of a folder (or of an uploaded .zip)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from analyzer.dossier import SourceFile
from analyzer.ingest.sources import is_system_file, iter_zip
from analyzer.pipeline import AnalysisSettings, analyze
from analyzer.report import build_report

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CaseResult:
    name: str
    path: Path
    report: dict[str, Any] | None
    error: str | None


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
    root: Path, settings: AnalysisSettings = AnalysisSettings(), progress: Callable[[int, int, str], None] | None = None
) -> Iterator[CaseResult]:
    """Analyse every case; a case that cannot be analysed is a result with a Dutch error, never a crash."""
    cases = find_cases(root)
    for number, path in enumerate(cases, start=1):
        if progress:
            progress(number, len(cases), path.name)
        try:
            yield CaseResult(
                path.stem if path.suffix.lower() == ".zip" else path.name,
                path,
                build_report(analyze(path, settings)),
                None,
            )
        except Exception:  # noqa: BLE001 — one broken case must not stop a batch of hundreds
            log.exception("case %s failed", path)
            yield CaseResult(
                path.name, path, None, "Dit dossier kon door een onverwachte fout niet worden geanalyseerd."
            )


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
