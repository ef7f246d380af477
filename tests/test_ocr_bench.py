"""The OCR bench's page generator: image-only PDFs with exactly the pages and ground truth asked for, the same bytes
from the same seed, and a clean page the product reads almost without error (else the bench measures nothing)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import ocr_bench  # noqa: E402
import scans  # noqa: E402

from analyzer.ingest import IngestSettings  # noqa: E402
from analyzer.ingest.pdf import read_pdf_pages  # noqa: E402


def _pages() -> list[scans.ScanPage]:
    sources = scans.load_sources(ROOT / "corpus")
    forms = [s for s in sources if s.doc_type in scans.FORM_TYPES]
    return [
        scans.make_page("clean_300", sources[0], seed=1),
        scans.make_page("speckle_streaks", sources[1], seed=2),
        scans.make_page("form_two_column", forms[0], seed=3),
    ]


def test_generated_pages_are_image_only_with_their_truth():
    pages = _pages()
    data = scans.image_pdf(pages)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) == 3
        for page, made in zip(pdf.pages, pages, strict=True):
            assert page.extract_text().strip() == ""  # no text layer
            assert len(page.images) == 1
            assert page.images[0]["srcsize"] == made.image.size
    assert [p.image.size for p in pages] == [(2480, 3508), (1654, 2339), (1654, 2339)]  # A4 at 300 and 200 dpi
    assert pages[0].truth == "\n".join(run.text for run in pages[0].layout.runs)
    assert pages[0].truth.splitlines()[0] in pages[0].source.text
    assert len(pages[2].readings) == 3 and all("Naam medewerker" in r for r in pages[2].readings)
    assert scans.image_pdf(_pages()) == data  # deterministic


def test_clean_page_is_read_by_the_product_and_the_digital_original_is_exact():
    page = _pages()[0]
    read, _, total = read_pdf_pages(scans.image_pdf([page]), 0, None, IngestSettings())
    assert total == 1 and read[0].ocr
    assert ocr_bench.rates([ocr_bench.errors(page.readings, read[0].text)])["cer"] < 0.02
    digital, _, _ = read_pdf_pages(scans.text_pdf(page.layout), 0, None, IngestSettings())
    assert not digital[0].ocr
    assert ocr_bench.rates([ocr_bench.errors(page.readings, digital[0].text)])["cer"] == 0
