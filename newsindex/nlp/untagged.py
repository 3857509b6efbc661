"""Speakers the entity tagger missed, for :mod:`.speakers`: a surname the article gives in full
elsewhere, next to a cue here ("Trump said" where the tagger found no one), and a name in a
quote's trailing attribution ("“...,” Jane Doe said") that no mention covers. Kept apart from the
attribution rules because they repair the tagger's output rather than read the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cues import SAY_VERBS
from .discourse import Discourse, Person, in_spans
from .lexicon import COURTESY_TITLES, SUFFIXES
from .names import may_be_surname

__all__ = ["surname_tables", "untagged_near", "untagged_quoter"]


def surname_tables(
    persons: Sequence[Sequence[Person]],
) -> tuple[dict[str, str], dict[str, str]]:
    """The article's surnames to its people, for names the tagger missed: as written ("Clinton";
    one two people share stands for itself) and in capitals ("PENCE", where one person has it),
    as transcripts write the speaker."""
    owners: dict[str, set[str]] = {}
    for name in {name for row in persons for name, _, _ in row}:
        words = [w for w in name.split() if w.rstrip(".").lower() not in SUFFIXES]
        if words and may_be_surname(words[-1]):
            owners.setdefault(words[-1], set()).add(name)
    written = {k: next(iter(v)) if len(v) == 1 else k for k, v in owners.items()}
    capitals = {
        k.upper(): next(iter(v))
        for k, v in owners.items()
        if len(v) == 1 and k[:1].isupper() and " " in next(iter(v))
    }
    return written, capitals


def untagged_near(
    text: str,
    cue: re.Match[str],
    people: Sequence[Person],
    quotes: Sequence[tuple[int, int]],
    surnames: dict[str, str],
) -> Sequence[Person]:
    """``people`` with the article's surnames the tagger left out right before or after the cue
    ("Trump said", "Fiorina has long argued", "said Trump."). One sense per article: a surname
    names the same person throughout; one that two people share stands for itself. Split words,
    not a regex: this runs for every cue."""
    start, end = cue.span()
    added = []
    words = _skip_aside(text[max(0, start - 60) : start]).split()[-3:]
    while len(words) > 1 and words[-1].islower():
        words.pop()  # "has long", "also"
    after = text[end : end + 30].split(None, 2)
    for word, title, at in (
        (words[-1] if words else "", words[-2] if len(words) > 1 else "", start),
        (
            (after[1] if _is_courtesy(after[0]) and len(after) > 1 else after[0]).rstrip(".,;:")
            if after
            else "",
            after[0] if after else "",
            end,
        ),
    ):
        possessive = word[-2:] in ("'s", "’s")
        if possessive:
            word = word[:-2]
        name = surnames.get(word)
        if not name and not possessive and _is_courtesy(title) and _SURNAME.fullmatch(word):
            name = word  # "Mr. King said", though the article never gives his full name
        if not name:
            continue
        a = text.rfind(word, 0, at) if at == start else text.find(word, at)
        b = a + len(word)
        if not in_spans(a, quotes) and not any(p[1] < b and a < p[2] for p in people):
            added.append((name, a, b))
    return sorted([*people, *added], key=lambda p: p[1]) if added else people


_SURNAME = re.compile(r"[A-Z][a-z][\w'’-]*")


def _is_courtesy(word: str) -> bool:
    """Whether ``word`` is a title of courtesy ("Mr.", "Mrs", "Dr."): the capitalised word after
    it is a surname."""
    return word[:1].isupper() and word.rstrip(".").lower() in COURTESY_TITLES


def _skip_aside(before: str) -> str:
    """``before`` (the text up to a cue) without a short aside between commas at its end: an age
    or a party ("Mr. King, 82, told", "Smith, D-Ohio, said") parts the name from its verb."""
    head = before.rstrip()
    if not head.endswith(","):
        return before
    comma = head.rfind(",", 0, len(head) - 1)
    aside = head[comma + 1 : -1]
    if comma < 0 or len(aside) > 24 or any(c in aside for c in '"“”();:'):
        return before
    return head[:comma]


# A quote's trailing attribution around a capitalised name: "“...,” Jane Doe said", "“...,”
# said Rep. Jane Doe." (titles are the words up to the last one with a dot).
_NAME = r"(?P<name>(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]*[a-z][\w'’-]*)"
_QUOTE_NAME_BEFORE = re.compile(rf"[,?!][\"”]\s+{_NAME}\s+$")
_NAME_AFTER = re.compile(rf"\s+{_NAME}(?=\s*[.,;]|\s+(?:of|in|at|on|who|from)\b|$)")
_NOT_NAMES = frozenset(("He", "She", "It", "They", "We", "I", "You", "The", "This", "That", "A"))


def untagged_quoter(
    text: str,
    cue: re.Match[str],
    people: Sequence[Person],
    orgs: Sequence[Person],
    ctx: Discourse,
) -> list[str]:
    """The person a quote's trailing attribution names where the tagger found no one ("“...,”
    Jane Doe said", "“...,” said Rep. Jane Doe."): two or more capitalised words, or one that
    the article writes after a first name ("Betsy Doe ... “...,” Doe said"), and not an
    organisation mention."""
    verb = cue.group("verb") or ""
    if verb not in SAY_VERBS or verb.endswith("ing"):
        return []
    start, end = cue.span()
    found = _QUOTE_NAME_BEFORE.search(text, max(0, start - 60), start)
    if not found and text[max(0, start - 3) : start].rstrip()[-1:] in ('"', "”"):
        found = _NAME_AFTER.match(text, end)
    if not found:
        return []
    a, b = found.span("name")
    if any(m[1] < b and a < m[2] for m in (*people, *orgs)):
        return []
    words = found.group("name").split()
    while any(w.endswith(".") for w in words[:-1]):
        words.pop(0)  # "Rep. Jane Doe", "Army Capt. John Doe"
    if words[0] in _NOT_NAMES:
        return []
    if len(words) == 1:
        full = {
            m.group()
            for raw in ctx.article[0]
            for m in re.finditer(rf"\b[A-Z][a-z]+\s+{re.escape(words[0])}\b", raw)
        }
        return [full.pop()] if len(full) == 1 else []
    return [" ".join(words)]
