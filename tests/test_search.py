from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import ARTICLES, article, index_texts

from newsindex import DateSpan, Filters, NewsIndex, Passage, index_passages, open_index
from newsindex.errors import InvalidArgumentError, InvalidFilterError
from newsindex.search.query import MENTION_WITHIN_SCORE
from newsindex.search.spelling import COMMONER


def ids(results) -> list[str]:
    return [h.id for h in results.hits]


def test_keyword_ranks_and_highlights(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        results = ix.search("tariffs")
    assert results.total == 2
    assert set(ids(results)) == {"a1#0", "a2#0"}
    for hit in results.hits:
        assert "<mark>Tariffs</mark>" in hit.snippet or "<mark>tariffs</mark>" in hit.snippet
        assert hit.source == "Test Wire"
    assert not results.fallback


def test_stemming_run_finds_running(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        assert ids(ix.search("run")) == ["a1#1"]


def test_person_filter_matches_surname_and_full_name_any_case(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        by_surname = ids(ix.search(person="Poilievre"))
        by_full = ids(ix.search(person="pierre POILIEVRE"))
        trump = set(ids(ix.search(person="Trump")))
    assert by_surname == by_full == ["a1#2"]
    assert trump == {"a1#0", "a1#1"}


def test_speaker_org_place_filters(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        assert ids(ix.search(speaker="Lindqvist")) == ["a2#1"]
        assert ids(ix.search(org="Bank of Canada")) == ["a2#0"]
        assert ids(ix.search("oil", place="New York")) == ["a3#0"]


def test_date_range_filters_article_date(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        march87 = ix.search("oil prices", since=dt.date(1987, 3, 1), until=dt.date(1987, 3, 31))
        all_oil = ix.search("oil prices")
    assert ids(march87) == ["a3#0"]
    assert set(ids(all_oil)) == {"a3#0", "a2#1"}


def test_mentions_filter_and_query_field(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        assert ids(ix.search(mentions=dt.date(2025, 5, 5))) == ["a1#1"]
        assert ids(ix.search("mentions:[2025-05-01 TO 2025-05-31]")) == ["a1#1"]
        assert ids(ix.search(mentions=dt.date(2025, 5, 6))) == []


def test_query_language_fields_phrases_boolean(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        assert ids(ix.search('person:Carney AND "parliament hill"')) == ["a1#2"]
        assert ids(ix.search("tariffs NOT steel")) == ["a2#0"]
        assert set(ids(ix.search("tarif*"))) == {"a1#0", "a2#0"}
        # the title is indexed once per article, on its first passage
        assert ids(ix.search("title:bank")) == ["a2#0"]


def test_and_falls_back_to_or_and_says_so(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        results = ix.search("steel lindqvist")
    assert results.fallback
    assert set(ids(results)) == {"a1#0", "a2#1"}


def test_a_short_page_goes_on_with_passages_having_some_of_the_words(tmp_path: Path) -> None:
    """Two passages have both words: a page of five lists them first, then the best of those
    with one of the words; the total still counts the passages with every word, and the next
    page goes on with the partial matches where this one stopped."""
    texts = ["Port strike ends.", "The port strike goes on."]
    texts += [f"Strike day {n}." for n in range(4)] + [f"Port fees rose {n}." for n in range(4)]
    texts += ["Weather was calm."]
    path = tmp_path / "ix"
    index_texts(path, texts)
    with open_index(path) as ix:
        first = ix.search("port strike", limit=5)
        second = ix.search("port strike", limit=5, offset=5)
        wide = ix.search("port strike", limit=20)
        every = ix.search("port strike", limit=2)
        facets = ix.facets("port strike")
    assert set(ids(first)) == {"a0#0", "a1#0"} and first.total == 2
    assert len(first.partial) == 3 and first.partial_total == 8 and first.listed == 10
    assert not first.fallback and first.match == "all"
    assert [h.id for h in second.hits] == [] and len(second.partial) == 5
    assert [h.id for h in first.partial + second.partial] == [h.id for h in wide.partial]
    assert "a10#0" not in {h.id for h in wide.partial}  # neither word
    assert every.partial == () and every.partial_total == 0  # the page is full
    assert facets.total == 2  # facets count the passages with every word
    assert first.to_dict()["partial_total"] == 8


def test_sort_by_date_and_paging(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        newest = ix.search("tariffs OR oil", sort="-date")
        oldest = ix.search("tariffs OR oil", sort="date")
        page2 = ix.search("tariffs OR oil", sort="date", limit=2, offset=2)
    assert [h.date for h in newest.hits] == sorted((h.date for h in newest.hits), reverse=True)
    assert ids(oldest)[0] == "a3#0"
    assert ids(page2) == ids(oldest)[2:4]
    assert page2.total == oldest.total == 4


def test_context_returns_neighbours(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        hit = ix.search("run", context=1).hits[0]
    assert [p.position for p in hit.context] == [0, 2]


def test_article_and_stats(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        view = ix.article("a1")
        stats = ix.stats(top=3)
    assert [p.position for p in view.passages] == [0, 1, 2]
    assert view.passages[1].heading == "Talks"
    assert stats.first_date == dt.date(1987, 3, 2) and stats.last_date == dt.date(2025, 5, 6)
    # ties by name, as facets order them
    assert stats.top_persons == (("Donald Trump", 2), ("Mark Carney", 2), ("Maria Lindqvist", 1))


def test_a_mapped_index_answers_as_one_copied_into_memory(index_dir: Path) -> None:
    def answers(ix: NewsIndex) -> list[object]:
        found = ix.search("tariffs OR trade", limit=5)
        return [
            [h.to_dict() for h in found.hits],
            found.total,
            [h.to_dict() for h in ix.search(person="Carney", context=1).hits],
            ix.article("a1").to_dict(),
            ix.passage("a1#1"),
            ix.stats(top=3),
            ix.facets("tariffs").persons,
        ]

    with open_index(index_dir, in_memory=True) as loaded, open_index(index_dir) as on_disk:
        assert answers(on_disk) == answers(loaded)
        assert answers(loaded)[1] > 0


def test_bad_paging_and_empty_query(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        with pytest.raises(InvalidArgumentError, match="limit"):
            ix.search("tariffs", limit=0)
        with pytest.raises(InvalidArgumentError, match=r"give words to search, \* for every"):
            ix.search("")
        with pytest.raises(InvalidArgumentError, match="sort"):
            ix.search("tariffs", sort="random")


def test_searching_does_not_import_nltk(index_dir: Path) -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from newsindex.cli import cli\n"
        f"r = CliRunner().invoke(cli, ['search', 'tariffs', '--index', {str(index_dir)!r}])\n"
        "assert r.exit_code == 0, r.output\n"
        "assert 'Tariffs' in r.output or 'tariffs' in r.output\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'nltk'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_iter_articles_lists_each_live_article_once(writable_index_dir: Path) -> None:
    index_passages(ARTICLES[:1], index=writable_index_dir)  # re-index: old copies are deleted
    with open_index(writable_index_dir) as ix:
        views = list(ix.iter_articles())
    assert [v.id for v in views] == ["a1", "a2", "a3"]
    assert [len(v.passages) for v in views] == [3, 2, 1]


def test_did_you_mean_suggests_index_words(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        results = ix.search("tarifs")
        fine = ix.search("tariffs")
        # the word as typed sets the edits: "tarrifs" (7 letters) stems to "tarrif" (6), two
        # edits from "tariff"
        doubled = ix.search("tarrifs")
    assert results.total == 0
    assert results.suggestions == ("tariffs",)
    assert fine.suggestions == ()
    assert doubled.suggestions == ("tariffs",)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("date:>2025-04-01 tariffs", {"a1#0"}),
        ("date:[2025-03-01 TO 2025-03-31]", {"a2#0", "a2#1"}),
        ("date:2025-03", {"a2#0", "a2#1"}),
        ("date:[1987 to 1988]", {"a3#0"}),
        ('date:"last week" OR date:1987', {"a1#0", "a1#1", "a1#2", "a3#0"}),
        ('since:"last week"', {"a1#0", "a1#1", "a1#2"}),
        ("tarifs~", {"a1#0", "a2#0"}),
        ('"canadian dominate"~3', {"a1#0"}),
        ('person:"Donald Trump"', {"a1#0", "a1#1"}),
        ("speaker:trump", {"a1#1"}),
        ("section:talks", {"a1#1", "a1#2"}),
    ],
)
def test_query_language(index_dir: Path, query: str, expected: set[str]) -> None:
    with open_index(index_dir) as ix:
        results = ix.search(query, as_of=dt.date(2025, 5, 13), limit=50, collapse=False)
    assert set(ids(results)) == expected


def test_results_render_as_an_escaped_html_table_in_notebooks(tmp_path: Path) -> None:
    hostile = article("x", dt.date(2025, 1, 2), title="<b>Bold</b> & co")
    index_passages(
        [(hostile, [Passage("x", 0, "Tariffs <script>alert(1)</script> rise.")])],
        index=tmp_path / "ix",
    )
    with open_index(tmp_path / "ix") as ix:
        page = ix.search("tariffs")._repr_html_()
    assert page.startswith("<p>1 passage for <b>tariffs</b></p><table>")
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; co" in page
    assert "&lt;script&gt;" in page and "<script>" not in page
    assert "<mark>Tariffs</mark>" in page


def test_a_notebook_shows_what_the_command_line_says_around_the_hits(tmp_path: Path) -> None:
    """A notebook showed a table alone: no did-you-mean for a typo, no note, and not the
    passages with some of the words that complete a short page."""
    texts = ["Tariffs on steel rose.", "Steel mills closed.", "The Bank of Canada sold jets."]
    passages = [Passage(f"a{i}", 0, t) for i, t in enumerate(texts)]
    passages[2] = Passage("a2", 0, texts[2], orgs=("Bank of Canada",))
    index_passages(
        [(article(p.article_id, dt.date(2025, 5, 6)), [p]) for p in passages], index=tmp_path / "ix"
    )
    with open_index(tmp_path / "ix") as ix:
        typo = ix.search("tarifs")._repr_html_()
        short = ix.search("steel mills")._repr_html_()
        relaxed = ix.search("tariffs mills")._repr_html_()
        note = ix.search("jets", person="Bank of Canada")._repr_html_()
    assert "<p>Did you mean: tariffs?</p>" in typo
    assert "<p>Passages with some of the words but not all (1):</p><table>" in short
    assert "Tariffs on <mark>steel</mark> rose." in short
    assert "<p>No passage has all of tariffs, mills; showing passages with any" in relaxed
    assert "<p>Note: no person named &#x27;Bank of Canada&#x27; here; it is named as" in note


def test_snippets_keep_a_matched_phrase_whole(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        hit = ix.search('"canadian steel"').hits[0]
    assert "<mark>Canadian steel</mark>" in hit.snippet


def test_a_phrase_is_marked_where_it_stands_not_its_words_alone(tmp_path: Path) -> None:
    text = "The bank raised interest rates; rates on savings and its interest in bonds held."
    index_texts(tmp_path / "ix", [text])
    with open_index(tmp_path / "ix") as ix:
        phrase = ix.search('"interest rates"').hits[0].snippet
        near = ix.search('"bank rates"~3 bonds').hits[0].snippet
    assert phrase == (
        "The bank raised <mark>interest rates</mark>; rates on savings and its interest in bonds "
        "held."
    )
    assert near == (
        "The <mark>bank</mark> raised interest <mark>rates</mark>; rates on savings and its "
        "interest in <mark>bonds</mark> held."
    )


@pytest.mark.parametrize("folder_age_s", [0, 3600], ids=["just-written", "settled"])
def test_an_open_handle_sees_each_new_commit(tmp_path: Path, folder_age_s: int) -> None:
    """A long-lived handle (web app, notebook) finds articles committed after it opened, both
    when the folder's time is too recent to trust and when it is old enough to compare."""
    path = tmp_path / "ix"
    index_passages(
        [(article("one", dt.date(2025, 5, 6)), [Passage("one", 0, "Zebra one.")])], index=path
    )
    with open_index(path) as ix:
        for n in range(2, 5):
            old = time.time() - folder_age_s
            os.utime(path, (old, old))
            assert ix.search("zebra").total == n - 1
            doc = article(f"a{n}", dt.date(2025, 5, 6))
            index_passages([(doc, [Passage(f"a{n}", 0, f"Zebra number {n}.")])], index=path)
            assert ix.search("zebra").total == n


def test_filters_object_equals_the_same_filters_as_arguments(index_dir: Path) -> None:
    from newsindex import Filters

    with open_index(index_dir) as ix:
        as_args = ix.search(person="Trump", since="2025-01-01")
        as_object = ix.search(filters=Filters(person="Trump", since="2025-01-01"))
        overridden = ix.search(
            filters=Filters(person="Trump", since="2030-01-01"), since="2025-01-01"
        )
        with pytest.raises(InvalidArgumentError, match=r"expected a newsindex\.Filters"):
            ix.search("oil", filters={"person": "Trump"})  # type: ignore[arg-type]
    assert as_args.total > 0
    assert ids(as_object) == ids(overridden) == ids(as_args)


def test_did_you_mean_prefers_the_closest_word_then_the_commonest(tmp_path: Path) -> None:
    texts = ["Reagan spoke."] + ["Doubts remain."] * 5 + ["Brazil paid.", "Brazil paid."]
    texts += ["Braz paid."]  # also one edit from "brazl", but rarer
    path = tmp_path / "ix"
    index_texts(path, texts)
    with open_index(path) as ix:
        assert ix.search("reagn").suggestions == ("reagan",)  # 1 edit beats 2, however common
        assert ix.search("brazl").suggestions == ("brazil",)  # 1 edit each: the commoner word


def test_did_you_mean_offers_a_far_commoner_word_for_a_rare_one(tmp_path: Path) -> None:
    """Searching "tarrifs", in a few Reuters passages, found them and offered nothing, though
    "tariffs" is in 505: a word held by few passages is offered a close word held by COMMONER
    times as many, its own passages still found; not a word that is close only as stemmed
    ("unfilled", stem "unfil", and "until"), nor a name ("Bauer") for a word ("baker") or for
    another name with another letter ("Tessor", "Tessar"); a name with a letter left out
    ("Tesar") is one."""
    texts = ["Tariffs on steel rose again.", "Port tarrifs went up."]
    texts += ["New tariffs hit the port."] * (COMMONER - 1)
    texts += ["Orders stayed unfilled.", "Minister Bauer spoke.", "Tessor left.", "Tesar left."]
    texts += ["Talks go on until May.", "The baker sold bread.", "Tessar spoke."] * COMMONER
    texts += ["Thieves steal cars.", "They steal fuel."] + ["Steel rose."] * (2 * COMMONER - 2)
    index_texts(tmp_path / "ix", texts)
    with open_index(tmp_path / "ix") as ix:
        rare = ix.search("port tarrifs")
        stemmed = ix.search("unfilled")
        name = ix.search("Bauer")
        other_name = ix.search("Tessor")
        slip = ix.search("Tesar")
        not_commoner = ix.search("steal")  # steel: 49.5 times as many passages
        common = ix.search("tariffs")
    assert (rare.total, rare.suggestions) == (1, ("port tariffs",))
    assert [hit.passage.text for hit in rare.hits] == ["Port tarrifs went up."]
    assert (stemmed.total, stemmed.suggestions) == (1, ())
    assert (name.total, name.suggestions) == (1, ())
    assert (other_name.total, other_name.suggestions) == (1, ())
    assert (slip.total, slip.suggestions) == (1, ("tessar",))
    assert (not_commoner.total, not_commoner.suggestions) == (2, ())
    assert (common.total, common.suggestions) == (COMMONER, ())


def test_did_you_mean_offers_no_other_word_for_an_english_word(tmp_path: Path) -> None:
    """ "stuff" in one passage is as close to "staff" in COMMONER, and as much rarer, as
    "tarrifs" to "tariffs", but it is a word of its own: it was offered "staff". A name no
    dictionary holds is still offered the common name it misspells ("Volker", "Volcker"), and
    the dictionary is read only when a rare word would be offered another."""
    from newsindex.search.spelling import dictionary_text, dictionary_word

    texts = ["The office sold its stuff.", "Port tarrifs went up.", "Volker left the bank."]
    texts += ["The staff met.", "New tariffs hit the port.", "Volcker spoke on rates."] * COMMONER
    index_texts(tmp_path / "ix", texts)
    dictionary_text.cache_clear()
    dictionary_word.cache_clear()
    with open_index(tmp_path / "ix") as ix:
        common, unknown = ix.search("tariffs"), ix.search("volckr")
        read_before_offer = dictionary_text.cache_info().currsize
        word, typo, name = ix.search("stuff"), ix.search("tarrifs"), ix.search("Volker")
    assert (common.suggestions, unknown.suggestions, read_before_offer) == ((), ("volcker",), 0)
    assert (word.total, word.suggestions) == (1, ())
    assert (typo.total, typo.suggestions) == (1, ("tariffs",))
    assert (name.total, name.suggestions) == (1, ("volcker",))


def test_did_you_mean_offers_the_word_as_usually_written(tmp_path: Path) -> None:
    texts = ["Volcker's term ends.", "Volcker spoke.", "Volcker left.", "They met Volcker."]
    path = tmp_path / "ix"
    index_texts(path, texts)
    with open_index(path) as ix:
        assert ix.search("volckr").suggestions == ("volcker",)  # not the first-found "volcker's"


@pytest.mark.parametrize("sort", ["relevance", "date", "-date"])
@pytest.mark.parametrize("query", ["tariffs OR oil OR trump OR carney", ""])
def test_date_window_in_every_sort_order(index_dir: Path, sort: str, query: str) -> None:
    """The article-date window is applied per candidate in each ranking path (scored, sorted by
    date, filters only): the same passages as filtering all matches by hand."""
    window = (dt.date(2025, 3, 1), dt.date(2025, 5, 31))
    with open_index(index_dir) as ix:
        everything = ix.search(
            query or "tariffs OR oil OR trump OR carney", limit=100, collapse=False
        )
        inside = ix.search(
            query, since=window[0], until=window[1], sort=sort, limit=100, collapse=False
        )
    expected = {h.id for h in everything.hits if h.date and window[0] <= h.date <= window[1]}
    assert expected and {h.id for h in inside.hits} == expected
    assert inside.total == len(expected)
    dates = [h.date for h in inside.hits]
    if sort == "date":
        assert dates == sorted(dates)
    elif sort == "-date" or not query:
        assert dates == sorted(dates, reverse=True)


def test_a_date_window_alone_lists_live_passages_day_by_day(tmp_path: Path) -> None:
    """A window without words or names is read day by day (as one range query it took 1.6 s on
    two months of Reuters): newest day first, a day's passages in order, an article indexed
    again counted once, and facets and timelines over the same passages."""
    days = [dt.date(2025, 5, d) for d in (1, 2, 3, 9)]
    items = [
        (article(f"d{n}", day), [Passage(f"d{n}", i, f"Day {n} part {i}.") for i in range(2)])
        for n, day in enumerate(days)
    ]
    index_passages(items, index=tmp_path / "ix")
    index_passages(items[1:2], index=tmp_path / "ix")  # d1 again: its old passages deleted
    window = Filters(since="2025-05-02", until="2025-05-08")
    with open_index(tmp_path / "ix") as ix:
        newest = ix.search("", filters=window, limit=3)
        oldest = ix.search("", filters=window, sort="date", limit=10)
        facets = ix.facets("", filters=window, by="day")
    assert (newest.total, ids(newest)) == (4, ["d2#0", "d2#1", "d1#0"])
    assert ids(oldest) == ["d1#0", "d1#1", "d2#0", "d2#1"]
    assert (facets.total, facets.histogram) == (4, (("2025-05-02", 2), ("2025-05-03", 2)))


def test_a_word_finds_the_hyphenated_words_it_is_part_of(tmp_path: Path) -> None:
    path = tmp_path / "ix"
    texts = ["Oil-producing nations met.", "Long-term rates fell.", "Short sellers lost."]
    index_texts(path, texts)
    with open_index(path) as ix:
        oil = ix.search("oil")
        term = ix.search("long-term")
    assert [h.id for h in oil.hits] == ["a0#0"]
    assert "<mark>Oil</mark>-producing" in oil.hits[0].snippet
    assert [h.id for h in term.hits] == ["a1#0"] and not term.fallback
    assert "<mark>Long-term</mark>" in term.hits[0].snippet


def test_star_lists_every_passage_newest_first(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        everything = ix.search("*", limit=100, collapse=False)
        oldest = ix.search("*", sort="date", limit=100, collapse=False)
        facets = ix.facets("*")
        total = ix.stats().passages
    assert everything.total == facets.total == total
    dates = [h.date for h in everything]
    assert dates == sorted(dates, reverse=True)
    assert [h.date for h in oldest] == sorted(dates)


def test_a_long_lived_handle_lets_go_of_merged_segments(tmp_path: Path) -> None:
    """The scoring's per-segment field lengths pass from a searcher to the one refreshed after
    each commit; those of segments merged away are dropped, so a served index that is updated
    all day does not keep every past segment's lengths (and readers) alive."""
    from newsindex import optimize_index

    path = index_texts(tmp_path / "ix", ["oil prices rose", "oil output fell"])
    with open_index(path) as ix:
        for n in range(3):
            day = dt.date(2025, 5, 7)
            news = article(f"r{n}", day)
            index_passages([(news, [Passage(f"r{n}", 0, "oil talks")])], index=path)
            assert ix.search("oil").total == 3 + n  # one more segment
            optimize_index(path)  # every segment merged into a new one
            assert ix.search("oil").total == 3 + n
        lengths = ix._searcher.weighting._lengths
        assert lengths and all(not reader.is_closed for reader, _ in lengths.values())


def test_one_letter_words_and_names_among_common_words_are_searched(tmp_path: Path) -> None:
    """ "F-16", "Plan B", "US" and "May" find what they name: the index keeps words of one
    letter and leaves out only function words a query leaves out too ("the")."""
    index_texts(
        tmp_path / "ix",
        [
            "The F-16 jet flew for the US in May under Plan B.",
            "A jet of the 16th wing flew, F then 16 apart.",
            "AT&T sold T-bills.",
        ],
    )
    with open_index(tmp_path / "ix") as ix:
        queries = ("F-16", '"plan b"', "US", "May", "jet", "AT&T")
        totals = [ix.search(q).total for q in queries]
        notes = [ix.search(q).notes for q in ("F-16", "May", "the jet")]
    assert totals == [1, 1, 1, 1, 2, 1]
    assert notes == [()] * 3


def test_a_query_of_function_words_says_they_are_too_common(tmp_path: Path) -> None:
    index_texts(tmp_path / "ix", ["To be or not to be: the mill votes on the strike."])
    with open_index(tmp_path / "ix") as ix:
        found = ix.search("to be or not to be")
        assert found.total == 0 and "too common to search" in found.notes[0]
        assert ix.facets("the").notes == ix.search("the").notes != ()
        assert ix.search("the strike").notes == ()


def test_a_name_asked_for_as_the_wrong_kind_says_which_kind_it_is(index_dir: Path) -> None:
    """A person filter for "Bank of Canada" found nothing and said nothing; the note names the
    kind the index holds it as. A timeline without a kind charts it as that kind."""
    note = "no person named 'Bank of Canada' here; it is named as an organisation (org)"
    with open_index(index_dir) as ix:
        assert ix.search(person="Bank of Canada").notes == (note,)
        assert ix.timeline("Bank of Canada", kind="person").notes == (note,)
        chart = ix.timeline("Bank of Canada")
        assert (chart.kind, chart.notes) == ("org", ()) and chart.total > 0
        assert ix.search(person="New York").notes[0].endswith("it is named as a place (place)")
        assert ix.search(person="Nobody Atall").notes == ("no person named 'Nobody Atall' here",)


def test_a_label_filter_reads_its_name_in_any_case_and_refuses_a_label_not_held(
    tmp_path: Path,
) -> None:
    """``--label nosuch=x`` found nothing without a word (the query's ``nosuch:x`` is an
    error naming the fields); ``--label Topic=energy`` was refused for its capital."""
    path = tmp_path / "ix"
    doc = article("a", dt.date(2025, 5, 6))
    index_passages(
        [(doc, [Passage("a", 0, "Oil rose.", labels={"topic": ("energy",)})])], index=path
    )
    with open_index(path) as ix:
        assert ix.search("oil", filters=Filters(labels={"Topic": "Energy"})).total == 1
        with pytest.raises(InvalidFilterError, match=r"no such label \(labels: topic\)"):
            ix.search("oil", filters=Filters(labels={"desk": "ports"}))
        with pytest.raises(InvalidFilterError, match=r"no such label"):
            ix.facets("oil", filters=Filters(labels={"desk": "ports"}))


@pytest.mark.parametrize("quoted", ["“interest rates”", "„interest rates“", "«interest rates»"])
def test_typographic_double_quotes_quote_a_phrase(tmp_path: Path, quoted: str) -> None:
    """Phones and word processors type “ ” for ": the phrase was searched as two words."""
    texts = ["The bank raised interest rates on Monday.", "Rates fell; interest in bonds held."]
    index_texts(tmp_path / "ix", texts)
    with open_index(tmp_path / "ix") as ix:
        assert ids(ix.search(quoted)) == ids(ix.search('"interest rates"')) == ["a0#0"]


def test_a_timeline_keeps_a_filter_on_its_own_kind(index_dir: Path) -> None:
    """``timeline Trump --person Carney`` dropped the filter: the name replaced it."""
    with open_index(index_dir) as ix:
        alone = ix.timeline("Trump")
        with_carney = ix.timeline("Trump", filters=Filters(person="Carney"))
    assert (alone.total, with_carney.total) == (2, 1)


@pytest.mark.parametrize("query", ["*", "ferry", ""])
def test_date_order_puts_undated_passages_last_and_keeps_an_articles_order(
    tmp_path: Path, query: str
) -> None:
    """Oldest first listed the undated passages first; newest first listed a day's passages
    backwards (an article's last paragraph first). Both now as the OpenSearch engine sorts."""
    items = [
        (article("old", dt.date(2025, 5, 1)), [Passage("old", 0, "Ferry one.")]),
        (article("none", None), [Passage("none", 0, "Ferry undated.")]),
        (
            article("new", dt.date(2025, 5, 6)),
            [Passage("new", i, f"Ferry part {i}.") for i in range(3)],
        ),
    ]
    index_passages(items, index=tmp_path / "ix")
    source = {"source": "Test Wire"} if not query else {}
    with open_index(tmp_path / "ix") as ix:
        oldest = ids(ix.search(query, sort="date", **source))
        newest = ids(ix.search(query, sort="-date", **source))
    assert oldest == ["old#0", "new#0", "new#1", "new#2", "none#0"]
    assert newest == ["new#0", "new#1", "new#2", "old#0", "none#0"]


def test_a_fields_star_is_every_passage_with_a_value_in_it(tmp_path: Path) -> None:
    """``person:*`` was read as ``*`` (every passage), and ``tariffs person:*`` as
    ``tariffs``: the field's clause was dropped."""
    items = [
        (
            article("a", dt.date(2025, 5, 6)),
            [
                Passage("a", 0, "Tariffs rose, Okafor said.", persons=("Daniel Okafor",)),
                Passage("a", 1, "Tariffs rose again."),
                Passage("a", 2, "Steel fell."),
            ],
        )
    ]
    index_passages(items, index=tmp_path / "ix")
    with open_index(tmp_path / "ix") as ix:
        totals = [
            ix.search(q).total for q in ("*", "person:*", "tariffs person:*", "tariffs -person:*")
        ]
        assert totals == [3, 1, 1, 1]
        assert ix.search("steel OR *").total == 3


def test_no_relaxed_words_are_named_when_passages_with_any_of_them_are_none(
    tmp_path: Path,
) -> None:
    """'oil prices --speaker Yamani' on Reuters said "No passage has all of oil, prices; showing
    passages with any of them." over 0 passages: the filter, not the words, left none."""
    index_texts(tmp_path / "ix", ["Port strike ends.", "Oil rose."])
    with open_index(tmp_path / "ix") as ix:
        none = ix.search("port oil", since="2026-01-01")
        some = ix.search("port oil")
        facets = ix.facets("port oil", filters=Filters(since="2026-01-01"))
    assert (none.total, none.relaxed, none.fallback) == (0, (), False)
    assert facets.relaxed == ()
    assert some.relaxed == ("port", "oil") and some.total == 2


def test_a_date_window_outside_the_archive_says_where_its_dates_are(index_dir: Path) -> None:
    """``--since "last month"`` on an archive of 1987 found 0 passages and said nothing, as if
    no article had the words; the note names the archive's first and last article dates."""
    span = "the archive's articles are dated 1987-03-02 to 2025-05-06"
    with open_index(index_dir) as ix:
        later = ix.search("tariffs", since="2026-01-01")
        earlier = ix.search("", person="Trump", until=dt.date(1980, 12, 31))
        between = ix.search("", since="1980-01-01", until="1980-12-31")
        gap = ix.search("", since="1990-01-01", until="1990-12-31")  # inside the span: no note
        found = ix.search("tariffs", since="2025-01-01")
        empty_inside = ix.search("quota", since="2025-01-01")
        facets = ix.facets("tariffs", filters=Filters(since="2026-01-01"))
        timeline = ix.timeline("Trump", filters=Filters(since="2026-01-01"))
    assert later.notes == (f"no article is dated 2026-01-01 or later: {span}",)
    assert earlier.notes == (f"no article is dated 1980-12-31 or earlier: {span}",)
    assert between.notes == (f"no article is dated from 1980-01-01 to 1980-12-31: {span}",)
    assert found.notes == empty_inside.notes == gap.notes == ()
    assert facets.notes == timeline.notes == later.notes


def test_days_no_passage_mentions_say_which_days_the_archive_mentions(tmp_path: Path) -> None:
    """``--mentions 2019-01..2019-12`` on an archive of 1987 found 0 passages and said nothing
    (``--since`` says where the archive's dates are), nor did ``mentions:`` or ``date:`` in the
    query. Mentioned days are few and far between (Reuters of 1987 mentions October 1838 and
    May 2056), so a window between them holding none gets the note too."""
    october_1838 = DateSpan(dt.date(1838, 10, 1), dt.date(1838, 10, 31), "October 1838")
    may_2056 = DateSpan(dt.date(2056, 5, 1), dt.date(2056, 5, 31), "May 2056")
    index_passages(
        [
            (
                article("m1", dt.date(1987, 3, 2)),
                [Passage("m1", 0, "The bank, founded in 1838, rose.", mentions=(october_1838,))],
            ),
            (
                article("m2", dt.date(1987, 4, 6)),
                [Passage("m2", 0, "Bonds due in 2056 fell.", mentions=(may_2056,))],
            ),
        ],
        index=tmp_path / "ix",
    )
    held = "the archive's passages mention days from 1838-10-01 to 2056-05-31"
    with open_index(tmp_path / "ix") as ix:
        between = ix.search("", mentions="2019-01..2019-12")
        typed = ix.search("bonds mentions:[2019-01-01 TO 2019-12-31]")
        later = ix.search("bonds mentions:>2056-05-31")
        earlier = ix.search("bonds OR bank", mentions="1838-09")
        inside = ix.search("bank", mentions="2056")  # May 2056 is mentioned: no note
        left_out = ix.search("pension -mentions:2019")  # asks for none of those days: no note
        dated = ix.search("bonds date:2019")
        facets = ix.facets("bonds", filters=Filters(mentions="2019"))
    assert between.notes == (f"no passage mentions a day from 2019-01-01 to 2019-12-31: {held}",)
    assert typed.notes == facets.notes == between.notes
    assert later.notes == (f"no passage mentions a day 2056-06-01 or later: {held}",)
    assert earlier.notes == (f"no passage mentions a day from 1838-09-01 to 1838-09-30: {held}",)
    assert (inside.total, inside.notes, left_out.total, left_out.notes) == (0, (), 0, ())
    assert dated.notes == (
        "no article is dated from 2019-01-01 to 2019-12-31: the archive's articles are dated "
        "1987-03-02 to 1987-04-06",
    )


def test_a_speaker_never_quoted_says_the_index_names_the_person(index_dir: Path) -> None:
    """``--speaker Yamani`` on Reuters found 0 passages and said nothing, where ``--person
    Yamani`` finds 4: he is named but never quoted. The note says so, as for a person asked
    for who is an organisation."""
    with open_index(index_dir) as ix:
        carney = ix.search(speaker="Carney")
        lindqvist = ix.search(speaker="Lindqvist")
    assert carney.total == 0
    assert carney.notes == ("no speaker named 'Carney' here; it is named as a person (person)",)
    assert lindqvist.total == 1 and lindqvist.notes == ()


def test_a_name_the_index_does_not_hold_at_all_is_said_so(index_dir: Path, tmp_path: Path) -> None:
    """``--person Nobodyxyz`` on Reuters found 0 passages and said nothing (a note came only
    when a close surname or another kind of name was held), which read as if the name were
    there and the other filters found nothing. An alias of a name the index holds gets no
    such note: the note is about the name as typed."""
    with open_index(index_dir) as ix:
        assert ix.search("tariffs", person="Zyxwvut").notes == ("no person named 'Zyxwvut' here",)
        assert ix.timeline("Zyxwvut").notes == ("no person named 'Zyxwvut' here",)
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[aliases]\n"Maria Lindqvist" = ["Mia Qwertzy"]\n', encoding="utf-8")
    with open_index(index_dir, aliases=aliases) as ix:
        both = ix.search(person="Mia Qwertzy")
        assert both.total == 1 and both.notes == ()


def test_a_handle_refuses_pickling_with_what_to_do_instead(index_dir: Path) -> None:
    """Passing a handle to a process pool failed with "Can't pickle local object
    'index_class.<locals>.SafeFileIndex'"; its results pickle (they are values)."""
    import pickle

    with open_index(index_dir) as ix:
        with pytest.raises(TypeError, match=r"pass its path .* and call open_index"):
            pickle.dumps(ix)
        assert pickle.loads(pickle.dumps(ix.search("tariffs"))).total == 2


def test_a_handle_shows_its_index_in_a_notebook(index_dir: Path) -> None:
    """A notebook showed ``<newsindex.search.handle.NewsIndex object at 0x7fe1b096fc50>``."""
    ix = open_index(index_dir)
    assert repr(ix) == f"NewsIndex({str(index_dir)!r})"
    ix.close()
    assert repr(ix) == f"NewsIndex({str(index_dir)!r}, closed)"


def test_an_article_id_given_for_a_passage_names_its_first_passage(index_dir: Path) -> None:
    """'newsindex similar reuters-144' said "not a passage id: 'reuters-144' (expected
    ARTICLE_ID#POSITION)" and left the user to guess the form."""
    with open_index(index_dir) as ix:
        with pytest.raises(InvalidArgumentError, match="an article's first passage is a1#0"):
            ix.similar("a1")
        with pytest.raises(InvalidArgumentError, match=r"not a passage id \(ARTICLE_ID#POS"):
            ix.passage("a1#first")


def test_a_label_or_source_value_no_passage_holds_says_which_values_there_are(
    tmp_path: Path,
) -> None:
    """'search prices --label topic=oil' on Reuters found 0 passages and said nothing: its
    topic is 'crude' (and 'veg-oil', 'palm-oil' ...). The note offers the values written like
    the one typed, else the commonest."""
    topics = [("crude",), ("crude",), ("palm-oil",), ("grain", "wheat")]
    items = [
        (
            article(f"a{n}", dt.date(2025, 5, 6)),
            [Passage(f"a{n}", 0, "Prices rose.", labels={"topic": t})],
        )
        for n, t in enumerate(topics)
    ]
    index_passages(items, index=tmp_path / "ix")
    with open_index(tmp_path / "ix") as ix:
        oil = ix.search("prices", filters=Filters(labels={"topic": "oil"}))
        coffee = ix.facets("prices", filters=Filters(labels={"topic": "coffee"}))
        wire = ix.search("prices", source="Test Wir")
        held = ix.search("prices", filters=Filters(labels={"topic": "Crude"}), source="gone")
    assert oil.total == 0 and oil.notes == ("no passage has topic 'oil'; like it: palm-oil",)
    assert coffee.notes == (
        "no passage has topic 'coffee'; the commonest: crude, grain, palm-oil, wheat",
    )
    assert wire.notes == ("no passage has source 'test wir'; like it: test wire",)
    assert held.notes == ("no passage has source 'gone'; the commonest: test wire",)


def test_a_mentions_range_counts_alike_for_every_passage_it_holds(tmp_path: Path) -> None:
    """A range in the query is a condition, not a measure of relevance: 'oil mentions:1987-03'
    on Reuters ranked passages by how many days of March they mention (each day term scored
    with BM25; a passage naming "March" holds 31), above the passages most about oil. Each
    matching range now adds the same, as the OpenSearch engine's range query does, and is
    read into one array (1.2 s -> 0.05 s for date:1987-03 alone on Reuters)."""
    day = dt.date(2025, 5, 20)
    month = DateSpan(dt.date(2025, 5, 1), dt.date(2025, 5, 31), "May")
    items = [
        (
            article("a", day),
            [Passage("a", 0, "Oil, oil and more oil.", mentions=(DateSpan(day, day, "today"),))],
        ),
        (article("b", day), [Passage("b", 0, "Oil fell in May.", mentions=(month,))]),
        # Whoosh's tree of matchers (and its day scores) served only indexes of over 5,000.
        (article("c", day), [Passage("c", n, f"Filler {n}.") for n in range(5_000)]),
    ]
    index_passages(items, index=tmp_path / "ix")
    with open_index(tmp_path / "ix") as ix:
        ranged = ix.search("oil mentions:[2025-05-01 TO 2025-05-31]")
        plain = ix.search("oil")
        dated = ix.search("date:2025-05", limit=3)
    assert ids(ranged) == ids(plain) == ["a#0", "b#0"]
    within = 1.0 + MENTION_WITHIN_SCORE  # both mentions lie within the range
    assert [round(h.score - p.score, 6) for h, p in zip(ranged, plain, strict=True)] == [within] * 2
    assert dated.total == 5_002 and {h.score for h in dated} == {1.0}


def _mention(first: dt.date, last: dt.date, text: str) -> tuple[DateSpan]:
    return (DateSpan(first, last, text),)


MAY_6 = dt.date(2025, 5, 6)
WEEK = (dt.date(2025, 5, 5), dt.date(2025, 5, 11))
MAY = (dt.date(2025, 5, 1), dt.date(2025, 5, 31))


def _ferry_index(path: Path) -> Path:
    """Passages about a ferry strike naming May 6, its week or the month; the wider ones say
    "ferry" more, so that by words alone they rank first."""
    texts = {
        "day": ("The ferry crews walked out on May 6.", _mention(MAY_6, MAY_6, "May 6")),
        "day2": (
            "Ferry talks resume, ferry owners said on Tuesday, May 6, after the ferry strike.",
            _mention(MAY_6, MAY_6, "May 6"),
        ),
        "week": ("Ferry, ferry, ferry: the ferry week ahead.", _mention(*WEEK, "this week")),
        "month": ("Ferry fares, ferry queues and ferry delays in May.", _mention(*MAY, "May")),
        "june": (
            "A ferry was named on June 2.",
            _mention(dt.date(2025, 6, 2), dt.date(2025, 6, 2), "June 2"),
        ),
    }
    dates = {"day": 3, "day2": 1, "week": 5, "month": 4, "june": 2}
    index_passages(
        [
            (article(a, dt.date(2025, 5, dates[a])), [Passage(a, 0, text, mentions=spans)])
            for a, (text, spans) in texts.items()
        ],
        index=path,
    )
    return path


def test_passages_naming_the_asked_day_come_before_those_of_its_week_or_month(
    tmp_path: Path,
) -> None:
    """A user asking ``ferry --mentions 2025-05-06`` got the passages of May 6's week and of
    May first (they say "ferry" more); those that name the day now come first, then the
    wider ones, each group in keyword order, as the query field ``mentions:`` does."""
    with open_index(_ferry_index(tmp_path / "ix")) as ix:
        plain = ids(ix.search("ferry"))
        asked = ix.search("ferry", mentions=MAY_6)
        skimmed = ix.search("ferry", mentions=MAY_6, count_up_to=1)  # not every match scored
        typed = ix.search("ferry mentions:2025-05-06")
        dated = ix.search("ferry", mentions=MAY_6, sort="date")
        alone = ix.search("", mentions=MAY_6)
    order = [h for h in plain if h != "june#0"]
    by_words = [h for h in order if h in ("day#0", "day2#0")] + [
        h for h in order if h in ("week#0", "month#0")
    ]
    assert plain.index("week#0") < plain.index("day#0")  # what the words alone prefer
    assert ids(asked) == ids(skimmed) == ids(typed) == by_words
    assert asked.total == typed.total == 4 and not asked.notes
    assert ids(dated) == ["day2#0", "day#0", "month#0", "week#0"]  # by article date alone
    assert ids(alone) == ["day#0", "day2#0", "week#0", "month#0"]  # each group newest first


def test_a_range_of_days_ranks_mentions_inside_it_before_those_covering_more(
    tmp_path: Path,
) -> None:
    """``mentions:`` asking May 5-11 (or ``--mentions`` a week) ranks the passages naming a
    day of that week or the week itself before the one naming all of May."""
    with open_index(_ferry_index(tmp_path / "ix")) as ix:
        typed = ids(ix.search("ferry mentions:[2025-05-05 TO 2025-05-11]"))
        month = ids(ix.search("ferry", mentions="2025-05"))
        plain = ids(ix.search("ferry"))
    assert set(typed[:3]) == {"day#0", "day2#0", "week#0"} and typed[3:] == ["month#0"]
    assert typed[:3] == [h for h in plain if h in typed[:3]]  # keyword order within
    assert month == [h for h in plain if h != "june#0"]  # every mention lies within May


def test_an_index_built_before_mention_spans_ranks_as_it_did_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An index whose schema lacks the field of mentioned spans still searches, in the old
    order, with a note to rebuild it; articles added to it are written without the field."""
    from newsindex.index import store
    from newsindex.index.schema import MENTION_SPANS, build_schema

    def old_schema():
        schema = build_schema()
        schema.remove(MENTION_SPANS)
        return schema

    with monkeypatch.context() as patched:
        patched.setattr(store, "build_schema", old_schema)
        _ferry_index(tmp_path / "old")
    items = [
        (
            article("later", MAY_6),
            [Passage("later", 0, "Ferry news of May 6.", mentions=_mention(MAY_6, MAY_6, "May 6"))],
        )
    ]
    index_passages(items, index=tmp_path / "old")
    with open_index(tmp_path / "old") as ix:
        asked = ix.search("ferry", mentions=MAY_6)
        plain = ix.search("ferry", mentions="2025-05-01..2025-05-31")
        words = ix.search("ferry")
    assert ids(asked) == [h for h in ids(words) if h != "june#0"]
    assert (
        asked.notes
        == plain.notes
        == (
            "this index was built before passages naming the asked days were ranked first; they "
            "are ranked by the words alone until it is rebuilt (newsindex index PATH... --index "
            "INDEX --rebuild)",
        )
    )
    assert not words.notes


def test_a_mention_longer_than_a_month_is_found_by_the_days_it_lies_within(tmp_path: Path) -> None:
    """``--mentions 2024`` found only passages naming a day, week or month of 2024, not the
    commonest mention of all, the year itself ("ferry fares rose in 2024"): a mention of 31
    days or more is indexed as one span, matched when it lies within the asked days; a day of
    it asked does not find it (every passage saying "this year" would)."""
    year = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    quarter = (dt.date(2024, 4, 1), dt.date(2024, 6, 30))
    texts = {
        "year": ("Ferry fares rose in 2024.", _mention(*year, "2024")),
        "quarter": ("Ferry crossings fell in the second quarter.", _mention(*quarter, "Q2")),
        "day": ("The ferry sailed on May 6, 2024.", _mention(*(dt.date(2024, 5, 6),) * 2, "May 6")),
        "other": (
            "Ferry fares rose in 2023.",
            _mention(dt.date(2023, 1, 1), dt.date(2023, 12, 31), "2023"),
        ),
    }
    index_passages(
        [
            (article(a, dt.date(2025, 1, 2)), [Passage(a, 0, text, mentions=spans)])
            for a, (text, spans) in texts.items()
        ],
        index=tmp_path / "ix",
    )
    with open_index(tmp_path / "ix") as ix:
        in_year = ix.search("ferry", mentions="2024")
        typed = ix.search("ferry mentions:2024")
        in_quarter = ix.search("", mentions="2024-04..2024-06")
        on_day = ix.search("", mentions="2024-05-06")
        # nothing found, but passages do mention the asked year: no "no passage mentions" note
        unsaid = ix.search("bridge", mentions="2023")
        unmentioned = ix.search("ferry", mentions="2022")
    assert unsaid.total == 0 and not unsaid.notes
    assert unmentioned.total == 0 and unmentioned.notes[0].startswith(
        "no passage mentions a day from 2022-01-01 to 2022-12-31"
    )
    assert set(ids(in_year)) == set(ids(typed)) == {"year#0", "quarter#0", "day#0"}
    assert set(ids(in_quarter)) == {"quarter#0", "day#0"}
    assert ids(on_day) == ["day#0"]
