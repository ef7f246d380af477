"""Legal scoring on small hand-made dossiers: one fact changed at a time flips the status."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from analyzer.dossier import Document, Page
from analyzer.score import assess, readiness
from analyzer.score.criteria import CriterionResult, appraisal_verdict, critical_passages
from analyzer.score.settings import ScoringSettings


def doc(id_: str, doc_type: str, date: str, text: str, subtype: str | None = None) -> Document:
    return Document(
        id=id_,
        file=f"{id_}.pdf",
        pages=(Page(1, text),),
        paginated=True,
        doc_type=doc_type,
        subtype=subtype,
        date=dt.date.fromisoformat(date),
        confidence=0.9,
    )


APPRAISAL = doc(
    "D1",
    "appraisal",
    "2023-01-20",
    "Beoordeling 2022\nEindoordeel: onvoldoende\n"
    "De planning bevat te veel fouten en de ritten worden te laat doorgegeven.",
)
WARNING = doc(
    "D2",
    "warning",
    "2023-06-01",
    "Schriftelijke waarschuwing\nOndanks onze gesprekken maakt u nog steeds "
    "veel fouten in de planning. Als uw functioneren niet verbetert, kan dit leiden tot ontslag.",
    "first",
)
PLAN = doc(
    "D3",
    "improvement_plan",
    "2023-09-01",
    "Verbeterplan\nLooptijd: 4 september 2023 tot en met 1 december 2023 "
    "(13 weken)\nDoel 1: maximaal 2 planningsfouten per week, gemeten in het planningssysteem.\n"
    "Ondersteuning: een coach en de cursus Plannen in de praktijk.\nEvaluatie: elke drie weken een "
    "voortgangsgesprek.\nAls de doelen niet worden gehaald, kan dit leiden tot beëindiging van het dienstverband.",
)
START = doc(
    "D4",
    "meeting_report",
    "2023-09-01",
    "Verslag startgesprek. Het verbeterplan is besproken en voor gezien getekend door de werknemer.",
    "start",
)
PROGRESS = doc(
    "D5",
    "meeting_report",
    "2023-10-01",
    "Verslag voortgangsgesprek. In september 3 fouten per week; de coach is gestart.",
    "progress",
)
INTERIM = doc(
    "D6",
    "meeting_report",
    "2023-10-20",
    "Verslag tussentijdse evaluatie. Doel 1 nog niet gehaald.",
    "interim_evaluation",
)
TRAINING = doc(
    "D7", "training", "2023-09-15", "Bevestiging inschrijving cursus Plannen in de praktijk, 2 oktober 2023."
)
FINAL = doc(
    "D8",
    "meeting_report",
    "2023-12-04",
    "Verslag eindevaluatie. Doel 1 is niet gehaald: gemiddeld 4 fouten per week.",
    "final_evaluation",
)
REDEPLOYMENT = doc(
    "D9",
    "redeployment",
    "2023-12-08",
    "Herplaatsingsonderzoek\nWij hebben de vacatures binnen de "
    "opzegtermijn bekeken. De functie van magazijnmedewerker is passend en is hem aangeboden; hij heeft "
    "het aanbod afgewezen. De functie van administrateur vraagt een hbo-opleiding.",
)
GOOD = [APPRAISAL, WARNING, PLAN, START, PROGRESS, INTERIM, TRAINING, FINAL, REDEPLOYMENT]


def replace(documents: list[Document], id_: str, **changes) -> list[Document]:
    return [dataclasses.replace(d, **changes) if d.id == id_ else d for d in documents]


def without(documents: list[Document], *ids: str) -> list[Document]:
    return [d for d in documents if d.id not in ids]


def status(documents: list[Document], key: str) -> str:
    return assess(documents).criteria[key].status


def rules(result: CriterionResult) -> dict[str, bool]:
    return {f.rule: f.ok for f in result.findings}


def test_a_complete_dossier_is_ready_with_full_score():
    assessment = assess(GOOD)
    assert {k: c.status for k, c in assessment.criteria.items()} == dict.fromkeys(assessment.criteria, "met")
    assert (assessment.verdict, assessment.score) == ("ready", 100)
    assert assessment.phases == {
        "trajectory_start": "2023-09-01",
        "trajectory_end": "2023-12-04",
        "planned_end": "2023-12-01",
        "weeks": 13.0,
    }
    assert [e["document"] for e in assessment.timeline] == ["D1", "D2", "D3", "D4", "D7", "D5", "D6", "D8", "D9"]


# ----------------------------------------------------------------------------------------------- timely notice


def test_no_written_criticism_before_the_plan_is_not_met():
    assert status(without(GOOD, "D1", "D2"), "timely_notice") == "not_met"


def test_criticism_only_once_is_doubtful():
    assert status(without(GOOD, "D1"), "timely_notice") == "doubtful"


def test_good_appraisal_right_before_the_plan_without_other_criticism_is_not_met():
    praised = replace(
        without(GOOD, "D2"), "D1", pages=(Page(1, "Beoordeling 2022\nEindoordeel: goed\nDank voor je inzet."),)
    )
    result = assess(praised).criteria["timely_notice"]
    assert result.status == "not_met"
    assert rules(result)["TN1-prior-written-criticism"] is False


def test_a_rule_about_ratings_in_a_good_appraisal_is_not_criticism():
    """ "Bij een eindoordeel 'matig' of 'onvoldoende' ..." is the form's rule, not this year's judgement."""
    good = doc("D1", "appraisal", "2023-01-20", "Beoordeling 2022\nEindoordeel: GOED\nMartijn is een betrouwbare "
               "kracht.\nBij een eindoordeel 'matig' of 'onvoldoende' worden in een apart gesprek afspraken gemaakt.")  # fmt: skip
    assert (appraisal_verdict(good), critical_passages([good])) == ("positive", [])
    assert status([good, *without(GOOD, "D1", "D2")], "timely_notice") == "not_met"


def test_a_rating_scale_legend_is_not_criticism():
    legend = replace(
        without(GOOD, "D2"), "D1", pages=(Page(1, "O = onvoldoende M = matig G = goed\nEindoordeel: goed"),)
    )
    assert status(legend, "timely_notice") == "not_met"


def test_criticism_only_in_informal_notes_is_doubtful():
    note = doc(
        "D2",
        "correspondence",
        "2023-06-01",
        "Hoi Piet, er zitten weer fouten in de planning van gisteren. "
        "Dit kan zo niet langer; als het niet verbetert heeft dat gevolgen voor je dienstverband.",
    )
    informal = [note if d.id == "D2" else d for d in without(GOOD, "D1")]
    second = doc("D10", "meeting_report", "2023-03-01", "Gesprek: de ritten worden te laat doorgegeven.", "other")
    result = assess([*informal, second]).criteria["timely_notice"]
    assert result.status == "doubtful"
    assert rules(result)["TN3-formal"] is False


def test_consequence_never_named_is_doubtful():
    quiet = replace(GOOD, "D2", pages=(Page(1, "Schriftelijke waarschuwing\nU maakt veel fouten in de planning."),))
    quiet = replace(
        quiet,
        "D3",
        pages=(
            Page(
                1,
                PLAN.text.replace(
                    "kan dit leiden tot beëindiging van het dienstverband", "volgen passende maatregelen"
                ),
            ),
        ),
    )
    result = assess(quiet).criteria["timely_notice"]
    assert result.status == "doubtful" and rules(result)["TN6-consequence-named"] is False


# -------------------------------------------------------------------------------------- improvement opportunity


def test_no_plan_at_all_is_not_met():
    assert status(without(GOOD, "D3", "D4"), "improvement_opportunity") == "not_met"


def test_six_week_term_is_not_met_and_ten_weeks_doubtful():
    six = replace(
        GOOD,
        "D3",
        pages=(
            Page(1, PLAN.text.replace("tot en met 1 december 2023 (13 weken)", "tot en met 13 oktober 2023 (6 weken)")),
        ),
    )
    six = replace(six, "D8", date=dt.date(2023, 10, 16))
    assert status(six, "improvement_opportunity") == "not_met"
    ten = replace(GOOD, "D3", pages=(Page(1, PLAN.text.replace("(13 weken)", "(10 weken)")),))
    assert status(ten, "improvement_opportunity") == "doubtful"


@pytest.mark.parametrize(
    ("old", "new", "rule"),
    [
        ("Ondersteuning: een coach en de cursus Plannen in de praktijk.", "Ondersteuning: n.v.t.", "IO2c-support"),
        (
            "Doel 1: maximaal 2 planningsfouten per week, gemeten in het planningssysteem.",
            "Doel 1: maximaal 2 planningsfouten per week, gemeten in het planningssysteem. Doel 2: pro-actiever werken.",
            "IO3-vague-goals",
        ),
        ("kan dit leiden tot beëindiging van het dienstverband", "volgen passende maatregelen", "IO2e-consequence"),
    ],
    ids=["no-support", "vague-goal", "vague-consequence"],
)
def test_one_weak_plan_element_makes_it_doubtful(old, new, rule):
    weakened = replace(GOOD, "D3", pages=(Page(1, PLAN.text.replace(old, new)),))
    result = assess(weakened).criteria["improvement_opportunity"]
    assert result.status == "doubtful"
    assert rules(result)[rule] is False


def test_three_missing_plan_elements_is_not_met():
    bare = replace(
        GOOD,
        "D3",
        pages=(Page(1, "Verbeterplan\nLooptijd: 4 september tot en met 1 december 2023\nPro-actiever werken."),),
    )
    assert status(bare, "improvement_opportunity") == "not_met"


def test_vague_goals_with_two_missing_elements_is_not_met():
    """Vague goals, no support, no stated consequence: each alone is doubtful, together no real chance."""
    text = (
        PLAN.text.replace("Ondersteuning: een coach en de cursus Plannen in de praktijk.", "Ondersteuning: n.v.t.")
        .replace("kan dit leiden tot beëindiging van het dienstverband", "volgen passende maatregelen")
        .replace("gemeten in het planningssysteem.", "gemeten in het planningssysteem. Doel 2: more ownership.")
    )
    result = assess(replace(GOOD, "D3", pages=(Page(1, text),))).criteria["improvement_opportunity"]
    assert result.status == "not_met"
    failed = {f.rule: f.severity for f in result.findings if not f.ok}
    assert failed == {"IO2c-support": "fatal", "IO2e-consequence": "fatal", "IO3-vague-goals": "fatal"}


def test_a_plan_without_support_and_no_training_anywhere_is_not_met():
    """'Je kunt altijd bij je leidinggevende terecht' and no course, coach or training in the whole file."""
    text = PLAN.text.replace("Ondersteuning: een coach en de cursus Plannen in de praktijk.", "Ondersteuning: n.v.t.")
    alone = replace(without(GOOD, "D7"), "D3", pages=(Page(1, text),))
    result = assess(alone).criteria["improvement_opportunity"]
    assert result.status == "not_met"
    assert {f.rule: f.severity for f in result.findings if not f.ok} == {"IO2c-support": "fatal"}
    assert status([*alone, TRAINING], "improvement_opportunity") == "doubtful"  # a course elsewhere: doubtful


def test_missing_interim_or_final_evaluation_is_doubtful():
    assert status(without(GOOD, "D6"), "improvement_opportunity") == "doubtful"
    assert status(without(GOOD, "D8"), "improvement_opportunity") == "doubtful"


def test_trajectory_cut_short_is_not_met_unless_sick_leave_explains_the_delay():
    early = replace(GOOD, "D8", date=dt.date(2023, 11, 3))
    result = assess(early).criteria["improvement_opportunity"]
    assert result.status == "not_met" and rules(result)["IO8-not-cut-short"] is False
    sick = doc("D11", "medical", "2023-10-02", "Ziekmelding per 2 oktober 2023.", "sick_report")
    back = doc("D12", "medical", "2023-11-13", "Hersteldmelding per 13 november 2023.", "recovery")
    late = replace(GOOD, "D8", date=dt.date(2024, 1, 15))
    assert rules(assess([*late, sick, back]).criteria["improvement_opportunity"])["IO8-not-cut-short"] is True
    assert rules(assess([*GOOD, sick, back]).criteria["improvement_opportunity"])["IO8-not-cut-short"] is False


def test_a_sick_week_without_recovery_report_makes_a_late_final_evaluation_doubtful_not_fatal():
    """Sick for a few days, no recovery report on file, the next meeting held weeks later: how long the absence
    lasted is unknown, so whether the term was extended enough is doubtful, not a proven cut-short trajectory."""
    sick = doc("D11", "medical", "2023-10-02", "Ziekmelding per 2 oktober 2023, verwachte duur enkele dagen.",
               "sick_report")  # fmt: skip
    late = replace(GOOD, "D8", date=dt.date(2023, 12, 8))  # a week after the planned end
    result = assess([*late, sick]).criteria["improvement_opportunity"]
    io8 = next(f for f in result.findings if f.rule == "IO8-not-cut-short")
    assert (io8.ok, io8.severity, result.status) == (False, "weak", "doubtful")
    assert io8.text.startswith("Mogelijk ingekort: de eindevaluatie (08-12-2023) volgde 14 weken na de start")
    on_time = doc("D12", "medical", "2023-10-05", "Hersteldmelding per 5 oktober 2023.", "recovery")
    assert rules(assess([*late, sick, on_time]).criteria["improvement_opportunity"])["IO8-not-cut-short"] is True
    # No recovery report, but the interim evaluation says when: the absence is known after all.
    told = replace(late, "D6", pages=(Page(1, INTERIM.text + " Tom is per 5 oktober 2023 hersteld gemeld."),))
    assert rules(assess([*told, sick]).criteria["improvement_opportunity"])["IO8-not-cut-short"] is True


def test_unanswered_employee_reaction_is_doubtful_and_an_answer_fixes_it():
    reaction = doc("D13", "employee_response", "2023-09-05", "Ik ben het niet eens met het verbeterplan.")
    assert status([*GOOD, reaction], "improvement_opportunity") == "doubtful"
    answer = doc(
        "D14", "correspondence", "2023-09-08", "Dank voor je reactie van 5 september; wij gaan in op je punten."
    )
    assert status([*GOOD, reaction, answer], "improvement_opportunity") == "met"


# ------------------------------------------------------------------------------------ training and conditions


def test_no_training_or_support_at_all_is_not_met():
    bare = replace(
        without(GOOD, "D7"),
        "D3",
        pages=(
            Page(
                1,
                PLAN.text.replace(
                    "Ondersteuning: een coach en de cursus Plannen in de praktijk.", "Ondersteuning: n.v.t."
                ),
            ),
        ),
    )
    assert status(bare, "training_and_conditions") == "not_met"


def test_workload_complaint_must_be_addressed():
    complaint = doc(
        "D15",
        "employee_response",
        "2023-09-20",
        "Ik werk elke week over; de werkdruk is sinds het vertrek van mijn collega veel te hoog.",
    )
    assert status([*GOOD, complaint], "training_and_conditions") == "not_met"
    handled = doc(
        "D16",
        "meeting_report",
        "2023-10-05",
        "De werkdruk is onderzocht: twee klanten zijn tijdelijk herverdeeld over het team.",
        "progress",
    )
    assert status([*GOOD, complaint, handled], "training_and_conditions") == "met"


# ----------------------------------------------------------------------------------------------- redeployment


def test_no_redeployment_is_not_met():
    assert status(without(GOOD, "D9"), "redeployment") == "not_met"


def test_bare_statement_that_there_is_nothing_is_not_met():
    bare = replace(GOOD, "D9", pages=(Page(1, "Memo herplaatsing. Er zijn geen passende vacatures."),))
    assert status(bare, "redeployment") == "not_met"


def test_redeployment_only_in_a_paragraph_of_the_final_evaluation_is_doubtful():
    final = replace(
        without(GOOD, "D9"),
        "D8",
        pages=(
            Page(
                1,
                FINAL.text + " We hebben gekeken naar een andere plek: "
                "de vacature in het magazijn is met hem besproken.",
            ),
        ),
    )
    assert status(final, "redeployment") == "doubtful"


def test_a_course_group_or_a_team_is_not_a_group_of_companies():
    course = doc("D17", "training", "2023-09-15", "Leergang Plannen, groep AMS-24-03. Tom start in de groep van "
                 "dinsdag; de evaluatie is geen onderdeel van de coachopdracht.")  # fmt: skip
    assert rules(assess([*without(GOOD, "D7"), course]).criteria["redeployment"]).get("RD5-group") is None


def test_group_positions_not_examined_is_flagged():
    group = doc("D17", "other", "2023-01-01", "Hoekstra Transport B.V. is onderdeel van de Hoekstra Groep.")
    result = assess([*GOOD, group]).criteria["redeployment"]
    assert result.status == "doubtful" and rules(result)["RD5-group"] is False


# ----------------------------------------------------------------------------------------- not due to illness


def test_sick_report_during_the_trajectory_is_doubtful():
    sick = doc("D18", "medical", "2023-10-10", "Ziekmelding per 10 oktober 2023.", "sick_report")
    assert status([*GOOD, sick], "not_due_to_illness") == "doubtful"


def test_physician_linking_performance_to_health_is_not_met_and_no_link_is_met():
    sick = doc("D18", "medical", "2023-10-10", "Ziekmelding per 10 oktober 2023.", "sick_report")
    causal = doc(
        "D19",
        "medical",
        "2023-10-24",
        "Het functioneren wordt mede veroorzaakt door de klachten.",
        "occupational_physician",
    )
    assert status([*GOOD, sick, causal], "not_due_to_illness") == "not_met"
    no_link = doc(
        "D19", "medical", "2023-10-24", "Er is geen medische relatie met het functioneren.", "occupational_physician"
    )
    assert status([*GOOD, sick, no_link], "not_due_to_illness") == "met"


# ------------------------------------------------------------------------------- verdict, advice, warnings


def test_verdict_and_score_follow_the_statuses():
    def results(*statuses):
        return {str(i): CriterionResult(str(i), s, "", (), ()) for i, s in enumerate(statuses)}

    settings = ScoringSettings()
    assert readiness(results("met", "met", "met", "met", "met"), settings) == ("ready", 100)
    assert readiness(results("met", "doubtful", "met", "met", "met"), settings) == ("at_risk", 90)
    assert readiness(results("met", "doubtful", "not_met", "met", "met"), settings) == ("not_ready", 70)


def test_employee_perspective_lists_the_most_damaging_points_first():
    weak = without(GOOD, "D9", "D6")
    employer = assess(weak).recommendations
    employee = assess(weak, perspective="werknemer").recommendations
    assert (
        employer[0] == "Onderzoek herplaatsing en documenteer de vacatures (binnen de opzegtermijn, ook in de groep)."
    )
    assert employee[0] == "Herplaatsing is niet onderzocht (art. 7:669 lid 1 BW)."
    assert "Er is geen tussentijdse evaluatie geweest." in employee


def test_i_ground_is_suggested_when_the_d_ground_is_incomplete():
    hint = [r for r in assess(without(GOOD, "D9")).recommendations if "i-grond" in r]
    assert len(hint) == 1
    assert not [r for r in assess(GOOD).recommendations if "i-grond" in r]


def test_medical_details_in_the_file_raise_a_privacy_warning():
    mail = doc("D20", "medical", "2023-10-10", "Piet belde dat hij overspannen is en thuisblijft.", "sick_report")
    warnings = assess([*GOOD, mail]).warnings
    assert len(warnings) == 1 and warnings[0].startswith("Privacy (AVG): D20 p. 1 legt medische details vast")


def test_criticism_shortly_before_the_plan_is_doubtful():
    recent = replace(without(GOOD, "D1"), "D2", date=dt.date(2023, 8, 1))
    recent = [
        *recent,
        doc("D21", "meeting_report", "2023-08-15", "Gesprek: de ritten worden te laat doorgegeven.", "other"),
    ]
    result = assess(recent).criteria["timely_notice"]
    assert result.status == "doubtful" and rules(result)["TN4-history"] is False


def test_no_progress_meeting_or_interim_report_is_doubtful():
    result = assess(without(GOOD, "D5", "D6")).criteria["improvement_opportunity"]
    assert result.status == "doubtful" and rules(result)["IO5-progress"] is False


def test_positions_neither_discussed_nor_offered_is_doubtful():
    silent = replace(
        GOOD,
        "D9",
        pages=(
            Page(
                1,
                "Herplaatsingsonderzoek\nDe functie van magazijnmedewerker vraagt een "
                "heftruckcertificaat. De functie van administrateur vraagt een hbo-opleiding.",
            ),
        ),
    )
    result = assess(silent).criteria["redeployment"]
    assert result.status == "doubtful" and rules(result)["RD3-discussed"] is False


def test_options_left_unexamined_is_doubtful():
    partial = replace(
        GOOD, "D9", pages=(Page(1, REDEPLOYMENT.text + " De functies in Gent zijn niet verder onderzocht."),)
    )
    result = assess(partial).criteria["redeployment"]
    assert result.status == "doubtful" and rules(result)["RD4-complete"] is False


def test_complaints_linked_to_workload_are_doubtful():
    sick = doc("D18", "medical", "2023-10-10", "Ziekmelding per 10 oktober 2023.", "sick_report")
    advice = doc(
        "D19", "medical", "2023-10-24", "De klachten hangen samen met de ervaren werkdruk.", "occupational_physician"
    )
    result = assess([*GOOD, sick, advice]).criteria["not_due_to_illness"]
    assert result.status == "doubtful" and rules(result)["ND3-work-related"] is False


def test_an_interim_evaluation_mistaken_for_a_final_one_does_not_cut_the_trajectory_short():
    mistaken = doc(
        "D22", "meeting_report", "2023-10-20", "Mid-term evaluatie: doel 1 nog niet gehaald.", "final_evaluation"
    )
    assessment = assess([*GOOD, mistaken])
    assert assessment.trajectory.final_evaluation.id == "D8"
    assert rules(assessment.criteria["improvement_opportunity"])["IO8-not-cut-short"] is True
