"""Dossier 5 - Quantix Nederland B.V. (Eindhoven), part of Belgian Quantix NV: an informal tech dossier.

Senior backend engineer Joris van Leeuwen (in dienst since 1 April 2021) reports to a Flemish
engineering manager in Gent. No formal appraisals ("continuous feedback"): 1:1 notes, a
forwarded concerns mail, a PIP in Word with partly measurable and partly vague goals, his reaction
by mail answered by the manager, coaching report, course invoice, a check-in note, mid-term and
final evaluation, and a vacancy overview for the group that was not discussed with him.
Files sit in the folder plus a nested `mails/` subfolder.
"""
from build_sample_dossiers import KV, Bullets, Doc, Dossier, Meta, P, PdfInfo, Sig, Space, Style, Table, local_dt

from .common import ft_pages, lh_classic, lh_logo

NAME = "05_quantix_tech"

PURPLE = (90, 40, 140)
WOUTER = "Wouter De Smet <wouter.desmet@quantix.io>"
JORIS = "Joris van Leeuwen <joris.vanleeuwen@quantix.io>"
ELKE = "Elke Vermeulen <elke.vermeulen@quantix.io>"
MARLOES = "Marloes van Gils <marloes.vangils@quantix.io>"
W_SIG = ("--\nWouter De Smet\nEngineering Manager Platform | Quantix\nKortrijksesteenweg 1085, 9051 Gent (BE)\n"
         "+32 478 21 90 64")


def quote(text):
    return "\n".join(("> " + line) if line else ">" for line in text.splitlines())


# ---------------------------------------------------------------------------------------------- txt
ONE_ON_ONE = """1:1 Joris — di 12/03/2024 (Teams, 30 min)
aanwezig: Wouter, Joris

context: 2e 1:1 waar dit terugkomt (ook al kort aangehaald op 13/02)

- sprint 5 + 6: 3 van de 5 tickets doorgeschoven (QX-1412 billing export, QX-1420, QX-1433).
  Da's de derde sprint op rij dat zijn commitment niet gehaald wordt.
- PR reviews: gemiddelde turnaround 3,5 werkdagen, team-afspraak is max. 1 werkdag.
  Sander en Lotte wachten regelmatig op hem.
- incident 27/02: deploy van de meter-import zonder integration tests -> 2u downtime
  bij klant NetBrabant (pilot). Postmortem PM-031: root cause = ontbrekende test op lege batch.
- feedback gegeven: ik heb duidelijk gezegd dat dit niet op senior niveau is.
  Verwachting senior = eigen werk voorspelbaar afleveren, reviews binnen de dag,
  tests schrijven zonder dat iemand het vraagt, blockers zelf escaleren.
- Joris: herkent het deels. Zegt dat hij te veel context switches heeft
  (billing migratie + on-call + support-vragen van sales via DM). Vindt de sprint planning te krap.
- ik heb gezegd dat ik dat snap maar dat de anderen dezelfde load hebben.

acties
- W: support-vragen via Slack-kanaal #ask-backend i.p.v. DM's (vanaf volgende week)
- J: elke ochtend eerst reviews, daarna eigen werk
- J: bij twijfel over scope ten laatste op dag 3 van de sprint melden in standup

next 1:1: di 26/03
"""

CHECKIN = """PIP check-in week 4 - Joris van Leeuwen
datum: 15-10-2024 (dinsdag), 14:00-14:30, Teams
aanwezig: Wouter De Smet, Joris van Leeuwen, Marloes van Gils (notities)

Sprint 19 (23/09 - 04/10)
- story points: 21 van 26 gecommit = 81% (doel >= 80%)  -> OK
- review turnaround (mediaan): 0,8 werkdag (doel <= 1)  -> OK
- coverage gewijzigde modules: 74% (doel >= 80%)      -> nog niet
- incidents: geen

Besproken
- Wouter: "goeie start, vooral de reviews zijn merkbaar beter". Coverage blijft achter bij de
  legacy meter-import module; afgesproken dat Joris daar eerst characterization tests schrijft.
- Ownership: Joris heeft het design doc voor QX-1601 (nieuwe tariff engine) getrokken. Wouter
  vindt dat goed, maar wil ook zien dat Joris in refinements zelf risico's benoemt.
  Joris vraagt of dat dan het criterium is voor doel 4; Wouter: "onder andere, het totaalbeeld telt".
- Training Clean Code & Testing (10-11/10) gevolgd, Joris was positief over het deel over
  test doubles. Eerste coachsessie was op 3/10.
- Joris merkt op dat hij sinds hij uit de on-call rotatie is veel meer focus heeft.

Volgende check-in: di 29/10 = mid-term evaluatie (met Elke).
"""


# ---------------------------------------------------------------------------------------------- docx
def pip_blocks():
    return [
        P("Quantix Nederland B.V. - vertrouwelijk", size=9),
        P("Performance Improvement Plan (verbeterplan)", size=16, style="B", keep=True),
        KV([("Medewerker", "Joris van Leeuwen - Senior Backend Engineer, team Platform"),
            ("In dienst sinds", "01/04/2021 (Quantix Nederland B.V., Eindhoven)"),
            ("Leidinggevende", "Wouter De Smet - Engineering Manager Platform (Quantix NV, Gent)"),
            ("HR", "Elke Vermeulen - HR Business Partner Benelux"),
            ("Periode", "maandag 23/09/2024 t/m vrijdag 13/12/2024 (12 weken = 6 sprints)"),
            ("Versie", "v2 - definitief, 17/09/2024 (v1 besproken in de kick-off van 09/09/2024; aangepast na "
                       "de reactie van Joris van 13/09)")]),
        P("1. Aanleiding", size=12, style="B", keep=True),
        P("Sinds begin 2024 is in 1:1's (onder meer 13/02 en 12/03) en per mail (11/06) feedback gegeven over de "
          "voorspelbaarheid van Joris' delivery, de doorlooptijd van code reviews en de kwaliteit van opgeleverde code "
          "(incident 27/02, PM-031; on-call 02/06). Ondanks afspraken is onvoldoende verbetering zichtbaar. Dit PIP "
          "geeft Joris een duidelijke en eerlijke kans om te laten zien dat hij op het verwachte senior niveau kan "
          "functioneren."),
        P("2. Doelen", size=12, style="B", keep=True),
        Table([["#", "Doel", "Norm", "Hoe gemeten"],
               ["1", "Voorspelbaar opleveren", ">= 80% van de gecommitte story points per sprint afgerond "
                                               "(teamgemiddelde 2024: 84%)", "Jira sprint report"],
               ["2", "Code reviews", "mediaan review turnaround <= 1 werkdag", "GitHub insights, per sprint"],
               ["3", "Kwaliteit", "coverage op gewijzigde modules >= 80%; geen P1-incident door ontbrekende tests",
                "Codecov + incident log"],
               ["4", "Ownership / senior gedrag", "toont ownership zoals van een senior verwacht mag worden, o.a. "
                                                  "blockers proactief melden, risico's benoemen in refinements, "
                                                  "collega's helpen", "beoordeling door de engineering manager, "
                                                                       "input van het team"]],
              [6, 34, 60, 40]),
        P("3. Ondersteuning", size=12, style="B", keep=True),
        Bullets(["Coaching: 4 sessies bij TalentBridge Coaching (Nadia Bouzid), op kosten van Quantix.",
                 "Training 'Clean Code & Testing in Python' (2 dagen, 10-11/10/2024) bij CodeCraft Academy.",
                 "Buddy: Pieter Claes (Staff Engineer, Gent), pairing 1 uur per week.",
                 "Tijdens het PIP geen on-call en geen support-vragen via DM (alles via #ask-backend).",
                 "De deadline van de billing-migratie is verschoven naar Q1 2025."]),
        P("4. Opvolging", size=12, style="B", keep=True),
        P("Tweewekelijkse check-in (dinsdag, 30 min) met notities. Mid-term evaluatie op dinsdag 29/10/2024 en "
          "eindevaluatie op vrijdag 13/12/2024, telkens met verslag. Joris kan op elk verslag schriftelijk reageren."),
        P("5. Gevolgen", size=12, style="B", keep=True),
        P("Als de doelen op het einde van het PIP niet gehaald zijn, kan dit leiden tot het beëindigen van de "
          "arbeidsovereenkomst. Quantix zal in dat geval eerst bekijken of er binnen de Quantix-groep een andere "
          "passende functie is."),
        Sig([["Wouter De Smet", "17/09/2024"], ["Joris van Leeuwen (voor gezien)", "18/09/2024"]]),
    ]


def kickoff_blocks():
    return [
        P("Quantix Nederland B.V.", size=9),
        P("Verslag kick-off PIP - Joris van Leeuwen", size=15, style="B", keep=True),
        KV([("Datum", "maandag 09/09/2024, 10:00-11:00"),
            ("Aanwezigen", "Wouter De Smet (via Teams vanuit Gent), Elke Vermeulen (via Teams), Joris van Leeuwen, "
                           "Marloes van Gils (notities, Eindhoven)"),
            ("Document", "PIP v1 (per mail verstuurd op vrijdag 06/09/2024)")]),
        P("Aanleiding", size=12, style="B", keep=True),
        P("Wouter licht toe dat de feedback uit de 1:1's van februari en maart en uit zijn mail van 11 juni volgens "
          "hem onvoldoende tot verbetering heeft geleid. In sprint 15 tot en met 17 werd gemiddeld 65% van de "
          "gecommitte story points afgerond (team: 84%) en de mediaan review turnaround was 2,9 werkdagen. Daarom "
          "wordt nu een formeel traject opgestart."),
        P("Reactie Joris", size=12, style="B", keep=True),
        P("Joris is verrast dat het 'meteen een formeel PIP' wordt; hij had na juni de indruk dat het beter ging. Hij "
          "herkent de punten over reviews en tests, maar wijst op zijn werklast: hij draait mee in de on-call rotatie "
          "(1 week op 4), trekt de billing-migratie die een harde deadline in november heeft, en krijgt nog steeds "
          "support-vragen van sales. Hij vraagt wat 'ownership tonen zoals van een senior verwacht mag worden' "
          "concreet betekent en hoe dat gemeten wordt."),
        P("Elke geeft aan dat Joris zijn reactie ook schriftelijk mag geven en dat die bij het dossier gaat. Wouter "
          "zegt toe de werklast en doel 4 te bekijken."),
        P("Afspraken", size=12, style="B", keep=True),
        Bullets(["Joris stuurt zijn schriftelijke reactie ten laatste vrijdag 13/09.",
                 "Wouter past het PIP waar nodig aan (v2) en stuurt het tegen dinsdag 17/09.",
                 "Start PIP: maandag 23/09/2024. Marloes regelt de inschrijving voor de training en de coach."]),
        P("Voor gezien: J. van Leeuwen, 09/09/2024"),
    ]


def midterm_blocks():
    return [
        P("Quantix Nederland B.V. - HR - vertrouwelijk", size=9),
        P("Mid-term evaluatie PIP", size=15, style="B", keep=True),
        KV([("Medewerker", "Joris van Leeuwen"), ("Datum", "dinsdag 29 oktober 2024, 13:30-14:30 (Eindhoven, "
                                                           "Wouter ter plaatse)"),
            ("Aanwezigen", "Wouter De Smet, Elke Vermeulen (Teams), Joris van Leeuwen"),
            ("Periode", "sprint 19 en 20 (23/09 - 18/10)")]),
        P("Resultaten", size=12, style="B", keep=True),
        Table([["Doel", "Norm", "Sprint 19", "Sprint 20", "Stand"],
               ["1. Story points", ">= 80%", "81%", "72%", "wisselend"],
               ["2. Review turnaround", "<= 1 werkdag", "0,8", "0,9", "op schema"],
               ["3. Coverage / incidents", ">= 80% / geen P1", "74% / geen", "79% / geen", "bijna"],
               ["4. Ownership", "zie PIP", "-", "-", "zie toelichting"]],
              [40, 30, 25, 25, 30]),
        P("Toelichting", size=12, style="B", keep=True),
        P("Wouter: de reviews zijn een duidelijke verbetering, het team merkt dat. Sprint 20 was minder: 2 stories "
          "van de tariff engine zijn doorgeschoven. Joris geeft aan dat één story afhankelijk was van het data-team in "
          "Gent, wat hij in de standup van 10/10 heeft gemeld. Wouter erkent dat voor één story, maar vindt dat Joris de "
          "andere had moeten opsplitsen."),
        P("Over doel 4 zegt Wouter dat Joris 'nog te veel wacht tot hij gevraagd wordt'. Voorbeeld: in de refinement van "
          "22/10 heeft hij het migratierisico van de tariff-tabellen niet zelf benoemd. Joris antwoordt dat hij dat "
          "risico wel in het design doc had gezet. Elke vraagt beide partijen om voor doel 4 tot de eindevaluatie drie "
          "concrete gedragingen bij te houden; afgesproken: (a) blockers binnen een dag in het teamkanaal, (b) in elke "
          "refinement minstens één risico of alternatief inbrengen, (c) elke sprint één review of pairing-sessie met "
          "een junior."),
        P("Coaching en training", size=12, style="B", keep=True),
        P("Twee coachsessies gehad (03/10 en 17/10). Training gevolgd op 10 en 11 oktober. Joris vindt de coaching "
          "nuttig voor het stellen van grenzen bij ad-hoc vragen."),
        P("Conclusie halverwege", size=12, style="B", keep=True),
        P("Doel 2 op schema, doel 3 bijna, doel 1 wisselend, doel 4 nog onvoldoende volgens de leidinggevende. Joris "
          "is het oneens met het oordeel over doel 4. Het PIP loopt door zoals gepland; eindevaluatie op 13/12/2024. "
          "Elke herinnert aan de gevolgen zoals beschreven in paragraaf 5 van het PIP."),
        P("Voor gezien: J. van Leeuwen, 30/10/2024 - opmerking Joris: 'niet eens met beoordeling doel 4'"),
    ]


def final_blocks():
    return [
        P("Quantix Nederland B.V. - HR - vertrouwelijk", size=9),
        P("Eindevaluatie PIP - Joris van Leeuwen", size=15, style="B", keep=True),
        KV([("Datum", "vrijdag 13/12/2024, 10:00-11:15 (Teams)"),
            ("Aanwezigen", "Wouter De Smet, Elke Vermeulen, Joris van Leeuwen"),
            ("Periode PIP", "23/09/2024 - 13/12/2024 (sprint 19 t/m 24)")]),
        P("Resultaten per doel", size=12, style="B", keep=True),
        Table([["Doel", "Norm", "Resultaat", "Oordeel"],
               ["1. Story points", ">= 80% per sprint", "81 / 72 / 85 / 77 / 83 / 70% (gem. 78%); 3 van 6 sprints "
                                                         "gehaald", "niet gehaald"],
               ["2. Review turnaround", "<= 1 werkdag", "mediaan 0,8 werkdag, alle sprints", "gehaald"],
               ["3. Coverage / incidents", ">= 80% / geen P1", "gem. 81%; 1 P2-incident (19/11), geen P1",
                "gehaald"],
               ["4. Ownership", "zie PIP + afspraken 29/10", "(a) gehaald; (b) 4 van 6 refinements; (c) 5 van 6 "
                                                            "sprints", "volgens EM onvoldoende"]],
              [34, 34, 52, 30]),
        P("Bespreking", size=12, style="B", keep=True),
        P("Wouter stelt dat Joris op de reviews en de kwaliteit een duidelijke verbetering heeft laten zien, maar dat "
          "hij zijn sprint commitments nog altijd niet voorspelbaar haalt en dat hij op doel 4 'niet het niveau laat "
          "zien dat we van een senior verwachten'. Sprint 24 (70%) werd volgens Wouter beïnvloed door een "
          "productiefix die Joris zelf oppakte zonder de scope aan te passen."),
        P("Joris wijst erop dat drie van de vier doelen (grotendeels) gehaald zijn en dat doel 4 pas sinds 29/10 "
          "concreet is gemaakt; op die drie concrete gedragingen scoort hij naar eigen zeggen goed. Hij vindt het "
          "oneerlijk dat hij op doel 4 wordt afgerekend met een 'totaalbeeld' dat niet meetbaar is. De "
          "productiefix in sprint 24 deed hij op verzoek van de support lead. Hij vraagt om verlenging van het PIP met "
          "zes weken."),
        P("Conclusie", size=12, style="B", keep=True),
        P("Quantix is van oordeel dat het PIP niet succesvol is afgerond, omdat de doelen 1 en 4 niet gehaald zijn. "
          "Een verlenging wordt niet toegestaan. Elke zal onderzoeken of er binnen de Quantix-groep een andere "
          "passende functie is. Als dat niet zo is, wil Quantix de arbeidsovereenkomst beëindigen, bij voorkeur met "
          "wederzijds goedvinden; anders wordt de kantonrechter gevraagd de arbeidsovereenkomst te ontbinden."),
        P("Joris tekent voor gezien en is het niet eens met de conclusie. Hij laat zich bijstaan door zijn "
          "rechtsbijstandsverzekeraar."),
    ]


# ---------------------------------------------------------------------------------------------- pdf
def coaching_report():
    iso = "2024-12-09"
    teal = (0, 120, 130)
    st = Style(family="helvetica", size=10, ml=24, mr=24, mt=18, leading=1.42,
               letterhead=lh_classic("TalentBridge Coaching", "loopbaan- en performancecoaching voor tech professionals",
                                     ["Oudegracht 188", "3511 NR Utrecht", "nadia@talentbridge.nl",
                                      "KvK 81234677"], color=teal, name_size=15),
               footer=ft_pages(fmt="pagina {p} van {n}", align="R", size=8, left="Vertrouwelijk - alleen voor "
                                                                                 "coachee en opdrachtgever"),
               running_header=None)
    blocks = [
        P("Coachingsrapport", size=15, style="B", color=teal, after=3),
        KV([("Coachee", "Joris van Leeuwen, Senior Backend Engineer"),
            ("Opdrachtgever", "Quantix Nederland B.V., t.a.v. Wouter De Smet en Elke Vermeulen"),
            ("Coach", "Nadia Bouzid, MSc - NOBCO Practitioner"),
            ("Sessies", "3 oktober, 17 oktober, 7 november en 28 november 2024 (4 x 90 minuten)"),
            ("Datum rapport", "9 december 2024")], key_w=34, row_after=0.4, after=4),
        P("Dit rapport is met Joris besproken op 28 november 2024. Hij heeft ingestemd met het delen ervan met de "
          "opdrachtgever. De inhoud van de sessies zelf blijft vertrouwelijk.", size=9, style="I"),
        P("Coachvraag", style="B", keep=True),
        P("Joris ondersteunen bij het behalen van de doelen uit zijn Performance Improvement Plan, met name het "
          "voorspelbaar opleveren van werk en 'ownership' zoals van een senior engineer verwacht wordt."),
        P("Thema's", style="B", keep=True),
        Bullets(["prioriteren en het beschermen van focustijd (reviews in de ochtend, geen DM-support);",
                 "grenzen aangeven bij ad-hoc verzoeken van sales en support;",
                 "vroegtijdig communiceren over blockers en scope, in plaats van 'eerst zelf oplossen';",
                 "wat 'ownership' in de praktijk van het team betekent en hoe dat zichtbaar wordt."]),
        P("Observaties", style="B", keep=True),
        P("Joris is een technisch sterke engineer die zijn werk serieus neemt. Hij heeft in korte tijd zijn "
          "reviewgedrag veranderd en werkt nu met vaste focusblokken. Het melden van blockers gaat beter sinds er "
          "concrete afspraken over zijn gemaakt (na de mid-term evaluatie). Zijn neiging is om problemen eerst zelf op "
          "te lossen, wat soms ten koste gaat van de sprintplanning; dat patroon is bewuster geworden, maar nog niet "
          "verdwenen."),
        P("Het doel 'ownership' bleef voor Joris en mij lastig te concretiseren. In de eerste twee sessies was niet "
          "duidelijk welk gedrag van hem verwacht werd; pas na 29 oktober lagen er concrete gedragingen. Mijn indruk is "
          "dat de verwachtingen van de leidinggevende op dit punt breder zijn dan wat er op papier staat. Joris ervaart "
          "het traject daardoor als onzeker, wat zijn motivatie niet ten goede komt."),
        P("Advies", style="B", keep=True),
        P("Leg verwachtingen over senioriteit vast in concrete, observeerbare gedragingen en geef Joris de gelegenheid "
          "om daar een aantal sprints op te laten zien wat hij kan. Ook na afloop van het traject is een vaste "
          "sparringpartner (bijvoorbeeld de buddy uit Gent) aan te raden."),
        Space(4),
        P("Nadia Bouzid\nTalentBridge Coaching"),
    ]
    return Doc(iso, "training", "Coachingsrapport", blocks, st)


def invoice():
    iso = "2024-10-14"
    navy = (20, 50, 100)
    st = Style(family="helvetica", size=9.5, ml=20, mr=20, mt=16,
               letterhead=lh_logo("CC", "CodeCraft Academy", ["Europalaan 400", "3526 KS Utrecht",
                                                              "finance@codecraft-academy.nl",
                                                              "KvK 67004512 - btw NL856932741B01"], navy,
                                  sub="hands-on training voor developers"),
               footer=ft_pages(fmt="", left="Betaling binnen 30 dagen op NL44 RABO 0312 4478 90 t.n.v. CodeCraft "
                                            "Academy B.V. o.v.v. het factuurnummer. Op al onze diensten zijn onze "
                                            "algemene voorwaarden van toepassing.", size=7))
    blocks = [
        Space(4),
        P("Quantix Nederland B.V.\nt.a.v. Marloes van Gils\nTorenallee 20\n5617 BC Eindhoven", after=8),
        P("Factuur", size=18, style="B", color=navy, after=3),
        KV([("Factuurnummer", "2024-1187"), ("Factuurdatum", "14-10-2024"), ("Vervaldatum", "13-11-2024"),
            ("Uw referentie", "PO-NL-2024-0419 / J. van Leeuwen")], key_w=34, row_after=0, after=6),
        Table([["Omschrijving", "Aantal", "Tarief", "Totaal"],
               ["Clean Code & Testing in Python - 2-daagse training\n10 en 11 oktober 2024, Utrecht\n"
                "Deelnemer: Joris van Leeuwen", "1", "€ 1.495,00", "€ 1.495,00"],
               ["", "", "Subtotaal", "€ 1.495,00"],
               ["", "", "btw 21%", "€ 313,95"],
               ["", "", "**Totaal**", "**€ 1.808,95**"]],
              [96, 18, 28, 28], size=9.5, aligns=["L", "C", "R", "R"], fill=(215, 225, 240)),
        P("Inclusief lesmateriaal, lunch en certificaat van deelname. De deelnemer heeft beide trainingsdagen "
          "volledig bijgewoond."),
    ]
    return Doc(iso, "training", "Factuur training Clean Code & Testing in Python", blocks, st)


def vacancies():
    iso = "2024-12-20"
    st = Style(family="helvetica", size=9.5, ml=18, mr=18, mt=16,
               letterhead=lh_logo("Q", "quantix", ["Quantix Nederland B.V.", "Torenallee 20, 5617 BC Eindhoven",
                                                   "onderdeel van Quantix NV (Gent, BE)"], PURPLE,
                                  sub="People & Culture Benelux"),
               footer=ft_pages(fmt="{p}/{n}", align="R", size=8, left="intern - vertrouwelijk"))
    blocks = [
        P("Vacatureoverzicht Quantix-groep - herplaatsingsonderzoek J. van Leeuwen", size=13, style="B", after=3),
        KV([("Peildatum", "20/12/2024"), ("Opgesteld door", "Elke Vermeulen, HR Business Partner Benelux"),
            ("Termijn", "vacatures open of verwacht tot en met 31/01/2025 (opzegtermijn 1 maand)"),
            ("Entiteiten", "Quantix Nederland B.V. (Eindhoven), Quantix NV (Gent), Quantix GmbH (Köln)")],
           key_w=30, row_after=0, after=4),
        Table([["Functie", "Entiteit / locatie", "Niveau", "Status", "Beoordeling"],
               ["Backend Engineer (medior)", "Quantix NL - Eindhoven", "L2", "open sinds 01/11",
                "Zelfde kerntaken op lager niveau; de tekortkomingen (voorspelbaarheid, ownership) zouden zich hier "
                "ook voordoen. Niet passend geacht."],
               ["Support Engineer L2", "Quantix NL - Eindhoven", "L2", "open",
                "Klantcontact en ticketafhandeling, andere skillset. Niet passend."],
               ["Data Engineer", "Quantix NV - Gent", "L3", "open",
                "Standplaats Gent; vraagt Spark-ervaring. Niet verder onderzocht."],
               ["Solutions Architect", "Quantix NV - Gent", "L4", "open", "Hoger niveau. Niet passend."],
               ["Werkstudent QA", "Quantix NV - Gent", "-", "open", "n.v.t."],
               ["Platform Engineer", "Quantix NL - Eindhoven", "L3", "verwacht Q1 2025, budget nog niet "
                                                                    "goedgekeurd", "Valt mogelijk buiten de termijn."],
               ["Quantix GmbH (Köln)", "-", "-", "geen vacatures", "-"]],
              [34, 34, 13, 30, 63], size=8.5, fill=(230, 222, 240)),
        P("Conclusie", style="B", keep=True),
        P("Op basis van dit overzicht is er binnen de Quantix-groep op dit moment geen passende functie voor Joris "
          "beschikbaar."),
        P("NB: dit overzicht is nog niet met Joris besproken; gesprek gepland in januari.", size=8.5, style="I"),
    ]
    return Doc(iso, "redeployment", "Vacatureoverzicht herplaatsingsonderzoek", blocks, st)


def build(k):
    desc = ("Senior backend engineer at the Dutch branch of a Belgian tech scale-up, managed from Gent: informal "
            "1:1 notes and a forwarded concerns mail instead of appraisals, a PIP with three measurable goals and one "
            "vague 'ownership' goal, coach and course, mixed results, and a vacancy overview not discussed with him. "
            "Flemish/English-flavoured Dutch, .docx, .txt, .eml threads in a nested mails/ folder, reportlab PDFs.")
    conclusion = {
        "verdict": "at_risk",
        "criteria": {"timely_notice": "met", "improvement_opportunity": "doubtful",
                     "training_and_conditions": "met", "redeployment": "doubtful", "not_due_to_illness": "met"},
        "summary": ("Het dossier is niet kansloos maar kwetsbaar. Er zijn geen beoordelingen; de kritiek staat alleen "
                    "in 1:1-notities van maart 2024 en een e-mail van juni 2024, waarin de mogelijke gevolgen voor "
                    "het contract wel zijn genoemd, zodat de voorgeschiedenis kort en informeel is. Het PIP van twaalf "
                    "weken met coach, training, buddy en minder werklast is serieus, en de reactie van de werknemer "
                    "is beantwoord, maar doel 4 ('ownership', 'senior gedrag') is vaag en pas halverwege concreet "
                    "gemaakt; de werknemer haalde drie van de vier doelen (grotendeels) en de afwijzing rust mede op "
                    "dat vage doel. Het vacatureoverzicht dekt de groep, maar functies in Gent zijn niet onderzocht, "
                    "de afwijzing van de andere functies is summier en niets is met de werknemer besproken."),
    }
    note = """# 05 - Quantix Nederland B.V. / J. van Leeuwen (Senior Backend Engineer)

**Conclusie: risicovol (at_risk).** Een kantonrechter kan het verzoek afwijzen; versterking is nodig vóór indiening.

| Vereiste | Oordeel | Waarom |
|---|---|---|
| Tijdig in kennis gesteld | voldaan | Geen beoordelingen ("continuous feedback"), maar de kritiek staat schriftelijk en concreet in de 1:1-notitie van 12-03-2024 en in de mail van 11-06-2024 (doorgestuurd 18-06), waarin een formeel traject en gevolgen voor het contract zijn aangekondigd - ruim voor het PIP van september. (Tot december 2026 stond hier "twijfelachtig" omdat een waarschuwing of beoordeling ontbrak; onder de norm van de legal reference ("From facts to a finding") telt schriftelijke kritiek in verslagen en e-mails met het genoemde gevolg als tijdige kennisgeving en is de vorm hygiëne, geen vereiste.) |
| Voldoende gelegenheid tot verbetering | twijfelachtig | PIP van 12 weken met meetbare doelen 1-3, tussentijdse check-ins, mid-term en eindevaluatie, gevolg benoemd, reactie werknemer beantwoord en deels gehonoreerd. Maar doel 4 ("ownership zoals van een senior verwacht") is vaag en pas op 29-10 concreet gemaakt; de coach bevestigt dat de verwachtingen onduidelijk waren. Doelen 2 en 3 gehaald, doel 1 net niet (gem. 78% tegen 80%), en verlenging is geweigerd. |
| Scholing en arbeidsomstandigheden | voldaan | Coaching (4 sessies, rapport), tweedaagse training (factuur), buddy, on-call en DM-support tijdens het PIP geschrapt, deadline billing-migratie verschoven. |
| Herplaatsing | twijfelachtig | Groepsbreed vacatureoverzicht binnen de opzegtermijn (1 maand) is aanwezig, maar functies in Gent zijn "niet verder onderzocht", de afwijzing van de medior- en supportfunctie is summier en het overzicht is niet met de werknemer besproken. |
| Niet het gevolg van ziekte | voldaan | Geen aanwijzingen voor ziekte. |

Advies: PIP met 6 weken verlengen op concreet gemaakte doelen (doel 4 als observeerbaar gedrag), herplaatsingsopties (o.a. Backend Engineer medior, Data Engineer Gent) met de werknemer bespreken en vastleggen. Als terugvaloptie kan de i-grond (cumulatie) in beeld komen.
"""
    readme = ("An informal, mixed-format tech dossier (expected verdict **at_risk**): Quantix Nederland B.V. in "
              "Eindhoven, part of Belgian Quantix NV, and senior backend engineer Joris van Leeuwen, managed from "
              "Gent. Flemish and English-flavoured Dutch ('da's', 'ge', 'tegen woensdag', 'merci', sprint, PR, PIP, "
              "ownership), Belgian date forms (16/09/2024). Root folder: two .txt notes (one with CRLF line "
              "endings), four .docx (PIP, kick-off, mid-term, final evaluation), three reportlab PDFs (coaching "
              "report, course invoice with euro sign, group vacancy overview). Nested `mails/` folder: four .eml "
              "threads with 'Fwd:'/'RE:' subjects and quoted or forwarded earlier messages; the document date is "
              "that of the top message.")
    D = Dossier(NAME, desc, conclusion, note, readme)

    D.txt("1on1_Joris_2024-03-12.txt", Meta("2024-03-12", "meeting_report", "Notities 1:1", "performance_review"),
          ONE_ON_ONE)

    concerns = ("Joris,\n\n"
                "Ik wil even op papier zetten wat we vandaag in onze 1:1 bespraken, zodat we allebei hetzelfde beeld "
                "hebben.\n\n"
                "1) Sprint 14: opnieuw 2 van de 4 stories niet af (QX-1502, QX-1507), zonder dat ge dat tijdens de "
                "sprint hebt aangegeven. Da's de zoveelste keer sinds maart.\n"
                "2) PR #2291 (refactor meter-import) stond 9 dagen open zonder reactie op de review comments van "
                "Lotte.\n"
                "3) On-call zondag 2/6: de pager is pas na 48 minuten opgenomen, de afspraak is max. 15 minuten. "
                "NetBrabant heeft daar een escalatie over gestuurd.\n\n"
                "Ik zeg het eerlijk: dit is niet het niveau dat we van een senior verwachten. Als dit zo doorgaat, "
                "moeten we een formeel traject (PIP) opstarten, en dat kan uiteindelijk gevolgen hebben voor uw "
                "contract. Ik wil dat vermijden. Laat ons samen bekijken wat ge nodig hebt. Plan gerust een extra "
                "gesprek in tegen volgende week.\n\n"
                "Groetjes,\nWouter\n\n" + W_SIG)
    D.eml("mails/Fwd_ concerns Joris - sprint 14.eml",
          Meta("2024-06-18", "correspondence", "Doorgestuurde e-mail met kritiek (sprint 14)"),
          sender=WOUTER, to=ELKE, subject="Fwd: concerns sprint 14", date=local_dt(2024, 6, 18, 8, 41, 12),
          msgid="<CAF3k9Yq7Lw2mZ0vJ8pXn4T-bQ1e@mail.gmail.com>", boundary_seed="qx1",
          body=("Hoi Elke,\n\n"
                "FYI hieronder de mail die ik vorige week naar Joris stuurde. Ik denk dat we stilaan richting een "
                "formeel traject moeten gaan. Kunnen we daar volgende week eens over bellen? Donderdag na 14u past "
                "mij.\n\nGroetjes,\nWouter\n\n"
                "---------- Forwarded message ---------\n"
                "Van: Wouter De Smet <wouter.desmet@quantix.io>\n"
                "Date: di 11 jun 2024 om 17:20\n"
                "Subject: concerns sprint 14\n"
                "To: Joris van Leeuwen <joris.vanleeuwen@quantix.io>\n\n" + concerns + "\n"))

    D.docx("Verslag kick-off PIP 09-09-2024.docx", Meta("2024-09-09", "meeting_report", "Verslag kick-off PIP", "start"),
           kickoff_blocks(), author="Marloes van Gils", created=local_dt(2024, 9, 9, 12, 3), font="Calibri",
           title="Verslag kick-off PIP", header_text="quantix | People & Culture")

    pip_v1_mail = ("Dag Joris,\n\n"
                   "Zoals aangekondigd stuur ik u in bijlage het concept van het PIP (v1). We bespreken het maandag "
                   "9/9 om 10u, Elke en ik zitten erbij via Teams.\n\n"
                   "Voor alle duidelijkheid: het doel is echt dat ge slaagt.\n\n"
                   "Groetjes,\nWouter")
    reaction = ("Hoi Wouter,\n\n"
                "Zoals afgesproken in de kick-off van maandag hierbij mijn schriftelijke reactie op het PIP (v1). Ik "
                "wil graag dat deze bij mijn dossier komt.\n\n"
                "1. Ik herken de punten over de reviews en de tests, en ik wil daar echt mee aan de slag. De mail van "
                "11 juni was duidelijk. Wel was ik verrast dat het nu meteen een formeel PIP wordt: na juni heb ik "
                "zelf het gevoel dat het beter ging (sprint 16: 88%), en daar is niets over gezegd.\n\n"
                "2. Werklast: ik draai 1 week op 4 on-call, ik trek de billing-migratie met een harde deadline in "
                "november en ik krijg nog steeds support-vragen van sales via DM (#ask-backend wordt door sales "
                "niet gebruikt). Ik vraag om tijdens het PIP uit de on-call rotatie te gaan en de deadline van de "
                "migratie opnieuw te bekijken. Anders meet je vooral hoeveel ballen ik tegelijk kan hooghouden.\n\n"
                "3. Doel 4 ('ownership tonen zoals van een senior verwacht mag worden') begrijp ik niet. Wat moet ik "
                "concreet anders doen en hoe wordt dat gemeten? 'Beoordeling door de EM' is geen meting. Ik wil niet "
                "over drie maanden afgerekend worden op iets wat niet omschreven is.\n\n"
                "4. Ik maak graag gebruik van de coach en de training, dank daarvoor.\n\n"
                "Groet,\nJoris\n\n"
                "Op vr 6 sep 2024 om 16:05 schreef Wouter De Smet <wouter.desmet@quantix.io>:\n" + quote(pip_v1_mail))
    D.eml("mails/RE_ PIP - mijn reactie.eml",
          Meta("2024-09-13", "employee_response", "Reactie werknemer op PIP (e-mail)"),
          sender=JORIS, to=WOUTER, cc=ELKE, subject="Re: PIP - mijn reactie", date=local_dt(2024, 9, 13, 23, 14, 55),
          msgid="<CAH8mQ2x5nVt7Rk1Lw0pZ3yB9sDf4g@mail.gmail.com>",
          in_reply_to="<CAF3k9Yq8Pp0rXb5Nq2Lk7Wv1cTe@mail.gmail.com>", boundary_seed="qx2", body=reaction + "\n")

    answer = ("Dag Joris,\n\n"
              "Merci voor uw uitgebreide reactie, da's precies de bedoeling. Ik overloop uw punten:\n\n"
              "1. Sprint 16 was inderdaad goed, dat had ik moeten benoemen. Maar sprint 15 en 17 zaten op 55% en 52%, "
              "dus over de hele periode blijft het beeld hetzelfde.\n"
              "2. Akkoord: ge gaat uit de on-call rotatie tot eind december, en sales gaat via #ask-backend (ik heb "
              "dat met Bart van sales afgesproken). De deadline van de billing-migratie schuift naar Q1 2025.\n"
              "3. Doel 4: ik heb er in v2 voorbeelden bij gezet (blockers proactief melden, risico's benoemen in "
              "refinements, collega's helpen). Het blijft voor een stuk een totaalbeeld, dat is nu eenmaal eigen aan "
              "senioriteit, maar we zullen het in de check-ins telkens concreet bespreken.\n"
              "4. Nadia van TalentBridge neemt contact met u op; Marloes regelt de training.\n\n"
              "In bijlage niets: v2 staat in de gedeelde map (PIP Joris van Leeuwen - v2). Graag tegen woensdag "
              "voor gezien tekenen.\n\n"
              "Groetjes,\nWouter\n\n" + W_SIG + "\n\n"
              "Op vr 13 sep 2024 om 23:14 schreef Joris van Leeuwen <joris.vanleeuwen@quantix.io>:\n" + quote(reaction))
    D.eml("mails/RE_ RE_ PIP - mijn reactie.eml",
          Meta("2024-09-17", "correspondence", "Antwoord leidinggevende op reactie werknemer"),
          sender=WOUTER, to=JORIS, cc=ELKE, subject="Re: Re: PIP - mijn reactie", date=local_dt(2024, 9, 17, 9, 2, 31),
          msgid="<CAF3k9YrT2s8Mx6Qb0Vn5Kp3Lw7e@mail.gmail.com>",
          in_reply_to="<CAH8mQ2x5nVt7Rk1Lw0pZ3yB9sDf4g@mail.gmail.com>", boundary_seed="qx3", body=answer + "\n")

    D.docx("PIP Joris van Leeuwen - v2 (definitief).docx",
           Meta("2024-09-17", "improvement_plan", "Performance Improvement Plan v2"), pip_blocks(),
           author="Wouter De Smet", created=local_dt(2024, 9, 17, 8, 40), font="Calibri", size=10.5,
           title="PIP Joris van Leeuwen", header_text="quantix | confidential",
           footer_text="PIP J. van Leeuwen - v2 - 17/09/2024")

    codecraft = ("Beste Wouter,\n\n"
                 "Bedankt voor je inschrijving! Hierbij bevestigen we de deelname van Joris van Leeuwen aan de "
                 "training Clean Code & Testing in Python op donderdag 10 en vrijdag 11 oktober 2024 (09:00-17:00), "
                 "CodeCraft Academy, Europalaan 400, Utrecht.\n\n"
                 "De factuur sturen we na afloop naar het factuuradres dat bij je organisatie bekend is. Vergeet "
                 "niet een laptop met Python 3.11+ mee te nemen.\n\n"
                 "Tot dan!\nTeam CodeCraft Academy")
    fwd1 = ("Marloes, kan jij dit verder regelen voor de factuur en de agenda van Joris? Thx!\nW\n\n"
            "---------- Forwarded message ---------\n"
            "Van: CodeCraft Academy <inschrijvingen@codecraft-academy.nl>\n"
            "Date: do 19 sep 2024 om 14:31\n"
            "Subject: Bevestiging inschrijving Clean Code & Testing in Python\n"
            "To: Wouter De Smet <wouter.desmet@quantix.io>\n\n" + codecraft)
    D.eml("mails/Fwd_ Fwd_ Inschrijving Clean Code & Testing in Python.eml",
          Meta("2024-09-20", "correspondence", "Doorgestuurde inschrijvingsbevestiging training"),
          sender=MARLOES, to=JORIS, cc=WOUTER, subject="Fwd: Fwd: Bevestiging inschrijving Clean Code & Testing in Python",
          date=local_dt(2024, 9, 20, 11, 27, 8), msgid="<CAJ2pW7n0qRt4Ys9Mk1Vb6Lx3cZa@mail.gmail.com>",
          boundary_seed="qx4",
          body=("Hoi Joris,\n\nZie hieronder de bevestiging van je inschrijving. Ik heb beide dagen in je agenda "
                "gezet en de treinreis mag je declareren.\n\nGroetjes,\nMarloes\n\n"
                "---------- Forwarded message ---------\n"
                "Van: Wouter De Smet <wouter.desmet@quantix.io>\n"
                "Date: vr 20 sep 2024 om 08:12\n"
                "Subject: Fwd: Bevestiging inschrijving Clean Code & Testing in Python\n"
                "To: Marloes van Gils <marloes.vangils@quantix.io>\n\n" + fwd1 + "\n"))

    rl = dict(engine="reportlab")
    D.pdf("Factuur CodeCraft 2024-1187.pdf", [invoice()],
          PdfInfo(title="Factuur 2024-1187", author="CodeCraft Academy", creator="Moneybird",
                  producer="Moneybird PDF", created=local_dt(2024, 10, 14, 6, 0, 12)), **rl)
    D.txt("checkin_week4_2024-10-15.txt", Meta("2024-10-15", "meeting_report", "PIP check-in week 4", "progress"),
          CHECKIN, crlf=True)
    D.docx("Mid-term evaluatie PIP Joris.docx",
           Meta("2024-10-29", "meeting_report", "Mid-term evaluatie PIP", "interim_evaluation"), midterm_blocks(),
           author="Elke Vermeulen", created=local_dt(2024, 10, 29, 16, 45), font="Calibri", size=10.5,
           title="Mid-term evaluatie PIP")
    D.pdf("TalentBridge - coachingsrapport J. van Leeuwen.pdf", [coaching_report()],
          PdfInfo(title="Coachingsrapport J. van Leeuwen", author="Nadia Bouzid", creator="Google Docs",
                  producer="Skia/PDF m131 Google Docs Renderer", created=local_dt(2024, 12, 9, 14, 20, 0)), **rl)
    D.docx("Eindevaluatie PIP - 13-12-2024.docx",
           Meta("2024-12-13", "meeting_report", "Eindevaluatie PIP", "final_evaluation"), final_blocks(),
           author="Elke Vermeulen", created=local_dt(2024, 12, 13, 15, 30), font="Calibri", size=10.5,
           title="Eindevaluatie PIP")
    D.pdf("Vacatureoverzicht Quantix Q4-2024.pdf", [vacancies()],
          PdfInfo(title="Vacatureoverzicht Q4 2024", author="Elke Vermeulen", creator="Microsoft Excel",
                  producer="Microsoft: Print To PDF", created=local_dt(2024, 12, 20, 11, 5, 0)), **rl)
    return D
