"""Every number the legal rules use, read from `parameters.yaml`, each with the source it comes from.

A number without a source is refused when the file is read (and a test reads it), so no threshold can be
invented silently: the law or the cited decisions set it, and a change in the law is a change of data.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml


def load_yaml(text: str):
    """Safe YAML (no object construction), with libyaml's C parser when installed: the case-law table is large."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 — a safe loader


class ParameterError(ValueError):
    """A parameter without a value or without its source."""


@dataclass(frozen=True)
class Parameter:
    name: str
    value: Any
    source: str
    unit: str = ""
    note: str = ""


@dataclass(frozen=True)
class Parameters:
    entries: dict[str, Parameter]

    def __getitem__(self, name: str) -> Any:
        return self.entries[name].value

    def source(self, name: str) -> str:
        return self.entries[name].source


def parse_parameters(data: dict[str, Any]) -> Parameters:
    entries = {}
    for name, entry in (data or {}).items():
        if not isinstance(entry, dict) or "value" not in entry:
            raise ParameterError(f"{name}: geen waarde")
        if not str(entry.get("source") or "").strip():
            raise ParameterError(f"{name}: geen bron")
        unknown = set(entry) - {"value", "source", "unit", "note"}
        if unknown:
            raise ParameterError(f"{name}: onbekende velden {sorted(unknown)}")
        entries[name] = Parameter(name, entry["value"], str(entry["source"]).strip(), str(entry.get("unit", "")), str(entry.get("note", "")))  # fmt: skip
    return Parameters(entries)


@cache
def rules_version() -> str:
    """The version of the legal rules' data, for the audit log: the first 12 hex digits of a SHA-256 over the
    shipped parameters, the case-law table's parts and the severance figures (name and content of each), so the log
    shows which thresholds and decisions an analysis was judged by. Code changes are the package version's job."""
    from analyzer.caselaw.table import part_files  # late: the case-law table imports this module

    files = [
        resources.files("analyzer.score").joinpath("parameters.yaml"),
        *part_files(),
        resources.files("analyzer").joinpath("severance.yaml"),
    ]
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


@cache
def default_parameters() -> Parameters:
    """The shipped parameters (`analyzer/score/parameters.yaml`)."""
    text = resources.files("analyzer.score").joinpath("parameters.yaml").read_text(encoding="utf-8")
    return parse_parameters(load_yaml(text))


def notice_months(params: Parameters, years_of_service: float | None) -> int | None:
    """The statutory notice period (art. 7:672 lid 2 BW), which is also the reasonable redeployment term."""
    if years_of_service is None:
        return None
    months = None
    for step in params["notice_period_months"]:
        if years_of_service >= step["from_years"]:
            months = step["months"]
    return months
