"""A throw-away PostgreSQL server for one test session: Debian's `postgresql` binaries (installed by the bootstrap),
a fresh cluster in a temporary folder, listening on 127.0.0.1 and a private socket only, stopped and deleted after.

PostgreSQL refuses to run as root, and CI runs as root: the cluster then belongs to the `postgres` user the Debian
package creates, and its commands run through `runuser`.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy import create_engine, text

MISSING = (
    "PostgreSQL (initdb, pg_ctl) is not installed: run `make test` (scripts/bootstrap.sh dev installs Debian's "
    "postgresql package), or install it with `apt-get install postgresql`."
)


def _binary(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    """Start with `start()`, hand out empty databases with `new_database()`, end with `stop()`."""

    def __init__(self) -> None:
        self.initdb, self.pg_ctl = _binary("initdb"), _binary("pg_ctl")
        if not (self.initdb and self.pg_ctl):
            raise RuntimeError(MISSING)
        self.as_root = os.geteuid() == 0
        self.folder = Path(tempfile.mkdtemp(prefix="dossier-analyzer-pg-"))
        self.data, self.sockets = self.folder / "data", self.folder / "sockets"
        self.port = _free_port()
        self._numbers = itertools.count(1)

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_root else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, timeout=120)

    def start(self) -> PostgresServer:
        self.sockets.mkdir()
        if self.as_root:
            self.folder.chmod(0o755)
            for path in (self.folder, self.sockets):
                shutil.chown(path, "postgres", "postgres")
        self._run(self.initdb, "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale", "--no-sync")  # fmt: skip
        options = f"-h 127.0.0.1 -p {self.port} -k {self.sockets} -c fsync=off -c max_connections=50"
        self._run(self.pg_ctl, "-D", str(self.data), "-l", str(self.folder / "server.log"), "-o", options, "-w", "start")
        return self

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def new_database(self, name: str = "cases") -> str:
        """An empty database of its own (so tests never see each other's rows); its SQLAlchemy URL."""
        database = f"{name}_{next(self._numbers)}"
        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{database}"'))
        engine.dispose()
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        try:
            self._run(self.pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
