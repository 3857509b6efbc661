"""Tables of figures are not prose: the names the tagger finds in them are mostly column and row
headings ("DEC", "Start Stcks", "DMK", "KANSAS CITY" tagged an organisation), so only the names
the article's prose also writes are kept, and places. Nor is an article's headline in title
case, where every word is capitalised: the names the tagger finds there that hold a common
word ("Bad Optics", "Action On Immigration In First") are kept only when the rest of the
article writes one of their words.

A wire table is one passage of several short lines, most of them holding figures, few ending
like a sentence: earnings ("Shr 51 cts vs 36 cts"), prices ("Apr 148.00 148.25"), dividends
("Pay March 30"). A list of people with their ages ("Jane Doe, 45, of Harlow.") ends its lines
like sentences or has too few figures to be one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .discourse import title_cased
from .lexicon import BODY_TAILS
from .names import without_possessive
from .ner.tagger import Mention

if TYPE_CHECKING:
    from .ner.tagger import EntityTagger

__all__ = ["headline_names", "is_headline", "is_table", "table_names"]

_MIN_LINES = 3
_FIGURE_LINES = 0.6  # share of lines holding a digit
_FIGURE_WORDS = 0.2  # share of words holding a digit
_SENTENCE_END = re.compile(r"[a-z)\"'”’][.!?][\"'”’]?\s*$")


def is_table(text: str) -> bool:
    """Whether the passage is a table of figures rather than prose (see the module's doc)."""
    if text.count("\n") < _MIN_LINES - 1:
        return False
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < _MIN_LINES:
        return False
    if sum(1 for line in lines if _SENTENCE_END.search(line)) > len(lines) // 4:
        return False
    with_figures = sum(1 for line in lines if any(map(str.isdigit, line)))  # per character, in C
    if with_figures < _FIGURE_LINES * len(lines):
        return False
    words = text.split()
    figures = sum(1 for word in words if any(map(str.isdigit, word)))
    return figures >= _FIGURE_WORDS * len(words)


def table_names(
    texts: Sequence[str],
    mentions: Sequence[Sequence[Mention]],
    lists_place: Callable[[str], bool],
) -> list[list[Mention]]:
    """The mentions of each passage, those of tables kept only when the article's prose writes
    the same name (any case: "SEARS" beside "Sears") or when they are places; a heading the
    tagger read as an organisation that the gazetteer lists as a place is that place
    ("KANSAS CITY")."""
    tables = [is_table(text) for text in texts]
    if not any(tables):
        return [list(found) for found in mentions]
    prose = {
        m.text.casefold()
        for found, table in zip(mentions, tables, strict=True)
        if not table
        for m in found
    }
    out: list[list[Mention]] = []
    for found, table in zip(mentions, tables, strict=True):
        if not table:
            out.append(list(found))
            continue
        kept: list[Mention] = []
        for m in found:
            if m.text.casefold() in prose or m.kind == "LOC":
                kept.append(m)
            elif lists_place(m.text) or lists_place(m.text.title()):
                kept.append(Mention("LOC", m.text, m.start, m.end))
        out.append(kept)
    return out


_HEADLINE_CHARS = 160


def is_headline(text: str) -> bool:
    """Whether the passage is a headline written in title case (one short line)."""
    return len(text) <= _HEADLINE_CHARS and "\n" not in text and title_cased(text)


def headline_names(
    texts: Sequence[str], mentions: Sequence[Sequence[Mention]], tagger: EntityTagger
) -> list[list[Mention]]:
    """The mentions of each passage, those of a first passage that is a title-cased headline
    kept only when they look like a name there too: none of their capitalised words is one that
    news mostly writes in lower case ("Bad Optics"), or they hold a word that ends a body's
    name ("Tessby Income Fund", "Harlow Mining Corp.") or a word in lower case ("House of
    Representatives", as a sentence writes a name), or they are a listed place, or a person's
    full name that starts with a given name ("Laura Cavanaugh"). A mention that holds two
    names the article's other passages write, or that holds no such look but one of their
    words, is those names ("[Bernie Sanders Slams Hillary Clinton]", "[Obama Power Plant Rules
    Face Key Test]"), as is a person's full name they write after words that name nobody
    ("[Netflix Star Ada Brisk]"). An article of one passage keeps all: nothing else tells."""
    out = [list(found) for found in mentions]
    if len(texts) < 2 or not out[0] or not is_headline(texts[0]):
        return out
    names = _article_names(mentions[1:])
    named = {word for name in names for word in _words(name)}
    kept: list[Mention] = []
    for m in out[0]:
        within = _names_within(m, names) if m.text not in names else [m]
        if len(within) > 1 or _described_person(m, within, tagger):
            kept.extend(within)  # "[Bernie Sanders Burns Hillary Clinton]": two names
        elif _named_alike(m, tagger):
            kept.append(m)
        elif not named.isdisjoint(_words(m.text)):
            kept.extend(within)  # "[Obama Power Plant Rules Face Key Test]": "Obama"
    out[0] = kept
    return out


def _described_person(m: Mention, within: Sequence[Mention], tagger: EntityTagger) -> bool:
    """Whether a headline's person mention is a person's full name the other passages write,
    after words that describe him and name nobody ("[Netflix Star Ada Brisk]", "[‘Tessel’
    Star Ada Brisk]": a show's title in quotes): the model runs a title-cased headline's
    capitals into the name after them."""
    if m.kind != "PER" or len(within) != 1:
        return False
    name = within[0]
    if name.kind != "PER" or " " not in name.text or name.end != m.end or name.start == m.start:
        return False
    before = m.text[: name.start - m.start].split()
    return any(not word.isalpha() or not tagger.may_name_person(word) for word in before)


def _words(name: str) -> list[str]:
    return [w for w in (without_possessive(w).casefold() for w in name.split()) if len(w) > 1]


def _named_alike(m: Mention, tagger: EntityTagger) -> bool:
    words = m.text.split()
    capitalised = [without_possessive(w) for w in words if w[:1].isupper()]
    return (
        not any(tagger.usually_lower(w) for w in capitalised)
        or any(w.rstrip(".").lower() in BODY_TAILS for w in words)
        or any(w.islower() for w in words[1:-1])  # "House of Representatives": a sentence's name
        or (m.kind == "LOC" and (tagger.lists_place(m.text) or tagger.lists_place(m.text.title())))
        or (m.kind == "PER" and len(words) > 1 and tagger.may_name_person(words[0]))
    )


def _article_names(mentions: Sequence[Sequence[Mention]]) -> dict[str, str]:
    """The names the passages write, and a person's surname, each with its commonest kind."""
    kinds: dict[str, Counter[str]] = {}
    for found in mentions:
        for m in found:
            name = without_possessive(m.text)
            kinds.setdefault(name, Counter())[m.kind] += 1
            if m.kind == "PER" and " " in name:
                kinds.setdefault(name.rsplit(" ", 1)[1], Counter())["PER"] += 1
    return {name: counts.most_common(1)[0][0] for name, counts in kinds.items()}


def _names_within(m: Mention, names: dict[str, str]) -> list[Mention]:
    """The article's names written inside a headline's mention, longest first, as mentions of
    their kind ("Bernie Sanders" and "Hillary Clinton" in "[Bernie Sanders Burns Hillary
    Clinton]")."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for name in sorted(names, key=len, reverse=True):
        for hit in re.finditer(rf"(?<![\w'’]){re.escape(name)}(?![\w-])", m.text):
            start, end = m.start + hit.start(), m.start + hit.end()
            if all(end <= a or start >= b for a, b in taken):
                taken.append((start, end))
                found.append(Mention(names[name], name, start, end))
    return sorted(found, key=lambda f: f.start)
