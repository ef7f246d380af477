"""A verbatim transcript of a recorded talk, told by its form: lines that open with the speakers' initials or roles.

By the labelling rules a transcript is the minutes of a talk (`meeting_report`), whoever speaks most. The model
reads it by its words, and a transcript is full of the employee's first person ("Ik doe echt mijn best"), so it
took several for an employee's reaction. Its form is unmistakable and needs no model: three or more speakers'
turns, of a few words each, taking turns ("JvD:  Nou, we zitten hier even voor het tussengesprek." / "PdB: Ja.").
The facts layer reads the same turns to know who says each sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# A turn: an optional time stamp, then initials ("FL", "JvD", "K") or a role, a colon and what is said.
TURN = re.compile(
    r"^\s*(?:\[[^\]]{1,25}\]\s*|\d{1,2}:\d{2}(?::\d{2})?\s+)?"
    r"(?P<tag>(?-i:[A-Z](?:[a-z]?[A-Z]){0,2})|hr|manager|werknemer|werkneemster|medewerker|medewerkster|"
    r"leidinggevende|teamleider|bedrijfsarts|interviewer|voorzitter|advocaat|coach|jurist)\s*:\s+(?P<said>\S.*)$",
    re.IGNORECASE,
)
# A turn that says something has four words or more; a form's "HR: Y. Amrani" or "Leidinggevende: E. Bakker" does not.
SPOKEN_WORDS = 4
# Speakers with two such turns or more, and how often the word passes between them, before a text is a transcript:
# a plan's signature fields alternate a few times, a talk many (the corpus's transcripts 8–16 times).
MIN_SPEAKERS = 2
MIN_CHANGES = 4
# People in a talk say "ik", "je", "we": at least this many turns do.
ADDRESSED = re.compile(r"\b(?:ik|je|jij|jou|jouw|u|uw|we|wij|mij|me|mijn|ons)\b", re.IGNORECASE)
MIN_ADDRESSED = 3


@dataclass(frozen=True)
class Turn:
    line: int  # index in text.splitlines()
    tag: str


def turns(text: str) -> list[Turn]:
    """Every turn of a transcript's speakers, short replies too, in order (none for a text that is no transcript)."""
    tagged = [(number, match) for number, line in enumerate(text.splitlines()) if (match := TURN.match(line))]
    spoken = [match.group("tag") for _, match in tagged if len(match.group("said").split()) >= SPOKEN_WORDS]
    if sum(bool(ADDRESSED.search(match.group("said"))) for _, match in tagged) < MIN_ADDRESSED:
        return []  # fields of a form ("Leidinggevende: P. de Vries, getekend op 22 januari") say no "ik" or "je"
    speakers = {tag for tag, count in Counter(spoken).items() if count >= 2}
    talk = [tag for tag in spoken if tag in speakers]
    if len(speakers) < MIN_SPEAKERS or sum(a != b for a, b in zip(talk, talk[1:], strict=False)) < MIN_CHANGES:
        return []
    return [Turn(number, match.group("tag")) for number, match in tagged if match.group("tag") in speakers]


def is_transcript(text: str) -> bool:
    return bool(turns(text))
