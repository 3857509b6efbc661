"""Corrections to the entity model's labels that news phrasing makes certain.

The model labels a word from a window of two words either side, so it misses facts about names
that a whole phrase states. Three are cheap to check after tagging a sentence:

* the capitalised words right after a person's title are that person, whatever kind the model
  gave them: "Vice-President *JD Vance*" (tagged ORG), "Central Bank President *Jose* Luis
  Machinea" (the first name left in the ORG);
* a "person" whose last word is a landmark noun, named by a word that is no first name, is a
  place: "Parliament *Hill*", "*Capitol Hill*" (but "Anita Hill" stays a person);
* a "person" joined by a name particle to the organisation or place before it is the rest of
  that name: "Barclays de *Zoete Wedd*", "Procter & *Gamble*".

The word lists the model was trained with (first names, the kinds a word usually had) tell a name
from a company ("Premier *Microwave Corp*") and a first name from a place name.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from ..lexicon import LANDMARKS, NAME_PARTICLES, PERSON_TITLES
from ..names import is_title_head
from .model import WordClasses

__all__ = ["repair_tags"]


# Lower-case words inside an organisation's or a place's name ("Banco de ...", "Marks & Spencer"):
# the name particles and "&"; not "of" or "'s", which also join two names ("chairman of Shell
# Peter Holmes" is rare, "Shell's Peter Holmes" is not), nor the Arabic "bin", "ibn", "al", "el",
# which join a person's names: "Osama" (ORG) "bin Laden" (PER) is a person whose first name the
# model got wrong, not an organisation.
_PARTICLES = (NAME_PARTICLES - {"bin", "ibn", "al", "el"}) | {"&"}
_MAX_NAME = 4  # words in a person's name after a title ("Leopoldo Sucre Figarella")


# A person title in any case but capitals (all-capital "MS" or "REP" is an acronym).
_is_title = partial(is_title_head, heads=PERSON_TITLES, acronyms=True)


def _is_landmark(word: str) -> bool:
    low = word.casefold()
    return low in LANDMARKS or (low.endswith("s") and low[:-1] in LANDMARKS)


def _is_first_name(word: str, lexicon: WordClasses) -> bool:
    listed = lexicon.gazetteer.get(word.capitalize() if word.isupper() else word, "")
    return "first" in listed.split()


def _is_name(words: Sequence[str], lexicon: WordClasses) -> bool:
    """Whether ``words`` can be a person's name: a few capitalised words, the last of which
    was an organisation's or a place's word in training, never a person's ("Corp", "Services"),
    only if it is also a first name."""
    if not 0 < len(words) <= _MAX_NAME or not all(w[:1].isupper() for w in words):
        return False
    last = words[-1]
    kinds = lexicon.types.get(last, "").split()
    org_or_place = ("ORG" in kinds or "LOC" in kinds) and "PER" not in kinds
    return not org_or_place or _is_first_name(last, lexicon)


def _relabel(tags: list[str], kind: str, start: int, end: int, *, joined: bool = False) -> None:
    """Make ``[start, end)`` one ``kind`` name, or with ``joined`` the end of the one before."""
    tags[start] = ("I-" if joined else "B-") + kind
    for i in range(start + 1, end):
        tags[i] = "I-" + kind


def repair_tags(
    words: Sequence[str],
    tags: list[str],
    found: Sequence[tuple[str, int, int]],
    lexicon: WordClasses,
) -> list[str]:
    """Apply the title, landmark and particle rules to one sentence's IOB2 ``tags``, in place.

    ``found`` are the entity spans of ``tags`` (:func:`newsindex.nlp.ner.tagger.spans`).
    """
    for n, (kind, start, end) in enumerate(found):
        if tags[start] != "B-" + kind:
            continue  # an earlier rule made it part of another name
        if kind == "PER":
            # The kind of the name before, as the title rule may just have changed it.
            before = tags[start - 2][2:] if start > 1 and tags[start - 1] == "O" else ""
            if before and before != "PER" and words[start - 1].casefold() in _PARTICLES:
                _relabel(tags, before, start - 1, end, joined=True)
            else:
                _landmark(words, tags, start, end, lexicon)
            continue
        after = found[n + 1] if n + 1 < len(found) else None
        then = after[2] if after and after[0] == "PER" and after[1] == end else end
        _after_title(words, tags, start, end, then, lexicon)
    return tags


def _after_title(
    words: Sequence[str], tags: list[str], start: int, end: int, then: int, lexicon: WordClasses
) -> None:
    """Make the name after a person title a person.

    Either the whole span ``[start, end)`` follows a title, or a title inside it is followed by
    the name's first words, which the person span ending at ``then`` completes ("Defense
    Secretary Caspar" + "Weinberger").
    """
    if start > 0 and tags[start - 1] == "O" and _is_title(words[start - 1]):
        if _is_name(words[start:end], lexicon):
            _relabel(tags, "PER", start, end)
        return
    title = next((i for i in range(end - 2, start - 1, -1) if _is_title(words[i])), None)
    if title is not None and _is_name(words[title + 1 : then], lexicon):
        tags[title] = "O"
        _relabel(tags, "PER", title + 1, then)


def _landmark(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> None:
    """Make a "person" ending in a landmark noun a place when no first name starts it.

    A one-word "Hill" takes in the capitalised word before it, which the model left outside any
    name; at the start of a sentence that word proves nothing, so the span is left alone.
    """
    if not _is_landmark(words[end - 1]):
        return
    if end - start > 1:
        first = words[start]
        plain = first.isalpha() and len(first) > 1 and not _is_title(first)
        if plain and not _is_first_name(first, lexicon):
            _relabel(tags, "LOC", start, end)
        return
    before = start - 1
    if before < 1 or tags[before] != "O":
        return
    word = words[before]
    plain = word[:1].isupper() and word.isalpha() and not word.isupper()
    if plain and not (_is_first_name(word, lexicon) or _is_title(word)):
        _relabel(tags, "LOC", before, end)
