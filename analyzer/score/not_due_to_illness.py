"""Niet het gevolg van ziekte (art. 7:669 lid 3 sub d BW: 'anders dan ten gevolge van ziekte of gebreken')."""

from __future__ import annotations

import datetime as dt

from analyzer.score.rules import DOUBTFUL, MET, NOT_MET, Case, Finding, finding, rule

REQ = "not_due_to_illness"


def illness_in_window(case: Case) -> list:
    """Sick periods that overlap the time the shortcomings were on the table: from the first criticism (or the
    trajectory's start) up to the day the end of the employment was announced (or the request). An illness that
    ended before anything was criticised, or began only once the end was announced, says nothing of the performance
    judged before it (ECLI:NL:RBLIM:2021:8222: sick after the announcement, no link)."""
    facts = case.facts
    marks = [c.date for c in facts.criticisms if c.date] + [d for d in (case.start,) if d]
    since = min(marks) if marks else None
    told = facts.dismissal_announced
    found = []
    for sick in facts.sick_reports:
        if told and sick.date and sick.date >= told:
            continue
        recovered = sick.end or next(
            (r.date for r in facts.recoveries if r.date and sick.date and r.date >= sick.date), None
        )
        if since is None or sick.date is None or (recovered or dt.date.max) >= since:
            found.append(sick)
    return found


@rule(
    "ND1",
    REQ,
    "the bedrijfsarts links the problems to health",
    "art. 7:669 lid 3 sub d BW: unsuitability that is (partly) the result of illness is no d-ground",
)
def physician_link(case: Case) -> Finding | None:
    links = [p for p in case.facts.physician_statements if p.link == "link"]
    if not links:
        return None
    return finding(
        physician_link, NOT_MET,
        "De bedrijfsarts legt een verband tussen de gezondheid en het functioneren.",
        facts=links[:1],
        advice="Zonder uitsluitsel dat het functioneren los staat van de gezondheid is de d-grond niet voldragen.",
        attack="Het disfunctioneren is volgens de bedrijfsarts (mede) het gevolg van ziekte.",
    )  # fmt: skip


@rule(
    "ND2",
    REQ,
    "the bedrijfsarts sees no link (exception to illness around the trajectory)",
    "legal reference: courts still dissolve when the bedrijfsarts sees no link and the problems were documented before",
    overrides=("ND3", "ND5"),
)
def physician_no_link(case: Case) -> Finding | None:
    facts = case.facts
    no_link = [p for p in facts.physician_statements if p.link == "no_link"]
    if not no_link or any(p.link == "link" for p in facts.physician_statements):
        return None
    return finding(physician_no_link, MET, "De bedrijfsarts ziet geen verband tussen de klachten en het functioneren.", facts=no_link[:1])  # fmt: skip


@rule(
    "ND1a",
    REQ,
    "the bedrijfsarts finds a link plausible or cannot rule it out",
    "art. 7:669 lid 3 sub d BW; legal reference: physician advice linking the problems to health or work pressure puts this requirement in doubt",
)
def physician_possible_link(case: Case) -> Finding | None:
    possible = [p for p in case.facts.physician_statements if p.link == "possible"]
    if not possible or any(p.link in ("link", "no_link") for p in case.facts.physician_statements):
        return None
    return finding(
        physician_possible_link, DOUBTFUL,
        "De bedrijfsarts acht een verband tussen de klachten en het functioneren of de werkdruk mogelijk, maar stelt het niet vast.",
        facts=possible[:1],
        missing="een duidelijk oordeel van de bedrijfsarts of het functioneren los staat van de gezondheid",
        advice="Vraag de bedrijfsarts uitdrukkelijk of het disfunctioneren (mede) door de gezondheid komt, en leg dat vast.",
        attack="Volgens de bedrijfsarts hangt het functioneren mogelijk samen met de gezondheid of de werkdruk.",
    )  # fmt: skip


@rule(
    "ND3",
    REQ,
    "illness around the trajectory without the bedrijfsarts' view on a link",
    "legal reference: sick reports or physician advice during the trajectory put this requirement in doubt; an "
    "illness begun only once the end of the employment was announced does not (ECLI:NL:RBLIM:2021:8222)",
)
def illness_unexplained(case: Case) -> Finding | None:
    sick = illness_in_window(case)
    if not sick:
        return None
    return finding(
        illness_unexplained, DOUBTFUL,
        f"De werknemer is rond het traject ziek geweest ({len(sick)} ziekmelding(en)); of dat met het functioneren "
        "samenhangt, blijkt niet.",
        facts=sick[:2],
        missing="het oordeel van de bedrijfsarts over een verband tussen de klachten en het functioneren",
        advice="Vraag de bedrijfsarts uitdrukkelijk of de klachten samenhangen met het functioneren en leg dat vast.",
        attack="De werknemer was ziek tijdens het traject; het disfunctioneren kan (mede) door ziekte komen.",
    )  # fmt: skip


def still_sick(case: Case) -> list:
    """Sick periods still open on the day of the request (no recovery reported after them)."""
    facts = case.facts
    open_periods = []
    for sick in facts.sick_reports:
        if sick.date is None or sick.end or (case.day and sick.date > case.day):
            continue
        if not any(r.date and r.date >= sick.date for r in facts.recoveries):
            open_periods.append(sick)
    return open_periods


@rule(
    "ND5",
    REQ,
    "the employee is still ill and the request cannot be separated from the illness",
    "art. 7:670 lid 1 and art. 7:671b lid 6 BW (opzegverbod tijdens ziekte: ontbinding alleen zonder verband met de "
    "ziekte); ECLI:NL:RBMNE:2024:2166, ECLI:NL:RBNHO:2025:7465; an illness begun once the end was announced is no bar: "
    "ECLI:NL:RBLIM:2021:8222",
)
def ill_at_request(case: Case) -> Finding | None:
    sick = still_sick(case)
    end = next((e.date for e in reversed(case.facts.trajectory) if e.kind in ("final_evaluation", "early_end") and e.date), None)  # fmt: skip
    told = case.facts.dismissal_announced
    if not sick or (end and all(s.date > end for s in sick)) or (told and all(s.date >= told for s in sick)):
        # no open illness, or one that began only after the trajectory was finished or the end was announced
        # (ECLI:NL:RBLIM:2021:8222: sick after the announcement, no link, no bar to dissolving)
        return None
    return finding(
        ill_at_request, NOT_MET,
        f"De werknemer is sinds {sick[0].date:%d-%m-%Y} ziek en niet hersteld gemeld; het verzoek is dan niet los te "
        "zien van de ziekte zolang de bedrijfsarts geen verband uitsluit.",
        facts=sick[:1],
        advice="Wacht het herstel af of laat de bedrijfsarts uitdrukkelijk beoordelen dat het functioneren los staat van de ziekte.",
        attack="De werknemer is ziek; het opzegverbod staat in de weg en het disfunctioneren is niet los te zien van de ziekte.",
    )  # fmt: skip


@rule(
    "ND4",
    REQ,
    "no illness that explains the performance (default)",
    "art. 7:669 lid 3 sub d BW",
)
def no_illness(case: Case) -> Finding | None:
    if illness_in_window(case) or still_sick(case) or any(p.link == "link" for p in case.facts.physician_statements):
        return None
    if case.facts.sick_reports:
        return finding(no_illness, MET, "Verzuim speelt alleen buiten de periode van het traject.", facts=case.facts.sick_reports[:1])  # fmt: skip
    return finding(no_illness, MET, "Er zijn geen aanwijzingen dat het functioneren door ziekte komt.")
