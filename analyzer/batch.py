"""Many dossiers at once: one case per sub-folder or .zip of a folder (or of an uploaded .zip)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analyzer.ingest.sources import is_system_file
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
