"""Similar rulings: the published decisions whose facts are closest to a dossier's, and why they are close.

Each dossier and each decision becomes a set of plain features read from its facts ("written warning before the
plan", "plan shorter than 8 weeks", "bedrijfsarts sees a link", ...). Closeness is the weighted overlap of the two
sets (a Jaccard similarity, with the features that decide cases weighing more), so the shared features themselves
explain the match.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from analyzer.caselaw.table import Decision, decisions
from analyzer.facts.model import Facts

# Dutch labels of the features; a feature's weight says how much it decides a case (2) or only colours it (1).
FEATURES: dict[str, tuple[str, int]] = {
    "criticism_written": ("schriftelijke kritiek vóór het traject", 2),
    "criticism_none": ("geen schriftelijke kritiek vóór het traject", 2),
    "warning": ("een schriftelijke waarschuwing", 1),
    "appraisal_insufficient": ("een onvoldoende beoordeling", 1),
    "appraisal_good_before": ("een goede beoordeling vlak voor het traject", 2),
    "consequence_dismissal": ("ontslag als gevolg genoemd", 1),
    "consequence_missing": ("geen gevolg genoemd", 2),
    "plan": ("een schriftelijk verbeterplan", 1),
    "no_plan": ("geen verbeterplan", 2),
    "term_short": ("een traject korter dan 8 weken", 2),
    "term_2_3_months": ("een traject van 2 tot 3 maanden", 1),
    "term_normal": ("een traject van 3 maanden of langer", 1),
    "goals_vague": ("alleen vage doelen", 2),
    "goals_concrete": ("concrete doelen", 1),
    "support": ("ondersteuning (coach, cursus, begeleiding)", 1),
    "no_support": ("geen ondersteuning", 2),
    "cut_short": ("voortijdig beëindigd traject", 2),
    "suspended": ("traject opgeschort wegens ziekte", 2),
    "refused": ("werknemer weigerde of frustreerde het traject", 2),
    "denies": ("werknemer ontkent het probleem", 1),
    "complaint_open": ("klachten over werkdruk of omstandigheden niet opgepakt", 2),
    "complaint_handled": ("klachten over omstandigheden onderzocht", 1),
    "training_denied": ("gevraagde scholing niet gegeven", 2),
    "sick": ("ziekte rond het traject", 1),
    "physician_link": ("bedrijfsarts ziet verband met gezondheid", 2),
    "physician_no_link": ("bedrijfsarts ziet geen verband", 1),
    "redeployment_search": ("herplaatsing onderzocht", 1),
    "redeployment_none": ("herplaatsing niet onderzocht", 2),
    "redeployment_bare": ("alleen 'geen vacatures'", 2),
    "offer_refused": ("aangeboden functie geweigerd", 2),
    "management": ("leidinggevende functie", 1),
    "senior": ("senior functie", 1),
    "long_service": ("meer dan 10 dienstjaren", 1),
}


def features(facts: Facts) -> set[str]:
    """The plain features of a dossier's or a decision's facts."""
    from analyzer.score.improvement_opportunity import term_weeks
    from analyzer.score.parameters import default_parameters
    from analyzer.score.rules import Case

    found: set[str] = set()
    start = facts.trajectory_start
    prior = [c for c in facts.criticisms if c.form not in ("plan", "oral") and c.date and (start is None or c.date < start)]
    found.add("criticism_written" if prior else "criticism_none")
    if any(c.form == "warning" for c in facts.criticisms):
        found.add("warning")
    if any(a.outcome == "insufficient" for a in facts.appraisals):
        found.add("appraisal_insufficient")
    before = [a for a in facts.appraisals if a.date and start and a.date < start]
    if before and before[-1].outcome in ("good", "sufficient"):
        found.add("appraisal_good_before")
    threats = {i.consequence for i in [*facts.criticisms, *facts.plans]}
    found.add("consequence_dismissal" if "dismissal" in threats else "consequence_missing")
    if facts.plans:
        found.add("plan")
        goals = [g for p in facts.plans for g in p.goals]
        if goals:
            found.add("goals_concrete" if any(g.concrete for g in goals) else "goals_vague")
        taught = any(t.status in ("offered", "followed") for t in facts.trainings)
        found.add("support" if any(p.support for p in facts.plans) or taught else "no_support")
    else:
        found.add("no_plan")
    weeks = term_weeks(Case(facts, default_parameters()))
    if weeks is not None:
        found.add("term_short" if weeks < 8 else "term_2_3_months" if weeks < 12 else "term_normal")
    if facts.events("early_end"):
        found.add("cut_short")
    if facts.events("suspension"):
        found.add("suspended")
    kinds = {s.kind for s in facts.stances}
    if kinds & {"refuses", "obstructs"}:
        found.add("refused")
    if "denies" in kinds:
        found.add("denies")
    if facts.complaints:
        handled = {t for r in facts.complaint_responses if r.response != "dismissed" for t in r.topics}
        found.add("complaint_handled" if {c.topic for c in facts.complaints} <= handled else "complaint_open")
    if any(t.status == "request_denied" for t in facts.trainings):
        found.add("training_denied")
    if facts.sick_reports:
        found.add("sick")
    links = {p.link for p in facts.physician_statements}
    if "link" in links:
        found.add("physician_link")
    elif "no_link" in links:
        found.add("physician_no_link")
    if facts.redeployment_searches:
        found.add("redeployment_search")
    elif facts.redeployment_statements:
        found.add("redeployment_bare")
    elif not facts.redeployment_offers:
        found.add("redeployment_none")
    if any(o.response == "refused" for o in facts.redeployment_offers):
        found.add("offer_refused")
    employment = facts.employment
    if employment:
        if employment.level in ("management", "senior"):
            found.add(employment.level)
        if employment.years_of_service and employment.years_of_service > 10:
            found.add("long_service")
    return found


@dataclass(frozen=True)
class SimilarRuling:
    ecli: str
    court: str
    date: dt.date
    link: str
    outcome: str
    deciding: str | None
    summary: str
    similarity: float
    shared: tuple[str, ...]


def similarity(a: set[str], b: set[str]) -> float:
    weight = lambda names: sum(FEATURES[n][1] for n in names)  # noqa: E731
    union = weight(a | b)
    return weight(a & b) / union if union else 0.0


def deciding(decision: Decision) -> str | None:
    """The requirement that decided a rejection (as recorded, else the first not met); None for a grant."""
    if decision.granted:
        return None
    return decision.deciding or next((k for k, v in decision.findings.items() if v == "not_met"), None)


_FEATURES: dict[tuple[str, int], frozenset[str]] = {}


def _table_features(table: tuple[Decision, ...]) -> tuple[frozenset[str], ...]:
    """Each decision's features, computed once per process (decisions hold dicts, so the cache is keyed by hand)."""
    found = []
    for decision in table:
        key = (decision.ecli, id(decision.facts))
        if key not in _FEATURES:
            _FEATURES[key] = frozenset(features(decision.facts))
        found.append(_FEATURES[key])
    return tuple(found)


def precedent(facts: Facts, requirement: str, table: tuple[Decision, ...] | None = None) -> Decision | None:
    """The closest decision in which the court found `requirement` not met: the ruling that makes a gap's point."""
    table = table if table is not None else decisions()
    mine = features(facts)
    candidates = [(similarity(mine, set(f)), d) for d, f in zip(table, _table_features(table), strict=True) if d.findings.get(requirement) == "not_met"]  # fmt: skip
    return max(candidates, key=lambda item: (item[0], item[1].ecli))[1] if candidates else None


def similar_rulings(facts: Facts, criteria: dict | None = None, limit: int = 5, table: tuple[Decision, ...] | None = None) -> list[SimilarRuling]:  # fmt: skip
    """The `limit` decisions whose facts share the most (weighted) with these facts."""
    mine = features(facts)
    table = table if table is not None else decisions()
    scored = [
        (similarity(mine, set(theirs)), decision, theirs)
        for decision, theirs in zip(table, _table_features(table), strict=True)
    ]
    scored.sort(key=lambda item: (-item[0], item[1].ecli))
    return [
        SimilarRuling(
            ecli=d.ecli, court=d.court, date=d.date, link=d.link, outcome=d.outcome, deciding=deciding(d),
            summary=d.summary, similarity=round(score, 3),
            shared=tuple(FEATURES[n][0] for n in sorted(mine & theirs, key=lambda n: -FEATURES[n][1])),
        )  # fmt: skip
        for score, d, theirs in scored[:limit]
    ]
