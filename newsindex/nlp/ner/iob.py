"""IOB2 and BILOU label sequences: conversion, valid transitions and entity chunks."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["allowed_next", "from_iob2", "is_open", "spans", "to_iob2"]


def is_open(label: str) -> bool:
    """A label after which the entity must continue (BILOU ``B-``/``I-``)."""
    return label[:2] in ("B-", "I-")


def allowed_next(labels: Sequence[str]) -> list[list[int]]:
    """For each previous label, the labels that may follow it in a valid BILOU sequence."""
    allowed = []
    for prev in labels:
        ok = []
        for j, lab in enumerate(labels):
            continues = lab[:2] in ("I-", "L-")
            if (continues and prev[2:] == lab[2:]) if is_open(prev) else not continues:
                ok.append(j)
        allowed.append(ok)
    return allowed


def to_iob2(label: str) -> str:
    """BILOU to IOB2: ``U-X`` -> ``B-X``, ``L-X`` -> ``I-X``."""
    if label[:2] == "U-":
        return "B-" + label[2:]
    if label[:2] == "L-":
        return "I-" + label[2:]
    return label


def from_iob2(tags: Sequence[str]) -> list[str]:
    """IOB2 to BILOU, reading chunks as ``conlleval`` does."""
    out = []
    n = len(tags)
    for i, tag in enumerate(tags):
        if tag == "O":
            out.append("O")
            continue
        kind = tag[2:]
        starts = tag[:2] == "B-" or i == 0 or tags[i - 1][2:] != kind
        nxt = tags[i + 1] if i + 1 < n else "O"
        ends = nxt[:2] != "I-" or nxt[2:] != kind
        if starts:
            out.append(("U-" if ends else "B-") + kind)
        else:
            out.append(("L-" if ends else "I-") + kind)
    return out


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
