"""Which engine a location names: an index folder (the embedded Whoosh engine) or a cluster
(``opensearch://HOST:PORT/INDEX``, the OpenSearch engine), opened behind one function."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from .opensearch.location import given_or_engine, is_engine_url
from .search.handle import NewsIndex
from .search.handle import open_index as open_folder

__all__ = ["open_index"]


def open_index(
    path: Path | str | None = None,
    *,
    aliases: Path | str | None = None,
    in_memory: bool = False,
) -> NewsIndex:
    """Open the index at ``path``: a folder (see :func:`newsindex.search.handle.open_index`)
    or a cluster URL, ``opensearch://HOST:9200/news`` (a
    :class:`~newsindex.opensearch.handle.ClusterIndex`, with the same methods and results).
    Without ``path``, ``$NEWSINDEX_ENGINE`` names a cluster, else the folder is
    ``$NEWSINDEX_INDEX`` or the per-user data folder. ``in_memory`` concerns folders only."""
    path = given_or_engine(path)
    if is_engine_url(path):
        # Typed as the embedded handle, whose public methods and results it has, until the
        # front ends' annotations name a protocol both engines meet.
        from .opensearch.handle import open_cluster  # only a cluster's handle loads it

        return cast(NewsIndex, open_cluster(str(path), aliases=aliases))
    return open_folder(path, aliases=aliases, in_memory=in_memory)
