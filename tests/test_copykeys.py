"""Copy keys (newsindex/index/copykeys.py): word shingles, MinHash band keys, the identical-text
shortcut that must agree with the Jaccard test it skips, and the shared-key list's file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsindex.index.copykeys import (
    DUPLICATE_THRESHOLD,
    band_keys,
    identical,
    jaccard,
    read_shared_keys,
    shingles,
    write_shared_keys,
)
from newsindex.index.store import SHARED_KEYS_FILE

WIRE = "Oil prices rose sharply on Monday as OPEC ministers met in Vienna."


def test_identical_texts_are_one_copy() -> None:
    assert identical(WIRE, WIRE)
    assert not identical(WIRE, WIRE.replace("Monday", "Tuesday"))


def test_texts_without_words_are_nobodys_copy() -> None:
    assert not identical("— … —", "— … —")
    assert jaccard(shingles("— … —"), shingles("— … —")) == 0.0
    assert band_keys("— … —") == ()


@given(st.text(max_size=80))
def test_identical_implies_the_jaccard_verdict(text: str) -> None:
    copies = jaccard(shingles(text), shingles(text)) >= DUPLICATE_THRESHOLD
    assert identical(text, text) == copies


def test_shingles_are_four_word_runs_ignoring_case_and_punctuation() -> None:
    assert len(shingles(WIRE)) == len(WIRE.split()) - 3
    assert shingles(WIRE) == shingles(WIRE.upper().replace(" ", " -- "))
    assert len(shingles("Oil rose")) == 1  # fewer words than a shingle: one for all
    assert shingles("Oil rose") != shingles("Oil fell")


def test_band_keys_are_three_fixed_keys_one_per_band() -> None:
    keys = band_keys(WIRE)
    assert len(keys) == 3 and [k.split(".")[0] for k in keys] == ["0", "1", "2"]
    assert band_keys(WIRE.lower() + "!") == keys  # the same words, the same keys
    # Fixed hash parameters: keys are the same in every process and version (the index keeps
    # them), so these values only change with an index format change.
    assert keys == (
        "0.d09e667cd201be2f",
        "1.9093485ca97e9765",
        "2.53fb6a928ec1e248",
    )


def test_near_copies_share_keys_and_other_texts_do_not() -> None:
    near = WIRE + " Ministers will meet again next month in Vienna."
    story = WIRE + " " + " ".join(f"word{i}" for i in range(30))
    edited = story.replace("word29", "end")
    assert jaccard(shingles(story), shingles(edited)) >= DUPLICATE_THRESHOLD
    assert band_keys(story)[0] == band_keys(edited)[0]
    assert jaccard(shingles(WIRE), shingles(near)) < DUPLICATE_THRESHOLD
    other = "Gold fell in London as the dollar firmed against the yen on Friday."
    assert set(band_keys(WIRE)).isdisjoint(band_keys(other))


@given(
    st.integers(min_value=0, max_value=2**40),
    st.dictionaries(
        st.text(min_size=1, max_size=20),
        st.lists(st.integers(min_value=0, max_value=10**6), min_size=2, max_size=5),
        max_size=5,
    ),
)
def test_the_shared_key_list_reads_back_as_written(
    tmp_path_factory: pytest.TempPathFactory, generation: int, keys: dict[str, list[int]]
) -> None:
    path = tmp_path_factory.mktemp("keys")
    write_shared_keys(path, generation, keys)
    assert read_shared_keys(path) == (generation, {k: tuple(v) for k, v in keys.items()})


@pytest.mark.parametrize(
    "content",
    [None, "", "{", "[]", '{"generation": 3}', '{"generation": "x", "keys": {}}', '{"keys": 1}'],
)
def test_a_missing_or_damaged_list_reads_as_none(tmp_path: Path, content: str | None) -> None:
    if content is not None:
        (tmp_path / SHARED_KEYS_FILE).write_text(content)
    assert read_shared_keys(tmp_path) is None


def test_the_list_is_replaced_whole(tmp_path: Path) -> None:
    write_shared_keys(tmp_path, 1, {"0.a.b": [1, 2]})
    write_shared_keys(tmp_path, 2, {})
    assert read_shared_keys(tmp_path) == (2, {})
    assert json.loads((tmp_path / SHARED_KEYS_FILE).read_text()) == {"generation": 2, "keys": {}}
    assert [p.name for p in tmp_path.iterdir()] == [SHARED_KEYS_FILE]  # no temporary left
