"""Ranking quality on classic IR test collections: newsindex's default search against other engines.

    .venv/bin/python benchmarks/relevance_eval.py [--collections cisi,med] [--shared PATH]
        [--engines newsindex,fts5,tantivy,bm25s,whoosh] [--title-paragraph] [--json FILE]

Needs the ``bench`` extra (tantivy, bm25s, PyStemmer) and ``../shared/corpora/ir-collections``
(CISI: 1,460 abstracts, 76 judged queries; MED: 1,033 abstracts, 30 judged queries).

Every engine indexes the same text per document (title and abstract) in a temporary folder and
answers every judged query with the same raw query text (title and text of the query record):

* ``newsindex``: the product's default search through the public API. Each document is one
  article, indexed by ``newsindex.index_articles`` (its own segmentation, enrichment and
  analysis); the title and abstract are one paragraph (``--title-paragraph``: the title is a
  paragraph of its own). ``NewsIndex.search(text, collapse=False, snippets=False)`` gets the
  query text unchanged, as a user would paste it; a document scores as its best passage (the
  first hit of each article); the ranking is the page as listed: the passages with every word,
  then the partial matches completing a short page (``results.partial``). A query that raises
  ``NewsindexError`` (the query parser rejects it) counts as failed and retrieves nothing.
* ``fts5``: SQLite FTS5, ``tokenize='porter unicode61'``, ranked by ``bm25()``; the query is an
  OR of its quoted words (FTS5's own syntax would reject most query texts).
* ``tantivy``: tantivy-py, ``en_stem`` tokenizer, default BM25; ``parse_query`` on the quoted
  words (a disjunction).
  (Both keep a word the query repeats as often as it occurs, as bm25s does: a repeated word
  weighs more. Whoosh's parser, in newsindex too, keeps one.)
* ``bm25s``: bm25s (Lucene BM25 variant) with PyStemmer's English stemmer and English stop
  words; documents scoring 0 (no query word) are not retrieved.
* ``whoosh``: plain Whoosh 2.7.4 BM25F, ``StemmingAnalyzer``, ``QueryParser`` on the content
  field with ``OrGroup``, fed the raw query text.

Measured, with binary relevance and averaged over all judged queries (a failed query scores 0):
MAP on the top 1000 documents (AP@1000: precision at each relevant document retrieved, summed
and divided by the number of relevant documents), P@10, nDCG@10 (gain 1 per relevant document,
discount log2(rank + 1), ideal ranking of min(relevant, 10) documents) and recall@100. Also the
indexing time and the mean time per query (wall clock, figures on a shared machine are rough).
The product bar: newsindex ≥ the best of fts5, tantivy and bm25s on MAP and nDCG@10 on every
collection; the last lines print the ratios.
"""

from __future__ import annotations

import argparse
import math
import re
import sqlite3
import sys
import tempfile
import time
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import common
from ir_collections import COLLECTIONS, Collection, Document, load_collection

CUTOFF = 1000
"""Documents retrieved per query: MAP is computed on this many (AP@1000)."""
P_AT = 10
NDCG_AT = 10
RECALL_AT = 100
BAR_RIVALS = ("fts5", "tantivy", "bm25s")
BAR_METRICS = ("MAP", "nDCG@10")
NEWSINDEX_MAX_LIMIT = 10_000
"""The largest ``limit`` ``NewsIndex.search`` accepts."""
ERROR_EXAMPLES = 5

_WORD = re.compile(r"\w+")


def query_words(text: str) -> list[str]:
    """The words of a query text, for engines whose query syntax the raw text would break."""
    return _WORD.findall(text)


# ------------------------------------------------------------------------------------- engines


class Engine(ABC):
    """One search engine under test: index documents once, then answer queries."""

    name: str
    query_errors: tuple[type[Exception], ...] = ()
    """Exceptions a single query may raise: the query counts as failed, the run goes on."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir

    @abstractmethod
    def index(self, documents: Sequence[Document]) -> None:
        """Index ``documents`` (called once)."""

    @abstractmethod
    def search(self, query: str, k: int) -> list[str]:
        """Ids of the best ``k`` documents for ``query``, best first, without repeats."""

    def notes(self) -> dict[str, Any]:
        """Engine-specific counts worth printing under the table."""
        return {}

    def close(self) -> None:  # noqa: B027 (optional hook: most engines hold nothing open)
        """Release files and handles."""


class NewsindexEngine(Engine):
    name = "newsindex"

    def __init__(self, workdir: Path, *, title_paragraph: bool = False) -> None:
        super().__init__(workdir)
        import newsindex

        self._newsindex = newsindex
        self.query_errors = (newsindex.NewsindexError,)
        self.title_paragraph = title_paragraph
        self.handle: Any = None
        self.modes: Counter[str] = Counter()
        self.all_words_matches: list[int] = []
        self.passages = 0

    def _article(self, doc: Document) -> Any:
        ni = self._newsindex
        paragraphs: tuple[Any, ...]
        if self.title_paragraph and doc.title:
            paragraphs = (ni.Paragraph(doc.title), ni.Paragraph(doc.body))
        else:
            paragraphs = (ni.Paragraph(doc.text),)
        return ni.Article(id=doc.id, title=doc.title, date=None, paragraphs=paragraphs)

    def index(self, documents: Sequence[Document]) -> None:
        report = self._newsindex.index_articles(
            (self._article(doc) for doc in documents), index=self.workdir, rebuild=True
        )
        if report.articles != len(documents) or report.problems:
            print(
                f"  newsindex indexed {report.articles} of {len(documents)} documents, "
                f"{len(report.problems)} problems: {report.problems[:3]}",
                file=sys.stderr,
            )
        self.passages = report.passages
        self.handle = self._newsindex.open_index(self.workdir)

    def search(self, query: str, k: int) -> list[str]:
        limit = k
        while True:
            results = self.handle.search(query, limit=limit, collapse=False, snippets=False)
            shown = results.hits + results.partial  # the page as listed, partial matches last
            ranked = list(dict.fromkeys(hit.passage.article_id for hit in shown))
            if len(ranked) >= k or results.listed <= limit or limit >= NEWSINDEX_MAX_LIMIT:
                break
            limit = min(2 * limit, NEWSINDEX_MAX_LIMIT)  # several passages of one article
        if results.relaxed:
            self.modes["any-word fallback"] += 1
        elif results.match == "any":
            self.modes["any word"] += 1
        else:
            self.modes["all words" + (", then some" if results.partial else "")] += 1
            self.all_words_matches.append(results.total)
        return ranked[:k]

    def notes(self) -> dict[str, Any]:
        """How queries were answered (the default ``match="auto"``): all words required, any
        word (more than three words), or the any-word fallback (when requiring all matched
        nothing), with the passages the all-words answers matched; "then some": the passages
        with every word were fewer than asked for, and partial matches followed them."""
        matches = sorted(self.all_words_matches)
        return {
            "passages indexed": self.passages,
            "queries answered with all words": self.modes["all words"],
            "then some": self.modes["all words, then some"],
            "with any word": self.modes["any word"],
            "by the any-word fallback": self.modes["any-word fallback"],
            "median passages matching all words": common.median(matches) if matches else None,
        }

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()


class Fts5Engine(Engine):
    name = "fts5"

    def index(self, documents: Sequence[Document]) -> None:
        self.db = sqlite3.connect(self.workdir / "fts5.sqlite")
        self.db.execute(
            "CREATE VIRTUAL TABLE docs USING fts5(doc_id UNINDEXED, body, "
            "tokenize='porter unicode61')"
        )
        with self.db:
            self.db.executemany(
                "INSERT INTO docs (doc_id, body) VALUES (?, ?)",
                ((doc.id, doc.text) for doc in documents),
            )

    def search(self, query: str, k: int) -> list[str]:
        words = query_words(query)
        if not words:
            return []
        match = " OR ".join(f'"{word}"' for word in words)
        rows = self.db.execute(
            "SELECT doc_id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?", (match, k)
        )
        return [doc_id for (doc_id,) in rows]

    def close(self) -> None:
        self.db.close()


class TantivyEngine(Engine):
    name = "tantivy"

    def index(self, documents: Sequence[Document]) -> None:
        import tantivy

        builder = tantivy.SchemaBuilder()
        builder.add_text_field("doc_id", stored=True, tokenizer_name="raw")
        builder.add_text_field("body", tokenizer_name="en_stem")
        self.ix = tantivy.Index(builder.build(), path=str(self.workdir))
        writer = self.ix.writer(heap_size=64_000_000, num_threads=1)
        for doc in documents:
            writer.add_document(tantivy.Document(doc_id=doc.id, body=doc.text))
        writer.commit()
        writer.wait_merging_threads()
        self.ix.reload()
        self.searcher = self.ix.searcher()

    def search(self, query: str, k: int) -> list[str]:
        words = query_words(query)
        if not words:
            return []
        parsed = self.ix.parse_query(" ".join(f'"{word}"' for word in words), ["body"])
        hits = self.searcher.search(parsed, limit=k).hits
        return [self.searcher.doc(address)["doc_id"][0] for _, address in hits]


class Bm25sEngine(Engine):
    name = "bm25s"

    def index(self, documents: Sequence[Document]) -> None:
        import bm25s
        import Stemmer
        from bm25s.tokenization import Tokenizer

        self.ids = [doc.id for doc in documents]
        self.tokenizer = Tokenizer(stopwords="en", stemmer=Stemmer.Stemmer("english"))
        tokens = self.tokenizer.tokenize(
            [doc.text for doc in documents], update_vocab=True, show_progress=False
        )
        self.retriever = bm25s.BM25()
        self.retriever.index(tokens, show_progress=False)

    def search(self, query: str, k: int) -> list[str]:
        tokens = self.tokenizer.tokenize([query], update_vocab=False, show_progress=False)
        docs, scores = self.retriever.retrieve(tokens, k=min(k, len(self.ids)), show_progress=False)
        return [self.ids[d] for d, s in zip(docs[0], scores[0], strict=True) if s > 0]


class WhooshEngine(Engine):
    name = "whoosh"

    def index(self, documents: Sequence[Document]) -> None:
        from whoosh import index
        from whoosh.analysis import StemmingAnalyzer
        from whoosh.fields import ID, TEXT, Schema
        from whoosh.qparser import OrGroup, QueryParser
        from whoosh.scoring import BM25F

        schema = Schema(doc_id=ID(stored=True), content=TEXT(analyzer=StemmingAnalyzer()))
        ix = index.create_in(self.workdir, schema)
        with ix.writer() as writer:
            for doc in documents:
                writer.add_document(doc_id=doc.id, content=doc.text)
        self.searcher = ix.searcher(weighting=BM25F())
        self.parser = QueryParser("content", schema, group=OrGroup)

    def search(self, query: str, k: int) -> list[str]:
        hits = self.searcher.search(self.parser.parse(query), limit=k)
        return [hit["doc_id"] for hit in hits]

    def close(self) -> None:
        self.searcher.close()


ENGINES: dict[str, Callable[[Path, argparse.Namespace], Engine]] = {
    "newsindex": lambda d, a: NewsindexEngine(d, title_paragraph=a.title_paragraph),
    "fts5": lambda d, a: Fts5Engine(d),
    "tantivy": lambda d, a: TantivyEngine(d),
    "bm25s": lambda d, a: Bm25sEngine(d),
    "whoosh": lambda d, a: WhooshEngine(d),
}


# ------------------------------------------------------------------------------------- metrics


def average_precision(ranked: Sequence[str], relevant: frozenset[str]) -> float:
    found = 0
    total = 0.0
    for rank, doc in enumerate(ranked, start=1):
        if doc in relevant:
            found += 1
            total += found / rank
    return total / len(relevant)


def precision_at(ranked: Sequence[str], relevant: frozenset[str], k: int) -> float:
    return sum(doc in relevant for doc in ranked[:k]) / k


def ndcg_at(ranked: Sequence[str], relevant: frozenset[str], k: int) -> float:
    dcg = sum(1 / math.log2(rank + 1) for rank, doc in enumerate(ranked[:k], 1) if doc in relevant)
    ideal = sum(1 / math.log2(rank + 1) for rank in range(1, min(len(relevant), k) + 1))
    return dcg / ideal


def recall_at(ranked: Sequence[str], relevant: frozenset[str], k: int) -> float:
    return sum(doc in relevant for doc in ranked[:k]) / len(relevant)


METRICS: dict[str, Callable[[Sequence[str], frozenset[str]], float]] = {
    "MAP": average_precision,
    f"P@{P_AT}": lambda r, rel: precision_at(r, rel, P_AT),
    f"nDCG@{NDCG_AT}": lambda r, rel: ndcg_at(r, rel, NDCG_AT),
    f"R@{RECALL_AT}": lambda r, rel: recall_at(r, rel, RECALL_AT),
}


# ----------------------------------------------------------------------------------------- runs


@dataclass
class EngineRun:
    """One engine on one collection: mean metrics, failed queries and timings."""

    engine: str
    metrics: dict[str, float]
    failed: list[dict[str, str]]
    index_seconds: float
    query_seconds: float
    queries: int
    notes: dict[str, Any] = field(default_factory=dict)


def run_engine(engine: Engine, collection: Collection) -> EngineRun:
    index_seconds, _ = common.timed(lambda: engine.index(collection.documents))
    totals = dict.fromkeys(METRICS, 0.0)
    failed: list[dict[str, str]] = []
    started = time.perf_counter()
    for query in collection.queries:
        try:
            ranked = engine.search(query.text, CUTOFF)
        except engine.query_errors as exc:
            failed.append({"query": query.id, "error": f"{type(exc).__name__}: {exc}"})
            ranked = []
        relevant = collection.relevant[query.id]
        for name, metric in METRICS.items():
            totals[name] += metric(ranked, relevant)
    query_seconds = time.perf_counter() - started
    n = len(collection.queries)
    return EngineRun(
        engine=engine.name,
        metrics={name: total / n for name, total in totals.items()},
        failed=failed,
        index_seconds=index_seconds,
        query_seconds=query_seconds,
        queries=n,
        notes=engine.notes(),
    )


def evaluate(
    collection: Collection, engines: Sequence[str], args: argparse.Namespace
) -> list[EngineRun]:
    runs = []
    with tempfile.TemporaryDirectory(prefix=f"relevance-{collection.name}-") as tmp:
        for name in engines:
            workdir = Path(tmp) / name
            workdir.mkdir()
            engine = ENGINES[name](workdir, args)
            try:
                runs.append(run_engine(engine, collection))
            finally:
                engine.close()
    return runs


# ------------------------------------------------------------------------------------- printing


def print_table(collection: Collection, runs: Sequence[EngineRun]) -> None:
    judged = sum(len(collection.relevant[q.id]) for q in collection.queries)
    print(
        f"\n## {collection.name.upper()}: {len(collection.documents)} documents, "
        f"{len(collection.queries)} judged queries, {judged} relevant pairs "
        f"(MAP on the top {CUTOFF})"
    )
    header = f"{'engine':<10}" + "".join(f"{m:>9}" for m in METRICS)
    print(header + f"{'failed':>8}{'index s':>9}{'ms/query':>10}")
    for run in runs:
        print(
            f"{run.engine:<10}"
            + "".join(f"{run.metrics[m]:>9.4f}" for m in METRICS)
            + f"{len(run.failed):>8}{run.index_seconds:>9.2f}"
            + f"{1000 * run.query_seconds / run.queries:>10.1f}"
        )
    for run in runs:
        if run.notes:
            print(f"  {run.engine}: " + ", ".join(f"{k} {v}" for k, v in run.notes.items()))
        if run.failed:
            print(f"  {run.engine}: {len(run.failed)} failed queries, e.g.")
            for fail in run.failed[:ERROR_EXAMPLES]:
                print(f"    query {fail['query']}: {_shorten(fail['error'])}")


def _shorten(text: str, width: int = 220) -> str:
    """Long messages (they quote the whole query) cut in the middle, keeping the reason."""
    if len(text) <= width:
        return text
    return f"{text[: width // 2 - 2]} … {text[-(width // 2 - 2) :]}"


def bar_summary(results: dict[str, list[EngineRun]]) -> dict[str, Any]:
    """newsindex against the best rival per collection and metric, and whether the bar holds."""
    summary: dict[str, Any] = {}
    for name, runs in results.items():
        by_engine = {run.engine: run for run in runs}
        rivals = [by_engine[r] for r in BAR_RIVALS if r in by_engine]
        if "newsindex" not in by_engine or not rivals:
            continue
        summary[name] = {}
        for metric in BAR_METRICS:
            scores = {run.engine: run.metrics[metric] for run in rivals}
            best = max(scores, key=scores.__getitem__)
            ours = by_engine["newsindex"].metrics[metric]
            summary[name][metric] = {
                "newsindex": ours,
                "best": scores[best],
                "best_engine": best,
                "ratio": common.ratio(ours, scores[best]),
            }
    return summary


def print_bar(summary: dict[str, Any]) -> bool:
    print(f"\n## newsindex default vs the best of {'/'.join(BAR_RIVALS)} (bar: ratio ≥ 1.00)")
    met = bool(summary)
    for name, metrics in summary.items():
        cells = []
        for metric, row in metrics.items():
            met &= row["ratio"] >= 1.0
            cells.append(
                f"{metric} {row['newsindex']:.4f} / {row['best']:.4f} ({row['best_engine']}) "
                f"= {row['ratio']:.2f}x"
            )
        print(f"{name:<6}" + "   ".join(cells))
    print(f"bar {'MET' if met else 'NOT MET'}")
    return met


# ----------------------------------------------------------------------------------------- main


def _names(value: str, known: Sequence[str]) -> list[str]:
    names = [v.strip().lower() for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in known]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"expected some of {', '.join(known)}, got {value!r}")
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--collections",
        type=lambda v: _names(v, list(COLLECTIONS)),
        default=list(COLLECTIONS),
        help="comma-separated: cisi,med (default: both)",
    )
    parser.add_argument(
        "--engines",
        type=lambda v: _names(v, list(ENGINES)),
        default=list(ENGINES),
        help=f"comma-separated: {','.join(ENGINES)} (default: all)",
    )
    parser.add_argument(
        "--shared", type=Path, default=common.SHARED, help="shared data folder (../shared)"
    )
    parser.add_argument(
        "--title-paragraph",
        action="store_true",
        help="newsindex: index the title as a paragraph of its own (default: one paragraph)",
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args()

    common.setup_nltk_data()
    info = common.machine_info()
    common.print_machine(info)
    started = time.perf_counter()
    results: dict[str, list[EngineRun]] = {}
    collections: dict[str, Any] = {}
    for name in args.collections:
        collection = load_collection(name, args.shared)
        results[name] = runs = evaluate(collection, args.engines, args)
        print_table(collection, runs)
        collections[name] = {
            "documents": len(collection.documents),
            "queries": len(collection.queries),
            "runs": [asdict(run) for run in runs],
        }
    summary = bar_summary(results)
    met = print_bar(summary) if summary else None
    seconds = time.perf_counter() - started
    print(f"\ntotal {seconds:.1f} s")
    common.write_json(
        args.json,
        {
            "machine": info,
            "cutoff": CUTOFF,
            "title_paragraph": args.title_paragraph,
            "collections": collections,
            "bar": {"met": met, "rivals": list(BAR_RIVALS), "collections": summary},
            "seconds": seconds,
        },
    )


if __name__ == "__main__":
    main()
