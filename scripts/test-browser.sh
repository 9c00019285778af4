#!/usr/bin/env bash
# Runs every browser test of claimlens:
#   1. wasm-bindgen tests of the wasm layer in headless Chromium
#      (cargo test --target wasm32-unknown-unknown --lib);
#   2. node's test runner over tests/browser/*.test.mjs, driving Debian's
#      Chromium through playwright-core: the host page end to end, the
#      widget on a fixture page with real markup, and the npm package
#      imported from node, a page and TypeScript.
# It installs what is missing (Chromium and chromedriver from apt, the npm
# packages of package.json) and builds pkg/ first (scripts/build-pkg.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*" >&2; }

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  step "apt-get install chromium chromium-driver"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends chromium chromium-driver
fi

if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/typescript ] || [ ! -d node_modules/binaryen ] || [ ! -d node_modules/axe-core ]; then
  step "npm ci (playwright-core, typescript, axe-core, binaryen)"
  npm ci --no-audit --no-fund --loglevel=error
fi

scripts/build-pkg.sh

step "wasm-bindgen tests in headless Chromium"
cargo test --target wasm32-unknown-unknown --lib -- --skip panic
# Alone: after a panic the instance is rebuilt, which would reset the harness too.
cargo test --target wasm32-unknown-unknown --lib -- panic

step "page, widget and package tests (node --test, playwright-core)"
node --test tests/browser/*.test.mjs
