"""Content-addressed cache of extracted text: a file with the same bytes is never read or OCR'd twice.

An entry's name is the SHA-256 of the file's bytes, then a hash of everything else that changes what extraction
produces (the reading settings and CACHE_VERSION): `<sha256 of bytes>-<settings hash>.json`. The path is not part of
it, so a renamed or copied file still hits; and because the name starts with the file's own hash, every entry of a
file can be found and deleted from that hash alone (`forget`, used when a case is deleted: analyzer/retention.py).
Entries are JSON files written atomically (temporary name, then rename).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from analyzer.dossier import ExtractedFile, Page
from analyzer.ingest.settings import IngestSettings

# History: 1 — pages, OCR flags, e-mail header dates and warnings per extracted file; named sha256(bytes + settings).
#          2 — the same entries, named `<sha256 of bytes>-<settings hash>` so a file's entries can be deleted by its
#              hash. Entries written by version 1 are simply not found (and read again once); deleting the cache
#              folder removes them.
#          3 — scanned pages are OCR'd at their own resolution after clean-up (analyzer/ingest/scan.py): other text.
#          4 — an e-mail without a declared charset is decoded by its bytes (UTF-8 first), not as ASCII: other text.
#          5 — an attachment the mail declares as plain text is read as text even when its name says .pdf or .docx.
CACHE_VERSION = 5

_SHA256 = re.compile(r"[0-9a-f]{64}")


def cache_key(data: bytes, settings: IngestSettings) -> str:
    """`<sha256 of the bytes>-<hash of CACHE_VERSION and the reading settings>`."""
    recipe = json.dumps([CACHE_VERSION, dataclasses.asdict(settings)], sort_keys=True).encode()
    return f"{hashlib.sha256(data).hexdigest()}-{hashlib.sha256(recipe).hexdigest()[:16]}"


def _to_json(item: ExtractedFile) -> dict[str, Any]:
    return {
        "kind": item.kind,
        "pages": [[p.number, p.text, p.ocr] for p in item.pages],
        "paginated": item.paginated,
        "error": item.error,
        "attachment": item.attachment,
        "title": item.title,
        "header_date": item.header_date.isoformat() if item.header_date else None,
        "warnings": list(item.warnings),
    }


def _from_json(path: str, raw: dict[str, Any]) -> ExtractedFile:
    return ExtractedFile(
        path=path,
        kind=raw["kind"],
        pages=tuple(Page(n, t, o) for n, t, o in raw["pages"]),
        paginated=raw["paginated"],
        error=raw["error"],
        attachment=raw["attachment"],
        title=raw["title"],
        header_date=dt.date.fromisoformat(raw["header_date"]) if raw["header_date"] else None,
        warnings=tuple(raw["warnings"]),
    )


class ExtractionCache:
    """Counts its hits and misses, so tests (and users) can see that work was not redone."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.hits = 0
        self.misses = 0

    def _file(self, key: str) -> Path | None:
        return None if self.folder is None else self.folder / key[:2] / f"{key}.json"

    def get(self, key: str, path: str) -> list[ExtractedFile] | None:
        file = self._file(key)
        if file is None or not file.exists():
            self.misses += 1
            return None
        try:
            items = [_from_json(path, raw) for raw in json.loads(file.read_text(encoding="utf-8"))]
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1  # a damaged entry is read again and overwritten
            return None
        self.hits += 1
        return items

    def put(self, key: str, items: list[ExtractedFile]) -> None:
        file = self._file(key)
        if file is None:
            return
        file.parent.mkdir(parents=True, exist_ok=True)
        tmp = file.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps([_to_json(i) for i in items], ensure_ascii=False), encoding="utf-8")
        tmp.replace(file)

    def forget(self, sha256s: Iterable[str]) -> int:
        """Delete every entry (and left-over temporary file) of the files with these SHA-256s, under any settings;
        returns how many files were removed. Anything that is not a SHA-256 is ignored, so no name from a
        report can reach outside the cache folder."""
        if self.folder is None:
            return 0
        removed = 0
        for sha in {s for s in sha256s if isinstance(s, str) and _SHA256.fullmatch(s)}:
            for file in (self.folder / sha[:2]).glob(f"{sha}-*"):
                file.unlink(missing_ok=True)
                removed += 1
        return removed
