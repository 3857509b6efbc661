"""A passage as a Whoosh document and back: its indexed terms, and its stored values as one
record in a Whoosh column (encoded and decoded here, nowhere else).

The record is one pickled tuple in a ``COLUMN`` field (:data:`~newsindex.index.schema.RECORD`)
rather than Whoosh's stored fields, which are several times slower to read (measurements:
``benchmarks/profiles/README.md``). It is deflated against a preset dictionary of common news
words (``models/record_words.json``): records are a few hundred bytes, too short to compress
on their own (a sixth smaller), and the dictionary halves them; reading one costs about 3 µs
more. Decoded, it is a dict keyed by the field names of :mod:`newsindex.index.schema`; absent
values are left out.
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from ..articles import Article, DateSpan, Passage, passage_id
from ..kinds import ENTITY_KINDS
from .analysis import fold, fold_name
from .copykeys import band_keys, key_bucket, pack_keys, unpack_keys
from .schema import (
    ARTICLE_ID,
    DATE,
    DUPBANDS,
    DUPKEYS,
    LABEL_PREFIX,
    LABELS,
    MENTION_SPANS,
    MENTIONS,
    MENTIONS_STORED,
    META,
    PASSAGE_ID,
    POSITION,
    RECORD,
    SECTION,
    SOURCE,
    TEXT_FIELD,
    TITLE,
    TITLE_STORED,
    check_label_name,
    day_from_key,
    join_values,
    label_field,
    words_field,
)

__all__ = [
    "MAX_MENTION_DAYS",
    "RECORD_WORDS_FORMAT",
    "WINDOW",
    "Records",
    "article_documents",
    "article_fields",
    "article_meta",
    "decode_article",
    "decode_record",
    "encode_record",
    "passage_document",
    "passage_from_record",
    "stored_value",
    "usual_spelling",
]


_RECORD_KEYS: tuple[str, ...] = (
    ARTICLE_ID,
    POSITION,
    TEXT_FIELD,
    TITLE_STORED,
    SOURCE,
    DUPBANDS,
    MENTIONS_STORED,
    SECTION,
    DATE,
    *(kind.name for kind in ENTITY_KINDS),
    LABELS,
    META,
    "back",
)
"""The record's values in the order it stores them. Pickled as a dict, the key names made up a
third of the record column; the passage id is left out, as it is the article id and position.
``back``: how many documents before this one its article's first passage is, in a record that
takes the article's values from it (:func:`article_documents`)."""
_KNOWN = frozenset(_RECORD_KEYS)
_BANDS_AT = _RECORD_KEYS.index(DUPBANDS)
_INHERITED: Final = (TITLE_STORED, SOURCE, DATE, LABELS)
"""The article's values, kept in its first passage's record only: repeated in every passage,
they were a fifth of a compressed Reuters record column. A later passage with labels of its
own stores them ({} for none)."""


RECORD_WORDS_FORMAT: Final = "newsindex-record-words/1"
_RECORD_WORDS: Final = Path(__file__).parents[1] / "models" / "record_words.json"
WINDOW: Final = 32768
"""Deflate sees the last 32 KiB of a preset dictionary."""


@lru_cache(maxsize=1)
def _dictionary() -> bytes:
    data = json.loads(_RECORD_WORDS.read_text(encoding="utf-8"))
    if data.get("format") != RECORD_WORDS_FORMAT:
        raise ValueError(f"{_RECORD_WORDS}: not a {RECORD_WORDS_FORMAT} file")
    return " ".join(data["words"]).encode("utf-8")[-WINDOW:]


@lru_cache(maxsize=1)
def _compressor() -> Any:
    """A raw-deflate compressor primed with the dictionary: copying it spares hashing the
    dictionary for every record."""
    return zlib.compressobj(9, zlib.DEFLATED, -15, 9, zdict=_dictionary())


def encode_record(fields: dict[str, Any]) -> bytes:
    """The column value of a passage's stored fields (keys of :data:`_RECORD_KEYS`); an absent
    value is stored as None, trailing ones not at all."""
    unknown = fields.keys() - _KNOWN
    if unknown:
        raise ValueError(f"record keys {sorted(unknown)} have no place in a record")
    values = [fields.get(key) for key in _RECORD_KEYS]
    while values and values[-1] is None:
        values.pop()
    compressor = _compressor().copy()
    raw = compressor.compress(pickle.dumps(tuple(values), protocol=pickle.HIGHEST_PROTOCOL))
    return bytes(raw + compressor.flush())


def _values(raw: bytes) -> tuple[Any, ...]:
    decompressor = zlib.decompressobj(-15, zdict=_dictionary())
    values: tuple[Any, ...] = pickle.loads(decompressor.decompress(raw))
    return values


def _complete(record: dict[str, Any], first: dict[str, Any]) -> dict[str, Any]:
    for key in _INHERITED:
        if key not in record and key in first:
            record[key] = first[key]
    return record


def decode_article(raws: Sequence[bytes]) -> list[dict[str, Any]]:
    """The records of an article's documents (:func:`article_documents`), each whole."""
    records = [decode_record(raw) for raw in raws]
    for record in records:
        if record.pop("back", 0):
            _complete(record, records[0])
    return records


def decode_record(raw: bytes) -> dict[str, Any]:
    """The stored fields of :func:`encode_record`'s value, with the passage id; {} for none."""
    if not raw:
        return {}
    values = _values(raw)  # trailing absent values were not stored: zip stops early
    record = {k: v for k, v in zip(_RECORD_KEYS, values, strict=False) if v is not None}
    record[PASSAGE_ID] = passage_id(record[ARTICLE_ID], record[POSITION])
    if DUPBANDS in record:
        record[DUPBANDS] = unpack_keys(record[DUPBANDS])
    return record


class Records:
    """The stored fields of the documents of one index reader (a searcher's ``reader()``)."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._column = (
            reader.column_reader(RECORD, translate=False) if reader.has_column(RECORD) else None
        )
        self._firsts: dict[int, dict[str, Any]] = {}

    def __getitem__(self, docnum: int) -> dict[str, Any]:
        record = decode_record(self._column[docnum] if self._column is not None else b"")
        back = record.pop("back", 0)
        return _complete(record, self._first(docnum - back)) if back else record

    def _first(self, docnum: int) -> dict[str, Any]:
        """An article's first record, kept for the article's other passages among the hits."""
        found = self._firsts.get(docnum)
        if found is None:
            if len(self._firsts) >= 1024:
                self._firsts.clear()
            found = self._firsts[docnum] = self[docnum]
        return found

    def first_band_value(self, docnum: int) -> int | None:
        """The document's first copy key as stored (:func:`pack_keys`), read without building
        its record."""
        raw = self._column[docnum] if self._column is not None else b""
        values = _values(raw) if raw else ()
        packed = values[_BANDS_AT] if len(values) > _BANDS_AT else None
        return int.from_bytes(packed[:8], "big") if packed else None

    def __iter__(self) -> Iterator[dict[str, Any]]:
        """The stored fields of every live (not deleted) document."""
        for docnum in self._reader.all_doc_ids():
            yield self[docnum]

    def matching(self, searcher: Any, field: str, term: str) -> Iterator[dict[str, Any]]:
        """The stored fields of the live documents holding ``term`` in ``field``."""
        for docnum in searcher.document_numbers(**{field: term}):
            yield self[docnum]


MAX_MENTION_DAYS = 31
"""Mentioned spans up to a month are indexed day by day; longer ones ("in 1986", "last year")
only as one span keyword (:data:`~.schema.MENTION_SPANS`), found by a search of days they lie
within: 365 day terms per year mention made up most of the postings of a Reuters index."""


def _indexed_spans(passage: Passage) -> set[tuple[dt.date, dt.date]]:
    """The first and last day of each mention."""
    return {(s.start, s.end) for s in passage.mentions if s.start <= s.end}


def _day_keys(spans: Iterable[tuple[dt.date, dt.date]]) -> list[str]:
    """The days of the spans shorter than :data:`MAX_MENTION_DAYS`."""
    days = {
        (start + dt.timedelta(days=offset)).strftime("%Y%m%d")
        for start, end in spans
        if (end - start).days < MAX_MENTION_DAYS
        for offset in range((end - start).days + 1)
    }
    return sorted(days)


def _span_keys(spans: Iterable[tuple[dt.date, dt.date]]) -> list[str]:
    """:data:`~.schema.MENTION_SPANS`' keywords of ``spans``."""
    return sorted(f"{start:%Y%m%d}-{end:%Y%m%d}" for start, end in spans)


def article_documents(article: Article, passages: Sequence[Passage]) -> list[dict[str, Any]]:
    """The Whoosh documents of an article's passages, to be added together and in this order:
    the first passage's record holds the article's values (:data:`_INHERITED`), the others'
    how far back it is."""
    first = _labels(passages[0]) if passages else {}
    return [
        passage_document(article, passage, back=back, first_labels=first)
        for back, passage in enumerate(passages)
    ]


def _labels(passage: Passage) -> dict[str, tuple[str, ...]]:
    return {check_label_name(k): tuple(v) for k, v in passage.labels.items() if v}


def passage_document(
    article: Article,
    passage: Passage,
    *,
    back: int = 0,
    first_labels: dict[str, tuple[str, ...]] | None = None,
) -> dict[str, Any]:
    """The Whoosh document of one passage: its indexed terms and its stored record, which holds
    the article's values unless the article's first passage is ``back`` documents before it
    (with labels ``first_labels``)."""
    keys = band_keys(passage.text)
    labels = _labels(passage)
    record: dict[str, Any] = {
        ARTICLE_ID: article.id,
        POSITION: passage.position,
        TEXT_FIELD: passage.text,
        DUPBANDS: pack_keys(keys) if keys else None,
        MENTIONS_STORED: [
            (s.start.isoformat(), s.end.isoformat(), s.text) for s in passage.mentions
        ],
    }
    if back:
        record["back"] = back
        if labels != first_labels:
            record[LABELS] = labels  # {}: none, where the first passage has some
    else:
        record[TITLE_STORED] = article.title
        record[SOURCE] = article.source or ""
        if article.date is not None:
            record[DATE] = article.date.strftime("%Y%m%d")
        if labels:
            record[LABELS] = labels
    spans = _indexed_spans(passage)
    doc: dict[str, Any] = {
        ARTICLE_ID: article.id,
        TEXT_FIELD: passage.text,
        SOURCE: article.source or "",
        MENTIONS: ",".join(_day_keys(spans)),
    }
    if spans:
        doc[MENTION_SPANS] = ",".join(_span_keys(spans))
    if keys:
        doc[DUPKEYS] = key_bucket(keys[0])
    if passage.heading:
        doc[SECTION] = record[SECTION] = passage.heading
    if article.date is not None:
        doc[DATE] = article.date.strftime("%Y%m%d")
    for kind in ENTITY_KINDS:
        field, values = kind.name, getattr(passage, kind.plural)
        if values:
            doc[field] = join_values(values)
            record[field] = tuple(values)
            doc[words_field(field)] = " ".join(values).replace(",", " ")  # "Goldman," no word
    for name, values in labels.items():
        doc[label_field(name)] = join_values(values)
    if passage.position == 0:
        doc[TITLE] = article.title
        meta = {
            "url": article.url,
            "byline": article.byline,
            "credit": article.credit,
            "dateline": article.dateline,
        }
        record[META] = json.dumps({k: v for k, v in meta.items() if v})
    doc[RECORD] = encode_record(record)
    return doc


def passage_from_record(fields: dict[str, Any]) -> Passage:
    """Rebuild a :class:`Passage` from the stored fields of its document."""
    return Passage(
        article_id=fields[ARTICLE_ID],
        position=int(fields[POSITION]),
        text=fields.get(TEXT_FIELD, ""),
        heading=fields.get(SECTION) or None,
        mentions=tuple(
            DateSpan(dt.date.fromisoformat(a), dt.date.fromisoformat(b), text)
            for a, b, text in fields.get(MENTIONS_STORED) or ()
        ),
        labels=fields.get(LABELS) or {},
        **{kind.plural: fields.get(kind.name, ()) for kind in ENTITY_KINDS},
    )


def article_meta(record: dict[str, Any]) -> dict[str, str]:
    """The article-level fields (url, byline, credit, dateline) kept in its first record."""
    meta: dict[str, str] = json.loads(record.get(META) or "{}")
    return meta


def article_fields(records: list[dict[str, Any]]) -> dict[str, Any]:
    """An article's fields as its passages' records hold them (the article-level ones in the
    first): the keyword arguments of ``ArticleView`` but its id, for either engine."""
    first = records[0]
    meta = article_meta(first)
    return {
        "title": first.get(TITLE_STORED, ""),
        "date": day_from_key(first.get(DATE)),
        "source": first.get(SOURCE, ""),
        "passages": tuple(passage_from_record(r) for r in records),
        **{name: meta.get(name) for name in ("url", "byline", "credit", "dateline")},
    }


def usual_spelling(records: Iterable[dict[str, Any]], field: str, key: str) -> str:
    """How ``records`` usually write the folded, lowercase term ``key`` of ``field`` ("Ottawa"
    over a dateline's "OTTAWA", "OPEC" over a headline's "Opec", "Pöhl" or "Poehl" for
    "poehl"): the commonest stored spelling, all capitals losing a tie; ``key`` itself when none
    writes it."""
    folded = fold_name if field in _PERSON_FIELDS else fold  # as the field's analyzer folds
    spellings: Counter[str] = Counter()
    for record in records:
        value = stored_value(record, field)
        names = (value,) if isinstance(value, str) else value  # one source, several persons
        spellings.update(name for name in names if folded(name).lower() == key)
    if not spellings:
        return key
    return max(spellings, key=lambda s: (spellings[s], not s.isupper(), s))


_PERSON_FIELDS = frozenset(kind.name for kind in ENTITY_KINDS if kind.is_person)


def stored_value(record: dict[str, Any], field: str) -> str | tuple[str, ...]:
    """What a record holds for an indexed field: names as a tuple (entities, labels), the
    source as a string; empty when absent."""
    if field.startswith(LABEL_PREFIX):
        labels: dict[str, tuple[str, ...]] = record.get(LABELS) or {}
        return labels.get(field[len(LABEL_PREFIX) :], ())
    value: str | tuple[str, ...] = record.get(field) or ()
    return value
