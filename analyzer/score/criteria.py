"""The five requirements of a dismissal for poor performance, each judged from named rules.

A rule yields a Finding: what it found (Dutch, for the explanation), whether that is in order, how bad it is
when not (`fatal` makes the requirement not met, `weak` makes it doubtful), the passages that carry it, the
employer's next step and the point the employee's counsel will make. Sources: art. 7:669 lid 1 and lid 3
sub d BW and the case practice summarised in shared/legal-reference.md (see the README's rule table).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from analyzer.dates import find_dates
from analyzer.dossier import Document
from analyzer.score.evidence import Evidence, mentions, passages, sentences, words
from analyzer.score.settings import ScoringSettings
from analyzer.score.trajectory import Trajectory, of_type

FATAL, WEAK = "fatal", "weak"

CRITICISM = words(
    r"onvoldoende",
    r"matig",
    r"niet naar verwachting",
    r"beneden verwachting",
    r"onder de maat",
    r"verbeterpunt",
    r"niet tevreden",
    r"ontevreden",
    r"zorgen over",
    r"klachten? over",
    r"fouten",
    r"achterstand",
    r"te laat",
    r"niet (?:op tijd|gehaald|behaald|nagekomen)",
    r"aangesproken",
    r"needs improvement",
    r"below expectations",
    r"does not meet",
    r"functioneren (?:is|blijft|schiet)",
    r"niet goed genoeg",
    r"tekortkoming",
)
OVERALL = re.compile(
    r"\b(?:eind|totaal|algemeen|overall)\s*(?:oordeel|beoordeling|score|rating)\b\W{0,5}(?:\w+\W{1,3}){0,3}?"
    r"(?P<value>zeer goed|goed|uitstekend|voldoende|onvoldoende|matig|slecht|excellent|exceeds|meets|below"
    r"|needs improvement|[1-5]\b)",
    re.IGNORECASE,
)
NEGATIVE_VALUES = ("onvoldoende", "matig", "slecht", "below", "needs improvement", "1", "2")
RATING_WORDS = re.compile(r"\b(?:onvoldoende|matig|voldoende|goed|zeer goed|uitstekend)\b", re.IGNORECASE)
POSITIVE_APPRAISAL = words(
    r"goed functionerend",
    r"boven verwachting",
    r"naar volle tevredenheid",
    r"meets expectations",
    r"exceeds",
)
CONSEQUENCE = words(
    r"ontslag",
    r"ontbinding",
    r"ontbinden",
    r"be[eë]indiging",
    r"be[eë]indigen",
    r"einde (?:van )?(?:het|uw|je|jouw) "
    r"(?:dienstverband|arbeidsovereenkomst)",
    r"gevolgen (?:heeft |hebben |voor )?(?:voor )?(?:je|jouw|uw|het) "
    r"(?:dienstverband|arbeidsovereenkomst|contract|baan)",
    r"niet (?:bij ons )?(?:kan|kunt|kan blijven|kunt blijven) "
    r"(?:blijven )?werken",
    r"kantonrechter",
    r"termination",
    r"arbeidsrelatie (?:te )?(?:be[eë]indigen|ontbinden)",
)
VAGUE_CONSEQUENCE = words(
    r"passende maatregelen", r"verdere maatregelen", r"consequenties", r"verdergaande maatregelen"
)
GOALS = words(
    r"doel(?:en|stelling)?\b",
    r"verbeterpunt",
    r"resultaatafspra",
    r"verwachting",
    r"norm\b",
    r"targets?\b",
    r"goal",
    r"afspraken?\b",
)
MEASUREMENT = words(
    r"gemeten",
    r"meting",
    r"meetbaar",
    r"meten\b",
    r"norm\b",
    r"kpi",
    r"\d+\s?%",
    r"per (?:week|dag|maand)",
    r"maximaal \d",
    r"minimaal \d",
    r"binnen \d",
    r"score",
    r"steekproef",
    r"rapportage",
    r"aantal",
    r"metric",
    r"smart",
)
SUPPORT = words(
    r"coach",
    r"cursus",
    r"training",
    r"opleiding",
    r"begeleiding",
    r"buddy",
    r"mentor",
    r"ondersteuning door",
    r"ondersteund door",
    r"meelopen",
    r"meewerk",
    r"scholing",
    r"workshop",
)
NO_SUPPORT = words(r"ondersteuning:?\s*(?:n\.?v\.?t\.?|geen|nvt|-)", r"geen (?:extra )?(?:ondersteuning|begeleiding)")
TERM = words(
    r"looptijd", r"periode", r"\d+\s*(?:weken|maanden|wk|mnd)", r"t/m", r"tot en met", r"termijn", r"einddatum"
)
VAGUE_GOALS = words(
    r"pro-?actie(?:f|ver)",
    r"collegiale?r?\b",
    r"betere (?:houding|werkhouding|instelling)",
    r"positievere? houding",
    r"meer eigenaarschap",
    r"ownership",
    r"meer verantwoordelijkheid",
    r"flexibeler",
    r"meer inzet",
    r"beter communiceren",
    r"professionelere? houding",
    r"klantvriendelijker",
)
REACTION_ANSWERED = words(r"(?:je|jouw|uw) (?:reactie|brief|e-?mail|bezwaar|punten)", r"wederwoord", r"reactie van")
WORKLOAD = words(
    r"werkdruk",
    r"te veel werk",
    r"werkbelasting",
    r"taakbelasting",
    r"onderbezet",
    r"bezetting",
    r"overuren",
    r"overwerk",
    r"geen tijd",
    r"alleen op",
    r"workload",
    r"\d\s?fte\b",
    r"te druk",
)
# The employee raising it: a first-person sentence or what the minutes report the employee saying or asking.
COMPLAINT = words(
    r"ik\b",
    r"zegt",
    r"geeft aan",
    r"vraagt",
    r"vindt",
    r"meldt",
    r"wijst erop",
    r"klaagt",
    r"aangekaart",
    r"aangegeven",
    r"gevraagd",
)
ADDRESSED = words(
    r"onderzocht",
    r"aangepast",
    r"verlaagd",
    r"verminderd",
    r"ontlast",
    r"herverdeeld",
    r"weerleg",
    r"extra (?:hulp|ondersteuning|collega|kracht)",
    r"vergeleken",
    r"naast elkaar gelegd",
    r"uitzendkracht",
    r"geschrapt",
    r"verschoven",
    r"uit de .{0,20}rotatie",
    r"minder (?:klanten|taken|werk|deelregio)",
    r"(?:bezetting|werkdruk|werkbelasting) (?:is )?(?:hetzelfde|gelijk|niet hoger|vergelijkbaar)",
    r"in plaats van",
    r"tijdelijk(?:e)? (?:hulp|ondersteuning) (?:is|wordt|krijgt)",
)
DISMISSED = words(r"ter kennisgeving", r"niet in discussie", r"daar ga(?:an)? (?:ik|wij|we) niet", r"geen excuus")
TRAINING_DOC_WORDS = words(r"coach", r"cursus", r"training", r"opleiding", r"workshop")
# A group of companies, whose vacancies count for redeployment. Not "groep" on its own: a course group, a team,
# a client group ("de groep die start op 5 maart") or "onderdeel van de opdracht" say nothing about the employer.
GROUP = words(
    r"concern",
    r"holding",
    r"zuster(?:bedrijf|maatschappij|organisatie|onderneming)",
    r"dochter(?:onderneming|bedrijf|maatschappij)",
    r"werkmaatschappij",
    r"groeps(?:maatschappij|onderneming|bedrijf|breed)",
    r"moedermaatschappij",
    r"(?:binnen|elders in) (?:de|het|onze) (?:hele |gehele )?(?:groep|group|concern)\b",
    r"(?:andere|overige) (?:onderdelen|bedrijven|vestigingen|maatschappijen) van (?:de|het|onze) (?:groep|concern)\b",
    r"(?-i:[A-Z][\w&.'-]*) (?-i:Groep|Group|Holding)\b",
)
VACANCY = words(r"vacature", r"functie", r"positie", r"rol\b")
REDEPLOYMENT_MENTION = words(
    r"herplaatsing",
    r"passende functie",
    r"andere functie",
    r"herplaatsen",
    r"andere plek",
    r"ergens anders (?:in|binnen)",
    r"andere afdeling",
    r"elders in (?:het|de) (?:bedrijf|organisatie)",
)
BARE_STATEMENT = words(r"geen (?:passende )?(?:vacatures|functies|mogelijkheden)", r"niets beschikbaar")
OFFER_OR_TALK = words(
    r"aangeboden",
    r"aanbod",
    r"besproken met",
    r"met (?:hem|haar|je|u) besproken",
    r"voorgelegd",
    r"sollicit",
    r"gesprek over (?:de|deze) (?:functie|vacature)",
)
NOT_EXAMINED = words(r"niet (?:verder )?onderzocht", r"niet bekeken", r"buiten beschouwing")
NOT_REASONABLE = words(r"herplaatsing (?:is )?niet redelijk", r"in (?:elke|iedere) (?:andere )?functie")
WORK_LINK = words(
    r"werkdruk",
    r"werkgerelateerd",
    r"werk gerelateerd",
    r"spanningsklachten",
    r"stress",
    r"overspannen",
    r"burn-?out",
    r"conflict",
    r"het (?:verbeter)?traject",
    r"arbeidsconflict",
)
CAUSAL_LINK = words(
    r"(?:functioneren|disfunctioneren|prestaties?) (?:wordt|worden|is|zijn) (?:mede |deels )?(?:veroorzaakt|"
    r"verklaard) door",
    r"hangen? samen met (?:de|zijn|haar) (?:klachten|ziekte|aandoening)",
    r"(?:medische|gezondheids)oorzaak",
)
NO_LINK = words(
    r"geen (?:medische )?(?:relatie|verband|samenhang)",
    r"los van (?:de|zijn|haar) (?:klachten|ziekte)",
    r"geen medische (?:oorzaak|reden|verklaring)",
)


@dataclass(frozen=True)
class Finding:
    rule: str
    ok: bool
    severity: str
    text: str
    evidence: tuple[Evidence, ...] = ()
    advice: str = ""
    attack: str = ""


@dataclass(frozen=True)
class CriterionResult:
    key: str
    status: str
    explanation: str
    evidence: tuple[Evidence, ...]
    findings: tuple[Finding, ...]


def conclude(key: str, findings: list[Finding]) -> CriterionResult:
    """Not met when a fatal rule fails, doubtful when a weak one fails, met otherwise."""
    failed = [f for f in findings if not f.ok]
    status = "not_met" if any(f.severity == FATAL for f in failed) else "doubtful" if failed else "met"
    ordered = [f for f in failed if f.severity == FATAL] + [f for f in failed if f.severity == WEAK]
    explanation = " ".join(f.text for f in [*ordered, *(f for f in findings if f.ok)])
    evidence = tuple(e for f in [*ordered, *findings] for e in f.evidence)
    unique = tuple(dict.fromkeys(evidence))[:6]
    return CriterionResult(key, status, explanation, unique, tuple(findings))


# A sentence about what happens at a rating, not a rating given: "Bij een eindoordeel 'matig' of 'onvoldoende'
# worden afspraken gemaakt", "Indien het oordeel onvoldoende is, ...".
_CONDITIONAL = re.compile(r"^\W*(?:bij een|indien|als|wanneer|mocht|in (?:het )?geval|if|when)\b", re.IGNORECASE)


def _is_legend(sentence: str) -> bool:
    """A rating scale ("O = onvoldoende M = matig G = goed") or a rule about ratings names judgements and states
    none."""
    ratings = {w.lower() for w in RATING_WORDS.findall(sentence)}
    return len(ratings) >= 3 or sentence.count("=") >= 2 or (bool(ratings) and bool(_CONDITIONAL.match(sentence)))


def critical_passages(documents: Sequence[Document], limit: int = 3) -> list[Evidence]:
    """Sentences with criticism of the performance, rating-scale legends left out."""
    return [e for e in passages(documents, CRITICISM, limit=limit * 4) if not _is_legend(e.quote)][:limit]


def appraisal_verdict(doc: Document) -> str:
    """ "negative", "positive" or "unknown": the overall judgement of an appraisal, else its tenor."""
    overall = [
        m
        for m in OVERALL.finditer(doc.text)
        if not _is_legend(next((s for s in sentences(doc.text) if m.group(0) in s), m.group(0)))
    ]
    if overall:
        return "negative" if overall[-1].group("value").lower() in NEGATIVE_VALUES else "positive"
    if critical_passages([doc], limit=1):
        return "negative"
    return "positive" if mentions(doc, POSITIVE_APPRAISAL) else "unknown"


def _before(documents: Sequence[Document], day: dt.date | None) -> list[Document]:
    return [d for d in documents if d.date is not None and (day is None or d.date < day)]


def criticism_documents(documents: Sequence[Document], start: dt.date | None) -> list[Document]:
    """Written criticism before the trajectory: warnings, negative appraisals, critical minutes and e-mails."""
    found = []
    for doc in _before(documents, start):
        negative_appraisal = doc.doc_type == "appraisal" and appraisal_verdict(doc) == "negative"
        critical_note = doc.doc_type in ("meeting_report", "correspondence") and critical_passages([doc], limit=1)
        if doc.doc_type == "warning" or negative_appraisal or critical_note:
            found.append(doc)
    return found


def timely_notice(documents: Sequence[Document], trajectory: Trajectory | None, s: ScoringSettings) -> CriterionResult:
    start = trajectory.start if trajectory else None
    criticism = criticism_documents(documents, start)
    findings = [
        Finding(
            "TN1-prior-written-criticism",
            bool(criticism),
            FATAL,
            f"Vóór het verbetertraject is het functioneren {len(criticism)} keer schriftelijk bekritiseerd."
            if criticism
            else "Er is vóór het verbetertraject geen schriftelijke kritiek op het functioneren: het traject "
            "komt 'uit de lucht vallen'.",
            tuple(critical_passages(criticism, limit=3)),
            "Leg eerdere kritiek schriftelijk vast (beoordeling, gespreksverslag, waarschuwing) vóór een verbetertraject.",
            "Het verbetertraject kwam uit de lucht vallen: er is geen eerdere schriftelijke kritiek.",
        )
    ]
    if criticism:
        findings.append(
            Finding(
                "TN2-repeated",
                len(criticism) >= s.notice_min_documents,
                WEAK,
                "De kritiek is meer dan eens vastgelegd."
                if len(criticism) >= s.notice_min_documents
                else "De kritiek is maar één keer schriftelijk vastgelegd.",
                advice="Bespreek het functioneren herhaaldelijk en leg elk gesprek schriftelijk vast.",
                attack="De werknemer is maar één keer schriftelijk op zijn functioneren aangesproken.",
            )
        )
        formal = [d for d in criticism if d.doc_type in ("warning", "appraisal")]
        findings.append(
            Finding(
                "TN3-formal",
                bool(formal),
                WEAK,
                "Er ligt een waarschuwing of beoordeling met kritiek."
                if formal
                else "De kritiek staat alleen in informele notities of e-mails; er is geen beoordeling of waarschuwing.",
                advice="Leg het oordeel vast in een beoordeling of een schriftelijke waarschuwing.",
                attack="Er is nooit een beoordeling of waarschuwing gegeven; de kritiek is informeel en eenzijdig vastgelegd.",
            )
        )
        if start is not None:
            first = min(d.date for d in criticism)
            weeks = (start - first).days / 7
            findings.append(
                Finding(
                    "TN4-history",
                    weeks >= s.notice_history_weeks,
                    WEAK,
                    f"De eerste schriftelijke kritiek dateert van {first:%d-%m-%Y}, {weeks:.0f} weken vóór het traject.",
                    advice="Geef de werknemer na de eerste kritiek de tijd om te verbeteren vóór een formeel traject.",
                    attack=f"Tussen de eerste kritiek en het traject zaten maar {weeks:.0f} weken.",
                )
            )
    appraisals = _before(of_type(documents, "appraisal"), start)
    if appraisals and start is not None:
        last = appraisals[-1]
        good = appraisal_verdict(last) == "positive"
        findings.append(
            Finding(
                "TN5-last-appraisal",
                not good,
                FATAL if not criticism else WEAK,
                f"De laatste beoordeling vóór het traject ({last.date:%d-%m-%Y}) was positief."
                if good
                else f"De laatste beoordeling vóór het traject ({last.date:%d-%m-%Y}) bevat kritiek.",
                tuple(passages([last], OVERALL, limit=1) or critical_passages([last], limit=1)),
                "Een goede beoordeling vlak voor het traject ondergraaft het dossier; onderbouw wat sindsdien veranderde.",
                "De laatste beoordeling vóór het traject was positief.",
            )
        )
    warned = [
        d
        for d in _before(documents, None)
        if d.doc_type in ("warning", "appraisal", "improvement_plan", "meeting_report", "correspondence")
        and (start is None or d.date <= start + dt.timedelta(weeks=2))
        and mentions(d, CONSEQUENCE)
    ]
    findings.append(
        Finding(
            "TN6-consequence-named",
            bool(warned),
            WEAK,
            "De werknemer is gewezen op de gevolgen voor het dienstverband."
            if warned
            else "Nergens is de werknemer duidelijk gemaakt dat zijn baan op het spel staat.",
            tuple(passages(warned, CONSEQUENCE, limit=1)),
            "Benoem schriftelijk dat het dienstverband kan eindigen als verbetering uitblijft.",
            "De werknemer wist niet dat zijn baan op het spel stond: het gevolg is nooit benoemd.",
        )
    )
    return conclude("timely_notice", findings)


def _plan_elements(plan_docs: Sequence[Document]) -> list[Finding]:
    elements = [
        (
            "IO2a-goals",
            GOALS,
            "wat er moet verbeteren (doelen)",
            "Beschrijf concreet wat er moet verbeteren en hoe het wel moet.",
        ),
        (
            "IO2b-measurement",
            MEASUREMENT,
            "hoe het resultaat wordt gemeten",
            "Maak per doel meetbaar wanneer het is gehaald.",
        ),
        (
            "IO2c-support",
            SUPPORT,
            "welke ondersteuning de werknemer krijgt",
            "Bied concrete ondersteuning aan (coach, cursus, buddy).",
        ),
        ("IO2d-term", TERM, "de termijn", "Leg de looptijd van het traject vast."),
        (
            "IO2e-consequence",
            CONSEQUENCE,
            "het gevolg als het niet lukt",
            "Noem in het plan dat het dienstverband kan eindigen.",
        ),
    ]
    findings = []
    for rule, pattern, what, advice in elements:
        hits = passages(plan_docs, pattern, limit=1)
        if rule == "IO2c-support" and passages(plan_docs, NO_SUPPORT, limit=1):
            hits = []
        vague = rule == "IO2e-consequence" and not hits and passages(plan_docs, VAGUE_CONSEQUENCE, limit=1)
        findings.append(
            Finding(
                rule,
                bool(hits),
                WEAK,
                f"Het plan beschrijft {what}."
                if hits
                else f"Het plan beschrijft niet {what}" + (" (alleen 'passende maatregelen')." if vague else "."),
                tuple(hits or (passages(plan_docs, VAGUE_CONSEQUENCE, limit=1) if vague else [])),
                advice,
                f"Het verbeterplan vermeldt niet {what}.",
            )
        )
    return findings


def improvement_opportunity(
    documents: Sequence[Document], trajectory: Trajectory | None, s: ScoringSettings
) -> CriterionResult:
    if trajectory is None:
        return conclude(
            "improvement_opportunity",
            [
                Finding(
                    "IO1-plan",
                    False,
                    FATAL,
                    "Het dossier bevat geen verbeterplan of verslag van de start van een verbetertraject.",
                    advice="Stel samen met de werknemer een schriftelijk verbeterplan op en start een verbetertraject.",
                    attack="Er is nooit een verbetertraject geweest: de werknemer kreeg geen kans om te verbeteren.",
                )
            ],
        )
    plan_docs = list(trajectory.plans) or [
        d for d in documents if d.doc_type == "meeting_report" and d.subtype == "start"
    ]
    findings = [Finding("IO1-plan", True, FATAL, f"Er is een verbeterplan ({', '.join(d.id for d in plan_docs)}).")]
    elements = _plan_elements(plan_docs)
    vague = passages(plan_docs, VAGUE_GOALS, limit=3)
    elements.append(
        Finding(
            "IO3-vague-goals",
            not vague,
            WEAK,
            "De doelen zijn concreet."
            if not vague
            else f"Het plan bevat vage doelen zonder meetbare invulling ({'; '.join(e.quote[:60] for e in vague)}).",
            tuple(vague),
            "Maak vage doelen ('pro-actiever', 'betere houding') concreet en meetbaar.",
            "De doelen zijn vaag en niet meetbaar: de werknemer kon niet weten wanneer hij had verbeterd.",
        )
    )
    # No support in the plan and none anywhere else (no course, coach or training): no real chance to improve.
    if not any(_support_offered(documents, trajectory)):
        elements = [
            dataclasses.replace(
                f, severity=FATAL, text=f.text[:-1] + "; ook elders in het dossier is geen scholing of begeleiding."
            )
            if f.rule == "IO2c-support" and not f.ok
            else f
            for f in elements
        ]
    # Vague goals weigh as a missing element: together, such defects leave no real chance to improve.
    if sum(not f.ok for f in elements) >= s.plan_missing_elements_not_met:
        elements = [
            Finding(f.rule, f.ok, FATAL if not f.ok else f.severity, f.text, f.evidence, f.advice, f.attack)
            for f in elements
        ]
    findings += elements
    weeks = trajectory.weeks
    if weeks is not None:
        severity = FATAL if weeks < s.term_too_short_weeks else WEAK
        findings.append(
            Finding(
                "IO4-term",
                weeks >= s.term_normal_weeks,
                severity,
                f"Het traject duurt {weeks:.0f} weken"
                + (
                    "."
                    if weeks >= s.term_normal_weeks
                    else f", korter dan de gebruikelijke {s.term_normal_weeks} weken."
                ),
                advice=f"Geef de werknemer een termijn van minstens {s.term_normal_weeks} weken (langer bij zwaardere functies).",
                attack=f"Het traject duurde maar {weeks:.0f} weken: te kort voor een reële kans.",
            )
        )
    findings += _meetings(documents, trajectory, s)
    return conclude("improvement_opportunity", findings)


RECOVERED = words(r"hersteld", r"hersteldmelding", r"(?:het )?werk (?:weer )?hervat", r"weer aan het werk")


def _recovery_mentions(documents: Sequence[Document], sick_since: dt.date) -> list[dt.date]:
    """Return dates stated in later documents: "heeft zich per 25 maart hersteld gemeld" in a meeting report or a
    bedrijfsarts letter; a date after the document itself (an expected recovery) does not count."""
    found = []
    for doc in documents:
        if doc.date is None or doc.date < sick_since:
            continue
        for sentence in sentences(doc.text):
            if RECOVERED.search(sentence):
                found += [c.date for c in find_dates(sentence, context_year=doc.date.year)
                          if sick_since < c.date <= doc.date]  # fmt: skip
    return found


def _sick_weeks(documents: Sequence[Document], trajectory: Trajectory) -> tuple[float, bool]:
    """Weeks from a sick report during the trajectory to the employee's return, and whether that return is on
    file: a recovery report. Without one the next trajectory meeting (else the end) stands in, an upper bound: a
    file often has no recovery report after a few days' flu."""
    sick = [d.date for d in of_type(documents, "medical", "sick_report") if trajectory.contains(d.date)]
    if not sick:
        return 0.0, True
    recovered = [d.date for d in of_type(documents, "medical", "recovery") if d.date and d.date >= sick[0]]
    recovered += _recovery_mentions(documents, sick[0])
    if recovered:
        return (min(recovered) - sick[0]).days / 7, True
    meetings = [
        d.date
        for d in of_type(documents, "meeting_report", "progress", "interim_evaluation", "final_evaluation")
        if d.date and d.date > sick[0]
    ]
    return ((min(meetings) if meetings else (trajectory.end or sick[0])) - sick[0]).days / 7, False


def _meetings(documents: Sequence[Document], trajectory: Trajectory, s: ScoringSettings) -> list[Finding]:
    findings = [
        Finding(
            "IO5-progress",
            bool(trajectory.progress_meetings or trajectory.interim_evaluations),
            WEAK,
            f"Er zijn {len(trajectory.progress_meetings)} voortgangsgesprekken schriftelijk vastgelegd."
            if trajectory.progress_meetings
            else "Er is geen apart verslag van een voortgangsgesprek, wel van een tussentijdse evaluatie."
            if trajectory.interim_evaluations
            else "Er is geen verslag van een voortgangsgesprek.",
            advice="Voer regelmatig voortgangsgesprekken en maak van elk gesprek een verslag.",
            attack="Er zijn geen voortgangsgesprekken vastgelegd: de werknemer werd niet begeleid.",
        ),
        Finding(
            "IO6-interim",
            bool(trajectory.interim_evaluations),
            WEAK,
            "Er is een tussentijdse evaluatie vastgelegd."
            if trajectory.interim_evaluations
            else "Er is geen schriftelijke tussentijdse evaluatie.",
            advice="Leg de tussentijdse evaluatie schriftelijk vast en laat de werknemer 'voor gezien' tekenen.",
            attack="Er is geen tussentijdse evaluatie geweest.",
        ),
        Finding(
            "IO7-final",
            trajectory.final_evaluation is not None,
            WEAK,
            "Er is een schriftelijke eindevaluatie."
            if trajectory.final_evaluation
            else "Er is (nog) geen schriftelijke eindevaluatie.",
            advice="Sluit het traject af met een schriftelijke eindevaluatie.",
            attack="Het traject is nooit formeel geëvalueerd.",
        ),
    ]
    final = trajectory.final_evaluation
    if final and final.date and trajectory.planned_end and trajectory.planned_weeks:
        sick_weeks, sickness_known = _sick_weeks(documents, trajectory)
        start = trajectory.planned_start or trajectory.start
        elapsed = (final.date - start).days / 7
        needed = trajectory.planned_weeks - s.cut_short_grace_weeks
        full = elapsed - sick_weeks >= needed
        # Short only if the sickness lasted as long as the upper bound taken for it: doubtful, not fatal.
        unsure = not full and not sickness_known and elapsed >= needed
        if full:
            text = "Het traject heeft de afgesproken termijn gelopen."
        elif unsure:
            text = (
                f"Mogelijk ingekort: de eindevaluatie ({final.date:%d-%m-%Y}) volgde {elapsed:.0f} weken na de start, "
                f"maar de werknemer was tijdens het traject ziek en een hersteldmelding ontbreekt; als het verzuim "
                f"langer dan {elapsed - needed:.0f} weken duurde, is de termijn niet met de ziekteperiode verlengd."
            )
        else:
            text = (
                f"Het traject is ingekort: tot de eindevaluatie ({final.date:%d-%m-%Y}) liep het "
                f"{elapsed - sick_weeks:.0f} van de afgesproken {trajectory.planned_weeks:.0f} weken"
                + (" (ziekteperiode niet meegeteld)." if sick_weeks else ".")
            )
        findings.append(
            Finding(
                "IO8-not-cut-short",
                full,
                WEAK if unsure else FATAL,
                text,
                advice="Laat het traject de volle termijn lopen en verleng het met de periode van ziekte"
                + ("; leg de hersteldmelding vast." if unsure else "."),
                attack="Het traject is voortijdig afgebroken; de werknemer kreeg niet de toegezegde tijd.",
            )
        )
    responses = [d for d in of_type(documents, "employee_response") if trajectory.contains(d.date, before_weeks=2)]
    if responses:
        first = responses[0].date
        answers = [
            d
            for d in documents
            if d.date
            and d.date >= first
            and d.doc_type in ("correspondence", "meeting_report", "improvement_plan")
            and mentions(d, REACTION_ANSWERED)
        ]
        findings.append(
            Finding(
                "IO9-reaction-answered",
                bool(answers),
                WEAK,
                "De schriftelijke reactie van de werknemer is beantwoord."
                if answers
                else "De schriftelijke reactie van de werknemer is niet (aantoonbaar) beantwoord.",
                tuple(passages(answers, REACTION_ANSWERED, limit=1)),
                "Beantwoord de reactie van de werknemer schriftelijk, punt voor punt.",
                "De bezwaren van de werknemer zijn genegeerd.",
            )
        )
    return findings


def workload_complaints(documents: Sequence[Document]) -> list[tuple[Document, Evidence]]:
    """Sentences in which the employee raises workload or conditions (not the employer's answer to it)."""
    found = []
    for doc in documents:
        if doc.doc_type not in ("employee_response", "meeting_report", "appraisal", "medical", "correspondence"):
            continue
        for e in passages([doc], WORKLOAD, limit=50):
            raised = doc.doc_type == "employee_response" or COMPLAINT.search(e.quote)
            if raised and not ADDRESSED.search(e.quote):
                found.append((doc, e))
    return found


def workload_handling(documents: Sequence[Document], since: dt.date | None) -> list[Evidence]:
    """Sentences in the employer's documents that show the workload was looked into, adjusted or refuted."""
    found = []
    for doc in documents:
        if doc.doc_type == "employee_response" or (since and doc.date and doc.date < since):
            continue
        found += [
            e
            for e in passages([doc], WORKLOAD, limit=50)
            if ADDRESSED.search(e.quote) and not DISMISSED.search(e.quote)
        ]
    return found


def _support_offered(
    documents: Sequence[Document], trajectory: Trajectory | None
) -> tuple[list[Document], list[Document], list[Evidence]]:
    """Training documents, forwarded course offers, and the support the plan names (none when it says none)."""
    training = of_type(documents, "training")
    forwarded = [d for d in documents if d.doc_type == "correspondence" and mentions(d, TRAINING_DOC_WORDS)]
    plan_support = passages(trajectory.plans, SUPPORT, limit=1) if trajectory else []
    if trajectory and passages(trajectory.plans, NO_SUPPORT, limit=1):
        plan_support = []
    return training, forwarded, plan_support


def training_and_conditions(
    documents: Sequence[Document], trajectory: Trajectory | None, s: ScoringSettings
) -> CriterionResult:
    training, forwarded, plan_support = _support_offered(documents, trajectory)
    offered = training or forwarded or plan_support
    findings = [
        Finding(
            "TC1-training-offered",
            bool(offered),
            FATAL,
            "Er is scholing of begeleiding aangeboden."
            if offered
            else "Er is geen scholing, coaching of begeleiding aangeboden.",
            tuple(passages(training + forwarded, TRAINING_DOC_WORDS, limit=1) or plan_support),
            "Bied scholing of coaching aan die past bij het tekort en leg dat vast.",
            "De werkgever heeft geen scholing of begeleiding geboden (art. 7:669 lid 3 sub d BW).",
        )
    ]
    complaints = workload_complaints(documents)
    if complaints:
        dates = [d.date for d, _ in complaints if d.date]
        handled = workload_handling(documents, min(dates) if dates else None)
        findings.append(
            Finding(
                "TC2-conditions-addressed",
                bool(handled),
                FATAL,
                "Klachten over werkdruk of omstandigheden zijn onderzocht of beantwoord."
                if handled
                else "De werknemer heeft werkdruk of omstandigheden aangekaart, maar het dossier laat niet zien dat dat is "
                "onderzocht of opgelost.",
                tuple([e for _, e in complaints][:2] + handled[:1]),
                "Onderzoek de aangekaarte werkdruk/omstandigheden en leg de uitkomst en maatregelen vast.",
                "De werknemer heeft de werkdruk aangekaart; de werkgever heeft daar niets mee gedaan.",
            )
        )
    return conclude("training_and_conditions", findings)


def redeployment(documents: Sequence[Document], trajectory: Trajectory | None, s: ScoringSettings) -> CriterionResult:
    docs = of_type(documents, "redeployment")
    mentioned = [
        d for d in documents if d.doc_type in ("meeting_report", "correspondence") and mentions(d, REDEPLOYMENT_MENTION)
    ]
    if not docs and not mentioned:
        return conclude(
            "redeployment",
            [
                Finding(
                    "RD1-examined",
                    False,
                    FATAL,
                    "Herplaatsing in een andere passende functie is niet onderzocht.",
                    advice="Onderzoek herplaatsing en documenteer de vacatures (binnen de opzegtermijn, ook in de groep).",
                    attack="Herplaatsing is niet onderzocht (art. 7:669 lid 1 BW).",
                )
            ],
        )
    source = docs or mentioned
    positions = [
        d for d in source if VACANCY.findall(d.text) and not (len(d.text) < 600 and mentions(d, BARE_STATEMENT))
    ]
    findings = [
        Finding(
            "RD1-examined",
            bool(positions),
            FATAL,
            "Herplaatsing is onderzocht met concrete functies."
            if positions
            else "Er staat alleen dat er geen passende functies zijn, zonder onderbouwing.",
            tuple(passages(source, VACANCY, limit=2)),
            "Onderbouw per vacature waarom die wel of niet passend is.",
            "De werkgever stelt alleen dat er niets is; concrete vacatures zijn niet bekeken.",
        )
    ]
    findings.append(
        Finding(
            "RD2-own-document",
            bool(docs),
            WEAK,
            "Er is een afzonderlijk herplaatsingsonderzoek."
            if docs
            else "Herplaatsing komt alleen terloops in een verslag aan bod.",
            advice="Leg het herplaatsingsonderzoek vast in een eigen document.",
            attack="Van een herplaatsingsonderzoek is geen sprake; het wordt in één alinea afgedaan.",
        )
    )
    talked = [d for d in source if mentions(d, OFFER_OR_TALK)]
    findings.append(
        Finding(
            "RD3-discussed",
            bool(talked),
            WEAK,
            "De mogelijkheden zijn met de werknemer besproken of er is een aanbod gedaan."
            if talked
            else "De herplaatsingsmogelijkheden zijn niet met de werknemer besproken.",
            tuple(passages(talked, OFFER_OR_TALK, limit=1)),
            "Bespreek de mogelijke functies met de werknemer en leg dat vast.",
            "De werknemer is niet betrokken bij het zoeken naar een andere functie.",
        )
    )
    gaps = passages(source, NOT_EXAMINED, limit=1)
    findings.append(
        Finding(
            "RD4-complete",
            not gaps,
            WEAK,
            "Alle genoemde mogelijkheden zijn onderzocht."
            if not gaps
            else "Een deel van de mogelijkheden is niet onderzocht.",
            tuple(gaps),
            "Onderzoek ook de functies die nu 'niet verder onderzocht' zijn.",
            "Niet alle mogelijke functies zijn onderzocht.",
        )
    )
    in_group = any(mentions(d, GROUP) for d in documents)
    if in_group:
        wide = [d for d in source if mentions(d, GROUP)]
        findings.append(
            Finding(
                "RD5-group",
                bool(wide),
                FATAL if not positions else WEAK,
                "Ook de functies binnen de groep zijn bekeken."
                if wide
                else "De werkgever hoort bij een groep, maar functies elders in de groep zijn niet bekeken.",
                advice="Betrek de vacatures van alle groepsmaatschappijen bij het herplaatsingsonderzoek.",
                attack="Herplaatsing binnen de groep is niet onderzocht.",
            )
        )
    return conclude("redeployment", findings)


def not_due_to_illness(
    documents: Sequence[Document], trajectory: Trajectory | None, s: ScoringSettings
) -> CriterionResult:
    medical = of_type(documents, "medical")
    around = [
        d for d in medical if trajectory is None or trajectory.contains(d.date, before_weeks=s.illness_window_weeks)
    ]
    if not around:
        return conclude(
            "not_due_to_illness",
            [Finding("ND1-no-illness", True, WEAK, "Er zijn geen aanwijzingen voor ziekte rond het traject.")],
        )
    physician = [d for d in around if d.subtype == "occupational_physician"] or around
    causal = passages(physician, CAUSAL_LINK, limit=1)
    no_link = passages(physician, NO_LINK, limit=1)
    work_link = passages(physician, WORK_LINK, limit=2)
    findings = [
        Finding(
            "ND1-no-illness",
            False,
            WEAK,
            f"Er zijn {len(around)} documenten over ziekte rond het traject.",
            tuple(passages(around, words(r"ziek", r"arbeidsongeschikt", r"bedrijfsarts"), limit=1)),
            "Laat de bedrijfsarts beoordelen of het functioneren samenhangt met de gezondheid, en verleng het "
            "traject met de ziekteperiode.",
            "De werknemer was ziek tijdens (of vlak voor) het traject; het disfunctioneren kan (mede) door ziekte komen.",
        ),
    ]
    if causal:
        findings.append(
            Finding(
                "ND2-causal",
                False,
                FATAL,
                "De bedrijfsarts legt een verband tussen de gezondheid en het functioneren.",
                tuple(causal),
                "Zonder uitsluitsel van de bedrijfsarts over het verband is de d-grond niet voldragen.",
                "Het disfunctioneren is volgens de bedrijfsarts (mede) het gevolg van ziekte.",
            )
        )
    elif work_link and not no_link:
        findings.append(
            Finding(
                "ND3-work-related",
                False,
                WEAK,
                "De klachten worden in verband gebracht met werkdruk of het traject.",
                tuple(work_link),
                "Vraag de bedrijfsarts expliciet of er een verband is tussen klachten en functioneren.",
                "De klachten hangen samen met de werkdruk en het traject.",
            )
        )
    if no_link and not causal:
        findings = [
            Finding(
                "ND4-no-link", True, WEAK, "De bedrijfsarts ziet geen verband met het functioneren.", tuple(no_link)
            )
        ]
    return conclude("not_due_to_illness", findings)
