"""Each passage's stored fields, kept as one uncompressed record in a Whoosh column.

Whoosh stores a document's stored fields pickled *and* zlib-compressed: reading one newsindex
passage took 13.5 µs, 6 of them in ``zlib.decompress``, to save a quarter of 600 bytes. Every
search reads its page of hits, and wire-copy folding reads more, so the fields live instead in a
``COLUMN`` field (:data:`~newsindex.index.schema.RECORD`) as one pickled dict: about 3 µs a read.
The dict's keys are the field-name constants of :mod:`newsindex.index.schema`; absent values
are left out, as Whoosh left them out of stored fields.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from typing import Any

from .schema import RECORD

__all__ = ["Records", "encode_record"]


def encode_record(fields: dict[str, Any]) -> bytes:
    """The column value of a passage's stored fields."""
    return pickle.dumps(fields, protocol=pickle.HIGHEST_PROTOCOL)


class Records:
    """The stored fields of the documents of one index reader (a searcher's ``reader()``)."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._column = (
            reader.column_reader(RECORD, translate=False) if reader.has_column(RECORD) else None
        )

    def __getitem__(self, docnum: int) -> dict[str, Any]:
        raw = self._column[docnum] if self._column is not None else b""
        return pickle.loads(raw) if raw else {}

    def __iter__(self) -> Iterator[dict[str, Any]]:
        """The stored fields of every live (not deleted) document."""
        for docnum in self._reader.all_doc_ids():
            yield self[docnum]

    def matching(self, searcher: Any, field: str, term: str) -> Iterator[dict[str, Any]]:
        """The stored fields of the live documents holding ``term`` in ``field``."""
        for docnum in searcher.document_numbers(**{field: term}):
            yield self[docnum]
