"""Print the README's table of legal rules and parameters from the code (`python scripts/rules_table.py`).

The README shows the output between the markers `<!-- rules:start -->` and `<!-- rules:end -->`; a test checks that
the two agree, so the documentation cannot drift from the rules a verdict is built from.
"""

from __future__ import annotations

from analyzer.labels import CRITERIA
from analyzer.score import REQUIREMENTS
from analyzer.score.parameters import default_parameters
from analyzer.score.rules import RULES


def rules_table() -> str:
    lines = ["| rule | requirement | what it judges | source |", "|---|---|---|---|"]
    for requirement in REQUIREMENTS:
        for rule in (r for r in RULES if r.requirement == requirement):
            overrides = f" (exception: sets aside {', '.join(rule.overrides)})" if rule.overrides else ""
            lines.append(f"| {rule.id} | {CRITERIA[requirement]} | {rule.aspect}{overrides} | {rule.source} |")
    lines += ["", "| parameter | value | unit | source |", "|---|---|---|---|"]
    for entry in default_parameters().entries.values():
        lines.append(f"| `{entry.name}` | {entry.value} | {entry.unit} | {entry.source} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(rules_table())
