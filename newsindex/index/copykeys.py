"""Near-duplicate passages (the same wire paragraph in several stories): MinHash over word
shingles, banded into index keys, confirmed by exact Jaccard similarity.

Six min-hashes in three bands of two make passages with similarity 0.8 share a band key with
probability 0.95 (1 - (1 - 0.8²)³), 0.9 with 0.99; every candidate is then checked exactly, so
band collisions cost time, never correctness. Three keys per passage, because each distinct
index term costs Whoosh a dictionary entry: more bands made indexing measurably slower.

The index holds each passage's first key only as its bucket (:func:`key_bucket`, 12 bits):
nearly every key is held by one passage, and a dictionary entry and a postings block per passage
made up a tenth of a ten-times-Reuters index. The writer lists the keys that two or more
passages hold in a file beside the index (:data:`~newsindex.index.store.SHARED_KEYS_FILE`), so
search checks a shown hit's key against that list instead of looking it up in every segment.
"""

from __future__ import annotations

import json
import re
import struct
import zlib
from pathlib import Path

from .store import SHARED_KEYS_FILE, first_keys_file, write_json

__all__ = [
    "DUPLICATE_THRESHOLD",
    "band_keys",
    "first_key",
    "identical",
    "jaccard",
    "key_bucket",
    "pack_keys",
    "read_first_keys",
    "read_shared_keys",
    "shingles",
    "unpack_keys",
    "write_first_keys",
    "write_shared_keys",
]

DUPLICATE_THRESHOLD = 0.8
"""Jaccard similarity of 4-word shingles from which two passages count as the same copy."""

SHINGLE_WORDS = 4
_BANDS, _ROWS = 3, 2
_PRIME = (1 << 61) - 1
# Fixed (a, b) pairs so keys are identical across processes and versions.
_HASHES = [
    (0x5DEECE66D + 2 * i * 0x9E3779B1 + 1, 0xB + i * 0x7F4A7C15) for i in range(_BANDS * _ROWS)
]
_MIX = 0x9E3779B97F4A7C15  # odd: multiplying by it permutes 64-bit values
_BITS64 = (1 << 64) - 1
_WORD = re.compile(r"\w+")


def shingles(text: str) -> frozenset[int]:
    """Hashes of the passage's overlapping 4-word sequences (lowercased)."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return frozenset({zlib.crc32(" ".join(words).encode())}) if words else frozenset()
    return frozenset(
        zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode())
        for i in range(len(words) - SHINGLE_WORDS + 1)
    )


def band_keys(text: str) -> tuple[str, ...]:
    """Index keys: passages that share one are candidate copies of each other."""
    grams = shingles(text)
    if not grams:
        return ()
    mins = [min((a * g + b) % _PRIME for g in grams) for a, b in _HASHES]
    # A band's two min-hashes folded into 64 bits: half the characters of writing both, in
    # every record and dictionary entry, and a false match still about one in 2**64.
    return tuple(
        f"{band}.{(mins[band * _ROWS] * _MIX + mins[band * _ROWS + 1]) & _BITS64:x}"
        for band in range(_BANDS)
    )


def pack_keys(keys: tuple[str, ...]) -> bytes:
    """Band keys as a record stores them: 8 bytes each, in band order (a third of the size of
    the pickled strings)."""
    return struct.pack(f">{len(keys)}Q", *(int(key.rpartition(".")[2], 16) for key in keys))


def unpack_keys(packed: bytes) -> tuple[str, ...]:
    """The band keys of :func:`pack_keys`' bytes."""
    values = struct.unpack(f">{len(packed) // 8}Q", packed)
    return tuple(f"{band}.{value:x}" for band, value in enumerate(values))


def first_key(value: int) -> str:
    """The first band key whose :func:`pack_keys` value is ``value``."""
    return f"0.{value:x}"


def key_bucket(key: str) -> str:
    """The indexed term of band key ``key``: its low 12 bits, so a segment has at most 4,096
    such terms (with 65,536, a segment of 45,000 passages still had 33,000); passages sharing
    one are candidates until their keys are compared."""
    return f"{int(key.rpartition('.')[2], 16) & 0xFFF:03x}"


def identical(a: str, b: str) -> bool:
    """Whether two texts are one copy without shingling them (most wire copies are exact):
    equal, with a word to shingle (a text without words is nobody's copy)."""
    return a == b and _WORD.search(a) is not None


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def write_shared_keys(path: Path, generation: int, keys: dict[str, list[int]]) -> None:
    """Record the shared copy keys of index generation ``generation`` and the documents holding
    each (writer lock held)."""
    write_json(path / SHARED_KEYS_FILE, {"generation": generation, "keys": keys})


def read_shared_keys(path: Path) -> tuple[int, dict[str, tuple[int, ...]]] | None:
    """The recorded shared copy keys with their documents, and the index generation they
    describe; None when absent or unreadable."""
    try:
        data = json.loads((path / SHARED_KEYS_FILE).read_text(encoding="utf-8"))
        keys = {str(k): tuple(int(d) for d in docs) for k, docs in data["keys"].items()}
        return int(data["generation"]), keys
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


_FIRST_KEYS_HEAD = struct.Struct("<4sI")
_FIRST_KEYS_MAGIC = b"NXFK"


def write_first_keys(path: Path, segment: str, firsts: dict[int, int]) -> None:
    """Record the first copy key (as :func:`pack_keys` stores it) of each document of segment
    ``segment`` that has one, by document number within the segment. A segment never changes
    once written, so listing the shared keys after a commit reads only the new segments'
    records (writer lock held)."""
    docs, keys = list(firsts), list(firsts.values())
    data = b"".join(
        (
            _FIRST_KEYS_HEAD.pack(_FIRST_KEYS_MAGIC, len(docs)),
            struct.pack(f"<{len(docs)}I", *docs),
            struct.pack(f"<{len(keys)}Q", *keys),
        )
    )
    target = first_keys_file(path, segment)
    temp = target.with_name(f"{target.name}.tmp")
    temp.write_bytes(data)
    temp.replace(target)


def read_first_keys(path: Path, segment: str) -> dict[int, int] | None:
    """The first copy keys :func:`write_first_keys` recorded for ``segment``; None when absent
    or damaged (the caller reads the segment's records again)."""
    try:
        data = first_keys_file(path, segment).read_bytes()
        magic, count = _FIRST_KEYS_HEAD.unpack_from(data)
    except (OSError, struct.error):
        return None
    if magic != _FIRST_KEYS_MAGIC or len(data) != _FIRST_KEYS_HEAD.size + 12 * count:
        return None
    docs = struct.unpack_from(f"<{count}I", data, _FIRST_KEYS_HEAD.size)
    keys = struct.unpack_from(f"<{count}Q", data, _FIRST_KEYS_HEAD.size + 4 * count)
    return dict(zip(docs, keys, strict=True))
