"""The verdict as a lawyer reads it first: what a court would likely do, the requirement it turns on, and the
trajectory as it ran, in Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.pipeline import analyze
from analyzer.report import build_report
from analyzer.report.compare import compare_reports, comparison_lines
from analyzer.report.verdict_text import forecast, long_date_nl, requirement_paragraph, trajectory_line, verdict_lines

SAMPLES = Path(__file__).parents[1] / "sample_dossiers"


@pytest.fixture(scope="module")
def brouwer() -> dict:
    return build_report(analyze(SAMPLES / "03_brouwer_groothandel"))


def test_a_dossier_that_fails_names_every_requirement_not_met_and_the_first_reason(brouwer):
    assert brouwer["readiness"]["deciding"] == ["improvement_opportunity", "training_and_conditions", "redeployment"]
    assert brouwer["readiness"]["forecast"] == (
        "Een kantonrechter wijst een verzoek op de d-grond naar verwachting af: niet voldaan aan ‘voldoende "
        "gelegenheid tot verbetering’, ‘scholing en arbeidsomstandigheden’ en ‘herplaatsing’. Eén niet-voldaan "
        "vereiste is genoeg. Beslissend: Het traject is voortijdig beëindigd: het liep 11 van de afgesproken 13 weken "
        "(ziekte niet meegeteld)."
    )


def test_the_trajectory_line_counts_the_weeks_as_the_rule_does(brouwer):
    assert trajectory_line(brouwer["phases"]) == (
        "Verbetertraject: gestart 8 februari 2024; gepland 13 weken (tot 10 mei 2024); opgeschort 9 april 2024, "
        "hervat 14 mei 2024; geëindigd 5 september 2024 (feitelijk 11 weken, ziekte niet meegeteld)."
    )


def test_an_extended_plan_shows_its_planned_term_and_each_extension():
    phases = {
        "trajectory_start": "2023-01-23",
        "planned_end": "2023-04-17",
        "weeks": 20,
        "extensions": [{"date": "2023-04-17", "weeks": 4}, {"date": "2023-05-15", "weeks": 4}],
        "suspensions": [],
        "trajectory_end": "2023-06-12",
        "ran_weeks": 20.0,
        "sick_weeks": 0.0,
    }
    assert trajectory_line(phases) == (
        "Verbetertraject: gestart 23 januari 2023; gepland 12 weken (tot 17 april 2023); verlengd met 4 weken op "
        "17 april 2023; verlengd met 4 weken op 15 mei 2023; geëindigd 12 juni 2023 (feitelijk 20 weken)."
    )


def test_a_doubtful_dossier_names_the_missing_fact_and_a_ready_one_says_so():
    at_risk = {
        "readiness": {"verdict": "at_risk", "score": 90, "deciding": ["redeployment"]},
        "criteria": {"redeployment": {"status": "doubtful", "explanation": "X.", "missing": ["het onderzoek"]}},
    }
    assert forecast(at_risk) == (
        "Of een kantonrechter op de d-grond ontbindt, hangt af van ‘herplaatsing’: vergelijkbare zaken gaan beide "
        "kanten op of een beslissend feit ontbreekt. Wat ontbreekt: het onderzoek."
    )
    ready = {"readiness": {"verdict": "ready", "score": 100, "deciding": []}, "criteria": {}}
    assert verdict_lines(ready) == [
        "Oordeel: Gereed voor de kantonrechter",
        "Een kantonrechter ontbindt naar verwachting op de d-grond: aan alle vijf vereisten is voldaan.",
        "Dossierscore 100 van 100. De dossierscore (0–100) telt punten per vereiste en zegt niets over de kans van "
        "slagen: één niet-voldaan vereiste is genoeg voor afwijzing.",
    ]
    assert long_date_nl("2024-12-01") == "1 december 2024"


def test_a_requirement_reads_as_conclusion_deciding_finding_with_its_rule_then_what_speaks_the_other_way(brouwer):
    assert requirement_paragraph(brouwer["criteria"]["improvement_opportunity"]) == (
        "Niet voldaan. Beslissend: het traject is voortijdig beëindigd: het liep 11 van de afgesproken 13 weken "
        "(ziekte niet meegeteld) (regel IO3: juridische referentie). Wel: er is een schriftelijk verbeterplan (start "
        "08-02-2024); het traject had een termijn van 13 weken; het opgeschorte traject is hervat; het plan bevat "
        "concrete, toetsbare doelen; tijdens het traject is ondersteuning geboden (cursus, begeleiding door de "
        "leidinggevende)."
    )
    assert requirement_paragraph(brouwer["criteria"]["training_and_conditions"]).endswith(
        "(regel TC2: art. 7:669 lid 3 sub d BW; ECLI:NL:RBMNE:2016:1297). Wel: de gevraagde scholing of begeleiding "
        "is geboden; er is scholing of begeleiding aangeboden."
    )


def test_a_version_without_changes_says_so_and_a_removed_document_is_named(brouwer):
    assert comparison_lines(compare_reports(brouwer, brouwer)) == ["Geen verschil met de bewaarde versie."]
    fewer = {**brouwer, "documents": brouwer["documents"][1:]}
    lines = comparison_lines(compare_reports(brouwer, fewer))
    assert lines[0] == "Oordeel ongewijzigd: Niet gereed."
    assert lines[1].startswith("Niet meer in het dossier: personeelsdossier_compleet.pdf, p. 1–2 (Beoordeling: ")
