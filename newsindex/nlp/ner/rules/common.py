"""Word tests and word-list look-ups that the entity rules share: whether a word is a first
name, a title or no name when tagged alone, whether words can be a person's name, a listed place
or a country, and how a span is given a new kind."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache, partial

from ... import lexicon
from ...datespans import HOLIDAYS
from ...lexicon import (
    ASSOCIATION_HEADS,
    BODY_NAME_HEADS,
    COMPANY_WORDS,
    COMPASS_POINTS,
    FIRM_HEADS,
    HOLDINGS,
    INSTITUTION_HEADS,
    LOCAL_TITLES,
    MEMBER_NOUNS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NAME_PARTICLES,
    NAMED_FOR_PERSON,
    NAMED_OUTLETS,
    NEWS_AGENCIES,
    OPENING_PARTICIPLES,
    PATRONYMIC_LINKS,
    PERSON_TITLES,
    PLACE_NOUNS,
    PREPOSITIONS,
    QUERY_STOP_WORDS,
    ROLES,
    SURNAME_TITLES,
    SURNAMED_OUTLETS,
    TITLE_HEADS,
    WEEKDAYS,
    pick,
    wordset,
)
from ...names import is_title_head
from ..model import WordClasses

# Lower-case words inside an organisation's or a place's name ("Banco de ...", "Marks & Spencer"):
# the name particles and "&"; not "of" or "'s", which also join two names ("chairman of Shell
# Peter Holmes" is rare, "Shell's Peter Holmes" is not), nor the Arabic "bin", "ibn", "al", "el",
# which join a person's names: "Osama" (ORG) "bin Laden" (PER) is a person whose first name the
# model got wrong, not an organisation.
PARTICLES = (NAME_PARTICLES - pick(NAME_PARTICLES, "bin ibn al el")) | {"&"}
ARABIC_ARTICLE = re.compile(r"(?:Al|El|al|el)-[A-Z]\w")
"""A word that opens on the Arabic article ("al-Sadr", "El-Sisi")."""
SON_OF = pick(NAME_PARTICLES, "bin ibn") | PATRONYMIC_LINKS
"""Lower-case words that join a person's given name to the father's ("Abdulaziz bin Salman",
"Daniel arap Moi")."""


def title_cased(words: frozenset[str]) -> frozenset[str]:
    """The lexicon's lower-case ``words`` as a name's capitalised words ("lieutenant-colonel"
    -> "Lieutenant-Colonel"), for lists the rules match in a name's case only."""
    return frozenset(word.title() for word in words)


ROYAL_TITLES = title_cased(lexicon.ROYAL_TITLES)
"""Titles before a person's name that the model takes into it ("Prince Ada")."""
RULER_TITLES = title_cased(lexicon.RULER_TITLES)
"""Titles that are also given names ("Amir Peretz"): a title only before another title."""
RANK_TITLES = title_cased(lexicon.RANK_TITLES)
"""Ranks written in full before a name, which the model takes into it ("Cardinal Ada
Brisk"): no part of the name unless they are a listed first name."""
_MIN_ISM = 5  # letters of a creed's name ending in "-ism" ("Sikhism"), not "Prism"
ROMAN = re.compile(r"[IVX]{1,4}")  # a monarch's number: "Elizabeth II"
INITIAL = re.compile(r"[A-Z]\.")  # a given or middle name's initial: "W." of "George W. Bush"
_NAME_KINDS = frozenset({"PER", "ORG", "LOC"})
_NO_CLASSES: frozenset[str] = frozenset()  # of a name no word list holds
MAX_NAME = 4  # words in a person's name after a title ("Leopoldo Sucre Figarella")
LIST_JOINS = frozenset({",", "and"})
# Heads of the names of institutions written "<Head> for|on|of <field>".
INSTITUTION_STARTS = (
    INSTITUTION_HEADS | ASSOCIATION_HEADS | pick(NAMED_FOR_PERSON, "center centre foundation")
)
DATELINE_DASHES = frozenset({"-", "--", "—", "–"})
_OPENING_MARKS = DATELINE_DASHES | {"_"}
"""Marks after which a sentence or its body opens ("HARLOW (AP) _ Members ...")."""
# A person title in any case but capitals (all-capital "MS" or "REP" is an acronym); cached,
# since it is asked of the word before nearly every name.
is_title = lru_cache(maxsize=1 << 14)(
    partial(is_title_head, heads=PERSON_TITLES | LOCAL_TITLES, acronyms=True)
)
# Any title head, for "Chancellor of the Exchequer", "Minister for Trade".
is_any_title_head = lru_cache(maxsize=1 << 14)(
    partial(is_title_head, heads=TITLE_HEADS, acronyms=True)
)
CALENDAR_WORDS = wordset(" ".join(MONTHS + WEEKDAYS)) | MONTH_ABBREVIATIONS
WEEKDAY_NAMES = frozenset(day.capitalize() for day in WEEKDAYS)
"""Capitalised at a sentence's start, never part of a company's name."""
NOT_PERSON_WORDS = COMPANY_WORDS | FIRM_HEADS | INSTITUTION_HEADS
# Words that make the rest of a title's span a body's name (see title_of_place).
BODY_WORDS = (
    NOT_PERSON_WORDS
    | INSTITUTION_STARTS
    | pick(NAMED_FOR_PERSON, "university college")
    | {"project"}
)
FIRM_ENDS = COMPANY_WORDS | FIRM_HEADS
BODY_HEADS = NOT_PERSON_WORDS | ASSOCIATION_HEADS
PLACE_PREPOSITIONS = pick(PREPOSITIONS, "in at from to near outside across")
_NAME_CLASSES = frozenset({"first", "last", "country", "city", "country_part"})
PLACE_CLASSES = frozenset({"city", "country", "region", "state", "continent"})
PLACE_BEFORE = PLACE_PREPOSITIONS - {"to", "at", "from"}  # "wrote to", "from" a person
MAX_BRACKETED = 8  # words of a company's name in angle brackets
# Heads of a public body or a party named for two fields ("Immigration and Naturalization
# Service", "Justice and Development Party").
AND_HEADS = (
    INSTITUTION_HEADS
    | ASSOCIATION_HEADS
    | pick(BODY_NAME_HEADS, "service administration office bureau foundation party")
    | pick(NAMED_FOR_PERSON, "center centre institute")
)
INTO_PLACE = PLACE_PREPOSITIONS | wordset("into throughout")
_HOLIDAY_WORDS = frozenset(name for name in HOLIDAYS if " " not in name)
_RATING = re.compile(
    r"(?i:aaa|aa|a|baa|ba|b|caa|ca|c)-?[1-3]|[A-C]{1,3}-(?:plus|minus)"
    r"|(?i:single|double|triple)-[A-C](?:-?[1-3]|-plus|-minus)?"
)
"""A credit rating: Moody's ("Baa-3", "A-1") or Standard and Poor's in words ("CCC-plus"),
and either as a newspaper spells it out ("triple-B", "single-B-plus")."""
_LETTER_RATING = re.compile(r"A{2,3}|B{2,3}|C{2,3}|Aaa|Aa|Baa|Ba|Caa|Ca")
"""A rating in bare letters ("BBB", "Aaa"), which is a body's acronym too ("CCC", the Commodity
Credit Corp; "AAA"): a rating only next to another rating or the word "rating"."""
_RATED_REACH = 3  # words either side of a bare rating where another rating shows it is one
_RATING_NOUNS = frozenset({"rating", "ratings"})
_RATING_FIRST = frozenset("aAbBcCsSdDtT")
"""The letters a rating starts with: the rules ask a dozen words per name (a sixth of them
start so) whether they are one."""
_GRADES = frozenset("123")
ONE_WORD_ROLES = frozenset(role for role in ROLES if " " not in role)
"""The roles of one word ("anchor", "spokesman"), which stand alone after a name or a body."""
_BODY_PEOPLE = MEMBER_NOUNS | ONE_WORD_ROLES | INSTITUTION_HEADS | wordset("sources police")
"""Lower-case words for a body's people, or for a town's council, after its name or its
head ("Union leader", "Club officials", "City council")."""
ADJECTIVE_ENDS = ("an", "ish", "ic", "ese", "i", "ed")
"""Endings of adjectives made from names ("Kurdish", "Islamic", "Nepalese", "Iraqi")."""
DOCUMENT_ENDS = title_cased(lexicon.DOCUMENT_ENDS)
"""The last words of documents' titles as written there: capitalised and singular ("Consumer
Reports" is a magazine)."""
_RANKS_ALONE = RANK_TITLES | ROYAL_TITLES | title_cased(lexicon.PEER_TITLES)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


@lru_cache(maxsize=1 << 14)
def bare(word: str) -> str:
    """``word`` in lower case without the dots after it ("Corp." -> "corp"); cached, as the
    rules ask it of the words at a name's ends again and again."""
    return word.rstrip(".").casefold()


def holding_after(words: Sequence[str], end: int) -> bool:
    """Whether what a firm has follows the name's "'s" ("Tessby's shares"): no person's then.
    ("its" after a verb is no such sign: "Ada Brisk discovered its principle".)"""
    return words[end] in ("'s", "’s") and words[end + 1] in HOLDINGS


def is_first_name(word: str, lexicon: WordClasses) -> bool:
    listed = lexicon.gazetteer.get(word.capitalize() if word.isupper() else word, "")
    return "first" in listed.split()


def is_person_word(word: str, lexicon: WordClasses) -> bool:
    """Whether ``word`` was mostly a person's in training or, unseen there, is a listed given
    or family name ("Dolan", "Gingrich"; not "Paris", mostly a place, nor "Health")."""
    kinds = lexicon.types.get(word)
    if kinds is None:
        return not {"first", "last"}.isdisjoint(lexicon.gazetteer.get(word, "").split())
    return kinds.split()[0] == "PER"


def may_name_person(word: str, lexicon: WordClasses) -> bool:
    """Whether ``word`` may be part of a person's name: a person's word
    (:func:`is_person_word`) or a listed given name ("Dudley", mostly a place in training)."""
    return is_first_name(word, lexicon) or is_person_word(word, lexicon)


def is_name(words: Sequence[str], lexicon: WordClasses) -> bool:
    """Whether ``words`` can be a person's name: a few capitalised words, the last of which
    was an organisation's or a place's word in training, never a person's ("Corp", "Services",
    "Inc." as "Inc"), only if it is also a first name."""
    if not 0 < len(words) <= MAX_NAME or not all(w[:1].isupper() for w in words):
        return False
    last = words[-1]
    kinds = (lexicon.types.get(last) or lexicon.types.get(last.rstrip("."), "")).split()
    org_or_place = ("ORG" in kinds or "LOC" in kinds) and "PER" not in kinds
    return not org_or_place or is_first_name(last, lexicon)


def name_start(tags: Sequence[str], i: int) -> int:
    """The first word of the name the word at ``i`` is part of (IOB2 ``tags``)."""
    while i > 0 and tags[i][:2] == "I-":
        i -= 1
    return i


def name_end(tags: Sequence[str], i: int) -> int:
    """The end (exclusive) of the name the word at ``i`` is part of (IOB2 ``tags``): past the
    words that go on from it."""
    i += 1
    while i < len(tags) and tags[i][:2] == "I-":
        i += 1
    return i


def goes_on(tags: Sequence[str], i: int) -> bool:
    """Whether the name holding the word at ``i`` goes on past it."""
    return i + 1 < len(tags) and tags[i + 1][:2] == "I-"


def relabel(tags: list[str], kind: str, start: int, end: int, *, joined: bool = False) -> None:
    """Make ``[start, end)`` one ``kind`` name, or with ``joined`` the end of the one before."""
    tags[start] = ("I-" if joined else "B-") + kind
    for i in range(start + 1, end):
        tags[i] = "I-" + kind


def is_rating(word: str) -> bool:
    """Whether ``word`` is a credit rating ("Baa-3", "AA-minus"): no name nor part of one. Each
    has a hyphen or ends on its grade's digit, which few words do (a cheap test first)."""
    return (
        word[:1] in _RATING_FIRST
        and ("-" in word or word[-1:] in _GRADES)
        and _RATING.fullmatch(word) is not None
    )


def is_letter_rating(word: str) -> bool:
    """Whether ``word`` is written as a rating in bare letters ("BBB", "AA", "Caa")."""
    return _LETTER_RATING.fullmatch(word) is not None


def _is_letter_rating(words: Sequence[str], i: int) -> bool:
    """Whether the word at ``i`` is a rating in bare letters: next to another rating ("cut to
    CCC from B-minus", "to BB-plus from BBB") or before "rating" ("its AAA bond rating"), or
    after "rated"; not "bought from CCC stocks" (the Commodity Credit Corp)."""
    if not is_letter_rating(words[i]):
        return False
    near = [*words[max(0, i - _RATED_REACH) : i], *words[i + 1 : i + 1 + _RATED_REACH]]
    return (
        any(is_rating(word) or is_letter_rating(word) for word in near)
        or not _RATING_NOUNS.isdisjoint(words[i + 1 : i + 3])
        or (i > 0 and words[i - 1] == "rated")
    )


def is_no_name(words: Sequence[str], i: int, lexicon: WordClasses) -> bool:
    """Whether the word at ``i``, tagged alone, is no name: "No." ("the No. 2 official"), an
    interview's "Q:" or "A:", a wire's credit ("Editing by"), a credit rating ("Baa-3",
    "BA-2", "to CCC from B-minus"), a holiday ("Easter"), a title or rank alone ("promoted to
    Brigadier"), a participle opening the sentence ("Born in Lagos, ..."), a common word
    opening it ("Members of ..."): nearly always lower-case in news text, and no name in most
    of its uses in training (not "Stoke", "Real"), also after a dateline's dash ("HARLOW (AP)
    _ Officials said"), and anywhere when training never had it capitalised ("the U.S.
    Request", "one U.S. Banker said"); a noun for a kind of body or place opening the sentence
    before its people or its council ("Union leader Ada Brisk", "HARLOW - City council
    voted"); a creed's or a movement's name in "-ism"."""
    word = words[i]
    if word in ("No.", "No") and i + 1 < len(words) and words[i + 1][:1].isdigit():
        return True
    if i == 0 and len(word) == 1 and i + 1 < len(words) and words[i + 1] == ":":
        return True  # "Q: Do you think ...": an interview's question
    if (
        word.endswith("ing")
        and i + 1 < len(words)
        and words[i + 1] == "by"
        and not is_listed_place([word], lexicon)
    ):
        return True  # "(Reporting by Ada Brisk; Editing by Tam Orrin)": a wire's credits
    if is_rating(word) or _is_letter_rating(words, i):
        return True
    low = word.casefold()
    if i == 0 and low in OPENING_PARTICIPLES:
        return True
    if (
        lexicon.text_cap.get(low) == "l"
        and (i == 0 or words[i - 1] in _OPENING_MARKS or lexicon.types.get(word) is None)
        and word.istitle()
        and lexicon.types.get(word, "O").split()[0] not in _NAME_KINDS
    ):
        return True  # "Members of the board said": a common word opening the sentence
    if low in _HOLIDAY_WORDS:  # "will ease by Easter"
        return True
    if (
        (i == 0 or words[i - 1] in _OPENING_MARKS)
        and i + 1 < len(words)
        and words[i + 1] in _BODY_PEOPLE
        and _is_generic_head(word, lexicon)
    ):
        return True  # "Union leader Ada Brisk said", "HARLOW - City council voted"
    if i and word in _RANKS_ALONE and _before_rank_alone(words[i - 1]):
        return True  # "the Duke said", "the 5th Earl", "the Crown Prince": a title alone
    if word.endswith("ism") and len(word) > _MIN_ISM and word.istitle():
        return True  # a creed or a movement ("Judaism", "Zionism"): no name of a kind kept
    return word.istitle() and is_any_title_head(word) and low not in SURNAME_TITLES


def _is_generic_head(word: str, lexicon: WordClasses) -> bool:
    """Whether ``word`` is a noun for a kind of body or place ("Union", "Club", "City"), which
    opens a sentence capitalised before its people or its council; not an institution's head,
    which names the one the story is about alone ("Commission officials"), nor a word running
    text nearly always capitalises ("Congress", "Senate")."""
    low = word.casefold()
    if low in INSTITUTION_HEADS or not word.istitle() or lexicon.text_cap.get(low) == "C":
        return False
    heads = lexicon.gazetteer.get(word, "").split()
    return low in PLACE_NOUNS or "org_head" in heads or "loc_head" in heads


def _before_rank_alone(word: str) -> bool:
    """Whether ``word`` before a rank shows the rank stands alone for its holder: "the", an
    ordinal ("the 5th Duke") or "Crown" ("the Crown Prince")."""
    return word.casefold() == "the" or word == "Crown" or _ORDINAL.fullmatch(word) is not None


def in_lower_case(words: Sequence[str]) -> bool:
    """Whether most of the sentence's words are not in capitals: running text, not a
    headline's or a dateline's capitals ("SOCCER - WIGAN BEAT ...", "ESCHEN 1996-08-31"),
    where every word looks like initials."""
    written = [w for w in words if w[:1].isalpha()]
    return 2 * sum(not w.isupper() for w in written) > len(written)


def is_state_abbreviation(word: str, lexicon: WordClasses) -> bool:
    """Whether ``word`` is a US state as the news agencies abbreviate it, a word and its stop
    ("Del.", "Calif."): no person's name, nor a part of one ("Del." before a name is the title
    Delegate). Not one in initials ("N.J." is also a person's: "N.J. Nicholas")."""
    return (
        word[-1:] == "."
        and word[1:2].islower()
        and "stateabbr" in gazetteer_classes([word], lexicon)
    )


def is_title_case(words: Sequence[str], lexicon: WordClasses) -> bool:
    """Whether the sentence is a headline in title case ("Trump Just Said Something About The
    Economy"): of its words after the first that running text writes in lower case, at least
    two are capitalised, one of them a function word, and more than twice as many as are in
    lower case (a signature's "Ada Brisk, Harlow Energy Desk" has no function word). A capital
    there is no sign of a name."""
    text_cap = lexicon.text_cap
    capital = lower = 0
    function = False
    for word in words[1:]:
        low = word.casefold()
        if text_cap.get(low) == "l":
            if word.istitle():
                capital += 1
                function = function or low in QUERY_STOP_WORDS
            elif word.islower():
                lower += 1
    return function and capital >= 2 and capital > 2 * lower


def is_nationality(word: str, lexicon: WordClasses) -> bool:
    """Whether ``word`` is listed only as a nationality ("Kuwaiti tankers", "Iranian"), no
    name of a person, place or country, or is the plural of one ("Kuwaitis", "Syrians", which
    the lists do not hold and the model takes for a body): an adjective or a people, whatever
    kind the model read."""
    gazetteer = lexicon.gazetteer
    if word.endswith("s") and word not in gazetteer:
        # A plural names no country: the singular may be part of one's name ("Syrian").
        return "nationality" in gazetteer.get(word[:-1], "").split()
    listed = gazetteer.get(word)
    if not listed or "nationality" not in listed:
        return False
    classes = _class_set(listed)
    return "nationality" in classes and not classes & _NAME_CLASSES


def names_outlet(words: Sequence[str], start: int, end: int) -> bool:
    """Whether ``words[start:end]`` is a news agency's or an outlet's name ("Kyodo", "Al
    Jazeera"), which the model may read as a person or a place; one named after its founder
    only alone and after no title ("told Bloomberg", not "Mayor Bloomberg": the story then
    gives the person in full, and one sense per article makes every "Bloomberg" his)."""
    word = "-".join(words[start:end]).casefold()
    if word in NAMED_OUTLETS:
        return True
    return end - start == 1 and (
        word in NEWS_AGENCIES
        or (word in SURNAMED_OUTLETS and not (start and is_title(words[start - 1])))
    )


def is_country(words: Sequence[str], lexicon: WordClasses) -> bool:
    """Whether ``words`` are a country's name and nothing else (a country is a place even when
    it acts: "Japan said", "the Philippines will ask")."""
    return "country" in gazetteer_classes(words, lexicon)


def is_listed_place(words: Sequence[str], lexicon: WordClasses) -> bool:
    """Whether the gazetteer lists the name ``words`` as a city, region, state, country or
    continent."""
    return bool(PLACE_CLASSES & gazetteer_classes(words, lexicon))


def gazetteer_classes(words: Sequence[str], lexicon: WordClasses) -> frozenset[str]:
    """The gazetteer's classes of the name ``words`` ("city", "country", "nationality", ...):
    a phrase's entry for several words, a word's for one; a compass word before a country is
    that country's part, a place too ("West Germany", which today's lists do not hold)."""
    name = " ".join(words)
    classes = lexicon.phrases.get(name) if len(words) > 1 else lexicon.gazetteer.get(name)
    if not classes and len(words) == 2 and words[0] in _COMPASS:
        classes = "country" if "country" in lexicon.gazetteer.get(words[1], "").split() else ""
    return _class_set(classes) if classes else _NO_CLASSES


_COMPASS = title_cased(COMPASS_POINTS)


@lru_cache(maxsize=1 << 10)
def _class_set(classes: str) -> frozenset[str]:
    """The classes in a word list's entry ("city country_part"), split once."""
    return frozenset(classes.split())


def defined_as(
    words: Sequence[str],
    end: int,
    kinds: frozenset[str],
    goes_on: frozenset[str],
    *,
    owned: bool = False,
) -> bool:
    """Whether the words after the name ending at ``end`` define it as one of ``kinds`` ("is
    a (small) village in", "was the principal city of", ", a town of 20,000", ", a Tessbian
    mining company that"): "is", "was" or a comma, "a", "an" (or "the" after a verb, or with
    ``owned`` after a comma before an owner's "'s" or a word before the kind: ", the world's
    largest brewer,", ", the national oil company,"), at most
    two words, then the kind and one of ``goes_on``, a word that goes on about the name ("a
    village in"; not "a village elder", "a company spokesman")."""
    article = end + 1
    if article + 1 >= len(words):
        return False
    first = article + 1
    if words[article] == "the" and words[end] == ",":
        if not owned:
            return False
        if article + 3 < len(words) and words[article + 2] in ("'s", "’s"):
            first = article + 3  # ", the world 's largest brewer"
        elif words[first] in kinds:
            return False  # "Tessby, the company said"
    elif words[article] not in ("a", "an", "the"):
        return False
    for k in range(first, min(first + 3, len(words))):
        word = words[k]
        if word in kinds:
            return k + 1 == len(words) or words[k + 1] in goes_on
        if k > first + 1 or word in (",", "of", "and", "who", "'s"):
            return False
    return False


def capitalised(word: str) -> bool:
    return (
        word[:1].isupper()
        and any(c.isalpha() for c in word)
        and word.casefold() not in (NAME_PARTICLES)
    )


_RESULT_WORDS = frozenset({"v", "vs", "vs."})
"""Words between two teams in a results line ("Notts County v Tessby")."""


def is_county(words: Sequence[str], kind: str, start: int, end: int) -> bool:
    """Whether an organisation ``[start, end)`` is a county ("Tessby County Sheriff Ada
    Brisk", "Tessby County was established"): capitalised words before "County" only (not
    "Bank of Iron County"), outside a results line, where a county is a club ("Ross County 3",
    "v Notts County": a number or "v" within two words)."""
    if kind != "ORG" or words[end - 1] != "County" or end - start > 3:
        return False
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words[start : end - 1]):
        return False
    near = [*words[max(start - 2, 0) : start], *words[end : end + 2]]
    return not any(w[:1].isdigit() or w.lower() in _RESULT_WORDS for w in near)
