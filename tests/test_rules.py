"""Rules over facts: every rule has its source, every number its source, and changing one fact flips a rule."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from analyzer.facts.model import (
    Appraisal,
    Complaint,
    ComplaintResponse,
    Criticism,
    DismissalAnnouncement,
    Employment,
    Evidence,
    Facts,
    Goal,
    PhysicianStatement,
    Plan,
    Recovery,
    RedeploymentOffer,
    RedeploymentSearch,
    RedeploymentStatement,
    SickReport,
    Stance,
    SupportWithheld,
    Training,
    TrajectoryEvent,
)
from analyzer.score import judge, readiness
from analyzer.score.hygiene import recommendations as hygiene_recommendations
from analyzer.score.parameters import ParameterError, default_parameters, notice_months, parse_parameters
from analyzer.score.rules import RULES
from analyzer.score.training_and_conditions import REQ as REQ_TC
from analyzer.score.training_and_conditions import complaints_addressed, unanswered_topics

D = dt.date.fromisoformat

COMPLETE = Facts(
    criticisms=(
        Criticism(date=D("2023-01-20"), form="appraisal", concrete=True, consequence="none"),
        Criticism(date=D("2023-06-01"), form="warning", concrete=True, consequence="dismissal"),
    ),
    appraisals=(Appraisal(date=D("2023-01-20"), outcome="insufficient", label="onvoldoende"),),
    plans=(
        Plan(
            date=D("2023-09-01"),
            start=D("2023-09-04"),
            planned_weeks=13,
            goals=(Goal(text="max. 2 fouten per week", concrete=True),),
            support=("coach", "course"),
            consequence="dismissal",
        ),
    ),
    trajectory=(
        TrajectoryEvent(date=D("2023-09-04"), kind="start"),
        TrajectoryEvent(date=D("2023-10-20"), kind="interim_evaluation", outcome="partly"),
        TrajectoryEvent(date=D("2023-12-04"), kind="final_evaluation", outcome="not_improved"),
    ),
    trainings=(Training(date=D("2023-09-15"), status="followed"),),
    redeployment_searches=(RedeploymentSearch(date=D("2023-12-15"), scope="organisation", positions=3),),
    employment=Employment(start=D("2015-04-01"), years_of_service=8, level="regular", in_group=False),
)


def status(facts: Facts, requirement: str) -> str:
    return judge(facts, day=D("2024-01-10"))[requirement].status


def test_every_rule_has_a_source_and_a_unique_id():
    assert len({r.id for r in RULES}) == len(RULES) >= 20
    for r in RULES:
        assert r.source.strip(), r.id
        assert r.requirement in {"timely_notice", "improvement_opportunity", "training_and_conditions", "redeployment", "not_due_to_illness"}  # fmt: skip


def test_every_parameter_has_a_source_and_one_without_is_refused():
    params = default_parameters()
    assert all(p.source for p in params.entries.values())
    with pytest.raises(ParameterError, match="geen bron"):
        parse_parameters({"term_normal_weeks": {"value": 12}})
    with pytest.raises(ParameterError, match="geen waarde"):
        parse_parameters({"term_normal_weeks": {"source": "art. 7:672 BW"}})


def test_the_notice_period_follows_art_7_672():
    params = default_parameters()
    assert [notice_months(params, y) for y in (0.5, 4.9, 5, 12, 15, 30)] == [1, 1, 2, 3, 4, 4]


def test_a_complete_dossier_is_ready():
    criteria = judge(COMPLETE, day=D("2024-01-10"))
    assert {k: c.status for k, c in criteria.items()} == dict.fromkeys(criteria, "met")
    assert readiness(criteria, default_parameters()) == ("ready", 100)


# ----------------------------------------------------------------------------------------------- timely notice


def test_tn1_no_written_criticism_before_the_plan_is_not_met():
    facts = dataclasses.replace(COMPLETE, criticisms=(), appraisals=())
    assert status(facts, "timely_notice") == "not_met"


def test_a_fact_found_absent_is_doubtful_when_the_file_holds_it_unreadably_and_the_finding_names_it():
    # No written criticism: not met. The same file with a warning that could not be read: doubtful, naming it.
    silent = dataclasses.replace(COMPLETE, criticisms=(), appraisals=())
    unread = "de inhoud van waarschuwing_juni.pdf (niet gelezen)"
    found = judge(dataclasses.replace(silent, unreadable=(unread,)), day=D("2024-01-10"))["timely_notice"]
    assert (found.status, found.findings[0].rule, found.findings[0].missing) == ("doubtful", "TN1", unread)
    assert "Niet leesbaar in het dossier: de inhoud van waarschuwing_juni.pdf" in found.explanation
    # an unreadable file about something else changes nothing
    other = dataclasses.replace(silent, unreadable=("de inhoud van loonstrook.pdf (niet gelezen)",))
    assert status(other, "timely_notice") == "not_met"
    # no plan and no search: an unreadable plan or redeployment study makes those doubtful too
    bare = dataclasses.replace(COMPLETE, plans=(), trajectory=(), trainings=(), redeployment_searches=())
    assert (status(bare, "improvement_opportunity"), status(bare, "redeployment")) == ("not_met", "not_met")
    blurred = dataclasses.replace(bare, unreadable=("de inhoud van PIP_2023.pdf (niet gelezen)", "de inhoud van herplaatsingsonderzoek.pdf (niet gelezen)"))  # fmt: skip
    assert (status(blurred, "improvement_opportunity"), status(blurred, "redeployment")) == ("doubtful", "doubtful")
    # a finding that rests on facts stays not met: oral criticism only, with an unreadable warning beside it
    oral = Criticism(date=D("2023-06-01"), form="oral", concrete=True, consequence="none")
    spoken = dataclasses.replace(silent, criticisms=(oral,), plans=(), trajectory=(), unreadable=(unread,))
    assert judge(spoken, day=D("2024-01-10"))["timely_notice"].findings[0].status == "not_met"


def test_tn1_only_oral_criticism_fails_without_a_plan_and_holds_with_one():
    oral = Criticism(date=D("2023-05-01"), form="oral", consequence="dismissal")
    facts = dataclasses.replace(COMPLETE, criticisms=(oral,), appraisals=())
    assert status(facts, "timely_notice") == "met"
    assert status(dataclasses.replace(facts, plans=(), trajectory=()), "timely_notice") == "not_met"


def test_tn1_a_concrete_written_report_of_the_talk_that_opens_the_trajectory_holds_with_the_plan():
    """Criticism with figures in the report of the talk that starts the plan counts as a plan recording earlier oral
    criticism does; a vague report of that talk does not."""
    at_start = Criticism(date=D("2023-09-04"), form="meeting_report", concrete=True, consequence="dismissal")
    facts = dataclasses.replace(COMPLETE, criticisms=(at_start,), appraisals=())
    assert status(facts, "timely_notice") == "met"
    vague = dataclasses.replace(at_start, concrete=False)
    assert status(dataclasses.replace(facts, criticisms=(vague,)), "timely_notice") == "not_met"


def test_tn1_criticism_first_voiced_in_the_dismissal_announcement_is_no_notice():
    told = DismissalAnnouncement(date=D("2017-01-16"))
    letter = Criticism(date=D("2017-01-16"), form="email", concrete=True, consequence="dismissal")
    no_plan = dataclasses.replace(COMPLETE, criticisms=(letter,), appraisals=(), plans=(), trajectory=(), dismissal_announcements=(told,))  # fmt: skip
    found = judge(no_plan, day=D("2017-01-20"))["timely_notice"]
    assert found.status == "not_met" and "aankondiging van het ontslag" in found.findings[0].reason
    warned = Criticism(date=D("2016-06-01"), form="warning", concrete=True, consequence="dismissal")
    assert judge(dataclasses.replace(no_plan, criticisms=(warned, letter)), day=D("2017-01-20"))["timely_notice"].status == "met"  # fmt: skip
    assert judge(dataclasses.replace(no_plan, dismissal_announcements=()), day=D("2017-01-20"))["timely_notice"].status == "met"  # fmt: skip


def test_tn1_concrete_oral_criticism_repeated_over_a_year_holds_without_a_plan():
    def oral(day: str, concrete: bool = True) -> Criticism:
        return Criticism(date=D(day), form="oral", concrete=concrete, consequence="dismissal")

    no_plan = dataclasses.replace(COMPLETE, plans=(), trajectory=(), appraisals=())
    repeated = dataclasses.replace(no_plan, criticisms=(oral("2021-03-01"), oral("2022-03-01"), oral("2023-03-01")))
    assert status(repeated, "timely_notice") == "met"
    within_months = dataclasses.replace(no_plan, criticisms=(oral("2023-03-01"), oral("2023-06-01")))
    assert status(within_months, "timely_notice") == "not_met"
    vague = dataclasses.replace(no_plan, criticisms=(oral("2021-03-01", False), oral("2023-03-01", False)))
    assert status(vague, "timely_notice") == "not_met"


def test_tn1_an_insufficient_appraisal_is_written_criticism():
    facts = dataclasses.replace(COMPLETE, criticisms=(COMPLETE.criticisms[1],), appraisals=COMPLETE.appraisals)
    result = judge(dataclasses.replace(facts, criticisms=()), day=D("2024-01-10"))["timely_notice"]
    assert result.findings[0].status == "met" and "beoordeling" in result.findings[0].reason


def test_tn1_a_first_trajectory_that_failed_is_notice_before_the_second():
    first = Plan(date=D("2022-09-01"), start=D("2022-09-05"), planned_weeks=13, consequence="none")
    closed = TrajectoryEvent(date=D("2022-12-05"), kind="final_evaluation", outcome="not_improved")
    good = Appraisal(date=D("2022-06-01"), outcome="good")
    facts = dataclasses.replace(
        COMPLETE,
        criticisms=(),
        appraisals=(good,),
        plans=(first, COMPLETE.plans[0]),
        trajectory=(closed, *COMPLETE.trajectory),
    )
    result = judge(facts, day=D("2024-01-10"))["timely_notice"]
    assert result.findings[0].rule == "TN1" and result.findings[0].status == "met"
    assert "TN2" not in {f.rule for f in result.findings}  # the good appraisal came before the failed first trajectory
    improved = dataclasses.replace(closed, outcome="improved")
    assert status(dataclasses.replace(facts, trajectory=(improved, *COMPLETE.trajectory)), "timely_notice") == "not_met"


def test_tn1_oral_criticism_and_a_plan_that_both_stay_general_are_not_met():
    oral = Criticism(date=D("2023-05-01"), form="oral", concrete=False, consequence="dismissal")
    vague_plan = dataclasses.replace(COMPLETE.plans[0], goals=(Goal(text="professioneler werken", concrete=False),))
    facts = dataclasses.replace(COMPLETE, criticisms=(oral,), appraisals=(), plans=(vague_plan,))
    assert status(facts, "timely_notice") == "not_met"
    assert status(dataclasses.replace(facts, plans=COMPLETE.plans), "timely_notice") == "met"  # a concrete goal


def test_tn2_a_good_appraisal_right_before_the_plan_without_later_criticism_is_not_met():
    good = Appraisal(date=D("2023-08-01"), outcome="good")
    facts = dataclasses.replace(COMPLETE, appraisals=(*COMPLETE.appraisals, good))
    assert status(facts, "timely_notice") == "not_met"
    later = Criticism(date=D("2023-08-20"), form="email", consequence="none")
    assert status(dataclasses.replace(facts, criticisms=(*COMPLETE.criticisms, later)), "timely_notice") == "met"


def test_tn3_the_job_never_said_to_be_at_stake_is_not_met_and_a_vague_threat_doubtful():
    quiet = tuple(dataclasses.replace(c, consequence="none") for c in COMPLETE.criticisms)
    plan = dataclasses.replace(COMPLETE.plans[0], consequence="none")
    facts = dataclasses.replace(COMPLETE, criticisms=quiet, plans=(plan,))
    assert status(facts, "timely_notice") == "not_met"
    vague = dataclasses.replace(plan, consequence="vague")
    assert status(dataclasses.replace(facts, plans=(vague,)), "timely_notice") == "doubtful"


def test_tn3_without_a_trajectory_the_job_said_at_stake_only_when_the_end_is_announced_is_too_late():
    written = Criticism(date=D("2019-02-12"), form="meeting_report", concrete=True, consequence="none")
    told = Criticism(date=D("2019-07-04"), form="meeting_report", concrete=True, consequence="dismissal")
    facts = Facts(criticisms=(written, told), dismissal_announcements=(DismissalAnnouncement(date=D("2019-07-04")),))
    assert judge(facts, day=D("2019-08-20"))["timely_notice"].status == "not_met"
    earlier = dataclasses.replace(facts, dismissal_announcements=(DismissalAnnouncement(date=D("2019-08-01")),))
    assert judge(earlier, day=D("2019-08-20"))["timely_notice"].status == "met"


# ------------------------------------------------------------------------------------- improvement opportunity


def test_io1_no_plan_and_no_meetings_is_not_met_unless_training_followed_written_criticism():
    untaught = dataclasses.replace(COMPLETE, plans=(), trajectory=(), trainings=())
    assert status(untaught, "improvement_opportunity") == "not_met"
    # the warning of 1 June and the course followed on 15 September: another real chance (ECLI:NL:RBAMS:2017:8390)
    assert status(dataclasses.replace(untaught, trainings=COMPLETE.trainings), "improvement_opportunity") == "met"
    oral_only = tuple(dataclasses.replace(c, form="oral") for c in COMPLETE.criticisms)
    taught_orally = dataclasses.replace(untaught, criticisms=oral_only, appraisals=(), trainings=COMPLETE.trainings)
    assert status(taught_orally, "improvement_opportunity") == "not_met"


def test_io2_a_six_week_term_is_not_met_and_ten_weeks_doubtful():
    short = dataclasses.replace(COMPLETE.plans[0], planned_weeks=6)
    final = TrajectoryEvent(date=D("2023-10-16"), kind="final_evaluation", outcome="not_improved")
    facts = dataclasses.replace(COMPLETE, plans=(short,), trajectory=(COMPLETE.trajectory[0], final))
    assert status(facts, "improvement_opportunity") == "not_met"
    ten = dataclasses.replace(short, planned_weeks=10)
    final = TrajectoryEvent(date=D("2023-11-13"), kind="final_evaluation", outcome="not_improved")
    assert status(dataclasses.replace(facts, plans=(ten,), trajectory=(COMPLETE.trajectory[0], final)), "improvement_opportunity") == "doubtful"  # fmt: skip


def test_io2_a_plan_without_a_term_never_evaluated_is_not_met():
    open_plan = dataclasses.replace(COMPLETE.plans[0], planned_weeks=None)
    facts = dataclasses.replace(COMPLETE, plans=(open_plan,), trajectory=COMPLETE.trajectory[:1])
    result = judge(facts, day=D("2024-01-10"))["improvement_opportunity"]
    assert result.status == "not_met" and "IO2" in {f.rule for f in result.decisive}
    # Evaluated once: the term is what is missing.
    interim = dataclasses.replace(facts, trajectory=COMPLETE.trajectory[:2])
    assert status(interim, "improvement_opportunity") == "doubtful"
    assert status(dataclasses.replace(facts, trajectory=COMPLETE.trajectory), "improvement_opportunity") == "met"


def test_io3_a_trajectory_ended_early_is_not_met_unless_illness_explains_it():
    early = TrajectoryEvent(date=D("2023-10-30"), kind="final_evaluation", outcome="not_improved")
    facts = dataclasses.replace(COMPLETE, trajectory=(COMPLETE.trajectory[0], early))
    assert status(facts, "improvement_opportunity") == "not_met"
    late = TrajectoryEvent(date=D("2024-01-08"), kind="final_evaluation", outcome="not_improved")
    sick = SickReport(date=D("2023-10-02"), end=D("2023-11-06"))
    explained = dataclasses.replace(COMPLETE, trajectory=(COMPLETE.trajectory[0], late), sick_reports=(sick,))
    assert status(explained, "improvement_opportunity") == "met"


def test_io3_only_an_illness_begun_during_the_trajectory_takes_time_from_it():
    # the plan of 13 weeks from 4 September ran to its final evaluation on 4 December
    sick_from_start = SickReport(date=D("2023-08-21"))
    cured = Recovery(date=D("2023-10-16"))
    begun_ill = dataclasses.replace(COMPLETE, sick_reports=(sick_from_start,), recoveries=(cured,))
    assert status(begun_ill, "improvement_opportunity") == "met"
    during = dataclasses.replace(begun_ill, sick_reports=(SickReport(date=D("2023-09-18")),))
    assert status(during, "improvement_opportunity") == "not_met"  # four weeks ill: nine of thirteen weeks ran
    same_day = dataclasses.replace(COMPLETE, sick_reports=(SickReport(date=D("2023-10-02")),), recoveries=(Recovery(date=D("2023-10-02")),))  # fmt: skip
    assert status(same_day, "improvement_opportunity") == "met"


def test_io3_a_trajectory_closed_on_the_day_it_began_cannot_be_measured_and_stays_silent():
    rough = (TrajectoryEvent(date=D("2021-01-01"), kind="final_evaluation", outcome="not_improved"),)
    plan = dataclasses.replace(COMPLETE.plans[0], date=D("2021-01-01"), start=D("2021-01-01"), planned_weeks=30)
    facts = dataclasses.replace(COMPLETE, plans=(plan,), trajectory=rough)
    result = judge(facts, day=D("2021-10-01"))["improvement_opportunity"]
    assert "IO3" not in {f.rule for f in result.findings} and result.status == "met"
    cut = (TrajectoryEvent(date=D("2021-03-01"), kind="final_evaluation", outcome="not_improved"),)
    assert status(dataclasses.replace(facts, trajectory=cut), "improvement_opportunity") == "not_met"


def test_io4_a_trajectory_suspended_and_never_resumed_is_not_met():
    suspended = TrajectoryEvent(date=D("2023-10-02"), kind="suspension")
    facts = dataclasses.replace(COMPLETE, trajectory=(COMPLETE.trajectory[0], suspended))
    assert status(facts, "improvement_opportunity") == "not_met"
    resumed = TrajectoryEvent(date=D("2023-11-01"), kind="resumption")
    final = TrajectoryEvent(date=D("2024-01-05"), kind="final_evaluation", outcome="not_improved")
    back = dataclasses.replace(facts, trajectory=(COMPLETE.trajectory[0], suspended, resumed, final), sick_reports=(SickReport(date=D("2023-10-02"), end=D("2023-11-01")),))  # fmt: skip
    assert status(back, "improvement_opportunity") == "met"


def test_io5_only_vague_goals_is_not_met():
    vague = dataclasses.replace(COMPLETE.plans[0], goals=(Goal(text="proactiever", concrete=False),))
    assert status(dataclasses.replace(COMPLETE, plans=(vague,)), "improvement_opportunity") == "not_met"


def test_io6_no_support_at_all_is_not_met():
    bare = dataclasses.replace(COMPLETE.plans[0], support=())
    facts = dataclasses.replace(COMPLETE, plans=(bare,), trainings=())
    assert status(facts, "improvement_opportunity") == "not_met"
    assert status(dataclasses.replace(facts, trainings=COMPLETE.trainings), "improvement_opportunity") == "met"


def test_io7_a_trajectory_that_ended_with_the_goals_met_shows_no_unsuitability():
    success = TrajectoryEvent(date=D("2023-12-04"), kind="final_evaluation", outcome="improved")
    facts = dataclasses.replace(COMPLETE, trajectory=(COMPLETE.trajectory[0], success))
    assert status(facts, "improvement_opportunity") == "not_met"


def test_io5a_targets_beyond_colleagues_give_no_real_chance_and_refusing_them_is_no_refusal():
    refused = Stance(date=D("2023-09-20"), kind="refuses")
    facts = dataclasses.replace(COMPLETE, stances=(refused,))
    assert status(facts, "improvement_opportunity") == "met"
    plan = dataclasses.replace(COMPLETE.plans[0], goals=(Goal(text="32 tickets per dag", concrete=True, reasonable=False),))
    beyond = judge(dataclasses.replace(facts, plans=(plan,)), day=D("2024-01-10"))["improvement_opportunity"]
    assert beyond.status == "not_met" and any("1898" in f.attack for f in beyond.findings if f.rule == "IO5a")


def test_io0_an_employee_who_refused_the_trajectory_had_the_opportunity():
    short = dataclasses.replace(COMPLETE.plans[0], planned_weeks=4, support=())
    facts = dataclasses.replace(COMPLETE, plans=(short,), trainings=())
    assert status(facts, "improvement_opportunity") == "not_met"
    refused = dataclasses.replace(facts, stances=(Stance(date=D("2023-09-10"), kind="refuses"),))
    result = judge(refused, day=D("2024-01-10"))["improvement_opportunity"]
    assert result.status == "met"
    assert {f.rule for f in result.set_aside} >= {"IO2", "IO6"}


def test_io1a_a_trajectory_proposed_and_never_begun_gives_no_chance_unless_a_talk_came_after():
    plan_only = dataclasses.replace(COMPLETE, trajectory=(
        TrajectoryEvent(date=D("2023-12-04"), kind="not_started"),
        TrajectoryEvent(date=D("2023-12-04"), kind="final_evaluation"),
    ))  # fmt: skip
    found = judge(plan_only, day=D("2024-01-10"))["improvement_opportunity"]
    assert (found.status, {f.rule for f in found.findings if f.status == "not_met"}) == ("not_met", {"IO1a"})
    begun = dataclasses.replace(plan_only, trajectory=(*plan_only.trajectory, TrajectoryEvent(date=D("2023-12-18"), kind="start")))  # fmt: skip
    assert "IO1a" not in {f.rule for f in judge(begun, day=D("2024-01-10"))["improvement_opportunity"].findings}


def test_io6a_support_promised_and_called_off_gives_no_real_chance_unless_it_came_after_all():
    called_off = SupportWithheld(date=D("2023-10-20"), support="coachingstraject")
    facts = dataclasses.replace(COMPLETE, withheld_support=(called_off,))
    withheld = judge(facts, day=D("2024-01-10"))["improvement_opportunity"]
    assert withheld.status == "not_met" and "coachingstraject" in withheld.findings[-1].reason
    assert status(COMPLETE, "improvement_opportunity") == "met"
    after = Training(date=D("2023-11-15"), status="followed")
    assert status(dataclasses.replace(facts, trainings=(*facts.trainings, after)), "improvement_opportunity") == "met"
    refused = dataclasses.replace(facts, stances=(Stance(date=D("2023-09-10"), kind="refuses"),))
    assert status(refused, "improvement_opportunity") == "met"


# ------------------------------------------------------------------------------------ training and conditions


def test_tc1_training_asked_for_and_not_given_is_not_met():
    asked = Training(date=D("2023-10-01"), status="requested")
    facts = dataclasses.replace(COMPLETE, trainings=(asked,))
    assert status(facts, "training_and_conditions") == "not_met"
    given = Training(date=D("2023-10-15"), status="offered")
    assert status(dataclasses.replace(facts, trainings=(asked, given)), "training_and_conditions") == "met"


def test_tc1_a_course_turned_down_is_no_lack_of_care_when_coaching_was_given_from_then_on():
    denied = Training(date=D("2023-10-01"), status="request_denied")
    facts = dataclasses.replace(COMPLETE, trainings=(denied,))
    assert status(facts, "training_and_conditions") == "not_met"
    coached = Training(date=D("2023-10-01"), status="followed")
    assert status(dataclasses.replace(facts, trainings=(denied, coached)), "training_and_conditions") == "met"
    before = Training(date=D("2023-09-01"), status="followed")  # given before the request was turned down
    assert status(dataclasses.replace(facts, trainings=(before, denied)), "training_and_conditions") == "not_met"


def test_tc2_a_complaint_brushed_off_fails_and_one_left_unanswered_is_advice_not_doubt():
    complaint = Complaint(date=D("2023-10-01"), topic="workload")
    facts = dataclasses.replace(COMPLETE, complaints=(complaint,))
    unanswered = judge(facts, day=D("2024-01-10"))["training_and_conditions"]
    assert unanswered.status == "met" and "niet zien wat de werkgever ermee deed" in unanswered.findings[0].reason
    advice = "Leg vast hoe de aangekaarte werkdruk is onderzocht en wat eraan is gedaan."
    assert advice in hygiene_recommendations(facts, [], "werkgever")
    assert "De werknemer heeft werkdruk aangekaart; niets wijst erop dat de werkgever daar iets mee deed." in hygiene_recommendations(facts, [], "werknemer")  # fmt: skip
    brushed = ComplaintResponse(date=D("2023-10-05"), topic="workload", response="dismissed")
    assert status(dataclasses.replace(facts, complaint_responses=(brushed,)), "training_and_conditions") == "not_met"
    looked = ComplaintResponse(date=D("2023-10-05"), topic="workload", response="investigated")
    answered = dataclasses.replace(facts, complaint_responses=(looked,))
    assert status(answered, "training_and_conditions") == "met" and advice not in hygiene_recommendations(answered, [], "werkgever")  # fmt: skip


def test_tc2_the_count_of_decisions_in_its_source_is_the_tables():
    """The source says in how many tuning decisions that ruled on the requirement the court found it met."""
    from analyzer.caselaw.table import decisions

    ruled = [d.findings[REQ_TC] for d in decisions() if not d.held_out and d.findings[REQ_TC] != "not_decided"]
    assert f"({ruled.count('met')} of {len(ruled)})" in complaints_addressed.source


def test_tc2_an_answer_to_one_topic_answers_the_others_raised_in_the_same_sentence_or_workload_in_the_same_letter():
    said = Evidence("D1", 1, "2021 was een druk jaar met veel zieke collega's en ik heb vaak twee regio's gedaan.", "employee")  # fmt: skip
    raised = (Complaint(date=D("2022-02-08"), topic="workload", evidence=(said,)), Complaint(date=D("2022-02-08"), topic="staffing", evidence=(said,)))  # fmt: skip
    answered = ComplaintResponse(date=D("2022-03-01"), topic="workload", response="adjusted")
    facts = dataclasses.replace(COMPLETE, complaints=raised, complaint_responses=(answered,))
    assert unanswered_topics(facts) == ([], [])
    letter = (raised[0], dataclasses.replace(raised[1], evidence=(dataclasses.replace(said, quote="We zijn met te weinig mensen."),)))  # fmt: skip
    assert unanswered_topics(dataclasses.replace(facts, complaints=letter)) == ([], [])
    conflict = Complaint(date=D("2022-02-08"), topic="conflict", evidence=(dataclasses.replace(said, quote="Met Piet werken gaat niet meer."),))  # fmt: skip
    assert unanswered_topics(dataclasses.replace(facts, complaints=(raised[0], conflict))) == ([], ["conflict"])
    elsewhere = dataclasses.replace(raised[1], evidence=(Evidence("D2", 1, "We zijn met te weinig mensen.", "employee"),))
    assert unanswered_topics(dataclasses.replace(facts, complaints=(raised[0], elsewhere))) == ([], ["staffing"])


# ------------------------------------------------------------------------------------------------ redeployment


def test_rd1_no_search_is_not_met_a_bare_statement_doubtful_and_a_disputed_one_not_met():
    none = dataclasses.replace(COMPLETE, redeployment_searches=())
    assert status(none, "redeployment") == "not_met"
    stated = RedeploymentStatement(date=D("2023-12-10"), kind="no_vacancies")
    bare = judge(dataclasses.replace(none, redeployment_statements=(stated,)), day=D("2024-01-10"))["redeployment"]
    assert bare.status == "doubtful" and "herplaatsingsonderzoek" in bare.findings[0].missing
    disputed = RedeploymentStatement(date=D("2023-12-20"), kind="contested")
    assert status(dataclasses.replace(none, redeployment_statements=(stated, disputed)), "redeployment") == "not_met"
    form = RedeploymentStatement(date=D("2023-12-10"), kind="not_applicable")
    assert status(dataclasses.replace(none, redeployment_statements=(form,)), "redeployment") == "not_met"
    argued = RedeploymentStatement(date=D("2023-12-10"), kind="not_reasonable")
    assert status(dataclasses.replace(none, redeployment_statements=(argued,)), "redeployment") == "met"
    found_none = RedeploymentSearch(date=D("2023-12-15"), scope="organisation", positions=0)
    assert status(dataclasses.replace(none, redeployment_searches=(found_none,)), "redeployment") == "met"


def test_rd1_a_search_left_to_the_employees_own_applications_is_none():
    wide = RedeploymentSearch(date=D("2023-12-15"), scope="group", positions=4)
    assert status(dataclasses.replace(COMPLETE, redeployment_searches=(wide,)), "redeployment") == "met"
    left = dataclasses.replace(COMPLETE, redeployment_searches=(dataclasses.replace(wide, left_to_employee=True),))
    found = judge(left, day=D("2024-01-10"))["redeployment"]
    assert found.status == "not_met" and "973" in found.findings[0].attack


def test_rd3_a_search_that_leaves_positions_unexamined_is_doubtful():
    partial = RedeploymentSearch(date=D("2023-12-15"), scope="organisation", positions=3, complete=False)
    assert status(dataclasses.replace(COMPLETE, redeployment_searches=(partial,)), "redeployment") == "doubtful"


def test_rd0_an_offered_position_refused_settles_redeployment():
    none = dataclasses.replace(COMPLETE, redeployment_searches=())
    refused = dataclasses.replace(none, redeployment_offers=(RedeploymentOffer(date=D("2023-12-10"), response="refused"),))  # fmt: skip
    assert status(refused, "redeployment") == "met"


def test_rd2_a_group_employer_must_search_the_group():
    group = dataclasses.replace(COMPLETE, employment=dataclasses.replace(COMPLETE.employment, in_group=True))
    assert status(group, "redeployment") == "not_met"
    wide = dataclasses.replace(group, redeployment_searches=(RedeploymentSearch(date=D("2023-12-15"), scope="group"),))
    assert status(wide, "redeployment") == "met"
    unknown = dataclasses.replace(group, redeployment_searches=(RedeploymentSearch(date=D("2023-12-15")),))
    assert status(unknown, "redeployment") == "doubtful"


# ------------------------------------------------------------------------------------------------------ illness


def test_nd_illness_during_the_trajectory_is_doubtful_a_link_not_met_and_no_link_met():
    sick = dataclasses.replace(COMPLETE, sick_reports=(SickReport(date=D("2023-10-02"), end=D("2023-10-20")),))
    assert status(sick, "not_due_to_illness") == "doubtful"
    link = dataclasses.replace(sick, physician_statements=(PhysicianStatement(date=D("2023-10-10"), link="link"),))
    assert status(link, "not_due_to_illness") == "not_met"
    no_link = dataclasses.replace(sick, physician_statements=(PhysicianStatement(date=D("2023-10-10"), link="no_link"),))  # fmt: skip
    assert status(no_link, "not_due_to_illness") == "met"


def test_nd3_illness_begun_only_once_the_end_was_announced_is_no_doubt_about_the_performance_before():
    told = (DismissalAnnouncement(date=D("2023-12-10")),)
    after = dataclasses.replace(COMPLETE, dismissal_announcements=told, sick_reports=(SickReport(date=D("2023-12-12")),))
    assert status(after, "not_due_to_illness") == "met"
    before = dataclasses.replace(after, sick_reports=(SickReport(date=D("2023-12-05"), end=D("2023-12-20")),))
    assert status(before, "not_due_to_illness") == "doubtful"


def test_nd5_an_open_illness_begun_once_the_end_was_announced_is_no_bar_without_a_trajectory():
    told = (DismissalAnnouncement(date=D("2023-12-10")),)
    bare = dataclasses.replace(COMPLETE, plans=(), trajectory=(), dismissal_announcements=told)
    assert status(dataclasses.replace(bare, sick_reports=(SickReport(date=D("2023-12-12")),)), "not_due_to_illness") == "met"
    assert status(dataclasses.replace(bare, sick_reports=(SickReport(date=D("2023-12-05")),)), "not_due_to_illness") == "not_met"


def test_illness_long_before_the_trajectory_is_no_doubt():
    old = dataclasses.replace(COMPLETE, sick_reports=(SickReport(date=D("2021-03-01"), end=D("2021-03-10")),))
    assert status(old, "not_due_to_illness") == "met"


def test_io2_talks_without_a_plan_that_ran_three_months_give_a_reasonable_term_and_a_few_weeks_leave_it_open():
    def io2(days: tuple[str, str]) -> str:
        talks = (TrajectoryEvent(date=D(days[0]), kind="progress"), TrajectoryEvent(date=D(days[1]), kind="interim_evaluation"))  # fmt: skip
        facts = dataclasses.replace(COMPLETE, plans=(), trajectory=talks)
        return next(f.status for f in judge(facts, day=D("2024-01-10"))["improvement_opportunity"].findings if f.rule == "IO2")  # fmt: skip

    assert io2(("2023-06-01", "2023-09-15")) == "met"
    assert io2(("2023-09-01", "2023-09-29")) == "doubtful"


def test_io1_evaluations_without_a_written_plan_are_a_real_chance():
    talks = (
        TrajectoryEvent(date=D("2023-09-04"), kind="progress"),
        TrajectoryEvent(date=D("2023-12-04"), kind="final_evaluation", outcome="not_improved"),
    )
    facts = dataclasses.replace(COMPLETE, plans=(), trajectory=talks, trainings=())
    assert status(facts, "improvement_opportunity") == "met"
    assert status(dataclasses.replace(facts, trajectory=()), "improvement_opportunity") == "not_met"
    # a talk on the day the end of the employment was announced evaluates no trajectory
    ended = dataclasses.replace(facts, trajectory=talks[1:], dismissal_announcements=(DismissalAnnouncement(date=D("2023-12-04")),))  # fmt: skip
    assert status(ended, "improvement_opportunity") == "not_met"


def test_io3a_an_early_end_after_a_year_of_written_warnings_stands():
    early = TrajectoryEvent(date=D("2023-10-30"), kind="early_end", outcome="not_improved")
    facts = dataclasses.replace(COMPLETE, trajectory=(COMPLETE.trajectory[0], early))
    assert status(facts, "improvement_opportunity") == "not_met"  # criticism since January 2023: eight months
    years = (Criticism(date=D("2021-09-01"), form="warning", consequence="dismissal"), *COMPLETE.criticisms)
    assert status(dataclasses.replace(facts, criticisms=years), "improvement_opportunity") == "met"


def test_nd5_an_employee_still_ill_at_the_request_is_not_met_unless_the_physician_excludes_a_link():
    ill = dataclasses.replace(COMPLETE, sick_reports=(SickReport(date=D("2023-11-20")),))
    assert status(ill, "not_due_to_illness") == "not_met"
    cleared = dataclasses.replace(ill, physician_statements=(PhysicianStatement(date=D("2023-12-01"), link="no_link"),))
    assert status(cleared, "not_due_to_illness") == "met"
    after = dataclasses.replace(COMPLETE, sick_reports=(SickReport(date=D("2023-12-20")),))
    assert status(after, "not_due_to_illness") == "doubtful"  # ill only after the final evaluation: the link decides


def test_the_readme_lists_every_rule_and_parameter_as_the_code_has_them():
    import sys
    from pathlib import Path

    root = Path(__file__).parents[1]
    sys.path.insert(0, str(root / "scripts"))
    from rules_table import rules_table

    readme = (root / "README.md").read_text(encoding="utf-8")
    shown = readme.split("<!-- rules:start -->\n", 1)[1].split("\n<!-- rules:end -->", 1)[0]
    assert shown == rules_table()


def test_an_unreadable_detail_of_a_fact_that_was_read_does_not_hide_the_fact():
    # The plan was read but its term is illegible: the plan names no consequence, so the job was never said to be
    # at stake, whatever the term.
    quiet = tuple(dataclasses.replace(c, consequence="none") for c in COMPLETE.criticisms)
    plan = dataclasses.replace(COMPLETE.plans[0], consequence="none", planned_weeks=None)
    facts = dataclasses.replace(COMPLETE, criticisms=quiet, plans=(plan,), unreadable=("de looptijd van het verbeterplan",))
    assert status(facts, "timely_notice") == "not_met"
    whole = dataclasses.replace(facts, unreadable=("de inhoud van verbeterplan_v2.pdf (niet gelezen)",))
    assert status(whole, "timely_notice") == "doubtful"
