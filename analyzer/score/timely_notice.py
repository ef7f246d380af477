"""Tijdig in kennis gesteld (art. 7:669 lid 3 sub d BW): did the employee know, clearly and before the trajectory,
that the performance fell short and that the job was at stake?"""

from __future__ import annotations

import datetime as dt

from analyzer.facts.model import Criticism, TrajectoryEvent
from analyzer.score.rules import DOUBTFUL, MET, NOT_MET, Case, Finding, finding, rule

REQ = "timely_notice"
FORMS = {
    "warning": "waarschuwing",
    "appraisal": "beoordeling",
    "meeting_report": "gespreksverslag",
    "email": "e-mail",
    "oral": "mondelinge opmerking",
    "plan": "verbeterplan",
}


def notice_until(case: Case) -> dt.date | None:
    """Notice counts when given before the trajectory began, or without one, before the employer announced the
    dismissal (else before the request): criticism first voiced in the letter that announces it comes too late."""
    until = case.start or case.day
    if (told := case.facts.dismissal_announced) and (until is None or told < until):
        return told
    return until


def prior_criticism(case: Case) -> list[Criticism]:
    """Criticism given before the trajectory began (or, without one, before the dismissal was announced or asked
    for); the plan itself is not."""
    until = notice_until(case)
    return [c for c in case.facts.criticisms if c.form != "plan" and c.date and (until is None or c.date < until)]


def failed_earlier_trajectory(case: Case) -> TrajectoryEvent | None:
    """The final evaluation of a first trajectory that closed without improvement before a later plan began.

    Such a trajectory told the employee in writing, before the later one, what fell short: the later trajectory
    does not 'fall out of the sky' (ECLI:NL:GHSHE:2018:5300: a second PIP after a first that failed)."""
    starts = [p.start or p.date for p in case.facts.plans if p.start or p.date]
    if case.start is None or len(starts) < 2:
        return None
    closed = [
        e
        for e in case.facts.events("final_evaluation")
        if e.date and e.outcome in ("not_improved", "partly") and case.start <= e.date < max(starts)
    ]
    return closed[0] if closed else None


@rule(
    "TN1",
    REQ,
    "criticism recorded in writing before the trajectory",
    "art. 7:669 lid 3 sub d BW ('tijdig in kennis gesteld'); legal reference: a trajectory that 'falls out of the "
    "sky' fails; oral remarks alone and no plan: ECLI:NL:GHSHE:2017:4621, ECLI:NL:RBLIM:2017:9068; concrete oral criticism repeated over years: ECLI:NL:GHDHA:2024:274; oral remarks "
    "followed by a written plan: ECLI:NL:RBROT:2023:4859, ECLI:NL:GHSHE:2023:1416, unless criticism and plan stay general: "
    "ECLI:NL:RBROT:2020:1859; a second plan after a first that "
    "failed: ECLI:NL:GHSHE:2018:5300; criticism first voiced when the dismissal is announced (a suspension letter "
    "after daily oral remarks): ECLI:NL:GHSHE:2017:4621",
    reads=("criticism",),
)
def written_criticism_before(case: Case) -> Finding:
    if earlier := failed_earlier_trajectory(case):
        return finding(
            written_criticism_before, MET,
            f"Vóór het laatste verbetertraject is een eerder traject zonder voldoende verbetering afgesloten "
            f"({earlier.date:%d-%m-%Y}); de werknemer wist schriftelijk wat er schortte.",
            facts=[earlier],
        )  # fmt: skip
    prior = prior_criticism(case)
    written = [c for c in prior if c.form != "oral"] + low_appraisals(case)
    undated = [c for c in case.facts.criticisms if c.date is None and c.form not in ("plan", "oral")]
    if written:
        first = min(written, key=lambda c: c.date)
        forms = ", ".join(dict.fromkeys(FORMS[getattr(c, "form", "appraisal")] for c in written))
        return finding(
            written_criticism_before, MET,
            f"Vóór het verbetertraject is het functioneren {len(written)} keer schriftelijk bekritiseerd ({forms}), "
            f"voor het eerst op {first.date:%d-%m-%Y}.",
            facts=written[:3],
        )  # fmt: skip
    if undated:
        return finding(
            written_criticism_before, MET,
            "Het functioneren is schriftelijk bekritiseerd (" + ", ".join(dict.fromkeys(FORMS[c.form] for c in undated))
            + "); de datum blijkt niet uit het dossier.",
            facts=undated[:2],
        )  # fmt: skip
    # a concrete written report of the talk that opened the trajectory, with the plan beside it: as the plan that
    # records criticism first told by mouth (below), the employee knew in writing what fell short from its first day
    at_start = [c for c in case.facts.criticisms if c.form not in ("plan", "oral") and c.concrete and c.date and c.date == case.start]  # fmt: skip
    if at_start and case.facts.plans:
        return finding(
            written_criticism_before, MET,
            f"Het functioneren is bij de start van het traject ({case.start:%d-%m-%Y}) schriftelijk en concreet "
            "bekritiseerd en het verbeterplan legt het vast.",
            facts=[*at_start[:1], *case.facts.plans[:1]],
            advice="Leg kritiek voortaan ook vóór het verbetertraject schriftelijk vast, zodat het traject niet als eerste signaal geldt.",
            attack="De kritiek kwam pas bij de start van het traject; betwist dat de werknemer eerder wist wat er mis was.",
        )  # fmt: skip
    oral = [c for c in prior if c.form == "oral"] or [
        c
        for c in case.facts.criticisms
        if c.form == "oral" and (c.date is None or (case.start and c.date <= case.start))
    ]
    if oral and case.facts.plans and _never_concrete(oral, case):
        return finding(
            written_criticism_before, NOT_MET,
            "Vóór het traject is het functioneren alleen mondeling en in algemene termen besproken, en ook het "
            "verbeterplan noemt geen concrete punten: wat er mis was, is de werknemer nooit duidelijk gezegd.",
            facts=[*oral[:1], *case.facts.plans[:1]],
            advice="Benoem schriftelijk en concreet wat er mis is (voorbeelden, cijfers), vóór het verbetertraject.",
            attack="De kritiek bleef algemeen; de werknemer wist niet wat er concreet van haar verwacht werd.",
        )  # fmt: skip
    if oral and case.facts.plans:
        return finding(
            written_criticism_before, MET,
            "Het functioneren is vóór het traject mondeling besproken en daarna in het verbeterplan schriftelijk vastgelegd.",
            facts=[*oral[:1], *case.facts.plans[:1]],
            advice="Leg mondelinge kritiek voortaan direct schriftelijk vast (gespreksverslag of e-mail).",
            attack="Vóór het verbeterplan is de kritiek alleen mondeling geuit; betwist dat die gesprekken zo zijn gevoerd.",
        )  # fmt: skip
    repeated = repeated_oral(oral, case.params["repeated_oral_criticism"])
    if repeated:
        return finding(
            written_criticism_before, MET,
            f"Het functioneren is {len(repeated)} keer mondeling en concreet bekritiseerd, van {repeated[0].date:%d-%m-%Y} "
            f"tot {repeated[-1].date:%d-%m-%Y}; zulke herhaalde kritiek over lange tijd volstaat.",
            facts=repeated[:3],
            advice="Leg mondelinge kritiek voortaan direct schriftelijk vast (gespreksverslag of e-mail).",
            attack="De kritiek is nooit schriftelijk vastgelegd; betwist dat de gesprekken zo zijn gevoerd en wat er is gezegd.",
        )  # fmt: skip
    if oral:
        return finding(
            written_criticism_before, NOT_MET,
            "De kritiek is alleen mondeling geuit en nooit schriftelijk vastgelegd, ook niet in een verbeterplan.",
            facts=oral[:1],
            advice="Leg de kritiek schriftelijk vast (waarschuwing of gespreksverslag) en bied een verbeterplan aan.",
            attack="Er is nooit schriftelijk gewaarschuwd; mondelinge opmerkingen achteraf bewijzen niet dat de werknemer wist wat er mis was.",
        )  # fmt: skip
    told = case.facts.dismissal_announced
    if told and not case.facts.plans and any(c.date and c.date >= told for c in case.facts.criticisms):
        return finding(
            written_criticism_before, NOT_MET,
            f"De kritiek staat pas in de aankondiging van het ontslag ({told:%d-%m-%Y}); daarvóór is het functioneren "
            "nergens schriftelijk bekritiseerd en is geen verbetertraject geboden.",
            facts=case.facts.dismissal_announcements[:1],
            advice="Leg kritiek vast en bied een verbetertraject aan voordat het ontslag wordt aangekondigd.",
            attack="De werknemer hoorde pas bij de aankondiging van het ontslag wat er mis zou zijn; dat is niet tijdig.",
        )  # fmt: skip
    return finding(
        written_criticism_before, NOT_MET,
        "Vóór het verbetertraject is het functioneren nergens schriftelijk bekritiseerd: het traject valt 'uit de lucht'.",
        advice="Leg kritiek eerst vast in een beoordeling, gespreksverslag of waarschuwing, vóór een verbetertraject.",
        attack="Het verbetertraject kwam uit de lucht vallen: er is geen eerdere schriftelijke kritiek.",
    )  # fmt: skip


def _never_concrete(oral: list[Criticism], case: Case) -> bool:
    """The oral criticism and the plan's goals all leave open what was wrong (each marked not concrete)."""
    goals = [g for plan in case.facts.plans for g in plan.goals]
    return all(c.concrete is False for c in oral) and bool(goals) and all(g.concrete is False for g in goals)


def repeated_oral(oral: list[Criticism], threshold: dict) -> list[Criticism]:
    """Concrete oral criticism on enough distinct days over a long enough span; else nothing."""
    days = sorted({c.date: c for c in oral if c.concrete and c.date}.values(), key=lambda c: c.date)
    if len(days) < threshold["occasions"]:
        return []
    months = (days[-1].date.year - days[0].date.year) * 12 + days[-1].date.month - days[0].date.month
    return days if months >= threshold["span_months"] else []


def low_appraisals(case: Case) -> list:
    """Appraisals with an insufficient outcome before the trajectory: written criticism too."""
    until = notice_until(case)
    return [a for a in case.facts.appraisals if a.outcome == "insufficient" and a.date and (until is None or a.date < until) and not any(c.form == "appraisal" and c.date == a.date for c in case.facts.criticisms)]  # fmt: skip


@rule(
    "TN2",
    REQ,
    "no good appraisal right up to the trajectory",
    "legal reference: good appraisals right up to the plan do not give timely notice ('zachte heelmeesters maken stinkende wonden')",
)
def no_good_appraisal_before(case: Case) -> Finding | None:
    until = notice_until(case)
    before = [a for a in case.facts.appraisals if a.date and (until is None or a.date < until)]
    if not before:
        return None
    last = before[-1]
    if last.outcome not in ("good", "sufficient"):
        return None
    if (earlier := failed_earlier_trajectory(case)) and earlier.date >= last.date:
        return None  # a failed first trajectory after the good appraisal told the employee (TN1 says so)
    later = [c for c in prior_criticism(case) if c.form != "oral" and c.date and c.date > last.date]
    later += [a for a in low_appraisals(case) if a.date > last.date]
    if later:
        return finding(
            no_good_appraisal_before, MET,
            f"De laatste beoordeling vóór het traject ({last.date:%d-%m-%Y}) was nog {_outcome(last.outcome)}, maar "
            f"daarna is het functioneren schriftelijk bekritiseerd ({later[0].date:%d-%m-%Y}).",
            facts=[last, later[0]],
        )  # fmt: skip
    return finding(
        no_good_appraisal_before, NOT_MET,
        f"De laatste beoordeling vóór het traject ({last.date:%d-%m-%Y}) was {_outcome(last.outcome)}, en daarna is "
        "geen schriftelijke kritiek gevolgd.",
        facts=[last],
        advice="Een positieve beoordeling vlak voor het traject ondergraaft het dossier; leg vast wat sindsdien veranderde.",
        attack="De werknemer werd tot kort voor het traject positief beoordeeld.",
    )  # fmt: skip


def _outcome(outcome: str) -> str:
    return {"good": "goed", "sufficient": "voldoende"}.get(outcome, outcome)


@rule(
    "TN3",
    REQ,
    "the employee knew the job was at stake",
    "legal reference: the employee must understand that the job is at stake; a plan framed only as development fails",
    reads=("criticism", "plan"),
)
def job_at_stake(case: Case) -> Finding | None:
    final = case.facts.final_evaluation
    # the trajectory's own final evaluation, not one read before it began (that closed no trajectory of this plan)
    closed = final and final.date and (case.start is None or final.date >= case.start)
    until = final.date if closed else case.day
    named = [
        item
        for item in [*case.facts.criticisms, *case.facts.plans]
        if item.date is None or until is None or item.date <= until
    ]
    if case.start is None and (told := case.facts.dismissal_announced):
        named = [i for i in named if i.date is None or i.date < told]  # without a trajectory: before the announced end
    dismissal = [i for i in named if i.consequence == "dismissal"]
    vague = [i for i in named if i.consequence == "vague"]
    if dismissal:
        first = dismissal[0]
        when = f" ({first.date:%d-%m-%Y})" if first.date else ""
        return finding(
            job_at_stake, MET,
            f"De werknemer is gewezen op ontslag als mogelijk gevolg{when}.",
            facts=dismissal[:1],
        )  # fmt: skip
    if vague:
        return finding(
            job_at_stake, DOUBTFUL,
            "Er is alleen gedreigd met 'maatregelen' of 'consequenties'; dat de baan op het spel stond, is niet "
            "uitdrukkelijk gezegd.",
            facts=vague[:1],
            missing="een uitdrukkelijke mededeling dat ontslag kan volgen",
            advice="Zeg schriftelijk en uitdrukkelijk dat ontslag kan volgen als het functioneren niet verbetert.",
            attack="Nergens staat dat de baan op het spel stond; 'maatregelen' is geen aankondiging van ontslag.",
        )  # fmt: skip
    if any(i.consequence is None for i in named):
        return None  # the source leaves open what was said about the consequence: this rule cannot decide
    return finding(
        job_at_stake, NOT_MET,
        "Nergens is de werknemer gezegd dat zijn baan op het spel stond.",
        advice="Noem in de waarschuwing en het verbeterplan uitdrukkelijk ontslag als gevolg van onvoldoende verbetering.",
        attack="De werknemer is nooit gewaarschuwd dat zijn baan op het spel stond.",
    )  # fmt: skip
