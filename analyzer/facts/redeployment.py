"""Redeployment (where another position was looked for, offered, refused, or only said not to exist) and the
employment itself (since when, at what level, in a group of companies)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from analyzer.dates import find_dates, parse_date
from analyzer.dossier import Document
from analyzer.facts.model import Employment, RedeploymentOffer, RedeploymentSearch, RedeploymentStatement
from analyzer.facts.reading import (
    MAIL_HEADER,
    ON_DAY,
    SUBJECT_LINE,
    Hit,
    Sentence,
    about_employee,
    act_day,
    evidence,
    fact_day,
    find,
    is_heading,
    read_document,
    sentence_dates,
)
from analyzer.facts.sentence_model import model_sentences
from analyzer.facts.words import REDEPLOYMENT_WORD, words

SEARCH = words(
    r"herplaatsing\w* (?:\w+ ){0,5}(?:onderzocht|bekeken|nagegaan|verkend|uitgezocht|in kaart gebracht|gezocht)",
    r"(?:onderzocht|bekeken|nagegaan|verkend|gezocht) (?:\w+ ){0,6}(?:herplaatsing|passende functie|andere functie|vacature)",
    r"herplaatsingsonderzoek",
    # up to a long clause between: "alle vacatures die naar verwachting vóór 1 oktober 2024 zullen ontstaan, binnen alle
    # afdelingen van de gemeente geïnventariseerd"
    r"vacature\w* (?:\S+ ){0,20}(?:bekeken|doorgenomen|nagelopen|beoordeeld|besproken|geïnventariseerd|onderzocht)",
    # "hebben Kees, Ellen en ik op 30 juli ... alle functies langsgelopen"
    r"(?:functies|formatieplaatsen|posities|plekken) (?:\S+ ){0,6}(?:langsgelopen|doorgelopen|nagelopen|doorgenomen)\b",
    r"(?:passende |andere )?(?:plek|functie|vacature)\w* (?:\w+ ){0,4}nagevraagd|nagevraagd (?:\w+ ){0,6}(?:passende|andere) (?:plek|functie)",
    r"(?:mogelijkheden|functies|vacatures) (?:\w+ ){0,4}(?:binnen|elders in|bij) (?:de|het|onze|andere) (?:\w+ ){0,2}"
    r"(?:organisatie|bedrijf|groep|concern|afdeling|vestiging|werkmaatschappij)",
    r"vacatureoverzicht",
    r"interne vacatures",
    r"passende (?:\w+ ){0,2}(?:functie|arbeid)",
    r"(?:gekeken|bekeken|onderzocht|nagegaan) (?:of|naar) (?:\S+ ){0,8}(?:andere?|passende|alle) (?:\w+ )?(?:functies?|plek|plaats|machine|afdeling|rol|werk|vacatures?)",
    r"mobiliteitscentrum",
    r"van-werk-naar-werk",
    r"(?:gekeken|bekeken|nagegaan|onderzocht) (?:\S+ ){0,6}(?:ergens anders|elders) (?:in|binnen|bij)",
    r"(?:gekeken|gezocht) (?:\w+ ){0,3}naar (?:\w+ ){0,3}(?:functies|vacatures|posities|plekken|mogelijkheden|werk)\b",
    r"binnen (?:\S+ ){1,12}(?:is|zijn|hebben|heeft|werd) (?:\w+ ){0,3}(?:gekeken|gezocht)\b",
    r"(?:hebben|heeft|heb) (?:\w+ )?binnen (?:\S+ ){1,12}(?:gekeken|gezocht)\b",
    # the employee asked for the other work they would take: "schriftelijk gevraagd of zij belangstelling heeft voor
    # een andere functie binnen de stichting"
    r"(?:gevraagd|gepolst) (?:\w+ ){0,3}(?:of|welke) (?:\S+ ){0,4}(?:belangstelling|interesse) (?:\w+ ){0,2}(?:voor )?(?:een )?(?:andere|passende) (?:functie|plek|rol|baan)",
)
POSITION_LINE = re.compile(
    r"^\s*(?:[-•*▪·●]|\d{1,2}[.)])?\s*(?:vacature\s*:?\s*)?[A-Z][\w/ -]{3,60}\b(?:medewerker|adviseur|planner|"
    r"coördinator|coordinator|assistent|manager|specialist|monteur|chauffeur|verkoper|administrat\w+|"
    r"functie|functionaris|analist|consultant|developer|engineer|begeleider|verpleegkundige|docent|"
    r"receptionist|magazijn\w*|teamleider|support|beheerder|secretaresse|schoonmaker|kok|kassa\w*)\b",
)
GROUP = words(
    r"concern",
    r"holding",
    r"zuster(?:bedrijf|maatschappij|organisatie|onderneming|vennootschap)",
    r"dochter(?:onderneming|bedrijf|maatschappij|vennootschap)",
    r"werkmaatschappij",
    r"groeps(?:maatschappij|onderneming|bedrijf|breed|vacature)",
    r"moedermaatschappij",
    r"(?:binnen|elders in) (?:de|het|onze) (?:hele |gehele )?(?:groep|group|concern)\b",
    r"in (?:de|het|onze) (?:hele|gehele) (?:groep|group|concern)\b",
    r"(?:andere|overige) (?:onderdelen|bedrijven|vestigingen|maatschappijen|labels|entiteiten) (?:van|binnen) (?:de|het|onze) (?:groep|concern)\b",
    r"(?-i:[A-Z][\w&.'-]*) (?-i:Groep|Group|Holding)\b",
    r"(?-i:[A-Z][\w&.'-]*)-(?:groep|group|concern)\b",
    r"(?:hele|gehele) (?-i:[A-Z])\w*(?<![Zz]org)(?:groep|group)\b",  # not "de hele Zorggroep": one care organisation
    # "binnen Veridian (NL-vestiging en groep)", "vacatureoverzicht NL en groep", "Groep buiten NL"
    r"(?:vestiging\w*|\bNL|Nederland) (?:en|\+|&) (?:de )?(?:groep|concern)\b",
    r"\b(?:groep|concern) (?:buiten|in het buitenland)\b",
)
# The employer says it stands alone: "Hondsrug maakt geen deel uit van een groep; er zijn geen zustervennootschappen."
NOT_IN_GROUP = words(
    r"(?:geen|niet) (?:\w+ ){0,2}(?:deel|onderdeel|lid) (?:uit )?van (?:een|enig) (?:\w+ )?(?:groep|concern|holding)",
    r"geen (?:andere )?(?:zuster|dochter|groeps)(?:bedrijven|maatschappijen|ondernemingen|vennootschappen|organisaties)",
    r"(?:zelfstandige|op zichzelf staande) (?:onderneming|organisatie|vennootschap|werkgever)",
)
ORGANISATION = words(
    r"alle (?:\w+ ){0,2}(?:functies|vacatures|posities)",
    r"alle (?:\d+ )?(?:\S+-)?(?:scholen|locaties|vestigingen|filialen|afdelingen|winkels|teams|werkmaatschappijen|hotels|kantoren|ziekenhuizen|bibliotheken|depots)\b",
    r"(?:binnen|bij) (?-i:[A-Z][A-Za-z&-]{2,})\b(?! (?-i:Groep|Group|Holding))",
    r"(?:binnen|bij) (?-i:[A-Z][\w&.'-]+)(?: (?-i:[A-Z][\w&.'-]+))* (?:B\.?V\.?|N\.?V\.?)",
    r"(?:hele|gehele|totale|volledige) (?:\w+ )?(?:organisatie|bedrijf|onderneming|kantoor)",
    r"(?:binnen|in) (?:ons|onze) (?:hele |gehele )?(?:kantoor|bedrijf|organisatie|onderneming|instelling|praktijk)\b",
    r"organisatiebreed",
    r"(?:binnen|in|bij) heel (?-i:[A-Z])",  # "binnen heel Veerdienst Westwad B.V."
    r"alle (?:afdelingen|vestigingen|locaties|filialen|teams|sectoren|bedrijfsonderdelen)",
    r"(?:binnen|in) (?:het|de|onze) (?:bedrijf|organisatie|onderneming|instelling|gemeente|stichting|vereniging|coöperatie|maatschap)\b",
    r"andere (?:afdelingen|vestigingen|locaties|filialen)",
    r"alle (?:\w+ ){0,2}(?:faculteiten|diensten|scholen|onderdelen|divisies|regio's|ziekenhuislocaties)",
    # the workplace by what it is, searched within: "binnen het bureau", "binnen het kantoor (vestigingen Zwolle en
    # Kampen)"; not "in de drukkerij", often the shop floor ("op een andere machine in de drukkerij" is the department)
    r"(?:binnen|bij) (?:het|de|ons|onze) (?:hele |gehele )?\w*(?:erij|bureau|kantoor|fabriek|winkel|praktijk|kliniek|apotheek|ziekenhuis|hotel|restaurant|garage)\b",
    r"alle (?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf) (?:scholen|locaties|vestigingen|filialen|afdelingen|winkels|teams|kantoren|ziekenhuizen)",
    r"(?:hele|gehele|totale|volledige) (?:stichting|vereniging|gemeente|provincie|instelling)\b",
)
DEPARTMENT = words(r"(?:binnen|in|op) (?:de|zijn|haar|eigen) (?:eigen )?afdeling", r"van de afdeling\b", r"binnen (?:de )?(?:afdeling|locatie)\b", r"binnen (?:het|de) (?:secretariaat|sectie|unit)\b")  # fmt: skip
TEAM = words(r"(?:binnen|in) (?:het|zijn|haar|eigen) (?:eigen )?team")
NO_VACANCIES = words(
    r"(?:niet|geen) (?:\w+ ){0,2}beschikt over (?:een )?(?:passende |andere )*(?:vacature|functie)",
    r"beschikt (?:\w+ ){0,2}niet over (?:een )?(?:passende |andere )*(?:vacature|functie)",
    r"geen (?:\w+ ){0,2}(?:vacatures|functies|mogelijkheden|plek|plaats|posities|openstaande)",
    # "Binnen Brandwerk is geen andere passende functie beschikbaar", "geen andere functie waar Dennis in zou passen"
    r"(?<!als er )(?<!indien er )geen (?:andere |passende ){1,2}functie (?:\w+ ){0,3}(?:beschikbaar|waar(?:in)?)\b",
    # "Andere functie voor hem heb ik niet.", "Een andere passende functie voor mevrouw Bakker is er niet."
    r"(?:andere|passende) (?:passende )?functie (?:\w+ ){0,4}(?:heb|hebben|is|zijn) (?:\w+ ){0,2}niet\b",
    r"(?:andere functie|ander werk|andere plek) (?:\w+ ){0,3}niet voor",
    r"(?:ander werk|andere functie|andere plek) (?:is|zijn) er (?:\w+ ){0,2}niet\b",  # "ander werk is er niet bij ons"
    r"niets (?:\w+ ){0,2}beschikbaar",
    r"(?:er is|is er) (?:niets|niks) anders",
    r"geen herplaatsingsmogelijkhe",
    r"geen (?:\w+ ){0,1}(?:ander|passend) werk",
)
# A bare statement is about redeployment when its sentence names it ("Er is binnen het Sportbedrijf geen ander werk").
ABOUT_REDEPLOYMENT = words(REDEPLOYMENT_WORD.pattern, r"ander (?:passend )?werk")
NOT_REASONABLE = words(
    r"herplaatsing (?:\w+ ){0,5}(?:ligt|lag) (?:\w+ ){0,4}niet in de rede",
    r"herplaatsing (?:\w+ ){0,8}(?:is|acht(?:en)?) (?:\w+ ){0,3}niet (?:redelijk|zinvol|reëel|mogelijk omdat)",
    r"in (?:elke|iedere) (?:andere )?functie (?:\w+ ){0,5}(?:terug|opnieuw|zelfde|dezelfde)",
    r"(?:problemen|tekortkomingen|gedrag) (?:\w+ ){0,5}(?:ook|evenzeer) (?:\w+ ){0,3}(?:andere|elke) functie",
)
NOT_APPLICABLE = words(r"niet van toepassing", r"n\.?v\.?t\.?\b", r"nvt\b")
# Redeployment itself called not applicable, in any document of the employer's ("Herplaatsing is niet aan de orde.",
# "Herplaatsing: n.v.t."): the sentence names it, so another topic's "n.v.t." does not count.
REDEPLOYMENT_NOT_APPLICABLE = words(
    r"herplaats\w* (?:\S+ ){0,5}(?:is|was|lijkt) (?:\S+ ){0,7}?(?:niet aan de orde|niet van toepassing|n\.?v\.?t\.?)",
    r"herplaats\w*\s*:\s*(?:n\.?v\.?t\.?|nvt|niet van toepassing|niet aan de orde)",
    r"herplaats\w* (?:n\.?v\.?t\.?|nvt)(?!\w)",  # a form's note: "herplaatsing n.v.t. (klein kantoor)"
)
# "Deze functie is Dennis dan ook niet aangeboden": a "niet" between the position and the verb offers nothing.
OFFER = words(
    r"(?:functie|positie|baan|vacature|plek|rol|plaats) (?:(?!niet\b)\S+ ){0,10}(?:aangeboden|aanbieden|voorgesteld|voorleggen|"
    r"voorgelegd)",
    r"(?:bieden|bood|biedt) (?:\w+ ){0,4}(?:de |een )?(?:functie|positie|baan|plek|rol)",
    # the position first: "De functie van dierverzorger bieden wij je hierbij aan"
    r"(?:functie|positie|baan|plek|rol) (?:\S+ ){0,8}(?:bieden|bied|biedt|bood) (?:\S+ ){0,4}aan\b",
    r"aanbod (?:\w+ ){0,4}(?:functie|positie|baan|plek|rol|voor)",
    r"aangeboden (?:op|bij brief van|per brief van|per e-?mail van) \d",
)
# The employee's side telling of the offer the employer made: "de functie van medewerker facilitaire dienst /
# restaurant die u haar op 21 mei heeft aangeboden".
REPORTED_OFFER = words(r"(?:functie|positie|baan|plek|rol) (?:\S+ ){0,16}(?:die|dat|welke) (?:\S+ ){1,6}(?:heeft|hebt|had|hebben) aangeboden\b")  # fmt: skip
REFUSED = words(
    r"(?:aanbod|functie|positie|baan) (?:\S+ ){0,8}(?:afgewezen|geweigerd|niet (?:\w+ ){0,2}aanvaard|niet geaccepteerd|"
    r"afgeslagen)",
    r"(?:wijs|wijst|wees|weigert|weigerde|weiger) (?:\w+ ){0,4}(?:aanbod|functie|positie|af)",
    r"(?:neem|neemt) (?:\S+ ){0,6}niet aan",
    r"(?:ga|gaat) (?:\w+ ){0,3}niet (?:\w+ ){0,3}(?:in op|akkoord met) (?:\w+ ){0,2}(?:aanbod|functie)",
    r"(?:aanbod|functie|baan) (?:\w+ ){0,4}(?:is|vind|vindt) (?:\w+ ){0,3}(?:geen optie|niet passend|beneden|niets voor)",
    r"(?:heeft|hebt|heb) (?:\w+ ){0,4}(?:bedankt|afgezien)",
    # the employee's side on the position offered: "Cliënte ziet zich daartoe niet in staat en acht deze niet passend."
    r"ziet zich (?:\w+ ){0,2}niet in staat", r"acht (?:\w+ ){0,2}(?:deze|die|dat|de|het) (?:\w+ ){0,2}niet passend",
    r"niet (?:\w+ ){0,3}(?:in|op) (?:\w+ ){0,2}(?:aanbod|functie) (?:\w+ ){0,2}(?:in|ingaan)",
    r"(?:wil|wilde) (?:\w+ ){0,4}(?:deze |die |de )?(?:functie|baan|positie) niet",
    r"geen interesse",
    r"(?:ga|gaat) (?:\w+ ){0,3}niet (?:aannemen|aanvaarden|accepteren)\b",
    # a subordinate clause: "dat ik het aanbod voor de functie van planner niet aanneem"
    r"(?:aanbod|functie|positie|baan) (?:\S+ ){0,8}niet (?:aanneem|aanneemt|aanvaard|aanvaardt|accepteer|accepteert)\b",
    # the verb first: "Cliënt aanvaardt de aangeboden functie van medewerker planning niet."
    r"(?:aanvaard|aanvaardt|accepteer|accepteert|neem|neemt) (?:\S+ ){0,8}(?:functie|aanbod|positie|baan) (?:\S+ ){0,8}niet\b",
)
# The employer's letter telling the employee what she did: "U heeft in dat gesprek aangegeven deze functie niet te
# aanvaarden", "Je hebt laten weten dat ...", "Bij e-mail van 12 juni heeft u laten weten deze functie niet te aanvaarden".
ADDRESSEE_DID = re.compile(
    r"^\W*(?:(?:u|je|jij) (?:heeft|hebt|heb|gaf|gaf aan|liet|wees)|(?:[^,.;]{0,60} )?(?:heeft|hebt|gaf|liet|wees) (?:u|je|jij))\b",
    re.IGNORECASE,
)
# The employee's own reply above the quoted offer that says no to it: "Nee, ik ga geen dozen inpakken.", "Daar ga ik
# niet op in."
REPLY_NO_SENTENCES = 3  # a short reply's opening: its answer comes in the first few sentences
REPLY_NO = words(r"^\W*nee\b", r"dus nee\b", r"(?:daar|hier) ga ik niet (?:op )?in\b", r"\bga (?:ik )?(?:daar |hier )?niet op in\b")
ACCEPTED = words(r"(?:aanbod|functie|positie) (?:\w+ ){0,4}(?:aanvaard|geaccepteerd|aangenomen)", r"neemt (?:\w+ ){0,3}aanbod aan", r"stemt in met (?:\w+ ){0,3}(?:functie|aanbod)", r"(?:neem|neemt|accepteer|accepteert|aanvaard|aanvaardt) (?:\w+ ){0,2}(?:het aanbod|de functie|deze functie|die functie|de positie)\b", r"ga(?:at)? (?:\w+ ){0,2}akkoord met (?:\w+ ){0,3}(?:aanbod|functie|positie)")  # fmt: skip
# Outside a redeployment document, only a search reported as done counts ("hebben wij onderzocht", "is bekeken").
# Up to a dozen words between, brackets included: "heeft binnen IJsselland Groep (inclusief de dochters …) gekeken".
DONE = words(r"(?:hebben|heeft|heb|is|zijn|werd|werden) (?:\S+ ){0,12}(?:onderzocht|bekeken|gekeken|nagegaan|nagevraagd|gezocht|verkend|doorgenomen|doorgelopen|langsgelopen|nagelopen|geïnventariseerd|in kaart gebracht)")  # fmt: skip
# An offer made, not an offer mentioned ("Hierbij de reactie van Ruud op het aanbod").
OFFER_MADE = words(r"bieden", r"bied\b", r"biedt", r"bood", r"aangeboden", r"aanbieden", r"aanbod (?:\w+ ){0,2}(?:voor )?(?:de |een )?(?:functie|positie)", r"voorgesteld")  # fmt: skip
OFFERED_NOW = words(r"hierbij (?:\S+ ){0,3}(?:bieden|bied|biedt)\b", r"(?:bieden|bied|biedt) (?:\S+ ){0,3}hierbij", r"(?:wij|we|ik) (?:\S+ )?(?:bieden|bied)\b", r"(?:bieden|bied) (?:wij|we|ik)\b")  # fmt: skip
OFFER_MENTIONED = words(r"reactie op (?:\w+ ){0,2}aanbod", r"over (?:het|uw|je) aanbod")
# The employee or their counsel disputing the employer's account of redeployment.
CONTESTED = words(
    r"(?:vacatures?|functies?|plekken) (?:\w+ ){0,6}(?:wel|openstond\w*|beschikbaar|open\b|vrij(?:kwam|kwamen)?)",
    r"(?:waren|zijn|is|was) (?:er )?wel (?:\w+ ){0,3}(?:vacatures?|functies?|plekken|mogelijkheden)",
    r"herplaatsing\w* (?:\w+ ){0,5}(?:niet|onvoldoende|nauwelijks|nooit) (?:\w+ ){0,3}(?:onderzocht|bekeken|gezocht|serieus)",
    r"(?:geen|nooit een) (?:\w+ ){0,2}herplaatsingsonderzoek",
    r"(?:niet|nooit) (?:\w+ ){0,4}gekeken (?:\w+ ){0,3}(?:andere|passende) (?:\w+ )?(?:functie|plek)",
    r"(?:niet|nooit|geen enkele wijze) (?:\w+ ){0,2}onderzocht of (?:\w+ ){0,14}(?:herplaatst|andere (?:passende )?functie)",
)  # fmt: skip
NOT_SEARCHED = words(r"niet (?:\w+ ){0,2}(?:gezocht|gekeken|onderzocht|bekeken|nagegaan)")
NOT_EXAMINED = words(r"niet (?:verder |nader )?onderzocht", r"niet (?:verder )?bekeken", r"buiten beschouwing")
HIRED = re.compile(r"\b(?:in dienst|indiensttreding|datum in dienst|dienstverband)\b", re.IGNORECASE)
# "sinds 2014 in dienst", "U bent sinds 1 januari 2008 bij ons in dienst", "werkt hier sinds 1 april 2020 als ...",
# "in dienst sinds maart 2019": the start in a sentence, a year alone too.
_WHEN = r"(?P<when>(?:\d{1,2}[-/]\d{1,2}[-/])?(?:\d{1,2} )?(?:[a-z]+ )?(?:19|20)\d\d)\b"
HIRED_SINCE = (
    # a form's field: "In dienst stichting:  1 augustus 2009; sinds 1 augustus 2015 werkzaam op De Klimboom"
    re.compile(r"\b(?:datum )?in dienst(?: \w+){0,2}\s*:\s*" + _WHEN, re.IGNORECASE),
    re.compile(r"\b(?:sinds|vanaf|per|met ingang van|in) " + _WHEN + r" (?:\S+ ){0,10}(?:in dienst|werkzaam|begonnen|gestart|aangenomen|verbonden)\b", re.IGNORECASE),  # fmt: skip
    # "in dienst bij de provincie sinds 1 maart 2014", "In dienst sedert : 1 september 2008"
    re.compile(r"\b(?:in dienst|werkzaam|werkt (?:hier|bij ons|bij \w+)) (?:\w+ ){0,4}(?:sinds|sedert)\s*:?\s*" + _WHEN, re.IGNORECASE),
    # "werkt sinds april 2017 bij ons als timmerman", "rijdt sinds 2015 voor ons als chauffeur", "sinds 1 mei 2019
    # als verpleegkundige op B3-Oost werkt"
    re.compile(r"\b(?:werkt|rijdt|is) (?:\w+ )?sinds " + _WHEN + r" (?:\S+ ){0,3}als\b", re.IGNORECASE),
    re.compile(r"\bsinds " + _WHEN + r" als \S+(?: \S+){0,4} werkt\b", re.IGNORECASE),
)
YEARS = re.compile(r"\b(?P<n>\d{1,2})\s+jaar\s+(?:in dienst|werkzaam|bij ons|dienstverband)|dienstverband van (?P<m>\d{1,2}) jaar", re.I)  # fmt: skip
FUNCTION = re.compile(
    r"\b(?:functie|functienaam|in de functie van|werkzaam als|in dienst als|aangesteld als|benoemd (?:tot|als)"
    r"|in de rol van|werkt (?:hier |bij ons )?(?:sinds [\w ]{4,20} )?als|(?:gestart|begonnen|aangenomen) (?:\S+ ){0,4}als"
    r"|rol|position|job title)\s*[:.|]?\s+"
    r"(?P<name>[A-Za-zÀ-ÿ][\w/&' -]{2,50})",
    re.IGNORECASE,
)
MANAGEMENT = words(r"manager", r"leidinggevend", r"\w*leider\b", r"\w*leidster\b", r"teamleider", r"teamleid", r"hoofd\b", r"directeur", r"coördinator", r"supervisor", r"head of", r"\w*lead\b", r"chef\b", r"afdelingshoofd", r"bedrijfsleider", r"filiaalmanager", r"vestigingsmanager", r"praktijkmanager", r"regiomanager", r"teammanager", r"afdelingsmanager", r"locatiemanager", r"clustermanager", r"winkelmanager", r"storemanager")  # fmt: skip
ROLE_SINCE = re.compile(r"\b(?P<name>[A-Z][\w-]*(?:leider|leidster|manager|coördinator|chef|hoofd))\s+sinds\b")
# Titles with "manager" or "leider" that manage no one: an account manager sells, a project leader leads projects.
SALES_TITLE = words(r"projectleider", r"projectmanager", r"chef de partie", r"chef-?kok", r"sous-?chef", r"(?:key[- ]?)?account ?manager", r"accountmanager", r"relatiemanager", r"salesmanager", r"sales manager", r"casemanager", r"productmanager")  # fmt: skip
# "eerste monteur", "eerste dierverzorger": the first of the trade on the floor, a senior rank
SENIOR = words(r"senior", r"sr\.", r"ervaren", r"principal", r"specialist", r"eerste\b")


def _scope(text: str) -> str:
    """The widest scope the text names; never the group where it says the employer belongs to none."""
    alone = NOT_IN_GROUP.search(text)
    for scope, pattern in (("group", GROUP), ("organisation", ORGANISATION), ("department", DEPARTMENT), ("team", TEAM)):
        if pattern.search(text) and not (alone and scope == "group"):
            return scope
    return "unknown"


# A search said to cover more than one department: "binnen de gehele organisatie", "ook andere afdelingen".
WIDER = words(
    r"(?:hele|gehele|totale|volledige) (?:\w+ ){0,2}(?:organisatie|bedrijf|onderneming|stichting|gemeente|provincie|instelling)",
    r"organisatiebreed", r"(?:andere|overige|alle) afdelingen", r"van de afdelingen", r"heel (?-i:[A-Z])", r"elders in (?:de|het|onze) organisatie",
)  # fmt: skip
# What a search left out: "Andere afdelingen zijn niet meegenomen", "Buiten de afdeling is niet gezocht".
LEFT_OUT = words(NOT_SEARCHED.pattern, r"niet (?:\w+ ){0,2}(?:meegenomen|betrokken)", r"buiten beschouwing")


def _search_scope(window: Sequence[Sentence]) -> str:
    """Where a search looked, from the sentences that tell it: the group when they name it (not "maakt geen deel uit
    van een groep"); the department when they name one and nothing wider ("binnen de afdeling Passagiersdiensten.
    Andere afdelingen zijn niet meegenomen." — the opening "binnen Dierenpark Hoogveld" only frames a search that
    then goes through "de afdeling Dierverzorging"); else the widest they name."""
    text = " ".join(s.text for s in window if not LEFT_OUT.search(s.text))
    scope = _scope(text)
    if scope != "group" and DEPARTMENT.search(" ".join(s.text for s in window)) and not WIDER.search(text):
        return "department"
    return scope


# The sentences that tell a search: each search sentence with the one before it and the three after it, as the
# employer wrote them ("Zoals afgesproken hebben wij onderzocht ... Wij hebben daarvoor gekeken bij alle drie de
# hotels van Strandhotels Zeeland").
WINDOW_BEFORE, WINDOW_AFTER = 1, 3


def _search_window(doc: Document, searched: Sequence[Sentence]) -> list[Sentence]:
    sentences = read_document(doc)
    ids = {id(t) for t in searched}
    places = {i for i, s in enumerate(sentences) if id(s) in ids}
    near = {j for i in places for j in range(i - WINDOW_BEFORE, i + WINDOW_AFTER + 1) if 0 <= j < len(sentences)}
    return [sentences[j] for j in sorted(near) if sentences[j].speaker != "employee" and not sentences[j].future]


def _positions(doc: Document) -> int:
    """The positions a search names, one per line: a short line, or a numbered one that goes on to weigh it
    ("1. Persoonlijk begeleider, team Kerkrade (24 uur) – zelfde functie, zelfde eisen ...")."""
    return sum(1 for s in read_document(doc) if _names_position(s.text) and (len(s.text) < 120 or NUMBERED.match(s.text)))


# A listed position by its title and grade or hours, whatever the title: "- Medewerker incasso (schaal 6, 32 uur).",
# "- Woonconsulent (schaal 7).", "a. medewerker subsidieverlening, Directie Jeugd (schaal 9)".
GRADED_POSITION = re.compile(r"^\s*(?:[-•*▪·●]|\d{1,2}[.)]|[a-h][.)])\s*[A-Za-zÀ-ÿ][\w/ ,&-]{2,80}\((?i:schaal|fwg|functiegroep|\d+(?:[,.]\d+)? (?:uur|fte))")  # fmt: skip


def _names_position(text: str) -> bool:
    """A line that names a position ("Er is ... geen passende functie beschikbaar" names none)."""
    return bool(POSITION_LINE.match(text) or GRADED_POSITION.match(text)) and not NO_VACANCIES.search(text)


NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[a-h])[.)]\s")  # "1. ...", "a. ...": a listed item that goes on to weigh it


def _waved_away(doc: Document) -> bool:
    """The employer says there is nothing before it names any position ("Voor hem is er niets anders. Werkvoorbereider
    … gaat nooit wat worden"); a conclusion after the positions weighed ("Conclusie: er is binnen de stichting geen
    passende functie beschikbaar") ends a search."""
    sentences = read_document(doc)
    said = [h.sentence for h in find(doc, NO_VACANCIES, deny=False, speakers=("employer",))]
    if not said:
        return False
    ids = {id(t) for t in said}
    told = [i for i, s in enumerate(sentences) if id(s) in ids]
    first_position = next((i for i, s in enumerate(sentences) if _names_position(s.text) and i not in told), len(sentences))  # fmt: skip
    return any(i < first_position for i in told)


def redeployment(
    documents: Sequence[Document],
) -> tuple[list[RedeploymentSearch], list[RedeploymentStatement], list[RedeploymentOffer]]:
    """Searches, bare statements ("geen vacatures", "n.v.t.", "ligt niet in de rede") and offers with the answer."""
    searches: list[RedeploymentSearch] = []
    statements: list[RedeploymentStatement] = []
    offers: list[RedeploymentOffer] = []
    refusals = [
        (doc, h) for doc in documents for h in find(doc, REFUSED, deny=False, quoted=True)
        if about_employee(h.sentence) or h.sentence.speaker == "employee" or ADDRESSEE_DID.match(h.sentence.text)
    ]  # fmt: skip
    # The answer often comes in a later mail ("Ik neem de functie ... aan"): by or about the employee, within two months.
    acceptances = [
        (doc, h) for doc in documents for h in find(doc, ACCEPTED, quoted=True) if about_employee(h.sentence) or h.sentence.speaker == "employee"
    ]  # fmt: skip
    for doc in documents:
        employer = ("employer",)
        search_hits = [
            h for h in find(doc, SEARCH, speakers=employer, quoted=True)
            if not h.sentence.future and (doc.doc_type == "redeployment" or DONE.search(h.sentence.text))
            and not SUBJECT_LINE.match(h.sentence.text)  # "Onderwerp: herplaatsingsonderzoek" names the search, the body tells it
            and not ASKED_WHICH.search(h.sentence.text) and not NOT_DONE_YET.search(h.sentence.text)
        ]  # fmt: skip
        searched = [h.sentence for h in search_hits] or _searches_read(doc)
        empty = [s for s in read_document(doc) if s.empty_field and REDEPLOYMENT_FIELD.search(s.empty_field)] + _answered_not_applicable(doc)  # fmt: skip
        called_off = [h.sentence for h in find(doc, REDEPLOYMENT_NOT_APPLICABLE, deny=False, asserted=False, speakers=employer)]
        form_na = [h.sentence for h in find(doc, NOT_APPLICABLE, deny=False, asserted=False)] if doc.doc_type == "redeployment" else []  # fmt: skip
        if empty or ((form_na or called_off) and not searched):
            shown = empty[:1] or called_off[:1] or form_na[:1]
            # "Herplaatsing: n.v.t. Er zijn geen vacatures." gives its reason: a statement that there is nothing
            reason = find(doc, NO_VACANCIES, deny=False, speakers=employer)
            kind = "no_vacancies" if reason else "not_applicable"
            shown = [h.sentence for h in reason[:1]] or shown
            statements.append(RedeploymentStatement(date=doc.date, kind=kind, evidence=tuple(evidence(s) for s in shown)))  # fmt: skip
            continue
        reasonable = find(doc, NOT_REASONABLE, deny=False, speakers=employer)
        if reasonable:
            statements.append(RedeploymentStatement(date=doc.date, kind="not_reasonable", evidence=(evidence(reasonable[0]),)))  # fmt: skip
        positions = _positions(doc) if doc.doc_type == "redeployment" and doc.author in (None, "employer") else 0
        # Positions named only to be waved away ("Voor hem is er niets anders. Werkvoorbereider … gaat nooit wat
        # worden") are a bare statement, not a search (legal reference: a mere "there was nothing" is weak).
        brushed_off = not searched and _waved_away(doc)
        if searched or (doc.doc_type == "redeployment" and positions and not brushed_off):
            # A search's own sentence names its scope best ("binnen de afdeling Projecten"); else, in a redeployment
            # document, its whole text as the employer wrote it (a reply quoting the search mail too), except where
            # the employer says it did not look ("Buiten de afdeling is niet gezocht, omdat ...")
            window = _search_window(doc, searched)
            scope = _search_scope(window)
            if scope == "unknown" and doc.doc_type == "redeployment":
                text = " ".join(s.text for s in read_document(doc) if (not s.quoted or s.speaker == "employer") and not NOT_SEARCHED.search(s.text))  # fmt: skip
                scope = _scope(text)
            shown = search_hits[:1] or searched[:1] or [s for s in read_document(doc) if s.asserts][:1]
            searches.append(
                RedeploymentSearch(
                    date=_search_day(searched, window, doc),
                    scope=scope,  # type: ignore[arg-type]
                    positions=positions or None,
                    complete=False if find(doc, NOT_EXAMINED, deny=False, speakers=employer) else None,
                    evidence=tuple(evidence(h) for h in shown),
                )
            )
        elif not reasonable:
            bare = [h for h in find(doc, NO_VACANCIES, deny=False, speakers=employer) if ABOUT_REDEPLOYMENT.search(h.sentence.text) or doc.doc_type == "redeployment"]  # fmt: skip
            if bare:
                statements.append(RedeploymentStatement(date=doc.date, kind="no_vacancies", evidence=(evidence(bare[0]),)))  # fmt: skip
        offered = find(doc, OFFER, speakers=employer, quoted=True) + find(doc, REPORTED_OFFER, speakers=("employee",), quoted=True)  # fmt: skip
        for hit in sorted(offered, key=lambda h: not sentence_dates(h.sentence, doc))[:1]:
            if not OFFER_MADE.search(hit.sentence.text) or hit.sentence.future or OFFER_MENTIONED.search(hit.sentence.text):
                continue
            later = [h for d, h in refusals if (d.date and doc.date and d.date >= doc.date) or d is doc]
            later = later or _no_above(doc, hit)
            accepted = [h for d, h in acceptances if d is doc or (d.date and doc.date and 0 <= (d.date - doc.date).days <= 60)]
            response = "refused" if later else "accepted" if accepted else "unknown"
            shown = [evidence(hit)] + ([evidence(later[0])] if later else [])
            # "..., bieden wij je hierbij de functie aan": offered the day it is written, whatever day the sentence recalls
            day = (hit.sentence.date or doc.date) if OFFERED_NOW.search(hit.sentence.text) else fact_day(hit, doc)
            offers.append(RedeploymentOffer(date=day, response=response, evidence=tuple(shown)))  # type: ignore[arg-type]
    for doc in documents:
        disputes = [h for h in find(doc, CONTESTED, deny=False, quoted=True) if h.sentence.speaker == "employee"]
        if disputes:
            statements.append(RedeploymentStatement(date=disputes[0].sentence.date or doc.date, kind="contested", evidence=(evidence(disputes[0]),)))  # fmt: skip
    if searches and _left_to_employee(documents):
        searches = [replace(s, left_to_employee=True) for s in searches]
    if any(_group_left_out(doc) for doc in documents):  # a group intranet's vacancy list is no search of the group
        searches = [replace(s, scope="organisation") if s.scope == "group" else s for s in searches]
    return _once(searches, 30, _better_documented, _with_gaps), statements, _once(offers, 30, _more_addressed)


# The employee is to find a position himself: "kunt u op alle interne vacatures solliciteren", "Het traject is erop
# gericht dat je zelf een functie vindt", "toegang tot de interne vacaturesite".
SELF_APPLY = words(
    r"(?:kunt|kun|mag|moet|gaat) (?:\w+ ){0,6}solliciteren",
    r"(?:verwachten|verwacht) (?:\w+ ){0,3}dat (?:u|je|jij|hij|zij) (?:\S+ ){0,6}solliciteer\w*",
    # "willen wij je de gelegenheid geven om binnen Waddenland een andere, passende functie te vinden", "Het vinden
    # van een andere functie is in de eerste plaats je eigen verantwoordelijkheid"
    r"(?:gelegenheid|kans|ruimte) (?:\S+ ){0,3}om (?:\S+ ){0,6}(?:functie|baan|werkplek)\w* te (?:vinden|zoeken)",
    r"(?:vinden|zoeken) van (?:een )?(?:andere |passende )*(?:functie|baan)\w* (?:\S+ ){0,6}eigen verantwoordelijkheid",
    r"zelf (?:\w+ ){0,3}(?:een )?(?:andere |passende )?(?:functie|baan|werk|vacature)\w* (?:\w+ ){0,2}(?:vindt|vinden|zoekt|zoeken)",
    r"toegang tot (?:\w+ ){0,3}vacature\w*",
    # "Zoals besproken staan alle interne vacatures op intranet. Je kunt daar zelf op reageren"
    r"(?:kunt|kun|mag) (?:\w+ ){0,3}zelf (?:\w+ ){0,2}(?:op )?(?:reageren|solliciteren)\b",
)


def _group_left_out(doc: Document) -> bool:
    """The employer says the other companies of the group were not looked at: "De overige groepsmaatschappijen zijn
    niet onderzocht", or a memo's heading "Overige groepsmaatschappijen" over the line "Niet onderzocht.\""""
    if doc.author not in (None, "employer"):
        return False
    sentences = read_document(doc)
    for sentence, after in zip(sentences, [*sentences[1:], None], strict=True):
        if sentence.speaker != "employer" or not GROUP.search(sentence.text):
            continue
        if NOT_EXAMINED.search(sentence.text) or (after is not None and is_heading(sentence.text) and NOT_EXAMINED.match(after.text)):
            return True
    return False


def _left_to_employee(documents: Sequence[Document]) -> bool:
    """The employer's papers leave the search to the employee's own applications, and no sentence of theirs says
    the employer looked at a position itself (a search left to the employee is none: ECLI:NL:RBNNE:2017:973)."""
    employer = ("employer",)
    told = any(find(d, SELF_APPLY, speakers=employer) for d in documents)
    looked = any(
        DONE.search(h.sentence.text) and not SELF_APPLY.search(h.sentence.text) and not h.sentence.future
        for d in documents
        for h in find(d, SEARCH, speakers=employer, quoted=True)
    )
    return told and not looked


# A search the employer means to do before asking the court, not one done: "De werkgever is voornemens ... te
# verzoeken de arbeidsovereenkomst te ontbinden, nadat is onderzocht of herplaatsing ... mogelijk is".
NOT_DONE_YET = words(r"nadat (?:eerst )?(?:is |zal zijn )?(?:\w+ ){0,2}(?:onderzocht|bekeken|nagegaan)")
# What a search covered asked for, not told: "(welke functies zijn bekeken, ook bij de andere werkmaatschappijen, en
# waarom die niet passend zijn). Kun je die sturen?"
# Or a question reported: "De heer Spijkerman vraagt of Kernwerk heeft onderzocht of er een andere functie is."
ASKED_WHICH = re.compile(r"(?:^\W*|\bvra(?:agt|agde|gen|agden) (?:\w+ ){0,2})(?:welke|wat|of|hoe|waarom)\b[^.;]{0,60}\b(?:bekeken|onderzocht|gezocht|nagegaan)\b", re.IGNORECASE)  # fmt: skip


# The sentence model's reading of a search counts where no pattern reads one, when it is this sure (chosen on the
# development dossiers only, see README "The facts layer").
SEARCH_THRESHOLD = 0.9


def _searches_read(doc: Document) -> list[Sentence]:
    """The employer's sentences that the sentence model reads as a search done, in words no pattern knows."""
    return [s for s in model_sentences(doc, "redeployment_search", SEARCH_THRESHOLD) if s.speaker == "employer" and not s.future and not ASKED_WHICH.search(s.text) and not NOT_DONE_YET.search(s.text) and not ASKS_FOR.search(s.text)]  # fmt: skip


# A lawyer asking for the papers of a search reports none: "Om het verzoekschrift af te maken heb ik nog ... alles wat
# jullie hebben over het onderzoek naar herplaatsing nodig".
ASKS_FOR = words(r"(?:heb|hebben) (?:ik|we|wij) (?:\S+ ){0,25}nodig\b")


SEARCH_PERIOD = words(r"(?:periode|onderzoeksperiode|looptijd|zoekperiode)(?: (?:van het |van )?(?:onderzoek|zoektocht|herplaatsing\w*))?\s*:?\s", r"(?:onderzoek|gezocht|zoektocht) (?:\w+ ){0,3}(?:van|vanaf|tussen) \d")


# "heeft HR op 14 juni 2023 gekeken": the day the search itself was done (not "bij de eindevaluatie op 31 juli hebben
# wij onderzocht", the day of the talk that led to it).
SEARCHED_ON = re.compile(r"\b(?:heeft|hebben|heb|is|zijn|werd|werden) (?:\S+ ){0,3}op (?:\w+dag )?(?P<day>\d{1,2})(?:e)?[ \-/.]", re.IGNORECASE)  # fmt: skip


# "Op 10 september heb ik met de HR-contactpersonen ... doorgenomen": a sentence that opens with the day of the act.
OPENS_ON_A_DAY = re.compile(r"^\W*" + ON_DAY, re.IGNORECASE)


# A form's field on redeployment left empty or "n.v.t." ("Herplaatsing: n.v.t.", "Andere functie: n.v.t.").
REDEPLOYMENT_FIELD = re.compile(r"herplaats|andere functie|ander werk", re.IGNORECASE)
# A form's question on redeployment and its answer on the next line: "8. Herplaatsing ... onderzocht?" / "Toelichting:
# n.v.t." (an empty field) or a bare "n.v.t.".
# The question may be a box ticked "nee" ("Herplaatsing binnen de onderneming onderzocht ☐ ja ☒ nee") or a heading
# alone ("Herplaatsing"); the answer may go on with its reason ("Toelichting: n.v.t., klein bedrijf (28 vaste mensen)",
# "-> n.v.t., we hebben alleen productiewerk") — on the question's own line too.
REDEPLOYMENT_QUESTION = re.compile(r"herplaats\w*[^?]*\?[\s☐□]*(?:ja|nee)?[\s☐□]*(?:ja|nee)?\s*$|herplaats\w*.*☒|^\W*(?:\w{1,2}[.)]\s*)?herplaats\w*\s*:?\s*$", re.IGNORECASE)  # fmt: skip
TICKS_ONLY = re.compile(r"^[\s☐☒■□xX]*(?:ja|nee)?[\s☐☒■□xX]*(?:ja|nee)?\s*$", re.IGNORECASE)
NOT_APPLICABLE_ANSWER = re.compile(r"^\W*(?:toelichting\s*:\s*)?(?:n\.?v\.?t\.?|nvt|niet van toepassing)(?!\w)", re.IGNORECASE)  # fmt: skip
ANSWERED_ON_ITS_LINE = re.compile(r"herplaats\w*[^\n]*(?:\?|☒\s*nee)[\s☐□]*(?:(?:ja|nee)[\s☐□]*){0,2}(?:toelichting\s*)?(?:->|→|:|-|–)\s*(?:n\.?v\.?t|nvt|niet van toepassing)", re.IGNORECASE)  # fmt: skip


def _answered_not_applicable(doc: Document) -> list[Sentence]:
    """The answer "n.v.t." that a form gives right under (or beside) its question whether redeployment was looked
    into."""
    sentences = read_document(doc)
    found = []
    for i, question in enumerate(sentences):
        if question.speaker == "employee":
            continue
        if ANSWERED_ON_ITS_LINE.search(question.text):
            found.append(question)
        elif REDEPLOYMENT_QUESTION.search(question.text):
            after = [s for s in sentences[i + 1 : i + 3] if not TICKS_ONLY.match(s.text)][:1]
            found += [a for a in after if a.speaker != "employee" and (a.empty_field or NOT_APPLICABLE_ANSWER.match(a.text))]  # fmt: skip
    return found[:1]


def _no_above(doc: Document, offer: Hit) -> list[Hit]:
    """The employee's reply above an offer quoted in it, when its first words say no ("Nee, ..."), or a sentence
    right after them does ("Ilse, ik ga niet voor schaal 5 sleutels uitdelen. Nee dus.")."""
    if not offer.sentence.quoted:
        return []
    own = [
        s for s in read_document(doc)
        if not s.quoted and s.speaker == "employee" and s.asserts and not MAIL_HEADER.match(s.text)
        and (len(s.text.split()) > 1 or REPLY_NO.search(s.text))  # a name signs; "Nee." answers
    ]  # fmt: skip
    said = ((sentence, REPLY_NO.search(sentence.text)) for sentence in own[:REPLY_NO_SENTENCES])
    return [Hit(sentence, match) for sentence, match in said if match][:1]


def _search_day(searched: list[Sentence], window: list[Sentence], doc: Document) -> dt.date | None:
    """The day a search was done: its quoted mail's day; else the first day a search sentence says it was done on
    ("heeft HR op 14 juni gekeken"), or a sentence around it says so too ("Ik heb op 4 maart ... doorgelopen") or opens with ("Op 18 september zijn alle openstaande
    vacatures opgevraagd") or the period it ran ("In de periode van 17 juni t/m 12 juli"); else the first day of
    the period a form states; else the document's day."""
    if searched and searched[0].date:
        return searched[0].date
    told = [(s, act_day(s, doc, on_a_day)) for s in searched for on_a_day in (SEARCHED_ON, OPENS_ON_A_DAY)]
    told += [
        (s, day)
        for s in window
        # about the search, not the offer made in it ("Op 1 juli is Sandra de functie ... aangeboden") nor a
        # neighbour ("Roostermaker: deze vacature is op 1 juli intern ingevuld" opens with no day)
        if (REDEPLOYMENT_WORD.search(s.text) or SEARCH.search(s.text) or DONE.search(s.text) or _runs_on(s.text))
        and not OFFER.search(s.text)
        for day in (act_day(s, doc, OPENS_ON_A_DAY), _period_start(s, doc), DONE.search(s.text) and act_day(s, doc, SEARCHED_ON))  # fmt: skip
    ]
    done_on = [day for s, day in told if day and day != (s.date or doc.date)]  # the written day: no day of its own
    return min(done_on, default=None) or _search_start(doc) or doc.date


# A period the search ran: "In de periode van maandag 17 juni t/m vrijdag 12 juli 2024 heb ik onderzocht", "…4 t/m 7
# juni samen met de teamleiders gekeken": its first day.
PERIOD_FROM = re.compile(r"(?:^\W*|\b(?:van|tussen) )(?:\w+dag )?(?P<day>\d{1,2})(?:e)? (?P<month>[a-z]+ )?(?:\d{4} )?(?:t/m|tot en met|tot|en) (?:\w+dag )?(?P<end>\d{1,2}\b)", re.IGNORECASE)  # fmt: skip


def _period_start(sentence: Sentence, doc: Document) -> dt.date | None:
    """The first day of a period the sentence names; its month and year from the end when only that has them."""
    match = PERIOD_FROM.search(sentence.text)
    if match is None:
        return None
    written = sentence.date or doc.date
    end = parse_date(sentence.text[match.start("end") :][:40], default_year=written.year if written else None)
    start = parse_date(sentence.text[match.start("day") : match.start("end")], default_year=end.year if end else None)
    if start is None and end is not None and not match.group("month"):
        start = end.replace(day=int(match.group("day"))) if int(match.group("day")) <= end.day else None
    return start if start and (written is None or start <= written) else None


def _runs_on(text: str) -> bool:
    """A piece of a sentence cut before a bracket ("Op 17 juni heb ik met de teamleiders van de afdeling Belastingen
    (Invorderen, ...) nagegaan ..."): it tells the day of what the next piece says was done."""
    return not text.rstrip().endswith((".", "!", "?", ":", ";"))


def _search_start(doc: Document) -> dt.date | None:
    """The first day of the search period a redeployment form states ("Periode onderzoek: 13 mei t/m 12 juli")."""
    if doc.doc_type != "redeployment":
        return None
    for sentence in read_document(doc):
        if SEARCH_PERIOD.search(sentence.text) and (days := sentence_dates(sentence, doc)):
            return min(days)
    return None


def _once(items: list, window_days: int, better: Callable[[Any, Any], bool], merge: Callable[[Any, Any], Any] | None = None) -> list:  # fmt: skip
    """The same search or offer reported in several documents (memo, letter, cover mail) is one: the first, unless a
    later report of it is `better` (an offer addressed to the employee, a search that names what it looked at);
    `merge` keeps what the other report adds to the one kept."""
    kept: list = []
    for item in sorted(items, key=lambda i: i.date or dt.date.max):
        twin = next((k for k in kept if k.date and item.date and (item.date - k.date).days <= window_days), None)
        if twin is None:
            kept.append(item)
            continue
        chosen, other = (item, twin) if better(item, twin) else (twin, item)
        kept[kept.index(twin)] = merge(chosen, other) if merge else chosen
    return kept


SCOPE_WIDTH = ("unknown", "team", "department", "organisation", "group")


def _with_gaps(search, twin):
    """What another report of the same search adds: it left positions unexamined ("Verder niet onderzocht" in the
    memo on a vacancy list), so it stays incomplete; it looked wider ("binnen Terravisio in Nederland en binnen de
    groep" in the letter after the memo), so its scope is the wider one."""
    if twin.complete is False:
        search = replace(search, complete=False)
    told = bool(twin.evidence) and bool(SEARCH.search(twin.evidence[0].quote))  # a sentence that tells the search, not a list
    if told and SCOPE_WIDTH.index(twin.scope) > SCOPE_WIDTH.index(search.scope):
        search = replace(search, scope=twin.scope)
    return search


def _more_addressed(offer, twin) -> bool:
    """An offer addressed to the employee ("Wij bieden je ...") over an internal memo that came first."""
    return _addressed(offer) and not _addressed(twin)


def _better_documented(search, twin) -> bool:
    """The memo that says where it looked or which positions, over a mention of the search that says neither (minutes
    announcing it, a letter recalling it); a search the first report already places stays as that report has it."""
    return twin.scope == "unknown" and twin.positions is None and (search.scope != "unknown" or search.positions is not None)  # fmt: skip


def _addressed(item) -> bool:
    return bool(item.evidence and re.search(r"\b(?:je|jij|jou|u)\b", item.evidence[0].quote, re.IGNORECASE))


def _hired_since(doc: Document) -> tuple[dt.date, Sentence] | None:
    """The start of employment told in a sentence ("sinds 2014 in dienst"); a year alone counts as its 1 January."""
    if not any(p.search(doc.text) for p in HIRED_SINCE):
        return None
    for sentence in read_document(doc):
        match = next((m for p in HIRED_SINCE if (m := p.search(sentence.text))), None)
        if match and sentence.asserts:
            when = match.group("when")
            day = parse_date(when) or (dt.date(int(when[-4:]), 1, 1) if when[-4:].isdigit() else None)
            if day:
                return day, sentence
    return None


# The role named in the sentence that tells the start: "als receptioniste", "als juridisch secretaresse".
AS_ROLE = re.compile(r"\bals (?P<name>[a-zà-ÿA-Z][\w-]*(?: [a-zà-ÿ][\w-]*)?)")
FUNCTION_MAX_WORDS = 5  # a longer "name" after a label is the next sentence ("Functie / Werknemer treedt ...")
# A role's name ends where the sentence goes on ("Senior Backend Engineer en heeft in 2022 ..."); one that begins
# with such a word is no name ("Functie: per 1 maart 2019 aangesteld als teamleider").
_NAME_END = re.compile(r"\s(?:en|bij|in|op|per|sinds|met|voor|aan|van|vanaf|-|–)\s|[,(;:]", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"^(?:per|van|niet|vrij|aan|de|het|een|voor|u|zich|is|wordt|met|in|op)\b", re.IGNORECASE)


def _role_name(text: str) -> str | None:
    line = re.sub(r"^(?:van|als)\s+", "", text.split("\n")[0])  # "(in de) functie van orderpicker"
    name = _NAME_END.split(line, maxsplit=1)[0].strip(" .,")
    if not name or _NOT_A_NAME.match(name) or len(name.split()) > FUNCTION_MAX_WORDS:
        return None
    return name


def _function(text: str) -> str | None:
    """The first role a label names ("Functie: ...", "werkzaam als ..."), also when the label's line goes on to
    tell the appointment ("Functie: per 1 maart 2019 aangesteld als teamleider avondploeg")."""
    for match in FUNCTION.finditer(text):
        if name := _role_name(match.group("name")):
            return name
        if (inner := FUNCTION.search(match.group("name"))) and (name := _role_name(inner.group("name"))):
            return name
    return None


# A group known only by its name ("Hoekstra Groep", "Kroeze Holding") is the employer's where the sentence ties it
# to the employer ("bij alle werkmaatschappijen van Hoekstra Groep", "namens VMG Media Groep") or stands as a
# letterhead or signature line ("HR-adviseur | VMG Media Groep"); a client's name in a memo ("adviesmemo's (Kroeze
# Holding, Van Loon) onjuist") is not.
# ("VCA-groep stond te wachten", "BHV-groep 24 man" in a training centre's notes are groups of course participants.)
GROUP_NAME = re.compile(r"(?-i:[A-Z][\w&.'-]*)(?: (?-i:Groep|Group|Holding)|-(?i:groep|group|concern))\b")
TIED_TO_EMPLOYER = words(r"(?:onderdeel|deel) (?:uit )?van", r"behoort tot", r"binnen", r"bij (?:alle|de andere)", r"werkmaatschappij", r"dochter", r"zuster", r"namens", r"(?:wij|we|onze?) ")  # fmt: skip
LETTERHEAD_WORDS = 8
LETTERHEAD_LINES = 6  # the first and last lines of a document
TIE_CHARS = 50  # how near a group's name the words that tie it to the employer stand
NONE_BEFORE = re.compile(r"\b(?:geen|noch)\s+$", re.IGNORECASE)


def _names_a_group(doc: Document) -> bool:
    for hit in find(doc, GROUP, deny=False):
        if NONE_BEFORE.search(hit.sentence.text[: hit.match.start()]):
            continue  # "Ter Horst Accountants (samenwerkingspartner, geen groepsmaatschappij)"
        named = GROUP_NAME.fullmatch(hit.match.group(0))
        # the tie stands beside the name ("bij alle werkmaatschappijen van Hoekstra Groep"), not anywhere in a long
        # sentence ("Sindsdien zien wij geen verbetering: ... adviesmemo's (Kroeze Holding, Van Loon) onjuist")
        near = hit.sentence.text[max(0, hit.match.start() - TIE_CHARS) : hit.match.end() + TIE_CHARS]
        if not named or TIED_TO_EMPLOYER.search(near) or _letterhead(doc, hit.sentence):
            return True
    return False


def _letterhead(doc: Document, sentence) -> bool:
    """A short line at the top of a document or at its end, where a letterhead or signature stands."""
    sentences = read_document(doc)
    place = next((i for i, s in enumerate(sentences) if s is sentence), -1)
    edge = place < LETTERHEAD_LINES or place >= len(sentences) - LETTERHEAD_LINES
    return edge and len(sentence.text.split()) <= LETTERHEAD_WORDS


def employment(documents: Sequence[Document]) -> Employment | None:
    """Since when the employee works here, the level of the role, and whether the employer is part of a group."""
    start: dt.date | None = None
    years: float | None = None
    function: str | None = None
    role_since: str | None = None
    shown = []
    for doc in sorted(documents, key=lambda d: (d.date is None, d.date or dt.date.min)):
        if doc.doc_type == "employee_response":
            continue
        if start is None:
            for candidate in find_dates(doc.text[:6000], context_year=doc.date.year if doc.date else None):
                if candidate.label and HIRED.search(candidate.label):
                    start = candidate.date
                    shown += [evidence(s) for s in read_document(doc) if candidate.text in s.text][:1]
                    # "U bent sinds 1 september 2014 bij ons in dienst, sinds 1 januari 2019 in de functie van ...":
                    # the day the sentence says the employment began, not the next day its "in dienst" labels
                    if (since := _hired_since(doc)) and candidate.text in since[1].text:
                        start = since[0]
                    break
        if start is None and (since := _hired_since(doc)):
            start, sentence = since
            shown.append(evidence(sentence))
            if as_role := AS_ROLE.search(sentence.text):  # "werkt hier sinds 1 april 2020 als receptioniste"
                role_since = as_role.group("name")
        if years is None and (match := YEARS.search(doc.text)):
            years = float(match.group("n") or match.group("m"))
        typed = doc.doc_type in ("appraisal", "improvement_plan", "warning", "meeting_report", "other")
        if function is None and typed:
            function = _function(doc.text[:3000])
    if function is None:
        for doc in documents:
            if match := ROLE_SINCE.search(doc.text[:3000]):
                function = match.group("name")
                break
    function = function or role_since
    employers = [d for d in documents if d.doc_type != "employee_response"]
    alone = any(find(d, NOT_IN_GROUP, deny=False) for d in employers)
    in_group = False if alone else any(_names_a_group(d) for d in employers) or None
    if start is None and years is None and function is None and in_group is None:
        return None
    level = None
    if function:
        managing = MANAGEMENT.search(function) and not SALES_TITLE.search(function)
        level = "management" if managing else "senior" if SENIOR.search(function) else "regular"
    return Employment(
        start=start,
        years_of_service=years,
        level=level,  # type: ignore[arg-type]
        in_group=in_group,
        function=function,
        evidence=tuple(shown),
    )
