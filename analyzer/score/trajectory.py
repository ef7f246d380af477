"""The improvement trajectory as the dossier shows it: plan, start, end, meetings, and its length."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from analyzer.dates import find_dates
from analyzer.dossier import Document

_TERM = re.compile(r"\b(\d{1,2})\s*(weken|wk|maanden|mnd|maand)\b", re.IGNORECASE)
_END_LABELS = {"tot", "t/m", "t.m.", "tot en met"}
_START_LABELS = {"periode", "vanaf", "per", "met ingang van", "m.i.v."}


@dataclass(frozen=True)
class Trajectory:
    plans: tuple[Document, ...]
    start: dt.date | None
    planned_start: dt.date | None
    planned_end: dt.date | None
    planned_weeks: float | None
    final_evaluation: Document | None
    progress_meetings: tuple[Document, ...]
    interim_evaluations: tuple[Document, ...]

    @property
    def end(self) -> dt.date | None:
        """When the trajectory actually ended: the final evaluation, else the plan's own end."""
        if self.final_evaluation is not None and self.final_evaluation.date:
            return self.final_evaluation.date
        return self.planned_end

    @property
    def weeks(self) -> float | None:
        """The term the plan gives; else the time from start to end."""
        if self.planned_weeks is not None:
            return self.planned_weeks
        if self.start and self.end:
            return round((self.end - self.start).days / 7, 1)
        return None

    def contains(self, day: dt.date | None, before_weeks: int = 0) -> bool:
        if day is None or self.start is None:
            return False
        end = self.end or dt.date.max
        return self.start - dt.timedelta(weeks=before_weeks) <= day <= end


def of_type(documents: Sequence[Document], doc_type: str, *subtypes: str) -> list[Document]:
    """Documents of a type (and one of the subtypes, if given), dated ones in date order first."""
    chosen = [d for d in documents if d.doc_type == doc_type and (not subtypes or d.subtype in subtypes)]
    return sorted(chosen, key=lambda d: (d.date is None, d.date or dt.date.min))


def _planned_term(plan: Document) -> tuple[dt.date | None, dt.date | None, float | None]:
    """The plan's own period ("12 februari t/m 10 mei 2024") and term in weeks ("13 weken", "3 maanden")."""
    head = plan.text[:3000]
    found = find_dates(head, context_year=plan.date.year if plan.date else None)
    starts = [c.date for c in found if c.label in _START_LABELS]
    ends = [c.date for c in found if c.label in _END_LABELS]
    weeks = None
    if match := _TERM.search(head):
        number = int(match.group(1))
        weeks = float(number) if match.group(2).lower().startswith("w") else round(number * 52 / 12, 1)
    return (min(starts) if starts else None), (max(ends) if ends else None), weeks


def find_trajectory(documents: Sequence[Document]) -> Trajectory | None:
    """The trajectory from the plan and the start meeting; None when the dossier shows neither."""
    plans = of_type(documents, "improvement_plan")
    starts = of_type(documents, "meeting_report", "start")
    dates = [d.date for d in [*plans, *starts] if d.date]
    if not plans and not starts:
        return None
    start = min(dates) if dates else None
    planned_start, planned_end, planned_weeks = _planned_term(plans[0]) if plans else (None, None, None)
    if planned_weeks is None and planned_end and (planned_start or start):
        planned_weeks = round((planned_end - (planned_start or start)).days / 7, 1)
    finals = of_type(documents, "meeting_report", "final_evaluation")
    # The last one: an interim evaluation mistaken for a final one must not cut the trajectory short.
    final = next((d for d in reversed(finals) if start is None or (d.date and d.date >= start)), None)
    window_end = final.date if final and final.date else dt.date.max

    def within(doc: Document) -> bool:
        return doc.date is not None and (start is None or start <= doc.date <= window_end)

    return Trajectory(
        plans=tuple(plans),
        start=start,
        planned_start=planned_start,
        planned_end=planned_end,
        planned_weeks=planned_weeks,
        final_evaluation=final,
        progress_meetings=tuple(d for d in of_type(documents, "meeting_report", "progress") if within(d)),
        interim_evaluations=tuple(d for d in of_type(documents, "meeting_report", "interim_evaluation") if within(d)),
    )
