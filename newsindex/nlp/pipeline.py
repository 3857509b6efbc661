"""Segment + enrich: an Article becomes Passages with persons, organisations, places, speakers
and mentioned dates.

The entity model is loaded once per process and passed in; everything after tagging is cheap
string work, so one :class:`Enricher` serves a whole indexing run.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..articles import Article, Passage
from .dates import find_dates
from .persons import article_persons
from .segment import segment
from .speakers import find_speakers

if TYPE_CHECKING:
    from .ner.tagger import EntityTagger, Mention

__all__ = ["Enricher"]


def _unique(names: Sequence[str]) -> tuple[str, ...]:
    """Names in first-seen order, without case-insensitive repeats."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return tuple(seen.values())


def _others(
    mentions: Sequence[Mention], people: Sequence[tuple[str, int, int]], kind: str
) -> list[str]:
    """Mentions of ``kind`` that the article-level person pass did not claim as a person."""
    return [
        _clean(m.text)
        for m in mentions
        if m.kind == kind and not any(s < m.end and m.start < e for _, s, e in people)
    ]


def _clean(name: str) -> str:
    name = " ".join(name.split())
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.strip(" ,;:\"'“”‘’")  # not ".": "U.S." keeps its dot


class Enricher:
    """Turns articles into enriched passages with one loaded entity tagger."""

    def __init__(self, tagger: EntityTagger) -> None:
        self.tagger = tagger

    @classmethod
    def load(cls) -> Enricher:
        from .ner.tagger import EntityTagger

        return cls(EntityTagger.load())

    def enrich(self, article: Article) -> list[Passage]:
        segments = segment(article)
        texts = [s.text for s in segments]
        mentions: list[list[Mention]] = [self.tagger.mentions(t) for t in texts]
        # One sense per article: names are repaired and resolved across all its paragraphs.
        persons = article_persons(texts, mentions)
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
                    orgs=_unique(_others(ms, people, "ORG")),
                    places=_unique(_others(ms, people, "LOC")),
                    speakers=_unique(said),
                    mentions=tuple(find_dates(seg.text, article.date)),
                )
            )
        return passages
