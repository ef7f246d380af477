"""The labelled corpus: one text file per document, one folder per group (employer / dossier / author)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from analyzer.labels import DOC_TYPES, SUBTYPES_OF, LabelError

SUBTYPES = SUBTYPES_OF

_FRONT_MATTER = re.compile(r"\A---\s*\n(?P<head>.*?)\n---\s*\n", re.DOTALL)


class CorpusError(LabelError):
    """A corpus file with missing or invalid labels."""


@dataclass(frozen=True)
class LabelledText:
    id: str
    group: str
    doc_type: str
    subtype: str | None
    text: str


def parse_labelled(raw: str, source: str) -> tuple[str, str | None, str]:
    """Split a corpus file into (doc_type, subtype, text); raise CorpusError on bad labels."""
    match = _FRONT_MATTER.match(raw)
    if not match:
        raise CorpusError(f"{source}: front matter (--- doc_type: … ---) ontbreekt")
    fields = dict(
        (key.strip(), value.strip()) for key, _, value in (line.partition(":") for line in match["head"].splitlines())
    )
    doc_type = fields.get("doc_type", "")
    subtype = fields.get("subtype") or None
    subtype = None if subtype in (None, "null", "none", "") else subtype
    if doc_type not in DOC_TYPES:
        raise CorpusError(f"{source}: onbekend doc_type {doc_type!r}")
    if subtype is not None and subtype not in SUBTYPES.get(doc_type, ()):
        raise CorpusError(f"{source}: subtype {subtype!r} past niet bij {doc_type}")
    if doc_type in SUBTYPES and subtype is None:
        raise CorpusError(f"{source}: {doc_type} heeft een subtype nodig")
    return doc_type, subtype, raw[match.end() :]


def load_corpus(root: Path) -> list[LabelledText]:
    """Every document under `root/<group>/*.txt`, in a stable order."""
    items: list[LabelledText] = []
    for path in sorted(root.glob("*/*.txt")):
        doc_type, subtype, text = parse_labelled(path.read_text(encoding="utf-8"), str(path))
        group = path.parent.name
        items.append(LabelledText(f"{group}/{path.stem}", group, doc_type, subtype, text))
    return items


# Real texts others wrote (published example letters and forms, passages of dossier documents quoted in rulings),
# collected for training by helpers who never saw the evaluation sets: `<corpus>/real_texts/real-<source>/*.txt`, one
# folder per source page, so cross-validation never splits a page. They teach the short, cropped, older-register
# text that the corpus's own voice lacks.
REAL_TEXTS = "real_texts"
REAL_GROUP = "real-"

# The documents of the facts layer's dev dossiers (tests/facts_dossiers/dev), as the pipeline extracts and splits
# them, each labelled by the type definitions: `<corpus>/dossier_documents/dossier-<dossier>/*.txt`, one folder per
# dossier. Some sixty writers wrote them in the forms real files take (scans, threads, transcripts, notes), so they
# teach the variety one corpus voice cannot. The held-out dossiers are never among them.
DOSSIER_DOCUMENTS = "dossier_documents"
DOSSIER_GROUP = "dossier-"


# Short documents written for training in the forms real texts take — published model letters with placeholders,
# passages as a ruling quotes them ("[eiser]", "(…)"), cropped scans, first-person messages, forms and policies,
# borderline cases — by writers briefed only with the type definitions (`<corpus>/written_texts/BRIEF.md`), who never
# saw the corpus, the model or the evaluation sets: `<corpus>/written_texts/written-<writer>/*.txt`, one folder per
# writer, so cross-validation never splits a writer's habits.
WRITTEN_TEXTS = "written_texts"
WRITTEN_GROUP = "written-"


def training_corpus(root: Path) -> list[LabelledText]:
    """What the classifier learns from: the corpus documents, the real texts, the dev dossiers' documents and the
    texts written in real texts' forms."""
    return (
        load_corpus(root)
        + load_corpus(root / REAL_TEXTS)
        + load_corpus(root / DOSSIER_DOCUMENTS)
        + load_corpus(root / WRITTEN_TEXTS)
    )


def corpus_hash(items: Iterable[LabelledText]) -> str:
    """A fingerprint of texts and labels, stored with the model so a model and its data can be matched."""
    digest = hashlib.sha256()
    for item in sorted(items, key=lambda i: i.id):
        for part in (item.id, item.doc_type, item.subtype or "", item.text):
            digest.update(part.encode("utf-8"))
            digest.update(b"\x00")
    return digest.hexdigest()
