"""Two versions of one case side by side: what the employer added or removed, which requirements moved, which gaps
closed. The file grows over days (a lawyer asks, the employer sends more); each version is a saved report."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from analyzer.labels import CRITERIA, DOC_TYPES, STATUSES, VERDICTS


@dataclass(frozen=True)
class Comparison:
    verdict: tuple[str | None, str | None]
    requirements: list[tuple[str, str | None, str | None]]  # (requirement, before, now) for all five, in order
    documents_added: list[str] = field(default_factory=list)
    documents_removed: list[str] = field(default_factory=list)
    gaps_closed: list[str] = field(default_factory=list)
    gaps_new: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        moved = any(before != now for _, before, now in self.requirements)
        return moved or bool(self.documents_added or self.documents_removed or self.gaps_closed or self.gaps_new)


def _document(doc: dict[str, Any], bundled: bool) -> str:
    """A document as a reader recognises it across versions: its file (attachment, pages of a bundle), type, title."""
    where = doc["file"] + (f" › {doc['attachment']}" if doc.get("attachment") else "")
    if bundled and doc.get("pages"):
        first, last = doc["pages"]
        where += f", p. {first}" + (f"–{last}" if last != first else "")
    kind = DOC_TYPES.get(doc.get("doc_type") or "", "onbekend")
    return f"{where} ({kind}{': ' + doc['title'] if doc.get('title') else ''})"


def _documents(report: dict[str, Any]) -> list[str]:
    files = Counter(d["file"] for d in report["documents"])
    return [_document(d, files[d["file"]] > 1) for d in report["documents"]]


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
        documents_added=[d for d in new_docs if d not in old_docs],
        documents_removed=[d for d in old_docs if d not in new_docs],
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
    lines += [f"Opgelost: {g}" for g in comparison.gaps_closed]
    lines += [f"Nieuw aandachtspunt: {g}" for g in comparison.gaps_new]
    return lines if comparison.changed or before != now else ["Geen verschil met de bewaarde versie."]
