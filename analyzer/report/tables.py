"""Tables made from reports: the documents of one dossier, and one row per case for batch review."""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

import pandas as pd

from analyzer import labels


def page_span(pages: list[int] | None) -> str:
    """A document's page range in its file ("3–4", "2"), empty for files without pages."""
    if not pages:
        return ""
    return str(pages[0]) if pages[0] == pages[1] else f"{pages[0]}–{pages[1]}"


def file_place(doc: dict[str, Any]) -> str:
    """Where a document is: its file, and the e-mail attachment it came from ("mail.eml › verslag.pdf")."""
    return doc["file"] + (f" › {doc['attachment']}" if doc.get("attachment") else "")


def _repeat(doc: dict[str, Any]) -> str:
    """ "D001 (zelfde tekst)" for a repeat of another document, else empty."""
    if not doc.get("duplicate_of"):
        return ""
    return f"{doc['duplicate_of']} ({labels.DUPLICATE_KINDS[doc['duplicate_kind']]})"


def documents_frame(report: dict[str, Any]) -> pd.DataFrame:
    """One row per document with Dutch column names, as the dashboard shows it and Excel exports it."""
    rows = []
    for doc in report["documents"]:
        rows.append(
            {
                "id": doc["id"],
                "productie": doc.get("exhibit"),
                "bestand": file_place(doc),
                "pagina's": page_span(doc["pages"]),
                "soort": labels.DOC_TYPES.get(doc["doc_type"] or "", ""),
                "subtype": labels.SUBTYPES.get(doc["subtype"] or "", ""),
                "datum": doc["date"] or "",
                "zekerheid": doc["confidence"],
                "te controleren": bool(doc.get("needs_review")),
                "anders": labels.DOC_TYPES.get(doc.get("runner_up") or "", "") if doc.get("needs_review") else "",
                "titel": doc["title"] or "",
                "tekst": labels.EXTRACTION[doc["extraction"]],
                "melding": doc["error"] or "",
                "dubbel van": _repeat(doc),
            }
        )
    return pd.DataFrame(rows)


def case_row(report: dict[str, Any]) -> dict[str, Any]:
    """One line per dossier for a batch review: verdict, score, each requirement and the counts."""
    criteria = report["criteria"]
    readiness = report["readiness"]
    row: dict[str, Any] = {
        "dossier": report["dossier"]["name"],
        "oordeel": labels.VERDICTS.get(readiness["verdict"] or "", "niet beoordeeld"),
        "score": readiness["score"],
    }
    for key, name in labels.CRITERIA.items():
        row[name] = labels.STATUSES.get(criteria.get(key, {}).get("status", ""), "")
    row["niet voldaan"] = ", ".join(labels.CRITERIA[k] for k, c in criteria.items() if c["status"] == "not_met")
    row["documenten"] = len(report["documents"])
    row["pagina's"] = report["dossier"]["pages"]
    row["te controleren"] = sum(bool(d.get("needs_review")) for d in report["documents"])
    row["niet gelezen"] = sum(d["extraction"] == "failed" for d in report["documents"])
    return row


def excel_bytes(frames: Iterable[tuple[str, pd.DataFrame]]) -> bytes:
    """An .xlsx workbook with one sheet per (name, table)."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in frames:
            frame.to_excel(writer, sheet_name=name[:31], index=False)
    return buffer.getvalue()
