#!/usr/bin/env bash
# Executes every notebook in examples/notebooks headless on the tslab (TypeScript) kernel and fails
# on any cell error (issue 10 item 4). Installs what is missing: Jupyter's nbconvert, jupyter_client
# and ipykernel with pip, and tslab with npm into node_modules/.cache/tslab (not a dependency of the
# package). The notebooks load the built package: run `npm run build` first.
#
#   .ci/notebooks.sh            execute into a temporary directory (check only; the tree is unchanged)
#   .ci/notebooks.sh --inplace  execute and rewrite the notebooks with their outputs (to commit them)
#
# Env: PYTHON (python3), NOTEBOOK_ROOT (the repository: the tree holding dist/ and
# examples/notebooks/), NOTEBOOK_TIMEOUT (seconds per cell, 300).
set -euo pipefail

ROOT="${NOTEBOOK_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
PY="${PYTHON:-python3}"
TIMEOUT="${NOTEBOOK_TIMEOUT:-300}"
INPLACE=0
[ "${1:-}" = "--inplace" ] && INPLACE=1

if [ ! -f "$ROOT/dist/index.cjs" ]; then
  echo "notebooks: $ROOT/dist/index.cjs is missing; run \`npm run build\` first" >&2
  exit 1
fi

if ! "$PY" -c 'import nbconvert, jupyter_client, ipykernel' 2>/dev/null; then
  echo "notebooks: installing nbconvert, jupyter_client, ipykernel (pip)"
  "$PY" -m pip install --quiet --disable-pip-version-check nbconvert jupyter_client ipykernel
fi

TSLAB="$(command -v tslab || true)"
if [ -z "$TSLAB" ]; then
  PREFIX="$ROOT/node_modules/.cache/tslab"
  TSLAB="$PREFIX/node_modules/.bin/tslab"
  if [ ! -x "$TSLAB" ]; then
    echo "notebooks: installing tslab (npm, into $PREFIX)"
    mkdir -p "$PREFIX"
    npm install --prefix "$PREFIX" --no-save --no-audit --no-fund --loglevel=error tslab@1 >/dev/null
  fi
fi
if ! "$PY" -m jupyter kernelspec list 2>/dev/null | grep -q '^ *tslab '; then
  echo "notebooks: registering the tslab kernel"
  "$TSLAB" install --python="$PY" --binary="$TSLAB" --user >/dev/null
fi

shopt -s nullglob
NOTEBOOKS=("$ROOT"/examples/notebooks/*.ipynb)
if [ ${#NOTEBOOKS[@]} -eq 0 ]; then
  echo "notebooks: none found in $ROOT/examples/notebooks" >&2
  exit 1
fi

ARGS=(--to notebook --execute --ExecutePreprocessor.kernel_name=tslab --ExecutePreprocessor.timeout="$TIMEOUT")
if [ "$INPLACE" = 1 ]; then
  ARGS+=(--inplace)
else
  OUT="$(mktemp -d)"
  trap 'rm -rf "$OUT"' EXIT
  ARGS+=(--output-dir "$OUT")
fi

# nbconvert stops with a non-zero status at the first cell that raises; each notebook runs in its
# own directory, so that `../../dist` resolves.
failed=0
for nb in "${NOTEBOOKS[@]}"; do
  started=$(date +%s)
  if "$PY" -m jupyter nbconvert "${ARGS[@]}" "$nb" >/dev/null 2>"${TMPDIR:-/tmp}/nbconvert.$$.log"; then
    echo "ok   $(basename "$nb") ($(( $(date +%s) - started )) s)"
  else
    echo "FAIL $(basename "$nb")"
    tail -n 40 "${TMPDIR:-/tmp}/nbconvert.$$.log" >&2
    failed=1
  fi
done
rm -f "${TMPDIR:-/tmp}/nbconvert.$$.log"
exit "$failed"
