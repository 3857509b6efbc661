"""Top-k with early termination (newsindex/search/topk.py): skimming the postings for the best
matches (block-quality skips, simplified unions) returns the same page, in the same order with
the same scores (to the last bit) and folded copies, as scoring every match; counting stops at
``count_up_to``, where the total becomes a lower bound."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import pytest
from support import article

from newsindex import Passage, SearchResults, index_passages, open_index
from newsindex.search import topk

# fmt: off
WORDS = (
    "oil", "prices", "rose", "fell", "bank", "rates", "interest", "trade", "deficit", "market",
    "shares", "company", "profit", "quarter", "billion", "dollar", "exports", "grain",
    "wheat", "tariffs", "steel", "strike", "talks", "union", "government", "budget", "tax",
    "minister", "election", "central", "growth", "inflation", "currency", "yen", "mark",
    "sterling",
)
# fmt: on
WIRE = (
    "Oil prices rose sharply as OPEC ministers met to discuss output quotas, with Saudi Arabia "
    "pressing members to hold production steady while demand recovers."
)
PERSONS = ("James Baker", "Paul Volcker", "Karl Otto Poehl", "Margaret Thatcher")


def _text(rng: random.Random, n: int) -> str:
    """Words drawn with a skewed frequency, so postings differ in weight from block to block;
    a long passage also says "crude" once."""
    words = [WORDS[min(int(rng.expovariate(0.15)), len(WORDS) - 1)] for _ in range(n)]
    return " ".join([*words, "crude"] if n >= 30 else words)


@pytest.fixture(scope="module")
def big_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """3,000 passages in three commits (three segments of several postings blocks each), every
    tenth article carrying a wire paragraph with a small edit (copies to fold). The first 30
    articles open with "crude" three times in four words: the later postings blocks of "crude"
    (once in a long passage) cannot reach their scores, and skimming skips them."""
    rng = random.Random(16)
    path = tmp_path_factory.mktemp("topk") / "index"
    for batch in range(3):
        items = []
        for n in range(500):
            aid = f"b{batch}-{n}"
            day = dt.date(1987, 1, 1) + dt.timedelta(days=rng.randrange(300))
            passages = [
                Passage(aid, 0, _text(rng, rng.randrange(4, 60)), persons=(rng.choice(PERSONS),)),
                Passage(aid, 1, WIRE if n % 10 else WIRE.replace("sharply", "sharply,")),
            ]
            if n % 10 > 1:
                passages[1] = Passage(aid, 1, _text(rng, rng.randrange(4, 60)))
            if batch == 0 and n < 30:
                passages[0] = Passage(aid, 0, "crude oil crude crude", persons=(PERSONS[0],))
            items.append((article(aid, day, title=f"Story {aid}"), passages))
        index_passages(items, index=path)
    return path


QUERIES = [
    {"query": "oil"},
    {"query": "crude"},
    {"query": "crude oil"},
    {"query": "crude OR wheat"},
    {"query": "crude market bank rates", "match": "any"},
    {"query": "crude", "person": "Baker"},
    {"query": "crude", "since": "1987-01-01", "until": "1987-08-31"},
    {"query": "oil prices"},
    {"query": "interest rates"},
    {"query": "yen sterling"},
    {"query": '"oil prices"'},
    {"query": "oil prices bank rates tariffs", "match": "any"},
    {"query": "oil OR wheat OR steel"},
    {"query": "grain", "since": "1987-03-01", "until": "1987-06-30"},
    {"query": "market", "person": "Baker"},
    {"query": "opec ministers"},
    {"query": "oil", "sort": "-date"},
    {"query": "", "person": "Volcker", "since": "1987-02-01"},
]


def _page(results: SearchResults) -> list[tuple[str, Any, tuple[str, ...]]]:
    """The page's passages, copies and scores; scores summed in another order (a union
    matcher's tree, or a word at a time) may differ in the last bit."""
    return [
        (h.id, pytest.approx(h.score, rel=1e-12), tuple(pid for pid, _ in h.duplicates))
        for h in results.hits
    ]


@pytest.mark.parametrize("q", QUERIES, ids=lambda q: " ".join(str(v) for v in q.values()))
@pytest.mark.parametrize("limit,offset", [(10, 0), (5, 20)])
def test_skimming_returns_the_page_scoring_every_match_does(
    big_index: Path, q: dict[str, str], limit: int, offset: int
) -> None:
    """``count_up_to=None`` scores every match (as newsindex did before skimming); a bound
    below the number of matches skims."""
    with open_index(big_index) as ix:
        exact = ix.search(**q, limit=limit, offset=offset, count_up_to=None)  # type: ignore[arg-type]
        assert not exact.total_is_lower_bound
        for bound in (1, 50, 10_000):
            skimmed = ix.search(**q, limit=limit, offset=offset, count_up_to=bound)  # type: ignore[arg-type]
            assert _page(skimmed) == _page(exact), bound
            if exact.total > bound:
                assert (skimmed.total, skimmed.total_is_lower_bound) == (bound, True)
            else:
                assert (skimmed.total, skimmed.total_is_lower_bound) == (exact.total, False)


def test_copies_past_the_counted_matches_are_still_listed(big_index: Path) -> None:
    with open_index(big_index) as ix:
        exact = ix.search("opec ministers", count_up_to=None)
        skimmed = ix.search("opec ministers", count_up_to=1)
    assert len(exact.hits[0].duplicates) == 299  # the wire paragraph's other copies
    assert skimmed.hits[0].duplicates == exact.hits[0].duplicates


def test_a_page_folded_short_takes_more_candidates(big_index: Path) -> None:
    """The wire paragraph has 300 copies: they fold into one hit, and the page is still full."""
    with open_index(big_index) as ix:
        results = ix.search("opec ministers oil", match="any", limit=10)
    assert len(results.hits) == 10
    assert len({h.id for h in results.hits}) == 10


def test_a_lower_bound_total_reads_with_a_plus(big_index: Path) -> None:
    with open_index(big_index) as ix:
        results = ix.search("oil", count_up_to=100)
    assert results.total_is_lower_bound
    assert results.total_text == "100+"
    assert results.to_dict()["total_is_lower_bound"] is True
    assert "100+ passages" in results._repr_html_()


@pytest.mark.parametrize("bad", [0, -5, 2.5, "10"])
def test_count_up_to_is_checked(index_dir: Path, bad: object) -> None:
    from newsindex.errors import InvalidArgumentError

    with open_index(index_dir) as ix, pytest.raises(InvalidArgumentError, match="count_up_to"):
        ix.search("tariffs", count_up_to=bad)  # type: ignore[arg-type]


def test_skimming_skips_and_counts_apart(big_index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The comparisons above mean something: here skimming leaves matches unscored (the index
    estimates more matches than the bound), and the matches counted apart are all of them."""
    left_out = []
    skim = topk._skim

    def spy(*args: Any) -> bool:
        lossy = skim(*args)
        left_out.append(lossy)
        return lossy

    with open_index(big_index) as ix:
        exact = ix.search("crude OR wheat", count_up_to=None)
        monkeypatch.setattr(topk, "_skim", spy)
        skimmed = ix.search("crude OR wheat", count_up_to=exact.total)
    assert any(left_out)
    assert _page(skimmed) == _page(exact)
    assert (skimmed.total, skimmed.total_is_lower_bound) == (exact.total, False)


def test_a_wildcard_of_many_words_is_scored_not_skimmed(
    big_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'pr*' on Reuters (1,500 words) took 10 s and 'o*' 22 s: skimming rebuilds the union of
    a wildcard's words over and over, as it does a pasted text's. A wildcard expanding to more
    than SKIM_WORDS_UP_TO words is scored in full, as many words are: the same page."""
    many = "*e*"  # prices, rose, fell, rates, interest, trade, deficit, market, shares ...
    skimmed: list[Any] = []
    skim = topk._skim
    with open_index(big_index) as ix:
        exact = ix.search(many, count_up_to=None)
        assert exact.total > 50
        monkeypatch.setattr(topk, "_skim", lambda *a: skimmed.append(a) or skim(*a))
        bounded = ix.search(many, count_up_to=50)
        assert not skimmed and _page(bounded) == _page(exact)
        ix.search("s*", count_up_to=50)  # shares, steel, strike, sterling: few, skimmed
    assert skimmed


def test_the_command_line_shows_a_lower_bound_with_a_plus(
    index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from newsindex.cli import cli
    from newsindex.search.handle import NewsIndex

    search = NewsIndex.search

    def counting_one(self: NewsIndex, *args: Any, **kwargs: Any) -> SearchResults:
        return search(self, *args, **kwargs, count_up_to=1)

    monkeypatch.setattr(NewsIndex, "search", counting_one)
    result = CliRunner().invoke(cli, ["search", "tariffs", "--index", str(index_dir)])
    assert result.exit_code == 0
    assert result.stdout.startswith("1+ passages, showing 1-2")


@pytest.mark.parametrize("undated", [False, True])
@pytest.mark.parametrize("sort", ["-date", "date", "relevance"])
def test_every_passage_by_date_reads_only_the_days_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sort: str, undated: bool
) -> None:
    """``*`` lists the same page from the date terms as from the date column, with articles
    indexed again (deleted passages) and, where the order needs them, undated ones."""
    days = [dt.date(2025, 5, 1) + dt.timedelta(days=n % 7) for n in range(40)]
    items = [
        (article(f"a{n}", None if undated and n % 9 == 0 else day), [Passage(f"a{n}", 0, "x")])
        for n, day in enumerate(days)
    ]
    index_passages(items, index=tmp_path)
    index_passages(items[:5], index=tmp_path)  # indexed again: their old passages deleted
    with open_index(tmp_path) as ix:
        pages = [ix.search("*", sort=sort, limit=12, offset=o, collapse=False) for o in (0, 30)]
        monkeypatch.setattr(topk, "_every_by_date", lambda *args: None)  # the date column
        expected = [ix.search("*", sort=sort, limit=12, offset=o, collapse=False) for o in (0, 30)]
    assert [[h.id for h in p] for p in pages] == [[h.id for h in p] for p in expected]
    assert [p.total for p in pages] == [p.total for p in expected] == [40, 40]


@pytest.mark.parametrize("words", [("yen", "sterl"), ("currenc", "yen"), ("mark", "yen", "sterl")])
def test_words_scored_a_word_at_a_time_rank_as_whoosh_does(
    big_index: Path, words: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every word, then any of them (the default search and its completion) share one pass over
    the postings, a word at a time; both rankings, scores and counts are Whoosh's own."""
    from whoosh import index as whoosh_index
    from whoosh import query as wq

    from newsindex.search.query import Plan
    from newsindex.search.ranking import NewsBM25

    passes = []
    of = topk._WordScores.of
    monkeypatch.setattr(topk._WordScores, "of", lambda *a: passes.append(a) or of(*a))
    terms = [wq.Term("text", w) for w in words]
    every, some = Plan(wq.And(terms), None, None), Plan(wq.Or(terms), None, None, "any")
    with whoosh_index.open_dir(str(big_index)).searcher(weighting=NewsBM25()) as searcher:
        ranker = topk.Ranker(searcher, [every, some], "relevance", [], count_up_to=10_000)
        for plan in (every, some):
            ranked = ranker.rank(plan, 5_000)
            whoosh = searcher.search(plan.scored, limit=None)
            assert [d for d, _ in ranked.top] == [hit.docnum for hit in whoosh]
            assert [s for _, s in ranked.top] == pytest.approx([h.score for h in whoosh], rel=1e-12)
            assert ranked.count(None) == (len(whoosh), False)
            assert ranked.matching(range(3000)) == set(whoosh.docs())
            assert len(passes) == 1  # made for every word, kept for any of them


def test_folding_asks_for_more_candidates_without_scoring_again(
    big_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The wire paragraph's 300 copies fold into one hit, so the page asks the ranking for more
    candidates again and again; a plan whose matches were all scored is scored once."""
    passes = []
    score_every = topk._score_every_match
    monkeypatch.setattr(topk, "_score_every_match", lambda *a: passes.append(a) or score_every(*a))
    with open_index(big_index) as ix:
        results = ix.search('"opec ministers" oil', limit=10)
        unfolded = ix.search('"opec ministers" oil', limit=10, collapse=False)
    assert len(results.hits) == 1 and len(results.hits[0].duplicates) == 299
    assert results.total == unfolded.total == 300
    assert len(passes) == 2  # one per search


def test_a_phrase_skimmed_whole_is_not_skimmed_again_for_more_candidates(
    big_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A phrase may match more than the matches counted, so it is skimmed; its matcher has no
    block bounds, so the skim scores every match, and folding the wire paragraph's 300 copies
    into one hit takes its further candidates from those scores, not from another pass."""
    segments_skimmed = []
    skim = topk._skim
    monkeypatch.setattr(topk, "_skim", lambda *a: segments_skimmed.append(a[1]) or skim(*a))
    with open_index(big_index) as ix:
        results = ix.search('"opec ministers"', limit=10, count_up_to=100)
        assert len(segments_skimmed) == 3  # one pass, one per segment
        unfolded = ix.search('"opec ministers"', limit=10, count_up_to=100, collapse=False)
    assert len(results.hits) == 1 and len(results.hits[0].duplicates) == 299
    assert results.total == unfolded.total == 100 and results.total_is_lower_bound


def test_a_search_asks_for_enough_candidates_for_the_indexs_copies(
    big_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One passage in ten is a copy of the wire paragraph, so a hit stands for about 31 ranked
    passages on average: the first ranking asked for holds the whole group, where a window of
    twice the page asked twice more."""
    windows: list[int] = []
    rank = topk.Ranker.rank
    monkeypatch.setattr(
        topk.Ranker, "rank", lambda self, p, top: windows.append(top) or rank(self, p, top)
    )
    with open_index(big_index) as ix:
        results = ix.search('"opec ministers"', limit=10, count_up_to=100)
    assert len(results.hits) == 1 and len(results.hits[0].duplicates) == 299
    assert len(windows) == 1 and windows[0] >= 300


@pytest.mark.parametrize(
    "words", [("oil", "price"), ("interest", "rate"), ("market", "bank", "rate"), ("crude", "oil")]
)
@pytest.mark.parametrize("allowed", [False, True])
def test_every_word_ranked_a_block_at_a_time_scores_as_the_matchers_do(
    big_index: Path, words: tuple[str, ...], allowed: bool
) -> None:
    """All of some words, their posting lists intersected a block at a time, give every passage
    with all of them the score Whoosh's intersecting matchers give it, and the same best, over
    segments of several blocks each, with a filter (every third passage) or none."""
    from whoosh import index as whoosh_index
    from whoosh import query as wq

    from newsindex.search.ranking import NewsBM25

    terms = frozenset(wq.Term("text", w) for w in words)
    allow = set(range(0, 3000, 3)) if allowed else None
    with whoosh_index.open_dir(str(big_index)).searcher(weighting=NewsBM25()) as searcher:
        found = topk._score_common(searcher, terms, allow, 20)
        assert found is not None
        scores, best = found
        every, every_best = topk._score_every_match(
            searcher, wq.And([wq.Term("text", w) for w in words]), allow, 20
        )
    assert scores.keys() == every.keys() and len(every) > 20
    assert [scores[d] for d in every] == pytest.approx(list(every.values()), rel=1e-12)
    assert [d for d, _ in best] == [d for d, _ in every_best]


def test_a_segment_with_deleted_passages_is_left_to_the_matchers(tmp_path: Path) -> None:
    """A segment's deleted passages are filtered by Whoosh's matcher, not in its blocks: the
    words are ranked by the matchers instead, and the search still finds every live passage."""
    from whoosh import index as whoosh_index
    from whoosh import query as wq

    from newsindex.search.ranking import NewsBM25

    path = tmp_path / "index"
    items = [
        (
            article(f"a{n}", dt.date(1987, 1, 1 + n % 28), title=f"Story {n}"),
            [Passage(f"a{n}", 0, "oil prices rose " * (1 + n % 3))],
        )
        for n in range(200)
    ]
    index_passages(items, index=path)
    index_passages(items[:1], index=path)  # again: its first passage is deleted
    terms = frozenset(wq.Term("text", w) for w in ("oil", "price"))
    with whoosh_index.open_dir(str(path)).searcher(weighting=NewsBM25()) as searcher:
        assert searcher.reader().has_deletions()
        assert topk._score_common(searcher, terms, None, 10) is None
    with open_index(path) as ix:
        assert ix.search("oil prices", match="all", collapse=False).total == 200
