"""CoNLL files and entity-level scores (conlleval rules): what training and evaluation read."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from ...kinds import ENTITY_KINDS
from .iob import spans

__all__ = ["read_conll", "read_conllu", "score_spans"]

_TAGS = tuple(k.ner_tag for k in ENTITY_KINDS if k.ner_tag)


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


def read_conllu(path: Path | str) -> Iterator[list[tuple[str, str]]]:
    """Sentences of ``(token, tag)`` from a WikiNEuRal ``.conllu`` file: ``index<TAB>token<TAB>
    TAG`` lines, a blank line between sentences (tags IOB2)."""
    sentence: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                if sentence:
                    yield sentence
                    sentence = []
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3:
                raise ValueError(f"{path}:{number}: expected index, token and tag: {line!r}")
            sentence.append((parts[1], parts[2]))
    if sentence:
        yield sentence


def score_spans(
    gold: Iterable[Sequence[str]],
    predicted: Iterable[Sequence[str]],
    *,
    kinds: Sequence[str] = _TAGS,
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
