"""The shared word lists: each defined once, and every module that uses them sees the same words."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from newsindex.nlp import lexicon
from newsindex.nlp.lexicon import (
    ABBREVIATED_TITLES,
    DOTTED_ABBREVIATIONS,
    HONORIFICS,
    LOWER_CASE_ABBREVIATIONS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NAME_ABBREVIATIONS,
    NAME_JOINERS,
    NAME_PARTICLES,
    PERSON_TITLES,
    ROLES,
    TITLE_HEADS,
    UNIQUE_ROLES,
    WEEKDAYS,
    pick,
    wordset,
)
from newsindex.nlp.names import is_title_head, strip_title
from newsindex.nlp.ner import model
from newsindex.nlp.ner.iob import spans
from newsindex.nlp.ner.model import WordClasses
from newsindex.nlp.ner.rules import repair_tags
from newsindex.nlp.speakers import find_speakers
from newsindex.nlp.tokens import sentence_bounds, tokenize

NLP = Path(lexicon.__file__).parent

LISTS = {
    name: value
    for name in lexicon.__all__
    if isinstance(value := getattr(lexicon, name), (frozenset, tuple))
}


def test_the_model_connectors_are_the_set_it_was_trained_with() -> None:
    # The run features of the shipped model depend on this exact set; it must not drift with
    # the lexicon (the literal is the one the model was trained with).
    trained = (
        "of de & 's ' / for the der van von den da al du la le des del della dal di y et el "
        "dos das bin ibn"
    )
    assert frozenset(trained.split()) == model._CONNECTORS


@pytest.mark.parametrize("name", sorted(LISTS))
def test_every_list_is_lower_case_and_not_empty(name: str) -> None:
    words = LISTS[name]
    assert words
    assert all(isinstance(w, str) and w == w.strip() and w == w.lower() for w in words)


def test_no_word_is_both_an_honorific_and_a_particle_or_joiner() -> None:
    assert not HONORIFICS & NAME_PARTICLES
    assert not HONORIFICS & NAME_JOINERS
    assert not NAME_PARTICLES & NAME_JOINERS  # "of", "the", "&" are joiners, not particles


def test_the_particles_are_the_union_of_the_old_lists() -> None:
    rules = "de da di du del della der den van von le la des dos das y et"
    speakers = "de da di du del della der den van von la le al el bin ibn"
    model_particles = "de der van von den da al du la le des del della dal di y et el"
    assert wordset(f"{rules} {speakers} {model_particles}") == NAME_PARTICLES


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("mr mrs", {"mr", "mrs"}),
        ("  mr\n\tmrs  \n", {"mr", "mrs"}),
        ("mr mr", {"mr"}),
        ("vice-president 's &", {"vice-president", "'s", "&"}),
        ("", set()),
    ],
)
def test_wordset_splits_at_any_white_space(text: str, words: set[str]) -> None:
    assert wordset(text) == words
    assert isinstance(wordset(text), frozenset)


def test_pick_takes_only_words_of_its_parent_list() -> None:
    assert pick(TITLE_HEADS, "president  mayor") == {"president", "mayor"}
    assert pick(ROLES, "prime minister, mayor", sep=",") == {"prime minister", "mayor"}
    with pytest.raises(ValueError, match="plumber"):
        pick(TITLE_HEADS, "president plumber")


def test_subsets_stay_inside_their_parent_lists() -> None:
    assert PERSON_TITLES <= TITLE_HEADS | ABBREVIATED_TITLES
    assert ABBREVIATED_TITLES <= HONORIFICS
    assert set(ROLES) >= UNIQUE_ROLES
    assert len(set(ROLES)) == len(ROLES)
    # Titles that can start a company's name are no person titles ("General Motors").
    assert not {"general", "director", "chief"} & PERSON_TITLES


def test_months_and_weekdays_in_calendar_order() -> None:
    assert len(MONTHS) == 12 and MONTHS[0] == "january" and MONTHS[4] == "may"
    assert len(WEEKDAYS) == 7 and WEEKDAYS[0] == "monday"
    for abbr in MONTH_ABBREVIATIONS:
        assert sum(month.startswith(abbr) for month in MONTHS) == 1, abbr


def test_one_title_helper_with_and_without_acronyms() -> None:
    assert is_title_head("Vice-President") and is_title_head("ex-minister")
    assert is_title_head("PRESIDENT")  # a headline's title is still a title
    assert not is_title_head("Ms.")  # an honorific, not a title head
    assert is_title_head("Ms.", PERSON_TITLES, acronyms=True)
    assert is_title_head("Rep", PERSON_TITLES, acronyms=True)
    assert not is_title_head("MS", PERSON_TITLES, acronyms=True)  # Microsoft, multiple sclerosis
    assert not is_title_head("REP", PERSON_TITLES, acronyms=True)
    assert not is_title_head("General", PERSON_TITLES, acronyms=True)


@pytest.mark.parametrize("word", sorted(ABBREVIATED_TITLES | NAME_ABBREVIATIONS))
def test_name_abbreviations_keep_their_dot_and_never_end_a_sentence(word: str) -> None:
    written = word.capitalize() + "."
    words = [t.text for t in tokenize(f"We met {written} The Smiths")]
    assert written in words
    assert sentence_bounds(words) == [(0, len(words))]


@pytest.mark.parametrize(
    "written",
    sorted(
        [
            *(w.capitalize() + "." for w in DOTTED_ABBREVIATIONS | MONTH_ABBREVIATIONS),
            *(w + "." for w in LOWER_CASE_ABBREVIATIONS),
        ]
    ),
)
def test_other_abbreviations_are_one_token_with_their_dot(written: str) -> None:
    assert written in [t.text for t in tokenize(f"It was {written} 5 then")]


@pytest.mark.parametrize("particle", sorted(NAME_PARTICLES))
def test_a_speaker_after_any_name_particle(particle: str) -> None:
    text = f'"We will win," said {particle} Silva.'
    start = text.index("Silva")
    assert find_speakers([text], [[("Silva", start, start + 5)]]) == [("Silva",)]


def test_a_name_after_another_lower_case_phrase_is_not_the_speaker() -> None:
    text = '"We will win," said the coach to Silva.'
    start = text.index("Silva")
    assert find_speakers([text], [[("Silva", start, start + 5)]]) == [()]


def test_a_speaker_of_a_company_named_with_any_particle() -> None:
    text = "Smith of Banco di Roma said the bank would grow."
    assert find_speakers([text], [[("Smith", 0, 5)]]) == [("Smith",)]


def _repaired(sentence: str, tags: str) -> list[str]:
    words, labels = sentence.split(), tags.split()
    return repair_tags(words, labels, spans(labels), WordClasses())


@pytest.mark.parametrize("particle", sorted(NAME_PARTICLES - {"bin", "ibn", "al", "el"} | {"&"}))
def test_a_company_particle_joins_the_person_after_it_to_the_name(particle: str) -> None:
    assert _repaired(f"Banco {particle} Silva", "B-ORG O B-PER") == ["B-ORG", "I-ORG", "I-ORG"]


@pytest.mark.parametrize("particle", ["bin", "ibn", "al", "el"])
def test_an_arabic_particle_leaves_the_person_a_person(particle: str) -> None:
    # "Osama" (ORG) "bin Laden" (PER) is the model's mistake about a person's first name: no
    # company takes the person in; "bin" and "ibn" ("son of") make the two one person.
    expected = (
        ["B-PER", "I-PER", "I-PER"] if particle in ("bin", "ibn") else ["B-ORG", "O", "B-PER"]
    )
    assert _repaired(f"Osama {particle} Laden", "B-ORG O B-PER") == expected


def test_honorifics_and_titles_are_stripped_from_names() -> None:
    assert strip_title("Sheikh Mohammed") == "Mohammed"
    assert strip_title("Hojatoleslam Hassan Rouhani") == "Hassan Rouhani"
    assert strip_title("Secretary of State Marco Rubio") == "Marco Rubio"
    assert strip_title("Carole King") == "Carole King"
    assert strip_title("Messrs. Smith") == "Messrs. Smith"  # two people: not one name's honorific


# One word from each shared list, with a pattern for its list written out in another module.
_MARKERS = {
    "honorifics": r"\bhojatoleslam\b",
    "title heads": r"\bcongresswoman\b",
    "particles": r"\bdella\b",
    "landmarks": r"\bharbour\b",
    "abbreviations": r"\bBlvd\b|\bblvd\b",
    "weekdays": r"\bthursday\b|Thursday\|",
    "office words": r"\bhomeland\b",
    "rank titles": r"\bviscount\b",
    "feature ends": r"\barchipelago\b",
    "site tails": r"\bcemetery\b",
    "storm words": r"\btyphoon\b",
    "kinds of place": r"\bhamlet\b",
    "firm name ends": r"\bbancshares\b",
    "documents": r"\bmemos\b|\bindictments\b",
    "state adjectives": r"\bstate-run\b",
    "agent nouns": r"\bspokespeople\b",
}


@pytest.mark.parametrize("kind", sorted(_MARKERS))
def test_no_other_nlp_module_writes_out_a_shared_list(kind: str) -> None:
    pattern = re.compile(_MARKERS[kind], re.IGNORECASE if kind != "weekdays" else 0)
    offenders = [
        str(path.relative_to(NLP))
        for path in sorted(NLP.rglob("*.py"))
        if path.name != "lexicon.py" and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


# Modules that keep the words of their own grammar (the lexicon's docstring): the speech verbs
# and the date rules' cue words.
_OWN_GRAMMAR = frozenset({"cues.py", "dates.py", "datecontext.py", "dateperiods.py"})
# Word lists outside the lexicon that may stay, by module and first word, and why.
_ALLOWED_LISTS = {
    ("ner/rules/common.py", "first"): "the gazetteer's class names, no words of text",
    ("ner/rules/common.py", "city"): "the gazetteer's place classes, no words of text",
    ("ner/train.py", "country"): "the gazetteer's place classes, no words of text",
    ("ner/rules/bodies.py", "in"): "the words and marks that go on after 'a company'",
    ("ner/train.py", "col"): "ranks still to move (ner/train.py, outside issue #13's change)",
}
_WORD = re.compile(r"[a-z][a-z'-]+")
_GRAMMAR_WORDS = lexicon.QUERY_STOP_WORDS | lexicon.PREPOSITIONS


def _written_word_lists(source: str) -> list[tuple[int, list[str]]]:
    """The word lists a module writes out: ``wordset("...")`` calls and set literals of strings
    with three or more lower-case words that are no function words (a pick() from a lexicon
    list names its parent, so it is none)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "wordset"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            words = node.args[0].value.split()
        elif isinstance(node, ast.Set):
            words = [e.value for e in node.elts if isinstance(e, ast.Constant)]
            if len(words) < len(node.elts) or not all(isinstance(w, str) for w in words):
                continue
        else:
            continue
        if sum(bool(_WORD.fullmatch(w)) and w not in _GRAMMAR_WORDS for w in words) >= 3:
            found.append((node.lineno, words))
    return found


def test_no_other_nlp_module_writes_out_a_word_list_of_its_own() -> None:
    offenders = [
        f"{name}:{line} {' '.join(words)}"
        for path in sorted(NLP.rglob("*.py"))
        if path.name != "lexicon.py"
        and (name := path.relative_to(NLP).as_posix()) not in _OWN_GRAMMAR
        for line, words in _written_word_lists(path.read_text(encoding="utf-8"))
        if (name, words[0]) not in _ALLOWED_LISTS
    ]
    assert offenders == []


@pytest.mark.parametrize(
    ("source", "listed"),
    [
        ('X = wordset("river basin creek")', True),
        ('X = frozenset({"Storm", "river", "basin", "creek"})', True),
        ('X = wordset("the of and in")', False),  # function words: grammar
        ('X = pick(LANDMARKS, "river valley bay")', False),  # a subset of a lexicon list
        ('X = wordset("river basin")', False),
        ("X = {1, 2, 3}", False),
    ],
)
def test_a_written_out_word_list_is_found(source: str, listed: bool) -> None:
    assert bool(_written_word_lists(source)) is listed
