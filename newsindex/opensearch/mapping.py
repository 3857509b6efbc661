"""The cluster index: its template and mapping, and a passage's Whoosh document as a cluster
document (and its stored record back).

Each field the Whoosh schema indexes is a field here, holding the terms the schema's analyzer
makes of the value: stems of the passage text (a whitespace-analysed ``text`` field, with
positions for phrases and offsets for highlighting), folded lowercase names and name words
(``keyword``; ``persons_words`` is what finds a person by surname), article and mentioned days
(``date`` in ``yyyyMMdd``, the Whoosh day keys) and each mention's first and last day
(``date_range``: a search of days finds the mentions longer than a month that lie within
them, as the Whoosh span keys do). The stored record is kept whole, unindexed. The
mapping is versioned with the Whoosh schema (:data:`~newsindex.index.schema.SCHEMA_VERSION`, in
the index's ``_meta``): a cluster index of another version is refused, not misread. The index
ranks with newsindex's BM25 (:data:`RANKING`), names keeping norms as Whoosh scores them: the
same as far as Lucene's rounding of lengths, not Whoosh's, allows.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Final

from ..index.records import decode_article
from ..index.schema import (
    DATE,
    DUPBANDS,
    DUPKEYS,
    LABEL_PREFIX,
    LABELS,
    MENTION_SPANS,
    MENTIONS,
    PASSAGE_ID,
    RECORD,
    SCHEMA_VERSION,
    SECTION,
    SOURCE,
    TEXT_FIELD,
    TITLE,
    build_schema,
)
from ..kinds import ENTITY_KINDS

__all__ = [
    "DAY_FORMAT",
    "LABELS_OBJECT",
    "META_KEY",
    "RANKING",
    "TEXT_FIELDS",
    "cluster_field",
    "documents",
    "index_body",
    "mapping_version",
    "record_of",
    "template_body",
    "whoosh_schema",
]

META_KEY: Final = "newsindex"
"""The ``_meta`` key holding the schema version the index was built with."""
DAY_FORMAT: Final = "basic_date"
"""``yyyyMMdd``: the Whoosh day keys are the cluster's dates, so a parsed day range compiles
as it is."""
TEXT_FIELDS: Final = (TEXT_FIELD, TITLE, SECTION)
LABELS_OBJECT: Final = "labels"
"""Extra labels (Whoosh's ``label_<name>`` fields) live under one object, ``labels.<name>``."""
RANKING: Final = {"type": "BM25", "k1": 1.5, "b": 0.75}
"""The index's default similarity: newsindex's ranking (:class:`~newsindex.search.ranking.
NewsBM25`, Lucene's BM25 with newsindex's k1 and b) rather than the cluster's defaults."""
_KEYWORD: Final = {"type": "keyword"}
_NAMES: Final = {"type": "keyword", "norms": True}
"""Names, sources and labels, which the Whoosh schema scores by their number in the passage
(``scorable``): a keyword field keeps that length only with norms."""
_DAY: Final = {"type": "date", "format": DAY_FORMAT}
_WORDS: Final = {"type": "text", "analyzer": "whitespace", "index_options": "offsets"}


@lru_cache(maxsize=1)
def whoosh_schema() -> Any:
    """The embedded engine's schema, whose analyzers make the terms the cluster holds."""
    return build_schema()


def cluster_field(name: str) -> str:
    """The cluster field of a Whoosh field name (``label_topic`` is ``labels.topic``)."""
    if name.startswith(LABEL_PREFIX):
        return f"{LABELS_OBJECT}.{name[len(LABEL_PREFIX) :]}"
    return name


def index_body() -> dict[str, Any]:
    """Settings and mappings of a newsindex cluster index."""
    properties: dict[str, Any] = {
        field: dict(_KEYWORD) for field in (PASSAGE_ID, "article_id", DUPKEYS)
    }
    properties[SOURCE] = dict(_NAMES)
    properties.update({field: dict(_WORDS) for field in TEXT_FIELDS})
    properties[DATE] = dict(_DAY)
    properties[MENTIONS] = dict(_DAY)
    properties[MENTION_SPANS] = {"type": "date_range", "format": DAY_FORMAT}
    for kind in ENTITY_KINDS:
        properties[kind.name] = dict(_NAMES)
        properties[f"{kind.name}_words"] = dict(_NAMES)
    properties[LABELS_OBJECT] = {"type": "object", "dynamic": True}
    properties[RECORD] = {"type": "object", "enabled": False}
    # Shards and replicas are the cluster's defaults (or an operator's template's).
    return {
        "settings": {"index": {"similarity": {"default": dict(RANKING)}}},
        "mappings": {
            "dynamic": "strict",
            "_meta": {META_KEY: SCHEMA_VERSION},
            "dynamic_templates": [
                {"labels": {"path_match": f"{LABELS_OBJECT}.*", "mapping": dict(_NAMES)}}
            ],
            "properties": properties,
        },
    }


def template_body(alias: str) -> dict[str, Any]:
    """The index template for every index behind ``alias`` (``ALIAS-*``): a rebuild's new
    index, or one an operator creates by hand, gets the mapping without newsindex."""
    return {"index_patterns": [f"{alias}-*"], "template": index_body(), "priority": 100}


def mapping_version(mapping: dict[str, Any]) -> str:
    """The schema version in an index's mapping (``GET /INDEX/_mapping``); "none" when it was
    not built by newsindex."""
    meta = mapping.get("_meta") or {}
    return str(meta.get(META_KEY) or "none")


def documents(docs: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The cluster documents of an article's Whoosh documents (:func:`newsindex.index.records.
    article_documents`): each field's terms as the Whoosh schema analyses them, and the whole
    record (the article's values in every one: the cluster keeps each document apart)."""
    records = decode_article([doc[RECORD] for doc in docs])
    return [_document(doc, record) for doc, record in zip(docs, records, strict=True)]


def _document(doc: dict[str, Any], record: dict[str, Any]) -> dict[str, Any]:
    schema = whoosh_schema()
    out: dict[str, Any] = {}
    for name, value in doc.items():
        if name == RECORD:
            continue
        if name == MENTION_SPANS:  # "19860101-19861231,...": each mention's first and last day
            spans = (key.partition("-") for key in value.split(",") if key)
            out[name] = [{"gte": first, "lte": last} for first, _, last in spans]
            continue
        terms = list(schema[name].process_text(value)) if value else []
        if name in TEXT_FIELDS:
            out[name] = " ".join(terms)
        elif name.startswith(LABEL_PREFIX):
            out.setdefault(LABELS_OBJECT, {})[name[len(LABEL_PREFIX) :]] = terms
        else:
            out[name] = terms
    # A passage without copy keys (too short) is its own group when results are collapsed.
    # ``collapse`` needs one value: the first band key (whole: Whoosh indexes its bucket).
    out[PASSAGE_ID] = record[PASSAGE_ID]  # the cluster's sort key; Whoosh does not index it
    out[DUPKEYS] = (record.get(DUPBANDS) or [record[PASSAGE_ID]])[0]
    out[RECORD] = record
    return out


_TUPLES: Final = (*(kind.name for kind in ENTITY_KINDS), DUPBANDS)


def record_of(source: dict[str, Any]) -> dict[str, Any]:
    """The stored record of a cluster document, with the tuples JSON made lists."""
    record = dict(source.get(RECORD) or {})
    for key in _TUPLES:
        if key in record:
            record[key] = tuple(record[key])
    if LABELS in record:
        record[LABELS] = {k: tuple(v) for k, v in record[LABELS].items()}
    return record
