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
Opening a store upgrades an older database in place, one step per version, all in one transaction: a failed
upgrade leaves the database exactly as it was. Nothing is ever dropped.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
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
    event,
    func,
    insert,
    inspect,
    make_url,
    select,
    text,
    update,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from analyzer.labels import SUBTYPES_OF as SUBTYPES
from analyzer.labels import validate_label
from analyzer.paths import data_home

# Environment variable holding an SQLAlchemy URL; unset: SQLite in the data home (`default_url`).
DEFAULT_URL_VARIABLE = "DOSSIER_ANALYZER_DB"

# 1: first layout. 2: batch_cases.error column (failed cases queryable without parsing row JSON).
# 3: notes table (a lawyer's notes on a requirement, a fact or a document of a case).
SCHEMA_VERSION = 3

NEWER_DATABASE_MESSAGE = (
    "De database is aangemaakt door een nieuwere versie van dossier-analyzer; werk het programma bij."
)


class StoreError(Exception):
    """A store problem the user can act on; the message is a Dutch sentence."""


class NewerSchemaError(StoreError):
    """The database was written by a newer program: reading or writing it could corrupt what that version keeps."""


def default_url() -> str:
    """SQLite beside the user's corrections and model, so the store follows DOSSIER_ANALYZER_HOME."""
    return f"sqlite:///{data_home() / 'cases.sqlite'}"


def _analysis_row(case: str, report: dict, source: str, fingerprint: str) -> AnalysisRow:
    readiness = report.get("readiness") or {}
    return AnalysisRow(
        case_name=case,
        source=source,
        fingerprint=fingerprint,
        created=_now(),
        verdict=readiness.get("verdict"),
        score=readiness.get("score"),
        report=_dump(report),
    )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


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


# Upgrade steps by the version they start from; each takes the database one version up. Raw SQL or a table
# written out in the step, on purpose: a step must keep working when the models above describe a later layout.
_UPGRADES: dict[int, Callable[[Connection], None]] = {1: _upgrade_1_to_2, 2: _upgrade_2_to_3}


def _sqlite_engine_hooks(engine: Engine) -> None:
    """Make SQLite transactions real, including DDL, and safe with two programs on one file.

    pysqlite only opens a transaction before INSERT/UPDATE/DELETE, so an ALTER TABLE would commit on its own and
    a failed upgrade could leave a half-upgraded file. We switch its own handling off and emit BEGIN IMMEDIATE
    ourselves: the write lock is taken at the start, so the CLI and the dashboard wait for each other (up to the
    driver's timeout) instead of failing halfway with "database is locked".
    """

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
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
        """Create a new database, or bring an older one up to SCHEMA_VERSION, in a single transaction."""
        with self.engine.begin() as conn:
            tables = set(inspect(conn).get_table_names())
            if "meta" not in tables:
                ours = tables & set(Base.metadata.tables)
                if ours:
                    raise StoreError(
                        f"De database bevat al tabellen ({', '.join(sorted(ours))}) maar geen versie; "
                        "kies een andere database."
                    )
                Base.metadata.create_all(conn)
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

    def save_analysis(self, case: str, report: dict, *, source: str, fingerprint: str) -> int:
        """Keep a report (all of them, not only the latest: a case's history shows how the dossier grew)."""
        row = _analysis_row(case, report, source, fingerprint)
        with self._session.begin() as session:
            session.add(row)
            session.flush()
            return row.id

    def latest_analysis(self, case: str) -> dict | None:
        """The newest report of a case (by insertion order, not by clock: two saves in one second stay ordered)."""
        saved = self.latest_saved(case)
        return None if saved is None else saved[0]

    def latest_saved(self, case: str) -> tuple[dict, str] | None:
        """The newest report of a case with when it was saved (ISO), for comparing a new version with it."""
        with self._session() as session:
            row = session.execute(
                select(AnalysisRow.report, AnalysisRow.created)
                .where(AnalysisRow.case_name == case)
                .order_by(AnalysisRow.id.desc())
                .limit(1)
            ).first()
        return None if row is None else (json.loads(row.report), row.created)

    def cases(self) -> list[dict]:
        """One row per case, by name: name, last_analysed (ISO), verdict and score of the newest analysis, analyses."""
        counts = (
            select(AnalysisRow.case_name, func.max(AnalysisRow.id).label("newest"), func.count().label("analyses"))
            .group_by(AnalysisRow.case_name)
            .subquery()
        )
        query = (
            select(
                AnalysisRow.case_name, AnalysisRow.created, AnalysisRow.verdict, AnalysisRow.score, counts.c.analyses
            )
            .join(counts, AnalysisRow.id == counts.c.newest)
            .order_by(AnalysisRow.case_name)
        )
        with self._session() as session:
            rows = session.execute(query).all()
        return [
            {
                "name": name,
                "last_analysed": created,
                "verdict": verdict,
                # The score column is a float (the schema allows any number); scores are whole numbers in practice.
                "score": int(score) if score is not None and float(score).is_integer() else score,
                "analyses": count,
            }
            for name, created, verdict, score, count in rows
        ]

    # -- notes -----------------------------------------------------------------------------------------------------

    def add_note(self, case: str, target: str, text: str) -> int:
        """Keep a note on a case's requirement, fact or document (target such as "Herplaatsing" or "D004")."""
        if not text.strip():
            raise StoreError("Een lege notitie wordt niet bewaard.")
        with self._session.begin() as session:
            row = NoteRow(case_name=case, target=target, text=text.strip(), created=_now())
            session.add(row)
            session.flush()
            return row.id

    def notes(self, case: str) -> list[dict]:
        """A case's notes in the order they were written: target, text, created (ISO)."""
        with self._session() as session:
            rows = session.scalars(select(NoteRow).where(NoteRow.case_name == case).order_by(NoteRow.id)).all()
        return [{"target": r.target, "text": r.text, "created": r.created} for r in rows]

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
    ) -> None:
        """Keep a user's correction of a document's type and/or date (None: not corrected), checked first, so a
        bad label or date never reaches the next analysis or training."""
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
        )
        with self._session.begin() as session:
            session.add(row)

    def corrections(self) -> dict[str, dict]:
        """Per document fingerprint, the latest corrected type and the latest corrected date.

        Merged exactly like `CorrectionStore.all`: a later date-only correction keeps the earlier type and vice
        versa. The dicts have the fields of `analyzer.classify.corrections.Correction` (`Correction(**d)` works).
        """
        latest: dict[str, dict] = {}
        with self._session() as session:
            rows = session.scalars(select(CorrectionRow).order_by(CorrectionRow.id)).all()
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
        self, batch_id: int, case: str, row: dict, error: str | None, analysis: tuple[dict, str, str] | None = None
    ) -> None:
        """Commit one finished case at once (a crash later loses nothing); finishing it again replaces it.

        `analysis` (report, source, fingerprint) is saved in the same transaction: a process killed in between
        leaves either both or neither, never a saved report whose case a resumed batch analyses and saves again.
        """
        with self._session.begin() as session:
            self._batch(session, batch_id)
            if analysis is not None:
                session.add(_analysis_row(case, *analysis))
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
