"""What happened in a dossier, as a kantonrechter reads it: typed facts with their evidence, and no judgement.

The facts layer sits between classification and scoring. It answers "what happened?" — who criticised what and
when, what the plan said, how the trajectory went, what the employee did, who was ill, where redeployment was
looked for — so that the rules in `analyzer.score` can answer "what does the law make of it?" on facts alone.

The same schema describes a dossier read from documents (every fact with its quoted evidence and speaker) and a
published decision in the case-law table (`analyzer/caselaw/parts/*.yaml`, facts in our own words, no quotes).
That is what lets the rules be calibrated on what courts decided.

Three values must never be confused:
- a fact that is *absent*: the list holds no such fact (no warning was given);
- a fact whose attribute is *unknown*: the fact exists, the attribute is None (a plan whose term the text leaves open);
- a fact *denied*: a negated or hypothetical sentence ("dit is géén waarschuwing", "bij een oordeel onvoldoende
  volgt ...") yields no fact at all.

Every enumeration below is a plain string set, so facts stay JSON/YAML friendly; `validate` checks them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import types
import typing
from dataclasses import dataclass
from typing import Any, Literal, get_args, get_origin, get_type_hints

# Who says it. The employer side (manager, HR, director, the employer's lawyer) is one speaker: the court weighs
# what the employer stated against what the employee stated.
Speaker = Literal["employer", "employee", "occupational_physician", "coach", "other"]
# What the employee was told would follow: the job or dismissal named ("ontslag", "ontbinding", "einde van je
# dienstverband"), only a vague threat ("passende maatregelen", "consequenties"), or nothing.
Consequence = Literal["dismissal", "vague", "none"]
# How the criticism reached the employee. `oral` is a remark reported later ("ik heb hem er vaak op gewezen").
CriticismForm = Literal["warning", "appraisal", "meeting_report", "email", "oral", "plan"]
AppraisalOutcome = Literal["good", "sufficient", "insufficient", "none_stated"]
SupportKind = Literal["coach", "course", "buddy", "adjusted_tasks", "manager", "other"]
# `not_started`: the employer's side tells that the proposed trajectory had not begun ("het verbetertraject uit maart
# alsnog starten", "geen afspraken gemaakt over de start van het traject").
EventKind = Literal[
    "start", "progress", "interim_evaluation", "final_evaluation", "extension", "suspension", "resumption", "early_end",
    "not_started",
]  # fmt: skip
EventOutcome = Literal["improved", "partly", "not_improved"]
StanceKind = Literal["cooperates", "refuses", "obstructs", "denies", "objects"]
TrainingStatus = Literal["offered", "followed", "refused", "requested", "request_denied"]
ComplaintTopic = Literal["workload", "tools", "staffing", "conflict", "other"]
ResponseKind = Literal["investigated", "adjusted", "refuted", "dismissed"]
# "possible": the bedrijfsarts finds a link plausible or cannot rule it out, without establishing it.
Link = Literal["link", "possible", "no_link", "not_stated"]
Scope = Literal["team", "department", "organisation", "group", "unknown"]
Timing = Literal["before_request", "after_request", "unknown"]
# "contested": the employee or their counsel disputes the employer's account (names vacancies, says none were weighed).
StatementKind = Literal["no_vacancies", "not_applicable", "not_reasonable", "contested"]
OfferResponse = Literal["accepted", "refused", "unknown"]
Level = Literal["regular", "senior", "management"]


@dataclass(frozen=True)
class Evidence:
    """Where a fact is written: document id, page (None for files without pages), the sentence, and who says it."""

    document: str
    page: int | None
    quote: str
    speaker: Speaker = "other"


@dataclass(frozen=True, kw_only=True)
class Fact:
    """Common to every fact: when it happened, the sentences that show it, and (case law) a note in our own words."""

    date: dt.date | None = None
    evidence: tuple[Evidence, ...] = ()
    note: str = ""

    @property
    def speaker(self) -> str | None:
        return self.evidence[0].speaker if self.evidence else None


@dataclass(frozen=True, kw_only=True)
class Criticism(Fact):
    """The employer told the employee the performance fell short."""

    form: CriticismForm
    # Names *what* is wrong (errors, missed targets, complaints), not only "niet naar tevredenheid".
    concrete: bool | None = None
    # None: the source leaves open whether a consequence was named (a decision that does not say).
    consequence: Consequence | None = "none"


@dataclass(frozen=True, kw_only=True)
class DismissalAnnouncement(Fact):
    """The employer tells the employee it will ask the kantonrechter (or UWV) to end the employment, or that it wants
    it ended: criticism first voiced in that letter comes too late to count as notice."""


@dataclass(frozen=True, kw_only=True)
class Appraisal(Fact):
    """A formal judgement over a period and its overall outcome ("matig" counts as insufficient; `label` keeps it)."""

    outcome: AppraisalOutcome
    label: str | None = None


@dataclass(frozen=True, kw_only=True)
class Goal:
    text: str
    # Concrete: a result one can check ("max. 2 fouten per week"); vague: "pro-actiever", "betere houding".
    concrete: bool
    measure: str | None = None
    # False when the target asks clearly more than colleagues in the same job achieve; None when nothing says so.
    reasonable: bool | None = None


@dataclass(frozen=True, kw_only=True)
class Plan(Fact):
    """The written improvement plan. `date` is when it was written or handed over; `start` when the term began."""

    start: dt.date | None = None
    end: dt.date | None = None
    planned_weeks: float | None = None
    goals: tuple[Goal, ...] = ()
    # None: the source does not say what support the plan offered; () : it offered none.
    support: tuple[SupportKind, ...] | None = None
    evaluations_planned: int | None = None
    consequence: Consequence | None = "none"


@dataclass(frozen=True, kw_only=True)
class TrajectoryEvent(Fact):
    """Something that happened during the trajectory: a meeting held, an extension (`weeks`), a suspension, its end."""

    kind: EventKind
    outcome: EventOutcome | None = None
    weeks: float | None = None


@dataclass(frozen=True, kw_only=True)
class Stance(Fact):
    """How the employee took it: cooperated, refused or obstructed the plan, denied any problem, objected in writing."""

    kind: StanceKind


@dataclass(frozen=True, kw_only=True)
class Training(Fact):
    """Training or coaching offered, followed, refused by the employee, asked for, or asked for and turned down."""

    status: TrainingStatus
    topic: str | None = None


@dataclass(frozen=True, kw_only=True)
class SupportWithheld(Fact):
    """Support promised to the employee that did not come: a coaching called off before it began, a buddy never
    assigned, shadowing shifts not one of which took place. `support` names it in the file's own word."""

    support: str = ""


@dataclass(frozen=True, kw_only=True)
class Complaint(Fact):
    """The employee raised working conditions: workload, tools, staffing, a conflict."""

    topic: ComplaintTopic


@dataclass(frozen=True, kw_only=True)
class ComplaintResponse(Fact):
    """What the employer did with a complaint: looked into it, adjusted the work, showed it unfounded, or brushed it off.
    One answer may settle several topics ("blijft de verdeling zoals die is" answers the workload and the vacancy):
    `also` names the topics it settles besides `topic`."""

    topic: ComplaintTopic
    response: ResponseKind
    also: tuple[ComplaintTopic, ...] = ()

    @property
    def topics(self) -> tuple[str, ...]:
        return (self.topic, *self.also)


@dataclass(frozen=True, kw_only=True)
class SickReport(Fact):
    """The employee reported sick (`date`); `end` when the same source states the recovery."""

    end: dt.date | None = None
    partial: bool = False


@dataclass(frozen=True, kw_only=True)
class Recovery(Fact):
    """The employee was reported (fully) recovered."""


@dataclass(frozen=True, kw_only=True)
class PhysicianStatement(Fact):
    """What the bedrijfsarts said on a link between the performance problems and health."""

    link: Link


@dataclass(frozen=True, kw_only=True)
class MedicalDetail(Fact):
    """A diagnosis or cause of illness recorded in an employer's document (AVG: the employer may not keep it)."""

    term: str


@dataclass(frozen=True, kw_only=True)
class RedeploymentSearch(Fact):
    """A search for another suitable position: how wide, how many positions it weighed, before or after the request."""

    scope: Scope = "unknown"
    positions: int | None = None
    timing: Timing = "unknown"
    # False when the search itself leaves positions "niet (verder) onderzocht".
    complete: bool | None = None
    # True when the employer only let the employee apply for vacancies himself ("u kunt op alle interne vacatures
    # solliciteren") and looked for nothing itself.
    left_to_employee: bool | None = None


@dataclass(frozen=True, kw_only=True)
class RedeploymentStatement(Fact):
    """A bare statement instead of a search: "geen vacatures", "n.v.t.", or an argued "herplaatsing ligt niet in de rede"."""

    kind: StatementKind


@dataclass(frozen=True, kw_only=True)
class RedeploymentOffer(Fact):
    """A position offered to the employee, and the answer."""

    position: str | None = None
    response: OfferResponse = "unknown"


@dataclass(frozen=True, kw_only=True)
class Employment(Fact):
    """The employment itself: since when (`start`), its length, the level of the role, part of a group of companies."""

    start: dt.date | None = None
    years_of_service: float | None = None
    level: Level | None = None
    in_group: bool | None = None
    function: str | None = None


# The detail entries analyzer.facts.missing_facts writes: "de startdatum van het verbeterplan", "de looptijd van het
# verbeterplan", "de datum van D3 (brief.pdf)".
UNREADABLE_DETAIL = re.compile(r"^de (?:startdatum|looptijd|datum) van\b", re.IGNORECASE)


@dataclass(frozen=True)
class Facts:
    """Everything a court weighs in one dossier (or one published decision), each list in date order."""

    criticisms: tuple[Criticism, ...] = ()
    appraisals: tuple[Appraisal, ...] = ()
    plans: tuple[Plan, ...] = ()
    trajectory: tuple[TrajectoryEvent, ...] = ()
    stances: tuple[Stance, ...] = ()
    trainings: tuple[Training, ...] = ()
    withheld_support: tuple[SupportWithheld, ...] = ()
    complaints: tuple[Complaint, ...] = ()
    complaint_responses: tuple[ComplaintResponse, ...] = ()
    sick_reports: tuple[SickReport, ...] = ()
    recoveries: tuple[Recovery, ...] = ()
    physician_statements: tuple[PhysicianStatement, ...] = ()
    medical_details: tuple[MedicalDetail, ...] = ()
    redeployment_searches: tuple[RedeploymentSearch, ...] = ()
    redeployment_statements: tuple[RedeploymentStatement, ...] = ()
    redeployment_offers: tuple[RedeploymentOffer, ...] = ()
    employment: Employment | None = None
    dismissal_announcements: tuple[DismissalAnnouncement, ...] = ()
    # When the dismissal was asked for. A dossier under review has none yet (None): "now", after its last document.
    request_date: dt.date | None = None
    # Facts the file leaves open that a rule needs (e.g. "de datum van het verbeterplan"), in Dutch, for the report.
    unreadable: tuple[str, ...] = ()

    @property
    def unread(self) -> tuple[str, ...]:
        """The `unreadable` entries that may hide a whole fact (a file not read, a gap in a decision's text), not
        an unread detail of a fact that was read ("de looptijd van het verbeterplan")."""
        return tuple(entry for entry in self.unreadable if not UNREADABLE_DETAIL.match(entry))

    @property
    def plan(self) -> Plan | None:
        """The plan the trajectory ran on: the first one (a revised plan restates it, an addendum extends it)."""
        return self.plans[0] if self.plans else None

    @property
    def trajectory_start(self) -> dt.date | None:
        """When the trajectory began: the plan's start, else its date, else the start meeting."""
        starts = [p.start or p.date for p in self.plans] + [e.date for e in self.trajectory if e.kind == "start"]
        known = [d for d in starts if d]
        return min(known) if known else None

    def events(self, *kinds: str) -> list[TrajectoryEvent]:
        return [e for e in self.trajectory if e.kind in kinds]

    @property
    def dismissal_announced(self) -> dt.date | None:
        """The first day the employer told the employee it wanted the employment ended."""
        return min((a.date for a in self.dismissal_announcements if a.date), default=None)

    @property
    def final_evaluation(self) -> TrajectoryEvent | None:
        finals = self.events("final_evaluation")
        return finals[-1] if finals else None


FACT_LISTS: dict[str, type[Fact]] = {
    "criticisms": Criticism,
    "appraisals": Appraisal,
    "plans": Plan,
    "trajectory": TrajectoryEvent,
    "stances": Stance,
    "trainings": Training,
    "complaints": Complaint,
    "complaint_responses": ComplaintResponse,
    "sick_reports": SickReport,
    "recoveries": Recovery,
    "physician_statements": PhysicianStatement,
    "medical_details": MedicalDetail,
    "redeployment_searches": RedeploymentSearch,
    "redeployment_statements": RedeploymentStatement,
    "redeployment_offers": RedeploymentOffer,
    "dismissal_announcements": DismissalAnnouncement,
    "withheld_support": SupportWithheld,
}


class FactsError(ValueError):
    """A facts record (from YAML, JSON or code) that breaks the schema; the message names the field."""


def _to_plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value):
        return {f.name: _to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_to_plain(v) for v in value]
    return value


def to_dict(facts: Facts) -> dict[str, Any]:
    """Plain JSON-ready dict (dates as ISO strings); `from_dict` reads it back."""
    return _to_plain(facts)


def parse_day(value: Any, where: str) -> dt.date:
    """An ISO date, or a month ("2019-03") or year ("2019") from a decision that gives no day: its first day."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value)
    for form, pad in (("%Y-%m-%d", ""), ("%Y-%m", "-01"), ("%Y", "-01-01")):
        try:
            dt.datetime.strptime(text, form)
            return dt.date.fromisoformat(text + pad)
        except ValueError:
            continue
    raise FactsError(f"{where}: geen datum: {value!r}")


def _convert(value: Any, hint: Any, where: str) -> Any:
    origin = get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in get_args(hint) if a is not type(None)]
        if value is None:
            if len(options) == len(get_args(hint)):
                raise FactsError(f"{where}: mag niet leeg zijn")
            return None
        return _convert(value, options[0], where)
    if origin is Literal:
        if value not in get_args(hint):
            raise FactsError(f"{where}: {value!r} is geen van {', '.join(map(str, get_args(hint)))}")
        return value
    if origin is tuple:
        inner = get_args(hint)[0]
        if not isinstance(value, list | tuple):
            raise FactsError(f"{where}: een lijst verwacht")
        return tuple(_convert(v, inner, f"{where}[{i}]") for i, v in enumerate(value))
    if hint is dt.date:
        return parse_day(value, where)
    if hint is bool:
        if not isinstance(value, bool):
            raise FactsError(f"{where}: ja/nee (true/false) verwacht, niet {value!r}")
        return value
    if hint in (int, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise FactsError(f"{where}: een getal verwacht, niet {value!r}")
        return hint(value)
    if hint is str:
        return str(value)
    if dataclasses.is_dataclass(hint):
        return build(hint, value, where)
    raise FactsError(f"{where}: onbekend type {hint!r}")


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


@functools.cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls))


def build(cls: type, data: Any, where: str = "") -> Any:
    """Build a fact dataclass from plain data, checking every enumeration and refusing unknown keys."""
    if isinstance(data, cls):
        return data
    if not isinstance(data, dict):
        raise FactsError(f"{where or cls.__name__}: een mapping verwacht")
    hints = _hints(cls)
    unknown = set(data) - _field_names(cls)
    if unknown:
        raise FactsError(f"{where or cls.__name__}: onbekende velden {sorted(unknown)}")
    kwargs = {key: _convert(value, hints[key], f"{where}.{key}" if where else key) for key, value in data.items()}
    try:
        return cls(**kwargs)
    except TypeError as err:
        raise FactsError(f"{where or cls.__name__}: {err}") from err


def _dated(items: tuple[Fact, ...]) -> tuple[Fact, ...]:
    return tuple(sorted(items, key=lambda f: (f.date is None, f.date or dt.date.min)))


def from_dict(data: dict[str, Any], where: str = "facts") -> Facts:
    """Facts from plain data (a report's `facts`, a decision in the case-law table); lists come out in date order."""
    data = dict(data or {})
    hints = _hints(Facts)
    unknown = set(data) - set(hints)
    if unknown:
        raise FactsError(f"{where}: onbekende soorten feiten {sorted(unknown)}")
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key in FACT_LISTS:
            kwargs[key] = _dated(_convert(value or [], hints[key], f"{where}.{key}"))
        else:
            kwargs[key] = _convert(value, hints[key], f"{where}.{key}")
    return Facts(**kwargs)


def sort_facts(facts: Facts) -> Facts:
    """The same facts with every list in date order (undated last)."""
    return dataclasses.replace(facts, **{key: _dated(getattr(facts, key)) for key in FACT_LISTS})


__all__ = [
    "FACT_LISTS",
    "Appraisal",
    "Complaint",
    "ComplaintResponse",
    "Criticism",
    "Employment",
    "Evidence",
    "Fact",
    "Facts",
    "FactsError",
    "Goal",
    "MedicalDetail",
    "PhysicianStatement",
    "Plan",
    "Recovery",
    "RedeploymentOffer",
    "RedeploymentSearch",
    "RedeploymentStatement",
    "SickReport",
    "Stance",
    "TrajectoryEvent",
    "Training",
    "build",
    "from_dict",
    "parse_day",
    "sort_facts",
    "to_dict",
]
