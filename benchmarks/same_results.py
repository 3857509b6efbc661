"""Same results before and after a change: the benchmark queries' totals, top 10 and scores.

    .venv/bin/python benchmarks/same_results.py dump INDEX OUT.json [--queries FILE]
    .venv/bin/python benchmarks/same_results.py compare BEFORE.json AFTER.json

``dump`` runs every query of ``bench_large.py``'s five kinds (keyword, phrase, broad all-words
and any-word, person + date; 640 on benchmarks/queries.json) on an index, top 10, and writes
each query's total, whether it is a lower bound, and its hits' ids and scores (12 decimals).
Run it once with each version of the code (in its own checkout and virtual environment: an
editable install's finder wins over ``PYTHONPATH``), then ``compare`` the two files: it lists
the queries that differ and exits 1 if any does (issue 16's "results identical" bar).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import common
from bench_large import load_queries, newsindex_search


def dump(index: Path, out: Path, queries: Path) -> int:
    import newsindex

    ix = newsindex.open_index(index)
    found: dict[str, Any] = {}
    for kind, qs in load_queries(queries, None).items():
        for q in qs:
            results = newsindex_search(ix, q)
            key = f"{kind} {json.dumps(q, sort_keys=True)}"
            found[key] = [
                results.total,
                results.total_is_lower_bound,
                [[hit.id, round(hit.score, 12)] for hit in results.hits],
            ]
    ix.close()
    out.write_text(json.dumps(found, indent=1), encoding="utf-8")
    print(f"{len(found)} queries from {newsindex.__file__} written to {out}")
    return 0


def compare(before: Path, after: Path) -> int:
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    differ = [key for key in a.keys() | b.keys() if a.get(key) != b.get(key)]
    for key in sorted(differ)[:20]:
        print(f"differs: {key}\n  before {a.get(key)}\n  after  {b.get(key)}")
    print(f"{len(a)} queries before, {len(b)} after; {len(differ)} differ")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="write the queries' results on an index")
    d.add_argument("index", type=Path)
    d.add_argument("out", type=Path)
    d.add_argument("--queries", type=Path, default=common.QUERIES)
    c = sub.add_parser("compare", help="list the queries whose results differ")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        return dump(args.index, args.out, args.queries)
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
