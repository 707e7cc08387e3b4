"""Reads the Arrow and Parquet files written by round-trip.python.ts and checks columns, dtypes
and values against the expected rows (a JSON manifest). Prints one line per check; exits 1 on a
mismatch. Usage: python3 check_tables.py manifest.json"""
import json
import math
import sys

import pandas as pd
import pyarrow as pa
import pyarrow.feather as feather
import pyarrow.parquet as pq

try:
    import duckdb  # optional
except ImportError:
    duckdb = None

ARROW_TYPES = {"float64": pa.float64(), "boolean": pa.bool_(), "string": (pa.string(), pa.large_string())}
failures = []


def check(label, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + label + ("" if ok else ": " + detail))
    if not ok:
        failures.append(label)


def same(a, b):
    if a is None or (isinstance(a, float) and math.isnan(a)):
        return b is None or (isinstance(b, float) and math.isnan(b)) or b is pd.NA
    if isinstance(a, float) or isinstance(b, float):
        return isinstance(b, (int, float)) and not isinstance(b, bool) and float(a) == float(b)
    return a == b


def values(frame):
    out = []
    for record in frame.to_dict(orient="records"):
        out.append({k: (None if (v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v) and False)) else (v.item() if hasattr(v, "item") else v)) for k, v in record.items()})
    return out


manifest = json.load(open(sys.argv[1]))
for entry in manifest:
    name, columns, types, rows = entry["name"], entry["columns"], entry["types"], entry["rows"]
    for fmt in ("arrow", "parquet"):
        path = entry[fmt]
        table = feather.read_table(path) if fmt == "arrow" else pq.read_table(path)
        check(f"{name}.{fmt}: pyarrow columns", table.column_names == columns, f"{table.column_names} != {columns}")
        for column in columns:
            expected = ARROW_TYPES[types[column]]
            actual = table.schema.field(column).type
            ok = actual in expected if isinstance(expected, tuple) else actual == expected
            check(f"{name}.{fmt}: {column} is {types[column]}", ok, str(actual))
        frame = pd.read_feather(path) if fmt == "arrow" else pd.read_parquet(path)
        check(f"{name}.{fmt}: pandas shape", frame.shape == (len(rows), len(columns)), str(frame.shape))
        for column in columns:
            kind = frame[column].dtype.kind
            want = {"float64": "f", "boolean": "b", "string": ("O", "T")}[types[column]]
            ok = kind in want if isinstance(want, tuple) else kind == want
            if types[column] == "string" and not ok:
                ok = str(frame[column].dtype) in ("str", "string")
            check(f"{name}.{fmt}: pandas dtype of {column}", ok, str(frame[column].dtype))
        back = values(frame)
        mismatches = [
            (i, k, row[k], back[i][k]) for i, row in enumerate(rows) for k in columns if not same(row[k], back[i][k])
        ]
        check(f"{name}.{fmt}: values", not mismatches, str(mismatches[:3]))
        if duckdb is not None and fmt == "parquet":
            n = duckdb.sql(f"SELECT count(*) FROM read_parquet('{path}')").fetchone()[0]
            check(f"{name}.parquet: duckdb row count", n == len(rows), str(n))

print(f"{len(failures)} failed" if failures else "python round trip: all checks passed")
sys.exit(1 if failures else 0)
