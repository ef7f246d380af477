"""Dossier 1 - Hoekstra Transport & Logistiek B.V. (Zwolle): a well-built d-ground dossier.

Planner Mark Verhoeven (in dienst since 1 April 2015): appraisals 2021 (matig) and 2022
(onvoldoende, consequence named), written warning 2023, a SMART improvement plan of four months
with coach, course and TMS training, progress / interim / final evaluation, his written reaction
answered, a coach report, and a documented redeployment search across the group. No illness.
"""
from build_sample_dossiers import KV, Bullets, Doc, Dossier, Meta, P, PdfInfo, Sig, Style, Table, local_dt

from .common import ft_pages, lang, lh_centered, lh_classic, lh_logo, num, rh_text

NAME = "01_hoekstra_logistiek"

BLUE = (0, 70, 140)
COMPANY = "Hoekstra Transport & Logistiek B.V."
ADDR = ["Kanaalweg 14", "8013 PT Zwolle", "T 038 - 421 55 00", "info@hoekstra-logistiek.nl",
        "www.hoekstra-logistiek.nl"]
FOOT = "Hoekstra Transport & Logistiek B.V.  ·  KvK 05123456  ·  IBAN NL91 RABO 0123 4567 89"

LETTER = Style(family="helvetica", size=10, letterhead=lh_classic(COMPANY, "onderdeel van Hoekstra Groep", ADDR,
                                                                   color=BLUE),
               footer=ft_pages(left=FOOT, align="R", fmt="Pagina {p} van {n}", size=7.5, rule=True,
                               only_if_multi=True),
               running_header=rh_text("Hoekstra Transport & Logistiek B.V.", "Pagina {p} van {n}"),
               ml=25, mr=22)
FORM = Style(family="helvetica", size=9.5,
             letterhead=lh_logo("H", "Hoekstra Groep", ["P&O  ·  Kanaalweg 14  ·  Zwolle", "Formulier P&O-07 (2020)"],
                                BLUE, sub="Jaarbeoordeling medewerkers"),
             footer=ft_pages(fmt="blad {p}/{n}", align="R", left="Vertrouwelijk - personeelsdossier", size=7.5),
             ml=20, mr=20)
MINUTES = Style(family="helvetica", size=10,
                footer=ft_pages(fmt="Pagina {p} van {n}", align="R", left="Vertrouwelijk", size=7.5),
                running_header=rh_text("Hoekstra Transport & Logistiek B.V. - P&O"), ml=24, mr=22, mt=20)
PLAN = MINUTES.copy(running_header=rh_text("Verbeterplan M. Verhoeven (vertrouwelijk)", "versie 1.0"))

MARK = "Mark Verhoeven"


def info(title, iso, creator="Microsoft® Word voor Microsoft 365", author="Bas Kuipers", h=11):
    y, m, dd = map(int, iso.split("-"))
    return PdfInfo(title=title, author=author, creator=creator, producer=creator, created=local_dt(y, m, dd, h, 24))


def sig_hr(extra=None):
    return Sig([["I. Post", "teamleider planning"], ["B. Kuipers", "HR-adviseur"]], squiggles=[11, 12])


# ----------------------------------------------------------------------------------------------
def appraisal_2021():
    iso = "2022-02-08"
    blocks = [
        P("JAARBEOORDELING 2021", size=14, style="B", color=BLUE, after=3),
        KV([("Naam medewerker", MARK), ("Personeelsnummer", "10482"), ("Functie", "Planner nationaal transport"),
            ("Afdeling", "Planning / Operations"), ("Geboortedatum", "17-08-1979"), ("In dienst sinds", "01-04-2015"),
            ("Beoordelaar", "Ingrid Post, teamleider planning"), ("Beoordelingsperiode", "01-01-2021 t/m 31-12-2021"),
            ("Datum gesprek", num(iso))], key_w=42, row_after=0, after=4),
        P("1. Beoordeling per criterium", style="B", size=11, keep=True),
        P("Schaal: 1 = onvoldoende, 2 = matig, 3 = voldoende, 4 = goed, 5 = uitstekend", size=8.5, style="I"),
        Table([["Criterium", "Score", "Toelichting"],
               ["Vakkennis planning en regio", "3", "Kent de regio Noord-Oost en de vaste klanten goed."],
               ["Nauwkeurigheid van de planning", "2",
                "Gemiddeld 8 planningsfouten per maand (afwijkingenregister), teamgemiddelde 2,6. "
                "Fouten: ritten op verkeerde datum, orders vergeten, dubbele boekingen."],
               ["Tijdigheid (dagplanning vrijgeven voor 16.00 uur)", "2",
                "Op ca. 40% van de werkdagen is de planning voor de volgende dag pas na 16.00 uur vrijgegeven; "
                "chauffeurs klagen dat zij hun rit laat ontvangen."],
               ["Klantgerichtheid / communicatie", "3",
                "Vriendelijk naar klanten. Twee klachten van Bakker Vers Distributie (mei en november) over "
                "niet bevestigde orders."],
               ["Gebruik TMS (routeplanning)", "2",
                "Plant grotendeels nog in een eigen Excel-lijst en zet de ritten daarna over; dit kost tijd en "
                "leidt tot overschrijffouten."],
               ["Samenwerking en inzet", "4", "Collegiaal, springt bij als er iemand uitvalt."],
               ["Totaaloordeel", "2 - matig", ""]],
              [62, 18, 90], size=9),
        P("2. Toelichting beoordelaar", style="B", size=11, keep=True),
        P("Mark is een betrokken collega die hard werkt, maar de kwaliteit van zijn planning blijft achter bij wat "
          "van een planner met zijn ervaring verwacht mag worden. De fouten in de planning hebben in 2021 geleid tot "
          "extra ritten, overuren bij chauffeurs en klachten van klanten. Ik heb dit in de loop van het jaar een "
          "aantal keren mondeling met Mark besproken (onder meer na de klacht van Bakker Vers in mei)."),
        P("3. Afspraken voor 2022", style="B", size=11, keep=True),
        Bullets(["Het aantal planningsfouten gaat in de eerste helft van 2022 terug naar maximaal 4 per maand.",
                 "De dagplanning wordt uiterlijk om 16.00 uur vrijgegeven.",
                 "Mark volgt de interne TMS-training bij key-user Erik Smit en stopt met de parallelle Excel-planning.",
                 "We bespreken de voortgang in het functioneringsgesprek in juni 2022."]),
        P("4. Reactie medewerker", style="B", size=11, keep=True),
        P("2021 was een druk jaar met veel zieke collega's en ik heb vaak twee regio's gedaan. Ik herken de punten "
          "voor een deel en ga de TMS-training volgen.", style="I"),
        Sig([["Beoordelaar: I. Post", f"Datum: {num(iso)}"], ["Medewerker: M. Verhoeven (voor gezien)",
                                                               "Datum: 10-02-2022"]], squiggles=[21, 22]),
    ]
    return Doc(iso, "appraisal", "Jaarbeoordeling 2021", blocks, FORM)


def appraisal_2022():
    iso = "2023-01-31"
    blocks = [
        P("JAARBEOORDELING 2022", size=14, style="B", color=BLUE, after=3),
        KV([("Naam medewerker", MARK), ("Personeelsnummer", "10482"), ("Functie", "Planner nationaal transport"),
            ("Afdeling", "Planning / Operations"), ("Geboortedatum", "17-08-1979"), ("In dienst sinds", "01-04-2015"),
            ("Beoordelaar", "Ingrid Post, teamleider planning"), ("Beoordelingsperiode", "01-01-2022 t/m 31-12-2022"),
            ("Datum gesprek", num(iso))], key_w=42, row_after=0, after=4),
        P("1. Beoordeling per criterium", style="B", size=11, keep=True),
        P("Schaal: 1 = onvoldoende, 2 = matig, 3 = voldoende, 4 = goed, 5 = uitstekend", size=8.5, style="I"),
        Table([["Criterium", "Score", "Toelichting"],
               ["Vakkennis planning en regio", "3", "Voldoende."],
               ["Nauwkeurigheid van de planning", "1",
                "Gemiddeld 7 planningsfouten per maand; de afspraak uit de jaarbeoordeling 2021 (max. 4) is in geen "
                "enkele maand gehaald. Teamgemiddelde 2,4."],
               ["Tijdigheid (dagplanning vrijgeven voor 16.00 uur)", "1",
                "Slechts op 55% van de werkdagen op tijd. In het functioneringsgesprek van 21 juni 2022 is dit "
                "uitdrukkelijk besproken; daarna is het niet beter geworden."],
               ["Klantgerichtheid / communicatie", "2",
                "Klacht Meubelhuis Overijssel (oktober): twee leveringen op de verkeerde dag gepland en niet "
                "teruggebeld."],
               ["Gebruik TMS (routeplanning)", "2",
                "TMS-training gevolgd op 5 en 12 juli 2022, maar Mark plant nog steeds deels in Excel."],
               ["Samenwerking en inzet", "4", "Goed."],
               ["Totaaloordeel", "1 - onvoldoende", ""]],
              [62, 24, 84], size=9),
        P("2. Toelichting beoordelaar", style="B", size=11, keep=True),
        P("Ondanks de afspraken van vorig jaar, de TMS-training en de gesprekken in juni en september is het "
          "functioneren van Mark op de kernonderdelen van zijn functie (nauwkeurig en tijdig plannen) niet "
          "verbeterd. **Wij maken ons hierover ernstige zorgen.** Als in de komende maanden geen duidelijke "
          "verbetering zichtbaar is, zullen wij een formeel verbetertraject starten. Wanneer ook dat niet tot het "
          "gewenste resultaat leidt, kan dat gevolgen hebben voor het voortbestaan van je dienstverband."),
        P("3. Afspraken voor 2023", style="B", size=11, keep=True),
        Bullets(["Maximaal 3 planningsfouten per maand (gelijk aan de norm voor alle planners).",
                 "Dagplanning op minimaal 90% van de werkdagen voor 16.00 uur vrijgegeven.",
                 "Geen parallelle Excel-planning meer; Ingrid controleert dit maandelijks.",
                 "Maandelijks kort overleg met Ingrid over de cijfers (eerste keer eind februari 2023)."]),
        P("4. Reactie medewerker", style="B", size=11, keep=True),
        P("Ik vind een onvoldoende te hard, omdat ik veel wijzigingen van verkoop moet verwerken. Maar ik begrijp "
          "dat het beter moet en ik ga ervoor.", style="I"),
        Sig([["Beoordelaar: I. Post", f"Datum: {num(iso)}"], ["Medewerker: M. Verhoeven (voor gezien)",
                                                               "Datum: 01-02-2023"]], squiggles=[23, 24]),
    ]
    return Doc(iso, "appraisal", "Jaarbeoordeling 2022", blocks, FORM)


def warning():
    iso = "2023-09-14"
    blocks = [
        P("PERSOONLIJK EN VERTROUWELIJK", size=8.5, style="B", after=1),
        P("De heer M. Verhoeven\nLijsterbeslaan 31\n8022 KL  ZWOLLE", after=8),
        KV([("Datum", lang(iso)), ("Ons kenmerk", "PO/BK/2023-117"), ("Betreft", "schriftelijke waarschuwing")],
           key_w=28, row_after=0, after=8),
        P("Beste Mark,"),
        P("Op dinsdag 5 september 2023 is de koelrit voor Bakker Vers Distributie niet uitgevoerd, omdat jij deze "
          "rit in het TMS op 6 september had ingepland in plaats van op 5 september. Daardoor zijn veertien "
          "supermarkten in de regio Assen-Emmen niet beleverd. Bakker Vers heeft een schadeclaim ingediend van "
          "EUR 4.850,- en heeft laten weten de samenwerking te heroverwegen als dit nog eens gebeurt. Op maandag "
          "11 september 2023 heb je bovendien drie ritten pas om 18.15 uur aan de chauffeurs vrijgegeven, waardoor "
          "twee chauffeurs de volgende ochtend zonder ritinformatie vertrokken."),
        P("Deze voorvallen staan niet op zichzelf. In je jaarbeoordeling over 2021 (besproken op 8 februari 2022), "
          "in het functioneringsgesprek van 21 juni 2022 en in je jaarbeoordeling over 2022 (31 januari 2023) hebben "
          "wij de nauwkeurigheid en tijdigheid van je planning als onvoldoende beoordeeld en concrete afspraken met je "
          "gemaakt. In de maandelijkse overleggen met Ingrid Post sinds februari 2023 is gebleken dat je het "
          "afgesproken maximum van 3 planningsfouten per maand in geen enkele maand hebt gehaald."),
        P("Wij geven je hierbij een **schriftelijke waarschuwing**. Wij verwachten dat je per direct elke rit "
          "controleert op datum en tijdvenster voordat je de planning vrijgeeft, en dat je de dagplanning uiterlijk "
          "om 16.00 uur vrijgeeft. Als het lastig is om dat te halen, meld je dat vóór 15.00 uur bij Ingrid, zodat "
          "zij kan bijspringen."),
        P("Wij willen je er nadrukkelijk op wijzen dat wij, als er op korte termijn geen duidelijke verbetering "
          "optreedt, begin 2024 een formeel verbetertraject met je zullen starten. Als ook dat traject niet tot "
          "voldoende verbetering leidt, kan dat leiden tot beëindiging van je arbeidsovereenkomst. Bij herhaling "
          "van voorvallen als hierboven beschreven zullen wij verdergaande maatregelen nemen."),
        P("Je kunt binnen twee weken schriftelijk op deze brief reageren; je reactie voegen wij aan je "
          "personeelsdossier toe."),
        P("Met vriendelijke groet,\nHoekstra Transport & Logistiek B.V.", after=0),
        Sig([["H. Hoekstra", "directeur"], ["B. Kuipers", "HR-adviseur"]], squiggles=[31, 32], gap=13),
        P("Voor ontvangst getekend: M. Verhoeven, d.d. 14-09-2023", size=8.5, style="I"),
    ]
    return Doc(iso, "warning", "Schriftelijke waarschuwing", blocks, LETTER, subtype="first")


def start_meeting():
    iso = "2024-01-16"
    blocks = [
        P("Hoekstra Transport & Logistiek B.V.  -  afdeling P&O", size=8.5, color=(90, 90, 90), after=1),
        P("Verslag startgesprek verbetertraject", size=15, style="B", color=BLUE, after=3),
        KV([("Datum", lang(iso, weekday=True) + ", 09.30 - 10.45 uur"), ("Plaats", "kantoor Kanaalweg, vergaderruimte 2"),
            ("Aanwezig", "Ingrid Post (teamleider planning), Bas Kuipers (HR-adviseur, verslag), Mark Verhoeven "
                         "(planner nationaal transport)"),
            ("Bijlage", "Verbeterplan M. Verhoeven, versie 1.0 d.d. 16-01-2024")], key_w=26, row_after=0.5, after=4),
        P("1. Aanleiding", style="B", keep=True),
        P("Ingrid licht toe waarom dit gesprek plaatsvindt. Het functioneren van Mark op het gebied van "
          "nauwkeurigheid en tijdigheid van de planning is in de jaarbeoordelingen over 2021 (matig) en 2022 "
          "(onvoldoende) besproken. Op 14 september 2023 heeft Mark een schriftelijke waarschuwing ontvangen na de "
          "gemiste koelrit voor Bakker Vers. In de maandelijkse overleggen van oktober tot en met december 2023 lag het "
          "aantal planningsfouten op 6, 7 en 5 per maand; de dagplanning was in december op 11 van de 19 werkdagen "
          "na 16.00 uur klaar. Zoals in de waarschuwing is aangekondigd, start Hoekstra daarom nu een formeel "
          "verbetertraject."),
        P("2. Reactie van Mark", style="B", keep=True),
        P("Mark geeft aan dat hij weet dat het beter moet, maar dat zijn regio Noord-Oost veel stops heeft en dat "
          "verkoop regelmatig na 15.00 uur nog orders doorzet. Hij heeft het gevoel dat die late wijzigingen als zijn "
          "fouten worden geteld. Ingrid antwoordt dat de normen voor alle vier de planners gelden en dat de regio's "
          "qua aantal stops vergelijkbaar zijn; zij zegt toe uit te zoeken hoe late wijzigingen van verkoop worden "
          "geregistreerd. Mark mag hierop ook schriftelijk reageren."),
        P("3. Het verbeterplan", style="B", keep=True),
        P("Bas loopt het verbeterplan met Mark door. De vier doelen (planningsfouten, tijdigheid, orderbevestiging en "
          "gebruik TMS) worden per doel toegelicht, inclusief de manier van meten. Mark vraagt wat precies als "
          "planningsfout telt; dit staat in paragraaf 2 van het plan (rit op verkeerde datum of buiten het "
          "tijdvenster, vergeten order, dubbele boeking), gemeten in het afwijkingenregister. Het traject loopt van "
          "maandag 22 januari 2024 tot en met vrijdag 17 mei 2024."),
        P("4. Ondersteuning", style="B", keep=True),
        Bullets(["coachtraject van zes sessies bij Femke Dijkstra (Coachpraktijk Koers, Deventer);",
                 "tweedaagse cursus 'Effectief plannen en prioriteren' bij Transport Academie Oost;",
                 "vier trainingsblokken TMS-routeoptimalisatie met key-user Erik Smit;",
                 "Anouk Veenstra (senior planner) als buddy: dagelijks om 15.30 uur een korte check;",
                 "in de eerste zes weken plant Mark twee in plaats van drie deelregio's."]),
        P("5. Gevolgen", style="B", keep=True),
        P("Bas benoemt dat het traject bedoeld is om Mark een reële kans te geven om te verbeteren. Als de doelen aan "
          "het einde niet voldoende zijn gehaald, zal Hoekstra onderzoeken of er binnen de groep een andere passende "
          "functie is. Is die er niet, dan zal Hoekstra de kantonrechter verzoeken de arbeidsovereenkomst te "
          "ontbinden. Mark vraagt: 'Dus als het niet lukt, ben ik mijn baan kwijt?' Bas bevestigt dat dat een mogelijke "
          "uitkomst is en dat het daarom belangrijk is dat Mark de ondersteuning goed benut."),
        P("6. Afspraken", style="B", keep=True),
        Bullets(["Mark reageert, als hij dat wil, uiterlijk vrijdag 26 januari 2024 schriftelijk op het plan.",
                 "Ingrid zoekt uit hoe orderwijzigingen van verkoop na 15.00 uur worden geregistreerd.",
                 "Eerste voortgangsgesprek: dinsdag 13 februari 2024, 10.00 uur.",
                 "Tussentijdse evaluatie: dinsdag 12 maart 2024; eindevaluatie: vrijdag 17 mei 2024."]),
        Sig([["I. Post", "16-01-2024"], ["B. Kuipers", "16-01-2024"], ["M. Verhoeven, voor gezien", "19-01-2024"]],
            squiggles=[41, 42, 43]),
    ]
    return Doc(iso, "meeting_report", "Verslag startgesprek verbetertraject", blocks, MINUTES, subtype="start")


def plan():
    iso = "2024-01-16"
    blocks = [
        P("VERBETERPLAN", size=16, style="B", color=BLUE, after=0.5),
        P("Hoekstra Transport & Logistiek B.V.", size=10, color=(90, 90, 90), after=4),
        KV([("Medewerker", "Mark Verhoeven, planner nationaal transport (regio Noord-Oost)"),
            ("In dienst sinds", "1 april 2015"),
            ("Leidinggevende", "Ingrid Post, teamleider planning"),
            ("HR", "Bas Kuipers, HR-adviseur"),
            ("Looptijd", "maandag 22 januari 2024 t/m vrijdag 17 mei 2024 (17 weken)"),
            ("Versie", "1.0 d.d. 16-01-2024")], key_w=32, row_after=0.3, after=5),
        P("1. Aanleiding", size=11.5, style="B", keep=True),
        P("De nauwkeurigheid en tijdigheid van de planning van Mark zijn sinds 2021 onvoldoende. Dit is vastgelegd in "
          "de jaarbeoordelingen over 2021 en 2022, besproken in het functioneringsgesprek van 21 juni 2022 en in de "
          "maandelijkse overleggen in 2023, en heeft geleid tot de schriftelijke waarschuwing van 14 september 2023. "
          "Dit verbeterplan geeft Mark een laatste, reële kans om te laten zien dat hij de functie van planner op het "
          "vereiste niveau kan uitoefenen."),
        P("2. Verbeterdoelen en meting", size=11.5, style="B", keep=True),
        P("De normen zijn dezelfde als voor de andere planners. De cijfers worden iedere maandag door Ingrid uit het "
          "TMS en het afwijkingenregister gehaald en met Mark gedeeld.", after=2),
        Table([["Doel", "Norm (per kalendermaand)", "Meting", "Niveau 2023"],
               ["1. Nauwkeurig plannen", "max. 3 toerekenbare planningsfouten",
                "afwijkingenregister; fout = rit op verkeerde datum of buiten tijdvenster, vergeten order, dubbele boeking",
                "gem. 6,4 p/m"],
               ["2. Tijdig plannen", "dagplanning op min. 90% van de werkdagen voor 16.00 uur vrijgegeven",
                "tijdstempel 'planning vrijgegeven' in TMS", "58%"],
               ["3. Klantcommunicatie", "95% van de orders binnen 4 werkuren bevestigd",
                "TMS-log orderbevestiging", "87%"],
               ["4. Werken in TMS", "alle nationale ritten via TMS-routeoptimalisatie, geen Excel",
                "wekelijkse steekproef door key-user", "deels"]],
              [36, 44, 62, 24], size=8.5),
        P("3. Ondersteuning", size=11.5, style="B", keep=True),
        Bullets([("a.", "Coaching: zes sessies van 1,5 uur bij Femke Dijkstra, Coachpraktijk Koers (Deventer), gericht "
                        "op prioriteren en werken onder tijdsdruk. De inhoud van de gesprekken is vertrouwelijk; de "
                        "coach schrijft aan het einde een korte rapportage die eerst met Mark wordt besproken."),
                 ("b.", "Cursus 'Effectief plannen en prioriteren' (2 dagen, februari 2024) bij Transport Academie "
                        "Oost, onder werktijd en op kosten van Hoekstra."),
                 ("c.", "TMS-routeoptimalisatie: vier blokken van 2 uur met key-user Erik Smit."),
                 ("d.", "Buddy: Anouk Veenstra (senior planner); dagelijks om 15.30 uur een check van de planning."),
                 ("e.", "Werkdruk: in de eerste zes weken plant Mark twee in plaats van drie deelregio's. Bij de "
                        "tussentijdse evaluatie wordt bekeken of dit wordt verlengd.")],
                indent=0, text_indent=6),
        P("4. Evaluatiemomenten", size=11.5, style="B", keep=True),
        Table([["Moment", "Datum", "Wie"],
               ["Voortgangsgesprek 1", "13 februari 2024", "Ingrid, Bas, Mark"],
               ["Tussentijdse evaluatie", "12 maart 2024", "Ingrid, Bas, Mark"],
               ["Voortgangsgesprek 2", "9 april 2024", "Ingrid, Mark"],
               ["Eindevaluatie", "17 mei 2024", "Ingrid, Bas, Mark"]], [55, 45, 60], size=9),
        P("Van ieder gesprek wordt een verslag gemaakt dat Mark voor gezien tekent. Mark mag op ieder verslag "
          "schriftelijk reageren; zijn reactie wordt aan het dossier toegevoegd."),
        P("5. Gevolgen", size=11.5, style="B", keep=True),
        P("Als Mark de doelen aan het einde van de looptijd haalt, wordt het traject afgesloten en volgt de normale "
          "beoordelingscyclus. **Indien de doelen 1 en 2 aan het einde van het verbetertraject niet (voldoende) zijn "
          "behaald**, zal Hoekstra onderzoeken of herplaatsing in een andere passende functie binnen Hoekstra Groep "
          "mogelijk is. Is dat niet het geval, dan zal Hoekstra de kantonrechter verzoeken de arbeidsovereenkomst te "
          "ontbinden wegens ongeschiktheid voor de bedongen arbeid (artikel 7:669 lid 3 sub d BW)."),
        P("6. Ondertekening", size=11.5, style="B", keep=True),
        P("Mark tekent dit plan voor gezien. Dat betekent niet dat hij het met de inhoud eens is."),
        Sig([["I. Post, teamleider planning", "Zwolle, 16-01-2024"], ["M. Verhoeven, voor gezien",
                                                                        "Zwolle, 19-01-2024"]], squiggles=[51, 52]),
    ]
    return Doc(iso, "improvement_plan", "Verbeterplan januari - mei 2024", blocks, PLAN)


def reaction():
    iso = "2024-01-24"
    st = Style(family="times", size=11.5, ml=28, mr=25, mt=25, leading=1.3, para_after=3.2)
    blocks = [
        P("M. Verhoeven\nLijsterbeslaan 31\n8022 KL Zwolle\nmark.verhoeven79@gmail.com", after=10),
        P("Hoekstra Transport & Logistiek B.V.\nt.a.v. de heer B. Kuipers, HR\nKanaalweg 14\n8013 PT Zwolle", after=10),
        P(f"Zwolle, {lang(iso)}", after=8),
        P("Betreft: reactie op verbeterplan d.d. 16 januari 2024", style="B", after=6),
        P("Beste Bas,"),
        P("Hierbij reageer ik zoals afgesproken op het verbeterplan dat ik op 16 januari heb ontvangen. Ik wil eerst "
          "zeggen dat ik mee wil werken aan het traject en dat ik blij ben met de coach en de cursus. Wel heb ik een "
          "aantal opmerkingen die ik graag in mijn dossier terugzie."),
        P("1. Mijn regio Noord-Oost is volgens mij de zwaarste regio, met veel kleine afleveradressen en "
          "venstertijden bij supermarkten. Dat maakt de vergelijking met de andere planners niet helemaal eerlijk."),
        P("2. Verkoop (vooral Dennis Wolters) neemt regelmatig na 15.00 uur nog orders aan of wijzigt afleverdata. "
          "Die wijzigingen moet ik dan op het laatste moment verwerken. Als daar iets misgaat, staat dat op mijn naam "
          "in het afwijkingenregister. Ik vraag om wijzigingen die na 15.00 uur binnenkomen niet als mijn fout te tellen."),
        P("3. Ik vind zes weken met twee deelregio's kort. Ik zou graag zien dat dit tot de tussentijdse evaluatie "
          "doorloopt."),
        P("4. In het verslag staat dat ik heb gevraagd of ik mijn baan kwijt ben. Dat klopt. Ik wil hier nog bij "
          "zeggen dat ik al bijna negen jaar met plezier bij Hoekstra werk en dat ik er alles aan ga doen om het "
          "traject goed af te ronden. Het traject geeft mij wel spanning, maar ik wil laten zien dat ik het kan."),
        P("Ik hoor graag wat jullie met mijn opmerkingen doen."),
        P("Met vriendelijke groet,", after=14),
        P("Mark Verhoeven"),
    ]
    return Doc(iso, "employee_response", "Reactie werknemer op verbeterplan", blocks, st)


def answer():
    iso = "2024-01-30"
    blocks = [
        P("De heer M. Verhoeven\nLijsterbeslaan 31\n8022 KL  ZWOLLE", after=8),
        KV([("Datum", lang(iso)), ("Ons kenmerk", "PO/BK/2024-009"),
            ("Betreft", "uw reactie van 24 januari 2024 op het verbeterplan")], key_w=28, row_after=0, after=8),
        P("Beste Mark,"),
        P("Dank voor je brief van 24 januari. We waarderen het dat je aangeeft mee te willen werken. Hieronder "
          "gaan we in op je punten; je brief en deze reactie zijn aan je dossier toegevoegd."),
        P("**Zwaarte van de regio.** We hebben de cijfers over 2023 naast elkaar gelegd. Regio Noord-Oost had "
          "gemiddeld 142 stops per werkdag; Zuid-West 151 en Midden 138. Het aandeel venstertijden is in Noord-Oost en "
          "Zuid-West vrijwel gelijk. Wij zien daarom geen reden om voor jou een andere norm te hanteren."),
        P("**Late wijzigingen van verkoop.** Hierin geven we je gelijk. Vanaf 1 februari 2024 registreert het TMS bij "
          "elke orderwijziging het tijdstip en de medewerker. Afwijkingen die het gevolg zijn van een wijziging na "
          "15.00 uur worden als 'niet-toerekenbaar' geregistreerd en tellen niet mee voor doel 1. Daarnaast heeft de "
          "commercieel manager de binnendienst opgedragen na 15.00 uur geen wijzigingen meer door te zetten zonder "
          "overleg met de planning."),
        P("**Twee deelregio's.** We besluiten bij de tussentijdse evaluatie op 12 maart of de beperking tot twee "
          "deelregio's wordt verlengd; tot dat moment blijft zij in ieder geval van kracht, dus ook na de eerste zes "
          "weken."),
        P("De overige onderdelen van het verbeterplan blijven ongewijzigd. Als je tijdens het traject merkt dat je "
          "meer of andere ondersteuning nodig hebt, bespreek dat dan met Ingrid of met mij."),
        P("Met vriendelijke groet,", after=0),
        Sig([["B. Kuipers", "HR-adviseur"]], squiggles=[61], gap=13),
        P("c.c. I. Post, teamleider planning", size=8.5),
    ]
    return Doc(iso, "correspondence", "Antwoord op reactie werknemer", blocks, LETTER)


def course_confirmation():
    iso = "2024-01-25"
    green = (0, 110, 80)
    st = Style(family="helvetica", size=9.5, ml=22, mr=22,
               letterhead=lh_classic("Transport Academie Oost", "opleidingen voor transport & logistiek",
                                     ["Zutphenseweg 51", "7418 AH Deventer", "0570 - 62 30 10",
                                      "inschrijvingen@transportacademie-oost.nl"], color=green, name_size=15),
               footer=ft_pages(fmt="", left="Transport Academie Oost B.V. - KvK 62211088 - CRKBO-geregistreerd - "
                                            "algemene voorwaarden op www.transportacademie-oost.nl", size=7))
    blocks = [
        P("Hoekstra Transport & Logistiek B.V.\nt.a.v. de heer B. Kuipers\nKanaalweg 14\n8013 PT  Zwolle", after=8),
        P(f"Deventer, {num(iso)}", after=6),
        P("Bevestiging inschrijving", size=13, style="B", color=green, after=4),
        P("Geachte heer Kuipers,"),
        P("Hierbij bevestigen wij de inschrijving van uw medewerker voor onderstaande training."),
        KV([("Training", "Effectief plannen en prioriteren voor planners (2 dagen)"),
            ("Deelnemer", "de heer M. Verhoeven"),
            ("Geboortedatum", "17-08-1979 (t.b.v. certificaat)"),
            ("Data", "donderdag 8 februari en donderdag 15 februari 2024, 09.00 - 16.30 uur"),
            ("Locatie", "Transport Academie Oost, Zutphenseweg 51, Deventer"),
            ("Trainer", "drs. R. Oosterhof"),
            ("Investering", "EUR 895,00 excl. btw per deelnemer, inclusief lunch en lesmateriaal"),
            ("Inschrijfnummer", "TAO-24-0193")], key_w=34, row_after=0.3, after=4),
        P("Inhoud: grip op je dag, werken met tijdblokken, omgaan met verstoringen en spoedorders, prioriteren met "
          "de Eisenhower-matrix, afspraken maken met verkoop en klantenservice, en een persoonlijk actieplan dat de "
          "deelnemer na afloop met de leidinggevende bespreekt."),
        P("De factuur ontvangt u na afloop van de tweede lesdag. Bij annulering tot 14 dagen voor aanvang brengen "
          "wij geen kosten in rekening. Na afloop ontvangt de deelnemer een certificaat van deelname."),
        P("Met vriendelijke groet,\n\nMarjolein Tuinstra\nCursusadministratie"),
    ]
    return Doc(iso, "training", "Bevestiging inschrijving cursus Effectief plannen en prioriteren", blocks, st)


def progress_1():
    iso = "2024-02-13"
    blocks = [
        P("Hoekstra Transport & Logistiek B.V.  -  afdeling P&O", size=8.5, color=(90, 90, 90), after=1),
        P("Verslag voortgangsgesprek 1 - verbetertraject M. Verhoeven", size=14, style="B", color=BLUE, after=3),
        KV([("Datum", lang(iso, weekday=True) + ", 10.00 uur"),
            ("Aanwezig", "Ingrid Post, Bas Kuipers (verslag), Mark Verhoeven"),
            ("Periode", "22 januari t/m 9 februari 2024")], key_w=26, row_after=0.3, after=4),
        P("1. Resultaten", style="B", keep=True),
        Table([["Doel", "Norm", "Resultaat", "Oordeel"],
               ["1. Planningsfouten", "max. 3 p/m", "4 toerekenbaar (+1 niet-toerekenbaar)", "nog niet"],
               ["2. Planning voor 16.00 uur", "90% van de dagen", "10 van 14 dagen (71%)", "nog niet"],
               ["3. Orderbevestiging < 4 uur", "95%", "91%", "bijna"],
               ["4. Alleen TMS", "geen Excel", "3 van 4 steekproeven in orde", "bijna"]],
              [46, 32, 58, 26], size=9),
        P("Ingrid merkt op dat de cijfers over drie weken nog weinig zeggen, maar dat de richting positief is: in de "
          "laatste week van januari was de planning vier van de vijf dagen voor 16.00 uur klaar. Eén fout (rit "
          "Hardenberg op 6 februari) kwam door een wijziging die verkoop om 15.40 uur doorzette; deze telt volgens de "
          "nieuwe afspraak niet mee."),
        P("2. Ondersteuning", style="B", keep=True),
        P("De eerste coachsessie was op 1 februari; Mark vond die nuttig ('ik zie nu dat ik te veel tegelijk open "
          "heb staan'). Cursusdag 1 was op 8 februari, dag 2 volgt op 15 februari. Het eerste TMS-blok met Erik Smit "
          "is gedaan; Erik zag dat Mark de routeoptimalisatie wel start, maar de voorstellen daarna handmatig "
          "omgooit. De dagelijkse check met Anouk om 15.30 uur vindt plaats, behalve op 2 februari (Anouk vrij)."),
        P("3. Inbreng Mark", style="B", keep=True),
        P("Mark geeft aan dat de beperking tot twee deelregio's veel rust geeft en dat de afspraak met verkoop al "
          "merkbaar is. Hij wil in de cursus vooral leren hoe hij zijn middag beter indeelt, omdat tussen 14.00 en "
          "16.00 uur alles tegelijk komt. Hij vraagt of het volgende TMS-blok eerder kan; Erik wordt gevraagd dit "
          "deze week in te plannen."),
        P("4. Afspraken", style="B", keep=True),
        Bullets(["Mark blokt dagelijks 14.00 - 15.00 uur in zijn agenda voor de dagplanning (telefoon naar Anouk).",
                 "TMS-blok 2 met Erik uiterlijk vrijdag 16 februari 2024.",
                 "Volgende gesprek: tussentijdse evaluatie op dinsdag 12 maart 2024, 10.00 uur."]),
        Sig([["I. Post", "13-02-2024"], ["M. Verhoeven, voor gezien", "datum:"]], squiggles=[71, None]),
    ]
    return Doc(iso, "meeting_report", "Verslag voortgangsgesprek 1", blocks, MINUTES, subtype="progress")


def interim_docx_blocks():
    iso = "2024-03-12"
    return [
        P("Hoekstra Transport & Logistiek B.V. - afdeling P&O", size=9),
        P("Verslag tussentijdse evaluatie verbetertraject", size=15, style="B", keep=True),
        KV([("Medewerker", "Mark Verhoeven, planner nationaal transport"),
            ("Datum gesprek", lang(iso, weekday=True) + ", 10.00 - 11.15 uur"),
            ("Aanwezig", "Ingrid Post (teamleider planning), Bas Kuipers (HR-adviseur, verslag), Mark Verhoeven"),
            ("Periode", "22 januari t/m 8 maart 2024 (7 weken van de 17)")]),
        P("1. Cijfers", size=12, style="B", keep=True),
        Table([["Doel", "Norm", "Januari (vanaf 22-1)", "Februari", "Oordeel"],
               ["1. Planningsfouten (toerekenbaar)", "max. 3 p/m", "2", "5", "onvoldoende"],
               ["2. Planning voor 16.00 uur", "90%", "80%", "68%", "onvoldoende"],
               ["3. Orderbevestiging binnen 4 uur", "95%", "90%", "94%", "bijna"],
               ["4. Alleen TMS", "geen Excel", "deels", "4 van 4 steekproeven", "behaald"]],
              [50, 25, 30, 30, 30]),
        P("In februari zijn daarnaast 3 afwijkingen als niet-toerekenbaar geregistreerd (late wijzigingen van "
          "verkoop); die tellen niet mee."),
        P("2. Bespreking", size=12, style="B", keep=True),
        P("Ingrid geeft aan dat doel 4 is behaald: Mark plant volledig in het TMS en gebruikt de routeoptimalisatie. "
          "Ook de orderbevestigingen gaan de goede kant op. Op de kern van de functie, foutloos en op tijd plannen, "
          "is in februari echter een terugval te zien. De fouten in februari waren vooral ritten die buiten het "
          "tijdvenster van de klant waren gepland (3x) en twee vergeten retourorders."),
        P("Mark herkent de cijfers. Hij zegt dat de cursus hem goede handvatten heeft gegeven en dat hij met de "
          "coach werkt aan 'eerst afmaken, dan pas het volgende'. In de tweede helft van februari was het druk door "
          "de voorjaarsactie van Bakker Vers, en dan 'schiet ik weer in de oude stand'."),
        P("3. Werkdruk en regio's", size=12, style="B", keep=True),
        P("Besproken is of de beperking tot twee deelregio's wordt verlengd. Ingrid en Bas wijzen erop dat drie "
          "deelregio's de normale omvang van de functie is en dat het traject moet laten zien of Mark de functie "
          "kan uitoefenen. Afgesproken is dat Mark per 18 maart weer drie deelregio's plant, maar dat de dagelijkse "
          "check met Anouk wordt uitgebreid naar twee momenten (13.30 en 15.30 uur). Mark is het daarmee eens."),
        P("4. Stand van zaken en gevolgen", size=12, style="B", keep=True),
        P("Halverwege het traject zijn doel 3 en 4 (bijna) behaald en doel 1 en 2 niet. Ingrid en Bas maken duidelijk "
          "dat de doelen 1 en 2 in de resterende tien weken structureel gehaald moeten worden. Lukt dat niet, dan "
          "geldt wat in het verbeterplan staat: onderzoek naar herplaatsing en, als dat niet mogelijk is, een verzoek "
          "tot ontbinding bij de kantonrechter."),
        P("5. Afspraken", size=12, style="B", keep=True),
        Bullets(["Coachsessies 4 t/m 6 worden gepland voor eind april.",
                 "Mark houdt een eigen dagstaat bij met het tijdstip van vrijgeven en bespreekt die wekelijks met Ingrid.",
                 "Voortgangsgesprek 2: dinsdag 9 april 2024. Eindevaluatie: vrijdag 17 mei 2024."]),
        P("Voor gezien: M. Verhoeven, 14-03-2024          I. Post, 12-03-2024"),
    ]


def progress_2():
    iso = "2024-04-09"
    blocks = [
        P("Hoekstra Transport & Logistiek B.V.  -  afdeling P&O", size=8.5, color=(90, 90, 90), after=1),
        P("Verslag voortgangsgesprek 2 - verbetertraject M. Verhoeven", size=14, style="B", color=BLUE, after=3),
        KV([("Datum", f"d.d. {num(iso, pad=False)}"), ("Aanwezig", "Ingrid Post (verslag), Mark Verhoeven"),
            ("Periode", "maart 2024")], key_w=26, row_after=0.3, after=4),
        P("**Cijfers maart.** Toerekenbare planningsfouten: 6 (norm max. 3). Planning voor 16.00 uur vrijgegeven: 13 "
          "van 21 werkdagen (62%; norm 90%). Orderbevestiging binnen 4 uur: 96% (norm 95%, behaald). Werken in TMS: "
          "alle steekproeven in orde (behaald). Niet-toerekenbare afwijkingen: 2."),
        P("**Bespreking.** Sinds Mark op 18 maart weer drie deelregio's plant, liggen de tijden van vrijgeven vaker na "
          "16.00 uur (gemiddeld 16.25 uur in de laatste twee weken). Mark zegt: 'Ik merk dat ik onder tijdsdruk het "
          "overzicht kwijtraak. Als alles rustig is gaat het goed, maar tussen drie en vier gaat het mis.' De extra "
          "check om 13.30 uur met Anouk helpt volgens hem wel. Hij heeft inmiddels vier van de zes coachsessies gehad."),
        P("**Gezondheid.** Ingrid heeft Mark gevraagd of er iets in zijn gezondheid of privésituatie speelt dat "
          "invloed heeft op zijn werk. Mark geeft aan dat dat niet zo is en dat hij zich niet ziek voelt. Ingrid heeft "
          "hem het preventieve spreekuur van de bedrijfsarts aangeboden; Mark heeft aangegeven dat dat niet nodig is."),
        P("**Vooruitblik.** Ingrid heeft herhaald dat de doelen 1 en 2 bij de eindevaluatie op 17 mei 2024 gehaald "
          "moeten zijn en dat het verbeterplan beschrijft wat er gebeurt als dat niet lukt. Mark vraagt of de periode "
          "kan worden verlengd; Ingrid antwoordt dat het traject al 17 weken duurt en met veel ondersteuning is "
          "ingericht, en dat zij dit na de eindevaluatie met Bas zal bespreken."),
        Sig([["I. Post", "09-04-2024"], ["M. Verhoeven, voor gezien", "11-04-2024"]], squiggles=[81, 82]),
    ]
    return Doc(iso, "meeting_report", "Verslag voortgangsgesprek 2", blocks, MINUTES, subtype="progress")


def coach_report():
    iso = "2024-05-02"
    teal = (30, 110, 120)
    st = Style(family="times", size=11, ml=27, mr=25, mt=22, leading=1.32,
               letterhead=lh_centered("COACHPRAKTIJK KOERS", ["Femke Dijkstra - loopbaan- en talentcoach (NOBCO EIA)",
                                                              "Brinkgreverweg 112  ·  7413 AD Deventer  ·  06 - 41 77 29 05"],
                                      color=teal, size=14),
               footer=ft_pages(fmt="- {p} -", align="C", size=9))
    blocks = [
        P("Eindrapportage coachtraject", size=14, style="B", after=4),
        KV([("Opdrachtgever", "Hoekstra Transport & Logistiek B.V., t.a.v. mevrouw I. Post en de heer B. Kuipers"),
            ("Coachee", "de heer M. Verhoeven"),
            ("Coach", "Femke Dijkstra"),
            ("Sessies", "1 feb, 15 feb, 29 feb, 14 mrt, 4 apr en 25 apr 2024 (6 x 1,5 uur)"),
            ("Datum rapportage", lang(iso))], key_w=36, row_after=0.4, after=5),
        P("Deze rapportage is met Mark besproken op 25 april 2024; hij heeft ingestemd met verzending aan de "
          "opdrachtgever. De inhoud van de gesprekken zelf blijft vertrouwelijk.", style="I", size=10),
        P("Vraag van de opdrachtgever", style="B", keep=True),
        P("Mark ondersteunen bij het verbeteren van zijn planning op nauwkeurigheid en tijdigheid, met name het "
          "prioriteren en werken onder tijdsdruk in de middaguren."),
        P("Werkwijze en thema's", style="B", keep=True),
        P("We hebben gewerkt met zijn eigen dagstaten en met concrete situaties uit de week ervoor. Thema's waren: het "
          "indelen van de middag in vaste blokken, 'eerst afmaken, dan het volgende', het bespreekbaar maken van late "
          "orders bij verkoop, en het herkennen van het moment waarop hij het overzicht verliest. Mark heeft de "
          "opdrachten tussen de sessies steeds gedaan en kwam goed voorbereid."),
        P("Observaties", style="B", keep=True),
        P("Mark is zeer gemotiveerd en heeft in de loop van het traject veel inzicht gekregen in zijn eigen "
          "werkwijze. In rustige periodes past hij de nieuwe aanpak goed toe. Zodra er in korte tijd veel tegelijk "
          "komt (in zijn functie dagelijks tussen ongeveer 14.30 en 16.00 uur), valt hij terug in zijn oude patroon: "
          "hij springt tussen taken, stelt controles uit en mist daardoor details. Dat patroon is in zes sessies "
          "minder geworden, maar niet verdwenen."),
        P("Beeld van de coach", style="B", keep=True),
        P("Mijn indruk is dat de combinatie van snelheid, veel gelijktijdige prikkels en nauwkeurigheid die deze "
          "planningsfunctie vraagt, onvoldoende aansluit bij de kwaliteiten van Mark. Hij is zorgvuldig en "
          "klantvriendelijk en functioneert naar mijn verwachting goed in een rol met meer voorspelbaarheid en minder "
          "harde deadlines binnen het uur. Ik raad aan om bij het vervolg ook naar zulke rollen te kijken."),
        P("Deventer, 2 mei 2024", after=12),
        P("Femke Dijkstra"),
    ]
    return Doc(iso, "training", "Eindrapportage coachtraject", blocks, st)


def final_eval():
    iso = "2024-05-17"
    blocks = [
        P("Hoekstra Transport & Logistiek B.V.  -  afdeling P&O", size=8.5, color=(90, 90, 90), after=1),
        P("Verslag eindevaluatie verbetertraject", size=15, style="B", color=BLUE, after=3),
        KV([("Datum", lang(iso, weekday=True) + ", 13.00 - 14.30 uur"),
            ("Aanwezig", "Ingrid Post (teamleider planning), Bas Kuipers (HR-adviseur, verslag), Mark Verhoeven"),
            ("Traject", "22 januari t/m 17 mei 2024, volgens verbeterplan versie 1.0 d.d. 16-01-2024")],
           key_w=26, row_after=0.4, after=4),
        P("1. Resultaten over de hele looptijd", style="B", keep=True),
        Table([["Doel / norm", "jan¹", "feb", "mrt", "apr", "mei²", "Behaald?"],
               ["1. Fouten (max. 3 p/m)", "2", "5", "6", "5", "2", "nee"],
               ["2. Op tijd (min. 90%)", "80%", "68%", "62%", "66%", "70%", "nee"],
               ["3. Bevestiging (min. 95%)", "90%", "94%", "96%", "97%", "97%", "ja, vanaf maart"],
               ["4. Alleen TMS", "deels", "ja", "ja", "ja", "ja", "ja"]],
              [50, 15, 15, 15, 15, 17, 34], size=9, aligns=["L", "C", "C", "C", "C", "C", "L"]),
        P("¹ vanaf 22 januari   ² 1 t/m 10 mei. Niet-toerekenbare afwijkingen (7 in totaal) zijn niet meegeteld.",
          size=8.5, style="I"),
        P("2. Beoordeling", style="B", keep=True),
        P("Mark heeft zich ingezet: hij heeft alle coachsessies, de cursus en de TMS-training gevolgd en de doelen 3 en 4 "
          "gehaald. Op de twee kernonderdelen van zijn functie, nauwkeurig en tijdig plannen, is er echter geen "
          "structurele verbetering. Het aantal toerekenbare fouten lag in vier van de vijf maanden boven de norm en "
          "de planning was in geen enkele maand op 90% van de dagen op tijd klaar. De tijdelijke beperking tot twee "
          "deelregio's (januari tot half maart) gaf een kortstondige verbetering; na terugkeer naar drie deelregio's, "
          "de normale omvang van de functie, vielen de resultaten terug. Ook de coach komt in haar rapportage van "
          "2 mei 2024 tot de conclusie dat de eisen van deze functie onvoldoende aansluiten bij Marks kwaliteiten."),
        P("De conclusie van Hoekstra is dat het verbetertraject niet is geslaagd."),
        P("3. Reactie van Mark", style="B", keep=True),
        P("Mark zegt dat hij zijn best heeft gedaan en dat hij weet dat de cijfers niet goed genoeg zijn. Hij vindt dat "
          "verkoop nog steeds af en toe te laat wijzigingen doorzet. Ingrid wijst erop dat die wijzigingen sinds "
          "februari apart worden geregistreerd en niet zijn meegeteld. Mark geeft aan dat hij liever in een functie "
          "werkt 'waar niet alles om vier uur klaar moet zijn'. Desgevraagd bevestigt hij dat er geen "
          "gezondheidsklachten zijn die een rol spelen."),
        P("4. Vervolg", style="B", keep=True),
        P("Hoekstra start een herplaatsingsonderzoek binnen de hele Hoekstra Groep (Zwolle, Kampen en Meppel). Mark "
          "wordt gevraagd uiterlijk vrijdag 24 mei 2024 aan te geven welke functies of werkzaamheden hem aanspreken "
          "en welke reisafstand voor hem haalbaar is; op dinsdag 28 mei volgt daarover een gesprek met Bas. Is er "
          "geen passende functie, dan zal Hoekstra de kantonrechter verzoeken de arbeidsovereenkomst te ontbinden. "
          "Mark wordt geadviseerd zich te laten bijstaan door een jurist of advocaat; hij kan daarvoor contact "
          "opnemen met zijn rechtsbijstandsverzekeraar."),
        Sig([["I. Post", "17-05-2024"], ["B. Kuipers", "17-05-2024"], ["M. Verhoeven, voor gezien", "21-05-2024"]],
            squiggles=[91, 92, 93]),
    ]
    return Doc(iso, "meeting_report", "Verslag eindevaluatie verbetertraject", blocks, MINUTES,
               subtype="final_evaluation")


def redeployment():
    iso = "2024-06-07"
    blocks = [
        P("Herplaatsingsonderzoek", size=16, style="B", color=BLUE, after=0.5),
        P("M. Verhoeven - planner nationaal transport", size=10.5, after=4),
        KV([("Opgesteld door", "B. Kuipers, HR-adviseur"), ("Datum", f"{num(iso)}"),
            ("Onderzochte periode", "17 mei 2024 tot en met 31 augustus 2024"),
            ("Onderzochte bedrijven", "Hoekstra Transport & Logistiek B.V. (Zwolle), Hoekstra Warehousing B.V. "
                                      "(Kampen), Hoekstra Koeltransport B.V. (Meppel)")],
           key_w=40, row_after=0.3, after=4),
        P("1. Uitgangspunten", style="B", keep=True),
        P("Mark is op 1 april 2015 in dienst getreden; de opzegtermijn bedraagt twee maanden. Daarom zijn de vacatures "
          "bekeken die openstaan of naar verwachting binnen die termijn ontstaan, bij alle werkmaatschappijen van "
          "Hoekstra Groep. Op 28 mei 2024 heeft Bas navraag gedaan bij de vestigingsmanagers in Kampen en Meppel en "
          "bij de operationeel directeur in Zwolle naar verwachte vacatures tot en met 31 augustus 2024."),
        P("Profiel: MBO-4 Logistiek; negen jaar ervaring als planner; daarvoor zes jaar magazijnmedewerker en "
          "heftruckchauffeur bij een andere werkgever. In de eindevaluatie en het gesprek van 28 mei gaf Mark aan de "
          "voorkeur te hebben voor werk zonder harde planningsdeadlines, bij voorkeur in de regio Zwolle, met een "
          "maximale reisafstand van ongeveer 30 kilometer."),
        P("2. Beoordeelde functies", style="B", keep=True),
        Table([["Functie / plaats", "Status", "Beoordeling"],
               ["Planner internationaal (Zwolle)", "vacature sinds 2 mei",
                "Zelfde kerncompetenties als huidige functie, met hogere complexiteit en tijdsdruk. Niet passend."],
               ["Chauffeur CE (Meppel)", "2 vacatures",
                "Vereist rijbewijs CE en code 95; opleiding duurt 4 tot 6 maanden, langer dan de redelijke termijn. "
                "Mark wil dit werk niet doen. Niet passend."],
               ["Medewerker voorraadadministratie, 32 uur (Kampen)", "vacature per 1 juli",
                "Past bij opleiding en ervaring (magazijn en administratie), geen tijdkritische planning. Passend. "
                "Op 29 mei 2024 aangeboden, met behoud van salaris gedurende 12 maanden. Mark heeft het aanbod op 4 "
                "juni 2024 schriftelijk afgewezen (reistijd 35 min. en lagere schaal na 12 maanden)."],
               ["Klantenservicemedewerker (Zwolle)", "ingevuld per 1 april 2024",
                "Niet vacant in de onderzochte periode; geen verwacht verloop."],
               ["Teamleider magazijn (Kampen)", "vacature",
                "Leidinggevende functie op hoger niveau (schaal 8); ervaring met leidinggeven ontbreekt. Niet passend."],
               ["Verwachte vacatures t/m 31-08-2024", "volgens managers: geen", "-"]],
              [50, 36, 80], size=8.5),
        P("3. Conclusie", style="B", keep=True),
        P("Binnen Hoekstra Groep is in de onderzochte periode één passende functie beschikbaar (medewerker "
          "voorraadadministratie in Kampen). Die functie is Mark aangeboden en hij heeft het aanbod afgewezen. "
          "Andere passende functies, ook met scholing binnen een redelijke termijn, zijn er niet. Hoekstra zal "
          "de kantonrechter daarom verzoeken de arbeidsovereenkomst te ontbinden op grond van artikel 7:669 lid 3 "
          "sub d BW. Het aanbod blijft staan tot 21 juni 2024."),
        P("Dit overzicht is op 7 juni 2024 aan Mark gemaild en met hem besproken.", size=9, style="I"),
    ]
    return Doc(iso, "redeployment", "Herplaatsingsonderzoek", blocks, LETTER.copy(letterhead=None,
                                                                               footer=MINUTES.footer))


def build(k):
    desc = ("Well-documented d-ground dossier of a transport planner at a logistics company in Zwolle: years of "
            "written criticism, a SMART four-month improvement plan with coach and course, progress, interim and "
            "final evaluation, the employee's reaction answered, and a documented group-wide redeployment search.")
    conclusion = {
        "verdict": "ready",
        "criteria": {"timely_notice": "met", "improvement_opportunity": "met", "training_and_conditions": "met",
                     "redeployment": "met", "not_due_to_illness": "met"},
        "summary": ("Het dossier is klaar voor een ontbindingsverzoek op de d-grond. Mark Verhoeven is vanaf de "
                    "jaarbeoordeling over 2021 schriftelijk en concreet op zijn planningsfouten en te late planning "
                    "gewezen, in de beoordeling over 2022 en de waarschuwing van september 2023 is het ontslag als "
                    "mogelijk gevolg benoemd, en het verbeterplan van januari 2024 is SMART, duurt vier maanden en "
                    "biedt coaching, een cursus, TMS-training, een buddy en tijdelijk minder werk. Voortgang, "
                    "tussentijdse en eindevaluatie zijn tijdig vastgelegd en voor gezien getekend, zijn schriftelijke "
                    "reactie is inhoudelijk beantwoord (late wijzigingen van verkoop tellen niet mee), ziekte speelt "
                    "geen rol en het herplaatsingsonderzoek beslaat de hele groep, met één aangeboden en afgewezen "
                    "passende functie."),
    }
    note = """# 01 - Hoekstra Transport & Logistiek B.V. / M. Verhoeven (planner)

**Conclusie: gereed (ready).** Een kantonrechter zal de d-grond naar verwachting voldragen achten.

| Vereiste | Oordeel | Waarom |
|---|---|---|
| Tijdig in kennis gesteld | voldaan | Jaarbeoordeling 2021 (8-2-2022, "matig", concrete cijfers), jaarbeoordeling 2022 (31-1-2023, "onvoldoende", gevolgen voor het dienstverband benoemd), schriftelijke waarschuwing 14-9-2023 waarin verbetertraject en mogelijke beëindiging worden aangekondigd. Ruim twee jaar schriftelijke kritiek vóór het traject. |
| Voldoende gelegenheid tot verbetering | voldaan | Verbeterplan met vier meetbare doelen (zelfde normen als collega's, meting via TMS/afwijkingenregister), 17 weken, vier evaluatiemomenten, gevolg (herplaatsing, anders ontbinding) expliciet. Verslagen van start, voortgang (2x), tussentijdse en eindevaluatie, door werknemer voor gezien getekend; zijn schriftelijke reactie is beantwoord en deels gehonoreerd. Resultaat: kerndoelen 1 en 2 niet gehaald. |
| Scholing en arbeidsomstandigheden | voldaan | Coach (6 sessies, eindrapport), tweedaagse cursus, TMS-training, buddy, tijdelijk lagere werklast; klacht over late orderwijzigingen onderzocht en opgelost; vergelijking werkdruk regio's onderbouwd. |
| Herplaatsing | voldaan | Onderzoek over de hele groep (drie werkmaatschappijen) binnen de opzegtermijn van twee maanden, per functie gemotiveerd; passende functie aangeboden (met salarisgarantie) en door werknemer afgewezen. |
| Niet het gevolg van ziekte | voldaan | Geen ziekmelding; werknemer bevestigt tweemaal dat er geen gezondheidsklachten spelen; preventief spreekuur aangeboden en afgeslagen. |

Aandachtspunt: de afwijzing van het herplaatsingsaanbod (brief van 4-6-2024) zit niet als apart stuk in het dossier; voeg die toe aan het verzoekschrift.
"""
    readme = ("A well-built dossier (expected verdict **ready**): Hoekstra Transport & Logistiek B.V. in Zwolle and "
              "its planner Mark Verhoeven. Separate PDFs per document (appraisal forms with score tables, a warning "
              "letter, minutes, a SMART plan with a running header, the employee's own letter in a different layout, "
              "HR's answer, a course confirmation, a coach report and a redeployment overview), one .docx (interim "
              "evaluation) and one .eml whose PDF attachment (progress meeting minutes) is a document of its own. "
              "Distractor dates: birth date, start of employment, assessment periods, deadlines, planned meetings, "
              "'voor gezien' signature dates.")
    D = Dossier(NAME, desc, conclusion, note, readme)

    def one(rel, doc, title, creator="Microsoft® Word voor Microsoft 365", author="Bas Kuipers"):
        D.pdf(rel, [doc], info(title, doc.date, creator=creator, author=author))

    one("2022-02-08 Jaarbeoordeling 2021 M. Verhoeven.pdf", appraisal_2021(), "Jaarbeoordeling 2021", author="Ingrid Post")
    one("2023-01-31 Jaarbeoordeling 2022 M. Verhoeven.pdf", appraisal_2022(), "Jaarbeoordeling 2022", author="Ingrid Post")
    one("2023-09-14 Schriftelijke waarschuwing.pdf", warning(), "Schriftelijke waarschuwing")
    one("2024-01-16 Verslag startgesprek verbetertraject.pdf", start_meeting(), "Verslag startgesprek")
    one("Verbeterplan M. Verhoeven jan-mei 2024.pdf", plan(), "Verbeterplan M. Verhoeven")
    one("Reactie Mark Verhoeven op verbeterplan.pdf", reaction(), "Reactie verbeterplan", creator="Writer",
        author="Mark")
    one("2024-01-30 Antwoord op reactie verbeterplan.pdf", answer(), "Antwoord op reactie")
    one("Bevestiging inschrijving TAO-24-0193.pdf", course_confirmation(), "Bevestiging inschrijving",
        creator="Transport Academie Oost - cursusadministratie", author="TAO")
    att = progress_1()
    D.eml("Verslag voortgangsgesprek 13 februari.eml",
          Meta("2024-02-14", "correspondence", "E-mail: verslag voortgangsgesprek ter ondertekening"),
          attachments=[("Verslag voortgangsgesprek 1 - 13-02-2024.pdf", [att],
                        info("Verslag voortgangsgesprek 1", att.date, h=16), "fpdf")],
          sender="Bas Kuipers <b.kuipers@hoekstra-logistiek.nl>",
          to="Mark Verhoeven <m.verhoeven@hoekstra-logistiek.nl>",
          cc="Ingrid Post <i.post@hoekstra-logistiek.nl>",
          subject="Verslag voortgangsgesprek 13 februari",
          date=local_dt(2024, 2, 14, 10, 12, 37),
          msgid="<AM9PR02MB7345B1C0A8E44F0D9A3C2E11B2C92@AM9PR02MB7345.eurprd02.prod.outlook.com>",
          user_agent="Microsoft Outlook 16.0",
          boundary_seed="hoekstra1",
          body=("Beste Mark,\n\n"
                "In de bijlage vind je het verslag van ons voortgangsgesprek van gisteren (dinsdag 13 februari).\n\n"
                "Wil je het verslag lezen en voor gezien tekenen? Als je iets wilt aanvullen of het ergens niet mee "
                "eens bent, laat het me dan uiterlijk woensdag 21 februari weten. Je opmerkingen voegen we dan aan "
                "het dossier toe.\n\n"
                "Zoals afgesproken staat de tussentijdse evaluatie op dinsdag 12 maart om 10.00 uur. Het tweede "
                "TMS-blok met Erik plant hij deze week nog in.\n\n"
                "Met vriendelijke groet,\n\n"
                "Bas Kuipers\nHR-adviseur\n\nHoekstra Transport & Logistiek B.V.\nKanaalweg 14 | 8013 PT Zwolle\n"
                "T 038 - 421 55 00 | M 06 - 22 81 40 67\n"))
    D.docx("Verslag tussentijdse evaluatie 12 maart 2024.docx",
           Meta("2024-03-12", "meeting_report", "Verslag tussentijdse evaluatie", "interim_evaluation"),
           interim_docx_blocks(), author="Bas Kuipers", created=local_dt(2024, 3, 12, 14, 5),
           header_text="Hoekstra Transport & Logistiek B.V. - vertrouwelijk", footer_text="P&O - personeelsdossier 10482",
           title="Verslag tussentijdse evaluatie")
    one("2024-04-09 Verslag voortgangsgesprek 2.pdf", progress_2(), "Verslag voortgangsgesprek 2", author="Ingrid Post")
    one("Coachpraktijk Koers - eindrapportage M. Verhoeven.pdf", coach_report(), "Eindrapportage coachtraject",
        creator="Pages", author="Femke Dijkstra")
    one("2024-05-17 Verslag eindevaluatie.pdf", final_eval(), "Verslag eindevaluatie")
    one("Herplaatsingsonderzoek M. Verhoeven juni 2024.pdf", redeployment(), "Herplaatsingsonderzoek")
    return D
