"""Dutch names for the report's codes, shared by the Markdown report, the CLI and the dashboard."""

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
