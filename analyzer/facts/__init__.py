"""Facts stage: read from the classified, dated documents what happened, each fact with its quote and speaker.

ingest → segment → date → classify → **facts** → score. The score stage judges these facts only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analyzer.dossier import Document
from analyzer.facts.authors import with_authors
from analyzer.facts.conditions import complaint_responses, complaints, first_raised, trainings
from analyzer.facts.illness import medical_details, physician_statements, recoveries, sick_reports
from analyzer.facts.model import Facts, from_dict, sort_facts, to_dict
from analyzer.facts.notice import appraisals, criticisms, dismissal_announcements
from analyzer.facts.redeployment import employment, redeployment
from analyzer.facts.trajectory import coaching_denied, events, plans, stances, withheld_support

TERM_WORDS = re.compile(r"\b(?:looptijd|termijn|duur|periode|weken|maanden)\b", re.IGNORECASE)


def missing_facts(documents: Sequence[Document], facts: Facts) -> tuple[str, ...]:
    """Facts a rule needs that the file holds but leaves unreadable (named in Dutch for the report)."""
    missing = []
    by_id = {d.id: d for d in documents}
    for plan in facts.plans:
        texts = [by_id[e.document].text for e in plan.evidence if e.document in by_id]
        if plan.start is None:
            missing.append("de startdatum van het verbeterplan")
        # The term is unreadable only where the plan speaks of one; a plan that names none simply has none (IO2).
        if plan.planned_weeks is None and (not texts or any(TERM_WORDS.search(t) for t in texts)):
            missing.append("de looptijd van het verbeterplan")
    undated = [d for d in documents if d.error is None and d.date is None and d.doc_type in ("warning", "appraisal", "improvement_plan")]  # fmt: skip
    missing += [f"de datum van {d.id} ({d.file})" for d in undated]
    unread = [d for d in documents if d.error is not None]
    missing += [f"de inhoud van {d.file} (niet gelezen)" for d in unread]
    return tuple(dict.fromkeys(missing))


def extract_facts(documents: Sequence[Document]) -> Facts:
    """Every fact the readable documents state, in date order, with the facts a rule would need but cannot read."""
    readable = with_authors([d for d in documents if d.error is None])
    searches, statements, offers = redeployment(readable)
    found_plans = plans(readable)
    raised = complaints(readable)
    answers = complaint_responses(readable, raised)
    found_events = events(readable, found_plans)
    found_trainings = trainings(readable)
    facts = Facts(
        criticisms=tuple(criticisms(readable)),
        appraisals=tuple(appraisals(readable)),
        plans=tuple(found_plans),
        trajectory=tuple(found_events),
        stances=tuple(stances(readable)),
        trainings=tuple(found_trainings),
        withheld_support=tuple(withheld_support(readable) + coaching_denied(found_plans, found_trainings, found_events)),
        complaints=tuple(first_raised(raised)),
        complaint_responses=tuple(answers),
        sick_reports=tuple(sick_reports(readable)),
        recoveries=tuple(recoveries(readable)),
        physician_statements=tuple(physician_statements(readable)),
        medical_details=tuple(medical_details(readable)),
        redeployment_searches=tuple(searches),
        redeployment_statements=tuple(statements),
        redeployment_offers=tuple(offers),
        employment=employment(readable),
        dismissal_announcements=tuple(dismissal_announcements(readable)),
    )
    facts = sort_facts(facts)
    return Facts(**{**{k: getattr(facts, k) for k in facts.__dataclass_fields__}, "unreadable": missing_facts(documents, facts)})


__all__ = ["Facts", "extract_facts", "from_dict", "to_dict"]
