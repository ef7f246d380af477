"""The improvement plan, the trajectory as it was carried out, and the employee's stance towards it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence

from analyzer.dates import find_dates
from analyzer.dossier import Document
from analyzer.facts.model import Goal, Plan, Stance, SupportWithheld, Training, TrajectoryEvent
from analyzer.facts.notice import consequence
from analyzer.facts.reading import (
    NOTE_DAY,
    NOTE_LINE,
    SUBJECT_LINE,
    TODAY,
    Hit,
    Sentence,
    about_employee,
    act_day,
    agreed_by_signature,
    day_of_note,
    evidence,
    fact_day,
    find,
    last_day,
    named_note_day,
    note_date,
    read_document,
    sentence_dates,
    signed_by_employee,
    signed_form_day,
    ticked_only,
)
from analyzer.facts.sentence_model import model_sentences
from analyzer.facts.words import NEGATION_INSIDE, words

NUMBER_WORDS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "zestien": 16, "twintig": 20,
}  # fmt: skip


def _number(group: str) -> str:
    return rf"(?P<{group}>\d{{1,2}}(?:[.,]5)?|" + "|".join(NUMBER_WORDS) + r")"


_NUMBER = _number("n")
TERM = re.compile(
    r"\b(?:looptijd|termijn|duur|periode|duurt|lopen|loopt|traject\s+van|plan\s+van|verbeterperiode|komende|geven|geef|geeft|"
    r"(?:verbeter)?traject\s+(?:\w+\s+){0,3}(?:van|duurt|loopt)|term|duration|for|"
    r"krijg(?:t|en|je)?\s+(?:\w+\s+){0,2}(?:hiervoor|daarvoor|de\s+tijd)|hoe\s+lang\s*[:?]?\s*(?=\d))\b[^.\n]{0,80}?\b"  # "Je krijgt hiervoor 4 weken", "Hoe lang:\n3 weken"
    + _NUMBER
    + r"\s*(?P<unit>weken|week|wk|maanden|maand|mnd|weeks|months)\b"
    + r"|\b"
    + _number("n2")
    + r"\s*(?P<unit2>weken|maanden|weeks|months)\b(?:[^.\n]{0,25}\b(?:traject|verbeterplan|plan|looptijd|termijn|pip)"
    + r"|\s+(?:kijken|bekijken|evalueren|beoordelen)\s+(?:we|wij)\s+(?:of|hoe)\b)",  # "Over 3 weken kijken we of het beter is"
    re.IGNORECASE,
)
# A plan's own start lies near the day it was written; an older date after "per" or "vanaf" is something else
# (the employment, an earlier appraisal).
PLAN_START_WINDOW_WEEKS = 26
PLAN_WORDS = words(r"verbeterplan", r"verbetertraject", r"plan van aanpak", r"pip\b", r"performance improvement", r"looptijd", r"ontwikkelplan", r"actieplan")  # fmt: skip
START_LABELS = ("periode", "vanaf", "per", "met ingang van", "m.i.v.", "start", "ingangsdatum", "begindatum")
END_LABELS = ("tot", "t/m", "t.m.", "tot en met", "eind", "uiterlijk")
GOAL_HEADING = words(
    r"doel(?:en|stelling(?:en)?)?\b", r"verbeterpunt", r"ontwikkel-? en verbeterpunt", r"resultaatafspra", r"wat (?:moet|gaat) (?:er )?(?:beter|verbeter)",
    r"afspraken\b", r"ontwikkelpunt", r"goals?\b", r"objectives?\b", r"targets?\b", r"kpi",
    r"waar (?:\w+ ){0,3}aan (?:moet|gaat|ga|moeten) (?:\w+ )?werken", r"waar (?:moet|ga|gaat) (?:je|jij|u|hij|zij) aan werken",
    r"aandachtspunt", r"wat (?:ik|we|wij) (?:van (?:je|jou|u) )?verwacht",
)  # fmt: skip
# An item of a list of goals, also one coded as a plan codes its targets ("T1  Tickets afgesloten per dag: >= 35",
# "A1. Reactie op ingeleverde stukken binnen 10 werkdagen").
GOAL_ITEM = re.compile(r"^\s*(?:[-•*▪·●]|\d{1,2}[.)]|[a-h][.)]|doel\s*\d+\s*[:.)-]|goal\s*\d+\s*[:.)-]|(?-i:[A-Z])\d{1,2}[.)]?(?=\s))\s*\S", re.I)  # fmt: skip
MEASURABLE = re.compile(
    r"\d|%|\b(?:per (?:week|dag|maand|kwartaal)|maximaal|minimaal|ten minste|tenminste|binnen(?! (?:\w+ )?(?:team|afdeling|organisatie|groep|bedrijf|vestiging|school|gemeente|keten)\w*)|uiterlijk|alle\b|"
    r"geen (?:\w+ ){0,2}meer|elke|iedere|steekproef|gemeten|meetbaar|meting\s*:|norm|kpi|target|score|aantal|foutloos|"
    r"volgens (?:het|de) (?:protocol|procedure|planning))",
    re.IGNORECASE,
)
VAGUE = words(
    r"pro-?actie(?:f|ve|ver)",
    r"collegial",
    r"betere? (?:houding|werkhouding|instelling)",
    r"positieve(?:re)? (?:houding|instelling)",
    r"(?:meer )?eigenaarschap",
    r"ownership",
    r"meer verantwoordelijkheid",
    r"flexibel",
    r"meer inzet",
    r"beter communiceren",
    r"professionele(?:re)? houding",
    r"klantvriendelijk",
    r"meer betrokken",
    r"zichtbaar(?:der)?\b",
    r"initiatief",
    r"teamspeler",
    r"open(?:er)? (?:houding|staan)",
)
SUPPORT: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("coach", words(r"\w*coach", r"coaching", r"loopbaanbegeleid", r"intervisie", r"supervisie")),
    ("course", words(r"\w*cursus", r"course\b", r"\w*training", r"\w*opleiding", r"workshop", r"scholing", r"e-?learning", r"module", r"leergang", r"\w+sprogramma\b", r"(?:geeft|geven|krijgt|krijg) (?:\S+ ){0,3}(?:een )?\w*instructie\b", r"instructie(?:moment|sessie|middag|ochtend)")),
    ("buddy", words(r"buddy", r"mentor", r"(?:loopt|lopen|liep) (?:\S+ ){0,8}mee\b", r"maatje", r"meelo(?:pen|opdag)", r"meekijk", r"meekijken", r"ervaren collega", r"senior collega", r"inwerk", r"werkt (?:\w+ ){0,6}met (?:je|jou|u|hem|haar) samen", r"samen met (?:een )?(?:ervaren|senior) ", r"werkbegeleid\w*", r"pair ?programming", r"(?:draait|draaien|werkt|werken) (?:\S+ ){0,8}mee\b", r"vraagbaak", r"(?:kijkt|kijken|leest|lezen) (?:\S+ ){0,8}(?:mee|na)\b(?! te)", r"side-?by-?side", r"meeluister\w*")),
    (
        "adjusted_tasks",
        words(
            r"minder (?:taken|klanten|werk|uren|dossiers|ritten)", r"ontlast", r"aangepaste? (?:taken|werk|rooster)",
            r"vrijgesteld", r"vrijgemaakt", r"tijdelijk (?:geen|minder)", r"taken (?:\w+ ){0,2}(?:overgenomen|herverdeeld)",
            r"uit de (?:\w+ ){0,2}(?:rotatie|dienst)", r"extra tijd", r"(?:blijft|wordt) (?:\w+ ){0,5}beperkt tot",
            r"niet (?:\w+ ){0,2}ingeroosterd",
            # "Taakverlichting: project X is overgedragen aan Mark", "caseload teruggebracht naar 13 gezinnen",
            # "je productienorm wordt met 10% verlaagd", "wordt niet ingedeeld op nieuwe acquisitie".
            r"taakverlicht", r"taakaanpassing", r"aanpassing (?:van )?(?:de )?taken", r"(?:overgedragen|overgeheveld) (?:aan|naar)\b",
            r"(?:tijdelijk )?overgenomen door", r"teruggebracht (?:naar|van|tot)", r"(?:wordt|worden|is) (?:\w+ ){0,2}verkleind",
            r"niet (?:\w+ ){0,2}ingedeeld", r"vast (?:\w+ ){0,2}ingedeeld", r"(?:norm|target|werkvoorraad|caseload|portefeuille)\w* (?:\S+ ){0,8}verlaagd",
        ),
    ),
    (
        "manager",
        words(
            r"(?:leidinggevende|manager|teamleider|afdelingshoofd) (?:\w+ ){0,4}(?:begeleidt|ondersteunt|coacht|helpt|"
            r"beschikbaar|wekelijks|terecht)",
            r"(?:wekelijks|tweewekelijks|maandelijks) (?:\w+ ){0,3}(?:\w*overleg|\w*gesprek|check-?in|1-op-1|1-on-1|one-on-one)",
            # "Wekelijkse 1-on-1 met Priya", "Maandelijks voortgangsgesprek": a talk; a "wekelijkse check-in" on a
            # dashboard is monitoring, not support.
            r"(?:wekelijkse|tweewekelijkse|maandelijkse|maandelijks|tweewekelijks|weekly|bi-?weekly) (?:\w+ ){0,2}(?:\w*overleg|\w*gesprek|1-op-1|1-on-1|1:1|one-on-one)",
            r"(?:elke|iedere|eens per|één keer per|een keer per|1x per|om de (?:twee|drie|vier) weken) (?:\w+ ){0,3}(?:\w*overleg|\w*gesprek|check-?in|1-op-1|1-on-1)",
            r"(?:elke|iedere) (?:maandag|dinsdag|woensdag|donderdag|vrijdag|week|twee weken) (?:\S+ ){0,8}met (?-i:[A-Z])",
            r"(?:begeleidt|coacht|ondersteunt) (?:je|jou|u|hem|haar)\b",
            r"(?:begeleiding|ondersteuning) (?:door|van) (?:je |jouw |uw |de )?(?:leidinggevende|manager|teamleider)",
            r"kun(?:t)? (?:altijd )?(?:terecht|aankloppen)",
            # "Arjan is aanspreekpunt", "Petra is beschikbaar als Dennis vragen heeft", "kan altijd bij mij
            # binnenlopen", "Ik loop elke vrijdag even bij je langs", "We praten elke vrijdag even kort bij".
            r"(?:is|als) (?:\w+ ){0,2}aanspreekpunt", r"aanspreekpunt:", r"(?:is|ben) (?:\w+ ){0,2}(?:beschikbaar|aanspreekbaar|bereikbaar) (?:als|voor|bij|met)\b",
            r"(?:kan|kun|kunt) (?:\S+ ){0,4}(?:terecht|binnenlopen|binnen lopen)\b", r"bijpraten", r"praten (?:\S+ ){0,4}bij\b",
            r"(?:loop|loopt|kom|komt) (?:\S+ ){0,5}(?:langs|mee)\b", r"check (?:\S+ ){0,3}(?:met je|bij je)", r"check-?in (?:van \d+ minuten )?met\b",
            r"(?:elke|iedere) (?:\w+ ){0,2}(?:kort |even )*contact\b", r"\w*(?:gesprek|overleg) met (?:\S+ ){1,3}(?:om de (?:week|twee weken)|(?:elke|iedere) (?:\w+ )?(?:week|weken))",
            # "Elke vrijdag zitten wij even kort bij elkaar", "Voortgangsgesprekken met de directeur, eens per drie weken"
            r"(?:zitten|zit) (?:\S+ ){0,4}bij elkaar\b",
            r"(?:voortgangs|begeleidings)gesprek\w* met (?:de |je |jouw |uw )?(?:leidinggevende|manager|teamleider|directeur|afdelingshoofd)",
        ),
    ),
)  # fmt: skip
# Support a plan names but does not give: "Een training is op dit moment niet voorzien", "Cursus: geen budget, dus
# dat gaat nu niet", "We kijken nog of er een cursus mogelijk is", "Optie 1: opnieuw een plan met de cursus".
NOT_OFFERED = words(r"niet voorzien", r"(?:gaat|kan) (?:\w+ ){0,2}niet door", r"gaat (?:\w+ ){0,2}niet\b", r"geen budget", r"(?:kijken|bekijken|onderzoeken) (?:\w+ ){0,2}of", r"^\W*optie\b")  # fmt: skip
SUPPORT_LABEL = re.compile(r"\b(?:ondersteuning|begeleiding|hulp|support|faciliteiten|wat (?:bieden|doen) wij)\b", re.I)
MEETING_TITLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("final_evaluation", words(r"eindevaluatie", r"eindgesprek", r"afsluitend gesprek", r"eindbeoordeling verbeter", r"final (?:review|evaluation)", r"evaluatie (?:\w+ ){0,2}(?:einde|afronding)")),
    ("interim_evaluation", words(r"tussentijdse evaluatie", r"tussenevaluatie", r"mid-?term", r"mid-?point review", r"halverwege", r"tussentijds (?:voortgangs)?gesprek", r"tussengesprek")),
    ("resumption", words(r"hervattingsgesprek", r"herstartgesprek")),
    ("start", words(r"startgesprek", r"kick-?off", r"aftrap", r"start(?:en)? (?:van )?(?:het )?(?:verbeter)?(?:traject|plan|pip)")),
    ("progress", words(r"voortgangsgesprek", r"voortgang", r"opvolg(?:ings)?gesprek", r"check-?in", r"1-?on-?1", r"coachgesprek")),
)  # fmt: skip
SUBTYPE_EVENT = {"start": "start", "progress": "progress", "interim_evaluation": "interim_evaluation", "final_evaluation": "final_evaluation"}  # fmt: skip
CHANGES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("extension", words(r"einddatum (?:\w+ ){0,6}(?:verschoven|verschuift|schuift|opgeschoven|verlengd)", r"(?:verschuiven|schuiven) (?:we|wij) (?:de )?einddatum", r"(?:verbeter)?(?:traject|plan|termijn|pip|periode|looptijd)\w* (?:\w+ ){0,7}verleng", r"verlenging (?:\w+ ){0,3}(?:van )?(?:het|de) (?:traject|verbeterplan|plan|termijn|pip)", r"verlengen (?:we|wij|het|de)")),
    ("suspension", words(r"\w*(?:traject|plan|pip|afspraken)\w* (?:[\w,]+ ){0,9}(?:opgeschort|op te schorten|stilgezet|stil gezet|stil te zetten|gepauzeerd|on hold|onderbroken|tijdelijk stopgezet|bevroren)", r"\w*(?:traject|plan|pip|afspraken)\w* (?:\w+ ){0,2}(?:ligt|staat|lag|stond) (?:\w+ ){0,5}stil", r"(?:zet|zetten) (?:ik|we|wij) (?:de |het )?\w*(?:traject|plan|pip|afspraken)\w* (?:\w+ ){0,3}stil", r"(?:opschorting|onderbreking) (?:van )?(?:het|de) (?:verbeter)?(?:traject|plan)", r"(?:schorten|zetten) (?:we|wij) (?:\w+ ){0,3}(?:op|stil)\b", r"schorten (?:we|wij) (?:\w+ ){0,7}op\b", r"(?:zetten|leggen) (?:we|wij|ik) (?:\w+ ){0,2}(?:verbeter)?(?:traject|plan|pip)\w* (?:\w+ ){0,6}stil\b", r"(?:verbeter)?(?:traject|plan|pip)\w* (?:\w+ ){0,9}(?:even |tijdelijk )?rusten", r"(?:staat|ligt|stond|lag) (?:het|de|dit) (?:verbeter)?(?:traject|plan|pip)\w* (?:\S+ ){0,8}stil\b", r"(?:leg|legt|zet|zette|legde) (?:ik |hij |zij )?(?:het|de|dit) (?:verbeter)?(?:traject|plan|pip)\w* (?:\S+ ){0,6}stil\b", r"(?:verbeter)?(?:traject|plan|pip)\w* (?:zet|zetten|leg|leggen) (?:we|wij|ik) (?:\S+ ){0,8}stil\b", r"(?:verbeter)?(?:traject|plan|pip)\w* (?:\S+ ){0,4}stil(?:staat|ligt)\b")),
    ("resumption", words(r"\w*(?:traject|plan|pip|afspraken)\w*,? (?:[^\s;]+ ){0,12}(?:hervat(?:te|ten)?\b|weer opgestart|herstart|opnieuw gestart|weer opgepakt|(?<!volgens plan )(?<!gewoon )voortgezet)", r"hervatting (?:van )?(?:het|de) (?:verbeter)?(?:traject|plan)", r"(?:pakken|starten) (?:we|wij) (?:\w+ ){0,3}(?:weer op|opnieuw)", r"(?:we|wij) (?:pakken|starten) (?:\S+ ){0,5}(?:weer op|opnieuw)\b", r"hervat(?:ten)? (?:we|wij|ik) (?:\w+ ){0,3}(?:verbeter)?(?:traject|plan|pip)", r"\bherstart (?:van )?(?:het |de )?(?:verbeter)?(?:traject|plan|pip)\b", r"(?:traject|plan|pip)\w* (?:loopt|lopen) weer\b", r"\brestart(?:ed)? (?:the )?(?:pip|plan)\b")),
    ("early_end", words(r"(?:we|wij|ik) (?:be[eë]indigen|be[eë]indig|stoppen|stop) (?:het|dit|de|je|uw) (?:verbeter)?(?:traject|plan|pip)\w* (?:\S+ ){0,3}(?:per direct|per vandaag|met onmiddellijke ingang|voortijdig)", r"(?:verbeter)?(?:traject|plan|pip)\w* (?:\S+ ){0,10}(?:voortijdig|eerder dan gepland|vroegtijdig|per direct|per vandaag|nu al|met onmiddellijke ingang) (?:\w+ ){0,2}(?:be[eë]indig\w*|afgebroken|afbreken|gestopt|stoppen|afgesloten|afsluiten|stopgezet)", r"(?:stoppen|beëindigen) (?:we|wij) (?:\w+ ){0,3}(?:per direct |voortijdig )?(?:met )?(?:het|de) (?:verbeter)?(?:traject|plan)", r"(?:be[eë]indigen|stoppen) (?:we|wij) (?:\w+ ){0,2}(?:hierbij )?(?:per direct|per vandaag|met onmiddellijke ingang)", r"(?:traject|plan|pip)\w* (?:\S+ ){0,4}(?:stop|stoppen|be[eë]indig\w*) (?:ik |we |wij )?(?:het|dit|hem) (?:per vandaag|per direct|met onmiddellijke ingang)")),
)  # fmt: skip
OUTCOMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("partly", words(r"doel\w* [^.;]{0,30}(?:gehaald|behaald|bereikt)[^.]{0,60}\bniet\b", r"deels", r"gedeeltelijk", r"enige (?:\w+ ){0,2}(?:verbetering|vooruitgang)", r"wisselend", r"op onderdelen", r"niet alle doelen", r"een (?:\w+ ){0,2}deel van de doelen", r"ten dele", r"nog niet volledig", r"deels (?:\w+ ){0,2}(?:gegroeid|verbeterd|vooruitgegaan)", r"(?<!geen )(?<!onvoldoende )(?<!lichte )(?<!geringe )(?:vooruitgang|verbetering|verbeterd|gegroeid)\b[^.;]{0,60}?,? maar\b")),
    ("not_improved", words(r"geen van de (?:\w+ )?(?:doelen|doelstellingen) (?:\w+ ){0,2}(?:gehaald|behaald|bereikt)", r"(?:doelen|doelstellingen|afspraken|targets) (?:\w+ ){0,4}niet (?:\w+ ){0,2}(?:gehaald|behaald|bereikt|gerealiseerd)", r"onvoldoende (?:\w+ ){0,2}(?:verbeterd|verbetering|vooruitgang|resultaat)", r"geen (?:\w+ ){0,2}(?:verbetering|vooruitgang)", r"niet (?:\w+ ){0,2}verbeterd", r"niet (?:\w+ ){0,2}geslaagd", r"eindoordeel:? onvoldoende", r"(?:\w*traject|\w*plan|pip) (?:\w+ ){0,3}niet (?:succesvol|geslaagd)", r"niet (?:\w+ ){0,2}(?:met een )?voldoende (?:\w+ ){0,2}afgesloten", r"blijft (?:\w+ ){0,3}(?:onder|achter|onvoldoende)", r"below expectations", r"niet (?:\w+ ){0,2}beter geworden", r"(?:has|have|did) not improved?\b", r"not (?:been )?completed successfully", r"none of the (?:\w+ ){0,3}(?:goals|targets|objectives) (?:have|has|were|was) (?:been )?(?:met|achieved|reached)")),
    ("improved", words(r"(?:alle )?doelen (?:\w+ ){0,3}(?:gehaald|behaald|bereikt)", r"(?:voldoende|duidelijk|aantoonbaar) (?:\w+ ){0,2}verbeterd", r"succesvol (?:\w+ ){0,2}afgerond", r"positief afgesloten", r"eindoordeel:? (?:voldoende|goed)")),
)  # fmt: skip
STANCES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("refuses", words(r"weiger(?!\w* (?:\w+ ){0,4}te (?:onder)?tekenen)", r"niet bereid", r"wil(?:de)? (?:\w+ ){0,4}niet (?:aan )?(?:meewerken|deelnemen|meedoen|volgen)", r"(?:wenst|wil) geen (?:coach|cursus|training|begeleiding|verbetertraject|verbeterplan)", r"afgeslagen", r"ziet (?:\w+ ){0,2}(?:het )?nut (?:\w+ ){0,3}niet", r"niet (?:\w+ ){0,2}(?:deelnemen|meewerken) aan", r"ga (?:\w+ ){0,2}niet naar (?:die |de |een )?(?:coach|cursus|training)", r"(?:ga|gaat) (?:\w+ ){0,2}(?:coach\w*|cursus|training|opleiding) (?:\w+ )?niet (?:doen|volgen)\b", r"(?:heb|heeft) geen (?:coach|cursus|training|begeleiding) nodig", r"(?:coach|cursus|training|begeleiding) (?:\w+ ){0,2}(?:heb|heeft) (?:ik|hij|zij) niet nodig", r"(?:verbeter)?(?:plan|traject)\w* (?:\S+ ){0,6}niet (?:\w+ ){0,2}(?:uitgevoerd|uit te voeren|uitvoeren)\b")),
    ("obstructs", words(r"(?:check-?in|voortgangsgesprek|gesprek|afspraak|sessie)\w* (?:\w+ ){0,14}(?:laten schieten|afzegt|afgezegd|gemist)", r"(?<!\ber )(?<!\ber nog )(?<!\ber ook )(?<!\ber tot op heden )niet (?:\w+ ){0,4}(?:komen opdagen|verschenen)", r"(?:gesprek|afspraak|sessie|evaluatie|overleg|coach|training|cursus)\w* (?:\S+ ){0,8}(?<!\ber )niet (?:\w+ ){0,2}(?<!van )gekomen", r"niet (?:\w+ ){0,2}(?<!van )gekomen (?:\S+ ){0,3}(?:op|naar|bij) (?:het|de|die|dat) (?:\w*(?:gesprek|afspraak|sessie|evaluatie|overleg)|coach\w*|training|cursus)", r"(?:afspraken|gesprekken|sessies) (?:\w+ ){0,3}(?:afgezegd|afgemeld|verzet)", r"saboteer", r"frustreer", r"tegenwerk", r"opdrachten (?:\w+ ){0,3}niet (?:uitgevoerd|gemaakt)", r"zonder (?:af te melden|afmelding)")),
    ("denies", words(r"(?:mijn|zijn|haar) (?:functioneren|performance|werk) (?:\w+ ){0,2}(?:niet het probleem|prima|in orde)", r"niks mis met (?:mijn|zijn|haar) werk", r"ontken", r"(?:ziet|zie) (?:\w+ ){0,3}(?:geen|niet het|het probleem niet|het probleem eerlijk gezegd niet)", r"(?:ziet|zie) (?:het )?probleem (?:\w+ ){0,3}niet", r"er is (?:\w+ ){0,3}niets mis", r"geen probleem (?:is|met)", r"(?:vindt|vind) (?:\w+ ){0,3}(?:goed|prima) (?:te )?functioneer", r"nooit slecht gefunctioneerd", r"(?:niet|niets) (?:\w+ ){0,2}mis (?:is )?met (?:mijn|zijn|haar) (?:werk|functioneren)", r"(?:plan|traject|verbeterplan) (?:\w+ ){0,3}niet nodig", r"valt (?:mij|me|hem|haar) niet te verwijten", r"van mening dat (?:\w+ ){0,4}geen sprake", r"(?:ziet|zie) niet waarom", r"betwist (?:\w+ ){0,3}dat (?:\S+ ){0,6}(?:disfunctione\w*|onvoldoende functione\w*|tekort(?:ge)?scho\w*|slecht functione\w*)", r"betwist (?:\w+ ){0,3}dat (?:zijn|haar|mijn) functioneren (?:\w+ ){0,2}(?:onvoldoende|ondermaats|slecht|tekortschiet)", r"(?:ligt|lag) (?:\w+ ){0,2}niet aan (?:mij|hem|haar)\b", r"niet tekort(?:ge)?schoten", r"(?:niks|niets) mis met (?:hoe|de manier waarop)", r"(?:mijn|zijn|haar) (?:werk|verslaglegging|administratie|planning|rooster) (?:is|was) (?:\w+ ){0,2}op orde", r"(?:vind|vindt) (?:\w+ ){0,3}niet dat (?:ik|hij|zij|ze) (?:\w+ ){0,2}(?:slecht|onvoldoende|niet goed) functioneer")),
    ("objects", words(r"(?:niet eens|oneens) met", r"(?:is|was|ben|zijn) het (?:\w+ ){0,2}niet (?:mee )?eens", r"herken(?:t)? (?:mij|me|zich|hem|haar)(?: \w+){0,3} niet", r"herkent (?:zich|hij|zij) niet", r"niet mee eens", r"niet akkoord", r"(?:vind|vindt) (?:\w+ ){0,4}te (?:hard|streng|zwaar)", r"(?:vind|vindt) (?:\w+ ){0,8}niet (?:eerlijk|terecht|juist|redelijk)", r"onterecht", r"niet terecht", r"bezwaar (?:tegen|maken|gemaakt)", r"teken(?:t)? (?:\w+ ){0,3}niet voor akkoord", r"klopt (?:\w+ ){0,3}niet", r"blijft erbij dat", r"niet eens (?:is|was|ben|zijn) met", r"(?:kan|kon) zich niet verenigen", r"niet voor gezien (?:\w+ ){0,2}getekend", r"niet voor akkoord", r"ga (?:het |dit |dat )?niet (?:onder)?tekenen", r"niet eens te zijn", r"(?:oordeel|conclusie|beoordeling|verslag|waarschuwing) niet (?:aanvaardt|aanvaarden|aanvaard)\b", r"is verrast dat", r"weiger\w* (?:\w+ ){0,4}te (?:onder)?tekenen", r"wil (?:\w+ ){0,4}niet (?:onder)?tekenen", r"deelt (?:\w+ ){0,2}(?:conclusie|beoordeling|oordeel|mening|analyse) niet", r"(?:kan|kon) zich niet vinden in", r"(?:zie|ziet) (?:ik|hij|zij) (?:\w+ ){0,2}niet terug", r"i disagree", r"(?:does|do) not agree\b", r"doesn't agree\b", r"disagrees\b", r"geen eerlijke kans", r"geen recht (?:\w+ ){0,2}(?:doet|doen|deed) aan", r"geen passende functie")),
    ("cooperates", words(r"werkt (?:\w+ ){0,2}(?:goed|constructief|actief|positief|serieus) mee", r"staat open voor", r"neemt (?:\w+ ){0,2}actief deel", r"is (?:zeer )?gemotiveerd", r"zet zich (?:\w+ ){0,2}in", r"akkoord (?:\w+ ){0,2}met (?:het |de |mijn )?(?:verbeter)?(?:plan|traject|afspraken|aanpak|opzet|doelen)", r"gelezen en (?:voor )?akkoord", r"voor (?:gezien (?:\+|en) )?akkoord\b(?!\s*:?\s*$)", r"stemt in met", r"ga(?:at)? (?:\w+ ){0,2}(?:er )?(?:graag |mee )?aan de slag", r"wil (?:er )?(?:\w+ ){0,2}(?:graag )?(?:mee )?aan de slag", r"ik ga ervoor", r"(?:zegt|zei) toe", r"(?:zijn|haar|mijn) best (?:\w+ ){0,2}(?:doen|gedaan)", r"neemt (?:\w+ ){0,3}serieus", r"doet (?:\w+ ){0,2}(?:zijn|haar) best", r"(?:weet|begrijp\w*) (?:\w+ ){0,3}dat het beter moet", r"herken\w* (?:\w+ ){0,2}(?:de |het )?(?:punten|cijfers|kritiek|beeld)(?! niet)", r"bereid (?:\w+ ){0,3}mee te werken", r"(?:wil|wilde) (?:\w+ ){0,4}(?:meewerken|mee werken)", r"mee (?:wil|wilde) werken", r"(?:ga|gaat) (?:\S+ ){0,4}graag (?:doen|volgen)", r"(?:wil|wilde) (?:\S+ ){0,4}(?:goed |netjes )?(?:afronden|afmaken|doorlopen|tot een goed einde brengen)", r"gemotiveerd", r"(?:zal|ga|gaat|wil) (?:mij|me|zich) (?:\w+ ){0,3}inzetten", r"(?:duidelijke|goede|veel) inzet", r"zich (?:\w+ ){0,2}inzet\b", r"(?:iets van (?:wil )?maken|vol voor (?:wil )?gaan|wel voor (?:wil )?gaan)", r"bereid (?:\w+ ){0,4}(?:te werken|in te zetten)", r"(?:doe|doet) (?:\w+ ){0,2}(?:zijn|haar|mijn|zn|z'n) best", r"(?:wil|wilde) het (?:\w+ ){0,2}goed doen", r"serieus (?:\w+ ){0,2}(?:aanpakken|neemt|nemen)", r"snap (?:\w+ ){0,3}dat (?:\w+ ){0,4}beter moet", r"begrijpt (?:\w+ ){0,3}(?:de )?doelen", r"(?:ben|is) er (?:\w+ ){0,2}mee bezig", r"goed voorbereid", r"ga (?:(?!niet\b)\w+ ){0,3}(?:training|cursus|opleiding) (?:(?!niet\b)\w+ ){0,2}(?:volgen|doen)", r"zet (?:me|mij) (?:\w+ ){0,3}(?:voor )?in\b", r"ik doe mee", r"onderschrijft (?:\w+ ){0,2}doelen", r"als (?:een )?kans (?:te )?(?:zien|ziet)", r"(?:zegt|zei) (?:\w+ ){0,3}te herkennen", r"staat (?:er )?(?:voor )?open\b", r"wil laten zien dat (?:ik|hij|zij) het kan", r"zich (?:\w+ ){0,2}(?:in te (?:zullen )?zetten|te zullen inzetten)", r"onderschrijft", r"(?:kon|kan) zich (?:daar|hier)(?:in| in) vinden", r"(?:afspraken|plan|doelen) te (?:steunen|onderschrijven)", r"erkent dat (?:hij|zij|ik) (?:\w+ ){0,4}(?:moet|beter)", r"zich (?:\w+ ){0,3}(?:wil|zal|gaat) inzetten", r"(?:er )?vol voor gaat", r"\bga (?:er )?(?:helemaal |vol |echt )voor\b")),
)  # fmt: skip
# Asking for or advising a change is not the change: "Mark vraagt of de periode kan worden verlengd", "Ik adviseer
# het traject niet te hervatten". Advice already followed (DECIDED: "hebben we het traject hervat, zoals jij adviseerde")
# is no request.
REQUEST = words(r"\bpas (?:\w+ ){0,3}(?:hervatten|starten|voortzetten|opstarten)", r"vraagt of", r"vroeg of", r"(?:vraagt|vroeg|vragen) (?:\S+ ){0,3}om\b", r"als alternatief", r"verzoek", r"verzoekt", r"kan (?:\S+ ){0,8}worden", r"zou(?:den)? kunnen", r"eventueel", r"mogelijk(?:heid)?", r"advis", r"(?<!tot het )(?<!afwachting van het )(?<!conform het )(?<!volgens het )(?<!alsmede het )(?<!gelet op het )(?<!gezien het )(?<!overeenkomstig het )(?<!van zijn )(?<!van haar )(?<!op )advies", r"raad (?:\w+ ){0,3}aan", r"voorstel", r"(?:ik|we|wij) plan", r"in ?plannen", r"ingepland")
# The day a plan was handed over and discussed with the employee: the start of the trajectory.
DISCUSSED = words(r"besproken (?:met (?:\w+ ){1,3})?op", r"(?:besproken en )?vastgesteld(?: in het gesprek van| op|:)", r"kick-?off(?: meeting| gesprek)?:", r"besproken en (?:voor (?:gezien|akkoord) )?(?:onder)?tekend", r"startgesprek (?:\w+ ){0,2}(?:gevoerd|gehouden) op", r"(?:onder)?getekend (?:\d|op\b)", r"besproken in het startgesprek", r"plan besproken", r"uitgereikt op", r"overhandigd op", r"getekend (?:voor (?:gezien|akkoord) )?op", r"voor gezien (?:getekend|ondertekend)", r"(?:dit|het) (?:verbeter)?(?:plan|pip|plan van aanpak) (?:\S+ ){0,10}(?:besproken|uitgereikt|toegelicht|overhandigd|ontvangen)", r"startgesprek\s*:?\s*(?:op |van )?(?:\w+dag )?\d", r"in het startgesprek (?:op|van)\b", r"^\W*gesprek\s*:\s*\d", r"op (?:\w+dag )?\d{1,2} \w+ (?:\d{4} )?in (?:een|het) startgesprek")  # fmt: skip
# Meetings a later document lists: "Er zijn voortgangsgesprekken gehouden op 7 mei, 4 juni en 6 augustus".
HELD_ON = words(r"(?:voortgangs|opvolg(?:ings)?|tussen|evaluatie|coach)?gesprek(?:ken)? (?:\w+ ){0,3}(?:gehouden|gevoerd|plaatsgevonden|geweest) op", r"check-?ins? (?:\S+ ){0,3}(?:gehouden|gevoerd|plaatsgevonden|geweest) op", r"verslag van (?:ons|het) voortgangsgesprek van", r"(?:klassen|les|werkplek|winkel)bezoek(?:en)? (?:\w+ ){0,2}(?:afgelegd|gedaan|gehouden|uitgevoerd|plaatsgevonden)", r"bespreking(?:en)? (?:\S+ ){0,4}(?:gehad|gehouden|gevoerd) op", r"voortgangsgesprek(?:ken)? (?:\S+ ){0,4}(?:gehouden|gevoerd|gehad)\b(?! op)", r"(?:twee)?wekelijkse gesprekken (?:\S+ ){0,2}(?:gehouden|gevoerd|gehad)\b(?! op)", r"voortgangsgesprek(?:ken)?\b[^:.]{0,30}:\s*(?=\d)")  # fmt: skip
# A progress talk told as held, with its day: "De voortgangsgesprekken van 19 februari en 4 maart hebben ...", "Het
# tweede voortgangsgesprek heeft op 4 maart 2024 plaatsgevonden", "Ons voortgangsgesprek van 31/7 ging goed", "Het
# voortgangsgesprek van gisteren is nog wel gewoon doorgegaan", "wat we vanmiddag in het voortgangsgesprek hebben
# besproken".
_PROGRESS_TALK = r"(?:voortgangs|opvolg(?:ings)?)gesprek(?:ken)?"  # "opvolggesprek": the Flemish word
PROGRESS_TALK_HELD = words(
    _PROGRESS_TALK + r" (?:van|op) (?=\S*\d|gisteren|eergisteren|vandaag|vanmiddag|vanochtend|vorige|afgelopen)",
    _PROGRESS_TALK + r" (?:\S+ ){0,8}(?:plaatsgevonden|doorgegaan|vond plaats|vonden plaats)",
    r"(?:heeft|hebben) (?:\S+ ){0,6}" + _PROGRESS_TALK + r" (?:\S+ ){0,4}plaatsgevonden",
    r"(?:vandaag|vanmiddag|vanochtend|gisteren) (?:\S+ ){0,2}in (?:het|ons) " + _PROGRESS_TALK + r" (?:\S+ ){0,3}(?:besproken|afgesproken)",
)
# Told as still to come or as planned: no talk held yet.
TO_COME = words(r"volgende", r"komende", r"gepland", r"zal", r"zullen", r"staat (?:\w+ )?op", r"wordt (?:\w+ ){0,3}gehouden", r"worden (?:\w+ ){0,3}gehouden", r"plaatsvinden")
# The talks a sentence may name beside a progress talk, and words that set a day apart ("behalve op 23/9").
TALK_NAME = re.compile(r"voortgangsgesprek\w*|opvolg(?:ings)?gesprek\w*|tussen-?evaluatie\w*|tussengesprek\w*|eindevaluatie\w*|evaluatie\w*|startgesprek\w*|eindgesprek\w*|behalve|uitgezonderd|niet op", re.IGNORECASE)  # fmt: skip


def _progress_talk_days(sentence: Sentence, doc: Document) -> list[dt.date]:
    """The days of the progress talks a sentence tells as held: each day written nearer a progress talk's name than
    another talk's ("Naast de tussenevaluatie van 19 maart ...", "... plaatsgevonden en op 13 mei een tussenevaluatie"),
    or the day of writing for "vandaag"."""
    text, written = sentence.text, sentence.date or doc.date
    names = list(TALK_NAME.finditer(text))
    days: list[dt.date] = []
    for i, name in enumerate(names):
        if not name.group(0).lower().startswith(("voortgangsgesprek", "opvolg")):
            continue
        start = (names[i - 1].end() + name.start()) // 2 if i else 0
        end = (name.end() + names[i + 1].start()) // 2 if i + 1 < len(names) else len(text)
        days += sentence_dates(sentence, doc, not_after=written, after=start, before=end)
    if not days and written and TODAY.search(text):
        days = [written]
    return list(dict.fromkeys(days))


# A line of running notes that opens with its day and names a talk of the trajectory: "ma 06-02 -- 1:1 PIP week 3",
# "do 18/4 - gesprek nr. 1", "di 23/4 - weekoverleg plan #1".
NOTE_MEETING = re.compile(
    r"(?:^|(?<=\s))" + NOTE_DAY + r"(?:[-/]\d{2,4})?(?:\s*[-–—:]+\s*|\s+)"
    r"(?:(?:1[:-]1|1[- ]?on[- ]?1|check-?in|voortgangsgesprek)\b[^.]*\b(?:pip|traject|plan|week \d)|1[:-]1\s*#\s*\d"
    r"|(?:voortgangs)?gesprek\s+(?:nr\.?|nummer|#)\s*\d|voortgangsgesprek\b|weekoverleg\b|wekelijks gesprek\b|weekgesprek\w*)",
    re.IGNORECASE,
)
STILL = words(r"blijft (?:\w+ ){0,2}(?:opgeschort|stil|stilgezet|gepauzeerd)")
# A change to the trajectory told but not made (requests and options are REQUEST's): the plan's rule ("Bij opschorting
# wordt de looptijd verlengd", "De looptijd wordt dan verlengd"), a step for after the recovery ("Na je herstel
# bekijken we hoe we de looptijd verlengen"), or what should have been done ("Het plan had dan opgeschort moeten
# worden").
NOT_MADE = words(
    r"bij (?:opschorting|arbeidsongeschiktheid|uitval|verzuim)\b",
    r"(?:wordt|worden) dan\b",
    r"na (?:je|jouw|uw|haar|zijn|het) herstel (?:\w+ ){0,1}(?:bekijken|plannen|bespreken|pakken|starten|hervatten|maken|kijken)\b",
    r"had(?:den)? (?:\S+ ){0,8}moeten\b",
)
# A finite verb: a physician's line without one ("- Bij hervatting de termijn ruimhartig verlengen") advises.
FINITE = words(r"(?:is|zijn|was|waren|wordt|werd|werden|heeft|hebben|had)\b")
# Where a subordinate clause begins: its verb is not the main clause's ("opgeschort houden tot betrokkene ... heeft hervat").
SUBORDINATE = re.compile(r"\b(?:tot|totdat|zodra|als|wanneer|nadat|indien)\b", re.IGNORECASE)
# "Van een verlenging is geen sprake": the change denied after it.
NO_SUCH = words(r"(?:is|was) (?:\w+ ){0,4}geen sprake", r"besproken,? maar (?:\w+ ){0,3}niet\b", r"niet (?:zinvol|nodig|wenselijk) (?:geacht|gevonden)")
# A talk that did not take place.
NOT_HELD = words(r"niet (?:\w+ ){0,2}(?:verschenen|gekomen|doorgegaan)", r"afgezegd", r"g(?:aat|ing) niet door", r"verzet(?! van)\b", r"no-?show", r"vervalt", r"vervallen", r"cancel+ed", r"postponed", r"geannuleerd")  # fmt: skip
# A note of running notes that opens with a talk of the trajectory, on its own line or after the day: "ma 28/10
# check-in 1.", "ma 19/2 / Voortgang 1.", "ma 18/11 tussenevaluatie met Yvonne".
# ... also by its name alone: "ma 27/5: voortgang.", "Voortgang, laatste voor eindgesprek.", "di 2/4 - vg-gesprek 1",
# "di 9/7 weekcheck 1.".
NOTE_TALK = re.compile(r"^\W*(?:(?P<interim>tussen-?evaluatie)|(?P<start>startgesprek)|check-?in\s*(?:nr\.?\s*|#\s*)?\d+|(?:voortgang(?:sgesprek)?|gesprek)\s*(?:nr\.?\s*|#\s*)?\d+\b|(?:(?:eerste|laatste)\s+)?(?:voortgang(?:sgesprek)?|vg-?gesprek)(?=\s*(?:[.,:;(–-]|$))|vg-?gesprek\s*\d+\b|week-?check\s*\d+\b|1[:-]on[:-]?1\b|1[:-]1\b)", re.IGNORECASE)  # fmt: skip
# Open to another position: a redeployment answer, not a stance on the trajectory.
OTHER_POSITION = words(r"\w*functie", r"vacature", r"herplaats")
# Willing or not to talk about ending the employment ("Cliënte staat open voor een gesprek over een beëindiging",
# "niet bereid mee te werken aan een beëindiging"): a stance on a settlement, not on the trajectory.
SETTLEMENT = words(r"be[eë]indiging", r"regeling", r"vaststellingsovereenkomst", r"ontbinding\w*", r"exit\w*", r"afscheid")
OBJECTS = words(r"bezwaar", r"niet akkoord", r"oneens", r"protest", r"niet eens", r"wederwoord", r"reactie op")


def _weeks(match: re.Match[str]) -> float:
    raw = (match.groupdict().get("n") or match.group("n2")).lower().replace(",", ".")
    number = float(raw) if raw[0].isdigit() else float(NUMBER_WORDS[raw])
    unit = (match.groupdict().get("unit") or match.group("unit2")).lower()
    return number if unit.startswith("w") else round(number * 52 / 12)


def _same_year(start: dt.date, end: dt.date | None) -> dt.date:
    """A period's start written without its year ("10 juni t/m 2 augustus 2024") takes the end's year."""
    if end and start.year < end.year and (end - start).days > 366 and start.replace(year=end.year) < end:
        return start.replace(year=end.year)
    return start


def planned_term(doc: Document) -> tuple[dt.date | None, dt.date | None, float | None]:
    """The plan's own period ("12 februari t/m 10 mei 2024") and term in weeks ("13 weken", "3 maanden")."""
    head = doc.text[:4000]
    found = find_dates(head, context_year=doc.date.year if doc.date else None)
    starts = [c.date for c in found if c.label and c.label.startswith(START_LABELS)]
    ends = [c.date for c in found if c.label and c.label.startswith(END_LABELS)]
    end = max(ends) if ends else None
    starts = [_same_year(d, end) for d in starts]
    period = [_same_year(c.date, end) for c in found if c.label and c.label.startswith("periode")]  # "Looptijd | …"
    near = [d for d in starts if doc.date is None or abs((d - doc.date).days) <= 7 * PLAN_START_WINDOW_WEEKS]
    start = period[0] if period and period[0] in near else min(near) if near else None
    if start and end and end <= start:
        end = None
    weeks = None
    for hit in find(doc, TERM, deny=False, asserted=False):
        before = hit.sentence.text[: hit.match.start()].rstrip().lower()
        rate = before.endswith("per")  # "per periode van drie maanden"
        # "in de laatste 6 weken van het traject", "de eerste 4 weken": a window inside the term, not the term
        window = before.endswith(("laatste", "eerste", "afgelopen"))
        # a goal's own deadline: "Doel 2  Alle beslissingen worden binnen de wettelijke termijn van 8 weken genomen"
        # or a deadline overrun ("ruim acht maanden over de termijn")
        deadline = before.endswith(("wettelijke", "binnen de")) or bool(GOAL_LINE.match(hit.sentence.text) or OVERDUE.search(hit.match.group(0)))  # fmt: skip
        if not hit.sentence.legend and not rate and not window and not deadline:
            weeks = _weeks(hit.match)  # the term the plan states ("(twaalf weken)") rather than counted days
            break
    if weeks is None:
        weeks = _term_under_heading(doc)
    if weeks is None and start and end:
        weeks = float(round((end - start).days / 7))
    return start, end, weeks


GOAL_LINE = re.compile(r"^\W*(?:doel|goal)\s*\d", re.IGNORECASE)
OVERDUE = re.compile(r"\bover (?:de|het|zijn|haar) (?:\w+ )?(?:termijn|deadline)", re.IGNORECASE)
# A term on the line under its heading: "Hoe lang:" / "3 weken, dus tot vrijdag 14 juni."
TERM_HEADING = re.compile(r"^\W*(?:hoe\s+lang|looptijd|termijn|duur|periode)\s*[:?]?\s*$", re.IGNORECASE)
TERM_LINE = re.compile(r"^\W*" + _number("n2") + r"\s*(?P<unit2>weken|maanden)\b", re.IGNORECASE)


def _term_under_heading(doc: Document) -> float | None:
    """The term in weeks a plan writes on the line under its heading, when no sentence states it with its label."""
    sentences = read_document(doc)
    for heading, line in zip(sentences, sentences[1:], strict=False):
        if TERM_HEADING.match(heading.text) and (term := TERM_LINE.match(line.text)):
            return _weeks(term)
    return None


def _goal_lines(doc: Document) -> list[str]:
    """The items under a goals heading (until the next heading), or lines that announce a goal ("Doel 2: ...")."""
    goals: list[str] = []
    under_heading = False
    titled: int | None = None  # a goal named by its title alone ("Doel 1 - Stiptheid"): its paragraph follows
    paragraph = False  # right under a bare "Doel" heading
    for sentence in read_document(doc):
        text = sentence.text
        if RULE_LINE.match(text):
            continue  # a table's or page's ruling ("-----", "|----|------|") is no goal and ends no section
        if text.startswith("|"):  # a table's row: "| 1  | Stipt beginnen | max. 1x te laat per periode |"
            cells = [cell.strip() for cell in text.strip("|").split("|")]
            if under_heading and goals and not cells[0] and any(cells):
                goals[-1] += " " + " ".join(c for c in cells if c)  # the row's cells wrapped onto the next line
                continue
            text = f"{cells[0]}. " + " ".join(c for c in cells[1:] if c) if cells[0].isdigit() else " ".join(c for c in cells if c)  # fmt: skip
        after_heading, paragraph = paragraph, False
        if re.match(r"^\s*(?:doel|goal)\s*\d+\s*[:.)-]", text, re.I):
            goals.append(text)
            under_heading = True
            titled = len(goals) - 1 if len(text) < GOAL_TITLE_CHARS else None
        # a sentence that lists what is expected below: "... en zetten daarom hieronder op een rij wat wij van je
        # verwachten."
        elif LIST_FOLLOWS.search(text) and EXPECTED.search(text) and not GOAL_ITEM.match(text):
            under_heading, titled = True, None
        # a heading, numbered as a section of the plan too ("2. Ontwikkel- en verbeterpunten"), not a goal item
        elif len(re.sub(r"\([^)]*\)", "", text)) < 80 and GOAL_HEADING.match(text.lstrip("0123456789. ")) and (not GOAL_ITEM.match(text) or _section_heading(text)):  # fmt: skip
            under_heading, titled = True, None
            rest = text.split(":", 1)[1].strip() if ":" in text else ""
            if len(rest) > 12:
                goals.append(rest)
            # "Doel" / "Rick realiseert ... een omzet van minimaal € 310.000": the paragraph under it is the goal
            paragraph = not rest
        elif after_heading and not GOAL_ITEM.match(text) and len(text) > 12 and not TABLE_HEADER.match(text):
            if not LIST_FOLLOWS.search(text):  # "... moet Yvonne onderstaande resultaten halen.": the list is the goal
                goals.append(text)
        elif under_heading and GOAL_ITEM.match(text) and SECTION.match(_bare(text)):
            under_heading, titled = False, None  # "3. Ondersteuning": the next section of the plan
        elif under_heading and GOAL_ITEM.match(text) and len(text) > 12:
            goals.append(text)
            titled = None
        elif titled is not None and not (len(text) < 45 and SECTION.match(text) and not FIELD_VALUE.search(text)) and len(goals[titled]) < GOAL_BODY_CHARS:  # fmt: skip
            goals[titled] += " " + text  # "Norm: maximaal 1 keer te laat per periode van drie maanden."
        elif under_heading and len(text) < 45 and not GOAL_ITEM.match(text) and not text.rstrip().endswith(":") and not TABLE_HEADER.match(text):  # fmt: skip
            under_heading, titled = False, None  # the next heading ("Ondersteuning", "Evaluatie") ends the goals
            # (not a line that opens the list: "Concreet betekent dit:", nor a table's header: "Nr Doel Meetbaar resultaat")
    return goals[:12]


RULE_LINE = re.compile(r"^[\s|+=_\-–—~*]{3,}$")
LIST_FOLLOWS = words(r"onderstaande", r"(?:de )?volgende (?:doelen|resultaten|afspraken|punten)", r"hieronder")
EXPECTED = words(r"(?:wat|hetgeen) (?:wij|we|ik) (?:\w+ ){0,3}verwacht(?:en)?\b")
TABLE_HEADER = re.compile(r"^\W*(?:nr\.?\s+)?(?:doel|target|resultaat)\w*\s+(?:\w+\s+){0,4}(?:meting|norm|meetbaar|resultaat|streefwaarde)\b", re.I)  # fmt: skip
FIELD_VALUE = re.compile(r":\s*\S")  # "Meting: verslag tweewekelijks gesprek" fills a field, it opens no section
GOAL_TITLE_CHARS = 60  # "Doel 2 - Werken volgens protocol / patiëntveiligheid": a title, its goal in the lines below
GOAL_BODY_CHARS = 400  # how much of that paragraph is read for the goal's measure


SECTION = words(r"ondersteuning\b", r"begeleiding\b", r"evaluatie", r"termijn\b", r"looptijd\b", r"gevolgen?\b", r"consequenties\b", r"planning\b", r"afspraken\b", r"ondertekening\b", r"aanleiding\b", r"voortgang\b", r"meting\b", r"hoe (?:meten|toetsen|beoordelen) (?:we|wij)\b", r"tot slot\b")  # fmt: skip


def _section_heading(line: str) -> bool:
    """A numbered line that is only a heading: a few words, no sentence ("2. Doelen", "3. Verbeterpunten")."""
    bare = re.sub(r"\([^)]*\)", "", _bare(line)).strip()  # "2. Targets (gemeten per week via ITSM-dashboard)"
    return bool(re.match(r"^\d{1,2}[.)]\s", line.strip())) and len(bare.split()) <= 4 and not re.search(r"[.:;,]", bare)


def _bare(line: str) -> str:
    """A line without its enumerator ("3. Ondersteuning" → "Ondersteuning")."""
    return re.sub(r"^\s*(?:[-•*▪·●]|\d{1,2}[.)]|[a-h][.)])\s*", "", line)


def goals(doc: Document) -> tuple[Goal, ...]:
    """Each goal of the plan, concrete when it has a measure one can check, vague otherwise. A goal of conduct is
    checkable when the plan says how it is measured with something other than the manager's impression ("3. Hoe
    meten we het: meeluistersessies 1x per maand, klachten van inwoners over bejegening")."""
    found = []
    measured_by = _measured_by(doc)
    for line in _goal_lines(doc):
        measure = MEASURABLE.search(re.sub(r"^\s*(?:[-•*▪·●]|\d{1,2}[.)]|[a-h][.)]|(?:doel|goal)\s*\d+\s*[:.)-]|(?-i:[A-Z])\d{1,2}[.)]?(?=\s))\s*", "", line, flags=re.I))
        vague = VAGUE.search(line)
        concrete = bool(measure) and not (vague and not re.search(r"\d", line))
        shown = measure.group(0) if measure else None
        if not concrete and measured_by:
            concrete, shown = True, measured_by
        found.append(Goal(text=" ".join(line.split())[:160], concrete=concrete, measure=shown))
    return tuple(found)


# A plan's section on how progress is measured, and the instruments that make a goal checkable in it; the manager's
# own impression is none ("op basis van eigen waarneming en signalen uit de organisatie").
MEASURE_HEADING = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?(?:hoe (?:meten|toetsen|beoordelen|volgen) (?:we|wij)\b|meting\b|toetsing\b|meetmethode|wijze van (?:meten|toetsen))", re.I)  # fmt: skip
INSTRUMENT = words(
    r"meeluister", r"steekproef", r"dashboard", r"rapportage", r"registratie", r"klachten", r"audit", r"vragenlijst",
    r"360", r"feedback van", r"observatie", r"\w*log(?:boek)?\b", r"kpi", r"cijfers", r"\d+ ?x per", r"per (?:week|maand|kwartaal)",
)  # fmt: skip
OWN_VIEW = words(r"eigen waarneming", r"(?:zijn|haar|eigen) indruk", r"signalen uit de organisatie", r"naar (?:het )?oordeel van")
MEASURE_LINES = 8


def _measured_by(doc: Document) -> str | None:
    """The first instrument a plan's measuring section names, read up to the next heading."""
    sentences = read_document(doc)
    for i, sentence in enumerate(sentences):
        heading = MEASURE_HEADING.match(sentence.text)
        if not heading:
            continue
        told = [sentence.text[heading.end():]]
        for line in sentences[i + 1 : i + 1 + MEASURE_LINES]:
            if len(line.text) < 45 and not GOAL_ITEM.match(line.text) and not line.text.rstrip().endswith(":"):
                break  # the next heading
            told.append(line.text)
        used = [t for t in told if INSTRUMENT.search(t) and not OWN_VIEW.search(t)]
        if used:
            return " ".join(used[0].split())[:60]
    asked = next((s.text for s in sentences if COLLEAGUES_ASKED.search(s.text) and s.asserts), None)
    return " ".join(asked.split())[:60] if asked else None


# Colleagues asked for their feedback at the evaluations make a goal of conduct checkable wherever the plan says so
# ("Bij elke evaluatie wordt feedback gevraagd aan collega's met wie hij regelmatig samenwerkt").
COLLEAGUES_ASKED = words(r"feedback (?:\w+ ){0,3}(?:gevraagd|opgevraagd|verzameld|uitgevraagd) (?:\w+ ){0,2}(?:aan|bij|van|onder) (?:\w+ ){0,3}collega")


def support(doc: Document) -> tuple[tuple[str, ...], list[Hit]]:
    """The kinds of support the plan offers; an empty support field ("Ondersteuning: n.v.t.") offers none."""
    kinds: list[str] = []
    hits: list[Hit] = []
    for kind, pattern in SUPPORT:
        for hit in find(doc, pattern, speakers=("employer", "coach")):
            if NOT_OFFERED.search(hit.sentence.text):
                continue
            if kind not in kinds:
                kinds.append(kind)
                hits.append(hit)
            break
    return tuple(kinds), hits


PLAN_TITLE = words(r"(?:^|(?:betreft|onderwerp)\s*:\s*)verbeterpunten", r"verbeterplan", r"verbeterafspraken", r"verbetertraject", r"plan van aanpak (?!poortwachter|re-?integratie)", r"pip\b", r"performance improvement plan", r"ontwikkelplan", r"actieplan functioneren")  # fmt: skip
NOT_A_PLAN_TITLE = words(r"reactie", r"bezwaar", r"check-?in", r"uitnodiging", r"\w*verslag", r"\w*evaluatie", r"\w*gesprek", r"be[eë]indig", r"stop", r"afronding", r"opschorting", r"voornemen", r"voortgang", r"re:", r"fw:", r"antwoord", r"notitie")  # fmt: skip


def _is_plan(doc: Document) -> bool:
    """A plan that reads as one: it sets goals, a term or support (a reply about a plan does not). Found by the
    classifier, or by its own title when the classifier chose another type for a plan written in an unusual voice."""
    head = "\n".join((doc.title or "", doc.text[:200]))
    titled = bool(PLAN_TITLE.search(head)) and not NOT_A_PLAN_TITLE.search(head)
    if doc.doc_type != "improvement_plan":
        return titled and doc.doc_type in ("meeting_report", "correspondence", "other", "warning", "appraisal") and bool(_goal_lines(doc))  # fmt: skip
    if _evaluation_titled(doc):
        return False  # the report of an evaluation the classifier took for the plan it evaluates
    return bool(titled or _goal_lines(doc) or find(doc, TERM, deny=False, asserted=False) or support(doc)[0])


def plans(documents: Sequence[Document]) -> list[Plan]:
    """Each plan document (else a start meeting that lays the plan down) with its term, goals, support and threat."""
    chosen = [d for d in documents if _is_plan(d)]
    if not chosen:
        chosen = [d for d in documents if d.doc_type == "meeting_report" and d.subtype == "start" and _goal_lines(d)]
    found = []
    beyond = _beyond_colleagues(documents)
    for doc in chosen:
        start, end, weeks = planned_term(doc)
        kinds, support_hits = support(doc)
        threat_kind, threat = consequence(doc)
        titled = find(doc, PLAN_WORDS, deny=False, asserted=False)[:1] or [Hit(s, None) for s in read_document(doc)[:1]]  # type: ignore[arg-type]
        shown = [evidence(h) for h in titled + support_hits[:2] + threat[:1]]
        found.append(
            Plan(
                date=doc.date,
                start=start or doc.date,
                end=end,
                planned_weeks=weeks,
                goals=tuple(dataclasses.replace(g, reasonable=False) if beyond(g) else g for g in goals(doc)),
                support=kinds,  # type: ignore[arg-type]
                evaluations_planned=None,
                consequence=threat_kind,
                evidence=tuple(shown),
            )
        )
    return found


# The employer's own side saying no colleague meets a target of the plan: "Niemand in het team haalt 35 of 85% (beste:
# 29,1 en 73%)", "Geen medewerker >= 35 t/d of >= 85% FTF in Q4." (targets beyond colleagues: ECLI:NL:RBMNE:2018:1898).
NOBODY_MEETS = words(
    r"niemand (?:\S+ ){0,4}(?:haalt|halen|haalde|haalden|bereikt|bereiken|gehaald)\b",
    # "Targets in het traject liggen op alle punten boven de hoogste score in team B"
    r"boven (?:de|het) (?:hoogste|beste) (?:score|resultaat|prestatie|cijfer)\w* (?:\S+ ){0,3}(?:team|afdeling|collega)",
    r"(?:haalt|halen|haalde) niemand\b",
    r"geen (?:enkele )?(?:medewerker|collega)\w* (?:\S+ ){0,5}(?:haalt|halen|haalde|gehaald|bereikt|>=|≥)",
)
EVERY_TARGET = words(r"(?:op )?alle (?:\w+ ){0,2}(?:punten|targets|doelen|normen|kpi'?s)\b")
_TARGET_NUMBER = re.compile(r"(?<![\w,.])\d+(?:[,.]\d+)?(?![\w,.]\d)")


def _beyond_colleagues(documents: Sequence[Document]) -> Callable[[Goal], bool]:
    """Whether the employer's side says no colleague meets a goal's target: the number it says, outside a bracket
    that gives the best colleague's figure, stands in the goal (read once for all the plans of the file)."""
    said = [
        re.sub(r"\([^)]*\)", "", h.sentence.text)
        for d in documents for h in find(d, NOBODY_MEETS, speakers=("employer",), quoted=True)
    ]  # fmt: skip
    if any(EVERY_TARGET.search(text) for text in said):  # "op alle punten boven de hoogste score": each goal's target
        return lambda goal: bool(_TARGET_NUMBER.search(goal.text))
    numbers = {n for text in said for n in _TARGET_NUMBER.findall(text)}
    return lambda goal: bool(numbers & set(_TARGET_NUMBER.findall(goal.text)))


def meeting_kind(doc: Document) -> str | None:
    """The trajectory meeting a report records: from its title first, else from the classifier's subtype."""
    head = (doc.title or "") + "\n" + doc.text[:300]
    # a form's options: only the ticked one names the talk ("Soort gesprek: ☒ Startgesprek ☐ Tussenevaluatie")
    head = "\n".join(ticked_only(line) for line in head.splitlines())
    for kind, pattern in MEETING_TITLES:
        if pattern.search(head):
            return kind
    return SUBTYPE_EVENT.get(doc.subtype or "")


# A title stands in a document's first lines, and is short.
TITLE_LINES = 3
TITLE_CHARS = 80


def _evaluation_titled(doc: Document) -> bool:
    """A document titled as an evaluation ("VERSLAG TUSSENEVALUATIE VERBETERPLAN" under its letterhead), not a plan that
    announces one ("Na zes weken volgt een tussentijdse evaluatie")."""
    head = [line for line in doc.text[:TITLE_LINES * 200].splitlines() if line.strip()][:TITLE_LINES]
    titles = [line for line in head if len(line.strip()) <= TITLE_CHARS and not line.lstrip().startswith("(")]  # not "(notes shared after mid-term)"
    return any(pattern.search(line) for line in titles for kind, pattern in MEETING_TITLES if kind in ("interim_evaluation", "final_evaluation"))  # fmt: skip


def _evaluation_named(file: str) -> bool:
    return bool(re.search(r"(?:eind|tussen)-?evaluatie|evaluatie (?:\w+ )?(?:verbeter)?(?:plan|traject|pip)", file, re.IGNORECASE))


def outcome(doc: Document) -> str | None:
    """The outcome a final evaluation states: the option ticked on a form first ("☐ gedeeltelijk verbeterd ☒ niet
    verbeterd"), else the first kind its sentences state."""
    for sentence in read_document(doc):
        if sentence.speaker == "employer" and (ticked := ticked_only(sentence.text)) != sentence.text:
            for kind, pattern in OUTCOMES:
                if pattern.search(ticked):
                    return kind
    stated = {kind: find(doc, pattern, deny=kind != "not_improved", speakers=("employer",)) for kind, pattern in OUTCOMES}
    order = {id(sentence): index for index, sentence in enumerate(read_document(doc))}
    concluded = [(order[id(hit.sentence)], rank, kind) for rank, (kind, hits) in enumerate(stated.items()) for hit in hits if CONCLUDES.search(hit.sentence.text)]  # fmt: skip
    if concluded:
        return min(concluded)[2]
    return next((kind for kind, hits in stated.items() if hits), None)


# The sentence that draws the evaluation's conclusion, over the goals' lines before it ("b. Overdracht - wisselend"
# above "De werkgever concludeert dat ... onvoldoende is verbeterd").
CONCLUDES = words(r"conclu", r"eindoordeel", r"daarmee", r"samenvattend", r"al met al", r"kortom", r"alles overziend")


def _sentence_date(hit: Hit, doc: Document) -> dt.date | None:
    return fact_day(hit, doc)


# A pause or a restart a mail announces takes effect on the day it names, up to this long after the mail.
RESUMED_WITHIN_DAYS = 31
# A change made "hierbij", "per vandaag": on the day of the letter or mail that makes it.
TAKES_EFFECT = words(r"met ingang van", r"ingaande", r"vanaf", r"per")
MADE_NOW = words(r"hierbij", r"per vandaag", r"vanaf vandaag", r"met ingang van vandaag", r"(?:per|vanaf|met ingang van) heden", r"met onmiddellijke ingang", r"per direct")


def _change_day(hit: Hit, doc: Document, kind: str) -> dt.date | None:
    """The day a change was made. A change made "hierbij" or "per vandaag" is made on the day of its letter or mail,
    whatever other day its sentence names ("het plan dat op 1 juni is gestart"); an extension's days are its new end or
    the pause it makes up for ("verlengd tot 19 juli"), so it takes the day the act was done (`act_day`); a pause or
    restart takes the day it takes effect, up to RESUMED_WITHIN_DAYS after the mail; other changes the first day their
    sentence names ("op 6 januari hervat")."""
    if MADE_NOW.search(hit.sentence.text):
        return hit.sentence.date or doc.date  # "Het plan dat op 1 juni is gestart, beëindigen wij hierbij"
    if kind == "extension":
        return act_day(hit.sentence, doc)
    if kind in ("suspension", "resumption") and (written := hit.sentence.date or doc.date):
        # "We pakken het verbeterplan weer op vanaf maandag 8 juli" in a mail of 2 July: the day it takes effect
        # "gelet op het advies van 11 juni wordt het traject met ingang van 1 juli hervat": the day after the cue
        # the last cue: "Het traject, dat per 15 mei was opgeschort, wordt hervat met ingang van 7 augustus"
        cue = next(reversed(list(TAKES_EFFECT.finditer(hit.sentence.text))), None)
        days = sentence_dates(hit.sentence, doc, not_after=written + dt.timedelta(days=RESUMED_WITHIN_DAYS), near=cue.end() if cue else None)  # fmt: skip
        return days[0] if days else written
    return _sentence_date(hit, doc)


# A plan is often dated when it was written and handed over in a talk some days later ("Besproken en uitgereikt op 8
# januari" in a plan of 4 January): a talk it names up to this long after its own date is that talk.
HANDED_OVER_WEEKS = 4


def _talk_day(hit: Hit, doc: Document) -> dt.date | None:
    """The day of the talk a plan names, up to HANDED_OVER_WEEKS after the plan: the first day written after the words
    that name the talk ("Opgesteld: 1 februari, besproken en ondertekend op 5 februari"), else the sentence's first."""
    later = doc.date + dt.timedelta(weeks=HANDED_OVER_WEEKS) if doc.date else None
    days = sentence_dates(hit.sentence, doc, not_after=later, after=hit.match.start()) or sentence_dates(hit.sentence, doc, not_after=later)  # fmt: skip
    return days[0] if days else hit.sentence.date or doc.date


def _planned_end(plans: Sequence[Plan]) -> dt.date | None:
    plan = plans[0] if plans else None
    if plan is None:
        return None
    if plan.end:
        return plan.end
    if plan.start and plan.planned_weeks:
        return plan.start + dt.timedelta(weeks=plan.planned_weeks)
    return None


def events(documents: Sequence[Document], plans: Sequence[Plan] = ()) -> list[TrajectoryEvent]:
    """Meetings held (from their reports; a plan discussed with the employee starts the trajectory) and changes to
    it (extended, suspended, resumed, ended early). An evaluation held at the planned end is the final one."""
    found: list[tuple[TrajectoryEvent, Document]] = []
    latest = last_day(documents)
    for doc in documents:
        is_plan = _is_plan(doc)
        # a report of an evaluation the classifier took for the plan it evaluates ("Tussentijdse evaluatie verbetertraject")
        evaluation = doc.doc_type == "improvement_plan" and _evaluation_titled(doc)
        # ... or for an appraisal, when the file's own name says it evaluates the trajectory ("Eindevaluatie verbeterplan")
        evaluation = evaluation or (doc.doc_type == "appraisal" and _evaluation_named(doc.file))
        # ... or for a performance review, when its title says it evaluates the trajectory ("PIP - final evaluation")
        evaluation = evaluation or (doc.doc_type == "meeting_report" and doc.subtype == "performance_review" and _evaluation_titled(doc))  # fmt: skip
        if (doc.doc_type == "meeting_report" and doc.subtype != "performance_review") or evaluation:
            kind = meeting_kind(doc)
            if kind:
                result = outcome(doc) if kind == "final_evaluation" else None
                first = read_document(doc)[:1]
                found.append((TrajectoryEvent(date=doc.date, kind=kind, outcome=result, evidence=tuple(evidence(s) for s in first)), doc))  # type: ignore[arg-type]  # fmt: skip
        if doc.doc_type in ("meeting_report", "correspondence", "other", "improvement_plan"):
            # a plan lists the talks it plans ("Voortgangsgesprekken: 22 januari, 5 februari"), none held yet
            for hit in [] if is_plan else find(doc, HELD_ON, quoted=True):
                # "gesprekken gevoerd op 5 en 19 februari", "Voortgangsgesprekken na hervatting: 7 juni en 21 juni":
                # the days after it (not "sinds de start op 22 januari"); "Voortgangsgesprekken 20/2 en 5/3 gehouden;
                # 19/3 vervallen": the days up to its verb; "heeft op 5 en 19 maart een klassenbezoek afgelegd": the
                # days before
                told = hit.match.group(0).lower()
                after = hit.match.start() if re.search(r"(?: op|:\s*)$", told) else 0
                before = hit.match.end() if re.search(r"(?:gehouden|gevoerd|gehad)$", told) else None
                for day in sentence_dates(hit.sentence, doc, after=after, before=before):
                    found.append((TrajectoryEvent(date=day, kind="progress", evidence=(evidence(hit),)), doc))
            for hit in [] if is_plan else find(doc, PROGRESS_TALK_HELD, quoted=True):
                if hit.sentence.future or TO_COME.search(hit.sentence.text) or NOT_HELD.search(hit.sentence.text):
                    continue
                for day in _progress_talk_days(hit.sentence, doc):
                    found.append((TrajectoryEvent(date=day, kind="progress", evidence=(evidence(hit),)), doc))
            # running notes kept per talk ("ma 06-02 -- 1:1 PIP week 3"), dated by their first line: a later line's
            # day stands up to the dossier's last date
            for hit in find(doc, NOTE_MEETING):
                if NOT_HELD.search(hit.sentence.text):
                    continue  # "weekoverleg #3: L. niet verschenen": planned, not held
                for day in sentence_dates(hit.sentence, doc, not_after=latest)[:1]:
                    found.append((TrajectoryEvent(date=day, kind="progress", evidence=(evidence(hit),)), doc))
            found += [(event, doc) for event in _note_talks(doc, _term(plans))]
            found += [(event, doc) for event in _headed_talks(doc)]
        if not is_plan and (told := _start_told(doc, plans)):
            found.append((told, doc))
        # "Het verbetertraject is op maandag 20 mei 2024 gestart.": a start the employer's side tells with its own day
        for hit in [] if is_plan else find(doc, STARTED_ON, speakers=("employer",), quoted=True):
            today = [hit.sentence.date or doc.date] if TODAY.search(hit.sentence.text) else []  # "plan is vandaag gestart"
            near = hit.match.start("note") if hit.match.group("note") else None  # a note line: its own day
            for day in (sentence_dates(hit.sentence, doc, near=near) or today)[:1]:
                found.append((TrajectoryEvent(date=day, kind="start", evidence=(evidence(hit),)), doc))
        if is_plan:
            # The talk that handed the plan over: of the talks the plan names, the one nearest its own date (a plan
            # also recalls the earlier talk that led to it: "Dit is besproken op 12 oktober").
            talks = [(day, hit) for hit in find(doc, DISCUSSED, deny=False) if (day := _talk_day(hit, doc))]
            talks = [(day, hit) for day, hit in talks if doc.date is None or abs((day - doc.date).days) <= 7 * PLAN_START_WINDOW_WEEKS]  # fmt: skip
            if talks:
                day, hit = min(talks, key=lambda t: abs((t[0] - doc.date).days) if doc.date else 0)
                found.append((TrajectoryEvent(date=day, kind="start", evidence=(evidence(hit),)), doc))
        if doc.doc_type == "training":
            continue
        for hit in [] if is_plan else find(doc, NOT_STARTED, speakers=("employer",), quoted=True):
            found.append((TrajectoryEvent(date=hit.sentence.date or doc.date, kind="not_started", evidence=(evidence(hit),)), doc))  # fmt: skip
            break
        for kind, pattern in CHANGES:
            for hit in find(doc, pattern, speakers=("employer", "occupational_physician"), quoted=True):
                if doc.author == "employee" and not hit.sentence.quoted:
                    continue  # the employee's own reply reports no change; the employer's mail quoted below it may
                    # (the manager's mail that the classifier took for the employee's reaction does)
                if kind == "suspension" and STILL.search(hit.sentence.text):
                    continue  # "het traject blijft opgeschort": a pause made before, told again
                advised = ADVISED.search(hit.sentence.text) and not DECIDED.search(hit.sentence.text)
                # "Zoals de bedrijfsarts adviseerde, hervatten we ...": a request or advice followed is a change made
                requested = REQUEST.search(hit.sentence.text) and not DECIDED.search(hit.sentence.text)
                if advised or requested or NEGATION_INSIDE.search(hit.match.group(0)) or hit.sentence.future or NO_SUCH.search(hit.sentence.text):  # fmt: skip
                    continue  # asked for, advised, denied or only announced: not (yet) a change
                main_clause = SUBORDINATE.split(hit.sentence.text, maxsplit=1)[0]  # "... opgeschort houden tot hij ... heeft hervat"
                if NOT_MADE.search(hit.sentence.text) or (hit.sentence.speaker == "occupational_physician" and not FINITE.search(main_clause)):  # fmt: skip
                    continue  # a rule of the plan, a step after recovery, what should have been done, a physician's advice
                if kind == "extension" and (CHANGES[1][1].search(hit.sentence.text) or BY_THE_PAUSE.search(hit.sentence.text)):
                    continue  # "we schorten het traject op; de termijn wordt verlengd met de duur": one suspension
                weeks = None
                if kind == "extension" and (term := re.search(r"\b" + _NUMBER + r"\s*(?P<unit>weken|maanden)", hit.sentence.text, re.I)):  # fmt: skip
                    weeks = _weeks(term)
                found.append((TrajectoryEvent(date=_change_day(hit, doc, kind), kind=kind, weeks=weeks, evidence=(evidence(hit),)), doc))  # type: ignore[arg-type]  # fmt: skip
                break
    end = _planned_end(plans)
    if end and not any(e.kind == "final_evaluation" for e, _ in found) and (concluded := _conclusion_told(documents, end)):
        # the talk that drew it is the final one, not also a progress talk ("ma 10/3 gesprek gehad met ilse. is niet beter")
        found = [(e, d) for e, d in found if not (e.kind in ("progress", "interim_evaluation") and e.date and abs((e.date - concluded[0].date).days) <= 3)]  # type: ignore[operator]  # fmt: skip
        found.append(concluded)
    if end and not any(e.kind == "final_evaluation" for e, _ in found):
        late = [(e, d) for e, d in found if e.kind in ("interim_evaluation", "progress") and e.date and e.date >= end - dt.timedelta(weeks=1)]  # fmt: skip
        if late:
            last, doc = max(late, key=lambda item: item[0].date)
            found = [(dataclasses.replace(e, kind="final_evaluation", outcome=outcome(d)) if e is last else e, d) for e, d in found]  # fmt: skip
    return _dedupe([e for e, _ in found])


# The plan handed over in a few words, in running notes, a chat or a mail: "ma 18/11 - plan besproken met Ron",
# "verbeterplan met R. besproken in de kantine", "ma 12/6 - afspraken op papier gegeven en met haar doorgenomen",
# "kick-off met Rohan gehad. plan doorgelopen", "PIP gestart, doc gedeeld", "Gisteren hebben we het startgesprek gehad".
START_TOLD = words(
    r"(?:verbeter)?(?:plan|pip|afspraken|verbeterpunten|verbeterafspraken)\w* (?:\S+ ){0,4}(?:besproken|doorgenomen|doorgelopen|gegeven|meegegeven|uitgereikt|overhandigd|gedeeld)\b",
    r"(?:kick-?off|aftrap) (?:met\b|(?:\S+ ){0,3}(?:gehad|gehouden|gedaan|done)\b)",
    r"(?:pip|verbeterplan|verbetertraject|traject) (?:is )?gestart\b",
    r"startgesprek (?:\S+ ){0,2}(?:gehad|gehouden|gevoerd)\b",
)
# ... not an invitation to it, nor the talk still to come ("Het plan wordt besproken en vastgesteld in een startgesprek").
START_TO_COME = words(r"uitnodig\w*", r"nodig\w* (?:\w+ ){0,4}uit\b", r"(?:wordt|worden) (?:\w+ ){0,3}(?:besproken|doorgenomen|uitgereikt|gegeven)")
# A start told so counts when it lies this near the plan's own start (a later talk may go over the plan again).
START_TOLD_WEEKS = 3


def _told_day(hit: Hit, doc: Document) -> dt.date | None:
    """The day a few words tell an act on: the day written nearest them, up to the writing ("- 24 juni: evaluatie per
    mail, geen verbetering"; a note that runs on into the next: "ma 4/12 - ... ma 11/12 - verbeterplan aan D.
    gegeven"), else the day of the note, chat line or mail."""
    written = hit.sentence.date or doc.date
    return next(iter(sentence_dates(hit.sentence, doc, not_after=written, near=hit.match.start())), written)


def _start_told(doc: Document, plans: Sequence[Plan]) -> TrajectoryEvent | None:
    """The first start told in few words in `doc`, dated by its own day (a note's line, a chat's stamp, "gisteren"),
    when the file's plan starts near it or the file has no plan."""
    start = plans[0].start if plans else None
    for hit in find(doc, START_TOLD, quoted=False, speakers=("employer",)):
        text = hit.sentence.text
        if hit.sentence.future or NOT_HELD.search(text) or TO_COME.search(text) or START_TO_COME.search(text) or SUBJECT_LINE.match(text):  # fmt: skip
            continue
        day = _told_day(hit, doc)
        if day and (start is None or abs((day - start).days) <= 7 * START_TOLD_WEEKS):
            return TrajectoryEvent(date=day, kind="start", evidence=(evidence(hit),))
    return None


# The trajectory's outcome told in a few words, in notes, a chat or a mail ("eindgesprek Sem. Niet beter.", "Conclusie:
# het is niet verbeterd.", "PIP niet gehaald.", "conclusion: not enough improvement", "Een beetje beter maar niet
# genoeg."): the final evaluation, when no report of it is in the file.
CONCLUSION_TOLD = words(
    r"niet (?:\w+ ){0,2}beter (?:geworden|gegaan)\b", r"niet beter\b(?! dan)", r"niks verbeterd", r"niet (?:genoeg|voldoende) verbeterd",
    r"onvoldoende (?:\w+ ){0,2}(?:verbeterd|verbetering)", r"geen verbetering", r"(?:pip|verbeterplan|plan|traject)\w* (?:\w+ ){0,2}niet (?:gehaald|behaald|geslaagd)",
    r"not (?:enough )?improve", r"not (?:been )?completed successfully", r"pip not passed",
    r"(?:deels|gedeeltelijk|op onderdelen) verbeterd", r"beetje beter maar",
)  # fmt: skip
PARTLY_TOLD = words(r"deels", r"gedeeltelijk", r"op onderdelen", r"beetje beter maar")
# Told from two weeks before the planned end to this long after it (a pause or an extension runs the term on).
CONCLUSION_WEEKS_AFTER = 12


def _conclusion_told(documents: Sequence[Document], end: dt.date) -> tuple[TrajectoryEvent, Document] | None:
    """The first outcome of the trajectory the employer's side tells in few words near its planned end."""
    told = []
    for doc in documents:
        if _is_plan(doc):
            continue
        for hit in find(doc, CONCLUSION_TOLD, deny=False, speakers=("employer",)):
            day = _told_day(hit, doc)
            if hit.sentence.future or day is None or not (end - dt.timedelta(weeks=2) <= day <= end + dt.timedelta(weeks=CONCLUSION_WEEKS_AFTER)):  # fmt: skip
                continue
            result = "partly" if PARTLY_TOLD.search(hit.sentence.text) else "not_improved"
            told.append((TrajectoryEvent(date=day, kind="final_evaluation", outcome=result, evidence=(evidence(hit),)), doc))  # type: ignore[arg-type]  # fmt: skip
    return min(told, key=lambda item: item[0].date) if told else None


# The employer's side telling that the trajectory proposed had not begun: "Doel: het verbetertraject uit maart 2024
# alsnog starten", "Geen afspraken gemaakt over start traject", "Het verbeterplan is nooit van start gegaan".
NOT_STARTED = words(
    r"(?:verbeter)?(?:traject|plan|pip)\w* (?:\S+ ){0,6}(?:nooit|nog niet) (?:\S+ ){0,3}(?:gestart|begonnen|van start gegaan|opgestart)\b",
    r"(?:verbeter)?(?:traject|plan|pip)\w* (?:\S+ ){0,5}alsnog (?:te )?(?:starten|beginnen|opstarten|van start)",
    r"geen afspraken (?:\S+ ){0,2}(?:over )?(?:de )?start (?:van )?(?:het )?(?:verbeter)?(?:traject|plan|pip)",
    r"(?:is|was) (?:er )?nooit (?:een |het )?(?:verbeter)?(?:traject|plan) (?:\S+ ){0,2}(?:gestart|begonnen|van start gegaan|geweest)\b",
)  # fmt: skip
STARTED_ON = words(
    r"(?:verbeter)?(?:traject|plan|pip)\w* (?:is|werd) (?:\S+ ){0,6}(?:gestart|begonnen|van start gegaan)\b",
    r"(?:is|werd) (?:met (?:u|je|jou|hem|haar) )?(?:een|het|uw|je|jouw|zijn|haar) (?:verbeter)?(?:traject|plan|pip)\w* (?:\S+ ){0,2}(?:gestart|begonnen|van start gegaan)\b",
    # a note line that opens with its day: "ma 6/11: plan met D. doorgenomen en aan hem gegeven", "20/11 plan aan
    # Ronald gegeven en doorgenomen"
    r"(?P<note>(?<![\w/-])(?:(?:ma|di|wo|do|vr|za|zo)\w*\.?\s+)?\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?)\s*:?\s+(?:\S+ ){0,2}(?:verbeter)?(?:plan|pip)\w* "
    r"(?:\S+ ){0,4}(?:doorgenomen|overhandigd|uitgereikt|gegeven)\b",
    # "verbeterplan begint vandaag, 4 weken.", "PIP start vandaag"
    r"(?:verbeter)?(?:traject|plan|pip)\w* (?:begint|start|gaat) (?:\S+ )?(?:vandaag|vanaf vandaag|van start)\b",
)
# The reports of several talks in one file, each under a heading with its day: "VOORTGANGSGESPREK 1 - vrijdag 15 maart
# 2024", "TUSSENEVALUATIE - 12 april 2024".
HEADED_TALK = re.compile(r"^\W*(?:(?P<start>startgesprek)|(?P<interim>tussen-?evaluatie|tussentijdse evaluatie)|voortgangsgesprek(?:\s*(?:nr\.?\s*)?\d+(?=\s*[-–—:]))?)(?:\s*[-–—:]\s*|\s+)(?=\S)", re.IGNORECASE)  # fmt: skip
# ... or with its day first: "13 May 2024 - check-in wk 1", "6 mei 2024 - kick-off", "di 2 april: tussenevaluatie".
HEADED_TALK_DAY_FIRST = re.compile(
    r"^\W*(?:\w+dag\s+)?\d{1,2}[\s/-]+(?:[a-z]{3,9}\.?|\d{1,2})(?:[\s/-]+\d{2,4})?\s*[-–—:]\s*"
    r"(?:(?P<start>kick-?off|startgesprek)|(?P<interim>tussen-?evaluatie|tussentijdse evaluatie|mid-?term)|check-?in|1-?on-?1|voortgangsgesprek)\b",
    re.IGNORECASE,
)
HEADED_TALKS = 2


def _headed_talks(doc: Document) -> list[TrajectoryEvent]:
    """The talks of a file that reports several under their own headings, each on the day its heading gives (a talk
    whose next line says it was called off is none: "20 May 2024 - check-in wk 2 / - (cancelled - offsite)")."""
    found = []
    sentences = read_document(doc)
    lines = doc.text.splitlines()
    for number, line in enumerate(lines):
        heading = HEADED_TALK.match(line) or HEADED_TALK_DAY_FIRST.match(line)
        days = find_dates(line, context_year=doc.date.year if doc.date else doc.context_year) if heading else []
        shown = next((x for x in sentences if line.strip()[:30] in x.text), None) if days else None
        if heading and days and shown and not NOT_HELD.search(" ".join(lines[number : number + 2])):
            kind = "start" if heading.group("start") else "interim_evaluation" if heading.group("interim") else "progress"
            found.append(TrajectoryEvent(date=days[0].date, kind=kind, evidence=(evidence(shown),)))  # type: ignore[arg-type]
    return found if len(found) >= HEADED_TALKS else []


def _term(plans: Sequence[Plan]) -> tuple[dt.date, dt.date] | None:
    """The days the trajectory ran, as far as the plan tells: from its start to some weeks after its planned end (a
    pause or an extension runs it on)."""
    plan = plans[0] if plans else None
    start = plan and (plan.start or plan.date)
    if start is None:
        return None
    end = _planned_end(plans) or start + dt.timedelta(weeks=TERM_UNKNOWN_WEEKS)
    return start, end + dt.timedelta(weeks=TERM_RUNS_ON_WEEKS)


# A plan that names no term is read as running this long; a term runs on this long after its planned end (pauses and
# extensions). Chosen on the dev dossiers (tests/facts_dossiers/dev).
TERM_UNKNOWN_WEEKS = 26
TERM_RUNS_ON_WEEKS = 12
# A note that opens with a talk in plain words ("ma 8/1 overleg. Zelfde beeld", "ma 20/1 - gesprek.", "kort gesproken na
# repetitie", "Dinsdag wel even gezeten met hem"): a talk of the trajectory when its day falls in the plan's term; not
# a talk about resuming it (a resumption), with HR or the physician, or a visit when the employee was off.
NOTE_ANY_TALK = re.compile(
    r"^\W*(?:(?:kort(?:e)?\s+)?(?:gesprek(?:je)?|overleg|bespreking|weekoverleg)\b(?!\s+(?:met\s+)?(?:hr|p&o|de bedrijfsarts|bedrijfsarts|arbo))"
    r"|1[- ]?op[- ]?1\b|one[- ]on[- ]one\b|(?:kort\s+)?(?:met \S+ )?(?:gesproken|gezeten|bijgepraat)\b|(?:kort\s+)?(?:bij \S+ )?langs(?:geweest| geweest| gegaan)\b)",
    re.IGNORECASE,
)
NOT_A_PROGRESS_TALK = words(r"hervat\w*", r"herstart\w*", r"\(?hr\)?", r"p&o", r"bedrijfsarts", r"had vrij", r"was vrij", r"afwezig")


def _note_talks(doc: Document, term: tuple[dt.date, dt.date] | None = None) -> list[TrajectoryEvent]:
    """The talks of running notes, each dated by the day its note opens with (talks that did not go ahead left out).
    A note without a full stop runs on into the next in one sentence ("ma 26/2 - ma 11/3 voortgangsgesprek 1.").
    Within the plan's `term` a note that opens with a talk in plain words counts too (NOTE_ANY_TALK)."""
    found = []
    day_alone = False  # the previous sentence was the note's day on a line of its own ("ma 19/2" / "Voortgang 1.")
    for sentence in read_document(doc):
        if sentence.date is None or sentence.quoted:
            day_alone = False
            continue
        opened = list(NOTE_DAY_IN_TEXT.finditer(sentence.text)) if NOTE_LINE.match(sentence.text) else []
        notes = [(m.end(), note_date(m, sentence.date)) for m in opened]
        if not opened and (named := named_note_day(sentence.text, sentence.date)):
            notes = [named]  # "ma 4 nov 2024 - startgesprek"
        if day_alone and not opened:
            notes = [(0, sentence.date)]
        for index, (start, day) in enumerate(notes):
            end = opened[index + 1].start() if index + 1 < len(opened) else len(sentence.text)
            note = sentence.text[start:end]
            if not day or NOT_HELD.search(note):
                continue
            if talk := NOTE_TALK.match(note):
                kind = "interim_evaluation" if talk.group("interim") else "start" if talk.group("start") else "progress"
                found.append(TrajectoryEvent(date=day, kind=kind, evidence=(evidence(sentence),)))  # type: ignore[arg-type]
            elif term and term[0] < day <= term[1] and NOTE_ANY_TALK.match(note) and not NOT_A_PROGRESS_TALK.search(note):
                found.append(TrajectoryEvent(date=day, kind="progress", evidence=(evidence(sentence),)))
        day_alone = bool(opened) and not sentence.text[opened[-1].end() :].strip(" .:-–")
    return found


# A note's day inside a sentence of running notes: at its start or after a space ("- ma 11/3 voortgangsgesprek 1").
NOTE_DAY_IN_TEXT = re.compile(r"(?:^|(?<=\s))" + NOTE_DAY + r"(?:[-/](?P<y>\d{4}|\d{2}))?(?![-/]\d)\b[\s:–—-]*", re.IGNORECASE)  # fmt: skip


def _dedupe(items: list[TrajectoryEvent]) -> list[TrajectoryEvent]:
    """The same meeting or change mentioned twice (a report and a later mail) is one event: the first mention. Two
    days one document gives for the same kind are two meetings ("ma 30-01 -- 1:1", "ma 06-02 -- 1:1")."""
    kept: list[TrajectoryEvent] = []
    for item in sorted(items, key=lambda e: (e.date or dt.date.max)):
        twin = next(
            (k for k in kept if k.kind == item.kind and k.date and item.date and abs((k.date - item.date).days) <= 10 and not _apart_in_one_document(k, item)),  # fmt: skip
            None,
        )
        if twin is None:
            kept.append(item)
    return kept


def _apart_in_one_document(a: TrajectoryEvent, b: TrajectoryEvent) -> bool:
    return bool(a.evidence and b.evidence) and a.evidence[0].document == b.evidence[0].document and a.date != b.date


# A term lengthened by the time lost ("hervat en verlengd met de duur van de ziekte"): the pause's consequence, not an
# extension of its own.
BY_THE_PAUSE = words(r"(?:met|voor) de duur van (?:de|het|haar|zijn|uw|je) (?:\w+ )?(?:ziekte\w*|afwezigheid|opschorting|uitval|verzuim)")  # fmt: skip
# The physician advising a change is not the change ("De bedrijfsarts heeft op 16 mei geadviseerd uw verbetertraject met
# zes weken te verlengen"), unless the sentence also decides it ("Wij hebben besloten, zoals geadviseerd, ...").
ADVISED = words(r"geadviseerd", r"adviseert", r"adviseerde")
DECIDED = words(r"besloten", r"besluiten", r"hierbij", r"conform", r"overeenkomstig", r"(?:volgen|volgt|opgevolgd) (?:\w+ ){0,3}advies", r"(?:zo|zoals) (?:\w+ ){0,2}(?:geadviseerd|adviseerde|adviseert)", r"op (?:\w+ ){0,2}advies")  # fmt: skip
# The day a signature gives at its end: "P. v Leeuwen  16/6".
SIGNED_DAY = re.compile(r"\b(\d{1,2})[-/](\d{1,2})\s*$")
# A stance the patterns miss counts when the sentence model (sentence_model.py) is this sure of it. Chosen on the
# development dossiers (tests/facts_dossiers/dev): stance F1 0.784 at 0.8, 0.792 at 0.9, 0.800 at 0.95.
STANCE_THRESHOLD = 0.95
# Declining to offer something is the employer's no, not the employee's refusal: "Cliënte is derhalve niet bereid een
# verbetertraject aan te bieden" (the employer's lawyer for the employer).
TO_OFFER = words(r"(?:aan te bieden|te bieden|toe te kennen|op te stellen|te faciliteren)\b")
# Not signing the plan or a report is an objection to it, not a refusal of the trajectory (as in STANCES).
SIGNING = words(r"(?:onder)?teken\w*", r"handtekening", r"paraaf", r"paraferen")


def _stances_read(doc: Document, kind: str) -> list[Sentence]:
    """The sentences the sentence model reads as this stance of the employee's (their own words, or a report of what
    they do; cooperation with another position is no cooperation with the plan, and not signing is no refusal)."""
    return [
        s for s in model_sentences(doc, f"stance_{kind}", STANCE_THRESHOLD)
        if about_employee(s)
        and not (kind == "refuses" and SIGNING.search(s.text))
        and not _other_than_stance(kind, s.text)
    ]  # fmt: skip


def _other_than_stance(kind: str, text: str) -> bool:
    """A sentence that reads as the stance but tells something else: cooperation with another position, a settlement
    talk, or the employer declining to offer something."""
    return bool(
        (kind == "cooperates" and OTHER_POSITION.search(text))
        or (kind in ("cooperates", "refuses") and SETTLEMENT.search(text))
        or (kind == "refuses" and TO_OFFER.search(text))
    )


def stances(documents: Sequence[Document]) -> list[Stance]:
    """The employee's stance: from the employee's own words and from what the employer's documents report of them."""
    found: list[Stance] = []
    latest = last_day(documents)

    def day(sentence: Sentence, doc: Document) -> dt.date | None:
        """A remark written where the employee signed carries the day they signed ("niet voor akkoord - H. K. 13/4"),
        often weeks after the document's own day; so does the employee's comment in an employer's form that the
        employee signed on a later day ("Handtekening medewerker: S. Kuipers  datum: 19-12-2023")."""
        if not signed_by_employee(sentence.text) and not agreed_by_signature(sentence):
            return signed_form_day(sentence, doc) or sentence.date or doc.date
        signed = sentence_dates(sentence, doc, not_after=latest)
        line = next((line for line in doc.text.splitlines() if sentence.text[:30] in line), sentence.text)
        if not signed and latest and (note := SIGNED_DAY.search(line)):
            signed = [d for d in [day_of_note(int(note.group(1)), int(note.group(2)), latest)] if d]
        return signed[-1] if signed else sentence.date or doc.date

    for doc in documents:
        if doc.doc_type in ("medical",):
            continue
        seen: set[str] = set()
        for kind, pattern in STANCES:
            hits = [
                h for h in find(doc, pattern, deny=kind != "denies", quoted=True)
                if about_employee(h.sentence) and not _other_than_stance(kind, h.sentence.text)
                # "Voor akkoord: <name>" agrees with a plan or a talk's report, not with a contract's change
                and not (agreed_by_signature(h.sentence) and doc.doc_type not in ("improvement_plan", "meeting_report"))
            ]  # fmt: skip
            if hits and kind not in seen:
                seen.add(kind)
                found.append(Stance(date=day(hits[0].sentence, doc), kind=kind, evidence=(evidence(hits[0]),)))  # type: ignore[arg-type]  # fmt: skip
            elif kind not in seen and (read := _stances_read(doc, kind)):
                seen.add(kind)
                found.append(Stance(date=day(read[0], doc), kind=kind, evidence=(evidence(read[0]),)))  # type: ignore[arg-type]  # fmt: skip
        if doc.doc_type == "employee_response" and "objects" not in seen:
            hits = find(doc, OBJECTS, speakers=("employee",), quoted=True)
            if hits:
                shown = hits[:1] or [s for s in read_document(doc) if s.asserts][:1]
                found.append(Stance(date=doc.date, kind="objects", evidence=tuple(evidence(h) for h in shown)))
    return found


# Support promised that did not come (ECLI:NL:RBROT:2021:488: too little guidance, also once the approach did not work;
# ECLI:NL:RBLIM:2017:8407: a coaching offered and given no chance): the employer's own words that it was called off,
# never assigned, never realised or never scheduled ("De coaching is niet ingepland"; "nog niet ingepland" is pending).
# Not a session that fell out among those held ("6 van 7 sessies hebben
# plaatsgevonden, 1 vervallen", "de coachsessie van 13 april gaat niet door"), nor a pause while the employee is ill
# ("vervallen tot je weer hersteld bent": a suspension), nor a support that ends when the course is done.
_SUPPORT = r"(?:coach\w*|begeleid\w*|buddy|meeloop\w*|meelopen|aanspreekpersoon|mentor|cursus\w*|training\w*|opleiding\w*)"
_WITHHELD = (
    r"(?:niet (?:meer )?(?:voort(?:gezet|zetten|zet)?|door(?:gaan|gegaan)?)\b|stopgezet|geannuleerd|afgeblazen|"
    r"ingetrokken|(?:kan |komt te )?vervallen|vervalt|gaat niet door|niet (?:\w+ )?aangewezen|niet (?:\w+ )?gerealiseerd|"
    r"(?<!nog )niet (?:\w+ )?ingepland|(?<!nog )niet (?:verder |meer )?gestart(?! door (?:de )?(?:medewerk|werknem|hem\b|haar\b|zichzelf))|aangehouden|"
    r"(?:\b0|geen) van de (?:\d+ )?(?:\w+ ){0,2}(?:sessies|gesprekken|diensten|\w*dagen|afspraken|bijeenkomsten|meeloop\w*|coach\w*)|(?:is |was )?(?:nu |toen )?niet mogelijk|(?:is |was )er niet (?:van )?gekomen)"
)
WITHHELD = words(_SUPPORT + r"\b[^.;?!]{0,90}?" + _WITHHELD)
SUPPORT_WORD = re.compile(r"\b" + _SUPPORT + r"\b", re.IGNORECASE)
SOME_GIVEN = words(r"plaatsgevonden", r"gevolgd", r"afgerond", r"ondanks", r"\d+ van de \d+ (?:\w+ ){0,3}(?:gehouden|gehad|gerealiseerd)")
ONE_OCCASION_OR_A_PAUSE = words(
    r"\w*sessie\b", r"\bdag\b", r"verplaatst", r"inhalen|ingehaald", r"\bvan (?:\w+dag )?\d{1,2}\b", r"\b\d{1,2}[/-]\d{1,2}\b",
    r"voorlopig", r"tot (?:je|u|hij|zij|ze) (?:weer )?(?:hersteld|beter|terug)", r"ziek\w*", r"staat stil", r"opgeschort",
)


COACH_WORD = words(r"coach\w*")


def coaching_denied(plans: Sequence[Plan], trainings: Sequence[Training], events: Sequence[TrajectoryEvent]) -> list[SupportWithheld]:  # fmt: skip
    """A coach the plan held out, asked for during the trajectory and turned down ("een coach zit niet in het budget
    van dit jaar" after the interim evaluation showed the approach did not work, ECLI:NL:RBROT:2021:488): support
    promised that did not come."""
    promised = [p.start or p.date for p in plans if "coach" in p.support and (p.start or p.date)]
    if not promised:
        return []
    ends = [e.date for e in events if e.kind in ("final_evaluation", "early_end") and e.date]
    end = max(ends) if ends else None
    denied = [
        t for t in trainings
        if t.status == "request_denied" and t.date and t.date >= min(promised) and (end is None or t.date <= end)
        and any(COACH_WORD.search(e.quote) for e in t.evidence)
    ]  # fmt: skip
    return [SupportWithheld(date=t.date, support="coach", evidence=t.evidence) for t in denied[:1]]


def withheld_support(documents: Sequence[Document]) -> list[SupportWithheld]:
    """The employer's sentences that a support it promised was called off or never came."""
    found = []
    for doc in documents:
        for hit in find(doc, WITHHELD, quoted=True, speakers=("employer",)):
            sentence = hit.sentence
            if sentence.future or about_employee(sentence) or SOME_GIVEN.search(sentence.text) or ONE_OCCASION_OR_A_PAUSE.search(sentence.text):  # fmt: skip
                continue
            word = SUPPORT_WORD.search(hit.match.group(0))
            found.append(SupportWithheld(date=act_day(sentence, doc), support=word.group(0).lower() if word else "", evidence=(evidence(hit),)))  # fmt: skip
            break  # one per document: a letter that calls a coaching off says so more than once
    return found
