"""Turn one source file into text: pick the reader for its type, and turn any failure into a report entry.

This is the single recovery place of the ingest stage: whatever goes wrong inside a reader, the file
comes back as an ExtractedFile with a Dutch `error`, and the run goes on with the other files.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import PurePosixPath

from analyzer.dossier import ExtractedFile, SourceFile
from analyzer.ingest.docx import read_docx
from analyzer.ingest.eml import read_eml
from analyzer.ingest.errors import UnreadableFile
from analyzer.ingest.msg import read_msg
from analyzer.ingest.pdf import read_pdf
from analyzer.ingest.settings import IngestSettings
from analyzer.ingest.txt import read_txt

log = logging.getLogger(__name__)

Reader = Callable[[SourceFile, IngestSettings], list[ExtractedFile]]

READERS: dict[str, tuple[str, Reader]] = {
    ".pdf": ("pdf", read_pdf),
    ".docx": ("docx", read_docx),
    ".eml": ("eml", read_eml),
    ".msg": ("msg", read_msg),
    ".txt": ("txt", read_txt),
}

_OLD_FORMATS = {
    ".doc": "oude Word-formaat (.doc); sla het op als .docx of PDF",
    ".odt": "OpenDocument-formaat (.odt); sla het op als .docx of PDF",
    ".rtf": "RTF-formaat; sla het op als .docx of PDF",
    ".jpg": "fotoformaat (.jpg); zet de foto om naar PDF",
    ".jpeg": "fotoformaat (.jpeg); zet de foto om naar PDF",
    ".png": "afbeeldingsformaat (.png); zet de afbeelding om naar PDF",
    ".tif": "afbeeldingsformaat (.tif); zet de scan om naar PDF",
    ".tiff": "afbeeldingsformaat (.tiff); zet de scan om naar PDF",
    ".xlsx": "Excel-formaat; sla het op als PDF",
}


def sniff_suffix(source: SourceFile) -> str:
    """The file's type from its name, or from its first bytes when the name has no known extension."""
    suffix = PurePosixPath(source.path).suffix.lower()
    if suffix in READERS:
        return suffix
    head = source.data[:1024]
    if head.lstrip().startswith(b"%PDF"):
        return ".pdf"
    if head.startswith(b"PK") and b"word/" in source.data[:65536]:
        return ".docx"
    return suffix


def extract(source: SourceFile, settings: IngestSettings) -> list[ExtractedFile]:
    """Read one file; never raises for a bad file."""
    suffix = sniff_suffix(source)
    kind, reader = READERS.get(suffix, (suffix.lstrip(".") or "unknown", None))
    if not source.data:
        return [ExtractedFile(path=source.path, kind=kind, error="Dit bestand is leeg (0 bytes).")]
    if reader is None:
        hint = _OLD_FORMATS.get(suffix)
        message = (
            f"Dit bestand staat in het {hint}."
            if hint
            else "Dit bestandstype wordt niet ondersteund; lever het aan als PDF, Word (.docx), "
            "e-mail (.eml/.msg) of tekst (.txt)."
        )
        return [ExtractedFile(path=source.path, kind=kind, error=message)]
    try:
        return reader(source, settings)
    except UnreadableFile as err:
        return [ExtractedFile(path=source.path, kind=kind, error=str(err))]
    except Exception:  # noqa: BLE001 — a reader bug or an input we did not foresee must not end the run
        log.exception("unexpected failure reading %s", source.path)
        return [
            ExtractedFile(
                path=source.path,
                kind=kind,
                error="Dit bestand kon door een onverwachte fout niet worden gelezen; "
                "controleer of het bestand heel is.",
            )
        ]
