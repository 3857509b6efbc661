"""Organisations as speakers (newsindex.nlp.orgspeakers), on invented text: each rule's case and
the cases it must leave alone."""

from __future__ import annotations

import re

import pytest

from newsindex.nlp.speakers import Person, find_attributions


def locate(paragraph: str, names: tuple[str, ...]) -> list[Person]:
    """Mentions of each of ``names`` in ``paragraph``, the longest first, by their own text."""
    if not names:
        return []
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return [
        (m.group(), m.start(), m.end()) for m in re.finditer(rf"\b(?:{alternatives})\b", paragraph)
    ]


def org_speakers(
    paragraph: str, orgs: tuple[str, ...], persons: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """The organisation speakers of one paragraph, its persons and organisations located."""
    found = find_attributions([paragraph], [locate(paragraph, persons)], [locate(paragraph, orgs)])
    return found[0].orgs


BODIES = ("Harwell Rivet Union", "Tessel Trade Organization", "Pellmark", "Ohio")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a relative clause after a body that a preposition ties to a person or a group
        (
            "Jane Doe, the president of the Harwell Rivet Union, which endorsed Roe, said so.",
            ("Harwell Rivet Union",),
        ),
        (
            "Both are members of the Tessel Trade Organization, which said it would act.",
            ("Tessel Trade Organization",),
        ),
        # ... but not one that a document is about: the document speaks
        ("He cited a report on Pellmark, which said profits fell.", ()),
        ("A trade mission to Ohio, which refused any discount, left early.", ()),
        ("A study of the Tessel Trade Organization, which warned of tariffs, came out.", ()),
        # ... unless the body wrote it
        ("He cited a report by Pellmark, which said profits fell.", ("Pellmark",)),
    ],
)
def test_relative_clause_after_a_prepositions_object(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    assert org_speakers(paragraph, BODIES) == expected
