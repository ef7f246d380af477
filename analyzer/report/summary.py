"""One line per document for the chronology: its first substantive sentence.

A lawyer scanning a chronology wants what a document says, not its letterhead. So the line skips what comes before
the body — letterhead and addresses, e-mail headers, salutations, form fields ("Datum 14-03-2024", "Aanwezig …"),
table rows — and keeps the first sentence written as prose, cut at a word boundary. PDF text wraps, so a sentence
may run over several lines; a line only starts a sentence when the line before it ended one or was a header line.
"""

from __future__ import annotations

import re

from analyzer.dates import QUOTE_MARKER

MAX_CHARS = 160
# A line of prose has at least this many words, mostly lower case, and few numbers (a form field or a table row
# has capitalised names, dates and scores instead).
MIN_WORDS = 6
MIN_LOWER_SHARE = 0.6
MAX_NUMBER_SHARE = 0.25

_MAIL_HEADER = re.compile(
    r"^(van|aan|cc|bcc|verzonden|datum|onderwerp|betreft|from|to|sent|date|subject|bijlage|kenmerk)\s*:", re.IGNORECASE
)
# The labels of a form's or a minute's header block ("Aanwezig Ingrid Post, …", "Medewerker Linda van den Berg, …").
_FORM_LABEL = re.compile(
    r"^(Datum|Betreft|Onderwerp|Kenmerk|Ons kenmerk|Uw kenmerk|Bijlage|Aanwezig|Afwezig|Medewerker|Werknemer|"
    r"Leidinggevende|Beoordelaar|Functie|Afdeling|Naam|Periode|Looptijd|Versie|Deelnemer|Opdrachtgever|Coachee|"
    r"Coach|Trainer|Locatie|Plaats|Opgesteld door|Verslag|Notulist|In dienst sinds|HR|Aan|Van)\b"
)
# Letterhead and legends: addresses (postcode), e-mail, web, "O = onvoldoende M = matig".
_LETTERHEAD = re.compile(r"·|@|www\.| = |\b\d{4} ?[A-Z]{2}\b|\bKvK\b|\bIBAN\b")
_LIST_ITEM = re.compile(r"^([-•*–]|\d{1,2}[.)])\s")
_FIELD = re.compile(r"^[^\s:|]+(?: [^\s:|]+)?\s*:\s")  # "Naam: …", "Ons kenmerk: …"
# A score table row: a score or an X mark between the criterion and its note ("Vakkennis planning 3 Kent de …").
_SCORE_ROW = re.compile(r"\s(\d{1,2}|X)\s+[A-Z]")
# A sentence ends at . ! ? before a capital, a digit or the end; PDF text sometimes glues the next sentence on.
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z0-9'‘\"(]|\s*$|[A-Z][a-z])")
# "Advies. Schort het traject op …": a run-in heading of fewer words is not the sentence.
MIN_SENTENCE_WORDS = 3
_ABBREVIATIONS = frozenset(
    {"ca", "max", "min", "nr", "bijv", "resp", "incl", "excl", "tel", "evt", "mr", "mw", "dhr", "mevr", "drs", "ir",
     "ing", "dr", "prof", "jl", "blz", "art", "vs", "etc", "o.a", "m.b.t", "t.a.v", "d.d", "i.v.m", "z.s.m"}
)  # fmt: skip


def _words(line: str) -> list[str]:
    """The words of a line that hold a letter or a digit (not a dash or a bullet)."""
    return [w for w in line.split() if any(c.isalnum() for c in w)]


def reads_as_sentence(text: str) -> bool:
    """Whether a line reads as running text, not as a heading, an e-mail header or letterhead: mostly lower-case
    words after the first. Also what makes a quote worth showing on its own ("Coaching: zes sessies …" is)."""
    words = _words(text)
    if len(words) < 2 or _MAIL_HEADER.match(text) or QUOTE_MARKER.match(text) or _LETTERHEAD.search(text):
        return False
    return sum(w[:1].islower() for w in words[1:]) / (len(words) - 1) >= MIN_LOWER_SHARE


def _is_prose(line: str) -> bool:
    """A line that can open a sentence: enough words, capitalised start, running text, few numbers, no table."""
    words = _words(line)
    if len(words) < MIN_WORDS or not line[:1].isupper() or "|" in line or "\t" in line:
        return False
    if _is_header(line) or _SCORE_ROW.search(line):
        return False
    numbers = sum(any(c.isdigit() for c in w) for w in words) / len(words)
    return numbers <= MAX_NUMBER_SHARE and reads_as_sentence(line)


def _ends_block(line: str) -> bool:
    """The line before a sentence start: empty, short, a header or field line, or ending a sentence. A long line
    that ends mid-sentence (a wrapped table cell, a letter's running text) does not: what follows continues it."""
    if not line or len(_words(line)) < MIN_WORDS or line.endswith((".", "!", "?", ":", ",")):
        return True
    return _is_header(line) or "|" in line


def _is_header(line: str) -> bool:
    return bool(_MAIL_HEADER.match(line) or _FORM_LABEL.match(line) or _FIELD.match(line))


def _sentences(paragraph: str) -> list[str]:
    """The paragraph cut at sentence ends, not at abbreviations ("ca.", "t.a.v.") or initials ("M.")."""
    sentences, start = [], 0
    for match in _SENTENCE_END.finditer(paragraph):
        words = paragraph[start : match.start()].split()
        last = words[-1].lower().lstrip("(") if words else ""
        if last not in _ABBREVIATIONS and not re.fullmatch(r"(\w\.)*\w", last):
            sentences.append(paragraph[start : match.end()].strip())
            start = match.end()
    rest = paragraph[start:].strip()
    return [*sentences, rest] if rest else sentences


def _first_sentence(paragraph: str) -> str:
    sentences = _sentences(paragraph)
    return next((s for s in sentences if len(_words(s)) >= MIN_SENTENCE_WORDS), sentences[0])


def shorten(text: str, limit: int = MAX_CHARS) -> str:
    """Cut at the last word boundary within `limit` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:-–")
    return cut + "…"


def _paragraph(lines: list[str]) -> str:
    """The lines from a sentence start on, joined, up to the first line that is not a wrapped part of it."""
    paragraph = [lines[0]]
    for line in lines[1:]:
        if not _is_continuation(line) or len(" ".join(paragraph)) > 2 * MAX_CHARS:
            break
        paragraph.append(line)
    return " ".join(paragraph)


def _is_continuation(line: str) -> bool:
    """A wrapped line of the same paragraph: not empty, not a heading, field, table row, list item or letterhead."""
    return (
        bool(line)
        and "|" not in line
        and not any(pattern(line) for pattern in (_is_header, _SCORE_ROW.search, _LIST_ITEM.match, _LETTERHEAD.search))
    )


def document_summary(text: str, title: str | None = None) -> str | None:
    """The first substantive sentence of a document's text, at most ~160 characters; the title when there is none.

    A paragraph without any sentence punctuation (a heading, a letterhead's tagline) is used only when the text
    has nothing better: handwritten notes are often written that way.
    """
    lines = [line.strip() for line in text.splitlines() if not line.lstrip().startswith(">")]
    fallback = None
    for index, line in enumerate(lines):
        if _is_prose(line) and line != title and _ends_block(lines[index - 1] if index else ""):
            paragraph = _paragraph(lines[index:])
            if re.search(r"[.!?;:]", paragraph):
                return shorten(_first_sentence(paragraph))
            fallback = fallback or paragraph
    if fallback:
        return shorten(_first_sentence(fallback))
    return shorten(title) if title else None
