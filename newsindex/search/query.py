"""User query text and filters → Whoosh queries (the only module that builds them).

The query language is Whoosh's, parsed by Whoosh's own parser and plugins (words, "phrases",
AND/OR/NOT, parentheses, ``field:value``, wildcards, ``~`` fuzzy and proximity, ranges), plus
newsindex's fields: entity names match full names and surnames, ``date:``/``mentions:`` take ISO
dates and ranges, ``since:``/``until:`` take relative dates ("last week"), and each extra label
is a field of its own. Quoting always wins: nothing inside quotes is a field or an operator.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import re
import weakref
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from whoosh import query as wq
from whoosh.fields import ID, TEXT
from whoosh.matching import NullMatcher
from whoosh.qparser import (
    AndGroup,
    FieldAliasPlugin,
    FuzzyTermPlugin,
    GtLtPlugin,
    OperatorsPlugin,
    QueryParser,
    WildcardPlugin,
    syntax,
)
from whoosh.qparser.plugins import Plugin

from ..articles import split_passage_id
from ..errors import InvalidArgumentError, InvalidFilterError, QuerySyntaxError
from ..index.analysis import fold, fold_name
from ..index.schema import (
    DATE,
    ENTITY_FIELDS,
    MENTION_SPANS,
    MENTIONS,
    ORGS,
    PERSONS,
    PLACES,
    SECTION,
    SOURCE,
    SPEAKERS,
    TEXT_FIELD,
    TITLE,
    check_label_name,
    day_from_key,
    label_field,
    words_field,
)
from ..kinds import ENTITY_KINDS, FILTER_NAMES, MATCH_MODES, SORTS
from ..nlp.lexicon import QUERY_STOP_WORDS
from .ranking import SortedIds, query_term_weight
from .spelling import edit_distance, edit_limit

__all__ = [
    "MENTION_WITHIN_SCORE",
    "DayWindow",
    "Filters",
    "ParsedQuery",
    "QueryBuilder",
    "as_date",
    "as_date_span",
    "asked_days",
    "completion",
    "mentions_unranked",
    "mentions_within",
]

RELATIVE_FIELDS = ("since", "until")
"""Fields of the query text that bound the article date instead of matching a term."""
USER_FIELDS = frozenset({TEXT_FIELD, TITLE, SECTION, SOURCE, DATE, MENTIONS, *ENTITY_FIELDS})
FIELD_ALIASES: Mapping[str, tuple[str, ...]] = {
    PERSONS: ("persons", "people"),
    ORGS: ("orgs", "organisation", "organization"),
    PLACES: ("places", "location"),
    SPEAKERS: ("speakers", "said"),
    SECTION: ("heading",),
    MENTIONS: ("mention",),
}
_EXAMPLE_VALUES = {
    DATE: "2025-05-06",
    MENTIONS: "2025-05-06",
    "since": "2025-05-01",
    "until": "2025-05-31",
}
"""The example in the message of a date field typed without a value (other fields: a name)."""
_ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})", re.IGNORECASE)
"""An ISO week as histograms by week label it ("2025-W19")."""
MAX_EDITS = 2
"""The most edits a fuzzy word (``word~N``) allows, as Elasticsearch's fuzziness."""
ALL_WORDS_UP_TO = 3
"""In the ``auto`` match mode, queries of up to this many words need all of them (falling back
to any of them when no passage has all); longer ones, typically pasted text, need any of them,
best matches first."""
_MINUS = r"-(?=[^\s-])"
"""A minus that leaves out what follows it ("-quota", "-(steel OR aluminium)"), where a word,
field or parenthesis starts: not a hyphen inside a word, nor a dash standing alone."""
_OPERATOR_WORD = re.compile(rf"(?<!\S)(?:AND|OR|NOT|ANDNOT|ANDMAYBE)(?!\S)|(?<![^\s(]){_MINUS}")
_QUOTED = re.compile(r'"[^"]*"?')
_PLAIN_WORDS = re.compile(r"\s*[^\W_]+(?:\s+[^\W_]+)*\s*")
"""Queries of bare words only: no syntax the parser would read, so it can be skipped."""
_RESERVED_WORDS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"})
_QUOTES = str.maketrans(dict.fromkeys("“”„‟«»＂〝〞", '"'))
"""Typographic double quotes, as phones and word processors type them (“trade deal”), read as
the query's quote; single ones stay (they are apostrophes: "O’Brien")."""


@dataclass(frozen=True, slots=True)
class Filters:
    """Structured filters applied on top of the query text (all optional, all combined)."""

    person: str | None = None
    org: str | None = None
    place: str | None = None
    speaker: str | None = None
    org_speaker: str | None = None
    source: str | None = None
    since: dt.date | str | None = None
    until: dt.date | str | None = None
    mentions: dt.date | str | None = None
    labels: Mapping[str, str | tuple[str, ...]] | None = None
    """Extra label values by label name (``{"topic": "energy"}``; ``{"topic": ("crude",
    "grain")}``: each value must hold): see ``Passage.labels``."""

    def __post_init__(self) -> None:
        """Refuse a bad value where the filters are built, not at the first search."""
        for name in (*(k.name for k in ENTITY_KINDS), "source"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise InvalidFilterError(name, value, "expected a non-empty name")
        for name in ("since", "until", "mentions"):
            value = getattr(self, name)
            if value is not None:
                as_date_span(value, name=name, as_of=dt.date.today())  # the form, not the day
        if self.labels is not None and (
            not isinstance(self.labels, Mapping)
            or not all(
                isinstance(k, str) and all(isinstance(x, str) for x in _values(v))
                for k, v in self.labels.items()
            )
        ):
            raise InvalidFilterError(
                "labels", self.labels, "expected names mapped to a value or a tuple of values"
            )

    @staticmethod
    def parse_labels(texts: Iterable[str]) -> dict[str, str | tuple[str, ...]] | None:
        """Label filters written as the CLI and the web API take them, ``NAME=VALUE``
        ("topic=energy"), as :attr:`labels`; None for none. Each must hold, one name's values
        too ("topic=crude", "topic=grain": a tuple of both), as the page's label facets,
        counted under the filters given, promise (the second value used to replace the first
        without a word)."""
        labels: dict[str, tuple[str, ...]] = {}
        for text in texts:
            name, sep, value = (part.strip() for part in text.partition("="))
            if not (sep and name and value):
                raise InvalidFilterError("label", text, "expected NAME=VALUE (topic=energy)")
            same = next((n for n in labels if n.casefold() == name.casefold()), name)
            labels[same] = (*labels.get(same, ()), value)
        return {n: v[0] if len(v) == 1 else v for n, v in labels.items()} or None


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """What the query text asks for, ready to combine with the filters."""

    required: Any | None
    """Every clause as typed: all words must match (None: nothing to score)."""
    loose: Any | None = None
    """The same with the free words relaxed to "any of them" (field clauses, phrases, wildcards
    stay required); None when nothing can be relaxed (one word, or operators the user wrote)."""
    words: tuple[str, ...] = ()
    """The free words, as typed, that :attr:`loose` relaxes."""
    since: str | None = None
    until: str | None = None
    everything: bool = False
    """The query was ``*``: every passage, newest first."""


def as_date_span(value: dt.date | str, *, name: str, as_of: dt.date) -> tuple[dt.date, dt.date]:
    """A filter value (date, ISO string, "May 2025", "last week") as a first/last day pair."""
    if isinstance(value, dt.datetime):
        return value.date(), value.date()
    if isinstance(value, dt.date):
        return value, value
    if not isinstance(value, str) or not value.strip():
        raise InvalidFilterError(name, value, "expected a date such as 2025-05-06 or 'last week'")
    week = _ISO_WEEK.fullmatch(value.strip())
    if week is not None:  # a period of a histogram by week (kinds.period_label)
        try:
            monday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        except ValueError:
            raise InvalidFilterError(name, value, "no such week") from None
        return monday, monday + dt.timedelta(days=6)
    from ..nlp.dates import parse_date_filter

    try:
        span = parse_date_filter(value.strip(), as_of=as_of)
    except InvalidFilterError as exc:
        raise InvalidFilterError(name, value, str(exc).split(": ", 1)[-1]) from None
    return span.start, span.end


def as_date(value: object, name: str) -> dt.date:
    """A day given as a date, a datetime or an ISO string; today when None."""
    if value is None:
        return dt.date.today()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InvalidArgumentError(name, value, "expected a date or an ISO day such as 2025-05-06")


def passage_key(pid: str) -> tuple[str, int]:
    """A passage id's article id and position, for either engine; an id without a position
    (``similar reuters-144``, an article's) is refused with its first passage's id."""
    try:
        return split_passage_id(pid)
    except ValueError:
        article = f"; an article's first passage is {pid}#0" if "#" not in pid else ""
        reason = f"not a passage id (ARTICLE_ID#POSITION){article}"
        raise InvalidArgumentError("passage", pid, reason) from None


def _day_key(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


NameQuery = Callable[[str, str], Any]
"""Builds the query for a name typed in an entity field: ``names(field, "Ronald Reagan")``."""


def _plain_names(field: str, value: str) -> Any:
    return name_query(field, [value])


class _Refused(Exception):
    """Raised inside the parser's filters; :meth:`QueryBuilder.parse` adds the query text."""

    def __init__(self, position: int | None, reason: str) -> None:
        super().__init__(reason)
        self.position = position
        self.reason = reason


class _GtLtAfterField(GtLtPlugin):  # type: ignore[misc]
    """``date:>2025-05-01``; a ``<`` or ``>`` anywhere else is punctuation ("<DAL>", "a<b"),
    where Whoosh's own plugin fails on a sign with no field before it."""

    expr = r"(?<=:)(?P<rel>(<=|>=|<|>|=<|=>))"


class _InnerWildcards(WildcardPlugin):  # type: ignore[misc]
    """``tarif*`` and ``wom?n``; a question mark that ends a word is punctuation ("science?" in
    a pasted question), not a wildcard that would match nothing."""

    expr = r"(?P<text>[*]|[?\u055E\u061F\u1367](?=\w))"


class BlendedFuzzyTerm(wq.FuzzyTerm):  # type: ignore[misc]
    """``tarifs~``: the words within the edit distance (a swap of neighbours counting one) of
    the word as typed (``typed``, folded and lower case, as Elasticsearch's fuzzy query takes
    it), then those within it of its stem and starting with the same letter ("goverment" is
    three edits from "govern", the stem of "government", its stem "gover" one), each scored
    with the rarity of the commonest of them (Elasticsearch's ``top_terms_blended_freqs``),
    weighed by its closeness (typed first) and by how common it is beside the commonest: the
    word the archive usually writes is the one meant. Scored on its own rarity, a rare
    misspelling ("tarrif") would outrank the word meant ("tariffs"); near the stem alone,
    "coffe~" (stem "coff") found "off" in every price table first and "cofee~" (stem "cofe")
    "come"."""

    typed: str | None = None
    _found: tuple[tuple[object, ...], dict[str, int]] | None = None

    def _edits(self, reader: Any) -> dict[str, int]:
        """Each word of ``reader`` starting as the typed word does (its first letter, or the
        prefix asked) with its edits from the typed word, or past :attr:`maxdist` from the stem;
        the words of a letter are compared one by one, each comparison stopping once over
        (Whoosh's ``terms_within`` took a second for two edits on Reuters). Remembered per
        reader: a search asks for them again to score, count and highlight."""
        key = (id(reader), self.typed, self.text, self.maxdist, self.prefixlength)
        if self._found is not None and self._found[0] == key:
            return self._found[1]
        field, typed, stem, most = self.field(), self.typed or self.text, self.text, self.maxdist
        edits = {}
        for raw in reader.expand_prefix(field, typed[: max(1, self.prefixlength)]):
            word = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            typo = edit_distance(typed, word, most)
            if typo is None:
                off = edit_distance(stem, word, most)
                typo = None if off is None else (off and most + off)
            if typo is not None:
                edits[word] = typo
        self._found = (key, edits)
        return edits

    def _btexts(self, reader: Any) -> Iterable[str]:
        return sorted(self._edits(reader))

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        idf = getattr(getattr(searcher, "weighting", None), "idf", None)
        reader = searcher.reader()
        field = self.field()
        edits = self._edits(reader)
        if idf is None or len(edits) < 2:
            return super().matcher(searcher, context)
        rarity = {w: idf(searcher, field, w) for w in edits}
        usage = {w: 1 + math.log(max(1, reader.doc_frequency(field, w))) for w in edits}
        common, usual = min(rarity.values()), max(usage.values())
        typed = self.typed or self.text
        terms = []
        for word, typo in edits.items():
            closeness = 1 - typo / (len(typed) + 1)
            blend = common / rarity[word] if rarity[word] else 1.0
            boost = self.boost * closeness * blend * usage[word] / usual
            terms.append(wq.Term(field, word, boost=boost))
        return wq.Or(terms).matcher(searcher, context)


class _BlendedFuzzyPlugin(FuzzyTermPlugin):  # type: ignore[misc]
    """Whoosh's ``word~N`` syntax, building :class:`BlendedFuzzyTerm`; ``word~`` allows the
    edits Elasticsearch's ``AUTO`` fuzziness does for the word's length (:func:`auto_edits`),
    not always one ("inflaton~" found nothing: its stem is two edits from "inflat")."""

    class FuzzyTermNode(FuzzyTermPlugin.FuzzyTermNode):  # type: ignore[misc]
        """At most :data:`MAX_EDITS` edits, whatever the query asks ("tariffs~5" matched
        nearly every word, and took seconds on a large archive)."""

        qclass = BlendedFuzzyTerm

        def __init__(self, wordnode: Any, maxdist: int | None, prefixlength: int) -> None:
            edits = auto_edits(wordnode.text) if maxdist is None else min(maxdist, MAX_EDITS)
            super().__init__(wordnode, edits, prefixlength)

        def query(self, parser: Any) -> Any:
            q = super().query(parser)
            if isinstance(q, BlendedFuzzyTerm):
                q.typed = fold(self.text).lower()
            return q

    def create(self, parser: Any, match: Any) -> Any:
        node = super().create(parser, match)
        if not match.group("maxdist"):
            node.maxdist = None  # the word's own (FuzzyTermNode)
        return node


def auto_edits(word: str) -> int:
    """Elasticsearch's ``AUTO`` fuzziness: no edit for a word of one or two letters, one for
    three to five, two for longer ones."""
    return 0 if len(word) <= 2 else 1 if len(word) <= 5 else MAX_EDITS


class _FieldCheck(Plugin):  # type: ignore[misc]
    """Field names resolved case-insensitively (aliases, label names); an unknown field or a
    field with no value is an error naming its position, never text silently searched."""

    def __init__(self) -> None:
        self.labels: frozenset[str] = frozenset()
        self._aliases = {a: f for f, names in FIELD_ALIASES.items() for a in names}

    def filters(self, parser: Any) -> list[tuple[Any, int]]:
        return [(self._check, 95)]  # after aliases (90), before ranges (99) and fields (100)

    def _check(self, parser: Any, group: Any) -> Any:
        for i, node in enumerate(group):
            if isinstance(node, syntax.GroupNode):
                self._check(parser, node)
            if not isinstance(node, syntax.FieldnameNode):
                continue
            given = node.fieldname
            name = self._aliases.get(given.lower(), given.lower())
            following = group[i + 1] if i + 1 < len(group) else None
            no_value = following is None or following.is_ws()
            if name in self.labels:
                name = label_field(name)
            elif name not in USER_FIELDS and name not in RELATIVE_FIELDS:
                if no_value:
                    continue  # "Note: the report": a colon in text
                known = ", ".join(sorted({*USER_FIELDS, *RELATIVE_FIELDS, *self.labels}))
                raise _Refused(
                    node.startchar,
                    f"unknown field {given!r} (fields: {known}); put text with a colon in quotes",
                )
            empty = (
                following is None or no_value or (following.has_text and not following.text.strip())
            )
            starred = (  # "since:*": a date bound is no field with any value
                name in RELATIVE_FIELDS
                and following is not None
                and following.has_text
                and "*" in following.text
            )
            if empty or starred:
                typed = str(node.original).rstrip(":") or given  # as typed, before aliases
                example = _EXAMPLE_VALUES.get(name, "Okafor")
                need = "a value" if empty else "a date"
                raise _Refused(node.startchar, f"{typed}: needs {need}, e.g. {typed}:{example}")
            node.fieldname = name
        return group


def _node_span(node: Any, field: str, as_of: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The days a ``date:``/``mentions:`` term or range covers (``>``/``<`` exclude the day)."""
    if isinstance(node, wq.Term):
        return as_date_span(str(node.text), name=field, as_of=as_of)
    start = end = None
    if node.start:
        first, last = as_date_span(str(node.start), name=field, as_of=as_of)
        start = last + dt.timedelta(days=1) if node.startexcl else first
    if node.end:
        first, last = as_date_span(str(node.end), name=field, as_of=as_of)
        end = first - dt.timedelta(days=1) if node.endexcl else last
    return start, end


def day_range(field: str, start: dt.date | None, end: dt.date | None) -> Any:
    """Days ``start``..``end`` (either open) of a ``YYYYMMDD`` keyword field."""
    return _DayRange(field, _day_key(start) if start else None, _day_key(end) if end else None)


class _DayRange(wq.TermRange):  # type: ignore[misc]
    """A range of day terms whose postings are read a block at a time into one sorted array
    when matched, each passage scoring the range's boost: Whoosh unions a range's terms through
    a tree of binary matchers, a step per passage per level (its array union steps through
    them a posting at a time), so that a range of weeks over a large archive costs many times
    what the array does, for the same passages. Equal to the plain range it stands for (tests,
    query rewriting)."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, wq.TermRange) and _range_key(self) == _range_key(other)

    __hash__ = wq.TermRange.__hash__

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        reader = searcher.reader()
        keys = [t for t in self._btexts(reader) if t]
        # A mention longer than the days indexed one by one ("1986", "the second quarter")
        # is a passage's too when it lies within the range (MENTION_SPANS).
        ids = set(self._spans_within(reader)) if self.fieldname == MENTIONS else set()
        if len(keys) < 2 and not ids:
            return super().matcher(searcher, context)
        # Each matching passage counts 1, as a range's constant score means (and as the
        # cluster's range query scores): the binary tree scored each day term with the index's
        # BM25, so "oil mentions:1987-03" ranked passages by how many March days they mention.
        for key in keys:
            ids.update(reader.postings(self.fieldname, key).all_ids())
        return SortedIds(array("I", sorted(ids)), all_weights=self.boost)

    def _spans_within(self, reader: Any) -> frozenset[int]:
        if not (self.start or self.end) or MENTION_SPANS not in reader.schema:
            return frozenset()
        window = DayWindow(self.start or None, self.end or None)
        return _SpansWithin((window,)).held(reader)


def _range_key(q: Any) -> tuple[Any, ...]:
    return (q.fieldname, q.start, q.end, q.startexcl, q.endexcl, q.boost, q.constantscore)


def _weighted(terms: Iterable[Any], counts: Mapping[str, int] | None = None) -> list[Any]:
    """Repeated words as one term weighted by how often the query says it, saturating as BM25's
    query-term weight (k3 = :data:`~.ranking.QUERY_TF_SATURATION`): a pasted paragraph's key
    words count more, a word a list repeats ("bone, bone cells, bone diseases") not four times
    more. ``counts`` gives the times each word was typed when ``terms`` are already without
    repeats."""
    seen = Counter(terms)
    return [
        t
        if (n := max(seen[t], (counts or {}).get(t.text, 1))) == 1
        else wq.Term(t.fieldname, t.text, boost=query_term_weight(n))
        for t in seen
    ]


def _is_everything(q: Any) -> bool:
    """``*`` or ``*:*`` as parsed (before normalising turns a lone ``*`` into an Every)."""
    if isinstance(q, wq.Every):
        return q.fieldname in (None, TEXT_FIELD)
    return isinstance(q, wq.Wildcard) and q.text == "*" and q.fieldname == TEXT_FIELD


def _without_stars(q: Any) -> Any | None:
    """``q`` without the ``*`` clauses of its Ands; None when it is nothing but ``*``. A field's
    ``*`` (``person:*``) is every passage with a value in the field, not every passage."""
    if _is_everything(q):
        return None
    if isinstance(q, wq.Wildcard) and q.text == "*":
        return wq.Every(q.fieldname)
    if isinstance(q, wq.And | wq.Or) and q.subqueries:  # an empty one held function words
        kept = [k for k in (_without_stars(sub) for sub in q.subqueries) if k is not None]
        if not kept or (isinstance(q, wq.Or) and len(kept) < len(q.subqueries)):
            return None  # an Or with a "*" in it is every passage
        return type(q)(kept, boost=q.boost)
    return q


def _narrowed_ranges(q: Any) -> Any:
    """``q`` with each And's ranges of one field that overlap made their intersection before
    Whoosh normalises it: Whoosh 2.7.4 joins a range and one inside it into the *wider*
    ("date:[1 TO 2] AND date:[1 TO 3]" would match day 3)."""
    if q.is_leaf():
        return q
    q = q.apply(_narrowed_ranges)
    if not isinstance(q, wq.And):
        return q
    kept: list[Any] = []
    for sub in q.subqueries:
        if type(sub) is wq.TermRange:
            for i, other in enumerate(kept):
                if type(other) is wq.TermRange and other.fieldname == sub.fieldname:
                    both = _intersection(other, sub)
                    if both is not None:
                        kept[i] = both
                        break
            else:
                kept.append(sub)
        else:
            kept.append(sub)
    return q if len(kept) == len(q.subqueries) else _joined(kept, wq.And).with_boost(q.boost)


def _intersection(a: Any, b: Any) -> Any | None:
    """The range of the terms both term ranges hold; None when none."""
    low = max(
        (a.start is not None, a.start or "", a.startexcl),
        (b.start is not None, b.start or "", b.startexcl),
    )
    high = min(
        (a.end is None, a.end or "", not a.endexcl), (b.end is None, b.end or "", not b.endexcl)
    )
    start = low[1] if low[0] else None
    end = None if high[0] else high[1]
    startexcl, endexcl = low[2], not high[2]
    if (
        start is not None
        and end is not None
        and (start > end or (start == end and (startexcl or endexcl)))
    ):
        return None
    return wq.TermRange(
        a.fieldname,
        start,
        end,
        startexcl,
        endexcl,
        boost=max(a.boost, b.boost),
        constantscore=a.constantscore or b.constantscore,
    )


_SIGNS = re.compile(r"[()+\-!]")
"""Signs that group or negate, dropped from a query Whoosh cannot read with them."""


def _check_closed(text: str) -> None:
    """Quotes and ranges must be closed: what they would leave open changes the query's
    meaning. (A stray parenthesis or operator is read as text, as pasted text has them.)"""
    if text.count('"') % 2:
        raise QuerySyntaxError(text, text.rfind('"'), 'unclosed quote: add the closing "')
    outside = _QUOTED.sub(lambda m: " " * len(m.group()), text)
    for opening, closing in (("[", "]"), ("{", "}")):
        start = outside.find(opening)
        if start >= 0 and closing not in outside[start:] and "]" not in outside[start:]:
            raise QuerySyntaxError(text, start, f"range {opening!r} is never closed")


_FIELD_PREFIX = re.compile(r"\w+:")
_WORD = re.compile(r"[^\W_]+")


def _has_words(text: str) -> bool:
    """Whether ``text`` has a word besides field names and operators: "((((", "!!!" or "OR OR"
    parse to nothing, as the empty query does, and are refused as it is, not answered with an
    empty page that looks like an archive without a match."""
    return any(w not in _RESERVED_WORDS for w in _WORD.findall(_FIELD_PREFIX.sub(" ", text)))


def _joined(parts: list[Any], kind: type[Any]) -> Any:
    return parts[0] if len(parts) == 1 else kind(parts)


class QueryBuilder:
    """Parses query text and builds filter queries for one schema; reuse it across queries."""

    def __init__(self, schema: Any) -> None:
        self._schema = schema
        self._check = _FieldCheck()
        parse_schema = copy.deepcopy(schema)
        for name in RELATIVE_FIELDS:  # parsed like fields, then taken out as date bounds
            parse_schema.add(name, ID())
        for name in parse_schema.names():
            if isinstance(parse_schema[name], TEXT):
                # A word the analyzer splits ("F-16", "AT&T", "Leigh-Pemberton") is a phrase:
                # its parts side by side, not each anywhere in the passage.
                parse_schema[name].multitoken_query = "phrase"
        self._parser = QueryParser(TEXT_FIELD, parse_schema, group=AndGroup)
        self._parser.remove_plugin_class(WildcardPlugin)
        # "-word" leaves out passages with the word, as NOT does (and as web search engines
        # and Elasticsearch's simple query strings read it); a hyphen inside a word is a hyphen.
        self._parser.replace_plugin(OperatorsPlugin(Not=rf"(^|(?<=(\s|[()])))(NOT(?=\s)|{_MINUS})"))
        for plugin in (
            _InnerWildcards(),
            _BlendedFuzzyPlugin(),
            _GtLtAfterField(),
            FieldAliasPlugin({f: list(a) for f, a in FIELD_ALIASES.items()}),
            self._check,
        ):
            self._parser.add_plugin(plugin)
        self._analyzer = schema[TEXT_FIELD].analyzer
        self._stop = frozenset(t.text for t in self._analyzer(" ".join(QUERY_STOP_WORDS)))
        """Function words as the text field analyses them, left out of a query's free words."""
        self._function_words = frozenset(
            t.text for t in self._analyzer(" ".join(QUERY_STOP_WORDS), removestops=False)
        )
        """All of them, with those the index leaves out."""

    def parse(
        self,
        text: str,
        *,
        as_of: dt.date,
        labels: Iterable[str] = (),
        names: NameQuery | None = None,
    ) -> ParsedQuery:
        """What ``text`` asks for; ``labels`` are the extra label fields the index has, and
        ``names`` builds the query of a name in an entity field (default: :func:`name_query`)."""
        if _PLAIN_WORDS.fullmatch(text) and not _RESERVED_WORDS.intersection(text.split()):
            return self._plain_words(text)
        _check_closed(text)
        self._check.labels = frozenset(labels)
        try:
            q = self._parser.parse(text, normalize=False)
        except _Refused as exc:
            raise QuerySyntaxError(text, exc.position, exc.reason) from None
        except Exception:  # Whoosh fails on some runs of operators ("NOT NOT oil"):
            safe = _OPERATOR_WORD.sub(lambda m: m.group().lower(), text)
            try:
                q = self._parser.parse(safe, normalize=False)
            except Exception:  # and on some runs of signs ("-(-oil"): read as pasted text
                try:
                    q = self._parser.parse(_SIGNS.sub(" ", safe), normalize=False)
                except _Refused as exc:
                    raise QuerySyntaxError(text, exc.position, exc.reason) from None
        # "*" is every passage. Whoosh's normalising would also make "tariffs *" every passage
        # (it keeps only the Every of an And), so an Every beside other clauses goes first.
        q = _without_stars(q)
        if q is None:
            return ParsedQuery(None, everything=True)
        q = _narrowed_ranges(q).normalize()
        parts = list(q.subqueries) if isinstance(q, wq.And) else [q]
        bounds: dict[str, str] = {}
        kept = []
        for part in parts:
            field = getattr(part, "fieldname", None)
            if field in RELATIVE_FIELDS and isinstance(part, wq.Term):
                bounds[field] = str(part.text)
                try:
                    as_date_span(bounds[field], name=field, as_of=as_of)
                except InvalidFilterError as exc:
                    at = text.lower().find(f"{field}:")
                    raise QuerySyntaxError(text, at if at >= 0 else None, str(exc)) from None
            else:
                kept.append(part)
        for part in kept:
            for leaf in part.leaves():
                if getattr(leaf, "fieldname", None) in RELATIVE_FIELDS:
                    raise QuerySyntaxError(
                        text,
                        None,
                        f"{leaf.fieldname}: bounds the whole query; put it outside "
                        "parentheses, OR and NOT",
                    )
        names = names or _plain_names
        kept = [
            k.accept(lambda node: self._rewrite(node, text=text, as_of=as_of, names=names))
            for k in kept
        ]
        kept = [k for k in kept if k is not wq.NullQuery]
        if not kept and not bounds and text.strip():
            # Only function words ("the AND of"), names the index lacks: nothing can match.
            return ParsedQuery(wq.NullQuery)
        free = self._content(
            [k for k in kept if isinstance(k, wq.Term) and k.fieldname == TEXT_FIELD]
        )
        rest = [k for k in kept if not (isinstance(k, wq.Term) and k.fieldname == TEXT_FIELD)]
        kept = free + rest
        explicit = _OPERATOR_WORD.search(_QUOTED.sub(" ", text)) is not None
        typed = Counter(t.text for t in self._analyzer(_QUOTED.sub(" ", text)))
        required = self._combine(_weighted(free, typed), rest, wq.And) if kept else None
        loose = None
        if not explicit and len(set(free)) > 1:
            loose = self._combine(_weighted(free, typed), rest, wq.Or)
        return ParsedQuery(
            required,
            loose,
            self._surfaces(text, free) if loose is not None else (),
            bounds.get("since"),
            bounds.get("until"),
        )

    @staticmethod
    def _combine(free: list[Any], rest: list[Any], words: type[Any]) -> Any:
        parts = ([_joined(free, words)] if free else []) + rest
        return _joined(parts, wq.And)

    def _plain_words(self, text: str) -> ParsedQuery:
        """Bare words, analysed directly: the parser costs a third of a typical search."""
        terms = self._content([wq.Term(TEXT_FIELD, t.text) for t in self._analyzer(text)])
        if not terms:
            return ParsedQuery(wq.NullQuery)  # only stop words ("the"): nothing can match
        weighted = _weighted(terms)
        if len(weighted) == 1:
            return ParsedQuery(weighted[0])
        return ParsedQuery(wq.And(weighted), wq.Or(weighted), self._surfaces(text, terms))

    def _too_common(self, text: str) -> tuple[str, ...]:
        """A note when every word of ``text`` is a function word, which the index leaves out
        (in phrases too, so quoting them finds nothing either): the empty result says why."""
        plain = _OPERATOR_WORD.sub(" ", text)
        tokens = [  # (the analyzer yields one token object, changed in place)
            (t.text, plain[t.startchar : t.endchar].lower())
            for t in self._analyzer(plain, chars=True, removestops=False)
        ]
        if not tokens or any(term not in self._function_words for term, _ in tokens):
            return ()
        words = list(dict.fromkeys(word for _, word in tokens))
        what = ", ".join(map(repr, words)) + (" is" if len(words) == 1 else " are")
        return (
            f"{what} too common to search, alone or in a quoted phrase (the index leaves such "
            "words out); add a word that says what the passages are about",
        )

    def _content(self, terms: list[Any]) -> list[Any]:
        """``terms`` without function words, unless nothing else is left ("The Who")."""
        content = [t for t in terms if t.text not in self._stop]
        return content or terms

    def _surfaces(self, text: str, terms: Iterable[Any]) -> tuple[str, ...]:
        """The words of ``text`` as typed whose analysed form is one of ``terms``."""
        wanted = {t.text for t in terms}
        found: dict[str, str] = {}
        for token in self._analyzer(text, chars=True, removestops=False):
            if token.text in wanted:
                found.setdefault(token.text, text[token.startchar : token.endchar])
        return tuple(found.values())

    def _rewrite(self, node: Any, *, text: str, as_of: dt.date, names: NameQuery) -> Any:
        field = getattr(node, "fieldname", None)
        if field in ENTITY_FIELDS and isinstance(node, (wq.Term, wq.Phrase)):
            words = node.words if isinstance(node, wq.Phrase) else [node.text]
            return names(field, " ".join(str(w) for w in words))
        if field in (DATE, MENTIONS) and isinstance(node, (wq.Term, wq.TermRange)):
            try:
                start, end = _node_span(node, field, as_of)
            except InvalidFilterError as exc:
                raise QuerySyntaxError(text, None, str(exc)) from None
            if start and end and start > end:  # refused as --since after --until is
                at = text.lower().find(f"{field}:")
                reason = f"{field}: the range starts after it ends ({start} > {end})"
                raise QuerySyntaxError(text, at if at >= 0 else None, reason)
            return day_range(field, start, end)
        return node

    def plans(
        self,
        query: str,
        filters: Filters,
        *,
        as_of: Any,
        match: str,
        labels: Iterable[str] = (),
        names: NameQuery | None = None,
    ) -> list[Plan]:
        """The plans to try in turn. Only the free words of the query are ever relaxed (never a
        field, a quoted phrase, an operator the user wrote, or a filter): ``all`` requires them
        all; ``any`` one of them; ``auto`` all of up to three words, falling back to any of
        them when no passage has all, and any of more words, best matches first."""
        if not isinstance(query, str):
            raise InvalidArgumentError("query", query, "expected text")
        if match not in MATCH_MODES:
            raise InvalidArgumentError("match", match, f"expected one of {', '.join(MATCH_MODES)}")
        as_of = as_date(as_of, "as_of")
        query = query.translate(_QUOTES)
        parsed = self.parse(query, as_of=as_of, labels=labels, names=names)
        if parsed.since is not None or parsed.until is not None:
            filters = replace(
                filters,
                since=filters.since if filters.since is not None else parsed.since,
                until=filters.until if filters.until is not None else parsed.until,
            )
        required, days = self.filter_parts(filters, as_of=as_of, names=names, labels=labels)
        scored = parsed.required
        if parsed.everything and required is None and days is None:
            required = wq.Every()  # listed by date, as filters alone are
        if scored is None and required is None and days is None:
            if not query.strip():
                raise InvalidArgumentError(
                    "query", query, "give words to search, * for every passage, or a filter"
                )
            scored = wq.NullQuery  # only stop words ("the"): nothing can match
        loose = parsed.loose
        if loose is not None and (
            match == "any" or (match == "auto" and len(parsed.words) > ALL_WORDS_UP_TO)
        ):
            return [Plan(loose, required, days, match="any")]
        notes = self._too_common(query) if scored is wq.NullQuery else ()
        if scored is wq.NullQuery and not notes and not _has_words(query):
            raise InvalidArgumentError(
                "query",
                query,
                "no words to search, only signs or operators; give words, * for every passage, "
                "or a filter alone",
            )
        plans = [Plan(scored, required, days, notes=notes)]
        if loose is not None and match == "auto":
            plans.append(Plan(loose, required, days, match="any", relaxed=parsed.words))
        return plans

    def filter_parts(
        self,
        filters: Filters,
        *,
        as_of: dt.date,
        names: NameQuery | None = None,
        labels: Iterable[str] | None = None,
    ) -> tuple[Any | None, DayWindow | None]:
        """The filters as a query, but for the article-date window, which search applies per
        candidate document: a date range as a query unions the postings of each of its days.
        A label name is read in any case; one the index's ``labels`` do not hold is an error,
        as an unknown field in the query text is (it would match nothing, unsaid)."""
        parts: list[Any] = []
        for kind in ENTITY_KINDS:
            value = getattr(filters, kind.name)
            if value is None:
                continue
            parts.append((names or _plain_names)(kind.name, value))
        known = None if labels is None else sorted(labels)
        for name, value in (filters.labels or {}).items():
            key = name.strip().lower()
            try:
                check_label_name(key)
            except ValueError as exc:
                raise InvalidFilterError("label", name, str(exc)) from None
            if known is not None and key not in known:
                listed = f"labels: {', '.join(known)}" if known else "it has none"
                raise InvalidFilterError("label", name, f"the index has no such label ({listed})")
            if not all(v.strip() for v in _values(value)):
                raise InvalidFilterError(f"label {name}", value, "expected a non-empty value")
        parts.extend(wq.Term(field, value) for _, field, value in value_filters(filters))
        window = None
        if filters.since is not None or filters.until is not None:
            start = (
                as_date_span(filters.since, name="since", as_of=as_of)[0]
                if filters.since is not None
                else None
            )
            end = (
                as_date_span(filters.until, name="until", as_of=as_of)[1]
                if filters.until is not None
                else None
            )
            if start and end and start > end:
                raise InvalidFilterError("since", filters.since, f"is after until={end}")
            window = DayWindow(_day_key(start) if start else None, _day_key(end) if end else None)
        if filters.mentions is not None:
            start, end = as_date_span(filters.mentions, name="mentions", as_of=as_of)
            parts.append(day_range(MENTIONS, start, end))
        if not parts:
            return None, window
        return (parts[0] if len(parts) == 1 else wq.And(parts)), window


def value_filters(filters: Filters) -> list[tuple[str, str, str]]:
    """The label and source filters as (name, index field, value as indexed)."""
    found = [
        (name.strip().lower(), label_field(name.strip().lower()), fold(value.strip()).lower())
        for name, values in (filters.labels or {}).items()
        for value in _values(values)
    ]
    if filters.source is not None:
        found.append(("source", SOURCE, fold(filters.source.strip()).lower()))
    return found


def _values(value: str | tuple[str, ...]) -> tuple[str, ...]:
    """A label filter's value or values, each of which must hold."""
    return value if isinstance(value, tuple) else (value,)


_VALUE_WORD = re.compile(r"[\s\-_/.]+")
"""What separates the words of a label value ("veg-oil", "money-fx")."""
UNHELD_SHOWN = 5
"""Values a note on a label or source value no passage holds offers instead."""


def unheld_value(name: str, value: str, values: Mapping[str, int]) -> tuple[str, ...]:
    """The note for a label or source value no passage holds, so that a filter finding nothing
    for its spelling says which values there are (Reuters' topic is ``crude``, not ``oil``):
    the values written like it (holding it as a word, "veg-oil", or within
    :func:`~.spelling.edit_limit` of it, "usa" for "us"), else the commonest, each with most
    passages first."""
    if values.get(value):
        return ()
    if not values:
        return (f"no passage has a {name}",)
    ranked = sorted(values, key=lambda v: (-values[v], v))
    limit = edit_limit(value)
    like = [
        v
        for v in ranked
        if value in _VALUE_WORD.split(v) or edit_distance(value, v, limit) is not None
    ]
    shown = ", ".join((like or ranked)[:UNHELD_SHOWN])
    return (f"no passage has {name} {value!r}; {'like it' if like else 'the commonest'}: {shown}",)


def search_filters(given: Mapping[str, Any], *, sort: str, count_up_to: int | None) -> Filters:
    """The filters of a search call (its arguments by name: ``filters`` and one per
    :data:`~newsindex.kinds.FILTER_NAMES`, which override it), after checking what both engines'
    ``search`` take alike."""
    if count_up_to is not None and (not isinstance(count_up_to, int) or count_up_to < 1):
        raise InvalidArgumentError("count_up_to", count_up_to, "expected a whole number ≥ 1")
    if sort not in SORTS:
        raise InvalidArgumentError("sort", sort, f"expected one of {', '.join(SORTS)}")
    filters = given.get("filters")
    if filters is not None and not isinstance(filters, Filters):
        raise InvalidArgumentError("filters", filters, "expected a newsindex.Filters")
    named = {name: given[name] for name in FILTER_NAMES if given.get(name) is not None}
    return replace(filters or Filters(), **named)


@dataclass(frozen=True, slots=True)
class Plan:
    """One way to run a search, for either engine: scored query, filter query, article-date
    window (Whoosh query objects, which the OpenSearch engine compiles)."""

    scored: Any | None
    required: Any | None
    days: DayWindow | None
    match: str = "all"
    """``all`` when every word of the query is required, ``any`` when one is enough."""
    relaxed: tuple[str, ...] = ()
    """The words no longer required because no passage had them all (the fallback)."""
    notes: tuple[str, ...] = ()
    """Why the query can find nothing, when the words it was given cannot match."""


P = TypeVar("P")


def completion(
    plans: Sequence[P],
    plan: P,
    shown: int,
    *,
    offset: int,
    limit: int,
    sort: str,
    before: Callable[[], int],
) -> tuple[P, int, int] | None:
    """How a short page goes on, for either engine: when ``plan``, the first of several (the
    default all-words plan), showed ``shown`` hits, fewer than ``limit``, in relevance order,
    the passages with some of the words follow all those with every word, wherever the page
    starts. Returns the plan to take them from, where to start in its ranking (leaving out the
    first plan's matches) and how many; None when the page is full or nothing can follow.
    ``before`` counts the first plan's hits when the page starts past all of them."""
    if shown >= limit or len(plans) < 2 or plan is not plans[0] or sort != "relevance":
        return None
    ahead = offset + shown if shown or not offset else before()
    return plans[1], max(0, offset - ahead), limit - shown


@dataclass(frozen=True, slots=True)
class DayWindow:
    """Article dates from ``first`` to ``last`` (``YYYYMMDD`` keys; None is open)."""

    first: str | None
    last: str | None

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str) or not key:
            return False
        return (self.first is None or key >= self.first) and (self.last is None or key <= self.last)

    def query(self, field: str = DATE) -> Any:
        return _DayRange(field, self.first, self.last)

    def outside(self, first: dt.date | None, last: dt.date | None) -> tuple[str, ...]:
        """The note for a window that holds none of the days from ``first`` to ``last`` (the
        archive's article dates), so that a search finding nothing for its dates (``--since
        "last month"`` on an archive of 1987) does not read as if no article named the words."""
        if first is None or last is None:
            return ()
        if (self.last is None or self.last >= _day_key(first)) and (
            self.first is None or self.first <= _day_key(last)
        ):
            return ()
        return (
            f"no article is dated {self._asked()}: the archive's articles are dated {first} to "
            f"{last}",
        )

    def unmentioned(
        self, first: dt.date | None, last: dt.date | None, *, held: bool
    ) -> tuple[str, ...]:
        """:meth:`outside` for the days passages mention (``first`` to ``last``), when the
        window ``held`` none of them. Not only outside that span: mentioned days are few and
        far between (Reuters of 1987 mentions days of 1838 and of 2056, none of 2019)."""
        if held or first is None or last is None:
            return ()
        return (
            f"no passage mentions a day {self._asked()}: the archive's passages mention days "
            f"from {first} to {last}",
        )

    def _asked(self) -> str:
        start, end = (day_from_key(k) for k in (self.first, self.last))
        if start and end:
            return f"from {start} to {end}"
        return f"{start} or later" if start else f"{end} or earlier"


def asked_days(*queries: Any) -> tuple[tuple[str, DayWindow], ...]:
    """The ranges of days that ``queries`` ask passages to have (a ``date:`` or ``mentions:``
    term or range, the mentioned-days filter), each as its field and window; none under a NOT,
    which asks for passages without them."""
    found: list[tuple[str, DayWindow]] = []

    def walk(q: Any) -> None:
        if isinstance(q, _DayRange) and (q.start or q.end):
            found.append((q.fieldname, DayWindow(q.start or None, q.end or None)))
        elif isinstance(q, wq.AndNot):
            walk(q.a)
        elif not isinstance(q, wq.Not):
            for child in q.children():
                walk(child)

    for q in queries:
        if q is not None:
            walk(q)
    return tuple(found)


def mentions_within(reader: Any, *queries: Any) -> Any | None:
    """The passages with a mention that lies within the days ``queries`` ask passages to mention
    (:func:`asked_days`), each scoring :data:`MENTION_WITHIN_SCORE`: added to a
    match's score, it ranks the passages that name the asked day (or a span inside the asked
    range) before those whose mention only covers it (its week, its month), each in keyword
    order, as a constant-score should-clause would in Elasticsearch. None when nothing asks for
    mentioned days or the index was built before :data:`~newsindex.index.schema.MENTION_SPANS`
    (it then ranks as it did: :func:`mentions_unranked`)."""
    if MENTION_SPANS not in reader.schema:
        return None
    windows = tuple(dict.fromkeys(w for field, w in asked_days(*queries) if field == MENTIONS))
    return _SpansWithin(windows) if windows else None


MENTION_WITHIN_SCORE = 1e6
"""What a passage whose mention lies within the asked days (:func:`mentions_within`) scores
more than one whose mentions only cover them: more than any keyword score (a word scores at
most about 40 per field, even among ten million passages), so that those passages come first
and keyword scores order each group; the OpenSearch engine adds the same."""

WITHIN_KEPT = 64
"""The windows of asked days whose passages :func:`mentions_within` remembers per segment
reader, for the next search of the same days (cleared when full)."""


_Windows = tuple[DayWindow, ...]
_WITHIN_KNOWN: weakref.WeakKeyDictionary[Any, dict[_Windows, frozenset[int]]] = (
    weakref.WeakKeyDictionary()
)
"""The passages of asked days each segment reader has been asked for (up to
:data:`WITHIN_KEPT` windows each), let go with the reader."""


class _SpansWithin(wq.Query):  # type: ignore[misc]
    """The passages with a :data:`~newsindex.index.schema.MENTION_SPANS` key (``FIRST-LAST``,
    in order of first day) from a day of a window to a day of it, each scoring
    :data:`MENTION_WITHIN_SCORE`. A segment's keys are read in one walk of its term
    list from the window's first day (those held once or twice from their entry), and their
    passages remembered for the segment's reader: on Reuters a month's 70 keys take 3.7 ms, a
    quarter of a ``--mentions 1987-04`` search, and a day's one key 0.2 ms, 7%; a handle's
    next search of the same days pays 1%."""

    def __init__(self, windows: _Windows) -> None:
        self.windows = windows
        self.fieldname = MENTION_SPANS
        self.boost = 1.0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _SpansWithin) and other.windows == self.windows

    def __hash__(self) -> int:
        return hash((_SpansWithin, self.windows))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.windows!r})"

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        held = self.held(searcher.reader())
        if not held:
            return NullMatcher()
        return SortedIds(array("I", sorted(held)), all_weights=MENTION_WITHIN_SCORE)

    def held_by(self, searcher: Any) -> Iterator[int]:
        """The documents of ``searcher``, as its numbers, with a mention within the windows
        (deleted ones too: a segment's term list still holds them)."""
        for leaf, offset in searcher.leaf_searchers():
            for docnum in self.held(leaf.reader()):
                yield offset + docnum

    def held(self, reader: Any) -> frozenset[int]:
        """The documents of a segment's ``reader`` with a mention within the windows."""
        known = _WITHIN_KNOWN.setdefault(reader, {})
        found = known.get(self.windows)
        if found is None:
            if len(known) >= WITHIN_KEPT:
                known.clear()
            found = known[self.windows] = frozenset(self._read(reader))
        return found

    def _read(self, reader: Any) -> Iterator[int]:
        if MENTION_SPANS not in reader.indexed_field_names():
            return
        for window in self.windows:
            for key, info in reader.iter_field(MENTION_SPANS, window.first or ""):
                first, _, last = key.decode("ascii").partition("-")
                if window.last is not None and first > window.last:
                    break
                if window.last is not None and last > window.last:
                    continue
                if info.doc_frequency() <= 2:
                    yield from (info.min_id(), info.max_id())
                else:
                    yield from reader.postings(MENTION_SPANS, key).all_ids()


def mentions_unranked(reader: Any, *queries: Any) -> tuple[str, ...]:
    """The note for a search of mentioned days in an index built before
    :data:`~newsindex.index.schema.MENTION_SPANS`, where :func:`mentions_within` cannot rank
    the passages that name the days first: it finds the same passages, in keyword order."""
    if MENTION_SPANS in reader.schema or all(f != MENTIONS for f, _ in asked_days(*queries)):
        return ()
    return (
        "this index was built before passages naming the asked days were ranked first; they "
        "are ranked by the words alone until it is rebuilt (newsindex index PATH... --index "
        "INDEX --rebuild)",
    )


_PERSON_FIELDS = frozenset(k.name for k in ENTITY_KINDS if k.is_person)


def indexed_name(field: str, name: str) -> str:
    """``name`` as an entity field indexes it: lower case, folded, one space between words."""
    key = " ".join(name.replace(",", " ").split()).lower()
    folder = fold_name if field in _PERSON_FIELDS else fold  # as the words field folds
    return folder(key).lower()


def name_query(
    field: str, names: Iterable[str], *, words: bool = True, typed: Iterable[str] | None = None
) -> Any:
    """Match any of ``names`` in an entity field: a full name exactly; with ``words``, a single
    word also as any word of a name ("Trump" finds "Donald Trump") when it is one of the names
    ``typed`` (default: all), and as the first word of a name when it is an alias added to
    them ("EC" finds "EC Commission", not "Olivetti EC SpA"; "Fed" not "Cal Fed Income
    Partners")."""
    options: list[Any] = []
    as_typed = None if typed is None else {indexed_name(field, name) for name in typed}
    for name in names:
        folded = indexed_name(field, name)
        if not folded:
            continue
        options.append(wq.Term(field, folded))
        if not words or " " in folded:
            continue
        if as_typed is None or folded in as_typed:
            options.append(wq.Term(words_field(field), folded))
        else:
            options.append(wq.Prefix(field, folded + " "))
    if not options:
        return wq.NullQuery
    return options[0] if len(options) == 1 else wq.Or(options)
