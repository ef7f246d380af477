"""Content-addressed cache of extracted text: a file with the same bytes is never read or OCR'd twice.

The key is the SHA-256 of the file's bytes plus everything that changes what extraction produces (the
reading settings and CACHE_VERSION); the path is not part of it, so a renamed or copied file still hits.
Entries are JSON files written atomically (temporary name, then rename).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from analyzer.dossier import ExtractedFile, Page
from analyzer.ingest.settings import IngestSettings

# History: 1 — pages, OCR flags, e-mail header dates and warnings per extracted file.
CACHE_VERSION = 1


def cache_key(data: bytes, settings: IngestSettings) -> str:
    digest = hashlib.sha256(data)
    digest.update(json.dumps([CACHE_VERSION, dataclasses.asdict(settings)], sort_keys=True).encode())
    return digest.hexdigest()


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
