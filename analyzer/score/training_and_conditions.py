"""Scholing en arbeidsomstandigheden (art. 7:669 lid 3 sub d BW): the unsuitability may not come from the
employer's lack of care for training or for the working conditions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from analyzer.facts.model import Complaint, Facts
from analyzer.score.rules import MET, NOT_MET, Case, Finding, finding, rule

REQ = "training_and_conditions"
TOPICS = {"workload": "werkdruk", "tools": "middelen", "staffing": "bezetting", "conflict": "een conflict", "other": "omstandigheden"}  # fmt: skip


@rule(
    "TC1",
    REQ,
    "training the employee asked for was given",
    "art. 7:669 lid 3 sub d BW (onvoldoende zorg voor scholing): the care for training is judged as a whole; legal "
    "reference: for a gap in skills the employer offers training or coaching, so a course turned down while coaching "
    "or other training was given from then on is no lack of care",
)
def requested_training_given(case: Case) -> Finding | None:
    trainings = case.facts.trainings
    denied = [t for t in trainings if t.status == "request_denied"]
    requested = [t for t in trainings if t.status == "requested"]
    if not denied and not requested:
        return None
    given = [t for t in trainings if t.status in ("offered", "followed") and (not requested or not requested[0].date or (t.date and t.date >= requested[0].date))]  # fmt: skip
    first_denied = min((t.date for t in denied if t.date), default=None)
    instead = [t for t in given if first_denied and t.date and t.date >= first_denied]
    if denied and instead:
        return finding(
            requested_training_given, MET,
            "Een gevraagde cursus is afgewezen, maar daarna is andere scholing of begeleiding gegeven.",
            facts=[denied[0], instead[0]],
            advice="Leg vast waarom de gevraagde cursus niet nodig was naast de scholing of begeleiding die wel is gegeven.",
            attack="De gevraagde cursus is geweigerd; betwist dat de geboden begeleiding het tekort dekte.",
        )  # fmt: skip
    if denied or not given:
        return finding(
            requested_training_given, NOT_MET,
            "De werknemer heeft om scholing of begeleiding gevraagd; die is niet gegeven.",
            facts=[*(denied or requested)[:2]],
            advice="Bied de gevraagde scholing alsnog aan of onderbouw waarom die niet nodig is.",
            attack="De werknemer vroeg om scholing en kreeg die niet (art. 7:669 lid 3 sub d BW).",
        )  # fmt: skip
    return finding(requested_training_given, MET, "De gevraagde scholing of begeleiding is geboden.", facts=[requested[0], given[0]])  # fmt: skip


# Workload and staffing raised in one letter are one grievance ("50+ uur per week", "sinds Marja weg is geen
# ondersteuning meer"): the employer who lightens the work package has answered both.
ONE_GRIEVANCE = frozenset({"workload", "staffing"})


def _raised_together(complaints: Sequence[Complaint]) -> dict[str, set[str]]:
    """Each topic with the topics raised in the same sentence: one grievance ("een druk jaar met veel zieke
    collega's" is workload and staffing), which an answer to either topic answers; and workload with staffing
    raised in the same document."""
    sentences: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in complaints:
        if c.evidence:
            sentences[(c.evidence[0].document, c.evidence[0].quote)].add(c.topic)
            if c.topic in ONE_GRIEVANCE:
                sentences[(c.evidence[0].document, "")].add(c.topic)
    together: dict[str, set[str]] = defaultdict(set)
    for c in complaints:
        together[c.topic].add(c.topic)
        for topics in sentences.values():
            if c.topic in topics:
                together[c.topic] |= topics
    return together


def unanswered_topics(facts: Facts) -> tuple[list[str], list[str]]:
    """The topics the employee raised that the employer brushed off, and those with no recorded answer at all."""
    brushed_off, unanswered = [], []
    together = _raised_together(facts.complaints)
    for topic in dict.fromkeys(c.topic for c in facts.complaints):
        raised = min((c.date for c in facts.complaints if c.topic == topic and c.date), default=None)
        answers = [r for r in facts.complaint_responses if together[topic] & set(r.topics) and (raised is None or r.date is None or r.date >= raised)]  # fmt: skip
        kinds = {r.response for r in answers}
        if kinds & {"investigated", "adjusted"} or kinds == {"refuted"}:
            continue  # looked into, acted on, or answered on the merits (and not also brushed off)
        (brushed_off if answers else unanswered).append(topic)
    return brushed_off, unanswered


def topic_names(topics: Sequence[str]) -> str:
    return ", ".join(TOPICS[t] for t in topics)


@rule(
    "TC2",
    REQ,
    "working conditions the employee raised were looked into",
    "art. 7:669 lid 3 sub d BW (onvoldoende zorg voor de arbeidsomstandigheden); legal reference: what the employee "
    "raised must be shown to be looked into, and only a dysfunction caused by that neglect fails the d-ground; "
    "complaints answered by a measure: ECLI:NL:RBMNE:2016:1297, ECLI:NL:GHARL:2016:7300; a remark left without a "
    "recorded answer decides nothing: the courts found this requirement met in every decision of the case-law table's "
    "tuning part that ruled on it (35 of 35), and a written answer to the employee's reaction is dossier hygiene "
    "(legal reference, 'From facts to a finding')",
)
def complaints_addressed(case: Case) -> Finding | None:
    facts = case.facts
    if not facts.complaints:
        return None
    brushed_off, unanswered = unanswered_topics(facts)
    if brushed_off:
        shown = topic_names(brushed_off)
        return finding(
            complaints_addressed, NOT_MET,
            f"De werknemer heeft {shown} aangekaart en de werkgever heeft dat weerlegd of afgedaan zonder het te onderzoeken.",
            facts=[*[c for c in facts.complaints if c.topic in brushed_off][-1:], *[r for r in facts.complaint_responses if set(r.topics) & set(brushed_off) and r.response == "dismissed"][-1:]],
            advice="Onderzoek de aangekaarte omstandigheden alsnog, leg de uitkomst vast en neem maatregelen waar nodig.",
            attack=f"De werknemer heeft {shown} aangekaart; de werkgever wuifde dat weg (art. 7:669 lid 3 sub d BW).",
        )  # fmt: skip
    if unanswered:
        return finding(
            complaints_addressed, MET,
            f"De werknemer heeft {topic_names(unanswered)} aangekaart; het dossier laat niet zien wat de werkgever ermee "
            "deed, maar niets wijst erop dat het tekortschieten daaruit voortkomt (zie de aanbevelingen).",
            facts=[c for c in facts.complaints if c.topic in unanswered][:2],
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
