"""Build the report (a plain dict, ready for JSON) from an analysed dossier, and validate it against its schema.

Schema history (the report is a public contract: keys are added freely, renamed or dropped only with a new version):
- 1: documents, criteria, readiness, timeline, recommendations, warnings.
- 2: adds `facts` (what happened, each fact with its quoted evidence and speaker), `similar_rulings`, and per
  finding `status`, `source` and `missing`. Nothing of version 1 was renamed or dropped: a v1 reader keeps working
  on every v1 key; `schema_version` is "2".
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import jsonschema

from analyzer.dossier import Document, Dossier
from analyzer.duplicates import scored
from analyzer.facts.model import FACT_LISTS, Facts, to_dict
from analyzer.facts.people import find_people, people_to_dict
from analyzer.labels import DISCLAIMER, DOC_TYPES
from analyzer.report.exhibits import exhibit_numbers
from analyzer.report.summary import document_summary
from analyzer.report.verdict_text import forecast
from analyzer.score import Assessment, deciding
from analyzer.score.rules import NOT_MET, Finding, RequirementResult
from analyzer.severance import stated_salary

SCHEMA_VERSION = "2"


@cache
def report_schema() -> dict[str, Any]:
    """The shipped JSON Schema of the report (analyzer/report/schema_v2.json)."""
    name = f"schema_v{SCHEMA_VERSION}.json"
    return json.loads(resources.files("analyzer.report").joinpath(name).read_text(encoding="utf-8"))


def validate_report(report: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when the report breaks the public contract."""
    jsonschema.validate(report, report_schema(), cls=jsonschema.Draft202012Validator)


def document_entry(doc: Document) -> dict[str, Any]:
    page_range = doc.page_range
    return {
        "id": doc.id,
        "file": doc.file,
        "pages": list(page_range) if page_range else None,
        "doc_type": doc.doc_type,
        "subtype": doc.subtype,
        "confidence": None if doc.confidence is None else round(doc.confidence, 4),
        "date": doc.date.isoformat() if doc.date else None,
        "title": doc.title,
        "extraction": doc.extraction.value,
        "error": doc.error,
        "attachment": doc.attachment,
        "ocr_pages": doc.ocr_pages,
        "date_evidence": {"quote": doc.date_quote, "reason": doc.date_reason} if doc.date_quote else None,
        "split_reason": doc.split_reason,
        "needs_review": doc.needs_review,
        "runner_up": doc.runner_up,
        "runner_up_confidence": None if doc.runner_up_confidence is None else round(doc.runner_up_confidence, 4),
        "top_terms": list(doc.top_terms),
        "type_source": doc.type_source,
        "duplicate_of": doc.duplicate_of,
        "duplicate_kind": doc.duplicate_kind,
        "quotes": list(doc.quotes),
        "summary": None if doc.error else document_summary(doc.text, doc.title),
    }


def numbered(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The document entries with their exhibit (productie) number, None for repeats and unread files."""
    numbers = exhibit_numbers(entries)
    return [{**entry, "exhibit": numbers.get(entry["id"])} for entry in entries]


def review_warnings(documents: tuple[Document, ...]) -> list[str]:
    """A Dutch warning per document whose type the model is not sure of, naming the runner-up."""
    warnings = []
    for doc in documents:
        if doc.needs_review:
            where = doc.file + (f", p. {doc.page_range[0]}–{doc.page_range[1]}" if doc.page_range else "")
            warnings.append(
                f"Controleer {doc.id} ({where}): soort onzeker — waarschijnlijk {DOC_TYPES[doc.doc_type]} "
                f"({doc.confidence:.0%}), anders {DOC_TYPES[doc.runner_up]} ({doc.runner_up_confidence:.0%})."
            )
    return warnings


def _finding_entry(f: Finding, set_aside: bool = False) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "ok": f.status == "met",
        "severity": "fatal" if f.status == NOT_MET or f.status == "met" else "weak",
        "text": f.reason,
        "status": f.status,
        "source": f.source,
        "missing": f.missing,
        "set_aside": set_aside,
    }


def criterion_entry(result: RequirementResult) -> dict[str, Any]:
    return {
        "status": result.status,
        "explanation": result.explanation,
        "evidence": [{"document": e.document, "page": e.page, "quote": e.quote} for e in result.evidence],
        "findings": [_finding_entry(f) for f in result.findings] + [_finding_entry(f, True) for f in result.set_aside],
        "missing": [f.missing for f in result.findings if f.missing],
    }


def facts_entry(facts: Facts) -> dict[str, Any]:
    """The facts with a stable id each (F001, F002, … in schema order), so a view can point at one."""
    plain = to_dict(facts)
    number = 0
    for key in [*FACT_LISTS, "employment"]:
        items = plain[key] if key in FACT_LISTS else ([plain[key]] if plain[key] else [])
        for item in items:
            number += 1
            item["id"] = f"F{number:03d}"
    return plain


def similar_entry(ruling: Any) -> dict[str, Any]:
    return {
        "ecli": ruling.ecli,
        "court": ruling.court,
        "date": ruling.date.isoformat(),
        "link": ruling.link,
        "outcome": ruling.outcome,
        "deciding": ruling.deciding,
        "summary": ruling.summary,
        "similarity": ruling.similarity,
        "shared": list(ruling.shared),
    }


def build_report(dossier: Dossier) -> dict[str, Any]:
    """The report of the current schema version."""
    assessment: Assessment | None = dossier.assessment
    report: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "dossier": {
            "name": dossier.name,
            "files": dossier.files,
            "pages": dossier.pages,
            # what was read, by content: the audit trail, and how a deleted case's cached text is found
            "inputs": [{"file": item.path, "sha256": item.sha256} for item in dossier.inputs],
        },
        "documents": numbered([document_entry(doc) for doc in dossier.documents]),
        "criteria": {},
        "readiness": {"verdict": None, "score": None},
        "timeline": [],
        "recommendations": [],
        "warnings": [*dossier.warnings, *review_warnings(dossier.documents)],
        "facts": facts_entry(Facts()),
        "similar_rulings": [],
        # who is who: each person's role and the documents they wrote, signed, attended or received
        "people": people_to_dict(find_people(dossier.documents)),
        "salary": stated_salary(scored(dossier.documents)),
    }
    if assessment is not None:
        report["criteria"] = {key: criterion_entry(result) for key, result in assessment.criteria.items()}
        report["readiness"] = {
            "verdict": assessment.verdict,
            "score": assessment.score,
            "deciding": deciding(assessment.criteria),
        }
        report["timeline"] = assessment.timeline
        report["phases"] = assessment.phases
        report["perspective"] = assessment.perspective
        report["recommendations"] = assessment.recommendations
        report["warnings"] += assessment.warnings
        report["disclaimer"] = DISCLAIMER
        report["facts"] = facts_entry(assessment.facts)
        report["similar_rulings"] = [similar_entry(r) for r in assessment.similar]
        report["readiness"]["forecast"] = forecast(report)
    return report
