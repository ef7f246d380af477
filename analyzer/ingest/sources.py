"""Find the files of a dossier: a folder (recursive), a .zip (nested folders and zips allowed) or one file.

Files are yielded one at a time so a large dossier is never held in memory at once. Paths are relative
to the dossier root; inside a zip, relative to the zip root (prefixed by the zip's own path when the
zip sits inside the dossier folder).
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from analyzer.dossier import ExtractedFile, InputFile, SourceFile
from analyzer.ingest.settings import IngestSettings

# Files that operating systems and archivers add; they are not part of the dossier.
SYSTEM_FILES = frozenset({".ds_store", "thumbs.db", "desktop.ini"})


def is_system_file(path: str) -> bool:
    parts = PurePosixPath(path).parts
    name = parts[-1].lower() if parts else ""
    return name in SYSTEM_FILES or name.startswith("~$") or name.startswith("._") or "__MACOSX" in parts


def _failed(path: str, kind: str, message: str) -> ExtractedFile:
    return ExtractedFile(path=path, kind=kind, error=message)


def _is_zip(path: str) -> bool:
    return path.lower().endswith(".zip")


class _TooLarge(Exception):
    """A zip member that unpacks to more than it declared or than the limit allows (a zip bomb)."""


def _read_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, limit: int) -> bytes:
    """Unpack at most `limit` bytes: the sizes a zip declares can lie."""
    with archive.open(member) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise _TooLarge
    return data


def iter_zip(
    data: bytes, prefix: str, settings: IngestSettings, depth: int = 0
) -> Iterator[SourceFile | ExtractedFile]:
    """Yield the files inside a zip; unreadable members and the zip itself, if broken, as failed entries."""
    label = prefix.rstrip("/") or "zip"
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if not m.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError):
        yield _failed(
            label, "zip", "Dit zip-bestand is beschadigd en kan niet worden uitgepakt; maak het zip-bestand opnieuw."
        )
        return
    unpacked = 0
    for member in members:
        path = prefix + member.filename.lstrip("/")
        unpacked += member.file_size
        if member.flag_bits & 0x1:
            yield _failed(
                path,
                "zip",
                "Dit bestand in het zip-bestand is met een wachtwoord beveiligd; lever het onbeveiligd aan.",
            )
        elif unpacked > settings.max_unpacked_bytes or member.file_size > settings.max_file_bytes:
            yield _failed(
                path,
                "zip",
                "Dit bestand in het zip-bestand is uitgepakt te groot (instelbare limiet) en is niet gelezen.",
            )
        else:
            try:
                content = _read_member(archive, member, settings.max_file_bytes)
            except _TooLarge:
                yield _failed(
                    path,
                    "zip",
                    "Dit bestand in het zip-bestand is uitgepakt te groot (instelbare limiet) en is niet gelezen.",
                )
                continue
            except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
                yield _failed(path, "zip", "Dit bestand in het zip-bestand is beschadigd en kan niet worden uitgepakt.")
                continue
            yield from _expand(SourceFile(path, content), settings, depth + 1)


def _expand(source: SourceFile, settings: IngestSettings, depth: int) -> Iterator[SourceFile | ExtractedFile]:
    if not _is_zip(source.path):
        yield source
    elif depth > settings.max_zip_depth:
        yield _failed(
            source.path, "zip", "Dit zip-bestand zit te diep in andere zip-bestanden genest en is niet uitgepakt."
        )
    else:
        yield from iter_zip(source.data, source.path + "/", settings, depth)


def _read_file(path: Path, relative: str, settings: IngestSettings) -> SourceFile | ExtractedFile:
    try:
        size = path.stat().st_size
        if size > settings.max_file_bytes:
            limit = settings.max_file_bytes // (1024 * 1024)
            return _failed(
                relative, "unknown", f"Dit bestand is groter dan {limit} MB (instelbare limiet) en is niet gelezen."
            )
        return SourceFile(relative, path.read_bytes())
    except OSError:
        return _failed(
            relative,
            "unknown",
            "Dit bestand kan niet worden geopend (geen leesrechten of verdwenen tijdens het lezen).",
        )


def iter_sources(root: Path, settings: IngestSettings) -> Iterator[SourceFile | ExtractedFile]:
    """Every file of the dossier at `root`, in a stable (sorted) order."""
    if root.is_dir():
        for path in sorted(p for p in root.rglob("*") if p.is_file() or p.is_symlink()):
            relative = path.relative_to(root).as_posix()
            if path.is_symlink() and not path.resolve().is_relative_to(root.resolve()):
                yield _failed(
                    relative,
                    "unknown",
                    "Deze snelkoppeling wijst naar een bestand buiten het dossier en is niet gelezen.",
                )
                continue
            item = _read_file(path, relative, settings)
            yield from (_expand(item, settings, 0) if isinstance(item, SourceFile) else [item])
    elif _is_zip(root.name):
        item = _read_file(root, root.name, settings)
        if isinstance(item, SourceFile):
            yield from iter_zip(item.data, "", settings)
        else:
            yield item
    else:
        item = _read_file(root, root.name, settings)
        yield from (_expand(item, settings, 0) if isinstance(item, SourceFile) else [item])


def find_source(root: Path, path: str, settings: IngestSettings) -> bytes | None:
    """The bytes of one file of the dossier, by the relative path the report gives (inside zips too)."""
    for item in iter_sources(root, settings):
        if item.path == path and isinstance(item, SourceFile):
            return item.data
    return None


def input_file(item: SourceFile | ExtractedFile) -> InputFile:
    """The path and SHA-256 of one input file; an item that could not be read has no hash."""
    return InputFile(item.path, hashlib.sha256(item.data).hexdigest() if isinstance(item, SourceFile) else None)


def input_hashes(root: Path, settings: IngestSettings = IngestSettings()) -> list[dict[str, str | None]]:
    """{file, sha256} of every input file of the dossier at `root` (inside zips too), as the audit log records them;
    system files are left out, as the analysis leaves them out."""
    return [
        {"file": found.path, "sha256": found.sha256}
        for found in map(input_file, iter_sources(root, settings))
        if not is_system_file(found.path)
    ]
