"""Locating and downloading the NLTK data newsindex uses.

Indexing and searching need none (the entity model ships as JSON); training the model and the
benchmarks' NLTK baselines do. A missing resource is reported by name with the command that
installs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import NewsindexError

__all__ = ["RESOURCES", "ResourceStatus", "download", "status"]

RESOURCES: dict[str, str] = {
    # training the entity model (`make train-ner`): name and place word lists
    "corpora/names": "names",
    "corpora/gazetteers": "gazetteers",
    # the NLTK baselines the benchmarks measure against (word_tokenize, pos_tag + ne_chunk)
    "tokenizers/punkt_tab": "punkt_tab",
    "taggers/averaged_perceptron_tagger_eng": "averaged_perceptron_tagger_eng",
    "chunkers/maxent_ne_chunker_tab": "maxent_ne_chunker_tab",
    "corpora/words": "words",
}
"""Resource path → the package name ``nltk.download`` takes."""


@dataclass(frozen=True, slots=True)
class ResourceStatus:
    resource: str
    package: str
    location: str | None

    @property
    def found(self) -> bool:
        return self.location is not None


def status() -> list[ResourceStatus]:
    import nltk

    out = []
    for resource, package in RESOURCES.items():
        try:
            location: str | None = str(nltk.data.find(resource))
        except LookupError:
            location = None
        out.append(ResourceStatus(resource, package, location))
    return out


def download(target: Path | None = None) -> list[ResourceStatus]:
    """Download every missing resource (into ``target`` or NLTK's default folder)."""
    import nltk

    for item in status():
        if item.found:
            continue
        ok = nltk.download(
            item.package,
            download_dir=str(target) if target else None,
            quiet=True,
            raise_on_error=False,
        )
        if not ok:
            raise NewsindexError(
                f"could not download NLTK package {item.package!r} (no network?). Copy an "
                "nltk_data folder from a machine that has it and set NLTK_DATA to it."
            )
    if target is not None:
        nltk.data.path.insert(0, str(target))
    return status()
