"""Streamlit dashboard: a thin face on the same pipeline the CLI runs (`analyzer.pipeline.analyze`)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from analyzer import labels
from analyzer.pipeline import analyze
from analyzer.report import build_report, render_markdown, validate_report

SAMPLES = Path(__file__).parent / "sample_dossiers"
STAGES = {"extract": "Bestanden lezen", "segment": "Documenten splitsen", "date": "Datums bepalen"}


def sample_dossiers() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.is_dir() and not p.name.startswith("_")) if SAMPLES.exists() else []


def run_analysis(root: Path) -> dict:
    """Analyse with a visible progress line per stage; returns the schema-v1 report."""
    with st.status("Dossier wordt geanalyseerd…", expanded=False) as status:

        def progress(stage: str, detail: str) -> None:
            status.update(label=f"{STAGES.get(stage, stage)}: {detail}")

        report = build_report(analyze(root, progress=progress))
        validate_report(report)
        status.update(label="Analyse klaar", state="complete")
    return report


def analyse_upload(files: list) -> dict:
    """Uploaded files live in a temporary folder only for the duration of the analysis."""
    with tempfile.TemporaryDirectory(prefix="dossier-") as folder:
        root = Path(folder) / "upload"
        root.mkdir()
        for upload in files:
            (root / Path(upload.name).name).write_bytes(upload.getvalue())
        target = root / files[0].name if len(files) == 1 and files[0].name.lower().endswith(".zip") else root
        return run_analysis(target)


def documents_table(report: dict) -> pd.DataFrame:
    rows = []
    for doc in report["documents"]:
        rows.append(
            {
                "id": doc["id"],
                "bestand": doc["file"] + (f" › {doc['attachment']}" if doc.get("attachment") else ""),
                "pagina's": "–" if not doc["pages"] else f"{doc['pages'][0]}–{doc['pages'][1]}",
                "soort": labels.DOC_TYPES.get(doc["doc_type"], "nog niet bepaald")
                if doc["doc_type"]
                else "nog niet bepaald",
                "datum": doc["date"] or "onbekend",
                "titel": doc["title"] or "",
                "tekst": labels.EXTRACTION[doc["extraction"]],
                "melding": doc["error"] or "",
            }
        )
    return pd.DataFrame(rows)


def show_report(report: dict) -> None:
    dossier = report["dossier"]
    st.subheader(f"Dossier: {dossier['name']}")
    st.caption(labels.DISCLAIMER)
    col1, col2, col3 = st.columns(3)
    col1.metric("Bestanden", dossier["files"])
    col2.metric("Pagina's", dossier["pages"])
    col3.metric("Documenten", len(report["documents"]))
    for warning in report["warnings"]:
        st.warning(warning)
    st.markdown("#### Documenten")
    st.dataframe(documents_table(report), hide_index=True, use_container_width=True)
    st.markdown("#### Tijdlijn")
    if report["timeline"]:
        st.dataframe(
            pd.DataFrame(report["timeline"]).rename(
                columns={"date": "datum", "document": "document", "event": "gebeurtenis"}
            ),
            hide_index=True,
        )
    else:
        st.info("Geen gedateerde documenten gevonden.")
    left, right = st.columns(2)
    left.download_button(
        "Rapport (JSON)",
        json.dumps(report, ensure_ascii=False, indent=2),
        file_name=f"{dossier['name']}.json",
        mime="application/json",
    )
    right.download_button(
        "Rapport (Markdown)", render_markdown(report), file_name=f"{dossier['name']}.md", mime="text/markdown"
    )


def main() -> None:
    st.set_page_config(page_title="Dossier-analyse d-grond", layout="wide")
    st.title("Dossier-analyse disfunctioneren (d-grond)")
    with st.sidebar:
        st.header("Voorbeelddossiers")
        for sample in sample_dossiers():
            if st.button(sample.name, key=f"sample-{sample.name}", use_container_width=True):
                st.session_state["report"] = run_analysis(sample)
        st.header("Eigen dossier")
        files = st.file_uploader(
            "Bestanden of een .zip", accept_multiple_files=True, type=["pdf", "docx", "eml", "msg", "txt", "zip"]
        )
        if files and st.button("Analyseer upload", type="primary"):
            st.session_state["report"] = analyse_upload(files)
    if "report" in st.session_state:
        show_report(st.session_state["report"])
    else:
        st.info("Kies links een voorbeelddossier of upload de bestanden van een dossier.")


main()
