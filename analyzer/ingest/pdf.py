"""PDF files: the text layer page by page with pdfplumber; pages without one are OCR'd."""

from __future__ import annotations

import io
from collections.abc import Iterator
from unicodedata import normalize

import pdfplumber
import pypdfium2 as pdfium
from pdfminer.layout import LTChar, LTContainer, LTItem
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber import utils as plumber_utils
from pdfplumber.page import Page as PlumberPage
from pdfplumber.utils.exceptions import PdfminerException

from analyzer.dossier import ExtractedFile, Page, SourceFile
from analyzer.ingest.errors import UnreadableFile
from analyzer.ingest.ocr import ocr_page
from analyzer.ingest.scan import fit_to_letters, is_blank, prepare_page
from analyzer.ingest.settings import IngestSettings


def _visible_chars(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def _needs_ocr(text: str, page: PlumberPage, settings: IngestSettings) -> bool:
    """A page is scanned when its text layer is (almost) empty and it shows an image."""
    return settings.ocr_enabled and _visible_chars(text) < settings.ocr_min_chars and bool(page.images)


def _open_error(err: Exception) -> UnreadableFile:
    """Translate pdfminer's complaint into a Dutch sentence a user can act on."""
    causes = [err, err.__cause__, *err.args]
    if any(isinstance(cause, PDFPasswordIncorrect) for cause in causes):
        return UnreadableFile(
            "Deze PDF is beveiligd met een wachtwoord; vraag een onbeveiligde versie op of verwijder het wachtwoord."
        )
    return UnreadableFile("Deze PDF is beschadigd of onvolledig en kan niet worden gelezen; vraag een nieuwe kopie op.")


def _layout_chars(items: list[LTItem]) -> Iterator[LTChar]:
    for item in items:
        if isinstance(item, LTContainer):
            yield from _layout_chars(item._objs)
        elif isinstance(item, LTChar):
            yield item


def page_text(page: PlumberPage) -> str:
    """The same text as `page.extract_text()`, in 40% of its time.

    pdfplumber turns every character into a dict of some twenty resolved attributes (colours, matrix, font…)
    before laying out the text, which is 60% of its cost; the layout needs only the six built here, exactly as
    pdfplumber computes them (tests/test_ingest.py compares both on rotated, offset and embedded-font pages).
    """
    height, initial_doctop = page.height, page.initial_doctop
    x_offset, top_offset = page.mediabox[:2]
    unicode_norm = page.pdf.unicode_norm
    chars = []
    for char in _layout_chars(page.layout._objs):
        text = char.get_text()
        top = height - char.y1 + top_offset
        chars.append({
            "text": normalize(unicode_norm, text) if unicode_norm is not None else text,
            "x0": char.x0 + x_offset,
            "x1": char.x1 + x_offset,
            "top": top,
            "doctop": initial_doctop + top,
            "bottom": height - char.y0 + top_offset,
            "upright": char.upright,
        })  # fmt: skip
    textmap = plumber_utils.chars_to_textmap(
        chars, layout_bbox=page.bbox, layout_width=page.width, layout_height=page.height
    )
    return textmap.as_string


def _ocr(page: PlumberPage, number: int, text: str, settings: IngestSettings) -> tuple[Page, str | None]:
    """A scanned page read at its own resolution after clean-up, and a Dutch warning when it could not be."""
    if number > settings.max_ocr_pages:
        return Page(number, text), (
            f"Pagina {number} is gescand maar niet herkend: meer dan {settings.max_ocr_pages} gescande "
            "pagina's per bestand (instelbare limiet)."
        )
    dpi = scan_resolution(page, settings)
    if dpi is None:
        return Page(number, text), (
            f"Pagina {number} is te groot om te herkennen (mogelijk een opzettelijk opgeblazen afbeelding)."
        )
    image = page.to_image(resolution=dpi).original
    if settings.ocr_prepare:
        image = prepare_page(image)
    image, dpi = fit_to_letters(image, dpi, settings.ocr_letter_px, settings.ocr_floor_dpi)
    if is_blank(image):  # the back of a sheet, a separator page: nothing to read
        return Page(number, "", ocr=True), None
    try:
        return Page(number, ocr_page(image, dpi, settings), ocr=True), None
    except UnreadableFile as err:
        return Page(number, text, ocr=True), f"Pagina {number}: {err}"


def scan_resolution(page: PlumberPage, settings: IngestSettings) -> int | None:
    """The resolution to OCR a scanned page at: its scan's own, within [ocr_min_dpi, ocr_dpi] and the pixel budget.

    Rendering a 200 dpi scan at 300 dpi invents pixels (and enlarges copier speckle) and costs Tesseract a fifth
    more time; a 150 dpi scan is enlarged to `ocr_min_dpi`, where Tesseract reads small print better.
    """
    largest = max(page.images, key=lambda im: (im["x1"] - im["x0"]) * (im["bottom"] - im["top"]), default=None)
    native = settings.ocr_dpi
    if largest is not None and largest.get("srcsize"):
        inches = ((largest["x1"] - largest["x0"]) / 72) * ((largest["bottom"] - largest["top"]) / 72)
        pixels = largest["srcsize"][0] * largest["srcsize"][1]
        if inches > 0 and pixels > 0:
            native = round((pixels / inches) ** 0.5)
    bound = ocr_resolution(float(page.width), float(page.height), settings)
    if bound is None:
        return None
    return min(bound, max(settings.ocr_min_dpi, native))


def ocr_resolution(width_pt: float, height_pt: float, settings: IngestSettings) -> int | None:
    """The resolution to render a page at for OCR without exceeding `max_ocr_pixels`; None if even 100 dpi is too much.

    A page of absurd dimensions (a decompression bomb) would otherwise take gigabytes to render.
    """
    pixels_per_dpi2 = (width_pt / 72) * (height_pt / 72)
    if pixels_per_dpi2 <= 0:
        return None
    dpi = min(settings.ocr_dpi, int((settings.max_ocr_pixels / pixels_per_dpi2) ** 0.5))
    return dpi if dpi >= 100 else None


def page_count(data: bytes) -> int | None:
    """How many pages a PDF has, cheaply (pdfium reads the page tree only: ~0.4 ms, where pdfplumber parses the
    document); None when it cannot be opened."""
    try:
        document = pdfium.PdfDocument(data)
    except Exception:  # noqa: BLE001 — the full read reports the reason in Dutch
        return None
    try:
        return len(document)
    finally:
        document.close()


def read_pdf_pages(
    data: bytes, start: int, stop: int | None, settings: IngestSettings
) -> tuple[list[Page], list[str], int]:
    """Read pages [start, stop) (0-based): their text, OCR warnings, and the file's page count.

    Separate from read_pdf so that a large PDF can be read in chunks by several processes.
    """
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise UnreadableFile(
            "Dit bestand heet .pdf maar is geen PDF-document; controleer of het juiste bestand is aangeleverd."
        )
    pages: list[Page] = []
    warnings: list[str] = []
    # A chunk has pdfplumber build only its own pages: building every page of a 1,000-page file for each of its 40
    # chunks cost a sixth of the reading time (benchmarks/scale.py). pdfium counts the pages; a file it cannot
    # open is read whole, so pdfminer reports why.
    known = page_count(data) if stop is not None else None
    wanted = list(range(start + 1, min(stop, known, settings.max_pages_per_file) + 1)) if known else None
    try:
        with pdfplumber.open(io.BytesIO(data), pages=wanted) as pdf:
            total = known or len(pdf.pages)
            end = min(total, settings.max_pages_per_file, stop if stop is not None else total)
            for page in pdf.pages:
                index = page.page_number - 1
                if index >= end:
                    break
                text = page_text(page)
                if _needs_ocr(text, page, settings):
                    read, warning = _ocr(page, index + 1, text, settings)
                    pages.append(read)
                    warnings.extend([warning] if warning else [])
                else:
                    pages.append(Page(index + 1, text))
                page.close()  # without this pdfplumber keeps ~4.6 MB per page alive
    except (PdfminerException, PDFPasswordIncorrect) as err:
        raise _open_error(err) from err
    return pages, warnings, total


def pdf_file(path: str, pages: list[Page], warnings: list[str], total: int, settings: IngestSettings) -> ExtractedFile:
    """Assemble the pages read (in one go or in chunks) into the file's extraction result."""
    if total > settings.max_pages_per_file:
        warnings = [
            *warnings,
            f"Alleen de eerste {settings.max_pages_per_file} van {total} pagina's zijn gelezen (instelbare limiet).",
        ]
    if not pages:
        raise UnreadableFile("Deze PDF bevat geen pagina's.")
    return ExtractedFile(path=path, kind="pdf", pages=tuple(pages), paginated=True, warnings=tuple(warnings))


def read_pdf(source: SourceFile, settings: IngestSettings) -> list[ExtractedFile]:
    pages, warnings, total = read_pdf_pages(source.data, 0, None, settings)
    return [pdf_file(source.path, pages, warnings, total, settings)]
