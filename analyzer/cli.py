"""Command-line face of the pipeline: `dossier-analyzer analyze PATH`."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import click

from analyzer.pipeline import analyze
from analyzer.report import build_report, render_markdown, validate_report


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Toon voortgang en technische details op stderr.")
@click.pass_context
def main(ctx: click.Context, verbose: bool) -> None:
    """dossier-analyzer: hoe compleet is een disfunctioneringsdossier (d-grond, art. 7:669 lid 3 sub d BW)?"""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(message)s")
    ctx.obj = {"verbose": verbose}


@main.command("analyze")
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "markdown"]),
    default="markdown",
    show_default=True,
    help="Uitvoerformaat van het rapport.",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Schrijf het rapport naar dit bestand."
)
@click.pass_context
def analyze_command(ctx: click.Context, path: Path, fmt: str, output: Path | None) -> None:
    """Analyseer het dossier in PATH: een map, een .zip of één bestand."""
    if not path.exists():
        raise click.ClickException(f"'{path}' bestaat niet; geef een map, een .zip of een bestand op.")

    def progress(stage: str, detail: str) -> None:
        if ctx.obj["verbose"]:
            click.echo(f"[{stage}] {detail}", err=True)

    report = build_report(analyze(path, progress=progress))
    validate_report(report)
    text = json.dumps(report, ensure_ascii=False, indent=2) + "\n" if fmt == "json" else render_markdown(report)
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"Rapport geschreven naar {output}", err=True)
    else:
        click.echo(text, nl=False)


@main.command("evaluate")
@click.argument("samples", type=click.Path(exists=True, file_okay=False, path_type=Path), default="sample_dossiers")
def evaluate_command(samples: Path) -> None:
    """Meet splitsing en datering tegen de verwachte uitkomsten van de voorbeelddossiers."""
    from analyzer.evaluation import evaluate_samples

    scores = evaluate_samples(samples)
    click.echo(f"{'dossier':40} {'docs':>5} {'bereik':>7} {'datum':>7} {'sec':>6}")
    for s in scores:
        click.echo(f"{s.name:40} {s.documents:5d} {s.exact_ranges:7d} {s.correct_dates:7d} {s.seconds:6.1f}")
        for miss in s.misses:
            click.echo(f"    mis: {miss}")
    total = sum(s.documents for s in scores) or 1
    click.echo(
        f"exact paginabereik: {sum(s.exact_ranges for s in scores) / total:.1%}  "
        f"juiste datum: {sum(s.correct_dates for s in scores) / total:.1%}  "
        f"({sum(s.documents for s in scores)} documenten, {len(scores)} dossiers)"
    )
