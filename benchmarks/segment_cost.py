"""Where the keyword bars go: the same 200 keyword queries, top 10, on the index as built and on
a copy merged into one segment, for plain Whoosh calls and for newsindex.

    .venv/bin/python benchmarks/segment_cost.py [--out DIR] [--rounds 3]

Rows (p50 of per-query medians, ms, modes interleaved query by query):

* ``baseline``: the bench_query baseline (plain Whoosh index, ``QueryParser``, top 10, stored
  fields);
* ``whoosh-on-newsindex``: the same plain Whoosh call (parsed query, ``searcher.search(q,
  limit=10)``) on newsindex's index, with newsindex's scoring, reading the 10 passage records
  (newsindex keeps no Whoosh stored fields);
* ``newsindex-nosnip`` / ``newsindex``: ``NewsIndex.search`` without / with snippets.

Each row is run on the index bench_index.py built (one segment per commit) and on a copy merged
by ``newsindex.optimize_index``. The ``whoosh-on-newsindex`` rows show what the segments and the
larger documents cost plain Whoosh before newsindex does anything of its own.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path
from typing import Any

import common


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=common.DEFAULT_OUT, help="index folder root")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args()
    common.setup_nltk_data()
    out = args.out.resolve()
    from whoosh import index as whoosh_index
    from whoosh.qparser import QueryParser
    from whoosh.scoring import BM25F

    import newsindex
    from newsindex.index.records import Records

    queries = json.loads(common.QUERIES.read_text(encoding="utf-8"))["keyword"]
    merged = out / "newsindex-merged"
    if not merged.exists():
        shutil.copytree(common.newsindex_dir(out), merged)
        report = newsindex.optimize_index(merged)
        print(f"merged copy: {report.segments_before} segments -> 1 in {report.seconds:.1f} s")

    base_ix = whoosh_index.open_dir(str(common.baseline_dir(out)))
    base_searcher = base_ix.searcher()
    base_parser = QueryParser("text", base_ix.schema)
    runners: dict[str, Any] = {
        "baseline": lambda text: [
            h.fields() for h in base_searcher.search(base_parser.parse(text), limit=10)
        ]
    }
    opened = []
    for label, path in (("built", common.newsindex_dir(out)), ("merged", merged)):
        raw = whoosh_index.open_dir(str(path))
        searcher = raw.searcher(weighting=BM25F())
        text_parser = QueryParser("text", raw.schema)
        records = Records(searcher.reader())
        ix = newsindex.open_index(path)
        opened += [searcher, raw, ix]
        runners[f"whoosh-on-newsindex {label}"] = (
            lambda text, s=searcher, p=text_parser, r=records: [
                r[h.docnum] for h in s.search(p.parse(text), limit=10)
            ]
        )
        runners[f"newsindex-nosnip {label}"] = lambda text, ix=ix: ix.search(text, snippets=False)
        runners[f"newsindex {label}"] = lambda text, ix=ix: ix.search(text)
        print(f"{label}: {ix.stats(top=1).segments} segment(s)")

    times: dict[str, list[list[float]]] = {name: [[] for _ in queries] for name in runners}
    names = list(runners)
    for timed in range(args.rounds + 1):
        for i, q in enumerate(queries):
            shift = (i + timed) % len(names)
            for name in names[shift:] + names[:shift]:
                started = time.perf_counter()
                runners[name](q["query"])
                if timed:
                    times[name][i].append((time.perf_counter() - started) * 1000)
    p50 = {
        name: common.percentile([common.median(t) for t in ts], 50) for name, ts in times.items()
    }
    base = p50["baseline"]
    print(f"{'':34s} {'p50 ms':>8s} {'÷ baseline':>11s}")
    for name, value in p50.items():
        print(f"{name:34s} {value:8.3f} {value / base:11.2f}")
    for thing in opened:
        thing.close()
    base_searcher.close()
    base_ix.close()
    common.write_json(args.json, {"p50_ms": p50, "rounds": args.rounds})


if __name__ == "__main__":
    main()
