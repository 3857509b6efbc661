"""Run every benchmark, one after another, and write benchmarks/RESULTS.md (``make bench``).

    .venv/bin/python benchmarks/run_all.py [--limit N] [--out DIR] [--results FILE]

Order: bench_index (builds both indexes), bench_query, bench_cli — never two at once. Each
script's figures come back as JSON and are rendered into one Markdown file with the date, the
machine, the commands and the bars. queries.json is the committed one; make_queries.py redraws it
only when it is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import common


def run(script: str, *args: str) -> None:
    argv = [sys.executable, str(common.BENCH_DIR / script), *args]
    print(f"$ {' '.join(argv)}", flush=True)
    subprocess.run(argv, check=True)


def fmt(value: float, digits: int = 2) -> str:
    return f"{value:,.{digits}f}"


def render(index: dict[str, Any], query: dict[str, Any], cli: dict[str, Any], argv: str) -> str:
    m = index["machine"]
    ni, base = index["newsindex"], index["whoosh"]
    lines = [
        "# Benchmark results",
        "",
        "Written by `benchmarks/run_all.py` (`make bench`); do not edit by hand. Figures are",
        "medians from one run; bars compare newsindex with plain Whoosh measured in the same run.",
        "",
        f"- Date: {m['date']}",
        f"- Machine: {m['nproc']} cores, {m['cpu']}, {m['memory_gib']} GiB; {m['platform']}",
        f"- Software: Python {m['python']}, Whoosh {m['whoosh']}, NLTK {m['nltk']}; newsindex "
        f"commit {m['commit']}{' (with uncommitted changes)' if m['dirty'] else ''}"
        + (f", package imported from `{m['package']}`" if m.get("package") else ""),
        f"- Load average at start: {' '.join(f'{x:.2f}' for x in m['loadavg'])}",
        f"- Command: `{argv}`",
        f"- Corpus: Reuters-21578, {ni['articles']:,} articles, {ni['passages']:,} passages"
        + (f" (first {index['limit']} articles only)" if index["limit"] else ""),
        "",
        "## Bars",
        "",
        "| bar | measured | target | verdict |",
        "| --- | ---: | ---: | --- |",
    ]
    for part in (index, query, cli):
        for bar in part.get("bars", {}).values():
            verdict = "ok" if bar["ok"] else "**missed**"
            lines.append(
                f"| {bar['text']} | {fmt(bar['value'])} | {bar['op']} {bar['bar']} | {verdict} |"
            )
    lines += [
        "",
        "## Indexing (`benchmarks/bench_index.py`)",
        "",
        "| run | seconds | passages/s | peak memory (MiB) |",
        "| --- | ---: | ---: | --- |",
        f"| newsindex `index_paths`, end to end, worker processes | {fmt(ni['seconds'], 1)} | "
        f"{fmt(ni['passages_per_s'], 0)} | RSS sum {fmt(ni['peak']['rss_sum'], 0)}, PSS sum "
        f"{fmt(ni['peak']['pss_sum'], 0)}, largest process {fmt(ni['peak']['rss_max'], 0)} |",
        f"| plain Whoosh, read + segment + write, one process | {fmt(base['seconds'], 1)} | "
        f"{fmt(base['passages_per_s'], 0)} | RSS {fmt(base['peak']['rss_sum'], 0)} |",
    ]
    stages = index.get("stages")
    if stages:
        lines += [
            "",
            "Stages alone, one process, corpus in memory:",
            "",
            "| stage | seconds | passages/s |",
            "| --- | ---: | ---: |",
        ]
        for name in ("read", "segment", "enrich", "write"):
            s = stages[name]
            note = f" (model load {fmt(s['load_seconds'])} s)" if name == "enrich" else ""
            rate = fmt(s["passages"] / s["seconds"], 0)
            lines.append(f"| {name}{note} | {fmt(s['seconds'], 1)} | {rate} |")
    if "add" in index:
        a = index["add"]
        lines += [
            "",
            f"Adding {a['articles']} new articles ({a['passages']} passages) to the full index: "
            f"{fmt(a['seconds'])} s = {fmt(100 * a['fraction_of_build'], 1)}% of the full build "
            f"({fmt(a['process_seconds'])} s including process start).",
        ]
    lines += [
        "",
        "## Queries (`benchmarks/bench_query.py`)",
        "",
        f"{query['rounds']} timed rounds after a warm-up, modes interleaved; ms, p50 / p95 over "
        'queries of each query\'s median. Baseline: plain Whoosh, `QueryParser("text")`, top 10 '
        "with stored fields, no snippets.",
        "",
        "| kind | mode | queries | p50 ms | p95 ms | median matches | empty |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for kind, modes in query["kinds"].items():
        if modes is None:
            lines.append(f"| {kind} | not available | | | | | |")
            continue
        for mode, f in modes.items():
            lines.append(
                f"| {kind} | {mode} | {f['queries']} | {fmt(f['p50_ms'])} | {fmt(f['p95_ms'])} | "
                f"{fmt(f['median_matches'], 0)} | {f['empty']} |"
            )
    keyword = query["kinds"].get("keyword")
    if keyword:
        bands = list(keyword["baseline"]["p50_ms_by_band"])
        lines += [
            "",
            "Keyword p50 (ms) by document-frequency band of the query words (see make_queries.py):",
            "",
            "| mode | " + " | ".join(bands) + " |",
            "| --- |" + " ---: |" * len(bands),
        ]
        for mode, f in keyword.items():
            cells = " | ".join(fmt(f["p50_ms_by_band"].get(b, float("nan"))) for b in bands)
            lines.append(f"| {mode} | {cells} |")
    optimized = query.get("optimized")
    if optimized:
        keyword_base = optimized["kinds"]["keyword"]["baseline"]["p50_ms"]
        lines += [
            "",
            f"After `newsindex optimize` (a copy of the index, {optimized['segments_before']} "
            f"segments merged into one in {fmt(optimized['seconds'], 1)} s). Ratios are to plain "
            "Whoosh's p50 for the same queries in the same pass (for person + date, to its "
            "keyword p50, as in the bar):",
            "",
            "| kind | mode | p50 ms | p95 ms | ÷ plain Whoosh p50 |",
            "| --- | --- | ---: | ---: | ---: |",
        ]
        for kind, modes in optimized["kinds"].items():
            base = modes["baseline"]["p50_ms"] if "baseline" in modes else keyword_base
            for mode, f in modes.items():
                lines.append(
                    f"| {kind} | {mode} | {fmt(f['p50_ms'])} | {fmt(f['p95_ms'])} | "
                    f"{fmt(f['p50_ms'] / base)} |"
                )
    lines += [
        "",
        f"Opening the index: {fmt(query['open_seconds'] * 1000, 1)} ms; first query "
        f"{fmt(query['first_query_ms'], 1)} ms"
        + (
            f"; first facets call {fmt(query['first_facets_ms'], 1)} ms."
            if "first_facets_ms" in query
            else "."
        ),
        "",
        "## Command line (`benchmarks/bench_cli.py`)",
        "",
        f"Whole process, stdout to a pipe, median of {cli['runs']} alternating runs each, query "
        f"`{cli['query']}`.",
        "",
        "| command | median ms | min ms | max ms |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name in ("newsindex", "bare", "bare_baseline", "list_all", "list_all_oldest", "facets"):
        r = cli[name]
        lines.append(
            f"| `{cli['commands'][name]}` | {fmt(r['median_s'] * 1000, 1)} | "
            f"{fmt(r['min_s'] * 1000, 1)} | {fmt(r['max_s'] * 1000, 1)} |"
        )
    lines += [
        "",
        "OUT is the benchmark output folder (`benchmarks/out` by default); the bare script is "
        "`BARE_SCRIPT` in `benchmarks/bench_cli.py`.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="only the first N articles (quick runs)")
    parser.add_argument("--out", type=Path, default=common.DEFAULT_OUT, help="index folder root")
    parser.add_argument("--results", type=Path, default=common.BENCH_DIR / "RESULTS.md")
    args = parser.parse_args()
    common.require_corpus()
    out = str(args.out.resolve())
    limit = ["--limit", str(args.limit)] if args.limit else []
    with tempfile.TemporaryDirectory(prefix="bench-json-") as tmp:
        figures = {name: Path(tmp) / f"{name}.json" for name in ("index", "query", "cli")}
        run("bench_index.py", "--out", out, "--json", str(figures["index"]), *limit)
        if not common.QUERIES.exists():
            run("make_queries.py", "--out", out)
        run("bench_query.py", "--out", out, "--json", str(figures["query"]), "--optimized")
        run("bench_cli.py", "--out", out, "--json", str(figures["cli"]))
        data = {k: json.loads(p.read_text(encoding="utf-8")) for k, p in figures.items()}
    argv = " ".join(["python", "benchmarks/run_all.py", *sys.argv[1:]])
    if os.environ.get("PYTHONPATH"):
        argv = f"PYTHONPATH={os.environ['PYTHONPATH']} {argv}"
    args.results.write_text(render(data["index"], data["query"], data["cli"], argv), "utf-8")
    print(f"wrote {args.results}")


if __name__ == "__main__":
    main()
