#!/usr/bin/env bash
# Runs every test: installs what is missing, then format, lints, native tests,
# the release build (and one over hostile captures), and the end-to-end tests in
# headless Chromium against dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all --check
step "lints (native)"
cargo clippy --workspace --all-targets --locked -- -D warnings
step "lints (wasm)"
cargo clippy -p overlap-app --target wasm32-unknown-unknown --locked -- -D warnings
step "native tests"
cargo test --workspace --locked
step "release build"
trunk build --release
step "release build over hostile captures (e2e/hostile-seeds → e2e/dist-hostile, for the security tests)"
OVERLAP_SEEDS=e2e/hostile-seeds trunk build --release --dist e2e/dist-hostile
step "end-to-end tests (headless Chromium against dist/)"
(cd e2e && node --test --test-reporter=spec)
