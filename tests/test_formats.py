"""Word positions in text postings (newsindex/index/formats.py): what Whoosh's Positions format
answers, in fewer bytes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from whoosh.formats import Positions

from newsindex.index.formats import VarintPositions
from newsindex.index.schema import build_schema

POSITIONS = st.lists(st.integers(0, 2**31), min_size=1, max_size=40, unique=True).map(sorted)


@given(POSITIONS)
def test_positions_read_back_as_whoosh_reads_its_own(positions: list[int]) -> None:
    mine, whooshs = VarintPositions(field_boost=1.5), Positions(field_boost=1.5)
    value, theirs = mine.encode(positions), whooshs.encode(positions)
    for name in ("positions", "frequency", "weight", "position_boosts"):
        assert mine.decoder(name)(value) == whooshs.decoder(name)(theirs), name
    assert len(value) < len(theirs)


@given(POSITIONS, POSITIONS)
def test_merged_postings_hold_the_positions_of_both(a: list[int], b: list[int]) -> None:
    fmt = VarintPositions()
    assert fmt.decode_positions(fmt.combine([fmt.encode(a), fmt.encode(b)])) == sorted({*a, *b})


def test_a_passage_with_one_position_costs_one_byte() -> None:
    assert VarintPositions().encode([5]) == b"\x05"  # Whoosh's: 14 bytes


def test_text_fields_index_positions_with_it() -> None:
    schema = build_schema()
    for name in ("text", "title", "section"):
        assert type(schema[name].format) is VarintPositions
    assert schema["title"].format.field_boost == 1.5
