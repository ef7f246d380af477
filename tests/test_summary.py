"""A document's one-line summary: the first sentence after letterhead, headers, salutation and form fields."""

from __future__ import annotations

from analyzer.report.summary import MAX_CHARS, document_summary, reads_as_sentence, shorten

LETTER = """Kanaalweg 14
Hoekstra Transport & Logistiek B.V.
8013 PT Zwolle
T 038 - 421 55 00
info@hoekstra-logistiek.nl
PERSOONLIJK EN VERTROUWELIJK
De heer M. Verhoeven
Lijsterbeslaan 31
8022 KL ZWOLLE
Datum 14 september 2023
Ons kenmerk PO/BK/2023-117
Betreft schriftelijke waarschuwing
Beste Mark,
Op dinsdag 5 september 2023 is de koelrit voor Bakker Vers Distributie niet uitgevoerd, omdat jij deze rit
in het TMS op 6 september had ingepland. Daardoor zijn veertien supermarkten niet beleverd.
Met vriendelijke groet,
"""

EMAIL = """Van: Bas Kuipers <b.kuipers@hoekstra-logistiek.nl>
Aan: Mark Verhoeven <m.verhoeven@hoekstra-logistiek.nl>
Verzonden: Wed, 14 Feb 2024 10:12:37 +0100
Onderwerp: Verslag voortgangsgesprek 13 februari en de afspraken voor maart

Beste Mark,

In de bijlage vind je het verslag van ons voortgangsgesprek van gisteren (dinsdag 13 februari). Wil je het lezen?

Met vriendelijke groet,
Bas

> Op 13 feb. 2024 om 16:02 schreef Mark Verhoeven:
> Stuur je het verslag nog door? Dan teken ik het voor gezien.
"""

FORM = """P&O · Kanaalweg 14 · Zwolle
Jaarbeoordeling medewerkers
JAARBEOORDELING 2021
Naam medewerker Mark Verhoeven
Functie Planner nationaal transport
Beoordelaar Ingrid Post, teamleider planning
Beoordelingsperiode 01-01-2021 t/m 31-12-2021
Datum gesprek 08-02-2022
Schaal: 1 = onvoldoende, 2 = matig, 3 = voldoende, 4 = goed, 5 = uitstekend
Criterium Score Toelichting
Vakkennis planning en regio 3 Kent de regio Noord-Oost en de vaste klanten goed.
Klantgerichtheid / communicatie 3 Vriendelijk naar klanten. Twee klachten van Bakker Vers
Distributie (mei en november) over niet bevestigde orders.
Totaaloordeel 2 - matig
2. Toelichting beoordelaar
Mark is een betrokken collega die hard werkt, maar de kwaliteit van zijn planning blijft achter bij wat van een
planner met zijn ervaring verwacht mag worden. De fouten hebben geleid tot extra ritten.
"""


def test_letter_skips_letterhead_address_reference_and_salutation():
    assert document_summary(LETTER, "schriftelijke waarschuwing") == (
        "Op dinsdag 5 september 2023 is de koelrit voor Bakker Vers Distributie niet uitgevoerd, omdat jij deze rit "
        "in het TMS op 6 september had ingepland."
    )


def test_email_skips_headers_salutation_and_the_quoted_reply():
    assert document_summary(EMAIL, "Verslag voortgangsgesprek 13 februari") == (
        "In de bijlage vind je het verslag van ons voortgangsgesprek van gisteren (dinsdag 13 februari)."
    )


def test_form_skips_fields_legend_and_score_rows_up_to_the_assessors_prose():
    """The wrapped score-table cell "Distributie (mei en november) …" continues a row; it is not a sentence start."""
    assert document_summary(FORM, "Jaarbeoordeling medewerkers") == (
        "Mark is een betrokken collega die hard werkt, maar de kwaliteit van zijn planning blijft achter bij wat van "
        "een planner met zijn ervaring verwacht mag worden."
    )


def test_run_in_heading_and_glued_sentences_are_cut_apart():
    text = "Verslag\nBespreking.Sinds Mark op 18 maart weer drie regio's plant, is hij vaker te laat. Dat is besproken."
    assert document_summary(text) == "Sinds Mark op 18 maart weer drie regio's plant, is hij vaker te laat."


def test_abbreviations_do_not_end_the_sentence():
    text = (
        "Geachte heer Kuipers,\nHierbij bevestigen wij t.a.v. de heer M. Verhoeven de inschrijving voor ca. twee dagen."
    )
    assert document_summary(text) == text.splitlines()[1]


def test_long_sentence_is_cut_at_a_word_boundary():
    sentence = (
        "Het functioneren van Linda op de kerntaken van haar functie is in de beoordelingen over 2022 (matig) en 2023 "
        "(onvoldoende), in de mail van 14 maart 2023 en in het functioneringsgesprek besproken."
    )
    summary = document_summary("Beste Linda,\n" + sentence)
    assert summary == (
        "Het functioneren van Linda op de kerntaken van haar functie is in de beoordelingen over 2022 (matig) en 2023 "
        "(onvoldoende), in de mail van 14 maart 2023 en in…"
    )
    assert len(summary) <= MAX_CHARS


def test_text_without_prose_falls_back_to_the_title():
    assert document_summary("Datum 14-03-2024\nAanwezig Ingrid, Mark", "Gespreksnotitie") == "Gespreksnotitie"
    assert document_summary("", None) is None


def test_shorten_keeps_short_text():
    assert shorten("Kort.") == "Kort."


def test_reads_as_sentence_rejects_letterhead_and_mail_headers():
    assert not reads_as_sentence("Hoekstra Transport & Logistiek B.V. - afdeling P&O")
    assert not reads_as_sentence("Betreft: reactie op verbeterplan d.d. 16 januari 2024")
    assert reads_as_sentence("Coaching: zes sessies van 1,5 uur bij de coach, gericht op prioriteren.")
