"""Reading speed per input format, and what HTML extraction costs in a full index build.

Generates a corpus of made-up articles in a temporary folder (``--articles`` per format, 1,000
by default): saved HTML pages of about 50 KB each with the boilerplate of a real news site
(inline CSS and scripts, navigation, cookie banner, related stories, comments, footer), RSS 2.0
and Atom feeds of 50 items, one gzip-compressed WARC holding every page with its request
record, and, when their readers are registered (``READER_FORMATS``), NewsML-G2 messages, NITF
documents and JSON arrays. Each format is read with ``read_paths`` and timed (articles/s).

Then a small index is built from ``--index-articles`` of the pages with ``newsindex.index_paths``
(enrichment in the writing process, ``workers=0``, so the times add up), and reading the same
pages alone is timed: HTML extraction's share of the build.

    nice -n 10 python benchmarks/bench_readers.py [--articles 1000] [--index-articles 200]
        [--json FILE]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from newsindex import index_articles, index_paths
from newsindex.kinds import READER_FORMATS
from newsindex.problems import ProblemLog
from newsindex.readers import read_paths

VOCABULARY = """
council harbour mill workers union strike ferry island bridge river budget school
teachers hospital nurses minister province mayor court judge police fire station water
mains road repairs tourism season fishing quota prices wages pension plan vote election
ward count volunteers coast guard winter storm power outage crews residents owners cafe
quay market farmers harvest orchard growers library museum theatre festival tickets
housing rents developers zoning permit hearing report audit deficit surplus taxes levy
contract talks
"""
WORDS = VOCABULARY.split()
NAMES = (
    "Teodora Lindqvist",
    "Dev Brisebois",
    "Marisol Quintero",
    "Annelies Drost",
    "Hollis Grant",
    "Pieter Vandersloot",
    "Ines Achterberg",
    "Okafor Industries",
)
ITEMS_PER_FEED = 50
T = TypeVar("T")


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 24))]
    if rng.random() < 0.4:
        words[rng.randint(2, len(words) - 2)] = f"{rng.choice(NAMES)} said"
    return " ".join(words).capitalize() + "."


def paragraphs(rng: random.Random, count: int) -> list[str]:
    return [" ".join(sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(count)]


def story(rng: random.Random, number: int) -> dict[str, object]:
    day = 1 + number % 28
    return {
        "id": f"story-{number}",
        "url": f"https://courier.example/news/2025/05/{day:02d}/story-{number}",
        "title": " ".join(rng.choice(WORDS) for _ in range(6)).capitalize(),
        "date": f"2025-05-{day:02d}T{8 + number % 12:02d}:30:00-04:00",
        "byline": rng.choice(NAMES[:7]),
        "paragraphs": paragraphs(rng, rng.randint(8, 12)),
    }


def page(rng: random.Random, item: dict[str, object]) -> str:
    """A news site's page around the story: about 50 KB, most of it boilerplate."""
    links = "".join(
        f'<li><a href="/section/{rng.choice(WORDS)}/{n}">{rng.choice(WORDS).title()}</a></li>'
        for n in range(60)
    )
    css = "\n".join(
        f".c{n} {{ margin: {n % 7}px; padding: {n % 5}px; color: #{n * 4099 % 0xFFFFFF:06x}; }}"
        for n in range(340)
    )
    script = "\n".join(
        f"window.slot{n} = {{id: 'ad-{n}', sizes: [[300, 250], [728, 90]], lazy: true}};"
        for n in range(200)
    )
    body = "".join(
        (f"<h2>{rng.choice(WORDS).title()} {rng.choice(WORDS)}</h2>" if n in (3, 7) else "")
        + f"<p>{text}</p>"
        for n, text in enumerate(item["paragraphs"])  # type: ignore[arg-type]
    )
    related = "".join(
        f'<li><a href="/news/{n}">{sentence(rng)[:60]}</a><p>{sentence(rng)}</p></li>'
        for n in range(12)
    )
    comments = "".join(
        f'<div class="comment"><b>reader{n}</b><p>{sentence(rng)}</p></div>' for n in range(10)
    )
    title, url, date, byline = item["title"], item["url"], item["date"], item["byline"]
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | The Courier</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="The Courier">
<meta property="article:published_time" content="{date}">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{title}",
"datePublished": "{date}", "author": {{"@type": "Person", "name": "{byline}"}}}}</script>
<style>{css}</style><script>{script}</script></head><body>
<div class="cookie-banner">We use cookies to personalise content and ads.
<button>Accept</button></div>
<header><nav><ul>{links}</ul></nav></header>
<main><article><h1>{title}</h1><p class="byline">By {byline}</p>{body}
<div class="newsletter">Sign up for our morning briefing <input type="email"></div></article>
<aside class="related"><h3>Related stories</h3><ul>{related}</ul></aside>
<section class="comments"><h3>Comments</h3>{comments}</section></main>
<footer><ul>{links}</ul><p>All rights reserved.</p></footer></body></html>"""


def markup(item: dict[str, object]) -> str:
    return "".join(f"<p>{text}</p>" for text in item["paragraphs"])  # type: ignore[attr-defined]


def rss(items: list[dict[str, object]]) -> str:
    entries = "".join(
        f"""<item><title>{item["title"]}</title><link>{item["url"]}</link>
<pubDate>{item["date"]}</pubDate><dc:creator>{item["byline"]}</dc:creator>
<content:encoded><![CDATA[{markup(item)}]]></content:encoded></item>"""
        for item in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>The Courier</title>{entries}</channel></rss>"""


def atom(items: list[dict[str, object]]) -> str:
    entries = "".join(
        f"""<entry><title>{item["title"]}</title><link href="{item["url"]}"/>
<id>{item["url"]}</id><published>{item["date"]}</published>
<author><name>{item["byline"]}</name></author><content type="xhtml">
<div xmlns="http://www.w3.org/1999/xhtml">{markup(item)}</div></content></entry>"""
        for item in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>The Ledger</title>{entries}</feed>"""


def nitf(item: dict[str, object]) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?><nitf><head><title>{item["title"]}</title>
<docdata><doc-id id-string="{item["id"]}"/><date.issue norm="{item["date"]}"/></docdata></head>
<body><body.head><hedline><hl1>{item["title"]}</hl1></hedline>
<byline>{item["byline"]}</byline></body.head>
<body.content>{markup(item)}</body.content></body></nitf>"""


def newsml(items: list[dict[str, object]]) -> str:
    news_items = "".join(
        f"""<newsItem guid="urn:newsml:bench:{item["id"]}" version="1" standard="NewsML-G2">
<itemMeta><itemClass qcode="ninat:text"/><provider literal="Bench Wire"/>
<firstCreated>{item["date"]}</firstCreated></itemMeta>
<contentMeta><headline>{item["title"]}</headline><by>{item["byline"]}</by></contentMeta>
<contentSet><inlineXML contenttype="application/nitf+xml"><nitf><body><body.content>
{markup(item)}</body.content></body></nitf></inlineXML></contentSet></newsItem>"""
        for item in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
<header><sent>2025-05-09T00:00:00Z</sent></header><itemSet>{news_items}</itemSet></newsMessage>"""


def write_warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, body in pages:
            request = StatusAndHeaders("GET / HTTP/1.1", [], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(
                    url, "request", payload=io.BytesIO(b""), http_headers=request
                )
            )
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )


def generate(root: Path, count: int) -> dict[str, Path]:
    """One folder per format, each holding ``count`` articles; returns format → folder."""
    rng = random.Random(20250506)
    stories = [story(rng, n) for n in range(count)]
    folders = {name: root / name for name in ("html", "feed", "warc", "newsml", "nitf", "json")}
    for folder in folders.values():
        folder.mkdir(parents=True)
    pages = [(str(item["url"]), page(rng, item).encode()) for item in stories]
    for n, (_, body) in enumerate(pages):
        (folders["html"] / f"page-{n:05d}.html").write_bytes(body)
    for start in range(0, count, ITEMS_PER_FEED):
        chunk = stories[start : start + ITEMS_PER_FEED]
        if start // ITEMS_PER_FEED % 2:
            (folders["feed"] / f"ledger-{start:05d}.atom").write_text(atom(chunk))
        else:
            (folders["feed"] / f"courier-{start:05d}.rss").write_text(rss(chunk))
    write_warc(folders["warc"] / "crawl.warc.gz", pages)
    if "nitf" in READER_FORMATS:
        for item in stories:
            (folders["nitf"] / f"{item['id']}.xml").write_text(nitf(item))
    if "newsml" in READER_FORMATS:
        for start in range(0, count, 10):
            (folders["newsml"] / f"message-{start:05d}.xml").write_text(
                newsml(stories[start : start + 10])
            )
    if "json" in READER_FORMATS:
        for start in range(0, count, 100):
            records = [
                {key: item[key] for key in ("id", "title", "date", "byline", "url", "paragraphs")}
                for item in stories[start : start + 100]
            ]
            (folders["json"] / f"export-{start:05d}.json").write_text(json.dumps(records))
    return {name: folder for name, folder in folders.items() if any(folder.iterdir())}


def timed(action: Callable[[], T]) -> tuple[T, float]:
    started = time.perf_counter()
    result = action()
    return result, time.perf_counter() - started


def read_count(folder: Path) -> int:
    return sum(1 for _ in read_paths([folder], log=ProblemLog()))


def build_with(index: Path, folder: Path, *, processes: int) -> float:
    """Seconds to index ``folder`` with one enrichment worker, its pages read in ``processes``
    other processes (0: in the writing process)."""
    log = ProblemLog()
    articles = read_paths([folder], log=log, processes=processes)
    started = time.perf_counter()
    index_articles(articles, index=index, log=log, workers=1)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="articles per format")
    parser.add_argument("--index-articles", type=int, default=200, help="pages in the index build")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    figures: dict[str, object] = {"articles_per_format": args.articles}
    with tempfile.TemporaryDirectory(prefix="bench-readers-") as tmp:
        root = Path(tmp)
        folders, seconds = timed(lambda: generate(root / "corpus", args.articles))
        sizes = {
            name: sum(f.stat().st_size for f in folder.iterdir())
            for name, folder in folders.items()
        }
        print(f"corpus: {args.articles:,} articles per format, written in {seconds:.1f}s")
        rates: dict[str, float] = {}
        for name, folder in folders.items():
            count, seconds = timed(lambda folder=folder: read_count(folder))
            rates[name] = count / seconds
            print(
                f"  {name:7} {count:6,} articles in {seconds:6.2f}s = "
                f"{rates[name]:8,.0f} articles/s  ({sizes[name] / 1e6:6.1f} MB)"
            )
        figures["articles_per_second"] = rates
        build = root / "build"
        build.mkdir()
        for page_file in sorted(folders["html"].iterdir())[: args.index_articles]:
            (build / page_file.name).write_bytes(page_file.read_bytes())
        count, reading = timed(lambda: read_count(build))
        report, total = timed(
            lambda: index_paths([build], index=root / "index", workers=0).articles
        )
        share = reading / total
        print(
            f"index build of {report:,} pages (workers=0): {total:.1f}s in all, reading and "
            f"HTML extraction {reading:.1f}s = {share:.0%} of it"
        )
        # The same build as `newsindex index` runs it (enrichment in a worker process), with
        # the pages read in the writing process, then in a reading process of their own.
        inline = build_with(root / "index-inline", build, processes=0)
        apart = build_with(root / "index-apart", build, processes=1)
        print(
            f"index build of {report:,} pages (workers=1): pages read in the writing process "
            f"{inline:.1f}s, in a process of their own {apart:.1f}s = {apart / inline:.2f}x"
        )
        figures["index_build"] = {
            "pages": report,
            "seconds": total,
            "reading_seconds": reading,
            "share": share,
            "workers_1_read_inline_seconds": inline,
            "workers_1_read_apart_seconds": apart,
        }
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
