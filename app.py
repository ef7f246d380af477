"""Streamlit dashboard: a thin face on the same pipeline the CLI runs (analyzer.pipeline)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass
import json
import logging
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from analyzer import labels
from analyzer.access import (
    AccessError,
    AccessSettings,
    User,
    access_settings,
    authenticate,
    load_users,
    serving_refused,
    upload_refused,
    user_for_identity,
)
from analyzer.batch import analyze_cases, unpack
from analyzer.classify import CorrectionStore, apply_corrections, model_version
from analyzer.dossier import Dossier
from analyzer.facts.people import people_from_dict, people_lines
from analyzer.pipeline import AnalysisSettings, ProgressEvent, analyze, progress_text, rescore, save_case
from analyzer.report import build_report, render_markdown, render_pdf
from analyzer.report.chronology import chronology_csv, chronology_xlsx
from analyzer.report.compare import compare_reports, comparison_lines
from analyzer.report.drafts import productielijst_docx, verweerschrift_docx, verzoekschrift_docx
from analyzer.report.facts_text import REPEATS_NOTE, date_nl, fact_lines, related_lines, similar_lines
from analyzer.report.page_image import page_png, source_pdf
from analyzer.report.redact import redact_report
from analyzer.report.tables import case_row, documents_frame, excel_bytes
from analyzer.report.verdict_text import SCORE_NOTE, long_date_nl, note_line, requirement_paragraph, trajectory_line
from analyzer.retention import forget_case
from analyzer.score.parameters import rules_version
from analyzer.severance import SalaryInput, SeveranceError, estimate_lines, format_eur, transition_payment
from analyzer.store import AUDIT_ACTIONS, CaseStore, StoreError

log = logging.getLogger(__name__)
SAMPLES = Path(__file__).parent / "sample_dossiers"
# The part of a dossier's progress bar each stage fills: reading (and OCR), counted in pages, takes the most time.
STAGE_SHARES = {
    "extract": (0.0, 0.6),
    "segment": (0.6, 0.7),
    "date": (0.7, 0.8),
    "classify": (0.8, 0.85),
    "duplicates": (0.85, 0.9),
    "facts": (0.9, 1.0),
}
# Material icons ship with Streamlit's front end (no emoji font or network needed).
STATUS_ICON = {
    "met": ":green[:material/check_circle:]",
    "doubtful": ":orange[:material/warning:]",
    "not_met": ":red[:material/cancel:]",
}
VERDICT_COLOUR = {"ready": "green", "at_risk": "orange", "not_ready": "red"}
# What a case name may hold: it becomes a folder and a file name.
CASE_NAME = re.compile(r"[^\w .-]+")
# Streamlit greys captions to a contrast of 3.9:1; WCAG AA (and the axe check in tests/test_browser.py) asks 4.5:1.
READABLE_CAPTIONS = "<style>[data-testid='stCaptionContainer'] { color: #5c5b5a; opacity: 1; }</style>"
# Vega's own month names are English ("Dec 11"): the axis writes the Dutch ones itself.
DUTCH_MONTH_AXIS = (
    "['jan','feb','mrt','apr','mei','jun','jul','aug','sep','okt','nov','dec'][month(datum.value)]"
    " + ' ' + year(datum.value)"
)
PERSPECTIVE = {"Werkgever (wat moet er nog gebeuren)": "werkgever", "Advocaat werknemer (aanvalspunten)": "werknemer"}
TYPE_BY_LABEL = {label: code for code, label in labels.DOC_TYPES.items()}
ERROR_ADVICE = "Controleer de bestanden en probeer het opnieuw; blijft het misgaan, analyseer de bestanden dan los."


# ----------------------------------------------------------------------------------------------- state


def settings() -> AnalysisSettings:
    # The dashboard's server runs many threads: its reading workers start from a fork server (analyzer/ingest/parallel.py).
    return AnalysisSettings(perspective=st.session_state.get("perspective", "werkgever"), worker_start="forkserver")


# ---------------------------------------------------------------------------------------------- access


def current_user() -> User | None:
    """The signed-in user; None when access control is off (one user on this computer)."""
    return st.session_state.get("user")


def visible_teams() -> tuple[str, ...] | None:
    """The teams whose cases may be shown; None: every case (access control off)."""
    user = current_user()
    return None if user is None else user.teams


def owning_team() -> str:
    """The team a case saved now belongs to ("" without access control)."""
    user = current_user()
    if user is None:
        return ""
    return st.session_state.get("team") or user.teams[0]


def user_name() -> str:
    """Who acts, for the audit log: the signed-in user, or the account on this computer."""
    user = current_user()
    return user.name if user else getpass.getuser()


def audit(action: str, case: str | None, *, inputs: list[dict] | None = None, **detail: Any) -> None:
    """Append to the audit log (analyse, view, correct, export, save, note, delete) with the versions in use."""
    record(action, case, user_name(), owning_team(), inputs=inputs, **detail)


def record(action: str, case: str | None, user: str, team: str, *, inputs: list[dict] | None = None, **detail: Any) -> None:  # fmt: skip
    """An audit entry for a user and team given (an export's file is made outside the script run, where the
    session is not at hand). A store that cannot be written does not stop the lawyer's work; the log file keeps the
    failure."""
    try:
        with CaseStore() as store:
            store.record(
                action,
                user=user,
                case=case,
                team=team,
                inputs=inputs or (),
                model_version=model_version(),
                rules_version=rules_version(),
                detail=detail or None,
            )
    except StoreError:
        log.exception("audit entry %s for %s not written", action, case)


def sign_in(access: AccessSettings) -> bool:
    """Whether the page may be shown: always without access control, else once the user is signed in."""
    if access.mode == "off":
        return True
    users = load_users(access.users_file)
    if access.mode == "oidc":
        if not st.user.is_logged_in:
            st.info("Meld u aan met het account van uw kantoor om dossiers te bekijken.")
            st.button("Aanmelden", on_click=st.login, type="primary")
            return False
        user = user_for_identity(users, st.user.get("email"))
        if user is None:
            st.error(
                "U bent aangemeld, maar hoort bij geen team van dit dashboard. Vraag de beheerder u toe te voegen."
            )
            st.button("Afmelden", on_click=st.logout)
            return False
        st.session_state["user"] = user
        return True
    if current_user() is not None:
        return True
    with st.form("sign-in"):
        st.markdown("#### Aanmelden")
        name = st.text_input("Gebruikersnaam")
        password = st.text_input("Wachtwoord", type="password")
        if st.form_submit_button("Aanmelden", type="primary"):
            user = authenticate(users, name, password)
            if user is None:
                st.error("Gebruikersnaam of wachtwoord onjuist.")
            else:
                st.session_state["user"] = user
                st.rerun()
    return False


def sign_out() -> None:
    for key in list(st.session_state):
        del st.session_state[key]
    if access_settings().mode == "oidc":
        st.logout()


def forget_upload() -> None:
    """Uploaded files are kept only while the session shows them."""
    folder = st.session_state.pop("upload_dir", None)
    if folder is not None:
        folder.cleanup()


def keep_upload(files: list) -> Path:
    forget_upload()
    folder = tempfile.TemporaryDirectory(prefix="dossier-")
    st.session_state["upload_dir"] = folder
    chosen = CASE_NAME.sub("_", st.session_state.get("case_name", "")).strip("._ ")
    name = chosen or (Path(files[0].name).stem if len(files) == 1 else f"dossier_{dt.date.today():%Y%m%d}")
    root = Path(folder.name) / name
    root.mkdir()
    for upload in files:
        (root / Path(upload.name).name).write_bytes(upload.getvalue())
    only = [p for p in root.iterdir()]
    if len(only) == 1 and only[0].suffix.lower() == ".zip":
        return only[0].rename(root / f"{name}.zip") if chosen else only[0]  # the case is called as the user chose
    return root


def bar_share(event: ProgressEvent) -> float:
    """How full a dossier's progress bar is at this event."""
    start, end = STAGE_SHARES.get(event.stage, (0.95, 0.95))
    return start + (end - start) * event.fraction


def open_dossier(root: Path) -> None:
    """Analyse with a progress bar per stage, pages read and time left; errors become a Dutch message, never a
    stack trace."""
    bar = st.progress(0.0, text="Analyse starten…")

    def progress(event: ProgressEvent) -> None:
        bar.progress(bar_share(event), text=progress_text(event))

    try:
        # a team's own corrections only: another team's would tell it someone corrected this very document
        corrections = None if current_user() is None else CorrectionStore().all(teams=visible_teams())
        dossier = analyze(root, settings(), progress=progress, corrections=corrections)
    except Exception:  # noqa: BLE001 — the user gets a sentence, the log gets the trace
        log.exception("analysis of %s failed", root)
        bar.empty()
        st.session_state["error"] = f"Het dossier kon niet worden geanalyseerd. {ERROR_ADVICE}"
        return
    bar.progress(1.0, text="Analyse klaar")
    audit("analyse", dossier.name, inputs=[{"file": i.path, "sha256": i.sha256} for i in dossier.inputs])
    st.session_state.update(dossier=dossier, root=root, evidence=None, error=None, pending_mode="Eén dossier")


def report() -> dict[str, Any]:
    return build_report(st.session_state["dossier"])


# ------------------------------------------------------------------------------------------- overview


def show_verdict(rep: dict[str, Any]) -> None:
    """What a court would likely do and the requirement it turns on, first under the name; then the five
    requirements as one strip, then the counts."""
    dossier, readiness = rep["dossier"], rep["readiness"]
    st.subheader(f"Dossier: {dossier['name']}")
    verdict = labels.VERDICTS.get(readiness["verdict"] or "", "niet beoordeeld")
    colour = VERDICT_COLOUR.get(readiness["verdict"] or "", "gray")
    st.markdown(f":{colour}-background[**{verdict}**] {readiness.get('forecast') or ''}")
    show_strip(rep)
    left, middle, right = st.columns([4, 1, 1])
    left.metric("Oordeel", verdict)
    middle.metric("Documenten", len(rep["documents"]))
    right.metric("Pagina's", dossier["pages"])
    st.caption(f"{dossier['files']} bestand(en) gelezen.")
    if readiness.get("score") is not None:
        st.caption(f"Dossierscore {readiness['score']:.0f} van 100. {SCORE_NOTE}")
    st.caption(labels.DISCLAIMER)


def show_strip(rep: dict[str, Any]) -> None:
    """The five requirements side by side; the ones the verdict turns on are marked."""
    criteria = rep["criteria"]
    if not criteria:
        return
    deciding = rep["readiness"].get("deciding") or []
    for column, (key, criterion) in zip(st.columns(len(criteria)), criteria.items(), strict=True):
        status = criterion["status"]
        mark = "  \n**beslissend**" if key in deciding else ""
        column.markdown(f"{STATUS_ICON[status]} {labels.CRITERIA[key]}  \n{labels.STATUSES[status]}{mark}")


def show_evidence(rep: dict[str, Any], evidence: dict[str, Any]) -> None:
    """The source page with the passage marked, and the document's text."""
    doc = next(d for d in rep["documents"] if d["id"] == evidence["document"])
    st.markdown(
        f"**Bron: {evidence['document']} — {doc['file']}"
        + (f", pagina {evidence['page']}**" if evidence["page"] else "**")
    )
    st.markdown(f"> {evidence['quote']}")
    pdf = source_pdf(st.session_state["root"], doc["file"], doc.get("attachment")) if evidence["page"] else None
    if pdf is not None:
        png, marked = page_png(pdf, evidence["page"], evidence["quote"])
        st.image(
            png,
            caption="Gemarkeerd: de geciteerde passage" if marked else "Gescande pagina: de passage staat hierboven",
        )
    text = next(d for d in st.session_state["dossier"].documents if d.id == doc["id"]).text
    with st.expander("Tekst van het document"):
        st.text(text)


def show_criteria(rep: dict[str, Any]) -> None:
    """Each requirement with its reasons and quotes, the deciding ones first."""
    deciding = rep["readiness"].get("deciding") or []
    ordered = sorted(rep["criteria"].items(), key=lambda item: item[0] not in deciding)
    for key, criterion in ordered:
        with st.container(border=True):
            st.markdown(
                f"#### {STATUS_ICON[criterion['status']]} {labels.CRITERIA[key]}: {labels.STATUSES[criterion['status']]}"
            )
            st.write(requirement_paragraph(criterion))
            for number, item in enumerate(criterion["evidence"]):
                where = f"{item['document']}" + (f", p. {item['page']}" if item["page"] else "")
                if st.button(f"“{item['quote'][:110]}” ({where})", key=f"ev-{key}-{number}"):
                    st.session_state["evidence"] = {**item, "criterion": key}
            selected = st.session_state.get("evidence")
            if selected and selected.get("criterion") == key:
                show_evidence(rep, selected)


def show_similar(rep: dict[str, Any]) -> None:
    """The published decisions closest to this dossier, each with its link and what it shares with the dossier."""
    lines = similar_lines(rep)
    if not lines:
        return
    st.markdown("#### Vergelijkbare uitspraken")
    for ruling, line in zip(rep["similar_rulings"], lines, strict=True):
        st.markdown(f"- [{ruling['ecli']}]({ruling['link']}) — {line.split(': ', 1)[1]}")


def show_people(rep: dict[str, Any]) -> None:
    """Who is who: each person's role and the documents they wrote, signed, attended or received; a change of
    manager first (a court weighs it)."""
    people = people_from_dict(rep.get("people") or [])
    if not people:
        return
    st.markdown("#### Wie is wie")
    lines = people_lines(people)
    if lines[0].startswith("leidinggevende gewisseld"):
        st.warning(lines.pop(0).capitalize())
    st.markdown("\n".join(f"- {line}" for line in lines))


def show_facts(rep: dict[str, Any]) -> None:
    """What the file shows happened, per theme: click a fact to see the page it rests on. Check the reading here."""
    grouped = fact_lines(rep.get("facts") or {})
    if not grouped:
        st.info("In dit dossier zijn geen feiten gevonden.")
        return
    st.caption(
        "Elk feit rust op een zin uit het dossier. Klik op een feit om de pagina te zien; klopt een lezing niet, "
        "corrigeer dan de soort of datum van het document onder 'Documenten'."
    )
    selected = st.session_state.get("fact")
    for heading, facts in grouped.items():
        st.markdown(f"#### {heading}")
        for fact in facts:
            date = date_nl(fact.date) if fact.date else "zonder datum"
            who = f" — {fact.speaker}" if fact.speaker else ""
            label = f"{date}: {fact.text}" + (f" ({fact.document}{who})" if fact.document else "")
            if st.button(label, key=f"fact-{fact.id}", disabled=fact.document is None):
                st.session_state["fact"] = selected = fact.id
            if selected == fact.id and fact.document:
                show_evidence(rep, {"document": fact.document, "page": fact.page, "quote": fact.quote or ""})
    unreadable = (rep.get("facts") or {}).get("unreadable") or []
    if unreadable:
        st.warning("Niet te lezen of te dateren: " + "; ".join(unreadable) + ".")


def saved_version(name: str) -> tuple[dict[str, Any], str] | None:
    """The newest analysis of this case in the case store, with its date; None when there is none (or no store)."""
    try:
        with CaseStore() as store:
            return store.latest_saved(name, teams=visible_teams())
    except StoreError:
        return None


def show_changes(rep: dict[str, Any]) -> None:
    """This version beside the one saved before: requirements side by side, documents added, gaps closed."""
    saved = saved_version(rep["dossier"]["name"])
    if saved is None:
        return
    before, when = saved
    comparison = compare_reports(before, rep)
    with st.container(border=True):
        st.markdown(f"#### Vergeleken met de bewaarde versie van {long_date_nl(when[:10])}")
        st.dataframe(
            pd.DataFrame(
                {
                    "vereiste": labels.CRITERIA[key],
                    "bewaarde versie": labels.STATUSES.get(old or "", "–"),
                    "nu": labels.STATUSES.get(new or "", "–"),
                }
                for key, old, new in comparison.requirements
            ),
            hide_index=True,
        )
        st.markdown("\n".join(f"- {line}" for line in comparison_lines(comparison)))


def case_notes(name: str) -> list[dict[str, Any]]:
    """The notes kept for this case on this computer ([] without a case store)."""
    try:
        with CaseStore() as store:
            return store.notes(name, teams=visible_teams())
    except StoreError:
        return []


def show_notes(rep: dict[str, Any]) -> None:
    """Notes on a requirement, a fact or a document; kept in the case store on this computer, printed in the memo."""
    name = rep["dossier"]["name"]
    st.markdown("#### Notities")
    st.caption(
        "Notities blijven op deze computer (in de dossieropslag) en komen in het memo; er gaat niets naar buiten."
    )
    facts = [
        f"Feit {fact.id}: {fact.text[:70]}" for group in fact_lines(rep.get("facts") or {}).values() for fact in group
    ]
    documents = [f"{d['id']} — {d['file']}" for d in rep["documents"]]
    targets = ["Het hele dossier", *labels.CRITERIA.values(), *documents, *facts]
    target = st.selectbox("Over", targets, key="note-target")
    text = st.text_area("Notitie", key="note-text")
    if st.button("Notitie bewaren", key="note-save"):
        try:
            with CaseStore() as store:
                store.add_note(name, target, text, team=owning_team())
            audit("note", name, target=target)
        except StoreError as err:
            st.session_state["error"] = str(err)
        else:
            st.session_state["notice"] = "De notitie is bewaard."
        st.rerun()
    for note in case_notes(name):
        st.markdown(f"- {note_line(note)}")


def show_overview(rep: dict[str, Any]) -> None:
    show_changes(rep)
    show_criteria(rep)
    show_similar(rep)
    if rep["recommendations"]:
        heading = "Aanvalspunten (zwaarste eerst)" if rep.get("perspective") == "werknemer" else "Vervolgstappen"
        st.markdown(f"#### {heading}")
        st.markdown("\n".join(f"{i}. {r}" for i, r in enumerate(rep["recommendations"], 1)))
    show_notes(rep)
    if rep["warnings"]:
        st.markdown("#### Waarschuwingen")
        for warning in rep["warnings"]:
            st.warning(warning)


# ------------------------------------------------------------------------------------------- timeline


def show_timeline(rep: dict[str, Any]) -> None:
    if not rep["timeline"]:
        st.info("Geen gedateerde documenten.")
        return
    events = pd.DataFrame(rep["timeline"])
    events["soort"] = [labels.DOC_TYPES.get(t, "Onbekend") for t in events["type"]]
    events["datum"] = pd.to_datetime(events["date"])
    events["dag"] = [long_date_nl(d) for d in events["date"]]
    points = (
        alt.Chart(events)
        .mark_circle(size=140)
        .encode(
            x=alt.X("datum:T", title="Datum", axis=alt.Axis(labelExpr=DUTCH_MONTH_AXIS, tickCount="month")),
            y=alt.Y("soort:N", title=None),
            color=alt.Color("soort:N", legend=None),
            tooltip=[alt.Tooltip("dag:N", title="datum"), "document", alt.Tooltip("event:N", title="gebeurtenis")],
        )
    )
    phases = rep.get("phases") or {}
    chart = points
    if phases.get("trajectory_start"):
        end = phases.get("trajectory_end") or phases.get("planned_end") or rep["timeline"][-1]["date"]
        band = pd.DataFrame(
            [{"start": phases["trajectory_start"], "einde": end, "fase": "verbetertraject",
              "van": long_date_nl(phases["trajectory_start"]), "tot": long_date_nl(end)}]
        )  # fmt: skip
        shade = (
            alt.Chart(band)
            .mark_rect(opacity=0.15, color="orange")
            .encode(x="start:T", x2="einde:T", tooltip=["fase", "van", "tot"])
        )
        chart = shade + points
        st.caption(f"{trajectory_line(phases)} (oranje in de grafiek)")
    st.altair_chart(chart.properties(height=320), width="stretch")
    st.dataframe(
        events[["dag", "document", "event"]].rename(columns={"dag": "datum", "event": "gebeurtenis"}), hide_index=True
    )


# ------------------------------------------------------------------------------------------ documents


def correct_document(doc_id: str, type_label: str | None, date: dt.date | None) -> None:
    """Store the user's correction of a document's type and/or date and score again at once."""
    dossier: Dossier = st.session_state["dossier"]
    doc = next(d for d in dossier.documents if d.id == doc_id)
    new_type = TYPE_BY_LABEL.get(type_label or "")
    new_type = new_type if new_type != doc.doc_type else None
    new_date = date if date != doc.date else None
    if new_type is None and new_date is None:
        st.session_state["notice"] = "Er is niets gewijzigd."
        return
    CorrectionStore().add(
        doc.text, new_type, None, dossier=dossier.name, document=doc.id, date=new_date, team=owning_team()
    )
    corrected = apply_corrections([doc], CorrectionStore().all(teams=visible_teams()))[0]
    documents = tuple(corrected if d.id == doc_id else d for d in dossier.documents)
    st.session_state["dossier"] = rescore(dataclasses.replace(dossier, documents=documents), settings())
    audit("correct", dossier.name, document=doc_id, doc_type=new_type, date=new_date.isoformat() if new_date else None)
    st.session_state["notice"] = f"Correctie van {doc_id} bewaard; het oordeel is opnieuw bepaald."


def show_related(rep: dict[str, Any]) -> None:
    """Repeats and quoting e-mails, collapsed under the document they repeat: visible, not counted twice."""
    related = related_lines(rep)
    if not related:
        return
    repeats = sum(1 for d in rep["documents"] if d.get("duplicate_of"))
    groups = f"{len(related)} groep" if len(related) == 1 else f"{len(related)} groepen"
    with st.expander(f"Dubbele documenten en e-mailreeksen ({repeats} dubbel, {groups})"):
        st.caption(REPEATS_NOTE)
        for line in related:
            st.markdown(f"- {line}")


def show_documents(rep: dict[str, Any]) -> None:
    # A repeat of another document is listed under it (show_related), not as a row of its own.
    frame = documents_frame({**rep, "documents": [d for d in rep["documents"] if not d.get("duplicate_of")]})
    frame = frame.drop(columns=["dubbel van"])
    frame["datum"] = pd.to_datetime(frame["datum"].replace("", None))
    frame["zekerheid"] = (frame["zekerheid"] * 100).round()
    st.dataframe(
        frame,
        hide_index=True,
        width="stretch",
        column_config={
            # Dutch day-month-year, and a percentage rather than "0.95" (a decimal point reads wrong in Dutch).
            "datum": st.column_config.DateColumn("datum", format="DD-MM-YYYY"),
            "zekerheid": st.column_config.ProgressColumn("zekerheid", min_value=0, max_value=100, format="%d%%"),
        },
    )
    show_related(rep)
    readable = [d for d in rep["documents"] if d["extraction"] != "failed"]
    if not readable:
        return
    st.markdown("#### Corrigeer een document")
    st.caption(
        "Vergist de analyse zich in de soort of de datum? Het oordeel wordt direct opnieuw bepaald en de "
        "correctie wordt bewaard voor de volgende analyse van dit document en voor het hertrainen."
    )
    choice = st.selectbox(
        "Document",
        [d["id"] for d in readable],
        key="correct-doc",
        format_func=lambda i: f"{i} — {next(d['title'] or d['file'] for d in readable if d['id'] == i)}",
    )
    doc = next(d for d in readable if d["id"] == choice)
    left, right = st.columns(2)
    current = labels.DOC_TYPES.get(doc["doc_type"] or "", labels.DOC_TYPES["other"])
    type_label = left.selectbox(
        "Soort",
        list(labels.DOC_TYPES.values()),
        index=list(labels.DOC_TYPES.values()).index(current),
        key=f"correct-type-{choice}",
    )
    date = right.date_input(
        "Datum",
        value=dt.date.fromisoformat(doc["date"]) if doc["date"] else None,
        format="DD-MM-YYYY",
        key=f"correct-date-{choice}",
    )
    if st.button("Correctie opslaan", type="primary", key="correct-save"):
        correct_document(choice, type_label, date)
        st.rerun()


# ----------------------------------------------------------------------------------------------- costs


def expected_end(rep: dict[str, Any]) -> dt.date:
    """A first guess at the last day in service: today plus the statutory notice period (the court takes it into
    account when it sets the end date), one month when the length of service is unknown."""
    months = (rep.get("phases") or {}).get("notice_months") or 1
    return (pd.Timestamp.today() + pd.DateOffset(months=months)).date()


def show_costs(rep: dict[str, Any]) -> None:
    """The transition payment estimate from the dates and salary the dossier states, each open to the user."""
    st.markdown("#### Transitievergoeding (schatting)")
    st.caption(
        "Een schatting op basis van art. 7:673 BW; controleer de uitkomst aan de hand van de loonstroken. "
        "De datum in dienst en het salaris komen uit het dossier waar het die noemt; pas ze aan waar nodig."
    )
    employment = (rep.get("facts") or {}).get("employment") or {}
    stated = rep.get("salary")
    left, right = st.columns(2)
    start = left.date_input(
        "Datum in dienst",
        value=dt.date.fromisoformat(employment["start"]) if employment.get("start") else None,
        format="DD-MM-YYYY",
        key="cost-start",
    )
    end = right.date_input(
        "Laatste dag in dienst (verwacht)", value=expected_end(rep), format="DD-MM-YYYY", key="cost-end"
    )
    salary = left.number_input(
        "Bruto maandsalaris (€)", min_value=0.0, value=stated["amount"] if stated else 0.0, step=50.0, key="cost-salary"
    )
    factor = right.number_input(
        "Deeltijdfactor (alleen als het salaris links het voltijdsalaris is)",
        min_value=0.05,
        max_value=1.0,
        value=1.0,
        step=0.05,
        key="cost-factor",
    )
    holiday = left.number_input("Vakantiebijslag (%)", min_value=0.0, value=8.0, step=0.5, key="cost-holiday")
    extras = right.number_input("Vaste eindejaarsuitkering of 13e maand per jaar (€)", min_value=0.0, value=0.0, key="cost-extras")  # fmt: skip
    variable = left.number_input(
        "Gemiddelde variabele beloning per jaar (€), over de laatste drie kalenderjaren", min_value=0.0, value=0.0, key="cost-variable"
    )  # fmt: skip
    if stated:
        st.caption(f"Salaris uit het dossier: “{stated['quote']}” ({stated['document']}).")
    if not start or not end or not salary:
        st.info("Vul de datum in dienst, de verwachte laatste dag en het bruto maandsalaris in voor een schatting.")
        return
    try:
        inputs = SalaryInput(
            salary,
            holiday_allowance_pct=holiday,
            fixed_annual_extras=extras,
            variable_pay_per_year=variable,
            part_time_factor=factor if factor < 1 else None,
        )
        estimate = transition_payment(start, end, inputs)
    except SeveranceError as error:
        st.warning(str(error))
        return
    st.metric("Transitievergoeding, bruto (schatting)", format_eur(estimate.amount))
    st.markdown("\n".join(f"- {line}" for line in estimate_lines(estimate)[1:]))


# ------------------------------------------------------------------------------------------ downloads


def show_downloads(analysis: dict[str, Any]) -> None:
    """The export buttons; pseudonymisation applies to the downloads only, the store keeps the analysis itself."""
    name = analysis["dossier"]["name"]
    rep = noted = {**analysis, "notes": case_notes(name)}
    if st.checkbox("Pseudonimiseer de downloads (namen, adressen, telefoon, e-mail, geboortedata, BSN)", key="redact"):
        with st.spinner("Persoonsgegevens worden vervangen…"):
            rep = redact_report(noted)
    if st.button("Bewaar deze analyse in de dossieropslag", key="save-case"):
        try:
            save_case(analysis, st.session_state["root"], team=owning_team())
        except StoreError as err:
            st.session_state["error"] = str(err)
        else:
            audit("save", name)
            st.session_state["notice"] = f"De analyse van {name} is bewaard in de dossieropslag."
        st.rerun()
    cols = st.columns(4)
    export_button(cols[0], "Memo (PDF)", lambda: render_pdf(rep), name, "pdf", "application/pdf")
    export_button(cols[1], "Rapport (JSON)", lambda: json.dumps(rep, ensure_ascii=False, indent=2), name, "json", "application/json")  # fmt: skip
    export_button(cols[2], "Rapport (Markdown)", lambda: render_markdown(rep), name, "md", "text/markdown")
    export_button(cols[3], "Documenten (Excel)", lambda: excel_bytes([("documenten", documents_frame(rep))]), name, "documenten.xlsx", XLSX)  # fmt: skip
    show_drafts(rep, name)
    show_case_log(name)
    show_delete(name)


def show_case_log(name: str) -> None:
    """This case's audit log (of the user's teams), read-only, and its export."""
    with CaseStore() as store:
        entries = store.audit_log(name, teams=visible_teams())
        exported = store.audit_csv(name, teams=visible_teams())
    st.markdown("#### Logboek van deze zaak")
    st.caption(
        "Wie deze zaak analyseerde, bekeek, corrigeerde, exporteerde, bewaarde of verwijderde, met de versies van "
        "het model en de regels. Het logboek kan niet worden gewijzigd of gewist."
    )
    if entries:
        st.dataframe(
            pd.DataFrame(
                {
                    "tijdstip (UTC)": e["at"][:19].replace("T", " "),
                    "gebruiker": e["user"],
                    "handeling": AUDIT_ACTIONS.get(e["action"], e["action"]),
                    "details": ", ".join(f"{k}: {v}" for k, v in (e["detail"] or {}).items() if v),
                }
                for e in entries
            ),
            hide_index=True,
            width="stretch",
        )
    export_button(st, "Logboek (CSV)", lambda: exported, name, "logboek.csv", "text/csv")


def show_delete(name: str) -> None:
    """Delete the case from the store with everything derived from it (retention); the log keeps that it was."""
    st.markdown("#### Zaak verwijderen")
    st.caption(
        "Verwijdert uit de dossieropslag alle bewaarde analyses, notities en correcties van deze zaak en de gelezen "
        "tekst van haar bestanden. Het logboek houdt vast dat de zaak is verwijderd, en door wie."
    )
    sure = st.checkbox(f"Ja, verwijder '{name}' met alles wat ervan is afgeleid", key="delete-sure")
    if st.button("Zaak verwijderen", disabled=not sure, key="delete-case"):
        teams = None if current_user() is None else (owning_team(),)
        with CaseStore() as store:
            forgotten = forget_case(name, store, user=user_name(), teams=teams)
        st.session_state["notice" if forgotten else "error"] = forgotten.message
        st.rerun()


WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def export_button(place: Any, label: str, make: Callable[[], str | bytes], case: str, what: str, mime: str) -> None:
    """A download whose file is made when the user clicks it, not at every rerun of the page, and whose export is
    logged then. The click does not rerun the page: a rerun used to replace the file while the browser fetched it.
    `what` is the file's kind and the end of its name ("pdf", "chronologie.csv")."""
    user, team = user_name(), owning_team()

    def made() -> str | bytes:
        record("export", case, user, team, what=what)
        return make()

    file_name = f"{case}-{what}" if "." in what else f"{case}.{what}"
    place.download_button(label, made, file_name=file_name, mime=mime, on_click="ignore")


def show_drafts(rep: dict[str, Any], name: str) -> None:
    """Editable drafts for the side the analysis was made for, the exhibit list and the chronology."""
    st.markdown("#### Concepten voor de procedure")
    st.caption(
        "Bewerkbare Word-concepten uit deze analyse, met de producties in datumvolgorde. Een concept is geen "
        "processtuk: laat het door een advocaat controleren en aanvullen. De chronologie (CSV of Excel) heeft per "
        "productie de datum, een samenvatting en een verwijzing naar het bestand en de pagina."
    )
    cols = st.columns(4)
    if rep.get("perspective") == "werknemer":
        export_button(cols[0], "Concept-verweerschrift (Word)", lambda: verweerschrift_docx(rep), name, "verweerschrift.docx", WORD)  # fmt: skip
    else:
        export_button(cols[0], "Concept-verzoekschrift (Word)", lambda: verzoekschrift_docx(rep), name, "verzoekschrift.docx", WORD)  # fmt: skip
    export_button(cols[1], "Productielijst (Word)", lambda: productielijst_docx(rep), name, "productielijst.docx", WORD)
    export_button(cols[2], "Chronologie (CSV)", lambda: chronology_csv(rep), name, "chronologie.csv", "text/csv")
    export_button(cols[3], "Chronologie (Excel)", lambda: chronology_xlsx(rep), name, "chronologie.xlsx", XLSX)


# ---------------------------------------------------------------------------------------------- batch


def run_batch(root: Path) -> None:
    """Two bars: the dossiers (n of N, its name, time left) and the stages of the dossier being read."""
    bar = st.progress(0.0, text="Batch starten…")
    stages = st.empty()

    def progress(event: ProgressEvent) -> None:
        if event.stage == "dossier":
            bar.progress(event.fraction, text=progress_text(event))
        else:
            stages.progress(bar_share(event), text=progress_text(event))

    results = list(analyze_cases(root, settings(), progress))
    stages.empty()
    bar.progress(1.0, text=f"{len(results)} dossiers geanalyseerd")
    st.session_state["batch"] = results


def show_saved_cases() -> None:
    """The cases kept in the store (by the dashboard, `analyze --save` or a batch)."""
    with CaseStore() as store:
        saved = store.cases(teams=visible_teams())
    if saved:
        st.markdown("#### Bewaarde dossiers")
        table = pd.DataFrame(saved).rename(
            columns={
                "name": "dossier",
                "last_analysed": "laatst geanalyseerd",
                "verdict": "oordeel",
                "analyses": "analyses",
            }
        )
        table["oordeel"] = [labels.VERDICTS.get(v or "", "") for v in table["oordeel"]]
        st.dataframe(table, hide_index=True, width="stretch")


def show_batch() -> None:
    results = st.session_state.get("batch")
    if not results:
        st.info("Upload een .zip met één map of .zip per dossier, of geef links een map op deze computer op.")
        show_saved_cases()
        return
    rows = [
        case_row(r.report) if r.report else {"dossier": r.name, "oordeel": "fout", "melding": r.error} for r in results
    ]
    table = pd.DataFrame(rows)
    verdicts = st.multiselect(
        "Toon oordeel", sorted(table["oordeel"].unique()), default=sorted(table["oordeel"].unique())
    )
    shown = table[table["oordeel"].isin(verdicts)]
    st.dataframe(shown, hide_index=True, width="stretch")
    left, right = st.columns(2)
    left.download_button(
        "Tabel (CSV)", shown.to_csv(index=False).encode("utf-8"), file_name="batch.csv", mime="text/csv"
    )
    right.download_button(
        "Tabel (Excel)",
        excel_bytes([("batch", shown)]),
        file_name="batch.xlsx",
        mime=XLSX,
    )
    names = [r.name for r in results if r.report]
    choice = st.selectbox("Open een dossier", names, index=None, placeholder="Kies een dossier")
    if choice and st.button("Open dossier"):
        case = next(r for r in results if r.name == choice)
        open_dossier(case.path)
        st.rerun()


# ------------------------------------------------------------------------------------------------ page


def sidebar() -> None:
    with st.sidebar:
        if pending := st.session_state.pop("pending_mode", None):
            st.session_state["mode"] = pending
        st.radio("Weergave", ["Eén dossier", "Batch"], key="mode", horizontal=True)
        label = st.radio("Perspectief", list(PERSPECTIVE), key="perspective_label")
        if PERSPECTIVE[label] != st.session_state.get("perspective", "werkgever"):
            st.session_state["perspective"] = PERSPECTIVE[label]
            if "dossier" in st.session_state:
                st.session_state["dossier"] = rescore(st.session_state["dossier"], settings())
        st.header("Voorbeelddossiers")
        for sample in sorted(p for p in SAMPLES.iterdir() if p.is_dir() and not p.name.startswith("_")):
            if st.button(sample.name, key=f"sample-{sample.name}", width="stretch"):
                forget_upload()
                open_dossier(sample)
        if user := current_user():
            st.caption(f"Aangemeld als {user.name} (team: {', '.join(user.teams)}).")
            if len(user.teams) > 1:
                st.selectbox("Team voor bewaarde zaken", user.teams, key="team")
            st.button("Afmelden", on_click=sign_out, key="sign-out")
        st.header("Eigen dossier")
        files = st.file_uploader(
            "Bestanden of één .zip",
            accept_multiple_files=True,
            key="uploads",
            type=["pdf", "docx", "eml", "msg", "txt", "zip"],
        )
        st.text_input(
            "Naam van de zaak",
            key="case_name",
            help="Onder deze naam wordt de analyse bewaard en met een volgende versie vergeleken. "
            "Leeg: de naam van het .zip-bestand of van het enige bestand.",
        )
        if files and st.button("Analyseer upload", type="primary"):
            if refused := upload_refused([f.size for f in files], access_settings()):
                st.session_state["error"] = refused
                return
            target = keep_upload(files)
            if st.session_state.get("mode") == "Batch":
                run_batch(unpack(target, target.with_suffix("")) if target.suffix.lower() == ".zip" else target)
            else:
                open_dossier(target)
        if current_user() is not None:
            return  # served to others: no reading of folders on the server
        folder = st.text_input("Of een map op deze computer", key="folder")
        if folder and st.button("Analyseer map"):
            path = Path(folder).expanduser()
            if not path.exists():
                st.session_state["error"] = f"De map '{folder}' bestaat niet."
            elif st.session_state.get("mode") == "Batch":
                run_batch(path)
            else:
                forget_upload()
                open_dossier(path)


def main() -> None:
    st.set_page_config(page_title="Dossier-analyse d-grond", layout="wide")
    st.markdown(READABLE_CAPTIONS, unsafe_allow_html=True)
    st.title("Dossier-analyse disfunctioneren (d-grond)")
    try:
        access = access_settings()
        if refused := serving_refused(st.get_option("server.address"), access):
            st.error(refused)
            return
        if not sign_in(access):
            return
        page()
    except AccessError as err:
        st.error(str(err))
    except Exception:  # noqa: BLE001 — a user never sees a stack trace; the log keeps it
        log.exception("dashboard error")
        st.error(f"Er ging iets mis bij het tonen van de analyse. {ERROR_ADVICE}")


def page() -> None:
    sidebar()
    if st.session_state.get("error"):
        st.error(st.session_state["error"])
    if notice := st.session_state.pop("notice", None):
        st.success(notice)
    if st.session_state.get("mode") == "Batch":
        show_batch()
        return
    if "dossier" not in st.session_state:
        st.info("Kies links een voorbeelddossier, upload de bestanden van een dossier of geef een map op.")
        return
    rep = report()
    viewed = st.session_state.setdefault("viewed", set())
    if rep["dossier"]["name"] not in viewed:  # once per dossier and session: the analysis was shown to this user
        viewed.add(rep["dossier"]["name"])
        audit("view", rep["dossier"]["name"])
    show_verdict(rep)
    overview, facts, timeline, documents, costs, downloads = st.tabs(["Overzicht", "Feiten", "Tijdlijn", "Documenten", "Kosten", "Downloads"])  # fmt: skip
    with overview:
        show_overview(rep)
    with facts:
        show_people(rep)
        show_facts(rep)
    with timeline:
        show_timeline(rep)
    with documents:
        show_documents(rep)
    with costs:
        show_costs(rep)
    with downloads:
        show_downloads(rep)


main()
