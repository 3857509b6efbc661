"""Enrichment speed on one core: tokenise + entities + speakers + dates, on a fixed sample of
5,000 Reuters-21578 passages, next to bare NLTK ``word_tokenize`` on the same passages.

The sample is every third story with a body, in file order, until 5,000 passages (whole stories:
speakers and aliases need the whole article). Each stage is timed over the whole sample, repeated;
medians of CPU time are reported (the machine is shared, so CPU seconds are steadier than wall).
It says which build it timed: pure Python, or the enrichment compiled by mypyc (``make
compiled``, which runs it in the compiled build's own venv).

    python benchmarks/bench_enrich.py [--repeat 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable

from common import require_corpus

from newsindex.articles import Article
from newsindex.nlp.segment import segment
from newsindex.problems import ProblemLog
from newsindex.readers import read_paths

SAMPLE = 5000
BAR = 5000
"""Issue 13: full enrichment at no fewer Reuters passages per CPU-second."""


def sample_articles(stride: int = 3) -> list[Article]:
    """Whole articles, every ``stride``-th, until they hold ``SAMPLE`` passages; exits when the
    corpus holds fewer (a checkout without ../shared read nothing, and timed nothing)."""
    chosen: list[Article] = []
    passages = 0
    for n, article in enumerate(read_paths([require_corpus()], log=ProblemLog())):
        if n % stride:
            continue
        chosen.append(article)
        passages += len(segment(article))
        if passages >= SAMPLE:
            return chosen
    sys.exit(f"bench_enrich: the corpus gave {passages:,} passages of the {SAMPLE:,} sampled")


def build() -> str:
    """Which build of newsindex runs: its modules import from ``.py`` files or from C
    extensions (``make compiled``)."""
    import newsindex.nlp.tokens as module

    pure = str(module.__file__).endswith(".py")
    return "pure Python" if pure else "compiled (mypyc)"


def cpu_seconds(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median CPU and wall seconds of ``fn()`` over ``repeat`` runs (after one warm-up)."""
    fn()
    cpu, wall = [], []
    for _ in range(repeat):
        c, w = time.process_time(), time.perf_counter()
        fn()
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - w)
    return statistics.median(cpu), statistics.median(wall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    import nltk

    from newsindex.nlp.dates import find_dates
    from newsindex.nlp.persons import article_persons
    from newsindex.nlp.pipeline import Enricher
    from newsindex.nlp.speakers import find_speakers
    from newsindex.nlp.tokens import tokenize

    articles = sample_articles()
    texts_by_article = [[s.text for s in segment(a)] for a in articles]
    texts = [t for ts in texts_by_article for t in ts]
    from newsindex.nlp.ner.tagger import EntityTagger

    tagger = EntityTagger.load()
    enricher = Enricher.default(tagger)
    mentions = [tagger.article_mentions(ts) for ts in texts_by_article]

    def speakers() -> None:
        for ts, ms in zip(texts_by_article, mentions, strict=True):
            find_speakers(ts, article_persons(ts, ms))

    stages: dict[str, Callable[[], object]] = {
        "baseline: nltk.word_tokenize": lambda: [nltk.word_tokenize(t) for t in texts],
        "tokenise (newsindex.nlp.tokens)": lambda: [tokenize(t) for t in texts],
        "entities (tokenise + tag)": lambda: [
            tagger.article_mentions(ts) for ts in texts_by_article
        ],
        "aliases + speakers": speakers,
        "dates": lambda: [
            find_dates(t, a.date)
            for a, ts in zip(articles, texts_by_article, strict=True)
            for t in ts
        ],
        "full enrichment (Enricher.enrich)": lambda: [enricher.enrich(a) for a in articles],
    }
    rows = []
    for name, fn in stages.items():
        cpu, wall = cpu_seconds(fn, args.repeat)
        rows.append(
            {"stage": name, "cpu_s": cpu, "wall_s": wall, "passages_per_cpu_s": len(texts) / cpu}
        )
    base = rows[0]["passages_per_cpu_s"]
    full = rows[-1]["passages_per_cpu_s"]
    result = {
        "build": build(),
        "articles": len(articles),
        "passages": len(texts),
        "repeat": args.repeat,
        "stages": rows,
        "full_vs_word_tokenize": full / base,
        "bar_passages_per_s": BAR,
        "bar_met": full >= BAR,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(
        f"{len(articles):,} Reuters stories, {len(texts):,} passages; median of {args.repeat} "
        f"runs, one core; newsindex {result['build']}"
    )
    print(f"{'stage':38} {'CPU s':>7} {'wall s':>7} {'passages/CPU s':>15}")
    for row in rows:
        print(
            f"{row['stage']:38} {row['cpu_s']:7.3f} {row['wall_s']:7.3f} "
            f"{row['passages_per_cpu_s']:15,.0f}"
        )
    print(
        f"full enrichment = {result['full_vs_word_tokenize']:.2f}x bare word_tokenize; "
        f"bar {BAR:,} passages per CPU-second: {'met' if result['bar_met'] else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
