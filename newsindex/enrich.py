"""Segment + enrich: an Article becomes Passages with persons, organisations, places, speakers
and mentioned dates.

The entity model is loaded once per process and passed in; everything after tagging is cheap
string work, so one :class:`Enricher` serves a whole indexing run.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .aliases import canonical_names, strip_title
from .articles import Article, Passage
from .dates import find_dates
from .segment import segment
from .speakers import find_speakers

if TYPE_CHECKING:
    from .entities import EntityTagger, Mention

__all__ = ["Enricher"]


def _unique(names: Sequence[str]) -> tuple[str, ...]:
    """Names in first-seen order, without case-insensitive repeats."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return tuple(seen.values())


def _clean(name: str) -> str:
    name = " ".join(name.split())
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.strip(" ,.;:\"'“”‘’")


class Enricher:
    """Turns articles into enriched passages with one loaded entity tagger."""

    def __init__(self, tagger: EntityTagger) -> None:
        self.tagger = tagger

    @classmethod
    def load(cls) -> Enricher:
        from .entities import EntityTagger

        return cls(EntityTagger.load())

    def enrich(self, article: Article) -> list[Passage]:
        segments = segment(article)
        texts = [s.text for s in segments]
        mentions: list[list[Mention]] = [self.tagger.mentions(t) for t in texts]
        surfaces = [strip_title(_clean(m.text)) for ms in mentions for m in ms if m.kind == "PER"]
        canonical = canonical_names(n for n in surfaces if n)
        persons: list[list[tuple[str, int, int]]] = []
        for ms in mentions:
            row = []
            for m in ms:
                if m.kind != "PER":
                    continue
                name = strip_title(_clean(m.text))
                if name:
                    row.append((canonical.get(name, name), m.start, m.end))
            persons.append(row)
        speakers = find_speakers(texts, persons)
        passages = []
        for seg, ms, people, said in zip(segments, mentions, persons, speakers, strict=True):
            passages.append(
                Passage(
                    article_id=article.id,
                    position=seg.position,
                    text=seg.text,
                    heading=seg.heading,
                    persons=_unique([name for name, _, _ in people]),
                    orgs=_unique([_clean(m.text) for m in ms if m.kind == "ORG"]),
                    places=_unique([_clean(m.text) for m in ms if m.kind == "LOC"]),
                    speakers=_unique(said),
                    mentions=tuple(find_dates(seg.text, article.date)),
                )
            )
        return passages
