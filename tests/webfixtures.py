"""Web input for the reader tests: a saved article page, RSS 2.0, RSS 1.0 and Atom feeds, and
WARC files written with warcio (``from webfixtures import ...``).

Every text here is original, written for these tests (invented towns, people and papers); the
page has the structure of a real news site: cookie banner, header navigation, an article with
JSON-LD and OpenGraph metadata, a related-stories aside, a "read more" link, comments and a
footer. The boilerplate phrases are listed so tests can check none of them is indexed.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

__all__ = [
    "ATOM",
    "BOILERPLATE",
    "PAGE",
    "PAGE_PARAGRAPHS",
    "PAGE_URL",
    "RSS1",
    "RSS2",
    "UNDATED_PAGE",
    "Record",
    "write_warc",
]

PAGE_URL = "https://www.lakesidecourier.example/news/2025/05/06/harbour-mill-closes"

PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour Mill Closes After Six-Week Strike | The Lakeside Courier</title>
<link rel="canonical" href="{PAGE_URL}">
<meta property="og:type" content="article">
<meta property="og:title" content="Harbour mill closes after six-week strike">
<meta property="og:site_name" content="The Lakeside Courier">
<meta property="og:url" content="{PAGE_URL}">
<meta property="article:published_time" content="2025-05-06T22:30:00-04:00">
<meta name="author" content="Marisol Quintero">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Harbour mill closes after six-week strike",
 "datePublished": "2025-05-06T22:30:00-04:00", "dateModified": "2025-05-07T09:00:00-04:00",
 "author": {{"@type": "Person", "name": "Marisol Quintero"}},
 "publisher": {{"@type": "Organization", "name": "The Lakeside Courier"}}}}
</script>
</head>
<body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience on our
site. <button>Accept all cookies</button></div>
<header class="site-header">
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
</header>
<main>
<article>
<h1>Harbour mill closes after six-week strike</h1>
<p class="byline">By <span class="author">Marisol Quintero</span> &middot;
<time datetime="2025-05-06T22:30:00-04:00">May 6, 2025</time></p>
<p>The Brenner paper mill on the east harbour will close for good at the end of the month, its
owners said on Tuesday, ending a six-week strike by more than 400 workers.</p>
<p>Okafor Industries, which bought the mill in 2019, said the dispute had made the site
impossible to run at a profit and that talks with the union had broken down.</p>
<h2>Union calls decision a betrayal</h2>
<p>"This is a betrayal of every family in this town," said Teodora Lindqvist, president of the
local paperworkers' union, outside the mill gates on Tuesday evening.</p>
<p>The union had asked for a four per cent raise and a return of the pension plan the company
ended last year.</p>
<h2>What happens next</h2>
<p>The province's labour minister, Dev Brisebois, said he would meet both sides on Friday to
discuss severance and retraining for the workers.</p>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/news/2025/03/24/mill-workers-vote">Mill workers vote to strike</a></li>
<li><a href="/news/2025/04/02/harbour-plan">Harbour plan unveiled</a></li></ul></aside>
<p class="read-more"><a href="/news">Read more local news</a></p>
</article>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>Terrible news for the harbour, my father worked there for thirty
years.</p></div></section>
</main>
<footer class="site-footer"><p>&copy; 2025 The Lakeside Courier. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/contact">Contact us</a></li></ul>
</footer>
</body>
</html>
"""

PAGE_PARAGRAPHS = (
    (
        "The Brenner paper mill on the east harbour will close for good at the end of the month, "
        "its owners said on Tuesday, ending a six-week strike by more than 400 workers.",
        None,
    ),
    (
        "Okafor Industries, which bought the mill in 2019, said the dispute had made the site "
        "impossible to run at a profit and that talks with the union had broken down.",
        None,
    ),
    (
        '"This is a betrayal of every family in this town," said Teodora Lindqvist, president of '
        "the local paperworkers' union, outside the mill gates on Tuesday evening.",
        "Union calls decision a betrayal",
    ),
    (
        "The union had asked for a four per cent raise and a return of the pension plan the "
        "company ended last year.",
        "Union calls decision a betrayal",
    ),
    (
        "The province's labour minister, Dev Brisebois, said he would meet both sides on Friday "
        "to discuss severance and retraining for the workers.",
        "What happens next",
    ),
)
"""The page's paragraphs as ``(text, heading)``: exactly what must be indexed."""

BOILERPLATE = (
    "cookies",
    "Home",
    "Sport",
    "Opinion",
    "Related stories",
    "Mill workers vote to strike",
    "Read more",
    "Comments",
    "my father worked there",
    "All rights reserved",
    "Privacy policy",
    "Contact us",
)
"""Phrases of the page's menus, banner, aside, comments and footer: none may be indexed."""

UNDATED_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Ferry crews rehearse winter rescue drill</title></head>
<body><nav><a href="/">Front page</a> <a href="/harbour">Harbour</a></nav>
<article><h1>Ferry crews rehearse winter rescue drill</h1>
<p>Crews from the Gull Island ferry practised pulling passengers from icy water on Thursday
morning, watched by the coast guard and a dozen volunteers.</p>
<p>"We hope we never need it, but we train for it every winter," said captain Ines Achterberg.</p>
</article><footer>Harbour Weekly. Subscribe for the full archive.</footer></body></html>
"""
"""A page without any date: in a WARC, the record's date stands in."""

RSS2 = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>The Lakeside Courier: Local News</title>
<link>https://www.lakesidecourier.example/news</link>
<description>News from the harbour towns</description>
<item>
<title>Harbour mill closes after six-week strike</title>
<link>http://lakesidecourier.example/news/2025/05/06/harbour-mill-closes/?utm_source=rss&amp;utm_medium=feed</link>
<guid isPermaLink="false">courier-2025-0506-mill</guid>
<pubDate>Tue, 06 May 2025 22:30:00 -0400</pubDate>
<dc:creator>Marisol Quintero</dc:creator>
<description>The Brenner paper mill will close at the end of the month.</description>
<content:encoded><![CDATA[<p>The Brenner paper mill on the east harbour will close for good at
the end of the month, its owners said on Tuesday.</p>
<h2>Union calls decision a betrayal</h2>
<p>"This is a betrayal," said Teodora Lindqvist, president of the local union.</p>
<p><a href="{PAGE_URL}">Read more local news</a></p>]]></content:encoded>
</item>
<item>
<title>Ferry timetable changes for the summer</title>
<link>https://www.lakesidecourier.example/news/2025/05/07/ferry-timetable</link>
<pubDate>Wed, 07 May 2025 08:15:00 GMT</pubDate>
<author>desk@lakesidecourier.example (Ines Achterberg)</author>
<description>&lt;p&gt;Ferries to Gull Island will run every 40 minutes from June 1, the
harbour authority said.&lt;/p&gt;</description>
</item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Northshore Ledger</title>
<link href="https://ledger.example/"/>
<updated>2025-05-09T12:00:00Z</updated>
<id>urn:uuid:6a1c0e2f-8b1e-4c4a-9a55-0d6a3f5e7c10</id>
<entry>
<title type="html">Council approves &lt;em&gt;new&lt;/em&gt; bridge</title>
<link rel="alternate" href="https://ledger.example/2025/05/08/bridge"/>
<id>tag:ledger.example,2025:bridge</id>
<published>2025-05-08T00:30:00+02:00</published>
<updated>2025-05-08T09:00:00+02:00</updated>
<author><name>Pieter Vandersloot</name></author>
<summary>The council voted 9 to 2 for the bridge.</summary>
<content type="html">&lt;p&gt;The town council voted 9 to 2 on Wednesday night to build a new
bridge over the Wessel river.&lt;/p&gt;&lt;p&gt;Construction is due to start in the spring of
2026, Mayor Annelies Drost said.&lt;/p&gt;</content>
</entry>
<entry>
<title>Library opens on Sundays</title>
<id>tag:ledger.example,2025:library</id>
<updated>2025-05-09T12:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The central library will
open on Sundays from June, the council's culture office said.</p></div></content>
</entry>
</feed>
"""

RSS1 = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://valley.example/rss">
<title>Valley Gazette</title>
<link>https://valley.example/</link>
<description>Valley news</description>
<items><rdf:Seq><rdf:li rdf:resource="https://valley.example/orchard"/></rdf:Seq></items>
</channel>
<item rdf:about="https://valley.example/orchard">
<title>Orchard harvest starts early</title>
<link>https://valley.example/orchard</link>
<description>Growers began picking cherries two weeks early after a warm spring.</description>
<dc:date>2025-06-02T07:00:00-07:00</dc:date>
<dc:creator>Hollis Grant</dc:creator>
</item>
</rdf:RDF>
"""


@dataclass(frozen=True)
class Record:
    """One archived HTTP response."""

    uri: str
    body: bytes
    date: str = "2025-05-09T03:00:00Z"
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"


def write_warc(path: Path, records: list[Record], *, gzip: bool = True) -> Path:
    """A WARC as a crawler writes it: a warcinfo record, then a request and a response for each
    of ``records``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for record in records:
            request = StatusAndHeaders("GET / HTTP/1.1", [], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(
                    record.uri, "request", payload=io.BytesIO(b""), http_headers=request
                )
            )
            headers = StatusAndHeaders(
                record.status, [("Content-Type", record.content_type)], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    record.uri,
                    "response",
                    payload=io.BytesIO(record.body),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": record.date},
                )
            )
    return path
