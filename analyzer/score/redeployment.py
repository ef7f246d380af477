"""Herplaatsing (art. 7:669 lid 1 BW; Ontslagregeling): was another suitable position looked for, within the
notice period and, in a group of companies, in the whole group?"""

from __future__ import annotations

from analyzer.score.rules import DOUBTFUL, MET, NOT_MET, Case, Finding, finding, rule

REQ = "redeployment"
SCOPES = {"team": "het team", "department": "de afdeling", "organisation": "de hele organisatie", "group": "de hele groep", "unknown": "onbekende reikwijdte"}  # fmt: skip


@rule(
    "RD0",
    REQ,
    "a suitable position was offered and refused (exception)",
    "art. 7:669 lid 1 BW: redeployment is done when a suitable position is offered; refusing it is the employee's risk",
    overrides=("RD1", "RD2"),
)
def offer_refused(case: Case) -> Finding | None:
    refused = [o for o in case.facts.redeployment_offers if o.response == "refused"]
    if not refused:
        return None
    return finding(offer_refused, MET, "Een andere functie is aangeboden en door de werknemer afgewezen.", facts=refused[:1])


@rule(
    "RD1",
    REQ,
    "another suitable position was looked for, or its absence shown and not disputed",
    "art. 7:669 lid 1 BW; Ontslagregeling; an undisputed account that no suitable position exists is accepted "
    "(ECLI:NL:RBROT:2018:6322, ECLI:NL:GHARL:2016:7300, ECLI:NL:GHSHE:2018:5300); a statement the employee disputes, "
    "or a search the employer left to the employee, is not (ECLI:NL:RBNNE:2017:973; legal reference)",
)
def searched(case: Case) -> Finding:
    facts = case.facts
    contested = [s for s in facts.redeployment_statements if s.kind == "contested"]
    if facts.redeployment_searches or facts.redeployment_offers:
        search = (facts.redeployment_searches or facts.redeployment_offers)[-1]
        scope = SCOPES[getattr(search, "scope", "unknown")]
        text = f"Herplaatsing is onderzocht ({scope})." if facts.redeployment_searches else "Er is een andere functie aangeboden."
        return finding(searched, MET, text, facts=[search])
    stated = [s for s in facts.redeployment_statements if s.kind in ("no_vacancies", "not_reasonable")]
    if stated and not contested:
        kind = "herplaatsing niet in de rede ligt" if stated[0].kind == "not_reasonable" else "er geen passende functie is"
        return finding(
            searched, MET,
            f"De werkgever stelt dat {kind}, en dat is niet betwist; rechters aanvaarden dat.",
            facts=stated[:1],
            advice="Onderbouw het herplaatsingsonderzoek: welke vacatures er binnen de opzegtermijn waren en waarom ze niet passen.",
            attack="Betwist de stelling dat er geen passende functie is: noem de vacatures die er wel waren.",
        )  # fmt: skip
    text = (
        "De werkgever stelt dat er geen passende functies zijn, maar dat wordt betwist en een onderzoek ontbreekt."
        if stated
        else "Er staat alleen 'n.v.t.' bij herplaatsing, zonder onderzoek."
        if facts.redeployment_statements
        else "Herplaatsing in een andere passende functie is niet onderzocht."
    )
    return finding(
        searched, NOT_MET, text,
        facts=[*stated[:1], *contested[:1]],
        advice="Onderzoek herplaatsing: welke vacatures er binnen de opzegtermijn zijn (ook in de groep) en waarom ze (niet) passen.",
        attack="Herplaatsing is niet (serieus) onderzocht (art. 7:669 lid 1 BW).",
    )  # fmt: skip


@rule(
    "RD2",
    REQ,
    "in a group of companies, the group was searched",
    "Ontslagregeling (art. 9 lid 1, 4): positions elsewhere in the group count",
)
def group_searched(case: Case) -> Finding | None:
    facts = case.facts
    if not (facts.employment and facts.employment.in_group) or not facts.redeployment_searches:
        return None
    scopes = {s.scope for s in facts.redeployment_searches}
    if "group" in scopes:
        return finding(group_searched, MET, "Ook de functies binnen de groep zijn bekeken.", facts=facts.redeployment_searches[-1:])  # fmt: skip
    if scopes <= {"unknown"}:
        return finding(
            group_searched, DOUBTFUL,
            "De werkgever hoort bij een groep; of ook daar is gezocht, blijkt niet.",
            facts=facts.redeployment_searches[-1:],
            missing="of de vacatures van de andere groepsmaatschappijen zijn bekeken",
            advice="Betrek de vacatures van alle groepsmaatschappijen bij het herplaatsingsonderzoek.",
            attack="Herplaatsing binnen de groep is niet onderzocht.",
        )  # fmt: skip
    return finding(
        group_searched, NOT_MET,
        "De werkgever hoort bij een groep, maar alleen binnen de eigen organisatie is gezocht.",
        facts=facts.redeployment_searches[-1:],
        advice="Betrek de vacatures van alle groepsmaatschappijen bij het herplaatsingsonderzoek.",
        attack="Herplaatsing binnen de groep is niet onderzocht.",
    )  # fmt: skip
