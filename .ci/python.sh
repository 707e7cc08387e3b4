#!/usr/bin/env bash
# Installs what `npm run test:python` needs when missing: pandas and pyarrow (pip). DuckDB is
# optional (the round trip also checks it when installed). Env: PYTHON (python3).
set -euo pipefail
PY="${PYTHON:-python3}"
if ! command -v "$PY" >/dev/null 2>&1; then
  echo "python: $PY not found; install Python 3 (the Python round trip will be skipped)" >&2
  exit 0
fi
if ! "$PY" -c 'import pandas, pyarrow' 2>/dev/null; then
  echo "python: installing pandas and pyarrow (pip)"
  "$PY" -m pip install --quiet --disable-pip-version-check pandas pyarrow
fi
"$PY" -c 'import pandas, pyarrow; print("python: pandas", pandas.__version__, "pyarrow", pyarrow.__version__)'
