"""The dossier's chronology: one row per productie, in date order, for a lawyer's own file and the court documents.

A repeat of a document (the same letter as PDF and as e-mail attachment, an earlier version) has no row of its own:
it is not filed a second time, so it would only give the lawyer two rows to reconcile. Its place is named in the
primary's row ("ook als"), so the other copy can still be found. An unreadable file has no productie number and no
row either; the report's warnings name it.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import PurePosixPath
from typing import Any

import pandas as pd
from openpyxl import load_workbook

from analyzer import labels
from analyzer.report.tables import excel_bytes, file_place, page_span

COLUMNS = ("datum", "productie", "document", "soort", "samenvatting", "bestand", "pagina's", "link", "ook als")
SHEET = "chronologie"


def filed_documents(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The documents that get a productie number, in productie (date) order."""
    return sorted((d for d in report["documents"] if d.get("exhibit") is not None), key=lambda d: d["exhibit"])


def exhibit_of(report: dict[str, Any]) -> dict[str, int]:
    """Document id → productie number, a repeat numbered as the document it repeats; unread files are absent."""
    documents = {d["id"]: d for d in report["documents"]}
    numbers: dict[str, int] = {}
    for doc_id, doc in documents.items():
        seen = {doc_id}
        while doc.get("exhibit") is None and doc.get("duplicate_of") in documents.keys() - seen:
            seen.add(doc["duplicate_of"])
            doc = documents[doc["duplicate_of"]]
        if doc.get("exhibit") is not None:
            numbers[doc_id] = doc["exhibit"]
    return numbers


def document_link(doc: dict[str, Any], root: str = "") -> str:
    """A relative link to the document from the dossier folder (or from `root`): `<file>#page=<n>` for a PDF.

    An e-mail attachment is linked through its e-mail: the attachment is not a file of its own on disk. Only `%` and
    `#` are escaped, so the link stays readable and the page fragment unambiguous.
    """
    path = str(PurePosixPath(root, doc["file"])) if root else doc["file"]
    path = path.replace("%", "%25").replace("#", "%23")
    if doc.get("pages") and not doc.get("attachment") and doc["file"].lower().endswith(".pdf"):
        return f"{path}#page={doc['pages'][0]}"
    return path


def _date(iso: str | None) -> str:
    """dd-mm-jjjj, the form Excel in a Dutch locale reads as a date."""
    return dt.date.fromisoformat(iso).strftime("%d-%m-%Y") if iso else ""


def _repeats(report: dict[str, Any]) -> dict[str, list[str]]:
    repeats: dict[str, list[str]] = {}
    for doc in report["documents"]:
        if doc.get("duplicate_of"):
            kind = labels.DUPLICATE_KINDS.get(doc.get("duplicate_kind") or "", "herhaling")
            repeats.setdefault(doc["duplicate_of"], []).append(f"{doc['id']} {file_place(doc)} ({kind})")
    return repeats


def chronology_frame(report: dict[str, Any], root: str = "") -> pd.DataFrame:
    """One row per productie in date order, Dutch columns; links relative to the dossier folder (or `root`)."""
    repeats = _repeats(report)
    rows = [
        {
            "datum": _date(doc.get("date")),
            "productie": doc["exhibit"],
            "document": doc["id"],
            "soort": labels.document_kind(doc),
            "samenvatting": doc.get("summary") or doc.get("title") or "",
            "bestand": file_place(doc),
            "pagina's": page_span(doc.get("pages")),
            "link": document_link(doc, root),
            "ook als": "; ".join(repeats.get(doc["id"], [])),
        }
        for doc in filed_documents(report)
    ]
    return pd.DataFrame(rows, columns=list(COLUMNS))


def chronology_csv(report: dict[str, Any], root: str = "") -> bytes:
    """The chronology as CSV: `;`-separated, UTF-8 with a byte-order mark, so Excel in a Dutch locale opens it as is."""
    return chronology_frame(report, root).to_csv(sep=";", index=False).encode("utf-8-sig")


def chronology_xlsx(report: dict[str, Any], root: str = "") -> bytes:
    """The chronology as an Excel workbook whose link cells open the file.

    The hyperlink targets the file without its `#page=` fragment: Excel reads `#` as a place inside a workbook and
    does not pass it on to a PDF reader. The cell still shows the page.
    """
    workbook = load_workbook(io.BytesIO(excel_bytes([(SHEET, chronology_frame(report, root))])))
    sheet = workbook[SHEET]
    column = COLUMNS.index("link") + 1
    for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
        if cell.value:
            cell.hyperlink = str(cell.value).split("#page=")[0]
            cell.style = "Hyperlink"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
