"""A body named right after a noun for its kind ("the band *Killing Joke*", "the record label
*Food*", "the cable network *TNT*"), which the model, reading two words either side, often took
for a person, a place, a title or nothing: the noun says what the name is."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon import BODIES_NAMED_AFTER, NAMED_BODY_LINKS, PREPOSITIONS
from ..model import WordClasses
from .common import (
    CALENDAR_WORDS,
    MAX_NAME,
    bare,
    capitalised,
    is_any_title_head,
    is_listed_place,
    may_name_person,
    relabel,
)

__all__ = ["bodies_after_kinds"]


def bodies_after_kinds(words: Sequence[str], tags: list[str], lexicon: WordClasses) -> None:
    """Make the name right after a lower-case noun for a kind of body
    (:data:`~newsindex.nlp.lexicon.BODIES_NAMED_AFTER`) an organisation: a name the model gave
    another kind, or up to :data:`.common.MAX_NAME` capitalised words it left untagged (with
    "of", "at" or "the" between two: "the band Men at Work"), with a name it tagged right
    after them ("the record label Thirty" + "Tigers"), and a capitalised "The" first ("the band
    The Stands"). Not a day or a month ("the agency Saturday launched", as AP dates a verb), a
    title ("the party Chairman"), a letter ("group A"), nor a listed place or a person's name,
    which may open a clause ("told the newspaper Moscow would answer", "the party Ada Brisk
    founded": :func:`_person_named`)."""
    count = len(words)
    for i in range(count - 1):
        if words[i] not in BODIES_NAMED_AFTER:
            continue
        start = i + 1
        first = start + 1 if words[start] == "The" and start + 1 < count else start
        word = words[first]
        if (
            len(word) < 2
            or not capitalised(word)
            or bare(word) in CALENDAR_WORDS
            or is_any_title_head(word)
            or tags[first][:2] == "I-"
            or tags[first] == "B-ORG"
        ):
            continue
        kind = tags[first][2:]
        end = _name_end(words, tags, first, kind)
        if (kind == "PER" and _person_named(words, first, end, lexicon)) or (
            kind == "LOC" and is_listed_place(words[first:end], lexicon)
        ):
            continue
        relabel(tags, "ORG", start if tags[start] == "O" else first, end)


def _person_named(words: Sequence[str], first: int, end: int, lexicon: WordClasses) -> bool:
    """Whether a person's name may be meant: its first word may be a person's, or a lower-case
    word other than a preposition follows it ("the party Brisk founded", "a band Brisk is
    forming")."""
    after = words[end] if end < len(words) else ""
    return may_name_person(words[first], lexicon) or (
        after[:1].islower() and after not in PREPOSITIONS
    )


def _name_end(words: Sequence[str], tags: Sequence[str], first: int, kind: str) -> int:
    """Where the name from ``first`` ends: the model's name of ``kind``, or the untagged
    capitalised words (and links between them) and a name the model tagged right after."""
    count = len(words)
    end = first + 1
    if kind:
        while end < count and tags[end] == "I-" + kind:
            end += 1
        return end
    while end < count and end - first < MAX_NAME and tags[end] == "O":
        word = words[end]
        if word in NAMED_BODY_LINKS and end + 1 < count and capitalised(words[end + 1]):
            end += 1
        elif not capitalised(word):
            return end
        end += 1
    if end < count and tags[end][:2] == "B-":
        named = tags[end][2:]
        end += 1
        while end < count and tags[end] == "I-" + named:
            end += 1
    return end
