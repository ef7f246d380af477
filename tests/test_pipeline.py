"""The whole run on a dossier made by the test: every file listed, bad files reported, others analysed."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import builders
import pytest
from click.testing import CliRunner

from analyzer.cli import main
from analyzer.ingest import input_hashes
from analyzer.pipeline import analyze
from analyzer.report import build_report, render_markdown, validate_report


@pytest.fixture
def mixed_dossier(tmp_path: Path) -> Path:
    root = tmp_path / "dossier_jansen"
    builders.write(
        root,
        "01_waarschuwing.pdf",
        builders.text_pdf(
            [
                "Ede, 12 maart 2024\nBetreft: schriftelijke waarschuwing\nGeachte heer Jansen,\n"
                "U bent geboren op 3 mei 1980 en sinds 1 januari 2015 in dienst.\nMet vriendelijke groet,"
            ]
        ),
    )
    builders.write(
        root,
        "02_scan.pdf",
        builders.scanned_pdf(
            [
                "Verslag voortgangsgesprek\nDatum: 5 april 2024\nAanwezig: Anja de Wit, Piet Jansen\n"
                "Besproken: de fouten in de orders van maart.\nPiet geeft aan dat het beter gaat.\n"
                "Afgesproken: volgend gesprek over drie weken."
            ]
        ),
    )
    builders.write(
        root,
        "verslagen/03_evaluatie.docx",
        builders.docx_bytes(
            ["Verslag tussentijdse evaluatie", "Datum gesprek: 4 juni 2024", "Volgende gesprek gepland op 2 juli 2024."]
        ),
    )
    builders.write(
        root,
        "04_mail.eml",
        builders.eml_bytes(
            sender="anja@bedrijf.nl",
            to="piet@bedrijf.nl",
            date="Tue, 18 Jun 2024 09:14:00 +0200",
            subject="Uitnodiging eindevaluatie",
            body="Beste Piet, de eindevaluatie is op 15 juli 2024.",
        ),
    )
    builders.write(root, "05_notitie.txt", b"Notitie 20-06-2024: gesprek over werkdruk.")
    builders.write(root, "06_kapot.pdf", b"%PDF-1.7\n1 0 obj <<")
    builders.write(root, "07_beveiligd.pdf", builders.text_pdf(["geheim"], user_password="x"))
    builders.write(root, "08_leeg.docx", b"")
    builders.write(root, "09_onbekend.xyz", b"iets")
    builders.write(root, ".DS_Store", b"\x00\x00")
    return root


def test_every_file_is_listed_with_pages_dates_and_ocr(mixed_dossier: Path):
    report = build_report(analyze(mixed_dossier))
    validate_report(report)
    inputs = report["dossier"].pop("inputs")
    assert report["dossier"] == {"name": "dossier_jansen", "files": 9, "pages": 2}
    on_disk = sorted(p for p in mixed_dossier.rglob("*") if p.is_file() and p.name != ".DS_Store")
    assert inputs == [
        {"file": p.relative_to(mixed_dossier).as_posix(), "sha256": hashlib.sha256(p.read_bytes()).hexdigest()}
        for p in on_disk
    ]
    assert input_hashes(mixed_dossier) == inputs  # what the audit log records is what the analysis read
    rows = [(d["file"], d["pages"], d["date"], d["extraction"], d["ocr_pages"]) for d in report["documents"]]
    assert rows == [
        ("01_waarschuwing.pdf", [1, 1], "2024-03-12", "text", []),
        ("02_scan.pdf", [1, 1], "2024-04-05", "ocr", [1]),
        ("04_mail.eml", None, "2024-06-18", "text", []),
        ("05_notitie.txt", None, "2024-06-20", "text", []),
        ("06_kapot.pdf", None, None, "failed", []),
        ("07_beveiligd.pdf", None, None, "failed", []),
        ("08_leeg.docx", None, None, "failed", []),
        ("09_onbekend.xyz", None, None, "failed", []),
        ("verslagen/03_evaluatie.docx", None, "2024-06-04", "text", []),
    ]
    errors = {d["file"]: d["error"] for d in report["documents"] if d["error"]}
    assert "beschadigd of onvolledig" in errors["06_kapot.pdf"]
    assert "wachtwoord" in errors["07_beveiligd.pdf"]
    assert "leeg" in errors["08_leeg.docx"]
    assert "niet ondersteund" in errors["09_onbekend.xyz"]
    assert any(".DS_Store" in w for w in report["warnings"])
    assert [e["date"] for e in report["timeline"]] == sorted(e["date"] for e in report["timeline"])


def test_zip_dossier_paths_are_relative_to_the_zip_root(mixed_dossier: Path, tmp_path: Path):
    archive = tmp_path / "upload.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for path in sorted(mixed_dossier.rglob("*")):
            if path.is_file():
                z.write(path, "dossier_jansen/" + path.relative_to(mixed_dossier).as_posix())
    report = build_report(analyze(archive))
    validate_report(report)
    assert report["dossier"]["name"] == "upload"
    assert report["dossier"]["files"] == 9
    assert report["documents"][0]["file"] == "dossier_jansen/01_waarschuwing.pdf"


def test_eml_attachment_is_its_own_document(tmp_path: Path):
    plan = builders.text_pdf(
        ["Verbeterplan\nDatum: 1 maart 2024\nDoel 1: offertes binnen 3 werkdagen", "Looptijd: 3 maanden"]
    )
    builders.write(
        tmp_path / "d",
        "plan.eml",
        builders.eml_bytes(
            sender="hr@bedrijf.nl",
            to="piet@bedrijf.nl",
            date="Fri, 01 Mar 2024 16:00:00 +0100",
            subject="Verbeterplan",
            body="Zie bijlage.",
            attachments=[("verbeterplan.pdf", plan, "application/pdf")],
        ),
    )
    report = build_report(analyze(tmp_path / "d"))
    docs = [(d["file"], d["attachment"], d["pages"], d["date"]) for d in report["documents"]]
    assert docs == [("plan.eml", None, None, "2024-03-01"), ("plan.eml", "verbeterplan.pdf", [1, 2], "2024-03-01")]
    assert report["dossier"]["files"] == 1


def test_cli_json_is_schema_valid_and_markdown_is_dutch(mixed_dossier: Path, tmp_path: Path):
    runner = CliRunner()
    result = runner.invoke(main, ["analyze", str(mixed_dossier), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)  # progress goes to stderr
    validate_report(report)
    assert len(report["documents"]) == 9

    out = tmp_path / "rapport.md"
    result = runner.invoke(main, ["analyze", str(mixed_dossier), "--format", "markdown", "-o", str(out)])
    assert result.exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Dossieranalyse: dossier_jansen")
    assert "geen juridisch advies" in text
    assert (
        "| D002 | 02_scan.pdf | 1 | Gespreksverslag (voortgang) | 5-4-2024 | Verslag voortgangsgesprek "
        "| OCR (gescand) (p. 1) |"
    ) in text
    assert text == render_markdown(build_report(analyze(mixed_dossier)))


def test_cli_missing_path_gives_dutch_error(tmp_path: Path):
    result = CliRunner().invoke(main, ["analyze", str(tmp_path / "bestaat-niet")])
    assert result.exit_code == 1
    assert "bestaat niet" in result.output


def test_analyze_save_keeps_the_report_in_the_case_store(mixed_dossier: Path):
    from analyzer.store import CaseStore

    result = CliRunner().invoke(main, ["analyze", str(mixed_dossier), "--format", "json", "--save"])
    assert result.exit_code == 0, result.output
    with CaseStore() as store:
        assert [c["name"] for c in store.cases()] == ["dossier_jansen"]
        assert store.latest_analysis("dossier_jansen") == json.loads(result.stdout)
        (entry,) = store.audit_log("dossier_jansen")
    assert (entry["action"], entry["team"], entry["user"].endswith(" (opdrachtregel)")) == ("save", "", True)
    assert entry["inputs"] == json.loads(result.stdout)["dossier"]["inputs"]
    assert entry["model_version"].startswith("meegeleverd:") and len(entry["rules_version"]) == 12


def test_a_warning_that_could_not_be_read_makes_timely_notice_doubtful_and_is_named(tmp_path: Path):
    # A plan without any written criticism before it: "uit de lucht". The same file with a damaged warning beside
    # it: the criticism may well be in that file, so the forecast is doubtful and names the file to supply again.
    root = tmp_path / "dossier_de_vries"
    builders.write(
        root,
        "02_verbeterplan.pdf",
        builders.text_pdf(
            [
                "Utrecht, 4 september 2023\nBetreft: verbeterplan\nGeachte mevrouw De Vries,\n"
                "Het verbetertraject start op 4 september 2023 en duurt twaalf weken.\n"
                "Doel: u verwerkt per dag minimaal 40 orders zonder fouten.\n"
                "U krijgt een coach. Na zes weken volgt een tussentijdse evaluatie.\n"
                "Als u de doelen niet haalt, kan dat leiden tot ontslag.\nMet vriendelijke groet,"
            ]
        ),
    )
    clean = build_report(analyze(root))["criteria"]["timely_notice"]
    builders.write(root, "01_waarschuwing_juni_2023.pdf", b"%PDF-1.7\n1 0 obj <<")
    damaged = build_report(analyze(root))["criteria"]["timely_notice"]
    assert clean["status"] == "not_met"
    assert damaged["status"] == "doubtful"
    assert damaged["missing"] == ["de inhoud van 01_waarschuwing_juni_2023.pdf (niet gelezen)"]
