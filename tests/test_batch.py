"""Many dossiers at once: an uploaded zip of cases, one result per case."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from analyzer.batch import analyze_cases, find_cases, unpack

REPO = Path(__file__).parents[1]
SAMPLES = REPO / "sample_dossiers"


def test_a_zip_of_cases_unpacks_into_one_folder_per_case_and_never_outside(tmp_path: Path):
    archive = tmp_path / "batch.zip"
    shutil.make_archive(str(tmp_path / "case_b"), "zip", SAMPLES / "02_kroon_makelaardij")
    with zipfile.ZipFile(archive, "w") as z:
        for path in sorted((SAMPLES / "05_quantix_tech").rglob("*")):
            if path.is_file():
                z.write(path, "case_a/" + path.relative_to(SAMPLES / "05_quantix_tech").as_posix())
        z.write(tmp_path / "case_b.zip", "case_b.zip")
        z.writestr("../../ontsnapt.txt", "dit mag niet buiten de map komen")
    root = unpack(archive, tmp_path / "uitgepakt")
    assert not (tmp_path / "ontsnapt.txt").exists() and (root / "ontsnapt.txt").exists()
    assert [p.name for p in find_cases(root)] == ["case_a", "case_b.zip"]
    results = list(analyze_cases(root))
    assert [(r.name, r.report["readiness"]["verdict"]) for r in results] == [
        ("case_a", "at_risk"),
        ("case_b", "not_ready"),
    ]
    assert results[1].report["dossier"]["files"] == 9


def _three_cases(tmp_path: Path) -> Path:
    root = tmp_path / "zaken"
    for name in ("01_hoekstra_logistiek", "02_kroon_makelaardij", "05_quantix_tech"):
        shutil.copytree(SAMPLES / name, root / name)
    return root


def test_batch_command_writes_one_row_per_dossier(tmp_path: Path):
    import pandas as pd
    from click.testing import CliRunner

    from analyzer.cli import main

    root = _three_cases(tmp_path)
    out = tmp_path / "batch.xlsx"
    result = CliRunner().invoke(main, ["batch", str(root), "--format", "xlsx", "-o", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert [line.split(" — ")[0] for line in result.stderr.splitlines()] == [  # no terminal: plain lines, no bar
        "Dossiers: 0 van 3 klaar",
        "Dossiers: 1 van 3 klaar, laatste: 01_hoekstra_logistiek",
        "Dossiers: 2 van 3 klaar, laatste: 02_kroon_makelaardij",
        "Dossiers: 3 van 3 klaar, laatste: 05_quantix_tech",
        f"3 dossiers; tabel geschreven naar {out}",
    ]
    table = pd.read_excel(out)
    assert list(table["dossier"]) == ["01_hoekstra_logistiek", "02_kroon_makelaardij", "05_quantix_tech"]
    assert list(table["oordeel"]) == ["Gereed voor de kantonrechter", "Niet gereed", "Risicovol"]
    assert list(table["documenten"]) == [15, 9, 13]
    assert list(table["Herplaatsing"]) == ["voldaan", "niet voldaan", "twijfelachtig"]


def test_an_interrupted_batch_resumes_without_redoing_finished_dossiers(tmp_path: Path, monkeypatch, new_database):
    import analyzer.batch as batch
    from analyzer.pipeline import AnalysisSettings, ProgressEvent
    from analyzer.store import CaseStore

    root = _three_cases(tmp_path)
    url = new_database()
    analysed: list[str] = []
    real_analyze = batch.analyze
    monkeypatch.setattr(batch, "analyze", lambda path, *args: analysed.append(path.name) or real_analyze(path, *args))

    def stop_at_second(event: ProgressEvent) -> None:
        if event.done == 1:
            raise KeyboardInterrupt  # the user presses Ctrl-C after the first dossier is stored

    with CaseStore(url) as store, pytest.raises(KeyboardInterrupt):
        batch.run_batch(root, store, AnalysisSettings(workers=1), stop_at_second)
    assert analysed == ["01_hoekstra_logistiek"]
    with CaseStore(url) as store:  # a restart
        rows = batch.run_batch(root, store, AnalysisSettings(workers=1))
    assert analysed == ["01_hoekstra_logistiek", "02_kroon_makelaardij", "05_quantix_tech"]
    assert [r["dossier"] for r in rows] == ["01_hoekstra_logistiek", "02_kroon_makelaardij", "05_quantix_tech"]


def test_one_worker_two_workers_and_a_dask_cluster_give_the_same_rows(tmp_path: Path):
    from dask.distributed import LocalCluster

    from analyzer.batch import run_batch
    from analyzer.pipeline import AnalysisSettings
    from analyzer.store import CaseStore

    root = _three_cases(tmp_path)
    rows = {}
    for label, workers in (("een", 1), ("twee", 2)):
        with CaseStore(f"sqlite:///{tmp_path / label}.sqlite") as store:
            rows[label] = run_batch(root, store, AnalysisSettings(workers=workers))
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, CaseStore(f"sqlite:///{tmp_path / 'dask'}.sqlite") as store:
        # no cache: every case is read on the cluster's (daemonic) worker processes, not taken from the runs above
        settings = AnalysisSettings(workers=2, use_cache=False)
        rows["dask"] = run_batch(root, store, settings, scheduler=cluster.scheduler_address)
    assert rows["een"] == rows["twee"] == rows["dask"]
    assert [r["oordeel"] for r in rows["dask"]] == ["Gereed voor de kantonrechter", "Niet gereed", "Risicovol"]


WRITER = """
import sys
from pathlib import Path
from analyzer.batch import run_batch
from analyzer.pipeline import AnalysisSettings
from analyzer.store import CaseStore
with CaseStore(sys.argv[2]) as store:
    run_batch(Path(sys.argv[1]), store, AnalysisSettings(workers=1, use_cache=False))
"""


def _small_cases(root: Path, prefix: str, count: int) -> Path:
    """`count` one-letter dossiers, each a written warning of its own."""
    for number in range(1, count + 1):
        folder = root / f"{prefix}{number:02d}"
        folder.mkdir(parents=True)
        (folder / "waarschuwing.txt").write_text(
            f"Datum: {number % 28 + 1} maart 2024\\nBetreft: schriftelijke waarschuwing\\n\\nBeste medewerker {prefix}{number},\\n\\n"
            "Je rapportages waren in februari drie keer te laat. Wij geven je hierbij een schriftelijke waarschuwing; "
            "verbetert dit niet, dan kan dit leiden tot ontslag.\\n\\nMet vriendelijke groet,\\nHR",
            encoding="utf-8",
        )
    return root


def _stored(database: str) -> tuple[list[str], list[str]]:
    """Case names of every saved analysis and of every finished batch case, straight from the database."""
    from sqlalchemy import create_engine, text

    engine = create_engine(database)
    with engine.connect() as conn:
        analyses = sorted(r[0] for r in conn.execute(text("SELECT case_name FROM analyses")))
        finished = sorted(r[0] for r in conn.execute(text("SELECT case_name FROM batch_cases")))
    engine.dispose()
    return analyses, finished


def test_two_batches_writing_to_one_database_at_once_lose_nothing_and_duplicate_nothing(tmp_path, new_database):
    database = new_database()
    roots = [_small_cases(tmp_path / side, side, 50) for side in ("a", "b")]
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(root), database], cwd=REPO) for root in roots]
    assert [w.wait(timeout=600) for w in writers] == [0, 0]
    expected = sorted(f"{side}{n:02d}" for side in ("a", "b") for n in range(1, 51))
    assert _stored(database) == (expected, expected)


def test_a_batch_killed_mid_write_leaves_no_half_written_case_and_resumes(tmp_path, new_database):
    """SIGKILL while the batch writes: every saved report has its finished batch row and the other way round;
    the resumed batch analyses only what is missing, so each case is stored exactly once."""
    database = new_database()
    root = _small_cases(tmp_path / "zaken", "c", 30)
    # its own process group: the kill takes the batch's helper processes with it (none is left behind, orphaned)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(root), database], cwd=REPO, start_new_session=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            if len(_stored(database)[1]) >= 5:
                break
        except Exception:  # the tables are not there yet
            pass
        time.sleep(0.05)
    os.killpg(writer.pid, signal.SIGKILL)
    writer.wait(timeout=60)
    analyses, finished = _stored(database)
    assert 5 <= len(finished) < 30 and analyses == finished
    subprocess.run([sys.executable, "-c", WRITER, str(root), database], cwd=REPO, check=True, timeout=600)
    expected = sorted(f"c{n:02d}" for n in range(1, 31))
    assert _stored(database) == (expected, expected)


def test_a_batch_saves_under_its_team_beside_another_teams_case_of_the_same_name(tmp_path: Path, new_database):
    import builders

    from analyzer.batch import run_batch
    from analyzer.pipeline import AnalysisSettings
    from analyzer.store import CaseStore

    for case in ("jansen", "pietersen"):
        builders.write(tmp_path / "map" / case, "notitie.txt", f"Gesprek met {case} op 3 maart 2024.".encode())
    with CaseStore(new_database()) as store:
        store.save_analysis(
            "jansen", {"dossier": {"name": "jansen"}}, source="/elders", fingerprint="x", team="fiscaal"
        )
        rows = run_batch(tmp_path / "map", store, AnalysisSettings(workers=1, use_cache=False), team="arbeid")
        assert [(row["dossier"], row["oordeel"] != "fout") for row in rows] == [("jansen", True), ("pietersen", True)]
        assert [(c["name"], c["team"], c["analyses"]) for c in store.cases()] == [
            ("jansen", "arbeid", 1),
            ("jansen", "fiscaal", 1),
            ("pietersen", "arbeid", 1),
        ]
        assert store.latest_analysis("jansen", teams=["fiscaal"]) == {"dossier": {"name": "jansen"}}
        assert store.latest_analysis("jansen", teams=["arbeid"])["dossier"]["name"] == "jansen"
