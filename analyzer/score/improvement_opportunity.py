"""Voldoende gelegenheid tot verbetering (art. 7:669 lid 3 sub d BW; HR 2019: a serious and real chance): a plan
with concrete goals and support, a reasonable term that was allowed to run, unless the employee refused it."""

from __future__ import annotations

import datetime as dt

from analyzer.facts.model import Facts
from analyzer.score.rules import DOUBTFUL, MET, NOT_MET, Case, Finding, finding, rule

REQ = "improvement_opportunity"


def sick_weeks(facts: Facts, start: dt.date, end: dt.date) -> float:
    """Weeks of sick leave between start and end: each sick report runs to its recovery (or to the end). Only an
    illness that began during the trajectory takes time from it: a plan begun while the employee was ill was made
    with the illness in view (a caseload built up with the recovery)."""
    total = 0.0
    for sick in facts.sick_reports:
        if sick.date is None or sick.date > end or sick.date < start or sick.partial:
            continue
        # a recovery on the day itself ("ziek gemeld die ochtend, 's middags weer aan het werk") ends it that day
        recovered = sick.end or next((r.date for r in facts.recoveries if r.date and r.date >= sick.date), None)
        stop = min(recovered or end, end)
        total += max(0.0, (stop - max(sick.date, start)).days / 7)
    return total


def trajectory_end(facts: Facts) -> dt.date | None:
    """When the trajectory ended: the final evaluation or an early end."""
    ends = [e.date for e in facts.events("final_evaluation", "early_end") if e.date]
    return max(ends) if ends else None


def term_weeks(case: Case) -> float | None:
    """The planned term (plus extensions); without one, the time the trajectory actually ran."""
    plan = case.facts.plan
    extra = sum(e.weeks or 0 for e in case.facts.events("extension"))
    if plan and plan.planned_weeks:
        return plan.planned_weeks + extra
    end = trajectory_end(case.facts)
    if case.start and end:
        return round((end - case.start).days / 7, 1)
    return None


def talks_before_the_end(facts: Facts, *kinds: str) -> list:
    """The talks on the performance held before the end of the employment was announced: a talk on or after that
    day evaluates no trajectory."""
    told = facts.dismissal_announced
    return [e for e in facts.events(*kinds) if not (told and e.date and e.date >= told)]


def talks_span(case: Case) -> float | None:
    """Without any plan (legal reference: a formal plan is not always indispensable), the weeks from the first talk
    on the performance to the last before the end was announced. The talks may have begun later than the chance to
    improve did, so the span is a least length, never a term."""
    if case.facts.plans:
        return None
    talks = sorted(e.date for e in talks_before_the_end(case.facts, "start", "progress", "interim_evaluation", "final_evaluation") if e.date)  # fmt: skip
    return round((talks[-1] - talks[0]).days / 7, 1) if len(talks) >= 2 else None


@rule(
    "IO0",
    REQ,
    "the employee refused or obstructed the trajectory (exception)",
    "legal reference: refusing a reasonable trajectory counts against the employee; the opportunity was given",
    overrides=("IO1", "IO1a", "IO2", "IO3", "IO3a", "IO4", "IO5", "IO6", "IO6a", "IO7"),
)
def refused(case: Case) -> Finding | None:
    refusals = [s for s in case.facts.stances if s.kind in ("refuses", "obstructs")]
    if not refusals or unreasonable_goals(case):
        return None  # refusing a plan whose targets no colleague meets is no refusal of a real chance (IO5a)
    return finding(
        refused, MET,
        "De werknemer heeft het verbetertraject geweigerd of tegengewerkt; de gelegenheid tot verbetering is geboden.",
        facts=refusals[:2],
    )  # fmt: skip


@rule(
    "IO1",
    REQ,
    "an improvement trajectory was offered",
    "HR 2019 (serious and real chance to improve); legal reference: the absence of a plan is the most common reason "
    "for rejection, but a formal plan is not indispensable when other real chances are shown (ECLI:NL:GHSHE:2017:5861, "
    "ECLI:NL:GHDHA:2022:2678, ECLI:NL:RBMNE:2016:1297); written criticism followed by training or coaching, without a "
    "plan: ECLI:NL:RBAMS:2017:8390, ECLI:NL:RBMNE:2017:5002, ECLI:NL:RBROT:2016:6135",
    reads=("plan",),
)
def trajectory_offered(case: Case) -> Finding:
    facts = case.facts
    meetings = talks_before_the_end(facts, "progress", "interim_evaluation", "final_evaluation")
    if facts.plans:
        plan = facts.plan
        when = f" (start {case.start:%d-%m-%Y})" if case.start else ""
        return finding(trajectory_offered, MET, f"Er is een schriftelijk verbeterplan{when}.", facts=[plan])
    if meetings:
        return finding(
            trajectory_offered, MET,
            "Er is geen schriftelijk verbeterplan, maar het functioneren is in een reeks gesprekken met evaluatie "
            "gevolgd; rechters aanvaarden dat als reële kans.",
            facts=meetings[:2],
            advice="Leg de verbeterafspraken vast in een verbeterplan met doelen, meting, ondersteuning en termijn.",
            attack="Er is nooit een verbeterplan opgesteld; onduidelijk was wat er moest verbeteren en wanneer.",
        )  # fmt: skip
    if taught := taught_after_written_criticism(facts):
        return finding(
            trajectory_offered, MET,
            "Er is geen verbeterplan, maar na schriftelijke kritiek is scholing of coaching geboden; rechters aanvaarden "
            "dat als reële kans om te verbeteren.",
            facts=taught[:2],
            advice="Leg de verbeterafspraken vast in een verbeterplan met doelen, meting, ondersteuning en termijn.",
            attack="Er is nooit een verbeterplan opgesteld; scholing alleen is geen verbetertraject.",
        )  # fmt: skip
    return finding(
        trajectory_offered, NOT_MET,
        "Er is geen verbetertraject geweest: geen verbeterplan en geen evaluaties.",
        advice="Bied een verbetertraject aan met een schriftelijk plan, ondersteuning en evaluaties.",
        attack="De werknemer heeft geen enkele kans gekregen zijn functioneren te verbeteren.",
    )  # fmt: skip


@rule(
    "IO1a",
    REQ,
    "the trajectory proposed was started",
    "a trajectory proposed but never begun gives no chance to improve: ECLI:NL:RBAMS:2025:4735 (proposed, then not "
    "started amid a disturbed relationship and parental leave; the d-ground failed)",
)
def trajectory_started(case: Case) -> Finding | None:
    """Only when the file itself says the trajectory had not begun: a talk, evaluation or start after that day shows
    it began after all."""
    facts = case.facts
    not_started = facts.events("not_started")
    if not not_started or not facts.plans:
        return None
    told = max((e.date for e in not_started if e.date), default=None)
    later = [e for e in facts.events("start", "progress", "interim_evaluation", "resumption") if told and e.date and e.date > told]  # fmt: skip
    if later:
        return None
    return finding(
        trajectory_started, NOT_MET,
        "Het verbetertraject is voorgesteld, maar nooit gestart: de werknemer heeft geen kans gehad zich te verbeteren.",
        facts=[*not_started[-1:], *facts.plans[:1]],
        advice="Start het verbetertraject daadwerkelijk (startgesprek, doelen, begeleiding, evaluaties) voordat ontbinding wordt gevraagd.",
        attack="Het verbetertraject is nooit begonnen; een plan op papier is geen reële kans (ECLI:NL:RBAMS:2025:4735).",
    )  # fmt: skip


def taught_after_written_criticism(facts: Facts) -> list:
    """Training or coaching offered or followed after the performance was criticised in writing (a warning, a
    critical appraisal or minutes), and that criticism itself."""
    written = sorted((c for c in facts.criticisms if c.form in ("warning", "appraisal", "meeting_report") and c.date), key=lambda c: c.date)  # fmt: skip
    low = sorted((a for a in facts.appraisals if a.outcome == "insufficient" and a.date), key=lambda a: a.date)
    first = min([x.date for x in (*written[:1], *low[:1])], default=None)
    if first is None:
        return []
    taught = [t for t in facts.trainings if t.status in ("offered", "followed") and t.date and t.date >= first]
    return [*(written[:1] or low[:1]), *taught[:1]] if taught else []


@rule(
    "IO2",
    REQ,
    "a reasonable term",
    "legal reference: 3–6 months is normal (minimum about 3), a few weeks is almost always too short; a plan states its "
    "term and is evaluated, with reports written at the time; a plan with neither was held no real chance in "
    "every such decision in the table's tuning part (ECLI:NL:RBMNE:2024:1282, ECLI:NL:RBAMS:2025:4735, "
    "ECLI:NL:RBMNE:2021:3605, ECLI:NL:RBROT:2021:488, ECLI:NL:RBOVE:2022:3523, ECLI:NL:RBOVE:2022:3863); without a "
    "plan (not always indispensable), talks on the performance that ran the normal term count as one",
)
def reasonable_term(case: Case) -> Finding | None:
    if not case.facts.plans and not case.facts.trajectory:
        return None
    weeks = term_weeks(case)
    p = case.params
    if weeks is None and (span := talks_span(case)) and span >= p["term_normal_weeks"]:
        return finding(
            reasonable_term, MET,
            f"Zonder verbeterplan liepen de gesprekken over het functioneren ten minste {span:.0f} weken.",
            facts=case.facts.events("start", "progress", "interim_evaluation", "final_evaluation")[:2],
        )  # fmt: skip
    if weeks is None and case.facts.events("final_evaluation", "early_end"):
        return None  # the trajectory was closed (or ended early: IO3 judges that); its length is not known
    if weeks is None and case.facts.events("interim_evaluation"):
        return finding(
            reasonable_term, DOUBTFUL,
            "De looptijd van het verbetertraject blijkt niet uit het dossier.",
            facts=case.facts.plans[:1],
            missing="de looptijd van het verbetertraject",
            advice="Leg de looptijd van het traject vast in het plan.",
            attack="Een termijn is nooit afgesproken.",
        )  # fmt: skip
    if weeks is None:  # a plan on paper: no term, and no evaluation held
        return finding(
            reasonable_term, NOT_MET,
            "Het verbetertraject heeft geen afgesproken looptijd en is nooit geëvalueerd: "
            "zo is niet te laten zien dat de werknemer een reële kans kreeg.",
            facts=case.facts.plans[:1],
            advice="Leg de looptijd van het traject vast in het plan en sluit het af met een schriftelijke eindevaluatie.",
            attack="Er is nooit een termijn afgesproken en het traject is nooit geëvalueerd: er was geen reële kans.",
        )  # fmt: skip
    if weeks < p["term_too_short_weeks"]:
        return finding(
            reasonable_term, NOT_MET,
            f"Het traject duurde {weeks:.0f} weken: te kort voor een reële kans (minder dan {p['term_too_short_weeks']} weken).",
            facts=case.facts.plans[:1],
            advice="Geef een termijn van minstens drie maanden, langer bij een complexe functie.",
            attack=f"Een traject van {weeks:.0f} weken is geen reële kans.",
        )  # fmt: skip
    if weeks < p["term_normal_weeks"]:
        return finding(
            reasonable_term, DOUBTFUL,
            f"Het traject duurde {weeks:.0f} weken; korter dan de gebruikelijke drie maanden, wat rechters verschillend waarderen.",
            facts=case.facts.plans[:1],
            missing="een onderbouwing waarom deze korte termijn voor deze functie volstond",
            advice="Verleng het traject tot ten minste drie maanden of onderbouw waarom korter volstaat.",
            attack=f"Met {weeks:.0f} weken was het traject korter dan gebruikelijk.",
        )  # fmt: skip
    return finding(
        reasonable_term, MET, f"Het traject had een termijn van {weeks:.0f} weken.", facts=case.facts.plans[:1]
    )


@rule(
    "IO3",
    REQ,
    "the trajectory ran its term (not cut short; illness extends it)",
    "legal reference: trajectories cut short before the employee had a real chance are rejected; illness or leave "
    "during the term extends it",
)
def ran_its_term(case: Case) -> Finding | None:  # noqa: D103 — the rule's aspect says it
    facts = case.facts
    early = facts.events("early_end")
    end = trajectory_end(facts)
    weeks = term_weeks(case)
    if case.start is None or end is None:
        return None
    if end <= case.start and not early:
        return None  # closed the day it began: the dates are too rough to measure the run (a decision that gives years)
    ran = (end - case.start).days / 7 - sick_weeks(facts, case.start, end)
    # An extension usually makes up for illness, which `ran` already leaves out: the plan's own term is the measure.
    planned = facts.plan.planned_weeks if facts.plan and facts.plan.planned_weeks else weeks
    if early or (planned and ran < planned - case.params["cut_short_grace_weeks"]):
        planned = f" van de afgesproken {planned:.0f}" if planned else ""
        return finding(
            ran_its_term, NOT_MET,
            f"Het traject is voortijdig beëindigd: het liep {max(ran, 0):.0f}{planned} weken (ziekte niet meegeteld).",
            facts=[*early[:1], *facts.events("final_evaluation")[-1:]],
            advice="Laat het traject de volle termijn lopen en verleng het met de periode van ziekte.",
            attack="Het traject is afgebroken voordat de werknemer de toegezegde tijd had gekregen.",
        )  # fmt: skip
    return finding(
        ran_its_term, MET, "Het traject heeft zijn termijn gelopen.", facts=facts.events("final_evaluation")[-1:]
    )


@rule(
    "IO3a",
    REQ,
    "ended early after long prior warnings without progress on the core problem (exception)",
    "legal reference: ending early can be accepted only when there is clearly no progress on the core problem after "
    "long prior warnings (ECLI:NL:GHARL:2017:252); the length of 'long' in parameters.yaml",
    overrides=("IO3",),
)
def early_end_after_long_warnings(case: Case) -> Finding | None:
    facts = case.facts
    early = facts.events("early_end")
    if not early or case.start is None or any(e.outcome in ("improved", "partly") for e in early):
        return None
    before = [c.date for c in facts.criticisms if c.date and c.form != "plan" and c.date < case.start]
    if not before or (case.start - min(before)).days / 7 < case.params["early_end_prior_warning_weeks"]:
        return None
    return finding(
        early_end_after_long_warnings, MET,
        f"Het traject is voortijdig beëindigd, maar na kritiek sinds {min(before):%d-%m-%Y} en zonder vooruitgang op het kernprobleem.",
        facts=early[:1],
    )  # fmt: skip


@rule(
    "IO4",
    REQ,
    "a trajectory suspended for illness was resumed",
    "legal reference: a trajectory that stops because the employee reports sick leaves the d-ground incomplete (i-ground)",
)
def resumed_after_suspension(case: Case) -> Finding | None:
    suspended = case.facts.events("suspension")
    if not suspended:
        return None
    last = suspended[-1]
    later = [e for e in case.facts.trajectory if e.kind in ("resumption", "progress", "interim_evaluation", "final_evaluation") and e.date and last.date and e.date > last.date]  # fmt: skip
    if later:
        return finding(resumed_after_suspension, MET, "Het opgeschorte traject is hervat.", facts=[last, later[0]])
    return finding(
        resumed_after_suspension, NOT_MET,
        "Het traject is opgeschort en niet hervat; de werknemer heeft de afgesproken kans niet gekregen.",
        facts=[last],
        advice="Hervat het traject na herstel voor de resterende termijn; overweeg anders de i-grond.",
        attack="Het traject is stilgelegd en nooit afgemaakt.",
    )  # fmt: skip


@rule(
    "IO5",
    REQ,
    "concrete, measurable goals",
    "legal reference: vague goals ('pro-actiever', 'betere houding') with no measurable meaning undermine the plan",
)
def concrete_goals(case: Case) -> Finding | None:
    goals = [g for plan in case.facts.plans for g in plan.goals]
    if not goals:
        return None
    if any(g.concrete for g in goals):
        return finding(concrete_goals, MET, "Het plan bevat concrete, toetsbare doelen.", facts=case.facts.plans[:1])
    return finding(
        concrete_goals, NOT_MET,
        f"De doelen van het plan zijn vaag en niet meetbaar ({named(goals)}).",
        facts=case.facts.plans[:1],
        advice="Maak de doelen concreet en meetbaar, vergelijkbaar met wat van collega's wordt verwacht.",
        attack="Aan vage doelen als deze kon de werknemer niet voldoen en niet worden gemeten.",
    )  # fmt: skip


def named(goals: list) -> str:
    """The first goals by the start of their text, for a finding's reason."""
    return "; ".join(g.text[:40] for g in goals[:2])


def unreasonable_goals(case: Case) -> list:
    return [g for plan in case.facts.plans for g in plan.goals if g.reasonable is False]


@rule(
    "IO5a",
    REQ,
    "targets a colleague in the same job could meet",
    "legal reference: unreasonable targets (not comparable with colleagues) undermine the plan; targets that were not "
    "reasonable gave no real chance, and refusing that trajectory did not count against the employee "
    "(ECLI:NL:RBMNE:2018:1898)",
)
def reasonable_goals(case: Case) -> Finding | None:
    above = unreasonable_goals(case)
    if not above:
        return None
    return finding(
        reasonable_goals, NOT_MET,
        f"De doelen van het plan vragen meer dan collega's in dezelfde functie halen ({named(above)}).",
        facts=case.facts.plans[:1],
        advice="Stel doelen vast die collega's in dezelfde functie ook halen, en onderbouw ze met hun cijfers.",
        attack="De targets lagen ver boven wat collega's haalden; het traject bood geen reële kans (ECLI:NL:RBMNE:2018:1898).",
    )  # fmt: skip


@rule(
    "IO6",
    REQ,
    "support during the trajectory",
    "legal reference: the plan states the support (coach, course, buddy, adjusted tasks); HR 2019: a serious chance",
)
def support_offered(case: Case) -> Finding | None:
    facts = case.facts
    if not facts.plans:
        return None
    if all(plan.support is None for plan in facts.plans) and not facts.trainings:
        return None  # the source does not say what support the plan offered
    kinds = {k for plan in facts.plans for k in plan.support or ()}
    taught = [t for t in facts.trainings if t.status in ("offered", "followed")]
    if kinds or taught:
        names = {"coach": "coach", "course": "cursus", "buddy": "buddy", "adjusted_tasks": "aangepaste taken", "manager": "begeleiding door de leidinggevende", "other": "andere ondersteuning"}  # fmt: skip
        shown = ", ".join(names[k] for k in sorted(kinds)) or "scholing"
        return finding(support_offered, MET, f"Tijdens het traject is ondersteuning geboden ({shown}).", facts=[*facts.plans[:1], *taught[:1]])  # fmt: skip
    return finding(
        support_offered, NOT_MET,
        "Het plan biedt geen enkele ondersteuning: geen coach, cursus, buddy of begeleiding.",
        facts=facts.plans[:1],
        advice="Bied concrete ondersteuning: een coach, een cursus, een buddy of tijdelijk aangepaste taken.",
        attack="De werknemer moest het zonder enige begeleiding doen.",
    )  # fmt: skip


@rule(
    "IO6a",
    REQ,
    "the support promised was given",
    "a coaching offered and then given no chance: ECLI:NL:RBLIM:2017:8407; too little guidance and coaching, also once "
    "the chosen approach did not work: ECLI:NL:RBROT:2021:488; HR 2019: a serious and real chance to improve",
)
def support_given(case: Case) -> Finding | None:
    facts = case.facts
    withheld = [w for w in facts.withheld_support if w.date is None or case.day is None or w.date <= case.day]
    if not withheld:
        return None
    last = max((w.date for w in withheld if w.date), default=None)
    later = [t for t in facts.trainings if t.status == "followed" and t.date and last and t.date > last]
    if later:
        return finding(support_given, MET, "Na het stopzetten is alsnog scholing of begeleiding gevolgd.", facts=[withheld[-1], later[0]])  # fmt: skip
    shown = ", ".join(dict.fromkeys(w.support for w in withheld if w.support)) or "ondersteuning"
    return finding(
        support_given, NOT_MET,
        f"De toegezegde ondersteuning ({shown}) is niet gegeven of voortijdig stopgezet.",
        facts=withheld[:2],
        advice="Geef de toegezegde begeleiding alsnog en geef de werknemer daarna de tijd om te verbeteren.",
        attack="De toegezegde begeleiding is er niet gekomen; de werknemer kreeg geen reële kans.",
    )  # fmt: skip


@rule(
    "IO7",
    REQ,
    "the trajectory did not end in improvement",
    "art. 7:669 lid 3 sub d BW: the ground is unsuitability; a trajectory closed with the goals met shows none",
)
def not_improved(case: Case) -> Finding | None:
    final = case.facts.final_evaluation
    if final is None or final.outcome != "improved":
        return None
    return finding(
        not_improved, NOT_MET,
        "De eindevaluatie stelt vast dat de doelen zijn gehaald; ongeschiktheid volgt daar niet uit.",
        facts=[final],
        advice="Een geslaagd traject is geen grond voor ontslag; bespreek een nieuw traject als er later weer problemen zijn.",
        attack="De werknemer heeft de doelen van het verbeterplan gehaald.",
    )  # fmt: skip
