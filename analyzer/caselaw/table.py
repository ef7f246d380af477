"""The case-law table: published d-ground decisions, each with the court's findings and the facts it relied on.

The table (the YAML files in `parts/` beside this module, one per research round) is data, written by hand from
published decisions
(rechtspraak.nl and published write-ups): facts and figures carry over, sentences do not. It serves three ends:
the rules in `analyzer.score` are measured against it (`dossier-analyzer evaluate --caselaw`), the report cites
the decisions closest to a dossier (`similar_rulings`), and the rules cite decisions as their source.

The held-out part is fixed by the ECLI alone (`is_held_out`), before any rule was tuned: a decision is held out
when the first bytes of the SHA-256 of its upper-cased ECLI, read as a number, fall in the lowest
`HELD_OUT_PERCENT` percent. Adding decisions never moves an existing one between the parts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from analyzer.facts.model import Facts, FactsError, from_dict, parse_day
from analyzer.score.parameters import load_yaml

REQUIREMENTS = (
    "timely_notice",
    "improvement_opportunity",
    "training_and_conditions",
    "redeployment",
    "not_due_to_illness",
)
FINDINGS = ("met", "not_met", "not_decided")
# granted: the d-ground held and the contract was dissolved (or, on appeal, the dissolution stands);
# rejected: the d-ground failed and nothing was dissolved; granted_other_ground: the d-ground failed but the court
# dissolved on another ground (g, e or i). For the product both failures mean "not_ready".
OUTCOMES = ("granted", "rejected", "granted_other_ground")
HELD_OUT_PERCENT = 35
ECLI = re.compile(r"^ECLI:NL:[A-Z]{2,8}:\d{4}:[A-Z0-9]{1,12}$")
REQUIRED = ("ecli", "court", "date", "link", "outcome", "findings", "summary", "facts")
OPTIONAL = ("source", "function", "deciding", "notes", "i_ground")


class CaseLawError(ValueError):
    """A decision in the table that breaks its format; the message names the ECLI and the field."""


@dataclass(frozen=True)
class Decision:
    ecli: str
    court: str
    date: dt.date
    link: str
    outcome: str
    findings: dict[str, str]
    summary: str
    facts: Facts
    source: str = ""
    function: str = ""
    deciding: str | None = None
    notes: str = ""
    i_ground: bool = False
    # What the decision's read text leaves out (the entry's `facts.unreadable`). The court had the whole file, so
    # these are gaps of our source, not facts the file could not show: they do not make a rule doubtful.
    not_in_source: tuple[str, ...] = ()

    @property
    def held_out(self) -> bool:
        return is_held_out(self.ecli)

    @property
    def granted(self) -> bool:
        return self.outcome == "granted"


def is_held_out(ecli: str) -> bool:
    """Fixed by the ECLI alone: the decisions whose hash falls in the lowest HELD_OUT_PERCENT percent."""
    digest = hashlib.sha256(ecli.strip().upper().encode("ascii")).digest()
    return int.from_bytes(digest[:8], "big") % 100 < HELD_OUT_PERCENT


def parse_decision(entry: dict[str, Any]) -> Decision:
    """One table entry, checked: a valid ECLI, a known outcome, a finding for each of the five requirements."""
    ecli = str(entry.get("ecli", "")).strip()
    where = ecli or "zonder ECLI"
    if not ECLI.match(ecli):
        raise CaseLawError(f"{where}: ongeldige ECLI")
    missing = [key for key in REQUIRED if key not in entry]
    if missing:
        raise CaseLawError(f"{where}: ontbrekende velden {missing}")
    unknown = set(entry) - set(REQUIRED) - set(OPTIONAL)
    if unknown:
        raise CaseLawError(f"{where}: onbekende velden {sorted(unknown)}")
    if entry["outcome"] not in OUTCOMES:
        raise CaseLawError(f"{where}: uitkomst {entry['outcome']!r} is geen van {OUTCOMES}")
    findings = dict(entry["findings"] or {})
    if set(findings) != set(REQUIREMENTS) or any(v not in FINDINGS for v in findings.values()):
        raise CaseLawError(f"{where}: findings moet elk van {REQUIREMENTS} één van {FINDINGS} geven")
    if entry["outcome"] == "granted" and "not_met" in findings.values():
        raise CaseLawError(f"{where}: toegewezen op de d-grond, maar een vereiste is niet voldaan")
    if entry["outcome"] != "granted" and "not_met" not in findings.values() and not entry.get("notes"):
        raise CaseLawError(f"{where}: d-grond afgewezen zonder vereiste 'not_met'; leg uit in 'notes'")
    deciding = entry.get("deciding")
    if deciding is not None and deciding not in REQUIREMENTS:
        raise CaseLawError(f"{where}: deciding {deciding!r} is geen vereiste")
    raw_facts = dict(entry["facts"] or {})
    not_in_source = tuple(str(item) for item in raw_facts.pop("unreadable", None) or ())
    try:
        facts = from_dict(raw_facts, where=f"{where}.facts")
    except FactsError as err:
        raise CaseLawError(str(err)) from err
    return Decision(
        ecli=ecli,
        court=str(entry["court"]),
        date=parse_day(entry["date"], f"{where}.date"),
        link=str(entry["link"]),
        outcome=entry["outcome"],
        findings=findings,
        summary=str(entry["summary"]).strip(),
        facts=facts,
        source=str(entry.get("source") or ""),
        function=str(entry.get("function") or ""),
        deciding=deciding,
        notes=str(entry.get("notes") or "").strip(),
        i_ground=bool(entry.get("i_ground", False)),
        not_in_source=not_in_source,
    )


def parse_table(entries: Iterable[dict[str, Any]]) -> tuple[Decision, ...]:
    decisions = tuple(parse_decision(e) for e in entries)
    seen: set[str] = set()
    for d in decisions:
        if d.ecli in seen:
            raise CaseLawError(f"{d.ecli}: staat twee keer in de tabel")
        seen.add(d.ecli)
    return decisions


def read_table(path: Path) -> tuple[Decision, ...]:
    return parse_table(load_yaml(path.read_text(encoding="utf-8")) or [])


def part_files() -> list:
    """The shipped table's files: every YAML file in `analyzer/caselaw/parts/`, by name."""
    folder = resources.files("analyzer.caselaw").joinpath("parts")
    return sorted((p for p in folder.iterdir() if p.name.endswith(".yaml")), key=lambda p: p.name)


@cache
def decisions() -> tuple[Decision, ...]:
    """The shipped table: the decisions of every part file."""
    entries = []
    for part in part_files():
        try:
            entries += load_yaml(part.read_text(encoding="utf-8")) or []
        except yaml.YAMLError as err:
            raise CaseLawError(f"{part.name}: geen geldige YAML ({err})") from err
    return parse_table(entries)


def main(argv: list[str]) -> int:
    """`python -m analyzer.caselaw.table FILE...`: check table files and print counts per part and outcome."""
    total: list[Decision] = []
    for name in argv or [str(p) for p in part_files()]:
        try:
            total += read_table(Path(name))
        except (CaseLawError, yaml.YAMLError) as err:
            print(f"{name}: {err}", file=sys.stderr)
            return 1
    held = [d for d in total if d.held_out]
    for label, part in (("all", total), ("held_out", held)):
        outcomes = {o: sum(d.outcome == o for d in part) for o in OUTCOMES}
        print(f"{label}: {len(part)} decisions {outcomes}")
    duplicates = {d.ecli for d in total if sum(e.ecli == d.ecli for e in total) > 1}
    if duplicates:
        print(f"duplicates: {sorted(duplicates)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
