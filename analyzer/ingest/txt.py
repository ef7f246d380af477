"""Plain-text files: UTF-8 or UTF-16 when they say so, else Windows-1252 (what Dutch office PCs write)."""

from __future__ import annotations

from analyzer.dossier import ExtractedFile, Page, SourceFile
from analyzer.ingest.errors import UnreadableFile
from analyzer.ingest.settings import IngestSettings


def decode_text(data: bytes) -> str:
    """Decode bytes of unknown encoding.

    UTF-8 goes first because it almost never decodes foreign bytes by accident; then Windows-1252, the
    encoding of Dutch Windows exports (statistical detectors mistake short Dutch texts for Central European);
    Latin-1 last, which decodes anything.
    """
    encodings = ("utf-16", "utf-8-sig", "cp1252") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig", "cp1252")
    for encoding in encodings:  # a UTF-16 mark on bytes that are no UTF-16 (cut off, or by chance) falls through
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_txt(source: SourceFile, settings: IngestSettings) -> list[ExtractedFile]:
    if b"\x00" in source.data[:4096] and source.data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        raise UnreadableFile("Dit tekstbestand bevat binaire gegevens en is geen leesbare tekst.")
    text = decode_text(source.data).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UnreadableFile("Dit tekstbestand is leeg.")
    return [ExtractedFile(path=source.path, kind="txt", pages=(Page(None, text),))]
