"""Speaker rules about verb forms: irregular past participles and -ing cues after a verb of
beginning or going on. Sentences written for these tests."""

from __future__ import annotations

from newsindex.nlp.cues import CUE
from newsindex.nlp.speakers import find_speakers


def speakers(paragraph: str, *names: str) -> tuple[str, ...]:
    """Speakers of ``paragraph`` (after a headline without persons), each name found by text."""
    people = [(n, paragraph.index(n), paragraph.index(n) + len(n)) for n in names]
    return find_speakers(["A headline.", paragraph], [[], people])[1]


def test_irregular_past_participles_are_cues() -> None:
    assert speakers("Mara Okafor has spoken out against the levy for years.", "Mara Okafor") == (
        "Mara Okafor",
    )
    assert speakers("Tomas Berg has written that the levy is unfair.", "Tomas Berg") == (
        "Tomas Berg",
    )
    assert speakers("Lena Ruiz had taken aim at the budget office.", "Lena Ruiz") == ("Lena Ruiz",)


def test_a_book_written_by_someone_names_no_speaker() -> None:
    # the author of a document is not the one the paragraph quotes
    paragraph = "The memoir, written by Ivo Sand, comes out in May."
    assert CUE.search(paragraph)
    assert speakers(paragraph, "Ivo Sand") == ()


def test_an_ing_cue_after_a_verb_of_beginning_shares_its_subject() -> None:
    assert speakers("Ada Moss began arguing that the vote was unfair.", "Ada Moss") == ("Ada Moss",)
    assert speakers("Later, Ada Moss kept insisting the count was wrong.", "Ada Moss") == (
        "Ada Moss",
    )
    assert speakers("Ada Moss has lately started asking voters to sign up.", "Ada Moss") == (
        "Ada Moss",
    )
    assert speakers("Ada Moss pivoted to arguing for a recount.", "Ada Moss") == ("Ada Moss",)


def test_an_ing_word_after_started_without_a_cue_names_no_speaker() -> None:
    assert speakers("Ada Moss started running in the spring.", "Ada Moss") == ()
