"""Readers during writes: searching never fails and never goes back in time while another
process commits.

Whoosh readers list the files of the newest table of contents, and a commit in another process
can delete them in between (``FileNotFoundError`` on ``_MAIN_N.toc`` or a segment). Two bugs of
Whoosh 2.7.4 made that visible to users, both handled in ``newsindex.index.store``: ``ix.schema``
re-reads the table of contents without retrying (hit by every fresh ``open_index``), and
``Searcher.refresh`` closes the old readers before the new ones are open, so after one failed
attempt a long-lived handle raised ``ReaderClosed`` for good.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import helpers_index as h
import pytest
from whoosh import index as whoosh_index
from whoosh import reading

from newsindex import index_passages, open_index
from newsindex.index import compat

HELPER = str(Path(h.__file__).resolve())


def _fail_first_calls(monkeypatch: pytest.MonkeyPatch, cls: type, name: str, n: int) -> list[int]:
    """Make the first ``n`` calls of ``cls.name`` raise what a concurrent commit causes."""
    raw = cls.__dict__[name]
    is_classmethod = isinstance(raw, classmethod)
    original = raw.__func__ if is_classmethod else raw
    calls = [0]

    def flaky(*args: object, **kw: object) -> object:
        calls[0] += 1
        if calls[0] <= n:
            raise FileNotFoundError(2, "No such file or directory", "_MAIN_7.toc")
        return original(*args, **kw)

    monkeypatch.setattr(cls, name, classmethod(flaky) if is_classmethod else flaky)
    return calls


def test_long_lived_handle_survives_a_segment_vanishing_during_refresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = tmp_path / "ix"
    index_passages(h.make_corpus(6), index=index, batch_size=2)
    with open_index(index) as ix:
        assert ix.search(h.COMMON_WORD).total == 12
        index_passages(h.make_corpus(3, first=6), index=index)
        before = compat.retry_count()
        calls = _fail_first_calls(monkeypatch, reading.SegmentReader, "__init__", 2)
        assert ix.search(h.COMMON_WORD).total == 18  # sees the new commit despite two failures
        assert ix.search(h.COMMON_WORD).total == 18  # and stays usable
        assert calls[0] > 2
        assert compat.retry_count() - before == 2
        monkeypatch.undo()
    # closing must not meet readers that a failed refresh already closed (ReaderClosed)


def test_fresh_open_survives_the_table_of_contents_vanishing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = tmp_path / "ix"
    index_passages(h.make_corpus(4), index=index)
    # Every read of the table of contents fails once: opening, the schema, the searcher.
    for _ in range(3):
        calls = _fail_first_calls(monkeypatch, whoosh_index.TOC, "read", 1)
        with open_index(index) as ix:
            assert ix.search(h.COMMON_WORD).total == 1 + 2 + 3 + 1
        assert calls[0] >= 2
        monkeypatch.undo()


def test_vanished_files_still_fail_after_the_retries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder that really lost its files is an error, not an endless retry."""
    index = tmp_path / "ix"
    index_passages(h.make_corpus(2), index=index)
    _fail_first_calls(monkeypatch, whoosh_index.TOC, "read", 10**6)
    monkeypatch.setattr(compat.time, "sleep", lambda _s: None)
    with pytest.raises(FileNotFoundError):
        open_index(index)


def test_long_lived_handle_sees_a_rebuild(tmp_path: Path) -> None:
    """A rebuild with as many commits as the first build must not look "up to date" to an open
    handle (Whoosh restarted generation numbers at 0, so ``refresh`` kept the deleted index)."""
    index = tmp_path / "ix"
    index_passages(h.make_corpus(6), index=index, batch_size=2)
    with open_index(index) as ix:
        assert {hit.article_id for hit in ix.search(h.COMMON_WORD, limit=100).hits} == {
            f"gen-{i:04d}" for i in range(6)
        }
        index_passages(h.make_corpus(6, first=100), index=index, batch_size=2, rebuild=True)
        assert {hit.article_id for hit in ix.search(h.COMMON_WORD, limit=100).hits} == {
            f"gen-{i:04d}" for i in range(100, 106)
        }


@pytest.mark.slow
def test_readers_never_fail_while_a_writer_commits(tmp_path: Path) -> None:
    """One writer commits batches of 2 articles for 12 s; two readers search in a loop, each
    alternating a fresh ``open_index`` per search and one long-lived handle."""
    index = tmp_path / "ix"
    stop = tmp_path / "stop"
    start_total = index_passages(h.make_corpus(2, first=10**6), index=index).passages
    cmd = [sys.executable, HELPER]
    readers = [
        subprocess.Popen(
            [*cmd, "stress-reader", str(index), "--seconds", "50", "--stop", str(stop)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    writer = subprocess.run(
        [*cmd, "stress-writer", str(index), "--seconds", "12", "--batch", "2", "--stop", str(stop)],
        capture_output=True,
        text=True,
        timeout=55,
        check=False,
    )
    outputs = [r.communicate(timeout=55) for r in readers]
    assert writer.returncode == 0, writer.stderr
    written = json.loads(writer.stdout)
    final_total = start_total + written["passages"]
    summaries = []
    for reader, (out, err) in zip(readers, outputs, strict=True):
        assert reader.returncode == 0, err
        summaries.append(json.loads(out))
    searches = sum(s["searches"] for s in summaries)
    retries = sum(s["retries"] for s in summaries)
    print(
        f"\nstress: {written['commits']} commits, {written['passages']} passages written; "
        f"{searches} searches by 2 readers, {retries} retries, "
        f"{sum(len(s['failures']) for s in summaries)} failures"
    )
    for s in summaries:
        assert s["failures"] == []
        assert s["regressions"] == []
        assert s["searches"] >= 20  # the readers really overlapped the writer
        assert s["finals"] == {"fresh": final_total, "long-lived": final_total}
    assert written["commits"] >= 20
