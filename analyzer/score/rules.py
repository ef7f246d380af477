"""How a requirement is decided from facts: small named rules, each with its source, combined the way lawyers reason.

A rule looks at the facts (never at the documents) and says one thing about one aspect of a requirement: a
`Finding` with a status, the Dutch sentence it adds to the explanation, the facts that carry it, and — when it
says `doubtful` — the deciding fact that is missing. A rule may also stay silent (None): it does not apply.

A requirement's status follows from its rules' findings, as a default with exceptions (the Catala habit):
- an exception that fires (e.g. "the employee refused the trajectory") sets aside the rules it overrides;
- then `not_met` if any finding is not met, else `doubtful` if any is doubtful, else `met`.
Dossier hygiene (a signature, an answered reaction) lives in `analyzer.score.hygiene` and never enters here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from analyzer.facts.model import Evidence, Fact, Facts
from analyzer.score.parameters import Parameters

MET, DOUBTFUL, NOT_MET = "met", "doubtful", "not_met"
STATUS_ORDER = {MET: 0, DOUBTFUL: 1, NOT_MET: 2}


@dataclass(frozen=True)
class Case:
    """What every rule may read: the facts, the parameters, and the day the judgment is made for."""

    facts: Facts
    params: Parameters
    # The day of the dismissal request: the decision's for case law, else the file's last dated fact ("now").
    day: dt.date | None = None

    @property
    def start(self) -> dt.date | None:
        return self.facts.trajectory_start


@dataclass(frozen=True)
class Finding:
    """What one rule says about one aspect of a requirement."""

    rule: str
    status: str
    reason: str
    source: str
    evidence: tuple[Evidence, ...] = ()
    # For `doubtful`: the fact that would decide it and is missing or unreadable (Dutch).
    missing: str | None = None
    advice: str = ""
    attack: str = ""
    overrides: tuple[str, ...] = ()
    # Whether the finding rests on facts found (False: it rests on a fact's absence).
    grounded: bool = True


# What a fact the file holds but cannot read is about, told by its Dutch description ("data en vorm van de kritiek",
# "de inhoud van waarschuwing.pdf (niet gelezen)"). A rule that finds such a fact absent cannot say `not_met`: the
# legal reference ("From facts to a finding") calls a requirement doubtful when a deciding fact is unreadable.
UNREADABLE_TOPICS = {
    "criticism": re.compile(r"\b(?:kritiek|waarschuwing|beoordeling|tekortkoming)", re.IGNORECASE),
    "plan": re.compile(r"\b(?:verbeter(?:plan|traject)|traject|pip\b)", re.IGNORECASE),
    "redeployment": re.compile(r"\b(?:herplaats|vacature)", re.IGNORECASE),
}


def unreadable_about(facts: Facts, topics: Iterable[str]) -> str | None:
    """The first fact the file leaves unreadable that is about one of `topics`, in its Dutch description."""
    patterns = [UNREADABLE_TOPICS[topic] for topic in topics]
    for entry in facts.unread:
        if any(p.search(entry.replace("_", " ")) for p in patterns):  # file names: "PIP_2023.pdf"
            return entry
    return None


@dataclass(frozen=True)
class Rule:
    """A named rule: the aspect it judges, its legal source, and the function that judges it.

    `reads` names the kinds of fact (keys of UNREADABLE_TOPICS) whose absence the rule may find: when it finds one
    absent (not met, resting on no fact) while the file holds such a fact unreadably, the finding is doubtful and
    names that fact."""

    id: str
    requirement: str
    aspect: str
    source: str
    judge: Callable[[Case], Finding | None] = field(repr=False)
    overrides: tuple[str, ...] = ()
    reads: tuple[str, ...] = ()

    def __call__(self, case: Case) -> Finding | None:
        found = self.judge(case)
        if found is None or found.status != NOT_MET or found.grounded:
            return found
        if (entry := unreadable_about(case.facts, self.reads)) is None:
            return found
        return replace(
            found,
            status=DOUBTFUL,
            reason=f"{found.reason} Niet leesbaar in het dossier: {entry}; daarmee kan dit anders uitvallen.",
            missing=entry,
        )


@dataclass(frozen=True)
class RequirementResult:
    key: str
    status: str
    findings: tuple[Finding, ...]
    set_aside: tuple[Finding, ...] = ()

    @property
    def decisive(self) -> tuple[Finding, ...]:
        """The findings that carry the status (the worst ones), first in the explanation."""
        return tuple(f for f in self.findings if f.status == self.status)

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        ordered = [*self.decisive, *(f for f in self.findings if f.status != self.status)]
        return tuple(dict.fromkeys(e for f in ordered for e in f.evidence))[:6]

    @property
    def explanation(self) -> str:
        ordered = [*self.decisive, *(f for f in self.findings if f.status != self.status)]
        return " ".join(f.reason for f in ordered)


RULES: list[Rule] = []


def rule(
    id: str, requirement: str, aspect: str, source: str, overrides: tuple[str, ...] = (), reads: tuple[str, ...] = ()
):
    """Register a function as a rule. `source` is a statute article, an ECLI of the case-law table, or the legal
    reference; a test fails for a rule without one."""

    def register(judge: Callable[[Case], Finding | None]) -> Rule:
        registered = Rule(id, requirement, aspect, source, judge, overrides, reads)
        RULES.append(registered)
        return registered

    return register


def finding(
    rule_: Rule | str,
    status: str,
    reason: str,
    *,
    facts: Iterable[Fact] = (),
    missing: str | None = None,
    advice: str = "",
    attack: str = "",
) -> Finding:
    """A finding of a rule, carrying the evidence of the facts it rests on."""
    source = rule_.source if isinstance(rule_, Rule) else ""
    rule_id = rule_.id if isinstance(rule_, Rule) else rule_
    overrides = rule_.overrides if isinstance(rule_, Rule) and status == MET else ()
    facts = tuple(facts)
    evidence = tuple(dict.fromkeys(e for fact in facts for e in fact.evidence[:1]))
    return Finding(rule_id, status, reason, source, evidence, missing, advice, attack, overrides, bool(facts))


def decide(requirement: str, case: Case, rules: Iterable[Rule]) -> RequirementResult:
    """Apply a requirement's rules: exceptions that fire set aside what they override; the worst finding decides."""
    findings = [f for r in rules if r.requirement == requirement and (f := r(case)) is not None]
    overridden = {rule_id for f in findings for rule_id in f.overrides}
    kept = tuple(f for f in findings if f.rule not in overridden)
    set_aside = tuple(f for f in findings if f.rule in overridden)
    status = max((f.status for f in kept), key=STATUS_ORDER.__getitem__, default=MET)
    return RequirementResult(requirement, status, kept, set_aside)
