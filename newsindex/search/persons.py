"""A person named in a query, matched to the names the index holds, however it is written.

"Reagan", "President Reagan", "Ronald Reagan" and "Ronald W. Reagan" name one person; "de
Clercq" and "Leigh-Pemberton" are surnames with their particles and hyphens; "Zhao" finds "Zhao
Ziyang". A full name also finds the passages that name its owner by surname alone when the
archive gives no rival for that surname: among the full names written with it, the person asked
for holds at least :data:`DOMINANT_SHARE` of the passages. Otherwise ("James Baker", "Howard
Baker") the surname alone stays out and the match says why.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from whoosh import query as wq

from ..kinds import ENTITY_KINDS, ORG, ORG_SPEAKER, PERSON, PLACE, SPEAKER
from ..nlp.lexicon import ACRONYM_SKIPS, COMPANY_WORDS, SUFFIXES
from ..nlp.names import (
    NameParts,
    bare_word,
    given_names_agree,
    name_parts,
    strip_title,
    surname_keys,
    without_possessive,
)
from .query import indexed_name, name_query
from .spelling import edit_distance

if TYPE_CHECKING:
    from .aliases import AliasTable

__all__ = [
    "DOMINANT_SHARE",
    "NAMED_SAMPLE",
    "POOL_ROWS",
    "SPARE_ROWS",
    "SPELLED_SAMPLE",
    "WORD_SHARE",
    "WRITTEN_SHARE",
    "Beside",
    "NameMatch",
    "NameQueries",
    "PersonNames",
    "candidate_count",
    "co_mention_rows",
    "facet_rows",
    "initials",
    "names_beside",
    "one_row_per_group",
    "one_row_per_person",
    "spelled_out_groups",
    "spelled_sample",
]

_PERSON_FIELDS = frozenset(k.name for k in ENTITY_KINDS if k.is_person)
_FIRM_FIELDS = frozenset((ORG.name, ORG_SPEAKER.name))

DOMINANT_SHARE = 0.8
"""The share of a surname's full-name passages one person must hold for the surname alone to
stand for that person."""

SPELLED_SAMPLE = 100
"""The passages naming an acronym read for the names listed beside it (the archive's own
"International Coffee Organization (ICO)"): a sample, so an acronym of 50,000 passages costs no
more than one of 100 (a facets call asks of every acronym among its rows)."""
NAMED_SAMPLE = 25
"""The passages naming a name of several words read for an acronym written after it in
brackets: fewer, as a facets call asks of every such name among its rows, and news spells an
acronym out in an article's first passages."""


def spelled_sample(name: str) -> int:
    """How many passages naming ``name`` (as indexed) to read for :func:`names_beside`."""
    return NAMED_SAMPLE if " " in name else SPELLED_SAMPLE


BRACKETED_SHARE = 0.5
"""The share of the passages naming a body that must list an acronym of other letters written
in brackets after its name for the acronym to stand for it ("Brazilian Coffee Institute
(IBC)", not "Communist Party (PCP)")."""

WORD_SHARE = 0.25
"""The share of the passages a one-word organisation's or place's filter finds that must
write that name alone for it to be listed (:func:`facet_rows`)."""

WRITTEN_SHARE = 0.5
"""The share of the passages writing a full name that must hold it as a person for the name's
written form to count as a mention where the entity model missed it."""
INITIAL_SLOP = 2
"""A full name written in the text may have one word between its words: a middle initial
("Ivan F. Boesky"), which the index keeps as a word of one letter."""


NOTABLE_SHARE = 0.05
"""The share of the most named bearer's passages another bearer of a surname must have to be
listed when the surname is asked for alone."""

SURNAME_SHARE = 0.95
"""The share of a surname's passages that one full name with it must open for the surname's
row to be that person's (:func:`one_row_per_person`)."""

SPARE_ROWS = 3
"""Names counted beyond the rows asked for, to fill the places of those left out or merged."""
POOL_ROWS = 60
"""The rows :func:`candidate_count` counts for however few are asked."""


def candidate_count(top: int) -> int:
    """How many of the most written names to count a filter for, for ``top`` facet or
    statistics rows. The rows are those whose filters find most, and a name written less often
    may find more ("Ronald Reagan" finds the passages writing "Reagan"), so the same
    candidates for every ``top`` up to :data:`POOL_ROWS` make a shorter list the start of a
    longer one; :data:`SPARE_ROWS` more fill the places of names left out or merged."""
    return max(top, POOL_ROWS) + SPARE_ROWS


def facet_rows(
    field: str,
    rows: Iterable[tuple[str, int, int]],
    top: int,
    aliases: AliasTable | None = None,
    spelled: Callable[[str], str] | None = None,
) -> tuple[tuple[str, int], ...]:
    """The first ``top`` facet or statistics rows from ``(name, passages writing it, passages
    its filter finds)`` (:func:`candidate_count` names): each name with what its filter finds
    (what a click on it opens), most first, one row per person (:func:`one_row_per_person`),
    under the spelling written most of those that open the same passages ("Donald Trump", not
    "Donald J. Trump").
    A one-word organisation or place whose filter finds more than ``1 / WORD_SHARE`` times the
    passages writing it alone names a word that many names share, no one body or place
    ("Bank": 94 passages in Reuters, 3,358 with "World Bank", "Bank of England" ...): it is
    left out, or it would lead every list long enough to hold it. A firm's full name beside its
    one-word name ("Exxon Corp", "Exxon") is one row, the short name's, whose filter finds
    both, and so are an organisation's or place's names of one alias group
    (:func:`one_row_per_group`), with an acronym ``spelled`` out as one of them
    (:func:`spelled_out_groups`: "ICO" beside "International Coffee Organisation")."""
    if field not in _PERSON_FIELDS and (aliases is not None or spelled is not None):
        canonical = aliases.canonical if aliases is not None else str
        full = spelled or str
        rows = one_row_per_group(rows, lambda name: canonical(full(name)))
    kept = [
        (name, written, found)
        for name, written, found in rows
        if field in _PERSON_FIELDS or " " in name or written >= WORD_SHARE * found
    ]
    if field not in _PERSON_FIELDS:
        # "Exxon Corp" beside "Exxon": the one-word name's filter finds the firm's full name
        # too, so the longer row only repeats some of its passages; and the filters of a longer
        # name's forms ("General Motors", "General Motors Corp") find the same passages
        single = {name.casefold() for name, _, _ in kept if " " not in name}
        kept = [row for row in kept if _firm_stem(row[0]) not in single]
        if field in _FIRM_FIELDS:
            kept = one_row_per_group(kept, _firm_key)
    ordered = sorted(kept, key=lambda row: (-row[2], -row[1], row[0]))
    return one_row_per_person(field, [(name, found) for name, _, found in ordered])[:top]


def co_mention_rows(
    counts: Mapping[tuple[str, str], int],
    aliases: AliasTable | None,
    top: int,
    spelled: Callable[[str, list[str]], Mapping[str, str]] | None = None,
) -> list[tuple[tuple[str, str], int]]:
    """The ``top`` names most often beside a timeline's name, ``(field, key)`` with their
    passages, most first: an organisation's or place's names of one alias group ("Federal
    Reserve Board", "Fed") are one row, under the one named most, their passages added up (a
    passage naming two of them counts twice; few do), and so are an acronym and the full name
    the archive spells it out as ("LDP" beside "Liberal Democratic Party"; ``spelled(field,
    keys)``: :meth:`NameQueries.spelled_out_keys`), with the passages of the one named more:
    the two are often written together ("the Liberal Democratic Party (LDP)")."""
    by_field: dict[str, list[tuple[str, int, int]]] = {}
    # most named first, then by name: of a group's names named as often, the first is shown
    # whatever order the counts came in
    for (field, key), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        by_field.setdefault(field, []).append((key, n, n))
    rows = []
    for field, named in by_field.items():
        if aliases is not None and field not in _PERSON_FIELDS:
            named = one_row_per_group(named, aliases.canonical)
            full = spelled(field, [key for key, _, _ in named]) if spelled is not None else {}
            if full:  # most passages naming one name of such a pair name the other too
                group = {key: aliases.canonical(full.get(key, key)) for key, _, _ in named}
                summed = [(key, total, total) for key, total, _ in named]
                paired = one_row_per_group(summed, group.__getitem__)
                named = [(key, most, most) for key, _, most in paired]
        rows += [((field, key), total) for key, total, _ in named]
    return sorted(rows, key=lambda kv: (-kv[1], kv[0]))[:top]


def spelled_out_groups(
    field: str,
    names: Sequence[str],
    opened: Sequence[object],
    bracketed: Callable[[str, str], set[str]] | None = None,
) -> Callable[[str], str]:
    """For :func:`one_row_per_group`: an acronym is in the group of a full name of its letters,
    or of one the archive writes it after in brackets (``bracketed``:
    :meth:`NameQueries.bracketed`), whose filter opens the same passages (``opened``: each
    name's passages, or where only counts are known, their number), as when the archive spells
    one out as the other (:meth:`NameQueries._spelled_out`): "BP" beside "British Petroleum"
    is one row; "ADB", whose filter opens no bank's passages but its own, stays a row of its
    own."""
    found = dict(zip(names, opened, strict=True))
    full = [(name, _acronyms(indexed_name(field, name))) for name in names if " " in name]
    groups: dict[str, str] = {}
    for name in names:
        if field not in _FIRM_FIELDS or not _ACRONYM.fullmatch(name):
            continue
        key = indexed_name(field, name)
        same = [f for f, _ in full if found[f] == found[name]]
        named = [f for f, letters in full if key in letters and f in same]
        if not named and same and bracketed is not None:
            defined = bracketed(field, key)
            named = [f for f in same if indexed_name(field, f) in defined]
        if named:
            groups[name] = named[0]
    return lambda name: groups.get(name, name)


def one_row_per_group(
    rows: Iterable[tuple[str, int, int]], group_of: Callable[[str], str]
) -> list[tuple[str, int, int]]:
    """The ``(name, written, found)`` rows of one group (of an alias group, ``"U.S."`` and
    ``"United States"``, by :meth:`AliasTable.canonical`) as one, under the spelling written
    most, with the passages writing any of them: each one's filter finds the group's passages,
    so separate rows would repeat one count."""
    merged: dict[str, tuple[str, int, int, int]] = {}
    for name, written, found in rows:
        group = group_of(name)
        shown, most, total, count = merged.get(group, (name, written, 0, found))
        if written > most:
            shown, most = name, written
        merged[group] = (shown, most, total + written, max(count, found))
    return [(shown, total, count) for shown, _, total, count in merged.values()]


def _firm_stem(name: str) -> str:
    """A firm's name without its company words ("Exxon Corp" -> "exxon"), "" if it has none."""
    words = name.casefold().split()
    stem = list(words)
    while len(stem) > 1 and stem[-1].rstrip(".") in COMPANY_WORDS:
        stem.pop()
    return " ".join(stem) if len(stem) < len(words) else ""


def _firm_key(name: str) -> str:
    """A firm's name without its company words, in lower case ("Exxon Corp." -> "exxon"); a
    name without them as it is."""
    return _firm_stem(name) or name.casefold()


def one_row_per_person(field: str, rows: Iterable[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    """Facet or statistics rows (name, passages; most first) with one row per person in a
    person field: "Martin Sosnoff" and "Martin T. Sosnoff" (given names that agree, one
    surname) open the same passages, so the second row is left out. A surname alone
    ("Quill") keeps its row, as it may stand for others too, unless a full name with that
    surname opens nearly all its passages (:data:`SURNAME_SHARE`): Reuters' "Reagan" 1,036
    beside "Ronald Reagan" 1,029, a demo's "Lindqvist" 15 beside "Maria Lindqvist" 15."""
    if field not in _PERSON_FIELDS:
        return tuple(rows)
    rows = list(rows)
    full: dict[tuple[str, ...], int] = {}  # surname -> most passages a full name opens
    for name, count in rows:
        if " " in name:
            surname = name_parts(name).surname
            full[surname] = max(count, full.get(surname, 0))
    kept: list[tuple[str, int]] = []
    people: list[NameParts] = []
    for name, count in rows:
        parts = name_parts(name)
        if parts.given and any(
            p.surname == parts.surname and given_names_agree(p, parts) for p in people
        ):
            continue
        if not parts.given and full.get(parts.surname, 0) >= SURNAME_SHARE * count:
            continue
        kept.append((name, count))
        if parts.given:
            people.append(parts)
    return tuple(kept)


@dataclass(frozen=True, slots=True)
class NameMatch:
    """The stored names a query matches (lower case, as indexed); the words of the query that
    are no part of those names and must then be in the passage's text (a title that tells two
    Bakers apart); and a note for the reader when something was left out or widened."""

    names: tuple[str, ...]
    text_words: tuple[str, ...] = ()
    people: tuple[tuple[str, ...], ...] = ()
    """With :attr:`text_words`: the full names of each person bearing the surname, so that the
    words (a title) can tell which one is meant."""
    note: str | None = None


class PersonNames:
    """The person names of one index field with the passages holding each, by surname key."""

    def __init__(self, counts: Mapping[str, int]) -> None:
        self._counts = counts
        self.written: dict[str, bool] = {}
        """Whether a full name's written form counts as a mention (see NameQueries)."""
        self._by_key: dict[str, list[str]] = {}
        self._by_inner: dict[str, list[str]] = {}
        """Names by the word before their surname ("Melba Acosta Febo" by "acosta"), which is
        the family name when the surname is a second one (Spanish and Portuguese names give the
        mother's last): a query naming the person with it ("Melba Acosta") finds them. Only for
        a query with given names that agree, so that "Walker" stays the Walkers, not "George
        Herbert Walker Bush"."""
        for name in counts:
            for key in surname_keys(name):
                self._by_key.setdefault(key, []).append(name)
            given = name_parts(name).given
            if len(given) >= 2 and len(given[-1]) > 1:
                self._by_inner.setdefault(given[-1], []).append(name)

    def names(self) -> Iterable[str]:
        """Every name of the field."""
        return self._counts.keys()

    def match(self, query: str) -> NameMatch | None:
        """The stored names ``query`` stands for; None when the index knows no such surname
        (the caller then matches the words of names, as for a first name alone)."""
        stripped = strip_title(query) or query
        title = tuple(w for w in _words(query) if w not in set(_words(stripped)))
        parts = name_parts(stripped)
        if not parts.surname:
            return None
        surname = " ".join(parts.surname)
        candidates = self._by_key.get(surname)
        if parts.given:
            for pool in (candidates, self._by_inner.get(surname)):
                found = self._full_name(query, parts, pool) if pool else None
                if found is not None:
                    return found
        if not candidates:
            return None
        if parts.given:
            title += tuple(w for w in parts.given if len(w) > 1)  # no one of that name here
        people = self._people(candidates)
        if title and len(people) > 1:
            note = (
                f"{surname.title()!r} names several people here: passages naming "
                f"{surname.title()!r} that also say {' '.join(title)!r}"
            )
            return NameMatch(tuple(sorted(candidates)), title, people, note)
        return NameMatch(tuple(sorted(candidates)), note=self._several(surname, people))

    def stands_for(self, name: str) -> str | None:
        """The full name (as indexed) that a surname alone (as indexed) stands for here: the
        person holding at least :data:`DOMINANT_SHARE` of the passages naming that surname's
        bearers in full, as the full name's filter then finds the surname alone too
        (:meth:`_full_name`). None for a name with given names, or a surname shared."""
        parts = name_parts(name)
        candidates = self._by_key.get(" ".join(parts.surname))
        if parts.given or not candidates:
            return None
        people = self._people(candidates)
        if not people:
            return None
        top = max(people, key=self._passages)
        if self._passages(top) < DOMINANT_SHARE * sum(self._passages(group) for group in people):
            return None
        return top[0]

    def _full_name(self, query: str, parts: NameParts, candidates: list[str]) -> NameMatch | None:
        """The match of a name with given names; None when no stored name agrees with them."""
        same: list[str] = []
        rivals: list[str] = []
        alone: list[str] = []
        for name in candidates:
            stored = name_parts(name)
            if not stored.given:
                (alone if stored.suffix == parts.suffix else rivals).append(name)
            elif given_names_agree(parts, stored):
                same.append(name)
            else:
                rivals.append(name)
        if not same:
            return None
        if not alone:
            return NameMatch(tuple(sorted(same)))
        held = self._passages(same)
        rival = self._passages(n for n in rivals if name_parts(n).given)
        if held >= DOMINANT_SHARE * (held + rival):
            return NameMatch(tuple(sorted(same + alone)))
        return NameMatch(tuple(sorted(same)), note=self._ambiguity(query, parts, same, rivals))

    def _people(self, candidates: list[str]) -> tuple[tuple[str, ...], ...]:
        """The full names among ``candidates`` grouped by person (given names that agree),
        the person with the most passages first."""
        full = sorted(
            (n for n in candidates if name_parts(n).given), key=lambda n: -self._counts[n]
        )
        groups: list[list[str]] = []
        for name in full:
            parts = name_parts(name)
            home = next((g for g in groups if given_names_agree(name_parts(g[0]), parts)), None)
            if home is None:
                groups.append([name])
            else:
                home.append(name)
        return tuple(tuple(g) for g in groups)

    def closest(self, typed: str, n: int = 3) -> list[str]:
        """Up to ``n`` surnames near ``typed``'s surname, as did-you-mean measures words (none
        below five letters, one edit up to six, two beyond), the closest first, then the most
        named."""
        parts = name_parts(strip_title(typed) or typed)
        wanted = " ".join(parts.surname)
        if len(wanted) < 5:
            return []
        limit = 1 if len(wanted) <= 6 else 2
        found = []
        for key, names in self._by_key.items():
            if (d := edit_distance(wanted, key, limit)) is not None:
                found.append((d, -self._passages(names), key))
        return [" ".join(w.capitalize() for w in key.split()) for _, _, key in sorted(found)[:n]]

    def count(self, name: str) -> int:
        """The passages holding ``name``."""
        return self._counts.get(name, 0)

    def _passages(self, names: Iterable[str]) -> int:
        return sum(self._counts[n] for n in names)

    def _several(self, surname: str, people: Sequence[Sequence[str]]) -> str | None:
        """A surname alone finds everyone who bears it; when two or more of them are named in
        full in two passages or more and at least :data:`NOTABLE_SHARE` as many as the most
        named, a note says who (passages naming each in full), so that "Baker" does not pass
        for James Baker alone. Not for the odd other bearer, often a misread ("Senate
        Reagan")."""
        counted = sorted(((self._passages(names), names) for names in people), reverse=True)
        least = max(2, NOTABLE_SHARE * counted[0][0]) if counted else 2
        notable = [(n, names) for n, names in counted if n >= least]
        if len(notable) < 2:
            return None
        shown = ", ".join(f"{names[0].title()} ({n})" for n, names in notable[:3])
        more = len(counted) - len(notable[:3])
        others = f" and {more} named less" if more else ""
        return (
            f"{surname.title()!r} names several people here, all found: {shown}{others}; a "
            "full name keeps to one"
        )

    def _ambiguity(self, query: str, parts: NameParts, same: list[str], rivals: list[str]) -> str:
        ranked = sorted(rivals, key=lambda n: -self._counts[n])[:3]
        others = ", ".join(f"{n.title()} ({self._counts[n]})" for n in ranked)
        surname = " ".join(parts.surname).title()
        return (
            f"{surname!r} alone may also be {others}: passages naming only {surname!r} are left "
            f"out of {query!r} ({self._passages(same)} passages name {query!r} in full)"
        )


def _words(text: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[^\W\d_]+", text)]


def given_first(name: str) -> str:
    """A name written surname first, as catalogues and lists write it ("Volcker, Paul A."), in
    the order news writes it ("Paul A. Volcker"), the order name matching reads: as written,
    "Paul" would be the surname. A suffix after the comma stays where it is ("Martin Luther
    King, Jr."): that comma marks no surname."""
    surname, comma, given = name.partition(",")
    if not comma or "," in given or not surname.strip() or not given.strip():
        return name
    if all(bare_word(word) in SUFFIXES for word in given.split()):
        return name
    return f"{given.strip()} {surname.strip()}"


_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")
"""An organisation's acronym as typed or listed: "ICO", "U.N.", "MITI"."""


def initials(name: str) -> str:
    """The acronym of an organisation's full name, lower case as the index holds names:
    "Ministry of International Trade and Industry" -> "miti", "U.S. Department of Agriculture"
    -> "usda"; empty for a name of one word."""
    words = [w for w in name.lower().split() if w not in ACRONYM_SKIPS]
    if len(words) < 2:
        return ""
    return "".join(w.replace(".", "") if w.count(".") > 1 else w[0] for w in words)


def _acronyms(name: str) -> set[str]:
    """The acronyms a body's name (as indexed) may go by: of all its words and, for a firm,
    without its company words ("General Motors Corp" is "GM", "National Broadcasting Co"
    "NBC")."""
    return {initials(name), initials(_firm_key(name))} - {""}


@dataclass(frozen=True)
class Beside:
    """What a sample of the passages holding one name of a field holds beside it: each name of
    the field (as written) with the passages listing it, and of those, the ones the text gives
    as that name's long or short form: "Brazilian Coffee Institute (IBC)" spells out an acronym
    of other letters (Portuguese "Instituto Brasileiro do Cafe"), as news does on first use."""

    passages: int
    listed: Counter[str]
    defined: Counter[str]


def names_beside(field: str, name: str, passages: Iterable[tuple[Sequence[str], str]]) -> Beside:
    """:class:`Beside` from ``(names of field as written, text)`` of passages holding ``name``
    (as indexed)."""
    listed: Counter[str] = Counter()
    defined: Counter[str] = Counter()
    read = 0
    for names, text in passages:
        read += 1
        written = set(names)
        listed.update(written)
        own = [n for n in written if indexed_name(field, n) == name]
        defined.update(
            other
            for other in written
            if other not in own
            and any(_defines(text, mine, other) or _defines(text, other, mine) for mine in own)
        )
    return Beside(read, listed, defined)


def _defines(text: str, long: str, short: str) -> bool:
    """Whether ``text`` writes the acronym ``short`` in brackets right after the name ``long``."""
    return " " in long and _ACRONYM.fullmatch(short) is not None and f"{long} ({short})" in text


def _an(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


class NameQueries:
    """The query for a name typed in an entity field (a filter or ``person:`` in the text), for
    one search: a name stands for its alias group (:mod:`.aliases`); person names are then
    matched by :class:`PersonNames`, other names by a full name exactly or any word of a name.
    Collects the notes and the names matched."""

    def __init__(
        self,
        people: Callable[[str], PersonNames],
        text_terms: Callable[[str], list[Any]],
        count: Callable[[Any], int],
        aliases: AliasTable | None = None,
        *,
        names_from: Callable[[str, str], Iterable[str]],
        beside: Callable[[str, str], Beside] | None = None,
    ) -> None:
        """``names_from(field, prefix)``: the names of ``field`` that start with ``prefix``
        (lower case, as indexed); ``beside(field, name)``: :func:`names_beside` of a sample of
        :func:`spelled_sample` of the passages holding ``name`` (as indexed) in ``field``,
        for the acronyms the archive spells out (:meth:`_spelled_out`)."""
        self._names_from = names_from
        self._beside = beside
        self._people = people
        self._text_terms = text_terms
        self._count = count
        self._aliases = aliases
        self.notes: list[str] = []
        self.matched: set[str] = set()

    def __call__(self, field: str, value: str) -> Any:
        if field not in _PERSON_FIELDS:
            names = self._variants(value)
            spelled = self._spelled_out(field, value, names) if field in _FIRM_FIELDS else []
            # an acronym the archive spells out stands as typed: "BP" finds as much beside
            # "British Petroleum" as typed itself (what merges their facet rows)
            query = self._bodies(field, names + spelled, typed=[value, *spelled])
            bare = without_possessive(value.strip())
            if field not in _FIRM_FIELDS or not bare or bare == value.strip():
                return query
            if next(iter(self._names_from(field, indexed_name(field, value))), None) is None:
                return query  # the archive writes no body so: "Kellogg's" is no "M.W. Kellogg"
            # "Wendy's" (also "Wendy's International Inc" here): where its "'s" read as a
            # possessive, the index holds the name "Wendy" (that name only: not "McDonald and
            # Co" for "McDonald's")
            exact = name_query(field, [bare], words=False)
            return exact if query is wq.NullQuery else wq.Or([query, exact])
        if field == SPEAKER.name:  # a speaker is a person or an organisation quoted
            # A word of a quoted body's name ("Reagan" of "Reagan administration") finds the
            # body only when nobody quoted is a person of that name.
            person = self._people(field).match(given_first(value)) is not None
            variants = self._variants(value)
            quoted = self._bodies(ORG_SPEAKER.name, variants, typed=[value], words=not person)
            # Counted only when a suggestion is in question: a name the index does not hold.
            people = self._person(field, value, suggest=lambda: not self._count(quoted))
            parts = [q for q in (people, quoted) if q is not wq.NullQuery]
            return wq.Or(parts) if len(parts) > 1 else (parts[0] if parts else wq.NullQuery)
        return self._person(field, value)

    def _person_for(self, field: str, key: str) -> str | None:
        """The full name (as indexed) a surname alone (``key``, as indexed) in a person field
        stands for in this archive (:meth:`PersonNames.stands_for`): "reagan" -> "ronald
        reagan"."""
        if field not in _PERSON_FIELDS or " " in key:
            return None
        return self._people(field).stands_for(key)

    def as_full_names(
        self,
        field: str,
        rows: Iterable[tuple[str, int]],
        display: Callable[[list[str]], list[str]],
    ) -> list[tuple[str, int]]:
        """Facet or statistics rows (name, passages writing it) with each surname alone that
        stands for one person (:meth:`_person_for`) under that person's full name (``display``:
        the names as written, from their indexed forms, asked once for all rows: a cluster
        answers them in one request), the rows of one name then added up: the stories that
        write only "the Reagan administration" are Ronald Reagan's, and the row's count is what
        his filter finds."""
        rows = list(rows)
        fulls = [self._person_for(field, indexed_name(field, name)) for name, _ in rows]
        shown = iter(display([full for full in fulls if full is not None]))
        merged: dict[str, int] = {}
        for (name, written), full in zip(rows, fulls, strict=True):
            as_name = name if full is None else next(shown)
            merged[as_name] = merged.get(as_name, 0) + written
        return list(merged.items())

    def co_mention(self, field: str, key: str, own: set[str]) -> str | None:
        """The name (as indexed) under which a timeline counts ``key`` (as indexed), a name
        beside the one charted: a surname alone under the full name it stands for, as facets
        show it; None for a name of ``own`` (the charted name's) or one ending in it."""
        full = self._person_for(field, key)
        for k in (key, full):
            if k is not None and (k in own or any(k.endswith(" " + o) for o in own)):
                return None
        return full or key

    def likeliest_kind(self, value: str) -> str:
        """The kind (person, organisation or place) that names ``value`` in the most passages,
        a person on a tie: what a timeline of a name charts when no kind is given ("OPEC" an
        organisation, "Reagan" a person). An organisation or place counts by its whole name, so
        "Canada" is the place, not a word of the "Bank of Canada"."""
        found = {PERSON.name: self._count(self(PERSON.name, value))}
        for kind in (ORG, PLACE):
            whole = self._bodies(kind.name, self._variants(value), typed=[value], words=False)
            found[kind.name] = self._count(whole)
        return max(found, key=lambda kind: found[kind])

    def _bodies(self, field: str, names: list[str], *, typed: list[str], words: bool = True) -> Any:
        """The query of an organisation's or a place's ``names`` (:func:`name_query`); of a
        firm's, with the names the index holds for it with or without company words: "General
        Motors" and "General Motors Corp" each find both. With ``words``, the names ``typed`` also
        find the names they are a word of, and a one-word alias added to them those it opens, or
        "Federal Reserve" would find "Cal Fed Income Partners" through its alias "Fed"."""
        query = name_query(field, names, words=words, typed=typed)
        keys = {_firm_key(indexed_name(field, n)) for n in names if " " in n.strip()}
        if field not in _FIRM_FIELDS or not keys:
            return query
        firms = sorted(
            {f for key in keys for f in self._names_from(field, key) if _firm_key(f) == key}
        )
        if not firms:
            return query
        self.matched.update(firms)
        exact = name_query(field, firms, words=False)
        return exact if query is wq.NullQuery else wq.Or([query, exact])

    def _variants(self, value: str) -> list[str]:
        """``value`` and the names the alias table groups with it ("U.S.", "United States")."""
        return sorted(self._aliases.variants(value)) if self._aliases else [value]

    def _spelled_out(self, field: str, value: str, names: list[str]) -> list[str]:
        """The acronym of a full name, or the full name of an acronym, that the archive writes
        beside it ("International Coffee Organization (ICO)"), where one body holds at least
        :data:`DOMINANT_SHARE` of the passages listing the acronym beside a name of its letters
        (not "ADB", the Asian and the African Development Bank alike). The standard aliases
        leave such acronyms out because they are not one body in all news; in one archive
        they usually are. A note says what was added."""
        if self._beside is None:
            return []
        keys = {indexed_name(field, n) for n in names}
        added: list[str] = []
        for name in names:
            key = indexed_name(field, name)
            if _ACRONYM.fullmatch(name.strip()):
                # an alias group that spells it out already says what it stands for ("OPEC")
                if not any(key in _acronyms(k) for k in keys if " " in k):
                    added += self._spelled(field, key)
                continue
            letters = _acronyms(key) | (self.bracketed(field, key) if " " in key else set())
            added += [a.upper() for a in letters - keys if self._stands_for(field, a, key)]
        added = [a for a in dict.fromkeys(added) if indexed_name(field, a) not in keys]
        self.matched.update(indexed_name(field, a) for a in added)  # none of its own co-mentions
        if added:
            more = len(added) - 1
            spellings = f" (and {more} other spelling{'s' * (more > 1)})" if more else ""
            self._note(
                f"{field} {value!r} also finds {added[0]!r}{spellings}, which this archive "
                "writes beside it"
            )
        return added

    def _spelled(self, field: str, acronym: str) -> list[str]:
        """The full names (as written, most listed first) that ``acronym`` (as indexed) stands
        for in this archive: those of its letters listed beside it, in the one group (of
        aliases, or of a firm's names with and without company words) holding
        :data:`DOMINANT_SHARE` of such passages."""
        assert self._beside is not None
        beside = self._beside(field, acronym)
        listed = beside.listed.items()
        full = {n: c for n, c in listed if acronym in _acronyms(indexed_name(field, n))}
        if not full:  # an acronym of other letters: "Brazilian Coffee Institute (IBC)"
            full = {n: c for n, c in listed if self._mostly_beside(field, n, acronym, beside)}
        groups: Counter[str] = Counter()
        for name, count in full.items():
            groups[self._group(name)] += count
        top = groups.most_common(1)
        if not top or top[0][1] < DOMINANT_SHARE * sum(groups.values()):
            return []
        named = (n for n in full if self._group(n) == top[0][0])
        return sorted(named, key=lambda n: (-full[n], n))

    def spelled_out_keys(self, field: str, keys: list[str]) -> dict[str, str]:
        """Of the names ``keys`` of a field (as indexed), each acronym that the archive spells
        out as one of the others (:meth:`_spelled`), with that name: "ldp" -> "liberal
        democratic party"."""
        if field not in _FIRM_FIELDS or self._beside is None:
            return {}
        full = [(key, _acronyms(key)) for key in keys if " " in key]
        found: dict[str, str] = {}
        for key in keys:
            named = next((f for f, letters in full if key in letters), None)
            if named is None and " " not in key:
                named = next((f for f, _ in full if key in self.bracketed(field, f)), None)
            if named is not None and self._stands_for(field, key, named):
                found[key] = named
        return found

    def bracketed(self, field: str, name: str) -> set[str]:
        """The names (as indexed) the archive gives as ``name``'s long or short form, one
        written after the other in brackets whatever their letters ("Brazilian Coffee
        Institute (IBC)": :class:`Beside`); none without a way to read passages."""
        if self._beside is None:
            return set()
        return {
            indexed_name(field, n) for n in self._beside(field, indexed_name(field, name)).defined
        }

    def _mostly_beside(self, field: str, name: str, acronym: str, beside: Beside) -> bool:
        """Whether the archive writes ``acronym`` (as indexed) in brackets after ``name`` (as
        written, from ``beside``, the acronym's :class:`Beside`) and lists the acronym in at
        least :data:`BRACKETED_SHARE` of the passages naming ``name``: a generic name spelled out
        once ("Communist Party (PCP)") names other bodies elsewhere."""
        assert self._beside is not None
        if name not in beside.defined:
            return False
        around = self._beside(field, indexed_name(field, name))
        together = sum(c for n, c in around.listed.items() if indexed_name(field, n) == acronym)
        return together >= BRACKETED_SHARE * around.passages

    def _stands_for(self, field: str, acronym: str, name: str) -> bool:
        """Whether the archive spells ``acronym`` out (:meth:`_spelled`) as the body ``name``
        stands for (both as indexed)."""
        group = self._group(name)
        return any(self._group(f) == group for f in self._spelled(field, acronym))

    def _group(self, name: str) -> str:
        """The body a name stands for: its alias group's canonical name, without company
        words, as indexed."""
        canonical = self._aliases.canonical(name) if self._aliases else name
        return _firm_key(indexed_name(ORG.name, canonical))

    def _person(self, field: str, value: str, *, suggest: Callable[[], bool] = lambda: True) -> Any:
        value = given_first(value)
        variants = self._variants(value)
        options: list[Any] = []
        held = False  # whether the index holds the name or one of its aliases
        for variant in variants:
            found = self._people(field).match(variant)
            if found is not None and found.text_words:
                found = self._by_title(field, found)
            if found is None:
                plain = name_query(field, [variant])
                held = held or (plain is not wq.NullQuery and bool(self._count(plain)))
                options.append(plain)
                continue
            held = True
            named = [wq.Term(field, name) for name in found.names]
            if field == PERSON.name:
                named += self._written(field, found.names)
            words = [t for w in found.text_words for t in self._text_terms(w)]
            if words:
                options.append(wq.And([named[0] if len(named) == 1 else wq.Or(named), *words]))
            else:
                options.extend(named)
            self.matched.update(found.names)
            if found.note and found.note not in self.notes:
                self.notes.append(found.note)
        if not held and suggest():
            self._suggest(field, value)  # of the name as typed, not of an alias of it
        options = [o for o in options if o is not wq.NullQuery]
        if not options:
            return wq.NullQuery
        return options[0] if len(options) == 1 else wq.Or(options)

    def _suggest(self, field: str, typed: str) -> None:
        """A note naming the surnames the index holds that are closest to a name it does not
        hold ("Volckr": did you mean Volcker?); nothing when none is close."""
        close = self._people(field).closest(typed)
        if not close:
            self._elsewhere(field, typed)
            return
        options = " or ".join(repr(name) for name in close)
        self._note(f"no {field} named {typed!r} here; did you mean {options}?")

    def _elsewhere(self, field: str, typed: str) -> None:
        """A note naming the kind of name the index holds ``typed`` as most often, when it
        holds no person (or speaker) of that name nor one close to it ("Bank of Canada" asked
        for as a person, as ``timeline`` does by default: an organisation; a speaker never
        quoted, whom ``--person`` finds, a person); else that it holds no such name at all, so
        that "0 passages" does not read as if the other filters or words found nothing."""
        kinds = [k for k in (PERSON, ORG, PLACE) if k.name != field]
        counts = {kind: self._count(name_query(kind.name, [typed])) for kind in kinds}
        kind, count = max(counts.items(), key=lambda kc: kc[1])
        elsewhere = f"; it is named as {_an(kind.noun)} ({kind.name})" if count else ""
        self._note(f"no {field} named {typed!r} here{elsewhere}")

    def _note(self, note: str) -> None:
        if note not in self.notes:
            self.notes.append(note)

    def _written(self, field: str, names: Iterable[str]) -> list[Any]:
        """The full names among ``names`` as phrases of the passage text: a passage that writes
        "Ivan Boesky" names him even where the entity model missed the name (a lower-case or
        all-capitals story, an unusual context). The phrase leaves out initials and lets one word
        stand between its words, so "Ivan Boesky" finds "Ivan F. Boesky" and the reverse. Only
        for names the archive tags as a person in at least :data:`WRITTEN_SHARE` of the passages
        that write them: "Merrill Lynch", tagged a person now and then, is a firm in most of its
        passages."""
        people = self._people(field)
        phrases = []
        for name in names:
            surname = set(name_parts(name).surname)
            if not any(len(w) > 1 and "." not in w and w not in surname for w in name.split()):
                continue  # a surname alone, or with initials ("E.F. Hutton"), is no full name
            terms = [t for t in self._text_terms(name) if len(t.text) > 1]
            if len(terms) < 2:
                continue
            phrase = wq.Phrase(terms[0].fieldname, [t.text for t in terms], slop=INITIAL_SLOP)
            if name not in people.written:
                written = self._count(phrase)
                missed = self._count(wq.AndNot(phrase, wq.Term(field, name)))
                # Only where it adds passages: a phrase costs more than a name's term.
                people.written[name] = (
                    bool(missed) and people.count(name) >= WRITTEN_SHARE * written
                )
            if people.written[name]:
                phrases.append(phrase)
        return phrases

    def _by_title(self, field: str, found: NameMatch) -> NameMatch:
        """The person that the words beside a shared surname ("Treasury Secretary Baker") name:
        the one whose full name the passages with those words hold (DOMINANT_SHARE of them), as
        a full-name match; else the surname with the words required in the text."""
        words = [t for w in found.text_words for t in self._text_terms(w)]
        if not words:
            return NameMatch(found.names, note=found.note)
        counts = [
            self._count(wq.And([wq.Or([wq.Term(field, n) for n in person]), *words]))
            for person in found.people
        ]
        best = max(range(len(counts)), key=counts.__getitem__)
        if counts[best] and counts[best] >= DOMINANT_SHARE * sum(counts):
            full = self._people(field).match(found.people[best][0])
            if full is not None:
                return full
        return found
