"""Rules over a sentence's brackets, with which a wire marks names: a company's stock code in
angle brackets ("<IBM>", "<BAEL.L>"), an organisation's acronym next to its name in round
ones ("General Agreement on Tariffs and Trade (GATT)"), and a newspaper's state in round ones
("The Hamilton (Ontario) Spectator")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...lexicon import (
    AGREEMENT_WORDS,
    BODY_NAME_LINKS,
    NAME_PARTICLES,
    NEWSPAPER_WORDS,
    pick,
    wordset,
)
from .common import DOCUMENT_ENDS, MAX_BRACKETED, bare, name_start, relabel

_CODE = re.compile(r"[A-Z0-9&]{1,8}")  # a stock code or its exchange ("BAEL", "L", "PA")
# Words and marks inside a firm's name in angle brackets ("/": "<Tessby A/S>").
# a firm's name abroad joins its words as a person's does: "<Compagnie des Machines Bull>"
_BRACKET_JOINERS = BODY_NAME_LINKS | wordset("of and & 's ( ) , . - /")
_ACRONYM = re.compile(r"[A-Z]{2,8}")  # "(GATT)", "(OECD)"
# Lower-case words inside a name that its acronym skips ("Securities and Exchange Commission",
# "Organisation for Security and Cooperation in Europe").
_ACRONYM_SKIPS = pick(NAME_PARTICLES, "de des du la") | wordset("of on and for in the &")
_MAX_PAPER_WORDS = 3  # words of a paper's name after its state: "Free Press", "Herald-Leader"


def bracketed_companies(words: Sequence[str], tags: list[str]) -> None:
    """Angle brackets are a wire's mark for a company: in a stock code after its name ("British
    Aerospace <BAEL.L>", "International Business Machines Corp <IBM>") the exchange is no name
    (".L" and ".O" were two of Reuters' commonest organisations) while the code after a
    company's name is an organisation (users ask for "IBM"), and so is the name before a code;
    capitalised words in them are one company's name ("<Martin CTN Group Plc>", not the
    person "Martin CTN")."""
    for i, word in enumerate(words):
        if word != "<":
            continue
        j = i + 1
        while j < len(words) and j - i <= MAX_BRACKETED and words[j] != ">":
            j += 1
        if j == i + 1 or j >= len(words) or words[j] != ">":
            continue
        inside = words[i + 1 : j]
        if all(_CODE.fullmatch(w) or w == "." for w in inside):
            code_end = i + 1 + inside.index(".") if "." in inside else j
            tags[code_end:j] = ["O"] * (j - code_end)
            if i and tags[i - 1][2:] in ("PER", "LOC"):
                # A stock code follows a company's name, never a person's or a place's:
                # "Regie Nationale des Usines Renault <RENA.PA>".
                name = i - 1
                while tags[name][0] == "I":
                    name -= 1
                if _partner_before(words, tags, name):
                    name -= 2  # "Pratt" "and" "Whitney" "<UTX>": a firm named for two founders
                relabel(tags, "ORG", name, i)
            if len(words[i + 1]) == 1:
                tags[i + 1] = "O"  # "Ford Motor Co <F>": a letter is asked for as a word
            elif i and tags[i - 1].endswith("ORG"):  # the company's code: "IBM" as it is asked
                relabel(tags, "ORG", i + 1, code_end)
        elif all(w[:1].isupper() or w in _BRACKET_JOINERS for w in inside):
            k = inside.index("-") if "-" in inside else 0
            if k and any(_ACRONYM.fullmatch(" ".join(p)) for p in (inside[:k], inside[k + 1 :])):
                # a name and its acronym: "<Banca Nazionale del Lavoro - BNL>"
                relabel(tags, "ORG", i + 1, i + 1 + k)
                tags[i + 1 + k] = "O"
                relabel(tags, "ORG", i + 2 + k, j)
            else:
                relabel(tags, "ORG", i + 1, j)


def _partner_before(words: Sequence[str], tags: Sequence[str], name: int) -> bool:
    """Whether a person's name of one word and "and" come before the person's name at
    ``name`` that a stock code follows: the two founders' names of one firm ("Pratt and
    Whitney <UTX>"); not a firm before "and" ("Icahn and TWA <TWA>": TWA was no person)."""
    return (
        name > 1
        and tags[name] == "B-PER"
        and words[name - 1] in ("and", "&")
        and tags[name - 2] == "B-PER"
    )


def names_of_acronyms(words: Sequence[str], tags: list[str]) -> None:
    """An organisation's name and its acronym in brackets are one name each, whatever parts
    the model made of the name: "General Agreement on *Tariffs* (a place) and Trade (GATT)",
    "GATT (General Agreement on Tariffs and Trade)", "Securities and Exchange Commission
    (SEC)". The capitalised words' initials must spell the acronym; lower-case joiners ("of",
    "and") are skipped, as acronyms skip them. The name takes the acronym's kind, or is an
    organisation when the model had one in it."""
    n = len(words)
    for i, word in enumerate(words):
        if word != "(":
            continue
        if i + 2 < n and words[i + 2] == ")" and _ACRONYM.fullmatch(words[i + 1]):
            start = _spelt_back(words, i, words[i + 1])  # the name, then "(ACRO)"
            if start is not None:
                _one_name(words, tags, start, i, i + 1)
        elif i > 0 and _ACRONYM.fullmatch(words[i - 1]):  # "ACRO (the name)"
            close = next(
                (j for j in range(i + 2, min(i + MAX_BRACKETED + 2, n)) if words[j] == ")"), 0
            )
            if close and _spelt_back(words, close, words[i - 1]) == i + 1:
                _one_name(words, tags, i + 1, close, i - 1)


def papers_with_state(words: Sequence[str], tags: list[str]) -> None:
    """A newspaper named with its town's state or province in brackets is one organisation's
    name ("The Hamilton (Ontario) Spectator", "the Lexington (Ky.) Herald-Leader"), which the
    model cut into the town, the state and the rest: a tagged name, one capitalised word (and
    its dot) in brackets, then capitalised words up to a newspaper's word."""
    n = len(words)
    for i in range(1, n - 3):
        if not (words[i] == "(" and words[i + 1][:1].isupper() and tags[i - 1] != "O"):
            continue
        close = i + 2 + (words[i + 2] == ".")  # "( Ky . )": the tokens split off the dot
        if close >= n or words[close] != ")" or not words[i - 1].istitle():
            continue
        paper = 0
        for k in range(close + 1, min(close + 1 + _MAX_PAPER_WORDS, n)):
            if not words[k][:1].isupper():
                break
            if any(part.casefold() in NEWSPAPER_WORDS for part in words[k].split("-")):
                paper = k + 1
        if paper:
            relabel(tags, "ORG", name_start(tags, i - 1), paper)


def _spelt_back(words: Sequence[str], end: int, letters: str) -> int | None:
    """Where the capitalised words ending at ``end`` start when their initials spell
    ``letters`` (lower-case joiners skipped, but not at either end); None when they do not."""
    start, k = end, len(letters)
    while k and start > 0:
        previous = words[start - 1]
        if previous[:1] == letters[k - 1] and previous[1:2].isalpha():
            k -= 1
        elif k == len(letters) or previous.casefold() not in _ACRONYM_SKIPS:
            return None
        start -= 1
    return None if k else start


def _one_name(words: Sequence[str], tags: list[str], start: int, end: int, acronym: int) -> None:
    """Make ``[start, end)`` one name of the kind of the acronym at ``acronym`` (an
    organisation when the model had one in the name), unless it is one already or lies inside
    a longer name of that kind. An agreement's, a law's or a report's name and its acronym are
    no organisation, whatever the model made the acronym ("International Tessby Agreement
    (ITA)")."""
    last = words[end - 1]
    if bare(last) in AGREEMENT_WORDS or last in DOCUMENT_ENDS:
        relabel(tags, "MISC", start, end)
        relabel(tags, "MISC", acronym, acronym + 1)
        return
    kind = tags[acronym][2:]
    if kind == "PER" and any(t.endswith("ORG") for t in tags[start:end]):
        tags[acronym] = "B-ORG"  # "Enforcement Directorate (ED)": no person's initials
        kind = "ORG"
    if kind in ("", "MISC"):
        kind = "ORG" if any(t.endswith("ORG") for t in tags[start:end]) else ""
    whole = tags[start] in ("B-" + kind, "I-" + kind) and tags[start + 1 : end] == ["I-" + kind] * (
        end - start - 1
    )
    if kind in ("ORG", "LOC") and not whole:
        relabel(tags, kind, start, end)
