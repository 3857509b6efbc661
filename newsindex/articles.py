"""The data model: articles as read, passages as indexed.

Plain frozen dataclasses with no behaviour beyond derived identifiers, so every pipeline stage can
be tested with hand-made values and results outlive any open index.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["Article", "DateSpan", "Paragraph", "Passage", "passage_id", "split_passage_id"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of an article body and the section heading it sits under."""

    text: str
    heading: str | None = None
    line: int | None = None
    """Line in the source file where the paragraph starts (for messages), when known."""


@dataclass(frozen=True, slots=True)
class Article:
    """An article as read from a source, before segmentation and enrichment."""

    id: str
    title: str
    date: dt.date | None
    paragraphs: tuple[Paragraph, ...]
    source: str = ""
    url: str | None = None
    byline: str | None = None
    credit: str | None = None
    dateline: str | None = None
    origin: str = ""
    """Where it was read from (``path`` or ``path:line``), for messages."""
    labels: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    """The source's own codes for the whole article (``{"topic": ("crude",)}`` from Reuters,
    ``{"subject": ("medtop:04000000",)}`` from NewsML): every passage carries them as labels,
    to filter (``--label topic=crude``) and facet on."""


@dataclass(frozen=True, slots=True, order=True)
class DateSpan:
    """A calendar range a passage mentions; a single day has ``start == end``."""

    start: dt.date
    end: dt.date
    text: str = field(default="", compare=False)

    @property
    def is_day(self) -> bool:
        return self.start == self.end


@dataclass(frozen=True, slots=True)
class Passage:
    """One indexed unit: a paragraph (or wire table) with its enrichment."""

    article_id: str
    position: int
    text: str
    heading: str | None = None
    persons: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    mentions: tuple[DateSpan, ...] = ()
    labels: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    """Extra labels by name (``{"topic": ("energy",)}``) that enrichment steps of your own add;
    each name becomes a field to filter (``--label topic=energy``) and facet on."""
    org_speakers: tuple[str, ...] = ()
    """Organisations the passage quotes or reports ("the Pentagon said"), apart from the
    people in :attr:`speakers` (last, so positional arguments keep their places)."""

    @property
    def id(self) -> str:
        return passage_id(self.article_id, self.position)


def passage_id(article_id: str, position: int) -> str:
    """The unique key of a passage: ``ARTICLE_ID#POSITION``."""
    return f"{article_id}#{position}"


def split_passage_id(pid: str) -> tuple[str, int]:
    """Inverse of :func:`passage_id`; raises ``ValueError`` on malformed ids."""
    article_id, sep, pos = pid.rpartition("#")
    if not sep or not article_id or not pos.isdigit():
        raise ValueError(f"not a passage id: {pid!r} (expected ARTICLE_ID#POSITION)")
    return article_id, int(pos)
