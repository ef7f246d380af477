"""Herplaatsing (art. 7:669 lid 1 BW; Ontslagregeling): was another suitable position looked for, within the
notice period and, in a group of companies, in the whole group?"""

from __future__ import annotations

from analyzer.score.rules import DOUBTFUL, MET, NOT_MET, Case, Finding, finding, rule

REQ = "redeployment"
SCOPES = {"team": "het team", "department": "de afdeling", "organisation": "de hele organisatie", "group": "de hele groep", "unknown": "onbekende reikwijdte"}  # fmt: skip


@rule(
    "RD0",
    REQ,
    "a suitable position was offered (exception)",
    "art. 7:669 lid 1 BW: redeployment is done when a suitable position is offered; refusing it is the employee's "
    "risk (ECLI:NL:RBNHO:2016:9096)",
    overrides=("RD1", "RD2", "RD3", "RD4"),
)
def offer_refused(case: Case) -> Finding | None:
    offers = case.facts.redeployment_offers
    if not offers:
        return None
    refused = [o for o in offers if o.response == "refused"]
    text = "Een andere functie is aangeboden en door de werknemer afgewezen." if refused else "Er is een andere passende functie aangeboden."  # fmt: skip
    return finding(offer_refused, MET, text, facts=(refused or offers)[:1])


@rule(
    "RD1",
    REQ,
    "another suitable position was looked for",
    "art. 7:669 lid 1 BW; Ontslagregeling; legal reference: the employer must look actively and document it, mere "
    "statements that 'there was nothing' are weak, an argued 'not reasonable' can suffice (ECLI:NL:RBDHA:2023:7580); "
    "a search left to the employee is none (ECLI:NL:RBNNE:2017:973)",
    reads=("redeployment",),
)
def searched(case: Case) -> Finding:
    facts = case.facts
    contested = [s for s in facts.redeployment_statements if s.kind == "contested"]
    documented = [s for s in facts.redeployment_searches if s.positions is not None or s.scope != "unknown"]
    if facts.redeployment_searches and all(s.left_to_employee for s in facts.redeployment_searches) and not facts.redeployment_offers:  # fmt: skip
        return finding(
            searched, NOT_MET,
            "De werkgever liet de werknemer alleen zelf solliciteren; zelf heeft de werkgever geen passende functie "
            "gezocht of aangeboden.",
            facts=facts.redeployment_searches[:1],
            advice="Zoek als werkgever actief naar passende functies (ook met scholing en in de groep), leg per functie vast waarom die wel of niet past en bied een passende functie aan.",
            attack="De werkgever heeft het zoeken aan de werknemer overgelaten; dat is geen herplaatsingsinspanning (ECLI:NL:RBNNE:2017:973).",
        )  # fmt: skip
    if facts.redeployment_searches and not documented and not facts.redeployment_offers and not contested:
        return finding(
            searched, DOUBTFUL,
            "Er staat dat naar een andere functie is gekeken, maar niet welke functies of waar; of dat volstaat, hangt af van de onderbouwing.",
            facts=facts.redeployment_searches[-1:],
            missing="een vastgelegd herplaatsingsonderzoek: welke functies binnen de opzegtermijn zijn bekeken en waarom ze niet passen",
            advice="Leg het herplaatsingsonderzoek vast: welke vacatures er binnen de opzegtermijn waren (ook in de groep) en waarom ze niet passen.",
            attack="Het herplaatsingsonderzoek is niet onderbouwd: welke functies zijn bekeken?",
        )  # fmt: skip
    if facts.redeployment_searches or facts.redeployment_offers:
        search = (facts.redeployment_searches or facts.redeployment_offers)[-1]
        scope = SCOPES[getattr(search, "scope", "unknown")]
        text = (
            f"Herplaatsing is onderzocht ({scope})."
            if facts.redeployment_searches
            else "Er is een andere functie aangeboden."
        )
        return finding(searched, MET, text, facts=[search])
    argued = [s for s in facts.redeployment_statements if s.kind == "not_reasonable"]
    if argued and not contested:
        return finding(
            searched, MET,
            "De werkgever heeft onderbouwd waarom herplaatsing niet in de rede ligt, en dat is niet betwist.",
            facts=argued[:1],
            advice="Leg de onderbouwing vast waarom het tekortschieten in elke andere functie terug zou komen.",
            attack="Betwist dat herplaatsing niet in de rede ligt: noem functies waarin het bezwaar niet speelt.",
        )  # fmt: skip
    stated = [s for s in facts.redeployment_statements if s.kind in ("no_vacancies", "not_reasonable")]
    if stated and not contested:
        kind = (
            "herplaatsing niet in de rede ligt" if stated[0].kind == "not_reasonable" else "er geen passende functie is"
        )
        return finding(
            searched, DOUBTFUL,
            f"De werkgever stelt alleen dat {kind}; zonder vastgelegd onderzoek hangt het ervan af of de werknemer dat betwist.",
            facts=stated[:1],
            missing="een vastgelegd herplaatsingsonderzoek: welke functies binnen de opzegtermijn zijn bekeken en waarom ze niet passen",
            advice="Leg het herplaatsingsonderzoek vast: welke vacatures er binnen de opzegtermijn waren (ook in de groep) en waarom ze niet passen.",
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
    "RD3",
    REQ,
    "the search weighed every position it names",
    "legal reference: the employer documents which positions were considered and why they do or do not fit",
)
def search_complete(case: Case) -> Finding | None:
    facts = case.facts
    partial = [s for s in facts.redeployment_searches if s.complete is False]
    if not partial or facts.redeployment_offers:
        return None
    return finding(
        search_complete, DOUBTFUL,
        "Het herplaatsingsonderzoek laat functies 'niet verder onderzocht'; of de overige functies passend waren, blijkt niet.",
        facts=partial[:1],
        missing="de beoordeling van de functies die het onderzoek open laat",
        advice="Onderzoek ook de functies die nu 'niet verder onderzocht' zijn en leg per functie vast waarom die niet past.",
        attack="Niet alle mogelijke functies zijn onderzocht.",
    )  # fmt: skip


@rule(
    "RD4",
    REQ,
    "the search covered the employer's whole organisation, not one team or department",
    "art. 7:669 lid 1 BW and art. 9 Ontslagregeling: redeployment within the employer's undertaking (and group)",
)
def search_wide_enough(case: Case) -> Finding | None:
    facts = case.facts
    scopes = {s.scope for s in facts.redeployment_searches}
    if not scopes or facts.redeployment_offers or not scopes <= {"team", "department"}:
        return None
    where = "het eigen team" if scopes == {"team"} else "de eigen afdeling"
    return finding(
        search_wide_enough, NOT_MET,
        f"Er is alleen binnen {where} naar een andere functie gekeken, niet in de hele organisatie.",
        facts=facts.redeployment_searches[-1:],
        advice="Onderzoek de vacatures in de hele organisatie (en de groep) binnen de opzegtermijn, niet alleen in de eigen afdeling.",
        attack="Herplaatsing is alleen binnen de eigen afdeling bekeken.",
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
