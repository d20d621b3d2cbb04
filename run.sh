#!/usr/bin/env bash
# Start SalesDesk: sets up .venv on first use, then opens the window (or runs a command:
# ./run.sh info, ./run.sh demo --accounts 5000, ./run.sh --help).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/ensure_venv.sh
exec .venv/bin/salesdesk "$@"
