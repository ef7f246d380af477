"""Duplicates and threads: the same letter in three formats is one warning; a reply is linked to what it quotes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from builders import docx_bytes, eml_bytes, text_pdf, write

from analyzer.dossier import Document, Page
from analyzer.duplicates import find_links, groups, mark_duplicates, scored
from analyzer.evaluation import document_key, evaluate_duplicates
from analyzer.pipeline import AnalysisSettings, analyze
from analyzer.report import build_report

WARNING = [
    "Hoekstra Logistiek B.V.",
    "Aan: de heer T. Vermeulen",
    "Datum: 14 september 2023",
    "Betreft: schriftelijke waarschuwing",
    "Beste Thijs,",
    "Op 12 september hebben wij gesproken over je functioneren als planner. Je levert de weekplanning structureel "
    "te laat aan: in de afgelopen acht weken was de planning zes keer na donderdag 12.00 uur klaar, terwijl de "
    "afspraak is dat de chauffeurs hem donderdag om 12.00 uur hebben.",
    "Ook zijn in juli en augustus elf ritten dubbel ingepland, wat tot klachten van twee klanten heeft geleid.",
    "Hierbij geven wij je een schriftelijke waarschuwing. Wij verwachten dat de planning vanaf nu elke week op tijd "
    "en zonder dubbele ritten wordt aangeleverd. Verbetert dit niet, dan kan dit gevolgen hebben voor je "
    "dienstverband, tot en met ontslag.",
    "Met vriendelijke groet,",
    "Annemiek de Boer, HR-adviseur",
]
REPLY = (
    "Beste Annemiek,\n\nIk heb je brief ontvangen. Ik ben het er niet mee eens: de late planning komt doordat de "
    "orders pas woensdagavond binnenkomen. Dat heb ik al twee keer gemeld.\n\nGroet,\nThijs Vermeulen\n\n"
    "Op 14 sep. 2023 om 10:12 schreef Annemiek de Boer <a.deboer@hoekstra.nl>:\n"
)


@pytest.fixture(scope="module")
def thrice(tmp_path_factory) -> tuple[Path, object]:
    """One warning as a PDF, as a .docx and as the attachment of the e-mail that sent it; a reply quoting it."""
    folder = tmp_path_factory.mktemp("dossier")
    letter = "\n".join(WARNING)
    write(folder, "2023-09-14 Waarschuwing.pdf", text_pdf([letter]))
    write(folder, "Waarschuwing Thijs.docx", docx_bytes(WARNING))
    sent = eml_bytes(
        sender="Annemiek de Boer <a.deboer@hoekstra.nl>",
        to="Thijs Vermeulen <t.vermeulen@hoekstra.nl>",
        date="Thu, 14 Sep 2023 10:12:00 +0200",
        subject="Schriftelijke waarschuwing",
        body="Beste Thijs,\n\nBijgaand de brief waarover we dinsdag spraken.\n\nGroet,\nAnnemiek",
        attachments=[("Waarschuwing.pdf", text_pdf([letter]), "application/pdf")],
    )
    write(folder, "Schriftelijke waarschuwing.eml", sent)
    quoted = "\n".join("> " + line for paragraph in WARNING for line in paragraph.splitlines())
    reply = eml_bytes(
        sender="Thijs Vermeulen <t.vermeulen@hoekstra.nl>",
        to="Annemiek de Boer <a.deboer@hoekstra.nl>",
        date="Fri, 15 Sep 2023 08:30:00 +0200",
        subject="RE: Schriftelijke waarschuwing",
        body=REPLY + quoted,
    )
    write(folder, "RE Schriftelijke waarschuwing.eml", reply)
    return folder, analyze(folder, AnalysisSettings(use_cache=False, workers=1))


def test_the_same_warning_in_three_formats_is_one_group_with_one_primary(thrice):
    _, dossier = thrice
    by_key = {document_key(d): d for d in dossier.documents}
    primary = by_key["2023-09-14 Waarschuwing.pdf"]  # a file of its own, with a text layer
    assert {k: (d.duplicate_of, d.duplicate_kind) for k, d in by_key.items()} == {
        "2023-09-14 Waarschuwing.pdf": (None, None),
        "Waarschuwing Thijs.docx": (primary.id, "exact"),
        "Schriftelijke waarschuwing.eml": (None, None),
        "Schriftelijke waarschuwing.eml › Waarschuwing.pdf": (primary.id, "exact"),
        "RE Schriftelijke waarschuwing.eml": (None, None),
    }
    assert by_key["RE Schriftelijke waarschuwing.eml"].quotes == (primary.id,)
    reply = by_key["RE Schriftelijke waarschuwing.eml"].id
    assert groups(dossier.documents) == [sorted([primary.id, by_key["Waarschuwing Thijs.docx"].id,
                                                 by_key["Schriftelijke waarschuwing.eml › Waarschuwing.pdf"].id, reply])]  # fmt: skip


def test_a_warning_that_appears_three_times_counts_as_one_warning(thrice):
    _, dossier = thrice
    primary = next(d.id for d in dossier.documents if d.file == "2023-09-14 Waarschuwing.pdf")
    assert [(c.form, {e.document for e in c.evidence}) for c in dossier.assessment.facts.criticisms] == [
        ("warning", {primary})
    ]
    report = build_report(dossier)
    exhibits = {document_key(d): d["exhibit"] for d in report["documents"]}
    assert exhibits == {
        "2023-09-14 Waarschuwing.pdf": 1,
        "Waarschuwing Thijs.docx": None,
        "Schriftelijke waarschuwing.eml": 2,
        "Schriftelijke waarschuwing.eml › Waarschuwing.pdf": None,
        "RE Schriftelijke waarschuwing.eml": 3,
    }


def _doc(doc_id: str, text: str, date: dt.date | None) -> Document:
    return Document(id=doc_id, file=f"{doc_id}.txt", pages=(Page(None, text),), paginated=False, date=date)


def test_two_reports_on_one_form_months_apart_are_not_versions_of_each_other():
    form = "Verslag voortgangsgesprek verbetertraject\nAanwezig: Thijs Vermeulen, Petra Smit (teamleider)\n"
    first = form + (
        "De planning was in februari drie keer te laat. Thijs geeft aan dat de orders te laat binnenkomen. "
        "Afgesproken is dat hij de orders zelf woensdag om 16.00 uur opvraagt bij de verkoop."
    )
    second = form + (
        "In april was de planning elke week op tijd en zonder dubbele ritten. Petra complimenteert Thijs met de "
        "verbetering; wel blijft de communicatie met de chauffeurs een aandachtspunt voor de komende weken."
    )
    documents = [_doc("D001", first, dt.date(2024, 2, 13)), _doc("D002", second, dt.date(2024, 4, 9))]
    assert find_links(documents) == []
    assert scored(mark_duplicates(documents)) == mark_duplicates(documents)


def test_a_draft_and_the_final_plan_are_versions_and_the_later_one_counts():
    draft = (
        "Verbeterplan Thijs Vermeulen, planner. Doel 1: de weekplanning staat elke donderdag om 12.00 uur klaar. "
        "Doel 2: geen dubbel ingeplande ritten meer. Ondersteuning: wekelijks overleg met de teamleider en een "
        "cursus plannen bij Transport Academie. Looptijd: acht weken, met een tussenevaluatie na vier weken. "
        "Als de doelen niet worden gehaald, kan dit leiden tot beëindiging van het dienstverband."
    )
    final = draft.replace("acht weken", "tien weken") + " Thijs heeft het plan ontvangen en voor gezien getekend."
    documents = [_doc("D001", draft, dt.date(2024, 1, 10)), _doc("D002", final, dt.date(2024, 1, 16))]
    marked = mark_duplicates(documents)
    assert [(d.id, d.duplicate_of, d.duplicate_kind) for d in marked] == [
        ("D001", "D002", "version"),
        ("D002", None, None),
    ]
    assert [d.id for d in scored(marked)] == ["D002"]


def test_grouping_on_the_planted_sets_finds_every_repeat_and_quote_and_nothing_else():
    """tests/duplicate_sets: 8 dossiers (4 dev, 4 held out, fixed before the thresholds were looked at) with the same
    letter as PDF, scan, .docx, .txt, e-mail body and attachment, versions, quoting replies and forwards, beside
    hard negatives (two reports on one form, two warnings months apart, a reaction citing one sentence)."""
    perfect = {"precision": 1.0, "recall": 1.0}
    assert evaluate_duplicates() == {
        "dev": {"exact": {**perfect, "pairs": 13}, "near": {**perfect, "pairs": 9}},
        "heldout": {"exact": {**perfect, "pairs": 14}, "near": {**perfect, "pairs": 10}},
    }
