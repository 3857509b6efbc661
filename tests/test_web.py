"""The WSGI app and JSON API, called directly and through a real server on 127.0.0.1."""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
import socket
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest
from support import ARTICLES, D, article
from test_copies import build_copies_index

from newsindex import NewsIndex, Passage, index_passages, open_index
from newsindex.errors import IndexNotFoundError, NewsindexError
from newsindex.web import NewsApp, create_app, make_app_server, serve
from newsindex.web.app import (
    BUSY,
    LONG_QUERY,
    LONG_SHARE,
    QUERY_CHARACTERS,
    QUERY_WORDS,
    _Turns,
    within_budget,
)
from newsindex.web.messages import UNAVAILABLE

SCRIPT = "<script>alert(1)</script>"
ODD_ID = "wire/2025 ü#7"

EXTRA = [
    (
        article("x1", D(2025, 5, 20), "", title=f"Hostile {SCRIPT} headline"),
        [
            Passage(
                "x1",
                0,
                f"Tariffs & duties: the reader typed {SCRIPT} into the form.",
                persons=("Donald Trump",),
            )
        ],
    ),
    (
        article(ODD_ID, D(2025, 6, 2), "", title="Odd id"),
        [
            Passage(
                ODD_ID,
                0,
                "Shipping rates climbed in June.",
                places=("Rotterdam",),
                labels={"topic": ("shipping",)},
            )
        ],
    ),
]


@pytest.fixture(scope="module")
def web_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The index every app of this module reads, built once (a test that writes makes its own)."""
    path = tmp_path_factory.mktemp("web") / "index"
    index_passages([*ARTICLES, *EXTRA], index=path)
    return path


@pytest.fixture
def app(web_index: Path) -> Iterator[NewsApp]:
    application = create_app(web_index)
    yield application
    application.close()


class Response:
    def __init__(self, status: str, headers: list[tuple[str, str]], body: bytes, log: str) -> None:
        self.code = int(status.split()[0])
        self.log = log
        self.headers = {k.lower(): v for k, v in headers}
        self.body = body

    def json(self) -> Any:
        assert self.headers["content-type"] == "application/json; charset=utf-8"
        return json.loads(self.body)


def call(
    app: Any,
    path: str,
    query: str = "",
    *,
    method: str = "GET",
    host: str = "127.0.0.1",
    script_name: str = "",
) -> Response:
    """One request through the WSGI interface, PATH_INFO encoded as PEP 3333 says."""
    errors = io.StringIO()
    environ = {
        "REQUEST_METHOD": method,
        "SCRIPT_NAME": script_name,
        "PATH_INFO": path.encode("utf-8").decode("latin-1"),
        "QUERY_STRING": query,
        "HTTP_HOST": host,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "wsgi.errors": errors,
        "wsgi.input": io.BytesIO(),
        "wsgi.url_scheme": "http",
    }
    captured: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
        captured.update(status=status, headers=headers)
        return lambda data: None

    body = b"".join(app(environ, start_response))
    return Response(captured["status"], captured["headers"], body, errors.getvalue())


def ids(body: dict[str, Any]) -> list[str]:
    return [h["id"] for h in body["hits"]]


# ------------------------------------------------------------------------------- page, static


def test_page_and_assets_are_served_with_a_strict_policy(app: NewsApp) -> None:
    page = call(app, "/")
    assert page.code == 200
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    html = page.body.decode()
    assert 'src="static/app.js"' in html and 'id="q"' in html
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    assert call(app, "/static/app.js").headers["content-type"].startswith("text/javascript")
    assert call(app, "/static/style.css").headers["content-type"].startswith("text/css")
    for path in ("/static/../__init__.py", "/static/", "/nothing", "/api/nothing"):
        missing = call(app, path)
        assert missing.code == 404, path
        assert "error" in missing.json()


def test_mounted_under_a_prefix(app: NewsApp) -> None:
    bare = call(app, "", script_name="/news")
    assert bare.code == 301 and bare.headers["location"] == "/news/"
    assert call(app, "/", script_name="/news").code == 200
    assert call(app, "/api/search", "q=oil", script_name="/news").json()["total"] == 2


def test_only_get_and_head(app: NewsApp) -> None:
    post = call(app, "/api/search", "q=tariffs", method="POST")
    assert post.code == 405
    assert post.headers["allow"] == "GET, HEAD"
    assert "read-only" in post.json()["error"]
    head = call(app, "/api/search", "q=tariffs", method="HEAD")
    assert head.code == 200 and head.body == b""
    assert int(head.headers["content-length"]) > 0


# -------------------------------------------------------------------------------------- search


def test_search_returns_library_results_with_paging(app: NewsApp) -> None:
    body = call(app, "/api/search", "q=tariffs").json()
    assert body["total"] == 3
    assert set(ids(body)) == {"a1#0", "a2#0", "x1#0"}
    assert body["page"] == 1 and body["pages"] == 1 and body["limit"] == 10
    a1 = next(h for h in body["hits"] if h["id"] == "a1#0")
    assert "<mark>Tariffs</mark>" in a1["snippet"]
    assert a1["persons"] == ["Mark Carney", "Donald Trump"]

    first = call(app, "/api/search", "q=tariffs&limit=2&page=1&sort=-date").json()
    second = call(app, "/api/search", "q=tariffs&limit=2&page=2&sort=-date").json()
    assert first["pages"] == second["pages"] == 2
    assert ids(first) == ["x1#0", "a1#0"] and ids(second) == ["a2#0"]
    assert second["offset"] == 2


def test_pages_end_where_folded_copies_end_them(tmp_path: Path) -> None:
    """Five passages fill two pages of three, but four are copies of one story folded into one
    hit: the short first page is the last, so the page offers no empty next page."""
    application = create_app(build_copies_index(tmp_path / "copies"))
    try:
        page = call(application, "/api/search", "q=oil+prices&limit=3").json()
        assert (page["total"], len(page["hits"]), page["pages"]) == (5, 2, 1)
        past = call(application, "/api/search", "q=oil+prices&limit=1&page=4").json()
        assert (past["hits"], past["pages"]) == ([], 3)
        # said, as the CLI says it: a page past the end looked like a search that found nothing
        assert past["notes"] == ["page 4 is empty: the results fill 3 pages of 1"]
        assert call(application, "/api/search", "q=oil+prices&page=1").json()["notes"] == []
    finally:
        application.close()


def test_partial_matches_complete_a_short_page_and_count_in_the_pages(app: NewsApp) -> None:
    body = call(app, "/api/search", "q=tariffs steel&limit=2").json()
    assert body["total"] >= 1 and not body["relaxed"]
    assert body["partial"] and body["partial_total"] >= len(body["partial"])
    assert len(body["hits"]) + len(body["partial"]) == 2
    assert body["pages"] == -(-(body["total"] + body["partial_total"]) // 2)


def test_search_filters_and_context(app: NewsApp) -> None:
    trump = call(app, "/api/search", urlencode({"person": "Donald Trump", "sort": "date"})).json()
    assert ids(trump) == ["a1#0", "a1#1", "x1#0"]
    dated = call(app, "/api/search", "q=tariffs&since=2025-05&until=2025-05").json()
    assert set(ids(dated)) == {"a1#0", "x1#0"}
    assert ids(call(app, "/api/search", "speaker=Lindqvist").json()) == ["a2#1"]
    assert ids(call(app, "/api/search", "mentions=2025-05-05").json()) == ["a1#1"]
    assert ids(call(app, "/api/search", "place=Rotterdam&source=Test+Wire").json()) == [
        f"{ODD_ID}#0"
    ]
    with_context = call(app, "/api/search", "q=deal&context=1").json()
    assert [c["id"] for c in with_context["hits"][0]["context"]] == ["a1#0", "a1#2"]
    blank = call(app, "/api/search", "q=oil&person=&org=").json()  # empty form fields
    assert set(ids(blank)) == {"a3#0", "a2#1"}
    assert call(app, "/api/search", "q=oil&collapse=false").json()["total"] == 2
    assert call(app, "/api/search", "q=oil&collapse=maybe").code == 400


def test_label_filters_as_on_the_command_line(app: NewsApp) -> None:
    """The facets count passages by label, so a label filters as ``--label`` does: each
    ``label=NAME=VALUE`` given must hold."""
    assert ids(call(app, "/api/search", "label=topic%3Dshipping").json()) == [f"{ODD_ID}#0"]
    assert call(app, "/api/search", "q=rates&label=topic%3Denergy").json()["total"] == 0
    unknown = call(app, "/api/search", "label=topic%3Dshipping&label=desk%3Dports")
    assert unknown.code == 400  # a label the index lacks would match nothing, unsaid
    assert unknown.json()["error"] == "label='desk': the index has no such label (labels: topic)"
    assert ids(call(app, "/api/search", "label=Topic%3DShipping").json()) == [f"{ODD_ID}#0"]
    facets = call(app, "/api/facets", "label=topic%3Dshipping").json()
    assert (facets["total"], facets["labels"]) == (1, {"topic": [{"name": "shipping", "count": 1}]})
    bad = call(app, "/api/search", "label=shipping")
    assert bad.code == 400
    assert bad.json()["error"] == "label='shipping': expected NAME=VALUE (topic=energy)"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("q=tariffs&limit=abc", "limit='abc': expected a whole number from 1 to 100"),
        ("q=tariffs&limit=0", "limit='0'"),
        ("q=tariffs&limit=101", "limit='101'"),
        ("q=tariffs&page=-1", "page='-1'"),
        ("q=tariffs&context=21", "context='21'"),
        ("q=tariffs&sort=best", "sort='best': expected one of relevance, date, -date"),
        ("q=tariffs&since=someday", "since='someday'"),
        ("q=tariffs&since=2025-06-01&until=2025-01-01", "is after until"),
        ("q=%22unclosed", "unclosed quote"),
        ("q=nosuchfield:x", "unknown field 'nosuchfield'"),
        ("", "give words to search, * for every passage, or a filter"),
        ("q=a&q=b", "parameter 'q' given 2 times"),
        ("q=tariffs&index=%2Ftmp%2Fother", "unknown parameter 'index'"),
        ("q=%ff", "bad query string"),
    ],
)
def test_bad_parameters_are_400_with_a_json_error(app: NewsApp, query: str, message: str) -> None:
    response = call(app, "/api/search", query)
    assert response.code == 400
    assert message in response.json()["error"]


# ------------------------------------------------------------------------------------- escaping


def test_snippets_escape_article_text_and_json_is_not_html(app: NewsApp) -> None:
    response = call(app, "/api/search", "q=reader")
    hit = response.json()["hits"][0]
    assert hit["id"] == "x1#0"
    assert "<script>" not in hit["snippet"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hit["snippet"]
    assert "&amp; duties" in hit["snippet"]
    assert hit["title"] == f"Hostile {SCRIPT} headline"  # raw data; the page sets textContent
    assert response.headers["x-content-type-options"] == "nosniff"


# ------------------------------------------------------------------------------------ articles


def test_article_by_id_including_odd_characters(app: NewsApp) -> None:
    a1 = call(app, "/api/articles/a1").json()
    assert a1["title"] == "Carney meets Trump"
    assert [p["position"] for p in a1["passages"]] == [0, 1, 2]
    assert a1["passages"][1]["section"] == "Talks"
    odd = call(app, "/api/articles/" + ODD_ID).json()
    assert odd["id"] == ODD_ID and odd["passages"][0]["places"] == ["Rotterdam"]


def test_unknown_article_is_404_and_bad_requests_400(app: NewsApp) -> None:
    missing = call(app, "/api/articles/nope")
    assert missing.code == 404
    assert missing.json()["error"] == "no article 'nope' in this archive"
    assert call(app, "/api/articles/").code == 400
    assert call(app, "/api/articles/a1", "extra=1").code == 400
    # A passage id, as a hit's "id" gives it: said which article holds it (a 404 alone before).
    passage = call(app, "/api/articles/a1#2")  # PATH_INFO, decoded
    assert passage.code == 404
    assert passage.json()["error"] == (
        "no article 'a1#2' in this archive; that is a passage id: its article is "
        "/api/articles/a1 (passage 2)"
    )
    assert call(app, "/api/articles/no#2").json()["error"] == "no article 'no#2' in this archive"


# -------------------------------------------------------------------------------- facets, stats


def test_facets_count_every_match(app: NewsApp) -> None:
    body = call(app, "/api/facets", "q=tariffs").json()
    assert body["total"] == 3
    assert body["persons"][0] == {"name": "Donald Trump", "count": 2}
    assert {"name": "Mark Carney", "count": 1} in body["persons"]
    assert body["orgs"] == [{"name": "Bank of Canada", "count": 1}]
    assert body["places"] == [{"name": "Canada", "count": 1}]
    assert body["sources"] == [{"name": "Test Wire", "count": 3}]
    assert body["histogram"]["by"] == "month"
    assert body["histogram"]["buckets"] == [
        {"period": "2025-03", "count": 1},
        {"period": "2025-05", "count": 2},
    ]
    by_year = call(app, "/api/facets", "q=oil+OR+tariffs&by=year").json()
    assert by_year["histogram"]["buckets"] == [
        {"period": "1987", "count": 1},
        {"period": "2025", "count": 4},
    ]
    filtered = call(app, "/api/facets", "person=Carney&top=1").json()
    assert filtered["total"] == 2
    # the person filter is the one a click replaces: each count is over every passage
    assert filtered["persons"] == [{"name": "Donald Trump", "count": 3}]
    mentioned = call(app, "/api/facets", "person=Trump&date_field=mentions&by=day").json()
    assert mentioned["histogram"]["buckets"] == [{"period": "2025-05-05", "count": 1}]


def test_facets_reject_bad_parameters(app: NewsApp) -> None:
    assert "by='fortnight'" in call(app, "/api/facets", "q=oil&by=fortnight").json()["error"]
    assert "date_field='x'" in call(app, "/api/facets", "q=oil&date_field=x").json()["error"]
    assert call(app, "/api/facets", "q=oil&top=0").code == 400
    assert call(app, "/api/facets", "q=oil&limit=5").code == 400
    assert call(app, "/api/facets", "").code == 400


def test_stats(app: NewsApp, web_index: Path) -> None:
    response = call(app, "/api/stats", "top=2")
    body = response.json()
    assert body["articles"] == 5 and body["passages"] == 8
    assert body["first_date"] == "1987-03-02" and body["last_date"] == "2025-06-02"
    assert body["top_persons"][0] == ["Donald Trump", 3]
    assert body["top_labels"] == {"topic": [["shipping", 1]]}
    assert "path" not in body and str(web_index) not in response.body.decode()


def test_stats_are_kept_until_the_index_changes(web_index: Path, tmp_path: Path) -> None:
    path = tmp_path / "index"
    shutil.copytree(web_index, path)
    with open_index(path) as ix:
        first = ix.stats(top=2)
        assert ix.stats(top=2) is first  # not counted again
        assert ix.stats(top=3) is not first
        late = article("late", D(2025, 6, 9), "", title="Late")
        index_passages([(late, [Passage("late", 0, "A zeppelin landed.")])], index=path)
        assert ix.stats(top=2).articles == first.articles + 1


# ------------------------------------------------------------------ facet counts = their clicks

REAGAN = [
    (
        article(f"r{n}", D(1987, 1, n + 1), "", title=f"Budget {n}"),
        [Passage(f"r{n}", 0, f"The budget plan, part {n}.", persons=(name,))],
    )
    for n, name in enumerate(
        ["Reagan", "Reagan", "Ronald Reagan", "Ronald Reagan", "Nancy Reagan", "James Baker"]
    )
]


@pytest.mark.parametrize("query", ["q=budget", "q=budget&person=Reagan", "person=Baker"])
def test_a_facet_count_is_what_clicking_it_finds(tmp_path: Path, query: str) -> None:
    """A person filter matches other spellings ("Reagan" finds "Ronald Reagan"), and a click
    replaces the kind's filter: each count must be the total of the search the click runs."""
    index_passages(REAGAN, index=tmp_path / "index")
    app = create_app(tmp_path / "index")
    try:
        facets = call(app, "/api/facets", query).json()
        assert facets["persons"]
        params = dict(pair.split("=") for pair in query.split("&"))
        for row in facets["persons"]:
            clicked = urlencode({**params, "person": row["name"]})
            assert row["count"] == call(app, "/api/search", clicked).json()["total"], row
        assert [r["count"] for r in facets["persons"]] == sorted(
            (r["count"] for r in facets["persons"]), reverse=True
        )
        # The start page lists the stats' names: counted the same way.
        for name, count in call(app, "/api/stats", "top=10").json()["top_persons"]:
            assert count == call(app, "/api/search", urlencode({"person": name})).json()["total"]
    finally:
        app.close()


# ----------------------------------------------------------------------- what visitors are told


def test_errors_show_no_server_path_or_command(
    app: NewsApp, web_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def gone(self: NewsIndex, *args: object, **kwargs: object) -> None:
        raise IndexNotFoundError(self.path, "index folder is empty")

    monkeypatch.setattr(NewsIndex, "search", gone)
    response = call(app, "/api/search", "q=oil")
    assert response.code == 503
    assert response.json() == {"error": UNAVAILABLE}
    assert str(web_index) in response.log  # the operator still learns why
    for path in ("/api/search", "/api/articles/nope", "/api/stats"):
        text = call(app, path, "q=oil").body.decode()
        assert str(web_index) not in text and "`newsindex" not in text, path


# -------------------------------------------------------------------------------- query budget


def test_a_long_query_is_cut_with_a_note(app: NewsApp) -> None:
    words = " ".join(["tariffs", *(f"w{n}" for n in range(1, 1_200))])
    for route in ("/api/search", "/api/facets"):
        body = call(app, route, urlencode({"q": words})).json()
        assert f"a long query: searched its first {QUERY_WORDS} of 1,200 words" in body["notes"]
    assert call(app, "/api/search", urlencode({"q": words})).json()["total"] == 3
    assert not any("long query" in n for n in call(app, "/api/facets", "q=tariffs").json()["notes"])


def test_a_cut_leaves_no_quote_or_range_open() -> None:
    text = " ".join(["w"] * (QUERY_WORDS - 1) + ['"trade', 'deal"'])
    kept, note = within_budget(text)
    assert note is not None and kept.count('"') == 0 and kept.split() == ["w"] * (QUERY_WORDS - 1)
    ranged = " ".join(["w"] * (QUERY_WORDS - 1) + ["date:[2025-01-01", "TO", "2025-02-01]"])
    assert "[" not in within_budget(ranged)[0]
    assert within_budget("x" * 5_000)[0] == "x" * QUERY_CHARACTERS
    assert within_budget("tariffs steel") == ("tariffs steel", None)


# ----------------------------------------------------------------------------- lifecycle, hosts


def test_the_open_app_sees_later_commits(web_index: Path, tmp_path: Path) -> None:
    path = tmp_path / "index"
    shutil.copytree(web_index, path)  # its own copy: the test writes to it
    app = create_app(path)
    try:
        assert call(app, "/api/search", "q=zeppelin").json()["total"] == 0
        late = article("late", D(2025, 6, 9), "", title="Late")
        index_passages([(late, [Passage("late", 0, "A zeppelin landed.")])], index=path)
        assert ids(call(app, "/api/search", "q=zeppelin").json()) == ["late#0"]
    finally:
        app.close()


def test_missing_index_fails_at_creation(tmp_path: Path) -> None:
    with pytest.raises(IndexNotFoundError):
        create_app(tmp_path / "none")


def test_host_check_rejects_rebinding(web_index: Path) -> None:
    app = create_app(web_index, allowed_hosts={"127.0.0.1", "localhost"})
    try:
        assert call(app, "/", host="127.0.0.1:8000").code == 200
        assert call(app, "/", host="localhost").code == 200
        evil = call(app, "/api/stats", host="evil.example:8000")
        assert evil.code == 400
        assert "unexpected Host header" in evil.json()["error"]
    finally:
        app.close()


def test_unexpected_errors_are_500_json_and_logged(
    app: NewsApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(NewsIndex, "search", broken)
    response = call(app, "/api/search", "q=x")
    assert response.code == 500
    assert response.json() == {"error": "internal error; see server log"}
    assert "RuntimeError: boom" in response.log


# -------------------------------------------------------------------------------- real server


@contextlib.contextmanager
def running(app: NewsApp, threads: int = 4) -> Iterator[str]:
    server = make_app_server(app, host="127.0.0.1", port=0, threads=threads)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)
        assert not thread.is_alive()


@pytest.fixture
def server_url(app: NewsApp) -> Iterator[str]:
    with running(app) as url:
        yield url


def fetch(url: str) -> tuple[int, Any]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_threaded_server_answers_concurrent_requests(server_url: str) -> None:
    queries = ["q=tariffs", "person=Trump", "q=oil", "org=Bank+of+Canada"] * 5
    expected = {"q=tariffs": 3, "person=Trump": 3, "q=oil": 2, "org=Bank+of+Canada": 1}
    results: list[tuple[str, int, Any]] = []

    def worker(q: str) -> None:
        code, body = fetch(f"{server_url}/api/search?{q}")
        results.append((q, code, body))

    threads = [threading.Thread(target=worker, args=(q,)) for q in queries]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert len(results) == len(queries)
    for q, code, body in results:
        assert code == 200, body
        assert body["total"] == expected[q]
    code, body = fetch(f"{server_url}/api/articles/{quote(ODD_ID, safe='')}")
    assert code == 200 and body["id"] == ODD_ID
    code, body = fetch(f"{server_url}/api/search?limit=x&q=a")
    assert code == 400 and "limit" in body["error"]


def test_a_slow_query_does_not_hold_up_a_quick_one(
    web_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each request has its own index handle: a quick search is answered while a slow one is
    still running (no lock shared between them), as fast as when it runs alone."""
    slow_started, release = threading.Event(), threading.Event()
    search = NewsIndex.search

    def held(self: NewsIndex, query: str = "", **kwargs: Any) -> Any:
        if query == "slow":
            slow_started.set()
            release.wait(60)
        return search(self, query, **kwargs)

    monkeypatch.setattr(NewsIndex, "search", held)
    app = create_app(web_index, threads=2)
    try:
        with running(app, threads=2) as url:
            alone = min(timed(f"{url}/api/search?q=tariffs") for _ in range(5))
            slow = threading.Thread(target=fetch, args=(f"{url}/api/search?q=slow",))
            slow.start()
            assert slow_started.wait(30)
            beside = [timed(f"{url}/api/search?q=tariffs") for _ in range(5)]
            assert slow.is_alive()  # every quick answer came while the slow one was held
            release.set()
            slow.join(30)
        assert min(beside) <= 10 * alone
    finally:
        release.set()
        app.close()


def test_long_queries_take_turns_and_quick_ones_pass(
    web_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One long query runs and one waits; the next is turned away at once (503), and quick
    queries are answered all along."""
    running_long, release = threading.Event(), threading.Event()
    search = NewsIndex.search

    def held(self: NewsIndex, query: str = "", **kwargs: Any) -> Any:
        if query.startswith("hold"):
            running_long.set()
            release.wait(60)
        return search(self, query, **kwargs)

    monkeypatch.setattr(NewsIndex, "search", held)
    long = urlencode({"q": "hold tariffs " + " ".join(f"w{n}" for n in range(LONG_QUERY))})
    app = create_app(web_index, threads=4)
    answers: list[tuple[int, Any]] = []
    try:
        with running(app, threads=4) as url:
            first = threading.Thread(
                target=lambda: answers.append(fetch(f"{url}/api/search?{long}"))
            )
            first.start()
            assert running_long.wait(30)
            second = threading.Thread(
                target=lambda: answers.append(fetch(f"{url}/api/search?{long}"))
            )
            second.start()
            for _ in range(100):  # until the second is waiting for its turn
                if app._turns._waiting:
                    break
                time.sleep(0.05)
            code, body = fetch(f"{url}/api/search?{long}")
            assert code == 503 and body["error"] == BUSY
            assert fetch(f"{url}/api/search?q=tariffs")[1]["total"] == 3
            release.set()
            first.join(30)
            second.join(30)
        assert [code for code, _ in answers] == [200, 200]
    finally:
        release.set()
        app.close()


def test_long_queries_keep_to_their_share_of_the_time() -> None:
    """After a long query of t seconds the next one rests while quick ones run, so long queries
    take at most LONG_SHARE of the server's time (a fake clock: no timing)."""
    now = [100.0]
    rests: list[float] = []

    def sleep(seconds: float) -> None:
        rests.append(seconds)
        now[0] += seconds

    turns = _Turns(1, clock=lambda: now[0], sleep=sleep)
    with turns.take():
        now[0] += 3.0  # a long query of 3 s
    now[0] += 1.0  # a quiet second
    with turns.take():  # nothing quick is running: no rest
        now[0] += 3.0
    assert rests == []
    with turns.quick(), turns.take():
        pass
    assert sum(rests) == pytest.approx(3.0 * (1 / LONG_SHARE - 1))


def test_handles_answer_side_by_side_as_one_answers_alone(web_index: Path) -> None:
    """Many threads searching at once, each on its own handle, get what one search gets (the
    stemmer was shared, and two threads stemming at once garbled each other's words)."""
    suffixes = ("ing", "ations", "ness", "ement", "ively", "ities")

    def query(seed: int) -> str:
        # Words never seen before, so every request stems afresh (stems are cached).
        unseen = [f"zq{seed}x{n}{suffixes[n % 6]}" for n in range(LONG_QUERY - 2)]
        return urlencode({"q": " ".join(["tariffs", "rates", *unseen])})

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns often: a race shows within the test
    app = create_app(web_index, threads=8)
    try:
        alone = call(app, "/api/search", query(10_000)).json()["total"]
        failures: list[str] = []

        def worker(thread: int) -> None:
            for n in range(40):  # quick queries (long ones take turns)
                response = call(app, "/api/search", query(100 * thread + n))
                if response.code != 200 or response.json()["total"] != alone:
                    failures.append(response.log or response.body.decode())

        threads = [threading.Thread(target=worker, args=(t,)) for t in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert not failures, failures[0]
    finally:
        sys.setswitchinterval(interval)
        app.close()


def timed(url: str) -> float:
    started = time.perf_counter()
    code, body = fetch(url)
    assert code == 200 and body["total"] == 3
    return time.perf_counter() - started


def test_serve_reports_a_busy_port(web_index: Path, app: NewsApp) -> None:
    busy = make_app_server(app, host="127.0.0.1", port=0)
    try:
        with pytest.raises(NewsindexError, match=re.escape("cannot listen on 127.0.0.1")):
            serve(web_index, host="127.0.0.1", port=busy.server_port)
    finally:
        busy.server_close()


def test_shutdown_after_the_loop_lost_its_wake_up_pipe_still_frees_the_port(app: NewsApp) -> None:
    """waitress can stop its loop with its trigger closed (its issue 468): shutdown must not
    raise then, and must close the listening socket."""
    server = make_app_server(app, host="127.0.0.1", port=0)
    port = server.server_port
    server._server.trigger.close()
    server.shutdown()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", port))
