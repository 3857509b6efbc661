"""Enrichment as named steps: the default pipeline, adding and replacing steps without editing
the package, and extra labels that are indexed, filtered and faceted."""

from __future__ import annotations

import datetime as dt
import pickle
import re
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

import newsindex
from newsindex import Article, Filters, Paragraph
from newsindex.errors import NewsindexError
from newsindex.nlp import Document, Enricher

ROOT = Path(__file__).resolve().parents[1]


class Topics:
    """A keyword-list tagger: the example step of the README, written again for the tests."""

    name = "topics"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("labels",)

    def __init__(self, topics: dict[str, set[str]]) -> None:
        self.topics = topics

    def __call__(self, doc: Document) -> None:
        for text in doc.texts:
            words = set(re.findall(r"\w+", text.lower()))
            doc.labels.append({"topic": tuple(t for t, k in self.topics.items() if k & words)})


@dataclass(frozen=True)
class _Mention:
    kind: str
    text: str
    start: int
    end: int


class ListedNames:
    """Stands in for spaCy's entity recogniser: finds the names it is given, nothing else."""

    name = "entities"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("mentions",)

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names

    def __call__(self, doc: Document) -> None:
        doc.mentions = [
            [
                _Mention(kind, m.group(), m.start(), m.end())
                for name, kind in self.names.items()
                for m in re.finditer(re.escape(name), text)
            ]
            for text in doc.texts
        ]


ARTICLES = [
    Article(
        "a1",
        "Dock strike",
        dt.date(2025, 3, 4),
        (
            Paragraph("Dockworkers voted to strike on Monday, union leader Mara Quill said."),
            Paragraph("Steel tariffs were not discussed."),
        ),
        source="Test Wire",
    ),
    Article(
        "a2",
        "Tariffs",
        dt.date(2025, 3, 5),
        (Paragraph("New tariffs on steel took effect, Ottawa said."),),
        source="Test Wire",
    ),
]
TOPICS = {"labour": {"strike", "union"}, "trade": {"tariffs", "steel"}}


def test_the_default_pipeline_names_its_steps() -> None:
    enricher = Enricher.default()
    assert enricher.names == ("entities", "persons", "speakers", "dates")
    passages = enricher.enrich(ARTICLES[0])
    assert [p.position for p in passages] == [0, 1]
    assert passages[0].mentions  # "on Monday"
    assert passages[0].labels == {}


def test_steps_are_added_before_after_or_in_place() -> None:
    enricher = Enricher.default()
    assert enricher.with_step(Topics(TOPICS)).names[-1] == "topics"
    assert enricher.with_step(Topics(TOPICS), before="speakers").names == (
        "entities",
        "persons",
        "topics",
        "speakers",
        "dates",
    )
    assert enricher.with_step(Topics(TOPICS), after="entities").names[1] == "topics"
    swapped = enricher.with_step(ListedNames({}), replace="entities")
    assert swapped.names == enricher.names and isinstance(swapped.steps[0], ListedNames)
    assert enricher.without("speakers").names == ("entities", "persons", "dates")


def test_a_pipeline_missing_what_a_step_needs_is_refused_when_built() -> None:
    with pytest.raises(NewsindexError, match="'persons' requires mentions"):
        Enricher.default().without("entities")
    with pytest.raises(NewsindexError, match="no enrichment step 'topics'"):
        Enricher.default().with_step(Topics(TOPICS), after="topics")
    with pytest.raises(NewsindexError, match="two enrichment steps are called 'dates'"):
        Enricher.default().with_step(Enricher.default().steps[-1])
    with pytest.raises(NewsindexError, match="not an enrichment step"):
        Enricher.default().with_step(print)  # type: ignore[arg-type]


def test_an_enricher_pickles_for_spawned_workers() -> None:
    enricher = Enricher.default().with_step(Topics(TOPICS))
    again = pickle.loads(pickle.dumps(enricher))
    assert again.names == enricher.names
    assert again.enrich(ARTICLES[1]) == enricher.enrich(ARTICLES[1])


@pytest.mark.parametrize("workers", [0, 1])
def test_labels_are_indexed_filtered_and_faceted(tmp_path: Path, workers: int) -> None:
    enricher = Enricher.default().with_step(Topics(TOPICS))
    index = tmp_path / "ix"
    newsindex.index_articles(ARTICLES, index=index, enricher=enricher, workers=workers)
    with newsindex.open_index(index) as ix:
        labour = ix.search("", filters=Filters(labels={"topic": "labour"}))
        trade = ix.search("steel", filters=Filters(labels={"topic": "Trade"}))
        facets = ix.facets("*")
        article = ix.article("a1")
    assert [h.id for h in labour] == ["a1#0"]
    assert sorted(h.id for h in trade) == ["a1#1", "a2#0"]
    assert dict(facets.labels) == {"topic": (("trade", 2), ("labour", 1))}
    assert article.passages[0].labels == {"topic": ("labour",)}
    assert article.to_dict()["passages"][0]["labels"] == {"topic": ["labour"]}


def test_the_cli_filters_and_facets_labels(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from newsindex.cli import cli

    index = tmp_path / "ix"
    enricher = Enricher.default().with_step(Topics(TOPICS))
    newsindex.index_articles(ARTICLES, index=index, enricher=enricher, workers=0)
    runner = CliRunner()
    found = runner.invoke(cli, ["search", "--index", str(index), "--label", "topic=labour", "--nl"])
    assert found.exit_code == 0, found.output
    assert [line for line in found.output.splitlines() if '"id": "a1#0"' in line]
    assert '"a2#0"' not in found.output
    facets = runner.invoke(cli, ["facets", "*", "--index", str(index), "--json"])
    row = '"facet": "labels", "label": "topic", "name": "trade", "period": null, "count": 2'
    assert row in facets.output
    bad = runner.invoke(cli, ["search", "--index", str(index), "--label", "topic"])
    assert bad.exit_code == 2 and "expected NAME=VALUE" in bad.output


def test_another_entity_recogniser_replaces_the_tagger(tmp_path: Path) -> None:
    names = {"Mara Quill": "PER", "Ottawa": "LOC"}
    enricher = Enricher.default().with_step(ListedNames(names), replace="entities")
    passages = enricher.enrich(ARTICLES[0]) + enricher.enrich(ARTICLES[1])
    assert passages[0].persons == ("Mara Quill",)
    assert passages[0].speakers == ("Mara Quill",)  # the steps after it use its mentions
    assert passages[2].places == ("Ottawa",)
    assert all(not p.orgs for p in passages)


def test_a_bad_label_name_is_reported_and_the_article_kept(tmp_path: Path) -> None:
    class BadLabels(Topics):
        def __call__(self, doc: Document) -> None:
            doc.labels = [{"Not A Name": ("x",)} for _ in doc.texts]

    index = tmp_path / "ix"
    enricher = Enricher.default().with_step(BadLabels(TOPICS))
    report = newsindex.index_articles(ARTICLES[1:], index=index, enricher=enricher, workers=0)
    assert report.articles == 1 and report.warnings == 1
    assert "label name 'Not A Name'" in str(report.problems[0])
    with newsindex.open_index(index) as ix:
        assert ix.search("tariffs").total == 1


def test_the_readme_example_step_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    example = next(b for b in blocks if "class KeywordLabels" in b)
    monkeypatch.chdir(ROOT)
    code = example.replace('"my-index"', repr(str(tmp_path / "my-index")))
    exec(compile(code, "README.md", "exec"), {"__name__": "readme_example"})  # our own docs
    assert (tmp_path / "my-index" / "newsindex.json").is_file()


def test_an_articles_own_codes_are_labels_of_every_passage(tmp_path: Path) -> None:
    coded = replace(ARTICLES[0], labels={"topic": ("trade", "labour")})
    enricher = Enricher.default().with_step(Topics(TOPICS))
    passages = enricher.enrich(coded)
    assert all(set(p.labels["topic"]) >= {"trade", "labour"} for p in passages)
    assert passages[0].labels["topic"][:2] == ("trade", "labour")  # the article's first
    index = tmp_path / "ix"
    newsindex.index_articles([coded], index=index, workers=0)
    with newsindex.open_index(index) as ix:
        found = ix.search("", filters=Filters(labels={"topic": "Labour"}))
    assert found.total == len(passages)


def test_a_name_written_only_with_its_s_keeps_it() -> None:
    """The agency's name is "Moody's"; "Texaco's" beside "Texaco" is a possessive."""
    enricher = Enricher.default()
    article = Article(
        id="x",
        title="Ratings",
        date=None,
        paragraphs=(
            Paragraph("Moody's Investors Service cut Texaco Inc's rating."),
            Paragraph("Moody's said Texaco's debt had grown. Texaco declined to comment."),
        ),
    )
    orgs = [set(p.orgs) for p in enricher.enrich(article)]
    assert "Moody's" in orgs[1] and "Texaco" in orgs[1] and "Texaco's" not in orgs[1]


def test_an_organisation_is_stored_without_the_the_that_opens_it() -> None:
    """ "The Harlow Gazette" and "the Harlow Gazette" are one paper to a filter and a facet;
    a one-word name keeps its "The" ("The Gazette", "The Hague")."""
    from newsindex.nlp.pipeline import _clean

    assert _clean("The Harlow Gazette") == _clean("Harlow Gazette") == "Harlow Gazette"
    assert _clean("the Harlow Gazette's") == "Harlow Gazette"
    assert (_clean("The Gazette"), _clean("The Hague")) == ("The Gazette", "The Hague")


@pytest.mark.parametrize(
    ("paragraphs", "persons"),
    [
        (("The Tessby Bank lost $40 million, according to Bloomberg.",), set()),
        (
            (
                "Michael Bloomberg, a former mayor of Harlow, will run for governor.",
                "Bloomberg said he would spend his own money.",
            ),
            {"Michael Bloomberg"},
        ),
    ],
)
def test_an_outlet_named_after_its_founder_is_no_person_unless_the_story_names_one(
    paragraphs: tuple[str, ...], persons: set[str]
) -> None:
    """Alone, "Bloomberg" is the news service; a story that names the man in full means him."""
    article = Article("x", "T", None, tuple(Paragraph(t) for t in paragraphs))
    found = {name for p in Enricher.default().enrich(article) for name in p.persons}
    assert found == persons


def test_a_given_name_that_is_a_title_stays_in_the_persons_name() -> None:
    """ "Sultan" in "Tariq Sultan Brisk" is his name, not a title that leaves only "Brisk", and
    the surname alone later in the article is the same person."""
    article = Article(
        id="x",
        title="Vote",
        date=None,
        paragraphs=(
            Paragraph("Election Commissioner Tariq Sultan Brisk said the vote was set."),
            Paragraph("Tariq Sultan Brisk said the ballots were ready."),
            Paragraph('"We are ready," Brisk told reporters.'),
        ),
    )
    passages = Enricher.default().enrich(article)
    assert [p.persons for p in passages] == [("Tariq Sultan Brisk",)] * 3
    assert [p.speakers for p in passages] == [("Tariq Sultan Brisk",)] * 3


def test_a_name_read_as_a_person_and_an_organisation_is_decided_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The entities step gives one-sense its person-word test: a name of two words, neither a
    person's, tagged both ways in one article is the organisation throughout; a name with a
    given name in it ("Dudley Korvel") stays as tagged."""
    from newsindex.nlp.ner.tagger import EntityTagger, Mention
    from newsindex.nlp.pipeline import EntitiesStep
    from newsindex.nlp.segment import segment

    article = Article(
        "x",
        "Talks",
        None,
        (
            Paragraph("Het Vorsk asked for talks. Dudley Korvel agreed."),
            Paragraph("Het Vorsk and Dudley Korvel signed."),
        ),
    )
    doc = Document(article, segment(article))
    kinds_given = ["PER", "ORG"]

    def tagged(texts: list[str]) -> list[list[Mention]]:
        return [
            [
                Mention(kind, name, text.index(name), text.index(name) + len(name))
                for name in ("Het Vorsk", "Dudley Korvel")
                if name in text
            ]
            for text, kind in zip(texts, kinds_given, strict=True)
        ]

    tagger = EntityTagger.load()
    monkeypatch.setattr(tagger, "article_mentions", tagged)
    EntitiesStep(tagger)(doc)
    kinds = [{(m.text, m.kind) for m in row} for row in doc.mentions]
    assert kinds == [
        {("Het Vorsk", "ORG"), ("Dudley Korvel", "PER")},
        {("Het Vorsk", "ORG"), ("Dudley Korvel", "ORG")},
    ]


def test_possessive_names_follow_the_mentions_a_step_assigns() -> None:
    """The persons and speakers steps share one reading of the names written with "'s", made
    again when a step assigns other mentions."""
    from newsindex.nlp.segment import segment

    article = Article("x", "Ratings", None, (Paragraph("Corbel's cut Tessco."),))
    doc = Document(article, segment(article))
    doc.mentions = [[_Mention("ORG", "Corbel's", 0, 8), _Mention("ORG", "Tessco", 13, 19)]]
    assert doc.possessive_names() == {"Corbel's"}
    doc.mentions = [[_Mention("ORG", "Corbel's", 0, 8), _Mention("ORG", "Corbel", 13, 19)]]
    assert doc.possessive_names() == set()


def test_a_place_before_based_is_no_speaker() -> None:
    """The place of "the Harlow-based company said" is a place mention, not the speaker."""
    from newsindex.nlp.pipeline import org_mentions

    text = "The Harlow-based company said so."
    found = [_Mention("LOC", "Harlow", 4, 10)]
    assert org_mentions(found, [], text=text) == []
    assert org_mentions(found, []) == [("Harlow", 4, 10)]


def test_a_dateline_opening_a_passage_is_no_speaker() -> None:
    """ "HARLOW - Tessco Inc, the rivet maker, said": the dateline says where, Tessco speaks; a
    place opening a sentence without the dash, or in capitals later, may speak."""
    from newsindex.nlp.pipeline import org_mentions

    def found(text: str, *names: tuple[str, str]) -> list[_Mention]:
        return [_Mention(k, n, text.index(n), text.index(n) + len(n)) for k, n in names]

    text = "HARLOW - Tessco Inc, the rivet maker, said it would buy Quint."
    names = found(text, ("LOC", "HARLOW"), ("ORG", "Tessco Inc"))
    assert [n for n, _, _ in org_mentions(names, [], text=text)] == ["Tessco Inc"]
    text = "HARLOW, Wessex (AP) -- Tessco Inc said so."
    names = found(text, ("LOC", "HARLOW"), ("LOC", "Wessex"), ("ORG", "Tessco Inc"))
    assert [n for n, _, _ in org_mentions(names, [], text=text)] == ["Tessco Inc"]
    text = "Harlow said it would tax rivets, and WESSEX agreed."
    names = found(text, ("LOC", "Harlow"), ("LOC", "WESSEX"))
    assert [n for n, _, _ in org_mentions(names, [], text=text)] == ["Harlow", "WESSEX"]


def test_a_towns_state_after_a_preposition_is_no_speaker() -> None:
    """In "based in Dorrel, Wessex, said" the state says where the company is; it speaks in a
    list of places or after a fronted town."""
    from newsindex.nlp.pipeline import org_mentions

    def places(text: str, *names: str) -> list[_Mention]:
        return [_Mention("LOC", n, text.index(n), text.index(n) + len(n)) for n in names]

    text = "The company, based in Dorrel, Wessex, said net rose."
    assert org_mentions(places(text, "Dorrel", "Wessex"), [], text=text) == [("Dorrel", 22, 28)]
    text = "Harlow, Wessex, Tessel and Quint said they agreed."
    assert [n for n, _, _ in org_mentions(places(text, "Harlow", "Wessex"), [], text=text)] == [
        "Harlow",
        "Wessex",
    ]
    text = "In Dorrel, Wessex said it agreed."
    assert len(org_mentions(places(text, "Dorrel", "Wessex"), [], text=text)) == 2
