"""Who is who in a dossier: the employee, their manager(s), HR, the bedrijfsarts, a coach, counsel or the union,
with the documents each wrote, signed, attended or received.

A lawyer sorts this out first: a change of manager during the improvement trajectory is a fact courts weigh, and a
report that leaves the office should call each person by one pseudonym. Names are read only where a document puts
a person in a role — e-mail headers, closings and signature lines, attendee lines, form fields, addressees and
salutations — never from running text, so a company, a place or a course is not taken for a person (a wrong person
is worse than a missed one). The forms of one name ("Mark Verhoeven", "M. Verhoeven", "de heer Verhoeven", "Mark")
are merged into one person, named by the fullest form found. Quoted and forwarded messages inside an e-mail are
someone else's earlier message and count for nobody here.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from analyzer.dates import QUOTE_MARKER
from analyzer.dossier import Document
from analyzer.facts.authors import GREETING, NAME_WORD, PARTICLES, TITLES, employee_names

ROLES = ("employee", "manager", "hr", "occupational_physician", "coach", "counsel", "union", "other")
ROLE_NAMES = {
    "employee": "werknemer",
    "manager": "leidinggevende",
    "hr": "HR",
    "occupational_physician": "bedrijfsarts",
    "coach": "coach",
    "counsel": "advocaat of gemachtigde",
    "union": "vakbond",
    "other": "overig",
}
RELATIONS = ("wrote", "signed", "attended", "received")
# When one person carries several role labels, the most specific wins ("HR-manager" is HR).
_ROLE_PRIORITY = ("occupational_physician", "coach", "counsel", "union", "hr", "manager")


@dataclass(frozen=True)
class Person:
    """One person of the dossier in one role, with the documents that show them in it (ids, dossier order)."""

    name: str
    role: str
    aliases: tuple[str, ...] = ()
    wrote: tuple[str, ...] = ()
    signed: tuple[str, ...] = ()
    attended: tuple[str, ...] = ()
    received: tuple[str, ...] = ()
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None


@dataclass(frozen=True)
class ManagerPeriod:
    """A manager and the dates of the first and last document that shows them in that role."""

    name: str
    start: dt.date | None
    end: dt.date | None


# ------------------------------------------------------------------------------------------------ names

_PARTICLE = rf"(?:{PARTICLES}|te|het|'t|Van|De|Der|Den|Ter|Ten|El|Al)"
_INITIALS = r"(?:[A-Z]\.\s?-?\s?){1,4}"
_SURNAME = rf"(?:{_PARTICLE}\s+)*{NAME_WORD}"
# "M. Verhoeven", "R.M. Hendriks", "T. (Thijs) Vermeulen" / "Mark Verhoeven", "Linda van den Berg", "Wouter De Smet"
_INITIAL_FORM = rf"(?P<initials>{_INITIALS})\s*(?:\((?P<paren>{NAME_WORD})\)\s*)?(?P<isurname>{_SURNAME})"
_FULL_FORM = rf"(?P<first>{NAME_WORD})\s+(?P<fsurname>{_SURNAME})"
_FORM = re.compile(rf"{_INITIAL_FORM}|{_FULL_FORM}")
_IN_ROW = re.compile(rf"(?<![A-Za-zÀ-ÿ0-9.])(?:{_INITIAL_FORM}|{_FULL_FORM})(?![A-Za-zÀ-ÿ0-9])")
_FIRST_ONLY = re.compile(NAME_WORD)
_SURNAME_ONLY = re.compile(_SURNAME)
_LETTERS_ONLY = re.compile(r"[A-Z]{2,3}")
_TITLE = re.compile(rf"^(?:{TITLES}|heer|meneer|mw\.?|drs\.?|dr\.?|mr\.?|ir\.?|ing\.?|prof\.?)\s+", re.I)
_DEGREE = re.compile(r",?\s+(?:MSc|MA|BSc|BA|MBA|LLM|RA|RC|MMC)\b.*$")
# Words that are capitalised in a form or a letterhead but never part of a person's name.
_NOT_A_NAME = frozenset({
    "Aanwezig", "Aanwezigen", "Akkoord", "Beoordelaar", "Betreft", "Bijlage", "Coach", "Coachee", "Datum",
    "Deelnemer", "Directie", "Directeur", "Functie", "Gezien", "Groep", "Groet", "Handtekening", "Leidinggevende",
    "Medewerker", "Medewerkster", "Naam", "Namens", "Onderwerp", "Pagina", "Periode", "Team", "Verslag",
    "Vertrouwelijk", "Voor", "Werkgever", "Werknemer", "Werkneemster", "Academie", "Academy", "Coaching", "Holding",
    "Stichting", "Gemeente", "Bakkerij", "Makelaars", "Transport", "Logistiek", "Groothandel", "Nederland",
    "Services", "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag", "Zaterdag", "Zondag", "Januari",
    "Februari", "Maart", "April", "Mei", "Juni", "Juli", "Augustus", "September", "Oktober", "November", "December",
    "Met", "Beste", "Geachte", "Hoi", "Dag", "Hallo", "Aan"
})  # fmt: skip
# A surname's particle written with a capital where a first name would stand ("mevrouw De Smet", "Ten Brink").
_CAPITAL_PARTICLES = frozenset(
    {"De", "Van", "Den", "Der", "Ter", "Ten", "Te", "Het", "El", "Al", "La", "Le", "Du", "Da", "Di", "Op", "In"}
)


@cache
def _lexicon(kind: str) -> frozenset[str] | None:
    """Dutch first names or surnames (lower case) from the name lists deduce ships, read as text without loading
    deduce itself; None when deduce is not installed (then every name of the right shape is taken)."""
    spec = importlib.util.find_spec("deduce")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(spec.submodule_search_locations[0]) / "data" / "lookup" / "src" / "names"
    names: set[str] = set()
    for part in {"first_name": ("lst_first_name",), "surname": ("lst_surname", "lst_interfix_surname")}[kind]:
        try:
            text = (folder / part / "items.txt").read_text(encoding="utf-8")
        except OSError:
            return None
        names |= {line.strip().lower() for line in text.splitlines() if line.strip()}
    return frozenset(names)


def _known(kind: str, word: str) -> bool:
    """Whether a first name (each part of "Gert-Jan") or a surname (any part of "Mulder-Oosting") is a known name."""
    lexicon = _lexicon(kind)
    if lexicon is None:
        return True
    parts = [w.lower() for w in word.split("-") if w]
    return all(w in lexicon for w in parts) if kind == "first_name" else any(w in lexicon for w in parts)


# The end of a word that names an organisation, not a family ("Schoonmaakdiensten", "Bestuursacademie").
_ORGANISATION_WORD = re.compile(
    r"(?:dienst(?:en|verlening)?|bedrijf|bedrijven|praktijk|groep|centrum|school|college|academie|zorg|opvang|bank"
    r"|makelaars?|advies|adviseurs|partners|services|vervoer|transport|bouw|installaties?|techniek|hotels?|winkels?)$",
    re.I,
)
# A company's legal form or group: "Bakkers Vakopleiding" in "Bakkers Vakopleiding Noord B.V." is no person.
_LEGAL_FORM = r"(?:B\.?V\.?|N\.?V\.?|GmbH|Groep|Holding)(?!\w)"
_ORGANISATION = re.compile(_LEGAL_FORM)


@dataclass(frozen=True)
class _Name:
    """One written form of a name: any of first name, initials and surname (initials only: "RK", "GJ")."""

    first: str | None
    initials: str
    surname: str | None

    @property
    def surname_key(self) -> str | None:
        return " ".join(self.surname.lower().split()) if self.surname else None

    @property
    def full(self) -> bool:
        return bool(self.first and self.surname)


def _initials_of(first: str) -> str:
    return "".join(part[0] for part in first.split("-") if part)


def _surname_initials(surname: str) -> set[str]:
    """ "van den Berg" → {"B"}; "De Smet" → {"S", "DS"} (a Flemish particle is written with a capital)."""
    words = surname.split()
    main = [w for w in words if not re.fullmatch(_PARTICLE, w)] or words
    capitals = "".join(w[0] for w in words if w[0].isupper())
    return {main[-1][0], capitals}


def _clean(text: str) -> tuple[str, bool]:
    """The name part of a chunk without its title, and whether it had one ("de heer M. Verhoeven")."""
    text = _DEGREE.sub("", text.strip(" \t_|—–-:;,()'\"*•").lstrip(". ")).strip()
    titled = False
    while match := _TITLE.match(text):
        text, titled = text[match.end() :], True
    return text.strip(" .,"), titled


def _parse(chunk: str, *, weak: bool = False) -> tuple[_Name, str] | None:
    """The name a chunk holds as a whole, with the chunk as written; `weak` also accepts a first name alone,
    a titled surname alone ("heer Kuipers") and initials alone ("GJ")."""
    surface = " ".join(chunk.strip(" \t_|—–-:;,()'\"*•").lstrip(". ").split()).rstrip(".,")
    text, titled = _clean(chunk)
    if not text or any(word in _NOT_A_NAME for word in re.split(r"[\s.]+", text)) or _roles_in(text):
        return None
    if match := _FORM.fullmatch(text):
        if match.group("initials"):
            initials = re.sub(r"[^A-Z]", "", match.group("initials"))
            first = match.group("paren")
            return _Name(first, _initials_of(first) if first else initials, match.group("isurname")), surface
        first = match.group("first")
        if first in _CAPITAL_PARTICLES:
            return (_Name(None, "", text), surface) if titled and weak else None
        if not _known("first_name", first):
            return None  # "Reactie Priya", "Hotel Arion", "People Partner": not a first name
        if _ORGANISATION_WORD.search(text) and not _known("surname", text.split()[-1]):
            return None  # "Reinhart Schoonmaakdiensten": a first name, then a company
        return _Name(first, _initials_of(first), match.group("fsurname")), surface
    if not weak:
        return None
    if titled and _SURNAME_ONLY.fullmatch(text):
        return _Name(None, "", text), surface
    if not titled and _FIRST_ONLY.fullmatch(text) and len(text) > 2:
        return _Name(text, _initials_of(text), None), surface
    if not titled and _LETTERS_ONLY.fullmatch(text):
        return _Name(None, text, None), surface
    return None


# ------------------------------------------------------------------------------------------------ mentions


@dataclass(frozen=True)
class _Mention:
    """A name where a document puts a person in a role; `relation` None: only named in a role field."""

    doc: int
    relation: str | None
    name: _Name
    surface: str
    roles: tuple[str, ...] = ()
    source: str = ""
    # An unlabelled list of names ("Henk + GJ + Kevin"): kept only when every name in it is a known person.
    group: int | None = None


_ROLE_WORDS = (
    ("occupational_physician", r"bedrijfsarts|arbo-?arts|verzekeringsarts|occupational physician"),
    ("coach", r"(?<!\w)coach(?!ee)\w*|loopbaanbegeleider"),
    ("counsel", r"advoca(?:at|te)|jurist|gemachtigde|raads(?:man|vrouw)|rechtsbijstand"),
    ("union", r"vakbond|\bFNV\b|\bCNV\b|vakbondsbestuurder"),
    ("hr", r"(?<![\w-])HR(?![\w])|HR-|P&O|personeelszaken|human resources|people & culture"),
    ("manager", r"leidinggevende|teamleider|manager|chef|afdelingshoofd|hoofd \w+|supervisor|beoordelaar"),
    ("other", r"directeur|eigenaar|cursusadministratie|administratie|secretaresse|office ?manager"),
)
_ROLE_WORD = re.compile("|".join(f"(?P<{role}>{words})" for role, words in _ROLE_WORDS), re.I)
_WRITER_MARK = re.compile(r"\b(?:verslag|notities|notulen|notulist)\b", re.I)
_SIGN_MARK = re.compile(r"\bvoor\s+(?:gezien|ontvangst|akkoord)|\bgezien\b|\bniet\s+akkoord\b", re.I)


def _roles_in(text: str) -> list[str]:
    """The roles a label names, in order ("directeur HR-adviseur" → other, hr)."""
    roles = [match.lastgroup for match in _ROLE_WORD.finditer(text)]
    return [role for role in roles if role]


def _role_of(text: str) -> tuple[str, ...]:
    roles = [role for role in _roles_in(text) if role != "other"]
    return (min(roles, key=_ROLE_PRIORITY.index),) if roles else ()


def _split_list(value: str) -> list[str]:
    """A list of names split at commas, semicolons, "+", "&", " en " and " _ ", not inside parentheses."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(value):
        depth += char == "("
        depth -= char == ")" and depth > 0
        if depth == 0 and char in ",;+&":
            parts.append(value[start:index])
            start = index + 1
    parts.append(value[start:])
    return [piece for part in parts for piece in re.split(r"\s+(?:en|and)\s+|\s_\s", part) if piece.strip()]


def _names_in_list(value: str, *, weak: bool) -> list[tuple[_Name, str, str]]:
    """(name, as written, its annotation) per listed person; an annotation is the part in parentheses, after a dash
    or after a comma that holds no name ("Ingrid Post, teamleider planning", "Bas Kuipers (HR-adviseur, verslag)")."""
    found: list[tuple[_Name, str, str]] = []
    for part in _split_list(value):
        notes = " ".join(re.findall(r"\(([^)]*)\)?", part))
        name_part, _, dash_note = re.sub(r"\([^)]*\)?", " ", part).partition(" - ")
        parsed = _parse(name_part, weak=weak)
        if parsed:
            found.append((parsed[0], parsed[1], f"{notes} {dash_note}".strip()))
        elif found and notes:
            continue  # someone with a note of their own whose name is not read: their note is not the last one's
        elif found and len(part.split()) <= 4:
            name, surface, note = found[-1]
            found[-1] = (name, surface, f"{note} {part}".strip())
        else:
            break  # not a name, nor a short label of the one before: the list has ended
    return found


def _organisation_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if _ORGANISATION.search(line)]


@dataclass(frozen=True)
class _Row:
    """A signature row: the names on one line, each with whether a "voor gezien/ontvangst" mark goes with it."""

    names: tuple[tuple[_Name, str, bool], ...]
    roles: tuple[str, ...]


_ROW_LABELS = frozenset({
    "Beoordelaar", "Medewerker", "Medewerkster", "Werknemer", "Werkneemster", "Directie", "Directeur", "Voor",
    "Akkoord", "Datum", "Namens", "Handtekening", "Paraaf", "Leidinggevende", "HR", "Gezien", "Niet", "Alleen"
})  # fmt: skip


def _row(line: str, organisations: Sequence[str], *, weak: bool = False) -> _Row | None:
    """The names of a line that holds only names, labels, dates and "voor gezien" (a signature row or the name
    under a closing), or None for prose, a company or a letterhead line."""
    if _TITLED.search(line):
        return None  # "Mevrouw L. van den Berg - 14 mei 2024": an addressee, not a signature
    matches = [m for m in _IN_ROW.finditer(line) if _parse(m.group(0))]
    if not matches and weak:
        parsed = _parse(line, weak=True)
        return _Row(((parsed[0], parsed[1], False),), ()) if parsed and parsed[0].first else None
    if not matches:
        return None
    rest = [line[: matches[0].start()]] + [
        line[a.end() : b.start()] for a, b in zip(matches, matches[1:], strict=False)
    ]
    rest.append(line[matches[-1].end() :])
    words = [w for piece in rest for w in re.findall(r"[A-Za-zÀ-ÿ][\w'’-]*", piece) if not any(c.isdigit() for c in w)]
    capitals = [w for w in words if w[0].isupper() and len(w) > 1 and w not in _ROW_LABELS and not _roles_in(w)]
    lower = [w for w in words if w[0].islower()]
    if capitals or len(lower) > min(6, 3 * len(matches)):
        return None
    names = []
    for index, match in enumerate(matches):
        name, surface = _parse(match.group(0))  # type: ignore[misc]
        company = re.compile(rf"(?<!\w){re.escape(surface)}(?:\s+[A-Z][\w&'.-]*)*\s+{_LEGAL_FORM}")
        if any(company.search(org) for org in organisations):
            return None
        before, after = rest[index], rest[index + 1]
        marked_before = bool(re.search(r"(?i)voor\s+(?:gezien|ontvangst|akkoord)[^:]*:\s*$", before))
        after_own = re.split(r"(?i)voor\s+(?:gezien|ontvangst|akkoord)[^:]*:", after)[0]
        names.append((name, surface, marked_before or bool(_SIGN_MARK.search(after_own))))
    return _Row(tuple(names), tuple(_roles_in(" ".join(rest))))


_TITLED = re.compile(rf"(?i)(?:^|\s)(?:{TITLES}|mw\.?)\s")
# A sentence: a line of running text ends with a full stop after a word (not after an initial).
# Where a form's line holds a second field: a wide gap, a tab or a table's cell border.
_COLUMN_GAP = re.compile(r"\s{3,}|\t|\s\|\s")
_SENTENCE_BREAK = re.compile(r"(?P<word>[\w)]+)\.\s+(?=[A-Z])")
_ABBREVIATIONS = frozenset({"dhr", "mevr", "mw", "mr", "dr", "drs", "ir", "ing", "prof", "ca", "nr", "bijv", "o.a"})
_SENTENCE_END = re.compile(r"[a-z]{2,}[.?!]\s*$")
_DATE_LINE = re.compile(r"\b\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?\b")
_EMPTY_DATE = re.compile(r"(?i)datum\s*:?\s*$")
_CLOSING = re.compile(
    r"^\s*(?:(?:met\s+)?(?:vriendelijke|hartelijke|collegiale|beste|warme|sportieve)\s+groet(?:en)?|groet(?:en|jes)?"
    r"|hoogachtend|mvg|m\.v\.g\.|gr|(?:kind\s+|best\s+)?regards|cheers)\s*[,!.]?(?:\s+(?P<name>[A-Z][^,\n]{1,40}))?\s*$",
    re.I,
)
_HEADER = re.compile(r"^\s*(?P<label>van|from|aan|to|cc|bcc|kopie aan)\s*:\s*(?P<value>.*)$", re.I)
_SENDER = re.compile(r"^\s*(?:van|from)\s*:", re.I)
_MEMO_HEADER = re.compile(r"^\s*(?P<label>Van|Aan)\s+(?P<value>[^:\s].*)$")
_ATTENDEES = re.compile(r"(?:^|(?<=[.:]\s))\s*aanwezig(?:en)?\b\s*(?:[:|]\s*|\s+(?=[A-Z_]))(?P<value>.+)$", re.I)
_FOR_ATTENTION = re.compile(r"\bt\.?\s?a\.?\s?v\.?\s+(?P<value>.+)$", re.I)
_COPY = re.compile(r"^\s*(?:c\.\s?c\.|cc|kopie(?:\s+aan)?)\s*:?\s+(?P<value>.+)$", re.I)
_SALUTATION = re.compile(rf"^\s*{GREETING}\s+(?P<value>[^,\n]{{2,60}}),\s*$", re.I)
_EXPLICIT_SIGNATURE = re.compile(
    r"\bvoor\s+(?:gezien|ontvangst(?:\s+getekend)?|akkoord)\s*:\s*(?P<value>[^,\n]+?)(?=,|\s{2,}|\s-\s|$)", re.I
)
_CLOSING_INITIALS = re.compile(r"[\W_]*(?P<letters>[A-Z]{2,3})\.?[\W_]*")
# Form fields that put a person in a role: (label, role, relation). The value starts with the name.
_FIELDS = (
    (r"tweede\s+beoordelaar", None, None),
    (r"(?:eerste\s+)?beoordelaar", "manager", "wrote"),
    (r"leidinggevende|manager|teamleider", "manager", None),
    (r"hr\s+business\s+partner|hr-adviseur|hr|p&o|personeelszaken", "hr", None),
    (r"bedrijfsarts|arbo-?arts", "occupational_physician", None),
    (r"coach", "coach", None),
    (r"advocaat|gemachtigde|raads(?:man|vrouw)", "counsel", None),
    (r"vakbond(?:sbestuurder)?", "union", None),
    (
        r"naam\s+(?:medewerk|werknem)(?:er|ster)|medewerk(?:er|ster)|werknem(?:er|ster)|werkneemster|coachee|naam",
        "employee",
        None,
    ),
    (r"deelnemer", None, None),
    (r"opgesteld\s+door|verslag(?:legging)?|notulist|notulen", None, "wrote"),
)
_FIELD = re.compile(
    r"^\s*(?P<label>" + "|".join(f"(?P<f{i}>{label})" for i, (label, _, _) in enumerate(_FIELDS)) + r")"
    r"[\s:|.…_]*?(?:[:|]|\s|[.…_]{2,})[\s:|.…_]*(?P<value>[^\s:|.…_].*)$",  # "Naam: ", "Naam ....... " (leaders)
    re.I,
)


# "Kevin Mulder (voor" over "gezien)": a signature mark that a narrow signature column breaks over two lines.
_SPLIT_MARK = re.compile(r"(?i)(\bvoor)[ \t]*\n[ \t]*((?:gezien|ontvangst|akkoord)\b)")


def _own_lines(doc: Document) -> list[str]:
    """The document's own lines: an e-mail without the messages it quotes or forwards below its own text (a quote
    marker, or a second "Van:" header as in an Outlook print of a thread)."""
    lines = _SPLIT_MARK.sub(r"\1 \2", doc.text).splitlines()
    senders = [i for i, line in enumerate(lines) if _SENDER.match(line)]
    own_header = senders[0] if senders and senders[0] < 8 else None
    for index, line in enumerate(lines):
        if QUOTE_MARKER.match(line) or (own_header is not None and index > own_header + 1 and index in senders):
            return lines[:index]
    return lines


def _joined(lines: list[str], index: int, value: str) -> str:
    """A value that runs on over the next line: an open parenthesis, a trailing comma or initial, a surname's
    particle at the start of the next line ("Linda van" / "den Berg")."""
    following = lines[index + 1].strip() if index + 1 < len(lines) else ""
    runs_on = (
        value.count("(") > value.count(")")
        or re.search(r"(?:,|\b[A-Z]\.)\s*$", value)
        or following.startswith("(")
        or re.match(rf"(?:{PARTICLES})\s+{NAME_WORD}", following)
    )
    return f"{value.rstrip()} {following}" if runs_on and following else value


class _Reader:
    """Collects the mentions of one document."""

    def __init__(self, index: int, doc: Document) -> None:
        self.index = index
        self.lines = _own_lines(doc)
        self.organisations = _organisation_lines(doc.text)
        self.mentions: list[_Mention] = []
        self.used: set[int] = set()

    def add(
        self,
        relation: str | None,
        name: _Name,
        surface: str,
        roles: Iterable[str] = (),
        source: str = "",
        group: int | None = None,
    ) -> None:
        self.mentions.append(_Mention(self.index, relation, name, surface, tuple(roles), source, group))

    def add_list(self, relation: str | None, value: str, source: str, *, weak: bool, roles: Iterable[str] = ()) -> None:
        for name, surface, note in _names_in_list(value, weak=weak):
            self.add(relation, name, surface, (*roles, *_role_of(note)), source)
            if relation == "attended" and _WRITER_MARK.search(note):
                self.add("wrote", name, surface, (), "verslag")

    def read(self) -> list[_Mention]:
        self.headers()
        self.addressees()
        self.attendees()
        self.fields()
        self.closing()
        self.tail()
        self.explicit_signatures()
        return self.mentions

    def headers(self) -> None:
        for index, line in enumerate(self.lines[:12]):
            match = _HEADER.match(line) or (_MEMO_HEADER.match(line) if index < 10 else None)
            if not match:
                continue
            label = match.group("label").lower()
            value = re.sub(r"<[^>]*>|\S+@\S+", " ", match.group("value"))
            relation = "wrote" if label in ("van", "from") else "received"
            self.add_list(relation, value, f"kop: {label}", weak=False)
            self.used.add(index)

    def addressees(self) -> None:
        for index, line in enumerate(self.lines[:25]):
            if index in self.used:
                continue
            if match := _FOR_ATTENTION.search(line):
                self.add_list("received", _joined(self.lines, index, match.group("value")), "t.a.v.", weak=False)
            elif match := _COPY.match(line):
                self.add_list("received", match.group("value"), "c.c.", weak=False)
            elif match := _SALUTATION.match(line):
                self.add_list("received", match.group("value"), "aanhef", weak=True)
            elif re.match(rf"(?i)\s*(?:{TITLES}|mw\.?)\s", line) and (parsed := _parse(line)):
                self.add("received", parsed[0], parsed[1], (), "adres")
        for index, line in enumerate(self.lines[25:], start=25):
            if match := _COPY.match(line):
                self.add_list("received", match.group("value"), "c.c.", weak=False)
                self.used.add(index)

    def attendees(self) -> None:
        for index, line in enumerate(self.lines):
            if match := _ATTENDEES.search(line):
                value = _joined(self.lines, index, match.group("value"))
                value = _first_sentence(value).rstrip(". ")  # "…, Fleur Dekkers (notulen). Lotte wordt …"
                self.add_list("attended", value, "aanwezig", weak=True)
        # a handwritten note's "Henk + GJ + Kevin" under its heading
        for index, line in enumerate([line for line in self.lines if line.strip()][:4]):
            value = re.split(r"\s[—–-]\s", line)[0]
            items = [item for item in value.split("+") if item.strip()]
            parsed = [_parse(item, weak=True) for item in items]
            if len(items) >= 2 and all(parsed):
                for name, surface in parsed:  # type: ignore[misc]
                    self.add("attended", name, surface, (), "aanwezig", group=self.index * 100 + index)

    def fields(self) -> None:
        for index, line in enumerate(self.lines):
            match = _FIELD.match(line)
            if not match or index in self.used:
                continue
            number = next(int(key[1:]) for key, value in match.groupdict().items() if key[:1] == "f" and value)
            _, role, relation = _FIELDS[number]
            value = _COLUMN_GAP.split(_joined(self.lines, index, match.group("value")))[0]
            self.add_list(relation, value, "veld", weak=False, roles=[role] if role else [])

    def closing(self) -> None:
        for index, line in enumerate(self.lines):
            if not (closing := _CLOSING.match(line)):
                continue
            if closing.group("name") and (parsed := _parse(closing.group("name"), weak=True)):
                self.add("wrote", parsed[0], parsed[1], (), "ondertekening")  # "Groetjes Kim"
            seen = 0
            for offset, candidate in enumerate(self.lines[index + 1 :], start=index + 1):
                if not candidate.strip():
                    continue
                seen += 1
                if seen > 6:
                    break
                row = _row(candidate, self.organisations, weak=True)
                if row is None:
                    continue
                self.used.add(offset)
                # the line under the names gives their roles ("directeur HR-adviseur"), unless it is a name itself
                role_line = next((x for x in self.lines[offset + 1 : offset + 3] if x.strip()), "")
                labels = [] if _row(role_line, self.organisations) else _roles_in(role_line)
                count = len(row.names)
                for position, (name, surface, marked) in enumerate(row.names):
                    roles = _row_roles(labels, position, count) or _row_roles(list(row.roles), position, count)
                    self.add("signed" if marked else "wrote", name, surface, roles, "ondertekening")
                break

    def tail(self) -> None:
        filled = [i for i, line in enumerate(self.lines) if line.strip()]
        for position, index in enumerate(filled[-8:]):
            line = self.lines[index]
            if index in self.used or _COPY.match(line) or _CLOSING.match(line):
                continue
            row = _row(line, self.organisations)
            if row is None or any(_is_prose(self.lines[i]) for i in filled[-8:][position + 1 :]):
                continue  # a heading above a paragraph, not a name under the text
            self.used.add(index)
            following = self.lines[filled[-8:][position + 1]] if position + 1 < len(filled[-8:]) else ""
            dated = bool(_DATE_LINE.search(following)) and len(following.split()) <= 8
            unsigned = len(row.names) - 1 if dated and _EMPTY_DATE.search(following) else None
            single_author = len(row.names) == 1 and not dated and not row.names[0][2]
            for number, (name, surface, _) in enumerate(row.names):
                if number == unsigned:
                    continue
                roles = _row_roles(list(row.roles), number, len(row.names))
                self.add("wrote" if single_author else "signed", name, surface, roles, "ondertekening")
        last = self.lines[filled[-1]] if filled else ""
        if (match := _CLOSING_INITIALS.fullmatch(last)) and filled[-1] not in self.used:
            self.add("signed", _Name(None, match.group("letters"), None), match.group("letters"), (), "paraaf")

    def explicit_signatures(self) -> None:
        for line in self.lines:
            for match in _EXPLICIT_SIGNATURE.finditer(line):
                if parsed := _parse(match.group("value")):
                    self.add("signed", parsed[0], parsed[1], (), "voor gezien")


def _first_sentence(text: str) -> str:
    """The text up to the first full stop that ends a sentence (not one after an initial or "mr.", "drs.")."""
    for match in _SENTENCE_BREAK.finditer(text):
        word = match.group("word")
        if len(word) > 1 and word.lower() not in _ABBREVIATIONS:
            return text[: match.start("word") + len(word)]
    return text


def _is_prose(line: str) -> bool:
    return len(line.split()) >= 6 and bool(_SENTENCE_END.search(line))


def _row_roles(labels: list[str], position: int, count: int) -> tuple[str, ...]:
    """The role a label line gives the name at `position`: by order when there is one label per name."""
    if len(labels) == count:
        return tuple(role for role in labels[position : position + 1] if role != "other")
    if count == 1:
        return _role_of(" ".join(labels)) if labels else ()
    return ()


# ------------------------------------------------------------------------------------------------ people


@dataclass
class _Draft:
    """A person while the mentions are merged."""

    forms: list[_Name] = field(default_factory=list)
    mentions: list[_Mention] = field(default_factory=list)

    @property
    def first(self) -> str | None:
        firsts = Counter(form.first for form in self.forms if form.first and form.surname)
        return firsts.most_common(1)[0][0] if firsts else None

    @property
    def surname_key(self) -> str | None:
        return next((form.surname_key for form in self.forms if form.surname), None)


def _matches(draft: _Draft, name: _Name) -> bool:
    """Whether a partial form (initials + surname, a surname, a first name or initials alone) fits the person."""
    first, key = draft.first, draft.surname_key
    if name.surname and name.initials:
        if key != name.surname_key:
            return False
        if first:
            return _initials_of(first)[0] == name.initials[0]
        return any(form.initials[:1] == name.initials[:1] for form in draft.forms)
    if name.surname:
        return key == name.surname_key
    if name.first:
        return first == name.first
    named = [form for form in draft.forms if form.surname]
    signs = {form.initials + letters for form in named for letters in _surname_initials(form.surname)}  # type: ignore[arg-type]
    signs |= {form.initials for form in named if len(form.initials) > 1}  # "GJ" for Gert-Jan Wolters
    return name.initials in signs


def _split_first_names(mentions: list[_Mention]) -> list[_Mention]:
    """ "aanwezig: Gert-Jan _ Henk Kevin": two first names side by side on an attendee line, not one person."""
    firsts = {m.name.first for m in mentions if m.name.full and m.source != "aanwezig"}
    surnames = Counter(m.name.surname_key for m in mentions if m.name.full)
    out = []
    for m in mentions:
        name = m.name
        side_by_side = name.first in firsts and name.surname in firsts and surnames[name.surname_key] == 1
        if m.source == "aanwezig" and name.full and side_by_side:
            for word in (name.first, name.surname):
                alone = _Name(word, _initials_of(word), None)
                out.append(_Mention(m.doc, m.relation, alone, word, (), m.source, m.group))  # type: ignore[arg-type]
        else:
            out.append(m)
    return out


def _merge(mentions: list[_Mention]) -> list[_Draft]:
    """Full names make people; initials + surname join the one person they fit or make a new one; a surname, a
    first name or initials alone join the one person they fit, else they are dropped (ambiguous or unknown)."""
    drafts: dict[tuple[str, str], _Draft] = {}
    for m in mentions:
        if m.name.full:
            key = (m.name.first, m.name.surname_key)
            drafts.setdefault(key, _Draft()).forms.append(m.name)  # type: ignore[arg-type]
            drafts[key].mentions.append(m)  # type: ignore[index]
    people = list(drafts.values())
    for m in mentions:
        if m.name.surname and m.name.initials and not m.name.first:
            fits = [d for d in people if _matches(d, m.name)]
            if not fits:
                fits = [_Draft()]
                people.append(fits[0])
            if len(fits) == 1:
                fits[0].forms.append(m.name)
                fits[0].mentions.append(m)
    resolved: dict[int, _Draft] = {}
    for number, m in enumerate(mentions):
        if m.name.full or (m.name.surname and m.name.initials):
            continue
        fits = [d for d in people if _matches(d, m.name)]
        if len(fits) == 1:
            resolved[number] = fits[0]
    unresolved_groups = {m.group for n, m in enumerate(mentions) if m.group is not None and n not in resolved}
    for number, draft in resolved.items():
        if mentions[number].group not in unresolved_groups or mentions[number].group is None:
            draft.mentions.append(mentions[number])
    return people


def _credible(draft: _Draft) -> bool:
    """A person known by initials and surname only is kept when the surname is a known one, a title goes with it
    or two documents name them: "D. Gevolgen" under a heading is no person."""
    if any(form.full for form in draft.forms):
        return True
    surname = next(form.surname for form in draft.forms if form.surname)
    titled = any(_TITLE.match(m.surface) for m in draft.mentions)
    return _known("surname", surname.split()[-1]) or titled or len({m.doc for m in draft.mentions}) >= 2


def _employee(people: list[_Draft], names: frozenset[str]) -> _Draft | None:
    """The person the employee fields name and whose name the formal documents use for the employee."""

    def score(draft: _Draft) -> tuple[int, int]:
        fields = sum("employee" in m.roles for m in draft.mentions)
        words = {w for form in draft.forms for w in [form.first or "", *(form.surname or "").split()]}
        return fields * 2 + len(words & names), len({m.doc for m in draft.mentions})

    best = max(people, key=score, default=None)
    return best if best is not None and score(best)[0] > 0 else None


def _role(draft: _Draft) -> str:
    roles = {role for m in draft.mentions for role in m.roles if role != "employee"}
    return next((role for role in _ROLE_PRIORITY if role in roles), "other")


def _display_name(draft: _Draft) -> str:
    """The fullest form: first name and surname as most often written, else initials and surname."""
    full = Counter(f"{f.first} {f.surname}" for f in draft.forms if f.full)
    if full:
        return full.most_common(1)[0][0]
    written = Counter(_clean(m.surface)[0] for m in draft.mentions if m.name.surname and m.name.initials)
    return written.most_common(1)[0][0]


def _seen_forms(draft: _Draft, texts: Sequence[str], unique_first: bool, unique_surname: bool) -> set[str]:
    """The forms of the person's name that the documents' text holds: full name, initials + surname, with a title."""
    first, surname = draft.first, next((f.surname for f in draft.forms if f.surname), None)
    if not surname:
        return set()
    surname_pattern = r"\s+".join(re.escape(w) for w in surname.split())
    surname_pattern = f"(?i:{surname_pattern[0]}){surname_pattern[1:]}"
    initials = sorted({f.initials for f in draft.forms if f.initials}) or [""]
    heads = [re.escape(first)] if first else []
    heads += [r"\.?\s?".join(initials_) + r"\." for initials_ in initials if initials_]
    titled = rf"(?i:{TITLES}|heer|mw\.?)\s+"
    alternatives = [rf"(?:{titled})?(?:{head})\s+{surname_pattern}" for head in heads]
    if unique_surname:
        alternatives.append(rf"{titled}{surname_pattern}")
    if first and unique_first:
        alternatives.append(re.escape(first))
    pattern = re.compile(rf"(?<![\w@])(?:{'|'.join(alternatives)})(?![\w@])")
    return {" ".join(m.group(0).split()) for text in texts for m in pattern.finditer(text)}


def find_people(documents: Sequence[Document]) -> tuple[Person, ...]:
    """Everyone the documents put in a role, with the documents that show them in it; the employee first."""
    readable = [d for d in documents if d.error is None and d.text.strip()]
    mentions = [m for index, doc in enumerate(readable) for m in _Reader(index, doc).read()]
    drafts = [d for d in _merge(_split_first_names(mentions)) if d.mentions and _credible(d)]
    employee = _employee(drafts, employee_names(readable))
    firsts = Counter(d.first for d in drafts if d.first)
    surnames = Counter(d.surname_key for d in drafts)
    texts = [d.text for d in readable]
    people = []
    for draft in drafts:
        docs: dict[str, set[int]] = defaultdict(set)
        for m in draft.mentions:
            docs[m.relation or "named"].add(m.doc)
        dates = sorted(readable[i].date for ids in docs.values() for i in ids if readable[i].date)  # type: ignore[type-var]
        aliases = {" ".join(m.surface.split()) for m in draft.mentions}
        aliases |= _seen_forms(draft, texts, firsts[draft.first] == 1, surnames[draft.surname_key] == 1)
        people.append(
            Person(
                name=_display_name(draft),
                role="employee" if draft is employee else _role(draft),
                aliases=tuple(sorted(aliases)),
                **{rel: tuple(readable[i].id for i in sorted(docs[rel])) for rel in RELATIONS},
                first_seen=dates[0] if dates else None,
                last_seen=dates[-1] if dates else None,
            )
        )
    far = dt.date.max
    return tuple(sorted(people, key=lambda p: (ROLES.index(p.role), p.first_seen or far, p.name)))


# ------------------------------------------------------------------------------------------------ views


def name_parts(name: str) -> tuple[str | None, str, str | None]:
    """First name, initials and surname of a written name: "Mark Verhoeven" → ("Mark", "M", "Verhoeven"),
    "R.M. Hendriks" → (None, "RM", "Hendriks"); (None, "", None) for what is not a name."""
    parsed = _parse(name, weak=True)
    return (parsed[0].first, parsed[0].initials, parsed[0].surname) if parsed else (None, "", None)


def manager_changes(people: Iterable[Person]) -> list[ManagerPeriod]:
    """The managers in order of their first appearance, each with the dates of the documents showing them."""
    managers = sorted((p for p in people if p.role == "manager"), key=lambda p: (p.first_seen or dt.date.max, p.name))
    return [ManagerPeriod(p.name, p.first_seen, p.last_seen) for p in managers]


def _month(day: dt.date | None) -> str:
    return f"{day.month}-{day.year}" if day else "?"


def manager_change_line(periods: Sequence[ManagerPeriod]) -> str | None:
    """ "leidinggevende gewisseld: A (tot 3-2024) → B (vanaf 4-2024)" when each manager took over after the one
    before was last seen; None for one manager or managers side by side."""
    if len(periods) < 2 or any(
        not (a.end and b.start and b.start > a.end) for a, b in zip(periods, periods[1:], strict=False)
    ):
        return None
    parts = [f"{periods[0].name} (tot {_month(periods[0].end)})"]
    parts += [f"{p.name} ({_month(p.start)} – {_month(p.end)})" for p in periods[1:-1]]
    parts.append(f"{periods[-1].name} (vanaf {_month(periods[-1].start)})")
    return "leidinggevende gewisseld: " + " → ".join(parts)


_RELATION_WORDS = {"wrote": "schreef", "signed": "tekende", "attended": "aanwezig bij", "received": "ontving"}


def people_lines(people: Sequence[Person]) -> list[str]:
    """One Dutch line per person ("Mark Verhoeven — werknemer — schreef D011; aanwezig bij D004, D006"), after a
    line on a change of manager when there was one."""
    change = manager_change_line(manager_changes(people))
    lines = [change] if change else []
    for person in people:
        done = [
            f"{_RELATION_WORDS[rel]} {', '.join(getattr(person, rel))}" for rel in RELATIONS if getattr(person, rel)
        ]
        lines.append(" — ".join([person.name, ROLE_NAMES[person.role], *(["; ".join(done)] if done else [])]))
    return lines


def people_to_dict(people: Sequence[Person]) -> list[dict[str, Any]]:
    """The people for the JSON report: plain lists, ISO dates."""
    return [
        {
            "name": p.name,
            "role": p.role,
            "aliases": list(p.aliases),
            **{rel: list(getattr(p, rel)) for rel in RELATIONS},
            "first_seen": p.first_seen.isoformat() if p.first_seen else None,
            "last_seen": p.last_seen.isoformat() if p.last_seen else None,
        }
        for p in people
    ]


def people_from_dict(items: Sequence[dict[str, Any]]) -> tuple[Person, ...]:
    """The people back from a report (`people_to_dict`), for the lines the memo and the dashboard show."""
    return tuple(
        Person(
            name=item["name"],
            role=item["role"],
            aliases=tuple(item.get("aliases") or ()),
            **{rel: tuple(item.get(rel) or ()) for rel in RELATIONS},
            first_seen=dt.date.fromisoformat(item["first_seen"]) if item.get("first_seen") else None,
            last_seen=dt.date.fromisoformat(item["last_seen"]) if item.get("last_seen") else None,
        )
        for item in items
    )
