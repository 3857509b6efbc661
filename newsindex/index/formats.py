"""How a text field's postings hold a passage's word positions (for phrases).

Whoosh's :class:`~whoosh.formats.Positions` writes each posting's positions as a 4-byte count
and a pickled list: 14 bytes for the one position most postings have, and a ``pickle.loads`` for
every posting a phrase query reads. :class:`VarintPositions` writes the gaps between positions
as variable-length integers (one byte each below 128) and reads them back in a loop. Whoosh
pickles the format into the index schema, so, like the analyzers, it must unpickle cheaply.
"""

from __future__ import annotations

from collections.abc import Iterable

from whoosh.formats import Positions

__all__ = ["VarintPositions"]


class VarintPositions(Positions):  # type: ignore[misc]
    """:class:`~whoosh.formats.Positions` with each posting's value the gaps between its
    positions (the first from 0) as base-128 varints, low bits first."""

    def encode(self, poslist: Iterable[int]) -> bytes:
        out = bytearray()
        base = 0
        for pos in poslist:
            gap = pos - base
            base = pos
            while gap >= 0x80:
                out.append(gap & 0x7F | 0x80)
                gap >>= 7
            out.append(gap)
        return bytes(out)

    def decode_positions(self, valuestring: bytes) -> list[int]:
        positions: list[int] = []
        position = gap = shift = 0
        for byte in valuestring:
            if byte & 0x80:
                gap |= (byte & 0x7F) << shift
                shift += 7
            else:
                position += gap | byte << shift
                positions.append(position)
                gap = shift = 0
        return positions

    def decode_frequency(self, valuestring: bytes) -> int:
        return sum(byte < 0x80 for byte in valuestring)  # one final byte per position
