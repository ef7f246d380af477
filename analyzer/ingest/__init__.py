"""Ingest stage: find a dossier's files and extract their text (PDF, OCR, .docx, .eml, .msg, .txt)."""

from analyzer.ingest.extract import extract
from analyzer.ingest.settings import IngestSettings
from analyzer.ingest.sources import is_system_file, iter_sources

__all__ = ["IngestSettings", "extract", "is_system_file", "iter_sources"]
