"""Rules for a name the model made an organisation, and for a body's or a firm's name the model
cut into parts.

An institution's name runs on over its field ("Commission" + "on Tessby Debates", "Ministry of
Industry" + "and Trade", "UN Children" + "'s Fund"), a firm's over "and" or "&" ("Procter and" +
"Gamble Co", "Merrill Lynch and *Co Inc*"); an organisation's span may hold a place or a person
instead ("in Pittsburgh, *Cleveland*", "*Ada Brisk*, 34, said").
"""

from __future__ import annotations

from collections.abc import Sequence

from ...cues import SAY_VERBS
from ...lexicon import (
    ADJECTIVE_BODY_HEADS,
    BODY_NAME_HEADS,
    BODY_NAME_LINKS,
    BODY_NOUNS,
    BODY_TAILS,
    COMPANY_WORDS,
    FIELD_LINKS,
    FIRM_PART_NOUNS,
    FIRM_TAILS,
    FOREIGN_BODY_HEADS,
    FOREIGN_BODY_TAILS,
    INSTITUTION_HEADS,
    LEGAL_FORM_SUFFIXES,
    NAME_POSSESSIVES,
    NAMED_FOR_PERSON,
    QUERY_STOP_WORDS,
    ROLES,
    TRADE_PAIRS,
    pick,
    wordset,
)
from ..iob import spans
from ..model import WordClasses
from .common import (
    ADJECTIVE_ENDS,
    AND_HEADS,
    BODY_WORDS,
    CALENDAR_WORDS,
    FIRM_ENDS,
    INSTITUTION_STARTS,
    INTO_PLACE,
    LIST_JOINS,
    MAX_BRACKETED,
    MAX_NAME,
    NOT_PERSON_WORDS,
    PLACE_BEFORE,
    PLACE_CLASSES,
    RANK_TITLES,
    bare,
    capitalised,
    defined_as,
    gazetteer_classes,
    goes_on,
    is_any_title_head,
    is_country,
    is_first_name,
    is_listed_place,
    is_name,
    is_nationality,
    is_person_word,
    is_title_case,
    name_end,
    name_start,
    relabel,
    title_cased,
)
from .places import (
    hometown,
    is_part_of_place,
    is_state_acting,
    place_after_of,
    place_after_preposition,
    place_in_list,
)

_OF_HEADS = (
    AND_HEADS | pick(NAMED_FOR_PERSON, "college school") | pick(BODY_NAME_HEADS, "university")
)
"""Heads of a body named for a field after "of" ("School of Economics"), not a firm's."""
_ADJECTIVE_BODY_HEADS = title_cased(ADJECTIVE_BODY_HEADS)
_TWO_WORD_ROLES = frozenset(role for role in ROLES if " " in role)
"""Titles of two words ("high commissioner", "prime minister"), whose first the model may
take into the body's name before them."""
_MAX_TAIL_NAME = 3  # untagged words before a body's head tagged alone ("Defeat Crooked Hillary")
_AFTER_KIND_OF_BODY = wordset(
    "in , . ; that which whose with for at based founded owned headquartered listed ( and from"
)
"""Words after "a company", "a team" that show it is the body defined ("a mining company
based in", "a team for", "a band from"), not a person's job ("a company spokesman", "a team
player") nor a part of it ("a group of": "of" is left out)."""


_FIELD_ENDS = BODY_TAILS | FIRM_ENDS


def foreign_body(
    words: Sequence[str],
    tags: list[str],
    kind: str,
    start: int,
    end: int,
    after: tuple[str, int, int] | None,
) -> bool:
    """Make a party's, a coalition's or a firm's name in Malay, Indonesian or a Romance language
    (see FOREIGN_BODY_HEADS) an organisation, which the model read as a person or a place
    ("Barisan Nasional", "Lega Nord", "Perikatan Nasional"), and split two such names it ran
    together over "and" ("Parti Keadilan Rakyat and" + "Partai Demokrat"), the second up to the
    end of a name the model started right after it. Returns whether the tags changed."""
    if kind != "ORG":
        if not (
            _foreign_head(words[start])
            or (kind == "PER" and bare(words[end - 1]) in FOREIGN_BODY_TAILS)
        ):
            return False
        # with the rest of its name after a particle: "Banque Nationale" + "de Paris"
        relabel(tags, "ORG", start, _romance_name_end(words, end))
        return True
    for i in range(start + 1, end - 1):
        if words[i] == "and" and _foreign_head(words[i + 1]):
            stop = after[2] if after and after[1] == end and after[0] != "PER" else end
            tags[i] = "O"
            relabel(tags, "ORG", i + 1, stop)
            return True
    return False


def _foreign_head(word: str) -> bool:
    return word.istitle() and word.casefold() in FOREIGN_BODY_HEADS


_PART_OF = frozenset({"of"})


def is_defined_as_body(
    words: Sequence[str], tags: Sequence[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Whether the words after a name define it as a kind of body (", a Tessbian mining
    company with", "is a publicity street team for", ", the world's largest brewer,", ", a
    maker of software", ", a unit of"): a firm, a team, a band, a party named like a person
    or a place ("Staedtler", "Sonora"). Not a country ("Tessbia, the world's largest
    exporter"), nor a place that ends or follows a firm's name, whose firm is the one defined
    ("Corbel Corp of *Harlow*, a unit of", "Corbel Bank *Tessbia*, a subsidiary of", "Corbel
    Corp., Harlow, *Wessex*, an insurance agency")."""
    if start and (
        words[start - 1] == ","
        or tags[start - 1][2:] == "ORG"
        or (words[start - 1] in ("of", "in") and start > 1 and tags[start - 2][2:] == "ORG")
    ):
        return False
    return not is_country(words[start:end], lexicon) and (
        defined_as(words, end, BODY_NOUNS, _AFTER_KIND_OF_BODY, owned=True)
        or defined_as(words, end, FIRM_PART_NOUNS, _PART_OF, owned=True)
    )


def _member_of_body(
    words: Sequence[str], tags: Sequence[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Whether the organisation ``[start, end)`` before "of" is a person of the body named
    after it ("Ada Brisk of the Harlow Traders Association said"): a listed first name that
    is no listed place, then a name with no body's or firm's word, and "of" ("the") an
    organisation."""
    k = end + 1
    if k < len(words) and words[k].casefold() == "the":
        k += 1
    return (
        k < len(words)
        and tags[k] == "B-ORG"
        and is_first_name(words[start], lexicon)
        and not is_listed_place(words[start : start + 1], lexicon)  # "Boston Bruins of the NHL"
        and not any(bare(w) in NOT_PERSON_WORDS for w in words[start:end])
        and is_name(words[start:end], lexicon)
    )


_MAX_AGE = 110  # "Ada Brisk, 34, said": a person's age between commas
_NAME_LETTERS = frozenset("BCDEFGHJKLMNOPQRSTUVWXYZ")
"""Capital letters that start a firm's name as a word of their own ("K Tessmart"): not "A" or
"I", words of their own."""
_NOT_NAMES = wordset("the a an and of in on at for by to said")


def repair_organisation(
    words: Sequence[str],
    tags: list[str],
    start: int,
    end: int,
    after: tuple[str, int, int] | None,
    lexicon: WordClasses,
) -> bool:
    """The rules for a name the model made an organisation that may make it a place, a
    person or a longer body. Returns whether one changed the span."""
    size = end - start
    previous = words[start - 1] if start else ""
    following = words[end] if end < len(words) else ""
    if (
        size > 1
        and words[start] in RANK_TITLES
        and all(is_person_word(word, lexicon) for word in words[start + 1 : end])
    ):
        tags[start] = "O"
        relabel(tags, "PER", start + 1, end)  # "Cardinal" + "Dolan": a rank, a person
        return True
    if size == 3 and following.casefold() in SAY_VERBS and _unknown_person(words, start, lexicon):
        relabel(tags, "PER", start, end)  # "Sikandar Sultan Raja said": no body
        return True
    if (
        previous == "General"
        and tags[start - 1] == "O"
        and not (
            start > 1
            and words[start - 2][:1].isupper()
            and words[start - 2].casefold() not in QUERY_STOP_WORDS
        )
    ):
        # "General" + "Mills": a firm; not after a title's word ("Attorney General")
        relabel(tags, "ORG", start - 1, end)
        return True
    if previous == "First" and tags[start - 1] == "O" and bare(words[end - 1]) in COMPANY_WORDS:
        relabel(tags, "ORG", start - 1, end)  # "First" + "Call Corp.": the ordinal opens the name
        return True
    if (
        size > 1
        and following[:1].isupper()
        and tags[end] == "O"
        and f"{words[end - 1]} {following}".casefold() in _TWO_WORD_ROLES
    ):
        _title_start_out(words, tags, start, end, lexicon)
        return True
    if (
        previous == "for"
        and start > 1
        and is_any_title_head(words[start - 2])
        and all(lexicon.text_cap.get(w.casefold()) == "l" for w in words[start:end])
    ):
        tags[start:end] = ["O"] * size  # "Commissioner for" + "Refugees": the office's field
        return True
    if (
        size > 2
        and words[end - 2] == "of"
        and following.endswith("s")
        and following.istitle()
        and tags[end] == "O"
        and lexicon.text_cap.get(following.casefold(), "C") != "C"
        and "nationality" in gazetteer_classes(words[end - 1 : end], lexicon)
    ):
        # "Federal Association of German" + "Banks": a body's name ends on no adjective of a
        # people, but on the plural noun of its members after it
        relabel(tags, "ORG", start, end + 1)
        return True
    if following in BODY_NAME_LINKS:
        named = _romance_name_end(words, end)
        if named > end:
            relabel(tags, "ORG", start, named)  # "Office National" + "des Postes et ..."
            return True
    if (
        (previous in LIST_JOINS and place_in_list(words, tags, start, end, lexicon))
        or (previous in PLACE_BEFORE and place_after_preposition(words, start, end, lexicon))
        or (
            previous == "of"
            and (
                hometown(words, start, end, lexicon)
                or place_after_of(words, tags, start, end, lexicon)
            )
        )
    ):
        relabel(tags, "LOC", start, end)  # "in Pittsburgh, *Cleveland*, Miami and Tampa"
        return True
    if previous in FIELD_LINKS and _institution_before(words, tags, start):
        return True
    if previous in ("and", "&") and _field_before(words, tags, start, end):
        return True
    if following == "of" and 1 < size <= 3 and _member_of_body(words, tags, start, end, lexicon):
        relabel(tags, "PER", start, end)  # "Ada Brisk" (ORG) "of the Harlow Traders Association"
        return True
    if following == "of" and after and after[0] == "LOC" and bare(words[end - 1]) in _NATIONAL:
        country = _country_after_of(words, end, after, lexicon)
        if country:
            relabel(tags, "ORG", start, country)  # "Central Bank" "of the" "UAE": one bank
            return True
    if (
        after
        and after[0] == "LOC"
        and after[1] == end
        and size > 1
        and is_listed_place([words[end - 1], *words[end : after[2]]], lexicon)
    ):
        relabel(tags, "ORG", start, after[2])  # "University of South" + "Carolina"
        return True
    if following == "of" and after and after[:2] == ("ORG", end + 1):
        field = _field_after_of(words, end, after[2], lexicon)
        if field:
            relabel(tags, "ORG", start, field)  # "London School" "of" "Economics and Finance"
            return True
    if following == "and" and _second_field(words, tags, start, end, lexicon):
        relabel(tags, "ORG", start, end + 2)  # "Ministry of Industry" "and Trade"
        return True
    if following == ",":
        listed = listed_fields(words, start, end, lexicon) or _fields_before_head(
            words, end, lexicon
        )
        if listed:
            relabel(tags, "ORG", start, listed)  # "Ministry of Economy" ", Trade and Industry"
            return True
    if following == "," and _is_aged(words, start, end, lexicon):
        relabel(tags, "PER", start, end)  # "Ada Brisk, 34, of Harlow"
        return True
    if (
        (size > 1 and previous in INTO_PLACE and is_part_of_place(words, start, end, lexicon))
        or is_state_acting(words, start, end, lexicon)
        or is_country(words[start:end], lexicon)
    ):
        # "Southern Harlow", "Central Kuwait"; "Harlow often votes late"; "The Philippines
        # will ask", "Japan said"
        relabel(tags, "LOC", start, end)
        return True
    if size > 4 and ("'s" in words[start:end] or "’s" in words[start:end]):
        owner = _owner_body_end(words, start, end, lexicon)
        if owner:
            tags[owner] = "O"
            relabel(tags, "ORG", owner + 1, end)  # "Bank of England" 's "Monetary Policy
            return True  # Committee": two bodies
    if size == 1 and start and tags[start - 1] == "O" and bare(words[start]) in BODY_TAILS:
        first = _untagged_name_before(words, tags, start, lexicon)
        if first < start:
            relabel(tags, "ORG", first, end)  # "Brazilian Wheat" + "Board": one body
            return True
    if following in FIELD_LINKS:
        field = _field_end(words, tags, end)
        if field:
            field = listed_fields(words, start, field, lexicon) or field
            relabel(tags, "ORG", start, field)  # "Commission" + "on Tessby Debates"
            return True
    return False


def _unknown_person(words: Sequence[str], start: int, lexicon: WordClasses) -> bool:
    """Whether the three words from ``start`` are a person's name that the model read as a
    body for a word it never saw ("Sikandar Sultan Raja"): words written capitalised, none a
    body's word nor mostly an organisation's, a place's or MISC in training, at least one a
    given or family name (listed, or mostly a person's) and one in no list. Not after "the"
    ("the Ada Tessby Ulm said" is a body named after a person)."""
    if start and words[start - 1].casefold() == "the":
        return False
    unknown = person = 0
    for word in words[start : start + 3]:
        if not (word.istitle() and word.isalpha()) or bare(word) in BODY_WORDS:
            return False
        if lexicon.text_cap.get(word.casefold(), "C") != "C":
            return False
        kinds = lexicon.types.get(word, "").split()[:1]
        listed = lexicon.gazetteer.get(word, "").split()
        if not kinds and not listed:
            unknown += 1
        elif kinds in (["ORG"], ["LOC"], ["MISC"]):
            return False
        elif kinds == ["PER"] or "first" in listed or "last" in listed:
            person += 1
        else:
            return False
    return unknown > 0 and person > 0


def _title_start_out(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> None:
    """Take the first word of a title of two words out of the body's name the model ended on
    it ("United Nations *High*" + "Commissioner", "Party of *Prime*" + "Minister"), with a
    link it leaves dangling; a word left alone that was mostly MISC in training is a people's
    adjective, no body ("British" + "High Commissioner")."""
    cut = end - 1
    while cut > start + 1 and words[cut - 1] in FIELD_LINKS:
        cut -= 1
    tags[cut:end] = ["O"] * (end - cut)
    if cut - start == 1 and lexicon.types.get(words[start], "").split()[:1] == ["MISC"]:
        relabel(tags, "MISC", start, cut)


def _field_end(words: Sequence[str], tags: Sequence[str], end: int) -> int:
    """Where an institution's name ends that the model ended on its head before "for", "on"
    or "of" and the field ("the Commission" + "on Tessby Debates", "Ministry" + "of the
    Interior"): the capitalised words the model left out after the link (and "the"), up to a
    day or a month ("the Commission on Tuesday") or a title ("Deputy Administrator"); 0 when
    there are none or the name does not end on an institution's head."""
    if tags[end] != "O" or bare(words[end - 1]) not in INSTITUTION_STARTS:
        return 0
    first = end + 1
    if first < len(words) and words[first] == "the":
        first += 1
    stop = first
    while (
        stop < len(words)
        and tags[stop] == "O"
        and capitalised(words[stop])
        and words[stop].casefold() not in CALENDAR_WORDS
        and not is_any_title_head(words[stop])  # "... of Agriculture Deputy Administrator"
    ):
        stop += 1
    return stop if stop > first else 0


def possessive_institution(
    words: Sequence[str],
    tags: list[str],
    start: int,
    end: int,
    after: tuple[str, int, int] | None,
) -> bool:
    """Join an organisation's name across "'s" before an institution's head ("UN Children" +
    "'s" + "Fund"), and split the name after it where the model ran on over "and" into a
    company ("Fund and Remat Al-Riyadh Development Company"). Only a bare head joins:
    "Citicorp's Bank of New York" stays two. Returns whether the tags changed."""
    if not (
        after
        and after[0] == "ORG"
        and after[1] == end + 1
        and words[end] == "'s"
        and words[end + 1].casefold() in INSTITUTION_HEADS
    ):
        return False
    head_end = end + 2
    if after[2] > head_end and words[head_end] != "and":
        return False  # "Bank of New York": a name of its own
    relabel(tags, "ORG", start, head_end)
    rest = after[2] - head_end - 1
    if rest >= 3 and bare(words[after[2] - 1]) in FIRM_ENDS:
        tags[head_end] = "O"
        relabel(tags, "ORG", head_end + 1, after[2])
    elif after[2] > head_end:
        relabel(tags, "ORG", start, after[2])  # "Women's Bank and Trust Co": one name
    return True


_AND_FIRM_ENDS = FIRM_ENDS | pick(FIRM_TAILS, "corporation")
"""Last words of a firm named for two trades ("Kenya Power and Lighting Company")."""


def joined_by_and(
    words: Sequence[str],
    tags: list[str],
    end: int,
    after: tuple[str, int, int] | None,
    lexicon: WordClasses,
) -> int | None:
    """Where the organisation ending at ``end`` ends when it goes on through "and" into the
    next one (else None): the words either side of "and" name a trade in pairs ("American
    Telephone" "and" "Telegraph Co", "Deerfield Federal" Savings "and" "Loan Association",
    with up to two capitalised words the model left out before "and"), or "Sons" follows it
    ("Alex. Brown and Sons"), or a body or a firm named for two fields ends on its head
    ("Immigration" "and" "Naturalization Service", "Kenya Power" "and" "Lighting Company",
    "Tessby Amusement" "and" "Gaming Corporation"): a
    common word, no name, before "and" ("Exxon and Energy Department" are two), and one word
    before the head after it, for a firm a common word too ("Paramount Pictures and MCA Inc"
    are two)."""
    k = end
    while k < len(words) and k - end < 2 and tags[k] == "O" and capitalised(words[k]):
        k += 1
    if not (
        after
        and after[0] == "ORG"
        and after[1] == k + 1
        and words[k] == "and"
        and tags[k + 1] == "B-ORG"
    ):
        return None
    pair = f"{bare(words[k - 1])} and {bare(words[k + 1])}"
    if words[k + 1] == "Sons" or pair in TRADE_PAIRS:
        return after[2]
    if (
        after[2] - after[1] == 2
        and words[k - 1].istitle()
        and bare(words[k - 1]) not in AND_HEADS | FIRM_ENDS
        and lexicon.text_cap.get(words[k - 1].casefold(), "C") != "C"
        and (
            bare(words[after[2] - 1]) in AND_HEADS
            or (
                bare(words[after[2] - 1]) in _AND_FIRM_ENDS
                and lexicon.text_cap.get(words[k + 1].casefold(), "C") != "C"
            )
        )
    ):
        return after[2]
    return None


def _second_field(
    words: Sequence[str], tags: Sequence[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Whether the body "<Head> of <field>" the model ended before "and" goes on over a second
    field: one capitalised word the model left out, or a common word it made a body of its
    own, then no capitalised word ("Ministry of Industry and Trade said"; "Bank of Harlow and
    Corbel Corp", "Bank of Harlow and Exxon" are two)."""
    field = words[end + 1] if end + 1 < len(words) else ""
    return (
        field != ""
        and words[end] == "and"
        and (
            tags[end + 1] == "O"
            or (
                tags[end + 1] == "B-ORG"
                and not goes_on(tags, end + 1)
                and lexicon.text_cap.get(field.casefold(), "C") != "C"
            )
        )
        and field.istitle()
        and (end + 2 == len(words) or not words[end + 2][:1].isupper())
        and "of" in words[start + 1 : end - 1]
        and bare(words[start]) in AND_HEADS
    )


def listed_fields(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> int:
    """Where the body "<Head> of|for|on <field>" ending at ``end`` before a comma ends when its
    name lists more fields, the last after "and" ("Bureau of Alcohol" ", Tobacco, Firearms and
    Explosives", "Department for Environment" ", Food and Rural Affairs", "Subcommittee on
    Conservation" ", Credit and Rural Development"); 0 if it lists none. Each field is one to
    three capitalised common words ("Ministry of Finance, Shell and BP" are three bodies), and
    no capitalised word follows the last."""
    link = next((k for k in range(start + 1, end - 1) if words[k] in FIELD_LINKS), 0)
    if (
        not link
        or bare(words[link - 1]) not in AND_HEADS
        or not common_field(words[link + 1 : end], lexicon)
    ):
        return 0
    return _more_fields(words, end, lexicon)


def _fields_before_head(words: Sequence[str], end: int, lexicon: WordClasses) -> int:
    """Where the body the model ended on a field's word before a comma ends when more fields
    and its head follow, the last field after "and" ("Philippine Atmospheric" ", Geophysical
    and Astronomical Services Administration", "National Economic" ", Social and Cultural
    Council"); 0 if no body's head ends the last field. Each field is one to three capitalised
    common words, and no capitalised word follows the head."""
    if bare(words[end - 1]) in _OF_HEADS or not common_field(words[end - 1 : end], lexicon):
        return 0
    last = _more_fields(words, end, lexicon)
    return last if last and bare(words[last - 1]) in _OF_HEADS else 0


def _more_fields(words: Sequence[str], end: int, lexicon: WordClasses) -> int:
    """Where the fields a name lists after the comma at ``end`` end: each one to three
    capitalised common words, the last after "and" and before no capitalised word; 0 if the
    list does not end so."""
    k = end
    while k < len(words) and words[k] == ",":
        field = _field_words(words, k + 1, lexicon)
        if field == k + 1:
            return 0
        k = field
        joint = 1 if words[k : k + 1] == ["and"] else 2 if words[k : k + 2] == [",", "and"] else 0
        if joint:
            k += joint
            last = _field_words(words, k, lexicon)
            ended = last == len(words) or not words[last][:1].isupper()
            return last if last > k and ended else 0
    return 0


def _field_after_of(words: Sequence[str], end: int, stop: int, lexicon: WordClasses) -> int:
    """Where the body ending at ``end`` on its head ends when the organisation the model
    tagged from after "of" to ``stop`` is its field ("London School" "of" "Economics and
    Political Science"), over a last field the model left out after "and"; 0 if that is no
    field of common words ("Board" "of" "Exxon")."""
    if bare(words[end - 1]) not in _OF_HEADS:
        return 0
    if words[stop - 1] == "and":
        stop = _field_words(words, stop, lexicon)
    field = [word for word in words[end + 1 : stop] if word != "and"]
    return stop if words[stop - 1] != "and" and common_field(field, lexicon) else 0


def _field_words(words: Sequence[str], k: int, lexicon: WordClasses) -> int:
    """The end of the field of one to three capitalised common words that starts at ``k``
    (``k`` if none)."""
    stop = k
    while stop < min(k + 3, len(words)) and common_field(words[stop : stop + 1], lexicon):
        stop += 1
    return stop


def common_field(field: Sequence[str], lexicon: WordClasses) -> bool:
    """Whether ``field`` is capitalised words usually written in lower case: a field's name."""
    return all(
        word.istitle() and lexicon.text_cap.get(word.casefold(), "C") != "C" for word in field
    )


_NATIONAL = pick(INSTITUTION_HEADS, "bank ministry commission council court authority")
"""Heads of a country's own bodies, named with the country after "of" ("the Central Bank of
the UAE", "the Supreme Court of India")."""


def _country_after_of(
    words: Sequence[str], end: int, after: tuple[str, int, int], lexicon: WordClasses
) -> int:
    """Where the country named after "of" ("the") right after ``end`` ends; 0 if no country
    follows."""
    k = end + 1
    if k < len(words) and words[k] == "the":
        k += 1
    return after[2] if after[1] == k and is_country(words[k : after[2]], lexicon) else 0


def _is_aged(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> bool:
    """Whether a name is a person's for the age after it between commas ("*Ada Brisk*, 34,
    said"): a few capitalised words, no company's, body's or place's name."""
    age = end + 1
    return (
        age + 1 < len(words)
        and words[end] == ","
        and words[age + 1] == ","
        and words[age].isdigit()
        and 0 < int(words[age]) < _MAX_AGE
        and end - start <= MAX_NAME
        and all(w.istitle() for w in words[start:end])
        and not any(bare(w) in NOT_PERSON_WORDS for w in words[start:end])
        and is_name(words[start:end], lexicon)
        and not is_listed_place(words[start:end], lexicon)
    )


_MAX_ROMANCE = 8


def _romance_name_end(words: Sequence[str], end: int) -> int:
    """Where a body's name ends that goes on from ``end`` in joining words and capitalised ones,
    each joining run followed by at most three capitalised words; ``end`` if none follows."""
    named = i = end
    while i < len(words) and i - end < _MAX_ROMANCE and words[i] in BODY_NAME_LINKS:
        j = i
        while j < len(words) and words[j] in BODY_NAME_LINKS:
            j += 1
        k = j
        while k < len(words) and k - j < 3 and capitalised(words[k]):
            k += 1
        if k == j:
            break
        named = i = k
    return named


def _field_before(words: Sequence[str], tags: list[str], start: int, end: int) -> bool:
    """Make a body the model started after "and" begin at the field before it: one or two
    capitalised words it left untagged before "and", inside the sentence and not after another
    capitalised word, when the body ends on a body's or a firm's word ("the Immigration and" +
    "Naturalization Service", "its Home Savings and" + "Loan Association Inc", "a J and" + "J
    Snack Foods Corp"). Not a firm's word ("Tessby Ltd and" + "Corbel Inc": two firms), a
    letter before a word ("S and" + "Generale Bank"), nor the end of a body's name before it
    ("the Claremont School of Theology and" + "Claremont Lincoln University"). Returns whether
    the tags changed."""
    if end - start < 2 or bare(words[end - 1]) not in _FIELD_ENDS:
        return False
    field = start - 1
    while (
        start - 1 - field < 2
        and field > 0
        and tags[field - 1] == "O"
        and words[field - 1].istitle()
        and words[field - 1].isalpha()
        and bare(words[field - 1]) not in _FIELD_ENDS
        and (len(words[field - 1]) > 1 or len(words[start]) == 1)
        and words[field - 1] != "The"
    ):
        field -= 1
    before = words[field - 1]
    if (
        field in (0, start - 1)
        or (before[:1].isupper() and before != "The")
        or before in FIELD_LINKS
    ):
        return False
    relabel(tags, "ORG", field, end)
    return True


def _institution_before(words: Sequence[str], tags: list[str], start: int) -> bool:
    """Make an organisation the model started after "for", "on" or "of" begin at the
    institution's head before it ("Center for" "Economic and Policy Research", "Council on"
    "Foreign Relations", "Office of" "Management and Budget"), with the capitalised words
    before the head, or with the body's name that ends on the head ("Senate Subcommittee" "on"
    "Consumer Protection", a name a rule joined). Returns whether the tags changed."""
    head = start - 2
    if not (
        head >= 0
        and words[start - 1] in FIELD_LINKS
        and tags[head][2:] in ("", "ORG")
        and words[head].istitle()
        and bare(words[head]) in AND_HEADS
    ):
        return False
    if tags[head] != "O":
        head = name_start(tags, head)
    while head > 0 and tags[head - 1] == "O" and words[head - 1].istitle():
        head -= 1
    if words[head].casefold() in _NOT_NAMES:
        head += 1  # "The Center for ..." opening a sentence
    tags[start] = "I-ORG"
    relabel(tags, "ORG", head, start)
    return True


def two_firms(words: Sequence[str], tags: list[str], start: int, end: int) -> bool:
    """Split an organisation the model ran over two firms' names joined by "and" where the
    first ends on a company word ("Harwell & Co" "and" "Corbel Inc"). Returns whether the tags
    changed."""
    for k in range(start + 1, end - 1):
        if words[k] == "and" and bare(words[k - 1]) in COMPANY_WORDS and capitalised(words[k + 1]):
            tags[k] = "O"
            relabel(tags, "ORG", k + 1, end)
            return True
    return False


def lettered_firm(
    words: Sequence[str], tags: Sequence[str], start: int, kind: str, lexicon: WordClasses
) -> bool:
    """Whether a one-word name after a capital letter standing alone is a firm's name that
    starts with the letter, which the model left out ("K" + "Tessmart", "E D and F" + "Harl"):
    no person or place is named so, unless the word is a listed family name ("R Leong" in a
    table) or a listed place ("W Germany", "E Europe"); not a word in capitals (a
    headline's)."""
    word = words[start]
    if not (
        start
        and tags[start - 1] == "O"
        and words[start - 1] in _NAME_LETTERS
        and word[:1].isupper()
        and not word.isupper()
    ):
        return False
    if kind == "PER":
        return not gazetteer_classes([word], lexicon) & {"last", *PLACE_CLASSES}
    return kind in ("ORG", "LOC") and not is_listed_place([word], lexicon)


def founders(words: Sequence[str], tags: Sequence[str], start: int, end: int) -> bool:
    """Whether a firm's name the model started after "and" began with a founder's name before
    it ("Procter and" + "Gamble Co", "Harwell and" + "Tolland Co"): the firm ends on a company
    word, and one capitalised word, no organisation's, stands alone before "and"."""
    return (
        start > 1
        and words[start - 1] in ("and", "&")
        and tags[start - 2] in ("O", "B-PER")
        and end - start <= 3
        and bare(words[end - 1]) in FIRM_ENDS
        and words[start - 2].istitle()
        and words[start - 2].casefold() not in _NOT_NAMES
        and (start == 2 or not capitalised(words[start - 3]))
    )


_LIST_STARTS = frozenset({",", "between", "including", "both", "like"})
"""Words before a place that make "place and firm" two of a list ("Milan, Italy and", "between
Tessby and", "brewers including Coors and ...")."""


def places_and_firms(words: Sequence[str], tags: list[str], lexicon: WordClasses) -> None:
    """Make a firm named after a place and another name whole where the model tagged the
    place apart before "and" ("Gulf and" + "Western Inc", "Hong Kong and" + "Shanghai Banking
    Corp", "Norfolk and" + "Western Railway Co"), once the sentence's names are repaired (the
    firm's name may take in a place after "and" only then: "New Zealand" + "Banking Group
    Ltd"). See :func:`_place_and_firm`."""
    count = len(words)
    for k in range(1, count - 1):
        if words[k] == "and" and tags[k + 1] == "B-ORG" and tags[k - 1][2:] == "LOC":
            _place_and_firm(words, tags, k + 1, name_end(tags, k + 1), lexicon)


def articles_of_names(words: Sequence[str], tags: list[str]) -> None:
    """Make a capitalised "The" inside a sentence the first word of the organisation after it
    ("told *The* Sunday Times", "the drummer of *The* Zutons", "on *The* CW"): written so
    mid-sentence, the article is the name's own, as papers, bands and networks write it; the
    model, trained where "The" opened sentences, left it out. Not before a name holding a
    firm's or an institution's word ("The Boeing Company", "The Trade and Industry
    Department"), where the article is grammar, as "the" would be; only after a word of the
    sentence or a comma, not after a dash or a quote mark, where a line or a title may open
    ("WHEAT SALES - The Commodity Credit Corp")."""
    count = len(words)
    for k in range(1, count - 1):
        if words[k] != "The" or tags[k] != "O" or tags[k + 1] != "B-ORG":
            continue
        before = words[k - 1]
        if not (before[:1].islower() or before == ","):
            continue
        end = name_end(tags, k + 1)
        if all(bare(word) not in NOT_PERSON_WORDS for word in words[k + 1 : end]):
            tags[k] = "B-ORG"
            tags[k + 1] = "I-ORG"


def _place_and_firm(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> None:
    """Join the place before "and" to the firm ``[start, end)`` where the firm ends on a
    company word and the place, of one to three words and no acronym, starts the sentence or
    follows a word outside names. Not where the place ends a list or closes a name's "of" or
    "in" ("Tessby SA of France and Corbel Corp", "a bank in Harlow and Corbel Co"), nor after
    a common noun's "of"/"in" when the place is listed and the firm's first words are no
    listed place ("the family of Nova Scotia and Empire Co": two owners; "a unit of Australia
    and New Zealand Banking Group Ltd" is one firm)."""
    if bare(words[end - 1]) not in FIRM_ENDS:
        return
    place = name_start(tags, start - 2)
    size = start - 1 - place
    if size > 3 or (size == 1 and words[place].isupper()):
        return  # "excluding EDS and Hughes Aircraft Co"
    before = place - 1
    if before >= 0 and words[before].casefold() == "the":
        before -= 1
    if before >= 0:
        word = words[before]
        if tags[before] != "O" or word in _LIST_STARTS:
            return
        if word in ("of", "in") and (
            not (before and words[before - 1][:1].islower())
            or (
                is_listed_place(words[place : start - 1], lexicon)
                and not any(
                    is_listed_place(words[start:k], lexicon)
                    for k in range(start + 1, min(start + 3, end) + 1)
                )
            )
        ):
            return
    relabel(tags, "ORG", place, end)


def company_and_co(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Make a company's name whole when the model tagged only its end: "Merrill Lynch and *Co
    Inc*", "Alex, Brown and *Sons Inc*", "Standard and *Poor's Corp*" (an organisation that
    starts with a company word, or a possessive, after "and" or "&"), "Goldman, *Sachs and
    Co*" (a one-word name and a comma before "... and Co"; before "... and Jenrette Securities
    Corp" only a person's name word, a founder's, not a firm's list: "Exxon, *Procter and
    Gamble Co*"), and "Harris Bankcorp *Inc*", "Bache Securities (Japan) *Ltd*", "J.C. Penney
    co *Inc*", "K mart *Corp*" (company words alone after a name, over a lower-case word of
    it): the organisation takes in the capitalised words before (at most four). A company
    word with no name before it names no firm ("Inc said"): it is untagged."""
    head = bare(words[start])
    if (
        start > 1
        and words[start - 1] == ","
        and tags[start - 2] in ("B-ORG", "B-PER")
        and end - start > 2
        and words[start + 1] in ("and", "&")
        and (
            bare(words[start + 2]) in FIRM_ENDS
            or (
                bare(words[end - 1]) in COMPANY_WORDS
                and not {"first", "last"}.isdisjoint(
                    gazetteer_classes(words[start - 2 : start - 1], lexicon)
                )
            )
        )
    ):
        relabel(tags, "ORG", start - 2, end)  # "Goldman" + ", " + "Sachs and Co"
        return True
    joined = head in FIRM_ENDS or words[start + 1 : start + 2] == ["'s"]
    after_and = joined and start > 1 and words[start - 1] in ("and", "&")
    if after_and:
        first = _capitalised_before(words, start - 1)
    elif all(bare(w) in COMPANY_WORDS for w in words[start:end]):
        lower = (
            start > 1
            and words[start - 1].islower()
            and words[start - 1].isalpha()
            and words[start - 1] not in QUERY_STOP_WORDS
            and words[start - 2][:1].isupper()
        )  # "J.C. Penney co" + "Inc", "K mart" + "Corp": a wire's lower case in a name
        first = _capitalised_before(words, start - lower)
        if lower and first is not None and "," in words[first:start]:
            first = None  # "IT Financial , K mart Corp": a list
    else:
        return False
    if first is None:
        if after_and or end - start > 1 or words[start - 1 : start] in (["'s"], ["’s"]):
            return False  # nothing to take in ("LLC Corp"; "Lowe 's" is another rule's)
        tags[start] = "O"
        return True
    if first > 0 and tags[first][:2] == "I-":
        # The name before goes on further left: a name the model tagged whole but of another
        # kind, and its company words alone ("Loral Space & Communications" LOC + "Ltd.").
        if after_and or tags[start - 1][2:] in ("ORG", ""):
            return False
        first = name_start(tags, first)
        if end - first > MAX_BRACKETED:
            return False
    relabel(tags, "ORG", first, end)
    return True


def legal_form_firms(words: Sequence[str], tags: list[str], lexicon: WordClasses) -> None:
    """The capitalised words before a firm's legal form abroad ("Norsk Hydro A/S", "Tessby
    Oy", "Harlow Holding BV") are one firm's name with it, whatever the model made of them (a
    person, a place, nothing), back to a comma (a list of firms) and without a word running
    text writes in lower case ("Its", "Former") or a "-based" opening it. Not after a word in
    capitals ("SHARES RISE AS ...") nor a function word ("At ASA's meeting": an acronym), nor
    before a name, which a suffix ends ("the Wessex AG Ada Brisk": an attorney general), nor
    before "and" the model ran on over ("Tessby GmbH and Co KG"). What the model ran on to
    after it is a name apart ("Tessby PLC of *Harlow*", a place)."""
    count = len(words)
    for k in range(1, count):
        if words[k] == "A" and words[k + 1 : k + 3] == ["/", "S"]:
            end = k + 3  # the tokenizer splits "A/S"
        elif words[k] in LEGAL_FORM_SUFFIXES:
            end = k + 1
        else:
            continue
        if (
            words[k - 1].isupper()
            or (end < count and words[end][:1].isupper())
            or (end < count and words[end] in ("and", "&") and tags[end][:2] == "I-")
        ):
            continue
        first = _capitalised_before(words, k)
        if first is None:
            continue
        first = max((i + 1 for i in range(first, k) if words[i] == ","), default=first)
        while first < k and (
            words[first].casefold() in _NOT_NAMES
            or lexicon.text_cap.get(words[first].casefold()) == "l"
            or words[first].endswith("-based")
        ):
            first += 1
        if first == k:
            continue
        if tags[first][:2] == "I-":
            first = name_start(tags, first)
        relabel(tags, "ORG", first, end)
        rest = end
        while rest < count and tags[rest][:2] == "I-" and not capitalised(words[rest]):
            tags[rest] = "O"  # "Tessby Holding PLC" + "of Harlow"
            rest += 1
        if rest < count and tags[rest][:2] == "I-":
            stop = rest + 1
            while stop < count and tags[stop][:2] == "I-":
                stop += 1
            place = words[rest - 1] == "of" or is_listed_place(words[rest:stop], lexicon)
            relabel(tags, "LOC" if place else tags[rest][2:], rest, stop)


_OWNED_HEADS = BODY_TAILS | INSTITUTION_STARTS
"""The last words of a body another body owns by its "'s" ("Monetary Policy *Committee*")."""


def _owner_body_end(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> int:
    """Where the body named for a listed place after "of" ends that owns, by its "'s", the
    body after it in one organisation's span ("Bank of England" 's "Monetary Policy
    Committee", "University of Harlow" 's "School of Law"): the index of the "'s"; 0 if the
    span is no such pair ("UN Children's Fund" is one)."""
    for i in range(start + 3, end - 1):
        if words[i] not in ("'s", "’s"):
            continue
        of = max((k for k in range(start + 1, i - 1) if words[k] == "of"), default=0)
        if (
            of
            and is_listed_place(words[of + 1 : i], lexicon)
            and words[i + 1][:1].isupper()
            and bare(words[end - 1]) in _OWNED_HEADS
        ):
            return i
    return 0


def _untagged_name_before(
    words: Sequence[str], tags: Sequence[str], start: int, lexicon: WordClasses
) -> int:
    """Where the capitalised words the model left untagged before a body's head it tagged
    alone start ("Defeat Crooked Hillary" + "PAC", "Brazilian Wheat" + "Board"): at most
    three, no function word ("But Commission proposals", "As Purple PAC's") but a possessive
    inside the sentence ("ads from *Our* Principles PAC"), no day or month, nor
    a word running text writes in lower case opening the sentence ("Senior Interior
    Ministry officials"); ``start`` if there are none."""
    first = start
    while first > 0 and start - first < _MAX_TAIL_NAME and tags[first - 1] == "O":
        word = words[first - 1]
        low = word.casefold()
        if not (
            capitalised(word)
            and word.isalpha()
            and (low not in QUERY_STOP_WORDS or (low in NAME_POSSESSIVES and first > 1))
            and low not in CALENDAR_WORDS
            and not (first == 1 and lexicon.text_cap.get(low) == "l")
        ):
            break
        first -= 1
    return first


def _capitalised_before(words: Sequence[str], end: int) -> int | None:
    """Where the run of at most four capitalised words ending at ``end`` starts, across commas
    and slashes between them and a parenthesised place ("Bache Securities (Japan)"); None
    when the word before ``end`` is not part of a name."""
    i, names = end, 0
    while i > 0 and names < 4:
        word = words[i - 1]
        if word == ")" and i > 3 and words[i - 3] == "(" and words[i - 2][:1].isupper():
            i -= 3
        elif word[:1].isupper() and word[:1].isalpha() and word.casefold() not in _NOT_NAMES:
            i -= 1
            names += 1
        elif word in (",", "/") and names and i > 1 and words[i - 2][:1].isupper():
            i -= 1
        elif i > 2 and words[i - 2] == "/" and words[i - 3][:1].isupper():  # "Bio/dynamics"
            i -= 2
        else:
            break
    return i if names else None


def adjective_bodies(words: Sequence[str], tags: list[str], lexicon: WordClasses) -> bool:
    """Tag "the", a capitalised adjective and a body's head (lexicon.ADJECTIVE_BODY_HEADS), all
    untagged, as the body ("the Islamic State", "the Lebanese Army"): a name the model, trained
    on news from before some of them, left out. Not in a headline in title case, nor before a
    capitalised word or "of" (a longer name's: "the Australian Council of Trade Unions", "the
    Islamic State of Iraq and the Levant"). Returns whether it tagged one."""
    if _ADJECTIVE_BODY_HEADS.isdisjoint(words) or is_title_case(words, lexicon):
        return False
    tagged = False
    for i in range(2, len(words)):
        if (
            words[i] in _ADJECTIVE_BODY_HEADS
            and tags[i] == tags[i - 1] == "O"
            and words[i - 2].casefold() == "the"
            and words[i - 1].istitle()
            and words[i - 1].endswith(ADJECTIVE_ENDS)
            and (i + 1 == len(words) or not (words[i + 1][:1].isupper() or words[i + 1] == "of"))
        ):
            relabel(tags, "ORG", i - 1, i + 1)
            tagged = True
    return tagged


def nationality_firms(words: Sequence[str], tags: list[str], lexicon: WordClasses) -> None:
    """A nationality, or a MISC name the model read as one, written right before a firm's name
    that ends on a company word is the start of that name ("American Telephone and Telegraph
    Co", "Canadian General Electric Co Ltd", "International American Homes Inc"): the model
    tags the adjective apart, as CoNLL's annotators did before a body ("the Japanese Finance
    Ministry"), and the firm lost its first word."""
    for kind, i, end in spans(tags):
        if kind != "ORG" or not i or not words[i - 1][:1].isupper():
            continue
        if bare(words[end - 1]) not in COMPANY_WORDS:
            continue
        before = tags[i - 1]
        if words[i - 1].endswith("-based"):
            continue  # "St. Louis-based Mercantile Bancorp Inc.": where the firm is
        if before in ("B-MISC", "I-MISC"):
            first = name_start(tags, i - 1)
        elif before == "O" and is_nationality(words[i - 1], lexicon):
            first = i - 1
        else:
            continue
        relabel(tags, "ORG", first, end)
