"""Wire-copy folding (newsindex/search/copies.py): identical and near-identical passages among a
query's matches fold into one hit listing the others in ``duplicates``; different passages do
not; copies past the page are found through the writer's shared-key list or the index."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support import article

from newsindex import Passage, index_passages, open_index, optimize_index
from newsindex.index.copykeys import band_keys, read_shared_keys, write_shared_keys
from newsindex.index.records import Records
from newsindex.index.store import SHARED_KEYS_FILE, open_existing

WIRE = "Oil prices rose sharply on Monday as OPEC ministers met in Vienna to discuss output."
STORY = (
    "Oil prices rose sharply on Monday as OPEC ministers met in Vienna to discuss output quotas "
    "for the coming quarter, with Saudi Arabia pressing members to hold production steady while "
    "demand recovers."
)
"""A longer wire paragraph; papers that run it change a word or add an attribution."""


def build_copies_index(path: Path) -> Path:
    """Four stories carrying the same wire paragraph (one with a comma more), each with a local
    paragraph of its own, and one story about oil that is no copy."""
    items = [
        (
            article(f"w{i}", dt.date(1987, 3, 2 + i), title=f"Wire {i}"),
            [
                Passage(f"w{i}", 0, WIRE.replace("Monday", "Monday" if i % 2 else "Monday,")),
                Passage(f"w{i}", 1, f"Unrelated local paragraph number {i} about harbour fishing."),
            ],
        )
        for i in range(4)
    ]
    items.append(
        (
            article("other", dt.date(1987, 3, 9), title="Other"),
            [Passage("other", 0, "Oil prices fell after a storm in the Gulf of Mexico.")],
        )
    )
    index_passages(items, index=path)
    return path


@pytest.fixture(scope="module")
def copies_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The copies index, built once for the tests that only search it."""
    return build_copies_index(tmp_path_factory.mktemp("copies") / "index")


def test_wire_copies_collapse_into_one_hit(copies_index: Path) -> None:
    with open_index(copies_index) as ix:
        collapsed = ix.search("oil prices")
        everything = ix.search("oil prices", collapse=False)
    assert collapsed.total == everything.total == 5
    assert len(everything.hits) == 5
    assert all(h.duplicates == () for h in everything.hits)
    assert len(collapsed.hits) == 2
    wire_hit = next(h for h in collapsed.hits if h.article_id.startswith("w"))
    assert len(wire_hit.duplicates) == 3
    assert {pid for pid, _ in wire_hit.duplicates} | {wire_hit.id} == {f"w{i}#0" for i in range(4)}
    other = next(h for h in collapsed.hits if h.article_id == "other")
    assert other.duplicates == ()


def test_duplicates_carry_their_article_dates(copies_index: Path) -> None:
    with open_index(copies_index) as ix:
        (hit,) = ix.search("opec vienna", sort="date", limit=1).hits
    assert hit.id == "w0#0"
    assert list(hit.duplicates) == [(f"w{i}#0", dt.date(1987, 3, 2 + i)) for i in range(1, 4)]


def test_pages_are_pages_of_folded_hits(copies_index: Path) -> None:
    """Copies fold before paging: the second page does not repeat the first one's copies."""
    with open_index(copies_index) as ix:
        first = ix.search("oil prices", sort="-date", limit=1).hits
        second = ix.search("oil prices", sort="-date", limit=1, offset=1).hits
        third = ix.search("oil prices", sort="-date", limit=1, offset=2).hits
    assert [h.id for h in first] == ["other#0"]
    assert [h.id for h in second] == ["w3#0"]
    assert len(second[0].duplicates) == 3
    assert third == ()


@pytest.mark.parametrize("key_list", ["current", "missing", "stale"])
def test_copies_past_the_page_are_listed_either_way(tmp_path: Path, key_list: str) -> None:
    """A page of one hit still lists all its copies, whether the writer's list of shared copy
    keys is current or the keys are looked up (no list, or one for another generation)."""
    path = build_copies_index(tmp_path / "copies")
    known = read_shared_keys(path)
    assert known is not None and len(known[1]) == 1  # the four wire copies share one key
    if key_list == "missing":
        (path / SHARED_KEYS_FILE).unlink()
    elif key_list == "stale":
        write_shared_keys(path, known[0] - 1, {})
    with open_index(path) as ix:
        results = ix.search("opec vienna", limit=1)
    assert results.total == 4
    (hit,) = results.hits
    assert {pid for pid, _ in hit.duplicates} | {hit.id} == {f"w{i}#0" for i in range(4)}
    assert [day for _, day in hit.duplicates] == sorted(day for _, day in hit.duplicates)


@pytest.mark.parametrize("key_list", ["current", "stale"])
def test_passages_sharing_only_a_bucket_are_not_copies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key_list: str
) -> None:
    """The index holds copy keys by bucket; with every key in one bucket, the shared-key list
    and the look-up in the index still give the wire copies alone (the "other" oil story and
    the local paragraphs share the bucket, not a key)."""
    monkeypatch.setattr("newsindex.index.records.key_bucket", lambda key: "000")
    monkeypatch.setattr("newsindex.search.copies.key_bucket", lambda key: "000")
    path = build_copies_index(tmp_path / "copies")
    known = read_shared_keys(path)
    assert known is not None
    assert list(known[1]) == [band_keys(WIRE)[0]]
    if key_list == "stale":
        write_shared_keys(path, known[0] - 1, {})
    with open_index(path) as ix:
        results = ix.search("oil", limit=2)
    assert results.total == 5
    (other,) = [hit for hit in results.hits if hit.id == "other#0"]
    (wire,) = [hit for hit in results.hits if hit.id != "other#0"]
    assert {pid for pid, _ in wire.duplicates} | {wire.id} == {f"w{i}#0" for i in range(4)}
    assert other.duplicates == ()


def test_the_shared_key_list_reads_back_as_the_documents_holding_each_key(
    copies_index: Path,
) -> None:
    """The sidecar describes the committed generation: the wire copies' first band key, held by
    exactly their four documents; keys held once are not listed."""
    generation, shared = read_shared_keys(copies_index)  # type: ignore[misc]
    ix = open_existing(copies_index)
    try:
        assert generation == ix.latest_generation()
        with ix.searcher() as searcher:
            records = Records(searcher.reader())
            ids = {
                docnum: records[docnum]["passage_id"] for docnum in searcher.reader().all_doc_ids()
            }
    finally:
        ix.close()
    (key, holders) = next(iter(shared.items()))
    assert len(shared) == 1
    assert key == band_keys(WIRE)[0] == band_keys(WIRE.replace("Monday", "Monday,"))[0]
    assert sorted(ids[d] for d in holders) == [f"w{i}#0" for i in range(4)]


def test_a_copy_added_later_is_found_from_either_side(tmp_path: Path) -> None:
    """The shared-key list follows incremental runs: a wire copy indexed in a second run makes
    the first one's key shared, so searching finds the pair from whichever hit is shown."""
    path = tmp_path / "ix"
    index_passages(
        [(article("first", dt.date(1987, 3, 2)), [Passage("first", 0, WIRE)])], index=path
    )
    first_generation, shared = read_shared_keys(path)  # type: ignore[misc]
    assert shared == {}
    index_passages(
        [(article("later", dt.date(1987, 3, 3)), [Passage("later", 0, WIRE)])], index=path
    )
    generation, shared = read_shared_keys(path)  # type: ignore[misc]
    assert generation > first_generation and len(shared) == 1
    with open_index(path) as ix:
        (hit,) = ix.search("opec", limit=1).hits
        assert [pid for pid, _ in hit.duplicates] == [
            "later#0" if hit.id == "first#0" else "first#0"
        ]
        (hit,) = ix.search("opec", limit=1, sort="date").hits
        assert (hit.id, [pid for pid, _ in hit.duplicates]) == ("first#0", ["later#0"])
    # Rewritten, the first story is no copy any more: its old document is deleted, not listed.
    index_passages(
        [(article("first", dt.date(1987, 3, 2)), [Passage("first", 0, "OPEC met again.")])],
        index=path,
    )
    with open_index(path) as ix:
        hits = ix.search("opec", limit=10).hits
    assert sorted(h.id for h in hits) == ["first#0", "later#0"]
    assert all(h.duplicates == () for h in hits)
    assert read_shared_keys(path)[1] == {}  # type: ignore[index]


def _first_key_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.glob("newsindex-firstkeys-*.bin"))


def test_each_segment_keeps_its_first_keys_until_merged_away(tmp_path: Path) -> None:
    """Listing the shared keys after a run reads only the new segments' records: each segment's
    first keys are kept beside the index, a damaged file is read again from its segment, and a
    merge leaves only the merged segment's file."""
    path = tmp_path / "ix"
    for name in ("first", "later"):
        index_passages([(article(name, dt.date(1987, 3, 2)), [Passage(name, 0, WIRE)])], index=path)
    ix = open_existing(path)
    try:
        with ix.reader() as reader:
            segments = [leaf.segment().segment_id() for leaf, _ in reader.leaf_readers()]
    finally:
        ix.close()
    assert _first_key_files(path) == sorted(f"newsindex-firstkeys-{s}.bin" for s in segments)
    assert len(segments) == 2
    expected = read_shared_keys(path)[1]  # type: ignore[index]
    assert len(expected) == 1
    (path / _first_key_files(path)[0]).write_bytes(b"NXFK\x09")
    index_passages(
        [
            (
                article("third", dt.date(1987, 3, 4)),
                [Passage("third", 0, "Harbour fishing resumed.")],
            )
        ],
        index=path,
    )
    assert read_shared_keys(path)[1] == expected  # type: ignore[index]
    assert optimize_index(path).segments_after == 1
    assert len(_first_key_files(path)) == 1
    ((key, holders),) = read_shared_keys(path)[1].items()  # type: ignore[index]
    ix = open_existing(path)
    try:
        with ix.reader() as reader:
            records = Records(reader)
            assert sorted(records[d]["passage_id"] for d in holders) == ["first#0", "later#0"]
    finally:
        ix.close()
    assert key == band_keys(WIRE)[0]


@pytest.mark.parametrize(
    "variant",
    [
        STORY.replace("recovers.", "recovers, officials said."),
        STORY.replace("recovers", "recovered"),
        "Reuters - " + STORY,
        STORY.replace("Oil prices", "Crude prices"),
    ],
    ids=["attribution-added", "word-changed", "prefixed", "first-words-changed"],
)
def test_near_identical_passages_fold(tmp_path: Path, variant: str) -> None:
    path = tmp_path / "ix"
    index_passages(
        [
            (article("orig", dt.date(2025, 5, 5)), [Passage("orig", 0, STORY)]),
            (article("copy", dt.date(2025, 5, 6)), [Passage("copy", 0, variant)]),
        ],
        index=path,
    )
    with open_index(path) as ix:
        shown = ix.search("opec quotas", sort="date").hits
        one_per_page = ix.search("opec quotas", sort="-date", limit=1).hits
    assert [(h.id, [pid for pid, _ in h.duplicates]) for h in shown] == [("orig#0", ["copy#0"])]
    assert [(h.id, [pid for pid, _ in h.duplicates]) for h in one_per_page] == [
        ("copy#0", ["orig#0"])
    ]


def test_different_passages_on_the_same_story_do_not_fold(tmp_path: Path) -> None:
    rewritten = (
        "Oil prices fell on Monday after OPEC ministers in Vienna failed to agree on output "
        "quotas, and traders expect Saudi Arabia to raise production while demand stays weak."
    )
    path = tmp_path / "ix"
    index_passages(
        [
            (article("orig", dt.date(2025, 5, 5)), [Passage("orig", 0, STORY)]),
            (article("other", dt.date(2025, 5, 6)), [Passage("other", 0, rewritten)]),
            (article("same", dt.date(2025, 5, 7)), [Passage("same", 0, STORY)]),
        ],
        index=path,
    )
    with open_index(path) as ix:
        hits = ix.search("opec quotas", sort="date").hits
    assert [(h.id, [pid for pid, _ in h.duplicates]) for h in hits] == [
        ("orig#0", ["same#0"]),
        ("other#0", []),
    ]


def test_passages_without_words_are_nobodys_copy(tmp_path: Path) -> None:
    path = tmp_path / "ix"
    index_passages(
        [
            (article(aid, dt.date(2025, 5, 5), title="Dashes"), [Passage(aid, 0, "— … —")])
            for aid in ("d1", "d2")
        ],
        index=path,
    )
    with open_index(path) as ix:
        hits = ix.search("title:dashes").hits
    assert sorted(h.id for h in hits) == ["d1#0", "d2#0"]
    assert all(h.duplicates == () for h in hits)


def test_similar_excludes_the_passage_and_its_copies_and_folds_others(copies_index: Path) -> None:
    with open_index(copies_index) as ix:
        hit = ix.search("storm gulf").hits[0]
        similar = ix.similar(hit.id)
        related_to_other = similar.hits
        related_to_wire = {h.id for h in ix.similar("w0#0").hits}
        one = ix.similar(hit.id, limit=1)
    assert hit.id == "other#0"
    assert related_to_wire == {"other#0"}
    # the wire copies fold into one hit, as a search folds them
    assert len(related_to_other) == 1
    (wire,) = related_to_other
    folded = {wire.id} | {pid for pid, _ in wire.duplicates}
    assert folded == {f"w{i}#0" for i in range(4)}
    # the total counts the passages listed (hits and their copies), whatever the limit
    assert similar.total == one.total == 4
