"""The source page of a quoted passage, rendered as an image with the passage marked."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pdfplumber
from pdfplumber.page import Page as PlumberPage

from analyzer.ingest import IngestSettings
from analyzer.ingest.eml import attachment_data
from analyzer.ingest.sources import find_source

# Render at this resolution: sharp enough to read on screen, small enough to send to a browser quickly.
RESOLUTION = 110
_WORD = re.compile(r"\w[\w'’.-]*")


def quote_boxes(page: PlumberPage, quote: str) -> list[tuple[float, float, float, float]]:
    """Where the quote stands on the page; the first words suffice, long quotes are cut with '…'."""
    words = _WORD.findall(quote.replace("…", " "))
    for size in (10, 6, 4):
        if len(words) < min(size, 3):
            break
        pattern = r"\s+".join(re.escape(w) for w in words[:size])
        found = page.search(pattern, regex=True, case=False, return_chars=False)
        if found:
            return [(m["x0"] - 2, m["top"] - 2, m["x1"] + 2, m["bottom"] + 2) for m in found[:1]]
    return []


def page_png(pdf: bytes, page_number: int, quote: str | None = None) -> tuple[bytes, bool]:
    """PNG of one PDF page and whether the quote was found and marked (scanned pages have no text to find)."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[page_number - 1]
        image = page.to_image(resolution=RESOLUTION)
        boxes = quote_boxes(page, quote) if quote else []
        if boxes:
            image.draw_rects(boxes, fill=(255, 214, 0, 90), stroke=(214, 120, 0), stroke_width=3)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        page.close()
    return buffer.getvalue(), bool(boxes)


def source_pdf(
    root: Path, file: str, attachment: str | None, settings: IngestSettings = IngestSettings()
) -> bytes | None:
    """The PDF a document came from: a file of the dossier or an e-mail's PDF attachment."""
    data = find_source(root, file, settings)
    if data is not None and attachment:
        data = attachment_data(data, attachment)
    return data if data and data.lstrip()[:5].startswith(b"%PDF") else None
