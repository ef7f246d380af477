"""Who is who in a dossier: the people, their roles and documents, a change of manager, one pseudonym per person."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import builders
import pytest

from analyzer.dossier import Document, Page
from analyzer.facts.people import (
    RELATIONS,
    ManagerPeriod,
    find_people,
    manager_change_line,
    manager_changes,
    people_lines,
    people_to_dict,
)
from analyzer.pipeline import AnalysisSettings, analyze
from analyzer.report import build_report, validate_report
from analyzer.report.redact import person_tags, pseudonyms, redact_report

SAMPLES = Path(__file__).parents[1] / "sample_dossiers"
NAMES = sorted(p.name.removesuffix(".people.json") for p in (SAMPLES / "_expected").glob("*.people.json"))
SETTINGS = AnalysisSettings(workers=1)  # the session's shared extraction cache (conftest)


@pytest.fixture(scope="module")
def dossiers(tmp_path_factory):
    """The analysed sample dossiers, read without the user's corrections or model."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DOSSIER_ANALYZER_HOME", str(tmp_path_factory.mktemp("home")))
        return {name: analyze(SAMPLES / name, SETTINGS, corrections={}) for name in NAMES}


def document_keys(documents: tuple[Document, ...]) -> dict[str, str]:
    """Each document as the expected files name it: its file, "> attachment", and "p. N" (first page) when the
    file holds several documents — a name that survives renumbering."""
    counts = Counter((d.file, d.attachment) for d in documents)
    keys = {}
    for doc in documents:
        key = doc.file + (f" > {doc.attachment}" if doc.attachment else "")
        if counts[(doc.file, doc.attachment)] > 1 and doc.page_range:
            key += f" p. {doc.page_range[0]}"
        keys[doc.id] = key
    return keys


def doc(id_: str, text: str, date: str | None = None, doc_type: str = "correspondence") -> Document:
    return Document(
        id=id_,
        file=f"{id_}.txt",
        pages=(Page(None, text),),
        paginated=False,
        doc_type=doc_type,
        date=dt.date.fromisoformat(date) if date else None,
    )


# ------------------------------------------------------------------------------------ the sample dossiers


def test_every_sample_dossier_has_its_people_written_down():
    assert [p.name for p in sorted(SAMPLES.iterdir()) if p.is_dir() and p.name[0].isdigit()] == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_people_of_each_sample_dossier_are_exactly_the_ones_read_by_hand(dossiers, name):
    documents = dossiers[name].documents
    keys = document_keys(documents)
    found = [
        {"name": p.name, "role": p.role, **{rel: [keys[i] for i in getattr(p, rel)] for rel in RELATIONS}}
        for p in find_people(documents)
    ]
    expected = json.loads((SAMPLES / "_expected" / f"{name}.people.json").read_text(encoding="utf-8"))
    for person, relation, document in OCR_MISSES.get(name, ()):
        next(p for p in expected["people"] if p["name"] == person)[relation].remove(document)
    assert found == expected["people"]


# What a hand reader sees and OCR loses: dossier 04's note on ruled paper (p. 1) reads "aanwezig: Gert-Jan. Henk
# Kevin"; without its commas the three first names are not told apart from one person's name.
OCR_MISSES = {
    "04_bakkerij_korenschoof": [
        ("Henk Bos", "attended", "scan_personeelsmap_Kevin.pdf p. 1"),
        ("Kevin Mulder", "attended", "scan_personeelsmap_Kevin.pdf p. 1"),
    ]
}


def test_every_form_of_a_name_is_merged_into_one_person(dossiers):
    employee, manager, hr, *_ = find_people(dossiers["01_hoekstra_logistiek"].documents)
    assert employee.aliases == (
        "De heer M. Verhoeven",
        "M. Verhoeven",
        "Mark",
        "Mark Verhoeven",
        "de heer M. Verhoeven",
    )
    assert manager.aliases == ("I. Post", "Ingrid", "Ingrid Post", "mevrouw I. Post")
    assert hr.aliases == ("B. Kuipers", "Bas", "Bas Kuipers", "de heer B. Kuipers", "heer Kuipers")
    assert (employee.first_seen, employee.last_seen) == (dt.date(2022, 2, 8), dt.date(2024, 5, 17))


def test_people_lines_name_role_and_documents_in_dutch(dossiers):
    lines = people_lines(find_people(dossiers["02_kroon_makelaardij"].documents))
    assert lines == [
        "Sanne Brugman — werknemer — schreef D007; tekende D001, D002, D008; aanwezig bij D003, D004; "
        "ontving D005, D006, D009",
        "Rob Kroon — leidinggevende — schreef D001, D002, D005, D006, D009; tekende D001, D002, D003, D004, D008; "
        "aanwezig bij D003, D004; ontving D007",
        "Erik van Leeuwen — overig — tekende D003; aanwezig bij D003, D004; ontving D007",
    ]


def test_two_managers_side_by_side_are_no_change_of_manager(dossiers):
    periods = manager_changes(find_people(dossiers["04_bakkerij_korenschoof"].documents))
    assert [p.name for p in periods] == ["Gert-Jan Wolters", "Henk Bos"]
    assert manager_change_line(periods) is None


# ------------------------------------------------------------------------------------ a change of manager


def test_a_change_of_manager_during_the_trajectory_is_shown(tmp_path: Path):
    folder = tmp_path / "wissel"
    plan = [
        "VERBETERPLAN\nMedewerker Thijs Jansen, monteur\nLeidinggevende Anna de Vries, teamleider werkplaats\n"
        "Datum 15-01-2024\nLooptijd 22 januari 2024 tot en met 24 mei 2024\n1. Doelen\nMaximaal 2 herstelfouten per "
        "maand.\nA. de Vries T. Jansen, voor gezien\n15-01-2024 17-01-2024"
    ]
    builders.write(folder, "verbeterplan.pdf", builders.text_pdf(plan))
    builders.write(
        folder,
        "voortgang februari.eml",
        builders.eml_bytes(
            sender="Anna de Vries <a.devries@werkplaats.nl>",
            to="Thijs Jansen <t.jansen@werkplaats.nl>",
            date="Tue, 13 Feb 2024 16:00:00 +0100",
            subject="Voortgang verbeterplan",
            body="Beste Thijs,\n\nIn januari had je drie herstelfouten. We bespreken dit op 12 maart.\n\n"
            "Met vriendelijke groet,\n\nAnna de Vries\nTeamleider werkplaats",
        ),
    )
    builders.write(
        folder,
        "voortgang maart.docx",
        builders.docx_bytes(
            [
                "Verslag voortgangsgesprek",
                "Datum: 12-03-2024",
                "Aanwezig: Anna de Vries (teamleider, verslag), Thijs Jansen",
                "Thijs had in februari twee herstelfouten; de norm is gehaald.",
            ]
        ),
    )
    builders.write(
        folder,
        "voortgang april.docx",
        builders.docx_bytes(
            [
                "Verslag voortgangsgesprek",
                "Datum: 16-04-2024",
                "Aanwezig: Peter Bakker (teamleider, verslag), Thijs Jansen",
                "Peter is sinds 1 april de nieuwe teamleider van de werkplaats. In maart waren er vier herstelfouten.",
            ]
        ),
    )
    final = [
        "Verslag eindevaluatie verbetertraject\nDatum 24-05-2024\nAanwezig: Peter Bakker (teamleider), Linda Smit "
        "(HR-adviseur, verslag), Thijs Jansen\nDe doelen zijn niet gehaald.\n"
        "P. Bakker L. Smit T. Jansen, voor gezien\n24-05-2024 24-05-2024 28-05-2024"
    ]
    builders.write(folder, "eindevaluatie.pdf", builders.text_pdf(final))

    people = find_people(analyze(folder, SETTINGS, corrections={}).documents)

    assert [(p.name, p.role) for p in people] == [
        ("Thijs Jansen", "employee"),
        ("Anna de Vries", "manager"),
        ("Peter Bakker", "manager"),
        ("Linda Smit", "hr"),
    ]
    assert manager_changes(people) == [
        ManagerPeriod("Anna de Vries", dt.date(2024, 1, 15), dt.date(2024, 3, 12)),
        ManagerPeriod("Peter Bakker", dt.date(2024, 4, 16), dt.date(2024, 5, 24)),
    ]
    assert (
        people_lines(people)[0] == "leidinggevende gewisseld: Anna de Vries (tot 3-2024) → Peter Bakker (vanaf 4-2024)"
    )
    assert people_to_dict(people)[1] == {
        "name": "Anna de Vries",
        "role": "manager",
        "aliases": ["A. de Vries", "Anna de Vries"],
        "wrote": ["D004", "D005"],
        "signed": ["D002"],
        "attended": ["D005"],
        "received": [],
        "first_seen": "2024-01-15",
        "last_seen": "2024-03-12",
    }


# ------------------------------------------------------------------------------------ precision


def test_a_company_a_heading_or_a_job_title_is_no_person():
    letter = doc(
        "D001",
        "Bakkers Vakopleiding Noord\nCeintuurbaan 12\nFACTUUR\nDeelnemer: dhr. K. Mulder\nMet vriendelijke groet,\n"
        "Bakkers Vakopleiding Noord\nBakkers Vakopleiding Noord B.V. - KvK 71234509",
    )
    minutes = doc(
        "D002",
        "Verslag kick-off\nReactie Joris\nJoris is verrast dat het meteen een formeel traject wordt, zegt hij.\n"
        "Met vriendelijke groet,\n\nJeroen Aarts\nManager Finance",
    )
    assert [(p.name, p.role, p.wrote) for p in find_people([letter, minutes])] == [
        ("Jeroen Aarts", "manager", ("D002",)),
        ("K. Mulder", "other", ()),  # named in a form field, a person all right
    ]


def test_a_quoted_or_forwarded_message_counts_for_nobody():
    reply = doc(
        "D001",
        "Van: Rob Kroon <rob@kroon.nl>\nAan: Sanne Brugman <sanne@kroon.nl>\nOnderwerp: RE: reactie\n\nSanne,\n\n"
        "Ontvangen.\n\nRob\n\nVan: Sanne Brugman <sanne@kroon.nl>\nAan: Rob Kroon <rob@kroon.nl>\n"
        "CC: Erik van Leeuwen <erik@kroon.nl>\n\nBeste Rob en Erik,\n\nMijn reactie.\n\nGroet,\nSanne",
    )
    people = {p.name: p for p in find_people([reply])}
    assert set(people) == {"Rob Kroon", "Sanne Brugman"}
    assert (people["Rob Kroon"].wrote, people["Sanne Brugman"].received, people["Sanne Brugman"].wrote) == (
        ("D001",),
        ("D001",),
        (),
    )


def test_an_empty_date_beside_a_name_is_no_signature():
    minutes = doc(
        "D001",
        "Verslag voortgangsgesprek\nAanwezig Ingrid Post, Mark Verhoeven\nDe cijfers zijn besproken.\n"
        "I. Post M. Verhoeven, voor gezien\n13-02-2024 datum:",
        doc_type="meeting_report",
    )
    assert {p.name: p.signed for p in find_people([minutes])} == {"Ingrid Post": ("D001",), "Mark Verhoeven": ()}


# ------------------------------------------------------------------------------------ one pseudonym per person


def test_redaction_gives_each_person_one_tag_everywhere(dossiers):
    report = build_report(dossiers["01_hoekstra_logistiek"])
    validate_report(report)
    people = report["people"]
    tags = person_tags(people)
    assert tags == ["[WERKNEMER]", "[LEIDINGGEVENDE]", "[HR]", "[COACH]", "[BETROKKENE-1]", "[BETROKKENE-2]"]
    table = pseudonyms(people)
    for person, tag in zip(people, tags, strict=True):
        assert {table[alias] for alias in [person["name"], *person["aliases"]]} == {tag}

    redacted = redact_report(report)
    validate_report(redacted)
    text = json.dumps(redacted, ensure_ascii=False)
    survivors = [
        alias
        for person in people
        for alias in [person["name"], *person["aliases"]]
        if re.search(rf"(?<![\w@]){re.escape(alias)}(?![\w])", text)
    ]
    assert survivors == []
    assert [p["name"] for p in redacted["people"]] == tags
    titles = {d["id"]: d["title"] for d in redacted["documents"]}
    assert "[WERKNEMER]" in titles["D006"] and "[WERKNEMER]" in titles["D015"]
    assert redacted["readiness"] == report["readiness"]
