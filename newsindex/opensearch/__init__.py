"""OpenSearch as a second engine: the same passages, queries and results, stored on a cluster.

Enrichment stays newsindex's; the cluster stores and searches. The pieces follow the embedded
engine's pipeline: :mod:`.location` (which cluster and index a URL names, and its errors),
:mod:`.mapping` (the index template, and a passage's Whoosh document as a cluster document),
:mod:`.writer` (bulk writing with retries, replacing articles, swapping a rebuilt index in),
:mod:`.compiler` (newsindex's parsed query, Whoosh query objects, as the query DSL) and
:mod:`.handle` (:class:`ClusterIndex`, the handle with :class:`~newsindex.NewsIndex`'s methods).

Every indexed field holds the terms newsindex's own analyzers make (stems, folded names, day
keys), computed before the document is sent: the two engines match the same terms, and the
cluster needs no analysis plug-in nor a stemmer that agrees with Snowball's.
"""

from __future__ import annotations

from .location import Location, is_engine_url

__all__ = ["Location", "is_engine_url"]
