"""Word (.docx) files: paragraphs and table rows in reading order."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.document import Document as WordDocument
from docx.table import Table
from docx.text.paragraph import Paragraph

from analyzer.dossier import ExtractedFile, Page, SourceFile
from analyzer.ingest.errors import UnreadableFile
from analyzer.ingest.settings import IngestSettings


def _blocks(document: WordDocument) -> list[str]:
    """Paragraph texts and table rows (cells joined by " | "), in the order they appear."""
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = cell.text.strip()
                    if text and (not cells or cells[-1] != text):
                        cells.append(text)
                lines.append(" | ".join(cells))
    return lines


def _header_lines(document: WordDocument) -> list[str]:
    """Letterhead text from the first section's header (where company names and dates often live)."""
    if not document.sections:
        return []
    header = document.sections[0].header
    return [p.text for p in header.paragraphs if p.text.strip()]


def read_docx(source: SourceFile, settings: IngestSettings) -> list[ExtractedFile]:
    try:
        document = docx.Document(io.BytesIO(source.data))
    except (zipfile.BadZipFile, KeyError, ValueError) as err:
        if source.data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            raise UnreadableFile(
                "Dit Word-bestand is beveiligd met een wachtwoord of in het oude .doc-formaat opgeslagen; "
                "sla het op als .docx zonder wachtwoord of als PDF."
            ) from err
        raise UnreadableFile("Dit Word-bestand (.docx) is beschadigd en kan niet worden geopend.") from err
    text = "\n".join(_header_lines(document) + _blocks(document)).strip()
    if not text:
        raise UnreadableFile("Dit Word-bestand bevat geen tekst.")
    return [ExtractedFile(path=source.path, kind="docx", pages=(Page(None, text),))]
