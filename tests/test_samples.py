"""The shipped sample dossiers end to end: every file listed, exact page ranges, dates, OCR pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer.evaluation import evaluate_samples, expected_files
from analyzer.ingest.sources import is_system_file
from analyzer.pipeline import analyze
from analyzer.report import build_report, validate_report

SAMPLES = Path(__file__).parents[1] / "sample_dossiers"
NAMES = sorted(p.stem for p in expected_files(SAMPLES))

# Handwritten notes whose OCR loses the date ("Gesprek Kevin 141123", a garbled heading): known misses.
# Empty since scanned pages are cleaned up before OCR (analyzer/ingest/scan.py): the scan's handwritten-style note
# (p. 1, 2023-11-14, on ruled paper) and its p. 8 (2024-08-06) used to be read without their dates.
KNOWN_DATE_MISSES: set[str] = set()


@pytest.fixture(scope="module")
def scores():
    return {score.name: score for score in evaluate_samples(SAMPLES)}


def test_there_are_at_least_four_sample_dossiers_with_the_required_formats():
    files = [p for name in NAMES for p in (SAMPLES / name).rglob("*") if p.is_file()]
    suffixes = {p.suffix.lower() for p in files}
    assert len(NAMES) >= 4
    assert {".pdf", ".docx", ".eml"} <= suffixes
    expected = [json.loads((SAMPLES / "_expected" / f"{n}.json").read_text()) for n in NAMES]
    assert any(d["scanned"] for e in expected for d in e["documents"])
    assert any(sum(d["file"] == doc["file"] for d in e["documents"]) > 3 for e in expected for doc in e["documents"])
    assert all(6 <= len(e["documents"]) <= 15 for e in expected)


@pytest.mark.parametrize("name", NAMES)
def test_every_page_range_of_every_sample_is_exact(scores, name):
    score = scores[name]
    assert score.exact_ranges == score.documents, score.misses


def test_sample_dates(scores):
    misses = {m for s in scores.values() for m in s.misses if m.startswith("datum")}
    assert misses == KNOWN_DATE_MISSES
    total = sum(s.documents for s in scores.values())
    assert sum(s.correct_dates for s in scores.values()) == total - len(KNOWN_DATE_MISSES)


def test_scanned_bundle_report_lists_every_file_and_its_ocr_pages():
    root = SAMPLES / "03_brouwer_groothandel"
    report = build_report(analyze(root))
    validate_report(report)
    files_on_disk = sorted(
        p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and not is_system_file(p.name)
    )
    assert report["dossier"]["files"] == len(files_on_disk)
    assert sorted({d["file"] for d in report["documents"]}) == files_on_disk
    assert report["dossier"]["pages"] == 21
    assert [d["ocr_pages"] for d in report["documents"] if d["ocr_pages"]] == [[15]]


def test_fully_scanned_dossier_is_read_by_ocr():
    report = build_report(analyze(SAMPLES / "04_bakkerij_korenschoof"))
    scan = [d for d in report["documents"] if d["file"] == "scan_personeelsmap_Kevin.pdf"]
    assert [d["pages"] for d in scan] == [[1, 1], [2, 2], [3, 4], [5, 5], [6, 7], [8, 8]]
    assert all(d["extraction"] == "ocr" for d in scan)


# Sample 05's plan has three measurable goals and one vague one, and goal 1 is missed by 2 points; the lawyer's note
# forecasts a split, the rules see concrete goals, coaching and a full 12-week term.
KNOWN_CRITERIA_MISSES = {"vereiste improvement_opportunity: verwacht doubtful, gevonden met"}


@pytest.mark.parametrize("name", NAMES)
def test_each_sample_gets_the_verdict_its_expected_file_states(scores, name):
    assert scores[name].verdict == scores[name].expected_verdict


def test_sample_criteria_agree_with_the_lawyers_conclusions(scores):
    misses = {m for s in scores.values() for m in s.misses if m.startswith("vereiste")}
    assert misses == KNOWN_CRITERIA_MISSES
