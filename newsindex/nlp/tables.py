"""Tables of figures are not prose: the names the tagger finds in them are mostly column and row
headings ("DEC", "Start Stcks", "DMK", "KANSAS CITY" tagged an organisation), so only the names
the article's prose also writes are kept, and places.

A wire table is one passage of several short lines, most of them holding figures, few ending
like a sentence: earnings ("Shr 51 cts vs 36 cts"), prices ("Apr 148.00 148.25"), dividends
("Pay March 30"). A list of people with their ages ("Jane Doe, 45, of Harlow.") ends its lines
like sentences or has too few figures to be one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .ner.tagger import Mention

__all__ = ["is_table", "table_names"]

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
    with_figures = sum(1 for line in lines if any(ch.isdigit() for ch in line))
    if with_figures < _FIGURE_LINES * len(lines):
        return False
    words = text.split()
    figures = sum(1 for word in words if any(ch.isdigit() for ch in word))
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
