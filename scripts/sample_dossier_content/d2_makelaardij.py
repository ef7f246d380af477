"""Dossier 2 - Kroon & Van Leeuwen Makelaars (Haarlem): the trajectory that falls out of the sky.

Office manager Sanne Brugman (in dienst since 1 September 2016) had good appraisals in 2022 and
2023; in September 2024 the owner gives her a six-week plan with vague goals ("pro-actiever",
"betere houding"), no support, a vague consequence, no answer to her workload complaint and no
redeployment. Terse e-mails from the owner and her angry but substantive written reply.
"""
from build_sample_dossiers import KV, Bullets, Doc, Dossier, Meta, P, PdfInfo, Sig, Style, Table, local_dt

from .common import ft_pages, lang, lh_centered, num

NAME = "02_kroon_makelaardij"

GREEN = (20, 80, 60)
FIRM = "KROON & VAN LEEUWEN"
FIRM_LINES = ["Makelaars en taxateurs o.g.  ·  NVM", "Zijlweg 88  ·  2013 DK Haarlem  ·  023 - 531 40 90  ·  "
              "info@kroonvanleeuwen.nl"]
FORM = Style(family="times", size=10.5, ml=24, mr=24, mt=16,
             letterhead=lh_centered(FIRM, FIRM_LINES, color=GREEN, size=16, double_rule=True),
             footer=ft_pages(fmt="", left="Vertrouwelijk", size=8))
NOTE = Style(family="times", size=11, ml=25, mr=25, mt=22, leading=1.3)

ROB_SIG = ("Met vriendelijke groet,\n\nRob Kroon\nDirecteur / NVM-makelaar o.g.\n\nKroon & Van Leeuwen Makelaars\n"
           "Zijlweg 88, 2013 DK Haarlem\nT 023 - 531 40 90 | M 06 - 53 18 77 20\nwww.kroonvanleeuwen.nl")


def info(title, iso, author="Rob Kroon", h=17, creator="Microsoft® Word 2016"):
    y, m, dd = map(int, iso.split("-"))
    return PdfInfo(title=title, author=author, creator=creator, producer="Microsoft: Print To PDF",
                   created=local_dt(y, m, dd, h, 5))


def score_table(scores):
    head = ["Onderdeel", "O", "M", "G", "ZG", "Toelichting"]
    rows = [head]
    for name, sc, expl in scores:
        rows.append([name] + ["X" if sc == c else "" for c in ("O", "M", "G", "ZG")] + [expl])
    return Table(rows, [44, 9, 9, 9, 10, 81], size=9.5, aligns=["L", "C", "C", "C", "C", "L"], fill=(215, 230, 222))


def appraisal(iso, year, scores, remarks, agreements, employee, signed):
    blocks = [
        P(f"Beoordelingsgesprek {year}", size=15, style="B", align="C", after=4),
        KV([("Naam", "Sanne Brugman"), ("Functie", "Binnendienst / officemanager"),
            ("In dienst sinds", "1 september 2016"), ("Geboortedatum", "3 mei 1988"),
            ("Beoordelaar", "R. Kroon, directeur"), ("Periode", f"kalenderjaar {year}"),
            ("Datum gesprek", lang(iso))], key_w=36, row_after=0, after=4),
        P("O = onvoldoende   M = matig   G = goed   ZG = zeer goed", size=8.5, style="I", after=1.5),
        score_table(scores),
        P("Eindoordeel: **goed**", size=11),
        P("Opmerkingen directie", style="B", keep=True, after=1),
        P(remarks),
        P("Afspraken", style="B", keep=True, after=1),
        Bullets(agreements, bullet="-"),
        P("Opmerkingen medewerker", style="B", keep=True, after=1),
        P(employee, style="I"),
        Sig([["R. Kroon", f"Haarlem, {num(iso)}"], ["S. Brugman", f"Haarlem, {signed}"]], squiggles=[201 + int(year),
                                                                                               301 + int(year)]),
    ]
    return Doc(iso, "appraisal", f"Beoordelingsformulier {year}", blocks, FORM)


def appraisal_2022():
    return appraisal("2022-12-12", "2022", [
        ("Klantcontact", "ZG", "Klanten noemen Sanne vaak bij naam in de reviews."),
        ("Nauwkeurigheid administratie", "G", "Dossiers en Realworks op orde."),
        ("Planning bezichtigingen / agenda", "G", "Goed overzicht, ook in drukke weken."),
        ("Samenwerking", "G", ""),
        ("Zelfstandigheid / initiatief", "G", "Heeft zelf de nieuwe opvolgprocedure voor verkopers opgezet."),
        ("Inzet en flexibiliteit", "ZG", "Altijd bereid bij te springen."),
    ], "Sanne is de spil van ons kantoor. Zij houdt de agenda's van vier makelaars bij, is het eerste "
       "aanspreekpunt voor klanten en zorgt dat alles loopt. Wij zijn zeer tevreden.",
        ["Salarisverhoging: periodiek plus 3% per 1 januari 2023.",
         "Sanne mag in 2023 de cursus Vastgoedadministratie volgen als zij dat wil (op kosten van kantoor)."],
        "Ik werk hier met veel plezier. Ik zou de cursus graag in het najaar doen.", "14-12-2022")


def appraisal_2023():
    return appraisal("2023-12-14", "2023", [
        ("Klantcontact", "G", "Bij drukte soms wat kortaf aan de telefoon."),
        ("Nauwkeurigheid administratie", "G", ""),
        ("Planning bezichtigingen / agenda", "G", "Heeft dit na het vertrek van Monique overgenomen."),
        ("Samenwerking", "G", ""),
        ("Zelfstandigheid / initiatief", "G", ""),
        ("Inzet en flexibiliteit", "ZG", "Veel extra uren gemaakt."),
    ], "Sanne heeft na het vertrek van Monique de Graaf (per 1 juni 2023) veel extra werk opgevangen, onder meer "
       "de planning van bezichtigingen en de verwerking van taxatieopdrachten. Dank daarvoor! Aandachtspunt: probeer "
       "bij drukte rustig te blijven aan de telefoon.",
        ["Vacature Monique: in het voorjaar van 2024 zoeken we een nieuwe collega voor planning en taxaties.",
         "Periodieke verhoging per 1 januari 2024.",
         "Overuren worden in januari uitbetaald."],
        "Fijn dat er een nieuwe collega komt, het is nu echt te veel.", "18-12-2023")


def start_note():
    iso = "2024-09-03"
    blocks = [
        P("Gespreksnotitie 3-9-2024", size=12, style="B", after=4),
        P("Aanwezig: Rob Kroon, Erik van Leeuwen, Sanne Brugman"),
        P("Wij zijn al langere tijd niet tevreden over de houding van Sanne. Ze is te afwachtend, neemt geen "
          "initiatief en reageert negatief als er iets verandert, bijvoorbeeld bij de overstap naar de nieuwe "
          "module voor de bezichtigingsplanning. Er zijn ook klachten van klanten geweest."),
        P("Sanne was verrast en werd boos. Ze zei dat ze dit nooit eerder heeft gehoord. Wij hebben gezegd dat dit "
          "wel eerder is besproken, al was dat dan niet in een officieel gesprek. Zij vindt dat ze veel te veel werk "
          "heeft sinds Monique weg is. Rob heeft gezegd dat iedereen het druk heeft."),
        P("Afgesproken: verbeterplan van 6 weken, plan is meegegeven. Evaluatie dinsdag 15 oktober."),
        P("Rob heeft aan het eind gezegd dat Sanne misschien eens moet nadenken of dit nog de juiste plek voor haar is."),
        P("RK", after=0),
    ]
    return Doc(iso, "meeting_report", "Gespreksnotitie startgesprek verbeterplan", blocks, NOTE, subtype="start")


def plan():
    iso = "2024-09-03"
    st = Style(family="times", size=11, ml=25, mr=25, mt=14,
               letterhead=lh_centered(FIRM, FIRM_LINES, color=GREEN, size=16, double_rule=True))
    blocks = [
        P("VERBETERPLAN", size=15, style="B", after=4),
        KV([("Naam", "Sanne Brugman"), ("Functie", "binnendienst / office"), ("Datum", "3 september 2024"),
            ("Periode", "6 weken (t/m 15 oktober 2024)")], key_w=30, row_after=0, after=5),
        P("Aanleiding", style="B", after=1),
        P("De directie is al langere tijd niet tevreden over de werkhouding van Sanne."),
        P("Verbeterpunten", style="B", after=1),
        Bullets([("1.", "Pro-actiever werken."),
                 ("2.", "Een betere houding naar collega's en directie."),
                 ("3.", "Meer verantwoordelijkheid nemen voor het kantoor."),
                 ("4.", "Klanten beter te woord staan.")], indent=2, text_indent=9),
        KV([("Hoe gemeten", "Beoordeling door de directie."),
            ("Ondersteuning", "n.v.t."),
            ("Evaluatie", "na 6 weken (15 oktober 2024)"),
            ("Gevolgen", "Als er onvoldoende verbetering is, zullen wij passende maatregelen nemen.")],
           key_w=30, row_after=1.5, after=6),
        Sig([["Directie: R. Kroon", "3-9-2024"], ["Medewerker: S. Brugman", "niet akkoord  6/9"]],
            squiggles=[401, 402]),
    ]
    return Doc(iso, "improvement_plan", "Verbeterplan (6 weken)", blocks, st)


def reaction():
    iso = "2024-09-06"
    st = Style(family="helvetica", size=10.5, ml=24, mr=24, mt=22, leading=1.4, para_after=3.0,
               footer=ft_pages(fmt="{p}/{n}", align="R", size=8))
    blocks = [
        P("Sanne Brugman\nRijksstraatweg 212\n2022 DK Haarlem", after=9),
        P("Aan: Rob Kroon en Erik van Leeuwen\nKroon & Van Leeuwen Makelaars\nZijlweg 88\n2013 DK Haarlem", after=9),
        P(f"Haarlem, {lang(iso)}", after=7),
        P("Betreft: mijn reactie op het gesprek van 3 september 2024 en het 'verbeterplan'", style="B", after=5),
        P("Beste Rob en Erik,"),
        P("Op dinsdag 3 september werd ik om half negen bij jullie geroepen. Ik had geen idee waar het over zou "
          "gaan. Ik kreeg te horen dat jullie 'al langere tijd' niet tevreden zijn over mijn houding en kreeg een "
          "verbeterplan van zes weken mee. Ik ben daar ontzettend van geschrokken en ik ben het er niet mee eens. "
          "Omdat ik in het gesprek te overdonderd was om goed te reageren, zet ik mijn reactie hieronder op papier."),
        P("**1. Ik heb dit nooit eerder gehoord.** Ik werk sinds 1 september 2016 bij jullie. In al die jaren is mij "
          "nooit verteld dat er iets mis was met mijn functioneren. Integendeel: in mijn beoordeling van december 2022 "
          "kreeg ik vier keer 'goed' en twee keer 'zeer goed' en stond er dat ik 'de spil van het kantoor' ben. In "
          "december 2023 werd ik bedankt omdat ik 'veel extra werk heb opgevangen'. Het enige aandachtspunt was dat ik "
          "bij drukte 'soms wat kortaf' aan de telefoon ben. Dat is iets heel anders dan wat er nu in het plan staat. "
          "Ik herken mij niet in het beeld dat jullie nu schetsen. In de gespreksnotitie staat dat het 'wel eerder is "
          "besproken'; ik vraag jullie aan te geven wanneer dan en door wie."),
        P("**2. De werkdruk.** Sinds Monique op 1 juni 2023 is vertrokken doe ik haar werk erbij: de planning van de "
          "bezichtigingen en de verwerking van alle taxatieopdrachten. De nieuwe collega die in december 2023 is "
          "toegezegd, is er nooit gekomen; de vacature is zelfs nooit geplaatst. Ik werk al ruim een jaar structureel "
          "over, gemiddeld vijf tot zes uur per week (dat staat in mijn urenregistratie), en ik heb dat meerdere keren "
          "bij Rob aangekaart, het laatst op woensdag 12 juni 2024. Als er soms iets blijft liggen, heeft dat daarmee "
          "te maken en niet met mijn 'houding'."),
        P("**3. De doelen zijn niet duidelijk.** In het plan staat dat ik 'pro-actiever' moet werken, een 'betere "
          "houding naar collega's en directie' moet hebben en 'meer verantwoordelijkheid' moet nemen. Ik weet niet wat "
          "ik concreet anders moet doen. Bij welke taken moet ik pro-actiever zijn? Wanneer was mijn houding niet goed? "
          "Ik vraag jullie om per punt aan te geven wat er mis ging (met voorbeelden en data), wat jullie precies van "
          "mij verwachten en hoe dat gemeten wordt. 'Beoordeling door de directie' is geen meting. Over welke klachten "
          "van klanten gaat het? Die zijn nooit met mij besproken."),
        P("**4. Ondersteuning.** Bij ondersteuning staat 'n.v.t.'. Ik vraag wel om ondersteuning: in de eerste plaats "
          "de beloofde tweede kracht voor de bezichtigingsplanning, en als jullie vinden dat mijn communicatie beter "
          "moet, een training of coaching. De cursus Vastgoedadministratie die mij in 2022 is toegezegd heb ik ook "
          "nooit kunnen volgen, omdat er geen tijd voor was."),
        P("**5. De termijn.** Zes weken is veel te kort, zeker omdat ik van maandag 23 september tot en met vrijdag 4 "
          "oktober vakantie heb. Die vakantie is al in januari aangevraagd en goedgekeurd. Er blijven dan netto vier "
          "weken over om iets te laten zien wat niet eens omschreven is."),
        P("**6. De uitkomst lijkt al vast te staan.** Rob zei aan het eind van het gesprek: 'misschien moet je eens "
          "nadenken of dit nog de juiste plek voor je is.' Dat geeft mij het gevoel dat het plan alleen op papier "
          "bestaat en dat jullie al hebben besloten dat ik weg moet."),
        P("Ik heb het plan daarom niet voor akkoord getekend. Ik wil wel graag meewerken aan een eerlijk traject met "
          "duidelijke afspraken, reële doelen en ondersteuning. Ik verzoek jullie deze brief aan mijn "
          "personeelsdossier toe te voegen en schriftelijk op mijn punten te reageren."),
        P("Met vriendelijke groet,", after=12),
        P("Sanne Brugman"),
    ]
    return Doc(iso, "employee_response", "Reactie werknemer op verbeterplan", blocks, st)


def final_eval():
    iso = "2024-10-15"
    blocks = [
        P("Evaluatie verbeterplan Sanne Brugman", size=13, style="B", after=2),
        P(f"{lang(iso, weekday=True)}, 16.00 uur. Aanwezig: Rob Kroon, Erik van Leeuwen, Sanne Brugman.", after=5),
        P("Wij hebben het verbeterplan van 3 september besproken. Wij zien geen zichtbare verbetering in de "
          "houding van Sanne. Zij blijft zich verzetten tegen het plan en heeft een lange brief gestuurd in plaats van "
          "aan de slag te gaan. Op 1 oktober heeft dhr. Jansen (Kleverparkweg) geklaagd dat hij niet was teruggebeld. "
          "Sanne zegt dat zij hem op 24 september wel heeft gebeld en een voicemail heeft ingesproken."),
        P("Sanne vroeg opnieuw naar voorbeelden en naar de tweede kracht. Rob heeft gezegd dat de formatie eerst "
          "moet kloppen omdat wij nu iemand zoeken voor de taxatieadministratie (vacature staat sinds 7 oktober "
          "online) en dat we daarom geen extra mensen kunnen aannemen."),
        P("Conclusie: onvoldoende verbetering. Wij zien geen andere mogelijkheid dan beëindiging van het "
          "dienstverband. Sanne krijgt een vaststellingsovereenkomst aangeboden: einde per 1 januari 2025, "
          "transitievergoeding plus een maand salaris extra, vrijstelling van werk. Bedenktijd tot vrijdag 25 "
          "oktober. Als Sanne niet tekent, gaan wij naar de kantonrechter."),
        P("Sanne: niet akkoord, zij wil eerst juridisch advies."),
        Sig([["R. Kroon"], ["E. van Leeuwen"]], squiggles=[411, 412]),
    ]
    return Doc(iso, "meeting_report", "Evaluatie verbeterplan", blocks, NOTE, subtype="final_evaluation")


def build(k):
    desc = ("Office manager at a small real-estate agency in Haarlem: good appraisals for years, then a sudden "
            "six-week plan with vague goals, no support and no stated consequence, terse e-mails from the owner, the "
            "employee's substantive written objection left unanswered, and an abrupt end without redeployment.")
    conclusion = {
        "verdict": "not_ready",
        "criteria": {"timely_notice": "not_met", "improvement_opportunity": "not_met",
                     "training_and_conditions": "not_met", "redeployment": "not_met", "not_due_to_illness": "met"},
        "summary": ("Het dossier is niet gereed; een ontbindingsverzoek op de d-grond zal naar verwachting worden "
                    "afgewezen. Het verbetertraject valt uit de lucht: de beoordelingen over 2022 en 2023 zijn goed "
                    "en er is geen enkele eerdere schriftelijke kritiek. Het plan duurt zes weken (waarvan twee weken "
                    "vakantie), bevat alleen vage doelen als 'pro-actiever' en 'betere houding', geen meting, geen "
                    "ondersteuning en geen duidelijk benoemd gevolg; de uitkomst leek vooraf vast te staan. De "
                    "werkdruk na het vertrek van een collega is door de werkneemster concreet aangekaart maar nooit "
                    "onderzocht, haar schriftelijke reactie is niet inhoudelijk beantwoord en herplaatsing is niet "
                    "overwogen, terwijl er een vacature voor taxatieadministratie openstaat."),
    }
    note = """# 02 - Kroon & Van Leeuwen Makelaars / S. Brugman (binnendienst / officemanager)

**Conclusie: niet gereed (not_ready).** Een ontbindingsverzoek op de d-grond maakt geen kans; een vaststellingsovereenkomst is alleen haalbaar met een ruime vergoeding.

| Vereiste | Oordeel | Waarom |
|---|---|---|
| Tijdig in kennis gesteld | niet voldaan | Beoordelingen 2022 en 2023 "goed" (met lof); enige aandachtspunt "soms kortaf aan de telefoon". Geen eerdere schriftelijke kritiek, geen waarschuwing. Het plan valt "uit de lucht" ("zachte heelmeesters maken stinkende wonden"). |
| Voldoende gelegenheid tot verbetering | niet voldaan | Zes weken, waarvan twee weken goedgekeurde vakantie; vage doelen ("pro-actiever", "betere houding", "meer verantwoordelijkheid"); meting "beoordeling door de directie"; geen tussentijdse evaluatie; gevolg slechts "passende maatregelen". Uitlating "misschien moet je nadenken of dit nog de juiste plek is" wijst op een vooraf vaststaande uitkomst. Reactie van de werkneemster niet beantwoord ("ik ga niet in discussie"). |
| Scholing en arbeidsomstandigheden | niet voldaan | Ondersteuning "n.v.t."; toegezegde cursus nooit gevolgd; structurele werkdruk na vertrek collega (juni 2023), toegezegde vacature nooit opengesteld en klachten hierover niet onderzocht. |
| Herplaatsing | niet voldaan | Niet onderzocht; de vacature taxatieadministratie (oktober 2024) is niet als herplaatsingsmogelijkheid bekeken. |
| Niet het gevolg van ziekte | voldaan | Geen aanwijzingen voor ziekte. |

Advies aan de werkgever: geen procedure starten. Het dossier zou pas na een reëel traject (concreet, 3-6 maanden, met ondersteuning en oplossing van de werkdruk) opnieuw beoordeeld kunnen worden.
"""
    readme = ("The 'out of the blue' case (expected verdict **not_ready**): Kroon & Van Leeuwen Makelaars in Haarlem and "
              "its office manager Sanne Brugman. Two good appraisal forms (score grids with X marks), a plain "
              "meeting note whose start is only a bare title line, a one-page vague six-week plan, the employee's "
              "angry two-page reply (page 2 starts mid-sentence), an evaluation note and three terse e-mails from the "
              "owner (.eml; an iPhone one-liner, a reply with the employee's quoted message, an Outlook mail with an "
              "HTML part). PDFs are made with reportlab here.")
    D = Dossier(NAME, desc, conclusion, note, readme)

    def one(rel, doc, title, **kw):
        D.pdf(rel, [doc], info(title, doc.date, **kw), engine="reportlab")

    one("Beoordeling 2022 - Sanne Brugman.pdf", appraisal_2022(), "Beoordeling 2022")
    one("Beoordeling 2023 - Sanne Brugman.pdf", appraisal_2023(), "Beoordeling 2023")
    D.eml("mail Rob 2-9-2024.eml", Meta("2024-09-02", "correspondence", "E-mail: oproep gesprek"),
          sender="Rob Kroon <rob@kroonvanleeuwen.nl>", to="Sanne Brugman <sanne@kroonvanleeuwen.nl>",
          subject="morgen", date=local_dt(2024, 9, 2, 21, 47, 3),
          msgid="<7E2C1B5A-93D4-4F61-9A0B-2D6E8F4C1A77@kroonvanleeuwen.nl>", user_agent="iPhone Mail (21G93)",
          boundary_seed="kroon1",
          body="Sanne,\n\nMorgen 8.30 uur even bij mij op kantoor. Erik schuift ook aan.\n\nRob\n\n"
               "Verstuurd vanaf mijn iPhone\n")
    one("Gespreksnotitie 3-9-2024.pdf", start_note(), "Gespreksnotitie")
    one("Verbeterplan Sanne sept 2024.pdf", plan(), "Verbeterplan")
    one("Reactie Sanne Brugman op verbeterplan.pdf", reaction(), "reactie verbeterplan", author="Sanne",
        creator="Microsoft® Word voor Microsoft 365")
    D.eml("RE Reactie op verbeterplan.eml", Meta("2024-09-09", "correspondence", "E-mail: antwoord directeur op reactie"),
          sender="Rob Kroon <rob@kroonvanleeuwen.nl>", to="Sanne Brugman <sanne@kroonvanleeuwen.nl>",
          cc="Erik van Leeuwen <erik@kroonvanleeuwen.nl>", subject="RE: Reactie op verbeterplan",
          date=local_dt(2024, 9, 9, 7, 58, 41), html=True,
          msgid="<DB8PR03MB5867F0A1C2B3D4E5F6A7B8C9D0E1F2A3@DB8PR03MB5867.eurprd03.prod.outlook.com>",
          in_reply_to="<AS8PR03MB6712E4D3C2B1A0F9E8D7C6B5A4938271@AS8PR03MB6712.eurprd03.prod.outlook.com>",
          user_agent="Microsoft Outlook 16.0", boundary_seed="kroon2",
          body=("Sanne,\n\nOntvangen. Ik ga niet in discussie over het verleden. De punten in het plan zijn duidelijk "
                "genoeg, daar hoeft geen uitleg bij. Je vakantie gaat gewoon door, dat verandert niets aan het plan. "
                "15 oktober evalueren we.\n\nRob\n\n" + ROB_SIG + "\n\n"
                "Van: Sanne Brugman <sanne@kroonvanleeuwen.nl>\n"
                "Verzonden: vrijdag 6 september 2024 16:31\n"
                "Aan: Rob Kroon <rob@kroonvanleeuwen.nl>\n"
                "CC: Erik van Leeuwen <erik@kroonvanleeuwen.nl>\n"
                "Onderwerp: Reactie op verbeterplan\n\n"
                "Beste Rob en Erik,\n\n"
                "Bijgaand mijn reactie op het gesprek van dinsdag en het verbeterplan. Ik wil graag dat deze in mijn "
                "dossier komt en dat jullie schriftelijk op mijn punten reageren.\n\n"
                "Groet,\nSanne\n"))
    D.eml("Klacht dhr Jansen.eml", Meta("2024-10-01", "correspondence", "E-mail: klacht klant doorgestuurd"),
          sender="Rob Kroon <rob@kroonvanleeuwen.nl>", to="Sanne Brugman <sanne@kroonvanleeuwen.nl>",
          subject="Jansen Kleverparkweg", date=local_dt(2024, 10, 1, 9, 14, 22), html=True,
          msgid="<DB8PR03MB58671A2B3C4D5E6F708192A3B4C5D6E7@DB8PR03MB5867.eurprd03.prod.outlook.com>",
          user_agent="Microsoft Outlook 16.0", boundary_seed="kroon3",
          body=("Sanne,\n\nDhr. Jansen (Kleverparkweg) belde mij vanochtend dat hij vorige week niet is teruggebeld "
                "over de tweede bezichtiging. Dit is precies wat ik bedoel met pro-actief.\n\nRob\n\n" + ROB_SIG + "\n"))
    one("Evaluatie verbeterplan 15-10-2024.pdf", final_eval(), "Evaluatie verbeterplan")
    return D
