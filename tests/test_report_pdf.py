"""The PDF memo: Dutch content read back from the PDF, deterministic bytes, and no crash on any Unicode."""

from __future__ import annotations

import copy
import io
from pathlib import Path

import pdfplumber
import pytest

from analyzer import labels
from analyzer.pipeline import AnalysisSettings, analyze
from analyzer.report import build_report
from analyzer.report.pdf import pdf_text, render_pdf

SAMPLES = Path(__file__).parents[1] / "sample_dossiers"
ODD = "Emoji 😀👍🏽, 中文文件, עברית, العربية, ⚠ “aanhalingen” – … € ő ĳ ≥ \x00\t\ud800 {nb} ﬁn"


def _report(name: str, monkeypatch: pytest.MonkeyPatch, home: Path, perspective: str = "werkgever") -> dict:
    """Analyse a sample dossier without the real user's corrections or model (module fixtures skip conftest's)."""
    monkeypatch.setenv("DOSSIER_ANALYZER_HOME", str(home))
    return build_report(analyze(SAMPLES / name, AnalysisSettings(perspective=perspective)))


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    with pytest.MonkeyPatch.context() as monkeypatch:
        return _report("01_hoekstra_logistiek", monkeypatch, tmp_path_factory.mktemp("home"))


@pytest.fixture(scope="module")
def pdf_bytes(report) -> bytes:
    return render_pdf(report)


def _pages(data: bytes) -> list[str]:
    """The text of every page, as pdfplumber (and so a lawyer's search) sees it."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _flat(data: bytes) -> str:
    """All text on one line, so sentences the layout wrapped can be found whole."""
    return " ".join(" ".join(_pages(data)).split())


def test_memo_states_title_disclaimer_verdict_and_criteria(pdf_bytes, report):
    text = _flat(pdf_bytes)
    assert "Dossieranalyse: 01_hoekstra_logistiek" in text
    assert " ".join(labels.DISCLAIMER.split()) in text
    assert "Oordeel: Gereed voor de kantonrechter" in text
    assert "Een kantonrechter ontbindt naar verwachting op de d-grond: aan alle vijf vereisten is voldaan." in text
    assert "Dossierscore 100 van 100. De dossierscore (0–100) telt punten per vereiste en zegt niets over" in text
    for key, criterion in report["criteria"].items():
        assert f"{labels.CRITERIA[key]}: {labels.STATUSES[criterion['status']]}" in text
    assert len(report["criteria"]) == 5
    assert "(D0" in text and ", p. " in text
    assert "14 bestanden, 17 pagina's, 15 documenten." in text


def test_disclaimer_comes_right_before_the_verdict(pdf_bytes):
    text = _flat(pdf_bytes)
    assert text.index("arbeidsrechtjurist") < text.index("Oordeel:") < text.index("Toetsing per vereiste")


def test_sections_timeline_notes_documents_and_warnings(report):
    # The classifier is sure of every document of this dossier: a review warning is added to see it reach the memo.
    review = "Controleer D005 (2024-01-30 Antwoord op reactie verbeterplan.pdf): soort onzeker — waarschijnlijk Correspondentie (61%), anders Verbeterplan (37%)."  # fmt: skip
    assert report["warnings"] == []
    noted = {**report, "notes": [{"target": "Herplaatsing", "text": "Vacatures juni opvragen.", "created": "2024-06-03T10:00:00"}], "warnings": [review]}  # fmt: skip
    text = _flat(render_pdf(noted))
    assert "Herplaatsing (3 juni 2024): Vacatures juni opvragen." in text
    trajectory = "Verbetertraject: gestart 16 januari 2024; gepland 17 weken (tot 17 mei 2024); geëindigd 17 mei 2024"
    order = ["Tijdlijn", "Aanbevolen vervolgstappen", "Notities", "Documenten", "Waarschuwingen"]
    positions = [text.index(heading) for heading in order]
    assert positions == sorted(positions)
    assert text.index(trajectory) < positions[0] < text.index(trajectory, positions[0]) < positions[1]
    assert "8-2-2022 Beoordeling: Jaarbeoordeling medewerkers (D001)" in text
    assert "Aanvalspunten" not in text
    assert all(doc["id"] in text for doc in report["documents"])
    assert "Controleer D005 (2024-01-30 Antwoord op reactie verbeterplan.pdf): soort onzeker" in text


def test_every_page_has_its_number_and_the_dossier_name(pdf_bytes):
    pages = _pages(pdf_bytes)
    assert "Pagina 1 van" in pages[0]
    for number, page in enumerate(pages, 1):
        assert f"Pagina {number} van {len(pages)}" in page
        assert "01_hoekstra_logistiek" in page


def test_same_report_gives_identical_bytes(report, pdf_bytes):
    assert pdf_bytes.startswith(b"%PDF-")
    assert render_pdf(copy.deepcopy(report)) == pdf_bytes


def test_unassessed_report_with_odd_unicode_renders(report):
    odd = copy.deepcopy(report)
    odd["dossier"]["name"] = ODD
    odd["readiness"] = {"verdict": None, "score": None}
    odd.update(criteria={}, timeline=[], recommendations=[], warnings=[ODD])
    for key in ("phases", "perspective", "disclaimer"):
        odd.pop(key, None)
    odd["documents"][0].update(title=ODD, file="x" * 300 + ".pdf", attachment=ODD)
    odd["documents"][1].update(
        extraction="failed", error="Versleuteld bestand: " + ODD * 20, title=None, doc_type=None, subtype=None
    )
    text = _flat(render_pdf(odd))
    assert "Oordeel: niet beoordeeld" in text
    assert "Dossieranalyse: Emoji" in text
    assert "“aanhalingen” – … € o ij >=" in text
    assert "Niet gelezen: Versleuteld bestand" in text


def test_text_helper_keeps_cp1252_and_replaces_the_rest():
    assert pdf_text("“Beëindiging” – 10 € … • ‘x’") == "“Beëindiging” – 10 € … • ‘x’"
    assert pdf_text("⚠ controleren") == "! controleren"
    assert pdf_text("Gödel Łódź ő") == "Gödel ?ódz o"
    assert pdf_text("中文 😀\u200d") == "?? ?"
    assert pdf_text(None) == ""


def test_employee_perspective_changes_heading_and_says_so(tmp_path_factory):
    with pytest.MonkeyPatch.context() as monkeypatch:
        employee = _report("02_kroon_makelaardij", monkeypatch, tmp_path_factory.mktemp("home"), "werknemer")
    text = _flat(render_pdf(employee))
    assert "Aanvalspunten voor de werknemer" in text
    assert "Aanbevolen vervolgstappen" not in text
    assert "perspectief van de advocaat van de werknemer" in text
    assert f"1. {employee['recommendations'][0]}" in text


def test_a_quoted_passage_is_marked_on_a_scanned_page_too():
    """A scanned page has no text layer to search: the dashboard asks Tesseract where the quoted words stand."""
    import builders

    from analyzer.report.page_image import page_png, scanned_quote_boxes

    lines = [
        "Geachte heer Bakker,",
        "Op 4 maart hebben wij gesproken over uw functioneren.",
        "Hierbij ontvangt u een officiele waarschuwing wegens te laat komen.",
        "Met vriendelijke groet",
    ]
    pdf = builders.scanned_pdf(["\n".join(lines)])
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        assert not page.chars  # no text layer
        (one_line,) = scanned_quote_boxes(page, lines[2])
        two_lines = scanned_quote_boxes(page, "uw functioneren. Hierbij ontvangt u een officiele waarschuwing")
        assert scanned_quote_boxes(page, "Deze zin staat nergens op de pagina en wordt dus niet gevonden") == []
    left, top, right, bottom = one_line
    assert left < 80 and right > 350 and bottom - top < 30  # the whole third line, one line high
    assert len(two_lines) == 2 and two_lines[0][3] <= two_lines[1][1] + 2  # end of line 2, start of line 3
    png, marked = page_png(pdf, 1, lines[2])
    assert marked and png.startswith(b"\x89PNG")
