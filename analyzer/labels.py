"""The report's codes (document types and their subtypes) and their Dutch names, shared by every stage and face."""

DOC_TYPES = {
    "warning": "Waarschuwing",
    "appraisal": "Beoordeling",
    "meeting_report": "Gespreksverslag",
    "improvement_plan": "Verbeterplan",
    "redeployment": "Herplaatsing",
    "training": "Opleiding / coaching",
    "medical": "Verzuim / medisch",
    "employee_response": "Reactie werknemer",
    "correspondence": "Correspondentie",
    "other": "Overig",
}

SUBTYPES = {
    "start": "start",
    "progress": "voortgang",
    "interim_evaluation": "tussentijdse evaluatie",
    "final_evaluation": "eindevaluatie",
    "performance_review": "functioneringsgesprek",
    "first": "eerste",
    "final": "laatste",
    "sick_report": "ziekmelding",
    "occupational_physician": "bedrijfsarts",
    "recovery": "hersteldmelding",
    "other": "overig",
}

CRITERIA = {
    "timely_notice": "Tijdig in kennis gesteld",
    "improvement_opportunity": "Voldoende gelegenheid tot verbetering",
    "training_and_conditions": "Scholing en arbeidsomstandigheden",
    "redeployment": "Herplaatsing",
    "not_due_to_illness": "Niet het gevolg van ziekte",
}

MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip

STATUSES = {"met": "voldaan", "doubtful": "twijfelachtig", "not_met": "niet voldaan"}

VERDICTS = {"ready": "Gereed voor de kantonrechter", "at_risk": "Risicovol", "not_ready": "Niet gereed"}

EXTRACTION = {"text": "tekstlaag", "ocr": "OCR (gescand)", "failed": "niet gelezen"}

# How a document relates to another of the dossier (the duplicates stage).
DUPLICATE_KINDS = {"exact": "zelfde tekst", "version": "andere versie", "quote": "citeert"}

DISCLAIMER = (
    "Deze analyse is een hulpmiddel en geen juridisch advies. Laat de conclusies toetsen door een "
    "arbeidsrechtjurist voordat u er beslissingen op baseert."
)

# The subtypes the scoring needs, per document type (the other types have none).
SUBTYPES_OF: dict[str, tuple[str, ...]] = {
    "meeting_report": ("start", "progress", "interim_evaluation", "final_evaluation", "performance_review", "other"),
    "warning": ("first", "final", "other"),
    "medical": ("sick_report", "occupational_physician", "recovery", "other"),
}


class LabelError(ValueError):
    """A document type or subtype that does not exist; the message is Dutch."""


def validate_label(doc_type: str, subtype: str | None) -> None:
    """Raise LabelError for a type or subtype the product does not know."""
    if doc_type not in DOC_TYPES:
        raise LabelError(f"onbekende documentsoort {doc_type!r}; kies uit {', '.join(DOC_TYPES)}")
    if subtype is not None and subtype not in SUBTYPES_OF.get(doc_type, ()):
        raise LabelError(f"subtype {subtype!r} past niet bij {doc_type}")


# The facts layer's vocabulary in Dutch (analyzer/facts/model.py), for the memo and the dashboard.
SPEAKERS = {
    "employer": "werkgever",
    "employee": "werknemer",
    "occupational_physician": "bedrijfsarts",
    "coach": "coach",
    "other": "anders",
}
FACT_VALUES = {
    "form": {
        "warning": "waarschuwing",
        "appraisal": "beoordeling",
        "meeting_report": "gespreksverslag",
        "email": "e-mail of brief",
        "oral": "mondeling (later vastgelegd)",
        "plan": "verbeterplan",
    },
    "consequence": {"dismissal": "ontslag genoemd", "vague": "alleen vage maatregelen", "none": "geen gevolg genoemd"},
    "outcome": {
        "good": "goed",
        "sufficient": "voldoende",
        "insufficient": "onvoldoende",
        "none_stated": "geen eindoordeel",
        "improved": "verbeterd",
        "partly": "deels verbeterd",
        "not_improved": "niet verbeterd",
    },
    "support": {
        "coach": "coach",
        "course": "cursus/training",
        "buddy": "buddy of mentor",
        "adjusted_tasks": "aangepaste taken",
        "manager": "begeleiding door leidinggevende",
        "other": "andere ondersteuning",
    },
    "event": {
        "start": "startgesprek",
        "progress": "voortgangsgesprek",
        "interim_evaluation": "tussentijdse evaluatie",
        "final_evaluation": "eindevaluatie",
        "extension": "traject verlengd",
        "suspension": "traject opgeschort",
        "resumption": "traject hervat",
        "early_end": "traject voortijdig beëindigd",
        "not_started": "traject (nog) niet gestart",
    },
    "stance": {
        "cooperates": "werkt mee",
        "refuses": "weigert (een deel van) het traject",
        "obstructs": "frustreert het traject",
        "denies": "ontkent het probleem",
        "objects": "maakt schriftelijk bezwaar",
    },
    "training": {
        "offered": "aangeboden",
        "followed": "gevolgd",
        "refused": "door werknemer geweigerd",
        "requested": "door werknemer gevraagd",
        "request_denied": "gevraagd en niet gegeven",
    },
    "topic": {
        "workload": "werkdruk",
        "tools": "middelen",
        "staffing": "bezetting",
        "conflict": "conflict",
        "other": "omstandigheden",
    },  # fmt: skip
    "response": {
        "investigated": "onderzocht",
        "adjusted": "werk aangepast",
        "refuted": "weerlegd",
        "dismissed": "afgedaan zonder onderzoek",
        "accepted": "aanvaard",
        "refused": "geweigerd",
        "unknown": "reactie onbekend",
    },
    "link": {
        "link": "ziet verband met de gezondheid",
        "no_link": "ziet geen verband",
        "not_stated": "zegt niets over een verband",
    },  # fmt: skip
    "scope": {
        "team": "team",
        "department": "afdeling",
        "organisation": "hele organisatie",
        "group": "hele groep",
        "unknown": "reikwijdte onbekend",
    },  # fmt: skip
    "statement": {
        "no_vacancies": "alleen 'geen vacatures'",
        "not_applicable": "'n.v.t.'",
        "not_reasonable": "'ligt niet in de rede'",
    },  # fmt: skip
    "level": {"regular": "uitvoerend", "senior": "senior", "management": "leidinggevend"},
}
FACT_GROUPS = {
    "Kritiek en beoordelingen": ("criticisms", "appraisals", "dismissal_announcements"),
    "Verbeterplan en traject": ("plans", "trajectory", "stances", "withheld_support"),
    "Scholing en arbeidsomstandigheden": ("trainings", "complaints", "complaint_responses"),
    "Ziekte": ("sick_reports", "recoveries", "physician_statements", "medical_details"),
    "Herplaatsing": ("redeployment_searches", "redeployment_statements", "redeployment_offers"),
    "Dienstverband": ("employment",),
}
OUTCOMES = {"granted": "toegewezen", "rejected": "afgewezen", "granted_other_ground": "afgewezen op de d-grond, ontbonden op een andere grond"}  # fmt: skip


def document_kind(doc: dict, mark: str = "⚠") -> str:
    """A report document's type in Dutch with its subtype; an uncertain one says "te controleren" and its runner-up."""
    kind = DOC_TYPES.get(doc.get("doc_type") or "", doc.get("doc_type") or "–")
    if doc.get("subtype"):
        kind += f" ({SUBTYPES.get(doc['subtype'], doc['subtype'])})"
    if doc.get("needs_review"):
        runner_up = DOC_TYPES.get(doc.get("runner_up") or "")
        kind += f" {mark} te controleren" + (f", anders {runner_up}" if runner_up else "")
    return kind
