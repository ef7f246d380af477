"""Performance benchmark of dossier-analyzer: one command, its own generated dossiers, one table.

    make bench                       # or: .venv/bin/python benchmarks/run.py

What it does (see benchmarks/README.md):
  1. a 200-page digital dossier: raw single-process pdfplumber extract_text() vs the full `analyze` (2 workers),
     and the peak RSS of one full analysis of it;
  2. a 10-page scanned dossier: one-thread Tesseract page after page vs the full `analyze` (2 workers);
  3. a cached re-run vs the first run of the scanned dossier;
  4. a batch of 20 small dossiers on 1 vs 2 workers.

The dossiers are generated deterministically in a temporary folder from the Dutch texts in `corpus/` (fpdf2 for
text PDFs, Pillow images for scans, through `tests/builders.py`). Every workload runs in a fresh Python process of
its own (this script, called with --workload), so one measurement cannot warm or bloat another and each peak RSS
is that workload's own. Figures go to stdout and to benchmarks/results.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "tests"))  # builders.py: text and scanned PDFs, as the tests make them
sys.path.insert(0, str(ROOT))

RUNS_FAST = 5  # runs per timing of the digital workloads (the median is reported)
RUNS_OCR = 3  # runs per timing of the OCR workloads (each takes tens of seconds)
RERUNS_PER_CACHE = 5  # cached re-runs after each first run in measurement 3
WORKERS = 2

DIGITAL_PAGES = 200
DIGITAL_DOCUMENTS = 25
LINES_PER_PAGE = 34  # text lines per page, plus a blank line and the page footer: ~36 lines printed
SCANNED_LINES_PER_PAGE = 34
BATCH_CASES = 20

GOALS = {
    "digital_full_vs_raw": 0.6,
    "scanned_full_vs_sequential_ocr": 0.7,
    "cached_rerun_vs_first_run": 0.05,
    "batch_2_vs_1_workers": 0.6,
    "peak_rss_full_200_pages_mb": 300.0,
}

# A dossier built for a dismissal on poor performance, in the order such a file is usually kept.
DIGITAL_ORDER = [
    "other", "other", "appraisal", "appraisal", "correspondence", "warning", "meeting_report", "employee_response",
    "warning", "improvement_plan", "meeting_report", "employee_response", "correspondence", "meeting_report",
    "training", "training", "meeting_report", "meeting_report", "medical", "meeting_report", "correspondence",
    "meeting_report", "redeployment", "redeployment", "correspondence",
]  # fmt: skip
SCANNED_DOCUMENTS = [  # (type, pages): a scanned personnel file of 10 pages
    ("warning", 1), ("improvement_plan", 2), ("meeting_report", 2), ("employee_response", 1),
    ("meeting_report", 1), ("medical", 1), ("meeting_report", 2),
]  # fmt: skip
BATCH_TYPES = [
    "appraisal", "warning", "improvement_plan", "meeting_report", "employee_response", "training",
    "meeting_report", "medical", "meeting_report", "redeployment", "correspondence", "other",
]  # fmt: skip

# Core PDF fonts hold Latin-1 only: the few other characters of the corpus are written as a typist would.
_PLAIN = str.maketrans({"–": "-", "—": "-", "€": "EUR", "≥": ">=", "≤": "<=", "→": "->", "•": "-", "‘": "'",
                        "’": "'", "“": '"', "”": '"', "…": "...", "✓": "v", "✔": "v", "✗": "x", "❌": "x"})  # fmt: skip


# --------------------------------------------------------------------------------------------------- dossiers


def load_corpus() -> dict[str, list[list[str]]]:
    """The corpus texts per document type (sorted by path, so the generation is deterministic)."""
    by_type: dict[str, list[list[str]]] = {}
    for path in sorted((ROOT / "corpus").glob("*/*.txt")):
        raw = path.read_text(encoding="utf-8")
        _, front, body = raw.split("---\n", 2)
        doc_type = next(line.split(":", 1)[1].strip() for line in front.splitlines() if line.startswith("doc_type"))
        text = body.translate(_PLAIN).encode("latin-1", "ignore").decode("latin-1")
        by_type.setdefault(doc_type, []).append(text.strip("\n").splitlines())
    return by_type


def reflow(lines: list[str]) -> list[str]:
    """Join a long line with the next when that continues its sentence (lower-case start), so prose is re-wrapped
    to the page width; short lines (headings, list items, table rows) stay as they are."""
    out: list[str] = []
    for line in lines:
        if out and len(out[-1]) >= 60 and line[:1].islower():
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


def wrap(lines: list[str], fits) -> list[str]:
    """Greedy word wrap of every line so that `fits(line)` holds (blank lines kept)."""
    out: list[str] = []
    for line in reflow(lines):
        line = line.rstrip()
        if fits(line):
            out.append(line)
            continue
        current = ""
        for word in line.split(" "):
            candidate = f"{current} {word}" if current else word
            if fits(candidate) or not current:
                current = candidate
            else:
                out.append(current)
                current = word
        out.append(current)
    return out


class Writer:
    """Writes documents of a given type and length from corpus texts: the first text whole (its letterhead,
    title and date), continued with the bodies of other texts of the same type, as a long report or minutes."""

    def __init__(self, corpus: dict[str, list[list[str]]], fits, seed: int) -> None:
        self.corpus = corpus
        self.fits = fits
        self.rng = random.Random(seed)
        self.next = {t: self.rng.randrange(len(texts)) for t, texts in corpus.items()}

    def _take(self, doc_type: str) -> list[str]:
        texts = self.corpus[doc_type]
        index = self.next[doc_type]
        self.next[doc_type] = (index + 1) % len(texts)
        return texts[index]

    def document(self, doc_type: str, pages: int, lines_per_page: int, footer: bool = True) -> list[str]:
        """Page texts of one document; the last page is 55-100% full, the others full."""
        lines = wrap(self._take(doc_type), self.fits)
        last_fill = self.rng.randint(int(lines_per_page * 0.55), lines_per_page)
        needed = (pages - 1) * lines_per_page + last_fill
        while len(lines) < needed:
            body = self._take(doc_type)[6:]  # without the letterhead / e-mail header of the continuation
            lines += ["", *wrap(body, self.fits)]
        lines = lines[:needed]
        chunks = [lines[i * lines_per_page : (i + 1) * lines_per_page] for i in range(pages)]
        if footer:
            chunks = [[*chunk, "", f"Pagina {n} van {pages}"] for n, chunk in enumerate(chunks, start=1)]
        return ["\n".join(chunk) for chunk in chunks]


def _pdf_fits():
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_font("Helvetica", size=11)  # what builders.pdf_bytes writes with, in a 170 mm wide cell
    return lambda s: pdf.get_string_width(s) <= 166


def _scan_fits():
    from PIL import ImageFont

    dpi = 200  # builders.page_image: default font at 0.16 in, left margin 0.9 in
    font = ImageFont.load_default(size=int(dpi * 0.16))
    usable = int(8.27 * dpi) - 2 * int(dpi * 0.9)
    return lambda s: font.getlength(s) <= usable


def split_pages(total: int, count: int, low: int, high: int, rng: random.Random) -> list[int]:
    """`count` page counts between low and high that add up to `total`."""
    sizes = [total // count] * count
    for i in range(total - sum(sizes)):
        sizes[i] += 1
    for _ in range(count * 4):
        i, j = rng.randrange(count), rng.randrange(count)
        if i != j and sizes[i] < high and sizes[j] > low:
            sizes[i] += 1
            sizes[j] -= 1
    return sizes


def digital_dossier(folder: Path, pages: int = DIGITAL_PAGES, corpus: dict | None = None) -> dict:
    """One bundled text PDF of `pages` pages (a personnel file exported as one PDF): documents of 3-14 pages, ~8 on
    average, in DIGITAL_ORDER (repeated for more than 25). Seeded by `pages`, so 200 pages is always digital200."""
    import builders

    documents = max(1, round(pages * DIGITAL_DOCUMENTS / DIGITAL_PAGES))
    order = [DIGITAL_ORDER[i % len(DIGITAL_ORDER)] for i in range(documents)]
    writer = Writer(corpus or load_corpus(), _pdf_fits(), seed=1)
    sizes = split_pages(pages, documents, 3, 14, random.Random(pages))
    texts = [p for doc_type, n in zip(order, sizes, strict=True) for p in writer.document(doc_type, n, LINES_PER_PAGE)]
    builders.write(folder, "personeelsdossier_compleet.pdf", builders.pdf_bytes(texts))
    return {
        "files": 1,
        "pages": len(texts),
        "documents": documents,
        "pages_per_document": sizes,
        "lines_per_page": LINES_PER_PAGE + 2,
        "chars_per_page": round(statistics.mean(len(p) for p in texts)),
    }


def scanned_dossier(folder: Path, pages: int = 10, corpus: dict | None = None) -> dict:
    """One image-only PDF of `pages` pages at 200 dpi, no text layer: SCANNED_DOCUMENTS's 10-page file repeated."""
    import builders

    writer = Writer(corpus or load_corpus(), _scan_fits(), seed=2)
    texts: list[str] = []
    documents = 0
    while len(texts) < pages:
        doc_type, n = SCANNED_DOCUMENTS[documents % len(SCANNED_DOCUMENTS)]
        texts += writer.document(doc_type, min(n, pages - len(texts)), SCANNED_LINES_PER_PAGE)
        documents += 1
    builders.write(folder, "scan_personeelsmap.pdf", builders.scanned_pdf(texts))
    return {"files": 1, "pages": len(texts), "documents": documents, "scan_dpi": 200}


def batch_dossiers(root: Path, cases: int = BATCH_CASES, corpus: dict | None = None) -> dict:
    """`cases` small dossier folders under `root`: 3-6 digital PDFs each, 1-3 pages per PDF. The first 20 cases
    are the same whatever `cases` is."""
    import builders

    rng = random.Random(20)
    writer = Writer(corpus or load_corpus(), _pdf_fits(), seed=3)
    width = max(2, len(str(cases)))
    pages = files = 0
    for case in range(1, cases + 1):
        start = rng.randrange(len(BATCH_TYPES) - 6)
        for number, doc_type in enumerate(BATCH_TYPES[start : start + rng.randint(3, 6)], start=1):
            doc_pages = writer.document(doc_type, rng.randint(1, 3), LINES_PER_PAGE)
            builders.write(
                root / f"zaak_{case:0{width}d}", f"{number:02d}_{doc_type}.pdf", builders.pdf_bytes(doc_pages)
            )
            pages += len(doc_pages)
            files += 1
    return {"cases": cases, "files": files, "pages": pages}


def sha256_of(folders: list[Path]) -> str:
    """One hash over the bytes of every PDF in `folders` (path order): shows the inputs came out the same."""
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(folder.rglob("*.pdf")):
            digest.update(path.read_bytes())
    return digest.hexdigest()


def generate(data: Path) -> dict:
    """Write the three inputs under `data`; returns what was made (pages, documents, a hash of the bytes)."""
    corpus = load_corpus()
    made = {
        "digital200": digital_dossier(data / "digital200", DIGITAL_PAGES, corpus),
        "scanned10": scanned_dossier(data / "scanned10", 10, corpus),
        "batch": batch_dossiers(data / "batch", BATCH_CASES, corpus),
    }
    made["sha256_of_all_inputs"] = sha256_of([data / "digital200", data / "scanned10", data / "batch"])
    return made


# --------------------------------------------------------------------------------------------------- workloads
# Each runs in a fresh process (`run.py --workload NAME`) and prints one JSON line with its timings and its peak RSS.


def _peak_rss() -> dict:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # largest worker / tesseract
    return {"peak_rss_main_mb": round(own, 1), "peak_rss_largest_child_mb": round(children, 1),
            "peak_rss_mb": round(max(own, children), 1)}  # fmt: skip


def sequential_ocr(pdf_path: Path) -> list[str]:
    """The naive way, the baseline of the OCR goals: every page rendered at 300 dpi with pdfplumber and sent as a PNG
    to its own one-thread Tesseract run, one page after another (also benchmarks/ocr_bench.py's baseline)."""
    import pdfplumber

    binary = shutil.which("tesseract")
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    texts = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            image = page.to_image(resolution=300).original
            page.close()
            buffer = io.BytesIO()
            image.convert("L").save(buffer, format="PNG")
            result = subprocess.run(
                [binary, "stdin", "stdout", "-l", "nld", "--dpi", "300"],
                input=buffer.getvalue(), capture_output=True, env=env, check=True,
            )  # fmt: skip
            texts.append(result.stdout.decode("utf-8", errors="replace"))
    return texts


def _timed(fn, *args, into: list | None = None) -> float:
    """Seconds `fn(*args)` takes; its result is appended to `into`."""
    start = time.perf_counter()
    value = fn(*args)
    seconds = time.perf_counter() - start
    if into is not None:
        into.append(value)
    return seconds


def warm_up(tiny: Path) -> None:
    """Imports done and the classifier loaded before any timing (model load is excluded from the timings);
    `tiny` is a small dossier analysed once."""
    from analyzer.classify import default_classifier
    from analyzer.pipeline import AnalysisSettings, analyze

    default_classifier()
    analyze(tiny, AnalysisSettings(workers=1, use_cache=False))


def _ocr_pages(dossier) -> int:
    return len({(d.file, p.number) for d in dossier.documents for p in d.pages if p.ocr})


def time_analyze(folder: Path, runs: int, tiny: Path) -> dict:
    """`analyze` of `folder` (WORKERS workers, no cache) `runs` times after a warm-up: the times and what was read."""
    from analyzer.pipeline import AnalysisSettings, analyze

    warm_up(tiny)
    settings = AnalysisSettings(workers=WORKERS, use_cache=False)
    dossiers = []
    times = [_timed(analyze, folder, settings, into=dossiers) for _ in range(runs)]
    dossier = dossiers[-1]
    return {"times_s": times, "pages": dossier.pages, "documents": len(dossier.documents),
            "ocr_pages": _ocr_pages(dossier)}  # fmt: skip


def time_batch(root: Path, workers: int, runs: int, scratch: Path, tiny: Path, scheduler: str | None = None) -> dict:
    """`run_batch` of the cases in `root` `runs` times after a warm-up, each into a fresh SQLite store in `scratch`
    (nothing resumed); `scheduler` is a Dask scheduler's address, or None for `workers` local processes."""
    from analyzer.batch import run_batch
    from analyzer.pipeline import AnalysisSettings, no_progress
    from analyzer.store import CaseStore

    warm_up(tiny)
    times, rows = [], []
    for run in range(runs):
        store = CaseStore(f"sqlite:///{scratch}/batch-w{workers}-{'dask-' * bool(scheduler)}{run}.sqlite")
        try:
            settings = AnalysisSettings(workers=workers, use_cache=False)
            times.append(_timed(run_batch, root, store, settings, no_progress, scheduler, into=rows))
        finally:
            store.close()
    return {"times_s": times, "cases": len(rows[-1]),
            "failed_cases": sum(1 for row in rows[-1] if row.get("oordeel") == "fout")}  # fmt: skip


def workload(name: str, data: Path, runs: int) -> dict:
    out: dict = {"workload": name, "runs": runs}
    if name == "import_and_model_load":  # context for the RSS figures: what the analysis holds before any page
        start = time.perf_counter()
        from analyzer.classify import default_classifier
        from analyzer.pipeline import analyze  # noqa: F401 — the import is what is measured

        default_classifier()
        out["times_s"] = [time.perf_counter() - start]
    elif name == "raw_extract_text":
        import pdfplumber

        pdf_path = data / "digital200" / "personeelsdossier_compleet.pdf"

        def raw() -> None:
            with pdfplumber.open(pdf_path) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    page.close()

        out["times_s"] = [_timed(raw) for _ in range(runs)]
    elif name == "sequential_ocr":
        pdf_path = data / "scanned10" / "scan_personeelsmap.pdf"
        texts = []
        out["times_s"] = [_timed(sequential_ocr, pdf_path, into=texts) for _ in range(runs)]
        out["ocr_pages"] = len(texts[-1])
    elif name == "cold_full_digital":  # one analysis as the CLI does it: imports and model load included
        start = time.perf_counter()
        from analyzer.pipeline import AnalysisSettings, analyze

        dossier = analyze(data / "digital200", AnalysisSettings(workers=WORKERS, use_cache=False))
        out["times_s"] = [time.perf_counter() - start]
        out["pages"], out["documents"], out["ocr_pages"] = dossier.pages, len(dossier.documents), _ocr_pages(dossier)
    elif name in ("full_digital", "full_scanned"):
        folder = data / ("scanned10" if name == "full_scanned" else "digital200")
        out.update(time_analyze(folder, runs, data / "batch" / "zaak_01"))
    elif name == "cache":
        from analyzer.pipeline import AnalysisSettings, analyze

        folder = data / "scanned10"
        warm_up(data / "batch" / "zaak_01")
        first, again, same = [], [], True
        for run in range(runs):
            settings = AnalysisSettings(workers=WORKERS, use_cache=True, cache_dir=data / f"cache-{run}")
            results = []
            first.append(_timed(analyze, folder, settings, into=results))  # empty cache folder
            for _ in range(RERUNS_PER_CACHE):
                again.append(_timed(analyze, folder, settings, into=results))
            same &= all(r.documents == results[0].documents for r in results)
        out["first_times_s"], out["times_s"] = first, again
        out["rerun_same_documents_as_first"] = same
        out["ocr_pages_first_run"] = _ocr_pages(results[0])
    elif name.startswith("batch_"):
        workers = int(name.rsplit("_", 1)[1])
        out.update(time_batch(data / "batch", workers, runs, data, data / "batch" / "zaak_01"))
    else:
        raise SystemExit(f"unknown workload {name}")
    out["median_s"] = statistics.median(out["times_s"])
    out.update(_peak_rss())
    return out


def _burn(n: int) -> float:
    start = time.perf_counter()
    total = 0
    for i in range(n):
        total += i
    return time.perf_counter() - start


def parallel_capacity() -> float:
    """How much faster two CPU-bound processes finish than one after the other on this machine right now
    (2.0 = two free cores). Other load on the machine (or shared virtual cores) lowers it; it puts the
    2-worker ratios in context and changes none of them."""
    import multiprocessing

    n = 8_000_000
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(_burn, [n // 10, n // 10])  # pool started
        one = statistics.median(_burn(n) for _ in range(3))
        start = time.perf_counter()
        pool.map(_burn, [n, n])
        two = time.perf_counter() - start
    return round(2 * one / two, 2)


def run_workload(
    name: str, data: Path, runs: int, env: dict, script: Path | None = None, extra: tuple = (), timeout: int = 900
) -> dict:
    """Run one workload in a fresh interpreter (`script --workload NAME`, this file by default) and return what
    it printed."""
    print(f"  … {' '.join((name, *extra))} ({runs} run{'s' * (runs > 1)})", file=sys.stderr, flush=True)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(script or Path(__file__).resolve()), "--workload", name, "--data", str(data),
         "--runs", str(runs), *extra],
        capture_output=True, text=True, env=env, timeout=timeout, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"workload {name} failed (exit {done.returncode})")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["process_wall_s"] = round(time.perf_counter() - started, 2)
    return result


# --------------------------------------------------------------------------------------------------- report


def machine_info() -> dict:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")), platform.processor() or "?",
    ) if Path("/proc/cpuinfo").exists() else platform.processor()  # fmt: skip
    memory = None
    if Path("/proc/meminfo").exists():
        kib = int(Path("/proc/meminfo").read_text().split("MemTotal:")[1].split()[0])
        memory = round(kib / 1024 / 1024, 1)
    tesseract = subprocess.run(["tesseract", "--version"], capture_output=True, text=True, check=False)
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cores": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": memory,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "tesseract": (tesseract.stdout or tesseract.stderr).splitlines()[0] if tesseract.returncode == 0 else None,
    }


@contextmanager
def work_folder(prefix: str, keep: bool, what: str = "inputs") -> Iterator[Path]:
    """A temporary folder for a benchmark's generated inputs, removed afterwards unless `keep` (then its path is
    printed)."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield folder
    finally:
        if keep:
            print(f"{what} kept in {folder}", file=sys.stderr)
        else:
            shutil.rmtree(folder, ignore_errors=True)


def machine_during(load_start: float, capacity_start: float) -> dict:
    """The machine, with the load and the two-process CPU check at the start (given) and now, at the end."""
    return {**machine_info(), "loadavg_start": round(load_start, 2), "loadavg_end": round(os.getloadavg()[0], 2),
            "parallel_capacity_start": capacity_start, "parallel_capacity_end": parallel_capacity()}  # fmt: skip


def load_note(machine: dict) -> str:
    return (
        f"Machine load: load average {machine['loadavg_start']} at the start, {machine['loadavg_end']} at the end; "
        f"two CPU-bound processes ran {machine['parallel_capacity_start']}x / {machine['parallel_capacity_end']}x "
    )


def _mb(value: float) -> str:
    return f"{value:,.0f} MB"


def build_results(made: dict, w: dict[str, dict], machine: dict, total_s: float) -> dict:
    digital_pages = made["digital200"]["pages"]
    scanned_pages = made["scanned10"]["pages"]
    batch_pages = made["batch"]["pages"]

    def row(label, result, pages, runs_note=""):
        median = result["median_s"]
        return {
            "measurement": label,
            "runs": len(result["times_s"]),
            "runs_note": runs_note,
            "median_s": round(median, 3),
            "times_s": [round(t, 3) for t in result["times_s"]],
            "pages": pages,
            "pages_per_s": round(pages / median, 1) if pages else None,
            "peak_rss_mb": result["peak_rss_mb"],
        }

    cache = w["cache"]
    model = w["import_and_model_load"]
    first_cache = {**cache, "times_s": cache["first_times_s"], "median_s": statistics.median(cache["first_times_s"])}
    rows = {
        "import_and_model_load": row("0. import analyzer + load the classifier (context: no page read)", model, 0),
        "raw_extract_text_200": row("1. raw pdfplumber extract_text(), 1 process, 200 digital pages",
                                    w["raw_extract_text"], digital_pages),
        "full_analyze_200": row(f"1. full analyze, {WORKERS} workers, no cache, 200 digital pages",
                                w["full_digital"], digital_pages),
        "cold_full_analyze_200": row("1. same, one cold run as the CLI (imports + model load included)",
                                     w["cold_full_digital"], digital_pages),
        "sequential_ocr_10": row("2. sequential Tesseract, 1 thread, 10 scanned pages (render 300 dpi + OCR)",
                                 w["sequential_ocr"], scanned_pages, "N=3 (OCR)"),
        "full_analyze_scanned_10": row(f"2. full analyze, {WORKERS} workers, no cache, 10 scanned pages",
                                       w["full_scanned"], scanned_pages, "N=3 (OCR)"),
        "cache_first_run_10": row(f"3. first run, empty cache, {WORKERS} workers, 10 scanned pages",
                                  first_cache, scanned_pages, "N=3 (OCR)"),
        "cache_rerun_10": row("3. cached re-run of the same dossier (same cache folder)", cache, scanned_pages,
                              f"{RERUNS_PER_CACHE} after each first run"),
        "batch_1_worker": row(f"4. run_batch, {BATCH_CASES} small dossiers, 1 worker", w["batch_1"], batch_pages),
        "batch_2_workers": row(f"4. run_batch, {BATCH_CASES} small dossiers, 2 workers", w["batch_2"], batch_pages),
    }  # fmt: skip

    def ratio(key, label, value, unit=""):
        goal = GOALS[key]
        return {"name": key, "label": label, "value": round(value, 3 if not unit else 1), "goal": f"≤ {goal:g}{unit}",
                "met": value <= goal}  # fmt: skip

    m = lambda key: rows[key]["median_s"]  # noqa: E731
    ratios = [
        ratio("digital_full_vs_raw", "1. full analyze time / raw extract_text time (200 digital pages)",
              m("full_analyze_200") / m("raw_extract_text_200")),
        ratio("peak_rss_full_200_pages_mb", "1. peak RSS, one full analysis of the 200-page dossier (MB)",
              w["cold_full_digital"]["peak_rss_mb"], " MB"),
        ratio("scanned_full_vs_sequential_ocr", "2. full analyze time / sequential 1-thread OCR time (10 scanned pages)",
              m("full_analyze_scanned_10") / m("sequential_ocr_10")),
        ratio("cached_rerun_vs_first_run", "3. cached re-run time / first run time (10 scanned pages)",
              m("cache_rerun_10") / m("cache_first_run_10")),
        ratio("batch_2_vs_1_workers", f"4. batch of {BATCH_CASES} time on 2 workers / on 1 worker",
              m("batch_2_workers") / m("batch_1_worker")),
    ]  # fmt: skip
    cold = w["cold_full_digital"]
    checks = {
        "digital_pages_analysed": w["full_digital"]["pages"],
        "digital_documents_found": w["full_digital"]["documents"],
        "scanned_pages_ocrd_by_analyze": w["full_scanned"]["ocr_pages"],
        "scanned_pages_ocrd_by_baseline": w["sequential_ocr"]["ocr_pages"],
        "cached_rerun_same_documents_as_first_run": cache["rerun_same_documents_as_first"],
        "batch_cases_1_worker": w["batch_1"]["cases"],
        "batch_cases_2_workers": w["batch_2"]["cases"],
        "batch_failed_cases": w["batch_1"]["failed_cases"] + w["batch_2"]["failed_cases"],
        "cold_run_peak_rss_main_process_mb": cold["peak_rss_main_mb"],
        "cold_run_peak_rss_largest_worker_mb": cold["peak_rss_largest_child_mb"],
    }
    notes = [
        f"Timings are the median of N runs: N={RUNS_FAST} for the digital workloads, N={RUNS_OCR} for the OCR "
        f"workloads (2. and 3. first run; 3. re-run: {RERUNS_PER_CACHE} re-runs after each of the {RUNS_OCR} first "
        "runs).",
        "Every workload runs in a fresh Python process. The analyze and run_batch timings are taken in that process "
        "after a warm-up (imports done, classifier loaded with default_classifier(), one tiny analysis): import and "
        "model-load time are excluded from them; the 'cold run' row includes them.",
        "Peak RSS = max(ru_maxrss of the workload process, ru_maxrss of its children: worker processes and "
        "Tesseract), for the whole workload process; the RSS goal is checked on the cold run, one full analysis of "
        "the 200-page dossier including imports and model load. Worker processes' memory is not summed.",
        "RSS is resident memory per process; a forked worker's RSS includes the pages it shares with the main "
        "process, so the figures of main process and workers cannot be added up. The '0.' row shows what imports "
        "and the classifier alone hold.",
        load_note(machine)
        + "as fast as one after the other (2.0 = two free cores), measured at the start / end. Other work on the "
        "machine during the run makes every figure noisier and the 2-worker ratios worse.",
        "Ratios compare medians; 'met' compares the ratio with the goal as is, nothing is tuned to pass.",
    ]
    return {
        "machine": machine,
        "inputs": made,
        "settings": {"workers": WORKERS, "runs_fast": RUNS_FAST, "runs_ocr": RUNS_OCR,
                     "reruns_per_cache": RERUNS_PER_CACHE, "ocr": "tesseract -l nld --dpi 300, OMP_THREAD_LIMIT=1"},
        "measurements": rows,
        "ratios": ratios,
        "checks": checks,
        "notes": notes,
        "workloads_raw": w,
        "total_run_s": round(total_s, 1),
    }  # fmt: skip


def print_table(results: dict) -> None:
    machine = results["machine"]
    print()
    print(f"dossier-analyzer benchmark — {machine['date']}")
    print(f"{machine['cores']} cores ({machine['cpu']}), {machine['memory_gb']} GB, Python {machine['python']}, "
          f"{machine['tesseract']}")  # fmt: skip
    inputs = results["inputs"]
    print(f"inputs: digital {inputs['digital200']['pages']} pages / {inputs['digital200']['documents']} documents "
          f"(~{inputs['digital200']['lines_per_page']} lines, ~{inputs['digital200']['chars_per_page']} chars a page); "
          f"scanned {inputs['scanned10']['pages']} pages at 200 dpi; batch {inputs['batch']['cases']} dossiers, "
          f"{inputs['batch']['files']} PDFs, {inputs['batch']['pages']} pages")  # fmt: skip
    print()
    rows = list(results["measurements"].values())
    width = max(len(r["measurement"]) for r in rows)
    header = f"{'measurement':<{width}}  {'runs':>4}  {'median s':>9}  {'pages/s':>8}  {'peak RSS':>9}"
    print(header)
    print("-" * len(header))
    for r in rows:
        rate = f"{r['pages_per_s']:,.1f}" if r["pages_per_s"] is not None else "-"
        print(f"{r['measurement']:<{width}}  {r['runs']:>4}  {r['median_s']:>9.3f}  {rate:>8}  "
              f"{_mb(r['peak_rss_mb']):>9}")  # fmt: skip
    print()
    width = max(len(r["label"]) for r in results["ratios"])
    header = f"{'goal':<{width}}  {'value':>8}  {'goal':>9}  met?"
    print(header)
    print("-" * len(header))
    for r in results["ratios"]:
        print(f"{r['label']:<{width}}  {r['value']:>8}  {r['goal']:>9}  {'MET' if r['met'] else 'NOT MET'}")
    print()
    print("checks: " + ", ".join(f"{k}={v}" for k, v in results["checks"].items()))
    for note in results["notes"]:
        print(f"note: {note}")
    print(f"total benchmark time {results['total_run_s']:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", type=Path, default=HERE / "results.json", help="where the JSON goes")
    parser.add_argument("--keep", action="store_true", help="keep the generated dossiers (path printed)")
    parser.add_argument("--workload", help=argparse.SUPPRESS)  # internal: run one workload in this process
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.workload:
        print(json.dumps(workload(args.workload, args.data, args.runs)))
        return

    started = time.perf_counter()
    with work_folder("dossier-bench-", args.keep, "dossiers") as tmp:
        data = tmp / "data"
        home = tmp / "home"  # no user corrections or user model of this machine affect the figures
        home.mkdir(parents=True)
        env = {**os.environ, "DOSSIER_ANALYZER_HOME": str(home), "PYTHONHASHSEED": "0"}
        print("generating dossiers …", file=sys.stderr, flush=True)
        made = generate(data)
        load_start, capacity_start = os.getloadavg()[0], parallel_capacity()
        print("measuring (every workload in a fresh process) …", file=sys.stderr, flush=True)
        w = {
            "import_and_model_load": run_workload("import_and_model_load", data, 1, env),
            "cold_full_digital": run_workload("cold_full_digital", data, 1, env),
            "raw_extract_text": run_workload("raw_extract_text", data, RUNS_FAST, env),
            "full_digital": run_workload("full_digital", data, RUNS_FAST, env),
            "sequential_ocr": run_workload("sequential_ocr", data, RUNS_OCR, env),
            "full_scanned": run_workload("full_scanned", data, RUNS_OCR, env),
            "cache": run_workload("cache", data, RUNS_OCR, env),
            "batch_1": run_workload("batch_1", data, RUNS_FAST, env),
            "batch_2": run_workload("batch_2", data, RUNS_FAST, env),
        }
        machine = machine_during(load_start, capacity_start)
        results = build_results(made, w, machine, time.perf_counter() - started)
        args.output.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print_table(results)
        print(f"written: {args.output}")


if __name__ == "__main__":
    main()
