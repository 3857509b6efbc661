"""Enrichment as a list of named steps over one document per article (spaCy's pipeline model).

An article is segmented into passages, then each step reads what earlier steps assigned on the
:class:`Document` and assigns its own attributes: ``entities`` (tagger mentions), ``persons``
(names resolved across the article; also organisations and places), ``speakers`` (and
``org_speakers``, the organisations quoted) and ``dates``.
A step declares what it ``requires`` and ``assigns``, so a pipeline that asks for something no
earlier step provides is refused when it is built, not halfway through an archive. Users add
steps (a topic tagger writing ``labels``) or replace one (spaCy's entities in place of the
built-in tagger) with :meth:`Enricher.with_step`, without editing the package::

    enricher = Enricher.default().with_step(KeywordLabels("topic", {...}), after="dates")
    newsindex.index_paths(["archive/"], enricher=enricher)

The enricher is sent to the worker processes, so steps must pickle (plain classes do).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol, TypeVar, runtime_checkable

from ..articles import Article, DateSpan, Passage
from ..errors import NewsindexError
from .dates import find_dates
from .lexicon import MODIFYING_PREPOSITIONS
from .orgspeakers import DATELINE_LEAD
from .persons import MentionLike, article_persons
from .segment import Segment, segment
from .senses import cued_companies, named_things, one_sense, towns, variant_names, whole_names
from .speakers import find_attributions
from .tables import headline_names, table_names

if TYPE_CHECKING:
    from .ner.tagger import EntityTagger

__all__ = [
    "DEFAULT_STEPS",
    "DatesStep",
    "Document",
    "Enricher",
    "EntitiesStep",
    "PersonsStep",
    "SpeakersStep",
    "Step",
    "org_mentions",
    "possessive_names",
]

Name = tuple[str, int, int]
"""A name found in a passage: its text (canonical for persons) and its offsets."""


@dataclass(slots=True)
class Document:
    """One article while it is enriched: its passages and what each step found, by passage."""

    article: Article
    segments: list[Segment]
    mentions: list[list[MentionLike]] = field(default_factory=list)
    """Entity mentions (kind ``PER``/``ORG``/``LOC``) per passage, from the ``entities`` step."""
    persons: list[list[Name]] = field(default_factory=list)
    orgs: list[list[str]] = field(default_factory=list)
    places: list[list[str]] = field(default_factory=list)
    speakers: list[tuple[str, ...]] = field(default_factory=list)
    org_speakers: list[tuple[str, ...]] = field(default_factory=list)
    """Organisations each passage quotes or reports ("the Pentagon said"), from ``speakers``."""
    dates: list[tuple[DateSpan, ...]] = field(default_factory=list)
    labels: list[dict[str, tuple[str, ...]]] = field(default_factory=list)
    """Extra labels per passage (``{"topic": ("energy",)}``): indexed as searchable, facetable
    fields named after their key."""
    _owned: tuple[object, frozenset[str]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    """The last :meth:`possessive_names` and the ``mentions`` list it was made of."""

    def possessive_names(self) -> frozenset[str]:
        """:func:`possessive_names` of :attr:`mentions`, made once for the persons and the
        speakers steps (made again if a step assigns other mentions)."""
        if self._owned is None or self._owned[0] is not self.mentions:
            self._owned = (self.mentions, possessive_names(self.mentions))
        return self._owned[1]

    @property
    def texts(self) -> list[str]:
        return [s.text for s in self.segments]

    def passages(self) -> list[Passage]:
        """The enriched passages, whatever steps ran (missing attributes stay empty)."""
        n = len(self.segments)
        article_id = self.article.id
        article_labels = self.article.labels
        common = _labels(article_labels, {})  # most passages have only these
        return [
            Passage(
                article_id=article_id,
                position=seg.position,
                text=seg.text,
                heading=seg.heading,
                persons=_unique([name for name, _, _ in persons]),
                orgs=_unique(orgs),
                places=_unique(places),
                speakers=_unique(speakers),
                org_speakers=_unique(org_speakers),
                mentions=tuple(dates),
                labels=_labels(article_labels, labels) if labels else dict(common),
            )
            for seg, persons, orgs, places, speakers, org_speakers, dates, labels in zip(
                self.segments,
                _padded(self.persons, n, ()),
                _padded(self.orgs, n, ()),
                _padded(self.places, n, ()),
                _padded(self.speakers, n, ()),
                _padded(self.org_speakers, n, ()),
                _padded(self.dates, n, ()),
                _padded(self.labels, n, {}),
                strict=False,  # as many as the segments
            )
        ]


T = TypeVar("T")


def _labels(
    article: Mapping[str, Sequence[str]], passage: Mapping[str, Sequence[str]]
) -> dict[str, tuple[str, ...]]:
    """The article's own codes and the labels steps gave the passage, merged by name."""
    if not article and not passage:
        return {}
    names = dict.fromkeys([*article, *passage])
    merged = {k: _unique([*article.get(k, ()), *passage.get(k, ())]) for k in names}
    return {k: v for k, v in merged.items() if v}


def _padded(values: Sequence[T], n: int, empty: T) -> Sequence[T]:
    """``values`` with ``empty`` for each of the first ``n`` a step did not assign."""
    return values if len(values) >= n else [*values, *(empty,) * (n - len(values))]


def _unique(names: Sequence[str]) -> tuple[str, ...]:
    """Names in first-seen order, without case-insensitive repeats."""
    if len(names) < 2:  # most passages: nothing to compare
        return tuple(names)
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return tuple(seen.values())


@runtime_checkable
class Step(Protocol):
    """An enrichment step: reads ``requires`` from the document, sets ``assigns`` on it."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Document) -> None: ...


class EntitiesStep:
    """Entity mentions from the tagger (the built-in averaged perceptron by default), a name's
    kind decided once per article (:func:`.senses.one_sense`: "Chrysler" after "Chrysler Corp"
    is the company; "Tessco" beside "shares of Tessco": :func:`.senses.cued_companies`; "Moore"
    beside "Moore, Okla.": :func:`.senses.towns`), a long name tagged whole once whole
    everywhere in the article (:func:`.senses.whole_names`); a table of figures keeps only the
    names the prose writes, and places (:func:`.tables.table_names`), a title-cased headline
    those that look like names there too (:func:`.tables.headline_names`); a Greek letter the
    article names as a variant is no name (:func:`.senses.variant_names`)."""

    name = "entities"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("mentions",)

    def __init__(self, tagger: EntityTagger | None = None) -> None:
        if tagger is None:
            from .ner.tagger import EntityTagger

            tagger = EntityTagger.load()
        self.tagger = tagger

    def __call__(self, doc: Document) -> None:
        texts = doc.texts
        tagger = self.tagger
        lists_place = tagger.lists_place
        tagged = headline_names(
            texts, table_names(texts, tagger.article_mentions(texts), lists_place), tagger
        )
        found = cued_companies(
            texts,
            one_sense(tagged, lists_place, tagger.may_name_person),
            lambda w: tagger.may_name_person(w) or lists_place(w) or tagger.usually_lower(w),
            tagger.names_nationality,
        )
        found = named_things(texts, towns(texts, found, tagger.names_state))
        doc.mentions = variant_names(texts, whole_names(texts, found))


class PersonsStep:
    """Person names resolved across the article (one sense per article), and the organisations
    and places the person pass did not claim."""

    name = "persons"
    requires: tuple[str, ...] = ("mentions",)
    assigns: tuple[str, ...] = ("persons", "orgs", "places")

    def __call__(self, doc: Document) -> None:
        doc.persons = article_persons(doc.texts, doc.mentions)
        owned = doc.possessive_names()
        doc.orgs, doc.places = [], []
        for ms, people in zip(doc.mentions, doc.persons, strict=True):
            orgs, places = _others(ms, people, owned)
            doc.orgs.append(orgs)
            doc.places.append(places)


class SpeakersStep:
    """Who each passage quotes or reports: persons, and apart from them organisations."""

    name = "speakers"
    requires: tuple[str, ...] = ("mentions", "persons")
    assigns: tuple[str, ...] = ("speakers", "org_speakers")

    def __call__(self, doc: Document) -> None:
        owned = doc.possessive_names()
        orgs = [
            org_mentions(ms, people, owned, text)
            for ms, people, text in zip(doc.mentions, doc.persons, doc.texts, strict=True)
        ]
        found = find_attributions(doc.texts, doc.persons, orgs)
        doc.speakers = [s.persons for s in found]
        doc.org_speakers = [s.orgs for s in found]


class DatesStep:
    """The dates each passage mentions, resolved against the article date; an anaphor may
    refer to the last date of the passage before ("... in June 1998." / "The following
    month, ...")."""

    name = "dates"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("dates",)

    def __call__(self, doc: Document) -> None:
        base = doc.article.date
        dates: list[tuple[DateSpan, ...]] = []
        for text in doc.texts:
            previous = dates[-1][-1] if dates and dates[-1] else None
            dates.append(tuple(find_dates(text, base, previous=previous)))
        doc.dates = dates


DEFAULT_STEPS = ("entities", "persons", "speakers", "dates")


def possessive_names(mentions: Sequence[Sequence[MentionLike]]) -> frozenset[str]:
    """The organisations and places an article writes only with "'s" ("Moody's", "Lloyd's"):
    their "'s" is part of the name, where "Texaco's" beside "Texaco" is a possessive."""
    written = {m.text for row in mentions for m in row if m.kind in _SPEAKING}
    return frozenset(
        name for name in written if name.endswith(_POSSESSIVES) and _clean(name) not in written
    )


def _others(
    mentions: Sequence[MentionLike], people: Sequence[Name], owned: frozenset[str]
) -> tuple[list[str], list[str]]:
    """The organisations and the places among ``mentions`` that the article-level person pass
    did not claim as a person (one pass for both kinds)."""
    orgs: list[str] = []
    places: list[str] = []
    for m in mentions:
        if m.kind in _SPEAKING and not (
            people and any(s < m.end and m.start < e for _, s, e in people)
        ):
            (orgs if m.kind == "ORG" else places).append(_name(m.text, owned))
    return orgs, places


def org_mentions(
    mentions: Sequence[MentionLike],
    people: Sequence[Name],
    owned: frozenset[str] = frozenset(),
    text: str = "",
) -> list[Name]:
    """One passage's organisation mentions with offsets, in order, as ``find_attributions``
    reads them: the tagger's ``ORG`` mentions that the person pass did not claim, and its
    places, which speak as their governments ("China said", "according to Moscow"), but not a
    place joined to the next word by a hyphen in ``text`` ("the Houston-based company said" is
    the company's), a town's state or country (:func:`_state_of_town`) nor the places of a
    dateline that opens the passage ("PARIS - Airbus Industrie, the European airplane maker,
    said": Airbus speaks); ``owned``: names whose "'s" is their own
    (:func:`possessive_names`)."""
    dateline = DATELINE_LEAD.match(text) if text[:1].isupper() else None
    after = dateline.end() if dateline else 0
    return [
        (_name(m.text, owned), m.start, m.end)
        for i, m in enumerate(mentions)
        if m.kind in _SPEAKING
        and m.end > after
        and not (people and any(s < m.end and m.start < e for _, s, e in people))
        and text[m.end : m.end + 1] != "-"
        and not (i and _state_of_town(text, mentions[i - 1], m))
    ]


def _state_of_town(text: str, town: MentionLike, place: MentionLike) -> bool:
    """Whether ``place`` is the state or country of the ``town`` a preposition names before it,
    set off by commas: "the company, based in Dallas, Texas, said", "the Bass family of Fort
    Worth, Texas, said" say where, not who speaks."""
    if town.kind != "LOC" or place.kind != "LOC" or text[town.end : place.start] != ", ":
        return False
    before = text[max(0, town.start - 12) : town.start].split()
    return text.startswith(",", place.end) and bool(before) and before[-1] in MODIFYING_PREPOSITIONS


_SPEAKING = frozenset(("ORG", "LOC"))
_POSSESSIVES = ("'s", "’s")


def _name(text: str, owned: frozenset[str]) -> str:
    return " ".join(text.split()) if text in owned else _clean(text)


@lru_cache(maxsize=1 << 14)  # the same organisations and places recur across articles
def _clean(name: str) -> str:
    """The name an organisation or place is stored under: without a possessive's "'s", quotes
    and, before two words or more, "The" ("The Washington Post" and "Washington Post" are one
    paper, which a filter, a facet and an export must count once; "The Hague", "The Post" keep
    it)."""
    name = " ".join(name.split())
    for suffix in _POSSESSIVES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    name = name.strip(" ,;:\"'“”‘’")  # not ".": "U.S." keeps its dot
    if name.startswith(("The ", "the ")) and name.count(" ") > 1:
        name = name[4:]
    return name


class Enricher:
    """Turns articles into enriched passages by running its steps in order."""

    def __init__(self, steps: Sequence[Step]) -> None:
        self.steps: tuple[Step, ...] = tuple(steps)
        _check(self.steps)

    @classmethod
    def default(cls, tagger: EntityTagger | None = None) -> Enricher:
        """The built-in pipeline; loads the shipped entity model unless ``tagger`` is given."""
        return cls([EntitiesStep(tagger), PersonsStep(), SpeakersStep(), DatesStep()])

    load = default

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.steps)

    def with_step(
        self,
        step: Step,
        *,
        before: str | None = None,
        after: str | None = None,
        replace: str | None = None,
    ) -> Enricher:
        """A new enricher with ``step`` added last, ``before``/``after`` a named step, or in
        place of one (``replace="entities"`` swaps the entity tagger)."""
        given = [n for n in (before, after, replace) if n is not None]
        if len(given) > 1:
            raise NewsindexError("with_step takes one of before=, after= or replace=")
        steps = list(self.steps)
        if not given:
            steps.append(step)
        else:
            where = self._position(given[0])
            if replace is not None:
                steps[where] = step
            else:
                steps.insert(where + (after is not None), step)
        return Enricher(steps)

    def without(self, name: str) -> Enricher:
        """A new enricher without the step called ``name`` (and so without what it assigns)."""
        return Enricher([s for i, s in enumerate(self.steps) if i != self._position(name)])

    def _position(self, name: str) -> int:
        for i, s in enumerate(self.steps):
            if s.name == name:
                return i
        raise NewsindexError(f"no enrichment step {name!r}; the steps are {', '.join(self.names)}")

    def document(self, article: Article) -> Document:
        """The article segmented and run through every step."""
        doc = Document(article, segment(article))
        for step in self.steps:
            step(doc)
        return doc

    def enrich(self, article: Article) -> list[Passage]:
        return self.document(article).passages()


def _check(steps: Sequence[Step]) -> None:
    """Every step is a Step whose requirements an earlier step assigns; names are unique."""
    provided: set[str] = set()
    seen: set[str] = set()
    for step in steps:
        if not isinstance(step, Step):
            raise NewsindexError(
                f"{step!r} is not an enrichment step: give it name, requires, assigns and "
                "__call__(doc)"
            )
        if step.name in seen:
            raise NewsindexError(f"two enrichment steps are called {step.name!r}")
        missing = [r for r in step.requires if r not in provided]
        if missing:
            raise NewsindexError(
                f"enrichment step {step.name!r} requires {', '.join(missing)}, which no step "
                "before it assigns"
            )
        seen.add(step.name)
        provided.update(step.assigns)
