#!/usr/bin/python3
"""Prints one line per table of a warehouse: its name, row count and a SHA-256 of its rows.

    bench/table-fingerprints.py WAREHOUSE [--launcher bin/msme-pulse]

Rows are hashed as sorted JSON lines without the columns that name the run (run_id, ingested_at);
of the runs table only the accounting is kept. Two warehouses written from the same input by two
builds print the same lines when their tables hold the same rows bit for bit:

    diff <(bench/table-fingerprints.py wh-before) <(bench/table-fingerprints.py wh-after)
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys

RUN_COLUMNS = {"run_id", "ingested_at"}
RUNS_KEPT = ["records_read", "articles", "duplicates", "quarantined", "articles_total", "topics_k"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser()
    p.add_argument("warehouse")
    p.add_argument("--launcher", default=os.path.join(here, "..", "bin", "msme-pulse"))
    a = p.parse_args()
    tables = sorted(t for t in os.listdir(a.warehouse)
                    if os.path.isdir(os.path.join(a.warehouse, t, "_delta_log")))
    if not tables:
        sys.exit("no Delta tables in " + a.warehouse)
    query = " UNION ALL ".join(f"SELECT '{t}' AS t, to_json(struct(*)) AS j FROM {t}" for t in tables)
    out = subprocess.run([a.launcher, "sql", query, "--warehouse", a.warehouse, "--format", "json"],
                         check=True, capture_output=True, text=True).stdout
    rows = {t: [] for t in tables}
    for line in out.splitlines():
        if not line.startswith("{"):
            continue
        r = json.loads(line)
        row = json.loads(r["j"])
        if r["t"] == "runs":
            row = {k: row.get(k) for k in RUNS_KEPT}
        else:
            row = {k: v for k, v in row.items() if k not in RUN_COLUMNS}
        rows[r["t"]].append(json.dumps(row, sort_keys=True, ensure_ascii=False))
    for t in tables:
        lines = sorted(rows[t])
        digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:16]
        print(f"{t}\t{len(lines)}\t{digest}")


if __name__ == "__main__":
    main()
