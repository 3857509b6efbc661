"""Every exception of the package is a NewsindexError that survives pickling (worker processes
raise them in the parent), and the public arguments take their documented forms or say what is
expected."""

from __future__ import annotations

import datetime as dt
import inspect
import pickle
from pathlib import Path

import pytest

import newsindex
import newsindex.errors as errors
from newsindex import Article, Paragraph, index_articles, open_index
from newsindex.errors import InvalidArgumentError, NewsindexError

EXAMPLES: dict[type[NewsindexError], NewsindexError] = {
    errors.NewsindexError: errors.NewsindexError("something went wrong"),
    errors.ArticleFormatError: errors.ArticleFormatError(Path("a.jsonl"), 3, "not valid JSON"),
    errors.IndexNotFoundError: errors.IndexNotFoundError("/tmp/x", "index folder is empty"),
    errors.NotFoundError: errors.NotFoundError("article", "a1", "/tmp/x"),
    errors.IndexVersionError: errors.IndexVersionError("/tmp/x", "newsindex-3", "newsindex-13"),
    errors.IndexLockedError: errors.IndexLockedError("/tmp/x", 1234),
    errors.NLTKDataMissingError: errors.NLTKDataMissingError("corpora/names"),
    errors.QuerySyntaxError: errors.QuerySyntaxError('"oil', 0, "unclosed quote"),
    errors.InvalidArgumentError: errors.InvalidArgumentError("limit", 0, "expected 1 to 10000"),
    errors.InvalidFilterError: errors.InvalidFilterError("since", "soon", "expected a date"),
    errors.AliasFileError: errors.AliasFileError("aliases.toml", 2, "invalid TOML"),
    errors.IndexClosedError: errors.IndexClosedError("/tmp/x"),
    errors.EngineURLError: errors.EngineURLError("opensearch://h/Bad", "index name 'Bad'"),
    errors.ClusterUnavailableError: errors.ClusterUnavailableError("http://h:9200", "timed out"),
    errors.ClusterAuthError: errors.ClusterAuthError("http://h:9200", 401),
    errors.ClusterVersionError: errors.ClusterVersionError(
        "http://h:9200", "news-x", "none", "newsindex-13"
    ),
    errors.ClusterUnsupportedError: errors.ClusterUnsupportedError("http://h:9200", "suggestions"),
}


def _subclasses(cls: type) -> set[type]:
    found = set(cls.__subclasses__())
    for sub in list(found):
        found |= _subclasses(sub)
    return found


def test_every_error_class_has_an_example() -> None:
    declared = {
        obj
        for _, obj in inspect.getmembers(errors, inspect.isclass)
        if issubclass(obj, NewsindexError) and obj.__module__ == errors.__name__
    }
    assert declared == set(EXAMPLES)
    assert _subclasses(NewsindexError) - {NewsindexError} <= set(EXAMPLES) | {
        c for c in _subclasses(NewsindexError) if c.__module__ != errors.__name__
    }


@pytest.mark.parametrize("error", list(EXAMPLES.values()), ids=lambda e: type(e).__name__)
def test_every_error_survives_pickling(error: NewsindexError) -> None:
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert str(again) == str(error) and again.args == error.args
    assert vars(again) == vars(error)
    assert again.exit_code == error.exit_code


def test_strict_indexing_with_a_worker_stops_with_the_error(tmp_path: Path) -> None:
    """--strict with worker processes used to hang: the worker's error could not be rebuilt."""
    bad = tmp_path / "in" / "bad.jsonl"
    bad.parent.mkdir()
    bad.write_text('{"id": "a", "text": "Fine."}\n{"id": "b", broken\n', encoding="utf-8")
    with pytest.raises(errors.ArticleFormatError, match=r"bad.jsonl:2: not valid JSON"):
        newsindex.index_paths([bad.parent], index=tmp_path / "ix", strict=True, workers=1)


def _small_index(tmp_path: Path) -> Path:
    article = Article("a1", "Port deal", dt.date(2025, 5, 6), (Paragraph("Dockers voted."),))
    index_articles([article], index=tmp_path / "ix", workers=0)
    return tmp_path / "ix"


@pytest.mark.parametrize("as_of", ["2025-05-06", dt.date(2025, 5, 6), dt.datetime(2025, 5, 6, 9)])
def test_as_of_takes_a_date_or_an_iso_day(tmp_path: Path, as_of: object) -> None:
    with open_index(_small_index(tmp_path)) as ix:
        results = ix.search("dockers", since="yesterday", as_of=as_of)  # type: ignore[arg-type]
    assert [h.id for h in results] == ["a1#0"]


@pytest.mark.parametrize("as_of", ["next tuesday", 20250506, "2025-13-01"])
def test_a_bad_as_of_is_a_newsindex_error(tmp_path: Path, as_of: object) -> None:
    with (
        open_index(_small_index(tmp_path)) as ix,
        pytest.raises(InvalidArgumentError, match=r"as_of=.*expected a date or an ISO day"),
    ):
        ix.search("dockers", as_of=as_of)  # type: ignore[arg-type]
