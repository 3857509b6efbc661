"""Writing passages to a cluster: streamed with the bulk helpers, replacing articles by id.

A passage's id is its ``_id``, so writing an article again replaces its passages, and the
passages it no longer has are deleted after its new ones are written. Articles are sent in
batches; the bulk helper retries a rejected-for-load request (HTTP 429) with growing pauses, a
passage the cluster refuses is one problem in the report (the rest of the run goes on), and a
run stopped by an unreachable cluster keeps every batch sent before: running it again
completes the rest.

The index behind the alias is ``ALIAS-SCHEMA_VERSION``; ``rebuild`` writes a new one beside it
and moves the alias in one step at the end, so searches use the old index until the new one is
complete (and keep it when the rebuild fails).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Sequence
from typing import Any, Final

from ..errors import ClusterVersionError, NewsindexError
from ..index.schema import ARTICLE_ID, PASSAGE_ID, SCHEMA_VERSION
from ..problems import ProblemLog
from .location import Location, translated
from .mapping import documents, index_body, mapping_version, template_body

__all__ = ["ARTICLES_PER_BULK", "ClusterWriter", "delete_cluster_articles"]

ARTICLES_PER_BULK: Final = 500
"""Articles sent per batch (then their stale passages are deleted): a stopped run loses at
most the batch being sent."""
PASSAGES_PER_REQUEST: Final = 500
RETRIES: Final = 5
"""Retries of a bulk request the cluster turned down for load (429), pausing 1, 2, 4... s."""


class ClusterWriter:
    """Writes articles' Whoosh documents to the index behind a cluster alias. Use as a context
    manager: leaving it commits (refresh, and for a rebuild the alias swap), an error cancels."""

    def __init__(
        self, where: Location, *, log: ProblemLog, rebuild: bool = False, batch_size: int = 0
    ) -> None:
        self.where = where
        self._log = log
        self._rebuild = rebuild
        self._batch = min(batch_size or ARTICLES_PER_BULK, ARTICLES_PER_BULK)
        self._client = where.client()
        self._pending: list[tuple[str, str, Sequence[dict[str, Any]]]] = []
        self._target = ""
        self.rejected = 0

    def __enter__(self) -> ClusterWriter:
        with translated(self.where):
            self._target = self._prepare()
        return self

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        if kind is None:
            self.commit()
        else:
            self.cancel()

    def _prepare(self) -> str:
        """The index to write: the alias's (checked for its version), or a new one."""
        alias, indices = self.where.alias, self._client.indices
        indices.put_index_template(name=f"newsindex-{alias}", body=template_body(alias))
        if self._rebuild:
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d%H%M%S%f")
            target = f"{alias}-{SCHEMA_VERSION}-{stamp}"
            indices.create(index=target, body=index_body())
            return target
        current = self._behind_alias()
        if not current and indices.exists(index=alias):
            current = [alias]  # an index of that name (made by hand, or from an export file)
        if current:
            self._check_version(current[-1])
            return current[-1]
        target = f"{alias}-{SCHEMA_VERSION}"
        # Several writers may start at once (one per share of an archive): all create it,
        # the first wins and the others find it there.
        indices.create(index=target, body=index_body(), ignore=400)
        self._check_version(target)
        indices.put_alias(index=target, name=alias)
        return target

    def _behind_alias(self) -> list[str]:
        found = self._client.indices.get_alias(name=self.where.alias, ignore=404)
        return sorted(name for name in found if name not in ("error", "status"))

    def _check_version(self, index: str) -> None:
        # Keyed by the concrete index: ``index`` may be an alias another writer just made.
        for name, body in self._client.indices.get_mapping(index=index).items():
            found = mapping_version(body["mappings"])
            if found != SCHEMA_VERSION:
                raise ClusterVersionError(self.where.cluster, name, found, SCHEMA_VERSION)

    def add(self, article_id: str, docs: Sequence[dict[str, Any]], origin: str) -> None:
        """Queue an article's documents; a full batch is sent."""
        self._pending.append((article_id, origin, docs))
        if len(self._pending) >= self._batch:
            self.flush()

    def flush(self) -> None:
        """Send the queued articles, then delete the passages they no longer have."""
        from opensearchpy import helpers

        pending, self._pending = self._pending, []
        if not pending:
            return
        sent = [(origin, d) for _, origin, docs in pending for d in documents(docs)]
        origins = {source[PASSAGE_ID]: origin for origin, source in sent}
        actions = (
            {"_index": self._target, "_id": source[PASSAGE_ID], "_source": source}
            for _, source in sent
        )
        written: list[str] = []
        with translated(self.where):
            for ok, info in helpers.streaming_bulk(
                self._client,
                actions,
                chunk_size=PASSAGES_PER_REQUEST,
                max_retries=RETRIES,
                initial_backoff=1,
                max_backoff=30,
                raise_on_error=False,
            ):
                result = next(iter(info.values()))
                if ok:
                    written.append(result["_id"])
                    continue
                self.rejected += 1
                error = result.get("error") or {}
                reason = error.get("reason", error) if isinstance(error, dict) else error
                self._log.skip(
                    origins.get(result.get("_id"), "?"),
                    None,
                    f"passage {result.get('_id')} refused by the cluster ({reason})",
                    "not indexed; the rest of the article is",
                )
            if not self._rebuild:
                self._delete_stale([a for a, _, _ in pending], written)

    def _delete_stale(self, articles: list[str], written: list[str]) -> None:
        query = {
            "bool": {
                "filter": [{"terms": {ARTICLE_ID: articles}}],
                "must_not": [{"ids": {"values": written}}],
            }
        }
        self._client.delete_by_query(
            index=self._target, body={"query": query}, conflicts="proceed", refresh=False
        )

    def commit(self) -> None:
        """Send what is queued, make it searchable, and put a rebuilt index behind the alias."""
        self.flush()
        with translated(self.where):
            self._client.indices.refresh(index=self._target)
            if self._rebuild:
                self._swap()

    def _swap(self) -> None:
        alias, indices = self.where.alias, self._client.indices
        old = self._behind_alias()
        actions: list[dict[str, Any]] = [{"remove": {"index": i, "alias": alias}} for i in old]
        if not old and indices.exists(index=alias):
            actions.append({"remove_index": {"index": alias}})
        actions.append({"add": {"index": self._target, "alias": alias}})
        indices.update_aliases(body={"actions": actions})
        for index in old:
            indices.delete(index=index, ignore=404)

    def cancel(self) -> None:
        """Keep what was sent, searchable (an interrupted run is completed by running it
        again); a rebuild that did not finish is deleted, and the alias keeps the index it had.
        A cluster that is gone by now is left as it is: the error that stopped the run says
        so."""
        self._pending = []
        if not self._target:
            return
        with contextlib.suppress(NewsindexError), translated(self.where):
            if self._rebuild:
                self._client.indices.delete(index=self._target, ignore=404)
            else:
                self._client.indices.refresh(index=self._target)


def delete_cluster_articles(where: Location, ids: Sequence[str]) -> dict[str, int]:
    """Delete every passage of each article of ``ids`` from the index behind the alias, then
    refresh: the passages deleted per article found (counted first, in batches of
    :data:`ARTICLES_PER_BULK`, with one filter per article)."""
    client = where.client()
    try:
        with translated(where):
            found: dict[str, int] = {}
            for at in range(0, len(ids), ARTICLES_PER_BULK):
                batch = list(ids[at : at + ARTICLES_PER_BULK])
                buckets = {str(n): {"term": {ARTICLE_ID: i}} for n, i in enumerate(batch)}
                counted = client.search(
                    index=where.alias,
                    body={"size": 0, "aggs": {"ids": {"filters": {"filters": buckets}}}},
                )["aggregations"]["ids"]["buckets"]
                found.update(
                    {i: n for k, i in enumerate(batch) if (n := counted[str(k)]["doc_count"])}
                )
                held = [i for i in batch if i in found]
                if held:
                    client.delete_by_query(
                        index=where.alias,
                        body={"query": {"terms": {ARTICLE_ID: held}}},
                        conflicts="proceed",
                        refresh=True,
                    )
            return found
    finally:
        client.close()
