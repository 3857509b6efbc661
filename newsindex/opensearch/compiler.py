"""newsindex's parsed query (Whoosh query objects, from :class:`~newsindex.search.query.
QueryBuilder`) as the OpenSearch query DSL: one walk over the query tree, no second parser.

The terms in the tree are already analysed (stems, folded names, ``YYYYMMDD`` days) and the
cluster fields hold the same terms (:mod:`.mapping`), so each leaf is an exact ``term``,
``match_phrase``, ``wildcard``, ``fuzzy`` or ``range`` query; Whoosh's compound queries become
``bool`` queries. What has no DSL counterpart raises :class:`ClusterUnsupportedError`.

Whoosh's phrase slop counts the positions a word may be from the one before (1: adjacent);
Lucene's counts the moves needed (0: adjacent), so the slop is one less here.
"""

from __future__ import annotations

from typing import Any

from whoosh import query as wq

from ..errors import ClusterUnsupportedError
from ..index.schema import MENTION_SPANS, MENTIONS
from .mapping import cluster_field

__all__ = ["compile_query", "filtered", "spans_within"]

Dsl = dict[str, Any]
MATCH_NONE: Dsl = {"match_none": {}}
MATCH_ALL: Dsl = {"match_all": {}}


def _boosted(body: Dsl, boost: float) -> Dsl:
    if boost != 1.0:
        body["boost"] = boost
    return body


def compile_query(q: Any, cluster: str) -> Dsl:
    """The DSL of the Whoosh query ``q``; ``cluster`` names the cluster in errors."""
    if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
        return MATCH_NONE
    boost = float(getattr(q, "boost", 1.0))
    if isinstance(q, wq.Every):
        if q.fieldname in (None, "*"):
            return MATCH_ALL
        return {"exists": {"field": cluster_field(q.fieldname)}}
    if isinstance(q, wq.Term):
        value = q.text.decode("utf-8") if isinstance(q.text, bytes) else q.text
        return {"term": {cluster_field(q.fieldname): _boosted({"value": value}, boost)}}
    if isinstance(q, wq.Phrase):
        slop = max(0, int(q.slop) - 1)
        phrase = {"query": " ".join(str(w) for w in q.words), "slop": slop}
        return {"match_phrase": {cluster_field(q.fieldname): _boosted(phrase, boost)}}
    if isinstance(q, wq.FuzzyTerm):
        return _fuzzy(q, boost)
    if isinstance(q, wq.Prefix):
        return {"prefix": {cluster_field(q.fieldname): _boosted({"value": q.text}, boost)}}
    if isinstance(q, wq.Wildcard):
        return {"wildcard": {cluster_field(q.fieldname): _boosted({"value": q.text}, boost)}}
    if isinstance(q, wq.Regex):
        return {"regexp": {cluster_field(q.fieldname): _boosted({"value": q.text}, boost)}}
    if isinstance(q, wq.TermRange):
        bounds: Dsl = {}
        if q.start:
            bounds["gt" if q.startexcl else "gte"] = q.start
        if q.end:
            bounds["lt" if q.endexcl else "lte"] = q.end
        days = {"range": {cluster_field(q.fieldname): _boosted(bounds, boost)}}
        if q.fieldname != MENTIONS or not bounds:
            return days
        # A mention longer than a month is held as its span only: it is the passage's too when
        # it lies within the days. Either counts once, as the embedded engine's range scores.
        return {"dis_max": {"queries": [days, spans_within(bounds, boost)]}}
    if isinstance(q, wq.Not):
        return {"bool": {"must_not": [compile_query(q.query, cluster)]}}
    if isinstance(q, wq.AndNot):
        return _bool(
            must=[compile_query(q.a, cluster)], must_not=[compile_query(q.b, cluster)], boost=boost
        )
    if isinstance(q, wq.AndMaybe):
        return _bool(
            must=[compile_query(q.a, cluster)], should=[compile_query(q.b, cluster)], boost=boost
        )
    if isinstance(q, wq.Require):
        return _bool(
            must=[compile_query(q.a, cluster)], filter=[compile_query(q.b, cluster)], boost=boost
        )
    if isinstance(q, (wq.And, wq.Or)) and not isinstance(q, (wq.Sequence, wq.DisjunctionMax)):
        parts = [compile_query(sub, cluster) for sub in q.subqueries]
        if isinstance(q, wq.And):
            return _bool(must=parts, boost=boost)
        return _bool(should=parts, minimum_should_match=1, boost=boost)
    raise ClusterUnsupportedError(cluster, f"the query part {q!r} ({type(q).__name__})")


def spans_within(bounds: Dsl, boost: float = 1.0) -> Dsl:
    """The passages with a mention whose first and last days lie within ``bounds`` (a range
    query's ``gte``/``lte``)."""
    within = {**bounds, "relation": "within"}
    return {"range": {MENTION_SPANS: _boosted(within, boost)}}


def _bool(*, boost: float = 1.0, **clauses: Any) -> Dsl:
    return {"bool": _boosted({k: v for k, v in clauses.items() if v is not None}, boost)}


def filtered(scored: Dsl | None, filters: list[Dsl]) -> Dsl:
    """``scored`` ranked, restricted to the passages every filter matches (unscored)."""
    if not filters:
        return scored if scored is not None else MATCH_ALL
    return _bool(must=[scored] if scored is not None else None, filter=filters)


def _fuzzy(q: Any, boost: float) -> Dsl:
    """A fuzzy word: Whoosh's own as it is; newsindex's (a ``typed`` word beside its stem,
    :class:`~newsindex.search.query.BlendedFuzzyTerm`) as the words near the typed one or, of
    the same first letter, near the stem, a swap of neighbours counting one edit."""
    field = cluster_field(q.fieldname)
    typed = getattr(q, "typed", None)
    if not typed:
        fuzzy = {
            "value": q.text,
            "fuzziness": int(q.maxdist),
            "prefix_length": int(q.prefixlength),
            "transpositions": False,
        }
        return {"fuzzy": {field: _boosted(fuzzy, boost)}}
    near = [
        {
            "fuzzy": {
                field: {
                    "value": word,
                    "fuzziness": int(q.maxdist),
                    "prefix_length": max(1, int(q.prefixlength)),
                    "transpositions": True,
                }
            }
        }
        for word in dict.fromkeys((typed, q.text))
    ]
    return {"bool": _boosted({"should": near, "minimum_should_match": 1}, boost)}
