"""The source page of a quoted passage, rendered as an image with the passage marked."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pdfplumber
from pdfplumber.page import Page as PlumberPage

from analyzer.ingest import IngestSettings
from analyzer.ingest.eml import attachment_data
from analyzer.ingest.errors import UnreadableFile
from analyzer.ingest.ocr import ocr_words
from analyzer.ingest.pdf import ocr_resolution
from analyzer.ingest.sources import find_source

# Render at this resolution: sharp enough to read on screen, small enough to send to a browser quickly.
RESOLUTION = 110
_WORD = re.compile(r"\w[\w'’.-]*")


def _quote_words(quote: str) -> list[str]:
    return _WORD.findall(quote.replace("…", " "))


def quote_boxes(page: PlumberPage, quote: str) -> list[tuple[float, float, float, float]]:
    """Where the quote stands on the page; the first words suffice, long quotes are cut with '…'."""
    words = _quote_words(quote)
    for size in (10, 6, 4):
        if len(words) < min(size, 3):
            break
        pattern = r"\s+".join(re.escape(w) for w in words[:size])
        found = page.search(pattern, regex=True, case=False, return_chars=False)
        if found:
            return [(m["x0"] - 2, m["top"] - 2, m["x1"] + 2, m["bottom"] + 2) for m in found[:1]]
    return []


def scanned_quote_boxes(
    page: PlumberPage, quote: str, settings: IngestSettings = IngestSettings()
) -> list[tuple[float, float, float, float]]:
    """The same for a page without a text layer: Tesseract is run again for word positions (on demand only,
    when a user opens this passage), and the quote's first words are looked up among them."""
    dpi = ocr_resolution(float(page.width), float(page.height), settings)
    if dpi is None:
        return []
    try:
        found = ocr_words(page.to_image(resolution=dpi).original, settings, dpi)
    except UnreadableFile:
        return []
    norm = [_norm(word) for word, _ in found]
    wanted = [_norm(word) for word in _quote_words(quote)]
    scale = 72 / dpi  # image pixels to PDF points
    for size in (8, 5, 3):
        if len(wanted) < size:
            continue
        for start in range(len(norm) - size + 1):
            if norm[start : start + size] == wanted[:size]:
                end = start + size  # extend over the rest of the quote as far as it reads the same
                while end - start < len(wanted) and end < len(norm) and norm[end] == wanted[end - start]:
                    end += 1
                return [
                    (left * scale - 2, top * scale - 2, right * scale + 2, bottom * scale + 2)
                    for left, top, right, bottom in _lines_of([box for _, box in found[start:end]])
                ]
    return []


def _lines_of(boxes: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Word boxes merged into one box per text line (a quote may run over several lines)."""
    lines: list[list[int]] = []
    for left, top, right, bottom in boxes:
        if lines and left > lines[-1][0] and top < lines[-1][3]:  # to the right, on the same line
            line = lines[-1]
            line[1], line[2], line[3] = min(line[1], top), max(line[2], right), max(line[3], bottom)
        else:
            lines.append([left, top, right, bottom])
    return [(a, b, c, d) for a, b, c, d in lines]


def _norm(word: str) -> str:
    return "".join(_WORD.findall(word.lower()))


def page_png(pdf: bytes, page_number: int, quote: str | None = None) -> tuple[bytes, bool]:
    """PNG of one PDF page and whether the quote was found and marked (on a scanned page by OCR word boxes)."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[page_number - 1]
        image = page.to_image(resolution=RESOLUTION)
        boxes = quote_boxes(page, quote) if quote else []
        if quote and not boxes and not page.chars:
            boxes = scanned_quote_boxes(page, quote)
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
