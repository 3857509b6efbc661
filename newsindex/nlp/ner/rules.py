"""Corrections to the entity model's labels that news phrasing makes certain.

The model labels a word from a window of two words either side, so it misses facts about names
that a whole phrase states. Three are cheap to check after tagging a sentence:

* the capitalised words right after a person's title are that person, whatever kind the model
  gave them: "Vice-President *JD Vance*" (tagged ORG), "Central Bank President *Jose* Luis
  Machinea" (the first name left in the ORG);
* a "person" whose last word is a landmark noun, named by a word that is no first name, is a
  place: "Parliament *Hill*", "*Capitol Hill*" (but "Anita Hill" stays a person);
* a "person" joined by a name particle to the organisation or place before it is the rest of
  that name: "Barclays de *Zoete Wedd*", "Procter & *Gamble*".

The word lists the model was trained with (first names, the kinds a word usually had) tell a name
from a company ("Premier *Microwave Corp*") and a first name from a place name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache, partial

from ..datespans import HOLIDAYS
from ..lexicon import (
    ABBREVIATED_TITLES,
    AGREEMENT_WORDS,
    ASSOCIATION_HEADS,
    COMPANY_WORDS,
    CURRENCY_WORDS,
    EVENT_HEADS,
    FAMILY_NAMES_FIRST,
    FIGURE_WORDS,
    FIRM_HEADS,
    FIRM_TAILS,
    GREEK_LETTERS,
    INSTITUTION_HEADS,
    LANDMARKS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NAME_PARTICLES,
    OFFICE_LINKS,
    OPENING_PARTICIPLES,
    PERSON_ONLY_ROLES,
    PERSON_TITLES,
    PORTFOLIO_WORDS,
    QUERY_STOP_WORDS,
    SURNAME_TITLES,
    TITLE_HEADS,
    TRADE_PAIRS,
    VARIANT_WORDS,
    WEEKDAYS,
    wordset,
)
from ..names import STATE_ABBREVIATION, is_title_head
from .model import WordClasses

__all__ = ["repair_tags"]


# Lower-case words inside an organisation's or a place's name ("Banco de ...", "Marks & Spencer"):
# the name particles and "&"; not "of" or "'s", which also join two names ("chairman of Shell
# Peter Holmes" is rare, "Shell's Peter Holmes" is not), nor the Arabic "bin", "ibn", "al", "el",
# which join a person's names: "Osama" (ORG) "bin Laden" (PER) is a person whose first name the
# model got wrong, not an organisation.
_PARTICLES = (NAME_PARTICLES - {"bin", "ibn", "al", "el"}) | {"&"}
_ROYAL_TITLES = frozenset({"Prince", "Princess", "King", "Queen", "Sheikh", "Emir", "Sultan"})
"""Titles before a person's name that the model takes into it ("Prince Ada")."""
_RANK_TITLES = wordset(
    """Cardinal Archbishop Bishop Rabbi Imam Ayatollah Pope Reverend Pastor Admiral Captain
    Colonel Major Lieutenant Sergeant Corporal Commander Marshal Brigadier General
    Lieutenant-Colonel Lieutenant-General Major-General Lieutenant-Commander Baron Baroness
    Duke Duchess Count Countess Viscount Marquess Marquis Sir Dame Emperor Empress Tsar Czar
    """
)
"""Ranks of the clergy, the armed forces and the nobility, written in full before a name,
which the model takes into it ("Cardinal Ada Brisk"): no part of the name unless they are a
listed first name. Not "Lord" and "Lady", with which a peer is named ("Lord Brisk")."""
_MIN_ISM = 5  # letters of a creed's name ending in "-ism" ("Sikhism"), not "Prism"
_COURTESY_TITLES = wordset("dr mr mrs ms prof")
"""Titles ("Dr", "Mr.") that stand only before a person's whole name."""
_TITLE_MODIFIERS = frozenset({"Chief", "Crown", "Lord", "Major", "Lieutenant", "Brigadier"})
"""Words that make the title after them ("Chief *Justice*") no surname."""
_WEEKDAY_NAMES = frozenset(w.capitalize() for w in WEEKDAYS)
_ROMAN = re.compile(r"[IVX]{1,4}")  # a monarch's number: "Elizabeth II"
_PARTY_MEMBERS = frozenset({"Republican", "Democrat", "Independent"})
"""A party's member before "of" and the state the member represents ("Republican of Ohio")."""
_NAME_KINDS = frozenset({"PER", "ORG", "LOC"})
_NO_CLASSES: frozenset[str] = frozenset()  # of a name no word list holds
_POSSESSIVES = frozenset({"'s", "’s", "'"})
"""Possessive endings, no part of a name the model ran on over them before another name
("the Harlow Department 's Ada Brisk"); a firm's name may end on one ("Moody 's said")."""
_STORM_WORDS = frozenset({"Hurricane", "Typhoon", "Cyclone", "Storm"})
"""Capitalised before a storm's name ("Hurricane Hugo", "Tropical Storm Ada", "Storm Ada")."""
_SON_OF = frozenset({"bin", "ibn"})  # lower-case: join an Arab person's names
_MAX_NAME = 4  # words in a person's name after a title ("Leopoldo Sucre Figarella")
_LIST_JOINS = frozenset({",", "and"})
_FIRM_JOINS = frozenset({",", "and", "&"})  # before the part of a firm's name the model tagged
_PLACE_ENDS = frozenset({"B-LOC", "I-LOC"})
_INSTITUTION_LINKS = frozenset({"for", "on", "of"})
# Heads of the names of institutions written "<Head> for|on|of <field>".
_INSTITUTION_STARTS = INSTITUTION_HEADS | ASSOCIATION_HEADS | wordset("center centre foundation")
_DATELINE_DASHES = frozenset({"-", "--", "—", "–"})
_OPENING_MARKS = _DATELINE_DASHES | {"_"}
"""Marks after which a sentence or its body opens ("HARLOW (AP) _ Members ...")."""
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][\w.]*")  # "(R-Va.)", "(D-N.Y.)": a party and a state
_MAX_AGE = 110  # "Ada Brisk, 34, said": a person's age between commas
_GIVEN_NAME_CHARS = 5  # a Chinese, Korean or Vietnamese given name's syllable: "Hong", "Loong"


# A person title in any case but capitals (all-capital "MS" or "REP" is an acronym); cached,
# since it is asked of the word before nearly every name.
_LOCAL_TITLES = wordset(
    "assemblyman assemblywoman assemblymember councilman councilwoman councilmember alderman "
    "alderwoman sheriff"
)
"""Titles of local officials, which the model's word lists lack (kept here: the lists feed
its features)."""
_is_title = lru_cache(maxsize=1 << 14)(
    partial(is_title_head, heads=PERSON_TITLES | _LOCAL_TITLES, acronyms=True)
)
# Any title head, for "Chancellor of the Exchequer", "Minister for Trade".
_is_title_head = lru_cache(maxsize=1 << 14)(
    partial(is_title_head, heads=TITLE_HEADS, acronyms=True)
)
# Words that count as an amount before a currency ("7.15 billion N.Z. Dlrs").
_AMOUNTS = frozenset({"mln", "bln", "billion", "million", "thousand", "trillion", "mlns", "blns"})
_MAX_PARTICLES = 2  # "de la", "van der"
# Jobs held at a firm, which a firm's name comes before ("Smith Barney analyst", "Goldman
# economists"); a person's name comes before "spokesman" or "aide" ("Reagan spokesman").
_NOT_NAMES = wordset("the a an and of in on at for by to said")
_INITIAL = re.compile(r"[A-Z]\.")
_INITIALS = re.compile(r"[A-Z]{2,3}")
"""Initials written without dots ("JD Vance"): after a title, not an acronym."""
_CALENDAR_WORDS = wordset(" ".join(MONTHS + WEEKDAYS)) | MONTH_ABBREVIATIONS
"""Capitalised at a sentence's start, never part of a company's name."""
_FIRM_ROLES = wordset(
    "analyst analysts economist economists strategist strategists trader traders dealer "
    "dealers broker brokers"
)


_NOT_PERSON_WORDS = COMPANY_WORDS | FIRM_HEADS | INSTITUTION_HEADS
# Words that make the rest of a title's span a body's name (see _title_of_place).
_BODY_WORDS = _NOT_PERSON_WORDS | _INSTITUTION_STARTS | wordset("project university college")
_FIRM_ENDS = COMPANY_WORDS | FIRM_HEADS
_BODY_HEADS = _NOT_PERSON_WORDS | ASSOCIATION_HEADS
# Lower-case words inside a place's name, between two parts the model tagged apart.
_PLACE_PARTICLES = wordset("es de del da do dos das la le al el")
_PLACE_PREPOSITIONS = wordset("in at from to near outside across")
_NAME_CLASSES = frozenset({"first", "last", "country", "city", "country_part"})
_PLACE_CLASSES = frozenset({"city", "country", "region", "state", "continent"})
_PLACE_BEFORE = _PLACE_PREPOSITIONS - {"to", "at", "from"}  # "wrote to", "from" a person
# What follows a role that describes the name before it, where "Exxon, a spokesman said" has a
# verb: the speaker there is the company's spokesman, not Exxon.
_AFTER_ROLE = frozenset({",", "for", "at", "of", "with", "in", "to", "."})
_MAX_ROLE_WORDS = 4  # "the chief election commissioner", "a senior Kremlin official"
_ARABIC_ARTICLE = re.compile(r"(?:Al|El|al|el)-[A-Z]\w")
_CODE = re.compile(r"[A-Z0-9&]{1,8}")  # a stock code or its exchange ("BAEL", "L", "PA")
_MAX_BRACKETED = 8  # words of a company's name in angle brackets
_BRACKET_JOINERS = wordset("of and & de du la 's ( ) , . -")
_ACRONYM = re.compile(r"[A-Z]{2,8}")  # "(GATT)", "(OECD)"
# Lower-case words inside a name that its acronym skips ("Securities and Exchange Commission",
# "Organisation for Security and Cooperation in Europe").
_ACRONYM_SKIPS = wordset("of on and for in the de des du la &")
# Heads of a public body or a party named for two fields ("Immigration and Naturalization
# Service", "Justice and Development Party").
_AND_HEADS = (
    INSTITUTION_HEADS
    | ASSOCIATION_HEADS
    | wordset("service administration office bureau center centre institute foundation party")
)
_COMPASS_WORDS = wordset(
    "north south east west central northern southern eastern western northeast northwest "
    "southeast southwest"
)
_INTO_PLACE = _PLACE_PREPOSITIONS | wordset("into throughout")
_BODY_ENDS = wordset("institution institute foundation university college")
"""Last words of a body's name that the model may read as a place ("Brookings Institution",
"Rice University")."""
_TOWN_WORDS = wordset("city county town state municipal provincial regional")
_HOLIDAY_WORDS = frozenset(name for name in HOLIDAYS if " " not in name)
_RATING = re.compile(r"(?i:aaa|aa|a|baa|ba|b|caa|ca|c)-?[1-3]")  # Moody's: "Baa-3", "A-1"
_VERB_WORDS = wordset("has have had is was are were does did")
"""Verbs that no name holds, though a wire may capitalise them after "U.S." ("The U.S. Has
said"). Not "will", "may", "can": given names and a month."""
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
_GRADE_WORDS = frozenset({"Intermediate", "Sour", "Sweet"})
"""Words that end the name of a crude oil grade ("West Texas Intermediate", "Light Louisiana
Sweet"): a commodity, no place."""
_GEOGRAPHIC = wordset("strait straits gulf cape sea bay lake mount isle river canal peninsula")
"""Heads of geographic names with "of" ("Strait of Hormuz", "Gulf of Mexico")."""
_FEATURE_ENDS = wordset(
    "river plateau basin creek coast mountains valley desert peninsula gulf strait sea ocean "
    "canyon archipelago islands bay"
)
"""Last words of the names of geographic features ("the Tessby River", "the Harlow Basin")."""
_SHIP_PREFIXES = frozenset({"HMS", "USS", "HMAS", "HMCS", "RMS"})
"""Prefixes of a ship's name ("USS Tessby", "HMS Harlow"): no body, no place."""
_REALM_ENDS = wordset("empire county")
"""Last words of a realm's or a county's name, a place when the model read an event or a
people in it ("the Tessbian Empire"); as an organisation's last word often a club's
("Harlow County" in a table of results)."""
_FEATURE_OR_REALM_ENDS = _FEATURE_ENDS | _REALM_ENDS
_PLACE_NOUNS = wordset(
    "region province county township district municipality suburb valley village town city "
    "island peninsula metropolitan prefecture governorate oblast"
)
"""Lower-case words for a kind of place, written after its name ("the Harlow district", "the
Harlow metropolitan area"; not "area" alone: "the OECD area", "an area executive")."""
_PLACES_OF = _PLACE_NOUNS - {"metropolitan"} | wordset(
    "towns cities villages islands suburbs provinces regions districts capital port kingdom"
)
"""Lower-case words for a kind of place, written before "of" and its name ("the town of
Harlow", "the towns of Harlow and Tessby")."""
_ADJECTIVE_ENDS = ("an", "ish", "ic", "ese", "i", "ed")
_PLACE_INSTITUTIONS = wordset(
    "police government authorities officials troops army forces television radio residents "
    "mayor governor prosecutors court courts hospital airport parliament cabinet leaders leader "
    "voters people citizens embassy border"
)
"""Lower-case words after a place's name for its people and bodies ("Harlow police", "the
Kuwait government"): the name there is the place's."""
_FIRM_NAME_ENDS = FIRM_TAILS | wordset(
    "pharmaceuticals technologies communications airlines motors foods resources securities "
    "investments petroleum electronics software networks entertainment records bancorp "
    "bancshares insurance chemicals laboratories"
)
"""Last words of a firm's name after its founder's ("Ada Brisk Pharmaceuticals", "Tam Orrin
Records"): the name is the firm's."""
_QUOTES = frozenset({'"', "''", "``", "“", "”"})
_DEFINING = frozenset({"is", "was", ","})  # "Tessby is a village", "Tessby, a town of"
_KINDS_OF_PLACE = _PLACES_OF | wordset(
    "commune hamlet neighborhood neighbourhood locality settlement parish borough country "
    "resort community territory"
)
_AFTER_KIND_OF_PLACE = wordset(
    "in of on near , . that which where and ( located situated about some with north south "
    "east west"
)
"""Words after "a village", "a town" that show it is the place defined ("a village in"),
not a person's post ("a village elder", "a town councillor")."""
_BODY_TAILS = (
    INSTITUTION_HEADS
    | ASSOCIATION_HEADS
    | FIRM_TAILS
    | wordset(
        "police party front movement army forces service office bureau foundation university "
        "college school academy airlines airways institute center centre"
    )
)
"""Last words of a body's name, which the model may leave out after the rest ("Tessby Mounted
*Police*", "Harlow Magnet *High School*")."""
_MAX_TAIL = 3  # capitalised words the model left out at a body's name's end (2 for a site)
_SITE_TAILS = wordset(
    "ground trail tunnel cemetery preserve bridge stadium airport station highway arena dam "
    "canal forest reserve palace castle cathedral mosque temple"
)
"""Last words of the names of places built or kept ("Tessby Cricket *Ground*", "Harlow
Pool *Preserve*"), which the model may leave out after the rest."""
_RANKS_ALONE = _RANK_TITLES | _ROYAL_TITLES | {"Lord", "Lady", "Earl"}
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
"""Endings of adjectives made from names ("Kurdish", "Islamic", "Nepalese", "Iraqi")."""


@lru_cache(maxsize=1 << 14)
def _bare(word: str) -> str:
    """``word`` in lower case without the dots after it ("Corp." -> "corp"); cached, as the
    rules ask it of the words at a name's ends again and again."""
    return word.rstrip(".").casefold()


def _is_figure_span(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> bool:
    """Whether ``words[start:end]`` is a table heading or a currency, not a name: "Oper", "Avg
    Shrs", "H.K. Dlrs" after an amount, a currency code ("HKD") next to a number."""
    head = words[start]
    if _bare(head) in FIGURE_WORDS and all(_bare(w) in FIGURE_WORDS for w in words[start:end]):
        return True
    currency = _bare(words[end - 1]) in CURRENCY_WORDS
    code = end == start + 1 and len(head) == 3 and head.isupper()
    if not (currency or code):  # most names: nothing around them to look at
        return False
    before = words[start - 1] if start else ""
    amount = _is_number(before) or before.casefold() in _AMOUNTS
    if amount and currency:
        return True
    if code:
        listed = lexicon.gazetteer.get(head, "").split()
        after = words[end] if end < len(words) else ""
        return "currency" in listed and (amount or _is_number(after))
    return False


def _is_number(word: str) -> bool:
    return word[:1].isdigit() and any(c.isdigit() for c in word)


def _is_landmark(word: str) -> bool:
    low = word.casefold()
    return low in LANDMARKS or (low.endswith("s") and low[:-1] in LANDMARKS)


def _is_first_name(word: str, lexicon: WordClasses) -> bool:
    listed = lexicon.gazetteer.get(word.capitalize() if word.isupper() else word, "")
    return "first" in listed.split()


def _is_name(words: Sequence[str], lexicon: WordClasses) -> bool:
    """Whether ``words`` can be a person's name: a few capitalised words, the last of which
    was an organisation's or a place's word in training, never a person's ("Corp", "Services"),
    only if it is also a first name."""
    if not 0 < len(words) <= _MAX_NAME or not all(w[:1].isupper() for w in words):
        return False
    last = words[-1]
    kinds = lexicon.types.get(last, "").split()
    org_or_place = ("ORG" in kinds or "LOC" in kinds) and "PER" not in kinds
    return not org_or_place or _is_first_name(last, lexicon)


def _relabel(tags: list[str], kind: str, start: int, end: int, *, joined: bool = False) -> None:
    """Make ``[start, end)`` one ``kind`` name, or with ``joined`` the end of the one before."""
    tags[start] = ("I-" if joined else "B-") + kind
    for i in range(start + 1, end):
        tags[i] = "I-" + kind


def repair_tags(
    words: Sequence[str],
    tags: list[str],
    found: Sequence[tuple[str, int, int]],
    lexicon: WordClasses,
) -> list[str]:
    """Apply the title, landmark and particle rules to one sentence's IOB2 ``tags``, in place.

    ``found`` are the entity spans of ``tags`` (:func:`newsindex.nlp.ner.tagger.spans`). Each
    span meets the rules for a name of any kind (:func:`_repair_any`), then those for its own
    kind (:func:`_repair_organisation`, :func:`_repair_place`, :func:`_repair_person`, and
    :func:`_repair_rest` for bodies, places and the rest); the first rule that changes the span
    ends its turn. Most spans fit no rule, so each rule is first asked something cheap about
    the words next to the span (is the word after it "of"?) before its own test.
    """
    last = len(found) - 1
    for n, (kind, start, end) in enumerate(found):
        if tags[start] != "B-" + kind:
            continue  # an earlier rule made it part of another name
        after = found[n + 1] if n < last else None
        if end - start > 1:
            cut = _verb_inside(words, start, end, lexicon)
            if cut is not None:
                for i in range(cut, end):
                    tags[i] = "O"  # "The U.S. Has said": a wire's capitals after "U.S."
                end = cut
                if _is_listed_place(words[start:end], lexicon) or (
                    end == start + 1 and lexicon.types.get(words[start]) == "LOC"
                ):
                    kind = "LOC"
                    _relabel(tags, kind, start, end)
        if (
            end - start > 1
            and words[end - 1] in _POSSESSIVES
            and end < len(words)
            and words[end][:1].isupper()
        ):
            end -= 1
            tags[end] = "O"  # "Corbel 's" + "Ada Brisk": the possessive is no part of it
        if _repair_any(words, tags, kind, start, end, after, lexicon):
            continue
        if kind == "PER":
            _repair_person(words, tags, start, end, after, lexicon)
            continue
        if kind == "ORG":
            if _repair_organisation(words, tags, start, end, after, lexicon):
                continue
        elif kind == "LOC" and _repair_place(words, tags, start, end, after, lexicon):
            continue
        _repair_rest(words, tags, kind, start, end, after, lexicon)
    if "<" in words:
        _bracketed_companies(words, tags)
    if "(" in words:
        _names_of_acronyms(words, tags)
    return tags


def _repair_any(
    words: Sequence[str],
    tags: list[str],
    kind: str,
    start: int,
    end: int,
    after: tuple[str, int, int] | None,
    lexicon: WordClasses,
) -> bool:
    """The rules for a name of any kind (some of them only for some kinds): a crude grade, a
    storm, no name at all, "bin" between two names, a firm's name in parts, a dateline, a royal
    title, a party's member, a town and its state. Returns whether one changed the span."""
    size = end - start
    first = words[start]
    following = words[end] if end < len(words) else ""
    if words[end - 1] in _GRADE_WORDS or following in _GRADE_WORDS:
        if words[end - 1] in _GRADE_WORDS:
            grade_end = end
        else:
            grade_end = after[2] if after and after[1] == end else end + 1
        _relabel(tags, "MISC", start, grade_end)  # "West Texas Intermediate": an oil
        return True
    previous = words[start - 1] if start else ""
    if (
        kind != "LOC"
        and previous == ","
        and size == 1
        and _is_state_after_town(words, tags, start, end)
    ):
        _relabel(tags, "LOC", start, end)  # "in Wilmington, *Del.*, charging"
        return True
    if kind == "ORG" and size > 2 and _is_geographic(words, start, end):
        _relabel(tags, "LOC", start, end)  # "the Strait of Hormuz"
        return True
    if size > 1:
        if kind == "ORG":
            for based in range(start, end - 1):
                if words[based].endswith("-based"):
                    _relabel(tags, "MISC", start, based + 1)  # "Tessby-based" + "Corbel
                    _relabel(tags, "ORG", based + 1, end)  # Inc": the seat is no part of it
                    return True
        if first in _SHIP_PREFIXES:
            _relabel(tags, "MISC", start, end)  # "the destroyer USS Tessby": a ship
            return True
        if (
            kind != "LOC"
            and words[end - 1].casefold() in _FEATURE_OR_REALM_ENDS
            and _ends_on_feature(words[end - 1], kind)
        ):
            _relabel(tags, "LOC", start, end)  # "the Tessby River", "the Harlow Empire"
            return True
    if _is_no_name_span(words, start, end, lexicon):
        for i in range(start, end):
            tags[i] = "O"
        return True
    if (
        following in _PLACE_INSTITUTIONS
        and kind in ("ORG", "PER")
        and _is_listed_place(words[start:end], lexicon)
    ):
        _relabel(tags, "LOC", start, end)  # "a Harlow police official", "the Kuwait government"
        return True
    if following[:1].isupper() and tags[end] == "O":
        # "Royal Tessby" + "Mounted Police" (a body's name goes on after a person's only after
        # "the": see _named_body_end)
        tail = _tail_end(words, tags, end, _MAX_TAIL, _BODY_TAILS) if kind in ("ORG", "LOC") else 0
        if tail:
            _relabel(tags, "ORG", start, tail)  # "Tessby" + "Mounted Police": one body
            return True
        site = _tail_end(words, tags, end, 2, _SITE_TAILS)
        if site:
            _relabel(tags, "LOC", start, site)  # "Tessby Cricket" + "Ground": one place
            return True
    elif following in _DEFINING and kind in ("PER", "ORG") and _is_defined_as_place(words, end):
        _relabel(tags, "LOC", start, end)  # "Tessby is a village in", "Tessby, a town of"
        return True
    if (
        (previous == "of" or following in _PLACE_NOUNS)
        and kind != "LOC"
        and _is_named_place(words, tags, kind, start, end, lexicon)
    ):
        _relabel(tags, "LOC", start, end)  # "the town of *Harlow*", "the *Harlow* district"
        return True
    if previous in _STORM_WORDS and tags[start - 1] == "O":
        _relabel(tags, "MISC", start, end)  # "Hurricane Hugo": no person, no body
        return True
    if size > 1 and (
        first in _STORM_WORDS or (first == "Tropical" and words[start + 1] == "Storm")
    ):
        _relabel(tags, "MISC", start, end)  # "Tropical Storm Ada" tagged whole
        return True
    if (
        following in _SON_OF
        and after
        and after[1] == end + 1
        and after[0] != "MISC"
        and size <= _MAX_NAME
    ):
        _relabel(tags, "PER", start, after[2])  # "Omar" "bin" "Harlow": a person
        return True
    if kind == "ORG":
        if size > 2 and "and" in words[start:end] and _two_firms(words, tags, start, end):
            return True
        if (previous in _FIRM_JOINS or _bare(first) in COMPANY_WORDS) and _company_and_co(
            words, tags, start, end
        ):
            return True
        if previous in ("and", "&") and _founders(words, tags, start, end):
            _relabel(tags, "ORG", start - 2, end)  # "Procter and" + "Gamble Co"
            return True
    if kind != "LOC" and start == 0 and _is_dateline(words, tags, start, end, lexicon):
        _relabel(tags, "LOC", start, end)  # "PHILADELPHIA - It was ..."
        return True
    if (
        size > 1
        and first in _ROYAL_TITLES
        and _is_first_name(words[start + 1], lexicon)
        and _is_name(
            words[start + 1 : end - 1 if _ROMAN.fullmatch(words[end - 1]) else end], lexicon
        )
    ):
        tags[start] = "O"
        _relabel(tags, "PER", start + 1, end)  # "Queen Ada" tagged a body or a place
        return True
    if (
        size > 2
        and first in _PARTY_MEMBERS
        and words[start + 1] == "of"
        and _is_listed_place(words[start + 2 : end], lexicon)
    ):
        tags[start], tags[start + 1] = "O", "O"
        _relabel(tags, "LOC", start + 2, end)  # "a Republican of *Wessex*"
        return True
    if (
        following == ","
        and after
        and after[1] == end + 1
        and kind != "LOC"
        and (
            (kind == "ORG" and _firm_seat(words, tags, start, end, after))
            or _town_and_state(words, start, end, after, lexicon)
            or (kind == "ORG" and _town_before_state(words, start, end, after, lexicon))
        )
    ):
        # "Corbel Corp., *Harlow*, Kuwait"; "Harlow, Kuwait": a town, then its state
        _relabel(tags, "LOC", start, end)
        return True
    return False


def _town_before_state(
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
        and not any(_bare(w) in _BODY_WORDS or _bare(w) in _BODY_TAILS for w in words[start:end])
        and (after[2] == len(words) or words[after[2]] not in ("'s", "’s"))  # "Party, Kuwait's"
        and bool({"state", "country"} & _listed(words[after[1] : after[2]], lexicon))
    )


def _is_no_name_span(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> bool:
    """Whether ``words[start:end]`` is no name of any kind: a table heading or a currency, a
    variant's letter, or one word that :func:`_is_no_name` rejects, a nationality or a
    party and state ("R-Va.")."""
    if end - start > 1:
        return _is_figure_span(words, start, end, lexicon)
    word = words[start]
    return (
        _is_figure_span(words, start, end, lexicon)
        or (end < len(words) and words[end] in VARIANT_WORDS and _is_variant(words, start, end))
        or _is_no_name(words, start, lexicon)
        or _is_nationality(word, lexicon)
        or (word[1:2] == "-" and _PARTY_STATE.fullmatch(word) is not None)
    )


def _ends_on_feature(word: str, kind: str) -> bool:
    """Whether a name of two or more words of ``kind`` that ends on ``word`` is a geographic
    feature's or a realm's: a place (see _FEATURE_ENDS, _REALM_ENDS)."""
    if not word[:1].isupper():
        return False
    low = word.casefold()
    return low in _FEATURE_ENDS or (kind == "MISC" and low in _REALM_ENDS)


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
    return j if j > end and _bare(words[j - 1]) in tails else 0


def _starts_person(
    words: Sequence[str], start: int, end: int, kind: str, lexicon: WordClasses
) -> bool:
    """Whether the name ``[start, end)`` right before a person's name is its first part, of
    another kind only because the model did not know it ("Aung San Suu" + "Kyi", "Le Thi" +
    "Thu Hang"): capitalised words that running text always capitalises, no title, rank or
    body's word, no listed place unless it ends on a first name ("Florence" + "Brisk"), no
    nationality or adjective, no last word mostly an organisation's in training; not after
    "the" ("the Harlow" + "Ada Brisk" show) or "of" ("a unit of Shell" + "Peter Holmes": the
    firm and its man), nor when the person's name starts with a listed first name."""
    if (start and words[start - 1] in ("the", "The", "of")) or _is_first_name(words[end], lexicon):
        return False
    name = words[start:end]
    for word in name:
        if not (word.istitle() and word.replace("-", "").replace("'", "").isalpha()):
            return False
        if lexicon.text_cap.get(word.casefold(), "C") != "C" or word in _RANK_TITLES:
            return False
        if _is_title(word) or _is_title_head(word) or _bare(word) in _BODY_WORDS:
            return False
    last = name[-1]
    if _is_listed_place(name, lexicon) and not _is_first_name(last, lexicon):
        return False
    if kind == "MISC" and last.endswith(_ADJECTIVE_ENDS):
        return False
    kinds = lexicon.types.get(last, "").split()
    if "MISC" in kinds or kinds[:1] == ["ORG"]:
        return False  # a nationality; a firm named after people ("Merrill Lynch" + "Pierce")
    return "nationality" not in lexicon.gazetteer.get(last, "")


def _is_defined_as_place(words: Sequence[str], end: int) -> bool:
    """Whether the words after a name define it as a kind of place: "is a (small) village
    in", "was the principal city of", ", a town of 20,000": "is", "was" or a comma, "a",
    "an" (or "the" after a verb), at most two words, then the kind of place and a word that
    goes on about the place."""
    article = end + 1
    if article + 1 >= len(words):
        return False
    if not (words[article] in ("a", "an") or (words[article] == "the" and words[end] != ",")):
        return False
    for k in range(article + 1, min(article + 4, len(words))):
        word = words[k]
        if word in _KINDS_OF_PLACE:
            return k + 1 == len(words) or words[k + 1] in _AFTER_KIND_OF_PLACE
        if k > article + 2 or word in (",", "of", "and", "who", "'s"):
            return False
    return False


def _is_named_place(
    words: Sequence[str], tags: Sequence[str], kind: str, start: int, end: int, lexicon: WordClasses
) -> bool:
    """Whether a name is a place for the lower-case word for a kind of place next to it: "the
    town of *Harlow*", "the *Harlow* district", "the *Harlow* metropolitan area". A MISC name
    is one after "of" always ("the province of *Tessban*": no adjective stands there); before the
    word only when it is no adjective ("the Kurdish town" keeps its nationality): not one in
    training, no listed nationality, no adjective's ending."""
    if start > 1 and words[start - 1] == "of" and words[start - 2] in _PLACES_OF:
        return True
    if not (
        end < len(words)
        and words[end] in _PLACE_NOUNS
        and tags[end] == "O"
        and not words[end - 1].isupper()  # "the OECD region": a body's members
    ):
        return False
    if kind != "MISC":
        return True
    last = words[end - 1]
    return not (
        last.endswith(_ADJECTIVE_ENDS)
        or "MISC" in lexicon.types.get(last, "").split()
        or "nationality" in lexicon.gazetteer.get(last, "")
    )


def _repair_organisation(
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
        (previous in _LIST_JOINS and _place_in_list(words, tags, start, end, lexicon))
        or (previous in _PLACE_BEFORE and _place_after_preposition(words, start, end, lexicon))
        or (
            previous == "of"
            and (
                _hometown(words, start, end, lexicon)
                or _place_after_of(words, tags, start, end, lexicon)
            )
        )
    ):
        _relabel(tags, "LOC", start, end)  # "in Pittsburgh, *Cleveland*, Miami and Tampa"
        return True
    if previous in _INSTITUTION_LINKS and _institution_before(words, tags, start):
        return True
    if (
        after
        and after[0] == "LOC"
        and after[1] == end
        and size > 1
        and _is_listed_place([words[end - 1], *words[end : after[2]]], lexicon)
    ):
        _relabel(tags, "ORG", start, after[2])  # "University of South" + "Carolina"
        return True
    if following == "and" and _second_field(words, tags, start, end):
        _relabel(tags, "ORG", start, end + 2)  # "Ministry of Industry" "and Trade"
        return True
    if following == "," and _is_aged(words, start, end, lexicon):
        _relabel(tags, "PER", start, end)  # "Ada Brisk, 34, of Harlow"
        return True
    if (
        (size > 1 and previous in _INTO_PLACE and _is_part_of_place(words, start, end, lexicon))
        or _is_state_acting(words, start, end, lexicon)
        or _is_country(words[start:end], lexicon)
    ):
        # "Southern Harlow", "Central Kuwait"; "Harlow often votes late"; "The Philippines
        # will ask", "Japan said"
        _relabel(tags, "LOC", start, end)
        return True
    if following in _INSTITUTION_LINKS:
        field = _field_end(words, tags, end)
        if field:
            _relabel(tags, "ORG", start, field)  # "Commission" + "on Tessby Debates"
            return True
    return False


def _field_end(words: Sequence[str], tags: Sequence[str], end: int) -> int:
    """Where an institution's name ends that the model ended on its head before "for", "on"
    or "of" and the field ("the Commission" + "on Tessby Debates", "Ministry" + "of the
    Interior"): the capitalised words the model left out after the link (and "the"), up to a
    day or a month ("the Commission on Tuesday") or a title ("Deputy Administrator"); 0 when
    there are none or the name does not end on an institution's head."""
    if tags[end] != "O" or _bare(words[end - 1]) not in _INSTITUTION_STARTS:
        return 0
    first = end + 1
    if first < len(words) and words[first] == "the":
        first += 1
    stop = first
    while (
        stop < len(words)
        and tags[stop] == "O"
        and _capitalised(words[stop])
        and words[stop].casefold() not in _CALENDAR_WORDS
        and not _is_title_head(words[stop])  # "... of Agriculture Deputy Administrator"
    ):
        stop += 1
    return stop if stop > first else 0


def _place_starts_body(
    words: Sequence[str], start: int, end: int, body: int, lexicon: WordClasses
) -> bool:
    """Whether the place ``[start, end)`` right before the organisation ending at ``body``
    starts its name ("New Tessby" + "Knicks", "Tessby" + "Census Bureau"): not after a
    preposition ("in Harlow Corbel Corp said" names where and who), neither in capitals (a
    headline's "HARLOW CORBEL", an acronym after a place: "Harlow NAPM"), and not when the
    organisation is one word that is no name ("U.S. Officials said")."""
    return (
        not (start and words[start - 1] in _PLACE_PREPOSITIONS)
        and not words[start].isupper()
        and not words[end].isupper()
        and not (body == end + 1 and _is_no_name(words, end, lexicon))
    )


def _repair_place(
    words: Sequence[str],
    tags: list[str],
    start: int,
    end: int,
    after: tuple[str, int, int] | None,
    lexicon: WordClasses,
) -> bool:
    """The rules for a name the model made a place that may make it a body's name. Returns
    whether one changed the span."""
    body = after[2] if after and after[0] == "ORG" and after[1] == end else 0
    if (
        body
        and (
            (start and words[start - 1].casefold() == "the")
            or (  # "Harlow" + "National Oil Company": a firm's common words
                _bare(words[body - 1]) in _FIRM_ENDS
                and lexicon.text_cap.get(words[end].casefold(), "C") != "C"
            )
            or _place_starts_body(words, start, end, body, lexicon)
        )
        and words[end - 1][:1].isupper()  # "the Strait of" + "Tessel": a place
    ):
        _relabel(tags, "ORG", start, body)  # "the Harlow" "Gazette": one name
        return True
    if end - start > 1 and _bare(words[end - 1]) in _BODY_ENDS:
        _relabel(tags, "ORG", start, end)  # "Harlow Institution": a body, not a place
        return True
    if body and after is not None and _town_body(words, start, end, after, lexicon):
        _relabel(tags, "ORG", start, body)
        return True
    return False


def _repair_person(
    words: Sequence[str],
    tags: list[str],
    start: int,
    end: int,
    after: tuple[str, int, int] | None,
    lexicon: WordClasses,
) -> None:
    """The rules for a name the model made a person: a title in it, a body or a firm named
    after a person, a place, the name's own parts (particles, initials, a given name left
    out, a family name written first), and a landmark."""
    count = len(words)
    if end - start > 1:
        first = words[start]
        if first.endswith(".") and _bare(first) in ABBREVIATED_TITLES:
            tags[start], tags[start + 1] = "O", "B-PER"  # "Sens." "Tom Carper"
            start += 1
        elif (
            first in _ROYAL_TITLES
            or (start and words[start - 1] in _TITLE_MODIFIERS and _bare(first) in SURNAME_TITLES)
            or (first in _RANK_TITLES and not _is_first_name(first, lexicon))
        ):
            tags[start], tags[start + 1] = "O", "B-PER"  # "Prince" "Ada Brisk"
            start += 1
    if end < count and words[end] in _QUOTES:
        named = _nickname_end(words, end)
        if named:
            _relabel(tags, "PER", start, named)  # 'Tam " The Hawk " Orrin': one person
            return
    if (
        end < count
        and _ROMAN.fullmatch(words[end])
        and (end + 1 == count or tags[end + 1][:2] != "I-")
        and (words[end] != "I" or end + 1 == count or not words[end + 1][:1].islower())
    ):
        tags[end] = "I-PER"  # "King Ada IV": the monarch's number ends the name ("Ada I think")
        end += 1
    previous = words[start - 1] if start else ""
    if end < count and previous.casefold() == "the":
        body = _named_body_end(words, tags, end, after)
        if body:
            _relabel(tags, "ORG", start, body)  # "the Ada Brisk" "Foundation"
            return
    if end - start > 1 and _bare(words[end - 1]) in _FIRM_NAME_ENDS:
        _relabel(tags, "ORG", start, end)  # "Ada Brisk Pharmaceuticals": a firm
        return
    if after and after[0] == "ORG" and after[1] == end and _is_firm_tail(words[end : after[2]]):
        _relabel(tags, "ORG", start, after[2])  # "E.F. Hutton" "Group Inc"
        return
    if (previous in _PLACE_BEFORE and _place_after_preposition(words, start, end, lexicon)) or (
        previous == "of" and _hometown(words, start, end, lexicon)
    ):
        _relabel(tags, "LOC", start, end)  # "the bankruptcy judge in *Denver* who"
        return
    if end < count and words[end] in _FIRM_ROLES and tags[end] == "O":
        _relabel(tags, "ORG", start, end)  # "Smith Barney analyst Jane Doe"
        return
    if end - start > 1 and words[end - 1] in _WEEKDAY_NAMES:
        end -= 1
        tags[end] = "O"  # "said Tam Orrin Sunday": the day is no part of the name
    if (
        previous.casefold() in NAME_PARTICLES
        or words[end - 1].casefold() in NAME_PARTICLES
        or (end < count and words[end].casefold() in NAME_PARTICLES)
    ) and _particles(words, tags, start, end, lexicon):
        return
    _surname_after_initial(words, tags, end)
    start = _initials_before(words, tags, start, lexicon)
    start = _given_name_before(words, tags, start, end, lexicon)
    _family_name_first(words, tags, start, end)
    _third_given_name(words, tags, start, end, lexicon)
    if (
        end < count
        and words[end][2:3] == "-"
        and (tags[end] == "O" or (tags[end][:2] == "B-" and _not_going_on(tags, end)))
        and _ARABIC_ARTICLE.match(words[end])
    ):
        tags[end] = "I-PER"  # "Sheikh Ahmad *Al-Sabah*", "Abdel Fattah *el-Sisi*" (ORG)
    # The kind of the name before, as the title rule may just have changed it.
    before = tags[start - 2][2:] if start > 1 and tags[start - 1] == "O" else ""
    if before and before != "PER" and words[start - 1].casefold() in _PARTICLES:
        _relabel(tags, before, start - 1, end, joined=True)
    else:
        _landmark(words, tags, start, end, lexicon)


def _nickname_end(words: Sequence[str], end: int) -> int:
    """Where a person's name ends that goes on over a nickname in quotes after the first
    names ('Tam " The Hawk " Orrin', 'Joaquin " Shorty " Tessby'): one to three capitalised
    words between quotes, then one or two capitalised words, the family name; 0 if not."""
    count = len(words)
    close = end + 1
    while close < count and close - end <= 3 and words[close][:1].isupper():
        close += 1
    if close == end + 1 or close >= count or words[close] not in _QUOTES:
        return 0
    last = close + 1
    while last < count and last - close <= 2 and words[last][:1].isupper():
        if not words[last].replace("-", "").replace("'", "").isalpha():
            break
        last += 1
    return last if last > close + 1 else 0


def _repair_rest(
    words: Sequence[str],
    tags: list[str],
    kind: str,
    start: int,
    end: int,
    after: tuple[str, int, int] | None,
    lexicon: WordClasses,
) -> None:
    """The last rules for an organisation, a place or a MISC name that no rule before changed:
    a title in it, a name cut short before or after "of" and "and", an agreement or a rate, an
    event, a person described as one, and the name after a title."""
    size = end - start
    count = len(words)
    following = words[end] if end < count else ""
    tail = _bare(words[end - 1])
    if size > 2 and _title_of_place(words, tags, start, end, lexicon):
        return
    if words[end - 1] in ("of", "and"):
        _dangling_of(words, tags, start, end, after, lexicon)
        return
    if (
        end < count
        and (tags[end] == "B-PER" or (tags[end] == "O" and tail in PORTFOLIO_WORDS))
        and _office_before_name(words, tags, start, end, lexicon)
    ):
        return
    if (
        kind == "ORG"
        and following == "'s"
        and _possessive_institution(words, tags, start, end, after)
    ):
        return
    if (
        kind == "ORG"
        and after
        and after[1] == end + 1
        and after[0] in ("ORG", "LOC")
        and (
            (following == "of" and tail in INSTITUTION_HEADS)
            or (following in ("for", "on") and tail in _INSTITUTION_STARTS)
        )
    ):
        _relabel(tags, "ORG", start, after[2])  # "People's Bank" "of" "China"
        return
    if (
        (tail in AGREEMENT_WORDS or (following[:1].isupper() and tags[end] == "O"))
        and _is_agreement(words, tags, start, end)
    ) or ("Rate" in words[end : end + 3] and _is_rate(words, tags, start, end)):
        return
    if kind == "ORG" and size > 2 and _person_after_body(words, tags, start, end, lexicon):
        return
    if start + 1 < count and words[start + 1] == "of" and _is_event(words, start):
        after_name = _event_end(words, end)
        _relabel(tags, "MISC", start, after_name)  # no kind newsindex keeps
        return
    if (
        after
        and after[1] == end + 1
        and after[0] == kind
        and following in (_PLACE_PARTICLES if kind == "LOC" else _PARTICLES)
        and (following != "&" or size == after[2] - after[1] == 1)  # not two firms
    ):
        _relabel(tags, kind, start, after[2])  # "Dar" "es" "Salaam", "Caisse" "des" "Depots"
        return
    if kind == "ORG" and after and after[0] == "ORG":
        joined = _joined_by_and(words, tags, end, after, lexicon)
        if joined is not None:
            _relabel(tags, "ORG", start, joined)
            return
    then = after[2] if after and after[0] == "PER" and after[1] == end else end
    if (
        then - start <= _MAX_NAME
        and then > end
        and _starts_person(words, start, end, kind, lexicon)
    ):
        _relabel(tags, "PER", start, then)  # "Aung San Suu" (ORG) + "Kyi" (PER): one person
        return
    if (
        then < count
        and words[then] == ","
        and _described_as_person(words, start, then, lexicon)
        and not (kind == "LOC" and _is_place(words, start, end, lexicon))
    ):
        _relabel(tags, "PER", start, then)  # "Aung Thura (ORG) Zaw (PER), a spokesman"
        return
    link = words[start - 1].casefold() if start > 1 else ""
    if (link in OFFICE_LINKS or link == "the") and _office_then_name(
        words, tags, start, end, then, lexicon
    ):
        return
    if size > 1 or (start and _is_title(words[start - 1])):
        _after_title(words, tags, start, end, then, lexicon)


def _bracketed_companies(words: Sequence[str], tags: list[str]) -> None:
    """Angle brackets are a wire's mark for a company: in a stock code after its name ("British
    Aerospace <BAEL.L>", "International Business Machines Corp <IBM>") the exchange is no name
    (".L" and ".O" were two of Reuters' commonest organisations) while the code after a
    company's name is an organisation (users ask for "IBM"), and so is the name before a code;
    capitalised words in them are one company's name ("<Martin CTN Group Plc>", not the
    person "Martin CTN")."""
    for i, word in enumerate(words):
        if word != "<":
            continue
        j = i + 1
        while j < len(words) and j - i <= _MAX_BRACKETED and words[j] != ">":
            j += 1
        if j == i + 1 or j >= len(words) or words[j] != ">":
            continue
        inside = words[i + 1 : j]
        if all(_CODE.fullmatch(w) or w == "." for w in inside):
            code_end = i + 1 + inside.index(".") if "." in inside else j
            tags[code_end:j] = ["O"] * (j - code_end)
            if i and tags[i - 1][2:] in ("PER", "LOC"):
                # A stock code follows a company's name, never a person's or a place's:
                # "Regie Nationale des Usines Renault <RENA.PA>".
                name = i - 1
                while tags[name][0] == "I":
                    name -= 1
                _relabel(tags, "ORG", name, i)
            if len(words[i + 1]) == 1:
                tags[i + 1] = "O"  # "Ford Motor Co <F>": a letter is asked for as a word
            elif i and tags[i - 1].endswith("ORG"):  # the company's code: "IBM" as it is asked
                _relabel(tags, "ORG", i + 1, code_end)
        elif all(w[:1].isupper() or w in _BRACKET_JOINERS for w in inside):
            _relabel(tags, "ORG", i + 1, j)


def _names_of_acronyms(words: Sequence[str], tags: list[str]) -> None:
    """An organisation's name and its acronym in brackets are one name each, whatever parts
    the model made of the name: "General Agreement on *Tariffs* (a place) and Trade (GATT)",
    "GATT (General Agreement on Tariffs and Trade)", "Securities and Exchange Commission
    (SEC)". The capitalised words' initials must spell the acronym; lower-case joiners ("of",
    "and") are skipped, as acronyms skip them. The name takes the acronym's kind, or is an
    organisation when the model had one in it."""
    n = len(words)
    for i, word in enumerate(words):
        if word != "(":
            continue
        if i + 2 < n and words[i + 2] == ")" and _ACRONYM.fullmatch(words[i + 1]):
            start = _spelt_back(words, i, words[i + 1])  # the name, then "(ACRO)"
            if start is not None:
                _one_name(tags, start, i, i + 1)
        elif i > 0 and _ACRONYM.fullmatch(words[i - 1]):  # "ACRO (the name)"
            close = next(
                (j for j in range(i + 2, min(i + _MAX_BRACKETED + 2, n)) if words[j] == ")"), 0
            )
            if close and _spelt_back(words, close, words[i - 1]) == i + 1:
                _one_name(tags, i + 1, close, i - 1)


def _spelt_back(words: Sequence[str], end: int, letters: str) -> int | None:
    """Where the capitalised words ending at ``end`` start when their initials spell
    ``letters`` (lower-case joiners skipped, but not at either end); None when they do not."""
    start, k = end, len(letters)
    while k and start > 0:
        previous = words[start - 1]
        if previous[:1] == letters[k - 1] and previous[1:2].isalpha():
            k -= 1
        elif k == len(letters) or previous.casefold() not in _ACRONYM_SKIPS:
            return None
        start -= 1
    return None if k else start


def _one_name(tags: list[str], start: int, end: int, acronym: int) -> None:
    """Make ``[start, end)`` one name of the kind of the acronym at ``acronym`` (an
    organisation when the model had one in the name), unless it is one already or lies inside
    a longer name of that kind."""
    kind = tags[acronym][2:]
    if kind == "PER" and any(t.endswith("ORG") for t in tags[start:end]):
        tags[acronym] = "B-ORG"  # "Enforcement Directorate (ED)": no person's initials
        kind = "ORG"
    if kind in ("", "MISC"):
        kind = "ORG" if any(t.endswith("ORG") for t in tags[start:end]) else ""
    whole = tags[start] in ("B-" + kind, "I-" + kind) and tags[start + 1 : end] == ["I-" + kind] * (
        end - start - 1
    )
    if kind in ("ORG", "LOC") and not whole:
        _relabel(tags, kind, start, end)


def _is_no_name(words: Sequence[str], i: int, lexicon: WordClasses) -> bool:
    """Whether the word at ``i``, tagged alone, is no name: "No." ("the No. 2 official"), a
    credit rating ("Baa-3", "BA-2"), a holiday ("Easter"), a title or rank alone ("promoted
    to Brigadier"), a participle opening the sentence ("Born in Lagos, ..."), a common word
    opening it ("Members of ..."): nearly always lower-case in news text, and no name in most
    of its uses in training (not "Stoke", "Real"), also after a dateline's dash ("HARLOW (AP)
    _ Officials said"), and anywhere when training never had it capitalised ("the U.S.
    Request", "one U.S. Banker said"); a creed's or a movement's name in "-ism"."""
    word = words[i]
    if word in ("No.", "No") and i + 1 < len(words) and words[i + 1][:1].isdigit():
        return True
    if word[-1:].isdigit() and _RATING.fullmatch(word):
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
    if i and word in _RANKS_ALONE and _before_rank_alone(words[i - 1]):
        return True  # "the Duke said", "the 5th Earl", "the Crown Prince": a title alone
    if word.endswith("ism") and len(word) > _MIN_ISM and word.istitle():
        return True  # a creed or a movement ("Judaism", "Zionism"): no name of a kind kept
    return word.istitle() and _is_title_head(word) and low not in SURNAME_TITLES


def _before_rank_alone(word: str) -> bool:
    """Whether ``word`` before a rank shows the rank stands alone for its holder: "the", an
    ordinal ("the 5th Duke") or "Crown" ("the Crown Prince")."""
    return word.casefold() == "the" or word == "Crown" or _ORDINAL.fullmatch(word) is not None


def _possessive_institution(
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
    _relabel(tags, "ORG", start, head_end)
    rest = after[2] - head_end - 1
    if rest >= 3 and _bare(words[after[2] - 1]) in _FIRM_ENDS:
        tags[head_end] = "O"
        _relabel(tags, "ORG", head_end + 1, after[2])
    elif after[2] > head_end:
        _relabel(tags, "ORG", start, after[2])  # "Women's Bank and Trust Co": one name
    return True


def _dangling_of(
    words: Sequence[str],
    tags: list[str],
    start: int,
    end: int,
    after: tuple[str, int, int] | None,
    lexicon: WordClasses,
) -> None:
    """A name the model ended on "of" goes on with the name after it ("Strait of" + "Hormuz"
    as an organisation), whose kind the head decides; or over the capitalised words after it;
    with none, it ends before "of". One ended on "and" goes on likewise ("Office of Management
    and" + "Budget"), but not into a name of another kind ("the Harlow Union and" + "Ada
    Brisk" is two)."""
    kind = tags[start][2:]
    if after is not None and after[1] == end:
        if words[end - 1] == "of" or after[0] == kind:
            _relabel(tags, kind, start, after[2])
        else:
            tags[end - 1] = "O"
        return
    stop = end
    while stop < len(words) and _capitalised(words[stop]):
        stop += 1
    if stop > end:
        _relabel(tags, kind, start, stop)
    elif end - start > 2 or (end - start == 2 and not _is_no_name(words, start, lexicon)):
        tags[end - 1] = "O"
    else:
        tags[start:end] = ["O"] * (end - start)  # "Members of" the board: no name left


def _office_before_name(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Take a person's title before their name out of an organisation or place, and with it a
    portfolio of several words, which names no organisation: "*Indonesian Energy Minister*
    Subroto", "*Indonesian Energy* minister Subroto" are nothing, "*Treasury* Secretary James
    Baker" keeps the Treasury, "Bank of Japan governor Satoshi Sumita" the bank, "Exxon
    spokesman John Smith" Exxon; the country before a portfolio is a place ("*U.S.* Trade
    Representative", with or without the name after it). Returns whether the tags changed."""
    if end >= len(words):
        return False
    if tags[end] == "B-PER":
        title = end
        while title > start and words[title - 1][:1].isupper() and _is_title(words[title - 1]):
            title -= 1
        if title == end:
            return False
    elif (
        tags[end] == "O"
        and _bare(words[end - 1]) in PORTFOLIO_WORDS
        and (_is_title(words[end]) or (words[end][:1].isupper() and _is_title_head(words[end])))
    ):
        title = end
    else:
        return False
    portfolio = (
        title - start > 1
        and _bare(words[title - 1]) in PORTFOLIO_WORDS
        and not any(w == "of" or _bare(w) in _BODY_HEADS for w in words[start:title])
    )
    if portfolio or title == start:
        place = title - 1
        while place > start and _bare(words[place - 1]) in PORTFOLIO_WORDS:
            place -= 1
        tags[start:end] = ["O"] * (end - start)
        if start < place and (
            _is_country(words[start:place], lexicon)
            or all(lexicon.types.get(w) == "LOC" for w in words[start:place])
        ):
            _relabel(tags, "LOC", start, place)  # "*U.S.* Trade Representative Clayton Yeutter"
        return True
    if title < end:
        tags[title:end] = ["O"] * (end - title)
        return True
    return False


def _is_agreement(words: Sequence[str], tags: list[str], start: int, end: int) -> bool:
    """Make an agreement's name no organisation or place (MISC): "the Louvre Accord", "an
    International Coffee Agreement" (the model may leave the last word out). Returns whether
    the tags changed."""
    if _bare(words[end - 1]) in AGREEMENT_WORDS:
        _relabel(tags, "MISC", start, end)
        return True
    if (
        end < len(words)
        and tags[end] == "O"
        and words[end][:1].isupper()
        and _bare(words[end]) in AGREEMENT_WORDS
    ):
        _relabel(tags, "MISC", start, end + 1)
        return True
    return False


def _is_rate(words: Sequence[str], tags: list[str], start: int, end: int) -> bool:
    """Make an interest rate's name no organisation or place (MISC): "the London Interbank
    Offered Rate" (the model's "London Interbank" was a common Reuters organisation). Returns
    whether the tags changed."""
    k = end
    while k < len(words) and k - end < 2 and tags[k] == "O" and words[k] != "Rate":
        if not _capitalised(words[k]):
            return False
        k += 1
    if k < len(words) and words[k] == "Rate" and tags[k] == "O":
        _relabel(tags, "MISC", start, k + 1)
        return True
    return False


def _person_after_body(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Split a person's name off the organisation the model ran it into: "Coffee Trade
    *Association* Carlos Calmon" is the association and the person (a listed first name after
    the body's head word, then a name). Returns whether the tags changed."""
    for k in range(end - 2, start, -1):
        if _bare(words[k]) in _BODY_HEADS:
            rest = words[k + 1 : end]
            if _is_first_name(rest[0], lexicon) and len(rest) > 1 and _is_name(rest, lexicon):
                _relabel(tags, "PER", k + 1, end)
                return True
            return False
    return False


def _is_nationality(word: str, lexicon: WordClasses) -> bool:
    """Whether ``word`` is listed only as a nationality ("Kuwaiti tankers", "Iranian"), no
    name of a person, place or country: an adjective, whatever kind the model read."""
    listed = lexicon.gazetteer.get(word)
    if not listed or "nationality" not in listed:
        return False
    classes = _class_set(listed)
    return "nationality" in classes and not classes & _NAME_CLASSES


def _joined_by_and(
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
    ("Alex. Brown and Sons"), or a body named for two fields ends on its head ("Immigration"
    "and" "Naturalization Service"): a common word, no name ("Exxon and Energy Department" are
    two), before "and", and one word before the head after it."""
    k = end
    while k < len(words) and k - end < 2 and tags[k] == "O" and _capitalised(words[k]):
        k += 1
    if not (
        after
        and after[0] == "ORG"
        and after[1] == k + 1
        and words[k] == "and"
        and tags[k + 1] == "B-ORG"
    ):
        return None
    pair = f"{_bare(words[k - 1])} and {_bare(words[k + 1])}"
    if words[k + 1] == "Sons" or pair in TRADE_PAIRS:
        return after[2]
    if (
        after[2] - after[1] == 2
        and _bare(words[after[2] - 1]) in _AND_HEADS
        and words[k - 1].istitle()
        and _bare(words[k - 1]) not in _AND_HEADS | _FIRM_ENDS
        and lexicon.text_cap.get(words[k - 1].casefold(), "C") != "C"
    ):
        return after[2]
    return None


def _is_event(words: Sequence[str], start: int) -> bool:
    """Whether the name at ``start`` is an event's: "Battle of ...", "Treaty of ...", "War of
    ..." (capitalised head, then "of")."""
    return (
        start + 1 < len(words)
        and words[start + 1] == "of"
        and words[start][:1].isupper()
        and words[start].casefold() in EVENT_HEADS
    )


def _event_end(words: Sequence[str], end: int) -> int:
    """The end of an event's name that the model cut short ("Battle of" + "Sayler's Creek",
    "Battle of Sayler" + "'s Creek"): the capitalised words, "'s" and numbers right after."""
    while end < len(words) and (
        _capitalised(words[end]) or words[end] == "'s" or words[end].isdigit()
    ):
        end += 1
    return end


def _is_dateline(
    words: Sequence[str], tags: Sequence[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Whether a listed place in capitals opening a text before a dash, the agency's bracket or
    a comma and the state's name is its dateline ("PHILADELPHIA - It was ...", "TALLAHASSEE —
    Donald Trump's ...", "HARLOW (AP)", "HARLOW, Mass. (AP)"), unlike a headline's topic
    ("RUGBY UNION - ...")."""
    return (
        start == 0
        and end + 1 < len(words)
        and (
            words[end] in _DATELINE_DASHES
            or words[end] == "("
            or (words[end] == "," and tags[end + 1] == "B-LOC")
        )
        and all(w.isupper() for w in words[start:end])
        and _is_listed_place([w.title() for w in words[start:end]], lexicon)
    )


def _is_part_of_place(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> bool:
    """Whether the organisation ``[start, end)`` is a compass point's part of a listed place
    ("South Harlow", "Central Kuwait", "Western Europe"): a region, no body."""
    return (
        end - start > 1
        and words[start].casefold() in _COMPASS_WORDS
        and start > 0
        and words[start - 1] in _INTO_PLACE
        and _is_listed_place(words[start + 1 : end], lexicon)
    )


def _firm_seat(
    words: Sequence[str], tags: Sequence[str], start: int, end: int, after: tuple[str, int, int]
) -> bool:
    """Whether a short organisation between commas after a company's full name and before a
    place is the town the company is based in ("Corbel Corp., Harlow, Kuwait, said")."""
    return (
        end - start <= 2
        and start > 1
        and words[start - 1] == ","
        and tags[start - 2] == "I-ORG"
        and _bare(words[start - 2]) in _FIRM_ENDS
        and words[end] == ","
        and after[:2] == ("LOC", end + 1)
    )


def _town_and_state(
    words: Sequence[str],
    start: int,
    end: int,
    after: tuple[str, int, int],
    lexicon: WordClasses,
) -> bool:
    """Whether a listed city the model made an organisation or a person is followed by a comma
    and the listed state, region or country it lies in ("Harlow, Kuwait, said", "in Harlow,
    Mass."), as news writes a town."""
    return (
        after[:2] == ("LOC", end + 1)
        and words[end] == ","
        and "city" in _listed(words[start:end], lexicon)
        and bool(_listed(words[end + 1 : after[2]], lexicon) & _PLACE_CLASSES)
    )


def _place_in_list(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Whether a listed place the model made an organisation stands in a list of places, next
    to one across a comma or "and" ("Turn out in Philadelphia, in Pittsburgh, Cleveland, Miami
    and Tampa")."""
    return (
        start >= 2
        and words[start - 1] in _LIST_JOINS
        and tags[start - 2] in _PLACE_ENDS
        and end + 1 < len(words)
        and words[end] in _LIST_JOINS
        and tags[end + 1] == "B-LOC"
        and _is_listed_place(words[start:end], lexicon)
    )


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
    if not (
        after[:2] == ("ORG", end) and all(_bare(w) in _AND_HEADS for w in words[end : after[2]])
    ):
        return False
    place = end - 1 if end - start > 1 and _bare(words[end - 1]) in _TOWN_WORDS else end
    return _is_listed_place(words[start:place], lexicon)


def _named_body_end(
    words: Sequence[str], tags: Sequence[str], end: int, after: tuple[str, int, int] | None
) -> int:
    """Where the body named after the person before ``end`` ends ("the Ada Brisk *Society*",
    "the Ada Brisk *Memorial Foundation*"): the organisation right after the name, or a
    capitalised body's head the model left out; 0 when neither follows."""
    if after and after[:2] == ("ORG", end):
        return after[2]
    if tags[end] == "O" and words[end].istitle() and _bare(words[end]) in _AND_HEADS:
        return end + 1
    return 0


def _second_field(words: Sequence[str], tags: Sequence[str], start: int, end: int) -> bool:
    """Whether the body "<Head> of <field>" the model ended before "and" goes on over a second
    field: one capitalised word the model left out, then no capitalised word ("Ministry of
    Industry and Trade said"; "Bank of Harlow and Corbel Corp" are two)."""
    return (
        end + 1 < len(words)
        and words[end] == "and"
        and tags[end + 1] == "O"
        and words[end + 1].istitle()
        and (end + 2 == len(words) or not words[end + 2][:1].isupper())
        and "of" in words[start + 1 : end - 1]
        and _bare(words[start]) in _AND_HEADS
    )


def _not_going_on(tags: Sequence[str], i: int) -> bool:
    """Whether the name starting at ``i`` is that one word."""
    return i + 1 == len(tags) or tags[i + 1][:2] != "I-"


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
        and end - start <= _MAX_NAME
        and all(w.istitle() for w in words[start:end])
        and not any(_bare(w) in _NOT_PERSON_WORDS for w in words[start:end])
        and _is_name(words[start:end], lexicon)
        and not _is_listed_place(words[start:end], lexicon)
    )


def _hometown(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> bool:
    """Whether a listed place the model made an organisation is a person's home town after
    their age ("Ada Brisk, 34, of *Harlow*, said"): news writes a town there, never a body."""
    return (
        start > 2
        and words[start - 1] == "of"
        and words[start - 2] == ","
        and words[start - 3].isdigit()
        and _is_listed_place(words[start:end], lexicon)
    )


def _place_after_of(
    words: Sequence[str], tags: Sequence[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Whether a listed place the model made an organisation follows "of": "the mayor of
    *Harlow*", "the people of *Kuwait*"; not when it owns something ("fans of Harlow's
    team"), nor after a person's name, where "of" gives the person's firm as often ("Ada
    Brisk of Harlow, Corbel Corp said")."""
    return (
        (end == len(words) or words[end] not in ("'s", "’s"))
        and not (start > 1 and tags[start - 2][2:] == "PER")
        and _is_listed_place(words[start:end], lexicon)
    )


def _institution_before(words: Sequence[str], tags: list[str], start: int) -> bool:
    """Make an organisation the model started after "for", "on" or "of" begin at the
    institution's head before it ("Center for" "Economic and Policy Research", "Council on"
    "Foreign Relations"), with the capitalised words before the head. Returns whether the
    tags changed."""
    head = start - 2
    if not (
        head >= 0
        and words[start - 1] in _INSTITUTION_LINKS
        and tags[head] == "O"
        and words[head].istitle()
        and _bare(words[head]) in _INSTITUTION_STARTS
    ):
        return False
    while head > 0 and tags[head - 1] == "O" and words[head - 1].istitle():
        head -= 1
    if words[head].casefold() in _NOT_NAMES:
        head += 1  # "The Center for ..." opening a sentence
    tags[start] = "I-ORG"
    _relabel(tags, "ORG", head, start)
    return True


def _is_variant(words: Sequence[str], start: int, end: int) -> bool:
    """Whether ``words[start:end]`` is a Greek letter naming a variant or a wave ("the Omicron
    variant"): capitalised, seen as an organisation by the model, and no name."""
    return (
        end == start + 1
        and end < len(words)
        and words[start].casefold() in GREEK_LETTERS
        and words[end] in VARIANT_WORDS
    )


def _family_name_first(words: Sequence[str], tags: list[str], start: int, end: int) -> None:
    """A Chinese, Korean or Vietnamese name starts with its family name, which the model leaves
    out when it does not know it: "*Gan* Ming Kiat", "*Ong* Ye Kung". The word must be a listed
    family name written first, start the capitalised run and not be an English function word
    ("So Bill Smith said" stays as it is)."""
    before = start - 1
    if before < 0 or end - start > 2 or tags[before] != "O":
        return
    word = words[before]
    low = word.casefold()
    if low not in FAMILY_NAMES_FIRST or low in QUERY_STOP_WORDS or not word[:1].isupper():
        return
    if before and _capitalised(words[before - 1]):
        return
    _relabel(tags, "PER", before, end)


def _third_given_name(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> None:
    """A name of a listed family name and two given names ends on the second given name, which
    the model took for a name of its own ("Yeo Ning" "Hong", "Lee Kuan" "Yew"): one short
    capitalised word, alone, right after the two words, and no listed place ("Wang Li"
    "Peking")."""
    if not (
        end - start == 2
        and end < len(words)
        and words[start].casefold() in FAMILY_NAMES_FIRST
        and tags[end][:2] == "B-"
        and tags[end] != "B-PER"
        and (end + 1 == len(words) or tags[end + 1][:2] != "I-")
        and words[end].istitle()
        and len(words[end]) <= _GIVEN_NAME_CHARS
        and not _is_listed_place(words[end : end + 1], lexicon)
    ):
        return
    tags[end] = "I-PER"


def _title_of_place(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Take a title off the place or organisation it rules: "the *Amir of* Kuwait", "*Governor
    of the* Bank of Japan", "*National Director of The* Remembrance Project" name a person's
    office, and the rest is the name. Only when what is left is a country or an institution's
    or company's name ("Minister of Finance" and "Secretary of Trade and Industry" stay whole).

    Returns whether the span changed."""
    of = next((k for k in range(start + 1, min(end - 1, start + 3)) if words[k] == "of"), end)
    if of == end or not _is_title_head(words[of - 1]):
        return False
    rest = of + 1
    if words[rest].casefold() == "the" and end - rest > 1:
        rest += 1
    country = _is_country(words[rest:end], lexicon)
    if not country and not any(_bare(w) in _BODY_WORDS for w in words[rest:end]):
        return False
    kind = "LOC" if country else tags[start][2:]
    tags[start:rest] = ["O"] * (rest - start)
    _relabel(tags, kind, rest, end)
    return True


def _described_as_person(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> bool:
    """Whether the name ``[start, end)`` (capitalised words, no company or institution word, no
    country) is followed by an appositive giving a person's role: ", a spokesman for", ", the
    chief election commissioner,", ", an economist,"."""
    if end >= len(words) or words[end] != "," or _is_country(words[start:end], lexicon):
        return False
    name = words[start:end]
    if not all(_capitalised(w) or w.casefold() in NAME_PARTICLES or "-" in w for w in name):
        return False
    if any(_bare(w) in _NOT_PERSON_WORDS for w in name):
        return False
    i = end + 1
    if i < len(words) and words[i].casefold() in ("a", "an", "the"):
        i += 1
    for j in range(i, min(i + _MAX_ROLE_WORDS, len(words) - 1)):
        word = words[j].casefold()
        if word in PERSON_ONLY_ROLES:
            return words[j + 1].casefold() in _AFTER_ROLE
        if not words[j].isalpha() and "-" not in words[j]:
            return False
    return False


def _is_place(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> bool:
    """Whether the place ``words[start:end]`` is one: after "in", "at", "from" ("talks in
    London, the chairman of the board, said": the role is the next name's), or a listed city,
    region or country."""
    if start and words[start - 1].casefold() in _PLACE_PREPOSITIONS:
        return True
    return _is_listed_place(words[start:end], lexicon)


def _is_firm_tail(words: Sequence[str]) -> bool:
    return all(_bare(w) in FIRM_TAILS for w in words)


def _place_after_preposition(
    words: Sequence[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Whether a listed place the model made a person or an organisation follows "in" or
    "near" ("a judge in Denver", though Denver is a first name too; "Democrats in New
    Hampshire"), unless its last word was a person in training ("confidence in Clinton") or it
    owns something ("in Jackson's view"). Not after "to", "at" or "from", which persons follow
    too ("wrote to Clinton", "documents from Cárdenas")."""
    return (
        start > 0
        and words[start - 1] in _PLACE_BEFORE
        and _is_listed_place(words[start:end], lexicon)
        and "PER" not in lexicon.types.get(words[end - 1], "").split()
        and (end == len(words) or words[end] not in ("'s", "’s"))
    )


def _surname_after_initial(words: Sequence[str], tags: list[str], end: int) -> None:
    """A person's name does not end on a middle initial: the capitalised word after it is the
    surname the model left out ("Peter T. *King*", "J. J. *Price*", where the surname is also
    a common word), unless it is a day or a month ("said John Q. *Monday*" is rarer than the
    day)."""
    if (
        0 < end < len(words)
        and tags[end] == "O"
        and _INITIAL.fullmatch(words[end - 1])
        and _capitalised(words[end])
        and words[end].casefold() not in _CALENDAR_WORDS
    ):
        tags[end] = "I-PER"


def _given_name_before(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> int:
    """Where a person's name starts when the model left out its first word between a courtesy
    title and the rest ("Dr *Tedla* Amare Gebre": a capitalised word, no title, place or
    common word); else ``start``."""
    if not (
        start > 1
        and tags[start - 1] == "O"
        and end - start > 1
        and words[start - 1].istitle()
        and words[start - 1].isalpha()
        and _bare(words[start - 2]) in _COURTESY_TITLES
    ):
        return start
    word = words[start - 1]
    if (
        _is_title_head(word)
        or lexicon.text_cap.get(word.casefold(), "C") != "C"
        or _is_listed_place([word], lexicon)
    ):
        return start
    tags[start - 1], tags[start] = "B-PER", "I-PER"
    return start - 1


def _initials_before(
    words: Sequence[str], tags: list[str], start: int, lexicon: WordClasses
) -> int:
    """Where a person's name starts when a title stands before initials written without dots
    that the model left out ("Vice-President *JD* Vance", "Senator *AJ* Smith"); else
    ``start``. Only after a title: elsewhere two capitals are mostly a place or a body."""
    if (
        start > 1
        and tags[start - 1] == "O"
        and _INITIALS.fullmatch(words[start - 1])
        and _is_title_head(words[start - 2])
        and not _is_listed_place(words[start - 1 : start], lexicon)
    ):
        tags[start - 1], tags[start] = "B-PER", "I-PER"
        return start - 1
    return start


def _two_firms(words: Sequence[str], tags: list[str], start: int, end: int) -> bool:
    """Split an organisation the model ran over two firms' names joined by "and" where the
    first ends on a company word ("Harwell & Co" "and" "Corbel Inc"). Returns whether the tags
    changed."""
    for k in range(start + 1, end - 1):
        if (
            words[k] == "and"
            and _bare(words[k - 1]) in COMPANY_WORDS
            and _capitalised(words[k + 1])
        ):
            tags[k] = "O"
            _relabel(tags, "ORG", k + 1, end)
            return True
    return False


def _founders(words: Sequence[str], tags: Sequence[str], start: int, end: int) -> bool:
    """Whether a firm's name the model started after "and" began with a founder's name before
    it ("Procter and" + "Gamble Co", "Harwell and" + "Tolland Co"): the firm ends on a company
    word, and one capitalised word, no organisation's, stands alone before "and"."""
    return (
        start > 1
        and words[start - 1] in ("and", "&")
        and tags[start - 2] in ("O", "B-PER")
        and end - start <= 3
        and _bare(words[end - 1]) in _FIRM_ENDS
        and words[start - 2].istitle()
        and words[start - 2].casefold() not in _NOT_NAMES
        and (start == 2 or not _capitalised(words[start - 3]))
    )


def _company_and_co(words: Sequence[str], tags: list[str], start: int, end: int) -> bool:
    """Make a company's name whole when the model tagged only its end: "Merrill Lynch and *Co
    Inc*", "Alex, Brown and *Sons Inc*", "Standard and *Poor's Corp*" (an organisation that
    starts with a company word, or a possessive, after "and" or "&"), "Goldman, *Sachs and
    Co*" (a one-word name and a comma before "... and Co"), and "Harris Bankcorp
    *Inc*", "Bache Securities (Japan) *Ltd*" (company words alone after a name): the
    organisation takes in the capitalised words before (at most four)."""
    head = _bare(words[start])
    if (
        start > 1
        and words[start - 1] == ","
        and tags[start - 2] in ("B-ORG", "B-PER")
        and end - start > 2
        and words[start + 1] in ("and", "&")
        and _bare(words[start + 2]) in _FIRM_ENDS
    ):
        _relabel(tags, "ORG", start - 2, end)  # "Goldman" + ", " + "Sachs and Co"
        return True
    joined = head in _FIRM_ENDS or words[start + 1 : start + 2] == ["'s"]
    after_and = joined and start > 1 and words[start - 1] in ("and", "&")
    if after_and:
        first = _capitalised_before(words, start - 1)
    elif all(_bare(w) in COMPANY_WORDS for w in words[start:end]):
        first = _capitalised_before(words, start)
    else:
        return False
    if first is None:
        return False  # nothing to take in
    if first > 0 and tags[first][:2] == "I-":
        # The name before goes on further left: a name the model tagged whole but of another
        # kind, and its company words alone ("Loral Space & Communications" LOC + "Ltd.").
        if after_and or tags[start - 1][2:] in ("ORG", ""):
            return False
        while first > 0 and tags[first][:2] == "I-":
            first -= 1
        if end - first > _MAX_BRACKETED:
            return False
    _relabel(tags, "ORG", first, end)
    return True


def _is_state_acting(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> bool:
    """Whether a listed state (no city's name) is a place where the model made it an
    organisation, as a country acting is ("Delaware has", "won Harlow's primary")."""
    if end == len(words) or not (words[end].islower() or words[end] in ("'s", "’s")):
        return False
    return "state" in (classes := _listed(words[start:end], lexicon)) and "city" not in classes


def _is_country(words: Sequence[str], lexicon: WordClasses) -> bool:
    """Whether ``words`` are a country's name and nothing else (a country is a place even when
    it acts: "Japan said", "the Philippines will ask")."""
    return "country" in _listed(words, lexicon)


def _is_listed_place(words: Sequence[str], lexicon: WordClasses) -> bool:
    """Whether the gazetteer lists the name ``words`` as a city, region, state, country or
    continent."""
    return bool(_PLACE_CLASSES & _listed(words, lexicon))


def _listed(words: Sequence[str], lexicon: WordClasses) -> frozenset[str]:
    """The gazetteer's classes of the name ``words`` ("city", "country", "nationality", ...):
    a phrase's entry for several words, a word's for one."""
    name = " ".join(words)
    classes = lexicon.phrases.get(name) if len(words) > 1 else lexicon.gazetteer.get(name)
    return _class_set(classes) if classes else _NO_CLASSES


@lru_cache(maxsize=1 << 10)
def _class_set(classes: str) -> frozenset[str]:
    """The classes in a word list's entry ("city country_part"), split once."""
    return frozenset(classes.split())


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


def _particle_run(words: Sequence[str], i: int) -> int:
    """The index after the name particles from ``i`` on ("de la"), at most two."""
    j = i
    while j < len(words) and j - i < _MAX_PARTICLES and words[j].casefold() in NAME_PARTICLES:
        j += 1
    return j


def _particles(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Join a person's name across name particles: "Richard von Weizsaecker" (tagged "Richard"
    + "Weizsaecker"), "Barend du Plessis" ("Barend"), "Javier Perez de Cuellar" (Cuellar a
    place), "Guillermo de la Dehesa" ("Dehesa" alone, when "Guillermo" is a first name).

    Returns whether the span changed.
    """
    n = len(words)
    changed = False
    # Forwards: particles after the name (or ending it: "Guillermo De") and capitalised words.
    first = end
    while first > start and words[first - 1].casefold() in NAME_PARTICLES:
        first -= 1
    j = _particle_run(words, first)
    k = j
    while k < n and k - j < 2 and _capitalised(words[k]) and not _is_title(words[k]):
        k += 1
    if first > start and j > max(first, end - 1) and k > j and (k == n or tags[k][:2] != "I-"):
        _relabel(tags, "PER", start, k)
        end = k
        changed = True
    # Backwards: a first name, particles, then this name.
    i = start
    while i > 0 and start - i < _MAX_PARTICLES and words[i - 1].casefold() in NAME_PARTICLES:
        i -= 1
    if (
        0 < i < start
        and tags[i - 1] == "O"
        and all(w.islower() for w in words[i:start])
        and _is_first_name(words[i - 1], lexicon)
    ):
        _relabel(tags, "PER", i - 1, end)
        changed = True
    return changed


def _capitalised(word: str) -> bool:
    return (
        word[:1].isupper()
        and any(c.isalpha() for c in word)
        and word.casefold() not in (NAME_PARTICLES)
    )


def _office_then_name(
    words: Sequence[str], tags: list[str], start: int, end: int, then: int, lexicon: WordClasses
) -> bool:
    """Split an office and the name after it: "Chancellor of the *Exchequer Nigel Lawson*" is
    the organisation "Exchequer" and the person "Nigel Lawson", also when the person span
    ending at ``then`` holds the name's last words ("*Exchequer Nigel*" + "Lawson")."""
    before = start - 1
    if before > 0 and words[before].casefold() == "the":
        before -= 1
    if before < 1 or words[before].casefold() not in OFFICE_LINKS:
        return False
    if not _is_title_head(words[before - 1]):
        return False
    for k in range(start + 1, end if then > end else end - 1):
        if f"{words[k - 1]} {words[k]}" in lexicon.phrases:
            continue  # inside a listed name: "a spokesman for the New *York* Fed"
        if _is_first_name(words[k], lexicon) and _is_name(words[k:then], lexicon):
            _relabel(tags, tags[start][2:], start, k)
            _relabel(tags, "PER", k, then)
            return True
    return False


def _after_title(
    words: Sequence[str], tags: list[str], start: int, end: int, then: int, lexicon: WordClasses
) -> None:
    """Make the name after a person title a person.

    Either the whole span ``[start, end)`` follows a title, or a title inside it is followed by
    the name's first words, which the person span ending at ``then`` completes ("Defense
    Secretary Caspar" + "Weinberger"; any title word before a listed given name: "Conservative
    Leader Pierre" + "Poilievre").
    """
    if start > 0 and tags[start - 1] == "O" and _is_title(words[start - 1]):
        if _is_name(words[start:end], lexicon):
            _relabel(tags, "PER", start, end)
        return
    if end - start < 2:
        return  # no title inside one word
    title = next(
        (
            i
            for i in range(end - 2, start - 1, -1)
            if _is_title(words[i])
            or (
                then > end
                and words[i].istitle()
                and _is_title_head(words[i])
                and _is_first_name(words[i + 1], lexicon)
            )
        ),
        None,
    )
    if title is not None and _is_name(words[title + 1 : then], lexicon):
        tags[title] = "O"
        _relabel(tags, "PER", title + 1, then)


def _landmark(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> None:
    """Make a "person" ending in a landmark noun a place when no first name starts it.

    A one-word "Hill" takes in the capitalised word before it, which the model left outside any
    name; at the start of a sentence that word proves nothing, so the span is left alone.
    """
    if not _is_landmark(words[end - 1]):
        return
    if end - start > 1:
        first = words[start]
        plain = first.isalpha() and len(first) > 1 and not _is_title(first)
        if plain and not _is_first_name(first, lexicon):
            _relabel(tags, "LOC", start, end)
        return
    before = start - 1
    if before < 1 or tags[before] != "O":
        return
    word = words[before]
    plain = word[:1].isupper() and word.isalpha() and not word.isupper()
    if plain and not (_is_first_name(word, lexicon) or _is_title(word)):
        _relabel(tags, "LOC", before, end)


def _verb_inside(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> int | None:
    """Where a name must end before a verb the model took into it, or, after a place written
    in initials, before a word running text writes in lower case and no name in training held
    ("U.S. Officials said": the wire capitalises after "U.S."), if so."""
    if (
        end > start + 1
        and lexicon.types.get(words[start]) == "LOC"
        and _DOTTED_INITIALS.fullmatch(words[start])
        and lexicon.text_cap.get(words[start + 1].casefold()) == "l"
        and lexicon.types.get(words[start + 1], "O") == "O"
    ):
        return start + 1
    for i in range(start + 1, end):
        if words[i].casefold() in _VERB_WORDS:
            return i
    return None


def _is_state_after_town(words: Sequence[str], tags: list[str], start: int, end: int) -> bool:
    """Whether the one word at ``start`` is a state abbreviated after a place and a comma
    ("Wilmington, Del.", "Peoria, Ill.")."""
    if end != start + 1 or start < 2 or words[start - 1] != "," or tags[start - 2][2:] != "LOC":
        return False
    word = words[start]
    if not word.endswith(".") and end < len(words) and words[end] == ".":
        word += "."
    return STATE_ABBREVIATION.fullmatch(word) is not None


def _is_geographic(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the name is a geographic feature "of" a name ("Strait of Hormuz")."""
    return end - start > 2 and words[start + 1] == "of" and words[start].casefold() in _GEOGRAPHIC
