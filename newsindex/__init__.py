"""newsindex: full-text search for news archives — passages by keyword, person, organisation,
place and date.

    >>> import newsindex
    >>> newsindex.index_paths(["seeds/"], index="my-index")        # doctest: +SKIP
    >>> with newsindex.open_index("my-index") as ix:               # doctest: +SKIP
    ...     for hit in ix.search("tariffs", person="Okafor", since="2025-03-01"):
    ...         print(hit.date, hit.title, hit.snippet)
"""

from .articles import Article, DateSpan, Paragraph, Passage
from .errors import NewsindexError
from .indexing import IndexReport, index_articles, index_passages, index_paths
from .results import Hit, SearchResults
from .search import NewsIndex, open_index

__all__ = [
    "Article",
    "DateSpan",
    "Hit",
    "IndexReport",
    "NewsIndex",
    "NewsindexError",
    "Paragraph",
    "Passage",
    "SearchResults",
    "index_articles",
    "index_passages",
    "index_paths",
    "open_index",
]
