"""The document classifier: safe loading, honest shipped metrics, hard pairs on unseen letters, corrections."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import builders
import numpy as np
import pytest
from click.testing import CliRunner
from reproducibility import REBUILD_ATOL

from analyzer.classify import SHIPPED_METRICS, SHIPPED_MODEL, CorrectionStore, default_classifier
from analyzer.classify.augment import AugmentSettings
from analyzer.classify.corpus import corpus_hash, load_corpus, training_corpus
from analyzer.classify.model import ClassifierSettings, ModelFileError, load, normalise, save, train
from analyzer.classify.transcript import is_transcript
from analyzer.cli import main
from analyzer.labels import DOC_TYPES
from analyzer.pipeline import analyze
from analyzer.report import build_report, render_markdown
from analyzer.report.tables import documents_frame

CORPUS = Path(__file__).parents[1] / "corpus"


@pytest.fixture(scope="module")
def classifier():
    return default_classifier()


def _type(classifier, text: str) -> tuple[str, str | None]:
    found = classifier.classify([text])[0]
    return found.doc_type, found.subtype


def test_a_model_file_that_holds_anything_but_plain_arrays_is_refused(tmp_path: Path):
    path = tmp_path / "kwaadaardig.npz"
    np.savez(path, meta=np.array([os.system], dtype=object))  # would need pickle, which could run code
    with pytest.raises(ModelFileError, match="cannot be loaded safely"):
        load(path)
    (tmp_path / "kapot.npz").write_bytes(b"PK\x03\x04 kapot")
    with pytest.raises(ModelFileError):
        load(tmp_path / "kapot.npz")


def test_the_saved_model_loads_back_to_the_same_predictions(classifier, tmp_path: Path):
    save(classifier, tmp_path / "model.npz")
    again = load(tmp_path / "model.npz")
    texts = [LATENESS_WARNING, INVITATION, PLAN]
    assert again.classify(texts) == classifier.classify(texts)


def test_shipped_metrics_belong_to_the_corpus_in_the_repo_and_meet_the_targets():
    metrics = json.loads(SHIPPED_METRICS.read_text())
    items = training_corpus(CORPUS)
    assert metrics["corpus"]["hash"] == corpus_hash(items)
    assert metrics["corpus"]["documents"] == len(items) >= 600
    assert metrics["corpus"]["groups"] >= 40
    assert min(metrics["corpus"]["per_type"].values()) >= 40
    cv = metrics["cross_validation"]
    assert cv["scheme"].startswith("StratifiedGroupKFold")
    assert cv["macro_f1"] >= 0.92
    assert min(row["f1"] for row in cv["per_class"].values()) >= 0.85


def test_analysis_features_are_scikit_learns_vectors_without_importing_it():
    """The analysis applies the fitted TF-IDF itself (features.py, ~100 MB less per process); on every corpus text
    and a few odd ones it must give scikit-learn's vectors, and an analysis must not import scikit-learn."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion

    from analyzer.classify.features import TfidfFeatures

    settings = ClassifierSettings()
    texts = [normalise(item.text, settings) for item in load_corpus(CORPUS)]
    texts += ["", "a", "   \n\t ", "één  twee\u00a0drie", "Ĳssel ß ﬁ " * 3, "x" * 9]
    union = FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_df=0.9)),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2)),
            ("raw", TfidfVectorizer(ngram_range=(2, 3), min_df=3)),
        ]
    ).fit(texts[:500])
    expected = union.transform(texts).tocsr()
    ours = TfidfFeatures.from_fitted(union).transform(texts)
    assert ours.shape == expected.shape == (len(texts), len(union.get_feature_names_out()))
    expected.sort_indices()
    assert (ours.indptr == expected.indptr).all() and (ours.indices == expected.indices).all()
    assert np.allclose(ours.data, expected.data, rtol=1e-12, atol=0)
    assert (TfidfFeatures.from_fitted(union).feature_names == union.get_feature_names_out()).all()

    probe = subprocess.run(
        [sys.executable, "-c", "import sys, analyzer.pipeline as p, analyzer.classify as c; "
         "c.default_classifier().classify(['Officiële waarschuwing']); print('sklearn' in sys.modules)"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert probe.stdout.strip() == "False"


def test_a_model_with_features_this_version_cannot_apply_is_refused(classifier, tmp_path: Path):
    save(classifier, tmp_path / "model.npz")
    with np.load(tmp_path / "model.npz", allow_pickle=False) as data:
        arrays = {key: data[key] for key in data.files}
    meta = json.loads(str(arrays["meta"]))
    meta["vectorizers"]["words"]["strip_accents"] = "unicode"
    arrays["meta"] = np.array(json.dumps(meta))
    np.savez(tmp_path / "ander.npz", **arrays)
    with pytest.raises(ModelFileError, match="strip_accents='unicode' is not reproduced"):
        load(tmp_path / "ander.npz")


def test_shipped_model_is_what_the_train_command_builds(classifier):
    """Training is deterministic: refitting on the corpus gives the shipped model's probabilities."""
    rebuilt = train(training_corpus(CORPUS))
    texts = ["Hierbij ontvangt u een officiële waarschuwing.", "Uitnodiging eindevaluatie op 3 mei om 10 uur."]
    shipped = classifier.classify(texts)
    again = rebuilt.classify(texts)
    assert [(c.doc_type, c.subtype) for c in again] == [(c.doc_type, c.subtype) for c in shipped]
    assert np.allclose([c.confidence for c in again], [c.confidence for c in shipped], rtol=0, atol=REBUILD_ATOL)
    assert SHIPPED_MODEL.stat().st_size < 20_000_000
    assert SHIPPED_MODEL.suffix == ".npz"


LATENESS_WARNING = """Geachte heer Öztürk,
Op 2, 9 en 16 oktober bent u respectievelijk 25, 40 en 35 minuten na aanvang van uw dienst op het werk
verschenen, zonder u vooraf af te melden. Wij hebben u hier op 9 oktober al mondeling op aangesproken.
Wij geven u hierbij een schriftelijke waarschuwing. Komt u nogmaals te laat zonder tijdige afmelding,
dan volgen zwaardere maatregelen.
Met vriendelijke groet, namens de directie"""
PERFORMANCE_WARNING = """Beste Ilse,
Zoals besproken in ons gesprek van gisteren: de kwartaalrapportages voor de klanten Vermeer en Dunlop
waren opnieuw te laat en bevatten rekenfouten, ondanks de afspraken uit het verbeterplan. Met deze
brief krijg je een laatste waarschuwing. Als de rapportages in het volgende kwartaal niet foutloos en op tijd zijn,
zullen wij de arbeidsovereenkomst laten ontbinden.
Groet, Marco (teamleider)"""
INVITATION = """Onderwerp: uitnodiging tussentijdse evaluatie
Hoi Ahmed, graag nodig ik je uit voor de tussentijdse evaluatie van je verbeterplan op dinsdag 14 mei
om 13.30 uur in de kleine vergaderkamer. Neem gerust je eigen aantekeningen mee. Groet, Ria"""
MINUTES = """Verslag tussentijdse evaluatie verbeterplan Ahmed
Aanwezig: Ahmed, Ria (leidinggevende), Tom (HR)
Doel 1, offertes binnen 2 werkdagen: 14 van de 18 op tijd, nog niet op niveau.
Doel 2, klantgesprekken zelfstandig: behaald.
Ahmed geeft aan dat de training hem helpt. Afgesproken: nog zes weken, daarna eindevaluatie.
Ahmed tekent voor gezien."""
PLAN = """Verbeterplan Jasper Kok, magazijnmedewerker
Looptijd: 1 maart tot 1 juni
Doel 1: orderpicking met maximaal 2 fouten per week (meting: scanner-rapport).
Doel 2: start van de dienst om 6.00 uur, iedere dag.
Ondersteuning: buddy Karin, heftruckcursus op kosten van de zaak.
Evaluatie: om de drie weken een voortgangsgesprek.
Als de doelen op 1 juni niet gehaald zijn, kan dit leiden tot beëindiging van het dienstverband."""
START_MEETING = """Gespreksverslag startgesprek verbetertraject Jasper Kok
Aanwezig: Jasper, Karin (teamleider), Evert (HR)
We hebben het verbeterplan doorgenomen. Jasper vond de doelen eerst te streng maar kan zich er in
vinden. Hij vroeg om de heftruckcursus eerder in te plannen; dat is toegezegd. Jasper heeft het plan
voor gezien getekend. Het eerste voortgangsgesprek is over drie weken."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LATENESS_WARNING, ("warning", "first")),
        (PERFORMANCE_WARNING, ("warning", "final")),
        (INVITATION, ("correspondence", None)),
        (MINUTES, ("meeting_report", "interim_evaluation")),
        (PLAN, ("improvement_plan", None)),
        (START_MEETING, ("meeting_report", "start")),
    ],
    ids=["lateness-warning", "performance-warning", "invitation", "minutes", "plan", "start-meeting"],
)
def test_hard_pairs_on_letters_not_in_the_corpus(classifier, text, expected):
    assert _type(classifier, text) == expected


# A firm's own sanction card, in a format no training text has (a "registratie A-melding" with its "Maatregel:" the
# model learned to read as a warning once the written texts joined).
FIRM_FORMAT = [
    "GELE KAART nr. {n}\n{name} - expeditie\n{what}\nParaaf TL: J.S.",
]
FIRM_CASES = [
    ("P. de Wit", "om 07.40 uur op de werkplek in plaats van 07.00 uur, derde keer deze maand"),
    ("K. Bos", "zonder afmelding niet verschenen op zaterdag"),
    ("A. Yilmaz", "pallets onjuist gestapeld na eerdere instructie"),
    ("M. Haan", "telefoongebruik op de vloer tijdens het laden"),
]


def test_a_correction_teaches_the_next_training_a_firms_own_letter_format(classifier, tmp_path: Path):
    letters = [FIRM_FORMAT[0].format(n=n, name=name, what=what) for n, (name, what) in enumerate(FIRM_CASES, 1)]
    assert _type(classifier, letters[-1])[0] != "warning"
    store = CorrectionStore(f"sqlite:///{tmp_path / 'zaken.sqlite'}")
    for number, letter in enumerate(letters[:-1]):
        store.add(letter, "warning", "first", dossier="expeditie", document=f"D{number:03d}")
    # one variant per corpus document instead of four keeps this retraining to a third of the time; the full
    # training is checked in test_shipped_model_is_what_the_train_command_builds
    quick = ClassifierSettings(augment=AugmentSettings(variants_per_document=1))
    retrained = train([*load_corpus(CORPUS), *store.as_training_items()], quick)
    assert _type(retrained, letters[-1]) == ("warning", "first")


def test_a_correction_applies_at_once_to_the_next_analysis(tmp_path: Path):
    folder = tmp_path / "dossier"
    builders.write(folder, "melding.txt", FIRM_FORMAT[0].format(n=7, name="P. de Wit", what="te laat").encode())
    runner = CliRunner()
    result = runner.invoke(main, ["correct", str(folder), "D001", "--type", "warning", "--subtype", "first"])
    assert result.exit_code == 0, result.output
    (doc,) = build_report(analyze(folder))["documents"]
    assert (doc["doc_type"], doc["subtype"], doc["confidence"], doc["type_source"]) == (
        "warning",
        "first",
        1.0,
        "correctie",
    )
    result = runner.invoke(main, ["correct", str(folder), "D001", "--type", "brief"])
    assert result.exit_code == 1 and "onbekende documentsoort" in result.output


def test_a_thread_is_read_by_its_newest_message_not_by_what_it_quotes(classifier):
    """"Ok, ontvangen" above a quoted warning is no warning: the model reads a mail without the mails below it."""
    from analyzer.classify.model import own_message

    reply = (
        "Van: Ilse\nAan: Marco\nOnderwerp: RE: laatste waarschuwing\n\nOk, ontvangen. Ik zie je dinsdag.\n\n"
        f"Op 3 mei 2024 om 10:12 schreef Marco <marco@bureau.nl>:\n> {PERFORMANCE_WARNING.replace(chr(10), chr(10) + '> ')}"
    )
    assert own_message(reply) == "Van: Ilse\nAan: Marco\nOnderwerp: RE: laatste waarschuwing\n\nOk, ontvangen. Ik zie je dinsdag.\n\n"
    # an earlier mail printed below the reply with its own header lines and no separator (Outlook) is cut there too
    printed = (
        "Van: Ilse\nAan: Marco\nVerzonden: 6 mei 2024 09:02\nOnderwerp: RE: laatste waarschuwing\n\nOk, ontvangen. Ilse\n\n"
        f"Van: Marco\nVerzonden: vrijdag 3 mei 2024 10:12\nAan: Ilse\nOnderwerp: laatste waarschuwing\n\n{PERFORMANCE_WARNING}"
    )
    assert own_message(printed).endswith("Ok, ontvangen. Ilse\n\n")
    assert own_message(PERFORMANCE_WARNING) == PERFORMANCE_WARNING
    assert _type(classifier, PERFORMANCE_WARNING)[0] == "warning"
    assert _type(classifier, reply)[0] == "correspondence"


def test_low_confidence_is_marked_needs_review_with_the_runner_up(classifier, tmp_path: Path):
    """A terse note is typed with ~0.6 confidence: below a stricter review threshold it must be flagged."""
    folder = tmp_path / "dossier"
    builders.write(folder, "kort.txt", b"Notitie 20-06-2024: gesprek over werkdruk.")
    strict = dataclasses.replace(classifier, settings=ClassifierSettings(review_threshold=0.8))
    report = build_report(analyze(folder, classifier=strict, corrections={}))
    (doc,) = report["documents"]
    assert doc["needs_review"] is True and doc["confidence"] < 0.8
    assert doc["runner_up"] is not None and doc["runner_up"] != doc["doc_type"]
    assert any(w.startswith("Controleer D001 (kort.txt): soort onzeker") for w in report["warnings"])
    assert f"⚠ te controleren, anders {DOC_TYPES[doc['runner_up']]}" in render_markdown(report)
    row = documents_frame(report).iloc[0]
    assert bool(row["te controleren"]) and row["anders"] == DOC_TYPES[doc["runner_up"]]
    relaxed = build_report(analyze(folder, classifier=classifier, corrections={}))
    assert relaxed["documents"][0]["needs_review"] is (
        relaxed["documents"][0]["confidence"] < classifier.settings.review_threshold
    )


def test_every_readable_sample_document_gets_a_type_and_top_terms():
    for folder in sorted(p for p in (CORPUS.parent / "sample_dossiers").iterdir() if p.is_dir() and p.name[0] != "_"):
        if folder.name.startswith("04"):
            continue  # the scanned dossier is covered by test_samples; its OCR takes long
        for doc in build_report(analyze(folder))["documents"]:
            assert doc["doc_type"] is not None and 0 < doc["confidence"] <= 1, (folder.name, doc["id"])
            assert doc["top_terms"], (folder.name, doc["id"])


def test_a_date_correction_is_kept_and_a_later_type_correction_does_not_lose_it(tmp_path: Path):
    folder = tmp_path / "dossier"
    builders.write(folder, "notitie.txt", b"Notitie: gesprek met Piet over de planning, zonder datum.")
    runner = CliRunner()
    assert runner.invoke(main, ["correct", str(folder), "D001", "--date", "14-11-2023"]).exit_code == 0
    assert runner.invoke(main, ["correct", str(folder), "D001", "--type", "meeting_report"]).exit_code == 0
    (doc,) = build_report(analyze(folder))["documents"]
    assert (doc["date"], doc["doc_type"], doc["subtype"]) == ("2023-11-14", "meeting_report", "other")
    assert doc["date_evidence"] is None
    result = runner.invoke(main, ["correct", str(folder), "D001", "--date", "31-02-2024"])
    assert result.exit_code == 1 and "geen geldige datum" in result.output


TRANSCRIPT = """Uitwerking opname tussengesprek, 29 april 2025. Aanwezig: Frank Lammers (FL), Joyce van Dam (JvD), Priscilla de Boer (PdB)
JvD:  Nou, we zitten hier even voor het tussengesprek van je plan.
PdB:  Ja.
FL:   Ik ga er niet omheen draaien, het gaat niet beter met de behandelkamers.
PdB:  Dat was omdat de autoclaaf weer kapot was, dat heb ik ook gezegd.
JvD:  Ja maar dat zeg je elke keer als het niet lukt.
PdB:  Ik doe echt mijn best, maar ik sta er vaak alleen voor.
FL:   Als dit zo doorgaat zie ik geen toekomst meer voor je bij ons.
PdB:  Ik vind dat niet eerlijk, ik wil dat iemand van HR erbij is."""
SIGNED_PLAN = """Verbeterplan Marloes Hiemstra
Doel 1: afhandeltermijn van schademeldingen binnen 10 werkdagen.
HR: Y. Amrani, HR-adviseur schade en letsel
Leidinggevende: P. de Vries, teamleider schadebehandeling regio noord
Medewerker: M. Hiemstra, schadebehandelaar particulieren sinds 2016
HR: Y. Amrani, getekend op 22 januari 2024 te Leeuwarden
Leidinggevende: P. de Vries, getekend op 22 januari 2024 te Leeuwarden
Medewerker: M. Hiemstra, voor gezien getekend op 22 januari"""


def test_a_verbatim_transcript_is_the_minutes_of_a_talk_whoever_speaks_most(classifier):
    """The labelling rules make a transcript `meeting_report`; its first person must not make it the employee's
    reaction. A plan's signature fields, alternating roles without speech, are no transcript."""
    assert is_transcript(TRANSCRIPT) and not is_transcript(SIGNED_PLAN)
    (found,) = classifier.classify([TRANSCRIPT])
    assert found.doc_type == "meeting_report"
    assert classifier.classify([SIGNED_PLAN])[0].doc_type != "meeting_report"
