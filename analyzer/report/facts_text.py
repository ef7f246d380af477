"""The facts and similar rulings of a report as Dutch lines: one place for the memo (Markdown, PDF) and the dashboard."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from analyzer.labels import CRITERIA, DUPLICATE_KINDS, FACT_GROUPS, FACT_VALUES, OUTCOMES, SPEAKERS
from analyzer.report.tables import file_place


def date_nl(iso: str | None) -> str:
    """ISO date as Dutch d-m-yyyy, the way dates appear in the dossier's own letters."""
    if not iso:
        return "datum onbekend"
    year, month, day = iso.split("-")
    return f"{int(day)}-{int(month)}-{year}"


def _v(field: str, value: Any) -> str:
    return FACT_VALUES[field].get(value, str(value)) if value is not None else "onbekend"


def describe(group: str, fact: dict[str, Any]) -> str:
    """One fact in a Dutch phrase ("Kritiek in een waarschuwing, concreet; ontslag genoemd")."""
    if group == "criticisms":
        concrete = ", concreet" if fact["concrete"] else ", niet concreet" if fact["concrete"] is False else ""
        return f"Kritiek ({_v('form', fact['form'])}{concrete}); {_v('consequence', fact['consequence'])}"
    if group == "appraisals":
        label = f" ('{fact['label']}')" if fact.get("label") else ""
        return f"Beoordeling: {_v('outcome', fact['outcome'])}{label}"
    if group == "plans":
        weeks = f"{fact['planned_weeks']:.0f} weken" if fact["planned_weeks"] else "looptijd onbekend"
        goals = fact["goals"]
        concrete = sum(g["concrete"] for g in goals)
        support = ", ".join(_v("support", s) for s in fact["support"]) or "geen"
        start = f"start {date_nl(fact['start'])}, " if fact.get("start") else ""
        return (
            f"Verbeterplan: {start}{weeks}, {len(goals)} doelen ({concrete} concreet), ondersteuning: {support}; "
            f"{_v('consequence', fact['consequence'])}"
        )
    if group == "trajectory":
        outcome = f": {_v('outcome', fact['outcome'])}" if fact.get("outcome") else ""
        weeks = f" (+{fact['weeks']:.0f} weken)" if fact.get("weeks") else ""
        return f"{_v('event', fact['kind']).capitalize()}{outcome}{weeks}"
    if group == "stances":
        return f"Werknemer {_v('stance', fact['kind'])}"
    if group == "trainings":
        return f"Scholing of coaching {_v('training', fact['status'])}"
    if group == "complaints":
        return f"Werknemer kaart {_v('topic', fact['topic'])} aan"
    if group == "complaint_responses":
        topics = " en ".join(_v("topic", t) for t in (fact["topic"], *fact.get("also", ())))
        return f"Werkgever over {topics}: {_v('response', fact['response'])}"
    if group == "sick_reports":
        return "Ziekmelding" + (" (gedeeltelijk)" if fact.get("partial") else "")
    if group == "recoveries":
        return "Hersteldmelding"
    if group == "physician_statements":
        return f"Bedrijfsarts {_v('link', fact['link'])}"
    if group == "medical_details":
        return f"Medisch detail vastgelegd ('{fact['term']}')"
    if group == "redeployment_searches":
        positions = f", {fact['positions']} functies" if fact.get("positions") else ""
        left = ", alleen eigen sollicitaties van de werknemer" if fact.get("left_to_employee") else ""
        return f"Herplaatsingsonderzoek ({_v('scope', fact['scope'])}{positions}{left})"
    if group == "redeployment_statements":
        return f"Herplaatsing: {_v('statement', fact['kind'])}"
    if group == "redeployment_offers":
        position = f" ({fact['position']})" if fact.get("position") else ""
        return f"Functie aangeboden{position}: {_v('response', fact['response'])}"
    if group == "withheld_support":
        return f"Toegezegde ondersteuning niet gegeven of stopgezet ({fact.get('support') or 'ondersteuning'})"
    if group == "dismissal_announcements":
        return "Werkgever kondigt het einde van het dienstverband aan (verzoek aan kantonrechter of UWV, of beëindiging)"
    if group == "employment":
        parts = []
        if fact.get("start"):
            parts.append(f"in dienst sinds {date_nl(fact['start'])}")
        if fact.get("years_of_service") is not None:
            parts.append(f"{fact['years_of_service']:.0f} dienstjaren")
        if fact.get("function"):
            parts.append(f"functie {fact['function']}")
        if fact.get("level"):
            parts.append(f"niveau {_v('level', fact['level'])}")
        if fact.get("in_group"):
            parts.append("werkgever hoort bij een groep")
        return "Dienstverband: " + (", ".join(parts) or "gegevens onbekend")
    return group


@dataclass(frozen=True)
class FactLine:
    id: str
    group: str
    date: str | None
    text: str
    quote: str | None
    document: str | None
    page: int | None
    speaker: str | None


def fact_lines(facts: dict[str, Any]) -> dict[str, list[FactLine]]:
    """The report's facts as lines per theme (Dutch heading), each with its first quote, document, page and speaker."""
    grouped: dict[str, list[FactLine]] = {}
    for heading, keys in FACT_GROUPS.items():
        lines = []
        for key in keys:
            items = facts.get(key) if key != "employment" else [facts["employment"]] if facts.get("employment") else []
            for fact in items or []:
                evidence = (fact.get("evidence") or [None])[0]
                lines.append(
                    FactLine(
                        id=fact["id"],
                        group=key,
                        date=fact.get("date"),
                        text=describe(key, fact),
                        quote=evidence["quote"] if evidence else fact.get("note") or None,
                        document=evidence["document"] if evidence else None,
                        page=evidence["page"] if evidence else None,
                        speaker=SPEAKERS.get(evidence["speaker"]) if evidence else None,
                    )
                )
        lines.sort(key=lambda line: line.date or "9999")
        if lines:
            grouped[heading] = lines
    return grouped


def similar_lines(report: dict[str, Any]) -> list[str]:
    """The similar rulings, one Dutch line each: ECLI, court and date, outcome, deciding requirement, shared facts."""
    lines = []
    for r in report.get("similar_rulings", []):
        deciding = f"; beslissend: {CRITERIA[r['deciding']].lower()}" if r.get("deciding") in CRITERIA else ""
        shared = ", ".join(r["shared"][:4]) or "weinig gemeen"
        lines.append(
            f"{r['ecli']} ({r['court']}, {date_nl(r['date'])}): {OUTCOMES[r['outcome']]}{deciding}. "
            f"Gemeen: {shared}. {r.get('summary', '')}".strip()
        )
    return lines


REPEATS_NOTE = "Een document dat een ander herhaalt (zelfde tekst of andere versie) telt één keer mee in het oordeel."


def document_name(doc: dict[str, Any]) -> str:
    """A document as a lawyer finds it back: id, file (› attachment) and date."""
    where = file_place(doc)
    return f"{doc['id']} {where} ({date_nl(doc.get('date'))})"


def related_lines(report: dict[str, Any]) -> list[str]:
    """Per document that others repeat or quote: the repeats (read once, as this one) and the e-mails quoting it."""
    documents = {d["id"]: d for d in report["documents"]}
    repeats: dict[str, list[str]] = {}
    quoted_in: dict[str, list[str]] = {}
    for doc in report["documents"]:
        if doc.get("duplicate_of"):
            kind = DUPLICATE_KINDS[doc["duplicate_kind"]]
            repeats.setdefault(doc["duplicate_of"], []).append(f"{document_name(doc)}, {kind}")
        for other in doc.get("quotes") or ():
            quoted_in.setdefault(other, []).append(document_name(doc))
    lines = []
    for doc_id in sorted(set(repeats) | set(quoted_in)):
        parts = []
        if doc_id in repeats:
            parts.append("ook als " + "; ".join(repeats[doc_id]))
        if doc_id in quoted_in:
            parts.append("geciteerd in " + "; ".join(quoted_in[doc_id]))
        lines.append(f"{document_name(documents[doc_id])} — {' — '.join(parts)}")
    return lines
