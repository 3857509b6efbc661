"""End to end: the search page in a real headless Chromium, driven by Selenium.

Uses Debian's ``chromium`` and ``chromium-driver`` (``make browser`` installs them). Skipped, with
the reason, only when they are absent; set NEWSINDEX_REQUIRE_BROWSER=1 to fail instead. Set
NEWSINDEX_SCREENSHOTS=docs to keep the screenshots it takes (``screenshot-400.png``, a phone,
and ``screenshot-1280.png``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest
from support import ARTICLES, article

from newsindex import DateSpan, Passage, index_passages
from newsindex.web import create_app, make_app_server

D = dt.date
SCRIPT = "<script>alert(1)</script>"
IMG = '<img src=x onerror="document.title=1">'
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,1000",
)


# Hand-made passages (no NLP): a small trade story over six months, plus hostile markup.
STORY = [
    (
        article("t1", D(2025, 1, 14), "", title="Steel tariffs announced"),
        [
            Passage(
                "t1",
                0,
                "Washington announced tariffs of 25 percent on imported steel from March 12.",
                places=("Washington",),
                labels={"desk": ("trade",)},
                mentions=(
                    DateSpan(D(2025, 3, 12), D(2025, 3, 12), "March 12"),
                    DateSpan(D(2025, 1, 14), D(2025, 1, 14), "today"),
                    DateSpan(D(2025, 3, 12), D(2025, 3, 12), "that day"),
                ),
            ),
            Passage(
                "t1",
                1,
                "“This protects our workers,” Donald Trump said at the White House.",
                persons=("Donald Trump",),
                speakers=("Donald Trump",),
                orgs=("White House",),
            ),
        ],
    ),
    (
        article("t2", D(2025, 2, 3), "", title="Ottawa answers with counter-tariffs"),
        [
            Passage(
                "t2",
                0,
                "Canada will impose counter-tariffs on American goods, Mark Carney said.",
                persons=("Mark Carney",),
                speakers=("Mark Carney",),
                places=("Canada",),
            ),
            Passage(
                "t2",
                1,
                "Steel producers in Hamilton warned that tariffs could cost jobs.",
                places=("Hamilton",),
                labels={"desk": ("trade", "jobs")},
            ),
        ],
    ),
    (
        article("t3", D(2025, 2, 20), "", title="Ports brace for slower trade"),
        [
            Passage(
                "t3",
                0,
                "Port operators in Rotterdam expect tariffs to slow container traffic.",
                places=("Rotterdam",),
                labels={"desk": ("ports",)},
            ),
            Passage(
                "t3",
                1,
                "The European Commission is studying its options, Maria Lindqvist said.",
                persons=("Maria Lindqvist",),
                speakers=("Maria Lindqvist",),
                orgs=("European Commission",),
            ),
        ],
    ),
    (
        article("t4", D(2025, 4, 11), "", title="Carney and Trump to meet"),
        [
            Passage(
                "t4",
                0,
                "Mark Carney will meet Donald Trump to discuss tariffs and energy.",
                persons=("Mark Carney", "Donald Trump"),
            ),
            Passage(
                "t4",
                1,
                "Pierre Poilievre urged a firm line on steel tariffs.",
                persons=("Pierre Poilievre",),
                orgs=("Conservative Party",),
            ),
        ],
    ),
    (
        article("x1", D(2025, 5, 20), "", title=f"Hostile {SCRIPT} headline {IMG}"),
        [
            Passage(
                "x1",
                0,
                f"Tariffs & duties: a reader typed {SCRIPT} into the form.",
                persons=("Mark Carney",),
            ),
        ],
    ),
    (
        article("t5", D(2025, 6, 2), "", title="Trump doubles down"),
        [
            # The surname alone: a person facet "Trump" and a click on it must agree.
            Passage("t5", 0, "Trump said the tariffs would stay.", persons=("Trump",)),
            *(
                Passage("t5", n, f"Steel item {n}: mills in region {n} cut output.")
                for n in range(1, 13)
            ),
        ],
    ),
]
STORY.append(
    (
        # Months of matches make a wide histogram; an address is one long unbreakable word.
        article("t6", D(2025, 12, 1), "", title="A year of steel tariffs"),
        [
            Passage(
                "t6",
                0,
                "Steel, a year on: https://example.org/news/2025/12/01/"
                "tariffs-a-year-on-what-changed-for-steel-aluminium-and-lumber",
            )
        ],
    )
)
STORY.append(
    (
        article("t7", D(2025, 12, 2), "", title="Dredging halted"),
        [
            Passage(
                "t7",
                0,
                "Dredging stopped at the Halden quay, the Port of Halden said.",
                orgs=("Port of Halden",),
                places=("Halden",),
                org_speakers=("Port of Halden",),
            )
        ],
    )
)
PHONE = {"width": 400, "height": 860, "deviceScaleFactor": 1, "mobile": True}


def _unavailable(reason: str) -> None:
    if os.environ.get("NEWSINDEX_REQUIRE_BROWSER") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def _browser() -> tuple[str, str]:
    try:
        import selenium  # noqa: F401
    except ImportError:
        _unavailable("selenium is not installed: pip install -e '.[dev]'")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not chromium or not driver:
        _unavailable(
            "no chromium and chromedriver on PATH; `make browser` installs Debian's chromium "
            "and chromium-driver (needs root and apt-get)"
        )
    assert chromium and driver
    return chromium, driver


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    path = tmp_path / "index"
    index_passages([*ARTICLES, *STORY], index=path)
    app = create_app(path, allowed_hosts={"127.0.0.1"})
    server = make_app_server(app, host="127.0.0.1", port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        thread.join(timeout=10)
        app.close()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    chromium, chromedriver = _browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (*FLAGS, f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(chromedriver), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def api(site: str, route: str, **params: str) -> Any:
    with urllib.request.urlopen(f"{site}api/{route}?{urlencode(params)}", timeout=10) as r:
        return json.loads(r.read())


def summary_of(driver: Any) -> str:
    """The results' summary line as shown ("3 passages · showing 1–3")."""
    return str(driver.execute_script("return document.getElementById('summary').textContent"))


def hit_ids(driver: Any) -> list[str]:
    """The ids of the hits shown, read in one step (the list is replaced while it renders)."""
    script = "return [...document.querySelectorAll('#hits > li')].map((li) => li.dataset.id);"
    return list(driver.execute_script(script))


def test_search_facet_click_and_article_view(site: str, browser: Any, tmp_path: Path) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 20)
    browser.get(site)
    wait.until(lambda d: "articles" in d.find_element(By.ID, "stats").text)
    stats = api(site, "stats")
    counts = f"{stats['articles']} articles, {stats['passages']} passages"
    assert counts in browser.find_element(By.ID, "stats").text

    # Type a query: the hits are the API's hits, in order, with highlighted words.
    box = browser.find_element(By.ID, "q")
    box.send_keys("tariffs", Keys.ENTER)
    expected = api(site, "search", q="tariffs", limit="10", context="1")
    assert expected["total"] >= 5  # enough hits that the comparison means something
    wait.until(lambda d: hit_ids(d) == [h["id"] for h in expected["hits"]])
    assert f"{expected['total']} passages" in browser.find_element(By.ID, "summary").text
    marks = browser.find_elements(By.CSS_SELECTOR, "#hits .snippet mark")
    assert marks and all(m.text.lower().startswith("tariff") for m in marks)
    assert browser.find_element(By.ID, "histogram").is_displayed()

    # Hostile markup from the archive shows as text and runs nothing.
    hostile = browser.find_element(By.CSS_SELECTOR, '#hits > li[data-id="x1#0"]')
    assert SCRIPT in hostile.find_element(By.CSS_SELECTOR, ".snippet").text
    assert IMG in hostile.find_element(By.CSS_SELECTOR, ".title").text
    assert not browser.find_elements(By.CSS_SELECTOR, "#hits script, #hits img")
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.accept()
    assert browser.title == "newsindex"

    # Wide: the facets stand beside the results, unfolded, and nothing overflows.
    assert not overflow(browser)
    facet = browser.find_element(By.CSS_SELECTOR, ".facet-item")
    first_hit = browser.find_element(By.CSS_SELECTOR, "#hits > li")
    assert facet.is_displayed() and facet.rect["x"] < first_hit.rect["x"]
    assert not browser.find_element(By.CSS_SELECTOR, "#facets-fold > summary").is_displayed()
    screenshot(browser, tmp_path, "screenshot-1280.png")

    # Click a person facet: the hits narrow to passages naming that person.
    carney = wait.until(
        ec.element_to_be_clickable(
            (By.CSS_SELECTOR, '.facet[data-field="person"] button[data-name="Mark Carney"]')
        )
    )
    facet_count = int(carney.find_element(By.CSS_SELECTOR, ".facet-count").text)
    carney.click()
    narrowed = api(site, "search", q="tariffs", person="Mark Carney", limit="10", context="1")
    assert narrowed["total"] == facet_count
    wait.until(lambda d: hit_ids(d) == [h["id"] for h in narrowed["hits"]])
    for hit in browser.find_elements(By.CSS_SELECTOR, "#hits > li"):
        names = [t.text for t in hit.find_elements(By.CSS_SELECTOR, ".tag")]
        assert "Mark Carney" in names
    assert "person: Mark Carney" in browser.find_element(By.ID, "chips").text
    assert "person=Mark+Carney" in browser.current_url
    wait.until(
        lambda d: (
            "active"
            in d.find_element(
                By.CSS_SELECTOR, '.facet[data-field="person"] button[data-name="Mark Carney"]'
            ).get_attribute("class")
        )
    )

    # Open the article of the first hit: its passages, with the hit's passage marked.
    first = narrowed["hits"][0]
    browser.find_element(By.CSS_SELECTOR, "#hits > li .title").click()
    view = wait.until(ec.visibility_of_element_located((By.ID, "article")))
    wait.until(lambda d: d.find_element(By.ID, "article-title").text == first["title"])
    current = view.find_element(By.CSS_SELECTOR, ".passage.current")
    assert current.get_attribute("data-position") == str(first["position"])
    assert first["text"] in current.text
    browser.find_element(By.ID, "article-close").click()
    wait.until(ec.invisibility_of_element_located((By.ID, "article")))

    # The chip removes the filter again.
    browser.find_element(By.CSS_SELECTOR, "#chips .chip").click()
    wait.until(lambda d: hit_ids(d) == [h["id"] for h in expected["hits"]])
    assert "person" not in browser.current_url

    # A hit's mentioned date is a tag too: a click filters by that day or range.
    date_tag = browser.find_element(By.CSS_SELECTOR, "#hits .tag.date")
    mentioned = date_tag.text.replace(" – ", "..")
    date_tag.click()
    by_date = api(site, "search", q="tariffs", mentions=mentioned, limit="10", context="1")
    assert by_date["total"] >= 1
    wait.until(lambda d: hit_ids(d) == [h["id"] for h in by_date["hits"]])
    assert f"mentions: {mentioned}" in browser.find_element(By.ID, "chips").text


def test_api_errors_show_on_the_page(site: str, browser: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 20)
    browser.get(site + "#q=tariffs")
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".facet-item"))
    browser.get(site + '#q="unclosed')
    error = wait.until(lambda d: d.find_element(By.ID, "error").text or False)
    assert "unclosed quote" in error
    assert not browser.find_elements(By.CSS_SELECTOR, "#hits > li")
    # The facets of the search before are gone with its results.
    assert not browser.find_elements(By.CSS_SELECTOR, ".facet-item")
    assert not browser.find_element(By.ID, "histogram").is_displayed()

    browser.get(site + "#q=oil&article=nope&at=0")
    error = wait.until(lambda d: d.find_element(By.ID, "error").text or False)
    assert error == "no article 'nope' in this archive"  # no server path, no CLI advice
    assert not browser.find_element(By.ID, "article").is_displayed()


def test_an_address_with_a_query_string_opens_its_search(site: str, browser: Any) -> None:
    """ "/?q=steel&person=..." as a user types it, or a form without the page's script sends
    it: the same search as "#q=steel...", and the address becomes that one."""
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 20)
    expected = [h["id"] for h in api(site, "search", q="steel", context="1")["hits"]]
    browser.get(site + "?q=steel")
    wait.until(lambda d: hit_ids(d) == expected)
    assert browser.current_url == site + "#q=steel"


def test_a_facet_opens_as_many_passages_as_it_counts(site: str, browser: Any) -> None:
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 20)
    shown = (
        "return [...document.querySelectorAll('.facet[data-field=\"person\"] .facet-item')]"
        ".map((b) => [b.dataset.name, +b.querySelector('.facet-count').textContent]);"
    )
    persons = [
        [f["name"], f["count"]] for f in api(site, "facets", q="tariffs", top="12")["persons"]
    ]
    # "Trump" written alone once: the surname finds Donald Trump too, and his full name the
    # surname alone, so they are one row
    assert ["Donald Trump", 3] in persons and not any(n == "Trump" for n, _ in persons)
    start = api(site, "stats", top="10")["top_persons"]
    assert ["Donald Trump", 5] in start  # the start page's list, from the stats
    for page, name, count in [
        *(("#q=tariffs", n, c) for n, c in persons),
        *(("#", n, c) for n, c in start),
    ]:
        expected = persons if page == "#q=tariffs" else start
        browser.get(site + page)
        wait.until(lambda d, e=expected: d.execute_script(shown) == e)
        browser.find_element(
            By.CSS_SELECTOR, f'.facet[data-field="person"] button[data-name="{name}"]'
        ).click()
        wait.until(lambda d, n=name: f"person: {n}" in d.find_element(By.ID, "chips").text)
        wait.until(lambda d: hit_ids(d))
        # The previous page's summary may still show on a loaded machine: give the new one time.
        with contextlib.suppress(TimeoutException):
            wait.until(lambda d, c=count: summary_of(d).startswith(f"{c} passage"))
        summary = summary_of(browser)
        assert summary.startswith(f"{count} passage"), (name, count, summary)


def test_an_archive_s_labels_are_facets_a_click_filters_by(site: str, browser: Any) -> None:
    """The API counted the labels (``--label desk=ports``), but the page showed none."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 20)
    shown = (
        "return [...document.querySelectorAll('.facet[data-label=\"desk\"] .facet-item')]"
        ".map((b) => [b.dataset.name, +b.querySelector('.facet-count').textContent]);"
    )
    desk = [[f["name"], f["count"]] for f in api(site, "facets", q="tariffs")["labels"]["desk"]]
    assert desk == [["trade", 2], ["jobs", 1], ["ports", 1]]
    browser.get(site + "#q=tariffs")
    wait.until(lambda d: d.execute_script(shown) == desk)
    for name, hits in (("trade", {"t1#0", "t2#1"}), ("jobs", {"t2#1"})):  # each must hold
        browser.find_element(
            By.CSS_SELECTOR, f'.facet[data-label="desk"] button[data-name="{name}"]'
        ).click()
        wait.until(lambda d, n=name: f"desk: {n}" in d.find_element(By.ID, "chips").text)
        wait.until(lambda d, h=hits: set(hit_ids(d)) == h)
    assert "label=desk%3Dtrade&label=desk%3Djobs" in browser.current_url
    browser.find_element(By.CSS_SELECTOR, "#chips .chip").click()  # trade off: jobs alone
    wait.until(lambda d: d.find_element(By.ID, "chips").text.strip() == "desk: jobs ×")
    active = '.facet[data-label="desk"] .active'
    wait.until(
        lambda d: d.find_element(By.CSS_SELECTOR, active).get_attribute("data-name") == "jobs"
    )
    browser.find_element(By.CSS_SELECTOR, active).click()  # and off again
    wait.until(lambda d: d.find_element(By.ID, "chips").text.strip() == "")
    wait.until(lambda d: d.execute_script(shown) == desk)


def test_the_start_page_lists_the_archive_s_labels(site: str, browser: Any) -> None:
    """Labels showed only once a search was made: the start page lists names from
    /api/stats, which now counts each label's values too."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 20)
    shown = (
        "return [...document.querySelectorAll('.facet[data-label=\"desk\"] .facet-item')]"
        ".map((b) => [b.dataset.name, +b.querySelector('.facet-count').textContent]);"
    )
    browser.get(site)
    assert api(site, "stats")["top_labels"]["desk"] == [["trade", 2], ["jobs", 1], ["ports", 1]]
    wait.until(lambda d: d.execute_script(shown) == [["trade", 2], ["jobs", 1], ["ports", 1]])
    browser.find_element(By.CSS_SELECTOR, '.facet[data-label="desk"] [data-name="trade"]').click()
    wait.until(lambda d: set(hit_ids(d)) == {"t1#0", "t2#1"})
    assert "label=desk%3Dtrade" in browser.current_url


def test_on_a_phone_the_results_come_first(site: str, browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 20)
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    browser.get(site + "#q=steel")  # twelve months of bars, and a long address
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#hits > li"))
    wait.until(lambda d: d.find_element(By.ID, "histogram").is_displayed())
    assert len(browser.find_elements(By.CSS_SELECTOR, ".bars .hbar")) == 12
    # The page fits the phone (else the phone zooms out: a wider window, text cut off).
    assert browser.execute_script("return window.innerWidth") == 400
    assert not overflow(browser)
    # The facets are folded behind one control above the results; no facet row shows.
    fold = browser.find_element(By.CSS_SELECTOR, "#facets-fold > summary")
    first_hit = browser.find_element(By.CSS_SELECTOR, "#hits > li")
    assert fold.is_displayed() and fold.rect["height"] < 60
    assert first_hit.rect["y"] < 860  # on the first screen
    assert not any(f.is_displayed() for f in browser.find_elements(By.CSS_SELECTOR, ".facet-item"))
    screenshot(browser, tmp_path, "screenshot-400.png")
    fold.click()
    wait.until(lambda d: d.find_element(By.CSS_SELECTOR, ".facet-item").is_displayed())
    assert not overflow(browser)
    # A facet picked: the fold closes on the narrowed results.
    browser.find_element(By.CSS_SELECTOR, '.facet[data-field="person"] .facet-item').click()
    wait.until(lambda d: "person: " in d.find_element(By.ID, "chips").text)
    assert not browser.find_element(By.CSS_SELECTOR, ".facet-item").is_displayed()
    # An article opened on a phone fits it too. The chips show the filter before the narrowed
    # hits replace the list, so a title found in between may go stale: find it again.
    from selenium.common.exceptions import StaleElementReferenceException

    retry = WebDriverWait(browser, 20, ignored_exceptions=(StaleElementReferenceException,))
    retry.until(lambda d: d.find_element(By.CSS_SELECTOR, "#hits > li .title").click() is None)
    wait.until(lambda d: d.find_element(By.ID, "article").is_displayed())
    assert not overflow(browser, "#article")


def test_next_page_shows_its_first_result(site: str, browser: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 20)
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    browser.get(site + "#q=steel")
    first_page = [h["id"] for h in api(site, "search", q="steel", context="1")["hits"]]
    assert api(site, "search", q="steel")["pages"] == 2
    wait.until(lambda d: hit_ids(d) == first_page)
    browser.execute_script("window.scrollTo(0, document.body.scrollHeight)")
    assert browser.execute_script("return window.scrollY") > 0
    next_button = browser.find_elements(By.CSS_SELECTOR, "#pager button")[-1]
    assert next_button.text == "Next →"
    next_button.click()
    wait.until(lambda d: hit_ids(d) and hit_ids(d) != first_page)
    top = browser.execute_script(
        "return document.getElementById('results').getBoundingClientRect().top"
    )
    assert -1 <= top < 100, top  # the results' top is at the top of the window


def overflow(driver: Any, selector: str = "html") -> bool:
    """Whether anything sticks out sideways (the page scrolls horizontally)."""
    script = "const e = document.querySelector(arguments[0]); return e.scrollWidth > e.clientWidth;"
    return bool(driver.execute_script(script, selector))


def screenshot(driver: Any, tmp_path: Path, name: str) -> None:
    """Take a screenshot; keep it in $NEWSINDEX_SCREENSHOTS when that is set."""
    target = tmp_path / name
    driver.save_screenshot(str(target))
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("NEWSINDEX_SCREENSHOTS"):
        shutil.copyfile(target, Path(os.environ["NEWSINDEX_SCREENSHOTS"]) / name)


def test_partial_matches_follow_under_their_heading(site: str, browser: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    body = api(site, "search", q="tariffs steel", limit="10", context="1")
    assert body["hits"] and body["partial"]  # the fixture has passages with one word or both
    listed = [h["id"] for h in body["hits"] + body["partial"]]
    browser.get(site + "#q=tariffs%20steel")
    WebDriverWait(browser, 20).until(lambda d: hit_ids(d) == listed)
    heads = browser.find_elements(By.CSS_SELECTOR, "#hits .partial-head")
    assert len(heads) == 1
    assert (
        heads[0].text == f"Passages with some of the words but not all ({body['partial_total']}):"
    )
    first_partial = browser.find_elements(By.CSS_SELECTOR, "#hits li.hit")[len(body["hits"])]
    assert first_partial.find_elements(By.CSS_SELECTOR, ".partial-head") == [heads[0]]
    summary = browser.find_element(By.ID, "summary").text
    assert f"with every word, {body['partial_total']} with some" in summary


def test_a_hits_dates_are_tags_once_each_in_calendar_order(site: str, browser: Any) -> None:
    """A passage naming a day twice ("today (Wednesday)") showed its tag twice, and the tags
    followed the text, not the calendar."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(site + "#q=" + quote('"imported steel"'))
    WebDriverWait(browser, 20).until(lambda d: hit_ids(d) == ["t1#0"])
    tags = browser.find_elements(By.CSS_SELECTOR, "#hits .tag.date")
    assert [t.text for t in tags] == ["2025-01-14", "2025-03-12"]


def test_an_article_view_names_its_labels(site: str, browser: Any) -> None:
    """The article view showed date, source, dateline and byline, but not the story's labels
    (Reuters' topics and countries), by which the page's facets filter."""
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(site + "#q=tariffs&article=t2&at=1")
    meta = "return document.getElementById('article-meta').textContent"
    WebDriverWait(browser, 20).until(lambda d: "desk: trade, jobs" in d.execute_script(meta))


def test_a_quoted_organisation_is_one_tag_marked_as_quoted(site: str, browser: Any) -> None:
    """Reuters' "Saudi Arabia, the world's biggest oil exporter, has asked ..." showed its
    quoted body as a plain black tag, beside its place tag of the same name: a quoted
    organisation's tag had no style, and only a quoted person was shown once, as quoted."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(site + "#q=dredging")
    WebDriverWait(browser, 20).until(lambda d: hit_ids(d) == ["t7#0"])
    tags = browser.find_elements(By.CSS_SELECTOR, "#hits .tag")
    shown = [(t.get_attribute("class"), t.text) for t in tags]
    assert shown == [("tag org_speaker", "Port of Halden"), ("tag place", "Halden")]
    mark = "return getComputedStyle(arguments[0], '::before').content"
    assert browser.execute_script(mark, tags[0]) == '"“ "'
