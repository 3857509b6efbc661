"""Articles → passages: one passage per paragraph, very long paragraphs split at sentence ends.

Readers already decide what a paragraph is (a wire table stays one paragraph); this stage only
drops empty ones and bounds passage size so snippets and ranking stay meaningful.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..articles import Article

__all__ = ["MAX_PASSAGE_CHARS", "Segment", "segment"]

MAX_PASSAGE_CHARS = 4000
"""Longer paragraphs are split; a 5 MB paragraph becomes about 1,300 passages, not one."""

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+")


@dataclass(frozen=True, slots=True)
class Segment:
    position: int
    heading: str | None
    text: str


def segment(article: Article, *, max_chars: int = MAX_PASSAGE_CHARS) -> list[Segment]:
    """The passages of ``article`` in reading order, numbered from 0."""
    out: list[Segment] = []
    for paragraph in article.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        for chunk in _chunks(text, max_chars):
            out.append(Segment(len(out), paragraph.heading, chunk))
    return out


def _chunks(text: str, max_chars: int) -> Iterator[str]:
    if len(text) <= max_chars:
        yield text
        return
    start = 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars]
        cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
        if cut < max_chars // 4:  # no sentence end in sight: cut at the last space, else hard
            space = window.rfind(" ")
            cut = space + 1 if space > max_chars // 4 else max_chars
        yield text[start : start + cut].strip()
        start += cut
    rest = text[start:].strip()
    if rest:
        yield rest
