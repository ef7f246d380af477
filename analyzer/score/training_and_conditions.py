"""Scholing en arbeidsomstandigheden (art. 7:669 lid 3 sub d BW): the unsuitability may not come from the
employer's lack of care for training or for the working conditions."""

from __future__ import annotations

from analyzer.score.rules import MET, NOT_MET, Case, Finding, finding, rule

REQ = "training_and_conditions"
TOPICS = {"workload": "werkdruk", "tools": "middelen", "staffing": "bezetting", "conflict": "een conflict", "other": "omstandigheden"}  # fmt: skip


@rule(
    "TC1",
    REQ,
    "training the employee asked for was given",
    "art. 7:669 lid 3 sub d BW (onvoldoende zorg voor scholing)",
)
def requested_training_given(case: Case) -> Finding | None:
    trainings = case.facts.trainings
    denied = [t for t in trainings if t.status == "request_denied"]
    requested = [t for t in trainings if t.status == "requested"]
    if not denied and not requested:
        return None
    given = [t for t in trainings if t.status in ("offered", "followed") and (not requested or not requested[0].date or (t.date and t.date >= requested[0].date))]  # fmt: skip
    if denied or not given:
        return finding(
            requested_training_given, NOT_MET,
            "De werknemer heeft om scholing of begeleiding gevraagd; die is niet gegeven.",
            facts=[*(denied or requested)[:2]],
            advice="Bied de gevraagde scholing alsnog aan of onderbouw waarom die niet nodig is.",
            attack="De werknemer vroeg om scholing en kreeg die niet (art. 7:669 lid 3 sub d BW).",
        )  # fmt: skip
    return finding(requested_training_given, MET, "De gevraagde scholing of begeleiding is geboden.", facts=[requested[0], given[0]])  # fmt: skip


@rule(
    "TC2",
    REQ,
    "working conditions the employee raised were looked into",
    "art. 7:669 lid 3 sub d BW (onvoldoende zorg voor de arbeidsomstandigheden); legal reference: complaints must be looked into",
)
def complaints_addressed(case: Case) -> Finding | None:
    facts = case.facts
    if not facts.complaints:
        return None
    open_topics = []
    for topic in dict.fromkeys(c.topic for c in facts.complaints):
        raised = min((c.date for c in facts.complaints if c.topic == topic and c.date), default=None)
        handled = [
            r for r in facts.complaint_responses
            if r.topic == topic and r.response != "dismissed" and (raised is None or r.date is None or r.date >= raised)
        ]  # fmt: skip
        if not handled:
            open_topics.append(topic)
    complaints = [c for c in facts.complaints if c.topic in open_topics]
    if open_topics:
        shown = ", ".join(TOPICS[t] for t in open_topics)
        return finding(
            complaints_addressed, NOT_MET,
            f"De werknemer heeft {shown} aangekaart; het dossier laat niet zien dat de werkgever dat heeft onderzocht of opgelost.",
            facts=complaints[:2],
            advice="Onderzoek de aangekaarte omstandigheden, leg de uitkomst vast en neem maatregelen waar nodig.",
            attack=f"De werknemer heeft {shown} aangekaart; de werkgever heeft daar niets mee gedaan.",
        )  # fmt: skip
    return finding(
        complaints_addressed, MET,
        "De omstandigheden die de werknemer aankaartte, zijn onderzocht of aangepakt.",
        facts=[*facts.complaints[:1], *facts.complaint_responses[:1]],
    )  # fmt: skip


@rule(
    "TC3",
    REQ,
    "no sign that the shortcoming comes from training or conditions (default)",
    "art. 7:669 lid 3 sub d BW; legal reference: the dossier shows training offered where skills fall short",
)
def nothing_against(case: Case) -> Finding:
    taught = [t for t in case.facts.trainings if t.status in ("offered", "followed")]
    if taught:
        return finding(nothing_against, MET, "Er is scholing of begeleiding aangeboden.", facts=taught[:1])
    return finding(
        nothing_against, MET,
        "Het dossier geeft geen aanwijzing dat het tekortschieten voortkomt uit gebrek aan scholing of uit de "
        "arbeidsomstandigheden.",
    )  # fmt: skip
