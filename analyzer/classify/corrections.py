"""Corrections of a document's type made by the user, kept so the next analysis and the next training use them.

Stored as JSON lines in the user's data folder (never in the repository): each line holds the document's
text, so `train --with-corrections` can learn a firm's own letter formats, and its fingerprint, so the next
analysis of the same document takes the corrected type at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from platformdirs import user_data_dir

from analyzer.classify.corpus import SUBTYPES, CorpusError, LabelledText
from analyzer.dossier import Document
from analyzer.labels import DOC_TYPES

# Set this variable to keep the user's data (corrections, user model) elsewhere, e.g. on an encrypted disk.
HOME_VARIABLE = "DOSSIER_ANALYZER_HOME"


def data_home() -> Path:
    return Path(os.environ.get(HOME_VARIABLE) or user_data_dir("dossier-analyzer", appauthor=False))


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


def validate_label(doc_type: str, subtype: str | None) -> None:
    if doc_type not in DOC_TYPES:
        raise CorpusError(f"onbekende documentsoort {doc_type!r}; kies uit {', '.join(DOC_TYPES)}")
    if subtype is not None and subtype not in SUBTYPES.get(doc_type, ()):
        raise CorpusError(f"subtype {subtype!r} past niet bij {doc_type}")


class CorrectionStore:
    """Append-only JSON-lines file; the latest correction of a document wins."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_home() / "corrections.jsonl"

    def add(
        self,
        text: str,
        doc_type: str | None,
        subtype: str | None,
        *,
        dossier: str,
        document: str,
        date: dt.date | None = None,
    ) -> Correction:
        if doc_type is not None:
            validate_label(doc_type, subtype)
            if subtype is None and doc_type in SUBTYPES:
                subtype = "other"
        correction = Correction(
            fingerprint(text),
            doc_type,
            subtype,
            text,
            dossier,
            document,
            dt.datetime.now(dt.UTC).isoformat(),
            date.isoformat() if date else None,
        )
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(asdict(correction), ensure_ascii=False) + "\n")
        return correction

    def all(self) -> dict[str, Correction]:
        """Per document fingerprint, the latest corrected type and the latest corrected date."""
        if not self.path.exists():
            return {}
        latest: dict[str, Correction] = {}
        for line in self.path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            new = Correction(**json.loads(line))
            old = latest.get(new.fingerprint)
            if old is not None and new.doc_type is None:
                new = replace(new, doc_type=old.doc_type, subtype=old.subtype)
            if old is not None and new.date is None:
                new = replace(new, date=old.date)
            latest[new.fingerprint] = new
        return latest

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
