"""Issue #6 "Bad input", reading half: one run over every kind of bad file, good ones mixed in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from badinput import (
    BIG_PARAGRAPH_BYTES,
    Case,
    expected_article_ids,
    expected_messages,
    write_bad_inputs,
)

from newsindex.articles import Article
from newsindex.errors import ArticleFormatError
from newsindex.problems import ProblemLog, Severity
from newsindex.readers import read_paths


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Case]]:
    root = tmp_path_factory.mktemp("bad") / "in"
    return root, write_bad_inputs(root)


@pytest.fixture(scope="module")
def read_all(
    bad_inputs: tuple[Path, dict[str, Case]],
) -> tuple[list[Article], ProblemLog]:
    root, _ = bad_inputs
    log = ProblemLog()
    articles = list(read_paths([root], log=log))
    return articles, log


def test_every_problem_is_reported_exactly(
    bad_inputs: tuple[Path, dict[str, Case]], read_all: tuple[list[Article], ProblemLog]
) -> None:
    _, cases = bad_inputs
    _, log = read_all
    assert sorted(str(problem) for problem in log.problems) == expected_messages(cases)


def test_every_good_article_comes_out(
    bad_inputs: tuple[Path, dict[str, Case]], read_all: tuple[list[Article], ProblemLog]
) -> None:
    _, cases = bad_inputs
    articles, _ = read_all
    assert sorted(article.id for article in articles) == expected_article_ids(cases)
    assert len(articles) > 10_000
    assert all(article.paragraphs and article.title for article in articles)


def test_each_case_reports_once_per_bad_record(
    bad_inputs: tuple[Path, dict[str, Case]], read_all: tuple[list[Article], ProblemLog]
) -> None:
    _, cases = bad_inputs
    _, log = read_all
    for name, case in cases.items():
        reported = [p for p in log.problems if Path(p.path) == case.path]
        assert [str(p) for p in reported] == list(case.messages), name


def test_kept_articles_carry_the_fixes(read_all: tuple[list[Article], ProblemLog]) -> None:
    articles, log = read_all
    by_id: dict[str, list[Article]] = {}
    for article in articles:
        by_id.setdefault(article.id, []).append(article)
    assert by_id["cp1252"][0].paragraphs[1].text == "He said \u201cno\u201d to the deal."
    for undated in ("no-date", "bad-date", "future", "old", "int-date"):
        assert by_id[undated][0].date is None
    assert [a.title for a in by_id["dup-1"]] == ["First", "Second"]
    assert by_id["records-9"][0].title == "No id; title is a number."
    assert by_id["records-9"][0].date == dt.date(2025, 5, 6)
    big = by_id["big-1"][0]
    assert len(big.paragraphs) == 1
    assert len(big.paragraphs[0].text) == BIG_PARAGRAPH_BYTES - 1
    lead = by_id["lead-story"][0]
    assert lead.credit == "With files from Staff"
    assert lead.paragraphs[-1].heading == "Talks continue"
    assert log.warnings == sum(p.severity is Severity.WARNING for p in log.problems) == 12


def test_two_runs_report_in_the_same_order(
    bad_inputs: tuple[Path, dict[str, Case]], read_all: tuple[list[Article], ProblemLog]
) -> None:
    root, _ = bad_inputs
    articles, log = read_all
    again = ProblemLog()
    ids = [article.id for article in read_paths([root], log=again)]
    assert [str(p) for p in again.problems] == [str(p) for p in log.problems]
    assert ids == [article.id for article in articles]


def test_strict_log_stops_at_the_first_problem(bad_inputs: tuple[Path, dict[str, Case]]) -> None:
    root, cases = bad_inputs
    with pytest.raises(ArticleFormatError) as raised:
        for _ in read_paths([root], log=ProblemLog(strict=True)):
            pass
    # Folders are walked in name order: big.csv is fine, binary.txt is the first bad file.
    assert raised.value.path == str(cases["binary"].path)
    assert raised.value.line is None
    assert (
        str(raised.value) == f"{cases['binary'].path}: binary file (NUL byte at offset 8), not text"
    )
