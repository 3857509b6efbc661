"""Whole-process time of ``newsindex search`` against a bare Whoosh script on the same index.

    .venv/bin/python benchmarks/bench_cli.py [--out DIR] [--runs 15] [--query "oil prices"]

Both commands are started fresh each run with stdout to a pipe, alternating (the order flips
every run), and the median of ``--runs`` runs each is reported. The bare script opens the same
newsindex index folder with Whoosh (its default way to open an index), parses the query on the
``text`` field, and prints the top 10 passage ids and titles: the least a search command must do.
It reads them from the stored fields, or from newsindex's record column (newsindex stores nothing
in Whoosh's stored fields), so both commands read the same data. Opening that index unpickles its
schema, which imports ``newsindex.index.analysis`` (and so the ``newsindex`` package) — a
cost the bare script shares. A third command, the bare script on the plain-Whoosh baseline
index (no newsindex import at all), is timed as well, for information.

Also timed, as a user's first look at an archive: ``newsindex search '*'`` (every passage,
newest first) and ``--sort date`` (oldest first), bar 0.3 s for the first page, and
``newsindex facets`` over a broad query (``--facets-query``), each beside the bare script.
"""

from __future__ import annotations

import argparse
import compileall
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import common

BAR = 1.3
FIRST_LOOK_BAR = 0.3
"""Seconds for the first page of every passage, newest or oldest first."""
BARE_SCRIPT = '''\
"""Open a Whoosh index, run one query on its text field, print the top 10."""
import sys

from whoosh import index
from whoosh.qparser import QueryParser

ix = index.open_dir(sys.argv[1])
with ix.searcher() as searcher:
    query = QueryParser("text", searcher.schema).parse(sys.argv[2])
    hits = searcher.search(query, limit=10)
    if "record" in searcher.schema:  # newsindex keeps a passage's stored values in one column
        from newsindex.index.records import Records  # the schema imported newsindex

        records = Records(searcher.reader())
        rows = [records[hit.docnum] for hit in hits]
    else:
        rows = [hit.fields() for hit in hits]
    for row in rows:
        print(row.get("passage_id"), row.get("title_text", ""), sep="\\t")
'''


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    started = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, env=env)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return seconds, len(proc.stdout.splitlines())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=common.DEFAULT_OUT, help="index folder root")
    parser.add_argument("--runs", type=int, default=15, help="runs of each command (≥ 10)")
    parser.add_argument("--query", default="oil prices")
    parser.add_argument("--facets-query", default="oil OR trade")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args()
    common.setup_nltk_data()
    out = args.out.resolve()
    ni_dir = common.newsindex_dir(out)
    base_dir = common.baseline_dir(out)
    if not (out / common.BUILD_INFO).exists():
        raise SystemExit(f"no benchmark index in {out}: run benchmarks/bench_index.py first")

    import newsindex

    compileall.compile_dir(Path(newsindex.__file__).parent, quiet=1)
    newsindex_exe = str(Path(sys.executable).with_name("newsindex"))
    env = dict(os.environ)
    info = common.machine_info()
    common.print_machine(info)
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
        bare = Path(tmp) / "bare_search.py"
        bare.write_text(BARE_SCRIPT, encoding="utf-8")
        commands = {
            "newsindex": [newsindex_exe, "search", args.query, "--index", str(ni_dir)],
            "bare": [sys.executable, str(bare), str(ni_dir), args.query],
            "bare_baseline": [sys.executable, str(bare), str(base_dir), args.query],
            "list_all": [newsindex_exe, "search", "*", "--index", str(ni_dir)],
            "list_all_oldest": [
                *(newsindex_exe, "search", "*", "--sort", "date", "--index", str(ni_dir))
            ],
            "facets": [newsindex_exe, "facets", args.facets_query, "--index", str(ni_dir)],
        }
        for argv in commands.values():  # warm the page cache; check that each works
            run_once(argv, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        lines: dict[str, int] = {}
        names = list(commands)
        for i in range(args.runs):
            order = names if i % 2 == 0 else names[::-1]
            for name in order:
                seconds, n_lines = run_once(commands[name], env)
                times[name].append(seconds)
                lines[name] = n_lines

    results: dict[str, Any] = {
        "machine": info,
        "command": sys.argv,
        "query": args.query,
        "runs": args.runs,
        "commands": {
            "newsindex": f"newsindex search {args.query!r} --index OUT/newsindex",
            "bare": f"python bare_search.py OUT/newsindex {args.query!r}",
            "bare_baseline": f"python bare_search.py OUT/whoosh {args.query!r}",
            "list_all": "newsindex search '*' --index OUT/newsindex",
            "list_all_oldest": "newsindex search '*' --sort date --index OUT/newsindex",
            "facets": f"newsindex facets {args.facets_query!r} --index OUT/newsindex",
        },
    }
    for name in names:
        results[name] = {
            "median_s": common.median(times[name]),
            "min_s": min(times[name]),
            "max_s": max(times[name]),
            "stdout_lines": lines[name],
        }
        r = results[name]
        print(
            f"{name:14s} median {r['median_s'] * 1000:7.1f} ms  (min {r['min_s'] * 1000:.1f}, "
            f"max {r['max_s'] * 1000:.1f}; {r['stdout_lines']} lines out)"
        )
    value = results["newsindex"]["median_s"] / results["bare"]["median_s"]
    results["bars"] = {
        "cli": {
            "value": value,
            "bar": BAR,
            "ok": value <= BAR,
            "text": "`newsindex search` whole process ÷ bare Whoosh script (same index)",
            "op": "≤",
        },
        **{
            name: {
                "value": results[name]["median_s"],
                "bar": FIRST_LOOK_BAR,
                "ok": results[name]["median_s"] <= FIRST_LOOK_BAR,
                "text": f"`{results['commands'][name]}` whole process, seconds",
                "op": "≤",
            }
            for name in ("list_all", "list_all_oldest")
        },
    }
    print("bars:")
    for bar in results["bars"].values():
        print(
            f"  {bar['text']}: {bar['value']:.2f} (bar ≤ {bar['bar']}) "
            f"{'ok' if bar['ok'] else 'MISSED'}"
        )
    for name in ("list_all", "list_all_oldest", "facets"):
        print(
            f"  (information) {results['commands'][name]} ÷ bare script: "
            f"{results[name]['median_s'] / results['bare']['median_s']:.2f}"
        )
    print(
        f"  (information) bare script on the newsindex index ÷ on the plain index: "
        f"{results['bare']['median_s'] / results['bare_baseline']['median_s']:.2f}"
    )
    common.write_json(args.json, results)


if __name__ == "__main__":
    main()
