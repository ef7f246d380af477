"""Training and working conditions: what was offered, followed, refused or asked for, and what the employee raised."""

from __future__ import annotations

import re
from collections.abc import Sequence

from analyzer.dossier import Document
from analyzer.facts.model import Complaint, ComplaintResponse, Training
from analyzer.facts.reading import Hit, about_employee, evidence, find, negated, read_document
from analyzer.facts.trajectory import _is_plan, support
from analyzer.facts.words import words

TRAINING_WORDS = r"(?:cursus|training|opleiding|scholing|coach(?:ing)?|workshop|e-?learning|module|instructie|begeleiding)"
TRAINING = words(TRAINING_WORDS)
STATUS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("request_denied", words(r"(?:verzoek|aanvraag|vraag) (?:\w+ ){0,4}(?:afgewezen|niet gehonoreerd|geweigerd|niet toegekend)", r"geen budget", r"niet nodig (?:\w+ ){0,2}(?:geacht|gevonden)", r"(?:cursus|training|opleiding) (?:\w+ ){0,4}(?:niet (?:\w+ ){0,2}(?:toegekend|vergoed|goedgekeurd)|afgewezen)")),
    ("requested", words(r"(?:gevraagd|verzocht|vraag(?:t)?|verzoek(?:t)?|aangevraagd|aangegeven (?:\w+ ){0,3}behoefte) (?:\w+ ){0,6}" + TRAINING_WORDS, r"behoefte (?:\w+ ){0,2}aan (?:\w+ ){0,3}" + TRAINING_WORDS, r"(?:zou|wil) (?:\w+ ){0,3}graag (?:\w+ ){0,4}" + TRAINING_WORDS)),
    ("refused", words(r"(?:weiger\w*|niet bereid|wil(?:de)? (?:\w+ ){0,3}niet|ziet (?:\w+ ){0,2}nut (?:\w+ ){0,2}niet|afgeslagen|wenst geen) (?:\w+ ){0,5}" + TRAINING_WORDS, TRAINING_WORDS + r" (?:\w+ ){0,5}(?:geweigerd|afgeslagen|niet (?:\w+ ){0,2}willen)")),
    ("followed", words(r"(?:heeft|hebt|heb) (?:\w+ ){0,6}(?:gevolgd|afgerond|behaald|doorlopen|bijgewoond)", TRAINING_WORDS + r" (?:\w+ ){0,5}(?:gevolgd|afgerond|afgesloten|behaald|doorlopen)", r"certificaat (?:\w+ ){0,3}(?:behaald|uitgereikt|ontvangen|toegekend)", r"deelnamebewijs", r"met goed gevolg", r"sessies? (?:\w+ ){0,3}(?:gehad|gevoerd|plaatsgevonden)", r"(?:eind)?rapportage (?:\w+ ){0,2}coach")),
    ("offered", words(r"(?:bieden|bood|biedt|aangeboden|aanbieden|aanbod|ingeschreven|inschrijving|aangemeld|krijg(?:t|en)?|ingezet|regelen|geregeld|ter beschikking|mogelijkheid) (?:\w+ ){0,6}" + TRAINING_WORDS, TRAINING_WORDS + r" (?:\w+ ){0,5}(?:aangeboden|ingezet|geregeld|ingepland|ter beschikking|vergoed)")),
)  # fmt: skip
TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("workload", words(r"werkdruk", r"te veel (?:werk|taken|klanten|dossiers|uren)", r"werkbelasting", r"taakbelasting", r"overuren", r"overwerk", r"te druk", r"workload", r"geen tijd", r"(?:hoge|grote) druk", r"werkvoorraad", r"overbelast", r"niet te doen", r"te hoog tempo")),
    ("staffing", words(r"onderbezet", r"onderbezetting", r"personeelstekort", r"tekort aan (?:\w+ ){0,2}(?:personeel|mensen|collega)", r"te weinig (?:mensen|collega|personeel|handen)", r"alleen (?:op|in) de (?:dienst|winkel|afdeling)", r"vacatures? (?:\w+ ){0,3}niet (?:\w+ ){0,2}(?:ingevuld|vervuld)", r"bezetting", r"ziekteverzuim van collega", r"understaff")),
    ("tools", words(r"(?:systeem|software|programma|applicatie|laptop|computer|apparatuur|gereedschap|materiaal|materieel|tools?|heftruck|scanner|kassa|telefoon|app)\w* (?:\w+ ){0,4}(?:werkt|werken|werkte|defect|kapot|traag|vastloopt|crasht|onvoldoende|ontbreekt|storing)", r"storingen", r"geen (?:goede |werkende )?(?:\w+ ){0,1}(?:laptop|apparatuur|gereedschap|software|instructie)", r"nieuwe? (?:\w+ ){0,2}(?:systeem|software|programma)")),
    ("conflict", words(r"conflict", r"ruzie", r"gepest", r"pesten", r"intimidatie", r"onheus", r"spanning(?:en)? (?:met|tussen)", r"botsing", r"(?:slechte|verstoorde) (?:\w+ ){0,2}(?:verhouding|relatie|sfeer|samenwerking)", r"onveilig", r"respectloos", r"schreeuw")),
)  # fmt: skip
RESPONSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("dismissed", words(r"geen excuus", r"niet in discussie", r"ter kennisgeving", r"daar ga(?:an)? (?:ik|wij|we) niet", r"hoort (?:nu eenmaal )?bij (?:de|je|jouw|uw) (?:functie|baan|werk)", r"niet relevant", r"moet(?:en)? (?:je|jij|u) (?:maar|zelf)", r"is geen reden", r"kan geen rol spelen", r"niet aan de orde")),
    ("adjusted", words(r"aangepast", r"verlaagd", r"verminderd", r"herverdeeld", r"ontlast", r"extra (?:hulp|ondersteuning|collega|kracht|handen|uren)", r"uitzendkracht", r"invalkracht", r"vervangen", r"opgelost", r"minder (?:taken|klanten|werk|dossiers|ritten|uren)", r"uit de (?:\w+ ){0,2}rotatie", r"nieuwe (?:laptop|apparatuur|software)", r"overgenomen door", r"bijgesteld", r"ingezet", r"aangenomen", r"geschrapt", r"verschoven")),
    ("refuted", words(r"vergelijkbaar met", r"niet (?:\w+ ){0,2}(?:hoger|groter|zwaarder) dan", r"(?:hetzelfde|gelijk|dezelfde) (?:\w+ ){0,3}(?:als|aan) (?:\w+ ){0,2}(?:collega|andere)", r"collega'?s (?:\w+ ){0,6}(?:zelfde|dezelfde|gelijke|vergelijkbare)", r"(?:blijkt|bleek) (?:\w+ ){0,4}niet", r"niet (?:\w+ ){0,2}(?:onderbouwd|aangetoond|herkend)", r"binnen de norm", r"normaal (?:\w+ ){0,2}(?:niveau|werkdruk)")),
    ("investigated", words(r"onderzocht", r"nagegaan", r"bekeken", r"geanalyseerd", r"uitgezocht", r"in kaart gebracht", r"naast elkaar gelegd", r"vergeleken", r"navraag", r"laten onderzoeken", r"besproken (?:met|in)", r"gesprek (?:\w+ ){0,3}(?:over|met) (?:\w+ ){0,3}(?:werkdruk|bezetting)")),
)  # fmt: skip


def trainings(documents: Sequence[Document]) -> list[Training]:
    """Training and coaching: offered (also as the plan's support), followed, refused, asked for, turned down."""
    found: list[Training] = []
    for doc in documents:
        statuses: list[tuple[str, Hit | None]] = []
        for status, pattern in STATUS:
            hits = find(doc, pattern, deny=status not in ("request_denied",))
            hits = [h for h in hits if TRAINING.search(h.sentence.text) or status == "followed" and doc.doc_type == "training"]
            if status in ("requested", "refused"):
                hits = [h for h in hits if about_employee(h.sentence)]
            if hits:
                statuses.append((status, hits[0]))
        if doc.doc_type == "training" and not statuses:
            first = next((s for s in read_document(doc) if s.asserts), None)
            statuses.append(("followed" if re.search(r"factuur|certificaat|rapport|verslag|afgerond", doc.text[:800], re.I) else "offered", None))  # fmt: skip
            if first is not None:
                statuses[-1] = (statuses[-1][0], Hit(first, re.match(r"", first.text)))  # type: ignore[arg-type]
        if _is_plan(doc) and not any(s == "offered" for s, _ in statuses):
            kinds, hits = support(doc)
            taught = [h for kind, h in zip(kinds, hits, strict=True) if kind in ("coach", "course")]
            if taught:
                statuses.append(("offered", taught[0]))
        for status, hit in statuses:
            found.append(Training(date=doc.date, status=status, topic=None, evidence=(evidence(hit),) if hit else ()))  # type: ignore[arg-type]  # fmt: skip
    return found


def _topic(text: str) -> str | None:
    for topic, pattern in TOPICS:
        if pattern.search(text):
            return topic
    return None


def complaints(documents: Sequence[Document]) -> list[Complaint]:
    """Working conditions the employee raised: in their own writing or as the minutes report them."""
    found: list[Complaint] = []
    for doc in documents:
        seen: set[str] = set()
        for topic, pattern in TOPICS:
            hits = [h for h in find(doc, pattern) if h.sentence.speaker == "employee" or about_employee(h.sentence)]
            if hits and topic not in seen:
                seen.add(topic)
                found.append(Complaint(date=doc.date, topic=topic, evidence=(evidence(hits[0]),)))  # type: ignore[arg-type]
    return found


def complaint_responses(documents: Sequence[Document]) -> list[ComplaintResponse]:
    """What the employer did with conditions raised: looked into them, adjusted the work, refuted or brushed off."""
    found: list[ComplaintResponse] = []
    for doc in documents:
        if doc.doc_type == "employee_response":
            continue
        seen: set[str] = set()
        for sentence in read_document(doc):
            if not sentence.asserts or sentence.quoted or sentence.speaker != "employer" or about_employee(sentence):
                continue
            topic = _topic(sentence.text)
            if topic is None or topic in seen:
                continue
            for response, pattern in RESPONSES:
                match = pattern.search(sentence.text)
                if match and (response == "dismissed" or not negated(sentence.text, match.start(), match.end())):
                    seen.add(topic)
                    found.append(ComplaintResponse(date=doc.date, topic=topic, response=response, evidence=(evidence(Hit(sentence, match)),)))  # type: ignore[arg-type]  # fmt: skip
                    break
    return found
