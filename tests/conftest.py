import sys
from pathlib import Path

import pytest

# Test helpers (builders.py) live beside the tests.
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(autouse=True)
def private_data_home(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's corrections or model."""
    home = tmp_path_factory.mktemp("data-home")
    monkeypatch.setenv("DOSSIER_ANALYZER_HOME", str(home))
    return home
