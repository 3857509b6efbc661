"""Person names as strings: titles stripped, a comparison key, whether two forms can be one
person. Pure string work shared by index-time resolution and query-time matching."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import HONORIFICS, OFFICE_LINKS, OFFICE_WORDS, SUFFIXES, SURNAME_TITLES, TITLE_HEADS

__all__ = [
    "HONORIFICS",
    "POSSESSIVE",
    "SUFFIXES",
    "bare_word",
    "is_title_head",
    "name_key",
    "same_person",
    "split_suffix",
    "strip_title",
]


POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")


_EDGE_PUNCT = " \t\n,;:\"“”‘’'()[]"


def bare_word(token: str) -> str:
    """A token reduced for title lookup: lower case, no trailing dot."""
    return token.casefold().rstrip(".")


def is_title_head(
    token: str, heads: frozenset[str] = TITLE_HEADS, *, acronyms: bool = False
) -> bool:
    """Whether ``token`` is one of the title ``heads`` in any case, with or without a trailing dot
    or a hyphenated prefix ("Vice-President", "ex-minister", "Sen.").

    With ``acronyms``, a word of two or more capitals ("MS", "REP") is an acronym, not a title.
    """
    if acronyms and len(token) > 1 and token.isupper():
        return False
    word = bare_word(token)
    return word in heads or word.rsplit("-", 1)[-1] in heads


@lru_cache(maxsize=1 << 16)  # pure, and the same names recur across articles
def strip_title(name: str) -> str:
    """Drop titles, honorifics and a possessive: "Ontario Premier Doug Ford's" -> "Doug Ford".

    Returns "" when the text is only a title ("Prime Minister"), so callers can drop it.
    """
    tokens = name.strip(_EDGE_PUNCT).split()
    if tokens:
        tokens[-1] = POSSESSIVE.sub("", tokens[-1]).rstrip(_EDGE_PUNCT)
        if not tokens[-1]:
            tokens.pop()
    heads = [i for i, tok in enumerate(tokens) if is_title_head(tok)]
    for i in reversed(heads):
        rest = tokens[i + 1 :]
        if not rest:
            if bare_word(tokens[i]) in SURNAME_TITLES and i > 0:
                continue  # "Mike Judge": a surname, not a title
            return ""
        if all(bare_word(t) in SUFFIXES for t in rest):
            continue  # "Martin Luther King Jr."
        if bare_word(rest[0]) in OFFICE_LINKS:
            rest = rest[1:]
            while len(rest) > 1 and (
                rest[0][:1].islower() or bare_word(rest[0]) in OFFICE_WORDS or "." in rest[0]
            ):
                rest = rest[1:]
        tokens = rest
        break
    while len(tokens) > 1 and bare_word(tokens[0]) in HONORIFICS:
        tokens = tokens[1:]
    if len(tokens) == 1 and bare_word(tokens[0]) in HONORIFICS | TITLE_HEADS:
        return ""
    return " ".join(tokens)


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> tuple[str, ...]:
    """Comparison form of a name: case-folded tokens without dots ("J.D. Vance" == "JD Vance")."""
    tokens = name.replace("’", "'").replace(".", " ").split()
    # Initials written "J.D." become "J D"; glue single letters back so they equal "JD".
    out: list[str] = []
    run = ""
    for tok in tokens:
        if len(tok) == 1 and tok.isalpha():
            run += tok
            continue
        if run:
            out.append(run)
            run = ""
        out.append(tok)
    if run:
        out.append(run)
    return tuple(t.casefold() for t in out)


@lru_cache(maxsize=1 << 16)
def split_suffix(key: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    core = tuple(t for t in key if t not in SUFFIXES)
    return core, frozenset(t for t in key if t in SUFFIXES)


def _is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(any(tok == other for other in it) for tok in short)


@lru_cache(maxsize=1 << 16)
def same_person(short: tuple[str, ...], long: tuple[str, ...], *, strict: bool = True) -> bool:
    """Whether ``short`` can be a shorter way of writing ``long`` (both name keys).

    "Jr." and the like make another person, so suffixes must agree; with ``strict=False`` a
    short form without any ("Trump") may still stand for a name with one ("Donald Trump Jr.").
    """
    s_core, s_suffix = split_suffix(short)
    l_core, l_suffix = split_suffix(long)
    if strict or s_suffix:
        if s_suffix != l_suffix:
            return False
    elif s_core == l_core:
        return False  # "Donald Trump" is not "Donald Trump Jr."
    if not s_core or not _is_subsequence(s_core, l_core):
        return False
    return s_core[-1] == l_core[-1] or len(s_core) == 1
