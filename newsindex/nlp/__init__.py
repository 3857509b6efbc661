"""Index-time language work: segmentation, tokens, entities, person names, speakers and dates,
run as a pipeline of named steps (:class:`Enricher`). Imports no Whoosh; NLTK only in
``nlp.ner.train``.

The pipeline's names load on first use, so the pure string helpers (``nlp.names``,
``nlp.lexicon``, ``nlp.dates``) can be imported without the entity model.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .pipeline import (
        DatesStep,
        Document,
        Enricher,
        EntitiesStep,
        PersonsStep,
        SpeakersStep,
        Step,
    )

__all__ = [
    "DatesStep",
    "Document",
    "Enricher",
    "EntitiesStep",
    "PersonsStep",
    "SpeakersStep",
    "Step",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(".pipeline", __name__), name)
    globals()[name] = value
    return value
