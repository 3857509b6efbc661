from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import ARTICLES, start_lock_holder

from newsindex import index_passages, open_index
from newsindex.errors import IndexLockedError, IndexNotFoundError, IndexVersionError
from newsindex.index.copykeys import read_shared_keys
from newsindex.index.lock import writer_lock
from newsindex.index.schema import SCHEMA_VERSION
from newsindex.index.store import INDEX_ENV, default_index_dir, open_existing


def test_missing_index_says_how_to_build(tmp_path: Path) -> None:
    with pytest.raises(
        IndexNotFoundError, match=r"no index here\. Build one with `newsindex index"
    ):
        open_index(tmp_path / "nope")


def test_index_path_that_is_a_file(tmp_path: Path) -> None:
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(IndexNotFoundError, match="is a file, not an index folder"):
        open_index(f)
    with pytest.raises(IndexNotFoundError, match="is a file"):
        index_passages(ARTICLES, index=f)


def test_other_schema_version_is_refused_with_rebuild_hint(writable_index_dir: Path) -> None:
    (writable_index_dir / "newsindex.json").write_text(json.dumps({"format": "newsindex-0"}))
    expected = rf"'newsindex-0' is not '{SCHEMA_VERSION}'.*--rebuild"
    with pytest.raises(IndexVersionError, match=expected):
        open_index(writable_index_dir)


def test_folder_with_other_files_is_not_overwritten(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(IndexNotFoundError, match="not empty"):
        index_passages(ARTICLES, index=tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_default_location_follows_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(INDEX_ENV, str(tmp_path / "x"))
    assert default_index_dir() == tmp_path / "x"
    monkeypatch.delenv(INDEX_ENV)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_index_dir() == tmp_path / "newsindex" / "index"


def test_live_writer_lock_names_its_pid(tmp_path: Path) -> None:
    proc = start_lock_holder(tmp_path, 30)
    try:
        with pytest.raises(IndexLockedError, match=f"being written by PID {proc.pid}"):
            index_passages(ARTICLES, index=tmp_path, wait=0.3)
    finally:
        proc.kill()
        proc.wait()
    notices: list[str] = []
    with writer_lock(tmp_path, notice=notices.append):
        pass
    assert notices == [
        f"{tmp_path}: cleared the stale lock of writer PID {proc.pid}, which is gone; "
        "what it had committed is kept"
    ]


def test_wait_gets_the_lock_when_the_writer_finishes(tmp_path: Path) -> None:
    proc = start_lock_holder(tmp_path / "ix", 0.5)
    started = time.monotonic()
    report = index_passages(ARTICLES, index=tmp_path / "ix", wait=10)
    proc.wait()
    assert report.articles == 3
    assert time.monotonic() - started < 10
    assert os.path.exists(tmp_path / "ix" / "newsindex.json")


def test_optimize_merges_segments_and_keeps_every_result(tmp_path: Path) -> None:
    import datetime as dt

    from click.testing import CliRunner

    from newsindex import Article, Paragraph, Passage, optimize_index
    from newsindex.cli import cli

    path = tmp_path / "ix"
    for run in range(3):  # separate runs of 200 articles: one segment each
        index_passages(
            [
                (
                    Article(f"r{run}-{i}", "t", dt.date(2025, 1, 1 + run), (Paragraph("x"),)),
                    [
                        Passage(
                            f"r{run}-{i}",
                            0,
                            f"Zebra {i} of run {run}, {'odd' if i % 2 else 'even'}.",
                        )
                    ],
                )
                for i in range(200)
            ],
            index=path,
        )

    def answers() -> list[tuple[int, list[str]]]:
        with open_index(path) as ix:
            return [
                (r.total, [h.id for h in r.hits])
                for r in (ix.search("zebra odd", limit=50), ix.search(since="2025-01-02", limit=20))
            ]

    before = answers()
    report = optimize_index(path)
    assert (report.segments_before, report.segments_after) == (3, 1)
    assert answers() == before
    shared = read_shared_keys(path)  # still describes the index, now under its new generation
    assert shared is not None and shared[0] == open_existing(path).latest_generation()
    assert before[0][0] == 300 and before[1][0] == 400

    result = CliRunner().invoke(cli, ["optimize", "--index", str(path)])
    assert result.exit_code == 0
    assert result.stdout == f"{path}: already 1 segment(s); nothing to do.\n"


def test_optimize_a_missing_index_says_how_to_build(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from newsindex.cli import cli

    result = CliRunner().invoke(cli, ["optimize", "--index", str(tmp_path / "none")])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert f"{tmp_path / 'none'}: no index here" in result.stderr
    assert not (tmp_path / "none").exists()


@pytest.mark.parametrize("start", [0, 1, 4095, 4096, 5003])
def test_a_mapped_part_reads_as_whooshs_copy_of_it(tmp_path: Path, start: int) -> None:
    """Parts of a mapped segment file (at any offset, aligned to pages or not) read as the copy
    Whoosh would make of them: positioned and sequential reads, seeks from each end, arrays."""
    import pickle
    import random

    from whoosh.filedb.structfile import BufferFile

    from newsindex.index.compat import mapped_storage_class

    data = random.Random(start).randbytes(20_000)
    length = 9_000
    part = data[start : start + length]
    tail = pickle.dumps(("block", 7, 0.5))
    blob = data[:start] + part[: length - len(tail)] + tail + data[start + length :]
    part = blob[start : start + length]
    (tmp_path / "x.seg").write_bytes(blob)
    whole = mapped_storage_class()(str(tmp_path)).open_file("x.seg")
    mapped, copied = whole.subset(start, length, name="part"), BufferFile(part)
    for f in (mapped, copied):
        f.seek(0, os.SEEK_END)
    assert mapped.tell() == copied.tell() == length
    for f in (mapped, copied):
        f.seek(100)
    assert (mapped.read(10), mapped.read_int(), mapped.tell()) == (
        copied.read(10),
        copied.read_int(),
        copied.tell(),
    )
    for f in (mapped, copied):
        f.seek(8, os.SEEK_CUR)
    assert mapped.read_varint() == copied.read_varint()
    assert mapped.get(17, 300) == copied.get(17, 300) == part[17:317]
    assert mapped.get_int(40) == copied.get_int(40)
    assert mapped.get_long(3) == copied.get_long(3)
    assert list(mapped.get_array(64, "i", 50)) == list(copied.get_array(64, "i", 50))
    assert list(mapped.get_array(64, "H", 9)) == list(copied.get_array(64, "H", 9))
    for f in (mapped, copied):
        f.seek(length - len(tail))
    assert mapped.read_pickle() == copied.read_pickle() == ("block", 7, 0.5)
    assert whole.subset(start, 0).read() == b""
    mapped.close()
    whole.close()


def test_a_readers_remembered_terms_answer_as_whoosh_does(index_dir: Path) -> None:
    """Term lookups answered from the reader's memory (asked twice, present and absent, in
    every form a query asks them) match Whoosh's own segment reader."""
    from whoosh.reading import SegmentReader, TermNotFound

    ix = open_existing(index_dir)
    try:
        with ix.reader() as reader:
            leaves = [leaf for leaf, _ in reader.leaf_readers()]
            assert leaves and all(type(leaf) is not SegmentReader for leaf in leaves)
            for leaf in leaves:
                plain = SegmentReader(ix.storage, leaf.schema, leaf._segment)
                asked = [("text", "tariff"), ("text", b"tariff"), ("text", "zzzz"), ("nope", "x")]
                asked += [("person", t) for t in list(plain.lexicon("person"))[:3]]
                for _ in range(2):
                    for field, text in asked:
                        assert ((field, text) in leaf) == ((field, text) in plain)
                        for stat in ("doc_frequency", "frequency"):
                            try:
                                expected = getattr(plain, stat)(field, text)
                            except TermNotFound:
                                with pytest.raises(TermNotFound):
                                    getattr(leaf, stat)(field, text)
                            else:
                                assert getattr(leaf, stat)(field, text) == expected
                        if (field, text) in plain:
                            mine, theirs = leaf.term_info(field, text), plain.term_info(field, text)
                            assert vars(mine) == vars(theirs)
                        else:
                            with pytest.raises(TermNotFound):
                                leaf.term_info(field, text)
                plain.close()
    finally:
        ix.close()


def test_the_writers_field_lengths_answer_as_whoosh_does(index_dir: Path) -> None:
    """The writer reads a new segment's field lengths in one piece per field; every document's
    length in every field (and in a field without lengths) is Whoosh's own answer, and the
    segments it wrote name Whoosh's codec (newsindex's subclass of it, which reads them)."""
    from whoosh.codec.whoosh3 import W3Codec, W3PerDocReader

    from newsindex.index.codec import NewsCodec, WriterCodec

    ix = open_existing(index_dir)
    try:
        segments = ix._segments()
        assert segments and all(type(seg.codec()) is NewsCodec for seg in segments)
        assert isinstance(segments[0].codec(), W3Codec)
        fields = [name for name, field in ix.schema.items() if field.scorable] + ["date", "nope"]
        for segment in segments:
            storage = segment.open_compound_file(ix.storage)
            mine = WriterCodec().per_document_reader(storage, segment)
            theirs = W3PerDocReader(storage, segment)
            assert type(mine) is not W3PerDocReader
            answers = [
                theirs.doc_field_length(docnum, field, default=7)
                for field in fields
                for docnum in range(segment.doc_count_all())
            ]
            assert len(set(answers)) > 3  # lengths, None (no terms) and the default
            assert answers == [
                mine.doc_field_length(docnum, field, default=7)
                for field in fields
                for docnum in range(segment.doc_count_all())
            ]
            mine.close()
            theirs.close()
            storage.close()
    finally:
        ix.close()


@pytest.mark.parametrize("failing", ["every map", "maps of parts"])
def test_an_index_that_cannot_be_mapped_is_read_through_the_file(
    index_dir: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    """Some file systems cannot map files, and a large part may not fit the address space: the
    index is then read through file calls, with the same answers."""
    import mmap as mmap_module

    from newsindex.index import compat

    with open_index(index_dir) as ix:
        expected = [h.to_dict() for h in ix.search("tariffs OR trade", limit=5).hits]
    real = mmap_module.mmap
    calls: list[int] = []

    def refuse(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if failing == "every map" or kwargs.get("offset", 0) or len(calls) > 1:
            raise OSError(19, "No such device")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(compat.mmap, "mmap", refuse)
    with open_index(index_dir) as ix:
        assert [h.to_dict() for h in ix.search("tariffs OR trade", limit=5).hits] == expected
    assert calls


def _mapped_resident_kb(index_dir: Path) -> int:
    """Resident kB of this process's maps of the index's segment files (Linux's smaps)."""
    total, counting = 0, False
    for line in Path("/proc/self/smaps").read_text().splitlines():
        if re.match(r"[0-9a-f]+-[0-9a-f]+ ", line):
            counting = str(index_dir) in line and line.endswith(".seg")
        elif counting and line.startswith("Rss:"):
            total += int(line.split()[1])
    return total


@pytest.mark.skipif(not Path("/proc/self/smaps").exists(), reason="needs Linux's /proc")
def test_a_handle_lets_the_index_pages_it_read_go(
    index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long-lived handle does not keep every page of the index it has read: over the limit,
    the pages leave the process (they stay in the file cache) and the same searches give the
    same results from the pages read again."""
    import newsindex.search.handle as handle
    from newsindex.index.store import trim_resident

    asked = ["tariffs", "steel", '"trade deal"']

    def results(ix: Any) -> list[object]:
        return [[(h.passage.id, h.score) for h in ix.search(q).hits] for q in asked]

    with open_index(index_dir) as ix:
        expected = results(ix)
        assert _mapped_resident_kb(index_dir) > 0
    released: list[bool] = []
    monkeypatch.setattr(handle, "TRIM_EVERY", 1)
    monkeypatch.setattr(
        handle, "trim_resident", lambda ix: released.append(trim_resident(ix, limit=0))
    )
    with open_index(index_dir) as ix:
        assert results(ix) == expected
        assert len(released) == len(asked) and all(released)  # at the start of each request
        assert _mapped_resident_kb(index_dir) > 0  # what the last search read
        assert trim_resident(ix._ix, limit=0)
        assert _mapped_resident_kb(index_dir) == 0
        assert results(ix) == expected
    with open_index(index_dir) as ix:  # under the limit nothing is released
        assert trim_resident(ix._ix) is False


@pytest.mark.parametrize(("count", "weight"), [(334, 1.0), (334, 1.1), (7, 1.0)])
def test_postings_blocks_hold_what_whooshs_own_hold_in_fewer_bytes(
    count: int, weight: float
) -> None:
    """The writer pickles a postings block with a newer protocol than Whoosh's writer, a long
    block's data packed in arrays: read back by Whoosh's own matcher, every posting (document,
    weight, positions) is the same, over several blocks and the last, with weights that are
    word counts or not, and over a short block kept as Whoosh keeps it, and the file is
    smaller."""
    from array import array
    from io import BytesIO

    from whoosh.codec.whoosh3 import W3Codec, W3LeafMatcher, W3TermInfo
    from whoosh.filedb.structfile import StructFile
    from whoosh.formats import Positions

    from newsindex.index.codec import NewsCodec

    positions = Positions()
    postings = [
        (docnum, weight * (1 + docnum % 3), positions.encode(range(docnum % 5, 40, 7)))
        for docnum in range(0, count * 9, 9)  # 334 postings: blocks of 128 and a last one
    ]
    single = [(d, array("f", [w])[0], v) for d, w, v in postings]  # as Whoosh keeps weights

    def written(codec: Any) -> tuple[bytes, Any]:
        file = StructFile(BytesIO())
        writer = codec.postings_writer(file)
        writer.start_postings(positions, W3TermInfo())
        for docnum, weight, value in postings:
            writer.add_posting(docnum, weight, value, length=12)
        info = writer.finish_postings()
        return file.file.getvalue(), info

    def read(data: bytes, info: Any, codec: Any = None) -> list[tuple[int, float, bytes]]:
        file = StructFile(BytesIO(data))
        matcher = (
            codec.postings_reader(file, info, positions)
            if codec
            else W3LeafMatcher(file, *info.extent(), positions)
        )
        out = []
        while matcher.is_active():
            out.append((matcher.id(), matcher.weight(), matcher.value()))
            matcher.next()
        return out

    mine, theirs = written(NewsCodec()), written(W3Codec(compression=0))
    assert read(*mine) == read(*theirs) == read(*mine, NewsCodec()) == single
    assert vars(mine[1]) == {**vars(theirs[1]), "_length": mine[1]._length}
    assert len(mine[0]) < 0.7 * len(theirs[0])


@settings(max_examples=150, deadline=None)
@given(
    gaps=st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=400),
    targets=st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=40),
)
def test_moving_to_a_document_lands_where_whooshs_matcher_lands(
    gaps: list[int], targets: list[int]
) -> None:
    """The segments' matcher bisects a block for ``skip_to`` where Whoosh's steps through it:
    over postings of several blocks and any run of targets (before, on, between and past the
    postings), both stand on the same posting, or both run out."""
    from io import BytesIO
    from itertools import accumulate

    from whoosh.codec.whoosh3 import W3LeafMatcher, W3TermInfo
    from whoosh.filedb.structfile import StructFile
    from whoosh.formats import Existence
    from whoosh.matching import ReadTooFar

    from newsindex.index.codec import NewsCodec

    docs = list(accumulate(gaps))
    file = StructFile(BytesIO())
    writer = NewsCodec().postings_writer(file)
    writer.start_postings(Existence(), W3TermInfo())
    for docnum in docs:
        writer.add_posting(docnum, 1.0, b"", length=3)
    info = writer.finish_postings()
    data = file.file.getvalue()
    mine = NewsCodec().postings_reader(StructFile(BytesIO(data)), info, Existence())
    theirs = W3LeafMatcher(StructFile(BytesIO(data)), *info.extent(), Existence())
    assert type(mine) is not W3LeafMatcher
    target = 0
    for step in targets:
        target += step * 3
        if not theirs.is_active():
            with pytest.raises(ReadTooFar):
                mine.skip_to(target)
            break
        theirs.skip_to(target)
        mine.skip_to(target)
        assert mine.is_active() == theirs.is_active()
        if theirs.is_active():
            assert mine.id() == theirs.id() == min(d for d in docs if d >= target)
            assert mine.weight() == theirs.weight() == 1.0  # a block's one weight, stored once


@settings(max_examples=150, deadline=None)
@given(
    lists=st.lists(
        st.dictionaries(
            st.integers(min_value=0, max_value=900),
            st.integers(min_value=1, max_value=4),
            min_size=1,
            max_size=500,
        ),
        min_size=1,
        max_size=3,
    ),
)
def test_documents_in_every_list_are_found_as_sets_intersect(lists: list[dict[int, int]]) -> None:
    """The documents common to posting lists, found a block at a time, are their
    intersection in order with each list's weight of them, over lists of one or several blocks
    that overlap in any way; lists another codec reads (a term's one posting is kept in its
    entry) are told apart."""
    from io import BytesIO

    from whoosh.codec.whoosh3 import W3TermInfo
    from whoosh.filedb.structfile import StructFile
    from whoosh.formats import Frequency
    from whoosh.matching import ListMatcher

    from newsindex.index.codec import NewsCodec, block_lists, common_postings

    file = StructFile(BytesIO())
    infos = []
    for weights in lists:
        writer = NewsCodec().postings_writer(file)
        writer.start_postings(Frequency(), W3TermInfo())
        for docnum in sorted(weights):
            writer.add_posting(docnum, float(weights[docnum]), b"", length=3)
        infos.append(writer.finish_postings())
    data = file.file.getvalue()
    order = sorted(range(len(lists)), key=lambda i: len(lists[i]))

    def matchers() -> list[Any]:
        return [
            NewsCodec().postings_reader(StructFile(BytesIO(data)), infos[i], Frequency())
            for i in order
        ]

    common = sorted(set.intersection(*(set(weights) for weights in lists)))
    found = [
        (doc, [weight[i] for weight in weights])
        for docs, weights in common_postings(matchers())
        for i, doc in enumerate(docs)
    ]
    assert found == [(doc, [float(lists[i][doc]) for i in order]) for doc in common]
    assert block_lists(matchers())
    assert not block_lists([*matchers(), ListMatcher([1, 2])])
