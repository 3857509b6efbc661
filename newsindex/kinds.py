"""The vocabularies every layer shares: entity kinds, sort orders, periods and formats.

Filters, CLI options, web parameters, facets, stats and the export mapping are all derived from
:data:`ENTITY_KINDS`, so adding a kind of name is one line here (plus the step that finds it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from .errors import InvalidArgumentError

__all__ = [
    "DATE_FIELDS",
    "ENTITY_KINDS",
    "EXPORT_FORMATS",
    "FILTER_NAMES",
    "KIND_NAMES",
    "MATCH_MODES",
    "ORG",
    "ORG_SPEAKER",
    "PERIODS",
    "PERSON",
    "PLACE",
    "READER_FORMATS",
    "RECORD_FIELDS",
    "SORTS",
    "SPEAKER",
    "EntityKind",
    "kind",
    "period_label",
]


@dataclass(frozen=True, slots=True)
class EntityKind:
    """One kind of name a passage can hold."""

    name: str
    """Singular, as typed: the filter argument, the CLI option (``--person``), the query field
    (``person:``) and the index field."""
    plural: str
    """The :class:`~newsindex.Passage` attribute and the key in facets, stats and exports."""
    noun: str
    """One of them in words ("organisation"), for help texts."""
    label: str
    """Several of them in words ("organisations"), for listings."""
    heading: str
    """The title of its facet and filter on the web page ("Quoted" for speakers)."""
    ner_tag: str | None
    """The entity tag the tagger gives it (``PER``); None when another step assigns it."""
    is_person: bool = False
    """Matched as a person's name: by surname, with titles stripped and aliases applied."""


PERSON: Final = EntityKind(
    "person", "persons", "person", "persons", "People", "PER", is_person=True
)
ORG: Final = EntityKind("org", "orgs", "organisation", "organisations", "Organisations", "ORG")
PLACE: Final = EntityKind("place", "places", "place", "places", "Places", "LOC")
SPEAKER: Final = EntityKind(
    "speaker", "speakers", "speaker", "speakers", "Quoted", None, is_person=True
)

ORG_SPEAKER: Final = EntityKind(
    "org_speaker",
    "org_speakers",
    "quoted organisation",
    "quoted organisations",
    "Quoted organisations",
    None,
)
"""Organisations as speakers ("Exxon said in a statement"); ``--speaker`` finds them too."""

ENTITY_KINDS: Final = (PERSON, ORG, PLACE, SPEAKER, ORG_SPEAKER)
KIND_NAMES: Final = tuple(k.name for k in ENTITY_KINDS)
FILTER_NAMES: Final = (*KIND_NAMES, "source", "since", "until", "mentions")
"""Every filter taking one value (``Filters`` fields but its labels): the CLI options, the web
parameters and the keyword arguments of ``NewsIndex.search``."""

MATCH_MODES: Final = ("auto", "all", "any")
"""How the words of a query combine: all of them for a few words and any of them for more
(``auto``), always all, or any (best matches first)."""
SORTS: Final = ("relevance", "date", "-date")
"""Search orders: best first, oldest first, newest first."""
PERIODS: Final = ("day", "week", "month", "year")
"""Histogram and timeline buckets."""
DATE_FIELDS: Final = ("date", "mentions")
"""What a histogram counts: the article's date or the days passages mention."""
READER_FORMATS: Final = (
    "seed",
    "jsonl",
    "json",
    "csv",
    "reuters",
    "newsml",
    "nitf",
    "html",
    "feed",
    "warc",
)
"""Every input format (``--format``); ``feed`` is RSS 2.0, RSS 1.0 and Atom alike."""
RECORD_FIELDS: Final = (
    "id",
    "title",
    "date",
    "text",
    "paragraphs",
    "url",
    "source",
    "byline",
    "credit",
    "dateline",
)
"""The fields a JSON or CSV record gives an article: the targets of a field mapping
(``--field date=meta.published``)."""
EXPORT_FORMATS: Final = ("jsonl", "csv", "opensearch")


def kind(name: str) -> EntityKind:
    """The kind called ``name``; ``KeyError`` for an unknown one."""
    for k in ENTITY_KINDS:
        if k.name == name:
            return k
    raise KeyError(name)


def period_label(day: dt.date, by: str) -> str:
    """The bucket of ``day``: ``2025-05-06``, ``2025-W19``, ``2025-05`` or ``2025``."""
    if by == "day":
        return day.isoformat()
    if by == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "month":
        return f"{day.year}-{day.month:02d}"
    if by == "year":
        return str(day.year)
    raise InvalidArgumentError("by", by, f"expected one of {', '.join(PERIODS)}")
