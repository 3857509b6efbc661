"""Indexing speed and memory: newsindex against plain Whoosh on the same Reuters-21578 passages.

    .venv/bin/python benchmarks/bench_index.py [--limit N] [--out DIR] [--json FILE]

In one run it measures

* **end to end**: ``newsindex.index_paths`` on the corpus (enrichment in worker processes), in a
  fresh child process whose whole process tree is sampled for memory;
* **baseline**: plain Whoosh (``StemmingAnalyzer`` text + ``DATETIME``, default writer, one
  commit) fed the identical passages (``readers.read_paths`` + ``segment.segment``), also in a
  fresh child, read and segmentation included;
* **stages**, one process, on the corpus held in memory: read, segment, enrich
  (``Enricher.load().enrich`` per article) and write (``index_passages`` of the enriched passages);
* **incremental**: 100 new articles (the corpus's last 100 under new ids, as JSONL) added with
  ``index_paths`` to a copy of the full index, as a fraction of the full build's time.

Both indexes stay in ``--out`` (default ``benchmarks/out``) for bench_query and bench_cli.
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import common

ADDED_ARTICLES = 100
BARS = {"index_ratio": 0.8, "add_fraction": 0.05, "peak_rss_mib": 1024.0}


# ------------------------------------------------------------------------- child-process modes


def _articles(corpus: Path, limit: int | None, log: Any) -> Any:
    from newsindex.readers import read_paths

    return itertools.islice(read_paths([corpus], log=log), limit)


def child_newsindex(corpus: Path, target: Path, limit: int | None, workers: int | None) -> None:
    """Build the newsindex index the way a user would (index_paths; islice only for --limit)."""
    import newsindex
    from newsindex.problems import ProblemLog

    started = time.perf_counter()
    if limit is None:
        report = newsindex.index_paths([corpus], index=target, workers=workers, rebuild=True)
    else:
        log = ProblemLog()
        report = newsindex.index_articles(
            _articles(corpus, limit, log), index=target, log=log, workers=workers, rebuild=True
        )
    seconds = time.perf_counter() - started
    print(
        json.dumps(
            {
                "articles": report.articles,
                "passages": report.passages,
                "problems": len(report.problems),
                "skipped": report.skipped,
                "seconds": seconds,
                "rusage": common.rusage_peaks(),
            }
        )
    )


def baseline_schema() -> Any:
    from whoosh.analysis import StemmingAnalyzer
    from whoosh.fields import DATETIME, ID, TEXT, Schema

    return Schema(
        passage_id=ID(stored=True, unique=True),
        text=TEXT(analyzer=StemmingAnalyzer(), stored=True),
        date=DATETIME(stored=True),
    )


def child_whoosh(corpus: Path, target: Path, limit: int | None) -> None:
    """Plain Whoosh over the same passages: read → segment → add_document, one commit."""
    import datetime as dt

    from whoosh import index

    from newsindex.nlp.segment import segment
    from newsindex.problems import ProblemLog

    started = time.perf_counter()
    target.mkdir(parents=True, exist_ok=True)
    ix = index.create_in(str(target), baseline_schema())
    writer = ix.writer()
    articles = passages = 0
    for article in _articles(corpus, limit, ProblemLog()):
        segments = segment(article)
        if not segments:
            continue
        articles += 1
        date = (
            dt.datetime(article.date.year, article.date.month, article.date.day)
            if article.date
            else None
        )
        for seg in segments:
            doc: dict[str, Any] = {"passage_id": f"{article.id}#{seg.position}", "text": seg.text}
            if date is not None:
                doc["date"] = date
            writer.add_document(**doc)
            passages += 1
    commit_started = time.perf_counter()
    writer.commit()
    ix.close()
    end = time.perf_counter()
    print(
        json.dumps(
            {
                "articles": articles,
                "passages": passages,
                "seconds": end - started,
                "commit_seconds": end - commit_started,
                "rusage": common.rusage_peaks(),
            }
        )
    )


def child_add(target: Path, jsonl: Path, workers: int | None) -> None:
    """Add the articles of ``jsonl`` to an existing index, as `newsindex index FILE` does."""
    import newsindex

    started = time.perf_counter()
    report = newsindex.index_paths([jsonl], index=target, workers=workers)
    seconds = time.perf_counter() - started
    print(
        json.dumps(
            {
                "articles": report.articles,
                "passages": report.passages,
                "problems": len(report.problems),
                "seconds": seconds,
            }
        )
    )


# ----------------------------------------------------------------------------- in-process stages


def run_stages(
    corpus: Path, limit: int | None, profile: str | None, profile_file: Path
) -> dict[str, Any]:
    """Each pipeline stage alone, single process, on the corpus held in memory."""
    import newsindex
    from newsindex.nlp.pipeline import Enricher
    from newsindex.nlp.segment import segment
    from newsindex.problems import ProblemLog

    out: dict[str, Any] = {}
    read_s, articles = common.timed(lambda: list(_articles(corpus, limit, ProblemLog())))
    seg_s, segmented = common.timed(lambda: [segment(a) for a in articles])
    n_passages = sum(len(s) for s in segmented)
    out["read"] = {"seconds": read_s, "articles": len(articles), "passages": n_passages}
    out["segment"] = {"seconds": seg_s, "passages": n_passages}
    print(f"  read     {read_s:8.2f} s   {len(articles)} articles", flush=True)
    print(f"  segment  {seg_s:8.2f} s   {n_passages} passages", flush=True)

    load_s, enricher = common.timed(Enricher.load)
    enriched: list[tuple[Any, list[Any]]] = []
    failures = 0

    def enrich_all() -> None:
        nonlocal failures
        for article in articles:
            try:
                enriched.append((article, enricher.enrich(article)))
            except Exception:
                failures += 1

    with common.cprofile_to(profile_file if profile == "enrich" else None):
        enrich_s, _ = common.timed(enrich_all)
    enriched_passages = sum(len(p) for _, p in enriched)
    out["enrich"] = {
        "seconds": enrich_s,
        "load_seconds": load_s,
        "passages": enriched_passages,
        "failures": failures,
    }
    print(
        f"  enrich   {enrich_s:8.2f} s   {enriched_passages / enrich_s:8.0f} passages/s "
        f"(1 process; model load {load_s:.2f} s; {failures} failures)",
        flush=True,
    )

    with (
        tempfile.TemporaryDirectory(prefix="bench-write-") as tmp,
        common.cprofile_to(profile_file if profile == "write" else None),
    ):
        write_s, report = common.timed(
            lambda: newsindex.index_passages(enriched, index=Path(tmp) / "ix", rebuild=True)
        )
    out["write"] = {"seconds": write_s, "passages": report.passages}
    print(f"  write    {write_s:8.2f} s   {report.passages / write_s:8.0f} passages/s", flush=True)
    return out


def write_added_articles(corpus: Path, limit: int | None, path: Path) -> int:
    """The corpus's last 100 articles under new ids, as JSONL: new to the index, real text."""
    from collections import deque

    from newsindex.problems import ProblemLog

    last = deque(_articles(corpus, limit, ProblemLog()), maxlen=ADDED_ARTICLES)
    with path.open("w", encoding="utf-8") as fh:
        for article in last:
            record = {
                "id": f"bench-added-{article.id}",
                "title": article.title,
                "date": article.date.isoformat() if article.date else None,
                "source": article.source,
                "paragraphs": [p.text for p in article.paragraphs],
            }
            fh.write(json.dumps({k: v for k, v in record.items() if v is not None}) + "\n")
    return len(last)


# ----------------------------------------------------------------------------------------- main


def _child_args(mode: str, args: argparse.Namespace, **extra: str) -> list[str]:
    out = [__file__, "--child", mode, "--out", str(args.out)]
    if args.limit is not None:
        out += ["--limit", str(args.limit)]
    if args.workers is not None:
        out += ["--workers", str(args.workers)]
    for key, value in extra.items():
        out += [f"--{key}", value]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="only the first N articles (quick runs)")
    parser.add_argument("--out", type=Path, default=common.DEFAULT_OUT, help="index folder root")
    parser.add_argument("--workers", type=int, help="enrichment processes (default: one per core)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--skip-stages", action="store_true", help="no per-stage timings")
    parser.add_argument("--skip-add", action="store_true", help="no incremental-add timing")
    parser.add_argument(
        "--profile", choices=["enrich", "write"], help="cProfile this stage (with the stages)"
    )
    parser.add_argument(
        "--profile-file",
        type=Path,
        default=common.BENCH_DIR / "profiles" / "index.txt",
        help="where the top functions go (-cumulative / -tottime are added to the name)",
    )
    parser.add_argument("--child", choices=["newsindex", "whoosh", "add"], help=argparse.SUPPRESS)
    parser.add_argument("--index", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--jsonl", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    common.setup_nltk_data()
    corpus = common.require_corpus()
    args.out = args.out.resolve()

    if args.child == "newsindex":
        return child_newsindex(corpus, common.newsindex_dir(args.out), args.limit, args.workers)
    if args.child == "whoosh":
        return child_whoosh(corpus, common.baseline_dir(args.out), args.limit)
    if args.child == "add":
        return child_add(args.index, args.jsonl, args.workers)

    info = common.machine_info()
    common.print_machine(info)
    print(f"corpus {corpus}  limit={args.limit or 'all'}  out={args.out}", flush=True)
    results: dict[str, Any] = {"machine": info, "limit": args.limit, "command": sys.argv}

    for target in (common.newsindex_dir(args.out), common.baseline_dir(args.out)):
        shutil.rmtree(target, ignore_errors=True)
    (args.out / common.BUILD_INFO).unlink(missing_ok=True)

    print("newsindex end to end (index_paths) ...", flush=True)
    whole_s, ni, peak = common.run_child(_child_args("newsindex", args), sample_memory=True)
    assert peak is not None
    ni.update(process_seconds=whole_s, peak=vars(peak))
    ni["passages_per_s"] = ni["passages"] / ni["seconds"]
    results["newsindex"] = ni
    print(
        f"  {ni['articles']} articles, {ni['passages']} passages in {ni['seconds']:.2f} s = "
        f"{ni['passages_per_s']:.0f} passages/s; peak memory of the process tree: "
        f"RSS sum {peak.rss_sum:.0f} MiB, PSS sum {peak.pss_sum:.0f} MiB, "
        f"largest process {peak.rss_max:.0f} MiB",
        flush=True,
    )

    print("plain Whoosh end to end (read + segment + write) ...", flush=True)
    whole_s, base, peak = common.run_child(_child_args("whoosh", args), sample_memory=True)
    assert peak is not None
    base.update(process_seconds=whole_s, peak=vars(peak))
    base["passages_per_s"] = base["passages"] / base["seconds"]
    results["whoosh"] = base
    print(
        f"  {base['articles']} articles, {base['passages']} passages in {base['seconds']:.2f} s "
        f"= {base['passages_per_s']:.0f} passages/s (commit {base['commit_seconds']:.2f} s); "
        f"peak RSS sum {peak.rss_sum:.0f} MiB",
        flush=True,
    )
    if base["passages"] != ni["passages"]:
        print(f"  NOTE: passage counts differ ({ni['passages']} vs {base['passages']})")

    (args.out / common.BUILD_INFO).write_text(
        json.dumps(
            {
                "corpus": str(corpus),
                "limit": args.limit,
                "articles": ni["articles"],
                "passages": ni["passages"],
                "built": info["date"],
            }
        ),
        encoding="utf-8",
    )

    if not args.skip_stages:
        print("stages, one process, corpus in memory:", flush=True)
        results["stages"] = run_stages(corpus, args.limit, args.profile, args.profile_file)

    if not args.skip_add:
        print(f"adding {ADDED_ARTICLES} new articles to a copy of the full index ...", flush=True)
        with tempfile.TemporaryDirectory(prefix="bench-add-") as tmp:
            jsonl = Path(tmp) / "added.jsonl"
            n_added = write_added_articles(corpus, args.limit, jsonl)
            copy = Path(tmp) / "ix"
            shutil.copytree(common.newsindex_dir(args.out), copy)
            whole_s, added, _ = common.run_child(
                _child_args("add", args, index=str(copy), jsonl=str(jsonl))
            )
        added["process_seconds"] = whole_s
        added["fraction_of_build"] = added["seconds"] / ni["seconds"]
        results["add"] = added
        print(
            f"  {added['articles']} of {n_added} articles ({added['passages']} passages) in "
            f"{added['seconds']:.2f} s = {100 * added['fraction_of_build']:.1f}% of the full "
            f"build ({whole_s:.2f} s with process start)",
            flush=True,
        )

    index_ratio = ni["passages_per_s"] / base["passages_per_s"]
    peak_rss = ni["peak"]["rss_sum"]
    bars = {
        "index_ratio": {
            "value": index_ratio,
            "bar": BARS["index_ratio"],
            "ok": index_ratio >= BARS["index_ratio"],
            "text": "indexing passages/s, newsindex ÷ plain Whoosh",
            "op": "≥",
        },
        "peak_rss_mib": {
            "value": peak_rss,
            "bar": BARS["peak_rss_mib"],
            "ok": peak_rss <= BARS["peak_rss_mib"],
            "text": "peak RSS of the indexing process tree (MiB, sum over processes)",
            "op": "≤",
        },
    }
    if "add" in results:
        frac = results["add"]["fraction_of_build"]
        bars["add_fraction"] = {
            "value": frac,
            "bar": BARS["add_fraction"],
            "ok": frac <= BARS["add_fraction"],
            "text": f"adding {ADDED_ARTICLES} articles ÷ full build time",
            "op": "≤",
        }
    results["bars"] = bars
    print("bars:")
    for bar in bars.values():
        verdict = "ok" if bar["ok"] else "MISSED"
        print(f"  {bar['text']}: {bar['value']:.3f} (bar {bar['op']} {bar['bar']}) {verdict}")
    common.write_json(args.json, results)


if __name__ == "__main__":
    main()
