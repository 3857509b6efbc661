"""One sense per article: a name the tagger reads as a person in one place and as a company in
another is decided once for the whole article.

Wire stories name a company in full first ("Chrysler Corp", "Hughes Aircraft Co") and by its
first word after that ("Chrysler said", "Hughes will"), where the tagger, seeing a capitalised
word alone, often takes a surname; and they introduce a person by full name before the surname
alone. So a person mention becomes an organisation when it is

* the start of a company's full name in the same article ("Chrysler" beside "Chrysler Corp",
  "Owens" beside "Owens-Illinois Inc", "Wendy" beside "Wendy's International Inc"), or of any
  organisation's name over a hyphen ("Colgate" beside "Colgate-Palmolive"), or one
  word that ends an organisation's name of three or more ("Renault" beside "Regie Nationale
  des Usines Renault") or the founder's name in a firm's ("Hutton" beside "E.F. Hutton Group
  Inc"), or
* one word, with no person of that surname named in full in the article, and tagged an
  organisation at least as often as a person there ("Petrobras said", "Petrobras's chief"),

unless the article names a person with that surname ("Treasury Secretary James Baker" beside
"Baker International Corp": "Baker" stays his). The other way round, an organisation mention
that is the surname of a person the article names in full is that person ("Ada Tenney" then
"Tenney said", "Justin Ki Hong" then "Ki Hong said", tagged ORG), unless an organisation's
longer name starts with it ("Tenney Mills Inc"). And an institution named by its head alone
("the Bank said", "the Commission") is the one the article names in full with that head ("Bank
of England"), when it names only one. A one-word place mention is an organisation when the
article tags that word an organisation more often ("members of OPEC" beside "OPEC said"). A
name of several words that the article tags both a person and an organisation, none of whose
words is a person's, is the organisation everywhere ("Het Comite", "Navigation Mixte"): the
model takes two unknown capitalised words for a person's name, and its first reading carries on
through the article. Otherwise such a name is what the article tags it at least twice as often
("Kidder Peabody said" twice, "said Kidder Peabody" a person once), a person only if its first
and last words may name one ("Bill Clinton"; not "Dean Witter").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence

from .lexicon import (
    COMPANY_WORDS,
    FIRM_HEADS,
    FIRM_KINDS,
    FIRM_PART_NOUNS,
    FIRM_TAILS,
    GREEK_LETTERS,
    INSTITUTION_HEADS,
    MONTHS,
    PRODUCT_NOUNS,
    QUERY_STOP_WORDS,
    SUBJECT_VERBS,
    THING_NOUNS,
    VARIANT_WORDS,
    WEEKDAYS,
    pick,
)
from .ner.tagger import Mention
from .persons import MentionLike

__all__ = [
    "cued_companies",
    "named_things",
    "one_sense",
    "towns",
    "variant_names",
    "whole_names",
]

_FIRM_ENDS = COMPANY_WORDS | FIRM_HEADS
_FOUNDER_TAILS = FIRM_TAILS | {"and", "&"}
_LONG_NAME = 3  # words: "General Agreement on Tariffs and Trade", not "New York"
_VARIANT = re.compile(
    rf"\b({'|'.join(sorted(w.capitalize() for w in GREEK_LETTERS))})\s+"
    rf"(?:{'|'.join(sorted(VARIANT_WORDS))})\b"
)
"""A Greek letter naming a variant or a wave: "the Omicron variant", "Delta strains"."""
_VARIANT_STEMS = tuple(w for w in VARIANT_WORDS if not any(o in w for o in VARIANT_WORDS - {w}))
"""The variant words no other holds ("variant", "strain", "wave"): a text with none of them
names no variant, and three searches of it are cheaper than the regex."""


_ONE_NAME = r"(?>[A-Z][a-z]+(?:[A-Z][a-z]+)?|[A-Z]{3,5})"
"""A capitalised word ("Tessco", "McTess") or an acronym. Atomic: every cue goes on with a
non-letter, so a shorter run could not match, and the engine need not give back its letters one
by one after each failed cue."""
_MOVES = r"rose|fell|gained|lost|jumped|slipped|climbed|dropped|tumbled|plunged|soared|closed|ended"
_RESULTS = r"(?:net |operating )?(?:profits?|loss(?:es)?|revenues?|sales|earnings)"
_ALONE = r"\b(?![-'’]| (?:(?:and|of|for|&) )?[A-Z]|,? [A-Z][a-z]*\.?-based)"
"""A one-word name's end: not "Kelsey-Hayes", "Canada's Alcan", "Renault Group",
"Immigration and Customs Enforcement", "Scranton, Pa.-based"."""
_DRUG = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Aa]n?|\w+(?:'s|’s)) (?:[\w-]+ ){{0,2}}drug,? "
    rf"(?P<after>{_ONE_NAME}){_ALONE}"
    rf"|\b(?P<before>{_ONE_NAME}), (?:an?|the|its) (?:[\w-]+ ){{0,2}}drug\b"
    rf"(?= (?:that|which|for|to|used|approved|shown|against)\b|[,.;])"
    rf"|\bmarketed as (?P<sold>{_ONE_NAME}){_ALONE}"
)
"""A drug's name beside "drug" or its brand: "the company's drug Virazole", "its morning
sickness drug, Bendectin", "Retrovir, the first drug shown to", "marketed as Retrovir"; not
"the drug czar Ada Brisk" nor "Tessco, a drug company"."""
_NAME_THEN_CUE = (
    rf"(?={_ONE_NAME}(?:['’]s|, | (?:shares|stock|chief|said|reported|posted|{_MOVES}|added"
    r"|eased)))"
)
"""What follows a one-word name in each cue that opens on it: its "'s", a comma (a description
before "said in a statement") or the cue's first word."""
_COMPANY_CUE = re.compile(
    rf"\b[Ss]hares of (?P<of>{_ONE_NAME})"
    rf"(?=[^\w\s'’&-]|$| (?:stock|common|{_MOVES}|were|in|on|at|for|from|to|by)\b)"
    rf"|\b(?=[A-Z]){_NAME_THEN_CUE}"
    rf"(?:(?P<own>{_ONE_NAME})(?P<s>'s|’s)? (?:shares|stock) (?:{_MOVES}|were|was)\b"
    rf"|(?P<job>{_ONE_NAME}) chief (?:executive|financial officer|operating officer)\b"
    rf"|(?P<said>{_ONE_NAME})(?:, (?:which|the|an?) [^,;:\"“”]{{1,60}},)? said in a statement\b"
    rf"|(?P<it>{_ONE_NAME}) said its?\b"
    rf"|(?P<net>{_ONE_NAME}) (?:reported|posted) (?:[\w.%-]+ ){{0,5}}?{_RESULTS}\b"
    rf"|(?P<has>{_ONE_NAME})(?:'s|’s) (?:freight|stores|subsidiar(?:y|ies)|shareholders"
    rf"|stockholders|board of directors)\b"
    rf"|(?P<price>{_ONE_NAME}) (?:{_MOVES}|added|eased) (?:\$\d|[\d/-]+ (?:cents? )?to \$?\d"
    rf"[\d./-]*\b(?! ?(?:%|percent|pct|per cent|points?))))"
    rf"|\b[Aa]n? (?P<aide>{_ONE_NAME}) (?:spokesman|spokeswoman|spokesperson)\b"
    rf"|\b(?:pct|percent|majority|wholly|jointly)[- ]owned by (?P<owner>{_ONE_NAME}){_ALONE}"
    rf"|\b(?:unit|subsidiary|subsidiaries|division|affiliate) of (?P<unit>{_ONE_NAME}){_ALONE}"
    rf"|\b(?:parent(?: company)?,?|acquired by|merger with) (?P<parent>{_ONE_NAME}){_ALONE}"
)
"""What only a company has, written beside its one-word name: "shares of Tessco." or "shares
of Tessco common" (not "shares of Tessian brewers"), "Tessco's shares fell", "Tessco stock
rose" inside a sentence (not "Ordinary shares rose"), "Tessco chief executive Ada Brisk"; and,
for a name that names no person elsewhere, "Tessco said in a statement" (also after its
description or a "which" clause: "Tessco, which built the plane, said in a statement"),
"Tessco said it would" or "said its" (a firm speaking of itself: "Transnet said it had reached
a wage agreement", where the tagger took an unknown word alone for a person), "Tessco reported
a net profit" or "posted a 20 percent drop in sales", "a Tessco spokesman". The cues that open
on the name stand together behind one test for a capital, which the engine then makes once at a
word's start instead of once a cue (those opening on a word start with another letter, so no
match changes), and behind a look-ahead for what may follow the name
(:data:`_NAME_THEN_CUE`), so that a name followed by none of it is read once, not once a cue."""
_CUE_WORDS = (
    *("hares", "stock", "chief", "statement", "said it", "spokes", "reported", "posted"),
    *("owned by", "unit of", "subsidiar", "division of", "affiliate of", "parent", "acquired by"),
    *("merger with", "freight", "stores", "holders", "board of"),
)
"""A word each of :data:`_COMPANY_CUE`'s cues but the price move's holds: a text with none of
them and no price move (:func:`_may_hold_cue`) has no cue, and these searches are cheaper
than the regex, which takes a tenth of the enrichment's time when run on every passage."""
_PRICE_MOVES = (*_MOVES.split("|"), "added", "eased")
_PERSONS_CUES = ("said", "it", "net", "aide", "price")
"""The cues a person's, a place's, a body's or a commodity's name has too ("Reagan said in a
statement", "a Clinton spokesman", "the Bank of Tessia said in a statement", "Brisk said it was
late", "a Ministry spokesman", "Brent rose 30 cents to 18.40 dlrs")."""
_OWNED_CUES = ("owner", "unit", "parent", "has")
"""The cues of a firm's owners and holdings: "46 pct owned by Tessco", "a unit of Tessco", "its
French parent Tessco", "acquired by Tessco", "Tessco's freight trains", "Tessco's
shareholders". A person owns a stake too, but the article then names the person in full; a
town has its factories."""
_PLACES_CUES = ("it", "net", *_OWNED_CUES)
"""The cues a place's name has too ("Yugoslavia said it", "a merger with Scranton, Pa.
concern", "Tessia's factories")."""
_NO_COMPANY = QUERY_STOP_WORDS | frozenset(WEEKDAYS) | frozenset(MONTHS) | _FIRM_ENDS
"""Capitalised words before a cue that name no company ("Its shares", "Monday's stock",
"Tessco, Inc said in a statement")."""
_IN_ITS = re.compile(rf",? (?:{'|'.join(sorted(SUBJECT_VERBS))}) (?:in|on) its\b")
"""A name's own report after it: "Comissaria Smith said in its weekly review", "broker C.
Czarnikow says in its market review": a firm's, not a person's (none of 94 such names in
Reuters-21578 is a person's; the tagger took 5 for persons)."""
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
"""Initials opening a founder's name in a firm's ("E.F." of "E.F. Hutton LBO Inc")."""
_NAME_LINKS = frozenset({"of", "for", "and", "&"})
"""Words that join a name's capitalised words ("Society for Savings", "Gulf and Western")."""
_NATIONALITY = re.compile(r"\w+(?:ese|ian|ish)")
"""A nationality's shape, for those the gazetteer also lists as something else ("British
shares", "Indian stock")."""


def cued_companies(
    texts: Sequence[str],
    mentions: Sequence[Sequence[MentionLike]],
    other_word: Callable[[str], bool],
    nationality: Callable[[str], bool],
) -> list[list[MentionLike]]:
    """A one-word name that the article writes with a company's cue (:data:`_COMPANY_CUE`) is
    that company wherever the article writes it alone: the model, seeing a capitalised common
    word or an unknown one alone ("Target said", "Facebook's shares", "A Pixlane spokeswoman"),
    leaves it out or takes a person or a place. Not a surname the article gives a person in full
    ("Ada Brisk" then "Brisk's shares"), nor a word inside a longer name; with the cues other
    names have too (:data:`_PERSONS_CUES`), not a word that may name a person or a listed place
    or is mostly written in lower case (``other_word``), an institution's head, nor after
    "the" ("the Club said in a statement") or a capitalised word and a link ("Society for
    Savings said it", "Gulf and Western said it"); before "said it" or results, not a name the
    article tags a place (a country speaks of itself too)."""
    places = {m.text for row in mentions for m in row if m.kind == "LOC"}
    cued = {
        m[group]
        for text in texts
        if _may_hold_cue(text)
        for m in _COMPANY_CUE.finditer(text)
        for group in ("of", "own", "job", *_OWNED_CUES, *_PERSONS_CUES)
        if m[group]
        and not (group in _PERSONS_CUES and _other(text, m, group, other_word))
        and not (group in _PLACES_CUES and m[group] in places)  # "Yugoslavia said it had"
        and not (group in _OWNED_CUES and _described(text, m, group))
        and not _after_name(text, m.start(group))
        and not (group == "own" and _opens(text, m))
        and m[group].casefold() not in _NO_COMPANY
        and not nationality(m[group])  # "an Israeli spokesman"
        and not _NATIONALITY.fullmatch(m[group])  # "Japanese shares were"
    }
    if cued:  # most articles have no cue: no surnames to gather
        cued -= _full_surnames(mentions)
    reporting = {  # a name of any length that speaks "in its" report
        m.text
        for text, row in zip(texts, mentions, strict=True)
        if " its " in text
        for m in row
        if m.kind == "PER" and _IN_ITS.match(text, m.end)
    }
    for name in reporting:  # and "Czarnikow" alone after "C. Czarnikow"
        first, _, last = name.rpartition(" ")
        if _INITIALS.fullmatch(first):
            cued.add(last)
    cued |= reporting
    if not cued:
        return [list(row) for row in mentions]
    return [_cued(text, list(row), cued) for text, row in zip(texts, mentions, strict=True)]


def _may_hold_cue(text: str) -> bool:
    """Whether ``text`` holds a word of a company's cue (:data:`_CUE_WORDS`), or a price move
    and a price ("rose $6.20", "fell 1/4 to 16-1/2")."""
    return any(word in text for word in _CUE_WORDS) or (
        ("$" in text or " to " in text) and any(move in text for move in _PRICE_MOVES)
    )


def _other(text: str, cue: re.Match[str], group: str, other_word: Callable[[str], bool]) -> bool:
    """Whether a cue that other names have too names something else here: an institution's
    head, a name after "the" ("the Club") or ending a longer one over a link ("Society for
    Savings"), or a person's, place's or common word."""
    word = cue[group]
    before = text[: cue.start(group)].rsplit(None, 2)[-2:]  # the last two words
    return (
        word.casefold() in INSTITUTION_HEADS
        or before[-1:] in (["the"], ["The"])
        or (len(before) == 2 and before[1] in _NAME_LINKS and before[0][:1].isupper())
        or other_word(word)
    )


_LOWER_WORD = re.compile(r" ([a-z]+)\b")


def _described(text: str, cue: re.Match[str], group: str) -> bool:
    """Whether an owner's or a holder's name is a word after "the" ("The Group's
    subsidiaries") or an adjective before its noun ("a unit of French bank Societe Generale",
    "owned by Arab interests"): a word in lower case other than a function word follows."""
    before = text[: cue.start(group)].rsplit(None, 1)[-1:]
    after = _LOWER_WORD.match(text, cue.end(group))  # none after "Tessco's" or "Tessco,"
    return before in (["the"], ["The"]) or bool(after and after[1] not in QUERY_STOP_WORDS)


def _full_surnames(mentions: Sequence[Sequence[MentionLike]]) -> set[str]:
    """The last words of the persons the article names in full ("Ada Brisk" -> "Brisk")."""
    return {
        m.text.rsplit(" ", 1)[1]
        for row in mentions
        for m in row
        if m.kind == "PER" and " " in m.text
    }


def _after_name(text: str, at: int) -> bool:
    """Whether the word at ``at`` ends a longer name: a capitalised word or a hyphen comes
    right before it ("General Motors' shares", "Emery-Purolator" give no "Motors", "Purolator")."""
    before = text[:at]
    if not before.endswith(" "):
        return before.endswith("-")
    words = before.split()  # "Ada Brisk, Tessco chief executive": a comma ends the name
    return (
        bool(words)
        and words[-1][:1].isupper()
        and words[-1][-1] not in ',;:!?"”)'
        and words[-1].casefold() not in QUERY_STOP_WORDS  # "A Tessco spokesman"
    )


def _opens(text: str, cue: re.Match[str]) -> bool:
    """Whether a cue's "Tessco shares" without "'s" opens its sentence, where an adjective may
    stand ("Registered shares were", "Ordinary shares rose")."""
    before = text[: cue.start()].rstrip()
    return not cue.group("s") and (not before or before[-1] in '.!?:"”')


def _cued(text: str, row: list[MentionLike], cued: set[str]) -> list[MentionLike]:
    """``row`` with each cued name written alone an organisation: its mentions of another kind
    relabelled, its untagged occurrences added."""
    row = [Mention("ORG", m.text, m.start, m.end) if m.text in cued else m for m in row]
    for name in cued:
        for found in re.finditer(rf"\b{re.escape(name)}\b(?![-\w]| [A-Z]| ?['’](?!s\b)\w)", text):
            at, end = found.span()
            if not _after_name(text, at) and not any(m.start < end and at < m.end for m in row):
                row.append(Mention("ORG", name, at, end))
    return sorted(row, key=lambda m: m.start)


_LONGEST_TOWN = 40  # letters read back from a state for its town
_STATE_AFTER = re.compile(r", ([A-Z][a-z]{1,4}\.)")
_TOWN_BEFORE = re.compile(r"\b(?:[A-Z][a-z]+|[A-Z]{3,})$")
"""A town and the state the agencies abbreviate after it: "Tessby, Okla.", a dateline's
"TESSBY, Okla." (the state found first: a search that opens on its comma skips the text in one
loop, where one that opens on the town's capital tries every word)."""


def towns(
    texts: Sequence[str],
    mentions: Sequence[Sequence[MentionLike]],
    state: Callable[[str], bool],
) -> list[list[MentionLike]]:
    """A one-word name the article writes as a town before its state (``state``: "Okla.") is
    that town where the tagger took it alone for a person ("Residents of Moore" after "MOORE,
    Okla."): a town named after a family (Moore, Norman) is a surname to the model. Not the
    surname of a person the article names in full."""
    found = {town for text in texts for town in _towns_before_states(text, state)}
    if found:  # most articles write no town before a state
        found -= _full_surnames(mentions)
    if not found:
        return [list(row) for row in mentions]
    return [
        [
            Mention("LOC", m.text, m.start, m.end) if m.kind == "PER" and m.text in found else m
            for m in row
        ]
        for row in mentions
    ]


def _towns_before_states(text: str, state: Callable[[str], bool]) -> Iterator[str]:
    """The one-word towns ``text`` writes before a state (:data:`_STATE_AFTER`), as a name."""
    for m in _STATE_AFTER.finditer(text):
        town = _TOWN_BEFORE.search(text, max(0, m.start() - _LONGEST_TOWN), m.start())
        if town and state(m[1]):
            yield town.group().capitalize() if town.group().isupper() else town.group()


_FIRM_PARTS = pick(FIRM_PART_NOUNS, "unit division subsidiary affiliate")
_HEAD_AFTER = re.compile(
    rf"((?: [a-z][a-z-]*){{0,2}}) ({'|'.join(sorted(THING_NOUNS | _FIRM_PARTS))})"
    rf"(?=$|[^\w\s-]| (?:{'|'.join(sorted(QUERY_STOP_WORDS | SUBJECT_VERBS))})\b)"
)
"""A thing's or a firm part's noun after a name, perhaps after one or two words that describe
it, ending its noun phrase: " baldness drug was", " anti-shipping missile in", " unit."."""
_APPOSED = "|".join(sorted(THING_NOUNS - pick(THING_NOUNS, "field") | PRODUCT_NOUNS))
"""The nouns of a thing set off beside its name; not "field", a race's too ("his closest
rival in the crowded GOP field, Ben Carson")."""
_THING_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Aa]n?|\w+['’]s) (?:[\w-]+ ){{0,3}}(?:(?P<firm>"
    rf"{'|'.join(sorted(FIRM_KINDS))})|{_APPOSED}), (?:(?:called|named) )?$"
)
"""A thing or a kind of firm described before the name set off after it: "its colour
videotext service, ", "a new software product, named ", "Indonesia's state oil company, "."""
_THING_AFTER = re.compile(
    rf", (?:an?|the) (?:[\w-]+ ){{0,3}}(?:{_APPOSED})"
    rf"(?=[,.;:)]| (?:that|which|for|to|used|approved|against|in|and)\b)"
)
"""The thing a name is, set off after it: ", a human growth hormone,", ", a treatment for"."""
_APPOSITION_END = re.compile(r"[,.;:)]|$| and\b")
"""What ends a name set off after its description: not a verb ("the drug, Brisk said,")."""
_LONGEST_DESCRIPTION = 80  # characters read back for a thing's description


def named_things(
    texts: Sequence[str], mentions: Sequence[Sequence[MentionLike]]
) -> list[list[MentionLike]]:
    """A person mention whose name the article writes (tagged as anything) before a thing's noun
    (:data:`THING_NOUNS`: "Upjohn Co's Rogaine baldness drug", "the Statfjord field") names
    that thing everywhere in the article, no person: it is dropped; before a firm part's noun
    ("United Technologies' Pratt and Whitney unit") it is that firm. The model takes an unknown
    capitalised word for a surname. So is a name set off beside such a noun or a product's
    (:data:`PRODUCT_NOUNS`: "its colour videotext service, Reuter News-Watch,", "Protropin, a
    human growth hormone,"); a name of one word set off after a kind of firm
    (:data:`FIRM_KINDS`: "Indonesia's state oil company, Pertamina,") is that firm. Not after
    "'s" ("Reagan's aid program"), nor with a function word or a verb between ("Egan said the
    vaccine", "the vaccine, Egan said,"), nor the surname of a person the article names in
    full. The last word of such a name of several words is the same thing when written alone
    ("News-Watch")."""
    heads: dict[str, str] = {}
    for text, row in zip(texts, mentions, strict=True):
        for m in row:
            found = _HEAD_AFTER.match(text, m.end)
            if found and not any(
                w in QUERY_STOP_WORDS or w in SUBJECT_VERBS for w in found[1].split()
            ):
                heads.setdefault(m.text, "ORG" if found[2] in _FIRM_PARTS else "")
            elif _THING_AFTER.match(text, m.end):
                heads.setdefault(m.text, "")
            elif described := _described_before(text, m):
                heads.setdefault(m.text, "ORG" if described["firm"] else "")
    if heads:  # most articles write no such name; "Tessview" alone after "Reuter Tessview"
        for name, kind in list(heads.items()):
            if " " in name:
                heads.setdefault(name.rsplit(" ", 1)[1], kind)
        others = [[m for m in row if m.text not in heads] for row in mentions]
        for name in _full_surnames(others) & heads.keys():
            del heads[name]
    if not heads:
        return [list(row) for row in mentions]
    return [
        [
            Mention(heads[m.text], m.text, m.start, m.end)
            if m.kind == "PER" and heads.get(m.text)
            else m
            for m in row
            if not (m.kind == "PER" and heads.get(m.text) == "")
        ]
        for row in mentions
    ]


def _described_before(text: str, m: MentionLike) -> re.Match[str] | None:
    """The description of a thing, or of a kind of firm for a name of one word, before the
    name ``m`` set off from it (:data:`_THING_BEFORE`), the name ending there
    (:data:`_APPOSITION_END`); None if none."""
    if not _APPOSITION_END.match(text, m.end):
        return None
    found = _THING_BEFORE.search(text, max(0, m.start - _LONGEST_DESCRIPTION), m.start)
    return None if found is None or (found["firm"] and " " in m.text) else found


def _is_firm(name: str) -> bool:
    """A company's full name: it ends with a company word ("Corp", "Co", "Brothers")."""
    words = name.split()
    return len(words) > 1 and words[-1].rstrip(".").casefold() in _FIRM_ENDS


def _opens_hyphenated(name: str, org: str, personal: Callable[[str], bool]) -> bool:
    """Whether the organisation ``org`` is ``name`` joined by a hyphen to a capitalised word
    that names no person (``personal``): "Colgate-Palmolive", "Pepsi-Cola USA"; not
    "Reagan-Gorbachev", a summit, nor "Reagan-appointed"."""
    if not org.startswith(name + "-"):
        return False
    second = org[len(name) + 1 :].split(" ", 1)[0]
    return second[:1].isupper() and not personal(second)


def _founders(firm: str) -> set[str]:
    """The founder's family name a firm's full name holds before its company words ("Hutton"
    of "E.F. Hutton Group Inc", "Lynch" of "Merrill Lynch and Co") or after the initials that
    open it ("Hutton" of "E.F. Hutton LBO Inc"); none if it holds no such name."""
    words = firm.split()
    found = {words[1]} if len(words) > 2 and _INITIALS.fullmatch(words[0]) else set()
    while words and words[-1].rstrip(".").casefold() in _FOUNDER_TAILS:
        words.pop()
    return found | {words[-1]} if len(words) > 1 else found


def _is_long(name: str) -> bool:
    return len(name.split()) >= _LONG_NAME


def one_sense(
    mentions: Sequence[Sequence[MentionLike]],
    lists_place: Callable[[str], bool] | None = None,
    person_word: Callable[[str], bool] | None = None,
) -> list[list[MentionLike]]:
    """One article's mentions per passage, with the person mentions that name a company made
    organisations (see the module's rules); with ``lists_place`` (the gazetteer's test), a
    one-word place mention no list holds that starts a company's full name in the article is
    that company ("Trimedyne shares" beside "Trimedyne Inc"; not "Japan" beside "Japan
    Airlines Co"), and a one-word listed place tagged both a place and an organisation is the
    place ("the Bahia cocoa zone", then "Total Bahia sales" read as a body) unless an
    organisation's name in the article starts with it ("Orion" beside "Orion Royal Bank");
    with ``person_word`` (whether a word is mostly a person's in training or a listed given or
    family name), a name of several words tagged a person and an organisation
    none of whose words is a person's is the organisation, and one tagged a person at least
    twice as often, its first and last words a person's, is the person."""
    kinds: Counter[tuple[str, str]] = Counter((m.text, m.kind) for row in mentions for m in row)
    people = {text for text, kind in kinds if kind == "PER"}
    orgs = [text for text, kind in kinds if kind == "ORG"]
    misread = _bodies_read_as_people(people, orgs, person_word) if person_word else set()
    surnames = _surnames(people, orgs)
    firms = [text for text in orgs if _is_firm(text)]
    long_names = [text for text in orgs if _is_long(text)]
    founders = {name for firm in firms for name in _founders(firm)}

    def starts_firm(name: str) -> bool:
        starts = (name + " ", name + "-", name + "'s ", name + "’s ")
        return any(firm.startswith(starts) for firm in firms)

    def founder_of_firm(other: str) -> bool:
        """Initials and a name that open a firm's full name ("E.F. Hutton" of "E.F. Hutton LBO
        Inc"): the firm, not a person named in full ("Ivan F. Boesky" of "Ivan F. Boesky and
        Co" is the man too)."""
        return _INITIALS.fullmatch(other.split(" ", 1)[0]) is not None and starts_firm(other)

    def personal(word: str) -> bool:
        """Whether ``word`` names a person: a person's word, or the surname of a person the
        article names in full ("Mikhail Gorbachev")."""
        return bool(person_word and person_word(word)) or any(
            other.endswith(" " + word) for other in people
        )

    def parent_named(name: str) -> bool:
        """A name of several words opened by a word that is no person's and that opens a firm's
        full name in the article ("Honeywell Bull" beside "Honeywell Inc"): a firm named for
        its parent, not a person. Not a one-word body alone: the tagger reads rare given names
        so ("her bestie Rahm" beside "Rahm Emanuel")."""
        first, space, _ = name.partition(" ")
        if not space or person_word is None or personal(first) or name in founders:
            return False  # "Ada F. Vantor" of "Ada F. Vantor and Co": the founder
        return starts_firm(first) and not starts_firm(name)

    def company(name: str) -> bool:
        if any(
            other.endswith(" " + name) and not founder_of_firm(other) and not parent_named(other)
            for other in people
        ):
            return False  # a person of that surname is named in full
        if parent_named(name):
            return True
        if starts_firm(name):
            return True
        if " " not in name and any(_opens_hyphenated(name, org, personal) for org in orgs):
            return True  # "Colgate" after "Colgate-Palmolive"
        if " " not in name and any(org.endswith(" " + name) for org in long_names):
            return True  # "Renault" after "Regie Nationale des Usines Renault"
        if " " not in name and name in founders:
            return True  # "Hutton" after "E.F. Hutton Group Inc"
        if " " in name:  # "Kidder Peabody said" twice, "said Kidder Peabody" (PER) once
            return name not in surnames and kinds[(name, "ORG")] >= 2 * kinds[(name, "PER")]
        return kinds[(name, "ORG")] >= kinds[(name, "PER")]

    companies = {name for name in people if company(name)} | misread
    # A one-word name the article tags an organisation more often than a place is one
    # everywhere in it ("the OPEC meeting", "members of OPEC" beside "OPEC said"), as is a
    # body read as a person where it is tagged a place.
    bodies = misread | {
        text
        for text, kind in kinds
        if kind == "LOC"
        and " " not in text
        and (
            kinds[(text, "ORG")] > kinds[(text, "LOC")]
            or (
                lists_place is not None
                and any(firm.startswith((text + " ", text + "'s ")) for firm in firms)
                and not lists_place(text)
                and not lists_place(text.replace(".", ""))  # "U.S." of "U.S. Wheat Associates"
            )
        )
    }
    places = (
        {
            text
            for text, kind in kinds
            if kind == "LOC"
            and " " not in text
            and kinds[(text, "ORG")]
            and lists_place(text)
            and not any(org.startswith((text + " ", text + "'s ")) for org in orgs)
        }
        if lists_place is not None
        else set()
    )
    bodies -= places
    full = _institutions({text: n for (text, kind), n in kinds.items() if kind == "ORG"})
    if person_word:  # "Bill Clinton" a person twice, an organisation once
        surnames |= {
            name
            for name in people
            if " " in name
            and name not in misread
            and name not in companies  # "Dayton Hudson" beside "Dayton Hudson Corp."
            and kinds[(name, "PER")] >= 2 * kinds[(name, "ORG")] > 0
            and person_word(name.split()[0])
            and person_word(name.rsplit(" ", 1)[1])
        }
    if not (companies or full or bodies or surnames or places):
        return [list(row) for row in mentions]  # no mention changes its kind
    return [
        [
            Mention("ORG", full.get(m.text, m.text), m.start, m.end)
            if (m.kind == "PER" and m.text in companies)
            or (m.kind == "ORG" and m.text in full)
            or (m.kind == "LOC" and m.text in bodies)
            else Mention("PER", m.text, m.start, m.end)
            if m.kind == "ORG" and m.text in surnames
            else Mention("LOC", m.text, m.start, m.end)
            if m.kind == "ORG" and m.text in places
            else m
            for m in row
        ]
        for row in mentions
    ]


_SURNAME_SHAPE = re.compile(r"[A-Z][’'][A-Z]\w+")
"""A family name with an elided particle ("O'Brien", "D’Souza"), which word lists often lack."""


def _bodies_read_as_people(
    people: Iterable[str], orgs: Sequence[str], person_word: Callable[[str], bool]
) -> set[str]:
    """The names of several words the article tags both a person and an organisation ("Het
    Comite said", "a spokesman for Het Comite") none of whose words is a person's: not "Smith
    Barney", "Dudley Taft", "Du Plessis", whose words name people too."""
    both = [name for name in people if " " in name and name in orgs]
    return {
        name
        for name in both
        if not any(person_word(w) or _SURNAME_SHAPE.fullmatch(w) for w in name.split())
    }


def _surnames(people: Iterable[str], orgs: Sequence[str]) -> set[str]:
    """The surnames of the people the article names in full ("Ada Tenney" -> "Tenney"; "Justin
    Ki Hong" -> "Ki Hong" and "Hong") that no organisation's name of several words starts with
    ("Tenney Mills Inc"): an organisation mention that is one of them alone is that person
    ("Tenney said", "Ki Hong said", tagged ORG)."""
    found = {
        tail
        for name in people
        if " " in name
        for tail in _tails(name)
        if tail[:1].isupper() and tail.replace(" ", "").isalpha()
    }
    if not found:
        return found
    return {
        w for w in found if not any(org != w and org.startswith((w + " ", w + "-")) for org in orgs)
    }


def _tails(name: str) -> list[str]:
    """The words of a full name after its first, each with the words after it ("Justin Ki
    Hong" -> "Ki Hong", "Hong")."""
    words = name.split()
    return [" ".join(words[i:]) for i in range(1, len(words))]


def _institutions(orgs: dict[str, int]) -> dict[str, str]:
    """Each institution's head ("Bank") the article's organisations (with their mentions)
    use alone, with the full name holding it ("Bank of England"): the only one, or the one
    named at least twice as often as any other ("World Bank" four times beside Japan's
    "Export-Import Bank" once: "the Bank endorsed" is the World Bank's)."""
    heads = {name for name in orgs if name.casefold() in INSTITUTION_HEADS}
    if not heads:
        return {}  # most articles use no head alone
    found: dict[str, list[tuple[int, str]]] = {head: [] for head in heads}
    for name, count in orgs.items():
        words = name.split()
        if len(words) > 1:
            for head in heads.intersection(words):
                found[head].append((count, name))
    out = {}
    for head, full in found.items():
        full.sort(reverse=True)
        if full and (len(full) == 1 or full[0][0] >= 2 * full[1][0]):
            out[head] = full[0][1]
    return out


def whole_names(
    texts: Sequence[str], mentions: Sequence[Sequence[MentionLike]]
) -> list[list[MentionLike]]:
    """A long organisation name that the article tags whole somewhere ("General Agreement on
    Tariffs and Trade", made whole by its acronym) is that organisation wherever the article
    writes it, where the model tagged parts of it ("Tariffs" as a place). Only parts that lie
    inside the name and are no person are replaced. A short form left without the name's first
    word gets it back ("Home Nutritional" of "Home Nutritional Services Inc.")."""
    names = {m.text for row in mentions for m in row if m.kind == "ORG" and _is_long(m.text)}
    if not names:
        return [list(row) for row in mentions]
    other = {m.text for row in mentions for m in row if m.kind != "ORG"}
    names |= {short for name in names if (short := _without_company_words(name)) not in other}
    return [
        _with_opening(text, _whole(text, list(row), names), names)
        for text, row in zip(texts, mentions, strict=True)
    ]


def _without_company_words(name: str) -> str:
    """A firm's long name without the company words that end it, if two words or more are left
    and the last is no "and" ("Jones and Vining" of "Jones and Vining Inc", which the model
    splits at "and" where the article drops the "Inc"; not "Jefferies and" of "Jefferies and
    Co", nor "The Tessel Exchange", whose "The" may open a sentence); else ``name`` itself."""
    words = name.split()
    while len(words) > 2 and words[-1].rstrip(".").casefold() in _FIRM_ENDS:
        words.pop()
    if words[-1] in ("and", "&", ",") or words[0] in ("The", "the"):
        return name
    return " ".join(words)


_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))([A-Z][\w'’&.-]*) $")
"""The capitalised word right before a mention, one space away."""


def _word_before(text: str, at: int) -> re.Match[str] | None:
    """:data:`_WORD_BEFORE` before ``at``. The word holds no space, so the search opens after
    the last space before ``at - 2`` (the word and its space take two characters at least)
    instead of trying every word of the text from its start."""
    return _WORD_BEFORE.search(text, text.rfind(" ", 0, max(0, at - 2)) + 1, at)


def _with_opening(text: str, row: list[MentionLike], names: set[str]) -> list[MentionLike]:
    """``row`` with an organisation mention that a long name of the article goes on from, one
    untagged word before it, given that word ("Home Nutritional currently has" beside "Home
    Nutritional Services Inc."): the model leaves out a sentence's first word that is a common
    word on its own ("Home", "Canadian", "American"); not an article ("The")."""
    out: list[MentionLike] = []
    for m in row:
        found = _word_before(text, m.start) if m.kind == "ORG" else None
        if (
            found
            and found.group(1).casefold() not in QUERY_STOP_WORDS  # "The London Metal Exchange
            and not (out and out[-1].end > found.start())  # (LME) said" beside its "Ltd"
        ):
            opening = f"{found.group(1)} {m.text}"
            if any(name.startswith(opening + " ") for name in names):
                m = Mention("ORG", opening, found.start(), m.end)
        out.append(m)
    return out


def _whole(text: str, row: list[MentionLike], names: set[str]) -> list[MentionLike]:
    for name in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            # most occurrences are the mention that tagged the name whole: nothing to replace
            if not any(m.start == at and m.end == end for m in row):
                row = _made_whole(text, row, name, at, end)
            at = text.find(name, end)
    return row


def _made_whole(
    text: str, row: list[MentionLike], name: str, at: int, end: int
) -> list[MentionLike]:
    """``row`` with the mentions inside ``text[at:end]`` replaced by the organisation ``name``,
    if it is written there as whole words, no mention crosses its edges and none inside is a
    person."""
    bounded = (at == 0 or not text[at - 1].isalnum()) and (
        end == len(text) or not text[end].isalnum()
    )
    inside = [m for m in row if at <= m.start and m.end <= end]
    crossing = any(m.start < end and at < m.end for m in row if m not in inside)
    if not bounded or crossing or any(m.kind == "PER" for m in inside):
        return row
    kept = [m for m in row if m not in inside]
    kept.append(Mention("ORG", name, at, end))
    return sorted(kept, key=lambda m: m.start)


def variant_names(
    texts: Sequence[str], mentions: Sequence[Sequence[MentionLike]]
) -> list[list[MentionLike]]:
    """A Greek letter that the article names as a variant ("the Omicron variant") is that
    variant wherever the article writes it alone ("the spread of Omicron"), not an
    organisation or a place; elsewhere "Delta said" stays the airline. So is a name the article
    calls a drug (:data:`_DRUG`: "approve Rogaine for marketing" after "Upjohn's drug Rogaine"),
    unless a person named in full bears it."""
    letters = {
        m.group(1)
        for text in texts
        if any(word in text for word in _VARIANT_STEMS)  # most name none: skip the regex
        for m in _VARIANT.finditer(text)
    }
    drugs = {
        m["after"] or m["before"] or m["sold"]
        for text in texts
        if "drug" in text or "marketed as" in text
        for m in _DRUG.finditer(text)
    }
    if drugs:  # most articles name none: no surnames to gather
        letters |= drugs - _full_surnames(mentions)
    if not letters:
        return [list(row) for row in mentions]
    return [[m for m in row if m.text not in letters] for row in mentions]
