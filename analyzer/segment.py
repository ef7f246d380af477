"""Segment stage: split a bundled PDF into its documents by page range.

Personnel files are often scanned or printed into one PDF. Each page is scored for signs that a new
document starts on it (a "Pagina 1 van N" footer, an e-mail header block, a salutation, a "Betreft:" line,
a title, a date line near the top, the previous page ending with a signature) against signs that it
continues the previous one ("Pagina 2 van 3", a first line that continues a sentence). Stamps that belong to
the file rather than to its documents are read with the whole file in view: page numbers running through an
export ("Pagina 37 van 120") are set aside, and a court bundle's exhibit stamps ("Productie 7 – blad 2") mark
where exhibits begin (a titled page behind a printed e-mail that announces an attachment is that attachment). Every decision keeps its reason, so a user can see why a split was made.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analyzer.dossier import Page

_PAGE_OF = re.compile(r"\b(?:pagina|blad|page|pag\.?|p\.)\s*(\d{1,3})\s*(?:van|of|/|uit)\s*(\d{1,3})\b", re.IGNORECASE)
_BARE_PAGE_OF = re.compile(r"^\s*[-–]?\s*(\d{1,3})\s*(?:/|van)\s*(\d{1,3})\s*[-–]?\s*$")
# A court bundle's exhibit stamp: "Productie 7 – blad 2", "PRODUCTIE 8" with "blad 1" on a line of its own.
_EXHIBIT = re.compile(r"\bproductie\s+(\d{1,3})\b", re.IGNORECASE)
_EXHIBIT_SHEET = re.compile(r"\bblad\s+(\d{1,3})\b(?!\s*(?:van|/|of)\s*\d)", re.IGNORECASE)
# A printed e-mail that announces its attachment ("in de bijlage het verslag"): the titled page after it is that
# attachment, a document of its own even inside one exhibit.
_ANNOUNCES_ATTACHMENT = re.compile(r"\b(?:bijlage|bijgevoegd|bijgaand|meegestuurd|attached|attachment)", re.IGNORECASE)
# A page opening with a later numbered section ("3. Ondersteuning", "4.2 Evaluatie") continues a document.
_LATER_SECTION = re.compile(r"^\s*(?P<n>\d{1,2})(?:\.\d{1,2})*[.)]?\s+[A-Z]")
_MAIL_FIELD = re.compile(r"^\s*(van|aan|cc|bcc|verzonden|onderwerp|datum|from|to|sent|subject|date)\s*:", re.IGNORECASE)
_SALUTATION = re.compile(
    r"^\s*((geachte|beste|hallo|hoi|dag|goedemorgen|goedemiddag|l\.s\.|dear|hi)\b[^.!?:;]{0,50},?"
    r"|[A-Z][a-zë]+(\s[A-Z][a-zë]+)?,)\s*$",
)
_SUBJECT = re.compile(r"^\s*(betreft|onderwerp|inzake|ons kenmerk|uw kenmerk|kenmerk)(\s*[:.]|\s+\w)", re.IGNORECASE)
_SUBJECT_VALUE = re.compile(r"^\s*(?:betreft|onderwerp|subject|inzake)\s*[:.]?\s*(?P<value>\S.*)$", re.IGNORECASE)
_CLOSING = re.compile(
    r"\b(met vriendelijke groet(en)?|vriendelijke groet(en)?|hoogachtend|groet(en)?|mvg|handtekening|"
    r"gezien|akkoord|getekend|ondertekening|ondertekend|ontvangst|paraaf|w\.g\.)\b",
    re.IGNORECASE,
)
# Stems of document titles; Dutch glues words together ("Inschrijfbevestiging", "Mobiliteitsoverzicht"),
# so a stem may sit anywhere in a word.
_TITLE_WORDS = re.compile(
    r"\w*(verslag|notulen|beoordeling|verbeterplan|verbetertraject|plan van aanpak|ontwikkelplan|actieplan|\bpip\b|"
    r"improvement plan|waarschuwing|berisping|uitnodiging|evaluatie|gesprek|ziekmelding|verzuim|hersteldmelding|"
    r"probleemanalyse|rapport|advies|terugkoppeling|herplaatsing|vacature|overeenkomst|omschrijving|factuur|"
    r"certificaat|deelname|inschrijving|bevestiging|memo|notitie|reactie|bezwaar|wederwoord|coaching|opleiding|"
    r"verklaring|besluit|formulier|aanvraag|declaratie|loonstrook|loonbrief|salarisstrook|regeling|reglement|"
    r"instructie|protocol|addendum|review|overzicht|onderzoek|spreekuur|check-in|mededeling|aankondiging|"
    r"beleid|afspraken|mutatie|attest|getuigschrift|referentie|offerte|ontslag|opzegging|vaststellingsovereenkomst|"
    r"melding|nieuws|voortgang|plan\b|profiel|agenda|invitation|confirmation|registration|report\b|export\b|"
    r"notifica|transcript)",
    re.IGNORECASE,
)
# Fields that open a form, minutes or a plan: "Naam:", "Medewerker:", "Functie:", "Aanwezig:".
_FORM_FIELD = re.compile(
    r"^\s*(naam(\s+\w+)?|medewerk(st)?er|werknemer|bediende|functie|afdeling|team|leidinggevende|manager|"
    r"datum(\s+\w+)?|aanwezig|afwezig|notulist|voorzitter|deelnemer|personeelsnr\.?|personeelsnummer|"
    r"in dienst|employee|coachee|coach|opdrachtgever|periode|looptijd|plaats|tijd|werkgever|locatie|"
    r"evaluator|beoordelaar|opgesteld(\s+door)?)\s*[:|]",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(
    r"^\s*(?:datum\s*:?\s*|[A-Z][\w.'-]+(?:\s[\w.'-]+)?,\s*)?"
    r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?"
    r"(\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}|\d{4}-\d{2}-\d{2})\s*$",
    re.IGNORECASE,
)
# A title does not end like a sentence. When deciding whether a document starts, a closing bracket may end one
# ("PLAN VAN AANPAK (Wet verbetering poortwachter)"); when naming a document it may not, or a form code such as
# "Formulier P&O-07 (2020)" would be chosen over the title below it.
_TITLE_END = re.compile(r"[.!?;,][\"”’']?\s*$")
_COLUMNS = re.compile(r"\s{4,}")
# Banner decoration: runs such as "***" or "===" (a single "-" opens a list item, which is no title).
_BANNER = re.compile(r"^\s*(?:[*=#_~]{2,}|[-–—]{3,})\s*|\s*(?:[*=#_~]{2,}|[-–—]{3,})\s*$")
_NAME_END = re.compile(r"[.!?:;)\"”’]\s*$")
# A line that stops mid-sentence: it ends in a lower-case word, a comma or a hyphenated word part.
_OPEN_END = re.compile(r"[a-zà-ÿ,\-]\s*$")
_NOT_A_TITLE = re.compile(r"^\s*([-–•*·>|]|\d+[.)]\s|[^:]{1,40}:\s*\S)")


@dataclass(frozen=True)
class SegmentSettings:
    # A page starts a new document when its start score reaches this value (signals are weighted below).
    start_threshold: float = 1.5
    # How many non-empty lines at the top of a page are looked at for a salutation or a "Betreft:" line
    # (a letterhead and an address block easily take 15 lines).
    top_lines: int = 20
    # How many non-empty lines at the top are looked at for a date line.
    date_lines: int = 15
    # Weights of the signals; positive for "starts a document", negative for "continues one".
    w_page_one: float = 4.0
    # "Pagina 3 van 8" outweighs every other sign: an e-mail quoted on page 3 of a printed thread is part of it.
    w_page_later: float = -20.0
    w_mail_header: float = 3.0
    w_salutation: float = 2.0
    w_subject_line: float = 2.0
    w_title: float = 2.0
    w_caps_title: float = 1.5
    w_caps_bonus: float = 1.0
    w_form_header: float = 2.0
    w_date_line: float = 1.0
    w_previous_closed: float = 1.5
    w_previous_last_page: float = 2.0
    w_lowercase_start: float = -3.0
    w_later_section: float = -2.0
    w_previous_open: float = -1.0
    # A court bundle's exhibit stamps: a new exhibit number starts a document; a later sheet of the same exhibit
    # continues one unless the page plainly opens another (a report behind its cover e-mail).
    w_new_exhibit: float = 4.0
    w_same_exhibit: float = -8.0
    w_announced_attachment: float = 8.0
    # A previous page "ends mid-sentence" only when its last line is at least this long (a wrapped line cut
    # off); short last lines are names, signatures or table rows.
    open_line_chars: int = 60
    # Minimum letters for an all-capitals line to count as a title ("VERBETERPLAN").
    caps_title_letters: int = 6
    # Page numbers run through the whole file (not per document) when this share of the pages carries
    # "k van N" with the same N and k rising with the page; only looked for in files of this many pages.
    numbered_file_share: float = 0.8
    numbered_file_min_pages: int = 3


@dataclass(frozen=True)
class Segment:
    """A document's pages within a file (0-based slice indices into the file's pages) and why it starts there."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class Stamps:
    """What a page says about its place, once the whole file has been seen: its document's own "Pagina k van N"
    (file-wide numbering set aside) and its exhibit stamp ("Productie 7 – blad 2"), when the file has exhibits."""

    marker: tuple[int, int] | None = None
    exhibit: tuple[int, int | None] | None = None


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def page_markers(text: str) -> list[tuple[int, int]]:
    """Every "Pagina k van N" in the top and bottom lines of a page, as (k, N), top first."""
    lines = _lines(text)
    found = []
    for line in lines[:4] + lines[-4:]:
        match = _PAGE_OF.search(line) or _BARE_PAGE_OF.match(line)
        if match:
            k, n = int(match.group(1)), int(match.group(2))
            if 1 <= k <= n:
                found.append((k, n))
    return found


def page_marker(text: str) -> tuple[int, int] | None:
    """The "Pagina k van N" of a page, if it has one (top or bottom), as (k, N)."""
    return next(iter(page_markers(text)), None)


def file_numbering(markers: list[list[tuple[int, int]]], settings: SegmentSettings) -> tuple[int, int] | None:
    """(offset, N) when the pages (their `markers`, see page_markers) are numbered through the whole file — "Pagina 37 van 120" stamped by an HR
    system's export or a court bundle — rather than per document; None otherwise.

    Such a number says nothing about where a document starts, and read as a document's own page number it
    would glue the whole bundle into one document. A single document numbered 1..N looks the same and loses
    nothing by it: its own numbering is the file's.
    """
    if len(markers) < settings.numbered_file_min_pages:
        return None
    votes: dict[tuple[int, int], int] = {}
    for index, found in enumerate(markers):
        for k, n in set(found):
            votes[(k - index, n)] = votes.get((k - index, n), 0) + 1
    if not votes:
        return None
    best, count = max(votes.items(), key=lambda item: item[1])
    return best if count >= settings.numbered_file_share * len(markers) else None


def exhibit_stamp(text: str) -> tuple[int, int | None] | None:
    """(exhibit, sheet) of a page of a court bundle ("Productie 7 – blad 2"), from its top lines; sheet None
    when only the exhibit is stamped."""
    top = "\n".join(_lines(text)[:4])
    exhibit = _EXHIBIT.search(top)
    if not exhibit:
        return None
    sheet = _EXHIBIT_SHEET.search(top)
    return int(exhibit.group(1)), int(sheet.group(1)) if sheet else None


def _document_marker(
    found: list[tuple[int, int]], index: int, numbering: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The page's own "Pagina k van N" among those `found` on it, leaving out the file-wide number."""
    for k, n in found:
        if numbering is None or (k - index, n) != numbering:
            return k, n
    return None


def _has_mail_header(top: list[str]) -> bool:
    fields = {m.group(1).lower() for line in top if (m := _MAIL_FIELD.match(line))}
    return len(fields) >= 2 and bool(fields & {"van", "from", "aan", "to", "onderwerp", "subject"})


def _title_candidates(top: list[str], depth: int, columns: bool = True) -> list[str]:
    """The top lines as a title may stand in them: without banner decoration ("*** MEDEDELING ***",
    "=== EXPORT ==="), and each column of a two-column header ("AFSPRAKENLIJST        opgesteld 21-10-2024");
    with `columns` False only the first column. Table rows are left whole (and are no title)."""
    candidates = []
    for line in top[:depth]:
        parts = [line] if "|" in line else _COLUMNS.split(line)
        for part in parts if columns else parts[:1]:
            part = _BANNER.sub("", part).strip()
            if part:
                candidates.append(part)
    return candidates


def _caps_title(top: list[str], settings: SegmentSettings) -> str | None:
    """A short all-capitals line at the top: the way forms and reports announce themselves."""
    for line in _title_candidates(top, 4, columns=False):
        letters = [ch for ch in line if ch.isalpha()]
        shaped = len(line) <= 80 and len(letters) >= settings.caps_title_letters and not _NOT_A_TITLE.match(line)
        if shaped and sum(ch.isupper() for ch in letters) / len(letters) >= 0.8:
            return line
    return None


def _form_fields(top: list[str]) -> int:
    """How many different form fields ("Naam:", "Functie:", "Aanwezig:") open the page."""
    return len({m.group(1).lower().split()[0] for line in top[:12] if (m := _FORM_FIELD.match(line))})


def _title(top: list[str], depth: int = 4, ends: re.Pattern[str] = _TITLE_END) -> str | None:
    for line in _title_candidates(top, depth):
        if _SUBJECT.match(line) or _MAIL_FIELD.match(line) or _NOT_A_TITLE.match(line):
            continue
        short = len(line) <= 80 and len(line.split()) <= 12
        if short and _TITLE_WORDS.search(line) and not ends.search(line.rstrip(":")):
            return line
    return None


def start_signals(
    page: Page,
    previous: Page | None,
    settings: SegmentSettings,
    stamps: Stamps = Stamps(),
    previous_stamps: Stamps = Stamps(),
) -> list[tuple[float, str]]:
    """The weighted signals that the page starts (positive) or continues (negative) a document."""
    lines = _lines(page.text)
    top = lines[: settings.top_lines]
    signals: list[tuple[float, str]] = []
    if stamps.marker:
        k, n = stamps.marker
        signals.append(
            (settings.w_page_one, f"pagina 1 van {n}") if k == 1 else (settings.w_page_later, f"pagina {k} van {n}")
        )
    if _has_mail_header(top):
        signals.append((settings.w_mail_header, "e-mailkop"))
    if any(_SALUTATION.match(line) for line in top):
        signals.append((settings.w_salutation, "aanhef"))
    if any(_SUBJECT.match(line) for line in top):
        signals.append((settings.w_subject_line, "betreft-regel"))
    title = _title(top)
    caps = _caps_title(top, settings)
    if title:
        signals.append((settings.w_title, f"titel '{title[:40]}'"))
        if caps == title:
            signals.append((settings.w_caps_bonus, "in hoofdletters"))
    elif caps:
        signals.append((settings.w_caps_title, f"titel in hoofdletters '{caps[:40]}'"))
    if _form_fields(top) >= 2:
        signals.append((settings.w_form_header, "formulierkop"))
    if any(_DATE_LINE.match(line) for line in top[: settings.date_lines]):
        signals.append((settings.w_date_line, "datumregel"))
    # A lower-case first line continues a sentence, unless it is a title typed in lower case
    # ("voortgang PIP Wendy – notities 2/5/24").
    if lines and lines[0][:1].islower() and _title(lines[:1], depth=1) is None:
        signals.append((settings.w_lowercase_start, "begint midden in een zin"))
    if lines and (section := _LATER_SECTION.match(lines[0])) and int(section["n"]) >= 2:
        signals.append((settings.w_later_section, f"begint met onderdeel {section['n']}"))
    if previous is not None and stamps.exhibit:
        exhibit, sheet = stamps.exhibit
        if previous_stamps.exhibit is None or previous_stamps.exhibit[0] != exhibit:
            signals.append((settings.w_new_exhibit, f"productie {exhibit}"))
        elif sheet is not None and sheet > 1:
            signals.append((settings.w_same_exhibit, f"productie {exhibit}, blad {sheet}"))
    if previous is not None:
        prev_lines = _lines(previous.text)
        tail = "\n".join(prev_lines[-8:])
        if (
            (title or caps)
            and _has_mail_header(prev_lines[: settings.top_lines])
            and _ANNOUNCES_ATTACHMENT.search(previous.text)
        ):
            signals.append((settings.w_announced_attachment, "bijlage bij de e-mail op de vorige pagina"))
        if previous_stamps.marker and previous_stamps.marker[0] == previous_stamps.marker[1]:
            signals.append((settings.w_previous_last_page, "vorige pagina was de laatste"))
        if _CLOSING.search(tail):
            signals.append((settings.w_previous_closed, "vorige pagina sluit af"))
        elif prev_lines and len(prev_lines[-1]) >= settings.open_line_chars and _OPEN_END.search(prev_lines[-1]):
            signals.append((settings.w_previous_open, "vorige pagina loopt door"))
    return signals


def segment_pages(pages: tuple[Page, ...], settings: SegmentSettings = SegmentSettings()) -> list[Segment]:
    """Split a file's pages into documents; the first page always starts one."""
    if not pages:
        return []
    markers = [page_markers(page.text) for page in pages]
    numbering = file_numbering(markers, settings)
    exhibits = [exhibit_stamp(page.text) for page in pages]
    if len({e[0] for e in exhibits if e}) < 2:  # one exhibit throughout says nothing about the documents in it
        exhibits = [None] * len(pages)
    stamps = [Stamps(_document_marker(found, index, numbering), exhibits[index]) for index, found in enumerate(markers)]
    starts: list[tuple[int, str]] = [(0, "eerste pagina van het bestand")]
    for index in range(1, len(pages)):
        signals = start_signals(pages[index], pages[index - 1], settings, stamps[index], stamps[index - 1])
        score = sum(weight for weight, _ in signals)
        if score >= settings.start_threshold:
            reasons = ", ".join(label for weight, label in signals if weight > 0)
            starts.append((index, reasons))
    bounds = [s for s, _ in starts[1:]] + [len(pages)]
    return [Segment(start, end, reason) for (start, reason), end in zip(starts, bounds, strict=True)]


def document_title(text: str, fallback: str | None = None) -> str | None:
    """A short title: the "Betreft:/Onderwerp:" text, else a title line below the letterhead, else the fallback."""
    top = _lines(text)[:14]
    for line in top:
        if match := _SUBJECT_VALUE.match(line):
            return match.group("value")[:120]
    title = _title(top, depth=len(top), ends=_NAME_END)
    if title:
        return title[:120]
    if fallback:
        return fallback[:120]
    return top[0][:120] if top else None
