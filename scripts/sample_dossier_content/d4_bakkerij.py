"""Dossier 4 - Bakkerij De Korenschoof (Meppel): a small employer's scanned folder.

Bread baker Kevin Mulder (in dienst since 1 March 2019). The owner keeps a paper folder: a
handwritten note of a talk in November 2023, a typed warning (February 2024), a two-page
eight-week plan (June 2024), a handwritten interim note, a typed final talk and Kevin's
handwritten reaction, all scanned into ONE image-only PDF. Two digital files sit next to it: the
HACCP course invoice and the job description. Reasonable but thin: short trajectory including a
holiday week, redeployment only touched in one paragraph.
"""
from build_sample_dossiers import (
    KV,
    Bullets,
    Doc,
    Dossier,
    Hand,
    Meta,
    P,
    PdfInfo,
    Raw,
    Sig,
    Space,
    Style,
    Table,
    local_dt,
)

from .common import ft_pages, lang, lh_centered, lh_classic, num

NAME = "04_bakkerij_korenschoof"

BAKERY = lh_centered("Bakkerij De Korenschoof", ["ambachtelijke warme bakker sinds 1962",
                                                 "Hoofdstraat 21  -  7941 AE Meppel  -  0522 - 25 13 40  -  "
                                                 "info@korenschoof.nl"], size=17)
TYPED = Style(family="helvetica", size=12, ml=25, mr=24, mt=16, letterhead=BAKERY, leading=1.45, para_after=3.4)
TYPED_PLAIN = Style(family="helvetica", size=12, ml=25, mr=24, mt=18, leading=1.45, para_after=3.4)
NOTEPAPER = Style(family="helvetica", size=11, ml=22, mr=16, mt=14)


def lined_paper(n=30, gap=8.4):
    """Faint ruled lines and a margin line of a note pad (drawn behind the handwriting)."""
    def fn(meas, st, x0, W):
        ops = []
        for i in range(n):
            y = 6 + i * gap
            ops.append(("line", x0 - 12, y, x0 + W + 10, y, 0.15, (205, 215, 235)))
        ops.append(("line", x0 - 3, -8, x0 - 3, 6 + n * gap, 0.25, (235, 160, 160)))
        return ops, 0.0
    return Raw(fn)


def hand_page(lines, seed, size=13.5):
    # the pad's ruling is 8.4 mm; the handwriting uses the same pitch
    return [lined_paper(), Space(7.6), Hand(lines, size=size, line_h=8.4 / (size * 0.3528), seed=seed)]


def note_nov_2023():
    lines = [
        "Gesprek Kevin   14-11-23",
        "aanwezig: Gert-Jan, Henk, Kevin",
        "",
        "- broden te licht. gewogen 10 st. op 8/11:",
        "   770 - 790 gr (moet 800)",
        "- 3x in okt te laat klaar, winkel om 7.00",
        "   zonder bruin brood",
        "- HACCP lijst week 42 en 43 niet ingevuld",
        "- Kevin zegt: druk met nieuwe oven,",
        "   moet nog wennen aan de programma's",
        "",
        "afgesproken:",
        "- recepten en weegschaal opnieuw",
        "   doornemen met Henk",
        "- HACCP lijst elke dag invullen,",
        "   Henk kijkt op vrijdag",
        "- over 2 mnd weer praten (januari)",
        "",
        "                                  GJ",
    ]
    return Doc("2023-11-14", "meeting_report", "Handgeschreven gespreksnotitie", hand_page(lines, 41), NOTEPAPER,
               subtype="performance_review", scan="gray", seed=41, angle=-0.9)


def warning():
    iso = "2024-02-20"
    blocks = [
        P("Kevin Mulder\nZuideinde 44\n7941 GJ Meppel", after=8),
        P(f"Meppel, {lang(iso)}", after=6),
        P("Betreft: waarschuwing", style="B", after=5),
        P("Beste Kevin,"),
        P("Op 14 november 2023 hebben we met jou gepraat over je werk. We hebben toen afgesproken dat je de recepten "
          "opnieuw doorneemt met Henk, dat de broden weer op gewicht zijn en dat je de HACCP-lijst elke dag invult. "
          "In januari zouden we weer praten, maar dat is door de drukte niet gelukt."),
        P("Het is sindsdien niet beter geworden:"),
        Bullets(["Op maandag 15 januari 2024 was een hele plaat krentenbollen (60 stuks) niet gaar. Die hebben we weg "
                 "moeten gooien.",
                 "Op zaterdag 3 februari 2024 ging de winkel om 7.00 uur open zonder wit en bruin brood. Het brood was "
                 "pas om 7.40 uur klaar. Zaterdag is onze drukste dag.",
                 "De HACCP-lijst is in januari en februari op 9 dagen niet of maar half ingevuld. Bij een controle van "
                 "de NVWA kan dat een boete geven.",
                 "Henk heeft op 12 februari 10 volkorenbroden gewogen: 6 waren te licht (tussen 765 en 785 gram)."],
                item_after=1.2),
        P("Dit kan zo niet doorgaan. Met deze brief krijg je een **officiële waarschuwing**. Wij willen dat je je aan "
          "de recepten en gewichten houdt, dat het brood elke dag om half zeven klaar is en dat je de HACCP-lijst elke "
          "dag helemaal invult. Als het niet beter wordt, gaan we een verbeterplan met je maken. Als ook dat niet "
          "helpt, kan dat betekenen dat je niet bij ons kunt blijven werken."),
        P("Als je hierover wilt praten, kom dan even langs."),
        P("Met vriendelijke groet,", after=0),
        Sig([["Gert-Jan Wolters", "Bakkerij De Korenschoof"], ["voor ontvangst: Kevin Mulder", "20-2-24"]],
            squiggles=[601, 602], gap=15),
    ]
    return Doc(iso, "warning", "Waarschuwing", blocks, TYPED, subtype="first", scan="gray", seed=42, angle=0.6)


def plan():
    iso = "2024-06-03"
    blocks = [
        P("VERBETERPLAN KEVIN MULDER", size=14, style="B", after=4),
        KV([("Datum", "3 juni 2024"), ("Naam", "Kevin Mulder, broodbakker, in dienst sinds 1 maart 2019"),
            ("Leidinggevende", "Gert-Jan Wolters (eigenaar) en Henk Bos (chef-bakker)"),
            ("Periode", "maandag 10 juni t/m vrijdag 2 augustus 2024 (8 weken)")], key_w=36, row_after=0.5, after=5),
        P("Waarom dit plan", style="B", after=1.5, keep=True),
        P("Na het gesprek van 14 november 2023 en de waarschuwing van 20 februari 2024 gaat het nog steeds niet goed "
          "met het gewicht van de broden, het op tijd klaar zijn en de HACCP-lijst. In maart, april en mei was het "
          "brood op 11 dagen niet om 6.30 uur klaar, waren bij de weegcontroles 31 van de 90 broden te licht en was "
          "de HACCP-lijst op 14 dagen niet volledig. Met dit plan krijg je nog één kans om te laten zien dat je het "
          "werk goed kunt doen."),
        P("Wat moet beter en hoe meten we het", style="B", after=1.5, keep=True),
        Bullets([("1.", "**Gewicht.** Henk weegt elke dag 5 broden van verschillende soorten. Minimaal 4 van de 5 "
                        "moeten tussen 785 en 815 gram zijn (800 grams brood)."),
                 ("2.", "**Op tijd.** Het brood (wit, bruin, volkoren, mais) staat om 6.30 uur in de winkel. Dat moet "
                        "minimaal 4 van de 5 werkdagen per week lukken. Henk schrijft elke dag de tijd op."),
                 ("3.", "**HACCP.** De temperatuurlijst (koelcel, vriezer, kerntemperatuur oven) wordt elke dag "
                        "helemaal ingevuld. Henk controleert elke vrijdag. Geen enkele lege dag."),
                 ("4.", "**Gaar.** Geen producten die weg moeten omdat ze niet gaar zijn.")],
                indent=0, text_indent=7, item_after=1.5),
        P("Hulp", style="B", after=1.5, keep=True),
        Bullets(["De eerste twee weken (10 t/m 21 juni) werkt Henk vanaf 4.00 uur met je mee op de broodafdeling.",
                 "Je volgt op woensdag 19 juni 2024 de cursus HACCP en hygiëne bij Bakkers Vakopleiding Noord in "
                 "Zwolle. Wij betalen de cursus en je krijgt de uren gewoon betaald.",
                 "Bij de nieuwe oven komt een kaart met het programma per broodsoort."], item_after=1.2),
        P("Gesprekken", style="B", after=1.5, keep=True),
        Bullets(["Halverwege: rond vrijdag 5 juli 2024.", "Eindgesprek: vrijdag 2 augustus 2024."]),
        P("Wat als het niet lukt", style="B", after=1.5, keep=True),
        P("Als het na deze 8 weken niet goed genoeg is, willen we het dienstverband beëindigen. Dat kan in overleg, of "
          "anders vragen we de kantonrechter om het contract te ontbinden.", keep=True),
        Sig([["Gert-Jan Wolters", "3-6-2024"], ["Kevin Mulder (voor gezien)", "3-6-2024"]], squiggles=[601, 602]),
    ]
    return Doc(iso, "improvement_plan", "Verbeterplan (8 weken)", blocks, TYPED, scan="gray", seed=43, angle=-0.4)


def note_interim():
    lines = [
        "Tussengesprek Kevin   vr 5/7",
        "Henk + GJ + Kevin",
        "",
        "gewicht: beter! 4 v/d 5 goed op 19 v/d 23 dagen",
        "6.30 klaar:  wk 24: 4x   wk 25: 3x",
        "                   wk 26: 2x   wk 27: 3x",
        "HACCP: 2 dagen leeg (26/6 en 1/7)",
        "cursus HACCP gehaald 19/6, certificaat in map",
        "Kevin vindt tempo hoog sinds Henk niet",
        "   meer meewerkt",
        "tip Henk: deeg voor bruin om 3.45 al starten",
        "",
        "afspraak: zelfde doelen, eindgesprek 2 aug.",
        "Kevin 15 t/m 19 juli vrij (vakantie)",
        "",
        "                                  GJ",
    ]
    return Doc("2024-07-05", "meeting_report", "Handgeschreven notitie tussengesprek", hand_page(lines, 44),
               NOTEPAPER, subtype="interim_evaluation", scan="gray", seed=44, angle=1.1)


def final_talk():
    iso = "2024-08-02"
    blocks = [
        P("Verslag eindgesprek verbeterplan Kevin Mulder", size=13.5, style="B", after=3),
        KV([("Datum", "vrijdag 2 augustus 2024, 13.00 uur (na de productie)"),
            ("Aanwezig", "Gert-Jan Wolters, Henk Bos, Kevin Mulder")], key_w=26, row_after=0.5, after=4),
        P("Resultaten", style="B", after=1.5, keep=True),
        P("Gemeten van 10 juni t/m 1 augustus 2024, zonder de vakantieweek van Kevin (15 t/m 19 juli)."),
        Table([["Doel", "Norm", "Resultaat", "Gehaald?"],
               ["Gewicht", "4 van 5 broden goed", "op 30 van de 34 dagen goed", "ja"],
               ["Op tijd (6.30 uur)", "4 van 5 dagen per week", "in 2 van de 7 weken (week 24 en 30)", "nee"],
               ["HACCP-lijst", "geen lege dag", "4 dagen niet volledig (26/6, 1/7, 24/7, 30/7)", "nee"],
               ["Gaar", "geen afval", "1x: 22 juli, 40 pistolets weg", "nee"]],
              [34, 42, 62, 24], size=10, fill=(220, 220, 220)),
        P("Bespreking", style="B", after=1.5, keep=True),
        P("Het gewicht is duidelijk beter; dat hebben we ook tegen Kevin gezegd. Op tijd klaar zijn lukt nog steeds "
          "niet. Henk zegt dat je met de nieuwe oven en de vaste recepten om 6.30 uur klaar moet kunnen zijn, en dat "
          "dat bij hem en vroeger bij Ali ook altijd lukte. Kevin zegt dat hij van 4.00 tot 5.30 uur alleen op de "
          "broodafdeling staat en dat Henk na de eerste twee weken niet meer heeft meegewerkt. Gert-Jan zegt dat de "
          "bezetting hetzelfde is als voor de komst van de oven, toen Kevin wel op tijd klaar was, en dat leerling "
          "Daan sinds april om 5.00 uur begint en Kevin helpt met afwegen."),
        P("De HACCP-lijst is na de cursus beter bijgehouden, maar er waren toch weer vier dagen niet volledig "
          "ingevuld. Kevin zegt dat hij het op drukke dagen vergeet. Henk heeft hem daar iedere vrijdag op "
          "aangesproken."),
        P("Andere plek in de bakkerij", style="B", after=1.5, keep=True),
        P("We hebben gekeken of Kevin ergens anders in de bakkerij kan werken. In de winkel is geen plek: de vacature "
          "voor verkoopmedewerker is in juli ingevuld. Kevin heeft ook gezegd dat hij niet in de winkel wil werken. Op "
          "de banketafdeling werkt alleen Marco en daar is geen werk voor een tweede persoon."),
        P("Conclusie", style="B", after=1.5, keep=True),
        P("Het verbeterplan is niet gelukt. We willen het dienstverband beëindigen. We bieden Kevin een "
          "vaststellingsovereenkomst aan: einde per 1 oktober 2024, transitievergoeding en een goede referentie. Kevin "
          "heeft tot vrijdag 16 augustus 2024 bedenktijd en mag het voorstel laten bekijken door een jurist. Tekent hij "
          "niet, dan vragen we de kantonrechter om het contract te ontbinden."),
        P("Kevin zegt dat hij het er niet mee eens is en dat hij een reactie gaat schrijven.", keep=True),
        Sig([["Gert-Jan Wolters", "2-8-24"], ["Henk Bos", "2-8-24"], ["Kevin Mulder (voor gezien)", "2-8-24"]],
            squiggles=[601, 603, 602]),
    ]
    return Doc(iso, "meeting_report", "Verslag eindgesprek verbeterplan", blocks, TYPED_PLAIN,
               subtype="final_evaluation", scan="gray", seed=45, angle=0.3)


def reaction_kevin():
    lines = [
        "Meppel 6-8-2024",
        "Aan Gert-Jan",
        "Reactie op het eindgesprek",
        "",
        "Ik ben het er niet mee eens.",
        "Ik werk 5 jaar bij jullie en had nooit",
        "klachten tot de nieuwe oven kwam (sept. 23).",
        "Het gewicht is nu goed, dat zeggen jullie zelf.",
        "Ik sta van 4 tot half 6 alleen op de brood",
        "afdeling sinds Ali weg is. Daan doet alleen",
        "afwegen. Henk heeft maar 2 weken meegewerkt.",
        "8 weken is kort en ik was 1 week met vakantie,",
        "dus eigenlijk 7 weken.",
        "Ik wil graag blijven. Ik kan ook op banket",
        "werken, dat heb ik op school gehad.",
        "Ik teken de overeenkomst niet.",
        "",
        "Kevin Mulder",
    ]
    return Doc("2024-08-06", "employee_response", "Handgeschreven reactie werknemer", hand_page(lines, 46, size=14),
               NOTEPAPER, scan="gray", seed=46, angle=-1.2)


def invoice():
    iso = "2024-06-24"
    red = (150, 30, 30)
    st = Style(family="helvetica", size=9.5, ml=20, mr=20, mt=18,
               letterhead=lh_classic("Bakkers Vakopleiding Noord", "vakopleidingen voor bakkers en banketbakkers",
                                     ["Ceintuurbaan 12", "8024 AA Zwolle", "038 - 454 66 10",
                                      "administratie@bakkersvakopleiding.nl"], color=red, name_size=15),
               footer=ft_pages(fmt="", left="Bakkers Vakopleiding Noord B.V.  -  KvK 71234509  -  IBAN NL20 INGB "
                                            "0006 7812 45  -  vrijgesteld van btw op grond van art. 11 lid 1 sub o "
                                            "Wet OB", size=7))
    blocks = [
        P("Bakkerij De Korenschoof\nt.a.v. de heer G.J. Wolters\nHoofdstraat 21\n7941 AE  MEPPEL", after=10),
        P("FACTUUR", size=16, style="B", color=red, after=3),
        KV([("Factuurnummer", "2024-0612"), ("Factuurdatum", num(iso)), ("Vervaldatum", "08-07-2024"),
            ("Klantnummer", "K-1187")], key_w=32, row_after=0, after=6),
        Table([["Omschrijving", "Aantal", "Prijs", "Bedrag"],
               ["Training HACCP & hygiëne in de bakkerij (1 dag)\nwoensdag 19 juni 2024, locatie Zwolle\n"
                "deelnemer: dhr. K. Mulder", "1", "EUR 295,00", "EUR 295,00"],
               ["Lesmateriaal en certificaat", "1", "EUR 0,00", "EUR 0,00"],
               ["", "", "Totaal", "**EUR 295,00**"]],
              [95, 18, 28, 29], size=9.5, aligns=["L", "C", "R", "R"]),
        P("Wij verzoeken u het bedrag binnen 14 dagen over te maken onder vermelding van het factuurnummer. De "
          "deelnemer heeft de training met goed gevolg afgerond; het certificaat is op de cursusdag uitgereikt."),
        P("Met vriendelijke groet,\nBakkers Vakopleiding Noord"),
    ]
    return Doc(iso, "training", "Factuur HACCP-training", blocks, st)


def job_description_blocks():
    return [
        P("Bakkerij De Korenschoof", size=10),
        P("Functieomschrijving Broodbakker", size=16, style="B", keep=True),
        P("Vastgesteld: 9 januari 2023 (vervangt de versie van maart 2016)", size=9),
        P("Doel van de functie", size=12, style="B", keep=True),
        P("De broodbakker maakt volgens de vaste recepturen het dagelijkse assortiment brood en broodjes, zodat de "
          "winkel bij opening (7.00 uur, zaterdag 6.30 uur) volledig gevuld is met vers product van constante kwaliteit."),
        P("Taken", size=12, style="B", keep=True),
        Bullets(["grondstoffen afwegen en deeg maken volgens de receptuur;",
                 "deeg verdelen, opbollen, opmaken en laten rijzen;",
                 "afbakken met de juiste ovenprogramma's en kerntemperatuur;",
                 "het brood om 6.30 uur (zaterdag 6.00 uur) in de winkel hebben;",
                 "dagelijks de HACCP-registratie bijhouden (temperaturen koelcel, vriezer en oven, schoonmaak);",
                 "de broodafdeling schoon en opgeruimd achterlaten;",
                 "de leerling begeleiden bij afwegen en opmaken."]),
        P("Verantwoordelijkheden", size=12, style="B", keep=True),
        P("De broodbakker is verantwoordelijk voor de kwaliteit (gewicht, gaarheid, uiterlijk) van het brood en voor "
          "het tijdig klaar hebben van de productie. Hij meldt storingen aan de oven of tekorten aan grondstoffen "
          "direct aan de chef-bakker."),
        P("Eisen", size=12, style="B", keep=True),
        Bullets(["diploma Bakker niveau 2 of vergelijkbare ervaring;",
                 "kennis van HACCP en hygiënecode voor de bakkerij;",
                 "kunnen werken in een vroege dienst (start 4.00 uur)."]),
        KV([("Werktijden", "maandag t/m vrijdag 4.00 - 12.30 uur, zaterdag 3.30 - 11.30 uur (rooster)"),
            ("Rapporteert aan", "chef-bakker (Henk Bos)"),
            ("Cao", "Cao voor het Bakkersbedrijf, functiegroep C")]),
    ]


def build(k):
    desc = ("Bread baker at a small bakery in Meppel; the owner's paper folder scanned into one image-only PDF of 8 "
            "pages (handwritten notes, a typed warning, a two-page eight-week plan, a typed final talk and the "
            "employee's handwritten reaction), plus a digital course invoice and the job description.")
    conclusion = {
        "verdict": "at_risk",
        "criteria": {"timely_notice": "met", "improvement_opportunity": "doubtful", "training_and_conditions": "met",
                     "redeployment": "doubtful", "not_due_to_illness": "met"},
        "summary": ("Het dossier is redelijk, maar een ontbindingsverzoek is riskant. Kevin Mulder is tijdig en "
                    "concreet gewaarschuwd (gespreksnotitie november 2023, schriftelijke waarschuwing februari 2024 "
                    "waarin het mogelijke ontslag is genoemd) en het plan heeft meetbare doelen, hulp van de "
                    "chef-bakker en een HACCP-cursus, en noemt ontbinding als gevolg. Het traject duurde echter maar "
                    "acht weken, waarvan één week vakantie, de tussentijdse evaluatie is alleen een handgeschreven "
                    "notitie en op het gewicht is Kevin wel verbeterd. Herplaatsing is slechts in één alinea "
                    "afgedaan; zijn aanbod om op de banketafdeling te werken is niet onderzocht. Verlengen van het "
                    "traject en een gedocumenteerd herplaatsingsonderzoek verkleinen het risico."),
    }
    note = """# 04 - Bakkerij De Korenschoof / K. Mulder (broodbakker)

**Conclusie: risicovol (at_risk).** De basis is aanwezig, maar het traject is kort en de herplaatsing mager.

| Vereiste | Oordeel | Waarom |
|---|---|---|
| Tijdig in kennis gesteld | voldaan | Gespreksnotitie 14-11-2023 met concrete punten (gewicht, te laat, HACCP), schriftelijke waarschuwing 20-2-2024 met voorbeelden en de mededeling dat hij anders "niet bij ons kan blijven werken". Wel: geen beoordelingen over de vijf jaar daarvoor. |
| Voldoende gelegenheid tot verbetering | twijfelachtig | Doelen zijn concreet en meetbaar, gevolg benoemd, hulp geregeld. Maar 8 weken (netto 7 door vakantie) is kort, ook voor een productiefunctie; de tussentijdse evaluatie is alleen een handgeschreven notitie zonder handtekening werknemer; de verbetering op het gewicht laat zien dat het traject effect had en langer had kunnen lopen. Zijn schriftelijke reactie is niet beantwoord. |
| Scholing en arbeidsomstandigheden | voldaan | HACCP-cursus (factuur, certificaat), twee weken meewerken door de chef-bakker, programmakaart bij de oven. De bezetting (alleen van 4.00 tot 5.30 uur) is besproken en door de werkgever gemotiveerd weerlegd. |
| Herplaatsing | twijfelachtig | Eén alinea in het eindverslag: winkel (vacature net ingevuld, werknemer wil niet) en banket (geen werk). Geen onderzoek binnen de opzegtermijn van twee maanden, zijn aanbod om op banket te werken is niet beantwoord. Bij een kleine ambachtelijke bakkerij is weinig ruimte, maar dat moet beter onderbouwd worden. |
| Niet het gevolg van ziekte | voldaan | Geen aanwijzingen voor ziekte. |

Advies: traject met enkele weken verlengen met formele tussentijdse evaluatie, reactie van de werknemer schriftelijk beantwoorden en een kort, gedocumenteerd herplaatsingsonderzoek (winkel, banket, verwachte vacatures) toevoegen.
"""
    readme = ("A small employer's scanned folder (expected verdict **at_risk**): Bakkerij De Korenschoof in Meppel and "
              "bread baker Kevin Mulder. `scan_personeelsmap_Kevin.pdf` is **image-only** (8 grayscale JPEG pages at "
              "200 dpi, slightly rotated, speckled, no text layer) holding 6 documents: two handwritten-looking notes "
              "on ruled note paper, a typed warning on letterhead, a two-page plan, a typed final-talk report without "
              "letterhead and the employee's handwritten reaction. Next to it a digital invoice for a HACCP course (PDF) "
              "and the job description (.docx, document type `other`).")
    D = Dossier(NAME, desc, conclusion, note, readme)
    docs = [note_nov_2023(), warning(), plan(), note_interim(), final_talk(), reaction_kevin()]
    D.pdf("scan_personeelsmap_Kevin.pdf", docs,
          PdfInfo(title="", author="", creator="RICOH MP C2004ex", producer="RICOH MP C2004ex",
                  created=local_dt(2024, 8, 12, 10, 41, 5)))
    D.pdf("Factuur HACCP training 2024-0612.pdf", [invoice()],
          PdfInfo(title="Factuur 2024-0612", author="Bakkers Vakopleiding Noord", creator="Exact Online",
                  producer="Exact Online PDF", created=local_dt(2024, 6, 24, 8, 2, 44)))
    D.docx("Functieomschrijving broodbakker 2023.docx",
           Meta("2023-01-09", "other", "Functieomschrijving broodbakker"), job_description_blocks(),
           author="Gert-Jan Wolters", created=local_dt(2023, 1, 9, 20, 15), font="Arial", size=10.5,
           title="Functieomschrijving Broodbakker")
    return D
