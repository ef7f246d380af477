"""Pseudonymise a report before it leaves the office: names, addresses, phone numbers, e-mail addresses,
dates of birth and BSNs become tags like [PERSOON-1], consistently across the whole report.

Uses deduce, a de-identification library made for Dutch text; it is imported only when asked for (loading
its name lists takes seconds and about 1 GB of memory).
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

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
    }
)
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


def redact_report(report: dict[str, Any]) -> dict[str, Any]:
    """A copy of the report with personal data replaced by consistent tags; codes and dates of documents stay."""
    texts: list[str] = []
    _texts(report, texts)
    if not texts:
        return copy.deepcopy(report)
    redacted = _deidentifier().deidentify(SEPARATOR.join(texts)).deidentified_text.split(SEPARATOR)
    if len(redacted) != len(texts):  # a tag swallowed a separator: redact piece by piece instead
        redacted = [_deidentifier().deidentify(t).deidentified_text for t in texts]
    return _replace(report, redacted)
