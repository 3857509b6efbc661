"""Firms named after their partners: "Sullivan & Cromwell", "Davis Polk & Wardwell",
"Skadden, Arps, Slate, Meagher & Flom", "Donaldson, Lufkin & Jenrette".

Law firms and investment banks keep their founders' surnames, joined by commas and a last
"&". The model reads such a name as persons and places ("Sullivan &" a person and "Cromwell"
a firm; "Skadden" a place, "Meagher & Flom" a firm), as it was trained on few of them. No
person's name holds "&" and few places' do ("Trinidad & Tobago", which the model tags
whole), so the surnames around one are a firm's name.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon import FIRM_TAILS, QUERY_STOP_WORDS
from ..model import WordClasses
from .common import (
    CALENDAR_WORDS,
    bare,
    gazetteer_classes,
    is_listed_place,
    name_end,
    name_start,
    relabel,
)

_NAME_CLASSES = frozenset({"first", "last"})
_MAX_PART = 2
"""Words of a name on either side of "&" ("Davis Polk & Wardwell"); more make two names
("Rugby League & West Coast", "Karl Langdon & Harvey Deegan")."""


def partners_firms(words: Sequence[str], tags: list[str], lexicon: WordClasses) -> None:
    """Make one firm of the surnames joined by "&" and the single surnames before them over
    commas, whatever the model made of each (see the module). Not where both words around
    "&" are mostly lower case in running text ("Research & Development"), where the model
    took the whole for one place or title ("Trinidad & Tobago", a book's), where both sides
    are places it tagged so ("London & Paris"), nor over commas to a list of names ("Exxon,
    Mobil, Procter & Gamble and Ford", "In London, Marks & Spencer")."""
    count = len(words)
    for k in range(1, count - 1):
        if words[k] != "&":
            continue
        if tags[k] == "I-ORG":  # a firm already: "Meagher & Flom", "Fenner & Smith Inc"
            start = name_start(tags, k)
            end = name_end(tags, k)
            first = _partners_before(words, tags, start, end, lexicon)
            if first < start:
                relabel(tags, "ORG", first, end)
            continue
        right = _right_end(words, tags, k, lexicon)
        left = _left_start(words, tags, k)
        if right is None or left is None:
            continue
        start, end = left, right
        whole = tags[start:end]
        if whole[0][2:] in ("LOC", "MISC") and all(tag[2:] == whole[0][2:] for tag in whole):
            continue  # one place or title across "&"
        if _usually_lower(words[k - 1], lexicon) and _usually_lower(words[k + 1], lexicon):
            continue
        if _tagged_place(words, tags, start, k, lexicon) and _tagged_place(
            words, tags, k + 1, end, lexicon
        ):
            continue
        if start == k - 1:
            start = _partners_before(words, tags, start, end, lexicon)
        relabel(tags, "ORG", start, end)


def _right_end(
    words: Sequence[str], tags: Sequence[str], k: int, lexicon: WordClasses
) -> int | None:
    """The end of the one surname after the "&" at ``k`` with the company words after it
    ("& Company Inc."); None if no single surname follows, or a given name no list has as a
    family name ("Jim & Sarah", two persons)."""
    count = len(words)
    if not _surname(words[k + 1]) or _given_name_only(words[k + 1], lexicon):
        return None
    end = k + 2
    while end < count and words[end].istitle() and bare(words[end]) in FIRM_TAILS:
        end += 1
    if end < count and (tags[end][:2] == "I-" or _surname(words[end])):
        return None  # a longer name ("& West Coast") or the model's name goes on
    return end


def _left_start(words: Sequence[str], tags: Sequence[str], k: int) -> int | None:
    """The start of the one or two surnames before the "&" at ``k``; None if there are
    none or more."""
    start = k
    while start > 0 and start > k - _MAX_PART and _surname(words[start - 1]):
        start -= 1
    if start == k or (start > 0 and (_surname(words[start - 1]) or tags[start][:2] == "I-")):
        return None
    return start


def _partners_before(
    words: Sequence[str], tags: Sequence[str], start: int, end: int, lexicon: WordClasses
) -> int:
    """Where the firm ``[start, end)`` starts that lists more partners before it, each
    alone between commas ("Skadden, Arps, Slate, Meagher"); the first may be a firm the
    model tagged ("Merrill Lynch, Pierce, Fenner"). Not after a comma before the first (an
    apposition or a list), nor when "and" ends the firm or follows it (a list: "Exxon,
    Mobil, Procter & Gamble and Ford", which the model may take for one name)."""
    if "and" in words[start : end + 2]:
        return start
    first = start
    while first > 1 and words[first - 1] == ",":
        item = first - 2
        head = name_start(tags, item) if tags[item][2:] == "ORG" else item
        if head < item:
            if item - head >= _MAX_PART or (head and words[head - 1] == ","):
                break
        elif not _surname(words[item]) or _not_partner(words, tags, item, lexicon):
            break
        first = head
        if head and _surname(words[head - 1]):
            return start  # "Jane Doe, Procter & Gamble's spokeswoman"
    if first > 0 and words[first - 1] == ",":
        return start
    return first


def _surname(word: str) -> bool:
    """Whether ``word`` may be a partner's surname: one capitalised word, no month or
    weekday, no function word ("The Procter & Gamble Company", "At Procter & Gamble")."""
    low = bare(word)
    return (
        word.istitle()
        and word.isalpha()
        and low not in CALENDAR_WORDS
        and low not in QUERY_STOP_WORDS
    )


def _given_name_only(word: str, lexicon: WordClasses) -> bool:
    return _NAME_CLASSES & gazetteer_classes([word], lexicon) == {"first"}


def _usually_lower(word: str, lexicon: WordClasses) -> bool:
    low = word.casefold()
    return (lexicon.text_cap.get(low) or lexicon.cap.get(low)) == "l"


def _tagged_place(
    words: Sequence[str], tags: Sequence[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Whether the model tagged ``[start, end)`` a place and the gazetteer lists it so."""
    return tags[start] == "B-LOC" and is_listed_place(words[start:end], lexicon)


def _not_partner(
    words: Sequence[str], tags: Sequence[str], item: int, lexicon: WordClasses
) -> bool:
    """Whether the one word at ``item`` before a comma is no partner's surname: a listed
    place the model tagged ("In London, Marks & Spencer"), or the list's first word and one
    running text writes in lower case ("Meanwhile, Procter & Gamble"; a partner inside the
    list may be a common word: "Skadden, Arps, Slate, Meagher")."""
    if _tagged_place(words, tags, item, item + 1, lexicon):
        return True
    inside = item > 0 and words[item - 1] == ","
    return not inside and _usually_lower(words[item], lexicon)
