#!/usr/bin/env bash
# Wall seconds of cold analyses of the five sample dossiers: each by a fresh process with an empty data home (no
# cache), as a user's first run. Compare two checkouts with the same interpreter:
#   benchmarks/cold_samples.sh .                      # this checkout
#   git worktree add /tmp/before 6933d7a && benchmarks/cold_samples.sh /tmp/before
set -euo pipefail
repo=$(cd "${1:-.}" && pwd)
python=$(cd "$(dirname "$0")/.." && pwd)/.venv/bin/python
total=0
for dossier in "$repo"/sample_dossiers/0*/; do
  home=$(mktemp -d)
  start=$(date +%s.%N)
  (cd "$repo" && DOSSIER_ANALYZER_HOME=$home PYTHONPATH=$repo "$python" -c "from analyzer.cli import main; main()" \
    analyze "$dossier" --format json -o /dev/null 2>/dev/null)
  end=$(date +%s.%N)
  total=$(python3 -c "print(round($total + $end - $start, 2))")
  rm -rf "$home"
done
echo "$repo: $total s for the five sample dossiers, cold"
