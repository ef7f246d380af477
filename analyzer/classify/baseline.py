"""A keyword list, as a reader with a search box would sort a dossier: the bar the model must clearly beat.

Only used to measure: `evaluate --real` prints its figures beside the model's on the same texts. The first type
whose words occur wins, in an order that puts the narrow words before the broad ones.
"""

from __future__ import annotations

import re

KEYWORDS: tuple[tuple[str, str], ...] = (
    ("warning", r"waarschuwing|berisping|vermaning"),
    ("improvement_plan", r"verbeterplan|verbetertraject|pip\b|ontwikkelplan|actieplan"),
    ("redeployment", r"herplaatsing|vacature|passende functie|outplacement|boventallig"),
    ("medical", r"ziekmelding|bedrijfsarts|arbodienst|arbeidsongeschikt|hersteld|verzuim"),
    ("appraisal", r"beoordeling|beoordelingsformulier|eindoordeel"),
    ("training", r"cursus|training|opleiding|coach|certificaat"),
    ("meeting_report", r"verslag|aanwezig|gespreksnotitie|notulen"),
    ("employee_response", r"niet eens|bezwaar|reactie op|oneens|wederwoord"),
    ("correspondence", r"uitnodiging|uitnodigen|bevestiging|afspraak|agenda"),
)
_COMPILED = tuple((doc_type, re.compile(pattern, re.IGNORECASE)) for doc_type, pattern in KEYWORDS)


def keyword_type(text: str) -> str:
    """The first type whose keywords occur in the text; `other` when none does."""
    for doc_type, pattern in _COMPILED:
        if pattern.search(text):
            return doc_type
    return "other"
