from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from newsindex.cli import cli


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_an_example(name: str) -> None:
    command = cli.commands[name]
    assert isinstance(command, click.Command)
    assert command.help and "Example" in command.help, f"{name} lacks help with an example"
    code, out, _ = run(name, "--help")
    assert code == 0 and "Example" in out


def test_show_prints_article_with_entities(index_dir: Path) -> None:
    code, out, _ = run("show", "a1", "--index", str(index_dir))
    assert code == 0
    assert out.splitlines()[0] == "Carney meets Trump"
    assert "§ Talks" in out
    assert "said: Donald Trump · persons: Donald Trump · dates: 2025-05-05" in out


def test_search_table_shows_who_and_when_a_hit_names(index_dir: Path) -> None:
    code, out, _ = run("search", "--person", "Trump", "--index", str(index_dir))
    assert code == 0
    assert "said: Donald Trump · persons: Donald Trump · dates: 2025-05-05" in out


def test_a_hits_dates_are_listed_once_each_in_calendar_order(tmp_path: Path) -> None:
    """Reuters' "a tender last Friday to be held today (Wednesday) for crediting funds tomorrow
    (Thursday)" listed "dates: 1987-02-27, 1987-03-04, 1987-03-04, 1987-03-05, 1987-03-05,
    1987-03-02 ...": each phrase's day in text order, a day as often as it is named."""
    import datetime as dt

    from newsindex import Article, DateSpan, Passage, index_passages

    day = dt.date(2025, 5, 7)
    spans = [
        DateSpan(day, day, "today"),
        DateSpan(day, day, "Wednesday"),
        DateSpan(dt.date(2025, 5, 1), dt.date(2025, 5, 31), "this month"),
        DateSpan(dt.date(2025, 5, 2), dt.date(2025, 5, 2), "last Friday"),
    ]
    doc = Article(id="t", title="Tender", date=day, paragraphs=(), origin="t.txt")
    passage = Passage("t", 0, "The tender held today (Wednesday) ...", mentions=tuple(spans))
    index_passages([(doc, [passage])], index=tmp_path / "ix")
    code, out, _ = run("search", "tender", "--index", str(tmp_path / "ix"))
    assert code == 0
    assert "dates: 2025-05-01..2025-05-31, 2025-05-02, 2025-05-07\n" in out


def test_show_unknown_article(index_dir: Path) -> None:
    code, _, err = run("show", "nope", "--index", str(index_dir))
    assert code == 1
    assert err.startswith("Error: no article 'nope' in ")


def test_stats_json(index_dir: Path) -> None:
    code, out, _ = run("stats", "--json", "--index", str(index_dir))
    assert code == 0
    stats = json.loads(out)
    assert (stats["articles"], stats["passages"], stats["segments"]) == (3, 6, 1)
    assert (stats["first_date"], stats["last_date"]) == ("1987-03-02", "2025-05-06")


def test_facets_rows(index_dir: Path) -> None:
    code, out, _ = run("facets", "tariffs OR oil", "--json", "--index", str(index_dir))
    assert code == 0
    rows = json.loads(out)
    assert {"facet": "places", "label": None, "name": "Canada", "period": None, "count": 1} in rows
    assert {"facet": "histogram", "label": None, "name": None, "period": "2025-03", "count": 2} in (
        rows
    )


def test_facets_table_leaves_out_what_the_matches_do_not_name(index_dir: Path) -> None:
    """A facet no match has a value for is no heading over nothing."""
    code, out, _ = run("facets", "tariffs OR oil", "--index", str(index_dir))
    assert code == 0
    assert "places:\n  Canada" in out
    assert "org_speakers:" not in out


def test_facets_table_keeps_its_columns_beside_a_long_name(tmp_path: Path) -> None:
    """A name longer than the name column pushed its count and bar out of line."""
    import datetime as dt

    from support import article

    from newsindex import Passage, index_passages

    long = "Organisation of Tesselian Rivet Exporting Countries"
    passages = [Passage("l1", 0, f"The {long} met.", orgs=(long,))]
    passages += [Passage("l1", n, "OTREC met again.", orgs=("OTREC",)) for n in (1, 2)]
    index_passages([(article("l1", dt.date(2025, 5, 5)), passages)], index=tmp_path / "ix")
    code, out, _ = run("facets", "met", "--index", str(tmp_path / "ix"))
    lines = out.split("orgs:\n")[1].splitlines()[:2]
    assert code == 0 and lines[0].startswith("  OTREC ")
    assert lines[1].startswith("  Organisation of Tesselian Rivet… ")
    assert [line.index("█") for line in lines] == [lines[0].index("█")] * 2


def test_timeline_and_histogram_tables_show_the_periods_with_nothing(tmp_path: Path) -> None:
    """'timeline OPEC --kind org' on Reuters listed 1987-04 then 1987-06: May, with no
    passage, was left out, and the table read as two months in a row (the web page's
    histogram shows such gaps)."""
    import datetime as dt

    from newsindex import Article, Passage, index_passages

    items = [
        (
            Article(aid, "T", day, (), origin=f"{aid}.txt"),
            [Passage(aid, 0, "Okafor spoke.", persons=("Daniel Okafor",))],
        )
        for aid, day in (("a", dt.date(2025, 4, 30)), ("b", dt.date(2025, 6, 2)))
    ]
    index_passages(items, index=tmp_path / "ix")
    code, out, _ = run("timeline", "Okafor", "--index", str(tmp_path / "ix"))
    assert code == 0
    assert [line.split()[:2] for line in out.splitlines()[1:]] == [
        ["2025-04", "1"],
        ["2025-05", "0"],
        ["2025-06", "1"],
    ]
    code, out, _ = run("facets", "okafor", "--by", "month", "--index", str(tmp_path / "ix"))
    assert out.split("date by month:\n")[1].split() == [
        "2025-04",
        "1",
        "█" * 30,
        "2025-05",
        "0",
        "2025-06",
        "1",
        "█" * 30,
    ]
    code, out, _ = run("timeline", "Okafor", "--csv", "--index", str(tmp_path / "ix"))
    assert "2025-05" not in out  # machine formats give the periods found


def test_a_long_run_of_empty_periods_is_one_row() -> None:
    """The dates passages mention may span centuries ("the 1800s"): a histogram by day would
    print tens of thousands of empty rows."""
    from newsindex.cli.output import gapless

    years = [("1800", 1), ("1987", 2), ("1989", 1)]
    assert gapless(years, "year") == [
        ("1800", 1),
        ("… 186 years", 0),
        ("1987", 2),
        ("1988", 0),
        ("1989", 1),
    ]
    weeks = [("2025-W52", 1), ("2026-W02", 2)]
    assert gapless(weeks, "week") == [("2025-W52", 1), ("2026-W01", 0), ("2026-W02", 2)]
    assert gapless([("1800-01-01", 1), ("1800-01-06", 1)], "day")[1] == ("… 4 days", 0)


def test_timeline_table_and_csv(index_dir: Path) -> None:
    code, out, _ = run("timeline", "Carney", "--index", str(index_dir))
    assert code == 0
    assert out.splitlines()[0] == "Carney (person): 2 passages"
    assert out.splitlines()[1].split()[:2] == ["2025-05", "2"]
    code, out, _ = run("timeline", "Carney", "--csv", "--index", str(index_dir))
    assert out.splitlines()[0] == "period,count,co_mentions"


def test_similar_command(index_dir: Path) -> None:
    code, out, _ = run("similar", "a3#0", "--json", "--index", str(index_dir))
    assert code == 0
    assert "a3#0" not in [r["id"] for r in json.loads(out)]
    code, _, err = run("similar", "bad-id", "--index", str(index_dir))
    assert code == 2 and "not a passage id (ARTICLE_ID#POSITION)" in err
    assert "an article's first passage is bad-id#0" in err


def test_counts_read_in_the_singular_for_one(tmp_path: Path) -> None:
    """'Indexed 1 articles, ...; skipped 1 records' and 'Exported 1 passages of 1 articles'."""
    source = tmp_path / "one.jsonl"
    source.write_text('{"text": "Oil rose."}\n{"title": "no text"}\n')
    index = str(tmp_path / "ix")
    code, out, _ = run("index", str(source), "--index", index)
    assert code == 3
    assert out.startswith("Indexed 1 article, 1 passage into ")
    assert "; skipped 1 record, 0 warnings." in out.splitlines()[0]
    code, out, err = run("export", "-", "--index", index)
    assert err.strip() == "Exported 1 passage of 1 article."
    code, out, _ = run("stats", "--index", index)
    assert out.startswith(f"{index}: 1 article, 1 passage, no dates; 1 segment")


@pytest.mark.parametrize(
    ("stop", "said"),
    [("first", "Stopped by Ctrl-C: the 1 article above is saved. "), ("second", "Interrupted: ")],
)
@pytest.mark.parametrize("rebuild", [False, True])
def test_ctrl_c_says_how_to_index_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stop: str, said: str, rebuild: bool
) -> None:
    """After Ctrl-C during 'index --rebuild' the advice was to run the same command again, which
    clears the index anew and starts over: it says to run it without --rebuild."""
    import contextlib
    from collections.abc import Callable, Iterator

    from newsindex import StopIndexing
    from newsindex.cli import indexing

    @contextlib.contextmanager
    def pressed(notice: Callable[[str], None]) -> Iterator[Callable[[], None]]:
        def check() -> None:
            raise StopIndexing if stop == "first" else KeyboardInterrupt

        yield check

    monkeypatch.setattr(indexing, "deferred_ctrl_c", pressed)
    source = tmp_path / "two.jsonl"
    source.write_text('{"text": "Oil rose."}\n{"text": "Oil fell."}\n')
    code, _, err = run(
        "index", str(source), "--index", str(tmp_path / "ix"), *(["--rebuild"] * rebuild)
    )
    assert code == 130
    again = "without --rebuild" if rebuild else "again"
    assert said in err and f"Run the same command {again} to index" in err


def _own_folder(tmp_path: Path) -> tuple[Path, Path]:
    """A file to index, and a folder of one's own files given as the index by mistake."""
    source = tmp_path / "one.jsonl"
    source.write_text('{"text": "Oil rose."}\n')
    mine = tmp_path / "documents"
    mine.mkdir()
    (mine / "notes.txt").write_text("mine")
    return source, mine


def test_a_folder_refused_as_no_index_keeps_none_of_our_files(tmp_path: Path) -> None:
    """Indexing into a folder of one's own files (a typo of --index) was refused, but left
    newsindex's writer-lock file among them."""
    source, mine = _own_folder(tmp_path)
    code, _, err = run("index", str(source), "--index", str(mine))
    assert code == 1 and "folder is not empty and holds no newsindex index" in err
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]


def test_a_folder_or_file_refused_as_an_index_says_where_to_index_instead(tmp_path: Path) -> None:
    """The refusal advised `newsindex index PATH --index FOLDER`, the command just run."""
    source, mine = _own_folder(tmp_path)
    code, _, err = run("index", str(source), "--index", str(mine))
    assert code == 1 and "Build one with" not in err
    assert "a new or empty folder" in err and f"add --rebuild to write the index into {mine}" in err
    code, _, err = run("index", str(source), "--index", str(mine / "notes.txt"))
    assert code == 1 and "a new or empty folder" in err and "--rebuild" not in err
    code, _, _ = run("index", str(source), "--index", str(mine), "--rebuild")
    assert code == 0 and (mine / "notes.txt").read_text() == "mine"


def test_export_writes_the_format_the_file_name_says(index_dir: Path, tmp_path: Path) -> None:
    """'newsindex export passages.csv' wrote JSON Lines into the .csv file (a spreadsheet showed
    one column of braces), and 'export passages.json' JSON Lines that json.load refuses."""
    import csv

    code, _, _ = run("export", str(tmp_path / "p.csv"), "--index", str(index_dir))
    assert code == 0
    rows = list(csv.DictReader((tmp_path / "p.csv").open(encoding="utf-8")))
    assert len(rows) == 6 and rows[0]["id"] == "a1#0"
    code, _, err = run("export", str(tmp_path / "p.json"), "--index", str(index_dir))
    assert code == 2 and "name the file .jsonl, or give the format jsonl (--format jsonl)" in err
    assert not (tmp_path / "p.json").exists()
    code, _, _ = run(
        "export", str(tmp_path / "p.json"), "--format", "jsonl", "--index", str(index_dir)
    )
    assert code == 0 and len((tmp_path / "p.json").read_text().splitlines()) == 6
    code, _, _ = run("export", str(tmp_path / "p.txt"), "--index", str(index_dir))
    assert code == 0 and (tmp_path / "p.txt").read_text().startswith('{"id": "a1#0"')


def test_show_names_the_articles_labels(tmp_path: Path) -> None:
    """'newsindex show reuters-144' printed no topic or country, though '--label topic=crude'
    finds the story: its labels now head the article, each once."""
    import datetime as dt

    from newsindex import Article, Passage, index_passages

    labels = {"topic": ("crude", "ship"), "country": ("usa",)}
    doc = Article(id="r", title="Tanker hit", date=dt.date(1987, 3, 2), paragraphs=(), origin="r")
    passages = [Passage("r", n, f"Part {n}.", labels=labels) for n in range(2)]
    index_passages([(doc, passages)], index=tmp_path / "ix")
    code, out, _ = run("show", "r", "--index", str(tmp_path / "ix"))
    assert code == 0 and "\nlabels: topic=crude, topic=ship, country=usa\n" in out


def test_timeline_and_facets_count_one_passage_in_the_singular(index_dir: Path) -> None:
    """'timeline Volcker --kind org' on Reuters printed "Volcker (org): 1 passages"."""
    code, out, _ = run("timeline", "Poilievre", "--index", str(index_dir))
    assert code == 0 and out.splitlines()[0] == "Poilievre (person): 1 passage"
    code, out, _ = run("facets", "Poilievre", "--index", str(index_dir))
    assert code == 0 and out.splitlines()[0].startswith("1 matching passage (")


def test_search_help_says_what_each_sort_and_paging_option_does() -> None:
    """--sort, --limit and --page had no help: which way 'date' sorts was left to guess."""
    code, out, _ = run("search", "--help")
    assert code == 0
    words = " ".join(out.split())
    assert "date: oldest article first; -date: newest first" in words
    assert "Hits per page." in words and "Which page of hits (--limit each)" in words
