"""The case store: reports, corrections and batch runs survive a restart; old databases are upgraded in place.

Every test runs twice: on SQLite and on a real PostgreSQL server started by the tests (`new_database` in conftest).
"""

from __future__ import annotations

import itertools
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import DBAPIError

from analyzer import store as store_module
from analyzer.classify.corrections import Correction
from analyzer.labels import LabelError
from analyzer.store import (
    NEWER_DATABASE_MESSAGE,
    SCHEMA_VERSION,
    CaseStore,
    NewerSchemaError,
    StoreError,
    default_url,
)

REPO = Path(__file__).parents[1]


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    """Each timestamp the store writes is the next whole minute of 1 March 2024, so assertions can be exact."""
    minutes = itertools.count()
    monkeypatch.setattr(store_module, "_now", lambda: f"2024-03-01T10:{next(minutes):02d}:00+00:00")


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def query(database: str, sql: str) -> list[tuple]:
    """Rows straight from the database, past the store."""
    engine = create_engine(database)
    with engine.connect() as conn:
        rows = [tuple(row) for row in conn.execute(text(sql))]
    engine.dispose()
    return rows


def report(name: str, verdict: str | None, score: int | None, warning: str = "") -> dict:
    return {
        "schema_version": "1",
        "dossier": {"name": name, "files": 2, "pages": 7},
        "documents": [],
        "criteria": {},
        "readiness": {"verdict": verdict, "score": score},
        "timeline": [],
        "recommendations": ["Voeg het verbeterplan toe."],
        "warnings": [warning] if warning else [],
    }


def test_default_url_is_sqlite_in_the_data_home_and_the_variable_overrides_it(private_data_home, tmp_path, monkeypatch):
    assert default_url() == f"sqlite:///{private_data_home}/cases.sqlite"
    with CaseStore() as store:
        store.save_analysis("jansen", report("jansen", "ready", 100), source="/d/jansen", fingerprint="f1")
    assert (private_data_home / "cases.sqlite").is_file()

    monkeypatch.setenv("DOSSIER_ANALYZER_DB", url(tmp_path / "elders" / "firma.sqlite"))
    with CaseStore() as store:
        assert store.latest_analysis("jansen") is None
        store.save_analysis("de Vries", report("de Vries", "at_risk", 60), source="/d/vries", fingerprint="f2")
    assert (tmp_path / "elders" / "firma.sqlite").is_file()


def test_a_saved_report_comes_back_unchanged_after_a_restart(new_database):
    database = new_database()
    first = report("jansen", "not_ready", 30, warning="Beëindigingsovereenkomst ontbreekt – controleer dit.")
    second = report("jansen", "at_risk", 60)
    with CaseStore(database) as store:
        assert store.save_analysis("jansen", first, source="/dossiers/jansen.zip", fingerprint="aa11") == 1
        assert store.save_analysis("jansen", second, source="/dossiers/jansen", fingerprint="bb22") == 2
        assert store.latest_analysis("jansen") == second
        assert store.latest_analysis("onbekend") is None
        assert store.schema_version() == 4

    restarted = CaseStore(database)
    assert restarted.latest_analysis("jansen") == second
    assert restarted.save_analysis("jansen", first, source="/dossiers/jansen.zip", fingerprint="aa11") == 3
    assert restarted.latest_analysis("jansen") == first
    assert restarted.latest_analysis("jansen")["warnings"] == ["Beëindigingsovereenkomst ontbreekt – controleer dit."]
    restarted.close()

    stored = query(database, "SELECT report FROM analyses WHERE id = 1")[0][0]
    assert "Beëindigingsovereenkomst ontbreekt – controleer dit." in stored  # readable JSON, not \u escapes


def test_cases_lists_each_case_once_with_its_newest_verdict(new_database):
    with CaseStore(new_database()) as store:
        store.save_analysis("jansen", report("jansen", "not_ready", 30), source="/d/jansen", fingerprint="a")
        store.save_analysis("de Vries", report("de Vries", None, None), source="/d/vries.zip", fingerprint="b")
        store.save_analysis("jansen", report("jansen", "ready", 100), source="/d/jansen", fingerprint="c")
        assert store.cases() == [
            {
                "name": "de Vries",
                "team": "",
                "last_analysed": "2024-03-01T10:01:00+00:00",
                "verdict": None,
                "score": None,
                "analyses": 1,
            },
            {
                "name": "jansen",
                "team": "",
                "last_analysed": "2024-03-01T10:02:00+00:00",
                "verdict": "ready",
                "score": 100,
                "analyses": 2,
            },
        ]
    with CaseStore(new_database("leeg")) as empty:
        assert empty.cases() == []


def test_corrections_merge_per_document_like_the_jsonl_store(new_database):
    database = new_database()
    with CaseStore(database) as store:
        store.add_correction("fp1", "warning", "first", None, "Eerste waarschuwing ...", "jansen", "d2")
        store.add_correction("fp2", "meeting_report", None, None, "Beoordeling 2023", "jansen", "d5")
        assert (
            store.corrections()["fp2"]["subtype"] == "other"
        )  # a type with subtypes gets "other", as in the jsonl store
        store.add_correction("fp1", None, None, "2024-02-12", "Eerste waarschuwing ...", "jansen", "d2")
        with pytest.raises(LabelError):
            store.add_correction("fp3", "geen_soort", None, None, "tekst", "jansen", "d9")
        with pytest.raises(StoreError, match="De datum '12-02-2024' is geen geldige datum"):
            store.add_correction("fp3", None, None, "12-02-2024", "tekst", "jansen", "d9")

    with CaseStore(database) as store:
        store.add_correction("fp2", None, None, "2023-11-30", "Beoordeling 2023", "jansen", "d5")
        store.add_correction("fp2", "improvement_plan", None, None, "Beoordeling 2023", "jansen", "d5")
        merged = store.corrections()

    assert merged == {
        "fp1": {
            "fingerprint": "fp1",
            "doc_type": "warning",
            "subtype": "first",
            "text": "Eerste waarschuwing ...",
            "dossier": "jansen",
            "document": "d2",
            "created": "2024-03-01T10:02:00+00:00",
            "date": "2024-02-12",
        },
        "fp2": {
            "fingerprint": "fp2",
            "doc_type": "improvement_plan",
            "subtype": None,
            "text": "Beoordeling 2023",
            "dossier": "jansen",
            "document": "d5",
            "created": "2024-03-01T10:04:00+00:00",
            "date": "2023-11-30",
        },
    }
    assert Correction(**merged["fp1"]).date == "2024-02-12"


def test_a_batch_resumes_where_an_interrupted_run_stopped(new_database):
    database = new_database()
    store = CaseStore(database)
    assert store.find_batch("/dossiers") is None
    batch = store.start_batch("/dossiers", ["a", "b", "c"])
    assert batch == 1
    store.finish_case(batch, "a", {"dossier": "a", "oordeel": "klaar", "score": 100}, None)
    store.finish_case(batch, "b", {"dossier": "b", "oordeel": "fout", "melding": "Kon niet lezen."}, "Kon niet lezen.")
    del store  # interrupted: never closed, the batch never finished

    resumed = CaseStore(database)
    assert resumed.find_batch("/dossiers") == 1
    assert resumed.find_batch("/andere/map") is None
    done = resumed.batch_progress(1)
    assert done == {
        "a": {"dossier": "a", "oordeel": "klaar", "score": 100},
        "b": {"dossier": "b", "oordeel": "fout", "melding": "Kon niet lezen."},
    }
    for case in ["a", "b", "c"]:
        if case not in done:
            resumed.finish_case(1, case, {"dossier": case, "oordeel": "risico", "score": 60}, None)
    resumed.finish_case(1, "b", {"dossier": "b", "oordeel": "niet klaar", "score": 20}, None)  # retried: replaced
    resumed.finish_batch(1)
    assert resumed.find_batch("/dossiers") is None
    assert resumed.batch_progress(1) == {
        "a": {"dossier": "a", "oordeel": "klaar", "score": 100},
        "b": {"dossier": "b", "oordeel": "niet klaar", "score": 20},
        "c": {"dossier": "c", "oordeel": "risico", "score": 60},
    }
    assert resumed.start_batch("/dossiers", ["a"]) == 2
    assert resumed.find_batch("/dossiers") == 2
    with pytest.raises(StoreError, match="Batch 7 bestaat niet in deze database."):
        resumed.finish_case(7, "a", {}, None)
    resumed.close()

    assert query(database, "SELECT case_name, error FROM batch_cases ORDER BY id") == [
        ("a", None),
        ("b", None),
        ("c", None),
    ]


def test_a_process_killed_mid_batch_keeps_every_finished_case(new_database):
    database = new_database()
    crash = textwrap.dedent(
        """
        import os, sys
        from analyzer.store import CaseStore
        store = CaseStore(sys.argv[1])
        batch = store.start_batch("/dossiers", ["a", "b", "c"])
        store.finish_case(batch, "a", {"dossier": "a", "score": 80}, None)
        store.finish_case(batch, "b", {"dossier": "b", "oordeel": "fout"}, "Onverwachte fout.")
        os._exit(3)  # no clean-up of any kind, as after a power cut or a kill -9
        """
    )
    result = subprocess.run([sys.executable, "-c", crash, database], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 3, result.stderr
    with CaseStore(database) as store:
        batch = store.find_batch("/dossiers")
        assert batch == 1
        assert store.batch_progress(batch) == {
            "a": {"dossier": "a", "score": 80},
            "b": {"dossier": "b", "oordeel": "fout"},
        }


V1_LAYOUT = """
CREATE TABLE meta (name VARCHAR(64) NOT NULL PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE analyses (
    id INTEGER NOT NULL PRIMARY KEY, case_name VARCHAR NOT NULL, source TEXT NOT NULL, fingerprint VARCHAR NOT NULL,
    created VARCHAR(40) NOT NULL, verdict VARCHAR(20), score FLOAT, report TEXT NOT NULL);
CREATE INDEX ix_analyses_case_name ON analyses (case_name);
CREATE INDEX ix_analyses_fingerprint ON analyses (fingerprint);
CREATE TABLE corrections (
    id INTEGER NOT NULL PRIMARY KEY, fingerprint VARCHAR NOT NULL, doc_type VARCHAR(64), subtype VARCHAR(64),
    doc_date VARCHAR(10), text TEXT NOT NULL, case_name VARCHAR NOT NULL, document VARCHAR NOT NULL,
    created VARCHAR(40) NOT NULL);
CREATE INDEX ix_corrections_fingerprint ON corrections (fingerprint);
CREATE TABLE batches (
    id INTEGER NOT NULL PRIMARY KEY, root TEXT NOT NULL, case_names TEXT NOT NULL, started VARCHAR(40) NOT NULL,
    finished VARCHAR(40));
CREATE INDEX ix_batches_root ON batches (root);
CREATE TABLE batch_cases (
    id INTEGER NOT NULL PRIMARY KEY, batch_id INTEGER NOT NULL REFERENCES batches (id), case_name VARCHAR NOT NULL,
    row_json TEXT NOT NULL, finished VARCHAR(40) NOT NULL, UNIQUE (batch_id, case_name));
CREATE INDEX ix_batch_cases_batch_id ON batch_cases (batch_id);

INSERT INTO meta VALUES ('schema_version', '1');
INSERT INTO analyses VALUES (1, 'jansen', '/d/jansen', 'aa11', '2023-12-01T09:00:00+00:00', 'at_risk', 60,
    '{"dossier": {"name": "jansen"}, "readiness": {"verdict": "at_risk", "score": 60}}');
INSERT INTO corrections VALUES (1, 'fp1', 'warning', 'first', NULL, 'Waarschuwing', 'jansen', 'd2',
    '2023-12-01T09:05:00+00:00');
INSERT INTO corrections VALUES (2, 'fp1', NULL, NULL, '2023-10-02', 'Waarschuwing', 'jansen', 'd2',
    '2023-12-01T09:06:00+00:00');
INSERT INTO batches VALUES (1, '/dossiers', '["a", "b", "c"]', '2023-12-02T08:00:00+00:00', NULL);
INSERT INTO batch_cases VALUES (1, 1, 'a', '{"dossier": "a", "oordeel": "risico", "score": 60}',
    '2023-12-02T08:01:00+00:00');
INSERT INTO batch_cases VALUES (2, 1, 'b', '{"dossier": "b", "oordeel": "fout", "melding": "Dit dossier kon niet worden geanalyseerd."}',
    '2023-12-02T08:02:00+00:00');
"""


def execute(database: str, script: str) -> None:
    """Run SQL statements (separated by ";" at a line end) in one transaction, past the store."""
    engine = create_engine(database)
    with engine.begin() as conn:
        for statement in script.split(";\n"):
            if statement.strip():
                conn.execute(text(statement))
    engine.dispose()


def make_v1(database: str) -> None:
    """The v1 layout as version 1 created it: on PostgreSQL its integer keys were SERIAL (SQLAlchemy's default), and
    the rows below carry their ids, so each sequence is moved past them as inserts through the program would have."""
    if not database.startswith("postgresql"):
        execute(database, V1_LAYOUT)
        return
    tables = ("analyses", "corrections", "batches", "batch_cases")
    moved = [f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), coalesce(max(id), 1)) FROM {t}" for t in tables]
    execute(database, V1_LAYOUT.replace("id INTEGER NOT NULL PRIMARY KEY", "id SERIAL PRIMARY KEY") + ";\n".join(moved))


def columns(database: str, table: str) -> list[str]:
    engine = create_engine(database)
    names = [column["name"] for column in inspect(engine).get_columns(table)]
    engine.dispose()
    return names


def test_a_v1_database_is_upgraded_in_place_and_keeps_its_data(new_database):
    database = new_database("oud")
    make_v1(database)
    with CaseStore(database) as store:
        assert store.schema_version() == SCHEMA_VERSION == 4
        store.add_note("jansen", "Herplaatsing", "Na de upgrade te bewaren.")  # the v3 table exists
        assert [n["text"] for n in store.notes("jansen")] == ["Na de upgrade te bewaren."]
        assert store.latest_analysis("jansen") == {
            "dossier": {"name": "jansen"},
            "readiness": {"verdict": "at_risk", "score": 60},
        }
        assert store.cases() == [
            {
                "name": "jansen",
                "team": "",
                "last_analysed": "2023-12-01T09:00:00+00:00",
                "verdict": "at_risk",
                "score": 60,
                "analyses": 1,
            }
        ]
        assert store.corrections()["fp1"]["doc_type"] == "warning"
        assert store.corrections()["fp1"]["date"] == "2023-10-02"
        assert store.find_batch("/dossiers") == 1
        assert store.batch_progress(1) == {
            "a": {"dossier": "a", "oordeel": "risico", "score": 60},
            "b": {"dossier": "b", "oordeel": "fout", "melding": "Dit dossier kon niet worden geanalyseerd."},
        }
        store.finish_case(1, "c", {"dossier": "c", "oordeel": "fout"}, "Onleesbaar.")

    assert query(database, "SELECT value FROM meta WHERE name = 'schema_version'") == [("4",)]
    assert query(database, "SELECT case_name, error FROM batch_cases ORDER BY id") == [
        ("a", None),
        ("b", "Dit dossier kon niet worden geanalyseerd."),
        ("c", "Onleesbaar."),
    ]

    # v4: every older row is the default team's
    assert query(database, "SELECT case_name, team FROM analyses") == [("jansen", "")]
    assert query(database, "SELECT case_name, team FROM notes") == [("jansen", "")]
    assert query(database, "SELECT case_name, team FROM corrections ORDER BY id") == [("jansen", ""), ("jansen", "")]
    fresh = new_database("nieuw")
    CaseStore(fresh).close()
    for table in ["meta", "analyses", "corrections", "batches", "batch_cases", "notes", "audit"]:
        assert sorted(columns(database, table)) == sorted(columns(fresh, table))
    assert_audit_is_append_only(database)  # the upgrade made the triggers a new database gets


def test_a_failing_upgrade_leaves_the_v1_database_untouched(new_database, monkeypatch):
    database = new_database("oud")
    make_v1(database)

    def broken_upgrade(conn):
        store_module._upgrade_1_to_2(conn)  # the ALTER TABLE and the copy run ...
        raise RuntimeError("stroomstoring")  # ... and then the upgrade is interrupted

    monkeypatch.setitem(store_module._UPGRADES, 1, broken_upgrade)
    with pytest.raises(RuntimeError, match="stroomstoring"):
        CaseStore(database)
    assert columns(database, "batch_cases") == ["id", "batch_id", "case_name", "row_json", "finished"]
    assert query(database, "SELECT value FROM meta WHERE name = 'schema_version'") == [("1",)]

    monkeypatch.undo()
    with CaseStore(database) as store:
        assert store.schema_version() == 4


def test_a_database_from_a_newer_version_is_refused_in_dutch(new_database):
    database = new_database("nieuwer")
    execute(database, "CREATE TABLE meta (name VARCHAR(64) PRIMARY KEY, value TEXT);\nINSERT INTO meta VALUES ('schema_version', '99')")  # fmt: skip
    with pytest.raises(NewerSchemaError) as refused:
        CaseStore(database)
    assert (
        str(refused.value)
        == "De database is aangemaakt door een nieuwere versie van dossier-analyzer; werk het programma bij."
    )
    assert str(refused.value) == NEWER_DATABASE_MESSAGE
    engine = create_engine(database)
    assert inspect(engine).get_table_names() == ["meta"]
    engine.dispose()
    assert query(database, "SELECT value FROM meta") == [("99",)]


def test_notes_are_kept_per_case_in_writing_order_and_an_empty_one_is_refused(new_database):
    with CaseStore(new_database()) as store:
        store.add_note("jansen", "Herplaatsing", "Vacatureoverzicht juni opvragen bij HR.")
        store.add_note("jansen", "D004", "  Handtekening werknemer ontbreekt.  ")
        store.add_note("pietersen", "Herplaatsing", "Niet van toepassing.")
        with pytest.raises(StoreError, match="lege notitie"):
            store.add_note("jansen", "D004", "   ")
        notes = store.notes("jansen")
    assert [(n["target"], n["text"]) for n in notes] == [
        ("Herplaatsing", "Vacatureoverzicht juni opvragen bij HR."),
        ("D004", "Handtekening werknemer ontbreekt."),
    ]
    assert all(n["created"] for n in notes)


def test_a_failing_v4_upgrade_leaves_the_v3_database_untouched(new_database, monkeypatch):
    database = new_database("oud")
    make_v1(database)
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 3)
    CaseStore(database).close()  # a v3 database, as version 3 of the program left it
    monkeypatch.undo()

    def broken_upgrade(conn):
        store_module._upgrade_3_to_4(conn)  # column, table and triggers are made ...
        raise RuntimeError("stroomstoring")  # ... and then the upgrade is interrupted

    monkeypatch.setitem(store_module._UPGRADES, 3, broken_upgrade)
    with pytest.raises(RuntimeError, match="stroomstoring"):
        CaseStore(database)
    for table in ("analyses", "notes", "corrections"):
        assert "team" not in columns(database, table)
    engine = create_engine(database)
    assert "audit" not in inspect(engine).get_table_names()
    engine.dispose()
    assert query(database, "SELECT value FROM meta WHERE name = 'schema_version'") == [("3",)]

    monkeypatch.undo()
    with CaseStore(database) as store:
        assert store.schema_version() == 4
        assert store.case_teams("jansen") == [""]


def test_two_teams_each_have_their_own_case_of_the_same_name_and_see_only_their_own(new_database):
    database = new_database()
    with CaseStore(database) as store:
        store.save_analysis("jansen", report("jansen", "ready", 100), source="/noord/jansen", fingerprint="a", team="noord")  # fmt: skip
        store.save_analysis("jansen", report("jansen", "not_ready", 20), source="/zuid/jansen", fingerprint="b", team="zuid")  # fmt: skip
        store.save_analysis("pietersen", report("pietersen", "at_risk", 60), source="/p", fingerprint="c", team="noord")  # fmt: skip
        store.save_analysis("jansen", report("jansen", "at_risk", 50), source="/noord/jansen", fingerprint="d", team="noord")  # fmt: skip
        store.add_note("jansen", "Herplaatsing", "Notitie van noord.", team="noord")
        store.add_note("jansen", "Herplaatsing", "Notitie van zuid.", team="zuid")
        store.add_correction("fp-noord", "warning", "first", None, "Waarschuwing noord", "jansen", "D001", team="noord")
        store.add_correction("fp-zuid", "warning", "first", None, "Waarschuwing zuid", "jansen", "D001", team="zuid")
        store.record("view", user="anna", case="jansen", team="noord")
        store.record("view", user="bram", case="jansen", team="zuid")

        # Each team sees its own report, notes, corrections and audit entries of "jansen", nothing of the other's.
        assert store.latest_analysis("jansen", teams=["noord"])["readiness"]["verdict"] == "at_risk"
        assert store.latest_analysis("jansen", teams=["zuid"])["readiness"]["verdict"] == "not_ready"
        assert store.latest_saved("jansen", teams=["zuid"])[1] == "2024-03-01T10:01:00+00:00"
        assert [n["text"] for n in store.notes("jansen", teams=["noord"])] == ["Notitie van noord."]
        assert [n["text"] for n in store.notes("jansen", teams=["zuid"])] == ["Notitie van zuid."]
        assert [(e["user"], e["team"]) for e in store.audit_log("jansen", teams=["zuid"])] == [("bram", "zuid")]
        assert set(store.corrections(teams=["zuid"])) == {"fp-zuid"}
        assert store.count_corrections("jansen", teams=["zuid"]) == 1
        assert [(c["name"], c["team"], c["analyses"]) for c in store.cases(teams=["noord"])] == [
            ("jansen", "noord", 2),
            ("pietersen", "noord", 1),
        ]
        assert [(c["name"], c["team"]) for c in store.cases(teams=["zuid"])] == [("jansen", "zuid")]
        assert store.cases(teams=[]) == []
        assert store.case_teams("jansen", teams=["zuid", "fiscaal"]) == ["zuid"]

        # No restriction (the CLI, one user): every team's, newest across them; one row per (team, name).
        assert store.latest_analysis("jansen")["readiness"]["verdict"] == "at_risk"
        assert [n["text"] for n in store.notes("jansen")] == ["Notitie van noord.", "Notitie van zuid."]
        assert [(c["name"], c["team"], c["verdict"]) for c in store.cases()] == [
            ("jansen", "noord", "at_risk"),
            ("jansen", "zuid", "not_ready"),
            ("pietersen", "noord", "at_risk"),
        ]
        assert store.count_corrections("jansen") == 2
        assert store.case_teams("jansen") == ["noord", "zuid"]

        # A team without a case of that name is answered exactly as for a name nobody uses.
        for case in ("jansen", "bestaat-niet"):
            assert store.latest_analysis(case, teams=["fiscaal"]) is None
            assert store.latest_saved(case, teams=["fiscaal"]) is None
            assert store.notes(case, teams=["fiscaal"]) == []
            assert store.audit_log(case, teams=["fiscaal"]) == []
            assert store.case_inputs(case, teams=["fiscaal"]) == []
            assert store.count_corrections(case, teams=["fiscaal"]) == 0
            assert store.case_teams(case, teams=["fiscaal"]) == []
            assert store.delete_case(case, teams=["fiscaal"], user="piet") is False

        # An entry without a team is the default team's: never looked up, so never filed under a team holding the name.
        store.record("export", user="beheer", case="pietersen")
        assert store.audit_log("pietersen", teams=["noord"]) == []
        assert [e["team"] for e in store.audit_log("pietersen")] == [""]

        # A batch of zuid saves under zuid, next to noord's case of the same name.
        batch = store.start_batch("/zuid", ["jansen"])
        store.finish_case(batch, "jansen", {"dossier": "jansen"}, None, (report("jansen", None, None), "/zuid/jansen", "e"), team="zuid")  # fmt: skip
        assert store.latest_analysis("jansen", teams=["zuid"])["readiness"]["verdict"] is None
        assert store.latest_analysis("jansen", teams=["noord"])["readiness"]["verdict"] == "at_risk"

    assert query(database, "SELECT case_name, team FROM analyses ORDER BY id") == [
        ("jansen", "noord"),
        ("jansen", "zuid"),
        ("pietersen", "noord"),
        ("jansen", "noord"),
        ("jansen", "zuid"),
    ]
    assert query(database, "SELECT team FROM notes ORDER BY id") == [("noord",), ("zuid",)]
    assert query(database, "SELECT team FROM corrections ORDER BY id") == [("noord",), ("zuid",)]
    assert store_module._lock_key("noord", "jansen") != store_module._lock_key("zuid", "jansen")
    assert store_module._lock_key("a", "bc") != store_module._lock_key("ab", "c")


def test_deleting_one_teams_case_leaves_the_other_teams_case_of_that_name(new_database):
    database = new_database()
    with CaseStore(database) as store:
        for team in ("noord", "zuid"):
            store.save_analysis(
                "jansen", report("jansen", "ready", 100), source=f"/{team}", fingerprint=team, team=team
            )
            store.add_note("jansen", "Herplaatsing", f"Notitie van {team}.", team=team)
            store.add_correction(f"fp-{team}", "warning", "first", None, f"Waarschuwing {team}", "jansen", "D001", team=team)  # fmt: skip
            store.record("view", user=f"lid van {team}", case="jansen", team=team)

        assert store.delete_case("jansen", teams=["noord"], user="anna") is True
        assert store.delete_case("jansen", teams=["noord"], user="anna") is False  # gone: nothing deleted or logged

        assert store.latest_analysis("jansen", teams=["noord"]) is None
        assert store.notes("jansen", teams=["noord"]) == []
        assert store.latest_analysis("jansen", teams=["zuid"])["dossier"]["name"] == "jansen"
        assert [n["text"] for n in store.notes("jansen", teams=["zuid"])] == ["Notitie van zuid."]
        assert set(store.corrections()) == {"fp-zuid"}
        assert [(c["name"], c["team"]) for c in store.cases()] == [("jansen", "zuid")]
        assert [(e["action"], e["user"]) for e in store.audit_log("jansen", teams=["zuid"])] == [("view", "lid van zuid")]  # fmt: skip
        assert [(e["action"], e["user"], e["detail"]) for e in store.audit_log("jansen", teams=["noord"])] == [
            ("view", "lid van noord", None),
            ("delete", "anna", {"analyses": 1, "notes": 1, "corrections": 1, "batch_cases": 0}),
        ]
    for table in ["analyses", "notes", "corrections"]:
        assert query(database, f"SELECT case_name, team FROM {table}") == [("jansen", "zuid")]


def assert_audit_is_append_only(database: str) -> None:
    """Straight at the database, past the store: no UPDATE, DELETE (or TRUNCATE) of the audit log gets through."""
    execute(database, "INSERT INTO audit (at, \"user\", action, inputs) VALUES ('2024-01-01T00:00:00+00:00', 'x', 'view', '[]')")  # fmt: skip
    before = query(database, "SELECT * FROM audit ORDER BY id")
    statements = ["UPDATE audit SET \"user\" = 'iemand anders'", "DELETE FROM audit"]
    if database.startswith("postgresql"):
        statements.append("TRUNCATE audit")
    for statement in statements:
        with pytest.raises(DBAPIError, match="Het auditlogboek kan niet worden gewijzigd of gewist."):
            execute(database, statement)
    assert query(database, "SELECT * FROM audit ORDER BY id") == before


def test_the_audit_log_is_kept_in_order_exported_for_excel_and_cannot_be_changed(new_database):
    database = new_database()
    with CaseStore(database) as store:
        store.save_analysis(
            "jansen", report("jansen", "ready", 100), source="/d/jansen", fingerprint="a", team="arbeid"
        )
        inputs = [{"file": "brief.pdf", "sha256": "ab" * 32}, {"file": "kapot.zip/x.pdf", "sha256": None}]
        assert store.record("analyse", user="anja@kantoor.nl", case="jansen", team="arbeid", inputs=inputs, model_version="meegeleverd:ff8b32f6fc7b", rules_version="6cf5164f1b41") == 1  # fmt: skip
        assert store.record("export", user='=HYPERLINK("x")', case="jansen", detail={"formaat": "pdf"}) == 2
        assert store.record("view", user="piet", case="pietersen", team="ondernemingsrecht") == 3
        with pytest.raises(ValueError, match="unknown audit action 'bekijk'"):
            store.record("bekijk", user="piet")
        log = store.audit_log()
        assert [(e["id"], e["action"], e["case"], e["team"]) for e in log] == [
            (1, "analyse", "jansen", "arbeid"),
            (2, "export", "jansen", ""),  # no team given: the default team's, never the team of a case of that name
            (3, "view", "pietersen", "ondernemingsrecht"),
        ]
        assert log[0] == {
            "id": 1,
            "at": "2024-03-01T10:01:00+00:00",
            "user": "anja@kantoor.nl",
            "action": "analyse",
            "case": "jansen",
            "team": "arbeid",
            "inputs": inputs,
            "model_version": "meegeleverd:ff8b32f6fc7b",
            "rules_version": "6cf5164f1b41",
            "detail": None,
        }
        assert [e["id"] for e in store.audit_log("jansen")] == [1, 2]
        assert [e["id"] for e in store.audit_log(teams=["ondernemingsrecht"])] == [3]
        assert store.audit_log("jansen", teams=["ondernemingsrecht"]) == []
        exported = store.audit_csv("jansen")
    assert exported.startswith(b"\xef\xbb\xbf")
    assert exported.decode("utf-8-sig").split("\r\n") == [
        "nr;tijdstip (UTC);gebruiker;handeling;zaak;team;invoerbestanden;modelversie;regelversie;details",
        '1;2024-03-01T10:01:00+00:00;anja@kantoor.nl;analyse;jansen;arbeid;"brief.pdf (sha256 '
        + "ab" * 32
        + ')\nkapot.zip/x.pdf (sha256 niet gelezen)";meegeleverd:ff8b32f6fc7b;6cf5164f1b41;',
        '2;2024-03-01T10:02:00+00:00;"\'=HYPERLINK(""x"")";export;jansen;;;;;"{""formaat"": ""pdf""}"',
        "",
    ]
    assert_audit_is_append_only(database)


def test_deleting_a_case_removes_its_rows_everywhere_and_logs_who_did_it(new_database):
    database = new_database()
    with CaseStore(database) as store:
        for case, team in [("jansen", "arbeid"), ("pietersen", "arbeid"), ("jansen", "fiscaal")]:
            store.save_analysis(case, report(case, "ready", 100), source=f"/d/{case}", fingerprint=case, team=team)
            store.add_note(case, "Herplaatsing", f"Notitie over {case} ({team}).", team=team)
            store.add_correction(f"fp-{case}-{team}", "warning", "first", None, f"Waarschuwing {case}", case, "D001", team=team)  # fmt: skip
        batch = store.start_batch("/dossiers", ["jansen", "pietersen"])
        store.finish_case(batch, "jansen", {"dossier": "jansen"}, None)
        store.finish_case(batch, "pietersen", {"dossier": "pietersen"}, None)
        store.record("view", user="anja", case="jansen", team="arbeid")

        # A team deletes its own case; the batch rows are the CLI's (team "") and stay.
        assert store.delete_case("jansen", teams=["arbeid"], user="anja") is True
        assert list(store.batch_progress(batch)) == ["jansen", "pietersen"]
        assert store.case_teams("jansen") == ["", "fiscaal"]
        # Without teams (the administrator's CLI): every team's case of the name, and the batch rows.
        assert store.delete_case("jansen", user="beheer") is True
        assert store.delete_case("jansen", user="beheer") is False  # gone: nothing left to delete, nothing logged

        assert store.latest_analysis("jansen") is None
        assert store.notes("jansen") == []
        assert set(store.corrections()) == {"fp-pietersen-arbeid"}
        assert list(store.batch_progress(batch)) == ["pietersen"]
        assert [c["name"] for c in store.cases()] == ["pietersen"]
        assert store.notes("pietersen") == [
            {
                "target": "Herplaatsing",
                "text": "Notitie over pietersen (arbeid).",
                "created": "2024-03-01T10:04:00+00:00",
            }
        ]
        log = store.audit_log("jansen")
    nothing = {"analyses": 0, "notes": 0, "corrections": 0}
    assert [(e["action"], e["user"], e["team"], e["detail"]) for e in log] == [
        ("view", "anja", "arbeid", None),
        ("delete", "anja", "arbeid", {"analyses": 1, "notes": 1, "corrections": 1, "batch_cases": 0}),
        ("delete", "beheer", "", {**nothing, "batch_cases": 1}),  # one entry per team deleted from
        ("delete", "beheer", "fiscaal", {"analyses": 1, "notes": 1, "corrections": 1, "batch_cases": 0}),
    ]
    assert query(database, "SELECT case_names FROM batches") == [('["pietersen"]',)]
    for table in ["analyses", "notes", "corrections", "batch_cases"]:
        assert query(database, f"SELECT case_name FROM {table}") == [("pietersen",)]
