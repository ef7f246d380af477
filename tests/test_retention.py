"""Deleting a case deletes everything derived from it: its rows in every table, its cached text in the data home and a
model trained on its corrections; the audit log records the deletion; another case is untouched, also another team's
case of the same name, and the cache entries of the files it shares with the deleted one.

Runs on SQLite and on a real PostgreSQL server (`new_database`); the data home is the test's own (`private_data_home`).
"""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from pathlib import Path

import builders
from sqlalchemy import create_engine, inspect, text

from analyzer.classify import model_version, user_model_path
from analyzer.classify.corrections import fingerprint
from analyzer.ingest import input_hashes
from analyzer.ingest.cache import ExtractionCache, cache_key
from analyzer.ingest.settings import IngestSettings
from analyzer.pipeline import AnalysisSettings, analyze, save_case
from analyzer.report import build_report
from analyzer.report.tables import case_row
from analyzer.retention import Forgotten, forget_case
from analyzer.score.parameters import rules_version
from analyzer.store import CaseStore

# Words that occur nowhere else: where one of them is found, something of that case is left.
MARKERS = {"jansen": "Zwaluwstaartprotocol", "pietersen": "Kwartelkoningverslag"}


def build_dossier(folder: Path, case: str) -> Path:
    """A small dossier of a PDF and a .docx, both holding the case's marker sentence."""
    root = folder / case
    marker = MARKERS[case]
    builders.write(
        root,
        "01_waarschuwing.pdf",
        builders.text_pdf(
            [
                "Ede, 12 maart 2024\nBetreft: schriftelijke waarschuwing\nGeachte heer Jansen,\n"
                f"Het {marker} is op 11 maart 2024 opnieuw niet gevolgd.\nMet vriendelijke groet,"
            ]
        ),
    )
    builders.write(
        root,
        "02_verslag.docx",
        builders.docx_bytes(
            ["Verslag gesprek", "Datum gesprek: 4 juni 2024", f"Besproken: het {marker} en de orders."]
        ),
    )
    return root


def analyse_and_keep(root: Path, store: CaseStore, team: str = "") -> dict:
    """What the dashboard does for a case of `team`: analyse (the cache fills), save, log, note, correct; for the
    CLI's team "" also a batch row (batches are the CLI's)."""
    case = root.name
    dossier = analyze(root, AnalysisSettings(workers=1), corrections={})
    report = build_report(dossier)
    save_case(report, root, store, team=team)
    store.record(
        "analyse",
        user="anja@kantoor.nl",
        case=case,
        team=team,
        inputs=input_hashes(root),
        model_version=model_version(),
        rules_version=rules_version(),
    )
    store.add_note(case, "Het hele dossier", f"Het {MARKERS[case]} opvragen bij HR.", team=team)
    letter = dossier.documents[0]
    store.add_correction(
        fingerprint(letter.text), "warning", "first", "2024-03-12", letter.text, case, letter.id, team=team
    )
    if team == "":
        batch = store.start_batch(str(root.parent), [case])
        store.finish_case(batch, case, case_row(report), None)
    return report


def database_texts(database: str) -> list[str]:
    """Every value of every column of every table, straight from the database, as text."""
    engine = create_engine(database)
    found = []
    with engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            found += [str(value) for row in conn.execute(text(f"SELECT * FROM {table}")) for value in row]
    engine.dispose()
    return found


def files_holding(folder: Path, word: str) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file() and word.encode() in p.read_bytes())


def sqlite_file(database: str) -> Path | None:
    return Path(database.removeprefix("sqlite:///")) if database.startswith("sqlite:///") else None


def test_forgetting_a_case_leaves_nothing_of_it_in_the_database_or_the_data_home(
    new_database, private_data_home, own_cache, tmp_path
):
    database = new_database()
    with CaseStore(database) as store:
        jansen = analyse_and_keep(build_dossier(tmp_path, "jansen"), store)
        analyse_and_keep(build_dossier(tmp_path, "pietersen"), store)
        # a model trained with the corrections, which learned the case's words (a stand-in: never loaded here)
        user_model_path().write_bytes(b"vocabulary: " + MARKERS["jansen"].encode())
        user_model_path().with_name("metrics.json").write_text('{"corrections_in_final_model": 2}')

        # Before: the search finds the case everywhere it should.
        for marker in MARKERS.values():
            assert len(files_holding(private_data_home / "cache", marker)) == 2
            assert any(marker in value for value in database_texts(database))
        assert len(jansen["dossier"]["inputs"]) == 2

        forgotten = forget_case("jansen", store, user="anja@kantoor.nl")

        assert forgotten == Forgotten(True, cache_entries=2, user_model_removed=True, cases=1)
        assert forgotten.message.startswith("De zaak is verwijderd, met haar analyses, notities, correcties")
        assert "het meegeleverde model wordt weer gebruikt" in forgotten.message
        assert model_version().startswith("meegeleverd:")
        assert store.latest_analysis("jansen") is None and store.notes("jansen") == []
        assert [c["name"] for c in store.cases()] == ["pietersen"]
        assert [(e["action"], e["user"], e["team"]) for e in store.audit_log("jansen")] == [
            ("analyse", "anja@kantoor.nl", ""),
            ("delete", "anja@kantoor.nl", ""),
        ]
        assert store.audit_log("jansen")[-1]["detail"] == {"analyses": 1, "notes": 1, "corrections": 1, "batch_cases": 1}  # fmt: skip
        pietersen = store.latest_analysis("pietersen")
        assert store.notes("pietersen")[0]["text"] == "Het Kwartelkoningverslag opvragen bij HR."
        assert store.count_corrections("pietersen") == 1
        assert forget_case("jansen", store, user="anja@kantoor.nl") == Forgotten(False)

    assert files_holding(private_data_home, MARKERS["jansen"]) == []
    assert not any(MARKERS["jansen"] in value for value in database_texts(database))
    if sqlite_file(database):  # not in SQLite's free pages either (secure_delete)
        assert MARKERS["jansen"].encode() not in sqlite_file(database).read_bytes()

    # The other case keeps everything, its cached text included.
    assert len(files_holding(private_data_home / "cache", MARKERS["pietersen"])) == 2
    assert any(MARKERS["pietersen"] in value for value in database_texts(database))
    assert pietersen["dossier"]["name"] == "pietersen"


def test_a_case_of_another_team_is_not_forgotten_and_its_files_stay(
    new_database, private_data_home, own_cache, tmp_path
):
    with CaseStore(new_database()) as store:
        analyse_and_keep(build_dossier(tmp_path, "jansen"), store, team="arbeid")
        forgotten = forget_case("jansen", store, user="piet", teams=["fiscaal"])
        assert not forgotten
        assert forgotten.message == "Deze zaak bestaat niet (meer) in de dossieropslag; er is niets verwijderd."
        assert store.latest_analysis("jansen") is not None
        assert [e["action"] for e in store.audit_log("jansen")] == ["analyse"]
    assert len(files_holding(private_data_home / "cache", MARKERS["jansen"])) == 2


def test_forgetting_one_teams_case_keeps_the_other_teams_case_of_that_name_and_the_files_they_share(
    new_database, private_data_home, own_cache, tmp_path
):
    noord_only = "Noordenwindnotitie"  # in a file only team noord's dossier has
    noord = build_dossier(tmp_path / "noord", "jansen")
    zuid = tmp_path / "zuid" / "jansen"
    zuid.mkdir(parents=True)
    for shared in noord.iterdir():  # the same two files as noord's, byte for byte (a .docx built twice is not)
        shutil.copy(shared, zuid / shared.name)
    builders.write(noord, "03_notitie.txt", f"Gesprek van 5 juni 2024 over het {noord_only}.".encode())
    cache = private_data_home / "cache"
    with CaseStore(new_database()) as store:
        analyse_and_keep(noord, store, team="noord")
        analyse_and_keep(zuid, store, team="zuid")
        user_model_path().write_bytes(b"vocabulary: " + MARKERS["jansen"].encode())
        assert len(files_holding(cache, MARKERS["jansen"])) == 2  # one entry per file, shared by both cases
        assert len(files_holding(cache, noord_only)) == 1

        forgotten = forget_case("jansen", store, user="anna", teams=["noord"])

        assert forgotten == Forgotten(True, cache_entries=1, user_model_removed=True, cases=1)
        assert forgotten.message.startswith("De zaak is verwijderd")
        assert files_holding(private_data_home, noord_only) == []
        assert len(files_holding(cache, MARKERS["jansen"])) == 2  # team zuid's case still lists them
        assert store.latest_analysis("jansen", teams=["noord"]) is None
        assert store.latest_analysis("jansen", teams=["zuid"])["dossier"]["name"] == "jansen"
        assert [n["text"] for n in store.notes("jansen")] == ["Het Zwaluwstaartprotocol opvragen bij HR."]
        assert store.count_corrections("jansen") == store.count_corrections("jansen", teams=["zuid"]) == 1
        assert [(c["name"], c["team"]) for c in store.cases()] == [("jansen", "zuid")]
        assert [e["action"] for e in store.audit_log("jansen", teams=["zuid"])] == ["analyse"]
        assert [e["action"] for e in store.audit_log("jansen", teams=["noord"])] == ["analyse", "delete"]

        # The last case listing the shared files is deleted: now their entries go too.
        assert forget_case("jansen", store, user="bram", teams=["zuid"]) == Forgotten(True, 2, False, 1)
        assert store.cases() == []
    assert files_holding(private_data_home, MARKERS["jansen"]) == []


def test_the_cache_names_each_entry_by_the_file_hash_and_forgets_them_by_it(tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    settings, other = IngestSettings(), IngestSettings(ocr_dpi=200)
    data = b"Gespreksverslag"
    sha = input_hashes(builders.write(tmp_path / "d", "a.txt", data))[0]["sha256"]
    assert cache_key(data, settings).startswith(sha + "-") and cache_key(data, settings) != cache_key(data, other)
    for key in (cache_key(data, settings), cache_key(data, other), cache_key(b"iets anders", settings)):
        cache.put(key, [])
    assert cache.forget([sha, "../../etc/passwd", "*"]) == 2  # anything but a SHA-256 is ignored
    assert cache.get(cache_key(data, settings), "a.txt") is None
    assert cache.get(cache_key(b"iets anders", settings), "b.txt") == []
    assert ExtractionCache(None).forget([sha]) == 0


def test_the_inputs_of_a_zip_are_its_members_without_system_files(tmp_path):
    with zipfile.ZipFile(tmp_path / "jansen.zip", "w") as archive:
        archive.writestr("brieven/waarschuwing.txt", "Waarschuwing")
        archive.writestr("__MACOSX/._waarschuwing.txt", "x")
    assert input_hashes(tmp_path / "jansen.zip") == [
        {"file": "brieven/waarschuwing.txt", "sha256": hashlib.sha256(b"Waarschuwing").hexdigest()}
    ]


def test_the_delete_command_asks_first_and_then_forgets_the_case(new_database, private_data_home, own_cache, tmp_path):
    from click.testing import CliRunner

    from analyzer.cli import main

    database = new_database()
    root = build_dossier(tmp_path, "jansen")
    with CaseStore(database) as store:
        analyse_and_keep(root, store)
        analyse_and_keep(root, store, team="noord")  # the CLI deletes every team's case of the name
    runner = CliRunner()
    declined = runner.invoke(main, ["delete", "jansen", "--db", database], input="n\n")
    assert declined.exit_code == 1 and "De zaak 'jansen' definitief verwijderen" in declined.output
    assert "Niets verwijderd." in declined.output
    with CaseStore(database) as store:
        assert store.latest_analysis("jansen") is not None

    done = runner.invoke(main, ["delete", "jansen", "--db", database], input="ja\n")
    assert done.exit_code == 0, done.output
    assert "Er zijn 2 zaken met deze naam verwijderd (één per team)" in done.output
    again = runner.invoke(main, ["delete", "jansen", "--db", database, "--yes"])
    assert again.exit_code == 1
    assert "Deze zaak bestaat niet (meer) in de dossieropslag; er is niets verwijderd." in again.output
    with CaseStore(database) as store:
        assert store.latest_analysis("jansen") is None
        deletes = [e for e in store.audit_log("jansen") if e["action"] == "delete"]
        assert [e["team"] for e in deletes] == ["", "noord"]
        assert all(e["user"].endswith("(opdrachtregel)") for e in deletes)
    assert files_holding(private_data_home, MARKERS["jansen"]) == []
