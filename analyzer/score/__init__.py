"""Score stage: judge the five requirements, the readiness verdict, the timeline and the next steps."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from analyzer.dossier import Document
from analyzer.labels import DOC_TYPES, SUBTYPES
from analyzer.score.criteria import (
    FATAL,
    CriterionResult,
    Finding,
    improvement_opportunity,
    not_due_to_illness,
    redeployment,
    timely_notice,
    training_and_conditions,
)
from analyzer.score.evidence import passages, words
from analyzer.score.settings import ScoringSettings
from analyzer.score.trajectory import Trajectory, find_trajectory

CRITERIA = (timely_notice, improvement_opportunity, training_and_conditions, redeployment, not_due_to_illness)
PERSPECTIVES = ("werkgever", "werknemer")

DIAGNOSES = words(
    r"overspannen",
    r"burn-?out",
    r"depressi",
    r"angststoornis",
    r"hernia",
    r"diagnose",
    r"medicatie",
    r"antidepressiva",
    r"psychiater",
    r"psycholoog",
    r"kanker",
    r"migraine",
    r"ptss",
    r"adhd",
    r"verslaving",
)
BSN = re.compile(
    r"\b(?:bsn|burgerservicenummer|sofi-?nummer)\b\W{0,20}(?P<number>\d{9}|\d{4}[. ]\d{2}[. ]\d{3}|\d{3}[. ]\d{3}[. ]\d{3})\b",
    re.IGNORECASE,
)
CONDUCT = words(
    r"te laat", r"verzuim zonder", r"ongeoorloofd", r"verwijtbaar", r"regels overtreden", r"instructie niet"
)
RELATIONSHIP = words(r"verstoorde (?:arbeids)?verhouding", r"vertrouwensbreuk", r"mediation", r"conflict")


@dataclass(frozen=True)
class Assessment:
    criteria: dict[str, CriterionResult]
    verdict: str
    score: int
    trajectory: Trajectory | None
    timeline: list[dict[str, str]]
    phases: dict[str, object]
    recommendations: list[str]
    warnings: list[str]
    perspective: str = "werkgever"


def readiness(criteria: dict[str, CriterionResult], settings: ScoringSettings) -> tuple[str, int]:
    """Ready only when all five are met; not ready when one is not met; otherwise at risk.

    The score adds `status_points` per requirement (met 20, doubtful 10, not met 0): 100 is a complete dossier.
    """
    statuses = [c.status for c in criteria.values()]
    verdict = "ready" if all(s == "met" for s in statuses) else "not_ready" if "not_met" in statuses else "at_risk"
    return verdict, sum(settings.status_points[s] for s in statuses)


def _event(doc: Document) -> str:
    kind = DOC_TYPES.get(doc.doc_type or "", "Document")
    if doc.subtype and doc.subtype != "other":
        kind += f" ({SUBTYPES.get(doc.subtype, doc.subtype)})"
    return f"{kind}: {doc.title}" if doc.title else kind


def timeline(
    documents: Sequence[Document], trajectory: Trajectory | None
) -> tuple[list[dict[str, str]], dict[str, object]]:
    """Dated documents in order, and the trajectory's phase (start, end, weeks)."""
    dated = sorted((d for d in documents if d.date), key=lambda d: d.date)
    events = [
        {"date": d.date.isoformat(), "document": d.id, "event": _event(d), "type": d.doc_type or ""} for d in dated
    ]
    phases: dict[str, object] = {}
    if trajectory and trajectory.start:
        phases = {
            "trajectory_start": trajectory.start.isoformat(),
            "trajectory_end": trajectory.end.isoformat() if trajectory.end else None,
            "planned_end": trajectory.planned_end.isoformat() if trajectory.planned_end else None,
            "weeks": trajectory.weeks,
        }
    return events, phases


def recommendations(criteria: dict[str, CriterionResult], perspective: str) -> list[str]:
    """Employer: the gaps to fix, most serious first. Employee's counsel: the points to attack, most damaging first."""
    failed: list[Finding] = [f for c in criteria.values() for f in c.findings if not f.ok]
    ordered = [f for f in failed if f.severity == FATAL] + [f for f in failed if f.severity != FATAL]
    lines = [f.attack if perspective == "werknemer" else f.advice for f in ordered]
    return [line for line in dict.fromkeys(lines) if line]


def _i_ground_hint(
    documents: Sequence[Document], criteria: dict[str, CriterionResult], verdict: str, perspective: str
) -> list[str]:
    """When the d-ground is incomplete but other grounds show partly, the cumulation ground may be a fallback."""
    if verdict == "ready":
        return []
    others = []
    if any(d.doc_type == "warning" for d in documents if CONDUCT.search(d.text)):
        others.append("verwijtbaar handelen (e-grond)")
    if any(RELATIONSHIP.search(d.text) for d in documents):
        others.append("een verstoorde arbeidsverhouding (g-grond)")
    if sum(d.doc_type == "medical" and d.subtype == "sick_report" for d in documents) >= 3:
        others.append("frequent verzuim (c-grond)")
    met = sum(c.status == "met" for c in criteria.values())
    if not others and met < 2:
        return []
    basis = f" Het dossier toont daarnaast deels {', '.join(others)}." if others else ""
    if perspective == "werknemer":
        return [
            "De d-grond is niet voldragen." + basis + " Reken erop dat de werkgever subsidiair de cumulatiegrond "
            "(i-grond, art. 7:669 lid 3 sub i BW) aanvoert; vraag dan de extra vergoeding van maximaal de helft van "
            "de transitievergoeding."
        ]
    return [
        "De d-grond is niet voldragen." + basis + " Overweeg de cumulatiegrond (i-grond, art. 7:669 lid 3 sub i BW) "
        "als terugvaloptie; de rechter kan dan een extra vergoeding van maximaal de helft van de transitievergoeding "
        "toekennen."
    ]


def is_bsn(number: str) -> bool:
    """The eleven test (elfproef) every Dutch citizen service number passes."""
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) != 9 or not any(digits):
        return False
    return sum(d * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True)) % 11 == 0


def _bsn_warnings(documents: Sequence[Document]) -> list[str]:
    """A personnel file should not spread BSNs over letters and reports; flag every document that holds one."""
    found = [d.id for d in documents if any(is_bsn(m.group("number")) for m in BSN.finditer(d.text))]
    return [
        f"Privacy (AVG): {doc_id} bevat een burgerservicenummer (BSN); verwijder of maskeer het in stukken die "
        "het dossier verlaten."
        for doc_id in found
    ]


def _privacy_warnings(documents: Sequence[Document]) -> list[str]:
    """The employer may not record the nature or cause of an illness (AVG, Autoriteit Persoonsgegevens)."""
    hits = [e for d in documents if d.doc_type != "employee_response" for e in passages([d], DIAGNOSES, limit=1)]
    return _bsn_warnings(documents) + [
        f"Privacy (AVG): {e.document}{f' p. {e.page}' if e.page else ''} legt medische details vast (“{e.quote[:90]}”); "
        "een werkgever mag de aard of oorzaak van ziekte niet registreren, alleen wat de bedrijfsarts zegt over "
        "belastbaarheid."
        for e in hits
    ]


def assess(
    documents: Sequence[Document], settings: ScoringSettings = ScoringSettings(), perspective: str = "werkgever"
) -> Assessment:
    """Judge the readable, classified documents of one dossier."""
    readable = [d for d in documents if d.error is None]
    trajectory = find_trajectory(readable)
    criteria = {fn.__name__: fn(readable, trajectory, settings) for fn in CRITERIA}
    verdict, score = readiness(criteria, settings)
    events, phases = timeline(readable, trajectory)
    return Assessment(
        criteria=criteria,
        verdict=verdict,
        score=score,
        trajectory=trajectory,
        timeline=events,
        phases=phases,
        recommendations=recommendations(criteria, perspective)
        + _i_ground_hint(readable, criteria, verdict, perspective),
        warnings=_privacy_warnings(readable),
        perspective=perspective,
    )


__all__ = ["PERSPECTIVES", "Assessment", "ScoringSettings", "assess", "readiness"]
