"""Where the user's own data lives: the case store, corrections, the extraction cache, the user's model."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

# Set this variable to keep the user's data elsewhere, e.g. on an encrypted disk.
HOME_VARIABLE = "DOSSIER_ANALYZER_HOME"
# And this one to keep the extraction cache apart from the rest (a faster disk; the tests share one per session).
CACHE_VARIABLE = "DOSSIER_ANALYZER_CACHE"


def data_home() -> Path:
    return Path(os.environ.get(HOME_VARIABLE) or user_data_dir("dossier-analyzer", appauthor=False))


def cache_home() -> Path:
    """The extraction cache (analyzer/ingest/cache.py): the text of every file read, by content hash."""
    return Path(os.environ.get(CACHE_VARIABLE) or data_home() / "cache")
