"""newsindex: full-text search for news archives — passages by keyword, person, organisation,
place and date.

    >>> import newsindex
    >>> newsindex.index_paths(["seeds/"], index="my-index")        # doctest: +SKIP
    >>> with newsindex.open_index("my-index") as ix:               # doctest: +SKIP
    ...     for hit in ix.search("tariffs", person="Okafor", since="2025-03-01"):
    ...         print(hit.date, hit.title, hit.snippet)

Names are imported on first use (PEP 562), so ``newsindex search`` loads only what searching
needs and never NLTK. ``newsindex.__version__`` is the installed distribution's version.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    __version__: str
    from .articles import Article, DateSpan, Paragraph, Passage
    from .engine import open_index
    from .errors import NewsindexError
    from .exporting import export
    from .indexing import (
        DeleteReport,
        IndexReport,
        OptimizeReport,
        StopIndexing,
        copy_index,
        delete_articles,
        index_articles,
        index_passages,
        index_paths,
        optimize_index,
    )
    from .search.handle import NewsIndex
    from .search.query import Filters
    from .search.results import Facets, Hit, SearchResults, Timeline

_HOME = {
    "Article": "articles",
    "DateSpan": "articles",
    "Paragraph": "articles",
    "Passage": "articles",
    "NewsindexError": "errors",
    "export": "exporting",
    "DeleteReport": "indexing",
    "IndexReport": "indexing",
    "copy_index": "indexing",
    "delete_articles": "indexing",
    "index_articles": "indexing",
    "index_passages": "indexing",
    "index_paths": "indexing",
    "OptimizeReport": "indexing",
    "StopIndexing": "indexing",
    "optimize_index": "indexing",
    "Filters": "search.query",
    "Facets": "search.results",
    "Hit": "search.results",
    "SearchResults": "search.results",
    "Timeline": "search.results",
    "NewsIndex": "search.handle",
    "open_index": "engine",
}

__all__ = [
    "Article",
    "DateSpan",
    "DeleteReport",
    "Facets",
    "Filters",
    "Hit",
    "IndexReport",
    "NewsIndex",
    "NewsindexError",
    "OptimizeReport",
    "Paragraph",
    "Passage",
    "SearchResults",
    "StopIndexing",
    "Timeline",
    "copy_index",
    "delete_articles",
    "export",
    "index_articles",
    "index_passages",
    "index_paths",
    "open_index",
    "optimize_index",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        value: Any = _installed_version()
    elif name in _HOME:
        value = getattr(import_module(f".{_HOME[name]}", __name__), name)
    else:
        raise AttributeError(f"module 'newsindex' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])


def _installed_version() -> str:
    """pyproject.toml's version as installed; 0+unknown in a source tree never installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsindex")
    except PackageNotFoundError:
        return "0+unknown"
