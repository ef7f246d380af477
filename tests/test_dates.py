"""Tests for analyzer.dates: parsing Dutch dates and choosing the date a document was written or held."""

from __future__ import annotations

import datetime

import pytest

from analyzer.dates import DateCandidate, DateSettings, find_dates, find_document_date, parse_date

D = datetime.date


# ------------------------------------------------------------------------------------------- parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 maart 2024", D(2024, 3, 12)),
        ("12 mrt. 2024", D(2024, 3, 12)),
        ("12 MRT 2024", D(2024, 3, 12)),
        ("1 januari '24", D(2024, 1, 1)),
        ("12-03-2024", D(2024, 3, 12)),
        ("12-3-24", D(2024, 3, 12)),
        ("12/3/24", D(2024, 3, 12)),
        ("12.03.2024", D(2024, 3, 12)),
        ("2024-03-12", D(2024, 3, 12)),
        ("maandag 4 maart 2024", D(2024, 3, 4)),
        ("Maandag, 4 Maart 2024", D(2024, 3, 4)),
        ("3 sept 2023", D(2023, 9, 3)),
        ("3 sept. 2023", D(2023, 9, 3)),
        ("17 okt 2023", D(2023, 10, 17)),
        ("1e februari 2024", D(2024, 2, 1)),
        ("1ste februari 2024", D(2024, 2, 1)),
        ("2de april 2024", D(2024, 4, 2)),
        ("12 rnaart 2024", D(2024, 3, 12)),
        ("5 novernber 2023", D(2023, 11, 5)),
        ("29 februari 2024", D(2024, 2, 29)),
        ("29-02-1996", D(1996, 2, 29)),
    ],
)
def test_parse_date_formats(text: str, expected: datetime.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tue, 12 Mar 2024 09:14:00 +0100", D(2024, 3, 12)),
        ("Sent: Tuesday, March 12, 2024 9:14 AM", D(2024, 3, 12)),
        ("Verzonden: dinsdag 12 maart 2024 09:14", D(2024, 3, 12)),
        ("Datum: 12 maart 2024 om 09:14", D(2024, 3, 12)),
        ("Date: Tue, Mar 12, 2024 at 9:14 AM", D(2024, 3, 12)),
    ],
)
def test_parse_mail_header_dates(text: str, expected: datetime.date) -> None:
    assert parse_date(text) == expected


def test_weekday_without_year_takes_matching_year_near_context() -> None:
    # 5 November was a Tuesday in 2024, a Wednesday in 2025 and a Sunday in 2023.
    assert parse_date("dinsdag 5 november", default_year=2024) == D(2024, 11, 5)
    assert parse_date("dinsdag 5 november", default_year=2025) == D(2024, 11, 5)
    assert parse_date("dinsdag 5 november", default_year=2023) == D(2024, 11, 5)


def test_weekday_in_early_january_moves_to_next_year() -> None:
    # Written in December 2024 about "dinsdag 7 januari": 7 January 2025 is a Tuesday.
    assert parse_date("dinsdag 7 januari", default_year=2024) == D(2025, 1, 7)


def test_day_month_without_weekday_takes_context_year() -> None:
    assert parse_date("5 november", default_year=2023) == D(2023, 11, 5)


def test_day_month_without_any_year_is_no_date() -> None:
    assert parse_date("5 november") is None


@pytest.mark.parametrize(
    "text",
    ["31-02-2024", "30 februari 2024", "29-02-2023", "12-13-2024", "00-03-2024", "32 maart 2024"],
)
def test_impossible_dates_are_rejected(text: str) -> None:
    assert parse_date(text) is None


def test_years_outside_settings_are_rejected() -> None:
    assert parse_date("12 maart 1850") is None
    assert find_dates("12-03-1989 en 12-03-2024", settings=DateSettings(min_year=1990))[0].date == D(2024, 3, 12)
    assert find_dates("op 1 mei 2030", settings=DateSettings(max_year=2029)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bel me op 06-12345678 of 020-1234567.",
        "Bel me op 06-12-34-56-78.",
        "Het bedrag is € 1.250,00 of € 12.500.000.",
        "Een traject van 3-6 maanden, en daarna 2/3 van het salaris.",
        "IBAN NL91 ABNA 0417 1643 00, BSN 123456789.",
        "Zie versie 1.2.24 van het handboek en v2.10.23.",
        "Score 3/4/5 op de competenties; telefoon +31 6 12.34.56.78.",
        "Hij werkt 3 maanden en 12 weken aan 5 projecten.",
    ],
)
def test_numbers_that_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


# -------------------------------------------------------------------------------------------- find_dates


def test_find_dates_in_order_with_text_offset_and_label() -> None:
    text = "Geboortedatum: 3-4-1995\nDatum: 12 maart 2024\nUiterlijk vrijdag 5 april 2024 inleveren."
    found = find_dates(text)
    assert found == [
        DateCandidate(D(1995, 4, 3), "3-4-1995", 15, "geboortedatum"),
        DateCandidate(D(2024, 3, 12), "12 maart 2024", 31, "datum"),
        DateCandidate(D(2024, 4, 5), "vrijdag 5 april 2024", 55, "uiterlijk"),
    ]


def test_find_dates_labels() -> None:
    text = (
        "Verslag gesprek d.d. 4 maart 2024. Je bent in dienst sinds 1 januari 2015 en je bent "
        "ziek sinds 20-02-2024. Vervolggesprek gepland op 15 april 2024."
    )
    assert [c.label for c in find_dates(text)] == ["d.d.", "in dienst", "ziek", "gepland"]


def test_find_dates_label_after_the_date() -> None:
    found = find_dates("Op 1 januari 2015 ben je bij ons in dienst getreden.")
    assert [(c.date, c.label) for c in found] == [(D(2015, 1, 1), "in dienst")]


def test_find_dates_year_from_other_dates_in_text() -> None:
    text = "Amsterdam, 12 maart 2024\n\nWe spreken elkaar weer op dinsdag 19 maart om 10:00 uur."
    assert [c.date for c in find_dates(text)] == [D(2024, 3, 12), D(2024, 3, 19)]


def test_find_dates_year_inference_skips_birth_date() -> None:
    text = "Geboortedatum: 03-04-1995\nHet gesprek was op 5 november.\nDatum: 12-11-2024"
    assert [c.date for c in find_dates(text)] == [D(1995, 4, 3), D(2024, 11, 5), D(2024, 11, 12)]


def test_find_dates_range_is_labelled_as_period() -> None:
    found = find_dates("Het traject loopt van 1 maart 2024 - 31 mei 2024.")
    assert [(c.date, c.label) for c in found] == [(D(2024, 3, 1), "periode"), (D(2024, 5, 31), "tot")]


# ---------------------------------------------------------------------------------------- priority rules


def test_header_date_wins() -> None:
    finding = find_document_date("Datum: 12 maart 2024\nBeste Jan,", header_date=D(2024, 3, 14))
    assert finding is not None
    assert (finding.date, finding.reason) == (D(2024, 3, 14), "datum uit de e-mailheader")


def test_no_date_at_all() -> None:
    assert find_document_date("Beste Jan,\n\nDank voor je mail.\n\nGroet, Piet") is None


def test_only_excluded_dates_give_none() -> None:
    assert find_document_date("Naam: J. Jansen\nGeboortedatum: 03-04-1985\nIn dienst sinds: 01-01-2015") is None


def test_letter_with_birth_date_employment_start_and_deadline_keeps_letter_date() -> None:
    text = """Personeelszaken
Postbus 123
3500 AA Utrecht

Aan: de heer J. de Vries
Geboortedatum: 14-07-1981
Datum in dienst: 1 september 2012

Datum: 12 maart 2024
Betreft: schriftelijke waarschuwing

Geachte heer De Vries,

Wij verzoeken u uiterlijk 1 april 2024 te reageren.
"""
    finding = find_document_date(text)
    assert finding is not None
    assert (finding.date, finding.quote, finding.reason) == (
        D(2024, 3, 12),
        "Datum: 12 maart 2024",
        "datumregel bovenaan de brief",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Geboortedatum: 03-04-1985",
        "geboren op 3 april 1985",
        "In dienst sinds 1 januari 2015",
        "In dienst per 01-02-2016",
        "Datum indiensttreding: 01-01-2015",
        "Startdatum contract: 1 mei 2020",
        "Ingangsdatum: 1 juni 2021",
        "Beoordelingsperiode: 01-01-2023",
        "Deadline: 1 april 2024",
        "Graag voor 1 april 2024 aanleveren.",
        "Graag vóór 1 april 2024 aanleveren.",
        "Het volgende gesprek is op 15 april 2024.",
        "Vervolggesprek gepland op 15 april 2024.",
        "Het evaluatiemoment is gepland op 15 april 2024.",
        "Looptijd tot en met 30 juni 2024.",
    ],
)
def test_excluded_contexts_are_never_the_document_date(line: str) -> None:
    text = f"Beste Jan,\n\n{line}\n\nTer bevestiging: we spraken op 20 februari 2024 over je werk."
    finding = find_document_date(text)
    assert finding is not None
    assert finding.date == D(2024, 2, 20)


def test_period_is_excluded() -> None:
    text = "Het verbetertraject loopt in de periode van 1 maart 2024 tot 1 juni 2024.\nOpgemaakt 28-02-2024."
    finding = find_document_date(text)
    assert finding is not None
    assert finding.date == D(2024, 2, 28)


def test_sick_since_only_when_nothing_better() -> None:
    better = "Beste Jan,\n\nJe bent ziek sinds 4 maart 2024. Op 11 maart 2024 hebben we gebeld."
    only = "Beste Jan,\n\nJe bent ziek sinds 4 maart 2024. Beterschap."
    assert find_document_date(better).date == D(2024, 3, 11)  # type: ignore[union-attr]
    finding = find_document_date(only)
    assert finding is not None
    assert (finding.date, finding.reason) == (D(2024, 3, 4), "enige bruikbare datum (ziek)")


def test_signature_date_weaker_than_top_date() -> None:
    text = (
        "Beoordelingsformulier\nDatum beoordeling: 10-01-2024\nNaam: P. Bakker\n\nResultaten: voldoende\n\n"
        "Datum: 15-01-2024  Handtekening medewerker: ______"
    )
    finding = find_document_date(text)
    assert finding is not None
    assert (finding.date, finding.reason) == (D(2024, 1, 10), "beoordelingsdatum (datum beoordeling)")


def test_signature_date_better_than_nothing() -> None:
    text = (
        "Beoordelingsformulier\nNaam: P. Bakker\nFunctie: administratief medewerker\n"
        "Beoordelingsperiode: 01-01-2023 t/m 31-12-2023\n"
        + "\n".join(f"Competentie {i}: voldoende" for i in range(1, 18))
        + "\n\nHandtekening leidinggevende:\nDatum: 15-01-2024\n"
    )
    finding = find_document_date(text)
    assert finding is not None
    assert (finding.date, finding.quote, finding.reason) == (
        D(2024, 1, 15),
        "Datum: 15-01-2024",
        "datum bij de ondertekening",
    )


def test_body_meeting_reference() -> None:
    text = (
        "Beste Sanne,\n\nHierbij het verslag van het gesprek op 7 februari 2024. Je gaf aan dat je de "
        "planning lastig vindt.\nWe zien elkaar uiterlijk 1 maart 2024 weer.\n\nGroet,\nMarco"
    )
    finding = find_document_date(text)
    assert finding is not None
    assert (finding.date, finding.reason) == (D(2024, 2, 7), "gespreksdatum in de tekst (gesprek)")


def test_fallback_first_date() -> None:
    text = "Beste Jan,\n\nZoals je weet is de klacht van 3 januari 2024 nog open.\n\nGroet,\nPiet"
    finding = find_document_date(text)
    assert finding is not None
    assert (finding.date, finding.reason) == (D(2024, 1, 3), "eerste datum in het document")


def test_belgian_place_and_date() -> None:
    text = "NV Vlaamse Logistiek\nIndustrieweg 4\n9000 Gent\n\nGent, 3 februari 2023\n\nBeste Wim,"
    finding = find_document_date(text)
    assert finding is not None
    assert (finding.date, finding.quote, finding.reason) == (
        D(2023, 2, 3),
        "Gent, 3 februari 2023",
        "plaats en datum bovenaan de brief",
    )


def test_place_with_several_words() -> None:
    finding = find_document_date("'s-Hertogenbosch, 4 april 2024\n\nBeste Anouk,")
    assert finding is not None
    assert finding.date == D(2024, 4, 4)
    finding = find_document_date("Alphen aan den Rijn, 5 april 2024\n\nBeste Anouk,")
    assert finding is not None
    assert finding.date == D(2024, 4, 5)


def test_bare_date_line_at_top() -> None:
    finding = find_document_date(
        "Bakkerij Jansen\nDorpsstraat 1\n\n22 januari 2024\n\nBeste Kees,\nDit is mijn reactie."
    )
    assert finding is not None
    assert (finding.date, finding.reason) == (D(2024, 1, 22), "datumregel bovenaan de brief")


def test_reference_to_other_letter_is_not_the_date() -> None:
    text = "Amsterdam, 20 maart 2024\nBetreft: uw brief d.d. 1 maart 2024\n\nGeachte heer,"
    finding = find_document_date(text)
    assert finding is not None
    assert finding.date == D(2024, 3, 20)
    assert [c.label for c in find_dates(text)] == ["plaats", "uw brief d.d."]


def test_long_quote_is_cut_around_the_date() -> None:
    line = "In het gesprek op 7 februari 2024 " + "hebben we veel besproken over de werkzaamheden en de planning " * 4
    finding = find_document_date("Beste Jan,\n\n" + line)
    assert finding is not None
    assert finding.date == D(2024, 2, 7)
    assert len(finding.quote) <= 122 and "7 februari 2024" in finding.quote


# ------------------------------------------------------------------------------------------------ e-mails


OUTLOOK_NL = """Van: Marieke de Boer <m.deboer@bouwbedrijf-noord.nl>
Verzonden: dinsdag 12 maart 2024 09:14
Aan: Jeroen Smit <j.smit@bouwbedrijf-noord.nl>
CC: HR <hr@bouwbedrijf-noord.nl>
Onderwerp: Afspraken na ons gesprek

Hoi Jeroen,

Zoals besproken in het gesprek van 8 maart 2024 zet ik de afspraken op een rij.
Lever je het weekrapport uiterlijk vrijdag 15 maart in?
Je bent in dienst sinds 1 mei 2019, dus je kent de procedures.

Groet,
Marieke
"""


def test_outlook_dutch_header() -> None:
    finding = find_document_date(OUTLOOK_NL)
    assert finding is not None
    assert (finding.date, finding.quote, finding.reason) == (
        D(2024, 3, 12),
        "Verzonden: dinsdag 12 maart 2024 09:14",
        "e-mailkop (Verzonden:)",
    )


def test_outlook_english_header() -> None:
    text = (
        "From: Tom Visser <t.visser@example.com>\nSent: Tuesday, March 12, 2024 9:14 AM\n"
        "To: Lisa Mulder\nSubject: RE: planning\n\nHoi Lisa, prima, tot donderdag 14 maart.\n"
    )
    finding = find_document_date(text)
    assert finding is not None
    assert (finding.date, finding.reason) == (D(2024, 3, 12), "e-mailkop (Sent:)")


def test_rfc_header_in_text() -> None:
    text = "From: a@example.com\nTo: b@example.com\nDate: Tue, 12 Mar 2024 09:14:00 +0100\nSubject: x\n\nHoi."
    finding = find_document_date(text)
    assert finding is not None
    assert (finding.date, finding.reason) == (D(2024, 3, 12), "e-mailkop (Date:)")


FORWARDED_THREAD = """Van: Sandra Kok <s.kok@zorggroep.nl>
Verzonden: maandag 22 april 2024 16:02
Aan: Personeelszaken <pz@zorggroep.nl>
Onderwerp: FW: RE: verslag voortgangsgesprek

Ter info voor het dossier.

Sandra

-----Oorspronkelijk bericht-----
Van: Ahmed Yilmaz <a.yilmaz@zorggroep.nl>
Verzonden: vrijdag 19 april 2024 11:30
Aan: Sandra Kok <s.kok@zorggroep.nl>
Onderwerp: RE: verslag voortgangsgesprek

Ik ben het niet eens met het verslag van 15 april 2024.

-----Oorspronkelijk bericht-----
Van: Sandra Kok <s.kok@zorggroep.nl>
Verzonden: dinsdag 16 april 2024 09:00
Aan: Ahmed Yilmaz <a.yilmaz@zorggroep.nl>
Onderwerp: verslag voortgangsgesprek

Hierbij het verslag.
"""


def test_forwarded_thread_takes_top_header() -> None:
    finding = find_document_date(FORWARDED_THREAD)
    assert finding is not None
    assert (finding.date, finding.reason) == (D(2024, 4, 22), "e-mailkop (Verzonden:)")


def test_quoted_mail_dates_are_not_taken_over_body() -> None:
    text = (
        "Hoi Piet,\n\nPrima, dan zien we elkaar.\n\nGroet, Jan\n\n"
        "Op di 12 mrt 2024 om 09:14 schreef Piet Jansen <piet@example.nl>:\n"
        "> Kunnen we het gesprek van 5 maart 2024 nabespreken?\n"
    )
    finding = find_document_date(text)
    assert finding is not None
    assert (finding.date, finding.reason) == (D(2024, 3, 12), "datum van een geciteerd eerder bericht")


def test_reply_text_date_beats_quoted_mail() -> None:
    text = (
        "Hoi Piet,\n\nIk heb het verslag op 14 maart 2024 doorgestuurd.\n\n"
        "On Tue, Mar 12, 2024 at 9:14 AM Piet Jansen <piet@example.nl> wrote:\n> Heb je het verslag?\n"
    )
    finding = find_document_date(text)
    assert finding is not None
    assert (finding.date, finding.reason) == (D(2024, 3, 14), "eerste datum in het document")


def test_apple_mail_dutch_header() -> None:
    text = (
        "Van: Kim Peters <kim@example.nl>\nOnderwerp: Ziekmelding\nDatum: 12 maart 2024 om 09:14\n"
        "Aan: Team <team@example.nl>\n\nIk meld me ziek sinds 11 maart 2024."
    )
    finding = find_document_date(text)
    assert finding is not None
    assert (finding.date, finding.reason) == (D(2024, 3, 12), "e-mailkop (Datum:)")


def test_email_with_yearless_date_uses_context_year() -> None:
    text = "Hoi Eva,\n\nWil je op dinsdag 5 november om 10:00 langskomen voor een gesprek?\n\nGroet, Rob"
    finding = find_document_date(text, context_year=2025)
    assert finding is not None
    assert finding.date == D(2024, 11, 5)


# ----------------------------------------------------------------------------------- realistic documents


MINUTES = """VERSLAG VOORTGANGSGESPREK VERBETERTRAJECT

Datum gesprek: donderdag 7 maart 2024
Aanwezig: R. Hendriks (leidinggevende), S. de Wit (medewerker), M. Bos (HR)
Verslaglegging: M. Bos

1. Terugblik
Het verbetertraject is gestart op 15 januari 2024 en loopt tot 15 april 2024.
De afspraken uit het gesprek van 8 februari 2024 zijn deels nagekomen.

2. Afspraken
- Sanne levert de rapportages uiterlijk iedere vrijdag in.
- Volgende gesprek: 21 maart 2024.
"""


def test_minutes_with_meeting_date_label() -> None:
    finding = find_document_date(MINUTES)
    assert finding is not None
    assert (finding.date, finding.quote, finding.reason) == (
        D(2024, 3, 7),
        "Datum gesprek: donderdag 7 maart 2024",
        "gespreksdatum (datum gesprek)",
    )


def test_minutes_with_dd_in_title() -> None:
    text = (
        "Gespreksverslag functioneringsgesprek d.d. 14-11-2023\n\nMedewerker: L. Janssen\n"
        "Geboortedatum: 02-02-1990\nIn dienst: 01-03-2018\n\nHet gesprek verliep in goede sfeer."
    )
    finding = find_document_date(text)
    assert finding is not None
    assert (finding.date, finding.reason) == (D(2023, 11, 14), "gespreksdatum (d.d.)")


def test_minutes_held_on() -> None:
    text = (
        "Notulen\nOverleg gehouden op woensdag 10 januari 2024 te Zwolle\n\n"
        "Afgesproken: vervolgoverleg op 24 januari 2024."
    )
    finding = find_document_date(text)
    assert finding is not None
    assert (finding.date, finding.reason) == (D(2024, 1, 10), "gespreksdatum (gehouden)")


APPRAISAL = """JAARBEOORDELING 2023
Stichting Welzijn Oost

Naam medewerker: Fatima el Amrani
Personeelsnummer: 10234
Geboortedatum: 12-05-1988
Datum in dienst: 01-09-2016
Functie: Consulent
Beoordelingsperiode: 01-01-2023 t/m 31-12-2023
Datum beoordelingsgesprek: 23-01-2024

Competentie          Score
Klantgerichtheid     3
Samenwerken          2
Plannen              2

Eindoordeel: onvoldoende

Handtekening medewerker:           Handtekening leidinggevende:
Datum: 30-01-2024                  Datum: 29-01-2024
"""


def test_appraisal_form() -> None:
    finding = find_document_date(APPRAISAL)
    assert finding is not None
    assert (finding.date, finding.reason) == (D(2024, 1, 23), "beoordelingsdatum (datum beoordelingsgesprek)")


WARNING_LETTER = """Transportbedrijf Van Dijk B.V.
Havenweg 12
3089 KL Rotterdam

Persoonlijk en vertrouwelijk
De heer K. Pranoto
Lindelaan 8
3042 AB Rotterdam

Rotterdam, 4 juni 2024

Betreft: laatste waarschuwing
Ons kenmerk: PZ/2024/118

Geachte heer Pranoto,

Op 1 januari 2015 bent u bij ons in dienst getreden als planner. In het gesprek van
28 mei 2024 hebben wij u gewezen op de herhaalde fouten in de ritplanning. Sinds 1 maart 2024
loopt een verbetertraject dat eindigt op 31 augustus 2024.

Wij verwachten uw reactie vóór 14 juni 2024.

Met vriendelijke groet,

J. van Dijk
Directeur
"""


def test_warning_letter() -> None:
    finding = find_document_date(WARNING_LETTER)
    assert finding is not None
    assert (finding.date, finding.quote, finding.reason) == (
        D(2024, 6, 4),
        "Rotterdam, 4 juni 2024",
        "plaats en datum bovenaan de brief",
    )


def test_warning_letter_without_date_line_uses_meeting_in_body() -> None:
    text = WARNING_LETTER.replace("Rotterdam, 4 juni 2024\n", "")
    finding = find_document_date(text)
    assert finding is not None
    assert (finding.date, finding.quote, finding.reason) == (
        D(2024, 5, 28),
        "28 mei 2024 hebben wij u gewezen op de herhaalde fouten in de ritplanning. Sinds 1 maart 2024",
        "gespreksdatum in de tekst (gesprek)",
    )


INVITATION = """Uitnodiging eindevaluatie verbetertraject

Utrecht, 2 april 2024

Beste Daan,

Hierbij nodig ik je uit voor de eindevaluatie van je verbetertraject. Het gesprek is gepland op
dinsdag 16 april om 14.00 uur in kamer 3.12.

Met vriendelijke groet,
Ilse
"""


def test_invitation_letter_date_not_the_planned_meeting() -> None:
    finding = find_document_date(INVITATION)
    assert finding is not None
    assert finding.date == D(2024, 4, 2)
    assert [(c.date, c.label) for c in find_dates(INVITATION)] == [
        (D(2024, 4, 2), "plaats"),
        (D(2024, 4, 16), "gepland"),
    ]


def test_invitation_mail_without_date_line_has_no_document_date() -> None:
    text = "Beste Daan,\n\nHet vervolggesprek staat gepland op 16 april 2024.\n\nGroet,\nIlse"
    assert find_document_date(text) is None


MEETING_DAYS = {
    # the next meeting agreed at their end is not their date
    "next meeting": (
        "Tussenevaluatie verbeterplan Y. Claassen\nma 17 april 2023, 15.00 - 16.15 u., BS De Klimboom\n"
        "Aanwezig: PH (directeur), YC, L. Maas (P&O).\n\nDoel 1 (start dag): behaald.\n"
        "- Afspraken: IB helpt Y. op do 20/4 met invoeren Cito; volgende voortgangsgesprek ma 15/5.\n",
        D(2023, 4, 17),
    ),
    # their day stands on the line under the title, not a cancelled or planned talk
    "line under the title": (
        "Verslag voortgangsgesprek plan van aanpak Joost Hermans\nwo 5 april 2023, 11.00 uur, kamer hoofdredactie\n"
        "aanwezig: Annemiek de Wit (A.), Joost Hermans (J.)\n\nEerste voortgangsgesprek sinds de start (het gesprek van "
        "wo 22/3 is niet doorgegaan, A. was ziek).\n- Eindgesprek: do 14 september met Frank Lodewijks erbij.\n",
        D(2023, 4, 5),
    ),
    # the day the notes were typed out is not theirs
    "typed out": (
        "[uitgetypt op 07-06-2024 door secr. De Lindehof - handgeschr. aantekeningen HdW]\n\n"
        "== di 21/5/24 hervattingsgesprek traject - SK / HdW ==\n- Traject hervat per vandaag.\n",
        D(2024, 5, 21),
    ),
}


@pytest.mark.parametrize("case", list(MEETING_DAYS))
def test_minutes_are_dated_by_their_meeting(case: str) -> None:
    text, day = MEETING_DAYS[case]
    finding = find_document_date(text, context_year=2024)
    assert finding is not None and finding.date == day


def test_improvement_plan() -> None:
    text = """Plan van aanpak verbetertraject

Medewerker: Youssef Amrani
Leidinggevende: Karin Vos
Opgesteld op: 12-02-2024
Looptijd: 15-02-2024 tot 15-05-2024

Doelen
1. Foutpercentage onder 2% (nu 6%).
2. Rapportages uiterlijk 5 werkdagen na maandeinde.

Evaluatiemomenten: 15-03-2024, 15-04-2024 en eindevaluatie 15-05-2024.
"""
    finding = find_document_date(text)
    assert finding is not None
    assert (finding.date, finding.reason) == (D(2024, 2, 12), "datumregel bovenaan de brief")


def test_occupational_physician_report() -> None:
    text = """ArboNed Oost
Terugkoppeling spreekuur bedrijfsarts

Werknemer: J. Mulder, geboren 03-11-1975
Eerste ziektedag: 05-02-2024
Datum spreekuur: 19 februari 2024

Werknemer is arbeidsongeschikt voor eigen werk. Verwachte duur: 4-6 weken.
Volgende afspraak: 11 maart 2024.
"""
    finding = find_document_date(text)
    assert finding is not None
    assert finding.date == D(2024, 2, 19)


def test_employee_response_with_iso_dates() -> None:
    text = """Reactie op verslag

Aan: afdeling HR
Van: B. Schouten

Ik ben het niet eens met het verslag van 2024-03-07. Mijn werkdruk is sinds 2023-10-01 verdubbeld.
Ik heb dit gemeld in mijn mail van 2024-01-15.

2024-03-11, B. Schouten
"""
    finding = find_document_date(text)
    assert finding is not None
    assert (finding.date, finding.reason) == (D(2024, 3, 7), "verslagdatum in de tekst (verslag van)")


def test_ocr_scanned_letter() -> None:
    text = """GEMEENTE ZUIDERVEEN
Afdeling P&O

Zuiderveen, 12 rnaart 2024

Onderwerp: schriftelijke berisping
Geachte rnevrouw Dekker,

Op 4 rnaart 2024 heeft u zich niet aan de afspraken gehouden.
"""
    finding = find_document_date(text)
    assert finding is not None
    assert (finding.date, finding.quote) == (D(2024, 3, 12), "Zuiderveen, 12 rnaart 2024")


def test_coaching_invoice_without_labels_takes_first_date() -> None:
    text = """Coachpraktijk Helder
FACTUUR 2024-0117

Factuurdatum 29-03-2024
Betreft: 4 coachingsessies, februari-maart 2024
Bedrag: € 1.240,00 (incl. 21% btw)
Betaling binnen 14 dagen op NL20 INGB 0001 2345 67.
"""
    finding = find_document_date(text)
    assert finding is not None
    assert finding.date == D(2024, 3, 29)


def test_settings_header_lines_limit_the_top() -> None:
    text = "\n".join(f"regel {i}" for i in range(5)) + "\nDatum: 12 maart 2024\nTekst over 1 maart 2024."
    wide = find_document_date(text)
    narrow = find_document_date(text, settings=DateSettings(header_lines=3))
    assert wide is not None and narrow is not None
    assert (wide.date, wide.reason) == (D(2024, 3, 12), "datumregel bovenaan de brief")
    assert (narrow.date, narrow.reason) == (D(2024, 3, 12), "eerste datum in het document")


def test_memo_with_aan_van_datum_is_not_an_email_header() -> None:
    text = "MEMO\nAan: directie\nVan: P&O\nDatum: 3 oktober 2023\nBetreft: stand van zaken traject"
    finding = find_document_date(text)
    assert finding is not None
    assert (finding.date, finding.reason) == (D(2023, 10, 3), "datumregel bovenaan de brief")


def test_label_on_the_line_above() -> None:
    text = (
        "Beste Jan,\n\nNaar aanleiding van ons gesprek op\n12 maart 2024 bevestig ik de afspraken.\n"
        "Volgende gesprek:\n26 maart 2024"
    )
    assert [c.label for c in find_dates(text)] == ["gesprek", "volgende gesprek"]
    finding = find_document_date(text)
    assert finding is not None
    assert (finding.date, finding.quote) == (D(2024, 3, 12), "12 maart 2024 bevestig ik de afspraken.")


def test_invitation_title_is_not_the_document_date() -> None:
    text = "Uitnodiging functioneringsgesprek 20 maart 2024\nDatum: 12 maart 2024\n\nBeste Jan,"
    finding = find_document_date(text)
    assert finding is not None
    assert finding.date == D(2024, 3, 12)


def test_title_with_meeting_date() -> None:
    finding = find_document_date("Verslag functioneringsgesprek 12 maart 2024\n\nAanwezig: Jan, Piet")
    assert finding is not None
    assert (finding.date, finding.reason) == (D(2024, 3, 12), "gespreksdatum (functioneringsgesprek)")


def test_weekday_year_inference_inside_a_document() -> None:
    # The letter is from December 2024; "maandag 6 januari" is a Monday in 2025, not in 2024.
    text = "Zwolle, 18 december 2024\n\nBeste Mila,\n\nWe starten het traject op maandag 6 januari."
    assert [c.date for c in find_dates(text)] == [D(2024, 12, 18), D(2025, 1, 6)]


def test_year_from_the_text_beats_context_year() -> None:
    # A 2023 letter in a dossier that is mostly 2024: "10 oktober" is 2023.
    text = "Utrecht, 3 oktober 2023\n\nBeste Noor,\n\nWe spreken elkaar weer op 10 oktober."
    assert [c.date for c in find_dates(text, context_year=2024)] == [D(2023, 10, 3), D(2023, 10, 10)]


def test_table_cell_label_separated_by_a_bar() -> None:
    """Regression (sample dossier 01): a .docx table row "Datum gesprek | dinsdag 12 maart 2024, 10.00 uur"."""
    text = (
        "Verslag tussentijdse evaluatie verbetertraject\n"
        "Datum gesprek | dinsdag 12 maart 2024, 10.00 - 11.15 uur\n"
        "Periode | 22 januari t/m 8 maart 2024\n"
        "Voortgangsgesprek 2: dinsdag 9 april 2024.\n"
        "Handtekening medewerker: ____  Datum: 14 maart 2024"
    )
    finding = find_document_date(text)
    assert finding is not None and finding.date == datetime.date(2024, 3, 12)


def test_form_label_without_colon() -> None:
    """Regression (sample dossier 01): a coach's report "Datum rapportage 2 mei 2024" below session dates."""
    text = (
        "Eindrapportage coachtraject\n"
        "Sessies 1 feb, 15 feb, 29 feb en 25 apr 2024\n"
        "Datum rapportage 2 mei 2024\n"
        "Deze rapportage is met Mark besproken op 25 april 2024."
    )
    finding = find_document_date(text)
    assert finding is not None and finding.date == datetime.date(2024, 5, 2)


def test_weekday_with_day_and_month_takes_year_from_context() -> None:
    """Regression (sample dossier 04, handwritten note): "Tussengesprek Kevin. vr 5/7"."""
    assert find_dates("Tussengesprek Kevin. vr 5/7", context_year=2024)[0].date == D(2024, 7, 5)
    assert find_dates("dinsdag 12-3 overleg", context_year=2024)[0].date == D(2024, 3, 12)
    assert find_dates("score 5/7 gehaald", context_year=2024) == []


def test_date_in_the_first_line_beats_a_planned_meeting_below() -> None:
    """Regression (sample dossier 04): a handwritten note dated in its first line."""
    text = "Tussengesprek Kevin. vr 5/7\ngewicht: beter!\nafspraak: zelfde doelen, eindgesprek 2 aug."
    finding = find_document_date(text, context_year=2024)
    assert finding is not None and finding.date == D(2024, 7, 5) and finding.reason == "datum in de titel"


def test_a_day_and_month_in_a_note_title_date_the_note_not_the_meeting_planned_below() -> None:
    note = (
        "gesprek wiebe 2/4 - voortgang VP\naanw: wiebe, ik\n\ncijfers maart (wk 10-13):\n"
        "- terugkomers 7 vd 52 = 13,5%   (doel max 8)\n\nacties:\n- tussentijdse evaluatie di 16/4 07.30\n"
    )
    found = find_document_date(note, context_year=2024)
    assert (found.date, found.reason) == (datetime.date(2024, 4, 2), "datum in de titel")
    # Elsewhere a bare "3/4" is a score or a fraction, never a date.
    assert find_document_date("Beoordeling\nscore 3/4 op kwaliteit, 2/5 op tempo", context_year=2024) is None


def test_a_sick_report_form_is_dated_by_its_report_date_not_the_last_day_worked() -> None:
    form = (
        "ZIEKMELDINGSFORMULIER\nNaam medewerker Wiebe Hoekstra\nDatum ziekmelding ma 8-4-2024\n"
        "Eerste ziektedag 08-04-2024\nLaatst gewerkt vr 5 april 2024 (hele dag)\n"
    )
    assert find_document_date(form).date == datetime.date(2024, 4, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("datum: donderdag 7 rovember 2024, kantoor Drachten", datetime.date(2024, 11, 7)),
        ("Factuurdatum: 28 miaart 2024", datetime.date(2024, 3, 28)),
        ("Gesprek op 3 septembr 2024", datetime.date(2024, 9, 3)),
    ],
)
def test_a_month_name_ocr_misread_by_one_letter_is_read_before_a_year(text: str, expected: datetime.date) -> None:
    assert [d.date for d in find_dates(text)] == [expected]


@pytest.mark.parametrize("text", ["het zijn er niet 10 maar 12 geworden", "op 12 maarten 2024", "om 10 mai 2024"])
def test_a_word_near_a_month_name_is_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_a_plan_is_dated_by_its_signing_not_by_the_earlier_talk_it_recalls():
    text = (
        "Verbeterplan productieleider\n\nDe resultaten schieten tekort. Dit is besproken op 15 mei 2023.\n\n"
        "Doelen\n1. Leverbetrouwbaarheid 95%.\n\nGetekend 1 juni 2023.\nG. Wessels      B. ter Horst\n"
    )
    finding = find_document_date(text)
    assert (finding.date, finding.reason) == (D(2023, 6, 1), "datum bij de ondertekening")


def test_of_two_talks_a_text_reports_it_is_dated_by_the_latest():
    text = (
        "Verbeterplan teamleider\n\nDit is besproken op 12 oktober 2021 en vastgelegd in de waarschuwing.\n\n"
        "Doelen\n1. Productiviteit 130 colli per uur.\n\nBesproken op 1 februari 2022 met Erwin en Dennis.\n"
    )
    assert find_document_date(text).date == D(2022, 2, 1)


def test_a_date_still_to_come_beside_the_signatures_is_not_the_date_of_writing():
    text = (
        "Verbeterplan\n\nDoelen\n1. Dossiers op tijd.\n\nHalverwege vindt een tussentijdse evaluatie plaats. "
        "Op 31 mei 2023 volgt de eindevaluatie.\n\nBesproken en voor akkoord getekend op 1 maart 2023.\n"
        "Handtekening medewerker          Handtekening leidinggevende\n"
    )
    assert find_document_date(text).date == D(2023, 3, 1)


def test_an_old_style_letter_is_dated_by_its_place_and_day_whatever_days_its_text_names() -> None:
    """"Zutphen, den 12den april 2023" above a letter that recalls 3 February: the letter's own day."""
    text = "Mevrouw R. Bosman\nWeg naar Laren 88\n\nZutphen, den 12den april 2023\n\nGeachte Mevrouw Bosman,\nDe aula was op 3 februari niet tijdig gereserveerd."  # fmt: skip
    finding = find_document_date(text)
    assert finding is not None and finding.date == D(2023, 4, 12)
