"""Parallel reading gives the same result as one process, and a cached re-run reads nothing again."""

from __future__ import annotations

from pathlib import Path

from analyzer.ingest.cache import ExtractionCache
from analyzer.pipeline import AnalysisSettings, analyze, extract_dossier
from analyzer.report import build_report

SAMPLES = Path(__file__).parents[1] / "sample_dossiers"


def test_two_workers_and_one_worker_give_the_same_report():
    bundle = SAMPLES / "03_brouwer_groothandel"
    one = build_report(analyze(bundle, AnalysisSettings(workers=1, use_cache=False)))
    two = build_report(analyze(bundle, AnalysisSettings(workers=2, use_cache=False)))
    # the dashboard's way: workers started from a fork server, not forked from its many-threaded process
    served = build_report(analyze(bundle, AnalysisSettings(workers=2, use_cache=False, worker_start="forkserver")))
    assert one == two == served
    assert [d["pages"] for d in two["documents"]][:4] == [[1, 2], [3, 3], [4, 5], [6, 7]]


def test_a_rerun_of_an_unchanged_dossier_reads_and_ocrs_nothing(tmp_path: Path):
    dossier = SAMPLES / "04_bakkerij_korenschoof"
    cache = ExtractionCache(tmp_path / "cache")
    settings = AnalysisSettings(workers=2)
    first, inputs, _ = extract_dossier(dossier, settings, cache=cache)
    assert (cache.hits, cache.misses) == (0, len(inputs)) == (0, 3)
    again, _, _ = extract_dossier(dossier, settings, cache=cache)
    assert (cache.hits, cache.misses) == (3, 3)
    assert again == first


def test_the_same_bytes_under_another_name_hit_the_cache(tmp_path: Path):
    source = SAMPLES / "02_kroon_makelaardij" / "Verbeterplan Sanne sept 2024.pdf"
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / f"{name}.pdf").write_bytes(source.read_bytes())
    cache = ExtractionCache(tmp_path / "cache")
    extract_dossier(tmp_path / "a", AnalysisSettings(workers=1), cache=cache)
    (result,), _, _ = extract_dossier(tmp_path / "b", AnalysisSettings(workers=1), cache=cache)
    assert cache.hits == 1 and result.path == "b.pdf"
