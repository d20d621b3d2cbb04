# Sourced by run.sh and test.sh: make .venv and (re)install SalesDesk when pyproject.toml
# changed since the last install. Works on a fresh clone with only python3 (>= 3.11).
set -euo pipefail
PY="${PYTHON:-python3}"
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "SalesDesk needs Python 3.11 or newer; '$PY' is $("$PY" --version 2>&1)." >&2
  echo "Set PYTHON=/path/to/python3.11 and try again." >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  echo "Creating .venv (first run only)…" >&2
  "$PY" -m venv .venv
fi
stamp=".venv/.salesdesk-installed"
want="$(cat pyproject.toml | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "Installing SalesDesk and its dependencies into .venv (a few minutes the first time)…" >&2
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
  echo "$want" > "$stamp"
fi
