"""Scale curves of dossier-analyzer: how time and memory grow with the size of a dossier and of a batch.

    make scale                       # or: .venv/bin/python benchmarks/scale.py [--quick] [--sizes …] [--output F]

What it does (see benchmarks/README.md, section "Scale curves"):
  1. a digital dossier of 50, 200 and 1,000 pages and a scanned one of 10, 50 and 200 pages: a full `analyze`
     (2 workers, no cache) of each, its time, time per page and peak RSS;
  2. a batch of 100 small dossiers on 1 worker, 2 workers and a local Dask cluster of 2 worker processes;
  3. the goals for 1,000 digital pages: time per page within 10% of that at 200 pages, peak RSS <= 250 MB.

The dossiers come from run.py's generators (the 200-page digital one is run.py's digital200 byte for byte, the
scanned ones repeat scanned10's documents, the batch's first 20 cases are run.py's batch) and every measurement runs
in a fresh process, with run.py's warm-up and peak-RSS reading. Figures go to stdout, benchmarks/scale_results.json
and the plot benchmarks/scale.png.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run  # noqa: E402 — the generators and measurement helpers of benchmarks/run.py

SIZES = {"digital": [50, 200, 1000], "scanned": [10, 50, 200], "batch": [100]}
QUICK_SIZES = {"digital": [50, 200], "scanned": [10], "batch": [20]}
RUNS_DIGITAL = 3
RUNS_SCANNED = 3  # up to SCANNED_RUNS_UP_TO pages; one run above (a 200-page scan takes minutes)
SCANNED_RUNS_UP_TO = 50
RUNS_BATCH = 3
BATCH_MODES = {"batch_1": "1 worker", "batch_2": "2 workers", "batch_dask": "Dask, 2 worker processes"}
GOALS = {"digital_1000_vs_200_s_per_page": 1.10, "digital_1000_peak_rss_mb": 250.0}
WORKLOAD_TIMEOUT_S = 3600  # a 200-page scan on a busy machine


def parse_sizes(specs: list[str], base: dict[str, list[int]]) -> dict[str, list[int]]:
    """`digital=50,1000 scanned= batch=20` over `base`: a kind named replaces its sizes, an empty list skips it."""
    sizes = {kind: list(values) for kind, values in base.items()}
    for spec in specs:
        kind, _, values = spec.partition("=")
        if kind not in sizes:
            raise SystemExit(f"--sizes: unknown kind {kind!r} (digital, scanned, batch)")
        sizes[kind] = [int(v) for v in values.split(",") if v.strip()]
    return sizes


def runs_for(kind: str, size: int, quick: bool) -> int:
    if quick:
        return 1
    if kind == "digital":
        return RUNS_DIGITAL
    if kind == "scanned":
        return RUNS_SCANNED if size <= SCANNED_RUNS_UP_TO else 1
    return RUNS_BATCH


def generate(data: Path, sizes: dict[str, list[int]]) -> dict:
    """Every input, written under `data` with run.py's generators; returns what was made."""
    corpus = run.load_corpus()
    made: dict = {"warmup": run.batch_dossiers(data / "warmup", 1, corpus)}  # run.py's zaak_01: the warm-up
    for pages in sizes["digital"]:
        made[f"digital{pages}"] = run.digital_dossier(data / f"digital{pages}", pages, corpus)
    for pages in sizes["scanned"]:
        made[f"scanned{pages}"] = run.scanned_dossier(data / f"scanned{pages}", pages, corpus)
    for cases in sizes["batch"]:
        made[f"batch{cases}"] = run.batch_dossiers(data / f"batch{cases}", cases, corpus)
    made["sha256_of_all_inputs"] = run.sha256_of([data / name for name in made])
    return made


# --------------------------------------------------------------------------------------------------- workloads
# Each runs in a fresh process (`scale.py --workload NAME --size N`) and prints one JSON line.


def _dask_batch(root: Path, runs: int, scratch: Path, tiny: Path) -> dict:
    """The batch on a local Dask cluster (2 worker processes of 1 thread), its address passed to `run_batch`.

    Both workers analyse the warm-up dossier first, so their imports and model load are not timed either. The
    cluster is closed before the peak RSS is read: only then are its worker processes counted as children."""
    from dask.distributed import Client, LocalCluster

    from analyzer.batch import analyze_case_on_dask
    from analyzer.pipeline import AnalysisSettings

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster:  # fmt: skip
        with Client(cluster) as client:
            warm = client.run(analyze_case_on_dask, tiny, AnalysisSettings(workers=1, use_cache=False))
            if any(result.error for result in warm.values()):
                raise SystemExit("the warm-up case failed on the Dask workers")
        return run.time_batch(root, 2, runs, scratch, tiny, scheduler=cluster.scheduler_address)


def workload(name: str, data: Path, size: int, runs: int) -> dict:
    tiny = data / "warmup" / "zaak_01"
    out: dict = {"workload": name, "size": size, "runs": runs}
    if name in ("digital", "scanned"):
        out.update(run.time_analyze(data / f"{name}{size}", runs, tiny))
    elif name in ("batch_1", "batch_2"):
        out.update(run.time_batch(data / f"batch{size}", int(name[-1]), runs, data, tiny))
    elif name == "batch_dask":
        out.update(_dask_batch(data / f"batch{size}", runs, data, tiny))
    else:
        raise SystemExit(f"unknown workload {name}")
    out["median_s"] = statistics.median(out["times_s"])
    out.update(run._peak_rss())
    return out


# --------------------------------------------------------------------------------------------------- results


def _row(result: dict, pages: int) -> dict:
    median = result["median_s"]
    return {
        "pages": pages,
        "documents": result.get("documents"),
        "ocr_pages": result.get("ocr_pages"),
        "runs": len(result["times_s"]),
        "times_s": [round(t, 3) for t in result["times_s"]],
        "median_s": round(median, 3),
        "s_per_page": round(median / pages, 5),
        "peak_rss_mb": result["peak_rss_mb"],
        "peak_rss_main_mb": result["peak_rss_main_mb"],
        "peak_rss_largest_child_mb": result["peak_rss_largest_child_mb"],
    }


def check_goals(digital: list[dict]) -> list[dict]:
    """The two goals of the 1,000-page digital dossier; None ('not measured') when a size was not run."""
    by_pages = {r["pages"]: r for r in digital}
    small, large = by_pages.get(200), by_pages.get(1000)
    ratio = round(large["s_per_page"] / small["s_per_page"], 3) if small and large else None
    peak = large["peak_rss_mb"] if large else None
    return [
        {"goal": "digital_1000_vs_200_s_per_page", "label": "digital: time per page at 1,000 / at 200 pages",
         "value": ratio, "limit": GOALS["digital_1000_vs_200_s_per_page"],
         "met": None if ratio is None else ratio <= GOALS["digital_1000_vs_200_s_per_page"]},
        {"goal": "digital_1000_peak_rss_mb", "label": "digital: peak RSS of the 1,000-page analysis (MB)",
         "value": peak, "limit": GOALS["digital_1000_peak_rss_mb"],
         "met": None if peak is None else peak <= GOALS["digital_1000_peak_rss_mb"]},
    ]  # fmt: skip


def build_results(made: dict, measured: dict[str, list[dict]], machine: dict, quick: bool, total_s: float) -> dict:
    digital = [_row(r, made[f"digital{r['size']}"]["pages"]) for r in measured["digital"]]
    scanned = [_row(r, made[f"scanned{r['size']}"]["pages"]) for r in measured["scanned"]]
    batch = []
    for r in measured["batch"]:
        info = made[f"batch{r['size']}"]
        batch.append({
            "mode": BATCH_MODES[r["workload"]], "workload": r["workload"], "cases": r["cases"],
            "failed_cases": r["failed_cases"], "files": info["files"], "pages": info["pages"],
            "runs": len(r["times_s"]), "times_s": [round(t, 3) for t in r["times_s"]],
            "median_s": round(r["median_s"], 3), "s_per_dossier": round(r["median_s"] / r["cases"], 4),
            "peak_rss_mb": r["peak_rss_mb"], "peak_rss_main_mb": r["peak_rss_main_mb"],
            "peak_rss_largest_child_mb": r["peak_rss_largest_child_mb"],
        })  # fmt: skip
    notes = [
        "Every row is a fresh process: warm-up first (imports, classifier, one tiny analysis), then N timed runs "
        "(N = 'runs'), median reported; peak RSS = max(ru_maxrss of the process, of its largest child) over the "
        "whole process, warm-up included.",
        run.load_note(machine)
        + "as fast as one (2.0 = two free cores). Other work on the machine makes every figure noisier.",
    ]
    failed = [f"{r['mode']}: {r['failed_cases']}" for r in batch if r["failed_cases"]]
    if failed:
        notes.append("FAILED cases (their time is not a real analysis): " + ", ".join(failed))
    if quick:
        notes.append("--quick: small sizes, one run each; for development, not for publishing.")
    return {
        "machine": machine,
        "inputs": made,
        "settings": {
            "workers": run.WORKERS,
            "use_cache": False,
            "runs_digital": RUNS_DIGITAL,
            "runs_scanned": f"{RUNS_SCANNED} up to {SCANNED_RUNS_UP_TO} pages, 1 above",
            "runs_batch": RUNS_BATCH,
            "quick": quick,
            "dask": "LocalCluster(n_workers=2, threads_per_worker=1, processes=True)",
        },  # fmt: skip
        "digital": digital,
        "scanned": scanned,
        "batch": batch,
        "goals": check_goals(digital),
        "notes": notes,
        "total_run_s": round(total_s, 1),
    }


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f}"


def print_table(results: dict) -> None:
    machine = results["machine"]
    print()
    print(f"dossier-analyzer scale curves — {machine['date']}")
    print(f"{machine['cores']} cores ({machine['cpu']}), {machine['memory_gb']} GB, Python {machine['python']}, "
          f"load {machine['loadavg_start']} -> {machine['loadavg_end']}")  # fmt: skip
    for kind in ("digital", "scanned"):
        if not results[kind]:
            continue
        print()
        header = (f"{kind + ' pages':>13}  {'docs':>4}  {'runs':>4}  {'median s':>9}  {'ms/page':>8}  "
                  f"{'peak RSS MB':>11}  {'(main / child)':>15}")  # fmt: skip
        print(header)
        print("-" * len(header))
        for r in results[kind]:
            split = f"{r['peak_rss_main_mb']:.0f} / {r['peak_rss_largest_child_mb']:.0f}"
            print(f"{r['pages']:>13}  {r['documents']:>4}  {r['runs']:>4}  {r['median_s']:>9.2f}  "
                  f"{_ms(r['s_per_page']):>8}  {r['peak_rss_mb']:>11.0f}  {split:>15}")  # fmt: skip
    if results["batch"]:
        print()
        header = f"{'batch':<26}  {'cases':>5}  {'runs':>4}  {'median s':>9}  {'s/dossier':>9}  {'peak RSS MB':>11}"
        print(header)
        print("-" * len(header))
        for r in results["batch"]:
            print(f"{r['mode']:<26}  {r['cases']:>5}  {r['runs']:>4}  {r['median_s']:>9.2f}  "
                  f"{r['s_per_dossier']:>9.3f}  {r['peak_rss_mb']:>11.0f}")  # fmt: skip
    print()
    for g in results["goals"]:
        met = "not measured" if g["met"] is None else ("MET" if g["met"] else "NOT MET")
        print(f"goal: {g['label']}: {g['value']} (limit {g['limit']}) {met}")
    for note in results["notes"]:
        print(f"note: {note}")
    print(f"total time {results['total_run_s']:.0f} s")


def plot(results: dict, path: Path) -> None:
    """Three panels: time per page and peak RSS against pages (log scale, both kinds), and the batch bars."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import matplotlib.ticker

    fig, (speed, memory, batch) = plt.subplots(1, 3, figsize=(15, 4.6))
    styles = {"digital": ("tab:blue", "o", "digital (text layer)"), "scanned": ("tab:orange", "s", "scanned (OCR)")}
    for kind, (colour, marker, label) in styles.items():
        rows = results[kind]
        if not rows:
            continue
        pages = [r["pages"] for r in rows]
        speed.plot(pages, [r["s_per_page"] * 1000 for r in rows], marker=marker, color=colour, label=label)
        memory.plot(pages, [r["peak_rss_mb"] for r in rows], marker=marker, color=colour, label=label)
        for r in rows:
            speed.annotate(_ms(r["s_per_page"]), (r["pages"], r["s_per_page"] * 1000), textcoords="offset points",
                           xytext=(0, 6), ha="center", fontsize=8)  # fmt: skip
            memory.annotate(f"{r['peak_rss_mb']:.0f}", (r["pages"], r["peak_rss_mb"]), textcoords="offset points",
                            xytext=(0, 6), ha="center", fontsize=8)  # fmt: skip
    speed.set(xscale="log", yscale="log", xlabel="pages in the dossier", ylabel="ms per page (median, log scale)",
              title="Time per page (analyze, 2 workers, no cache)")  # fmt: skip
    memory.axhline(GOALS["digital_1000_peak_rss_mb"], color="grey", linestyle="--", linewidth=1)
    memory.annotate(f"goal at 1,000 digital pages: {GOALS['digital_1000_peak_rss_mb']:.0f} MB",
                    (0.02, GOALS["digital_1000_peak_rss_mb"]), xycoords=("axes fraction", "data"),
                    xytext=(0, -11), textcoords="offset points", fontsize=8, color="grey")  # fmt: skip
    highest = max((r["peak_rss_mb"] for kind in styles for r in results[kind]), default=0)
    memory.set(xscale="log", xlabel="pages in the dossier", ylabel="peak RSS (MB)",
               ylim=(0, max(highest, GOALS["digital_1000_peak_rss_mb"]) * 1.15),
               title="Peak memory (process or largest child)")  # fmt: skip
    sizes = sorted({r["pages"] for kind in styles for r in results[kind]})
    for axis in (speed, memory):
        axis.set_xticks(sizes, [f"{n:,}" for n in sizes])
        axis.xaxis.set_minor_locator(matplotlib.ticker.NullLocator())
        axis.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda y, _: f"{y:,.0f}"))
        axis.yaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
        axis.margins(x=0.12, y=0.15)
        axis.grid(True, which="both", alpha=0.3)
    speed.yaxis.set_major_locator(matplotlib.ticker.LogLocator(subs=(1, 2, 5)))
    speed.legend(fontsize=8, loc="upper right")
    memory.legend(fontsize=8, loc="lower right")
    rows = results["batch"]
    if rows:
        bars = batch.bar([r["mode"].replace(", ", "\n") for r in rows], [r["median_s"] for r in rows],
                         color=["tab:grey", "tab:blue", "tab:green"][: len(rows)])  # fmt: skip
        for bar, r in zip(bars, rows, strict=True):
            batch.annotate(f"{r['median_s']:.1f} s\n{r['s_per_dossier']:.2f} s/dossier",
                           (bar.get_x() + bar.get_width() / 2, bar.get_height()), textcoords="offset points",
                           xytext=(0, 3), ha="center", fontsize=8)  # fmt: skip
        batch.set(ylabel="total seconds (median)", title=f"Batch of {rows[0]['cases']} small dossiers")
        batch.margins(y=0.2)
    machine = results["machine"]
    fig.suptitle(f"dossier-analyzer scale curves, {machine['date'][:10]}, {machine['cores']} cores, "
                 f"load {machine['loadavg_start']}", fontsize=10)  # fmt: skip
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true",
                        help="small sizes (digital 50,200; scanned 10; batch 20), one run each: for development")  # fmt: skip
    parser.add_argument("--sizes", nargs="+", default=[], metavar="KIND=N,N",
                        help="sizes to run instead, e.g. --sizes digital=200,1000 scanned= batch=20 "
                        "(pages; cases for batch; a kind left empty is skipped, one not named keeps its default)")  # fmt: skip
    parser.add_argument("--output", type=Path, default=HERE / "scale_results.json", help="where the JSON goes")
    parser.add_argument("--plot", type=Path, default=HERE / "scale.png", help="where the PNG goes")
    parser.add_argument("--replot", action="store_true", help="only draw the plot again from the JSON at --output")
    parser.add_argument("--keep", action="store_true", help="keep the generated dossiers (path printed)")
    parser.add_argument("--workload", help=argparse.SUPPRESS)  # internal: run one workload in this process
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.workload:
        print(json.dumps(workload(args.workload, args.data, args.size, args.runs)))
        return
    if args.replot:
        plot(json.loads(args.output.read_text(encoding="utf-8")), args.plot)
        print(f"written: {args.plot}")
        return

    sizes = parse_sizes(args.sizes, QUICK_SIZES if args.quick else SIZES)
    started = time.perf_counter()
    with run.work_folder("dossier-scale-", args.keep, "dossiers") as tmp:
        data = tmp / "data"
        home = tmp / "home"  # no user corrections or user model of this machine affect the figures
        home.mkdir(parents=True)
        env = {**os.environ, "DOSSIER_ANALYZER_HOME": str(home), "PYTHONHASHSEED": "0"}
        print("generating dossiers …", file=sys.stderr, flush=True)
        made = generate(data, sizes)
        load_start, capacity_start = os.getloadavg()[0], run.parallel_capacity()
        print("measuring (every workload in a fresh process) …", file=sys.stderr, flush=True)

        def measure(name: str, size: int, kind: str) -> dict:
            return run.run_workload(name, data, runs_for(kind, size, args.quick), env, Path(__file__),
                                    ("--size", str(size)), WORKLOAD_TIMEOUT_S)  # fmt: skip

        measured = {
            "digital": [measure("digital", n, "digital") for n in sizes["digital"]],
            "scanned": [measure("scanned", n, "scanned") for n in sizes["scanned"]],
            "batch": [measure(name, n, "batch") for n in sizes["batch"][:1] for name in BATCH_MODES],
        }
        machine = run.machine_during(load_start, capacity_start)
        results = build_results(made, measured, machine, args.quick, time.perf_counter() - started)
        args.output.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        plot(results, args.plot)
        print_table(results)
        print(f"written: {args.output}, {args.plot}")


if __name__ == "__main__":
    main()
