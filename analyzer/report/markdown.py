"""Render a report as a Dutch Markdown memo (from the report dict, so both formats always agree)."""

from __future__ import annotations

from typing import Any

from analyzer import labels
from analyzer.facts.people import people_from_dict, people_lines
from analyzer.report.facts_text import REPEATS_NOTE, fact_lines, related_lines, similar_lines
from analyzer.report.tables import file_place
from analyzer.report.verdict_text import note_line, requirement_paragraph, trajectory_line, verdict_lines


def _cell(value: Any) -> str:
    return "" if value is None else str(value).replace("|", "\\|").replace("\n", " ")


def _pages(pages: list[int] | None) -> str:
    if not pages:
        return "–"
    first, last = pages
    return str(first) if first == last else f"{first}–{last}"


def _date_nl(iso: str | None) -> str:
    if not iso:
        return "onbekend"
    year, month, day = iso.split("-")
    return f"{int(day)}-{int(month)}-{year}"


def _verdict(report: dict[str, Any]) -> list[str]:
    headline, *rest = verdict_lines(report)
    label, _, verdict = headline.partition(": ")
    return [f"**{label}:** {verdict}", *(line for text in rest for line in ("", text))]


def _criteria(report: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for key, criterion in report["criteria"].items():
        lines += [
            "",
            f"### {labels.CRITERIA[key]}: {labels.STATUSES[criterion['status']]}",
            "",
            requirement_paragraph(criterion),
        ]
        for item in criterion["evidence"]:
            page = f", p. {item['page']}" if item["page"] else ""
            lines.append(f"> “{item['quote']}” ({item['document']}{page})")
        sources = [
            f
            for f in criterion.get("findings", [])
            if f.get("status") == criterion["status"] and not f.get("set_aside")
        ]
        if sources:
            lines += ["", "Bron: " + "; ".join(f"{f['rule']}: {f['source']}" for f in sources)]
    return lines


def _facts(report: dict[str, Any]) -> list[str]:
    """The facts chapter: what the file shows happened, per theme, each with its quote and who says it."""
    lines: list[str] = []
    for heading, facts in fact_lines(report.get("facts") or {}).items():
        lines += ["", f"### {heading}", ""]
        for fact in facts:
            where = f"{fact.document}{f', p. {fact.page}' if fact.page else ''}" if fact.document else ""
            said = f" — {fact.speaker}" if fact.speaker else ""
            quote = f": “{_cell(fact.quote)}” ({where}{said})" if fact.quote and where else ""
            date = _date_nl(fact.date) if fact.date else "zonder datum"
            lines.append(f"- {date} — {fact.text}{quote}")
    unreadable = (report.get("facts") or {}).get("unreadable") or []
    if unreadable:
        lines += ["", "Niet te lezen of te dateren: " + "; ".join(unreadable) + "."]
    return lines


def _documents(report: dict[str, Any]) -> list[str]:
    lines = [
        "| id | bestand | pagina's | soort | datum | titel | tekst |",
        "|---|---|---|---|---|---|---|",
    ]
    for doc in report["documents"]:
        where = file_place(doc)
        kind = labels.document_kind(doc)
        extraction = labels.EXTRACTION[doc["extraction"]]
        if doc.get("ocr_pages"):
            extraction += f" (p. {', '.join(map(str, doc['ocr_pages']))})"
        lines.append(
            f"| {doc['id']} | {_cell(where)} | {_pages(doc['pages'])} | {kind} | {_date_nl(doc['date'])} "
            f"| {_cell(doc['title'] or doc['error'])} | {extraction} |"
        )
    return lines


def render_markdown(report: dict[str, Any]) -> str:
    dossier = report["dossier"]
    lines = [
        f"# Dossieranalyse: {dossier['name']}",
        "",
        f"*{labels.DISCLAIMER}*",
        "",
        f"{dossier['files']} bestanden, {dossier['pages']} pagina's, {len(report['documents'])} documenten.",
        "",
        *_verdict(report),
    ]
    if report["criteria"]:
        lines += ["", "## Toetsing per vereiste", *_criteria(report)]
    if report.get("facts"):
        lines += [
            "",
            "## Feiten",
            "",
            "Wat het dossier laat zien, per onderwerp; elk feit met de zin waarop het rust.",
            *_facts(report),
        ]
    if report.get("similar_rulings"):
        lines += ["", "## Vergelijkbare uitspraken", ""] + [f"- {line}" for line in similar_lines(report)]
    lines += ["", "## Tijdlijn", ""]
    phases = report.get("phases") or {}
    if line := trajectory_line(phases):
        lines += [f"**{line.replace(': ', ':** ', 1)}", ""]
    lines += [f"- {_date_nl(e['date'])}: {e['event']} ({e['document']})" for e in report["timeline"]] or [
        "Geen gedateerde documenten."
    ]
    if report["recommendations"]:
        heading = (
            "Aanvalspunten voor de werknemer (zwaarste eerst)"
            if report.get("perspective") == "werknemer"
            else "Aanbevolen vervolgstappen (belangrijkste eerst)"
        )
        lines += ["", f"## {heading}", ""] + [f"{i}. {r}" for i, r in enumerate(report["recommendations"], 1)]
    if report.get("notes"):
        lines += ["", "## Notities", ""] + [f"- {note_line(n)}" for n in report["notes"]]
    if report.get("people"):
        lines += ["", "## Wie is wie", ""] + [f"- {line}" for line in people_lines(people_from_dict(report["people"]))]
    lines += ["", "## Documenten", "", *_documents(report)]
    if related := related_lines(report):
        lines += ["", "## Dubbele documenten en e-mailreeksen", "", REPEATS_NOTE, ""] + [
            f"- {line}" for line in related
        ]
    if report["warnings"]:
        lines += ["", "## Waarschuwingen", ""] + [f"- {w}" for w in report["warnings"]]
    return "\n".join(lines) + "\n"
