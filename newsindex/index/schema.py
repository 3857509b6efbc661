"""The Whoosh schema, declared once. Field names are constants shared by indexer, query and CLI.

Shaped for indexing speed: dates are single ``YYYYMMDD`` terms (a range is a term range, one
posting per passage instead of Whoosh's eight numeric trie terms), the title is indexed once per
article (on its first passage) and stored on all, and every keyword field is scorable, because
Whoosh 2.7 checks the disk for a length file on every posting of a field that has none.

Entity fields come in pairs: ``persons`` holds each full name as one lowercase keyword (exact
match, facets) and ``persons_words`` holds its words, so "Trump" finds "Donald Trump". The words
are folded as text is (accents, width: "Zürich" is "zurich"), people's with German umlauts
spelled out ("Pöhl" is "poehl", as the wires write it; ``analysis.fold_name``). A person's
full name is matched through the folded keys of the names the index holds
(:mod:`newsindex.search.persons`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Final

from whoosh.columns import VarBytesColumn
from whoosh.fields import COLUMN, ID, KEYWORD, TEXT, Schema

from ..kinds import ENTITY_KINDS, ORG, PERSON, PLACE, SPEAKER
from .analysis import keyword_analyzer, news_analyzer
from .formats import VarintPositions

__all__ = [
    "ARTICLE_ID",
    "DATE",
    "DUPBANDS",
    "DUPKEYS",
    "ENTITY_FIELDS",
    "LABELS",
    "LABEL_PREFIX",
    "MENTIONS",
    "MENTIONS_STORED",
    "MENTION_SPANS",
    "META",
    "ORGS",
    "PASSAGE_ID",
    "PERSONS",
    "PLACES",
    "POSITION",
    "RECORD",
    "SCHEMA_VERSION",
    "SECTION",
    "SOURCE",
    "SPEAKERS",
    "TEXT_FIELD",
    "TITLE",
    "TITLE_STORED",
    "build_schema",
    "check_label_name",
    "day_from_key",
    "join_values",
    "label_field",
    "words_field",
]

SCHEMA_VERSION: Final = "newsindex-16"

PASSAGE_ID: Final = "passage_id"
"""``ARTICLE_ID#POSITION``: a key of the decoded record, not an indexed field (a term per passage
cost 7% of the index); a passage is found among its article's."""
ARTICLE_ID: Final = "article_id"
POSITION: Final = "position"
TEXT_FIELD: Final = "text"
TITLE: Final = "title"
TITLE_STORED: Final = "title_text"
SECTION: Final = "section"
SOURCE: Final = "source"
DATE: Final = "date"
"""Article date as one ``YYYYMMDD`` term; sortable, so results can be ordered by it."""
PERSONS: Final = PERSON.name
ORGS: Final = ORG.name
PLACES: Final = PLACE.name
SPEAKERS: Final = SPEAKER.name
MENTIONS: Final = "mentions"
"""Mentioned days as ``YYYYMMDD`` keywords; lexical order is date order (term ranges work)."""
MENTIONS_STORED: Final = "mentions_spans"
MENTION_SPANS: Final = "mention_span"
"""Each mentioned span as one ``YYYYMMDD-YYYYMMDD`` keyword (first and last day; lexical order
is the order of first days), so that a search for some days finds the mentions too long for
:data:`MENTIONS` that lie within them ("1986" for ``--mentions 1986``) and ranks the passages
whose mention lies within them (name the day) above those whose mention only covers them (its
week or month): :data:`MENTIONS` keeps days, not how wide the mention was. Indexes built before
this field search without it (:func:`~newsindex.search.query.mentions_within`)."""
DUPKEYS: Final = "dupkey"
"""The bucket of the first MinHash band key (:func:`newsindex.index.copykeys.key_bucket`),
indexed: passages sharing it hold candidate copies, told apart by their stored keys. One key,
not all bands: each distinct term costs Whoosh a dictionary entry; exact copies always share
the first. The writer lists the keys held more than once
(:data:`~newsindex.index.store.SHARED_KEYS_FILE`)."""
DUPBANDS: Final = "dupbands"
"""All band keys, in the record: hits in one result page are compared on every band."""
META: Final = "meta"
"""Article-level fields (url, byline, credit, dateline) as one JSON string, in the record."""
RECORD: Final = "record"
"""Every stored value of a passage, as one record (:mod:`newsindex.index.records`); no field is
stored by Whoosh. :data:`POSITION`, :data:`TITLE_STORED`, :data:`MENTIONS_STORED`,
:data:`DUPBANDS` and :data:`META` are keys of the record only."""

ENTITY_FIELDS: Final = tuple(kind.name for kind in ENTITY_KINDS)
LABEL_PREFIX: Final = "label_"
"""Extra labels (``Passage.labels``) are indexed in dynamic fields ``label_<name>``."""
LABEL_NAME: Final = re.compile(r"[a-z][a-z0-9_]{0,39}")
LABELS: Final = "labels"
"""The record key holding a passage's labels as a dict of name -> tuple of values."""


@lru_cache(maxsize=1 << 16)  # an archive has far fewer distinct days than passages
def day_from_key(key: Any) -> dt.date | None:
    """The day of a ``YYYYMMDD`` key (:data:`DATE`, :data:`MENTIONS`); None when not one."""
    if isinstance(key, bytes):
        key = key.decode("ascii")
    try:
        return dt.date(int(key[:4]), int(key[4:6]), int(key[6:8])) if key else None
    except (TypeError, ValueError):
        return None


def join_values(values: Iterable[str]) -> str:
    """Several names as one ``commas=True`` keyword value; a comma inside a name becomes a
    space, once ("Goldman, Sachs and Co" is the term a filter on it asks). (The record keeps
    the names as a tuple.)"""
    return ",".join(" ".join(v.replace(",", " ").split()) for v in values)


def words_field(field: str) -> str:
    """The companion field that indexes the words of each name in ``field``."""
    return f"{field}_words"


def build_schema() -> Schema:
    analyzer = news_analyzer()
    fields: dict[str, object] = {
        ARTICLE_ID: ID(),
        TEXT_FIELD: _text(analyzer),
        TITLE: _text(analyzer, field_boost=1.5),
        SECTION: _text(analyzer, field_boost=0.3),
        SOURCE: KEYWORD(analyzer=keyword_analyzer(commas=True), scorable=True),
        DATE: ID(sortable=True),
        MENTIONS: KEYWORD(commas=True, scorable=True),
        MENTION_SPANS: KEYWORD(commas=True),
        DUPKEYS: ID(),
        RECORD: COLUMN(VarBytesColumn()),
    }
    for kind in ENTITY_KINDS:
        # The full name folded and lowercased ("Pöhl" and "Poehl" one term, one facet row);
        # facets show the commonest stored spelling of a term.
        fields[kind.name] = KEYWORD(
            analyzer=keyword_analyzer(commas=True, names=kind.is_person), scorable=True
        )
        fields[words_field(kind.name)] = KEYWORD(
            analyzer=keyword_analyzer(commas=False, names=kind.is_person), scorable=True
        )
    schema = Schema(**fields)
    schema.add(
        label_field("*"), KEYWORD(analyzer=keyword_analyzer(commas=True), scorable=True), glob=True
    )
    return schema


def _text(analyzer: Any, field_boost: float = 1.0) -> Any:
    """A text field with positions (for phrases), held as varints (:class:`VarintPositions`)."""
    field = TEXT(analyzer=analyzer, phrase=True, field_boost=field_boost)
    field.format = VarintPositions(field_boost=field_boost)
    return field


def label_field(name: str) -> str:
    """The field that indexes the extra label ``name`` (:attr:`Passage.labels`)."""
    return f"{LABEL_PREFIX}{name}"


def check_label_name(name: object) -> str:
    """``name`` if it can name a label field; ValueError saying why not."""
    if not isinstance(name, str) or not LABEL_NAME.fullmatch(name):
        raise ValueError(
            f"label name {name!r} must be lower-case letters, digits and _ (starting with a letter)"
        )
    return name
