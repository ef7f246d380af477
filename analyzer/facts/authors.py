"""Who wrote each document: the employer's side, the employee (or their counsel), the bedrijfsarts or a coach.

A complaint in the employee's own e-mail and the same words in the manager's reply mean different things, so the
facts stage first finds the employee's name in the formal documents ("Naam medewerker: Ruud Kloosterman",
"Beste Ruud,") and then reads the sender of every e-mail ("Van: Ruud Kloosterman <…>") against it.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from analyzer.dossier import Document
from analyzer.facts.model import Speaker

# The building blocks of a person's name, shared with analyzer.facts.people (which reads every person, not only
# the employee): a capitalised word ("Verhoeven", "Gert-Jan"), the lower-case particles of a Dutch surname, the
# titles before a name and the words that open a salutation.
NAME_WORD = r"(?-i:[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)*-?)"
PARTICLES = r"(?:van|de|der|den|ter|ten|el|al)"
TITLES = r"(?:dhr\.?|mevr\.?|de heer|mevrouw)"
ACADEMIC = r"(?:(?:prof|dr|drs|ir|ing)\.\s*){0,2}"  # "Specialist: dr. H.J. Stoltenberg"
GREETING = r"(?:beste|geachte|dag|hoi|hallo|lieve)"
# a name never runs on into the next line; after initials it may open with its particle ("F. de Graaf")
_NAME = rf"(?P<name>(?:(?-i:{PARTICLES})[ \t]+){{0,2}}{NAME_WORD}(?:[ \t]+(?:{PARTICLES}|{NAME_WORD})){{0,3}})"
_INITIALS = r"(?:(?-i:[A-Z])\.\s*)*(?:\((?P<first>(?-i:[A-Z][a-zà-ÿ'’-]+))\)\s*)?"
_NAMED = (
    # a labelled field holding the name, alone or before a comma, bracket, dash or the next field ("Employee: Joris
    # Meijer · Role: ..."); "Werknemer: Dat klopt niet" is a transcript's turn
    re.compile(r"^\s*(?:naam\s+)?(?:medewerk(?:er|ster)|werknem(?:er|ster)|naam|employee|betreft|betrokkene|specialist)\s*:\s*" + TITLES + r"?\s*" + ACADEMIC + _INITIALS + _NAME + r"(?:[ \t]*(?:[,(|/·•;–-]|$)|[ \t]{2,})", re.I | re.M),  # fmt: skip
    # a form laid out as a table: the label on its own, the name beside it ("Naam  T. (Thijs) Vermeulen", "Naam |
    # Youssef Amrani")
    re.compile(r"^\s*(?:naam(?:\s+medewerk(?:er|ster))?|medewerk(?:er|ster)|werknem(?:er|ster)|coachee)(?:[ \t]+|[ \t]*\|[ \t]*)" + TITLES + r"?\s*" + _INITIALS + _NAME + r"\s*(?:[,(]|$)", re.I | re.M),  # fmt: skip
    re.compile(r"^\s*" + GREETING + r"\s+(?:heer|mevrouw|dhr\.?|mevr\.?)?\s*" + _NAME + r"\s*,", re.I | re.M),  # fmt: skip
    # a letter's address block ("De heer E. Hazenberg") and a form's title ("Verbeterplan Sanne Kuipers, groep 5",
    # "Afspraken Yara - 13-1-2025")
    re.compile(r"^\s*" + TITLES + r"\s+" + _INITIALS + _NAME + r"\s*$", re.I | re.M),
    re.compile(r"^\s*(?:verbeterplan|verbetertraject|plan van aanpak|pip|ontwikkelplan|beoordeling(?:sformulier)?|waarschuwing|afspraken)(?:\s+\d{4})?\s+(?:van\s+|voor\s+)?" + TITLES + r"?\s*" + _INITIALS + _NAME + r"\s*(?:[,(-]|$)", re.I | re.M),  # fmt: skip
)
# A name in a labelled field ("Naam medewerker: ...") counts twice a salutation's: a thread filed as a formal document
# also greets the HR adviser or manager the employee writes to ("Beste Linda,").
_NAMED_WEIGHT = (2, 2, 1, 1, 1)
_SENDER = re.compile(r"^\s*(?:van|from)\s*:\s*(?P<sender>[^\n]+)", re.I | re.M)
_PHYSICIAN_SENDER = re.compile(r"arbo|bedrijfsarts|\barts\b|occupational|verzuim", re.I)
_COUNSEL = re.compile(r"\b(?:namens\s+(?:mijn\s+)?cli[eë]nt(?:e)?|mijn\s+cli[eë]nt(?:e)?|cli[eë]nte\s+(?:heeft|is|wenst|stelt)|cli[eë]nt(?:e)?\s+(?:betwist|aanvaardt|ontkent|verzoekt|meent|acht)|ik\s+sta\s+(?:\S+\s+){1,5}bij\b)", re.I)  # fmt: skip
_FORMAL = ("warning", "appraisal", "improvement_plan", "meeting_report", "redeployment")
_COACH_DOCUMENT = re.compile(r"\b(?:coach(?:ings?)?(?:rapport|verslag|rapportage)|eindrapportage|coachtraject)\b", re.I)
_STOP = {"Van", "De", "Het", "Een", "Beste", "Geachte", "Datum", "Functie", "Team", "Collega", "Allen", "Heer", "Mevrouw"}


def employee_names(documents: Sequence[Document]) -> frozenset[str]:
    """The employee's first name and surname(s), as the formal documents address or name them."""
    counts: Counter[str] = Counter()
    together: list[set[str]] = []  # the tokens of each name as written: "F. (Femke) de Graaf" is one person
    for doc in documents:
        if doc.doc_type not in _FORMAL:
            continue
        for pattern, weight in zip(_NAMED, _NAMED_WEIGHT, strict=True):
            for match in pattern.finditer(doc.text[:2500]):
                if "/" in doc.text[match.end("name") :].split("\n", 1)[0]:
                    continue  # "Betreft: Apothekersgroep Kennemerland B.V. / M. Kok": the parties of a case
                tokens = [*match.group("name").split(), *([match.group("first")] if match.groupdict().get("first") else [])]
                kept = {t for t in tokens if t[:1].isupper() and t not in _STOP and len(t) > 2}
                counts.update(dict.fromkeys(kept, weight))
                together.append(kept)
    if not counts:
        return frozenset()
    first, top = counts.most_common(1)[0]
    # a third of the most-named token's count, or written in one name with it (a first name the forms give once)
    return frozenset(token for token, n in counts.items() if n * 3 >= top or any({token, first} <= name for name in together))


# The client a lawyer names ("Ik sta Apothekersgroep Kennemerland B.V. (hierna: cliënte) bij"), and the other side's
# client named as the employee ("uw cliënt, de heer Amrani"): counsel for the employer writes "cliënte" too.
_CLIENT_NAMED = re.compile(r"(?P<who>(?:[^.\n(]|(?<=[A-Z])\.){3,120})\((?:hierna(?:\s+te\s+noemen)?\s*:?\s*)?[\"“']?cli[eë]nt(?:e)?[\"”']?\)", re.I)  # fmt: skip
_CLIENT_WORD = re.compile(r"\bcli[eë]nt(?:e)?\b", re.I)
_COUNSEL_SENDER = re.compile(r"\bmr\.|advoca|arbeidsrecht|rechtsbijstand|juridisch|\b(?:fnv|cnv|arag|das|srk)\b", re.I)
_COMPANY = re.compile(r"\b(?:B\.?V\.?|N\.?V\.?|U\.?A\.?|groep|group|holding|stichting|gemeente|vereniging|co[öo]peratie|bedrijf|ziekenhuis|apothe[ek]k?|school|hotel|kantoor)\b", re.I)  # fmt: skip
# "Ik sta De Eikelaar Uitvaartverzekeringen U.A. bij en reageer namens haar": the client named by the verb alone.
_ASSISTS = re.compile(r"\b(?:ik|wij|we)\s+(?:sta|staan)\s+(?P<who>(?:[^.\n(]|(?<=[A-Z])\.){3,120}?)\s+bij\b", re.I)
_THEIR_CLIENT = re.compile(r"\buw\s+cli[eë]nt(?:e)?,?\s+(?:de\s+heer|mevrouw|dhr\.?|mw\.?|mevr\.?)?\s*(?P<name>[^,.\n]{2,40})", re.I)  # fmt: skip


# The head of a letter: the sender's letterhead, then the addressee, up to the place and date, subject or salutation.
_HEAD_END = re.compile(r"^\s*(?:betreft|onderwerp|inzake|geachte|beste|uw\s+(?:kenmerk|dossiernummer|referentie))\b|,\s+\d{1,2}\s+[a-z]+\s+\d{4}\s*$", re.I)  # fmt: skip
_FIRM_KIND = re.compile(r"^\s*(?:advocat\w*|arbeidsrecht\w*|juristen|rechtsbijstand)\b", re.I)
_THEIR_SIDE = re.compile(r"\buw\s+(?:brief|schrijven|e-?mail|cli[eë]nt(?:e)?|lid)\b", re.I)


# A note on the scan above a letter ("[gescand - binnengekomen post P&O, stempel ...]"): not its letterhead.
_SCAN_NOTE = re.compile(r"^\s*\[[^\]]*\]\s*$")


def _to_representative(text: str, names: frozenset[str]) -> bool:
    """A letter of the employer's side to the employee's lawyer or union: the addressee block names them, the
    letterhead does not (their own letters carry it, and the employee's own letter carries their name: a law firm may
    be the employer), and it answers "uw brief" or speaks of "uw cliënte" / "uw lid"."""
    head: list[str] = []
    for line in (line for line in text[:1200].splitlines() if line.strip() and not _SCAN_NOTE.match(line)):
        if _HEAD_END.search(line):
            break
        head.append(line)
    letterhead = head[:2] if _FIRM_KIND.match(head[1] if len(head) > 1 else "") else head[:1]  # a firm's name, "advocaten" under it
    if len(head) < 2 or any(_COUNSEL_SENDER.search(line) for line in letterhead) or _SENDER.match(head[0]) or names_in(head[0], names):  # fmt: skip
        return False
    return any(_COUNSEL_SENDER.search(line) for line in head[1:]) and bool(_THEIR_SIDE.search(text[:3000]))


def _employer_counsel(text: str, names: frozenset[str]) -> bool:
    """A lawyer's letter for the employer: its client named as a company ("(hierna: cliënte)", "Ik sta X B.V. bij"), or
    the employee named as the addressee's client."""
    for client in (_CLIENT_NAMED.search(text), _ASSISTS.search(text)):
        if client and _COMPANY.search(client.group("who")) and not (names and names_in(client.group("who"), names)):
            return True
    return bool(names) and any(names_in(m.group("name"), names) for m in _THEIR_CLIENT.finditer(text))


def author(doc: Document, names: frozenset[str]) -> Speaker:
    """The side that wrote the document."""
    if _COUNSEL.search(doc.text[:3000]) and _employer_counsel(doc.text[:3000], names):
        return "employer"
    if _to_representative(doc.text, names):
        return "employer"
    sender = _SENDER.search(doc.text[:600])
    replied = sender and names and _other_person(sender.group("sender"), names) and not _COUNSEL.search(doc.text[:3000])
    if doc.doc_type == "employee_response" and not replied and not _addressed_to_employee(doc.text, names):
        return "employee"
    if doc.subtype == "occupational_physician":
        return "occupational_physician"
    if doc.doc_type == "training" and _COACH_DOCUMENT.search(doc.text[:600]):
        return "coach"
    if sender:
        line = sender.group("sender")
        if names and names_in(line, names):
            return "employee"
        if _COUNSEL_SENDER.search(line) and _CLIENT_WORD.search(doc.text[:3000]):
            # a lawyer or union writing for "cliënt(e)": the employee's, unless the letter names its client as the employer
            return "employer" if _employer_counsel(doc.text[:3000], names) else "employee"
        if _PHYSICIAN_SENDER.search(line):
            return "occupational_physician"
        if _PERSONAL_MAIL.search(line) and _to_company(doc.text[:600]):
            return "employee"  # from a private address to the company's: the employee, when no name told it
        return "employer"
    if _COUNSEL.search(doc.text[:3000]):
        return "employee"
    return "employer"


# Private mail providers: an employer writes from its own domain, an employee at home from one of these.
_PERSONAL_MAIL = re.compile(r"@(?:gmail|googlemail|hotmail|outlook|live|msn|icloud|me|ziggo|kpnmail|kpnplanet|planet|home|hetnet|yahoo|xs4all|telfort|casema|upcmail|chello|tele2|online)\.", re.I)  # fmt: skip
_TO = re.compile(r"^\s*(?:aan|to)\s*:\s*(?P<who>[^\n]+)", re.I | re.M)


def _to_company(head: str) -> bool:
    """The mail's addressee has an address of a company's own domain."""
    to = _TO.search(head)
    return bool(to and "@" in to.group("who") and not _PERSONAL_MAIL.search(to.group("who")))


_ADDRESSEE = re.compile(r"^\s*(?:aan|to|t\.a\.v\.)\s*:?\s+(?P<who>.+)$", re.I)
_SALUTATION = re.compile(r"^\s*(?:" + GREETING + r"\s+)?(?:(?:heer|mevrouw|dhr\.?|mevr\.?)\s+)?(?P<who>" + NAME_WORD + r"(?:[ \t]+\S+){0,3}),\s*$", re.I)  # fmt: skip


def _addressed_to_employee(text: str, names: frozenset[str]) -> bool:
    """A letter or mail whose addressee line or salutation names the employee ("Aan: D. Kuipers", "Dennis,"): written
    to them, not by them, whatever type it was given."""
    if not names:
        return False
    for line in [line for line in text[:1500].splitlines() if line.strip()][:15]:
        if (match := _ADDRESSEE.match(line)) and names_in(match.group("who"), names):
            return True
        if match := _SALUTATION.match(line):
            return names_in(match.group("who"), names)  # the salutation ends the head: to the employee or not
    return False


_PARTY_LINE = re.compile(r"^\W*(?:van|from|aan|to|cc)\s*:\s*(?P<who>.+)$", re.I | re.M)
_SENDER_LABEL = re.compile(r"^\W*(?:van|from)\s*:", re.I)


def internal_mail(text: str, names: Iterable[str]) -> bool:
    """A mail between the employer's own people: neither its sender nor any addressee or cc line of it or of the
    mails it quotes names the employee (also in an address: "anita.smit@"), and no salutation greets them. What it
    says was not said to the employee ("Nu weet zij van niks"). The employee as the sender of a mail quoted below
    (an order of theirs forwarded to the manager) was not told what the employer's people then wrote about it."""
    if not names or not _TO.search(text):
        return False
    lowered = {n.lower() for n in names if len(n) > 2}
    for i, line in enumerate(_PARTY_LINE.finditer(text)):
        who = line.group("who")
        if i and _SENDER_LABEL.match(line.group(0)):
            continue
        if names_in(who, names) or any(n in who.lower() for n in lowered):
            return False
    return not any((m := _SALUTATION.match(line)) and names_in(m.group("who"), names) for line in text.splitlines())


def _other_person(line: str, names: frozenset[str]) -> bool:
    """A sender line that names someone, and not the employee (a manager's reply filed as the employee's reaction)."""
    return bool(re.search(r"[A-Za-z]{2,}", line)) and not names_in(line, names)


def names_in(text: str, names: Iterable[str]) -> bool:
    """Whether the text names the employee (any of their name tokens as a whole word)."""
    return any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)


def with_authors(documents: Sequence[Document]) -> list[Document]:
    """The documents with `author` set (a user's correction of the type is already in `doc_type`)."""
    names = employee_names(documents)
    return [dataclasses.replace(d, author=author(d, names), employee_names=tuple(sorted(names))) for d in documents]
