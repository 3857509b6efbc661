"""Person names as strings: titles stripped, a comparison key, whether two forms can be one
person. Pure string work shared by index-time resolution and query-time matching."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from nicknames import NickNamer

from .lexicon import (
    COURTESY_TITLES,
    FAMILY_NAMES_FIRST,
    FEMALE_FIRST_NAMES,
    FEMALE_HONORIFICS,
    GIVEN_NAME_TITLES,
    HONORIFICS,
    MALE_FIRST_NAMES,
    MALE_HONORIFICS,
    NAME_PARTICLES,
    NICKNAMES_ACROSS_LETTERS,
    OFFICE_LINKS,
    OFFICE_WORDS,
    SUFFIXES,
    SURNAME_TITLES,
    TITLE_HEADS,
)

__all__ = [
    "HONORIFICS",
    "POSSESSIVE",
    "STATE_ABBREVIATION",
    "SUFFIXES",
    "NameParts",
    "bare_word",
    "first_name_sex",
    "fold",
    "fold_name",
    "given_names_agree",
    "honorific_sex",
    "is_title_head",
    "may_be_surname",
    "name_key",
    "name_parts",
    "same_person",
    "split_suffix",
    "strip_title",
    "surname_keys",
    "without_possessive",
]


# Folding, as the index folds (newsindex.index.analysis.fold and fold_name: the storage layer
# and these pure helpers may not import each other, so the rules are written twice and a test
# checks that the two agree on every character).
_MARKS = (
    *range(0x0300, 0x0370),
    *range(0x1AB0, 0x1B00),
    *range(0x1DC0, 0x1E00),
    *range(0x20D0, 0x2100),
    *range(0xFE20, 0xFE30),
)
_LETTERS = {
    **{"ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O"},
    **{"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH"},
    **{"ħ": "h", "Ħ": "H", "ı": "i", "ŀ": "l", "Ŀ": "L", "ŧ": "t", "Ŧ": "T", "ƒ": "f"},
    **{"ĸ": "k", "ŋ": "ng", "Ŋ": "NG"},
    **{"’": "'", "‘": "'"},  # "Workers’ Union" and "Workers' Union" are one name
}
_FOLD_TABLE: dict[int, str | None] = {
    **dict.fromkeys(_MARKS),
    **{ord(k): v for k, v in _LETTERS.items()},
}
_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
_NAME_TABLE = {ord(k): v for k, v in _UMLAUTS.items()}


def fold(text: str) -> str:
    """``text`` with compatibility forms, accents, width and curly apostrophes folded, case kept
    ("Café" -> "Cafe", "ＯＩＬ" -> "OIL", "Straße" -> "Strasse", "O’Neill" -> "O'Neill"),
    exactly as the index folds its terms."""
    if text.isascii():
        return text
    folded = unicodedata.normalize("NFKD", text).translate(_FOLD_TABLE)
    if not folded.isascii():
        folded = unicodedata.normalize("NFC", folded)
    return folded or text


def fold_name(text: str) -> str:
    """:func:`fold` for people's names, German umlauts spelled out: "Pöhl" -> "Poehl"."""
    if text.isascii():
        return text
    return fold(unicodedata.normalize("NFC", text).translate(_NAME_TABLE))


POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")


def without_possessive(text: str) -> str:
    """``text`` without a final possessive ("Smith's", "Jones'"): most names have none, and
    looking for an apostrophe costs less than the expression."""
    return POSSESSIVE.sub("", text) if "'" in text or "’" in text else text


STATE_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.")
"""A US state as the agencies abbreviate it after its town ("Del.", "Calif.", "N.Y.")."""


_EDGE_PUNCT = " \t\n,;:\"“”‘’'()[]"


def first_name_sex(word: str) -> str:
    """ "m" or "f" for a common first name of one sex (lower case: "john", "jane"), else ""."""
    return "m" if word in MALE_FIRST_NAMES else "f" if word in FEMALE_FIRST_NAMES else ""


def honorific_sex(text: str, start: int, end: int) -> tuple[str, str]:
    """The honorific of one sex ("Mr.", "Mrs.", "Ms", "Miss") of the name at ``text[start:end]``,
    right before it ("Mrs. Doe", "(Ms. Doe") or opening it ("Mr. Doe" tagged whole), in lower
    case without its dot, and its sex ("m" or "f"); ``("", "")`` if it has none. One reader for
    the person pass, which tells people of one surname apart by it, and the pronoun votes."""
    before = text[max(0, start - 6) : start]
    words = before.split()[-1:] if before[-1:].isspace() else []
    for word in [*words, *text[start:end].split()[:-1][:1]]:
        word = word.lstrip("\"'“‘([")
        if not word[:1].isupper():  # "fans will miss Jordan": a verb, no honorific
            continue
        title = bare_word(word)
        sex = "m" if title in MALE_HONORIFICS else "f" if title in FEMALE_HONORIFICS else ""
        if sex:
            return title, sex
    return "", ""


def bare_word(token: str) -> str:
    """A token reduced for title lookup: lower case, no trailing dot."""
    return token.casefold().rstrip(".")


def may_be_surname(word: str) -> bool:
    """Whether a name's last word may stand for its owner alone ("Trump" for "Donald Trump"):
    not a lower-case word nor a letter, which the tagger's spans sometimes end on ("Jolly of"
    of "Jolly of Indian Shores", "Jim Eastland I" of "Jim Eastland I've")."""
    return len(word.rstrip(".")) > 1 and not (word.isalpha() and word.islower())


def is_title_head(
    token: str, heads: frozenset[str] = TITLE_HEADS, *, acronyms: bool = False
) -> bool:
    """Whether ``token`` is one of the title ``heads`` in any case, with or without a trailing dot
    or a hyphenated prefix ("Vice-President", "ex-minister", "Sen."), but the Arabic article
    ("Al-Sheikh", "Al-Amir": family names).

    With ``acronyms``, a word of two or more capitals ("MS", "REP") is an acronym, not a title.
    """
    if acronyms and len(token) > 1 and token.isupper():
        return False
    word = bare_word(token)
    return word in heads or (word.rsplit("-", 1)[-1] in heads and not _ARABIC_ARTICLE.match(word))


@lru_cache(maxsize=1 << 16)  # pure, and the same names recur across articles
def strip_title(name: str) -> str:
    """Drop titles, honorifics and a possessive: "Ontario Premier Doug Ford's" -> "Doug Ford".

    Returns "" when the text is only a title ("Prime Minister"), so callers can drop it.
    """
    tokens = name.strip(_EDGE_PUNCT).split()
    if tokens:
        tokens[-1] = without_possessive(tokens[-1]).rstrip(_EDGE_PUNCT)
        if not tokens[-1]:
            tokens.pop()
    given = {
        i
        for i in range(1, len(tokens))
        if bare_word(tokens[i]) in GIVEN_NAME_TITLES and tokens[i - 1][:1].isupper()
    }  # "Sikandar Sultan Raja", "Prince Sultan", "Gen. Sultan Hashim": a given name
    heads = [i for i, tok in enumerate(tokens) if is_title_head(tok) and i not in given]
    start = 0
    for i in reversed(heads):
        start = i + 1
        if start == len(tokens):
            if bare_word(tokens[i]) in SURNAME_TITLES and i > 0:
                start = 0
                continue  # "Mike Judge": a surname, not a title
            return ""
        if all(bare_word(t) in SUFFIXES for t in tokens[start:]):
            start = 0
            continue  # "Martin Luther King Jr."
        if bare_word(tokens[start]) in OFFICE_LINKS:
            start += 1
            while len(tokens) - start > 1 and (
                tokens[start][:1].islower()
                or bare_word(tokens[start]) in OFFICE_WORDS
                or "." in tokens[start]
            ):
                start += 1
        break
    while len(tokens) - start > 1 and bare_word(tokens[start]) in HONORIFICS and start not in given:
        start += 1
    if (
        len(tokens) - start == 1
        and start not in given
        and bare_word(tokens[start]) in HONORIFICS | TITLE_HEADS
        and not (
            start
            and bare_word(tokens[start - 1]) in COURTESY_TITLES
            and bare_word(tokens[start]) in SURNAME_TITLES
        )  # "Mr. King", "Ms. Bishop": a surname after a courtesy title
    ):
        return ""
    return " ".join(tokens[start:])


_ARABIC_ARTICLE = re.compile(r"\b([Aa]l|[Ee]l)-(?=\w)")
"""The Arabic article joined to a family name ("al-Sudani", "el-Sisi"), which news also leaves
out when it names the person again ("Sudani said")."""


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> tuple[str, ...]:
    """Comparison form of a name: case-folded tokens without dots ("J.D. Vance" == "JD Vance"),
    accents and width folded as the index folds names ("Pöhl" == "Poehl", :func:`fold_name`),
    the Arabic article a word of its own ("al-Sudani" == "al Sudani", so "Sudani" is a short
    form of "Mohammed Shia al-Sudani")."""
    folded = _ARABIC_ARTICLE.sub(r"\1 ", fold_name(name))
    tokens = folded.replace("’", "'").replace(".", " ").split()
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


@dataclass(frozen=True, slots=True)
class NameParts:
    """A person's name split for matching: given names (initials included), the surname with
    its particles ("de", "von", "al"), and generational suffixes ("jr")."""

    given: tuple[str, ...]
    surname: tuple[str, ...]
    suffix: frozenset[str]


@lru_cache(maxsize=1 << 16)
def name_parts(name: str) -> NameParts:
    """``name`` without titles, as comparison tokens split into its parts: "Chancellor Helmut
    Kohl" -> (helmut) (kohl); "Willy de Clercq" -> (willy) (de clercq); "de Clercq" -> () (de
    clercq)."""
    core, suffix = split_suffix(name_key(strip_title(name) or name))
    start = len(core) - 1
    while start > 0 and core[start - 1] in NAME_PARTICLES:
        start -= 1
    return NameParts(core[: max(start, 0)], core[max(start, 0) :], suffix)


@lru_cache(maxsize=1 << 16)
def surname_keys(name: str) -> frozenset[str]:
    """Every way a query may name the family of ``name``: its surname with and without
    particles, each part of a hyphenated surname, a surname written with or without its hyphen
    ("Leigh-Pemberton", "Leigh Pemberton"), and the first word of a name written family name
    first ("Zhao Ziyang", "Kim Dae-jung")."""
    parts = name_parts(name)
    if not parts.surname:
        return frozenset()
    last = parts.surname[-1]
    keys = {" ".join(parts.surname), last, *last.split("-")}
    if len(parts.given) >= 2 and len(parts.given[-1]) > 1:  # "Leigh Pemberton", "Leigh-Pemberton"
        keys.update({f"{parts.given[-1]} {last}", f"{parts.given[-1]}-{last}"})
    if "-" in last:
        keys.add(last.replace("-", " "))
    tokens = (*parts.given, *parts.surname)
    if 2 <= len(tokens) <= 3 and tokens[0] in FAMILY_NAMES_FIRST:
        keys.add(tokens[0])
    return frozenset(k for k in keys if k)


_OWN_SHORT_FORMS = 3
"""A short form that the table gives this many short forms of its own, none of them the name,
is a name in its own right ("john" of "jonathan", "mary" of "maureen")."""


@lru_cache(maxsize=1)
def _short_forms() -> frozenset[tuple[str, str]]:
    """(short form, given name) pairs: those of the nicknames package's hand-made table in which
    the short form is shorter, starts with the name's letter or is written in it ("jim" james,
    "tony" anthony, "liz" elizabeth) and is no name in its own right; and
    NICKNAMES_ACROSS_LETTERS."""
    table = NickNamer().nickname_lookup
    pairs = set(NICKNAMES_ACROSS_LETTERS)
    for given, shorts in table.items():
        pairs.update(
            (short, given)
            for short in shorts
            if len(short) < len(given)
            and (short[0] == given[0] or _is_subsequence(tuple(short), tuple(given)))
            and (len(table.get(short, ())) < _OWN_SHORT_FORMS or given in table[short])
        )
    return frozenset(pairs)


def _same_given(a: str, b: str) -> bool:
    """Whether two given names (lower case) can be one person's: one, or a short form of the
    other ("bob", "robert")."""
    return a == b or (a, b) in _short_forms() or (b, a) in _short_forms()


def _given_in(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether the given names ``short`` are those of ``long`` in order, short forms allowed."""
    it = iter(long)
    return all(any(_same_given(name, other) for other in it) for name in short)


def given_names_agree(query: NameParts, stored: NameParts) -> bool:
    """Whether the given names of two forms of a name can be one person's: the names written
    out agree as far as both go (one may have more: "Paul Volcker", "Paul Adolph Volcker"),
    a name agrees with its short forms ("Bob Dole", "Robert Dole"; :func:`_short_forms`), and
    an initial agrees with a name of that letter ("E. Gerald Corrigan", "Gerald Corrigan")."""
    if query.suffix != stored.suffix:
        return False
    full_q = tuple(t for t in query.given if len(t) > 1)
    full_s = tuple(t for t in stored.given if len(t) > 1)
    if full_q and full_s:
        return _given_in(full_q, full_s) or _given_in(full_s, full_q)
    initials_q = {t[0] for t in query.given}
    initials_s = {t[0] for t in stored.given}
    return bool(initials_q & initials_s)
