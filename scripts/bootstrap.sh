#!/usr/bin/env bash
# Install what dossier-analyzer needs on this machine, when it is missing: Tesseract with Dutch data
# (system package, for OCR of scanned pages), Chromium for the browser test and PostgreSQL for the store
# tests (dev only), and a Python virtualenv in .venv with the package and its extras.
set -euo pipefail
cd "$(dirname "$0")/.."
# "run": what the product needs; "dev": also the test tools (pytest, Playwright with Debian's Chromium, …).
purpose="${1:-dev}"

need_apt=()
command -v tesseract >/dev/null 2>&1 || need_apt+=(tesseract-ocr)
if ! tesseract --list-langs 2>/dev/null | grep -qx nld; then need_apt+=(tesseract-ocr-nld); fi
# The browser test drives Debian's Chromium through Playwright (Playwright's own browser download is not used).
if [ "$purpose" = "dev" ] && ! command -v chromium >/dev/null 2>&1; then need_apt+=(chromium); fi
# The store and batch tests start a throw-away PostgreSQL server of their own (Debian's server binaries).
if [ "$purpose" = "dev" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then need_apt+=(postgresql); fi
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing system packages: ${need_apt[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
stamp=.venv/.installed-$purpose
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ scripts/constraints.txt -nt "$stamp" ]; then
  .venv/bin/pip install -q --upgrade pip
  # scripts/constraints.txt pins the numerical stack the shipped models were trained with
  if [ "$purpose" = "dev" ]; then .venv/bin/pip install -q -c scripts/constraints.txt -e ".[dev]"; else .venv/bin/pip install -q -c scripts/constraints.txt -e .; fi
  touch "$stamp"
fi

# deduce (pseudonymised exports) builds its name lookup tables on first use: about 100 s on two cores. Build them
# here, once per install, rather than in the user's first pseudonymised download (or in the first test run).
if ! ls .venv/lib/python*/site-packages/deduce/data/lookup/cache/lookup_structs.pickle >/dev/null 2>&1; then
  echo "Building deduce's name lookup tables (once per install, about two minutes)" >&2
  .venv/bin/python -c "import deduce; deduce.Deduce()"
fi
