"""Corpus documents in the forms real dossiers hold them, so the model learns what a document does, not how ours look.

The corpus is written with full letterheads, neat titles and one voice per type. Real files are cropped scans
without a title, the middle page of a bundle, a short quoted passage, an OCR'd copy, a letter pasted into an
e-mail, or the same act written as "ik" instead of "wij". Each function here makes one such form from a corpus
text; the type (and subtype) stays what the corpus says, because the document still does the same thing. Every
variant keeps its source's group, so grouped cross-validation never tests a document whose twin it trained on.

All randomness comes from a `random.Random` seeded by the document id: the same corpus gives the same training set.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from analyzer.classify.corpus import LabelledText
from analyzer.labels import MONTHS_NL


@dataclass(frozen=True)
class AugmentSettings:
    # Variants made per corpus document (each of a different form, drawn at random).
    variants_per_document: int = 4
    # A fragment keeps this many words, drawn between the bounds: a quoted passage or a torn-off page part.
    fragment_words: tuple[int, int] = (35, 110)
    # Share of characters an OCR'd copy gets wrong (drawn between the bounds per document).
    ocr_error_rate: tuple[float, float] = (0.02, 0.06)
    # Seed mixed into every document's own random generator.
    seed: int = 0


_HEADER_LINE = re.compile(
    r"^\s*(van|aan|cc|bcc|onderwerp|datum|verzonden|betreft|from|to|subject|sent|date|ons kenmerk|uw kenmerk|"
    r"kenmerk|bijlage\(n\)|bijlagen?)\s*:",
    re.IGNORECASE,
)
_WORD = re.compile(r"\S+")


def _rng(item: LabelledText, settings: AugmentSettings, form: str) -> random.Random:
    digest = hashlib.sha256(f"{settings.seed}|{item.id}|{form}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def headless(text: str, rng: random.Random, settings: AugmentSettings) -> str | None:
    """Without letterhead, title, subject and mail headers: a scan whose first page is missing its top."""
    lines = _lines(text)
    if len(lines) < 6:
        return None
    start = 0
    while start < len(lines) and (_HEADER_LINE.match(lines[start]) or len(lines[start].split()) <= 6):
        start += 1
    start = max(start, rng.randint(2, min(6, len(lines) - 3)))
    if start > len(lines) - 2:
        return None  # nothing but short lines (a form of fields): no body to keep
    end = len(lines) - rng.randint(0, min(4, len(lines) - start - 2))
    kept = lines[start:end]
    return "\n".join(kept) if len(" ".join(kept).split()) >= 25 else None


def middle(text: str, rng: random.Random, settings: AugmentSettings) -> str | None:
    """Only the middle part, as when one page of a bundled PDF is split off or a page is lost."""
    lines = _lines(text)
    if len(lines) < 8:
        return None
    start = rng.randint(len(lines) // 5, len(lines) // 3)
    end = rng.randint(2 * len(lines) // 3, len(lines) - 1)
    kept = lines[start:end]
    return "\n".join(kept) if len(" ".join(kept).split()) >= 30 else None


def fragment(text: str, rng: random.Random, settings: AugmentSettings) -> str | None:
    """A short passage cut anywhere, mid-sentence: what a court decision quotes or a torn page shows."""
    words = _WORD.findall(text)
    low, high = settings.fragment_words
    if len(words) < low + 20:
        return None
    size = rng.randint(low, min(high, len(words) - 10))
    start = rng.randint(0, len(words) - size)
    return " ".join(words[start : start + size])


_OCR_SWAPS = {
    "m": ("rn", "nn"),
    "n": ("ri", "u"),
    "l": ("1", "I", "|"),
    "i": ("l", "1", "í"),
    "e": ("c", "é"),
    "o": ("0", "c"),
    "a": ("o", "ä"),
    "t": ("l", "f"),
    "h": ("b", "li"),
    "d": ("cl",),
    "u": ("v", "ii"),
    ",": (".",),
    ".": (",", ""),
}


def ocr_noise(text: str, rng: random.Random, settings: AugmentSettings) -> str | None:
    """An OCR'd copy: misread letters, words broken at line ends, lost spaces, stray marks."""
    rate = rng.uniform(*settings.ocr_error_rate)
    out: list[str] = []
    for char in text:
        draw = rng.random()
        if draw < rate and char.lower() in _OCR_SWAPS:
            out.append(rng.choice(_OCR_SWAPS[char.lower()]))
        elif draw < rate * 1.3 and char == " ":
            out.append(rng.choice(("", "-\n", "  ")))
        elif draw < rate * 1.35:
            out.append(char + rng.choice(("'", "~", "·", ";")))
        else:
            out.append(char)
    return "".join(out)


_VOICES: tuple[dict[str, str], ...] = (
    # the employer's "wij" written by one manager in the first person
    {"wij": "ik", "we": "ik", "ons": "mij", "onze": "mijn", "hebben": "heb", "zijn": "ben", "willen": "wil"},
    # formal "u" to informal "je"
    {"u": "je", "uw": "jouw", "U": "Je", "Uw": "Jouw"},
    # informal "je" to formal "u"
    {"je": "u", "jij": "u", "jouw": "uw", "jou": "u", "Je": "U", "Jij": "U", "Jouw": "Uw"},
    # the employee's "ik" turned into a report about them
    {"ik": "hij", "Ik": "Hij", "mij": "hem", "me": "hem", "mijn": "zijn", "Mijn": "Zijn"},
    # a first-person account turned into the employer's "wij"
    {"ik": "wij", "Ik": "Wij", "mij": "ons", "me": "ons", "mijn": "onze", "Mijn": "Onze", "heb": "hebben"},
)


def other_voice(text: str, rng: random.Random, settings: AugmentSettings) -> str | None:
    """The same act in another voice (ik / wij / u / je / hij): pronouns must not decide the type."""
    applicable = [v for v in _VOICES if re.search(rf"\b({'|'.join(map(re.escape, v))})\b", text)]
    if not applicable:
        return None
    voice = rng.choice(applicable)
    pattern = re.compile(rf"\b({'|'.join(map(re.escape, voice))})\b")
    return pattern.sub(lambda m: voice[m.group(1)], text)


_SENDERS = ("j.devries", "m.bakker", "hr", "personeelszaken", "s.jansen", "teamleider", "a.elamrani", "p.peeters")
_DOMAINS = ("bedrijf.nl", "organisatie.nl", "zorggroep.nl", "groep.be", "outlook.com", "gmail.com")
_INTROS = ("", "", "Zoals besproken hieronder de tekst.", "Hierbij.", "Zie onderstaand.", "Ter vastlegging:")
_MONTHS = MONTHS_NL[:10]  # a pasted mail's month (ten of them, as the shipped model was trained)


def in_email(text: str, rng: random.Random, settings: AugmentSettings) -> str | None:
    """The document pasted into an e-mail: mail headers and a short sending line above the same text."""
    body = headless(text, rng, settings) or text
    sender = f"{rng.choice(_SENDERS)}@{rng.choice(_DOMAINS)}"
    subject = rng.choice(("RE: ", "FW: ", "Doorst: ", "")) + rng.choice(
        ("gesprek", "afspraken", "jouw functioneren", "stand van zaken", "document")
    )
    header = (
        f"Van: {sender}\nVerzonden: {rng.randint(1, 28)} {rng.choice(_MONTHS)} 20{rng.randint(19, 25)} "
        f"{rng.randint(8, 17)}:{rng.randint(10, 59)}\nAan: medewerker\nOnderwerp: {subject}\n"
    )
    # (not as a quoted "> " block: the classifier reads a mail without what it quotes, model.own_message)
    return f"{header}\n{rng.choice(_INTROS)}\n{body}"


_TITLED_NAME = re.compile(
    r"\b(?:[Dd]hr\.|[Mm]evr\.|[Mm]w\.|[Hh]eer|[Mm]evrouw|[Bb]este|[Gg]eachte)\s+(?:[A-Z]\.\s*)*[A-Z][\w'-]+"
)
_NAME_PAIR = re.compile(
    r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s(?:van|de|der|den|ter|el|van der|van den))?\s[A-Z][a-z]{2,}\b", re.MULTILINE
)
_DATE = re.compile(
    r"\b\d{1,2}[-/ ](?:\d{1,2}|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)[-/ ]\d{2,4}\b"
)
_ROLES = (
    "[werknemer]",
    "[verweerder]",
    "[verzoekster]",
    "[naam]",
    "[leidinggevende]",
    "[medewerker]",
    "[werkneemster]",
)


def court_quote(text: str, rng: random.Random, settings: AugmentSettings) -> str | None:
    """A passage as a court decision quotes it: names as [werknemer] or [naam], cuts marked (…), no letterhead."""
    passage = fragment(text, rng, AugmentSettings(fragment_words=(40, 160))) or headless(text, rng, settings)
    if not passage:
        return None
    role = rng.choice(_ROLES)
    passage = _TITLED_NAME.sub(lambda m: m.group(0).split()[0] + " " + role, passage)
    passage = _NAME_PAIR.sub(lambda m: rng.choice(_ROLES), passage)
    passage = _DATE.sub(lambda m: rng.choice((m.group(0), "[datum]")), passage)
    words = passage.split(" ")
    for _ in range(rng.randint(0, 2)):
        cut = rng.randrange(len(words))
        words[cut : cut + rng.randint(3, 15)] = [rng.choice(("(…)", "(...)", "[…]"))]
    return " ".join(words)


def template(text: str, rng: random.Random, settings: AugmentSettings) -> str | None:
    """A published model letter or form: names, dates and places left as fields to fill in."""
    fields = (("[naam werknemer]", "<naam>", "……"), ("[datum]", "<datum>", "..-..-...."))
    pick = rng.randrange(3)
    out = _TITLED_NAME.sub(lambda m: m.group(0).split()[0] + " " + fields[0][pick], text)
    out = _NAME_PAIR.sub(fields[0][pick], out)
    out = _DATE.sub(fields[1][pick], out)
    return out if out != text else None


FORMS: dict[str, Callable[[str, random.Random, AugmentSettings], str | None]] = {
    "headless": headless,
    "middle": middle,
    "fragment": fragment,
    "ocr": ocr_noise,
    "voice": other_voice,
    "email": in_email,
    "quote": court_quote,
    "template": template,
}


def reply_above(reply: LabelledText, quoted: LabelledText, rng: random.Random) -> LabelledText:
    """The employee's reaction with the employer's document quoted below it: the reaction on top decides."""
    quote = "\n".join(f"> {line}" for line in _lines(quoted.text)[: rng.randint(8, 30)])
    text = f"{reply.text.strip()}\n\n-----Oorspronkelijk bericht-----\n{quote}"
    return replace(reply, id=f"{reply.id}~reply~{quoted.id.split('/')[-1]}", text=text)


def augment(items: Sequence[LabelledText], settings: AugmentSettings = AugmentSettings()) -> list[LabelledText]:
    """The variants of every item (not the items themselves), each in its source's group and with its labels."""
    made: list[LabelledText] = []
    names = sorted(FORMS)
    for item in items:
        rng = _rng(item, settings, "choice")
        for form in rng.sample(names, k=min(settings.variants_per_document, len(names))):
            text = FORMS[form](item.text, _rng(item, settings, form), settings)
            if text and text.strip() and text != item.text:
                made.append(replace(item, id=f"{item.id}~{form}", text=text))
    by_group: dict[str, list[LabelledText]] = {}
    for item in items:
        by_group.setdefault(item.group, []).append(item)
    for group_items in by_group.values():
        employer = [
            i for i in group_items if i.doc_type in ("warning", "appraisal", "improvement_plan", "meeting_report")
        ]
        for reply in (i for i in group_items if i.doc_type == "employee_response"):
            rng = _rng(reply, settings, "reply")
            if employer and rng.random() < 0.5:
                made.append(reply_above(reply, rng.choice(employer), rng))
    return made
