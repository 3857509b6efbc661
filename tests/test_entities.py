"""Entity tagging: scoring rules, the decoder against plain feature sums, the shipped model."""

from __future__ import annotations

import itertools
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from support import rules_applied

from newsindex.nlp.ner.conll import read_conll, score_spans
from newsindex.nlp.ner.iob import allowed_next, from_iob2, is_open, spans, to_iob2
from newsindex.nlp.ner.model import (
    LABELS,
    History,
    NerModel,
    WordClasses,
    has_upper,
    history_kinds,
    label_features,
    normalise,
    phrase_features,
    position_features,
    sentence_features,
    word_shape,
)
from newsindex.nlp.ner.rules import repair_tags, untagged_bodies, untagged_names
from newsindex.nlp.ner.sources import Gazetteer, head_words, news_sentences, word_clusters
from newsindex.nlp.ner.tagger import (
    EntityTagger,
    Mention,
    _add_word_places,
    _remember_surnames,
)
from newsindex.nlp.ner.train import main as ner_main
from newsindex.nlp.ner.train import read_source

SHARED = Path(__file__).parents[1] / ".." / "shared"
SEEDS = SHARED / "seeds"


# -- scoring -------------------------------------------------------------------------------


def test_spans_follow_conlleval() -> None:
    tags = ["B-PER", "I-PER", "O", "I-ORG", "I-ORG", "B-ORG", "I-LOC", "B-LOC", "O", "I-MISC"]
    assert spans(tags) == [
        ("PER", 0, 2),
        ("ORG", 3, 5),  # I- after O starts a chunk
        ("ORG", 5, 6),  # B- always starts one
        ("LOC", 6, 7),  # I- of another kind too
        ("LOC", 7, 8),
        ("MISC", 9, 10),
    ]
    assert spans([]) == []


def test_score_spans_exact_type_and_extent_misc_ignored() -> None:
    gold = [
        ["B-PER", "I-PER", "O", "B-LOC"],
        ["B-ORG", "I-ORG", "O", "B-MISC"],
    ]
    predicted = [
        ["B-PER", "O", "O", "B-LOC"],  # PER too short: a miss and a false positive
        ["B-ORG", "I-ORG", "O", "B-LOC"],  # the MISC span is ignored, the LOC is false
    ]
    scores = score_spans(gold, predicted)
    assert scores["PER"] == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "gold": 1,
        "predicted": 1,
        "correct": 0,
    }
    assert scores["ORG"]["f1"] == 1.0
    assert scores["LOC"]["precision"] == 0.5
    assert scores["LOC"]["recall"] == 1.0
    assert scores["micro"]["gold"] == 3
    assert scores["micro"]["predicted"] == 4
    assert scores["micro"]["correct"] == 2
    assert scores["micro"]["f1"] == pytest.approx(2 * (2 / 4) * (2 / 3) / (2 / 4 + 2 / 3))


def hand_model() -> NerModel:
    """A model whose weights are written by hand, so its output is known exactly."""
    k = len(LABELS)

    def vec(label: str, value: float) -> list[float]:
        v = [0.0] * k
        v[LABELS.index(label)] = value
        return v

    weights = {
        "b": vec("O", 1.0),
        "w=John": vec("B-PER", 5.0),
        "w=Smith": vec("L-PER", 5.0),
        "w=Paris": vec("U-LOC", 5.0),
        "w=Acme": vec("U-ORG", 5.0),
        "w=Berlin": vec("U-ORG", 5.0),  # a deliberate error: Berlin is a place
    }
    return NerModel(LABELS, weights, WordClasses())


def test_evaluate_on_hand_made_gold() -> None:
    gold = [
        [("John", "B-PER"), ("Smith", "I-PER"), ("visited", "O"), ("Paris", "B-LOC")],
        [("Acme", "B-ORG"), ("opened", "O"), ("in", "O"), ("Berlin", "B-LOC")],
        [("Mary", "B-PER"), ("Jones", "I-PER"), ("met", "O"), ("German", "B-MISC")],
    ]
    tagger = EntityTagger(hand_model())
    assert tagger.tag_sents([[w for w, _ in s] for s in gold]) == [
        ["B-PER", "I-PER", "O", "B-LOC"],
        ["B-ORG", "O", "O", "B-ORG"],
        ["O", "O", "O", "O"],
    ]
    scores = tagger.evaluate(gold)
    for kind in ("PER", "LOC"):
        assert scores[kind]["precision"] == 1.0
        assert scores[kind]["recall"] == 0.5
        assert scores[kind]["f1"] == pytest.approx(2 / 3)
    assert scores["ORG"]["precision"] == 0.5
    assert scores["ORG"]["recall"] == 1.0
    micro = scores["micro"]
    assert (micro["gold"], micro["predicted"], micro["correct"]) == (5, 4, 3)
    assert micro["precision"] == 0.75
    assert micro["recall"] == 0.6
    assert micro["f1"] == pytest.approx(2 / 3)


def test_read_conll(tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_text(
        "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\n\nPeter B-PER\n"
        "Blackburn I-PER\n",
        encoding="utf-8",
    )
    assert list(read_conll(path)) == [
        [("EU", "B-ORG"), ("rejects", "O")],
        [("Peter", "B-PER"), ("Blackburn", "I-PER")],
    ]


def test_ner_eval_names_a_file_it_cannot_read(tmp_path: Path) -> None:
    """benchmarks/ner_eval.py on a file that is no gold (a corpus folder's LICENSE) says which
    file and line, and exits, with no traceback."""
    path = tmp_path / "LICENSE"
    path.write_text("https://creativecommons.org/licenses/by/4.0/\n", encoding="utf-8")
    script = Path(__file__).resolve().parents[1] / "benchmarks" / "ner_eval.py"
    proc = subprocess.run(
        [sys.executable, str(script), str(path), "--no-baseline", "--repeats", "1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith(f"ner_eval: {path}: line without a tag")
    assert "Traceback" not in proc.stderr


def test_bilou_round_trip() -> None:
    iob2 = ["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG", "O", "B-MISC"]
    bilou = from_iob2(iob2)
    assert bilou == ["B-PER", "I-PER", "L-PER", "O", "U-LOC", "U-LOC", "U-ORG", "O", "U-MISC"]
    assert spans([to_iob2(t) for t in bilou]) == spans(iob2)


# -- the decoder ----------------------------------------------------------------------------


def reference_tag(
    model: NerModel, words: Sequence[str], history: History | None = None
) -> list[str]:
    """Greedy decoding by summing every feature's weights, without the decoder's caches: in
    whole thousandths, as the decoder does (the weights have three decimals), so that equal
    scores are equal and the first of them wins."""
    if history is not None:
        history.next_sentence()
    ws = [normalise(w) for w in words]
    feats = sentence_features(ws, model.lexicon)
    allowed = allowed_next(model.labels)
    o = model.labels.index("O")
    p1 = p2 = o
    out = []
    for i, w in enumerate(ws):
        if not (has_upper(w) or (is_open(model.labels[p1]) and w in model.lexicon.entity_lower)):
            out.append("O")
            p2, p1 = p1, o
            continue
        scores = [0] * len(model.labels)
        seen = list(history.features(w)) if history is not None else []
        for f in feats[i] + label_features(p2, p1, word_shape(w), w.lower()) + seen:
            for j, value in enumerate(model.weights.get(f, ())):
                scores[j] += round(value * 1000)
        best = max(allowed[p1], key=scores.__getitem__)
        if history is not None and has_upper(w):
            history.add(w, history_kinds(model.labels)[best])
        label = to_iob2(model.labels[best])
        if label.startswith("B-") and p1 != o and out[-1][2:] == label[2:]:
            label = "I-" + label[2:]  # an entity cut short is continued, not restarted
        out.append(label)
        p2, p1 = p1, best
    return out


SENTENCES = [
    "Prime Minister Mark Carney met Donald Trump in Washington on Tuesday .",
    "The Bank of England and Ludwig van Beethoven 's estate sued Acme Corp. in London .",
    "SOCCER - JAPAN BEAT SYRIA 2-1 IN ASIAN CUP .",
    "“ We do n’t need their cars , ” Trump wrote on Truth Social .",
    "Shares in Volkswagen AG rose 3 percent in Frankfurt after the company said profits doubled .",
    "Nikolaus van der Pas , a spokesman for the European Commission , declined to comment .",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_fast_decoder_matches_plain_feature_sums(tagger: EntityTagger, sentence: str) -> None:
    words = sentence.split()
    expected = reference_tag(tagger.model, words)
    assert tagger.model.tag(words) == expected
    tagger.model.clear_cache()
    assert tagger.model.tag(words) == expected  # cold and warm caches agree


def test_fast_decoder_matches_on_conll_dev(tagger: EntityTagger) -> None:
    path = SHARED / "corpora" / "conll2003" / "dev.txt"
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared data folder is missing)")
    sents = [[w for w, _ in s] for s in itertools.islice(read_conll(path), 600)]
    tagger.model.clear_cache()
    assert [tagger.model.tag(s) for s in sents] == [reference_tag(tagger.model, s) for s in sents]
    fast, plain = History(), History()
    assert [tagger.model.tag(s, fast) for s in sents] == [
        reference_tag(tagger.model, s, plain) for s in sents
    ]


def test_decoder_spans_are_those_of_its_labels(tagger: EntityTagger) -> None:
    """``tag_spans`` finds the spans as it labels: they are those ``spans`` reads off the
    labels."""
    sents = [s.split() for s in SENTENCES]
    path = SHARED / "corpora" / "conll2003" / "dev.txt"
    if path.exists():
        sents += [[w for w, _ in s] for s in itertools.islice(read_conll(path), 600)]
    history = History()
    for words in sents:
        labels, found = tagger.model.tag_spans(words, history)
        assert found == spans(labels)


def test_history_holds_the_kinds_of_the_last_sentences() -> None:
    history = History(window=2)
    history.add("Blackburn", 1)  # PER
    assert history.features("Blackburn") == ("d=PER", "d1=PER")
    history.add("BLACKBURN", 2)  # ORG; capitals count as the name
    assert history.features("Blackburn") == ("d=PER", "d=ORG")
    history.next_sentence()
    history.add("Blackburn", 2)
    assert history.features("BLACKBURN") == ("d=ORG",)
    history.next_sentence()  # the first sentence leaves the window
    assert history.features("Blackburn") == ("d=ORG", "d1=ORG")
    assert history.features("Rovers") == ()


def _needs_training_corpora() -> None:
    nltk_data = pytest.importorskip("nltk.data")
    try:
        nltk_data.find("corpora/names")
        nltk_data.find("corpora/gazetteers")
    except LookupError:
        pytest.skip("NLTK names/gazetteers corpora not installed (make nltk-data)")


def test_training_is_reproducible_and_learns(tmp_path: Path) -> None:
    _needs_training_corpora()
    lines = []
    for name, place in [("John Smith", "Paris"), ("Mary Jones", "Berlin"), ("Ann Lee", "Rome")] * 3:
        first, last = name.split()
        lines += [f"{first} B-PER", f"{last} I-PER", "visited O", f"{place} B-LOC", ". O", ""]
    train_file = tmp_path / "train.txt"
    train_file.write_text("\n".join(lines), encoding="utf-8")
    # a second source in WikiNEuRal's format, of which ":2" keeps two sentences
    extra = tmp_path / "extra.conllu"
    extra.write_text(
        "0\tKofi\tB-PER\n1\tAnnan\tI-PER\n2\tvisited\tO\n3\tAccra\tB-LOC\n\n" * 3,
        encoding="utf-8",
    )
    outs = [tmp_path / "a.json.gz", tmp_path / "b.json.gz"]
    for out in outs:
        argv = ["train", str(train_file), f"{extra}:2", "--out", str(out), "--iterations", "3"]
        assert ner_main([*argv, "--no-open-data"]) == 0
    assert outs[0].read_bytes() == outs[1].read_bytes()
    assert len(read_source(f"{extra}:2")) == 2
    assert read_source(str(extra))[0][:2] == [("Kofi", "B-PER"), ("Annan", "I-PER")]
    tagger = EntityTagger.load(outs[0])
    assert tagger.tag(["Mary", "Jones", "visited", "Paris", "."]) == [
        "B-PER",
        "I-PER",
        "O",
        "B-LOC",
        "O",
    ]


def test_another_domain_trains_the_shared_weights_and_copies_tagging_never_uses(
    tmp_path: Path,
) -> None:
    _needs_training_corpora()
    news = tmp_path / "news.txt"
    news.write_text("Ada B-PER\nOrrin I-PER\nvisited O\nTessby B-LOC\n. O\n\n" * 3)
    wiki = tmp_path / "wiki.conllu"
    wiki.write_text("0\tThe\tO\n1\tZorbex\tB-ORG\n2\tFoundation\tI-ORG\n3\topened\tO\n\n" * 3)
    base = ["train", str(news), "--iterations", "3", "--no-open-data", "--bags", "1"]
    alone, both = tmp_path / "alone.json.gz", tmp_path / "both.json.gz"
    assert ner_main([*base, "--out", str(alone)]) == 0
    assert ner_main([*base, "--other-domain", str(wiki), "--out", str(both)]) == 0
    model = NerModel.load(both)
    assert model.weights, "the shared weights are kept"
    assert not [f for f in model.weights if f.startswith("~")], "the copies are not shipped"
    # the other domain's names taught the shared weights what news alone could not
    assert "w=Zorbex" in model.weights
    assert "w=Zorbex" not in NerModel.load(alone).weights


def test_a_name_keeps_the_kind_it_had_earlier_in_the_text(tagger: EntityTagger) -> None:
    sentences = ("Pierre Poilievre spoke in Ottawa .", "Poilievre said on Parliament Hill .")
    # Alone, the shipped model reads the bare surname before "said" as a company's name.
    assert tagger.tag_sents([s.split() for s in sentences])[1][0] == "B-PER"
    text = "Pierre Poilievre spoke in Ottawa. Poilievre said on Parliament Hill that talks matter."
    assert Mention("PER", "Poilievre", 34, 43) in tagger.mentions(text)


def test_model_json_round_trip(tmp_path: Path, tagger: EntityTagger) -> None:
    path = tmp_path / "m.json.gz"
    tagger.model.save(path)
    again = NerModel.load(path)
    sents = [s.split() for s in SENTENCES]
    assert EntityTagger(again).tag_sents(sents) == tagger.tag_sents(sents)
    plain = tmp_path / "m.json"
    again.save(plain)
    assert NerModel.load(plain).weights == again.weights


def test_tag_output_is_valid_iob2(tagger: EntityTagger) -> None:
    for sentence in SENTENCES:
        tags = tagger.tag(sentence.split())
        assert len(tags) == len(sentence.split())
        for prev, tag in zip(["O", *tags], tags, strict=False):
            assert tag in {"O"} | {f"{p}-{k}" for p in "BI" for k in ("PER", "ORG", "LOC", "MISC")}
            if tag.startswith("I-"):
                assert prev[2:] == tag[2:]


# -- rules after the model ---------------------------------------------------------------------

RULES_LEXICON = WordClasses(
    gazetteer={"Anita": "first", "Jose": "first"},
    types={"Corp": "ORG", "Inc": "ORG", "Parliament": "ORG"},
    text_cap={"yesterday": "l"},  # as news writes them: no given names
)


def repaired(sentence: str, tags: str) -> set[tuple[str, str]]:
    """The entities after the rules, for a sentence and its model tags (both space-separated)."""
    return rules_applied(sentence, tags, RULES_LEXICON)


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        # a span right after a person title is the person, whatever kind the model said
        (
            "U.S. Vice-President JD Vance met Carney",
            "B-LOC O B-ORG I-ORG O B-PER",
            {("LOC", "U.S."), ("PER", "JD Vance"), ("PER", "Carney")},
        ),
        ("Gov. Carruthers spoke", "O B-ORG O", {("PER", "Carruthers")}),
        # a first name left inside the organisation before a person joins that person
        (
            "Central Bank President Jose Luis Machinea said",
            "B-ORG I-ORG I-ORG I-ORG B-PER I-PER O",
            {("ORG", "Central Bank"), ("PER", "Jose Luis Machinea")},
        ),
        # the joined name is a person's, whatever its last word ("Hall" can end a place)
        (
            "Central Bank President Jose Luis Hall said",
            "B-ORG I-ORG I-ORG I-ORG B-PER I-PER O",
            {("ORG", "Central Bank"), ("PER", "Jose Luis Hall")},
        ),
        # a whole name after a title inside an organisation's span
        (
            "Fed Chairman Paul Volcker said",
            "B-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "Fed"), ("PER", "Paul Volcker")},
        ),
    ],
)
def test_the_name_after_a_person_title_is_a_person(
    sentence: str, tags: str, expected: set[tuple[str, str]]
) -> None:
    assert repaired(sentence, tags) == expected


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        ("shares in Premier Microwave Corp rose", "O O O B-ORG I-ORG O"),  # a company's last word
        ("Mr. Steak Inc said", "B-ORG I-ORG I-ORG O"),
        ("MS Net sold", "B-ORG I-ORG O"),  # "MS" in capitals is an acronym, not "Ms"
        (
            "Secretary of Trade and Industry Jose Concepcion",
            "B-ORG I-ORG I-ORG I-ORG I-ORG B-PER I-PER",
        ),
        ("said director Citicorp", "O O B-ORG"),  # "director" also heads company names
    ],
)
def test_no_person_after_a_title_that_names_a_company(sentence: str, tags: str) -> None:
    words, labels = sentence.split(" "), tags.split(" ")
    assert repaired(sentence, tags) == entities(labels, words)


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("He spoke on Parliament Hill today", "O O O O B-PER O", {("LOC", "Parliament Hill")}),
        ("fears on Capitol Hill grew", "O O B-PER I-PER O", {("LOC", "Capitol Hill")}),
        ("a walk down Threadneedle Street", "O O O B-PER I-PER", {("LOC", "Threadneedle Street")}),
        ("a bridge over Tessby Brook", "O O O B-PER I-PER", {("LOC", "Tessby Brook")}),
        ("beside Tessby Pond", "O B-PER I-PER", {("LOC", "Tessby Pond")}),
        # a first name makes it a person's name
        ("Anita Hill testified", "B-PER I-PER O", {("PER", "Anita Hill")}),
        ("Anita Brook directed it", "B-PER I-PER O O", {("PER", "Anita Brook")}),
        ("said Anita Hill", "O O B-PER", {("PER", "Anita Hill")}),  # the given name joins
        # a title before it, or a capital that only starts the sentence, proves nothing
        ("Senator Hill said", "O B-PER O", {("PER", "Hill")}),
        ("Senator Hill said", "B-PER I-PER O", {("PER", "Senator Hill")}),
        ("Yesterday Hill said", "O B-PER O", {("PER", "Hill")}),
        # not a landmark noun
        ("on Parliament Smith", "O O B-PER", {("PER", "Smith")}),
    ],
)
def test_a_person_named_after_a_landmark_noun_is_a_place(
    sentence: str, tags: str, expected: set[tuple[str, str]]
) -> None:
    assert repaired(sentence, tags) == expected


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        (
            "analyst Chris Rowland of Barclays de Zoete Wedd noted",
            "O B-PER I-PER O B-ORG O B-PER I-PER O",
            {("PER", "Chris Rowland"), ("ORG", "Barclays de Zoete Wedd")},
        ),
        (
            "Banca Nazionale del Lavoro",
            "B-ORG I-ORG O B-PER",
            {("ORG", "Banca Nazionale del Lavoro")},
        ),
        ("Procter & Gamble", "B-ORG O B-PER", {("ORG", "Procter & Gamble")}),
        # "of" and "'s" also stand between two names
        (
            "a unit of Shell Peter Holmes",
            "O O O B-ORG B-PER I-PER",
            {("ORG", "Shell"), ("PER", "Peter Holmes")},
        ),
        (
            "Shell 's Peter Holmes",
            "B-ORG O B-PER I-PER",
            {("ORG", "Shell"), ("PER", "Peter Holmes")},
        ),
        # after a person the particle is inside that person's name
        ("Charles de Gaulle", "B-PER O B-PER", {("PER", "Charles de Gaulle")}),
    ],
)
def test_a_person_after_a_name_particle_ends_that_name(
    sentence: str, tags: str, expected: set[tuple[str, str]]
) -> None:
    assert repaired(sentence, tags) == expected


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        # the surname after a middle initial, also a common word the model left out
        ("Rep. Walter T. King said", "O B-PER I-PER O O", {("PER", "Walter T. King")}),
        ("said A. J. Price .", "O B-PER I-PER O O", {("PER", "A. J. Price")}),
        # a day after an initial is not a surname
        ("met Ann Q. Tuesday", "O B-PER I-PER O", {("PER", "Ann Q.")}),
        # a surname already there: nothing to add
        ("Paul A. Volcker said", "B-PER I-PER I-PER O", {("PER", "Paul A. Volcker")}),
    ],
)
def test_a_name_does_not_end_on_a_middle_initial(
    sentence: str, tags: str, expected: set[tuple[str, str]]
) -> None:
    assert repaired(sentence, tags) == expected


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        # a name the model split or typed as an organisation, described by a person's role
        (
            "Aung Thura Zaw , a spokesman for the ministry , said",
            "B-ORG I-ORG B-PER O O O O O O O O",
            {("PER", "Aung Thura Zaw")},
        ),
        (
            "Sikandar Sultan Raja , the chief election commissioner , rejected",
            "B-ORG I-ORG I-ORG O O O O O O O",
            {("PER", "Sikandar Sultan Raja")},
        ),
        # the company's spokesman speaks, the company stays a company
        ("Exxon , a spokesman said , will", "B-ORG O O O O O O", {("ORG", "Exxon")}),
        # a company can lead a market; a ministry has an economist
        ("Toyota , the market leader , said", "B-ORG O O O O O O", {("ORG", "Toyota")}),
        (
            "Finance Ministry , the chief economist said",
            "B-ORG I-ORG O O O O O",
            {("ORG", "Finance Ministry")},
        ),
        # Arabic names go on after "Al-"
        (
            "met Sheikh Ahmad Al-Sabah in Kuwait",
            "O O B-PER O O B-LOC",
            {("PER", "Ahmad Al-Sabah"), ("LOC", "Kuwait")},
        ),
    ],
)
def test_a_name_described_by_a_persons_role_is_a_person(
    sentence: str, tags: str, expected: set[tuple[str, str]]
) -> None:
    assert repaired(sentence, tags) == expected


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        # Reuters: names with particles the model cut ("Dehesa" and "Guillermo De" were two people)
        (
            "Spain 's Guillermo de la Dehesa said",
            "B-LOC O B-PER O O B-PER O",
            {("LOC", "Spain"), ("PER", "Guillermo de la Dehesa")},
        ),
        (
            "Finance Minister Barend du Plessis said",
            "O O B-PER O O O",
            {("PER", "Barend du Plessis")},
        ),
        (
            "President Richard von Weizsaecker arrived",
            "O B-PER O B-PER O",
            {("PER", "Richard von Weizsaecker")},
        ),
        (
            "Javier Perez de Cuellar , U.N. Secretary-General",
            "B-PER I-PER O B-LOC O B-ORG O",
            {("PER", "Javier Perez de Cuellar"), ("ORG", "U.N.")},
        ),
        (
            "Guillermo De la Dehesa",
            "B-PER I-PER O O",
            {("PER", "Guillermo De la Dehesa")},
        ),
        # not a particle but "of": two names
        ("Smith of London", "B-PER O B-LOC", {("PER", "Smith"), ("LOC", "London")}),
        # the name goes on after the word that follows the particle: left alone
        ("Hans van Bank Of America", "B-PER O B-ORG I-ORG I-ORG", None),
    ],
)
def test_names_with_particles_are_one_person(
    sentence: str, tags: str, expected: set[tuple[str, str]] | None
) -> None:
    words = sentence.split(" ")
    if expected is None:
        expected = entities(tags.split(" "), words)
    assert repaired(sentence, tags) == expected


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        # Reuters earnings tables: their headings are no names ("Oper" was Reuters' third
        # most-named person)
        ("Oper shr loss two cts vs profit seven cts", "B-PER O O O O O O O O", set()),
        ("Avg Shrs 51.7 mln vs 43.4 mln", "B-ORG I-ORG O O O O O", set()),
        ("Total reserves N.A. vs N.A.", "O O B-ORG O B-ORG", set()),  # "not available"
        # a futures table's contract months
        ("SEP7 6956B 6959 6931", "B-ORG I-ORG O O", set()),
        ("DEC7 7010 7016", "B-ORG O O", set()),
        ("MAY7 6780 UNTRD", "B-ORG O B-ORG", set()),  # May is no abbreviation, yet a month
        ("SETT 6750", "B-ORG O", set()),  # the settlement price's column
        # a table of rates' rows, headed by the currency
        ("DMK 2.9490 / 9520 NKR 11.0265 / 0415", "B-ORG O O O B-ORG O O O", set()),
        # a currency after an amount
        ("reserves fell to 7.15 billion N.Z. Dlrs in January", "O O O O O B-PER I-PER O O", set()),
        ("a loss of 56 mln H.K. Dlrs", "O O O O O B-ORG I-ORG", set()),
        ("sold 500 mln HKD of notes", "O O O B-ORG O O", set()),
        ("fined the firm Rs 10 lakh", "O O O B-ORG O O", set()),  # an abbreviated one before
        # a currency before an amount is no part of the name before it
        (
            "fined Tessco Cement Limited Rs 5 million",
            "O B-ORG I-ORG I-ORG I-ORG O O",
            {("ORG", "Tessco Cement Limited")},
        ),
        # a name, not a currency, without an amount before it
        ("Mark Rand said", "B-PER I-PER O", {("PER", "Mark Rand")}),
        ("HKD said", "B-ORG O", {("ORG", "HKD")}),
    ],
)
def test_table_headings_and_currencies_are_not_entities(
    sentence: str, tags: str, expected: set[tuple[str, str]]
) -> None:
    words, labels = sentence.split(" "), tags.split(" ")
    lexicon = WordClasses(gazetteer={"HKD": "currency", "Mark": "first"})
    assert entities(repair_tags(words, labels, spans(labels), lexicon), words) == expected


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        # a title swallowed into a name ("Exchequer Nigel Lawson" was an organisation)
        (
            "Chancellor of the Exchequer Nigel Lawson said",
            "O O O B-ORG I-ORG I-ORG O",
            {("ORG", "Exchequer"), ("PER", "Nigel Lawson")},
        ),
        # ... a minister's portfolio names no body
        (
            "Minister for Trade Kofi Annan",
            "O O B-ORG I-ORG I-ORG",
            {("PER", "Kofi Annan")},
        ),
        # the name's last word already a person of its own
        (
            "Chancellor of the Exchequer Nigel Lawson said",
            "O O O B-MISC I-MISC B-PER O",
            {("MISC", "Exchequer"), ("PER", "Nigel Lawson")},
        ),
        # no first name in the span: left as the model had it
        (
            "Chancellor of the Exchequer Lawson said",
            "O O O B-ORG I-ORG O",
            {("ORG", "Exchequer Lawson")},
        ),
        # after a role in lower case that an article opens, a firm named for persons
        (
            "said Ada Tolland , the chairman of Brisk Nigel Harwell .",
            "O B-PER I-PER O O O O B-ORG I-ORG I-ORG O",
            {("PER", "Ada Tolland"), ("ORG", "Brisk Nigel Harwell")},
        ),
        (
            "said the chairman of Harwell Nigel Tolland .",
            "O O O O B-ORG I-ORG I-ORG O",
            {("ORG", "Harwell"), ("PER", "Nigel Tolland")},
        ),
        (
            "met the former secretary of State Nigel Lawson",
            "O O O O O B-ORG I-ORG I-ORG",
            {("PER", "Nigel Lawson")},
        ),
        # a name ending in a company word, dotted or not, is no person after an office
        (
            "an analyst at Harwell Nigel Tolland Inc.",
            "O O O B-ORG I-ORG I-ORG I-ORG",
            {("ORG", "Harwell Nigel Tolland Inc.")},
        ),
        # a firm, not a person, employs analysts
        (
            "Smith Barney analyst Jane Doe said",
            "B-PER I-PER O B-PER I-PER O",
            {("ORG", "Smith Barney"), ("PER", "Jane Doe")},
        ),
        (
            "Reagan spokesman Marlin Fitzwater said",
            "B-PER O B-PER I-PER O",
            {("PER", "Reagan"), ("PER", "Marlin Fitzwater")},
        ),
        # a company's partners and "Co" are one company
        (
            "analyst at Merrill Lynch and Co Inc said",
            "O O B-ORG I-ORG O B-ORG I-ORG O",
            {("ORG", "Merrill Lynch and Co Inc")},
        ),
        (
            "Laurie Milbank and Co assistant",
            "B-PER I-PER O B-ORG O",
            {("ORG", "Laurie Milbank and Co")},
        ),
        # company words tagged alone belong to the name before them
        (
            "wholly owned Harris Bankcorp Inc , of Chicago",
            "O O B-PER I-PER B-ORG O O B-LOC",
            {("ORG", "Harris Bankcorp Inc"), ("LOC", "Chicago")},
        ),
        (
            "Bache Securities ( Japan ) Ltd analyst",
            "B-ORG I-ORG O B-LOC O B-ORG O",
            {("ORG", "Bache Securities ( Japan ) Ltd")},
        ),
        (
            "parent to Bio / dynamics Inc and",
            "O O B-LOC O O B-ORG O",
            {("ORG", "Bio / dynamics Inc")},
        ),
        (
            "led by Alex , Brown and Sons Inc , along",
            "O O B-PER O B-PER O B-ORG I-ORG O O",
            {("ORG", "Alex , Brown and Sons Inc")},
        ),
        # a founder's name before "..., Y and Z Securities Corp"; a firm's list stays apart
        (
            "underwriter Brisk , Tessby and Harlow Securities Corp said",
            "O B-PER O B-ORG I-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "Brisk , Tessby and Harlow Securities Corp")},
        ),
        (
            "Exxon , Tessby and Harlow Co said",
            "B-ORG O B-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "Exxon"), ("ORG", "Tessby and Harlow Co")},
        ),
        (
            "Standard and Poor 's Corp said",
            "B-ORG O B-ORG I-ORG I-ORG O",
            {("ORG", "Standard and Poor 's Corp")},
        ),
        # a verb or a full stop after an organisation's "'s": no possessive, the firm's name
        (
            "Standard and Poor 's said it",
            "B-ORG I-ORG I-ORG O O O",
            {("ORG", "Standard and Poor 's")},
        ),
        ("shares of Tessco 's .", "O O B-ORG O O", {("ORG", "Tessco 's")}),
        ("Tessco 's shares rose", "B-ORG O O O", {("ORG", "Tessco")}),
        ("Ada Brisk 's said", "B-PER I-PER O O", {("PER", "Ada Brisk")}),
        # generic words of a firm's name after "'s" make one firm; a firm's own name after a
        # person's "'s" stays apart
        (
            "buoyed Tessby 's International Inc 's stock",
            "O B-PER O B-ORG I-ORG O O",
            {("ORG", "Tessby 's International Inc")},
        ),
        (
            "Ada Brisk 's Tessby Industries Inc said",
            "B-PER I-PER O B-ORG I-ORG I-ORG O",
            {("PER", "Ada Brisk"), ("ORG", "Tessby Industries Inc")},
        ),
        # two companies stay two
        (
            "Exxon and Texaco Inc said",
            "B-ORG O B-ORG I-ORG O",
            {("ORG", "Exxon"), ("ORG", "Texaco Inc")},
        ),
        (
            "Chevron Corp and Texaco Inc said",
            "B-ORG I-ORG O B-ORG I-ORG O",
            {("ORG", "Chevron Corp"), ("ORG", "Texaco Inc")},
        ),
    ],
)
def test_offices_and_companies_around_names(
    sentence: str, tags: str, expected: set[tuple[str, str]]
) -> None:
    words, labels = sentence.split(" "), tags.split(" ")
    lexicon = WordClasses(
        gazetteer={"Nigel": "first", "Kofi": "first", "Brisk": "last"}, types={"Inc": "ORG"}
    )
    assert entities(repair_tags(words, labels, spans(labels), lexicon), words) == expected


def test_phrase_features_mark_multi_word_gazetteer_entries() -> None:
    lexicon = WordClasses(phrases={"Kuala Lumpur": "city", "New York": "city state"})
    words = tokens("Flights from KUALA LUMPUR to New York City")
    found = phrase_features(words, lexicon)
    assert found is not None
    assert found[2] == ["GB=city"] and found[3] == ["GL=city"]  # capitals match as names
    assert found[5] == ["GB=city", "GB=state"] and found[6] == ["GL=city", "GL=state"]
    assert found[7] == [] and found[0] == []
    assert phrase_features(["New", "Delhi"], lexicon) is None
    feats = sentence_features(words, lexicon)
    assert "GB=city" in feats[5]


def test_gazetteer_parts_and_clusters_are_deterministic() -> None:
    gaz = Gazetteer(frozenset({"new", "the"}))
    gaz.add("New York", "city")
    gaz.add("The Hague", "city")
    gaz.add("Accra", "city")
    assert gaz.phrase_classes() == {"New York": "city", "The Hague": "city"}
    # common words are not marked as parts of names
    assert gaz.word_classes() == {"Accra": "city", "Hague": "city_part", "York": "city_part"}
    pytest.importorskip("numpy")
    sents = [
        f"{a} said on {d} that {b} shares rose in {c} ."
        for a in ("Kohl", "Nakasone", "Chirac", "Reagan")
        for b in ("Exxon", "Texaco", "Mobil")
        for c in ("Tokyo", "Paris", "London")
        for d in ("Monday", "Friday")
    ]
    text = [s.split() for s in sents]
    first = word_clusters(text, sizes=(4, 8), min_count=2, dims=8)
    assert first == word_clusters(text, sizes=(4, 8), min_count=2, dims=8)
    assert first["Kohl"].split()[0].startswith("a") and first["Kohl"].split()[1][0] == "b"
    assert first["Kohl"] == first["Chirac"]  # used alike, clustered alike
    assert first["Kohl"] != first["Tokyo"]


def test_news_sentences_read_wire_sgml_timeml_and_plain_text(tmp_path: Path) -> None:
    """The unlabelled news the clusters learn from: Reuters-21578 bodies without the credit,
    a TimeML document's TEXT without its tags, a plain-text article's lines; other files and
    other SGML are not news."""
    (tmp_path / "reut2-000.sgm").write_text(
        "<REUTERS><BODY>Pellmark Inc said it rose.\n Its chief &amp; founder left.\n"
        " Reuter\n\x03</BODY></REUTERS>",
        encoding="latin-1",
    )
    (tmp_path / "story.tml").write_text(
        "<TimeML><DCT>1998-08-07</DCT><TEXT>\nThe mill <EVENT>closed</EVENT> on "
        "<TIMEX3>Friday</TIMEX3>.\n\nIt may reopen.\n</TEXT></TimeML>",
        encoding="utf-8",
    )
    (tmp_path / "article.txt").write_text(
        "A headline\n\nLena Brandt spoke. She left.\n", encoding="utf-8"
    )
    (tmp_path / "other.sgm").write_text("<BODY>Not news.</BODY>", encoding="latin-1")
    (tmp_path / "notes.md").write_text("Not news either.", encoding="utf-8")
    sentences = [" ".join(s) for s in news_sentences(tmp_path)]
    assert sentences == [
        "A headline",
        "Lena Brandt spoke .",
        "She left .",
        "Pellmark Inc said it rose .",
        "Its chief & founder left .",
        "The mill closed on Friday .",
        "It may reopen .",
    ]
    assert [" ".join(s) for s in news_sentences(tmp_path / "story.tml")] == sentences[-2:]


def test_run_features_mark_a_name_ending_in_an_organisation_or_place_word() -> None:
    gaz = Gazetteer()
    head_words(gaz)
    lexicon = WordClasses(gazetteer=gaz.word_classes(), text_cap={"sun": "m"})
    words = tokens("He joined Sun Records and swam the Ohio River .")
    feats = sentence_features(words, lexicon)
    assert "rEg=org_head" in feats[2] and "g=org_head" in feats[3]
    assert "rEg=loc_head" in feats[7] and "rEg=org_head" not in feats[7]
    assert "t=m" in feats[2] and "1t=m" in feats[1]  # capitalised in unlabelled text


def test_run_features_of_a_name_met_again_keep_the_word_before_it() -> None:
    gaz = Gazetteer()
    head_words(gaz)
    lexicon = WordClasses(gazetteer=gaz.word_classes(), types={"Sun": "ORG"})
    words = tokens("Sun Records won , and Sun Records lost .")
    feats = [list(f) for f in position_features(words, False, lexicon)]
    assert feats[0] == ["rB2", "rE=records", "rEe=u", "rEg=org_head"]
    assert feats[1] == ["rE2", "rA=sun", "rX=<s>", "rAe=ORG"]
    # the second time, the words' own run features are made once; the word before is read again
    assert feats[5] == feats[0]
    assert feats[6] == ["rE2", "rA=sun", "rX=and", "rAe=ORG"]


def test_re3d_sources_keep_names_in_conll_kinds(tmp_path: Path) -> None:
    rows = [
        ("Foreign", "B-Person"),
        ("Secretary", "I-Person"),
        ("Boris", "I-Person"),
        ("Johnson", "I-Person"),
        ("told", "O"),
        ("Russia", "B-Organisation"),
        ("and", "O"),
        ("the", "B-Organisation"),
        ("government", "I-Organisation"),
        ("that", "O"),
        ("he", "B-Person"),
        ("saw", "O"),
        ("the", "B-Organisation"),
        ("UN", "I-Organisation"),
        ("in", "O"),
        ("Mosul", "B-Location"),
        ("on", "O"),
        ("Monday", "B-Temporal"),
    ]
    path = tmp_path / "re3d-train.conll"
    path.write_text("".join(f"{w}\t{t}\n" for w, t in rows) + "\n", encoding="utf-8")
    [sentence] = read_source(str(path), {"Russia": "country"})
    assert [w for w, _ in sentence] == [w for w, _ in rows]
    # the title before a name, a description and a pronoun are no names in CoNLL; a country
    # that acts is a place
    assert [t for _, t in sentence] == tokens(
        "O O B-PER I-PER O B-LOC O O O O O O O B-ORG O B-LOC O O"
    )


@pytest.mark.parametrize(
    ("text", "person", "other"),
    [
        ("U.S. Vice-President JD Vance arrived.", "JD Vance", None),
        (
            "Pierre Poilievre said on Parliament Hill that talks matter.",
            "Pierre Poilievre",
            ("LOC", "Parliament Hill"),
        ),
        (
            "Central Bank President Jose Luis Machinea said talks were hard.",
            "Jose Luis Machinea",
            None,
        ),
        (
            "Industry analyst Chris Rowland of Barclays de Zoete Wedd noted the rise.",
            "Chris Rowland",
            None,
        ),
    ],
)
def test_mentions_apply_the_rules(
    tagger: EntityTagger, text: str, person: str, other: tuple[str, str] | None
) -> None:
    found = {(m.kind, m.text) for m in tagger.mentions(text)}
    assert {name for kind, name in found if kind == "PER"} == {person}
    if other:
        assert other in found


# -- the shipped model on real text -----------------------------------------------------------


def tokens(sentence: str) -> list[str]:
    return sentence.split(" ")


def entities(tags: list[str], words: list[str]) -> set[tuple[str, str]]:
    return {(k, " ".join(words[a:b])) for k, a, b in spans(tags)}


def test_tags_people_places_and_organisations(tagger: EntityTagger) -> None:
    words = tokens("Prime Minister Mark Carney met Donald Trump in Washington on Tuesday .")
    assert entities(tagger.tag(words), words) == {
        ("PER", "Mark Carney"),
        ("PER", "Donald Trump"),
        ("LOC", "Washington"),
    }
    words = tokens(
        "German Chancellor Helmut Kohl told reporters in Bonn that the Bundesbank waits ."
    )
    assert entities(tagger.tag(words), words) == {
        ("MISC", "German"),
        ("PER", "Helmut Kohl"),
        ("LOC", "Bonn"),
        ("ORG", "Bundesbank"),
    }


def test_tags_an_all_capitals_headline(tagger: EntityTagger) -> None:
    words = tokens("SOCCER - JAPAN BEAT SYRIA IN ASIAN CUP .")
    found = entities(tagger.tag(words), words)
    assert {("LOC", "JAPAN"), ("LOC", "SYRIA")} <= found


def test_mentions_offsets_and_kinds(tagger: EntityTagger) -> None:
    text = "Shares in Volkswagen rose.  “It’s good,” said Ford Motor Co’s chief in Detroit."
    found = tagger.mentions(text)
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.kind in {"PER", "ORG", "LOC"}
    assert Mention("ORG", "Volkswagen", 10, 20) in found
    assert Mention("LOC", "Detroit", 71, 78) in found
    assert tagger.mentions("") == []


def test_mentions_on_the_seed_article(tagger: EntityTagger) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    if not seeds:
        pytest.skip(f"no seed article in {SEEDS} (the shared data folder is absent)")
    text = seeds[0].read_text(encoding="utf-8")
    found = tagger.mentions(text)
    assert all(text[m.start : m.end] == m.text for m in found)
    by_kind: dict[str, set[str]] = {}
    for m in found:
        by_kind.setdefault(m.kind, set()).add(m.text)
    assert {"Mark Carney", "Donald Trump", "Pierre Poilievre", "Doug Ford"} <= by_kind["PER"]
    assert {"Ottawa", "Canada"} <= by_kind["LOC"]
    assert "White House" in by_kind["LOC"] | by_kind["ORG"]
    trump = [m.kind for m in found if m.text == "Trump"]
    assert trump.count("PER") > len(trump) / 2


def test_loading_and_tagging_do_not_import_nltk() -> None:
    code = (
        "import sys; from newsindex.nlp.ner.tagger import EntityTagger; "
        "t = EntityTagger.load(); t.mentions('Mark Carney met Donald Trump in Washington.'); "
        "assert 'nltk' not in sys.modules, 'nltk imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# -- Reuters: what `newsindex stats` lists first --------------------------------------------------

REUTERS = SHARED / "corpora" / "reuters21578"


@pytest.mark.shared
def test_reuters_top_names_are_no_table_headings_currencies_or_cities() -> None:
    """The 50 commonest persons, organisations and places of two Reuters files hold no table
    heading ("Oper"), no currency ("H.K. Dlrs", "HKD"), no stock exchange's letter ("L" of
    "<BAEL.L>") and, among persons, no city ("Santa Fe"): what `newsindex stats --top 50`
    showed on the whole corpus."""
    files = [REUTERS / "reut2-000.sgm", REUTERS / "reut2-001.sgm"]
    if not all(f.exists() for f in files):
        pytest.skip(f"{REUTERS} is absent (the shared data folder is missing)")
    from collections import Counter

    from newsindex.nlp.lexicon import COMPANY_WORDS, CURRENCY_WORDS, FIGURE_WORDS
    from newsindex.nlp.pipeline import Enricher
    from newsindex.problems import ProblemLog
    from newsindex.readers import read_paths

    enricher = Enricher.load()
    counts: dict[str, Counter[str]] = {k: Counter() for k in ("persons", "orgs", "places")}
    for article in read_paths(files, log=ProblemLog()):
        for passage in enricher.enrich(article):
            for kind, counter in counts.items():
                counter.update(getattr(passage, kind))
    lexicon = EntityTagger.load().model.lexicon
    places = {"city", "country", "state", "continent"}

    def place_only(name: str) -> bool:
        classes = set(lexicon.phrases.get(name, lexicon.gazetteer.get(name, "")).split())
        return bool(classes & places) and not classes & {"first", "last"}

    for kind, counter in counts.items():
        top = [name for name, _ in counter.most_common(50)]
        assert len(top) == 50, kind
        for name in top:
            words = [w.strip(".").casefold() for w in name.split()]
            assert not all(w in FIGURE_WORDS for w in words), (kind, name)
            assert not all(w in COMPANY_WORDS for w in words), (kind, name)  # "Inc" alone
            first = lexicon.gazetteer.get(name.split()[0], "").split()
            assert words[-1] not in CURRENCY_WORDS or "first" in first, (kind, name)
            assert "currency" not in lexicon.gazetteer.get(name, ""), (kind, name)
            assert len(name.replace(".", "")) > 1, (kind, name)  # "L" of "<BAEL.L>"
            if kind == "persons":
                assert not place_only(name), (kind, name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oper shr loss two cts vs profit seven cts", set()),
        ("Reserves fell to 7.15 billion N.Z. Dlrs in January.", set()),
        (
            "Chancellor of the Exchequer Nigel Lawson said sterling was firm.",
            {("PER", "Nigel Lawson")},
        ),
        (
            "Former finance minister Guillermo de la Dehesa met Barend du Plessis.",
            {("PER", "Guillermo de la Dehesa"), ("PER", "Barend du Plessis")},
        ),
    ],
)
def test_mentions_on_reuters_sentences(
    tagger: EntityTagger, text: str, expected: set[tuple[str, str]]
) -> None:
    found = {(m.kind, m.text) for m in tagger.mentions(text)}
    assert expected <= found
    assert not any("Dlrs" in name or name == "Oper" for _, name in found)


def test_no_mention_runs_from_one_table_row_into_the_next(tagger: EntityTagger) -> None:
    rows = "Lending by Marlow Harbour Bank\nGrant Street Trust Co 4 vs 3\nNorth Fenwick Bank 2"
    found = tagger.mentions(rows)
    assert found
    assert not any("\n" in m.text for m in found)
    assert all(rows[m.start : m.end] == m.text for m in found)


def test_a_country_tagged_as_an_organisation_is_a_place() -> None:
    lexicon = WordClasses(gazetteer={"Philippines": "country"}, phrases={"Costa Rica": "country"})
    for sentence, tags, expected in [
        ("The Philippines will ask", "O B-ORG O O", {("LOC", "Philippines")}),
        ("Costa Rica said", "B-ORG I-ORG O", {("LOC", "Costa Rica")}),
        ("Philippines Airlines said", "B-ORG I-ORG O", {("ORG", "Philippines Airlines")}),
    ]:
        words, labels = sentence.split(" "), tags.split(" ")
        assert entities(repair_tags(words, labels, spans(labels), lexicon), words) == expected


def test_an_articles_passages_are_read_as_one_text(tagger: EntityTagger) -> None:
    """A name the lead tags helps tag it further down the article (the history carries over
    from passage to passage), as the model was trained and is measured."""
    texts = [
        "Conservative Leader Pierre Poilievre spoke to reporters in Ottawa.",
        "Poilievre gains ground in Quebec.",
    ]
    alone = {(m.kind, m.text) for m in tagger.mentions(texts[1])}
    lead, later = tagger.article_mentions(texts)
    assert ("PER", "Pierre Poilievre") in {(m.kind, m.text) for m in lead}
    assert ("PER", "Poilievre") in {(m.kind, m.text) for m in later}
    assert ("PER", "Poilievre") not in alone


def test_a_surname_alone_is_the_person_the_article_named_in_full(tagger: EntityTagger) -> None:
    """A surname that is also a common word ("Player") is the person the last sentences named
    in full: the model, reading the sentence alone, leaves it untagged."""
    texts = ["Ben Player won the world title in Hawaii last year.", "This month Player returns."]
    assert ("PER", "Player") not in {(m.kind, m.text) for m in tagger.mentions(texts[1])}
    later = tagger.article_mentions(texts)[1]
    assert ("PER", "Player") in {(m.kind, m.text) for m in later}


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Ben Player", "Player"),
        ("Ken Ofori-Atta", "Ofori-Atta"),
        # a month, a function word, a suffix or an initial alone is mostly no one
        ("Ada May", None),
        ("Orrin Such", None),
        ("Ada Brisk Jr", None),
        ("Ada B.", None),
        ("ADA BRISK", None),  # a headline's capitals
        ("Brisk", None),  # a name of one word is no full name
    ],
)
def test_the_history_keeps_the_surnames_of_full_names(name: str, surname: str | None) -> None:
    history = History(window=2)
    words = [*name.split(), "spoke"]
    _remember_surnames(history, words, [("PER", 0, len(words) - 1)])
    assert list(history.surnames) == ([surname] if surname else [])
    if surname:
        assert history.has_surname(surname)
        history.next_sentence()
        assert history.has_surname(surname)
        history.next_sentence()  # the sentence that named it leaves the window
        assert not history.has_surname(surname)


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("only half of TCW members voted", "O O O O O O", {("ORG", "TCW")}),
        ("T.C.W. officials said", "O O O", {("ORG", "T.C.W.")}),
        # an acronym training saw as no organisation's, or a word in capitals, stays untagged
        ("CEO members", "O O", set()),
        ("Members met", "O O", set()),
        # one the model tagged keeps its kind
        ("ELTON officials", "B-MISC O", {("MISC", "ELTON")}),
        # an armed group's people: after an adjective the model tagged, or on the Arabic article
        ("Harlovian TWF rebels", "B-MISC O O", {("MISC", "Harlovian"), ("ORG", "TWF")}),
        ("Al-Tessab fighters attacked", "O O O", {("ORG", "Al-Tessab")}),
        ("al-Tessab gunmen", "O O", {("ORG", "al-Tessab")}),
        # aircraft, not fighters: a number before; a name on the article before officials
        ("bought 40 TWX fighters", "O O O O", set()),
        ("Al-Tessab officials", "O O", set()),
    ],
)
def test_an_acronym_before_a_bodys_people_is_the_body(
    sentence: str, tags: str, expected: set[tuple[str, str]]
) -> None:
    words, labels = sentence.split(" "), tags.split(" ")
    untagged_bodies(words, labels, WordClasses(types={"CEO": "O"}))
    assert entities(labels, words) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chief Election Commissioner Tessvaro Sultan Brisk on Thursday rejected it",
            {("PER", "Tessvaro Sultan Brisk")},
        ),
        ("it was rejected by Minister Tessvaro Brisk .", {("PER", "Tessvaro Brisk")}),
        # ... or a courtesy title, also over a family name on the Arabic article
        (
            "chief executive Sheikh Tessvaro Brisk Al-Tessby told",
            {("PER", "Tessvaro Brisk Al-Tessby")},
        ),
        ("Dr Tessvaro Brisk said", {("PER", "Tessvaro Brisk")}),
        # one word alone, a first word training had or a place, or a name running on over
        # more capitalised words, may be no person's
        ("Minister Tessvaro said", set()),
        ("Minister Harlow Brisk said", set()),
        ("Governor Tessvaro Brisk Harwell Corbel Tessby Company said", set()),
        ("Secretary Corbel Brisk said", set()),
        ("Mr Corbel Brisk said", set()),
    ],
)
def test_an_unseen_name_after_a_title_is_a_person(
    sentence: str, expected: set[tuple[str, str]]
) -> None:
    words = sentence.split(" ")
    labels = ["O"] * len(words)
    lexicon = WordClasses(gazetteer={"Harlow": "city"}, types={"Corbel": "ORG"})
    untagged_names(words, labels, lexicon)
    assert entities(labels, words) == expected


def test_web_sites_are_organisations(tagger: EntityTagger) -> None:
    found = tagger.mentions("Tesscheck.org said the claim was false, as did Harlowpost.com.")
    assert [(m.kind, m.text) for m in found] == [
        ("ORG", "Tesscheck.org"),
        ("ORG", "Harlowpost.com"),
    ]


def test_a_place_before_based_takes_in_its_first_words_tagged_alone() -> None:
    """The tokenizer keeps "Louis-based" whole, and the model read "St." alone as a body, or
    "New York" alone as the place of "New York City-based": the listed place is one mention,
    which ends before the hyphen."""
    lexicon = WordClasses(
        phrases={"St. Louis": "city", "New York": "city", "New York City": "city"}
    )
    words = ["its", "St.", "Louis-based", "store", "division"]
    found = [("ORG", 1, 2)]
    assert _add_word_places(words, found, lexicon) == {2: len("Louis")}
    assert found == [("LOC", 1, 3)]
    words = ["a", "New", "York", "City-based", "bank"]
    found = [("LOC", 1, 3)]
    assert _add_word_places(words, found, lexicon) == {3: len("City")}
    assert found == [("LOC", 1, 4)]
    # a name before the place, not part of it, stays
    words = ["Harwell", "St.", "Louis-based"]
    found = [("ORG", 0, 2)]
    _add_word_places(words, found, lexicon)
    assert found == [("ORG", 0, 2)]


def test_the_history_holds_the_kinds_the_rules_gave(tagger: EntityTagger) -> None:
    """The sentences after one see the kinds its rules gave its words, not the model's: the
    model read "Sultan Raja" after "chief" as a body, the title rule made the name a person."""
    history = History()
    words = ["Election", "Commission", "chief", "Sikandar", "Sultan", "Raja", "spoke", "."]
    tags = tagger._tag(words, history)[0]
    assert tags[3:6] == ["B-PER", "I-PER", "I-PER"]
    person, body = history_kinds(["B-PER", "B-ORG"])
    assert history.counts["Raja"][person] == 1
    assert history.counts["Raja"][body] == 0
    assert ("Raja", person) in history.sentence


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("Local 1199 , the hospital workers ' union", "O O O O O O O O O", {("ORG", "Local 1199")}),
        ("members of Local 32BJ walked out", "O O O O O O", {("ORG", "Local 32BJ")}),
        # the union's name before it goes on over it
        (
            "of Tessby Workers Local 32B-J in Harlow",
            "O B-ORG I-ORG I-ORG O O B-LOC",
            {("ORG", "Tessby Workers Local 32B-J"), ("LOC", "Harlow")},
        ),
        ("Tessby Workers Local 100", "B-ORG I-ORG O O", {("ORG", "Tessby Workers Local 100")}),
        # no number, or a number that is none of a local's
        ("Local officials said", "O O O", set()),
        ("Local 24-hour news", "O O O", set()),
    ],
)
def test_a_unions_local_is_an_organisation(
    sentence: str, tags: str, expected: set[tuple[str, str]]
) -> None:
    words, labels = sentence.split(" "), tags.split(" ")
    untagged_bodies(words, labels, WordClasses())
    assert entities(labels, words) == expected
