"""The named-entity sequence model: features, greedy decoding and its JSON file.

A greedy left-to-right averaged perceptron (NLTK's ``AveragedPerceptron`` during training) over
BILOU labels (``U-`` single-token and ``L-`` last-token labels make entity ends explicit; output is
converted to IOB2).  Its features fall in four groups, and decoding exploits the split for speed:

* the token itself (word, lower case, shape, affixes, gazetteers, word clusters, the entity types
  the word had in training, how often it is capitalised in the labelled and in unlabelled news
  text), which depends only on the word and on whether the sentence is an all-capitals headline;
* each neighbour within two tokens (lower case, shape, gazetteers, types), which depends only on
  the word and its offset;
* the run of capitalised words the token sits in (its length, first and last word, whether that
  word ends organisations' or places' names, the word before it): "Patriotic Salvation
  Movement" is an organisation because of its last word;
* the previous two predicted labels, alone and with the token's shape or lower-case form;
* the kinds the model gave the same word in the last sentences of the text (:class:`History`,
  Ratinov and Roth's prediction history): "Blackburn" after "Peter Blackburn" is a person.

The first two groups are summed once per distinct word into cached score vectors, and so are
the run features a run's first and last words give its other words, so tagging a token costs a
few dictionary lookups and one vector sum. A score vector is one integer: each
label's score in thousandths (the weights are stored to three decimals) in a 32-bit field of
its own, so adding two vectors is one addition and every sum is exact, whatever its order.
Tokens without a capital letter are labelled ``O`` without scoring unless they continue an
entity and are known entity-internal words ("Bank *of* England").  The shipped model is plain
JSON: labels, pruned weights and the word lists baked in at training time, so tagging needs no
NLTK data.
"""

from __future__ import annotations

import gzip
import json
import struct
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, repeat
from operator import add
from pathlib import Path
from typing import TypeVar

from ..lexicon import NAME_JOINERS, NAME_PARTICLES
from .iob import allowed_next, is_open, to_iob2

__all__ = [
    "LABELS",
    "History",
    "NerModel",
    "WordClasses",
    "context_features",
    "current_features",
    "has_upper",
    "history_kinds",
    "is_headline",
    "label_features",
    "normalise",
    "position_features",
    "sentence_features",
    "word_shape",
]

FORMAT = "newsindex-ner/2"
TYPES = ("PER", "ORG", "LOC", "MISC")
LABELS: tuple[str, ...] = ("O", *(f"{p}-{t}" for t in TYPES for p in "BILU"))
_START = ("<s>", "<s>")
_END = ("</s>", "</s>")
_MAX_CACHE = 100_000  # words per cache (about 60 MB in all when full); then start afresh
# Lower-case words that may sit inside a capitalised name ("Bank of England", "Ludwig van ...",
# "Guillermo de la Dehesa"): the name particles and joiners. These words shape the run features,
# so changing them needs a retrained model.
_CONNECTORS = NAME_PARTICLES | NAME_JOINERS
_MAX_PHRASE = 6  # words in the longest multi-word gazetteer entry that is matched
Vector = list[float]
K = TypeVar("K", bound=Hashable)
_Entry = tuple[int, tuple[int, ...], bool, str]
"""A cached word: its current-feature scores (packed, see :class:`NerModel`), the scores of its
label features by previous label, whether it has a capital letter, and its
:func:`history_key`."""
_UNIT = 1000
"""Weights are stored to three decimals (:func:`.train.train` rounds them): decoding adds them
as whole thousandths."""
_FIELD = 32
"""Bits per label in a packed score vector: the fewer, the shorter the integers a token adds (17
labels: 544 bits, where 64-bit fields took 1,088)."""
_CONTEXT_BIAS = 1 << (_FIELD - 4)
"""Added to every label's score of each of the four neighbour vectors a token adds: the token's
every field is then positive, and below 2**32 while its weights sum to less than 2**30
thousandths in size (a weight is below 2**17 in the shipped model, so over 8,000 features; a
token has about a hundred)."""

_NORMALISE = {
    "“": '"',
    "”": '"',
    "``": '"',
    "''": '"',
    "‘": "'",
    "’": "'",
    "’s": "'s",
    "’S": "'S",
    "n’t": "n't",
    "N’T": "N'T",
    "’re": "'re",
    "’ll": "'ll",
    "’ve": "'ve",
    "’m": "'m",
    "’d": "'d",
    "—": "--",
    "–": "-",
    "…": "...",
    "Mr.": "Mr",
    "Mrs.": "Mrs",
    "Ms.": "Ms",
    "Corp.": "Corp",
    "Inc.": "Inc",
    "Co.": "Co",
    "Ltd.": "Ltd",
}


def normalise(word: str) -> str:
    """Map typography the CoNLL newswire never uses (curly quotes, ``Mr.``) to what it does."""
    return _NORMALISE.get(word, word)


def is_headline(words: Sequence[str], named: Iterable[int] | None = None) -> bool:
    """True for an all-capitals line ("SOCCER - JAPAN GET LUCKY WIN"), where case says little.

    ``named``: the positions of the words with a capital letter, if known (:meth:`NerModel.tag`
    has them), to count the words in capitals among them only."""
    capitals = words if named is None else map(words.__getitem__, named)
    if sum(map(str.isupper, capitals)) < 2:  # cheap bound: most sentences stop here
        return False
    upper = lettered = 0
    for w in words:
        if len(w) > 1:
            if w.isupper():
                upper += 1
                lettered += 1
            elif w.islower() or w.istitle():
                lettered += 1
    return upper >= 2 and upper * 5 >= lettered * 4


@lru_cache(maxsize=1 << 16)  # a new word's shape is asked for its own features and its label's
def word_shape(word: str) -> str:
    """Character classes with runs longer than three shortened: ``McDonald`` -> ``XxxXxxx``."""
    out: list[str] = []
    last = ""
    run = 0
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if c == last:
            run += 1
            if run > 3:
                continue
        else:
            last = c
            run = 1
        out.append(c)
    return "".join(out)


@lru_cache(maxsize=1 << 16)  # asked of a new word once for each neighbour it is (four)
def short_shape(word: str) -> str:
    """Character classes, runs collapsed: ``McDonald`` -> ``XxXx``, ``U.S.`` -> ``X.X.``."""
    out: list[str] = []
    last = ""
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if c != last:
            out.append(c)
            last = c
    return "".join(out)


def has_upper(word: str) -> bool:
    """True if the word has a capital letter: the only tokens that may start an entity. (A
    map over the letters, not a generator: half the time.)"""
    return not word.islower() and any(map(str.isupper, word))


@dataclass(slots=True)
class WordClasses:
    """Word lists the features consult, baked into the model file."""

    gazetteer: dict[str, str] = field(default_factory=dict)
    """Word -> space-separated gazetteer classes (``first``, ``last``, ``country``, ``city``, ...);
    a word of a multi-word entry has the class with ``_part`` (``city_part`` for "York")."""
    types: dict[str, str] = field(default_factory=dict)
    """Word -> space-separated entity types it mostly had in training (``O`` if none)."""
    cap: dict[str, str] = field(default_factory=dict)
    """Lower-case word -> how often capitalised mid-sentence: ``C`` (nearly always) to ``l``."""
    entity_lower: frozenset[str] = frozenset()
    """Words without capitals that continue entities in training (``of``, ``van``, ``&``)."""
    phrases: dict[str, str] = field(default_factory=dict)
    """Multi-word gazetteer entry ("Kuala Lumpur", "Sri Lanka") -> its classes."""
    clusters: dict[str, str] = field(default_factory=dict)
    """Word -> space-separated ids of its distributional clusters (coarse to fine), learnt from
    unlabelled news text."""
    text_cap: dict[str, str] = field(default_factory=dict)
    """Lower-case word -> how often capitalised mid-sentence in unlabelled news text (classes as
    in ``cap``): covers the many words the labelled text never has."""
    _first: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)
    _heads: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)
    _run_ends: dict[str, tuple[str, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _run_starts: dict[str, tuple[str, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        first: dict[str, int] = {}
        heads: set[str] = set()
        for phrase in self.phrases:
            words = phrase.split(" ")
            # An entry starts with a capital (all the gazetteer's do): decoding looks for
            # starts only among the words that have one.
            if len(words) <= _MAX_PHRASE and has_upper(words[0]):
                first[words[0]] = max(first.get(words[0], 0), len(words))
                heads.update(" ".join(words[:k]) for k in range(2, len(words) + 1))
        self._first = first
        self._heads = frozenset(heads)

    def phrase_starts(self) -> dict[str, int]:
        """First word of a multi-word entry -> the length of the longest entry it starts."""
        return self._first

    def phrase_heads(self) -> frozenset[str]:
        """The first two or more words of each multi-word entry: "Kuala Lumpur" for "Kuala
        Lumpur Stock Exchange". Two words that head none start no entry."""
        return self._heads

    def run_end(self, word: str) -> tuple[str, ...]:
        """The features a run's last word gives the run's other words (:func:`run_features`),
        made once per word: the same names end runs again and again."""
        found = self._run_ends.get(word)
        if found is None:
            if len(self._run_ends) > _MAX_CACHE:
                self._run_ends.clear()
            feats = ["rE=" + word.lower()]
            feats.extend("rEe=" + t for t in self.types.get(word, "u").split())
            heads = self.gazetteer.get(word)
            if heads:
                feats.extend("rEg=" + g for g in heads.split() if g.endswith("_head"))
            found = self._run_ends[word] = tuple(feats)
        return found

    def run_start(self, word: str) -> tuple[str, ...]:
        """The features a run's first word gives the run's other words, but the word before it
        (``rX``), made once per word as :meth:`run_end`."""
        found = self._run_starts.get(word)
        if found is None:
            if len(self._run_starts) > _MAX_CACHE:
                self._run_starts.clear()
            kinds = self.types.get(word, "u").split()
            found = self._run_starts[word] = ("rA=" + word.lower(), *("rAe=" + t for t in kinds))
        return found

    def clear_cache(self) -> None:
        """Forget the run features made so far (see :meth:`NerModel.clear_cache`)."""
        self._run_ends.clear()
        self._run_starts.clear()

    def to_json(self) -> dict[str, object]:
        return {
            "gazetteer": self.gazetteer,
            "types": self.types,
            "cap": self.cap,
            "entity_lower": sorted(self.entity_lower),
            "phrases": self.phrases,
            "clusters": self.clusters,
            "text_cap": self.text_cap,
        }

    @classmethod
    def from_json(cls, obj: dict[str, object]) -> WordClasses:
        gaz, types, cap, low = obj["gazetteer"], obj["types"], obj["cap"], obj["entity_lower"]
        phrases, clusters = obj.get("phrases", {}), obj.get("clusters", {})
        assert isinstance(gaz, dict) and isinstance(types, dict)
        assert isinstance(cap, dict) and isinstance(low, list)
        text_cap = obj.get("text_cap", {})
        assert isinstance(phrases, dict) and isinstance(clusters, dict)
        assert isinstance(text_cap, dict)
        return cls(gaz, types, cap, frozenset(low), phrases, clusters, text_cap)


# -- features: training builds them as strings; decoding caches their summed weights -----------


def _lookup(table: dict[str, str], word: str) -> str | None:
    """A word list entry for the word as written or, if in capitals ("PARIS"), as a name."""
    found = table.get(word)
    if found is None and len(word) > 1 and word.isupper():
        found = table.get(word.capitalize())
    return found


def current_features(word: str, headline: bool, lex: WordClasses) -> list[str]:
    """Features of the token being labelled that depend on nothing but the word itself."""
    low = word.lower()
    shape = word_shape(word)
    feats = ["b", "w=" + word, "l=" + low, "S=" + shape]
    n = len(low)
    for k in (1, 2, 3):
        if n > k:
            feats.append(f"p{k}={low[:k]}")
    for k in (1, 2, 3, 4):
        if n > k:
            feats.append(f"s{k}={low[-k:]}")
    gaz = _lookup(lex.gazetteer, word)
    if gaz:
        feats.extend("g=" + g for g in gaz.split())
    types = _lookup(lex.types, word)
    feats.extend("e=" + t for t in (types or "u").split())
    cap = lex.cap.get(low, "u")
    feats.append("c=" + cap)
    clusters = _lookup(lex.clusters, word)
    if clusters:
        feats.extend("k=" + k for k in clusters.split())
    feats.append("t=" + lex.text_cap.get(low, "u"))
    if "-" in word:
        feats.append("hy")
        for part in word.split("-"):
            if part:
                feats.append("h=" + part.lower())
                found = _lookup(lex.gazetteer, part)
                if found:
                    feats.extend("hg=" + g for g in found.split())
    if headline:
        feats.extend(("H", "Hc=" + cap, "Hl=" + low))
    return feats


def context_features(word: str, offset: int, lex: WordClasses) -> list[str]:
    """Features of the neighbour at ``offset`` (-2, -1, 1, 2) from the token being labelled."""
    low_, shape_, gaz_, type_, cap_, cluster_, text_cap_ = _CONTEXT_NAMES[offset]
    low = word.lower()
    feats = [low_ + low, shape_ + short_shape(word)]
    if offset in (-1, 1):
        gaz = _lookup(lex.gazetteer, word)
        if gaz:
            feats.extend(gaz_ + g for g in gaz.split())
        types = _lookup(lex.types, word)
        if types:
            feats.extend(type_ + t for t in types.split())
        feats.append(cap_ + lex.cap.get(low, "u"))
        clusters = _lookup(lex.clusters, word)
        if clusters:
            feats.extend(cluster_ + k for k in clusters.split())
        feats.append(text_cap_ + lex.text_cap.get(low, "u"))
    return feats


_CONTEXT_NAMES = {
    offset: tuple(f"{offset}{kind}=" for kind in "lSgeckt") for offset in (-2, -1, 1, 2)
}
"""The names of the neighbour features by offset ("-1l=", "-1S=", ...), spelt once."""


def initial_features(word: str) -> list[str]:
    """Extra features of a sentence's first token, whose capital letter proves little."""
    return ["I", "Il=" + word.lower()]


HISTORY_WINDOW = 20
"""Sentences of history: about a news story (CoNLL's average 15), so a name's earlier kinds
come mostly from its own story even when stories are tagged one after another (40 did worse on
CoNLL dev, 0.9317 to 0.9343, and WikiNEuRal val)."""


def history_kinds(labels: Sequence[str]) -> list[int]:
    """Each label's kind as a history slot: 0 for ``O``, then 1 + its index in ``TYPES``."""
    return [TYPES.index(lab[2:]) + 1 if lab != "O" else 0 for lab in labels]


class History:
    """The kinds the model gave each capitalised word in the last ``HISTORY_WINDOW`` sentences.

    One pass, left to right (Ratinov and Roth 2009): a word's earlier labels are evidence for
    this one, so an article that introduced "Peter Blackburn" or "Blackburn Rovers" tags the bare
    "Blackburn" alike. Words in capitals ("JAPAN") count as the name ("Japan"). The tagger also
    keeps here the surnames of the people the window named in full (:attr:`surnames`).
    """

    __slots__ = ("_sentences", "_window", "counts", "number", "sentence", "surnames")

    def __init__(self, window: int = HISTORY_WINDOW) -> None:
        self._window = window
        self.counts: dict[str, list[int]] = {}
        """:func:`history_key` -> how often it had each kind (a :func:`history_kinds` slot)."""
        self.sentence: list[tuple[str, int]] = []
        """The (key, kind) pairs recorded in the current sentence."""
        self._sentences: deque[list[tuple[str, int]]] = deque([self.sentence])
        self.number = 0
        """The current sentence's number in the text."""
        self.surnames: dict[str, int] = {}
        """The last word of a person's name of two or more words -> the number of the last
        sentence that gave it (see :meth:`has_surname`)."""

    def has_surname(self, word: str) -> bool:
        """Whether a sentence in the window named a person in full with ``word`` last."""
        seen = self.surnames.get(word)
        return seen is not None and self.number - seen < self._window

    def features(self, word: str) -> tuple[str, ...]:
        """``d=KIND`` for the kinds the word had most often, ``d1=KIND`` if it had only one."""
        counts = self.counts.get(history_key(word))
        return () if counts is None else history_features(tuple(counts))

    def add(self, word: str, kind: int) -> None:
        """Record the kind (a :func:`history_kinds` slot) given to a capitalised word."""
        key = history_key(word)
        counts = self.counts.get(key)
        if counts is None:
            counts = self.counts[key] = [0] * len(_HISTORY_NAMES)
        counts[kind] += 1
        self.sentence.append((key, kind))

    def next_sentence(self) -> None:
        """Close the current sentence, forgetting the one that falls out of the window."""
        self.number += 1
        self.sentence = []
        self._sentences.append(self.sentence)
        if len(self._sentences) > self._window:
            for key, kind in self._sentences.popleft():
                counts = self.counts[key]
                counts[kind] -= 1
                if not any(counts):
                    del self.counts[key]


_HISTORY_NAMES = ("O", *TYPES)


def history_key(word: str) -> str:
    """The word as :class:`History` files it: a word in capitals as a name."""
    return word.capitalize() if len(word) > 1 and word.isupper() else word


@lru_cache(maxsize=4096)
def history_features(counts: tuple[int, ...]) -> tuple[str, ...]:
    """The features of a word's kind counts in the history (see :meth:`History.features`)."""
    top = max(counts)
    kinds = [_HISTORY_NAMES[j] for j, c in enumerate(counts) if c == top]
    unanimous = ("d1=" + kinds[0],) if top == sum(counts) else ()
    return (*("d=" + k for k in kinds), *unanimous)


def label_features(p2: int, p1: int, shape: str, low: str) -> list[str]:
    """Features joining the previous two predicted labels (indices) with the current token."""
    return [f"t1={p1}", f"t2={p2},{p1}", f"t1S={p1},{shape}", f"t1l={p1},{low}"]


def capital_runs(
    words: Sequence[str], named: Iterable[int] | None = None
) -> tuple[list[bool], list[tuple[int, int]]]:
    """Which words start with a capital, and the runs of such words (joined by connectors) as
    their first and last positions; ``named`` as in :func:`position_features`."""
    n = len(words)
    if named is None:
        caps = [w[:1].isupper() for w in words]
    else:
        caps = [False] * n
        for i in named:
            caps[i] = words[i][:1].isupper()
    runs = []
    b = -1
    for a in compress(range(n), caps):  # the capitalised tokens: the runs start there
        if a <= b:
            continue  # inside the run before
        b = a
        while b + 1 < n:
            if caps[b + 1]:
                b += 1
            elif words[b + 1] not in _CONNECTORS:
                break
            elif b + 2 < n and caps[b + 2]:
                b += 2
            elif b + 3 < n and words[b + 2] in _CONNECTORS and caps[b + 3]:
                b += 3  # "Guillermo de la Dehesa", "Hans van der Broek"
            else:
                break
        runs.append((a, b))
    return caps, runs


def run_features(
    words: Sequence[str], headline: bool, lex: WordClasses, named: Iterable[int] | None = None
) -> list[Sequence[str]]:
    """Features of the run of capitalised words (:func:`capital_runs`) each token sits in;
    ``named`` as in :func:`position_features`."""
    n = len(words)
    out: list[Sequence[str]] = [()] * n
    if headline:
        return out
    caps, runs = capital_runs(words, named)
    for a, b in runs:
        if a == b:
            out[a] = ("rU",)
            continue
        first, inner, last = _RUN_NAMES[min(b - a + 1, 5)]
        to_last = lex.run_end(words[b])
        start = lex.run_start(words[a])
        from_first = [start[0], "rX=" + (words[a - 1].lower() if a else "<s>"), *start[1:]]
        out[a] = [first, *to_last]
        for j in range(a + 1, b):
            if caps[j]:
                out[j] = [inner, *to_last, *from_first]
        out[b] = [last, *from_first]
    return out


_RUN_NAMES = {k: (f"rB{k}", f"rI{k}", f"rE{k}") for k in range(2, 6)}
"""The names of a run's length features by length (its first, inner and last words), spelt
once."""


def _before_run(word: str) -> tuple[str]:
    """The feature the word before a run gives the run's other words (``<s>``: none)."""
    return ("rX=" + word.lower(),)


def phrase_features(
    words: Sequence[str], lex: WordClasses, named: Iterable[int] | None = None
) -> list[list[str]] | None:
    """Features of the tokens inside a multi-word gazetteer entry ("Kuala Lumpur"), longest
    match first; ``None`` when the sentence has none. Capitals ("NEW YORK") match as names.
    ``named`` as in :func:`position_features`: entries start with a capital."""
    get = lex.phrase_starts().get
    phrases = lex.phrases
    heads = lex.phrase_heads()
    n = len(words)
    out: list[list[str]] | None = None
    skip = 0
    for i in range(n) if named is None else named:
        if i < skip:
            continue
        w = words[i]
        longest = get(w)
        if longest is None:
            if len(w) < 2 or not w.isupper():
                continue
            longest = get(w.capitalize())
            if longest is None:
                continue
        if i + 1 == n or (
            f"{w} {words[i + 1]}" not in heads
            and not (w.isupper() and f"{w.capitalize()} {words[i + 1].capitalize()}" in heads)
        ):
            continue  # no entry starts with these two words: no joins to look up
        for length in range(min(longest, n - i), 1, -1):
            part = words[i : i + length]
            classes = phrases.get(" ".join(part))
            if classes is None and w.isupper():
                classes = phrases.get(" ".join(p.capitalize() for p in part))
            if classes is not None:
                if out is None:
                    out = [[] for _ in range(n)]
                for c in classes.split():
                    out[i].append("GB=" + c)
                    for j in range(i + 1, i + length - 1):
                        out[j].append("GI=" + c)
                    out[i + length - 1].append("GL=" + c)
                skip = i + length
                break
    return out


def position_features(
    words: Sequence[str], headline: bool, lex: WordClasses, named: Sequence[int] | None = None
) -> list[Sequence[str]]:
    """The features that depend on a token's place in the sentence beyond its neighbours: the
    run of capitalised words it sits in and the multi-word gazetteer entry it belongs to.

    ``named``: the positions of the words with a capital letter, in order (others may be
    among them), if known: only those are looked at (a fifth of the words in news)."""
    runs = run_features(words, headline, lex, named)
    phrases = phrase_features(words, lex, named) if lex.phrases else None
    if phrases is None:
        return runs
    return [[*r, *p] if p else r for r, p in zip(runs, phrases, strict=True)]


def sentence_features(words: Sequence[str], lex: WordClasses) -> list[list[str]]:
    """Every label-independent feature of every token (training path; decoding caches them)."""
    headline = is_headline(words)
    padded = [*_START, *words, *_END]
    runs = position_features(words, headline, lex)
    out = []
    for i, w in enumerate(words):
        feats = current_features(w, headline, lex)
        if i == 0:
            feats.extend(initial_features(w))
        for off in (-2, -1, 1, 2):
            feats.extend(context_features(padded[i + 2 + off], off, lex))
        feats.extend(runs[i])
        out.append(feats)
    return out


class NerModel:
    """Averaged-perceptron weights plus the lexicon, with cached greedy decoding."""

    def __init__(
        self, labels: Sequence[str], weights: dict[str, Vector], lexicon: WordClasses
    ) -> None:
        self.labels = tuple(labels)
        self.weights = weights
        self.lexicon = lexicon
        self._k = len(self.labels)
        self._allowed = allowed_next(self.labels)
        self._open = [is_open(lab) for lab in self.labels]
        self._iob2 = [to_iob2(lab) for lab in self.labels]
        self._merged = ["I" + lab[1:] for lab in self._iob2]
        self._types = [lab[2:] for lab in self.labels]
        self._kinds = history_kinds(self.labels)
        self._o = self.labels.index("O")
        self._packed = {f: self._pack(vec) for f, vec in weights.items()}
        self._bias = sum(_CONTEXT_BIAS << (_FIELD * j) for j in range(self._k))
        self._label_vectors = [
            [self._sum([f"t1={p1}", f"t2={p2},{p1}"]) for p1 in range(self._k)]
            for p2 in range(self._k)
        ]
        # A packed sum's bytes -> the scores of the labels that may follow each label.
        self._bytes = self._k * _FIELD // 8
        self._read = [
            struct.Struct(
                "<" + "".join("I" if j in allowed else f"{_FIELD // 8}x" for j in range(self._k))
            ).unpack
            for allowed in self._allowed
        ]
        # The label features joining the previous label with a word's shape or lower-case form
        # ("t1S=3,Xxxx", "t1l=3,bank"), by previous label: a new word's are looked up, not
        # spelt out and looked up for each of the 17 previous labels.
        self._no_pairs: tuple[int, ...] = (0,) * self._k
        self._after_shape = self._previous_pairs("t1S=")
        self._after_low = self._previous_pairs("t1l=")
        # The run features that depend on the run's length alone, packed (see _positions).
        self._alone = self._sum(["rU"])
        self._lengths = {k: tuple(self._sum([f]) for f in names) for k, names in _RUN_NAMES.items()}
        self.clear_cache()

    def __reduce__(
        self,
    ) -> tuple[type[NerModel], tuple[tuple[str, ...], dict[str, Vector], WordClasses]]:
        """Pickled as its weights and lexicon (for worker processes), from which ``__init__``
        derives the rest: a compiled (mypyc) model cannot be made without it. 19 MB instead of
        24 with the derived tables, and about as quick to dump and load."""
        return NerModel, (self.labels, self.weights, self.lexicon)

    @staticmethod
    def _pack(vec: Sequence[float]) -> int:
        """A weight vector as one integer: label ``j``'s weight in thousandths in bits
        ``_FIELD * j`` on (a negative weight borrows from the fields above; sums come out right)."""
        return sum(round(v * _UNIT) << (_FIELD * j) for j, v in enumerate(vec) if v)

    def _previous_pairs(self, prefix: str) -> dict[str, tuple[int, ...]]:
        """The packed weights of the :func:`label_features` named ``prefix`` + previous label +
        "," + value, by value and previous label."""
        found: dict[str, list[int]] = {}
        for feature, packed in self._packed.items():
            if feature.startswith(prefix):
                previous, value = feature[len(prefix) :].split(",", 1)
                found.setdefault(value, list(self._no_pairs))[int(previous)] = packed
        return {value: tuple(row) for value, row in found.items()}

    def clear_cache(self) -> None:
        """Forget cached per-word score vectors and run features (for cold-start timing and
        bounded memory)."""
        self.lexicon.clear_cache()
        self._cur: tuple[dict[str, _Entry | None], ...] = ({}, {})
        self._ctx: dict[int, dict[str, int]] = {-2: {}, -1: {}, 1: {}, 2: {}}
        # Packed sums of the features one word gives: as a run's last word (to the run's other
        # words), its first word (to the others; "rX" apart), the word before a run, a
        # sentence's first word (initial_features); and of a history's kind counts.
        self._ends: dict[str, int] = {}
        self._starts: dict[str, int] = {}
        self._befores: dict[str, int] = {}
        self._initials: dict[str, int] = {}
        self._histories: dict[tuple[int, ...], int] = {}

    def _sum(self, feats: Iterable[str]) -> int:
        """The packed sum of the features' weights."""
        return sum(map(self._packed.get, feats, repeat(0)))

    def _cached_sum(self, cache: dict[K, int], key: K, feats: Callable[[K], Iterable[str]]) -> int:
        """The packed sum of ``feats(key)``, made once per key."""
        found = cache.get(key)
        if found is None:
            if len(cache) > _MAX_CACHE:
                cache.clear()
            found = cache[key] = self._sum(feats(key))
        return found

    def _positions(self, words: Sequence[str], headline: bool, named: Sequence[int]) -> list[int]:
        """The packed sum of each token's :func:`position_features`, built from sums cached per
        word: a run's features are those of its length, of its first word and the word before
        it, and of its last word, which the same names bring again and again."""
        out = [0] * len(words)
        if not headline:
            lex = self.lexicon
            caps, runs = capital_runs(words, named)
            for a, b in runs:
                if a == b:
                    out[a] = self._alone
                    continue
                first, inner, last = self._lengths[min(b - a + 1, 5)]
                to_last = self._cached_sum(self._ends, words[b], lex.run_end)
                from_first = self._cached_sum(
                    self._starts, words[a], lex.run_start
                ) + self._cached_sum(self._befores, words[a - 1] if a else "<s>", _before_run)
                out[a] = first + to_last
                for j in range(a + 1, b):
                    if caps[j]:
                        out[j] = inner + to_last + from_first
                out[b] = last + from_first
        phrases = phrase_features(words, self.lexicon, named) if self.lexicon.phrases else None
        for i, feats in enumerate(phrases or ()):
            if feats:
                out[i] += self._sum(feats)
        return out

    def _current(self, word: str, headline: bool) -> _Entry | None:
        cache = self._cur[headline]
        if len(cache) > _MAX_CACHE:
            self.clear_cache()
            cache = self._cur[headline]
        upper = has_upper(word)
        if not upper and word not in self.lexicon.entity_lower:
            entry = None
        else:
            vec = self._sum(current_features(word, headline, self.lexicon))
            # The label_features joining the previous label with this word, by previous label:
            # their (label, weight) pairs in the order the features are listed.
            by_shape = self._after_shape.get(word_shape(word), self._no_pairs)
            by_low = self._after_low.get(word.lower(), self._no_pairs)
            by_previous = tuple(map(add, by_shape, by_low))
            entry = (vec, by_previous, upper, history_key(word))
        cache[word] = entry
        return entry

    def _entries(self, words: Sequence[str], headline: bool) -> list[_Entry | None]:
        """The cached entries of the words (:meth:`_current`), new words scored first."""
        cur = self._cur[headline]
        try:
            return list(map(cur.__getitem__, words))
        except KeyError:  # a word not seen before
            return [cur[w] if w in cur else self._current(w, headline) for w in words]

    def _context(self, word: str, offset: int) -> int:
        """The packed sum of a neighbour's features, biased (never 0: see ``_CONTEXT_BIAS``)."""
        if len(self._ctx[offset]) > _MAX_CACHE:
            self.clear_cache()
        vec = self._sum(context_features(word, offset, self.lexicon)) + self._bias
        self._ctx[offset][word] = vec
        return vec

    def tag(self, words: Sequence[str], history: History | None = None) -> list[str]:
        """IOB2 labels for one tokenised sentence (greedy; always a valid sequence).

        With a ``history``, the earlier sentences of the same text, the kinds recorded there are
        features, and this sentence's labels are added to it."""
        return self.tag_spans(words, history)[0]

    def tag_spans(
        self, words: Sequence[str], history: History | None = None
    ) -> tuple[list[str], list[tuple[str, int, int]]]:
        """:meth:`tag`'s labels and their entity spans (:func:`.iob.spans`), found as the labels
        are decided: only the words with a capital letter can be in one, and reading every label
        again for them cost as much as deciding the labels of a sentence without a name."""
        n = len(words)
        found: list[tuple[str, int, int]] = []
        if n == 0:
            return [], found
        seen: dict[str, list[int]] = {}
        recorded: list[tuple[str, int]] = []
        recording = history is not None
        if history is not None:
            history.next_sentence()
            seen, recorded = history.counts, history.sentence
        n_kinds = len(_HISTORY_NAMES)
        ws = words
        if not _NORMALISE.keys().isdisjoint(words):  # most sentences have nothing to normalise
            ws = list(map(_NORMALISE.get, words, words))
        # Cached per-word scores; None for the words that are always "O" (lower case, never in
        # an entity): the others, a fifth of the words, are all the loop below and the
        # position features look at. A line in capitals (rare) has scores of its own.
        entries = self._entries(ws, False)
        named = list(compress(range(n), entries))
        headline = is_headline(ws, named)
        if headline:
            entries = self._entries(ws, True)
        cm2, cm1, cp1, cp2 = self._ctx[-2], self._ctx[-1], self._ctx[1], self._ctx[2]
        padded = [*_START, *ws, *_END]
        positions = self._positions(ws, headline, named)
        iob2 = self._iob2
        merged = self._merged
        types = self._types
        allowed = self._allowed
        open_ = self._open
        label_vectors = self._label_vectors
        read = self._read
        size = self._bytes
        o = self._o
        kinds = self._kinds
        out = ["O"] * n
        previous = [o] * (n + 2)  # label indices, two "O" before the first token
        kind = ""  # the last entity's kind (IOB2), first and end word
        first = end = 0
        for i in named:
            entry = entries[i]
            assert entry is not None  # named: the words with an entry
            p1 = previous[i + 1]
            if not (entry[2] or open_[p1]):
                continue
            score, by_previous, upper, key = entry
            a = padded[i]
            b = padded[i + 1]
            c = padded[i + 3]
            d = padded[i + 4]
            # Packed vectors (one integer each, exact): a neighbour's is never 0, so "or".
            score += (
                (cm2.get(a) or self._context(a, -2))
                + (cm1.get(b) or self._context(b, -1))
                + (cp1.get(c) or self._context(c, 1))
                + (cp2.get(d) or self._context(d, 2))
                + label_vectors[previous[i]][p1]
                + by_previous[p1]
                + positions[i]
            )
            if i == 0:
                score += self._cached_sum(self._initials, ws[0], initial_features)
            counts = seen.get(key)  # the history's counts (None: no history, lower case)
            if counts is not None:
                score += self._cached_sum(self._histories, tuple(counts), history_features)
            # Only the labels that may follow the previous one are read (two inside an
            # entity); the first of equal scores wins.
            candidates = allowed[p1]
            scores = read[p1](score.to_bytes(size, "little"))
            best = candidates[scores.index(max(scores))]
            previous[i + 2] = best
            if best != o:
                label = iob2[best]
                if end == i and kind == types[best]:
                    # It continues the entity before: a new entity right after one of the same
                    # kind is nearly always the same entity cut short ("SK Slavia | Praha"): 35
                    # of 20,000 in CoNLL training.
                    if label[0] == "B":
                        label = merged[best]
                    end += 1
                else:
                    if kind:
                        found.append((kind, first, end))
                    kind = types[best]
                    first, end = i, i + 1
                out[i] = label
            if upper and recording:  # History.add, inlined
                slot = kinds[best]
                if counts is None:
                    counts = seen[key] = [0] * n_kinds
                counts[slot] += 1
                recorded.append((key, slot))
        if kind:
            found.append((kind, first, end))
        return out, found

    # -- serialisation -----------------------------------------------------------------------

    def to_json(self) -> dict[str, object]:
        weights: dict[str, list[float]] = {}
        for feat, vec in self.weights.items():
            flat: list[float] = []
            for j, value in enumerate(vec):
                if value:
                    flat.extend((j, value))
            if flat:
                weights[feat] = flat
        return {
            "format": FORMAT,
            "labels": list(self.labels),
            "lexicon": self.lexicon.to_json(),
            "weights": weights,
        }

    @classmethod
    def from_json(cls, obj: dict[str, object]) -> NerModel:
        if obj.get("format") not in (FORMAT, "newsindex-ner/1"):  # /1: no phrases, clusters
            raise ValueError(f"not a {FORMAT} model (format {obj.get('format')!r})")
        labels, lexicon, sparse = obj["labels"], obj["lexicon"], obj["weights"]
        assert isinstance(labels, list) and isinstance(lexicon, dict) and isinstance(sparse, dict)
        k = len(labels)
        weights: dict[str, Vector] = {}
        for feat, flat in sparse.items():
            vec = [0.0] * k
            for j in range(0, len(flat), 2):
                vec[int(flat[j])] = float(flat[j + 1])
            weights[feat] = vec
        return cls(labels, weights, WordClasses.from_json(lexicon))

    def save(self, path: Path) -> None:
        data = json.dumps(self.to_json(), separators=(",", ":"), sort_keys=True)
        if path.suffix == ".gz":
            # mtime=0 keeps the file byte-identical across runs with the same inputs.
            with (
                open(path, "wb") as raw,
                gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as gz,
            ):
                gz.write(data.encode("utf-8"))
        else:
            path.write_text(data, encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> NerModel:
        if path.suffix == ".gz":
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                return cls.from_json(json.load(fh))
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))
