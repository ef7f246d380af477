"""Measure the pipeline against dossiers with known answers (the sample dossiers' `_expected/*.json`).

Used by `dossier-analyzer evaluate` and by the tests, so the figures in the README come from one place.
"""

from __future__ import annotations

import json
import os
import random
import textwrap
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analyzer.classify import default_classifier
from analyzer.dossier import Document, Page
from analyzer.duplicates import groups
from analyzer.pipeline import analyze
from analyzer.report import build_report
from analyzer.report.tables import file_place
from analyzer.segment import SegmentSettings, segment_pages


@dataclass(frozen=True)
class DossierScore:
    name: str
    documents: int
    exact_ranges: int
    correct_dates: int
    correct_types: int
    correct_subtypes: int
    expected_verdict: str | None
    verdict: str | None
    criteria_agree: int
    seconds: float
    misses: tuple[str, ...]


def _key(doc: dict[str, Any]) -> tuple[str, str | None]:
    return doc["file"], doc.get("attachment")


def _containing(report_docs: list[dict[str, Any]], expected: dict[str, Any]) -> dict[str, Any] | None:
    """The reported document that holds the expected document's first page (or the same non-paginated file)."""
    for doc in report_docs:
        if _key(doc) != _key(expected):
            continue
        if expected["pages"] is None or (doc["pages"] and doc["pages"][0] <= expected["pages"][0] <= doc["pages"][1]):
            return doc
    return None


def score_report(report: dict[str, Any], expected: dict[str, Any], seconds: float = 0.0) -> DossierScore:
    """Compare one report with its expected document list: exact page ranges and document dates."""
    reported = report["documents"]
    ranges = {(*_key(d), tuple(d["pages"]) if d["pages"] else None) for d in reported}
    exact = dates = types = subtypes = 0
    misses: list[str] = []
    for want in expected["documents"]:
        where = f"{want['file']}{' › ' + want['attachment'] if want.get('attachment') else ''} p. {want['pages']}"
        if (*_key(want), tuple(want["pages"]) if want["pages"] else None) in ranges:
            exact += 1
        else:
            misses.append(f"paginabereik {where}")
        found = _containing(reported, want)
        if found is not None and found["date"] == want["date"]:
            dates += 1
        else:
            misses.append(f"datum {where}: verwacht {want['date']}, gevonden {found['date'] if found else None}")
        got = (found["doc_type"], found["subtype"]) if found else (None, None)
        types += got[0] == want["doc_type"]
        subtypes += got == (want["doc_type"], want["subtype"])
        if got != (want["doc_type"], want["subtype"]):
            misses.append(f"soort {where}: verwacht {want['doc_type']}/{want['subtype']}, gevonden {got[0]}/{got[1]}")
    conclusion = expected.get("conclusion", {})
    agree = 0
    for key, status in conclusion.get("criteria", {}).items():
        got_status = report["criteria"].get(key, {}).get("status")
        agree += got_status == status
        if got_status != status:
            misses.append(f"vereiste {key}: verwacht {status}, gevonden {got_status}")
    return DossierScore(
        report["dossier"]["name"],
        len(expected["documents"]),
        exact,
        dates,
        types,
        subtypes,
        conclusion.get("verdict"),
        report["readiness"]["verdict"],
        agree,
        seconds,
        tuple(misses),
    )


def expected_files(root: Path) -> list[Path]:
    """The `_expected/<name>.json` files of a dossier folder (annotations such as `<name>.facts.json` and
    `<name>.people.json` are apart)."""
    return sorted(p for p in (root / "_expected").glob("*.json") if "." not in p.stem)


def evaluate_samples(samples: Path) -> list[DossierScore]:
    """Analyse every dossier in `samples` that has an `_expected/<name>.json` and score it."""
    scores: list[DossierScore] = []
    for expected_file in expected_files(samples):
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        start = time.perf_counter()
        report = build_report(analyze(samples / expected["name"]))
        scores.append(score_report(report, expected, time.perf_counter() - start))
    return scores


# ------------------------------------------------------------------------------------ facts against annotations

FACT_SETS = {
    "heldout": ("tests/facts_dossiers/heldout",),
    "dev": ("tests/facts_dossiers/dev", "sample_dossiers", "tests/blind_dossiers"),
}


def _found_facts(path: Path) -> list:
    """One dossier analysed and its facts made comparable (runs in a worker process: only the signatures come back)."""
    from analyzer.facts.evaluate import signatures

    dossier = analyze(path)
    return signatures(dossier.assessment.facts, dossier.documents)


def on_every_core(function: Callable[[Path], Any], paths: list[Path]) -> list[Any]:
    """`function` over independent dossiers, one process per core, results in order (64 dossiers: ~1.6x on 2 cores)."""
    workers = min(len(paths), os.cpu_count() or 1)
    if workers < 2:
        return [function(path) for path in paths]
    default_classifier()  # loaded once here; the forked workers inherit it
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(function, paths))


def evaluate_facts(root: Path = Path("."), sets: dict[str, tuple[str, ...]] | None = None, details: bool = False) -> dict[str, Any]:  # fmt: skip
    """Per evaluation set: precision, recall and F1 per fact kind and their macro average (one JSON object)."""
    from analyzer.facts.evaluate import (  # fmt: skip
        KINDS,
        Tally,
        add,
        annotated_dossiers,
        compare,
        expected_signatures,
        summarise,
    )

    result: dict[str, Any] = {}
    for name, folders in (sets or FACT_SETS).items():
        total = {kind: Tally() for kind in KINDS}
        dossiers: dict[str, Any] = {}
        annotated = [pair for folder in folders for pair in annotated_dossiers(root / folder)]
        found = on_every_core(_found_facts, [path for path, _ in annotated])
        for (path, annotation), signed in zip(annotated, found, strict=True):
            tallies, misses = compare(expected_signatures(annotation), signed)
            add(total, tallies)
            if details:
                dossiers[path.name] = misses
        result[name] = {"dossiers": len(annotated), **summarise(total)}
        if details:
            result[name]["misses"] = dossiers
    return result


# ------------------------------------------------------------------- dossiers written from held-out decisions

CASELAW_DOSSIERS = Path("tests/caselaw_dossiers")
# Dossiers written the same way from tuning decisions: the misses looked at while building (never the held-out ones).
CASELAW_TUNING_DOSSIERS = Path("tests/caselaw_dossiers_tuning")


def evaluate_caselaw_dossiers(root: Path = CASELAW_DOSSIERS) -> dict[str, Any]:
    """The full pipeline on dossiers written from held-out decisions: agreement with the court per requirement
    (over the requirements it decided) and per verdict (granted ↔ ready, otherwise not_ready)."""
    from analyzer.caselaw.evaluate import EXPECTED_VERDICT

    rows = []
    decided = agree = verdicts = 0
    for path in sorted((root / "_expected").glob("*.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        report = build_report(analyze(root / path.stem))
        found = {key: value["status"] for key, value in report["criteria"].items()}
        court = {key: value for key, value in expected["findings"].items() if value != "not_decided"}
        hits = {key: found[key] == value for key, value in court.items()}
        want = EXPECTED_VERDICT[expected["outcome"]]
        decided += len(hits)
        agree += sum(hits.values())
        verdicts += report["readiness"]["verdict"] == want
        rows.append({
            "dossier": path.stem, "ecli": expected["ecli"], "verdict": f"{want} -> {report['readiness']['verdict']}",
            "misses": {key: f"{court[key]} -> {found[key]}" for key, ok in hits.items() if not ok},
        })  # fmt: skip
    return {
        "dossiers": len(rows),
        "decided_requirements": decided,
        "requirement_agreement": round(agree / decided, 3) if decided else None,
        "verdict_agreement": round(verdicts / len(rows), 3) if rows else None,
        "per_dossier": rows,
    }


# --------------------------------------------------------------------------- segmentation on unseen layouts


@dataclass(frozen=True)
class BundleSettings:
    # Characters per printed line and lines per printed page when corpus texts are laid out as pages.
    line_chars: int = 95
    lines_per_page: int = 52
    # Documents per synthetic bundle (drawn at random between these bounds).
    min_documents: int = 6
    max_documents: int = 14


def paginate(text: str, settings: BundleSettings) -> list[str]:
    """Lay a text out as printed pages: wrap long lines, cut every `lines_per_page` lines."""
    lines: list[str] = []
    for line in text.strip().splitlines():
        lines.extend(textwrap.wrap(line, settings.line_chars) or [""])
    size = settings.lines_per_page
    return ["\n".join(lines[i : i + size]) for i in range(0, len(lines), size)] or [""]


def corpus_bundles(
    texts: list[str], seed: int, settings: BundleSettings = BundleSettings()
) -> list[tuple[tuple[Page, ...], list[tuple[int, int]]]]:
    """Shuffle texts into bundles of pages with their true page ranges (1-based, inclusive)."""
    rng = random.Random(seed)
    order = list(range(len(texts)))
    rng.shuffle(order)
    bundles = []
    while order:
        take = [
            order.pop() for _ in range(min(len(order), rng.randint(settings.min_documents, settings.max_documents)))
        ]
        pages: list[str] = []
        ranges: list[tuple[int, int]] = []
        for index in take:
            laid_out = paginate(texts[index], settings)
            ranges.append((len(pages) + 1, len(pages) + len(laid_out)))
            pages.extend(laid_out)
        bundles.append((tuple(Page(n, t) for n, t in enumerate(pages, start=1)), ranges))
    return bundles


def segmentation_accuracy(
    bundles: list[tuple[tuple[Page, ...], list[tuple[int, int]]]], settings: SegmentSettings = SegmentSettings()
) -> tuple[int, int]:
    """(documents whose exact page range was found, documents in all bundles)."""
    exact = total = 0
    for pages, truth in bundles:
        found = {(s.start + 1, s.end) for s in segment_pages(pages, settings)}
        exact += sum(1 for r in truth if r in found)
        total += len(truth)
    return exact, total


# ------------------------------------------------------------------- duplicates against planted groups

DUPLICATE_SETS = Path("tests/duplicate_sets")


def _pair_kinds(documents: list[Document]) -> dict[frozenset[str], str]:
    """Every pair of documents the duplicates stage put together, with how: "exact", "version" or "quote"."""
    by_id = {d.id: d for d in documents}
    kinds: dict[frozenset[str], str] = {}
    for group in groups(documents):
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                first, second = by_id[a], by_id[b]
                primary = {first.duplicate_of or a, second.duplicate_of or b}
                if len(primary) == 1:  # one repeats the other, or both repeat one primary
                    exact = all(d.duplicate_kind in (None, "exact") for d in (first, second))
                    kinds[frozenset((a, b))] = "exact" if exact else "version"
                else:
                    kinds[frozenset((a, b))] = "quote"
    return kinds


def document_key(doc: Document | dict[str, Any]) -> str:
    """How an expectation names a document: its file, and ` › <name>` for an e-mail attachment."""
    return file_place(doc if isinstance(doc, dict) else {"file": doc.file, "attachment": doc.attachment})


def evaluate_duplicates(root: Path = DUPLICATE_SETS, details: bool = False) -> dict[str, Any]:
    """Per part (dev, heldout): pairwise precision and recall of the grouping, for exact repeats and for near ones
    (versions and quotes). A pair counts for precision under the kind the stage gave it, for recall under the
    kind the planted group has."""
    result: dict[str, Any] = {}
    for part in sorted(p for p in root.iterdir() if p.is_dir() and any(p.glob("*.groups.json"))):
        found = {"exact": [0, 0], "near": [0, 0]}  # [right, all] predicted pairs
        planted = {"exact": [0, 0], "near": [0, 0]}  # [found, all] expected pairs
        wrong: list[str] = []
        for answer in sorted(part.glob("*.groups.json")):
            folder = part / answer.name.removesuffix(".groups.json")
            expected = json.loads(answer.read_text(encoding="utf-8"))
            dossier = analyze(folder)
            ids = {document_key(d): d.id for d in dossier.documents}
            names = {d.id: document_key(d) for d in dossier.documents}
            expected_kind: dict[frozenset[str], str] = {}
            for group in expected["groups"]:
                members = [ids[m] for m in group["members"]]
                for i, a in enumerate(members):
                    for b in members[i + 1 :]:
                        expected_kind[frozenset((a, b))] = "exact" if group["kind"] == "exact" else "near"
            predicted = _pair_kinds(list(dossier.documents))
            for pair, kind in predicted.items():
                tally = found["exact" if kind == "exact" else "near"]
                tally[0] += pair in expected_kind
                tally[1] += 1
                if pair not in expected_kind:
                    wrong.append(f"{folder.name}: {' + '.join(sorted(names[i] for i in pair))} grouped ({kind})")
            for pair, kind in expected_kind.items():
                planted[kind][0] += pair in predicted
                planted[kind][1] += 1
                if pair not in predicted:
                    wrong.append(f"{folder.name}: {' + '.join(sorted(names[i] for i in pair))} missed ({kind})")
        result[part.name] = {
            kind: {
                "precision": round(found[kind][0] / found[kind][1], 3) if found[kind][1] else None,
                "recall": round(planted[kind][0] / planted[kind][1], 3) if planted[kind][1] else None,
                "pairs": planted[kind][1],
            }
            for kind in ("exact", "near")
        }
        if details:
            result[part.name]["wrong"] = wrong
    return result
