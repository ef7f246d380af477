"""Many dossiers at once: an uploaded zip of cases, one result per case."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

from analyzer.batch import analyze_cases, find_cases, unpack

SAMPLES = Path(__file__).parents[1] / "sample_dossiers"


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
