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
