import os
import sys
from pathlib import Path

import pytest

# Test helpers (builders.py) live beside the tests.
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory):
    """One extraction cache for the whole session: a file is read (and OCR'd) for real the first time any test
    meets it, and taken from the cache after — the sample dossiers are analysed by many tests."""
    return tmp_path_factory.mktemp("extraction-cache")


@pytest.fixture(scope="session", autouse=True)
def session_data_home(tmp_path_factory, shared_cache):
    """Module-scoped fixtures run before any test's own data home is set: they get a private one too, never the
    real user's store, corrections, cache or model."""
    names = ("DOSSIER_ANALYZER_HOME", "DOSSIER_ANALYZER_CACHE")
    saved = {name: os.environ.get(name) for name in names}
    os.environ["DOSSIER_ANALYZER_HOME"] = str(tmp_path_factory.mktemp("session-home"))
    os.environ["DOSSIER_ANALYZER_CACHE"] = str(shared_cache)
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(autouse=True)
def private_data_home(tmp_path_factory, monkeypatch, shared_cache):
    """No test reads or writes the real user's corrections or model. Tests of the cache or of deleting what it
    holds take it back into their data home with `own_cache`."""
    home = tmp_path_factory.mktemp("data-home")
    monkeypatch.setenv("DOSSIER_ANALYZER_HOME", str(home))
    monkeypatch.setenv("DOSSIER_ANALYZER_CACHE", str(shared_cache))
    return home


@pytest.fixture
def own_cache(monkeypatch, private_data_home):
    """The extraction cache back in this test's own data home (empty at the start)."""
    monkeypatch.delenv("DOSSIER_ANALYZER_CACHE")
    return private_data_home / "cache"


@pytest.fixture(scope="session")
def postgres_server():
    """One throw-away PostgreSQL server for the whole session (tests/postgres_server.py); never skipped: without
    PostgreSQL the tests that need it fail with the command that installs it."""
    from postgres_server import PostgresServer

    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def new_database(request, tmp_path):
    """Make an empty case store database, once on SQLite and once on a real PostgreSQL server: `new_database(name)`
    returns its SQLAlchemy URL."""
    if request.param == "sqlite":
        return lambda name="cases": f"sqlite:///{tmp_path / name}.sqlite"
    return request.getfixturevalue("postgres_server").new_database


# The tests that take longest (measured with --durations on 2 cores: the facts evaluation over every annotated dossier
# about 3 min, retraining the shipped classifier 1 min, the browser's accessibility tour 45 s, retraining the sentence
# model 30 s) start first, so that the workers share the rest around them instead of one waiting on them at the end.
HEAVY_FIRST = (
    "test_evaluate_facts_prints_precision_recall_and_f1_per_kind_for_the_held_out_and_dev_sets",
    "test_shipped_model_is_what_the_train_command_builds",
    "test_every_tab_passes_an_axe_accessibility_check_and_is_photographed_at_two_widths",
    "test_shipped_model_is_what_training_builds",
)


def pytest_collection_modifyitems(config, items):
    items.sort(key=lambda item: item.originalname not in HEAVY_FIRST)  # stable: the rest keep their order
