"""Sentence-level reading: every sentence of a document with who says it and whether it states, denies or supposes.

A fact comes from a sentence, never from a keyword somewhere in a document. Before a pattern may yield a fact,
the sentence is read for what a lawyer checks first:
- who says it (the document's author, or a person the minutes report: "mevrouw geeft aan dat ...");
- whether it only supposes ("Bij een eindoordeel 'onvoldoende' volgt ...", "Mocht je ziek worden ..."),
  is a question, a rating legend ("1 = onvoldoende, 2 = matig"), or an empty form field ("Ondersteuning: n.v.t.");
- whether it sits in an earlier e-mail quoted below a reply (that fact belongs to the earlier mail);
- whether the words that matter are negated ("dit is géén waarschuwing"): `negated` checks a match NegEx-style,
  with Dutch cues in the same clause before it, or a denial right after it.

No Dutch negation library works offline without a spaCy model (negspacy and medspaCy need one, and none can be
downloaded here), so the cues are listed below; the sentence splitter is the one the date stage's quotes use.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from analyzer.classify.transcript import TURN, turns
from analyzer.dates import QUOTE_MARKER, DateCandidate, find_dates, month_number, parse_date
from analyzer.dossier import Document
from analyzer.facts.authors import names_in
from analyzer.facts.model import Evidence, Speaker

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"'(])")
_OPEN_LINE = re.compile(r"[a-zà-ÿ,;\-]$")
# A company's legal form ends a line, not a sentence, when the next line opens in lower case ("bij VHK Interieur B.V. /
# aangeboden").
_COMPANY_FORM = re.compile(r"\b(?:B\.V|N\.V|U\.A|V\.O\.F|C\.V)\.$", re.IGNORECASE)
# A line never ends on an article, a name particle or a title: the next line continues it ("mevrouw Van den / Berg").
_CUT_BEFORE_NAME = re.compile(r"\b(?:van|den|der|de|ter|ten|het|een|mevrouw|heer|meneer)$", re.IGNORECASE)
# Nor on a word that asks for a day, when the next line opens with one ("op woensdag / 26 april de schuif gecontroleerd",
# "vacatures die naar verwachting vóór / 1 oktober 2024 zullen ontstaan").
_CUT_BEFORE_DAY = re.compile(r"\b(?:op|per|vanaf|sinds|tot|t/m|v[oó][oó]r|na|(?:maan|dins|woens|donder|vrij|zater|zon)dag)$", re.IGNORECASE)
# (a chat export's line "27-08-24 09:41 - Gert-Jan: ..." opens a message of its own)
_OPENS_WITH_DAY = re.compile(r"\d{1,2}(?:\s+(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)|[-/.]\d{1,2}(?:[-/.]\d{2,4})?(?![-/.]?\d)(?!,?\s+\d{1,2}[:.]\d{2}))", re.IGNORECASE)
# Nor on a month's name when the next line opens with its year ("(griep, 3 dagen, november / 2014).").
MONTH_NAME = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
_CUT_BEFORE_YEAR = re.compile(rf"\b{MONTH_NAME}$", re.IGNORECASE)
_OPENS_WITH_YEAR = re.compile(r"(?:19|20)\d\d\b")
_ABBREVIATION = re.compile(
    r"\b(?:max|min|ca|incl|excl|bijv|nr|blz|o\.a|e\.d|m\.b\.t|t\.a\.v|d\.d|mr|dhr|mw|mevr|drs|ir|ing|art|jl|resp|evt|"
    r"i\.p\.v|z\.s\.m|vs|etc|gem|tel|afd|wk|mnd|st|e\.a|m\.n|a\.s|j\.l|o\.b\.v|i\.o\.m|n\.a\.v|"
    r"\d{1,2} (?:jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)|"
    # a capital initial: "een externe werkcoach, mevrouw M. / Stolk", "door K.J. / de Graaf" (no sentence ends there)
    r"(?-i:[A-Z]))\.$",
    re.IGNORECASE,
)
_ENUMERATOR = re.compile(r"(?:\d{1,2}|[a-hA-H]\d{0,2}|[ivx]{1,4}|art|nr|blz|p|pag|mr|dhr|mw|mevr|drs|ir|ing|bijv|o\.a|m\.b\.t|t\.a\.v|d\.d)\.", re.IGNORECASE)

# A person the sentence reports as saying or finding something: "mevrouw X geeft aan", "werknemer zegt",
# "volgens de bedrijfsarts", "Jan: ik ...". The subject decides the speaker.
_REPORTING = r"(?:geeft\s+aan|gaf\s+aan|zegt|zei|stelt|stelde|vindt|vond|meldt|meldde|vertelt|vertelde|legt\s+uit|" \
    r"erkent|erkende|herkent|ontkent|ontkende|benadrukt|reageert|antwoordt|wijst\s+erop|verklaart|laat\s+weten|" \
    r"geeft\s+te\s+kennen|is\s+van\s+mening|merkt\s+op|adviseert|concludeert|ervaart|voelt|klaagt|vraagt|weigert|weigerde)"
_EMPLOYEE_SUBJECT = re.compile(
    r"^(?:[\w\s,.'’-]{0,30}?\b)?(?:werknemer|werkneemster|medewerker|medewerkster|betrokkene|hij|zij|ze|mevrouw|"
    r"mevr\.|meneer|de\s+heer|dhr\.|mw\.)\b[^.;]{0,40}?\b" + _REPORTING + r"\b",
    re.IGNORECASE,
)
_EMPLOYER_SUBJECT = re.compile(
    r"\b(?:leidinggevende|manager|teamleider|teamleidster|afdelingshoofd|directeur|directie|werkgever|hr|p&o|"
    r"hr-adviseur|p&o-adviseur|wij|we|ik)\b[^.;]{0,30}?\b" + _REPORTING + r"\b",
    re.IGNORECASE,
)
_PHYSICIAN_SUBJECT = re.compile(
    r"\b(?:bedrijfsarts|arbo-?arts|arbodienst|verzekeringsarts|casemanager|arbeidsdeskundige)\b[^.;]{0,40}?\b"
    + _REPORTING
    + r"\b|\bvolgens\s+de\s+(?:bedrijfsarts|arbo-?arts)\b|\bde\s+bedrijfsarts\s+(?:ziet|heeft|acht|stelt|schat)\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(r"\b" + _REPORTING + r"\b", re.IGNORECASE)
_COACH_SUBJECT = re.compile(r"\b(?:de\s+)?coach\b[^.;]{0,30}?\b" + _REPORTING + r"\b", re.IGNORECASE)
# A transcript or chat line: "Sanne: ..." / "[10:02] Mark de Vries: ..." — the name is looked up below.
# A turn in a transcript or chat: "PdB:", "[00:18:32] FE:", "Henk tegen Kevin:"; not a sentence that states something
# before its colon ("Dennis is gedeeltelijk verbeterd: de administratieve doelen zijn behaald").
_TRANSCRIPT = re.compile(r"^\s*(?:\[[^\]]{1,25}\]\s*|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?\s+\d{1,2}:\d{2}\s*-?\s*|\d{1,2}:\d{2}(?::\d{2})?\s+)?(?P<name>[A-Z][\w.'-]*(?:\s+(?!(?:is|was|zijn|waren|heeft|had|hebben|wordt|werd|kan|kon|moet|zal|zou|gaat|ging|blijft|lijkt)\b)[\w.'-]+){0,3})\s*:\s+\S")
_EMPLOYER_ROLE = re.compile(
    r"\b(?:manager|leidinggevende|teamleider|hr|p&o|directeur|werkgever|hoofd|adviseur|voorzitter)\b", re.I
)
_FIRST_PERSON = re.compile(r"\b(?:ik|mij|mijn|me)\b", re.IGNORECASE)

# The sentence only supposes: a condition, a wish, a question about a possibility.
_CONDITIONAL = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:[\w /&-]{2,30}:\s*)?(?:bij\s+(?:een|het\s+uitblijven|onvoldoende|geen|(?:\w+\s+)?ziekte\b)|indien|als|wanneer|mocht(?:en)?|"
    r"(?:wordt|raakt|valt)\s+(?:\S+\s+){1,8}(?:ziek|uit)\b[^.]{0,40},\s*dan|"
    r"in\s+(?:het\s+)?geval|stel\s+dat|zodra|tenzij|if|when|should|in\s+case)\b",
    re.IGNORECASE,
)
# A supposition told as someone's explanation ("licht toe dat, mocht zij zich ziek melden, het plan wordt opgeschort"):
# the sentence states only what would happen. A warning told that way ("erop gewezen dat, mocht ..., ontslag kan
# volgen") still states that the warning was given.
_REPORTED_CONDITION = re.compile(r"(?:\bdat|,)\s*mocht(?:en)?\s", re.IGNORECASE)
_WARNING_TOLD = re.compile(r"\b(?:gewezen|gewaarschuwd|waarschuw\w*|ontslag|consequenties|maatregelen|gevolgen)\b", re.IGNORECASE)
# A clause hung on the main one ("..., hetgeen ik haar heden zal berichten"): its tense is not the main clause's.
_SUBCLAUSE = re.compile(r",\s*(?:hetgeen|wat|waarna|waarover|waarvan|zodat)\b", re.IGNORECASE)
# A relative clause's own future says nothing of the sentence: "heeft alle vacatures die naar verwachting vóór 1 oktober
# zullen ontstaan, geïnventariseerd" reports what was done.
_RELATIVE_CLAUSE = re.compile(r"\b(?:die|welke)\b[^,;.]*", re.IGNORECASE)
# An announcement of what will be done, not a report of what was done.
_FUTURE = re.compile(
    r"\b(?:zal|zullen|zult|gaat|gaan)\b(?:\s+\w+){0,8}?\s+(?:(?!een\b)\w+en|doen|zien|starten|opstarten)\b|\bwordt\b.{0,40}\b(?:ingepland|gepland)\b",
    re.IGNORECASE,
)
_LEGEND = re.compile(r"(?:\b[1-5OMVGU]\s*=\s*\w+.*){2,}|\bschaal\b.*\b(?:onvoldoende|matig)\b.*\bgoed\b", re.I)
_RATING_WORDS = re.compile(r"\b(?:onvoldoende|matig|voldoende|goed|zeer goed|uitstekend)\b", re.IGNORECASE)
# A form field left empty: "Ondersteuning: n.v.t.", "Coach: -", "Herplaatsing: nvt", also with its reason after it
# ("Herplaatsing: n.v.t., we hebben maar 1 coördinatorfunctie").
# A checklist's question answered in its own column works the same: "8. Herplaatsing onderzocht?      n.v.t.".
_EMPTY_FIELD = re.compile(r"^(?P<label>[^:|?]{2,60}?)\s*(?:[:|]|\?|\s{3,})\s*(?:n\.?\s?v\.?\s?t\.?|nvt|geen|-+|–|—|n/a|nee|\.{2,}|_+)\s*(?:(?<=\.)\s*[-–—(,].*|\s[-–—(]\s.*|,\s.*)?$", re.I)  # fmt: skip
# A form's tick boxes: the option ticked (☒, [x]) and the options left open (☐, [ ]).
_UNTICKED = re.compile(r"(?:☐|\[ \])[^☐☒\[\n]*")
_TICKED = re.compile(r"☒|\[[xX]\]")
_BOX = re.compile(r"☐|☒|\[[ xX]\]")


def ticked_only(text: str) -> str:
    """A form line with only the options ticked: "Herplaatsing onderzocht: ☐ ja ☐ nee ☒ n.v.t." -> "... n.v.t."."""
    if not _TICKED.search(text):
        return text
    return _SPACE.sub(" ", _TICKED.sub("", _UNTICKED.sub("", text))).strip()

# NegEx-style cues. Before the match, within its clause: "geen", "niet", "nooit", "géén" ...
# (a clause ends at ; : , and at "maar"/"echter"/"wel", which turn the sentence around).
_NEGATION_BEFORE = re.compile(
    r"\b(?:geen|g[ée]{2}n|niet|nooit|niets|noch|zonder|geenszins|allerminst|nergens)\b"
    r"|\bis\s+(?:niet|g[ée]{2}n)\s+(?:bedoeld|te\s+beschouwen|aan\s+de\s+orde)",
    re.IGNORECASE,
)
# Cue words that deny nothing that follows: "geen andere mogelijkheid dan (de arbeidsovereenkomst te beëindigen)",
# "het niet halen van de doelen (kan gevolgen hebben voor je dienstverband)", "niet alleen ... maar ook".
_NOT_NEGATING = re.compile(
    r"\bgeen\s+(?:andere\s+)?(?:mogelijkheid|mogelijkheden|keus|keuze|optie|uitweg|alternatief)\s+(?:\w+\s+){0,2}dan\b"
    r"|\b(?:het|bij\s+het)\s+niet\s+(?:\w+\s+)?\w+en\b|\bniet\s+alleen\b"
    # a condition's own "niet": "Als het niet beter wordt (kunnen we niet met je verder)"
    r"|\b(?:als|indien|wanneer|mocht|zodra)\s+(?:\w+\s+){0,4}?(?:niet|geen)\s+(?:\w+\s+){0,3}?(?:wordt|worden|is|zijn|verbetert|verbeteren|lukt|gaat|gehaald|behaald|haalt|halen|verandert)\b"
    # ... or a condition in two words: "dat bij geen verbetering (verdere maatregelen volgen)"
    r"|\b(?:bij|zonder)\s+(?:geen\s+)?(?:\w+\s+)?(?:verbetering|vooruitgang)\b",
    re.IGNORECASE,
)
# Where a clause ends; also a condition put first without "als": "Lukt dit niet dan | volgen er maatregelen".
# "Je werk is niet goed genoeg en | ik ga een adviseur vragen om je ontslag te regelen": "en" before a subject of its own.
_CLAUSE_BREAK = re.compile(r"[;:,]|\b(?:maar|echter|wel|doch|toch|omdat|want|terwijl|behalve)\b|(?<=\bniet )dan\b|(?<=\bniet en )dan\b|\ben\s+dat\b|\ben\s+(?=(?:ik|we|wij|hij|zij)\b)", re.IGNORECASE)
# A main clause that opens with its verb before its subject ("Omdat het traject niet goed door kan lopen | zetten we
# het stil"): the reason's "niet" before it is the reason's own.
_REASON = re.compile(r"\b(?:omdat|doordat|aangezien|nu)\b[^;:,]*$", re.IGNORECASE)
_INVERTED_MAIN = re.compile(r"\w+\s+(?:we|wij|ik)\b", re.IGNORECASE)
_NEGATION_AFTER = re.compile(
    r"^[^.;:,]{0,40}?\b(?:niet\s+(?:aan\s+de\s+orde|van\s+toepassing|aanwezig|gebleken|gegeven|aangeboden|nodig|zinvol)|"
    r"is\s+niet\b|zijn\s+niet\b|was\s+niet\b|waren\s+niet\b|werd\s+niet\b|n\.?v\.?t\.?|speelt\s+geen|"
    r"ontbreekt|ontbreken|achterwege\s+gebleven|uitgebleven|wordt\s+niet\b|worden\s+niet\b|"
    r"kom(?:t|en)\s+er\s+(?:dus\s+|voorlopig\s+|nog\s+|ook\s+)?niet\b|ga(?:at|an)\s+niet\s+door\b)",
    re.IGNORECASE,
)
NEGATION_WINDOW = 60


@dataclass(frozen=True)
class Sentence:
    """One sentence of a document, read."""

    document: str
    page: int | None
    text: str
    speaker: Speaker
    quoted: bool = False  # inside an earlier e-mail quoted below this one
    conditional: bool = False
    question: bool = False
    legend: bool = False
    future: bool = False
    empty_field: str | None = None  # the label of a form field left empty ("ondersteuning")
    # The day of the quoted e-mail this sentence stands in (None outside quotes or when its header gives none).
    date: dt.date | None = None
    # The sentence reports what the employee does or says ("Werknemer weigert ...", "Ruud zegt toe ...").
    about_employee: bool = False

    @property
    def asserts(self) -> bool:
        """States something as a fact: not a supposition, a question, a legend or an empty field."""
        return not (self.conditional or self.question or self.legend or self.empty_field)


# A line at least this share of the page's longest line, and this long, was wrapped by the layout, not ended.
WRAPPED_SHARE = 0.85
WRAPPED_MIN_CHARS = 60


# A mail's subject line, as the mail's header gives it (quoted or not).
_MAIL_SUBJECT = re.compile(r"^[>\s]*(?:onderwerp|subject)\s*:", re.IGNORECASE)
# A lettered item of a list ("a. Eigenaarschap: ...", "b) Proactiviteit") opens a line of its own, though lowercase.
_LETTER_ITEM = re.compile(r"^[a-h][.)]\s+\S")
# A running note's entry opens with its day ("ma 26/8  herstart PIP", "vr 5/5 eindgesprek"): a line of its own, though
# lowercase and below an entry left without a full stop ("ma 8/7  voortgangsgesprek vervalt, D. nog ziek").
_NOTE_ENTRY = re.compile(r"^(?:ma|di|wo|do|vr|za|zo)\.?\s+\d{1,2}[/-]\d{1,2}\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def split_sentences(text: str) -> tuple[str, ...]:
    """Sentences of a page: wrapped lines are joined back (a long line cut before a name: "mevrouw Van den / Berg"),
    form lines ("Ondersteuning: n.v.t.") stay apart."""
    joined: list[str] = []
    lines = [line.strip() for line in text.splitlines()]
    full = max(map(len, lines), default=0) * WRAPPED_SHARE
    previous = ""
    for line in lines:
        if not line:
            continue
        # an e-mail quoted below a reply wraps too: its next "> " line may run on its sentence ("dat wij niet hebben /
        # > gekeken naar herplaatsing"), but a quoted line never runs on one of the reply's own
        quoted_run = line.startswith(">") and bool(joined) and joined[-1].startswith(">")
        body = line.lstrip("> ").strip() if quoted_run else line
        wrapped = (
            (body[:1].islower() and not _LETTER_ITEM.match(body) and not _NOTE_ENTRY.match(body)) or bool(_CUT_BEFORE_NAME.search(joined[-1]))
            or body[:2] == "/ "  # "medewerker facilitaire dienst / restaurant": a slash opens no line
            or bool(_CUT_BEFORE_DAY.search(joined[-1]) and _OPENS_WITH_DAY.match(body))
            or bool(_CUT_BEFORE_YEAR.search(joined[-1]) and _OPENS_WITH_YEAR.match(body))
        ) if joined else False  # fmt: skip
        # a line filled to the page's width and left open runs on into a next line of words ("bij ATO / Noord"; a
        # table's next row starts with its day or number)
        filled = len(previous) >= max(full, WRAPPED_MIN_CHARS) and previous[-1:].isalnum() and body[:1].isalpha()
        previous = line
        # a mail's header line ("Van: Astrid Kooistra" below a signature "Ron") opens a mail, whatever stands above it
        opens_mail = bool(MAIL_HEADER.match(body))
        # ... and a header line runs on into nothing: "Onderwerp: RE: donderdag" above "ok. en wanneer komt er ..."
        opens_mail = opens_mail or bool(joined and _MAIL_SUBJECT.match(joined[-1]))
        if joined and (filled or (_OPEN_LINE.search(joined[-1]) or _COMPANY_FORM.search(joined[-1])) and wrapped) and (quoted_run or not line.startswith(">")) and not opens_mail:  # fmt: skip
            joined[-1] += " " + body
        else:
            joined.append(line)
    found: list[str] = []
    for line in joined:
        parts = [part.strip() for part in _SENTENCE_END.split(line) if part.strip()]
        for i, part in enumerate(parts):
            # "1. Maximaal ..." and "Art. 3" are not two sentences: an enumerator or abbreviation joins the next part.
            if found and i and (_ENUMERATOR.fullmatch(parts[i - 1]) or _ABBREVIATION.search(parts[i - 1])):
                found[-1] += " " + part
            else:
                found.append(part)
    return tuple(found)


def document_author(doc: Document) -> Speaker:
    """Who wrote the document: as the facts stage set it (`analyzer.facts.authors`), else guessed from its type."""
    from analyzer.facts.authors import author

    return doc.author or author(doc, frozenset())  # type: ignore[return-value]


_EMPLOYEE_FILLS = re.compile(r"\bin te vullen door (?:de )?(?:medewerk(?:er|ster)|werknem(?:er|ster))\b", re.IGNORECASE)
_EMPLOYEE_FIELD = re.compile(
    r"^\W*(?:\d{1,2}[.)]?\s+)?(?:opmerking(?:en)?|reactie|toelichting|commentaar|visie|wens(?:en)?)\s+(?:van\s+(?:de\s+)?)?(?:medewerk(?:er|ster)|werknem(?:er|ster)|employee)\b",
    re.IGNORECASE,
)


_BRACKETED = re.compile(r"\([^)]*\)")


# A section headed by the employee's name: "3. Reactie Gerrit", "Reactie mevrouw Kartosen" (the minutes' part that
# reports what the employee said), up to the next heading ("4. Conclusie werkgever", "Conclusie").
_NAMED_SECTION = re.compile(
    r"^\W*(?:\d{1,2}[.)]?\s+)?(?i:opmerking(?:en)?|reactie|toelichting|commentaar|visie|wens(?:en)?|inbreng|standpunt)\s+"
    r"(?i:van\s+)?(?i:(?:de\s+heer|mevrouw|mevr\.|dhr\.|mw\.)\s+)?(?P<name>[A-Z][\w'-]+)\s*:?\s*$"
)
# A note's point without its subject ("- Denkt niet dat meer training helpt", "- Herkent de cijfers"): in the employee's
# section it reports them, as the first person there is theirs ("Reactie Linda" / "Akkoord, ik ga ervoor."); a point
# with its own subject ("- De technische dienst heeft ...") keeps its speaker.
_SUBJECTLESS_POINT = re.compile(r"^\s*[-–•*·]\s*(?!(?:de|het|een|hij|zij|ze|wij|we|ik|u|dit|dat|deze|die|er|hr|werkgever|leidinggevende)\b)(?-i:[A-Z][a-z])", re.IGNORECASE)  # fmt: skip
_HEADING = re.compile(r"^\W*(?:\d{1,2}[.)]?\s+)?[A-Z][\w'&/-]*(?:\s+[\w'&/()-]+){0,3}\s*:?\s*$")


def is_heading(text: str) -> bool:
    """A line that heads a section: a capitalised word or four, perhaps numbered ("Overige groepsmaatschappijen")."""
    return bool(_HEADING.match(text))


def _employee_section(text: str, names: tuple[str, ...]) -> bool:
    heading = _NAMED_SECTION.match(text)
    return bool(heading) and heading.group("name") in names


def _role_side(name: str) -> Speaker | None:
    """The side a speaker's role names: "Manager", "HR" talk for the employer, a "Bedrijfsarts" or "Coach" for
    themselves; a name says nothing."""
    if _EMPLOYER_ROLE.search(name):
        return "employer"
    if re.search(r"bedrijfsarts|arts\b", name, re.I):
        return "occupational_physician"
    if re.search(r"\bcoach\b", name, re.I):
        return "coach"
    return None


def sentence_speaker(text: str, author: Speaker) -> Speaker:
    """The speaker of one sentence: a person the sentence reports, else the document's author."""
    if _EMPLOYEE_FIELD.match(text):
        return "employee"
    if (match := _TRANSCRIPT.match(text)) and (side := _role_side(match.group("name"))):
        return side
    # the subject that reports first: "Zij wijst erop dat de bedrijfsarts heeft geadviseerd ..." is the employee's
    reported = [
        (match.start(), speaker)
        for speaker, match in (
            ("occupational_physician", _PHYSICIAN_SUBJECT.search(text)),
            ("coach", _COACH_SUBJECT.search(text)),
            ("employee", _EMPLOYEE_SUBJECT.search(text) if author != "employee" and not _EMPLOYER_SUBJECT.search(text[:40]) else None),  # fmt: skip
        )
        if match
    ]
    return min(reported)[1] if reported else author


# One step of a scale printed a line each: " 1 = onvoldoende : functioneert duidelijk onder het niveau van de functie".
_SCALE_STEP = re.compile(r"^\W*[1-5]\s*=\s*(?:onvoldoende|matig|voldoende|ruim voldoende|goed|zeer goed|uitstekend)\b", re.I)


def is_legend(text: str) -> bool:
    """A rating scale ("O = onvoldoende M = matig G = goed") names judgements and states none."""
    ratings = {w.lower() for w in _RATING_WORDS.findall(text)}
    # single "=" signs pair a code with its meaning; a heading's "=== ma 19/2 ===" is decoration
    return len(ratings) >= 3 or len(re.findall(r"(?<!=)=(?!=)", text)) >= 2 or bool(_LEGEND.search(text) or _SCALE_STEP.match(text))  # fmt: skip


_QUOTE_SENDER = re.compile(r"\b(?:schreef|geschreven|wrote)\b|<[^>]+@", re.IGNORECASE)
_EMPLOYEE_LABEL = re.compile(r":\s*$")
# A form's next field: "Handtekening beoordelaar:", "Datum: 12-3-2024", "Naam:", "Afspraken:".
_FIELD_LABEL = re.compile(r"^\W*(?:[\w&/-]+\s+){0,3}[\w&/-]+\s*:(?:\s|$)", re.IGNORECASE)


# A mail's subject line or a letter's "Betreft:" names a topic; it reports nothing ("RE: hersteldmelding en vervolg").
SUBJECT_LINE = re.compile(r"^\W*(?:onderwerp|subject|betreft|re|fw|fwd)\s*:", re.IGNORECASE)
MAIL_HEADER = re.compile(r"^\W*(?P<field>van|from|aan|to|cc|verzonden|sent|datum|date|onderwerp|subject)\s*:\s*(?P<value>.*)$", re.IGNORECASE)  # fmt: skip
# The header lines of a quoted mail that give its sender or its day.
_SENDER_OR_DAY = ("van", "from", "verzonden", "sent", "datum", "date")


def _starts_quoted_mail(header: re.Match[str], following: Sequence[str]) -> bool:
    """A "Van:" line that opens a mail header: an address, or header lines right after it."""
    if header.group("field").lower() not in ("van", "from"):
        return False
    return "@" in header.group("value") or any(MAIL_HEADER.match(s.lstrip("> ").strip()) for s in following)


@dataclass
class _Block:
    """Where a sentence stands: the document's own text, or an earlier e-mail quoted in it (its day and sender)."""

    quoted: bool = False
    date: dt.date | None = None
    author: Speaker = "employer"


def _sender_side(text: str, names: tuple[str, ...], default: Speaker) -> Speaker:
    if names and names_in(text, names):
        return "employee"
    if re.search(r"arbo|bedrijfsarts|\barts\b", text, re.IGNORECASE):
        return "occupational_physician"
    return default


_TITLED = re.compile(r"^\W*(?:de\s+heer|mevrouw|mevr\.|dhr\.|mw\.|meneer)\s+(?-i:([A-Z][\w'-]+))", re.IGNORECASE)


# What the employee writes where they sign an employer's document: "Voor ontvangst, niet mee eens.", "[handgeschreven:]
# Voor ontvangst getekend, NIET eens met inhoud.", "Voor gezien en akkoord met de aanpak, niet met alle verwijten.",
# "Gelezen en akkoord. Ik ga ervoor.", "Handtekening medewerker:   Niet akkoord, zie mijn mail." (only the employee signs
# for receipt; "voor akkoord" is signed by managers too; "Voor gezien:" is a field's label).
_EMPLOYEE_SIGNS = re.compile(
    r"^\W*(?:\[[^]]{0,20}\]\s*|handgeschreven\s*:\s*)?(?:(?:(?:onder)?getekend\s+|teken\s+(?:ik\s+)?)?voor\s+(?:ontvangst|gezien)\b(?!\s*:)(?=\W*\w)|gelezen\s+en\s+(?:voor\s+)?akkoord\b"
    r"|(?:handtekening|paraaf|ondertekening)\s+(?:de\s+)?(?:medewerk(?:er|ster)|werknem(?:er|ster))\s*:\s*[^\W\d])",
    re.IGNORECASE,
)


# "Voor akkoord" signed by a name, which is the employee's when it is the employee's name ("Voor akkoord: E. Demirci
# datum: 15-01-2024", "Voor akkoord, medewerker: M. Kooistra", "Voor akkoord getekend, L. Verhoeven, 8-1-2024").
_AGREED_BY = re.compile(
    r"^\W*(?:(?:onder)?getekend\s+)?voor\s+akkoord\b(?:\s+getekend)?\s*[,:]?\s*(?:(?:door\s+)?(?:de\s+)?(?:medewerk(?:er|ster)|werknem(?:er|ster))\s*:?\s*)?(?P<name>(?-i:[A-Z])[\w.\- ]{1,40})",
    re.IGNORECASE,
)


def agreed_by_signature(sentence: Sentence) -> bool:
    """The employee's "Voor akkoord: <name>" under an employer's document (see _AGREED_BY)."""
    return sentence.speaker == "employee" and bool(_AGREED_BY.match(sentence.text))


def signed_by_employee(text: str) -> bool:
    """What the employee wrote where they signed an employer's document (see _EMPLOYEE_SIGNS)."""
    return bool(_EMPLOYEE_SIGNS.match(text))


# A turn told as said to someone: "Henk tegen Kevin:".
_SAID_TO = re.compile(r"\s+(?:tegen|aan|naar)\s+", re.IGNORECASE)


def _speaker(text: str, author: Speaker, names: tuple[str, ...]) -> Speaker:
    """The speaker of a sentence: a chat or transcript line's name, a person it reports, else the block's author."""
    if names and (match := _TRANSCRIPT.match(text)) and any(n in _SAID_TO.split(match.group("name"))[0].split() for n in names):
        return "employee"  # "Kevin: vind ik niet eerlijk"; "Henk tegen Kevin: ..." is Henk's
    if signed_by_employee(text):
        return "employee"
    if names and (agreed := _AGREED_BY.match(text)) and any(n in agreed.group("name").replace(".", " ").split() for n in names):
        return "employee"  # "Voor akkoord: W. Oosterhuis   3-6-2024" under the plan: the employee signed it
    speaker = sentence_speaker(text, author)
    titled = _TITLED.match(text) if speaker == "employee" and author != "employee" and names else None
    if titled and titled.group(1) not in names:
        return author  # "De heer Brink concludeert": a named manager, not the employee
    return speaker


# The employee as the subject after the verb ("Daarnaast vindt zij de route te vol", "ervaart hij de samenwerking als
# slecht", "volgens haar is de app te traag"), or a note's line that opens with the verb ("klaagt over 9 storingen").
_INVERTED_SUBJECT = r"(?:vindt|vond|ervaart|ervoer|voelt|zegt|zei|geeft|gaf|klaagt|klaagde|meldt|meldde|stelt|stelde|heeft|had)"
_EMPLOYEE_AFTER_VERB = re.compile(
    r"\b" + _INVERTED_SUBJECT + r"\s+(?:hij|zij|ze|werknemer|werkneemster|medewerker|medewerkster|betrokkene)\b"
    r"|\bvolgens\s+(?:hem|haar|werknemer|werkneemster|betrokkene)\b|^\W*(?:klaagt|klaagde|zegt|zei|geeft\s+aan|gaf\s+aan)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _name_after_verb(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """"vindt Dennis", "zegt De Vries": the employee (by any of their names) as the inverted subject. One pattern
    per dossier's names: a sentence is searched once, however many names the file gives the employee."""
    if not names:
        return None
    titled = r"(?:(?:de\s+heer|mevrouw|dhr\.?|mw\.?|mevr\.?)\s+)?"  # "heeft de heer Kuipers het aanbod afgewezen"
    return re.compile(rf"\b{_INVERTED_SUBJECT}\s+{titled}(?:{'|'.join(re.escape(name) for name in names)})\b")


# Capitalised words that open a sentence and are no one's name.
_NOT_A_NAME = r"Dat|Dit|Het|Er|Die|Deze|Wat|Daar|Hier|Nu|Ook|Dan|Zo|Wie|Welke"
# Someone named who is not the employee (when the file knows the employee's names): a colleague or manager who says
# something ("Marco zegt ..."), the employer by its name taking a stand ("Lindenhof ziet geen basis meer ..."), or a
# noun that opens the sentence ("Bezetting blijft zoals die is"); not a pronoun or role, which _ABOUT_EMPLOYEE reads as
# the employee.
_NAMED_OTHER = re.compile(
    r"^\W*(?:(?-i:[A-Z][a-zà-ÿ]+)\s+(?:zegt|zei|geeft|gaf|vindt|vond|wil|wilde)"
    r"|(?-i:(?!(?:Hij|Zij|Ze|Werknemer|Werkneemster|Medewerker|Medewerkster|Mevrouw|Meneer|Betrokkene|Cli[eë]nt|Cli[eë]nte|" + _NOT_A_NAME + r")\b)[A-Z][a-zà-ÿ]+)\s+"
    r"(?:ziet|zag|heeft|had|acht|stelt|neemt|nam|weigert|weigerde|ontkent|betwist|blijft|bleef|is|was|staat|stond)\b(?!\s+(?:hij|zij|ze|je|jij|u|ik|we|wij|er)\b))"
)


def _about_employee(text: str, speaker: Speaker, names: tuple[str, ...]) -> bool:
    """Said by the employee, or reporting what they do or say (`names` holds the initials the document itself gives
    them: "Aanwezig: J.M. Kuipers (JK)" ... "12. JK is het niet eens met de conclusie")."""
    if speaker == "employee":
        return True
    text = _after_note_day(text)  # "di 23 jan - D. komt melden dat ...": the note's own words
    if (point := _POINT.match(text)) and "|" not in text:  # a numbered point of minutes or a letter
        text = text[point.end() :]
    named = _name_after_verb(names)
    if speaker != "occupational_physician" and (_EMPLOYEE_AFTER_VERB.search(text) or (named and named.search(text))):
        return True
    if names:
        first = re.match(r"^\W*(?-i:([A-Z][a-zà-ÿ]+))(,)?", text)
        if first and first.group(1) in names:
            return not first.group(2)  # "Dennis, dat hoort bij het vak": addressed to the employee, not about them
        if first and _NAMED_OTHER.match(text) and first.group(1) not in names:
            return False  # a named colleague or manager, or the employer by its name, not the employee
    if names and (initials := _INITIALS_SUBJECT.search(text)) and _capitals(initials.group(1)) <= _capitals_of(names):
        return True  # "RV is het niet eens met de conclusie", "S. vindt het zwaar": a manager's notes use initials
    return bool(_ABOUT_EMPLOYEE.match(text) or _YOU_SAID.match(text) or _YOU_REFUSE.search(text))


# A numbered point: "2. Cliënt betwist dat hij ...", "3. Mevrouw Hoogendoorn voert ...".
_POINT = re.compile(r"^\W*\d{1,2}[.)]\s+")
# The employee's initials as a note's subject: first in the line ("RV is het niet eens", "S. vindt het zwaar"), after a
# label ("Over de badges: D. zegt ..."), after "volgens" ("Volgens D. loopt hij zijn rondes wel"), or as a note's
# speaker ("* L: 's avonds staat ze alleen").
# A surname's particle is written small between the capitals ("MvD is het niet eens", "JvdB").
_INITIALS_SUBJECT = re.compile(r"(?:^\W*|:\s+|\b[Vv]olgens\s+)(?!RE\b|FW\b|HR\b|CC\b)(?-i:([A-Z]{2,3}|[A-Z](?:v|vd|d)[A-Z]|[A-Z]\.|[A-Z](?=:)))(?:\s+(?-i:[a-z])|:\s)")


def _capitals(initials: str) -> set[str]:
    return {c for c in initials if c.isupper()}


def _capitals_of(names: tuple[str, ...]) -> set[str]:
    """The capitals the employee's initials are made of: the first letter of each name ("Marleen", "Dijk")."""
    return {name[0] for name in names if name[:1].isupper()}


# A note's day: "di 30/1", "14-3", "vr 14/6" (a weekday, then day and month; "rna" is "ma" as OCR reads it).
WEEKDAY = r"(?:(?:ma|rna|di|wo|do|vr|za|zo|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+)?"
NOTE_DAY = WEEKDAY + r"(?P<d>\d{1,2})[-/](?P<m>\d{1,2})"
# A line of running notes opens with its day: "di 30/1   gesprek nr. 1", "14-3: weer aangesproken", "vr 14/6 -".
# ... or a chat's message with its day and time: "[04-09-2023 07:12] Kevin Hoekstra: ...".
# (a year may be written short with an apostrophe: "16-3-'21  Marieke - na klacht")
NOTE_LINE = re.compile(r"^\s*\[?" + NOTE_DAY + r"(?:[-/]'?(?P<y>\d{4}|\d{2}))?(?=\s|:|$|,)", re.IGNORECASE)
# ... or with its day and a month's name, then a colon or dash: "ma 13 mei: RS ziek gemeld", "vr 17 mei - hersteld",
# or alone on its line above the entry (a diary: "do 3 juni" / "Ziekgemeld bij Ingrid.").
NOTE_LINE_NAMED = re.compile(r"^\s*" + WEEKDAY + r"(?P<d>\d{1,2})\s+(?P<m>[a-z]{3,9})\.?(?:\s+(?P<y>\d{4}))?(?=\s*(?:[:\-–—]|$))", re.IGNORECASE)  # fmt: skip
# A chat export's ISO stamp ("[2024-04-09 10:14] Tom: ..."), read as the day-month-year a note line writes.
_ISO_STAMP = re.compile(r"^(\s*\[)(\d{4})-(\d{2})-(\d{2})(?=[ T]\d)")
# Running notes: at least this many lines open with a day.
NOTE_LINES = 3


def full_year(written: str) -> int:
    """A note's year as written: "2024", or "24" for 2024."""
    return int(written) % 100 + 2000 if len(written) == 2 else int(written)


def _named_note(line: str) -> re.Match[str] | None:
    match = NOTE_LINE_NAMED.match(line)
    return match if match and month_number(match.group("m")) else None


def note_date(match: re.Match[str], limit: dt.date) -> dt.date | None:
    """The day a note's match gives (groups d, m as a number or a month's name, and y): with the year it writes
    ("ma 25/3/2024"), else no later than `limit` (the year before)."""
    month = int(match.group("m")) if match.group("m").isdigit() else month_number(match.group("m"))
    if month is None:
        return None
    if not match.group("y"):
        return day_of_note(int(match.group("d")), month, limit)
    with contextlib.suppress(ValueError):
        return dt.date(full_year(match.group("y")), month, int(match.group("d")))
    return None


def named_note_day(text: str, limit: dt.date) -> tuple[int, dt.date] | None:
    """Where a note that opens with its day and a month's name ("ma 4 nov 2024 - startgesprek") ends its day, and
    that day."""
    match = _named_note(text)
    found = note_date(match, limit) if match else None
    return (match.end(), found) if match and found else None


def _after_note_day(text: str) -> str:
    """A note line without the day it opens with ("di 23 jan - ", "15-1 - ")."""
    opened = NOTE_LINE.match(text) or _named_note(text)
    return text[opened.end() :].lstrip(" :-–—") if opened else text


def opens_with_day(text: str) -> bool:
    """A note that opens with its own day ("--- ma 13 mei: RS ziek gemeld", "14-3: weer aangesproken"): it tells what
    happened that day, whatever day the document itself carries."""
    text = text.lstrip("-–—*•· ")
    return bool(NOTE_LINE.match(text) or _named_note(text))


def note_days(doc: Document, text: str) -> dict[int, dt.date]:
    """The day each line of running notes opens with, by line number (nothing for a document that is no notes).
    A day without a year takes the year of the document's day (the year before when it would lie after it), and
    the next year once the months run back ("ma 16/12 ... do 9/1")."""
    lines = [_ISO_STAMP.sub(r"\1\4-\3-\2", line) for line in text.splitlines()]
    opened = [(i, m) for i, line in enumerate(lines) if (m := NOTE_LINE.match(line) or _named_note(line))]
    if len(opened) < NOTE_LINES:
        return {}
    days: dict[int, dt.date] = {}
    year = doc.date.year if doc.date else doc.context_year
    previous: dt.date | None = None
    for number, match in opened:
        with contextlib.suppress(ValueError, TypeError):
            month = int(match.group("m")) if match.group("m").isdigit() else month_number(match.group("m"))
            if match.group("y"):
                day = dt.date(full_year(match.group("y")), month, int(match.group("d")))
            elif previous is None:
                day = _year_before(dt.date(year, month, int(match.group("d"))), doc.date)
            else:
                day = dt.date(previous.year, month, int(match.group("d")))
                day = day if day >= previous - dt.timedelta(days=31) else day.replace(year=day.year + 1)
            days[number] = previous = day
    return days


_EMPLOYEE_ROLE = re.compile(r"^(?:werknem|medewerk)", re.IGNORECASE)


def _turn_speakers(text: str, names: tuple[str, ...]) -> dict[str, Speaker]:
    """Who each speaker of a transcript is: the employee by their initials ("PdB" for Priscilla de Boer) or role, a
    physician or coach by role; the others talk for the employer. Nothing when the employee's names are unknown."""
    if not names or not turns(text):
        return {}
    # every speaker of the talk, also one who speaks once ("[00:02:28] JV: Ik ga hier niet mee akkoord.")
    tags = {match.group("tag") for line in text.splitlines() if (match := TURN.match(line))}
    initials = _capitals_of(names)
    found: dict[str, Speaker] = {}
    for tag in tags:
        capitals = _capitals(tag)
        if _EMPLOYEE_ROLE.match(tag) or (len(tag) <= 3 and capitals and capitals <= initials):
            found[tag] = "employee"
        elif side := _role_side(tag):
            found[tag] = side
        elif len(tag) <= 3 or tag.lower() == "interviewer":
            found[tag] = "employer"
    return found if "employee" in found.values() else {}


# A list of who was there with the initials the minutes or transcript use for each: "Aanwezig: Femke Lodewijks (FL),
# Joost Vermaat (JV)".
_INITIALS_GIVEN = re.compile(r"(?P<name>(?-i:[A-Z][\w'-]+)(?:\s+[\w'-]+){0,3})\s*\((?P<tag>(?-i:[A-Z](?:[a-z]{0,2}[A-Z]){1,2}))\)")


def _employee_tags(text: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """The initials a text itself gives the employee ("Joost Vermaat (JV)"): their turns and notes are theirs."""
    return tuple(
        dict.fromkeys(m.group("tag") for m in _INITIALS_GIVEN.finditer(text) if any(n in m.group("name").split() for n in names))
    )


def _read(doc: Document, page: int | None, text: str, author: Speaker, names: tuple[str, ...]) -> list[Sentence]:
    found: list[Sentence] = []
    year = doc.date.year if doc.date else doc.context_year
    block = _Block(author=author)
    noted = note_days(doc, text)
    starts = [(_SPACE.sub(" ", line.strip())[:16], noted[i]) for i, line in enumerate(text.splitlines()) if i in noted]
    line_day: dt.date | None = None
    employee_field = employee_section = own_header = body_seen = False
    turn_speakers = _turn_speakers(text, names)
    turn: Speaker | None = None
    sentences = split_sentences(text)
    for index, sentence in enumerate(sentences):
        body = sentence.lstrip("> ").strip()
        header = MAIL_HEADER.match(body)
        if header is None:
            body_seen = body_seen or (own_header and len(body.split()) >= 5)  # a line of text, not a wrapped header
        elif not own_header:
            own_header = True  # the mail's own "Van: … Aan: …" lines (of an .eml or a printed mail)
        elif body_seen and _starts_quoted_mail(header, sentences[index + 1 : index + 3]):
            # an earlier mail printed below the reply with its own header lines, without a separator
            block = _Block(quoted=True, author=_sender_side(body, names, "employer"))
            body_seen = False
        if QUOTE_MARKER.match(sentence) and (not block.quoted or not sentence.lstrip().startswith(">") or _QUOTE_SENDER.search(sentence)):  # fmt: skip
            # a new quoted mail: a separator or "Op … schreef …:" line (the "> " lines that follow stay in it)
            block = _Block(quoted=True, author=_sender_side(sentence, names, "employer"))
            if _QUOTE_SENDER.search(sentence):
                dated = find_dates(sentence, context_year=year)
                block.date = dated[0].date if dated else None
        elif block.quoted and header and header.group("value") and header.group("field").lower() in _SENDER_OR_DAY:
            if header.group("field").lower() in ("van", "from"):
                block.author = _sender_side(header.group("value"), names, "employer")
            elif dated := find_dates(header.group("value"), context_year=year):
                block.date = dated[0].date
        if noted:  # the last note line that begins in this sentence (a line without a full stop joins the next)
            flat = _SPACE.sub(" ", sentence)
            # a heading that opens no note ("4. Gezondheid" below a memo's timeline) ends the last note's day
            line_day = next((day for start, day in reversed(starts) if start in flat or (len(flat) > 5 and start.startswith(flat))), None if is_heading(body) else line_day)  # fmt: skip
        empty = _EMPTY_FIELD.match(ticked_only(sentence))
        if employee_field and _FIELD_LABEL.match(body):
            employee_field = False  # the next field of the form ("Handtekening:", "Datum:") ends the employee's words
        if employee_section and is_heading(body):
            employee_section = False  # the minutes' next heading ("Conclusie", "4. Vervolg") ends the employee's part
        if turn_speakers and (opened := TURN.match(body)) and opened.group("tag") in turn_speakers:
            turn = turn_speakers[opened.group("tag")]  # a transcript's turn: said by its speaker, up to the next
        own_words = employee_section and (_SUBJECTLESS_POINT.match(body) or _FIRST_PERSON.search(body))
        speaker = "employee" if employee_field or own_words else turn or _speaker(body, block.author, names)
        if _EMPLOYEE_FIELD.match(body):  # "Reactie medewerker:", or the label alone in a table's cell
            # a heading, also with a note in brackets ("5. Reactie werknemer (door Marco zelf ingevuld en ... teruggestuurd)")
            employee_field = bool(_EMPLOYEE_LABEL.search(body)) or len(_BRACKETED.sub(" ", body).split()) <= 4 or employee_field
        elif _EMPLOYEE_FILLS.search(body):  # "Werkdruk (in te vullen door medewerker)"
            employee_field = True
        elif _employee_section(body, names):
            employee_section = True
        found.append(
            Sentence(
                document=doc.id,
                page=page,
                text=body,
                speaker=speaker,
                quoted=block.quoted,
                conditional=bool(_CONDITIONAL.match(body) or (_REPORTED_CONDITION.search(body) and not _WARNING_TOLD.search(body))),  # fmt: skip
                question=body.rstrip().endswith("?"),
                legend=is_legend(body),
                future=bool(_FUTURE.search(_RELATIVE_CLAUSE.sub(" ", _SUBCLAUSE.split(body, maxsplit=1)[0]))),
                empty_field=empty.group("label").strip().lower() if empty else None,
                date=block.date or (None if block.quoted else line_day),
                about_employee=_about_employee(body, speaker, names),
            )
        )
    return found


_CACHE: dict[tuple, tuple[Sentence, ...]] = {}


def read_document(doc: Document) -> tuple[Sentence, ...]:
    """Every sentence of the document, read (cached by document: the extractors all read the same pages)."""
    author = document_author(doc)
    key = (doc.id, author, doc.employee_names, doc.context_year, hash(doc.text))
    if key not in _CACHE:
        if len(_CACHE) > 2048:
            _CACHE.clear()
        # the employee's names, and the initials the document itself gives them, read once for all its pages
        names = doc.employee_names + _employee_tags(doc.text, doc.employee_names) if doc.employee_names else ()
        _CACHE[key] = tuple(s for page in doc.pages for s in _read(doc, page.number, page.text, author, names))
    return _CACHE[key]


_FLAT: dict[tuple[str, int], str] = {}
_SPACE = re.compile(r"\s+")


def flat_text(doc: Document) -> str:
    """The document's text on one line (cached): a quick test whether a pattern can match any of its sentences."""
    key = (doc.id, hash(doc.text))
    if key not in _FLAT:
        if len(_FLAT) > 2048:
            _FLAT.clear()
        _FLAT[key] = _SPACE.sub(" ", doc.text)
    return _FLAT[key]


def negated(text: str, start: int, end: int) -> bool:
    """Is the match at text[start:end] denied? A cue before it in the same clause, or a denial right after it."""
    before = text[max(0, start - NEGATION_WINDOW) : start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    if _REASON.search(before) and _INVERTED_MAIN.match(text[start:]):
        clause = ""
    if _NEGATION_BEFORE.search(_NOT_NEGATING.sub(" ", clause)):
        return True
    return bool(_NEGATION_AFTER.match(text[end:]))


# The employer writing to the employee about what they said: "Je zei dat je het traject serieus neemt".
_YOU_SAID = re.compile(r"^\W*(?:je|jij|u)\s+(?:zei|zegt|gaf\s+(?:\w+\s+)?aan|vond|vindt|wilde|wil|stelde|liet\s+weten|gaf\s+toe)\b", re.IGNORECASE)
# The employer telling the employee what they do: "Door het plan niet uit te voeren, weiger je dat", "Je hebt het
# verbeterplan niet getekend en niet uitgevoerd".
_YOU_REFUSE = re.compile(r"\bweiger\w*\s+(?:je|jij|u)\b|^\W*(?:je|jij|u)\s+(?:weiger\w*|(?:hebt|heeft)\s+(?:\S+\s+){0,12}?niet\s+(?:\w+\s+){0,2}(?:uitgevoerd|nagekomen|opgevolgd))\b", re.IGNORECASE)  # fmt: skip
_ABOUT_EMPLOYEE = re.compile(
    r"^\W*(?:werknemer|werkneemster|medewerker|medewerkster|betrokkene|hij|zij|ze|mevrouw|mevr\.|meneer|de\s+heer|"
    r"dhr\.|mw\.|(?:mijn\s+|uw\s+)?cli[eë]nt(?:e)?\s+(?=\w)|(?:ons|uw)\s+lid\s+(?=\w)|(?-i:(?!(?:" + _NOT_A_NAME + r")\b)[A-Z][a-zà-ÿ]+(?:\s+(?:van|de|der|den)?\s*[A-Z][a-zà-ÿ]+)?)\s+(?=(?:weigert|weigerde|werkt|werkte|betwist|betwistte|"
    r"staat|herkent|ontkent|zet|neemt|nam|heeft|had|is|was|wil|wilde|ziet|vindt|gaat|ging|komt|kwam|zegt|zei|"
    r"blijft|toont|doet|deed|geeft|gaf|tekent|tekende)\b))",
    re.IGNORECASE,
)


def about_employee(sentence: Sentence) -> bool:
    """Said by the employee, or reporting what the employee does ("Werknemer weigert ...", "Hij werkt goed mee")."""
    return sentence.about_employee


def reports_speech(text: str) -> bool:
    """The sentence tells what someone says, finds or asks ("Linda geeft aan dat ...", "zij vraagt of ...")."""
    return bool(_REPORTED.search(text))


def first_person(text: str) -> bool:
    return bool(_FIRST_PERSON.search(text))


# A line of a form where the employee signs: "Handtekening medewerker (voor gezien): S. Kuipers  datum: 19-12-2023",
# "I. Schouten 07-12-2023   E. van Leeuwen 11-12-2023 (voor gezien)".
_SIGNATURE_LINE = re.compile(r"handtekening|ondertekend|ondertekening|getekend|paraaf|voor gezien|voor akkoord", re.IGNORECASE)
_EMPLOYEE_WORD = re.compile(r"\b(?:medewerk(?:er|ster)|werkne(?:mer|emster))\b", re.IGNORECASE)
# What may stand between a signer and the day they signed on a form's line: names, initials and the form's own words
# ("M. Baanders (voor gezien)  Datum:", "[handtekening]  H. Koolhaas  d.d.", "(toegevoegd"), no sentence.
_SIGNED_BETWEEN = re.compile(
    r"[\s:,;()\[\].'-]*(?:(?:d\.d\.|datum|get\.|getekend|handtekening|ondertekend|paraaf|voor gezien|voor akkoord|toegevoegd"
    r"|ingevuld|van|de|der|den|ter|medewerk(?:er|ster)|werkne(?:mer|emster)|[A-Z][\w'.-]*)[\s:,;()\[\].'-]*)*",
)
# A row of a form's signing block that holds only its days: "Datum: 18-01-2024      Datum: 22-01-2024",
# "[getekend] 3-4-2023   [getekend] 3-4-2023".
_DATE_ROW = re.compile(r"[\s\W]*(?:(?:datum|d\.d\.|getekend|get\.|handtekening)[\s\W]*)*", re.IGNORECASE)


def _without(text: str, found: Sequence[DateCandidate]) -> str:
    """The text with the dates found in it blanked out."""
    for candidate in found:
        text = text[: candidate.start] + " " * len(candidate.text) + text[candidate.start + len(candidate.text) :]
    return text


# How long after the form's own day the employee may sign it (the forms give five working days to two weeks), and
# how long before it (a scan's stamp dates the form some days after the talk it records and its signatures).
SIGNED_WITHIN_DAYS = 30
SIGNED_BEFORE_DAYS = 7


def signed_form_day(sentence: Sentence, doc: Document) -> dt.date | None:
    """The day the employee wrote their own words (first person, not the minutes' report of what they said: "H. is
    het niet eens") in an employer's form: the day they signed it, or the day their section says it was added, when it
    differs from the form's own day by no more than SIGNED_BEFORE_DAYS before or SIGNED_WITHIN_DAYS after."""
    if sentence.speaker != "employee" or sentence.quoted or doc.author == "employee" or not first_person(sentence.text) or doc.date is None:  # fmt: skip
        return None
    if _spoken(sentence, doc):
        return None  # a transcript's words were said in the talk, whatever day the employee signed it
    earliest, latest = doc.date - dt.timedelta(days=SIGNED_BEFORE_DAYS), doc.date + dt.timedelta(days=SIGNED_WITHIN_DAYS)
    for day in _employee_signed(doc):
        if earliest <= day <= latest:
            return day if day != doc.date else None
    return None


def _spoken(sentence: Sentence, doc: Document) -> bool:
    """The sentence stands in a transcript's turn ("DO: Ik vind het niet eerlijk ..."): its paragraph opens with one."""
    lines = doc.text.splitlines()
    start = sentence.text[:30]
    at = next((i for i, line in enumerate(lines) if start in line), None)
    while at is not None and at > 0 and lines[at - 1].strip() and not TURN.match(lines[at]):
        at -= 1
    return at is not None and bool(TURN.match(lines[at])) and bool(turns(doc.text))


def _employee_signed(doc: Document) -> list[dt.date]:
    """The days a form's lines tell beside the employee's title or name, the likeliest first on each line: written
    after it ("Medewerker : H. Bosma  22-02-2024", "E. van Gils, 29/01/2025", "Reactie medewerker (toegevoegd
    28-11-2023)"), in the line below under it (names or titles above, "Datum: ..." per column below), or before it
    when nobody else signs before it ("Datum: 21-11-2023   Handtekening medewerker: I. Verhoeven")."""
    names = [n for n in doc.employee_names if len(n) > 2]
    lines = doc.text.splitlines()
    year = doc.date.year if doc.date else None
    days: list[dt.date] = []
    for index, line in enumerate(lines):
        who = _EMPLOYEE_WORD.search(line) or next((m for n in names if (m := re.search(rf"\b{re.escape(n)}\b", line))), None)  # fmt: skip
        if who is None:
            continue
        dates = find_dates(line, context_year=year)
        signs = _SIGNATURE_LINE.search(line)
        if signs:  # "Handtekening medewerker (voor gezien, niet voor akkoord): S. Kuipers  datum: 19-12-2023"
            after = [c for c in dates if c.start >= who.end()]
            before = [c for c in dates if c.start + len(c.text) <= who.start() and _SIGNED_BETWEEN.fullmatch(line[c.start + len(c.text) : who.start()]) and not _SIGNATURE_LINE.search(line[: c.start])]  # fmt: skip
        else:  # a form's row, no sentence: "Medewerker : H. Bosma  22-02-2024", "E. van Gils, 29/01/2025"
            after = [c for c in dates if c.start >= who.end()] if _SIGNED_BETWEEN.fullmatch(_without(line, dates)) else []
            before = []
        below = lines[index + 1] if (signs or (index and _SIGNATURE_LINE.search(lines[index - 1]))) and index + 1 < len(lines) else ""  # fmt: skip
        under = find_dates(below, context_year=year)
        under = under if under and _DATE_ROW.fullmatch(_without(below, under)) else []
        if after[:1]:
            days.append(after[0].date)
        elif under:
            days.append(min(under, key=lambda c: abs(c.start - who.start())).date)
        elif before:
            days.append(before[-1].date)
    return days


@dataclass(frozen=True)
class Hit:
    """A sentence in which a pattern matched, with the match."""

    sentence: Sentence
    match: re.Match[str]


def find(
    doc: Document,
    pattern: re.Pattern[str],
    *,
    asserted: bool = True,
    quoted: bool = False,
    deny: bool = True,
    speakers: tuple[str, ...] | None = None,
) -> list[Hit]:
    """The sentences of `doc` in which `pattern` matches as a statement of fact.

    `asserted`: skip suppositions, questions, legends and empty fields; `quoted`: also read earlier e-mails quoted
    in this one — unless they are documents of the dossier themselves (`doc.quotes`), read there once;
    `deny`: skip matches that are negated; `speakers`: only these speakers.
    """
    if not pattern.search(flat_text(doc)):
        return []  # every sentence is a piece of the flattened text: no match there, none in a sentence
    hits = []
    for sentence in read_document(doc):
        if (asserted and not sentence.asserts) or (sentence.quoted and (not quoted or doc.quotes)):
            continue
        if speakers is not None and sentence.speaker not in speakers:
            continue
        for match in pattern.finditer(sentence.text):
            if deny and negated(sentence.text, match.start(), match.end()):
                continue
            if unticked(sentence.text, match.start()):
                continue  # "☐ deels verbeterd - traject verlengen": an option the form left open
            hits.append(Hit(sentence, match))
            break
    return hits


def unticked(text: str, position: int) -> bool:
    """Whether `position` lies in an option of a form whose box was left open ("☐ deels verbeterd - traject verlengen")."""
    boxes = list(_BOX.finditer(text[:position]))
    return bool(boxes) and boxes[-1].group(0) in ("☐", "[ ]")


QUOTE_CHARS = 220


def quote(sentence: Sentence, match: re.Match[str] | None = None) -> str:
    """The sentence, cut around the match when it is long."""
    text = sentence.text
    if len(text) <= QUOTE_CHARS:
        return text
    center = match.start() if match else 0
    start = max(0, min(center - QUOTE_CHARS // 3, len(text) - QUOTE_CHARS))
    return ("…" if start else "") + text[start : start + QUOTE_CHARS].strip() + "…"


def sentence_dates(
    sentence: Sentence,
    doc: Document,
    not_after: dt.date | None = None,
    near: int | None = None,
    after: int = 0,
    before: int | None = None,
) -> list[dt.date]:
    """The days a sentence names (a day without a year takes the document's year, else the dossier's), in order;
    with `not_after`, only days up to a few days after it (a report does not record what has not happened); with
    `near` (a character offset), the day written nearest it first ("08-01-2024 22-01-2024 hersteld per 22-01"); with
    `after` (a character offset), only the days written after it ("Sinds de start op 22 januari zijn gesprekken
    gevoerd op 5 en 19 februari": the talks' days, not the start's); with `before`, only those written before it."""
    year = (sentence.date or doc.date).year if (sentence.date or doc.date) else doc.context_year
    limit = not_after or sentence.date or doc.date
    end = len(sentence.text) if before is None else before
    found = [c for c in _with_listed_days(sentence.text, find_dates(sentence.text, context_year=year)) if after <= c.start < end]  # fmt: skip
    if near is not None:
        found = sorted(found, key=lambda c: abs(c.start + len(c.text) / 2 - near))
    days = [_year_before(c.date, limit) if _YEAR.search(c.text) is None else c.date for c in found]
    if not days and year:  # a note's day and month: "14-3 ruud vandaag weer aangesproken", "gevolgd op 22/6"
        notes = list(_NOTE_DAY.finditer(sentence.text, after, end))
        if near is not None:  # "8/4 ziek gemeld, griep, 15/4 weer aan het werk": the day nearest the event's words
            notes.sort(key=lambda note: abs((note.start() + note.end()) / 2 - near))
        for note in notes:
            with contextlib.suppress(ValueError):
                days.append(_year_before(dt.date(year, int(note.group(2)), int(note.group(1))), limit))
    if not days and (written := sentence.date or doc.date):  # "Gisteren het eindgesprek met Sanne gehad."
        days += [written - dt.timedelta(days=_DAYS_AGO[m.group(0).lower()]) for m in _DAYS_AGO_WORD.finditer(sentence.text, after, end)]  # fmt: skip
    if not days and (written := sentence.date or doc.date):  # "wat ik vorige week dinsdag al tegen je zei"
        days += [_weekday_before(written, m) for m in _PAST_WEEKDAY.finditer(sentence.text, after, end)]
    return [d for d in days if limit is None or d <= limit + dt.timedelta(days=3)]


# A day told relative to the day of writing.
_DAYS_AGO = {"gisteren": 1, "eergisteren": 2, "gisterochtend": 1, "gistermiddag": 1, "gisteravond": 1}
_DAYS_AGO_WORD = re.compile(r"\b(?:" + "|".join(_DAYS_AGO) + r")\b", re.IGNORECASE)
# A weekday told relative to the day of writing: "vorige week dinsdag" (the Tuesday of the week before), "afgelopen
# maandag", "maandag jl." (the last Monday before it).
_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_PAST_WEEKDAY = re.compile(
    r"\b(?:(?P<week>vorige week) (?P<a>{0})\b|(?:afgelopen|vorige) (?P<b>{0})\b|(?P<c>{0}) (?:jl\.|j\.l\.|jongstleden\b))".format("|".join(_WEEKDAYS)),
    re.IGNORECASE,
)


def _weekday_before(written: dt.date, match: re.Match[str]) -> dt.date:
    weekday = _WEEKDAYS.index((match.group("a") or match.group("b") or match.group("c")).lower())
    if match.group("week"):
        return written - dt.timedelta(days=written.weekday() + 7 - weekday)
    return written - dt.timedelta(days=(written.weekday() - weekday - 1) % 7 + 1)


# The day of writing itself, told in words ("Vandaag gesprek gehad", "plan is vandaag gestart"): a reader that wants the
# writing's day for it asks for it (not sentence_dates, whose callers read only days told by date or as days ago).
TODAY = re.compile(r"\b(?:vandaag|vanochtend|vanmorgen|vanmiddag|zojuist|zonet)", re.IGNORECASE)
# Days listed before a month's name share it: "op 15 en 29 maart", "5, 12 en 19 februari".
_LISTED_DAYS = re.compile(r"(?<![\d-])(\d{1,2})((?:,\s*\d{1,2})*)\s+en\s+$")
_DAY_AND_MONTH_NAME = re.compile(r"\d{1,2}\s+[^\W\d]")


def _with_listed_days(text: str, found: list[DateCandidate]) -> list[DateCandidate]:
    """The dates found, with the days listed before a month's name ("15 en 29 maart") in the order written."""
    dates: list[DateCandidate] = []
    for candidate in found:
        listed = _LISTED_DAYS.search(text[max(0, candidate.start - 30) : candidate.start])
        if listed and _DAY_AND_MONTH_NAME.match(candidate.text):
            offset = candidate.start - len(listed.group(0))
            for day in (listed.group(1), *re.findall(r"\d{1,2}", listed.group(2))):
                with contextlib.suppress(ValueError):
                    dates.append(replace(candidate, date=candidate.date.replace(day=int(day)), start=offset))
        dates.append(candidate)
    return dates


# A day and month at a note line's start or after "op"/"d.d.", not part of a full date ("22/6", not "22/6/2023").
# "op 22/6", "d.d. 3-4", "E. heeft 14/3 ... gevolgd", "gevolgd op 21+22/3" (two days of one month: the first)
# (after a comma only a day the note's words follow: "griep, 15/4 weer aan het werk", not a list "(28/3, 11/4 en 25/4)")
_NOTE_DAY = re.compile(r"(?:^\W*|\b(?:op|d\.d\.|heeft|had) |(?<=[,;] )(?=\d{1,2}[-/]\d{1,2}\s+(?!en\b|of\b)[a-z]))(\d{1,2})(?:\+\d{1,2})?[-/](\d{1,2})\b(?![-/]\d)")
_YEAR = re.compile(r"\d{4}|'\d{2}\b|\d{1,2}[-/.]\d{1,2}[-/.]\d{2}\b")
# A report names what has happened: a day without a year that would lie after the document, by at most this many
# days in the year before, is of the year before ("op 2 november gevolgd" in a report of January).
YEAR_BEFORE_DAYS = 183


def day_of_note(day: int, month: int, limit: dt.date) -> dt.date | None:
    """A day and month without a year, written no later than `limit`: in its year, or the year before."""
    with contextlib.suppress(ValueError):
        return _year_before(dt.date(limit.year, month, day), limit)
    return None


def _year_before(day: dt.date, limit: dt.date | None) -> dt.date:
    if limit is None or day <= limit + dt.timedelta(days=3):
        return day
    with contextlib.suppress(ValueError):
        earlier = day.replace(year=day.year - 1)
        if (limit - earlier).days <= YEAR_BEFORE_DAYS:
            return earlier
    return day


def fact_day(hit: Hit | Sentence, doc: Document) -> dt.date | None:
    """The day a fact stated in this sentence happened: the day the sentence gives, else its quoted e-mail's or
    its document's day."""
    sentence = hit.sentence if isinstance(hit, Hit) else hit
    days = sentence_dates(sentence, doc)
    return days[0] if days else sentence.date or doc.date


def last_day(documents: Sequence[Document]) -> dt.date | None:
    """The dossier's last dated document: the latest a row of a table or a line of running notes can be, whatever
    day the table or the notes themselves were given (their first row's)."""
    return max((d.date for d in documents if d.date), default=None)


def act_day(
    sentence: Sentence, doc: Document, on_a_day: re.Pattern[str] | None = None, before: int | None = None
) -> dt.date | None:
    """The day an act was done: a past day its sentence names after "op" ("ICT heeft op 21 februari gemeten", "Het plan
    is op 6 januari hervat"), else its mail's or document's day (a day still to come is when a measure takes effect,
    not when it was decided; other days in the sentence are what the act is about: "verlengd tot 19 juli"). With
    `before` (the offset where the act's own words end), the last such day told before it: "Toen ik op 6 februari
    vroeg ..., kreeg ik op 13 februari te horen dat het er niet in zat" was turned down on 13 February."""
    written = sentence.date or doc.date
    pattern = on_a_day or ON_A_DAY
    told_before = [m for m in pattern.finditer(sentence.text) if m.start() < before] if before is not None else []
    on = told_before[-1] if told_before else pattern.search(sentence.text)
    if on is not None and _THAT.search(sentence.text[: on.start()]):
        on = None  # "wij blijven bij ons standpunt dat de schuif op 12 april ...": the day of what is held, not of the act
    if on is None:
        return written  # "naar aanleiding van uw mail van 18 maart hebben wij ...": the day of the complaint, not the answer
    told = sentence.text[on.start("day") :][:40]
    day = parse_date(told, default_year=written.year if written else None) or _day_and_month(told, written)
    return day if day and (written is None or day <= written) else written


def _day_and_month(text: str, written: dt.date | None) -> dt.date | None:
    """A day written as a note writes it ("27/6"), in the year of the writing: the date reader leaves a bare "27/6"
    alone (it may be a fraction), but after "op" or "afgelopen donderdag" it is a day."""
    match = re.match(r"(\d{1,2})[/-](\d{1,2})\b(?![/-]\d)", text)
    if match is None or written is None:
        return None
    with contextlib.suppress(ValueError):
        return dt.date(written.year, int(match.group(2)), int(match.group(1)))
    return None


# "dat" that opens a clause, not the sentence's own first word ("Dat verzoek heb je op 19 januari afgewezen").
_THAT = re.compile(r"\w\W+dat\b", re.IGNORECASE)
# An act on a day: "heeft ICT op 21 februari gemeten", "Ik heb op dinsdag 14 november met Esther gesproken",
# "Afgelopen donderdag (27/6) heb ik ... doorgenomen".
def on_day(before: str = r"op|(?:afgelopen|vorige) \w+dag") -> str:
    """A day told after these words, the day's number as the group `day`."""
    return r"(?:" + before + r") \(?(?:\w+dag )?(?P<day>\d{1,2})(?:e)?[ \-/.]"


ON_DAY = on_day()
ON_A_DAY = re.compile(r"\b" + ON_DAY, re.IGNORECASE)


def evidence(hit: Hit | Sentence) -> Evidence:
    """The evidence of a fact: document, page, quoted sentence and its speaker."""
    sentence, match = (hit.sentence, hit.match) if isinstance(hit, Hit) else (hit, None)
    return Evidence(sentence.document, sentence.page, quote(sentence, match), sentence.speaker)


__all__ = [
    "Hit",
    "about_employee",
    "act_day",
    "day_of_note",
    "Sentence",
    "document_author",
    "evidence",
    "fact_day",
    "find",
    "first_person",
    "is_legend",
    "last_day",
    "MAIL_HEADER",
    "negated",
    "NOTE_DAY",
    "on_day",
    "NOTE_LINE",
    "quote",
    "read_document",
    "sentence_dates",
    "split_sentences",
    "SUBJECT_LINE",
    "ticked_only",
    "TODAY",
]
