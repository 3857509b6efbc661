"""Mentioned days: how many of a search's top 10 name the asked day, and what ranking so costs.

    .venv/bin/python benchmarks/mentions_eval.py INDEX [--days 10] [--queries 200] [--rounds 5]
        [--json FILE]

``search WORDS --mentions DAY`` finds the passages whose mentions cover the day: those naming
it, and those naming its week or month. Since the index keeps each mention's span
(``mention_span``), search ranks those naming the day first; "before" is the same search on the
same index with that ranking switched off (the index's spans left unread), as an index built
before it searches.

Days: the ``--days`` days most passages name exactly (a mention of that day alone), from the
index. Searches: each day with no words (filters alone, listed newest first) and with each of
the first ``--queries`` keyword queries of ``benchmarks/queries.json`` (drawn by
make_queries.py), kept when they find at least 10 passages. A search's precision is the share
of its top 10 that name the day; its ceiling is what the day's passages among its matches allow
(min(10, such matches) / 10). Latency: each kept search timed ``--rounds`` times in each mode
(before; after, the asked days' passages remembered by an earlier search, as a handle's later
searches find them; after, nothing remembered), the modes' order rotating, the median per
search, and the median of the per-search ratios (after / before), also for each day's month
asked as a range (``--mentions 1987-04``, mentions within the month first).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import common
from whoosh import index as whoosh_index

# ---- newsindex internals: every import of the package is in this block (module paths move) ----
from newsindex import open_index
from newsindex.index.schema import MENTION_SPANS
from newsindex.search import query as query_module
from newsindex.search import topk

# ---- end of the newsindex imports ----

TOP = 10


def forget() -> None:
    """Forget the passages of asked days that searches remember per segment reader."""
    query_module._WITHIN_KNOWN.clear()


@contextmanager
def unranked() -> Iterator[None]:
    """Search as an index without mention spans does: nothing ranks the named days first."""
    saved = topk.mentions_within
    topk.mentions_within = lambda *_: None
    try:
        yield
    finally:
        topk.mentions_within = saved


def exact_days(path: Path, count: int) -> list[dt.date]:
    """The ``count`` days most passages name exactly, most first (ties: the earlier day)."""
    with whoosh_index.open_dir(str(path)).reader() as reader:
        held = [
            (reader.doc_frequency(MENTION_SPANS, key), key.decode("ascii"))
            for key in reader.lexicon(MENTION_SPANS)
        ]
    single = [(-n, key) for n, key in held if key[:8] == key[9:]]
    return [dt.date.fromisoformat(f"{k[:4]}-{k[4:6]}-{k[6:8]}") for _, k in sorted(single)[:count]]


def names_day(hit: Any, day: dt.date) -> bool:
    return any(s.start == s.end == day for s in hit.passage.mentions)


def precision(results: Any, day: dt.date) -> float:
    return sum(names_day(h, day) for h in results.hits[:TOP]) / TOP


MODES = ("before", "after", "cold")
"""Ranked as before; ranked by mention (the asked days' passages remembered by an earlier
search, as a handle's later searches find them); and so with nothing remembered."""


def timed_modes(search: Callable[[], Any], rounds: int) -> list[float]:
    """Median seconds of a search in each of :data:`MODES`, their order rotating by round."""
    times: dict[str, list[float]] = {mode: [] for mode in MODES}
    for r in range(rounds):
        for mode in MODES[r % 3 :] + MODES[: r % 3]:
            if mode == "before":
                with unranked():
                    times[mode].append(common.timed(search)[0])
            else:
                if mode == "cold":
                    forget()
                times[mode].append(common.timed(search)[0])
    return [common.median(times[mode]) for mode in MODES]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("index", type=Path)
    ap.add_argument("--days", type=int, default=10)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    common.setup_nltk_data()
    info = common.machine_info()
    common.print_machine(info)
    words = [q["query"] for q in json.loads(common.QUERIES.read_text())["keyword"]]
    words = words[: args.queries]

    rows: list[dict[str, Any]] = []
    with open_index(args.index) as ix:
        days = exact_days(args.index, args.days)
        print(f"# days: {', '.join(map(str, days))}")
        for day in days:
            for query in ["", *words]:

                def search(query: str = query, day: dt.date = day) -> Any:
                    return ix.search(query, mentions=day, snippets=False)

                with unranked():
                    before = search()
                if before.total < TOP:
                    continue
                after = search()
                wide = ix.search(query, mentions=day, limit=before.total, snippets=False)
                exact = sum(names_day(h, day) for h in wide.hits)
                seconds = timed_modes(search, args.rounds)
                month = f"{day:%Y-%m}"
                month_seconds = timed_modes(
                    lambda q=query, m=month: ix.search(q, mentions=m, snippets=False), args.rounds
                )
                rows.append(
                    {
                        "day": str(day),
                        "query": query,
                        "total": before.total,
                        "before": precision(before, day),
                        "after": precision(after, day),
                        "ceiling": min(TOP, exact) / TOP,
                        "same_total": before.total == after.total,
                        "ms": [s * 1000 for s in seconds],
                        "month_ms": [s * 1000 for s in month_seconds],
                    }
                )

    def mean(key: str, kept: list[dict[str, Any]]) -> float:
        return sum(r[key] for r in kept) / len(kept) if kept else float("nan")

    print(f"{'searches':<28}{'n':>5}{'before':>9}{'after':>9}{'ceiling':>9}")
    groups = {
        "filters alone": [r for r in rows if not r["query"]],
        "with words": [r for r in rows if r["query"]],
        "all": rows,
    }
    for name, kept in groups.items():
        print(
            f"{name:<28}{len(kept):>5}{mean('before', kept):>9.3f}{mean('after', kept):>9.3f}"
            f"{mean('ceiling', kept):>9.3f}"
        )
    print(f"totals unchanged: {sum(r['same_total'] for r in rows)}/{len(rows)}")
    ratios: dict[str, float] = {}
    for kind in ("day", "month"):
        key = "ms" if kind == "day" else "month_ms"
        before_ms = common.median([r[key][0] for r in rows])
        for i, mode in enumerate(MODES[1:], 1):
            ratio = ratios[f"{kind} {mode}"] = common.median(
                [common.ratio(r[key][i], r[key][0]) for r in rows]
            )
            print(
                f"latency --mentions {kind} ({mode}): median {before_ms:.2f} ms before, "
                f"{common.median([r[key][i] for r in rows]):.2f} ms after; median ratio "
                f"after/before {ratio:.3f}"
            )
    common.write_json(
        args.json,
        {"machine": info, "days": [str(d) for d in days], "rows": rows, "ratios": ratios},
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
