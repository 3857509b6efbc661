"""The last rules for an organisation, a place or a MISC name that no rule for its kind changed:
a name the model ended on "of" or "and", a body's name across "of" or a particle, an agreement,
an interest rate or an event (MISC, no kind newsindex keeps), and the rules of :mod:`.titles`
and :mod:`.persons` that find a person's title or name in it."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon import (
    AGREEMENT_WORDS,
    BODY_TAILS,
    COMPETITION_TAILS,
    EVENT_HEADS,
    FIRM_TAILS,
    INSTITUTION_HEADS,
    MEMBER_NOUNS,
    NEWS_AGENCIES,
    OFFICE_LINKS,
    PLACE_PARTICLES,
    PORTFOLIO_TITLES,
    PORTFOLIO_WORDS,
    SUBJECT_VERBS,
    SUFFIXES,
    pick,
)
from ..model import WordClasses
from .bodies import common_field, joined_by_and, listed_fields, possessive_institution
from .common import (
    AND_HEADS,
    DOCUMENT_ENDS,
    INITIAL,
    INSTITUTION_STARTS,
    MAX_NAME,
    PARTICLES,
    WEEKDAY_NAMES,
    bare,
    capitalised,
    gazetteer_classes,
    is_country,
    is_listed_place,
    is_no_name,
    is_person_word,
    is_title,
    is_title_case,
    name_start,
    relabel,
)
from .persons import described_as_person, person_after_body, starts_person, strip_honorifics
from .places import is_place
from .titles import (
    after_title,
    office_before_name,
    office_then_name,
    title_of_place,
)

_NAMES = frozenset({"C", None})  # text_cap classes of names: nearly always capitalised, unseen
_FIELD_HEADS = INSTITUTION_STARTS | AND_HEADS
"""Heads of bodies named for a field after "for" or "on" ("Office for Civil Rights")."""
_OF_THE_HEADS = (
    INSTITUTION_STARTS | pick(BODY_TAILS, "army party movement front")
) - COMPETITION_TAILS
"""Heads of bodies named for a people, a place or a cause after "of the" ("the Organization
of the Petroleum Exporting Countries", "the Army of the Potomac"); not a league, which a
team or a season follows so ("the Tessby League of the Harlow Giants")."""
_DOCUMENT_OWNERS = frozenset({"the", "its", "their", "his", "her", "'s", "’s"})
_FIRM_PEOPLE = pick(
    MEMBER_NOUNS, "spokesman spokeswoman spokesperson chairman chairwoman executives staffers"
)
"""A body's people that a people has not ("Ilocano leaders", "Pashtun officials" are a
people's)."""


_BODY_ONLY_TAILS = BODY_TAILS - COMPETITION_TAILS - FIRM_TAILS
"""Last words that make a MISC name a body's wherever it stands: not a league's ("American
League", a competition in CoNLL-2003), nor a firm's ("Jeep Cherokee Limited", a product)."""


def _initialled_name(words: Sequence[str]) -> bool:
    """Whether ``words`` are a given name, a middle initial, a surname and perhaps a suffix
    ("Vann R. Newkirk II"): the shape of a person's name, which no event or nationality has."""
    if words and bare(words[-1]) in SUFFIXES:
        words = words[:-1]
    return (
        len(words) == 3
        and words[0].istitle()
        and words[0].isalpha()
        and INITIAL.fullmatch(words[1]) is not None
        and words[2].istitle()
    )


def repair_rest(
    words: Sequence[str],
    tags: list[str],
    kind: str,
    start: int,
    end: int,
    after: tuple[str, int, int] | None,
    lexicon: WordClasses,
) -> None:
    """The last rules for an organisation, a place or a MISC name that no rule before changed:
    a body's unlisted name before its people, an acronym run into a firm's name, a title in
    it, a name cut short before or after "of" and "and", an agreement or a rate, an event, a
    person described as one, and the name after a title."""
    size = end - start
    count = len(words)
    following = words[end] if end < count else ""
    tail = bare(words[end - 1])
    if kind == "MISC" and _initialled_name(words[start:end]):
        relabel(tags, "PER", start, end)  # "Vann R. Newkirk II, a writer for ...": a person's
        return
    if (
        kind == "MISC"
        and following in _FIRM_PEOPLE
        and any(_unlisted(word, lexicon) for word in words[start:end])
    ):
        relabel(tags, "ORG", start, end)  # "Anglo American spokesman": a body's, no adjective
        return
    if (
        kind == "MISC"
        and size > 1
        and tail in BODY_TAILS
        and (
            following in SUBJECT_VERBS
            or (tail in _BODY_ONLY_TAILS and following.title() not in DOCUMENT_ENDS)
        )
    ):
        # "the Tessby Legion said", "the Tessby Coffee Organization executive board": a body's
        # name, not an adjective's (see _BODY_ONLY_TAILS); not "the Tessby Stock Exchange
        # index", named for one
        relabel(tags, "ORG", start, end)
        return
    if kind == "ORG" and size > 1 and following.isalpha() and following.islower():
        cut = _acronym_after_firm(words, start, end, lexicon)
        if cut == end - 1 and bare(words[start]) in NEWS_AGENCIES:
            relabel(tags, "ORG", cut, end)  # "told Reuters" + "MITI asked": a body of its own
            return
        if cut and following not in SUBJECT_VERBS:  # "Radio DZRH said": the station's name
            tags[cut:end] = ["O"] * (end - cut)  # "IBM" + "SNA networks": the firm's product
            return
    if size > 2 and title_of_place(words, tags, start, end, lexicon):
        return
    if kind != "MISC" and size > 1:
        person = _person_in_headline(words, start, end, lexicon)
        if person:
            tags[person:end] = ["O"] * (end - person)
            relabel(tags, "PER", start, person)  # "Gingrich" + "Takes Talk Of Being Trump's"
            return
    if (
        kind != "MISC"
        and size > 1
        and words[end - 1] in WEEKDAY_NAMES
        and words[end - 2] not in ("on", "of")
    ):
        if all(lexicon.text_cap.get(w.casefold(), "C") == "C" for w in words[start : end - 1]):
            tags[end - 1] = "O"  # "CNN" + "Tuesday": the day the body did something
        else:
            relabel(tags, "MISC", start, end)  # "Super Tuesday", "Black Friday": a day
        return
    if (
        kind == "MISC"
        and after
        and after[1:] == (end, end + 1)
        and bare(following) in BODY_TAILS
        and following.istitle()
        and (end + 1 == count or words[end + 1] != "of")  # "Federation of Banks": see below
    ):
        relabel(tags, "ORG", start, end + 1)  # "Tessbian National" + "Committee": one body
        return
    if (
        kind != "ORG"
        and after
        and after[:2] == ("ORG", end)
        and _adjective_across(words[end - 1], words[end], lexicon)
    ):
        relabel(tags, "ORG", start, after[2])  # "Saudi" + "Arabian Oil Company": one firm
        return
    if start + 1 < count and words[start + 1] == "of" and _is_event(words, start):
        relabel(tags, "MISC", start, _event_end(words, end))  # no kind newsindex keeps
        return
    if words[end - 1] == "&" and after and after[1] == end:
        whole = "ORG" if "ORG" in (kind, after[0]) else kind
        relabel(tags, whole, start, after[2])  # "Johnson &" (LOC) + "Johnson" (ORG): one firm
        return
    if words[end - 1] in ("of", "and"):
        if not (
            kind == "ORG"
            and following == "the"
            and _join_field(words, tags, start, end, after, lexicon)
        ):
            _dangling_of(words, tags, start, end, after, lexicon)
        return
    if (
        end < count
        and (
            tags[end] == "B-PER"
            or (
                tags[end] == "O"
                and (
                    tail in PORTFOLIO_WORDS
                    or bare(following) in PORTFOLIO_TITLES
                    or following in ("and", "&")
                )
            )
        )
        and office_before_name(words, tags, start, end, lexicon)
    ):
        return
    if (
        kind == "ORG"
        and following == "'s"
        and possessive_institution(words, tags, start, end, after)
    ):
        return
    if kind == "ORG" and _join_field(words, tags, start, end, after, lexicon):
        return  # "People's Bank" "of" "China"
    if (
        (tail in AGREEMENT_WORDS or (following[:1].isupper() and tags[end] == "O"))
        and _is_agreement(words, tags, start, end)
    ) or ("Rate" in words[end : end + 3] and _is_rate(words, tags, start, end)):
        return
    if (
        words[end - 1] in DOCUMENT_ENDS
        or (following in DOCUMENT_ENDS and tags[end] in ("O", "B-MISC") and kind != "LOC")
    ) and _is_document(words, tags, start, end):
        return
    if kind == "ORG" and size > 2 and person_after_body(words, tags, start, end, lexicon):
        return
    if (
        after
        and after[1] == end + 1
        and after[0] == kind
        and following in (PLACE_PARTICLES if kind == "LOC" else PARTICLES)
        and (following != "&" or size == after[2] - after[1] == 1)  # not two firms
    ):
        relabel(tags, kind, start, after[2])  # "Dar" "es" "Salaam", "Caisse" "des" "Depots"
        return
    if (
        kind == "ORG"
        and following == "and"
        and after
        and after[:2] == ("LOC", end + 1)
        and _of_two_places(words, start, end, after, lexicon)
    ):
        relabel(tags, "ORG", start, after[2])  # "Port Authority of New York and New Jersey"
        return
    if kind == "ORG" and after and after[0] == "ORG":
        joined = joined_by_and(words, tags, end, after, lexicon)
        if joined is not None:
            relabel(tags, "ORG", start, joined)
            return
    then = after[2] if after and after[0] == "PER" and after[1] == end else end
    if then - start <= MAX_NAME and then > end and starts_person(words, start, end, kind, lexicon):
        relabel(tags, "PER", start, then)  # "Aung San Suu" (ORG) + "Kyi" (PER): one person
        strip_honorifics(words, tags, start, then)  # "Shri Narendra" (ORG) + "Modi"
        return
    if (
        then < count
        and words[then] == ","
        and described_as_person(words, start, then, lexicon)
        and not (kind == "LOC" and is_place(words, start, end, lexicon))
    ):
        relabel(tags, "PER", start, then)  # "Aung Thura (ORG) Zaw (PER), a spokesman"
        return
    link = words[start - 1].casefold() if start > 1 else ""
    if link in OFFICE_LINKS or link in _PORTFOLIO_LINKS:
        # after an office, a one-word name of any kind right after is the person's last word
        # ("ambassador to Canada Pete" LOC + "Hoekstra" ORG)
        named = after[2] if then == end and after and after[1:] == (end, end + 1) else then
        if office_then_name(words, tags, start, end, named, lexicon):
            return
    if size > 1 or (start and (is_title(words[start - 1]) or words[start - 1].istitle())):
        after_title(words, tags, start, end, then, lexicon)  # "Commissioner Ada Tam" + "Ro"


_PORTFOLIO_LINKS = frozenset({"the", "and", "&", ","})
"""Words before a name that may follow an office's link ("Secretary of *the* Treasury") or
go on with a minister's portfolio ("Minister for Interior *and* Narcotics Control")."""


def _unlisted(word: str, lexicon: WordClasses) -> bool:
    """Whether ``word`` is a name that neither training nor the gazetteer holds, each of its
    parts capitalised ("Anglo", "IG-Metall"): no people's adjective ("American",
    "Cuban-American"), which a MISC name before a body's spokesman mostly is."""
    parts = word.split("-")
    return all(part[:1].isupper() or part.isdigit() for part in parts) and not any(
        part in lexicon.types or part in lexicon.gazetteer for part in (word, *parts)
    )


def _acronym_after_firm(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> int:
    """Where an acronym starts that no list holds, which the model ran into the one-word name
    of a firm before it (mostly an organisation's in training, or a news agency), a lower-case
    word after it: the firm's product before a common noun ("IBM SNA networks", "Digital 's
    VAX computer"), or after a news agency the body that opens what it was told ("told
    Reuters MITI asked"); 0 if the name is no such pair. A longer name or an unknown firm's
    keeps an acronym of its own ("Elders IXL", "Hutton LBO", "Super PAC")."""
    last, first = words[end - 1], words[start]
    cut = end - 2 if words[end - 2] in ("'s", "’s") else end - 1
    if not (
        cut == start + 1
        and len(last) > 1
        and last.isalpha()
        and last.isupper()
        and last not in lexicon.types
        and last not in lexicon.gazetteer
    ):
        return 0
    firm = lexicon.types.get(first, "").split()[:1] == ["ORG"]
    return cut if firm or bare(first) in NEWS_AGENCIES else 0


def _join_field(
    words: Sequence[str],
    tags: list[str],
    start: int,
    end: int,
    after: tuple[str, int, int] | None,
    lexicon: WordClasses,
) -> bool:
    """Join an institution's name whose field (or seat) the model tagged apart after its head
    and "of", "for" or "on", also with "the" ("People's Bank" "of" "China", "Council" "on"
    "Foreign Relations", "Federal Office" "for the" "Protection", "National Association for"
    "the" "Advancement", "Ministry of" "the" "Interior"; after "of the" also an association's,
    an army's or a party's: "Organization" "of the" "Petroleum Exporting", "Army" "of the"
    "Potomac"), with the parts it tagged after "of (the)" ("of the" "Constitution"); a field
    it made a MISC name only if of common words ("Peterson Institute" "for" "International
    Economics"). After "for the" the field is a common noun ("the Protection"), not a name ("a
    League for the Harlow Eagles": a player's team). Returns whether it joined."""
    if not (after and after[1] <= end + 2):
        return False
    if after[0] == "MISC":
        if not common_field(words[after[1] : after[2]], lexicon):
            return False
    elif after[0] not in ("ORG", "LOC"):
        return False
    tail, link, gap = bare(words[end - 1]), words[end], after[1] - end
    if gap == 2 and words[end + 1] != "the":
        return False
    if tail in ("for", "of") and gap == 1 and link == "the" and end - start > 1:
        tail, link = bare(words[end - 2]), tail  # "National Association for" + "the"
    elif gap == 1 and link == "the":
        return False
    if not (
        (
            link == "of"
            and tail in (_OF_THE_HEADS if words[after[1] - 1] == "the" else INSTITUTION_HEADS)
        )
        or (link in ("for", "on") and tail in _FIELD_HEADS and (gap == 1 or link == "for"))
    ):
        return False
    first = words[after[1]].casefold()
    if link == "for" and words[after[1] - 1] == "the" and lexicon.text_cap.get(first) in _NAMES:
        return False  # "the National Hockey League for the St. Louis Eagles": a team's
    stop, count = after[2], len(words)
    while stop + 1 < count:
        if words[stop - 1] == "of" and words[stop] == "the":
            field = stop + 1  # the model took "of" into the name: "Protection of" + "the"
        elif words[stop] == "of":
            field = stop + 2 if words[stop + 1] == "the" else stop + 1
        else:
            break
        if field == count or tags[field] != "B-ORG":
            break
        stop = field + 1
        while stop < count and tags[stop] == "I-ORG":
            stop += 1  # "... Protection" "of the" "Constitution"
    while words[stop - 1] in ("of", "the"):
        stop -= 1  # "Protection of" with nothing after it
    tags[stop : after[2]] = ["O"] * max(0, after[2] - stop)
    relabel(tags, "ORG", start, listed_fields(words, start, stop, lexicon) or stop)
    return True


def _person_in_headline(words: Sequence[str], start: int, end: int, lexicon: WordClasses) -> int:
    """Where the person ends who opens a body's or a place's name the model ran on into the
    words of a headline in title case ("Gingrich Takes Talk Of Being", "Trump Files Largest
    Financial Statement"): the words before the first that running text writes in lower
    case, each a person's (:func:`.common.is_person_word`; not "Paris" + "Climate"); 0 if
    there is none."""
    text_cap = lexicon.text_cap
    cut = start
    while cut < end and text_cap.get(words[cut].casefold()) != "l":
        if not is_person_word(words[cut], lexicon):
            return 0
        cut += 1
    return cut if start < cut < end and is_title_case(words, lexicon) else 0


def _adjective_across(first: str, second: str, lexicon: WordClasses) -> bool:
    """Whether ``first`` and ``second`` are one adjective of a people in two words, listed
    ("Sri Lankan") or a listed country's name with "n" ("Saudi Arabia" + "n"): the model, which
    tags them apart, gave the first to a MISC name or a place and the second to the body's name
    after it."""
    return "nationality" in gazetteer_classes([first, second], lexicon) or (
        second[-1:] == "n" and is_country([first, second[:-1]], lexicon)
    )


def _of_two_places(
    words: Sequence[str],
    start: int,
    end: int,
    after: tuple[str, int, int],
    lexicon: WordClasses,
) -> bool:
    """Whether a body named for a listed place after "of" goes on over "and" and a second
    listed place ("Port Authority of New York" + "and" + "New Jersey"): its head is capitalised
    and the second place ends the name (no capitalised word or "'s" after it)."""
    of = max((i for i in range(start + 1, end - 1) if words[i] == "of"), default=0)
    stop = after[2]
    return (
        of > 0
        and words[of - 1].istitle()
        and is_listed_place(words[of + 1 : end], lexicon)
        and is_listed_place(words[after[1] : stop], lexicon)
        and (stop == len(words) or not (words[stop][:1].isupper() or words[stop] in ("'s", "’s")))
    )


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
            relabel(tags, kind, start, after[2])
        else:
            tags[end - 1] = "O"
        return
    stop = end
    while stop < len(words) and capitalised(words[stop]):
        stop += 1
    if stop > end:
        relabel(tags, kind, start, stop)
    elif end - start > 2 or (end - start == 2 and not is_no_name(words, start, lexicon)):
        tags[end - 1] = "O"
    else:
        tags[start:end] = ["O"] * (end - start)  # "Members of" the board: no name left


def _is_agreement(words: Sequence[str], tags: list[str], start: int, end: int) -> bool:
    """Make an agreement's name no organisation or place (MISC): "the Louvre Accord", "an
    International Coffee Agreement" (the model may leave the last word out). Returns whether
    the tags changed."""
    if bare(words[end - 1]) in AGREEMENT_WORDS:
        relabel(tags, "MISC", start, end)
        return True
    if (
        end < len(words)
        and tags[end] == "O"
        and words[end][:1].isupper()
        and bare(words[end]) in AGREEMENT_WORDS
    ):
        relabel(tags, "MISC", start, end + 1)
        return True
    return False


def _is_document(words: Sequence[str], tags: list[str], start: int, end: int) -> bool:
    """Make the title of a report, a price index, a law, a plan or a round of talks no
    organisation or place (MISC): "the Harlow Trade Report", "its Fruit Harvest Report" (the
    model may leave the last word out after an organisation; after a place the place is
    meant: "the Harlow" + "Plan"), "Corbel's latest Tessby Composite Index", "the Tessby
    Round"; with the name before "and" when the model made it MISC ("World Production" +
    "and Trade Report" is one title). Only after "the" or a possessive, as a document is
    named; a band or a magazine is named alone ("and Weather Report", "the weekly magazine
    Harlow News and World Report"). Returns whether the tags changed."""
    stop = end if words[end - 1] in DOCUMENT_ENDS else end + 1
    if stop - start < 2:
        return False  # "Report" alone: a word opening a headline
    first = start
    if start > 1 and words[start - 1] in ("and", "&") and tags[start - 2][2:] == "MISC":
        first = name_start(tags, start - 2)
    k = first - 1
    if k > 0 and words[k] not in _DOCUMENT_OWNERS and words[k].islower():
        k -= 1  # "its *latest* Harlow Oil Report", "the *five-year* Tessby Index"
    if k < 0 or not (words[k] in _DOCUMENT_OWNERS or (k == 0 and words[k] == "The")):
        return False
    relabel(tags, "MISC", first, stop)
    return True


def _is_rate(words: Sequence[str], tags: list[str], start: int, end: int) -> bool:
    """Make an interest rate's name no organisation or place (MISC): "the London Interbank
    Offered Rate" (the model's "London Interbank" was a common Reuters organisation). Returns
    whether the tags changed."""
    k = end
    while k < len(words) and k - end < 2 and tags[k] == "O" and words[k] != "Rate":
        if not capitalised(words[k]):
            return False
        k += 1
    if k < len(words) and words[k] == "Rate" and tags[k] == "O":
        relabel(tags, "MISC", start, k + 1)
        return True
    return False


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
        capitalised(words[end]) or words[end] == "'s" or words[end].isdigit()
    ):
        end += 1
    return end
