"""Find the passages that carry a finding: the sentence, with its document and page."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from analyzer.dossier import Document

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"'(])")
_OPEN_LINE = re.compile(r"[a-zà-ÿ,;\-]$")
QUOTE_CHARS = 220
MIN_QUOTE_CHARS = 25


@dataclass(frozen=True)
class Evidence:
    document: str
    page: int | None
    quote: str


@lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[str, ...]:
    """Sentences of a page: wrapped lines are joined back, form lines ("Ondersteuning: n.v.t.") stay apart.

    Cached: every rule reads the same pages again.
    """
    joined: list[str] = []
    for line in (line.strip() for line in text.splitlines()):
        if not line:
            continue
        if joined and _OPEN_LINE.search(joined[-1]) and line[:1].islower():
            joined[-1] += " " + line
        else:
            joined.append(line)
    return tuple(part.strip() for line in joined for part in _SENTENCE_END.split(line) if part.strip())


def _trim(sentence: str, match: re.Match[str]) -> str:
    if len(sentence) <= QUOTE_CHARS:
        return sentence
    start = max(0, min(match.start() - QUOTE_CHARS // 3, len(sentence) - QUOTE_CHARS))
    return ("…" if start else "") + sentence[start : start + QUOTE_CHARS].strip() + "…"


def passages(documents: Iterable[Document], pattern: re.Pattern[str], limit: int = 3) -> list[Evidence]:
    """The first sentences (at most `limit`) in these documents that match the pattern.

    Bare headings ("Doelen") prove little, so sentences shorter than MIN_QUOTE_CHARS only fill up the list.
    """
    full: list[Evidence] = []
    short: list[Evidence] = []
    for doc in documents:
        for page in doc.pages:
            for sentence in sentences(page.text):
                if match := pattern.search(sentence):
                    (full if len(sentence) >= MIN_QUOTE_CHARS else short).append(
                        Evidence(doc.id, page.number, _trim(sentence, match))
                    )
                    if len(full) >= limit:
                        return full
    return (full + short)[:limit]


def mentions(doc: Document, pattern: re.Pattern[str]) -> bool:
    return pattern.search(doc.text) is not None


def words(*alternatives: str) -> re.Pattern[str]:
    """A case-insensitive pattern of alternatives, each matched from a word start."""
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")", re.IGNORECASE)
