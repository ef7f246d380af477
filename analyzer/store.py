"""The case store: analyses, user corrections and batch runs kept in a database, so they survive a restart
and the CLI and the dashboard see the same cases.

SQLite in the user's data folder by default (nothing leaves the machine); a firm that wants one shared store sets
`DOSSIER_ANALYZER_DB` to a PostgreSQL URL (e.g. `postgresql+psycopg://user@host/dossiers`, with that driver
installed) and nothing else changes. JSON is kept as text and timestamps as UTC ISO strings, so the same tables work
on both databases.

Schema versions (the integer in `meta.schema_version`):
  1  tables meta, analyses, corrections, batches, batch_cases; a failed case of a batch was only recognisable
     inside its row JSON, as the dashboard writes it: {"dossier": ..., "oordeel": "fout", "melding": <message>}.
  2  batch_cases gets its own `error` column (NULL for a case that was analysed), filled for old rows from the
     row's "melding" when "oordeel" is "fout" (see `_upgrade_1_to_2`).
  3  notes table (a lawyer's notes on a requirement, a fact or a document of a case).
  4  a team column in analyses, notes and corrections: a case is identified by (team, name), so two teams can each
     have a case of the same name and neither learns of the other's ("" is the single-user default, given to every
     older row); and the audit table (who analysed, viewed, corrected, exported, saved, noted or deleted which case,
     with what inputs, model and rules), which the database itself keeps append-only with triggers (see
     `_upgrade_3_to_4`).
Opening a store upgrades an older database in place, one step per version, all in one transaction: a failed
upgrade leaves the database exactly as it was. Nothing is ever dropped.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import logging
import os
from collections.abc import Callable, Collection, Iterable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Engine,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    delete,
    event,
    exists,
    func,
    insert,
    inspect,
    make_url,
    or_,
    select,
    text,
    true,
    update,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from analyzer.labels import SUBTYPES_OF as SUBTYPES
from analyzer.labels import validate_label
from analyzer.paths import data_home

log = logging.getLogger(__name__)

# Environment variable holding an SQLAlchemy URL; unset: SQLite in the data home (`default_url`).
DEFAULT_URL_VARIABLE = "DOSSIER_ANALYZER_DB"

# 1: first layout. 2: batch_cases.error column (failed cases queryable without parsing row JSON).
# 3: notes table (a lawyer's notes on a requirement, a fact or a document of a case).
# 4: a team column in analyses, notes and corrections (a case is a (team, name)) and the append-only audit table.
SCHEMA_VERSION = 4

NEWER_DATABASE_MESSAGE = (
    "De database is aangemaakt door een nieuwere versie van dossier-analyzer; werk het programma bij."
)


class StoreError(Exception):
    """A store problem the user can act on; the message is a Dutch sentence."""


class NewerSchemaError(StoreError):
    """The database was written by a newer program: reading or writing it could corrupt what that version keeps."""


# What the audit log records, with the Dutch word its export shows for each.
AUDIT_ACTIONS: Mapping[str, str] = {
    "analyse": "analyse",
    "view": "bekeken",
    "correct": "correctie",
    "export": "export",
    "save": "bewaard",
    "delete": "verwijderd",
    "note": "notitie",
}


def default_url() -> str:
    """SQLite beside the user's corrections and model, so the store follows DOSSIER_ANALYZER_HOME."""
    return f"sqlite:///{data_home() / 'cases.sqlite'}"


def _analysis_row(case: str, report: dict, source: str, fingerprint: str, team: str) -> AnalysisRow:
    readiness = report.get("readiness") or {}
    return AnalysisRow(
        case_name=case,
        team=team,
        source=source,
        fingerprint=fingerprint,
        created=_now(),
        verdict=readiness.get("verdict"),
        score=readiness.get("score"),
        report=_dump(report),
    )


def _report_inputs(raw: str) -> list[dict]:
    """The input files ({file, sha256}) a stored report lists (`dossier.inputs`; none in reports before it)."""
    return (json.loads(raw).get("dossier") or {}).get("inputs") or []


def _hashes(inputs: Iterable[Mapping[str, Any]]) -> set[str]:
    """The SHA-256s of a list of input files ({file, sha256}); a file that could not be read has none."""
    return {item["sha256"] for item in inputs if item.get("sha256")}


def _lists_any(column: Any, sha256s: Iterable[str]) -> ColumnElement[bool]:
    """The rows whose JSON text (a report, an audit entry's inputs) holds one of these hashes: candidates only, as a
    hash may also occur elsewhere in the text; the caller parses them to be sure."""
    return or_(*(column.contains(sha, autoescape=True) for sha in sha256s))


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


# The audit export's columns, in Dutch (audit_csv).
AUDIT_COLUMNS = (
    "nr",
    "tijdstip (UTC)",
    "gebruiker",
    "handeling",
    "zaak",
    "team",
    "invoerbestanden",
    "modelversie",
    "regelversie",
    "details",
)


def _audit_row(
    action: str,
    *,
    user: str,
    case: str | None,
    team: str | None,
    inputs: Iterable[Mapping[str, Any]] = (),
    model_version: str | None = None,
    rules_version: str | None = None,
    detail: Any = None,
) -> AuditRow:
    return AuditRow(
        at=_now(),
        user=user,
        action=action,
        case_name=case,
        team=team,
        inputs=_dump([{"file": str(i["file"]), "sha256": i.get("sha256")} for i in inputs]),
        model_version=model_version,
        rules_version=rules_version,
        detail=None if detail is None else _dump(detail),
    )


def _cell(value: Any) -> Any:
    """A CSV cell Excel shows as text: a value starting like a formula (=, +, -, @) gets a leading apostrophe, so a
    case or user name can never run as a formula in the reader's spreadsheet."""
    if isinstance(value, str) and value.startswith(("=", "+", "-", "@", "\t", "\r")):
        return "'" + value
    return value


def _lock_key(team: str, case: str) -> int:
    """A PostgreSQL advisory-lock key (signed 64-bit) for a case: its team and name with a NUL character between
    them (which neither holds in practice), so ("a", "bc") and ("ab", "c") get different keys."""
    return int.from_bytes(hashlib.sha256(f"{team}\x00{case}".encode()).digest()[:8], "big", signed=True)


# The PostgreSQL advisory lock held while a store is created or upgraded (`CaseStore._prepare`).
_SCHEMA_LOCK_KEY = _lock_key("", "\x00schema")


def _in_teams(column: Any, teams: Collection[str] | None) -> ColumnElement[bool]:
    """The rows a reader restricted to `teams` may see (None: no restriction); `column` is a table's team column."""
    return true() if teams is None else column.in_(list(teams))


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Key/value facts about the database itself; `schema_version` decides which upgrades run."""

    __tablename__ = "meta"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AnalysisRow(Base):
    """One analysis of a dossier; verdict and score are copied out of the report so `cases()` needs no JSON."""

    __tablename__ = "analyses"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_name: Mapped[str] = mapped_column(String, index=True)
    source: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String, index=True)
    created: Mapped[str] = mapped_column(String(40))
    verdict: Mapped[str | None] = mapped_column(String(20))
    score: Mapped[float | None]
    report: Mapped[str] = mapped_column(Text)
    # The team whose case this is (schema v4): a case is identified by (team, case_name).
    team: Mapped[str] = mapped_column(String, default="", server_default="")


class CorrectionRow(Base):
    """One correction as the user made it (append-only); `corrections()` merges them per document."""

    __tablename__ = "corrections"
    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String, index=True)
    doc_type: Mapped[str | None] = mapped_column(String(64))
    subtype: Mapped[str | None] = mapped_column(String(64))
    doc_date: Mapped[str | None] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    case_name: Mapped[str] = mapped_column(String)
    document: Mapped[str] = mapped_column(String)
    created: Mapped[str] = mapped_column(String(40))
    team: Mapped[str] = mapped_column(String, default="", server_default="")  # the case's team (schema v4)


class BatchRow(Base):
    """A batch run over a folder of cases; `finished` stays NULL until every case is done, so it can be resumed."""

    __tablename__ = "batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    root: Mapped[str] = mapped_column(Text, index=True)
    case_names: Mapped[str] = mapped_column(Text)
    started: Mapped[str] = mapped_column(String(40))
    finished: Mapped[str | None] = mapped_column(String(40))


class BatchCaseRow(Base):
    """One finished case of a batch, committed on its own so an interruption loses nothing already done."""

    __tablename__ = "batch_cases"
    __table_args__ = (UniqueConstraint("batch_id", "case_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id"), index=True)
    case_name: Mapped[str] = mapped_column(String)
    row_json: Mapped[str] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)  # added in schema v2
    finished: Mapped[str] = mapped_column(String(40))


class NoteRow(Base):
    """A user's note on a case: on a requirement, a fact or a document (`target`), or on the case as a whole.
    Append-only: a later note on the same target is shown after the earlier one."""

    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_name: Mapped[str] = mapped_column(String, index=True)
    target: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    created: Mapped[str] = mapped_column(String(40))
    team: Mapped[str] = mapped_column(String, default="", server_default="")  # the case's team (schema v4)


class AuditRow(Base):
    """One thing a user did with a case (AUDIT_ACTIONS). Append-only: the store has no method to change or delete a
    row, and the database refuses UPDATE and DELETE on this table (`_guard_audit`); deleting a case keeps its rows."""

    __tablename__ = "audit"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[str] = mapped_column(String(40))
    user: Mapped[str] = mapped_column(String)
    action: Mapped[str] = mapped_column(String(20))
    case_name: Mapped[str | None] = mapped_column(String, index=True)
    team: Mapped[str | None] = mapped_column(String)
    inputs: Mapped[str] = mapped_column(Text)  # JSON list of {file, sha256}
    model_version: Mapped[str | None] = mapped_column(String)
    rules_version: Mapped[str | None] = mapped_column(String)
    detail: Mapped[str | None] = mapped_column(Text)  # JSON


AUDIT_REFUSED = "Het auditlogboek kan niet worden gewijzigd of gewist."

# The database's own refusal of any change to the audit log, per backend: the program never changes a row, and a
# mistaken script or a curious colleague with a SQL prompt cannot either (the owner can still drop the table).
_AUDIT_GUARDS: dict[str, tuple[str, ...]] = {
    "sqlite": (
        f"CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, '{AUDIT_REFUSED}'); END",
        f"CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, '{AUDIT_REFUSED}'); END",
    ),
    "postgresql": (
        "CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
        f"$$ BEGIN RAISE EXCEPTION '{AUDIT_REFUSED}'; END $$",
        "CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit "
        "FOR EACH ROW EXECUTE FUNCTION audit_append_only()",
        "CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()",
    ),
}


def _guard_audit(conn: Connection) -> None:
    """Make the audit table refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL) in the database itself."""
    statements = _AUDIT_GUARDS.get(conn.dialect.name)
    if statements is None:
        log.warning("no audit triggers for %s: the audit table is append-only by the program only", conn.dialect.name)
        return
    for statement in statements:
        conn.exec_driver_sql(statement)


def _upgrade_1_to_2(conn: Connection) -> None:
    """v2 keeps a failed case's message in `batch_cases.error`; v1 had it only as the row's "melding"."""
    conn.execute(text("ALTER TABLE batch_cases ADD COLUMN error TEXT"))
    for row_id, raw in conn.execute(text("SELECT id, row_json FROM batch_cases")).all():
        row = json.loads(raw)
        if row.get("oordeel") == "fout" and row.get("melding"):
            conn.execute(
                text("UPDATE batch_cases SET error = :error WHERE id = :id"), {"error": row["melding"], "id": row_id}
            )


def _upgrade_2_to_3(conn: Connection) -> None:
    """v3 adds the notes table; nothing else changes. The table is written out as it is at v3 (not taken from
    NoteRow), so the step keeps working when the model changes; SQLAlchemy spells it for SQLite and PostgreSQL."""
    notes = Table(
        "notes",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("case_name", String, nullable=False, index=True),
        Column("target", Text, nullable=False),
        Column("text", Text, nullable=False),
        Column("created", String(40), nullable=False),
    )
    notes.create(conn)


def _upgrade_3_to_4(conn: Connection) -> None:
    """v4 gives every analysis, note and correction a team ("" for the rows already there: the single-user default),
    so a case is identified by (team, name), and adds the audit table, written out as it is at v4, with the triggers
    that make it append-only."""
    for table in ("analyses", "notes", "corrections"):
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN team VARCHAR NOT NULL DEFAULT ''"))
    audit = Table(
        "audit",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("at", String(40), nullable=False),
        Column("user", String, nullable=False),
        Column("action", String(20), nullable=False),
        Column("case_name", String, index=True),
        Column("team", String),
        Column("inputs", Text, nullable=False),
        Column("model_version", String),
        Column("rules_version", String),
        Column("detail", Text),
    )
    audit.create(conn)
    _guard_audit(conn)


# Upgrade steps by the version they start from; each takes the database one version up. Raw SQL or a table
# written out in the step, on purpose: a step must keep working when the models above describe a later layout.
_UPGRADES: dict[int, Callable[[Connection], None]] = {1: _upgrade_1_to_2, 2: _upgrade_2_to_3, 3: _upgrade_3_to_4}


def _sqlite_engine_hooks(engine: Engine) -> None:
    """Make SQLite transactions real, including DDL, and safe with two programs on one file.

    pysqlite only opens a transaction before INSERT/UPDATE/DELETE, so an ALTER TABLE would commit on its own and
    a failed upgrade could leave a half-upgraded file. We switch its own handling off and emit BEGIN IMMEDIATE
    ourselves: the write lock is taken at the start, so the CLI and the dashboard wait for each other (up to the
    driver's timeout) instead of failing halfway with "database is locked".
    `secure_delete` makes SQLite overwrite what it deletes with zeros: a deleted case's text is not left in the
    file's free pages.
    """

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


class CaseStore:
    """Analyses, corrections and batch runs in one database; every method is its own committed transaction."""

    def __init__(self, url: str | None = None) -> None:
        """Open (and create or upgrade) the store; `url` overrides DOSSIER_ANALYZER_DB, which overrides the default."""
        self.url = url or os.environ.get(DEFAULT_URL_VARIABLE) or default_url()
        parsed = make_url(self.url)
        is_sqlite = parsed.get_backend_name() == "sqlite"
        if is_sqlite and parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        self.engine = create_engine(self.url)
        if is_sqlite:
            _sqlite_engine_hooks(self.engine)
        self._session = sessionmaker(self.engine, expire_on_commit=False)
        try:
            self._prepare()
        except BaseException:
            self.engine.dispose()
            raise

    def _prepare(self) -> None:
        """Create a new database, or bring an older one up to SCHEMA_VERSION, in a single transaction.

        One program at a time: two opening a new PostgreSQL database at once would otherwise both create the tables
        and one would fail; the lock makes the second wait and then find them (SQLite: BEGIN IMMEDIATE does this)."""
        with self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(select(func.pg_advisory_xact_lock(_SCHEMA_LOCK_KEY)))
            tables = set(inspect(conn).get_table_names())
            if "meta" not in tables:
                ours = tables & set(Base.metadata.tables)
                if ours:
                    raise StoreError(
                        f"De database bevat al tabellen ({', '.join(sorted(ours))}) maar geen versie; "
                        "kies een andere database."
                    )
                Base.metadata.create_all(conn)
                _guard_audit(conn)
                conn.execute(insert(Meta).values(name="schema_version", value=str(SCHEMA_VERSION)))
                return
            found = conn.execute(select(Meta.value).where(Meta.name == "schema_version")).scalar_one_or_none()
            if found is None or not found.strip().isdigit() or int(found) < 1:
                raise StoreError("De database heeft geen geldige schemaversie; kies een andere database.")
            version = int(found)
            if version > SCHEMA_VERSION:
                raise NewerSchemaError(NEWER_DATABASE_MESSAGE)
            while version < SCHEMA_VERSION:
                _UPGRADES[version](conn)
                version += 1
            if str(version) != found:
                conn.execute(update(Meta).where(Meta.name == "schema_version").values(value=str(version)))

    def close(self) -> None:
        """Release the connections (and with them SQLite's file handles)."""
        self.engine.dispose()

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> int:
        """The version the database is at (SCHEMA_VERSION once opened); for diagnostics and tests."""
        with self._session() as session:
            return int(session.scalars(select(Meta.value).where(Meta.name == "schema_version")).one())

    # -- analyses --------------------------------------------------------------------------------------------------

    def save_analysis(self, case: str, report: dict, *, source: str, fingerprint: str, team: str = "") -> int:
        """Keep a report (all of them, not only the latest: a case's history shows how the dossier grew) as one of
        case (`team`, `case`) ("" without access control). Two teams with a case of the same name have two cases."""
        row = _analysis_row(case, report, source, fingerprint, team)
        with self._session.begin() as session:
            self._lock(session, team, case)
            session.add(row)
            session.flush()
            return row.id

    def latest_analysis(self, case: str, teams: Collection[str] | None = None) -> dict | None:
        """The newest report of a case (by insertion order, not by clock: two saves in one second stay ordered).

        `teams` limits the answer to the cases of that name in those teams (None: all teams, the newest across them,
        for the CLI and the single-user dashboard); a case of another team is None, as one that does not exist."""
        saved = self.latest_saved(case, teams=teams)
        return None if saved is None else saved[0]

    def latest_saved(self, case: str, teams: Collection[str] | None = None) -> tuple[dict, str] | None:
        """The newest report of a case with when it was saved (ISO), for comparing a new version with it."""
        with self._session() as session:
            row = session.execute(
                select(AnalysisRow.report, AnalysisRow.created)
                .where(AnalysisRow.case_name == case, _in_teams(AnalysisRow.team, teams))
                .order_by(AnalysisRow.id.desc())
                .limit(1)
            ).first()
        return None if row is None else (json.loads(row.report), row.created)

    def cases(self, teams: Collection[str] | None = None) -> list[dict]:
        """One row per case (team, name), by name and then team: name, team, last_analysed (ISO), verdict and score
        of the newest analysis, analyses. With `teams`, only the cases of those teams."""
        counts = (
            select(
                AnalysisRow.case_name,
                AnalysisRow.team,
                func.max(AnalysisRow.id).label("newest"),
                func.count().label("analyses"),
            )
            .where(_in_teams(AnalysisRow.team, teams))
            .group_by(AnalysisRow.case_name, AnalysisRow.team)
            .subquery()
        )
        query = (
            select(
                AnalysisRow.case_name,
                AnalysisRow.team,
                AnalysisRow.created,
                AnalysisRow.verdict,
                AnalysisRow.score,
                counts.c.analyses,
            )
            .join(counts, AnalysisRow.id == counts.c.newest)
            .order_by(AnalysisRow.case_name, AnalysisRow.team)
        )
        with self._session() as session:
            rows = session.execute(query).all()
        return [
            {
                "name": name,
                "team": team,
                "last_analysed": created,
                "verdict": verdict,
                # The score column is a float (the schema allows any number); scores are whole numbers in practice.
                "score": int(score) if score is not None and float(score).is_integer() else score,
                "analyses": count,
            }
            for name, team, created, verdict, score, count in rows
        ]

    def case_teams(self, case: str, teams: Collection[str] | None = None) -> list[str]:
        """The teams, of `teams` (None: all), that hold a case of this name (an analysis, note or correction of it;
        "" also for a batch row): what `delete_case` deletes. Never shown to a user of a team: with None it names
        other teams' cases, which only the administrator's CLI and `analyzer.retention` may ask for."""
        with self._session() as session:
            return self._case_teams(session, case, teams)

    @staticmethod
    def _case_teams(session: Session, case: str, teams: Collection[str] | None) -> list[str]:
        found: set[str] = set()
        for table in (AnalysisRow, NoteRow, CorrectionRow):
            found.update(
                session.scalars(
                    select(table.team).where(table.case_name == case, _in_teams(table.team, teams)).distinct()
                )
            )
        if (teams is None or "" in teams) and session.scalar(select(exists().where(BatchCaseRow.case_name == case))):
            found.add("")
        return sorted(found)

    def _lock(self, session: Session, team: str, case: str) -> None:
        """On PostgreSQL, hold the case (team, name) until commit: a save and a delete of one case never interleave.
        On SQLite, BEGIN IMMEDIATE already lets one writer in at a time."""
        if self.engine.dialect.name == "postgresql":
            session.execute(select(func.pg_advisory_xact_lock(_lock_key(team, case))))

    # -- notes -----------------------------------------------------------------------------------------------------

    def add_note(self, case: str, target: str, text: str, team: str = "") -> int:
        """Keep a note on case (`team`, `case`): on a requirement, fact or document (target such as "Herplaatsing"
        or "D004")."""
        if not text.strip():
            raise StoreError("Een lege notitie wordt niet bewaard.")
        with self._session.begin() as session:
            row = NoteRow(case_name=case, team=team, target=target, text=text.strip(), created=_now())
            session.add(row)
            session.flush()
            return row.id

    def notes(self, case: str, teams: Collection[str] | None = None) -> list[dict]:
        """The notes on the case of this name in `teams` (None: all teams) in the order they were written: target,
        text, created (ISO)."""
        query = select(NoteRow).where(NoteRow.case_name == case, _in_teams(NoteRow.team, teams)).order_by(NoteRow.id)
        with self._session() as session:
            rows = session.scalars(query).all()
        return [{"target": r.target, "text": r.text, "created": r.created} for r in rows]

    # -- deleting a case -------------------------------------------------------------------------------------------

    def delete_case(self, case: str, teams: Collection[str] | None = None, *, user: str) -> bool:
        """Delete the cases of this name in `teams` (None: in every team) — their analyses, notes and the corrections
        made in them, and the batch rows of the name when "" is among the teams (batches are the CLI's) — in one
        transaction, with a "delete" entry in the audit log per team deleted from (the cases' earlier entries stay:
        the log records that a case existed and who deleted it, not its contents).

        False, with nothing deleted or logged, when no team of `teams` holds a case of this name.
        Files derived from the case (its cached text, a model trained on its corrections) are deleted by
        `analyzer.retention.forget_case`, which calls this last.
        """
        with self._session.begin() as session:
            targets = self._case_teams(session, case, teams)
            for team in targets:  # sorted: two deletes take their locks in the same order, so they cannot deadlock
                self._lock(session, team, case)
            logged = False
            for team in targets:
                deleted = {
                    table: session.execute(delete(row).where(row.case_name == case, row.team == team)).rowcount
                    for table, row in (("analyses", AnalysisRow), ("notes", NoteRow), ("corrections", CorrectionRow))
                }
                deleted["batch_cases"] = self._delete_batch_rows(session, case) if team == "" else 0
                if any(deleted.values()):
                    session.add(_audit_row("delete", user=user, case=case, team=team, detail=deleted))
                    logged = True
            return logged

    @staticmethod
    def _delete_batch_rows(session: Session, case: str) -> int:
        """Delete a case's batch rows and take its name out of the batches' case lists; how many rows went."""
        count = session.execute(delete(BatchCaseRow).where(BatchCaseRow.case_name == case)).rowcount
        for batch in session.scalars(
            select(BatchRow).where(BatchRow.case_names.contains(_dump(case), autoescape=True))
        ):
            batch.case_names = _dump([name for name in json.loads(batch.case_names) if name != case])
        return count

    def case_inputs(self, case: str, teams: Collection[str] | None = None) -> list[dict]:
        """Every input file ({file, sha256}) the store knows the case of this name in `teams` (None: all teams) was
        analysed from, once each: from its saved reports (`dossier.inputs`) and its audit entries (an "analyse" entry
        records the inputs of an analysis that may never have been saved). What `analyzer.retention.forget_case`
        removes from the extraction cache."""
        with self._session() as session:
            reports = session.scalars(
                select(AnalysisRow.report)
                .where(AnalysisRow.case_name == case, _in_teams(AnalysisRow.team, teams))
                .order_by(AnalysisRow.id)
            ).all()
        found = [item for raw in reports for item in _report_inputs(raw)]
        found += [item for entry in self.audit_log(case, teams) for item in entry["inputs"]]
        unique = {(str(item.get("file")), item.get("sha256")): None for item in found}
        return [{"file": file, "sha256": sha} for file, sha in unique]

    def inputs_listed_elsewhere(self, case: str, teams: Collection[str] | None, sha256s: Iterable[str]) -> set[str]:
        """Of these SHA-256s, those another case still lists — another name, or this name in a team outside `teams`
        (None: every team's case of this name is ours) — in a saved report, or in an audit entry made since that case
        was last deleted (the log keeps a deleted case's entries, but nothing needs its files any more): the cache
        entries that deleting the case of this name in `teams` must keep. For `analyzer.retention` only: the answer
        is about other teams' cases."""
        wanted = sorted(set(sha256s))

        def ours(name: str | None, team: str | None) -> bool:
            return name == case and (teams is None or team in teams)

        found: set[str] = set()
        with self._session() as session:
            # A few hashes per statement: SQLite limits how deeply an OR of many LIKEs may nest.
            for start in range(0, len(wanted), 100):
                chunk = wanted[start : start + 100]
                reports = session.execute(
                    select(AnalysisRow.case_name, AnalysisRow.team, AnalysisRow.report).where(
                        _lists_any(AnalysisRow.report, chunk)
                    )
                ).all()
                found.update(
                    sha for name, team, raw in reports if not ours(name, team) for sha in _hashes(_report_inputs(raw))
                )
                entries = session.execute(
                    select(AuditRow.id, AuditRow.case_name, AuditRow.team, AuditRow.inputs).where(
                        AuditRow.case_name.is_not(None), _lists_any(AuditRow.inputs, chunk)
                    )
                ).all()
                deleted = self._last_deleted(session, {name for _, name, _, _ in entries})
                found.update(
                    sha
                    for row_id, name, team, raw in entries
                    if not ours(name, team) and row_id > deleted.get((name, team), 0)
                    for sha in _hashes(json.loads(raw))
                )
        return found & set(wanted)

    @staticmethod
    def _last_deleted(session: Session, names: Collection[str]) -> dict[tuple[str, str | None], int]:
        """(case, team) -> the id of its newest "delete" audit entry, for the cases of these names ever deleted."""
        if not names:
            return {}
        rows = session.execute(
            select(AuditRow.case_name, AuditRow.team, func.max(AuditRow.id))
            .where(AuditRow.action == "delete", AuditRow.case_name.in_(list(names)))
            .group_by(AuditRow.case_name, AuditRow.team)
        ).all()
        return {(name, team): newest for name, team, newest in rows}

    def count_corrections(self, case: str, teams: Collection[str] | None = None) -> int:
        """How many corrections were made in the case of this name in `teams` (None: all teams), every one kept, not
        merged: whether a model trained with corrections may hold words of this case."""
        with self._session() as session:
            return (
                session.scalar(
                    select(func.count(CorrectionRow.id)).where(
                        CorrectionRow.case_name == case, _in_teams(CorrectionRow.team, teams)
                    )
                )
                or 0
            )

    # -- audit log -------------------------------------------------------------------------------------------------

    def record(
        self,
        action: str,
        *,
        user: str,
        case: str | None = None,
        team: str | None = None,
        inputs: Iterable[Mapping[str, Any]] = (),
        model_version: str | None = None,
        rules_version: str | None = None,
        detail: Any = None,
    ) -> int:
        """Append an entry to the audit log (action: a key of AUDIT_ACTIONS); returns its id. The entry is of case
        (`team`, `case`); with a case and no team, of the single-user default team "" (never looked up: a case
        of that name may be another team's). `inputs` are {file, sha256} (analyzer.ingest.input_hashes), `detail`
        any JSON value."""
        if action not in AUDIT_ACTIONS:
            raise ValueError(f"unknown audit action {action!r}; expected one of {sorted(AUDIT_ACTIONS)}")
        if team is None and case is not None:
            team = ""
        with self._session.begin() as session:
            row = _audit_row(
                action,
                user=user,
                case=case,
                team=team,
                inputs=inputs,
                model_version=model_version,
                rules_version=rules_version,
                detail=detail,
            )
            session.add(row)
            session.flush()
            return row.id

    def audit_log(self, case: str | None = None, teams: Collection[str] | None = None) -> list[dict]:
        """The audit entries, oldest first: of one case, or all; with `teams`, only entries of those teams."""
        query = select(AuditRow).order_by(AuditRow.id)
        if case is not None:
            query = query.where(AuditRow.case_name == case)
        if teams is not None:
            query = query.where(AuditRow.team.in_(list(teams)))
        with self._session() as session:
            rows = session.scalars(query).all()
        return [
            {
                "id": row.id,
                "at": row.at,
                "user": row.user,
                "action": row.action,
                "case": row.case_name,
                "team": row.team,
                "inputs": json.loads(row.inputs),
                "model_version": row.model_version,
                "rules_version": row.rules_version,
                "detail": None if row.detail is None else json.loads(row.detail),
            }
            for row in rows
        ]

    def audit_csv(self, case: str | None = None, teams: Collection[str] | None = None) -> bytes:
        """The audit log as CSV for Excel: UTF-8 with BOM, ";" between columns, Dutch column names and actions."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(AUDIT_COLUMNS)
        for entry in self.audit_log(case, teams):
            inputs = "\n".join(f"{i['file']} (sha256 {i['sha256'] or 'niet gelezen'})" for i in entry["inputs"])
            cells = [
                entry["id"],
                entry["at"],
                entry["user"],
                AUDIT_ACTIONS.get(entry["action"], entry["action"]),
                entry["case"] or "",
                entry["team"] or "",
                inputs,
                entry["model_version"] or "",
                entry["rules_version"] or "",
                "" if entry["detail"] is None else _dump(entry["detail"]),
            ]
            writer.writerow([_cell(c) for c in cells])
        return buffer.getvalue().encode("utf-8-sig")

    # -- corrections -----------------------------------------------------------------------------------------------

    def add_correction(
        self,
        fingerprint: str,
        doc_type: str | None,
        subtype: str | None,
        date: str | None,
        text: str,
        case: str,
        document: str,
        *,
        team: str = "",
    ) -> None:
        """Keep a user's correction of a document's type and/or date (None: not corrected) in case (`team`, `case`),
        checked first, so a bad label or date never reaches the next analysis or training."""
        if doc_type is not None:
            validate_label(doc_type, subtype)
            if subtype is None and doc_type in SUBTYPES:
                subtype = "other"
        if date is not None:
            try:
                dt.date.fromisoformat(date)
            except ValueError:
                raise StoreError(f"De datum {date!r} is geen geldige datum (JJJJ-MM-DD).") from None
        row = CorrectionRow(
            fingerprint=fingerprint,
            doc_type=doc_type,
            subtype=subtype,
            doc_date=date,
            text=text,
            case_name=case,
            document=document,
            created=_now(),
            team=team,
        )
        with self._session.begin() as session:
            session.add(row)

    def corrections(self, teams: Collection[str] | None = None) -> dict[str, dict]:
        """Per document fingerprint, the latest corrected type and the latest corrected date, of the corrections
        made in cases of `teams` (None: all, as training with corrections uses them).

        Merged exactly like `CorrectionStore.all`: a later date-only correction keeps the earlier type and vice
        versa. The dicts have the fields of `analyzer.classify.corrections.Correction` (`Correction(**d)` works).
        """
        latest: dict[str, dict] = {}
        query = select(CorrectionRow).where(_in_teams(CorrectionRow.team, teams)).order_by(CorrectionRow.id)
        with self._session() as session:
            rows = session.scalars(query).all()
        for row in rows:
            new = {
                "fingerprint": row.fingerprint,
                "doc_type": row.doc_type,
                "subtype": row.subtype,
                "text": row.text,
                "dossier": row.case_name,
                "document": row.document,
                "created": row.created,
                "date": row.doc_date,
            }
            old = latest.get(row.fingerprint)
            if old is not None and new["doc_type"] is None:
                new.update(doc_type=old["doc_type"], subtype=old["subtype"])
            if old is not None and new["date"] is None:
                new["date"] = old["date"]
            latest[row.fingerprint] = new
        return latest

    # -- batch runs ------------------------------------------------------------------------------------------------

    def start_batch(self, root: str, cases: list[str]) -> int:
        """Record a new batch run over `root` (pass the same, resolved, string to find it again) and its cases."""
        row = BatchRow(root=root, case_names=_dump(list(cases)), started=_now(), finished=None)
        with self._session.begin() as session:
            session.add(row)
            session.flush()
            return row.id

    def finish_case(
        self,
        batch_id: int,
        case: str,
        row: dict,
        error: str | None,
        analysis: tuple[dict, str, str] | None = None,
        *,
        team: str = "",
    ) -> None:
        """Commit one finished case at once (a crash later loses nothing); finishing it again replaces it.

        `analysis` (report, source, fingerprint) is saved as one of case (`team`, `case`) in the same transaction: a
        process killed in between leaves either both or neither, never a saved report whose case a resumed batch
        analyses and saves again.
        """
        with self._session.begin() as session:
            self._batch(session, batch_id)
            if analysis is not None:
                self._lock(session, team, case)
                session.add(_analysis_row(case, *analysis, team))
            found = session.scalars(
                select(BatchCaseRow).where(BatchCaseRow.batch_id == batch_id, BatchCaseRow.case_name == case)
            ).first()
            if found is None:
                found = BatchCaseRow(batch_id=batch_id, case_name=case)
                session.add(found)
            found.row_json = _dump(row)
            found.error = error
            found.finished = _now()

    def batch_progress(self, batch_id: int) -> dict[str, dict]:
        """Case name -> table row of every finished case, in the order they finished: what a resume can skip."""
        with self._session() as session:
            self._batch(session, batch_id)
            rows = session.execute(
                select(BatchCaseRow.case_name, BatchCaseRow.row_json)
                .where(BatchCaseRow.batch_id == batch_id)
                .order_by(BatchCaseRow.id)
            ).all()
        return {name: json.loads(raw) for name, raw in rows}

    def find_batch(self, root: str) -> int | None:
        """The newest unfinished batch over `root`, to resume after an interruption; None: start a new one."""
        with self._session() as session:
            return session.scalars(
                select(BatchRow.id)
                .where(BatchRow.root == root, BatchRow.finished.is_(None))
                .order_by(BatchRow.id.desc())
                .limit(1)
            ).first()

    def finish_batch(self, batch_id: int) -> None:
        """Mark the batch complete, so `find_batch` no longer offers it for resuming."""
        with self._session.begin() as session:
            self._batch(session, batch_id).finished = _now()

    @staticmethod
    def _batch(session: Session, batch_id: int) -> BatchRow:
        found = session.get(BatchRow, batch_id)
        if found is None:
            raise StoreError(f"Batch {batch_id} bestaat niet in deze database.")
        return found
