from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from support import article, index_texts

from newsindex import Filters, Passage, index_passages, open_index
from newsindex.cli import cli
from newsindex.errors import InvalidFilterError


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_table_output_lists_ranked_passages(index_dir: Path) -> None:
    code, out, _ = run("search", "tariffs", "--index", str(index_dir))
    assert code == 0
    assert out.startswith("2 passages, showing 1-2")
    assert "Carney meets Trump  [2025-05-06] a1#0" in out
    assert "Bank cuts rates  [2025-03-14] a2#0" in out
    assert "\x1b[" not in out  # no colour codes when not a terminal


def test_a_page_past_the_last_says_so(index_dir: Path) -> None:
    """An empty page after "2 passages" reads as if the hits were lost: a note says how many
    pages the passages fill."""
    code, out, err = run("search", "tariffs", "--page", "5", "--index", str(index_dir))
    assert code == 0
    assert err.startswith("Note: page 5 is empty: 2 passages fill at most 1 page of 10,")
    code, out, err = run("search", "tariffs", "--page", "5", "--json", "--index", str(index_dir))
    assert json.loads(out) == [] and "page 5 is empty" in err
    assert run("search", "tariffs", "--index", str(index_dir))[2] == ""


def test_person_filter_without_query(index_dir: Path) -> None:
    code, out, _ = run("search", "--person", "Poilievre", "--index", str(index_dir), "--json")
    assert code == 0
    rows = json.loads(out)
    assert [r["id"] for r in rows] == ["a1#2"]
    assert rows[0]["persons"] == ["Pierre Poilievre", "Mark Carney"]


@pytest.mark.parametrize("fmt", ["json", "nl", "csv", "tsv"])
def test_machine_formats_carry_the_same_hits(index_dir: Path, fmt: str) -> None:
    code, out, _ = run("search", "tariffs", "--index", str(index_dir), f"--{fmt}")
    assert code == 0
    if fmt == "json":
        rows = json.loads(out)
    elif fmt == "nl":
        rows = [json.loads(line) for line in out.splitlines()]
    else:
        rows = list(csv.DictReader(io.StringIO(out), delimiter="\t" if fmt == "tsv" else ","))
    assert sorted(r["id"] for r in rows) == ["a1#0", "a2#0"]
    snippets = [r["snippet"] for r in rows]
    if fmt in ("json", "nl"):
        assert all("<mark>" in s for s in snippets)
    else:
        assert all("<mark>" not in s and "ariffs" in s for s in snippets)


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_a_spreadsheet_of_hits_holds_the_whole_passage_and_its_dates(
    tmp_path: Path, fmt: str
) -> None:
    """'search --person Volcker --since 1987-03-01 --until 1987-03-31 --csv' gave a cut
    snippet, no article id, no dates mentioned, no labels, and no word of the copies a row
    folds: a spreadsheet of the month's passages could not be read without the index."""
    from newsindex import Article, DateSpan, Passage, index_passages

    day = dt.date(1987, 3, 4)
    text = " ".join(["Volcker said the Fed would act on Friday."] + ["More words follow."] * 20)
    passage = {
        "text": text,
        "persons": ("Paul Volcker",),
        "mentions": (DateSpan(dt.date(1987, 3, 6), dt.date(1987, 3, 6), "Friday"),),
        "labels": {"topic": ("interest",)},
    }
    items = [
        (Article(aid, "Fed", day, (), origin=f"{aid}.txt"), [Passage(aid, 0, **passage)])
        for aid in ("r1", "r2")  # two copies of one wire story: one row
    ]
    index_passages(items, index=tmp_path / "ix")
    code, out, _ = run("search", "--person", "Volcker", "--index", str(tmp_path / "ix"), f"--{fmt}")
    assert code == 0
    (row,) = csv.DictReader(io.StringIO(out), delimiter="\t" if fmt == "tsv" else ",")
    copy = {"r1#0", "r2#0"} - {row["id"]}
    assert row["article_id"] == row["id"].removesuffix("#0")
    assert row["text"] == text and row["snippet"].endswith("…")
    assert (row["mentions"], row["labels"]) == ("1987-03-06", "topic=interest")
    assert row["duplicates"] == copy.pop()


def test_date_range_json_returns_only_that_month(index_dir: Path) -> None:
    code, out, _ = run(
        "search",
        "oil prices",
        "--since",
        "1987-03-01",
        "--until",
        "1987-03-31",
        "--index",
        str(index_dir),
        "--json",
    )
    assert code == 0
    assert [r["date"][:7] for r in json.loads(out)] == ["1987-03"]


def test_malformed_query_is_a_usage_error_without_traceback(index_dir: Path) -> None:
    code, out, err = run("search", '"trade deal', "--index", str(index_dir))
    assert code == 2
    assert out == ""
    assert err == (
        "Error: query '\"trade deal' at position 0: unclosed quote: add the closing \"\n"
    )


@pytest.mark.parametrize("command", ["search", "facets", "timeline"])
def test_a_filter_given_twice_is_refused_not_half_applied(index_dir: Path, command: str) -> None:
    """'search --person Volcker --person Baker' on Reuters found Baker's 613 passages: the
    last value stood, the first was dropped without a word."""
    name = ["Trump"] if command == "timeline" else []
    twice = ["--person", "Carney", "--person", "Poilievre"]
    code, out, err = run(command, *name, *twice, "--index", str(index_dir))
    assert code == 2 and not out
    assert "'--person': given 2 times ('Carney', 'Poilievre')" in err
    assert """search 'person:"Carney" AND person:"Poilievre"'""" in err
    code, _, err = run(command, *name, "--since", "2025-01-01", "--since", "2025-02-01")
    assert code == 2 and "'--since': given 2 times" in err and "AND" not in err
    code, out, _ = run(
        "search", 'person:"Carney" AND person:"Poilievre"', "--index", str(index_dir)
    )
    assert code == 0 and out.startswith("1 passage,")


def test_counts_of_relaxed_words_say_so_in_every_command_and_format(index_dir: Path) -> None:
    """'facets "opec tarrifs"' on Reuters printed '538 matching passages' with no word that
    no passage had both words (search's table said so; facets and the machine formats did
    not)."""
    index = ["--index", str(index_dir)]
    said = "No passage has all of tariffs, oil; {} passages with any of them."
    code, out, _ = run("facets", "tariffs oil", *index)
    assert code == 0 and out.splitlines()[0] == said.format("counting")
    code, out, err = run("facets", "tariffs oil", "--json", *index)
    assert code == 0 and said.format("counting") in err and json.loads(out)
    code, out, err = run("search", "tariffs oil", "--csv", *index)
    assert code == 0 and said.format("showing") in err and out.startswith("id,")


def test_two_values_of_one_label_must_both_hold(tmp_path: Path) -> None:
    """Reuters' '--label topic=crude --label topic=grain' (the web page adds the second when
    its topic facet, counted under the first, is clicked) searched grain alone: the second
    value replaced the first without a word."""
    day = dt.date(2025, 5, 6)
    rows = [("both", ("crude", "grain")), ("grain", ("grain",)), ("crude", ("crude",))]
    index_passages(
        [
            (article(aid, day), [Passage(aid, 0, f"Cargo {aid} sailed.", labels={"topic": t})])
            for aid, t in rows
        ],
        index=tmp_path / "ix",
    )
    for second in ("topic=grain", "TOPIC=grain"):
        labels = ["--label", "topic=crude", "--label", second]
        code, out, _ = run("search", "cargo", *labels, "--json", "--index", str(tmp_path / "ix"))
        assert code == 0 and [h["id"] for h in json.loads(out)] == ["both#0"]
    with open_index(tmp_path / "ix") as ix:
        assert ix.search("cargo", filters=Filters(labels={"topic": ("grain", "crude")})).total == 1
        with pytest.raises(InvalidFilterError, match="a value or a tuple of values"):
            Filters(labels={"topic": ["grain", "crude"]})  # type: ignore[dict-item]


def test_a_query_starting_with_a_minus_is_told_how_to_pass(index_dir: Path) -> None:
    """'newsindex search "-oil gas"' (gas without oil) said only "No such option '-o'"."""
    code, _, err = run("search", "-steel tariffs", "--index", str(index_dir))
    assert code == 2
    assert "No such option '-s'; if it starts a query, put the query after '--': " in err
    assert "newsindex search -- '-steel tariffs'" in err
    code, out, _ = run("search", "--index", str(index_dir), "--", "-steel tariffs")
    assert code == 0 and out.startswith("1 passage,")  # a2's tariffs, not a1's steel tariffs
    code, _, err = run("search", "oil", "--persn", "Carney", "--index", str(index_dir))
    assert code == 2 and "--person" in err and "if it starts a query" not in err


@pytest.mark.parametrize(
    ("args", "quoted"),
    [
        (["search", "interest", "rates"], ["search", "interest rates"]),
        (["facets", "oil", "prices", "--by", "month"], ["facets", "oil prices", "--by", "month"]),
        (
            ["timeline", "Mark", "--by", "year", "Carney"],
            ["timeline", "Mark Carney", "--by", "year"],
        ),
        (["search", "--", "-steel", "tariffs"], ["search", "--", "-steel tariffs"]),
    ],
)
def test_words_given_unquoted_are_one_query(
    index_dir: Path, args: list[str], quoted: list[str]
) -> None:
    """'newsindex search interest rates', as most search tools take it, said only "Got
    unexpected extra argument (rates)"; the words are now one query, as if quoted."""
    code, loose, _ = run(args[0], "--index", str(index_dir), *args[1:])
    assert code == 0
    _, together, _ = run(quoted[0], "--index", str(index_dir), *quoted[1:])
    assert re.sub(r"\(\d+ ms\)", "", loose) == re.sub(r"\(\d+ ms\)", "", together)


def test_a_facet_under_a_filter_of_its_kind_says_what_it_counts(index_dir: Path) -> None:
    """'facets --person "Bill Clinton"' on PolNeAR printed "255 matching passages", then
    "persons: Donald Trump 4,366": each row counts its name as the filter instead, unsaid."""
    code, out, _ = run("facets", "--person", "Carney", "--index", str(index_dir))
    assert code == 0
    assert "\npersons (each counted as --person instead of 'Carney'):\n" in out
    assert "\norgs:\n" in out and "\nplaces:\n" in out


def test_bad_date_filter_message(index_dir: Path) -> None:
    code, _, err = run("search", "oil", "--since", "someday", "--index", str(index_dir))
    assert code == 2
    assert err.startswith("Error: since='someday': ")


def test_missing_index_message(tmp_path: Path) -> None:
    code, _, err = run("search", "oil", "--index", str(tmp_path / "none"))
    assert code == 1
    assert err == (
        f"Error: {tmp_path / 'none'}: no index here. Build one with "
        f"`newsindex index PATH --index {tmp_path / 'none'}`.\n"
    )


def test_no_collapse_and_context_flags(index_dir: Path) -> None:
    code, out, _ = run(
        "search", "run", "--context", "1", "--no-collapse", "--index", str(index_dir)
    )
    assert code == 0
    assert "┆ Tariffs on Canadian steel" in out
    assert "┆ Poilievre wished Carney well" in out


def test_did_you_mean_is_shown_above_results(index_dir: Path) -> None:
    code, out, _ = run("search", "tarifs", "--index", str(index_dir))
    assert code == 0
    assert out.splitlines()[0] == "Did you mean: tariffs?"


@pytest.mark.parametrize(
    ("copies", "line"),
    [(2, "1 more near-identical passage"), (4, "3 more near-identical passages")],
)
def test_table_output_counts_folded_copies(tmp_path: Path, copies: int, line: str) -> None:

    from support import article

    wire = "Oil prices rose sharply on Monday as OPEC ministers met in Vienna to discuss output."
    path = tmp_path / "ix"
    index_passages(
        [
            (article(f"w{i}", dt.date(1987, 3, 2 + i)), [Passage(f"w{i}", 0, wire)])
            for i in range(copies)
        ],
        index=path,
    )
    code, out, _ = run("search", "opec", "--index", str(path))
    assert code == 0
    assert out.startswith(f"{copies} passages, showing 1-1")
    assert f"   and {line}\n" in out


def test_partial_matches_follow_under_their_own_heading(tmp_path: Path) -> None:
    texts = ["Port strike ends.", "Strike day one.", "Port fees rose."]
    index_texts(tmp_path / "ix", texts)
    code, out, _ = run("search", "port strike", "--index", str(tmp_path / "ix"))
    assert code == 0
    assert out.startswith("1 passage with every word, 2 with some, showing 1-3")
    head = out.index("Passages with some of the words but not all (2):")
    assert out.index("1. ") < head < out.index("2. ") < out.index("3. ")
    code, out, _ = run("search", "port strike", "--index", str(tmp_path / "ix"), "--json")
    rows = json.loads(out)
    assert (rows[0]["id"], rows[0]["partial"]) == ("a0#0", False)
    assert sorted((r["id"], r["partial"]) for r in rows[1:]) == [("a1#0", True), ("a2#0", True)]


def test_notes_reach_every_command_and_format(index_dir: Path) -> None:
    """A name the index does not hold gets its did-you-mean note in search, facets and
    timeline alike: on stdout with a table, on stderr beside JSON (which stays parseable)."""
    hint = "no person named 'Poilievr' here; did you mean 'Poilievre'?"
    ix = ("--index", str(index_dir))
    for args in (("search", "--person", "Poilievr"), ("facets", "--person", "Poilievr")):
        code, out, _ = run(*args, *ix)
        assert code == 0 and f"Note: {hint}" in out
        code, out, err = run(*args, "--json", *ix)
        assert json.loads(out) == [] and f"Note: {hint}" in err
    code, out, _ = run("timeline", "Poilievr", *ix)
    assert code == 0 and f"Note: {hint}" in out
    code, out, err = run("timeline", "Poilievr", "--json", *ix)
    assert json.loads(out) == [] and f"Note: {hint}" in err
    assert run("search", "tariffs", "--json", *ix)[2] == ""
