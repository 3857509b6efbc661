"""User query text and filters → Whoosh queries (the only module that builds them).

The query language is Whoosh's (words, "phrases", AND/OR/NOT, parentheses, ``field:value``,
wildcards, ``~`` fuzzy and proximity, ranges) plus newsindex's fields: entity names match full
names and surnames, ``date:``/``mentions:`` take ISO dates and ranges, and ``since:``/``until:``
take relative dates ("last week").
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from whoosh import query as wq
from whoosh.qparser import (
    AndGroup,
    FuzzyTermPlugin,
    GtLtPlugin,
    MultifieldParser,
    OrGroup,
)

from ..errors import InvalidFilterError, QuerySyntaxError
from ..index.schema import (
    DATE,
    ENTITY_FIELDS,
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
    label_field,
    words_field,
)
from ..kinds import ENTITY_KINDS

__all__ = ["DayWindow", "Filters", "QueryBuilder", "as_date_span"]

SEARCH_FIELDS = (TEXT_FIELD,)
"""Fields plain words search; ``title:`` and ``section:`` only when named, since every extra
field makes each word a disjunction (``benchmarks/profiles/README.md``)."""
USER_FIELDS = frozenset(
    {TEXT_FIELD, TITLE, SECTION, SOURCE, DATE, MENTIONS, PERSONS, ORGS, PLACES, SPEAKERS}
)
FIELD_ALIASES = {
    "persons": PERSONS,
    "people": PERSONS,
    "orgs": ORGS,
    "organisation": ORGS,
    "organization": ORGS,
    "places": PLACES,
    "location": PLACES,
    "speakers": SPEAKERS,
    "said": SPEAKERS,
    "heading": SECTION,
    "mention": MENTIONS,
}
_FIELD_REF = re.compile(r"(?<![\w:/.\"])([A-Za-z_]+):(?=[^\s/])")
_RELATIVE = re.compile(r"(?<![\w:])(since|until):(?:\"([^\"]*)\"|(\S+))", re.IGNORECASE)
_OPERATOR = re.compile(r"^(AND|OR|NOT|ANDNOT|ANDMAYBE)$")
_PLAIN_WORDS = re.compile(r"\s*[^\W_]+(?:\s+[^\W_]+)*\s*")
"""Queries of bare words only: no syntax the parser would read, so it can be skipped."""
_RESERVED_WORDS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"})


@dataclass(frozen=True, slots=True)
class Filters:
    """Structured filters applied on top of the query text (all optional, all combined)."""

    person: str | None = None
    org: str | None = None
    place: str | None = None
    speaker: str | None = None
    source: str | None = None
    since: dt.date | str | None = None
    until: dt.date | str | None = None
    mentions: dt.date | str | None = None
    labels: Mapping[str, str] | None = None
    """Extra label values by label name (``{"topic": "energy"}``): see ``Passage.labels``."""


def as_date_span(value: dt.date | str, *, name: str, as_of: dt.date) -> tuple[dt.date, dt.date]:
    """A filter value (date, ISO string, "May 2025", "last week") as a first/last day pair."""
    if isinstance(value, dt.datetime):
        return value.date(), value.date()
    if isinstance(value, dt.date):
        return value, value
    if not isinstance(value, str) or not value.strip():
        raise InvalidFilterError(name, value, "expected a date such as 2025-05-06 or 'last week'")
    from ..nlp.dates import parse_date_filter

    try:
        span = parse_date_filter(value.strip(), as_of=as_of)
    except InvalidFilterError as exc:
        raise InvalidFilterError(name, value, str(exc).split(": ", 1)[-1]) from None
    return span.start, span.end


def _day_key(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def _check_syntax(text: str) -> None:
    """Catch what Whoosh would silently misread, with the position of the problem."""
    depth: list[int] = []
    in_quote: int | None = None
    for i, ch in enumerate(text):
        if ch == '"':
            in_quote = None if in_quote is not None else i
        elif in_quote is None and ch == "(":
            depth.append(i)
        elif in_quote is None and ch == ")":
            if not depth:
                raise QuerySyntaxError(text, i, "')' without a matching '('")
            depth.pop()
    if in_quote is not None:
        raise QuerySyntaxError(text, in_quote, 'unclosed quote: add the closing "')
    if depth:
        raise QuerySyntaxError(text, depth[-1], "'(' is never closed")
    for bracket, close in (("[", "]"), ("{", "}")):
        start = text.find(bracket)
        if start >= 0 and close not in text[start:] and "]" not in text[start:]:
            raise QuerySyntaxError(text, start, f"range '{bracket}' is never closed")
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
    if words and _OPERATOR.match(words[0][1]) and words[0][1] != "NOT":
        raise QuerySyntaxError(text, words[0][0], f"{words[0][1]} needs a term before it")
    if words and _OPERATOR.match(words[-1][1]):
        raise QuerySyntaxError(text, words[-1][0], f"{words[-1][1]} needs a term after it")
    for (_, a), (pos, b) in itertools.pairwise(words):
        if _OPERATOR.match(a) and _OPERATOR.match(b) and b != "NOT":
            raise QuerySyntaxError(text, pos, f"{a} followed by {b}")
    outside_quotes = re.sub(r'"[^"]*"', lambda m: " " * len(m.group()), text)
    for m in _FIELD_REF.finditer(outside_quotes):
        name = m.group(1).lower()
        if name not in USER_FIELDS and name not in FIELD_ALIASES:
            known = ", ".join(sorted(USER_FIELDS | {"since", "until"}))
            raise QuerySyntaxError(
                text,
                m.start(),
                f"unknown field {m.group(1)!r} (fields: {known}); put text with a colon in quotes",
            )


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
    return wq.TermRange(field, _day_key(start) if start else None, _day_key(end) if end else None)


class QueryBuilder:
    """Parses query text and builds filter queries for one schema; reuse it across queries."""

    def __init__(self, schema: Any) -> None:
        self._parsers: dict[bool, Any] = {}
        self._schema = schema

    def _parser(self, *, conjunctive: bool) -> Any:
        key = conjunctive
        parser = self._parsers.get(key)
        if parser is None:
            group = AndGroup if conjunctive else OrGroup.factory(0.9)
            parser = MultifieldParser(list(SEARCH_FIELDS), self._schema, group=group)
            parser.add_plugin(FuzzyTermPlugin())
            parser.add_plugin(GtLtPlugin())
            self._parsers[key] = parser
        return parser

    def parse(
        self, text: str, *, as_of: dt.date, conjunctive: bool = True
    ) -> tuple[Any | None, Filters]:
        """The scored query for ``text`` (None when empty) and the since/until found in it."""
        found: dict[str, str] = {}

        def take(m: re.Match[str]) -> str:
            found[m.group(1).lower()] = m.group(2) if m.group(2) is not None else m.group(3)
            return " "

        if conjunctive and _PLAIN_WORDS.fullmatch(text):
            plain = self._plain_words(text)
            if plain is not None:
                return (None if plain is wq.NullQuery else plain), Filters()
        text_only = _RELATIVE.sub(take, text)
        extra = Filters(since=found.get("since"), until=found.get("until"))
        if not text_only.strip():
            return None, extra
        _check_syntax(text_only)
        for alias, field in FIELD_ALIASES.items():
            text_only = re.sub(rf"(?<![\w:]){alias}:", f"{field}:", text_only, flags=re.I)
        try:
            q = self._parser(conjunctive=conjunctive).parse(text_only)
        except Exception as exc:  # Whoosh's parser raises assorted errors on odd input
            raise QuerySyntaxError(text, None, f"cannot parse: {exc}") from None
        q = q.accept(lambda node: self._rewrite(node, text=text, as_of=as_of))
        return (None if q is wq.NullQuery else q), extra

    def _plain_words(self, text: str) -> Any | None:
        """The parser's query for bare words (all must match), built directly: parsing cost
        a third of a typical search. None when the text holds an operator word."""
        if _RESERVED_WORDS.intersection(text.split()):
            return None
        terms = dict.fromkeys(token.text for token in self._schema[TEXT_FIELD].analyzer(text))
        if not terms:
            return wq.NullQuery  # only stop words
        parts = [wq.Term(TEXT_FIELD, term) for term in terms]
        return parts[0] if len(parts) == 1 else wq.And(parts)

    def _rewrite(self, node: Any, *, text: str, as_of: dt.date) -> Any:
        field = getattr(node, "fieldname", None)
        if field in ENTITY_FIELDS and isinstance(node, wq.Term):
            return name_query(field, [str(node.text)])
        if field in (DATE, MENTIONS) and isinstance(node, (wq.Term, wq.TermRange)):
            try:
                start, end = _node_span(node, field, as_of)
            except InvalidFilterError as exc:
                raise QuerySyntaxError(text, None, str(exc)) from None
            return day_range(field, start, end)
        return node

    def filter_parts(
        self, filters: Filters, *, as_of: dt.date, aliases: Any = None
    ) -> tuple[Any | None, DayWindow | None]:
        """The filters as a query, but for the article-date window, which search applies per
        candidate document: a date range as a query unions the postings of each of its days."""
        parts: list[Any] = []
        for kind in ENTITY_KINDS:
            value = getattr(filters, kind.name)
            if value is None:
                continue
            if not isinstance(value, str) or not value.strip():
                raise InvalidFilterError(kind.name, value, "expected a non-empty name")
            names = [value]
            if aliases is not None and kind.is_person:
                names = sorted(aliases.variants(value))
            parts.append(name_query(kind.name, names))
        for name, value in (filters.labels or {}).items():
            try:
                field = label_field(check_label_name(name))
            except ValueError as exc:
                raise InvalidFilterError("label", name, str(exc)) from None
            if not isinstance(value, str) or not value.strip():
                raise InvalidFilterError(f"label {name}", value, "expected a non-empty value")
            parts.append(wq.Term(field, value.strip().lower()))
        if filters.source is not None:
            parts.append(wq.Term(SOURCE, filters.source.lower()))
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


@dataclass(frozen=True, slots=True)
class DayWindow:
    """Article dates from ``first`` to ``last`` (``YYYYMMDD`` keys; None is open)."""

    first: str | None
    last: str | None

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str) or not key:
            return False
        return (self.first is None or key >= self.first) and (self.last is None or key <= self.last)

    def query(self) -> Any:
        return wq.TermRange(DATE, self.first, self.last)


def name_query(field: str, names: Iterable[str]) -> Any:
    """Match any of ``names`` in an entity field: a full name exactly, a single word as any
    word of a name ("Trump" finds "Donald Trump")."""
    options: list[Any] = []
    for name in names:
        key = " ".join(name.replace(",", " ").split()).lower()
        if not key:
            continue
        if " " in key:
            options.append(wq.Term(field, key))
        else:
            options.extend([wq.Term(field, key), wq.Term(words_field(field), key)])
    if not options:
        return wq.NullQuery
    return options[0] if len(options) == 1 else wq.Or(options)
