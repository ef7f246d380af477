"""The dashboard, driven by Streamlit's own app tester (streamlit.testing.v1.AppTest)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import builders
import pytest
from streamlit.testing.v1 import AppTest

from analyzer.classify import CorrectionStore
from analyzer.store import CaseStore

ROOT = Path(__file__).parents[1]
APP = str(ROOT / "app.py")
SAMPLES = ROOT / "sample_dossiers"


@pytest.fixture
def app() -> AppTest:
    return AppTest.from_file(APP, default_timeout=180).run()


def metric(app: AppTest, label: str) -> str:
    return next(m.value for m in app.metric if m.label == label)


def score(app: AppTest) -> str:
    """The dossier score, now a caption that says what it is not."""
    return next(c.value.split(". ")[0] for c in app.caption if c.value.startswith("Dossierscore"))


def test_start_page_offers_every_sample_dossier_in_one_click(app):
    assert not app.exception
    samples = sorted(p.name for p in SAMPLES.iterdir() if p.is_dir() and not p.name.startswith("_"))
    assert [b.label for b in app.sidebar.button][: len(samples)] == samples
    assert app.info[0].value.startswith("Kies links een voorbeelddossier")


def test_sample_dossier_shows_verdict_criteria_and_evidence_page(app):
    app.sidebar.button(key="sample-03_brouwer_groothandel").click().run()
    assert not app.exception and not app.error
    assert metric(app, "Oordeel") == "Niet gereed"
    assert score(app) == "Dossierscore 30 van 100"
    forecast = next(m.value for m in app.markdown if "Een kantonrechter wijst" in m.value)
    assert "niet voldaan aan ‘voldoende gelegenheid tot verbetering’" in forecast
    assert "Beslissend: Het traject is voortijdig beëindigd" in forecast
    strip = [m.value for m in app.markdown if m.value.endswith("**beslissend**")]
    assert [line.split("  \n")[0] for line in strip] == [
        ":red[:material/cancel:] Voldoende gelegenheid tot verbetering",
        ":red[:material/cancel:] Scholing en arbeidsomstandigheden",
        ":red[:material/cancel:] Herplaatsing",
    ]
    headings = [m.value for m in app.markdown if m.value.startswith("#### ")]
    assert "#### :red[:material/cancel:] Voldoende gelegenheid tot verbetering: niet voldaan" in headings
    assert "#### :orange[:material/warning:] Niet het gevolg van ziekte: twijfelachtig" in headings
    evidence = next(b for b in app.button if b.key and b.key.startswith("ev-training_and_conditions"))
    evidence.click().run()
    assert len(app.image) == 1
    assert any(m.value.startswith("**Bron: D014 — personeelsdossier_compleet.pdf, pagina 20**") for m in app.markdown)


def test_correcting_a_type_rescores_at_once_and_is_kept(app):
    app.sidebar.button(key="sample-01_hoekstra_logistiek").click().run()
    assert metric(app, "Oordeel") == "Gereed voor de kantonrechter" and score(app) == "Dossierscore 100 van 100"
    redeployment = next(o for o in app.selectbox(key="correct-doc").options if "Herplaatsing" in o)
    app.selectbox(key="correct-doc").set_value(redeployment.split(" — ")[0]).run()
    doc_id = app.selectbox(key="correct-doc").value
    # Read as the employee's own reaction, the redeployment study no longer shows the employer searched.
    app.selectbox(key=f"correct-type-{doc_id}").set_value("Reactie werknemer").run()
    app.button(key="correct-save").click().run()
    assert not app.exception
    assert app.success[0].value == f"Correctie van {doc_id} bewaard; het oordeel is opnieuw bepaald."
    assert metric(app, "Oordeel") == "Niet gereed" and score(app) == "Dossierscore 80 van 100"
    kept = [c for c in CorrectionStore().all().values() if c.document == doc_id]
    assert [(c.dossier, c.doc_type, c.subtype) for c in kept] == [("01_hoekstra_logistiek", "employee_response", None)]


def test_correcting_a_date_moves_the_document_in_the_timeline(app):
    app.sidebar.button(key="sample-02_kroon_makelaardij").click().run()
    app.selectbox(key="correct-doc").set_value("D001").run()
    app.date_input(key="correct-date-D001").set_value(dt.date(2024, 12, 1)).run()
    app.button(key="correct-save").click().run()
    assert not app.exception
    timeline = next(d.value for d in app.dataframe if "gebeurtenis" in d.value.columns)
    assert list(timeline["document"])[-1] == "D001"


def test_batch_of_dossiers_gives_one_row_per_case(app, tmp_path):
    for name in ("02_kroon_makelaardij", "05_quantix_tech"):
        shutil.copytree(SAMPLES / name, tmp_path / name)
    shutil.make_archive(str(tmp_path / "01_als_zip"), "zip", SAMPLES / "01_hoekstra_logistiek")
    app.sidebar.radio(key="mode").set_value("Batch").run()
    app.sidebar.text_input(key="folder").input(str(tmp_path)).run()
    app.sidebar.button[-1].click().run()
    assert not app.exception
    table = app.dataframe[0].value
    assert list(table["dossier"]) == ["01_als_zip", "02_kroon_makelaardij", "05_quantix_tech"]
    assert list(table["oordeel"]) == ["Gereed voor de kantonrechter", "Niet gereed", "Risicovol"]
    assert list(table["score"]) == [100, 20, 90]


def test_bad_file_gets_a_dutch_message_and_the_others_are_analysed(app, tmp_path):
    folder = tmp_path / "dossier"
    builders.write(folder, "kapot.pdf", b"%PDF-1.7\n1 0 obj <<")
    builders.write(folder, "notitie.txt", b"Verslag functioneringsgesprek 12 maart 2024. Aanwezig: Piet, Anja.")
    app.sidebar.text_input(key="folder").input(str(folder)).run()
    app.sidebar.button[-1].click().run()
    assert not app.exception and not app.error
    assert any(w.value.startswith("Niet gelezen: kapot.pdf: Deze PDF is beschadigd") for w in app.warning)
    table = next(d.value for d in app.dataframe if "bestand" in d.value.columns)
    assert list(table["bestand"]) == ["kapot.pdf", "notitie.txt"]
    assert list(table["tekst"]) == ["niet gelezen", "tekstlaag"]


def test_a_folder_that_does_not_exist_gives_a_dutch_error(app, tmp_path):
    app.sidebar.text_input(key="folder").input(str(tmp_path / "nergens")).run()
    app.sidebar.button[-1].click().run()
    assert app.error[0].value == f"De map '{tmp_path / 'nergens'}' bestaat niet."


def test_a_saved_analysis_is_listed_with_the_cases_in_the_store(app):
    app.sidebar.button(key="sample-02_kroon_makelaardij").click().run()
    app.button(key="save-case").click().run()
    assert app.success[0].value == "De analyse van 02_kroon_makelaardij is bewaard in de dossieropslag."
    app.sidebar.radio(key="mode").set_value("Batch").run()
    saved = app.dataframe[0].value
    assert list(saved["dossier"]) == ["02_kroon_makelaardij"] and list(saved["oordeel"]) == ["Niet gereed"]


def test_a_new_version_of_a_saved_case_shows_what_changed_side_by_side(app, tmp_path):
    """The employer sends the redeployment study later: the lawyer sees the requirement move and the gap close."""
    without = tmp_path / "01_hoekstra_logistiek"
    shutil.copytree(SAMPLES / "01_hoekstra_logistiek", without)
    (without / "Herplaatsingsonderzoek M. Verhoeven juni 2024.pdf").unlink()
    app.sidebar.text_input(key="folder").input(str(without)).run()
    app.sidebar.button[-1].click().run()
    assert metric(app, "Oordeel") == "Niet gereed"
    assert not [m for m in app.markdown if m.value.startswith("#### Vergeleken met")]  # nothing saved yet
    app.button(key="save-case").click().run()
    app.sidebar.button(key="sample-01_hoekstra_logistiek").click().run()
    assert not app.exception and metric(app, "Oordeel") == "Gereed voor de kantonrechter"
    assert any(m.value.startswith("#### Vergeleken met de bewaarde versie van") for m in app.markdown)
    table = next(d.value for d in app.dataframe if "bewaarde versie" in d.value.columns)
    assert table.loc[table["vereiste"] == "Herplaatsing", ["bewaarde versie", "nu"]].values.tolist() == [
        ["niet voldaan", "voldaan"]
    ]
    changes = next(m.value for m in app.markdown if m.value.startswith("- Oordeel:"))
    assert changes.splitlines()[:3] == [
        "- Oordeel: Niet gereed → Gereed voor de kantonrechter.",
        "- Herplaatsing: niet voldaan → voldaan.",
        "- Nieuw document: Herplaatsingsonderzoek M. Verhoeven juni 2024.pdf (Herplaatsing: Herplaatsingsonderzoek).",
    ]
    assert any(line.startswith("- Opgelost: Onderzoek herplaatsing") for line in changes.splitlines())
    # and one document's type changed by hand in this version (HR's answer to the employee, which restates the
    # plan's changes, filed with the plan): both types named
    answer = next(o for o in app.selectbox(key="correct-doc").options if "uw reactie van 24 januari" in o)
    app.selectbox(key="correct-doc").set_value(answer.split(" — ")[0]).run()
    app.selectbox(key="correct-type-D005").set_value("Verbeterplan").run()
    app.button(key="correct-save").click().run()
    changes = next(m.value for m in app.markdown if m.value.startswith("- Oordeel:")).splitlines()
    assert [line for line in changes if line.startswith("- Andere soort: ")] == [
        "- Andere soort: 2024-01-30 Antwoord op reactie verbeterplan.pdf: Correspondentie → Verbeterplan."
    ]


def test_a_note_on_a_requirement_is_kept_with_the_case_and_shown(app):
    app.sidebar.button(key="sample-03_brouwer_groothandel").click().run()
    app.selectbox(key="note-target").set_value("Herplaatsing").run()
    app.text_area(key="note-text").input("Vacatureoverzicht van de groep opvragen bij HR.").run()
    app.button(key="note-save").click().run()
    assert not app.exception and app.success[0].value == "De notitie is bewaard."
    shown = [m.value for m in app.markdown if m.value.startswith("- Herplaatsing (")]
    assert len(shown) == 1 and shown[0].endswith("): Vacatureoverzicht van de groep opvragen bij HR.")
    app.button(key="note-save").click().run()  # the text area is still filled: a second note, also kept
    with CaseStore() as store:
        assert len(store.notes("03_brouwer_groothandel")) == 2


def test_the_costs_tab_estimates_the_transition_payment_from_the_start_date_the_dossier_states(app):
    app.sidebar.button(key="sample-01_hoekstra_logistiek").click().run()
    assert app.date_input(key="cost-start").value == dt.date(2015, 4, 1)  # "In dienst sinds 01-04-2015" (D001)
    assert "Vul de datum in dienst" in app.info[0].value  # no salary stated in this dossier
    app.number_input(key="cost-salary").set_value(3600.0)
    app.date_input(key="cost-end").set_value(dt.date(2025, 6, 30)).run()
    assert not app.exception
    # 10 years and 3 months on a monthly wage of 3600 × 1.08 = 3888: 10 × 3888/3 + 3 × 3888/36 = 13,284.00
    assert metric(app, "Transitievergoeding, bruto (schatting)") == "€ 13.284,00"
    lines = next(m.value for m in app.markdown if "cumulatiegrond" in m.value)
    assert "maximaal € 6.642,00" in lines and "Het maximum is € 98.000,00" in lines


def test_a_letter_in_two_formats_is_one_row_and_its_copy_is_shown_collapsed_below(app, tmp_path):
    letter = [
        "Datum: 14 september 2023",
        "Betreft: schriftelijke waarschuwing",
        "Beste Thijs, je levert de weekplanning structureel te laat aan: in de afgelopen acht weken was de planning zes "
        "keer na donderdag 12.00 uur klaar. Wij geven je hierbij een schriftelijke waarschuwing; verbetert dit niet, "
        "dan kan dit gevolgen hebben voor je dienstverband, tot en met ontslag.",
        "Met vriendelijke groet, Annemiek de Boer, HR-adviseur",
    ]
    folder = tmp_path / "dossier"
    builders.write(folder, "Waarschuwing.pdf", builders.text_pdf(["\n".join(letter)]))
    builders.write(folder, "Waarschuwing.docx", builders.docx_bytes(letter))
    app.sidebar.text_input(key="folder").input(str(folder)).run()
    app.sidebar.button[-1].click().run()
    assert not app.exception and not app.error
    table = next(d.value for d in app.dataframe if "bestand" in d.value.columns)
    assert list(table["bestand"]) == ["Waarschuwing.pdf"] and list(table["productie"]) == [1]
    (copies,) = [e for e in app.expander if e.label.startswith("Dubbele documenten")]
    assert copies.label == "Dubbele documenten en e-mailreeksen (1 dubbel, 1 groep)"
    assert copies.markdown[-1].value == (
        "- D002 Waarschuwing.pdf (14-9-2023) — ook als D001 Waarschuwing.docx (14-9-2023), zelfde tekst"
    )


@pytest.fixture
def bar_texts(monkeypatch) -> list[str]:
    """Every text a progress bar shows after it is made (st.progress itself is bound before the patch), the time
    left cut off (it depends on the machine)."""
    from streamlit.elements.progress import ProgressMixin

    shown: list[str] = []
    real = ProgressMixin.progress

    def progress(self, value, text=None, **kwargs):
        shown.append((text or "").split(" — ")[0])
        return real(self, value, text, **kwargs)

    monkeypatch.setattr(ProgressMixin, "progress", progress)
    monkeypatch.setattr("os.cpu_count", lambda: 2)  # two workers: the two-page PDF is read in two chunks
    return shown


def test_the_analysis_shows_the_pages_read_then_each_stage(app, tmp_path, bar_texts):
    folder = tmp_path / "dossier"
    builders.write(folder, "brief.pdf", builders.text_pdf(["Waarschuwing, pagina 1", "Waarschuwing, pagina 2"]))
    builders.write(folder, "verslag.docx", builders.docx_bytes(["Verslag gesprek", "Datum: 3 maart 2024"]))
    app.sidebar.text_input(key="folder").input(str(folder)).run()
    app.sidebar.button[-1].click().run()
    assert not app.exception and not app.error
    assert bar_texts == [
        "Tekst lezen: pagina 0 van 3",
        "Tekst lezen: pagina 1 van 3",
        "Tekst lezen: pagina 2 van 3",
        "Tekst lezen: pagina 3 van 3",
        "Documenten splitsen",
        "Datums bepalen",
        "Documenten classificeren",
        "Dubbele documenten zoeken",
        "Feiten lezen en vereisten toetsen",
        "Analyse klaar",
    ]


def test_a_batch_shows_which_dossier_of_how_many_is_read(app, tmp_path, bar_texts):
    for name in ("a_jansen", "b_pietersen"):
        builders.write(tmp_path / name, "notitie.txt", b"Verslag functioneringsgesprek 12 maart 2024.")
    app.sidebar.radio(key="mode").set_value("Batch").run()
    app.sidebar.text_input(key="folder").input(str(tmp_path)).run()
    app.sidebar.button[-1].click().run()
    assert not app.exception
    dossiers = [t for t in bar_texts if t.startswith("Dossier ") or t.endswith("geanalyseerd")]
    assert dossiers == ["Dossier 1 van 2: a_jansen", "Dossier 2 van 2: b_pietersen", "2 dossiers geanalyseerd"]
    assert bar_texts.count("Tekst lezen: pagina 1 van 1") == 2  # the stages of each dossier on the second bar
