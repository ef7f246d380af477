"""How often the rules reach the court's own findings (`dossier-analyzer evaluate --caselaw`).

Each decision's facts go through the same `judge` as a dossier's. Reported per part (held-out, tuning, all):
- `requirement_agreement`: over the requirements the court decided, the share where the rules say the same;
- `outcome_agreement`: the share where the verdict matches the outcome (ready ↔ granted on the d-ground;
  not_ready ↔ rejected or granted on another ground; at_risk matches neither);
- `doubtful_rate`: the share of decided requirements the rules call doubtful (and `doubtful_rate_all`: of all five);
- a confusion table per requirement (court's finding → the rules' status).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from analyzer.caselaw.table import REQUIREMENTS, Decision, decisions
from analyzer.score import judge, readiness
from analyzer.score.parameters import Parameters, default_parameters

EXPECTED_VERDICT = {"granted": "ready", "rejected": "not_ready", "granted_other_ground": "not_ready"}


def predict(decision: Decision, params: Parameters) -> tuple[dict[str, str], str]:
    """The rules' status per requirement and verdict on a decision's facts, judged at its request date."""
    day = decision.facts.request_date or decision.date
    criteria = judge(decision.facts, params, day)
    verdict, _ = readiness(criteria, params)
    return {key: result.status for key, result in criteria.items()}, verdict


def metrics(part: list[Decision], params: Parameters) -> dict[str, Any]:
    decided = agree = doubtful = doubtful_all = outcomes = 0
    confusion: dict[str, Counter[str]] = {key: Counter() for key in REQUIREMENTS}
    wrong: list[dict[str, Any]] = []
    for decision in part:
        statuses, verdict = predict(decision, params)
        misses = {}
        for key in REQUIREMENTS:
            court = decision.findings[key]
            confusion[key][f"{court}->{statuses[key]}"] += 1
            doubtful_all += statuses[key] == "doubtful"
            if court == "not_decided":
                continue
            decided += 1
            doubtful += statuses[key] == "doubtful"
            if statuses[key] == court:
                agree += 1
            else:
                misses[key] = f"{court} -> {statuses[key]}"
        outcome_ok = EXPECTED_VERDICT[decision.outcome] == verdict
        outcomes += outcome_ok
        if misses or not outcome_ok:
            wrong.append({"ecli": decision.ecli, "outcome": f"{decision.outcome} -> {verdict}", "requirements": misses})
    n = len(part) or 1
    return {
        "decisions": len(part),
        "decided_requirements": decided,
        "requirement_agreement": round(agree / decided, 3) if decided else None,
        "outcome_agreement": round(outcomes / n, 3) if part else None,
        "doubtful_rate": round(doubtful / decided, 3) if decided else None,
        "doubtful_rate_all": round(doubtful_all / (5 * n), 3) if part else None,
        "confusion": {key: dict(sorted(table.items())) for key, table in confusion.items()},
        "wrong": wrong,
    }


def evaluate_caselaw(table: tuple[Decision, ...] | None = None, params: Parameters | None = None) -> dict[str, Any]:
    """Agreement with the courts on the held-out part, the tuning part and all decisions."""
    table = decisions() if table is None else table
    params = params or default_parameters()
    held_out = [d for d in table if d.held_out]
    tuning = [d for d in table if not d.held_out]
    return {"held_out": metrics(held_out, params), "tuning": metrics(tuning, params), "all": metrics(list(table), params)}
