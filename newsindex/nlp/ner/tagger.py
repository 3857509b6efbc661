"""Named entities (persons, organisations, places) in passage text.

`EntityTagger` wraps the shipped sequence model (see :mod:`newsindex.nlp.ner.model`) behind
NLTK's tagger interface: ``tag`` one sentence of tokens, ``tag_sents`` a batch, ``evaluate``
against gold sentences. ``mentions(text)`` is what the indexer calls: tokenize, split
sentences, tag, and return PER / ORG / LOC spans with character offsets into the text. Load the
tagger once and keep it: the
model file is parsed at load and per-word scores are cached as text is tagged.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..tokens import scan, sentence_bounds
from .model import NerModel
from .rules import repair_tags

__all__ = ["KINDS", "EntityTagger", "Mention", "read_conll", "score_spans", "spans"]

KINDS: tuple[str, ...] = ("PER", "ORG", "LOC")
"""The entity kinds newsindex indexes; the model also predicts MISC, which is dropped."""

DEFAULT_MODEL = Path(__file__).parents[2] / "models" / "ner.json.gz"


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention: its kind, its text and its ``[start, end)`` offsets in the source."""

    kind: str
    text: str
    start: int
    end: int


def spans(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """Entity chunks ``(kind, first, end)`` of an IOB2 sequence, read as ``conlleval`` does.

    A chunk starts at ``B-X``, or at ``I-X`` that does not continue an ``X`` chunk; it ends before
    ``O``, any ``B-``, or an ``I-`` of another kind.
    """
    out: list[tuple[str, int, int]] = []
    kind = ""
    start = 0
    for i, tag in enumerate(tags):
        if tag == "O" or tag[:2] == "B-" or tag[2:] != kind:
            if kind:
                out.append((kind, start, i))
            kind = "" if tag == "O" else tag[2:]
            start = i
    if kind:
        out.append((kind, start, len(tags)))
    return out


def read_conll(path: Path | str) -> Iterator[list[tuple[str, str]]]:
    """Sentences of ``(token, tag)`` from a CoNLL file: ``token ... TAG`` lines, blank between.

    The first column is the token and the last the tag, so both the two-column files in
    ``shared/corpora/conll2003`` and the original four-column ones read; ``-DOCSTART-`` lines
    are skipped.
    """
    sentence: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                if sentence:
                    yield sentence
                    sentence = []
                continue
            if parts[0] == "-DOCSTART-":
                continue
            if len(parts) < 2:
                raise ValueError(f"{path}: line without a tag: {line.rstrip()!r}")
            sentence.append((parts[0], parts[-1]))
    if sentence:
        yield sentence


def score_spans(
    gold: Iterable[Sequence[str]],
    predicted: Iterable[Sequence[str]],
    *,
    kinds: Sequence[str] = KINDS,
) -> dict[str, dict[str, float]]:
    """Entity-level precision, recall and F1 per kind and micro-averaged over ``kinds``.

    A predicted chunk counts only if a gold chunk has exactly its tokens and kind (``conlleval``);
    chunks of other kinds (MISC) are ignored on both sides.
    """
    counts = {k: [0, 0, 0] for k in kinds}  # gold, predicted, correct
    for g_tags, p_tags in zip(gold, predicted, strict=True):
        g = {s for s in spans(g_tags) if s[0] in counts}
        p = {s for s in spans(p_tags) if s[0] in counts}
        for s in g:
            counts[s[0]][0] += 1
        for s in p:
            counts[s[0]][1] += 1
        for s in g & p:
            counts[s[0]][2] += 1
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    result = {k: _prf(*c) for k, c in counts.items()}
    result["micro"] = _prf(*total)
    return result


def _prf(gold: int, predicted: int, correct: int) -> dict[str, float]:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": f,
        "gold": gold,
        "predicted": predicted,
        "correct": correct,
    }


class EntityTagger:
    """The entity model, loaded once; tags token sequences and finds mentions in text."""

    def __init__(self, model: NerModel) -> None:
        self.model = model

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

    def tag(self, words: Sequence[str]) -> list[str]:
        """IOB2 labels (PER, ORG, LOC and MISC) for one sentence of tokens.

        The model's labels, corrected by :func:`newsindex.nlp.ner.rules.repair_tags`.
        """
        tags = self.model.tag(words)
        found = spans(tags)
        return repair_tags(words, tags, found, self.model.lexicon) if found else tags

    def tag_sents(self, sents: Sequence[Sequence[str]]) -> list[list[str]]:
        """IOB2 labels for each sentence of a batch."""
        tag = self.tag
        return [tag(words) for words in sents]

    def mentions(self, text: str) -> list[Mention]:
        """PER / ORG / LOC mentions in ``text``, in order, with offsets into ``text``."""
        out: list[Mention] = []
        tag = self.tag
        words, starts = scan(text)
        for first, end in sentence_bounds(words):
            tags = tag(words[first:end])
            if tags.count("O") == len(tags):
                continue
            for kind, a, b in spans(tags):
                if kind in KINDS:
                    start = starts[first + a]
                    stop = starts[first + b - 1] + len(words[first + b - 1])
                    out.append(Mention(kind, text[start:stop], start, stop))
        return out

    def evaluate(self, gold: Iterable[Sequence[tuple[str, str]]]) -> dict[str, dict[str, float]]:
        """Entity-level scores of this tagger on gold ``(token, tag)`` sentences.

        Keys ``PER``, ``ORG``, ``LOC`` and ``micro``, each with precision, recall, F1 and the
        gold / predicted / correct counts; see :func:`score_spans`.
        """
        sents = [list(s) for s in gold]
        predicted = self.tag_sents([[w for w, _ in s] for s in sents])
        return score_spans([[t for _, t in s] for s in sents], predicted)
