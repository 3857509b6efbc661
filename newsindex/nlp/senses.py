"""One sense per article: a name the tagger reads as a person in one place and as a company in
another is decided once for the whole article.

Wire stories name a company in full first ("Chrysler Corp", "Hughes Aircraft Co") and by its
first word after that ("Chrysler said", "Hughes will"), where the tagger, seeing a capitalised
word alone, often takes a surname; and they introduce a person by full name before the surname
alone. So a person mention becomes an organisation when it is

* the start of a company's full name in the same article ("Chrysler" beside "Chrysler Corp"), or
* one word, with no person of that surname named in full in the article, and tagged an
  organisation at least as often as a person there ("Petrobras said", "Petrobras's chief"),

unless the article names a person with that surname ("Treasury Secretary James Baker" beside
"Baker International Corp": "Baker" stays his). And an institution named by its head alone ("the
Bank said", "the Commission") is the one the article names in full with that head ("Bank of
England"), when it names only one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from .lexicon import COMPANY_WORDS, FIRM_HEADS, INSTITUTION_HEADS
from .ner.tagger import Mention
from .persons import MentionLike

__all__ = ["one_sense"]

_FIRM_ENDS = COMPANY_WORDS | FIRM_HEADS


def _is_firm(name: str) -> bool:
    """A company's full name: it ends with a company word ("Corp", "Co", "Brothers")."""
    words = name.split()
    return len(words) > 1 and words[-1].rstrip(".").casefold() in _FIRM_ENDS


def one_sense(mentions: Sequence[Sequence[MentionLike]]) -> list[list[MentionLike]]:
    """One article's mentions per passage, with the person mentions that name a company made
    organisations (see the module's rules)."""
    kinds: Counter[tuple[str, str]] = Counter((m.text, m.kind) for row in mentions for m in row)
    people = {text for text, kind in kinds if kind == "PER"}
    firms = [text for text, kind in kinds if kind == "ORG" and _is_firm(text)]

    def company(name: str) -> bool:
        if any(other.endswith(" " + name) for other in people):
            return False  # a person of that surname is named in full
        if any(firm.startswith(name + " ") for firm in firms):
            return True
        return " " not in name and kinds[(name, "ORG")] >= kinds[(name, "PER")]

    companies = {name for name in people if company(name)}
    full = _institutions(text for text, kind in kinds if kind == "ORG")
    return [
        [
            Mention("ORG", full.get(m.text, m.text), m.start, m.end)
            if (m.kind == "PER" and m.text in companies) or (m.kind == "ORG" and m.text in full)
            else m
            for m in row
        ]
        for row in mentions
    ]


def _institutions(orgs: Iterable[str]) -> dict[str, str]:
    """Each institution's head ("Bank") the article's organisations use alone, with the one
    full name holding it ("Bank of England"); heads that several full names hold are left."""
    names = list(orgs)
    heads = {name for name in names if name.casefold() in INSTITUTION_HEADS}
    found: dict[str, set[str]] = {head: set() for head in heads}
    for name in names:
        words = name.split()
        if len(words) > 1:
            for head in heads.intersection(words):
                found[head].add(name)
    return {head: next(iter(full)) for head, full in found.items() if len(full) == 1}
