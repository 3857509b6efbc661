"""Index statistics count what is live: an article indexed again is counted once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from click.testing import CliRunner

from newsindex import Article, Paragraph, Passage, index_passages, open_index
from newsindex.cli import cli


def _article(aid: str) -> tuple[Article, list[Passage]]:
    article = Article(aid, f"Title {aid}", dt.date(2025, 5, 6), (Paragraph("x"),), "Wire")
    passages = [
        Passage(aid, 0, "Daniel Okafor spoke in Halifax.", persons=("Daniel Okafor",)),
        Passage(aid, 1, "Okafor met Mara Quill.", persons=("Daniel Okafor", "Mara Quill")),
    ]
    return article, passages


def test_stats_ignore_deleted_documents_after_reindexing(tmp_path: Path) -> None:
    index = tmp_path / "ix"
    corpus = [_article("a1"), _article("a2")]
    index_passages(corpus, index=index)
    with open_index(index) as ix:
        before = ix.stats()
    index_passages(corpus[:1], index=index)  # a1 again: its old passages are deleted
    with open_index(index) as ix:
        after = ix.stats()
    assert before.top_persons == (("Daniel Okafor", 4), ("Mara Quill", 2))
    assert after.top_persons == before.top_persons
    assert after.passages == before.passages == 4 and after.articles == 2


def test_the_date_span_is_of_live_passages(tmp_path: Path) -> None:
    """An article indexed again with another date leaves its old passages deleted, not merged
    away: the span is read from the passages still live, as a search outside it says."""

    def dated(aid: str, day: dt.date) -> tuple[Article, list[Passage]]:
        article = Article(aid, f"Title {aid}", day, (Paragraph("x"),), "Wire")
        return article, [Passage(aid, 0, "Daniel Okafor spoke in Halifax.")]

    index = tmp_path / "ix"
    index_passages(
        [dated("a1", dt.date(2020, 1, 2)), dated("a2", dt.date(2021, 3, 4))], index=index
    )
    index_passages([dated("a2", dt.date(2020, 6, 7))], index=index)  # a2 again, dated earlier
    with open_index(index) as ix:
        stats = ix.stats()
        found = ix.search("Okafor", since="2021-01-01")
    assert (stats.first_date, stats.last_date) == (dt.date(2020, 1, 2), dt.date(2020, 6, 7))
    assert found.total == 0
    assert found.notes == (
        "no article is dated 2021-01-01 or later: the archive's articles are dated 2020-01-02 "
        "to 2020-06-07",
    )


def test_one_row_per_person_in_statistics_and_facets(tmp_path: Path) -> None:
    """Two spellings of one person's full name open the same passages: one row, not two. A
    surname alone keeps its row (it may stand for others), and organisations are untouched."""
    from newsindex.search.persons import one_row_per_person

    rows = [("Mara Quill", 5), ("Mara J. Quill", 5), ("Quill", 6), ("Ada Quill", 2)]
    assert one_row_per_person("person", rows) == (
        ("Mara Quill", 5),
        ("Quill", 6),
        ("Ada Quill", 2),
    )
    assert one_row_per_person("org", rows) == tuple(rows)
    # a short form of the given name is the same person; another given name is not
    assert one_row_per_person("person", [("Robert Quill", 4), ("Bob Quill", 3)]) == (
        ("Robert Quill", 4),
    )
    assert len(one_row_per_person("person", [("John Quill", 4), ("Ian Quill", 3)])) == 2
    # a surname alone that opens no more than a full name with it, or nearly, is that
    # person's row
    assert one_row_per_person("person", [("Mara Quill", 5), ("Quill", 5)]) == (("Mara Quill", 5),)
    assert one_row_per_person("person", [("Quill", 100), ("Mara Quill", 96)]) == (
        ("Mara Quill", 96),
    )

    def article(aid: str, name: str) -> tuple[Article, list[Passage]]:
        art = Article(aid, f"Title {aid}", dt.date(2025, 5, 6), (Paragraph("x"),), "Wire")
        return art, [Passage(aid, 0, f"{name} spoke in Halifax.", persons=(name,))]

    index = tmp_path / "ix"
    index_passages(
        [article("a1", "Mara J. Quill"), article("a2", "Mara Quill"), article("a3", "Ada Brisk")],
        index=index,
    )
    with open_index(index) as ix:
        top = ix.stats().top_persons
        facets = ix.facets("halifax")
    assert facets.persons == top
    assert len(top) == 2 and top[0][0] in ("Mara Quill", "Mara J. Quill")
    assert top[0][1] == 2 and top[1] == ("Ada Brisk", 1)
    # the row is the spelling written most, not the first in the alphabet
    index_passages([article("a4", "Mara Quill")], index=index)
    with open_index(index) as ix:
        assert ix.stats().top_persons[0] == ("Mara Quill", 3)


def _index_of_organisations(tmp_path: Path, orgs: list[tuple[str, ...]]) -> Path:
    """An index of one article per row of ``orgs``, its one passage naming those bodies."""
    corpus = []
    for n, names in enumerate(orgs):
        art = Article(f"a{n}", f"Title {n}", dt.date(2025, 5, 6), (Paragraph("x"),), "Wire")
        corpus.append((art, [Passage(f"a{n}", 0, f"{' and '.join(names)} agreed.", orgs=names)]))
    index = tmp_path / "ix"
    index_passages(corpus, index=index)
    return index


def test_a_word_many_names_share_is_no_top_name(tmp_path: Path) -> None:
    """A one-word organisation's filter also finds the longer names holding the word ("Bank"
    finds "Bank of Harlow"): listed with what its filter finds, "Bank", written alone once,
    would lead every list long enough to take it in. Such a word is left out; a name most of
    whose passages write it alone stays ("Quillmet" beside "Quillmet Mining")."""
    orgs = (
        [("Bank of Harlow",)] * 3
        + [("Tessby Bank",)] * 3
        + [("Quillmet",)] * 2
        + [("Quillmet Mining",), ("Bank",)]
    )

    index = _index_of_organisations(tmp_path, orgs)
    with open_index(index) as ix:
        top = ix.stats(top=5).top_orgs
        facets = ix.facets("agreed", top=5).orgs
    assert top == (  # of equal counts, the names written most first
        ("Bank of Harlow", 3),
        ("Tessby Bank", 3),
        ("Quillmet", 3),
        ("Quillmet Mining", 1),
    )
    assert facets == top


def test_a_firm_s_full_name_beside_its_one_word_name_is_one_row(tmp_path: Path) -> None:
    """The one-word "Tessco" finds "Tessco Corp" too: one row, and the list still holds as
    many rows as asked."""
    orgs = [("Tessco",)] * 3 + [("Tessco Corp",)] * 2 + [("Quillmet",), ("Harlow Mining",)]

    index = _index_of_organisations(tmp_path, orgs)
    with open_index(index) as ix:
        top = ix.stats(top=2).top_orgs
        facets = ix.facets("agreed", top=3).orgs
    assert top == (("Tessco", 5), ("Harlow Mining", 1))  # ties by name, as facets order them
    assert facets == (("Tessco", 5), ("Harlow Mining", 1), ("Quillmet", 1))


def test_a_firm_of_several_words_is_found_with_or_without_its_company_words(
    tmp_path: Path,
) -> None:
    """Reuters: --org "General Motors" found 58 passages and --org "General Motors Corp" 111,
    neither the other's: a name of several words matched only itself. Either finds both (and
    "Corp."), not another firm starting so; the two are one row of the facets and stats."""
    orgs = (
        [("Harlow Motors",)] * 2
        + [("Harlow Motors Corp",)] * 3
        + [("Harlow Motors Corp.",), ("Harlow Motors Acceptance Corp",), ("Quillmet",)]
    )
    index = _index_of_organisations(tmp_path, orgs)
    with open_index(index) as ix:
        for typed in ("Harlow Motors", "harlow motors corp", "Harlow Motors Corp."):
            assert ix.search(org=typed).total == 6, typed
            assert ix.search(f'org:"{typed}"').total == 6, typed
        assert ix.search(org="Harlow Motors Acceptance Corp").total == 1
        top = ix.stats(top=3).top_orgs
        facets = ix.facets("agreed", top=3).orgs
    assert top == (("Harlow Motors Corp", 6), ("Harlow Motors Acceptance Corp", 1), ("Quillmet", 1))
    assert facets == top
    charted = [("Harlow Motors", "Tessby Bank"), ("Harlow Motors Corp.", "Quillmet")]
    with open_index(_index_of_organisations(tmp_path / "t", charted)) as ix:
        timeline = ix.timeline("Harlow Motors Corp", kind="org")
    # the firm's other forms are the name charted, not names beside it
    assert timeline.periods[0].co_mentions == (("Quillmet", 1), ("Tessby Bank", 1))


def test_stats_list_each_labels_commonest_values(tmp_path: Path) -> None:
    """The web page's start page and `newsindex stats` showed no label (Reuters' topics and
    countries): only a facet pass over every passage counted them. Stats count them from the
    index's terms, deleted passages left out, ordered as facets order them; a value a passage's
    labels repeat counts the passage once, as its filter does."""
    index = tmp_path / "ix"

    def labelled(aid: str, *topics: str) -> tuple[Article, list[Passage]]:
        article = Article(aid, f"Title {aid}", dt.date(2025, 5, 6), (Paragraph("x"),), "Wire")
        passages = [
            Passage(aid, n, f"Paragraph {n}.", labels={"topic": topics, "desk": ("Ports",)})
            for n in range(2)
        ]
        return article, passages

    index_passages(
        [
            labelled("a1", "grain", "wheat"),
            labelled("a2", "crude"),
            labelled("a3", "grain", "grain"),
        ],
        index=index,
    )
    index_passages([labelled("a2", "wheat")], index=index)  # a2 again: no longer crude
    with open_index(index) as ix:
        stats = ix.stats(top=2)
        facets = ix.facets("*", top=2)
    assert stats.top_labels == (
        ("desk", (("Ports", 6),)),
        ("topic", (("grain", 4), ("wheat", 4))),
    )
    assert stats.top_labels == facets.labels
    assert stats.to_dict()["top_labels"] == {
        "desk": [["Ports", 6]],
        "topic": [["grain", 4], ["wheat", 4]],
    }
    printed = CliRunner().invoke(cli, ["stats", "--top", "2", "--index", str(index)]).stdout
    assert "\ntop label topic: grain (4), wheat (4)\n" in printed


def test_a_shorter_list_is_the_start_of_a_longer_one(tmp_path: Path) -> None:
    """A name filter finds more than the name is written ("Daniel Okafor" finds the passages
    writing "Okafor"): on Reuters 'stats --top 3' led with 'Reagan (1,036)' and '--top 60' with
    'Ronald Reagan (1,029)', as only the 3 + 3 most written names were counted, and the top 3
    organisations left out Treasury, third in the top 60. The rows are those whose filters find
    most, among as many candidates for a short list as for one of 60."""
    corpus = []
    persons = [("Okafor",)] * 6 + [("Daniel Okafor",)] + [(name,) for name in "ABCDE" for _ in "xy"]
    for n, names in enumerate(persons):
        art = Article(f"a{n}", f"Title {n}", dt.date(2025, 5, 6), (Paragraph("x"),), "Wire")
        corpus.append((art, [Passage(f"a{n}", 0, f"{names[0]} spoke.", persons=names)]))
    index_passages(corpus, index=tmp_path / "ix")
    with open_index(tmp_path / "ix") as ix:
        lists = [ix.stats(top=top).top_persons for top in (1, 3, 6)]
        facets = [ix.facets("spoke", top=top).persons for top in (1, 3, 6)]
    assert lists[0] == (("Daniel Okafor", 7),)
    assert lists[0] == lists[1][:1] == lists[2][:1] and lists[1] == lists[2][:3]
    assert facets == lists
