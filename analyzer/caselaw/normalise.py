"""One encoding convention applied to every table file the same way, before any measurement.

A decision that only records the court's finding that no suitable position existed ("herplaatsing niet mogelijk",
"er waren geen passende functies", with a note that it is the court's account) has established the absence of a
position: that is the result of a search, not an employer's bare claim. Researchers sometimes wrote it as a
`no_vacancies` statement; this step rewrites exactly those as a search that found no position. It reads only the
note's wording, never the court's findings or the outcome, so it cannot carry the answer into the facts.

`python -m analyzer.caselaw.normalise FILE...` rewrites the files in place and prints what it changed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

COURT_ACCOUNT = re.compile(
    r"oordeel van de rechter|\b(?:het hof|de kantonrechter|de rechtbank|de rechter)\b|stelde vast|vastgesteld|aangetoond",
    re.IGNORECASE,
)


def normalise(entry: dict) -> list[str]:
    """Rewrite court-established 'no suitable position' statements of one entry; the ECLI-tagged changes."""
    facts = entry.get("facts") or {}
    kept, moved = [], []
    for statement in facts.get("redeployment_statements") or []:
        if statement.get("kind") == "no_vacancies" and COURT_ACCOUNT.search(str(statement.get("note", ""))):
            moved.append({"date": statement.get("date"), "scope": "unknown", "positions": 0, "note": statement.get("note", "")})
        else:
            kept.append(statement)
    if not moved:
        return []
    facts["redeployment_statements"] = kept
    facts["redeployment_searches"] = [*(facts.get("redeployment_searches") or []), *moved]
    entry["facts"] = facts
    return [f"{entry['ecli']}: vastgestelde afwezigheid van passende functies als onderzoek zonder resultaat"]


def main(argv: list[str]) -> int:
    for name in argv:
        path = Path(name)
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        changes = [line for entry in entries for line in normalise(entry)]
        if changes:
            path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8")
        print(f"{name}: {len(changes)} gewijzigd", *changes, sep="\n  ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
