"""A body named right after a noun for its kind ("the band *Killing Joke*", "the record label
*Food*", "the cable network *TNT*") or with an abbreviation for it ("*FC Tessby*", "*Harlow
BK*"), or listed after a plural noun for its kind ("firms including *A.E. Staley*"), which the
model, reading two words either side, often took for a person, a place, a title or nothing: the
noun or the abbreviation says what the name is."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon import (
    BODIES_NAMED_AFTER,
    CLUB_PREFIXES,
    CLUB_SUFFIXES,
    LISTED_BODY_KINDS,
    NAMED_BODY_LINKS,
    PREPOSITIONS,
)
from ..model import WordClasses
from .common import (
    CALENDAR_WORDS,
    MAX_NAME,
    PLACE_CLASSES,
    bare,
    capitalised,
    gazetteer_classes,
    in_lower_case,
    is_any_title_head,
    is_listed_place,
    is_nationality,
    may_name_person,
    name_end,
    name_start,
    relabel,
)

__all__ = [
    "CLUB_ABBREVIATIONS",
    "bodies_after_kinds",
    "bodies_listed_after_kinds",
    "clubs_by_abbreviation",
]

_PREFIXES = frozenset(w.upper() for w in CLUB_PREFIXES)
_SUFFIXES = frozenset(w.upper() for w in CLUB_SUFFIXES)
CLUB_ABBREVIATIONS = _PREFIXES | _SUFFIXES
"""A club's abbreviations as its name writes them ("FC", "C.D."): a sentence without one names
no club by it."""
_NOT_CLUB_WORDS = PREPOSITIONS | {"the", "a", "an"}
_LIST_CUES = (("such", "as"), ("including",), ("like",), (":",))
"""The words between a plural kind of body and the list of their names."""
_JOINS = frozenset({"and", "or"})
_LIST_LINKS = _JOINS | {","}
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_OTHER_KINDS = frozenset({"PER", "LOC", "MISC"})
_NO_BODY_CLASSES = PLACE_CLASSES | {"nationality"}


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


def bodies_listed_after_kinds(words: Sequence[str], tags: list[str], lexicon: WordClasses) -> None:
    """Make each name of a list after a plural noun for a kind of body
    (:data:`~newsindex.nlp.lexicon.LISTED_BODY_KINDS`) and "such as", "including", "like" or a
    colon an organisation ("firms including Tessby Mills (TM) and A.B. Harlow", "banks such as
    Corbel, Quill or Wessex"), which the model took for a person, a place or a MISC name, or
    cut in two ("Ada Brisk" + "Mills"): the noun says what they are. Not after a noun joined to
    another ("individuals and companies, including Ada Brisk" names either), a listed place or
    a people (:func:`_place_or_people`; "banks in countries such as Brazil" names none after
    the noun itself) nor an owner ("firms such as Brisk's", whose list names the owner's)."""
    count = len(words)
    for i, word in enumerate(words):
        if word not in LISTED_BODY_KINDS or not _JOINS.isdisjoint(words[max(0, i - 3) : i]):
            continue  # "two individuals and three companies, including Ada Brisk"
        at = i + 2 if i + 1 < count and words[i + 1] == "," else i + 1
        cue = next((c for c in _LIST_CUES if tuple(words[at : at + len(c)]) == c), None)
        if cue is None:
            continue
        start = at + len(cue)
        while start < count and tags[start] != "O":
            end = start + 1
            while end < count and tags[end] != "O":
                end += 1  # the model's names run together: "Ada Brisk" + "Mills"
            if end < count and words[end] in _POSSESSIVE:
                break
            if {tag[2:] for tag in tags[start:end]} & _OTHER_KINDS and not _place_or_people(
                words[start:end], lexicon
            ):
                relabel(tags, "ORG", start, end)
            if words[end : end + 1] == ["("] and words[end + 2 : end + 3] == [")"]:
                end += 3  # its acronym: "Tessby Mills (TM)"
            while end < count and words[end] in _LIST_LINKS:
                end += 1
            start = end


def _place_or_people(words: Sequence[str], lexicon: WordClasses) -> bool:
    """Whether the gazetteer lists ``words`` as a place or a nationality, or it is a people
    ("banks including Deutsche Bank and British corporations", "firms such as Italians own")."""
    return bool(gazetteer_classes(words, lexicon) & _NO_BODY_CLASSES) or (
        len(words) == 1 and is_nationality(words[0], lexicon)
    )


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
    if kind:
        return name_end(tags, first)
    count = len(words)
    end = first + 1
    while end < count and end - first < MAX_NAME and tags[end] == "O":
        word = words[end]
        if word in NAMED_BODY_LINKS and end + 1 < count and capitalised(words[end + 1]):
            end += 1
        elif not capitalised(word):
            return end
        end += 1
    return name_end(tags, end) if end < count and tags[end][:2] == "B-" else end


def clubs_by_abbreviation(words: Sequence[str], tags: list[str]) -> None:
    """Make a sports club's name one organisation: its abbreviation for a club, in capitals
    (:data:`~newsindex.nlp.lexicon.CLUB_SUFFIXES`, else
    :data:`~newsindex.nlp.lexicon.CLUB_PREFIXES`), and the capitalised words before or after
    it ("Tessby BK", "Quill Vale CF", "FC Harlow City", "CD Tessby"), which the model took
    for a person or a place, cut in two or left out. Only in running text, not after a word
    in capitals (a headline's or a dateline's capitals all look like initials), and never
    cutting a name the model found ("AS Tessby FC de Harlow", "At" + "FC Tessby Harlow", a
    person's initials: "Ada C.F. Brisk")."""
    if not in_lower_case(words):
        return
    count = len(words)
    for i, word in enumerate(words):
        if word not in CLUB_ABBREVIATIONS or (
            i and words[i - 1].isupper() and len(words[i - 1]) > 1
        ):
            continue  # "FANS ASK FC ...": a headline's capitals
        start, end = i, i + 1
        if word in _SUFFIXES:
            while start > 0 and i - start < MAX_NAME - 1 and _club_word(words[start - 1]):
                start -= 1
        if (start == i or not _holds_model_body(tags, i, start, end)) and word in _PREFIXES:
            start = i
            while end < count and end - i < MAX_NAME and _club_word(words[end]):
                end += 1
        if (
            end - start > 1
            and _holds_model_body(tags, i, start, end)
            and tags[start][:2] != "I-"  # "Ada C.F. Brisk": a person's initials
            and (end == count or tags[end][:2] != "I-")
        ):
            relabel(tags, "ORG", start, end)


def _club_word(word: str) -> bool:
    """Whether ``word`` may be part of a club's name: capitalised but not in capitals (a
    headline's: "FANS ASK FC TESSBY"), no day or month, no title ("Rep.") and no preposition or
    article opening the sentence ("At", "The")."""
    return (
        capitalised(word)
        and not word.isupper()
        and bare(word) not in CALENDAR_WORDS
        and word.casefold() not in _NOT_CLUB_WORDS
        and not is_any_title_head(word)
    )


def _holds_model_body(tags: Sequence[str], i: int, start: int, end: int) -> bool:
    """Whether ``[start, end)`` holds the whole organisation the model tagged at ``i``, if any,
    so that making it one organisation cuts none."""
    if tags[i][2:] != "ORG":
        return True
    return start <= name_start(tags, i) and name_end(tags, i) <= end
