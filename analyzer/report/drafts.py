"""Draft court documents (.docx) made from the report: a verzoekschrift for the employer, a verweerschrift for the
employee, and the productielijst both end with.

A draft is an outline for a lawyer, never a filing: its first page says so, every page header says CONCEPT, what the
analysis could not fill in stands in [brackets], and what the dossier lacks is marked "Nog aan te vullen". The facts
come from the report (each with its productie number and quote), the productie numbers from `exhibit` as the report
gives them, never renumbered. The legal structure — which requirement, which article, how each side phrases it — is
data below, so a lawyer can correct a sentence without reading the code.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_COLOR_INDEX
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from analyzer.labels import CRITERIA, DISCLAIMER, DOC_TYPES, OUTCOMES
from analyzer.report.chronology import exhibit_of, filed_documents
from analyzer.report.facts_text import FactLine, fact_lines
from analyzer.report.summary import reads_as_sentence
from analyzer.report.tables import file_place
from analyzer.report.verdict_text import long_date_nl, requirement_paragraph, trajectory_line, verdict_lines

FONT = "Arial"
TODO = "Nog aan te vullen"
# A quote shorter than this says nothing on its own (a heading like "VERBETERPLAN"): the fact is named without it.
MIN_QUOTE_WORDS = 5


@dataclass(frozen=True)
class Requirement:
    """One statutory requirement as each side pleads it, and the fact theme (labels.FACT_GROUPS) that proves it."""

    source: str
    theme: str
    claim: str
    attack: str


REQUIREMENTS = {
    "timely_notice": Requirement(
        source="art. 7:669 lid 3 sub d BW",
        theme="Kritiek en beoordelingen",
        claim="Werknemer is tijdig, duidelijk en schriftelijk in kennis gesteld van het onvoldoende functioneren en "
        "van de mogelijke gevolgen daarvan voor het dienstverband.",
        attack="Werknemer betwist tijdig en duidelijk in kennis te zijn gesteld van het gestelde onvoldoende "
        "functioneren en van het mogelijke gevolg daarvan: ontslag.",
    ),
    "improvement_opportunity": Requirement(
        source="art. 7:669 lid 3 sub d BW",
        theme="Verbeterplan en traject",
        claim="Werknemer heeft in voldoende mate de gelegenheid gekregen het functioneren te verbeteren: een serieus "
        "en reëel verbetertraject met concrete doelen, begeleiding, evaluatiemomenten en een redelijke termijn.",
        attack="Werknemer betwist in voldoende mate in de gelegenheid te zijn gesteld het functioneren te verbeteren: "
        "van een serieus en reëel verbetertraject was geen sprake.",
    ),
    "training_and_conditions": Requirement(
        source="art. 7:669 lid 3 sub d BW",
        theme="Scholing en arbeidsomstandigheden",
        claim="De ongeschiktheid is niet het gevolg van onvoldoende zorg van werkgever voor scholing of voor de "
        "arbeidsomstandigheden.",
        attack="Het gestelde onvoldoende functioneren is (mede) het gevolg van onvoldoende zorg van werkgever voor "
        "scholing of voor de arbeidsomstandigheden.",
    ),
    "redeployment": Requirement(
        source="art. 7:669 lid 1 BW",
        theme="Herplaatsing",
        claim="Herplaatsing van werknemer binnen de redelijke termijn, al dan niet met behulp van scholing, in een "
        "andere passende functie is niet mogelijk en ligt ook niet in de rede.",
        attack="Werkgever heeft niet aangetoond dat herplaatsing binnen de redelijke termijn, al dan niet met behulp "
        "van scholing, in een andere passende functie niet mogelijk is of niet in de rede ligt.",
    ),
    "not_due_to_illness": Requirement(
        source="art. 7:669 lid 3 sub d BW",
        theme="Ziekte",
        claim="De ongeschiktheid is niet het gevolg van ziekte of gebreken van werknemer.",
        attack="Het gestelde onvoldoende functioneren is (mede) het gevolg van ziekte of gebreken van werknemer; "
        "de d-grond is dan niet voldragen.",
    ),
}
# The d-ground's own conditions first, redeployment (lid 1, every ground) as a chapter of its own.
D_GROUND = [key for key in CRITERIA if key != "redeployment"]
# The report's recommendations as the analysis wrote them, for the side it was run for.
RECOMMENDATIONS = {
    "werkgever": f"{TODO} vóór indiening (belangrijkste eerst)",
    "werknemer": "Aanvalspunten voor de werknemer (zwaarste eerst)",
}
# The employee attacks the weakest requirement first.
ATTACK_ORDER = {"not_met": 0, "doubtful": 1, "met": 2}


class Draft:
    """A .docx being written: chapters numbered 1, 2, …, paragraphs within them 1.1, 1.2, … as lawyers number."""

    def __init__(self) -> None:
        self.doc = Document()
        self.chapter_number = 0
        self.paragraph_number = 0
        _setup(self.doc)

    def line(self, text: str = "", *, bold: bool = False, italic: bool = False, size: float | None = None) -> Paragraph:
        """A paragraph of one run (none for an empty line, so callers can add their own runs)."""
        paragraph = self.doc.add_paragraph()
        if text:
            run = paragraph.add_run(text)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
        return paragraph

    def chapter(self, title: str) -> None:
        self.chapter_number += 1
        self.paragraph_number = 0
        self.doc.add_heading(f"{self.chapter_number}.\t{title}", level=1)

    def heading(self, title: str) -> None:
        self.doc.add_heading(title, level=2)

    def point(self, text: str) -> Paragraph:
        """A numbered paragraph ("2.3") with a hanging indent."""
        self.paragraph_number += 1
        paragraph = self.line(f"{self.chapter_number}.{self.paragraph_number}\t{text}")
        paragraph.paragraph_format.left_indent = Cm(1.25)
        paragraph.paragraph_format.first_line_indent = Cm(-1.25)
        return paragraph

    def quote(self, text: str, reference: str) -> None:
        paragraph = self.line()
        paragraph.paragraph_format.left_indent = Cm(2)
        paragraph.add_run(f"“{text}”").italic = True
        if reference:
            paragraph.add_run(f" {reference}")

    def bullet(self, text: str, indent: float = 1.75) -> Paragraph:
        """A bullet under the numbered paragraph's text (`indent` cm), not at the margin."""
        paragraph = self.doc.add_paragraph(style="List Bullet")
        paragraph.add_run(text)
        paragraph.paragraph_format.left_indent = Cm(indent)
        paragraph.paragraph_format.first_line_indent = Cm(-0.5)
        paragraph.paragraph_format.space_after = Pt(2)
        return paragraph

    def todo(self, text: str) -> None:
        """A point the lawyer must still fill in or check: highlighted, so it cannot be filed unnoticed."""
        paragraph = self.line()
        paragraph.paragraph_format.left_indent = Cm(1.25)
        label = paragraph.add_run(f"{TODO}: ")
        label.bold = True
        label.font.highlight_color = WD_COLOR_INDEX.YELLOW
        paragraph.add_run(text).font.highlight_color = WD_COLOR_INDEX.YELLOW

    def note(self, text: str) -> None:
        """The analysis speaking to the lawyer, not a sentence of the court document: bracketed and grey."""
        paragraph = self.line(f"[Analyse: {text}]", italic=True, size=9)
        paragraph.paragraph_format.left_indent = Cm(1.25)
        paragraph.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()


def _setup(doc: Any) -> None:
    """A4, a plain legal typeface, black headings, CONCEPT in every page header and the page number below."""
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2.2)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for name, size in (("Heading 1", 13), ("Heading 2", 11)):
        style = doc.styles[name]
        style.font.name, style.font.size, style.font.bold = FONT, Pt(size), True
        style.font.color.rgb = RGBColor(0, 0, 0)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):  # they outrank the name
            style.element.rPr.rFonts.attrib.pop(qn(theme), None)
    header = section.header.paragraphs[0]
    header.text = "CONCEPT — gegenereerd uit de dossieranalyse, niet indienen zonder controle door een advocaat"
    header.runs[0].font.size, header.runs[0].font.bold = Pt(8), True
    footer = section.footer.paragraphs[0]
    footer.style.font.size = Pt(8)
    footer.add_run("Pagina ")
    field = OxmlElement("w:fldSimple")  # python-docx has no API for fields
    field.set(qn("w:instr"), "PAGE")
    footer._p.append(field)


def _hyperlink(paragraph: Paragraph, url: str, text: str) -> None:
    """A clickable link (python-docx has no API for it): a relationship plus a w:hyperlink around a styled run."""
    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    for tag, value in (("w:color", "1F4E9A"), ("w:u", "single")):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        properties.append(element)
    run.append(properties)
    label = OxmlElement("w:t")
    label.text = text
    run.append(label)
    link.append(run)
    paragraph._p.append(link)


# --- from the report to sentences -------------------------------------------------------------------------------


def _reference(report: dict[str, Any], document: str | None, page: int | None = None) -> str:
    """ "(productie 3)" or "(productie 3, p. 2)" — the page counted within the productie; empty for an unread file."""
    number = exhibit_of(report).get(document or "")
    if number is None:
        return ""
    doc = next(d for d in report["documents"] if d["id"] == document)
    first, last = doc.get("pages") or (None, None)
    within = f", p. {page - first + 1}" if page and first and last and last > first else ""
    return f"(productie {number}{within})"


def _usable_quote(line: FactLine) -> str | None:
    """The fact's quote when it says something on its own: running text, not a heading or letterhead line."""
    quote = (line.quote or "").lstrip("-–•* ")
    if len(quote.split()) < MIN_QUOTE_WORDS or not reads_as_sentence(quote):
        return None
    return quote


def _facts_of(report: dict[str, Any], key: str) -> list[FactLine]:
    return fact_lines(report.get("facts") or {}).get(REQUIREMENTS[key].theme, [])


def _write_facts(draft: Draft, report: dict[str, Any], key: str) -> None:
    """The facts of a requirement's theme, each dated, with the productie it rests on and its quote."""
    facts = _facts_of(report, key)
    if not facts:
        draft.note("het dossier bevat over dit vereiste geen stukken.")
    for fact in facts:
        when = long_date_nl(fact.date) if fact.date else "Zonder datum"
        draft.bullet(f"{when}: {fact.text} {_reference(report, fact.document, fact.page)}".rstrip())
        if quote := _usable_quote(fact):
            said = f"({fact.speaker})" if fact.speaker else ""
            draft.quote(quote, said)


def _plea(requirement: Requirement, status: str | None, side: str) -> str:
    """The side's sentence; an attack on a requirement the analysis finds met is left to the lawyer's judgment."""
    if side == "werkgever":
        return requirement.claim
    if status == "met":
        return f"[Alleen handhaven met eigen onderbouwing; de analyse vindt dit vereiste voldaan:] {requirement.attack}"
    return requirement.attack


def _write_requirement(draft: Draft, report: dict[str, Any], key: str, side: str, heading: bool = True) -> None:
    """One requirement: the plea, the facts with producties, what the analysis found, and what is still missing."""
    requirement, criterion = REQUIREMENTS[key], report["criteria"].get(key)
    if heading:
        draft.heading(f"{CRITERIA[key]} ({requirement.source})")
    draft.point(_plea(requirement, (criterion or {}).get("status"), side))
    if key == "improvement_opportunity" and (line := trajectory_line(report.get("phases"))):
        draft.point(line)
    _write_facts(draft, report, key)
    if criterion is None:
        draft.todo("dit vereiste is niet getoetst; onderbouw het zelf.")
        return
    if not _facts_of(report, key) and criterion["status"] != "met":
        draft.todo("het dossier bevat over dit vereiste geen stukken; vul aan of licht toe waarom dat niet nodig is.")
    if side == "werkgever" and criterion["status"] == "not_met":
        draft.todo(
            "volgens de analyse is aan dit vereiste niet voldaan; zonder aanvulling wijst de kantonrechter het "
            "verzoek naar verwachting af."
        )
    draft.note(requirement_paragraph(criterion))
    for missing in criterion.get("missing") or []:
        draft.todo(f"{missing}.")


def _write_chronology(draft: Draft, report: dict[str, Any]) -> None:
    """The facts chapter: each productie in date order, what it is and its first sentence."""
    employment = (report.get("facts") or {}).get("employment") or {}
    since = long_date_nl(employment["start"]) if employment.get("start") else "[datum indiensttreding]"
    function = employment.get("function") or "[functie]"
    draft.point(
        f"Werknemer, geboren op [geboortedatum], is op {since} bij werkgever in dienst getreden en vervult laatstelijk "
        f"de functie van {function}, tegen een salaris van € [bedrag] bruto per maand exclusief emolumenten."
    )
    for doc in filed_documents(report):
        when = f"Op {long_date_nl(doc['date'])}" if doc.get("date") else "Op [datum]"
        kind = DOC_TYPES.get(doc.get("doc_type") or "", "document").lower()
        summary = f": “{doc['summary']}”" if doc.get("summary") else ""
        draft.point(f"{when} — {kind}{summary} (productie {doc['exhibit']}).")


def _attention_points(report: dict[str, Any]) -> list[str]:
    """What the lawyer must check before anything is filed: unread files and the analysis's own warnings."""
    unread = [f"{file_place(d)} is niet gelezen: {d['error']}" for d in report["documents"] if d.get("error")]
    return [*unread, *report.get("warnings", [])]


def _cover(draft: Draft, report: dict[str, Any], kind: str) -> None:
    """The first page: CONCEPT, what this draft is and is not, the disclaimer, the analysis's verdict, the to-dos."""
    draft.line("CONCEPT", bold=True, size=22).runs[0].font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    draft.line(
        f"CONCEPT {kind} — automatisch opgesteld uit de dossieranalyse, door een advocaat te controleren", bold=True
    )
    draft.line(
        f"Dit document is een opzet van een {kind}, samengesteld uit de analyse van het dossier "
        f"‘{report['dossier']['name']}’. Het is geen processtuk en niet gereed voor indiening. Een advocaat moet de "
        "feiten, de producties, de citaten en de juridische onderbouwing controleren, de tekst tussen [vierkante "
        f"haken] invullen en de geel gemarkeerde punten ‘{TODO}’ uitwerken of schrappen. Grijze opmerkingen "
        "tussen [Analyse: …] zijn toelichting van de analyse voor de advocaat en horen niet in het processtuk."
    )
    draft.line(report.get("disclaimer") or DISCLAIMER, italic=True)
    draft.heading("Uitkomst van de analyse")
    for text in verdict_lines(report):
        draft.line(text)
    if recommendations := report.get("recommendations"):
        draft.heading(RECOMMENDATIONS.get(report.get("perspective") or "", RECOMMENDATIONS["werkgever"]))
        for text in recommendations:
            draft.bullet(text, indent=0.5)
    if points := _attention_points(report):
        draft.heading("Te controleren")
        for text in points:
            draft.bullet(text, indent=0.5)
    draft.page_break()


def _caption(draft: Draft, lines: Iterable[tuple[str, bool]]) -> None:
    for text, bold in lines:
        paragraph = draft.line(text, bold=bold)
        paragraph.paragraph_format.space_after = Pt(2)
    draft.line()


# --- the documents ----------------------------------------------------------------------------------------------

PETITION_CAPTION = (
    ("VERZOEKSCHRIFT", True),
    ("tot ontbinding van de arbeidsovereenkomst (art. 7:671b BW jo. art. 7:669 lid 3 sub d BW)", False),
    ("", False),
    ("Aan de kantonrechter van de rechtbank [naam rechtbank], locatie [plaats]", False),
    ("", False),
    ("Geeft eerbiedig te kennen:", False),
    ("[naam werkgever], gevestigd te [plaats], verzoekster, hierna: ‘werkgever’,", True),
    ("advocaat: [naam advocaat], [kantoor], [adres]", False),
    ("", False),
    ("in de zaak tegen", False),
    ("[naam werknemer], wonende te [adres], verweerder, hierna: ‘werknemer’.", True),
)

PETITION_TAIL = (
    (
        "Opzegverboden",
        (
            "Voor zover werkgever bekend geldt er geen opzegverbod (art. 7:670 BW). [Controleer dit; geldt er een "
            "opzegverbod, bijvoorbeeld wegens ziekte, stel dan dat het verzoek daarmee geen verband houdt.]",
        ),
    ),
    (
        "Transitievergoeding en einde van de arbeidsovereenkomst",
        (
            "Werknemer heeft bij ontbinding recht op een transitievergoeding (art. 7:673 BW) van € [bedrag] bruto, "
            "berekend over het dienstverband van [datum indiensttreding] tot [einddatum] op basis van een "
            "maandsalaris van € [bedrag] bruto inclusief [vakantiegeld, vaste eindejaarsuitkering, …].",
            "De arbeidsovereenkomst eindigt op het tijdstip waarop zij bij regelmatige opzegging zou zijn "
            "geëindigd, met aftrek van de duur van deze procedure, met een minimum van één maand (art. 7:671b BW). "
            "De opzegtermijn bedraagt [aantal] maanden.",
        ),
    ),
)

PETITION_REQUEST = (
    "de arbeidsovereenkomst tussen werkgever en werknemer te ontbinden op grond van art. 7:671b lid 1 sub a jo. "
    "art. 7:669 lid 3 sub d BW, met ingang van [datum] of een door de kantonrechter te bepalen datum;",
    "[subsidiair, alleen als de d-grond niet voldragen is: de arbeidsovereenkomst te ontbinden op grond van "
    "art. 7:669 lid 3 sub i BW (cumulatiegrond), met toekenning van een aanvullende vergoeding van € [bedrag];]",
    "te bepalen dat werkgever aan werknemer een transitievergoeding verschuldigd is van € [bedrag] bruto;",
    "[kosten: iedere partij draagt de eigen kosten / werknemer te veroordelen in de proceskosten].",
)


def verzoekschrift_docx(report: dict[str, Any]) -> bytes:
    """The employer's petition to dissolve on the d-ground, as an outline to be completed by a lawyer."""
    draft = Draft()
    _cover(draft, report, "verzoekschrift")
    _caption(draft, PETITION_CAPTION)
    draft.chapter("Partijen en de feiten")
    _write_chronology(draft, report)
    draft.chapter("De redelijke grond: ongeschiktheid (art. 7:669 lid 3 sub d BW)")
    draft.point(
        "Werknemer is ongeschikt voor de bedongen arbeid, anders dan ten gevolge van ziekte of gebreken. "
        "Aan elk vereiste van de d-grond is voldaan, zoals hierna per vereiste wordt toegelicht."
    )
    for key in D_GROUND:
        _write_requirement(draft, report, key, "werkgever")
    draft.chapter("Herplaatsing (art. 7:669 lid 1 BW)")
    _write_requirement(draft, report, "redeployment", "werkgever", heading=False)
    for title, points in PETITION_TAIL:
        draft.chapter(title)
        for text in points:
            draft.point(text)
    draft.chapter("Verzoek")
    draft.point("Werkgever verzoekt de kantonrechter, voor zover mogelijk uitvoerbaar bij voorraad:")
    _petitum(draft, PETITION_REQUEST)
    _signature(draft)
    _exhibit_list(draft, report)
    return draft.bytes()


DEFENCE_CAPTION = (
    ("VERWEERSCHRIFT", True),
    ("tevens houdende voorwaardelijke verzoeken (art. 7:671b BW)", False),
    ("", False),
    ("Aan de kantonrechter van de rechtbank [naam rechtbank], locatie [plaats]", False),
    ("Zaaknummer / rekestnummer: [nummer]", False),
    ("", False),
    ("[naam werknemer], wonende te [adres], verweerder, hierna: ‘werknemer’,", True),
    ("advocaat: [naam advocaat], [kantoor], [adres]", False),
    ("", False),
    ("tegen", False),
    ("[naam werkgever], gevestigd te [plaats], verzoekster, hierna: ‘werkgever’.", True),
)

DEFENCE_SUBSIDIARY = (
    "Subsidiair, voor het geval de kantonrechter de arbeidsovereenkomst ontbindt, verzoekt werknemer een "
    "transitievergoeding van € [bedrag] bruto (art. 7:673 BW).",
    "Werkgever heeft ernstig verwijtbaar gehandeld of nagelaten door [omschrijving]; werknemer verzoekt een "
    "billijke vergoeding van € [bedrag] bruto (art. 7:671b BW). [Onderbouw de hoogte: de gevolgen van het ontslag, "
    "de kans op ander werk, de duur van het dienstverband.]",
    "Ontbindt de kantonrechter op de cumulatiegrond (art. 7:669 lid 3 sub i BW), dan verzoekt werknemer een "
    "aanvullende vergoeding van ten hoogste de helft van de transitievergoeding: € [bedrag] bruto.",
    "Bij de einddatum dient rekening te worden gehouden met de opzegtermijn van [aantal] maanden (art. 7:671b BW).",
)

DEFENCE_REQUEST = (
    "primair: het verzoek van werkgever af te wijzen;",
    "subsidiair: bij ontbinding werkgever te veroordelen tot betaling van de transitievergoeding van € [bedrag] "
    "bruto en een billijke vergoeding van € [bedrag] bruto [of de aanvullende vergoeding bij de i-grond], "
    "vermeerderd met de wettelijke rente;",
    "werkgever te veroordelen in de kosten van deze procedure.",
)


def verweerschrift_docx(report: dict[str, Any]) -> bytes:
    """The employee's defence: the requirements not met or doubtful first, the similar rulings, the subsidiary
    claims, as an outline to be completed by a lawyer."""
    draft = Draft()
    _cover(draft, report, "verweerschrift")
    _caption(draft, DEFENCE_CAPTION)
    draft.chapter("Inleiding")
    draft.point(_defence_summary(report))
    draft.point("Werknemer betwist de stellingen van werkgever, voor zover hierna niet uitdrukkelijk erkend.")
    draft.chapter("De feiten")
    _write_chronology(draft, report)
    draft.chapter("Verweer: de d-grond is niet voldragen")
    draft.point(
        "Een ontbinding op de d-grond vereist dat elk vereiste is vervuld; ontbreekt er één, dan wijst de "
        "kantonrechter het verzoek af (art. 7:669 lid 3 sub d en art. 7:671b BW). Werkgever draagt de stelplicht "
        "en de bewijslast."
    )
    for key in _attack_order(report):
        _write_requirement(draft, report, key, "werknemer")
    draft.chapter("Vergelijkbare uitspraken")
    _write_rulings(draft, report)
    draft.chapter("Subsidiair: vergoedingen en einddatum")
    for text in DEFENCE_SUBSIDIARY:
        draft.point(text)
    draft.chapter("Verzoek")
    draft.point("Werknemer verzoekt de kantonrechter:")
    _petitum(draft, DEFENCE_REQUEST)
    _signature(draft)
    _exhibit_list(draft, report)
    return draft.bytes()


def _attack_order(report: dict[str, Any]) -> list[str]:
    """The requirements, not met first, then doubtful, then met; statutory order within each."""
    statuses = {key: c["status"] for key, c in report["criteria"].items()}
    return sorted(CRITERIA, key=lambda key: ATTACK_ORDER.get(statuses.get(key, "doubtful"), 1))


def _defence_summary(report: dict[str, Any]) -> str:
    weak = [k for k in _attack_order(report) if report["criteria"].get(k, {}).get("status") in ("not_met", "doubtful")]
    if not weak:
        return (
            "Werknemer verzoekt het verzoek af te wijzen. [De analyse vindt alle vereisten voldaan: onderbouw het "
            "verweer met feiten die niet in het dossier van werkgever staan.]"
        )
    names = ", ".join(f"‘{CRITERIA[k].lower()}’" for k in weak)
    return (
        "Werknemer verzoekt het verzoek af te wijzen. De d-grond is niet voldragen; in ieder geval ontbreekt of "
        f"schiet tekort: {names}."
    )


def _write_rulings(draft: Draft, report: dict[str, Any]) -> None:
    """Each similar ruling: its ECLI as a link, court, date and outcome, and what it decided."""
    rulings = report.get("similar_rulings") or []
    if not rulings:
        draft.todo("de analyse vond geen vergelijkbare uitspraken; zoek zelf op rechtspraak.nl.")
    for ruling in rulings:
        paragraph = draft.point("")
        _hyperlink(paragraph, ruling["link"], ruling["ecli"])
        outcome = OUTCOMES.get(ruling["outcome"], ruling["outcome"])
        paragraph.add_run(f" ({ruling['court']}, {long_date_nl(ruling['date'])}): {outcome}. {ruling['summary']}")
        if ruling.get("shared"):
            draft.note("gemeen met dit dossier: " + ", ".join(ruling["shared"]))


def _petitum(draft: Draft, requests: Iterable[str]) -> None:
    for index, text in enumerate(requests, start=1):
        paragraph = draft.line(f"{index}.\t{text}")
        paragraph.paragraph_format.left_indent = Cm(2)
        paragraph.paragraph_format.first_line_indent = Cm(-0.75)


def _signature(draft: Draft) -> None:
    draft.line()
    draft.line("[plaats], [datum]")
    draft.line("[naam advocaat]")
    draft.line("advocaat")


# --- the productielijst -----------------------------------------------------------------------------------------

EXHIBIT_COLUMNS = (("Productie", 2.3), ("Datum", 3.2), ("Omschrijving", 7.3), ("Soort", 3.2))  # cm, 16 in all


def exhibit_rows(report: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(productie, datum, omschrijving, soort) per filed document, in productie (date) order."""
    return [
        (
            str(doc["exhibit"]),
            long_date_nl(doc["date"]) if doc.get("date") else "ongedateerd",
            _capitalised(doc.get("title") or DOC_TYPES.get(doc.get("doc_type") or "", "document")),
            DOC_TYPES.get(doc.get("doc_type") or "", ""),
        )
        for doc in filed_documents(report)
    ]


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _row_property(row: Any, tag: str) -> None:
    """A table-row switch python-docx has no API for (w:tblHeader, w:cantSplit)."""
    element = OxmlElement(tag)
    element.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(element)


def _exhibit_list(draft: Draft, report: dict[str, Any], new_page: bool = True) -> None:
    """The productielijst as a table; each description with the file it is in, so the lawyer can assemble it."""
    if new_page:
        draft.page_break()
    draft.doc.add_heading("Productielijst", level=1)
    draft.line("Datums en omschrijvingen volgens de analyse; controleer ze aan de stukken.", size=8)
    files = {doc["exhibit"]: file_place(doc) for doc in filed_documents(report)}
    table = draft.doc.add_table(rows=1, cols=len(EXHIBIT_COLUMNS), style="Table Grid")
    table.alignment, table.autofit = WD_TABLE_ALIGNMENT.CENTER, False
    for column, cell, (name, width) in zip(table.columns, table.rows[0].cells, EXHIBIT_COLUMNS, strict=True):
        column.width = cell.width = Cm(width)  # the grid for LibreOffice, the cell for Word
        cell.paragraphs[0].add_run(name).bold = True
    _row_property(table.rows[0], "w:tblHeader")  # the header row again on every page of a long list
    for row in exhibit_rows(report):
        added = table.add_row()
        _row_property(added, "w:cantSplit")  # a productie and its file stay on one page
        cells = added.cells
        for cell, value, (_, width) in zip(cells, row, EXHIBIT_COLUMNS, strict=True):
            cell.width = Cm(width)
            cell.paragraphs[0].add_run(value)
        source = cells[2].add_paragraph().add_run(files[int(row[0])])
        source.font.size, source.font.color.rgb = Pt(8), RGBColor(0x59, 0x59, 0x59)
    if not table.rows[1:]:
        draft.todo("geen enkel document kon worden gelezen; er zijn nog geen producties.")


def productielijst_docx(report: dict[str, Any]) -> bytes:
    """The productielijst on its own, with the same CONCEPT notice as the drafts."""
    draft = Draft()
    draft.line("CONCEPT", bold=True, size=22).runs[0].font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    draft.line(
        f"CONCEPT productielijst — automatisch opgesteld uit de dossieranalyse van ‘{report['dossier']['name']}’; "
        "door een advocaat te controleren.",
        bold=True,
    )
    draft.line(report.get("disclaimer") or DISCLAIMER, italic=True)
    _exhibit_list(draft, report, new_page=False)
    return draft.bytes()
