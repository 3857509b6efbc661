"""What the CLI prints for a demanding user: machine formats as structured data, files with the
user's permissions, a closed pipe that is no error, real reasons in the index summary, passage
ids in ``show``, and every example of the help texts working on the demo corpus."""

from __future__ import annotations

import csv
import io
import json
import os
import shlex
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import webfixtures
from click.testing import CliRunner
from support import SEEDS

from newsindex import index_paths
from newsindex.cli import cli
from newsindex.cli.output import emit_rows


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


# ------------------------------------------------------------------ 1. machine formats


def test_timeline_json_gives_co_mentions_as_objects(index_dir: Path) -> None:
    code, out, _ = run("timeline", "Carney", "--json", "--index", str(index_dir))
    assert code == 0
    rows = json.loads(out)
    assert rows and all(isinstance(r["count"], int) for r in rows)
    co = [c for r in rows for c in r["co_mentions"]]
    assert co and all(set(c) == {"name", "count"} and isinstance(c["count"], int) for c in co)
    code, out, _ = run("timeline", "Carney", "--csv", "--index", str(index_dir))
    assert code == 0 and " (1)" in out  # CSV: "name (count)" joined with "; "


def test_facets_machine_rows_have_explicit_columns(index_dir: Path) -> None:
    code, out, _ = run("facets", "tariffs OR oil", "--json", "--index", str(index_dir))
    assert code == 0
    rows = json.loads(out)
    assert {"facet": "places", "label": None, "name": "Canada", "period": None, "count": 1} in rows
    assert {"facet": "histogram", "label": None, "name": None, "period": "2025-03", "count": 2} in (
        rows
    )
    assert not any(" by " in r["facet"] for r in rows)
    code, out, _ = run("facets", "tariffs OR oil", "--csv", "--index", str(index_dir))
    table = list(csv.DictReader(io.StringIO(out)))
    assert list(table[0]) == ["facet", "label", "name", "period", "count"]
    assert {"facet": "histogram", "label": "", "name": "", "period": "2025-03", "count": "2"} in (
        table
    )
    code, out, _ = run("facets", "--help")
    assert "facet, label, name, period, count" in out


def test_tsv_is_one_unquoted_record_per_line(capsys: pytest.CaptureFixture[str]) -> None:
    emit_rows(
        [{"text": '"Hi," she said.\tThen\nmore\r\nlines', "names": ["A", "B"], "n": 3}],
        "tsv",
        ("text", "names", "n"),
    )
    out = capsys.readouterr().out
    assert out == 'text\tnames\tn\n"Hi," she said. Then more lines\tA; B\t3\n'


def test_search_tsv_rows_split_on_tabs(index_dir: Path) -> None:
    code, out, _ = run("search", "tariffs OR oil OR Carney", "--tsv", "--index", str(index_dir))
    assert code == 0
    lines = out.splitlines()
    assert len(lines) > 1 and '""' not in out
    assert {len(line.split("\t")) for line in lines} == {len(lines[0].split("\t"))}


@pytest.mark.parametrize("fmt", ["--csv", "--tsv", "--json", "--nl"])
def test_a_machine_format_page_that_holds_less_than_all_says_so(index_dir: Path, fmt: str) -> None:
    """'search --person Volcker --csv' on Reuters wrote 10 rows of 314 passages and nothing
    else: a file read as every passage quoting him. Rows stay clean; stderr says how to get
    more, and says nothing when the page holds every passage."""
    query = "tariffs OR oil OR Carney"
    code, out, err = run("search", query, fmt, "--limit", "2", "--index", str(index_dir))
    assert code == 0 and out
    assert err == "Note: 2 rows of 5 passages; --limit (up to 10,000) and --page give the rest.\n"
    code, out, err = run("search", query, fmt, "--limit", "50", "--index", str(index_dir))
    assert code == 0 and out and err == ""


# ------------------------------------------------------------------ 2. files and pipes


def test_export_honours_the_umask(index_dir: Path, tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        code, _, _ = run("export", str(tmp_path / "out.jsonl"), "--index", str(index_dir))
        code2, _, _ = run(
            "export", str(tmp_path / "os.ndjson"), "--format", "opensearch", "--index",
            str(index_dir),
        )  # fmt: skip
    finally:
        os.umask(old)
    assert code == code2 == 0
    for name in ("out.jsonl", "os.ndjson", "os.mapping.json"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o640, name


@pytest.mark.parametrize(
    "args",
    [
        ["export", "-"],
        ["search", "tariffs OR oil OR Carney"],
        ["search", "oil", "--json"],
        ["--help"],
        ["search", "--help"],
    ],
    ids=["export", "search", "search-json", "help", "search-help"],
)
def test_a_closed_pipe_ends_quietly(index_dir: Path, args: list[str]) -> None:
    """``newsindex … | head -1``: the reader is gone before the command writes."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "newsindex", *args],
            env={**os.environ, "NEWSINDEX_INDEX": str(index_dir)},
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert (proc.returncode, proc.stderr) == (0, "")


# ------------------------------------------------------------------ 3. the index summary


def test_index_summary_prints_real_reasons(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.csv").write_text("id,title,text\na1,T,hello world\na2,T,x,y\na3,T,p,q,r\n")
    (src / "b.txt").write_bytes(b"\x00\x01binary")
    code, out, err = run("index", str(src), "--index", str(tmp_path / "ix"), "--workers", "0")
    assert code == 3, err
    assert "  skipped 1: binary file (NUL byte at offset 0), not text" in out
    assert "  skipped 2: row has 4 fields, the header has 3 (and the like)" in out
    assert "UTF-N" not in out and "has N" not in out


def test_no_live_bar_where_it_cannot_be_erased(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a dumb terminal rich cannot erase the bar: its last frame would stay on stderr."""
    from newsindex.cli.progress import IndexDisplay

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stderr", Tty())
    monkeypatch.setenv("TERM", "dumb")
    with IndexDisplay([], quiet=False, verbose=False) as display:
        assert display.bar is None
    assert sys.stderr.getvalue() == ""


def test_progress_lines_count_from_the_first_article(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Off a terminal a line every few seconds; the clock starts at the first article, so the
    models' loading makes no "1 articles (0/s)" line."""
    from types import SimpleNamespace

    from newsindex.cli import progress

    clock = iter([2.5, 3.0, 5.0])  # the first article comes after the models' loading
    monkeypatch.setattr(progress.time, "monotonic", lambda: next(clock))
    with progress.IndexDisplay([], quiet=False, verbose=False) as display:
        for articles in (1, 10, 41):
            display.progress(
                SimpleNamespace(origin="a.jsonl:1", articles=articles, passages=articles)
            )
    assert capsys.readouterr().err == "… 41 articles (16/s), 41 passages, 0 warnings\n"


# ------------------------------------------------------------------ 4. show a passage id


def test_show_a_passage_id_shows_its_article(index_dir: Path) -> None:
    code, out, err = run("show", "a1#1", "--index", str(index_dir))
    assert code == 0
    assert out.splitlines()[0] == "Carney meets Trump"
    assert "▶ [1] " in out and out.count("▶") == 1
    assert "that is a passage id; the article is a1" in err
    code, _, err = run("show", "nope#1", "--index", str(index_dir))
    assert code == 1 and "no article 'nope'" in err


# ------------------------------------------------------------------ 5. help examples

LONG_RUNNING = {"serve"}  # serves until Ctrl-C: tests/test_web.py covers it
CLUSTER = "opensearch://"  # examples for a cluster: tests/test_opensearch.py runs them on one


def _help_examples() -> list[tuple[str, str]]:
    """(command, example line) for every ``newsindex …`` line of every help text."""
    found = []
    for name in [None, *cli.commands]:
        result = CliRunner().invoke(cli, [name, "--help"] if name else ["--help"])
        for line in result.stdout.splitlines():
            if line.strip().startswith("newsindex "):
                found.append((name or "newsindex", line.strip()))
    return found


EXAMPLES = _help_examples()


def test_every_command_has_examples() -> None:
    assert {name for name, _ in EXAMPLES} >= set(cli.commands) | {"newsindex"}


@pytest.fixture(scope="module")
def demo_workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with ``seeds/`` in it and the demo corpus indexed into ``index/``."""
    work = tmp_path_factory.mktemp("examples")
    (work / "seeds").symlink_to(SEEDS, target_is_directory=True)
    # The files the reader examples name, written from the project's own fixture texts.
    (work / "saved-pages").mkdir()
    (work / "saved-pages" / "mill.html").write_text(webfixtures.PAGE, encoding="utf-8")
    (work / "news.rss").write_text(webfixtures.RSS2, encoding="utf-8")
    page = webfixtures.Record(webfixtures.PAGE_URL, webfixtures.PAGE.encode("utf-8"))
    webfixtures.write_warc(work / "crawl.warc.gz", [page])
    story = {
        "title": "Ferry crews vote on a new contract",
        "story_body": "Ferry crews on the harbour routes voted on Thursday on a new contract.",
        "meta": {"published": "2025-05-08"},
    }
    (work / "export.json").write_text(json.dumps([story]), encoding="utf-8")
    (work / "retracted.txt").write_text("2025-06-04-bank-of-canada-june-cut\n", encoding="utf-8")
    report = index_paths([SEEDS], index=work / "index", workers=0)
    assert report.status == "ok"
    return work


@pytest.fixture
def in_demo(demo_workdir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(demo_workdir)
    monkeypatch.setenv("NEWSINDEX_INDEX", str(demo_workdir / "index"))
    yield demo_workdir


RUNNABLE = [
    (name, example)
    for name, example in EXAMPLES
    if name not in LONG_RUNNING and CLUSTER not in example
]


@pytest.mark.parametrize(("name", "example"), RUNNABLE, ids=[e for _, e in RUNNABLE])
def test_help_example_runs_on_the_demo_corpus(
    in_demo: Path, name: str, example: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = shlex.split(example)[1:]
    if args[0] == "index":
        args += ["--workers", "0"]
    if args[0] == "delete":  # on a copy: the other examples read the articles it deletes
        shutil.copytree(in_demo / "index", tmp_path / "index")
        monkeypatch.setenv("NEWSINDEX_INDEX", str(tmp_path / "index"))
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, (example, result.stdout, result.stderr)
    assert result.stdout.strip() or result.stderr.strip(), example
    if args[0] in ("search", "similar", "facets", "timeline"):
        assert result.stdout.strip() not in ("", "[\n]"), example  # results, not an empty list
        assert not result.stdout.startswith("0 passages"), example


def test_a_hit_shows_the_people_and_the_organisations_quoted_apart() -> None:
    """Issue 13: organisations as speakers are shown apart from people."""
    from newsindex import Passage
    from newsindex.cli.output import details, findings

    passage = Passage(
        "a1",
        0,
        "Tessby Press quoted Ada Brisk as saying prices would rise.",
        persons=("Ada Brisk",),
        speakers=("Ada Brisk",),
        org_speakers=("Tessby Press",),
    )
    line = details(findings(passage))
    assert line.startswith("said: Ada Brisk · org said: Tessby Press · persons: Ada Brisk")
