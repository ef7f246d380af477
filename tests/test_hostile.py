"""Hostile and broken inputs: every file accounted for, nothing crashes or hangs, nothing leaves the machine."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import zipfile
from pathlib import Path

import builders
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer.dates import find_document_date
from analyzer.dossier import Page, SourceFile
from analyzer.ingest import IngestSettings, extract
from analyzer.pipeline import AnalysisSettings, analyze
from analyzer.report import build_report, validate_report
from analyzer.segment import segment_pages

# Examples per fuzz test: bounded in the suite; `FUZZ_EXAMPLES=20000 pytest tests/test_hostile.py -k fuzz` runs longer.
FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))
PDF = builders.text_pdf(["Schriftelijke waarschuwing\nGeachte heer Bos,", "Met vriendelijke groet,"])


def bad_inputs(folder: Path) -> list[str]:
    """Write the bad-input corpus; returns the relative paths of the input files as the user sees them."""
    files = {
        "leeg.pdf": b"",
        "afgebroken.pdf": PDF[: len(PDF) // 2],
        "rommel.pdf": b"%PDF-1.4\n" + bytes(range(256)) * 20,
        "wachtwoord.pdf": builders.text_pdf(["geheim"], user_password="x"),
        "alleen-eigenaar.pdf": builders.text_pdf(["Beoordeling 2023"], owner_password="baas"),
        "programma.pdf": b"MZ\x90\x00\x03" + bytes(500),
        "niet-utf8.txt": "Notitie: overleg met Zoë, één punt".encode("cp1252"),
        "kapotte kop.eml": b"From: =?utf-8?q?broken\nSubject: =?x-unknown?b?????=\nDate: gisteren\n\n\xff\xfe body",
        "macro's.docm": b"PK\x03\x04 docm",
        "naam met spaties en ü.txt": b"Verslag gesprek 3 maart 2024",
        "onbekend.xyz": b"\x00\x01",
        "macro.docx": builders.docx_bytes(["Verslag met macro", "Datum: 4 maart 2024"]),
    }
    for name, data in files.items():
        builders.write(folder, name, data)
    with zipfile.ZipFile(folder / "macro.docx", "a") as docx_file:  # a macro project: never run, text still read
        docx_file.writestr("word/vbaProject.bin", b'\xd0\xcf\x11\xe0 Sub AutoOpen() Shell("calc") End Sub')
    with zipfile.ZipFile(folder / "genest.zip", "w") as archive:
        archive.writestr("../uitbraak.txt", "pad buiten de map")
        archive.writestr("/absoluut.txt", "absoluut pad")
        archive.writestr("binnen.zip", _inner_zip())
    return sorted([*files, "genest.zip/../uitbraak.txt", "genest.zip/absoluut.txt", "genest.zip/binnen.zip/diep.txt"])


def _inner_zip() -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("diep.txt", "Notitie in een zip in een zip")
    return buffer.getvalue()


def test_every_bad_input_is_reported_with_a_dutch_message_and_the_rest_is_analysed(tmp_path: Path):
    folder = tmp_path / "vijandig"
    expected = bad_inputs(folder)
    report = build_report(analyze(folder, AnalysisSettings(workers=1, use_cache=False)))
    validate_report(report)
    listed = sorted({d["file"] for d in report["documents"]})
    assert listed == expected
    assert report["dossier"]["files"] == len(expected)
    failed = {d["file"]: d["error"] for d in report["documents"] if d["extraction"] == "failed"}
    assert set(failed) == {
        "leeg.pdf",
        "afgebroken.pdf",
        "rommel.pdf",
        "wachtwoord.pdf",
        "programma.pdf",
        "macro's.docm",
        "onbekend.xyz",
    }
    assert all(message and message[0].isupper() and message.endswith(".") for message in failed.values())
    readable = {d["file"] for d in report["documents"] if d["extraction"] != "failed"}
    assert {
        "alleen-eigenaar.pdf",
        "niet-utf8.txt",
        "kapotte kop.eml",
        "naam met spaties en ü.txt",
        "macro.docx",
        "genest.zip/binnen.zip/diep.txt",
    } <= readable


@pytest.fixture
def connection_attempts(monkeypatch) -> list[object]:
    """Blocks every outgoing network connection and records the attempts: personnel data must stay on this machine.
    A Unix socket (the dashboard's fork server hands out its workers over one) never leaves the machine."""
    attempts: list[object] = []
    connect, connect_ex = socket.socket.connect, socket.socket.connect_ex

    def refuse(self, address, *args, **kwargs):
        attempts.append(address)
        raise OSError("netwerk is in deze test verboden")

    def local_only(real):
        def guarded(self, address, *args, **kwargs):
            if self.family == socket.AF_UNIX:
                return real(self, address, *args, **kwargs)
            return refuse(self, address)

        return guarded

    monkeypatch.setattr(socket.socket, "connect", local_only(connect))
    monkeypatch.setattr(socket.socket, "connect_ex", local_only(connect_ex))
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, a))
    return attempts


def test_a_full_analysis_opens_no_network_connection(connection_attempts):
    dossier = Path(__file__).parents[1] / "sample_dossiers" / "03_brouwer_groothandel"
    report = build_report(analyze(dossier, AnalysisSettings(workers=1, use_cache=False)))
    assert report["readiness"]["verdict"] == "not_ready"
    assert connection_attempts == []


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(["a.pdf", "b.docx", "c.eml", "d.txt", "e.msg", "f.zip", "g"]), data=st.binary(max_size=4000)
)
def test_fuzz_any_bytes_under_any_name_never_raise(name, data):
    items = extract(SourceFile(name, data), IngestSettings(ocr_enabled=False))
    assert items and all(isinstance(i.error, str) or i.pages for i in items)


@settings(max_examples=FUZZ_EXAMPLES, deadline=None)
@given(st.lists(st.text(max_size=400), min_size=1, max_size=12))
def test_fuzz_segmentation_covers_every_page_exactly_once(texts):
    pages = tuple(Page(i + 1, t) for i, t in enumerate(texts))
    segments = segment_pages(pages)
    covered = [i for s in segments for i in range(s.start, s.end)]
    assert covered == list(range(len(pages)))


@settings(max_examples=FUZZ_EXAMPLES, deadline=None)
@given(st.text(max_size=600))
def test_fuzz_dates_never_raise_and_stay_in_range(text):
    finding = find_document_date(text)
    assert finding is None or 1990 <= finding.date.year <= 2100


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "latin-1"])
def test_text_files_in_other_encodings_are_read(tmp_path: Path, encoding: str):
    (item,) = extract(SourceFile("n.txt", "Gespreksverslag: Zoë en Anaïs".encode(encoding)), IngestSettings())
    assert item.pages[0].text == "Gespreksverslag: Zoë en Anaïs"


def test_pages_beyond_the_limit_are_not_read_and_the_report_says_so():
    data = builders.text_pdf([f"Pagina-inhoud {n}" for n in range(1, 13)])
    (item,) = extract(SourceFile("lang.pdf", data), IngestSettings(max_pages_per_file=5))
    assert [p.number for p in item.pages] == [1, 2, 3, 4, 5]
    assert item.warnings == ("Alleen de eerste 5 van 12 pagina's zijn gelezen (instelbare limiet).",)


def test_scanned_pages_beyond_the_ocr_limit_are_not_ocrd():
    data = builders.scanned_pdf(["Verslag gesprek een", "Verslag gesprek twee"])
    (item,) = extract(SourceFile("scan.pdf", data), IngestSettings(max_ocr_pages=1))
    assert [p.ocr for p in item.pages] == [True, False]
    assert item.warnings == (
        "Pagina 2 is gescand maar niet herkend: meer dan 1 gescande pagina's per bestand (instelbare limiet).",
    )


def test_a_giant_page_is_rendered_smaller_or_refused_never_at_full_size():
    from analyzer.ingest.pdf import ocr_resolution

    settings = IngestSettings()
    assert ocr_resolution(595, 842, settings) == 300  # A4
    assert ocr_resolution(1684, 2384, settings) == 227  # A1: lower resolution, same pixel budget
    assert ocr_resolution(14400, 14400, settings) is None  # 200 x 200 inch: a decompression bomb


def test_a_zip_bomb_member_is_refused_without_unpacking_it_whole(tmp_path: Path):
    archive = tmp_path / "bom.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("nullen.txt", bytes(30 * 1024 * 1024))
        z.writestr("gewoon.txt", "Notitie")
    report = build_report(
        analyze(
            archive, AnalysisSettings(workers=1, use_cache=False, ingest=IngestSettings(max_file_bytes=1024 * 1024))
        )
    )
    errors = {d["file"]: d["error"] for d in report["documents"]}
    assert errors == {
        "gewoon.txt": None,
        "nullen.txt": "Dit bestand in het zip-bestand is uitgepakt te groot (instelbare limiet) en is niet gelezen.",
    }


def test_a_dossier_holding_a_bsn_gets_a_privacy_warning(tmp_path: Path):
    folder = tmp_path / "d"
    builders.write(folder, "contract.txt", b"Arbeidsovereenkomst\nNaam: P. de Vries\nBSN: 1112.22.333\n")
    builders.write(folder, "notitie.txt", b"Notitie: telefoonnummer 0612345678")
    warnings = build_report(analyze(folder, AnalysisSettings(workers=1, use_cache=False)))["warnings"]
    assert [w for w in warnings if "burgerservicenummer" in w] == [
        "Privacy (AVG): D001 bevat een burgerservicenummer (BSN); verwijder of maskeer het in stukken die het "
        "dossier verlaten."
    ]


def test_redacted_export_keeps_no_original_identifier():
    from click.testing import CliRunner

    from analyzer.cli import main

    dossier = Path(__file__).parents[1] / "sample_dossiers" / "01_hoekstra_logistiek"
    plain = CliRunner().invoke(main, ["analyze", str(dossier), "--format", "json"])
    redacted = CliRunner().invoke(main, ["analyze", str(dossier), "--format", "json", "--redact"])
    assert plain.exit_code == 0 and redacted.exit_code == 0, redacted.output
    identifiers = ["Verhoeven", "Mark Verhoeven", "Femke Dijkstra", "Ingrid Post"]
    assert all(i in plain.stdout for i in identifiers)
    assert [i for i in identifiers if i in redacted.stdout] == []
    assert "[PERSOON-1]" in redacted.stdout
    report = json.loads(redacted.stdout)  # progress goes to stderr
    validate_report(report)
    assert report["readiness"] == json.loads(plain.stdout)["readiness"]


def test_a_pdf_of_thousands_of_pages_is_read_up_to_the_limit(tmp_path: Path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=8)
    for number in range(1, 3001):
        pdf.add_page()
        pdf.text(20, 20, f"Bijlage {number}")
    builders.write(tmp_path / "d", "enorm.pdf", bytes(pdf.output()))
    settings = AnalysisSettings(workers=1, use_cache=False, ingest=IngestSettings(max_pages_per_file=40))
    report = build_report(analyze(tmp_path / "d", settings))
    assert report["dossier"] == {
        "name": "d",
        "files": 1,
        "pages": 40,
        "inputs": [
            {"file": "enorm.pdf", "sha256": hashlib.sha256((tmp_path / "d" / "enorm.pdf").read_bytes()).hexdigest()}
        ],
    }
    assert "enorm.pdf: Alleen de eerste 40 van 3000 pagina's zijn gelezen (instelbare limiet)." in report["warnings"]


def test_a_giant_scanned_page_is_refused_not_rendered(tmp_path: Path):
    import io

    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF(unit="pt", format=(14400, 14400))  # 200 x 200 inch
    pdf.add_page()
    buffer = io.BytesIO()
    Image.new("L", (50, 50), 255).save(buffer, format="PNG")
    pdf.image(buffer, x=0, y=0, w=14400, h=14400)
    (item,) = extract(SourceFile("bom.pdf", bytes(pdf.output())), IngestSettings())
    assert item.warnings == ("Pagina 1 is te groot om te herkennen (mogelijk een opzettelijk opgeblazen afbeelding).",)


def test_a_symlink_out_of_the_dossier_is_listed_not_followed(tmp_path: Path):
    (tmp_path / "geheim.txt").write_text("buiten het dossier")
    folder = tmp_path / "d"
    builders.write(folder, "notitie.txt", b"Notitie")
    (folder / "link.txt").symlink_to(tmp_path / "geheim.txt")
    report = build_report(analyze(folder, AnalysisSettings(workers=1, use_cache=False)))
    errors = {d["file"]: d["error"] for d in report["documents"]}
    assert errors == {
        "link.txt": "Deze snelkoppeling wijst naar een bestand buiten het dossier en is niet gelezen.",
        "notitie.txt": None,
    }


def test_an_interrupted_analysis_keeps_what_it_read(tmp_path: Path):
    from analyzer.ingest.cache import ExtractionCache
    from analyzer.pipeline import ProgressEvent, extract_dossier

    dossier = Path(__file__).parents[1] / "sample_dossiers" / "02_kroon_makelaardij"
    cache = ExtractionCache(tmp_path / "cache")

    read: list[str] = []

    def stop_after_three(event: ProgressEvent) -> None:
        if event.done:  # a file read whole (one worker) counts once it is finished and kept
            read.append(event.detail)
        if len(read) == 3:
            raise KeyboardInterrupt  # Ctrl-C after three files are read

    with pytest.raises(KeyboardInterrupt):
        extract_dossier(dossier, AnalysisSettings(workers=1), stop_after_three, cache=cache)
    resumed = ExtractionCache(tmp_path / "cache")
    extract_dossier(dossier, AnalysisSettings(workers=1), cache=resumed)
    assert (resumed.hits, resumed.misses) == (3, 6)


VALID = {
    "brief.pdf": PDF,
    "verslag.docx": builders.docx_bytes(["Verslag", "Datum: 3 maart 2024"], table=[["Doel", "Score"], ["A", "2"]]),
    "mail.eml": builders.eml_bytes(
        sender="a@b.nl",
        to="c@d.nl",
        date="Tue, 12 Mar 2024 09:14:00 +0100",
        subject="Verbeterplan",
        body="Zie bijlage.",
        attachments=[("plan.pdf", PDF, "application/pdf")],
    ),
}


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(sorted(VALID)),
    cut=st.floats(min_value=0.05, max_value=1.0),
    flips=st.lists(st.tuples(st.floats(min_value=0, max_value=1), st.integers(0, 255)), max_size=30),
)
def test_fuzz_damaged_real_files_never_raise(name, cut, flips):
    """Real files, truncated and with bytes flipped: what a broken copier or a hostile sender produces."""
    data = bytearray(VALID[name][: max(1, int(len(VALID[name]) * cut))])
    for where, value in flips:
        data[min(len(data) - 1, int(where * len(data)))] = value
    items = extract(SourceFile(name, bytes(data)), IngestSettings(ocr_enabled=False))
    assert items and all(isinstance(i.error, str) or i.pages for i in items)


def test_the_dashboard_analysis_path_opens_no_network_connection(connection_attempts):
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(str(Path(__file__).parents[1] / "app.py"), default_timeout=180).run()
    app.sidebar.button(key="sample-02_kroon_makelaardij").click().run()
    assert not app.exception and next(m.value for m in app.metric if m.label == "Oordeel") == "Niet gereed"
    assert connection_attempts == []


def _hangs_on_one(source, settings):
    """A .txt reader that never returns for one file: stands for a file that makes a parser loop."""
    import time as clock

    from analyzer.ingest.txt import read_txt

    if source.path == "traag.txt":
        clock.sleep(60)
    return read_txt(source, settings)


def test_a_file_that_hangs_is_given_up_and_the_others_are_still_read(tmp_path: Path, monkeypatch):
    import sys
    import time as clock

    extract_module = sys.modules["analyzer.ingest.extract"]  # the package re-exports a function of that name
    monkeypatch.setitem(extract_module.READERS, ".txt", ("txt", _hangs_on_one))  # forked workers inherit it
    folder = tmp_path / "d"
    for name in ("a.txt", "traag.txt", "z.txt"):
        builders.write(folder, name, f"Notitie {name}".encode())
    started = clock.monotonic()
    settings = AnalysisSettings(workers=1, use_cache=False, ingest=IngestSettings(file_timeout_s=2))
    report = build_report(analyze(folder, settings))
    assert clock.monotonic() - started < 30
    errors = {d["file"]: d["error"] for d in report["documents"]}
    assert errors == {
        "a.txt": None,
        "traag.txt": "Het lezen van dit bestand duurde langer dan 2 seconden (instelbare limiet) en is afgebroken; "
        "controleer het bestand of lever het opnieuw aan.",
        "z.txt": None,
    }


def _dies_on_one(source, settings):
    """A .txt reader whose process is killed on one file: stands for a crash inside a C library (Tesseract,
    pdfium) or the system ending a worker that ran out of memory."""
    import os
    import signal

    from analyzer.ingest.txt import read_txt

    if source.path == "kapot.txt":
        os.kill(os.getpid(), signal.SIGKILL)
    return read_txt(source, settings)


def test_a_file_that_kills_its_worker_is_listed_and_the_files_after_it_are_still_read(tmp_path: Path, monkeypatch):
    import sys

    extract_module = sys.modules["analyzer.ingest.extract"]
    monkeypatch.setitem(extract_module.READERS, ".txt", ("txt", _dies_on_one))  # forked workers inherit it
    folder = tmp_path / "d"
    for name in ("a.txt", "kapot.txt", "x.txt", "z.txt"):
        builders.write(folder, name, f"Notitie {name}".encode())
    report = build_report(analyze(folder, AnalysisSettings(workers=2, use_cache=False)))
    errors = {d["file"]: d["error"] for d in report["documents"]}
    assert errors == {
        "a.txt": None,
        "kapot.txt": "Dit bestand kon door een onverwachte fout niet worden gelezen; controleer of het bestand heel is.",
        "x.txt": None,
        "z.txt": None,
    }
