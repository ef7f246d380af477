"""A real browser (Playwright driving Debian's Chromium, headless) uses the dashboard like a lawyer would."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect, sync_playwright

ROOT = Path(__file__).parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
DOSSIER = ROOT / "sample_dossiers" / "03_brouwer_groothandel"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_app(data_home: Path, address: str = "127.0.0.1", **env: str):
    """The dashboard served by `streamlit run` on a free port at `address`; yields its URL (via 127.0.0.1)."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "app.py"),
            "--server.port",
            str(port),
            "--server.address",
            address,
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        env={**os.environ, "DOSSIER_ANALYZER_HOME": str(data_home), **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                break
        except OSError:
            time.sleep(0.5)
    try:
        yield url
    finally:
        process.terminate()
        try:
            # a server still busy (a pseudonymised download loads deduce) ignores SIGTERM for a while: not worth waiting
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)


@pytest.fixture
def server(private_data_home):
    with running_app(private_data_home) as url:
        yield url


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def launch(playwright):
    assert Path(CHROMIUM).exists(), "Debian's chromium must be installed by the README's test command"
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


def open_sample(browser, server: str, name: str, width: int = 1440):
    """A new page at `width` px with a sample dossier analysed (its verdict shown)."""
    page = browser.new_page(viewport={"width": width, "height": 1000})
    page.goto(server)
    page.get_by_role("button", name=name).click()
    expect(page.get_by_text("Oordeel").first).to_be_visible(timeout=120_000)
    return page


def test_upload_a_dossier_see_the_verdict_and_open_an_evidence_page(server):
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(server)
        expect(page.get_by_text("Kies links een voorbeelddossier")).to_be_visible(timeout=60_000)
        page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(
            [str(p) for p in sorted(DOSSIER.iterdir())]
        )
        page.get_by_role("button", name="Analyseer upload").click()
        started = time.perf_counter()
        expect(page.get_by_text("Niet gereed").first).to_be_visible(timeout=120_000)
        seconds = time.perf_counter() - started
        # The decisive requirement first: what a court would likely do, and the strip of the five requirements.
        expect(
            page.get_by_text("Een kantonrechter wijst een verzoek op de d-grond naar verwachting af")
        ).to_be_visible()
        expect(page.get_by_text("beslissend", exact=True)).to_have_count(3)
        page.screenshot(path=str(ARTIFACTS / "dashboard-verdict.png"), full_page=True)
        page.get_by_role("button", name="Naar aanleiding van de eindevaluatie van 5 september 2024").first.click()
        expect(page.get_by_text("Bron: D015 — personeelsdossier_compleet.pdf, pagina 21")).to_be_visible(timeout=60_000)
        expect(page.get_by_role("img").first).to_be_visible()
        page.get_by_text("Bron: D015").scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "dashboard-evidence.png"), full_page=True)
        # The facts view: the reading a lawyer checks before trusting the judgment; a fact opens its page.
        page.get_by_role("tab", name="Feiten").click()
        page.get_by_role("button", name="8-2-2024: Verbeterplan").first.click()
        expect(page.get_by_text("Bron: D006 — personeelsdossier_compleet.pdf, pagina 9")).to_be_visible(timeout=60_000)
        expect(page.get_by_role("img").first).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "dashboard-fact.png"), full_page=True)
        # The timeline in Dutch: the trajectory as it ran, and Dutch month names on the axis.
        page.get_by_role("tab", name="Tijdlijn").click()
        expect(page.get_by_text("Verbetertraject: gestart 8 februari 2024; gepland 13 weken")).to_be_visible()
        expect(page.get_by_text("apr 2024", exact=True).first).to_be_visible(timeout=30_000)
        page.screenshot(path=str(ARTIFACTS / "dashboard-timeline.png"), full_page=True)
        browser.close()
    (ARTIFACTS / "upload-to-verdict-seconds.txt").write_text(f"{seconds:.1f}\n")
    assert (ARTIFACTS / "dashboard-evidence.png").stat().st_size > 50_000


def _download(page, label: str, until=lambda text: True, seconds: float = 300) -> str:
    """The file behind a download button, clicked again until its text passes `until` (a switch's rerun may still
    be under way)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with page.expect_download(timeout=60_000) as download:
                page.get_by_role("button", name=label).click()
            text = Path(download.value.path()).read_text(encoding="utf-8")
            if until(text) or time.monotonic() > deadline:
                return text
        except PlaywrightError:
            if time.monotonic() > deadline:
                raise
        time.sleep(1)


def _download_bytes(page, label: str) -> bytes:
    with page.expect_download(timeout=120_000) as download:
        page.get_by_role("button", name=label).click()
    return Path(download.value.path()).read_bytes()


def test_the_drafts_download_as_word_files_with_the_productielijst_of_the_dossier(server):
    """A lawyer downloads the draft petition, the exhibit list and the chronology of sample 01 and opens them."""
    import io

    import pandas as pd
    from docx import Document
    from test_drafts import EXPECTED, EXPECTED_TABLE, _exhibit_table

    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = open_sample(browser, server, "01_hoekstra_logistiek", width=1400)
        page.get_by_role("tab", name="Downloads").click()
        petition = Document(io.BytesIO(_download_bytes(page, "Concept-verzoekschrift (Word)")))
        exhibits = Document(io.BytesIO(_download_bytes(page, "Productielijst (Word)")))
        chronology = pd.read_csv(io.BytesIO(_download_bytes(page, "Chronologie (CSV)")), sep=";", encoding="utf-8-sig")
        browser.close()
    assert petition.paragraphs[0].text == "CONCEPT"
    assert _exhibit_table(petition) == _exhibit_table(exhibits) == EXPECTED_TABLE
    assert list(chronology["productie"]) == [number for number, _, _ in EXPECTED]


def test_pseudonymised_downloads_hold_no_names_and_the_store_keeps_the_original(server):
    """The switch a lawyer uses before sending a report on: the JSON and Markdown downloads lose the names, the
    verdict stays, and saving the analysis afterwards keeps the real report (not the pseudonymised one). Each
    download is in the case's audit log."""
    import json

    from analyzer.store import CaseStore

    identifiers = ["Verhoeven", "Femke Dijkstra", "Ingrid Post"]
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = open_sample(browser, server, "01_hoekstra_logistiek", width=1400)
        page.get_by_role("tab", name="Downloads").click()
        plain = _download(page, "Rapport (JSON)")
        assert all(i in plain for i in identifiers)

        page.get_by_text("Pseudonimiseer de downloads").click()
        expect(page.get_by_text("Persoonsgegevens worden vervangen")).to_be_visible(timeout=30_000)
        # deduce loads its name lists on first use (and builds them once per install)
        expect(page.get_by_text("Persoonsgegevens worden vervangen")).to_be_hidden(timeout=300_000)
        redacted = _download(page, "Rapport (JSON)", until=lambda text: "[PERSOON-" in text)
        markdown = _download(page, "Rapport (Markdown)", until=lambda text: "[PERSOON-" in text)
        page.get_by_role("button", name="Bewaar deze analyse in de dossieropslag").click()
        expect(page.get_by_text("is bewaard in de dossieropslag")).to_be_visible(timeout=60_000)
        browser.close()

    assert "[PERSOON-" in redacted and "[PERSOON-" in markdown
    assert [i for i in identifiers if i in redacted or i in markdown] == []
    assert json.loads(redacted)["readiness"] == json.loads(plain)["readiness"]
    with CaseStore() as store:
        saved = json.dumps(store.latest_analysis("01_hoekstra_logistiek"), ensure_ascii=False)
        exports = [e["detail"]["what"] for e in store.audit_log("01_hoekstra_logistiek") if e["action"] == "export"]
    assert all(i in saved for i in identifiers)
    assert sorted(set(exports)) == ["json", "md"]


# axe-core impact levels that fail the check; "minor" and "moderate" ones are listed in the artefact, not failed.
BLOCKING_IMPACT = ("serious", "critical")
TABS = ("Overzicht", "Feiten", "Tijdlijn", "Documenten", "Kosten", "Downloads")


def test_every_tab_passes_an_axe_accessibility_check_and_is_photographed_at_two_widths(server):
    """axe-core (through axe-playwright-python) on each tab of an analysed dossier: no serious or critical violations.
    Screenshots at 1440 and 1024 px wide are kept in test-artifacts/ to be looked at."""
    from axe_playwright_python.sync_playwright import Axe

    ARTIFACTS.mkdir(exist_ok=True)
    axe, report = Axe(), []
    with sync_playwright() as playwright:
        browser = launch(playwright)
        for width in (1440, 1024):
            page = open_sample(browser, server, "03_brouwer_groothandel", width)
            for tab in TABS:
                page.get_by_role("tab", name=tab).click()
                page.wait_for_timeout(1500)
                page.screenshot(path=str(ARTIFACTS / f"tab-{tab.lower()}-{width}.png"), full_page=True)
                if width == 1440:
                    violations = axe.run(page).response["violations"]
                    report += [
                        {
                            "tab": tab,
                            "id": v["id"],
                            "impact": v["impact"],
                            "help": v["help"],
                            "nodes": [(n["target"], n.get("failureSummary", "")[-160:]) for n in v["nodes"]],
                        }  # fmt: skip
                        for v in violations
                    ]
            page.close()
        browser.close()
    (ARTIFACTS / "axe-violations.json").write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    assert [v for v in report if v["impact"] in BLOCKING_IMPACT] == []
    assert all((ARTIFACTS / f"tab-{tab.lower()}-1024.png").stat().st_size > 20_000 for tab in TABS)


def test_a_lawyer_notes_a_requirement_saves_the_case_and_sees_the_comparison_on_reopening(server):
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = open_sample(browser, server, "03_brouwer_groothandel")
        page.get_by_label("Notitie", exact=True).fill("Vacatureoverzicht van de groep opvragen bij HR.")
        page.get_by_role("button", name="Notitie bewaren").click()
        expect(page.get_by_text("De notitie is bewaard.")).to_be_visible(timeout=60_000)
        expect(page.get_by_text("Het hele dossier (", exact=False).first).to_be_visible()
        page.get_by_role("tab", name="Downloads").click()
        page.get_by_role("button", name="Bewaar deze analyse in de dossieropslag").click()
        expect(page.get_by_text("is bewaard in de dossieropslag")).to_be_visible(timeout=60_000)
        page.get_by_role("button", name="03_brouwer_groothandel").click()
        expect(page.get_by_text("Vergeleken met de bewaarde versie van").first).to_be_visible(timeout=120_000)
        expect(page.get_by_text("Geen verschil met de bewaarde versie.").first).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "dashboard-versions-notes.png"), full_page=True)
        browser.close()


SAMPLE_FORECASTS = {
    "01_hoekstra_logistiek": "Een kantonrechter ontbindt naar verwachting op de d-grond",
    "02_kroon_makelaardij": "Een kantonrechter wijst een verzoek op de d-grond naar verwachting af",
    "03_brouwer_groothandel": "Een kantonrechter wijst een verzoek op de d-grond naar verwachting af",
    "04_bakkerij_korenschoof": "Of een kantonrechter op de d-grond ontbindt, hangt af van",
    "05_quantix_tech": "Of een kantonrechter op de d-grond ontbindt, hangt af van",
}


def test_on_each_sample_the_forecast_is_the_first_thing_under_the_dossier_name(server):
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": 1440, "height": 1000})
        page.goto(server)
        for name, forecast in SAMPLE_FORECASTS.items():
            page.get_by_role("button", name=name).click()
            heading = page.get_by_role("heading", name=f"Dossier: {name}")
            expect(heading).to_be_visible(timeout=120_000)
            # the block right after the name holds the verdict and the forecast
            after = heading.locator(
                "xpath=ancestor::div[@data-testid='stElementContainer'][1]/following-sibling::div[1]"
            )
            expect(after).to_contain_text(forecast, timeout=60_000)
        browser.close()


def sign_in(context, server: str, name: str, password: str):
    page = context.new_page()
    page.goto(server)
    page.get_by_label("Gebruikersnaam").fill(name)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_text(f"Aangemeld als {name}")).to_be_visible(timeout=60_000)
    return page


def test_user_b_cannot_see_open_download_or_learn_of_user_a_s_case(private_data_home):
    """Two users of different teams on one served dashboard (local sign-in). Anna saves a case with a note; Bram finds
    no trace of it: not among the saved cases, not as an earlier version or as notes when he opens a dossier of the
    same name, not in the audit log or its export, not by URL; he cannot read folders on the server, and saving his
    own analysis under that name simply works (a name taken elsewhere would tell him it exists)."""
    from analyzer.access import add_user
    from analyzer.store import CaseStore

    users = private_data_home / "users.toml"
    add_user(users, "anna", ["noord"], "anna-wachtwoord")
    add_user(users, "bram", ["zuid"], "bram-wachtwoord")
    case = "01_hoekstra_logistiek"
    served = running_app(private_data_home, DOSSIER_ANALYZER_ACCESS="local", DOSSIER_ANALYZER_USERS=str(users))
    with served as url, sync_playwright() as playwright:
        browser = launch(playwright)
        anna = sign_in(browser.new_context(), url, "anna", "anna-wachtwoord")
        anna.get_by_role("button", name=case).click()
        expect(anna.get_by_text("Oordeel").first).to_be_visible(timeout=120_000)
        anna.get_by_label("Notitie", exact=True).fill("Geheime notitie van team noord.")
        anna.get_by_role("button", name="Notitie bewaren").click()
        expect(anna.get_by_text("De notitie is bewaard.")).to_be_visible(timeout=60_000)
        anna.get_by_role("tab", name="Downloads").click()
        # the tab renders its exports first (the button is redrawn until they are done: slow on a loaded CI machine)
        anna.get_by_role("button", name="Bewaar deze analyse in de dossieropslag").click(timeout=90_000)
        expect(anna.get_by_text("is bewaard in de dossieropslag")).to_be_visible(timeout=60_000)

        bram = sign_in(browser.new_context(), url, "bram", "bram-wachtwoord")  # another person, another session
        expect(bram.get_by_label("Of een map op deze computer")).to_have_count(0)
        bram.get_by_text("Batch", exact=True).click()
        expect(bram.get_by_text("Upload een .zip met één map")).to_be_visible(timeout=60_000)
        expect(bram.get_by_text("Bewaarde dossiers")).to_have_count(0)
        bram.goto(f"{url}/?case={case}&dossier={case}")
        bram.get_by_label("Gebruikersnaam").fill("bram")  # a new page is a new session: sign in again
        bram.get_by_label("Wachtwoord").fill("bram-wachtwoord")
        bram.get_by_role("button", name="Aanmelden").click()
        expect(bram.get_by_text("Kies links een voorbeelddossier")).to_be_visible(timeout=60_000)
        bram.get_by_role("button", name=case).click()
        expect(bram.get_by_text("Oordeel").first).to_be_visible(timeout=120_000)
        expect(bram.get_by_text("Vergeleken met de bewaarde versie")).to_have_count(0)
        expect(bram.get_by_text("Geheime notitie")).to_have_count(0)
        bram.get_by_role("tab", name="Downloads").click()
        log = _download(bram, "Logboek (CSV)")
        bram.get_by_role("button", name="Bewaar deze analyse in de dossieropslag").click()
        expect(bram.get_by_text("is bewaard in de dossieropslag")).to_be_visible(timeout=60_000)
        body = bram.locator("body").inner_text()
        anna_log = _download(anna, "Logboek (CSV)")
        browser.close()
    assert "bram" in log and "anna" not in log and "noord" not in log
    assert "anna" not in body and "noord" not in body and "Geheime notitie" not in body
    assert "anna" in anna_log and "bram" not in anna_log and "zuid" not in anna_log
    with CaseStore() as store:
        assert sorted((c["name"], c["team"]) for c in store.cases()) == [(case, "noord"), (case, "zuid")]


def test_without_sign_in_the_dashboard_refuses_to_serve_beyond_this_computer_unless_told(private_data_home):
    with running_app(private_data_home, address="0.0.0.0") as url, sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page()
        page.goto(url)
        expect(page.get_by_text("Het dashboard draait zonder aanmelding maar is bereikbaar via 0.0.0.0")).to_be_visible(
            timeout=60_000
        )
        expect(page.get_by_role("button", name="01_hoekstra_logistiek")).to_have_count(0)
        browser.close()
    told = running_app(private_data_home, address="0.0.0.0", DOSSIER_ANALYZER_ALLOW_OPEN="1")
    with told as url, sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page()
        page.goto(url)
        expect(page.get_by_role("button", name="01_hoekstra_logistiek")).to_be_visible(timeout=60_000)
        browser.close()


def test_an_upload_over_the_file_limit_is_refused_in_dutch_and_nothing_is_analysed(private_data_home):
    limited = running_app(private_data_home, DOSSIER_ANALYZER_MAX_UPLOAD_FILES="2")
    with limited as url, sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url)
        expect(page.get_by_text("Kies links een voorbeelddossier")).to_be_visible(timeout=60_000)
        files = sorted(p for p in (ROOT / "sample_dossiers" / "02_kroon_makelaardij").iterdir() if p.is_file())[:3]
        page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files([str(p) for p in files])
        page.get_by_role("button", name="Analyseer upload").click()
        expect(page.get_by_text("Deze upload heeft 3 bestanden; het maximum is 2 per keer.")).to_be_visible(
            timeout=60_000
        )
        expect(page.get_by_text("Oordeel")).to_have_count(0)
        browser.close()
