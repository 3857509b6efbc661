"""Rules for a name the model made a person, and those that find a person in names of other
kinds.

The model misses a person's name's edges: a title taken in ("Prince" "Ada Brisk"), parts left
out (particles such as "de la", initials, a given name, a family name written first, a nickname
in quotes, a monarch's number). A "person" may be a body or a firm named after one ("the Ada
Brisk Foundation", "Smith Barney analyst") or a place ("Capitol Hill"); names of other kinds may
be a person's ("Aung San Suu" + "Kyi", a name followed by ", a spokesman for").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...cues import SAY_VERBS
from ...lexicon import (
    ABBREVIATED_TITLES,
    ALIAS_WORDS,
    BODY_HEAD_ROLES,
    BODY_NAME_HEADS,
    COMPASS_WORDS,
    COURTESY_TITLES,
    FAMILY_NAMES_FIRST,
    FEATURE_ENDS,
    FIRM_NAME_ENDS,
    FIRM_NOUNS,
    FIRM_RESULTS,
    FIRM_ROLES,
    FIRM_TAILS,
    INITIALS_NICKNAMES,
    LANDMARKS,
    MALAY_BEFORE_SRI,
    MALAY_SRI,
    NAME_HONORIFICS,
    NAME_PARTICLES,
    NAMED_FOR_PERSON,
    NEWSPAPER_WORDS,
    OCCUPATION_ROLES,
    PERSON_ONLY_ROLES,
    QUERY_STOP_WORDS,
    REPORT_OPENERS,
    SURNAME_TITLES,
    TITLE_MODIFIERS,
    VIETNAMESE_FAMILY_NAMES,
    pick,
    wordset,
)
from ..model import WordClasses
from .bodies import is_defined_as_body
from .common import (
    ADJECTIVE_ENDS,
    AND_HEADS,
    ARABIC_ARTICLE,
    BODY_HEADS,
    BODY_WORDS,
    CALENDAR_WORDS,
    FIRM_ENDS,
    INITIAL,
    NOT_PERSON_WORDS,
    ONE_WORD_ROLES,
    PARTICLES,
    PLACE_BEFORE,
    RANK_TITLES,
    ROMAN,
    ROYAL_TITLES,
    RULER_TITLES,
    SON_OF,
    WEEKDAY_NAMES,
    bare,
    capitalised,
    goes_on,
    holding_after,
    is_any_title_head,
    is_country,
    is_first_name,
    is_listed_place,
    is_name,
    is_person_word,
    is_state_abbreviation,
    is_title,
    is_title_case,
    may_name_person,
    name_start,
    names_outlet,
    relabel,
    title_cased,
)
from .places import abbreviated_part_before, hometown, place_after_preposition
from .titles import given_names_after_title, portfolio_in_name

_NAMED_BODY_HEADS = AND_HEADS | pick(NAMED_FOR_PERSON, "library museum")
"""Heads of the names of bodies named after a person ("the Harry Truman Library")."""
_PERSONLESS_ENDS = FIRM_NAME_ENDS | pick(BODY_NAME_HEADS, "bank fund")
"""Last words of a firm's or a body's name that no person's name ends in ("Gotthard Bank")."""
_NICKNAME_ENDS = frozenset(name.rsplit(" ", 1)[1] for name in INITIALS_NICKNAMES)
"""The last words of lenders' nicknames ("mae", "mac"): a cheap test before the names'."""
_TITLE_MODIFIERS = title_cased(TITLE_MODIFIERS)
"""Words that make the title after them ("Chief *Justice*") no surname."""
_GIVEN_NAME_CHARS = 5  # a Chinese, Korean or Vietnamese given name's syllable: "Hong", "Loong"
_MAX_PARTICLES = 2  # "de la", "van der"
_SOMETIMES_LOWER = frozenset({"m", "l"})
"""How often running text writes a word capitalised (``WordClasses.text_cap``): sometimes or
seldom, as a common noun ("Bill", "Budget"), unlike a name."""
_INITIALS = re.compile(r"[A-Z]{2,3}")
"""Initials written without dots ("JD Vance"): after a title, not an acronym."""
# What follows a role that describes the name before it, where "Exxon, a spokesman said" has a
# verb: the speaker there is the company's spokesman, not Exxon.
_AFTER_ROLE = frozenset({",", "for", "at", "of", "with", "in", "to", "."})
_MAX_ROLE_WORDS = 4  # "the chief election commissioner", "a senior Kremlin official"
_MAX_CAPITALS_SHARE = 5  # at most one word in five in capitals: running text, no table
_QUOTES = frozenset({'"', "''", "``", "“", "”"})
_OPENING_QUOTES = _QUOTES - {"''", "”"}
_CLOSING_QUOTES = _QUOTES - {"``", "“"}
_ALIAS_REACH = 4  # words before a quoted name: "known online as", "also known as"
_EPONYM_NOUNS = wordset("scale syndrome")
"""Nouns a surname names a thing with ("the Richter scale"): the name is no person there."""


def _common_plural(word: str, lexicon: WordClasses) -> bool:
    """Whether ``word`` is a plural that running text writes in lower case and no list holds as
    a family name ("Tessby Grain *Terminals*"; not "Tiger *Woods*"): no person's name ends on
    one, a firm's may."""
    low = word.casefold()
    return (
        low.endswith("s")
        and not low.endswith(("ss", "'s"))
        and lexicon.text_cap.get(low) == "l"
        and "last" not in lexicon.gazetteer.get(word, "").split()
    )


def _is_landmark(word: str) -> bool:
    low = word.casefold()
    return low in LANDMARKS or (low.endswith("s") and low[:-1] in LANDMARKS)


def starts_person(
    words: Sequence[str], start: int, end: int, kind: str, lexicon: WordClasses
) -> bool:
    """Whether the name ``[start, end)`` right before a person's name is its first part, of
    another kind only because the model did not know it ("Aung San Suu" + "Kyi", "Le Thi" +
    "Thu Hang"): capitalised words that running text always capitalises, no title, rank or
    body's word, no listed place unless it ends on a first name ("Florence" + "Brisk") or is a
    town of two words or more that the model read as a body ("Aung San", a town too), no
    nationality or adjective, no last word mostly an organisation's in training; not after
    "the" ("the Harlow" + "Ada Brisk" show) or "of" ("a unit of Shell" + "Peter Holmes": the
    firm and its man), nor when the person's name starts with a listed first name."""
    if (start and words[start - 1] in ("the", "The", "of")) or is_first_name(words[end], lexicon):
        return False
    name = words[start:end]
    for word in name:
        if not (word.istitle() and word.replace("-", "").replace("'", "").isalpha()):
            return False
        if lexicon.text_cap.get(word.casefold(), "C") != "C" or word in RANK_TITLES:
            return False
        if is_title(word) or is_any_title_head(word) or bare(word) in BODY_WORDS:
            return False
    last = name[-1]
    if (
        is_listed_place(name, lexicon)
        and not is_first_name(last, lexicon)
        and not (kind == "ORG" and len(name) > 1)
    ):
        return False
    if kind == "MISC" and last.endswith(ADJECTIVE_ENDS):
        return False
    kinds = lexicon.types.get(last, "").split()
    if "MISC" in kinds or kinds[:1] == ["ORG"]:
        return False  # a nationality; a firm named after people ("Merrill Lynch" + "Pierce")
    return "nationality" not in lexicon.gazetteer.get(last, "")


def repair_person(
    words: Sequence[str],
    tags: list[str],
    start: int,
    end: int,
    after: tuple[str, int, int] | None,
    lexicon: WordClasses,
) -> None:
    """The rules for a name the model made a person: a body's head's role and name after it
    ("Tessby chairman Ada Brisk"), a speech verb opening a sentence before it ("Said Ada
    Brisk: ..."), a title in it, a body or a firm named after a person, a place, the name's own
    parts (particles, initials, a given name left out, a family name written first), a news
    agency, and a landmark."""
    count = len(words)
    if _headline_cut(words, tags, start, end, lexicon):
        return
    if after and after[0] == "PER" and after[1] == end + 1 and words[end] in BODY_HEAD_ROLES:
        relabel(tags, "ORG", start, end)  # "Tessby Bull chairman Ada Brisk": the firm's head
        return
    if (
        after
        and after[0] == "ORG"
        and after[1] == end
        and bare(words[after[2] - 1]) in FIRM_ENDS
        and "of" not in words[end : after[2]]  # "Ada" + "Brisk of Corbel Inc": her firm
    ):
        relabel(tags, "ORG", start, after[2])  # "T. Ada" + "Brisk Associates Inc.": one firm
        return
    if names_outlet(words, start, end) or (
        end - start == 1 and _group_acronym(words, start, lexicon)
    ):
        relabel(tags, "ORG", start, end)  # "a Reuter survey", "Kyodo said", "told Al Jazeera"
        return
    opens = abbreviated_part_before(tags, words, start) if end - start == 1 else None
    if opens is not None:
        # "Ste. Therese, Quebec", "the Bank of St. Paul", "Fernand St. Germain": one name
        relabel(tags, tags[opens][2:] or "LOC", opens, end)
        return
    if _which_after(words, start, end, lexicon):
        relabel(tags, "ORG", start, end)  # "a pay offer from Globo and Flumar, which have"
        return
    if (
        end - start == 2
        and bare(words[start + 1]) in _NICKNAME_ENDS
        and f"{words[start]} {words[start + 1]}".casefold() in INITIALS_NICKNAMES
    ):
        relabel(tags, "ORG", start, end)  # "Fannie Mae said": a lender, named by its initials
        return
    if end - start == 1 and words[end : end + 1] == ["of"] and bare(words[start]) in ONE_WORD_ROLES:
        tags[start] = "O"  # "Ada Brisk, Head of the Tessby Delegation": her role, no name
        return
    if _verb_capitalised(words, tags, start, end):
        tags[start] = "O"  # "Bank N.V. Said it", "the U.K., Said the": a wire's stray capital
        return
    if (
        end - start > 1
        and end < count
        and words[end] in (",", ":")
        and (start == 0 or words[start - 1] in _QUOTES)
        and words[start].casefold() in SAY_VERBS
    ):
        tags[start], tags[start + 1] = "O", "B-PER"  # "Said" "Ada Brisk" ", who ...": a cue
        start += 1
    if start and tags[start - 1][2:] in ("ORG", "LOC"):
        start = _titled_name_before(words, tags, start)
    start = strip_honorifics(words, tags, start, end)
    while end - start > 1:
        first = words[start]
        if first.endswith(".") and (
            bare(first) in ABBREVIATED_TITLES or is_state_abbreviation(first, lexicon)
        ):
            tags[start], tags[start + 1] = "O", "B-PER"  # "Sens." "Tom Carper", "Del." (Delegate)
            start += 1
        elif (
            first in ROYAL_TITLES
            or (start and words[start - 1] in _TITLE_MODIFIERS and bare(first) in SURNAME_TITLES)
            or (end - start > 2 and first.istitle() and bare(first) in SURNAME_TITLES)
            or (first in RANK_TITLES and not is_first_name(first, lexicon))
            or (first in RULER_TITLES and words[start + 1] in ROYAL_TITLES)
            or (
                end - start == 2
                and (first in RANK_TITLES or (first.istitle() and bare(first) in SURNAME_TITLES))
                and lexicon.types.get(first, "O").split()[0] != "PER"
            )
        ):
            # "Prince" "Ada Brisk"; a title that is also a family name before a name of two
            # words or more: "Justice" "Ada M. Brisk", not "Carole King"; before one word
            # where training's persons never had it ("Justice" "Scalia", "Admiral" "Harris",
            # both listed given names; not "Knight")
            tags[start], tags[start + 1] = "O", "B-PER"
            start += 1  # and again: "Amir" (a given name too) "Sheikh" "Nawaf"
        else:
            break
    if end - start > 1 and "-" in words[end - 1] and is_any_title_head(words[end - 1]):
        end -= 1
        tags[end] = "O"  # "the UN" + "Under-Secretary-General": a title ends no name
        if words[start:end] == [w for w in words[start:end] if w.isupper()]:
            relabel(tags, "ORG", start, end)  # what is left is the body's acronym
            return
    if end < count and words[end] in _QUOTES:
        named = _nickname_end(words, end)
        if named:
            relabel(tags, "PER", start, named)  # 'Tam " The Hawk " Orrin': one person
            return
    if (
        end < count
        and ROMAN.fullmatch(words[end])
        and (end + 1 == count or tags[end + 1][:2] != "I-")
        and (words[end] != "I" or end + 1 == count or not words[end + 1][:1].islower())
    ):
        tags[end] = "I-PER"  # "King Ada IV": the monarch's number ends the name ("Ada I think")
        end += 1
    if (
        end - start == 1
        and start
        and words[start - 1] in WEEKDAY_NAMES
        and lexicon.text_cap.get(words[start].casefold()) == "l"
        and not is_first_name(words[start], lexicon)
    ):
        tags[start] = "O"  # "his Sunday Mass", "Friday Prayers": a day's rite, no person
        return
    if end - start == 1 and _quoted_alone(words, tags, start, lexicon):
        relabel(tags, "MISC", start, end)  # the "Britannia" coin, "Silkworm" missiles
        return
    if end - start == 1 and end < count and words[end] in _EPONYM_NOUNS:
        relabel(tags, "MISC", start, end)  # "the Richter scale"
        return
    if end - start == 1 and _titled_common_noun(words, tags, start, lexicon):
        return
    if end + 1 < count and holding_after(words, end):
        kind = "LOC" if is_listed_place(words[start:end], lexicon) else "ORG"
        relabel(tags, kind, start, end)  # "Tessby's shares"
        return
    if end + 1 < count and _results_after(words, end):
        relabel(tags, "ORG", start, end)  # "Tessby had 1986 sales of"
        return
    previous = words[start - 1] if start else ""
    if end < count and previous.casefold() == "the":
        body = _named_body_end(words, tags, end, after)
        if body:
            relabel(tags, "ORG", start, body)  # "the Ada Brisk" "Foundation"
            return
    if end - start > 1 and (
        bare(words[end - 1]) in _PERSONLESS_ENDS
        or (_common_plural(words[end - 1], lexicon) and not _said_of_person(words, end))
    ):
        relabel(tags, "ORG", start, end)  # "Ada Brisk Pharmaceuticals": a firm
        return
    tail = _firm_tail_end(words, tags, end)
    if tail > end:
        relabel(tags, "ORG", start, tail)  # "E.F. Hutton" "Group Inc"
        if tail < count and tags[tail] == "I-ORG":
            tags[tail] = "B-ORG"  # the firm's stock code the model ran on to: "Inc EFH"
        return
    if (previous in PLACE_BEFORE and place_after_preposition(words, start, end, lexicon)) or (
        previous == "of" and hometown(words, start, end, lexicon)
    ):
        relabel(tags, "LOC", start, end)  # "the bankruptcy judge in *Denver* who"
        return
    if end < count and (words[end] in FIRM_ROLES or words[end] == "party") and tags[end] == "O":
        relabel(tags, "ORG", start, end)  # "Smith Barney analyst Jane Doe", "the Sinn Fein party"
        return
    if end - start == 1 and end < count and words[end] in ("and", "&"):
        partners = _partners_firm(words, tags, start, after, lexicon)
        if partners:
            relabel(tags, "ORG", start, partners)  # "Harwell" "and" "Tolland": one firm
            return
    if _firm_before(words, start) or _employer_after_person(words, tags, start, end):
        relabel(tags, "ORG", start, end)  # "an analyst with E.F. Hutton", "Jo Roe of Smith Barney"
        return
    if start and tags[start - 1][2:] == "ORG" and _firm_before(words, name_start(tags, start - 1)):
        relabel(tags, "ORG", name_start(tags, start - 1), end)  # "with" "Dean Witter" "Reynolds"
        return
    if end - start > 1 and words[end - 1] in WEEKDAY_NAMES:
        end -= 1
        tags[end] = "O"  # "said Tam Orrin Sunday": the day is no part of the name
    if (
        previous.casefold() in NAME_PARTICLES
        or words[end - 1].casefold() in NAME_PARTICLES
        or (end < count and words[end].casefold() in NAME_PARTICLES)
    ) and _particles(words, tags, start, end, lexicon):
        return
    _surname_after_initial(words, tags, end)
    while (
        end < count
        and words[end][2:3] == "-"
        and (tags[end] == "O" or (tags[end][:2] == "B-" and not goes_on(tags, end)))
        and ARABIC_ARTICLE.match(words[end])
    ):
        tags[end] = "I-PER"  # "Sheikh Ahmad *Al-Sabah*", "Abdel Fattah *el-Sisi*" (ORG),
        end += 1  # "Sheikh Salem Abdullah *Al-Jaber* *Al-Sabah*"
    start = _initials_before(words, tags, start, lexicon)
    start = _given_name_before(words, tags, start, end, lexicon)
    start = _unseen_given_name(words, tags, start, end, lexicon)
    start = given_name_before_father(words, tags, start, end)
    start = portfolio_in_name(words, tags, start, end, lexicon)
    given = given_names_after_title(words, tags, start, lexicon, unseen=True)
    if given < start:  # "Commissioner *Sikandar Sultan* Raja": given names the model left out
        relabel(tags, "PER", given, end)
        start = strip_honorifics(words, tags, given, end)  # "Minister *Datuk Seri*" Anwar: no names
    _family_name_first(words, tags, start, end)
    _third_given_name(words, tags, start, end, lexicon)
    # The kind of the name before, as the title rule may just have changed it.
    before = tags[start - 2][2:] if start > 1 and tags[start - 1] == "O" else ""
    if before and before != "PER" and words[start - 1].casefold() in PARTICLES:
        relabel(tags, before, start - 1, end, joined=True)
    else:
        _landmark(words, tags, start, end, lexicon)


def _quoted_alone(words: Sequence[str], tags: Sequence[str], at: int, lexicon: WordClasses) -> bool:
    """Whether the one word at ``at`` is all a quotation holds ('the "Britannia" coin', 'a
    solid perfume called "Amadeus,"'): news quotes a one-word name for a product, a ship, a
    work or a code name, seldom for a person (3 of 14 such words in CoNLL-2003 train, 2 of 23
    in wikigold). Not a listed given name (a nom de guerre: 'Commanders "Vicente" and
    "Oscar"'), a nickname inside a person's name ('Earvin "Magic" Johnson'), nor a person's
    alias after a person ('Ada Brisk, the hacker known as "Tessel,"')."""
    close = at + 1 + (at + 1 < len(words) and words[at + 1] in (",", "."))
    if not (
        at
        and words[at - 1] in _OPENING_QUOTES
        and close < len(words)
        and words[close] in _CLOSING_QUOTES
    ):
        return False
    if words[at - 1] == '"' and words[: at - 1].count('"') % 2:
        return False  # between two quotations: 'attack," Obama "opted for'
    named_before = at > 1 and tags[at - 2][2:] == "PER"
    named_after = close + 1 < len(words) and tags[close + 1][2:] == "PER"
    alias = "PER" in {tag[2:] for tag in tags[:at]} and not ALIAS_WORDS.isdisjoint(
        word.casefold() for word in words[max(0, at - _ALIAS_REACH) : at - 1]
    )
    return not (named_before or named_after or alias or is_first_name(words[at], lexicon))


def _titled_common_noun(
    words: Sequence[str], tags: list[str], start: int, lexicon: WordClasses
) -> bool:
    """Make a one-word "person" that running text mostly writes in lower case, after "the" and
    capitalised common words, the title it ends ("the Finance *Bill*", "the Public Order
    *Bill*": a law's, MISC), not a given name. Returns whether the tags changed."""
    if lexicon.text_cap.get(words[start].casefold()) not in _SOMETIMES_LOWER:
        return False
    first = start
    while (
        first > 1
        and tags[first - 1] == "O"
        and words[first - 1].istitle()
        and lexicon.text_cap.get(words[first - 1].casefold()) in _SOMETIMES_LOWER | {"c"}
        and not is_any_title_head(words[first - 1])
        and words[first - 1] not in RANK_TITLES
    ):
        first -= 1
    if first == start or words[first - 1].casefold() != "the":
        return False
    relabel(tags, "MISC", first, start + 1)
    return True


def _headline_cut(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Take the words that running text writes in lower case out of a person's name in a
    headline in title case, where the model reads every capital as a name's: "Romney *Will*
    Not Be Present", "Trump Just *Said* Something", "Bernie Sanders *Burns* Hillary Clinton"
    (two persons). Not a name's particle, nor a listed family name after a listed given name
    ("Tom Price"). Returns whether the name changed."""
    text_cap, gazetteer = lexicon.text_cap, lexicon.gazetteer
    cut = [
        i
        for i in range(start, end)
        if text_cap.get(low := words[i].casefold()) == "l"
        and words[i].istitle()
        and low not in NAME_PARTICLES
        and not (
            i > start
            and is_first_name(words[i - 1], lexicon)
            and "last" in gazetteer.get(words[i], "").split()
        )
    ]
    if not cut or not is_title_case(words, lexicon):
        return False
    for i in range(start, end):
        if i in cut or not any(c.isalpha() for c in words[i]):  # nor a dash left alone
            tags[i] = "O"
        else:
            tags[i] = "I-PER" if i > start and tags[i - 1] != "O" else "B-PER"
    return True


def _partners_firm(
    words: Sequence[str],
    tags: Sequence[str],
    start: int,
    after: tuple[str, int, int] | None,
    lexicon: WordClasses,
) -> int:
    """Where a firm's name ends that is two family names joined by "and" or "&", which the
    model made two persons ("Harwell and Tolland", "Tessby & Tessby") or a person and a body
    ("Harwell" and "Tolland", a unit of ...); 0 when nothing shows a firm. Two persons are so
    written too ("Reagan and Gorbachev agreed"), so one of these must show it: the words
    after the names define a body (", a unit of", ", a brokerage firm"; the second name a
    person's word), "&", the same name twice, after the names a job at a firm ("Harwell and
    Tolland (senior) analyst Ada Brisk") or "'s" and a person's name ("Harwell and Tolland's
    Brisk"), before them "at", a word for a firm ("stockbrokers Harwell and Tolland"), "of" or
    "with" after a person's name ("Ada Brisk of Harwell and Tolland", "Brisk, of ..."), or
    another firm joined by "and" ("Corbel Inc and Harwell and Tolland", "Harwell and Tolland
    and Corbel Inc")."""
    if not (after and after[0] in ("PER", "ORG") and after[1] == start + 2):
        return 0
    stop = after[2]
    if stop != start + 3 or (stop < len(words) and tags[stop][:2] == "I-"):
        return 0
    if is_defined_as_body(words, tags, start, stop, lexicon):
        return stop if may_name_person(words[start + 2], lexicon) else 0
    if after[0] != "PER":
        return 0
    previous = words[start - 1] if start else ""
    if (
        words[start + 1] == "&"
        or words[start] == words[start + 2]
        or _firm_job_after(words, tags, stop)
        or previous == "at"
        or previous.casefold() in FIRM_NOUNS
        or (previous in ("of", "with") and _after_person(words, tags, start - 1))
        or (previous == "and" and start > 1 and tags[start - 2][2:] == "ORG")
        or (stop + 1 < len(words) and words[stop] == "and" and tags[stop + 1] == "B-ORG")
    ):
        return stop
    return 0


def _verb_capitalised(words: Sequence[str], tags: Sequence[str], start: int, end: int) -> bool:
    """Whether the one word ``words[start]`` is a saying verb capitalised mid-sentence, as a
    wire writes it after an abbreviation's dot ("Harlow Bank N.V. Said it"): after no word in
    lower case ("met Said the day before" has its object), before what it reports, or ending
    the sentence after a body's name."""
    if end - start != 1 or not start or end == len(words) or words[start - 1].islower():
        return False
    if not (words[start].istitle() and words[start].casefold() in SAY_VERBS):
        return False
    return words[end] in REPORT_OPENERS or (words[end] == "." and tags[start - 1][2:] == "ORG")


def _which_after(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> bool:
    """Whether a "person" is followed by ", which", as a thing is and no person is, with no
    title or role before it that would make "which" refer to a noun before the person ("the
    visit of President Ada Brisk, which starts", "a recommendation by analyst Ada Brisk,
    which"), no listed given name opening it, no person's surname ending it ("a plan brokered
    by Brisk, which aims") and no place's last word ("Tessby Park, which")."""
    if end + 1 >= len(words) or words[end] != "," or words[end + 1] != "which":
        return False
    before = words[start - 1] if start else ""
    return not (
        is_title(before)
        or before.casefold() in ONE_WORD_ROLES
        or is_first_name(words[start], lexicon)
        or is_person_word(words[end - 1], lexicon)
        or bare(words[end - 1]) in _PLACE_ENDS
    )


def _is_capitals(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.isalpha()


_LABEL_SIZE = 12
"""Most words of a transcript's speaker label before its colon ("SEN. JOHN MCCAIN (R),
ARIZONA")."""


def transcript_label(words: Sequence[str], tags: list[str], lexicon: WordClasses) -> None:
    """A broadcast transcript's speaker label opening its turn, in capitals before a colon:
    "ANDERSON COOPER, CNN ANCHOR: Good evening". Its name, opening on a listed given name, is a
    person's where the model took it for a place or a body ("WOLF BLITZER", a common word
    first); after the name's comma the speaker's title has no role word in a name ("ANCHOR",
    which the model took alone for a body), and an acronym that training mostly had as an
    organisation's is the network ("CNN")."""
    colon = next((i for i, w in enumerate(words[:_LABEL_SIZE]) if w == ":"), 0)
    if colon < 1 or not all(w.isupper() or not w.isalpha() for w in words[:colon]):
        return
    comma = next((i for i in range(colon) if words[i] == ","), colon)
    if (
        comma > 1
        and tags[0][2:] in ("LOC", "ORG")
        and all(t == "I-" + tags[0][2:] for t in tags[1:comma])
        and all(_is_capitals(w) for w in words[:comma])
        and is_first_name(words[0], lexicon)
        and not is_listed_place(words[:comma], lexicon)
    ):
        relabel(tags, "PER", 0, comma)
    for i in range(comma + 1, colon):
        if words[i].casefold() in ONE_WORD_ROLES and tags[i] != "O":
            tags[i] = "O"
            if tags[i + 1][:2] == "I-":
                tags[i + 1] = "B-" + tags[i + 1][2:]
    for i in range(comma + 1, colon - 1):
        if (
            tags[i] == tags[i + 1] == "O"
            and _is_capitals(words[i])
            and lexicon.types.get(words[i], "O").split()[0] == "ORG"
        ):
            tags[i] = "B-ORG"  # "CNN" before the speaker's title


def _group_acronym(words: Sequence[str], start: int, lexicon: WordClasses) -> bool:
    """Whether a word in capitals of three letters or more, alone in running text, is a
    group's acronym ("ISIS claimed", "the fight against ISIS"), not a person's name: no word
    list holds it so written, no word in capitals stands next to it (a dateline, an
    obituary's "SIEGEL, JEROME", a chant), and few in the sentence (a headline, a table)."""
    word = words[start]
    if not (
        len(word) > 2
        and _is_capitals(word)
        and word not in lexicon.types
        and word not in lexicon.gazetteer
        and not (start and _is_capitals(words[start - 1]))
        and not (start + 1 < len(words) and words[start + 1].isupper())  # "OBAMA ’S LAST"
        and not (start == 0 and words[1:2] == [":"])  # a transcript's turn: "COOPER: Thanks"
    ):
        return False
    lettered = [w for w in words if len(w) > 1 and w.isalpha()]
    return sum(map(_is_capitals, lettered)) * _MAX_CAPITALS_SHARE <= len(lettered)


def strip_honorifics(words: Sequence[str], tags: list[str], start: int, end: int) -> int:
    """Take the honorifics opening the person ``[start, end)`` out of it ("Datuk Seri" +
    "Anwar Ibrahim"); returns where the person now starts."""
    honorific = _honorific_end(words, start, end)
    if honorific > start:
        tags[start:honorific] = ["O"] * (honorific - start)
        tags[honorific] = "B-PER"
    return honorific


def _honorific_end(words: Sequence[str], start: int, end: int) -> int:
    """Where the honorifics opening the name ``[start, end)`` end ("Datuk Seri", "Tan Sri",
    "Shri", "Alhaji"; not "TUN", an acronym), leaving at least one word; ``start`` if there are
    none."""
    i = start
    while i < end - 1:
        word = words[i].casefold().rstrip("'’")
        if not words[i].istitle() or not (
            word in NAME_HONORIFICS
            or (word in MALAY_SRI and i > start)
            or (word in MALAY_BEFORE_SRI and words[i + 1].casefold() in MALAY_SRI)
        ):
            break
        i += 1
    return i


def _titled_name_before(words: Sequence[str], tags: list[str], start: int) -> int:
    """Where the person starting at ``start`` starts when the name of another kind right before
    it is titles and the person's given names ("Amir Sheikh Mishal" ORG + "Al-Ahmad Al-Sabah"):
    the titles leave the name, the given names join the person; ``start`` otherwise."""
    first = name_start(tags, start - 1)
    named = first
    while named < start - 1 and (
        words[named] in ROYAL_TITLES
        or (words[named] in RULER_TITLES and words[named + 1] in ROYAL_TITLES)
    ):
        named += 1
    if named == first or not all(w.istitle() for w in words[named:start]):
        return start
    tags[first:named] = ["O"] * (named - first)
    relabel(tags, "PER", named, start)
    tags[start] = "I-PER"
    return named


def _results_after(words: Sequence[str], end: int) -> bool:
    """Whether a firm's results follow "had" or "reported" after the name ("Tessby had 1986
    sales of", "Tessby reported net income"): no person's nor place's then."""
    if words[end] not in ("had", "reported"):
        return False
    result = end + 2 if words[end + 1].isdigit() and end + 2 < len(words) else end + 1
    return words[result] in FIRM_RESULTS


def _firm_before(words: Sequence[str], start: int) -> bool:
    """Whether the words before a name make it a firm's: a word for a firm (see
    :func:`firm_noun_before`), or a job at a firm and "at" or "with" ("an analyst with E.F.
    Hutton": an analyst's employer)."""
    if firm_noun_before(words, start):
        return True
    return start > 1 and words[start - 1] in ("at", "with") and words[start - 2] in FIRM_ROLES


def _employer_after_person(words: Sequence[str], tags: Sequence[str], start: int, end: int) -> bool:
    """Whether a name of two words or more comes after a person and "of": the person's
    employer ("analyst Ada Brisk of Tessby Barney said", "Tam Orrin of Harwell Tolland and
    Co"), as a person is no one's "of" another; one word may be a place the model missed
    ("Senator Ada Brisk of Wessex")."""
    return (
        end - start > 1 and start > 1 and words[start - 1] == "of" and tags[start - 2][2:] == "PER"
    )


def firm_noun_before(words: Sequence[str], start: int) -> bool:
    """Whether a word for a firm comes right before a name ("stockbrokers James Capel",
    "carmaker Tessby"; in lower case, or opening the sentence)."""
    if not start:
        return False
    previous = words[start - 1]
    return (start == 1 or previous.islower()) and previous.casefold() in FIRM_NOUNS


def firm_named_after(words: Sequence[str], start: int) -> bool:
    """Whether an article and a word for a firm, or "company", come right before a place's
    name: the firm is named so ("the company Sonora", "a carmaker Tessby"; not "as firm
    Chicago wheat futures", "a company Brisk is forming", which a person's name may follow)."""
    return (
        start > 1
        and words[start - 2].casefold() in ("the", "a", "an")
        and (words[start - 1] == "company" or words[start - 1] in FIRM_NOUNS)
    )


def _firm_job_after(words: Sequence[str], tags: Sequence[str], stop: int) -> bool:
    """Whether a job at a firm follows a name ending at ``stop``, after at most two lower-case
    or MISC words ("analyst", "senior European economist"), or "'s" and a person's name (the
    firm's man: "Harwell and Tolland 's Brisk")."""
    count = len(words)
    if stop + 1 < count and words[stop] in ("'s", "’s") and tags[stop + 1] == "B-PER":
        return True
    k = stop
    while k < count and k - stop < 2 and (words[k].islower() or tags[k][2:] == "MISC"):
        if words[k] in FIRM_ROLES:
            return True
        k += 1
    return k < count and words[k] in FIRM_ROLES


def _after_person(words: Sequence[str], tags: Sequence[str], link: int) -> bool:
    """Whether a person's name ends right before the word at ``link``, or before a comma
    there ("Brisk, of ...")."""
    before = link - 1
    if before > 0 and words[before] == ",":
        before -= 1
    return before >= 0 and tags[before][2:] == "PER"


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


def person_after_body(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Split a person's name off the organisation the model ran it into: "Coffee Trade
    *Association* Carlos Calmon" is the association and the person (a listed first name after
    the body's head word, then a name). Returns whether the tags changed."""
    for k in range(end - 2, start, -1):
        if bare(words[k]) in BODY_HEADS:
            rest = words[k + 1 : end]
            if is_first_name(rest[0], lexicon) and len(rest) > 1 and is_name(rest, lexicon):
                relabel(tags, "PER", k + 1, end)
                return True
            return False
    return False


def _named_body_end(
    words: Sequence[str], tags: Sequence[str], end: int, after: tuple[str, int, int] | None
) -> int:
    """Where the body named after the person before ``end`` ends ("the Ada Brisk *Society*",
    "the Ada Brisk *Memorial Foundation*", "the Harry Truman *Library*"): the organisation
    right after the name, or a capitalised body's head the model left out; 0 when neither
    follows."""
    if after and after[:2] == ("ORG", end):
        return after[2]
    if tags[end] == "O" and words[end].istitle() and bare(words[end]) in _NAMED_BODY_HEADS:
        return end + 1
    return 0


def _family_name_first(words: Sequence[str], tags: list[str], start: int, end: int) -> None:
    """A Chinese, Korean or Vietnamese name starts with its family name, which the model leaves
    out when it does not know it: "*Gan* Ming Kiat", "*Ong* Ye Kung". The word must be a listed
    family name written first, start the capitalised run and not be an English function word
    ("So Bill Smith said" stays as it is), unless a title stands before it ("Vice Premier
    *He* Lifeng", where no pronoun stands)."""
    before = start - 1
    if before < 0 or end - start > 2 or tags[before] != "O":
        return
    word = words[before]
    low = word.casefold()
    if low not in FAMILY_NAMES_FIRST or not word[:1].isupper():
        return
    titled = before > 0 and words[before - 1].istitle() and is_any_title_head(words[before - 1])
    if not titled and (low in QUERY_STOP_WORDS or (before and capitalised(words[before - 1]))):
        return
    relabel(tags, "PER", before, end)


def _third_given_name(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> None:
    """A name of a listed family name and two given names ends on the second given name, which
    the model took for a name of its own ("Yeo Ning" "Hong", "Lee Kuan" "Yew") or, after a
    Vietnamese family name, left out ("Tran Hong" "Ha"): one short capitalised word, alone,
    right after the two words, and no listed place ("Wang Li" "Peking"), day, month or word
    of saying ("Tran Hong Says")."""
    if not (
        end - start == 2
        and end < len(words)
        and words[start].casefold() in FAMILY_NAMES_FIRST
        and (end + 1 == len(words) or tags[end + 1][:2] != "I-")
        and words[end].istitle()
        and len(words[end]) <= _GIVEN_NAME_CHARS
        and not is_listed_place(words[end : end + 1], lexicon)
    ):
        return
    low = words[end].casefold()
    if (tags[end][:2] == "B-" and tags[end] != "B-PER") or (
        tags[end] == "O"
        and words[start].casefold() in VIETNAMESE_FAMILY_NAMES
        and low not in CALENDAR_WORDS
        and low not in QUERY_STOP_WORDS
        and low not in SAY_VERBS
    ):
        tags[end] = "I-PER"


def persons_described(words: Sequence[str], tags: list[str], lexicon: WordClasses) -> bool:
    """Tag a name the model left untagged of two capitalised words opening on a listed given
    name, before an appositive giving a person's role (:func:`described_as_person`): "April
    Ada, a spokeswoman for the convention, said", where a month or a common word opens the
    name; returns whether it tagged one."""
    tagged = False
    for i in range(len(words) - 2):
        if (
            words[i + 2] == ","
            and tags[i] == tags[i + 1] == "O"
            and words[i + 1].istitle()
            and is_first_name(words[i], lexicon)
            and not (i and capitalised(words[i - 1]))
            and described_as_person(words, i, i + 2, lexicon)
        ):
            tags[i], tags[i + 1] = "B-PER", "I-PER"
            tagged = True
    return tagged


def described_as_person(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> bool:
    """Whether the name ``[start, end)`` (capitalised words, no company or institution word, no
    country) is followed by an appositive giving a person's role: ", a spokesman for", ", the
    chief election commissioner,", ", an economist,", ", the secretary general of", ", a former
    official who"."""
    if end >= len(words) or words[end] != "," or is_country(words[start:end], lexicon):
        return False
    name = words[start:end]
    if not all(capitalised(w) or w.casefold() in NAME_PARTICLES or "-" in w for w in name):
        return False
    if any(bare(w) in NOT_PERSON_WORDS for w in name):
        return False
    i = end + 1
    opened = i < len(words) and words[i].casefold() in ("a", "an", "the")
    i += opened
    for j in range(i, min(i + _MAX_ROLE_WORDS, len(words) - 1)):
        word = words[j].casefold()
        if word in PERSON_ONLY_ROLES:
            j += 1
            while j < len(words) - 1 and words[j].islower() and is_any_title_head(words[j]):
                j += 1  # "the secretary general of", "the attorney general,"
            # "who" only after an article: ", a former Tessby official who", not ", Brisk said
            # any candidate who"
            follows = words[j].casefold()
            return follows in _AFTER_ROLE or (opened and follows == "who")
        if not words[j].isalpha() and "-" not in words[j]:
            return False
    return False


def _firm_tail_end(words: Sequence[str], tags: Sequence[str], end: int) -> int:
    """Where the words that end a firm's name after its founder's end ("E.F. Hutton" +
    "Group Inc"), tagged an organisation's or capitalised and untagged; ``end`` if none
    follow."""
    tail = end
    while (
        tail < len(words)
        and bare(words[tail]) in FIRM_TAILS
        and (tags[tail][2:] == "ORG" or (tags[tail] == "O" and words[tail][:1].isupper()))
    ):
        tail += 1
    return tail


def _surname_after_initial(words: Sequence[str], tags: list[str], end: int) -> None:
    """A person's name does not end on a middle initial: the capitalised word after it is the
    surname the model left out ("Peter T. *King*", "J. J. *Price*", where the surname is also
    a common word), unless it is a day or a month ("said John Q. *Monday*" is rarer than the
    day)."""
    if (
        0 < end < len(words)
        and tags[end] == "O"
        and INITIAL.fullmatch(words[end - 1])
        and capitalised(words[end])
        and words[end].casefold() not in CALENDAR_WORDS
    ):
        tags[end] = "I-PER"


def given_name_before_father(words: Sequence[str], tags: list[str], start: int, end: int) -> int:
    """Where a person's name starts when the model left out the given name and "bin" before
    the father's name it tagged ("Prince *Abdulaziz bin* Salman": a capitalised word, no
    title), over a grandfather's too ("Sheikh *Hamdan bin* Mohammed bin Rashid Al Maktoum");
    else ``start``."""
    given = start - 2
    while (
        given >= 0
        and words[given + 1] in SON_OF
        and tags[given + 1] == tags[given] == "O"
        and capitalised(words[given])
        and words[given].isalpha()
        and not is_title(words[given])
        and words[given] not in ROYAL_TITLES
    ):
        relabel(tags, "PER", given, end)
        start = given
        given -= 2
    return start


def _given_name_before(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> int:
    """Where a person's name starts when the model left out its first word between a courtesy
    title and the rest ("Dr *Tedla* Amare Gebre": a capitalised word, no title, common word
    or place, unless a given name too: "Sheikh *Salem* Abdullah Al-Sabah"), or made it a
    name of its own before a surname ("Dr. *Barnet* Slepian", though Barnet is a place too);
    or left out a word written in lower case in running text
    between any title and a name of two words or more ("Governor *Nor* Ada Brisk", "Minister
    *Said* Ada Brisk": no title takes such a word after it); else ``start``."""
    tagged = tags[start - 1][:2] == "B-" if start else False
    if not (
        start > 1
        and (tags[start - 1] == "O" or tagged)
        and (end - start > 1 or tagged)
        and words[start - 1].istitle()
        and words[start - 1].isalpha()
    ):
        return start
    word = words[start - 1]
    if bare(words[start - 2]) not in COURTESY_TITLES:
        if (
            tags[start - 1] == "O"
            and end - start > 1
            and words[start - 2].istitle()
            and is_any_title_head(words[start - 2])
            and lexicon.text_cap.get(word.casefold()) == "l"
            and not is_any_title_head(word)  # "Chief Executive Officer" Ada Brisk
        ):  # "Governor *Nor* Ada Brisk": a word no name holds but a given name
            tags[start - 1], tags[start] = "B-PER", "I-PER"
            return start - 1
        return start
    if (
        is_any_title_head(word)
        or lexicon.text_cap.get(word.casefold(), "C") != "C"
        or (not tagged and is_listed_place([word], lexicon) and not is_first_name(word, lexicon))
    ):
        return start
    tags[start - 1], tags[start] = "B-PER", "I-PER"
    return start - 1


def _unseen_given_name(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> int:
    """Where a lone surname's name starts when the model left out the given name right before
    it: a capitalised word that news nearly always capitalises or never wrote ("*Rakeyia*
    Scott", the wife in a story on Keith Lamont Scott), that training saw only in persons if
    at all ("*Barack* Obama"; not "German", "Filipino", "Grizzly"), and no function word ("The",
    "He"), title ("Officer", "Sen."), day or month ("on Sunday Brisk said"), speech verb
    ("Added Brisk:") or listed place but a given name. Words that open sentences ("Following",
    "Every", "While") news writes in lower case. Not before a surname in capitals (a list's
    "Deaths TESSBY, JOHN")."""
    if end - start != 1 or not start or tags[start - 1] != "O" or not words[start].istitle():
        return start
    word = words[start - 1]
    low = word.casefold()
    kinds = lexicon.types.get(word)
    if (
        len(word) > 1
        and word.istitle()
        and word.isalpha()
        and lexicon.text_cap.get(low, "C") == "C"
        and (kinds is None or kinds.split()[0] == "PER")
        and low not in QUERY_STOP_WORDS
        and low not in CALENDAR_WORDS
        and low not in SAY_VERBS
        and not is_any_title_head(word)
        and (not is_listed_place([word], lexicon) or is_first_name(word, lexicon))
    ):
        tags[start - 1], tags[start] = "B-PER", "I-PER"
        return start - 1
    return start


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
        and is_any_title_head(words[start - 2])
        and not is_listed_place(words[start - 1 : start], lexicon)
    ):
        tags[start - 1], tags[start] = "B-PER", "I-PER"
        return start - 1
    return start


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
    while k < n and k - j < 2 and capitalised(words[k]) and not is_title(words[k]):
        k += 1
    if first > start and j > max(first, end - 1) and k > j and (k == n or tags[k][:2] != "I-"):
        relabel(tags, "PER", start, k)
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
        and is_first_name(words[i - 1], lexicon)
    ):
        relabel(tags, "PER", i - 1, end)
        changed = True
    return changed


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
        plain = first.isalpha() and len(first) > 1 and not is_title(first)
        if plain and not is_first_name(first, lexicon):
            relabel(tags, "LOC", start, end)
        return
    before = start - 1
    if before < 1 or tags[before] != "O":
        return
    word = words[before]
    plain = word[:1].isupper() and word.isalpha() and not word.isupper()
    if plain and not (is_first_name(word, lexicon) or is_title(word)):
        relabel(tags, "LOC", before, end)


_AGE = re.compile(r"\d{1,3}-year-old")
_NO_PERSON_WORDS = NOT_PERSON_WORDS | FIRM_NAME_ENDS | NEWSPAPER_WORDS
"""Words of a body's name that no person's holds ("General Motors suggested")."""
_PLACE_ENDS = LANDMARKS | FEATURE_ENDS
"""Last words of a place's name ("the Jordan Valley, who ..." is no person)."""


def person_by_context(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """A name of two or three capitalised words that opens on a listed given name is a
    person's, whatever kind the model gave it, where the words after it speak of a person
    (:func:`_said_of_person`: "Trent Lott, who was majority leader"). Not a name with a body's or
    a place's word ("Wayne Bank, who", "the Jordan Valley"), after "the", or a listed place."""
    if not 2 <= end - start <= 3 or not is_first_name(words[start], lexicon):
        return False
    if start and words[start - 1] in ("the", "The"):
        return False  # "the China Daily said", "the Rochester Red Wings, who"
    if not all(w.istitle() and bare(w) not in _NO_PERSON_WORDS for w in words[start:end]):
        return False
    if bare(words[end - 1]) in _PLACE_ENDS or not (
        _said_of_person(words, end) or _unseen_name_says(words, tags, start, end, lexicon)
    ):
        return False
    if is_listed_place(words[start:end], lexicon):
        return False
    relabel(tags, "PER", start, end)
    return True


def person_after_occupation(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """A body or a place that opens on a capitalised occupation, then a listed given name and
    one or two capitalised words, is the occupation and a person ("Actress Rosario Vance
    said", a body: "Rosario" is a city too). Not a name with a body's or a place's
    word ("Anchor Rosa Glass Works"), nor a listed place. Returns whether the tags changed."""
    if not 3 <= end - start <= 4 or words[start].casefold() not in OCCUPATION_ROLES:
        return False
    name = words[start + 1 : end]
    if not (
        words[start].istitle()
        and is_first_name(name[0], lexicon)
        and all(w.istitle() and bare(w) not in _NO_PERSON_WORDS for w in name)
        and bare(name[-1]) not in _PLACE_ENDS
        and not is_listed_place(name, lexicon)
    ):
        return False
    tags[start] = "O"
    relabel(tags, "PER", start + 1, end)
    return True


def _unseen_name_says(
    words: Sequence[str], tags: Sequence[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Whether a listed given name and a word training never saw, made a body, say something:
    "Eli Tolland says", a reporter, not a firm named for its founder, whose name training knows
    ("Eli Lilly said", "Morgan Stanley said"), nor a paper ("El Tollano said"), a firm named
    for a place ("Harlow Service said") or someone's employer ("Jo Roe of Ada Tolland said").
    A place that says something stays one ("Ada Tessel said")."""
    return (
        end - start == 2
        and end < len(words)
        and tags[start] == "B-ORG"
        and not (start and words[start - 1] in _EMPLOYER_BEFORE)
        and words[end] in SAY_VERBS
        and words[end - 1] not in lexicon.types
        and words[end - 1] not in lexicon.gazetteer
        and bare(words[start]) not in _NOT_GIVEN_OPENERS
        and not is_listed_place(words[start : start + 1], lexicon)
    )


_EMPLOYER_BEFORE = frozenset(("of", "at", "with", "from"))
"""Words before a name that make it someone's employer ("Jo Roe of Dean Witter said")."""
_NOT_GIVEN_OPENERS = NAME_PARTICLES | COMPASS_WORDS
"""Listed given names that open other names: a paper's article ("El Peruano said", "La
Nation"), a compass point ("North Rhine-Westphalia")."""


def _said_of_person(words: Sequence[str], end: int) -> bool:
    """Whether the words after a name ending at ``end`` speak of a person: ", who" or ", a
    33-year-old" (not a verb of saying: "Morgan Stanley International said")."""
    count = len(words)
    if end + 1 >= count or words[end] != ",":
        return False
    if words[end + 1] == "who":
        return True
    return (
        words[end + 1] in ("a", "an") and end + 2 < count and bool(_AGE.fullmatch(words[end + 2]))
    )
