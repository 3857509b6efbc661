"""Person search on Reuters-21578, judged by Reuters' own PEOPLE codes: is a person found however
the name is written ("Reagan", "Ronald Reagan", "President Reagan", "Paul A. Volcker")?

    NLTK_DATA=.venv/nltk_data .venv/bin/python benchmarks/person_search_eval.py \\
        [--index /tmp/reuters-index] [--min-stories 3] [--json] [--shared /work/shared] \\
        [--rebuild] [--misses N]

The index is built from ``SHARED/corpora/reuters21578`` with the public API
(``newsindex.index_paths``) only when ``--index`` holds none (or with ``--rebuild``); it takes
about a minute on two cores, so keep it and pass the same ``--index`` again.

Ground truth comes from the SGML alone (this script parses NEWID, PEOPLE and BODY itself and
uses no newsindex internals). For each PEOPLE code (``reagan``, ``james-baker``, ``de-clercq``,
``leigh-pemberton``, ``zhao-ziyang``):

* the surname is read off the code and the tagged stories: particles (de, von, du, la...) stay
  with the word after them, parts the text always writes together become one unit
  ("Leigh-Pemberton", "Cavaco Silva"), and of the remaining units the one named in most tagged
  stories is the surname (ties: the last), so ``james-baker`` gives "Baker" and ``zhao-ziyang``
  gives "Zhao";
* **relevance rule**: a story is relevant to a code when Reuters tagged it with the code *and*
  its body names the surname (case-insensitive, particles and hyphens or spaces between parts
  allowed; a particle is optional when the tagged stories also write the bare word, as with
  "Weizsaecker"). Stories are identified by article id ``reuters-NEWID``.

Four queries are derived per code from the relevant stories' text, by looking at the
capitalised words right before a surname mention (read right to left: initials and name-like
words are given names, title words or common lower-case words form the title):

* ``surname``: the surname as usually written ("Reagan", "de Clercq");
* ``full``: the most frequent "given names + surname" without initials ("Ronald Reagan"); given
  parts of the code must be present ("James" for ``james-baker``); for a surname-first code the
  code's parts as written ("Zhao Ziyang");
* ``title``: the most frequent title + surname ("President Reagan", "Treasury Secretary Baker");
* ``initial``: the most frequent full name with an initial ("Paul A. Volcker").

A form with no occurrence in the text is left out (shown as "-"). **Recall** of a query is the
fraction of the code's relevant stories with at least one passage among
``ix.search("", person=QUERY, limit=10000, collapse=False, snippets=False)`` (paged when more).
A query the library rejects (``newsindex.NewsindexError``) counts as recall 0 and is printed.

**Confusion** between codes sharing a surname (``james-baker`` / ``howard-baker``, and any other
pair found the same way): the fraction of B's relevant stories returned by A's full, title and
initial queries. B's stories tagged with A too, or whose body writes A's full or initial name,
are left out (they are about A as well).

Bars (people with at least ``--min-stories`` relevant stories): worst recall >= 0.8 and mean
recall >= 0.95 for each form; shared-surname confusion <= 10%.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import newsindex

DEFAULT_SHARED = Path("/work/shared")
DEFAULT_INDEX = Path("/tmp/reuters-index")
FORMS = ("surname", "full", "title", "initial")
WORST_BAR = 0.8
MEAN_BAR = 0.95
CONFUSION_BAR = 0.10
PAGE = 10_000
"""The library's largest page (``limit``); longer result lists are read with ``offset``."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PARTICLES = _words("de du del della dei di da do dos das von van der den ter ten le la les st")
CONNECTORS = _words("of the")
"""Lower-case words allowed inside a title ("Chancellor of the Exchequer")."""
TITLE_WORDS = _words(
    """
    president vice prime minister ministers premier chancellor secretary secretaries treasury
    finance trade agriculture energy commerce economy economics economic industry foreign oil
    petroleum labor labour budget chairman chairwoman chief governor deputy representative
    senator sen. rep. congressman commissioner director managing general secretary-general
    undersecretary under assistant mr mr. mrs mrs. ms dr dr. gov. gen. king queen prince
    sheikh crown emperor fed federal reserve board bank central speaker leader majority minority
    senate house white attorney ambassador executive officer council adviser advisers advisor
    spokesman party communist mayor judge justice lord sir staff office management cabinet
    state affairs monetary planning international fund world chairmen raider investor
    financier arbitrageur publisher tycoon exchequer treasurer ayatollah
    """
)
EXTRA_STOP_WORDS = _words(
    """
    yesterday today tomorrow earlier later however meanwhile also asked although both since thus
    reuters reuter when while after before under as if but and the said says told added
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december
    """
)
_STORY = re.compile(r"<REUTERS\b[^>]*\bNEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)
_PEOPLE = re.compile(r"<PEOPLE>(.*?)</PEOPLE>", re.S)
_CODE = re.compile(r"<D>(.*?)</D>")
_BODY = re.compile(r"<BODY>(.*?)(?:</BODY>|\Z)", re.S)
_WORD = re.compile(r"[A-Za-z]+")
_RUN_TOKEN = (
    r"(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?|[A-Z]\.|Mrs?\.|Dr\.|Sen\.|Rep\.|Gov\.|Gen\."
    r"|of|the)"
)
_RUN_BEFORE = re.compile(rf"(?<!\S)(?:{_RUN_TOKEN}[ \t]+)+\Z")
"""The capitalised words (and initials, "of", "the") right before a mention."""
_INITIAL = re.compile(r"[A-Z]\.")
LOOK_BACK = 90
"""Characters read before a surname mention for given names and titles."""
MAX_TITLE_WORDS = 5
COMMON_LOWER = 20
"""A capitalised word that the corpus writes in lower case this often (and more often than
capitalised) is an ordinary word: inside a title ("Planning Minister") it is part of it."""
MODIFIER = 10
"""A capitalised word written this often right before a title word ("Belgian Finance
Minister", "West German Chancellor") is a modifier, never a given name."""


# ------------------------------------------------------------------------------ the corpus


@dataclass(frozen=True, slots=True)
class Story:
    newid: int
    people: tuple[str, ...]
    body: str
    """The body with entities decoded and all white space folded to single spaces."""

    @property
    def article_id(self) -> str:
        return f"reuters-{self.newid}"


def read_stories(corpus: Path) -> list[Story]:
    """Every story with a body in the ``reut2-*.sgm`` files (latin-1, not XML)."""
    files = sorted(corpus.glob("reut2-*.sgm"))
    if not files:
        sys.exit(f"no reut2-*.sgm files in {corpus}")
    stories: list[Story] = []
    for path in files:
        text = path.read_text(encoding="latin-1")
        for match in _STORY.finditer(text):
            raw = match[2]
            people = _PEOPLE.search(raw)
            codes = tuple(_CODE.findall(people[1])) if people else ()
            body = _BODY.search(raw)
            if body is None:
                continue
            folded = " ".join(html.unescape(body[1]).split())
            if folded:
                stories.append(Story(int(match[1]), codes, folded))
    return stories


def word_counts(stories: Iterable[Story]) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Over all bodies, per lower-cased word: how often it is written in lower case, how often
    capitalised, and how often capitalised right before a title word ("Belgian Finance")."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    before_title: Counter[str] = Counter()
    for story in stories:
        previous = ""
        for word in _WORD.findall(story.body):
            key = word.lower()
            if word.islower():
                lower[key] += 1
            elif word[0].isupper() and word[1:].islower():
                upper[key] += 1
                if previous and key in TITLE_WORDS:
                    before_title[previous] += 1
                previous = key
                continue
            previous = ""
    return lower, upper, before_title


# ------------------------------------------------------------------------------ names


def unit_pattern(parts: Sequence[str], *, optional_particles: bool = False) -> str:
    """A regex for name parts written with spaces or hyphens between them (no flags)."""
    pieces: list[str] = []
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        piece = re.escape(part) + ("" if last else r"[\s-]+")
        if optional_particles and not last and part in PARTICLES:
            piece = f"(?:{piece})?"
        pieces.append(piece)
    return r"(?<!\w)" + "".join(pieces) + r"(?!\w)"


def written_forms(pattern: re.Pattern[str], stories: Iterable[Story]) -> Counter[str]:
    """The surface forms a pattern matches, all-capitals forms folded into their count only
    when nothing else is written."""
    forms: Counter[str] = Counter()
    for story in stories:
        forms.update(" ".join(m[0].split()) for m in pattern.finditer(story.body))
    return forms


def usual_form(forms: Counter[str]) -> str | None:
    mixed = Counter({f: n for f, n in forms.items() if not f.isupper()})
    best = (mixed or forms).most_common()
    if not best:
        return None
    top = best[0][1]
    # Among equally frequent forms prefer a lower-case particle ("de Clercq").
    return min((f for f, n in best if n == top), key=lambda f: (f[0].isupper(), f))


def stories_matching(pattern: re.Pattern[str], stories: Iterable[Story]) -> list[Story]:
    return [story for story in stories if pattern.search(story.body)]


def name_units(code: str, stories: Sequence[Story]) -> list[list[str]]:
    """The code's parts grouped into name units: a particle joins the word after it, and two
    neighbouring units always written together in the tagged stories become one."""
    units: list[list[str]] = []
    pending: list[str] = []
    for part in code.split("-"):
        pending.append(part)
        if part not in PARTICLES:
            units.append(pending)
            pending = []
    if pending:  # a code ending in a particle: keep it with the unit before
        if units:
            units[-1].extend(pending)
        else:
            units.append(pending)
    merged = True
    while merged and len(units) > 1:
        merged = False
        for index in range(len(units) - 1):
            left, right = units[index], units[index + 1]
            alone = [re.compile(unit_pattern(u), re.I) for u in (left, right)]
            together = re.compile(unit_pattern(left + right), re.I)
            n_left = sum(len(alone[0].findall(s.body)) for s in stories)
            n_right = sum(len(alone[1].findall(s.body)) for s in stories)
            n_both = sum(len(together.findall(s.body)) for s in stories)
            if n_both and n_both == n_left == n_right:
                units[index : index + 2] = [left + right]
                merged = True
                break
    return units


@dataclass
class Person:
    code: str
    tagged: int
    surname: str
    relevant: list[Story]
    queries: dict[str, str | None]
    counts: dict[str, int] = field(default_factory=dict)
    """How often each derived query's form occurs in the relevant stories."""


@dataclass(frozen=True, slots=True)
class Vocabulary:
    stop: frozenset[str]
    lower: Counter[str]
    upper: Counter[str]
    before_title: Counter[str]

    def is_title(self, token: str) -> bool:
        """A title word, or inside a title an ordinary word ("Planning") or "of"/"the"."""
        word = token.lower()
        if word in TITLE_WORDS or token in CONNECTORS:
            return True
        return self.lower[word] >= COMMON_LOWER and self.lower[word] >= self.upper[word]

    def ends_name(self, token: str) -> bool:
        """Read right to left, a word that cannot be a given name."""
        word = token.lower()
        return (
            word in self.stop
            or word in TITLE_WORDS
            or token in CONNECTORS
            or self.before_title[word] >= MODIFIER
        )


def read_back(before: str, vocab: Vocabulary) -> tuple[list[str], list[str]]:
    """Given names and title read right to left from the capitalised words just before a
    surname: ``"U.S. Treasury Secretary James A."`` gives (["James", "A."], ["Treasury",
    "Secretary"])."""
    run = _RUN_BEFORE.search(before)
    if run is None:
        return [], []
    tokens = run[0].split()
    given: list[str] = []
    index = len(tokens) - 1
    while index >= 0:
        token = tokens[index]
        if not _INITIAL.fullmatch(token) and vocab.ends_name(token):
            break
        given.insert(0, token)
        index -= 1
    title: list[str] = []
    while index >= 0 and len(title) < MAX_TITLE_WORDS:
        token = tokens[index]
        if _INITIAL.fullmatch(token) or not vocab.is_title(token):
            break
        if token.lower() in vocab.stop and token not in CONNECTORS:
            break
        title.insert(0, token)
        index -= 1
    cut = bool(title) and title[-1] in CONNECTORS
    # A title starts with a title word: not "the" or an ordinary word ("Unless the Boesky").
    while title and title[0].lower() not in TITLE_WORDS:
        title.pop(0)
    if cut and title:
        # A title ending in "of" was cut by a place read as a given name ("Governor of the
        # Bank of England Robin Leigh-Pemberton"): neither is usable.
        return [], []
    if cut:  # "the bid of Carl Icahn": no title
        title = []
    # Initials with no given name before them ("A. Baker" after a title) are not a name.
    if given and all(_INITIAL.fullmatch(t) for t in given):
        given = []
    return given, title


def derive_person(code: str, tagged: Sequence[Story], vocab: Vocabulary) -> Person | None:
    """The surname, relevant stories and the four query forms of one PEOPLE code."""
    units = name_units(code, tagged)
    # The surname is the unit mentioned most often: second references use it alone.
    counts = [sum(len(re.findall(unit_pattern(u), s.body, re.I)) for s in tagged) for u in units]
    if not any(counts):
        return None
    # A title in the code ("king-fahd") is not the surname while another unit is named.
    titled = [all(p in TITLE_WORDS for p in u) for u in units]
    if not all(titled) and any(n for n, t in zip(counts, titled, strict=True) if not t):
        counts = [0 if t else n for n, t in zip(counts, titled, strict=True)]
    best = max(counts)
    at = max(i for i, n in enumerate(counts) if n == best)
    unit = units[at]
    strict = re.compile(unit_pattern(unit), re.I)
    loose = re.compile(unit_pattern(unit, optional_particles=True), re.I)
    pattern = strict
    if loose.pattern != strict.pattern:
        bare = sum(len(loose.findall(s.body)) - len(strict.findall(s.body)) for s in tagged)
        if bare > 0:
            pattern = loose
    relevant = stories_matching(pattern, tagged)
    surname = usual_form(written_forms(strict, relevant)) or usual_form(
        written_forms(pattern, relevant)
    )
    if surname is None:
        return None
    # Parts of the code before the surname that are not titles must be among the given names;
    # parts after it make a surname-first name ("Zhao Ziyang").
    required = [p for u in units[:at] for p in u if p not in PARTICLES and p not in TITLE_WORDS]
    before_titles = [p for u in units[:at] for p in u if p in TITLE_WORDS]
    after = [p for u in units[at + 1 :] for p in u]
    full_names: Counter[str] = Counter()
    initials: Counter[str] = Counter()
    titles: Counter[str] = Counter()
    for story in relevant:
        body = story.body
        for mention in pattern.finditer(body):
            if not mention[0][:1].isupper() and mention[0].split()[0].lower() not in PARTICLES:
                continue  # "baker" in lower case is not the name
            given, title = read_back(
                body[max(0, mention.start() - LOOK_BACK) : mention.start()], vocab
            )
            if title:
                titles[" ".join(title)] += 1
            lowered = [g.lower().rstrip(".") for g in given]
            if given and all(r in lowered for r in required):
                name = " ".join([*given, surname])
                (initials if any(_INITIAL.fullmatch(g) for g in given) else full_names)[name] += 1
    queries: dict[str, str | None] = dict.fromkeys(FORMS)
    found: dict[str, int] = {}
    queries["surname"] = surname
    found["surname"] = sum(len(pattern.findall(s.body)) for s in relevant)
    if after:
        whole = re.compile(unit_pattern([*unit, *after]), re.I)
        form = usual_form(written_forms(whole, relevant))
        if form:
            queries["full"] = form
            found["full"] = sum(written_forms(whole, relevant).values())
    elif full_names:
        queries["full"], found["full"] = full_names.most_common(1)[0]
    if initials:
        # Words before the first initial that are not the full name's given names are noise
        # ("Miniister H. Onno Ruding").
        known = set(queries["full"].split()[:-1]) if queries["full"] else set()
        trimmed: Counter[str] = Counter()
        for name, n in initials.items():
            words = name.split()
            while words and not _INITIAL.fullmatch(words[0]) and known and words[0] not in known:
                words.pop(0)
            trimmed[" ".join(words)] += n
        queries["initial"], found["initial"] = trimmed.most_common(1)[0]
    if titles:
        best_title, found["title"] = titles.most_common(1)[0]
        queries["title"] = f"{best_title} {surname}"
    elif before_titles:  # "King Fahd" kept whole as the surname unit has no title before it
        queries["title"] = " ".join([*(p.title() for p in before_titles), surname])
        found["title"] = 0
    return Person(code, len(tagged), surname, relevant, queries, found)


def derive_people(stories: Sequence[Story], shared: Path) -> list[Person]:
    by_code: dict[str, list[Story]] = defaultdict(list)
    for story in stories:
        for code in story.people:
            by_code[code].append(story)
    stop_file = shared / "nltk_data" / "corpora" / "stopwords" / "english"
    stop = set(EXTRA_STOP_WORDS)
    if stop_file.is_file():
        stop.update(w.strip() for w in stop_file.read_text(encoding="utf-8").split())
    vocab = Vocabulary(frozenset(stop), *word_counts(stories))
    people = [derive_person(code, tagged, vocab) for code, tagged in sorted(by_code.items())]
    return [p for p in people if p is not None and p.relevant]


# ------------------------------------------------------------------------------ searching


@dataclass
class QueryResult:
    query: str
    articles: set[str]
    passages: int
    seconds: float
    error: str | None = None


def run_query(ix: newsindex.NewsIndex, query: str) -> QueryResult:
    """The article ids of every passage the person filter returns (all pages)."""
    started = time.perf_counter()
    articles: set[str] = set()
    passages = 0
    offset = 0
    try:
        while True:
            results = ix.search(
                "", person=query, limit=PAGE, offset=offset, collapse=False, snippets=False
            )
            articles.update(hit.article_id for hit in results.hits)
            passages = results.total
            offset += PAGE
            if offset >= results.total or not results.hits:
                break
    except newsindex.NewsindexError as exc:
        print(f"  ! {query!r}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return QueryResult(query, set(), 0, time.perf_counter() - started, str(exc))
    return QueryResult(query, articles, passages, time.perf_counter() - started)


class Searcher:
    """Runs each distinct query once."""

    def __init__(self, ix: newsindex.NewsIndex) -> None:
        self.ix = ix
        self.cache: dict[str, QueryResult] = {}

    def __call__(self, query: str) -> QueryResult:
        if query not in self.cache:
            self.cache[query] = run_query(self.ix, query)
        return self.cache[query]


def ensure_index(index: Path, corpus: Path, *, rebuild: bool) -> None:
    if index.is_dir() and any(index.iterdir()) and not rebuild:
        return
    print(f"building {index} from {corpus} (once; pass --index {index} next time)", file=sys.stderr)
    started = time.perf_counter()
    skipped = 0

    def on_problem(problem: object) -> None:
        nonlocal skipped
        skipped += 1

    newsindex.index_paths([corpus], index=index, rebuild=rebuild, on_problem=on_problem)
    print(
        f"built in {time.perf_counter() - started:.0f}s ({skipped} stories skipped or warned)",
        file=sys.stderr,
    )


# ------------------------------------------------------------------------------ evaluating


def person_row(person: Person, search: Searcher) -> dict[str, Any]:
    relevant = {s.article_id for s in person.relevant}
    row: dict[str, Any] = {
        "code": person.code,
        "tagged": person.tagged,
        "relevant": len(relevant),
        "queries": person.queries,
        "occurrences": person.counts,
        "recall": {},
        "missed": {},
        "errors": {},
    }
    for form in FORMS:
        query = person.queries[form]
        if query is None:
            row["recall"][form] = None
            continue
        result = search(query)
        found = relevant & result.articles
        row["recall"][form] = len(found) / len(relevant)
        row["missed"][form] = sorted(relevant - found, key=lambda a: int(a.split("-")[1]))
        if result.error:
            row["errors"][form] = result.error
    return row


def summary(rows: Sequence[dict[str, Any]], min_stories: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for form in FORMS:
        scored = [
            (r["recall"][form], r["code"])
            for r in rows
            if r["relevant"] >= min_stories and r["recall"][form] is not None
        ]
        if not scored:
            out[form] = {"people": 0}
            continue
        worst = min(scored)
        mean = statistics.fmean(v for v, _ in scored)
        out[form] = {
            "people": len(scored),
            "worst": worst[0],
            "worst_codes": sorted(c for v, c in scored if v == worst[0]),
            "mean": mean,
            "below_0.8": sorted(c for v, c in scored if v < WORST_BAR),
            "pass": worst[0] >= WORST_BAR and mean >= MEAN_BAR,
        }
    return out


def confusion(people: Sequence[Person], search: Searcher) -> list[dict[str, Any]]:
    """For codes sharing a surname: how much of B do A's full/title/initial queries return."""
    groups: dict[str, list[Person]] = defaultdict(list)
    for person in people:
        groups[" ".join(person.surname.lower().replace("-", " ").split())].append(person)
    out: list[dict[str, Any]] = []
    for surname, group in sorted(groups.items()):
        for a in group:
            for b in group:
                if a is b:
                    continue
                names = [q for f in ("full", "initial") if (q := a.queries[f])]
                own = [
                    re.compile(r"(?<!\w)" + r"[\s-]+".join(map(re.escape, n.split())) + r"(?!\w)")
                    for n in names
                ]
                others = [
                    s
                    for s in b.relevant
                    if a.code not in s.people and not any(p.search(s.body) for p in own)
                ]
                ids = {s.article_id for s in others}
                row: dict[str, Any] = {
                    "surname": surname,
                    "query_person": a.code,
                    "other_person": b.code,
                    "other_stories": len(ids),
                    "left_out": len(b.relevant) - len(ids),
                    "confusion": {},
                    "queries": {},
                }
                for form in ("full", "title", "initial"):
                    query = a.queries[form]
                    if query is None or not ids:
                        row["confusion"][form] = None
                        continue
                    row["queries"][form] = query
                    row["confusion"][form] = len(ids & search(query).articles) / len(ids)
                out.append(row)
    return out


def misses_detail(
    ix: newsindex.NewsIndex, person: Person, article_ids: Sequence[str], limit: int
) -> list[dict[str, Any]]:
    """For missed stories: the passages naming the surname and the persons the index stored."""
    pattern = re.compile(unit_pattern(person.code.split("-")[-1:]), re.I)
    surname_re = re.compile(
        r"(?<!\w)" + r"[\s-]+".join(map(re.escape, person.surname.split())) + r"(?!\w)", re.I
    )
    details: list[dict[str, Any]] = []
    for article_id in article_ids[:limit]:
        try:
            article = ix.article(article_id)
        except newsindex.NewsindexError:
            details.append({"article": article_id, "indexed": False})
            continue
        shown = [
            {
                "passage": p.position,
                "text": _around(p.text, surname_re) or _around(p.text, pattern),
                "persons": list(p.persons),
                # The name tagged as something else ("Chancellor of the Exchequer Nigel Lawson"
                # as an organisation)?
                "elsewhere": [
                    n for n in (*p.orgs, *p.places) if surname_re.search(n) or pattern.search(n)
                ],
            }
            for p in article.passages
            if surname_re.search(p.text) or pattern.search(p.text)
        ]
        details.append({"article": article_id, "indexed": True, "passages": shown[:3]})
    return details


def _around(text: str, pattern: re.Pattern[str], width: int = 60) -> str:
    match = pattern.search(text)
    if match is None:
        return ""
    start, end = max(0, match.start() - width), min(len(text), match.end() + width)
    return " ".join(text[start:end].split())


# ------------------------------------------------------------------------------ output


def _codes(codes: Sequence[str], shown: int = 3) -> str:
    more = f" +{len(codes) - shown} more" if len(codes) > shown else ""
    return ", ".join(codes[:shown]) + more


def _fmt(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.2f}"


def print_report(report: dict[str, Any], min_stories: int) -> None:
    rows = report["people"]
    print(
        f"{report['stories']:,} stories with a body, {report['codes']} PEOPLE codes, "
        f"{len(rows)} with relevant stories; index {report['index']}"
    )
    print(
        f"{'code':24} {'tag':>4} {'rel':>4}  {'surn':>5} {'full':>5} {'title':>5} {'init':>5}  "
        "queries (surname | full | title | initial)"
    )
    for row in sorted(rows, key=lambda r: (-r["relevant"], r["code"])):
        r = row["recall"]
        queries = " | ".join(q or "-" for q in row["queries"].values())
        mark = " " if row["relevant"] >= min_stories else "·"
        print(
            f"{row['code']:24} {row['tagged']:4} {row['relevant']:4}{mark} "
            f"{_fmt(r['surname'])} {_fmt(r['full'])} {_fmt(r['title'])} {_fmt(r['initial'])}  "
            f"{queries}"
        )
        for form, error in row["errors"].items():
            print(f"{'':36}! {form}: {error}")
        for form, details in row.get("miss_details", {}).items():
            for d in details:
                if not d["indexed"]:
                    print(f"{'':36}{form} miss {d['article']}: not in the index")
                for p in d.get("passages", []):
                    print(
                        f"{'':36}{form} miss {d['article']}#{p['passage']}: …{p['text']}… "
                        f"persons={p['persons']}"
                        + (f" orgs/places={p['elsewhere']}" if p["elsewhere"] else "")
                    )
    print(f"\n(· fewer than {min_stories} relevant stories: not in the summary)")
    print(f"summary over people with >= {min_stories} relevant stories:")
    for form, s in report["summary"].items():
        if not s["people"]:
            print(f"  {form:8} no people")
            continue
        verdict = "PASS" if s["pass"] else "FAIL"
        print(
            f"  {form:8} people {s['people']:3}  worst {s['worst']:.2f} "
            f"({_codes(s['worst_codes'])})  "
            f"mean {s['mean']:.3f}  below {WORST_BAR}: {len(s['below_0.8'])}  "
            f"[bar worst>={WORST_BAR} mean>={MEAN_BAR}: {verdict}]"
        )
    print("shared-surname confusion (share of B's stories returned by A's query; bar <= 10%):")
    if not report["confusion"]:
        print("  no codes share a surname")
    for c in report["confusion"]:
        parts = [
            f"{form} {c['queries'][form]!r} {value:.0%}"
            for form, value in c["confusion"].items()
            if value is not None
        ]
        print(
            f"  {c['query_person']} -> {c['other_person']} ({c['other_stories']} stories, "
            f"{c['left_out']} left out): " + ("; ".join(parts) or "no query")
        )
    worst = report["confusion_worst"]
    if worst is not None:
        verdict = "PASS" if worst <= CONFUSION_BAR else "FAIL"
        print(f"  worst confusion {worst:.0%} [{verdict}]")
    print(
        f"{report['queries_run']} queries in {report['search_seconds']:.1f}s; "
        f"total {report['seconds']:.1f}s"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--index", type=Path, default=DEFAULT_INDEX, help="Reuters index folder")
    parser.add_argument(
        "--min-stories", type=int, default=3, metavar="N", help="people in the summary"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the index first")
    parser.add_argument(
        "--misses",
        type=int,
        default=0,
        metavar="N",
        help="show up to N missed stories per person and form, with the persons indexed",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    corpus = args.shared / "corpora" / "reuters21578"
    if not corpus.is_dir():
        sys.exit(f"Reuters-21578 not found at {corpus} (--shared)")
    stories = read_stories(corpus)
    people = derive_people(stories, args.shared)
    ensure_index(args.index, corpus, rebuild=args.rebuild)
    try:
        ix = newsindex.open_index(args.index)
    except newsindex.NewsindexError as exc:
        sys.exit(f"cannot open {args.index}: {exc}\n(try again with --rebuild)")
    with ix:
        search = Searcher(ix)
        search_started = time.perf_counter()
        rows = [person_row(person, search) for person in people]
        pairs = confusion(people, search)
        search_seconds = time.perf_counter() - search_started
        if args.misses:
            for person, row in zip(people, rows, strict=True):
                row["miss_details"] = {
                    form: misses_detail(ix, person, missed, args.misses)
                    for form, missed in row["missed"].items()
                    if missed
                }
    values = [v for c in pairs for v in c["confusion"].values() if v is not None]
    report: dict[str, Any] = {
        "index": str(args.index),
        "stories": len(stories),
        "codes": len({code for s in stories for code in s.people}),
        "min_stories": args.min_stories,
        "people": rows,
        "summary": summary(rows, args.min_stories),
        "confusion": pairs,
        "confusion_worst": max(values) if values else None,
        "queries_run": len(search.cache),
        "search_seconds": search_seconds,
        "seconds": time.perf_counter() - started,
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_report(report, args.min_stories)
    return 0


if __name__ == "__main__":
    sys.exit(main())
