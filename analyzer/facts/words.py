"""The one way the facts layer writes a word list: a case-insensitive pattern of alternatives from a word start."""

from __future__ import annotations

import re


def words(*alternatives: str) -> re.Pattern[str]:
    """A case-insensitive pattern of alternatives, each matched from a word start."""
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")", re.IGNORECASE)


# A negation inside a matched phrase ("heeft zich niet ziek gemeld", "traject niet hervat"): the phrase denies itself.
NEGATION_INSIDE = words(r"niet", r"geen", r"nooit")

# A sentence about another position for the employee (redeployment), whatever else it says.
REDEPLOYMENT_WORD = words(r"herplaats", r"passende functie", r"andere functie", r"vacature")
