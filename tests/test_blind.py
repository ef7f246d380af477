"""Dossiers written by others from the law alone (tests/blind_dossiers/README.md): today's figures are kept, so a
change that reads them worse fails here; the remaining disagreements are listed, not hidden."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.evaluation import evaluate_samples

BLIND = Path(__file__).parent / "blind_dossiers"

# dossier: (documents, exact ranges, right dates, right types, verdict found, expected verdict, requirements agreeing)
FIGURES = {
    # The classifier trained on real-world forms (issue 14) types one more document right in 12 and one fewer in 11
    # (a reply accepting a position offer is now read as redeployment): 56 of 60 either way. Since it also learns
    # from the dev facts dossiers' documents and reads a mail without what it quotes (2026-12-06), it types two more
    # right in 11 and one fewer in 12 and in 13 (the bundle's employee reaction read as "other"): 56 of 60 again; in 13
    # the improvement opportunity now comes out doubtful where the writer found it not met (reported as it came).
    # With the texts written in real texts' forms (2026-12-06, later) it types two more right in 13 and one fewer in
    # 12 (the director's curt "Nee. Voor hem is er niets anders." weighing the vacancies read as the employee's response):
    # 57 of 60.
    "11_zorggroep_amstelland": (20, 18, 19, 20, "ready", "ready", 5),
    "12_installatiebedrijf_terpstra": (20, 20, 17, 18, "not_ready", "not_ready", 4),
    "13_advocatenbundel_verhagen": (20, 20, 19, 19, "not_ready", "not_ready", 4),
}
# Where the tool and the writer still disagree on a requirement, and why it is left so.
KNOWN_REQUIREMENT_DISAGREEMENTS = {
    "11_zorggroep_amstelland": [],
    # The only support is "you can always come to your manager", and the plan was resumed after illness without the
    # workload talk the physician advised; the rules count manager guidance as support (as in ECLI:NL:RBNNE:2017:598).
    "12_installatiebedrijf_terpstra": ["vereiste improvement_opportunity: verwacht not_met, gevonden met"],
    "13_advocatenbundel_verhagen": ["vereiste improvement_opportunity: verwacht not_met, gevonden doubtful"],
}


@pytest.fixture(scope="module")
def scores():
    return {score.name: score for score in evaluate_samples(BLIND)}


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_blind_dossier_figures_do_not_get_worse(scores, name):
    score = scores[name]
    found = (
        score.documents,
        score.exact_ranges,
        score.correct_dates,
        score.correct_types,
        score.verdict,
        score.expected_verdict,
        score.criteria_agree,
    )
    assert found == FIGURES[name], score.misses
    assert [m for m in score.misses if m.startswith("vereiste")] == KNOWN_REQUIREMENT_DISAGREEMENTS[name]
