"""Duplicates stage: the same letter twice, an earlier version, an e-mail quoting another document of the dossier.

A client's dossier holds the warning as a PDF, as the attachment of the e-mail that sent it and as a scan of the
printed copy; the draft plan beside the final one; a reply that quotes the mail it answers. A court counts a warning
once, so the scoring must too. This stage links such documents, it never drops one:
- a **repeat** ("exact": the same text in another format, OCR noise aside; "version": an earlier or later version of
  it, dated close together) points at its primary with `duplicate_of` and is left out of the facts and the score;
- a **quote** (an e-mail whose quoted part below its own text is another document of the dossier) keeps its own
  text in the score; `quotes` names the documents it quotes, so their facts are read from themselves only.

Texts are compared as sets of word shingles (three normalised words in a row), which survive reflowed lines,
another file format and the odd OCR error; the own and the quoted part of an e-mail are told apart by the facts
stage's sentence reading (its quote markers and quoted headers).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from analyzer.dossier import Document

LinkKind = Literal["exact", "version", "quote"]


@dataclass(frozen=True)
class DuplicateSettings:
    """Thresholds of the grouping, chosen on tests/duplicate_sets/dev (never on heldout)."""

    shingle_words: int = 3
    # Jaccard similarity of the own texts from which two documents are the same text.
    exact_similarity: float = 0.8
    # From which they are versions of one document, if also dated within `version_days` of each other.
    version_similarity: float = 0.5
    version_days: int = 62
    # Share of a document's shingles found in another's quoted part for the other to quote it.
    quote_containment: float = 0.8
    # Fewer shingles than this and a text is too short to call a repeat ("Akkoord, tot maandag.").
    min_shingles: int = 12
    # A shingle found in more documents than this is letterhead or form text: it tells nothing about a pair.
    common_shingle_documents: int = 25


@dataclass(frozen=True)
class Link:
    """`document` repeats or quotes `other`; `similarity` is the Jaccard (repeats) or the containment (quotes)."""

    document: str
    other: str
    kind: LinkKind
    similarity: float


@dataclass(frozen=True)
class _Text:
    own: frozenset[str]
    quoted: frozenset[str]


_WORD = re.compile(r"[a-z0-9]+")


def normalise_words(text: str) -> list[str]:
    """Lower-case words without accents or punctuation: a PDF, a .docx and an OCR'd scan of one letter agree."""
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode("ascii")
    return _WORD.findall(plain)


def shingles(words: Sequence[str], size: int) -> frozenset[str]:
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


def _texts(doc: Document, settings: DuplicateSettings) -> _Text:
    from analyzer.facts.reading import read_document  # the facts stage's reading of quote markers and headers

    own, quoted = [], []
    for sentence in read_document(doc):
        (quoted if sentence.quoted else own).append(sentence.text)
    size = settings.shingle_words
    return _Text(shingles(normalise_words(" ".join(own)), size), shingles(normalise_words(" ".join(quoted)), size))


def _shared_counts(sets: dict[str, frozenset[str]], settings: DuplicateSettings) -> Counter[tuple[str, str]]:
    """For every pair of documents with a shingle in common: how many (an inverted index, not all pairs)."""
    postings: dict[str, list[str]] = defaultdict(list)
    for doc_id, items in sets.items():
        for item in items:
            postings[item].append(doc_id)
    shared: Counter[tuple[str, str]] = Counter()
    for ids in postings.values():
        if 1 < len(ids) <= settings.common_shingle_documents:
            for i, first in enumerate(ids):
                for second in ids[i + 1 :]:
                    shared[(first, second)] += 1
    return shared


def _days_apart(a: dt.date | None, b: dt.date | None) -> int:
    return 0 if a is None or b is None else abs((a - b).days)


def find_links(documents: Sequence[Document], settings: DuplicateSettings = DuplicateSettings()) -> list[Link]:
    """Every repeat and quote between the readable documents of a dossier."""
    readable = [d for d in documents if not d.error]
    by_id = {d.id: d for d in readable}
    texts = {d.id: _texts(d, settings) for d in readable}
    links: list[Link] = []
    own = {i: t.own for i, t in texts.items() if len(t.own) >= settings.min_shingles}
    lowest = min(settings.exact_similarity, settings.version_similarity)
    for (a, b), count in _shared_counts(own, settings).items():
        # The union is at least the larger set: most pairs share a few common phrases and are ruled out without
        # building it (in a 1,000-page dossier nearly every pair of its 125 documents shares a shingle).
        if count / max(len(own[a]), len(own[b])) < lowest:
            continue
        similarity = count / (len(own[a]) + len(own[b]) - len(own[a] & own[b]))
        if similarity >= settings.exact_similarity:
            links.append(Link(b, a, "exact", round(similarity, 3)))
        elif (
            similarity >= settings.version_similarity
            and _days_apart(by_id[a].date, by_id[b].date) <= settings.version_days
        ):
            links.append(Link(b, a, "version", round(similarity, 3)))
    quoted = {i: t.quoted for i, t in texts.items() if t.quoted}
    for quoting, part in quoted.items():
        for doc_id, items in own.items():
            if doc_id == quoting:
                continue
            containment = len(items & part) / len(items)
            if containment >= settings.quote_containment:
                links.append(Link(quoting, doc_id, "quote", round(containment, 3)))
    return links


def _components(ids: Iterable[str], pairs: Iterable[tuple[str, str]]) -> list[list[str]]:
    """Connected components (union-find), each in dossier order."""
    parent = {i: i for i in ids}

    def root(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        parent[root(a)] = root(b)
    groups: dict[str, list[str]] = defaultdict(list)
    for i in parent:
        groups[root(i)].append(i)
    return [sorted(g) for g in groups.values()]


def _primary_rank(doc: Document) -> tuple:
    """Which copy stands for the group: the latest version, read from a text layer, a file of its own, a PDF (what is
    sent and filed; a .docx is usually the editable draft), the fullest."""
    own_file = doc.attachment is None
    pdf = (doc.attachment or doc.file).lower().endswith(".pdf")
    return (doc.date or dt.date.min, doc.extraction.value != "ocr", own_file, pdf, len(doc.text))


def mark_duplicates(documents: Sequence[Document], settings: DuplicateSettings = DuplicateSettings()) -> list[Document]:
    """The documents with `duplicate_of`, `duplicate_kind` and `quotes` set."""
    links = find_links(documents, settings)
    by_id = {d.id: d for d in documents}
    repeats = [link for link in links if link.kind != "quote"]
    primary_of: dict[str, tuple[str, str]] = {}
    for group in _components(by_id, ((link.document, link.other) for link in repeats)):
        if len(group) < 2:
            continue
        primary = max(group, key=lambda i: _primary_rank(by_id[i]))
        for member in group:
            if member != primary:
                exact = any(
                    {link.document, link.other} == {member, primary} and link.kind == "exact" for link in repeats
                )
                primary_of[member] = (primary, "exact" if exact else "version")
    quotes: dict[str, set[str]] = defaultdict(set)
    for link in links:
        if link.kind == "quote":
            quotes[link.document].add(primary_of.get(link.other, (link.other,))[0])
    marked = []
    for doc in documents:
        primary, kind = primary_of.get(doc.id, (None, None))
        marked.append(
            dataclasses.replace(
                doc, duplicate_of=primary, duplicate_kind=kind, quotes=tuple(sorted(quotes[doc.id] - {doc.id}))
            )
        )
    return marked


def groups(documents: Sequence[Document]) -> list[list[str]]:
    """The documents that belong together (repeats and quotes), each group in dossier order; singletons left out."""
    pairs = [(d.id, d.duplicate_of) for d in documents if d.duplicate_of]
    pairs += [(d.id, other) for d in documents for other in d.quotes]
    return [g for g in _components((d.id for d in documents), pairs) if len(g) > 1]


def scored(documents: Iterable[Document]) -> list[Document]:
    """The documents the facts and the score read: each repeat only once, as its primary."""
    return [d for d in documents if d.duplicate_of is None]
