"""Wire XML: NewsML-G2 and NITF stories read exactly, routed by root element, parsed safely.

The fixtures are written for these tests (made-up stories in the structure AP, Reuters and AFP
deliver), with the IPTC namespaces.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import read_articles
from support import write_file as write

from newsindex.articles import Article, Paragraph
from newsindex.problems import ProblemLog
from newsindex.readers import read_file
from newsindex.readers.files import ROOT_ELEMENTS, root_element

D = dt.date

NEWSML = """\
<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header>
    <sent>2025-05-07T01:05:00Z</sent>
    <sender>wire.example.org</sender>
  </header>
  <itemSet>
    <newsItem guid="urn:newsml:wire.example.org:20250506:harbour-strike" version="3"
        standard="NewsML-G2" standardversion="2.31" conformance="power" xml:lang="en">
      <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>
      <itemMeta>
        <itemClass qcode="ninat:text"/>
        <provider qcode="nprov:EXW"><name>Example Wire</name></provider>
        <versionCreated>2025-05-07T00:40:00-03:00</versionCreated>
        <firstCreated>2025-05-06T22:15:00-03:00</firstCreated>
        <pubStatus qcode="stat:usable"/>
      </itemMeta>
      <contentMeta>
        <creator><name>Morgan Tremblay</name></creator>
        <creditline>Example Wire</creditline>
        <subject type="cpnat:abstract" qcode="medtop:20000523"><name>labour dispute</name></subject>
        <subject type="cpnat:abstract" qcode="medtop:20000349"/>
        <headline>Harbour pilots walk off the job in Halifax</headline>
        <dateline>HALIFAX, Nova Scotia</dateline>
        <by>By Morgan Tremblay</by>
      </contentMeta>
      <contentSet>
        <inlineXML contenttype="application/nitf+xml">
          <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
            <body>
              <body.head><hedline><hl1>Inner headline</hl1></hedline></body.head>
              <body.content>
                <p>Harbour pilots in Halifax stopped work on Tuesday evening,
                  leaving four container ships waiting at anchor.</p>
                <p>The pilots&#8217; association said talks had stalled over rest periods.</p>
                <hl2>What comes next</hl2>
                <p>A federal mediator is expected on Thursday.</p>
              </body.content>
            </body>
          </nitf>
        </inlineXML>
      </contentSet>
    </newsItem>
    <newsItem guid="urn:newsml:wire.example.org:20250506:harbour-photo" version="1"
        standard="NewsML-G2" standardversion="2.31">
      <itemMeta>
        <itemClass qcode="ninat:picture"/>
        <provider qcode="nprov:EXW"/>
        <versionCreated>2025-05-06T22:20:00-03:00</versionCreated>
      </itemMeta>
      <contentSet>
        <remoteContent href="https://wire.example.org/photos/harbour.jpg" contenttype="image/jpeg"/>
      </contentSet>
    </newsItem>
    <newsItem guid="urn:newsml:wire.example.org:20250507:ferry-brief" version="1"
        standard="NewsML-G2" standardversion="2.31">
      <itemMeta>
        <itemClass qcode="ninat:text"/>
        <provider qcode="nprov:EXW"/>
        <versionCreated>2025-05-07T09:00:00+09:00</versionCreated>
      </itemMeta>
      <contentMeta>
        <headline>Ferry service resumes</headline>
      </contentMeta>
      <contentSet>
        <inlineData contenttype="text/plain">Ferry service between the two islands resumed.

Crossings run every two hours.</inlineData>
      </contentSet>
    </newsItem>
  </itemSet>
</newsMessage>
"""

NITF = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" version="-//IPTC//DTD NITF 3.6//EN">
  <head>
    <title>Orchard frost</title>
    <tobject tobject.type="News">
      <tobject.subject tobject.subject.refnum="04001000" tobject.subject.type="Agriculture"/>
    </tobject>
    <docdata>
      <doc-id regsrc="EXW" id-string="EXW-2025-0506-0117"/>
      <date.issue norm="20250506T233000-0700"/>
    </docdata>
    <pubdata type="web" name="Example Daily"/>
  </head>
  <body>
    <body.head>
      <hedline><hl1>Late frost hits valley orchards</hl1></hedline>
      <byline>By <person>Ana Kowalczyk</person> <byttl>Farm Writer</byttl></byline>
      <distributor>Example Wire</distributor>
      <dateline><location>KELOWNA, B.C.</location> <story.date>May 6</story.date></dateline>
      <abstract><p>Not a paragraph of the story.</p></abstract>
    </body.head>
    <body.content>
      <p>A late frost damaged cherry blossoms across the valley overnight &mdash; growers
        counted the losses on Tuesday.</p>
      <block>
        <p>&quot;We lost maybe a third,&quot; one grower said.</p>
      </block>
    </body.content>
    <body.end><tagline>Example Wire</tagline></body.end>
  </body>
</nitf>
"""


def read(*paths: Path, format: str | None = None) -> tuple[list[Article], list[str]]:
    return read_articles(*paths, format=format, today=D(2025, 6, 1))


def test_newsml_items_exactly(tmp_path: Path) -> None:
    path = write(tmp_path / "message.xml", NEWSML)
    articles, problems = read(path)
    assert problems == []
    assert articles == [
        Article(
            id="urn:newsml:wire.example.org:20250506:harbour-strike",
            title="Harbour pilots walk off the job in Halifax",
            date=D(2025, 5, 6),  # 22:15 in Halifax is already May 7 in UTC
            paragraphs=(
                Paragraph(
                    "Harbour pilots in Halifax stopped work on Tuesday evening, leaving four "
                    "container ships waiting at anchor.",
                    None,
                    33,
                ),
                Paragraph(
                    "The pilots\u2019 association said talks had stalled over rest periods.",
                    None,
                    35,
                ),
                Paragraph("A federal mediator is expected on Thursday.", "What comes next", 37),
            ),
            source="Example Wire",
            byline="By Morgan Tremblay",
            credit="Example Wire",
            dateline="HALIFAX, Nova Scotia",
            origin=f"{path}:8",
            labels={"subject": ("medtop:20000523", "medtop:20000349")},
        ),
        Article(
            id="urn:newsml:wire.example.org:20250507:ferry-brief",
            title="Ferry service resumes",
            date=D(2025, 5, 7),
            paragraphs=(
                Paragraph("Ferry service between the two islands resumed.", None, 66),
                Paragraph("Crossings run every two hours.", None, 68),
            ),
            source="EXW",
            origin=f"{path}:55",
        ),
    ]


def test_nitf_story_exactly(tmp_path: Path) -> None:
    path = write(tmp_path / "frost.xml", NITF)
    articles, problems = read(path)
    assert problems == []
    assert articles == [
        Article(
            id="EXW-2025-0506-0117",
            title="Late frost hits valley orchards",
            date=D(2025, 5, 6),
            paragraphs=(
                Paragraph(
                    "A late frost damaged cherry blossoms across the valley overnight \u2014 "
                    "growers counted the losses on Tuesday.",
                    None,
                    24,
                ),
                Paragraph('"We lost maybe a third," one grower said.', None, 27),
            ),
            source="EXW",
            byline="By Ana Kowalczyk Farm Writer",
            credit="Example Wire",
            dateline="KELOWNA, B.C. May 6",
            origin=f"{path}:3",
            labels={"subject": ("04001000",)},
        )
    ]


def test_byline_and_dateline_parts_glued_by_the_markup_stay_words(tmp_path: Path) -> None:
    """Wire NITF often writes a byline's or dateline's parts with no space between them
    (``<person>...</person><byline.title>...``): their words must not run together."""
    glued = NITF.replace(
        "<person>Ana Kowalczyk</person> <byttl>", "<person>Ana Kowalczyk</person><byttl>"
    ).replace("</location> <story.date>", "</location><story.date>")
    (article,), _ = read(write(tmp_path / "glued.xml", glued))
    assert (article.byline, article.dateline) == (
        "By Ana Kowalczyk Farm Writer",
        "KELOWNA, B.C. May 6",
    )


def test_root_element_routes_xml(tmp_path: Path) -> None:
    newsml = write(tmp_path / "a.xml", NEWSML)
    nitf = write(tmp_path / "b.xml", NITF)
    other = write(tmp_path / "c.xml", '<?xml version="1.0"?>\n<!-- x -->\n<catalog/>\n')
    assert [root_element(p) for p in (newsml, nitf, other)] == ["newsMessage", "nitf", "catalog"]
    articles, problems = read(tmp_path)
    assert [a.id for a in articles] == [
        "urn:newsml:wire.example.org:20250506:harbour-strike",
        "urn:newsml:wire.example.org:20250507:ferry-brief",
        "EXW-2025-0506-0117",
    ]
    known = ", ".join(f"<{name}>" for name in ROOT_ELEMENTS)
    assert known.startswith("<newsMessage>, <newsItem>, <packageItem>, <nitf>")
    assert problems == [
        f"{other}: XML with the root element <catalog>; newsindex reads XML rooted at {known} "
        "(skipped)"
    ]


def test_a_new_version_keeps_the_id(tmp_path: Path) -> None:
    first = write(tmp_path / "v1" / "story.xml", NEWSML)
    second = write(
        tmp_path / "v2" / "story.xml",
        NEWSML.replace('version="3"', 'version="4"').replace("Thursday.", "Friday."),
    )
    articles, problems = read(first, second)
    assert articles[0].id == articles[2].id
    assert articles[2].paragraphs[-1].text == "A federal mediator is expected on Friday."
    assert problems[0].startswith(f"{second}:8: duplicate article id urn:newsml:")


def test_lone_news_item_and_xhtml_body(tmp_path: Path) -> None:
    path = write(
        tmp_path / "item.xml",
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">\n'
        "<itemMeta><itemClass qcode='ninat:text'/><firstCreated>2025-03-02</firstCreated>"
        "</itemMeta>\n"
        "<contentSet><inlineXML><html xmlns='http://www.w3.org/1999/xhtml'><head><title>t</title>"
        "</head><body><h1>Big</h1><p>One.</p><h2>Part two</h2><p>Two.</p></body></html>"
        "</inlineXML></contentSet>\n</newsItem>\n",
    )
    articles, problems = read(path)
    assert problems == [f"{path}:1: newsItem has no guid (used derived id 'item')"]
    [article] = articles
    assert (article.id, article.title, article.date) == ("item", "One.", D(2025, 3, 2))
    assert [(p.text, p.heading) for p in article.paragraphs] == [
        ("One.", None),
        ("Two.", "Part two"),
    ]


def test_items_without_text_and_bad_dates(tmp_path: Path) -> None:
    package = write(
        tmp_path / "package.xml",
        '<packageItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="p1">'
        "<groupSet root='G1'/></packageItem>",
    )
    empty = write(
        tmp_path / "empty-item.xml",
        '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>\n'
        '<newsItem guid="e1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta>'
        "<contentSet><inlineXML><nitf><body><body.content/></body></nitf></inlineXML>"
        "</contentSet></newsItem>\n"
        '<newsItem guid="d1"><itemMeta><firstCreated>2031-01-01T00:00:00Z</firstCreated>'
        "</itemMeta><contentSet><inlineData>Text.</inlineData></contentSet></newsItem>\n"
        "</itemSet></newsMessage>\n",
    )
    nitf = write(tmp_path / "n.xml", "<nitf><head/><body><body.content/></body></nitf>")
    articles, problems = read(package, empty, nitf)
    assert [(a.id, a.date) for a in articles] == [("d1", None)]
    assert problems == [
        f"{package}:1: no newsItem in the file: a packageItem only refers to items held "
        "elsewhere (skipped)",
        f"{empty}:2: newsItem e1 has no text (skipped)",
        f"{empty}:3: date 2031-01-01 is more than a year in the future (kept without a date)",
        f"{nitf}:1: NITF document 1 has no text (skipped)",
    ]


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<nitf><body><body.content><p>&lol3;</p></body.content></body></nitf>
"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE nitf [
  <!ENTITY secret SYSTEM "file:///etc/passwd">
]>
<nitf><body><body.content><p>&secret;</p></body.content></body></nitf>
"""


def test_entities_are_refused_and_the_run_goes_on(tmp_path: Path) -> None:
    bomb = write(tmp_path / "a-bomb.xml", BOMB)
    external = write(tmp_path / "b-external.xml", EXTERNAL)
    good = write(tmp_path / "c-good.xml", NITF)
    articles, problems = read(tmp_path)
    assert [a.id for a in articles] == ["EXW-2025-0506-0117"]
    assert problems == [
        f"{bomb}:3: the XML declares the entity 'lol'; newsindex does not expand declared "
        "entities (a 'billion laughs' file takes all memory) (skipped)",
        f"{external}:3: the XML refers to the external entity 'file:///etc/passwd'; newsindex "
        "never reads external entities (skipped)",
    ]
    assert good.exists()


def test_broken_and_mis_encoded_xml(tmp_path: Path) -> None:
    broken = write(tmp_path / "broken.xml", NITF.replace("</body.content>", ""))
    latin = write(tmp_path / "latin.xml", NITF.replace("third", "tiers caf\xe9").encode("latin-1"))
    articles, problems = read(broken, latin, format="nitf")
    assert [a.paragraphs[1].text for a in articles] == [
        '"We lost maybe a tiers caf\xe9," one grower said.'
    ]
    assert problems == [
        f"{broken}:31: not well-formed XML: mismatched tag (skipped)",
        f"{latin}:27: not valid UTF-8 (decoded as cp1252)",
    ]


def test_read_file_with_a_named_format(tmp_path: Path) -> None:
    path = write(tmp_path / "story.nitf", NITF)
    log = ProblemLog()
    assert [a.id for a in read_file(path, format="nitf", log=log)] == ["EXW-2025-0506-0117"]
    assert [a.id for a in read_file(path, format="newsml", log=log)] == []
    assert [str(p) for p in log.problems] == [
        f"{path}:3: no newsItem in the file (the root element is <nitf>) (skipped)"
    ]


@pytest.mark.parametrize("name", ["empty.xml", "space.xml"])
def test_empty_xml(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / name, "" if name == "empty.xml" else "  \n")
    _, problems = read(path, format="newsml")
    assert problems == [f"{path}: empty file (skipped)"]


_XMLISH = st.text(alphabet='<>/&;="! ?[]-abcpnitfewsIMgé\n', max_size=200)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.one_of(_XMLISH.map(lambda t: f"<nitf><body><body.content>{t}"), _XMLISH),
    format=st.sampled_from(["newsml", "nitf"]),
)
def test_any_text_never_raises(tmp_path: Path, text: str, format: str) -> None:
    path = write(tmp_path / "fuzz.xml", text)
    log = ProblemLog()
    articles = list(read_file(path, format=format, log=log))
    assert all(a.paragraphs and all(p.text for p in a.paragraphs) for a in articles)
    assert all(problem.path == str(path) for problem in log.problems)
    assert articles or log.problems
