"""Pseudonymise a report before it leaves the office: names, addresses, phone numbers, e-mail addresses,
dates of birth and BSNs become tags like [PERSOON-1], consistently across the whole report.

The dossier's people (the report's `people`, analyzer.facts.people) go first: every written form of a person's
name ("Mark Verhoeven", "M. Verhoeven", "dhr. Verhoeven", "Mark") becomes that person's one tag, named by role —
[WERKNEMER], [LEIDINGGEVENDE-1], [HR], [BEDRIJFSARTS] — so a reader still sees who acted in which role and a
change of manager stays visible. Everything else goes to deduce, a de-identification library made for Dutch text,
which tags the names it finds as [PERSOON-n]; it is imported only when asked for (loading its name lists takes
seconds and about 1 GB of memory).
"""

from __future__ import annotations

import copy
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from typing import Any

from analyzer.facts.people import name_parts

# Codes and structure, not personal data: left as they are so other tools can still read the report.
KEEP = frozenset(
    {
        "schema_version",
        "id",
        "document",
        "doc_type",
        "subtype",
        "extraction",
        "status",
        "verdict",
        "date",
        "severity",
        "rule",
        "type",
        "perspective",
        "type_source",
        "runner_up",
        "ok",
        "trajectory_start",
        "trajectory_end",
        "planned_end",
        "page",
        "pages",
        "ocr_pages",
        "confidence",
        "runner_up_confidence",
        "score",
        "files",
        "weeks",
        # schema 2: the facts' codes and the case law (public decisions, no personal data of this dossier)
        "form",
        "consequence",
        "outcome",
        "kind",
        "speaker",
        "support",
        "concrete",
        "link",
        "scope",
        "timing",
        "response",
        "topic",
        "level",
        "partial",
        "start",
        "end",
        "planned_weeks",
        "positions",
        "in_group",
        "years_of_service",
        "request_date",
        "ecli",
        "court",
        "deciding",
        "similarity",
        "shared",
        "source",
        "set_aside",
        "extensions",
        "suspensions",
        "resumptions",
        "notice_months",
        # an input file's fingerprint (dossier.inputs): deduce would take its digits for an identifier
        "sha256",
        # the people: their role and the documents that show them in it
        "role",
        "wrote",
        "signed",
        "attended",
        "received",
        "first_seen",
        "last_seen",
    }
)
# The tag of each role; a role held by more than one person is numbered in the order of the people list.
ROLE_TAGS = {
    "employee": "WERKNEMER",
    "manager": "LEIDINGGEVENDE",
    "hr": "HR",
    "occupational_physician": "BEDRIJFSARTS",
    "coach": "COACH",
    "counsel": "GEMACHTIGDE",
    "union": "VAKBOND",
    "other": "BETROKKENE",
}
# A title before a name goes with the name into the tag ("de heer [WERKNEMER]" would still tell the gender).
_TITLE = r"(?i:de\s+heer|heer|mevrouw|meneer|dhr\.?|mevr\.?|mw\.?|drs\.?|dr\.?|mr\.?|ir\.?|ing\.?|prof\.?)"
# Joins every text of the report into one document, so one person gets one tag everywhere.
SEPARATOR = "\n\n⁂⁂⁂\n\n"


@cache
def _deidentifier():
    import deduce

    return deduce.Deduce()


def _texts(node: Any, found: list[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key not in KEEP:
                _texts(value, found)
    elif isinstance(node, list):
        for value in node:
            _texts(value, found)
    elif isinstance(node, str):
        found.append(node)


def _replace(node: Any, texts: list[str]) -> Any:
    if isinstance(node, dict):
        return {key: value if key in KEEP else _replace(value, texts) for key, value in node.items()}
    if isinstance(node, list):
        return [_replace(value, texts) for value in node]
    if isinstance(node, str):
        return texts.pop(0)
    return node


def person_tags(people: Sequence[Mapping[str, Any]]) -> list[str]:
    """One tag per person of the report's people list, by role: [WERKNEMER], [LEIDINGGEVENDE-1], [HR], …"""
    counts = Counter(person["role"] for person in people)
    seen: Counter[str] = Counter()
    tags = []
    for person in people:
        role = person["role"]
        seen[role] += 1
        tag = ROLE_TAGS.get(role, ROLE_TAGS["other"])
        tags.append(f"[{tag}-{seen[role]}]" if counts[role] > 1 else f"[{tag}]")
    return tags


def _forms(person: Mapping[str, Any]) -> tuple[set[str], set[str]]:
    """The written forms of one person's name — the aliases the dossier holds, and the first name and initials +
    surname derived from the fullest form (a report sentence may use one the documents did not) — and the surname,
    which names the person only after a title: alone it is as often the family's company ("Hoekstra Transport")."""
    forms = {person["name"], *person.get("aliases", ())}
    first, initials, surname = name_parts(person["name"])
    if surname and initials:
        forms |= {". ".join(initials) + ". " + surname, ".".join(initials) + ". " + surname}
    if first:
        forms.add(first)
    surnames = {surname, surname[:1].upper() + surname[1:]} if surname else set()
    return {" ".join(form.split()) for form in forms if form.strip()}, surnames


def _owned(people: Sequence[Mapping[str, Any]], which: int) -> dict[str, str]:
    """Form → tag for the forms (which=0) or the surnames (which=1) that belong to one person only: a first name
    or a surname two people share is left to deduce rather than given to one of them."""
    owners: dict[str, set[int]] = defaultdict(set)
    for index, person in enumerate(people):
        for form in _forms(person)[which]:
            owners[form].add(index)
    tags = person_tags(people)
    return {form: tags[next(iter(who))] for form, who in owners.items() if len(who) == 1}


def pseudonyms(people: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """Every written form of every person's name → that person's tag (surnames only count after a title)."""
    return _owned(people, 0)


def _alternatives(forms: Iterable[str]) -> str:
    """The forms as one regex alternation, longest first, any whitespace (a PDF line break) between words."""
    return "|".join(r"\s+".join(map(re.escape, f.split())) for f in sorted(forms, key=len, reverse=True))


def _pseudonymiser(people: Sequence[Mapping[str, Any]]) -> Callable[[str], str]:
    """A function that replaces every form of the people's names in a text by their tags."""
    table, titled = _owned(people, 0), _owned(people, 1)
    if not table:
        return lambda text: text
    pattern = re.compile(
        rf"(?<![\w@])(?:(?:{_TITLE}\s+)?(?P<form>{_alternatives(table)})"
        + (rf"|{_TITLE}\s+(?P<surname>{_alternatives(titled)})" if titled else "")
        + r")(?P<genitive>['’]?s)?(?![\w@])"
    )

    def replace(match: re.Match[str]) -> str:
        form = match.group("form")
        tag = table[" ".join(form.split())] if form else titled[" ".join(match.group("surname").split())]
        return tag + ("'s" if match.group("genitive") else "")

    return lambda text: pattern.sub(replace, text)


def redact_report(report: dict[str, Any]) -> dict[str, Any]:
    """A copy of the report with personal data replaced by consistent tags; codes and dates of documents stay."""
    texts: list[str] = []
    _texts(report, texts)
    if not texts:
        return copy.deepcopy(report)
    pseudonymise = _pseudonymiser(report.get("people") or [])
    texts = [pseudonymise(text) for text in texts]
    redacted = _deidentifier().deidentify(SEPARATOR.join(texts)).deidentified_text.split(SEPARATOR)
    if len(redacted) != len(texts):  # a tag swallowed a separator: redact piece by piece instead
        redacted = [_deidentifier().deidentify(t).deidentified_text for t in texts]
    result = _replace(report, redacted)
    for person in result.get("people") or []:
        person["aliases"] = []  # every alias is now the person's tag: the list would only repeat it
    return result
