"""The Reuters reader on the real Reuters-21578 corpus in ../shared (skipped when absent).

The 21,578 stories are 19,043 with a <BODY>, 737 "unprocessed" ones (TEXT without tags: a title
line, then mostly tables) and 1,798 "brief" ones with a title only. Unprocessed stories whose
text is more than the title line are read (728 of them), the rest are reported as having no body.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from newsindex.articles import Article
from newsindex.problems import ProblemLog, Severity
from newsindex.readers import read_paths

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "reuters21578"

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def corpus() -> tuple[dict[str, Article], ProblemLog]:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent (the ../shared data folder is not beside the repo)")
    log = ProblemLog()
    articles: dict[str, Article] = {}
    for article in read_paths([CORPUS], log=log):
        assert article.id not in articles
        articles[article.id] = article
    return articles, log


def test_story_counts(corpus: tuple[dict[str, Article], ProblemLog]) -> None:
    articles, log = corpus
    assert len(articles) == 19_771
    assert len(log.problems) == 1_807
    assert all(p.severity is Severity.SKIPPED for p in log.problems)
    assert all(re.fullmatch(r"story NEWID \d+ has no body", p.reason) for p in log.problems)
    skipped = {int(p.reason.split()[2]) for p in log.problems}
    read = {int(article_id.removeprefix("reuters-")) for article_id in articles}
    assert skipped.isdisjoint(read)
    assert skipped | read == set(range(1, 21_579))


def test_known_story(corpus: tuple[dict[str, Article], ProblemLog]) -> None:
    articles, _ = corpus
    story = articles["reuters-1"]
    assert story.title == "BAHIA COCOA REVIEW"
    assert story.date == dt.date(1987, 2, 26)
    assert story.dateline == "SALVADOR, Feb 26"
    assert story.source == "Reuters"
    assert story.origin == f"{CORPUS / 'reut2-000.sgm'}:2"
    assert len(story.paragraphs) == 17
    first = story.paragraphs[0]
    assert first.line == 16
    assert first.text.startswith("Showers continued throughout the week in the Bahia cocoa zone,")
    assert story.paragraphs[1].text == "The dry period means the temporao will be late this year."
    assert story.paragraphs[-1].text.endswith("carnival which ends midday on February 27.")


def test_entities_and_author(corpus: tuple[dict[str, Article], ProblemLog]) -> None:
    articles, _ = corpus
    assert articles["reuters-3"].title == "TEXAS COMMERCE BANCSHARES <TCB> FILES PLAN"
    bylines = Counter(a.byline is not None for a in articles.values())
    assert bylines[True] > 800


def test_price_table_is_one_paragraph(corpus: tuple[dict[str, Article], ProblemLog]) -> None:
    """NEWID 5: an intro sentence, a two-part price table with a footnote, a closing note."""
    articles, _ = corpus
    story = articles["reuters-5"]
    assert [p.line for p in story.paragraphs] == [207, 210, 226]
    rows = story.paragraphs[1].text.split("\n")
    assert len(rows) == 16
    assert rows[0].split() == ["Natl", "Loan", "Release", "Call"]
    assert rows[2].split()[0] == "Wheat" and rows[-2].split()[0] == "Sorghum"
    assert rows[7] == "X - 1986 Rates." and rows[8] == ""
    assert story.paragraphs[2].text.startswith("Reserves I, II and III have matured.")


def test_earnings_table_is_one_paragraph(corpus: tuple[dict[str, Article], ProblemLog]) -> None:
    articles, _ = corpus
    story = articles["reuters-11"]
    assert len(story.paragraphs) == 2
    rows = story.paragraphs[0].text.split("\n")
    assert [row.split()[0] for row in rows] == ["Shr", "Net", "Assets", "Deposits", "Loans"]
    assert story.paragraphs[1].text.startswith("Note: 4th qtr not available.")


def test_unprocessed_wrapped_table(corpus: tuple[dict[str, Article], ProblemLog]) -> None:
    """NEWID 13338: an untagged story whose table rows wrap onto a second line."""
    articles, _ = corpus
    story = articles["reuters-13338"]
    assert story.title == "TOKYO RUBBER (YEN PER KILO) - APRIL 07"
    assert story.dateline is None
    (table,) = story.paragraphs
    months = [row.split()[0] for row in table.text.split("\n") if row.startswith(" ")]
    assert months[:9] == ["APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def test_text_inside_dateline_tag_goes_back_to_the_body(
    corpus: tuple[dict[str, Article], ProblemLog],
) -> None:
    articles, _ = corpus
    story = next(a for a in articles.values() if a.title.startswith("BRAZIL ANTI-INFLATION PLAN"))
    assert story.dateline == "RIO DE JANEIRO, Feb 26"
    assert story.paragraphs[0].text.startswith('Brazil\'s "Cruzado" anti-inflation plan,')


def test_every_story_is_clean(corpus: tuple[dict[str, Article], ProblemLog]) -> None:
    articles, _ = corpus
    control = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
    for article in articles.values():
        assert article.date is not None and article.title
        assert article.dateline is None or " - " not in article.dateline, article.id
        for paragraph in article.paragraphs:
            assert paragraph.text and paragraph.text == paragraph.text.strip("\n")
            assert not control.search(paragraph.text), article.id
            assert "&lt;" not in paragraph.text and "&#" not in paragraph.text, article.id
        last = article.paragraphs[-1].text.split("\n")[-1].strip()
        assert not re.fullmatch(r"(?i)reuters?\W*", last), article.id
    tables = sum(any("\n" in p.text for p in a.paragraphs) for a in articles.values())
    assert 3_000 < tables < 5_000


def test_truncated_copy_reads_the_rest(tmp_path: Path) -> None:
    source = CORPUS / "reut2-000.sgm"
    if not source.is_file():
        pytest.skip(f"{source} is absent (the ../shared data folder is not beside the repo)")
    text = source.read_bytes()
    newid = text.index(b'NEWID="500"')
    line = text.count(b"\n", 0, text.rindex(b"<REUTERS", 0, newid)) + 1
    copy = tmp_path / "reut2-cut.sgm"
    copy.write_bytes(text[: text.index(b"<BODY>", newid) + 200])
    log = ProblemLog()
    articles = list(read_paths([copy], log=log))
    assert str(log.problems[-1]) == (
        f"{copy}:{line}: story NEWID 500 is truncated (no </REUTERS>) (skipped)"
    )
    assert [a.id for a in articles][-1] == "reuters-499"
    assert len(articles) + len(log.problems) == 500
