"""Limits and switches for reading files, one named setting each."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IngestSettings:
    # A PDF page whose text layer has fewer visible characters than this is treated as scanned and OCR'd.
    ocr_min_chars: int = 25
    # Tesseract language model; "nld" is Dutch (Debian package tesseract-ocr-nld).
    ocr_language: str = "nld"
    # A scanned page is OCR'd at its scan's own resolution, but at most this (Tesseract's sweet spot for A4 text)
    # and at least `ocr_min_dpi` (a 150 dpi fax is enlarged); benchmarks/ocr_bench.py measured the choice.
    ocr_dpi: int = 300
    ocr_min_dpi: int = 200
    # After clean-up a page is scaled down until its letters' median height is this many pixels (at most; never
    # below `ocr_floor_dpi`): the larger the print, the lower the resolution Tesseract needs. On
    # benchmarks/ocr_bench.py's 60 pages: 33.1 -> 27.8 s at CER 1.8% -> 2.0%, the same dates; 11 px was no faster
    # and misread a date, 13 px slower.
    ocr_letter_px: float = 12.0
    ocr_floor_dpi: int = 100
    # Clean up scanned pages before OCR (photo perspective, shadows, grey paper, dark borders, streaks, skew).
    ocr_prepare: bool = True
    # Tesseract variables: no second reading of each unsure line in inverted colours (white on black print is rare
    # in personnel files): 4% less time at the same CER on benchmarks/ocr_bench.py's pages.
    ocr_variables: tuple[tuple[str, str], ...] = (("tessedit_do_invert", "0"),)
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
    # ... and in at most this many chunks per worker: each chunk walks the file's whole page tree when it opens it
    # (0.04 s for 200 pages, 0.2 s for 1,000), so a bounded number of chunks keeps a large file's reading linear in
    # its pages (benchmarks/scale.py: 1,000 pages in 40 chunks spent 7.8 s of CPU opening the file).
    max_chunks_per_worker: int = 8
