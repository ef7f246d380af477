"""Dossier hygiene: good practice that makes a file stronger but decides no requirement (legal reference, "Dossier
hygiene"). These checks only add recommendations; they never change a status."""

from __future__ import annotations

from collections.abc import Sequence

from analyzer.dossier import Document
from analyzer.facts.model import Facts
from analyzer.score.training_and_conditions import topic_names, unanswered_topics

# (condition, advice for the employer, point for the employee's counsel)


def recommendations(facts: Facts, documents: Sequence[Document], perspective: str) -> list[str]:
    """Hygiene advice for the employer (or, for the employee's counsel, the same gaps as minor points)."""
    items: list[tuple[str, str]] = []
    if facts.plans:
        if not facts.events("progress"):
            items.append(("Leg elk voortgangsgesprek vast in een kort verslag dat de werknemer voor gezien tekent.",
                          "Voortgangsgesprekken zijn niet vastgelegd."))  # fmt: skip
        if not facts.events("interim_evaluation"):
            items.append(("Houd halverwege een tussentijdse evaluatie en leg die schriftelijk vast.",
                          "Een tussentijdse evaluatie ontbreekt."))  # fmt: skip
        goals = [g for p in facts.plans for g in p.goals]
        if goals and any(g.concrete for g in goals) and not all(g.concrete for g in goals):
            items.append(("Maak ook de overige doelen meetbaar (wat is voldoende, hoe wordt het gemeten).",
                          "Een deel van de doelen is niet meetbaar."))  # fmt: skip
    if any(s.kind == "objects" for s in facts.stances):
        items.append(("Beantwoord de schriftelijke reactie van de werknemer punt voor punt en voeg die aan het dossier toe.",
                      "De werknemer heeft schriftelijk bezwaar gemaakt; ga na of de werkgever daarop is ingegaan."))  # fmt: skip
    _, unanswered = unanswered_topics(facts)
    if unanswered:
        shown = topic_names(unanswered)
        items.append((f"Leg vast hoe de aangekaarte {shown} is onderzocht en wat eraan is gedaan.",
                      f"De werknemer heeft {shown} aangekaart; niets wijst erop dat de werkgever daar iets mee deed."))  # fmt: skip
    undated = [d for d in documents if d.date is None and d.doc_type not in ("other", "correspondence")]
    if undated:
        items.append((f"Dateer elk stuk: {', '.join(d.id for d in undated[:4])} {'heeft' if len(undated) == 1 else 'hebben'} geen datum.",
                      f"Stukken zonder datum ({', '.join(d.id for d in undated[:4])}) bewijzen weinig over het moment van kennisgeving."))  # fmt: skip
    return [attack if perspective == "werknemer" else advice for advice, attack in items]
