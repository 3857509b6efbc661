"""Readers for the classic IR test collections in ``../shared/corpora/ir-collections``.

CISI and MED come in the SMART format: a record starts with ``.I n`` and its fields with a
``.X`` line (``.T`` title, ``.A`` author, ``.W`` text, ``.B`` reference, ``.X`` citations...).
The judgement files list one relevant (query, document) pair per line, with the ids in
different columns per collection (see ``SOURCE.md`` there). Text is read with its whitespace
collapsed (the files wrap lines at 72 columns and pad them with spaces).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["COLLECTIONS", "Collection", "Document", "Query", "load_collection", "read_smart"]

IR_COLLECTIONS = Path("corpora") / "ir-collections"
"""Where the collections sit under the shared data folder."""

_FIELD = re.compile(r"^\.([A-Z])(?:\s+(\S.*))?$")


@dataclass(frozen=True, slots=True)
class _Layout:
    folder: str
    stem: str
    rel_columns: tuple[int, int]
    """Columns of the query id and the document id in the ``.REL`` file."""


COLLECTIONS: dict[str, _Layout] = {
    "cisi": _Layout("cisi", "CISI", (0, 1)),  # "query doc 0 0.0"
    "med": _Layout("med", "MED", (0, 2)),  # "query 0 doc 1"
}

TEXT_FIELDS = ("T", "W")
"""The fields that make the text of a document or query: title and abstract (CISI's later
queries are whole papers with a title; their author and reference fields are left out)."""


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    title: str
    body: str

    @property
    def text(self) -> str:
        """Title and body, the text every engine indexes."""
        return f"{self.title}\n\n{self.body}" if self.title else self.body


@dataclass(frozen=True, slots=True)
class Query:
    id: str
    text: str


@dataclass(frozen=True, slots=True)
class Collection:
    name: str
    documents: tuple[Document, ...]
    queries: tuple[Query, ...]
    """Only the queries with at least one relevant document, in id order."""
    relevant: dict[str, frozenset[str]]
    """Query id → ids of its relevant documents."""


def read_smart(path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    """Each record of a SMART file as its ``.I`` id and its fields (letter → collapsed text)."""
    record_id: str | None = None
    fields: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in path.read_text(encoding="latin-1").splitlines():
        m = _FIELD.match(line.rstrip())
        if m and m.group(1) == "I":
            if record_id is not None:
                yield record_id, _joined(fields)
            record_id, fields, current = (m.group(2) or "").strip(), {}, None
        elif m:
            current = fields.setdefault(m.group(1), [])
            if m.group(2):
                current.append(m.group(2))
        elif current is not None:
            current.append(line)
    if record_id is not None:
        yield record_id, _joined(fields)


def _joined(fields: dict[str, list[str]]) -> dict[str, str]:
    return {key: " ".join(" ".join(lines).split()) for key, lines in fields.items()}


def _read_relevant(path: Path, columns: tuple[int, int]) -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        parts = line.split()
        if parts:
            pairs.setdefault(parts[columns[0]], set()).add(parts[columns[1]])
    return {query: frozenset(docs) for query, docs in pairs.items()}


def load_collection(name: str, shared: Path) -> Collection:
    """Read collection ``name`` (a key of :data:`COLLECTIONS`) from the shared data folder."""
    layout = COLLECTIONS[name]
    folder = shared / IR_COLLECTIONS / layout.folder
    if not folder.is_dir():
        raise FileNotFoundError(f"no {name} collection at {folder.resolve()}")
    documents = tuple(
        Document(doc_id, fields.get("T", ""), fields.get("W", ""))
        for doc_id, fields in read_smart(folder / f"{layout.stem}.ALL")
    )
    relevant = _read_relevant(folder / f"{layout.stem}.REL", layout.rel_columns)
    queries = tuple(
        Query(query_id, "\n".join(fields[k] for k in TEXT_FIELDS if fields.get(k)))
        for query_id, fields in read_smart(folder / f"{layout.stem}.QRY")
        if relevant.get(query_id)
    )
    return Collection(name, documents, queries, relevant)
