"""Ingest stage: find a dossier's files and extract their text (PDF, OCR, .docx, .eml, .msg, .txt)."""

from analyzer.ingest.extract import extract
from analyzer.ingest.settings import IngestSettings
from analyzer.ingest.sources import input_file, input_hashes, is_system_file, iter_sources

__all__ = ["IngestSettings", "extract", "input_file", "input_hashes", "is_system_file", "iter_sources"]
