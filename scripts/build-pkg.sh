#!/usr/bin/env bash
# Builds pkg/, the npm package `claimlens` (WebAssembly + the JS widget), and
# copies it to www/pkg/ for the host page.
#
#   scripts/build-pkg.sh            # release build, wasm-opt if available
#   CLAIMLENS_WASM_OPT=0 scripts/build-pkg.sh   # skip wasm-opt
#
# On a fresh machine it installs what it needs and skips what is there:
# the wasm32 target (rustup), wasm-bindgen-cli at the exact version in
# Cargo.lock (cargo install, ~5 min once), and from npm binaryen's wasm-opt
# (never Debian's binaryen, which breaks the module) and esbuild, which makes
# the host page's script one file (www/pkg/page.js).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*" >&2; }

# --- tools --------------------------------------------------------------
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

wbg_version=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock 2>/dev/null || true)
if [ -z "$wbg_version" ]; then
  wbg_version=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
fi
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$wbg_version" ]; then
  step "cargo install wasm-bindgen-cli --version $wbg_version (found: ${have:-none})"
  # Not --locked: the CLI's own lockfile names a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$wbg_version"
fi

want_wasm_opt=1
[ "${CLAIMLENS_WASM_OPT:-1}" != 0 ] || want_wasm_opt=0
if command -v npm >/dev/null; then
  if [ ! -x node_modules/.bin/esbuild ] || { [ "$want_wasm_opt" = 1 ] && [ ! -x node_modules/.bin/wasm-opt ]; }; then
    step "npm ci (binaryen for wasm-opt, esbuild for the page; playwright-core and typescript for the tests)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi
wasm_opt=""
if [ "$want_wasm_opt" = 1 ] && [ -x node_modules/.bin/wasm-opt ]; then
  wasm_opt=node_modules/.bin/wasm-opt
fi

# --- build --------------------------------------------------------------
# The `wasm` profile: release with the engine at opt-level 2 (Cargo.toml
# says why).
step "cargo build --profile wasm --target wasm32-unknown-unknown --lib"
cargo build --profile wasm --target wasm32-unknown-unknown --lib

step "wasm-bindgen --target web --out-dir pkg"
rm -rf pkg
wasm-bindgen --target web --out-dir pkg --out-name claimlens \
  target/wasm32-unknown-unknown/wasm/claimlens.wasm

if [ -n "$wasm_opt" ]; then
  step "wasm-opt -O2 (binaryen from npm)"
  # -O2, not -O3: at 7b164b5 the module is 1.1 KB smaller gzipped
  # (191,074 -> 189,977 B; what -O3 adds compresses worse) and as fast
  # (bench-wasm.mjs --quick twice on each, back to back: PolNeAR dev 26.6-26.8
  # MB/s against 26.9-27.0, within the runs' noise).
  # No inlining of a function just because it has one caller: by default
  # binaryen merges them all, which made one 96 KB function of the engine,
  # and Chrome compiles a wasm function whole on its first call, on the
  # page's main thread (lazy compilation). Split, the first annotate() in a
  # fresh page costs about 20 ms instead of 45, and throughput is the same.
  # The producers and target_features sections are notes for tools, not
  # read by any browser: stripped, about 236 B less gzipped.
  "$wasm_opt" -O2 --one-caller-inline-max-function-size=0 --strip-producers --strip-target-features --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-reference-types --enable-multivalue --enable-mutable-globals \
    pkg/claimlens_bg.wasm -o pkg/claimlens_bg.opt.wasm
  mv pkg/claimlens_bg.opt.wasm pkg/claimlens_bg.wasm
fi

step "JS layer, package.json"
cp js/*.js js/*.d.ts js/README.md pkg/
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
sed "s/\"version\": \"0.0.0\"/\"version\": \"$version\"/" js/package.json > pkg/package.json

# What a page downloads is minified, each module on its own (imports and
# exports keep their names), with a source map beside it that holds the
# readable source (js/, and wasm-bindgen's glue): 21.5 KB of JS and CSS
# gzipped becomes 13 KB. Without esbuild the modules ship as written.
if [ -x node_modules/.bin/esbuild ]; then
  step "esbuild --minify each module of pkg/ (source maps beside them)"
  (cd pkg && find . -name '*.js' | sort | while read -r f; do
    ../node_modules/.bin/esbuild "$f" --minify --sourcemap --sources-content=true \
      --outfile="$f.min" --log-level=warning
    mv "$f.min" "$f"
    sed 's/\.js\.min\.map/.js.map/' "$f" > "$f.min" && mv "$f.min" "$f"
    mv "$f.min.map" "$f.map"
  done)
fi

raw=$(wc -c < pkg/claimlens_bg.wasm)
gz=$(gzip -9 -c pkg/claimlens_bg.wasm | wc -c)
printf 'pkg/claimlens_bg.wasm: %s bytes raw, %s bytes gzip -9\n' "$raw" "$gz" >&2

# --- host page ------------------------------------------------------------
rm -rf www/pkg
cp -r pkg www/pkg
# The page's script with the modules it imports, as one file: each module is
# one more request before the page can start, and a static server answers
# them a few at a time. Relative URLs stay right: www/pkg/page.js sits beside
# claimlens_bg.wasm and worker.js, like the modules it was made from.
if [ -x node_modules/.bin/esbuild ]; then
  step "esbuild www/app.js --bundle -> www/pkg/page.js"
  # Minified (51 -> about 20 KB): the script is on the page's critical path,
  # fetched while the page is laid out, then parsed on the main thread.
  node_modules/.bin/esbuild www/app.js --bundle --minify --sourcemap --format=esm --outfile=www/pkg/page.js --log-level=warning
else
  # Without esbuild the page loads its modules one by one.
  printf "import '../app.js';\n" > www/pkg/page.js
fi
step "done: pkg/ (npm package) and www/pkg/ (for the page)"
