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


# The tests that take longest, with their seconds measured with --durations on 2 cores (2026-12-07). xdist's
# worksteal scheduler hands each worker one contiguous share of the collection and steals from a share's end, so each
# worker's share starts with its part of these (the longest first, each to the worker with the fewest seconds so
# far): no worker is left running one of them alone at the end while the other waits.
HEAVY_FIRST = {
    "test_evaluate_facts_prints_precision_recall_and_f1_per_kind_for_the_held_out_and_dev_sets": 126,
    "test_pseudonymised_downloads_hold_no_names_and_the_store_keeps_the_original": 90,
    "test_shipped_model_is_what_the_train_command_builds": 48,
    "test_every_tab_passes_an_axe_accessibility_check_and_is_photographed_at_two_widths": 44,
    "test_a_family_learns_only_from_sentences_labelled_for_it": 36,
    "test_ninety_three_dossiers_written_from_tuning_decisions_go_through_the_whole_pipeline": 44,
    "test_shipped_model_is_what_training_builds": 23,
    "test_user_b_cannot_see_open_download_or_learn_of_user_a_s_case": 21,
    "test_without_sign_in_the_dashboard_refuses_to_serve_beyond_this_computer_unless_told": 19,
}


def pytest_collection_modifyitems(config, items):
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    heavy = sorted((i for i in items if i.originalname in HEAVY_FIRST), key=lambda i: -HEAVY_FIRST[i.originalname])
    rest = [i for i in items if i.originalname not in HEAVY_FIRST]  # the rest keep their order
    shares: list[list] = [[] for _ in range(workers)]
    for item in heavy:
        min(shares, key=lambda share: sum(HEAVY_FIRST[i.originalname] for i in share)).append(item)
    ordered, left = [], len(items)
    for number, share in enumerate(shares):
        size = left // (workers - number)  # the share worksteal sends this worker first
        take = max(size - len(share), 0)
        ordered += share + rest[:take]
        rest, left = rest[take:], left - size
    items[:] = ordered + rest
