"""Rules for a name of any kind, asked before those for its kind: no name at all (a table
heading, a currency, a variant's letter, a lone title or common word), a crude oil grade, a
storm, a ship, a song, a geographic feature, a market's town, a town before its state or
after its firm, a body defined as one or named in another language, the last words of a
body's or a site's name the model left out or tagged apart, "bin" between a person's names,
a firm's name in parts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...lexicon import (
    AMOUNT_WORDS,
    BODY_NOUNS,
    BODY_TAILS,
    COMMODITY_WORDS,
    COMPANY_WORDS,
    CURRENCY_WORDS,
    DELIVERY_TERMS,
    ECONOMIC_MEASURES,
    EVENT_NAMES,
    FEATURE_ENDS,
    FIGURE_WORDS,
    GRADE_WORDS,
    GREEK_LETTERS,
    HOLDINGS,
    INSTITUTION_HEADS,
    LAW_ENDS,
    LEGISLATOR_WORDS,
    MEDIA_NOUNS,
    MEMBER_NOUNS,
    MOLECULE_ACRONYMS,
    MONTHS,
    NAME_JOINERS,
    NAMED_FOR_PERSON,
    NOUN_ACRONYMS,
    OUTLET_NOUNS,
    PARTY_MEMBERS,
    PARTY_STANCES,
    PEOPLE_NAMES,
    PLACE_NOUNS,
    PLACE_PEOPLE,
    QUERY_STOP_WORDS,
    REALM_ENDS,
    RESIDENT_ENDINGS,
    ROLE_ACRONYMS,
    SHIP_NOUNS,
    SHIP_PREFIXES,
    SINGING_VERBS,
    SITE_TAILS,
    STORM_WORDS,
    STREET_ENDS,
    SUBJECT_VERBS,
    VARIANT_WORDS,
    WEATHER_PATTERNS,
    WEEKDAY_ABBREVIATIONS,
    WORK_NOUNS,
    pick,
    wordset,
)
from ..model import WordClasses
from .bodies import (
    company_and_co,
    foreign_body,
    founders,
    is_defined_as_body,
    lettered_firm,
    two_firms,
)
from .common import (
    ADJECTIVE_ENDS,
    BODY_HEADS,
    CALENDAR_WORDS,
    DATELINE_DASHES,
    LIST_JOINS,
    MAX_NAME,
    PLACE_PREPOSITIONS,
    ROMAN,
    ROYAL_TITLES,
    RULER_TITLES,
    SON_OF,
    bare,
    gazetteer_classes,
    is_any_title_head,
    is_country,
    is_county,
    is_first_name,
    is_listed_place,
    is_name,
    is_nationality,
    is_no_name,
    is_rating,
    is_title_case,
    name_start,
    relabel,
    title_cased,
)
from .persons import firm_named_after, given_name_before_father, strip_honorifics
from .places import (
    arabic_name,
    ends_on_feature,
    firm_seat,
    firm_town,
    is_dateline,
    is_dateline_agency,
    is_defined_as_place,
    is_geographic,
    is_named_place,
    is_state_after_town,
    town_and_state,
    town_before_state,
)

_PARTY_MEMBERS = title_cased(PARTY_MEMBERS)
"""A party's member before "of" and the state the member represents ("Republican of Ohio")."""
_PARTISANS = _PARTY_MEMBERS - {"Independent"}
"""A party's member after the place they represent ("the Ohio Democrat"); not "Independent",
the last word of newspapers' names ("the Harlow Independent")."""
_STORM_WORDS = title_cased(STORM_WORDS)
"""Capitalised before a storm's name ("Hurricane Hugo", "Tropical Storm Ada", "Storm Ada")."""
_NAMED_BODY_ENDS = BODY_HEADS | NAMED_FOR_PERSON
"""Last words of a body's name after a person's ("Zayed bin Sultan *Foundation*")."""
_FIGURES = FIGURE_WORDS | ECONOMIC_MEASURES  # "Oper Shr", "Avg Shrs", "GNP"
_POSSESSIVE_S = frozenset({"'s", "’s"})
_OUTLET_STARTS = OUTLET_NOUNS | {"news"}  # "news" of "news agency"
_QUOTE_MARKS = frozenset({'"', "''", "``", "“", "”"})
_TITLE_JOINERS = frozenset({"of", "and", "the", "a", "to", "in", "on", "for", "&", ":"})
_MAX_TITLE_TAIL = 4  # words after the name inside a title: "Fox" + "and Friends"
_QUOTED_BODY_NOUNS = BODY_NOUNS | MEMBER_NOUNS | INSTITUTION_HEADS | wordset("group")
"""Nouns after a quoted name that make it a body's ('the "Islamic State" group')."""
_LAW_ENDS = title_cased(LAW_ENDS)  # "the Clean Air Act", "the Fifth Amendment"
_LAW_LINKS = frozenset({"to", "of", "on", "for"})  # inside a law's name: "Freedom of Access to"
_EVENT_PHRASES = tuple(tuple(name.split()) for name in EVENT_NAMES)
_EVENT_WORDS = frozenset(w for name in _EVENT_PHRASES for w in name) - NAME_JOINERS
"""Words of the events' names ("state", "union"; not "of", "the"): a cheap test before the
phrases'."""
_FIRM_JOINS = frozenset({",", "and", "&"})  # before the part of a firm's name the model tagged
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][\w.]*")  # "(R-Va.)", "(D-N.Y.)": a party and a state
_GRADE_WORDS = title_cased(GRADE_WORDS)
"""Words that end the name of a crude oil grade ("West Texas Intermediate", "Light Louisiana
Sweet"): a commodity, no place."""
_SHIP_PREFIXES = frozenset(prefix.upper() for prefix in SHIP_PREFIXES)
"""Prefixes of a ship's name ("USS Tessby", "HMS Harlow"): no body, no place."""
_FEATURE_OR_REALM_ENDS = FEATURE_ENDS | REALM_ENDS
_STREET_BEFORE = wordset("on at along off near")
"""Before a name ending on a street's word (lexicon STREET_ENDS), what makes it an address
("405 Williams Ave.", "on Brisk Street"; not "Mayor John F. Street")."""
_ARTICLES = frozenset({"a", "an", "the"})
_SIBILANT_ES = ("ses", "shes", "ches", "xes", "zes")  # plurals in "es": "the Bushes"
_DEFINING = frozenset({"is", "was", "are", "were", ","})
"""Words that define the name before them ("Tessby is a village", "Tessby, a town of", "the
Tessby Hawks are a baseball team in": a plural name too)."""
_MAX_TAIL = 3  # capitalised words the model left out at a body's name's end (2 for a site)


_NAME_TAILS = SITE_TAILS | BODY_TAILS
_NAMED_BODY_HEADS = pick(
    BODY_TAILS, "foundation institute university college school academy center centre"
)
"""Heads of the names of bodies named after a person ("the Ada Brisk Foundation")."""


_CONTRACT_MONTH = re.compile("(?:" + "|".join(sorted(m[:3].upper() for m in MONTHS)) + r")\d{1,2}")
"""A futures contract's month and year as price tables head their rows ("SEP7", "MAR88")."""


_RANGE_MARKS = re.compile("[-/]")


def _is_calendar_range(word: str) -> bool:
    """Whether ``word`` is months or days joined by a hyphen or a slash ("Jan-Dec",
    "October-February", "Mon/Fri"): a period, which a name made of them never is."""
    if "-" not in word and "/" not in word:
        return False
    parts = _RANGE_MARKS.split(word.casefold().replace(".", ""))
    return all(part in CALENDAR_WORDS for part in parts)


_CURRENCY_SIGNS = pick(CURRENCY_WORDS, "rs dhs dlrs stg")
"""Currencies abbreviated before an amount ("Rs 10 lakh"), which no name is."""


def _is_figure_span(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> bool:
    """Whether ``words[start:end]`` is a table heading, an economy's measure, a period or a
    currency, not a name: "Oper", "Avg Shrs", "GNP", "Jan-Dec", "H.K. Dlrs" after an amount, a
    currency code ("HKD") next to a number, a futures contract's month ("SEP7"), a row of a
    table of rates ("DMK 1.8270/80")."""
    head = words[start]
    if bare(head) in _FIGURES and all(bare(w) in _FIGURES for w in words[start:end]):
        return True
    if head[-1:].isdigit() and _CONTRACT_MONTH.fullmatch(head):
        return True  # "SEP7", "DEC7": a futures table's contract months
    if end == start + 1 and (_is_calendar_range(head) or bare(head) in WEEKDAY_ABBREVIATIONS):
        return True  # "Jan-Dec, 1986": a period; "showers Fri/Sat": a day
    if (
        end + 1 < len(words)
        and words[end + 1] == "/"
        and _is_number(words[end])
        and all(w.isupper() and w.isalpha() for w in words[start:end])
    ):
        return True  # "DMK 1.8270/80": a currency's row in a table of rates
    currency = bare(words[end - 1]) in CURRENCY_WORDS
    code = end == start + 1 and len(head) == 3 and head.isupper()
    if not (currency or code):  # most names: nothing around them to look at
        return False
    before = words[start - 1] if start else ""
    amount = _is_number(before) or before.casefold() in AMOUNT_WORDS
    if amount and currency:
        return True
    if end == start + 1 and bare(head) in _CURRENCY_SIGNS and end < len(words):
        return _is_number(words[end])  # "Rs 10 lakh", "Dhs 5 million"
    if code:
        listed = lexicon.gazetteer.get(head, "").split()
        after = words[end] if end < len(words) else ""
        return "currency" in listed and (amount or _is_number(after))
    return False


def _body_head(word: str, lexicon: WordClasses) -> bool:
    """Whether ``word``, ending a name the model made a body, is a body's head or a common
    noun, which ends no person's name ("Zayed bin Sultan Foundation", "Mohammed bin Rashid
    Housing Establishment": a body named after a person)."""
    return bare(word) in _NAMED_BODY_ENDS or lexicon.text_cap.get(word.casefold()) in ("l", "m")


def _among_places(words: Sequence[str], tags: Sequence[str], start: int) -> bool:
    """Whether a place the model found starts after a place's preposition or in a list of
    places ("at *Prince Rupert*", "the ports of Vancouver and *Prince Rupert*"): there a royal
    title opens a town's name, no person's."""
    previous = words[start - 1].casefold() if start else ""
    return previous in PLACE_PREPOSITIONS or (
        previous in LIST_JOINS and start > 1 and tags[start - 2][2:] == "LOC"
    )


def _names_outlet(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> bool:
    """Whether the words after the name at ``[start, end)`` are a noun for a news outlet
    (:data:`OUTLET_NOUNS`, or "news agency"), which makes it the outlet's name, unless the
    name is a listed place's ("a Hong Kong newspaper", "the Qatar news agency")."""
    if words[end] == "news" and (end + 1 == len(words) or words[end + 1] != "agency"):
        return False
    return not is_listed_place(words[start:end], lexicon)


def _quoted_title_end(words: Sequence[str], start: int, end: int) -> int:
    """Where a title of a work ends that opens with the name at ``[start, end)`` right after a
    quotation mark: a name of two words or more, or one with capitalised words and joiners
    after it, up to the closing mark ('"Fox and Friends"', '"Face the Nation"', '"The Art of
    the Deal"'); 0 if the quotation goes on ('"Exxon said ...', '"Brisk," she said')."""
    stop = end
    while (
        stop < len(words)
        and stop - end < _MAX_TITLE_TAIL
        and (words[stop][:1].isupper() or words[stop] in _TITLE_JOINERS)
    ):
        stop += 1
    close = stop + 1 if stop < len(words) and words[stop] in (",", ".") else stop
    if close < len(words) and words[close] in _QUOTE_MARKS and stop - start > 1:
        return stop  # '"Fox and Friends,"': American quotes take in the comma
    return 0


def _after_work_noun(words: Sequence[str], mark: int) -> bool:
    """Whether a kind of work (lexicon.WORK_NOUNS), and maybe a comma, comes before the
    quotation mark at ``mark``."""
    before = mark - 1 - (mark > 1 and words[mark - 1] == ",")
    return before >= 0 and words[before].casefold() in WORK_NOUNS


def _named_in_quotes(words: Sequence[str], start: int, stop: int, lexicon: WordClasses) -> bool:
    """Whether a name in quotation marks at ``[start, stop)`` is a place's or a body's all the
    same, not a work's title: a listed place ('moved to "New York"'), scare quotes ('the
    so-called "Islamic State"') or a body's noun after the closing mark ('"Islamic State"
    group', '"Paris Club" members')."""
    if is_listed_place(words[start:stop], lexicon):
        return True
    if start > 1 and words[start - 2].casefold() == "so-called":
        return True
    after = stop + 2 if stop < len(words) and words[stop] in (",", ".") else stop + 1
    return after < len(words) and words[after] in _QUOTED_BODY_NOUNS


def _case_end(words: Sequence[str], tags: Sequence[str], second: int) -> int:
    """Where a court case's name ends whose second party starts at ``second`` (after "v."):
    the name tagged there ("Brown v." + "Board of Education"), or the capitalised words there,
    which the model may have left untagged ("Roe v." + "Wade")."""
    stop = second
    if stop < len(words) and tags[stop] != "O":
        stop += 1
        while stop < len(words) and tags[stop][:2] == "I-":
            stop += 1
        return stop
    while stop < len(words) and words[stop][:1].isupper():
        stop += 1
    return stop


def _names_family(word: str, lexicon: WordClasses) -> bool:
    """Whether ``word``, which training never had, is a family name in the plural ("Khans",
    "Clintons", "Bushes"): a name mostly a person's in training, or a listed family name that
    training never had otherwise, no place and no common noun, and "s" ("es" after a
    sibilant). Not the team "Packers", which training had, "the Hamptons" (a place), "the
    Sierras" (a place's word in training) or "the Poles"."""
    if word in lexicon.types or not word.istitle() or word[-1:] != "s" or word.endswith("ss"):
        return False
    stem = word[:-2] if word.endswith(_SIBILANT_ES) else word[:-1]
    return _mostly(stem, "PER", lexicon) or (
        stem not in lexicon.types
        and "last" in gazetteer_classes([stem], lexicon)
        and not is_listed_place([stem], lexicon)
        and lexicon.text_cap.get(stem.casefold()) != "l"
    )


def _mostly(word: str, kind: str, lexicon: WordClasses) -> bool:
    """Whether ``word`` had mostly the label ``kind`` in training."""
    return lexicon.types.get(word, "").split()[:1] == [kind]


def _names_policy(word: str, lexicon: WordClasses) -> bool:
    """Whether ``word``, which training never had, names a policy after the man who made it (a
    name mostly a person's in training and "care": "Obamacare", "Trumpcare"; not "Healthcare",
    "Maxicare", "Mothercare", firms) or a country's leaving a union (its first letters and
    "exit": "Brexit", "Grexit"): no person or body."""
    if word in lexicon.types:
        return False
    if word.endswith("care"):
        stem = word[:-4]
        return (
            _mostly(stem, "PER", lexicon)
            and lexicon.text_cap.get(stem.casefold()) != "l"  # "Mothercare", a firm
        )
    return word.endswith("exit") and 0 < len(word) - 4 <= 3 and word[:1].isupper()


def _law_start(words: Sequence[str], tags: Sequence[str], start: int) -> int:
    """Where a law's name ending in "Act" or "Amendment" starts: at ``start``, or at the name
    the model tagged apart before a link after "the" ("the Freedom of Access" + "to" + "Clinic
    Entrances Act"); not a person or a body that is the sentence's own ("Pelosi to Clean Air
    Act supporters")."""
    if start > 1 and words[start - 1] in _LAW_LINKS and tags[start - 2][2:] not in ("", "PER"):
        first = name_start(tags, start - 2)
        if first and words[first - 1].casefold() == "the":
            return first
    return start


def _event_name(words: Sequence[str], i: int) -> tuple[int, int] | None:
    """Where the event's name (:data:`EVENT_NAMES`) holding the word at ``i`` lies, if the
    sentence writes one there ("State of the Union", in any case)."""
    word = words[i].casefold()
    for name in _EVENT_PHRASES:
        for k, part in enumerate(name):
            first, last = i - k, i - k + len(name)
            if part == word and first >= 0 and tuple(map(str.casefold, words[first:last])) == name:
                return first, last
    return None


def _royal_owner(words: Sequence[str], tags: Sequence[str], i: int) -> bool:
    """Whether the word at ``i``, before "'s" and a name, is a royal title the model left
    untagged, which opens the name of a place or a body named after the crown ("Queen's
    Park", "King's College", "Prince's Trust"): no one's title, as no name follows it."""
    return words[i] in ROYAL_TITLES and tags[i] == "O" and (i == 0 or tags[i - 1] == "O")


def _is_number(word: str) -> bool:
    return word[:1].isdigit() and any(c.isdigit() for c in word)


_STATION_WORDS = title_cased(pick(MEDIA_NOUNS, "radio television"))
_MAX_STATION_WORDS = 2  # capitalised words the model left out after "Radio": "Radio Free" + "Asia"


def _station(words: Sequence[str], tags: list[str], start: int, end: int) -> bool:
    """Make a name that opens on "Radio" or "Television", or follows it and up to two
    capitalised words the model left out, a station's ("Radio Pakistan" tagged a place,
    "Radio Free" + "Asia"). Returns whether the tags changed."""
    if words[start] in _STATION_WORDS and end - start > 1:
        relabel(tags, "ORG", start, end)
        return True
    k = start
    while (
        k > 0 and start - k <= _MAX_STATION_WORDS and tags[k - 1] == "O" and words[k - 1].istitle()
    ):
        k -= 1
        if words[k] in _STATION_WORDS:
            relabel(tags, "ORG", k, end)
            return True
    return False


_IZAFAT = re.compile(r"[A-Z]\w+-(?:e|i|ut)-[A-Z]\w+")
"""A word of an Urdu or Persian name joined by its "-e-" ("Tehreek-e-Taliban", "Hizb-ut-Tahrir"),
as parties and militant groups are named; not "-ul-", as persons are too ("Inzamam-ul-Haq")."""


def _party_or_group(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Make a person or a place a party or a group where its words say so: right after "the"
    and "ruling" or "opposition" ("the ruling Morena party", "The main opposition Kuomintang";
    not "a party governing Lombardy"), or holding an Urdu or Persian name's "-e-"
    ("Tehreek-e-Taliban Pakistan", tagged a place; not a listed town: "Mazar-e-Sharif").
    Returns whether the tags changed."""
    if (
        start > 1
        and words[start - 1] in PARTY_STANCES
        and any(w.casefold() == "the" for w in words[start - 3 : start - 1])
    ) or any(
        _IZAFAT.fullmatch(word) and word not in lexicon.gazetteer for word in words[start:end]
    ):
        relabel(tags, "ORG", start, end)
        return True
    return False


def repair_any(
    words: Sequence[str],
    tags: list[str],
    kind: str,
    start: int,
    end: int,
    after: tuple[str, int, int] | None,
    lexicon: WordClasses,
) -> bool:
    """The rules for a name of any kind (some of them only for some kinds): a dateline's news
    agency, a radio or television station, a party or a group, a name written with the
    Arabic article, a body named in another language, a listed place's first word left out
    ("New" + "Hampshire"), "The" before a ministry or a department, two names across a dash,
    a credit rating, a crude grade, a song, a ship, a market's town, a storm, no name at all,
    a firm named after "the company", "bin" between two names, a body's or a site's last
    word, a name defined as a place or a body, a firm's name in parts or after its letter, a
    dateline, a royal title, a party's member, a town and its state or its firm. Returns
    whether one changed the span."""
    size = end - start
    if kind != "PER" and _role_acronym(words[end - 1]):
        if size > 1:
            tags[end - 1] = "O"  # "Labour" + "MPs": the party's, no part of its name
            return True
        before = words[start - 1] if start else ""  # a word of the sentence, not a list's comma
        described = before.islower() or before in ("The", "A", "An")
        if described and words[start] not in lexicon.gazetteer:  # "MP": a state's initials too
            tags[start] = "O"  # "the MLA said", "a former MLA": no body
            return True
    if kind != "ORG" and is_dateline_agency(words, tags, start, end):
        relabel(tags, "ORG", start, end)  # "HANOI, June 12 (VNA) -": a news agency, no place
        return True
    if kind in ("LOC", "PER") and (
        _station(words, tags, start, end) or _party_or_group(words, tags, start, end, lexicon)
    ):
        return True
    second = words[start + 1] if start + 1 < len(words) else ""
    if ("-" in words[start] or "-" in second) and arabic_name(
        words, tags, kind, start, end, lexicon
    ):
        return True
    if kind != "MISC" and foreign_body(words, tags, kind, start, end, after):
        return True
    if size > 1 and kind != "MISC" and words[start + 1] == "of":
        if _legislator_of_place(words, tags, start, end, lexicon):
            return True
        if kind == "PER" and size == 2:
            tags[start + 1] = "O"  # "Harwick of" + "Harlow": no person's name ends in "of"
            return True
    if start and words[start - 1] in _QUOTE_MARKS and kind != "MISC":
        title = _quoted_title_end(words, start, end)
        if (
            title
            and (kind != "PER" or title > end or _after_work_noun(words, start - 1))
            and not _named_in_quotes(words, start, title, lexicon)
        ):
            # told "Fox and Friends": a show, no person; a person's name alone is quoted too,
            # unless a kind of work comes before it ('his memoir, "Gifted Hands,"')
            relabel(tags, "MISC", start, title)
            return True
    if kind != "MISC" and (
        words[end - 1] in _LAW_ENDS
        or (end < len(words) and words[end] in _LAW_ENDS and tags[end] == "O")
    ):
        law_end = end if words[end - 1] in _LAW_ENDS else end + 1  # "Act" the model left out
        relabel(tags, "MISC", _law_start(words, tags, start), law_end)  # "the Clinic Entrances Act"
        return True
    if size == 1 and kind != "MISC" and _names_policy(words[start], lexicon):
        relabel(tags, "MISC", start, end)  # "repeal Obamacare": a law, no person
        return True
    if bare(words[start]) in _EVENT_WORDS:
        event = _event_name(words, start)
        if event:
            opening, stop = event
            while stop < end and words[stop][:1].isupper():
                stop += 1  # "State of the Union" + "Address"
            tags[stop:end] = ["O"] * (end - stop)
            relabel(tags, "MISC", opening, stop)  # "the State of the Union address": no body's
            return True
    if start > 1 and words[start - 1] in _POSSESSIVE_S and _royal_owner(words, tags, start - 2):
        relabel(tags, kind, start - 2, end)  # "Queen 's" + "Park", "King 's" + "College"
        return True
    if (
        start
        and tags[start - 1] == "O"
        and words[start - 1][:1].isupper()
        and is_listed_place(words[start - 1 : end], lexicon)
    ):
        relabel(tags, "LOC", start - 1, end)  # "New" (left out) + "Hampshire": one place
        return True
    if (
        kind == "ORG"
        and size > 1
        and start > 1
        and tags[start - 1] == "O"
        and words[start - 2].casefold() == "the"
        and words[start - 1].istitle()
        and words[end - 1][:1].isupper()
        and lexicon.text_cap.get(words[start - 1].casefold()) == "l"
        and not is_title_case(words, lexicon)
    ):
        relabel(tags, kind, start - 1, end)  # "the Export" (left out) + "Enhancement Program"
        return True
    following = words[end] if end < len(words) else ""
    if following == "v.":
        relabel(tags, "MISC", start, _case_end(words, tags, end + 1))  # "Roe v. Wade": a case
        return True
    if (
        size == 1
        and kind in ("ORG", "LOC")
        and start
        and words[start - 1].casefold() == "the"
        and not following[:1].isupper()
        and following not in ("and", "&")  # "the Parks and Recreation Department"
        and _names_family(words[start], lexicon)
    ):
        relabel(tags, "PER", start, end)  # "apologise to the Khans": a family, persons
        return True
    if (
        kind == "ORG"
        and size == 1
        and start > 1
        and tags[start - 1] == "O"
        and words[start - 2].casefold() == "the"
        and words[start - 1].istitle()
        and words[start - 1].endswith(ADJECTIVE_ENDS)
        and lexicon.text_cap.get(words[start].casefold()) in ("l", "m")
        and bare(words[start]) not in CURRENCY_WORDS  # "the Lebanese Pound fell"
        and following.islower()
        and following not in _TITLE_JOINERS  # "the Tessbian" + "Geography" + "and Statistics"
        and not is_title_case(words, lexicon)
    ):
        relabel(tags, kind, start - 1, end)  # "the Islamic" (left out) + "State": one body
        return True
    if words[start] == "The" and size > 1:
        named = _institution_after_the(words, start, end, after)
        if named:
            tags[start] = "O"
            relabel(tags, kind, start + 1, named)  # "The" + "Commerce Department"
            return True
    if size > 2:
        for i in range(start + 1, end - 1):
            if words[i] in DATELINE_DASHES and words[i - 1].istitle() and words[i + 1].istitle():
                tags[i] = "O"  # "Scott - Brentley Vinson": two names ("al - Assad" is one)
                relabel(tags, kind, i + 1, end)
                return True
    first = words[start]
    if (
        kind in ("LOC", "PER")
        and following in _OUTLET_STARTS
        and _names_outlet(words, start, end, lexicon)
    ):
        relabel(tags, "ORG", start, end)  # "the Handelsblatt newspaper", "Antara news agency"
        return True
    if size > 1 and _is_number(following) and bare(words[end - 1]) in CURRENCY_WORDS:
        tags[end - 1] = "O"  # "Lucky Cement Limited Rs" + "5 million": the currency is no part
        return True
    if size > 1 and _is_noun_acronym(first) and words[start + 1][1:].islower():
        tags[start] = "O"
        relabel(tags, kind, start + 1, end)  # "super PAC" + "Tessby Action": a noun, then a name
        return True
    if size > 1 and is_rating(first):
        name = start + 1
        while name < end - 1 and words[name].islower():
            name += 1  # "B-2 of" + "Tessby Corp"
        tags[start:name] = ["O"] * (name - start)
        relabel(tags, kind, name, end)  # "A-minus" + "Bay State Gas Co"
        return True
    rated = end if is_rating(following) else end - 1  # "Moody 's and" + "CCC-plus"
    if size > 1 and is_rating(words[rated]):
        cut = rated - 1 if words[rated - 1] in ("and", "&") else rated
        if cut < end:
            tags[cut:end] = ["O"] * (end - cut)  # "Moody 's" + "and CCC-plus": a rating
            return True
    if words[end - 1] in _GRADE_WORDS or following in _GRADE_WORDS:
        if words[end - 1] in _GRADE_WORDS:
            grade_end = end
        else:
            grade_end = after[2] if after and after[1] == end else end + 1
        relabel(tags, "MISC", start, grade_end)  # "West Texas Intermediate": an oil
        return True
    previous = words[start - 1] if start else ""
    if (
        kind != "LOC"
        and previous == ","
        and size == 1
        and is_state_after_town(words, tags, start, end)
    ):
        relabel(tags, "LOC", start, end)  # "in Wilmington, *Del.*, charging"
        return True
    if kind == "ORG" and previous in ("on", "for"):
        opening = _body_opening(words, tags, start - 1)
        if opening:
            while end - start > 1 and words[end - 1].islower():
                end -= 1
                tags[end] = "O"  # "Tariffs and Trade and" (other measures): no name ends so
            relabel(tags, kind, opening, end)  # "the General Agreement on" + "Tariffs and Trade"
            return True
    if kind == "ORG" and size > 2 and is_geographic(words, start, end):
        relabel(tags, "LOC", start, end)  # "the Strait of Hormuz"
        return True
    if (
        kind == "LOC" or (kind == "PER" and not (size > 1 and is_first_name(first, lexicon)))
    ) and _after_seat(words, start):
        relabel(tags, "ORG", start, end)  # "Wilmington, Del.-based Star States": a firm; not
        return True  # "Texas-based Matt Mackowiak said" (a consultant)
    if kind == "PER" and previous in ("its", "their") and following in HOLDINGS:
        relabel(tags, "ORG", start, end)  # "most of its Del Monte unit": a firm's part
        return True
    if previous in SINGING_VERBS and following not in ("'s", "’s"):
        relabel(tags, "MISC", start, end)  # "sang Hallelujah": a song
        return True
    if previous in SHIP_NOUNS or (
        previous in ("carrier", "carriers") and start > 1 and words[start - 2] == "aircraft"
    ):
        relabel(tags, "MISC", start, end)  # "the aircraft carrier Tessby Brisk": a ship
        return True
    if size > 1:
        if kind == "ORG":
            for based in range(start, end - 1):
                if words[based].endswith("-based"):
                    relabel(tags, "MISC", start, based + 1)  # "Tessby-based" + "Corbel
                    relabel(tags, "ORG", based + 1, end)  # Inc": the seat is no part of it
                    return True
        if first in _SHIP_PREFIXES:
            relabel(tags, "MISC", start, end)  # "the destroyer USS Tessby": a ship
            return True
        if (
            kind != "LOC"
            and words[end - 1].casefold() in _FEATURE_OR_REALM_ENDS
            and (ends_on_feature(words[end - 1], kind) or is_county(words, kind, start, end))
        ):
            relabel(tags, "LOC", start, end)  # "the Tessby River", "the Harlow Empire"
            return True
        if (
            kind == "PER"
            and bare(words[end - 1]) in STREET_ENDS
            and start
            and (words[start - 1].isdigit() or words[start - 1] in _STREET_BEFORE)
        ):
            relabel(tags, "LOC", start, end)  # "405 Brisk Ave.": an address, no person
            return True
    if kind in ("ORG", "PER") and size == 1 and start and bare(words[start - 1]) in DELIVERY_TERMS:
        relabel(tags, "LOC", start, end)  # "cif Rott", "fob Laredo": the port a price holds for
        return True
    if kind in ("ORG", "PER"):  # not a MISC adjective ("Olympic gold")
        town = _market_town(words, start, end, lexicon)
        if town:
            tags[town:end] = ["O"] * (end - town)
            relabel(tags, "LOC", start, town)  # "KANSAS CITY WHEAT", "ZURICH GOLD" + "1515"
            return True
    if _is_no_name_span(words, start, end, lexicon):
        for i in range(start, end):
            tags[i] = "O"
        return True
    if (
        kind in ("LOC", "ORG")
        and firm_named_after(words, start)
        and not is_country(words[start:end], lexicon)  # "a network Russia has financed"
    ):
        # "the company Sonora": a firm, though a state's name ("Sonora said" would make it the
        # state acting); a person's name there: see repair_person
        relabel(tags, "ORG", start, end)
        return True
    if size == 1 and len(previous) == 1 and lettered_firm(words, tags, start, kind, lexicon):
        relabel(tags, "ORG", start - 1, end)  # "K" + "Tessmart": one firm's name
        return True
    if (
        following in PLACE_PEOPLE
        and kind in ("ORG", "PER")
        and is_listed_place(words[start:end], lexicon)
    ):
        relabel(tags, "LOC", start, end)  # "a Harlow police official", "the Kuwait government"
        return True
    if following[:1].isupper() and tags[end] == "O":
        # "Royal Tessby" + "Mounted Police" (a body's name goes on after a person's only after
        # "the": see _named_body_end)
        tail = _tail_end(words, tags, end, _MAX_TAIL, BODY_TAILS) if kind in ("ORG", "LOC") else 0
        if tail:
            relabel(tags, "ORG", start, tail)  # "Tessby" + "Mounted Police": one body
            return True
        site = _tail_end(words, tags, end, 2, SITE_TAILS)
        if site:
            relabel(tags, "LOC", start, site)  # "Tessby Cricket" + "Ground": one place
            return True
    elif (
        kind != "MISC"
        and after
        and after[1:] == (end, end + 1)
        and following[:1].isupper()
        and (end + 1 == len(words) or not words[end + 1][:1].isupper())
        and (start == 0 or tags[start - 1] == "O")  # "NEC Industries" + "Netherlands" + "BV"
    ):
        # "Miami International" + "Airport", "Harlow Mounted" + "Police", "Ada Brisk" +
        # "Foundation": the last word of a site's or a body's name (after a person's, of a
        # body named after one), which the model made a name of its own
        last = bare(following)
        if last in (_NAMED_BODY_HEADS if kind == "PER" else _NAME_TAILS):
            relabel(tags, "LOC" if last in SITE_TAILS else "ORG", start, end + 1)
            return True
    elif following in _DEFINING and kind != "MISC":
        if kind != "LOC" and is_defined_as_place(words, end):
            relabel(tags, "LOC", start, end)  # "Tessby is a village in", "Tessby, a town of"
            return True
        if kind != "ORG" and is_defined_as_body(words, tags, start, end, lexicon):
            relabel(tags, "ORG", start, end)  # "Tessby, a mining company based in"
            return True
    if (
        (previous == "of" or following in PLACE_NOUNS)
        and kind != "LOC"
        and is_named_place(words, tags, kind, start, end, lexicon)
    ):
        relabel(tags, "LOC", start, end)  # "the town of *Harlow*", "the *Harlow* district"
        return True
    if kind != "MISC" and " ".join(words[start:end]).casefold() in WEATHER_PATTERNS:
        relabel(tags, "MISC", start, end)  # "If El Nino picks up momentum": no person
        return True
    if previous in _STORM_WORDS and tags[start - 1] == "O":
        relabel(tags, "MISC", start, end)  # "Hurricane Hugo": no person, no body
        return True
    if size > 1 and (
        first in _STORM_WORDS or (first == "Tropical" and words[start + 1] == "Storm")
    ):
        relabel(tags, "MISC", start, end)  # "Tropical Storm Ada" tagged whole
        return True
    if (
        following in SON_OF
        and after
        and after[1] == end + 1
        and after[0] != "MISC"
        and size <= MAX_NAME
    ):
        if after[0] == "ORG" and _body_head(words[after[2] - 1], lexicon):
            relabel(tags, "ORG", start, after[2])  # "Mohammed bin Rashid Housing Establishment"
            return True
        named = start
        while named + 1 < end and (
            words[named] in ROYAL_TITLES
            or (words[named] in RULER_TITLES and words[named + 1] in ROYAL_TITLES)
        ):
            named += 1  # "Emir Sheikh" + "Tamim bin Hamad": titles, as repair_person takes them
        tags[start:named] = ["O"] * (named - start)
        relabel(tags, "PER", named, after[2])  # "Omar" "bin" "Harlow": a person
        named = given_name_before_father(words, tags, named, after[2])
        strip_honorifics(words, tags, named, after[2])
        return True
    if kind == "ORG":
        if size > 2 and "and" in words[start:end] and two_firms(words, tags, start, end):
            return True
        if (previous in _FIRM_JOINS or bare(first) in COMPANY_WORDS) and company_and_co(
            words, tags, start, end, lexicon
        ):
            return True
        if previous in ("and", "&") and founders(words, tags, start, end):
            relabel(tags, "ORG", start - 2, end)  # "Procter and" + "Gamble Co"
            return True
    if kind != "LOC":
        opening = start
        while opening and words[opening - 1].isupper() and tags[opening - 1] == "O":
            opening -= 1  # "PRINCE" (left out) + "RUPERT, B.C. —"
        if opening == 0 and is_dateline(words, tags, 0, end, lexicon):
            relabel(tags, "LOC", 0, end)  # "PHILADELPHIA - It was ..."
            return True
    if (
        size > 1
        and (first in ROYAL_TITLES or first in RULER_TITLES)
        and not (kind == "LOC" and _among_places(words, tags, start))
    ):
        lead = start + (first in RULER_TITLES and words[start + 1] in ROYAL_TITLES)
        if words[lead] in ROYAL_TITLES and lead + 1 < end:
            lead += 1  # "Amir Sheikh" + the name: after two titles, a person's name
            name_end = end - 1 if ROMAN.fullmatch(words[end - 1]) else end
            if (lead > start + 1 or is_first_name(words[lead], lexicon)) and is_name(
                words[lead:name_end], lexicon
            ):
                tags[start:lead] = ["O"] * (lead - start)
                relabel(tags, "PER", lead, end)  # "Queen Ada" tagged a body or a place
                return True
    if (
        size > 2
        and first in _PARTY_MEMBERS
        and words[start + 1] == "of"
        and is_listed_place(words[start + 2 : end], lexicon)
    ):
        tags[start], tags[start + 1] = "O", "O"
        relabel(tags, "LOC", start + 2, end)  # "a Republican of *Wessex*"
        return True
    if (
        size > 1
        and kind != "MISC"
        and words[end - 1] in _PARTISANS
        and is_listed_place(words[start : end - 1], lexicon)
    ):
        # "the Wessex Democrat said", "an Orlando Democrat who": a person's description, the
        # place they represent and the party's member (as CoNLL-2003 tags "the Pennsylvania
        # Republican"), neither a body nor a person's name
        relabel(tags, "LOC", start, end - 1)
        relabel(tags, "MISC", end - 1, end)
        return True
    if (
        size > 1
        and kind in ("ORG", "LOC")
        and words[end - 1] == "District"
        and following == "Attorney"
    ):
        # "the Manhattan District" + "Attorney": a prosecutor's title and the place served
        tags[end - 1] = "O"
        relabel(tags, "LOC", start, end - 1)
        return True
    if (
        following == ","
        and after
        and after[1] == end + 1
        and kind != "LOC"
        and (
            (kind == "ORG" and firm_seat(words, tags, start, end, after))
            or town_and_state(words, start, end, after, lexicon)
            or (kind == "ORG" and town_before_state(words, start, end, after, lexicon))
        )
    ):
        # "Corbel Corp., *Harlow*, Kuwait"; "Harlow, Kuwait": a town, then its state
        relabel(tags, "LOC", start, end)
        return True
    if kind == "ORG" and previous == "," and firm_town(words, tags, start, end, lexicon):
        relabel(tags, "LOC", start, end)  # "Trustee: Harlow National Bank, *Tessby*."
        return True
    return False


def _legislator_of_place(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Split a legislator named by surname, "of" and the place he represents, which the model
    read as one name or as a name ending in "of", into the person and the place: after a
    party's members or a legislator's title ("Republicans *Brisk of Harlow*", "Sen. *Brisk of*
    Harlow Shores") or after another such pair and "and" or a comma ("... Brisk of Harlow and
    *Tamber of Wessex*"). The place is the rest of the name, or up to three capitalised words
    after the "of" the name ends in. Returns whether it split the name."""
    surname = words[start]
    if not (start and surname.istitle() and is_name([surname], lexicon)):
        return False
    before = words[start - 1]
    if bare(before) not in LEGISLATOR_WORDS and not (
        before in LIST_JOINS and _legislator_before(words, tags, start - 1)
    ):
        return False
    place_end = end
    if end == start + 2:
        while place_end < min(len(words), end + 3) and words[place_end].istitle():
            place_end += 1
        if place_end == end:
            return False
    relabel(tags, "PER", start, start + 1)
    tags[start + 1] = "O"
    relabel(tags, "LOC", start + 2, place_end)
    return True


def _legislator_before(words: Sequence[str], tags: Sequence[str], join: int) -> bool:
    """Whether a person, "of" and a place end just before ``join`` ("Brisk of Harlow" + "and")."""
    if join < 3 or tags[join - 1][2:] != "LOC":
        return False
    place = name_start(tags, join - 1)
    return place > 1 and words[place - 1] == "of" and tags[place - 2][2:] == "PER"


def _body_opening(words: Sequence[str], tags: Sequence[str], link: int) -> int:
    """Where a body's name opens that the model began only after "on" or "for" (at ``link``):
    at up to three capitalised words it left untagged after "the", not ending on a title ("the
    Subcommittee on" + "Trade", "the New School for" + "Social Research"; not "the Minister
    for"). Before "on" they may be a MISC name ("the General Agreement on" + "Tariffs and
    Trade"), not before "for" ("in the Swiss Super League for" + "FC Basel": a team's
    league). Else 0."""
    kinds = ("", "MISC") if words[link] == "on" else ("",)
    opening = link
    while (
        link - opening < _MAX_TAIL
        and opening > 1
        and tags[opening - 1][2:] in kinds
        and words[opening - 1].istitle()
    ):
        opening -= 1
    if opening == link or is_any_title_head(words[link - 1]):
        return 0
    return opening if words[opening - 1].casefold() == "the" else 0


_FIRM_AFTER = SUBJECT_VERBS | _POSSESSIVE_S  # "DNA said", "DNA 's": a firm's short name


def _is_molecule(words: Sequence[str], i: int) -> bool:
    """Whether the molecule's acronym at ``i`` ("DNA") is the molecule, written after a
    lower-case word ("through DNA testing", "DNA/RNA", "political DNA."), not a firm short
    named so: that is written as a subject or an owner ("Mize, DNA said", "of DNA's
    stock")."""
    before = words[i - 1] if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    return (before[:1].islower() or before == "/") and after not in _FIRM_AFTER


def _is_no_name_span(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> bool:
    """Whether ``words[start:end]`` is no name of any kind: a table heading or a currency, a
    variant's letter, a common noun written as an acronym ("a super PAC"), or one word that
    :func:`is_no_name` rejects, a molecule ("DNA"), a nationality, a kind of people or a party
    and state ("R-Va.")."""
    if end - start <= 2 and _is_noun_acronym(words[end - 1]):
        return _acronym_as_noun(words, start, end)
    if end - start > 1:
        return _is_figure_span(words, start, end, lexicon)
    word = words[start]
    return (
        _is_figure_span(words, start, end, lexicon)
        or (end < len(words) and words[end] in VARIANT_WORDS and _is_variant(words, start, end))
        or word.casefold() in _VARIANT_LETTERS
        or is_no_name(words, start, lexicon)
        or (word.casefold() in MOLECULE_ACRONYMS and _is_molecule(words, start))
        or is_nationality(word, lexicon)
        or (word[1:2] == "-" and _PARTY_STATE.fullmatch(word) is not None)
        or _names_people(words, start, lexicon)
    )


def _acronym_as_noun(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the acronym of a common noun ending ``words[start:end]`` (one word, or two with
    the word before it) is that noun: after "super" ("a super PAC", "Super PACs"), a function
    word ("The PAC") or a lower-case word; not the last word of a name cut short ("Our
    Tessby" + "PAC"), nor a name in a list ("LIBRE and PAC"), a stock code ("<PAC>") or a word
    of a firm's name in capitals."""
    before = words[end - 2] if end - 2 >= 0 else ""
    if before in LIST_JOINS:
        return False  # "the Liberal , LIBRE and PAC": a party's name among others
    low = before.casefold()
    if low == "super" or low in QUERY_STOP_WORDS:
        return True
    return (
        end - start == 1
        and not before[:1].isupper()
        and before != "<"
        and (end == len(words) or not words[end].isupper())  # "PAC G&E CO": a table's firm
    )


def _is_noun_acronym(word: str) -> bool:
    """Whether ``word`` is a common noun written as an acronym, or its plural ("PAC", "PACs";
    lexicon.NOUN_ACRONYMS), in capitals."""
    stem = word[:-1] if word[-1:] == "s" else word
    return stem.isupper() and stem.casefold() in NOUN_ACRONYMS


def _names_people(words: Sequence[str], i: int, lexicon: WordClasses) -> bool:
    """Whether the word at ``i`` names a kind of people, as a nationality does, which the model
    reads as a body, a person or a place: one of lexicon.PEOPLE_NAMES in the plural
    ("Latinos", "Millennials") or as a word of a phrase (an adjective, "Latino voters", or
    after an article, "a wise Latina"; not "said Latino ,", a surname), though not after a
    place's preposition ("in Latina", a town); or the people of a state, a country or a town
    that training mostly tagged a place, as a plural that training never had as a name
    ("Iowans", "Vermonters", "Parisians"; the team "Texans" was one)."""
    word = words[i]
    low = word.casefold()
    if low in PEOPLE_NAMES or (low[-1:] == "s" and low[:-1] in PEOPLE_NAMES):
        if i and words[i - 1] in PLACE_PREPOSITIONS:
            return False
        following = words[i + 1] if i + 1 < len(words) else ""
        return (
            low not in PEOPLE_NAMES
            or (following.islower() and following not in SUBJECT_VERBS)
            or not _ARTICLES.isdisjoint(words[max(i - 2, 0) : i])
        )
    if (
        low[-1:] != "s"
        or not word.istitle()
        or lexicon.types.get(word, "O").split()[0] in ("PER", "ORG", "LOC")
        or word in lexicon.gazetteer
    ):
        return False
    for ending in RESIDENT_ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            if any(_people_of(stem + tail, lexicon) for tail in ("", "a", "y", "s")):
                return True
    return False


def _people_of(name: str, lexicon: WordClasses) -> bool:
    """Whether a plural of ``name``'s people names them (:func:`_names_people`): a listed state
    or country, or a listed town that training mostly tagged a place (not "Gardena", whose
    "Gardeners" are a trade)."""
    classes = gazetteer_classes([name], lexicon)
    return not classes.isdisjoint(("state", "country")) or (
        "city" in classes and _mostly(name, "LOC", lexicon)
    )


def _market_town(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> int:
    """Where the listed town ends that heads a market's prices before a commodity ("KANSAS
    CITY WHEAT", "Sao Paulo coffee"), in a name of another kind that may have taken the
    commodity in when all in capitals ("ZURICH GOLD 1515"; "Kalimantan Gold" is a firm); 0 if
    the name is no such town."""
    town = end
    if end - start > 1 and bare(words[end - 1]) in COMMODITY_WORDS and words[end - 1].isupper():
        town = end - 1
    if town == end and (end == len(words) or bare(words[end]) not in COMMODITY_WORDS):
        return 0
    name = [w.title() if w.isupper() else w for w in words[start:town]]
    return town if is_listed_place(name, lexicon) else 0


def _tail_end(
    words: Sequence[str], tags: Sequence[str], end: int, longest: int, tails: frozenset[str]
) -> int:
    """Where a name ends that the model cut short: up to ``longest`` capitalised words it left
    out after ``end``, the last one of ``tails``; 0 when the words after ``end`` are no such
    words."""
    j = end
    while j < len(words) and j - end < longest and tags[j] == "O":
        word = words[j]
        if not (word[:1].isupper() and word.isalpha()):
            break
        j += 1
    return j if j > end and bare(words[j - 1]) in tails else 0


_VARIANT_LETTERS = pick(GREEK_LETTERS, "omicron epsilon iota")
"""Variants' Greek letters that name no firm, group or person ("cases of Omicron rose"): not
"Delta" (the airline), "Eta" ("ETA"), "Xi" (Xi Jinping, a letter the WHO skipped for that)."""


def _is_variant(words: Sequence[str], start: int, end: int) -> bool:
    """Whether ``words[start:end]`` is a Greek letter naming a variant or a wave ("the Omicron
    variant"): capitalised, seen as an organisation by the model, and no name."""
    return (
        end == start + 1
        and end < len(words)
        and words[start].casefold() in GREEK_LETTERS
        and words[end] in VARIANT_WORDS
    )


def _institution_after_the(
    words: Sequence[str], start: int, end: int, after: tuple[str, int, int] | None
) -> int:
    """Where the institution ends that a name the model opened on "The" names by its head,
    last ("The Commerce Department") or before "of" and its field, inside the name or as the
    next one ("The Ministry of Commerce", "The Ministry" + "of" + "Commerce" after a
    dateline's dash): the article is no part of it. 0 if it names none so."""
    if end - start > 2:
        if bare(words[end - 1]) in INSTITUTION_HEADS or (
            words[start + 2] == "of" and bare(words[start + 1]) in INSTITUTION_HEADS
        ):
            return end
        return 0
    if (
        bare(words[start + 1]) in INSTITUTION_HEADS
        and after is not None
        and after[0] == "ORG"
        and after[1] == end + 1
        and words[end] == "of"
    ):
        return after[2]
    return 0


def _after_seat(words: Sequence[str], start: int) -> bool:
    """Whether the town a body is based in comes right before the name ("Dallas-based",
    "Del." + "-" + "based"): what a town is the seat of is a firm or a body, never a person
    or a place."""
    previous = words[start - 1] if start else ""
    if previous == "based" and start > 2 and words[start - 2] == "-":
        previous = words[start - 3] + "-based"
    return previous.endswith("-based") and previous[:1].isupper()  # not "286-based" (a chip)


def _role_acronym(word: str) -> bool:
    """Whether ``word`` is a legislator's acronym ("MLA", "MPs"), which names no body."""
    return word[:2].isupper() and word.casefold() in ROLE_ACRONYMS
