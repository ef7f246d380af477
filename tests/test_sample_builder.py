"""`make samples` rebuilds the shipped sample dossiers byte for byte: the builder and its dependencies stay usable,
and a change to a sample is made by changing the builder, not the files."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]
SAMPLES = ROOT / "sample_dossiers"


def test_the_builder_rebuilds_every_sample_file_byte_for_byte(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # keep scripts/ free of __pycache__
    import build_sample_dossiers as engine

    monkeypatch.setattr(engine, "OUT", tmp_path)
    engine.main([])
    built = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    shipped = {p.relative_to(SAMPLES): p.read_bytes() for p in SAMPLES.rglob("*") if p.is_file()}
    # every file of a dossier is built (the annotated facts in _expected/ are written by hand, not built)
    assert sorted(str(n) for n in shipped if n.parts[0] != "_expected") == sorted(str(n) for n in built if n.parts[0] != "_expected")  # fmt: skip
    assert [str(name) for name in built if built[name] != shipped.get(name)] == []
