"""Dossier 3 - Brouwer Technische Groothandel B.V. (Tilburg): one big bundled PDF.

Credit controller Linda van den Berg (in dienst since 1 March 2014). Criticism is documented
since the 2022 appraisal; a three-month plan starts in February 2024. She raises workload
repeatedly (team cut from 3 to 2 FTE), falls ill in April 2024; the occupational physician
links her complaints to work pressure and the trajectory and advises to suspend it. After her
recovery the employer does not resume the plan but holds a final evaluation after 2.5 weeks, and
the redeployment memo covers only the one company, not the group. One page (the
occupational-physician report, received by fax) is an image without a text layer.
"""
from build_sample_dossiers import KV, Bullets, Doc, Dossier, P, PdfInfo, Raw, Rule, Sig, Style, Table, local_dt

from .common import _text, ft_pages, lang, lh_logo, num, outlook_print, rh_text

NAME = "03_brouwer_groothandel"

ORANGE = (190, 75, 20)
CO = "Brouwer Technische Groothandel B.V."
CO_LINES = ["Ringbaan-Oost 230", "5013 CD Tilburg", "T 013 - 590 44 00", "www.brouwer-tg.nl",
            "een onderneming van Brouwer Groep"]
LH = lh_logo("B", "Brouwer Technische Groothandel", CO_LINES, ORANGE, sub="installatie - sanitair - elektro")
LETTER = Style(family="helvetica", size=10, ml=25, mr=22, mt=16, letterhead=LH,
               footer=ft_pages(fmt="", left="Brouwer Technische Groothandel B.V.  -  KvK 18045521  -  "
                                            "BTW NL8012.44.561.B01", size=7))
LETTER2 = LETTER.copy(footer=ft_pages(fmt="Pagina {p} van {n}", align="R", size=8,
                                      left="Brouwer Technische Groothandel B.V.  -  KvK 18045521"),
                      running_header=rh_text("Mevrouw L. van den Berg - 14 mei 2024", "", rule=False))
FORM = Style(family="helvetica", size=10, ml=20, mr=20, mt=14, leading=1.4, footer=ft_pages(fmt="Pagina {p} van {n}", align="R",
                                                                                 left="HR-F03 beoordelingsformulier  |  "
                                                                                      "Vertrouwelijk", size=7.5))
MINUTES = Style(family="helvetica", size=10, ml=25, mr=22, mt=20)
PLAN = Style(family="helvetica", size=10, ml=25, mr=22, mt=16, letterhead=LH, letterhead_repeat=True,
             footer=ft_pages(fmt="Pagina {p} van {n}", align="R", size=8, left="Verbeterplan L. van den Berg"))
MAIL = Style(family="helvetica", size=10, ml=20, mr=20, mt=15,
             footer=ft_pages(fmt="", left="", size=7))
FAX = Style(family="helvetica", size=10.5, ml=22, mr=20, mt=12)

LINDA = "Linda van den Berg"
JEROEN_MAIL = "Jeroen Aarts <j.aarts@brouwer-tg.nl>"
LINDA_MAIL = "Linda van den Berg <l.vandenberg@brouwer-tg.nl>"
MARIEKE_MAIL = "Marieke Swinkels <m.swinkels@brouwer-tg.nl>"
MAIL_SIG_J = ("Met vriendelijke groet,\n\nJeroen Aarts\nManager Finance\nBrouwer Technische Groothandel B.V.\n"
              "Ringbaan-Oost 230 | 5013 CD Tilburg\nT 013 - 590 44 21\n\nBrouwer Groep: Brouwer Technische Groothandel "
              "| Brouwer Sanitair (Breda) | Brouwer Logistiek Services (Waalwijk)")


def title_bar(text, sub=None):
    def fn(meas, st, x0, W):
        ops = [("rect", x0, 0, W, 10, ORANGE, None, 0)]
        ops += _text(meas, st, text, x0 + 3, 7, 13, "B", (255, 255, 255))
        if sub:
            ops += _text(meas, st, sub, x0, 7, 8.5, "", (255, 255, 255), align="R", width=W - 3)
        return ops, 14
    return Raw(fn)


def score_rows(rows):
    return Table([["Competentie / resultaatgebied", "Score", "Onderbouwing"]] + rows, [58, 22, 90], size=9,
                 fill=(245, 222, 205), aligns=["L", "C", "L"])


def appraisal_2022():
    iso = "2023-01-24"
    blocks = [
        title_bar("BEOORDELINGSFORMULIER", "Brouwer Groep - HR"),
        KV([("Medewerker", LINDA), ("Personeelsnummer", "20731"), ("Functie", "Medewerker debiteurenbeheer"),
            ("Afdeling", "Finance, Brouwer Technische Groothandel B.V."), ("Datum in dienst", "01-03-2014"),
            ("Geboortedatum", "22-11-1975"), ("Beoordelaar", "J. Aarts, manager finance"),
            ("Tweede beoordelaar", "M. Swinkels, HR-adviseur"),
            ("Beoordelingsperiode", "01-01-2022 tot en met 31-12-2022"), ("Datum beoordelingsgesprek", num(iso))],
           key_w=48, row_after=0, after=4),
        P("Scores: 1 onvoldoende - 2 matig - 3 voldoende - 4 goed - 5 uitstekend", size=8.5, style="I"),
        score_rows([
            ["Tijdig aanmanen volgens aanmaanprocedure (dag 7 / 21 / 35)", "2",
             "Bij controles in mei en oktober bleek dat 20 tot 30% van de vervallen facturen in portefeuille A-K niet "
             "volgens het schema was aangemaand."],
            ["Rapportage (ouderdomsanalyse werkdag 3)", "2",
             "In 2022 zes keer te laat aangeleverd (werkdag 5 of later), waardoor de maandafsluiting vertraging opliep."],
            ["Registratie disputen in AFAS", "3", "Voldoende; soms onvolledig (geen reden of contactpersoon)."],
            ["Klantcontact / telefonisch incasso", "4", "Prettig en vasthoudend in gesprekken met klanten."],
            ["Samenwerking verkoop binnendienst", "3", "Voldoende."],
            ["Kennis van systemen (AFAS, Excel)", "3", "Basis op orde; draaitabellen en filters nog lastig."],
            ["Totaal", "2,8 - matig", ""]]),
        P("Toelichting", style="B", keep=True),
        P("Linda is een gewaardeerde collega met veel klantkennis. De kern van de functie, het tijdig en volledig "
          "aanmanen en de maandelijkse rapportage, is in 2022 echter niet op het gewenste niveau geweest. Dit is in "
          "mei en oktober 2022 mondeling besproken. Wij verwachten dat Linda in 2023 de aanmaanprocedure strikt volgt "
          "en de ouderdomsanalyse uiterlijk op werkdag 3 aanlevert."),
        P("Terugblik op de afspraken uit de vorige beoordeling (2021)", style="B", keep=True),
        Table([["Afspraak", "Resultaat"],
               ["Overdracht klantportefeuille na reorganisatie verkoop binnendienst", "Gerealiseerd in maart 2022."],
               ["Aanmaanprocedure volgen, ook in vakantieperiodes", "Niet gerealiseerd: achterstanden in juli/augustus "
                                                                    "en oktober."],
               ["Inwerken nieuwe collega (Sandra Jacobs)", "Gerealiseerd in september/oktober 2022."]],
              [85, 85], size=9, fill=(245, 222, 205)),
        P("Werkplezier en werkdruk (in te vullen door medewerker)", style="B", keep=True),
        P("Ik werk hier met plezier, de sfeer op de afdeling is goed. In het najaar was het druk door het inwerken van "
          "Sandra en de jaarafsluiting bij een aantal grote klanten.", style="I"),
        P("Doelstellingen 2023", style="B", keep=True),
        Table([["Doelstelling", "Norm", "Meetmoment"],
               ["Aanmanen volgens procedure", "minimaal 95% volgens schema", "maandelijks (AFAS)"],
               ["Ouderdomsanalyse", "uiterlijk werkdag 3", "maandelijks"],
               ["DSO portefeuille A-K", "maximaal 40 dagen", "per kwartaal"]],
              [65, 60, 45], size=9, fill=(245, 222, 205)),
        P("Ontwikkelafspraken", style="B", keep=True),
        Bullets(["Linda volgt de interne Excel-training (2 dagdelen, eerste kwartaal 2023).",
                 "Maandelijks kort overleg met Jeroen over de ouderdomsanalyse.",
                 "Tussentijds functioneringsgesprek in juni 2023."]),
        P("Reactie medewerker", style="B", keep=True),
        P("Ik herken dat de rapportage soms te laat was. Dat kwam ook doordat ik in het najaar Sandra heb ingewerkt "
          "en haar klanten erbij had. Ik ga de Excel-training graag doen.", style="I"),
        Sig([["J. Aarts", f"datum {num(iso)}"], ["L. van den Berg - voor gezien", "datum 26-01-2023"]],
            squiggles=[501, 502]),
    ]
    return Doc(iso, "appraisal", "Beoordelingsformulier 2022", blocks, FORM)


def mail_2023():
    iso = "2023-03-14"
    fields = [("Van:", JEROEN_MAIL), ("Verzonden:", "dinsdag 14 maart 2023 16:42"), ("Aan:", LINDA_MAIL),
              ("Onderwerp:", "Achterstand aanmaningen klanten A-K")]
    body = [
        "Hoi Linda,",
        "Bij de controle van vandaag zag ik dat er in jouw portefeuille (klanten A-K) 63 facturen openstaan die ouder "
        "zijn dan 35 dagen en nog geen tweede aanmaning hebben gehad. Daar zitten ook Installatiebedrijf Van Gorp "
        "(EUR 28.400 open, deels al 60 dagen over de vervaldatum) en Klimaattechniek Hilvarenbeek bij. Volgens de "
        "aanmaanprocedure hadden die uiterlijk op dag 21 de tweede aanmaning moeten krijgen en op dag 35 bij mij "
        "gemeld moeten worden.",
        "We hebben dit in je beoordeling van januari ook besproken. Ik verwacht dat de achterstand uiterlijk vrijdag 17 "
        "maart is weggewerkt. Wil je me morgen laten weten hoe je dat aanpakt en of je daar hulp bij nodig hebt?",
        MAIL_SIG_J,
    ]
    return Doc(iso, "correspondence", "E-mail manager over achterstand aanmaningen",
               outlook_print("Jeroen Aarts", fields, body), MAIL)


def performance_review_2023():
    iso = "2023-06-20"
    blocks = [
        P("Brouwer Technische Groothandel B.V.  |  Finance", size=8.5, color=(110, 110, 110), after=2),
        P("Verslag functioneringsgesprek", size=14, style="B", after=2),
        KV([("Datum", f"{lang(iso, weekday=True, year=False)}"), ("Aanwezig", "Jeroen Aarts, Linda van den Berg"),
            ("Verslag", "Jeroen Aarts")], key_w=22, row_after=0, after=4),
        P("Terugblik sinds de beoordeling", style="B", keep=True),
        Bullets(["De achterstand in de aanmaningen (zie mail van 14 maart) is eind maart weggewerkt. In april en mei "
                 "is de achterstand opnieuw opgelopen tot respectievelijk 41 en 55 facturen.",
                 "De ouderdomsanalyse is in de eerste vijf maanden van 2023 twee keer op tijd aangeleverd (werkdag 3) en "
                 "drie keer te laat (werkdag 5, 6 en 4).",
                 "De Excel-training is gevolgd op 16 en 23 februari. Linda gebruikt nu filters, maar bouwt de "
                 "ouderdomsanalyse nog handmatig op.",
                 "Het telefonisch incasso gaat goed; de openstaande post bij Van Gorp is in april betaald."]),
        P("Taken en verantwoordelijkheden", style="B", keep=True),
        P("De functie omvat het bewaken van de openstaande posten, het uitvoeren van de wekelijkse aanmaanrun, het "
          "telefonisch incasso, het registreren en opvolgen van disputen met verkoop en inkoop, het beoordelen van "
          "kredietlimietaanvragen tot EUR 25.000 en de maandelijkse ouderdomsanalyse voor de maandafsluiting. Jeroen "
          "en Linda lopen de taakomschrijving samen door. Linda geeft aan dat de kredietlimietaanvragen sinds de "
          "nieuwe webshop fors zijn toegenomen (ongeveer 40 per maand, tegen 15 vorig jaar) en dat zij daar veel tijd "
          "aan kwijt is, omdat iedere aanvraag een handmatige controle bij Graydon vraagt."),
        P("Samenwerking en communicatie", style="B", keep=True),
        P("De samenwerking met de verkoop binnendienst is verbeterd sinds er een vast wekelijks overleg is over de "
          "disputen. Met de controller (Koen Smulders) is de samenwerking goed. Jeroen merkt op dat Linda achterstanden "
          "niet uit zichzelf meldt, maar dat hij ze zelf bij controles ontdekt. Hij vraagt haar om voortaan op "
          "vrijdag te melden als de aanmaanrun niet volledig is uitgevoerd, zodat hij kan bijsturen. Linda zegt dat "
          "zij dat lastig vindt, omdat zij het gevoel heeft dat het dan weer 'tegen haar' wordt gebruikt; Jeroen "
          "benadrukt dat het hem gaat om tijdig kunnen ingrijpen."),
        P("Inbreng Linda", style="B", keep=True),
        P("Linda geeft aan dat sinds het vertrek van Sandra Jacobs op 1 mei 2023 de klanten L-R aan haar zijn "
          "toegevoegd. Zij beheert nu ongeveer 260 debiteuren in plaats van 170. Zij werkt daardoor regelmatig over en "
          "heeft het gevoel dat zij 'achter de feiten aanloopt'. Zij vraagt of de vacature van Sandra wordt ingevuld. "
          "Jeroen antwoordt dat de formatie van de afdeling in het derde kwartaal opnieuw wordt bekeken, in verband "
          "met de automatisering van de aanmaningen via de nieuwe AFAS-module. Tot die tijd blijft de verdeling zoals "
          "die is. Linda zegt dat zij begrip heeft voor de situatie, maar dat zij bang is dat het zo niet houdbaar is."),
        P("Ontwikkeling", style="B", keep=True),
        P("Linda wil zich verder bekwamen in AFAS en heeft interesse in de module voor geautomatiseerd aanmanen die in "
          "het najaar wordt ingevoerd. Jeroen vindt dat een goed idee en wil haar als key-user laten meedraaien, mits "
          "de basis van de huidige werkzaamheden op orde is."),
        P("Verwachtingen", style="B", keep=True),
        P("Jeroen maakt duidelijk dat de aanmaanprocedure en de deadline voor de ouderdomsanalyse voor iedereen "
          "gelden en dat de achterstanden een direct effect hebben op de liquiditeit: de DSO van haar portefeuille "
          "is gestegen van 38 naar 44 dagen. Als dit in de tweede helft van 2023 niet verbetert, komt het terug in "
          "de jaarbeoordeling."),
        P("Actiepunten", style="B", keep=True),
        Table([["Actie", "Wie", "Wanneer"],
               ["Achterstand aanmaningen > 21 dagen wegwerken", "Linda", "7 juli 2023"],
               ["Template ouderdomsanalyse automatiseren met hulp van controller", "Linda / Koen", "1 september 2023"],
               ["Formatie debiteurenbeheer beoordelen", "Jeroen", "Q3 2023"],
               ["Volgend gesprek (jaarbeoordeling)", "Jeroen / Linda", "januari 2024"]],
              [95, 35, 33], size=9, fill=(235, 235, 235)),
        P("Akkoord verslag:", size=9, after=0),
        Sig([["J. Aarts"], ["L. van den Berg"]], squiggles=[501, 502], gap=12),
    ]
    return Doc(iso, "meeting_report", "Verslag functioneringsgesprek", blocks, MINUTES, subtype="performance_review")


def appraisal_2023():
    iso = "2024-01-23"
    blocks = [
        title_bar("BEOORDELINGSFORMULIER", "Brouwer Groep - HR"),
        KV([("Medewerker", LINDA), ("Personeelsnummer", "20731"), ("Functie", "Medewerker debiteurenbeheer"),
            ("Afdeling", "Finance, Brouwer Technische Groothandel B.V."), ("Datum in dienst", "01-03-2014"),
            ("Geboortedatum", "22-11-1975"), ("Beoordelaar", "J. Aarts, manager finance"),
            ("Tweede beoordelaar", "M. Swinkels, HR-adviseur"),
            ("Beoordelingsperiode", "01-01-2023 tot en met 31-12-2023"), ("Datum beoordelingsgesprek", num(iso))],
           key_w=48, row_after=0, after=4),
        P("Scores: 1 onvoldoende - 2 matig - 3 voldoende - 4 goed - 5 uitstekend", size=8.5, style="I"),
        score_rows([
            ["Tijdig aanmanen volgens aanmaanprocedure (dag 7 / 21 / 35)", "1",
             "Gemiddeld 68% van de vervallen facturen volgens schema aangemaand (norm 95%). Achterstanden in april, "
             "mei, september en november."],
            ["Rapportage (ouderdomsanalyse werkdag 3)", "1", "In 2023 acht van de twaalf keer te laat aangeleverd."],
            ["Debiteurenpositie (DSO portefeuille)", "2", "Gestegen van 38 dagen (begin 2023) naar 47 dagen (december)."],
            ["Registratie disputen in AFAS", "2", "Regelmatig pas na een week of na navraag geregistreerd."],
            ["Klantcontact / telefonisch incasso", "4", "Goed."],
            ["Samenwerking", "3", "Voldoende."],
            ["Totaal", "2,2 - onvoldoende", ""]]),
        P("Toelichting", style="B", keep=True),
        P("Ondanks de afspraken uit de beoordeling over 2022, de mail van 14 maart 2023 en het functioneringsgesprek "
          "van 20 juni 2023 is het functioneren op de kerntaken verder achteruitgegaan. Wij zullen daarom in februari "
          "2024 een formeel verbetertraject met Linda starten. **Als het functioneren daarna niet voldoende verbetert, "
          "kan dit uiteindelijk leiden tot beëindiging van het dienstverband.**"),
        P("Terugblik op de doelstellingen 2023", style="B", keep=True),
        Table([["Doelstelling", "Norm", "Realisatie 2023"],
               ["Aanmanen volgens procedure", "minimaal 95%", "gemiddeld 68%; beste maand maart (88%)"],
               ["Ouderdomsanalyse", "uiterlijk werkdag 3", "4 van 12 keer op tijd"],
               ["DSO portefeuille", "maximaal 40 dagen", "47 dagen in december"]],
              [60, 45, 65], size=9, fill=(245, 222, 205)),
        P("Werkplezier en werkdruk (in te vullen door medewerker)", style="B", keep=True),
        P("Sinds het vertrek van Sandra in mei doe ik haar klanten (L-R) erbij. Ik werk bijna elke week over en heb "
          "geen tijd om dingen goed af te ronden. Ik heb dit in juni aangegeven en er is niets veranderd.", style="I"),
        P("Reactie medewerker", style="B", keep=True),
        P("Ik ben het niet eens met de score onvoldoende. Sinds mei doe ik het werk van twee mensen. De formatie zou "
          "in het derde kwartaal worden bekeken, maar daar heb ik niets meer over gehoord. Ik wil graag meewerken aan "
          "een traject, maar dan moet er ook naar de werkdruk gekeken worden.", style="I"),
        Sig([["J. Aarts", f"datum {num(iso)}"], ["L. van den Berg - voor gezien", "datum 25-01-2024"]],
            squiggles=[501, 502]),
    ]
    return Doc(iso, "appraisal", "Beoordelingsformulier 2023", blocks, FORM)


def invitation():
    iso = "2024-02-01"
    blocks = [
        P("Persoonlijk / vertrouwelijk", size=8.5, style="I", after=1),
        P("Mevrouw L. van den Berg\nMeidoornstraat 17\n5042 RK  Tilburg", after=10),
        P(f"Tilburg, {lang(iso)}", after=2),
        P("Kenmerk: HR/MS/24-031", size=8.5, after=7),
        P("Onderwerp: uitnodiging gesprek verbetertraject", style="B", after=5),
        P("Beste Linda,"),
        P("In je beoordeling over 2023, die wij op 23 januari 2024 met je hebben besproken, hebben wij aangekondigd dat "
          "wij een formeel verbetertraject met je willen starten. Wij nodigen je uit voor een gesprek om dit traject "
          "te bespreken en de afspraken vast te leggen op:"),
        KV([("Datum", "donderdag 8 februari 2024"), ("Tijd", "14.00 uur"), ("Plaats", "vergaderruimte De Kempen, "
                                                                                  "Ringbaan-Oost 230")],
           key_w=22, indent=10, row_after=0, after=4),
        P("Bij het gesprek zijn Jeroen Aarts en ondergetekende aanwezig. Wij sturen je vooraf een concept van het "
          "verbeterplan, zodat je je kunt voorbereiden. Je mag iemand meenemen, bijvoorbeeld een collega of een "
          "vertrouwenspersoon."),
        P("Mocht je verhinderd zijn, laat het mij dan zo snel mogelijk weten."),
        P("Met vriendelijke groet,", after=0),
        Sig([["Marieke Swinkels", "HR-adviseur"]], squiggles=[511], gap=13, line=False),
    ]
    return Doc(iso, "correspondence", "Uitnodiging gesprek verbetertraject", blocks, LETTER)


def plan():
    iso = "2024-02-08"
    blocks = [
        P("Verbeterplan", size=15, style="B", color=ORANGE, after=3),
        KV([("Medewerker", "Linda van den Berg, medewerker debiteurenbeheer"),
            ("Leidinggevende", "Jeroen Aarts, manager finance"), ("HR", "Marieke Swinkels"),
            ("Datum", lang(iso)), ("Looptijd", "12 februari 2024 tot en met 10 mei 2024 (13 weken)")],
           key_w=32, row_after=0, after=4),
        P("1. Aanleiding", style="B", keep=True),
        P("Het functioneren van Linda op de kerntaken van haar functie is in de beoordelingen over 2022 (matig) en 2023 "
          "(onvoldoende), in de mail van 14 maart 2023 en in het functioneringsgesprek van 20 juni 2023 besproken. Met "
          "dit plan krijgt Linda de gelegenheid om te laten zien dat zij haar functie op het vereiste niveau kan "
          "uitoefenen."),
        P("2. Doelen", style="B", keep=True),
        Table([["Doel", "Norm", "Meting"],
               ["Aanmanen volgens procedure", "95% van de vervallen facturen volgens schema (dag 7/21/35)",
                "AFAS-rapport 'aanmaanhistorie', wekelijks"],
               ["Ouderdomsanalyse", "elke maand uiterlijk op werkdag 3 bij de manager finance",
                "datum aanlevering"],
               ["DSO portefeuille", "uiterlijk eind april 2024 maximaal 42 dagen", "maandrapportage controller"],
               ["Disputen", "binnen 1 werkdag geregistreerd met reden en contactpersoon", "steekproef 10 per week"]],
              [38, 70, 55], size=9, fill=(245, 222, 205)),
        P("Toelichting op de doelen", style="B", keep=True),
        P("**Aanmanen.** De aanmaanprocedure schrijft een eerste herinnering voor op dag 7 na de vervaldatum, een "
          "tweede aanmaning op dag 21 en een melding aan de manager finance op dag 35, waarna de klant op 'stop "
          "levering' wordt gezet. De norm van 95% is dezelfde als voor de collega in portefeuille S-Z en geldt per "
          "kalendermaand. Facturen waarvoor een geregistreerd dispuut loopt, tellen niet mee."),
        P("**Ouderdomsanalyse.** De ouderdomsanalyse is nodig voor de maandafsluiting en de rapportage aan de "
          "bank. Werkdag 3 betekent de derde werkdag van de nieuwe maand, 12.00 uur."),
        P("**DSO.** De DSO wordt berekend door de controller op basis van de omzet van de laatste drie maanden. Een "
          "daling van 47 naar 42 dagen wordt haalbaar geacht als de aanmaanprocedure consequent wordt gevolgd."),
        P("**Disputen.** Een dispuut wordt geregistreerd in AFAS met reden, bedrag, contactpersoon bij de klant en "
          "de interne eigenaar (verkoop of inkoop)."),
        P("3. Ondersteuning", style="B", keep=True),
        Bullets(["Training 'AFAS Debiteurenbeheer gevorderd' (1 dag, 7 maart 2024, AFAS Leusden).",
                 "Wekelijks een half uur overleg met Jeroen over de voortgang (maandagochtend).",
                 "Koen Smulders (controller) helpt bij het automatiseren van de ouderdomsanalyse."]),
        P("4. Evaluatie", style="B", keep=True),
        P("Voortgangsgesprekken op 11 maart en 8 april 2024; eindevaluatie op vrijdag 10 mei 2024. Van ieder gesprek "
          "wordt een verslag gemaakt."),
        P("5. Gevolgen", style="B", keep=True),
        P("Als de doelen aan het einde van de looptijd niet zijn behaald, zullen wij onderzoeken of er een andere "
          "passende functie voor Linda is. Als dat niet zo is, zullen wij de kantonrechter verzoeken de "
          "arbeidsovereenkomst te ontbinden wegens disfunctioneren."),
        Sig([["J. Aarts", "08-02-2024"], ["M. Swinkels", "08-02-2024"], ["L. van den Berg - voor gezien",
                                                                            "08-02-2024"]], squiggles=[501, 511, 502]),
    ]
    return Doc(iso, "improvement_plan", "Verbeterplan", blocks, PLAN)


def start_meeting():
    iso = "2024-02-08"
    blocks = [
        P("Brouwer Technische Groothandel B.V.  |  Finance", size=8.5, color=(110, 110, 110), after=2),
        P("Verslag startgesprek verbetertraject", size=14, style="B", after=2),
        KV([("Datum", f"{num(iso, pad=False)}, 14.00 uur"),
            ("Aanwezig", "Jeroen Aarts, Marieke Swinkels (verslag), Linda van den Berg")],
           key_w=22, row_after=0, after=4),
        Bullets(["Marieke licht de aanleiding toe: de beoordelingen over 2022 en 2023, de mail van maart 2023 en het "
                 "functioneringsgesprek van juni 2023.",
                 "Jeroen bespreekt de vier doelen van het verbeterplan en de manier van meten. Linda stelt vragen over "
                 "de DSO-norm; Jeroen legt uit dat 42 dagen het gemiddelde van de afdeling in 2022 was.",
                 "Linda zegt dat zij bereid is mee te werken, maar dat de doelen met haar huidige portefeuille van "
                 "ongeveer 260 debiteuren niet haalbaar zijn. Sinds mei 2023 is de afdeling van 3 naar 2 fte gegaan. "
                 "Zij vraagt om tijdelijke hulp of een kleinere portefeuille tijdens het traject.",
                 "Jeroen neemt dit mee. De automatisering van de aanmaningen in AFAS zou moeten helpen; die staat "
                 "gepland voor het tweede kwartaal.",
                 "Marieke benoemt de gevolgen als het traject niet slaagt (paragraaf 5 van het plan). Linda begrijpt "
                 "dit."]),
        P("Actiepunten", style="B", keep=True),
        Bullets(["Linda tekent het plan voor gezien (gedaan).",
                 "Verzoek om tijdelijke hulp wordt bekeken.",
                 "Eerste voortgangsgesprek maandag 11 maart 2024."]),
    ]
    return Doc(iso, "meeting_report", "Verslag startgesprek verbetertraject", blocks, MINUTES, subtype="start")


def progress():
    iso = "2024-03-11"
    blocks = [
        P("Brouwer Technische Groothandel B.V.  |  Finance", size=8.5, color=(110, 110, 110), after=2),
        P("Voortgangsgesprek verbetertraject L. van den Berg (1)", size=13, style="B", after=2),
        KV([("Datum", f"maandag {num(iso)}"), ("Aanwezig", "Jeroen Aarts, Linda van den Berg"),
            ("Verslag", "Jeroen Aarts")], key_w=22, row_after=0, after=4),
        P("Resultaten februari", style="B", keep=True),
        Table([["Doel", "Norm", "Februari", "Beoordeling"],
               ["Aanmanen volgens procedure", "95%", "82%", "verbeterd (januari 66%), nog onvoldoende"],
               ["Ouderdomsanalyse", "werkdag 3", "werkdag 4 (5 maart)", "net te laat"],
               ["DSO portefeuille", "max. 42 dagen eind april", "46 dagen", "licht gedaald"],
               ["Disputen", "binnen 1 werkdag", "8 van 10 in orde", "bijna"]],
              [46, 36, 34, 47], size=9, fill=(235, 235, 235)),
        P("Bespreking", style="B", keep=True),
        P("Jeroen ziet een duidelijke inzet en een verbetering ten opzichte van januari, vooral bij het aanmanen. De "
          "ouderdomsanalyse was één werkdag te laat, omdat Linda de cijfers van de nieuwe klanten uit regio L-R nog "
          "handmatig moest controleren. Koen Smulders heeft het template voor de ouderdomsanalyse nog niet "
          "geautomatiseerd; hij verwacht dit eind maart af te ronden. De training 'AFAS Debiteurenbeheer gevorderd' is "
          "op 7 maart gevolgd; Linda vond die nuttig, vooral de selecties voor de aanmaanrun."),
        P("Linda geeft aan dat zij de verbetering vooral haalt door 's avonds door te werken. Zij maakt volgens haar "
          "eigen registratie zes tot acht overuren per week en zegt dat zij dat niet lang volhoudt. Zij vraagt opnieuw "
          "om tijdelijke ondersteuning, bijvoorbeeld een uitzendkracht voor het telefonisch incasso. Jeroen zegt dat "
          "hij het verzoek aan de directie heeft voorgelegd en dat hij daar nog geen antwoord op heeft. Hij vraagt "
          "Linda om geen overuren meer te maken zonder overleg."),
        P("Per doel", style="B", keep=True),
        P("**Aanmanen.** In de eerste twee weken van februari liep de aanmaanrun nog achter door de achterstand uit "
          "januari; vanaf week 8 is de run elke dinsdag volledig uitgevoerd. De resterende achterstand zit vooral bij "
          "klanten uit de overgenomen portefeuille L-R, waarvan de contactgegevens niet actueel zijn."),
        P("**Ouderdomsanalyse.** Aangeleverd op dinsdag 5 maart om 10.30 uur (werkdag 4). Linda heeft de cijfers "
          "voor de nieuwe klanten handmatig gecontroleerd omdat de koppeling met de verkooporders niet klopte."),
        P("**DSO.** Gedaald van 47 naar 46 dagen. Jeroen verwacht dat het effect van de betere aanmaanrun in maart "
          "en april zichtbaar wordt."),
        P("**Disputen.** In de steekproef waren 8 van de 10 disputen binnen een werkdag geregistreerd; bij twee "
          "ontbrak de contactpersoon bij de klant."),
        P("Actiepunten", style="B", keep=True),
        Bullets(["Koen rondt het template ouderdomsanalyse af vóór 29 maart.",
                 "Jeroen koppelt het antwoord van de directie over tijdelijke hulp terug.",
                 "Volgend voortgangsgesprek: maandag 8 april 2024."]),
        Sig([["J. Aarts"], ["L. van den Berg - voor gezien"]], squiggles=[501, 502], gap=12),
    ]
    return Doc(iso, "meeting_report", "Verslag voortgangsgesprek 1", blocks, MINUTES, subtype="progress")


def mail_workload():
    iso = "2024-04-03"
    fields = [("Van:", LINDA_MAIL), ("Verzonden:", "woensdag 3 april 2024 22:48"), ("Aan:", JEROEN_MAIL),
              ("CC:", MARIEKE_MAIL), ("Onderwerp:", "Werkdruk en verbetertraject")]
    body = [
        "Beste Jeroen,",
        "Ik stuur je deze mail omdat ik het gevoel heb dat ik in de gesprekken niet goed overkom. Ik loop op mijn "
        "tenen. Ik heb in februari en maart gemiddeld zeven uur per week overgewerkt om de doelen uit het plan te "
        "halen, en het lukt nog steeds niet helemaal. Ik heb in de beoordeling, in het startgesprek en op 11 maart "
        "gevraagd om hulp of een kleinere portefeuille, maar daar is nog niets mee gebeurd. De vacature van Sandra "
        "is na bijna een jaar nog steeds niet ingevuld en de automatisering van de aanmaningen is uitgesteld naar "
        "het najaar.",
        "Ik slaap slecht en merk dat ik dingen vergeet die ik vroeger nooit vergat. Ik wil dit traject echt goed "
        "afronden, maar ik weet niet hoe lang ik dit nog volhoud. Kunnen we deze week nog praten over hoe het werk "
        "verdeeld kan worden?",
        "Groet,\nLinda",
    ]
    return Doc(iso, "employee_response", "E-mail werknemer over werkdruk", outlook_print("Jeroen Aarts", fields, body),
               MAIL)


def mail_sick():
    iso = "2024-04-09"
    fields = [("Van:", JEROEN_MAIL), ("Verzonden:", "dinsdag 9 april 2024 08:52"), ("Aan:", MARIEKE_MAIL),
              ("Onderwerp:", "Ziekmelding Linda van den Berg")]
    body = [
        "Hoi Marieke,",
        "Linda heeft zich vanochtend om 7.50 uur telefonisch bij mij ziek gemeld. Ze zegt dat ze overspannen is en dat "
        "de huisarts haar rust heeft voorgeschreven. Ze weet niet hoe lang het gaat duren. Ik heb haar ziekmelding in "
        "het verzuimsysteem gezet (eerste ziektedag 9 april).",
        "Kun jij de arbodienst inschakelen? En wat betekent dit voor het verbetertraject? Het voortgangsgesprek van "
        "gisteren heb ik verzet omdat zij om 11 uur naar huis ging. Volgens mij is dit geen toeval, nu het traject "
        "spannend wordt.",
        MAIL_SIG_J,
    ]
    return Doc(iso, "medical", "Ziekmelding (e-mail manager aan HR)", outlook_print("Marieke Swinkels", fields, body),
               MAIL, subtype="sick_report")


def physician_fax():
    iso = "2024-05-07"
    def fax_head(meas, st, x0, W):
        ops = _text(meas, st, "07-MEI-2024  16:12   VAN: ARBOZORG BRABANT  +31 76 520 18 00", x0, 3, 8, "", (0, 0, 0))
        ops += _text(meas, st, "AAN: 013 590 44 09   P.01/01", x0, 3, 8, "", (0, 0, 0), align="R", width=W)
        return ops, 8
    blocks = [
        Raw(fax_head),
        P("ArboZorg Brabant", size=16, style="B", align="C", after=0),
        P("arbodienstverlening  -  Ginnekenweg 40, 4818 JD Breda", size=8.5, align="C", after=2),
        Rule(lw=0.4, after=4),
        P("TERUGKOPPELING AAN WERKGEVER - PROBLEEMANALYSE", size=11.5, style="B", after=3),
        KV([("Werkgever", "Brouwer Technische Groothandel B.V., t.a.v. mw. M. Swinkels"),
            ("Werknemer", "mw. L. van den Berg, geb. 22-11-1975"),
            ("Functie", "medewerker debiteurenbeheer"),
            ("Eerste verzuimdag", "9 april 2024"),
            ("Datum spreekuur", "7 mei 2024")], key_w=38, row_after=0, after=4, size=9.5),
        P("**Arbeidsongeschiktheid.** Werkneemster is op dit moment arbeidsongeschikt voor haar eigen werk.", size=9.5),
        P("**Beperkingen.** Beperkt in het omgaan met tijdsdruk en deadlines en in het verdelen van de aandacht over "
          "meerdere taken tegelijk. Geen beperkingen voor fysieke belasting.", size=9.5),
        P("**Oorzaak (zonder medische gegevens).** Er is sprake van gezondheidsklachten die naar mijn oordeel in "
          "belangrijke mate samenhangen met de ervaren werkdruk en de werksituatie, waaronder het lopende "
          "verbetertraject. Ik zie geen aanwijzingen voor een oorzaak buiten het werk.", size=9.5),
        P("**Advies.** 1. Schort het verbetertraject op tot werkneemster volledig hersteld is en geef daarna voldoende "
          "tijd. 2. Ga met werkneemster in gesprek over de taakbelasting en de bezetting van de afdeling. 3. "
          "Re-integratie: start vanaf 21 mei 2024 met 2 x 3 uur per week met ondersteunende taken zonder deadlines, "
          "daarna opbouw in overleg.", size=9.5),
        P("**Prognose.** Volledig herstel wordt verwacht binnen 8 tot 12 weken. Volgend spreekuur: 4 juni 2024.",
          size=9.5),
        P("Een plan van aanpak volgens de Wet verbetering poortwachter dient uiterlijk in week 8 te worden opgesteld.",
          size=9.5),
        Sig([["R.M. Hendriks, bedrijfsarts", "BIG 19054372101"]], squiggles=[521], gap=12, line=False),
    ]
    return Doc(iso, "medical", "Terugkoppeling bedrijfsarts (probleemanalyse)", blocks, FAX,
               subtype="occupational_physician", scan="fax", seed=33, angle=0.7)


def suspension_letter():
    iso = "2024-05-14"
    blocks = [
        P("Persoonlijk / vertrouwelijk", size=8.5, style="I", after=1),
        P("Mevrouw L. van den Berg\nMeidoornstraat 17\n5042 RK  Tilburg", after=10),
        P(f"Tilburg, {lang(iso)}", after=2),
        P("Kenmerk: HR/MS/24-088", size=8.5, after=7),
        P("Onderwerp: opschorting verbetertraject", style="B", after=5),
        P("Beste Linda,"),
        P("Op 7 mei 2024 heb je het spreekuur van de bedrijfsarts van ArboZorg Brabant bezocht. In zijn terugkoppeling "
          "adviseert de bedrijfsarts om het verbetertraject dat op 12 februari 2024 is gestart op te schorten tot je "
          "volledig hersteld bent. Wij volgen dat advies. Met deze brief bevestigen wij wat dat voor je betekent."),
        P("Het verbetertraject is opgeschort met ingang van 9 april 2024, je eerste ziektedag. Op dat moment was het "
          "traject acht van de dertien weken onderweg. Tijdens je ziekte worden er geen voortgangsgesprekken gevoerd "
          "en worden je resultaten niet meegenomen in de beoordeling van het traject. Na je volledige herstel zullen "
          "wij het traject hervatten voor de resterende looptijd van circa vijf weken, zodat je alsnog de volledige "
          "gelegenheid krijgt om te laten zien dat je de doelen kunt halen. Wij zullen de nieuwe data van de "
          "voortgangsgesprekken en de eindevaluatie dan schriftelijk aan je bevestigen."),
        P("De bedrijfsarts adviseert daarnaast om met je in gesprek te gaan over de taakbelasting en de bezetting van "
          "de afdeling. Wij hebben dit advies ter kennisgeving aangenomen. Wij wijzen erop dat de doelen in het "
          "verbeterplan gebaseerd zijn op de normen die binnen de afdeling voor iedereen gelden."),
        P("Over je re-integratie heb je contact met Jeroen Aarts. Zoals de bedrijfsarts adviseert, start je vanaf 21 "
          "mei 2024 met twee keer drie uur per week met ondersteunende werkzaamheden zonder deadlines. Jeroen stemt "
          "de werkzaamheden met je af. Het plan van aanpak in het kader van de Wet verbetering poortwachter stellen we "
          "samen met je op na het volgende spreekuur bij de bedrijfsarts op 4 juni 2024."),
        P("Tijdens je ziekte gelden de afspraken uit het verzuimreglement van Brouwer Groep. Dat betekent onder meer "
          "dat je bereikbaar bent voor je leidinggevende en de arbodienst, dat je een adreswijziging of verblijf in "
          "het buitenland vooraf meldt en dat je meewerkt aan de adviezen van de bedrijfsarts. Je loon wordt tijdens "
          "ziekte doorbetaald volgens de cao voor de technische groothandel. Het verzuimreglement is als bijlage bij "
          "deze brief gevoegd."),
        P("Wij begrijpen dat deze periode zwaar voor je is. Als je behoefte hebt aan een gesprek met de "
          "vertrouwenspersoon of met iemand anders dan je leidinggevende, kun je contact opnemen met mij of met de "
          "externe vertrouwenspersoon, mevrouw drs. A. de Kort (telefoon 013 - 744 20 10)."),
        P("Wij wensen je een voorspoedig herstel. Heb je vragen over deze brief, neem dan contact met mij op."),
        P("Met vriendelijke groet,\nBrouwer Technische Groothandel B.V.", after=0),
        Sig([["Marieke Swinkels", "HR-adviseur"]], squiggles=[511], gap=13, line=False),
        P("c.c. J. Aarts, manager finance; personeelsdossier", size=8.5),
    ]
    return Doc(iso, "correspondence", "Brief opschorting verbetertraject", blocks, LETTER2)


def mail_recovery():
    iso = "2024-08-19"
    fields = [("Van:", MARIEKE_MAIL), ("Verzonden:", "maandag 19 augustus 2024 11:05"), ("Aan:", JEROEN_MAIL),
              ("Onderwerp:", "Hersteldmelding L. van den Berg")]
    body = [
        "Hoi Jeroen,",
        "Ter info: Linda is vandaag, maandag 19 augustus 2024, volledig hersteld gemeld. Zij heeft sinds 21 mei haar "
        "uren opgebouwd en werkt sinds 29 juli weer haar volledige contracturen. Ik heb de hersteldmelding in het "
        "verzuimsysteem verwerkt en de arbodienst geïnformeerd.",
        "De bedrijfsarts heeft haar op 13 augustus nog gezien. Volgens zijn terugkoppeling zijn er geen beperkingen "
        "meer. Hij adviseert om aandacht te houden voor de werkdruk en het verbetertraject geleidelijk te hervatten.",
        "Zullen we donderdag even afstemmen hoe we verder gaan met het traject?",
        "Groet,\n\nMarieke Swinkels\nHR-adviseur | Brouwer Groep\nT 013 - 590 44 09",
    ]
    return Doc(iso, "medical", "Hersteldmelding (e-mail HR)", outlook_print("Jeroen Aarts", fields, body), MAIL,
               subtype="recovery")


def final_eval():
    iso = "2024-09-05"
    blocks = [
        P("Brouwer Technische Groothandel B.V.  |  Finance", size=8.5, color=(110, 110, 110), after=2),
        P("Verslag eindevaluatie verbetertraject", size=14, style="B", after=2),
        KV([("Datum", lang(iso, weekday=True) + ", 10.00 - 11.30 uur"),
            ("Aanwezig", "Jeroen Aarts (manager finance), Marieke Swinkels (HR-adviseur, verslag), Linda van den Berg"),
            ("Betreft", "verbeterplan van 8 februari 2024, looptijd oorspronkelijk 12 februari t/m 10 mei 2024")],
           key_w=22, row_after=0.3, after=4),
        P("1. Aanleiding van dit gesprek", style="B", keep=True),
        P("Het verbetertraject is op 9 april 2024 opgeschort, omdat Linda zich ziek heeft gemeld. Linda is op 19 "
          "augustus 2024 volledig hersteld gemeld. Na overleg tussen Jeroen en Marieke is besloten het traject niet "
          "opnieuw voor de resterende looptijd te hervatten, maar nu de eindevaluatie te houden. Reden daarvoor is dat "
          "de problemen in het functioneren al sinds 2022 bekend zijn en dat Linda voor haar ziekte acht weken de "
          "gelegenheid heeft gehad om te verbeteren. Marieke licht dit aan het begin van het gesprek toe."),
        P("2. Resultaten", style="B", keep=True),
        P("Jeroen bespreekt de resultaten over de periode van 12 februari tot 9 april 2024 en over de eerste twee "
          "weken na de volledige werkhervatting (19 tot en met 30 augustus 2024). In februari werd 82% en in maart "
          "85% van de vervallen facturen volgens de aanmaanprocedure aangemaand; de norm is 95%. De ouderdomsanalyse "
          "werd in februari op werkdag 4 en in maart op werkdag 3 aangeleverd. De DSO van haar portefeuille daalde "
          "van 47 naar 45 dagen, maar bleef boven de norm van 42 dagen. In de twee weken na haar herstel is de "
          "aanmaanrun van 26 augustus niet volledig uitgevoerd: 34 facturen kregen geen tweede aanmaning. De "
          "ouderdomsanalyse over augustus werd op werkdag 4 (5 september, vanochtend) aangeleverd."),
        Table([["Doel", "Norm", "Februari", "Maart", "19-30 aug.", "Behaald?"],
               ["Aanmanen volgens procedure", "95%", "82%", "85%", "ca. 70%", "nee"],
               ["Ouderdomsanalyse", "werkdag 3", "werkdag 4", "werkdag 3", "werkdag 4", "nee"],
               ["DSO portefeuille", "max. 42", "46", "45", "48", "nee"],
               ["Disputen binnen 1 werkdag", "100%", "80%", "90%", "niet gemeten", "nee"]],
              [44, 22, 22, 22, 24, 24], size=9, fill=(235, 235, 235), aligns=["L", "C", "C", "C", "C", "C"]),
        P("Jeroen concludeert dat er op onderdelen verbetering zichtbaar was, maar dat geen van de doelen volledig is "
          "behaald en dat het niveau na de terugkeer weer is teruggevallen. Het verbetertraject is daarmee naar het "
          "oordeel van Brouwer niet geslaagd."),
        P("3. Ondersteuning tijdens het traject", style="B", keep=True),
        P("Marieke loopt de afgesproken ondersteuning na. De training 'AFAS Debiteurenbeheer gevorderd' is op 7 maart "
          "2024 gevolgd. Het wekelijkse overleg op maandagochtend heeft in de acht weken voor de ziekmelding vijf keer "
          "plaatsgevonden; drie keer is het vervallen vanwege afwezigheid van Jeroen (vakantie en de jaarrekening). Het "
          "geautomatiseerde template voor de ouderdomsanalyse is door Koen Smulders op 2 april 2024 opgeleverd, een "
          "week voor de ziekmelding, zodat Linda er binnen het traject slechts één keer mee heeft kunnen werken. Het "
          "verzoek om tijdelijke ondersteuning bij het telefonisch incasso is door de directie niet gehonoreerd; Linda "
          "heeft dat op 4 april mondeling van Jeroen gehoord."),
        P("Tijdens de re-integratie (21 mei tot en met 16 augustus) heeft Linda op advies van de bedrijfsarts "
          "ondersteunende werkzaamheden zonder deadlines gedaan, zoals het opschonen van debiteurenstamgegevens en "
          "het beantwoorden van vragen van klanten over facturen. Zij heeft in die periode geen aanmaanruns en geen "
          "ouderdomsanalyses gedaan. Die taken zijn door Jeroen zelf en door de collega van portefeuille S-Z "
          "waargenomen voor zover de tijd dat toeliet."),
        P("4. Reactie van Linda", style="B", keep=True),
        P("Linda is het niet eens met de gang van zaken. Zij wijst op de brief van 14 mei 2024, waarin staat dat het "
          "traject na haar herstel wordt hervat voor de resterende looptijd van circa vijf weken en dat de nieuwe data "
          "schriftelijk zouden worden bevestigd. Zij is pas tweeënhalve week volledig aan het werk, waarvan zij de "
          "eerste week vooral bezig was met de achterstand die tijdens haar afwezigheid was ontstaan, omdat haar werk "
          "in die periode door niemand is overgenomen. Zij wijst erop dat de bedrijfsarts heeft geadviseerd om met "
          "haar te praten over de taakbelasting en de bezetting, en dat dit gesprek nooit heeft plaatsgevonden. De "
          "afdeling bestaat nog steeds uit twee fte en zij beheert nog steeds ongeveer 260 debiteuren. Zij vraagt "
          "om het traject alsnog volgens de brief te hervatten, met een reële portefeuille."),
        P("Linda licht verder toe dat de cijfers over augustus volgens haar geen beeld geven van wat zij kan. Tijdens "
          "haar ziekte zijn de aanmaanruns van mei, juni en juli grotendeels blijven liggen en zijn er ruim 140 "
          "facturen in portefeuille A-R zonder tweede aanmaning gebleven. Die heeft zij in haar eerste week eerst "
          "moeten wegwerken voordat zij aan de lopende aanmaanrun kon beginnen. Ook is de ouderdomsanalyse over "
          "augustus volgens haar maar een paar uur te laat, omdat zij woensdag door Jeroen werd gevraagd eerst de "
          "kredietaanvragen van de nieuwe webshopklanten af te handelen. Zij vraagt waarom zij daarop wordt "
          "afgerekend terwijl de prioriteit door haar leidinggevende werd bepaald."),
        P("Marieke antwoordt dat Brouwer begrip heeft voor haar standpunt, maar dat het traject lang genoeg heeft "
          "geduurd en dat de normen voor alle medewerkers gelden. Over de werkdruk zegt Jeroen dat de automatisering "
          "van de aanmaningen in het vierde kwartaal wordt ingevoerd en dat de werkdruk daarna zal afnemen. Linda "
          "merkt op dat dit al sinds juni 2023 wordt gezegd."),
        P("5. Vervolg", style="B", keep=True),
        P("Marieke deelt mee dat Brouwer zal onderzoeken of er een andere passende functie voor Linda is. Als dat "
          "niet het geval is, zal Brouwer de kantonrechter verzoeken de arbeidsovereenkomst te ontbinden. Zij biedt "
          "Linda de mogelijkheid om in plaats daarvan in overleg uit elkaar te gaan; een voorstel voor een "
          "vaststellingsovereenkomst volgt. Linda zegt dat zij hierover eerst juridisch advies wil inwinnen. Zij "
          "tekent het verslag alleen voor gezien en kondigt een schriftelijke reactie aan."),
        P("6. Afspraken", style="B", keep=True),
        Bullets(["Marieke rondt het herplaatsingsonderzoek af vóór 13 september 2024.",
                 "Linda reageert schriftelijk op dit verslag binnen twee weken, uiterlijk 19 september 2024.",
                 "Tot die tijd werkt Linda volgens haar normale rooster."]),
        Sig([["J. Aarts", "05-09-2024"], ["M. Swinkels", "05-09-2024"], ["L. van den Berg", "alleen voor gezien",
                                                                           "05-09-2024"]], squiggles=[501, 511, 502]),
    ]
    return Doc(iso, "meeting_report", "Verslag eindevaluatie verbetertraject", blocks,
               MINUTES.copy(size=10.5, leading=1.42), subtype="final_evaluation")


def redeployment_memo():
    iso = "2024-09-12"
    blocks = [
        P("Memo", size=13, style="B", after=3),
        KV([("Aan", "personeelsdossier L. van den Berg"), ("Van", "M. Swinkels, HR"), ("Datum", num(iso)),
            ("Betreft", "herplaatsing")], key_w=20, row_after=0, after=5),
        P("Naar aanleiding van de eindevaluatie van 5 september 2024 is onderzocht of er voor mevrouw Van den Berg een "
          "andere passende functie beschikbaar is."),
        P("Er zijn op dit moment binnen Brouwer Technische Groothandel B.V. geen vacatures op haar niveau. De enige "
          "openstaande vacatures zijn die van orderpicker (magazijn) en accountmanager buitendienst; deze zijn niet "
          "passend. Herplaatsing is daarom niet mogelijk."),
        P("MS"),
    ]
    return Doc(iso, "redeployment", "Memo herplaatsing", blocks, MINUTES)


def build(k):
    desc = ("Credit controller at a technical wholesaler in Tilburg; the whole file is one bundled PDF of 15 documents. "
            "Criticism is documented since early 2023, but the trajectory is interrupted by illness that the "
            "occupational physician links to work pressure and the trajectory itself; it is not resumed as promised, "
            "workload complaints are never investigated and the redeployment memo ignores the rest of the group.")
    conclusion = {
        "verdict": "not_ready",
        "criteria": {"timely_notice": "met", "improvement_opportunity": "not_met",
                     "training_and_conditions": "not_met", "redeployment": "not_met",
                     "not_due_to_illness": "doubtful"},
        "summary": ("Het dossier is niet gereed voor een ontbindingsverzoek op de d-grond. De werkneemster is wel tijdig "
                    "gewaarschuwd (beoordelingen 2022 en 2023, e-mail van maart 2023, functioneringsgesprek, gevolg "
                    "benoemd), maar het verbetertraject is na acht weken door ziekte onderbroken en na haar herstel, "
                    "anders dan schriftelijk toegezegd, niet hervat: de eindevaluatie volgde na tweeënhalve week. De "
                    "bedrijfsarts verbindt de klachten met de werkdruk en het traject, terwijl haar herhaalde klachten "
                    "over werkdruk (afdeling van 3 naar 2 fte, vacature niet ingevuld) nooit zijn onderzocht. Het "
                    "herplaatsingsonderzoek is een kale memo zonder toetsing binnen de rest van Brouwer Groep. "
                    "Hooguit komt een beroep op de cumulatiegrond (i-grond) in beeld; beter is het traject alsnog "
                    "volledig en met aangepaste werklast te hervatten."),
    }
    note = """# 03 - Brouwer Technische Groothandel B.V. / L. van den Berg (medewerker debiteurenbeheer)

**Conclusie: niet gereed (not_ready).**

| Vereiste | Oordeel | Waarom |
|---|---|---|
| Tijdig in kennis gesteld | voldaan | Beoordeling 2022 ("matig", 24-1-2023) met concrete cijfers, e-mail 14-3-2023, functioneringsgesprek 20-6-2023, beoordeling 2023 ("onvoldoende", 23-1-2024) waarin het traject en mogelijke beëindiging zijn aangekondigd. |
| Voldoende gelegenheid tot verbetering | niet voldaan | Het plan zelf is redelijk (meetbare doelen, 13 weken, gevolg benoemd), maar het traject is na 8 weken door ziekte opgeschort. In de brief van 14-5-2024 is hervatting voor de resterende looptijd toegezegd; in plaats daarvan volgde 2,5 week na volledig herstel de eindevaluatie. Geen tweede voortgangsgesprek, geen reële kans. |
| Scholing en arbeidsomstandigheden | niet voldaan | Excel- en AFAS-training gegeven, maar de werkdruk (portefeuille van 170 naar 260 debiteuren, afdeling 3 naar 2 fte) is vanaf juni 2023 herhaaldelijk aangekaart en nooit onderzocht; het advies van de bedrijfsarts om de taakbelasting te bespreken is "ter kennisgeving aangenomen". |
| Herplaatsing | niet voldaan | Kale memo ("geen vacatures op haar niveau") alleen voor de eigen B.V.; Brouwer Sanitair en Brouwer Logistiek Services (groep) niet onderzocht, geen profiel, geen termijn (opzegtermijn 3 maanden bij 10 jaar dienstverband). |
| Niet het gevolg van ziekte | twijfelachtig | De problemen bestonden al vóór de ziekte (sinds 2022), maar de bedrijfsarts verbindt de klachten met de werkdruk en het traject en adviseert opschorting; het disfunctioneren is mogelijk mede door de (werkgerelateerde) klachten veroorzaakt. |

Let op (AVG): de e-mail van 9-4-2024 legt vast dat de werkneemster "overspannen" is; de werkgever mag de aard van de ziekte niet registreren. Advies: traject volledig hervatten met aangepaste portefeuille, werkdruk aantoonbaar aanpakken, herplaatsing groepsbreed onderzoeken; eventueel later de i-grond (cumulatie) als terugvaloptie.
"""
    readme = ("One big bundled PDF (expected verdict **not_ready**): Brouwer Technische Groothandel B.V. in Tilburg and "
              "its credit controller Linda van den Berg. `personeelsdossier_compleet.pdf` holds 15 documents in "
              "chronological order: appraisal forms with a title bar, score table and 'Pagina 1 van 2' footers, "
              "Outlook e-mail printouts (Van:/Verzonden:/Aan:/Onderwerp:), minutes with bullets and an action-point "
              "table, a final-evaluation report whose second page starts mid-sentence, letters on letterhead (one of two pages with "
              "a running header), an improvement plan whose template repeats the letterhead on every page with "
              "'Pagina x van 2', a fax from the occupational physician that is a **scanned page without text "
              "layer** (1-bit, slightly rotated, speckled), and a redeployment memo whose start is a bare 'Memo' "
              "title. Illness during the trajectory, linked to work pressure; a privacy slip (diagnosis in an e-mail).")
    D = Dossier(NAME, desc, conclusion, note, readme)
    docs = [appraisal_2022(), mail_2023(), performance_review_2023(), appraisal_2023(), invitation(), plan(),
            start_meeting(), progress(), mail_workload(), mail_sick(), physician_fax(), suspension_letter(),
            mail_recovery(), final_eval(), redeployment_memo()]
    D.pdf("personeelsdossier_compleet.pdf", docs,
          PdfInfo(title="Personeelsdossier L. van den Berg", author="M. Swinkels",
                  creator="Adobe Acrobat Pro (64-bit) 24.2.20933", producer="Adobe PDF Library 24.2.159",
                  created=local_dt(2024, 9, 13, 15, 47, 12)))
    return D
