"""Training the entity model: the only code that imports NLTK (its perceptron and corpora).

python -m newsindex.nlp.ner.train TRAIN.txt --out newsindex/models/ner.json.gz
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from ...errors import NLTKDataMissingError
from .conll import read_conll
from .iob import allowed_next, from_iob2, is_open
from .model import (
    LABELS,
    NerModel,
    Vector,
    WordClasses,
    has_upper,
    is_headline,
    label_features,
    normalise,
    sentence_features,
    word_shape,
)

__all__ = ["main", "nltk_gazetteer", "train"]

_CAP_CLASSES = ((0.9, "C"), (0.5, "c"), (0.1, "m"), (0.0, "l"))


Sentence = tuple[list[str], list[str]]


def _cap_counts(sents: Iterable[Sentence]) -> Counter[tuple[str, bool]]:
    """(lower-case word, capitalised?) -> count, mid-sentence and outside headlines."""
    counts: Counter[tuple[str, bool]] = Counter()
    for words, _ in sents:
        if is_headline(words):
            continue
        counts.update((w.lower(), w[0].isupper()) for w in words[1:] if w[:1].isalpha())
    return counts


def _cap_classes(counts: Counter[tuple[str, bool]]) -> dict[str, str]:
    seen: dict[str, list[int]] = {}
    for (low, upper), c in counts.items():
        entry = seen.setdefault(low, [0, 0])
        entry[0] += c
        entry[1] += c if upper else 0
    out = {}
    for low, (n, c) in sorted(seen.items()):
        if n >= 2:
            out[low] = next(cls for bound, cls in _CAP_CLASSES if c / n >= bound)
    return out


def _type_counts(sents: Iterable[Sentence]) -> Counter[tuple[str, str]]:
    """(word, entity type or ``O``) -> count, for words with a capital letter."""
    counts: Counter[tuple[str, str]] = Counter()
    for words, tags in sents:
        counts.update((w, t[2:] or t) for w, t in zip(words, tags, strict=True) if has_upper(w))
    return counts


def _type_classes(counts: Counter[tuple[str, str]]) -> dict[str, str]:
    """Word -> the types (or ``O``) of at least 30% of its occurrences."""
    totals: Counter[str] = Counter()
    for (w, _), c in counts.items():
        totals[w] += c
    found: dict[str, list[str]] = {}
    for (w, t), c in sorted(counts.items()):
        if c * 10 >= totals[w] * 3:
            found.setdefault(w, []).append(t)
    return {w: " ".join(ts) for w, ts in found.items()}


def nltk_gazetteer() -> dict[str, str]:
    """Word -> gazetteer classes from NLTK's ``names`` and ``gazetteers`` corpora."""
    from nltk.corpus import gazetteers, names  # heavy import, training only

    classes: dict[str, set[str]] = {}

    def add(entry: str, cls: str) -> None:
        parts = entry.split()
        if len(parts) == 1:
            classes.setdefault(entry, set()).add(cls)
        else:
            for part in parts:
                if part[:1].isupper():
                    classes.setdefault(part, set()).add(cls + "_part")

    try:
        names.ensure_loaded()
        gazetteers.ensure_loaded()
    except LookupError as exc:
        missing = "corpora/names" if "names" in str(exc) else "corpora/gazetteers"
        raise NLTKDataMissingError(missing) from exc
    for fileid in ("male.txt", "female.txt"):
        for name in names.words(fileid):
            add(name, "first")
    files = {
        "countries.txt": "country",
        "isocountries.txt": "country",
        "uscities.txt": "city",
        "usstates.txt": "state",
        "caprovinces.txt": "state",
        "mexstates.txt": "state",
        "usstateabbrev.txt": "stateabbr",
        "nationalities.txt": "nationality",
    }
    for fileid, cls in files.items():
        for entry in gazetteers.words(fileid):
            add(entry, cls)
    return {w: " ".join(sorted(c)) for w, c in sorted(classes.items())}


def _entity_lower(sents: Sequence[Sentence]) -> frozenset[str]:
    """Words without capitals inside entities at least twice and in 1% of their uses."""
    inside: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for words, tags in sents:
        for w, t in zip(words, tags, strict=True):
            if not has_upper(w):
                total[w] += 1
                if t[:2] == "I-":
                    inside[w] += 1
    return frozenset(w for w, c in inside.items() if c >= 2 and c * 100 >= total[w])


def _repair(truth: str, prev: str) -> str:
    """The best label still reachable after ``prev`` when the gold one is not."""
    if is_open(prev):
        continues = truth[:2] in ("I-", "L-") and truth[2:] == prev[2:]
        return truth if continues else "L-" + prev[2:]
    if truth[:2] == "I-":
        return "B-" + truth[2:]
    if truth[:2] == "L-":
        return "U-" + truth[2:]
    return truth


def train(
    sentences: Sequence[Sequence[tuple[str, str]]],
    *,
    gazetteer: dict[str, str],
    iterations: int = 12,
    seed: int = 1,
    folds: int = 10,
    prune: float = 0.0,
    log: bool = False,
) -> NerModel:
    """Train a model on IOB2-labelled sentences; deterministic for fixed arguments.

    The corpus-derived word lists (entity types, capitalisation) seen while training a sentence
    come from the other ``folds - 1`` folds (jackknifing), so the model learns how far to trust
    them on unseen text; the shipped lexicon is built from the whole corpus.
    """
    labels = LABELS
    index = {lab: j for j, lab in enumerate(labels)}
    sents: list[Sentence] = [
        ([normalise(w) for w, _ in s], from_iob2([t for _, t in s])) for s in sentences if s
    ]
    n = len(sents)
    fold = [i * folds // n for i in range(n)]
    lower = _entity_lower(sents)
    type_all, cap_all = _type_counts(sents), _cap_counts(sents)
    feats: list[list[list[str]]] = [[] for _ in range(n)]
    for part in range(folds):
        members = [i for i in range(n) if fold[i] == part]
        held = [sents[i] for i in members]
        type_classes = _type_classes(type_all - _type_counts(held))
        cap_classes = _cap_classes(cap_all - _cap_counts(held))
        lex = WordClasses(gazetteer, type_classes, cap_classes, lower)
        for i in members:
            feats[i] = sentence_features(sents[i][0], lex)

    averaged = _perceptron(sents, feats, lower, iterations=iterations, seed=seed, log=log)
    weights: dict[str, Vector] = {}
    for feat, wv in averaged.items():
        vec = [0.0] * len(labels)
        for lab, value in wv.items():
            if abs(value) > prune:
                vec[index[lab]] = value
        if any(vec):
            weights[feat] = vec
    lexicon = WordClasses(gazetteer, _type_classes(type_all), _cap_classes(cap_all), lower)
    return NerModel(labels, weights, lexicon)


def _perceptron(
    sents: Sequence[Sentence],
    feats: Sequence[list[list[str]]],
    lower: frozenset[str],
    *,
    iterations: int,
    seed: int,
    log: bool,
) -> dict[str, dict[str, float]]:
    """Averaged perceptron weights learnt by greedy decoding with the model's own predictions."""
    from nltk.tag.perceptron import AveragedPerceptron  # heavy import, training only

    labels = LABELS
    index = {lab: j for j, lab in enumerate(labels)}
    model = AveragedPerceptron()
    model.classes = set(labels)
    allowed = allowed_next(labels)
    open_ = [is_open(lab) for lab in labels]
    rng = random.Random(seed)
    order = list(range(len(sents)))
    o = index["O"]
    k = len(labels)
    for it in range(iterations):
        rng.shuffle(order)
        correct = total = 0
        started = time.perf_counter()
        weights = model.weights
        for si in order:
            words, gold = sents[si]
            p1 = p2 = o
            for i, w in enumerate(words):
                if not (has_upper(w) or (open_[p1] and w in lower)):
                    p2, p1 = p1, o
                    continue
                fs = feats[si][i] + label_features(p2, p1, word_shape(w), w.lower())
                scores = [0.0] * k
                for f in fs:
                    wv = weights.get(f)
                    if wv:
                        for lab, value in wv.items():
                            scores[index[lab]] += value
                best = max(allowed[p1], key=scores.__getitem__)
                truth = _repair(gold[i], labels[p1])
                model.update(truth, labels[best], fs)
                correct += labels[best] == gold[i]
                total += 1
                p2, p1 = p1, best
        if log:
            print(
                f"iteration {it + 1}/{iterations}: {correct / max(total, 1):.4f} of "
                f"scored tokens right ({time.perf_counter() - started:.1f}s)",
                file=sys.stderr,
            )
    model.average_weights()
    return dict(model.weights)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m newsindex.nlp.ner.train train TRAIN.txt --out MODEL.json.gz``."""
    parser = argparse.ArgumentParser(prog="python -m newsindex.nlp.ner.train", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    tr = sub.add_parser("train", help="train the entity model on a CoNLL (IOB2) file")
    tr.add_argument("train_file", type=Path)
    tr.add_argument("--out", type=Path, required=True)
    tr.add_argument("--iterations", type=int, default=12)
    tr.add_argument("--seed", type=int, default=1)
    tr.add_argument("--prune", type=float, default=0.0)
    args = parser.parse_args(argv)
    sentences = list(read_conll(args.train_file))
    started = time.perf_counter()
    try:
        gazetteer = nltk_gazetteer()
    except NLTKDataMissingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    model = train(
        sentences,
        gazetteer=gazetteer,
        iterations=args.iterations,
        seed=args.seed,
        prune=args.prune,
        log=True,
    )
    model.save(args.out)
    print(
        f"trained on {len(sentences)} sentences in {time.perf_counter() - started:.0f}s; "
        f"{len(model.weights)} features -> {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
