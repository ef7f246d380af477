"""Score stage: what the law makes of the facts. Five requirements judged by named rules with sources, the verdict,
the timeline, the next steps (gaps for the employer, attack points for the employee's counsel) and the privacy
warnings. Nothing here reads a document: the facts stage (`analyzer.facts`) has done that.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from analyzer.dossier import Document
from analyzer.facts import Facts, extract_facts
from analyzer.labels import DOC_TYPES, SUBTYPES
from analyzer.score import (
    hygiene,
    improvement_opportunity,
    not_due_to_illness,
    redeployment,
    timely_notice,
    training_and_conditions,
)
from analyzer.score.parameters import Parameters, default_parameters, notice_months
from analyzer.score.rules import NOT_MET, RULES, Case, Finding, RequirementResult, decide

REQUIREMENTS = (
    timely_notice.REQ,
    improvement_opportunity.REQ,
    training_and_conditions.REQ,
    redeployment.REQ,
    not_due_to_illness.REQ,
)
PERSPECTIVES = ("werkgever", "werknemer")
BSN = re.compile(
    r"\b(?:bsn|burgerservicenummer|sofi-?nummer)\b\W{0,20}(?P<number>\d{9}|\d{4}[. ]\d{2}[. ]\d{3}|\d{3}[. ]\d{3}[. ]\d{3})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Assessment:
    criteria: dict[str, RequirementResult]
    verdict: str
    score: int
    facts: Facts
    timeline: list[dict[str, str]]
    phases: dict[str, object]
    recommendations: list[str]
    warnings: list[str]
    perspective: str = "werkgever"
    similar: tuple = field(default=())


def readiness(criteria: dict[str, RequirementResult], params: Parameters) -> tuple[str, int]:
    """Ready only when all five are met; not ready when one is not met; otherwise at risk (art. 7:671b BW: the
    ground must be complete). The 0–100 score (schema v1) adds points per requirement and decides nothing."""
    statuses = [c.status for c in criteria.values()]
    verdict = "ready" if all(s == "met" for s in statuses) else "not_ready" if NOT_MET in statuses else "at_risk"
    return verdict, sum(params["status_points"][s] for s in statuses)


def deciding(criteria: dict[str, RequirementResult]) -> list[str]:
    """The requirements the verdict turns on: every one not met (one is enough for the court to refuse), else the
    doubtful ones; none when all five are met. In the order of the law (REQUIREMENTS)."""
    for status in (NOT_MET, "doubtful"):
        keys = [key for key in REQUIREMENTS if key in criteria and criteria[key].status == status]
        if keys:
            return keys
    return []


def judge(facts: Facts, params: Parameters | None = None, day: dt.date | None = None) -> dict[str, RequirementResult]:
    """The five requirements decided on the facts alone (the same function judges a dossier and a published case)."""
    case = Case(facts, params or default_parameters(), day)
    return {key: decide(key, case, RULES) for key in REQUIREMENTS}


def _event(doc: Document) -> str:
    kind = DOC_TYPES.get(doc.doc_type or "", "Document")
    if doc.subtype and doc.subtype != "other":
        kind += f" ({SUBTYPES.get(doc.subtype, doc.subtype)})"
    return f"{kind}: {doc.title}" if doc.title else kind


def timeline(documents: Sequence[Document], facts: Facts) -> tuple[list[dict[str, str]], dict[str, object]]:
    """Dated documents in order, and the trajectory's phase: start, planned end, actual end, extensions."""
    dated = sorted((d for d in documents if d.date), key=lambda d: d.date)
    events = [
        {"date": d.date.isoformat(), "document": d.id, "event": _event(d), "type": d.doc_type or ""} for d in dated
    ]
    phases: dict[str, object] = {}
    start = facts.trajectory_start
    if start:
        plan = facts.plan
        end = improvement_opportunity.trajectory_end(facts)
        planned_end = plan.end if plan and plan.end else None
        if planned_end is None and plan and plan.planned_weeks:
            planned_end = start + dt.timedelta(weeks=plan.planned_weeks)
        phases = {
            "trajectory_start": start.isoformat(),
            "trajectory_end": end.isoformat() if end else None,
            "planned_end": planned_end.isoformat() if planned_end else None,
            "weeks": improvement_opportunity.term_weeks(Case(facts, default_parameters())),
            "extensions": [
                {"date": e.date.isoformat() if e.date else None, "weeks": e.weeks} for e in facts.events("extension")
            ],  # fmt: skip
            "suspensions": [e.date.isoformat() for e in facts.events("suspension") if e.date],
            "resumptions": [e.date.isoformat() for e in facts.events("resumption") if e.date],
        }
        if end:  # how long it really ran, as rule IO3 counts it: sick leave left out
            sick = improvement_opportunity.sick_weeks(facts, start, end)
            phases["sick_weeks"] = round(sick, 1)
            phases["ran_weeks"] = round((end - start).days / 7 - sick, 1)
    return events, phases


ECLI = re.compile(r"ECLI:NL:[A-Z]{2,8}:\d{4}:[A-Z0-9]+")


def recommendations(criteria: dict[str, RequirementResult], perspective: str, facts: Facts | None = None) -> list[str]:
    """Employer: the gaps to fix, most serious first. Employee's counsel: the points to attack, most damaging first.
    Each cites the decision that makes the point: the closest one in which the court found the same requirement not
    met (else one the rule names)."""
    from analyzer.caselaw.similar import precedent

    failed: list[tuple[str, Finding]] = [(k, f) for k, c in criteria.items() for f in c.findings if f.status != "met"]
    ordered = [item for item in failed if item[1].status == NOT_MET] + [
        item for item in failed if item[1].status != NOT_MET
    ]
    lines = []
    for requirement, finding_ in ordered:
        line = finding_.attack if perspective == "werknemer" else finding_.advice
        if not line:
            continue
        decision = precedent(facts, requirement) if facts is not None else None
        cited = ECLI.search(finding_.source)
        ecli = decision.ecli if decision else cited.group(0) if cited else None
        lines.append(f"{line} (vgl. {ecli})" if ecli else line)
    return list(dict.fromkeys(lines))


def _i_ground_hint(facts: Facts, criteria: dict[str, RequirementResult], verdict: str, perspective: str, params: Parameters) -> list[str]:  # fmt: skip
    """When the d-ground is incomplete but close, or a trajectory stopped for illness, the cumulation ground may help."""
    if verdict == "ready":
        return []
    met = sum(c.status == "met" for c in criteria.values())
    stopped = bool(facts.events("suspension")) and not facts.events("resumption")
    if met < params["i_ground_hint_min_met"] and not stopped:
        return []
    basis = " Het traject is door ziekte stilgelegd en niet afgemaakt." if stopped else ""
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


def privacy_warnings(documents: Sequence[Document], facts: Facts) -> list[str]:
    """The employer may not record the nature or cause of an illness (AVG), nor spread BSNs over letters and reports."""
    bsn = [d.id for d in documents if any(is_bsn(m.group("number")) for m in BSN.finditer(d.text))]
    warnings = [
        f"Privacy (AVG): {doc_id} bevat een burgerservicenummer (BSN); verwijder of maskeer het in stukken die "
        "het dossier verlaten."
        for doc_id in bsn
    ]
    for detail in facts.medical_details:
        e = detail.evidence[0]
        warnings.append(
            f"Privacy (AVG): {e.document}{f' p. {e.page}' if e.page else ''} legt medische details vast (“{e.quote[:90]}”); "
            "een werkgever mag de aard of oorzaak van ziekte niet registreren, alleen wat de bedrijfsarts zegt over "
            "belastbaarheid."
        )
    return warnings


def last_day(facts: Facts, documents: Sequence[Document]) -> dt.date | None:
    """'Now' for a dossier under review: the request date if known, else its last dated document."""
    if facts.request_date:
        return facts.request_date
    dates = [d.date for d in documents if d.date]
    return max(dates) if dates else None


def assess(
    documents: Sequence[Document],
    params: Parameters | None = None,
    perspective: str = "werkgever",
    facts: Facts | None = None,
) -> Assessment:
    """Read the facts of the readable, classified documents and judge them."""
    from analyzer.caselaw.similar import similar_rulings
    from analyzer.caselaw.table import CaseLawError

    params = params or default_parameters()
    readable = [d for d in documents if d.error is None]
    facts = facts if facts is not None else extract_facts(documents)
    criteria = judge(facts, params, last_day(facts, readable))
    verdict, score = readiness(criteria, params)
    events, phases = timeline(readable, facts)
    if facts.employment and facts.employment.years_of_service is not None:
        phases = {**phases, "notice_months": notice_months(params, facts.employment.years_of_service)}
    try:
        similar = tuple(similar_rulings(facts, criteria))
        cited = recommendations(criteria, perspective, facts)
    except CaseLawError as err:  # a damaged case-law table costs the comparison, never the analysis
        similar, cited = (), recommendations(criteria, perspective)
        table_warning = [f"De jurisprudentietabel kon niet worden gelezen ({err}); vergelijkbare uitspraken ontbreken."]
    else:
        table_warning = []
    return Assessment(
        criteria=criteria,
        verdict=verdict,
        score=score,
        facts=facts,
        timeline=events,
        phases=phases,
        recommendations=cited
        + _i_ground_hint(facts, criteria, verdict, perspective, params)
        + hygiene.recommendations(facts, readable, perspective),
        warnings=privacy_warnings(readable, facts) + table_warning,
        perspective=perspective,
        similar=similar,
    )


__all__ = ["PERSPECTIVES", "REQUIREMENTS", "Assessment", "Parameters", "assess", "deciding", "judge", "readiness"]
