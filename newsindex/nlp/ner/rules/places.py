"""Rules that tell a place from the words around a name of another kind, and the rules for a
name the model made a place.

News names a town in set ways: before its state ("Harlow, Kuwait"), after "in" or "the mayor
of", in a list of places, in a dateline, defined as one ("Tessby is a village in"), or as a
compass point's part of a listed place ("Southern Harlow"). A name the model made a place may
instead start a body's name ("the Harlow" + "Gazette", "Harlow City" + "Council").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...lexicon import (
    AMOUNT_WORDS,
    ARABIC_PLACE_HEADS,
    BODY_TAILS,
    CENTRE_WORDS,
    CLUB_CUES,
    COMPANY_WORDS,
    COMPASS_POINTS,
    COMPASS_WORDS,
    FEATURE_ENDS,
    FIRM_PART_NOUNS,
    GEOGRAPHIC_HEADS,
    INSTITUTION_HEADS,
    JOINING_VERBS,
    KINDS_OF_PLACE,
    NAME_ABBREVIATIONS,
    NAMED_FOR_PERSON,
    NEWS_AGENCIES,
    NEWSPAPER_MIDDLES,
    NEWSPAPER_WORDS,
    OFFICE_LINKS,
    PLACE_NOUNS,
    PLACES_OF,
    PLAN_NOUNS,
    QUERY_STOP_WORDS,
    REALM_ENDS,
    SUBJECT_AUXILIARIES,
    SUBJECT_VERBS,
    TOWN_WORDS,
    pick,
    wordset,
)
from ...names import STATE_ABBREVIATION
from ..model import WordClasses
from .common import (
    ADJECTIVE_ENDS,
    AND_HEADS,
    ARABIC_ARTICLE,
    BODY_WORDS,
    CALENDAR_WORDS,
    DATELINE_DASHES,
    FIRM_ENDS,
    INTO_PLACE,
    LIST_JOINS,
    PLACE_BEFORE,
    PLACE_CLASSES,
    PLACE_PREPOSITIONS,
    bare,
    defined_as,
    gazetteer_classes,
    holding_after,
    in_lower_case,
    is_country,
    is_letter_rating,
    is_listed_place,
    is_no_name,
    is_person_word,
    is_state_abbreviation,
    name_start,
    names_outlet,
    relabel,
)

_PLACE_ENDS = frozenset({"B-LOC", "I-LOC"})
_BODY_ENDS = pick(NAMED_FOR_PERSON, "institute foundation university college") | {"institution"}
"""Last words of a body's name that the model may read as a place ("Brookings Institution",
"Rice University")."""
_FIRM_OR_BODY = FIRM_ENDS | BODY_TAILS
_NO_PLACE_ENDS = _BODY_ENDS | COMPANY_WORDS - wordset("sa")
"""Last words of a name the model made a place that make it a body's or a company's ("Brookings
Institution", "Emhart Corp's United States business"); not "SA", South Africa's too."""
_NOT_BANKS = COMPASS_POINTS | wordset("left right the")
"""Words before "Bank" in places' names ("the West Bank", "the Left Bank"), and "The". The
model, taught by "West Bank", makes a place of any name ending in "Bank"; with another word
there it is a bank's ("Bethmann Bank", "the Commonwealth Bank of Australia", "Export-Import
Bank"). "The Bank" alone is left to the article's pass (the bank it named in full)."""
_ACTING_VERBS = SUBJECT_VERBS - SUBJECT_AUXILIARIES
"""Verbs after a name that a firm or a body does far more often than a place."""
_BEFORE_PLACE = LIST_JOINS | wordset("the of around")
_AFTER_KIND_OF_PLACE = COMPASS_POINTS | wordset(
    "in of on near , . that which where and ( located situated about some with"
)
"""Words after "a village", "a town" that show it is the place defined ("a village in"),
not a person's post ("a village elder", "a town councillor")."""


_LOAN_REACH = 5
"""Words after a club's name that "joined" names, to its loan's ("joined Tessby on a
month's loan")."""


def _club_in_career(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> bool:
    """Whether the name the model made a place at ``[start, end)`` is a sports club named in a
    player's career: after a transfer's or a loan's words (``CLUB_CUES``: "signed for
    Harlow", "was loaned to Tessby", "played for Corbel"), or after "joined" with a loan
    soon after ("joined Tessby on a month's loan"). A club bears its town's name, and the
    model, reading two words either side, took the town. Not a country ("played for
    Canada"): a national side stays a place, as news and the NER sets write it."""
    joined = start > 0 and words[start - 1] in JOINING_VERBS
    if not joined and not any(
        start >= len(cue) and tuple(words[start - len(cue) : start]) == cue for cue in CLUB_CUES
    ):
        return False
    if joined and "loan" not in words[end : end + _LOAN_REACH]:
        return False
    return not is_country(words[start:end], lexicon)


_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,4}")
"""Two to five capitals (an ampersand among them: "S&M"), a body's initials."""


def town_before_state(
    words: Sequence[str],
    start: int,
    end: int,
    after: tuple[str, int, int],
    lexicon: WordClasses,
) -> bool:
    """Whether an organisation of one or two words, no body's word in it, before a comma and
    a listed state or country, is a town the gazetteer does not list ("TESSBY, Kuwait" in a
    dateline, "off the coast of Tessby, Kuwait"), as news writes a town; not after a comma,
    where it may be one of a list of names ("Corbel, Tessby, Kuwait")."""
    return (
        after[0] == "LOC"
        and end - start <= 2
        and not (start and words[start - 1] == ",")  # "Corbel, Tessby, Kuwait": a list
        and not any(bare(w) in BODY_WORDS or bare(w) in BODY_TAILS for w in words[start:end])
        and (after[2] == len(words) or words[after[2]] not in ("'s", "’s"))  # "Party, Kuwait's"
        and bool({"state", "country"} & gazetteer_classes(words[after[1] : after[2]], lexicon))
    )


def ends_on_feature(word: str, kind: str) -> bool:
    """Whether a name of two or more words of ``kind`` that ends on ``word`` is a geographic
    feature's or a realm's: a place (see FEATURE_ENDS, REALM_ENDS)."""
    if not word[:1].isupper():
        return False
    low = word.casefold()
    return low in FEATURE_ENDS or (kind == "MISC" and low in REALM_ENDS)


def is_defined_as_place(words: Sequence[str], end: int) -> bool:
    """Whether the words after a name define it as a kind of place: "is a (small) village
    in", "was the principal city of", ", a town of 20,000" (see :func:`defined_as`)."""
    return defined_as(words, end, KINDS_OF_PLACE, _AFTER_KIND_OF_PLACE)


def is_named_place(
    words: Sequence[str], tags: Sequence[str], kind: str, start: int, end: int, lexicon: WordClasses
) -> bool:
    """Whether a name is a place for the lower-case word for a kind of place next to it: "the
    town of *Harlow*", "the *Harlow* district", "the *Harlow* metropolitan area". A MISC name
    is one after "of" always ("the province of *Tessban*": no adjective stands there); before the
    word only when it is no adjective ("the Kurdish town" keeps its nationality): not one in
    training, no listed nationality, no adjective's ending."""
    if start > 1 and words[start - 1] == "of" and words[start - 2] in PLACES_OF:
        return True
    if not (
        end < len(words)
        and words[end] in PLACE_NOUNS
        and tags[end] == "O"
        and not words[end - 1].isupper()  # "the OECD region": a body's members
    ):
        return False
    if kind != "MISC":
        return True
    last = words[end - 1]
    return not (
        last.endswith(ADJECTIVE_ENDS)
        or "MISC" in lexicon.types.get(last, "").split()
        or "nationality" in lexicon.gazetteer.get(last, "")
    )


def _place_starts_body(
    words: Sequence[str], start: int, end: int, body: int, lexicon: WordClasses
) -> bool:
    """Whether the place ``[start, end)`` right before the organisation ending at ``body``
    starts its name ("New Tessby" + "Knicks", "Tessby" + "Census Bureau"): not after a
    preposition ("in Harlow Corbel Corp said" names where and who), neither in capitals (a
    headline's "HARLOW CORBEL", an acronym after a place: "Harlow NAPM"), and not when the
    organisation is one word that is no name ("U.S. Officials said")."""
    return (
        not (start and words[start - 1] in PLACE_PREPOSITIONS)
        and not words[start].isupper()
        and not words[end].isupper()
        and not (body == end + 1 and is_no_name(words, end, lexicon))
    )


_MAX_BODY_WORDS = 3  # a body's words after the place that opens its name: "Stock Exchange"
_ABBREVIATED_PARTS = frozenset(
    w.capitalize() + "." for w in pick(NAME_ABBREVIATIONS, "st ste mt ft")
)
"""Abbreviated words inside a place's name ("Sault Ste. Marie", "Port St. Lucie")."""


def abbreviated_part_before(tags: Sequence[str], words: Sequence[str], start: int) -> int | None:
    """Start of the name an abbreviated "Saint" or "Mount" right before ``start`` opens or
    carries on ("Ste." + "Therese", "First National Bank of St." + "Paul"), or None: the word
    after one is the name's, no person's, where the model cut there. Not after a person's
    name ("Ada" + "St. John"), whose family name it opens."""
    if not start or words[start - 1].rstrip(".") + "." not in _ABBREVIATED_PARTS:
        return None  # with its dot or without: "Ste. Therese", "Ste Therese"
    if tags[start - 1] != "O":
        return name_start(tags, start - 1)
    return None if start > 1 and tags[start - 2][2:] == "PER" else start - 1


def repair_place(
    words: Sequence[str],
    tags: list[str],
    start: int,
    end: int,
    after: tuple[str, int, int] | None,
    lexicon: WordClasses,
) -> bool:
    """The rules for a name the model made a place that may make it a body's name, or that
    the model cut after "Ste." ("Sault Ste." + "Marie") or before a lower-case particle of a
    listed place ("Dar es" + "Salaam"), or that no list holds before a plan's noun ("the
    Superfund program", no place), or that shares firms' parts with a firm after "and" or
    has a firm's shares, or that is "the Centre" alone or a firm's name and a country. Returns
    whether one changed the span."""
    if (
        (end == start + 1 and _centre_alone(words, start))
        or (end == start + 2 and _firm_and_country(words, start, lexicon))
        or (names_outlet(words, start, end) and words[start - 1 : start] != ["of"])
    ):
        # "the Centre has asked the states", "told Al-Ahram"; not "the launch of Sputnik"
        relabel(tags, "ORG", start, end)
        return True
    if (
        end < len(words)
        and words[end - 1] in _ABBREVIATED_PARTS
        and words[end][:1].isupper()
        and words[end].isalpha()
    ):
        rest = after[2] if after and after[1] == end else end + 1
        relabel(tags, "LOC", start, rest)  # an abbreviated "Saint" or "Mount" ends no place
        return True
    if (
        start > 1
        and (
            words[start - 1].islower()
            or (
                words[start - 1].isupper() and words[start - 2].isupper() and words[start].isupper()
            )
        )
        and tags[start - 2][:1] in ("O", "B")
        and words[start - 2][:1].isupper()
        and is_listed_place(_as_listed(words[start - 2 : end]), lexicon)
    ):
        relabel(tags, "LOC", start - 2, end)  # "Dar" (untagged or a person) "es" "Salaam"
        return True  # also a dateline's "DAR ES SALAAM"
    if _club_in_career(words, start, end, lexicon):
        relabel(tags, "ORG", start, end)  # "signed for Harlow", "was loaned to Tessby"
        return True
    head = _untagged_body_head(words, tags, end)
    if head:
        relabel(tags, "ORG", start, head)  # "New York" + "Stock Exchange Chairman Ada Brisk"
        return True
    if start and words[start - 1] == "Air" and tags[start - 1] == "O":
        relabel(tags, "ORG", _airline_start(words, tags, start - 1, lexicon), end)
        return True  # "TAP Air" + "Tessbia": an airline, no place
    body = after[2] if after and after[0] == "ORG" and after[1] == end else 0
    if (
        body
        and (
            (start and words[start - 1].casefold() == "the")
            or (  # "Harlow" + "National Oil Company": a firm's common words
                bare(words[body - 1]) in FIRM_ENDS
                and lexicon.text_cap.get(words[end].casefold(), "C") != "C"
            )
            or _place_starts_body(words, start, end, body, lexicon)
        )
        and words[end - 1][:1].isupper()  # "the Strait of" + "Tessel": a place
        and not is_state_abbreviation(words[end - 1], lexicon)  # "Harlow, Del." + "Corbel is"
    ):
        relabel(tags, "ORG", start, body)  # "the Harlow" "Gazette": one name
        return True
    last = bare(words[end - 1])
    if end - start > 1 and (
        last in _NO_PLACE_ENDS
        or (
            last == "bank"
            and bare(words[end - 2]) not in _NOT_BANKS
            and words[end : end + 1] != ["and"]  # "Madill Bank and Trust Co": places_and_firms
        )
    ):
        relabel(tags, "ORG", start, end)  # "Harlow Institution", "Tessby Corp": no place
        return True
    if body and after is not None and _town_body(words, start, end, after, lexicon):
        relabel(tags, "ORG", start, body)
        return True
    if end - start == 1 and _unlisted_acronym(words, tags, start, lexicon):
        relabel(tags, "ORG", start, end)  # "under FINA rules", "on KSFO": a body's initials
        return True
    if end - start == 1 and _unknown_subject(words, start, lexicon):
        relabel(tags, "ORG", start, end)  # "said Pertamina would raise prices"
        return True
    if (
        after
        and after[:2] == ("ORG", end + 1)
        and words[end] == "and"
        and after[2] < len(words)
        and _firm_parts(words[after[2]])
        and not is_listed_place(words[start:end], lexicon)
    ):
        relabel(tags, "ORG", start, end)  # "its Tessco and Corbel Pipeline affiliates": firms
        return True
    if (
        end + 1 < len(words)
        and holding_after(words, end)
        and not is_listed_place(words[start:end], lexicon)
    ):
        relabel(tags, "ORG", start, end)  # "Valeant's stock": a firm, no place
        return True
    if (
        end < len(words)
        and words[end] in PLAN_NOUNS
        and not any(word in lexicon.types or word in lexicon.gazetteer for word in words[start:end])
    ):
        tags[start:end] = ["O"] * (end - start)  # "the Superfund program": the plan's name
        return True
    return False


def _firm_parts(word: str) -> bool:
    """Whether ``word`` names firms' parts in the plural ("affiliates", "subsidiaries"), which
    names joined by "and" before it share: each is a firm's."""
    return word.endswith("s") and (
        word[:-1] in FIRM_PART_NOUNS or word.removesuffix("ies") + "y" in FIRM_PART_NOUNS
    )


def _as_listed(words: Sequence[str]) -> list[str]:
    """A place's name around a particle as the gazetteer writes it: the particle capitalised
    ("Dar Es Salaam"), a word in capitals as a name ("DAR ES SALAAM")."""
    listed = [word.capitalize() if word.isupper() else word for word in words]
    listed[1] = listed[1].capitalize()
    return listed


def _unlisted_acronym(
    words: Sequence[str], tags: Sequence[str], start: int, lexicon: WordClasses
) -> bool:
    """Whether the word at ``start`` is an acronym ("FINA", "KSFO", "NCAA") that no list holds
    as a place and training had mostly as none, in a sentence written in lower case: bodies go
    by their initials, places hardly ever but the listed ones ("U.S.", "UAE"); a headline's
    or a dateline's capitals ("SOCCER - WIGAN BEAT ...", "ESCHEN 1996-08-31") are names
    written in full."""
    word = words[start]
    if not _ACRONYM.fullmatch(word) or is_letter_rating(word):  # "BBB": a rating, no body
        return False
    if start > 1 and words[start - 1] == "," and tags[start - 2][2:] == "LOC":
        return False  # "Harlow, ID": a town's state or country, by its code
    for form in (word, word.capitalize()):  # "ITALY - Bond futures ...": Italy in capitals
        if form in lexicon.gazetteer or lexicon.types.get(form, "O").split()[0] == "LOC":
            return False
    return in_lower_case(words)


def _unknown_subject(words: Sequence[str], start: int, lexicon: WordClasses) -> bool:
    """Whether the one word at ``start``, made a place, is the subject of a verb of saying or
    of "will" or "would" that neither training nor the gazetteer knows ("said Pertamina would
    raise", "Stora announced"): a firm or a body far more often than a place, which news
    names after a preposition, "the" or "of", or in a list ("the port of Balao will", "Khon
    Kaen and Mahasarakam will"); not before "is" or "has", which a place has as often
    ("Tessby is northwest of Harlow")."""
    word = words[start]
    if start + 1 == len(words) or words[start + 1] not in _ACTING_VERBS:
        return False
    if word in lexicon.types or word in lexicon.gazetteer:
        return False
    previous = words[start - 1].casefold() if start else ""
    return previous not in _BEFORE_PLACE and previous not in INTO_PLACE


def _untagged_body_head(words: Sequence[str], tags: Sequence[str], end: int) -> int:
    """Where the body ends that a place opens, when the model left its other words untagged: at
    most three capitalised words after the place, the last an institution's head ("New York"
    + "Stock Exchange", "Harlow" + "District Court"); 0 if there is none."""
    stop = end
    while (
        stop < len(words)
        and stop - end < _MAX_BODY_WORDS
        and tags[stop] == "O"
        and words[stop].istitle()
        and words[stop].isalpha()
    ):
        stop += 1
        if bare(words[stop - 1]) in INSTITUTION_HEADS:
            return stop
    return 0


def _airline_start(
    words: Sequence[str], tags: Sequence[str], air: int, lexicon: WordClasses
) -> int:
    """Where the airline's name that ends "Air" + a place starts: at the organisation the model
    tagged right before "Air", or at most two capitalised words it left untagged ("TAP Air
    Tessbia"), no function word nor a word running text writes in lower case unless in
    capitals ("Flying Air Tessbia"); else at "Air"."""
    if air and tags[air - 1][2:] == "ORG":
        return name_start(tags, air - 1)
    first = air
    while first and air - first < 2 and tags[first - 1] == "O":
        word = words[first - 1]
        low = word.casefold()
        if not (
            word[:1].isupper()
            and word.isalpha()
            and low not in QUERY_STOP_WORDS
            and (word.isupper() or lexicon.text_cap.get(low, "C") == "C")
        ):
            break
        first -= 1
    return first


def _centre_alone(words: Sequence[str], start: int) -> bool:
    """Whether the word at ``start`` is "Centre" or "Center" alone after "the": India's
    central government ("the Centre and the states"), or a body named by its head after
    its full name ("the Center for Tessian Studies ... the Center said"), no place; not
    before a link or a name ("the Centre for", "the Centre Party")."""
    following = words[start + 1] if start + 1 < len(words) else ""
    return (
        start > 0
        and bare(words[start]) in CENTRE_WORDS
        and words[start - 1] in ("the", "The")
        and not following[:1].isupper()
        and following not in OFFICE_LINKS
    )


def _firm_and_country(words: Sequence[str], start: int, lexicon: WordClasses) -> bool:
    """Whether the two words at ``start`` are a firm's name and the country of its branch or
    its state: an acronym or a word training knew only as an organisation's, or never saw,
    before a country ("MTN Nigeria", "Garuda Indonesia"); not a compass word, a listed place,
    a people's or place's word ("West Germany", "Nazi Germany"), a word news writes in lower
    case ("Mainland China", "Poor Mexico") or a people's ("Muscovite Russia"), a currency after
    an amount, nor where a longer name goes on ("Clingendael Netherlands Institute")."""
    first, low = words[start], words[start].casefold()
    following = words[start + 2] if start + 2 < len(words) else ""
    previous = words[start - 1] if start else ""
    return (
        is_country(words[start + 1 : start + 2], lexicon)
        and not following[:1].isupper()
        and not previous[:1].isdigit()
        and previous.casefold() not in AMOUNT_WORDS  # "1.2 bln SKR China": a currency
        and first.isalpha()
        and low not in COMPASS_WORDS
        and first not in lexicon.gazetteer
        and (
            (first.isupper() and len(first) > 1)
            or (
                lexicon.types.get(first, "ORG").split()[0] == "ORG"
                and _firm_word(first, {lexicon.text_cap.get(low), lexicon.cap.get(low)})
            )
        )
        and not lexicon.types.get(first, "").split()[1:]  # an organisation's only
        and not is_listed_place(words[start : start + 2], lexicon)
    )


def _firm_word(word: str, classes: set[str | None]) -> bool:
    """Whether a capitalised word that training never tagged other than an organisation, of
    these capitalisation classes, may be a firm's: not one news writes in lower case
    ("Mainland China"), and one no text had ends on no people's ending ("Muscovite Russia")."""
    if classes & {"l", "m"}:
        return False
    return classes != {None} or not word.endswith(_PEOPLE_ENDS)


_PEOPLE_ENDS = (*ADJECTIVE_ENDS, "ite")
"""Endings of a people's words: "Kurdish", "Iraqi", "Muscovite"."""


_AGENCY_DASHES = DATELINE_DASHES | {"_"}
"""Dashes after an agency's bracket: AP's wire copy writes one as "_" ("HARLOW (AP) _ ...")."""
_MAX_DATELINE = 10  # words before an agency's bracket: "PORT TESSBY , B.C. , Sept. 28 ("


def is_dateline(
    words: Sequence[str], tags: Sequence[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Whether a listed place in capitals opening a text before a dash, the agency's bracket, a
    colon, or a comma and the state's name or the day is its dateline ("PHILADELPHIA - It was
    ...", "TALLAHASSEE — Donald Trump's ...", "NEW DELHI: The ...", as South Asian papers
    write it, "HARLOW (AP)", "HARLOW, Mass. (AP)", "HARLOW, Sept. 28 (UPI) —"), unlike a
    headline's topic ("RUGBY UNION - ..."); before a comma, a state's or province's name and a
    dash, any town in capitals is ("PORT TESSBY, B.C. — Members ..."), and any name in any case
    before the agency's bracket and a dash ("Hamilton (Reuters) - The city ...", as AFP and
    Reuters write it today; "UNITED NATIONS (AP) _ The council ...": the body's seat), not a
    firm's stock code, nor a team's letter in a fixture: "Tessby ( N ) - Harlow")."""
    if (
        start == 0
        and end + 3 < len(words)
        and words[end] == "("
        and words[end + 2] == ")"
        and words[end + 3] in _AGENCY_DASHES
        and (_AGENCY.fullmatch(words[end + 1]) or words[end + 1].casefold() in NEWS_AGENCIES)
        and bare(words[end - 1]) not in FIRM_ENDS  # "Corbel Inc (CBL) - Offering of ..."
    ):
        return True
    if start != 0 or end + 1 >= len(words) or not all(w.isupper() for w in words[start:end]):
        return False
    if words[end] == "," and tags[end + 1] == "B-LOC":
        k = end + 2
        while k < len(words) and tags[k] == "I-LOC":
            k += 1
        if k < len(words) and words[k] in DATELINE_DASHES:
            return True
    return (
        (
            words[end] in DATELINE_DASHES
            or words[end] in ("(", ":")  # "TESSBY: The ...", as South Asian papers write it
            or (
                words[end] == ","
                and (tags[end + 1] == "B-LOC" or bare(words[end + 1]) in CALENDAR_WORDS)
            )
        )
        and is_listed_place([w.title() for w in words[start:end]], lexicon)
    )


def is_dateline_agency(words: Sequence[str], tags: Sequence[str], start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are the news agency or paper in brackets
    after a text's dateline, its town and the day, before a dash or, as South Asian and
    African outlets write it, a colon ("HANOI, June 12 (VNA) -", "JAKARTA, Feb 20 (Antara) -",
    "TESSBY (PTI):", "HARLOW (New Tessbian):"; a town in capitals before a colon, not a
    sports result's ground, "Tessby (Lune Road):"): a body, whatever its name reads as."""
    return (
        1 < start < _MAX_DATELINE
        and end + 1 < len(words)
        and words[start - 1] == "("
        and words[end] == ")"
        and (
            words[end + 1] in _AGENCY_DASHES
            or (words[end + 1] == ":" and words[0].isupper())  # not "Tessby (Lune Road):"
        )
        and tags[0] == "B-LOC"
        and all(
            tags[k][2:] == "LOC"
            or words[k] in (",", ".")
            or words[k].isdigit()
            or bare(words[k]) in CALENDAR_WORDS
            for k in range(1, start - 1)
        )
    )


def arabic_name(
    words: Sequence[str], tags: list[str], kind: str, start: int, end: int, lexicon: WordClasses
) -> bool:
    """Read a name written with the Arabic article, which the model knows little of: the words
    either side of it after a noun for a kind of place are a place ("Deir el-Balah" tagged a
    person, "Sharm" + "el-Sheikh", "Ras" left out + "al-Khaimah"); a name that opens on the
    article ("al-Sadr") after a capitalised word the model left out, that training had as a
    person's or never had, is that person's ("Moqtada al-Sadr", tagged a place). Returns
    whether the tags changed."""
    if (
        words[start].casefold() in ARABIC_PLACE_HEADS
        and start + 1 < len(words)
        and ARABIC_ARTICLE.match(words[start + 1])
    ):
        stop = max(end, start + 2)
        while stop < len(words) and tags[stop][:2] == "I-":
            stop += 1
        relabel(tags, "LOC", start, stop)  # "Deir" + "el-Balah", "Khan al-Ahmar" (PER)
        return True
    if start == 0 or not ARABIC_ARTICLE.match(words[start]):
        return False
    head = start - 1
    word = words[head]
    if (tags[head] == "O" or tags[head][:2] == "B-") and word.casefold() in ARABIC_PLACE_HEADS:
        relabel(tags, "LOC", head, end)  # "Sharm" + "el-Sheikh"
        return True
    unseen = word not in lexicon.types and word not in lexicon.gazetteer
    if (
        kind != "PER"
        and tags[head] == "O"
        and word.istitle()
        and word.isalpha()
        and word.casefold() not in lexicon.text_cap
        and (unseen or is_person_word(word, lexicon))
    ):
        relabel(tags, "PER", head, end)  # "Moqtada" + "al-Sadr"
        return True
    return False


def is_part_of_place(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> bool:
    """Whether the organisation ``[start, end)`` is a compass point's part of a listed place
    ("South Harlow", "Central Kuwait", "Western Europe"): a region, no body."""
    return (
        end - start > 1
        and words[start].casefold() in COMPASS_WORDS
        and start > 0
        and words[start - 1] in INTO_PLACE
        and is_listed_place(words[start + 1 : end], lexicon)
    )


def firm_seat(
    words: Sequence[str], tags: Sequence[str], start: int, end: int, after: tuple[str, int, int]
) -> bool:
    """Whether a short organisation between commas after a company's full name and before a
    place is the town the company is based in ("Corbel Corp., Harlow, Kuwait, said")."""
    return (
        end - start <= 2
        and start > 1
        and words[start - 1] == ","
        and tags[start - 2] == "I-ORG"
        and bare(words[start - 2]) in FIRM_ENDS
        and words[end] == ","
        and after[:2] == ("LOC", end + 1)
    )


def firm_town(
    words: Sequence[str], tags: Sequence[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Whether a listed city between a comma after a firm's or a bank's name and the end of a
    clause is the town the firm is based in ("Trustee: Harlow National Bank, Tessby", "sold
    by Corbel Corp., Tessby."), as a bond table or a deal's notice names it; not after a
    team's name ("Harlow Rovers, Tessby")."""
    return (
        start > 1
        and tags[start - 2][2:] == "ORG"
        and (bare(words[start - 2]) in FIRM_ENDS or bare(words[start - 2]) in INSTITUTION_HEADS)
        and (end == len(words) or words[end] in (".", ";", ",", ")"))
        and "city" in gazetteer_classes(words[start:end], lexicon)
    )


_STATES = frozenset({"state", "stateabbr"})
_AGENCY = re.compile(r"[A-Z]{2,5}")  # a news agency's initials in a dateline: "(AP)", "(AFP)"


def town_and_state(
    words: Sequence[str],
    start: int,
    end: int,
    after: tuple[str, int, int],
    lexicon: WordClasses,
) -> bool:
    """Whether a listed city the model made an organisation or a person is followed by a comma
    and the listed state, region or country it lies in ("Harlow, Kuwait, said", "in Harlow,
    Mass."), as news writes a town; or any name after a preposition of place, before a comma
    and a state that no capitalised word or "'s" follows ("in Sandy Hook, Conn., the", "marched
    to Sandy Hook, Maryland from", "in Gilchrist, Oregon)"; not "to Ada Brisk, Wessex's
    governor", nor a body's name: "from Harlow Trust Co of Tessby, Wessex.")."""
    if not (after[:2] == ("LOC", end + 1) and words[end] == ","):
        return False
    around = gazetteer_classes(words[end + 1 : after[2]], lexicon)
    if "city" in gazetteer_classes(words[start:end], lexicon):
        return bool(around & PLACE_CLASSES or around & _STATES)
    return (
        not around.isdisjoint(_STATES)
        and start > 0
        and words[start - 1].casefold() in PLACE_PREPOSITIONS
        and (
            after[2] == len(words)
            or not (words[after[2]][:1].isupper() or words[after[2]] in ("'s", "’s"))
        )
        and not any(bare(w) in BODY_WORDS or bare(w) in BODY_TAILS for w in words[start:end])
    )


def place_in_list(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Whether a listed place the model made an organisation stands in a list of places, next
    to one across a comma or "and" ("Turn out in Philadelphia, in Pittsburgh, Cleveland, Miami
    and Tampa"), or ends one that a preposition of place opens ("customers in Detroit and
    Cleveland"; not "Detroit and Cleveland won", teams)."""
    if not (
        start >= 2
        and words[start - 1] in LIST_JOINS
        and tags[start - 2] in _PLACE_ENDS
        and is_listed_place(words[start:end], lexicon)
    ):
        return False
    if end + 1 < len(words) and words[end] in LIST_JOINS and tags[end + 1] == "B-LOC":
        return True
    first = name_start(tags, start - 2)
    return words[start - 1] == "and" and first > 0 and words[first - 1] in PLACE_BEFORE


def _town_body(
    words: Sequence[str],
    start: int,
    end: int,
    after: tuple[str, int, int],
    lexicon: WordClasses,
) -> bool:
    """Whether the place ``[start, end)`` starts the name of the organisation after it, its
    head alone: "Harlow City" + "Council", "Harlow" + "Board" (a listed place, "City" or
    "County" after it or not)."""
    if not (after[:2] == ("ORG", end) and all(bare(w) in AND_HEADS for w in words[end : after[2]])):
        return False
    place = end - 1 if end - start > 1 and bare(words[end - 1]) in TOWN_WORDS else end
    return is_listed_place(words[start:place], lexicon)


def hometown(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> bool:
    """Whether a listed place the model made an organisation is a person's home town after
    their age ("Ada Brisk, 34, of *Harlow*, said"): news writes a town there, never a body."""
    return (
        start > 2
        and words[start - 1] == "of"
        and words[start - 2] == ","
        and words[start - 3].isdigit()
        and is_listed_place(words[start:end], lexicon)
    )


def place_after_of(
    words: Sequence[str], tags: Sequence[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Whether a listed place the model made an organisation follows "of": "the mayor of
    *Harlow*", "the people of *Kuwait*"; not when it owns something ("fans of Harlow's
    team"), nor after a person's name, where "of" gives the person's firm as often ("Ada
    Brisk of Harlow, Corbel Corp said")."""
    return (
        (end == len(words) or words[end] not in ("'s", "’s"))
        and not (start > 1 and tags[start - 2][2:] == "PER")
        and is_listed_place(words[start:end], lexicon)
    )


def is_place(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> bool:
    """Whether the place ``words[start:end]`` is one: after "in", "at", "from" ("talks in
    London, the chairman of the board, said": the role is the next name's), a listed city,
    region or country, or a state abbreviated ("Louisville, Ky., businessman")."""
    if start and words[start - 1].casefold() in PLACE_PREPOSITIONS:
        return True
    return is_listed_place(words[start:end], lexicon) or (
        end - start == 1 and is_state_abbreviation(words[start], lexicon)
    )


def place_after_preposition(
    words: Sequence[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Whether a listed place the model made a person or an organisation follows "in" or
    "near" ("a judge in Denver", though Denver is a first name too; "Democrats in New
    Hampshire"), unless its last word was a person in training ("confidence in Clinton") or it
    owns something ("in Jackson's view"). Not after "to", "at" or "from", which persons follow
    too ("wrote to Clinton", "documents from Cárdenas")."""
    return (
        start > 0
        and words[start - 1] in PLACE_BEFORE
        and is_listed_place(words[start:end], lexicon)
        and "PER" not in lexicon.types.get(words[end - 1], "").split()
        and (end == len(words) or words[end] not in ("'s", "’s"))
    )


def is_state_acting(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> bool:
    """Whether a listed state (no city's name) is a place where the model made it an
    organisation, as a country acting is ("Delaware has", "won Harlow's primary")."""
    if end == len(words) or not (words[end].islower() or words[end] in ("'s", "’s")):
        return False
    return (
        "state" in (classes := gazetteer_classes(words[start:end], lexicon))
        and "city" not in classes
    )


_INITIALS = re.compile(r"(?:[A-Z]\.){2}")  # "N.Y.", "N.J.": a state, or a person's initials


def states_after_towns(words: Sequence[str], tags: list[str], lexicon: WordClasses) -> bool:
    """Make the states the news agencies abbreviate after a town and a comma places where the
    model left them untagged or gave them another kind ("Dover, *Del.*, said", "Braman,
    *Okla.*, was closed", "JACKSON, *Miss.* -"): training had few of them with their stop. The
    town is a name or a dateline's capitals; the state may be written in two words ("New Haven,
    *W. Va.*", which the model read as a person's initial and name). A name the model ran on
    into after the state starts after it ("Jefferson County, Ky." + "Tessby Corp is based
    ...": a sentence the stop ended), also a state in initials after a place ("Buffalo, N.Y."
    + "Slepian provided"; elsewhere "N.J. Nicholas" is a person's initials); an untagged
    state before a name stays ("in Dover, Del. Ada Brisk said": the title Delegate). Returns
    whether a label changed."""
    count = len(words)
    changed = False
    comma = 0
    while True:
        try:
            comma = words.index(",", comma + 1)
        except ValueError:
            return changed
        state = comma + 1
        if state == count or (tags[comma - 1] == "O" and not words[comma - 1].isupper()):
            continue
        if is_state_abbreviation(words[state], lexicon):
            end = state + 1
        elif (
            state + 1 < count
            and words[state][1:] == "."
            and "stateabbr" in gazetteer_classes(words[state : state + 2], lexicon)
        ):
            end = state + 2  # "W. Va."
        elif (
            tags[comma - 1][2:] == "LOC"
            and _INITIALS.fullmatch(words[state])
            and "stateabbr" in gazetteer_classes(words[state : state + 1], lexicon)
        ):
            end = state + 1  # "Buffalo, N.Y." + "Slepian provided": a place's state, no initials
        else:
            continue
        if tags[comma - 1][2:] == "ORG" and _town_before_state(words, tags, comma, lexicon):
            changed = True
        after = tags[end] if end < count else "O"
        if tags[state:end] == ["B-LOC", "I-LOC"][: end - state] or (
            tags[state] == "O" and after != "O"
        ):
            continue
        relabel(tags, "LOC", state, end)
        if after[:2] == "I-":
            tags[end] = "B-" + after[2:]
        changed = True


def _town_before_state(
    words: Sequence[str], tags: list[str], comma: int, lexicon: WordClasses
) -> bool:
    """Make the organisation before a comma and a state's abbreviation a place, the town, if no
    word of it is a body's or a firm's ("its Goldendale, Wash., smelter", "Tessby Inc of
    Armonk, N.Y."); a name of more words must not end in a word mostly an organisation's in
    training ("Deak International, N.Y."). Returns whether it did."""
    start = name_start(tags, comma - 1)
    town = words[start:comma]
    if any(
        not word[:1].isupper() or word.isupper() or bare(word) in _FIRM_OR_BODY for word in town
    ) or (len(town) > 1 and lexicon.types.get(town[-1], "O").split()[0] == "ORG"):
        return False
    relabel(tags, "LOC", start, comma)
    return True


def is_state_after_town(words: Sequence[str], tags: list[str], start: int, end: int) -> bool:
    """Whether the one word at ``start`` is a state abbreviated after a place and a comma
    ("Wilmington, Del.", "Peoria, Ill.")."""
    if end != start + 1 or start < 2 or words[start - 1] != "," or tags[start - 2][2:] != "LOC":
        return False
    word = words[start]
    if not word.endswith(".") and end < len(words) and words[end] == ".":
        word += "."
    return STATE_ABBREVIATION.fullmatch(word) is not None


def is_geographic(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the name is a geographic feature "of" a name ("Strait of Hormuz")."""
    return (
        end - start > 2 and words[start + 1] == "of" and words[start].casefold() in GEOGRAPHIC_HEADS
    )


PAPER_WORDS = pick(
    NEWSPAPER_WORDS,
    """times post news herald journal tribune gazette chronicle globe register inquirer
    enquirer dispatch telegraph courier examiner observer sentinel bulletin advertiser mercury
    star sun republic""",
) | wordset("world")
"""The words that end a newspaper's name after its town's ("the Boston Globe", "the Tulsa
World"); not "Democrat" ("the Texas Democrat" is a politician) nor "Press" ("Detroit Free")."""
PAPER_TITLES = frozenset(word.title() for word in PAPER_WORDS) | {
    "World-Herald",
    "Herald-Leader",
    "Democrat-Gazette",
    "Post-Intelligencer",
    "Times-Picayune",
    "Star-Tribune",
    "Journal-Constitution",
    "Sun-Times",
    "Post-Dispatch",
    "Union-Tribune",
    "Today",
    "TODAY",
}
"""The capitalised words of a sentence that may end a newspaper's name: whether it holds one
is asked of every sentence, so the test is one set's."""


def papers_of_places(words: Sequence[str], tags: list[str], lexicon: WordClasses) -> None:
    """A newspaper named by its town or state, "the" before ("the Boston Globe", "the Arizona
    Republic", "The Tulsa World"), or "USA Today" ("USA TODAY", as the paper writes itself):
    one organisation's name, which the model cut into a place and a word, or read as a
    miscellany name. Not a place the gazetteer lists whole ("the Czech Republic")."""
    for i in range(1, len(words)):
        word = words[i]
        paper = word[:1].isupper() and any(
            part.casefold() in PAPER_WORDS for part in word.split("-")
        )
        if not paper and not (word in ("Today", "TODAY") and words[i - 1] == "USA"):
            continue
        end = i - (i > 1 and words[i - 1].casefold() in NEWSPAPER_MIDDLES)
        for start in range(max(0, end - 3), end):
            if (
                (start > 0 and words[start - 1] in ("the", "The")) or words[start] == "USA"
            ) and is_listed_place(words[start:end], lexicon):
                if tags[start][:2] != "I-" and not is_listed_place(words[start : i + 1], lexicon):
                    relabel(tags, "ORG", start, i + 1)
                break
