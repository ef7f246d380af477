"""A real browser (Playwright driving Debian's Chromium, headless) uses the dashboard like a lawyer would."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

ROOT = Path(__file__).parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
DOSSIER = ROOT / "sample_dossiers" / "03_brouwer_groothandel"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(private_data_home):
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
            "127.0.0.1",
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        env={**os.environ, "DOSSIER_ANALYZER_HOME": str(private_data_home)},
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
    yield url
    process.terminate()
    process.wait(timeout=20)


def test_upload_a_dossier_see_the_verdict_and_open_an_evidence_page(server):
    assert Path(CHROMIUM).exists(), "Debian's chromium must be installed by the README's test command"
    ARTIFACTS.mkdir(exist_ok=True)
    args = [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=args)
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
        page.screenshot(path=str(ARTIFACTS / "dashboard-verdict.png"), full_page=True)
        page.get_by_role("button", name="Ik werk bijna elke week over").first.click()
        expect(page.get_by_text("Bron: D004 — personeelsdossier_compleet.pdf, pagina 6")).to_be_visible(timeout=60_000)
        expect(page.get_by_role("img").first).to_be_visible()
        page.get_by_text("Bron: D004").scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "dashboard-evidence.png"), full_page=True)
        browser.close()
    (ARTIFACTS / "upload-to-verdict-seconds.txt").write_text(f"{seconds:.1f}\n")
    assert (ARTIFACTS / "dashboard-evidence.png").stat().st_size > 50_000
