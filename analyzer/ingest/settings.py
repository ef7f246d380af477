"""Limits and switches for reading files, one named setting each."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IngestSettings:
    # A PDF page whose text layer has fewer visible characters than this is treated as scanned and OCR'd.
    ocr_min_chars: int = 25
    # Tesseract language model; "nld" is Dutch (Debian package tesseract-ocr-nld).
    ocr_language: str = "nld"
    # Resolution at which a scanned page is rendered for OCR; 300 dpi is Tesseract's sweet spot for A4 text.
    ocr_dpi: int = 300
    # Seconds one page may take in Tesseract before it is given up (the page is then reported as unreadable).
    ocr_page_timeout_s: float = 120.0
    # Turn OCR off entirely (scanned pages are then reported as having no text).
    ocr_enabled: bool = True
    # Larger files are not read at all: protects memory against absurd inputs.
    max_file_bytes: int = 200 * 1024 * 1024
    # A PDF with more pages than this is read up to this page only, with a warning.
    max_pages_per_file: int = 2000
    # Total bytes that may be unpacked from one .zip (protection against zip bombs).
    max_unpacked_bytes: int = 2 * 1024 * 1024 * 1024
    # How deep zips inside zips are opened.
    max_zip_depth: int = 3
    # Scanned pages beyond this number in one file are not OCR'd (a warning says so): bounds the time per file.
    max_ocr_pages: int = 300
    # A page is rendered for OCR at most this many pixels (about an A3 page at 300 dpi); bigger pages get a lower
    # resolution, and a page that would still need below 100 dpi is refused (a decompression bomb).
    max_ocr_pixels: int = 40_000_000
    # Seconds one file may take to read (all its pages, OCR included) before it is given up and reported.
    file_timeout_s: float = 900.0
    # A PDF is read in chunks of at most this many pages, spread over the worker processes.
    chunk_pages: int = 25
