#!/usr/bin/env bash
# npm run test:spark — runs the Spark SQL of tieStrengthSql on a local Spark (pyspark in local
# mode) and compares it with tiesFromInteractions to 1e-9 (test/spark/run_spark.py).
#
# Installs what is missing: pyspark into a venv under ~/.cache/tiestrength-spark (unless the
# Python at $SPARK_PYTHON or python3 already has it). Skips with a printed reason, exit 0, when
# Java or Python is missing or the install does not finish within $SPARK_INSTALL_TIMEOUT seconds
# (300). Exits 1 when a query fails or differs. Pass --all to run every case (slower).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/tiestrength-spark"
VENV="$CACHE/venv"
INSTALL_TIMEOUT="${SPARK_INSTALL_TIMEOUT:-300}"
RUN_TIMEOUT="${SPARK_RUN_TIMEOUT:-900}"

skip() {
  echo "spark: skipped: $*"
  exit 0
}

command -v java >/dev/null 2>&1 || skip "no java on PATH (Spark needs Java 17 or later; Debian: apt-get install openjdk-17-jre-headless)"
JAVA_MAJOR="$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)"
if [ -n "$JAVA_MAJOR" ] && [ "$JAVA_MAJOR" -lt 17 ]; then
  skip "java $JAVA_MAJOR is too old (pyspark 4 needs Java 17 or later)"
fi

# A Python with pyspark: $SPARK_PYTHON, python3, or the cached venv (created when needed).
PY=""
for candidate in "${SPARK_PYTHON:-}" python3 "$VENV/bin/python"; do
  [ -n "$candidate" ] || continue
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import pyspark' >/dev/null 2>&1; then
    PY="$candidate"
    break
  fi
done
if [ -z "$PY" ]; then
  command -v python3 >/dev/null 2>&1 || skip "no python3 on PATH"
  echo "spark: installing pyspark into $VENV (at most ${INSTALL_TIMEOUT} s)"
  mkdir -p "$CACHE"
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV" >"$CACHE/install.log" 2>&1 || skip "python3 -m venv failed (see $CACHE/install.log; Debian: apt-get install python3-venv)"
  fi
  if ! timeout "$INSTALL_TIMEOUT" "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check pyspark >>"$CACHE/install.log" 2>&1; then
    skip "pip install pyspark failed or took over ${INSTALL_TIMEOUT} s (see $CACHE/install.log)"
  fi
  "$VENV/bin/python" -c 'import pyspark' >/dev/null 2>&1 || skip "pyspark does not import after the install (see $CACHE/install.log)"
  PY="$VENV/bin/python"
fi
echo "spark: $("$PY" -c 'import pyspark, sys; print("pyspark", pyspark.__version__, "on Python", sys.version.split()[0])'), java $JAVA_MAJOR"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/tiestrength-spark.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
npx tsx test/spark/generate.ts "$WORK" "$@" || { echo "spark: generating the SQL and the expected ties failed"; exit 1; }
export PYSPARK_PYTHON="$PY"
timeout "$RUN_TIMEOUT" "$PY" test/spark/run_spark.py "$WORK" 2> >(grep -v -E '^(WARNING|Using Spark|Setting default log level|To adjust logging level|[0-9/]+ [0-9:]+ WARN )' >&2)
status=$?
if [ "$status" -eq 124 ]; then
  echo "spark: the run took over ${RUN_TIMEOUT} s and was stopped"
fi
exit "$status"
