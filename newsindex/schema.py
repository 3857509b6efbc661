"""The Whoosh schema, declared once. Field names are constants shared by indexer, query and CLI.

Entity fields come in pairs: ``persons`` holds each full name as one lowercase keyword (exact
match, facets) and ``persons_words`` holds its words, so "Trump" finds "Donald Trump".
"""

from __future__ import annotations

from typing import Final

from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from .analysis import news_analyzer

__all__ = [
    "ARTICLE_ID",
    "DATE",
    "DUPKEYS",
    "ENTITY_FIELDS",
    "HEADING",
    "MENTIONS",
    "MENTIONS_STORED",
    "META",
    "ORGS",
    "PASSAGE_ID",
    "PERSONS",
    "PLACES",
    "POSITION",
    "SCHEMA_VERSION",
    "SOURCE",
    "SPEAKERS",
    "TEXT_FIELD",
    "TITLE",
    "build_schema",
    "words_field",
]

SCHEMA_VERSION: Final = "newsindex-1"

PASSAGE_ID: Final = "passage_id"
ARTICLE_ID: Final = "article_id"
POSITION: Final = "position"
TEXT_FIELD: Final = "text"
TITLE: Final = "title"
HEADING: Final = "section"
SOURCE: Final = "source"
DATE: Final = "date"
PERSONS: Final = "person"
ORGS: Final = "org"
PLACES: Final = "place"
SPEAKERS: Final = "speaker"
MENTIONS: Final = "mentions"
"""Mentioned days as ``YYYYMMDD`` keywords; lexical order is date order (term ranges work)."""
MENTIONS_STORED: Final = "mentions_spans"
DUPKEYS: Final = "dupkeys"
"""MinHash band keys (:mod:`newsindex.dedup`): passages sharing one are candidate copies."""
META: Final = "meta"
"""Stored article-level fields (url, byline, credit, dateline) as one JSON string."""

ENTITY_FIELDS: Final = (PERSONS, ORGS, PLACES, SPEAKERS)


def words_field(field: str) -> str:
    """The companion field that indexes the words of each name in ``field``."""
    return f"{field}_words"


def build_schema() -> Schema:
    analyzer = news_analyzer()
    fields: dict[str, object] = {
        PASSAGE_ID: ID(unique=True, stored=True),
        ARTICLE_ID: ID(stored=True),
        POSITION: NUMERIC(int, stored=True, sortable=True),
        TEXT_FIELD: TEXT(analyzer=analyzer, stored=True, phrase=True),
        TITLE: TEXT(analyzer=analyzer, stored=True, field_boost=1.5),
        HEADING: TEXT(analyzer=analyzer, stored=True),
        SOURCE: KEYWORD(stored=True, lowercase=True, commas=True),
        DATE: DATETIME(stored=True, sortable=True),
        MENTIONS: KEYWORD(commas=True),
        MENTIONS_STORED: STORED(),
        DUPKEYS: KEYWORD(commas=True),
        META: STORED(),
    }
    for name in ENTITY_FIELDS:
        fields[name] = KEYWORD(stored=True, lowercase=True, commas=True, scorable=True)
        fields[words_field(name)] = KEYWORD(lowercase=True)
    return Schema(**fields)
