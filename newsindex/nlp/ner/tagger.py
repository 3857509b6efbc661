"""Named entities (persons, organisations, places) in passage text.

`EntityTagger` wraps the shipped sequence model (see :mod:`newsindex.nlp.ner.model`) behind
NLTK's tagger interface: ``tag`` one sentence of tokens, ``tag_sents`` a batch, ``evaluate``
against gold sentences. ``mentions(text)`` is what the indexer calls: tokenize, split
sentences, tag, and return PER / ORG / LOC spans with character offsets into the text. A batch
and a text are read in order, each sentence seeing the kinds its words got in the sentences
before (:class:`~newsindex.nlp.ner.model.History`). Load the tagger once and keep it: the
model file is parsed at load and per-word scores are cached as text is tagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

from ...kinds import ENTITY_KINDS
from ..lexicon import (
    MONTHS,
    NAME_ABBREVIATIONS,
    PLACE_PARTICIPLES,
    QUERY_STOP_WORDS,
    SUFFIXES,
    WEB_DOMAINS,
    WEEKDAYS,
)
from ..tokens import line_bounds, sentence_bounds, token_starts, words_of
from .conll import score_spans
from .iob import spans
from .model import History, NerModel, WordClasses, has_upper, history_kinds
from .rules import repair_tags, untagged_names
from .rules.common import (
    bare,
    is_listed_place,
    is_nationality,
    is_state_abbreviation,
    may_name_person,
)

__all__ = ["DEFAULT_MODEL", "KINDS", "EntityTagger", "Mention"]

KINDS: tuple[str, ...] = tuple(k.ner_tag for k in ENTITY_KINDS if k.ner_tag)
"""The entity kinds newsindex indexes; the model also predicts MISC, which is dropped."""

DEFAULT_MODEL = Path(__file__).parents[2] / "models" / "ner.json.gz"


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention: its kind, its text and its ``[start, end)`` offsets in the source."""

    kind: str
    text: str
    start: int
    end: int


_DOMAINS = "|".join(sorted(WEB_DOMAINS))
_SITE_END = re.compile(rf"\.(?:{_DOMAINS})")
"""A web site's ending (".com"): one search per text, six times faster than six ``in`` tests."""
_WEB_SITE = re.compile(rf"[A-Z][\w-]*\.(?:{_DOMAINS})")


def _add_web_sites(words: Sequence[str], found: list[tuple[str, int, int]]) -> None:
    """Add the web sites named as bodies ("Factcheck.org said", "Amazon.com") that no mention
    covers to ``found``, as organisations, in order: the model never saw one in training."""
    covered = {i for _, a, b in found for i in range(a, b)}
    sites = [
        ("ORG", i, i + 1)
        for i, word in enumerate(words)
        if i not in covered and _WEB_SITE.fullmatch(word)
    ]
    if sites:
        found.extend(sites)
        found.sort(key=itemgetter(1))


_PARTICIPLES = "|".join(sorted(PLACE_PARTICIPLES))
_PLACE_WORD_END = re.compile(rf"-(?:{_PARTICIPLES})\b")
"""The end of a word such as "London-based": one search per text before any word is read."""
_PLACE_WORD = re.compile(rf"(.+)-(?:{_PARTICIPLES})")


def _first_words_alone(words: Sequence[str], span: tuple[str, int, int], first: int) -> bool:
    """Whether ``span`` holds only first words of a place's name from ``first`` on, which the
    model tagged alone when the tokenizer kept the rest of the name whole: a place ("New
    York" of "New York City-based") or an abbreviated word ("St." of "St. Louis-based")."""
    kind, a, b = span
    return a >= first and (kind == "LOC" or (b == a + 1 and bare(words[a]) in NAME_ABBREVIATIONS))


def _add_word_places(
    words: Sequence[str], found: list[tuple[str, int, int]], lexicon: WordClasses
) -> dict[int, int]:
    """Make the listed place that opens a word such as "London-based" or "Cuba-born" a place
    mention in ``found``, kept in order; a place of several words ends there ("a New York-based
    bank"). The tokenizer keeps such a word whole, so the model never tags its place alone: where
    no mention covers the word, the place is added, in place of mentions of its first words
    alone (see :func:`_first_words_alone`); where a mention starts with the place
    ("Dallas-based Vernon Savings"), the place is cut from it. Returns each such word's index
    and the length of its place, where the place's mention ends."""
    owner = {i: n for n, (_, a, b) in enumerate(found) for i in range(a, b)}
    ends: dict[int, int] = {}
    dropped: set[int] = set()
    for i, word in enumerate(words):
        match = _PLACE_WORD.fullmatch(word)
        if match is None:
            continue
        place = match.group(1)
        if i in owner:
            kind, a, b = found[owner[i]]
            if is_listed_place([*words[a:i], place], lexicon):
                found[owner[i]] = ("LOC", a, i + 1)
                if i + 1 < b:
                    found.append((kind, i + 1, b))
                ends[i] = len(place)
            continue
        for first in range(max(i - 2, 0), i + 1):  # the longest name first
            inside = {owner[j] for j in range(first, i) if j in owner}
            if all(_first_words_alone(words, found[n], first) for n in inside) and (
                is_listed_place([*words[first:i], place], lexicon)
            ):
                dropped |= inside  # "St." + "Louis-based": one place
                found.append(("LOC", first, i + 1))
                ends[i] = len(place)
                break
    if dropped:
        found[:] = [span for n, span in enumerate(found) if n not in dropped]
    if ends:
        found.sort(key=itemgetter(1))
    return ends


def _correct_history(
    history: History, words: Sequence[str], model_tags: Sequence[str], tags: Sequence[str]
) -> None:
    """Make the kinds the model recorded in ``history`` for this sentence's capitalised words
    (one entry each, in order) the kinds the rules gave them: the sentences after it then read
    a name as the rules did ("Sikandar Sultan Raja", a person after his title, which the model
    took for a body), as the history of training's own labels was mostly right."""
    recorded = history.sentence
    capitalised = [i for i, word in enumerate(words) if has_upper(word)]
    assert len(capitalised) == len(recorded)
    old, new = history_kinds(model_tags), history_kinds(tags)
    for n, i in enumerate(capitalised):
        if old[i] != new[i]:
            key = recorded[n][0]
            counts = history.counts[key]
            counts[old[i]] -= 1
            counts[new[i]] += 1
            recorded[n] = (key, new[i])


_NO_SURNAMES = QUERY_STOP_WORDS | SUFFIXES | set(MONTHS) | set(WEEKDAYS)
"""Words that end a person's name at times but alone are mostly no one's ("such", "May",
"Jr")."""


def _remember_surnames(
    history: History, words: Sequence[str], found: Sequence[tuple[str, int, int]]
) -> None:
    """Record in ``history`` the surnames of the persons named in full in this sentence: a word
    in lower or mixed case, no initial ("Player" of "Ben Player"), not one the name already
    holds (two mentions run together: "Ben Player Ben is"). Not after "the" or a surname
    already recorded: the name is something named for a person ("The Kelly File", a show the
    model may read as a person; "Megyn Kelly", then "Kelly File")."""
    for kind, a, b in found:
        if kind == "PER" and b - a > 1 and (a == 0 or words[a - 1].lower() != "the"):
            word = words[b - 1]
            if (
                len(word) > 1
                and word[0].isupper()
                and not word.isupper()
                and word.lower() not in _NO_SURNAMES
                and word.replace("-", "").replace("'", "").isalpha()
                and word not in words[a : b - 1]
                and not history.has_surname(words[b - 2])
            ):
                history.surnames[word] = history.number


def _name_surnames(history: History, words: Sequence[str], tags: list[str]) -> bool:
    """Tag as a person each word left untagged that is the surname of a person the last
    sentences named in full (:meth:`History.has_surname`), joined to a person's name right
    before it ("Ben" + "Player"): an article names a person in full, then by surname, and the
    model misses a surname that is also a common word ("Player", "King") where the sentence
    alone does not show it is a name. Not before a capitalised word, where the surname opens
    another name ("tonight's Kelly File", a show). Returns whether a label changed."""
    changed = False
    last = len(words) - 1
    surnames = history.surnames  # a look-up first: most words are none
    for i, word in enumerate(words):
        if (
            word in surnames
            and tags[i] == "O"
            and history.has_surname(word)
            and (i == last or not words[i + 1][:1].isupper())
        ):
            tags[i] = "I-PER" if i and tags[i - 1][2:] == "PER" else "B-PER"
            changed = True
    return changed


_LOWER_CASE_CLASSES = ("l", "m")
"""Capitalisation classes (:attr:`~.model.WordClasses.cap`) of words mostly written in lower case
mid-sentence: rarely (``l``) or only sometimes (``m``) capitalised."""


class EntityTagger:
    """The entity model, loaded once; tags token sequences and finds mentions in text."""

    def __init__(self, model: NerModel) -> None:
        self.model = model

    def __reduce__(self) -> tuple[type[EntityTagger], tuple[NerModel]]:
        """Pickled by its model (for worker processes): a compiled (mypyc) tagger cannot be
        made without ``__init__``."""
        return EntityTagger, (self.model,)

    @classmethod
    def load(cls, path: Path | None = None) -> EntityTagger:
        """Load the model shipped with the package, or the one at ``path``."""
        path = path or DEFAULT_MODEL
        try:
            return cls(NerModel.load(path))
        except FileNotFoundError:
            from ...errors import NewsindexError

            raise NewsindexError(
                f"entity model {path} is missing: build it with `make train-ner` "
                "(or reinstall newsindex)"
            ) from None

    def lists_place(self, name: str) -> bool:
        """Whether the model's gazetteer lists ``name`` as a city, region, state, country or
        continent (a one-sense pass tells a firm "Trimedyne" from "Japan" by it)."""
        return is_listed_place(name.split(), self.model.lexicon)

    def names_nationality(self, word: str) -> bool:
        """Whether the gazetteer lists ``word`` only as a nationality ("Israeli"): an
        article-level pass takes "an Israeli spokesman" for no company's."""
        return is_nationality(word, self.model.lexicon)

    def names_state(self, word: str) -> bool:
        """Whether ``word`` is a US state as the agencies abbreviate it after a town ("Okla.")."""
        return is_state_abbreviation(word, self.model.lexicon)

    def may_name_person(self, word: str) -> bool:
        """Whether ``word`` may be part of a person's name (mostly a person's word in training,
        or a listed given name): a one-sense pass keeps "Smith Barney" a person's name where
        "Het Comite" read both ways is the organisation."""
        return may_name_person(word, self.model.lexicon)

    def usually_lower(self, word: str) -> bool:
        """Whether news mostly writes ``word`` in lower case mid-sentence (as the unlabelled
        text, else the training, shows): a common word, capitalised only by a title-cased
        headline ("Optics" of "Bad Optics")."""
        lexicon = self.model.lexicon
        low = word.lower()
        return (lexicon.text_cap.get(low) or lexicon.cap.get(low)) in _LOWER_CASE_CLASSES

    def tag(self, words: Sequence[str]) -> list[str]:
        """IOB2 labels (PER, ORG, LOC and MISC) for one sentence of tokens.

        The model's labels, corrected by :func:`newsindex.nlp.ner.rules.repair_tags`.
        """
        return self._tag(words)[0]

    def _tag(
        self, words: Sequence[str], history: History | None = None
    ) -> tuple[list[str], list[tuple[str, int, int]]]:
        """:meth:`tag` (after the sentences in ``history``, which gets the rules' kinds), and
        the entity spans of its labels (read again only if a rule changed them)."""
        tags, found = self.model.tag_spans(words, history)
        model_tags: list[str] | None = None
        if found:
            model_tags = list(tags)
            repair_tags(words, tags, found, self.model.lexicon)  # in place
            if tags == model_tags:
                model_tags = None
        elif untagged_names(words, tags, self.model.lexicon):
            model_tags = ["O"] * len(tags)
        if history is None:
            return tags, found if model_tags is None else spans(tags)
        if history.surnames:
            unnamed = list(tags) if model_tags is None else model_tags
            if _name_surnames(history, words, tags):
                model_tags = unnamed
        if model_tags is not None:
            _correct_history(history, words, model_tags, tags)
            found = spans(tags)
        _remember_surnames(history, words, found)
        return tags, found

    def tag_sents(self, sents: Sequence[Sequence[str]]) -> list[list[str]]:
        """IOB2 labels for each sentence of a batch, read in order as one text."""
        tag = self._tag
        history = History()
        return [tag(words, history)[0] for words in sents]

    def mentions(self, text: str, history: History | None = None) -> list[Mention]:
        """PER / ORG / LOC mentions in ``text``, in order, with offsets into ``text``; after
        the sentences read into ``history`` (see :meth:`article_mentions`)."""
        tag = self._tag
        words = words_of(text)
        bounds = sentence_bounds(words)
        starts: list[int] | None = None
        if "\n" in text:
            starts = token_starts(text, words)
            bounds = line_bounds(text, words, starts, bounds)
        if history is None and len(bounds) > 1:
            # A passage of one sentence has no earlier sentence to learn from.
            history = History()
        found: list[tuple[str, int, int]] = []  # kind, first and end token
        for first, end in bounds:
            for kind, a, b in tag(words[first:end], history)[1]:
                if kind in KINDS:
                    found.append((kind, first + a, first + b))
        if _SITE_END.search(text):
            _add_web_sites(words, found)
        ends: dict[int, int] = {}
        if _PLACE_WORD_END.search(text):
            ends = _add_word_places(words, found, self.model.lexicon)
        if not found:
            return []
        if starts is None:  # offsets only as far as the last name: half the tokens need none
            starts = token_starts(text, words, found[-1][2])
        out: list[Mention] = []
        for kind, a, b in found:
            start = starts[a]
            stop = starts[b - 1] + ends.get(b - 1, len(words[b - 1]))
            out.append(Mention(kind, text[start:stop], start, stop))
        return out

    def article_mentions(self, texts: Sequence[str]) -> list[list[Mention]]:
        """The mentions of each passage of one article, the passages read in order as one
        text: a name tagged in the lead helps tag it further down, as in training."""
        history = History()
        return [self.mentions(text, history) for text in texts]

    def evaluate(self, gold: Iterable[Sequence[tuple[str, str]]]) -> dict[str, dict[str, float]]:
        """Entity-level scores of this tagger on gold ``(token, tag)`` sentences.

        Keys ``PER``, ``ORG``, ``LOC`` and ``micro``, each with precision, recall, F1 and the
        gold / predicted / correct counts; see :func:`score_spans`.
        """
        sents = [list(s) for s in gold]
        predicted = self.tag_sents([[w for w, _ in s] for s in sents])
        return score_spans([[t for _, t in s] for s in sents], predicted)
