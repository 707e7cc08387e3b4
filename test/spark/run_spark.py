"""Runs the Spark SQL of tieStrengthSql on a local Spark and compares it with tiesFromInteractions.

    python run_spark.py <dir>     # <dir>/cases.json and events.jsonl, written by test/spark/generate.ts

Each log becomes a temporary view (at as TIMESTAMP via timestamp_micros, or DOUBLE epoch ms),
each query runs with spark.sql, and its rows must equal the JavaScript ties to 1e-9 relative
(numbers below 1e-300 count as equal: subnormal powers of two differ between math libraries).
Prints a summary; exits 1 on a mismatch or a failed query.
"""
import json
import math
import os
import sys
import time

from pyspark.sql import SparkSession
from pyspark.sql.types import DoubleType, LongType, StringType, StructField, StructType

COLUMNS = [
    "source", "target", "strength", "interactions", "sourceInitiated", "targetInitiated", "firstAt",
    "lastAt", "spanDays", "ageDays", "daysSinceLast", "recency", "decayedVolume", "reciprocity",
    "oneWay", "channels", "multiplexity", "intimacy", "durationSeconds",
]


def close(a, b, rtol=1e-9, floor=1e-300):
    if a == b:
        return True
    if abs(a) < floor and abs(b) < floor:
        return True
    return abs(a - b) <= rtol * max(abs(a), abs(b))


def load(spark, directory, logs):
    """Every log from events.jsonl in one cached DataFrame, and one temporary view per log (its columns only)."""
    schema = StructType([
        StructField("log", LongType()),
        StructField("from", StringType()),
        StructField("to", StringType()),
        StructField("at_us", LongType()),
        StructField("at_ms", DoubleType()),
        StructField("channel", StringType()),
        StructField("durationSeconds", DoubleType()),
        StructField("recipients", DoubleType()),
    ])
    events = (
        spark.read.schema(schema).option("allowNonNumericNumbers", "true").option("mode", "FAILFAST")
        .json(os.path.join(directory, "events.jsonl")).cache()
    )
    events.count()
    events.createOrReplaceTempView("all_events")
    for i, log in enumerate(logs):
        shape = log["shape"]
        at = "timestamp_micros(at_us)" if shape["timeFormat"] == "timestamp" else "at_ms"
        optional = [f"`{c}`" for c in ("channel", "durationSeconds", "recipients") if shape[c]]
        columns = ", ".join(["`from`", "`to`", f"{at} AS `at`"] + optional)
        spark.sql(f"CREATE OR REPLACE TEMPORARY VIEW `{log['view']}` AS SELECT {columns} FROM all_events WHERE log = {i}")


def differences(actual, expected):
    out = []
    if len(actual) != len(expected):
        out.append(f"ties: {len(actual)} from Spark, {len(expected)} from tiesFromInteractions")
    for i, (a, e) in enumerate(zip(actual, expected)):
        for c in COLUMNS:
            x, y = a[c], e[c]
            if isinstance(y, bool) or isinstance(x, bool) or isinstance(y, str):
                same = x == y
            else:
                same = x is not None and close(float(x), float(y))
            if not same:
                out.append(f"tie {i} {e['source']}-{e['target']} {c}: Spark {x!r}, JS {y!r}")
        if len(out) >= 10:
            break
    return out


def main():
    directory = sys.argv[1]
    with open(os.path.join(directory, "cases.json"), encoding="utf-8") as f:
        data = json.load(f)
    started = time.time()
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("tiestrength-sql")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.shuffle.partitions", "1")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        # Tiny inputs and many distinct queries: compiling generated code costs more than it saves
        # (measured about 2x faster interpreted); results do not depend on it.
        .config("spark.sql.codegen.wholeStage", "false")
        .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
        .config("spark.driver.memory", "1g")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    print(f"spark: Spark {spark.version} started in {time.time() - started:.1f} s", flush=True)
    load(spark, directory, data["logs"])
    print(f"spark: {len(data['logs'])} logs loaded in {time.time() - started:.1f} s", flush=True)
    failures = 0
    ties = 0
    for run in data["runs"]:
        try:
            rows = [r.asDict() for r in spark.sql(run["sql"]).collect()]
        except Exception as error:  # noqa: BLE001 - report every failure, then exit 1
            failures += 1
            print(f"FAIL {run['name']}: query failed: {str(error).splitlines()[0]}", flush=True)
            continue
        rows.sort(key=lambda r: (r["source"].encode("utf-8"), r["target"].encode("utf-8")))
        problems = differences(rows, run["expected"])
        ties += len(rows)
        if problems:
            failures += 1
            print(f"FAIL {run['name']}", flush=True)
            for p in problems:
                print(f"  {p}", flush=True)
    spark.stop()
    total = len(data["runs"])
    print(
        f"spark: {total - failures}/{total} queries equal tiesFromInteractions to 1e-9 "
        f"({ties} ties, {len(data['logs'])} logs) in {time.time() - started:.1f} s"
    )
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
