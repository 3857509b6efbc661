"""Rules that part a person's title or office from the name next to it: "the *Amir of* Kuwait"
(the country remains), "*Indonesian Energy Minister* Subroto" (no organisation), "Chancellor of
the Exchequer *Nigel Lawson*" and "Defense Secretary *Caspar* Weinberger" (the person after
it)."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon import (
    BODY_TAILS,
    COURTESY_TITLES,
    GOVERNMENT_LEVELS,
    OFFICE_LINKS,
    PORTFOLIO_TITLES,
    PORTFOLIO_WORDS,
    ROLES,
    TITLE_TAILS,
    pick,
)
from ..model import WordClasses
from .common import (
    ARABIC_ARTICLE,
    BODY_HEADS,
    BODY_WORDS,
    ROYAL_TITLES,
    RULER_TITLES,
    bare,
    gazetteer_classes,
    is_any_title_head,
    is_country,
    is_county,
    is_first_name,
    is_listed_place,
    is_name,
    is_title,
    may_name_person,
    relabel,
    title_cased,
)

_MINISTERS = frozenset({"minister", "ministers"})
_PORTFOLIO_JOINS = frozenset({"and", "&"})
_MINISTER_LINKS = frozenset({"for", "of"})  # "Minister for Trade", "Minister of Finance"
_MAX_PORTFOLIO = 3  # words of a portfolio after "and": "Agriculture and Livestock Development"
_COMMON_CAPS = frozenset({"c", "m", "l"})
"""How often running text capitalises a common word (see ``WordClasses.text_cap``): often,
sometimes or seldom, unlike a name ("C", nearly always)."""


def office_before_name(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Take a person's title before their name out of an organisation or place, and with it a
    portfolio of several words, which names no organisation: "*Indonesian Energy Minister*
    Subroto", "*Indonesian Energy* minister Subroto" are nothing, "*Treasury* Secretary James
    Baker" keeps the Treasury, "Bank of Japan governor Satoshi Sumita" the bank, "Exxon
    spokesman John Smith" Exxon, "Tessby County Sheriff Ada Brisk" the county, a place
    (:func:`.common.is_county`); the country before a portfolio is a place ("*U.S.* Trade
    Representative", with or without the name after it). A portfolio may go on after the name
    over "and" ("*Mines* and Energy Minister"). Returns whether the tags changed."""
    if end >= len(words):
        return False
    if tags[end] == "B-PER":
        title = end
        while (
            title > start
            and words[title - 1][:1].isupper()
            and (is_title(words[title - 1]) or is_any_title_head(words[title - 1]))
        ):
            title -= 1  # "Sheriff", "Minister"; "Justice", "Deputy", "Secretary-Treasurer"
        if title == end:
            return False
    elif (
        tags[end] == "O"
        and (bare(words[end - 1]) in PORTFOLIO_WORDS or bare(words[end]) in PORTFOLIO_TITLES)
        and (is_title(words[end]) or (words[end][:1].isupper() and is_any_title_head(words[end])))
    ):
        title = end
    elif tags[end] == "O" and words[end] in _PORTFOLIO_JOINS:
        title = _title_after_join(words, tags, end)
        if not title:
            return False
    else:
        return False
    alone = (  # "Labour Minister": no department's name, unlike "Treasury Secretary"
        title - start == 1
        and bare(words[title]) in _MINISTERS
        and bare(words[start]) in PORTFOLIO_WORDS
    )
    place = _portfolio_start(words, start, title, lexicon) if title - start > 1 or alone else None
    if place is not None and place >= end:
        place = None  # "Mexico" + "and Energy Minister": the portfolio is all after the name
    if place is not None or title == start:
        place = start if place is None else place
        tags[start:end] = ["O"] * (end - start)
        if start < place and (
            is_country(words[start:place], lexicon)
            or all(lexicon.types.get(w) == "LOC" for w in words[start:place])
        ):
            relabel(tags, "LOC", start, place)  # "*U.S.* Trade Representative Clayton Yeutter"
        return True
    if title < end:
        tags[title:end] = ["O"] * (end - title)
        if is_county(words, tags[start][2:], start, title):
            relabel(tags, "LOC", start, title)  # "*Tessby County* Sheriff": the county rules
        return True
    return False


def _title_after_join(words: Sequence[str], tags: Sequence[str], join: int) -> int:
    """Where "Minister" or "Secretary" stands after "and" and at most three capitalised words
    the model left out ("Mines" + "*and Energy* Minister"); 0 if it does not."""
    k = join + 1
    while k < len(words) and k - join <= _MAX_PORTFOLIO and tags[k] == "O":
        if bare(words[k]) in PORTFOLIO_TITLES:
            return k if k > join + 1 else 0
        if not words[k][:1].isupper():
            return 0
        k += 1
    return 0


def _portfolio_start(
    words: Sequence[str], start: int, title: int, lexicon: WordClasses
) -> int | None:
    """Where the portfolio starts in the words ``[start, title)`` before a title, after a
    country or a people ("*Indonesian* Energy"); None when they name a body. No "of" or
    body's head may stand in them, but a level of government may open them ("*Union* Home
    Minister"); the last word is a listed portfolio's ("Indonesian *Energy*"), or, before
    "Minister" or "Secretary", the portfolio is common words, which running text does not
    nearly always capitalise, joined by "and" ("Economic Planning Minister", "Energy and Mines
    Minister"; not "Federal Reserve", "Foreign Office", nor before "Secretary General", an
    organisation's officer)."""
    level = start + (bare(words[start]) in GOVERNMENT_LEVELS)  # "Union" opens no body here
    if any(w == "of" or bare(w) in BODY_HEADS for w in words[level:title]):
        return None
    listed = bare(words[title - 1]) in PORTFOLIO_WORDS
    if not listed and (
        bare(words[title]) not in PORTFOLIO_TITLES
        or words[title + 1 : title + 2] == ["General"]  # "United Nations Secretary General"
    ):
        return None
    place = title
    while place > level and (
        bare(words[place - 1]) in PORTFOLIO_WORDS
        or words[place - 1] in _PORTFOLIO_JOINS
        or _is_common(words[place - 1], lexicon)
    ):
        place -= 1
    while words[place] in _PORTFOLIO_JOINS:
        place += 1  # "Corbel and" + "Energy Minister"
    if listed:
        return place
    if place == title or any(bare(w) in BODY_TAILS for w in words[place:title]):
        return None
    if all(_is_people_or_place(w, lexicon) for w in words[start:place]):
        return place
    return None


def _is_common(word: str, lexicon: WordClasses) -> bool:
    """Whether ``word`` is a common word, not in capitals ("UK" is no portfolio)."""
    return lexicon.text_cap.get(word.casefold()) in _COMMON_CAPS and not word.isupper()


def _is_people_or_place(word: str, lexicon: WordClasses) -> bool:
    """Whether ``word`` names a place or a people, or the level of government, as before a
    minister's portfolio does ("*Venezuelan* Energy and Mines Minister", "*West German*
    Economics Minister", "*Union* Home Minister")."""
    listed = lexicon.gazetteer.get(word, "")
    return (
        bare(word) in GOVERNMENT_LEVELS
        or lexicon.types.get(word, "").split()[:1] in (["LOC"], ["MISC"])
        or "nationality" in listed
        or "country" in listed
    )


def title_of_place(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Take a title off the place or organisation it rules: "the *Amir of* Kuwait", "*Governor
    of the* Bank of Japan", "*National Director of The* Remembrance Project" name a person's
    office, and the rest is the name. Only when what is left is a country or an institution's
    or company's name ("Minister of Finance" and "Secretary of Trade and Industry" stay whole).

    Returns whether the span changed."""
    of = next((k for k in range(start + 1, min(end - 1, start + 3)) if words[k] == "of"), end)
    if of == end or not is_any_title_head(words[of - 1]):
        return False
    rest = of + 1
    if words[rest].casefold() == "the" and end - rest > 1:
        rest += 1
    country = is_country(words[rest:end], lexicon)
    if not country and not any(bare(w) in BODY_WORDS for w in words[rest:end]):
        return False
    kind = "LOC" if country else tags[start][2:]
    tags[start:rest] = ["O"] * (rest - start)
    relabel(tags, kind, rest, end)
    return True


def _named_for_persons(words: Sequence[str], before: int, start: int, lexicon: WordClasses) -> bool:
    """Whether the body after a role in lower case that an article opens, and before a
    person's name, is one word that may name a person: the name goes on, a firm's named
    for persons ("the chairman of *Morgan* Stanley Dean Witter"; the office holder's name is
    told apart: "Philip J. Purcell, the chairman of ..."). Not a body of its own ("the
    president of Coastal Planning Tessa Brisk")."""
    return (
        before == start - 1
        and before > 1
        and words[before - 1].islower()
        and words[before - 2].casefold() in ("the", "a", "an")
        and may_name_person(words[start], lexicon)
    )


def office_then_name(
    words: Sequence[str], tags: list[str], start: int, end: int, then: int, lexicon: WordClasses
) -> bool:
    """Split an office and the name after it: "Chancellor of the *Exchequer Nigel Lawson*" is
    the organisation "Exchequer" and the person "Nigel Lawson", also when the person span
    ending at ``then`` holds the name's last words ("*Exchequer Nigel*" + "Lawson"); a
    portfolio's words before the name are no body ("Minister for *Trade and Industry Gan*" +
    "Kim Yong": the person "Gan Kim Yong", whose first word no list gives as a given name;
    not a word running text writes in lower case: "Minister for Trade *Negotiations*"). A
    portfolio is listed portfolio words, or after "Minister" or "Secretary" capitalised common
    words too ("Minister for *Economic Affairs Airlangga*" + "Hartarto"; not "president of
    the *New York Fed*"); there one alone before the person's name is nothing ("Minister of
    *Foreign Affairs*" + "Sameh Shoukry"; not "Secretary of the *Treasury*", a department),
    and a given name and more after it are the person even with no person span after them
    ("Minister of *Economy and Finance José Arista*")."""
    before = start - 1
    if before > 0 and words[before].casefold() == "the":
        before -= 1
    if (
        before > 0
        and words[before].casefold() in OFFICE_LINKS
        and is_any_title_head(words[before - 1])
    ):
        minister = bare(words[before - 1]) in PORTFOLIO_TITLES
    elif _portfolio_before(words, start, lexicon):
        minister, before = True, start - 1  # "Minister for Interior and *Narcotics Control*"
    else:
        return False
    k = start
    while k < end and (
        (_in_portfolio(words[k], lexicon) if minister else bare(words[k]) in PORTFOLIO_WORDS)
        or words[k] in _PORTFOLIO_JOINS
    ):
        k += 1
    # "Minister of *Foreign Affairs*" names no body; "Secretary of the *Treasury*" a department
    portfolio = (  # a body read into it, not a place: "Secretary for *Near East* Affairs"
        minister
        and before == start - 1
        and start < k
        and words[k - 1] not in _PORTFOLIO_JOINS
        and tags[start] == "B-ORG"
    )
    for name in range(start + 1, end if then > end else end - 1):
        if f"{words[name - 1]} {words[name]}" in lexicon.phrases:
            continue  # inside a listed name: "a spokesman for the New *York* Fed"
        if is_first_name(words[name], lexicon) and is_name(words[name:then], lexicon):
            if words[name - 1] == "of" and "nationality" in gazetteer_classes(
                words[name : name + 1], lexicon
            ):
                continue  # the body's own "of" and a people: "Association of *German* Banks"
            if name == start + 1 and _named_for_persons(words, before, start, lexicon):
                return False
            if portfolio and name == k:
                tags[start:name] = ["O"] * (name - start)
            else:
                relabel(tags, tags[start][2:], start, name)  # "the *Exchequer*" + "Nigel Lawson"
            relabel(tags, "PER", name, then)
            return True
    if k == start or words[k - 1] in _PORTFOLIO_JOINS:
        return False
    if k == end:
        if portfolio and (then > end or _name_after_portfolio(words, tags, end, lexicon)):
            tags[start:end] = ["O"] * (end - start)
            return True
        return False
    if (
        (then > end or (minister and end - k > 1 and _given_name(words[k], lexicon)))
        and all(lexicon.text_cap.get(w.casefold(), "C") == "C" for w in words[k:end])
        and not any(bare(w) in BODY_HEADS for w in words[k:then])
    ):
        tags[start:k] = ["O"] * (k - start)  # "Minister for *Trade and Industry*": no body
        relabel(tags, "PER", k, then)  # "Gan" + "Kim Yong": a family name written first
        return True
    return False


def portfolio_in_name(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> int:
    """Where the person's name starts in the person ``[start, end)`` that the model ran on
    from a minister's portfolio before it ("Minister for Planning, Development and Special
    *Initiatives* Ahsan Iqbal"): past the portfolio's words at its start, when the words
    before it are the rest of the portfolio after "Minister" or "Secretary" and "for" or "of";
    ``start`` when it holds none."""
    k = start
    while k < end - 1 and _in_portfolio(words[k], lexicon) and not is_first_name(words[k], lexicon):
        k += 1
    if k == start or not all(lexicon.text_cap.get(w.casefold(), "C") == "C" for w in words[k:end]):
        return start
    if not _portfolio_before(words, start, lexicon):
        return start
    tags[start:k] = ["O"] * (k - start)
    relabel(tags, "PER", k, end)
    return k


def _portfolio_before(words: Sequence[str], start: int, lexicon: WordClasses) -> bool:
    """Whether the words before ``start`` are a minister's or a secretary's portfolio, from
    "for" or "of" on: portfolio words, commas and "and" ("Minister for Planning, Development
    and Special" + the word at ``start``; "Minister of State for" + it)."""
    i = start - 1
    while i > 2 and _portfolio_part(words[i], lexicon):
        i -= 1
    if i < 1 or words[i] not in _MINISTER_LINKS:
        return False
    if i > 2 and words[i - 1] == "State" and words[i - 2] == "of":
        i -= 2  # "Minister of State for"
    return bare(words[i - 1]) in PORTFOLIO_TITLES


def _name_after_portfolio(
    words: Sequence[str], tags: Sequence[str], end: int, lexicon: WordClasses
) -> bool:
    """Whether the rest of a portfolio after ``end`` ends on a person's name: portfolio
    words, commas and "and", then a person's word ("Minister for Finance" + "and Economic
    Planning Mohammed Amin Adam")."""
    i = end
    while i < len(words) and _portfolio_part(words[i], lexicon):
        i += 1
    return i < len(words) and (
        tags[i] == "B-PER" or (words[i].istitle() and _given_name(words[i], lexicon))
    )


def _portfolio_part(word: str, lexicon: WordClasses) -> bool:
    """Whether ``word`` goes on a portfolio of several parts: a comma, "and", or a capitalised
    portfolio word (:func:`_in_portfolio`)."""
    return (
        word == ","
        or word in _PORTFOLIO_JOINS
        or (word[:1].isupper() and _in_portfolio(word, lexicon))
    )


def _given_name(word: str, lexicon: WordClasses) -> bool:
    """Whether ``word`` may open a person's name: a person's word or a listed given name, or a
    word training and the gazetteer never had ("Hisham"; not "York", "Suisse")."""
    return may_name_person(word, lexicon) or (
        word not in lexicon.types and word not in lexicon.gazetteer
    )


def _in_portfolio(word: str, lexicon: WordClasses) -> bool:
    """Whether ``word`` may be part of a minister's portfolio: a listed portfolio's word, or a
    common word running text writes in lower case ("Economic Affairs", "Special
    Initiatives"), no body's head ("Central Bank", "Federal Reserve Board")."""
    low = bare(word)
    return low in PORTFOLIO_WORDS or (
        word[:1].isupper() and _is_common(word, lexicon) and low not in BODY_HEADS
    )


_MAX_UNTAGGED = 2  # given names the model left out between a title and the rest
_BODY_HEAD_ROLES = pick(ROLES, "chief head")
"""Roles that are a title only right after the body they head, in lower case ("Election
Commission chief Sikandar Sultan Raja", "police chief Ada Brisk"; not "chief executive")."""


def _title_at(words: Sequence[str], tags: Sequence[str], i: int) -> bool:
    """Whether the word at ``i`` is a person title: one in any place, a body's head right
    after the body's name (:data:`_BODY_HEAD_ROLES`), or the last word of a title of two
    ("Secretary *General*", "Attorney *General*": :data:`TITLE_TAILS`)."""
    return (
        is_title(words[i])
        or (words[i] in _BODY_HEAD_ROLES and i > 0 and tags[i - 1] != "O")
        or (i > 0 and bare(words[i]) in TITLE_TAILS and is_title(words[i - 1]))
    )


_OFFICE_LINKS = frozenset(("of", "for", "and", "the"))
_MAX_OFFICE = 6  # words of a title's office after its head


def _ends_titled_office(words: Sequence[str], tags: Sequence[str], i: int) -> bool:
    """Whether the capitalised, untagged word at ``i`` ends a title's office: a title head,
    "of" or "for", then capitalised words and links ("Minister of State for Energy",
    "Secretary for Trade and Industry")."""
    if not (words[i].istitle() and tags[i] == "O"):
        return False
    k = i
    while k > 0 and i - k < _MAX_OFFICE:
        word = words[k - 1]
        if word in ("of", "for") and k > 1 and is_any_title_head(words[k - 2]):
            return tags[k - 2] == "O"
        if not (word in _OFFICE_LINKS or (word.istitle() and tags[k - 1] == "O")):
            return False
        k -= 1
    return False


def given_names_after_title(
    words: Sequence[str],
    tags: Sequence[str],
    start: int,
    lexicon: WordClasses,
    *,
    unseen: bool = False,
) -> int:
    """Where a name starts whose first words, up to :data:`_MAX_UNTAGGED`, the model left
    untagged between a title and ``start`` ("Commissioner *Sikandar Sultan*" + "Raja"):
    capitalised words running text writes so or never wrote, the first of them no title, and
    with ``unseen`` unknown to training and the gazetteers but as a first name (before a name
    the model tagged a person, it left out the words it knew: "Secretary *General* Ada
    Brisk", "Governor *Harlow* Brisk"); ``start`` when there are none."""
    k = start
    while (
        k > 1
        and start - k < _MAX_UNTAGGED
        and tags[k - 1] == "O"
        and words[k - 1].istitle()
        and words[k - 1].isalpha()
        and lexicon.text_cap.get(words[k - 1].casefold(), "C") == "C"
    ):
        k -= 1
        if tags[k - 1] == "O" and _title_at(words, tags, k - 1) and not is_title(words[k]):
            return k if not unseen or _unseen_name(words[k], lexicon) else start
    return start


_MAX_UNSEEN_NAME = 4  # words of a name the model left untagged after a title
_COURTESY_TITLES = title_cased(COURTESY_TITLES)


def holder_after_office(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Split the office holder's name off a body's "of" and country that the model ran on
    over it, after a title and "of the" ("General Secretary of the Communist Party of Vietnam
    *Nguyen Phu Trong*", "President of the Republic of Korea *Yoon Suk Yeol*"): the
    capitalised words after the country up to a lower-case word, two to four, none a place's,
    a body's or an organisation's word in training, are a person. Returns whether it split."""
    if not (
        start > 2
        and words[start - 2 : start] == ["of", "the"]
        and is_any_title_head(words[start - 3])
    ):
        return False
    country = next(
        (
            k
            for k in range(start + 2, end)
            if words[k - 1] == "of" and is_country(words[k : k + 1], lexicon)
        ),
        None,
    )
    if country is None:
        return False
    first = holder = country + 1
    count = len(words)
    while holder < count and words[holder].istitle() and words[holder].isalpha():
        holder += 1
    if not (
        1 < holder - first <= _MAX_UNSEEN_NAME
        and holder > end - 1
        and all(_holder_word(word, lexicon) for word in words[first:holder])
    ):
        return False
    relabel(tags, tags[start][2:], start, first)
    relabel(tags, "PER", first, holder)
    return True


def _holder_word(word: str, lexicon: WordClasses) -> bool:
    """Whether ``word`` may be part of an office holder's name after a body's: no listed
    place's, no body's head, and no organisation's or place's word in training."""
    kinds = lexicon.types.get(word, "PER").split()
    return (
        kinds[0] not in ("ORG", "LOC")
        and not is_listed_place([word], lexicon)
        and bare(word) not in BODY_WORDS
    )


def persons_after_titles(words: Sequence[str], tags: list[str], lexicon: WordClasses) -> bool:
    """Tag the name the model left untagged after a person title or a courtesy title ("Chief
    Election Commissioner *Sikandar Sultan Raja* on Thursday rejected", "chief executive
    Sheikh *Nawaf Saud Al-Sabah* told"): two to four capitalised words, the first unknown to
    training and the gazetteers but as a first name and no title, none a listed place or a
    word running text writes in lower case, then no capitalised word. Returns whether it
    tagged one."""
    tagged = False
    count = len(words)
    for i in range(count - 2):
        if tags[i] != "O" or not (_title_at(words, tags, i) or words[i] in _COURTESY_TITLES):
            continue
        first = end = i + 1
        while (
            end < count
            and end - first < _MAX_UNSEEN_NAME
            and tags[end] == "O"
            and words[end].istitle()
            and words[end].replace("-", "").isalpha()
            and (
                lexicon.text_cap.get(words[end].casefold(), "C") == "C"
                or ARABIC_ARTICLE.match(words[end])
            )
            and not is_listed_place(words[end : end + 1], lexicon)
        ):
            end += 1
        if (
            end - first > 1
            and (end == count or not words[end][:1].isupper())
            and not is_title(words[first])
            and _unseen_name(words[first], lexicon)
        ):
            relabel(tags, "PER", first, end)
            tagged = True
    return tagged


def _unseen_name(word: str, lexicon: WordClasses) -> bool:
    """Whether ``word`` (capitalised) is unknown to training and the gazetteers but as a first
    name, and no title's word: nothing else the model could have read it as."""
    low = word.casefold()
    if lexicon.types.get(word) is not None or low in lexicon.text_cap or low in lexicon.cap:
        return False
    return not is_any_title_head(word) and set(lexicon.gazetteer.get(word, "").split()) <= {"first"}


def after_title(
    words: Sequence[str], tags: list[str], start: int, end: int, then: int, lexicon: WordClasses
) -> None:
    """Make the name after a person title a person.

    Either the whole span ``[start, end)`` follows a title, or a title inside it is followed by
    the name's first words, which the person span ending at ``then`` completes ("Defense
    Secretary Caspar" + "Weinberger"; any title word before a listed given name: "Conservative
    Leader Pierre" + "Poilievre"). Names the model left untagged between the title and the
    span, two at most, are the name's first words ("commissioner Sikandar" + "Sultan Raja",
    "Commissioner Sikandar Sultan" + "Raja"), the first of them no title.
    """
    first = given_names_after_title(words, tags, start, lexicon)
    if first > 0 and tags[first - 1] == "O" and _title_at(words, tags, first - 1):
        if is_name(words[first:end], lexicon) or (
            first < start and not any(bare(w) in BODY_WORDS for w in words[start:end])
        ):  # the title and the given name outweigh a last word that was a club's ("Raja")
            relabel(tags, "PER", first, end)
        return
    if (
        start > 0
        and _ends_titled_office(words, tags, start - 1)
        and is_name(words[start:end], lexicon)
        and all(
            _holder_word(word, lexicon) and lexicon.text_cap.get(word.casefold(), "C") == "C"
            for word in words[start:end]
        )
    ):  # "Minister of State for Energy Alick Buchanan-Smith", "... for Textiles R.N. Mirdha";
        # not "vice president of the Materials and Components Business Section": words news
        # writes capitalised, none an organisation's or a place's
        relabel(tags, "PER", start, end)
        return
    if end - start < 2:
        return  # no title inside one word
    title = next(
        (
            i
            for i in range(end - 2, start - 1, -1)
            if is_title(words[i])
            or (
                then > end
                and words[i].istitle()
                and is_any_title_head(words[i])
                and is_first_name(words[i + 1], lexicon)
            )
        ),
        None,
    )
    if title is not None and is_name(words[title + 1 : then], lexicon):
        lead = start
        while lead < title and (words[lead] in ROYAL_TITLES or words[lead] in RULER_TITLES):
            lead += 1  # "Amir" before "Sheikh": titles both
        if lead == title:
            tags[start:title] = ["O"] * (title - start)
        tags[title] = "O"
        relabel(tags, "PER", title + 1, then)
