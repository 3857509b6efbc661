"""Query latency: newsindex (with and without snippets) against plain Whoosh, same index contents.

    .venv/bin/python benchmarks/bench_query.py [--out DIR] [--rounds 3] [--json FILE]

Runs every query of benchmarks/queries.json (≥ 200 per kind: keyword, phrase, person filter,
date range, person + date range, facets) on the indexes bench_index.py left in ``--out``
(building them first when missing). One untimed warm-up pass, then ``--rounds`` timed passes;
within a pass each query runs once per mode, the order of the modes rotating from query to query,
so newsindex and the baseline share the same machine noise. A query's time is its median over
the rounds; the figures are the p50 / p95 of those over the queries, in milliseconds, timed
around the public call (hits built, stored fields read).

Baseline: plain Whoosh on the baseline index (``StemmingAnalyzer``), ``QueryParser("text")``,
one searcher kept open, top 10 with their stored fields, no snippets, no count of all matches
(counted in the warm-up pass only, for the report). For date queries it adds
``DateRange``; for person queries there is no baseline (plain Whoosh has no persons).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import common

BARS = {"snippets": 1.5, "plain": 1.1, "person_date": 1.0}
KINDS = ("keyword", "phrase", "person", "date", "person_date", "facets")
Runner = Callable[[dict[str, Any], bool], int]
"""Runs one query; returns its number of matches when asked to count (untimed passes)."""


def ensure_index(out: Path) -> dict[str, Any]:
    build = out / common.BUILD_INFO
    if not build.exists():
        print(f"no benchmark index in {out}: building it with bench_index.py", flush=True)
        subprocess.run(
            [
                sys.executable,
                str(common.BENCH_DIR / "bench_index.py"),
                "--out",
                str(out),
                "--skip-stages",
                "--skip-add",
            ],
            check=True,
        )
    data: dict[str, Any] = json.loads(build.read_text(encoding="utf-8"))
    return data


def newsindex_runners(ix: Any) -> dict[str, Runner]:
    def search(q: dict[str, Any], snippets: bool, match: str = "auto") -> int:
        results = ix.search(  # the total is part of the results
            q.get("query", ""),
            person=q.get("person"),
            since=q.get("since"),
            until=q.get("until"),
            snippets=snippets,
            match=match,
        )
        return int(results.total)

    runners: dict[str, Runner] = {
        "newsindex": lambda q, count: search(q, True),
        "newsindex_nosnip": lambda q, count: search(q, False),
        # The baseline's task: every word required, no page completed with partial matches.
        "newsindex_all": lambda q, count: search(q, True, "all"),
    }
    if hasattr(ix, "facets"):
        runners["facets"] = lambda q, count: int(ix.facets(q.get("query", "")).total)
    return runners


def baseline_runner(searcher: Any, schema: Any) -> Runner:
    from whoosh import query as wq
    from whoosh.qparser import QueryParser

    parser = QueryParser("text", schema)

    def run(q: dict[str, Any], count: bool) -> int:
        parsed = parser.parse(q["query"])
        if q.get("since") or q.get("until"):
            since = dt.datetime.fromisoformat(q["since"]) if q.get("since") else None
            until = dt.datetime.fromisoformat(q["until"]) if q.get("until") else None
            if until is not None:
                until = until.replace(hour=23, minute=59, second=59)
            parsed = wq.And([parsed, wq.DateRange("date", since, until)])
        results = searcher.search(parsed, limit=10)
        for hit in results:
            hit.fields()
        # Counting all matches re-runs the query in Whoosh; plain top 10 does not need it.
        return len(results) if count else results.scored_length()

    return run


def modes_for(kind: str, runners: dict[str, Runner]) -> list[str]:
    if kind == "facets":
        return ["facets"] if "facets" in runners else []
    if kind in ("person", "person_date"):
        return ["newsindex"]  # no query text: snippets do not apply, no baseline
    if kind == "keyword":
        return ["newsindex", "newsindex_nosnip", "newsindex_all", "baseline"]
    return ["newsindex", "newsindex_nosnip", "baseline"]


def time_kind(
    queries: list[dict[str, Any]], modes: list[str], runners: dict[str, Runner], rounds: int
) -> dict[str, Any]:
    """Warm up, then ``rounds`` interleaved passes; per-mode p50/p95 of per-query medians."""
    times: dict[str, list[list[float]]] = {m: [[] for _ in queries] for m in modes}
    hits: dict[str, list[int]] = {m: [0] * len(queries) for m in modes}
    errors: dict[str, list[str]] = {m: [] for m in modes}
    failed: set[tuple[str, int]] = set()
    for timed_round in range(rounds + 1):
        for i, q in enumerate(queries):
            shift = (i + timed_round) % len(modes)
            for mode in modes[shift:] + modes[:shift]:
                if (mode, i) in failed:
                    continue
                started = time.perf_counter()
                try:
                    total = runners[mode](q, not timed_round)
                except Exception as exc:  # a query the engine refuses is reported, not timed
                    failed.add((mode, i))
                    errors[mode].append(f"{q}: {type(exc).__name__}: {exc}")
                    continue
                elapsed = time.perf_counter() - started
                if timed_round:
                    times[mode][i].append(elapsed * 1000)
                else:
                    hits[mode][i] = total
    out: dict[str, Any] = {}
    for mode in modes:
        per_query = [common.median(t) for t in times[mode] if t]
        by_band: dict[str, list[float]] = {}
        for q, t in zip(queries, times[mode], strict=True):
            if t and q.get("band"):
                by_band.setdefault(q["band"], []).append(common.median(t))
        ok = [h for i, h in enumerate(hits[mode]) if (mode, i) not in failed]
        out[mode] = {
            "queries": len(per_query),
            "p50_ms": common.percentile(per_query, 50),
            "p95_ms": common.percentile(per_query, 95),
            "mean_ms": sum(per_query) / len(per_query) if per_query else float("nan"),
            "p50_ms_by_band": {band: common.median(v) for band, v in by_band.items()},
            "empty": sum(1 for h in ok if h == 0),
            "median_matches": common.median([float(h) for h in ok]) if ok else 0,
            "errors": errors[mode][:5],
            "error_count": len(errors[mode]),
        }
    return out


OPTIMIZED_KINDS = ("keyword", "phrase", "person_date")


def optimized_pass(
    out: Path, queries: dict[str, Any], baseline: Runner, args: argparse.Namespace
) -> dict[str, Any]:
    """The same queries on a copy of the index merged into one segment (``newsindex optimize``):
    what a read-mostly archive gets; the bars above are for the index as built."""
    import shutil

    import newsindex

    target = out / "newsindex-optimized"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(common.newsindex_dir(out), target)
    report = newsindex.optimize_index(target)
    print(
        f"optimized copy: {report.segments_before} segments merged into "
        f"{report.segments_after} in {report.seconds:.1f} s",
        flush=True,
    )
    figures: dict[str, Any] = {
        "segments_before": report.segments_before,
        "seconds": report.seconds,
        "kinds": {},
    }
    with newsindex.open_index(target) as ix:
        runners = {**newsindex_runners(ix), "baseline": baseline}
        for kind in OPTIMIZED_KINDS:
            qs = queries[kind][: args.limit_queries]
            figures["kinds"][kind] = time_kind(qs, modes_for(kind, runners), runners, args.rounds)
            for mode, f in figures["kinds"][kind].items():
                print(f"optimized {kind:12s} {mode:17s} p50 {f['p50_ms']:7.2f}", flush=True)
    shutil.rmtree(target, ignore_errors=True)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=common.DEFAULT_OUT, help="index folder root")
    parser.add_argument("--queries", type=Path, default=common.QUERIES)
    parser.add_argument("--rounds", type=int, default=3, help="timed passes (after one warm-up)")
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("--limit-queries", type=int, help="only the first N queries of each kind")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument(
        "--optimized",
        action="store_true",
        help="also time keyword, phrase and person + date queries on a copy of the index merged "
        "into one segment by newsindex.optimize_index",
    )
    parser.add_argument(
        "--profile",
        choices=KINDS,
        help="after timing, cProfile one pass of this kind (newsindex mode) into --profile-file",
    )
    parser.add_argument(
        "--profile-file", type=Path, default=common.BENCH_DIR / "profiles" / "query.txt"
    )
    args = parser.parse_args()
    common.setup_nltk_data()
    args.out = args.out.resolve()
    build = ensure_index(args.out)
    if not args.queries.exists():
        raise SystemExit(f"no {args.queries}: run benchmarks/make_queries.py")
    queries = json.loads(args.queries.read_text(encoding="utf-8"))
    if queries["index"]["limit"] != build["limit"]:
        print(
            f"NOTE: queries were drawn from an index of limit={queries['index']['limit']}, "
            f"this index has limit={build['limit']}"
        )

    from whoosh import index as whoosh_index

    import newsindex

    info = common.machine_info()
    common.print_machine(info)
    print(
        f"index {args.out}: {build['articles']} articles, {build['passages']} passages; "
        f"{args.rounds} rounds after a warm-up; times in ms (p50 / p95 of per-query medians)",
        flush=True,
    )
    open_s, ix = common.timed(lambda: newsindex.open_index(common.newsindex_dir(args.out)))
    base_ix = whoosh_index.open_dir(str(common.baseline_dir(args.out)))
    searcher = base_ix.searcher()
    runners = newsindex_runners(ix)
    runners["baseline"] = baseline_runner(searcher, base_ix.schema)
    results: dict[str, Any] = {
        "machine": info,
        "command": sys.argv,
        "build": build,
        "rounds": args.rounds,
        "open_seconds": open_s,
        "segments": ix.stats(top=1).segments,
        "kinds": {},
    }
    first = queries["keyword"][0]
    cold_s, _ = common.timed(lambda: runners["newsindex"](first, True))
    results["first_query_ms"] = cold_s * 1000
    if "facets" in runners:
        cold_f, _ = common.timed(lambda: runners["facets"](first, True))
        results["first_facets_ms"] = cold_f * 1000

    for kind in args.kinds:
        modes = modes_for(kind, runners)
        if not modes:
            print(f"{kind}: not available (NewsIndex.facets is missing)", flush=True)
            results["kinds"][kind] = None
            continue
        qs = queries[kind][: args.limit_queries]
        figures = time_kind(qs, modes, runners, args.rounds)
        results["kinds"][kind] = figures
        for mode, f in figures.items():
            extra = f"; {f['error_count']} errors" if f["error_count"] else ""
            print(
                f"{kind:12s} {mode:17s} n={f['queries']:4d}  p50 {f['p50_ms']:7.2f}  "
                f"p95 {f['p95_ms']:7.2f}  (median matches {f['median_matches']:.0f}, "
                f"{f['empty']} empty{extra})",
                flush=True,
            )
            if kind == "keyword":
                bands = "  ".join(f"{b} {v:.2f}" for b, v in f["p50_ms_by_band"].items())
                print(f"{'':12s} {'':17s} p50 by frequency band: {bands}")
            for error in f["errors"][:2]:
                print(f"    {error}")

    kinds = results["kinds"]
    bars: dict[str, Any] = {}
    keyword = kinds.get("keyword")
    if keyword:
        base = keyword["baseline"]["p50_ms"]
        bars["snippets"] = (
            keyword["newsindex"]["p50_ms"] / base,
            "keyword top 10 with snippets p50 ÷ plain Whoosh p50",
        )
        bars["plain"] = (
            keyword["newsindex_nosnip"]["p50_ms"] / base,
            "keyword top 10 without snippets p50 ÷ plain Whoosh p50",
        )
        if kinds.get("person_date"):
            bars["person_date"] = (
                kinds["person_date"]["newsindex"]["p50_ms"] / base,
                "person + date-range filter p50 ÷ plain Whoosh keyword p50",
            )
    results["bars"] = {
        name: {"value": v, "bar": BARS[name], "ok": v <= BARS[name], "text": text, "op": "≤"}
        for name, (v, text) in bars.items()
    }
    print("bars:")
    for bar in results["bars"].values():
        verdict = "ok" if bar["ok"] else "MISSED"
        print(f"  {bar['text']}: {bar['value']:.2f} (bar ≤ {bar['bar']}) {verdict}")
    if keyword and "newsindex_all" in keyword:
        same = keyword["newsindex_all"]["p50_ms"] / keyword["baseline"]["p50_ms"]
        results["same_task"] = same
        print(
            "  (information) keyword top 10 with snippets, every word required (the baseline's "
            f"task, no partial matches) p50 ÷ plain Whoosh p50: {same:.2f}"
        )

    if args.optimized:
        results["optimized"] = optimized_pass(args.out, queries, runners["baseline"], args)

    if args.profile:
        profiled = modes_for(args.profile, runners)[:1]  # the first mode: newsindex's default
        with common.cprofile_to(args.profile_file if profiled else None):
            for mode in profiled:
                for q in queries[args.profile][: args.limit_queries]:
                    runners[mode](q, False)
    searcher.close()
    base_ix.close()
    ix.close()
    common.write_json(args.json, results)


if __name__ == "__main__":
    main()
