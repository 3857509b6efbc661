"""The benchmark at scale: newsindex, plain Whoosh, SQLite FTS5 and tantivy on N× Reuters.

    .venv/bin/python benchmarks/bench_large.py [--times 10] [--out DIR] [--rounds 3] [--json FILE]

For 1× and ``--times`` N× (make_archive.py writes the archives into ``--out``), each engine
indexes the same passages (the archive read and segmented by newsindex; newsindex adds its full
enrichment) in a child process whose whole process tree is sampled for memory; then every query
kind runs on all four, top 10 with their stored text, modes interleaved query by query as in
bench_query.py (one warm-up pass, ``--rounds`` timed passes, each query's median):

* keyword: benchmarks/queries.json's keyword queries (all words);
* phrase: its phrase queries;
* broad, all words, and broad, any word: frequent pairs ("oil prices", "interest rates", ...);
* person + date: its person + date-range queries (the baselines search the name as words).

Archives and indexes stay in ``--out`` and are reused by the next run (``--rebuild`` after a
change to indexing). Printed: p50 / p95 / p99 per kind and engine, indexing passages/s, peak
memory (RSS and PSS summed over all processes), index size, the growth from 1× to N×, the
resident memory of a handle after over 1,000 queries (newsindex opened by default, mapping its
files, and with ``in_memory=True``, plain Whoosh's searcher; each in a fresh process), and issue
16's bars at N×.
The baselines: Whoosh ``StemmingAnalyzer`` + ``QueryParser`` (as bench_index.py builds it),
FTS5 ``porter unicode61`` ranked by its bm25, tantivy ``en_stem`` with its BM25. SQLite FTS5
and tantivy come with the ``bench`` extra (``pip install -e '.[bench]'``); a missing engine is
left out and said so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import shutil
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import common

ENGINES = ("newsindex", "whoosh", "fts5", "tantivy")
KINDS = ("keyword", "phrase", "broad_all", "broad_any", "person_date")
BROAD = (
    "oil prices", "interest rates", "trade deficit", "stock market", "central bank",
    "crude oil", "exchange rates", "money supply", "net income", "first quarter",
    "share price", "foreign exchange", "economic growth", "budget deficit", "wheat exports",
    "company said", "billion dlrs", "pct rise", "tax cuts", "federal reserve",
)  # fmt: skip
TOP = 10
FTS5_BAR_KINDS = ("keyword", "broad_all", "broad_any")
"""The kinds whose p95 issue 16 holds to 1.5× FTS5's (phrases are compared in the table only)."""
Runner = Callable[[dict[str, Any]], int]
"""Runs one query (top 10, stored text read); returns the number of hits."""


# ----------------------------------------------------------------------------- the passages


def passages(archive: Path) -> Iterator[tuple[str, str, dt.date | None]]:
    """(passage id, text, article date) of every passage, as newsindex segments the archive."""
    from newsindex.nlp.segment import segment
    from newsindex.problems import ProblemLog
    from newsindex.readers import read_paths

    for article in read_paths([archive], log=ProblemLog()):
        for seg in segment(article):
            yield f"{article.id}#{seg.position}", seg.text, article.date


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


# ---------------------------------------------------------------------- child-process builds


def build_newsindex(archive: Path, target: Path) -> int:
    import newsindex

    return int(newsindex.index_paths([archive], index=target, rebuild=True).passages)


def build_whoosh(archive: Path, target: Path) -> int:
    from bench_index import baseline_schema
    from whoosh import index

    target.mkdir(parents=True)
    ix = index.create_in(str(target), baseline_schema())
    n = 0
    with ix.writer() as writer:
        for pid, text, day in passages(archive):
            doc: dict[str, Any] = {"passage_id": pid, "text": text}
            if day is not None:
                doc["date"] = dt.datetime(day.year, day.month, day.day)
            writer.add_document(**doc)
            n += 1
    ix.close()
    return n


def build_fts5(archive: Path, target: Path) -> int:
    target.mkdir(parents=True)
    db = sqlite3.connect(target / "fts5.db")
    db.execute(
        "CREATE VIRTUAL TABLE passages USING fts5(passage_id UNINDEXED, text, date UNINDEXED, "
        "tokenize='porter unicode61')"
    )
    n = 0
    with db:
        for pid, text, day in passages(archive):
            db.execute(
                "INSERT INTO passages VALUES (?, ?, ?)", (pid, text, day.isoformat() if day else "")
            )
            n += 1
    db.close()
    return n


def _tantivy_schema() -> Any:
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_text_field("passage_id", stored=True, tokenizer_name="raw")
    builder.add_text_field("text", stored=True, tokenizer_name="en_stem")
    builder.add_date_field("date", indexed=True, fast=True)
    return builder.build()


def build_tantivy(archive: Path, target: Path) -> int:
    import tantivy

    target.mkdir(parents=True)
    index = tantivy.Index(_tantivy_schema(), path=str(target))
    writer = index.writer()
    n = 0
    for pid, text, day in passages(archive):
        fields: dict[str, Any] = {"passage_id": pid, "text": text}
        if day is not None:
            fields["date"] = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
        writer.add_document(tantivy.Document(**fields))
        n += 1
    writer.commit()
    writer.wait_merging_threads()
    return n


BUILDERS = {
    "newsindex": build_newsindex,
    "whoosh": build_whoosh,
    "fts5": build_fts5,
    "tantivy": build_tantivy,
}


def child(engine: str, archive: Path, target: Path) -> None:
    started = time.perf_counter()
    n = BUILDERS[engine](archive, target)
    print(json.dumps({"passages": n, "seconds": time.perf_counter() - started}))


def available(engine: str) -> bool:
    if engine == "tantivy":
        try:
            import tantivy  # noqa: F401
        except ImportError:
            return False
    if engine == "fts5":
        try:
            sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        except sqlite3.OperationalError:
            return False
    return True


def folder_mib(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


# ------------------------------------------------------------------------------- the queries


def load_queries(path: Path, limit: int | None) -> dict[str, list[dict[str, Any]]]:
    drawn = json.loads(path.read_text(encoding="utf-8"))
    kinds: dict[str, list[dict[str, Any]]] = {
        "keyword": [{"query": q["query"], "match": "all"} for q in drawn["keyword"]],
        "phrase": [{"query": q["query"], "match": "all"} for q in drawn["phrase"]],
        "broad_all": [{"query": q, "match": "all"} for q in BROAD],
        "broad_any": [{"query": q, "match": "any"} for q in BROAD],
        "person_date": [
            {"person": q["person"], "since": q["since"], "until": q["until"]}
            for q in drawn["person_date"]
        ],
    }
    return {kind: qs[:limit] for kind, qs in kinds.items()}


def newsindex_search(ix: Any, q: dict[str, Any]) -> Any:
    """One query of :func:`load_queries` on a newsindex handle, top 10."""
    return ix.search(
        q.get("query", ""),
        match=q.get("match", "auto"),
        person=q.get("person"),
        since=q.get("since"),
        until=q.get("until"),
        limit=TOP,
    )


def newsindex_runner(path: Path, *, in_memory: bool = False) -> tuple[Runner, Callable[[], None]]:
    import newsindex

    ix = newsindex.open_index(path, in_memory=in_memory)

    def run(q: dict[str, Any]) -> int:
        return len(newsindex_search(ix, q).hits)

    return run, ix.close


def whoosh_runner(path: Path) -> tuple[Runner, Callable[[], None]]:
    from whoosh import index
    from whoosh import query as wq
    from whoosh.qparser import OrGroup, QueryParser

    ix = index.open_dir(str(path))
    searcher = ix.searcher()
    parsers = {
        "all": QueryParser("text", ix.schema),
        "any": QueryParser("text", ix.schema, group=OrGroup),
    }

    def run(q: dict[str, Any]) -> int:
        parsed = parsers[q.get("match", "all")].parse(q.get("query") or q["person"])
        if q.get("since"):
            since = dt.datetime.fromisoformat(q["since"])
            until = dt.datetime.fromisoformat(q["until"]).replace(hour=23, minute=59, second=59)
            parsed = wq.And([parsed, wq.DateRange("date", since, until)])
        results = searcher.search(parsed, limit=TOP)
        for hit in results:
            hit.fields()
        return results.scored_length()

    def close() -> None:
        searcher.close()
        ix.close()

    return run, close


def fts5_runner(path: Path) -> tuple[Runner, Callable[[], None]]:
    db = sqlite3.connect(path / "fts5.db")

    def run(q: dict[str, Any]) -> int:
        text = q.get("query") or q["person"]
        words = [f'"{w}"' for w in _words(text)]
        if text.startswith('"'):
            expression = '"' + " ".join(_words(text)) + '"'
        else:
            expression = (" OR " if q.get("match") == "any" else " AND ").join(words)
        sql = "SELECT passage_id, text FROM passages WHERE passages MATCH ?"
        args = [expression]
        if q.get("since"):
            sql += " AND date >= ? AND date <= ?"
            args += [q["since"], q["until"]]
        return len(db.execute(sql + f" ORDER BY rank LIMIT {TOP}", args).fetchall())

    return run, db.close


def tantivy_runner(path: Path) -> tuple[Runner, Callable[[], None]]:
    import tantivy

    index = tantivy.Index.open(str(path))
    index.reload()
    searcher = index.searcher()

    def run(q: dict[str, Any]) -> int:
        text = q.get("query") or q["person"]
        words = _words(text)
        expression = " ".join(words)
        if text.startswith('"'):
            expression = f'"{expression}"'
        if q.get("since"):
            window = f"date:[{q['since']}T00:00:00Z TO {q['until']}T23:59:59Z]"
            expression = f"({expression}) AND {window}"
        parsed = index.parse_query(
            expression, ["text"], conjunction_by_default=q.get("match") != "any"
        )
        hits = searcher.search(parsed, TOP).hits
        for _, address in hits:
            searcher.doc(address)
        return len(hits)

    return run, lambda: None


RUNNERS = {
    "newsindex": newsindex_runner,
    "whoosh": whoosh_runner,
    "fts5": fts5_runner,
    "tantivy": tantivy_runner,
}


def time_kind(
    queries: list[dict[str, Any]], runners: dict[str, Runner], rounds: int
) -> dict[str, dict[str, float]]:
    """One warm-up pass, then ``rounds`` passes, the engines' order rotating from query to
    query; p50 / p95 / p99 over the queries of each query's median, in ms."""
    engines = list(runners)
    times: dict[str, list[list[float]]] = {e: [[] for _ in queries] for e in engines}
    empty = dict.fromkeys(engines, 0)
    for timed_round in range(rounds + 1):
        for i, q in enumerate(queries):
            shift = (i + timed_round) % len(engines)
            for engine in engines[shift:] + engines[:shift]:
                started = time.perf_counter()
                found = runners[engine](q)
                elapsed = (time.perf_counter() - started) * 1000
                if timed_round:
                    times[engine][i].append(elapsed)
                elif not found:
                    empty[engine] += 1
    out = {}
    for engine in engines:
        medians = [common.median(t) for t in times[engine]]
        out[engine] = {
            "p50_ms": common.percentile(medians, 50),
            "p95_ms": common.percentile(medians, 95),
            "p99_ms": common.percentile(medians, 99),
            "empty": empty[engine],
        }
    return out


# ------------------------------------------------------------------------- a handle's memory

HANDLES = {
    "newsindex": RUNNERS["newsindex"],
    "newsindex_copied": lambda path: newsindex_runner(path, in_memory=True),
    "whoosh": RUNNERS["whoosh"],
}
"""The handles whose memory is measured: newsindex opened by default (``open_index(path)``: its
files mapped, so the pages it has read count as resident but belong to the shared file cache),
newsindex copying the index into the process (``in_memory=True``), and plain Whoosh's
searcher (the baseline)."""


def handle_child(handle: str, index: Path, queries_path: Path) -> None:
    """Child: open one handle, run every query kind twice (over 1,000 queries), and print the
    process's resident memory then (MiB: all of it, anonymous, file-backed)."""
    run, close = HANDLES[handle](index)
    asked = 0
    for _ in range(2):
        for qs in load_queries(queries_path, None).values():
            for q in qs:
                run(q)
                asked += 1
    status = "/proc/self/status"
    memory = {key: common._kib(status, f"{key}:") / 1024 for key in ("VmRSS", "RssAnon", "RssFile")}
    close()
    print(json.dumps({"queries": asked, **memory}))


def handle_memory(root: Path, engines: list[str], queries_path: Path) -> dict[str, Any]:
    """Each handle's resident memory after its queries, each in a fresh process."""
    out = {}
    for handle in HANDLES:
        engine = "whoosh" if handle == "whoosh" else "newsindex"
        if engine not in engines:
            continue
        argv = [__file__, "--handle", handle, "--index", str(root / engine)]
        _, out[handle], _ = common.run_child([*argv, "--queries", str(queries_path)])
    return out


# --------------------------------------------------------------------------------------- run


def run_size(
    times: int, args: argparse.Namespace, engines: list[str], queries: dict[str, Any]
) -> dict[str, Any]:
    from make_archive import make_archive

    root = args.out / f"{times}x"
    archive = root / "archive"
    if not (archive / "DONE").exists() or args.rebuild:
        make_archive(common.require_corpus(), times, archive)
        (archive / "DONE").write_text(str(times))
    figures: dict[str, Any] = {"times": times, "indexing": {}, "queries": {}}
    for engine in engines:
        target = root / engine
        if args.rebuild or not (root / f"{engine}.json").exists():
            shutil.rmtree(target, ignore_errors=True)
            print(f"{times}×: indexing with {engine} ...", flush=True)
            argv = [__file__, "--child", engine, "--archive", str(archive), "--index", str(target)]
            seconds, built, peak = common.run_child(argv, sample_memory=True)
            assert peak is not None
            built.update(process_seconds=seconds, peak=vars(peak), mib=folder_mib(target))
            built["passages_per_s"] = built["passages"] / built["seconds"]
            (root / f"{engine}.json").write_text(json.dumps(built), encoding="utf-8")
        built = json.loads((root / f"{engine}.json").read_text(encoding="utf-8"))
        figures["indexing"][engine] = built
        print(
            f"{times}× {engine:10s} {built['passages']:8d} passages  {built['seconds']:7.1f} s  "
            f"{built['passages_per_s']:7.0f} passages/s  peak RSS sum "
            f"{built['peak']['rss_sum']:6.0f} MiB, PSS sum {built['peak']['pss_sum']:6.0f} MiB  "
            f"index {built['mib']:7.1f} MiB",
            flush=True,
        )
    opened = {engine: RUNNERS[engine](root / engine) for engine in engines}
    runners = {engine: run for engine, (run, _) in opened.items()}
    for kind in args.kinds:
        figures["queries"][kind] = found = time_kind(queries[kind], runners, args.rounds)
        for engine, f in found.items():
            print(
                f"{times}× {kind:12s} {engine:10s} p50 {f['p50_ms']:8.2f}  p95 {f['p95_ms']:8.2f}  "
                f"p99 {f['p99_ms']:8.2f}  ({f['empty']} empty)",
                flush=True,
            )
    for _, close in opened.values():
        close()
    figures["handles"] = handle_memory(root, engines, args.queries)
    for handle, m in figures["handles"].items():
        print(
            f"{times}× handle {handle:16s} after {m['queries']} queries: resident "
            f"{m['VmRSS']:6.0f} MiB (anonymous {m['RssAnon']:.0f}, files {m['RssFile']:.0f})",
            flush=True,
        )
    return figures


def growth(small: dict[str, Any], large: dict[str, Any]) -> dict[str, Any]:
    """Each figure at N× ÷ the same at 1×."""
    out: dict[str, Any] = {}
    for engine, big in large["indexing"].items():
        one = small["indexing"][engine]
        out[engine] = {
            "passages": common.ratio(big["passages"], one["passages"]),
            "passages_per_s": common.ratio(big["passages_per_s"], one["passages_per_s"]),
            "peak_pss": common.ratio(big["peak"]["pss_sum"], one["peak"]["pss_sum"]),
            "index_mib": common.ratio(big["mib"], one["mib"]),
        }
        for kind, engines in large["queries"].items():
            for p in ("p50_ms", "p95_ms"):
                out[engine][f"{kind} {p}"] = common.ratio(
                    engines[engine][p], small["queries"][kind][engine][p]
                )
    return out


def bars(large: dict[str, Any]) -> list[tuple[str, float, float, bool]]:
    """Issue 16's bars at N×: (what, measured, bar, met)."""
    out = []
    q = large["queries"]
    ix = large["indexing"]
    for kind, engines in q.items():
        if "whoosh" not in engines:
            continue
        for p in ("p50_ms", "p95_ms"):
            value = common.ratio(engines["newsindex"][p], engines["whoosh"][p])
            out.append((f"{kind} {p} newsindex ÷ plain Whoosh", value, 1.0, value <= 1.0))
        if kind in FTS5_BAR_KINDS and "fts5" in engines:
            value = common.ratio(engines["newsindex"]["p95_ms"], engines["fts5"]["p95_ms"])
            out.append((f"{kind} p95 newsindex ÷ FTS5", value, 1.5, value <= 1.5))
        p95 = engines["newsindex"]["p95_ms"]
        out.append((f"{kind} p95 newsindex (ms)", p95, 300.0, p95 <= 300.0))
    if "person_date" in q and "keyword" in q and "whoosh" in q["keyword"]:
        value = common.ratio(
            q["person_date"]["newsindex"]["p50_ms"], q["keyword"]["whoosh"]["p50_ms"]
        )
        out.append(("person + date p50 ÷ plain Whoosh keyword p50", value, 1.0, value <= 1.0))
    if "whoosh" in ix:
        speed = common.ratio(ix["newsindex"]["passages_per_s"], ix["whoosh"]["passages_per_s"])
        out.append(("indexing passages/s newsindex ÷ plain Whoosh (≥)", speed, 1.0, speed >= 1.0))
        size = common.ratio(ix["newsindex"]["mib"], ix["whoosh"]["mib"])
        out.append(("index size newsindex ÷ plain Whoosh", size, 1.5, size <= 1.5))
    pss = ix["newsindex"]["peak"]["pss_sum"]
    out.append(("indexing peak memory, PSS sum over processes (MiB)", pss, 1024.0, pss <= 1024))
    handle = large.get("handles", {}).get("newsindex")
    if handle is not None:
        rss = handle["VmRSS"]
        out.append(
            ("handle opened by default, resident after its queries (MiB)", rss, 300, rss <= 300)
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--times", type=int, default=10, help="the archive's size (× Reuters)")
    parser.add_argument(
        "--out", type=Path, default=common.DEFAULT_OUT / "large", help="archives and indexes"
    )
    parser.add_argument("--queries", type=Path, default=common.QUERIES)
    parser.add_argument("--rounds", type=int, default=3, help="timed passes (after one warm-up)")
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("--engines", nargs="+", choices=ENGINES, default=list(ENGINES))
    parser.add_argument("--limit-queries", type=int, help="only the first N queries of each kind")
    parser.add_argument(
        "--rebuild", action="store_true", help="write the archives and indexes again"
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--child", choices=ENGINES, help=argparse.SUPPRESS)
    parser.add_argument("--handle", choices=list(HANDLES), help=argparse.SUPPRESS)
    parser.add_argument("--archive", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--index", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    common.setup_nltk_data()
    if args.child:
        return child(args.child, args.archive, args.index)
    if args.handle:
        return handle_child(args.handle, args.index, args.queries)
    if args.times < 1:
        parser.error("--times must be at least 1")
    args.out = args.out.resolve()
    engines = [e for e in args.engines if available(e)]
    for missing in sorted(set(args.engines) - set(engines)):
        print(f"{missing}: not available (pip install -e '.[bench]'); left out")
    if "newsindex" not in engines:
        parser.error("newsindex is the engine compared: keep it in --engines")
    info = common.machine_info()
    common.print_machine(info)
    queries = load_queries(args.queries, args.limit_queries)
    results: dict[str, Any] = {"machine": info, "command": sys.argv, "sizes": {}}
    for times in sorted({1, args.times}):
        results["sizes"][times] = run_size(times, args, engines, queries)
    if args.times > 1:
        results["growth"] = growth(results["sizes"][1], results["sizes"][args.times])
        print(f"growth from 1× to {args.times}× (figure at {args.times}× ÷ at 1×):")
        for engine, ratios in results["growth"].items():
            cells = "  ".join(f"{name} {value:.2f}" for name, value in ratios.items())
            print(f"  {engine:10s} {cells}")
    results["bars"] = [
        {"text": text, "value": value, "bar": bar, "ok": ok}
        for text, value, bar, ok in bars(results["sizes"][args.times])
    ]
    print(f"bars at {args.times}×:")
    for bar in results["bars"]:
        verdict = "ok" if bar["ok"] else "MISSED"
        print(f"  {bar['text']}: {bar['value']:.2f} (bar {bar['bar']}) {verdict}")
    common.write_json(args.json, results)


if __name__ == "__main__":
    main()
