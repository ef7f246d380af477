"""Build the schema-v1 report (a plain dict, ready for JSON) from an analysed dossier, and validate it."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import jsonschema

from analyzer.dossier import Document, Dossier
from analyzer.labels import DISCLAIMER, DOC_TYPES
from analyzer.score import Assessment
from analyzer.score.criteria import CriterionResult

SCHEMA_VERSION = "1"


@cache
def report_schema() -> dict[str, Any]:
    """The shipped JSON Schema of the report (analyzer/report/schema_v1.json)."""
    return json.loads(resources.files("analyzer.report").joinpath("schema_v1.json").read_text(encoding="utf-8"))


def validate_report(report: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when the report breaks the public v1 contract."""
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
    }


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


def criterion_entry(result: CriterionResult) -> dict[str, Any]:
    return {
        "status": result.status,
        "explanation": result.explanation,
        "evidence": [{"document": e.document, "page": e.page, "quote": e.quote} for e in result.evidence],
        "findings": [{"rule": f.rule, "ok": f.ok, "severity": f.severity, "text": f.text} for f in result.findings],
    }


def build_report(dossier: Dossier) -> dict[str, Any]:
    """The report of schema version 1."""
    assessment: Assessment | None = dossier.assessment
    report: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "dossier": {"name": dossier.name, "files": dossier.files, "pages": dossier.pages},
        "documents": [document_entry(doc) for doc in dossier.documents],
        "criteria": {},
        "readiness": {"verdict": None, "score": None},
        "timeline": [],
        "recommendations": [],
        "warnings": [*dossier.warnings, *review_warnings(dossier.documents)],
    }
    if assessment is not None:
        report["criteria"] = {key: criterion_entry(result) for key, result in assessment.criteria.items()}
        report["readiness"] = {"verdict": assessment.verdict, "score": assessment.score}
        report["timeline"] = assessment.timeline
        report["phases"] = assessment.phases
        report["perspective"] = assessment.perspective
        report["recommendations"] = assessment.recommendations
        report["warnings"] += assessment.warnings
        report["disclaimer"] = DISCLAIMER
    return report
