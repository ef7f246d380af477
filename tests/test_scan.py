"""Scanned pages are cleaned up before OCR: each damage a real scan shows is undone, and a clean page is left alone."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pdfplumber
import pytest
from fpdf import FPDF
from PIL import Image, ImageChops, ImageDraw, ImageFont

from analyzer.ingest import IngestSettings
from analyzer.ingest.pdf import read_pdf_pages, scan_resolution
from analyzer.ingest.scan import (
    deskew,
    drop_colour,
    fit_to_letters,
    is_blank,
    letter_height,
    prepare_page,
    remove_lines,
    skew_angle,
    straighten_photo,
)

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
LINES = [
    "Geachte heer Bakker,",
    "Op 12 maart 2024 hebben wij uw functioneren besproken.",
    "De afgesproken doelen zijn niet gehaald: de orders",
    "werden te laat verwerkt en de kassa klopte niet.",
    "Wij geven u hierbij een officiele waarschuwing.",
    "Bij herhaling kan dit leiden tot ontslag.",
]


def _page(dpi: int = 200) -> np.ndarray:
    """An A4 page of typed text, black on white, as a flatbed scanner gives it."""
    width, height = int(8.27 * dpi), int(11.69 * dpi)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, int(dpi * 12 / 72))
    for row, line in enumerate(LINES):
        draw.text((int(dpi * 0.9), int(dpi * (1.0 + 0.3 * row))), line, fill=0, font=font)
    return np.asarray(image)


def _scanned_pdf(image: np.ndarray) -> bytes:
    pdf = FPDF(format="A4")
    pdf.add_page()
    buffer = io.BytesIO()
    Image.fromarray(image).save(buffer, format="PNG")
    pdf.image(buffer, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def _ocr(image: np.ndarray, **settings) -> str:
    pages, warnings, _ = read_pdf_pages(_scanned_pdf(image), 0, None, IngestSettings(**settings))
    assert warnings == []
    return " ".join(pages[0].text.split())


def _rotated(grey: np.ndarray, degrees: float) -> np.ndarray:
    centre = (grey.shape[1] / 2, grey.shape[0] / 2)
    matrix = cv2.getRotationMatrix2D(centre, degrees, 1.0)
    return cv2.warpAffine(grey, matrix, (grey.shape[1], grey.shape[0]), flags=cv2.INTER_LINEAR, borderValue=255)


@pytest.mark.parametrize("degrees", [-2.5, 1.5, 3.0])
def test_a_tilted_page_is_measured_and_put_level(degrees: float):
    tilted = _rotated(_page(), degrees)
    assert skew_angle(tilted) == pytest.approx(-degrees, abs=0.15)
    assert abs(skew_angle(deskew(tilted))) <= 0.15


def test_a_clean_page_goes_through_unchanged():
    page = _page()
    assert np.array_equal(np.asarray(prepare_page(Image.fromarray(page))), page)


def test_a_shadow_over_half_the_page_is_read_after_clean_up():
    page = _page().astype(np.float32)
    shade = np.linspace(0.35, 1.0, page.shape[1])[None, :]  # the light falls from the right
    shadowed = (page * shade).astype(np.uint8)
    assert "officiele waarschuwing" not in _ocr(shadowed, ocr_prepare=False)
    text = _ocr(shadowed)
    assert "Wij geven u hierbij een officiele waarschuwing." in text
    assert "Bij herhaling kan dit leiden tot ontslag." in text


def test_copier_streaks_through_the_text_are_removed():
    page = _page().copy()
    for x in (420, 700, 1100):  # three vertical streaks from a dirty copier glass, over every line
        page[:, x : x + 2] = 40
    cleaned = remove_lines(page)
    # The streaks are gone above and below the text; across it only the letters they crossed are kept.
    for x in (420, 700, 1100):
        assert cleaned[:180, x : x + 2].min() == 255 and cleaned[600:, x : x + 2].min() == 255
    assert "De afgesproken doelen zijn niet gehaald: de orders" in _ocr(page)


def test_a_phone_photo_of_the_sheet_is_flattened_to_the_sheet():
    page = _page()
    height, width = page.shape
    desk = np.full((int(height * 1.2), int(width * 1.2)), 70, np.uint8)
    corners = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    seen = np.float32([[140, 90], [width + 150, 160], [width + 90, height + 200], [110, height + 150]])
    matrix = cv2.getPerspectiveTransform(corners, seen)
    photo = cv2.warpPerspective(page, matrix, (desk.shape[1], desk.shape[0]), borderValue=0)
    inside = cv2.warpPerspective(np.full_like(page, 255), matrix, (desk.shape[1], desk.shape[0]), borderValue=0)
    photo = np.where(inside > 0, photo, desk)
    flat = straighten_photo(photo)
    assert abs(flat.shape[1] - width) < 0.05 * width and abs(flat.shape[0] - height) < 0.05 * height
    assert "Op 12 maart 2024 hebben wij uw functioneren besproken." in _ocr(photo)


def test_an_empty_sheet_is_blank_and_a_page_with_one_line_is_not():
    empty = np.full((2339, 1654), 250, np.uint8)
    assert is_blank(Image.fromarray(empty))
    one_line = Image.fromarray(empty)
    ImageDraw.Draw(one_line).text((150, 200), "Bijlage 3", fill=0, font=ImageFont.truetype(FONT, 33))
    assert not is_blank(one_line)
    pages, _, _ = read_pdf_pages(_scanned_pdf(empty), 0, None, IngestSettings())
    assert (pages[0].text, pages[0].ocr) == ("", True)


@pytest.mark.parametrize(("scan_dpi", "read_at"), [(150, 200), (200, 200), (300, 300), (400, 300)])
def test_a_scan_is_read_at_its_own_resolution_within_bounds(scan_dpi: int, read_at: int):
    width, height = int(8.27 * scan_dpi), int(11.69 * scan_dpi)
    data = _scanned_pdf(np.full((height, width), 255, np.uint8))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert scan_resolution(pdf.pages[0], IngestSettings()) == read_at


def test_large_print_is_scaled_down_to_its_letters_and_small_print_keeps_its_resolution():
    # 12 pt print at 200 and 300 dpi: letters 17 and 28 px high (median of the page's letter shapes), read at the
    # resolution where they are 12 px; 8 pt print at 200 dpi (letters 11 px) and an empty sheet are left as they are.
    small_print = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(small_print)
    for row, line in enumerate(LINES * 3):
        draw.text((180, 200 + 30 * row), line, fill=0, font=ImageFont.truetype(FONT, int(200 * 8 / 72)))
    pages = [(Image.fromarray(_page(200)), 200), (Image.fromarray(_page(300)), 300), (small_print, 200)]
    pages.append((Image.new("L", (1654, 2339), 255), 200))
    assert [letter_height(np.asarray(image)) for image, _ in pages] == [17.0, 28.0, 11.0, None]
    fitted = [fit_to_letters(image, dpi, 12.0, 100) for image, dpi in pages]
    assert [(dpi, image.size) for image, dpi in fitted] == [
        (141, (1166, 1648)),
        (129, (1066, 1508)),
        (200, (1654, 2339)),
        (200, (1654, 2339)),
    ]
    assert fit_to_letters(pages[1][0], 300, 12.0, 150)[1] == 150  # never below the floor


def test_pages_scanned_at_different_resolutions_are_each_read_at_their_own(monkeypatch):
    import analyzer.ingest.ocr as ocr

    resolutions = []
    real = ocr._Engine.read
    monkeypatch.setattr(
        ocr._Engine,
        "read",
        lambda self, image, dpi, *a, **k: resolutions.append(dpi) or real(self, image, dpi, *a, **k),
    )
    pdf = FPDF(format="A4")
    for dpi in (300, 200):
        pdf.add_page()
        buffer = io.BytesIO()
        Image.fromarray(_page(dpi)).save(buffer, format="PNG", dpi=(dpi, dpi))
        pdf.image(buffer, x=0, y=0, w=210, h=297)
    read, warnings, _ = read_pdf_pages(bytes(pdf.output()), 0, None, IngestSettings())
    assert warnings == [] and resolutions == [129, 141]  # each scaled to its letters from its own resolution
    for page in read:
        assert " ".join(page.text.split()).startswith(" ".join(LINES[:3]))


def test_a_coloured_stamp_and_a_blue_signature_over_the_text_are_dropped():
    ink = Image.new("RGB", (1654, 2338), "white")  # stamp and pen ink, printed over the text (multiplied)
    draw = ImageDraw.Draw(ink)
    stamp_font = ImageFont.truetype(FONT, 60)
    draw.rectangle((900, 330, 1500, 560), outline=(200, 30, 40), width=6)  # over the third to fifth lines
    draw.text((940, 360), "ONTVANGEN", fill=(200, 30, 40), font=stamp_font)
    draw.text((940, 450), "14 MRT 2024", fill=(200, 30, 40), font=stamp_font)
    draw.line([(200 + 12 * i, 420 + 40 * np.sin(i / 2)) for i in range(60)], fill=(25, 35, 120), width=4)
    page = ImageChops.multiply(Image.fromarray(_page()).convert("RGB"), ink)
    dark, print_ink = drop_colour(page) < 128, _page() < 128
    stamp_and_pen = np.asarray(ink.convert("L")) < 200
    left = dark & ~print_ink  # only where ink crossed a letter's grey edge
    assert left.sum() < 0.002 * stamp_and_pen.sum()  # 30 of 24,772 pixels of ink
    assert dark.sum() >= 0.97 * print_ink.sum()  # the print under it is (where the stamp's ink did not cover it)
    buffer = io.BytesIO()
    pdf = FPDF(format="A4")
    pdf.add_page()
    page.save(buffer, format="PNG")
    pdf.image(buffer, x=0, y=0, w=210, h=297)
    pages, _, _ = read_pdf_pages(bytes(pdf.output()), 0, None, IngestSettings())
    text = " ".join(pages[0].text.split())
    assert "De afgesproken doelen zijn niet gehaald: de orders" in text and "ONTVANGEN" not in text


def test_six_scanned_pages_each_get_their_own_text_from_one_loaded_model():
    import analyzer.ingest.ocr as ocr

    loads = ocr._engine.cache_info().misses
    pages = []
    for number in range(6):
        image = Image.new("L", (1654, 2339), 255)
        ImageDraw.Draw(image).text(
            (180, 200), f"Bijlage {number + 1}: verslag", fill=0, font=ImageFont.truetype(FONT, 44)
        )
        pages.append(np.asarray(image))
    pdf = FPDF(format="A4")
    for image in pages:
        pdf.add_page()
        buffer = io.BytesIO()
        Image.fromarray(image).save(buffer, format="PNG")
        pdf.image(buffer, x=0, y=0, w=210, h=297)
    read, warnings, _ = read_pdf_pages(bytes(pdf.output()), 0, None, IngestSettings())
    assert warnings == [] and ocr._engine.cache_info().misses - loads <= 1  # the model loaded once at most
    assert [p.text.strip() for p in read] == [f"Bijlage {n}: verslag" for n in range(1, 7)]


def test_a_page_that_runs_past_its_ocr_deadline_is_stopped_and_named():
    pdf = FPDF(format="A4")
    for _ in range(2):
        pdf.add_page()
        buffer = io.BytesIO()
        Image.fromarray(_page()).save(buffer, format="PNG")
        pdf.image(buffer, x=0, y=0, w=210, h=297)
    read, warnings, _ = read_pdf_pages(bytes(pdf.output()), 0, None, IngestSettings(ocr_page_timeout_s=0.001))
    assert [(p.number, p.text, p.ocr) for p in read] == [(1, "", True), (2, "", True)]
    assert warnings == [
        f"Pagina {n}: Tekstherkenning van een gescande pagina duurde langer dan 0,001 seconden en is afgebroken; "
        "controleer de scan of lever een betere kopie aan."
        for n in (1, 2)
    ]


def test_pages_read_from_several_threads_while_workers_fork_all_come_out_whole():
    """The dashboard may ask for a scanned page's word boxes from two sessions at once while a third analyses a
    scanned dossier in forked workers: one Tesseract per process, used by one thread at a time, never forked mid-page."""
    import threading

    from analyzer.dossier import SourceFile
    from analyzer.ingest.cache import ExtractionCache
    from analyzer.ingest.ocr import ocr_words
    from analyzer.ingest.parallel import extract_all

    page = Image.fromarray(_page())
    expected = [word for word, _ in ocr_words(page, IngestSettings(), 200)]
    found: list[list[str]] = []

    def boxes() -> None:
        for _ in range(3):
            found.append([word for word, _ in ocr_words(page, IngestSettings(), 200)])

    pdf = FPDF(format="A4")
    for _ in range(4):
        pdf.add_page()
        buffer = io.BytesIO()
        page.save(buffer, format="PNG")
        pdf.image(buffer, x=0, y=0, w=210, h=297)
    threads = [threading.Thread(target=boxes) for _ in range(2)]
    for thread in threads:
        thread.start()
    read = [
        r
        for _, result in extract_all(
            [SourceFile("scan.pdf", bytes(pdf.output()))], IngestSettings(file_timeout_s=60), ExtractionCache(None), 2
        )
        for r in result
    ]
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads)
    assert found == [expected] * 6
    assert [p.text.split()[:4] for p in read[0].pages] == [["Geachte", "heer", "Bakker,", "Op"]] * 4
