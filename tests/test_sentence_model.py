"""The facts layer's sentence model: honest shipped figures, independent training data, safe files, and sentences
it never saw."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pytest
from reproducibility import REBUILD_ATOL

from analyzer.classify.model import ModelFileError
from analyzer.classify.real import shingles
from analyzer.dossier import Document, Page
from analyzer.facts import illness
from analyzer.facts.conditions import STATUS, TOPICS, complaint_responses, complaints, trainings
from analyzer.facts.illness import physician_statements
from analyzer.facts.redeployment import SEARCH, redeployment
from analyzer.facts.sentence_model import (
    EVALUATED,
    FAMILIES,
    LABELS,
    PASSAGE_WORDS,
    SHIPPED_METRICS,
    SHIPPED_MODEL,
    WRITTEN_FAMILIES,
    background_sentences,
    corpus_sentences,
    dossier_sentences,
    evaluated_passages,
    fit,
    load,
    load_sentences,
    normalise,
    save,
    shipped_model,
)
from analyzer.facts.trajectory import STANCES, stances

ROOT = Path(__file__).parents[1]
SENTENCES = ROOT / "corpus" / "sentences"


@pytest.fixture(scope="module")
def model():
    return shipped_model()


def test_no_sentence_the_model_learns_from_comes_from_a_dossier_it_is_measured_on():
    evaluated = evaluated_passages([ROOT / path for path in EVALUATED])
    assert len(evaluated) > 10_000
    learned = [*load_sentences(SENTENCES), *background_sentences(ROOT / "corpus")]
    shared = [s.text for s in learned if shingles(s.text, PASSAGE_WORDS) & evaluated]
    assert shared == []
    # the held-out facts dossiers are among the measured ones; the development dossiers are learned from
    assert Path("tests/facts_dossiers/heldout") in EVALUATED
    assert Path("tests/facts_dossiers/dev") not in EVALUATED


def test_shipped_figures_are_measured_on_writers_the_model_did_not_learn_from():
    figures = json.loads(SHIPPED_METRICS.read_text(encoding="utf-8"))
    items = load_sentences(SENTENCES)
    assert figures["sentences"] == len(items)
    assert figures["writers"] == sorted({i.writer for i in items})
    # every family written for is measured on at least three writers of its own, each left out in turn; the others
    # learn only from the development dossiers and are measured on the facts they find (scripts/facts_dev_folds.py)
    assert set(figures["writers_per_family"]) == set(WRITTEN_FAMILIES) < set(FAMILIES)
    for family in WRITTEN_FAMILIES:
        assert figures["writers_per_family"][family] == sorted({i.writer for i in items if family in i.families})
        assert len(figures["writers_per_family"][family]) >= 3
    assert figures["corpus_sentences"] == len(corpus_sentences(ROOT / "corpus")) == 4000
    assert figures["dossier_sentences"] == len(dossier_sentences(ROOT / "corpus")) > 15_000
    assert set(figures["per_label"]) == {label for family in WRITTEN_FAMILIES for label in FAMILIES[family]}
    assert {label for family, labels in FAMILIES.items() for label in labels} == set(LABELS)
    assert min(row["n"] for row in figures["per_label"].values()) >= 20


def test_shipped_model_is_what_training_builds(model, tmp_path: Path):
    rebuilt = fit([*load_sentences(SENTENCES), *background_sentences(ROOT / "corpus")])
    texts = ["Ik sta sinds maart alleen op de afdeling.", "Wij hebben de roosters naast elkaar gelegd."]
    assert np.allclose(rebuilt.probabilities(texts), model.probabilities(texts), rtol=0, atol=REBUILD_ATOL)
    save(rebuilt, tmp_path / "zinnen.npz")
    assert np.allclose(load(tmp_path / "zinnen.npz").probabilities(texts), model.probabilities(texts))
    assert SHIPPED_MODEL.stat().st_size < 10_000_000


def test_counting_a_sentence_once_for_all_families_gives_each_familys_own_probabilities(model):
    """The families share their vectorizers' settings, so a sentence is counted once for all of them; each family
    still weighs only its own terms, exactly as when it reads the sentence alone."""
    texts = ["Ik sta sinds maart alleen op de afdeling.", "Er is gekeken naar een functie binnen de hele groep.", "ok"]
    alone = np.hstack([family.probabilities([normalise(t) for t in texts]) for family in model.families])
    assert alone.shape == (3, len(model.labels))
    assert np.allclose(model.probabilities(texts), alone, rtol=0, atol=1e-12)


def test_a_family_learns_only_from_sentences_labelled_for_it():
    """A conditions sentence marked `none` says nothing about a stance: adding the stance sentences leaves the
    conditions' probabilities exactly as they were."""
    written, background = load_sentences(SENTENCES), corpus_sentences(ROOT / "corpus")
    both = fit([*written, *background])
    conditions_only = fit([*(i for i in written if i.families == ("conditions",)), *background])
    texts = ["Ik sta sinds maart alleen op de afdeling.", "Die cursus heb ik echt niet nodig, dat kan ik al jaren."]
    columns = len(FAMILIES["conditions"])
    assert np.array_equal(both.probabilities(texts)[:, :columns], conditions_only.probabilities(texts)[:, :columns])


def test_a_sentence_model_file_that_is_not_plain_arrays_is_refused(tmp_path: Path):
    (tmp_path / "kapot.npz").write_bytes(b"PK\x03\x04 kapot")
    with pytest.raises(ModelFileError):
        load(tmp_path / "kapot.npz")


def mail(id_: str, day: str, text: str, author: str) -> Document:
    return Document(id=id_, file=f"{id_}.eml", pages=(Page(1, text),), paginated=False, doc_type="correspondence",
                    date=dt.date.fromisoformat(day), confidence=0.9, author=author)  # fmt: skip


COMPLAINT = "Van: Sanne Bakker\nAan: Rob de Wit\nOnderwerp: planning\n\nRob,\nSinds Ruud weg is doe ik zijn klanten er ook bij.\nGroet, Sanne"  # fmt: skip


MINUTES = (
    "Verslag voortgangsgesprek 11 maart 2024\n\n"
    "Linda heeft de cijfers voor de nieuwe klanten handmatig gecontroleerd omdat de koppeling met de verkooporders "
    "niet klopte.\n"
    "Linda geeft aan dat de kredietaanvragen haar elke week een dag extra kosten.\n"
)


def test_the_model_reads_a_condition_only_where_someone_raises_it(monkeypatch):
    from analyzer.facts import conditions

    # whatever the model reads, an employer's account of a day's work raises nothing; what the minutes report the
    # employee saying does
    monkeypatch.setattr(conditions, "model_reading", lambda text: {"complaint_tools": 0.97})
    report = Document(id="D8", file="voortgang.pdf", pages=(Page(12, MINUTES),), paginated=True,
                      doc_type="meeting_report", date=dt.date(2024, 3, 11), confidence=0.9, author="employer")  # fmt: skip
    found = complaints([report])
    assert [(c.topic, c.date, c.evidence[0].quote) for c in found] == [
        ("tools", dt.date(2024, 3, 11), "Linda geeft aan dat de kredietaanvragen haar elke week een dag extra kosten.")
    ]


def test_a_complaint_without_a_condition_word_is_read_by_the_sentence_model():
    """A colleague who left and whose clients the employee took over: the employee's complaint, on the mail's day, of
    staffing or workload, as the writers split on it (both are what the sentence says; the model read it as staffing
    alone until the dev dossiers of writers 62 and 63 joined, and now reads both)."""
    sentence = "Sinds Ruud weg is doe ik zijn klanten er ook bij."
    assert not any(pattern.search(sentence) for _, pattern in TOPICS)  # the patterns miss it
    found = complaints([mail("M1", "2024-03-04", COMPLAINT, "employee")])
    assert found and {(c.date, c.evidence[0].quote, c.speaker) for c in found} == {(dt.date(2024, 3, 4), sentence, "employee")}
    assert {c.topic for c in found} <= {"staffing", "workload"}


def test_the_employers_examination_of_it_is_read_as_an_answer():
    reply = mail(
        "M2", "2024-03-08",
        "Van: Rob de Wit\nAan: Sanne Bakker\nOnderwerp: RE: planning\n\nSanne,\nIk heb de cijfers van het hele team "
        "over het eerste kwartaal naast elkaar gelegd.\nWe bespreken ze dinsdag.\nRob", "employer",
    )  # fmt: skip
    documents = [mail("M1", "2024-03-04", COMPLAINT, "employee"), reply]
    assert [(r.response, r.date, r.speaker) for r in complaint_responses(documents, complaints(documents))] == [
        ("investigated", dt.date(2024, 3, 8), "employer")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Als het te druk wordt, kun je dat altijd bij mij melden.",  # a supposition
        "Het verbeterplan loopt van 1 maart tot en met 31 mei 2024.",  # the plan's term
        "Verstuurd vanaf mijn iPhone",
    ],
)
def test_a_sentence_that_raises_nothing_gives_no_complaint(model, sentence):
    text = f"Van: Sanne Bakker\nAan: Rob de Wit\nOnderwerp: planning\n\n{sentence}\nGroet, Sanne"
    assert complaints([mail("M1", "2024-03-04", text, "employee")]) == []


def report(text: str) -> Document:
    return Document(id="V1", file="Verslag voortgangsgesprek.docx", pages=(Page(1, text),), paginated=False,
                    doc_type="meeting_report", date=dt.date(2024, 3, 20), confidence=0.9, author="employer")  # fmt: skip


HEAD = "Verslag voortgangsgesprek 20 maart 2024\n\nAanwezig: Kees Jansen, Ria de Boer (teamleider)\n\n"


def test_a_denial_in_other_words_is_read_by_the_sentence_model():
    sentence = "Kees vindt dat hij zijn werk op de afdeling gewoon goed doet en dat de kritiek nergens op slaat."
    assert not any(pattern.search(sentence) for _, pattern in STANCES)  # the patterns miss it
    assert [(s.kind, s.date, s.evidence[0].quote) for s in stances([report(HEAD + sentence)])] == [
        ("denies", dt.date(2024, 3, 20), sentence)
    ]


def test_a_course_finished_in_other_words_is_read_and_dated_by_its_own_day():
    sentence = "De cursus Excel voor gevorderden heeft hij op 12 maart met een certificaat afgesloten."
    assert not any(pattern.search(sentence) for _, pattern in STATUS)
    assert [(t.status, t.date, t.evidence[0].quote) for t in trainings([report(HEAD + sentence)])] == [
        ("followed", dt.date(2024, 3, 12), sentence)
    ]


def test_a_supposed_refusal_and_a_possible_course_are_no_training_facts():
    text = HEAD + (
        "Mocht Kees de training klantcontact niet willen volgen, dan bespreken we dat in de evaluatie.\n"
        "Als hij wil, kunnen we later kijken naar een cursus Excel.\n"
    )
    assert trainings([report(text)]) == []
    assert stances([report(text)]) == []


def physician_report(text: str) -> Document:
    return Document(id="B1", file="Terugkoppeling bedrijfsarts.pdf", pages=(Page(1, text),), paginated=False,
                    doc_type="medical", subtype="occupational_physician", date=dt.date(2024, 4, 2), confidence=0.9,
                    author="occupational_physician")  # fmt: skip


PHYSICIAN_HEAD = "Terugkoppeling bedrijfsarts aan werkgever\n\nDatum spreekuur: 2 april 2024\nWerknemer: K. Jansen\n\n"


def test_a_physicians_no_link_in_other_words_is_read_by_the_sentence_model():
    sentence = "Ik zie medisch gezien geen belemmering om het verbetertraject voort te zetten."
    assert not any(p.search(sentence) for p in (illness.LINK, illness.NO_LINK, illness.POSSIBLE))  # the patterns miss it
    found = physician_statements([physician_report(PHYSICIAN_HEAD + sentence)])
    assert [(s.link, s.date, s.evidence[0].quote, s.evidence[0].speaker) for s in found] == [
        ("no_link", dt.date(2024, 4, 2), sentence, "occupational_physician")
    ]


def test_the_question_put_to_the_physician_is_no_view_on_a_link():
    text = PHYSICIAN_HEAD + "Vraagstelling: is er volgens u een relatie tussen de klachten en het functioneren?\n"
    assert [s.link for s in physician_statements([physician_report(text)])] == ["not_stated"]


SEARCH_MAIL = "Van: Ria de Boer\nAan: Kees Jansen\nOnderwerp: hoe verder\n\nKees,\n{}\nMet vriendelijke groet,\nRia"


def test_a_search_in_other_words_is_read_by_the_sentence_model():
    sentence = "P&O heeft bij alle afdelingen nagevraagd of er ruimte was voor een medewerker met jouw ervaring."
    assert not SEARCH.search(sentence)  # the patterns miss it
    searches, _, _ = redeployment([mail("M1", "2024-05-14", SEARCH_MAIL.format(sentence), "employer")])
    assert [(s.date, s.evidence[0].quote, s.evidence[0].speaker) for s in searches] == [
        (dt.date(2024, 5, 14), sentence, "employer")
    ]


def test_a_search_announced_is_no_search():
    sentence = "We gaan de komende weken bekijken of er elders in de organisatie plek voor je is."
    assert redeployment([mail("M1", "2024-05-14", SEARCH_MAIL.format(sentence), "employer")])[0] == []


def test_a_development_dossiers_annotated_quote_teaches_its_label_and_an_unannotated_file_teaches_none(tmp_path: Path):
    from analyzer.facts.annotated_sentences import dossier_sentences as annotated
    from analyzer.facts.annotated_sentences import label_of

    folder = tmp_path / "07_bakkerij"
    folder.mkdir()
    (folder / "mail werkdruk.txt").write_text(
        "Van: Sanne Bakker\nAan: Rob de Wit\nDatum: 4 maart 2024\nOnderwerp: planning\n\nRob,\n"
        "Sinds Ruud weg is doe ik zijn klanten er ook bij.\nDat red ik zo niet lang meer.\nGroet, Sanne\n",
        encoding="utf-8",
    )
    (folder / "rooster.txt").write_text(
        "Rooster week 12\n\nMaandag en dinsdag staat Sanne op de vroege dienst.\n", encoding="utf-8"
    )
    annotation = {"writer": "writer-50", "facts": [
        {"kind": "complaint", "file": "mail werkdruk.txt", "date": "2024-03-04", "topic": "workload",
         "speaker": "employee", "quote": "doe ik zijn klanten er ook bij"},
        {"kind": "physician_statement", "file": "rooster.txt", "date": "2024-03-04", "link": "not_stated",
         "speaker": "occupational_physician", "quote": "staat Sanne op de vroege dienst"},
    ]}  # fmt: skip
    found = {(i["family"], i["text"], tuple(i["labels"])) for i in annotated(folder, annotation)}
    conditions = {(text, labels) for family, text, labels in found if family == "conditions"}
    # the quoted sentence carries the label; the mail's other sentences teach nothing about conditions; the
    # roster, where no condition is annotated, teaches that its sentences raise none
    assert ("Sinds Ruud weg is doe ik zijn klanten er ook bij.", ("complaint_workload",)) in conditions
    assert not any("red ik zo niet" in text for text, _ in conditions)
    assert ("Maandag en dinsdag staat Sanne op de vroege dienst.", ()) in conditions
    # a physician who leaves the link open has no label of the model: the roster teaches that family nothing
    assert label_of(annotation["facts"][1]) is None
    medical = {text for family, text, _ in found if family == "medical_redeployment"}
    assert "Maandag en dinsdag staat Sanne op de vroege dienst." not in medical
    assert "Dat red ik zo niet lang meer." in medical
    assert {i["group"] for i in annotated(folder, annotation)} == {"w50-07_bakkerij"}
