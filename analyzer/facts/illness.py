"""Illness: sick reports and recoveries with their days, what the bedrijfsarts said on a link, and recorded diagnoses."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from analyzer.dates import month_number
from analyzer.dossier import Document
from analyzer.facts.model import MedicalDetail, PhysicianStatement, Recovery, SickReport
from analyzer.facts.reading import (  # fmt: skip
    MONTH_NAME,
    SUBJECT_LINE,
    Hit,
    Sentence,
    evidence,
    find,
    last_day,
    opens_with_day,
    read_document,
    sentence_dates,
)
from analyzer.facts.sentence_model import model_reading, model_sentences
from analyzer.facts.words import NEGATION_INSIDE, words

# A sick period's first day and the "t/m" before its last: "23-05 t/m", "maandag 3 tot en met", "3 maart t/m".
_PERIOD_OPENS = r"(?:\w+dag )?\d{1,2}(?:[-/.]\d{1,2}(?:[-/.]\d{2,4})?)?(?: \w+)? (?:t/m|tot en met)"
SICK = words(
    r"(?:heeft|had|hebt) (?:zich )?(?:\w+ ){0,4}ziek (?:\w+ )?gemeld",
    r"i(?:'m| am) (?:\w+ )?sick\b", r"called in sick",  # a message in English: "I'm sick and won't be in today"
    r"bel(?:t|de) (?:\S+ ){0,4}dat (?:ze|zij|hij) ziek is",  # a note: "Demi belde om 7.40 dat ze ziek is"
    r"(?:is|was|werd) (?:\w+ ){0,4}ziek gemeld",
    r"ziekgemeld",
    r"ziek (?:\w+ )?gemeld",
    r"eerste ziektedag",
    r"(?:is|was|ben|bent|raakte|werd) (?:\w+ ){0,3}(?:sinds|vanaf|per) (?:\w+ ){0,4}ziek",
    r"(?:raakte|werd) (?:\w+ ){0,2}(?:\(gedeeltelijk\) )?(?:ziek|arbeidsongeschikt)\b",
    r"(?:is|was) (?:\w+ ){0,2}(?:ziek|arbeidsongeschikt) (?:geworden|uitgevallen)",
    r"uitgevallen (?:\w+ ){0,3}(?:door|wegens|met|vanwege) (?:\w+ ){0,3}(?:ziekte|klachten|rug|burn|stress|spanning|overspann)",
    r"(?:ziek|ziekte) (?:\w+ ){0,3}uitgevallen",
    r"arbeidsongeschikt (?:\w+ ){0,2}(?:gemeld|sinds|vanaf|verklaard)",
    r"(?:thuis|afwezig) (?:\w+ ){0,2}wegens ziekte",
    r"meld(?:t|en)? (?:me|mij|zich|hem|haar) (?:\w+ ){0,2}ziek\b",
    r"(?:ik ben|ben ik) (?:\w+ ){0,2}ziek\b",
    r"^\W*(?:\w+[,.]? )?ben (?:vandaag |nog |weer )?ziek\b",
    r"\bziekmelding\b(?= *$)",
    r"(?:belt|belde|appt|appte|mailt|mailde) (?:\S+ ){0,3}ziek\b",  # a note: "D. belt 7.30 ziek, griep."
    r"(?:gebeld|geappt|gemaild|ge-?sms'?t|laten weten|doorgegeven) dat (?:hij|zij|ze|hem|haar) (?:\w+ ){0,2}ziek\b",
    r"sick leave",
    r"called in sick",
    # a sick period told with its days, dated by its first: "Door de ziekmelding van 23-05 t/m 05-06 ..."
    r"(?:ziekmelding|ziekteperiode|ziek|verzuim) (?:\w+ ){0,2}van(?= " + _PERIOD_OPENS + r" )",
)
SICK_DATE_LABEL = words(r"ziek", r"eerste ziektedag", r"verzuim", r"arbeidsongeschikt", r"uitgevallen", r"sinds", r"vanaf", r"per")
PARTIAL = words(r"gedeeltelijk", r"deels", r"\d{1,2}\s?%", r"halve dagen", r"partieel")
# A sick-report form's field for the day of recovery.
_RECOVERY_FIELD = r"datum (?:van )?(?:herstel|hersteld|hersteldmelding|betermelding)\s*:"
RECOVERED = words(
    r"hersteld (?:\w+ )?gemeld",
    r"meld (?:me|mij|ik mij|ik me) (?:\w+ ){0,3}(?:hersteld|beter)\b",  # "Ik meld me vandaag hersteld"
    r"hersteldmelding",
    _RECOVERY_FIELD + r"\s*\d",  # a sick-report form's field, filled in: "Datum hersteld: 04-03-2024"
    r"(?:belt|belde|appt|appte)[,:]? (?:\w+ ){0,2}hersteld\b",  # a note: "M. belt, hersteld"
    # not "het traject na volledig herstel te hervatten" (advice for after the recovery)
    r"(?<!na )(?:volledig|weer|geheel|100\s?%) (?:\w+ ){0,2}(?:hersteld|aan het werk|hervat)",
    r"(?:werk|werkzaamheden) (?:\w+ ){0,3}volledig (?:\w+ ){0,2}hervat",
    r"hervat (?:per|op|vanaf|met ingang van) (?:\S+ ){1,4}volledig\b",  # a physician's "Zij hervat per 25 september 2019 volledig in de eigen functie"
    r"(?:is|was) (?:\w+ ){0,3}hersteld\b",
    r"betermelding",
    r"beter (?:\w+ )?gemeld",
    r"(?:gedeeltelijk|deels|volledig|geheel) hersteld\b",
    r"werkt (?:\w+ ){0,4}weer (?:volledig|voor (?:\d+\s?%|de helft)|halve dagen|\d+\s?%)",
    r"(?:ben|is) (?:\w+ ){0,2}weer beter",
    r"(?:^\W*|:\s+)(?-i:[A-Z][\w.]*) weer beter\b",  # a note: "ma 13/1: D. weer beter, aan het werk."
    r"(?:gedeeltelijk|volledig) herstel(?:d)? (?:per|op|vanaf|sinds) \d",
    r"\d{1,2}[-/]\d{1,2}[-/]\d{2,4}\s+(?:gedeeltelijk |volledig )?herstel(?:d|melding)?\b",
    r"werk(?:t)? (?:ik |hij |zij )?(?:\w+ ){0,4}weer (?:\w+ ){0,3}(?:ochtenden|middagen|dagen|uur)\b",
    r"werkt sinds (?:\w+ ){1,3}\d* ?x? ?\d+ uur",
    r"weer op (?:kantoor|het werk|de zaak|de werkvloer)\b",  # a note: "J. weer op kantoor, hersteld."
    # a sick period told with its last day: "Door de ziekmelding van 23-05 t/m 05-06 ...", "ziek van 3 tot en met 14
    # maart" (dated by the day after "t/m", SICK_PERIOD_END)
    r"(?:ziek\w*|verzuim\w*|arbeidsongeschikt\w*) (?:\w+ ){0,3}(?:van|vanaf) " + _PERIOD_OPENS + r"(?= (?:\w+dag )?\d)",
)
# A sick period's recovery is the day after its "t/m", not the day the period opens with.
SICK_PERIOD_END = re.compile(r"(?:t/m|tot en met)$")
# A link between the performance (not just the complaints) and health. "In verband met haar functioneren" is a
# preposition ("regarding"), not a link.
_PERFORMANCE = r"(?:functioneren|prestaties|disfunctioneren|tekortkomingen|fouten|problemen (?:in|op|met) het werk|resultaten|werkprestaties|functioneringsproblemen|(?:vertraging|achterstand)\w* in (?:het|zijn|haar) werk)"  # fmt: skip
LINK = words(
    r"(?<!in )(?:verband|relatie|samenhang|causaal verband) (?:\w+ ){0,6}(?:tussen|met) (?:\w+ ){0,8}" + _PERFORMANCE,
    _PERFORMANCE + r" (?:\w+ ){0,5}(?:mede |deels |grotendeels )?(?:verklaard|veroorzaakt|be[ïi]nvloed|het gevolg)",
    r"(?:klachten|gezondheid|medische (?:situatie|problematiek|klachten)|ziekte|aandoening) (?:\w+ ){0,4}(?:spelen|speelt|speelden) (?:\w+ ){0,3}rol (?:\w+ ){0,3}(?:bij|in) (?:\w+ ){0,2}" + _PERFORMANCE,
    _PERFORMANCE + r" (?:\w+ ){0,4}hang(?:t|en) (?:\w+ ){0,3}samen met (?:\w+ ){0,3}(?:klachten|gezondheid|ziekte|medische)",
    r"medische (?:oorzaak|verklaring|grondslag) (?:\w+ ){0,4}(?:voor|van) (?:\w+ ){0,3}" + _PERFORMANCE,
    r"(?:niet|deels niet|onvoldoende) (?:\w+ ){0,2}(?:belastbaar|in staat) (?:\w+ ){0,6}(?:verbetertraject|traject|doelen)",
    _PERFORMANCE + r" (?:\w+ ){0,3}(?:mede |deels |grotendeels )?samen(?:hangen|hangt) met (?:\w+ ){0,4}(?:klachten|gezondheid|ziekte|medische|beperkingen|\w*problemen|\w*stoornis)",
    r"(?:beperkingen|klachten|aandoening|ziekte) (?:\w+ ){0,10}(?:hebben|heeft) (?:daaraan|eraan|hieraan) (?:\w+ ){0,2}bijgedragen",
    r"(?:beperkingen|klachten|aandoening|ziekte) (?:\S+ ){0,8}(?:heeft|hebben) bijgedragen aan",
    r"(?:is|was) (?:die|de|deze|een) (?:relatie|samenhang|verband) er\b",
    r"(?:te verklaren|verklaarbaar) (?:\w+ ){0,2}(?:vanuit|door|uit) (?:\w+ ){0,3}(?:medische|gezondheid|klachten|ziekte|aandoening)",
    # "De functioneringsproblemen staan daarmee niet los van haar gezondheid": not apart, so linked.
    r"(?:staan|staat) (?:\w+ ){0,3}niet los van (?:\w+ ){0,3}(?:gezondheid|klachten|ziekte|medische|aandoening)",
    r"(?:vermoeidheid|klachten|aandoening|ziekte|medicatie|medische \w+|belastbaarheid|beperkingen) (?:\w+ ){0,4}van invloed (?:\w+ ){0,4}(?:op|bij) (?:\w+ ){0,3}(?:" + _PERFORMANCE + r"|\w*prestaties)",
)
# The physician finds a link plausible or cannot rule it out ("naar alle waarschijnlijkheid" states a link).
POSSIBLE = words(r"aannemelijk", r"niet (?:\w+ ){0,2}uit te sluiten", r"kan (?:\w+ ){0,3}(?:samenhangen|bijdragen|meespelen)", r"mogelijk(?:erwijs)?", r"vermoedelijk", r"lijkt (?:\w+ ){0,3}samen te hangen")  # fmt: skip
# Health complaints tied to work pressure (not to the performance): a doubt, not a link.
WORK_RELATED = words(r"(?:klachten|spanningsklachten|gezondheidsklachten|stressklachten) (?:\w+ ){0,6}(?:samenhangen|samenhang|verband|relatie|gevolg) (?:\w+ ){0,4}(?:werkdruk|werk|traject|verbetertraject|werksituatie|werkomstandigheden)", r"(?:samenhang|verband|relatie) (?:\w+ ){0,2}tussen (?:de |zijn |haar )?(?:\w+ )?klachten (?:\w+ ){0,2}en (?:\w+ ){0,3}(?:werkdruk|werk|traject|verbetertraject|werksituatie|werkomstandigheden|druk|situatie)", r"werkgerelateerd", r"werk ?gerelateerd")  # fmt: skip
# The work named beside health complaints: a link the sentence model reads there is, like WORK_RELATED, only a doubt.
WORK_WORDS = words(r"werkdruk", r"werksituatie", r"werkomstandigheden", r"werkbelasting", r"verbetertraject", r"\btraject\b")  # fmt: skip
NO_LINK = words(
    r"geen (?:\w+ ){0,2}(?:medisch(?:e)? )?(?:verband|relatie|samenhang|oorzaak|verklaring|grondslag)",
    # "Het gaat om een situatief probleem (werkgerelateerde onvrede)": the physician's term for a conflict at work that
    # is no illness (situatieve arbeidsongeschiktheid)
    r"situatie(?:f|ve) (?:probleem|problematiek|arbeidsongeschiktheid|klachten|karakter)",
    r"(?<!niet )los van (?:de|zijn|haar|eventuele) (?:\w+ ){0,2}(?:klachten|gezondheid|ziekte|medische)",
    r"niet (?:\w+ ){0,3}(?:verklaard|veroorzaakt) (?:\w+ ){0,2}door (?:\w+ ){0,2}(?:medische|gezondheid|ziekte|klachten)",
    r"(?:functioner\w*|prestaties|\w*problemen) (?:\w+ ){0,4}(?:staan|staat) (?:(?!niet\b)\w+ ){0,4}los van",
    r"geen (?:\w+ ){0,2}medische (?:belemmering|beperking)en? (?:\w+ ){0,10}(?:functioneren|verbetertraject|traject)",
    r"geen (?:\w+ ){0,2}(?:medische )?(?:beperkingen|klachten|aandoening) (?:\w+ ){0,10}(?:verklaren|verklaart)\b",
    # "blijkt geen ziekte of aandoening in de periode 2010-2015 die de beschreven problemen in het functioneren ... verklaart"
    r"geen (?:ziekte|aandoening|klachten)(?: of (?:ziekte|aandoening|klachten))? (?:\S+ ){0,6}(?:die|welke) (?:\S+ ){0,12}(?:verklaren|verklaart)\b",
    # "zij zijn een gevolg van die situatie en niet de oorzaak van het eerder besproken functioneren"
    r"niet de oorzaak van (?:\S+ ){0,4}(?:functioneren|disfunctioneren|prestaties|\w*problemen)",
    # "zij verklaren naar mijn oordeel niet de problemen in het plannen en afronden van werk"
    r"verkla(?:ren|art|arden|arde) (?:\w+ ){0,4}niet (?:de |het |deze |die )?(?:\w*problemen|tekortkomingen|fouten|functioneren|disfunctioneren|prestaties|achterstand\w*)",
    # "Een medische verklaring voor die functioneringsproblemen zie ik niet.", "Een verband met het verbeterplan of met
    # spanning rond het functioneren zie ik niet."
    r"(?:verklaring|oorzaak|verband|samenhang) (?:\S+ ){0,10}(?:zie|zag|vind|vond) ik (?:\w+ )?niet\b",
    r"niet \(?mede\)? ?het gevolg van",
    r"(?:medische oorzaak|medisch verband) (?:\S+ ){0,8}(?:geen sprake|niet gebleken|niet aannemelijk)",
    r"geen aanwijzingen? (?:\w+ ){0,2}(?:voor )?(?:een )?(?:medische oorzaak|medisch verband|verband)",
    r"geen (?:aanknopingspunten|aanwijzingen) (?:\w+ ){0,3}dat (?:\S+ ){0,8}" + _PERFORMANCE,
    r"geen (?:aanknopingspunten|aanwijzingen) (?:\w+ ){0,3}dat (?:\w+ ){0,2}(?:medische|gezondheid\w*) (?:\w+ ){0,3}(?:een )?(?:rol (?:spelen|speelt)|van invloed)",
)
# The physician recalling an earlier report ("In mijn terugkoppeling van 14 maart schreef ik dat ..."): not this view.
PRIOR_VIEW = words(r"schreef ik", r"in mijn (?:vorige|eerdere) (?:\w+ )?(?:terugkoppeling|rapportage|rapport|advies)", r"(?:terugkoppeling|rapportage) van \d{1,2} \w+ (?:\d{4} )?(?:schreef|gaf|stelde)")  # fmt: skip
# The physician declining to judge a link ("Of er een verband is ..., kan ik niet beoordelen"): it says nothing on it.
# ("in welke mate kan ik niet vaststellen" leaves the degree open, not the link)
NO_JUDGEMENT = words(r"^\W*of er (?:\w+ ){0,2}(?:verband|relatie|samenhang)\b", r"^\W*of en in welke mate\b", r"(?<!in welke mate )(?:kan|kon) ik (?:\w+ ){0,7}niet (?:beoordelen|vaststellen|zeggen)\b", r"doe ik (?:\w+ ){0,4}geen uitspraak", r"(?:kan|kon) ik (?:\w+ ){0,6}geen uitspraak", r"laat ik (?:\w+ ){0,3}in het midden", r"geen oordeel (?:\w+ ){0,3}over")
# The employee's own account in the physician's report ("Werkneemster heeft aangegeven dat de fouten het gevolg zijn
# van vermoeidheid"): what they told the physician, not the physician's view.
EMPLOYEE_SAYS = re.compile(r"^\W*(?:werknemer|werkneemster|betrokkene|hij|zij|ze)\s+(?:\w+\s+){0,2}(?:geeft\s+aan|heeft\s+aangegeven|gaf\s+aan|zegt|vertelt|vertelde|meldt|ervaart|ervoer|brengt\s+(?:\S+\s+){0,4}zelf\s+in\s+verband|legt\s+(?:\S+\s+){0,4}zelf\s+(?:een\s+)?(?:verband|relatie))\b|\bzelf\s+(?:brengt|legt|ziet)\s+(?:zij|hij|ze|werknemer|werkneemster)\b", re.IGNORECASE)  # fmt: skip
# The employer's question to the physician ("Vraagstelling: is er een verband ..."): asked, not answered.
QUESTION_PUT = words(r"vraagstelling", r"gevraagd of", r"vraag is of", r"reden (?:\w+ )?(?:van )?(?:het )?consult", r"vraag (?:\w+ ){0,3}(?:naar|of)\b", r"vraagt (?:\w+ ){0,3}(?:naar|of)\b")
PHYSICIAN = words(r"bedrijfsarts", r"arbo-?arts", r"arbodienst", r"verzekeringsarts", r"arboarts", r"occupational physician")
DIAGNOSES = words(
    r"door (?:zijn|haar|mijn) rug (?:\w+ )?gegaan",
    r"hoofdpijn\w*",
    r"slaapapneu\w*",
    r"\bosas\b",
    r"bewegingsapparaat",
    r"ongeval buiten het werk",
    r"overspannen",
    r"overspanning",
    r"burn-?out",
    r"depressi",
    r"angststoornis",
    r"paniekaanval",
    r"hernia",
    r"diagnose",
    r"medicatie(?:gebruik)?\b",  # not a pharmacy's work: "medicatiefout", "Medicatieverificatie bij opname"
    r"antidepressiva",
    r"psychiater",
    r"psycholoog",
    r"kanker",
    r"migraine",
    r"ptss",
    r"adhd",
    r"autisme",
    r"verslaving",
    r"slaapproblemen",
    r"(?:slaap|spannings)klachten",
    r"slapeloosheid",
    r"long covid",
    r"hartklachten",
    r"whiplash",
    r"rugklachten",
    r"rugpijn",
    # "Ze heeft last van haar onderrug sinds ze ... een cliënt heeft getild"
    r"(?:last|pijn) (?:van|aan|in) (?:zijn|haar|mijn|de) (?:onder)?(?:rug|nek|schouder|knie|heup|pols|enkel)\b",
    r"zwanger",
    # the kind of complaint or treatment, in any words: "spanningsklachten", "virale infectie", "knieoperatie"
    r"(?:spannings|stress|nek|schouder|knie|maag|darm|long|psychische|lichamelijke)klachten",
    r"\w*infecties?\b",
    r"\w*operaties?\b",
    r"\w*blessures?\b",
    r"\w*fractuurs?\b",
    r"gebroken (?:\w+ )?(?:been|arm|pols|enkel|rib)",
    r"meniscus",
    r"griep",
    r"covid",
    r"hersenschudding",
    r"chemo\w*",
    r"revalid\w*",
)


# A diagnosis word means illness only beside words of health: "diagnose" in a garage is fault finding.
MEDICAL_CONTEXT = words(r"ziek", r"arts", r"klacht", r"gezondheid", r"verzuim", r"medisch", r"behandel", r"psych", r"therap", r"herstel", r"huisarts", r"specialist", r"ziekenhuis", r"opname", r"belastbaar")  # fmt: skip


# A row of an absence table opens with its full day, after an optional case number: "14-10-2022 hersteldmelding",
# "V-23-118  18-09-2023   herstelmelding".
TABLE_ROW = re.compile(r"^\W*(?:[A-Z]{1,3}-[\d-]+\s+)?\d{1,2}-\d{1,2}-\d{4}\b")


DAY_JUST_AFTER = re.compile(r"\W{0,3}(?:(?:op|per|vanaf|sinds|van)\s+)?(?:\w+dag\s+)?\d{1,2}(?:e)?[\s\-/.]", re.IGNORECASE)


# A sick-report form's recovery field, and how long after the form it may be filled in (a sick spell of up to a year
# is recorded on the same form).
FILLED_WITHIN_DAYS = 366
RECOVERY_FIELD = re.compile(r"^\W*" + _RECOVERY_FIELD, re.IGNORECASE)


def _days(hit: Hit, doc: Document, nearest: bool, latest: dt.date | None = None) -> list[dt.date]:
    """The days the hit's sentence names; with `nearest`, the one written nearest the event's words first: a row of
    an absence table names the sick day first and the recovery beside its word ("08-01-2024 22-01-2024 …
    gedeeltelijk hersteld per 22-01"). A table row's full day stands up to the dossier's `latest` date: an overview
    is often dated by its first row, not by the day it was printed."""
    if nearest and hit.match and SICK_PERIOD_END.search(hit.match.group(0)):
        return sentence_dates(hit.sentence, doc, after=hit.match.end())  # the period's last day, after its "t/m"
    near = (hit.match.start() + hit.match.end()) // 2 if nearest and hit.match else None
    if near is None and hit.match and DAY_JUST_AFTER.match(hit.sentence.text, hit.match.end()):
        near = hit.match.end()  # "Periode: 21 mei - 23 sept. (afwezig wegens ziekte 27 juni - 17 juli)": the day after the word
    row = latest if latest and (TABLE_ROW.match(hit.sentence.text) or opens_with_day(hit.sentence.text)) else None
    if RECOVERY_FIELD.match(hit.sentence.text) and doc.date:  # a form's field filled in later: "Datum hersteld: 04-03-2024"
        row = max(row or doc.date, doc.date + dt.timedelta(days=FILLED_WITHIN_DAYS))
    return sentence_dates(hit.sentence, doc, near=near, not_after=row)


def _day(hit: Hit, doc: Document, nearest: bool = False, latest: dt.date | None = None) -> tuple[dt.date | None, bool]:
    """The day a sentence gives for the event, or its quoted e-mail's (True); else the first of the month it names
    with its year ("griep, 3 dagen, november 2014" in a memo of 2016); else the document's date (False)."""
    days = _days(hit, doc, nearest, latest)
    if days:
        return days[0], True
    if hit.sentence.date:
        return hit.sentence.date, True
    if (named := MONTH_YEAR.search(hit.sentence.text)) and (month := month_number(named.group(1))):
        return dt.date(int(named.group(2)), month, 1), True
    return doc.date, False


MONTH_YEAR = re.compile(rf"\b({MONTH_NAME})\s+((?:19|20)\d\d)\b", re.IGNORECASE)


# A sick report by its name ("ziekmelding") only in a sick-report document or a sentence about this employee's
# illness; elsewhere the word appears in rules and examples ("bij een ziekmelding in de ochtend ...").
SICK_NOUN = words(r"ziekmelding", r"verzuimmelding")


# The writer's own illness in their notes or mails ("gesprek gaat niet door, ik ben zelf ziek"): not the employee's.
OWN_ILLNESS = words(r"(?:ben|was|word|werd) (?:ik )?(?:\w+ )?zelf ziek")


# Someone else's illness: "1 uitgevallen door ziekte Lotte" (the buddy), "door ziekte van je coach".
OTHERS_ILLNESS = re.compile(r"\bziekte\s+(?:van\s+)?(?:(?:de|je|jouw|uw|zijn|haar)\s+(?:coach|buddy|trainer|mentor|leidinggevende|manager|teamleider|collega)|(?P<name>[A-Z][a-zà-ÿ]+))\b")  # fmt: skip


def _someone_elses(text: str, names: Sequence[str]) -> bool:
    other = OTHERS_ILLNESS.search(text)
    return bool(other) and (other.group("name") is None or (bool(names) and other.group("name") not in names))


def _events(documents: Sequence[Document], pattern, subtype: str) -> list[tuple[dt.date | None, bool, Hit | None, Document]]:
    found = []
    nearest = pattern is RECOVERED  # a sick period's row opens with its first day; a recovery is dated by its word
    latest = last_day(documents)
    for doc in documents:
        if doc.doc_type == "medical" and doc.subtype == subtype:
            hits = find(doc, pattern, deny=True, quoted=True) + (find(doc, SICK_NOUN) if pattern is SICK else [])
            if hits:
                dated = [(h, *_day(h, doc, nearest, latest)) for h in hits]
                rows = {day: (hit, day, explicit) for hit, day, explicit in reversed(dated) if explicit}
                if len(rows) > 1:  # an absence overview: each row with its own day is an event of its own
                    found += [(day, True, hit, doc) for hit, day, _ in rows.values()]
                    continue
                hit, day, explicit = next((d for d in dated if d[2]), dated[0])
                found.append((day, explicit, hit, doc))
            elif subtype == "sick_report":  # a sick-report form states the illness even without the words
                first = next((s for s in read_document(doc) if s.asserts), None)
                found.append((doc.date, False, Hit(first, None) if first else None, doc))  # type: ignore[arg-type]
            continue
        hits = [h for h in find(doc, pattern, deny=True, quoted=True) if not ADVICE.search(h.sentence.text) and not NEGATION_INSIDE.search(h.match.group(0)) and not SUBJECT_LINE.match(h.sentence.text) and not (nearest and FORECAST.search(h.sentence.text)) and not (OWN_ILLNESS.search(h.sentence.text) and h.sentence.speaker != "employee") and not _someone_elses(h.sentence.text, doc.employee_names)]  # fmt: skip
        if pattern is SICK and doc.doc_type == "medical":
            hits += [h for h in find(doc, SICK_NOUN) if sentence_dates(h.sentence, doc) or h.sentence.date]
        # One event per document, or per dated row when the rows give their own days (an absence overview).
        dated = {}
        for hit in hits:
            if days := _days(hit, doc, nearest, latest):
                dated.setdefault(days[0], hit)
        for hit in list(dated.values()) or hits[:1]:  # the sentence that gives the day, when one does
            day, explicit = _day(hit, doc, nearest, latest)
            found.append((day, explicit, hit, doc))
    return found


def _restates(kept: list, day: dt.date | None, explicit: bool, window_days: int, recoveries: Sequence[dt.date]) -> bool:
    if not (kept[0] and day):
        return False
    if abs((day - kept[0]).days) <= window_days:
        return True
    return not explicit and not any(kept[0] < r <= day for r in recoveries)


def _merge(items, window_days: int, recoveries: Sequence[dt.date] = ()) -> list[tuple[dt.date | None, Hit | None, Document]]:
    """One event per period: a later mention restates an earlier one when it falls within `window_days`, or while
    the earlier sick period is still open (no recovery between them); a day given explicitly wins."""
    kept: list[list] = []
    for day, explicit, hit, doc in sorted(items, key=lambda i: (i[0] or dt.date.max, not i[1])):
        twin = next((k for k in reversed(kept) if _restates(k, day, explicit, window_days, recoveries)), None)
        if twin is None:
            kept.append([day, explicit, hit, doc])
        elif explicit and not twin[1]:
            twin[:] = [day, explicit, hit, doc]
    return [(k[0], k[2], k[3]) for k in kept]


def sick_reports(documents: Sequence[Document]) -> list[SickReport]:
    """Each sick period's first day, partial or not."""
    back = [r.date for r in recoveries(documents) if r.date]
    merged = _merge(_events(documents, SICK, "sick_report"), window_days=21, recoveries=back)
    return [
        SickReport(
            date=day,
            end=_lasted_until(day, hit.sentence.text) if hit else None,
            partial=bool(hit and PARTIAL.search(hit.sentence.text)),
            evidence=(evidence(hit),) if hit else (),
        )
        for day, hit, _ in merged
    ]


# A sick period told with how long it lasted: "(griep, 3 dagen, november 2014)", "twee weken ziek geweest".
LASTED = re.compile(r"\b(\d{1,2}|een|één|twee|drie|vier|vijf|zes) (dag|dagen|week|weken)\b(?! (?:later|na|voor|geleden|eerder))", re.IGNORECASE)  # fmt: skip
_COUNT = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6}


def _lasted_until(day: dt.date | None, text: str) -> dt.date | None:
    lasted = LASTED.search(text)
    if day is None or lasted is None:
        return None
    count = int(lasted.group(1)) if lasted.group(1).isdigit() else _COUNT[lasted.group(1).lower()]
    return day + dt.timedelta(days=count * (7 if lasted.group(2).lower().startswith("we") else 1))


def recoveries(documents: Sequence[Document]) -> list[Recovery]:
    merged = _merge(_events(documents, RECOVERED, "recovery"), window_days=21)
    return [Recovery(date=day, evidence=(evidence(hit),) if hit else ()) for day, hit, _ in merged]


def physician_statements(documents: Sequence[Document]) -> list[PhysicianStatement]:
    """What each physician's report says on a link with the performance; an employer's or counsel's account of it
    counts only when the file holds no report of the physician's own."""
    own: list[PhysicianStatement] = []
    told: list[PhysicianStatement] = []
    for doc in documents:
        is_own = doc.doc_type == "medical" and doc.subtype == "occupational_physician" or doc.author == "occupational_physician"
        if not is_own and not find(doc, PHYSICIAN):
            continue
        speakers = None if is_own else ("occupational_physician",)
        no_link = [h for h in find(doc, NO_LINK, deny=False, speakers=speakers) if not PRIOR_VIEW.search(h.sentence.text)]
        link = [h for h in find(doc, LINK, speakers=speakers) if not NO_LINK.search(h.sentence.text) and not _heading(h.sentence.text) and not QUESTION_PUT.search(h.sentence.text) and not NO_JUDGEMENT.search(h.sentence.text) and not EMPLOYEE_SAYS.search(h.sentence.text)]
        related = [h for h in find(doc, WORK_RELATED, speakers=speakers) if not _heading(h.sentence.text) and not NO_JUDGEMENT.search(h.sentence.text) and not EMPLOYEE_SAYS.search(h.sentence.text)]  # fmt: skip
        if link and not any(POSSIBLE.search(h.sentence.text) for h in link):
            kind, hits = "link", link
        elif link or (related and not no_link):  # work-related complaints: a doubt, unless the physician calls them situational
            kind, hits = "possible", link or related
        elif no_link:
            kind, hits = "no_link", no_link
        elif declined := find(doc, NO_JUDGEMENT, deny=False, speakers=speakers):
            kind, hits = "not_stated", declined  # "Of er een verband is ..., kan ik niet beoordelen": asked, left open
        elif read := _physician_read(doc, speakers):
            kind, hits = read
        elif is_own and (mention := find(doc, PHYSICIAN, deny=False)[:1]):
            kind, hits = "not_stated", mention
        else:
            continue
        statement = PhysicianStatement(date=doc.date, link=kind, evidence=tuple(evidence(h) for h in hits[:1]))  # type: ignore[arg-type]
        (own if is_own else told).append(statement)
    if own:
        return own  # the physician's own report outweighs anyone's account of it
    firsts: dict[str, PhysicianStatement] = {}
    for statement in told:
        firsts.setdefault(statement.link, statement)
    return list(firsts.values())


# A physician who sees no link says so with a denial; "Er is sprake van medisch objectiveerbare klachten met
# beperkingen" (read as no link by the model) says nothing on one.
DENIES = words(r"\bgeen\b", r"\bniet\b", r"\blos van\b", r"\bnergens\b", r"\bzonder\b")
# The sentence model's reading counts where no pattern reads a view, when it is this sure (chosen on the development
# dossiers only, see README "The facts layer").
PHYSICIAN_THRESHOLD = 0.9


# A link is between health and the work: "klachten die het concentreren en het slapen op dit moment sterk
# beïnvloeden" names no work and states no link with the performance.
ABOUT_WORK = words(_PERFORMANCE, r"\w*werk\w*", r"functie\w*", r"taken", r"traject\w*", r"beoordel\w*", r"kritiek")


def _physician_read(doc: Document, speakers: tuple[str, ...] | None) -> tuple[str, list[Sentence]] | None:
    """The physician's view on a link in words no pattern knows: the surest of link, possible and no link the model
    reads in an answer of the physician's (never a heading or the question put)."""
    found = [
        (model_reading(s.text)[f"physician_{kind}"], kind, s)
        for kind in ("link", "possible", "no_link")
        for s in model_sentences(doc, f"physician_{kind}", PHYSICIAN_THRESHOLD)
        if (speakers is None or s.speaker in speakers) and not _heading(s.text) and not QUESTION_PUT.search(s.text)
        and (kind != "no_link" or DENIES.search(s.text)) and (kind == "no_link" or not _capacity_only(s.text))
        and (kind == "no_link" or ABOUT_WORK.search(s.text))
    ]  # fmt: skip
    if not found:
        return None
    _, kind, sentence = max(found, key=lambda item: item[0])
    if kind == "link" and WORK_WORDS.search(sentence.text):
        kind = "possible"  # complaints tied to the work (the workload, the trajectory) are a doubt, as WORK_RELATED
    return kind, [sentence]


# What the employee can do now ("Werkneemster is op dit moment niet belastbaar voor haar eigen werk") is the capacity
# every sick report states, not a view on what caused the performance.
CAPACITY = words(r"(?:belastbaar|arbeidsgeschikt|arbeidsongeschikt|inzetbaar) (?:\w+ ){0,3}(?:voor )?(?:het|haar|zijn|eigen) (?:eigen )?(?:werk|functie|arbeid|taken)")  # fmt: skip
PERFORMANCE = words(_PERFORMANCE)


def _capacity_only(text: str) -> bool:
    return bool(CAPACITY.search(text)) and not PERFORMANCE.search(text)


# A diagnosis word that means something else outside health ("diagnose" in a garage is fault finding, "afdeling
# Operatie" a bus company's operations department).
AMBIGUOUS_DIAGNOSES = ("diagnose", "medicatie", "operatie")
# Advice about a recovery to come is not a recovery: "adviseert het traject te hervatten als zij volledig hersteld is".
# A physician's forecast of recovery ("ik verwacht dat zij binnen twee weken volledig kan hervatten", "of eerder als
# werkneemster volledig hersteld is"): no recovery yet. It says nothing on a sick report beside it.
FORECAST = words(r"verwacht", r"prognose", r"(?:als|indien|tenzij) (?:\w+ ){0,3}(?:volledig |geheel |weer )?(?:hersteld|beter)\b")
# (advice followed is no advice: "heeft het werk volgens het advies van de bedrijfsarts hervat en is ... hersteld gemeld")
ADVICE = words(r"advis", r"(?<!volgens het )(?<!conform het )(?<!op )advies", r"raad (?:\w+ ){0,3}aan", r"zodra", r"wanneer", r"totdat", r"tot (?:\w+ ){0,2}(?:volledig |geheel )?(?:hersteld|beter)", r"(?:schort|stel|zet) (?:\w+ ){0,4}(?:op|uit|stil)\b")


def _heading(text: str) -> bool:
    """A heading or the question put to the physician ("Uw vraag: relatie met het functioneren"), not an answer."""
    return (
        len(text) <= 45 or bool(re.match(r"^\W*(?:\d+[.)]\s*)?(?:uw |de )?vraag\b", text, re.I)) or text.rstrip().endswith(("?", ":"))
        or bool(NUMBERED_HEADING.match(text))
    )  # fmt: skip


# A report's numbered section title: "2. Beperkingen en mogelijkheden (zonder medische gegevens)" (no full stop).
NUMBERED_HEADING = re.compile(r"^\s*\d{1,2}[.)]\s+(?-i:[A-Z])[^.!?]{0,70}$")


def medical_details(documents: Sequence[Document]) -> list[MedicalDetail]:
    """Diagnoses written down in documents the employer keeps — also what the employee said, as minutes or a
    forwarded mail record it — not in the employee's own writing."""
    found = []
    for doc in documents:
        if doc.doc_type == "employee_response" or doc.author == "employee":
            continue
        medical = doc.doc_type == "medical"
        hits = [
            h for h in find(doc, DIAGNOSES, asserted=False, quoted=True)
            if (medical or MEDICAL_CONTEXT.search(h.sentence.text) or not h.match.group(0).lower().startswith(AMBIGUOUS_DIAGNOSES))
        ]  # fmt: skip
        if hits:
            found.append(MedicalDetail(date=doc.date, term=hits[0].match.group(0).lower(), evidence=(evidence(hits[0]),)))
    return found
