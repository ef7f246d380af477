"""Two versions of one case side by side: what the employer added or removed, which requirements moved, which gaps
closed. The file grows over days (a lawyer asks, the employer sends more); each version is a saved report."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from analyzer.labels import CRITERIA, DOC_TYPES, STATUSES, VERDICTS
from analyzer.report.tables import file_place


@dataclass(frozen=True)
class Comparison:
    verdict: tuple[str | None, str | None]
    requirements: list[tuple[str, str | None, str | None]]  # (requirement, before, now) for all five, in order
    documents_added: list[str] = field(default_factory=list)
    documents_removed: list[str] = field(default_factory=list)
    documents_retyped: list[str] = field(default_factory=list)  # read (or corrected) as another type
    gaps_closed: list[str] = field(default_factory=list)
    gaps_new: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        moved = any(before != now for _, before, now in self.requirements)
        listed = (self.documents_added, self.documents_removed, self.documents_retyped, self.gaps_closed, self.gaps_new)
        return moved or any(listed)


def _where(doc: dict[str, Any], bundled: bool) -> str:
    """Where a document sits, recognisable across versions: its file (attachment; pages when the file holds more)."""
    where = file_place(doc)
    if bundled and doc.get("pages"):
        first, last = doc["pages"]
        where += f", p. {first}" + (f"–{last}" if last != first else "")
    return where


def _kind(doc: dict[str, Any]) -> str:
    return DOC_TYPES.get(doc.get("doc_type") or "", "onbekend")


def _documents(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    files = Counter(d["file"] for d in report["documents"])
    return {_where(d, files[d["file"]] > 1): d for d in report["documents"]}


def _shown(where: str, doc: dict[str, Any]) -> str:
    return f"{where} ({_kind(doc)}{': ' + doc['title'] if doc.get('title') else ''})"


def compare_reports(before: dict[str, Any], now: dict[str, Any]) -> Comparison:
    """What changed from `before` to `now` (two reports of the same case)."""
    old_docs, new_docs = _documents(before), _documents(now)
    old_gaps, new_gaps = before.get("recommendations") or [], now.get("recommendations") or []
    return Comparison(
        verdict=(before["readiness"].get("verdict"), now["readiness"].get("verdict")),
        requirements=[
            (key, (before["criteria"].get(key) or {}).get("status"), (now["criteria"].get(key) or {}).get("status"))
            for key in CRITERIA
        ],
        documents_added=[_shown(w, d) for w, d in new_docs.items() if w not in old_docs],
        documents_removed=[_shown(w, d) for w, d in old_docs.items() if w not in new_docs],
        documents_retyped=[
            f"{w}: {_kind(old_docs[w])} → {_kind(d)}"
            for w, d in new_docs.items()
            if w in old_docs and _kind(old_docs[w]) != _kind(d)
        ],
        gaps_closed=[g for g in old_gaps if g not in new_gaps],
        gaps_new=[g for g in new_gaps if g not in old_gaps],
    )


def _status(value: str | None) -> str:
    return STATUSES.get(value or "", "niet beoordeeld")


def comparison_lines(comparison: Comparison) -> list[str]:
    """The comparison in Dutch sentences, the verdict and the moved requirements first."""
    before, now = comparison.verdict
    lines = [
        f"Oordeel: {VERDICTS.get(before or '', 'niet beoordeeld')} → {VERDICTS.get(now or '', 'niet beoordeeld')}."
        if before != now
        else f"Oordeel ongewijzigd: {VERDICTS.get(now or '', 'niet beoordeeld')}."
    ]
    lines += [
        f"{CRITERIA[key]}: {_status(old)} → {_status(new)}." for key, old, new in comparison.requirements if old != new
    ]
    lines += [f"Nieuw document: {d}." for d in comparison.documents_added]
    lines += [f"Niet meer in het dossier: {d}." for d in comparison.documents_removed]
    lines += [f"Andere soort: {d}." for d in comparison.documents_retyped]
    lines += [f"Opgelost: {g}" for g in comparison.gaps_closed]
    lines += [f"Nieuw aandachtspunt: {g}" for g in comparison.gaps_new]
    return lines if comparison.changed or before != now else ["Geen verschil met de bewaarde versie."]
