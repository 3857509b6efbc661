"""Facets + date histogram over every match of broad queries (≥ 10,000 matching passages) against
the same query's top-10 search, in the same run (issue #4's bar: facets ≤ 3× the search).

Both newsindex's own top 10 (no snippets, no collapsing) and plain Whoosh's top 10 (QueryParser on
the text field, reading the hits' passage records: newsindex keeps no Whoosh stored fields) are
measured; medians are over the warm calls.

Apart, the first facets call of a process (as ``newsindex facets`` makes, or an app's first): for
queries from a few hundred matches to over ten thousand, a handle opened for the query answers it
once, timed, then again (the median of the warm calls), beside its top-10 search.

    python benchmarks/bench_facets.py INDEX_DIR [--rounds 7] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.qparser import QueryParser

from newsindex import open_index
from newsindex.index.records import Records

QUERIES = ("said", "pct", "year", "mln", "dlrs", "company")
MIN_MATCHES = 10_000
FIRST_CALL_QUERIES = ("tariffs", "oil", "oil OR trade", "said")
"""505, 3,315, 9,094 and over 10,000 Reuters matches."""


def first_calls(index_dir: Path, rounds: int) -> list[dict[str, float | str]]:
    """Each query's first facets call on a handle of its own, with its warm median."""
    rows: list[dict[str, float | str]] = []
    for q in FIRST_CALL_QUERIES:
        with open_index(index_dir) as ix:
            started = time.perf_counter()
            total = ix.facets(q, by="month").total
            first = time.perf_counter() - started
            warm = []
            for _ in range(rounds):
                t = time.perf_counter()
                ix.facets(q, by="month")
                warm.append(time.perf_counter() - t)
            rows.append(
                {
                    "query": q,
                    "matches": total,
                    "first_ms": first * 1000,
                    "warm_ms": statistics.median(warm) * 1000,
                }
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    ix = open_index(args.index_dir)
    raw = whoosh_index.open_dir(str(args.index_dir))
    searcher = raw.searcher()
    records = Records(searcher.reader())
    qparser = QueryParser("text", raw.schema)

    first = first_calls(args.index_dir, args.rounds)
    rows = []
    for q in QUERIES:
        total = ix.search(q, limit=1, snippets=False, collapse=False).total
        if total < MIN_MATCHES:
            continue
        times: dict[str, list[float]] = {"facets": [], "search": [], "whoosh": []}
        for _ in range(args.rounds):
            t = time.perf_counter()
            ix.facets(q, by="month")
            times["facets"].append(time.perf_counter() - t)
            t = time.perf_counter()
            ix.search(q, limit=10, snippets=False, collapse=False)
            times["search"].append(time.perf_counter() - t)
            t = time.perf_counter()
            [records[hit.docnum] for hit in searcher.search(qparser.parse(q), limit=10)]
            times["whoosh"].append(time.perf_counter() - t)
        med = {k: statistics.median(v) * 1000 for k, v in times.items()}
        rows.append(
            {
                "query": q,
                "matches": total,
                **{f"{k}_ms": v for k, v in med.items()},
                "facets_vs_search": med["facets"] / med["search"],
                "facets_vs_whoosh": med["facets"] / med["whoosh"],
            }
        )
    result = {
        "index": str(args.index_dir),
        "first_calls": first,
        "rounds": args.rounds,
        "queries": rows,
        "median_facets_vs_search": statistics.median(r["facets_vs_search"] for r in rows),
        "median_facets_vs_whoosh": statistics.median(r["facets_vs_whoosh"] for r in rows),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"first facets call of a handle, and the same call warm (median of {args.rounds}):")
    print(f"{'query':14} {'matches':>8} {'first ms':>9} {'warm ms':>8} {'÷ warm':>7}")
    for c in first:
        ratio = float(c["first_ms"]) / float(c["warm_ms"])
        print(
            f"{c['query']:14} {c['matches']:8,} {c['first_ms']:9.1f} {c['warm_ms']:8.1f} "
            f"{ratio:7.2f}"
        )
    print(f"broad queries, medians of {args.rounds} rounds:")
    print(
        f"{'query':10} {'matches':>8} {'facets ms':>10} {'top10 ms':>9} {'whoosh ms':>10} "
        f"{'÷ top10':>8} {'÷ whoosh':>9}"
    )
    for r in rows:
        print(
            f"{r['query']:10} {r['matches']:8,} {r['facets_ms']:10.1f} {r['search_ms']:9.1f} "
            f"{r['whoosh_ms']:10.1f} {r['facets_vs_search']:8.2f} {r['facets_vs_whoosh']:9.2f}"
        )
    print(
        f"median ratio: facets ÷ newsindex top 10 = {result['median_facets_vs_search']:.2f}, "
        f"facets ÷ plain Whoosh top 10 = {result['median_facets_vs_whoosh']:.2f} (bar ≤ 3)"
    )


if __name__ == "__main__":
    main()
