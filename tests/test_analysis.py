from __future__ import annotations

import re

import pytest
from support import SEEDS, SHARED

from newsindex.index.analysis import news_analyzer, stem


def tokens(text: str) -> list[str]:
    return [t.text for t in news_analyzer()(text)]


def test_running_and_run_share_a_stem() -> None:
    assert tokens("running runs run") == ["run", "run", "run"]


def test_abbreviations_and_names_stay_whole() -> None:
    assert tokens("U.S. tariffs, O'Brien said") == ["u.s", "tariff", "o'brien", "said"]


def test_accents_width_and_case_fold_before_stemming() -> None:
    assert tokens("café CAFÉ cafe\u0301 ＯＩＬ Straße Ørsted") == [
        "cafe",
        "cafe",
        "cafe",
        "oil",
        "strass",
        "orst",
    ]


def test_folded_tokens_keep_their_offsets_in_the_original_text() -> None:
    text = "Le CAFÉ ＯＩＬ"
    spans = [text[t.startchar : t.endchar] for t in news_analyzer()(text, chars=True)]
    assert spans == ["Le", "CAFÉ", "ＯＩＬ"]


def test_stemmer_agrees_with_nltk_snowball_on_the_demo_vocabulary() -> None:
    nltk_stem = pytest.importorskip("nltk.stem.snowball").SnowballStemmer("english")
    texts = [p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")]
    reuters = SHARED / "corpora" / "reuters21578" / "reut2-000.sgm"
    if reuters.exists():  # a far larger vocabulary where the shared corpus is at hand
        texts.append(reuters.read_text(encoding="latin-1"))
    words = set(re.findall(r"[a-z]+", " ".join(texts).lower()))
    assert len(words) > 1000
    differ = {w: (stem(w), nltk_stem.stem(w)) for w in words if stem(w) != nltk_stem.stem(w)}
    assert differ == {}
