"""Bad input end to end: ``newsindex index`` over every kind of bad file at once, and every way
the index location can be wrong, checked at the command line (messages, summary, exit code).

The bad files come from tests/badinput.py (the readers' generator, which also says what each
file must report); indexing them for real needs the NER model and NLTK data (``make test``).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from badinput import Case, expected_article_ids, expected_messages, write_bad_inputs
from click.testing import CliRunner
from support import ARTICLES, ROOT, start_lock_holder
from whoosh.analysis import STOP_WORDS

from newsindex import index_passages, open_index
from newsindex.cli import cli
from newsindex.index.schema import SCHEMA_VERSION

MODEL = ROOT / "newsindex" / "models" / "ner.json.gz"
TINY_FILES = 150
"""The "many tiny files" case, cut from 10,000 to keep the run short; still nested folders."""
SKIP_ACTIONS = ("(skipped)", "(file skipped)", "(rest of the file skipped)", "(not followed)")
"""The actions of problems that cost a record; all others are warnings (the record is kept)."""


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str


def run(*args: str) -> Run:
    result = CliRunner().invoke(cli, list(args))
    crash = result.exception is not None and not isinstance(result.exception, SystemExit)
    assert not crash, f"{args}: {result.exception!r}"
    return Run(result.exit_code, result.stdout, result.stderr)


def needs_model() -> None:
    if not MODEL.exists():
        pytest.skip(f"{MODEL} is absent: train it with `make train-ner`")


def problem_lines(stderr: str) -> list[str]:
    """The problem lines of an index run: everything but progress lines, notices and the
    closing error."""
    return sorted(
        line
        for line in stderr.splitlines()
        if line and not line.startswith(("…", "Error: nothing was indexed"))
    )


# ----------------------------------------------------------------- every bad kind, in one run


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Case], Path, Run]:
    needs_model()
    base = tmp_path_factory.mktemp("badcli")
    cases = write_bad_inputs(base / "in", tiny_files=TINY_FILES)
    index = base / "index"
    result = run("index", str(base / "in"), "--index", str(index), "--workers", "0")
    return cases, index, result


def test_every_bad_record_gets_its_own_message(
    bad_run: tuple[dict[str, Case], Path, Run],
) -> None:
    cases, _, result = bad_run
    assert problem_lines(result.stderr) == expected_messages(cases)


def test_summary_counts_and_exit_code(bad_run: tuple[dict[str, Case], Path, Run]) -> None:
    cases, index, result = bad_run
    messages = expected_messages(cases)
    skipped = sum(m.endswith(SKIP_ACTIONS) for m in messages)
    warnings = len(messages) - skipped
    assert (skipped, warnings) == (27, 12)
    lines = result.stdout.splitlines()
    summary = re.fullmatch(
        rf"Indexed (\d+) articles, ([\d,]+) passages into {re.escape(str(index))} in [\d.]+s "
        rf"\([\d,]+ passages/s\); skipped {skipped} records, {warnings} warnings\.",
        lines[0],
    )
    assert summary, lines[0]
    assert int(summary[1]) == len(expected_article_ids(cases))  # a replaced duplicate counts
    read = re.fullmatch(r"  read: (.+)", lines[1])  # articles per format, most first
    assert read and sum(int(part.split()[0].replace(",", "")) for part in read[1].split(", ")) == (
        len(expected_article_ids(cases))
    )
    per_reason = [re.fullmatch(r"  skipped (\d+): .+", line) for line in lines[2:]]
    assert all(per_reason) and sum(int(m[1]) for m in per_reason if m) == skipped
    assert result.code == 3  # some records skipped


def test_every_good_article_is_searchable(bad_run: tuple[dict[str, Case], Path, Run]) -> None:
    cases, index, _ = bad_run
    with open_index(index) as ix:
        indexed = sorted(a.id for a in ix.iter_articles())
        assert indexed == sorted(set(expected_article_ids(cases)))
        for article_id in indexed:
            passage = ix.article(article_id).passages[0]
            words = re.findall(r"[A-Za-z]{3,}", passage.text)
            word = max((w for w in words if w.lower() not in STOP_WORDS), key=len)
            hits = ix.search(word, limit=10_000, collapse=False, snippets=False).hits
            assert passage.id in {hit.id for hit in hits}, (article_id, word)
        assert ix.article("dup-1").title == "Second"  # the later duplicate replaced the first
    result = run("search", "Ottawa tariffs", "--index", str(index), "--json")
    assert result.code == 0
    assert [row["article_id"] for row in json.loads(result.stdout)] == ["lead-story"]


def test_strict_stops_at_the_first_bad_record(tmp_path: Path) -> None:
    needs_model()
    cases = write_bad_inputs(tmp_path / "in", tiny_files=3)
    big = cases.pop("5 MB paragraph")  # (its enrichment takes seconds, and it is good input)
    big.path.unlink()
    index = tmp_path / "index"
    result = run("index", str(tmp_path / "in"), "--index", str(index), "--workers", "0", "--strict")
    assert result.code == 1
    assert result.stdout == ""  # no summary: the run stopped
    errors = [line for line in result.stderr.splitlines() if not line.startswith("…")]
    assert len(errors) == 1 and errors[0].startswith("Error: ")
    # The message is the problem's own "PATH[:LINE]: what is wrong", without the action.
    stripped = {m.rsplit(" (", 1)[0] for m in expected_messages(cases)}
    assert errors[0].removeprefix("Error: ") in stripped
    with open_index(index) as ix:  # nothing of the stopped run was committed
        assert ix.stats().passages == 0


def test_strict_on_good_input_indexes_everything(tmp_path: Path) -> None:
    needs_model()
    source = tmp_path / "good.jsonl"
    source.write_text(
        json.dumps({"id": "g1", "title": "Good", "date": "2025-05-06", "text": "Fine text."}) + "\n"
    )
    result = run(
        "index", str(source), "--index", str(tmp_path / "ix"), "--workers", "0", "--strict"
    )
    assert result.code == 0, result.stderr
    assert "skipped 0 records, 0 warnings." in result.stdout


def test_nothing_indexable_exits_1(tmp_path: Path) -> None:
    needs_model()
    (tmp_path / "in").mkdir()
    empty = tmp_path / "in" / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "in" / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02")
    result = run("index", str(tmp_path / "in"), "--index", str(tmp_path / "ix"), "--workers", "0")
    assert result.code == 1
    assert problem_lines(result.stderr) == [
        f"{binary}: binary file (NUL byte at offset 0), not text (skipped)",
        f"{empty}: empty file (skipped)",
    ]
    assert result.stdout.startswith("Indexed 0 articles, 0 passages into ")
    assert "Error: nothing was indexed" in result.stderr


# ------------------------------------------------------------------------ a missing model

MISSING_MODEL_RUN = """
import sys
from newsindex.nlp.ner import tagger as entities
from newsindex.cli import main

entities.DEFAULT_MODEL = entities.DEFAULT_MODEL.with_name("no-such-model.json.gz")
sys.argv = ["newsindex", "index", *sys.argv[1:]]
main()
"""


def test_missing_model_is_an_error_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsindex.nlp.ner import tagger as entities

    monkeypatch.setattr(entities, "DEFAULT_MODEL", tmp_path / "no-such-model.json.gz")
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps({"id": "x", "text": "Some text."}) + "\n")
    result = run("index", str(source), "--index", str(tmp_path / "ix"), "--workers", "0")
    assert result.code == 1
    assert result.stderr.startswith(f"Error: entity model {tmp_path / 'no-such-model.json.gz'}")


def test_missing_model_with_workers_does_not_hang(tmp_path: Path) -> None:
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps({"id": "x", "text": "Some text."}) + "\n")
    args = [str(source), "--index", str(tmp_path / "ix"), "--workers", "2"]
    proc = subprocess.Popen(
        [sys.executable, "-c", MISSING_MODEL_RUN, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        _, err = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise
    assert proc.returncode == 1
    assert err.startswith("Error: entity model ")


# ------------------------------------------------------------------- a wrong index location


def build_hint(path: Path) -> str:
    return f"Build one with `newsindex index PATH --index {path}`."


ELSEWHERE_HINT = (
    "Name the index folder with --index, or build one in a new or empty folder: "
    "`newsindex index PATH --index NEW_FOLDER`."
)
"""A file or a folder of other files: building the index there is refused, so the hint the
missing and the empty folder get (build one there) would be a command that fails."""


def rebuild_hint(path: Path) -> str:
    return f"Rebuild it: `newsindex index PATH... --index {path} --rebuild`."


@pytest.mark.parametrize("command", [["search", "oil"], ["stats"], ["show", "a1"]])
def test_missing_index(tmp_path: Path, command: list[str]) -> None:
    path = tmp_path / "nope"
    result = run(*command, "--index", str(path))
    assert (result.code, result.stdout) == (1, "")
    assert result.stderr == f"Error: {path}: no index here. {build_hint(path)}\n"


def test_index_path_is_a_file(tmp_path: Path) -> None:
    path = tmp_path / "file"
    path.write_text("not an index")
    expected = f"Error: {path}: is a file, not an index folder. {ELSEWHERE_HINT}\n"
    searched = run("search", "oil", "--index", str(path))
    assert (searched.code, searched.stderr) == (1, expected)
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps({"id": "x", "text": "Some text."}) + "\n")
    indexed = run("index", str(source), "--index", str(path), "--workers", "0")
    refused = f"Error: {path}: is a file, not an index folder. Index into a new or empty folder"
    assert (indexed.code, indexed.stderr) == (1, f"{refused} (`--index NEW_FOLDER`).\n")
    assert path.read_text() == "not an index"


def test_index_folder_that_cannot_be_created(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    path = tmp_path / "file" / "index"
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps({"id": "x", "text": "Some text."}) + "\n")
    result = run("index", str(source), "--index", str(path), "--workers", "0")
    assert (result.code, result.stdout) == (1, "")
    assert result.stderr == (
        f"Error: {path}: cannot create the index folder (Not a directory). Choose another "
        "folder with --index or NEWSINDEX_INDEX.\n"
    )


def test_empty_folder_and_foreign_folder(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("search", "oil", "--index", str(empty))
    assert (result.code, result.stderr) == (
        1,
        f"Error: {empty}: index folder is empty. {build_hint(empty)}\n",
    )
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine")
    result = run("search", "oil", "--index", str(foreign))
    assert (result.code, result.stderr) == (
        1,
        f"Error: {foreign}: folder holds no newsindex index. {ELSEWHERE_HINT}\n",
    )


def test_index_of_another_version_says_how_to_rebuild(
    writable_index_dir: Path, tmp_path: Path
) -> None:
    index_dir = writable_index_dir  # its own copy: the test rewrites it
    (index_dir / "newsindex.json").write_text(json.dumps({"format": "newsindex-0"}))
    expected = (
        f"Error: {index_dir}: index format 'newsindex-0' is not {SCHEMA_VERSION!r} (built by "
        f"another newsindex version). {rebuild_hint(index_dir)}\n"
    )
    for command in (["search", "oil"], ["stats"]):
        result = run(*command, "--index", str(index_dir))
        assert (result.code, result.stdout, result.stderr) == (1, "", expected)
    # Writing to it is refused the same way, until --rebuild.
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps({"id": "x", "title": "X", "text": "Oil prices fell."}) + "\n")
    result = run("index", str(source), "--index", str(index_dir), "--workers", "0")
    assert (result.code, result.stderr) == (1, expected)
    needs_model()
    result = run("index", str(source), "--index", str(index_dir), "--workers", "0", "--rebuild")
    assert result.code == 0, result.stderr
    searched = run("search", "oil", "--index", str(index_dir), "--json")
    assert [row["id"] for row in json.loads(searched.stdout)] == ["x#0"]


def test_index_without_stamp(tmp_path: Path) -> None:
    from whoosh.fields import ID, Schema
    from whoosh.index import create_in

    path = tmp_path / "plain-whoosh"
    path.mkdir()
    create_in(str(path), Schema(id=ID(stored=True)))
    result = run("stats", "--index", str(path))
    assert result.code == 1
    assert result.stderr == (
        f"Error: {path}: index format 'none (not written by newsindex)' is not {SCHEMA_VERSION!r} "
        f"(built by another newsindex version). {rebuild_hint(path)}\n"
    )


def test_damaged_table_of_contents(writable_index_dir: Path) -> None:
    index_dir = writable_index_dir  # its own copy: the test rewrites it
    (toc,) = index_dir.glob("_MAIN_*.toc")
    toc.write_bytes(toc.read_bytes()[:40])
    result = run("search", "oil", "--index", str(index_dir))
    assert result.code == 1
    assert result.stderr.startswith(f"Error: {index_dir}: cannot read the index (")
    assert result.stderr.endswith(f"). {rebuild_hint(index_dir)}\n")


@pytest.mark.parametrize("damage", ["emptied", "cut short"])
def test_damaged_segment(writable_index_dir: Path, damage: str) -> None:
    index_dir = writable_index_dir  # its own copy: the test rewrites it
    segment = sorted(index_dir.glob("*.seg"))[0]
    segment.write_bytes(b"" if damage == "emptied" else segment.read_bytes()[:100])
    result = run("search", "oil", "--index", str(index_dir))
    assert result.code == 1
    assert result.stderr.startswith(f"Error: {index_dir}: cannot read the index (")
    assert result.stderr.endswith(f"). {rebuild_hint(index_dir)}\n")


def test_index_being_written_names_the_writer(tmp_path: Path) -> None:
    index = tmp_path / "ix"
    index_passages(ARTICLES, index=index)
    proc = start_lock_holder(index, 30)
    try:
        source = tmp_path / "one.jsonl"
        source.write_text(json.dumps({"id": "x", "text": "Some text."}) + "\n")
        result = run("index", str(source), "--index", str(index), "--wait", "0.3")
        assert (result.code, result.stdout) == (1, "")
        assert result.stderr == (
            f"Error: {index}: index is being written by PID {proc.pid}; wait for it to finish "
            "or retry with --wait.\n"
        )
        # Readers are not blocked by a writer.
        assert run("search", "oil", "--index", str(index), "--json").code == 0
    finally:
        proc.kill()
        proc.wait()
