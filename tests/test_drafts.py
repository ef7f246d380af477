"""Draft court documents and the chronology, made from one real analysis of sample dossier 01 (Hoekstra Logistiek).

The expected productie order is written out from the dossier's files (sample_dossiers/_expected/01_…json gives each
document's date): date order, the start-meeting report before the plan of the same day because it comes first in
the dossier, the e-mail's attachment (13 February) before the e-mail itself (14 February).
"""

from __future__ import annotations

import copy
import io
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from docx import Document

from analyzer import cli
from analyzer.labels import CRITERIA, FACT_GROUPS
from analyzer.pipeline import analyze
from analyzer.report import build_report
from analyzer.report.build import numbered
from analyzer.report.chronology import chronology_csv, chronology_frame, chronology_xlsx, exhibit_of
from analyzer.report.drafts import (
    REQUIREMENTS,
    TODO,
    productielijst_docx,
    verweerschrift_docx,
    verzoekschrift_docx,
)

DOSSIER = Path(__file__).parents[1] / "sample_dossiers" / "01_hoekstra_logistiek"
EML = "Verslag voortgangsgesprek 13 februari.eml"
# (productie, date, file) — one line per document of the dossier, none of them a repeat.
EXPECTED = [
    (1, "2022-02-08", "2022-02-08 Jaarbeoordeling 2021 M. Verhoeven.pdf"),
    (2, "2023-01-31", "2023-01-31 Jaarbeoordeling 2022 M. Verhoeven.pdf"),
    (3, "2023-09-14", "2023-09-14 Schriftelijke waarschuwing.pdf"),
    (4, "2024-01-16", "2024-01-16 Verslag startgesprek verbetertraject.pdf"),
    (5, "2024-01-16", "Verbeterplan M. Verhoeven jan-mei 2024.pdf"),
    (6, "2024-01-24", "Reactie Mark Verhoeven op verbeterplan.pdf"),
    (7, "2024-01-25", "Bevestiging inschrijving TAO-24-0193.pdf"),
    (8, "2024-01-30", "2024-01-30 Antwoord op reactie verbeterplan.pdf"),
    (9, "2024-02-13", f"{EML} › Verslag voortgangsgesprek 1 - 13-02-2024.pdf"),
    (10, "2024-02-14", EML),
    (11, "2024-03-12", "Verslag tussentijdse evaluatie 12 maart 2024.docx"),
    (12, "2024-04-09", "2024-04-09 Verslag voortgangsgesprek 2.pdf"),
    (13, "2024-05-02", "Coachpraktijk Koers - eindrapportage M. Verhoeven.pdf"),
    (14, "2024-05-17", "2024-05-17 Verslag eindevaluatie.pdf"),
    (15, "2024-06-07", "Herplaatsingsonderzoek M. Verhoeven juni 2024.pdf"),
]
LONG_DATES = {
    "2022-02-08": "8 februari 2022",
    "2023-01-31": "31 januari 2023",
    "2023-09-14": "14 september 2023",
    "2024-01-16": "16 januari 2024",
    "2024-01-24": "24 januari 2024",
    "2024-01-25": "25 januari 2024",
    "2024-01-30": "30 januari 2024",
    "2024-02-13": "13 februari 2024",
    "2024-02-14": "14 februari 2024",
    "2024-03-12": "12 maart 2024",
    "2024-04-09": "9 april 2024",
    "2024-05-02": "2 mei 2024",
    "2024-05-17": "17 mei 2024",
    "2024-06-07": "7 juni 2024",
}


@pytest.fixture(scope="module")
def dossier(tmp_path_factory):
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("DOSSIER_ANALYZER_HOME", str(tmp_path_factory.mktemp("home")))
        return analyze(DOSSIER)


@pytest.fixture(scope="module")
def report(dossier) -> dict:
    return build_report(dossier)


@pytest.fixture(scope="module")
def petition(report):
    return Document(io.BytesIO(verzoekschrift_docx(report)))


@pytest.fixture(scope="module")
def defence(report):
    return Document(io.BytesIO(verweerschrift_docx(report)))


def _text(doc) -> str:
    return "\n".join(p.text for p in doc.paragraphs)


def _exhibit_table(doc) -> list[tuple[str, str, str]]:
    """(productie, datum, file) per row of the productielijst; the file is the description's second line."""
    rows = doc.tables[-1].rows
    assert [c.text for c in rows[0].cells] == ["Productie", "Datum", "Omschrijving", "Soort"]
    return [(r.cells[0].text, r.cells[1].text, r.cells[2].paragraphs[1].text) for r in rows[1:]]


EXPECTED_TABLE = [(str(number), LONG_DATES[date], file) for number, date, file in EXPECTED]


@pytest.mark.parametrize("fixture", ["petition", "defence"])
def test_draft_opens_and_says_concept_first(fixture, request):
    doc = request.getfixturevalue(fixture)
    kind = "verzoekschrift" if fixture == "petition" else "verweerschrift"
    assert doc.paragraphs[0].text == "CONCEPT"
    assert doc.paragraphs[1].text.startswith(f"CONCEPT {kind} — automatisch opgesteld uit de dossieranalyse")
    assert "Het is geen processtuk en niet gereed voor indiening." in doc.paragraphs[2].text
    assert doc.sections[0].header.paragraphs[0].text.startswith("CONCEPT")
    assert "geen juridisch advies" in _text(doc)


@pytest.mark.parametrize("fixture", ["petition", "defence"])
def test_draft_ends_with_the_productielijst_in_date_order(fixture, request):
    assert _exhibit_table(request.getfixturevalue(fixture)) == EXPECTED_TABLE


def test_standalone_productielijst(report):
    doc = Document(io.BytesIO(productielijst_docx(report)))
    assert doc.paragraphs[0].text == "CONCEPT"
    assert _exhibit_table(doc) == EXPECTED_TABLE


def test_report_exhibits_are_used_as_given(report):
    assert [(d["exhibit"], d["date"]) for d in sorted(report["documents"], key=lambda d: d["exhibit"])] == [
        (number, date) for number, date, _ in EXPECTED
    ]


def test_petition_structure_and_exhibit_references(petition):
    headings = [p.text for p in petition.paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "1.\tPartijen en de feiten",
        "2.\tDe redelijke grond: ongeschiktheid (art. 7:669 lid 3 sub d BW)",
        "3.\tHerplaatsing (art. 7:669 lid 1 BW)",
        "4.\tOpzegverboden",
        "5.\tTransitievergoeding en einde van de arbeidsovereenkomst",
        "6.\tVerzoek",
        "Productielijst",
    ]
    requirements = [p.text for p in petition.paragraphs if p.style.name == "Heading 2"][-4:]
    assert requirements == [
        "Tijdig in kennis gesteld (art. 7:669 lid 3 sub d BW)",
        "Voldoende gelegenheid tot verbetering (art. 7:669 lid 3 sub d BW)",
        "Scholing en arbeidsomstandigheden (art. 7:669 lid 3 sub d BW)",
        "Niet het gevolg van ziekte (art. 7:669 lid 3 sub d BW)",
    ]
    text = _text(petition)
    assert "1.4\tOp 14 september 2023 — waarschuwing: “Op dinsdag 5 september 2023 is de koelrit" in text
    assert "14 september 2023: Kritiek (waarschuwing, concreet); ontslag genoemd (productie 3)" in text
    assert "is op 1 april 2015 bij werkgever in dienst getreden" in text
    assert "[naam werkgever], gevestigd te [plaats], verzoekster" in text


def test_petition_marks_what_is_still_missing(report):
    """The recommendations on the first page, a requirement's missing points highlighted where they belong."""
    changed = copy.deepcopy(report)
    changed["criteria"]["redeployment"]["missing"] = ["de vacatures bij de zustervennootschappen"]
    doc = Document(io.BytesIO(verzoekschrift_docx(changed)))
    text = _text(doc)
    assert f"{TODO} vóór indiening (belangrijkste eerst)" in text
    assert report["recommendations"][0] in text
    todo = next(p for p in doc.paragraphs if p.text == f"{TODO}: de vacatures bij de zustervennootschappen.")
    assert todo.runs[0].font.highlight_color is not None


def test_defence_lists_the_similar_rulings_with_links(defence, report):
    eclis = [r["ecli"] for r in report["similar_rulings"]]
    assert eclis  # the caselaw table finds comparable decisions for this dossier
    start = next(i for i, p in enumerate(defence.paragraphs) if p.text.endswith("Vergelijkbare uitspraken"))
    listed = [p for p in defence.paragraphs[start:] if p.text.split("\t")[-1].startswith("ECLI:")]
    assert [p.text.split("\t")[1].split(" ")[0] for p in listed] == eclis
    assert [p.hyperlinks[0].address for p in listed] == [r["link"] for r in report["similar_rulings"]]


def test_defence_attacks_the_weakest_requirement_first(report):
    changed = copy.deepcopy(report)
    changed["criteria"]["redeployment"]["status"] = "not_met"
    changed["criteria"]["improvement_opportunity"]["status"] = "doubtful"
    doc = Document(io.BytesIO(verweerschrift_docx(changed)))
    requirements = [p.text.split(" (art.")[0] for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert requirements[-5:] == [
        "Herplaatsing",
        "Voldoende gelegenheid tot verbetering",
        "Tijdig in kennis gesteld",
        "Scholing en arbeidsomstandigheden",
        "Niet het gevolg van ziekte",
    ]
    assert "in ieder geval ontbreekt of schiet tekort: ‘herplaatsing’, ‘voldoende gelegenheid tot verbetering’" in (
        _text(doc)
    )


def test_every_requirement_has_a_fact_theme():
    assert set(REQUIREMENTS) == set(CRITERIA)
    assert {r.theme for r in REQUIREMENTS.values()} <= set(FACT_GROUPS)


def test_chronology_csv_round_trips_through_pandas(report):
    data = chronology_csv(report)
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the accents right
    table = pd.read_csv(io.BytesIO(data), sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(table.columns) == [
        "datum", "productie", "document", "soort", "samenvatting", "bestand", "pagina's", "link", "ook als"
    ]  # fmt: skip
    assert list(zip(table["productie"].astype(int), table["datum"], table["bestand"], strict=True)) == [
        (number, f"{date[8:]}-{date[5:7]}-{date[:4]}", file) for number, date, file in EXPECTED
    ]
    assert table["link"][0] == "2022-02-08 Jaarbeoordeling 2021 M. Verhoeven.pdf#page=1"
    assert table["link"][8] == EML  # an attachment opens through its e-mail
    assert table["link"][10] == "Verslag tussentijdse evaluatie 12 maart 2024.docx"
    assert table["samenvatting"][2].startswith("Op dinsdag 5 september 2023 is de koelrit")
    assert (table["samenvatting"] != "").all()


def test_chronology_collapses_a_repeat_into_its_primary(report):
    changed = copy.deepcopy(report)
    for doc in changed["documents"]:
        if doc["id"] == "D014":
            doc.update(duplicate_of="D015", duplicate_kind="exact")
    changed["documents"] = numbered(changed["documents"])
    frame = chronology_frame(changed)
    assert "D014" not in set(frame["document"])
    assert frame.loc[frame["document"] == "D015", "ook als"].item() == f"D014 {EML} (zelfde tekst)"
    assert exhibit_of(changed)["D014"] == exhibit_of(changed)["D015"] == 9


def test_chronology_xlsx_links_open_the_file(report):
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(chronology_xlsx(report, "dossier")))["chronologie"]
    link = sheet.cell(row=2, column=8)
    assert link.value == "dossier/2022-02-08 Jaarbeoordeling 2021 M. Verhoeven.pdf#page=1"
    assert link.hyperlink.target == "dossier/2022-02-08 Jaarbeoordeling 2021 M. Verhoeven.pdf"


def test_cli_writes_a_draft_and_the_chronology(dossier, tmp_path, monkeypatch):
    """The analysis itself is the module's one run; the CLI's own part is the format, the file and the links."""
    monkeypatch.setattr(cli, "analyze", lambda *args, **kwargs: dossier)
    runner = CliRunner()
    docx_path, csv_path = tmp_path / "verzoekschrift.docx", tmp_path / "chronologie.csv"
    result = runner.invoke(cli.main, ["analyze", str(DOSSIER), "--format", "docx", "-o", str(docx_path)])
    assert result.exit_code == 0, result.output
    assert Document(str(docx_path)).paragraphs[1].text.startswith("CONCEPT verzoekschrift")
    result = runner.invoke(cli.main, ["analyze", str(DOSSIER), "--format", "csv", "-o", str(csv_path)])
    assert result.exit_code == 0, result.output
    table = pd.read_csv(csv_path, sep=";", encoding="utf-8-sig", dtype=str)
    assert list(table["productie"].astype(int)) == list(range(1, 16))
    target = (tmp_path / table["link"][0].split("#page=")[0]).resolve()
    assert target == (DOSSIER / EXPECTED[0][2]).resolve()  # the link works from where the table was written
    result = runner.invoke(cli.main, ["analyze", str(DOSSIER), "--format", "docx"])
    assert result.exit_code != 0
    assert "geef -o bestand.docx op" in result.output
