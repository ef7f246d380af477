"""Date stage: the date a Dutch document was written (or the meeting it reports was held).

A personnel document mentions many dates: a birth date, the start of employment, a deadline, the next
meeting, an earlier e-mail it quotes. Only one of them dates the document itself, and the report relies on
it to put the dossier in order. So every date found keeps the label in front of it ("Datum:", "d.d.",
"geboortedatum", "uiterlijk") and its place (e-mail header, top of the letter, signature block, quoted
mail), and the document date is chosen by a fixed priority with a short Dutch reason a user can check.

Stdlib only, on purpose: a general date parser is far slower on whole documents and guesses month-first
for "12/3/24", while Dutch texts are always day-first.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein


@dataclass(frozen=True)
class DateSettings:
    # Years outside this range are not dates in a personnel dossier (amounts, numbers, typos).
    min_year: int = 1990
    max_year: int = 2100
    # How many leading non-empty lines count as the "top" of a document (letterhead, date line, form header).
    header_lines: int = 15
    # Two-digit years below this are 20xx ("'24" -> 2024), the others 19xx ("'95" -> 1995).
    two_digit_pivot: int = 70
    # How many years a weekday may move a date written without a year away from the reference year.
    weekday_year_window: int = 1
    # How many characters before a date are searched for its label ("Datum gesprek:", "uiterlijk op").
    label_window: int = 60
    # How many characters after a date are searched for "... in dienst getreden", "... gesprek gevoerd".
    suffix_window: int = 60
    # Max line distance between two fields (Van:, Verzonden:, Aan:) of one e-mail header block.
    mail_field_gap: int = 2
    # How many trailing non-empty lines can hold a signature block ("Datum: ... Handtekening: ...").
    signature_lines: int = 8
    # How many non-empty lines around a date are searched for "Handtekening", "Paraaf", "Voor akkoord".
    signature_window: int = 2
    # Max length of a title line at the top whose meeting date counts as the document date ("Verslag gesprek 7-3").
    title_chars: int = 70
    # Max length of DateFinding.quote; longer lines are cut around the date.
    quote_chars: int = 120
    # Only the first characters of a long document are searched (about ten pages): its date is at the top.
    read_chars: int = 20000


@dataclass(frozen=True)
class DateCandidate:
    date: datetime.date
    text: str  # the matched text as it appears, e.g. "12 maart 2024"
    start: int  # char offset in the text
    label: str | None  # the label before (or after) it, lower-cased, e.g. "datum", "d.d.", "geboortedatum"


@dataclass(frozen=True)
class DateFinding:
    date: datetime.date
    quote: str  # the line (stripped, max ~120 chars) the date was taken from; "" for header_date
    reason: str  # short Dutch reason shown to users, e.g. "e-mailkop (Verzonden:)"


# ---------------------------------------------------------------------------------------------- vocabulary

_MONTHS: dict[str, int] = {
    **dict.fromkeys(("jan", "januari", "january"), 1),
    **dict.fromkeys(("feb", "febr", "februari", "february"), 2),
    **dict.fromkeys(("mrt", "maart", "mar", "march"), 3),
    **dict.fromkeys(("apr", "april"), 4),
    **dict.fromkeys(("mei", "may"), 5),
    **dict.fromkeys(("jun", "juni", "june"), 6),
    **dict.fromkeys(("jul", "juli", "july"), 7),
    **dict.fromkeys(("aug", "augustus", "august"), 8),
    **dict.fromkeys(("sep", "sept", "september"), 9),
    **dict.fromkeys(("okt", "oktober", "oct", "october"), 10),
    **dict.fromkeys(("nov", "november"), 11),
    **dict.fromkeys(("dec", "december"), 12),
}
_WEEKDAYS: dict[str, int] = {
    **dict.fromkeys(("maandag", "ma", "monday", "mon"), 0),
    **dict.fromkeys(("dinsdag", "di", "tuesday", "tue", "tues"), 1),
    **dict.fromkeys(("woensdag", "wo", "wednesday", "wed"), 2),
    **dict.fromkeys(("donderdag", "do", "thursday", "thu", "thur", "thurs"), 3),
    **dict.fromkeys(("vrijdag", "vr", "vrij", "friday", "fri"), 4),
    **dict.fromkeys(("zaterdag", "za", "zat", "saturday", "sat"), 5),
    **dict.fromkeys(("zondag", "zo", "sunday", "sun"), 6),
}

# ------------------------------------------------------------------------------------------- date patterns

_WD = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_WEEKDAY_PART = rf"(?:(?P<wd>{_WD})\.?,?\s+)?"
# Not glued to a word or to a longer number chain ("06-12-34-56", "v1.2.24"); "d.d.12-3-2024" is fine.
_NOT_AFTER = r"(?<!\w)(?<!\d[.,/-])"
# The month is any short word here, checked against _MONTHS later: tolerant of OCR noise ("rnaart").
_TEXT_DATE = re.compile(
    _NOT_AFTER + r"\b" + _WEEKDAY_PART + r"(?P<d>\d{1,2})(?:sten|ste|den|de|e)?[\s-]?\s*(?P<mon>[a-z]{3,10})\.?(?![a-z])"
    r"(?:,?[\s-]+(?P<y>['’‘]\d{2}|\d{4})(?!\d))?",
    re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(
    _NOT_AFTER + r"(?:\b" + _WEEKDAY_PART + r")?"
    r"(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?!\d|[-/.,:]\d)",
    re.IGNORECASE,
)
# "vr 5/7", "dinsdag 12-3": a day and month without a year count only after a weekday (else too many
# fractions, scores and ranges would be read as dates); the year comes from the context.
_WEEKDAY_NUMERIC = re.compile(
    _NOT_AFTER + rf"\b(?P<wd>{_WD})\.?,?\s+(?P<d>\d{{1,2}})(?P<sep>[-/])(?P<m>\d{{1,2}})(?!\d|[-/.]\d)",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(_NOT_AFTER + r"(?P<y>\d{4})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d|[-/.]\d)")
# English e-mail headers: "Tuesday, March 12, 2024", "Tue, Mar 12, 2024 at 9:14 AM".
_MONTH_FIRST = re.compile(
    _NOT_AFTER
    + r"\b"
    + _WEEKDAY_PART
    + r"(?P<mon>[a-z]{3,9})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b,?\s+(?P<y>\d{4})(?!\d)",
    re.IGNORECASE,
)
_DATE_PATTERNS = (_TEXT_DATE, _NUMERIC_DATE, _WEEKDAY_NUMERIC, _ISO_DATE, _MONTH_FIRST)
# A manager's note titled "gesprek wiebe 2/4 - voortgang VP": a day and month without a year (nor a weekday) count
# in the first line when that line names a meeting or notes; anywhere else they are too often scores or fractions.
_TITLE_DAY_MONTH = re.compile(r"(?<![\w/.,-])(?P<d>\d{1,2})(?P<sep>[-/])(?P<m>\d{1,2})(?![\w/.-]|,\d)")
_MEETING_TITLE = re.compile(
    r"gesprek|overleg|verslag|notitie|notulen|evaluatie|voortgang|check-?in|bespreking|aantekening|1[:-]on[:-]?1",
    re.IGNORECASE,
)
_VERSION_BEFORE = re.compile(r"\b(?:versie|version|release|build|v)\.?\s*$", re.IGNORECASE)

# ------------------------------------------------------------------------------------------------- labels

_HIST, _EXCL, _WEAK, _DOC, _MEETING, _BODY, _PLACE = "hist", "excl", "weak", "doc", "meeting", "body", "place"
_EXCLUDED = frozenset({_HIST, _EXCL})  # never the document date
_AVOIDED = frozenset({_HIST, _EXCL, _WEAK})  # only when nothing better exists (weak) or never (excluded)

# (pattern, category). At the same start the first alternative wins, so excluding ones come first.
_LABEL_SPECS: tuple[tuple[str, str], ...] = (
    (r"geboortedatum|geb\.\s?datum|geboren|geb\.", _HIST),
    (
        r"datum\s+(?:van\s+)?(?:in|uit)\s*dienst(?:treding)?|(?:in|uit)diensttreding(?:sdatum)?"
        r"|in\s+dienst(?:\s+(?:getreden|gekomen))?|uit\s+dienst",
        _HIST,
    ),
    (
        r"(?:start|begin|ingangs|aanvangs|eind)datum(?:\s+(?:van\s+(?:het\s+)?)?"
        r"(?:contract|arbeidsovereenkomst|dienstverband))?",
        _HIST,
    ),
    (
        r"datum\s+volgende?\s+(?:gesprek|afspraak|overleg)|volgende?\s+\w*(?:gesprek|afspraak|overleg|evaluatie)"
        r"|vervolg(?:gesprek|afspraak|overleg)|nieuwe\s+afspraak|(?:in)?gepland",
        _EXCL,
    ),
    (
        r"\w*periode|tot\s+en\s+met|t/m|t\.m\.|tot|uiterlijk|deadline|v[oó][oó]r"
        r"|sinds|vanaf|per|met\s+ingang\s+van|m\.i\.v\.|start|eind(?:e|igt)?",  # "start maandag 16 september"
        _EXCL,
    ),
    (r"ziek(?:\s*gemeld|\s*melding)?|arbeidsongeschikt|(?:eerste\s+)?(?:ziekte|verzuim)dag|verzuim(?:melding)?", _WEAK),
    (r"(?:uit|over)?getypt|uitgewerkt", _WEAK),  # "[uitgetypt op 07-06-2024 door secr.]": the typing, not the talk
    (
        r"(?:uw|je|jouw|mijn|onze|zijn|haar)\s+(?:brief|e-?mail|mail|bericht|schrijven)(?:\s+d\.\s?d\.?)?"
        r"|(?:brief|e-?mail|mail|bericht)\s+(?:van|d\.\s?d\.?)",
        _WEAK,
    ),
    (
        r"datum\s+(?:van\s+(?:het\s+|de\s+)?)?(?:\w*gesprek|beoordeling|vergadering|bespreking|overleg"
        r"|bijeenkomst|evaluatie|verslag|spreekuur|consult)|(?:gespreks|beoordelings|vergader|verslag|evaluatie|spreekuur)datum"
        r"|spreekuur|consult",
        _MEETING,
    ),
    (r"d\.\s?d\.?|gehouden|plaatsgevonden|gevoerd", _MEETING),
    (
        r"datum(?:\s+(?:van\s+)?(?:de\s+|het\s+|deze\s+)?(?:brief|rapport\w*|opmaak|verzending|ondertekening|advies"
        r"|document|notitie|memo|plan|formulier|(?:ziek|verzuim|herstel|hersteld)?\s*melding))?"
        r"|date|dagtekening|verzonden|verstuurd|sent|opgesteld|opgemaakt",
        _DOC,
    ),
    (
        r"\w*gesprek|\w*verslag\s+van|bespreking|overleg|vergadering|bijeenkomst"
        r"|besproken(?:\s+en\s+(?:uitgereikt|overhandigd|ondertekend|getekend|vastgesteld))?",
        _BODY,
    ),
)
_LABEL_CATEGORY = {f"g{i}": category for i, (_, category) in enumerate(_LABEL_SPECS)}
# Words allowed between a label and its date: "in dienst sinds", "het gesprek van", "gehouden op".
_FILLER = r"op|van|sinds|vanaf|per|is|was|wordt|werd|zijn|staat|stond|de|het|om|afgelopen|jongstleden|vorige"
_LABEL_BEFORE = re.compile(
    r"\b(?:" + "|".join(f"(?P<g{i}>{pattern})" for i, (pattern, _) in enumerate(_LABEL_SPECS)) + r")"
    rf"[\s:=\-–—,(|]*(?:(?:{_FILLER})\b[\s:,|]*)*$",
    re.IGNORECASE,
)
# "Op 1 januari 2015 ben je in dienst getreden", "Op 12 maart heeft het gesprek plaatsgevonden".
_LABEL_AFTER: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^[^.;\n]*?\b(in dienst|uit dienst|geboren)\b", re.IGNORECASE), _HIST),
    (re.compile(r"^[^.;\n]*?\b(ziek ?gemeld)\b", re.IGNORECASE), _WEAK),
    (
        re.compile(
            r"^[^.;\n]*?\b\w*(gesprek)(?:ken)?\b[^.;\n]*?\b(?:plaatsgevonden|gevoerd|gehouden|gehad)\b", re.IGNORECASE
        ),
        _BODY,
    ),
)
# "Amsterdam, 12 maart 2024", "'s-Hertogenbosch, ...", "Alphen aan den Rijn, ...", "Gent, 3 februari 2023", and the
# old style "Zutphen, den 12den april 2023".
_PLACE_BEFORE = re.compile(
    r"^\s*(?:['’]s-)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|aan|op|den|de|der|bij|in)){0,3}\s*,\s*(?:den?\s+)?$"
)
_RANGE_BETWEEN = re.compile(r"^\s*(?:tot\s+en\s+met|t/m|t\.m\.|tot|-|–|—|to|until)\s*$", re.IGNORECASE)

# ------------------------------------------------------------------------------------------ document layout

_MAIL_FIELD = re.compile(
    r"^[\s>*]*(?P<field>van|from|aan|to|cc|bcc|onderwerp|subject|verzonden|sent|datum|date|verstuurd)"
    r"\s*\*?\s*:",
    re.IGNORECASE,
)
_MAIL_DATE_FIELDS = frozenset({"verzonden", "sent", "datum", "date", "verstuurd"})
# "Datum:" near "Aan:" may be a letter or memo; it is a mail header with one of these or an address with "@".
_MAIL_ONLY_FIELDS = frozenset({"verzonden", "sent", "verstuurd", "onderwerp", "subject", "cc", "bcc"})
QUOTE_MARKER = re.compile(
    r"^\s*(?:-{2,}\s*(?:oorspronkelijk bericht|original message|doorgestuurd bericht|forwarded message)"
    r"|(?:begin\s+)?(?:doorgestuurd bericht|forwarded message)\s*:"
    r"|>"
    r"|op\s.{4,150}?(?:\d{1,2}:\d{2}|@).*?\b(?:schreef|geschreven)\b.*:\s*$"
    r"|on\s.{4,150}?(?:\d{1,2}:\d{2}|@).*?\bwrote:\s*$)",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(
    r"\b(?:handtekening|paraaf|ondertekening|ondertekend|getekend|voor akkoord|voor gezien|signature|w\.g\.)",
    re.IGNORECASE,
)
_FUTURE_LINE = re.compile(r"\buitnodig|\bnodig(?:en)?\s+(?:je|jou|u)\b.{0,40}\buit\b|\bagenda\b", re.IGNORECASE)
# A date in a sentence about what is still to come ("Op 31 mei volgt de eindevaluatie"): not the writing.
_FUTURE_SENTENCE = re.compile(r"\b(?:volgt|volgen|zal|zullen|plaatsvinden|gepland)\b", re.IGNORECASE)


# ----------------------------------------------------------------------------------------- parsing dates


@dataclass
class _Raw:
    """A regex match with its parts, before the year of a date without one is known."""

    start: int
    end: int
    day: int
    month: int
    year: int | None
    weekday: int | None
    label: str | None = None
    category: str | None = None


def _year(text: str | None, settings: DateSettings) -> int | None:
    """A written year as a number; two-digit years ("'24", "12-3-24") via the pivot."""
    if text is None:
        return None
    digits = int(text.lstrip("'’‘"))
    if len(text.lstrip("'’‘")) == 2:
        digits += 2000 if digits < settings.two_digit_pivot else 1900
    return digits


# Full month names OCR may misread by one letter ("7 rovember 2024", "28 miaart 2024"): forgiven when a year
# follows, where no other word stands ("niet 10 maar 12" stays no date).
_LONG_MONTHS = {name: number for name, number in _MONTHS.items() if len(name) >= 5}


def _month(word: str, *, with_year: bool = False) -> int | None:
    """Month number of a Dutch or English month name or abbreviation, forgiving OCR's "rn" for "m", and one wrong,
    missing or extra letter in a full name followed by a year."""
    word = word.lower().rstrip(".").replace("rn", "m")
    if word in _MONTHS or not with_year or len(word) < 5:
        return _MONTHS.get(word)
    close = {number for name, number in _LONG_MONTHS.items() if Levenshtein.distance(word, name, score_cutoff=1) <= 1}
    return close.pop() if len(close) == 1 else None


def month_number(word: str) -> int | None:
    """The month a Dutch or English month name or abbreviation names ("mei", "sept."), else None."""
    return _month(word)


def _plausible(day: int, month: int, year: int | None, settings: DateSettings) -> bool:
    """Rejects 31-02, month 13 and years outside the settings; a leap year stands in for a missing year."""
    if year is not None and not settings.min_year <= year <= settings.max_year:
        return False
    try:
        datetime.date(year or 2000, month, day)
    except ValueError:
        return False
    return True


def _raw_from_match(match: re.Match[str], settings: DateSettings) -> _Raw | None:
    """Turn one regex match into day/month/year parts, or None when it is no real date."""
    groups = match.groupdict()
    month = _month(groups["mon"], with_year=bool(groups.get("y"))) if groups.get("mon") else int(groups["m"])
    if month is None:
        return None
    day, year = int(groups["d"]), _year(groups.get("y"), settings)
    if not _plausible(day, month, year, settings):
        return None
    if groups.get("sep") and _VERSION_BEFORE.search(match.string[max(0, match.start() - 12) : match.start()]):
        return None
    weekday = _WEEKDAYS.get(groups["wd"].lower()) if groups.get("wd") else None
    return _Raw(match.start(), match.end(), day, month, year, weekday)


def _raw_dates(text: str, settings: DateSettings) -> list[_Raw]:
    """All date-like matches of every pattern; where two overlap, the earliest and then longest wins."""
    raws = [
        raw
        for pattern in _DATE_PATTERNS
        for match in pattern.finditer(text)
        if (raw := _raw_from_match(match, settings)) is not None
    ]
    first_line = re.match(r"\s*(?P<line>[^\n]*)", text)
    if first_line and _MEETING_TITLE.search(first_line["line"]):
        start, end = first_line.span("line")
        raws += [
            raw
            for match in _TITLE_DAY_MONTH.finditer(text, start, end)
            if (raw := _raw_from_match(match, settings)) is not None
        ]
    raws.sort(key=lambda r: (r.start, -r.end))
    kept: list[_Raw] = []
    for raw in raws:
        if not kept or raw.start >= kept[-1].end:
            kept.append(raw)
    return kept


# ---------------------------------------------------------------------------------------------- labelling


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _label_before(text: str, raw: _Raw, floor: int, settings: DateSettings) -> tuple[str, str] | None:
    """The label right before a date (from `floor`: its line start or the previous date on the line).

    A date opening a line takes its label from the end of the line above: table cells and wrapped lines
    ("Geboortedatum" / "03-04-1985", "naar aanleiding van het gesprek op" / "12 maart 2024").
    """
    line_start = _line_start(text, raw.start)
    prefix = text[max(floor, raw.start - settings.label_window) : raw.start]
    if prefix == text[line_start : raw.start] and _PLACE_BEFORE.match(prefix):
        return "plaats", _PLACE
    if not prefix.strip() and floor == line_start > 0:
        above_start = _line_start(text, line_start - 1)
        prefix = text[max(above_start, line_start - settings.label_window) : line_start - 1] + " "
    elif raw.start - floor > settings.label_window and " " in prefix:
        prefix = prefix[prefix.index(" ") :]  # do not start inside a word cut by the window
    match = _LABEL_BEFORE.search(prefix)
    if match is None or match.lastgroup is None:
        return None
    label = " ".join(match.group(match.lastgroup).lower().split())
    return ("d.d." if label.startswith("d.") else label), _LABEL_CATEGORY[match.lastgroup]


def _label_after(text: str, raw: _Raw, settings: DateSettings) -> tuple[str, str] | None:
    """A label written after the date: "Op 1 januari 2015 ben je in dienst getreden"."""
    suffix = text[raw.end : raw.end + settings.suffix_window]
    for pattern, category in _LABEL_AFTER:
        if match := pattern.match(suffix):
            return " ".join(match.group(1).lower().split()), category
    return None


def _label_all(text: str, raws: list[_Raw], settings: DateSettings) -> None:
    """Attach labels; both ends of a range ("1 maart t/m 5 april") are a period, not a document date."""
    previous_end = 0
    for index, raw in enumerate(raws):
        floor = max(_line_start(text, raw.start), previous_end)
        found = _label_before(text, raw, floor, settings) or _label_after(text, raw, settings)
        if found:
            raw.label, raw.category = found
        if index and _RANGE_BETWEEN.match(text[raws[index - 1].end : raw.start]):
            first = raws[index - 1]
            if first.category in (None, _BODY, _DOC):
                first.label, first.category = "periode", _EXCL
            if raw.category is None:
                raw.label, raw.category = "tot", _EXCL
        previous_end = raw.end


# ------------------------------------------------------------------------------------------ year inference


def _reference_years(raws: list[_Raw], context_year: int | None) -> list[int | None]:
    """Per date, the year to use when it has none: the nearest full date before it in the same text
    (or else the first one after it), and only when the text has none, `context_year`.

    The text's own dates win because a dossier-wide context year is wrong for an older letter;
    birth and employment dates are skipped: they say nothing about when the text was written.
    """
    full = [r.year for r in raws if r.year is not None and r.category != _HIST]
    last: int | None = full[0] if full else context_year
    years: list[int | None] = []
    for raw in raws:
        if raw.year is not None and raw.category != _HIST:
            last = raw.year
        years.append(last)
    return years


def _year_offsets(window: int) -> Iterator[int]:
    """0, +1, -1, +2, -2, ...: the reference year first, then the next one (texts plan ahead more)."""
    yield 0
    for step in range(1, window + 1):
        yield step
        yield -step


def _infer_year(raw: _Raw, reference: int | None, settings: DateSettings) -> int | None:
    """The year of "dinsdag 5 november": the one near the reference for which that day is a Tuesday."""
    if raw.year is not None or reference is None:
        return raw.year
    if raw.weekday is not None:
        for offset in _year_offsets(settings.weekday_year_window):
            year = reference + offset
            if _plausible(raw.day, raw.month, year, settings) and (
                datetime.date(year, raw.month, raw.day).weekday() == raw.weekday
            ):
                return year
    return reference if _plausible(raw.day, raw.month, reference, settings) else None


# --------------------------------------------------------------------------------------------- candidates


@dataclass(frozen=True)
class _Scan:
    """A candidate with what find_document_date needs besides the public fields."""

    candidate: DateCandidate
    category: str | None


def _scan(text: str, settings: DateSettings, context_year: int | None) -> list[_Scan]:
    """Find, label and complete every date in the text, in order of appearance."""
    raws = _raw_dates(text, settings)
    _label_all(text, raws, settings)
    scans: list[_Scan] = []
    for raw, reference in zip(raws, _reference_years(raws, context_year), strict=True):
        year = _infer_year(raw, reference, settings)
        if year is None:
            continue
        day = datetime.date(year, raw.month, raw.day)
        candidate = DateCandidate(day, text[raw.start : raw.end], raw.start, raw.label)
        scans.append(_Scan(candidate, raw.category))
    return scans


def parse_date(text: str, *, default_year: int | None = None) -> datetime.date | None:
    """Parse ONE Dutch date string ("12 mrt. 2024", "12-3-24", "dinsdag 5 november").

    Uses the same patterns as find_dates so that a date the tool shows can always be parsed back;
    `default_year` completes a date without a year (a weekday may move it to the adjacent year).
    """
    scans = _scan(text, DateSettings(), default_year)
    return scans[0].candidate.date if scans else None


def find_dates(
    text: str, *, settings: DateSettings = DateSettings(), context_year: int | None = None
) -> list[DateCandidate]:
    """All date candidates in order of appearance (regex first, then parse each candidate).

    Dates without a year get the year of the nearest full date in the text, or else `context_year`
    (a weekday may move it to the adjacent year); they are left out when neither exists.
    """
    return [scan.candidate for scan in _scan(text, settings, context_year)]


# ----------------------------------------------------------------------------------------- document layout


@dataclass(frozen=True)
class _Layout:
    """Where the lines, the top, the e-mail header and the quoted part of one text are."""

    text: str
    settings: DateSettings
    line_starts: list[int]
    ranks: list[int | None]  # per line: index among the non-empty lines, None for empty lines
    ranked_lines: list[int]  # per non-empty line rank: its line number
    mail_date_line: int | None  # the Verzonden:/Date: line of the top e-mail header
    quote_start: int  # offset where quoted earlier mail starts (len(text) when there is none)

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset) - 1

    def line_text(self, line: int) -> str:
        end = self.line_starts[line + 1] - 1 if line + 1 < len(self.line_starts) else len(self.text)
        return self.text[self.line_starts[line] : end]

    def rank(self, offset: int) -> int:
        return self.ranks[self.line_of(offset)] or 0


def _mail_blocks(lines: list[str], gap: int) -> list[tuple[int, int, int]]:
    """E-mail header blocks as (first line, last line, date line): a date field near Van:/Aan:/Onderwerp:."""
    fields = [(i, m.group("field").lower()) for i, line in enumerate(lines) if (m := _MAIL_FIELD.match(line))]
    clusters: list[list[tuple[int, str]]] = []
    for item in fields:
        if clusters and item[0] - clusters[-1][-1][0] <= gap:
            clusters[-1].append(item)
        else:
            clusters.append([item])
    blocks = []
    for cluster in clusters:
        names = {name for _, name in cluster}
        dates = [i for i, name in cluster if name in _MAIL_DATE_FIELDS]
        mail_like = names & _MAIL_ONLY_FIELDS or any("@" in lines[i] for i, _ in cluster)
        if dates and names - _MAIL_DATE_FIELDS and mail_like:
            blocks.append((cluster[0][0], cluster[-1][0], dates[0]))
    return blocks


def _layout(text: str, settings: DateSettings) -> _Layout:
    """Find the top e-mail header (only when it opens the text) and where quoted mail below it starts."""
    lines = text.split("\n")
    line_starts = [0]
    for line in lines[:-1]:
        line_starts.append(line_starts[-1] + len(line) + 1)
    ranks: list[int | None] = []
    count = 0
    for line in lines:
        ranks.append(count if line.strip() else None)
        count += bool(line.strip())
    blocks = _mail_blocks(lines, settings.mail_field_gap)
    top = blocks[0] if blocks and (ranks[blocks[0][0]] or 0) < settings.header_lines else None
    after = top[1] + 1 if top else 0
    quote_lines = [i for i in range(after, len(lines)) if QUOTE_MARKER.match(lines[i])]
    quote_lines += [first for first, _, _ in blocks if first >= after]
    quote_start = line_starts[min(quote_lines)] if quote_lines else len(text)
    ranked = [i for i, rank in enumerate(ranks) if rank is not None]
    return _Layout(text, settings, line_starts, ranks, ranked, top[2] if top else None, quote_start)


# ----------------------------------------------------------------------------------------- the choice


def own_text(text: str, settings: DateSettings = DateSettings()) -> str:
    """A text without the earlier e-mails quoted or forwarded below it: a separator, "Op … schreef:", "> " lines, or
    a second header block ("Van: … Verzonden: …") below the top one."""
    return text[: _layout(text, settings).quote_start]


def _quote(layout: _Layout, scan: _Scan) -> str:
    """The stripped line of the date, cut around the date when it is longer than quote_chars."""
    line = layout.line_of(scan.candidate.start)
    text = layout.line_text(line)
    limit = layout.settings.quote_chars
    if len(text.strip()) <= limit:
        return text.strip()
    at = scan.candidate.start - layout.line_starts[line]
    begin = max(0, min(at - limit // 3, len(text) - limit))
    piece = text[begin : begin + limit].strip()
    return ("…" if begin > 0 else "") + piece + ("…" if begin + limit < len(text) else "")


def _sentence_at(layout: _Layout, scan: _Scan) -> str:
    """The sentence of the line that holds the date (a paragraph's line can hold several)."""
    number = layout.line_of(scan.candidate.start)
    line, at = layout.line_text(number), scan.candidate.start - layout.line_starts[number]
    begin = max(line.rfind(". ", 0, max(at, 0)) + 1, 0)
    end = line.find(". ", at)
    return line[begin : end if end >= 0 else len(line)]


def _is_signature(layout: _Layout, scan: _Scan) -> bool:
    """A date in the closing lines next to "Handtekening"/"Paraaf": the signing, not the writing."""
    lines, rank = layout.ranked_lines, layout.rank(scan.candidate.start)
    if rank < len(lines) - layout.settings.signature_lines or rank == 0:
        return False
    window = layout.settings.signature_window
    near = lines[max(0, rank - window) : rank + window + 1]
    return any(_SIGNATURE.search(layout.line_text(i)) for i in near)


def _is_date_line(layout: _Layout, scan: _Scan) -> bool:
    """A line holding nothing but the date (a letter's date line without "Datum:")."""
    line = layout.line_text(layout.line_of(scan.candidate.start))
    return line.strip().rstrip(".,:;") == scan.candidate.text.strip()


def _is_title_line(layout: _Layout, scan: _Scan) -> bool:
    """A short line without a sentence in it: "Verslag functioneringsgesprek 12 maart 2024"."""
    line = layout.line_text(layout.line_of(scan.candidate.start)).strip()
    return len(line) <= layout.settings.title_chars and not re.search(r"\.(?:\s|$)", line)


def _is_short_line(layout: _Layout, scan: _Scan) -> bool:
    """A line no longer than a title: "Tussengesprek Kevin. vr 5/7", "Notitie 12-3-2024"."""
    return len(layout.line_text(layout.line_of(scan.candidate.start)).strip()) <= layout.settings.title_chars


def _category(layout: _Layout, scan: _Scan) -> str | None:
    """The scan's category, with a meeting on an invitation's line counted as weak (it has yet to happen)."""
    if scan.category in (_MEETING, _BODY):
        line = layout.line_text(layout.line_of(scan.candidate.start))
        if _FUTURE_LINE.search(line):
            return _WEAK
    return scan.category


def _usable(layout: _Layout, scan: _Scan) -> bool:
    """Not quoted from an earlier mail, not excluded or weak, not a signature."""
    return (
        scan.candidate.start < layout.quote_start
        and _category(layout, scan) not in _AVOIDED
        and not _is_signature(layout, scan)
    )


Rule = Callable[[_Layout, list[_Scan]], tuple[_Scan, str] | None]


def _mail_header(layout: _Layout, scans: list[_Scan]) -> tuple[_Scan, str] | None:
    """2. The Verzonden:/Date: line of the e-mail header that opens the text (the newest mail of a thread)."""
    if layout.mail_date_line is None:
        return None
    for scan in scans:
        if layout.line_of(scan.candidate.start) == layout.mail_date_line:
            field = _MAIL_FIELD.match(layout.line_text(layout.mail_date_line))
            name = field.group("field") if field else "Datum"
            return scan, f"e-mailkop ({name[0].upper() + name[1:]}:)"
    return None


def _meeting_reason(label: str, where: str) -> str:
    """Reason for a meeting date: "gespreksdatum (d.d.)", "beoordelingsdatum (datum beoordeling)"."""
    kind = "gespreksdatum"
    if "beoordel" in label:
        kind = "beoordelingsdatum"
    elif "verslag" in label:
        kind = "verslagdatum"
    return f"{kind}{where} ({label})"


def _top_label(layout: _Layout, scans: list[_Scan]) -> tuple[_Scan, str] | None:
    """3. A labelled date, a "Plaats, datum" line or a bare date line among the top lines."""
    for scan in scans:
        if layout.rank(scan.candidate.start) >= layout.settings.header_lines or not _usable(layout, scan):
            continue
        category, label = _category(layout, scan), scan.candidate.label or ""
        if category == _MEETING or (category == _BODY and _is_title_line(layout, scan)):
            return scan, _meeting_reason(label, "")
        if category == _PLACE:
            return scan, "plaats en datum bovenaan de brief"
        if category == _DOC or _is_date_line(layout, scan):
            return scan, "datumregel bovenaan de brief"
        if layout.rank(scan.candidate.start) == 0 and _is_short_line(layout, scan):
            return scan, "datum in de titel"
        if layout.rank(scan.candidate.start) <= MINUTES_HEAD_RANK and _opens_short_line(layout, scan):
            return scan, "datum bovenaan het verslag"
    return None


# Minutes give their meeting's day on a line right under the title: "wo 5 april 2023, 11.00 uur, kamer hoofdredactie".
MINUTES_HEAD_RANK = 2
_WEEKDAY_OPENING = re.compile(r"^\W*(?:(?:ma|di|wo|do|vr|za|zo)\.?|\w+dag)?\s*$", re.IGNORECASE)


def _opens_short_line(layout: _Layout, scan: _Scan) -> bool:
    """A short line that opens with the date (after a weekday at most)."""
    number = layout.line_of(scan.candidate.start)
    before = layout.line_text(number)[: scan.candidate.start - layout.line_starts[number]]
    return _is_short_line(layout, scan) and bool(_WEEKDAY_OPENING.match(before))


def _body_meeting(layout: _Layout, scans: list[_Scan]) -> tuple[_Scan, str] | None:
    """4. "het gesprek van 12 maart", "verslag van 12 maart" further down: the latest such meeting, or a later
    signing, since a text is written after every meeting it reports (a plan recalls the talk of 15 May and closes
    "Getekend 1 juni")."""
    meetings = [s for s in scans if _usable(layout, s) and _category(layout, s) in (_MEETING, _BODY)]
    if not meetings:
        return None
    latest = max(meetings, key=lambda s: s.candidate.date)  # the first of equal dates
    signed = _signature(layout, scans)
    if signed and signed[0].candidate.date > latest.candidate.date:
        return signed
    return latest, _meeting_reason(latest.candidate.label or "", " in de tekst")


def _signature(layout: _Layout, scans: list[_Scan]) -> tuple[_Scan, str] | None:
    """Weaker than the top, better than nothing: the date next to the signatures."""
    for scan in scans:
        quoted = scan.candidate.start >= layout.quote_start
        if quoted or _category(layout, scan) in _AVOIDED or not _is_signature(layout, scan):
            continue
        if not _FUTURE_SENTENCE.search(_sentence_at(layout, scan)):
            return scan, "datum bij de ondertekening"
    return None


def _first(layout: _Layout, scans: list[_Scan]) -> tuple[_Scan, str] | None:
    """5. The first date that is not excluded."""
    for scan in scans:
        if _usable(layout, scan):
            return scan, "eerste datum in het document"
    return None


def _last_resort(layout: _Layout, scans: list[_Scan]) -> tuple[_Scan, str] | None:
    """Only weak dates left: a sick-since date, a referenced letter, a quoted earlier mail (a lower bound)."""
    for scan in scans:
        if _category(layout, scan) in _EXCLUDED:
            continue
        if scan.candidate.start >= layout.quote_start:
            return scan, "datum van een geciteerd eerder bericht"
        return scan, f"enige bruikbare datum ({scan.candidate.label or 'zonder label'})"
    return None


_RULES: tuple[Rule, ...] = (_mail_header, _top_label, _body_meeting, _signature, _first, _last_resort)


def find_document_date(
    text: str,
    *,
    header_date: datetime.date | None = None,
    context_year: int | None = None,
    settings: DateSettings = DateSettings(),
) -> DateFinding | None:
    """The date the document was written or the meeting it reports was held, with the line and the reason.

    Priority: the e-mail's Date header; the top e-mail header in the text; a labelled date at the top
    ("Datum:", "d.d.", "Amsterdam, 12 maart 2024", a bare date line); a meeting named in the body; the
    signature date; the first date not excluded. Birth, employment, period, deadline and planned-meeting
    dates are never chosen; sick-since dates and quoted mail only when nothing else is left.
    """
    if header_date is not None:
        return DateFinding(header_date, "", "datum uit de e-mailheader")
    text = text[: settings.read_chars]
    scans = _scan(text, settings, context_year)
    if not scans:
        return None
    layout = _layout(text, settings)
    for rule in _RULES:
        if found := rule(layout, scans):
            scan, reason = found
            return DateFinding(scan.candidate.date, _quote(layout, scan), reason)
    return None
