"""Measure the facts layer against hand-annotated expected facts (`dossier-analyzer evaluate --facts`).

Every fact is flattened into a signature — its kind, its file, its date and the fields that matter for that kind
(tests/facts_dossiers/README.md) — and found facts are matched one-to-one with annotated ones. Precision, recall
and F1 per kind, and their macro average, are reported per evaluation set; the held-out set is reported as it
comes out.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analyzer.dossier import Document
from analyzer.facts.model import Facts

# The fields compared per kind (the annotation's names), and whether the file must match too.
KINDS: dict[str, tuple[tuple[str, ...], bool]] = {
    "criticism": (("form", "consequence"), True),
    "appraisal": (("outcome",), True),
    "plan": (("planned_weeks", "consequence"), True),
    "support": (("support",), True),
    "trajectory_event": (("event", "outcome"), False),
    "stance": (("stance",), False),
    "training": (("status",), False),
    "complaint": (("topic",), False),
    "complaint_response": (("response",), False),
    "sick_report": ((), False),
    "recovery": ((), False),
    "physician_statement": (("link",), False),
    "medical_detail": ((), True),
    "redeployment_search": (("scope",), False),
    "redeployment_statement": (("statement",), False),
    "redeployment_offer": (("response",), False),
    "employment": (("start_year", "level"), False),
}
DATE_TOLERANCE_DAYS = 3
WEEKS_TOLERANCE = 1.0
UNDATED_KINDS = ("support", "medical_detail", "employment")
# Statement kinds the facts layer reads that the annotation format has no value for (tests/facts_dossiers/README.md):
# the employee's side contesting the employer's account is never annotated, so it is not compared either.
UNANNOTATED_STATEMENTS = ("contested",)
# Likewise the employer's side telling that the trajectory had not begun (added 2026-12-07, after the annotations).
UNANNOTATED_EVENTS = ("not_started",)


@dataclass(frozen=True)
class Signature:
    kind: str
    file: str | None
    date: dt.date | None
    fields: tuple[tuple[str, Any], ...]
    quote: str = ""

    def field(self, name: str) -> Any:
        return dict(self.fields).get(name)


def _day(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def signatures(facts: Facts, documents: Iterable[Document]) -> list[Signature]:
    """The found facts in the annotation's terms: each with the file of the document its evidence comes from."""
    files = {d.id: d.file for d in documents}

    def where(fact: Any) -> str | None:
        return files.get(fact.evidence[0].document) if fact.evidence else None

    def quote(fact: Any) -> str:
        return fact.evidence[0].quote if fact.evidence else ""

    found: list[Signature] = []

    def add(kind: str, fact: Any, day: dt.date | None, **fields: Any) -> None:
        found.append(Signature(kind, where(fact), day, tuple(sorted(fields.items())), quote(fact)))

    for c in facts.criticisms:
        add("criticism", c, c.date, form=c.form, consequence=c.consequence)
    for a in facts.appraisals:
        add("appraisal", a, a.date, outcome=a.outcome)
    for p in facts.plans:
        add("plan", p, p.start or p.date, planned_weeks=p.planned_weeks, consequence=p.consequence)
        for kind in p.support:
            add("support", p, None, support=kind)
    for e in facts.trajectory:
        if e.kind in UNANNOTATED_EVENTS:
            continue
        add("trajectory_event", e, e.date, event=e.kind, outcome=e.outcome if e.kind == "final_evaluation" else None)
    for s in facts.stances:
        add("stance", s, s.date, stance=s.kind)
    for t in facts.trainings:
        add("training", t, t.date, status=t.status)
    for c in facts.complaints:
        add("complaint", c, c.date, topic=c.topic)
    for r in facts.complaint_responses:
        add("complaint_response", r, r.date, response=r.response)
    for s in facts.sick_reports:
        add("sick_report", s, s.date)
    for r in facts.recoveries:
        add("recovery", r, r.date)
    for p in facts.physician_statements:
        # The annotation knows link / no_link / not_stated: a link found plausible is a link there.
        add("physician_statement", p, p.date, link="link" if p.link == "possible" else p.link)
    for m in facts.medical_details:
        add("medical_detail", m, None)
    for s in facts.redeployment_searches:
        add("redeployment_search", s, s.date, scope=s.scope)
    for s in facts.redeployment_statements:
        if s.kind in UNANNOTATED_STATEMENTS:
            continue
        add("redeployment_statement", s, s.date, statement=s.kind)
    for o in facts.redeployment_offers:
        add("redeployment_offer", o, o.date, response=o.response)
    if facts.employment and (facts.employment.start or facts.employment.level):
        e = facts.employment
        add("employment", e, None, start_year=e.start.year if e.start else None, level=e.level)
    return found


def expected_signatures(annotation: dict[str, Any]) -> list[Signature]:
    """The annotated facts as signatures (unknown kinds are refused: the annotation and the code must agree)."""
    found = []
    for item in annotation["facts"]:
        kind = item["kind"]
        if kind not in KINDS:
            raise ValueError(f"{annotation.get('dossier')}: onbekende soort feit {kind!r}")
        names, _ = KINDS[kind]
        fields = {name: item.get(name) for name in names}
        if kind == "trajectory_event" and item.get("event") != "final_evaluation":
            fields["outcome"] = None
        file = item.get("file")
        found.append(Signature(kind, file, None if kind in UNDATED_KINDS else _day(item.get("date")), tuple(sorted(fields.items())), item.get("quote", "")))  # fmt: skip
    return found


def _equal(name: str, want: Any, got: Any) -> bool:
    if name == "planned_weeks" and want is not None and got is not None:
        return abs(float(want) - float(got)) <= WEEKS_TOLERANCE
    return want == got


def matches(want: Signature, got: Signature) -> bool:
    names, by_file = KINDS[want.kind]
    if want.kind != got.kind:
        return False
    if by_file and want.file and got.file and want.file != got.file:
        return False
    if want.date and (got.date is None or abs((want.date - got.date).days) > DATE_TOLERANCE_DAYS):
        return False
    return all(_equal(name, want.field(name), got.field(name)) for name in names)


@dataclass
class Tally:
    true_positive: int = 0
    found: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.true_positive / self.found if self.found else (1.0 if not self.expected else 0.0)

    @property
    def recall(self) -> float:
        return self.true_positive / self.expected if self.expected else (1.0 if not self.found else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def compare(expected: list[Signature], found: list[Signature]) -> tuple[dict[str, Tally], list[str]]:
    """One-to-one matching per kind (each annotated fact takes the first unused found fact that matches)."""
    tallies = {kind: Tally() for kind in KINDS}
    misses: list[str] = []
    used: set[int] = set()
    for want in expected:
        tallies[want.kind].expected += 1
        hit = next((i for i, got in enumerate(found) if i not in used and matches(want, got)), None)
        if hit is None:
            misses.append(f"gemist {want.kind} {want.date} {dict(want.fields)} {want.file}: {want.quote[:80]}")
        else:
            used.add(hit)
            tallies[want.kind].true_positive += 1
    for i, got in enumerate(found):
        tallies[got.kind].found += 1
        if i not in used:
            misses.append(f"onterecht {got.kind} {got.date} {dict(got.fields)} {got.file}: {got.quote[:80]}")
    return tallies, misses


def summarise(tallies: dict[str, Tally]) -> dict[str, Any]:
    """Per kind precision/recall/F1 (kinds that occur in the set), and their macro average."""
    present = {k: t for k, t in tallies.items() if t.expected or t.found}
    per_kind = {
        k: {"precision": round(t.precision, 3), "recall": round(t.recall, 3), "f1": round(t.f1, 3), "expected": t.expected, "found": t.found}  # fmt: skip
        for k, t in present.items()
    }
    macro = sum(t.f1 for t in present.values()) / len(present) if present else 0.0
    worst = min(per_kind.items(), key=lambda kv: kv[1]["f1"])[0] if per_kind else None
    return {"macro_f1": round(macro, 3), "worst_kind": worst, "per_kind": per_kind}


def add(total: dict[str, Tally], part: dict[str, Tally]) -> None:
    for kind, tally in part.items():
        total[kind].true_positive += tally.true_positive
        total[kind].found += tally.found
        total[kind].expected += tally.expected


def annotated_dossiers(root: Path) -> list[tuple[Path, dict[str, Any]]]:
    """The dossiers under `root` that have `_expected/<name>.facts.json`, with their annotation."""
    found = []
    for path in sorted((root / "_expected").glob("*.facts.json")):
        annotation = json.loads(path.read_text(encoding="utf-8"))
        name = path.name[: -len(".facts.json")]
        if (root / name).is_dir():
            found.append((root / name, annotation))
    return found


def load_json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))
