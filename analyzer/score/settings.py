"""Every threshold of the legal scoring, named and explained; the README lists them with their sources."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ScoringSettings:
    # An improvement term shorter than this is "a few weeks": almost always too short (not met).
    term_too_short_weeks: int = 8
    # Practice names 3 months as the normal minimum; a shorter term is doubtful.
    term_normal_weeks: int = 12
    # Written criticism must go back at least this long before the trajectory starts, or it "falls out of the sky".
    notice_history_weeks: int = 8
    # Written criticism documents needed before the trajectory for "more than once".
    notice_min_documents: int = 2
    # A trajectory that ran more than this many weeks less than its planned term (sick leave not counted)
    # before the final evaluation was cut short.
    cut_short_grace_weeks: int = 1
    # Plan elements (goals, measurement, support, term, consequence) that may be missing before the plan
    # no longer counts as a real chance to improve.
    plan_missing_elements_not_met: int = 3
    # Sick reports up to this many weeks before the trajectory start still count as "around the trajectory".
    illness_window_weeks: int = 8
    # Points per criterion status for the 0–100 readiness score (five criteria × 20 = 100).
    status_points: dict[str, int] = field(default_factory=lambda: {"met": 20, "doubtful": 10, "not_met": 0})
