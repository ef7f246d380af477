"""Plain data passed between the pipeline stages: ingest → segment → date → classify → score → report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Extraction(StrEnum):
    """How the text of a document was obtained (report field `extraction`)."""

    TEXT = "text"
    OCR = "ocr"
    FAILED = "failed"


@dataclass(frozen=True)
class Page:
    """The text of one page; `number` is 1-based within its file, None for files without pages."""

    number: int | None
    text: str
    ocr: bool = False


@dataclass(frozen=True)
class SourceFile:
    """One input file as found in the dossier: its path relative to the dossier root and its bytes."""

    path: str
    data: bytes


@dataclass(frozen=True)
class InputFile:
    """One input file of a dossier as the audit log and the report record it: its path and the SHA-256 of its bytes
    (None for a file that could not be read, so no bytes were seen). The hash is also how a deleted case's
    extracted text is found in the cache."""

    path: str
    sha256: str | None


@dataclass(frozen=True)
class ExtractedFile:
    """The text of one file (or of one e-mail attachment), or the reason it could not be read.

    `paginated` is True for PDFs: their pages carry numbers and may hold several documents.
    `header_date` is the date an e-mail header states, which outranks any date in the body.
    """

    path: str
    kind: str
    pages: tuple[Page, ...] = ()
    paginated: bool = False
    error: str | None = None
    attachment: str | None = None
    title: str | None = None
    header_date: dt.date | None = None
    warnings: tuple[str, ...] = ()

    @property
    def failed(self) -> bool:
        return self.error is not None


@dataclass(frozen=True)
class Document:
    """One document of the dossier: a page range of a file, or a whole non-paginated file."""

    id: str
    file: str
    pages: tuple[Page, ...]
    paginated: bool
    attachment: str | None = None
    error: str | None = None
    title: str | None = None
    header_date: dt.date | None = None
    date: dt.date | None = None
    date_quote: str | None = None
    date_reason: str | None = None
    doc_type: str | None = None
    subtype: str | None = None
    confidence: float | None = None
    runner_up: str | None = None
    runner_up_confidence: float | None = None
    top_terms: tuple[str, ...] = ()
    needs_review: bool = False
    type_source: str | None = None
    split_reason: str | None = None
    # Who wrote it, as the facts stage reads it: "employer", "employee", "occupational_physician" or "coach".
    author: str | None = None
    # The employee's names as the dossier's formal documents give them (set by the facts stage), to tell the
    # employee's words from the manager's in chats, transcripts and quoted e-mails.
    employee_names: tuple[str, ...] = ()
    # The year most documents of the dossier are dated in: completes a note's "14-3" (set by the date stage).
    context_year: int | None = None
    # Set by the duplicates stage: the id of the document this one repeats ("exact": the same text in another
    # format; "version": an earlier or later version of it). A repeat is shown but not scored a second time.
    duplicate_of: str | None = None
    duplicate_kind: str | None = None
    # The documents of this dossier that this one quotes below its own text (an e-mail reply, a forward):
    # their facts are read from themselves, not again from the quote.
    quotes: tuple[str, ...] = ()

    @property
    def page_range(self) -> tuple[int, int] | None:
        if not self.paginated or not self.pages:
            return None
        return (self.pages[0].number, self.pages[-1].number)

    @property
    def ocr_pages(self) -> list[int]:
        return [p.number for p in self.pages if p.ocr and p.number is not None]

    @property
    def extraction(self) -> Extraction:
        if self.error is not None:
            return Extraction.FAILED
        return Extraction.OCR if any(p.ocr for p in self.pages) else Extraction.TEXT

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.pages)


@dataclass(frozen=True)
class Dossier:
    """Everything read from one dossier, ready to be scored and reported."""

    name: str
    files: int
    pages: int
    documents: tuple[Document, ...]
    warnings: tuple[str, ...] = field(default=())
    # Every input file read for this analysis, with its hash (ingest stage).
    inputs: tuple[InputFile, ...] = ()
    # The score stage's Assessment (analyzer.score); Any here keeps this module free of stage imports.
    assessment: Any = None
