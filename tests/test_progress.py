"""Progress of long work: pages read as chunks and files finish, the time left, and how the CLI shows it."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import builders
import pytest
from click.testing import CliRunner

from analyzer.batch import analyze_cases, run_batch
from analyzer.cli import StderrProgress, main
from analyzer.dossier import SourceFile
from analyzer.ingest.cache import ExtractionCache
from analyzer.ingest.parallel import extract_all
from analyzer.ingest.settings import IngestSettings
from analyzer.pipeline import AnalysisSettings, ProgressEvent, extract_dossier, progress_text, time_left_text
from analyzer.store import CaseStore

LATER_STAGES = [
    "Documenten splitsen",
    "Datums bepalen",
    "Documenten classificeren",
    "Dubbele documenten zoeken",
    "Feiten lezen en vereisten toetsen",
]


def pages(count: int) -> list[str]:
    return [f"Verslag, pagina {n}\nBesproken: de orders van maart." for n in range(1, count + 1)]


@pytest.fixture
def small_dossier(tmp_path: Path) -> Path:
    """A two-page PDF and a .docx: 3 pages to read."""
    root = tmp_path / "dossier_jansen"
    builders.write(root, "01_brief.pdf", builders.text_pdf(pages(2)))
    builders.write(root, "02_verslag.docx", builders.docx_bytes(["Verslag gesprek", "Datum: 3 maart 2024"]))
    return root


def without_time_left(line: str) -> str:
    return line.split(" — ")[0]


def test_a_pdf_split_over_two_workers_counts_its_pages_chunk_by_chunk_before_the_file_is_done():
    source = SourceFile("groot.pdf", builders.text_pdf(pages(10)))
    seen: list[tuple[str, int, int, int]] = []
    results = []
    for item, result in extract_all(
        [source], IngestSettings(chunk_pages=3), ExtractionCache(None), 2, lambda *told: seen.append(told)
    ):
        results.append((item.path, len(seen)))  # the events heard by the time the file is handed on
        assert len(result[0].pages) == 10
    assert seen[0] == ("", 0, 10, 0)
    done = [d for _, d, _, _ in seen]
    assert done == sorted(done) and seen[-1] == ("groot.pdf", 10, 10, 0)
    # chunks [0, 3) [3, 6) [6, 9) [9, 10): one event each, in the order they finish, all before the file is done
    assert sorted(b - a for a, b in zip(done, done[1:], strict=False)) == [1, 3, 3, 3]
    assert results == [("groot.pdf", 5)]


def test_a_pdf_and_a_docx_count_the_pdfs_pages_and_one_for_the_docx(small_dossier: Path):
    events: list[ProgressEvent] = []
    extract_dossier(small_dossier, AnalysisSettings(workers=1, use_cache=False), events.append)
    assert [(e.stage, e.detail, e.done, e.total, e.reused) for e in events] == [
        ("extract", "", 0, 3, 0),
        ("extract", "01_brief.pdf", 2, 3, 0),
        ("extract", "02_verslag.docx", 3, 3, 0),
    ]


def test_cached_files_count_as_done_at_once_and_out_of_the_time_estimate(small_dossier: Path, tmp_path: Path):
    cache = ExtractionCache(tmp_path / "cache")
    extract_dossier(small_dossier, AnalysisSettings(workers=2), cache=cache)
    events: list[ProgressEvent] = []
    extract_dossier(small_dossier, AnalysisSettings(workers=2), events.append, cache=cache)
    assert [(e.detail, e.done, e.total, e.reused) for e in events] == [
        ("", 0, 3, 0),
        ("01_brief.pdf", 2, 3, 2),
        ("02_verslag.docx", 3, 3, 3),
    ]
    assert [e.seconds_left for e in events] == [None, None, None]


def test_progress_lines_say_pages_dossiers_and_time_left_in_dutch():
    assert progress_text(ProgressEvent("extract", "a.pdf", 37, 200, elapsed=20.0)) == (
        "Tekst lezen: pagina 37 van 200 — nog ongeveer 1 min"
    )
    assert (
        progress_text(ProgressEvent("extract", "a.pdf", 200, 200, elapsed=100.0)) == "Tekst lezen: pagina 200 van 200"
    )
    assert progress_text(ProgressEvent("extract", "", 0, 200)) == "Tekst lezen: pagina 0 van 200"
    assert progress_text(ProgressEvent("segment", "dossier_jansen")) == "Documenten splitsen"
    assert progress_text(ProgressEvent("dossier", "jansen", 1, 3, elapsed=120.0)) == (
        "Dossier 2 van 3: jansen — nog ongeveer 4 min"
    )
    # a resumed batch: 2 of the 3 done were finished before, so one dossier took the 60 seconds
    assert progress_text(ProgressEvent("batch", "pietersen", 3, 4, elapsed=60.0, reused=2)) == (
        "Dossiers: 3 van 4 klaar, laatste: pietersen — nog ongeveer 1 min"
    )
    assert [time_left_text(s) for s in (10, 100, 3600, 3 * 3600 + 5 * 60)] == [
        "nog minder dan een minuut",
        "nog ongeveer 2 min",
        "nog ongeveer 1 uur",
        "nog ongeveer 3 uur 5 min",
    ]


def test_the_cli_writes_plain_progress_lines_to_stderr_when_it_is_no_terminal(small_dossier: Path, monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 2)  # two workers: the PDF is read in two chunks of one page
    result = CliRunner().invoke(main, ["analyze", str(small_dossier), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["dossier"]["name"] == "dossier_jansen"  # stdout: the report only
    assert [without_time_left(line) for line in result.stderr.splitlines()] == [
        "Tekst lezen: pagina 0 van 3",
        "Tekst lezen: pagina 1 van 3",
        "Tekst lezen: pagina 2 van 3",
        "Tekst lezen: pagina 3 van 3",
        *LATER_STAGES,
    ]
    quiet = CliRunner().invoke(main, ["--quiet", "analyze", str(small_dossier), "--format", "json"])
    assert quiet.exit_code == 0 and quiet.stderr == "" and quiet.stdout == result.stdout


def test_on_a_terminal_the_cli_draws_one_bar_for_the_pages_then_a_line_per_stage():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    progress = StderrProgress(screen)
    for done in (0, 1, 2, 3):
        progress(ProgressEvent("extract", "01_brief.pdf", done, 3, elapsed=1.0 + done))
    progress(ProgressEvent("segment", "dossier_jansen"))
    progress.close()
    bar, stage = screen.getvalue().rstrip("\n").rsplit("\n", 1)
    last = bar.split("\r")[-1]
    assert last.startswith("Tekst lezen |") and last.endswith("| 3/3 pagina's")
    assert "1/3 pagina's, nog minder dan een minuut" in bar
    assert stage == "Documenten splitsen"


def test_a_batch_tells_each_dossier_as_it_starts_and_as_it_is_kept(tmp_path: Path):
    root = tmp_path / "zaken"
    for name in ("a_jansen", "b_pietersen"):
        builders.write(root / name, "notitie.txt", b"Verslag functioneringsgesprek 12 maart 2024.")
    settings = AnalysisSettings(workers=1, use_cache=False)
    events: list[ProgressEvent] = []
    assert len(list(analyze_cases(root, settings, events.append))) == 2
    assert [(e.stage, e.detail, e.done, e.total) for e in events if e.stage in ("dossier", "extract")] == [
        ("dossier", "a_jansen", 0, 2),
        ("extract", "", 0, 1),
        ("extract", "notitie.txt", 1, 1),
        ("dossier", "b_pietersen", 1, 2),
        ("extract", "", 0, 1),
        ("extract", "notitie.txt", 1, 1),
    ]
    kept: list[ProgressEvent] = []
    with CaseStore() as store:
        run_batch(root, store, settings, kept.append)
    assert [(e.stage, e.detail, e.done, e.total, e.reused) for e in kept] == [
        ("batch", "", 0, 2, 0),
        ("batch", "a_jansen", 1, 2, 0),
        ("batch", "b_pietersen", 2, 2, 0),
    ]
