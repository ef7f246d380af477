"""The verdict as what a kantonrechter would likely do, and the improvement trajectory as it ran, in Dutch.

One place for the dashboard's first lines and the memo. A d-ground is all or nothing (art. 7:669 lid 1 and lid 3
sub d BW): one requirement not met and the request fails, so the text leads with the requirement that decides.
"""

from __future__ import annotations

import re
from typing import Any

from analyzer.labels import CRITERIA, MONTHS_NL, VERDICTS


def long_date_nl(iso: str | None) -> str:
    """ISO date as "8 februari 2024", for sentences."""
    if not iso:
        return "onbekende datum"
    year, month, day = iso.split("-")
    return f"{int(day)} {MONTHS_NL[int(month) - 1]} {year}"


def _names(keys: list[str]) -> str:
    names = [f"‘{CRITERIA[k].lower()}’" for k in keys]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} en {names[-1]}"


def _first_sentence(text: str) -> str:
    head, _, _ = text.partition(". ")
    return head.rstrip(".") + "."


def forecast(report: dict[str, Any]) -> str | None:
    """One or two sentences: what the court would likely do and which requirement decides it, with its reason."""
    readiness = report.get("readiness") or {}
    verdict, keys = readiness.get("verdict"), readiness.get("deciding") or []
    if verdict is None:
        return None
    if verdict == "ready":
        return "Een kantonrechter ontbindt naar verwachting op de d-grond: aan alle vijf vereisten is voldaan."
    first = report["criteria"][keys[0]]
    if verdict == "not_ready":
        return (
            f"Een kantonrechter wijst een verzoek op de d-grond naar verwachting af: niet voldaan aan {_names(keys)}. "
            f"Eén niet-voldaan vereiste is genoeg. Beslissend: {_first_sentence(first['explanation'])}"
        )
    missing = first.get("missing") or []
    because = f"Wat ontbreekt: {missing[0]}." if missing else _first_sentence(first["explanation"])
    return (
        f"Of een kantonrechter op de d-grond ontbindt, hangt af van {_names(keys)}: vergelijkbare zaken gaan beide "
        f"kanten op of een beslissend feit ontbreekt. {because}"
    )


SCORE_NOTE = (
    "De dossierscore (0–100) telt punten per vereiste en zegt niets over de kans van slagen: "
    "één niet-voldaan vereiste is genoeg voor afwijzing."
)


def trajectory_line(phases: dict[str, Any] | None) -> str | None:
    """The improvement trajectory as it ran: start, planned term, extensions, suspensions, actual end and length."""
    phases = phases or {}
    start = phases.get("trajectory_start")
    if not start:
        return None
    parts = [f"gestart {long_date_nl(start)}"]
    extensions = phases.get("extensions") or []
    added = sum(e.get("weeks") or 0 for e in extensions)
    if phases.get("weeks"):
        planned = phases["weeks"] - added
        until = f" (tot {long_date_nl(phases['planned_end'])})" if phases.get("planned_end") else ""
        parts.append(f"gepland {planned:.0f} weken{until}")
    for extension in extensions:
        weeks = f" met {extension['weeks']:.0f} weken" if extension.get("weeks") else ""
        parts.append(f"verlengd{weeks}" + (f" op {long_date_nl(extension['date'])}" if extension.get("date") else ""))
    suspensions, resumptions = phases.get("suspensions") or [], phases.get("resumptions") or []
    for index, day in enumerate(suspensions):
        back = resumptions[index] if index < len(resumptions) else None
        parts.append(f"opgeschort {long_date_nl(day)}" + (f", hervat {long_date_nl(back)}" if back else ""))
    end = phases.get("trajectory_end")
    if end:
        ran = phases.get("ran_weeks")
        sick = ", ziekte niet meegeteld" if phases.get("sick_weeks") else ""
        parts.append(
            f"geëindigd {long_date_nl(end)}" + (f" (feitelijk {ran:.0f} weken{sick})" if ran is not None else "")
        )
    return "Verbetertraject: " + "; ".join(parts) + "."


def verdict_lines(report: dict[str, Any]) -> list[str]:
    """The memo's opening: the verdict, what a court would likely do, the trajectory as it ran, and what the score
    is not. The first line is the headline."""
    readiness = report["readiness"]
    if readiness["verdict"] is None:
        return ["Oordeel: niet beoordeeld (de juridische toetsing is niet uitgevoerd)."]
    lines = [f"Oordeel: {VERDICTS[readiness['verdict']]}"]
    lines += [text for text in (forecast(report), trajectory_line(report.get("phases"))) if text]
    return [*lines, f"Dossierscore {readiness['score']:.0f} van 100. {SCORE_NOTE}"]


_CITED = re.compile(r"ECLI:NL:[A-Z]{2,8}:\d{4}:[A-Z0-9]+|art\. [\d:]+[a-z]?(?: lid \d)?(?: sub [a-z])? BW|HR \d{4}")


def _cited(source: str) -> str:
    """The statute articles and decisions a rule's source names; the legal reference when it names none."""
    found = list(dict.fromkeys(_CITED.findall(source)))
    return "; ".join(found[:2]) if found else "juridische referentie"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def requirement_paragraph(criterion: dict[str, Any]) -> str:
    """A requirement as a lawyer writes it: the conclusion, the finding that decides it with its source, then what
    speaks the other way. Built from the rules' own findings (facts → rule → conclusion)."""
    status = criterion["status"]
    findings = [f for f in criterion.get("findings", []) if not f.get("set_aside")]
    deciding = [f for f in findings if f["status"] == status] or findings[:1]
    others = [f for f in findings if f not in deciding and f["status"] == "met"]
    if not deciding:
        return criterion.get("explanation", "")
    sources = "; ".join(f"regel {f['rule']}: {_cited(f['source'])}" for f in deciding)
    reasons = " ".join(f["text"] for f in deciding).rstrip(".") + f" ({sources})."
    if status == "met":
        return f"Voldaan. {reasons}"
    lead = "Niet voldaan" if status == "not_met" else "Twijfelachtig"
    text = f"{lead}. Beslissend: {_lower_first(reasons)}"
    if others:
        text += " Wel: " + "; ".join(_lower_first(f["text"].rstrip(".")) for f in others) + "."
    return text


def note_line(note: dict[str, Any]) -> str:
    """A user's note as the memo lists it: what it is about, when it was written, the note."""
    return f"{note['target']} ({long_date_nl(note['created'][:10])}): {note['text']}"
