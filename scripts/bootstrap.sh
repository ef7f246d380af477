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
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/pip install -q --upgrade pip
  if [ "$purpose" = "dev" ]; then .venv/bin/pip install -q -e ".[dev]"; else .venv/bin/pip install -q -e .; fi
  touch "$stamp"
fi
