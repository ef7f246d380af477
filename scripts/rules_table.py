"""The README's table of legal rules and parameters, from the code.

`python scripts/rules_table.py` prints it; `--write` puts it into README.md in place.

The README shows the output between the markers `<!-- rules:start -->` and `<!-- rules:end -->`; a test checks that
the two agree, so the documentation cannot drift from the rules a verdict is built from.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

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


README = Path(__file__).resolve().parents[1] / "README.md"


def write_readme(readme: Path = README) -> None:
    text = readme.read_text(encoding="utf-8")
    table = rules_table()
    text = re.sub(
        r"(<!-- rules:start -->\n).*?(\n<!-- rules:end -->)",
        lambda m: m.group(1) + table + m.group(2),
        text,
        flags=re.S,
    )
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    if "--write" in sys.argv:
        write_readme()
    else:
        print(rules_table())
