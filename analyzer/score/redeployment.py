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
    "another suitable position was looked for",
    "art. 7:669 lid 1 BW; legal reference: mere statements that 'there was nothing' are weak",
)
def searched(case: Case) -> Finding:
    facts = case.facts
    if facts.redeployment_searches or facts.redeployment_offers:
        search = (facts.redeployment_searches or facts.redeployment_offers)[-1]
        scope = SCOPES[getattr(search, "scope", "unknown")]
        text = f"Herplaatsing is onderzocht ({scope})." if facts.redeployment_searches else "Er is een andere functie aangeboden."
        return finding(searched, MET, text, facts=[search])
    argued = [s for s in facts.redeployment_statements if s.kind == "not_reasonable"]
    if argued:
        return finding(
            searched, DOUBTFUL,
            "De werkgever stelt dat herplaatsing niet in de rede ligt, maar heeft niet gezocht; rechters volgen dat "
            "alleen als goed is onderbouwd dat het probleem in elke functie terugkomt.",
            facts=argued[:1],
            missing="een onderzoek naar passende functies, of een onderbouwing waarom herplaatsing niet in de rede ligt",
            advice="Onderzoek toch de vacatures binnen de opzegtermijn en leg per functie vast waarom die (niet) past.",
            attack="Herplaatsing is niet onderzocht; de werkgever stelt alleen dat het geen zin heeft.",
        )  # fmt: skip
    bare = facts.redeployment_statements
    text = (
        "Er staat alleen dat er geen passende functies zijn, zonder onderzoek."
        if bare
        else "Herplaatsing in een andere passende functie is niet onderzocht."
    )
    return finding(
        searched, NOT_MET, text,
        facts=bare[:1],
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
