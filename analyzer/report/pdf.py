"""Render a report as a Dutch PDF memo a lawyer can put in the file (same content as the Markdown memo).

Only fpdf2's core font Helvetica is used, so no system font is needed; core fonts encode Windows-1252 only, which is
why every piece of report text passes through `pdf_text` first. The output is byte-for-byte deterministic for the
same report: the creation date is fixed and no other volatile metadata is written.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from functools import cache
from typing import Any

from fpdf import FPDF
from fpdf.enums import TableBordersLayout, XPos, YPos
from fpdf.fonts import FontFace

from analyzer import labels
from analyzer.report.facts_text import fact_lines, similar_lines
from analyzer.report.tables import file_place
from analyzer.report.verdict_text import note_line, requirement_paragraph, trajectory_line, verdict_lines

FONT = "Helvetica"
ENCODING = "windows-1252"  # Core fonts are written with WinAnsiEncoding: cp1252 keeps “ ” – … € • as they are.
FIXED_DATE = datetime(2000, 1, 1, tzinfo=UTC)  # A real timestamp would make two renders of one report differ.
MARGIN = 20  # mm, left/right/top: room to punch and file the memo.
LINE = 5  # mm line height of body text (10 pt).
CELL_LIMIT = 400  # characters per table cell: one fpdf2 table row cannot span more than a page.
NB_ALIAS = "{nb}"

# Characters outside Windows-1252 that have a clearer stand-in than "?" (accents are stripped generically).
SUBSTITUTES = {
    "⚠": "!",
    "≥": ">=",
    "≤": "<=",
    "≠": "!=",
    "→": "->",
    "←": "<-",
    "✓": "v",
    "✔": "v",
    "✗": "x",
    "−": "-",
    "‐": "-",
    "‑": "-",
    "\u2009": " ",
    "\u202f": " ",
}


@cache
def _char(ch: str) -> str:
    """One character as core-font-safe text; cached because dossiers repeat the same few characters."""
    if ch == "\n":
        return ch
    category = unicodedata.category(ch)
    if category == "Cc":  # tabs, NUL, stray control codes: fpdf2 would print them as boxes
        return " "
    if category in ("Mn", "Me", "Cf"):  # combining marks, zero-width joiners, RTL marks, emoji variation selectors
        return ""
    try:
        ch.encode(ENCODING)
        return ch
    except UnicodeEncodeError:
        pass
    if ch in SUBSTITUTES:
        return SUBSTITUTES[ch]
    # NFKD turns "ő" into "o" + accent and "ﬁ" into "fi"; whatever still cannot be encoded becomes "?".
    parts = [_char(c) for c in unicodedata.normalize("NFKD", ch) if c != ch]
    return "".join(parts) if any(parts) else "?"


def pdf_text(value: Any) -> str:
    """Any value as text Helvetica can show: maps what cp1252 lacks to a close equivalent, so no input can crash."""
    text = "" if value is None else str(value)
    return "".join(_char(ch) for ch in text).replace(NB_ALIAS, "{ nb}")  # user text must not become a page count


def _date_nl(iso: str | None) -> str:
    """ISO date as Dutch d-m-yyyy, the way dates appear in the dossier's own letters."""
    if not iso:
        return "onbekend"
    year, month, day = iso.split("-")
    return f"{int(day)}-{int(month)}-{year}"


def _pages(pages: list[int] | None) -> str:
    """Page range of a document within its file; a dash for files without pages (.docx, .eml, .txt)."""
    if not pages:
        return "–"
    first, last = pages
    return str(first) if first == last else f"{first}–{last}"


def _clip(text: str) -> str:
    """Cut table cells that would grow taller than one page (a row cannot break across pages)."""
    return text if len(text) <= CELL_LIMIT else text[: CELL_LIMIT - 3] + "..."


class _Memo(FPDF):
    """FPDF with the memo's running header (dossier name) and footer (page k of N) on every page."""

    def __init__(self, dossier_name: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.dossier_name = pdf_text(dossier_name)
        self.core_fonts_encoding = ENCODING
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(auto=True, margin=MARGIN)
        self.alias_nb_pages(NB_ALIAS)

    def header(self) -> None:
        """The dossier name on every page, so loose pages can be put back in the right file."""
        self.set_y(10)
        self.set_font(FONT, "", 8)
        self.set_text_color(110)
        label = f"Dossier: {self.dossier_name}"[:150]
        while self.get_string_width(label) > self.epw:  # one line only: a long name is cut, not wrapped
            label = label[:-5] + "..."
        self.cell(0, 4, label, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0)
        self.set_y(MARGIN)

    def footer(self) -> None:
        """'Pagina k van N': a memo in a court file must show it is complete."""
        self.set_y(-12)
        self.set_font(FONT, "", 8)
        self.set_text_color(110)
        self.cell(0, 4, f"Pagina {self.page_no()} van {NB_ALIAS}", align="C")
        self.set_text_color(0)


def _paragraph(pdf: _Memo, text: str, style: str = "", size: float = 10, indent: float = 0, align: str = "J") -> None:
    """A wrapped block of text starting at the left margin (plus `indent`), leaving the cursor below it."""
    pdf.set_font(FONT, style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.epw - indent, size * 0.5, pdf_text(text), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _heading(pdf: _Memo, text: str, size: float = 13, space_needed: float = 25) -> None:
    """A bold heading; starts a new page rather than leaving the heading alone at the bottom of one."""
    if pdf.get_y() + space_needed > pdf.page_break_trigger:
        pdf.add_page()
    pdf.ln(3 if size < 13 else 5)
    _paragraph(pdf, text, "B", size)
    pdf.ln(1)


def _title(pdf: _Memo, report: dict[str, Any]) -> None:
    """Title and size of the dossier; no date of making, so the same report always gives the same file."""
    dossier = report["dossier"]
    _paragraph(pdf, f"Dossieranalyse: {dossier['name']}", "B", 18)
    pdf.ln(2)
    _paragraph(
        pdf, f"{dossier['files']} bestanden, {dossier['pages']} pagina's, {len(report['documents'])} documenten."
    )


def _disclaimer(pdf: _Memo) -> None:
    """The disclaimer in a shaded box right above the verdict, where nobody can read one without the other."""
    pdf.ln(4)
    pdf.set_font(FONT, "I", 9)
    pdf.set_fill_color(235)
    pdf.multi_cell(0, 4.5, pdf_text(labels.DISCLAIMER), fill=True, padding=2.5, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_fill_color(255)


def _verdict(pdf: _Memo, report: dict[str, Any]) -> None:
    """The verdict, what a court would likely do and why, the trajectory, what the score is not (or that the legal
    assessment was not made); and whose side the memo takes."""
    headline, *rest = verdict_lines(report)
    pdf.ln(4)
    _paragraph(pdf, headline, "B", 13)
    for text in rest:
        pdf.ln(1)
        _paragraph(pdf, text)
    if report.get("perspective") == "werknemer":
        pdf.ln(1)
        _paragraph(pdf, "Dit memo is geschreven vanuit het perspectief van de advocaat van de werknemer.", "I")


def _evidence(pdf: _Memo, item: dict[str, Any]) -> None:
    """One quoted passage, indented and in italics, followed by its source as (D003, p. 4)."""
    page = f", p. {item['page']}" if item.get("page") else ""
    pdf.ln(1)
    pdf.set_text_color(60)
    _paragraph(pdf, f"“{item['quote']}” ({item['document']}{page})", "I", 9.5, indent=8, align="L")
    pdf.set_text_color(0)


def _criteria(pdf: _Memo, report: dict[str, Any]) -> None:
    """Each requirement with its status, the reasoning and the passages it rests on, so a lawyer can check them."""
    _heading(pdf, "Toetsing per vereiste")
    if not report["criteria"]:
        _paragraph(pdf, "De vereisten zijn niet getoetst.")
    for key, criterion in report["criteria"].items():
        status = labels.STATUSES.get(criterion["status"], criterion["status"])
        _heading(pdf, f"{labels.CRITERIA.get(key, key)}: {status}", size=11, space_needed=20)
        _paragraph(pdf, requirement_paragraph(criterion))
        for item in criterion["evidence"]:
            _evidence(pdf, item)
        sources = [f for f in criterion.get("findings", []) if f.get("status") == criterion["status"] and not f.get("set_aside")]
        if sources:
            pdf.ln(1)
            _paragraph(pdf, "Bron: " + "; ".join(f"{f['rule']}: {f['source']}" for f in sources), "", 8.5, align="L")


def _facts(pdf: _Memo, report: dict[str, Any]) -> None:
    """What the file shows happened, per theme, each fact with its quote and who says it: the reading to check."""
    grouped = fact_lines(report.get("facts") or {})
    if not grouped:
        return
    _heading(pdf, "Feiten")
    _paragraph(pdf, "Wat het dossier laat zien, per onderwerp; elk feit met de zin waarop het rust.", "I", 9)
    for heading, facts in grouped.items():
        _heading(pdf, heading, size=11, space_needed=15)
        for fact in facts:
            date = _date_nl(fact.date) if fact.date else "zonder datum"
            _labelled_line(pdf, date, fact.text, 24)
            if fact.quote and fact.document:
                page = f", p. {fact.page}" if fact.page else ""
                said = f" - {fact.speaker}" if fact.speaker else ""
                _evidence(pdf, {"quote": fact.quote, "document": f"{fact.document}{page}{said}", "page": None})
    unreadable = (report.get("facts") or {}).get("unreadable") or []
    if unreadable:
        pdf.ln(2)
        _paragraph(pdf, "Niet te lezen of te dateren: " + "; ".join(unreadable) + ".", "I", 9)


def _similar(pdf: _Memo, report: dict[str, Any]) -> None:
    """The published decisions closest to this dossier, with what they share with it."""
    lines = similar_lines(report)
    if not lines:
        return
    _heading(pdf, "Vergelijkbare uitspraken")
    for line in lines:
        _labelled_line(pdf, "•", line, 5)
        pdf.ln(1)


def _labelled_line(pdf: _Memo, label: str, text: str, width: float) -> None:
    """A fixed-width label (date, number) with wrapped text beside it, so the labels form a column."""
    pdf.set_font(FONT, "", 10)
    if pdf.get_y() + LINE > pdf.page_break_trigger:
        pdf.add_page()
    pdf.cell(width, LINE, pdf_text(label))
    pdf.multi_cell(pdf.epw - width, LINE, pdf_text(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _timeline(pdf: _Memo, report: dict[str, Any]) -> None:
    """The trajectory's span first (the frame the court looks at), then every dated document in order."""
    _heading(pdf, "Tijdlijn")
    phases = report.get("phases") or {}
    if line := trajectory_line(phases):
        _paragraph(pdf, line, "B")
        pdf.ln(2)
    if not report["timeline"]:
        _paragraph(pdf, "Geen gedateerde documenten.")
    for event in report["timeline"]:
        _labelled_line(pdf, _date_nl(event["date"]), f"{event['event']} ({event['document']})", 24)


def _recommendations(pdf: _Memo, report: dict[str, Any]) -> None:
    """Numbered next steps for the employer, or points of attack for the employee's counsel; most serious first."""
    employee = report.get("perspective") == "werknemer"
    _heading(
        pdf,
        "Aanvalspunten voor de werknemer (zwaarste eerst)"
        if employee
        else "Aanbevolen vervolgstappen (belangrijkste eerst)",
    )
    if not report["recommendations"]:
        if report["readiness"]["verdict"] is None:
            _paragraph(pdf, "Niet van toepassing: de juridische toetsing is niet uitgevoerd.")
        else:
            _paragraph(pdf, "Geen: de toetsing vond geen ontbrekende onderdelen in het dossier.")
    for number, recommendation in enumerate(report["recommendations"], 1):
        _labelled_line(pdf, f"{number}.", recommendation, 8)
        pdf.ln(1)


def _document_row(doc: dict[str, Any]) -> list[str]:
    """Table cells of one document; an unreadable document shows its error where the title would be."""
    where = file_place(doc)
    kind = labels.document_kind(doc, mark="!")
    if doc.get("extraction") == "failed":
        title = f"{labels.EXTRACTION['failed'].capitalize()}: {doc.get('error') or 'onbekende fout'}"
    else:
        title = doc.get("title") or "–"
    cells = [doc["id"], where, _pages(doc.get("pages")), kind, _date_nl(doc.get("date")), title]
    return [_clip(pdf_text(cell)) for cell in cells]


def _documents(pdf: _Memo, report: dict[str, Any]) -> None:
    """All documents in one table, long file names wrapped within their column, header repeated per page."""
    _heading(pdf, "Documenten")
    pdf.set_font(FONT, "", 8)
    heading_style = FontFace(emphasis="BOLD", fill_color=225)
    with pdf.table(
        col_widths=(11, 40, 13, 30, 16, 50),
        line_height=3.8,
        text_align="LEFT",
        v_align="TOP",
        borders_layout=TableBordersLayout.HORIZONTAL_LINES,
        headings_style=heading_style,
        padding=1,
    ) as table:
        table.row(["id", "bestand", "pagina's", "soort", "datum", "titel"])
        for doc in report["documents"]:
            table.row(_document_row(doc))


def _warnings(pdf: _Memo, report: dict[str, Any]) -> None:
    """Uncertain types, skipped files and privacy issues, as a bulleted list."""
    _heading(pdf, "Waarschuwingen")
    if not report["warnings"]:
        _paragraph(pdf, "Geen waarschuwingen.")
    for warning in report["warnings"]:
        _labelled_line(pdf, "•", warning, 5)
        pdf.ln(1)


def _notes(pdf: _Memo, report: dict[str, Any]) -> None:
    """The user's own notes on the case, each with what it is about and when it was written."""
    if not report.get("notes"):
        return
    _heading(pdf, "Notities")
    for note in report["notes"]:
        _labelled_line(pdf, "•", note_line(note), 5)
        pdf.ln(1)


def render_pdf(report: dict[str, Any]) -> bytes:
    """The report as a Dutch PDF memo (A4); identical bytes for an identical report."""
    pdf = _Memo(report["dossier"]["name"])
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(pdf_text(f"Dossieranalyse: {report['dossier']['name']}"))
    pdf.set_lang("nl")
    pdf.add_page()
    _title(pdf, report)
    _disclaimer(pdf)
    _verdict(pdf, report)
    _criteria(pdf, report)
    _facts(pdf, report)
    _similar(pdf, report)
    _timeline(pdf, report)
    _recommendations(pdf, report)
    _notes(pdf, report)
    _documents(pdf, report)
    _warnings(pdf, report)
    return bytes(pdf.output())
