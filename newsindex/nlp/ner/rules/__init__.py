"""Corrections to the entity model's labels that news phrasing makes certain.

The model labels a word from a window of two words either side, so it misses facts about names
that a whole phrase states: the capitalised words after a person's title are that person
("Vice-President *JD Vance*", tagged ORG), a "person" ending in a landmark noun is a place
("Parliament *Hill*"), a name particle joins the two parts of a firm's name ("Procter &
*Gamble*"). :func:`repair_tags` checks such facts after a sentence is tagged, with the word
lists the model was trained with (first names, the kinds a word usually had, the gazetteer).

First the states the news agencies abbreviate after a town ("Dover, Del.") are made places
(:func:`.places.states_after_towns`), so the town's rules see them. Then each name the model
found meets the rules in this order; the first rule that changes it ends its turn:

* :mod:`.any_kind`: the rules for a name of any kind;
* the rules for the kind the model gave it: :mod:`.persons` (a person's last rules),
  :mod:`.bodies` (an organisation's) or :mod:`.places`;
* :mod:`.rest`: the last rules for an organisation, a place or a MISC name, with the title
  rules of :mod:`.titles`.

Then a place before "and" starts the firm named after it (:func:`.bodies.places_and_firms`),
a noun for a kind of body names the body after it ("the band Killing Joke") and a plural one the
bodies it lists ("firms such as A.E. Staley": :mod:`.kinds`), a
capitalised "The" inside a sentence opens the organisation after it
(:func:`.bodies.articles_of_names`), surnames around "&" are a firm named for its partners
(:func:`.partners.partners_firms`), a firm's legal form abroad ends its name
(:func:`.bodies.legal_form_firms`) and :mod:`.brackets` reads the sentence's stock codes,
acronyms and newspapers' states.
:mod:`.common` holds the word tests and word-list look-ups that the rules share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...lexicon import (
    AMOUNT_WORDS,
    ARMED_MEMBERS,
    BODIES_NAMED_AFTER,
    COMPANY_WORDS,
    COURTESY_TITLES,
    FIGURE_WORDS,
    FIRM_NAME_AFTER,
    GENERIC_FIRM_WORDS,
    INSTITUTION_HEADS,
    LEGAL_FORM_SUFFIXES,
    LISTED_BODY_KINDS,
    LOCAL_TITLES,
    MEMBER_NOUNS,
    MODIFIED_BODY_HEADS,
    NAME_S_VERBS,
    NUMBERED_CHANNEL_WORDS,
    PERSON_TITLES,
    SUBJECT_AUXILIARIES,
    SUBJECT_VERBS,
)
from ..iob import spans
from ..model import WordClasses
from .any_kind import repair_any
from .bodies import (
    adjective_bodies,
    articles_of_names,
    legal_form_firms,
    nationality_firms,
    places_and_firms,
    repair_organisation,
)
from .brackets import bracketed_companies, names_of_acronyms, papers_with_state
from .common import (
    ARABIC_ARTICLE,
    bare,
    is_listed_place,
    is_name,
    name_start,
    relabel,
    title_cased,
)
from .kinds import (
    CLUB_ABBREVIATIONS,
    bodies_after_kinds,
    bodies_listed_after_kinds,
    clubs_by_abbreviation,
)
from .partners import partners_firms
from .persons import (
    person_after_occupation,
    person_by_context,
    persons_described,
    repair_person,
    transcript_label,
)
from .places import PAPER_TITLES, papers_of_places, repair_place, states_after_towns
from .rest import repair_rest
from .titles import holder_after_office, persons_after_titles

__all__ = ["repair_tags", "untagged_bodies", "untagged_names"]

_POSSESSIVES = frozenset({"'s", "’s", "'"})
"""Possessive endings, no part of a name the model ran on over them before another name
("the Harlow Department 's Ada Brisk"); a firm's name may end on one ("Moody 's said")."""
_VERB_WORDS = SUBJECT_AUXILIARIES
"""Verbs that no name holds, though a wire may capitalise them after "U.S." ("The U.S. Has
said"). Not "will", "may", "can": given names and a month."""
_COMPANY_WORDS = frozenset(
    form
    for word in title_cased(COMPANY_WORDS)
    for form in (word, word + ".", word.upper(), word.upper() + ".")
)
"""A firm's company words as written ("Co", "Inc.", "PLC"): a sentence without one has no firm
for :func:`.bodies.nationality_firms` to lengthen."""
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
_ACRONYM = re.compile(r"[A-Z](?:[A-Z&-]{0,6}[A-Z]|(?:\.[A-Z]){1,3}\.)")
"""An acronym in capitals, with a hyphen or an ampersand ("UAW", "AFL-CIO") or dotted
("E.U.")."""
_TITLE_WORDS = title_cased(PERSON_TITLES | LOCAL_TITLES | COURTESY_TITLES)
"""Person and courtesy titles as a name's title is written: a sentence without one has no name
after one."""
_CHANNEL_WORDS = title_cased(NUMBERED_CHANNEL_WORDS) | {"TV"}
"""A channel's word as a broadcaster's name writes it: a sentence without one has no channel."""
_CHANNEL_NUMBER = re.compile(r"\d{1,2}")
_AFTER_FIGURE = AMOUNT_WORDS | FIGURE_WORDS | {"%", "percent"}
"""Words after a number that make it a figure, no channel's ("12 pct", "4 million")."""
_LOCAL_NUMBER = re.compile(r"\d{1,5}[A-Z]{0,2}(?:-[A-Z0-9]{1,3})?")
"""A union local's number ("1199", "32BJ", "32B-J", "100-A")."""
_GROUP_PEOPLE = MEMBER_NOUNS | ARMED_MEMBERS
"""Lower-case words for a body's people, right after its name."""
_AFTER_FIRM = SUBJECT_VERBS | {"."}
"""Verbs, or a full stop, straight after an organisation's "'s", which a possessive never has
after it: the "'s" ends the firm's name ("Standard and Poor 's said", "shares of Boatmen 's .",
as CoNLL-2003 tags them)."""


def repair_tags(
    words: Sequence[str],
    tags: list[str],
    found: Sequence[tuple[str, int, int]],
    lexicon: WordClasses,
) -> list[str]:
    """Apply the title, landmark and particle rules to one sentence's IOB2 ``tags``, in place.

    ``found`` are the entity spans of ``tags`` (:func:`newsindex.nlp.ner.tagger.spans`). Each
    span meets the rules for a name of any kind (:func:`repair_any`), then those for its own
    kind (:func:`repair_organisation`, :func:`repair_place`, :func:`repair_person`, and
    :func:`repair_rest` for bodies, places and the rest); the first rule that changes the span
    ends its turn. Most spans fit no rule, so each rule is first asked something cheap about
    the words next to the span (is the word after it "of"?) before its own test.
    """
    present = set(words)  # the sentence-wide rules below ask whether it holds a word
    if "," in present and states_after_towns(words, tags, lexicon):
        found = spans(tags)
    last = len(found) - 1
    for n, (kind, start, end) in enumerate(found):
        if tags[start] != "B-" + kind:
            continue  # an earlier rule made it part of another name
        after = found[n + 1] if n < last else None
        if end - start > 1:
            cut = _verb_inside(words, kind, start, end, lexicon)
            if cut is not None:
                for i in range(cut, end):
                    tags[i] = "O"  # "The U.S. Has said": a wire's capitals after "U.S."
                end = cut
                if is_listed_place(words[start:end], lexicon) or (
                    end == start + 1 and _mostly(words[start], "LOC", lexicon)
                ):
                    kind = "LOC"
                    relabel(tags, kind, start, end)
        if (
            end - start > 1
            and words[end - 1] in _POSSESSIVES
            and end < len(words)
            and words[end][:1].isupper()
        ):
            end -= 1
            tags[end] = "O"  # "Corbel 's" + "Ada Brisk": the possessive is no part of it
        if end - start > 3 and kind != "PER" and _owner_inside(words, tags, start, end, lexicon):
            continue
        if kind in ("ORG", "LOC") and holder_after_office(words, tags, start, end, lexicon):
            continue
        if repair_any(words, tags, kind, start, end, after, lexicon):
            continue
        if kind == "PER":
            repair_person(words, tags, start, end, after, lexicon)
            continue
        if kind in ("ORG", "LOC") and (
            person_by_context(words, tags, start, end, lexicon)
            or person_after_occupation(words, tags, start, end, lexicon)
        ):
            continue
        if kind == "ORG":
            if repair_organisation(words, tags, start, end, after, lexicon):
                continue
        elif kind == "LOC" and repair_place(words, tags, start, end, after, lexicon):
            continue
        repair_rest(words, tags, kind, start, end, after, lexicon)
    if "'s" in present or "’s" in present:
        _possessive_company(words, tags, lexicon)
    untagged_names(words, tags, lexicon)
    if "and" in present:
        places_and_firms(words, tags, lexicon)
    if not _CHANNEL_WORDS.isdisjoint(present):
        _channel_numbers(words, tags)
    if not BODIES_NAMED_AFTER.isdisjoint(present):
        bodies_after_kinds(words, tags, lexicon)
    if not LISTED_BODY_KINDS.isdisjoint(present):
        bodies_listed_after_kinds(words, tags, lexicon)
    if not CLUB_ABBREVIATIONS.isdisjoint(present):
        clubs_by_abbreviation(words, tags)
    if "The" in present:
        articles_of_names(words, tags)
    if "&" in present:
        partners_firms(words, tags, lexicon)
    if "/" in present or not LEGAL_FORM_SUFFIXES.isdisjoint(present):  # "/": "A / S"
        legal_form_firms(words, tags, lexicon)
    if not _COMPANY_WORDS.isdisjoint(present):
        nationality_firms(words, tags, lexicon)
    if "<" in present:
        bracketed_companies(words, tags)
    if "(" in present:
        names_of_acronyms(words, tags)
        papers_with_state(words, tags)
    if not present.isdisjoint(PAPER_TITLES):
        papers_of_places(words, tags, lexicon)
    if ":" in present and words[0].isupper():
        transcript_label(words, tags, lexicon)
    return tags


def _union_locals(words: Sequence[str], tags: list[str]) -> bool:
    """Tag a union's local, "Local" and its number, an organisation, part of the union's
    name before it ("Teamsters Local 294", "Local 1199 of the ..."): the model left the
    number out or tagged nothing (a number in a name was rare in training). Returns whether
    it tagged one."""
    tagged = False
    for i in range(len(words) - 1):
        if words[i] != "Local" or not _LOCAL_NUMBER.fullmatch(words[i + 1]):
            continue
        if i and tags[i - 1][2:] == "ORG" and tags[i] in ("O", "I-ORG"):
            relabel(tags, "ORG", i, i + 2, joined=True)
        elif tags[i] == "O" or tags[i] == "B-ORG":
            relabel(tags, "ORG", i, i + 2)
        else:
            continue
        tagged = True
        if i + 2 < len(tags) and tags[i + 2][:2] == "I-":
            tags[i + 2] = "B-" + tags[i + 2][2:]
    return tagged


def _channel_numbers(words: Sequence[str], tags: list[str]) -> None:
    """Join a channel's number of one or two digits to the broadcaster's name before it that
    ends on a word for a channel ("Channel" + "4", "BBC Radio" + "1"), which the model left
    out (a number in a name was rare in training); not a figure (:func:`_figure_after`)."""
    for i in range(1, len(words)):
        if (
            tags[i] == "O"
            and tags[i - 1][2:] == "ORG"
            and _CHANNEL_NUMBER.fullmatch(words[i])
            and bare(words[i - 1]) in NUMBERED_CHANNEL_WORDS
            and not _figure_after(words, i)
        ):
            tags[i] = "I-ORG"


def _figure_after(words: Sequence[str], i: int) -> bool:
    """Whether the number at ``i`` is a figure by what follows it: a unit or an amount ("12
    pct", "4 million") or "to" and another number, a price's move ("Tessby TV 40 to 11.50")."""
    after = words[i + 1 : i + 3]
    return bool(after) and (
        bare(after[0]) in _AFTER_FIGURE
        or (after[0] == "to" and len(after) == 2 and after[1][:1].isdigit())
    )


def _owner_inside(
    words: Sequence[str], tags: list[str], start: int, end: int, lexicon: WordClasses
) -> bool:
    """Split a person's "'s" off the name the model ran it into: "George W. Bush 's White
    House" is the person and the place. Only a person named in full whose first and last words
    were mostly a person's in training, so "Lloyd 's Register", "Wendy 's International", "the
    German People 's Party" and "Saint Isaac 's Cathedral" stay whole. Returns whether the
    span was split."""
    types = lexicon.types
    for i in range(start + 2, end - 1):
        if (
            words[i] in _POSSESSIVES
            and words[i + 1][:1].isupper()
            and types.get(words[start], "").split()[:1] == ["PER"]
            and "PER" in types.get(words[i - 1], "").split()
            and is_name(words[start:i], lexicon)
        ):
            kind = tags[start][2:]
            relabel(tags, "PER", start, i)
            tags[i] = "O"
            relabel(tags, kind, i + 1, end)
            return True
    return False


def untagged_names(words: Sequence[str], tags: list[str], lexicon: WordClasses) -> bool:
    """Tag the names the model left untagged: a person's after a title
    (:func:`.titles.persons_after_titles`) or before a role (:func:`.persons.persons_described`)
    and a body's (:func:`untagged_bodies`); returns whether it tagged one."""
    persons = not _TITLE_WORDS.isdisjoint(words) and persons_after_titles(words, tags, lexicon)
    described = "," in words and persons_described(words, tags, lexicon)
    return untagged_bodies(words, tags, lexicon) or persons or described


def untagged_bodies(words: Sequence[str], tags: list[str], lexicon: WordClasses) -> bool:
    """Tag an acronym the model left untagged, or took alone for a place no list holds, before
    a body's people as the body's ("of DNC members", "E.U. leaders warn", "UAW officials",
    "PKK rebels", "MEA spokesperson"): training never had it, and only a body has members,
    officials, a spokesman or fighters. Not an acronym training saw
    outside organisations ("CEO", "GOP" as a modifier) nor one the name lists hold (state
    codes), nor after a number before "fighters" ("100 FSX fighters": aircraft). A name on the
    Arabic article before an armed group's people is that group's too ("Al-Shabaab
    fighters"). Also for sentences the model left untagged, with a body an adjective names
    (:func:`.bodies.adjective_bodies`) and a union's local (:func:`_union_locals`); returns
    whether it tagged one."""
    tagged = adjective_bodies(words, tags, lexicon)
    if "Local" in words:
        tagged = _union_locals(words, tags) or tagged
    if _GROUP_PEOPLE.isdisjoint(words):
        return tagged
    for i in range(len(words) - 1):
        word, people = words[i], words[i + 1]
        if (
            people not in _GROUP_PEOPLE
            or tags[i] not in ("O", "B-LOC")
            or tags[i + 1] != "O"
            or (i and tags[i - 1][2:] not in ("", "MISC"))
            or word in lexicon.gazetteer
        ):
            continue
        if tags[i] == "B-LOC" and not _ACRONYM.fullmatch(word):
            continue
        if (
            _ACRONYM.fullmatch(word)
            and lexicon.types.get(word, "ORG").split()[0] == "ORG"
            and not (people == "fighters" and i and words[i - 1][:1].isdigit())
        ) or (people in ARMED_MEMBERS and ARABIC_ARTICLE.match(word)):
            tags[i] = "B-ORG"
            tagged = True
    return tagged


def _possessive_company(words: Sequence[str], tags: list[str], lexicon: WordClasses) -> None:
    """A company word after a name's "'s" ends that name, a firm's ("Standard and Poor" +
    "'s" + "Corp", "McDonald" + "'s" + "Corp"), also after generic words of a firm's name
    ("Tessby" + "'s" + "International Inc") or after one word that running text mostly writes
    in lower case ("Allison" + "'s" + "Place Inc", "Shaw" + "'s" + "Supermarkets Inc": a common
    noun is no firm's own name): one firm, not a name and "Corp" (models trained on text that
    keeps "'s" out of names end the name before it). So does a verb after an organisation's
    "'s" ("Standard and Poor 's said"), and one that no contracted "is" or "has" goes before
    after a one-word "person"'s ("Brisker 's was the prize": a firm named for its founder;
    not "Brisk 's said", Brisk has said). A firm's own name after a person's or a country's
    "'s" stays apart ("Brisk 's" + "Tessby Industries Inc", "Japan 's" + "Tessby Corp"), and so
    does a unit after a firm named in full ("Tessby Inc 's" + "Allied Corp")."""
    count = len(words)
    for i in range(1, count - 1):
        if words[i] not in ("'s", "’s") or tags[i] != "O" or tags[i - 1] == "O":
            continue
        if tags[i - 1][2:] == "ORG" and words[i + 1] in _AFTER_FIRM:
            tags[i] = "I-ORG"
            continue
        if tags[i - 1] == "B-PER" and words[i + 1] in NAME_S_VERBS:
            relabel(tags, "ORG", i - 1, i + 1)  # "Brisker 's was": a firm, no person
            continue
        end = i + 1
        while end < count and bare(words[end]) in GENERIC_FIRM_WORDS and tags[end] != "O":
            end += 1
        if end == i + 1 and bare(words[end]) in COMPANY_WORDS and tags[end] == "O":
            end += 1  # a company word the model left out: "Moody 's" + "Corp"
        elif (
            end == i + 1
            and i + 2 < count
            and words[end].istitle()
            and lexicon.text_cap.get(words[end].casefold()) in ("l", "c")
            and bare(words[i - 1]) not in COMPANY_WORDS
        ):
            end += 2  # "Allison 's" + "Place Inc" (if "Inc" ends it: checked below)
        if (
            end > i + 1
            and bare(words[end - 1]) in COMPANY_WORDS
            and tags[i + 1] in ("O", "B-ORG")
            and (tags[i - 1][2:] == "ORG" or end > i + 2)
            and (end == count or tags[end][:2] != "I-")
        ):
            relabel(tags, "ORG", name_start(tags, i - 1), end)


def _common_before_phrase(words: Sequence[str], end: int, lexicon: WordClasses) -> bool:
    """Whether the word before ``end`` is one running text writes in lower case as often as
    not and no body's head, and the phrase goes on after it in lower case: no link of a longer
    name, no past verb nor adverb a firm's name has after it ("Trade" + "deficit"; not
    "Lines said", "Shoe cited", "Video also", "Telephone shareholders", "Securities and
    Exchange Commission")."""
    word = words[end - 1].casefold()
    after = words[end] if end < len(words) else ""
    return (
        after[:1].islower()
        and after not in lexicon.entity_lower
        and after not in SUBJECT_VERBS
        and after not in FIRM_NAME_AFTER
        and not after.endswith("ed")  # "U.S. Lines filed", "U.S. Shoe cited"
        and lexicon.text_cap.get(word) in ("l", "m")
        and word not in INSTITUTION_HEADS
        and word not in MODIFIED_BODY_HEADS
        and "org_head" not in lexicon.gazetteer.get(words[end - 1], "").split()
    )


def _mostly(word: str, kind: str, lexicon: WordClasses) -> bool:
    """Whether ``word`` had mostly the label ``kind`` in training ("U.K.": "LOC", some times
    none)."""
    return lexicon.types.get(word, "O").split()[0] == kind


def _verb_inside(
    words: Sequence[str], kind: str, start: int, end: int, lexicon: WordClasses
) -> int | None:
    """Where a name must end before a verb the model took into it, or, after a place written
    in initials, before a word running text writes in lower case and no name in training held
    ("U.S. Officials said": the wire capitalises after "U.S."), if so. Such a word alone after
    the place may have been a name's in training, if mostly not: "the U.S. Market", "U.S.
    Economy", "U.K. Government" are the place and a common noun; a longer name ("U.S. Government
    Printing Office") stays. So is a word running text capitalises only at times, in a body's
    name of two words before a lower-case word that goes on the phrase ("the U.S. Trade deficit",
    "U.S. Currency futures", "U.S. Oil companies"), unless it heads a body ("U.S. Embassy
    officials", "U.S. Navy ships") or the name speaks ("U.S. Lines said")."""
    if (
        end > start + 1
        and _mostly(words[start], "LOC", lexicon)
        and _DOTTED_INITIALS.fullmatch(words[start])
        and (
            (
                lexicon.text_cap.get(words[start + 1].casefold()) == "l"
                and (
                    lexicon.types.get(words[start + 1], "O") == "O"
                    or (end == start + 2 and _mostly(words[start + 1], "O", lexicon))
                )
            )
            or (kind == "ORG" and end == start + 2 and _common_before_phrase(words, end, lexicon))
        )
    ):
        return start + 1
    for i in range(start + 1, end):
        if words[i].casefold() in _VERB_WORDS:
            return i
    return None
