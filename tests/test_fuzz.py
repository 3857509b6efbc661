"""Fuzzing queries, filters and ``newsindex search --json`` with Hypothesis.

Whatever the user types, the library either answers or raises a :class:`NewsindexError` with a
message, and the CLI prints valid JSON (exit 0) or an ``Error:`` line (exit 1 or 2), never a
traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import helpers_index as h
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from support import ARTICLES, article

from newsindex import NewsIndex, Passage, index_passages, open_index
from newsindex.cli import cli
from newsindex.errors import NewsindexError

AS_OF = dt.date(2025, 6, 1)
ODD_NAMES = (
    "Seán O'Brien",
    'Jean "JJ" Dupont',
    "Back\\slash Smith",
    "Zoë Ünal",
    "山田 太郎",
    "Anne-Marie d’Arc",
)
EXAMPLES = int(os.environ.get("NEWSINDEX_FUZZ_EXAMPLES", "0"))
"""Set to fuzz harder with fresh random inputs; by default 150 fixed examples per test."""
SETTINGS = settings(
    max_examples=EXAMPLES or 150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=not EXAMPLES,
)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hand-made articles of support.py, 20 generated ones, and names with odd characters."""
    path = tmp_path_factory.mktemp("fuzz") / "index"
    odd = [
        (
            article(f"odd-{i}", dt.date(2024, 12, 24), "", title=f"About {name}"),
            [Passage(f"odd-{i}", 0, f"{name} spoke at the harbour.", None, persons=(name,))],
        )
        for i, name in enumerate(ODD_NAMES)
    ]
    index_passages([*ARTICLES, *h.make_corpus(20), *odd], index=path, batch_size=7)
    return path


@pytest.fixture(scope="module")
def ix(index: Path) -> Any:
    with open_index(index) as handle:
        yield handle


# ----------------------------------------------------------------------------------- strategies

QUERY_PIECES = [
    "tariffs", "oil", "prices", "Carney", "harbour", "AND", "OR", "NOT", "ANDNOT", "ANDMAYBE",
    "(", ")", '"', "'", "*", "?", "~", "~2", "^2", "^", "+", "-", "!", ":", "/", "\\", "[", "]",
    "{", "}", "TO", "<", ">", "=", "person:", "persons:", "org:", "place:", "speaker:", "said:",
    "title:", "heading:", "source:", "date:", "mentions:", "since:", "until:", "unknown:",
    "2025-05-05", "2025-13-45", "1987", "May 2025", "last week", "today", "yesterday",
    "19870302", "0", "-1", "1e309", "ü", "日本", "Zoë", "\t", "\n", "\x00", "\u200b", "%", "&",
    "<mark>", "{{", "${x}", ",",
]  # fmt: skip

query_texts = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(QUERY_PIECES), max_size=8).flatmap(
        lambda parts: st.sampled_from(["", " "]).map(lambda sep: sep.join(parts))
    ),
    st.lists(
        st.one_of(st.sampled_from(QUERY_PIECES), st.text(max_size=6)), min_size=1, max_size=6
    ).map(" ".join),
)
names = st.one_of(
    st.sampled_from(ODD_NAMES),
    st.sampled_from(["Mark Carney", "trump", "Ada Moreno", "Kelby", "Canada", "Gen Wire"]),
    st.text(alphabet=st.sampled_from("ab \"'\\,;:*?()[]-~üé日\t\x00"), max_size=12),
    st.text(max_size=15),
)
date_texts = st.one_of(
    st.dates().map(dt.date.isoformat),
    st.dates(),
    st.sampled_from(
        [
            "last week", "yesterday", "today", "May 2025", "2025", "2025-05", "Q1 2025",
            "2025-13-45", "0000-00-00", "9999-12-31", "0001-01-01", "last 3 weeks",
            "next year", "1987-03-02..1987-03-31", "", " ", "\x00", "-1", "⁂",
        ]
    ),
    st.text(max_size=20),
)  # fmt: skip


def mostly(valid: st.SearchStrategy[Any], odd: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """``valid`` four times in five, else ``odd``: invalid values stay common without making
    nearly every call with several of them invalid."""
    return st.integers(0, 4).flatmap(lambda k: odd if k == 0 else valid)


numbers = mostly(
    st.integers(1, 12),
    st.one_of(
        st.integers(-3, 20),
        st.sampled_from([0, 10_000, 10_001, 2**31, -(2**63)]),
        st.sampled_from([None, "10", 1.5, float("nan")]),
    ),
)
"""Mostly valid paging values, and every kind of invalid one."""


def sometimes(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly absent, so that several filters at once still often make a valid search."""
    return st.integers(0, 3).flatmap(lambda k: values if k == 0 else st.none())


def _check_results(results: Any, limit: int) -> None:
    event("answered with hits" if results.hits else "answered, no hits")
    assert 0 <= len(results.hits) <= limit
    assert results.total >= len(results.hits)
    json.dumps(results.to_dict())  # everything a result holds serialises


def _allowed(exc: NewsindexError) -> None:
    event(f"refused: {type(exc).__name__} {getattr(exc, 'name', '')}".rstrip())
    message = str(exc)
    assert message.strip() and "Traceback" not in message


# --------------------------------------------------------------------------------- the library


@SETTINGS
@given(query=query_texts)
def test_any_query_text_answers_or_says_why(ix: NewsIndex, query: str) -> None:
    try:
        results = ix.search(query, limit=5, as_of=AS_OF)
    except NewsindexError as exc:
        _allowed(exc)
    else:
        _check_results(results, 5)


@SETTINGS
@given(
    query=st.sampled_from(["", "harbour", "oil", "tariffs OR cargo"]),
    person=sometimes(names),
    org=sometimes(names),
    place=sometimes(names),
    speaker=sometimes(names),
    source=sometimes(names),
    since=sometimes(date_texts),
    until=sometimes(date_texts),
    mentions=sometimes(date_texts),
    limit=numbers,
    offset=numbers,
    sort=mostly(st.sampled_from(["relevance", "date", "-date"]), st.sampled_from(["DATE", ""])),
    context=st.integers(0, 3),
)
def test_any_filters_answer_or_say_why(
    ix: NewsIndex,
    query: str,
    person: str | None,
    org: str | None,
    place: str | None,
    speaker: str | None,
    source: str | None,
    since: Any,
    until: Any,
    mentions: Any,
    limit: Any,
    offset: Any,
    sort: str,
    context: int,
) -> None:
    try:
        results = ix.search(
            query,
            person=person,
            org=org,
            place=place,
            speaker=speaker,
            source=source,
            since=since,
            until=until,
            mentions=mentions,
            limit=limit,
            offset=offset,
            sort=sort,
            context=context,
            as_of=AS_OF,
        )
    except NewsindexError as exc:
        _allowed(exc)
    else:
        _check_results(results, limit)


@pytest.mark.parametrize("name", ODD_NAMES)
def test_names_with_quotes_backslashes_and_unicode_are_found(ix: NewsIndex, name: str) -> None:
    """Odd characters are data, not syntax: each stored name finds its own passage."""
    ids = [hit.id for hit in ix.search(person=name, as_of=AS_OF).hits]
    assert ids == [f"odd-{ODD_NAMES.index(name)}#0"]


# --------------------------------------------------------------------------------------- the CLI

cli_values = mostly(
    st.integers(1, 5).map(str),
    st.one_of(
        st.sampled_from(["0", "10000", "10001", "-1", "abc", "", "1.5", "99999999999999999999"]),
        st.text(max_size=8),
    ),
)


@st.composite
def search_args(draw: st.DrawFn) -> list[str]:
    args = ["search"]
    options = [
        ("--person", names),
        ("--org", names),
        ("--place", names),
        ("--speaker", names),
        ("--source", names),
        ("--since", date_texts.map(str)),
        ("--until", date_texts.map(str)),
        ("--mentions", date_texts.map(str)),
        ("--limit", cli_values),
        ("--page", cli_values),
        ("--context", cli_values),
        ("--sort", mostly(st.sampled_from(["relevance", "date", "-date"]), st.just("best"))),
        ("--as-of", mostly(st.just("2025-06-01"), st.sampled_from(["2025-6-1", "June 2025"]))),
    ]
    for name, values in options:
        if draw(st.integers(0, 4)) == 0:
            args += [name, draw(values)]
    if draw(st.booleans()):
        args.append("--no-collapse")
    args.append("--json")
    query = draw(query_texts)
    args += ["--", query] if draw(st.booleans()) else [query]
    return args


@SETTINGS
@given(args=search_args())
def test_search_json_is_valid_json_or_an_error_line(index: Path, args: list[str]) -> None:
    result = CliRunner().invoke(cli, [args[0], "--index", str(index), *args[1:]])
    crash = result.exception is not None and not isinstance(result.exception, SystemExit)
    assert not crash, f"{args}: {result.exception!r}"
    event(f"exit {result.exit_code}")
    if result.exit_code == 0:
        rows = json.loads(result.stdout)
        assert isinstance(rows, list)
        assert all(isinstance(row, dict) and "id" in row for row in rows)
    else:
        assert result.exit_code in (1, 2), (args, result.exit_code, result.stderr)
        assert "Error:" in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr
        assert result.stdout == "", (args, result.stdout)


@pytest.mark.parametrize("query", ["the", "From", "is it"])
def test_stop_words_alone_match_nothing(ix: NewsIndex, query: str) -> None:
    results = ix.search(query, as_of=AS_OF)
    assert (results.total, results.hits) == (0, ())
