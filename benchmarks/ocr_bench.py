"""OCR quality bench: how well and how fast scanned pages are read, per kind of damage, by the product and by the
alternatives, and what the OCR errors cost the classifier and the date finder.

    make ocr-bench                   # or: .venv/bin/python benchmarks/ocr_bench.py [--quick] [--output F] [--keep]

Pages with known text are generated in a temporary folder (benchmarks/scans.py): corpus documents typeset on A4,
one damage kind per page, one image-only PDF per kind, and a digital original (text PDF) per document. Every OCR
variant reads the same PDFs, one variant after another and nothing else of this script beside it; character and
word error rates are measured against the text drawn on the page. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import scans  # noqa: E402
from run import machine_info, sequential_ocr, work_folder  # noqa: E402

WORKERS = 2  # product workers and OCRmyPDF jobs: the same for both
PER_KIND, PER_KIND_QUICK = 6, 1
SEED = 2024


# --------------------------------------------------------------------------------------------------- variants
# A variant reads one image-only PDF and returns its pages' texts. Add one by adding a line to VARIANTS.


def read_baseline(pdf: Path, work: Path) -> list[str]:
    return sequential_ocr(pdf)


def product_read(pdfs: list[Path], overrides: dict | None = None) -> list[str]:
    """The product's own reader (process pool, chunks, cleanup, batched Tesseract), no cache: every page's text."""
    from analyzer.dossier import SourceFile
    from analyzer.ingest import IngestSettings
    from analyzer.ingest.cache import ExtractionCache
    from analyzer.ingest.parallel import extract_all

    sources = [SourceFile(pdf.name, pdf.read_bytes()) for pdf in pdfs]
    settings = IngestSettings(**(overrides or {}))
    results = [r for _, result in extract_all(sources, settings, ExtractionCache(None), WORKERS) for r in result]
    if len(results) != len(pdfs) or any(r.failed for r in results):
        raise RuntimeError(f"the product could not read every file: {[r.error for r in results]}")
    return [page.text for r in results for page in r.pages]


def read_product(pdf: Path, work: Path, overrides: dict | None = None) -> list[str]:
    return product_read([pdf], overrides)


def read_ocrmypdf(pdf: Path, work: Path) -> list[str]:
    """OCRmyPDF as a user would run it for text: same number of jobs, Dutch, every page OCR'd, a plain PDF out."""
    sidecar, out = work / f"{pdf.stem}.ocrmypdf.txt", work / f"{pdf.stem}.ocrmypdf.pdf"
    binary = shutil.which("ocrmypdf") or str(Path(sys.executable).with_name("ocrmypdf"))
    subprocess.run(
        [
            binary,
            "--jobs",
            str(WORKERS),
            "-l",
            "nld",
            "--force-ocr",
            "--sidecar",
            str(sidecar),
            "--output-type",
            "pdf",
            "-O",
            "0",
            "-q",
            str(pdf),
            str(out),
        ],
        check=True,
    )
    return sidecar.read_text(encoding="utf-8").split("\f")


@dataclasses.dataclass(frozen=True)
class Variant:
    name: str
    read: Callable[[Path, Path], list[str]]
    about: str
    settings: dict = dataclasses.field(default_factory=dict)  # IngestSettings overrides (product variants)


def product(name: str, about: str, **overrides) -> Variant:
    return Variant(name, lambda pdf, work: read_product(pdf, work, overrides), about, overrides)


VARIANTS = [
    Variant(
        "baseline",
        read_baseline,
        "pdfplumber page.to_image(300 dpi) -> PNG -> tesseract -l nld --dpi 300, "
        "OMP_THREAD_LIMIT=1, one page after another",
    ),
    product("product", f"analyzer.ingest.parallel.extract_all, {WORKERS} workers, no cache, default IngestSettings"),
    product("product_no_prepare", "the same without the page cleanup", ocr_prepare=False),
    product(
        "product_scan_dpi",
        "every page read at its scan's own resolution, not scaled down to its letters' size",
        ocr_letter_px=10_000.0,
    ),
    product(
        "product_300dpi",
        "every page rendered and cleaned up at 300 dpi, not at its scan's own resolution (then scaled to its letters)",
        ocr_min_dpi=300,
    ),
    product("product_invert", "Tesseract's second, inverted reading of unsure lines left on", ocr_variables=()),
    Variant(
        "ocrmypdf", read_ocrmypdf, f"ocrmypdf --jobs {WORKERS} -l nld --force-ocr --sidecar --output-type pdf -O 0"
    ),
]


def unknown_settings(variant: Variant) -> list[str]:
    """Overrides this version's IngestSettings does not have (the variant is then skipped, not run on defaults)."""
    from analyzer.ingest import IngestSettings

    known = {f.name for f in dataclasses.fields(IngestSettings)}
    return sorted(set(variant.settings) - known)


# --------------------------------------------------------------------------------------------------- measures


LEADER = r"(?:[._·=\-–—]{3,}|\.*…[.…]*)"  # a row of dots, dashes or underscores; "…" with dots beside it
LEADERS = re.compile(rf"{LEADER}(?:\s*{LEADER})*")


def normalise(text: str) -> str:
    """Both sides alike: Unicode NFC, a run of leader dots or a rule ("......", "----", "___", "…") as one "…",
    whitespace runs (line breaks, form feeds) as one space. Case, accents and other punctuation are kept: they are
    errors when read wrong. Leaders are layout, and Tesseract reads a row of dots as any number of dots or "…"."""
    return " ".join(LEADERS.sub(" … ", unicodedata.normalize("NFC", text)).split())


def errors(readings: tuple[str, ...], read: str) -> dict:
    """Character and word edits against the truth, in whichever accepted reading order is closest."""
    got = normalise(read)
    best = min((normalise(truth) for truth in readings), key=lambda truth: Levenshtein.distance(truth, got))
    return {
        "chars": len(best),
        "char_edits": Levenshtein.distance(best, got),
        "words": len(best.split()),
        "word_edits": Levenshtein.distance(best.split(), got.split()),
    }


def rates(counts: list[dict]) -> dict:
    """CER and WER over pages: all edits / all truth characters (words), so a long page weighs more."""
    chars, words = sum(c["chars"] for c in counts), sum(c["words"] for c in counts)
    return {
        "cer": round(sum(c["char_edits"] for c in counts) / max(chars, 1), 4),
        "wer": round(sum(c["word_edits"] for c in counts) / max(words, 1), 4),
    }


# --------------------------------------------------------------------------------------------------- downstream


def typed_and_dated(texts: list[str]) -> list[dict]:
    """Each text as a one-page, one-document PDF would go through the pipeline: split, dated on its own (a dossier
    of one), classified."""
    from analyzer.classify import classify_documents, default_classifier
    from analyzer.dates import DateSettings
    from analyzer.dossier import ExtractedFile, Page
    from analyzer.pipeline import date_documents, split_documents
    from analyzer.segment import SegmentSettings

    files = [ExtractedFile(f"{i:03d}.pdf", "pdf", (Page(1, text),), paginated=True) for i, text in enumerate(texts)]
    documents = split_documents(files, SegmentSettings())
    documents = [date_documents([doc], DateSettings())[0] for doc in documents]
    typed = classify_documents(documents, default_classifier())
    by_file: dict[str, dict] = {}
    for doc in typed:  # a page the segmenter splits counts as its first document
        by_file.setdefault(doc.file, {"type": doc.doc_type, "date": doc.date.isoformat() if doc.date else None})
    return [by_file.get(f.path, {"type": None, "date": None}) for f in files]


def agreement(labels: list[str], digital: list[dict], read: list[dict]) -> dict:
    n = len(labels)
    dated = [i for i, d in enumerate(digital) if d["date"]]
    return {
        "type_accuracy": round(sum(r["type"] == t for r, t in zip(read, labels, strict=True)) / n, 3),
        "type_same_as_digital": round(sum(r["type"] == d["type"] for r, d in zip(read, digital, strict=True)) / n, 3),
        "date_found": round(sum(bool(r["date"]) for r in read) / n, 3),
        "date_same_as_digital": round(
            sum(read[i]["date"] == digital[i]["date"] for i in dated) / max(len(dated), 1), 3
        ),  # of the documents whose digital original has a date
        "date_other_than_digital": sum(bool(read[i]["date"]) and read[i]["date"] != digital[i]["date"] for i in dated),
    }


# --------------------------------------------------------------------------------------------------- run


def generate(folder: Path, per_kind: int) -> tuple[list[scans.ScanPage], dict[str, Path], list[Path]]:
    """The pages, one image-only PDF per damage kind, one digital original (text PDF) per document."""
    pages = scans.bench_pages(ROOT / "corpus", per_kind, SEED)
    scanned = {}
    for kind in scans.KINDS:
        scanned[kind] = folder / "scans" / f"{kind}.pdf"
        scanned[kind].parent.mkdir(parents=True, exist_ok=True)
        scanned[kind].write_bytes(scans.image_pdf([p for p in pages if p.kind == kind]))
    digital = []
    for number, page in enumerate(pages, start=1):
        digital.append(folder / "digital" / f"{number:03d}_{page.kind}.pdf")
        digital[-1].parent.mkdir(parents=True, exist_ok=True)
        digital[-1].write_bytes(scans.text_pdf(page.layout))
    return pages, scanned, digital


def read_digital(paths: list[Path]) -> list[str]:
    """The digital originals' text layers, as the product reads them (no OCR: every page has text)."""
    return product_read(paths)


def write_texts(folder: Path, pages: list[scans.ScanPage], digital: list[str], variants: dict) -> None:
    """For --keep: the truth, the digital original's text and every variant's reading of each page, side by side."""
    for number, page in enumerate(pages, start=1):
        index = [p for p in pages if p.kind == page.kind].index(page)
        readings = {"truth": page.truth, "digital": digital[number - 1]}
        readings |= {name: v["texts"][page.kind][index] for name, v in variants.items() if "texts" in v}
        for name, text in readings.items():
            path = folder / f"{number:03d}_{page.kind}" / f"{name}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")


def run_variant(variant: Variant, scanned: dict[str, Path], work: Path) -> dict:
    """Every kind's PDF read in turn; the time of each read alone."""
    texts, seconds = {}, {}
    for kind, pdf in scanned.items():
        print(f"  … {variant.name}: {kind}", file=sys.stderr, flush=True)
        start = time.perf_counter()
        texts[kind] = variant.read(pdf, work)
        seconds[kind] = time.perf_counter() - start
    return {"texts": texts, "seconds": seconds}


def time_as_one_dossier(scanned: dict[str, Path]) -> float:
    """Seconds the product takes for all the kinds' PDFs read together, as the files of one dossier are."""
    print("  … product: all files as one dossier", file=sys.stderr, flush=True)
    start = time.perf_counter()
    product_read(list(scanned.values()))
    return time.perf_counter() - start


def summarise(pages: list[scans.ScanPage], done: dict, baseline_s: float | None) -> dict:
    kinds = {}
    counts_all = []
    per_page = []
    for kind, seconds in done["seconds"].items():
        mine = [p for p in pages if p.kind == kind]
        texts = done["texts"][kind]
        if len(texts) != len(mine):
            raise RuntimeError(f"{kind}: {len(texts)} texts read for {len(mine)} pages")
        counts = [errors(p.readings, t) for p, t in zip(mine, texts, strict=True)]
        counts_all += counts
        per_page += [round(c["char_edits"] / max(c["chars"], 1), 4) for c in counts]
        kinds[kind] = {"pages": len(mine), **rates(counts), "s_per_page": round(seconds / len(mine), 2)}
    total = sum(done["seconds"].values())
    return {
        "total_s": round(total, 1),
        "s_per_page": round(total / len(pages), 2),
        "time_vs_baseline": round(total / baseline_s, 3) if baseline_s else None,
        "overall": rates(counts_all),
        "kinds": kinds,
        "cer_per_page": per_page,
    }


def print_table(results: dict) -> None:
    machine, variants = results["machine"], results["variants"]
    names = [n for n, v in variants.items() if "skipped" not in v]
    print(
        f"\nOCR bench — {machine['date']}, {machine['cores']} cores ({machine['cpu']}), {machine['tesseract']}, "
        f"load {machine['loadavg_start']} -> {machine['loadavg_end']}"
    )
    print(f"{results['inputs']['pages']} pages, {results['inputs']['per_kind']} per kind; CER / WER / seconds a page\n")
    head = f"{'kind':<16} {'pages':>5}" + "".join(f" | {n[:21]:^21}" for n in names)
    print(head + "\n" + "-" * len(head))
    for kind in scans.KINDS:
        row = variants[names[0]]["kinds"][kind]
        cells = "".join(
            f" | {v['cer']:6.3f} {v['wer']:6.3f} {v['s_per_page']:6.2f}"
            for v in (variants[n]["kinds"][kind] for n in names)
        )
        print(f"{kind:<16} {row['pages']:>5}{cells}")
    cells = "".join(
        f" | {variants[n]['overall']['cer']:6.3f} {variants[n]['overall']['wer']:6.3f} {variants[n]['s_per_page']:6.2f}"
        for n in names
    )
    print("-" * len(head) + f"\n{'all':<16} {results['inputs']['pages']:>5}{cells}\n")
    print(f"{'variant':<20} {'total s':>8} {'s/page':>7} {'x baseline':>10}  CER    WER")
    for name in names:
        v = variants[name]
        ratio = f"{v['time_vs_baseline']:.2f}" if v["time_vs_baseline"] is not None else "-"
        print(
            f"{name:<20} {v['total_s']:>8.1f} {v['s_per_page']:>7.2f} {ratio:>10}  {v['overall']['cer']:.3f}  "
            f"{v['overall']['wer']:.3f}"
        )
    together = variants["product"].get("as_one_dossier")
    if together:
        ratio = f"{together['time_vs_baseline']:.2f}" if together["time_vs_baseline"] is not None else "-"
        print(f"{'product, one dossier':<20} {together['total_s']:>8.1f} {'':>7} {ratio:>10}  (all files read together)")
    for name, v in variants.items():
        if "skipped" in v:
            print(f"{name:<20} skipped: {v['skipped']}")
    print(f"\ndownstream ({results['inputs']['pages']} documents; dates compared where the digital original has one)")
    print(
        f"{'read from':<20} {'type acc':>8} {'type=digital':>12} {'date found':>10} {'date=digital':>12} "
        f"{'other date':>10}"
    )
    for name, d in results["downstream"].items():
        print(
            f"{name:<20} {d['type_accuracy']:>8.3f} {d['type_same_as_digital']:>12.3f} {d['date_found']:>10.3f} "
            f"{d['date_same_as_digital']:>12.3f} {d['date_other_than_digital']:>10}"
        )
    print(
        f"\ndigital originals' text layer vs truth: CER {results['checks']['digital_text_layer_cer']:.4f}; "
        f"total bench time {results['total_run_s']:.0f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help=f"{PER_KIND_QUICK} page per kind (development)")
    parser.add_argument("--output", type=Path, default=HERE / "ocr_results.json", help="where the JSON goes")
    parser.add_argument("--keep", action="store_true", help="keep the PDFs, OCR output and texts read (path printed)")
    args = parser.parse_args()

    started = time.perf_counter()
    with work_folder("ocr-bench-", args.keep) as tmp:
        os.environ["DOSSIER_ANALYZER_HOME"] = str(tmp / "home")  # the shipped model, no user corrections or model
        print("generating pages …", file=sys.stderr, flush=True)
        per_kind = PER_KIND_QUICK if args.quick else PER_KIND
        pages, scanned, digital = generate(tmp, per_kind)
        digest = hashlib.sha256(b"".join(p.read_bytes() for p in [*scanned.values(), *digital])).hexdigest()
        digital_texts = read_digital(digital)
        from analyzer.classify import default_classifier

        default_classifier()  # loaded before any timing
        load_start = os.getloadavg()[0]
        variants, baseline_s = {}, None
        for variant in VARIANTS:
            if missing := unknown_settings(variant):
                variants[variant.name] = {"about": variant.about, "skipped": f"no such IngestSettings: {missing}"}
                continue
            done = run_variant(variant, scanned, tmp)
            summary = summarise(pages, done, baseline_s)
            baseline_s = baseline_s or (summary["total_s"] if variant.name == "baseline" else None)
            variants[variant.name] = {
                "about": variant.about,
                "settings": variant.settings,
                **summary,
                "texts": done["texts"],
            }
        dossier_s = time_as_one_dossier(scanned)
        variants["product"]["as_one_dossier"] = {
            "total_s": round(dossier_s, 1),
            "time_vs_baseline": round(dossier_s / baseline_s, 3) if baseline_s else None,
        }
        load_end = os.getloadavg()[0]
        if args.keep:
            write_texts(tmp / "texts", pages, digital_texts, variants)

        labels = [p.source.doc_type for p in pages]
        digital_read = typed_and_dated(digital_texts)
        found = {"digital original": digital_read}
        for name, v in variants.items():
            if "texts" in v:
                found[name] = typed_and_dated([t for kind in scans.KINDS for t in v["texts"][kind]])
        downstream = {name: agreement(labels, digital_read, read) for name, read in found.items()}
        machine = {**machine_info(), "loadavg_start": round(load_start, 2), "loadavg_end": round(load_end, 2)}
        digital_errors = rates([errors(p.readings, t) for p, t in zip(pages, digital_texts, strict=True)])
        results = {
            "machine": machine,
            "inputs": {
                "pages": len(pages),
                "per_kind": per_kind,
                "seed": SEED,
                "kinds": {kind: {"dpi": dpi} for kind, dpi in scans.KINDS.items()},
                "sources": [
                    {
                        "kind": p.kind,
                        "source": p.source.path,
                        "doc_type": p.source.doc_type,
                        "chars": len(normalise(p.truth)),
                    }
                    for p in pages
                ],
                "sha256_of_all_inputs": digest,
            },
            "variants": {n: {k: x for k, x in v.items() if k != "texts"} for n, v in variants.items()},
            "downstream": downstream,
            "documents": [
                {
                    "kind": p.kind,
                    "source": p.source.path,
                    "label": p.source.doc_type,
                    **{name: read[i] for name, read in found.items()},
                }
                for i, p in enumerate(pages)
            ],
            "checks": {"digital_text_layer_cer": digital_errors["cer"]},
            "notes": [
                "CER/WER = edits / truth characters (words) summed over the pages of a kind; both sides NFC, "
                "whitespace collapsed, case and accents kept; a form page is scored in its closest reading order.",
                "Seconds a page = the wall time of reading the kind's PDF / its pages; every read runs alone.",
                "product.as_one_dossier: the same PDFs read in one call, as a dossier's files are (the per-kind "
                "times read each 6-page file on its own, so the two workers wait for each other at every file's end).",
                f"Product and OCRmyPDF use {WORKERS} processes; the baseline one.",
                "Downstream: each document dated on its own and classified with the shipped model, which was "
                "trained on the corpus: its accuracy on digital originals is optimistic, the gap to the scans is "
                "the figure to read.",
            ],
            "total_run_s": round(time.perf_counter() - started, 1),
        }
        args.output.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print_table(results)
        print(f"written: {args.output}")


if __name__ == "__main__":
    main()
