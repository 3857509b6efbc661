"""Writing the index (newsindex/indexing.py, newsindex/index/writer.py, newsindex/index/records.py):
articles replaced by id, batched commits, passages stored as records that read back exactly,
the run's report, and enrichment in this process or in a worker giving the same passages."""

from __future__ import annotations

import datetime as dt
import time
import zlib
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from support import ARTICLES, D, article

from newsindex import (
    Article,
    DateSpan,
    Paragraph,
    Passage,
    delete_articles,
    index_articles,
    index_passages,
    open_index,
    optimize_index,
)
from newsindex.cli import cli
from newsindex.errors import InvalidArgumentError
from newsindex.index import records
from newsindex.index.records import (
    decode_record,
    encode_record,
    passage_document,
    passage_from_record,
)
from newsindex.index.schema import RECORD
from newsindex.index.store import open_existing
from newsindex.index.writer import count_segments
from newsindex.problems import Severity


def ids(results: Any) -> list[str]:
    return [h.id for h in results.hits]


def stored_passages(path: Path) -> list[Passage]:
    """Every passage of the index, article by article, as stored."""
    with open_index(path) as ix:
        return [p for view in ix.iter_articles() for p in view.passages]


def segments_and_generation(path: Path) -> tuple[int, int]:
    ix = open_existing(path)
    try:
        return count_segments(ix), ix.latest_generation()
    finally:
        ix.close()


# ------------------------------------------------------------------------ replaced, not doubled


def test_reindex_replaces_articles(writable_index_dir: Path) -> None:
    shorter = article("a1", dt.date(2025, 5, 6), title="Carney meets Trump")
    report = index_passages(
        [(shorter, [Passage("a1", 0, "Only one passage now.")])], index=writable_index_dir
    )
    assert (report.articles, report.passages) == (1, 1)
    index_passages(ARTICLES[1:], index=writable_index_dir)
    with open_index(writable_index_dir) as ix:
        stats = ix.stats()
        assert ids(ix.search("tariffs")) == ["a2#0"]
        assert [p.text for p in ix.article("a1").passages] == ["Only one passage now."]
    assert (stats.articles, stats.passages) == (3, 4)


def test_the_same_input_twice_keeps_the_counts(tmp_path: Path) -> None:
    path = tmp_path / "ix"
    index_passages(ARTICLES, index=path)
    first = stored_passages(path)
    index_passages(ARTICLES, index=path)
    assert stored_passages(path) == first
    with open_index(path) as ix:
        stats = ix.stats()
        assert ix.search("tariffs", collapse=False).total == 2
    assert (stats.articles, stats.passages) == (3, 6)


@pytest.mark.parametrize("batch_size", [1, 2, 100])
def test_an_article_twice_in_one_run_keeps_the_later_version(
    tmp_path: Path, batch_size: int
) -> None:
    early = article("x", D(2025, 1, 1), title="Early")
    late = article("x", D(2025, 1, 2), title="Late")
    items = [
        (early, [Passage("x", 0, "Zebra early one."), Passage("x", 1, "Zebra early two.")]),
        (article("y", D(2025, 1, 1)), [Passage("y", 0, "Zebra elsewhere.")]),
        (late, [Passage("x", 0, "Zebra late.")]),
    ]
    report = index_passages(items, index=tmp_path / "ix", batch_size=batch_size)
    assert (report.articles, report.passages) == (3, 4)  # what the run wrote
    with open_index(tmp_path / "ix") as ix:
        assert sorted(ids(ix.search("zebra", collapse=False))) == ["x#0", "y#0"]
        view = ix.article("x")
        stats = ix.stats()
    assert view.title == "Late" and [p.text for p in view.passages] == ["Zebra late."]
    assert (stats.articles, stats.passages) == (2, 2)


def test_rebuild_starts_from_an_empty_index(writable_index_dir: Path) -> None:
    index_passages(ARTICLES[2:], index=writable_index_dir, rebuild=True)
    assert [p.id for p in stored_passages(writable_index_dir)] == ["a3#0"]


# ------------------------------------------------------------------------------------ batches


@pytest.mark.parametrize(("batch_size", "commits"), [(1, 3), (2, 2), (3, 1), (10_000, 1)])
def test_each_batch_is_one_commit_and_one_segment(
    tmp_path: Path, batch_size: int, commits: int
) -> None:
    path = tmp_path / "ix"
    index_passages(ARTICLES, index=path, batch_size=batch_size)
    assert segments_and_generation(path) == (commits, commits)
    assert len(stored_passages(path)) == 6


def test_optimize_merges_the_batches_into_one_segment(tmp_path: Path) -> None:
    path = tmp_path / "ix"
    index_passages(ARTICLES, index=path, batch_size=1)
    before = stored_passages(path)
    report = optimize_index(path)
    assert (report.segments_before, report.segments_after) == (3, 1)
    assert segments_and_generation(path) == (1, 4)
    assert stored_passages(path) == before
    again = optimize_index(path)
    assert (again.segments_before, again.segments_after) == (1, 1)
    assert segments_and_generation(path) == (1, 4)  # nothing to merge: no new commit


def test_delete_articles_removes_every_passage_of_each(tmp_path: Path) -> None:
    path = tmp_path / "ix"
    index_passages(ARTICLES, index=path, batch_size=1)
    report = delete_articles(["a1", "gone", "a1", " a3 "], index=path)
    assert (report.deleted, report.passages, report.missing) == (("a1", "a3"), 4, ("gone",))
    assert report.status == "partial" and report.location == str(path)
    assert [p.id for p in stored_passages(path)] == ["a2#0", "a2#1"]
    with open_index(path) as ix:
        assert ix.search("tariffs").total == 1  # a1's passage went with it
        assert ix.stats().articles == 1
    again = delete_articles(["a1"], index=path)
    assert (again.deleted, again.missing, again.status) == ((), ("a1",), "failed")
    index_passages(ARTICLES[:1], index=path)  # a deleted article may come back
    assert sorted({p.article_id for p in stored_passages(path)}) == ["a1", "a2"]


@pytest.mark.parametrize(
    ("ids", "message"),
    [
        (["a1#2"], "a passage id; delete removes whole articles"),
        ([" ", ""], "give the id of at least one article"),
    ],
)
def test_delete_refuses_passage_ids_and_no_ids(
    tmp_path: Path, ids: list[str], message: str
) -> None:
    path = tmp_path / "ix"
    index_passages(ARTICLES, index=path)
    with pytest.raises(InvalidArgumentError, match=message):
        delete_articles(ids, index=path)
    assert len(stored_passages(path)) == 6


def test_delete_at_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "ix"
    index_passages(ARTICLES, index=path)
    ids = tmp_path / "retracted.txt"
    ids.write_text("a2\n\nnope\n", encoding="utf-8")
    runner = CliRunner()
    some = runner.invoke(cli, ["delete", "a3", "--ids", str(ids), "--index", str(path)])
    assert some.exit_code == 3
    assert some.stdout == f"Deleted 2 articles (3 passages) from {path}.\n"
    assert some.stderr == "not in the index: nope.\n"
    none = runner.invoke(cli, ["delete", "a3", "--index", str(path)])
    assert (none.exit_code, none.stderr) == (1, "Error: not in the index: a3.\n")
    assert runner.invoke(cli, ["delete", "a1", "--index", str(path)]).exit_code == 0
    assert stored_passages(path) == []
    missing = runner.invoke(cli, ["delete", "a1", "--index", str(tmp_path / "nothing")])
    assert missing.exit_code == 1 and "nothing: no index here" in missing.stderr


def test_a_failing_input_keeps_the_committed_batches(tmp_path: Path) -> None:
    def items() -> Any:
        yield from ARTICLES[:2]
        raise OSError("disk gone")

    path = tmp_path / "ix"
    with pytest.raises(OSError, match="disk gone"):
        index_passages(items(), index=path, batch_size=1)
    assert sorted({p.article_id for p in stored_passages(path)}) == ["a1", "a2"]
    with pytest.raises(OSError, match="disk gone"):
        index_passages(items(), index=tmp_path / "one-batch", batch_size=10)
    assert stored_passages(tmp_path / "one-batch") == []  # the open batch is cancelled


def test_a_run_stopped_by_its_progress_callback_keeps_what_it_wrote(tmp_path: Path) -> None:
    """The command line's Ctrl-C dropped every article since the last commit: with the
    default batch, all of Reuters is one batch, so a stop at 90% kept nothing. A callback
    raising StopIndexing now ends the run with what it wrote committed; KeyboardInterrupt (a
    second Ctrl-C) still drops the open batch."""
    from newsindex import StopIndexing

    def stop_after(n: int, error: type[BaseException]) -> Any:
        def progress(p: Any) -> None:
            if p.articles == n:
                raise error

        return progress

    path = tmp_path / "ix"
    report = index_passages(ARTICLES, index=path, on_progress=stop_after(2, StopIndexing))
    assert (report.articles, report.stopped, report.status) == (2, True, "stopped")
    assert sorted({p.article_id for p in stored_passages(path)}) == ["a1", "a2"]
    with pytest.raises(KeyboardInterrupt):
        index_passages(
            ARTICLES, index=tmp_path / "cut", on_progress=stop_after(2, KeyboardInterrupt)
        )
    assert stored_passages(tmp_path / "cut") == []
    whole = index_passages(ARTICLES, index=tmp_path / "all")
    assert (whole.stopped, whole.status) == (False, "ok")


# ------------------------------------------------------------------------------------ records

_names = st.lists(
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20).filter(
        str.strip
    ),
    max_size=3,
    unique=True,
).map(tuple)
_days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1))
_spans = st.lists(
    st.tuples(_days, st.integers(0, 400), st.text(max_size=20)).map(
        lambda s: DateSpan(s[0], s[0] + dt.timedelta(days=s[1]), s[2])
    ),
    max_size=3,
).map(tuple)
_labels = st.dictionaries(
    st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True),
    _names.filter(bool),
    max_size=2,
)
_passages = st.builds(
    Passage,
    article_id=st.just("r1"),
    position=st.integers(0, 50),
    text=st.text(st.characters(blacklist_categories=("Cs",)), max_size=60),
    heading=st.none() | st.text(min_size=1, max_size=30).filter(str.strip),
    persons=_names,
    orgs=_names,
    places=_names,
    speakers=_names,
    mentions=_spans,
    labels=_labels,
)


@settings(max_examples=100, deadline=None)
@given(_passages, st.none() | _days)
def test_a_passage_document_holds_its_passage_as_a_record(passage: Passage, day: Any) -> None:
    """The record keeps every value exactly (names with commas, long spans, labels); the
    indexed fields are built beside it."""
    doc = passage_document(article("r1", day, title="Records"), passage)
    assert passage_from_record(decode_record(doc[RECORD])) == passage
    assert "passage_id" not in doc and doc["article_id"] == "r1"  # found by article, not indexed
    assert ("title" in doc) == (passage.position == 0)  # a title belongs to the first passage


def test_a_record_stores_values_not_key_names_and_refuses_keys_it_has_no_place_for() -> None:
    passage = Passage(article_id="r1", position=2, text="Oil rose.", persons=("Ann Lee",))
    raw = passage_document(article("r1", None, title="Records"), passage)[RECORD]
    record = decode_record(raw)
    assert record["passage_id"] == "r1#2" and record["person"] == ("Ann Lee",)
    assert isinstance(records._values(raw), tuple)  # values in a fixed order, no key names
    with pytest.raises(ValueError, match="no place in a record"):
        encode_record({"article_id": "r1", "position": 0, "colour": "red"})


def test_records_are_deflated_against_the_common_words() -> None:
    """A news paragraph's record is well under the size of its text: the preset dictionary
    holds the words such text is made of."""
    text = (
        "The company said on Tuesday that its first quarter net income rose 12 pct to 45 mln "
        "dlrs, and that it expected sales in the second half of the year to be higher."
    )
    raw = encode_record({"article_id": "r1", "position": 0, "text": text})
    assert len(raw) < 0.6 * len(text)
    assert decode_record(raw)["text"] == text


def test_the_record_dictionary_is_the_one_the_index_format_was_written_with() -> None:
    """Records written with one dictionary read only with the same one: changing
    models/record_words.json (make record-words) needs a new index format, and this checksum."""
    assert zlib.crc32(records._dictionary()) == 0x81DD6E50


def test_an_articles_values_are_stored_once_and_read_back_with_every_passage(
    tmp_path: Path,
) -> None:
    """Only the first passage's record holds the article's title, source, date and labels; every
    hit and passage reads them back, a later passage's own labels (or none) included, after
    the article is replaced and beside another article."""
    oil = {"topic": ("oil",)}
    texts = ["Crude rose in Tulsa.", "Crude fell in Tulsa.", "Crude held in Tulsa."]
    labels: list[dict[str, tuple[str, ...]]] = [oil, {"topic": ("gas",)}, {}]
    passages = [
        Passage("t1", i, t, labels=lab)
        for i, (t, lab) in enumerate(zip(texts, labels, strict=True))
    ]
    other = [Passage("t2", i, f"Crude news {i} from Tulsa.", labels=oil) for i in range(2)]
    first = article("t1", dt.date(1987, 3, 4), title="Tulsa crude")
    docs = records.article_documents(first, passages)
    stored = [decode_record(doc[RECORD]) for doc in docs]
    assert "title_text" in stored[0] and not any("title_text" in r for r in stored[1:])
    assert [r.get("back") for r in stored] == [None, 1, 2]
    items = [(first, passages), (article("t2", dt.date(1987, 3, 5)), other)]
    index_passages(items, index=tmp_path, batch_size=1)
    index_passages(items[:1], index=tmp_path, batch_size=1)  # replaced: deleted, added anew
    with open_index(tmp_path) as ix:
        hits = ix.search("crude", limit=10).hits
        assert len(hits) == 5
        for hit in hits:
            own = hit.id.startswith("t1")
            assert hit.title == ("Tulsa crude" if own else "Title of t2")
            assert hit.date == dt.date(1987, 3, 4 if own else 5) and hit.source == "Test Wire"
        assert [ix.passage(f"t1#{i}").labels for i in range(3)] == labels
        assert ix.passage("t2#1").labels == oil
        assert [p.text for p in ix.article("t1").passages] == texts


@settings(max_examples=25, deadline=None)
@given(
    persons=_names,
    orgs=_names,
    heading=st.none() | st.text(min_size=1, max_size=30).filter(str.strip),
    day=_days,
)
def test_a_passage_reads_back_as_indexed(
    tmp_path_factory: pytest.TempPathFactory,
    persons: tuple[str, ...],
    orgs: tuple[str, ...],
    heading: str | None,
    day: dt.date,
) -> None:
    """The stored record keeps names exactly, commas included (the index terms replace them)."""
    passage = Passage(
        "r1",
        0,
        "Talks resumed in Geneva.",
        heading=heading,
        persons=persons,
        orgs=orgs,
        speakers=persons[:1],
        mentions=(DateSpan(day, day, "that day"),),
    )
    path = tmp_path_factory.mktemp("records")
    index_passages([(article("r1", dt.date(2025, 1, 2)), [passage])], index=path)
    with open_index(path, in_memory=False) as ix:
        back = ix.passage("r1#0")
    assert back == passage
    assert [m.text for m in back.mentions] == ["that day"]


def test_every_passage_of_the_shared_index_reads_back(index_dir: Path) -> None:
    assert stored_passages(index_dir) == [p for _, passages in ARTICLES for p in passages]


# ------------------------------------------------------------------------------------- report


def test_the_report_counts_what_was_written(tmp_path: Path) -> None:
    seen: list[Any] = []
    report = index_passages(ARTICLES, index=tmp_path / "ix", on_progress=seen.append)
    assert (report.articles, report.passages, report.problems) == (3, 6, ())
    assert (report.skipped, report.warnings, report.status) == (0, 0, "ok")
    assert report.index_dir == tmp_path / "ix" and report.seconds >= 0
    assert [(p.articles, p.passages, p.origin) for p in seen] == [
        (1, 3, "a1.txt"),
        (2, 5, "a2.txt"),
        (3, 6, "a3.txt"),
    ]


def test_an_article_without_passages_is_skipped_and_reported(tmp_path: Path) -> None:
    empty = article("void", D(2025, 1, 1))
    report = index_passages([*ARTICLES[:1], (empty, [])], index=tmp_path / "ix")
    assert (report.articles, report.passages, report.skipped, report.status) == (
        1,
        3,
        1,
        "partial",
    )
    (problem,) = report.problems
    assert problem.severity is Severity.SKIPPED
    assert str(problem) == "void.txt: article 'void' has no text (skipped)"
    only_empty = index_passages([(empty, [])], index=tmp_path / "other")
    assert (only_empty.articles, only_empty.skipped, only_empty.status) == (0, 1, "failed")


# --------------------------------------------------------------------------------- enrichment

RAW = [
    article(
        "e1",
        D(2025, 5, 6),
        "Prime Minister Mark Carney met Donald Trump in Washington on Monday.",
        "“We want a deal,” Carney said after the talks.",
        title="Carney in Washington",
    ),
    article(
        "e2",
        D(2025, 3, 14),
        "The Bank of Canada cut its key rate on Wednesday, Governor Tiff Macklem said.",
        title="Rate cut",
    ),
    article("e3", None, "Oil prices rose in New York trading.", title="Oil"),
]


@pytest.fixture(scope="module")
def enricher() -> Any:
    from newsindex.nlp.ner import tagger as entities
    from newsindex.nlp.pipeline import Enricher

    if not entities.DEFAULT_MODEL.exists():
        pytest.skip(f"entity model {entities.DEFAULT_MODEL} not built yet (make train-ner)")
    return Enricher.default()


def test_a_worker_process_gives_the_passages_of_this_process(tmp_path: Path, enricher: Any) -> None:
    here = index_articles(RAW, index=tmp_path / "here", workers=0, enricher=enricher)
    worker = index_articles(RAW, index=tmp_path / "worker", workers=1, enricher=enricher)
    assert (here.articles, here.passages) == (worker.articles, worker.passages) == (3, 4)
    indexed = stored_passages(tmp_path / "here")
    assert indexed == stored_passages(tmp_path / "worker")
    assert indexed == [p for a in RAW for p in enricher.enrich(a)]
    assert any(p.persons for p in indexed) and any(p.mentions for p in indexed)


class Broken:
    """An enrichment step with a bug."""

    name = "broken"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("labels",)

    def __call__(self, doc: Any) -> None:
        raise ValueError("no labels today")


def test_an_article_whose_enrichment_fails_is_indexed_without_entities(tmp_path: Path) -> None:
    from newsindex.nlp.pipeline import Enricher

    report = index_articles(
        RAW[2:], index=tmp_path / "ix", workers=0, enricher=Enricher([Broken()])
    )
    assert (report.articles, report.passages, report.warnings, report.status) == (1, 1, 1, "ok")
    (problem,) = report.problems
    assert problem.severity is Severity.WARNING
    assert "enrichment failed (ValueError: no labels today)" in str(problem)
    assert stored_passages(tmp_path / "ix") == [
        Passage("e3", 0, "Oil prices rose in New York trading.")
    ]


def test_a_path_that_does_not_exist_creates_no_index(tmp_path: Path) -> None:
    from newsindex import index_paths
    from newsindex.errors import NewsindexError

    with pytest.raises(NewsindexError, match="no such file or folder"):
        index_paths([tmp_path / "missing"], index=tmp_path / "ix")
    assert not (tmp_path / "ix").exists()


@pytest.mark.parametrize("given", [str, Path])
def test_one_path_given_alone_is_that_path(tmp_path: Path, given: Any) -> None:
    from newsindex import index_paths

    folder = tmp_path / "stories"
    folder.mkdir()
    (folder / "mill.txt").write_text("Mill reopens\n\nThe mill at Dunmore reopened on Monday.\n")
    report = index_paths(given(folder), index=tmp_path / "ix", workers=0)
    assert report.articles == 1


def test_enrichment_runs_only_a_bounded_way_ahead_of_the_writer(enricher: Any) -> None:
    """Workers faster than the writer must not pile up finished articles in memory: the
    enriched articles come back in order, and the reader is never more than the window ahead
    of what the writer took (a 10× archive built through ``Pool.imap`` peaked at 3.7 GiB)."""
    import multiprocessing

    from newsindex import indexing

    pulled = []

    def source() -> Any:
        for n in range(400):
            pulled.append(n)
            yield article(f"w{n}", dt.date(2025, 5, 6), f"Talks resumed in round {n}.")

    ahead = 2
    window = ahead * indexing.ENRICH_CHUNK
    indexing._init_worker(enricher)
    with multiprocessing.get_context("fork").Pool(1) as pool:
        done = indexing._in_order(pool, source(), ahead=ahead)
        for taken, ready in enumerate(done, start=1):
            assert ready.article_id == f"w{taken - 1}"
            time.sleep(0.001 if taken % 50 else 0.2)  # a writer that is slow, and commits
            assert len(pulled) <= taken + window
    assert taken == len(pulled) == 400


def test_a_name_with_a_comma_is_found_whole_and_by_its_words(tmp_path: Path) -> None:
    """ "Harrow, Quill and Co" (a firm's name with a comma) is one name: a filter finds it by
    the name as written and by any of its words."""
    article = Article("a1", "Title", dt.date(2025, 5, 6), (Paragraph("x"),), "Wire")
    passage = Passage(
        "a1", 0, "Harrow, Quill and Co said so.", orgs=("Harrow, Quill and Co", "Tessel Corp")
    )
    index_passages([(article, [passage])], index=tmp_path / "ix")
    with open_index(tmp_path / "ix") as ix:
        for name in ("Harrow, Quill and Co", "Harrow Quill and Co", "Harrow", "Quill"):
            assert ix.search(org=name).total == 1, name
        assert ix.search(org="Harrow, Tessel").total == 0
