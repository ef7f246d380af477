"""Command-line face of the pipeline: `dossier-analyzer analyze PATH`."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import TextIO

import click
from tqdm import tqdm

from analyzer.pipeline import (
    STAGE_LABELS,
    AnalysisSettings,
    ProgressEvent,
    analyze,
    progress_text,
    save_case,
    time_left_text,
)
from analyzer.report import build_report, render_markdown, render_pdf, validate_report
from analyzer.score import PERSPECTIVES


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Toon ook technische details op stderr.")
@click.option("-q", "--quiet", is_flag=True, help="Toon geen voortgang op stderr.")
@click.pass_context
def main(ctx: click.Context, verbose: bool, quiet: bool) -> None:
    """dossier-analyzer: hoe compleet is een disfunctioneringsdossier (d-grond, art. 7:669 lid 3 sub d BW)?"""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(message)s")
    ctx.obj = {"verbose": verbose, "quiet": quiet}


# What a counted stage counts, after its numbers on the progress bar.
UNITS = {"extract": "pagina's", "batch": "dossiers"}


class StderrProgress:
    """Progress on stderr, never on stdout (the report goes there): on a terminal a bar per counted stage (pages
    read, dossiers done) with the time left, and a line per other stage; elsewhere (a CI log, a file) plain lines
    only, for a counted stage at its start and at each quarter done; nothing when quiet."""

    def __init__(self, stream: TextIO, *, quiet: bool = False) -> None:
        self.stream, self.quiet = stream, quiet
        self.terminal = stream.isatty()
        self.stage: str | None = None
        self.bar = None
        self.quarter = -1  # the last quarter of a counted stage written as a plain line

    def __call__(self, event: ProgressEvent) -> None:
        if self.quiet:
            return
        if event.stage != self.stage:
            self.close()
            self.stage, self.quarter = event.stage, -1
        if not event.total:
            click.echo(progress_text(event), file=self.stream)
        elif self.terminal:
            self._draw(event)
        elif (quarter := 4 * event.done // event.total) > self.quarter:
            self.quarter = quarter
            click.echo(progress_text(event), file=self.stream)

    def _draw(self, event: ProgressEvent) -> None:
        if self.bar is None:
            self.bar = tqdm(
                total=event.total,
                desc=STAGE_LABELS.get(event.stage, event.stage),
                unit=UNITS.get(event.stage, ""),
                file=self.stream,
                bar_format="{desc} |{bar}| {n_fmt}/{total_fmt} {unit}{postfix}",
                dynamic_ncols=True,
            )
        left = event.seconds_left
        notes = [time_left_text(left) if left is not None else "", event.detail if event.stage == "batch" else ""]
        self.bar.set_postfix_str(", ".join(n for n in notes if n), refresh=False)
        self.bar.n = event.done
        self.bar.refresh()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


@main.command("analyze")
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "markdown", "pdf", "docx", "csv", "xlsx"]),
    default="markdown",
    show_default=True,
    help="Uitvoerformaat van het rapport (pdf alleen met -o). docx: concept-processtuk voor het gekozen perspectief "
    "(werkgever: verzoekschrift, werknemer: verweerschrift), met productielijst; csv/xlsx: de chronologie per "
    "productie. docx en xlsx alleen met -o.",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Schrijf het rapport naar dit bestand."
)
@click.option(
    "--perspective",
    type=click.Choice(PERSPECTIVES),
    default="werkgever",
    show_default=True,
    help="werkgever: wat te herstellen vóór indiening; werknemer: de aanvalspunten, de zwaarste eerst.",
)
@click.option("--save", is_flag=True, help="Bewaar de analyse in de dossieropslag (ook zichtbaar in het dashboard).")
@click.option(
    "--redact", is_flag=True, help="Pseudonimiseer namen, adressen, telefoonnummers, e-mail, geboortedata en BSN."
)
@click.pass_context
def analyze_command(
    ctx: click.Context, path: Path, fmt: str, output: Path | None, perspective: str, save: bool, redact: bool
) -> None:
    """Analyseer het dossier in PATH: een map, een .zip of één bestand."""
    if not path.exists():
        raise click.ClickException(f"'{path}' bestaat niet; geef een map, een .zip of een bestand op.")

    progress = StderrProgress(sys.stderr, quiet=ctx.obj["quiet"])
    try:
        report = build_report(analyze(path, AnalysisSettings(perspective=perspective), progress=progress))
    finally:
        progress.close()
    validate_report(report)
    if save:
        _save_and_log(report, path)
    if redact:
        from analyzer.report.redact import redact_report

        report = redact_report(report)
    if fmt == "pdf":
        if output is None:
            raise click.ClickException("Een PDF-rapport kan alleen naar een bestand: geef -o rapport.pdf op.")
        output.write_bytes(render_pdf(report))
        click.echo(f"Rapport geschreven naar {output}", err=True)
        return
    if fmt in ("docx", "csv", "xlsx"):
        _write_export(report, fmt, path, output, perspective)
        return
    text = json.dumps(report, ensure_ascii=False, indent=2) + "\n" if fmt == "json" else render_markdown(report)
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"Rapport geschreven naar {output}", err=True)
    else:
        click.echo(text, nl=False)


def _save_and_log(report: dict, path: Path) -> None:
    """Keep the analysis in the case store, with a "save" entry in the audit log (inputs, model and rules)."""
    from analyzer.classify import model_version
    from analyzer.score.parameters import rules_version
    from analyzer.store import CaseStore, StoreError

    try:
        with CaseStore() as store:
            save_case(report, path, store)
            store.record(
                "save",
                user=_cli_user(),
                case=report["dossier"]["name"],
                inputs=report["dossier"]["inputs"],
                model_version=model_version(),
                rules_version=rules_version(),
            )
    except StoreError as err:
        raise click.ClickException(str(err)) from err


def _cli_user() -> str:
    """Who runs the command, for the audit log: the operating system's user name."""
    import getpass

    try:
        return f"{getpass.getuser()} (opdrachtregel)"
    except (KeyError, OSError):
        return "onbekend (opdrachtregel)"


def _write_export(report: dict, fmt: str, path: Path, output: Path | None, perspective: str) -> None:
    """A draft court document (docx) or the chronology (csv, xlsx); the chronology's links point from where the
    table is written to the dossier's files."""
    from analyzer.report.chronology import chronology_csv, chronology_xlsx
    from analyzer.report.drafts import verweerschrift_docx, verzoekschrift_docx

    if output is None and fmt != "csv":
        raise click.ClickException(f"Een {fmt}-bestand kan alleen naar een bestand: geef -o bestand.{fmt} op.")
    base = output.resolve().parent if output else Path.cwd()
    root = Path(os.path.relpath(path.resolve(), base)).as_posix() if path.is_dir() else ""
    if fmt == "docx":
        data, what = (
            (verzoekschrift_docx(report), "Concept-verzoekschrift")
            if perspective == "werkgever"
            else (verweerschrift_docx(report), "Concept-verweerschrift")
        )
    else:
        data = chronology_csv(report, root) if fmt == "csv" else chronology_xlsx(report, root)
        what = "Chronologie"
    if output is None:
        click.echo(data.decode("utf-8-sig"), nl=False)
        return
    output.write_bytes(data)
    click.echo(f"{what} geschreven naar {output}", err=True)


@main.command("evaluate")
@click.argument("samples", type=click.Path(exists=True, file_okay=False, path_type=Path), default="sample_dossiers")
@click.option("--facts", "facts_", is_flag=True, help="Meet de feitenlaag tegen de geannoteerde feiten (JSON).")
@click.option("--caselaw", is_flag=True, help="Meet de regels tegen de uitspraken in de jurisprudentietabel (JSON).")
@click.option(
    "--real",
    is_flag=True,
    help="Meet de documentsoorten op echte en onafhankelijk geschreven documenten (JSON, één object per set).",
)
@click.option(
    "--duplicates", is_flag=True, help="Meet het groeperen van dubbele documenten op de geplante sets (JSON)."
)
@click.option("--details", is_flag=True, help="Toon ook wat er mis ging (niet voor het achtergehouden deel).")
@click.option(
    "--heldout-details", is_flag=True, help="Toon ook de missers in het achtergehouden deel (alleen na afronding)."
)
def evaluate_command(
    samples: Path, facts_: bool, caselaw: bool, real: bool, duplicates: bool, details: bool, heldout_details: bool
) -> None:
    """Meet splitsing, datering, soorten en oordelen tegen bekende antwoorden (of --facts, --caselaw, --real,
    --duplicates)."""
    if duplicates:
        from analyzer.evaluation import evaluate_duplicates

        result = evaluate_duplicates(details=details or heldout_details)
        if not heldout_details:
            result.get("heldout", {}).pop("wrong", None)
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    if real:
        from analyzer.classify import SHIPPED_MODEL
        from analyzer.classify.model import load
        from analyzer.classify.real import evaluate_real

        for name, figures in evaluate_real(load(SHIPPED_MODEL), details=heldout_details).items():
            click.echo(json.dumps({"set": name, **figures}, ensure_ascii=False))
        return
    if facts_ or caselaw:
        from analyzer.caselaw.evaluate import evaluate_caselaw
        from analyzer.evaluation import evaluate_facts

        result: dict = {}
        if facts_:
            result["facts"] = evaluate_facts(details=details or heldout_details)
            if not heldout_details:
                result["facts"]["heldout"].pop("misses", None)
        if caselaw:
            from analyzer.evaluation import CASELAW_TUNING_DOSSIERS, evaluate_caselaw_dossiers

            result["caselaw"] = evaluate_caselaw()
            result["caselaw"]["end_to_end"] = evaluate_caselaw_dossiers()
            result["caselaw"]["end_to_end_tuning"] = evaluate_caselaw_dossiers(CASELAW_TUNING_DOSSIERS)
            for part in ("held_out", "all") if not heldout_details else ():
                result["caselaw"][part].pop("wrong")
            if not details:
                result["caselaw"]["tuning"].pop("wrong")
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    from analyzer.evaluation import evaluate_samples

    scores = evaluate_samples(samples)
    click.echo(
        f"{'dossier':28} {'docs':>5} {'bereik':>7} {'datum':>6} {'soort':>6} {'subtype':>8} {'oordeel (verwacht)':>22} "
        f"{'vereisten':>10} {'sec':>6}"
    )
    for s in scores:
        click.echo(
            f"{s.name:28} {s.documents:5d} {s.exact_ranges:7d} {s.correct_dates:6d} {s.correct_types:6d} "
            f"{s.correct_subtypes:8d} {f'{s.verdict} ({s.expected_verdict})':>22} {s.criteria_agree:8d}/5 {s.seconds:6.1f}"
        )
        for miss in s.misses:
            click.echo(f"    mis: {miss}")
    total = sum(s.documents for s in scores) or 1

    def share(attribute: str) -> str:
        return f"{sum(getattr(s, attribute) for s in scores) / total:.1%}"

    click.echo(
        f"exact paginabereik {share('exact_ranges')}, juiste datum {share('correct_dates')}, "
        f"juiste soort {share('correct_types')}, juist subtype {share('correct_subtypes')} "
        f"({sum(s.documents for s in scores)} documenten, {len(scores)} dossiers)"
    )
    verdicts = sum(s.verdict == s.expected_verdict for s in scores)
    criteria = sum(s.criteria_agree for s in scores)
    click.echo(f"oordeel gelijk aan verwachting: {verdicts}/{len(scores)}; vereisten: {criteria}/{5 * len(scores)}")


@main.command("train")
@click.option(
    "--corpus",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default="corpus",
    show_default=True,
    help="Map met het gelabelde corpus.",
)
@click.option(
    "--with-corrections",
    is_flag=True,
    help="Leer ook van uw eigen correcties; het model komt dan in uw gegevensmap, niet in het pakket.",
)
@click.option(
    "--sentences",
    is_flag=True,
    help="Train het zinsmodel van de feitenlaag (klachten over werkomstandigheden en de reactie erop) in plaats van "
    "het documentmodel, ook op de geannoteerde zinnen van de ontwikkeldossiers; gemeten per schrijver.",
)
def train_command(corpus: Path, with_corrections: bool, sentences: bool) -> None:
    """Train het classificatiemodel opnieuw en meet het met gegroepeerde kruisvalidatie."""
    if sentences:
        from analyzer.facts import annotated_sentences
        from analyzer.facts.sentence_model import SHIPPED_METRICS, SHIPPED_MODEL, train_and_save

        annotated_sentences.write(annotated_sentences.harvest(corpus.parent), corpus)
        figures = train_and_save(corpus)
        click.echo(f"zinnen: {figures['sentences']} van {len(figures['writers'])} schrijvers")
        click.echo(f"daarnaast: {figures['dossier_sentences']} zinnen uit de ontwikkeldossiers, {figures['corpus_sentences']} uit het corpus")
        click.echo(f"per schrijver gemeten: macro-F1 {figures['macro_f1']:.3f}")
        for label, row in figures["per_label"].items():
            click.echo(f"  {label:24} P {row['precision']:.3f}  R {row['recall']:.3f}  F1 {row['f1']:.3f}  n={row['n']}")
        click.echo(f"model: {SHIPPED_MODEL}\nmetrics: {SHIPPED_METRICS}")
        return
    from analyzer.classify import SHIPPED_METRICS, SHIPPED_MODEL, CorrectionStore, user_model_path
    from analyzer.classify.corpus import training_corpus
    from analyzer.classify.training import throughput, train_and_save

    items = training_corpus(corpus)
    corrections = CorrectionStore().as_training_items() if with_corrections else []
    if with_corrections:
        model_path = user_model_path()
        model_path.parent.mkdir(parents=True, exist_ok=True)
        metrics_path = model_path.with_name("metrics.json")
    else:
        model_path, metrics_path = SHIPPED_MODEL, SHIPPED_METRICS
    model, report = train_and_save(items, model_path, metrics_path, corrections=corrections)
    cv = report["cross_validation"]
    click.echo(
        f"corpus: {len(items)} documenten in {report['corpus']['groups']} groepen; correcties: {len(corrections)}"
    )
    click.echo(f"gegroepeerde kruisvalidatie: macro-F1 {cv['macro_f1']:.3f}, nauwkeurigheid {cv['accuracy']:.3f}")
    for label, row in cv["per_class"].items():
        click.echo(
            f"  {label:18} P {row['precision']:.3f}  R {row['recall']:.3f}  F1 {row['f1']:.3f}  n={row['support']}"
        )
    click.echo(f"snelheid: {throughput(model, items):.0f} documenten/s")
    click.echo(f"model: {model_path}\nmetrics: {metrics_path}")


@main.command("correct")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.argument("document")
@click.option("--type", "doc_type", default=None, help="De juiste documentsoort, bv. warning of meeting_report.")
@click.option("--subtype", default=None, help="Het juiste subtype, bv. final of interim_evaluation.")
@click.option("--date", "date_text", default=None, help="De juiste datum, bv. 12-03-2024 of 12 maart 2024.")
def correct_command(
    path: Path, document: str, doc_type: str | None, subtype: str | None, date_text: str | None
) -> None:
    """Corrigeer de soort en/of datum van DOCUMENT (bv. D004) in het dossier PATH; de correctie wordt bewaard."""
    from analyzer.classify import CorrectionStore
    from analyzer.dates import parse_date
    from analyzer.labels import LabelError

    if doc_type is None and date_text is None:
        raise click.ClickException("Geef --type en/of --date op.")
    date = parse_date(date_text) if date_text else None
    if date_text and date is None:
        raise click.ClickException(f"'{date_text}' is geen geldige datum; schrijf bv. 12-03-2024.")
    dossier = analyze(path)
    match = next((doc for doc in dossier.documents if doc.id == document), None)
    if match is None or match.error:
        raise click.ClickException(f"Document {document} bestaat niet of is niet leesbaar in dit dossier.")
    try:
        CorrectionStore().add(match.text, doc_type, subtype, dossier=dossier.name, document=document, date=date)
    except LabelError as err:
        raise click.ClickException(str(err)) from err
    what = [
        f"soort {doc_type}{' / ' + subtype if subtype else ''}" if doc_type else "",
        f"datum {date}" if date else "",
    ]
    click.echo(
        f"{document} ({match.file}): {' en '.join(w for w in what if w)} bewaard; de volgende analyse gebruikt dit"
        + (", en 'train --with-corrections' leert ervan." if doc_type else ".")
    )


@main.command("batch")
@click.argument("path", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "json"]), default="csv", show_default=True)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Schrijf de tabel naar dit bestand."
)
@click.option(
    "--workers", type=click.IntRange(1, 64), default=None, help="Processen voor lezen en OCR (standaard: alle kernen)."
)
@click.option(
    "--db", "db_url", default=None, help="Database-URL van de dossieropslag (standaard SQLite in uw gegevensmap)."
)
@click.option(
    "--scheduler", default=None, help="Adres van een Dask-scheduler (bv. tcp://10.0.0.5:8786): reken op een cluster."
)
@click.pass_context
def batch_command(
    ctx: click.Context,
    path: Path,
    fmt: str,
    output: Path | None,
    workers: int | None,
    db_url: str | None,
    scheduler: str | None,
) -> None:
    """Beoordeel alle dossiers in PATH (één submap of .zip per dossier); een onderbroken batch gaat verder waar hij stopte."""
    import pandas as pd

    from analyzer.batch import find_cases, run_batch
    from analyzer.report.tables import excel_bytes
    from analyzer.store import CaseStore

    cases = find_cases(path)
    if not cases:
        raise click.ClickException(f"In '{path}' staan geen dossiers (submappen of .zip-bestanden).")
    settings = AnalysisSettings() if workers is None else AnalysisSettings(workers=workers)
    progress = StderrProgress(sys.stderr, quiet=ctx.obj["quiet"])
    with CaseStore(db_url) as store:
        try:
            rows = run_batch(path, store, settings, progress, scheduler)
        finally:
            progress.close()
    table = pd.DataFrame(rows)
    if fmt == "xlsx":
        if output is None:
            raise click.ClickException("Een Excel-bestand kan alleen naar een bestand: geef -o batch.xlsx op.")
        output.write_bytes(excel_bytes([("batch", table)]))
    else:
        text = table.to_csv(index=False) if fmt == "csv" else json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            click.echo(text, nl=False)
    if output:
        click.echo(f"{len(rows)} dossiers; tabel geschreven naar {output}", err=True)


@main.command("delete")
@click.argument("case")
@click.option("--yes", is_flag=True, help="Vraag niet om bevestiging.")
@click.option(
    "--db", "db_url", default=None, help="Database-URL van de dossieropslag (standaard SQLite in uw gegevensmap)."
)
def delete_command(case: str, yes: bool, db_url: str | None) -> None:
    """Verwijder de zaak CASE definitief, in elk team dat een zaak met die naam heeft: analyses, notities,
    correcties, batchregels en de gelezen tekst van haar bestanden. Het auditlogboek houdt vast dat en door wie de
    zaak is verwijderd."""
    from analyzer.retention import forget_case
    from analyzer.store import CaseStore

    if not yes:
        answer = click.prompt(
            f"De zaak '{case}' definitief verwijderen (in elk team dat een zaak met deze naam heeft), met haar "
            "analyses, notities, correcties en de gelezen tekst van haar bestanden? Dit kan niet ongedaan worden "
            "gemaakt. [j/N]",
            default="n",
            show_default=False,
        )
        if answer.strip().lower() not in ("j", "ja"):
            raise click.ClickException("Niets verwijderd.")
    with CaseStore(db_url) as store:
        forgotten = forget_case(case, store, user=_cli_user())  # every team's: the CLI is the administrator's tool
    if not forgotten:
        raise click.ClickException(forgotten.message)
    click.echo(forgotten.message)


@main.group("user")
def user_group() -> None:
    """Gebruikers van een gedeeld dashboard (DOSSIER_ANALYZER_ACCESS=local of oidc)."""


@user_group.command("add")
@click.argument("name")
@click.option("--team", "teams", multiple=True, required=True, help="Team waarvan de gebruiker de zaken ziet (herhaalbaar).")  # fmt: skip
@click.option(
    "--oidc",
    is_flag=True,
    help="Meldt zich aan via de identiteitsprovider van het kantoor (NAME is het e-mailadres): geen wachtwoord.",
)
def user_add_command(name: str, teams: tuple[str, ...], oidc: bool) -> None:
    """Voeg gebruiker NAME toe aan het gebruikersbestand (of werk de teams bij); het wachtwoord wordt gevraagd en
    alleen als hash bewaard."""
    from analyzer.access import access_settings, add_user

    path = access_settings().users_file
    password = None if oidc else click.prompt("Wachtwoord", hide_input=True, confirmation_prompt="Nogmaals")
    if password is not None and len(password) < 12:
        raise click.ClickException("Kies een wachtwoord van minstens 12 tekens.")
    add_user(path, name, teams, password)
    click.echo(f"Gebruiker {name} (team: {', '.join(teams)}) bewaard in {path}.")
