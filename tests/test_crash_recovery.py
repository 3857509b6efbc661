"""Crash safety: an indexing process killed with SIGKILL at any moment leaves an index that opens
and answers with exactly what it had committed, and re-running the same command completes the
job with no duplicate and no lost passage.

The child process (tests/helpers_index.py) writes 60 generated articles (120 passages) in
batches of 5 and kills itself at a chosen point, most of them inside Whoosh's commit; one test
kills the real ``newsindex index`` command from outside.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import helpers_index as h
import pytest

from newsindex import index_passages

N_ARTICLES = 60
BATCH = 5
HELPER = str(Path(h.__file__).resolve())
CORPUS = h.make_corpus(N_ARTICLES)


def _first_passage_number(article: int) -> int:
    """The running number of the first document of ``article`` in a fresh run (1-based)."""
    return sum(h.passages_per_article(i) for i in range(article)) + 1


def _article_of_passage(number: int) -> int:
    """Which article the ``number``-th document written (1-based) belongs to."""
    article = 0
    while _first_passage_number(article + 1) <= number:
        article += 1
    return article


# (kill point, commits in the index after the kill, what is being tested)
KILL_POINTS = [
    ("create:1", 0, "index folder created, nothing written yet"),
    ("add:1", 0, "first document added, before the first commit"),
    ("commit-start:1", 0, "entering the first commit with a full batch"),
    ("commit-end:3", 3, "right after the third commit"),
    (f"add:{_first_passage_number(27)}", 5, "in the middle of writing the sixth batch"),
    ("compound:4", 3, "inside the 4th commit: segment assembled, table of contents not written"),
    ("toc-rename:5", 3, "inside the 4th commit: new table of contents not yet renamed"),
    ("clean:5", 4, "inside the 4th commit: new table of contents in place, old files not deleted"),
    ("merge:2", None, "inside a commit that merges small segments"),
]


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> h.Snapshot:
    """The same input indexed without interruption."""
    index = tmp_path_factory.mktemp("clean") / "ix"
    index_passages(CORPUS, index=index, batch_size=BATCH)
    snap = h.snapshot(index)
    assert snap.total == len(snap.stored_ids) == 120
    return snap


def _write(index: Path, *extra: str) -> tuple[int, list[str]]:
    proc = h.run_child("write", str(index), "--n", str(N_ARTICLES), "--batch", str(BATCH), *extra)
    assert not proc.stderr.strip(), proc.stderr
    return proc.returncode, proc.stdout.splitlines()


def _value(lines: list[str], key: str) -> str | None:
    found = [line.split(" ", 1)[1] for line in lines if line.startswith(key + " ")]
    return found[-1] if found else None


def _committed_ids(commits: int) -> list[str]:
    return h.corpus_ids(CORPUS[: commits * BATCH])


def _assert_finishes_cleanly(index: Path, killed_pid: str, clean: h.Snapshot, *extra: str) -> None:
    """Re-run the same command: it reports the stale lock, completes, and matches a clean build."""
    code, lines = _write(index, *extra)
    assert code == 0
    assert f"DONE {N_ARTICLES} 120" in lines
    notices = [line for line in lines if line.startswith("NOTICE ")]
    assert notices == [
        f"NOTICE {index}: cleared the stale lock of writer PID {killed_pid}, which is gone; "
        "what it had committed is kept"
    ]
    after = h.snapshot(index)
    assert after == clean
    leftovers = sorted(
        p.name for p in index.iterdir() if re.search(r"\.toc\.|\.tmp$", p.name) or p.is_dir()
    )
    assert leftovers == []
    assert len(list(index.glob("_MAIN_*.toc"))) == 1


@pytest.mark.slow
@pytest.mark.parametrize(("spec", "commits", "what"), KILL_POINTS, ids=[k[0] for k in KILL_POINTS])
def test_kill_then_reopen_then_rerun(
    tmp_path: Path, clean: h.Snapshot, spec: str, commits: int | None, what: str
) -> None:
    index = tmp_path / "ix"
    code, lines = _write(index, "--kill", spec)
    assert code == -signal.SIGKILL, f"{what}: the kill point was never reached\n{lines}"
    assert lines[-1] == f"KILLED-AT {spec.split(':')[0]}"
    done = int(_value(lines, "COMMITTED") or 0)
    if spec.startswith("clean:"):
        done += 1  # renaming the table of contents is the commit point; cleaning comes after
    if commits is not None:
        assert done == commits, what
    else:
        assert 0 < done < N_ARTICLES // BATCH

    # The index opens and answers with exactly the committed batches.
    snap = h.snapshot(index)
    expected = _committed_ids(done)
    assert snap.stored_ids == expected, what
    assert snap.search_ids == expected
    assert snap.total == len(expected)

    pid = _value(lines, "PID")
    assert pid is not None
    _assert_finishes_cleanly(index, pid, clean)


@pytest.mark.slow
def test_rerun_killed_while_replacing_articles(tmp_path: Path, clean: h.Snapshot) -> None:
    """A re-run replaces committed articles (delete + add by id); killing it in the middle of
    that must neither duplicate nor drop any of them."""
    index = tmp_path / "ix"
    code, lines = _write(index, "--kill", "commit-end:3")
    assert code == -signal.SIGKILL
    # Articles 0-14 are committed (30 passages); the re-run deletes each before adding it again.
    code, lines = _write(index, "--kill", "delete:20")
    assert code == -signal.SIGKILL
    assert lines[-1] == "KILLED-AT delete"
    assert _value(lines, "COMMITTED") == str(_article_of_passage(20) // BATCH) == "2"
    snap = h.snapshot(index)
    assert snap.stored_ids == _committed_ids(3)
    assert snap.search_ids == snap.stored_ids
    pid = _value(lines, "PID")
    assert pid is not None
    _assert_finishes_cleanly(index, pid, clean)


@pytest.mark.slow
def test_killed_twice_in_a_row_then_finished(tmp_path: Path, clean: h.Snapshot) -> None:
    index = tmp_path / "ix"
    assert _write(index, "--kill", "toc-rename:3")[0] == -signal.SIGKILL
    assert _write(index, "--kill", "merge:1")[0] == -signal.SIGKILL
    code, lines = _write(index, "--kill", "compound:9")
    assert code == -signal.SIGKILL
    snap = h.snapshot(index)
    assert len(set(snap.stored_ids)) == len(snap.stored_ids)
    assert set(snap.stored_ids) <= set(clean.stored_ids)
    pid = _value(lines, "PID")
    assert pid is not None
    _assert_finishes_cleanly(index, pid, clean)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("spec", "commits"), [("create:1", 0), ("clean:1", 0), ("commit-end:2", 2)]
)
def test_killed_rebuild_is_finished_by_the_same_command(
    tmp_path: Path, clean: h.Snapshot, spec: str, commits: int
) -> None:
    """``--rebuild`` killed before or after its first commit: the old contents are gone or
    intact (never mixed), and running it again finishes the rebuild."""
    from newsindex.errors import IndexVersionError

    index = tmp_path / "ix"
    index_passages(h.make_corpus(7, first=500), index=index)  # the old contents
    code, lines = _write(index, "--rebuild", "--kill", spec)
    assert code == -signal.SIGKILL and lines[-1] == f"KILLED-AT {spec.split(':')[0]}"
    if commits == 0:  # killed before the new stamp was written: the index asks for --rebuild
        with pytest.raises(IndexVersionError, match="--rebuild"):
            h.snapshot(index)
    else:
        assert h.snapshot(index).stored_ids == _committed_ids(commits)
    pid = _value(lines, "PID")
    assert pid is not None
    _assert_finishes_cleanly(index, pid, clean, "--rebuild")


FORKING_WRITER = """
import os, signal, sys, time
from pathlib import Path
from newsindex.index.lock import writer_lock

with writer_lock(Path(sys.argv[1])):
    ready, started = os.pipe()
    child = os.fork()  # as an enrichment worker pool does
    if child == 0:
        os.write(started, b"x")
        time.sleep(30)
        os._exit(0)
    os.read(ready, 1)  # the worker is running
    print(child, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_lock_dies_with_the_writer_not_with_its_forked_workers(tmp_path: Path) -> None:
    """Workers forked by a writer share its open lock file; when the writer is killed, they
    must not keep the lock (a re-run would be told the dead writer is still writing)."""
    from newsindex.index.lock import writer_lock

    proc = subprocess.Popen(
        [sys.executable, "-c", FORKING_WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    worker = int(proc.stdout.readline())
    try:
        assert proc.wait(timeout=30) == -signal.SIGKILL
        notices: list[str] = []
        with writer_lock(tmp_path, notice=notices.append):  # no wait: must be free at once
            pass
        assert notices == [
            f"{tmp_path}: cleared the stale lock of writer PID {proc.pid}, which is gone; "
            "what it had committed is kept"
        ]
    finally:
        os.kill(worker, signal.SIGKILL)


# ------------------------------------------------------------------- the real CLI, from outside


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsindex", *args]


def _latest_generation(index: Path) -> int:
    gens = [
        int(m.group(1))
        for p in index.glob("_MAIN_*.toc")
        if (m := re.search(r"_(\d+)\.toc$", p.name))
    ]
    return max(gens, default=-1)


@pytest.mark.slow
def test_kill_the_index_command_mid_run(tmp_path: Path) -> None:
    """SIGKILL ``newsindex index --workers 0`` once it has committed a few batches; the index
    answers, and re-running the command completes it exactly as a clean run does."""
    from support import ROOT

    if not (ROOT / "newsindex" / "models" / "ner.json.gz").exists():
        pytest.skip("the NER model newsindex/models/ner.json.gz is not trained yet")
    source = h.write_jsonl(tmp_path / "corpus.jsonl", N_ARTICLES)
    index = tmp_path / "ix"
    args = ["index", str(source), "--index", str(index), "--workers", "0", "--batch-size", "2"]
    proc = subprocess.Popen(_cli(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while _latest_generation(index) < 4 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"

    partial = h.snapshot(index)
    assert 8 <= len(partial.articles) < N_ARTICLES
    assert len(set(partial.stored_ids)) == len(partial.stored_ids)
    assert partial.search_ids == partial.stored_ids

    rerun = subprocess.run(_cli(*args), capture_output=True, text=True, timeout=120, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert f"cleared the stale lock of writer PID {proc.pid}" in rerun.stderr
    finished = h.snapshot(index)

    clean_index = tmp_path / "clean"
    args[3] = str(clean_index)
    done = subprocess.run(_cli(*args), capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert finished == h.snapshot(clean_index)
    assert finished.articles == {a.id for a, _ in CORPUS}
    assert set(partial.stored_ids) <= set(finished.stored_ids)


@pytest.mark.slow
def test_ctrl_c_keeps_every_article_indexed(tmp_path: Path) -> None:
    """Ctrl-C (SIGINT to the whole process group, enrichment workers included) stops with
    exit code 130, saving every article written, not only the committed batches (it said
    "Interrupted." and dropped the open batch: all of Reuters is one), and says what to do."""
    from support import ROOT

    if not (ROOT / "newsindex" / "models" / "ner.json.gz").exists():
        pytest.skip("the NER model newsindex/models/ner.json.gz is not trained yet")
    source = h.write_jsonl(tmp_path / "corpus.jsonl", N_ARTICLES)
    index = tmp_path / "ix"
    args = ["index", str(source), "--index", str(index), "--workers", "2", "--batch-size", "2"]
    proc = subprocess.Popen(
        _cli(*args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while _latest_generation(index) < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.killpg(proc.pid, signal.SIGINT)
    try:
        out, err = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise
    assert proc.returncode == 130, err
    partial = h.snapshot(index)
    saved = len(partial.articles)
    assert [line for line in err.splitlines() if not line.startswith("…")] == [
        "Stopping: saving the articles indexed so far (Ctrl-C again: stop at once).",
        f"Stopped by Ctrl-C: the {saved} articles above are saved. Run the same command again "
        "to index the rest (articles already indexed are replaced, not doubled).",
    ]
    assert out.startswith(f"Indexed {saved} articles")
    assert 6 <= saved < N_ARTICLES
    assert partial.search_ids == partial.stored_ids
