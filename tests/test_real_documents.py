"""The classifier on documents others wrote: the evaluation sets stay apart from training, and their figures hold."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from analyzer.classify import SHIPPED_MODEL
from analyzer.classify.augment import AugmentSettings, augment, headless, ocr_noise, other_voice
from analyzer.classify.baseline import keyword_type
from analyzer.classify.corpus import LabelledText, load_corpus, training_corpus
from analyzer.classify.model import load
from analyzer.classify.real import (
    REAL_DOCUMENTS,
    SETS,
    evaluate_real,
    load_set,
    second_labeller,
    shared_passages,
    shingles,
)
from analyzer.cli import main
from analyzer.labels import DOC_TYPES

ROOT = Path(__file__).parent.parent
CORPUS = ROOT / "corpus"
REAL = ROOT / REAL_DOCUMENTS


@pytest.fixture(scope="module")
def real_sets() -> dict[str, list[LabelledText]]:
    return {name: load_set(REAL, name) for name in SETS}


def test_the_sets_are_as_large_as_promised(real_sets):
    assert len(real_sets["published"]) >= 40
    written = Counter(i.doc_type for i in real_sets["written"])
    assert len(real_sets["written"]) >= 150
    assert set(written) == set(DOC_TYPES) and min(written.values()) >= 10
    assert all(
        "source:" in (REAL / "published" / f"{i.id}.txt").read_text(encoding="utf-8") for i in real_sets["published"]
    )


def test_no_passage_of_either_set_is_in_the_training_data(real_sets):
    """A 12-word run shared with the training data (corpus and real texts) would mean the model saw the answer: the figure would be void."""
    corpus = training_corpus(CORPUS)
    for name, items in real_sets.items():
        assert shared_passages(items, corpus) == [], name
    # and within the published set no passage was collected twice
    published = real_sets["published"]
    for i, item in enumerate(published):
        others = published[:i] + published[i + 1 :]
        assert not any(shingles(item.text) & shingles(o.text) for o in others), item.id


def test_a_shared_passage_is_found_even_when_reflowed_and_recased():
    training = [LabelledText("a/1", "a", "warning", "first", "Hierbij ontvangt u een officiële waarschuwing omdat u op 3, 4 en 5 mei te laat op uw werk bent verschenen zonder afmelding.")]  # fmt: skip
    leaked = [LabelledText("w/1", "w", "warning", "first", "HIERBIJ ONTVANGT U EEN\nofficiële waarschuwing, omdat u op 3 4 en 5 mei te laat op uw werk bent")]  # fmt: skip
    assert shared_passages(leaked, training) == [("w/1", "a/1")]


def test_a_stock_rating_scale_is_not_a_shared_passage():
    scale = (
        "Schaal: 1 = onvoldoende, 2 = matig, 3 = voldoende, 4 = goed, 5 = zeer goed. Toelichting per competentie volgt."
    )
    training = [LabelledText("a/1", "a", "appraisal", None, f"Beoordeling 2023 van Joost. {scale}")]
    other = [LabelledText("w/1", "w", "appraisal", None, f"Jaargesprek Anouk, afdeling inkoop. {scale}")]
    assert shared_passages(other, training) == []


def test_variants_keep_their_source_group_and_labels_and_are_reproducible():
    items = load_corpus(CORPUS)[:40]
    made = augment(items)
    assert made == augment(items)
    sources = {i.id: i for i in items}
    for variant in made:
        source = sources[variant.id.split("~")[0]]
        assert (variant.group, variant.doc_type, variant.subtype) == (source.group, source.doc_type, source.subtype)
        assert variant.text != source.text
    assert {v.id.split("~")[1] for v in made} >= {"headless", "middle", "fragment", "ocr", "voice", "email"}


def test_a_document_of_short_lines_only_has_no_headless_form():
    """A form of fields (every line six words or fewer) has no body below its head to keep: no variant, no crash."""
    import random

    from analyzer.classify.augment import AugmentSettings, headless

    form = "\n".join(["Naam: J. de Vries", "Functie: planner", "Datum: 4-3-2024", "Afdeling: logistiek", "Paraaf: JdV", "Datum in dienst: 2019", "Uren: 36"])  # fmt: skip
    assert headless(form, random.Random(0), AugmentSettings()) is None


def test_the_dossier_documents_come_from_the_development_dossiers_only():
    """The classifier learns from the dev facts dossiers' documents; the held-out, sample and blind dossiers, which
    measure the product, must never be among them."""
    import re

    from analyzer.classify.corpus import DOSSIER_DOCUMENTS, DOSSIER_GROUP

    items = load_corpus(CORPUS / DOSSIER_DOCUMENTS)
    assert len(items) >= 1500
    dev = {p.name for p in (ROOT / "tests" / "facts_dossiers" / "dev").iterdir() if p.is_dir()}
    for path in sorted((CORPUS / DOSSIER_DOCUMENTS).glob("*/*.txt")):
        source = re.search(r"^source: tests/facts_dossiers/(\w+)/([^/\n]+)/", path.read_text(encoding="utf-8"), re.MULTILINE)
        assert source and source.group(1) == "dev", path
        assert source.group(2) in dev and path.parent.name == DOSSIER_GROUP + source.group(2), path


def test_the_written_texts_come_one_folder_per_writer_in_the_six_forms_of_the_brief():
    """The texts written in real texts' forms: labelled by the definitions, each in one of the brief's six forms, every
    type in every writer's folder (so a writer's habits stay in one fold), no two sharing a passage."""
    import re

    from analyzer.classify.corpus import WRITTEN_GROUP, WRITTEN_TEXTS

    items = load_corpus(CORPUS / WRITTEN_TEXTS)
    assert len(items) >= 400 and all(i.group.startswith(WRITTEN_GROUP) for i in items)
    for group in {i.group for i in items}:
        assert {i.doc_type for i in items if i.group == group} == set(DOC_TYPES), group
    styles = {"template", "ruling_quote", "cropped_scan", "first_person", "policy_or_form", "borderline"}
    for path in sorted((CORPUS / WRITTEN_TEXTS).glob("*/*.txt")):
        style = re.search(r"^style: (\w+)$", path.read_text(encoding="utf-8"), re.MULTILINE)
        assert style and style.group(1) in styles, path
    first: dict[tuple[str, ...], str] = {}  # each 12-word passage and the text that has it first
    for item in items:
        for passage in shingles(item.text):
            assert first.setdefault(passage, item.id) == item.id, (item.id, first[passage])


def test_each_form_does_what_real_files_do():
    import random

    letter = "\n".join(
        [
            "Van: Sanne Kok <s.kok@bakkerij.nl>",
            "Onderwerp: Officiële waarschuwing",
            "Amsterdam, 3 mei 2024",
            "Beste Joost,",
            "Wij hebben je op 12 april gesproken over het te laat openen van de winkel en de kassaverschillen.",
            "Sindsdien ben je op 19 en 26 april opnieuw meer dan een half uur te laat geweest.",
            "Wij geven je hierbij een officiële waarschuwing; bij herhaling volgen zwaardere maatregelen.",
            "Met vriendelijke groet, Sanne Kok",
        ]
    )
    settings = AugmentSettings()
    cropped = headless(letter, random.Random(1), settings)
    assert cropped is not None and "Onderwerp" not in cropped and "Van:" not in cropped
    assert "half uur te laat" in cropped
    assert other_voice("Wij geven je een waarschuwing.", random.Random(0), settings) in {
        "Ik geven je een waarschuwing.",
        "Wij geven u een waarschuwing.",
    }
    noisy = ocr_noise(letter, random.Random(2), AugmentSettings(ocr_error_rate=(0.05, 0.05)))
    assert noisy != letter and abs(len(noisy) - len(letter)) < len(letter) * 0.1


def test_the_keyword_baseline_takes_the_first_listed_type_whose_words_occur():
    assert keyword_type("Uitnodiging voor een gesprek over uw beoordeling") == "appraisal"
    assert keyword_type("Hierbij ontvangt u een laatste waarschuwing.") == "warning"
    assert keyword_type("Bijgaand de loonstrook van mei.") == "other"


# Measured with the shipped model; a change to the model or the sets must update these and the README's figures.
# (documents, accuracy, macro-F1, errors flagged, correct flagged, keyword baseline accuracy)
REAL_FIGURES = {
    "published": (48, 0.5, 0.534, 0.542, 0.583, 0.396),
    "written": (160, 0.988, 0.988, 0.5, 0.025, 0.375),
}


def test_the_shipped_model_on_both_sets_gives_the_recorded_figures():
    results = evaluate_real(load(SHIPPED_MODEL), REAL)
    for name, expected in REAL_FIGURES.items():
        r = results[name]
        found = (r["documents"], r["accuracy"], r["macro_f1"], r["errors_flagged"], r["correct_flagged"])
        assert (*found, r["keyword_baseline"]["accuracy"]) == expected, name
        assert set(r["recall_per_type"]) == set(r["per_type"])


def test_a_second_labeller_agrees_with_the_labels_of_the_real_texts(real_sets):
    """A second labeller, given only the definitions and the bare texts, chose the same type for 45 of the 48
    published texts and 53 of the 57 real texts the model learns from: the labels are consistent, and a careful reader
    reaches what the model does not."""
    published = second_labeller(real_sets["published"], REAL / "published_second_labels.jsonl")
    assert published == {
        "documents": 48,
        "agreement": 0.938,
        "differing": ["examples/002", "more/001", "rulings/010"],
    }
    training = CORPUS / "real_texts"
    learned = second_labeller(load_corpus(training), training / "second_labels.jsonl")
    assert (learned["documents"], learned["agreement"], len(learned["differing"])) == (57, 0.93, 4)
    assert second_labeller(real_sets["written"], REAL / "written_second_labels.jsonl") is None


def test_evaluate_real_prints_one_json_object_per_set():
    result = CliRunner().invoke(main, ["evaluate", "--real"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["set"] for line in lines] == ["published", "written"]
    assert all("wrong" not in line for line in lines)
    assert {"accuracy", "macro_f1", "recall_per_type", "errors_flagged", "keyword_baseline"} <= set(lines[0])
    assert lines[0]["second_labeller"]["agreement"] == 0.938
