"""Word tokens with character offsets, and sentence boundaries.

One compiled regular expression splits text close to CoNLL-2003 / Penn Treebank conventions, so
that the entity tagger (trained on CoNLL tokens) sees the token shapes it was trained on:
punctuation and quotes (straight and curly) are split off, the clitics ``'s``, ``'re``, ``n't``
... become their own tokens, while abbreviations (``U.S.``, ``a.m.``, ``Mr.``, ``M.``), numbers
(``1,234.5``, ``1996-08-22``) and hyphenated words stay whole.  Every token keeps its offsets into
the original text, so callers can map tokens back to exact spans without re-searching.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from .lexicon import (
    ABBREVIATED_TITLES,
    DOTTED_ABBREVIATIONS,
    LOWER_CASE_ABBREVIATIONS,
    MONTH_ABBREVIATIONS,
    NAME_ABBREVIATIONS,
    WEB_DOMAINS,
)

__all__ = [
    "Token",
    "line_bounds",
    "scan",
    "sentence_bounds",
    "split_sentences",
    "token_starts",
    "tokenize",
    "words_of",
]


@dataclass(frozen=True, slots=True)
class Token:
    """A token and its ``[start, end)`` character span in the text it came from."""

    text: str
    start: int
    end: int


_APOS = "'’"

# Abbreviations that end in a dot, as written (matched case-sensitively): those next to a name,
# which never end a sentence ("Mr.", "Jr.", "St. Louis"), and the others ("Corp.", "Jan.", "vs.").
_TITLES = "|".join(sorted(w.capitalize() for w in ABBREVIATED_TITLES | NAME_ABBREVIATIONS))
_ABBREVS = "|".join(
    sorted(
        [
            *(w.capitalize() for w in DOTTED_ABBREVIATIONS | MONTH_ABBREVIATIONS),
            *LOWER_CASE_ABBREVIATIONS,
        ]
    )
)
# ... and those before a name in capitals, as a dateline writes them ("ST. LOUIS", "MT. VERNON").
_CAPITAL_NAME_ABBREVS = "|".join(sorted(w.upper() for w in NAME_ABBREVIATIONS))
_CLITIC = r"(?:s|re|ve|ll|d|m)(?![^\W\d_])"
_SITES = "|".join(sorted(WEB_DOMAINS))
_LOWER_ABBREVS = "|".join(sorted(LOWER_CASE_ABBREVIATIONS))

# Every alternative starts with a non-space character, so the leading ``(?=\S)`` changes no
# match; it lets the scan skip each space between tokens with one test instead of trying all
# the alternatives there (the tokenizer runs 40% faster). Three short cuts for common tokens
# match only where the alternatives after them would match the same token: a word in ASCII
# letters (a range test per letter, not Unicode classes), a full stop before a space and a
# bare number (which the rules below reach only after a dozen failed tries, those for web
# sites and decimals backtracking over every digit). With them the scan is 20% faster. Three
# more cut the tries for the commonest tokens that reach the rules below (a tenth of news'
# tokens), again where no rule before the one that matches them would match: a word before a
# full stop that is no abbreviation ("year."; lower case first, so no title), a word before
# "'s" ("company's"), and a number with its separators ("1,234.5") before no character that
# would make it an e-mail address or a word; with them and the possessive quantifiers (no
# backtracking where none could match: a shorter run is followed by one more letter or
# digit) the scan is 17% faster. The first alternative matches a run of such words, each
# before whitespace (so each is one token by the next rule), which words_of splits: a third of
# the matches, each of which costs the engine a fresh start. A word in ASCII letters takes its
# hyphenated parts ("long-term"), a bare number may end before a stop, comma or colon that
# ends the token ("in 1986."), a full stop may come before a quote or a bracket, and "<", ">"
# and "/" (a wire's stock codes) are plain punctuation: these reached the last rules only after
# every other had failed (7% fewer instructions), and no rule before them matches there.
_TOKEN_RE = re.compile(
    rf"""
    (?=\S)(?:
    (?-i:(?:[a-zA-Z]++\s++)++)                          # plain words before spaces: a run
  | (?-i:[a-zA-Z]++(?:-[a-zA-Z]++)*+)(?![\w.'’&@:+-])   # plain word in ASCII letters
  | [^\W\d_]++(?![\w.'’&@:+-])                          # plain word
  | (?-i:(?!(?:{_LOWER_ABBREVS})\.)[a-z][a-zA-Z]*+)(?=\.(?![\w.+@-]))  # word before a stop
  | (?-i:[a-zA-Z]++)(?=[{_APOS}]s(?![^\W\d_]))         # word before 's
  | [,;:()"“”!?$%<>/] | \.(?![\w.+@-])                  # plain punctuation; a full stop
  | \d++(?![\w+@&'’-]|[.,:][\w.+@-])                   # bare number: 1986, 12 (not 1,234)
  | \d++(?:[.,:]\d++)++(?![\w.+@-])                     # 1,234.5  12:30 (not 1.5x)
  | https?://[^\s<>"“”]*[^\s<>"“”.,;:!?)\]'’]           # URL, minus trailing punctuation
  | [\w.+-]++@[\w-]+(?:\.[\w-]+)+                       # e-mail address
  | [^\W_][\w-]*+\.(?-i:{_SITES})(?![^\W_])                # web site: Amazon.com
  | (?:[^\W\d_]++-)?(?:[^\W\d_]\.){{2,}}(?:-[^\W\d_]+)*  # U.S.  a.m.  U.S.-led  Japan-U.S.
  | (?-i:(?:{_TITLES}|{_ABBREVS})\.(?![^\W\d_]))       # Mr.  Corp.  Jan.
  | (?-i:(?:{_CAPITAL_NAME_ABBREVS})\.(?=\s+[A-Z]{{2}}))  # a dateline's ST. LOUIS
  | (?-i:[A-Z]\.(?=\s+[A-Z]))                           # initial: M. Smith
  | \d+(?:[.,:]\d+)+                                    # 1,234.5  12:30
  | [^\W_]+(?=n[{_APOS}]t(?![^\W\d_]))                  # do|n't  ca|n't
  | n[{_APOS}]t(?![^\W\d_])                             # n't
  | [{_APOS}]{_CLITIC}                                  # 's  're  'll
  | [^\W_]+(?:[-&][^\W_]+|[{_APOS}](?!{_CLITIC})[^\W_]+)*  # words: O'Neill  Vice-President  S&P
  | \.\.\.|--|``|''                                     # multi-character punctuation
  | \S                                                  # anything else, one character
    )""",
    re.VERBOSE | re.IGNORECASE,  # so that headline clitics ('S, N'T) split too
)


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens; ``text[t.start:t.end] == t.text`` for every token."""
    words, starts = scan(text)
    return [Token(w, start, start + len(w)) for w, start in zip(words, starts, strict=True)]


def scan(text: str) -> tuple[list[str], list[int]]:
    """Token texts and start offsets, as :func:`tokenize` without building objects."""
    words = words_of(text)
    return words, token_starts(text, words)


def words_of(text: str) -> list[str]:
    """The token texts of ``text`` (hot path: the tagger finds offsets only for its names).
    The expression's matches are single tokens and runs of plain words with the spaces after
    them; no token holds whitespace, so splitting them all at whitespace leaves the tokens."""
    return " ".join(_TOKEN_RE.findall(text)).split()


def token_starts(text: str, words: Sequence[str], count: int | None = None) -> list[int]:
    """Start offsets of the first ``count`` (default: all) of ``words``, the tokens of ``text``.

    Tokens cover every character but whitespace, so each starts at the first occurrence of its
    text after the end of the one before."""
    starts: list[int] = []
    add = starts.append
    find = text.find
    at = 0
    for word in words[:count] if count is not None else words:
        at = find(word, at)
        add(at)
        at += len(word)
    return starts


_FINAL = frozenset({".", "!", "?", "...", "…"})
_CLOSERS = frozenset({'"', "”", "’", "'", "''", ")", "]"})
# Capitalised words that almost always start a sentence rather than continue a name, used to
# decide whether an abbreviation such as "U.S." ends one ("... the U.S. The talks ...").
_STARTERS = frozenset(
    [
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "You",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Its",
        "His",
        "Her",
        "Their",
        "Our",
        "In",
        "On",
        "At",
        "But",
        "And",
        "Or",
        "So",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "As",
        "For",
        "With",
        "By",
        "From",
        "Some",
        "Many",
        "Most",
        "Other",
        "Such",
        "What",
        "Why",
        "How",
        "Where",
        "Who",
    ]
)
_TITLE_RE = re.compile(rf"(?:{_TITLES})\.", re.IGNORECASE)


def split_sentences(tokens: Sequence[Token]) -> list[list[Token]]:
    """Group tokens into sentences; see :func:`sentence_bounds` for the rules."""
    bounds = sentence_bounds([t.text for t in tokens])
    return [list(tokens[a:b]) for a, b in bounds]


def sentence_bounds(words: Sequence[str]) -> list[tuple[int, int]]:
    """``(first, end)`` index ranges of the sentences in a token sequence.

    A ``.``, ``!``, ``?`` or ellipsis ends a sentence (closing quotes and brackets right after it
    stay with it) when the next token does not start lower case; a token that ends in a period,
    such as ``U.S.``, ends one only when a common sentence opener follows.  Titles (``Mr.``) and
    initials never do, since the tokenizer keeps their period; nor does the period of a
    wire's stock code ("<BAEL.L>").
    """
    bounds: list[tuple[int, int]] = []
    n = len(words)
    first = 0
    # Only a token ending in a period or in final punctuation may end a sentence (the closers
    # skipped after one are never among them).
    for i in _ending_tokens(words):
        text = words[i - 1]
        if text in _FINAL:
            if i + 1 < n and words[i + 1] == ">":
                continue  # a stock code's exchange: "<BAEL.L>"
            while i < n and words[i] in _CLOSERS:
                i += 1
            if i < n and not words[i][:1].islower():
                bounds.append((first, i))
                first = i
        elif (
            text[-1] == "."
            and len(text) > 1
            and i < n
            and words[i] in _STARTERS
            and _TITLE_RE.fullmatch(text) is None
        ):
            bounds.append((first, i))
            first = i
    if first < n:
        bounds.append((first, n))
    return bounds


def _ending_tokens(words: Sequence[str]) -> Iterable[int]:
    """The index after each token ending in a period or in final punctuation, in order, found
    at C speed: the words joined by line breaks are cut after each such token, and a piece of
    ``k`` line breaks holds ``k + 1`` tokens (a test of each word cost three times as much)."""
    if not words:
        return ()
    joined = "\n".join(words) + "\n"
    if joined.count("\n") != len(words):
        raise ValueError("a token holds a line break: tokens hold no whitespace")
    for mark in "!?…":  # rare: as a period, so that one literal split finds every ending
        joined = joined.replace(mark + "\n", ".\n")
    pieces = joined.split(".\n")
    pieces.pop()  # after the last ending
    return accumulate(piece.count("\n") + 1 for piece in pieces)


def line_bounds(
    text: str, words: Sequence[str], starts: Sequence[int], bounds: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """``bounds`` (of :func:`scan`'s ``words`` and ``starts`` of ``text``) also cut where a line
    breaks: readers keep line breaks only in tables, whose rows are not one sentence ("Bank of
    America N.A." on one row, "Monetary base" on the next, are not one name)."""
    if "\n" not in text:
        return bounds
    out: list[tuple[int, int]] = []
    for first, end in bounds:
        for i in range(first + 1, end):
            if "\n" in text[starts[i - 1] + len(words[i - 1]) : starts[i]]:
                out.append((first, i))
                first = i
        out.append((first, end))
    return out
