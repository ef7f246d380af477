"""The dashboard, driven by Streamlit's own app tester."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).parents[1] / "app.py")


def test_start_page_offers_the_sample_dossiers():
    app = AppTest.from_file(APP, default_timeout=60).run()
    assert not app.exception
    labels = [b.label for b in app.sidebar.button]
    samples = sorted(
        p.name for p in (Path(APP).parent / "sample_dossiers").iterdir() if p.is_dir() and not p.name.startswith("_")
    )
    assert labels[: len(samples)] == samples
    assert len(samples) >= 4


def test_clicking_a_sample_dossier_shows_its_documents():
    app = AppTest.from_file(APP, default_timeout=180).run()
    app.sidebar.button[0].click().run()
    assert not app.exception
    table = app.dataframe[0].value
    assert len(table) >= 6
    assert app.subheader[0].value.startswith("Dossier: ")
