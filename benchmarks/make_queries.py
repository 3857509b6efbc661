"""Draw benchmarks/queries.json: the fixed query set bench_query.py times.

    .venv/bin/python benchmarks/make_queries.py [--out DIR] [--seed 1987] [--per-kind 200]

Needs the index built by bench_index.py (for the persons) and the Reuters-21578 corpus (for the
vocabulary). Queries are drawn with a fixed seed so the file is reproducible from the same index;
it is committed so every benchmark run times the same queries.

How each kind is drawn (passages are those of ``read_paths`` + ``segment``; a "word" is a run of
ASCII letters of length ≥ 3, lower-cased, not a Whoosh stop word; df = passages containing it):

* keyword: four document-frequency bands, ``high`` df ≥ 1000, ``mid`` 100-999, ``low`` 10-99,
  ``rare`` 2-9; per band half single words (uniform over the band's words) and half two-word
  queries (two band words from one random passage, so the AND query has a hit).
* phrase: adjacent word pairs ("oil prices") in the same four bands, by the number of passages
  holding the pair (``high`` ≥ 100, ``mid`` 20-99, ``low`` 5-19, ``rare`` 2-4), quoted.
* person: a ``--person`` filter alone; names from the index's ``person`` field in bands by the
  number of passages naming them (``high`` ≥ 50, ``mid`` 10-49, ``low`` 3-9, ``rare`` 1-2),
  spelled as stored.
* date: a keyword query (drawn as above, any band) with ``since``/``until``: a range of 1, 7, 30
  or 90 days placed at random around the date of a random article (so ranges fall where the
  articles are, weighted by how many there are).
* person_date: a person (drawn as above) with a date range alone (no keyword); half of the
  ranges are placed around a day on which that person is named, half around a random
  article's date.
* facets: ``NewsIndex.facets`` over the keyword queries (same texts, same order).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path
from typing import Any

import common

WORD = re.compile(r"[A-Za-z]{3,}")
KEYWORD_BANDS = {"high": (1000, None), "mid": (100, 999), "low": (10, 99), "rare": (2, 9)}
PHRASE_BANDS = {"high": (100, None), "mid": (20, 99), "low": (5, 19), "rare": (2, 4)}
PERSON_BANDS = {"high": (50, None), "mid": (10, 49), "low": (3, 9), "rare": (1, 2)}
RANGE_DAYS = (1, 7, 30, 90)


def in_band(df: int, band: tuple[int, int | None]) -> bool:
    low, high = band
    return df >= low and (high is None or df <= high)


def passage_words(text: str, stop: frozenset[str]) -> list[str]:
    return [w for w in (m.lower() for m in WORD.findall(text)) if w not in stop]


def read_passages(corpus: Path, limit: int | None) -> tuple[list[str], list[dt.date]]:
    from newsindex.nlp.segment import segment
    from newsindex.problems import ProblemLog
    from newsindex.readers import read_paths

    texts: list[str] = []
    dates: list[dt.date] = []
    for article in itertools.islice(read_paths([corpus], log=ProblemLog()), limit):
        texts.extend(s.text for s in segment(article))
        if article.date:
            dates.append(article.date)
    return texts, dates


def keyword_queries(
    rng: random.Random, texts: list[str], stop: frozenset[str], n: int
) -> list[dict[str, Any]]:
    tokenised = [passage_words(t, stop) for t in texts]
    df: Counter[str] = Counter()
    for words in tokenised:
        df.update(set(words))
    out: list[dict[str, Any]] = []
    per_band = -(-n // len(KEYWORD_BANDS))
    for band_name, band in KEYWORD_BANDS.items():
        vocab = sorted(w for w, c in df.items() if in_band(c, band))
        singles = rng.sample(vocab, min(len(vocab), per_band // 2))
        out += [{"query": w, "band": band_name, "words": 1} for w in singles]
        pairs: list[str] = []
        attempts = 0
        while len(pairs) < per_band - len(singles) and attempts < 200_000:
            attempts += 1
            words = tokenised[rng.randrange(len(tokenised))]
            candidates = sorted({w for w in words if in_band(df[w], band)})
            if len(candidates) < 2:
                continue
            first, second = rng.sample(candidates, 2)
            query = f"{first} {second}"
            if query not in pairs:
                pairs.append(query)
        out += [{"query": q, "band": band_name, "words": 2} for q in pairs]
    return out


def phrase_queries(
    rng: random.Random, texts: list[str], stop: frozenset[str], n: int
) -> list[dict[str, Any]]:
    df: Counter[tuple[str, str]] = Counter()
    for text in texts:
        words = [m.lower() for m in WORD.findall(text)]
        df.update({(a, b) for a, b in itertools.pairwise(words) if a not in stop and b not in stop})
    pools: dict[str, list[Any]] = {}
    for name, band in PHRASE_BANDS.items():
        pairs = sorted(p for p, c in df.items() if in_band(c, band))
        pools[name] = rng.sample(pairs, len(pairs))
    return [
        {"query": f'"{a} {b}"', "band": band, "words": 2} for band, (a, b) in round_robin(pools, n)
    ]


def round_robin(pools: dict[str, list[Any]], n: int) -> list[tuple[str, Any]]:
    """``n`` items taken from the pools in turn (a short pool lends its share to the rest)."""
    out: list[tuple[str, Any]] = []
    while len(out) < n and any(pools.values()):
        for band, pool in pools.items():
            if pool and len(out) < n:
                out.append((band, pool.pop()))
    return out


def stored_day(value: Any) -> dt.date | None:
    """An article date as the index stores it (``YYYYMMDD`` text, or a datetime in old indexes)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str) and len(value) == 8 and value.isdigit():
        return dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))
    return None


def index_persons(index_dir: Path) -> dict[str, list[tuple[str, int, list[dt.date]]]]:
    """Persons of the built index by band: (stored spelling, passages, days named)."""
    from whoosh import index

    from newsindex.index.records import Records

    ix = index.open_dir(str(index_dir))
    bands: dict[str, list[tuple[str, int, list[dt.date]]]] = {b: [] for b in PERSON_BANDS}
    with ix.searcher() as searcher:
        reader = searcher.reader()
        records = Records(reader)
        if "person" not in reader.indexed_field_names():
            return bands
        for term in reader.lexicon("person"):
            key = term.decode("utf-8")
            freq = reader.doc_frequency("person", term)
            band = next((b for b, r in PERSON_BANDS.items() if in_band(freq, r)), None)
            if band is None:
                continue
            name, days = key, set()
            for fields in records.matching(searcher, "person", key):
                for stored in fields.get("person", ()):
                    if stored.lower() == key:
                        name = stored
                day = stored_day(fields.get("date"))
                if day is not None:
                    days.add(day)
            bands[band].append((name, freq, sorted(days)))
    ix.close()
    return bands


def draw_persons(
    rng: random.Random, bands: dict[str, list[tuple[str, int, list[dt.date]]]], n: int
) -> list[tuple[str, str, list[dt.date]]]:
    """``n`` persons spread evenly over the bands (a short band lends its share to the rest)."""
    pools = {b: rng.sample(v, len(v)) for b, v in bands.items()}
    return [(band, name, days) for band, (name, _, days) in round_robin(pools, n)]


def range_around(rng: random.Random, day: dt.date) -> tuple[dt.date, dt.date]:
    days = rng.choice(RANGE_DAYS)
    start = day - dt.timedelta(days=rng.randrange(days))
    return start, start + dt.timedelta(days=days - 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=common.DEFAULT_OUT, help="index folder root")
    parser.add_argument("--seed", type=int, default=1987)
    parser.add_argument("--per-kind", type=int, default=200)
    parser.add_argument("--queries", type=Path, default=common.QUERIES, help="file to write")
    args = parser.parse_args()
    common.setup_nltk_data()
    corpus = common.require_corpus()
    build_file = args.out / common.BUILD_INFO
    if not build_file.exists():
        raise SystemExit(f"no index at {args.out}: run benchmarks/bench_index.py first")
    build = json.loads(build_file.read_text(encoding="utf-8"))

    from whoosh.analysis import STOP_WORDS

    stop = frozenset(STOP_WORDS)
    rng = random.Random(args.seed)
    n = args.per_kind
    texts, dates = read_passages(corpus, build["limit"])
    first, last = min(dates), max(dates)

    keywords = keyword_queries(rng, texts, stop, n)
    phrases = phrase_queries(rng, texts, stop, n)
    persons = draw_persons(rng, index_persons(common.newsindex_dir(args.out)), n)

    date_queries = []
    for _ in range(n):
        since, until = range_around(rng, rng.choice(dates))
        keyword = rng.choice(keywords)
        date_queries.append(
            {
                "query": keyword["query"],
                "band": keyword["band"],
                "since": since.isoformat(),
                "until": until.isoformat(),
            }
        )
    person_dates = []
    for i in range(n):
        band, name, days = persons[i % len(persons)] if persons else ("", "", [])
        if not name:
            break
        anchored = i % 2 == 0 and days
        since, until = range_around(rng, rng.choice(days if anchored else dates))
        person_dates.append(
            {
                "person": name,
                "band": band,
                "since": since.isoformat(),
                "until": until.isoformat(),
                "anchored": bool(anchored),
            }
        )

    data = {
        "about": "Drawn by benchmarks/make_queries.py (its docstring says how); timed by "
        "benchmarks/bench_query.py.",
        "seed": args.seed,
        "corpus": "Reuters-21578 (shared/corpora/reuters21578)",
        "index": {k: build[k] for k in ("limit", "articles", "passages")},
        "date_span": [first.isoformat(), last.isoformat()],
        "keyword": keywords,
        "phrase": phrases,
        "person": [{"person": name, "band": band} for band, name, _ in persons],
        "date": date_queries,
        "person_date": person_dates,
        "facets": [{"query": k["query"], "band": k["band"]} for k in keywords],
    }
    args.queries.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    kinds = ("keyword", "phrase", "person", "date", "person_date", "facets")
    counts = ", ".join(f"{k} {len(data[k])}" for k in kinds)
    print(f"wrote {args.queries}: {counts}")


if __name__ == "__main__":
    main()
