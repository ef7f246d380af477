"""Corrections of a document's type or date made by the user, kept so the next analysis and training use them.

Stored in the case store (analyzer.store; SQLite in the user's data folder, never in the repository): each
correction holds the document's text, so `train --with-corrections` can learn a firm's own letter formats,
and its fingerprint, so the next analysis of the same document takes the correction at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace

from analyzer.classify.corpus import LabelledText
from analyzer.dossier import Document
from analyzer.store import CaseStore


def fingerprint(text: str) -> str:
    """Identifies a document by its text, whitespace-insensitive, so a re-extracted copy still matches."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Correction:
    """A user's correction of one document's type and/or date (None: that field was not corrected)."""

    fingerprint: str
    doc_type: str | None
    subtype: str | None
    text: str
    dossier: str
    document: str
    created: str
    date: str | None = None


class CorrectionStore:
    """The user's corrections, in the case store shared by the CLI and the dashboard."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url

    def add(
        self,
        text: str,
        doc_type: str | None,
        subtype: str | None,
        *,
        dossier: str,
        document: str,
        date: dt.date | None = None,
        team: str = "",
    ) -> None:
        """Keep a correction made in case (`team`, `dossier`)."""
        with CaseStore(self.url) as store:
            store.add_correction(
                fingerprint(text),
                doc_type,
                subtype,
                date.isoformat() if date else None,
                text,
                dossier,
                document,
                team=team,
            )

    def all(self, teams: Collection[str] | None = None) -> dict[str, Correction]:
        """Per document fingerprint, the latest corrected type and the latest corrected date, of the corrections
        made in cases of `teams` (None: all)."""
        with CaseStore(self.url) as store:
            return {key: Correction(**value) for key, value in store.corrections(teams).items()}

    def as_training_items(self) -> list[LabelledText]:
        """Corrections as labelled texts, each in a group of its own dossier (never mixed into the corpus groups)."""
        return [
            LabelledText(f"correction/{c.fingerprint[:12]}", f"correction:{c.dossier}", c.doc_type, c.subtype, c.text)
            for c in self.all().values()
            if c.doc_type is not None
        ]


def apply_corrections(documents: Sequence[Document], corrections: Mapping[str, Correction]) -> list[Document]:
    """The user's word overrides the model and the date finder, for the same text, in every later analysis."""
    corrected: list[Document] = []
    for doc in documents:
        found = corrections.get(fingerprint(doc.text)) if doc.error is None else None
        if found is not None and found.doc_type is not None:
            doc = replace(
                doc,
                runner_up=doc.doc_type,
                runner_up_confidence=doc.confidence,
                doc_type=found.doc_type,
                subtype=found.subtype,
                confidence=1.0,
                needs_review=False,
                type_source="correctie",
            )
        if found is not None and found.date is not None:
            doc = replace(
                doc,
                date=dt.date.fromisoformat(found.date),
                date_quote=None,
                date_reason="gecorrigeerd door de gebruiker",
            )
        corrected.append(doc)
    return corrected
