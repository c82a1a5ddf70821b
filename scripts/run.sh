#!/usr/bin/env bash
# Runs the app: installs what is missing, then serves it on http://127.0.0.1:8080
# and rebuilds on every change (a new or edited seed included).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
exec trunk serve --address 127.0.0.1 --port 8080 "$@"
