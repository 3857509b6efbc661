"""Person names: one canonical form per person, per article and across the archive.

Articles name a person in full once ("U.S. President Donald Trump") and then by surname or title
("Trump", "Mr. Trump"). Indexing the surname alone would split one person into several, so
:func:`canonical_names` maps every form an article uses to the longest full name the same article
gives for it. Across articles, a user-editable :class:`AliasTable` says which names are the same
person; it is applied at query time, so editing it needs no re-index.

Pure string work: no NLTK, no model. The entity tagger finds the mentions; this module only names
them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import Protocol

from .lexicon import (
    CHILD_NOUNS,
    COURTESY_TITLES,
    JUNIOR_SUFFIXES,
    MARRIED_HONORIFICS,
    MODIFIED_BODY_HEADS,
    MONTHS,
    NAMED_FOR_PERSON,
    RELATIVE_NOUNS,
    SURNAME_TITLES,
    WEEKDAYS,
    pick,
)
from .names import (
    HONORIFICS,
    SUFFIXES,
    bare_word,
    first_name_sex,
    honorific_sex,
    is_title_head,
    may_be_surname,
    name_key,
    same_person,
    split_suffix,
    strip_title,
    without_possessive,
)

__all__ = ["MentionLike", "article_persons", "canonical_mentions", "canonical_names"]


_WORD = re.compile(r"[^\W\d_]+")
# Words English always capitalises: weekdays and months, but "may" and "march", which are also
# common words.
_ALWAYS_CAPITALISED = frozenset(WEEKDAYS) | frozenset(MONTHS) - {"may", "march"}
_PERSONS_OWN_BODIES = pick(MODIFIED_BODY_HEADS, "administration campaign")
"""Bodies a story names by a person's surname alone ("the Reagan Administration", "the Brandt
campaign"): the surname before them is still the person's, where "Peabody" of "Peabody Holding"
is the company."""
_START = attrgetter("start")  # a mention's
_OFFSET = itemgetter(1)  # a (name, start, end) triple's start


def canonical_names(names: Iterable[str]) -> dict[str, str]:
    """Map each person name used in ONE article to the full name it stands for there.

    "Trump", "Mr. Trump" and "Donald Trump" all map to the longest full name the article uses
    that contains them ("Donald J. Trump" if it appears, else "Donald Trump"). A short form that
    fits two different people ("Ford" with "Doug Ford" and "Rob Ford") maps to itself, titles
    stripped. Matching ignores case; the result keeps the article's spelling. Names that are only
    a title map to "".
    """
    return dict(_canonical_names(tuple(dict.fromkeys(names))))


@lru_cache(maxsize=64)  # article_persons asks again of the same names, mostly
def _canonical_names(surfaces: tuple[str, ...]) -> dict[str, str]:
    """:func:`canonical_names` of the names in first-seen order (the order breaks ties)."""
    stripped = {s: strip_title(s) for s in surfaces}
    display: dict[tuple[str, ...], str] = {}
    for form in stripped.values():
        key = name_key(form)
        if not key:
            continue
        seen = display.get(key)
        if seen is None or (seen.isupper() and not form.isupper()):
            display[key] = form
    keys = list(display)
    resolved: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key in keys:
        # A name with no word of ``key`` cannot be a longer form of it: most pairs stop there.
        words = set(key)
        longer = [
            k
            for k in keys
            if len(k) > len(key) and not words.isdisjoint(k) and same_person(key, k, strict=False)
        ]
        core = split_suffix(key)[0]
        by_surname = [k for k in longer if split_suffix(k)[0][-1] == core[-1]]
        candidates = by_surname or longer
        if not candidates:
            resolved[key] = key
            continue
        best = max(candidates, key=lambda k: (len(k), len(display[k])))
        consistent = all(k == best or same_person(k, best) for k in candidates)
        resolved[key] = best if consistent else key
    result: dict[str, str] = {}
    for surface, form in stripped.items():
        key = name_key(form)
        result[surface] = display[resolved[key]] if key else ""
    return result


def canonical_mentions(
    paragraphs: Sequence[Sequence[tuple[str, int, int]]],
) -> list[list[tuple[str, int, int]]]:
    """Canonicalise one article's person mentions, paragraph by paragraph.

    ``paragraphs[i]`` holds ``(surface_text, start, end)`` for each person mention the tagger
    found in paragraph ``i``; the result has ``(canonical_name, start, end)`` in the same shape,
    without mentions that were only a title. This is the input :func:`find_speakers` expects.
    """
    mapping = canonical_names(text for mentions in paragraphs for text, _, _ in mentions)
    return [
        [(mapping[text], start, end) for text, start, end in mentions if mapping[text]]
        for mentions in paragraphs
    ]


class MentionLike(Protocol):
    """An entity mention as the tagger gives it (``newsindex.nlp.ner.tagger.Mention`` fits)."""

    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def _joined_first_name(text: str, previous: MentionLike, person: MentionLike) -> int | None:
    """Start of a first name the tagger left at the end of the mention before a lone surname.

    "U.S. Kirsten" (ORG) + "Hillman" (PER) is "Kirsten Hillman": a capitalised plain word that is
    no title, directly before a one-word person name.
    """
    if previous.kind == "PER" or previous.end + 1 != person.start or " " in person.text.strip():
        return None
    if text[previous.end : person.start] != " ":
        return None
    word = previous.text.split()[-1]
    if (
        not (word[:1].isupper() and word.isalpha())
        or is_title_head(word)
        or bare_word(word) in HONORIFICS
    ):
        return None
    return previous.end - len(word)


def article_persons(
    paragraphs: Sequence[str], mentions: Sequence[Sequence[MentionLike]]
) -> list[list[tuple[str, int, int]]]:
    """The person mentions of ONE article as ``(canonical_name, start, end)`` per paragraph.

    Takes every entity mention, not only persons, and uses the whole article to fix what a
    sentence-by-sentence tagger gets wrong about people (one sense per article):

    * a name split in two ("Mohammed Ali" + "Abal-Khail") is joined, and a first name swallowed
      by the mention before a lone surname is given back ("U.S. Kirsten" + "Hillman");
    * a name tagged as a person once is a person everywhere: "Carney" tagged ORG in "Carney's
      win", or not tagged at all, after "Mark Carney" was tagged PER;
    * a one-word "person" that starts an organisation's name in the same article is that
      organisation ("Peabody said" after "Peabody Holding Co Inc");
    * a one-word "person" at the start of a sentence that the article writes in lower case
      elsewhere, and never capitalises mid-sentence, is a common word capitalised only by its
      position ("Businessmen said ..." after "a businessmen's conference").

    Then :func:`canonical_names`, as in :func:`canonical_mentions`.
    """
    persons: list[list[tuple[str, int, int]]] = []
    others: list[list[tuple[str, int, int]]] = []
    for text, found in zip(paragraphs, mentions, strict=True):
        row, rest = _repair_spans(text, sorted(found, key=_START))
        persons.append(row)
        others.append(rest)
    known = canonical_names(name for row in persons for name, _, _ in row)
    people = {name_key(v): v for v in known.values() if v}
    if not people:  # no person named (most earnings and market reports): nothing to resolve
        return [[] for _ in paragraphs]
    # Other mentions resolved together with the people; only needed if one shares a word with
    # a person's name, as the name it resolves to would (most articles have none).
    person_words = {word for key in people for word in key}
    other_names = [name for row in others for name, _, _ in row]
    extra = (
        canonical_names([*known, *other_names])
        if any(not person_words.isdisjoint(name_key(strip_title(n))) for n in other_names)
        else {}
    )
    forms = _surname_forms(people.values())
    for text, row, rest in zip(paragraphs, persons, others, strict=True):
        taken = [(start, end) for _, start, end in row + rest]
        for name, start, end in rest:
            canonical = extra.get(name, "")
            if canonical and name_key(canonical) in people and name_key(strip_title(name)):
                row.append((name, start, end))
        for a, b in _whole_words(text, forms):
            if not any(a < end and start < b for start, end in taken):
                row.append((text[a:b], a, b))
        row.sort(key=_OFFSET)
    rows = _relatives_apart(
        paragraphs,
        _by_honorific(
            paragraphs, _drop_other_kinds(canonical_mentions(persons), mentions, paragraphs)
        ),
    )
    initial = {
        word
        for text, row in zip(paragraphs, rows, strict=True)
        for name, start, end in row
        if len(name_key(name)) == 1
        and (word := without_possessive(text[start:end])).isalpha()
        and _starts_sentence(text, start)
    }
    common = _common_words(paragraphs, initial) if initial else set()
    if not common:
        return rows
    return [
        [m for m in row if without_possessive(text[m[1] : m[2]]) not in common]
        for text, row in zip(paragraphs, rows, strict=True)
    ]


_RELATIVE = "|".join(sorted(RELATIVE_NOUNS))
_RELATIVE_BEFORE = re.compile(rf"\b(?:his|her|their|the)\s+(?:{_RELATIVE}),?\s+$", re.IGNORECASE)
_RELATIVE_OF = re.compile(rf",?\s+(?:the\s+)?(?:{_RELATIVE})\s+of\s+", re.IGNORECASE)


def _relatives_apart(
    paragraphs: Sequence[str], rows: list[list[tuple[str, int, int]]]
) -> list[list[tuple[str, int, int]]]:
    """Person mentions of a surname alone given back their own name where the article writes
    the one full name with that surname only as someone's relative: "President Reagan"
    is no "Nancy Reagan" in "Reagan and Nancy Reagan", nor "Michael Reagan" in "Michael
    Reagan, son of President Reagan", nor after "his wife, Nancy Reagan" (canonical_names gave
    the surname the one full name with it). A surname after "Mr." or "Mrs." keeps the relative
    its honorific fits."""
    relatives: set[str] = set()
    others: set[str] = set()  # full names written in full elsewhere too: no one's relative only
    for text, row in zip(paragraphs, rows, strict=True):
        for name, start, end in row:
            if len(name_key(strip_title(without_possessive(text[start:end])))) < 2:
                continue
            if _relative_here(text, start, end, name.split()[-1]):
                relatives.add(name)
            else:
                others.add(name)
    relatives -= others
    if not relatives:
        return rows
    out = []
    for text, row in zip(paragraphs, rows, strict=True):
        kept = []
        for name, start, end in row:
            written = strip_title(without_possessive(text[start:end]))
            # the surname alone (not "Preston" of "Preston Tisch"), after no honorific that
            # fits the relative ("Mrs. Reagan" is Nancy Reagan)
            if name in relatives and name_key(written) == name_key(name)[-1:]:
                sex = honorific_sex(text, start, end)[1]
                if not sex or sex != first_name_sex(name.split()[0].lower()):
                    name = written
            kept.append((name, start, end))
        out.append(kept)
    return out


def _relative_here(text: str, start: int, end: int, surname: str) -> bool:
    """Whether the full name at ``text[start:end]`` is introduced as a relative of someone of
    its ``surname``: after "Reagan ... his wife" ("President Reagan and his wife, Nancy
    Reagan"), before "son of ... Reagan", or after "Reagan and"."""
    kin = _RELATIVE_BEFORE.search(text, max(0, start - 25), start)
    # ... the same surname before it: not "Ms. Malik and her husband, Syed Rizwan Farook"
    if kin and surname in _WORD.findall(text, max(0, kin.start() - 60), kin.start()):
        return True
    of = _RELATIVE_OF.match(text, end)
    if of and surname in _WORD.findall(text, of.end(), of.end() + 40):
        return True
    before = text[max(0, start - len(surname) - 6) : start].split()
    return before[-2:] == [surname, "and"]


def _by_honorific(
    paragraphs: Sequence[str], rows: list[list[tuple[str, int, int]]]
) -> list[list[tuple[str, int, int]]]:
    """Person mentions with a surname several of the article's people share given to the one
    the honorific before it names: "Mr. Clinton" is Bill Clinton and "Mrs. Clinton" Hillary
    Clinton where the article names both, as their first names tell the man from the woman.
    Only where every full name of that surname has a first name of one sex ("Mr. Murdoch" with
    James and an unlisted Rupert Murdoch stays "Murdoch").

    Where the honorific fits several, it is not a child's: not a junior's ("Mr. Trump" beside
    Donald Trump Jr.) nor that of one the article introduces as a daughter or son ("the
    couple's daughter, Chelsea"). "Mrs.", a married woman's title, then goes to the one the
    article names most (beside Hillary and Chelsea Clinton); "Mr." or "Ms." for two brothers or
    two sisters stays the bare surname.

    A bare surname they share stays itself (:func:`canonical_names`): in the articles naming
    two people of one surname, neither the one named last nor the one named most is right often
    enough.
    """
    sexes: dict[str, dict[str, set[str]]] = {}  # surname -> sex ("" unknown) -> full names
    counts: Counter[str] = Counter()  # full name -> mentions
    children: set[str] = set()  # full names of juniors and of those introduced as a child
    for text, row in zip(paragraphs, rows, strict=True):
        for name, start, _ in row:
            core, suffixes = split_suffix(name_key(name))
            if len(core) > 1:
                sexes.setdefault(core[-1], {}).setdefault(first_name_sex(core[0]), set()).add(name)
                counts[name] += 1
                if suffixes & JUNIOR_SUFFIXES or _introduced_as_child(text, start):
                    children.add(name)
    shared = {
        s: by_sex
        for s, by_sex in sexes.items()
        if "" not in by_sex and sum(map(len, by_sex.values())) > 1
    }
    if not shared:
        return rows
    return [
        [
            (
                _honorific_named(text, start, end, shared[key[0]], counts, children) or name,
                start,
                end,
            )
            if len(key := name_key(name)) == 1 and key[0] in shared
            else (name, start, end)
            for name, start, end in row
        ]
        for text, row in zip(paragraphs, rows, strict=True)
    ]


def _introduced_as_child(text: str, start: int) -> bool:
    """Whether "daughter" or "son" stands right before the name at ``start`` ("their daughter,
    Chelsea", "his son Eric Doe")."""
    before = text[max(0, start - 12) : start].replace(",", " ").split()
    return bool(before) and before[-1].casefold() in CHILD_NOUNS


def _honorific_named(
    text: str,
    start: int,
    end: int,
    by_sex: dict[str, set[str]],
    counts: Counter[str],
    children: set[str],
) -> str:
    """The one name of ``by_sex`` that the honorific of ``text[start:end]`` fits (see
    :func:`_by_honorific`); "" if it has none or fits several alike."""
    title, sex = honorific_sex(text, start, end)
    fits = by_sex.get(sex, set())
    if len(fits) > 1:
        fits = fits - children or fits
    if len(fits) > 1 and title in MARRIED_HONORIFICS:
        most = max(counts[name] for name in fits)
        fits = {name for name in fits if counts[name] == most}
    return next(iter(fits)) if len(fits) == 1 else ""


def _drop_other_kinds(
    rows: list[list[tuple[str, int, int]]],
    mentions: Sequence[Sequence[MentionLike]],
    paragraphs: Sequence[str],
) -> list[list[tuple[str, int, int]]]:
    """Person mentions without those the article shows to be an organisation or a place.

    One name, one kind per article: a "person" that starts an organisation's name in the same
    article ("Peabody said" after "Peabody Holding Co Inc", "Smith Barney" after "Smith Barney,
    Harris Upham and Co", "E.F. Hutton" after "E.F. Hutton Group") is that organisation, and a
    "person" the article more often names as an organisation or a place ("Santa Fe" twice a
    place) is that organisation or place. A surname the article also gives a person's full name
    for is that person's, whatever organisation starts with it ("Fiorina" beside "Carly
    Fiorina" and a "Fiorina campaign" tagged an organisation), and so is a name that only the
    person's own administration or campaign starts ("President Reagan" beside "the Reagan
    Administration"), and a full name that only bodies named after a person start ("Conrad
    Hilton" beside the "Conrad Hilton Foundation": :data:`NAMED_FOR_PERSON`). So is a "person"
    that with the capitalised word before it is a name, or ends one, that the article gives a
    place or an organisation ("Prince" + "Rupert" beside the dateline's "PRINCE RUPERT" or the
    "Port of Prince Rupert").
    """
    prefixes: dict[tuple[str, ...], set[str]] = {}  # an organisation's first words: next words
    other: dict[tuple[str, ...], int] = {}
    for found in mentions:
        for m in found:
            if m.kind == "PER":
                continue
            key = name_key(without_possessive(m.text).replace(",", " "))
            if not key:
                continue
            other[key] = other.get(key, 0) + 1
            if m.kind == "ORG":
                for n in range(1, len(key)):
                    prefixes.setdefault(key[:n], set()).add(key[n])
    if not other:
        return rows
    keys = [[name_key(name) for name, _, _ in row] for row in rows]
    count: dict[tuple[str, ...], int] = {}
    for row_keys in keys:
        for key in row_keys:
            count[key] = count.get(key, 0) + 1
    surnames = {key[-1:] for key in count if len(key) > 1}  # written in full somewhere
    drop = {
        key
        for key in count
        if (
            key in prefixes
            and key not in surnames
            and not prefixes[key] <= _PERSONS_OWN_BODIES
            and not (len(key) > 1 and prefixes[key] <= NAMED_FOR_PERSON)
        )
        or other.get(key, 0) > count[key]
    }
    ends = {key[n:] for key in other for n in range(len(key) - 1)}  # "prince rupert" of "port..."
    return [
        [
            m
            for m, key in zip(row, row_keys, strict=True)
            if key not in drop and _written_key(text, m, key) not in ends
        ]
        for text, row, row_keys in zip(paragraphs, rows, keys, strict=True)
    ]


def _written_key(text: str, mention: tuple[str, int, int], key: tuple[str, ...]) -> tuple[str, ...]:
    """The key of a person mention as written with the words its name left out: a title in
    its span ("PRINCE RUPERT" for "Rupert"), else with the capitalised word right before it;
    ``()`` if neither (a person's name as written is no other kind's: "Citizens for Ada Brisk"
    does not make Ada Brisk a committee)."""
    _, start, end = mention
    written = name_key(text[start:end])
    if len(written) > len(key):
        return written
    if start < 2 or text[start - 1] != " ":
        return ()
    word = text[text.rfind(" ", 0, start - 1) + 1 : start - 1]
    return name_key(word) + key if word[:1].isupper() else ()


def _starts_sentence(text: str, start: int) -> bool:
    """Whether ``text[start:]`` begins a sentence, where a capital letter proves nothing."""
    before = text[:start].rstrip().rstrip("\"'“‘([").rstrip()
    return not before or before.rstrip("\"'”’)]")[-1:] in (".", "!", "?")


def _common_words(paragraphs: Sequence[str], words: Iterable[str]) -> set[str]:
    """Those capitalised ``words`` that the article also writes in lower case and never
    capitalises mid-sentence: common words (Mikheev's document-centred capitalisation rule).

    An article that starts a paragraph, a weekday or a month in lower case has lost capitals
    ("mario galindas told reuters on monday"), so its lower-case words prove nothing.
    """
    starts = (next((c for c in text if c.isalpha()), "A") for text in paragraphs)
    if any(c.islower() for c in starts):
        return set()
    lower = {w for text in paragraphs for w in _WORD.findall(text) if w.islower()}
    if lower & _ALWAYS_CAPITALISED:
        return set()
    found = {w for w in words if w.lower() in lower}
    for text in paragraphs if found else ():
        for match in _WORD.finditer(text):
            if match.group() in found and not _starts_sentence(text, match.start()):
                found.discard(match.group())
    return found


def _repair_spans(
    text: str, ordered: Sequence[MentionLike]
) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """Person and other mentions of a paragraph, with split person names joined; a letter
    alone ("I." of "Neither do I.") is no person."""
    row: list[tuple[str, int, int]] = []
    rest: list[tuple[str, int, int]] = []
    previous: MentionLike | None = None
    for mention in ordered:
        if mention.kind == "PER" and len(mention.text.strip(". ")) < 2:
            continue
        if mention.kind != "PER":
            rest.append((mention.text, mention.start, mention.end))
        elif (
            row
            and previous is not None
            and previous.kind == "PER"
            and (text[row[-1][2] : mention.start] == " ")
        ):
            start = row[-1][1]
            row[-1] = (text[start : mention.end], start, mention.end)
        else:
            first = _joined_first_name(text, previous, mention) if previous else None
            if first is None:
                first = _courtesy_before(text, mention)
            if first is None:
                row.append((mention.text, mention.start, mention.end))
            else:
                row.append((text[first : mention.end], first, mention.end))
                if rest and rest[-1][2] == mention.start - 1:
                    rest.pop()
        previous = mention
    return row, rest


_COURTESY_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(COURTESY_TITLES))})\.?\s+$", re.IGNORECASE)


def _courtesy_before(text: str, mention: MentionLike) -> int | None:
    """Where a surname that is also a title ("King", "Bishop", "Judge") starts with the
    courtesy title before it ("Mr. King said"), which the tagger leaves out of a name: alone,
    the word would be dropped as a title. None for any other mention."""
    if bare_word(mention.text) not in SURNAME_TITLES:
        return None
    found = _COURTESY_BEFORE.search(text, max(0, mention.start - 8), mention.start)
    return found.start() if found else None


def _surname_forms(people: Iterable[str]) -> list[str]:
    """The surnames and full names of the article's people that name one of them, longest
    first. A name whose last word may not stand alone (:func:`.names.may_be_surname`: "Jolly
    of", "Jim Eastland I") gives no surname: that word is no name wherever the article writes
    it."""
    owners: dict[str, set[str]] = {}
    for name in people:
        tokens = [t for t in name.split() if bare_word(t) not in SUFFIXES]
        if len(tokens) < 2 or not may_be_surname(tokens[-1]):
            continue
        owners.setdefault(name, set()).add(name)
        owners.setdefault(tokens[-1], set()).add(name)
    return sorted((f for f, who in owners.items() if len(who) == 1), key=len, reverse=True)


def _whole_words(text: str, forms: Sequence[str]) -> list[tuple[int, int]]:
    """Where ``text`` writes one of ``forms`` (:func:`_surname_forms`, longest first) as whole
    words, with or without "'s", as ``[start, end)`` offsets, left to right without overlap,
    as a regex of the forms between look-arounds for word characters and hyphens would find
    them; with ``str.find``, as that regex would be compiled anew for every article."""
    starts = sorted({at for form in forms for at in _occurrences(text, form)})
    found: list[tuple[int, int]] = []
    done = 0  # the end of the last match: matches do not overlap
    for at in starts:
        if at < done or (at and _in_word(text[at - 1])):
            continue
        for form in forms:
            if not text.startswith(form, at):
                continue
            end = at + len(form)
            if text.startswith(_POSSESSIVE_S, end) and not _in_word(text[end + 2 : end + 3]):
                end += 2
            elif _in_word(text[end : end + 1]):
                continue
            found.append((at, end))
            done = end
            break
    return found


_POSSESSIVE_S = ("'s", "’s")


def _occurrences(text: str, form: str) -> list[int]:
    out = []
    at = text.find(form)
    while at >= 0:
        out.append(at)
        at = text.find(form, at + 1)
    return out


def _in_word(char: str) -> bool:
    """Whether ``char`` (one character or none) is a word character or a hyphen: a name
    written inside a longer word ("Smithson", "Smith-Jones") is not that name."""
    return bool(char) and (char.isalnum() or char in "_-")
