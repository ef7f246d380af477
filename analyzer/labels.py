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

STATUSES = {"met": "voldaan", "doubtful": "twijfelachtig", "not_met": "niet voldaan"}

VERDICTS = {"ready": "Gereed voor de kantonrechter", "at_risk": "Risicovol", "not_ready": "Niet gereed"}

EXTRACTION = {"text": "tekstlaag", "ocr": "OCR (gescand)", "failed": "niet gelezen"}

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
